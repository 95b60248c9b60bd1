package store_test

import (
	"context"
	"testing"

	"github.com/geokg/geokg/store"
	"github.com/geokg/geokg/store/storetest"
)

// TestCompactionDue: a store becomes due for compaction when writes since
// the last Compact reach Options.CompactionDueAfter and a quarter of what
// its tables hold; Compact resets the count; the count survives a reopen.
func TestCompactionDue(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	open := func(after int64) *store.DB {
		t.Helper()
		db, err := store.Open(store.DefaultOptions(dir).WithLogger(quiet()).WithCompactionDueAfter(after))
		if err != nil {
			t.Fatal(err)
		}
		return db
	}
	due := func(db *store.DB, want bool, when string) {
		t.Helper()
		got, err := db.CompactionDue(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("%s: CompactionDue = %v, want %v", when, got, want)
		}
	}
	db := open(500)
	due(db, false, "empty store")
	bw := db.NewBulkWriter()
	if _, err := bw.IngestBatch(ctx, storetest.Generate(1, 300, 9, 8)); err != nil {
		t.Fatal(err)
	}
	if err := bw.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	due(db, true, "after a bulk load")
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	db = open(500) // the memtable is now in tables
	due(db, true, "after a reopen")
	if err := db.Compact(ctx); err != nil {
		t.Fatal(err)
	}
	due(db, false, "after Compact")
	for _, x := range storetest.Generate(2, 8, 9, 8) {
		if _, err := db.Ingest(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	written, stored, err := store.WrittenSinceCompaction(db)
	if err != nil {
		t.Fatal(err)
	}
	if written < 500 || 4*written >= stored {
		t.Fatalf("the test needs more than 500 entries written and less than a quarter of %d stored: %d", stored, written)
	}
	due(db, false, "after a few more documents onto a compacted store")
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	db = open(1 << 40)
	defer db.Close()
	if _, err := db.IngestBatch(ctx, storetest.Generate(3, 300, 9, 8)); err != nil {
		t.Fatal(err)
	}
	due(db, false, "under CompactionDueAfter")
}
