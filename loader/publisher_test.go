package loader

import "testing"

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
