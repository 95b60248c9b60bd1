package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"runtime/debug"
	"strings"
	"time"

	"github.com/gorilla/mux"

	"github.com/geokg/geokg/cmd/geokg/internal/cluster"
	"github.com/geokg/geokg/loader"
	"github.com/geokg/geokg/schema"
	"github.com/geokg/geokg/seeds"
	"github.com/geokg/geokg/store"
	"github.com/geokg/geokg/web"
)

// deps are what the HTTP router serves.
type deps struct {
	Store  store.Store
	Logger *slog.Logger
	// WriteToken, when set, is what writes (mutations, POST /ingest, GET
	// /admin/backup) need; without it only loopback clients may write.
	WriteToken string
	// ReadToken, when set, is what reads of data (GraphQL, /metrics) need;
	// the write token reads too. The browser pages and /healthz stay open.
	ReadToken string
	// Limits bound each document written through /ingest and ingestDocument.
	Limits loader.Limits
	// Guards are the request guards of /graphql (flags of serve); zero
	// values mean the defaults of schema.DefaultOptions.
	Guards requestGuards
	// Writer and Replica are set in cluster mode (cluster.go): mutations go
	// to the replicated log, answers carry the applied log sequence.
	Writer  schema.Writer
	Replica schema.Replica
}

// requestGuards are the request guards that serve's flags set.
type requestGuards struct {
	RequestTimeout   time.Duration
	MaxConcurrent    int
	MaxExecuting     int
	MaxResponseBytes int
	CORSOrigins      []string
	// GraphQLGoOnly executes every operation with graphql-go alone.
	GraphQLGoOnly bool
}

// options returns the schema options of d.
func (d deps) options() schema.Options {
	o := schema.DefaultOptions().WithWriteToken(d.WriteToken).WithLogger(d.Logger).WithLimits(d.Limits).
		WithWriter(d.Writer).WithReplica(d.Replica)
	if d.Guards.RequestTimeout > 0 {
		o = o.WithRequestTimeout(d.Guards.RequestTimeout)
	}
	if d.Guards.MaxConcurrent > 0 {
		o = o.WithMaxConcurrent(d.Guards.MaxConcurrent)
	}
	if d.Guards.MaxExecuting > 0 {
		o = o.WithMaxExecuting(d.Guards.MaxExecuting)
	}
	if d.Guards.MaxResponseBytes > 0 {
		o = o.WithMaxResponseBytes(d.Guards.MaxResponseBytes)
	}
	return o.WithCORSOrigins(d.Guards.CORSOrigins...).WithGraphQLGoOnly(d.Guards.GraphQLGoOnly)
}

// newRouter returns the server's routes: /graphql, /ingest, /healthz,
// /metrics and the browser pages of package web (/, /graphiql, /explore).
func newRouter(ctx context.Context, d deps) (http.Handler, error) {
	if d.Logger == nil {
		d.Logger = slog.New(slog.DiscardHandler)
	}
	gql, err := schema.New(d.Store, d.options())
	if err != nil {
		return nil, fmt.Errorf("router: %w", err)
	}
	r := mux.NewRouter()
	// /graphql answers every method itself: 405 with Allow, OPTIONS, CORS.
	r.Handle("/graphql", d.readGate(checkBody(gql)))
	r.Handle("/ingest", &ingestHandler{store: d.Store, logger: d.Logger, writeToken: d.WriteToken, limits: d.Limits, writer: d.Writer}).Methods(http.MethodPost)
	r.HandleFunc("/admin/backup", d.backup).Methods(http.MethodGet)
	r.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		if _, err := d.Store.Stats(r.Context()); err != nil {
			http.Error(w, "store unavailable", http.StatusServiceUnavailable)
			return
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, "ok\n")
	}).Methods(http.MethodGet, http.MethodHead)
	r.Handle("/metrics", d.readGate(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s, err := d.Store.Stats(r.Context())
		if err != nil {
			http.Error(w, "store unavailable", http.StatusServiceUnavailable)
			return
		}
		w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
		for _, m := range []struct {
			name string
			n    int
		}{{"documents", s.Documents}, {"entities", s.Entities}, {"edges", s.Edges}, {"events", s.Events}, {"mentions", s.Mentions}} {
			fmt.Fprintf(w, "# TYPE geokg_%s gauge\ngeokg_%s %d\n", m.name, m.name, m.n)
		}
		if err := gql.WriteMetrics(w); err != nil {
			d.Logger.Debug("metrics: write", "err", err)
		}
	}))).Methods(http.MethodGet)
	web.Register(r, web.Options{WriteToken: d.WriteToken, GraphQLPath: "/graphql"})
	r.Handle("/export", d.readGate(exportHandler(d))).Methods(http.MethodGet)
	r.MethodNotAllowedHandler = allowHandler(r)
	return recoverer(d.Logger, r), nil
}

// allowHandler answers 405 with the Allow header listing the methods the
// path does have.
func allowHandler(r *mux.Router) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		var allowed []string
		for _, m := range []string{http.MethodGet, http.MethodHead, http.MethodPost, http.MethodPut, http.MethodDelete, http.MethodOptions} {
			probe := req.Clone(req.Context())
			probe.Method = m
			var match mux.RouteMatch
			if r.Match(probe, &match) && match.MatchErr == nil {
				allowed = append(allowed, m)
			}
		}
		w.Header().Set("Allow", strings.Join(allowed, ", "))
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
	})
}

// recoverer turns a handler panic into a 500 and a log line: user input never crashes the server.
func recoverer(logger *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				logger.Error("panic in handler", "path", r.URL.Path, "panic", v, "stack", string(debug.Stack()))
				http.Error(w, "internal server error", http.StatusInternalServerError)
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// loadSeeds ingests the embedded seed articles when the store holds no
// document; it returns how many it loaded.
func loadSeeds(ctx context.Context, st store.Store, logger *slog.Logger) (int, error) {
	s, err := st.Stats(ctx)
	if err != nil {
		return 0, fmt.Errorf("seeds: %w", err)
	}
	if s.Documents > 0 {
		return 0, nil
	}
	ins, err := seeds.Inputs()
	if err != nil {
		return 0, err
	}
	n := 0
	for _, in := range ins {
		res, err := ingestInput(ctx, st, in, loader.Limits{})
		if err != nil {
			return n, fmt.Errorf("seeds: %s: %w", in.Name, err)
		}
		if res.Created {
			n++
		}
		logger.Info("seed loaded", "doc", in.Name, "id", res.DocumentID, "entities", res.Entities, "edges", res.Edges)
	}
	return n, nil
}

func cmdServe(ctx context.Context, args []string, stderr io.Writer) error {
	f, err := parseServeFlags(args, stderr)
	if err != nil {
		return err
	}
	logger := newLogger(stderr)
	// The address first: a taken port or a malformed address must not leave
	// a new, seeded data folder behind.
	ln, err := net.Listen("tcp", f.addr)
	if err != nil {
		return fmt.Errorf("serve: --addr %s: %w", f.addr, err)
	}
	defer ln.Close()
	if f.pprofAddr != "" {
		stop, err := startPprof(f.pprofAddr, logger)
		if err != nil {
			return fmt.Errorf("serve: %w", err)
		}
		defer stop()
	}
	st, err := openServeStore(f.dataDir, f.cluster.enabled(), f.limits, logger)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	defer func() {
		if err := st.Close(); err != nil {
			logger.Error("closing store", "err", err)
		} else {
			logger.Info("store closed", "data", f.dataDir)
		}
	}()
	var node *cluster.Node
	if f.cluster.enabled() {
		if node, err = f.cluster.start(ctx, st, f.limits.limits(), logger); err != nil {
			return fmt.Errorf("serve: %w", err)
		}
		defer node.Close()
	}
	if !f.noSeeds {
		if err := seedEmpty(ctx, st, node, logger); err != nil {
			return fmt.Errorf("serve: %w", err)
		}
	}
	h, err := f.handler(ctx, st, node, logger)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	act := newActivity()
	go compactWhenDue(ctx, st, compactCheckEvery, compactAnywayAfter, func() bool { return act.idleFor(compactIdleAfter) }, logger)
	logAccess(logger, ln.Addr(), f.writeToken, f.readToken)
	return serveHTTP(ctx, ln, act.track(h), logger, f.guards.RequestTimeout, f.dataDir)
}

// serveFlags are the settings of geokg serve.
type serveFlags struct {
	dataDir, addr, pprofAddr string
	writeToken, readToken    string
	noSeeds                  bool
	limits                   *writeLimits
	guards                   requestGuards
	cluster                  clusterFlags
}

// parseServeFlags reads serve's flags (and their environment variables) from args.
func parseServeFlags(args []string, stderr io.Writer) (*serveFlags, error) {
	fs := newFlagSet("serve", stderr)
	dataDir := fs.String("data", envOr("GEOKG_DATA", "./data"), "Badger data folder (GEOKG_DATA)")
	addr := fs.String("addr", envOr("GEOKG_ADDR", "127.0.0.1:8080"), "listen address (GEOKG_ADDR)")
	token := fs.String("write-token", envOr("GEOKG_WRITE_TOKEN", ""), "bearer token that writes require; empty: writes from loopback clients only (GEOKG_WRITE_TOKEN)")
	readToken := fs.String("read-token", envOr("GEOKG_READ_TOKEN", ""), "bearer token that reads of data require (the write token reads too); empty: reads open (GEOKG_READ_TOKEN)")
	noSeeds := fs.Bool("no-seeds", false, "do not load the embedded seeds into an empty store")
	pprofAddr := fs.String("pprof", "", "serve Go's profiles (/debug/pprof/) on this loopback address, e.g. 127.0.0.1:6060; empty: off")
	lim := limitFlags(fs)
	reqTimeout := fs.Duration("request-timeout", schema.DefaultRequestTimeout, "time limit of one GraphQL request")
	maxConc := fs.Int("max-concurrent", schema.DefaultMaxConcurrent, "GraphQL requests admitted at once; more wait up to 1 s, then get 503")
	maxExec := fs.Int("max-executing", 0, "of the admitted GraphQL requests, how many run at once; the others queue in arrival order (0: twice the cores)")
	maxResp := fs.Int("max-response-bytes", schema.DefaultMaxResponseBytes, "largest GraphQL answer; larger ones are refused (RESPONSE_TOO_LARGE)")
	cf := addClusterFlags(fs)
	corsOrigin := fs.String("cors-origin", envOr("GEOKG_CORS_ORIGIN", ""), "comma-separated origins allowed to call /graphql from a browser, or *; empty: same-origin only (GEOKG_CORS_ORIGIN)")
	if err := parseFlags(fs, args); err != nil {
		return nil, err
	}
	if fs.NArg() > 0 {
		return nil, fmt.Errorf("%w: serve takes no arguments", errUsage)
	}
	return &serveFlags{
		dataDir: *dataDir, addr: *addr, pprofAddr: *pprofAddr,
		writeToken: *token, readToken: *readToken, noSeeds: *noSeeds,
		limits: lim, cluster: cf,
		guards: requestGuards{RequestTimeout: *reqTimeout, MaxConcurrent: *maxConc, MaxExecuting: *maxExec, MaxResponseBytes: *maxResp, CORSOrigins: splitList(*corsOrigin)},
	}, nil
}

// handler builds the server's HTTP handler on st, and on node in cluster mode.
func (f *serveFlags) handler(ctx context.Context, st *store.DB, node *cluster.Node, logger *slog.Logger) (http.Handler, error) {
	d := deps{Store: st, Logger: logger, WriteToken: f.writeToken, ReadToken: f.readToken, Limits: f.limits.limits(), Guards: f.guards}
	if node != nil {
		d.Writer, d.Replica = node, node
	}
	h, err := newRouter(ctx, d)
	if err != nil {
		return nil, err
	}
	if node != nil {
		h = clusterHandler(h, node, d)
	}
	return h, nil
}

// openServeStore opens the server's store in dataDir. A cluster node's
// store does not fsync each write: the replicated log is the durable
// record, and the node resumes from the last op it stored (see cluster.go).
func openServeStore(dataDir string, clustered bool, lim *writeLimits, logger *slog.Logger) (*store.DB, error) {
	opts := serveStoreOptions(dataDir).WithLogger(logger)
	if clustered {
		opts = opts.WithSyncWrites(false)
	}
	st, err := store.Open(opts)
	if err != nil {
		return nil, err
	}
	st.SetMinFree(lim.minFree, nil)
	return st, nil
}

// serveStoreOptions are the store's options for serving from dir:
// storeOptions, with the tables' pages leaving the process every
// serveUnmapEvery, and sooner once serveUnmapAbove more bytes of them are
// resident (store.Options.UnmapTablesEvery, TablePagesAbove).
func serveStoreOptions(dir string) store.Options {
	return storeOptions(dir).WithUnmapTablesEvery(serveUnmapEvery).WithTablePagesAbove(serveUnmapAbove)
}

// serveUnmapEvery is how often a server has the pages of its mapped tables
// leave its resident set (they stay in the page cache). On the 25k bench
// store, 40 s of queries of four kinds from 16 clients peaked at 466-472
// MiB of RSS with it against 507-514 without (four runs each, alternated),
// with the same CPU per request.
const serveUnmapEvery = 10 * time.Second

// serveUnmapAbove is how much the server's file-backed resident memory may
// grow before its tables' pages leave it, between two serveUnmapEvery
// (store.Options.TablePagesAbove). Each value read from the value log
// (a source's sentences, above all) maps 64 KiB around it: on a 100,000-
// document store, entity pages had 440 MiB of log files resident within
// half a second. The bench's queries on that store peaked at 302-349 MiB
// of RSS instead of 702-704, and on the freshly loaded 25k store at
// 354-359 instead of 517-524, for 3-9% more page faults (docs/performance.md, round 20).
const serveUnmapAbove = 64 << 20

// seedEmpty loads the embedded seeds into an empty store, through the
// cluster's log when node is set.
func seedEmpty(ctx context.Context, st store.Store, node *cluster.Node, logger *slog.Logger) error {
	load := loadSeeds
	if node != nil {
		load = func(ctx context.Context, _ store.Store, l *slog.Logger) (int, error) {
			return appendSeeds(ctx, node, l)
		}
	}
	n, err := load(ctx, st, logger)
	if err != nil {
		return err
	}
	if n > 0 {
		logger.Info("empty store: seeds loaded", "documents", n)
	}
	return nil
}

// serveHTTP serves h on ln until ctx ends, then shuts down gracefully
// (15 s at most).
func serveHTTP(ctx context.Context, ln net.Listener, h http.Handler, logger *slog.Logger, reqTimeout time.Duration, dataDir string) error {
	srv := &http.Server{
		Handler:           h,
		MaxHeaderBytes:    maxHeaderBytes,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       2 * time.Minute, // POST /ingest bodies are large
		WriteTimeout:      max(2*time.Minute, reqTimeout+30*time.Second),
		IdleTimeout:       time.Minute,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	logger.Info("geokg serving", "addr", "http://"+ln.Addr().String(), "graphiql", "http://"+ln.Addr().String()+"/graphiql", "data", dataDir)
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	logger.Info("shutting down")
	shutdownCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 15*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return fmt.Errorf("serve: shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}

// logAccess says at start-up who may write and read, and warns when a
// server reachable from the network has no write token (its writes are then
// closed to everyone but local clients).
func logAccess(logger *slog.Logger, addr net.Addr, writeToken, readToken string) {
	reads := "open"
	if readToken != "" {
		reads = "read or write token required"
	}
	if writeToken != "" {
		logger.Info("access", "writes", "write token required", "reads", reads)
		return
	}
	logger.Info("access", "writes", "loopback clients only (no --write-token)", "reads", reads)
	if tcp, ok := addr.(*net.TCPAddr); ok && !tcp.IP.IsLoopback() {
		logger.Warn("listening beyond loopback without a write token: writes stay closed to other machines; set --write-token (GEOKG_WRITE_TOKEN) to accept them", "addr", addr.String())
	}
}

// readGate refuses a request without the read token when one is set.
func (d deps) readGate(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// A CORS preflight carries no credentials; /graphql answers it itself.
		if r.Method != http.MethodOptions && !schema.ReadAuthorized(r, d.ReadToken, d.WriteToken) {
			w.Header().Set("WWW-Authenticate", `Bearer realm="geokg"`)
			schema.RefuseRequest(w, http.StatusUnauthorized,
				fmt.Errorf("%w: reads need Authorization: Bearer <read token>", schema.ErrUnauthenticated))
			return
		}
		next.ServeHTTP(w, r)
	})
}

// checkBody refuses a POST /graphql body that schema.CheckRequestBody
// refuses (invalid UTF-8, a non-string document field), before it is decoded.
func checkBody(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost || r.Body == nil {
			next.ServeHTTP(w, r)
			return
		}
		head, err := io.ReadAll(io.LimitReader(r.Body, schema.DefaultMaxBodyBytes+1))
		if err != nil {
			schema.RefuseRequest(w, http.StatusBadRequest, fmt.Errorf("%w: reading the body: %w", schema.ErrBadInput, err))
			return
		}
		if int64(len(head)) <= schema.DefaultMaxBodyBytes {
			if err := schema.CheckRequestBody(head); err != nil {
				schema.RefuseRequest(w, http.StatusBadRequest, err)
				return
			}
		}
		r.Body = io.NopCloser(io.MultiReader(bytes.NewReader(head), r.Body))
		next.ServeHTTP(w, r)
	})
}

// backup serves GET /admin/backup: a full backup streamed from the running
// store (Badger's backup format, what geokg restore reads). It is a write
// endpoint: it needs the write token, or a loopback client without one.
func (d deps) backup(w http.ResponseWriter, r *http.Request) {
	if !schema.Authorized(r, d.WriteToken) {
		w.Header().Set("WWW-Authenticate", `Bearer realm="geokg"`)
		writeJSON(w, http.StatusUnauthorized, map[string]string{"error": "backup: a valid bearer token is required"})
		return
	}
	w.Header().Set("Content-Type", "application/octet-stream")
	w.Header().Set("Content-Disposition", `attachment; filename="geokg-`+time.Now().UTC().Format("20060102T150405Z")+`.backup"`)
	w.Header().Set("Cache-Control", "no-store")
	if err := d.Store.Backup(r.Context(), w); err != nil {
		// The status is sent; abort the response so that the client sees a broken transfer, not a short file.
		d.Logger.Error("online backup failed", "err", err)
		panic(http.ErrAbortHandler)
	}
	d.Logger.Info("online backup sent", "remote", r.RemoteAddr)
}

// maxHeaderBytes bounds the request line and headers of one request.
const maxHeaderBytes = 64 << 10

// splitList splits a comma-separated flag value, dropping empty items.
func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// writeJSON writes v as a JSON response with status code.
func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v)
}
