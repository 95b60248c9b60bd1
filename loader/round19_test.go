package loader

import "testing"

// TestPossessiveBeforeName checks that a title does not end in a
// possessive: "the Secretary-General's Travels" (a section heading) names
// no person, while a title whose possessive is followed by a role word
// still heads its name.
func TestPossessiveBeforeName(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"The President's Travels were long.", nil, []string{"person:travels"}},
		{"**Secretary-General's Travels\n\nGood afternoon.", nil, []string{"person:travels"}},
		{"The Secretary-General's Special Envoy Julie Bishop met Min Aung Hlaing.", []string{"person:julie-bishop"}, nil},
	})
}

// TestHyphenatedRoleInApposition checks that a hyphenated role before a
// name in apposition is the whole role ("The Secretary-General, Antonio
// Guterres,"), so that "the Secretary-General" later resolves to him.
func TestHyphenatedRoleInApposition(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"secretary-general", "The Secretary-General, Mark Tallow, arrived in Juba. The Secretary-General condemned Russia.",
			[]string{"Mark Tallow -criticized-> Russia (asserted)", "Mark Tallow -visited-> Juba (asserted)"}},
		{"the pronoun after", "The Secretary-General, Mark Tallow, arrived. The Chairperson of the Commission, Mahmoud Ali Youssouf, met Salva Kiir. The Secretary-General condemned Russia. He urged Sudan to stop.",
			[]string{"Mahmoud Ali Youssouf -met-> Salva Kiir (asserted)", "Mark Tallow -criticized-> Russia (asserted)", "Mark Tallow -urged-> Sudan (asserted)"}},
	})
}
