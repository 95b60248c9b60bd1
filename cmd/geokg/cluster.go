package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/geokg/geokg/cmd/geokg/internal/cluster"
	"github.com/geokg/geokg/loader"
	"github.com/geokg/geokg/schema"
	"github.com/geokg/geokg/seeds"
)

// clusterFlags are the flags of cluster mode (serve --nats).
type clusterFlags struct {
	urls     *string
	node     *string
	replicas *int
	workers  *int
	snapshot *time.Duration
}

// addClusterFlags registers the cluster-mode flags of serve on fs.
func addClusterFlags(fs *flag.FlagSet) clusterFlags {
	return clusterFlags{
		urls:     fs.String("nats", envOr("GEOKG_NATS", ""), "NATS servers, comma-separated: run as a node of a replicated cluster (GEOKG_NATS); empty: single node"),
		node:     fs.String("node", envOr("GEOKG_NODE", ""), "this node's name in the cluster (GEOKG_NODE)"),
		replicas: fs.Int("replicas", 3, "replicas of the log and work-queue streams when this node creates them"),
		workers:  fs.Int("extract-workers", 0, "extraction workers on the work queue; 0: one per CPU, -1: none"),
		snapshot: fs.Duration("snapshot-every", 0, "store a snapshot in the cluster's object store this often and trim the log behind the oldest; 0: never"),
	}
}

func (c clusterFlags) enabled() bool { return c.urls != nil && strings.TrimSpace(*c.urls) != "" }

// start joins the cluster: the node applies the log to st and extracts from
// the work queue, refusing documents over lim.
func (c clusterFlags) start(ctx context.Context, st cluster.Store, lim loader.Limits, logger *slog.Logger) (*cluster.Node, error) {
	if strings.TrimSpace(*c.node) == "" {
		return nil, fmt.Errorf("%w: --nats needs --node NAME", errUsage)
	}
	return cluster.Start(ctx, st, cluster.Config{
		URLs: *c.urls, Node: *c.node, Replicas: *c.replicas, Workers: *c.workers, SnapshotEvery: *c.snapshot, Limits: lim, Logger: logger,
	})
}

// appendSeeds appends the embedded seeds to the log when it is empty (the
// cluster's first node to start); every node then applies them.
func appendSeeds(ctx context.Context, node *cluster.Node, logger *slog.Logger) (int, error) {
	if node.LogSequence(ctx) > 0 {
		return 0, nil
	}
	ins, err := seeds.Inputs()
	if err != nil {
		return 0, err
	}
	for _, in := range ins {
		x := loader.Extract(in.Text, in.Meta)
		seq, err := node.Append(ctx, &cluster.Op{Type: cluster.OpIngest, Extraction: x})
		if err != nil {
			return 0, fmt.Errorf("seeds: %s: %w", in.Name, err)
		}
		logger.Info("seed appended to the log", "doc", in.Name, "id", x.Document.ID, "sequence", seq)
	}
	return len(ins), nil
}

// The bounds of a read that waits for its node to apply a sequence.
const maxMinSequenceWait = 5 * time.Second

// clusterHandler adds cluster mode to the router: /healthz reports the
// node's lag, /metrics exports it, and /graphql with ?minSequence=N or
// X-GeoKG-Min-Sequence: N waits (at most 5 s, or the request's deadline)
// until the node has applied N.
// A request without the read token is passed on at once, to be refused by
// the read gate: only an authorized reader may hold a connection waiting.
func clusterHandler(next http.Handler, node *cluster.Node, d deps) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/healthz":
			clusterHealth(w, r, node)
			return
		case "/metrics":
			rec := &statusRecorder{ResponseWriter: w}
			next.ServeHTTP(rec, r)
			if rec.status == 0 || rec.status == http.StatusOK {
				writeClusterMetrics(w, r.Context(), node)
			}
			return
		case "/graphql":
			if !schema.ReadAuthorized(r, d.ReadToken, d.WriteToken) {
				break
			}
			if !waitMinSequence(w, r, node) {
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}

// statusRecorder remembers the status a handler wrote.
type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (s *statusRecorder) WriteHeader(code int) {
	s.status = code
	s.ResponseWriter.WriteHeader(code)
}

// clusterStatus is the /healthz answer of a node.
type clusterStatus struct {
	Status          string `json:"status"`
	Node            string `json:"node"`
	AppliedSequence uint64 `json:"appliedSequence"`
	LogSequence     uint64 `json:"logSequence"`
	Lag             uint64 `json:"lag"`
	Error           string `json:"error,omitempty"`
}

func nodeStatus(ctx context.Context, node *cluster.Node) clusterStatus {
	s := clusterStatus{Status: "ok", Node: node.Name(), AppliedSequence: node.AppliedSequence(), LogSequence: node.LogSequence(ctx)}
	if s.LogSequence > s.AppliedSequence {
		s.Lag = s.LogSequence - s.AppliedSequence
	}
	if err := node.Err(); err != nil {
		s.Status, s.Error = "stopped", err.Error()
	}
	return s
}

func clusterHealth(w http.ResponseWriter, r *http.Request, node *cluster.Node) {
	s := nodeStatus(r.Context(), node)
	code := http.StatusOK
	if s.Status != "ok" {
		code = http.StatusServiceUnavailable
	}
	writeJSON(w, code, s)
}

func writeClusterMetrics(w io.Writer, ctx context.Context, node *cluster.Node) {
	s := nodeStatus(ctx, node)
	for _, m := range []struct {
		name, help string
		v          uint64
	}{
		{"cluster_applied_sequence", "last log sequence this node applied", s.AppliedSequence},
		{"cluster_log_sequence", "last sequence of the log", s.LogSequence},
		{"cluster_lag", "log operations this node has not applied yet", s.Lag},
	} {
		fmt.Fprintf(w, "# HELP geokg_%s %s\n# TYPE geokg_%s gauge\ngeokg_%s %d\n", m.name, m.help, m.name, m.name, m.v)
	}
}

// minSequence reads ?minSequence=N or the X-GeoKG-Min-Sequence header; 0 when absent.
func minSequence(r *http.Request) (uint64, error) {
	v := r.URL.Query().Get("minSequence")
	if v == "" {
		v = r.Header.Get("X-GeoKG-Min-Sequence")
	}
	if v == "" {
		return 0, nil
	}
	n, err := strconv.ParseUint(strings.TrimSpace(v), 10, 64)
	if err != nil {
		return 0, fmt.Errorf("minSequence %q is not a log sequence (a non-negative integer)", v)
	}
	return n, nil
}

// waitMinSequence waits until node has applied the request's minSequence;
// when it cannot, it answers the request with an error and returns false.
func waitMinSequence(w http.ResponseWriter, r *http.Request, node *cluster.Node) bool {
	seq, err := minSequence(r)
	if err != nil {
		writeGraphQLError(w, http.StatusBadRequest, err.Error(), "BAD_USER_INPUT", node)
		return false
	}
	if seq == 0 || node.AppliedSequence() >= seq {
		return true
	}
	ctx, cancel := context.WithTimeout(r.Context(), maxMinSequenceWait)
	defer cancel()
	if err := node.WaitApplied(ctx, seq); err != nil {
		w.Header().Set("Retry-After", "1")
		writeGraphQLError(w, http.StatusServiceUnavailable, err.Error(), "NOT_YET_APPLIED", node)
		return false
	}
	return true
}

func writeGraphQLError(w http.ResponseWriter, code int, msg, ecode string, node *cluster.Node) {
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, code, map[string]any{
		"errors":     []any{map[string]any{"message": msg, "extensions": map[string]any{"code": ecode}}},
		"extensions": map[string]any{"appliedSequence": node.AppliedSequence()},
	})
}

// clusterIngestWorkers is how many documents of one POST /ingest batch a
// node appends at once in cluster mode: each waits for the log and the
// apply more than it computes.
const clusterIngestWorkers = 8

// ingestVia hands a batch of extractions to the cluster writer (POST
// /ingest in cluster mode), a few at a time, keeping the highest log
// sequence in the summary. A document met again in the batch (the same
// text, maybe with other metadata) is appended only after its first copy,
// so the first wins as in a single node's load, whatever the log's order.
func (b *bulkLoader) ingestVia(ctx context.Context, batch []extracted) {
	seen := make(map[string]bool, len(batch))
	var first, again []extracted
	for _, r := range batch {
		if seen[r.x.Document.ID] {
			again = append(again, r)
			continue
		}
		seen[r.x.Document.ID] = true
		first = append(first, r)
	}
	sem := make(chan struct{}, clusterIngestWorkers)
	var wg sync.WaitGroup
	for _, r := range first {
		sem <- struct{}{}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			b.ingestOneVia(ctx, r)
		}()
	}
	wg.Wait()
	for _, r := range again {
		b.ingestOneVia(ctx, r)
	}
}

// ingestOneVia hands one extraction to the cluster writer.
func (b *bulkLoader) ingestOneVia(ctx context.Context, r extracted) {
	res, seq, err := b.writer.Ingest(ctx, r.x)
	b.mu.Lock()
	b.summary.Sequence = max(b.summary.Sequence, seq)
	b.mu.Unlock()
	if err == nil {
		b.note(r.name, r.overlong)
	}
	b.record(r.name, res, err)
}

// reportFeed writes what loadCluster did, as JSON or as lines: what was
// queued, what the log holds, what the nodes refused and what failed.
func reportFeed(stdout io.Writer, format string, res cluster.FeedResult, failed []inputError, queuedIn, took time.Duration) {
	if format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		_ = enc.Encode(map[string]any{"queued": res.Queued, "inLog": res.InLog, "refused": len(res.Refused), "missing": res.Missing,
			"failed": len(failed), "errors": failed, "seconds": took.Seconds()})
		return
	}
	fmt.Fprintf(stdout, "queued %d documents in %s; the log holds %d of them after %s, the nodes refused %d; %d failed\n",
		res.Queued, queuedIn.Round(time.Millisecond), res.InLog, took.Round(time.Millisecond), len(res.Refused), len(failed))
	for _, e := range failed {
		fmt.Fprintf(stdout, "  failed %s: %s\n", e.Input, e.Error)
	}
}

// loadCluster is geokg load --nats: it puts the documents that produce
// walks on the cluster's work queue, with progress, and reports when the
// log holds all of them.
func loadCluster(ctx context.Context, urls string, produce func(func(loader.Input) error, func(string, error)) error,
	wait time.Duration, stdout io.Writer, logger *slog.Logger, format string) error {
	f, err := cluster.NewFeeder(ctx, cluster.Config{URLs: urls, Logger: logger})
	if err != nil {
		return fmt.Errorf("load: %w", err)
	}
	defer f.Close()
	start := time.Now()
	var failed []inputError
	n, last := 0, start
	fail := func(name string, err error) {
		failed = append(failed, inputError{Input: name, Error: err.Error()})
		logger.Warn("skipped", "input", name, "err", err)
	}
	send := func(in loader.Input) error {
		if err := f.Add(ctx, in); err != nil {
			if ctx.Err() != nil {
				return err
			}
			fail(in.Name, err)
			return nil
		}
		if n++; time.Since(last) >= 2*time.Second {
			last = time.Now()
			logger.Info("progress", "queued", n)
		}
		return nil
	}
	if err := produce(send, fail); err != nil {
		return fmt.Errorf("load: %w", err)
	}
	queuedIn := time.Since(start)
	wctx, cancel := context.WithTimeout(ctx, wait)
	defer cancel()
	res, werr := f.Wait(wctx, logger, 2*time.Second)
	if failed == nil {
		failed = []inputError{}
	}
	for _, r := range res.Refused {
		failed = append(failed, inputError{Input: r.Input, Error: "refused by node " + r.Node + ": " + r.Error})
	}
	reportFeed(stdout, format, res, failed, queuedIn, time.Since(start))
	if werr != nil {
		return fmt.Errorf("load: %w", werr)
	}
	if len(failed) > 0 {
		return fmt.Errorf("load: %d of %d inputs failed (the others are in the log)", len(failed), len(failed)+n-len(res.Refused))
	}
	return nil
}
