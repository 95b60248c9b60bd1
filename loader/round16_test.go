package loader

import "testing"

// TestCoordinationPastAcronym checks that a party's own acronym in
// brackets does not end a coordination: "X (ABC) and Y signed" pairs X and
// Y, read back from the verb as forward; a bracketed acronym that no
// coordination follows joins nothing, and the sides of a "between" stay no
// subject.
func TestCoordinationPastAcronym(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"first party's acronym", "The Cyprus Hydrocarbons Company (CHC) and the Egyptian Natural Gas Holding Company signed a host government agreement.",
			[]string{"Cyprus Hydrocarbons Company -agreed-> Egyptian Natural Gas Holding Company (asserted)"}},
		{"both acronyms", "The Rapid Support Forces (RSF) and the Sudanese Armed Forces (SAF) signed a truce on Monday.",
			[]string{"Rapid Support Forces -agreed-> Sudanese Armed Forces (asserted)"}},
		{"acronym then a body's name", "China's People's Liberation Army (PLA) Eastern Theater Command launched the drills on Monday.", nil},
		{"between's sides after an acronym", "The exercise between the Armed Forces of the Philippines (AFP) and the United States Armed Forces concluded on Tuesday.",
			[]string{"Armed Forces of the Philippines -cooperated-> United States Armed Forces (asserted)"}},
	})
}

// TestMemorandumIsAgreement checks a memorandum (of understanding) as an
// agreement between the sides "between" names, and that a "between" after
// a topic phrase ("on a gas interconnector between X and Y") names the
// topic's ends, not the memorandum's sides.
func TestMemorandumIsAgreement(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"memorandum of understanding between", "They signed a Memorandum of Understanding between Acme Oil Company and Beta Gas Corporation on biofuels.",
			[]string{"Acme Oil Company -agreed-> Beta Gas Corporation (asserted)"}},
		{"a signed documents list", "The following documents were signed:\na. Memorandum of Understanding between France and Germany on cooperation in biofuels;",
			[]string{"France -agreed-> Germany (asserted)"}},
		{"memoranda", "The ministers signed memoranda of understanding between Acme Oil Company and Beta Gas Corporation.",
			[]string{"Acme Oil Company -agreed-> Beta Gas Corporation (asserted)"}},
		{"MoU", "They signed an MoU between Acme Oil Company and Beta Gas Corporation on biofuels.",
			[]string{"Acme Oil Company -agreed-> Beta Gas Corporation (asserted)"}},
		{"topic between", "Slovakia signed a memorandum on a gas interconnector between Hungary and Serbia.", nil},
		{"a dated between stays the sides", "The agreement concluded on 4 November between France and Germany was welcomed by Italy.",
			[]string{"France -agreed-> Germany (asserted)"}},
		{"the topic after the sides", "We welcome the signing of the Memorandum of Understanding between Greece and Egypt on the GREGY interconnector.",
			[]string{"Greece -agreed-> Egypt (asserted)"}},
	})
}

// TestPortfolioOfTwoWords checks that an office's portfolio of two fields
// ("Minister of Mining and Energy") is part of the title, not a person, so
// that the minister named after it acts.
func TestPortfolioOfTwoWords(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"mining and energy", "Serbian Minister of Mining and Energy Dubravka Djedovic signed a memorandum with France.",
			[]string{"Dubravka Djedovic -agreed-> France (asserted)"}},
		{"coordinated ministers", "Deputy Prime Minister Sakova and Serbian Minister of Mining and Energy Dubravka Djedovic signed a memorandum on gas.",
			[]string{"Sakova -agreed-> Dubravka Djedovic (asserted)"}},
	})
}
