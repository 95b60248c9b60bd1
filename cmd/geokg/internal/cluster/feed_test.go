package cluster_test

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/geokg/geokg/cmd/geokg/internal/cluster"
	"github.com/geokg/geokg/cmd/geokg/internal/cluster/natstest"
	"github.com/geokg/geokg/loader"
)

// TestFeedAgain feeds the same documents twice, the second time within the
// queue's duplicates window: the work queue drops the repeated pack, and
// the second feeder finds its documents in the log through the pack's op,
// which the log holds from before it started.
func TestFeedAgain(t *testing.T) {
	ctx := context.Background()
	nc := natstest.Start(t, 1)
	_, n := startNode(t, nc, cluster.Config{Workers: 1})
	docs := natstest.Remix(natstest.SeedTexts(t), 5, 3)
	for round := range 2 {
		f := newFeeder(t, nc)
		for _, d := range docs {
			if err := f.Add(ctx, d); err != nil {
				t.Fatal(err)
			}
		}
		wctx, cancel := context.WithTimeout(ctx, 20*time.Second)
		res, err := f.Wait(wctx, slog.New(slog.DiscardHandler), time.Hour)
		cancel()
		f.Close() // (again at the end of the test: a second Close does nothing)
		if err != nil || res.InLog != len(docs) {
			t.Fatalf("round %d: %+v, %v; want all %d in the log", round, res, err, len(docs))
		}
		if got := n.LogSequence(ctx); got != 1 {
			t.Errorf("round %d: the log holds %d messages; want the pack's one op", round, got)
		}
	}
}

// TestFeedLargeDocumentInPack feeds a document whose wire form is large
// enough to be compressed together with a small one: the pack holds both,
// and both are applied.
func TestFeedLargeDocumentInPack(t *testing.T) {
	ctx := context.Background()
	nc := natstest.Start(t, 1)
	st, n := startNode(t, nc, cluster.Config{Workers: 1})
	var long strings.Builder
	for i := 0; long.Len() < 40<<10; i++ {
		fmt.Fprintf(&long, "On day %d, Mali and France signed agreement number %d in Bamako. ", i, i)
	}
	docs := []loader.Input{{Name: "long", Text: long.String()}, {Name: "short", Text: "Germany sanctioned Russia on Friday."}}
	f := newFeeder(t, nc)
	for _, d := range docs {
		if err := f.Add(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	wctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	if res, err := f.Wait(wctx, slog.New(slog.DiscardHandler), time.Hour); err != nil || res.InLog != 2 {
		t.Fatalf("%+v, %v; want both in the log", res, err)
	}
	if err := n.WaitApplied(wctx, n.LogSequence(ctx)); err != nil {
		t.Fatal(err)
	}
	if ids, err := st.DocumentIDs(ctx); err != nil || len(ids) != 2 {
		t.Fatalf("documents stored: %v, %v; want 2", ids, err)
	}
}
