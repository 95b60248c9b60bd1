package segment

import "bytes"

// IterOptions choose what an Iterator lists.
type IterOptions struct {
	// Prefix limits the iterator to keys that start with it.
	Prefix []byte
	// Reverse lists keys in descending order.
	Reverse bool
	// withTombstones lists deletions too (merges keep them).
	withTombstones bool
}

// An Iterator lists the live entries of a View in key order, each key
// once, with the value of the newest run that holds it. Keys and values
// must not be modified; they stay valid after the iterator moves on.
type Iterator struct {
	v    *View
	opts IterOptions
	srcs []source
	// cur is the index of the source that holds the current entry, -1
	// when the iterator is exhausted.
	cur int
	err error
}

// source is a position in one run.
type source struct {
	r     *run
	bi, i int
	b     *block
	ok    bool
}

// NewIterator returns an iterator over the view's runs; call Rewind or
// Seek before reading it.
func (v *View) NewIterator(opts IterOptions) *Iterator {
	it := &Iterator{v: v, opts: opts, cur: -1}
	it.srcs = make([]source, len(v.runs))
	for i, r := range v.runs {
		it.srcs[i].r = r
	}
	return it
}

// Err returns the first error met reading blocks; the iterator stops at it.
func (it *Iterator) Err() error { return it.err }

// Valid reports whether the iterator is at an entry with the prefix.
func (it *Iterator) Valid() bool {
	return it.err == nil && it.cur >= 0 && bytes.HasPrefix(it.Key(), it.opts.Prefix)
}

// Key returns the current key.
func (it *Iterator) Key() []byte {
	s := &it.srcs[it.cur]
	return s.b.key(s.i)
}

// Value returns the current value.
func (it *Iterator) Value() []byte {
	s := &it.srcs[it.cur]
	_, v, _ := s.b.entry(s.i)
	return v
}

func (it *Iterator) tomb() bool {
	s := &it.srcs[it.cur]
	_, _, t := s.b.entry(s.i)
	return t
}

// Rewind moves to the first key with the prefix (the last, in reverse).
func (it *Iterator) Rewind() {
	if !it.opts.Reverse {
		it.Seek(it.opts.Prefix)
		return
	}
	it.seekLT(successor(it.opts.Prefix))
}

// Seek moves to the first key >= k (in reverse, the last key <= k).
func (it *Iterator) Seek(k []byte) {
	if !it.opts.Reverse {
		for i := range it.srcs {
			it.srcs[i].seekGE(it, k)
		}
		it.settle()
		return
	}
	it.seekLT(append(bytes.Clone(k), 0))
}

func (it *Iterator) seekLT(bound []byte) {
	for i := range it.srcs {
		it.srcs[i].seekLT(it, bound)
	}
	it.settle()
}

// Next moves to the next key.
func (it *Iterator) Next() {
	if it.cur < 0 {
		return
	}
	it.step()
	it.settle()
}

// step moves every source at the current key past it.
func (it *Iterator) step() {
	k := it.Key()
	for i := range it.srcs {
		s := &it.srcs[i]
		if i == it.cur || !s.ok || !bytes.Equal(s.b.key(s.i), k) {
			continue
		}
		s.move(it)
	}
	it.srcs[it.cur].move(it)
}

// settle picks the current entry: the smallest key (largest in reverse),
// from the newest source that holds it, skipping deletions.
func (it *Iterator) settle() {
	for {
		it.cur = -1
		if it.err != nil {
			return
		}
		var best []byte
		for i := range it.srcs {
			s := &it.srcs[i]
			if !s.ok {
				continue
			}
			k := s.b.key(s.i)
			c := bytes.Compare(k, best)
			if it.cur < 0 || (!it.opts.Reverse && c < 0) || (it.opts.Reverse && c > 0) {
				it.cur, best = i, k
			}
		}
		if it.cur < 0 || it.opts.withTombstones || !it.tomb() {
			return
		}
		it.step()
	}
}

// successor returns the smallest key above every key with prefix p, nil
// when there is none (p empty or all 0xFF).
func successor(p []byte) []byte {
	s := bytes.Clone(p)
	for len(s) > 0 && s[len(s)-1] == 0xFF {
		s = s[:len(s)-1]
	}
	if len(s) == 0 {
		return nil
	}
	s[len(s)-1]++
	return s
}

func (s *source) load(it *Iterator, bi int) bool {
	if bi < 0 || bi >= len(s.r.first) {
		s.ok = false
		return false
	}
	b, err := it.v.block(s.r, bi)
	if err != nil {
		it.err, s.ok = err, false
		return false
	}
	s.bi, s.b, s.ok = bi, b, true
	return true
}

// seekGE moves to the first entry >= k.
func (s *source) seekGE(it *Iterator, k []byte) {
	if bytes.Compare(k, s.r.last) > 0 {
		s.ok = false // past the run: no block to read
		return
	}
	if prefix := it.opts.Prefix; len(prefix) > 0 && bytes.Compare(s.r.first[0], prefix) > 0 && !bytes.HasPrefix(s.r.first[0], prefix) {
		s.ok = false // the run starts past every key with the prefix
		return
	}
	if !s.load(it, max(0, s.r.blockAtOrBefore(k))) {
		return
	}
	s.i = s.b.search(k)
	if s.i == s.b.n && s.load(it, s.bi+1) {
		s.i = 0
	}
}

// seekLT moves to the last entry < bound (the run's last entry when bound is nil).
func (s *source) seekLT(it *Iterator, bound []byte) {
	if prefix := it.opts.Prefix; len(prefix) > 0 && bytes.Compare(s.r.last, prefix) < 0 {
		s.ok = false // the run ends before every key with the prefix
		return
	}
	if bound == nil {
		if s.load(it, len(s.r.first)-1) {
			s.i = s.b.n - 1
		}
		return
	}
	if !s.load(it, s.r.blockAtOrBefore(bound)) {
		return
	}
	s.i = s.b.search(bound) - 1
	if s.i < 0 && s.load(it, s.bi-1) {
		s.i = s.b.n - 1
	}
}

// move steps to the next entry in the iterator's direction.
func (s *source) move(it *Iterator) {
	if !it.opts.Reverse {
		if s.i++; s.i == s.b.n && s.load(it, s.bi+1) {
			s.i = 0
		}
		return
	}
	if s.i--; s.i < 0 && s.load(it, s.bi-1) {
		s.i = s.b.n - 1
	}
}
