package segment

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"

	badger "github.com/dgraph-io/badger/v4"
)

func openDB(t testing.TB) *badger.DB {
	t.Helper()
	db, err := badger.Open(badger.DefaultOptions("").WithInMemory(true).WithLogger(nil))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func openSet(t testing.TB, db *badger.DB, opts Options) *Set {
	t.Helper()
	s, err := Open(db, opts)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// oracle is what the runs should read as.
type oracle map[string]string

func (o oracle) sorted(prefix string, reverse bool) []string {
	var ks []string
	for k := range o {
		if strings.HasPrefix(k, prefix) {
			ks = append(ks, k)
		}
	}
	slices.Sort(ks)
	if reverse {
		slices.Reverse(ks)
	}
	return ks
}

func list(it *Iterator) []string {
	var out []string
	for ; it.Valid(); it.Next() {
		out = append(out, string(it.Key())+"="+string(it.Value()))
	}
	return out
}

func want(o oracle, ks []string) []string {
	var out []string
	for _, k := range ks {
		out = append(out, k+"="+o[k])
	}
	return out
}

// check compares every way of reading v with o.
func check(t *testing.T, v *View, o oracle, keys []string, rng *rand.Rand, when string) {
	t.Helper()
	for _, k := range keys {
		val, ok, err := v.Get([]byte(k))
		if err != nil {
			t.Fatal(err)
		}
		if w, in := o[k]; ok != in || string(val) != w {
			t.Fatalf("%s: Get(%q) = %q, %v; want %q, %v", when, k, val, ok, w, in)
		}
	}
	for _, p := range []string{"", "a", "ab", "b\xff", "c"} {
		for _, rev := range []bool{false, true} {
			it := v.NewIterator(IterOptions{Prefix: []byte(p), Reverse: rev})
			it.Rewind()
			if got, w := list(it), want(o, o.sorted(p, rev)); !slices.Equal(got, w) {
				t.Fatalf("%s: scan %q reverse=%v:\n got %v\nwant %v", when, p, rev, got, w)
			}
			if err := it.Err(); err != nil {
				t.Fatal(err)
			}
		}
	}
	for range 20 {
		k := keys[rng.IntN(len(keys))]
		rev := rng.IntN(2) == 0
		it := v.NewIterator(IterOptions{Reverse: rev})
		it.Seek([]byte(k))
		var w []string
		for _, x := range o.sorted("", rev) {
			if (!rev && x >= k) || (rev && x <= k) {
				w = append(w, x)
			}
		}
		if got := list(it); !slices.Equal(got, want(o, w)) {
			t.Fatalf("%s: seek %q reverse=%v:\n got %v\nwant %v", when, k, rev, got, want(o, w))
		}
	}
}

func keySpace() []string {
	var keys []string
	for _, a := range []string{"a", "ab", "abc", "b", "b\xff", "b\xff\xff", "c"} {
		for i := range 12 {
			keys = append(keys, fmt.Sprintf("%s%02d", a, i))
		}
		keys = append(keys, a)
	}
	return keys
}

// TestRunsReadAsWritten writes random batches of sets and deletions,
// merging as due and at times all at once, and reads every key, scan and
// seek back against a map after each commit.
func TestRunsReadAsWritten(t *testing.T) {
	for _, fan := range []int{2, 3, 6} {
		t.Run(fmt.Sprint("fanin", fan), func(t *testing.T) {
			db := openDB(t)
			s := openSet(t, db, DefaultOptions(0x40).WithBlockBytes(64).WithFanIn(fan).WithCacheBlocks(8))
			rng := rand.New(rand.NewPCG(uint64(fan), 7))
			keys, o := keySpace(), oracle{}
			merges := 0
			for round := range 60 {
				var b Batch
				for range 1 + rng.IntN(30) {
					k := keys[rng.IntN(len(keys))]
					if rng.IntN(4) == 0 {
						must(t, b.Delete([]byte(k)))
						delete(o, k)
						continue
					}
					v := fmt.Sprintf("v%d-%d", round, rng.IntN(1000))
					must(t, b.Set([]byte(k), []byte(v)))
					o[k] = v
				}
				err := db.Update(func(txn *badger.Txn) error {
					if err := s.Commit(txn, &b); err != nil {
						return err
					}
					if round%17 == 16 {
						merges++
						return mergeAll(s, txn)
					}
					merged, err := mergeDue(s, txn)
					if merged {
						merges++
					}
					return err
				})
				must(t, err)
				must(t, db.View(func(txn *badger.Txn) error {
					v, err := s.View(txn)
					if err != nil {
						return err
					}
					if v.Runs() > 3*fan+1 {
						t.Fatalf("round %d: %d runs with fan-in %d", round, v.Runs(), fan)
					}
					check(t, v, o, keys, rng, fmt.Sprint("round ", round))
					return nil
				}))
			}
			if merges < 5 {
				t.Fatalf("only %d merges ran", merges)
			}
		})
	}
}

// mergeAll merges every run txn sees into one, in txn.
func mergeAll(s *Set, txn *badger.Txn) error {
	v, err := s.View(txn)
	if err != nil || len(v.runs) == 0 {
		return err
	}
	_, err = s.merge(context.Background(), v, 0, len(v.runs))
	return err
}

// mergeDue merges what is due among the runs txn sees.
func mergeDue(s *Set, txn *badger.Txn) (bool, error) {
	v, err := s.View(txn)
	if err != nil {
		return false, err
	}
	replaced, err := v.MergeDue(context.Background())
	return len(replaced) > 0, err
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// TestMergeAllDropsTombstones: after merging all, one run is left, holding
// no deletions.
func TestMergeAllDropsTombstones(t *testing.T) {
	db := openDB(t)
	s := openSet(t, db, DefaultOptions(0x40).WithBlockBytes(64))
	for i, op := range []string{"set", "del"} {
		var b Batch
		for j := range 50 {
			k := []byte(fmt.Sprintf("k%03d", j))
			if op == "set" || j%2 == 0 {
				if op == "set" {
					must(t, b.Set(k, []byte("v")))
				} else {
					must(t, b.Delete(k))
				}
			}
		}
		must(t, db.Update(func(txn *badger.Txn) error { return s.Commit(txn, &b) }))
		_ = i
	}
	must(t, db.Update(func(txn *badger.Txn) error { return mergeAll(s, txn) }))
	must(t, db.View(func(txn *badger.Txn) error {
		v, err := s.View(txn)
		must(t, err)
		if v.Runs() != 1 || v.runs[0].tombs != 0 || v.Entries() != 25 {
			t.Fatalf("after merging all: %d runs, %d tombstones, %d entries; want 1, 0, 25", v.Runs(), v.runs[0].tombs, v.Entries())
		}
		return nil
	}))
}

// TestSnapshotSurvivesMerge: a transaction opened before a merge reads
// the runs it saw, whose keys the merge deleted after it.
func TestSnapshotSurvivesMerge(t *testing.T) {
	db := openDB(t)
	s := openSet(t, db, DefaultOptions(0x40).WithBlockBytes(64).WithCacheBlocks(1))
	o := oracle{}
	for i := range 4 {
		var b Batch
		for j := range 20 {
			k := fmt.Sprintf("k%02d", (i*7+j)%40)
			v := fmt.Sprint(i)
			must(t, b.Set([]byte(k), []byte(v)))
			o[k] = v
		}
		must(t, db.Update(func(txn *badger.Txn) error { return s.Commit(txn, &b) }))
	}
	old := db.NewTransaction(false)
	defer old.Discard()
	v, err := s.View(old)
	must(t, err)
	must(t, db.Update(func(txn *badger.Txn) error { return mergeAll(s, txn) }))
	rng := rand.New(rand.NewPCG(1, 2))
	var keys []string
	for k := range o {
		keys = append(keys, k)
	}
	check(t, v, o, keys, rng, "old snapshot")
	// A view opened afresh on the old transaction sees the old runs too.
	v2, err := s.View(old)
	must(t, err)
	if v2.Runs() != 4 {
		t.Fatalf("old snapshot sees %d runs, want 4", v2.Runs())
	}
	check(t, v2, o, keys, rng, "old snapshot, new view")
}

// TestUncommittedRunIsInvisible: a run is stored only with its transaction.
func TestUncommittedRunIsInvisible(t *testing.T) {
	db := openDB(t)
	s := openSet(t, db, DefaultOptions(0x40))
	var b Batch
	must(t, b.Set([]byte("k"), []byte("v")))
	txn := db.NewTransaction(true)
	must(t, s.Commit(txn, &b))
	txn.Discard()
	must(t, db.View(func(txn *badger.Txn) error {
		v, err := s.View(txn)
		must(t, err)
		if _, ok, _ := v.Get([]byte("k")); ok || v.Runs() != 0 {
			t.Fatalf("a discarded run is visible")
		}
		return nil
	}))
}

// TestReopenIssuesNewIDs: a Set opened on a store with runs issues ids
// above theirs, so that new runs shadow old ones.
func TestReopenIssuesNewIDs(t *testing.T) {
	db := openDB(t)
	for i, v := range []string{"old", "new"} {
		s := openSet(t, db, DefaultOptions(0x40))
		var b Batch
		must(t, b.Set([]byte("k"), []byte(v)))
		must(t, db.Update(func(txn *badger.Txn) error { return s.Commit(txn, &b) }))
		_ = i
	}
	s := openSet(t, db, DefaultOptions(0x40))
	must(t, db.View(func(txn *badger.Txn) error {
		v, err := s.View(txn)
		must(t, err)
		got, _, err := v.Get([]byte("k"))
		if err != nil || string(got) != "new" {
			t.Fatalf("Get = %q, %v; want the newer run's value", got, err)
		}
		return nil
	}))
}

// TestCorruptBlock: a block that does not decode is an error, not a panic.
func TestCorruptBlock(t *testing.T) {
	db := openDB(t)
	s := openSet(t, db, DefaultOptions(0x40))
	var b Batch
	must(t, b.Set([]byte("k"), []byte("v")))
	must(t, db.Update(func(txn *badger.Txn) error { return s.Commit(txn, &b) }))
	must(t, db.Update(func(txn *badger.Txn) error {
		v, err := s.View(txn)
		must(t, err)
		return txn.Set(blockKey(0x40, v.runs[0].nonce, 0), []byte{1, 2, 3, 4, 5, 0, 0, 0, 9})
	}))
	s = openSet(t, db, DefaultOptions(0x40)) // an empty cache
	must(t, db.View(func(txn *badger.Txn) error {
		v, err := s.View(txn)
		must(t, err)
		if _, _, err := v.Get([]byte("k")); !errors.Is(err, ErrCorrupt) {
			t.Fatalf("Get on a corrupt block: %v, want ErrCorrupt", err)
		}
		it := v.NewIterator(IterOptions{})
		it.Rewind()
		if it.Valid() || !errors.Is(it.Err(), ErrCorrupt) {
			t.Fatalf("scan of a corrupt block: valid %v, err %v", it.Valid(), it.Err())
		}
		return nil
	}))
}

func TestEmptyKeyRefused(t *testing.T) {
	var b Batch
	if err := b.Set(nil, []byte("v")); !errors.Is(err, ErrBadKey) {
		t.Fatalf("Set(nil) = %v", err)
	}
	if err := b.Delete([]byte{}); !errors.Is(err, ErrBadKey) {
		t.Fatalf("Delete(empty) = %v", err)
	}
	if err := b.Set([]byte("k"), make([]byte, maxBlockBytes)); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("Set of an entry larger than a block may be = %v", err)
	}
}

func TestSuccessor(t *testing.T) {
	for _, c := range []struct{ in, want []byte }{
		{nil, nil}, {[]byte{0xff}, nil}, {[]byte("a"), []byte("b")}, {[]byte("a\xff"), []byte("b")},
	} {
		if got := successor(c.in); !bytes.Equal(got, c.want) {
			t.Errorf("successor(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestOverlayReadsPendingWrites: a batch not yet committed reads, over the
// runs, as if it were.
func TestOverlayReadsPendingWrites(t *testing.T) {
	db := openDB(t)
	s := openSet(t, db, DefaultOptions(0x40).WithBlockBytes(64).WithFanIn(3))
	rng := rand.New(rand.NewPCG(3, 4))
	keys, o := keySpace(), oracle{}
	write := func(b *Batch, o oracle, n int) {
		for range n {
			k := keys[rng.IntN(len(keys))]
			if rng.IntN(3) == 0 {
				must(t, b.Delete([]byte(k)))
				delete(o, k)
				continue
			}
			v := fmt.Sprint(rng.IntN(1000))
			must(t, b.Set([]byte(k), []byte(v)))
			o[k] = v
		}
	}
	for range 5 {
		var b Batch
		write(&b, o, 40)
		must(t, db.Update(func(txn *badger.Txn) error { return s.Commit(txn, &b) }))
	}
	// Writes and reads interleave, as in a transaction that reads what it wrote.
	var pending Batch
	for round := range 3 {
		write(&pending, o, 30+round*20)
		must(t, db.View(func(txn *badger.Txn) error {
			v, err := s.View(txn)
			must(t, err)
			for _, k := range keys {
				val, deleted, found := pending.Get([]byte(k))
				if !found {
					val, found, err = v.Get([]byte(k))
					must(t, err)
				} else {
					found = !deleted
				}
				if w, in := o[k]; found != in || string(val) != w {
					t.Fatalf("Get(%q) under the batch = %q, %v; want %q, %v", k, val, found, w, in)
				}
			}
			for _, p := range []string{"", "a", "ab", "b\xff", "c", "zz"} {
				for _, rev := range []bool{false, true} {
					it := v.Overlay(&pending, []byte(p)).NewIterator(IterOptions{Prefix: []byte(p), Reverse: rev})
					it.Rewind()
					if got, w := list(it), want(o, o.sorted(p, rev)); !slices.Equal(got, w) {
						t.Fatalf("scan %q reverse=%v under the batch:\n got %v\nwant %v", p, rev, got, w)
					}
				}
			}
			return nil
		}))
	}
}

// TestDrop: Drop leaves one run without the entries under the prefixes.
func TestDrop(t *testing.T) {
	db := openDB(t)
	s := openSet(t, db, DefaultOptions(0x40).WithBlockBytes(64))
	o := oracle{}
	for i := range 3 {
		var b Batch
		for _, k := range keySpace()[i*20 : i*20+30] {
			must(t, b.Set([]byte(k), []byte("v")))
			o[k] = "v"
		}
		must(t, db.Update(func(txn *badger.Txn) error { return s.Commit(txn, &b) }))
	}
	must(t, db.Update(func(txn *badger.Txn) error { _, err := s.Drop(txn, []byte("ab"), []byte("b\xff")); return err }))
	for k := range o {
		if strings.HasPrefix(k, "ab") || strings.HasPrefix(k, "b\xff") {
			delete(o, k)
		}
	}
	must(t, db.View(func(txn *badger.Txn) error {
		v, err := s.View(txn)
		must(t, err)
		if v.Runs() != 1 {
			t.Fatalf("%d runs after Drop, want 1", v.Runs())
		}
		check(t, v, o, keySpace(), rand.New(rand.NewPCG(5, 6)), "after Drop")
		return nil
	}))
}

// TestBatchGetAfterWrites: Get sees every write, before and after the
// batch was sorted for an overlay.
func TestBatchGetAfterWrites(t *testing.T) {
	db := openDB(t)
	s := openSet(t, db, DefaultOptions(0x40))
	var b Batch
	get := func(k, want string, wantDeleted bool) {
		t.Helper()
		v, deleted, found := b.Get([]byte(k))
		if !found || deleted != wantDeleted || string(v) != want {
			t.Fatalf("Get(%q) = %q, deleted %v, found %v; want %q, deleted %v", k, v, deleted, found, want, wantDeleted)
		}
	}
	must(t, b.Set([]byte("a"), []byte("1")))
	get("a", "1", false)
	must(t, b.Set([]byte("b"), []byte("2")))
	get("b", "2", false)
	must(t, b.Set([]byte("a"), []byte("3")))
	get("a", "3", false)
	must(t, db.View(func(txn *badger.Txn) error {
		v, err := s.View(txn)
		must(t, err)
		v.Overlay(&b, nil) // sorts the batch
		return nil
	}))
	get("a", "3", false)
	must(t, b.Set([]byte("a"), []byte("4")))
	get("a", "4", false)
	must(t, b.Delete([]byte("b")))
	get("b", "", true)
	must(t, b.Set([]byte("c"), []byte("5")))
	get("c", "5", false)
	if _, _, found := b.Get([]byte("d")); found {
		t.Fatal("Get found a key never written")
	}
}

// blockKeys counts the blocks stored under the set's prefix.
func blockKeys(t *testing.T, db *badger.DB) int {
	n := 0
	must(t, db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte{0x40, tagBlock}})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			n++
		}
		return nil
	}))
	return n
}

// TestMergeBoundsAndOrphans: merges read at most MaxMergeBlocks blocks,
// so that many runs are left as a few, not one; the blocks of replaced
// runs stay until deleteBlocks or collectOrphans deletes them, a part at a
// time, and what the runs read does not change.
func TestMergeBoundsAndOrphans(t *testing.T) {
	db := openDB(t)
	s := openSet(t, db, DefaultOptions(0x40).WithBlockBytes(64).WithFanIn(3).WithMaxMergeBlocks(10))
	o := oracle{}
	keys := keySpace()
	for i := range 12 {
		var b Batch
		for j := range 12 {
			k := keys[(i*12+j)%len(keys)]
			must(t, b.Set([]byte(k), []byte(fmt.Sprint(i))))
			o[k] = fmt.Sprint(i)
		}
		must(t, db.Update(func(txn *badger.Txn) error { return s.Commit(txn, &b) }))
	}
	before := blockKeys(t, db)
	var replaced []Replaced
	for {
		var r []Replaced
		must(t, db.Update(func(txn *badger.Txn) error {
			v, err := s.View(txn)
			must(t, err)
			r, err = v.MergeDue(context.Background())
			return err
		}))
		if len(r) == 0 {
			break
		}
		replaced = append(replaced, r...)
	}
	var live int
	must(t, db.View(func(txn *badger.Txn) error {
		v, err := s.View(txn)
		must(t, err)
		if v.Runs() < 2 || v.Runs() >= 12 {
			t.Fatalf("%d runs after merging with a bound of 10 blocks; want a few", v.Runs())
		}
		for _, r := range v.runs {
			live += len(r.first)
		}
		check(t, v, o, keys, rand.New(rand.NewPCG(7, 8)), "after bounded merges")
		return nil
	}))
	if got := blockKeys(t, db); got != before+live {
		t.Fatalf("%d blocks stored after the merges, want the %d before and the %d written", got, before, live)
	}
	// Delete half the replaced runs' blocks by the list, the rest by a scan.
	half := replaced[:len(replaced)/2]
	for len(half) > 0 {
		must(t, db.Update(func(txn *badger.Txn) error {
			var err error
			half, err = s.deleteBlocks(txn, half, 5)
			return err
		}))
	}
	if got := blockKeys(t, db); got >= before+live {
		t.Fatalf("%d blocks stored after deleting replaced ones, want fewer than %d", got, before+live)
	}
	for {
		var n int
		must(t, db.Update(func(txn *badger.Txn) error {
			var err error
			n, err = s.collectOrphans(txn, 7)
			return err
		}))
		if n == 0 {
			break
		}
	}
	if got := blockKeys(t, db); got != live {
		t.Fatalf("%d blocks stored after collecting orphans, want the %d of live runs", got, live)
	}
	must(t, db.View(func(txn *badger.Txn) error {
		v, err := s.View(txn)
		must(t, err)
		check(t, v, o, keys, rand.New(rand.NewPCG(9, 10)), "after collecting orphans")
		return nil
	}))
}

// TestMergeAllInParts: the runs become parts with disjoint key ranges,
// without tombstones, that read as the runs did; the replaced runs'
// blocks are listed for deleteBlocks.
func TestMergeAllInParts(t *testing.T) {
	db := openDB(t)
	s := openSet(t, db, DefaultOptions(0x40).WithBlockBytes(64))
	rng := rand.New(rand.NewPCG(11, 12))
	keys, o := keySpace(), oracle{}
	for round := range 8 {
		var b Batch
		for range 25 {
			k := keys[rng.IntN(len(keys))]
			if rng.IntN(4) == 0 {
				must(t, b.Delete([]byte(k)))
				delete(o, k)
				continue
			}
			v := fmt.Sprint(round)
			must(t, b.Set([]byte(k), []byte(v)))
			o[k] = v
		}
		must(t, db.Update(func(txn *badger.Txn) error { return s.Commit(txn, &b) }))
	}
	before := blockKeys(t, db)
	replaced, err := s.mergeAllInParts(db, 200, 1000)
	must(t, err)
	if len(replaced) != 8 {
		t.Fatalf("%d runs replaced, want 8", len(replaced))
	}
	must(t, db.View(func(txn *badger.Txn) error {
		v, err := s.View(txn)
		must(t, err)
		if v.Runs() < 2 {
			t.Fatalf("%d parts, want several", v.Runs())
		}
		for i, r := range v.runs {
			if r.tombs != 0 {
				t.Fatalf("part %d holds %d tombstones", i, r.tombs)
			}
			if i > 0 && bytes.Compare(r.last, v.runs[i-1].first[0]) >= 0 && bytes.Compare(v.runs[i-1].last, r.first[0]) >= 0 {
				t.Fatalf("parts %d and %d overlap", i-1, i)
			}
		}
		check(t, v, o, keys, rng, "after merging in parts")
		return nil
	}))
	for len(replaced) > 0 {
		must(t, db.Update(func(txn *badger.Txn) error {
			var err error
			replaced, err = s.deleteBlocks(txn, replaced, 1000)
			return err
		}))
	}
	var live int
	must(t, db.View(func(txn *badger.Txn) error {
		v, _ := s.View(txn)
		for _, r := range v.runs {
			live += len(r.first)
		}
		return nil
	}))
	if got := blockKeys(t, db); got != live || got >= before+live {
		t.Fatalf("%d blocks stored, want the %d of the parts", got, live)
	}
}

// TestMergeOverflowOnlyBoundsRuns writes runs of one tier: MergeOverflow
// leaves them while they are at most maxRuns, though a merge by tier is
// due, and then merges FanIn of them at a time, the reads unchanged.
func TestMergeOverflowOnlyBoundsRuns(t *testing.T) {
	const fan, maxRuns = 3, 7
	db := openDB(t)
	s := openSet(t, db, DefaultOptions(0x40).WithBlockBytes(64).WithFanIn(fan))
	rng := rand.New(rand.NewPCG(3, 9))
	keys, o := keySpace(), oracle{}
	for round := range 20 {
		var b Batch
		for i := range 4 {
			k := keys[(round*4+i)%len(keys)]
			v := fmt.Sprintf("v%d", round)
			must(t, b.Set([]byte(k), []byte(v)))
			o[k] = v
		}
		var runs, replaced int
		must(t, db.Update(func(txn *badger.Txn) error {
			if err := s.Commit(txn, &b); err != nil {
				return err
			}
			v, err := s.View(txn)
			if err != nil {
				return err
			}
			runs = v.Runs()
			r, err := v.MergeOverflow(context.Background(), maxRuns)
			replaced = len(r)
			return err
		}))
		switch {
		case runs <= maxRuns && replaced != 0:
			t.Fatalf("round %d: %d runs, at most %d, and %d were merged", round, runs, maxRuns, replaced)
		case runs > maxRuns && replaced != fan:
			t.Fatalf("round %d: %d runs, over %d, and %d were merged, want %d", round, runs, maxRuns, replaced, fan)
		}
		must(t, db.View(func(txn *badger.Txn) error {
			v, err := s.View(txn)
			if err != nil {
				return err
			}
			if v.Runs() > maxRuns {
				t.Fatalf("round %d: %d runs after the merge, over %d", round, v.Runs(), maxRuns)
			}
			check(t, v, o, keys, rng, fmt.Sprint("round ", round))
			return nil
		}))
	}
}

// TestLargeBatchReadsAsWritten commits batches of a bulk load's size, with
// keys written several times and deleted, and reads them back against a
// map.
func TestLargeBatchReadsAsWritten(t *testing.T) {
	db := openDB(t)
	s := openSet(t, db, DefaultOptions(0x40).WithBlockBytes(512))
	rng := rand.New(rand.NewPCG(5, 11))
	o := oracle{}
	var keys []string
	for i := range 3000 {
		keys = append(keys, fmt.Sprintf("%c%05d", 'a'+rune(i%3), rng.IntN(100000)))
	}
	for round := range 3 {
		var b Batch
		for i := range 12000 {
			k := keys[rng.IntN(len(keys))]
			if rng.IntN(5) == 0 {
				must(t, b.Delete([]byte(k)))
				delete(o, k)
				continue
			}
			v := fmt.Sprintf("v%d-%d", round, i)
			must(t, b.Set([]byte(k), []byte(v)))
			o[k] = v
		}
		must(t, db.Update(func(txn *badger.Txn) error { return s.Commit(txn, &b) }))
		must(t, db.View(func(txn *badger.Txn) error {
			v, err := s.View(txn)
			if err != nil {
				return err
			}
			check(t, v, o, keys, rng, fmt.Sprint("round ", round))
			return nil
		}))
	}
}

// TestBatchSortsByKeyThenWrite: a batch of writes under many first bytes,
// some keys written several times, sorts into key order with each key's
// last write, as a plain sort of all of them does.
func TestBatchSortsByKeyThenWrite(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 9))
	var b Batch
	var want []entry
	last := map[string]int{}
	for i := range 20000 {
		k := []byte(fmt.Sprintf("%c%05d", byte(rng.IntN(40)), rng.IntN(3000)))
		v := []byte(fmt.Sprint(i))
		if err := b.Set(k, v); err != nil {
			t.Fatal(err)
		}
		if j, ok := last[string(k)]; ok {
			want[j].v = v
			continue
		}
		last[string(k)] = len(want)
		want = append(want, entry{k: k, v: v})
	}
	slices.SortFunc(want, func(x, y entry) int { return bytes.Compare(x.k, y.k) })
	b.sort(&sync.Pool{})
	if len(b.ents) != len(want) {
		t.Fatalf("%d entries after sorting, want %d", len(b.ents), len(want))
	}
	for i, e := range b.ents {
		if !bytes.Equal(e.k, want[i].k) || !bytes.Equal(e.v, want[i].v) {
			t.Fatalf("entry %d: %q=%q, want %q=%q", i, e.k, e.v, want[i].k, want[i].v)
		}
	}
}

// TestMergeStopsWhenCancelled: a merge whose context is done stops with
// its error, and its transaction, discarded, leaves the runs as they were;
// with a live context the same merge is due and runs.
func TestMergeStopsWhenCancelled(t *testing.T) {
	db := openDB(t)
	s := openSet(t, db, DefaultOptions(0x40).WithBlockBytes(64).WithFanIn(3))
	for i := range 3 {
		var b Batch
		for j := range 3 * mergeCheckEvery {
			must(t, b.Set([]byte(fmt.Sprintf("k%05d", j)), []byte(fmt.Sprint(i))))
		}
		must(t, db.Update(func(txn *badger.Txn) error { return s.Commit(txn, &b) }))
	}
	before := blockKeys(t, db)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	txn := db.NewTransaction(true)
	v, err := s.View(txn)
	must(t, err)
	replaced, err := v.MergeDue(ctx)
	txn.Discard()
	if !errors.Is(err, context.Canceled) || replaced != nil {
		t.Fatalf("a merge with a cancelled context: %d runs replaced, error %v; want none and context.Canceled", len(replaced), err)
	}
	must(t, db.View(func(txn *badger.Txn) error {
		v, err := s.View(txn)
		if err == nil && v.Runs() != 3 {
			t.Errorf("%d runs after the cancelled merge, want 3", v.Runs())
		}
		return err
	}))
	if got := blockKeys(t, db); got != before {
		t.Errorf("%d blocks after the cancelled merge, want %d", got, before)
	}
	merged, err := false, error(nil)
	must(t, db.Update(func(txn *badger.Txn) error { merged, err = mergeDue(s, txn); return err }))
	if !merged {
		t.Error("the merge was not due with a live context")
	}
}
