package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestPronounAfterOpener checks "he" and "she" as the subject after a
// phrase that opens the sentence without a subject of its own: the persons
// named in the phrase (an agent after "by", an object after "with") are
// passed over for the person the discourse is about, the last person who
// was a sentence's subject.
func TestPronounAfterOpener(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"participle with a by-agent",
			"Trade Minister Maria Santos led the delegation for a decade. Named envoy by President Luis Arce in 2020, she travelled to Lima to meet Dina Boluarte.",
			[]string{"Maria Santos -visited-> Lima (asserted)", "Maria Santos -met-> Dina Boluarte (asserted)"}},
		{"prepositional opener naming another person",
			"Foreign Minister Kofi Mensah served until 2004. After a dispute with President John Kufuor, he visited Abuja.",
			[]string{"Kofi Mensah -visited-> Abuja (asserted)"}},
		{"a sentence with no person subject between",
			"Foreign Minister Anna Lind chaired the talks. Sweden sent observers to the region. Praised by Prime Minister Goran Persson, she visited Riga.",
			[]string{"Anna Lind -visited-> Riga (asserted)"}},
		{"an adverbial clause with its own subject keeps its rule",
			"Foreign Minister Anna Lind chaired the talks. When Goran Persson arrived in Riga, he met Krisjanis Karins.",
			[]string{"Goran Persson -visited-> Riga (asserted)", "Goran Persson -met-> Krisjanis Karins (asserted)"}},
	})
}

// TestPronounInObjectRelative checks "he" or "she" as the subject of an
// object relative clause: not the person the clause is about ("X, whom he
// urged"), but the subject of the clause X belongs to.
func TestPronounInObjectRelative(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"the same pronoun as the main clause",
			"Former foreign minister Kofi Mensah chaired the panel. In 1996 he flew to Freetown to meet rebel leader Foday Sankoh, whom he urged to sign the accord.",
			[]string{"Kofi Mensah -visited-> Freetown (asserted)", "Kofi Mensah -met-> Foday Sankoh (asserted)", "Kofi Mensah -urged-> Foday Sankoh (asserted)"}},
		{"a named main subject",
			"Sergey Lavrov met Ayman Safadi, whom he urged to keep the crossings open.",
			[]string{"Sergey Lavrov -met-> Ayman Safadi (asserted)", "Sergey Lavrov -urged-> Ayman Safadi (asserted)"}},
	})
}

// TestBothGovernments checks "both governments", "both capitals" and "the
// two capitals" as the two states of the story, not the last two persons.
func TestBothGovernments(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"both governments",
			"Thailand and Cambodia traded fire along the border on Saturday. On Sunday, US Secretary of State Marco Rubio urged both governments to stop the shooting.",
			[]string{"Marco Rubio -urged-> Thailand (asserted)", "Marco Rubio -urged-> Cambodia (asserted)"}},
		{"both capitals",
			"Peru and Ecuador signed a border treaty. Brazil welcomed the accord and urged both capitals to demarcate the line.",
			[]string{"Peru -agreed-> Ecuador (asserted)", "Brazil -urged-> Peru (asserted)", "Brazil -urged-> Ecuador (asserted)"}},
	})
}

// TestVenueBeforeMeeting checks a meeting's place named before its verb: a
// locative phrase opening the sentence, or a place that a ", where" clause
// holding the verb follows. A guest who meets there visits it (as with "met
// X in Y"); the host at home does not. A capital that the sentence reads
// as its state ("took him to Dodoma") is a visit to the state.
func TestVenueBeforeMeeting(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"fronted venue with a day",
			"In Nairobi on Tuesday, Ugandan Foreign Minister Jeje Odongo met Kenyan President William Ruto.",
			[]string{"Jeje Odongo -met-> William Ruto (asserted)", "Jeje Odongo -visited-> Nairobi (asserted)"}},
		{"received in a where clause",
			"The last leg took Ugandan Foreign Minister Jeje Odongo to Dodoma, where he was received by Tanzanian President Samia Suluhu Hassan.",
			[]string{"Jeje Odongo -met-> Samia Suluhu Hassan (asserted)", "Jeje Odongo -visited-> Tanzania (asserted)"}},
		{"a place in the subject is no venue",
			"Nairobi's governor, Johnson Sakaja, met Ugandan Foreign Minister Jeje Odongo.",
			[]string{"Johnson Sakaja -met-> Jeje Odongo (asserted)"}},
	})
}

// TestFleetNames checks that a fleet or flotilla heads an organization's
// name, past a sea the gazetteer knows: "the Black Sea Fleet" is the fleet,
// not the sea.
func TestFleetNames(t *testing.T) {
	checkOrganizations(t, []orgCase{
		{"Russia's Black Sea Fleet lost a patrol ship near Sevastopol, Ukraine said.", "Black Sea Fleet"},
		{"Russia said the Caspian Flotilla fired cruise missiles at Syria.", "Caspian Flotilla"},
		{"The Pacific Fleet held drills near Hokkaido on Monday.", "Pacific Fleet"},
	})
}

// TestShotDownAndAmbush checks two verbs of force: downing another state's
// aircraft or drone, and an ambush, each against the state or group its
// object stands for.
func TestShotDownAndAmbush(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"shot down a demonym's drone",
			"The Algerian army shot down a Malian reconnaissance drone near the border on Tuesday.",
			[]string{"Algeria -attacked-> Mali (asserted)"}},
		{"shot down a helicopter",
			"Ukrainian forces shot down a Russian helicopter over Kherson.",
			[]string{"Ukraine -attacked-> Russia (asserted)"}},
		{"ambushed a column",
			"Fighters of the Azawad Liberation Front ambushed a column of Malian soldiers near Kidal.",
			[]string{"Azawad Liberation Front -attacked-> Mali (asserted)"}},
		{"no entity downed: nothing",
			"Soldiers shot down the proposal, the minister joked.",
			nil},
	})
}

// TestShotDownACountedWave checks object=one: downing a counted wave of
// drones or missiles intercepts the other side's attack and is no fact.
func TestShotDownACountedWave(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"a number", "Ukrainian air defences shot down 31 Russian drones overnight.", nil},
		{"a count word", "Polish jets shot down dozens of Russian drones over Lublin.", nil},
		{"one, with an article", "Polish jets shot down a Russian drone over Lublin.",
			[]string{"Poland -attacked-> Russia (asserted)"}},
	})
}

// TestStatementSpeaksForIssuer checks a participle after a statement noun
// that a verb issues: the statement's issuer urges, condemns or accuses.
func TestStatementSpeaksForIssuer(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"issued a statement urging",
			"Egypt issued a statement urging Israel to withdraw from Rafah.",
			[]string{"Egypt -urged-> Israel (asserted)"}},
		{"adopted a resolution condemning, coordinated issuers",
			"Kenya and Ghana adopted a joint resolution condemning Sudan's paramilitary forces.",
			[]string{"Kenya -criticized-> Sudan (asserted)", "Ghana -criticized-> Sudan (asserted)"}},
		{"a statement not issued by a named subject: nothing",
			"A statement urging Israel to withdraw was read out at the meeting.",
			nil},
	})
}

// TestAdverbBetweenAuxAndVerb checks a progressive or perfect verb with an
// adverb after its auxiliary: a verb, not a reduced relative of a noun.
func TestAdverbBetweenAuxAndVerb(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"is already supplying", "Jordan is already supplying electricity to Syria.",
			[]string{"Jordan -supplied-> Syria (asserted)"}},
		{"is now attacking", "Russia is now attacking Ukraine from the north.",
			[]string{"Russia -attacked-> Ukraine (asserted)"}},
		{"a reduced relative stays one", "Attacks threatening civilians in Sudan drew condemnation from Egypt.", nil},
	})
}

// TestRecipientsInAState checks a supply to unnamed recipients in a state,
// or to "the people of" a state: the state receives, as a place's recipients
// make the place receive. An infinitive after "to" has no recipients.
func TestRecipientsInAState(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"the people of", "Uzbekistan sent 3,000 tonnes of flour to the people of Afghanistan in May.",
			[]string{"Uzbekistan -supplied-> Afghanistan (asserted)"}},
		{"families in", "China delivered 50 tonnes of rice to displaced families in Cambodia.",
			[]string{"China -supplied-> Cambodia (asserted)"}},
		{"an infinitive, then a place", "Pyongyang sent troops to fight in Russia's Kursk region.", nil},
	})
}

// TestContractWithCompany checks that a name after "a contract with" (or a
// deal, an order) is a company unless it opens with a given name.
func TestContractWithCompany(t *testing.T) {
	checkOrganizations(t, []orgCase{
		{"Romania signed a $4.2 billion contract with Hyundai Rotem for 216 tanks.", "Hyundai Rotem"},
		{"Manila signed a deal with Garuda Marine for two patrol ships.", "Garuda Marine"},
	})
	runRecallCases(t, []recallCase{
		{"a given name stays a person", "Ghana signed a contract with John Mensah to coach its team.",
			[]string{"Ghana -agreed-> John Mensah (asserted)"}},
	})
	x := Extract("Ghana signed a contract with John Mensah to coach its team.", Meta{})
	for _, e := range x.Entities {
		if e.Name == "John Mensah" && e.Kind != graph.KindPerson {
			t.Errorf("John Mensah is a %s, want a person", e.Kind)
		}
	}
}

// TestHostedGuestsMeet checks that a host's guests meet each other, not
// only the host, when they are of different sides.
func TestHostedGuestsMeet(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"two leaders hosted",
			"Qatari Emir Tamim bin Hamad Al Thani hosted Rwandan President Paul Kagame and Congolese President Felix Tshisekedi in Doha.",
			[]string{"Tamim bin Hamad Al Thani -met-> Paul Kagame (asserted)", "Tamim bin Hamad Al Thani -met-> Felix Tshisekedi (asserted)",
				"Paul Kagame -met-> Felix Tshisekedi (asserted)", "Paul Kagame -visited-> Doha (asserted)", "Felix Tshisekedi -visited-> Doha (asserted)"}},
	})
}

// TestSanctionsTarget checks a verb of reach whose subject is sanctions
// already told: their sanctioner sanctions its object.
func TestSanctionsTarget(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"the designations target",
			"The US Treasury on Tuesday sanctioned 14 companies. The designations target Sea Dragon Shipping Ltd and Golden Meridian Bank.",
			[]string{"US Department of the Treasury -sanctioned-> Sea Dragon Shipping Ltd (asserted)", "US Department of the Treasury -sanctioned-> Golden Meridian Bank (asserted)"}},
		{"no sanctioner told: nothing",
			"The designations target Sea Dragon Shipping Ltd.", nil},
		{"a strike that targeted: an attack, as before",
			"Russian missiles targeted Odesa overnight.", []string{"Russia -attacked-> Odesa (asserted)"}},
	})
}
