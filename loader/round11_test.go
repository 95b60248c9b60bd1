package loader

import (
	"slices"
	"testing"
)

// Round 11 (issue 10, entities): table tests of sentences of our own, one
// function per change (docs/measurements.md, "Round 11, entities").

// TestBodiesWithOwnHeadsCoordinated checks that "and" between two bodies that
// each have a head of their own (an organization head, a trade word or a
// legal form) ends the first, also inside a phrase an acronym in brackets
// defines, while a body whose name holds "and" before its one head stays
// whole.
func TestBodiesWithOwnHeadsCoordinated(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"The bond was placed with Northwind Capital Bank and Harbour Trust Bank last week.",
			[]string{"org:northwind-capital-bank", "org:harbour-trust-bank"}, []string{"org:northwind-capital-bank-and-harbour-trust-bank"}},
		{"Kestrel Freight Logistics and Amberline Data Systems Ltd. were named as fronts.",
			[]string{"org:kestrel-freight-logistics", "org:amberline-data-systems-ltd"}, nil},
		{"On Monday, boats of the Peruvian Navy and the Peruvian Coast Guard (PCG) searched the bay.",
			[]string{"org:peruvian-navy", "org:peruvian-coast-guard"}, []string{"org:peruvian-navy-and-the-peruvian-coast-guard"}},
		{"The Peace and Security Council met in Addis Ababa.", []string{"org:peace-and-security-council"}, nil},
		{"The Bureau of Fisheries and Aquatic Resources seized the boat.", []string{"org:bureau-of-fisheries-and-aquatic-resources"}, nil},
	})
}

// TestSitesByHead checks sites named by a head after their name ("Air Base",
// "Hospital", "Lodge", "Monument"; a role word before the head stays in the
// name), in lower case after "the" (the name alone an alias), by a head
// before it ("Camp X"), and "the Palace of X".
func TestSitesByHead(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"The minister landed at Kotoka Air Base on Friday.", []string{"place:kotoka-air-base"}, nil},
		{"Nurses at Lunsar General Hospital treated the wounded.", []string{"place:lunsar-general-hospital"}, []string{"person:hospital"}},
		{"The rebels shelled the Dawaro air base overnight.", []string{"place:dawaro-air-base"}, nil},
		{"The envoys dined at the Kilima Lodge in the evening.", []string{"place:kilima-lodge"}, nil},
		{"Troops were moved to Camp Tindiga before dawn.", []string{"place:camp-tindiga"}, nil},
		{"A reception followed at the Palace of Concord.", []string{"place:palace-of-concord"}, nil},
		{"Wreaths were laid at the Memorial of Heroes in the capital.", []string{"place:memorial-of-heroes"}, nil},
	})
	x := Extract("The rebels shelled the Dawaro air base overnight.", Meta{})
	for _, e := range x.Entities {
		if e.Name == "Dawaro air base" && !slices.Contains(e.Aliases, "Dawaro") {
			t.Errorf("aliases %v lack Dawaro", e.Aliases)
		}
	}
}

// TestOutletAfterQuestioner checks that the outlet a questioner names after
// their own name, after a comma or "from", in a question label with a colon
// or in brackets, is an organization, a known outlet's name going on after a
// hyphen too.
func TestOutletAfterQuestioner(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"Q: Maria Okafor from Radio Harmattan. Has the minister met his counterpart?", []string{"org:radio-harmattan"}, nil},
		{"Q: Tomas Berglund, The Nordic Courier. When will the talks resume?", []string{"org:the-nordic-courier"}, nil},
		{"Question (Priya, BBC-Marathi): Did the envoy raise the issue?", []string{"org:bbc-marathi"}, nil},
	})
}

// TestHonorificsAndRanksBeforeNames checks that "Prof.", a dotted "H.E."
// and the ranks "Sergeant" and "Corporal" make the unfamiliar name after them
// a person, also in apposition after a role, and that an honorific alone
// leaves the role in apposition after the name to the person.
func TestHonorificsAndRanksBeforeNames(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"The rector, Prof. Dauren Seitkali, opened the forum.", []string{"person:dauren-seitkali"}, nil},
		{"The envoy, H.E. Tuvshin Batbold, presented his credentials.", []string{"person:tuvshin-batbold"}, nil},
		{"Sergeant Kwabena Mensima was wounded by the blast.", []string{"person:kwabena-mensima"}, nil},
		{"He said he would go.", nil, []string{"person:he"}},
	})
	x := Extract("The summit was opened by H.E. Tuvshin Batbold, Secretary-General of the Forum.", Meta{})
	for _, e := range x.Entities {
		if e.Name == "Tuvshin Batbold" && len(e.Roles) == 0 {
			t.Errorf("Tuvshin Batbold has no role")
		}
	}
}

// TestBodyNamedHeadFirstAfterState checks that a body named head first after
// a state's people's word or name has that name without it as an alias.
func TestBodyNamedHeadFirstAfterState(t *testing.T) {
	for _, c := range []struct{ text, name, alias string }{
		{"The Nigerian Ministry of Water Resources issued a flood warning.", "Nigerian Ministry of Water Resources", "Ministry of Water Resources"},
		{"Officials of the Chilean Department of Migration met on Monday.", "Chilean Department of Migration", "Department of Migration"},
	} {
		found := false
		for _, e := range Extract(c.text, Meta{}).Entities {
			if e.Name == c.name {
				found = slices.Contains(e.Aliases, c.alias)
			}
		}
		if !found {
			t.Errorf("%q: no %s with alias %s", c.text, c.name, c.alias)
		}
	}
}

// TestDatelineCredits checks that the credit in brackets of a wire dateline,
// with or without a date and in any case, is a news agency, and that a word
// in brackets elsewhere is not.
func TestDatelineCredits(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"MONROVIA, March 3 (lnp) - Liberia on Monday closed its border with Guinea.", []string{"org:lnp"}, nil},
		{"NIAMEY (ANP) - Niger recalled its ambassador from Benin.", []string{"org:anp"}, nil},
		{"Liberia closed the border (twice) - officials said so.", nil, []string{"org:twice"}},
	})
}

// TestCityBeforeItsState checks that a city of the tables whose first word
// is a given name is a place, not a person, before a comma and its own state
// (after a division too), and stays a person before another state.
func TestCityBeforeItsState(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"POB: Bandar Abbas, Iran. Nationality: Iran.", []string{"place:bandar-abbas"}, []string{"person:bandar-abbas"}},
		{"Address: Bandar Abbas, Hormozgan Province, Iran.", []string{"place:bandar-abbas"}, []string{"person:mahmoud-abbas"}},
	})
}

// TestTypeNounAfterStatePossessive checks that a state's possessive opens
// the phrase of a type noun before an unknown body's name as a determiner
// does ("Malaysia's state energy firm Petronas"), and that a lower-case
// phrase without a type noun names no body.
func TestTypeNounAfterStatePossessive(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"The refinery belongs to Ghana's state oil company Zentrol and a bank.", []string{"org:zentrol"}, nil},
		{"Shares of Peru's mining firm Quorvia rose by half.", []string{"org:quorvia"}, nil},
		{"Peru's national team Quorvia won.", nil, []string{"org:quorvia"}},
	})
}

// TestBylineAloneAndBioBeforeTeasers checks that a byline "By NAME" alone on
// its line makes NAME the page's staff, so that the author's bio above a
// subscription prompt names no person.
func TestBylineAloneAndBioBeforePrompt(t *testing.T) {
	page := "Reef Talks Stall Again\n\nBy Marisol Quintero\nJune 2, 2026\n\n" +
		"Vietnam and the Philippines held talks on the reef on Monday, officials said.\n\n" +
		"Marisol Quintero is a Hanoi-based journalist covering the region.\n\n" +
		"Liked this story? Click here to subscribe for full access to our reporting.\n\nRELATED\n- Can the Reef Deal Survive?\n- What the Satellite Images Show\n"
	for _, e := range Extract(page, Meta{}).Entities {
		if e.ID == "person:marisol-quintero" {
			t.Errorf("the author is an entity: %v", e)
		}
	}
}

// TestSourceCredits checks that "Source: NAME/OUTLET" closing a caption is a
// photo credit, its name the page's staff, while "Source: BODY" without a
// slash stays text.
func TestSourceCredits(t *testing.T) {
	for _, c := range []struct{ line, kept string }{
		{"The minister in his office in Riga. Source: Ilze Ozola/LSM", "The minister in his office in Riga."},
		{"Exports fell by a fifth in May. Source: IMF", "Exports fell by a fifth in May. Source: IMF"},
	} {
		if got, _ := stripCredit(c.line); got != c.kept {
			t.Errorf("stripCredit(%q) = %q, want %q", c.line, got, c.kept)
		}
	}
}

// TestLocalitiesAndForests checks "localities of" and "settlements of" before
// a list of places, and a named forest after "the".
func TestLocalitiesAndForests(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"Patrols covered the localities of Tindirma and Goundam on Sunday.", []string{"place:tindirma", "place:goundam"}, nil},
		{"The rebels withdrew to the Sambisa forest after the raid.", []string{"place:sambisa"}, nil},
	})
}

// TestTradeAgentsOfOneWord checks that a one-word name no list knows before
// a verb of trade is a body, also opening its sentence and after an
// auxiliary, and that a common noun that the text writes in lower case too
// is none.
func TestTradeAgentsOfOneWord(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"Kestrova supplied 40 armoured vehicles to the army in 2024.", []string{"org:kestrova"}, nil},
		{"Velmarc will supply the radios for both vessels.", []string{"org:velmarc"}, nil},
		{"Fishermen sold the catch. Fishermen said the fishermen were tired.", nil, []string{"org:fishermen"}},
	})
}

// TestAliasAndAgeAppositions checks that ", alias" and ", aged" after an
// unfamiliar name make it a person.
func TestAliasAndAgeAppositions(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"Police arrested Tomasito Reyes Galvez, alias \"Toto\", on Friday.", []string{"person:tomasito-reyes-galvez"}, nil},
		{"The court sentenced Ekow Nyamekye, aged 41, to ten years.", []string{"person:ekow-nyamekye"}, nil},
	})
}

// TestLongTitlesBeforeNames checks a title ending in bodies chained by "of
// the" before a name, and a portfolio of two words joined by "and" before a
// name with a given name.
func TestLongTitlesBeforeNames(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"He met Speaker of the Senate of the Parliament Tolkyn Abenova on Monday.", []string{"person:tolkyn-abenova"}, nil},
		{"Minister for Energy and Tourism Maria Tuilagi opened the port.", []string{"person:maria-tuilagi"}, []string{"person:tourism-maria-tuilagi"}},
	})
}

// TestStateNameAsSurname checks that a one-word state's name closes a name
// right after a capitalized title, and stays the state after "of".
func TestStateNameAsSurname(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"The envoy met Minister of Finance Dragan Mali at the palace.", []string{"person:dragan-mali"}, nil},
		{"The envoy met the Minister of Finance of Mali at the palace.", []string{"state:MLI"}, []string{"person:dragan-mali"}},
	})
}

// TestPartyInBracketsAfterPerson checks that a body in brackets right after
// a person's name is an organization, the name after its comma an alias and
// no body of its own, while a state in brackets stays the state.
func TestPartyInBracketsAfterPerson(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"The motion was tabled by Deputy Ivana Horvat (Homeland Movement, DP) on Monday.", []string{"org:homeland-movement"}, []string{"org:dp"}},
		{"Deputy Marko Babic (Croatia 2030) voted against.", []string{"org:croatia-2030"}, nil},
		{"Fu Cong (China) said the text was unbalanced.", []string{"state:CHN"}, []string{"org:china"}},
	})
}

// TestPlaceAfterLocativeAndCompass checks that an unknown name after a
// locative preposition and a compass adjective is a place.
func TestPlaceAfterLocativeAndCompass(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"The militia regrouped in southern Kordavia after the raid.", []string{"place:kordavia"}, nil},
		{"Fighting spread across western Velmora on Sunday.", []string{"place:velmora"}, nil},
	})
}

// TestNumberedFrontsAndBrigades checks a numbered front ("the 12th Front")
// and a brigade named by its head before its number ("Brigade 17").
func TestNumberedFrontsAndBrigades(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"The rebels of the 12th Front ambushed a patrol near the river.", []string{"org:12th-front"}, nil},
		{"Soldiers belonging to Brigade 17 returned fire on Sunday.", []string{"org:brigade-17"}, nil},
	})
}

// TestOrdinalUnitsOfNonNameWords checks that an ordinal that is no name word
// ("Second", "First") before a unit head names a unit.
func TestOrdinalUnitsOfNonNameWords(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"Two soldiers were wounded, according to the army's Second Division.", []string{"org:second-division"}, nil},
		{"The First Brigade moved north on Sunday.", []string{"org:first-brigade"}, nil},
	})
}
