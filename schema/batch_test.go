package schema

import (
	"context"
	"slices"
	"testing"
)

const pageQuery = `query($first: Int) { edges(first: $first) { totalCount edges { cursor node {
	id type date from { name } to { name } sources { sentence document { title } } } } } }`

// TestEdgesPageReadsAreBounded proves there is no N+1: a page of edges with
// their endpoints and sources' documents costs the same few store reads
// whether the page holds 10 or 100 edges.
func TestEdgesPageReadsAreBounded(t *testing.T) {
	st := openStore(t)
	load(t, st, bulk(10, 15))
	cs := newCounting(st)
	s := newServer(t, cs)
	reads := map[int]int64{}
	for _, first := range []int{10, 100} {
		cs.reads.Store(0)
		d := data(t, s, pageQuery, map[string]any{"first": first})
		if n := len(get(d, "edges", "edges").([]any)); n != first {
			t.Fatalf("page of %d, want %d", n, first)
		}
		reads[first] = cs.reads.Load()
	}
	// EdgeIDs, Edges, Entities, Documents: one call each.
	if reads[10] != reads[100] || reads[100] > 4 {
		t.Fatalf("store reads: %d for 10 edges, %d for 100; want the same, at most 4", reads[10], reads[100])
	}
}

// TestNestedListsAreBatched checks the other nested lists: events with their
// participants, places and edges, documents with entities.
func TestNestedListsAreBatched(t *testing.T) {
	s0, st := fixtureServer(t)
	_ = s0
	cs := newCounting(st)
	s := newServer(t, cs)
	data(t, s, `{ events { edges { node { place { name country { name } } participants { name country { name } } edges { id from { name } } } } }
		search(text: "korea") { country { name } } }`, nil)
	for m, max := range map[string]int64{"Entities": 3, "Edges": 1, "Neighbors": 1, "Events": 1} {
		if got := cs.calls[m].Load(); got > max {
			t.Errorf("%s called %d times, want at most %d", m, got, max)
		}
	}
}

func BenchmarkEdgesPage(b *testing.B) {
	st := openStore(b)
	load(b, st, bulk(20, 20))
	s := newServer(b, st)
	vars := map[string]any{"first": 100}
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		res := s.Do(ctx, pageQuery, vars)
		if len(res.Errors) > 0 {
			b.Fatal(res.Errors)
		}
	}
}

// TestEntityEdgesBatchedMatchesStore checks that Entity.edges served for many
// entities at once (Neighbors and one edge read) lists exactly what
// store.EdgeIDs lists for each entity alone, in the same order, and that the
// batched form reads the store a fixed number of times.
func TestEntityEdgesBatchedMatchesStore(t *testing.T) {
	st := openStore(t)
	load(t, st, append(fixture(), bulk(4, 9)...))
	cs := newCounting(st)
	s := newServer(t, cs)
	for _, args := range []string{
		`(first: 100)`, `(first: 100, direction: OUT)`, `(first: 100, direction: IN)`,
		`(first: 100, types: [WARNED, MET, COOPERATED])`, `(first: 100, direction: IN, types: [MET, ACCUSED])`,
		`(first: 100, from: "2020-01-05", to: "2020-01")`, `(first: 100, from: "2023-11")`, `(first: 100, to: "2023")`,
		`(first: 2)`,
	} {
		t.Run(args, func(t *testing.T) {
			cs.reads.Store(0)
			d := data(t, s, `{ entities(first: 50) { edges { node { id edges`+args+` { totalCount edges { node { id } } } } } } }`, nil)
			if n := cs.reads.Load(); n > 5 {
				t.Errorf("%d store reads for all entities' edges, want at most 5", n)
			}
			for _, e := range get(d, "entities", "edges").([]any) {
				id := get(e, "node", "id").(string)
				one := data(t, s, `query($id: ID!) { entity(id: $id) { edges`+args+` { totalCount edges { node { id } } } } }`, map[string]any{"id": id})
				want, got := get(one, "entity", "edges"), get(e, "node", "edges")
				if get(want, "totalCount") != get(got, "totalCount") || !slices.Equal(ids(get(want, "edges")), ids(get(got, "edges"))) {
					t.Errorf("%s: batched %v, alone %v", id, got, want)
				}
			}
		})
	}
}

func BenchmarkNeighborhood(b *testing.B) {
	st := openStore(b)
	load(b, st, bulk(20, 20))
	s := newServer(b, st)
	ctx := context.Background()
	q := `{ neighborhood(id: "state:PRK", depth: 2) { entities { id name } edges { id type from { id } to { id } sources { document { title } } } } }`
	b.ReportAllocs()
	for b.Loop() {
		if res := s.Do(ctx, q, nil); len(res.Errors) > 0 {
			b.Fatal(res.Errors)
		}
	}
}

// TestTraversalReads checks that path makes one Neighbors call per BFS level
// per side and neighborhood one per level (plus one for the last level's edges).
func TestTraversalReads(t *testing.T) {
	_, st := fixtureServer(t)
	cs := newCounting(st)
	s := newServer(t, cs)
	tests := []struct {
		query     string
		neighbors int64
	}{
		{`{ path(from: "state:UKR", to: "state:CHN") { length } }`, 2},                      // one level each side
		{`{ path(from: "state:UKR", to: "person:antony-blinken") { length } }`, 3},          // three hops
		{`{ path(from: "state:UKR", to: "state:USA", maxDepth: 6) { length } }`, 3},         // UKR-RUS-PRK-USA
		{`{ neighborhood(id: "state:CHN", depth: 2) { entities { id } edges { id } } }`, 3}, // two levels + last
		{`{ neighborhood(id: "state:CHN", depth: 3) { entities { id } edges { id } } }`, 4},
	}
	for _, tc := range tests {
		cs.calls["Neighbors"].Store(0)
		data(t, s, tc.query, nil)
		if got := cs.calls["Neighbors"].Load(); got != tc.neighbors {
			t.Errorf("%s: %d Neighbors calls, want %d", tc.query, got, tc.neighbors)
		}
	}
}
