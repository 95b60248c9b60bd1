package store

import (
	"bytes"
	"context"
	"fmt"
	"testing"
)

// TestReadCacheKeepsItsBound fills a read cache past its bound and checks
// that it keeps only records, no value over the size limit, the newest
// entries within its bytes, and the writes of a batch over what it read.
func TestReadCacheKeepsItsBound(t *testing.T) {
	const maxBytes = 64 << 10
	rc := newReadCache(maxBytes)
	val := bytes.Repeat([]byte{'v'}, 200)
	key := func(i int) []byte { return append([]byte{pEdge}, fmt.Sprintf("edge-%05d", i)...) }
	for i := range 2000 {
		rc.found(key(i), val)
		if rc.bytes > maxBytes {
			t.Fatalf("after %d records the cache holds %d bytes, over %d", i+1, rc.bytes, maxBytes)
		}
	}
	if _, ok := rc.get(key(0)); ok {
		t.Error("the oldest record is still cached")
	}
	if v, ok := rc.get(key(1999)); !ok || !bytes.Equal(v, val) {
		t.Errorf("the newest record: %q, %v", v, ok)
	}
	sum := 0
	for _, k := range rc.lru.Keys() {
		v, _ := rc.lru.Peek(k)
		sum += entrySize(k, v)
	}
	if sum != rc.bytes {
		t.Errorf("the cache counts %d bytes, its entries take %d", rc.bytes, sum)
	}

	rc.found([]byte{pEntityContrib, 'x'}, val)
	rc.found(append([]byte{pEntity}, "big"...), make([]byte, maxCachedValue+1))
	for _, k := range [][]byte{{pEntityContrib, 'x'}, append([]byte{pEntity}, "big"...)} {
		if _, ok := rc.get(k); ok {
			t.Errorf("%q cached: only records up to %d bytes are", k, maxCachedValue)
		}
	}

	w := newOverlay(3)
	w.m[string(key(1999))] = overlayEntry{v: []byte("new")}
	w.m[string(key(1998))] = overlayEntry{deleted: true}
	w.m[string(key(5))] = overlayEntry{v: []byte("never read")}
	rc.update(w)
	if v, ok := rc.get(key(1999)); !ok || string(v) != "new" {
		t.Errorf("a record the batch rewrote: %q, %v", v, ok)
	}
	if _, ok := rc.get(key(1998)); ok {
		t.Error("a record the batch deleted is still cached")
	}
	if _, ok := rc.get(key(5)); ok {
		t.Error("a write the cache had not read was cached")
	}

	// Entity and pair records are cached when a batch writes them, read or
	// not; a large one is not.
	entity, pair := append([]byte{pEntity}, "person:new"...), pairKey("person:a", "person:b")
	big := append([]byte{pPair}, "big"...)
	w = newOverlay(3)
	w.m[string(entity)] = overlayEntry{v: []byte("entity")}
	w.m[string(pair)] = overlayEntry{v: []byte("pair")}
	w.m[string(big)] = overlayEntry{v: make([]byte, maxCachedValue+1)}
	rc.update(w)
	for k, want := range map[string]string{string(entity): "entity", string(pair): "pair"} {
		if v, ok := rc.get([]byte(k)); !ok || string(v) != want {
			t.Errorf("a record the batch created (%q): %q, %v", k, v, ok)
		}
	}
	if _, ok := rc.get(big); ok {
		t.Errorf("a created record of %d bytes was cached", maxCachedValue+1)
	}
}

// TestPresenceCoversRecords: a presence filter built from a store knows
// the records of every kind a bulk write reads before it folds into them,
// entities and pairs among them, and tells of others of those kinds that
// they are absent.
func TestPresenceCoversRecords(t *testing.T) {
	db, err := Open(DefaultOptions("").WithInMemory(true))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	kinds := []byte{pEntity, pEdge, pEvent, pPairEdge, pPair}
	err = db.commit(context.Background(), "test", func(w *wtx) error {
		for _, p := range kinds {
			if err := w.set(append([]byte{p}, "stored"...), []byte("v")); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var p *presence
	if err := db.viewTx(func(txn *tx) error { p = buildPresence(txn, nil, 64); return nil }); err != nil {
		t.Fatal(err)
	}
	for _, k := range kinds {
		if p.absent(append([]byte{k}, "stored"...)) {
			t.Errorf("a stored record of kind %#x is said absent", k)
		}
		if !p.absent(append([]byte{k}, "never-written"...)) {
			t.Errorf("a record of kind %#x never written is not said absent (a false positive at 64 keys is unlikely)", k)
		}
	}
	if p.absent(append([]byte{pOut}, "any"...)) {
		t.Error("an index key is said absent: the filter does not know index keys")
	}
}

// BenchmarkReadCacheUpdate measures what a bulk writer pays per batch to
// keep its read cache current: a full 16 MiB cache and a batch's overlay
// of 50,000 writes, one in five of them records (the share of a load's
// writes that are entity, edge, pair and event records), a third of those
// cached.
func BenchmarkReadCacheUpdate(b *testing.B) {
	rc := newReadCache(bulkReadCacheBytes)
	val := bytes.Repeat([]byte{'v'}, 200)
	for i := range 60000 {
		rc.found(append([]byte{pEdge}, fmt.Sprintf("edge:%032d", i)...), val)
	}
	w := newOverlay(50000)
	for i := range 50000 {
		p := pOut // an index entry
		if i%5 == 0 {
			p = pEdge
		}
		w.m[string(append([]byte{p}, fmt.Sprintf("edge:%032d", i*3/5)...))] = overlayEntry{v: val}
	}
	b.ResetTimer()
	for range b.N {
		rc.update(w)
	}
}
