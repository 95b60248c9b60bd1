package store

import (
	"bytes"
	"fmt"
	"sync"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/geokg/geokg/store/segment"
)

// Segmented prefixes. The index entries below are written by every document
// (some fifty of them) and read only by prefix scans, never by the load
// that writes them. A Badger entry costs a bulk load some microseconds
// (memtable insert, log, flush, compaction); these entries are instead
// gathered per transaction and written as one sorted run of a few large
// values (store/segment, under pRuns), which reads merge. The rest of the
// key layout (keys.go) is unchanged: the same keys, the same values, in
// runs instead of Badger entries.
var segmented = [256]bool{
	pOut: true, pIn: true, pEdgeType: true, pEdgeAttr: true,
	pEventEdge: true, pEventPart: true, pEventType: true,
}

// pRuns is the prefix of the runs' blocks and catalog (store/segment).
const pRuns byte = 0x40

func isSegmented(k []byte) bool { return len(k) > 0 && segmented[k[0]] }

// tx is a Badger transaction whose keys under segmented prefixes live in
// runs: Set and Delete of such keys go to the transaction's pending batch,
// written as a run when it commits; Get and NewIterator under them read
// the runs the transaction sees. Everything else is Badger's.
type tx struct {
	*badger.Txn
	runs *segment.Set
	// mergeOK allows the commit to merge runs: false for a transaction a
	// bulk load opened ahead, which may not see a merge still in flight.
	mergeOK bool
	// merged tells that the commit merged runs.
	merged  bool
	mu      sync.Mutex
	view    *segment.View
	pending segment.Batch
}

func (db *DB) newTx(update bool) *tx {
	return &tx{Txn: db.bdb.NewTransaction(update), runs: db.runs, mergeOK: true}
}

// viewTx runs fn in a read-only transaction.
func (db *DB) viewTx(fn func(txn *tx) error) error {
	t := db.newTx(false)
	defer t.Discard()
	return fn(t)
}

// updateTx runs fn in a read-write transaction and commits it.
func (db *DB) updateTx(fn func(txn *tx) error) error {
	t := db.newTx(true)
	defer t.Discard()
	if err := fn(t); err != nil {
		return err
	}
	return t.Commit()
}

// Set writes v under k.
func (t *tx) Set(k, v []byte) error {
	if isSegmented(k) {
		return t.pending.Set(k, v)
	}
	return t.Txn.Set(k, v)
}

// Delete deletes k.
func (t *tx) Delete(k []byte) error {
	if isSegmented(k) {
		return t.pending.Delete(k)
	}
	return t.Txn.Delete(k)
}

// runView returns the runs the transaction sees, its own pending writes
// written as a run first, so that its reads see them.
func (t *tx) runView() (*segment.View, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.pending.Len() > 0 {
		if err := t.runs.Commit(t.Txn, &t.pending); err != nil {
			return nil, err
		}
		t.view = nil
	}
	if t.view == nil {
		v, err := t.runs.View(t.Txn)
		if err != nil {
			return nil, err
		}
		t.view = v
	}
	return t.view, nil
}

// flush writes the pending batch as a run and, when allowed, merges runs
// that are due.
func (t *tx) flush() error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.pending.Len() == 0 {
		return nil
	}
	if err := t.runs.Commit(t.Txn, &t.pending); err != nil {
		return fmt.Errorf("store: write index run: %w", err)
	}
	if !t.mergeOK {
		return nil
	}
	merged, err := t.runs.MergeDue(t.Txn)
	if err != nil {
		return fmt.Errorf("store: merge index runs: %w", err)
	}
	t.merged = merged
	return nil
}

// Commit writes the pending run and commits.
func (t *tx) Commit() error {
	if err := t.flush(); err != nil {
		return err
	}
	return t.Txn.Commit()
}

// CommitWith writes the pending run and commits as Txn.CommitWith does.
func (t *tx) CommitWith(cb func(error)) {
	if err := t.flush(); err != nil {
		t.Txn.Discard()
		cb(err)
		return
	}
	t.Txn.CommitWith(cb)
}

// kvItem is what reads use of a *badger.Item.
type kvItem interface {
	Key() []byte
	KeyCopy(dst []byte) []byte
	Value(fn func(v []byte) error) error
	ValueCopy(dst []byte) ([]byte, error)
}

// kvIter is what reads use of a *badger.Iterator.
type kvIter interface {
	Rewind()
	Seek(k []byte)
	Valid() bool
	ValidForPrefix(p []byte) bool
	Next()
	Item() kvItem
	Close()
}

// Get returns the item under k, badger.ErrKeyNotFound when there is none.
func (t *tx) Get(k []byte) (kvItem, error) {
	if !isSegmented(k) {
		item, err := t.Txn.Get(k)
		if err != nil {
			return nil, err
		}
		return item, nil
	}
	v, err := t.runView()
	if err != nil {
		return nil, err
	}
	val, ok, err := v.Get(k)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, badger.ErrKeyNotFound
	}
	return runItem{k: k, v: val}, nil
}

// NewIterator returns an iterator as Txn.NewIterator does. A prefix under
// a segmented byte reads the runs; any other reads Badger, and must not
// span segmented prefixes (an empty prefix would list the runs' own keys).
func (t *tx) NewIterator(opts badger.IteratorOptions) kvIter {
	if len(opts.Prefix) == 0 || !segmented[opts.Prefix[0]] {
		return badgerIter{t.Txn.NewIterator(opts)}
	}
	v, err := t.runView()
	if err != nil {
		return &runIter{err: err}
	}
	return &runIter{it: v.NewIterator(segment.IterOptions{Prefix: opts.Prefix, Reverse: opts.Reverse})}
}

type badgerIter struct{ *badger.Iterator }

func (b badgerIter) Item() kvItem { return b.Iterator.Item() }

// runItem is an entry of a run.
type runItem struct{ k, v []byte }

func (r runItem) Key() []byte                          { return r.k }
func (r runItem) KeyCopy(dst []byte) []byte            { return append(dst[:0], r.k...) }
func (r runItem) Value(fn func(v []byte) error) error  { return fn(r.v) }
func (r runItem) ValueCopy(dst []byte) ([]byte, error) { return append(dst[:0], r.v...), nil }

// runIter lists runs as a kvIter; an error met opening or reading them
// ends the listing and is kept (ErrRuns reports it).
type runIter struct {
	it  *segment.Iterator
	err error
}

func (r *runIter) Rewind() {
	if r.it != nil {
		r.it.Rewind()
	}
}

func (r *runIter) Seek(k []byte) {
	if r.it != nil {
		r.it.Seek(k)
	}
}

func (r *runIter) Valid() bool { return r.it != nil && r.it.Valid() }

func (r *runIter) ValidForPrefix(p []byte) bool { return r.Valid() && bytes.HasPrefix(r.it.Key(), p) }

func (r *runIter) Next() { r.it.Next() }

func (r *runIter) Item() kvItem { return runItem{k: r.it.Key(), v: r.it.Value()} }

func (r *runIter) Close() {}

// iterErr returns the error that ended it, for iterators over runs (Badger's
// iterators report none).
func iterErr(it kvIter) error {
	r, ok := it.(*runIter)
	if !ok {
		return nil
	}
	if r.err != nil {
		return r.err
	}
	if r.it != nil {
		return r.it.Err()
	}
	return nil
}
