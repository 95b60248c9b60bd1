package schema

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestSortByIDOrdersAsStrings checks sortByID against a plain sort of the
// IDs, on IDs of one shape and on IDs built to defeat its number key: equal
// in the eight bytes it compares, shorter than the shared prefix plus eight,
// ending in zero bytes, or empty.
func TestSortByIDOrdersAsStrings(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	hex := func(n int) string {
		const digits = "0123456789abcdef"
		b := make([]byte, n)
		for i := range b {
			b[i] = digits[rng.IntN(16)]
		}
		return string(b)
	}
	var hashes []string
	for range 500 {
		hashes = append(hashes, "edge:"+hex(32))
	}
	cases := map[string][]string{
		"hashes":           hashes,
		"equal key bytes":  {"edge:12345678b", "edge:12345678a", "edge:12345678", "edge:12345678ab", "edge:1234567"},
		"short and zeros":  {"e", "e\x00", "e\x00\x00", "", "f", "e\x01", "ea"},
		"no shared prefix": {"b", "a", "c", "ab", "ba"},
		"one":              {"edge:x"},
		"all equal":        {"edge:same", "edge:same", "edge:same"},
		"mixed prefixes":   append(slices.Clone(hashes[:50]), "event:1", "edge:", "edg", "edge:ffffffffffffffffffff"),
	}
	for name, ids := range cases {
		t.Run(name, func(t *testing.T) {
			edges := make([]*graph.Edge, len(ids))
			for i, id := range ids {
				edges[i] = &graph.Edge{ID: id}
			}
			sortByID(edges)
			got := make([]string, len(edges))
			for i, e := range edges {
				got[i] = e.ID
			}
			want := slices.Clone(ids)
			slices.SortFunc(want, strings.Compare)
			if !slices.Equal(got, want) {
				t.Errorf("got %q\nwant %q", got, want)
			}
		})
	}
}

func TestDistinctEdges(t *testing.T) {
	e := func(id string) *graph.Edge { return &graph.Edge{ID: id} }
	ids := func(es []*graph.Edge) []string {
		out := make([]string, len(es))
		for i, x := range es {
			out[i] = x.ID
		}
		return out
	}
	tests := []struct {
		name  string
		lists [][]*graph.Edge
		limit int
		want  []string
	}{
		{"none", nil, 4, []string{}},
		{"sorted by ID", [][]*graph.Edge{{e("c"), e("a")}, {e("b")}}, 4, []string{"a", "b", "c"}},
		{"a repeat once", [][]*graph.Edge{{e("b"), e("a")}, {e("b")}}, 4, []string{"a", "b"}},
		// More than limit: the first limit distinct ones, in the order of
		// the lists, then sorted.
		{"over limit", [][]*graph.Edge{{e("d"), e("d")}, {e("c"), e("a")}, {e("b")}}, 3, []string{"a", "c", "d"}},
		{"over limit, cut", [][]*graph.Edge{{e("z"), e("y")}, {e("a")}}, 2, []string{"y", "z"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := ids(distinctEdges(tc.lists, tc.limit)); !slices.Equal(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}
