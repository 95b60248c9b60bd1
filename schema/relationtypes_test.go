package schema

import (
	"regexp"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestRelationTypesQuery(t *testing.T) {
	s, _ := fixtureServer(t)
	d := data(t, s, `{ relationTypes { name description cameo cameoCodes plover goldstein symmetric } }`, nil)
	list, _ := get(d, "relationTypes").([]any)
	if len(list) != len(graph.ScoredRelationTypes) {
		t.Fatalf("relationTypes lists %d types, want %d: %v", len(list), len(graph.ScoredRelationTypes), list)
	}
	root := regexp.MustCompile(`^[0-2][0-9]$`)
	for i, it := range list {
		want := graph.ScoredRelationTypes[i]
		if get(it, "name") != strings.ToUpper(string(want)) {
			t.Errorf("entry %d is %v, want %s", i, get(it, "name"), want)
		}
		if c, _ := get(it, "cameo").(string); !root.MatchString(c) {
			t.Errorf("%s: cameo %q", want, c)
		}
		if p, _ := get(it, "plover").(string); p == "" {
			t.Errorf("%s: no plover type", want)
		}
		if get(it, "description") == "" || get(it, "symmetric") != want.Symmetric() {
			t.Errorf("%s: %v", want, it)
		}
	}
	byName := map[any]any{}
	for _, it := range list {
		byName[get(it, "name")] = it
	}
	for name, cameo := range map[string]string{"VISITED": "04", "ACCUSED": "11", "SANCTIONED": "16", "AGREED": "05"} {
		if got := get(byName[name], "cameo"); got != cameo {
			t.Errorf("%s: cameo %v, want %s", name, got, cameo)
		}
	}
}

// TestEntityCodes checks the Wikidata QIDs of a state and of an international
// organization as the real extractor assigns them.
func TestEntityCodes(t *testing.T) {
	s := newServer(t, openStore(t), func(o Options) Options { return o.WithExtractor(nil) })
	text := "NATO urged Russia to withdraw its troops from Ukraine on Monday."
	data(t, s, `mutation($t: String!) { ingestDocument(input: { text: $t, published: "2024-03-04" }) { created } }`,
		map[string]any{"t": text})
	for id, qid := range map[string]string{"state:RUS": "Q159", "state:UKR": "Q212", "org:nato": "Q7184"} {
		d := data(t, s, `query($id: ID!) { entity(id: $id) { id codes { wikidata } } }`, map[string]any{"id": id})
		if got := get(d, "entity", "codes", "wikidata"); got != qid {
			t.Errorf("%s: wikidata %v, want %s (%v)", id, got, qid, d)
		}
	}
}
