package segment

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"sort"

	"github.com/dgraph-io/badger/v4/y"
)

// The keys of a Set, all under its prefix byte P:
//
//	P 'm' u64 id u64 nonce    the catalog entry of a run (runMeta.encode)
//	P 'b' u64 nonce u32 i     block i of the run written with nonce
//
// A run's id orders it: a run shadows the runs of smaller ids. A merge
// gives its output the largest id of the runs it replaces and a new nonce,
// so that its blocks never share a key with theirs. Numbers are big-endian,
// so a scan of P 'm' lists runs oldest first.
const (
	tagMeta  byte = 'm'
	tagBlock byte = 'b'
)

func metaKey(p byte, id, nonce uint64) []byte {
	k := []byte{p, tagMeta}
	k = binary.BigEndian.AppendUint64(k, id)
	return binary.BigEndian.AppendUint64(k, nonce)
}

func blockKey(p byte, nonce uint64, i uint32) []byte {
	k := []byte{p, tagBlock}
	k = binary.BigEndian.AppendUint64(k, nonce)
	return binary.BigEndian.AppendUint32(k, i)
}

// parseMetaKey returns the id and nonce of a catalog key.
func parseMetaKey(k []byte) (id, nonce uint64, ok bool) {
	if len(k) != 18 || k[1] != tagMeta {
		return 0, 0, false
	}
	return binary.BigEndian.Uint64(k[2:]), binary.BigEndian.Uint64(k[10:]), true
}

// run is the decoded catalog entry of one sorted run.
type run struct {
	id, nonce uint64
	// entries counts the run's entries, tombs its tombstones among them.
	entries, tombs int
	// bytes is the size of its blocks.
	bytes int
	// first holds each block's first key; last is the run's last key.
	first [][]byte
	last  []byte
	bloom y.Filter
	// mem holds the blocks of a run that lives in memory only: a
	// transaction's own writes (View.Overlay).
	mem []*block
}

const metaVersion = 1

func (r *run) encode() []byte {
	b := []byte{metaVersion}
	for _, n := range []int{r.entries, r.tombs, r.bytes, len(r.first)} {
		b = binary.AppendUvarint(b, uint64(n))
	}
	for _, f := range r.first {
		b = appendLP(b, f)
	}
	b = appendLP(b, r.last)
	return appendLP(b, r.bloom)
}

func appendLP(b, s []byte) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// metaReader decodes a catalog entry, remembering the first failure.
type metaReader struct {
	b   []byte
	bad bool
}

func (m *metaReader) uvarint() int {
	v, n := binary.Uvarint(m.b)
	if n <= 0 || v > uint64(len(m.b))<<32 {
		m.bad = true
		return 0
	}
	m.b = m.b[n:]
	return int(v)
}

func (m *metaReader) lp() []byte {
	n := m.uvarint()
	if m.bad || n > len(m.b) {
		m.bad = true
		return nil
	}
	s := m.b[:n:n]
	m.b = m.b[n:]
	return s
}

func decodeRun(id, nonce uint64, v []byte) (*run, error) {
	if len(v) == 0 || v[0] != metaVersion {
		return nil, fmt.Errorf("%w: catalog entry of run %d", ErrCorrupt, id)
	}
	m := metaReader{b: bytes.Clone(v[1:])}
	r := &run{id: id, nonce: nonce, entries: m.uvarint(), tombs: m.uvarint(), bytes: m.uvarint()}
	nb := m.uvarint()
	if nb > len(m.b) {
		m.bad = true
	}
	for i := 0; i < nb && !m.bad; i++ {
		r.first = append(r.first, m.lp())
	}
	r.last, r.bloom = m.lp(), m.lp()
	if m.bad || len(m.b) != 0 || nb == 0 {
		return nil, fmt.Errorf("%w: catalog entry of run %d", ErrCorrupt, id)
	}
	return r, nil
}

// blockAtOrBefore returns the block that would hold k: the last whose
// first key is <= k, or -1 when k sorts before the run.
func (r *run) blockAtOrBefore(k []byte) int {
	return sort.Search(len(r.first), func(i int) bool { return bytes.Compare(r.first[i], k) > 0 }) - 1
}

// mayHold reports whether the run may hold k, whose filter hash
// (y.Hash) is h, from its bounds and filter.
func (r *run) mayHold(k []byte, h uint32) bool {
	if bytes.Compare(k, r.first[0]) < 0 || bytes.Compare(k, r.last) > 0 {
		return false
	}
	return r.mem != nil || r.bloom.MayContain(h)
}
