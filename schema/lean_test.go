package schema

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/graphql-go/graphql"
)

// leanQueries exercise what the lean executor must do as graphql-go does:
// fragments (named, inline, on the Node interface), aliases and merged
// fields, @skip and @include, __typename, variables (defaults, a single
// value for a list, enums) and thunks at several levels.
var leanQueries = []struct {
	name, query string
	vars        map[string]any
}{
	{"fragments", `query Q($id: ID!, $types: [RelationType!], $withEdges: Boolean!, $skipName: Boolean = false) {
		e: entity(id: $id) { ...E name @skip(if: $skipName) __typename id }
		n: neighborhood(id: $id, depth: 2, types: $types) { truncated entities { id ...Names }
			edges @include(if: $withEdges) { id type from { id name } to { ... on Entity { id kind } } } } }
		fragment E on Entity { id kind country { id __typename } edges(first: 3, types: $types) { totalCount edges { node { id type } } } }
		fragment Names on Entity { name aliases }`,
		map[string]any{"id": "state:PRK", "types": []any{"ACCUSED", "WARNED"}, "withEdges": true}},
	{"fragments_skipped", `query Q($id: ID!, $types: [RelationType!], $withEdges: Boolean!, $skipName: Boolean = false) {
		e: entity(id: $id) { ...E name @skip(if: $skipName) }
		n: neighborhood(id: $id, types: $types) { entities { id } edges @include(if: $withEdges) { id } } }
		fragment E on Entity { id edges(types: $types) { totalCount } }`,
		map[string]any{"id": "state:RUS", "types": "INVADED", "withEdges": false, "skipName": true}},
	{"interface", `{ a: node(id: "state:RUS") { __typename ...N ... on Entity { name } }
		b: node(id: "edge:3200f06108a413836f042652") { ...N ... on Edge { type from { name } } } }
		fragment N on Node { id }`, nil},
	{"defaults", `query($first: Int = 2) { __typename entities(first: $first) { edges { node { id country { name } } } } }`, nil},
	{"merged", `{ entity(id: "state:KOR") { id edges { edges { node { id } } } edges { totalCount edges { node { type to { id } } } } } }`, nil},
	{"endpoints", `{ neighborhood(id: "state:PRK", depth: 2) { edges { id from { id __typename } to { __typename id } } } }`, nil},
	{"bad_variable", `query($id: ID!) { entity(id: $id) { id } }`, nil},
	{"introspection", `{ __schema { queryType { name } } }`, nil},
	{"bad_limit", `{ neighborhood(id: "state:PRK", limit: 0) { truncated } }`, nil},
}

// TestLeanMatchesGraphQLGo runs the golden queries and leanQueries with both
// executors: the lean one must answer every query graphql-go answers
// without errors, with the same data, and stop on every other one and on
// introspection (left to graphql-go).
func TestLeanMatchesGraphQLGo(t *testing.T) {
	s, _ := fixtureServer(t)
	type query struct {
		name, query string
		vars        map[string]any
	}
	var all []query
	for _, g := range goldenQueries {
		all = append(all, query(g))
	}
	for _, g := range leanQueries {
		all = append(all, query(g))
	}
	ctx := context.Background()
	for _, q := range all {
		t.Run(q.name, func(t *testing.T) {
			p, err := s.prepare(q.query)
			if err != nil {
				return // refused before execution, by either executor
			}
			op, err := operation(p.doc, "")
			if err != nil {
				t.Fatal(err)
			}
			full, _ := s.executeWith(ctx, p.doc, op, runMode{authorized: true}, func(ctx context.Context) (*graphql.Result, bool) {
				return graphql.Execute(graphql.ExecuteParams{Schema: s.schema, AST: p.doc, Args: q.vars, Context: ctx}), true
			})
			lean, ok := s.executeWith(ctx, p.doc, op, runMode{authorized: true}, func(ctx context.Context) (*graphql.Result, bool) {
				data, ok := leanExecute(ctx, &s.schema, s.lean, p.doc, op, q.vars)
				return &graphql.Result{Data: data}, ok
			})
			clean := full.executed && len(full.result.Errors) == 0 && q.name != "introspection"
			if ok != clean {
				t.Fatalf("lean answered: %v; graphql-go answered without errors: %v (%v)", ok, clean, full.result.Errors)
			}
			if !ok {
				return
			}
			want, _ := json.Marshal(full.result.Data)
			got, _ := json.Marshal(plainData(lean.result.Data))
			if m, _ := full.result.Data.(map[string]any); len(m) == 0 {
				t.Errorf("answer %s: nothing to compare", got)
			}
			if string(got) != string(want) {
				t.Errorf("lean:\n%s\ngraphql-go:\n%s", got, want)
			}
		})
	}
}

// TestLeanFallsBack checks that a query the lean executor stops on is
// answered by graphql-go, with its partial data and located error.
func TestLeanFallsBack(t *testing.T) {
	s, _ := fixtureServer(t)
	res := s.Do(context.Background(), `{ stats { documents } path(from: "state:PRK", to: "state:ZZZ") { length } }`, nil)
	if len(res.Errors) != 1 || len(res.Errors[0].Path) == 0 || res.Errors[0].Path[0] != "path" {
		t.Fatalf("errors %+v, want one at path", res.Errors)
	}
	got := asJSON(t, res.Data).(map[string]any)
	if got["path"] != nil || got["stats"].(map[string]any)["documents"] == nil {
		t.Errorf("data %v, want stats and a null path", got)
	}
}

// stringer is a named string type with its own String method: graphql-go
// formats it with %v, which calls the method.
type stringer string

func (s stringer) String() string { return "<" + string(s) + ">" }

// TestSerializeScalar checks that the lean executor's scalar serialization
// gives what graphql-go's does for every kind of value, its shortcut for
// plain strings included.
func TestSerializeScalar(t *testing.T) {
	s := "Kyiv"
	values := []any{"", "Kyiv", "state:UKR", stringer("x"), &s, 42, 1.5, true, []string{"a"}}
	for _, sc := range []*graphql.Scalar{graphql.String, graphql.ID, graphql.Int, graphql.Float, graphql.Boolean, dateScalar()} {
		for _, v := range values {
			want, _ := json.Marshal(sc.Serialize(v))
			got, _ := json.Marshal(serializeScalar(sc, v))
			if string(got) != string(want) {
				t.Errorf("%s %#v: %s, graphql-go %s", sc.Name(), v, got, want)
			}
		}
	}
}

// TestLeanServesSameBytes serves the golden queries and leanQueries from a
// server with the lean executor and from one with graphql-go alone: the
// HTTP answers must be byte for byte the same (the lean executor's ordered
// objects and graphql-go's maps are written by one response writer, in the
// query's order).
func TestLeanServesSameBytes(t *testing.T) {
	lean, _ := fixtureServer(t)
	full, _ := fixtureServer(t, func(o Options) Options { return o.WithGraphQLGoOnly(true) })
	var all []struct {
		name, query string
		vars        map[string]any
	}
	for _, g := range goldenQueries {
		all = append(all, struct {
			name, query string
			vars        map[string]any
		}(g))
	}
	all = append(all, leanQueries...)
	compared := 0
	for _, q := range all {
		want := post(full, gql(q.query, q.vars)).Body.String()
		got := post(lean, gql(q.query, q.vars)).Body.String()
		if got != want {
			t.Errorf("%s: lean executor served\n%s\ngraphql-go\n%s", q.name, got, want)
		}
		if strings.Contains(want, `"data":{"`) {
			compared++
		}
	}
	if compared < len(all)/2 {
		t.Errorf("only %d of %d queries answered with data", compared, len(all))
	}
}

// TestEndpointIDsAsEntities checks that an edge endpoint asked for its id
// alone (answered from the edge) gives the ID of the entity read whole.
func TestEndpointIDsAsEntities(t *testing.T) {
	s, _ := fixtureServer(t)
	ends := func(q string) [][2]any {
		var out [][2]any
		for _, e := range get(data(t, s, q, nil), "neighborhood", "edges").([]any) {
			out = append(out, [2]any{get(e, "from", "id"), get(e, "to", "id")})
		}
		return out
	}
	bare := ends(`{ neighborhood(id: "state:PRK", depth: 2) { edges { from { id } to { id } } } }`)
	whole := ends(`{ neighborhood(id: "state:PRK", depth: 2) { edges { from { id name } to { id kind } } } }`)
	if len(bare) == 0 || !slices.Equal(bare, whole) {
		t.Fatalf("ids alone %v, with the entity read %v", bare, whole)
	}
}
