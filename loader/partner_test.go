package loader

import "testing"

// TestUnnamedPartner: subjects of a symmetric verb whose partner phrase
// names no one ("cooperate with the regional bloc") act with that partner,
// not with each other; "with each other" and no partner phrase pair them.
// The sentences are our own.
func TestUnnamedPartner(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"a partner that is no entity", "Burkina Faso and Mali cooperate with the regional bloc on border security.", nil},
		{"a trigger ending in with", "Kenya and Uganda agreed to work with donor countries on the pipeline.",
			[]string{"Kenya -agreed-> Uganda (asserted)"}},
		{"an adverb before with", "Chad and Niger cooperated closely with neighbouring armies last year.", nil},
		{"with each other", "Chad and Niger cooperated with each other against the insurgents.",
			[]string{"Chad -cooperated-> Niger (asserted)"}},
		{"no partner phrase", "Chad and Niger cooperated closely against the insurgents.",
			[]string{"Chad -cooperated-> Niger (asserted)"}},
	})
}
