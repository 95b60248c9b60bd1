package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestDesignationOfListedPersons checks a designation whose object names
// the persons or entities of a list given further on ("designated the
// persons and entities listed in the Annex to this Notice", "the
// individuals set out below"): each row of the list is sanctioned, as after
// "the following persons". A prose paragraph that names a designated body
// before the list is no row, and a list that no designation announced
// sanctions nobody.
func TestDesignationOfListedPersons(t *testing.T) {
	rows := "ANNEX\n\nIndividuals\n\n1. NAZAROV, Oleg Ivanovich\nDOB: 01/02/1970. Nationality: Russia.\n\n" +
		"Entities\n\n2. VOLGA AEROTECH LLC\nAddress: Kazan, Russia.\n"
	reasons := "2. Statement of reasons\n\nVolga Aerotech LLC, a Kazan-based manufacturer, builds drone engines.\n\n"
	want := []string{
		"Foreign, Commonwealth and Development Office -sanctioned-> Oleg Ivanovich Nazarov (asserted)",
		"Foreign, Commonwealth and Development Office -sanctioned-> VOLGA AEROTECH LLC (asserted)",
	}
	runRecallCases(t, []recallCase{
		{"listed in the Annex", "FINANCIAL SANCTIONS NOTICE\n\n1. The Foreign, Commonwealth and Development Office (FCDO) has today designated the persons and entities listed in the Annex to this Notice.\n\n" + reasons + rows, []string{
			// the body keeps the name the prose gave it first
			"Foreign, Commonwealth and Development Office -sanctioned-> Oleg Ivanovich Nazarov (asserted)",
			"Foreign, Commonwealth and Development Office -sanctioned-> Volga Aerotech LLC (asserted)",
		}},
		{"set out below", "FINANCIAL SANCTIONS NOTICE\n\nThe Foreign, Commonwealth and Development Office (FCDO) designated the individuals and entities set out below.\n\n" + rows, want},
		{"entities named in a schedule", "The Foreign, Commonwealth and Development Office (FCDO) designated the entities named in Schedule 2.\n\n" + rows, want},
		{"no designation of the list", "FINANCIAL SANCTIONS NOTICE\n\nThe Foreign, Commonwealth and Development Office (FCDO) published the persons listed in the Annex.\n\n" + rows, nil},
		{"listed persons are no list's", "The Foreign, Commonwealth and Development Office (FCDO) designated the persons who were listed in the press.\n\n" + rows, nil},
	})
}

// TestCapitalAsSupplySource checks that a capital after "from" is the state
// that sells when a supply stands before it in its clause ("bought more
// drones from Ankara"), and stays the city a journey starts from.
func TestCapitalAsSupplySource(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"bought from a capital", "Niger has bought more drones from Ankara.",
			[]string{"Turkey -supplied-> Niger (asserted)"}},
		{"imports from a capital", "Egypt imports gas from Jerusalem.",
			[]string{"Israel -supplied-> Egypt (asserted)"}},
		{"received from a capital", "Iran received drones from Moscow in 2023.",
			[]string{"Russia -supplied-> Iran (asserted)"}},
		{"a journey from a capital", "The delegation travelled from Ankara to Niamey.", nil},
	})
}

// TestTakeDelivery checks "take delivery of" as a reception: the side the
// goods come from supplies the subject.
func TestTakeDelivery(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"took delivery", "Niger took delivery of its first Bayraktar drones from Turkey in 2022.",
			[]string{"Turkey -supplied-> Niger (asserted)"}},
		{"has taken delivery", "Poland has taken delivery of 24 K2 tanks from South Korea.",
			[]string{"South Korea -supplied-> Poland (asserted)"}},
		{"no supplier named", "The navy took delivery of a new frigate on Monday.", nil},
	})
}

// TestJuntaActsForItsState checks "junta" as a collective actor of the
// state its adjective names, as "army" or "government" is.
func TestJuntaActsForItsState(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"the Malian junta", "The Malian junta accused Algeria of sheltering rebels.",
			[]string{"Mali -accused-> Algeria (asserted)"}},
	})
}

// TestGovernmentNamedBefore checks "the federal government" alone after
// the text named "the federal government in Mogadishu": the same state. A
// government with another adjective, or none, is not taken for it.
func TestGovernmentNamedBefore(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"the federal government again", "The federal government in Mogadishu rejected the vote as illegal. In February, the federal government accused Kenya of meddling.",
			[]string{"Somalia -accused-> Kenya (asserted)"}},
		{"the transitional authorities again", "The transitional authorities in Bamako expelled the envoy. On Monday the transitional authorities accused Algeria of sheltering rebels.",
			[]string{"Mali -accused-> Algeria (asserted)"}},
		{"another adjective", "Sanchez urged the government of Nicolas Maduro to act. Governor Villamizar criticized the national government on Monday.",
			[]string{"Pedro Sanchez -urged-> Venezuela (asserted)"}},
		{"never named", "The federal government accused Kenya of meddling.", nil},
	})
}

// TestGovernmentBodyPublishes checks a document published by a government
// body the gazetteer knows ("HM Treasury, Office of Financial Sanctions
// Implementation"): its offices speak for the body's state, the Secretary
// of State with his portfolio too ("for Foreign, Commonwealth and
// Development Affairs", whose comma opens no name). A ministry's generic
// name ("Ministry of Defence") names no state, and an office followed by
// its holder's name stays his ("the Minister for Foreign Affairs of
// Ukraine Andrii Sybiha").
func TestGovernmentBodyPublishes(t *testing.T) {
	pub, _ := graph.ParseDate("2026-11-10")
	rows := " has today designated the following persons:\n\n1. SOKOLOV, Dmitry Andreyevich\nDOB: 14/03/1978. POB: Yekaterinburg, Russia.\n"
	sokolov := []string{"United Kingdom -sanctioned-> Dmitry Andreyevich Sokolov (asserted)"}
	runRecallCasesMeta(t, Meta{Published: pub, Source: "HM Treasury, Office of Financial Sanctions Implementation"}, []recallCase{
		{"the Foreign Secretary", "The Foreign Secretary" + rows, sokolov},
		{"the Secretary of State", "The Secretary of State" + rows, sokolov},
		{"with his portfolio", "The Secretary of State for Foreign, Commonwealth and Development Affairs" + rows, sokolov},
	})
	runRecallCasesMeta(t, Meta{Published: pub, Source: "Ministry of Defence"}, []recallCase{
		{"a generic ministry", "The Secretary of State" + rows, nil},
	})
	runRecallCasesMeta(t, Meta{Published: pub, Source: "Ministry of Foreign Affairs of Ukraine"}, []recallCase{
		{"an office and its holder", "Statement by the Minister for Foreign Affairs of Ukraine Andrii Sybiha at the OSCE Ministerial Council\n\nLast week, I met the Secretary General of the OSCE, Feridun Sinirlioglu, in Kyiv.\n", []string{
			"Andrii Sybiha -met-> Feridun Sinirlioglu (asserted)",
			"Feridun Sinirlioglu -visited-> Kyiv (asserted)"}},
	})
}

// TestMoneyLent checks a loan as a supply to the party that is lent the
// money, named as the first object; support lent to a cause is none.
func TestMoneyLent(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"lent", "China has lent Kyrgyzstan more than $1.7bn.", []string{"China -supplied-> Kyrgyzstan (asserted)"}},
		{"is lending", "Saudi Arabia is lending Egypt $5 billion.", []string{"Saudi Arabia -supplied-> Egypt (asserted)"}},
		{"loaned", "Japan has loaned Sri Lanka $500 million.", []string{"Japan -supplied-> Sri Lanka (asserted)"}},
		{"support lent", "France lent its support to Ukraine on Monday.", nil},
	})
}

// TestAgentDescribedBeforeItsName checks a by-phrase agent whose name a
// group's description precedes: "by the paramilitary Rapid Support Forces".
func TestAgentDescribedBeforeItsName(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"paramilitary", "The shelling of El Obeid by the paramilitary Rapid Support Forces on Thursday killed 14 civilians.",
			[]string{"Rapid Support Forces -attacked-> El Obeid (asserted)"}},
		{"determiner only", "The shelling of El Obeid by the Rapid Support Forces on Thursday killed 14 civilians.",
			[]string{"Rapid Support Forces -attacked-> El Obeid (asserted)"}},
	})
}

// TestStruckInSubjectsPlace checks a passive attack whose subject names no
// party but a place after a locative word ("a camp outside El Obeid was
// struck"): the place is the target. Weapons fired by someone strike for
// him ("by drones launched by the RSF").
func TestStruckInSubjectsPlace(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"place in the subject", "A camp outside Kharkiv was struck by Russia on Sunday.",
			[]string{"Russia -attacked-> Kharkiv (asserted)"}},
		{"weapons and their state", "Two power plants in Kharkiv were hit by Russian ballistic missiles overnight.",
			[]string{"Russia -attacked-> Kharkiv (asserted)"}},
		{"drones launched by", "Two army positions on the outskirts of El Fasher were hit by drones launched by the paramilitary Rapid Support Forces on Sunday.",
			[]string{"Rapid Support Forces -attacked-> El Fasher (asserted)"}},
		{"no attack", "A deal mediated by Qatar was signed in Doha on Monday.", nil},
		{"no party", "The talks in Doha were attacked by critics.", nil},
	})
}

// TestUrgedToHaltAnAct checks an act whose end is urged: the act is under
// way ("urged Israel to halt its strikes on Lebanon"), while an act urged
// to begin has not happened.
func TestUrgedToHaltAnAct(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"halt its strikes", "Egypt urged Israel to halt its strikes on Lebanon.",
			[]string{"Egypt -urged-> Israel (asserted)", "Israel -attacked-> Lebanon (asserted)"}},
		{"stop its air strikes", "Egypt urged Israel to stop its air strikes on Lebanon.",
			[]string{"Egypt -urged-> Israel (asserted)", "Israel -attacked-> Lebanon (asserted)"}},
		{"launch strikes", "Egypt urged Israel to launch strikes on Lebanon.",
			[]string{"Egypt -urged-> Israel (asserted)", "Israel -attacked-> Lebanon (speculative)"}},
	})
}
