package store_test

import (
	"context"
	"reflect"
	"slices"
	"strings"
	"testing"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/store"
	"github.com/geokg/geokg/store/storetest"
)

// ingestBatches has w ingest each of batches, failing the test on an error.
func ingestBatches(t *testing.T, w interface {
	IngestBatch(context.Context, []*graph.Extraction) ([]store.BatchResult, error)
}, batches [][]*graph.Extraction) {
	t.Helper()
	for _, b := range batches {
		if _, err := w.IngestBatch(context.Background(), b); err != nil {
			t.Fatal(err)
		}
	}
}

// rankBatches is a corpus of few entities cut in batches, so that every
// batch changes the weights of pairs that the batches before it changed.
func rankBatches() [][]*graph.Extraction {
	xs := storetest.Generate(31, 240, 9, 8)
	var out [][]*graph.Extraction
	for i := 0; i < len(xs); i += 40 {
		out = append(out, xs[i:min(i+40, len(xs))])
	}
	return out
}

// ranksOf returns the rank keys (0x1A) of keys.
func ranksOf(keys map[string]string) map[string]string {
	out := map[string]string{}
	for k, v := range keys {
		if k[0] == 0x1A {
			out[k] = v
		}
	}
	return out
}

// TestRankWindowLostInACrash: a bulk load whose rank window was never
// flushed (a crash after its batches landed) leaves rank keys that do not
// match its pair records, and the window's journal; Open moves the rank
// keys the journal names (no rebuild: the pair index stays marked complete)
// and drops the journal, and the store holds what IngestBatch stores.
func TestRankWindowLostInACrash(t *testing.T) {
	plain := openDir(t, t.TempDir(), 0)
	defer plain.Close()
	ingestBatches(t, plain, rankBatches())
	want := keysWithoutOrder(t, plain)

	dir := t.TempDir()
	db := openDir(t, dir, 0)
	bw := db.NewBulkWriter()
	ingestBatches(t, bw, rankBatches())
	store.AbandonRankWindow(db) // the batches land; their rank keys never move
	if reflect.DeepEqual(ranksOf(keysWithoutOrder(t, db)), ranksOf(want)) {
		t.Fatal("the rank keys of the interrupted load match a full load's: the test needs some left behind")
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if !marked(t, dir) || journaled(t, dir) == 0 {
		t.Fatalf("on disk after the crash: pair index marked %v, %d journal keys; want marked, and a journal", marked(t, dir), journaled(t, dir))
	}

	db = openDir(t, dir, 0)
	defer db.Close()
	if got := keysWithoutOrder(t, db); !reflect.DeepEqual(got, want) {
		t.Fatalf("after Open: %d keys (%d rank keys), want %d (%d)", len(got), len(ranksOf(got)), len(want), len(ranksOf(want)))
	}
}

// TestRankWindowFlushedOnClose: a store closed with a rank window open (a
// bulk writer never flushed) moves the rank keys as it closes.
func TestRankWindowFlushedOnClose(t *testing.T) {
	ctx := context.Background()
	plain := openDir(t, t.TempDir(), 0)
	defer plain.Close()
	dir := t.TempDir()
	db := openDir(t, dir, 0)
	bw := db.NewBulkWriter()
	for _, b := range rankBatches() {
		if _, err := plain.IngestBatch(ctx, b); err != nil {
			t.Fatal(err)
		}
		if _, err := bw.IngestBatch(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if !marked(t, dir) || journaled(t, dir) > 0 {
		t.Fatalf("on disk after Close: pair index marked %v, %d journal keys; want marked and no journal", marked(t, dir), journaled(t, dir))
	}
	db = openDir(t, dir, 0)
	defer db.Close()
	if got, want := ranksOf(keysWithoutOrder(t, db)), ranksOf(keysWithoutOrder(t, plain)); !reflect.DeepEqual(got, want) {
		t.Fatalf("%d rank keys after Close, want %d as IngestBatch stores", len(got), len(want))
	}
}

// marked reads, with Badger alone (Open would repair what it finds),
// whether the store in dir holds the mark of a complete pair index.
func marked(t *testing.T, dir string) bool {
	return rawCount(t, dir, store.PairIndexKey(), true) == 1
}

// journaled counts, with Badger alone, the keys of the store in dir that
// journal a rank window.
func journaled(t *testing.T, dir string) int {
	return rawCount(t, dir, store.RankJournalPrefix(), false)
}

// rawCount counts the keys of the store in dir under prefix (exactly
// prefix when exact), opening it with Badger alone.
func rawCount(t *testing.T, dir string, prefix []byte, exact bool) int {
	t.Helper()
	bdb, err := badger.Open(badger.DefaultOptions(dir).WithLogger(nil))
	if err != nil {
		t.Fatal(err)
	}
	defer bdb.Close()
	n := 0
	err = bdb.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			if !exact || string(it.Item().Key()) == string(prefix) {
				n++
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestRankWindowBounded: a bulk writer whose rank window notes more pairs
// than its bound flushes it before its next batch, so a window never holds
// a whole large load; the store ends as IngestBatch leaves it.
func TestRankWindowBounded(t *testing.T) {
	ctx := context.Background()
	plain := openDir(t, t.TempDir(), 0)
	defer plain.Close()
	db := openDir(t, t.TempDir(), 0)
	defer db.Close()
	bw := db.NewBulkWriter()
	store.SetRankWindowPairs(bw, 10)
	flushed := 0
	for _, b := range rankBatches() {
		if _, err := plain.IngestBatch(ctx, b); err != nil {
			t.Fatal(err)
		}
		before := keysWithoutOrder(t, db)
		if _, err := bw.IngestBatch(ctx, b); err != nil {
			t.Fatal(err)
		}
		if len(before) > 0 && !reflect.DeepEqual(ranksOf(before), ranksOf(keysWithoutOrder(t, db))) {
			flushed++ // rank keys moved before the window's end: the bound made the writer flush
		}
		if !store.RankWindowOpen(db) {
			t.Fatal("no rank window open after a bulk batch")
		}
	}
	if flushed == 0 {
		t.Fatal("the window was never flushed before its end, though it noted more than 10 pairs")
	}
	if err := bw.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if got, want := keysWithoutOrder(t, db), keysWithoutOrder(t, plain); !reflect.DeepEqual(got, want) {
		t.Fatalf("%d keys after a load in bounded windows, want %d as IngestBatch stores", len(got), len(want))
	}
}

// TestRankFlushReadsTheWritersCache: a bulk writer's flush reads the pair
// records through the writer's read cache, which holds those its batches
// wrote, unless another writer wrote since. The test poisons the cache:
// with no other write, the flushed rank keys follow the poisoned records
// (the cache was read, not the runs); after another write, they are those
// of a store loaded the same way without poison.
func TestRankFlushReadsTheWritersCache(t *testing.T) {
	ctx := context.Background()
	other := storetest.Generate(41, 1, 3, 3)
	load := func(poison, otherWrite bool) map[string]string {
		db := openMemUnchecked(t)
		bw := db.NewBulkWriter()
		ingestBatches(t, bw, rankBatches()[:2])
		if poison && store.PoisonCachedPairs(bw, 1000) == 0 {
			t.Fatal("the writer's cache holds no pair record")
		}
		if otherWrite {
			if _, err := db.IngestBatch(ctx, other); err != nil {
				t.Fatal(err)
			}
		}
		if err := bw.Close(ctx); err != nil {
			t.Fatal(err)
		}
		keys, err := store.KeysOf(db)
		if err != nil {
			t.Fatal(err)
		}
		return ranksOf(keys)
	}
	if reflect.DeepEqual(load(true, false), load(false, false)) {
		t.Error("the flush moved the rank keys the stored records give: it did not read the writer's cache")
	}
	if got, want := load(true, true), load(false, true); !reflect.DeepEqual(got, want) {
		t.Errorf("after another writer's write, the flush read the writer's stale cache: %d rank keys, want %d", len(got), len(want))
	}
}

// TestRankFlushCountsItsWrites: the parts of a rank flush commit at once,
// and the store's count of the entries written since the last compaction
// (which makes a compaction due) is read, changed and written by a
// transaction. The flush must still add every write it made: the rank keys
// it moved and the journal keys it deleted.
func TestRankFlushCountsItsWrites(t *testing.T) {
	ctx := context.Background()
	db := openMemUnchecked(t)
	defer db.Close()
	bw := db.NewBulkWriter()
	ingestBatches(t, bw, rankBatches())
	if err := bw.Flush(ctx); err != nil { // the pairs are stored: the next window moves rank keys
		t.Fatal(err)
	}
	more := storetest.Generate(32, 120, 9, 8) // new documents on the same entities, in a new window
	ingestBatches(t, bw, slices.Collect(slices.Chunk(more, 40)))
	if err := store.DrainBulkWriter(bw); err != nil {
		t.Fatal(err)
	}
	keys, err := store.KeysOf(db)
	if err != nil {
		t.Fatal(err)
	}
	journal := 0
	for k := range keys {
		if strings.HasPrefix(k, string(store.RankJournalPrefix())) {
			journal++
		}
	}
	written0, _, err := store.WrittenSinceCompaction(db)
	if err != nil {
		t.Fatal(err)
	}
	before := db.LoadStats()
	if err := bw.Close(ctx); err != nil {
		t.Fatal(err)
	}
	after := db.LoadStats()
	written1, _, err := store.WrittenSinceCompaction(db)
	if err != nil {
		t.Fatal(err)
	}
	// The load counters note every write of the flush: the rank keys it
	// moved, the journal keys it deleted, and the count of writes, which
	// its end sets and leaves out.
	noted := after.Sets + after.Deletes - before.Sets - before.Deletes
	if journal == 0 || noted < uint64(journal)+2*store.RankFlushParts {
		t.Fatalf("the flush found %d journal keys and made %d writes: the test needs a window to flush", journal, noted)
	}
	if got, want := written1-written0, noted-1; got != want {
		t.Errorf("the flush added %d to the count of writes, want %d (%d rank keys moved, %d journal keys deleted)", got, want, want-uint64(journal), journal)
	}
}
