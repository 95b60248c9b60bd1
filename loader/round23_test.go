package loader

import "testing"

// TestParticipleAfterPreposition checks that a trigger's past participle
// right after a preposition is an adjective ("authorities in occupied
// Donetsk"), not a verb whose subject is the sentence's.
func TestParticipleAfterPreposition(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"in occupied", "The OSCE Secretary General Feridun Sinirlioglu condemned the detention of four staff members by Russian-installed authorities in occupied Donetsk.",
			[]string{"Feridun Sinirlioglu -criticized-> Russia (asserted)"}},
		{"the verb still reads", "Russia occupied Donetsk in 2014.",
			[]string{"Russia -invaded-> Donetsk (asserted)"}},
	})
}

// TestRoleAppositionAdjective checks that a people's adjective in a
// person's role apposition ("a former Turkish foreign minister") leaves the
// person the subject, with a date before the verb and for a verb
// coordinated after the first.
func TestRoleAppositionAdjective(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"a date before the verb", "Feridun Sinirlioglu, a Turkish diplomat, on Friday urged Moscow to release them.",
			[]string{"Feridun Sinirlioglu -urged-> Russia (asserted)"}},
		{"a coordinated verb", "Feridun Sinirlioglu, a former Turkish foreign minister, on Friday condemned the arrests in Kherson by Russia and urged Moscow to release the staff.",
			[]string{"Feridun Sinirlioglu -criticized-> Russia (asserted)", "Feridun Sinirlioglu -urged-> Russia (asserted)"}},
		{"no apposition: the state's office holder", "The Turkish foreign minister on Friday urged Moscow to release them.",
			[]string{"Turkey -urged-> Russia (asserted)"}},
	})
}

// TestImposedAfterBut checks that a sanction noun governed by "imposed"
// after "but" is the sentence subject's, also with a capitalized modifier
// between verb and noun.
func TestImposedAfterBut(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"but imposed", "The United States lifted the embargo but imposed sanctions on President Emmerson Mnangagwa.",
			[]string{"United States -sanctioned-> Emmerson Mnangagwa (asserted)"}},
		{"a capitalized modifier", "Washington terminated its programme but imposed Global Magnitsky sanctions on President Emmerson Mnangagwa.",
			[]string{"United States -sanctioned-> Emmerson Mnangagwa (asserted)"}},
		{"announced speaks of them", "The United States lifted the embargo but announced sanctions on President Emmerson Mnangagwa.", nil},
	})
}

// TestKilledMembersOfBannedGroup checks that an adjective between "the"
// and the group whose members were killed leaves the group the side
// attacked.
func TestKilledMembersOfBannedGroup(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"banned", "The Indian army said it had killed three militants of the banned Lashkar-e-Taiba on Wednesday.",
			[]string{"India -attacked-> Lashkar-e-Taiba (asserted)"}},
		{"no side named", "The Indian army said it had killed three militants of the banned group on Wednesday.", nil},
	})
}

// TestAdditionalListDesignation checks a list designation "against an
// additional four entities and two individuals", whose bullet rows and
// prose items (a title before a name, the last after ", and") are its
// objects.
func TestAdditionalListDesignation(t *testing.T) {
	text := "Council of the European Union\nPRESS RELEASE 16 November 2026\n\nThe Council today adopted restrictive measures against an additional four entities and two individuals.\n\n" +
		"The entities listed today are:\n- Parsian Aero Logistics, an air cargo company which transported UAV components to Russian airfields;\n" +
		"- Nasr Propulsion Group, a manufacturer of engines.\n\n" +
		"The individuals listed are Brigadier General Hossein Zarrinpour, an officer who oversaw the training of drone operators, and Mehdi Farahani, a businessman.\n"
	runRecallCases(t, []recallCase{
		{"rows and prose items", text, []string{
			"Council of the European Union -sanctioned-> Hossein Zarrinpour (asserted)",
			"Council of the European Union -sanctioned-> Mehdi Farahani (asserted)",
			"Council of the European Union -sanctioned-> Nasr Propulsion Group (asserted)",
			"Council of the European Union -sanctioned-> Parsian Aero Logistics (asserted)",
		}},
	})
}

// TestWeekdayWithItsDate checks that a weekday followed by a day and month
// dates the fact by them, not by the last such weekday before publication.
func TestWeekdayWithItsDate(t *testing.T) {
	runDatedCases(t, "2026-10-06", []datedCase{
		{"weekday, day month", "Russia attacked Kyiv on Monday, 17 August.", "attacked", "2026-08-17"},
		{"weekday month day", "Russia attacked Kyiv on Monday, August 17.", "attacked", "2026-08-17"},
		{"with a year", "Russia attacked Kyiv on Tuesday, 18 August 2025.", "attacked", "2025-08-18"},
		{"a weekday alone", "Russia attacked Kyiv on Monday.", "attacked", "2026-10-05"},
	})
}

// TestPairOfAppositions checks a subject of two persons, each with a role
// in apposition, before or after the name; a longer list is left to the
// list reading.
func TestPairOfAppositions(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"role before the name", "The Minister of Foreign Affairs of Brazil, Mauro Vieira, and the Minister of Foreign Affairs of Bolivia, Fernando Aramayo, signed a memorandum of understanding.",
			[]string{"Mauro Vieira -agreed-> Fernando Aramayo (asserted)"}},
		{"role after the name", "Fernando Aramayo, Bolivia's foreign minister, and Carlos Vieira, Brazil's foreign minister, on Monday condemned the attack on Kyiv by Russia.",
			[]string{"Carlos Vieira -criticized-> Russia (asserted)", "Fernando Aramayo -criticized-> Russia (asserted)", "Russia -attacked-> Kyiv (asserted)"}},
		{"three", "We, the President of the Republic of Cyprus, Nikos Christodoulides, the President of the Arab Republic of Egypt, Abdel Fattah El-Sisi, and the Prime Minister of the Hellenic Republic, Kyriakos Mitsotakis, met in Athens today.",
			[]string{"Abdel Fattah al-Sisi -met-> Kyriakos Mitsotakis (asserted)", "Abdel Fattah al-Sisi -visited-> Athens (asserted)", "Nikos Christodoulides -met-> Kyriakos Mitsotakis (asserted)", "Nikos Christodoulides -visited-> Athens (asserted)"}},
	})
}
