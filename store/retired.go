package store

import (
	"fmt"

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
	err := db.bdb.View(func(txn *badger.Txn) error {
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
