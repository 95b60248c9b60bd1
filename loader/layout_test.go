package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestSignatureBlocks checks that a government document's signatories are
// persons: a name alone on its line above an office, or under a "For the
// Government of ..." line; a journalist's name above their beat is still a
// byline, and a heading above an office line is no name.
func TestSignatureBlocks(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"The two sides agreed to meet again in Lusaka.\n\nFor the Republic of Zambia\nKelvin Mwansa Banda\nMinister of Foreign Affairs\n",
			[]string{"person:kelvin-mwansa-banda", "state:ZMB"}, nil},
		{"The ministry condemned the launch.\n\nPark Ji-hoon\nSpokesperson\nMinistry of Foreign Affairs\n",
			[]string{"person:park-ji-hoon"}, nil},
		{"Done at Suva on 3 May 2026.\n\nFor the Government of the Republic of Fiji\nTevita Lomani Nacola\n",
			[]string{"person:tevita-lomani-nacola"}, nil},
		{"Jane Whitcombe\nMiddle East Correspondent\n\nKenya said on Monday that talks would resume.\n",
			nil, []string{"person:jane-whitcombe"}},
		{"Lusaka Hosts Talks\nMinister of Foreign Affairs Kelvin Banda opened the meeting.\n",
			[]string{"person:kelvin-banda"}, []string{"person:lusaka-hosts-talks"}},
		{"Press Statement\nDora Whitley, Department Spokesperson\nNovember 3, 2026\n\nThe United States condemns the attack on Sumy.\n",
			[]string{"person:dora-whitley"}, nil},
		{"Jane Whitcombe, Senior Correspondent\nNovember 3, 2026\n\nKenya said on Monday that talks would resume.\n",
			nil, []string{"person:jane-whitcombe"}},
	})
}

// TestDescribedBodies checks designation-list appositions: an unknown name
// followed by ", a company ...", ", an entity that ..." is an organization,
// while an apposition headed by a person noun ("a company spokesman") and a
// sentence opener before "a group of" give none; legal suffixes (LLC, FZE)
// end a company's name.
func TestDescribedBodies(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"The Treasury designated Volnaya Trading House, a company based in Tiraspol.",
			[]string{"org:volnaya-trading-house"}, nil},
		{"It also listed Sarvan Holdings, an entity that procured parts for the programme.",
			[]string{"org:sarvan-holdings"}, []string{"person:sarvan-holdings"}},
		{"The listings include Blue Meridian Services, a shipping agent registered in Salalah.",
			nil, []string{"person:blue-meridian-services"}},
		{"Baykora, a Turkish drone maker, signed the contract.",
			nil, []string{"person:baykora"}},
		{"Officials met Karim Haddad, a company spokesman, in Beirut.",
			[]string{"person:karim-haddad"}, []string{"org:karim-haddad"}},
		{"However, a group of gunmen attacked the convoy.", nil, []string{"org:however"}},
		{"The UK also sanctioned Grom Logistics and Baltika Trade, two firms that moved components to Russia.",
			[]string{"org:grom-logistics", "org:baltika-trade"}, []string{"person:grom-logistics"}},
		{"Anna Sorokina owns Nordwind Logistics LLC. Desert Falcon General Trading FZE paid the suppliers.",
			[]string{"org:nordwind-logistics-llc", "org:desert-falcon-general-trading-fze"}, nil},
	})
}

// TestBodyNameShapes checks the shapes of bodies' and persons' names in
// government documents: a possessive inside a body's name, two bodies joined
// by "and the", a bracketed acronym the document defines (over the
// gazetteer's body of the same acronym), unit and headquarters heads, titles
// abbreviated or honourable, and offices or journals that are no persons.
func TestBodyNameShapes(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"The Uganda People's Defence Force said the border was calm.",
			[]string{"org:uganda-peoples-defence-force"}, nil},
		{"The Council urged the SPLM-IO and the National Salvation Front to return to the talks.",
			[]string{"org:splm-io", "org:national-salvation-front"}, []string{"org:splm-io-and-the-national-salvation-front"}},
		{"The acts were published in the Official Journal of the European Union.",
			[]string{"org:eu"}, []string{"person:journal"}},
		{"The delegation included Wale Adebayo, Minister of Finance and Coordinating Minister of the Economy.",
			[]string{"person:wale-adebayo"}, []string{"person:coordinating"}},
		{"He met the head of the Kenya Ports Authority (KPA), Capt. Abdallah Hamisi Mwinyi, on port training. KPA staff attended.",
			[]string{"org:kenya-ports-authority", "person:abdallah-hamisi-mwinyi"}, []string{"org:kpa", "org:korean-peoples-army"}},
		{"The delegation was received by Hon. Adi Salote Vunivalu.", []string{"person:adi-salote-vunivalu"}, nil},
		{"The Defence Headquarters said two members of the Garuda Contingent were wounded.",
			[]string{"org:defence-headquarters", "org:garuda-contingent"}, nil},
		{"The two leaders held talks at Jubilee House before troops swept the Sambisa Forest.",
			[]string{"place:jubilee-house", "place:sambisa-forest"}, nil},
		{"Kenyatta's visit to Trump's White House was rare.", []string{"place:white-house"}, []string{"place:trumps-white-house"}},
	})
}

// TestAgreementBetween checks that an agreement "between X and Y" away from
// its noun binds X and Y, never those who welcomed it.
func TestAgreementBetween(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"between after a date", "The Presidents of Kenya and Fiji welcomed the codeshare agreement concluded on 4 March 2024 between Kenya Airways and Fiji Airways.",
			[]string{"Kenya Airways -agreed-> Fiji Airways (asserted)"}},
	})
}

// TestSubscriptionNote checks that an agency's note on its subscription
// service is page furniture: the service's acronym becomes no body.
func TestSubscriptionNote(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"Kenya sent aid to Sudan on Monday.\n\nThe agency website contains only a portion of the stories offered to subscribers in the Wire Distribution Service (WDX). Please contact us for subscription options.\n",
			[]string{"state:KEN", "state:SDN"}, []string{"org:wdx", "org:wire-distribution-service"}},
	})
}

// TestStatementNames checks the names of police, military and briefing
// texts: "one X" introduces a person, "Operation X" and numbered units are
// bodies, a questioner's outlet in the label is a body, a signature in
// capitals with a rank gives the person, "X-based" makes X a place, a
// speaker's "our ... agency" describes a body, and "at State House" is a site.
func TestStatementNames(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"Troops arrested a fuel supplier, one Ali Kachalla Bukar, at Gubio.",
			[]string{"person:ali-kachalla-bukar"}, nil},
		{"The Air Component of Operation LAFIYA DOLE struck the camp of the 12 Mechanised Brigade.",
			[]string{"org:operation-lafiya-dole", "org:12-mechanised-brigade"}, nil},
		{"SPOKESPERSON: Welcome.\n\nQ: (Kompasia) Thank you. What about Gaza?\n\nQ: (Rina Halim, Tempora) Is it true?\n",
			[]string{"org:kompasia", "org:tempora", "person:rina-halim"}, []string{"org:rina-halim"}},
		{"Troops will continue operations in the area.\n\nBRIGADIER GENERAL TUNDE ADEKUNLE OKAFOR\nDIRECTOR ARMY PUBLIC RELATIONS\n",
			[]string{"person:tunde-adekunle-okafor"}, []string{"person:public-relations", "person:army-public-relations"}},
		{"Hailan Trading, a Guangzhou-based electronics trader, shipped the parts.",
			[]string{"org:hailan-trading", "place:guangzhou"}, []string{"person:hailan-trading"}},
		{"Bakorda, our maritime security agency, has reported no contact.", []string{"org:bakorda"}, nil},
		{"Meanwhile, our company has grown.", nil, []string{"org:meanwhile"}},
		{"The two Leaders held talks at State House, Nairobi.", []string{"place:state-house"}, nil},
		{"The SADC Organ on Politics, Defence and Security Cooperation met the Panel of Facilitators.",
			[]string{"org:sadc-organ-on-politics-defence-and-security-cooperation", "org:panel-of-facilitators"}, nil},
	})
}

// TestPlaceShapes checks places named by their context: after a place noun
// and "of" (a first name inside stays a place), the last of the places such
// a noun introduces, a name with a particle before a known city's name
// ("da Praia"), and the lines of an address ("Deira, Dubai, United Arab
// Emirates"); a person before a city in running text stays no place.
func TestPlaceShapes(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"The strike hit the Al-Zawaida area of Khan Younis on Sunday.",
			[]string{"place:khan-younis"}, []string{"person:khan-younis"}},
		{"The insurgents attacked the towns of Mocímboa da Praia and Quissanga in Cabo Delgado.",
			[]string{"place:mocimboa-da-praia", "place:quissanga"}, []string{"state:CPV"}},
		{"BLUE FALCON TRADING LLC, Deira, Dubai, United Arab Emirates [SDGT].",
			[]string{"place:deira"}, nil},
		{"Media Centre, 12 Church Street, Arcadia, Pretoria",
			[]string{"place:arcadia"}, nil},
		{"He met Smith, London, and others.", nil, []string{"place:smith"}},
	})
}

// TestGivenNameTitles checks a role word that is also a given name: a title
// before a role head ("the Amir Sheikh Tamim ..."), a name otherwise
// ("Amir Khan Muttaqi").
func TestGivenNameTitles(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"His Highness the Amir Sheikh Tamim bin Hamad Al Thani held talks with President Emmanuel Macron.",
			[]string{"person:tamim-bin-hamad-al-thani"}, []string{"person:amir-sheikh-tamim-bin-hamad-al"}},
		{"Foreign Minister Amir Khan Muttaqi met the envoy.", []string{"person:amir-khan-muttaqi"}, nil},
	})
}

// TestPrecisionBoundaries checks three sources of false facts: an object
// sought past the closing quote into the speaker ("...," Salim told), the
// object of an earlier verb or of "the efforts of" taken as the subject of
// a coordinated verb, and a flag state taken for a ship's owner (the ship
// is the target).
func TestPrecisionBoundaries(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"quote closes the object", "Foreign Minister Amal Nour of Sudan met Hakan Fidan.\n\n\"The Rapid Support Forces attacked the displacement camps in the last two weeks,\" Nour told reporters.",
			[]string{"Amal Nour -met-> Hakan Fidan (asserted)"}},
		{"object of the verb before", "Foreign Minister Amal Nour thanked Türkiye for its support and accused the United Arab Emirates of arming the Rapid Support Forces.",
			[]string{"Amal Nour -accused-> United Arab Emirates (asserted)", "United Arab Emirates -supplied-> Rapid Support Forces (alleged, by Amal Nour)"}},
		{"object of 'the efforts of'", "They welcomed the efforts of IGAD and the African Union and urged the SPLM-IO to return to the talks.", nil},
		{"flag state", "The Houthis fired two missiles at the Liberia-flagged carrier MV Sea Harmony.",
			[]string{"Houthis -attacked-> MV Sea Harmony (asserted)"}}, // the ship, never its flag state
	})
}

// TestVisitDestinations checks a visit to a company's plant: the plant's
// place is the destination (and its state), the company is no place.
func TestVisitDestinations(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"company's plant", "Poland's Deputy Defense Minister Pawel Bejda visited Hanwha Aerospace's plant in Changwon on 5 March 2024.",
			[]string{"Pawel Bejda -visited-> Changwon (asserted)"}},
	})
	runEntityCases(t, []entityCase{
		{"Pawel Bejda visited Hanwha Aerospace's plant in Changwon.", []string{"org:hanwha-aerospace", "place:changwon"}, []string{"place:hanwha-aerospace"}},
	})
}

// TestCamelCaseCompanies checks that a lone word with a capital inside is a
// company ("QatarEnergy"), and that surnames written so ("McCarthy",
// "DeSantis") and names of several words stay persons.
func TestCamelCaseCompanies(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"The deal between GulfPetro and NordEnergies was signed in Paris.",
			[]string{"org:gulfpetro", "org:nordenergies"}, nil},
		{"Kevin McCarthy and Ron DeSantis spoke on Monday.",
			[]string{"person:kevin-mccarthy", "person:ron-desantis"}, []string{"org:mccarthy", "org:desantis"}},
	})
}

// TestWarningsAndSharing checks a warning that promises a consequence (also
// a threat, "would pay a dear price") and sharing information as
// cooperation; a warning without one stays a warning.
func TestWarningsAndSharing(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"price", "Kim Yo Jong warned South Korea on 5 March 2024 that it would pay a dear price for the drills.",
			[]string{"Kim Yo Jong -threatened-> South Korea (asserted)", "Kim Yo Jong -warned-> South Korea (asserted)"}},
		{"plain warning", "Kim Yo Jong warned South Korea on 5 March 2024 against holding the drills.",
			[]string{"Kim Yo Jong -warned-> South Korea (asserted)"}},
		{"sharing", "South Korea said its military is closely sharing information with Japan.",
			[]string{"South Korea -cooperated-> Japan (asserted)"}},
	})
}

// TestTrailingQuoteSpeaker checks that the "we" and "our" of a quotation
// that opens the sentence are the speaker named after it.
func TestTrailingQuoteSpeaker(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"we", "\"We strongly condemn North Korea's missile launch,\" the Joint Chiefs of Staff said.",
			[]string{"Joint Chiefs of Staff -criticized-> North Korea (asserted)"}},
		{"our", "\"Our military strongly condemns North Korea's launch as a provocation,\" the Joint Chiefs of Staff said.",
			[]string{"Joint Chiefs of Staff -criticized-> North Korea (asserted)"}},
		{"no speaker after", "\"We strongly condemn North Korea's missile launch.\"", nil},
	})
}

// TestTheyAfterCountedPeople checks that "they" after a count of people no
// mention names are those people, not the last two parties.
func TestTheyAfterCountedPeople(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"counted workers", "Foreign Minister Sugiono met Ferdinand Marcos in Manila on 4 March 2024. Our embassy has assisted 112 Indonesian migrant workers who were deported from Sabah. They arrived in Nunukan on Sunday.",
			[]string{"Sugiono -met-> Ferdinand Marcos (asserted)"}},
	})
}

// TestPassiveDesignations checks that a designation in the passive without a
// by-agent ("X and Y are being designated pursuant to ...") is the notice's
// designator's, named by an active designation before, and is dated by the
// notice, not by the story's last date.
func TestPassiveDesignations(t *testing.T) {
	pub, _ := graph.ParseDate("2026-09-17")
	text := "Today, the Office of Foreign Assets Control designated three individuals and four entities. " +
		"The Houthis fired two missiles at a carrier on August 30, 2026.\n\n" +
		"Karim Haddad and Omar Saleh are being designated pursuant to Executive Order 13224."
	x := Extract(text, Meta{Published: pub})
	names := map[string]string{}
	for _, e := range x.Entities {
		names[e.ID] = e.Name
	}
	got := 0
	for _, e := range x.Edges {
		if e.Type != graph.Sanctioned {
			continue
		}
		got++
		if names[e.From] != "Office of Foreign Assets Control" || e.Date.String() != "2026-09-17" {
			t.Errorf("%s -sanctioned-> %s on %s, want the Office of Foreign Assets Control on 2026-09-17", names[e.From], names[e.To], e.Date)
		}
	}
	if got != 2 {
		t.Errorf("%d sanctions, want 2 (Karim Haddad, Omar Saleh)", got)
	}
}

// TestBilateralNames checks the relation a two-state name states: an
// agreement's (agreed), a corridor's or council's (cooperated); a name of
// one state gives none.
func TestBilateralNames(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"agreement", "He spoke about the Saudi-Pakistan Strategic Mutual Defence Agreement.",
			[]string{"Saudi Arabia -agreed-> Pakistan (asserted)"}},
		{"corridor", "The ministers reviewed the China-Pakistan Economic Corridor (CPEC).",
			[]string{"China -cooperated-> Pakistan (asserted)"}},
		{"council", "The two ministers co-chaired the India–Saudi Arabia Strategic Partnership Council.",
			[]string{"India -cooperated-> Saudi Arabia (asserted)"}},
		{"one state", "The ministers reviewed the Pakistan Economic Corridor.", nil},
	})
}

// TestReturnedFrom checks that returning from a place is having visited it.
func TestReturnedFrom(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"returned from", "President Javier Milei returned from New York on 3 March 2024.",
			[]string{"Javier Milei -visited-> New York (asserted)"}},
		{"no place", "The troops returned from patrol.", nil},
	})
}

// TestMediaAndIslands checks outlets named by a media head ("Global Times:",
// "Shenzhen TV", "the Official Journal of the European Union") and an island
// named with the Chinese "Dao", which is no person.
func TestMediaAndIslands(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"Lin Jian: Welcome.\n\nGlobal Times: What is your comment?\n\nLin Jian: Huangyan Dao is China's territory.\n",
			[]string{"org:global-times", "place:huangyan-dao"}, []string{"person:huangyan-dao"}},
		{"The acts were published in the Official Journal of the European Union.",
			[]string{"org:official-journal-of-the-european-union"}, nil},
	})
}

// TestBareSummit checks that "Summit" without an article opening a
// communiqué's clause is the body whose summit the communiqué reports, and
// that "the attacks carried out by X" names the attackers it condemns.
func TestBareSummit(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"summit condemned", "The Extraordinary Summit of the Southern African Development Community (SADC) was held in Lusaka.\n\n5. Summit strongly condemned the attacks carried out by the Rapid Support Forces on the town of Kadugli.",
			[]string{"Southern African Development Community -criticized-> Rapid Support Forces (asserted)", "Rapid Support Forces -attacked-> Kadugli (asserted)"}},
		{"no summit named", "5. Summit strongly condemned the attacks.", nil},
	})
}

// TestHeaderSpeaker checks that the person a document's heading names as its
// speaker ("Briefing by ... Maria Zakharova") is the "we" of its text until a
// question; a heading without "by" names none.
func TestHeaderSpeaker(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"briefing by", "Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, November 26, 2026\n\nOn the situation at the plant\n\nWe call on IAEA Director General Rafael Grossi to give an assessment of these actions.",
			[]string{"Maria Zakharova -urged-> Rafael Grossi (asserted)"}},
		{"no speaker", "Briefing on the situation at the plant\n\nWe call on IAEA Director General Rafael Grossi to give an assessment of these actions.", nil},
	})
}

// TestRoleLabelSpeaker checks a transcript whose turns are labelled by an
// office ("SPOKESPERSON:"): the person the heading names after the same
// label speaks them, also after a question.
func TestRoleLabelSpeaker(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"spokesperson", "Transcript of the Weekly Press Briefing\nSpokesperson: Arif Wicaksono, Director of Information and Media\n\nSPOKESPERSON: Good afternoon.\n\nQ: (Antara) What is your response?\n\nSPOKESPERSON: We urge Israel to respect the inviolability of UN personnel.",
			[]string{"Arif Wicaksono -urged-> Israel (asserted)"}},
		{"no holder", "SPOKESPERSON: We urge Israel to respect the inviolability of UN personnel.", nil},
	})
}

// TestCondemnedEventDate checks that the date of a condemned attack dates
// neither the condemnation nor the story after it.
func TestCondemnedEventDate(t *testing.T) {
	pub, _ := graph.ParseDate("2026-11-05")
	text := "On 4 November 2026, President Ruto of Kenya held talks with Prime Minister Rabuka of Fiji in Nairobi. " +
		"President Ruto condemned the attack carried out by Al-Shabaab on a police camp in Lamu County on 27 October 2026. " +
		"He urged the Green Climate Fund to simplify access."
	x := Extract(text, Meta{Published: pub})
	want := map[graph.RelationType]string{graph.Criticized: "2026-11-04", graph.Urged: "2026-11-04"}
	seen := map[graph.RelationType]bool{}
	for _, e := range x.Edges {
		if w, ok := want[e.Type]; ok {
			seen[e.Type] = true
			if e.Date.String() != w {
				t.Errorf("%s %s -> %s dated %s, want %s", e.Type, e.From, e.To, e.Date, w)
			}
		}
	}
	for typ := range want {
		if !seen[typ] {
			t.Errorf("no %s fact in %q", typ, text)
		}
	}
}

// TestReceivedByTitledAgent checks a passive reception whose agent is a
// person named after a long title in apposition.
func TestReceivedByTitledAgent(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"received by the title, name", "Prime Minister Sitiveni Rabuka of Fiji arrived in Nairobi on 3 March 2024. On arrival, the Prime Minister was received by the Prime Cabinet Secretary and Cabinet Secretary for Foreign and Diaspora Affairs, Hon. Musalia Mudavadi.",
			[]string{"Sitiveni Rabuka -visited-> Nairobi (asserted)", "Sitiveni Rabuka -met-> Musalia Mudavadi (asserted)"}},
	})
}

// TestCoordinatedPersons checks that a name no list knows is a person when
// coordinated with a person before or after it, and that the last of a
// list of places stays a place.
func TestCoordinatedPersons(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"Karim Haddad and Tamer Saleh are being designated pursuant to the order.",
			[]string{"person:karim-haddad", "person:tamer-saleh"}, nil},
		{"Officials named Tamer Saleh and Karim Haddad as facilitators.",
			[]string{"person:karim-haddad", "person:tamer-saleh"}, nil},
		{"Iran occupies the islands of Greater Tunb, Lesser Tunb and Abu Musa.",
			[]string{"place:lesser-tunb", "place:abu-musa"}, []string{"person:lesser-tunb", "person:abu-musa"}},
	})
}

// TestRoutesVenuesCompanies checks two places joined before a route noun,
// a centre after "at" as a venue (a place), a free zone as a site, and a
// company's "Co., Ltd." inside its name.
func TestRoutesVenuesCompanies(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"The ministers agreed to reopen the Davao-Manado ferry route.", []string{"place:davao", "place:manado"}, nil},
		{"The summit was held at the Mulungushi International Conference Centre in Lusaka.",
			[]string{"place:mulungushi-international-conference-centre"}, []string{"org:mulungushi-international-conference-centre"}},
		{"The Kofi Annan International Peacekeeping Training Centre trained the officers.",
			[]string{"org:kofi-annan-international-peacekeeping-training-centre"}, nil},
		{"Crescent Dune, a company in the Sharjah Airport International Free Zone, paid suppliers.",
			[]string{"place:sharjah-airport-international-free-zone", "org:crescent-dune"}, nil},
		{"Hailan Electronics Co., Ltd. supplied the parts.", []string{"org:hailan-electronics-co-ltd"}, nil},
	})
}

// TestCompassRegion checks a region named by two compass points.
func TestCompassRegion(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"Troops continued operations in the North East on Monday.", []string{"place:north-east"}, nil},
	})
}

// TestInternationalSeat checks that meeting an organization's officer in a
// city that seats it is no visit to the host state, while a visit there
// with no organization named is.
func TestInternationalSeat(t *testing.T) {
	pub, _ := graph.ParseDate("2026-11-26")
	visitsUSA := func(text string) bool {
		for _, e := range Extract(text, Meta{Published: pub}).Edges {
			if e.Type == graph.Visited && e.To == "state:USA" {
				return true
			}
		}
		return false
	}
	if visitsUSA("On November 25, Permanent Representative of Russia to the UN Vassily Nebenzia met with UN Secretary-General Antonio Guterres in New York.") {
		t.Error("a meeting with the UN Secretary-General in New York is a visit to the United States")
	}
	if !visitsUSA("On November 25, Russian Foreign Minister Sergey Lavrov arrived in New York.") {
		t.Error("Lavrov's arrival in New York is no visit to the United States")
	}
}

// TestAnotherEventsAgent checks that the agent of a second coordinated event
// ("and the Houthi attacks on shipping") is no target of the first.
func TestAnotherEventsAgent(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"two attacks", "The two Presidents condemned the attacks by Al-Shabaab on civilians in Lamu County and the Houthi attacks on commercial shipping in the Red Sea.",
			[]string{"al-Shabaab -attacked-> Lamu County (asserted)"}},
	})
}

// TestCompassRegionOfState checks that "southern Lebanon" is a place of
// Lebanon besides the state itself.
func TestCompassRegionOfState(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"Israeli strikes hit villages in southern Lebanon on Sunday.", []string{"place:southern-lebanon", "state:LBN"}, nil},
	})
}

// TestSiteOfThe checks sites named "Head of the Name": "the Tomb of the
// Unknown Soldier", "the Palace of the Nations".
func TestSiteOfThe(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"The Prime Minister laid a wreath at the Tomb of the Unknown Soldier in Nairobi.",
			[]string{"place:tomb-of-the-unknown-soldier"}, []string{"person:unknown-soldier"}},
		{"The talks were held at the Palace of the Nations in Geneva.", []string{"place:palace-of-the-nations"}, nil},
	})
}
