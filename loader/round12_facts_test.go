package loader

import "testing"

// Round 12 (issue 10, twelfth session, facts): general mechanisms (syntactic
// positions, argument slots) for fact recall, each measured on every set.
// The sentences are our own.

// TestNameBeforeVerbNoun: a name before a word that is a verb and an event
// noun ("supplies", "sanctions") is the verb's subject when the word is read
// as a verb, not a modifier of the noun.
func TestNameBeforeVerbNoun(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"supplies with", "Belarus supplies Russia with artillery shells.",
			[]string{"Belarus -supplied-> Russia (asserted)"}},
		{"supplies to", "Turkey supplies armoured vehicles to Somalia.",
			[]string{"Turkey -supplied-> Somalia (asserted)"}},
		{"a demonym stays a modifier", "Iranian supplies reached Venezuela.", nil},
	})
}

// TestRelativeClauseBeforeVerb: a relative clause set off by commas between a
// subject and its verb holds no subject ("X, which with Y forms Z,
// condemned"); its antecedent is the subject.
func TestRelativeClauseBeforeVerb(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"which with a body", "Chad and Cameroon, which together with Nigeria form the Lake Chad Basin Commission, condemned Boko Haram on Friday.",
			[]string{"Chad -criticized-> Boko Haram (asserted)", "Cameroon -criticized-> Boko Haram (asserted)"}},
		{"who heads a body", "Omar Alieu Touray, who heads the ECOWAS Commission, visited Niger on Tuesday.",
			[]string{"Omar Alieu Touray -visited-> Niger (asserted)"}},
	})
}

// TestSupplyRecipientAsObject: "supply" takes its recipient as a direct
// object ("X supplies Y", "supplied Y with Z"); a people's word before goods
// ("supplied Iranian drones to Y") qualifies them; after a slot and a comma
// no direct object is read; "the convoys that supply Y" are no named
// party's.
func TestSupplyRecipientAsObject(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"bare recipient", "Qatar supplies Sudan and Chad.",
			[]string{"Qatar -supplied-> Sudan (asserted)", "Qatar -supplied-> Chad (asserted)"}},
		{"recipient with goods", "Iran supplied the Houthis with anti-ship missiles in 2024.",
			[]string{"Iran -supplied-> Houthis (asserted)"}},
		{"a people's goods", "Belarus supplied Russian fuel to Serbia.",
			[]string{"Belarus -supplied-> Serbia (asserted)"}},
		{"a hyphenated people's goods", "The firm Alpha Petro LLC supplied Iranian-origin naphtha to Bangladesh.",
			[]string{"Alpha Petro LLC -supplied-> Bangladesh (asserted)"}},
		{"no direct object after the slot", "Ghana accused Togo of supplying fuel to rebels in the north, two days after it downed a Ghanaian army drone.",
			[]string{"Ghana -accused-> Togo (asserted)"}},
		{"convoys that supply", "The rebels blockaded the roads, targeting the convoys that supply Niger.", nil},
	})
}

// TestAgentOfCriticizedAct: the agent of a criticized act is criticized when
// the act's noun phrase opens with a manner phrase, "this", "what X called",
// a hyphenated or coordinated modifier, or a compound ("the drone attack
// carried out by X"), or has no determiner ("slammed joint naval drills by
// X"); an act with no agent names no one.
func TestAgentOfCriticizedAct(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"manner phrase and compound", "Qatar condemned in the strongest terms the missile attack carried out by the Houthis on a port in Yanbu.",
			[]string{"Qatar -criticized-> Houthis (asserted)", "Houthis -attacked-> Yanbu (asserted)"}},
		{"this and coordinated modifiers", "Vietnam condemned this reckless and unlawful act by the China Coast Guard near the Paracels.",
			[]string{"Vietnam -criticized-> China Coast Guard (asserted)"}},
		{"what X called", `Senegal denounced what it called "massacres" by the Wagner Group in central Mali.`,
			[]string{"Senegal -criticized-> Wagner Group (asserted)"}},
		{"a hyphenated modifier", "Japan criticized the large-scale naval exercises by China near Okinawa.",
			[]string{"Japan -criticized-> China (asserted)"}},
		{"no determiner", "Cuba denounced joint naval drills by Colombia and the United States.",
			[]string{"Cuba -criticized-> Colombia (asserted)", "Cuba -criticized-> United States (asserted)", "Colombia -cooperated-> United States (asserted)"}},
		{"the speaker's pronoun in what X called", `Nicolás Maduro condemned what he called "piracy" by the United States in the Caribbean.`,
			[]string{"Nicolas Maduro -criticized-> United States (asserted)"}},
		{"an object relative's subject", `Vietnam denounced what it called the "illegal structures" that China built on Fiery Cross Reef.`,
			[]string{"Vietnam -criticized-> China (asserted)"}},
		{"no agent", "Peru condemned the attack on Monday.", nil},
	})
}

// TestJointActionAdverbial: "in (close) coordination/cooperation/
// collaboration with X" makes the clause's subject cooperate with X, but
// not with a body of its own state, and not when a by-agent stands between
// them (the agent acts).
func TestJointActionAdverbial(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"coordination", "Norway acted in coordination with Iceland and Denmark, which announced the same measures.",
			[]string{"Norway -cooperated-> Iceland (asserted)", "Norway -cooperated-> Denmark (asserted)"}},
		{"close cooperation", "Kenya, in close cooperation with Somalia, launched an offensive in Lower Juba.",
			[]string{"Kenya -cooperated-> Somalia (asserted)"}},
		{"a body of its own state", "Jordan sent 40 trucks of flour to Gaza, in coordination with the Jordanian Armed Forces.",
			[]string{"Jordan -supplied-> Gaza (asserted)", "Jordan -supplied-> Palestine (asserted)"}},
		{"a by-agent between", "Ghana welcomed the tents delivered by UNICEF to Tamale, in coordination with the World Food Programme.",
			[]string{"UNICEF -supplied-> Tamale (asserted)", "UNICEF -supplied-> Ghana (asserted)"}},
	})
}
