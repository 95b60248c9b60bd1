package schema

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader"
	"github.com/geokg/geokg/store"
)

func ids(v any) []string {
	var out []string
	list, _ := v.([]any)
	for _, x := range list {
		if id, ok := get(x, "id").(string); ok {
			out = append(out, id)
		} else if id, ok := get(x, "node", "id").(string); ok {
			out = append(out, id)
		}
	}
	return out
}

func TestPath(t *testing.T) {
	s, _ := fixtureServer(t)
	tests := []struct {
		name, args string
		length     int // -1: no path
		entities   []string
		code       string
	}{
		{"through a third state", `from: "state:UKR", to: "state:CHN"`, 2, []string{"state:UKR", "state:RUS", "state:CHN"}, ""},
		{"reverse direction", `from: "state:CHN", to: "state:UKR"`, 2, []string{"state:CHN", "state:RUS", "state:UKR"}, ""},
		{"direct edge", `from: "state:USA", to: "state:PRK"`, 1, []string{"state:USA", "state:PRK"}, ""},
		{"same entity", `from: "state:PRK", to: "state:PRK"`, 0, []string{"state:PRK"}, ""},
		{"long way", `from: "state:UKR", to: "person:antony-blinken"`, 3, []string{"state:UKR", "state:RUS", "state:PRK", "person:antony-blinken"}, ""},
		{"beyond maxDepth", `from: "state:UKR", to: "person:antony-blinken", maxDepth: 2`, -1, nil, ""},
		{"types filter cuts", `from: "state:UKR", to: "state:CHN", types: [INVADED]`, -1, nil, ""},
		{"types filter keeps", `from: "state:UKR", to: "state:CHN", types: [INVADED, COOPERATED]`, 2, nil, ""},
		{"directed follows edges", `from: "state:USA", to: "state:PRK", directed: true`, 1, []string{"state:USA", "state:PRK"}, ""},
		{"directed refuses against the edges", `from: "state:PRK", to: "state:USA", directed: true`, -1, nil, ""},
		{"directed takes symmetric edges either way", `from: "state:CHN", to: "state:UKR", directed: true`, 2, []string{"state:CHN", "state:RUS", "state:UKR"}, ""},
		{"directed from the symmetric edge's larger end", `from: "state:USA", to: "state:KOR", directed: true`, 1, nil, ""},
		{"directed cannot go back against invaded", `from: "state:UKR", to: "state:CHN", directed: true`, -1, nil, ""},
		{"maxDepth over 6 refused", `from: "state:UKR", to: "state:CHN", maxDepth: 7`, -1, nil, CodeBadUserInput},
		{"maxDepth 0 refused", `from: "state:UKR", to: "state:CHN", maxDepth: 0`, -1, nil, CodeBadUserInput},
		{"unknown entity", `from: "state:UKR", to: "state:XXX"`, -1, nil, CodeNotFound},
		{"not an entity ID", `from: "doc:1", to: "state:CHN"`, -1, nil, CodeBadUserInput},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := s.Do(context.Background(), `{ path(`+tc.args+`) { length entities { id } edges { id from { id } to { id } } } }`, nil)
			if tc.code != "" {
				if got := errCodes(res); !slices.Equal(got, []string{tc.code}) {
					t.Fatalf("codes %v, want %s (%v)", got, tc.code, res.Errors)
				}
				return
			}
			if len(res.Errors) > 0 {
				t.Fatalf("errors: %v", res.Errors)
			}
			p := get(asJSON(t, res.Data), "path")
			if tc.length < 0 {
				if p != nil {
					t.Fatalf("path %v, want null", p)
				}
				return
			}
			if got := int(get(p, "length").(float64)); got != tc.length {
				t.Fatalf("length %d, want %d", got, tc.length)
			}
			ents := ids(get(p, "entities"))
			if len(ents) != tc.length+1 || ents[0] != strings.Split(tc.args, `"`)[1] {
				t.Fatalf("entities %v do not run from the start with %d hops", ents, tc.length)
			}
			if len(tc.entities) > 0 && !slices.Equal(ents, tc.entities) {
				t.Fatalf("entities %v, want %v", ents, tc.entities)
			}
			// Every edge joins consecutive entities, in either direction.
			for i, e := range get(p, "edges").([]any) {
				a, b := get(e, "from", "id"), get(e, "to", "id")
				if !(a == ents[i] && b == ents[i+1]) && !(b == ents[i] && a == ents[i+1]) {
					t.Fatalf("edge %d (%v-%v) does not join %s and %s", i, a, b, ents[i], ents[i+1])
				}
			}
		})
	}
}

func TestPathIsShortest(t *testing.T) {
	// A ring of 6 states plus a chord: the BFS must take the chord.
	st := openStore(t)
	ring := []string{"state:AAA", "state:BBB", "state:CCC", "state:DDD", "state:EEE", "state:FFF"}
	var ents []graph.Entity
	for _, id := range ring {
		ents = append(ents, graph.Entity{ID: id, Kind: graph.KindState, Name: id[6:], Codes: graph.Codes{ISO3: id[6:]}})
	}
	text := "ring"
	var edges []graph.Edge
	for i := range ring {
		edges = append(edges, mkEdge(graph.Warned, ring[i], ring[(i+1)%len(ring)], graph.Date{}, graph.Asserted, "", "", 0.5, ment("", text, 0, 0)))
	}
	edges = append(edges, mkEdge(graph.Met, ring[0], ring[3], graph.Date{}, graph.Asserted, "", "", 0.5, ment("", text, 0, 0)))
	load(t, st, []*graph.Extraction{extraction(text, "ring", "", ents, nil, edges)})
	s := newServer(t, st)
	for _, tc := range []struct {
		from, to string
		want     int
	}{{ring[0], ring[3], 1}, {ring[1], ring[4], 3}, {ring[2], ring[4], 2}, {ring[1], ring[5], 2}, {ring[5], ring[3], 2}} {
		d := data(t, s, fmt.Sprintf(`{ path(from: %q, to: %q, maxDepth: 6) { length } }`, tc.from, tc.to), nil)
		if got := get(d, "path", "length"); got != float64(tc.want) {
			t.Errorf("path %s-%s length %v, want %d", tc.from, tc.to, got, tc.want)
		}
	}
}

func TestNeighborhood(t *testing.T) {
	s, _ := fixtureServer(t)
	tests := []struct {
		name, args string
		entities   []string
		edges      int
		truncated  bool
		code       string
	}{
		{"direct neighbors", `id: "state:CHN"`, []string{"state:CHN", "state:RUS", "state:STP"}, 2, false, ""},
		{"depth 0", `id: "state:CHN", depth: 0`, []string{"state:CHN"}, 0, false, ""},
		{"depth 2", `id: "state:CHN", depth: 2`, []string{"state:CHN", "state:RUS", "state:STP", "state:UKR", "state:PRK"}, 4, false, ""},
		{"edgeLimit", `id: "state:CHN", depth: 2, edgeLimit: 2`, []string{"state:CHN", "state:RUS", "state:STP", "state:UKR", "state:PRK"}, 2, true, ""},
		{"edgeLimit 0", `id: "state:CHN", edgeLimit: 0`, []string{"state:CHN", "state:RUS", "state:STP"}, 0, true, ""},
		{"edgeLimit over 4000", `id: "state:CHN", edgeLimit: 4001`, nil, 0, false, CodeBadUserInput},
		{"types", `id: "state:RUS", types: [INVADED]`, []string{"state:RUS", "state:UKR"}, 1, false, ""},
		{"limit", `id: "state:CHN", limit: 2`, []string{"state:CHN", "state:RUS"}, 1, true, ""},
		{"depth over 3", `id: "state:CHN", depth: 4`, nil, 0, false, CodeBadUserInput},
		{"limit over 1000", `id: "state:CHN", limit: 1001`, nil, 0, false, CodeBadUserInput},
		{"unknown", `id: "state:XXX"`, nil, 0, false, CodeNotFound},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := s.Do(context.Background(), `{ neighborhood(`+tc.args+`) { entities { id } edges { id from { id } to { id } } truncated } }`, nil)
			if tc.code != "" {
				if got := errCodes(res); !slices.Equal(got, []string{tc.code}) {
					t.Fatalf("codes %v, want %s", got, tc.code)
				}
				return
			}
			if len(res.Errors) > 0 {
				t.Fatalf("errors: %v", res.Errors)
			}
			n := get(asJSON(t, res.Data), "neighborhood")
			if got := ids(get(n, "entities")); !slices.Equal(got, tc.entities) {
				t.Fatalf("entities %v, want %v", got, tc.entities)
			}
			edges := get(n, "edges").([]any)
			if len(edges) != tc.edges {
				t.Fatalf("%d edges, want %d", len(edges), tc.edges)
			}
			for _, e := range edges {
				if !slices.Contains(tc.entities, get(e, "from", "id").(string)) || !slices.Contains(tc.entities, get(e, "to", "id").(string)) {
					t.Fatalf("edge %v leaves the subgraph", e)
				}
			}
			if get(n, "truncated") != tc.truncated {
				t.Fatalf("truncated %v, want %v", get(n, "truncated"), tc.truncated)
			}
		})
	}
}

func TestEdgeFilters(t *testing.T) {
	s, _ := fixtureServer(t)
	tests := []struct {
		name, args string
		types      []string
	}{
		{"all", ``, []string{"SUPPLIED", "COOPERATED", "COOPERATED", "INVADED", "SANCTIONED", "MET", "WARNED", "VISITED", "ACCUSED"}},
		{"month wholly inside", `dateFrom: "2023-11", dateTo: "2023-11"`, []string{"WARNED", "VISITED", "ACCUSED"}},
		{"day range", `dateFrom: "2023-11-14", dateTo: "2023-11-14"`, []string{"VISITED"}},
		{"year", `dateFrom: "2023"`, []string{"SANCTIONED", "MET", "WARNED", "VISITED", "ACCUSED"}},
		{"until", `dateTo: "2022-12-31"`, []string{"INVADED"}},
		{"types", `types: [ACCUSED, SUPPLIED]`, []string{"SUPPLIED", "ACCUSED"}},
		{"modality", `modality: [ALLEGED, SPECULATIVE]`, []string{"SUPPLIED", "COOPERATED"}},
		{"from (either end of a symmetric edge)", `from: "state:KOR"`, []string{"MET", "ACCUSED"}},
		{"to", `to: "state:PRK"`, []string{"SANCTIONED", "WARNED", "VISITED", "ACCUSED"}},
		{"from and to", `from: "state:USA", to: "state:PRK"`, []string{"SANCTIONED"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			args := tc.args
			if args != "" {
				args = "(" + args + ", first: 100)"
			} else {
				args = "(first: 100)"
			}
			d := data(t, s, `{ edges`+args+` { totalCount edges { node { type } } } }`, nil)
			var got []string
			for _, e := range get(d, "edges", "edges").([]any) {
				got = append(got, get(e, "node", "type").(string))
			}
			if !slices.Equal(got, tc.types) {
				t.Fatalf("types %v, want %v", got, tc.types)
			}
			if int(get(d, "edges", "totalCount").(float64)) != len(tc.types) {
				t.Fatalf("totalCount %v, want %d", get(d, "edges", "totalCount"), len(tc.types))
			}
		})
	}
	res := s.Do(context.Background(), `{ edges(dateFrom: "2023-12", dateTo: "2023-01") { totalCount } }`, nil)
	if got := errCodes(res); !slices.Equal(got, []string{CodeBadUserInput}) {
		t.Fatalf("empty range: codes %v", got)
	}
	res = s.Do(context.Background(), `{ edges(dateFrom: "2023-13") { totalCount } }`, nil)
	if got := errCodes(res); !slices.Equal(got, []string{CodeValidationFailed}) {
		t.Fatalf("bad date literal: codes %v", got)
	}
	res = s.Do(context.Background(), `query($d: Date) { edges(dateFrom: $d) { totalCount } }`, map[string]any{"d": "yesterday"})
	if got := errCodes(res); !slices.Equal(got, []string{CodeBadUserInput}) {
		t.Fatalf("bad date variable: codes %v (%v)", got, res.Errors)
	}
}

func TestEntityEdges(t *testing.T) {
	s, _ := fixtureServer(t)
	tests := []struct {
		args string
		want int
	}{
		{``, 5}, {`direction: OUT`, 1}, {`direction: IN`, 4}, {`direction: BOTH, types: [ACCUSED]`, 1},
		{`from: "2023-11-15"`, 1}, {`to: "2023-11-14"`, 1},
	}
	for _, tc := range tests {
		t.Run(tc.args, func(t *testing.T) {
			args := ""
			if tc.args != "" {
				args = "(" + tc.args + ")"
			}
			d := data(t, s, `{ entity(id: "state:PRK") { edges`+args+` { totalCount edges { node { id } } } } }`, nil)
			if got := get(d, "entity", "edges", "totalCount"); got != float64(tc.want) {
				t.Fatalf("totalCount %v, want %d", got, tc.want)
			}
		})
	}
}

// TestEntityEdgePages walks an entity's edges page by page: the first page
// (read by store.EdgeIDsFirst, counting or not as totalCount is asked) and
// the pages after its cursors (cut from the whole list) give every edge
// once, in the order of one big page, with the same totalCount and page info.
func TestEntityEdgePages(t *testing.T) {
	s, _ := fixtureServer(t)
	queries := map[string]string{
		// totalCount asked: the first page's store read counts the whole list.
		"counted": `query($first: Int, $after: String) { entity(id: "state:PRK") { edges(first: $first, after: $after) {
			totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } } } }`,
		// not asked: the first page's read stops where the page does.
		"uncounted": `query($first: Int, $after: String) { entity(id: "state:PRK") { edges(first: $first, after: $after) {
			pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } } } }`,
		// asked through a fragment.
		"fragment": `query($first: Int, $after: String) { entity(id: "state:PRK") { edges(first: $first, after: $after) { ...c } } }
			fragment c on EdgeConnection { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } }`,
	}
	ids := func(d map[string]any) []string {
		var out []string
		for _, e := range get(d, "entity", "edges", "edges").([]any) {
			out = append(out, get(e, "node", "id").(string))
		}
		return out
	}
	all := ids(data(t, s, queries["counted"], map[string]any{"first": 100}))
	if len(all) != 5 {
		t.Fatalf("one page of 100: %v, want 5 edges", all)
	}
	for name, q := range queries {
		for _, size := range []int{1, 2, 3, 5, 6} {
			var walked []string
			after := any(nil)
			for pages := 0; ; pages++ {
				d := data(t, s, q, map[string]any{"first": size, "after": after})
				c := get(d, "entity", "edges")
				got := ids(d)
				walked = append(walked, got...)
				info := get(c, "pageInfo")
				if (name != "uncounted" && get(c, "totalCount") != 5.0) || get(info, "hasPreviousPage") != (after != nil) ||
					get(info, "hasNextPage") != (len(walked) < len(all)) || get(info, "endCursor") != get(c, "edges", len(got)-1, "cursor") {
					t.Fatalf("%s: page %d of %d: %v", name, pages, size, c)
				}
				if len(walked) >= len(all) || pages > 10 {
					break
				}
				after = get(info, "endCursor")
			}
			if !slices.Equal(walked, all) {
				t.Errorf("%s: pages of %d: %v, want %v", name, size, walked, all)
			}
		}
	}
}

func TestPagingVisitsEveryEdgeOnce(t *testing.T) {
	st := openStore(t)
	load(t, st, bulk(7, 20))
	s := newServer(t, st)
	for _, first := range []int{1, 7, 20, 500} {
		seen := map[string]bool{}
		after, total, pages := "", -1, 0
		for {
			d := data(t, s, `query($first: Int, $after: String) { edges(first: $first, after: $after) {
				totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }`,
				map[string]any{"first": first, "after": after})
			conn := get(d, "edges")
			total = int(get(conn, "totalCount").(float64))
			list := get(conn, "edges").([]any)
			if len(list) > first {
				t.Fatalf("page of %d with first %d", len(list), first)
			}
			for _, e := range list {
				id := get(e, "node", "id").(string)
				if seen[id] {
					t.Fatalf("first %d: %s seen twice", first, id)
				}
				seen[id] = true
			}
			pages++
			if get(conn, "pageInfo", "hasNextPage") != true {
				break
			}
			after = get(conn, "pageInfo", "endCursor").(string)
			if last := get(list[len(list)-1], "cursor"); last != after {
				t.Fatalf("endCursor %v is not the last cursor %v", after, last)
			}
		}
		if len(seen) != total || total != 140 {
			t.Fatalf("first %d: saw %d distinct edges in %d pages, totalCount %d, want 140", first, len(seen), pages, total)
		}
	}
}

func TestCursorsSurviveChanges(t *testing.T) {
	st := openStore(t)
	docs := bulk(3, 10)
	load(t, st, docs)
	s := newServer(t, st)
	d := data(t, s, `{ documents(first: 2) { edges { cursor node { id } } pageInfo { endCursor } } }`, nil)
	after := get(d, "documents", "pageInfo", "endCursor").(string)
	// Deleting an earlier document does not make the next page repeat or skip.
	if _, err := st.DeleteDocument(context.Background(), docs[0].Document.ID); err != nil {
		t.Fatal(err)
	}
	d = data(t, s, `query($a: String) { documents(first: 5, after: $a) { edges { node { id } } } }`, map[string]any{"a": after})
	if got := ids(get(d, "documents", "edges")); !slices.Equal(got, []string{docs[2].Document.ID}) {
		t.Fatalf("after delete: %v, want %v", got, docs[2].Document.ID)
	}
	res := s.Do(context.Background(), `{ edges(after: "not a cursor") { totalCount } }`, nil)
	if got := errCodes(res); !slices.Equal(got, []string{CodeBadUserInput}) {
		t.Fatalf("bad cursor: codes %v", got)
	}
}

func TestConnectionsAndLists(t *testing.T) {
	s, _ := fixtureServer(t)
	d := data(t, s, `{
		states: entities(kind: STATE, first: 100) { totalCount }
		people: entities(kind: PERSON) { totalCount edges { node { id } } }
		korea: entities(search: "korea") { totalCount edges { node { id } } }
		events(types: [VISITED], participant: "state:PRK") { totalCount edges { node { id type participants { id } place { id } } } }
		documents { totalCount edges { node { title edges { totalCount } entities { id } } } }
		kozlov: entity(id: "person:alexander-kozlov") { events { totalCount } mentions { totalCount } country { id } codes { iso3 wikidata } }
		prk: entity(id: "state:PRK") { codes { iso3 wikidata } aliases }
		missing: entity(id: "state:XXX") { id }
	}`, nil)
	checks := []struct {
		path []any
		want any
	}{
		{[]any{"states", "totalCount"}, 7.0},
		{[]any{"people", "totalCount"}, 2.0},
		{[]any{"korea", "totalCount"}, 3.0},
		{[]any{"events", "totalCount"}, 1.0},
		{[]any{"events", "edges", 0, "node", "place", "id"}, "place:pyongyang"},
		{[]any{"events", "edges", 0, "node", "participants", 1, "id"}, "state:PRK"},
		{[]any{"documents", "totalCount"}, 3.0},
		{[]any{"documents", "edges", 0, "node", "title"}, "Kozlov in Pyongyang"},
		{[]any{"documents", "edges", 0, "node", "edges", "totalCount"}, 3.0},
		{[]any{"documents", "edges", 2, "node", "title"}, nil},
		{[]any{"kozlov", "events", "totalCount"}, 1.0},
		{[]any{"kozlov", "mentions", "totalCount"}, 1.0},
		{[]any{"kozlov", "country", "id"}, "state:RUS"},
		{[]any{"kozlov", "codes", "iso3"}, nil},
		{[]any{"prk", "codes", "wikidata"}, "Q423"},
		{[]any{"missing"}, nil},
	}
	for _, c := range checks {
		if got := get(d, c.path...); got != c.want {
			t.Errorf("%v = %v, want %v", c.path, got, c.want)
		}
	}
	if got := get(d, "prk", "aliases").([]any); !slices.Contains(got, any("DPRK")) || !slices.Contains(got, any("Pyongyang")) {
		t.Errorf("aliases %v", got)
	}
	if got := ids(get(d, "documents", "edges", 1, "node", "entities")); len(got) != 4 {
		t.Errorf("document B entities %v, want 4", got)
	}
}

func TestSearch(t *testing.T) {
	s, _ := fixtureServer(t)
	tests := []struct {
		args string
		want []string
	}{
		{`text: "sao tome"`, []string{"state:STP"}},
		{`text: "SÃO TOMÉ AND PRÍNCIPE"`, []string{"state:STP"}},
		{`text: "dprk"`, []string{"state:PRK"}},
		{`text: "kozl"`, []string{"person:alexander-kozlov"}},
		{`text: "pyongyang", kinds: [STATE]`, []string{"state:PRK"}},
		{`text: "north", first: 1`, []string{"state:PRK"}},
		{`text: "   "`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.args, func(t *testing.T) {
			d := data(t, s, `{ search(`+tc.args+`) { id } }`, nil)
			if got := ids(get(d, "search")); !slices.Equal(got, tc.want) {
				t.Fatalf("got %v, want %v", got, tc.want)
			}
		})
	}
	// Exact matches first: "Pyongyang" is the place's name and an alias of the state.
	d := data(t, s, `{ search(text: "Pyongyang") { id } }`, nil)
	if got := ids(get(d, "search")); len(got) != 2 {
		t.Fatalf("pyongyang: %v", got)
	}
}

func TestNode(t *testing.T) {
	s, _ := fixtureServer(t)
	x := fixture()
	nodeIDs := map[string]string{
		"state:PRK":                      "Entity",
		"person:antony-blinken":          "Entity",
		"org:korean-central-news-agency": "Entity",
		"place:pyongyang":                "Entity",
		x[0].Edges[0].ID:                 "Edge",
		x[0].Events[0].ID:                "Event",
		x[1].Document.ID:                 "Document",
	}
	for id, typ := range nodeIDs {
		d := data(t, s, `query($id: ID!) { node(id: $id) { __typename id } }`, map[string]any{"id": id})
		if get(d, "node", "id") != id || get(d, "node", "__typename") != typ {
			t.Errorf("node(%s) = %v, want a %s", id, get(d, "node"), typ)
		}
	}
	d := data(t, s, `{ node(id: "edge:000000") { id } }`, nil)
	if get(d, "node") != nil {
		t.Errorf("unknown edge: %v", get(d, "node"))
	}
	for _, bad := range []string{"nothing", "user:1", "edge:"} {
		res := s.Do(context.Background(), `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": bad})
		if got := errCodes(res); !slices.Equal(got, []string{CodeBadUserInput}) {
			t.Errorf("node(%q): codes %v", bad, got)
		}
	}
}

func TestLimits(t *testing.T) {
	s, _ := fixtureServer(t)
	deep := func(levels int) string {
		// entity { country { country ... { id } } }: levels fields deep.
		q := "id"
		for range levels - 2 {
			q = "country { " + q + " }"
		}
		return `{ entity(id: "person:alexander-kozlov") { ` + q + ` } }`
	}
	tests := []struct {
		name, query string
		vars        map[string]any
		code        string
	}{
		{"depth 12 runs", deep(12), nil, ""},
		{"depth 13 refused", deep(13), nil, CodeTooDeep},
		{"20 levels refused", deep(20), nil, CodeTooDeep},
		{"deep through fragments", `query { entity(id: "state:PRK") { ...F } } fragment F on Entity { country { country { country { country { country { country { country { country { country { country { country { country { id } } } } } } } } } } } } }`, nil, CodeTooDeep},
		{"first at maximum", `{ edges(first: 500) { totalCount } }`, nil, ""},
		{"first over maximum", `{ edges(first: 501) { totalCount } }`, nil, CodeBadUserInput},
		{"first negative", `{ documents(first: -1) { totalCount } }`, nil, CodeBadUserInput},
		{"nested first over maximum", `{ entity(id: "state:PRK") { edges(first: 1000) { totalCount } } }`, nil, CodeBadUserInput},
		{"search first over maximum", `{ search(text: "a", first: 501) { id } }`, nil, CodeBadUserInput},
		{"costly", `{ edges(first: 500) { edges { node { from { edges(first: 500) { edges { node { id } } } } } } } }`, nil, CodeTooCostly},
		{"costly through variables", `query($n: Int) { edges(first: $n) { edges { node { from { edges(first: $n) { edges { node { id } } } } } } } }`, map[string]any{"n": 300}, CodeTooCostly},
		{"cheap through variables", `query($n: Int) { edges(first: $n) { edges { node { from { edges(first: $n) { edges { node { id } } } } } } } }`, map[string]any{"n": 20}, ""},
		{"costly aliases", manyAliases(60), nil, CodeTooCostly},
		{"explorer neighborhood", `query ExploreNeighborhood($id: ID!) { entity(id: $id) { id kind name }
			neighborhood(id: $id, depth: 1, limit: 200) { entities { id kind name } edges { id type date datePrecision modality confidence
			from { id kind name } to { id kind name } attributedTo { id name } sources { sentence document { id title url } } } } }`,
			map[string]any{"id": "state:PRK"}, ""},
		{"parse error", `{ edges(first: ) }`, nil, CodeParseFailed},
		{"validation error", `{ edges { nope } }`, nil, CodeValidationFailed},
		{"unknown argument", `{ edges(last: 3) { totalCount } }`, nil, CodeValidationFailed},
		{"variable of wrong type", `query($n: Int) { edges(first: $n) { totalCount } }`, map[string]any{"n": "many"}, CodeBadUserInput},
		{"two operations unnamed", `query A { stats { edges } } query B { stats { edges } }`, nil, CodeValidationFailed},
		{"empty query", `  `, nil, CodeBadUserInput},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := s.Do(context.Background(), tc.query, tc.vars)
			got := errCodes(res)
			if tc.code == "" {
				if len(got) > 0 {
					t.Fatalf("refused: %v", res.Errors)
				}
				return
			}
			if len(got) == 0 || got[0] != tc.code {
				t.Fatalf("codes %v, want %s (%v)", got, tc.code, res.Errors)
			}
		})
	}
}

func manyAliases(n int) string {
	var b strings.Builder
	b.WriteString("{")
	for i := range n {
		fmt.Fprintf(&b, " a%d: edges(first: 500) { edges { node { id type from { id } to { id } } } }", i)
	}
	b.WriteString(" }")
	return b.String()
}

func TestIntrospectionPassesLimits(t *testing.T) {
	s, _ := fixtureServer(t)
	res := s.Do(context.Background(), introspectionQuery, nil)
	if len(res.Errors) > 0 {
		t.Fatalf("introspection refused: %v", res.Errors)
	}
}

// introspectionQuery is GraphiQL's, with its deep TypeRef fragment.
const introspectionQuery = `query IntrospectionQuery {
  __schema {
    queryType { name } mutationType { name } subscriptionType { name }
    types { ...FullType }
    directives { name description locations args { ...InputValue } }
  }
}
fragment FullType on __Type {
  kind name description
  fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
  inputFields { ...InputValue }
  interfaces { ...TypeRef }
  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
  possibleTypes { ...TypeRef }
}
fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
fragment TypeRef on __Type {
  kind name
  ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }
}`

func TestMutations(t *testing.T) {
	st := openStore(t)
	s := newServer(t, st)
	ctx := context.Background()
	x := fixture()
	const ingest = `mutation($in: DocumentInput!) { ingestDocument(input: $in) { created entities edges document { id title published edges { totalCount } } } }`
	for i, want := range []bool{true, false} {
		d := data(t, s, ingest, map[string]any{"in": map[string]any{"text": x[1].Document.Text, "title": "B", "published": "2023-11-20"}})
		r := get(d, "ingestDocument")
		if get(r, "created") != want || get(r, "edges") != 4.0 || get(r, "entities") != 4.0 {
			t.Fatalf("ingest #%d: %v", i+1, r)
		}
		if get(r, "document", "id") != x[1].Document.ID || get(r, "document", "title") != "B" ||
			get(r, "document", "published") != "2023-11-20" || get(r, "document", "edges", "totalCount") != 4.0 {
			t.Fatalf("ingest #%d document: %v", i+1, get(r, "document"))
		}
	}
	data(t, s, ingest, map[string]any{"in": map[string]any{"text": x[0].Document.Text}})
	res := s.Do(ctx, ingest, map[string]any{"in": map[string]any{"text": "  "}})
	if got := errCodes(res); !slices.Equal(got, []string{CodeBadUserInput}) {
		t.Fatalf("empty text: codes %v", got)
	}

	// deleteDocument retracts what only that document said.
	d := data(t, s, `{ edges(first: 100) { totalCount } accused: edges(types: [ACCUSED]) { edges { node { sources { document { id } } } } } }`, nil)
	if get(d, "edges", "totalCount") != 6.0 || len(get(d, "accused", "edges", 0, "node", "sources").([]any)) != 2 {
		t.Fatalf("before delete: %v", d)
	}
	d = data(t, s, `mutation($id: ID!) { deleteDocument(id: $id) }`, map[string]any{"id": x[1].Document.ID})
	if get(d, "deleteDocument") != true {
		t.Fatalf("delete: %v", d)
	}
	d = data(t, s, `{ edges(first: 100) { totalCount edges { node { type } } } accused: edges(types: [ACCUSED]) { edges { node { sources { document { id } } } } }
		blinken: entity(id: "person:antony-blinken") { id } }`, nil)
	if get(d, "edges", "totalCount") != 3.0 || get(d, "blinken") != nil {
		t.Fatalf("after delete: %v", d)
	}
	if got := get(d, "accused", "edges", 0, "node", "sources", 0, "document", "id"); got != x[0].Document.ID {
		t.Fatalf("accused edge keeps document A's mention: %v", get(d, "accused"))
	}
	if len(get(d, "accused", "edges", 0, "node", "sources").([]any)) != 1 {
		t.Fatalf("accused edge sources: %v", get(d, "accused"))
	}
	d = data(t, s, `mutation($id: ID!) { deleteDocument(id: $id) }`, map[string]any{"id": x[1].Document.ID})
	if get(d, "deleteDocument") != false {
		t.Fatalf("second delete: %v", d)
	}

	// mergeEntities moves aliases and edges, and the old ID redirects.
	data(t, s, ingest, map[string]any{"in": map[string]any{"text": dupKozlov().Document.Text}})
	d = data(t, s, `mutation { mergeEntities(into: "person:alexander-kozlov", from: ["person:a-kozlov"]) { id aliases edges(first: 50) { totalCount } } }`, nil)
	m := get(d, "mergeEntities")
	if get(m, "id") != "person:alexander-kozlov" || !slices.Contains(get(m, "aliases").([]any), any("Sasha Kozlov")) || get(m, "edges", "totalCount") != 2.0 {
		t.Fatalf("merge: %v", m)
	}
	d = data(t, s, `{ entity(id: "person:a-kozlov") { id } edges(from: "person:a-kozlov") { totalCount } }`, nil)
	if get(d, "entity", "id") != "person:alexander-kozlov" || get(d, "edges", "totalCount") != 2.0 {
		t.Fatalf("redirect: %v", d)
	}
	// Endpoints asked for their id only are not read; they are the entities
	// a full read gives, merged ones included.
	d = data(t, s, `{ edges(first: 100) { edges { node { id from { id } to { __typename id } full: from { id name } fullTo: to { id name } } } } }`, nil)
	for _, e := range get(d, "edges", "edges").([]any) {
		n := get(e, "node")
		if get(n, "from", "id") != get(n, "full", "id") || get(n, "to", "id") != get(n, "fullTo", "id") || get(n, "to", "__typename") != "Entity" {
			t.Errorf("edge %v: id-only endpoints %v %v, read %v %v", get(n, "id"), get(n, "from"), get(n, "to"), get(n, "full"), get(n, "fullTo"))
		}
		if get(n, "from", "id") == "person:a-kozlov" || get(n, "to", "id") == "person:a-kozlov" {
			t.Errorf("edge %v still ends at the merged entity", get(n, "id"))
		}
	}
	for _, q := range []string{
		`mutation { mergeEntities(into: "state:RUS", from: []) { id } }`,
		`mutation { mergeEntities(into: "state:RUS", from: ["state:RUS"]) { id } }`,
		`mutation { mergeEntities(into: "doc:1", from: ["state:PRK"]) { id } }`,
		`mutation { deleteDocument(id: "state:PRK") }`,
	} {
		if got := errCodes(s.Do(ctx, q, nil)); !slices.Equal(got, []string{CodeBadUserInput}) {
			t.Errorf("%s: codes %v", q, got)
		}
	}
	if got := errCodes(s.Do(ctx, `mutation { mergeEntities(into: "state:RUS", from: ["state:XXX"]) { id } }`, nil)); !slices.Equal(got, []string{CodeNotFound}) {
		t.Errorf("merge unknown: codes %v", got)
	}
}

func TestPanicBecomesError(t *testing.T) {
	st := openStore(t)
	s := newServer(t, st, func(o Options) Options {
		return o.WithExtractor(func(string, loader.Meta) *graph.Extraction { panic("extractor exploded") })
	})
	res := s.Do(context.Background(), `mutation { ingestDocument(input: {text: "x"}) { created } }`, nil)
	if got := errCodes(res); !slices.Equal(got, []string{CodeInternal}) {
		t.Fatalf("codes %v (%v)", got, res.Errors)
	}
	if strings.Contains(res.Errors[0].Message, "exploded") {
		t.Fatalf("panic value leaked: %q", res.Errors[0].Message)
	}
	// The server still answers.
	if d := data(t, s, `{ stats { documents } }`, nil); get(d, "stats", "documents") != 0.0 {
		t.Fatalf("after panic: %v", d)
	}
}

func TestNewRefusesBadOptions(t *testing.T) {
	st := openStore(t)
	for _, o := range []Options{DefaultOptions().WithMaxDepth(0), DefaultOptions().WithMaxFirst(-1), DefaultOptions().WithMaxCost(0)} {
		if _, err := New(st, o); err == nil {
			t.Errorf("New(%+v) accepted", o)
		}
	}
	if _, err := New(nil, DefaultOptions()); err == nil {
		t.Error("New(nil store) accepted")
	}
}

// TestRelationsMatchEdges checks each relation summary against the edges query.
func TestRelationsMatchEdges(t *testing.T) {
	s, _ := fixtureServer(t)
	for _, id := range []string{"state:PRK", "state:RUS", "state:CHN", "person:antony-blinken"} {
		d := data(t, s, `query($id: ID!) { relations(from: $id) { from { id } to { id } type count documents modalities } }`, map[string]any{"id": id})
		rows := get(d, "relations").([]any)
		if len(rows) == 0 {
			t.Fatalf("%s: no relations", id)
		}
		for _, r := range rows {
			q := `query($f: ID, $t: ID, $ty: [RelationType!]) { edges(from: $f, to: $t, types: $ty, first: 100) { edges { node { modality sources { document { id } } } } } }`
			e := data(t, s, q, map[string]any{"f": get(r, "from", "id"), "t": get(r, "to", "id"), "ty": []any{get(r, "type")}})
			edges := get(e, "edges", "edges").([]any)
			docs := 0
			for _, x := range edges {
				seen := map[any]bool{}
				for _, src := range get(x, "node", "sources").([]any) {
					seen[get(src, "document", "id")] = true
				}
				docs += len(seen)
			}
			if get(r, "count") != float64(len(edges)) || get(r, "documents") != float64(docs) {
				t.Errorf("%s: row %v: edges query gives %d edges, %d documents", id, r, len(edges), docs)
			}
		}
	}
	res := s.Do(context.Background(), `{ relations(from: "state:PRK", to: "state:XXX") { type } }`, nil)
	if got := errCodes(res); !slices.Equal(got, []string{CodeNotFound}) {
		t.Errorf("unknown to: codes %v, want NOT_FOUND", got)
	}
}

// TestSubgraphSources checks that a subgraph's edges have their sources
// however the query asks for them, though they are read without them when
// it does not.
func TestSubgraphSources(t *testing.T) {
	s, _ := fixtureServer(t)
	want := data(t, s, `{ edges(from: "state:KOR", to: "state:PRK") { edges { node { id sources { sentence } } } } }`, nil)
	wantSrc := get(want, "edges", "edges").([]any)[0].(map[string]any)["node"].(map[string]any)["sources"]
	for _, q := range []string{
		`{ neighborhood(id: "state:KOR") { edges { id sources { sentence } } } }`,
		`{ neighborhood(id: "state:KOR") { edges { id ... on Edge { sources { sentence } } } } }`,
		`{ neighborhood(id: "state:KOR") { edges { id ...src } } } fragment src on Edge { sources { sentence } }`,
		`{ neighborhood(id: "state:KOR") { edges { id } } n: neighborhood(id: "state:KOR", limit: 5) { edges { id sources { sentence } } } }`,
	} {
		d := data(t, s, q, nil)
		found := false
		for _, key := range []string{"neighborhood", "n"} {
			sg, ok := d[key]
			if !ok {
				continue
			}
			for _, e := range get(sg, "edges").([]any) {
				src, has := e.(map[string]any)["sources"]
				if !has {
					continue
				}
				if len(src.([]any)) == 0 {
					t.Errorf("%s: edge %v has no sources", q, get(e, "id"))
				}
				if get(e, "id") == get(want, "edges", "edges").([]any)[0].(map[string]any)["node"].(map[string]any)["id"] {
					found = true
					if !reflect.DeepEqual(src, wantSrc) {
						t.Errorf("%s: sources %v, want %v", q, src, wantSrc)
					}
				}
			}
		}
		if !found {
			t.Errorf("%s: the KOR-PRK edge with sources is missing", q)
		}
	}
}

// TestEdgeSourcesOfAHead checks that an edge read without its mentions
// still answers sources, by reading them.
func TestEdgeSourcesOfAHead(t *testing.T) {
	_, st := fixtureServer(t)
	ctx := context.Background()
	ids, err := st.EdgeIDs(ctx, store.EdgeFilter{From: "state:KOR", To: "state:PRK"})
	if err != nil || len(ids) == 0 {
		t.Fatalf("EdgeIDs: %v %v", ids, err)
	}
	heads, err := st.EdgeHeads(ctx, ids[:1])
	if err != nil || heads[0] == nil || heads[0].Mentions != nil {
		t.Fatalf("EdgeHeads = %+v, %v; want an edge without mentions", heads, err)
	}
	got := newDataLoader(st).edgeSources(ctx, heads[0])
	if th, ok := got.(thunk); ok {
		if got, err = th(); err != nil {
			t.Fatal(err)
		}
	}
	if list, _ := got.([]any); len(list) == 0 {
		t.Errorf("sources of a head: %v, want its mentions", got)
	}
}

// TestPlainJSONStringsMatchEncodingJSON checks the ordered writer's fast path
// for strings against encoding/json.
func TestPlainJSONStringsMatchEncodingJSON(t *testing.T) {
	strs := []string{"", "state:USA", "a b-c_d.e/f", "say \"hi\"", `back\slash`, "<b>", "A&B", "tab\t", "é", "\u2028", "\x7f", string([]byte{0xff})}
	for c := range 256 {
		strs = append(strs, "x"+string([]byte{byte(c)})+"y")
	}
	for _, s := range strs {
		w := respWriter{buf: new(bytes.Buffer)}
		if err := w.value(s); err != nil {
			t.Fatal(err)
		}
		want, _ := json.Marshal(s)
		if got := w.buf.String(); got != string(want) {
			t.Errorf("%q written as %s, encoding/json gives %s", s, got, want)
		}
	}
}
