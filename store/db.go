package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	badger "github.com/dgraph-io/badger/v4"
	"golang.org/x/sys/unix"

	"github.com/geokg/geokg/store/segment"
)

// DB is the Badger implementation of Store.
type DB struct {
	bdb *badger.DB
	log *slog.Logger
	// runs holds the entries of the segmented prefixes (segments.go).
	runs *segment.Set
	// merges runs the background merges of runs (segments.go); mergeMu
	// keeps merges one at a time.
	merges  atomic.Pointer[runMerger]
	mergeMu sync.Mutex
	// bulkLoads counts the BulkWriters open: while one is, the merger only
	// bounds the runs (bulkMaxRuns) instead of merging them by tier.
	bulkLoads atomic.Int32

	// mu is held for reading by every operation and for writing by Close, so
	// that Close waits for running operations and later calls get ErrClosed.
	mu     sync.RWMutex
	closed bool

	// wmu serializes read-write transactions. Optimistic transactions that
	// share a hot entity (a state named in most articles) would otherwise
	// keep conflicting and redoing their work; taking turns costs nothing on
	// throughput, since Badger commits one write batch at a time anyway.
	wmu sync.Mutex
	// writeGen counts the read-write transactions run through commit, so
	// that a BulkWriter knows when a transaction it opened ahead may miss
	// another writer's changes.
	writeGen atomic.Uint64

	// snap keeps records decoded by reads for later reads of the same
	// snapshot (snapcache.go).
	snap *snapCache
	// redirects knows which IDs may have a merge redirect (redirects.go).
	redirects redirectSet
	// loads counts what bulk loads ask of Badger (loadstats.go).
	loads loadCounters
	// ranks is the open rank window of a bulk load, if any (ranks.go).
	ranks atomic.Pointer[rankWindow]

	// stopTrim stops the table trimmer (Options.TrimTablesEvery or
	// UnmapTablesEvery), if any.
	stopTrim func()

	// lastSeq is the last load-order number handed out (unix nanoseconds, kept increasing).
	lastSeq atomic.Uint64
	// conflicts counts transactions retried after a conflict.
	conflicts atomic.Uint64
	// large counts documents written or deleted in parts.
	large atomic.Uint64
	// oversized counts batch transactions given up as too big and split.
	oversized atomic.Uint64
	// fit learns how many documents one transaction holds (batchfit.go).
	fit batchFit
	// compactDueAfter is Options.CompactionDueAfter or its default.
	compactDueAfter uint64

	// dir is the data folder ("" in memory); space guards writes against a full disk.
	dir   string
	space atomic.Pointer[spaceGuard]
}

// Conflicts returns how many transactions were retried after losing a
// conflict with a concurrent writer since Open (for metrics).
func (db *DB) Conflicts() uint64 { return db.conflicts.Load() }

// LargeWrites returns how many documents were written or deleted in parts,
// being too big for one transaction, since Open (for metrics).
func (db *DB) LargeWrites() uint64 { return db.large.Load() }

// OversizedBatches returns how many batch transactions were found too big
// for one transaction and split, their work done again, since Open (for
// metrics and tests).
func (db *DB) OversizedBatches() uint64 { return db.oversized.Load() }

var _ Store = (*DB)(nil)

// maxRetries bounds the retries of a transaction that lost a conflict.
const maxRetries = 64

// Open opens (or creates) the store described by opts.
func Open(opts Options) (*DB, error) {
	if !opts.InMemory && opts.Dir == "" {
		return nil, fmt.Errorf("%w: no directory and not in memory", ErrInvalid)
	}
	if err := replayLargerLogs(opts); err != nil {
		return nil, err
	}
	bdb, err := openBadger(opts)
	if err != nil {
		return nil, err
	}
	db := &DB{bdb: bdb, log: opts.logger(), snap: newSnapCache(opts.recordCacheSize()), compactDueAfter: opts.compactionDueAfter()}
	if !opts.InMemory {
		db.dir = opts.Dir
	}
	if db.runs, err = segment.Open(bdb, runOptions(bdb)); err != nil {
		bdb.Close()
		return nil, fmt.Errorf("store: open %q: %w", opts.Dir, err)
	}
	if err := db.redirects.load(db); err != nil {
		bdb.Close()
		return nil, err
	}
	if err := db.upgrade(context.Background()); err != nil {
		bdb.Close()
		return nil, fmt.Errorf("store: open %q: %w", opts.Dir, err)
	}
	if err := db.recover(context.Background()); err != nil {
		bdb.Close()
		return nil, fmt.Errorf("store: open %q: finishing an interrupted write: %w", opts.Dir, err)
	}
	if err := db.ensurePairIndex(context.Background()); err != nil {
		bdb.Close()
		return nil, fmt.Errorf("store: open %q: %w", opts.Dir, err)
	}
	if err := db.recoverRankJournal(context.Background()); err != nil {
		bdb.Close()
		return nil, fmt.Errorf("store: open %q: %w", opts.Dir, err)
	}
	if err := db.dropRetired(); err != nil {
		bdb.Close()
		return nil, fmt.Errorf("store: open %q: %w", opts.Dir, err)
	}
	db.startMerges()
	switch {
	case opts.InMemory:
	case opts.TrimTablesEvery > 0:
		db.stopTrim = trimWhile(mappedDir(db.dir), opts.TrimTablesEvery, opts.TablePagesAbove, pageOutTables)
	case opts.UnmapTablesEvery > 0:
		db.stopTrim = trimWhile(mappedDir(db.dir), opts.UnmapTablesEvery, opts.TablePagesAbove, unmapTables)
	}
	return db, nil
}

// openBadger opens the Badger store of opts, telling a folder that another
// process holds (ErrLocked) from other failures.
func openBadger(opts Options) (*badger.DB, error) {
	bdb, err := badger.Open(opts.badger())
	if err != nil {
		if errors.Is(err, unix.EWOULDBLOCK) || strings.Contains(err.Error(), "Cannot acquire directory lock") {
			return nil, fmt.Errorf("%w: %s", ErrLocked, opts.Dir)
		}
		return nil, fmt.Errorf("store: open %q: %w", opts.Dir, err)
	}
	return bdb, nil
}

// replayLargerLogs opens the store of opts once with the memtable size its
// memtable logs were written with, when that is larger than opts's, and
// closes it again, which writes what they hold into tables. Badger replays
// a memtable's log into a memtable of the size it is opened with and stops
// the process when the log does not fit, so the logs that a bulk load
// (64 MiB memtables) left when it was killed could not be opened by a
// server (32 MiB) or any other command.
func replayLargerLogs(opts Options) error {
	if opts.InMemory {
		return nil
	}
	need := memLogMemTableSize(opts.Dir)
	if need <= opts.badger().MemTableSize {
		return nil
	}
	opts.logger().Info("store: replaying memtable logs written with larger memtables", "dir", opts.Dir, "memtable_bytes", need)
	// The replay holds a load's memtables and the builders of their tables;
	// with the collector's default pacing the heap of a 25k load's replay
	// grew past 700 MB (RSS 1.1 GB), under this limit its RSS stayed at
	// 420 MB, and it ran faster. A lower limit set before is kept.
	if prev := debug.SetMemoryLimit(-1); prev > replayMemoryLimit {
		debug.SetMemoryLimit(replayMemoryLimit)
		defer debug.SetMemoryLimit(prev)
	}
	// The logs it reads and the tables it writes are mapped: their pages
	// are reclaimed as it goes, as a load's are.
	stop := trimWhile(mappedDir(opts.Dir), replayTrimEvery, 0, unmapTables)
	defer stop()
	larger := opts
	larger.MemTableSize = need
	bdb, err := openBadger(larger)
	if err != nil {
		return err
	}
	if err := bdb.Close(); err != nil {
		return fmt.Errorf("store: open %q: replaying memtable logs: %w", opts.Dir, err)
	}
	// Give the replay's memtables and table builders back at once: a server
	// opening the store would otherwise hold them until the scavenger
	// returns them.
	debug.FreeOSMemory()
	return nil
}

// replayMemoryLimit is the Go heap's soft limit while Open replays the
// memtable logs of larger memtables (replayLargerLogs).
const replayMemoryLimit = 512 << 20

// replayTrimEvery is how often the replay of larger memtable logs has the
// pages of the store's mapped files reclaimed.
const replayTrimEvery = 250 * time.Millisecond

// trimWhile has trim give back the pages of the mapped tables and logs of
// the store in dir (as the kernel names it: pageOutTables or unmapTables)
// every every, until the returned function is called. When above > 0, the
// pages also leave the process (unmapTables, whatever trim is) as soon as
// its file-backed resident memory has grown by above since they last left
// (checked every trimCheckEvery). The growth is measured from what the
// process held right after, so that the pages of its binary and of other
// files do not count against above. On growth it unmaps rather than pages
// out: MADV_PAGEOUT drops the pages from the page cache, writing the dirty
// ones first, and a load's compactions read again what they just wrote (a
// 100,000-document load paging out on growth took 3m40s and 3m56s, against
// 2m59s unmapping; docs/performance.md, round 20).
func trimWhile(dir string, every time.Duration, above int64, trim func(dir string) int) (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		tick := every
		if above > 0 {
			tick = min(every, trimCheckEvery)
		}
		t := time.NewTicker(tick)
		defer t.Stop()
		last, base := time.Now(), residentFileBytes()
		for {
			select {
			case <-done:
				return
			case <-t.C:
			}
			switch {
			case above <= 0 || time.Since(last) >= every: // without above, each tick is a period
				trim(dir)
			case residentFileBytes()-base >= above:
				unmapTables(dir)
			default:
				continue
			}
			last = time.Now()
			if above > 0 {
				base = residentFileBytes()
			}
		}
	})
	return func() { close(done); wg.Wait() }
}

// trimCheckEvery is how often trimWhile reads how much of the process's
// resident memory is file-backed (one read of /proc/self/statm) when it
// trims on growth too.
const trimCheckEvery = 50 * time.Millisecond

// memLogMemTableSize returns the memtable size that the largest memtable
// log (.mem file) in dir was made for, or 0: Badger sizes a memtable's log
// at twice its memtable.
func memLogMemTableSize(dir string) int64 {
	logs, _ := filepath.Glob(filepath.Join(dir, "*.mem"))
	var size int64
	for _, l := range logs {
		if fi, err := os.Stat(l); err == nil {
			size = max(size, fi.Size()/2)
		}
	}
	return size
}

// Close releases the store. Later calls return ErrClosed.
func (db *DB) Close() error {
	if err := db.flushRankWindow(context.Background()); err != nil && !errors.Is(err, ErrClosed) {
		db.log.Error("store: close: the rank keys of a bulk load were not moved; the pair index will be rebuilt at the next open", "err", err)
	}
	db.mu.Lock()
	defer db.mu.Unlock()
	if db.closed {
		return ErrClosed
	}
	db.closed = true
	db.merges.Swap(nil).close()
	if db.stopTrim != nil {
		db.stopTrim()
	}
	if err := db.bdb.Close(); err != nil {
		return fmt.Errorf("store: close: %w", err)
	}
	return nil
}

// Badger returns the underlying Badger database, for tools and tests.
func (db *DB) Badger() *badger.DB { return db.bdb }

// acquire takes the read side of mu; it fails when the store is closed or ctx is done.
func (db *DB) acquire(ctx context.Context) (func(), error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	db.mu.RLock()
	if db.closed {
		db.mu.RUnlock()
		return nil, ErrClosed
	}
	return db.mu.RUnlock, nil
}

// view runs fn in a read-only transaction.
func (db *DB) view(ctx context.Context, fn func(txn *tx) error) error {
	release, err := db.acquire(ctx)
	if err != nil {
		return err
	}
	defer release()
	return db.viewTx(fn)
}

// update runs fn in a read-write transaction, one at a time, retrying on
// conflicts (which can still arise with writers that bypass DB, such as
// Restore), and adds the change fn made to the counts to the stored counts.
// fn must not keep state between attempts.
func (db *DB) update(ctx context.Context, op string, fn func(w *wtx) error) error {
	release, err := db.writerTurn(ctx)
	if err != nil {
		return err
	}
	defer release()
	return db.commit(ctx, op, fn)
}

// writerTurn takes the writers' turn (wmu) once the disk has room and the
// store is open, and returns the function that gives it back.
func (db *DB) writerTurn(ctx context.Context) (func(), error) {
	if err := db.CheckSpace(); err != nil {
		return nil, err
	}
	release, err := db.acquire(ctx)
	if err != nil {
		return nil, err
	}
	db.wmu.Lock()
	return func() {
		db.wmu.Unlock()
		release()
	}, nil
}

// exclusive takes mu for writing, so that no other operation, read or write,
// runs until release: a write in several transactions is then seen whole or
// not at all.
func (db *DB) exclusive(ctx context.Context) (func(), error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	if err := db.CheckSpace(); err != nil {
		return nil, err
	}
	db.mu.Lock()
	if db.closed {
		db.mu.Unlock()
		return nil, ErrClosed
	}
	return db.mu.Unlock, nil
}

// fill runs fn in w and writes what it changed: fact lists, records, the
// pair index, the log sequence and the counts, and then the transaction's
// run of the writes under segmented prefixes (segments.go).
func (db *DB) fill(ctx context.Context, w *wtx, fn func(w *wtx) error) error {
	if err := db.fillWrites(ctx, w, fn); err != nil {
		return err
	}
	return w.Txn.writeRun()
}

// fillWrites is fill but for the run: fn's writes, then the folded records,
// the pair index, the counts.
func (db *DB) fillWrites(ctx context.Context, w *wtx, fn func(w *wtx) error) error {
	if err := fn(w); err != nil {
		return err
	}
	if err := w.flushContribs(); err != nil {
		return err
	}
	if err := db.withSnap(w.flushFacts); err != nil {
		return err
	}
	if err := w.flush(); err != nil {
		return err
	}
	if err := db.flushPairs(w); err != nil {
		return err
	}
	if err := recordSequence(ctx, w.Txn); err != nil {
		return err
	}
	if err := noteWritten(w); err != nil {
		return err
	}
	if w.delta == (Stats{}) {
		return nil
	}
	var s Stats
	if _, err := w.read(countsKey(), func(v []byte) error { return json.Unmarshal(v, &s) }); err != nil {
		return err
	}
	s.Documents += w.delta.Documents
	s.Entities += w.delta.Entities
	s.Edges += w.delta.Edges
	s.Events += w.delta.Events
	s.Mentions += w.delta.Mentions
	return setJSONW(w, countsKey(), &s)
}

// commit runs fn in a read-write transaction as update describes, without
// taking any lock: the caller holds wmu or mu.
func (db *DB) commit(ctx context.Context, op string, fn func(w *wtx) error) error {
	for attempt := 0; ; attempt++ {
		err := db.updateTx(func(txn *tx) error {
			db.writeGen.Add(1)
			return db.fill(ctx, &wtx{Txn: txn}, fn)
		})
		if !errors.Is(err, badger.ErrConflict) {
			return err
		}
		db.conflicts.Add(1)
		if attempt >= maxRetries {
			return fmt.Errorf("store: %s: gave up after %d conflicts: %w", op, attempt+1, err)
		}
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("store: %s: %w", op, err)
		}
		db.log.Debug("store: transaction conflict, retrying", "op", op, "attempt", attempt+1)
		// Back off a little, more after repeated conflicts, with jitter.
		time.Sleep(time.Duration(attempt+1)*50*time.Microsecond + time.Duration(rand.N(int64(50*time.Microsecond))))
	}
}

// seqBlock hands out a block of load-order numbers and returns its first:
// the wall clock in nanoseconds rounded up to a block (contribs.go), after
// every number handed out before, in this process and in the store
// (Open starts after the highest stored one).
func (db *DB) seqBlock() uint64 {
	const size = 1 << seqBlockBits
	for {
		last := db.lastSeq.Load()
		start := blockOf(max(uint64(time.Now().UnixNano()), last+1) + size - 1)
		if db.lastSeq.CompareAndSwap(last, start+size-1) {
			return start
		}
	}
}

// docSeq returns the load-order number of the next document that w writes:
// the documents of one transaction share a block (contribs.go).
func (w *wtx) docSeq(db *DB) uint64 {
	if w.seqNext == w.seqEnd {
		w.seqNext = db.seqBlock()
		w.seqEnd = w.seqNext + 1<<seqBlockBits
	}
	w.seqNext++
	return w.seqNext - 1
}

// Stats returns the counts of documents, entities, edges, events and edge
// mentions (see keys.go for what is counted). Every write keeps them up to
// date, so this is one read.
func (db *DB) Stats(ctx context.Context) (Stats, error) {
	var s Stats
	err := db.view(ctx, func(txn *tx) error {
		_, err := getJSON(txn, countsKey(), &s)
		return err
	})
	if err != nil {
		return Stats{}, fmt.Errorf("store: stats: %w", err)
	}
	return s, nil
}

// CountStats counts the records by scanning them, without the stored counts
// that Stats reads: a consistency check for tests and tools.
func (db *DB) CountStats(ctx context.Context) (Stats, error) {
	var s Stats
	err := db.view(ctx, func(txn *tx) error {
		counts := []struct {
			p byte
			n *int
		}{{pDoc, &s.Documents}, {pEntity, &s.Entities}, {pEdge, &s.Edges}, {pEvent, &s.Events}}
		for _, c := range counts {
			*c.n = countPrefix(txn, []byte{c.p})
		}
		it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte{pEdgeContrib}, PrefetchValues: true, PrefetchSize: 100})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			err := it.Item().Value(func(v []byte) error {
				n, _, err := splitEdgeContrib(v)
				s.Mentions += n
				return err
			})
			if err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return Stats{}, fmt.Errorf("store: count stats: %w", err)
	}
	return s, nil
}

func countPrefix(txn *tx, prefix []byte) int {
	it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix})
	defer it.Close()
	n := 0
	for it.Rewind(); it.Valid(); it.Next() {
		n++
	}
	return n
}

// Backup writes a full backup of the store to w (Badger's backup format).
func (db *DB) Backup(ctx context.Context, w io.Writer) error {
	release, err := db.acquire(ctx)
	if err != nil {
		return err
	}
	defer release()
	if _, err := db.bdb.Backup(w, 0); err != nil {
		return fmt.Errorf("store: backup: %w", err)
	}
	return nil
}

// Restore loads a backup written by Backup into an empty store; it returns
// ErrNotEmpty when the store holds any record.
func (db *DB) Restore(ctx context.Context, r io.Reader) error {
	release, err := db.acquire(ctx)
	if err != nil {
		return err
	}
	defer release()
	db.wmu.Lock()
	defer db.wmu.Unlock()
	empty := true
	err = db.viewTx(func(txn *tx) error {
		it := txn.NewIterator(badger.IteratorOptions{})
		defer it.Close()
		it.Rewind()
		empty = !it.Valid()
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: restore: %w", err)
	}
	if !empty {
		return ErrNotEmpty
	}
	if err := db.CheckSpace(); err != nil {
		return err
	}
	db.redirects.forget()
	db.ranks.Store(nil) // the store was empty: a window holds nothing of what is restored
	db.writeGen.Add(1)  // Load writes outside commit: a bulk writer must not trust what it read before
	// No merge may open a transaction while Load writes: after a Load that
	// failed, Badger's new transactions wait forever. Merges start again
	// once the restore succeeded.
	db.merges.Swap(nil).close()
	if err := db.load(r); err != nil {
		return err
	}
	if err := db.runs.Sync(db.bdb); err != nil { // the backup's runs: new ids above theirs
		return err
	}
	if err := db.redirects.load(db); err != nil {
		return err
	}
	if err := db.upgrade(ctx); err != nil {
		return err
	}
	if err := db.dropRetired(); err != nil {
		return err
	}
	if err := db.ensurePairIndex(ctx); err != nil {
		return err
	}
	db.startMerges()
	return nil
}

// load runs Badger's Load, which panics on some malformed input (a random
// file): the panic becomes an error wrapping ErrBadBackup.
func (db *DB) load(r io.Reader) (err error) {
	defer db.snap.forget() // Load writes without a new read timestamp
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("%w: %v", ErrBadBackup, v)
		}
	}()
	if err := db.bdb.Load(r, 256); err != nil {
		return fmt.Errorf("%w: %w", ErrBadBackup, err)
	}
	return nil
}

// CollectGarbage rewrites value-log files that are at least half garbage
// (the texts, sentences, fact lists and contribution blocks of deleted
// documents, and values rewritten since), until none is left or ctx is
// done, and returns how many it rewrote. Compact runs it after its
// compaction, which tells Badger what the log holds that is garbage; it
// is a no-op in memory.
func (db *DB) CollectGarbage(ctx context.Context) (int, error) {
	release, err := db.acquire(ctx)
	if err != nil {
		return 0, err
	}
	defer release()
	return db.collectGarbage(ctx)
}

// collectGarbage is CollectGarbage for a caller that holds mu.
func (db *DB) collectGarbage(ctx context.Context) (int, error) {
	n := 0
	for ctx.Err() == nil {
		err := db.bdb.RunValueLogGC(0.5)
		switch {
		case err == nil:
			n++
		case errors.Is(err, badger.ErrNoRewrite), errors.Is(err, badger.ErrGCInMemoryMode):
			return n, nil
		case errors.Is(err, badger.ErrRejected):
			return n, nil // another collection is running, or the store is closing
		default:
			return n, fmt.Errorf("store: value log gc: %w", err)
		}
	}
	return n, nil
}
