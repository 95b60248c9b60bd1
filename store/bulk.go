package store

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/geokg/geokg/graph"
)

// A BulkWriter ingests batches of extractions as IngestBatch does, with the
// commit of one batch overlapping the preparation of the next. A batch's
// transaction reads and folds the records it changes; Badger then inserts
// its writes into the memtable and the write-ahead log, on a goroutine of
// its own, while the caller waits. A 5,000-document load spent as much
// time in that insert as in preparing the batches (profile in docs/performance.md),
// one core idle in turn.
//
// The pipeline is one commit deep. Before sending batch N, the writer opens
// the transaction of batch N+1: it waits for batch N-1 to land, and does
// not see batch N, whose writes it keeps in an overlay (wtx.prior) that
// the transaction's reads consult first. Batch N+1 is sent only when
// batch N has landed; if N failed, N+1 (which read N's writes) is dropped
// and the writer fails from then on. Any other writer's transaction in
// between (DB.writeGen) makes the writer drop the transaction it opened
// ahead and start afresh, as does a document written in parts.
//
// A write of a pipelined batch that must scan keys (rebuilding a record
// after a deletion) fails with an internal error: adding documents never
// scans. Log sequences (cluster mode) are not recorded by a BulkWriter.
//
// Results are final only once the next call or Flush returned without
// error: until then the batch may still fail to land.
type BulkWriter struct {
	db *DB
	// next is the transaction opened before the commit in flight was
	// sent, and gen the writeGen it was opened at.
	next *tx
	gen  uint64
	// prior holds the writes of the commit in flight, done its result.
	prior *overlay
	done  chan error
	// failed is the first error of a commit; the writer refuses to go on.
	failed error
	// failCommit, set by tests, is the error the next commit ends with
	// instead of committing; failFill the error the next transaction's
	// fill ends with once it has folded its documents.
	failCommit, failFill error
	// cache holds the records the writer's batches read, current with
	// its own writes (readCache).
	cache *readCache
	// entities are the entity records the last batch folded, decoded and
	// current with its writes, which the next batch starts from (a hub's
	// record, with every name it goes by, was decoded again by every
	// batch); kept and dropped with cache, and dropped when a batch's
	// transaction fails, whose folds they may hold.
	entities map[string]*cachedEntity
	// sizes are the sizes the last batch's maps reached, which the next
	// batch's start with (mapSizes).
	sizes mapSizes
	// known tells which records do not exist (presence), as of writeGen
	// knownGen and the writer's own writes since.
	known    *presence
	knownGen uint64
	// missedAt is the count of reads that found nothing (loadCounters)
	// when the writer began to go without a filter: it builds one once
	// enough more have missed to pay for the scan (presenceWorthIt).
	missedAt uint64
	// minKnown is the fewest keys the filter is sized for
	// (minPresenceCapacity; tests set fewer).
	minKnown int
	// windowPairs is how many pairs the rank window may note before the
	// writer flushes it (rankWindowPairs; tests set fewer).
	windowPairs int
	// closed tells that Close ended the writer's bulk load.
	closed bool
}

// NewBulkWriter returns a writer for a bulk load of new documents. Call
// Close at the end: until then, the last batch may not have landed, and
// the background merger leaves the runs to the compaction that follows a
// bulk load (bulkMaxRuns).
func (db *DB) NewBulkWriter() *BulkWriter {
	db.bulkLoads.Add(1)
	return &BulkWriter{db: db, windowPairs: rankWindowPairs, minKnown: minPresenceCapacity, missedAt: db.loads.missing.Load()}
}

// Close flushes the writer (Flush) and ends its bulk load: the merger goes
// back to merging runs by tier. Batches given after are refused
// (ErrWriterClosed); a second Close only flushes.
func (b *BulkWriter) Close(ctx context.Context) error {
	err := b.Flush(ctx)
	if !b.closed {
		b.closed = true
		b.db.bulkLoads.Add(-1)
		b.db.merges.Load().kick()
	}
	return err
}

// IngestBatch ingests xs as DB.IngestBatch does, in the pipeline. An error
// may be the previous batch's: then neither it nor this batch was written.
//
// The batches of a BulkWriter leave the moves of rank keys to a rank window
// that Flush closes (ranks.go): until then, reads list an entity's
// neighbors in the order they had when the window opened.
func (b *BulkWriter) IngestBatch(ctx context.Context, xs []*graph.Extraction) ([]BatchResult, error) {
	return b.IngestPrepared(ctx, unprepared(xs))
}

// Flush waits for the batch still being committed, reports whether it
// landed, and moves the rank keys that the writer's batches left behind
// (even after a batch that failed to land: the moves follow what is
// stored). The writer may be used again after.
//
// The moves read the pair records through the writer's read cache, which
// holds the records its batches wrote, unless a batch failed to land or
// another writer wrote since (flushRanks checks): the flush at the end of
// a first load of 5,000 documents read 5,856 pair records from the runs.
func (b *BulkWriter) Flush(ctx context.Context) error {
	err := b.drain()
	cache := b.cache
	if err != nil {
		cache = nil
	}
	if ferr := b.db.flushRanks(ctx, cache, b.gen); err == nil {
		err = ferr
	}
	return err
}

// update runs fn in the next transaction of the pipeline and sends it to
// commit once the previous commit landed.
func (b *BulkWriter) update(ctx context.Context, op string, fn func(w *wtx) error) error {
	if b.failed != nil {
		return b.failed
	}
	release, err := b.db.writerTurn(ctx)
	if err != nil {
		return err
	}
	defer release()
	txn, prior := b.take()
	kept, room := 0, 0 // the batch before this one is the best guess of its size
	if prior != nil {
		kept, room = len(prior.m), prior.writes()
	}
	if prior == nil || b.cache == nil {
		// A transaction of its own: another writer may have written since
		// the cache was filled.
		b.cache = newReadCache(bulkReadCacheBytes)
		b.entities = nil
	}
	b.checkPresence(txn, prior)
	w := &wtx{Txn: txn, prior: prior, writes: newOverlay(max(kept, b.sizes.writes) * 5 / 4), loads: &b.db.loads, cache: b.cache, known: b.known}
	txn.ownWritesKept = true // w.read reads w.writes first
	txn.pending.Grow(max(room, b.sizes.pending))
	w.presize(b.sizes)
	w.adoptEntities(b.entities)
	b.entities = nil // this batch's folds change them
	if err := b.db.fill(ctx, w, b.failingFill(fn)); err != nil {
		txn.Discard()
		return err
	}
	b.entities = w.usedEntities()
	b.sizes = w.sizes().orHalf(b.sizes)
	next := b.db.newTx(true) // waits for the commit in flight
	if err := b.land(); err != nil {
		txn.Discard()
		next.Discard()
		return err
	}
	done := make(chan error, 1)
	if err := b.failCommit; err != nil {
		b.failCommit = nil
		txn.Discard()
		done <- err
	} else {
		b.db.loads.noteBatch(w.writes)
		b.cache.update(w.writes)
		txn.CommitWith(func(err error) { done <- err })
	}
	b.next, b.gen, b.prior, b.done = next, b.db.writeGen.Load(), w.writes, done
	return nil
}

// failingFill returns fn, or, when a test set failFill, fn ending with
// that error once.
func (b *BulkWriter) failingFill(fn func(w *wtx) error) func(w *wtx) error {
	failErr := b.failFill
	if failErr == nil {
		return fn
	}
	b.failFill = nil
	return func(w *wtx) error {
		if err := fn(w); err != nil {
			return err
		}
		return failErr
	}
}

// take returns the transaction opened ahead and the writes it does not
// see, or, when there is none or another writer wrote since, a new
// transaction (which waits for the commit in flight and sees it).
func (b *BulkWriter) take() (*tx, *overlay) {
	txn, prior := b.next, b.prior
	b.next = nil
	if txn != nil && b.gen == b.db.writeGen.Load() {
		return txn, prior
	}
	if txn != nil {
		txn.Discard()
	}
	return b.db.newTx(true), nil
}

// land waits for the commit in flight, if any, and returns its error.
func (b *BulkWriter) land() error {
	if b.done == nil {
		return b.failed
	}
	err := <-b.done
	b.done = nil
	if err != nil && b.failed == nil {
		b.failed = fmt.Errorf("%w: %w", ErrNotLanded, err)
	}
	return b.failed
}

// drain waits for the commit in flight and drops the transaction opened
// ahead, so that the next write starts from the landed state.
func (b *BulkWriter) drain() error {
	if b.next != nil {
		b.next.Discard()
		b.next = nil
	}
	b.prior = nil
	return b.land()
}

// checkPresence builds the writer's presence filter from txn, and the
// writes of the commit in flight (prior) that txn does not see: when it is
// full, and when the writer has none (or another writer wrote since it was
// built) once building one is worth its scan.
func (b *BulkWriter) checkPresence(txn *tx, prior *overlay) {
	gen := b.db.writeGen.Load()
	if b.known != nil && b.knownGen == gen && !b.known.full() {
		return
	}
	if b.known != nil && b.knownGen != gen {
		b.known, b.missedAt = nil, b.db.loads.missing.Load()
	}
	if b.known == nil && !b.presenceWorthIt(txn) {
		return
	}
	p := buildPresence(txn, prior, b.minKnown)
	b.known, b.knownGen = p, gen
	b.db.loads.presenceBuilds.Add(1)
}

// presenceWorthIt reports whether the reads that found nothing since the
// writer went without a filter make one worth its scan: a scan reads each
// edge, event and pair-edge key once (about 1 µs), a miss costs about
// 19 µs, so the writer builds one once the misses reach a sixteenth of
// those keys (estimated from the counts: a pair edge per edge). A load of a
// few documents onto a large store never scans it (10 documents onto the
// 25k bench store: 0.9 s with the scan, 0.5 s without); a store with no
// such key is scanned at once, for nothing.
func (b *BulkWriter) presenceWorthIt(txn *tx) bool {
	var s Stats
	if _, err := getValue(txn, countsKey(), func(v []byte) error { return json.Unmarshal(v, &s) }); err != nil {
		return false
	}
	keys := uint64(2*s.Edges + s.Events)
	return keys == 0 || 16*(b.db.loads.missing.Load()-b.missedAt) >= keys
}

// mapSizes are the sizes of the maps a write transaction fills as it folds
// documents into records (wtx). A bulk batch is much like the one before
// it, so BulkWriter sizes each batch's maps as the last batch's grew:
// growing them entry by entry, rehashing at each doubling, took some 4% of
// the writer's CPU.
type mapSizes struct {
	entities, edges, events, resolved, support, heads, fresh, contribs, pairs, writes int
	// contribEntries and pending are not maps' but lists': the
	// contributions, and the writes (segment.Batch). A batch that followed
	// a small transaction (the rest of a batch split in two) grew its list
	// of writes from nothing, doubling a dozen times.
	contribEntries, pending int
}

// sizes returns the sizes w's maps reached.
func (w *wtx) sizes() mapSizes {
	s := w.filled
	s.entities, s.resolved, s.writes, s.pending = len(w.entities), len(w.resolved), len(w.writes.m), w.writes.writes()
	return s
}

// orHalf returns, per map, the larger of s and half of prev: a batch split
// into transactions (batchfit.go) ends with a small one, after which the
// next batch is as large as the ones before.
func (s mapSizes) orHalf(prev mapSizes) mapSizes {
	return mapSizes{
		entities: max(s.entities, prev.entities/2), edges: max(s.edges, prev.edges/2),
		events: max(s.events, prev.events/2), resolved: max(s.resolved, prev.resolved/2),
		support: max(s.support, prev.support/2), heads: max(s.heads, prev.heads/2),
		fresh: max(s.fresh, prev.fresh/2), contribs: max(s.contribs, prev.contribs/2),
		pairs: max(s.pairs, prev.pairs/2), writes: max(s.writes, prev.writes/2),
		contribEntries: max(s.contribEntries, prev.contribEntries/2), pending: max(s.pending, prev.pending/2),
	}
}

// presize makes w's maps with room for a quarter more than s.
func (w *wtx) presize(s mapSizes) {
	room := func(n int) int { return n + n/4 }
	if s.entities > 0 {
		w.entities = make(map[string]*cachedEntity, room(s.entities))
	}
	if s.edges > 0 {
		w.edges = make(map[string]*cached[edgeRec], room(s.edges))
	}
	if s.events > 0 {
		w.events = make(map[string]*cached[eventRec], room(s.events))
	}
	if s.resolved > 0 {
		w.resolved = make(map[string]string, room(s.resolved))
	}
	if s.support > 0 {
		w.pairs.support = make(map[string]support, room(s.support))
	}
	if s.heads > 0 {
		w.pairs.heads = make(map[string]*graph.Edge, room(s.heads))
	}
	if s.fresh > 0 {
		w.pairs.fresh = make(map[string]bool, room(s.fresh))
	}
	if s.contribs > 0 {
		w.contribs.group = make(map[contribGroupKey]int, room(s.contribs))
	}
	if s.contribEntries > 0 {
		w.contribs.entries = make([]contribEntry, 0, room(s.contribEntries))
		w.contribs.of = make([]int32, 0, room(s.contribEntries))
	}
	w.pairsRoom = room(s.pairs)
}
