// Package segment keeps sorted runs of key/value entries in Badger, a few
// large values per run, for data written in batches and read by key or by
// prefix scan.
//
// Badger spends some microseconds on every entry a transaction writes: the
// skiplist insert of the memtable, the write-ahead log, the flush into a
// table and later compactions. A store that writes a hundred small index
// entries per document spends most of a bulk load there. A Set takes a
// batch's entries instead, sorts them and writes them as one run: blocks of
// some kilobytes, each one Badger value, and a catalog entry with each
// block's first key and a Bloom filter of the run's keys. Reads merge the
// runs a transaction sees, newest first, as Badger merges its levels; a
// deletion is a tombstone until a merge that reaches the oldest run drops
// it. MergeDue merges runs of similar size, so that a read touches a
// bounded number of them.
//
// Everything a Set writes goes through the caller's Badger transaction, so
// a run and the rest of that transaction commit or fail together, and a
// transaction's snapshot sees exactly the runs committed before it.
package segment

import (
	"bytes"
	"fmt"
	"slices"
	"sort"
	"sync"
	"sync/atomic"

	badger "github.com/dgraph-io/badger/v4"
	"github.com/dgraph-io/badger/v4/y"
	"github.com/hashicorp/golang-lru/v2/simplelru"
)

// Options configure a Set.
type Options struct {
	// Prefix is the first byte of every key the Set writes; nothing else
	// may write keys under it.
	Prefix byte
	// BlockBytes is the size a block is cut at. Blocks should be larger
	// than Badger's value threshold, so that they go to the value log.
	BlockBytes int
	// BitsPerKey sizes the Bloom filter of a run (10 gives about 1% false
	// positives).
	BitsPerKey int
	// FanIn is how many runs of one size tier MergeDue merges into one.
	FanIn int
	// CacheBlocks is how many decoded blocks the Set keeps in memory.
	CacheBlocks int
	// MaxMergeBytes bounds the stored bytes of the runs one merge reads,
	// so that a merge fits in one Badger transaction when blocks count
	// whole toward its size (values kept in the LSM tree); 0 is no bound.
	MaxMergeBytes int
	// MaxMergeBlocks bounds the blocks of the runs one merge reads (and
	// so, about, the blocks it writes), so that a merge fits in one Badger
	// transaction's count of entries; 0 is no bound.
	MaxMergeBlocks int
}

// DefaultOptions returns the options of a Set under prefix.
func DefaultOptions(prefix byte) Options {
	return Options{Prefix: prefix, BlockBytes: 16 << 10, BitsPerKey: 10, FanIn: 6, CacheBlocks: 2048}
}

// WithBlockBytes returns o with BlockBytes set to n.
func (o Options) WithBlockBytes(n int) Options { o.BlockBytes = n; return o }

// WithFanIn returns o with FanIn set to n (at least 2).
func (o Options) WithFanIn(n int) Options { o.FanIn = max(2, n); return o }

// WithMaxMergeBytes returns o with MaxMergeBytes set to n.
func (o Options) WithMaxMergeBytes(n int) Options { o.MaxMergeBytes = n; return o }

// WithMaxMergeBlocks returns o with MaxMergeBlocks set to n.
func (o Options) WithMaxMergeBlocks(n int) Options { o.MaxMergeBlocks = n; return o }

// WithCacheBlocks returns o with CacheBlocks set to n.
func (o Options) WithCacheBlocks(n int) Options { o.CacheBlocks = max(1, n); return o }

// A Set is the sorted runs under one prefix. It is safe for concurrent
// use; writes (Commit, MergeDue, MergeAll) must take turns, as Badger
// transactions that write the same keys would.
type Set struct {
	opts Options
	// last is the largest run id or nonce issued.
	last atomic.Uint64
	mu   sync.Mutex
	// runs caches decoded catalog entries by nonce.
	runs map[uint64]*run
	// blocks caches decoded blocks.
	blocks *simplelru.LRU[blockID, *block]
	// scratch holds the buffers batches are sorted through (sortEntries),
	// as *[]entry: a bulk batch's is some 2 MB, and making one per sort
	// took a third of the sort's time.
	scratch sync.Pool
}

type blockID struct {
	nonce uint64
	i     int
}

// Open returns the Set under opts.Prefix in db.
func Open(db *badger.DB, opts Options) (*Set, error) {
	s := &Set{opts: opts, runs: map[uint64]*run{}}
	s.blocks, _ = simplelru.NewLRU[blockID, *block](max(1, opts.CacheBlocks), nil)
	if err := s.Sync(db); err != nil {
		return nil, fmt.Errorf("segment: open: %w", err)
	}
	return s, nil
}

// Sync makes the ids s issues larger than those of every run in db: call
// it after runs were written other than through s (a restored backup).
func (s *Set) Sync(db *badger.DB) error {
	return db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte{s.opts.Prefix, tagMeta}})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			id, nonce, ok := parseMetaKey(it.Item().Key())
			if !ok {
				return fmt.Errorf("%w: catalog key %x", ErrCorrupt, it.Item().Key())
			}
			for last := s.last.Load(); last < max(id, nonce); last = s.last.Load() {
				if s.last.CompareAndSwap(last, max(id, nonce)) {
					break
				}
			}
		}
		return nil
	})
}

// issue returns a new run id or nonce, larger than any before.
func (s *Set) issue() uint64 { return s.last.Add(1) }

// A View reads the runs one transaction sees.
type View struct {
	s   *Set
	txn *badger.Txn
	// runs, newest first.
	runs []*run
}

// View returns the runs txn sees.
func (s *Set) View(txn *badger.Txn) (*View, error) {
	it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte{s.opts.Prefix, tagMeta}})
	defer it.Close()
	v := &View{s: s, txn: txn}
	for it.Rewind(); it.Valid(); it.Next() {
		item := it.Item()
		id, nonce, ok := parseMetaKey(item.Key())
		if !ok {
			return nil, fmt.Errorf("%w: catalog key %x", ErrCorrupt, item.Key())
		}
		r, err := s.runOf(id, nonce, item)
		if err != nil {
			return nil, err
		}
		v.runs = append(v.runs, r)
	}
	slices.Reverse(v.runs)
	return v, nil
}

func (s *Set) runOf(id, nonce uint64, item *badger.Item) (*run, error) {
	s.mu.Lock()
	r := s.runs[nonce]
	s.mu.Unlock()
	if r != nil {
		return r, nil
	}
	val, err := item.ValueCopy(nil)
	if err != nil {
		return nil, fmt.Errorf("segment: catalog entry of run %d: %w", id, err)
	}
	if r, err = decodeRun(id, nonce, val); err != nil {
		return nil, err
	}
	s.mu.Lock()
	s.runs[nonce] = r
	s.mu.Unlock()
	return r, nil
}

// forget drops the cached catalog entries of runs a merge replaced.
func (s *Set) forget(runs []*run) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, r := range runs {
		delete(s.runs, r.nonce)
	}
}

// Runs is the number of runs the view sees.
func (v *View) Runs() int { return len(v.runs) }

// Entries is the number of entries in the runs the view sees, shadowed
// entries and tombstones included.
func (v *View) Entries() int {
	n := 0
	for _, r := range v.runs {
		n += r.entries
	}
	return n
}

// block returns block i of r, from the cache or read through the view's
// transaction.
func (v *View) block(r *run, i int) (*block, error) {
	if r.mem != nil {
		return r.mem[i], nil
	}
	id := blockID{r.nonce, i}
	v.s.mu.Lock()
	b, ok := v.s.blocks.Get(id)
	v.s.mu.Unlock()
	if ok {
		return b, nil
	}
	item, err := v.txn.Get(blockKey(v.s.opts.Prefix, r.nonce, uint32(i)))
	if err != nil {
		return nil, fmt.Errorf("segment: block %d of run %d: %w", i, r.id, err)
	}
	// Decompressed straight from Badger's copy (the value log's mapped
	// pages): parseBlock keeps nothing of what it reads.
	var parseErr error
	if err := item.Value(func(val []byte) error { b, parseErr = parseBlock(val); return nil }); err != nil {
		return nil, fmt.Errorf("segment: block %d of run %d: %w", i, r.id, err)
	}
	if parseErr != nil {
		return nil, fmt.Errorf("run %d: %w", r.id, parseErr)
	}
	v.s.mu.Lock()
	v.s.blocks.Add(id, b)
	v.s.mu.Unlock()
	return b, nil
}

// Get returns the value under k in the newest run that holds k, and false
// when none does or that run deleted it. The value must not be modified.
func (v *View) Get(k []byte) ([]byte, bool, error) {
	h := y.Hash(k) // once, for the filters of every run
	for _, r := range v.runs {
		if !r.mayHold(k, h) {
			continue
		}
		b, err := v.block(r, r.blockAtOrBefore(k))
		if err != nil {
			return nil, false, err
		}
		i := b.search(k)
		if i == b.n {
			continue
		}
		if bk, val, tomb := b.entry(i); bytes.Equal(bk, k) {
			return val, !tomb, nil
		}
	}
	return nil, false, nil
}

// A Batch collects the writes that Commit makes one run of: a later write
// of a key replaces the earlier one. Get and View.Overlay read it before it
// is committed. Writes are appended, and sorted only when a run or an
// overlay needs them in order; Get builds an index of the keys at its
// first call. The zero Batch is empty and ready.
type Batch struct {
	ents []entry
	// sorted tells that ents is in key order, each key once.
	sorted bool
	// index maps each key to its last write in ents, once Get has built it.
	index map[string]int
}

type entry struct {
	k, v []byte
	tomb bool
	seq  int
}

func (b *Batch) put(e entry) error {
	if len(e.k) == 0 {
		return ErrBadKey
	}
	if len(e.k)+len(e.v) > maxBlockBytes-64 {
		return fmt.Errorf("%w: %d bytes", ErrTooLarge, len(e.k)+len(e.v))
	}
	if b.index != nil {
		if i, ok := b.index[string(e.k)]; ok && b.sorted {
			e.seq = b.ents[i].seq
			b.ents[i] = e
			return nil
		}
		b.index[string(e.k)] = len(b.ents)
	}
	e.seq = len(b.ents)
	b.ents = append(b.ents, e)
	b.sorted = b.sorted && len(b.ents) == 1
	return nil
}

// Set writes v under k. The batch keeps k and v: the caller must not
// modify them.
func (b *Batch) Set(k, v []byte) error { return b.put(entry{k: k, v: v}) }

// Delete deletes k.
func (b *Batch) Delete(k []byte) error { return b.put(entry{k: k, tomb: true}) }

// Grow makes room for n more writes without reallocating.
func (b *Batch) Grow(n int) { b.ents = slices.Grow(b.ents, n) }

// Len is the number of writes in the batch (a key written twice may count
// twice until the batch is sorted).
func (b *Batch) Len() int { return len(b.ents) }

// Get returns what the batch writes under k: its value, or deleted; found
// is false when the batch does not write k.
func (b *Batch) Get(k []byte) (v []byte, deleted, found bool) {
	if len(b.ents) == 0 {
		return nil, false, false
	}
	if b.index == nil {
		b.index = make(map[string]int, len(b.ents))
		for i, e := range b.ents {
			b.index[string(e.k)] = i
		}
	}
	i, ok := b.index[string(k)]
	if !ok {
		return nil, false, false
	}
	return b.ents[i].v, b.ents[i].tomb, true
}

// sort puts the writes in key order, each key once with its last write,
// sorting through a buffer of scratch.
func (b *Batch) sort(scratch *sync.Pool) {
	if b.sorted {
		return
	}
	sortEntries(b.ents, scratch)
	out := b.ents[:0]
	for i, e := range b.ents {
		if i+1 < len(b.ents) && bytes.Equal(e.k, b.ents[i+1].k) {
			continue // a later write of the key wins
		}
		out = append(out, e)
	}
	clear(b.ents[len(out):])
	b.ents, b.sorted, b.index = out, true, nil
}

// Commit writes b as a new run through txn (nothing when b is empty) and
// empties b. The run is stored when txn commits.
func (s *Set) Commit(txn *badger.Txn, b *Batch) error {
	if len(b.ents) == 0 {
		return nil
	}
	b.sort(&s.scratch)
	w := s.newRunWriter(txn)
	for _, e := range b.ents {
		if err := w.add(e.k, e.v, e.tomb); err != nil {
			return err
		}
	}
	*b = Batch{}
	return w.finish(s.issue())
}

// Overlay returns a view that reads v's runs under the writes of b whose
// keys start with prefix, as a transaction reads its own writes.
func (v *View) Overlay(b *Batch, prefix []byte) *View {
	if len(b.ents) == 0 {
		return v
	}
	b.sort(&v.s.scratch)
	lo := sort.Search(len(b.ents), func(i int) bool { return bytes.Compare(b.ents[i].k, prefix) >= 0 })
	hi := lo
	for hi < len(b.ents) && bytes.HasPrefix(b.ents[hi].k, prefix) {
		hi++
	}
	if lo == hi {
		return v
	}
	r := &run{last: b.ents[hi-1].k}
	var bw blockWriter
	for _, e := range b.ents[lo:hi] {
		if bw.full(e.k, e.v, v.s.opts.BlockBytes) {
			r.mem = append(r.mem, mustParse(bw.finishRaw()))
		}
		if len(bw.offs) == 0 {
			r.first = append(r.first, e.k)
		}
		bw.add(e.k, e.v, e.tomb, v.s.opts.BlockBytes)
	}
	r.mem = append(r.mem, mustParse(bw.finishRaw()))
	return &View{s: v.s, txn: v.txn, runs: append([]*run{r}, v.runs...)}
}

// mustParse frames a block just built in memory, which cannot be corrupt.
func mustParse(raw []byte) *block {
	b, err := frameBlock(raw)
	if err != nil {
		panic(err)
	}
	return b
}

// runWriter writes one run through a transaction.
type runWriter struct {
	s      *Set
	txn    *badger.Txn
	r      run
	bw     blockWriter
	hashes []uint32
	last   []byte
}

func (s *Set) newRunWriter(txn *badger.Txn) *runWriter {
	return &runWriter{s: s, txn: txn, r: run{nonce: s.issue()}}
}

func (w *runWriter) add(k, v []byte, tomb bool) error {
	if w.bw.full(k, v, w.s.opts.BlockBytes) {
		if err := w.flush(); err != nil {
			return err
		}
	}
	if len(w.bw.offs) == 0 {
		w.r.first = append(w.r.first, bytes.Clone(k))
	}
	w.bw.add(k, v, tomb, w.s.opts.BlockBytes)
	w.hashes = append(w.hashes, y.Hash(k))
	w.r.entries++
	if tomb {
		w.r.tombs++
	}
	w.last = k
	return nil
}

func (w *runWriter) flush() error {
	data := w.bw.finish()
	w.r.bytes += len(data)
	k := blockKey(w.s.opts.Prefix, w.r.nonce, uint32(len(w.r.first)-1))
	if err := w.txn.Set(k, data); err != nil {
		return fmt.Errorf("segment: write block: %w", err)
	}
	return nil
}

// finish writes the last block and the run's catalog entry under id;
// a run without entries writes nothing.
func (w *runWriter) finish(id uint64) error {
	if w.r.entries == 0 {
		return nil
	}
	if err := w.flush(); err != nil {
		return err
	}
	w.r.id = id
	w.r.last = bytes.Clone(w.last)
	w.r.bloom = y.NewFilter(w.hashes, w.s.opts.BitsPerKey)
	if err := w.txn.Set(metaKey(w.s.opts.Prefix, id, w.r.nonce), w.r.encode()); err != nil {
		return fmt.Errorf("segment: write catalog entry: %w", err)
	}
	return nil
}
