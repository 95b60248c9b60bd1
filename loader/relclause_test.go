package loader

import "testing"

// TestRelativeClauseBounds: a verb inside a non-restrictive relative clause
// (", which ...", ", who ...") takes no object and no place from past the
// comma that closes it; a list or a titled name in apposition inside the
// clause goes on across its commas; "which hosts" with no visit in sight is
// a standing state. The sentences are our own.
func TestRelativeClauseBounds(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"hosts an institution, then the main clause's list", "The ministers thanked Norway, which hosts the Joint Warfare Centre in Stavanger, as well as Denmark and Sweden for their ships.", nil},
		{"hosts a body's bureau", "The summit praised Qatar, which hosts the Hamas political bureau in Doha, as well as Egypt and Turkey for their mediation.", nil},
		{"an object past the closing comma and a new verb", "The ministry welcomed the decision of the European Commission, which on Monday sanctioned two shipping firms, and thanks the Republic of Chile and the Republic of Peru for their support.", nil},
		{"the same after a date word", "The government welcomed the move by the United Nations Security Council, which last week designated four commanders, and thanks Brazil and Mexico for their backing.", nil},
		{"a list inside the clause", "Russia, which supplies Iran, Syria and Venezuela, rejected the report.",
			[]string{"Russia -supplied-> Iran (asserted)", "Russia -supplied-> Syria (asserted)", "Russia -supplied-> Venezuela (asserted)"}},
		{"a titled name in apposition", "The envoy praised General Asim Munir, who met the Afghan defence minister, Mullah Mohammad Yaqoob, in Kabul on Saturday.",
			[]string{"Asim Munir -met-> Mullah Mohammad Yaqoob (asserted)", "Asim Munir -visited-> Kabul (asserted)"}},
		{"a past visit hosted in the clause", "Kenya, which hosted Ethiopia's prime minister Abiy Ahmed on Monday, signed a trade deal.",
			[]string{"Kenya -met-> Abiy Ahmed (asserted)", "Abiy Ahmed -visited-> Kenya (asserted)"}},
	})
}
