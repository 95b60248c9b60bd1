package store_test

import (
	"context"
	"errors"
	"testing"

	"github.com/geokg/geokg/store"
	"github.com/geokg/geokg/store/storetest"
)

// TestOverlayKeepsWhatWritesRead ingests a batch with a BulkWriter and
// checks the overlay it leaves for the next batch: it counts every write,
// keeps the writes of the kinds that writes read by key (records, pair
// records and edges, documents) and of no other (index entries,
// contribution blocks, sentences), the next batch reads those, and a read of
// another kind through a pipelined write is refused rather than answered
// without the writes it misses.
func TestOverlayKeepsWhatWritesRead(t *testing.T) {
	ctx := context.Background()
	db := openDisk(t, t.TempDir()) // closed after a recount of its stats
	b := db.NewBulkWriter()
	defer b.Close(ctx)
	if _, err := b.IngestBatch(ctx, storetest.Generate(31, 40, 12, 10)); err != nil {
		t.Fatal(err)
	}
	sets, kept := store.PipelinedOverlay(b)
	total := 0
	for p, n := range kept {
		total += n
		if !store.ReadByKey(p) {
			t.Errorf("the overlay keeps %d writes of kind %#x, which no write reads by key", n, p)
		}
	}
	if stats := db.LoadStats(); uint64(sets) != stats.Sets || sets <= 2*total {
		t.Errorf("the overlay counts %d sets and keeps %d writes; the load counted %d sets", sets, total, stats.Sets)
	}
	const pEntity, pEdge, pPairEdge, pPair, pEvent, pDoc, pOut, pContribs = 0x01, 0x10, 0x18, 0x19, 0x20, 0x30, 0x12, 0x07
	for _, p := range []byte{pEntity, pEdge, pEvent, pPairEdge, pPair, pDoc} {
		if kept[p] == 0 {
			t.Errorf("the overlay keeps no write of kind %#x", p)
			continue
		}
		if found, err := store.ReadPipelined(db, b, p); !found || err != nil {
			t.Errorf("the next batch does not read a write of kind %#x: %v, %v", p, found, err)
		}
	}
	for _, p := range []byte{pOut, pContribs} {
		if _, err := store.ReadPipelined(db, b, p); !errors.Is(err, store.ErrUnkeptRead) {
			t.Errorf("a pipelined read of kind %#x: %v, want %v", p, err, store.ErrUnkeptRead)
		}
	}
}
