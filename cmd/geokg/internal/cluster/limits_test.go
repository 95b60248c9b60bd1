package cluster_test

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/geokg/geokg/cmd/geokg/internal/cluster"
	"github.com/geokg/geokg/cmd/geokg/internal/cluster/natstest"
	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader"
	"github.com/geokg/geokg/store"
)

// TestExtractorsApplyLimits queues documents through a feeder to a node
// whose extractors have document limits: a document over --max-doc-bytes and
// one over --max-facts are refused with the loader's errors, reported to the
// feeder and never appended to the log; the others are.
func TestExtractorsApplyLimits(t *testing.T) {
	ctx := context.Background()
	nc := natstest.Start(t, 1)
	lim := loader.Limits{MaxBytes: 4000, MaxFacts: 12}
	st, n := startNode(t, nc, cluster.Config{Workers: 2, Limits: lim})
	f := newFeeder(t, nc)
	docs := []loader.Input{
		{Name: "ok", Text: "Mali and France signed an agreement in Bamako."},
		{Name: "long", Text: strings.Repeat("Nothing happened in the valley that day. ", 120)},
		{Name: "rich", Text: strings.Repeat("Mali and France signed an agreement in Bamako. ", 30)},
		{Name: "ok2", Text: "Germany sanctioned Russia."},
	}
	for _, d := range docs {
		if err := lim.CheckText(d.Text); d.Name != "long" && err != nil {
			t.Fatalf("%s: %v", d.Name, err)
		}
		if err := f.Add(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	wctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	res, err := f.Wait(wctx, slog.New(slog.DiscardHandler), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if res.Queued != 4 || res.InLog != 2 || len(res.Refused) != 2 {
		t.Fatalf("feed result %+v; want 4 queued, 2 in the log, 2 refused", res)
	}
	slices.SortFunc(res.Refused, func(a, b cluster.Refusal) int { return strings.Compare(a.Input, b.Input) })
	want := []struct {
		name string
		err  error
	}{{"long", loader.ErrTooLarge}, {"rich", loader.ErrTooManyFacts}}
	for i, w := range want {
		r := res.Refused[i]
		if r.Input != w.name || r.Node != "n1" || !strings.Contains(r.Error, strings.TrimPrefix(w.err.Error(), "loader: ")) {
			t.Errorf("refusal %d: %+v; want %s refused for %v", i, r, w.name, w.err)
		}
	}
	if err := n.WaitApplied(wctx, n.LogSequence(ctx)); err != nil {
		t.Fatal(err)
	}
	ids, err := st.DocumentIDs(ctx)
	if err != nil || len(ids) != 2 {
		t.Fatalf("documents in the node's store: %v, %v; want the 2 within the limits", ids, err)
	}
	for _, d := range docs[1:3] {
		if slices.Contains(ids, loader.Extract(d.Text, d.Meta).Document.ID) {
			t.Errorf("%s was refused but is stored", d.Name)
		}
	}
}

// TestPackOverMessageLimit feeds a pack of documents whose extractions are
// over the log's message limit together though each fits: the extractor
// appends them one op each, and every document is applied.
func TestPackOverMessageLimit(t *testing.T) {
	ctx := context.Background()
	nc := natstest.Start(t, 1, natstest.MaxPayload(12<<10))
	st, n := startNode(t, nc, cluster.Config{Workers: 1})
	f := newFeeder(t, nc)
	docs := natstest.Remix(natstest.SeedTexts(t), 12, 2)
	for _, d := range docs {
		if err := f.Add(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	wctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	res, err := f.Wait(wctx, slog.New(slog.DiscardHandler), time.Second)
	if err != nil || res.InLog != len(docs) || len(res.Refused) != 0 {
		t.Fatalf("feed result %+v, %v; want all %d in the log", res, err, len(docs))
	}
	if err := n.WaitApplied(wctx, n.LogSequence(ctx)); err != nil {
		t.Fatal(err)
	}
	if got := n.LogSequence(ctx); got != uint64(len(docs)) {
		t.Errorf("the log holds %d messages; want one op for each of the %d documents", got, len(docs))
	}
	ids, err := st.DocumentIDs(ctx)
	if err != nil || len(ids) != len(docs) {
		t.Fatalf("documents in the node's store: %d, %v; want %d", len(ids), err, len(docs))
	}
}

// TestAppendCountsHeaders appends a pack's op whose payload is under the
// log's message limit and whose Geokg-Docs and Nats-Msg-Id headers take it
// over: the append is refused as too large (which sends an extractor to one
// op per document), not tried at the server, which would refuse it at every
// retry.
func TestAppendCountsHeaders(t *testing.T) {
	const limit = 8 << 10
	nc := natstest.Start(t, 1, natstest.MaxPayload(limit))
	_, n := startNode(t, nc, cluster.Config{Workers: 1})
	var op *cluster.Op
	for i := 0; ; i++ {
		x := loader.Extract(fmt.Sprintf("Note %d.", i), loader.Meta{}) // small: the headers grow faster
		next := &cluster.Op{Type: cluster.OpIngests, Pack: "p", Extractions: []*graph.Extraction{x}}
		if op != nil {
			next.Extractions = append(slices.Clone(op.Extractions), x)
		}
		if cluster.PayloadSize(next) > limit {
			break
		}
		op = next
	}
	if cluster.PayloadSize(op)+40*len(op.Extractions) <= limit {
		t.Fatalf("the op's payload (%d bytes) leaves room for its headers", cluster.PayloadSize(op))
	}
	_, err := n.Append(context.Background(), op)
	if !errors.Is(err, store.ErrTooLarge) {
		t.Errorf("append of a %d-byte payload with %d documents' hashes in its headers: %v, want store.ErrTooLarge", cluster.PayloadSize(op), len(op.Extractions), err)
	}
}
