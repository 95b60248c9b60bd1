package cluster_test

import (
	"context"
	"log/slog"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/geokg/geokg/cmd/geokg/internal/cluster"
	"github.com/geokg/geokg/cmd/geokg/internal/cluster/natstest"
	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader"
	"github.com/geokg/geokg/store"
)

// countingStore counts how the node writes documents.
type countingStore struct {
	*store.DB
	mu      sync.Mutex
	batches []int // the size of each IngestBatch call
	singles int   // Ingest calls
}

func (c *countingStore) IngestBatch(ctx context.Context, xs []*graph.Extraction) ([]store.BatchResult, error) {
	c.mu.Lock()
	c.batches = append(c.batches, len(xs))
	c.mu.Unlock()
	return c.DB.IngestBatch(ctx, xs)
}

func (c *countingStore) Ingest(ctx context.Context, x *graph.Extraction) (store.IngestResult, error) {
	c.mu.Lock()
	c.singles++
	c.mu.Unlock()
	return c.DB.Ingest(ctx, x)
}

func openStore(t *testing.T) *store.DB {
	t.Helper()
	st, err := store.Open(store.DefaultOptions(t.TempDir()).WithSyncWrites(false).WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// startNode starts a node of one NATS cluster on a store of its own, named
// n1 unless cfg names it; both stop when the test ends.
func startNode(t *testing.T, nc *natstest.Cluster, cfg cluster.Config) (*store.DB, *cluster.Node) {
	t.Helper()
	st := openStore(t)
	cfg.URLs = nc.URLs()
	if cfg.Node == "" {
		cfg.Node = "n1"
	}
	n, err := cluster.Start(context.Background(), st, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Close() })
	return st, n
}

// newFeeder connects a quiet feeder to nc; it closes when the test ends.
func newFeeder(t *testing.T, nc *natstest.Cluster) *cluster.Feeder {
	t.Helper()
	f, err := cluster.NewFeeder(context.Background(), cluster.Config{URLs: nc.URLs(), Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(f.Close)
	return f
}

// TestBatchedApplyKeepsOrder writes ingests, a deletion, a merge and more
// ingests (one of them the deleted document again) through a node, then
// starts a second node that reads the whole log at once: it applies the
// ingests in batches, ends each batch before the deletion and the merge,
// records the log's last sequence, and ends with the first node's digest.
func TestBatchedApplyKeepsOrder(t *testing.T) {
	ctx := context.Background()
	nc := natstest.Start(t, 1)
	wst := openStore(t)
	writer, err := cluster.Start(ctx, wst, cluster.Config{URLs: nc.URLs(), Node: "writer", Workers: -1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { writer.Close() })
	texts := natstest.SeedTexts(t)
	docs := natstest.Remix(texts, 60, 5)
	ingest := func(in loader.Input) {
		t.Helper()
		if _, _, err := writer.Ingest(ctx, loader.Extract(in.Text, in.Meta)); err != nil {
			t.Fatal(err)
		}
	}
	for _, in := range docs[:30] {
		ingest(in)
	}
	deleted := loader.Extract(docs[3].Text, docs[3].Meta).Document.ID
	if ok, _, err := writer.DeleteDocument(ctx, deleted); err != nil || !ok {
		t.Fatalf("delete: %v, %v", ok, err)
	}
	persons, err := wst.EntityIDs(ctx, "person")
	if err != nil || len(persons) < 2 {
		t.Fatalf("persons: %v, %v", persons, err)
	}
	if _, _, err := writer.MergeEntities(ctx, persons[0], persons[1:2]); err != nil {
		t.Fatal(err)
	}
	for _, in := range append(docs[30:], docs[3]) {
		ingest(in)
	}
	last := writer.LogSequence(ctx)

	st := &countingStore{DB: openStore(t)}
	reader, err := cluster.Start(ctx, st, cluster.Config{URLs: nc.URLs(), Node: "reader", Workers: -1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { reader.Close() })
	wctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := reader.WaitApplied(wctx, last); err != nil {
		t.Fatal(err)
	}
	if got, err := st.AppliedSequence(ctx); err != nil || got != last {
		t.Fatalf("stored applied sequence %d (%v), want %d", got, err, last)
	}
	want, err := cluster.Digest(ctx, wst)
	if err != nil {
		t.Fatal(err)
	}
	got, err := cluster.Digest(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Errorf("batched apply: digest %.12s, one by one %.12s", got, want)
	}
	st.mu.Lock()
	defer st.mu.Unlock()
	writes := len(st.batches) + st.singles
	if writes >= len(docs)/2 || len(st.batches) == 0 {
		t.Errorf("61 ingests applied in %d batches %v and %d single writes; want a few batches", len(st.batches), st.batches, st.singles)
	}
	if ids, err := st.DocumentIDs(ctx); err != nil || !slices.Contains(ids, deleted) {
		t.Errorf("the document deleted and ingested again is missing (%v)", err)
	}
}

// TestResumesARunStoredInPart starts a node on a store where a run of three
// ingests is recorded as applied but only its first document is stored (as
// when a node dies between two transactions of one batch): the node applies
// the run again from its start and ends with all three documents.
func TestResumesARunStoredInPart(t *testing.T) {
	ctx := context.Background()
	nc := natstest.Start(t, 1)
	writer, err := cluster.Start(ctx, openStore(t), cluster.Config{URLs: nc.URLs(), Node: "writer", Workers: -1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { writer.Close() })
	var xs []*graph.Extraction
	var seqs []uint64
	for _, text := range []string{"Mali and France signed an agreement in Bamako.", "Germany sanctioned Russia.", "Japan and India held talks in Tokyo."} {
		x := loader.Extract(text, loader.Meta{})
		seq, err := writer.Append(ctx, &cluster.Op{Type: cluster.OpIngest, Extraction: x})
		if err != nil {
			t.Fatal(err)
		}
		xs, seqs = append(xs, x), append(seqs, seq)
	}
	st := openStore(t)
	if _, err := st.Ingest(store.WithLogRun(ctx, seqs[0], seqs[2]), xs[0]); err != nil {
		t.Fatal(err)
	}
	n, err := cluster.Start(ctx, st, cluster.Config{URLs: nc.URLs(), Node: "reader", Workers: -1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Close() })
	wctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	if err := n.WaitApplied(wctx, seqs[2]); err != nil {
		t.Fatal(err)
	}
	ids, err := st.DocumentIDs(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for i, x := range xs {
		if !slices.Contains(ids, x.Document.ID) {
			t.Errorf("document %d of the run is missing after the node resumed", i+1)
		}
	}
}
