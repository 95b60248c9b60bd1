package segment

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"
)

// TestSortEntriesAsCompare holds the radix sort to a comparison sort by key
// and seq, on keys with long shared prefixes, keys that are prefixes of
// others, repeated keys and bytes across the whole range, at sizes around
// the threshold below which a part is sorted by comparisons, and far above it.
func TestSortEntriesAsCompare(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	prefixes := [][]byte{{0x12, 0, 9, 's', 't', 'a', 't', 'e', ':', 'U', 'S', 'A'}, {0x12, 0, 9}, {0x05}, {}, {0xFF, 0xFF}}
	key := func() []byte {
		k := slices.Clone(prefixes[rng.IntN(len(prefixes))])
		for range rng.IntN(12) {
			if rng.IntN(3) == 0 {
				k = append(k, byte(rng.IntN(256)))
			} else {
				k = append(k, "ab\x00\xff"[rng.IntN(4)])
			}
		}
		return k
	}
	nested := func(i int) []byte { return bytes.Repeat([]byte{'x'}, radixDeepest-10+i%40) }
	for _, n := range []int{0, 1, 2, radixSmall, radixSmall + 1, 100, 3000} {
		ents := make([]entry, n)
		for i := range ents {
			switch {
			case i > 0 && rng.IntN(5) == 0:
				ents[i] = entry{k: ents[rng.IntN(i)].k, seq: i} // a later write of a key
			case rng.IntN(8) == 0:
				ents[i] = entry{k: nested(i), seq: i} // keys nested past radixDeepest
			default:
				ents[i] = entry{k: key(), v: []byte{byte(i)}, seq: i}
			}
		}
		want := slices.Clone(ents)
		slices.SortFunc(want, compareEntries)
		sortEntries(ents, &sync.Pool{})
		for i := range ents {
			if !bytes.Equal(ents[i].k, want[i].k) || ents[i].seq != want[i].seq {
				t.Fatalf("%d entries: at %d got %q seq %d, want %q seq %d", n, i, ents[i].k, ents[i].seq, want[i].k, want[i].seq)
			}
		}
	}
}

func ExampleBatch_Get() {
	var b Batch
	_ = b.Set([]byte("b"), []byte("1"))
	_ = b.Set([]byte("a"), []byte("2"))
	_ = b.Set([]byte("b"), []byte("3")) // a later write of b wins
	v, _, _ := b.Get([]byte("b"))
	fmt.Println(string(v))
	// Output: 3
}
