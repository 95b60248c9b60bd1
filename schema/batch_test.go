package schema

import (
	"context"
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
