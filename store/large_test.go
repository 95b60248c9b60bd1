package store_test

import (
	"context"
	"crypto/sha256"
	"fmt"
	"reflect"
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/store"
	"github.com/geokg/geokg/store/storetest"
)

func keysOf(t *testing.T, db *store.DB) map[string]string {
	t.Helper()
	out, err := store.KeysOf(db)
	if err != nil {
		t.Fatal(err)
	}
	for k := range out {
		if store.IsBookkeepingKey(k) {
			delete(out, k)
		}
	}
	return out
}

func openDir(t *testing.T, dir string, mem int64) *store.DB {
	t.Helper()
	return openWith(t, dir, func(o *store.Options) { o.MemTableSize = mem })
}

// openSmallTxns opens the store in dir with memtables of mem bytes and
// values kept in the LSM tree, where all their bytes count toward a
// transaction's size: the index runs (segments.go) leave Badger few
// entries, and a transaction with values in the log is hard to overflow.
func openSmallTxns(t *testing.T, dir string, mem int64) *store.DB {
	t.Helper()
	return openWith(t, dir, func(o *store.Options) {
		o.MemTableSize = mem
		o.ValueThreshold = 64 << 10
	})
}

// openWith opens the store in dir with the default options, a quiet logger
// and what set changes; the caller closes it.
func openWith(t testing.TB, dir string, set func(*store.Options)) *store.DB {
	t.Helper()
	opts := store.DefaultOptions(dir).WithLogger(quiet())
	set(&opts)
	db, err := store.Open(opts)
	if err != nil {
		t.Fatal(err)
	}
	return db
}

// ingestInChunks ingests xs into db in batches of n documents.
func ingestInChunks(t *testing.T, db *store.DB, xs []*graph.Extraction, n int) {
	t.Helper()
	for batch := range slices.Chunk(xs, n) {
		if _, err := db.IngestBatch(context.Background(), batch); err != nil {
			t.Fatal(err)
		}
	}
}

// TestLargeWriteCrash: a crash in the middle of a document written in
// parts leaves a pending record; Open takes the half-written document out,
// leaving exactly the store before it. The same holds for a delete in parts,
// which Open completes.
func TestLargeWriteCrash(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db := openDir(t, dir, 0)
	for _, x := range storetest.Fixtures() {
		if _, err := db.Ingest(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	before := keysOf(t, db)
	x := storetest.Large(3, 3000)
	if err := store.CrashMidIngest(ctx, db, x, 1000, 500); err != nil {
		t.Fatal(err)
	}
	if len(keysOf(t, db)) <= len(before)+1000 {
		t.Fatal("the interrupted write wrote nothing")
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	db = openDir(t, dir, 0)
	if after := keysOf(t, db); !reflect.DeepEqual(before, after) {
		t.Fatalf("after a crash mid-write and Open: %d keys, want the %d before", len(after), len(before))
	}

	// A delete in parts, stopped after its pending record: Open completes it.
	if _, err := db.Ingest(ctx, x); err != nil {
		t.Fatal(err)
	}
	if err := store.CrashMidDelete(ctx, db, x.Document.ID); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	db = openDir(t, dir, 0)
	defer db.Close()
	if after := keysOf(t, db); !reflect.DeepEqual(before, after) {
		t.Fatalf("after a crash mid-delete and Open: %d keys, want the %d before", len(after), len(before))
	}
}

// TestTxnTooBigFallsBack: with a small memtable, a document below the
// large-document threshold still overflows a transaction; Ingest then writes
// it in parts, and a batch holding it is split. Values are kept in the LSM
// tree, where their bytes count toward the transaction's size.
func TestTxnTooBigFallsBack(t *testing.T) {
	ctx := context.Background()
	db := openSmallTxns(t, t.TempDir(), 8<<20) // transactions of 13k entries or 1.2 MB
	defer db.Close()
	x := storetest.Large(5, 700)
	// Many long aliases that do not compress: bytes of entity records,
	// contributions and the name index that the fact count does not see.
	for i := range x.Entities {
		for k := range 40 {
			sum := sha256.Sum256(fmt.Appendf(nil, "%d %d", i, k))
			x.Entities[i].Aliases = append(x.Entities[i].Aliases, fmt.Sprintf("Alias %d of large state %d %x", k, i, sum))
		}
	}
	if store.FactUnits(x) > store.LargeFacts(db) {
		t.Fatalf("the document has %d facts: it would not try one transaction", store.FactUnits(x))
	}
	small := storetest.Generate(4, 6, 8, 6)
	rs, err := db.IngestBatch(ctx, append(small, x))
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range rs {
		if r.Err != nil || !r.Created {
			t.Fatalf("result %d = %+v, want created", i, r)
		}
	}
	got, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want, err := db.CountStats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got != want || got.Documents != len(small)+1 {
		t.Fatalf("stats %+v, recount %+v, want %d documents", got, want, len(small)+1)
	}
	if n := db.LargeWrites(); n != 1 {
		t.Fatalf("%d documents written in parts, want 1", n)
	}
}
