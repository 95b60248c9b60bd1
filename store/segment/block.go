package segment

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"sort"

	"github.com/klauspost/compress/s2"
)

// A block is a run of entries in key order, written as one Badger value,
// compressed with S2 (Snappy's faster successor; index keys repeat their
// prefixes, and a block shrinks to about a third):
//
//	per entry: uvarint len(key), key, uvarint len(value)<<1 | tombstone, value
//	then a big-endian u32 offset per entry, then a big-endian u32 count
//
// The offsets let a read binary-search the decompressed block without
// decoding its entries.
type block struct {
	data []byte // the entries
	offs []byte // n big-endian u32 offsets into data
	n    int
}

// blockWriter builds one block, in a buffer it reuses: what Badger keeps
// until the transaction commits is the compressed copy.
type blockWriter struct {
	buf  []byte
	offs []uint32
	// enc is the buffer blocks are compressed into, reused: S2 wants room
	// for the worst case, some 17% more than the block, where a block
	// shrinks to about a third; finish copies what it wrote.
	enc []byte
}

func (bw *blockWriter) add(k, v []byte, tomb bool, blockBytes int) {
	if bw.buf == nil {
		bw.buf = make([]byte, 0, blockBytes+len(k)+len(v)+32)
	}
	bw.offs = append(bw.offs, uint32(len(bw.buf)))
	bw.buf = binary.AppendUvarint(bw.buf, uint64(len(k)))
	bw.buf = append(bw.buf, k...)
	flag := uint64(len(v)) << 1
	if tomb {
		flag |= 1
	}
	bw.buf = binary.AppendUvarint(bw.buf, flag)
	bw.buf = append(bw.buf, v...)
}

// full reports whether the block, not empty, would outgrow blockBytes with
// the entry k, v: the next entry starts a new block.
func (bw *blockWriter) full(k, v []byte, blockBytes int) bool {
	return len(bw.offs) > 0 && bw.size()+len(k)+len(v)+12 > blockBytes
}

// size is the encoded size of the block so far.
func (bw *blockWriter) size() int { return len(bw.buf) + 4*len(bw.offs) + 4 }

// finish returns the compressed block and resets bw.
func (bw *blockWriter) finish() []byte {
	raw := bw.frame()
	bw.buf, bw.offs = raw[:0], bw.offs[:0]
	if n := s2.MaxEncodedLen(len(raw)); len(bw.enc) < n {
		bw.enc = make([]byte, n)
	}
	return bytes.Clone(s2.Encode(bw.enc, raw))
}

// finishRaw returns the block uncompressed, in a buffer of its own, and
// resets bw.
func (bw *blockWriter) finishRaw() []byte {
	raw := bw.frame()
	bw.buf, bw.offs = nil, bw.offs[:0]
	return raw
}

// frame appends the offsets and the count to the entries.
func (bw *blockWriter) frame() []byte {
	raw := bw.buf
	for _, o := range bw.offs {
		raw = binary.BigEndian.AppendUint32(raw, o)
	}
	return binary.BigEndian.AppendUint32(raw, uint32(len(bw.offs)))
}

// maxBlockBytes bounds what a stored block may decompress to: a block
// holds at most one entry larger than Options.BlockBytes, and a corrupt
// length must not allocate gigabytes.
const maxBlockBytes = 128 << 20

// parseBlock decompresses a stored block and checks its framing.
func parseBlock(stored []byte) (*block, error) {
	if n, err := s2.DecodedLen(stored); err != nil || n > maxBlockBytes {
		return nil, fmt.Errorf("%w: block of %d bytes claims %d decompressed (%v)", ErrCorrupt, len(stored), n, err)
	}
	b, err := s2.Decode(nil, stored)
	if err != nil {
		return nil, fmt.Errorf("%w: block: %w", ErrCorrupt, err)
	}
	return frameBlock(b)
}

// frameBlock checks the framing of an uncompressed block.
func frameBlock(b []byte) (*block, error) {
	if len(b) < 4 {
		return nil, fmt.Errorf("%w: block of %d bytes", ErrCorrupt, len(b))
	}
	n := int(binary.BigEndian.Uint32(b[len(b)-4:]))
	if n == 0 || 4*n > len(b)-4 {
		return nil, fmt.Errorf("%w: block of %d bytes with %d entries", ErrCorrupt, len(b), n)
	}
	end := len(b) - 4 - 4*n
	blk := &block{data: b[:end], offs: b[end : len(b)-4], n: n}
	for i := range n {
		if _, _, _, ok := blk.entryOK(i); !ok {
			return nil, fmt.Errorf("%w: entry %d of a block", ErrCorrupt, i)
		}
	}
	return blk, nil
}

func (b *block) entryOK(i int) (k, v []byte, tomb, ok bool) {
	off := int(binary.BigEndian.Uint32(b.offs[4*i:]))
	if off >= len(b.data) {
		return nil, nil, false, false
	}
	p := b.data[off:]
	kl, m := binary.Uvarint(p)
	if m <= 0 || uint64(len(p)-m) < kl {
		return nil, nil, false, false
	}
	k, p = p[m:m+int(kl)], p[m+int(kl):]
	flag, m := binary.Uvarint(p)
	if m <= 0 || uint64(len(p)-m) < flag>>1 {
		return nil, nil, false, false
	}
	return k, p[m : m+int(flag>>1)], flag&1 == 1, true
}

// entry returns the i-th entry; the block was checked by parseBlock.
func (b *block) entry(i int) (k, v []byte, tomb bool) {
	k, v, tomb, _ = b.entryOK(i)
	return k, v, tomb
}

func (b *block) key(i int) []byte {
	k, _, _ := b.entry(i)
	return k
}

// search returns the index of the first entry whose key is >= k (n when none is).
func (b *block) search(k []byte) int {
	return sort.Search(b.n, func(i int) bool { return bytes.Compare(b.key(i), k) >= 0 })
}
