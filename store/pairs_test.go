package store_test

import (
	"bytes"
	"context"
	"reflect"
	"testing"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/geokg/geokg/store"
	"github.com/geokg/geokg/store/storetest"
)

// dropPairIndex removes the mark of a complete pair index, as a store
// written before the index existed (or whose build was cut short) lacks it.
func dropPairIndex(t *testing.T, db *store.DB) {
	t.Helper()
	// Only the mark: a build must start over from a partial index.
	if err := db.Badger().DropPrefix([]byte{0x3F, 'i'}); err != nil {
		t.Fatal(err)
	}
}

// TestPairIndexBuiltForOldStores checks that opening a store without the
// pair index, or restoring a backup without it, builds the index that
// loading the same documents gives.
func TestPairIndexBuiltForOldStores(t *testing.T) {
	ctx := context.Background()
	wantSnap, db, dir := loadTwice(t, 31, 40)
	dropPairIndex(t, db)
	var backup bytes.Buffer
	if err := db.Backup(ctx, &backup); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	reopened := openDisk(t, dir)
	if got := storetest.TakeSnapshot(t, reopened); !reflect.DeepEqual(got.Pairs, wantSnap.Pairs) {
		t.Errorf("reopened store's pair index differs from a fresh load")
	}
	restored := openMem(t)
	if err := restored.Restore(ctx, &backup); err != nil {
		t.Fatal(err)
	}
	if got := storetest.TakeSnapshot(t, restored); !reflect.DeepEqual(got.Pairs, wantSnap.Pairs) {
		t.Errorf("restored store's pair index differs from a fresh load")
	}
}

// loadTwice loads n generated documents (seed) into an in-memory store, for
// the snapshot a fresh load gives, and into an on-disk store in dir, which
// the caller then alters; the caller closes db.
func loadTwice(t *testing.T, seed uint64, n int) (storetest.Snapshot, *store.DB, string) {
	t.Helper()
	docs := storetest.Generate(seed, n, 10, 8)
	want := openMem(t)
	storetest.Load(t, want, docs...)
	dir := t.TempDir()
	db, err := store.Open(store.DefaultOptions(dir).WithLogger(quiet()))
	if err != nil {
		t.Fatal(err)
	}
	storetest.Load(t, db, docs...)
	return storetest.TakeSnapshot(t, want), db, dir
}

// BenchmarkHubTies measures the reads of a 2-hop neighborhood of a hub: its
// 200 strongest neighbors, then the 16 strongest ties of each.
func BenchmarkHubTies(b *testing.B) {
	ctx := context.Background()
	db := openMem(b)
	storetest.Load(b, db, storetest.Generate(2, 2000, 20, 15)...)
	b.ReportAllocs()
	for b.Loop() {
		top, err := db.TopNeighbors(ctx, []string{"state:S00"}, nil, 200)
		if err != nil {
			b.Fatal(err)
		}
		ids := make([]string, len(top[0]))
		for i, n := range top[0] {
			ids[i] = n.ID
		}
		if _, err := db.TopNeighbors(ctx, ids, nil, 16); err != nil {
			b.Fatal(err)
		}
	}
}

// TestPairIndexOfOldVersionRebuilt checks that a store whose pair index is
// of the first layout (mark 1: pair edge values without the edge's head)
// gets the index rebuilt on open.
func TestPairIndexOfOldVersionRebuilt(t *testing.T) {
	wantSnap, db, dir := loadTwice(t, 32, 30)
	// Turn the index into a version 1 one: the mark, and pair edge values
	// of support and modality only.
	err := db.Badger().Update(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte{0x18}})
		var keys [][]byte
		for it.Rewind(); it.Valid(); it.Next() {
			keys = append(keys, it.Item().KeyCopy(nil))
		}
		it.Close()
		for _, k := range keys {
			if err := txn.Set(k, []byte{0, 0, 0, 1, 0, 0, 0, 1, 'a'}); err != nil {
				return err
			}
		}
		return txn.Set([]byte{0x3F, 'i'}, []byte{1})
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	reopened := openDisk(t, dir)
	if got := storetest.TakeSnapshot(t, reopened); !reflect.DeepEqual(got.Pairs, wantSnap.Pairs) {
		t.Errorf("the version 1 index was not rebuilt as a fresh load gives it")
	}
}

// TestJSONPairRecordsRead: the pair records of an older store are JSON. A
// store whose pair records were rewritten so answers as before, goes on
// loading as a store that held binary records all along, and the records
// that loading changes are written binary.
func TestJSONPairRecordsRead(t *testing.T) {
	ctx := context.Background()
	xs := storetest.Generate(33, 120, 9, 8)
	older, binary := openDisk(t, t.TempDir()), openDisk(t, t.TempDir())
	defer older.Close()
	defer binary.Close()
	for _, db := range []*store.DB{older, binary} {
		ingestInChunks(t, db, xs[:80], 20)
	}
	want := storetest.TakeSnapshot(t, older)
	n, err := store.PairRecordsToJSON(older)
	if err != nil || n == 0 {
		t.Fatalf("rewrote %d pair records as JSON: %v", n, err)
	}
	if got := storetest.TakeSnapshot(t, older); !reflect.DeepEqual(got, want) {
		t.Fatal("the store with JSON pair records answers otherwise")
	}
	for _, db := range []*store.DB{older, binary} {
		bw := db.NewBulkWriter()
		for i := 80; i < len(xs); i += 20 {
			if _, err := bw.IngestBatch(ctx, xs[i:i+20]); err != nil {
				t.Fatal(err)
			}
		}
		if err := bw.Close(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if got, want := storetest.TakeSnapshot(t, older), storetest.TakeSnapshot(t, binary); !reflect.DeepEqual(got.Pairs, want.Pairs) ||
		!reflect.DeepEqual(got.Neighbors, want.Neighbors) || !reflect.DeepEqual(got.Stats, want.Stats) {
		t.Fatal("after more loading, the store that held JSON pair records answers otherwise than one that held binary")
	}
	jsonRecs, binaryRecs, err := store.PairRecordKinds(older)
	if err != nil || binaryRecs == 0 || jsonRecs >= n {
		t.Errorf("after more loading: %d JSON and %d binary pair records of %d JSON (%v)", jsonRecs, binaryRecs, n, err)
	}
}
