package schema

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"testing"
	"time"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/store"
	"github.com/geokg/geokg/store/storetest"
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
	for m, max := range map[string]int64{"Entities": 3, "Edges": 1, "EventsEdgeIDs": 1, "Neighbors": 0, "Events": 1} {
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

// TestTraversalReads checks that path makes one TopNeighbors call per BFS
// level per side and neighborhood one per level (plus one for the last
// level's ties), at most one PairEdges call for its edges, and that
// neither reads a whole adjacency list (Neighbors).
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
		for _, m := range []string{"Neighbors", "TopNeighbors", "PairEdges", "Edges"} {
			cs.calls[m].Store(0)
		}
		data(t, s, tc.query, nil)
		if got := cs.calls["TopNeighbors"].Load(); got != tc.neighbors {
			t.Errorf("%s: %d TopNeighbors calls, want %d", tc.query, got, tc.neighbors)
		}
		if got := cs.calls["PairEdges"].Load(); got > 1 {
			t.Errorf("%s: %d PairEdges calls, want at most 1", tc.query, got)
		}
		if got := cs.calls["Neighbors"].Load(); got != 0 {
			t.Errorf("%s: %d Neighbors calls (whole adjacency lists), want 0", tc.query, got)
		}
		if got := cs.calls["Edges"].Load(); got != 0 {
			t.Errorf("%s: %d Edges calls, want 0 (no sources asked: heads only)", tc.query, got)
		}
	}
}

// corpus returns n documents, each naming its own person (so that there are
// more than n entities), two states of a ring and the person's visit to the
// first state, an event; every entity is mentioned in the first sentence.
func corpus(n int) []*graph.Extraction {
	states := []graph.Entity{fxRUS, fxPRK, fxKOR, fxUSA, fxUKR, fxCHN}
	var out []*graph.Extraction
	for d := range n {
		name := fmt.Sprintf("Envoy Number%03d", d)
		p := graph.Entity{ID: graph.EntityID(graph.KindPerson, name), Kind: graph.KindPerson, Name: name,
			Country: states[d%len(states)].ID, Roles: []string{"envoy"}}
		a, b := states[d%len(states)], states[(d+1)%len(states)]
		s1 := fmt.Sprintf("%s visited %s.", name, b.Name)
		s2 := fmt.Sprintf("%s warned %s.", a.Name, b.Name)
		text := s1 + " " + s2
		date := graph.DayDate(time.Date(2021, 1, 1+d, 0, 0, 0, 0, time.UTC))
		visit := graph.Event{
			ID: graph.EventID(graph.Visited, []string{p.ID}, []string{b.ID}, date), Type: graph.Visited, Date: date,
			Actors: []string{p.ID}, Targets: []string{b.ID}, Modality: graph.Asserted, Mentions: []graph.Mention{ment("", s1, 0, 0)},
		}
		out = append(out, extraction(text, fmt.Sprintf("Envoy %d", d), "2021-12-31", []graph.Entity{p, a, b},
			[]graph.Event{visit},
			[]graph.Edge{
				mkEdge(graph.Visited, p.ID, b.ID, date, graph.Asserted, "", visit.ID, 0.9, ment("", s1, 0, 0)),
				mkEdge(graph.Warned, a.ID, b.ID, date, graph.Asserted, "", "", 0.6, ment("", s2, 1, len(s1)+1)),
			}))
	}
	return out
}

// readsPerPage runs query with first set to each of sizes and returns the
// store calls by method, per size; it checks that the page is full.
func readsPerPage(t *testing.T, s *Server, cs *countingStore, query string, root string, sizes []int) []map[string]int64 {
	t.Helper()
	var out []map[string]int64
	for _, first := range sizes {
		for _, c := range cs.calls {
			c.Store(0)
		}
		d := data(t, s, query, map[string]any{"first": first})
		if n := len(get(d, root, "edges").([]any)); n != first {
			t.Fatalf("page of %d %s, want %d", n, root, first)
		}
		calls := map[string]int64{}
		for m, c := range cs.calls {
			if n := c.Load(); n > 0 {
				calls[m] = n
			}
		}
		out = append(out, calls)
	}
	return out
}

// checkBounded fails unless every page size cost the same store calls, each
// method at most its bound (methods not listed: none).
func checkBounded(t *testing.T, sizes []int, calls []map[string]int64, bound map[string]int64) {
	t.Helper()
	for i := range sizes {
		t.Logf("page of %d: store calls %v", sizes[i], calls[i])
		if !maps.Equal(calls[i], calls[0]) {
			t.Errorf("store calls for a page of %d: %v; for %d: %v; want the same", sizes[0], calls[0], sizes[i], calls[i])
		}
		for m, n := range calls[i] {
			if n > bound[m] {
				t.Errorf("page of %d: %s called %d times, want at most %d (all calls %v)", sizes[i], m, n, bound[m], calls[i])
			}
		}
	}
}

const documentsListsQuery = `query($first: Int) { documents(first: $first) { edges { node { id
	edges(first: 5) { totalCount edges { node { id from { name } to { name } event { id edges { id } } } } }
	entities { id name country { name } } } } } }`

// TestDocumentListsReadsAreBounded proves there is no N+1 in a page of
// documents with their edges (and the edges' endpoints and events) and
// entities: the same store calls whether the page holds 10 or 100 documents,
// one call per level and kind; and each document's lists are its own.
func TestDocumentListsReadsAreBounded(t *testing.T) {
	st := openStore(t)
	load(t, st, corpus(120))
	cs := newCounting(st)
	s := newServer(t, cs)
	sizes := []int{10, 100}
	calls := readsPerPage(t, s, cs, documentsListsQuery, "documents", sizes)
	// At most one call per level that asks for a kind of record. Entities:
	// the documents' entities, then their countries, then the edges' ends
	// (here all named by the documents, so one call); Edges: the page, then
	// the events' edges that were not on it (here none).
	checkBounded(t, sizes, calls, map[string]int64{
		"DocumentIDs": 1, "DocumentHeads": 1, "DocumentsEdgeIDs": 1, "DocumentsEntityIDs": 1,
		"Entities": 3, "Edges": 2, "Events": 1, "EventsEdgeIDs": 1,
	})

	ctx := context.Background()
	d := data(t, s, documentsListsQuery, map[string]any{"first": 100})
	for _, doc := range get(d, "documents", "edges").([]any) {
		id := get(doc, "node", "id").(string)
		edges, err := st.DocumentsEdgeIDs(ctx, []string{id})
		if err != nil {
			t.Fatal(err)
		}
		ents, err := st.DocumentsEntityIDs(ctx, []string{id})
		if err != nil {
			t.Fatal(err)
		}
		want := edges[0][:min(5, len(edges[0]))]
		if got := ids(get(doc, "node", "edges", "edges")); !slices.Equal(got, want) ||
			int(get(doc, "node", "edges", "totalCount").(float64)) != len(edges[0]) {
			t.Errorf("%s: edges %v of %v, want %v of %d", id, got, get(doc, "node", "edges", "totalCount"), want, len(edges[0]))
		}
		if got := ids(get(doc, "node", "entities")); !slices.Equal(got, ents[0]) {
			t.Errorf("%s: entities %v, want %v", id, got, ents[0])
		}
		for _, e := range get(doc, "node", "edges", "edges").([]any) {
			ev := get(e, "node", "event")
			if ev == nil {
				continue
			}
			// An event's edges are those whose event it is.
			if got := ids(get(ev, "edges")); !slices.Contains(got, get(e, "node", "id").(string)) {
				t.Errorf("%s: event %v lists edges %v, not the edge", id, get(ev, "id"), got)
			}
		}
	}
}

const entitiesListsQuery = `query($first: Int) { entities(first: $first) { edges { node { id
	events(first: 3) { totalCount edges { node { id participants { name } edges { id } } } }
	mentions(first: 3) { totalCount edges { node { sentence document { title } } } } } } } }`

// TestEntityListsReadsAreBounded proves there is no N+1 in a page of
// entities with their events and mentions: the same store calls whether the
// page holds 10 or 100 entities; and each entity's lists are its own.
func TestEntityListsReadsAreBounded(t *testing.T) {
	st := openStore(t)
	load(t, st, corpus(120))
	cs := newCounting(st)
	s := newServer(t, cs)
	sizes := []int{10, 100}
	calls := readsPerPage(t, s, cs, entitiesListsQuery, "entities", sizes)
	// Entities: the page, then the events' participants.
	checkBounded(t, sizes, calls, map[string]int64{
		"EntityIDs": 1, "Entities": 2, "EntitiesEventIDs": 1, "EntitiesMentionsFirst": 1,
		"Events": 1, "EventsEdgeIDs": 1, "Edges": 1, "DocumentHeads": 1,
	})

	ctx := context.Background()
	d := data(t, s, entitiesListsQuery, map[string]any{"first": 100})
	for _, ent := range get(d, "entities", "edges").([]any) {
		id := get(ent, "node", "id").(string)
		evs, err := st.EventIDs(ctx, store.EventFilter{Participant: id})
		if err != nil {
			t.Fatal(err)
		}
		want := evs[:min(3, len(evs))]
		if got := ids(get(ent, "node", "events", "edges")); !slices.Equal(got, want) ||
			int(get(ent, "node", "events", "totalCount").(float64)) != len(evs) {
			t.Errorf("%s: events %v of %v, want %v of %d", id, got, get(ent, "node", "events", "totalCount"), want, len(evs))
		}
		ms, err := st.EntitiesMentions(ctx, []string{id})
		if err != nil {
			t.Fatal(err)
		}
		var wantSent, gotSent []string
		for _, m := range ms[0][:min(3, len(ms[0]))] {
			wantSent = append(wantSent, m.Text)
		}
		for _, m := range get(ent, "node", "mentions", "edges").([]any) {
			gotSent = append(gotSent, get(m, "node", "sentence").(string))
		}
		if !slices.Equal(gotSent, wantSent) || int(get(ent, "node", "mentions", "totalCount").(float64)) != len(ms[0]) {
			t.Errorf("%s: mentions %v of %v, want %v of %d", id, gotSent, get(ent, "node", "mentions", "totalCount"), wantSent, len(ms[0]))
		}
	}
}

// benchPage runs query with first 100 over corpus(120), per op.
func benchPage(b *testing.B, query string) {
	st := openStore(b)
	load(b, st, corpus(120))
	s := newServer(b, st)
	vars := map[string]any{"first": 100}
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if res := s.Do(ctx, query, vars); len(res.Errors) > 0 {
			b.Fatal(res.Errors)
		}
	}
}

func BenchmarkDocumentsPageLists(b *testing.B) { benchPage(b, documentsListsQuery) }

func BenchmarkEntitiesPageLists(b *testing.B) { benchPage(b, entitiesListsQuery) }

// BenchmarkHubQueries measures the bench's query kinds on a hub of a store of
// 3,000 generated documents (storetest.Generate: 260 entities, a few hubs).
func BenchmarkHubQueries(b *testing.B) {
	st := openStore(b)
	load(b, st, storetest.Generate(9, 3000, 12, 10))
	s := newServer(b, st)
	ctx := context.Background()
	for _, q := range []struct{ name, query string }{
		{"neighborhood2", `{ neighborhood(id: "state:S00", depth: 2, limit: 200) { truncated entities { id name kind } edges { id type from { id } to { id } } } }`},
		{"entityPage", `{ entity(id: "state:S00") { id name kind edges(first: 20) { totalCount edges { node { id type date modality from { id name } to { id name } sources { sentence document { id title published } } } } } } }`},
		{"path", `{ path(from: "state:S39", to: "person:person-m-name12", maxDepth: 4) { length entities { id name } edges { id type } } }`},
		{"relations", `{ relations(from: "state:S00") { from { id } to { id } type count documents first last modalities sample { id } } }`},
	} {
		b.Run(q.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if res := s.Do(ctx, q.query, nil); len(res.Errors) > 0 {
					b.Fatal(res.Errors)
				}
			}
		})
	}
}
