package store

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"sync"
	"time"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/geokg/geokg/graph"
)

// A rank window defers the moves of rank keys (0x1A) over the batches of a
// bulk load. Every batch of a load changes the weight of many of a hub's
// pairs, and each change deleted and rewrote the pair's four rank keys (both
// ends, its type and all types): 29.5 of a document's 143 entries in a
// first load, 31.5 in the next, rewriting the same keys batch after batch.
// While a window is open, a write changes pair records as before but leaves
// the rank keys as they were, noting for each pair it changes the record
// that the pair's rank keys still reflect (its record when the window first
// saw it change). Flushing the window moves each noted pair's rank keys
// once, from that record to the pair's stored record, in parts run at once,
// some thousand pairs per transaction. Readers see, until then, the
// neighbor order of the window's start.
//
// A crash in between leaves rank keys that do not match the pair records.
// Every transaction that notes pairs the window had not seen therefore
// journals them with the records their rank keys reflect (0x3F 'w', in the
// same transaction as the change), and the flush's last transaction, once
// every part has moved its pairs, deletes the journal. Open moves the rank keys of the pairs a journal names
// (recoverRankJournal), so a crash costs a flush, never a wrong order.
//
// The flush reads the stored records, not the ones the window's writes
// computed, so a batch that failed to land leaves nothing to move: its
// pairs' stored records are those their rank keys reflect. Moving a pair
// twice (a flush cut short, then Open) changes nothing the second time.
type rankWindow struct {
	mu sync.Mutex
	// was holds, per pair (a <= b), the record its rank keys reflect.
	was map[[2]string]pairRec
}

// rankWindowPairs bounds the pairs one window notes: a BulkWriter flushes
// its window before a batch when it holds more. A pair's record takes a few
// hundred bytes, so a window holds some tens of MB at most; the 25,000
// documents of the bench corpus name about 18,000 pairs.
const rankWindowPairs = 1 << 16

// rankFlushPairs is how many pairs one transaction of a flush moves at
// first (up to 8 rank keys each, some hundred KB of run); a flush halves it
// on a transaction found too big. The parts of a flush commit at once, and
// each commit syncs: the 5,856 pairs of a 5,000-document load moved in
// 28-33 ms in two parts of one transaction each, 45-62 ms in parts of 512
// pairs a transaction, 69-74 ms in one part of 512 (docs/performance.md,
// round 36).
const rankFlushPairs = 4096

// note records that pair (a, b) changes from old, unless the window holds
// the pair already; it reports whether the pair is new to the window.
func (rw *rankWindow) note(a, b string, old pairRec) bool {
	rw.mu.Lock()
	defer rw.mu.Unlock()
	if _, ok := rw.was[[2]string{a, b}]; ok {
		return false
	}
	rw.was[[2]string{a, b}] = old
	return true
}

// notedPair is a pair new to a rank window and the record its rank keys
// reflect, as a transaction journals it.
type notedPair struct {
	A   string  `json:"a"`
	B   string  `json:"b"`
	Was pairRec `json:"was"`
}

// rankJournalPrefix is the prefix of the journal of an open rank window:
// one key per transaction that noted new pairs (u64 from seqBlock, so
// increasing), whose value is the JSON list of its notedPairs.
func rankJournalPrefix() []byte { return []byte{pMeta, 'w'} }

func rankJournalKey(n uint64) []byte {
	return binary.BigEndian.AppendUint64(rankJournalPrefix(), n)
}

// journalRanks journals the pairs that w noted first in its window.
func (db *DB) journalRanks(w *wtx) error {
	if len(w.rankNew) == 0 {
		return nil
	}
	v, err := json.Marshal(w.rankNew)
	if err != nil {
		return fmt.Errorf("store: rank journal: %w", err)
	}
	return w.set(rankJournalKey(db.seqBlock()), v)
}

// recoverRankJournal moves the rank keys of the pairs that the journal of
// a rank window names, which a load that stopped before its flush left
// behind: the window is opened again with the records the journal holds
// (the first one for a pair) and flushed.
func (db *DB) recoverRankJournal(ctx context.Context) error {
	was := map[[2]string]pairRec{}
	err := db.viewTx(func(txn *tx) error {
		return scanKeysCtx(ctx, txn, rankJournalPrefix(), nil, func(k, v []byte) (bool, error) {
			var noted []notedPair
			if err := json.Unmarshal(v, &noted); err != nil {
				return false, fmt.Errorf("store: corrupt rank journal %x: %w", k, err)
			}
			for _, p := range noted {
				if _, ok := was[[2]string{p.A, p.B}]; !ok {
					was[[2]string{p.A, p.B}] = p.Was
				}
			}
			return true, nil
		})
	})
	if err != nil || len(was) == 0 {
		return err
	}
	db.log.Warn("store: moving the rank keys that an interrupted bulk load left behind", "pairs", len(was))
	start := time.Now()
	db.ranks.Store(&rankWindow{was: was})
	if err := db.flushRankWindow(ctx); err != nil {
		return err
	}
	db.log.Info("store: rank keys moved", "pairs", len(was), "took", time.Since(start).Round(time.Millisecond))
	return nil
}

// size returns how many pairs the window holds.
func (rw *rankWindow) size() int {
	rw.mu.Lock()
	defer rw.mu.Unlock()
	return len(rw.was)
}

// openRankWindow opens a rank window unless one is open.
func (db *DB) openRankWindow() {
	db.ranks.CompareAndSwap(nil, &rankWindow{was: map[[2]string]pairRec{}})
}

// flushRankWindow moves the rank keys of the pairs the open window noted
// and closes it; the last of its transactions drops the window's journal.
// It holds the writer's turn throughout, so that no other write sees the
// window half flushed. On an error the pairs not yet moved stay in an open
// window.
func (db *DB) flushRankWindow(ctx context.Context) error { return db.flushRanks(ctx, nil, 0) }

// flushRanks flushes the rank window as flushRankWindow does, reading the
// pair records through cache when it is current with the store: when
// nothing has written since write generation gen (DB.writeGen), in which
// cache held the store's records.
func (db *DB) flushRanks(ctx context.Context, cache *readCache, gen uint64) error {
	if db.ranks.Load() == nil {
		return nil
	}
	release, err := db.writerTurn(ctx)
	if err != nil {
		return err
	}
	defer release()
	if db.writeGen.Load() != gen {
		cache = nil
	}
	rw := db.ranks.Swap(nil)
	if rw == nil {
		return nil
	}
	pairs := slices.SortedFunc(maps.Keys(rw.was), cmpPair)
	left, written, err := db.movePairRanks(ctx, rw.was, pairs, cache)
	if err == nil {
		err = db.endRankFlush(ctx, written)
	}
	if err != nil {
		db.reopenRankWindow(rw, left)
	}
	return err
}

// rankFlushParts is how many parts of a window's pairs a flush moves at
// once, each in transactions of its own. The flush at the end of a bulk
// load comes after the writer's last batch, when the extraction workers are
// done, and in one part it kept one core of two busy.
const rankFlushParts = 2

// movePairRanks moves the rank keys of pairs (moveRanks) in rankFlushParts
// parts at once, and returns the pairs it did not move and how many writes
// it made. The parts take the writes of different pairs, never the same
// key, so their transactions need not see each other. After an error, the
// writes of the pairs moved are left out of the count of writes, a
// compaction's cue, not a record.
func (db *DB) movePairRanks(ctx context.Context, was map[[2]string]pairRec, pairs [][2]string, cache *readCache) (left [][2]string, written int, err error) {
	n := rankFlushParts
	lefts, counts, errs := make([][][2]string, n), make([]int, n), make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		part := pairs[i*len(pairs)/n : (i+1)*len(pairs)/n]
		wg.Go(func() { lefts[i], counts[i], errs[i] = db.moveRankPart(ctx, was, part, cache) })
	}
	wg.Wait()
	for i := range n {
		written += counts[i]
	}
	return slices.Concat(lefts...), written, errors.Join(errs...)
}

// moveRankPart moves the rank keys of pairs, rankFlushPairs per
// transaction at first and fewer after a transaction found too big, and
// returns the pairs it did not move and how many writes it made.
func (db *DB) moveRankPart(ctx context.Context, was map[[2]string]pairRec, pairs [][2]string, cache *readCache) ([][2]string, int, error) {
	written := 0
	for n := rankFlushPairs; len(pairs) > 0; {
		chunk := pairs[:min(n, len(pairs))]
		writes, err := db.moveRanksOnce(ctx, was, chunk, cache)
		if errors.Is(err, badger.ErrTxnTooBig) && n > 1 {
			n /= 2
			continue
		}
		if err != nil {
			return pairs, written, err
		}
		db.loads.noteBatch(writes)
		written += writes.sets + writes.deletes
		pairs = pairs[len(chunk):]
	}
	return nil, written, nil
}

// moveRanksOnce runs moveRanks in one transaction, its reads through cache
// when not nil, and returns its writes. The caller holds the writer's turn.
// The moves write rank keys only, never a record the cache holds, so the
// transaction is a plain one, without fill's bookkeeping (folded records,
// pair index, counts): as the pair index's rebuild. Above all, it leaves
// the count of the store's writes (noteWritten) alone: a transaction
// reads, changes and writes that count, so two parts at once would each
// add to the same old count; endRankFlush adds the flush's writes.
func (db *DB) moveRanksOnce(ctx context.Context, was map[[2]string]pairRec, chunk [][2]string, cache *readCache) (*overlay, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("store: move rank keys: %w", err)
	}
	var writes *overlay
	err := db.updateTx(func(txn *tx) error {
		db.writeGen.Add(1) // as commit: a writer's cache is current no more
		w := &wtx{Txn: txn, writes: newOverlay(8 * len(chunk)), cache: cache}
		if err := moveRanks(w, was, chunk); err != nil {
			return err
		}
		writes = w.writes
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: move rank keys: %w", err)
	}
	return writes, nil
}

// endRankFlush deletes the journal of the flushed window and adds written,
// the writes of its moves, to the store's count of writes (noteWritten).
func (db *DB) endRankFlush(ctx context.Context, written int) error {
	var writes *overlay
	err := db.commit(ctx, "end the rank flush", func(w *wtx) error {
		w.writes, writes = newOverlay(0), nil
		journal, err := keysUnder(w.Txn, rankJournalPrefix(), func(rest []byte) string { return string(rest) })
		if err != nil {
			return err
		}
		for _, rest := range journal {
			if err := w.del(append(rankJournalPrefix(), rest...)); err != nil {
				return err
			}
		}
		w.written += uint64(written)
		writes = w.writes
		return nil
	})
	if err == nil {
		db.loads.noteBatch(writes)
	}
	return err
}

// reopenRankWindow opens a window again with the pairs of rw that a failed
// flush did not move.
func (db *DB) reopenRankWindow(rw *rankWindow, left [][2]string) {
	was := make(map[[2]string]pairRec, len(left))
	for _, p := range left {
		was[p] = rw.was[p]
	}
	if !db.ranks.CompareAndSwap(nil, &rankWindow{was: was}) {
		db.log.Error("store: a rank window was opened while another was being flushed; the pair index will be rebuilt at the next open")
	}
}

// moveRanks moves the rank keys of each of pairs from the record that was
// gives for it to its stored record.
func moveRanks(w *wtx, was map[[2]string]pairRec, pairs [][2]string) error {
	for _, p := range pairs {
		old := was[p]
		next := pairRec{}
		if _, err := w.read(pairKey(p[0], p[1]), func(v []byte) error { return decodePairRec(v, &next) }); err != nil {
			return err
		}
		if changed := changedTypes(old, next); len(changed) > 0 && p[0] != p[1] {
			if err := rerank(w, p[0], p[1], old, next, changed); err != nil {
				return err
			}
		}
	}
	return nil
}

// changedTypes lists the types whose weight differs between pair records
// old and next, and "" when their totals differ, as rerank takes them.
func changedTypes(old, next pairRec) []graph.RelationType {
	var changed []graph.RelationType
	for t := range old {
		if old[t] != next[t] {
			changed = append(changed, t)
		}
	}
	for t := range next {
		if _, ok := old[t]; !ok {
			changed = append(changed, t)
		}
	}
	if len(changed) > 0 && old.total() != next.total() {
		changed = append(changed, "")
	}
	return changed
}
