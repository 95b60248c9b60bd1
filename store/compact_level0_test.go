package store_test

import (
	"context"
	"maps"
	"strconv"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader"
	"github.com/geokg/geokg/store"
)

// TestCompactLevelZero compacts a store whose data is all in level 0, in
// fewer tables than Badger compacts level 0 at, as a small bulk load leaves
// it: Badger's Flatten alone leaves such a store as it is; Compact moves
// its tables into the level below, every key and value kept.
func TestCompactLevelZero(t *testing.T) {
	if testing.Short() {
		t.Skip("writes and compacts a store on disk")
	}
	ctx := context.Background()
	dir := t.TempDir()
	var xs []*graph.Extraction
	for i, part := range strings.SplitAfter(bigText(t, 1<<20, false), "\n\n") {
		xs = append(xs, loader.Extract(part, loader.Meta{Title: "part " + strconv.Itoa(i)}))
	}
	small := store.DefaultOptions(dir)
	small.MemTableSize = 1 << 20 // several level 0 tables
	before, levels := writeAndReopen(t, small, func(db *store.DB) error {
		_, err := db.IngestBatch(ctx, xs)
		return err
	})
	if levels[0] < 2 || len(levels) != 1 {
		t.Fatalf("tables by level after the writes: %v; want all in level 0, several", levels)
	}
	after, _ := writeAndReopen(t, store.DefaultOptions(dir), func(db *store.DB) error {
		if err := db.Compact(ctx); err != nil {
			return err
		}
		if levels := store.TableLevels(db); levels[0] != 0 || len(levels) != 1 {
			t.Errorf("tables by level after Compact: %v; want all in one level below level 0", levels)
		}
		return nil
	})
	maps.DeleteFunc(before, func(k, _ string) bool { return store.IsBookkeepingKey(k) })
	maps.DeleteFunc(after, func(k, _ string) bool { return store.IsBookkeepingKey(k) })
	if len(before) == 0 || !maps.Equal(before, after) {
		t.Errorf("the compaction changed the store: %d keys before, %d after", len(before), len(after))
	}
}

// writeAndReopen opens a store with o, runs write, and returns every key
// with its value and the count of its tables by level once it is closed
// and opened again (closing flushes the memtables to tables).
func writeAndReopen(t *testing.T, o store.Options, write func(*store.DB) error) (map[string]string, map[int]int) {
	t.Helper()
	db, err := store.Open(o.WithLogger(quiet()))
	if err != nil {
		t.Fatal(err)
	}
	if err := write(db); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if db, err = store.Open(o.WithLogger(quiet())); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	keys, err := store.KeysOf(db)
	if err != nil {
		t.Fatal(err)
	}
	return keys, store.TableLevels(db)
}
