package store

import (
	"context"
	"encoding/binary"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/geokg/geokg/graph"
)

// Hooks of the package's internals for the external tests.

// LargeFacts is db.largeFacts.
func LargeFacts(db *DB) int { return db.largeFacts() }

// KeysOf lists every key of db with its value.
func KeysOf(db *DB) (map[string]string, error) {
	out := map[string]string{}
	err := db.bdb.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.DefaultIteratorOptions)
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			v, err := it.Item().ValueCopy(nil)
			if err != nil {
				return err
			}
			out[string(it.Item().Key())] = string(v)
		}
		return nil
	})
	return out, err
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
		return setJSON(w.Txn, pendingKey(), &pendingRec{Op: "ingest", Doc: x.Document.ID})
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
	err = db.bdb.View(func(txn *badger.Txn) error {
		_, err := getValue(txn, writtenKey(), func(v []byte) error {
			written = binary.BigEndian.Uint64(v)
			return nil
		})
		return err
	})
	for _, t := range db.bdb.Tables() {
		stored += uint64(t.KeyCount)
	}
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
