package store_test

import (
	"context"
	"testing"

	"github.com/geokg/geokg/store"
	"github.com/geokg/geokg/store/storetest"
)

// TestLoadStatsCountWhatBadgerGets loads two batches with a BulkWriter and
// checks the load counters against the store. The first batch, into an
// empty store, and the flush of its rank window (ranks.go: its parts, then
// the transaction that ends it) wrote exactly the keys the store then
// holds, the count of entries written since the last compaction twice (by
// the batch and by the flush's end) and the window's journal, the one key
// the flush deleted; the batch found nothing it read,
// and read each record it created once and nothing else (or knew, by its
// presence filter, that it need not: ReadsSkipped): no contribution,
// index entry or pair edge of a new fact (the pair edge of a new edge was
// read for nothing until round 10). The second names the same few
// entities: it finds their records, and its flush moves rank keys (a
// delete and a set each).
func TestLoadStatsCountWhatBadgerGets(t *testing.T) {
	ctx := context.Background()
	db := openDir(t, t.TempDir(), 64<<20)
	defer db.Close()
	xs := storetest.Generate(21, 60, 9, 8)
	bw := db.NewBulkWriter()
	if _, err := bw.IngestBatch(ctx, xs[:30]); err != nil {
		t.Fatal(err)
	}
	if err := bw.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	first := db.LoadStats()
	keys, err := store.KeysOf(db)
	if err != nil {
		t.Fatal(err)
	}
	records := 0
	for k := range keys {
		if store.IsRecordKey(k) {
			records++
		}
	}
	batchAndFlush := uint64(1 + store.RankFlushParts + 1) // the batch, the flush's parts, its end
	if first.Batches != batchAndFlush || first.Sets != uint64(len(keys))+2 || first.Deletes != 1 ||
		first.ReadsFound != 0 || first.ReadsMissing+first.ReadsSkipped != uint64(records) || first.ReadsSkipped == 0 {
		t.Fatalf("first batch: %+v, store holds %d keys, %d of them records", first, len(keys), records)
	}
	if _, err := bw.IngestBatch(ctx, xs[30:]); err != nil {
		t.Fatal(err)
	}
	if err := bw.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	both := db.LoadStats()
	if both.Batches != 2*batchAndFlush || both.Sets <= first.Sets || both.Deletes == 0 || both.ReadsFound == 0 ||
		both.ReadsMissing+both.ReadsSkipped <= first.ReadsMissing+first.ReadsSkipped {
		t.Fatalf("after the second batch: %+v (first %+v)", both, first)
	}
	if _, err := db.IngestBatch(ctx, storetest.Generate(22, 5, 9, 8)); err != nil {
		t.Fatal(err)
	}
	if after := db.LoadStats(); after != both {
		t.Errorf("a write outside the bulk writer counted: %+v, want %+v", after, both)
	}
}
