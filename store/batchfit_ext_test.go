package store_test

import (
	"context"
	"reflect"
	"testing"

	"github.com/geokg/geokg/store"
	"github.com/geokg/geokg/store/storetest"
)

// TestIngestBatchLearnsWhatFits: batches too big for one transaction are
// split before they are tried once the store has learned what fits from
// the first, so their work is not done twice; without the fit, every batch
// below fails several times before its halves fit. What is stored is what one document per transaction stores.
func TestIngestBatchLearnsWhatFits(t *testing.T) {
	ctx := context.Background()
	xs := storetest.Generate(5, 600, 14, 12)
	db := openSmallTxns(t, t.TempDir(), 2<<20)
	defer db.Close()
	const batch = 100
	var first uint64
	for i := 0; i < len(xs); i += batch {
		res, err := db.IngestBatch(ctx, xs[i:min(i+batch, len(xs))])
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range res {
			if r.Err != nil || !r.Created {
				t.Fatalf("%s: created %v, %v", r.DocumentID, r.Created, r.Err)
			}
		}
		if i == 0 {
			first = db.OversizedBatches()
		}
	}
	if first == 0 {
		t.Fatal("the first batch fit in one transaction: the test needs batches too big for one")
	}
	if more := db.OversizedBatches() - first; more > 1 {
		t.Fatalf("after the first batch, %d more transactions were found too big over %d batches: the fit was not learned", more, len(xs)/batch-1)
	}
	one, err := store.Open(store.DefaultOptions("").WithInMemory(true))
	if err != nil {
		t.Fatal(err)
	}
	defer one.Close()
	for _, x := range xs {
		if _, err := one.Ingest(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	got, want := keysWithoutOrder(t, db), keysWithoutOrder(t, one)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("batched ingest stored %d keys, one by one %d", len(got), len(want))
	}
}

// keysWithoutOrder lists the keys and values of db but for what records the
// load order (document records and the load-order index), which differs
// between two stores loading the same documents; entity contributions are
// listed per document, not by the block of their load order.
func keysWithoutOrder(t *testing.T, db *store.DB) map[string]string {
	t.Helper()
	all, err := store.KeysOf(db)
	if err != nil {
		t.Fatal(err)
	}
	if err := store.ContribsPerDocument(all); err != nil {
		t.Fatal(err)
	}
	for k := range all {
		if store.IsBookkeepingKey(k) {
			delete(all, k)
			continue
		}
		switch k[0] {
		case 0x31: // load order
			delete(all, k)
		case 0x30: // document records hold their load order
			all[k] = ""
		}
	}
	return all
}
