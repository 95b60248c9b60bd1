package schema

import (
	"context"
	"fmt"
	"testing"

	"github.com/graphql-go/graphql"
)

// leanAllocs returns the allocations of one lean execution of query on s,
// and the number of entities and edges it answers.
func leanAllocs(t *testing.T, s *Server, query string) (allocs float64, entities, edges int) {
	t.Helper()
	p, err := s.prepare(query)
	if err != nil {
		t.Fatal(err)
	}
	op, err := operation(p.doc, "")
	if err != nil {
		t.Fatal(err)
	}
	var data leanObject
	run := func() bool {
		_, ok := s.executeWith(context.Background(), p.doc, op, runMode{authorized: true}, func(ctx context.Context) (*graphql.Result, bool) {
			var ok bool
			data, ok = leanExecute(ctx, &s.schema, s.lean, p.doc, op, nil)
			return &graphql.Result{Data: data}, ok
		})
		return ok
	}
	if !run() {
		t.Fatalf("the lean executor stopped on %s", query)
	}
	nb := plainData(data).(map[string]any)["neighborhood"].(map[string]any)
	entities = len(nb["entities"].([]any))
	if es, ok := nb["edges"].([]any); ok {
		edges = len(es)
	}
	allocs = testing.AllocsPerRun(20, func() { run() })
	return allocs, entities, edges
}

// TestLeanCompletesWithoutBoxingAgain checks what a field, a leaf or an
// object costs the lean executor in allocations, by the difference between
// two queries: a string leaf and an enum leaf cost their resolver's value
// only (1.5 per entity; 2.5 when the executor boxed strings and enum names
// again), and an object with one leaf no more than that leaf and its
// resolver (2 per edge; 3 when each object's header was boxed anew, 4
// with the leaf boxed again too).
func TestLeanCompletesWithoutBoxingAgain(t *testing.T) {
	s, _ := fixtureServer(t)
	const nb = `{ neighborhood(id: "state:PRK", depth: 2) { %s } }`
	base, n, _ := leanAllocs(t, s, fmt.Sprintf(nb, "entities { id }"))
	name, _, _ := leanAllocs(t, s, fmt.Sprintf(nb, "entities { id name }"))
	kind, _, _ := leanAllocs(t, s, fmt.Sprintf(nb, "entities { id kind }"))
	edges, _, m := leanAllocs(t, s, fmt.Sprintf(nb, "entities { id } edges { id }"))
	from, _, _ := leanAllocs(t, s, fmt.Sprintf(nb, "entities { id } edges { id from { id } }"))
	if n < 5 || m < 5 {
		t.Fatalf("the neighborhood has %d entities and %d edges, too few to count by", n, m)
	}
	for _, c := range []struct {
		what      string
		extra     float64
		per, most float64
		perWhat   string
	}{
		{"a string leaf (name)", name - base, float64(n), 2, "entity"},
		{"an enum leaf (kind)", kind - base, float64(n), 2, "entity"},
		{"an object with a leaf (from { id })", from - edges, float64(m), 2.5, "edge"},
	} {
		if got := c.extra / c.per; got > c.most {
			t.Errorf("%s costs %.2f allocations per %s, want at most %.1f", c.what, got, c.perWhat, c.most)
		}
	}
}

// TestEnumNamesMatchSerialize checks the lean executor's names of enum
// values against graphql-go's Serialize, for every value of every enum.
func TestEnumNamesMatchSerialize(t *testing.T) {
	s, _ := fixtureServer(t)
	values := 0
	for e, names := range s.lean.enumNames {
		for _, v := range e.Values() {
			if got, want := names[v.Value], e.Serialize(v.Value); got != want {
				t.Errorf("%s: %v names %v, Serialize gives %v", e.Name(), v.Value, got, want)
			}
			values++
		}
	}
	if values < 20 {
		t.Errorf("%d enum values named, want the schema's (at least 20)", values)
	}
}
