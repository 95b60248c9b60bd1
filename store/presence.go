package store

import (
	badger "github.com/dgraph-io/badger/v4"
	"github.com/dgraph-io/ristretto/v2/z"
)

// presence tells a bulk writer which entity, edge, event, pair and
// pair-edge records surely do not exist, so that it does not search the
// store for them.
// Most of the records a batch folds are new: loading 20,000 documents onto
// 5,000, 13 of the 15.6 reads per document that reached Badger found
// nothing, and each such miss probed every memtable and level (about 19 µs;
// docs/performance.md, round 18). Entities and pairs joined in round 35: a
// first load of 5,000 documents still searched the runs for each of its
// 3,414 new entities and 5,856 new pairs.
//
// It is a Bloom filter of the keys under those prefixes: built by scanning
// their keys once the writer's reads that found nothing would have paid for
// the scan (BulkWriter.presenceWorthIt), and told of every key the writer
// sets afterwards. A key it has never seen is absent; a key it has
// seen, or a false positive (about 1%), is read as before. Deletions leave
// it as it is: a deleted key only costs a read. It is exact only as long as
// nobody else writes, which the writer checks as it checks its read cache
// (DB.writeGen).
type presence struct {
	bloom *z.Bloom
	// added counts the keys the filter holds; capacity is how many it was
	// sized for (at a 1% false-positive rate). Past capacity, the writer
	// builds it again, larger.
	added, capacity int
}

// presencePrefixes are the record kinds whose reads a presence filter
// answers.
var presencePrefixes = [...]byte{pEntity, pEdge, pEvent, pPairEdge, pPair}

// minPresenceCapacity is the least room for new keys a bulk writer's
// filter is sized with: 2^20 keys take 1.2 MB at 1%.
const minPresenceCapacity = 1 << 20

// covered reports whether k is of a kind a filter knows.
func covered(k []byte) bool {
	if len(k) == 0 {
		return false
	}
	for _, pfx := range presencePrefixes {
		if k[0] == pfx {
			return true
		}
	}
	return false
}

// absent reports whether k surely has no record.
func (p *presence) absent(k []byte) bool {
	return covered(k) && !p.bloom.Has(z.MemHash(k))
}

// add notes that k may now have a record. A key set again (a record a
// later document folds into) is not counted again, unless it is a false
// positive's (1%).
func (p *presence) add(k []byte) {
	if covered(k) && p.bloom.AddIfNotHas(z.MemHash(k)) {
		p.added++
	}
}

// full reports whether the filter holds more keys than it was sized for.
func (p *presence) full() bool { return p.added > p.capacity }

// buildPresence scans the keys under presencePrefixes in txn, and takes
// those of pending (writes txn does not see: the commit in flight), into a
// filter with room for half as many again, and at least minCapacity more,
// so that a load may grow the store a good deal before the filter is full
// (a store of 25,000 documents has some 470,000 such keys, 23,000 of them
// entities and pairs: 1.5 million take 2 MiB, the size rounded up to a
// power of two).
func buildPresence(txn *tx, pending *overlay, minCapacity int) *presence {
	var hashes []uint64
	opts := badger.IteratorOptions{}
	for _, pfx := range presencePrefixes {
		opts.Prefix = []byte{pfx}
		it := txn.NewIterator(opts)
		for it.Rewind(); it.Valid(); it.Next() {
			hashes = append(hashes, z.MemHash(it.Item().Key()))
		}
		it.Close()
	}
	if pending != nil {
		for k := range pending.m {
			if kb := []byte(k); covered(kb) {
				hashes = append(hashes, z.MemHash(kb))
			}
		}
	}
	capacity := len(hashes) + max(len(hashes)/2, minCapacity)
	p := &presence{bloom: z.NewBloomFilter(float64(capacity), 0.01), capacity: capacity}
	for _, h := range hashes {
		if p.bloom.AddIfNotHas(h) {
			p.added++
		}
	}
	return p
}
