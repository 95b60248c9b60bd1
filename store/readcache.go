package store

import (
	"sync"

	"github.com/hashicorp/golang-lru/v2/simplelru"
)

// readCache keeps the records that a bulk writer's reads found in Badger,
// current with the writer's own writes, so that a record read again in a
// later batch (a hub's entity or pair, an edge that many documents state)
// does not search the tree again. Loading 20,000 documents onto 5,000, 14.7
// reads per document found a record in Badger; with the cache, 5.4 (docs/performance.md,
// round 10).
//
// It serves the one writer that owns it, which drops it whenever anything
// else may have written (BulkWriter.update); after a failed commit, whose
// writes it may hold, the writer refuses to go on. The parts of a rank
// flush read it at once (movePairRanks), so its methods lock. Values are
// shared, never changed: a read hands them to its callback as Badger's own
// would be, valid only during the call.
type readCache struct {
	mu    sync.Mutex
	lru   *simplelru.LRU[string, []byte]
	bytes int
	max   int
}

// bulkReadCacheBytes bounds a bulk writer's read cache. Simulated on the
// bench's loads, 8 MiB caught 95% of what 32 MiB did.
const bulkReadCacheBytes = 16 << 20

// maxCachedValue is the largest record the cache keeps; larger ones (a pair
// of hubs with many relation types) are read from Badger each time.
const maxCachedValue = 4 << 10

// cacheEntryOverhead is the estimated memory of an entry beyond its key and
// value: a list element and a map slot.
const cacheEntryOverhead = 96

func newReadCache(maxBytes int) *readCache {
	rc := &readCache{max: maxBytes}
	// The entry count is bounded by bytes below, not by the LRU itself.
	rc.lru, _ = simplelru.NewLRU(maxBytes/cacheEntryOverhead, func(k string, v []byte) {
		rc.bytes -= entrySize(k, v)
	})
	return rc
}

func entrySize(k string, v []byte) int { return len(k) + len(v) + cacheEntryOverhead }

// get returns the cached value of k.
func (rc *readCache) get(k []byte) ([]byte, bool) {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	return rc.lru.Get(string(k))
}

// found keeps a copy of v, the value a read found under k, if k is a record.
func (rc *readCache) found(k, v []byte) {
	if len(v) <= maxCachedValue && cachedPrefix(k[0]) {
		rc.mu.Lock()
		defer rc.mu.Unlock()
		rc.set(string(k), append([]byte(nil), v...))
	}
}

// update brings the cached keys among writes up to date with them, and
// caches the entity and pair records they write that it does not hold: a
// batch reads again most of the entities and pairs the one before it
// created (in a first load of 5,000 documents, 2,905 entity and 7,703 pair
// reads found such a record in the runs).
func (rc *readCache) update(writes *overlay) {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	for k, e := range writes.m {
		if !cachedPrefix(k[0]) {
			continue
		}
		if !rc.lru.Contains(k) && !cachedOnWrite(k[0]) {
			continue // an edge or event record is read again by few batches
		}
		if e.deleted || len(e.v) > maxCachedValue {
			rc.lru.Remove(k)
		} else {
			rc.set(k, e.v)
		}
	}
}

// cachedOnWrite reports whether records under prefix p are cached when a
// write creates them, not only once a read found them.
func cachedOnWrite(p byte) bool { return p == pEntity || p == pPair }

// set caches v under k; the caller holds mu.
func (rc *readCache) set(k string, v []byte) {
	if old, ok := rc.lru.Peek(k); ok {
		rc.bytes -= entrySize(k, old) // Add replaces it without evicting
	}
	rc.lru.Add(k, v)
	rc.bytes += entrySize(k, v)
	for rc.bytes > rc.max {
		rc.lru.RemoveOldest()
	}
}

// cachedPrefix reports whether keys under prefix p are records that writes
// read before changing them.
func cachedPrefix(p byte) bool {
	switch p {
	case pEntity, pEdge, pPairEdge, pPair, pEvent:
		return true
	}
	return false
}
