package loader

import (
	"slices"
	"testing"
)

// TestLeadingName checks where a source's name ends: at its first
// lower-case word that joins no capitalized ones (lexicon: name-joiners,
// name-particles).
func TestLeadingName(t *testing.T) {
	for in, want := range map[string]string{
		"AFP wire copy":                "AFP",
		"Reuters staff":                "Reuters",
		"Al Jazeera and news agencies": "Al Jazeera",
		"Jornal do Brasil":             "Jornal do Brasil",
		"Folha de S.Paulo":             "Folha de S.Paulo",
		"Council of the EU":            "Council of the EU",
		"Procter & Gamble":             "Procter & Gamble",
		"English edition":              "English",
		"with agencies":                "",
	} {
		if got := leadingName(in); got != want {
			t.Errorf("leadingName(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPublisherBodies checks a source that lists known bodies with a comma:
// they are the publishers, one by one; a name known whole, or whose parts
// name no body of its own, stays whole.
func TestPublisherBodies(t *testing.T) {
	for in, want := range map[string][]string{
		"HM Treasury, Office of Financial Sanctions Implementation": {"HM Treasury", "Office of Financial Sanctions Implementation"},
		"Foreign, Commonwealth and Development Office":              {"Foreign, Commonwealth and Development Office"},
		"Ministry of Defence, Republic of Kenya":                    {"Ministry of Defence, Republic of Kenya"},
		"Daily Maverick / Reuters":                                  {"Daily Maverick", "Reuters"},
	} {
		if got := defaultLexicon.publisherBodies(in); !slices.Equal(got, want) {
			t.Errorf("publisherBodies(%q) = %q, want %q", in, got, want)
		}
	}
}
