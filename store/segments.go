package store

import (
	"bytes"
	"context"
	"fmt"
	"sync"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/geokg/geokg/store/segment"
)

// Segmented prefixes. Every record and index entry that documents add (all
// but the documents' own keys, the merge redirects and the bookkeeping
// under 0x3F) lives in runs (store/segment) rather than in one Badger
// entry each. A Badger entry
// costs a bulk load some microseconds: the memtable's skiplist insert, the
// log, the flush into a table, compactions. A transaction instead gathers
// its writes under these prefixes and writes them as one sorted run of a
// few compressed blocks of some kilobytes; reads merge the runs, newest
// first, and a background merger (runMerger) keeps their number bounded.
// The key layout (keys.go) is unchanged: the same keys and values, in runs.
var segmented = [256]bool{
	pEntity: true, pEntityKind: true, pName: true, pToken: true, pContribs: true,
	pEdge: true, pEdgeContrib: true, pOut: true, pIn: true, pEdgeType: true, pEdgeAttr: true,
	pEventEdge: true, pPairEdge: true, pPair: true, pRank: true,
	pEvent: true, pEventContrib: true, pEventPart: true, pEventType: true,
}

// pRuns is the prefix of the runs' blocks and catalog (store/segment).
const pRuns byte = 0x40

func isSegmented(k []byte) bool { return len(k) > 0 && segmented[k[0]] }

// segmentedPrefixes lists the segmented prefix bytes in order.
func segmentedPrefixes() []byte {
	var ps []byte
	for p, ok := range segmented {
		if ok {
			ps = append(ps, byte(p))
		}
	}
	return ps
}

// runOptions are the options of the store's runs. A merge writes about
// as many blocks as it reads, and a catalog entry per run it replaces, in
// one transaction, which holds what it writes until it commits: it reads
// at most half the entries a transaction holds, and maxMergeBytes of
// stored blocks (a compaction that merged 25,000 documents' runs at once
// peaked at 975 MiB of RSS); when values stay in the LSM tree (in memory,
// where a block's bytes count whole toward a transaction's size), a third
// of a transaction's bytes.
func runOptions(bdb *badger.DB) segment.Options {
	o := segment.DefaultOptions(pRuns).WithMaxMergeBlocks(int(bdb.MaxBatchCount() / 2)).WithMaxMergeBytes(maxMergeBytes)
	if bdb.Opts().ValueThreshold >= int64(o.BlockBytes) {
		o = o.WithMaxMergeBytes(int(min(maxMergeBytes, bdb.MaxBatchSize()/3)))
	}
	return o
}

// maxMergeBytes bounds the stored (compressed) bytes one merge reads:
// the bench's 25,000 documents hold some 220 MB in runs, and a compaction
// leaves them in 8 parts.
const maxMergeBytes = 32 << 20

// tx is a Badger transaction whose keys under segmented prefixes live in
// runs: Set and Delete of such keys go to the transaction's pending batch,
// written as one run before it commits (writeRun); Get and NewIterator
// under them read the runs the transaction sees, under the pending batch.
// Everything else is Badger's. Runs are merged in the background
// (runMerger), never by the transactions that write them.
type tx struct {
	*badger.Txn
	db *DB
	// once guards view: the runs the transaction sees, taken at its first
	// read of runs (and again after it wrote its run).
	once    sync.Once
	view    *segment.View
	viewErr error
	pending segment.Batch
	// wroteRun tells that the transaction holds a run to commit.
	wroteRun bool
	// runErr is the first error an iterator over runs met (a block that
	// did not read or decode): the iterator stops as if at the end, and
	// viewTx, Commit and withSnap report the error instead of what was
	// read. errMu guards it: readers may share a transaction.
	errMu  sync.Mutex
	runErr error
	// ownWritesKept tells that the caller keeps every write of the
	// transaction and reads them first (a bulk writer's overlay, wtx.read):
	// Get then reads the runs only, and the pending batch builds no index
	// of its keys (a map insert per write, 0.23 GB of a 5,000-document
	// load's allocations).
	ownWritesKept bool
}

func (db *DB) newTx(update bool) *tx {
	return &tx{Txn: db.bdb.NewTransaction(update), db: db}
}

// viewTx runs fn in a read-only transaction.
func (db *DB) viewTx(fn func(txn *tx) error) error {
	t := db.newTx(false)
	defer t.Discard()
	if err := fn(t); err != nil {
		return err
	}
	return t.runsErr()
}

// withSnap runs fn with a read-only transaction opened at its first use
// (get), for writes that read what their own transaction does not see.
func (db *DB) withSnap(fn func(get func() *tx) error) error {
	var snap *tx
	defer func() {
		if snap != nil {
			snap.Discard()
		}
	}()
	err := fn(func() *tx {
		if snap == nil {
			snap = db.newTx(false)
		}
		return snap
	})
	if err == nil && snap != nil {
		err = snap.runsErr()
	}
	return err
}

// noteRunErr keeps the first error an iterator over runs met.
func (t *tx) noteRunErr(err error) {
	t.errMu.Lock()
	defer t.errMu.Unlock()
	if t.runErr == nil {
		t.runErr = err
	}
}

// runsErr returns the first error an iterator over runs met.
func (t *tx) runsErr() error {
	t.errMu.Lock()
	defer t.errMu.Unlock()
	return t.runErr
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

// runView returns the runs the transaction sees, without its own writes.
func (t *tx) runView() (*segment.View, error) {
	t.once.Do(func() { t.view, t.viewErr = t.db.runs.View(t.Txn) })
	return t.view, t.viewErr
}

// writeRun writes the pending batch as a run into the transaction. Its
// blocks count toward the transaction's size, so that a write that does
// not fit fails here with badger.ErrTxnTooBig, as any other write would.
// A read after it takes the runs afresh, the new one among them (Badger's
// transactions read their own writes).
func (t *tx) writeRun() error {
	if t.pending.Len() == 0 {
		return nil
	}
	if err := t.db.runs.Commit(t.Txn, &t.pending); err != nil {
		return fmt.Errorf("store: write index run: %w", err)
	}
	t.wroteRun = true
	t.once, t.view, t.viewErr = sync.Once{}, nil, nil
	return nil
}

// beforeCommit writes the pending run, unless an iterator over runs met an
// error (what the transaction wrote may rest on a partial read).
func (t *tx) beforeCommit() error {
	if err := t.runsErr(); err != nil {
		return err
	}
	return t.writeRun()
}

// Commit writes the pending run and commits (beforeCommit).
func (t *tx) Commit() error {
	if err := t.beforeCommit(); err != nil {
		return err
	}
	if err := t.Txn.Commit(); err != nil {
		return err
	}
	if t.wroteRun {
		t.db.merges.Load().kick()
	}
	return nil
}

// CommitWith writes the pending run and commits as Txn.CommitWith does.
func (t *tx) CommitWith(cb func(error)) {
	if err := t.beforeCommit(); err != nil {
		t.Txn.Discard()
		cb(err)
		return
	}
	t.Txn.CommitWith(func(err error) {
		if err == nil && t.wroteRun {
			t.db.merges.Load().kick()
		}
		cb(err)
	})
}

// dropPrefixes deletes every key under prefixes, in runs (by a merge of
// all runs that leaves them out) and in Badger (DropPrefix). The caller
// keeps writers out.
func (db *DB) dropPrefixes(prefixes ...[]byte) error {
	var inRuns, inBadger [][]byte
	for _, p := range prefixes {
		if isSegmented(p) {
			inRuns = append(inRuns, p)
		} else {
			inBadger = append(inBadger, p)
		}
	}
	if len(inRuns) > 0 {
		db.mergeMu.Lock()
		var replaced []segment.Replaced
		err := db.updateTx(func(txn *tx) error {
			var err error
			replaced, err = db.runs.Drop(txn.Txn, inRuns...)
			return err
		})
		if err == nil {
			err = db.runs.DeleteReplaced(db.bdb, replaced)
		}
		db.mergeMu.Unlock()
		if err != nil {
			return err
		}
	}
	if len(inBadger) > 0 {
		err := db.bdb.DropPrefix(inBadger...)
		db.snap.forget() // DropPrefix deletes without a new read timestamp
		return err
	}
	return nil
}

// mergeAll merges every run into parts of at most what one merge may
// read (segment.Set.MergeAllInParts), for Compact and after a migration,
// and deletes the blocks a crash left of earlier merges.
func (db *DB) mergeAll() error {
	db.mergeMu.Lock()
	defer db.mergeMu.Unlock()
	if err := db.runs.MergeAllInParts(db.bdb); err != nil {
		return err
	}
	return db.runs.CollectOrphans(db.bdb)
}

// A runMerger merges runs in the background: after each commit that wrote a
// run, it merges while a merge is due (segment.View.MergeDue), each merge
// a transaction of its own. Merges change no key's value, so writers and
// readers go on meanwhile; DB.mergeMu keeps merges one at a time, so that
// each sees the last. A failed merge is logged and left for the
// next kick. Open starts it last; until then kicks are ignored. Closing it
// stops a merge under way, whose transaction is dropped: the runs stay for
// the next open's merger or a compaction.
type runMerger struct {
	db   *DB
	wake chan struct{}
	done chan struct{}
	// ctx is done once the merger is closed (stop).
	ctx  context.Context
	stop context.CancelFunc
	// beforeMerge, set by tests, is called before each merge with ctx.
	beforeMerge func(ctx context.Context)
}

func startMerger(db *DB) *runMerger {
	m := &runMerger{db: db, wake: make(chan struct{}, 1), done: make(chan struct{})}
	m.ctx, m.stop = context.WithCancel(context.Background())
	go m.run()
	return m
}

// startMerges starts the merger and asks it for the merges due: an
// interrupted load may have left runs unmerged.
func (db *DB) startMerges() {
	m := startMerger(db)
	db.merges.Store(m)
	m.kick()
}

// kick asks for the merges due, without waiting for them.
func (m *runMerger) kick() {
	if m == nil {
		return
	}
	select {
	case m.wake <- struct{}{}:
	default:
	}
}

func (m *runMerger) run() {
	defer close(m.done)
	for {
		select {
		case <-m.ctx.Done():
			return
		case <-m.wake:
		}
		for {
			merged, err := m.once()
			if m.ctx.Err() != nil {
				return
			}
			if err != nil {
				m.db.log.Warn("store: merging index runs", "err", err)
			}
			if !merged || err != nil {
				break
			}
		}
	}
}

// once runs one merge if one is due, and then deletes the blocks of the
// runs it replaced (in transactions of their own; a crash in between
// leaves them to Compact's scan). It reports whether it merged.
func (m *runMerger) once() (bool, error) {
	m.db.mergeMu.Lock()
	defer m.db.mergeMu.Unlock()
	txn := m.db.bdb.NewTransaction(true)
	defer txn.Discard()
	v, err := m.db.runs.View(txn)
	if err != nil {
		return false, err
	}
	merge := v.MergeDue
	if m.db.bulkLoads.Load() > 0 {
		merge = func(ctx context.Context) ([]segment.Replaced, error) { return v.MergeOverflow(ctx, bulkMaxRuns) }
	}
	if m.beforeMerge != nil {
		m.beforeMerge(m.ctx)
	}
	replaced, err := merge(m.ctx)
	if err != nil || len(replaced) == 0 {
		return false, err
	}
	if err := txn.Commit(); err != nil {
		return false, err
	}
	return true, m.db.runs.DeleteReplaced(m.db.bdb, replaced)
}

// bulkMaxRuns is how many runs the merger lets a bulk load leave before it
// merges the smallest of them. A bulk load's writer reads little through
// the runs (its cache and presence filter answer most of its reads), and a
// compaction follows it, which merges all runs at once: merges by tier
// during the load only rewrite what the compaction rewrites again. A
// 25,000-document load with no merge at all wrote 394 MB instead of
// 677 MB and took 25.8 s instead of 29.3 s (a temporary build;
// docs/performance.md, round 31). 48 runs are some 12,000 documents in
// batches of 256; a read meets at most that many.
const bulkMaxRuns = 48

// close stops the merger and a merge under way, and waits for it to end.
// A merge that a bulk load's end set off, and that a CLI's Close waited
// for, took 124-141 ms after a 5,000-document load (docs/performance.md,
// round 36).
func (m *runMerger) close() {
	if m == nil {
		return
	}
	m.stop()
	<-m.done
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
	var val []byte
	var deleted, found bool
	if !t.ownWritesKept {
		val, deleted, found = t.pending.Get(k)
	}
	if !found {
		v, err := t.runView()
		if err != nil {
			return nil, err
		}
		if val, found, err = v.Get(k); err != nil {
			return nil, err
		}
	} else {
		found = !deleted
	}
	if !found {
		return nil, badger.ErrKeyNotFound
	}
	return &runItem{k: k, v: val}, nil
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
		t.noteRunErr(err)
		return &runIter{t: t}
	}
	v = v.Overlay(&t.pending, opts.Prefix)
	return &runIter{t: t, it: v.NewIterator(segment.IterOptions{Prefix: opts.Prefix, Reverse: opts.Reverse})}
}

type badgerIter struct{ *badger.Iterator }

func (b badgerIter) Item() kvItem { return b.Iterator.Item() }

// runItem is an entry of a run.
type runItem struct{ k, v []byte }

func (r *runItem) Key() []byte                          { return r.k }
func (r *runItem) KeyCopy(dst []byte) []byte            { return append(dst[:0], r.k...) }
func (r *runItem) Value(fn func(v []byte) error) error  { return fn(r.v) }
func (r *runItem) ValueCopy(dst []byte) ([]byte, error) { return append(dst[:0], r.v...), nil }

// runIter lists runs as a kvIter. An error met reading them ends the
// listing and goes to its transaction (tx.runsErr), since the store's
// scans, like Badger's iterators, have no error to check. Item returns
// the same runItem, moved, at each call (an item is valid until Next, as
// Badger's are; its key and value stay valid).
type runIter struct {
	t    *tx
	it   *segment.Iterator
	item runItem
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

func (r *runIter) Valid() bool {
	if r.it == nil {
		return false
	}
	if r.it.Valid() {
		return true
	}
	if err := r.it.Err(); err != nil {
		r.t.noteRunErr(err)
	}
	return false
}

func (r *runIter) ValidForPrefix(p []byte) bool { return r.Valid() && bytes.HasPrefix(r.it.Key(), p) }

func (r *runIter) Next() { r.it.Next() }

func (r *runIter) Item() kvItem {
	r.item = runItem{k: r.it.Key(), v: r.it.Value()}
	return &r.item
}

func (r *runIter) Close() {}
