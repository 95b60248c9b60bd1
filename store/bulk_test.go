package store_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"testing"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/store"
	"github.com/geokg/geokg/store/storetest"
)

// TestBulkWriterStoresWhatIngestBatchStores loads the same batches with
// IngestBatch and with a BulkWriter, whose batches read the writes of the
// batch still being committed through an overlay, and compares every key
// and value. The corpus has few entities, so every batch folds into the
// records the batch before it changed; documents come again in the next
// batch (the overlay must show them stored); small memtables make batches
// too big for one transaction (the halves open fresh transactions); and a
// plain write between two batches makes the writer drop the transaction it
// opened ahead. A second writer's presence filter (presence.go) is sized
// for so few keys that it fills again and again, and is built anew while a
// commit is in flight: it must then know that commit's keys too.
func TestBulkWriterStoresWhatIngestBatchStores(t *testing.T) {
	for _, minPresence := range []int{0, 64} {
		t.Run(fmt.Sprintf("presence%d", minPresence), func(t *testing.T) { testBulkMatchesIngest(t, minPresence) })
	}
}

func testBulkMatchesIngest(t *testing.T, minPresence int) {
	ctx := context.Background()
	xs := storetest.Generate(11, 420, 9, 8)
	var batches [][]*graph.Extraction
	for i := 0; i < len(xs); i += 30 {
		b := xs[i:min(i+30, len(xs))]
		if i > 0 {
			b = append([]*graph.Extraction{xs[i-1], xs[i-7]}, b...) // stored in the batch before
		}
		batches = append(batches, b)
	}
	extra := storetest.Generate(12, 3, 9, 8)
	load := func(db *store.DB, ingest func([]*graph.Extraction) ([]store.BatchResult, error)) [][]store.BatchResult {
		var out [][]store.BatchResult
		for i, b := range batches {
			res, err := ingest(b)
			if err != nil {
				t.Fatalf("batch %d: %v", i, err)
			}
			out = append(out, res)
			if i == len(batches)/2 {
				if _, err := db.Ingest(ctx, extra[0]); err != nil {
					t.Fatal(err)
				}
			}
		}
		return out
	}
	plain := openSmallTxns(t, t.TempDir(), 1<<20)
	defer plain.Close()
	want := load(plain, func(b []*graph.Extraction) ([]store.BatchResult, error) { return plain.IngestBatch(ctx, b) })

	bulkDB := openSmallTxns(t, t.TempDir(), 1<<20)
	defer bulkDB.Close()
	bw := bulkDB.NewBulkWriter()
	if minPresence > 0 {
		store.SetMinPresence(bw, minPresence)
	}
	got := load(bulkDB, func(b []*graph.Extraction) ([]store.BatchResult, error) { return bw.IngestBatch(ctx, b) })
	if err := bw.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	builds, skipped := store.PresenceBuilds(bulkDB), bulkDB.LoadStats().ReadsSkipped
	if skipped == 0 || builds < 2 || (minPresence > 0 && builds < 4) {
		t.Fatalf("presence filters built %d times, %d reads skipped: the test needs a rebuild after the plain write (and, with a small filter, several more) and skipped reads", builds, skipped)
	}
	if plain.OversizedBatches() == 0 || bulkDB.OversizedBatches() == 0 {
		t.Fatalf("no batch was too big for one transaction (%d, %d): the test needs some", plain.OversizedBatches(), bulkDB.OversizedBatches())
	}
	for i := range want {
		for j := range want[i] {
			w, g := want[i][j], got[i][j]
			if w.Created != g.Created || (w.Err == nil) != (g.Err == nil) || w.Entities != g.Entities || w.Edges != g.Edges {
				t.Fatalf("batch %d, document %d: bulk %+v, plain %+v", i, j, g.IngestResult, w.IngestResult)
			}
		}
	}
	wantKeys, gotKeys := keysWithoutOrder(t, plain), keysWithoutOrder(t, bulkDB)
	if !reflect.DeepEqual(gotKeys, wantKeys) {
		missing, differ, extraKeys := 0, 0, 0
		for k, v := range wantKeys {
			if gv, ok := gotKeys[k]; !ok {
				missing++
			} else if gv != v {
				differ++
			}
		}
		for k := range gotKeys {
			if _, ok := wantKeys[k]; !ok {
				extraKeys++
			}
		}
		t.Fatalf("the bulk writer stored %d keys, IngestBatch %d: %d missing, %d extra, %d with another value",
			len(gotKeys), len(wantKeys), missing, extraKeys, differ)
	}
	s, err := bulkDB.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if s.Documents != len(xs)+1 {
		t.Fatalf("%d documents stored, want %d", s.Documents, len(xs)+1)
	}
}

// TestBulkWriterStopsAfterAFailedCommit: when a batch fails to land, the
// batch prepared on top of it is not committed either, every later batch
// is refused with ErrNotLanded, and the store holds exactly the batches
// before the failure.
func TestBulkWriterStopsAfterAFailedCommit(t *testing.T) {
	ctx := context.Background()
	xs := storetest.Generate(21, 40, 6, 6)
	db := openDir(t, t.TempDir(), 8<<20)
	defer db.Close()
	bw := db.NewBulkWriter()
	if _, err := bw.IngestBatch(ctx, xs[:10]); err != nil {
		t.Fatal(err)
	}
	bw.FailNextCommit(errors.New("injected"))
	if _, err := bw.IngestBatch(ctx, xs[10:20]); err != nil {
		t.Fatalf("the failure is the commit's, seen later: %v", err)
	}
	_, err := bw.IngestBatch(ctx, xs[20:30])
	if !errors.Is(err, store.ErrNotLanded) {
		t.Fatalf("after a failed commit: %v, want ErrNotLanded", err)
	}
	if _, err := bw.IngestBatch(ctx, xs[30:]); !errors.Is(err, store.ErrNotLanded) {
		t.Fatalf("later batches: %v, want ErrNotLanded", err)
	}
	if err := bw.Flush(ctx); !errors.Is(err, store.ErrNotLanded) {
		t.Fatalf("Flush: %v, want ErrNotLanded", err)
	}
	want := openDir(t, t.TempDir(), 8<<20)
	defer want.Close()
	if _, err := want.IngestBatch(ctx, xs[:10]); err != nil {
		t.Fatal(err)
	}
	if got, exp := keysWithoutOrder(t, db), keysWithoutOrder(t, want); !reflect.DeepEqual(got, exp) {
		t.Fatalf("the store holds %d keys, the first batch alone %d", len(got), len(exp))
	}
}

// TestPresenceKnowsTheCommitInFlight: a bulk writer builds its presence
// filter again (here because the first one, sized for one key, is full)
// while the batch before is still being committed, with a transaction that
// does not see that batch. The filter must know that batch's records: two
// batches later, documents restating its facts must fold into them, not
// overwrite them.
func TestPresenceKnowsTheCommitInFlight(t *testing.T) {
	ctx := context.Background()
	first := storetest.Generate(31, 20, 6, 6)
	filler := storetest.Generate(32, 1, 6, 6)
	batches := [][]*graph.Extraction{first, filler, restated(t, first)}

	plain := openDir(t, t.TempDir(), 8<<20)
	defer plain.Close()
	for _, b := range batches {
		if _, err := plain.IngestBatch(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	bulkDB := openDir(t, t.TempDir(), 8<<20)
	defer bulkDB.Close()
	bw := bulkDB.NewBulkWriter()
	store.SetMinPresence(bw, 1)
	for _, b := range batches {
		if _, err := bw.IngestBatch(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	if err := bw.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if n := store.PresenceBuilds(bulkDB); n != 2 {
		t.Fatalf("%d presence filters built, want 2: the first, and one while the first batch was in flight", n)
	}
	sameKeys(t, bulkDB, plain)
}

// sameKeys checks that bulkDB holds the keys and values of plain, loaded
// with IngestBatch (keysWithoutOrder).
func sameKeys(t *testing.T, bulkDB, plain *store.DB) {
	t.Helper()
	want, got := keysWithoutOrder(t, plain), keysWithoutOrder(t, bulkDB)
	differ := 0
	for k, v := range want {
		if got[k] != v {
			differ++
		}
	}
	if differ > 0 || len(got) != len(want) {
		t.Fatalf("the bulk writer stored %d keys, IngestBatch %d; %d differ", len(got), len(want), differ)
	}
}

// restated returns xs as documents of other IDs that state the same facts.
func restated(t *testing.T, xs []*graph.Extraction) []*graph.Extraction {
	t.Helper()
	out := make([]*graph.Extraction, len(xs))
	for i, x := range xs {
		b, err := json.Marshal(x)
		if err != nil {
			t.Fatal(err)
		}
		b = bytes.ReplaceAll(b, []byte(strconv.Quote(x.Document.ID)), []byte(strconv.Quote(x.Document.ID+"-again")))
		out[i] = new(graph.Extraction)
		if err := json.Unmarshal(b, out[i]); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// TestPresenceWaitsForItsScanToPay: a bulk writer onto a store that holds
// records builds its presence filter only once the reads that found
// nothing would have paid for scanning their keys: a load of one document
// scans nothing, a long load does.
func TestPresenceWaitsForItsScanToPay(t *testing.T) {
	ctx := context.Background()
	db := openDir(t, t.TempDir(), 8<<20)
	defer db.Close()
	if _, err := db.IngestBatch(ctx, storetest.Generate(61, 200, 8, 8)); err != nil {
		t.Fatal(err)
	}
	more := storetest.Generate(62, 400, 40, 8) // more entities: most facts are new
	bw := db.NewBulkWriter()
	if _, err := bw.IngestBatch(ctx, more[:1]); err != nil {
		t.Fatal(err)
	}
	if err := bw.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if n := store.PresenceBuilds(db); n != 0 {
		t.Fatalf("a one-document load built %d presence filters, want none", n)
	}
	for i := 1; i < len(more); i += 20 {
		if _, err := bw.IngestBatch(ctx, more[i:min(i+20, len(more))]); err != nil {
			t.Fatal(err)
		}
	}
	if err := bw.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if n, skipped := store.PresenceBuilds(db), db.LoadStats().ReadsSkipped; n != 1 || skipped == 0 {
		t.Fatalf("a 400-document load built %d presence filters and skipped %d reads, want one and some", n, skipped)
	}
}

// TestBulkBatchSizesItsMaps checks that a BulkWriter notes how large its
// batch's maps grew, for the next batch to start with (mapSizes).
func TestBulkBatchSizesItsMaps(t *testing.T) {
	ctx := context.Background()
	db := openMem(t)
	bw := db.NewBulkWriter()
	xs := storetest.Generate(71, 60, 8, 8)
	for _, batch := range [][]*graph.Extraction{xs[:30], xs[30:]} {
		if _, err := bw.IngestBatch(ctx, batch); err != nil {
			t.Fatal(err)
		}
		for name, n := range store.BatchMapSizes(bw) {
			if n == 0 && name != "resolved" {
				t.Errorf("the batch's %s map or list: size 0", name)
			}
		}
	}
	if err := bw.Close(ctx); err != nil {
		t.Fatal(err)
	}
}

// TestBulkWriterRetriesATransactionFoundTooBig: a batch whose transaction
// is found too big once it has folded its documents into the entity
// records is written again in halves. The records the batch before left
// decoded for the next (BulkWriter.entities) must not carry the failed
// transaction's folds into the halves: the store must hold what IngestBatch
// stores, with no document counted twice.
func TestBulkWriterRetriesATransactionFoundTooBig(t *testing.T) {
	ctx := context.Background()
	xs := storetest.Generate(81, 90, 6, 6) // few entities: every batch folds into the same records
	plain := openMem(t)
	bulkDB := openMem(t)
	bw := bulkDB.NewBulkWriter()
	for i := 0; i < len(xs); i += 30 {
		if _, err := plain.IngestBatch(ctx, xs[i:i+30]); err != nil {
			t.Fatal(err)
		}
		if i > 0 {
			bw.FailNextFill(badger.ErrTxnTooBig)
		}
		res, err := bw.IngestBatch(ctx, xs[i:i+30])
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range res {
			if r.Err != nil || !r.Created {
				t.Fatalf("%s: created %v, %v", r.DocumentID, r.Created, r.Err)
			}
		}
	}
	if err := bw.Close(ctx); err != nil {
		t.Fatal(err)
	}
	if n := bulkDB.OversizedBatches(); n != 2 {
		t.Fatalf("%d transactions found too big, want the 2 the test failed", n)
	}
	sameKeys(t, bulkDB, plain)
}
