package gazetteer

import (
	"regexp"
	"testing"
)

// unverifiedQIDs are the international bodies whose QID no curated registry
// consulted for orgs.json confirmed; they stay empty rather than guessed.
var unverifiedQIDs = map[string]bool{
	"G7": true, "BRICS": true, "Quadrilateral Security Dialogue": true,
	"Community of Latin American and Caribbean States": true, "Alliance of Sahel States": true,
	"ASEAN Regional Forum": true, "AUKUS": true, "Kosovo Force": true,
}

// TestInternationalOrgQIDs checks that every international body (an
// organization with no country) carries a well-formed Wikidata QID, and that
// QIDs are not shared between organizations.
func TestInternationalOrgQIDs(t *testing.T) {
	qid := regexp.MustCompile(`^Q[1-9][0-9]*$`)
	seen := map[string]string{}
	n := 0
	for _, o := range Orgs {
		if o.Wikidata != "" {
			if !qid.MatchString(o.Wikidata) {
				t.Errorf("%s: %q is no QID", o.Name, o.Wikidata)
			}
			if prev, dup := seen[o.Wikidata]; dup {
				t.Errorf("%s and %s share %s", prev, o.Name, o.Wikidata)
			}
			seen[o.Wikidata] = o.Name
		}
		if o.Type != "intergovernmental" || o.Country != "" {
			continue
		}
		n++
		switch {
		case o.Wikidata == "" && !unverifiedQIDs[o.Name]:
			t.Errorf("international body %s has no QID", o.Name)
		case o.Wikidata != "" && unverifiedQIDs[o.Name]:
			t.Errorf("%s has QID %s now: take it off unverifiedQIDs", o.Name, o.Wikidata)
		}
	}
	if n < 40 {
		t.Fatalf("only %d international bodies in Orgs", n)
	}
}
