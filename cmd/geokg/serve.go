package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"runtime/debug"
	"time"

	"github.com/gorilla/mux"

	"github.com/geokg/geokg/cmd/geokg/internal/cluster"
	"github.com/geokg/geokg/schema"
	"github.com/geokg/geokg/seeds"
	"github.com/geokg/geokg/store"
	"github.com/geokg/geokg/web"
)

// deps are what the HTTP router serves.
type deps struct {
	Store      store.Store
	Logger     *slog.Logger
	WriteToken string
	// Writer and Replica are set in cluster mode (cluster.go): mutations go
	// to the replicated log, answers carry the applied log sequence.
	Writer  schema.Writer
	Replica schema.Replica
}

// newRouter returns the server's routes: /graphql, /ingest, /healthz,
// /metrics and the browser pages of package web (/, /graphiql, /explore).
func newRouter(ctx context.Context, d deps) (http.Handler, error) {
	if d.Logger == nil {
		d.Logger = slog.New(slog.DiscardHandler)
	}
	gql, err := schema.New(d.Store, schema.DefaultOptions().WithWriteToken(d.WriteToken).WithLogger(d.Logger).
		WithWriter(d.Writer).WithReplica(d.Replica))
	if err != nil {
		return nil, fmt.Errorf("router: %w", err)
	}
	r := mux.NewRouter()
	r.Handle("/graphql", gql).Methods(http.MethodGet, http.MethodPost, http.MethodOptions)
	r.Handle("/ingest", &ingestHandler{store: d.Store, logger: d.Logger, writeToken: d.WriteToken, writer: d.Writer}).Methods(http.MethodPost)
	r.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		if _, err := d.Store.Stats(r.Context()); err != nil {
			http.Error(w, "store unavailable", http.StatusServiceUnavailable)
			return
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, "ok\n")
	}).Methods(http.MethodGet, http.MethodHead)
	r.HandleFunc("/metrics", func(w http.ResponseWriter, r *http.Request) {
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
	}).Methods(http.MethodGet)
	web.Register(r, web.Options{WriteToken: d.WriteToken, GraphQLPath: "/graphql"})
	return recoverer(d.Logger, r), nil
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
		res, err := ingestInput(ctx, st, in)
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
	fs := newFlagSet("serve", stderr)
	dataDir := fs.String("data", envOr("GEOKG_DATA", "./data"), "Badger data folder (GEOKG_DATA)")
	addr := fs.String("addr", envOr("GEOKG_ADDR", "127.0.0.1:8080"), "listen address (GEOKG_ADDR)")
	token := fs.String("write-token", envOr("GEOKG_WRITE_TOKEN", ""), "bearer token that mutations and /ingest require; empty: none (GEOKG_WRITE_TOKEN)")
	noSeeds := fs.Bool("no-seeds", false, "do not load the embedded seeds into an empty store")
	cf := addClusterFlags(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: serve takes no arguments", errUsage)
	}
	logger := newLogger(stderr)
	stOpts := store.DefaultOptions(*dataDir).WithLogger(logger)
	if cf.enabled() {
		// The replicated log is the durable record: a node's store resumes
		// from the last op it stored (see cluster.go), so it need not fsync each.
		stOpts = stOpts.WithSyncWrites(false)
	}
	st, err := store.Open(stOpts)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	defer func() {
		if err := st.Close(); err != nil {
			logger.Error("closing store", "err", err)
		} else {
			logger.Info("store closed", "data", *dataDir)
		}
	}()
	var node *cluster.Node
	if cf.enabled() {
		if node, err = cf.start(ctx, st, logger); err != nil {
			return fmt.Errorf("serve: %w", err)
		}
		defer node.Close()
	}
	if !*noSeeds {
		load := loadSeeds
		if node != nil {
			load = func(ctx context.Context, _ store.Store, l *slog.Logger) (int, error) {
				return appendSeeds(ctx, node, l)
			}
		}
		n, err := load(ctx, st, logger)
		if err != nil {
			return fmt.Errorf("serve: %w", err)
		}
		if n > 0 {
			logger.Info("empty store: seeds loaded", "documents", n)
		}
	}
	d := deps{Store: st, Logger: logger, WriteToken: *token}
	if node != nil {
		d.Writer, d.Replica = node, node
	}
	h, err := newRouter(ctx, d)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	if node != nil {
		h = clusterHandler(h, node)
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       2 * time.Minute,
		WriteTimeout:      2 * time.Minute,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	logger.Info("geokg serving", "addr", "http://"+ln.Addr().String(), "graphiql", "http://"+ln.Addr().String()+"/graphiql", "data", *dataDir)
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

// writeJSON writes v as a JSON response with status code.
func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v)
}
