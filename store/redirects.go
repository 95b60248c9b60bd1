package store

import (
	"fmt"
	"sync"

	badger "github.com/dgraph-io/badger/v4"
)

// redirectSet knows which entity IDs may have a merge redirect (0x06): those
// the store held when it was opened (or restored), and every ID a merge has
// redirected since. Resolving an ID outside it reads nothing. Most IDs were
// never merged away, and a point read of a key that does not exist still
// consults the memtables and a bloom filter at every level: following
// redirects was 7% of the CPU of a 2-hop neighborhood on a 25,000-document
// store, and 1% of a bulk load, without finding one.
//
// The set only grows while the store is open: a merge adds its IDs before
// its transaction commits, so a read that can see a redirect also sees its
// ID here, and an ID whose merge then failed costs a read, nothing more.
// Redirects are never deleted. A restore writes keys without transactions:
// the set knows nothing during it (every ID may redirect) and is read again
// from the store after.
type redirectSet struct {
	mu sync.RWMutex
	// ids holds the IDs that may redirect; nil means unknown (any may).
	ids map[string]struct{}
}

// may reports whether id may have a redirect.
func (s *redirectSet) may(id string) bool {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.ids == nil {
		return true
	}
	_, ok := s.ids[id]
	return ok
}

// add records that id is about to be redirected.
func (s *redirectSet) add(id string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ids != nil {
		s.ids[id] = struct{}{}
	}
}

// forget makes every ID one that may redirect, until the next load.
func (s *redirectSet) forget() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.ids = nil
}

// load reads the redirected IDs from the store (keys only). The caller
// makes sure no merge runs meanwhile.
func (s *redirectSet) load(db *DB) error {
	ids := map[string]struct{}{}
	err := db.viewTx(func(txn *tx) error {
		prefix := []byte{pRedirect}
		it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix})
		defer it.Close()
		for it.Seek(prefix); it.Valid(); it.Next() {
			ids[string(it.Item().Key()[1:])] = struct{}{}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: reading merge redirects: %w", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.ids = ids
	return nil
}

// resolveTxn follows merge redirects from id within txn.
func (db *DB) resolveTxn(txn *tx, id string) (string, error) {
	return db.resolveWith(func(k []byte, fn func([]byte) error) (bool, error) { return getValue(txn, k, fn) }, id)
}

// resolveWith follows merge redirects from id, reading with read.
func (db *DB) resolveWith(read func(k []byte, fn func([]byte) error) (bool, error), id string) (string, error) {
	for hops := 0; hops < 64; hops++ {
		if !db.redirects.may(id) {
			return id, nil
		}
		var next string
		found, err := read(redirectKey(id), func(v []byte) error {
			next = string(v)
			return nil
		})
		if err != nil {
			return "", err
		}
		if !found {
			return id, nil
		}
		id = next
	}
	return "", fmt.Errorf("store: redirect loop at %q", id)
}
