package segment

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"math"

	badger "github.com/dgraph-io/badger/v4"
)

// tier is the size class of a run: runs of one tier are within a factor
// FanIn of each other in bytes.
func (s *Set) tier(r *run) int {
	t, n := 0, s.opts.BlockBytes
	for r.bytes > n && t < 64 {
		t, n = t+1, n*s.opts.FanIn
	}
	return t
}

// dueGroup returns the runs MergeDue merges, as the bounds [lo, hi) of a
// stretch of v.runs (newest first): the newest FanIn consecutive runs of
// one tier; failing that, overflowGroup's with 3 × FanIn runs. ok is false
// when no merge is due.
func (s *Set) dueGroup(v *View) (lo, hi int, ok bool) {
	f := s.opts.FanIn
	start := 0
	for i := 1; i <= len(v.runs); i++ {
		if i < len(v.runs) && s.tier(v.runs[i]) == s.tier(v.runs[start]) {
			if i-start+1 == f && s.fits(v.runs[start:i+1]) {
				return start, i + 1, true
			}
			continue
		}
		start = i
	}
	return s.overflowGroup(v, 3*f)
}

// overflowGroup returns the FanIn consecutive runs of the fewest bytes
// when the view holds more than maxRuns runs and they fit one merge.
func (s *Set) overflowGroup(v *View, maxRuns int) (lo, hi int, ok bool) {
	f := s.opts.FanIn
	if len(v.runs) <= max(maxRuns, f-1) {
		return 0, 0, false
	}
	best, bestBytes := 0, -1
	for i := 0; i+f <= len(v.runs); i++ {
		if n := runBytes(v.runs[i : i+f]); bestBytes < 0 || n < bestBytes {
			best, bestBytes = i, n
		}
	}
	return best, best + f, s.fits(v.runs[best : best+f])
}

func runBytes(runs []*run) int {
	n := 0
	for _, r := range runs {
		n += r.bytes
	}
	return n
}

// fits reports whether a merge of runs stays within MaxMergeBytes and
// MaxMergeBlocks.
func (s *Set) fits(runs []*run) bool {
	blocks := 0
	for _, r := range runs {
		blocks += len(r.first)
	}
	return (s.opts.MaxMergeBytes <= 0 || runBytes(runs) <= s.opts.MaxMergeBytes) &&
		(s.opts.MaxMergeBlocks <= 0 || blocks <= s.opts.MaxMergeBlocks)
}

// MergeDue merges runs of the view into one, through its transaction,
// when a tier holds FanIn of them (see dueGroup), and returns the runs it
// replaced (none when no merge was due). The merge is stored when the
// transaction commits. Runs too large to merge within the bounds stay as
// they are: only MergeAllInParts (Compact) merges those. The view must be
// of a read-write transaction and must not be an overlay; runs the
// transaction writes after the view was taken are newer than all of its
// runs, and are left alone. A merge stops with ctx's error once ctx is
// done; the transaction must then be discarded.
func (v *View) MergeDue(ctx context.Context) ([]Replaced, error) {
	lo, hi, ok := v.s.dueGroup(v)
	if !ok {
		return nil, nil
	}
	return v.s.merge(ctx, v, lo, hi)
}

// MergeOverflow merges the FanIn consecutive runs of the fewest bytes into
// one, through the view's transaction, when the view holds more than
// maxRuns runs and they fit one merge; it returns the runs it replaced.
// It is MergeDue without the merges by tier, for a writer that does not
// read through the runs much and will have them merged all at once later
// (a bulk load before a compaction): it only bounds how many runs a read
// meets. The view must be as for MergeDue.
func (v *View) MergeOverflow(ctx context.Context, maxRuns int) ([]Replaced, error) {
	lo, hi, ok := v.s.overflowGroup(v, maxRuns)
	if !ok {
		return nil, nil
	}
	return v.s.merge(ctx, v, lo, hi)
}

// Replaced is a run that a merge replaced: once the merge committed, its
// blocks are garbage, for DeleteReplaced.
type Replaced struct {
	nonce  uint64
	blocks int
}

// txnEntries is how many entries one transaction of the Set's own writes
// (parts of a merge, deletions of blocks) makes: MaxMergeBlocks.
func (s *Set) txnEntries() int {
	if s.opts.MaxMergeBlocks > 0 {
		return s.opts.MaxMergeBlocks
	}
	return 1 << 14
}

// DeleteReplaced deletes the blocks of runs that merges replaced, once the
// merges committed, in transactions of their own.
func (s *Set) DeleteReplaced(db *badger.DB, runs []Replaced) error {
	for len(runs) > 0 {
		err := db.Update(func(txn *badger.Txn) error {
			var err error
			runs, err = s.deleteBlocks(txn, runs, s.txnEntries())
			return err
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// deleteBlocks deletes, through txn, the blocks of runs replaced by merges
// that committed, up to max of them, and returns the runs or parts of runs
// left.
func (s *Set) deleteBlocks(txn *badger.Txn, runs []Replaced, max int) ([]Replaced, error) {
	for len(runs) > 0 && max > 0 {
		r := &runs[0]
		for r.blocks > 0 && max > 0 {
			r.blocks--
			max--
			if err := txn.Delete(blockKey(s.opts.Prefix, r.nonce, uint32(r.blocks))); err != nil {
				return runs, fmt.Errorf("segment: delete replaced blocks: %w", err)
			}
		}
		if r.blocks == 0 {
			runs = runs[1:]
		}
	}
	return runs, nil
}

// MergeAllInParts merges every run into parts of at most MaxMergeBytes
// stored bytes and MaxMergeBlocks blocks, with disjoint key ranges and
// without tombstones, and then deletes the blocks of the runs it replaced.
// It reads the runs of one snapshot and writes each part in a transaction
// of its own, so that no transaction holds more than a part; the runs it
// replaces are dropped with the last part. Until then a
// read sees each key both in a part and in the runs it replaces, with the
// same value: a part takes the id of the newest run it replaces and a
// newer nonce, and a key whose tombstone the merge dropped is in no part,
// so the old runs still answer for it. Runs committed meanwhile are newer
// than all of these, and left alone. Merges must not run meanwhile.
func (s *Set) MergeAllInParts(db *badger.DB) error {
	partBytes := s.opts.MaxMergeBytes
	if partBytes <= 0 {
		partBytes = math.MaxInt
	}
	replaced, err := s.mergeAllInParts(db, partBytes, s.txnEntries())
	if err != nil {
		return err
	}
	return s.DeleteReplaced(db, replaced)
}

// mergeAllInParts is MergeAllInParts with parts of at most partBytes and
// partBlocks, without the deletion of the replaced runs' blocks, which it
// returns.
func (s *Set) mergeAllInParts(db *badger.DB, partBytes, partBlocks int) ([]Replaced, error) {
	snap := db.NewTransaction(false)
	defer snap.Discard()
	v, err := s.View(snap)
	if err != nil || len(v.runs) == 0 || (len(v.runs) == 1 && v.runs[0].tombs == 0) {
		return nil, err
	}
	id := v.runs[0].id
	it := v.NewIterator(IterOptions{})
	txn := db.NewTransaction(true)
	defer func() { txn.Discard() }()
	w := s.newRunWriter(txn)
	for it.Rewind(); it.Valid(); it.Next() {
		if err := w.add(it.Key(), it.Value(), false); err != nil {
			return nil, err
		}
		if w.r.bytes < partBytes && len(w.r.first) < partBlocks {
			continue
		}
		if err := w.finish(id); err != nil {
			return nil, err
		}
		if err := txn.Commit(); err != nil {
			return nil, fmt.Errorf("segment: merge in parts: %w", err)
		}
		txn = db.NewTransaction(true)
		w = s.newRunWriter(txn)
	}
	if err := it.Err(); err != nil {
		return nil, err
	}
	if err := w.finish(id); err != nil {
		return nil, err
	}
	replaced, err := s.dropRuns(txn, v.runs)
	if err != nil {
		return nil, err
	}
	if err := txn.Commit(); err != nil {
		return nil, fmt.Errorf("segment: merge in parts: %w", err)
	}
	s.forget(v.runs)
	return replaced, nil
}

// Drop merges every run txn sees into one, leaving out tombstones and
// the entries whose keys start with one of prefixes. It ignores
// MaxMergeBytes: the caller makes the transaction large enough.
func (s *Set) Drop(txn *badger.Txn, prefixes ...[]byte) ([]Replaced, error) {
	v, err := s.View(txn)
	if err != nil || len(v.runs) == 0 {
		return nil, err
	}
	return s.merge(context.Background(), v, 0, len(v.runs), prefixes...)
}

// mergeCheckEvery is how many entries a merge reads between two looks at
// its context.
const mergeCheckEvery = 1024

// merge replaces v.runs[lo:hi] by one run with the id of the newest of
// them, leaving out the entries under drop. Tombstones are dropped when the
// stretch reaches the oldest run, since nothing older is left for them to
// hide. It stops with ctx's error once ctx is done.
func (s *Set) merge(ctx context.Context, v *View, lo, hi int, drop ...[]byte) ([]Replaced, error) {
	group := v.runs[lo:hi]
	sub := &View{s: s, txn: v.txn, runs: group}
	it := sub.NewIterator(IterOptions{withTombstones: hi < len(v.runs)})
	w := s.newRunWriter(v.txn)
	n := 0
	for it.Rewind(); it.Valid(); it.Next() {
		if n%mergeCheckEvery == 0 {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("segment: merge: %w", err)
			}
		}
		n++
		if hasAnyPrefix(it.Key(), drop) {
			continue
		}
		if err := w.add(it.Key(), it.Value(), it.tomb()); err != nil {
			return nil, err
		}
	}
	if err := it.Err(); err != nil {
		return nil, err
	}
	if err := w.finish(group[0].id); err != nil {
		return nil, err
	}
	replaced, err := s.dropRuns(v.txn, group)
	if err != nil {
		return nil, err
	}
	s.forget(group)
	return replaced, nil
}

// dropRuns deletes, through txn, the catalog entries of runs that a merge
// replaced, and returns them as Replaced, for DeleteReplaced.
func (s *Set) dropRuns(txn *badger.Txn, runs []*run) ([]Replaced, error) {
	replaced := make([]Replaced, 0, len(runs))
	for _, r := range runs {
		if err := txn.Delete(metaKey(s.opts.Prefix, r.id, r.nonce)); err != nil {
			return nil, fmt.Errorf("segment: drop run %d: %w", r.id, err)
		}
		replaced = append(replaced, Replaced{nonce: r.nonce, blocks: len(r.first)})
	}
	return replaced, nil
}

func hasAnyPrefix(k []byte, prefixes [][]byte) bool {
	for _, p := range prefixes {
		if bytes.HasPrefix(k, p) {
			return true
		}
	}
	return false
}

// CollectOrphans deletes every block of runs that merges replaced and that
// DeleteReplaced did not delete (a crash in between), a transaction at a
// time, by a scan of all blocks. A merge deletes only the replaced runs'
// catalog entries, so that it writes about as many entries as it reads
// blocks. Runs must not be merged meanwhile.
func (s *Set) CollectOrphans(db *badger.DB) error {
	for n := s.txnEntries(); n == s.txnEntries(); {
		err := db.Update(func(txn *badger.Txn) error {
			var err error
			n, err = s.collectOrphans(txn, s.txnEntries())
			return err
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// collectOrphans deletes, through txn, up to max blocks of runs that merges
// replaced, and reports how many it deleted. Blocks whose run the
// transaction sees are kept; so are those of runs written after its
// snapshot, which it does not see either.
func (s *Set) collectOrphans(txn *badger.Txn, max int) (int, error) {
	v, err := s.View(txn)
	if err != nil {
		return 0, err
	}
	live := make(map[uint64]bool, len(v.runs))
	for _, r := range v.runs {
		live[r.nonce] = true
	}
	it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte{s.opts.Prefix, tagBlock}})
	defer it.Close()
	n := 0
	for it.Rewind(); it.Valid() && n < max; it.Next() {
		k := it.Item().Key()
		if len(k) != 14 {
			return n, fmt.Errorf("%w: block key %x", ErrCorrupt, k)
		}
		if live[binary.BigEndian.Uint64(k[2:])] {
			continue
		}
		if err := txn.Delete(it.Item().KeyCopy(nil)); err != nil {
			return n, fmt.Errorf("segment: collect orphan blocks: %w", err)
		}
		n++
	}
	return n, nil
}
