package store

import (
	"context"
	"encoding/binary"
	"fmt"
	"slices"

	badger "github.com/dgraph-io/badger/v4"
)

// retiredPrefixes are key kinds that older stores wrote and this one no
// longer keeps: edges by date (0x15) and events by date (0x22), which every
// edge and event paid a key for while lists by date alone are served as
// well by running over the per-type lists (typesOrIndexed).
var retiredPrefixes = [][]byte{{pEdgeDate}, {pEventDate}}

// dropRetired deletes the keys of retired kinds, if the store holds any: a
// store written before they were retired would otherwise keep them, and
// leave them behind when the records they index change. The caller keeps
// writers out (Open before returning the store, Restore holding the
// writer lock).
func (db *DB) dropRetired() error {
	var found bool
	err := db.viewTx(func(txn *tx) error {
		for _, p := range retiredPrefixes {
			it := txn.NewIterator(badger.IteratorOptions{Prefix: p})
			it.Seek(p)
			found = found || it.Valid()
			it.Close()
		}
		return nil
	})
	if err != nil || !found {
		return err
	}
	db.log.Info("store: dropping the retired date indexes of an older store")
	err = db.bdb.DropPrefix(retiredPrefixes...)
	db.snap.forget() // DropPrefix deletes without a new read timestamp
	if err != nil {
		return fmt.Errorf("store: dropping retired indexes: %w", err)
	}
	return nil
}

// legacyContrib is an entity contribution as older stores kept it: one key
// per entity and document (0x02 lp(entity) doc).
type legacyContrib struct {
	key, value []byte
}

// migrateContribsPart is how many legacy contributions one transaction of
// migrateContribs moves.
const migrateContribsPart = 1024

// migrateContribs moves the entity contributions of an older store, one key
// per entity and document (0x02), into blocks (0x07, contribs.go), a part
// at a time; each part deletes what it moved, so a migration interrupted
// by a crash goes on at the next Open. A contribution whose document the
// store does not hold (only a large ingest interrupted before its record,
// which recover then takes out) is dropped. The caller keeps writers out.
func (db *DB) migrateContribs(ctx context.Context) error {
	moved := 0
	for {
		part, err := db.legacyContribs()
		if err != nil || len(part) == 0 {
			if moved > 0 && err == nil {
				db.log.Info("store: moved the entity contributions of an older store into blocks", "contributions", moved)
			}
			return err
		}
		if moved == 0 {
			db.log.Info("store: moving the entity contributions of an older store into blocks (about a minute per 25,000 documents)")
		}
		if err := db.commit(ctx, "migrate entity contributions", func(w *wtx) error { return moveContribs(w, part) }); err != nil {
			return fmt.Errorf("store: moving entity contributions into blocks: %w", err)
		}
		moved += len(part)
	}
}

// legacyContribs reads up to migrateContribsPart legacy contributions.
func (db *DB) legacyContribs() ([]legacyContrib, error) {
	var out []legacyContrib
	err := db.viewTx(func(txn *tx) error {
		prefix := []byte{pEntityContrib}
		it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix})
		defer it.Close()
		for it.Rewind(); it.Valid() && len(out) < migrateContribsPart; it.Next() {
			v, err := it.Item().ValueCopy(nil)
			if err != nil {
				return err
			}
			out = append(out, legacyContrib{key: it.Item().KeyCopy(nil), value: v})
		}
		return nil
	})
	return out, err
}

// notStored marks, in moveContribs, a document the store does not hold.
const notStored = ^uint64(0)

// moveContribs moves part into blocks through w.
func moveContribs(w *wtx, part []legacyContrib) error {
	blocks := map[string]uint64{}
	for _, lc := range part {
		r := reader{b: lc.key[1:]}
		id, doc := r.lp(), string(r.rest())
		if r.bad || doc == "" {
			return fmt.Errorf("store: corrupt entity contribution key %x", lc.key)
		}
		block, seen := blocks[doc]
		if !seen {
			b, ok, err := docBlock(w.Txn, doc)
			if err != nil {
				return err
			}
			if !ok {
				b = notStored
			}
			block, blocks[doc] = b, b
		}
		if block != notStored {
			err := editContribs(w, id, block, func(es []contribEntry) ([]contribEntry, error) {
				es = slices.DeleteFunc(es, func(e contribEntry) bool { return e.doc == doc })
				return append(es, contribEntry{doc: doc, raw: lc.value}), nil
			})
			if err != nil {
				return err
			}
		}
		if err := w.del(lc.key); err != nil {
			return err
		}
	}
	return nil
}

// initSeq starts the load-order numbers after the highest that the store
// holds, so that a new block never holds an older document (contribs.go),
// whatever the clock says.
func (db *DB) initSeq() error {
	return db.viewTx(func(txn *tx) error {
		prefix := []byte{pDocOrder}
		it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix, Reverse: true})
		defer it.Close()
		it.Seek([]byte{pDocOrder, 0xFF})
		if !it.Valid() {
			return nil
		}
		k := it.Item().Key()
		if len(k) < 9 {
			return fmt.Errorf("store: corrupt load order key %x", k)
		}
		seq := binary.BigEndian.Uint64(k[1:9])
		for {
			last := db.lastSeq.Load()
			if last >= seq || db.lastSeq.CompareAndSwap(last, seq) {
				return nil
			}
		}
	})
}

// upgrade brings the load-order numbers and the entity contributions of a
// store that an older geokg wrote (or a backup of one) to this layout.
func (db *DB) upgrade(ctx context.Context) error {
	if err := db.initSeq(); err != nil {
		return err
	}
	if err := db.migrateToRuns(); err != nil {
		return err
	}
	return db.migrateContribs(ctx)
}

// migrateToRunsPart is how many index entries of an older store one
// transaction of migrateToRuns moves.
const migrateToRunsPart = 8192

// migrateToRuns moves the index entries that an older store kept as
// Badger entries, under the prefixes now segmented (segments.go), into
// runs, a part at a time: each part writes a run of the entries it deletes,
// so a migration interrupted by a crash goes on at the next Open. The
// caller keeps writers out, as for dropRetired.
func (db *DB) migrateToRuns() error {
	moved := 0
	for _, p := range segmentedPrefixes() {
		for {
			n, err := db.moveToRuns(p)
			if err != nil {
				return fmt.Errorf("store: moving the index entries of an older store into runs: %w", err)
			}
			if moved += n; n < migrateToRunsPart {
				break
			}
		}
	}
	if moved == 0 {
		return nil
	}
	db.log.Info("store: moved the index entries of an older store into runs", "entries", moved)
	return db.mergeAll()
}

// moveToRuns moves up to migrateToRunsPart Badger entries under prefix p
// into a run, and returns how many it moved.
func (db *DB) moveToRuns(p byte) (int, error) {
	n := 0
	err := db.updateTx(func(txn *tx) error {
		it := txn.Txn.NewIterator(badger.IteratorOptions{Prefix: []byte{p}})
		defer it.Close()
		for it.Rewind(); it.Valid() && n < migrateToRunsPart; it.Next() {
			k := it.Item().KeyCopy(nil)
			v, err := it.Item().ValueCopy(nil)
			if err != nil {
				return err
			}
			if err := txn.Txn.Delete(k); err != nil {
				return err
			}
			if err := txn.Set(k, v); err != nil {
				return err
			}
			n++
		}
		return nil
	})
	return n, err
}
