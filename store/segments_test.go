package store_test

import (
	"bytes"
	"context"
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/store"
	"github.com/geokg/geokg/store/segment"
	"github.com/geokg/geokg/store/storetest"
)

// TestRecordsLiveInRuns: a load leaves no record or index entry as a
// Badger entry of its own, and the background merger keeps the runs few.
func TestRecordsLiveInRuns(t *testing.T) {
	ctx := context.Background()
	db := openDir(t, t.TempDir(), 0)
	defer db.Close()
	bw := db.NewBulkWriter()
	xs := storetest.Generate(21, 600, 12, 10)
	for i := 0; i < len(xs); i += 10 {
		if _, err := bw.IngestBatch(ctx, xs[i:i+10]); err != nil {
			t.Fatal(err)
		}
	}
	if err := bw.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	// 60 batches wrote 60 runs. While the bulk load is open, the merger
	// only keeps them at most bulkMaxRuns.
	raw, runs := waitForRuns(t, db, store.BulkMaxRuns)
	if raw != 0 || runs <= 20 || runs > store.BulkMaxRuns {
		t.Fatalf("%d Badger entries under record prefixes and %d runs after 60 batches of an open bulk load; want none and 21 to %d", raw, runs, store.BulkMaxRuns)
	}
	// Once it is closed, the merges of six of a tier leave at most five
	// of each tier, and tiers grow sixfold.
	if err := bw.Close(ctx); err != nil {
		t.Fatal(err)
	}
	if raw, runs = waitForRuns(t, db, 20); raw != 0 || runs == 0 || runs > 20 {
		t.Fatalf("%d Badger entries under record prefixes and %d runs after the bulk load closed; want none and a few", raw, runs)
	}
	if err := db.Compact(ctx); err != nil {
		t.Fatal(err)
	}
	if _, after, _ := store.RawKeysUnder(db); after >= runs || after == 0 {
		t.Fatalf("%d runs after Compact, %d before", after, runs)
	}
}

// waitForRuns waits up to 20 s for the background merges to leave at most
// most runs, and returns the Badger entries under record prefixes and the
// runs it last counted.
func waitForRuns(t *testing.T, db *store.DB, most int) (raw, runs int) {
	t.Helper()
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		var err error
		if raw, runs, err = store.RawKeysUnder(db); err != nil {
			t.Fatal(err)
		}
		if runs <= most {
			break
		}
	}
	return raw, runs
}

// openGenerated opens a store in a new folder and writes n documents of
// storetest.Generate(seed, n, entities, edges) into it.
func openGenerated(t *testing.T, seed uint64, n, entities, edges int) (string, *store.DB) {
	t.Helper()
	dir := t.TempDir()
	db := openDir(t, dir, 0)
	if _, err := db.IngestBatch(context.Background(), storetest.Generate(seed, n, entities, edges)); err != nil {
		t.Fatal(err)
	}
	return dir, db
}

// TestOpenMovesBadgerEntriesIntoRuns: a store whose records and indexes
// are Badger entries, as before the runs, reads the same after Open, which
// moves them into runs.
func TestOpenMovesBadgerEntriesIntoRuns(t *testing.T) {
	ctx := context.Background()
	dir, db := openGenerated(t, 22, 40, 10, 8)
	before := keysOf(t, db)
	if err := store.ToBadgerEntries(db); err != nil {
		t.Fatal(err)
	}
	if raw, runs, err := store.RawKeysUnder(db); err != nil || raw == 0 || runs != 0 {
		t.Fatalf("the older layout: %d Badger entries under record prefixes, %d runs, %v", raw, runs, err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	db = openDir(t, dir, 0)
	defer db.Close()
	if raw, runs, err := store.RawKeysUnder(db); err != nil || raw != 0 || runs == 0 {
		t.Fatalf("after Open: %d Badger entries under record prefixes, %d runs, %v", raw, runs, err)
	}
	if after := keysOf(t, db); !reflect.DeepEqual(before, after) {
		t.Fatalf("after Open: %d keys, want the %d before", len(after), len(before))
	}
	s, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if c, err := db.CountStats(ctx); err != nil || c != s || s.Documents != 40 {
		t.Fatalf("stats %+v, recount %+v (%v)", s, c, err)
	}
}

// TestCorruptRunsAreErrors: a scan that meets a block that does not
// decode fails with segment.ErrCorrupt; it does not answer with what it
// read before.
func TestCorruptRunsAreErrors(t *testing.T) {
	ctx := context.Background()
	dir, db := openGenerated(t, 23, 20, 8, 6)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if err := store.CorruptRunBlocks(dir); err != nil {
		t.Fatal(err)
	}
	db = openDir(t, dir, 0)
	defer db.Close()
	if s, err := db.CountStats(ctx); !errors.Is(err, segment.ErrCorrupt) {
		t.Fatalf("CountStats over corrupt runs = %+v, %v; want segment.ErrCorrupt", s, err)
	}
}

// TestWritesAfterRestoreShadowTheBackup: runs written after a restore are
// newer than the backup's runs, so that the store reads as one that
// loaded every document itself.
func TestWritesAfterRestoreShadowTheBackup(t *testing.T) {
	ctx := context.Background()
	xs := storetest.Generate(24, 16, 6, 6)
	ingest := func(db *store.DB, xs []*graph.Extraction) {
		for _, x := range xs {
			if _, err := db.Ingest(ctx, x); err != nil {
				t.Fatal(err)
			}
		}
	}
	src := openDir(t, t.TempDir(), 0)
	defer src.Close()
	ingest(src, xs[:10])
	var backup bytes.Buffer
	if err := src.Backup(ctx, &backup); err != nil {
		t.Fatal(err)
	}
	restored := openDir(t, t.TempDir(), 0)
	defer restored.Close()
	if err := restored.Restore(ctx, &backup); err != nil {
		t.Fatal(err)
	}
	ingest(restored, xs[10:])
	all := openDir(t, t.TempDir(), 0)
	defer all.Close()
	ingest(all, xs)
	if got, want := keysWithoutOrder(t, restored), keysWithoutOrder(t, all); !reflect.DeepEqual(got, want) {
		t.Fatalf("restored and written on: %d keys; loaded whole: %d", len(got), len(want))
	}
}

// TestCloseStopsAMerge: Close stops the merger's merge under way instead of
// waiting for it to end (a bulk load's end sets one off, and geokg load
// closes the store right after), and what the store holds is all there
// when it is opened again.
func TestCloseStopsAMerge(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db := openDir(t, dir, 0)
	started := make(chan struct{}, 1)
	store.SetBeforeMerge(db, func(ctx context.Context) {
		select {
		case started <- struct{}{}:
		default:
		}
		<-ctx.Done() // a merge that lasts until the merger is stopped
	})
	if _, err := db.IngestBatch(ctx, storetest.Generate(51, 20, 6, 5)); err != nil {
		t.Fatal(err)
	}
	want := keysWithoutOrder(t, db)
	select {
	case <-started:
	case <-time.After(time.Minute):
		t.Fatal("the merger did not start after a commit that wrote a run")
	}
	closed := make(chan error, 1)
	go func() { closed <- db.Close() }()
	select {
	case err := <-closed:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(time.Minute):
		t.Fatal("Close waited for the merge under way instead of stopping it")
	}
	db = openDir(t, dir, 0)
	defer db.Close()
	if got := keysWithoutOrder(t, db); !reflect.DeepEqual(got, want) {
		t.Fatalf("after a Close that stopped a merge: %d keys, want %d", len(got), len(want))
	}
}
