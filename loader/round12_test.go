package loader

import (
	"slices"
	"strings"
	"testing"
)

// Round 12 (issue 10, entities): table tests of sentences of our own, one
// function per change (docs/measurements.md, "Round 12, entities").

// TestPressUnitsAtTheFoot checks that a line naming only the issuer's press
// unit in a page's tail (after "Issued by:", above its ministry, or barred
// with a section) is no entity, while such a unit named inside a sentence,
// or a unit with no press word, stays.
func TestPressUnitsAtTheFoot(t *testing.T) {
	body := "The minister of defence received the Chief of the Navy of Ghana in Accra on Monday and discussed maritime security.\n\n"
	for _, c := range []struct {
		page, unit string
		kept       bool
	}{
		{body + "Issued by:\nNaval Public Affairs and Communication Office\nMinistry of Defence\n", "Naval Public Affairs and Communication Office", false},
		{body + "Directorate of Press and Social Communication\nMinistry of Foreign Affairs\n", "Directorate of Press and Social Communication", false},
		{body + "Department of Media Services | Briefings Section\npress.example.org\n", "Department of Media Services", false},
		{"According to the Directorate of Press and Social Communication, the minister of defence met the Chief of the Navy of Ghana in Accra.\n", "Directorate of Press and Social Communication", true},
		{body + "Directorate of Naval Training\nMinistry of Defence\n", "Directorate of Naval Training", true},
	} {
		got := strings.Contains(Clean(c.page), c.unit)
		if got != c.kept {
			t.Errorf("%q kept = %v, want %v", c.unit, got, c.kept)
		}
	}
}

// TestSourceSections checks that a metadata source naming a body and a
// section of its pages makes the body the publisher, not the section.
func TestSourceSections(t *testing.T) {
	for _, c := range []struct {
		source string
		want   []string
	}{
		{"Pacific Forum Meetings Coverage and Press Releases", []string{"Pacific Forum"}},
		{"Ministry of Trade Press Releases", []string{"Ministry of Trade"}},
		{"Press Releases", []string{"Press Releases"}},
		{"Ministry of Trade", []string{"Ministry of Trade"}},
	} {
		got := publisherNames(c.source)
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("publisherNames(%q) = %v, want %v", c.source, got, c.want)
		}
	}
}

// TestPlacedAndBracketedBylines checks bylines that place each author ("A
// in X and B in Y") and a wire story's closing byline in brackets: their
// names are no entities of the page, while a headline of that shape with
// no names stays.
func TestPlacedAndBracketedBylines(t *testing.T) {
	for _, c := range []struct {
		line  string
		names []string
		ok    bool
	}{
		{"Ivana Petrak in Zagreb and Dorin Lupu in Chisinau", []string{"Ivana Petrak", "Dorin Lupu"}, true},
		{"Protests in Zagreb and Clashes in Chisinau", nil, false},
		{"Minister in Zagreb", nil, false},
		{"(By Lo Wen-hsin and Peter Calloway)", []string{"Lo Wen-hsin", "Peter Calloway"}, true},
		{"(By the way, the talks ended)", nil, false},
	} {
		names, ok := bylineShape(c.line)
		if ok != c.ok || strings.Join(names, "|") != strings.Join(c.names, "|") {
			t.Errorf("bylineShape(%q) = %v, %v; want %v, %v", c.line, names, ok, c.names, c.ok)
		}
	}
	page := "Zagreb and Chisinau sign a trade pact\n\nIvana Petrak in Zagreb and Dorin Lupu in Chisinau\nSat 3 Oct 2026 10.15 BST\n\n" +
		"Croatia and Moldova signed a trade pact on Friday, officials said.\n\n(By Lo Wen-hsin and Peter Calloway)\n"
	for _, e := range Extract(page, Meta{}).Entities {
		if e.Kind == "person" {
			t.Errorf("an author is an entity: %v", e.Name)
		}
	}
}

// TestNamesListedUnderRoles checks unfamiliar names listed under a plural
// noun of persons in lower case, after its comma or directly, and a name
// after a role's label and colon.
func TestNamesListedUnderRoles(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"The two foreign ministers, Tarkan Oyelaran and Bexhet Qorri, initialed the text.",
			[]string{"person:tarkan-oyelaran", "person:bexhet-qorri"}, nil},
		{"The mission met presidential candidates Odnel Fortuné and Wislande Pierrot on Tuesday.",
			[]string{"person:odnel-fortune", "person:wislande-pierrot"}, nil},
		{"The envoys of Chile and Peru met in Lima.", nil, []string{"person:chile"}},
	})
}

// TestCompaniesByHead checks unfamiliar companies named by words of their
// own before a head of trade ("Energy", "Robotics", "Defence & Aerospace"),
// and that a portfolio after "of", a common word the text writes in lower
// case and a title-case headline make none.
func TestCompaniesByHead(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"Traders at Vantorra Energy said the discounts would widen.", []string{"org:vantorra-energy"}, nil},
		{"Drones made by Kelmark Robotics reached the front in May.", []string{"org:kelmark-robotics"}, nil},
		{"Brennholt Defence & Aerospace and Ostvik Defence were invited to bid.",
			[]string{"org:brennholt-defence-and-aerospace", "org:ostvik-defence"}, nil},
		{"The sanctions target Dravik Tanker Management, which operates six vessels.", []string{"org:dravik-tanker-management"}, nil},
		{"He spoke to the Minister of Renewable Energy about the grid.", nil, []string{"org:renewable-energy"}},
		{"Nuclear Energy was on the agenda, and nuclear plants were discussed.", nil, []string{"org:nuclear-energy"}},
		{"Estonia Buys Kelmark Robotics Drones", nil, []string{"org:kelmark-robotics"}},
	})
}

// TestNamedFeatures checks rivers, seas and regions of WordNet's table
// (gazetteer.IsFeature) as places, several words long too, while a given
// name, a person's short name and a company named after a river are none.
func TestNamedFeatures(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"Dams on the Tigris and the Euphrates cut the flow to the south.", []string{"place:tigris", "place:euphrates"}, nil},
		{"Piracy has returned to the Horn of Africa this year.", []string{"place:horn-of-africa"}, nil},
		{"Storms crossed the Caribbean on Monday.", []string{"place:caribbean"}, nil},
		{"Chang Wei met the envoy. Chang said the talks went well.", []string{"person:chang-wei"}, []string{"place:chang"}},
		{"The sanctions target Volga Tanker Management, which runs six ships.", []string{"org:volga-tanker-management"}, []string{"place:volga"}},
	})
}

// TestVenuesOfStatesAndSaintCities checks a site named "the Palace of" a
// state after "at" as the venue, and a city of the tables written with "St"
// or "St." for "Saint", the full name an alias.
func TestVenuesOfStatesAndSaintCities(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"The two premiers held talks at the Palace of Serbia on Tuesday.", []string{"place:palace-of-serbia"}, nil},
		{"The ministers last met in St Petersburg in June.", []string{"place:st-petersburg"}, []string{"place:petersburg"}},
		{"The delegation flew to St. Petersburg on Friday.", []string{"place:st-petersburg"}, []string{"place:petersburg"}},
	})
	for _, e := range Extract("The ministers last met in St Petersburg in June.", Meta{}).Entities {
		if e.ID == "place:st-petersburg" && (e.Country != "state:RUS" || !slices.Contains(e.Aliases, "Saint Petersburg")) {
			t.Errorf("St Petersburg: country %q, aliases %v", e.Country, e.Aliases)
		}
	}
}

// TestNamesCoordinatedWithPlaces checks an unknown name coordinated with a
// place the document has named or the city table knows, before or after it,
// while coordinated persons stay persons.
func TestNamesCoordinatedWithPlaces(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"Gunmen attacked a convoy near Tamboru on Friday. The army sent troops to Kelvara and Tamboru.",
			[]string{"place:tamboru", "place:kelvara"}, nil},
		{"Drones struck Kherson and Velmaro overnight.", []string{"place:velmaro"}, nil},
		{"Ana Ruiz and Tom Ashby met in Lima on Monday.", []string{"person:ana-ruiz", "person:tom-ashby"}, []string{"place:ana-ruiz"}},
	})
}

// TestDatelineUnderNumberedHeading checks that a government document's
// dateline ("City, date") under a heading and a document number is no menu
// item, and the number line is dropped, so the city is read.
func TestDatelineUnderNumberedHeading(t *testing.T) {
	page := "PRESS RELEASE\nNo: 2026/0412\nNairobi, 4 March 2026\n\nThe minister held a phone call today with the Foreign Minister of Uganda.\n"
	if got := Clean(page); !strings.HasPrefix(got, "Nairobi, 4 March 2026") || strings.Contains(got, "0412") {
		t.Errorf("Clean = %q", got)
	}
	runEntityCases(t, []entityCase{{page, []string{"place:nairobi"}, nil}})
	if !isDocNumberLine("No. 2026/041-PR") || isDocNumberLine("No. Sir") || isDocNumberLine("No: the talks went on") {
		t.Error("isDocNumberLine")
	}
}

// TestOfficeAboveItsHolder checks a signature block whose office line stands
// above the holder's name, in capitals or after "The" and with a rank.
func TestOfficeAboveItsHolder(t *testing.T) {
	body := "The Assembly condemns the attack on the border post and calls on the Government to reinforce the border.\n\n"
	runEntityCases(t, []entityCase{
		{body + "SPEAKER OF THE ASSEMBLY\nTEODOR VALKANOV\n", []string{"person:teodor-valkanov"}, nil},
		{body + "For the Minister, by order\nThe Director of Information and Public Relations of the Defence Forces\nColonel Idrissa Kantako\n",
			[]string{"person:idrissa-kantako"}, nil},
		{body + "PRESS OFFICE OF THE ASSEMBLY\nRUE DE LA LOI\n", nil, []string{"person:rue-de-la-loi"}},
	})
}

// TestStatesEmbassies checks a state's adjective before a lower-case
// "embassy" or "consulate" as that state's organization.
func TestStatesEmbassies(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"The Chilean embassy in Lima rejected the note on Monday.", []string{"org:chilean-embassy"}, nil},
		{"The Peruvian consulate in Arica was closed.", []string{"org:peruvian-consulate"}, nil},
	})
}

// TestRoutesInThePlural checks two places joined by a hyphen before a
// route noun in the plural ("border crossings").
func TestRoutesInThePlural(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"The two leaders agreed to reopen the Ostrada-Velun border crossings.", []string{"place:ostrada", "place:velun"}, nil},
		{"Gas flows through the Tavora-Kelmini pipelines to the coast.", []string{"place:tavora", "place:kelmini"}, nil},
	})
}

// TestStreetsOfPostalAddresses checks that the street and house number
// before a postcode and its city leave the line, and nothing else does.
func TestStreetsOfPostalAddresses(t *testing.T) {
	for in, want := range map[string]string{
		"Baltic Radio, Valdemara 21, 10115 Riga":               "Baltic Radio, 10115 Riga",
		"Office of the Seimas | Gedimino 53, LT-01109 Vilnius": "Office of the Seimas | LT-01109 Vilnius",
		"The talks, 14 hours long, ended in Riga":              "The talks, 14 hours long, ended in Riga",
		"Address: Nyala, South Darfur, Sudan":                  "Address: Nyala, South Darfur, Sudan",
		"March 02, 2016 9:16 PM":                               "March 02, 2016 9:16 PM",
	} {
		if got := withoutStreet(in); got != want {
			t.Errorf("withoutStreet(%q) = %q, want %q", in, got, want)
		}
	}
}
