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

// TestUncompressedLoadThenCompressed writes a store as a bulk load does,
// with Options.Uncompressed, then opens it with the defaults and compacts:
// the tables are written uncompressed, a default open reads them (each
// table records its own compression), and the compaction rewrites them
// compressed, every key and value kept.
func TestUncompressedLoadThenCompressed(t *testing.T) {
	if testing.Short() {
		t.Skip("writes and compacts a store on disk")
	}
	ctx := context.Background()
	dir := t.TempDir()
	var xs []*graph.Extraction
	for i, part := range strings.SplitAfter(bigText(t, 256<<10, false), "\n\n") {
		xs = append(xs, loader.Extract(part, loader.Meta{Title: "part " + strconv.Itoa(i)}))
	}
	load := store.DefaultOptions(dir).WithUncompressed(true)
	load.MemTableSize = 1 << 20 // several level 0 tables
	before, onDisk, raw := writeAndMeasure(t, load, func(db *store.DB) error {
		_, err := db.IngestBatch(ctx, xs)
		return err
	})
	if raw == 0 || float64(onDisk) < 0.95*float64(raw) {
		t.Fatalf("tables written with Uncompressed: %d bytes on disk for %d uncompressed", onDisk, raw)
	}
	// The defaults: level 0 holds fewer tables than Badger compacts at, and
	// is the only level with data, which Badger's Flatten alone leaves be.
	after, onDisk, raw := writeAndMeasure(t, store.DefaultOptions(dir), func(db *store.DB) error { return db.Compact(ctx) })
	if float64(onDisk) > 0.7*float64(raw) {
		t.Errorf("tables after a compaction with the defaults: %d bytes on disk for %d uncompressed", onDisk, raw)
	}
	maps.DeleteFunc(before, func(k, _ string) bool { return store.IsBookkeepingKey(k) })
	maps.DeleteFunc(after, func(k, _ string) bool { return store.IsBookkeepingKey(k) })
	if len(before) == 0 || !maps.Equal(before, after) {
		t.Errorf("the compaction changed the store: %d keys before, %d after", len(before), len(after))
	}
}

// writeAndMeasure opens a store with o, runs write, and returns every key
// with its value and the sizes of its tables once it is closed and opened
// again (closing flushes the memtables to tables).
func writeAndMeasure(t *testing.T, o store.Options, write func(*store.DB) error) (keys map[string]string, onDisk, raw uint64) {
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
	if keys, err = store.KeysOf(db); err != nil {
		t.Fatal(err)
	}
	onDisk, raw = store.TableSizes(db)
	return keys, onDisk, raw
}
