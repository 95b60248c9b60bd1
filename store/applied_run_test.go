package store_test

import (
	"context"
	"testing"

	"github.com/geokg/geokg/loader"
	"github.com/geokg/geokg/store"
)

// TestAppliedRunStart checks that a write under WithLogRun records the run's
// last sequence as applied and its first as the run's start, that a later
// write under WithLogSequence clears the start, and that a run older than
// the applied sequence records nothing.
func TestAppliedRunStart(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(store.DefaultOptions("").WithInMemory(true).WithLogger(quiet()))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ingest := func(c context.Context, text string) {
		t.Helper()
		if _, err := db.Ingest(c, loader.Extract(text, loader.Meta{})); err != nil {
			t.Fatal(err)
		}
	}
	check := func(name string, applied, start uint64) {
		t.Helper()
		a, err := db.AppliedSequence(ctx)
		if err != nil {
			t.Fatal(err)
		}
		s, err := db.AppliedRunStart(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if a != applied || s != start {
			t.Errorf("%s: applied %d, run start %d; want %d, %d", name, a, s, applied, start)
		}
	}
	check("fresh store", 0, 0)
	ingest(store.WithLogRun(ctx, 3, 7), "Mali and France signed an agreement in Bamako.")
	check("a run", 7, 3)
	ingest(store.WithLogRun(ctx, 3, 7), "Germany sanctioned Russia.")
	check("a second part of the same run", 7, 3)
	ingest(store.WithLogRun(ctx, 1, 2), "Japan and India held talks in Tokyo.")
	check("an older run changes nothing", 7, 3)
	ingest(store.WithLogSequence(ctx, 8), "Brazil recognized Palestine.")
	check("a single op after the run", 8, 0)
	ingest(store.WithLogRun(ctx, 9, 12), "Canada expelled Chinese diplomats.")
	if err := db.SetAppliedSequence(ctx, 13); err != nil {
		t.Fatal(err)
	}
	check("a refused op after a run", 13, 0)
}
