package loader

import "testing"

// TestObjectEndsAtNewClause checks that an object's coordination ends where
// a new clause begins: in "Iran attacked Israel and Hezbollah fired at
// Haifa" Hezbollah is the next verb's subject, no second target, and after
// a preposition's object it is that verb's subject alone.
func TestObjectEndsAtNewClause(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"a past-tense trigger", "Iran attacked Israel and Hezbollah attacked Haifa.",
			[]string{"Hezbollah -attacked-> Haifa (asserted)", "Iran -attacked-> Israel (asserted)"}},
		{"an adverb and a speech verb", "The European Union sanctioned Belarus and Russia later said it would respond.",
			[]string{"European Union -sanctioned-> Belarus (asserted)"}},
		{"an auxiliary", "Putin met Xi Jinping and Modi has criticized the talks.",
			[]string{"Vladimir Putin -met-> Xi Jinping (asserted)"}},
		{"after a preposition's object", "Russia supplied drones to Iran and Hezbollah fired rockets at Haifa.",
			[]string{"Hezbollah -attacked-> Haifa (asserted)", "Russia -supplied-> Iran (asserted)"}},
		{"an infinitive keeps both", "France urged Israel and Hamas to agree to a ceasefire.",
			[]string{"France -urged-> Hamas (asserted)", "France -urged-> Israel (asserted)", "Israel -agreed-> Hamas (speculative)"}},
		{"after a direct object", "Putin met Xi Jinping and Modi criticized Pakistan.",
			[]string{"Narendra Modi -criticized-> Pakistan (asserted)", "Vladimir Putin -met-> Xi Jinping (asserted)"}},
		{"a verb that takes a clause keeps both", "Israel warned Iran and Hezbollah would pay a heavy price.",
			[]string{"Israel -threatened-> Hezbollah (asserted)", "Israel -threatened-> Iran (asserted)", "Israel -warned-> Hezbollah (asserted)", "Israel -warned-> Iran (asserted)"}},
		{"a speech verb's clause keeps both", "Officials said Iran and Hezbollah attacked Haifa.",
			[]string{"Hezbollah -attacked-> Haifa (asserted)", "Iran -attacked-> Haifa (asserted)"}},
		{"a plural noun keeps both", "The EU sanctioned Iran and Russia over drone deliveries.",
			[]string{"European Union -sanctioned-> Iran (asserted)", "European Union -sanctioned-> Russia (asserted)"}},
		{"between takes both", "Talks between Israel and Hamas stalled.",
			[]string{"Israel -met-> Hamas (asserted)"}},
		{"an inverted condition", "The envoy is ready to travel to Caracas and Georgetown should both parties request it.",
			nil},
	})
}

// TestMayTheMonth checks that "May" with a capital inside a sentence is the
// month, no modal governing a coordinated verb: "visited Dushanbe on May 12
// and met X" tells of a meeting held.
func TestMayTheMonth(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"a day of May", "Sergei Lavrov visited Dushanbe on May 12 and met his Tajik counterpart Sirojiddin Muhriddin.",
			[]string{"Sergey Lavrov -met-> Sirojiddin Muhriddin (asserted)", "Sergey Lavrov -visited-> Dushanbe (asserted)"}},
		{"in May", "Daniel Chapo flew to Kigali in May and agreed with Paul Kagame to extend the deployment.",
			[]string{"Daniel Chapo -agreed-> Paul Kagame (asserted)", "Daniel Chapo -visited-> Kigali (asserted)"}},
		{"the modal", "Sergei Lavrov may visit Dushanbe and meet Sirojiddin Muhriddin.",
			[]string{"Sergey Lavrov -met-> Sirojiddin Muhriddin (speculative)", "Sergey Lavrov -visited-> Dushanbe (speculative)"}},
	})
}

// TestRepublicOfState checks "the Republic of X" for a republic whose
// official name puts the style after an adjective ("Togolese Republic"): it
// names the state, and an object after "to" is found.
func TestRepublicOfState(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"Togo", "Ghana delivered armoured vehicles to the Republic of Togo.",
			[]string{"Ghana -supplied-> Togo (asserted)"}},
		{"Lebanon", "France sent aid to the Republic of Lebanon.",
			[]string{"France -supplied-> Lebanon (asserted)"}},
	})
}
