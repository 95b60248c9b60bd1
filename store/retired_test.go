package store_test

import (
	"bytes"
	"context"
	"reflect"
	"testing"

	"github.com/geokg/geokg/store"
)

// TestRetiredIndexesDropped: a store written before the date indexes were
// retired (edges by date, 0x15; events by date, 0x22) loses them when it is
// opened, and so does a backup of it when it is restored; lists by date
// stay the same.
func TestRetiredIndexesDropped(t *testing.T) {
	ctx := context.Background()
	dir, db := openGenerated(t, 31, 20, 9, 8)
	wantEdges, err := db.EdgeIDs(ctx, store.EdgeFilter{})
	if err != nil {
		t.Fatal(err)
	}
	wantEvents, err := db.EventIDs(ctx, store.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(wantEdges) == 0 || len(wantEvents) == 0 {
		t.Fatalf("no edges (%d) or events (%d) to list", len(wantEdges), len(wantEvents))
	}
	old := []byte("2023-07\x00\x00\x00edge:older")
	for _, p := range []byte{0x15, 0x22} {
		if err := store.SetRaw(db, append([]byte{p}, old...), []byte("x")); err != nil {
			t.Fatal(err)
		}
	}
	var backup bytes.Buffer
	if err := db.Backup(ctx, &backup); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	reopened := openDir(t, dir, 0)
	defer reopened.Close()
	restored := openDir(t, t.TempDir(), 0)
	defer restored.Close()
	if err := restored.Restore(ctx, &backup); err != nil {
		t.Fatal(err)
	}
	for name, db := range map[string]*store.DB{"reopened": reopened, "restored": restored} {
		keys, err := store.KeysOf(db)
		if err != nil {
			t.Fatal(err)
		}
		for k := range keys {
			if k[0] == 0x15 || k[0] == 0x22 {
				t.Errorf("%s: retired key %q kept", name, k)
			}
		}
		edges, err := db.EdgeIDs(ctx, store.EdgeFilter{})
		if err != nil || !reflect.DeepEqual(edges, wantEdges) {
			t.Errorf("%s: edges by date %v (%v), want %v", name, edges, err, wantEdges)
		}
		events, err := db.EventIDs(ctx, store.EventFilter{})
		if err != nil || !reflect.DeepEqual(events, wantEvents) {
			t.Errorf("%s: events by date %v (%v), want %v", name, events, err, wantEvents)
		}
	}
}
