package schema

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// goldenQueries are the API's queries on the fixture corpus; each one's
// response is kept in testdata/golden/<name>.json.
var goldenQueries = []struct {
	name, query string
	vars        map[string]any
}{
	{"stats", `{ stats { documents entities edges events mentions } }`, nil},
	{"entity", `{ entity(id: "person:alexander-kozlov") { id kind name aliases roles codes { iso3 wikidata }
		country { id name codes { iso3 wikidata } }
		edges { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id type date datePrecision modality to { id } } } }
		events { totalCount edges { node { id type date place { name } } } }
		mentions { totalCount edges { cursor node { sentence start end document { id } } } } } }`, nil},
	{"entities_states", `{ entities(kind: STATE, first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } } } }`, nil},
	{"entities_search", `{ entities(search: "korea") { totalCount edges { node { id kind name } } } }`, nil},
	{"search", `{ a: search(text: "Pyongyang") { id kind name } b: search(text: "sao tome") { id name } c: search(text: "bli", kinds: [PERSON]) { id name roles } }`, nil},
	{"edges_all", `{ edges(first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node {
		id type from { id } to { id } date datePrecision modality attributedTo { id } confidence event { id }
		sources { sentence start end document { id title } } } } } }`, nil},
	{"edges_filtered", `{ edges(types: [ACCUSED, SUPPLIED, WARNED], to: "state:PRK", dateFrom: "2023-11", dateTo: "2023-11-30", modality: [ASSERTED]) {
		totalCount edges { node { id type from { name } date } } } }`, nil},
	{"edges_page2", `query($after: String) { edges(first: 4, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id type } } } }`,
		map[string]any{"after": encodeCursor(3, "edge:168f0f43dc282cd6a5fae1ed")}},
	{"events", `{ events(dateFrom: "2023") { totalCount edges { node { id type date datePrecision modality place { id country { id } }
		participants { id } actors { id } targets { id } edges { id type } sources { sentence } } } } }`, nil},
	{"path", `{ path(from: "state:UKR", to: "state:CHN") { length entities { id name } edges { id type from { id } to { id } } } }`, nil},
	{"path_none", `{ path(from: "state:UKR", to: "person:antony-blinken", maxDepth: 2) { length } }`, nil},
	{"neighborhood", `{ neighborhood(id: "state:PRK") { truncated entities { id name } edges { id type from { id } to { id } } } }`, nil},
	{"neighborhood_depth2", `{ neighborhood(id: "state:CHN", depth: 2, types: [COOPERATED, INVADED]) { truncated entities { id } edges { type } } }`, nil},
	{"relations", `{ relations(from: "state:PRK") { from { id } to { id } type count documents first last modalities sample(first: 2) { id date } } }`, nil},
	{"relations_pair", `{ relations(from: "state:RUS", to: "state:PRK", dateFrom: "2020") { type count } r: relations(from: "state:PRK", to: "state:KOR") { from { id } type count documents } }`, nil},
	{"documents", `{ documents { totalCount edges { cursor node { id title url source published text
		edges { totalCount edges { node { type } } } entities { id } } } } }`, nil},
	{"nodes", `{ a: node(id: "state:KOR") { id ... on Entity { name } }
		b: node(id: "event:f79180a936160055ed42f1c2") { id ... on Event { type date } }
		c: node(id: "edge:3200f06108a413836f042652") { id ... on Edge { type sources { document { title } } } }
		d: node(id: "doc:nothing") { id } }`, nil},
	{"error_too_deep", deepQuery(20), nil},
	{"error_bad_input", `{ edges(first: 1000) { totalCount } }`, nil},
	{"error_validation", `{ entity(id: "state:PRK") { nickname } }`, nil},
	{"error_not_found", `{ path(from: "state:PRK", to: "state:ZZZ") { length } }`, nil},
}

func TestGolden(t *testing.T) {
	s, _ := fixtureServer(t)
	for _, g := range goldenQueries {
		t.Run(g.name, func(t *testing.T) {
			out := s.run(context.Background(), request{Query: g.query, Variables: g.vars}, runMode{authorized: true})
			body := map[string]any{}
			if out.executed {
				body["data"] = out.result.Data
			}
			if len(out.result.Errors) > 0 {
				body["errors"] = out.result.Errors
			}
			got, err := json.MarshalIndent(asJSON(t, body), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := filepath.Join("testdata", "golden", g.name+".json")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -run TestGolden -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from %s:\n%s", g.name, path, got)
			}
		})
	}
}
