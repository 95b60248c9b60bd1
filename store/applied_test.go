package store_test

import (
	"context"
	"testing"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/store"
)

func TestAppliedSequenceTravelsWithTheWrite(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db, err := store.Open(store.DefaultOptions(dir).WithLogger(quiet()))
	if err != nil {
		t.Fatal(err)
	}
	if seq, err := db.AppliedSequence(ctx); err != nil || seq != 0 {
		t.Fatalf("fresh store: AppliedSequence = %d, %v; want 0", seq, err)
	}
	x := &graph.Extraction{Document: graph.Document{ID: "doc:applied", Text: "Mali."},
		Entities: []graph.Entity{{ID: graph.EntityID(graph.KindState, "Mali"), Kind: graph.KindState, Name: "Mali"}}}
	steps := []struct {
		name string
		do   func(context.Context) error
		want uint64
	}{
		{"ingest at 5", func(c context.Context) error { _, err := db.Ingest(c, x); return err }, 5},
		{"repeated ingest at 6 (no change) still records 6", func(c context.Context) error { _, err := db.Ingest(c, x); return err }, 6},
		{"an older sequence does not lower it", func(c context.Context) error { return db.SetAppliedSequence(c, 3) }, 6},
		{"write without a sequence keeps it", func(context.Context) error { _, err := db.DeleteDocument(ctx, "doc:none"); return err }, 6},
		{"delete at 9", func(c context.Context) error { _, err := db.DeleteDocument(c, x.Document.ID); return err }, 9},
		{"refused op recorded by SetAppliedSequence", func(c context.Context) error { return db.SetAppliedSequence(c, 10) }, 10},
	}
	for _, s := range steps {
		if err := s.do(store.WithLogSequence(ctx, s.want)); err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		if got, err := db.AppliedSequence(ctx); err != nil || got != s.want {
			t.Fatalf("%s: AppliedSequence = %d, %v; want %d", s.name, got, err, s.want)
		}
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	db, err = store.Open(store.DefaultOptions(dir).WithLogger(quiet()))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if got, err := db.AppliedSequence(ctx); err != nil || got != 10 {
		t.Fatalf("after reopen: AppliedSequence = %d, %v; want 10", got, err)
	}
}
