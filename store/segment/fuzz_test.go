package segment

import (
	"testing"

	"github.com/dgraph-io/badger/v4/y"
	"github.com/klauspost/compress/s2"
)

// FuzzParseBlock: a stored block, however corrupt, is an error or a block
// whose every entry reads, never a panic.
func FuzzParseBlock(f *testing.F) {
	var bw blockWriter
	bw.add([]byte("a"), []byte("1"), false, 64)
	bw.add([]byte("b"), nil, true, 64)
	f.Add(bw.finish())
	f.Add(s2.Encode(nil, []byte{0, 0, 0, 9}))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, stored []byte) {
		b, err := parseBlock(stored)
		if err != nil {
			return
		}
		for i := range b.n {
			b.entry(i)
		}
		b.search([]byte("m"))
	})
}

// FuzzDecodeRun: a corrupt catalog entry is an error, never a panic, and
// one that decodes can be asked about any key.
func FuzzDecodeRun(f *testing.F) {
	r := run{entries: 2, first: [][]byte{[]byte("a")}, last: []byte("b"), bloom: []byte{0, 1}}
	f.Add(r.encode())
	f.Add([]byte{metaVersion, 0xff, 0xff, 0xff, 0xff, 0x0f})
	f.Fuzz(func(t *testing.T, v []byte) {
		r, err := decodeRun(1, 1, v)
		if err != nil {
			return
		}
		r.mayHold([]byte("a"), y.Hash([]byte("a")))
		r.blockAtOrBefore([]byte("z"))
	})
}
