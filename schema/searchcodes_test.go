package schema

import (
	"slices"
	"testing"
)

// TestSearchCodes: search finds an entity by its ID in any case, its ISO3 code or its Wikidata
// QID, before the name matches, and kinds still filter.
func TestSearchCodes(t *testing.T) {
	s, _ := fixtureServer(t)
	tests := []struct {
		args string
		want []string
	}{
		{`text: "PRK"`, []string{"state:PRK"}},
		{`text: "prk"`, []string{"state:PRK"}},
		{`text: "state:prk"`, []string{"state:PRK"}},
		{`text: "STATE:PRK"`, []string{"state:PRK"}},
		{`text: "person:Alexander-Kozlov"`, []string{"person:alexander-kozlov"}},
		{`text: "Q423"`, []string{"state:PRK"}},
		{`text: "q159"`, []string{"state:RUS"}},
		{`text: "Q999999"`, nil},
		{`text: "XYZ"`, nil},
		{`text: "PRK", kinds: [PERSON]`, nil},
		{`text: "state:KOR", first: 1`, []string{"state:KOR"}},
	}
	for _, tc := range tests {
		t.Run(tc.args, func(t *testing.T) {
			d := data(t, s, `{ search(`+tc.args+`) { id } }`, nil)
			if got := ids(get(d, "search")); !slices.Equal(got, tc.want) {
				t.Fatalf("got %v, want %v", got, tc.want)
			}
		})
	}
}
