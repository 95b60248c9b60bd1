package segment

import (
	"bytes"
	"fmt"

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
// one tier; failing that, when the view holds more than 3 × FanIn runs,
// the FanIn consecutive runs of the fewest bytes. ok is false when no
// merge is due.
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
	if len(v.runs) <= 3*f {
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

// fits reports whether a merge of runs stays within MaxMergeBytes.
func (s *Set) fits(runs []*run) bool {
	return s.opts.MaxMergeBytes <= 0 || runBytes(runs) <= s.opts.MaxMergeBytes
}

// MergeDue merges runs of the view into one, through its transaction,
// when a tier holds FanIn of them (see dueGroup), and reports whether it
// did. The merge is stored when the transaction commits. The view must be
// of a read-write transaction and must not be an overlay; runs the
// transaction writes after the view was taken are newer than all of its
// runs, and are left alone.
func (v *View) MergeDue() (bool, error) {
	lo, hi, ok := v.s.dueGroup(v)
	if !ok {
		return false, nil
	}
	return true, v.s.merge(v, lo, hi)
}

// MergeAll merges every run txn sees into one, without tombstones. It
// reports false, and merges nothing, when the runs exceed MaxMergeBytes.
func (s *Set) MergeAll(txn *badger.Txn) (bool, error) {
	v, err := s.View(txn)
	if err != nil {
		return false, err
	}
	if len(v.runs) == 0 || (len(v.runs) == 1 && v.runs[0].tombs == 0) {
		return true, nil
	}
	if !s.fits(v.runs) {
		return false, nil
	}
	return true, s.merge(v, 0, len(v.runs))
}

// Drop merges every run txn sees into one, leaving out tombstones and
// the entries whose keys start with one of prefixes. It ignores
// MaxMergeBytes: the caller makes the transaction large enough.
func (s *Set) Drop(txn *badger.Txn, prefixes ...[]byte) error {
	v, err := s.View(txn)
	if err != nil || len(v.runs) == 0 {
		return err
	}
	return s.merge(v, 0, len(v.runs), prefixes...)
}

// merge replaces v.runs[lo:hi] by one run with the id of the newest of
// them, leaving out the entries under drop. Tombstones are dropped when the
// stretch reaches the oldest run, since nothing older is left for them to
// hide.
func (s *Set) merge(v *View, lo, hi int, drop ...[]byte) error {
	group := v.runs[lo:hi]
	sub := &View{s: s, txn: v.txn, runs: group}
	it := sub.NewIterator(IterOptions{withTombstones: hi < len(v.runs)})
	w := s.newRunWriter(v.txn)
	for it.Rewind(); it.Valid(); it.Next() {
		if hasAnyPrefix(it.Key(), drop) {
			continue
		}
		if err := w.add(it.Key(), it.Value(), it.tomb()); err != nil {
			return err
		}
	}
	if err := it.Err(); err != nil {
		return err
	}
	if err := w.finish(group[0].id); err != nil {
		return err
	}
	for _, r := range group {
		if err := s.drop(v.txn, r); err != nil {
			return err
		}
	}
	s.forget(group)
	return nil
}

func hasAnyPrefix(k []byte, prefixes [][]byte) bool {
	for _, p := range prefixes {
		if bytes.HasPrefix(k, p) {
			return true
		}
	}
	return false
}

// drop deletes a run's blocks and catalog entry.
func (s *Set) drop(txn *badger.Txn, r *run) error {
	for i := range r.first {
		if err := txn.Delete(blockKey(s.opts.Prefix, r.nonce, uint32(i))); err != nil {
			return fmt.Errorf("segment: drop run %d: %w", r.id, err)
		}
	}
	if err := txn.Delete(metaKey(s.opts.Prefix, r.id, r.nonce)); err != nil {
		return fmt.Errorf("segment: drop run %d: %w", r.id, err)
	}
	return nil
}
