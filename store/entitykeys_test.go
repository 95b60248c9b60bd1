package store

import (
	"log/slog"
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestUnchangedEntityKeepsItsIndexKeys: a batch that changes an entity's
// record but not its kind or names writes the record alone; one that adds
// a name writes that name's index keys too.
func TestUnchangedEntityKeepsItsIndexKeys(t *testing.T) {
	db, err := Open(DefaultOptions(t.TempDir()).WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	id := "person:ali-khan"
	stored := &entityRec{ID: id, Kind: graph.KindPerson, Name: "Ali Khan", Docs: 1, Names: map[string]int{"Ali Khan": 1, "Khan": 1}}
	if err := db.updateTx(func(txn *tx) error { return putEntity(&wtx{Txn: txn}, id, nil, stored) }); err != nil {
		t.Fatal(err)
	}
	w := &wtx{Txn: db.newTx(true), writes: newOverlay(0)}
	defer w.Txn.Discard()
	flushed := func(change func(r *entityRec)) int {
		t.Helper()
		r, err := w.entity(id)
		if err != nil || r == nil {
			t.Fatalf("entity: %v, %v", r, err)
		}
		change(r)
		w.putEntity(id, r)
		before := w.writes.writes()
		if err := w.flush(); err != nil {
			t.Fatal(err)
		}
		return w.writes.writes() - before
	}
	if n := flushed(func(r *entityRec) { r.Docs++; r.Names["Ali Khan"]++ }); n != 1 {
		t.Errorf("a record whose names did not change: %d writes, want the record's alone", n)
	}
	// "Imran Ali Khan": its name key and the token key of its tail "ali
	// khan"; its tail "khan" is indexed already.
	if n := flushed(func(r *entityRec) { r.Names["Imran Ali Khan"] = 1 }); n != 3 {
		t.Errorf("a record with a new name: %d writes, want 3 (the record, the name and its new token)", n)
	}
	if n := flushed(func(r *entityRec) { r.Docs++ }); n != 1 {
		t.Errorf("after the new name was written: %d writes, want 1", n)
	}
}
