package schema

import (
	"context"
	"testing"

	"github.com/geokg/geokg/seeds"
)

// TestSeedAnchors runs the real extractor on the seed article through the
// ingestDocument mutation and checks only the three anchor facts, which any
// version of the extractor must find: Russia or Alexander Kozlov VISITED North
// Korea; South Korea ACCUSED North Korea; North Korea SUPPLIED Russia, ALLEGED,
// attributed to South Korea.
func TestSeedAnchors(t *testing.T) {
	inputs, err := seeds.Inputs()
	if err != nil {
		t.Fatalf("seeds: %v", err)
	}
	// A nil extractor means the default, loader.Extract.
	s := newServer(t, openStore(t), func(o Options) Options { return o.WithExtractor(nil) })
	for _, in := range inputs {
		vars := map[string]any{"in": map[string]any{
			"text": in.Text, "title": in.Meta.Title, "source": in.Meta.Source, "published": in.Meta.Published.Value,
		}}
		if in.Meta.URL != "" {
			vars["in"].(map[string]any)["url"] = in.Meta.URL
		}
		d := data(t, s, `mutation($in: DocumentInput!) { ingestDocument(input: $in) { created edges } }`, vars)
		if get(d, "ingestDocument", "created") != true {
			t.Fatalf("%s: %v", in.Name, d)
		}
	}
	tests := []struct {
		name, query string
		ok          func(edge any) bool
	}{
		{"visited", `{ edges(types: [VISITED], to: "state:PRK", first: 100) { edges { node { from { id } modality } } } }`,
			func(e any) bool {
				from := get(e, "node", "from", "id")
				// Stated by the writer, or reported with its source; never speculation.
				m := get(e, "node", "modality")
				return (from == "state:RUS" || from == "person:alexander-kozlov") && (m == "ASSERTED" || m == "ALLEGED")
			}},
		{"accused", `{ edges(types: [ACCUSED], from: "state:KOR", to: "state:PRK", first: 100) { edges { node { modality } } } }`,
			func(e any) bool { return get(e, "node", "modality") == "ASSERTED" }},
		{"supplied", `{ edges(types: [SUPPLIED], from: "state:PRK", to: "state:RUS", first: 100) { edges { node { modality attributedTo { id } sources { sentence } } } } }`,
			func(e any) bool {
				return get(e, "node", "modality") == "ALLEGED" && get(e, "node", "attributedTo", "id") == "state:KOR"
			}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := s.Do(context.Background(), tc.query, nil)
			if len(res.Errors) > 0 {
				t.Fatal(res.Errors)
			}
			edges, _ := get(asJSON(t, res.Data), "edges", "edges").([]any)
			for _, e := range edges {
				if tc.ok(e) {
					return
				}
			}
			t.Fatalf("anchor edge not found among %v", edges)
		})
	}
}
