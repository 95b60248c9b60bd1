package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/geokg/geokg/graph"
)

// Hooks of the package's internals for the external tests.

// LargeFacts is db.largeFacts.
func LargeFacts(db *DB) int { return db.largeFacts() }

// KeysOf lists every key of db with its value: the Badger entries, and
// the entries of the segmented prefixes as their runs read (not the runs'
// own keys, whose layout depends on how the writes were batched).
func KeysOf(db *DB) (map[string]string, error) {
	out := map[string]string{}
	err := db.viewTx(func(txn *tx) error {
		it := txn.Txn.NewIterator(badger.DefaultIteratorOptions)
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			if it.Item().Key()[0] == pRuns {
				continue
			}
			v, err := it.Item().ValueCopy(nil)
			if err != nil {
				return err
			}
			out[string(it.Item().Key())] = string(v)
		}
		return eachRunEntry(txn, func(k, v []byte) { out[string(k)] = string(v) })
	})
	return out, err
}

// eachRunEntry calls fn with a copy of every entry of the runs txn sees.
func eachRunEntry(txn *tx, fn func(k, v []byte)) error {
	for _, p := range segmentedPrefixes() {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte{p}})
		for it.Rewind(); it.Valid(); it.Next() {
			v, err := it.Item().ValueCopy(nil)
			if err != nil {
				return err
			}
			fn(it.Item().KeyCopy(nil), v)
		}
	}
	return nil
}

// CrashMidIngest does what ingestLarge does up to its first units units
// (written size at a time) and stops there, as a crash would.
func CrashMidIngest(ctx context.Context, db *DB, x *graph.Extraction, units, size int) error {
	if err := validate(x); err != nil {
		return err
	}
	var n *normalized
	err := db.commit(ctx, "ingest", func(w *wtx) error {
		var err error
		if n, err = db.normalize(w, x); err != nil {
			return err
		}
		n.seq = db.seqBlock()
		return setJSON(w.Txn, pendingKey(), &pendingRec{Op: "ingest", Doc: x.Document.ID, Seq: n.seq})
	})
	if err != nil {
		return err
	}
	return db.inParts(ctx, "ingest", min(n.units(), units), size, func(w *wtx, i int) error { return db.writeUnit(w, n, i, false) })
}

// CrashMidDelete does what deleteLarge does up to its pending record.
func CrashMidDelete(ctx context.Context, db *DB, doc string) error {
	return db.commit(ctx, "delete document", func(w *wtx) error {
		return setJSON(w.Txn, pendingKey(), &pendingRec{Op: "delete", Doc: doc})
	})
}

// FailNextCommit makes the next commit of b end with err instead of
// committing.
func (b *BulkWriter) FailNextCommit(err error) { b.failCommit = err }

// FailNextFill makes the next transaction of b fail with err once it has
// folded its documents, before it commits.
func (b *BulkWriter) FailNextFill(err error) { b.failFill = err }

// SetRaw writes value v under key k as it is, as an older version of the
// store might have.
func SetRaw(db *DB, k, v []byte) error {
	return db.bdb.Update(func(txn *badger.Txn) error { return txn.Set(k, v) })
}

// IsRecordKey reports whether k is the key of a record that a write reads
// before changing it (an entity, edge, pair, event or document record, the
// counts or the entries written since the last compaction), as opposed to
// a contribution or an index entry.
func IsRecordKey(k string) bool {
	switch k[0] {
	case pEntity, pEdge, pPair, pEvent, pDoc:
		return true
	}
	return k == string(countsKey()) || k == string(writtenKey())
}

// IsBookkeepingKey reports whether k is the key of a record about the
// writes themselves (the entries written since the last compaction), which
// differs between stores of the same content written in other transactions.
func IsBookkeepingKey(k string) bool { return k == string(writtenKey()) }

// WrittenSinceCompaction returns the stored count of entries written since
// the last compaction, and the entries the store's tables hold.
func WrittenSinceCompaction(db *DB) (written, stored uint64, err error) {
	err = db.viewTx(func(txn *tx) error {
		_, err := getValue(txn, writtenKey(), func(v []byte) error {
			written = binary.BigEndian.Uint64(v)
			return nil
		})
		return err
	})
	if err != nil {
		return 0, 0, err
	}
	stored, err = db.storedEntries()
	return written, stored, err
}

// TableLevels counts db's tables by level.
func TableLevels(db *DB) map[int]int {
	levels := map[int]int{}
	for _, t := range db.bdb.Tables() {
		levels[t.Level]++
	}
	return levels
}

// ContribsPerDocument splits the entity contribution blocks (0x07) of keys,
// as KeysOf lists them, into one pseudo-key per entity and document, 0x07
// lp(entity) doc, whose value is the contribution: what two stores that
// loaded the same documents in other batches hold alike.
func ContribsPerDocument(keys map[string]string) error {
	var blocks []string
	for k := range keys {
		if k[0] == pContribs {
			blocks = append(blocks, k)
		}
	}
	for _, k := range blocks {
		v := keys[k]
		delete(keys, k)
		entity := k[:len(k)-8]
		err := eachContrib([]byte(v), func(doc string, raw []byte) (bool, error) {
			keys[entity+doc] = string(raw)
			return true, nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// ToLegacyContribs rewrites db's entity contribution blocks (0x07) as an
// older store held them, one key per entity and document (0x02), and adds
// the contribution of a document the store does not hold: the store an
// older geokg left, with a large ingest interrupted before its record.
func ToLegacyContribs(db *DB, orphanEntity string) error {
	return db.updateTx(func(txn *tx) error {
		keys, err := keysUnder(txn, []byte{pContribs}, func(rest []byte) string { return string(rest) })
		if err != nil {
			return err
		}
		for _, rest := range keys {
			k := append([]byte{pContribs}, rest...)
			item, err := txn.Get(k)
			if err != nil {
				return err
			}
			v, err := item.ValueCopy(nil)
			if err != nil {
				return err
			}
			entity := rest[:len(rest)-8]
			err = eachContrib(v, func(doc string, raw []byte) (bool, error) {
				return true, txn.Set(append([]byte{pEntityContrib}, entity+doc...), bytes.Clone(raw))
			})
			if err != nil {
				return err
			}
			if err := txn.Delete(k); err != nil {
				return err
			}
		}
		orphan := entityContrib{Entity: graph.Entity{ID: orphanEntity, Kind: graph.KindState, Name: "Orphan"}}
		return txn.Set(entityContribKey(orphanEntity, "doc:never-stored"), orphan.encode())
	})
}

// ContribKeys counts db's keys of entity contributions: the blocks (0x07)
// and the per-document keys of older stores (0x02).
func ContribKeys(db *DB) (blocks, legacy int, err error) {
	err = db.viewTx(func(txn *tx) error {
		for _, p := range []byte{pContribs, pEntityContrib} {
			it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte{p}})
			for it.Rewind(); it.Valid(); it.Next() {
				if p == pContribs {
					blocks++
				} else {
					legacy++
				}
			}
			it.Close()
		}
		return nil
	})
	return blocks, legacy, err
}

// AbandonRankWindow drops the open rank window without moving its rank
// keys, as a crash after the window's batches landed would.
func AbandonRankWindow(db *DB) { db.ranks.Store(nil) }

// PairIndexKey is the key of the mark of a complete pair index.
func PairIndexKey() []byte { return pairIndexKey() }

// SetRankWindowPairs sets how many pairs b's rank window may note before b
// flushes it.
func SetRankWindowPairs(b *BulkWriter, n int) { b.windowPairs = n }

// RankWindowOpen reports whether db has a rank window open.
func RankWindowOpen(db *DB) bool { return db.ranks.Load() != nil }

// RankJournalPrefix is the prefix of the journal of an open rank window.
func RankJournalPrefix() []byte { return rankJournalPrefix() }

// SetMinPresence sizes b's presence filters for at least n keys.
func SetMinPresence(b *BulkWriter, n int) { b.minKnown = n }

// PresenceBuilds is how many presence filters the bulk writers of db built.
func PresenceBuilds(db *DB) uint64 { return db.loads.presenceBuilds.Load() }

// RawKeysUnder counts the Badger entries (not run entries) whose keys
// start with one of the segmented prefixes, and the runs db sees.
func RawKeysUnder(db *DB) (raw, runs int, err error) {
	err = db.viewTx(func(txn *tx) error {
		for _, p := range segmentedPrefixes() {
			it := txn.Txn.NewIterator(badger.IteratorOptions{Prefix: []byte{p}})
			for it.Rewind(); it.Valid(); it.Next() {
				raw++
			}
			it.Close()
		}
		v, err := txn.runView()
		if err == nil {
			runs = v.Runs()
		}
		return err
	})
	return raw, runs, err
}

// ToBadgerEntries rewrites db as a store older than the runs left it: every
// entry of the runs as a Badger entry of its own, and no run.
func ToBadgerEntries(db *DB) error {
	db.merges.Swap(nil).close()
	var kvs [][2][]byte
	err := db.viewTx(func(txn *tx) error {
		return eachRunEntry(txn, func(k, v []byte) { kvs = append(kvs, [2][]byte{k, v}) })
	})
	if err != nil {
		return err
	}
	if err := db.bdb.DropPrefix([]byte{pRuns}); err != nil {
		return err
	}
	wb := db.bdb.NewWriteBatch()
	for _, kv := range kvs {
		if err := wb.Set(kv[0], kv[1]); err != nil {
			return err
		}
	}
	return wb.Flush()
}

// CorruptRunBlocks overwrites every block of the runs of the closed store
// in dir with bytes that do not decompress.
func CorruptRunBlocks(dir string) error {
	bdb, err := badger.Open(badger.DefaultOptions(dir).WithLogger(nil))
	if err != nil {
		return err
	}
	defer bdb.Close()
	var keys [][]byte
	err = bdb.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte{pRuns, 'b'}})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			keys = append(keys, it.Item().KeyCopy(nil))
		}
		return nil
	})
	if err != nil {
		return err
	}
	wb := bdb.NewWriteBatch()
	for _, k := range keys {
		if err := wb.Set(k, []byte{0xff, 0xff, 0xff, 0xff, 0x0f, 1, 2, 3}); err != nil {
			return err
		}
	}
	return wb.Flush()
}

// BulkMaxRuns is how many runs the merger leaves while a bulk load is open.
const BulkMaxRuns = bulkMaxRuns

// PreparedAndNormalized returns x as Prepare normalizes it and as the
// writer of db does.
func PreparedAndNormalized(db *DB, x *graph.Extraction) (prepared, written any, err error) {
	p := Prepare(x)
	if p.err != nil || p.n == nil {
		return nil, nil, fmt.Errorf("prepare %s: %v, normalized %v", x.Document.ID, p.err, p.n != nil)
	}
	err = db.viewTx(func(txn *tx) error {
		n, err := db.normalize(&wtx{Txn: txn}, x)
		written = n
		return err
	})
	return p.n, written, err
}

// PipelinedOverlay returns the writes a BulkWriter's commit in flight
// counted, and how many of each key kind its overlay keeps.
func PipelinedOverlay(b *BulkWriter) (sets int, kept map[byte]int) {
	if b.prior == nil {
		return 0, nil
	}
	kept = map[byte]int{}
	for k := range b.prior.m {
		kept[k[0]]++
	}
	return b.prior.sets, kept
}

// ReadPipelined reads a key of kind p (a record of that kind, when there is
// one, among those the commit in flight wrote) as the next batch of b would,
// and reports whether it found it.
func ReadPipelined(db *DB, b *BulkWriter, p byte) (bool, error) {
	w := &wtx{Txn: db.newTx(true), prior: b.prior, writes: newOverlay(0)}
	defer w.Txn.Discard()
	k := []byte{p, 0, 1, 'x'}
	for kk := range b.prior.m {
		if kk[0] == p {
			k = []byte(kk)
			break
		}
	}
	return w.read(k, func([]byte) error { return nil })
}

// ErrUnkeptRead is errUnkeptRead.
var ErrUnkeptRead = errUnkeptRead

// ReadByKey tells whether an overlay keeps the writes of kind p.
func ReadByKey(p byte) bool { return readByKey[p] }

// PairRecordsToJSON rewrites db's pair records (0x19) as JSON, as stores
// of rounds 8 to 31 held them, and returns how many it rewrote.
func PairRecordsToJSON(db *DB) (int, error) {
	n := 0
	err := db.updateTx(func(txn *tx) error {
		recs := map[string]pairRec{}
		err := eachRunEntry(txn, func(k, v []byte) {
			if k[0] == pPair {
				var r pairRec
				if decodePairRec(v, &r) == nil {
					recs[string(k)] = r
				}
			}
		})
		if err != nil {
			return err
		}
		for k, r := range recs {
			v, err := json.Marshal(r)
			if err != nil {
				return err
			}
			if err := txn.Set([]byte(k), v); err != nil {
				return err
			}
			n++
		}
		return nil
	})
	return n, err
}

// PairRecordKinds counts db's pair records by encoding: JSON or binary.
func PairRecordKinds(db *DB) (jsonRecs, binaryRecs int, err error) {
	err = db.viewTx(func(txn *tx) error {
		return eachRunEntry(txn, func(k, v []byte) {
			switch {
			case k[0] != pPair:
			case v[0] == '{':
				jsonRecs++
			case v[0] == binaryV1:
				binaryRecs++
			}
		})
	})
	return jsonRecs, binaryRecs, err
}

// BatchMapSizes is the sizes of the maps and lists bw's last batch filled,
// by name (mapSizes), which size its next batch's.
func BatchMapSizes(bw *BulkWriter) map[string]int {
	s := bw.sizes
	return map[string]int{"entities": s.entities, "edges": s.edges, "events": s.events, "resolved": s.resolved,
		"support": s.support, "heads": s.heads, "fresh": s.fresh, "contribs": s.contribs, "pairs": s.pairs, "writes": s.writes,
		"contribEntries": s.contribEntries, "pending": s.pending}
}

// PoisonCachedPairs adds extra documents to each type of every pair record
// that b's read cache holds, as if the cache had gone stale, and reports
// how many it changed: a rank flush that reads through the cache moves
// rank keys to weights that no document gives.
func PoisonCachedPairs(b *BulkWriter, extra int) int {
	n := 0
	for _, k := range b.cache.lru.Keys() {
		if k[0] != pPair {
			continue
		}
		v, _ := b.cache.lru.Peek(k)
		r := pairRec{}
		if decodePairRec(v, &r) != nil {
			continue
		}
		for t, tr := range r {
			tr.Docs += extra
			r[t] = tr
		}
		b.cache.set(k, r.encode())
		n++
	}
	return n
}

// DrainBulkWriter waits for b's batch in flight to land.
func DrainBulkWriter(b *BulkWriter) error { return b.drain() }

// RankFlushParts is how many parts a rank flush moves at once.
const RankFlushParts = rankFlushParts

// SetBeforeMerge has db's merger call fn with its context before each
// merge (and before it finds none due).
func SetBeforeMerge(db *DB, fn func(ctx context.Context)) {
	db.mergeMu.Lock()
	defer db.mergeMu.Unlock()
	db.merges.Load().beforeMerge = fn
}
