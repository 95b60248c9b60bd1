package store_test

import (
	"context"
	"encoding/binary"
	"reflect"
	"testing"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/store"
	"github.com/geokg/geokg/store/storetest"
)

// toFactKeys rewrites every document's fact lists (0x33 lp(doc) u32 part,
// a list value) as the one key per fact that stores written before the
// lists hold (0x33 lp(doc) kind ID, empty value).
func toFactKeys(t *testing.T, db *store.DB) {
	t.Helper()
	err := db.Badger().Update(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte{0x33}})
		type kv struct{ k, v []byte }
		var lists []kv
		for it.Rewind(); it.Valid(); it.Next() {
			v, err := it.Item().ValueCopy(nil)
			if err != nil {
				return err
			}
			lists = append(lists, kv{it.Item().KeyCopy(nil), v})
		}
		it.Close()
		for _, l := range lists {
			if err := txn.Delete(l.k); err != nil {
				return err
			}
			prefix := l.k[:len(l.k)-4] // 0x33 lp(doc)
			for v := l.v; len(v) > 0; {
				kind, n := v[0], int(binary.BigEndian.Uint16(v[1:]))
				id := v[3 : 3+n]
				v = v[3+n:]
				k := append(append(append([]byte{}, prefix...), kind), id...)
				if err := txn.Set(k, nil); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestFactKeysOfOldStores checks that a store whose document facts are one
// key per fact reads, merges and deletes as a store with fact lists does.
func TestFactKeysOfOldStores(t *testing.T) {
	ctx := context.Background()
	docs := storetest.Generate(41, 20, 8, 6)
	want := openMem(t)
	storetest.Load(t, want, docs...)
	got := openMem(t)
	storetest.Load(t, got, docs...)
	toFactKeys(t, got)
	ids := make([]string, len(docs))
	for i, x := range docs {
		ids[i] = x.Document.ID
	}
	for _, s := range []*store.DB{want, got} {
		if _, err := s.MergeEntities(ctx, graph.StateID("S00"), []string{graph.StateID("S01")}); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range []func(*store.DB) ([][]string, error){
		func(s *store.DB) ([][]string, error) { return s.DocumentsEdgeIDs(ctx, ids) },
		func(s *store.DB) ([][]string, error) { return s.DocumentsEntityIDs(ctx, ids) },
	} {
		w, err1 := f(want)
		g, err2 := f(got)
		if err1 != nil || err2 != nil || !reflect.DeepEqual(g, w) {
			t.Fatalf("facts of documents differ after a merge: %v, %v", err1, err2)
		}
	}
	for _, x := range docs[:10] {
		for _, s := range []*store.DB{want, got} {
			if _, err := s.DeleteDocument(ctx, x.Document.ID); err != nil {
				t.Fatal(err)
			}
		}
	}
	if !reflect.DeepEqual(storetest.TakeSnapshot(t, got), storetest.TakeSnapshot(t, want)) {
		t.Fatal("a store with one key per fact differs after deletions from one with fact lists")
	}
}
