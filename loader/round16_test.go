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
		{"a place between", "The members of the Security Council welcomed the framework agreement signed in Doha in November 2025 between the Government of the Democratic Republic of the Congo and the AFC/M23, facilitated by the State of Qatar.",
			[]string{"Democratic Republic of the Congo -agreed-> AFC (asserted)"}},
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

// TestRelativeAfterRoleApposition checks that "who" after a role
// apposition ("Hakan Fidan, Türkiye's foreign minister, who arrived ...,")
// has the person before the apposition as its antecedent, for the verbs of
// the relative clause and of the main clause; an apposition that names a
// body is no role phrase.
func TestRelativeAfterRoleApposition(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"relative and main verb", "Hakan Fidan, Türkiye's foreign minister, who arrived in Damascus on Monday, met Syrian President Ahmed al-Sharaa on Tuesday.",
			[]string{"Hakan Fidan -met-> Ahmed al-Sharaa (asserted)", "Hakan Fidan -visited-> Damascus (asserted)"}},
		{"a long relative clause", "Hakan Fidan, Türkiye's foreign minister, who arrived in Damascus on Monday for his third visit since the fall of Bashar al-Assad, met Syrian President Ahmed al-Sharaa on Tuesday.",
			[]string{"Hakan Fidan -met-> Ahmed al-Sharaa (asserted)", "Hakan Fidan -visited-> Damascus (asserted)"}},
		{"a president", "Maia Sandu, Moldova's president, who visited Paris on Monday, accused Moscow of meddling.",
			[]string{"Maia Sandu -accused-> Russia (asserted)", "Maia Sandu -visited-> Paris (asserted)"}},
		{"no role between the commas", "Hakan Fidan, an old friend, who arrived in Damascus on Monday, met Ahmed al-Sharaa on Tuesday.", nil},
	})
}

// TestComitativeSubject checks "X, together with Y, VERB" and "X along with
// Y VERB": both act; "with" alone stays a prepositional object.
func TestComitativeSubject(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"together with, commas", "Belgium, together with Norway, handed over six F-16 fighter jets to Ukraine on Thursday.",
			[]string{"Belgium -supplied-> Ukraine (asserted)", "Norway -supplied-> Ukraine (asserted)"}},
		{"along with, no commas", "Belgium along with Norway delivered six jets to Ukraine on Thursday.",
			[]string{"Belgium -supplied-> Ukraine (asserted)", "Norway -supplied-> Ukraine (asserted)"}},
		{"with alone", "Belgium, with Norway's consent, delivered six jets to Ukraine on Thursday.",
			[]string{"Belgium -supplied-> Ukraine (asserted)"}},
	})
}

// TestMovedGoodsSupply checks the verbs that move goods or money to a
// party (ship, smuggle, funnel, channel) as supplies, in an accusation's
// complement too.
func TestMovedGoodsSupply(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"shipping, accused", "Britain accused Tehran of shipping missiles to Russian forces.",
			[]string{"Iran -supplied-> Russia (alleged, by United Kingdom)", "United Kingdom -accused-> Iran (asserted)"}},
		{"funnelling", "Moldova accused Moscow of funnelling 20 million euros to Hezbollah.",
			[]string{"Moldova -accused-> Russia (asserted)", "Russia -supplied-> Hezbollah (alleged, by Moldova)"}},
		{"smuggled", "Iran smuggled weapons to Hezbollah last year.",
			[]string{"Iran -supplied-> Hezbollah (asserted)"}},
		{"shipping as a noun", "Houthi attacks on shipping to Israel continued.", nil},
	})
}

// TestTriggerWordInCompanyName checks that a word that is a trigger (or a
// headline's verb) stays in a company's name in a line of capitals (as a
// headline or a row of designations writes it) when a company suffix
// follows it; in a headline the verb still ends the name.
func TestTriggerWordInCompanyName(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"a line of capitals", "The United States sanctioned Meridian Gulf Supply FZCO on Monday.",
			[]string{"United States -sanctioned-> Meridian Gulf Supply FZCO (asserted)"}},
	})
	// in a headline the verb ends the name
	x := Extract("Treasury Sanctions Procurement Network Supplying Russia's Military", Meta{})
	names := map[string]bool{}
	for _, e := range x.Entities {
		names[e.Name] = true
	}
	if !names["Procurement Network"] {
		t.Errorf("headline: entities %v, want Procurement Network", names)
	}
}

// TestCompanySuffixPeriods checks companies whose suffix ends with a
// period in a list: "Amestris Petro Trading Co., Zarin Dena Shipping
// L.L.C. and ..." (a dotted suffix of three letters is one word), and a
// shipping line's name ("Kish Ocean Lines").
func TestCompanySuffixPeriods(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"a list with Co. and L.L.C.", "OFAC is designating Amestris Petro Trading Co., Zarin Dena Shipping L.L.C., Gulf Meridian Tankers FZE and Pelican Reach Maritime Ltd pursuant to E.O. 13224.",
			[]string{"Office of Foreign Assets Control -sanctioned-> Amestris Petro Trading Co (asserted)", "Office of Foreign Assets Control -sanctioned-> Gulf Meridian Tankers FZE (asserted)",
				"Office of Foreign Assets Control -sanctioned-> Pelican Reach Maritime Ltd (asserted)", "Office of Foreign Assets Control -sanctioned-> Zarin Dena Shipping L.L.C. (asserted)"}},
		{"Co. and", "OFAC designated Amestris Petro Trading Co. and Pelican Reach Maritime Ltd on Monday.",
			[]string{"Office of Foreign Assets Control -sanctioned-> Amestris Petro Trading Co (asserted)", "Office of Foreign Assets Control -sanctioned-> Pelican Reach Maritime Ltd (asserted)"}},
		{"a shipping line", "This action builds on OFAC's designation of Kish Ocean Lines, which operated tankers.",
			[]string{"Office of Foreign Assets Control -sanctioned-> Kish Ocean Lines (asserted)"}},
		{"U.S.A. stays one word", "The U.S.A. sanctioned Kish Ocean Lines on Monday.",
			[]string{"United States -sanctioned-> Kish Ocean Lines (asserted)"}},
	})
}

// TestHeadedByIsNoJourney checks that "a delegation headed by X" makes
// nobody travel: a verb of travel takes no object, so it has no passive.
func TestHeadedByIsNoJourney(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"headed by", "A Kazakh delegation headed by Energy Minister Arman Zhaksylykov arrived in Bishkek on Monday.",
			[]string{"Kazakhstan -visited-> Bishkek (asserted)"}},
		{"headed to", "Lavrov headed to Pyongyang on Monday.",
			[]string{"Sergey Lavrov -visited-> Pyongyang (asserted)"}},
		{"a visit's passive", "Kyiv was visited by Macron on Monday.",
			[]string{"Emmanuel Macron -visited-> Ukraine (asserted)"}},
	})
}

// TestTitleAcronym checks that an acronym spelling a title named before
// ("EAM" after "External Affairs Minister Dr. S. Jaishankar", "NSA" after
// "National Security Adviser Ajit Doval") stands for its holder, and that
// one no title spells stays a body.
func TestTitleAcronym(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"EAM", "External Affairs Minister Dr. S. Jaishankar paid an official visit to the Maldives. During the visit, EAM called on President Mohamed Muizzu.",
			[]string{"S Jaishankar -met-> Mohamed Muizzu (asserted)", "S Jaishankar -visited-> Maldives (asserted)"}},
		{"a security adviser", "National Security Adviser Ajit Doval visited Moscow on Monday. On Tuesday, NSA met Russian Security Council Secretary Sergei Shoigu.",
			[]string{"Ajit Doval -met-> Sergei Shoigu (asserted)", "Ajit Doval -visited-> Moscow (asserted)"}},
		{"no title spells it", "External Affairs Minister S. Jaishankar visited the Maldives. On Monday, officials of EAMX met President Mohamed Muizzu.",
			[]string{"EAMX -met-> Mohamed Muizzu (asserted)", "S Jaishankar -visited-> Maldives (asserted)"}},
	})
}

// TestSanctionsListDestination checks verbs that put names on a list of
// sanctions written in lower case ("to Lithuania's national sanctions
// list", "on its export control list"), the names after a colon that
// follows the counted group, and companies coordinated after a hyphenated
// name ("Vostok-Komponent LLC") or a Baltic company form ("UAB"); a list
// of another kind, and a relative clause after the measures' object, make
// no sanction.
func TestSanctionsListDestination(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"added to a sanctions list", "Lithuania added Oceanlink Trading and Vostok-Komponent LLC to its sanctions list on Monday.",
			[]string{"Lithuania -sanctioned-> Oceanlink Trading (asserted)", "Lithuania -sanctioned-> Vostok-Komponent LLC (asserted)"}},
		{"placed on an export control list", "On Wednesday, China's Ministry of Commerce placed Baltlaser UAB and Vilniaus Optika on its export control list.",
			[]string{"Ministry of Commerce -sanctioned-> Baltlaser UAB (asserted)", "Ministry of Commerce -sanctioned-> Vilniaus Optika (asserted)"}},
		{"names after a colon", "Lithuania added four companies to its sanctions list: Oceanlink Trading and Vostok-Komponent LLC.",
			[]string{"Lithuania -sanctioned-> Oceanlink Trading (asserted)", "Lithuania -sanctioned-> Vostok-Komponent LLC (asserted)"}},
		{"another list", "He put Oceanlink Trading on the agenda list.", nil},
		{"a colon after a warning", "Russia warned the West on Monday: Ukraine will lose.", nil},
		{"a colon after an accusation", "Iran accused the group: Israel was behind it.", nil},
		{"the measures' relative clause", "Lithuania added Oceanlink Trading to its sanctions list. The measures hit an industry that has been one of Latvia's export success stories.",
			[]string{"Lithuania -sanctioned-> Oceanlink Trading (asserted)"}},
	})
}

// TestQuoteWeAfterDateline checks that the "we" of a quotation that opens
// the sentence after its dateline, or whose speaker is named with a title
// after it, is that speaker's; a quotation in the middle of a sentence is
// not read so.
func TestQuoteWeAfterDateline(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"after a dateline", "KYIV, March 7 (Ukrinform) - \"Today we received the first Gripen fighters from Sweden,\" Ukrainian President Volodymyr Zelensky said on Saturday.",
			[]string{"Sweden -supplied-> Volodymyr Zelenskyy (alleged, by Volodymyr Zelenskyy)"}},
		{"a titled speaker", "\"We have asked Moscow to withdraw its troops from Transnistria,\" Moldovan President Maia Sandu told reporters.",
			[]string{"Maia Sandu -urged-> Russia (asserted)"}},
		{"a quotation inside the sentence", "Officials said on Monday that \"we received the first Gripen fighters from Sweden,\" Ukrainian President Volodymyr Zelensky said.", nil},
	})
}

// TestPersonOfState checks a person named with the state after "of" in a
// coordination ("Olaf Scholz of Germany and Emmanuel Macron of France
// met"): the states are the persons', not parties of their own.
func TestPersonOfState(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"coordinated subject", "Olaf Scholz of Germany and Emmanuel Macron of France met on Monday.",
			[]string{"Olaf Scholz -met-> Emmanuel Macron (asserted)"}},
		{"in an apposition", "The leaders, Olaf Scholz of Germany and Emmanuel Macron of France, met on Monday.",
			[]string{"Olaf Scholz -met-> Emmanuel Macron (asserted)"}},
		{"object", "Olaf Scholz of Germany met Emmanuel Macron of France on Monday.",
			[]string{"Olaf Scholz -met-> Emmanuel Macron (asserted)"}},
	})
}

// TestHostedOfficeHolders checks a host's guests named by their states and
// office ("hosted his Eritrean and Somali counterparts", "hosted Eritrea's
// president"): the states meet the host and visit; a role's possession
// ("Eritrea's president's decision") or forces are no guests.
func TestHostedOfficeHolders(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"counterparts", "Egyptian President Abdel Fattah al-Sisi hosted his Eritrean and Somali counterparts in Cairo on Tuesday.",
			[]string{"Abdel Fattah al-Sisi -met-> Eritrea (asserted)", "Abdel Fattah al-Sisi -met-> Somalia (asserted)", "Eritrea -met-> Somalia (asserted)",
				"Eritrea -visited-> Cairo (asserted)", "Somalia -visited-> Cairo (asserted)"}},
		{"a state's president", "Sisi hosted Eritrea's president in Cairo on Tuesday.",
			[]string{"Abdel Fattah al-Sisi -met-> Eritrea (asserted)", "Eritrea -visited-> Cairo (asserted)"}},
		{"the president's decision", "Sisi welcomed Eritrea's president's decision.", nil},
		{"forces", "Ghana is hosting French special forces.", nil},
		{"a person's adviser", "Sisi hosted Emmanuel Macron's adviser in Cairo on Tuesday.", nil},
	})
}
