package storetest

import (
	"cmp"
	"context"
	"reflect"
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/store"
)

// PairView is what the pair index answers about one entity.
type PairView struct {
	Top       []store.Neighbor
	TopByType map[graph.RelationType][]store.Neighbor
	Relations []store.Relation
}

func takePairs(t testing.TB, s store.Store, ids []string) map[string]PairView {
	t.Helper()
	ctx := context.Background()
	out := map[string]PairView{}
	tops := must(s.TopNeighbors(ctx, ids, nil, 0))(t)
	byType := map[graph.RelationType][][]store.Neighbor{}
	for _, ty := range graph.ScoredRelationTypes {
		byType[ty] = must(s.TopNeighbors(ctx, ids, []graph.RelationType{ty}, 0))(t)
	}
	for i, id := range ids {
		v := PairView{Top: tops[i], TopByType: map[graph.RelationType][]store.Neighbor{}}
		for ty, lists := range byType {
			if len(lists[i]) > 0 {
				v.TopByType[ty] = lists[i]
			}
		}
		v.Relations = must(s.Relations(ctx, store.RelationFilter{From: id, First: 1000, Sample: 1000}))(t)
		out[id] = v
	}
	return out
}

// oracleNeighbors computes the neighbors of id from its edges, as the pair
// index must give them: documents are the distinct documents of each edge's
// mentions, summed over edges.
func oracleNeighbors(t testing.TB, s store.Store, id string, types []graph.RelationType) []store.Neighbor {
	t.Helper()
	ctx := context.Background()
	adj := must(s.Neighbors(ctx, []string{id}, types))(t)[id]
	ids := make([]string, len(adj))
	for i, a := range adj {
		ids[i] = a.EdgeID
	}
	edges := must(s.Edges(ctx, ids))(t)
	by := map[string]*store.Neighbor{}
	for i, a := range adj {
		if a.Other == id {
			continue
		}
		n := by[a.Other]
		if n == nil {
			n = &store.Neighbor{ID: a.Other}
			by[a.Other] = n
		}
		e := edges[i]
		docs := map[string]bool{}
		for _, m := range e.Mentions {
			docs[m.DocumentID] = true
		}
		n.Documents += len(docs)
		n.Mentions += len(e.Mentions)
		n.Edges++
		if e.Date.Value > n.Last || (e.Date.Value == n.Last && e.ID > n.LastEdge) {
			head := *e
			head.Mentions = nil
			n.Last, n.LastEdge, n.LastHead = e.Date.Value, e.ID, &head
		}
	}
	out := []store.Neighbor{}
	for _, n := range by {
		out = append(out, *n)
	}
	slices.SortFunc(out, func(a, b store.Neighbor) int {
		return cmp.Or(cmp.Compare(b.Documents, a.Documents), cmp.Compare(b.Last, a.Last), cmp.Compare(a.ID, b.ID))
	})
	return out
}

func checkOracle(t *testing.T, s store.Store, when string) {
	t.Helper()
	ctx := context.Background()
	ids := must(s.EntityIDs(ctx, ""))(t)
	for _, id := range ids {
		// The count of all an entity's edges comes from the pair index.
		f := store.EdgeFilter{Node: id}
		all := must(s.EdgeIDs(ctx, f))(t)
		if page := must(s.EdgeIDsFirst(ctx, []store.EdgeFilter{f}, 1, true))(t)[0]; page.Total != len(all) {
			t.Fatalf("%s: EdgeIDsFirst(%s) counts %d edges, EdgeIDs lists %d", when, id, page.Total, len(all))
		}
		for _, types := range [][]graph.RelationType{nil, {graph.Met}} {
			want := oracleNeighbors(t, s, id, types)
			got := must(s.TopNeighbors(ctx, []string{id}, types, 0))(t)[0]
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%s: TopNeighbors(%s, %v) =\n%+v\nwant\n%+v", when, id, types, got, want)
			}
			checkPairHeads(t, s, id, want, types, when)
			if len(want) > 2 {
				top2 := must(s.TopNeighbors(ctx, []string{id}, types, 2))(t)[0]
				if !reflect.DeepEqual(top2, want[:2]) {
					t.Fatalf("%s: TopNeighbors(%s, k=2) = %+v, want %+v", when, id, top2, want[:2])
				}
			}
		}
	}
}

// checkPairHeads checks that the heads PairEdges reads from the pair index
// are the edges as EdgeHeads reads them, that they are all the pair's edges,
// and that one edge per pair is the newest one the rank index names.
func checkPairHeads(t *testing.T, s store.Store, id string, nbs []store.Neighbor, types []graph.RelationType, when string) {
	t.Helper()
	ctx := context.Background()
	pairs := make([][2]string, len(nbs))
	for i, n := range nbs {
		pairs[i] = [2]string{id, n.ID}
	}
	all := must(s.PairEdges(ctx, pairs, types, 0))(t)
	newest := must(s.PairEdges(ctx, pairs, types, 1))(t)
	for i, n := range nbs {
		if len(all[i]) != n.Edges {
			t.Fatalf("%s: PairEdges(%s, %s) gives %d edges, the rank index %d", when, id, n.ID, len(all[i]), n.Edges)
		}
		ids := make([]string, len(all[i]))
		for j, e := range all[i] {
			ids[j] = e.ID
		}
		stored := must(s.EdgeHeads(ctx, ids))(t)
		for j, e := range all[i] {
			if !reflect.DeepEqual(e, stored[j]) {
				t.Fatalf("%s: pair index head\n%+v\nEdgeHeads\n%+v", when, e, stored[j])
			}
		}
		if len(newest[i]) != 1 || newest[i][0].ID != n.LastEdge {
			t.Fatalf("%s: newest edge of %s-%s: PairEdges gives %v, the rank index %s", when, id, n.ID, newest[i], n.LastEdge)
		}
	}
}

// testPairIndexMatchesEdges checks the pair weights against the edges after
// ingest, after deletions and after a merge. (The snapshots of the delete,
// merge and reload tests compare the pair index too.)
func testPairIndexMatchesEdges(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	docs := Generate(21, 40, 10, 8)
	Load(t, s, docs...)
	checkOracle(t, s, "after ingest")
	for i, x := range docs {
		if i%3 == 0 {
			must(s.DeleteDocument(ctx, x.Document.ID))(t)
		}
	}
	checkOracle(t, s, "after deletes")
	must(s.MergeEntities(ctx, graph.StateID("S00"), []string{graph.StateID("S02"), graph.StateID("S03")}))(t)
	checkOracle(t, s, "after merge")
	// A hub's first pages (its edges to itself included) against its lists.
	for _, node := range []string{graph.StateID("S00"), graph.StateID("S01")} {
		for _, f := range []store.EdgeFilter{
			{Node: node}, {Node: node, Direction: store.Out}, {Node: node, Direction: store.In},
			{Node: node, Types: []graph.RelationType{graph.Met, graph.Accused}},
			{Node: node, Types: []graph.RelationType{graph.Accused, graph.Met, graph.Accused}}, // a type named twice
			{Node: node, DateFrom: date("2021"), DateTo: date("2022-06")},
		} {
			all := must(s.EdgeIDs(ctx, f))(t)
			if f.Direction == "" && len(f.Types) == 0 && f.DateFrom.Value == "" && len(all) < 20 {
				t.Fatalf("%s has %d edges: not a hub", node, len(all))
			}
			checkFirst(t, s, f, all)
		}
	}
	for _, x := range docs {
		must(s.DeleteDocument(ctx, x.Document.ID))(t)
	}
	for _, id := range must(s.EntityIDs(ctx, ""))(t) {
		if l := must(s.TopNeighbors(ctx, []string{id}, nil, 0))(t)[0]; len(l) != 0 {
			t.Fatalf("empty store: %s still has neighbors %+v", id, l)
		}
	}
}

// testPairIndexBounds checks relation summaries against the edge filter and
// the bounds of PairEdges.
func testPairIndexBounds(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	Load(t, s, Generate(22, 30, 10, 8)...)
	hub := graph.StateID("S00")
	top := must(s.TopNeighbors(ctx, []string{hub}, nil, 3))(t)[0]
	if len(top) != 3 {
		t.Fatalf("hub has %d neighbors, want 3", len(top))
	}
	other := top[0].ID
	rows := must(s.Relations(ctx, store.RelationFilter{From: hub, To: other, First: 100, Sample: 2, DateFrom: date("2020"), DateTo: date("2023")}))(t)
	total := 0
	for _, r := range rows {
		ids := must(s.EdgeIDs(ctx, store.EdgeFilter{From: r.From, To: r.To, Types: []graph.RelationType{r.Type},
			DateFrom: date("2020"), DateTo: date("2023")}))(t)
		if !r.Type.Symmetric() && r.Edges != len(ids) {
			t.Errorf("row %s %s->%s counts %d edges, EdgeIDs gives %d", r.Type, r.From, r.To, r.Edges, len(ids))
		}
		if len(r.Sample) > 2 || len(r.Sample) == 0 {
			t.Errorf("row %s has %d samples", r.Type, len(r.Sample))
		}
		if r.First.Value > r.Last.Value || r.First.Value < "2020" || r.Last.Value > "2023-12-31" {
			t.Errorf("row %s dates %s..%s outside 2020..2023", r.Type, r.First.Value, r.Last.Value)
		}
		total += r.Edges
	}
	if total == 0 {
		t.Fatalf("no relation between %s and %s in 2020..2023", hub, other)
	}
	pe := must(s.PairEdges(ctx, [][2]string{{hub, other}, {other, hub}}, nil, 3))(t)
	if len(pe[0]) != min(3, top[0].Edges) || !reflect.DeepEqual(pe[0], pe[1]) {
		t.Errorf("PairEdges = %v, want %d edges, the same both ways", pe, min(3, top[0].Edges))
	}
	all := must(s.PairEdges(ctx, [][2]string{{hub, other}}, nil, 0))(t)[0]
	if len(all) != top[0].Edges {
		t.Errorf("PairEdges(all) gives %d edges, the rank index says %d", len(all), top[0].Edges)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := s.TopNeighbors(cancelled, []string{hub}, nil, 0); err == nil {
		t.Errorf("TopNeighbors with a cancelled context succeeded")
	}
}
