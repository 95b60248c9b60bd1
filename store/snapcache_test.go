package store

import (
	"fmt"
	"testing"

	"github.com/geokg/geokg/graph"
)

func neighbors(n int) []Neighbor {
	out := make([]Neighbor, n)
	for i := range out {
		out[i] = Neighbor{ID: fmt.Sprintf("state:S%02d", i), Documents: n - i}
	}
	return out
}

// at is the snapshot of read timestamp ts in the cache's first epoch.
func at(ts uint64) snapshotID { return snapshotID{ts: ts} }

// TestSnapCacheSnapshots checks that the cache serves a record only to
// reads of the snapshot it was read at, that a newer snapshot empties it,
// that an older one neither uses nor fills it, and that after a write
// that bypassed transactions (forget) reads begun before it neither use
// nor fill it.
func TestSnapCacheSnapshots(t *testing.T) {
	key := rankCacheKey{id: "state:USA"}
	c := newSnapCache(1 << 20)
	c.putRank(at(5), key, neighbors(3), true)
	if _, ok := c.rank(at(5), key, 2); !ok {
		t.Error("snapshot 5: not cached")
	}
	if _, ok := c.rank(at(6), key, 2); ok {
		t.Error("snapshot 6 got snapshot 5's list")
	}
	c.putRank(at(4), rankCacheKey{id: "state:RUS"}, neighbors(2), true)
	if _, ok := c.rank(at(4), rankCacheKey{id: "state:RUS"}, 1); ok {
		t.Error("an older snapshot filled the cache")
	}
	c.putEntity(at(7), "state:USA", graph.Entity{ID: "state:USA", Name: "United States"})
	if _, ok := c.rank(at(7), key, 2); ok {
		t.Error("snapshot 7 got snapshot 5's list")
	}
	if e, known, ok := c.entity(at(7), "state:USA"); !ok || !known || e.Name != "United States" {
		t.Errorf("entity at 7 = %+v, %v, %v", e, known, ok)
	}
	c.putEntity(at(7), "state:XXX", graph.Entity{})
	if _, known, ok := c.entity(at(7), "state:XXX"); !ok || known {
		t.Errorf("unknown entity: known %v, cached %v; want cached as unknown", known, ok)
	}
	before := c.snapshotOf(7)
	c.forget()
	after := c.snapshotOf(7)
	if _, _, ok := c.entity(before, "state:USA"); ok {
		t.Error("forget kept the cache")
	}
	c.putEntity(before, "state:USA", graph.Entity{ID: "state:USA"})
	if _, _, ok := c.entity(after, "state:USA"); ok {
		t.Error("a read begun before forget filled the cache")
	}
	c.putEntity(after, "state:USA", graph.Entity{ID: "state:USA"})
	if _, _, ok := c.entity(after, "state:USA"); !ok {
		t.Error("a read begun after forget did not fill the cache")
	}
}

// TestSnapCacheRankHeads checks that a head of a rank list serves only
// shorter reads, unless it is the whole list, and that a whole read
// (k <= 0) needs the whole list.
func TestSnapCacheRankHeads(t *testing.T) {
	key := rankCacheKey{id: "state:USA", typ: graph.Met}
	cases := []struct {
		have, k int
		all     bool
		want    int // entries served; -1 for a miss
	}{
		{have: 5, k: 3, want: 3},
		{have: 5, k: 5, want: 5},
		{have: 5, k: 6, want: -1},
		{have: 5, k: 0, want: -1},
		{have: 5, all: true, k: 8, want: 5},
		{have: 5, all: true, k: 0, want: 5},
		{have: 0, all: true, k: 4, want: 0},
	}
	for _, tc := range cases {
		c := newSnapCache(1 << 20)
		c.putRank(at(1), key, neighbors(tc.have), tc.all)
		got, ok := c.rank(at(1), key, tc.k)
		if n := len(got); !ok && tc.want != -1 || ok && n != tc.want {
			t.Errorf("head of %d (whole %v), k=%d: served %d (cached %v), want %d", tc.have, tc.all, tc.k, n, ok, tc.want)
		}
	}
}

// TestSnapCacheBounded checks that the cache keeps to its size in two
// generations, that what is read again stays, and that a record too big
// for it is not kept.
func TestSnapCacheBounded(t *testing.T) {
	list := neighbors(10)
	size := rankBytes(rankCacheKey{id: "state:S000"}, cachedHead[Neighbor]{list: list})
	c := newSnapCache(20 * size)
	hot := rankCacheKey{id: "state:HOT"}
	c.putRank(at(1), hot, list, true)
	for i := range 200 {
		c.putRank(at(1), rankCacheKey{id: fmt.Sprintf("state:S%03d", i)}, list, true)
		if _, ok := c.rank(at(1), hot, 0); !ok {
			t.Fatalf("after %d lists, the list read after each was dropped", i+1)
		}
		if total := c.cur.bytes + c.old.bytes; total > c.maxBytes+size {
			t.Fatalf("after %d lists, the cache holds %d bytes, bound %d", i+1, total, c.maxBytes)
		}
	}
	big := rankCacheKey{id: "state:BIG"}
	c.putRank(at(1), big, neighbors(400), true)
	if _, ok := c.rank(at(1), big, 0); ok {
		t.Error("a list of more than an eighth of the cache was kept")
	}
	off := newSnapCache(0)
	off.putRank(at(1), hot, list, true)
	if _, ok := off.rank(at(1), hot, 0); ok {
		t.Error("a cache of size 0 kept a list")
	}
}

// TestSnapCachePairHeads checks that the edges kept for a pair serve only
// the reads whose answer they hold: a head of perPair edges answers reads
// of at most perPair, the whole list any read, and nothing another pair's
// or another set of types' read.
func TestSnapCachePairHeads(t *testing.T) {
	edges := func(n int) []*graph.Edge {
		out := make([]*graph.Edge, n)
		for i := range out {
			out[i] = &graph.Edge{ID: fmt.Sprintf("edge:%02d", i)}
		}
		return out
	}
	key := pairCacheKey{a: "state:RUS", b: "state:UKR"}
	cases := []struct {
		have, k int
		all     bool
		asked   pairCacheKey
		want    int // edges served; -1 for a miss
	}{
		{have: 4, k: 2, asked: key, want: 2},
		{have: 4, k: 4, asked: key, want: 4},
		{have: 4, k: 5, asked: key, want: -1},
		{have: 4, k: 0, asked: key, want: -1},
		{have: 3, all: true, k: 0, asked: key, want: 3},
		{have: 3, all: true, k: 9, asked: key, want: 3},
		{have: 4, k: 2, asked: pairCacheKey{a: "state:RUS", b: "state:USA"}, want: -1},
		{have: 4, k: 2, asked: pairCacheKey{a: key.a, b: key.b, types: "MET"}, want: -1},
	}
	for _, tc := range cases {
		c := newSnapCache(1 << 20)
		c.putPairEdges(at(1), key, edges(tc.have), tc.all)
		got, ok := c.pairEdges(at(1), tc.asked, tc.k)
		if n := len(got); !ok && tc.want != -1 || ok && n != tc.want {
			t.Errorf("%d edges (whole %v), asked %+v k=%d: served %d (cached %v), want %d", tc.have, tc.all, tc.asked, tc.k, n, ok, tc.want)
		}
		if _, ok := c.pairEdges(at(2), key, 1); ok {
			t.Error("a later snapshot got the pair's edges")
		}
	}
}

// TestSnapCacheEdges checks that an edge with its mentions, or the absence
// of one, is served only to reads of the snapshot it was read at.
func TestSnapCacheEdges(t *testing.T) {
	c := newSnapCache(1 << 20)
	e := &graph.Edge{ID: "edge:a", Mentions: []graph.Mention{{DocumentID: "doc:1", Text: "Russia invaded Ukraine."}}}
	c.putEdge(at(3), "edge:a", e)
	c.putEdge(at(3), "edge:none", nil)
	if got, ok := c.edge(at(3), "edge:a"); !ok || got != e {
		t.Errorf("edge at 3 = %v, %v; want the edge kept", got, ok)
	}
	if got, ok := c.edge(at(3), "edge:none"); !ok || got != nil {
		t.Errorf("unknown edge at 3 = %v, %v; want kept as unknown", got, ok)
	}
	if _, ok := c.edge(at(4), "edge:a"); ok {
		t.Error("snapshot 4 got snapshot 3's edge")
	}
	if n := edgeWithMentionsBytes("edge:a", e); n < len(e.Mentions[0].Text)+edgeBytes {
		t.Errorf("size of an edge with a mention: %d bytes, less than what it holds", n)
	}
}
