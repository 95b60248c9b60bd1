package loader

import (
	"encoding/json"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
)

// recallCase is one sentence (or short text) of the recall tables and the
// facts it must give, exactly (factStrings, sorted).
type recallCase struct {
	name, text string
	want       []string
}

func runRecallCases(t *testing.T, cases []recallCase) {
	t.Helper()
	pub, _ := graph.ParseDate("2024-03-10")
	runRecallCasesMeta(t, Meta{Published: pub}, cases)
}

// runRecallCasesMeta is runRecallCases for documents with metadata meta
// (a publisher, say).
func runRecallCasesMeta(t *testing.T, meta Meta, cases []recallCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := factStrings(Extract(c.text, meta))
			sort.Strings(got)
			want := append([]string(nil), c.want...)
			sort.Strings(want)
			if len(got) == 0 && len(want) == 0 {
				return
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%q\n got %q\nwant %q", c.text, got, want)
			}
		})
	}
}

// TestEventNouns checks nominal events and light verbs: each fills its
// verb's frame, the agent from the possessor, a by-phrase or the light verb's
// subject, the patient from of/on/against/to, both sides from "between".
func TestEventNouns(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"of-patient by-agent", "The shelling of Kherson by Russian troops went on all night.",
			[]string{"Russia -attacked-> Kherson (asserted)"}},
		{"possessor agent of-patient", "Azerbaijan's bombardment of Stepanakert drew condemnation.",
			[]string{"Azerbaijan -attacked-> Stepanakert (asserted)"}},
		{"between at sentence start", "Talks between Serbia and Kosovo ended without a deal.",
			[]string{"Serbia -met-> Kosovo (asserted)"}},
		{"light verb ultimatum", "Ankara issued an ultimatum to Damascus on Friday.",
			[]string{"Turkey -threatened-> Syria (asserted)"}},
		{"light verb warning", "Seoul delivered a stern warning to Pyongyang.",
			[]string{"South Korea -warned-> North Korea (asserted)"}},
		{"received an ultimatum from", "Venezuela received an ultimatum from Washington.",
			[]string{"United States -threatened-> Venezuela (asserted)"}},
		{"got a stern warning from", "Serbia got a stern warning from the European Union.",
			[]string{"European Union -warned-> Serbia (asserted)"}},
		{"received a visit from", "Iran received a visit from the IAEA chief.",
			[]string{"International Atomic Energy Agency -visited-> Iran (asserted)"}},
		{"received weapons from is supply", "Ukraine received weapons from Germany.",
			[]string{"Germany -supplied-> Ukraine (asserted)"}},
		{"copula partners", "Kenya and Ethiopia are strategic partners.",
			[]string{"Kenya -cooperated-> Ethiopia (asserted)"}},
		{"copula allies", "Poland and Lithuania remain close allies.",
			[]string{"Poland -cooperated-> Lithuania (asserted)"}},
		{"condemned attacks by an agent", "Lithuania condemned the attacks by the Wagner Group on Kupiansk.",
			[]string{"Lithuania -criticized-> Wagner Group (asserted)", "Wagner Group -attacked-> Kupiansk (asserted)"}},
		{"came under bombardment", "Kherson came under Russian bombardment on Friday.",
			[]string{"Russia -attacked-> Kherson (asserted)"}},
		{"pounded", "Israeli warplanes pounded southern Lebanon.",
			[]string{"Israel -attacked-> Lebanon (asserted)"}},
		{"talks between sides, not the host", "Qatar hosted talks between American and Taliban negotiators.",
			[]string{"Taliban -met-> United States (asserted)"}}, // symmetric: either order
		{"partners not a predicate", "Saudi Arabia and our regional partners have the tools they need.", nil},
		{"light verb over a compound", "Russia launched a full-scale invasion of Ukraine in 2022.",
			[]string{"Russia -invaded-> Ukraine (asserted)"}},
		{"concern expressed to", "Vietnam expressed concern to China over the incident.",
			[]string{"Vietnam -warned-> China (asserted)"}},
		{"discussed with", "Wang Yi discussed the crisis with Josep Borrell.",
			[]string{"Wang Yi -met-> Josep Borrell (asserted)"}},
		{"backing is support", "France gave its full backing to Moldova.",
			[]string{"France -cooperated-> Moldova (asserted)"}},
		{"military support is supply", "Norway gave military support to Ukraine.",
			[]string{"Norway -supplied-> Ukraine (asserted)"}},
		{"support for an operation is no relation", "Denmark, Norway and Greece provided support for the mission.", nil},
		{"weapons are still supplied", "Belarus sent drones to Russia.",
			[]string{"Belarus -supplied-> Russia (asserted)"}},
	})
}

// TestAttackOnPlaceImpliesState checks that an attack on a city of the
// gazetteer's city table is an attack on its state too, with the same
// modality, date and mention, and that a war's place is no target.
func TestAttackOnPlaceImpliesState(t *testing.T) {
	pub, _ := graph.ParseDate("2024-05-10")
	x := Extract("Russian missiles struck Kharkiv on Tuesday.", Meta{Published: pub})
	var place, state *graph.Edge
	for i, e := range x.Edges {
		switch {
		case e.Type != graph.Attacked || e.From != "state:RUS":
		case e.To == "place:kharkiv":
			place = &x.Edges[i]
		case e.To == "state:UKR":
			state = &x.Edges[i]
		}
	}
	if place == nil || state == nil {
		t.Fatalf("want attacks on Kharkiv and on Ukraine, got %v", factStrings(x))
	}
	if state.Modality != place.Modality || state.Date != place.Date || state.Mentions[0] != place.Mentions[0] {
		t.Errorf("derived attack differs: %+v vs %+v", state, place)
	}
	// A war fought in a place does not target the place's state.
	x = Extract("Sudan's army has waged its war in Khartoum since April.", Meta{Published: pub})
	for _, e := range x.Edges {
		if e.To == "state:SDN" && e.From != "state:SDN" {
			t.Errorf("a war's place became its target: %v", factStrings(x))
		}
	}
}

// TestParaphrases checks triggers and frames beyond the plain verbs:
// accusations by "charged", urgings and criticisms stated as what a speaker
// says about a party, the purpose of a completed trip, and presence on a visit.
func TestParaphrases(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"a date between subject and light verb", "Canada on Friday imposed sanctions on Iran's oil ministry.",
			[]string{"Canada -sanctioned-> Iran (asserted)"}},
		{"a month named May is no hedge", "Turkey in May launched strikes on Iraq.",
			[]string{"Turkey -attacked-> Iraq (asserted)"}},
		{"an agreement to expand supplies: not yet supplied", "Chile and Peru signed an agreement to expand supplies of copper to Bolivia.",
			[]string{"Chile -agreed-> Peru (asserted)", "Chile -supplied-> Bolivia (speculative)", "Peru -supplied-> Bolivia (speculative)"}},
		{"condemned an act by its agent", "Brazil condemned the detention of two journalists by Venezuelan security forces.",
			[]string{"Brazil -criticized-> Venezuela (asserted)"}},
		{"in a place for a visit, whoever the person", "Foreign Minister Amara Diallo was in Dakar for a two-day visit.",
			[]string{"Amara Diallo -visited-> Dakar (asserted)"}},
		{"in a place without a visit: no visit of a person of unknown state", "Foreign Minister Amara Diallo was in Dakar on Tuesday.", nil},
		{"the military authorities in a state are the state", "The African Union urged the military authorities in Gabon to release the detainees.",
			[]string{"African Union -urged-> Gabon (asserted)"}},
		{"talks during an urging took place", "Kenya urged Uganda to free the detained herders during talks with Tanzania in Arusha.",
			[]string{"Kenya -urged-> Uganda (asserted)", "Kenya -met-> Tanzania (asserted)"}},
		{"blamed on", "Pakistan blamed the bombing in Quetta on Afghan militants.",
			[]string{"Pakistan -accused-> Afghanistan (asserted)"}},
		{"the country as the patient of another state's act is the subject's", "Kuwait marked the anniversary of Iraq's invasion of the country.",
			[]string{"Iraq -invaded-> Kuwait (asserted)"}},
		{"a possessor before a long modifier", "India and France signed an agreement during Emmanuel Macron's two-day state visit to New Delhi.",
			[]string{"India -agreed-> France (asserted)", "Emmanuel Macron -visited-> New Delhi (asserted)"}},
		{"handed over", "Norway has handed over two patrol boats to Ghana's navy.",
			[]string{"Norway -supplied-> Ghana (asserted)"}},
		{"a consultation is a meeting", "Chile and Peru held their annual consultation in Lima.",
			[]string{"Chile -met-> Peru (asserted)"}},
		{"charged with", "Algeria charged Morocco with spying on its diplomats.",
			[]string{"Algeria -accused-> Morocco (asserted)"}},
		{"charged that: no party", "Iran charged that the attack was planned abroad.", nil},
		{"said must", "Jordan said Israel must halt the settlement expansion.",
			[]string{"Jordan -urged-> Israel (asserted)"}},
		{"said that should", "Vietnam said that China should respect its waters.",
			[]string{"Vietnam -urged-> China (asserted)"}},
		{"must be: no urging", "Kenya said Uganda must be held accountable.", nil},
		{"a delegate with the state in brackets", "Fu Cong (China) urged the M23 to withdraw from Goma.",
			[]string{"Fu Cong -urged-> M23 (asserted)"}},
		{"said unacceptable", "Colombia said the Venezuelan decision was unacceptable.",
			[]string{"Colombia -criticized-> Venezuela (asserted)"}},
		{"said a violation", "Japan said China's actions were a clear violation of international law.",
			[]string{"Japan -criticized-> China (asserted)"}},
		{"not unacceptable", "Germany said the French proposal was not unacceptable.", nil},
		{"neutral predicate", "Germany said the French proposal was sensible.", nil},
		{"purpose of a completed trip", "Erdogan flew to Baku to meet Ilham Aliyev.",
			[]string{"Recep Tayyip Erdogan -visited-> Baku (asserted)", "Recep Tayyip Erdogan -met-> Ilham Aliyev (asserted)"}},
		{"purpose of a planned trip", "Erdogan plans to fly to Baku to meet Ilham Aliyev.",
			[]string{"Recep Tayyip Erdogan -visited-> Baku (speculative)", "Recep Tayyip Erdogan -met-> Ilham Aliyev (speculative)"}},
		{"who is on a visit to", "Xi Jinping held talks with Kassym-Jomart Tokayev, who is on a state visit to China.",
			[]string{"Kassym-Jomart Tokayev -visited-> China (asserted)", "Xi Jinping -met-> Kassym-Jomart Tokayev (asserted)"}},
		{"is on a visit", "Kassym-Jomart Tokayev is on a three-day visit to China.",
			[]string{"Kassym-Jomart Tokayev -visited-> China (asserted)"}},
		{"apposition on a visit", "Indian Foreign Minister Subrahmanyam Jaishankar, on a two-day visit to Sri Lanka, called on President Ranil Wickremesinghe.",
			[]string{"Subrahmanyam Jaishankar -visited-> Sri Lanka (asserted)", "Subrahmanyam Jaishankar -met-> Ranil Wickremesinghe (asserted)"}},
		{"during his visit", "During his visit to Colombo, Indian Foreign Minister Subrahmanyam Jaishankar met President Ranil Wickremesinghe.",
			[]string{"Subrahmanyam Jaishankar -visited-> Colombo (asserted)", "Subrahmanyam Jaishankar -met-> Ranil Wickremesinghe (asserted)"}},
		{"a trip on a schedule is no visit", "The trip is on a tight schedule.", nil},
		{"who is in X on a visit", "Olaf Scholz, who is in Brazil on a state visit, held talks with Lula.",
			[]string{"Olaf Scholz -visited-> Brazil (asserted)", "Olaf Scholz -met-> Luiz Inacio Lula da Silva (asserted)"}},
	})
}

// TestArgumentsNotBareNames checks actors named by their people, a group or
// their equipment, "the country" as the speaking state, and adjectives of
// peoples that are no places.
func TestArgumentsNotBareNames(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"partitive group", "A group of Turkish diplomats visited Libya.",
			[]string{"Turkey -visited-> Libya (asserted)"}},
		{"armed equipment enters", "Armenian tanks entered Azerbaijan.",
			[]string{"Armenia -invaded-> Azerbaijan (asserted)"}},
		{"column of troops", "A column of Eritrean troops crossed into Ethiopia.",
			[]string{"Eritrea -invaded-> Ethiopia (asserted)"}},
		{"drones entering airspace", "Several Russian drones entered Polish airspace.", nil},
		{"entered talks is no invasion", "The talks entered a new phase.", nil},
		{"the country is the speaker's", "Syria said on Monday that Israeli jets struck the country overnight.",
			[]string{"Israel -attacked-> Syria (alleged, by Syria)"}},
		{"its after a body named by its people", "The Israeli military said its jets struck Hamas positions.",
			[]string{"Israel -attacked-> Hamas (asserted)"}},
		{"a given name after 'in' is a place", "Israeli strikes on Gaza killed 20 people in Khan Younis.",
			[]string{"Israel -attacked-> Gaza (asserted)"}},
		{"targets near a place", "Israeli jets hit targets near Damascus last week.",
			[]string{"Israel -attacked-> Damascus (asserted)"}},
		{"adjective of a people is no place", "Turkish warplanes bombed Kurdish positions in northern Iraq.",
			[]string{"Turkey -attacked-> Iraq (asserted)"}},
	})
}

// TestSpeakers checks first-person speakers: a transcript's speaker label
// (also in capitals), its turn across sentences, a questioner's label ending
// it, and invisible marks inside names.
func TestSpeakers(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"label then I", "Maria Zakharova: I urge Berlin to stop the provocations.",
			[]string{"Maria Zakharova -urged-> Germany (asserted)"}},
		{"turn across sentences", "Maria Zakharova: Russia is calm. I urge Berlin to stop the provocations.",
			[]string{"Maria Zakharova -urged-> Germany (asserted)"}},
		{"question ends the turn", "Maria Zakharova: Russia is calm.\nQ: And Berlin?\nI urge Berlin to stop the provocations.", nil},
		{"capital label", "MARIA ZAKHAROVA: I urge Berlin to stop the provocations.",
			[]string{"Maria Zakharova -urged-> Germany (asserted)"}},
		{"you in an answer is the questioner's outlet", "Q: (Reuters) Has Berlin replied?\nMaria Zakharova: I urge you to read our statement.",
			[]string{"Maria Zakharova -urged-> Reuters (asserted)"}},
		{"you in a question is the one who answers", "Maria Zakharova: Russia is calm.\nQ: (Reuters) You accused Germany of provocations yesterday. Why?",
			[]string{"Maria Zakharova -accused-> Germany (asserted)"}},
		{"you in a quote is the one told", "Recep Tayyip Erdogan told Vladimir Putin: \"Turkey wants peace. We urge you to end the war.\"",
			[]string{"Recep Tayyip Erdogan -urged-> Vladimir Putin (asserted)"}},
		{"a coordinated verb's subject is the meeting's host, not its guest",
			"Saudi Foreign Minister Faisal bin Farhan met US Secretary of State Marco Rubio in Riyadh on Sunday and urged Iran to show restraint.",
			[]string{"Faisal bin Farhan -met-> Marco Rubio (asserted)", "Faisal bin Farhan -urged-> Iran (asserted)", "Marco Rubio -visited-> Riyadh (asserted)"}},
		{"a role in apposition is no subject", "William Ruto, President of Kenya, paid a visit to South Korea.",
			[]string{"William Ruto -visited-> South Korea (asserted)"}},
		{"the two presidents after a state visit", "At the invitation of President Lee Jae Myung of South Korea, President William Ruto of Kenya paid a State Visit to South Korea.\n\nThe two Presidents held talks in Seoul on Monday.",
			[]string{"William Ruto -met-> Lee Jae-myung (asserted)", "William Ruto -visited-> Seoul (asserted)"}},
		{"a communique's operative clauses are its body's", "The Security Council of Ruritania met on Monday.\n\nActing under Article 7, the Council:\n\n1. Strongly condemns Russia;\n\n2. Urges Chad to release the detainees;",
			[]string{"Security Council of Ruritania -criticized-> Russia (asserted)", "Security Council of Ruritania -urged-> Chad (asserted)"}},
		{"the rebels are the armed group, not the bloc urged last", "M23 rebels attacked Goma on Monday. Kenya urged the East African Community to act. The rebels later attacked Bukavu.",
			[]string{"Kenya -urged-> East African Community (asserted)", "M23 -attacked-> Goma (asserted)", "M23 -attacked-> Bukavu (asserted)"}},
		{"you outside quotes and transcripts is no one", "Rebels said you could see the smoke as Russia attacked Ukraine.",
			[]string{"Russia -attacked-> Ukraine (asserted)"}},
		{"zero-width joiner in a name", "Ukrainian President Volodymyr Zelen\u200dskyy visited Poland.",
			[]string{"Volodymyr Zelenskyy -visited-> Poland (asserted)"}},
		{"word joiner in a name", "Ukrainian President Volodymyr Zelen\u2060skyy visited Poland.",
			[]string{"Volodymyr Zelenskyy -visited-> Poland (asserted)"}},
	})
}

// TestDiscourseAndEntities checks datelines that place a lead's meeting,
// quoted nicknames inside names, and title-case headlines that name no one.
func TestDiscourseAndEntities(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"dateline makes a guest's visit", "ANKARA — Turkish President Recep Tayyip Erdogan held talks with Hungarian Prime Minister Viktor Orban on Monday.",
			[]string{"Recep Tayyip Erdogan -met-> Viktor Orban (asserted)", "Viktor Orban -visited-> Ankara (asserted)"}},
		{"dateline with state", "KYIV, Ukraine (AP) — Ukrainian President Volodymyr Zelenskyy met Polish President Andrzej Duda on Tuesday.",
			[]string{"Volodymyr Zelenskyy -met-> Andrzej Duda (asserted)", "Andrzej Duda -visited-> Kyiv (asserted)"}},
		{"dateline: two guests meet, no host", "ANKARA — Hungarian Prime Minister Viktor Orban held talks with Polish President Andrzej Duda on Monday.",
			[]string{"Viktor Orban -met-> Andrzej Duda (asserted)"}},
		{"two sentences", "Kenyan President William Ruto arrived in Addis Ababa on Monday. During the visit he met Ethiopian Prime Minister Abiy Ahmed.",
			[]string{"William Ruto -visited-> Addis Ababa (asserted)", "William Ruto -met-> Abiy Ahmed (asserted)"}},
		{"titled persons with their state after the name", "President Joko Widodo of Indonesia and President Lula of Brazil met on 12 July.",
			[]string{"Joko Widodo -met-> Luiz Inacio Lula da Silva (asserted)"}},
		{"the two presidents are the pair", "President Joko Widodo of Indonesia and President Lula of Brazil met on 12 July. The two Presidents signed a trade agreement.",
			[]string{"Joko Widodo -met-> Luiz Inacio Lula da Silva (asserted)", "Joko Widodo -agreed-> Luiz Inacio Lula da Silva (asserted)"}},
		{"the kingdom", "Saudi Arabia hosted the talks. The kingdom also urged Iran to show restraint.",
			[]string{"Saudi Arabia -urged-> Iran (asserted)"}},
		{"the Gulf state opening a sentence", "Qatar mediated the deal. The Gulf state later criticized Israel.",
			[]string{"Qatar -criticized-> Israel (asserted)"}},
		// ("The kingdom of Morocco" names its own state: Spain must not urge anyone)
		{"the kingdom of a named state is no back-reference", "Spain hosted the talks. The kingdom of Morocco urged Algeria to return.", nil},
		{"quoted nickname", `Commander Ahmed "Abu Bakr" al-Masri met Libyan officials.`,
			[]string{"Ahmed al-Masri -met-> Libya (asserted)"}},
		{"family name in capitals first", "Minister for Foreign Affairs KAMIKAWA Yoko held talks with Secretary of Foreign Affairs Enrique MANALO.",
			[]string{"Kamikawa Yoko -met-> Enrique Manalo (asserted)"}},
		{"acronyms stay acronyms", "NATO Secretary General Mark Rutte met Rishi Sunak.",
			[]string{"Mark Rutte -met-> Rishi Sunak (asserted)"}},
		{"headline names no one", "Foreign Ministers Hold Talks on Trade\n\nThe talks ended.", nil},
	})
	x := Extract("Foreign Ministers Hold Talks on Trade\n\nThe talks ended.", Meta{})
	for _, e := range x.Entities {
		t.Errorf("headline gave entity %s %q", e.Kind, e.Name)
	}
	// a capital acting for its state is still a named place
	x = Extract("Mogadishu accused Addis Ababa of interference.", Meta{})
	places := 0
	for _, e := range x.Entities {
		if e.ID == "place:mogadishu" || e.ID == "place:addis-ababa" {
			places++
		}
	}
	if got := factStrings(x); places != 2 || len(got) != 1 || got[0] != "Somalia -accused-> Ethiopia (asserted)" {
		t.Errorf("capitals as metonyms: %d places, facts %q", places, got)
	}
	// an organization's name ends with its state before a person's name
	x = Extract("General Secretary of the Communist Party of Vietnam To Lam visited Laos.", Meta{})
	found := false
	for _, e := range x.Entities {
		found = found || e.Kind == graph.KindOrganization && e.Name == "Communist Party of Vietnam"
	}
	if !found {
		t.Errorf("no organization Communist Party of Vietnam in %+v", x.Entities)
	}
}

// TestFactDates checks that a fact takes its date from its own clause, the
// story's date for later undated sentences, and the publication date for an
// undated lead.
func TestFactDates(t *testing.T) {
	pub, _ := graph.ParseDate("2025-04-23")
	cases := []struct {
		name, text, fact, want string
	}{
		{"own clause, not a relative clause", "Rubio condemned China's actions near Scarborough Shoal, where a Chinese ship fired water cannon on Monday.",
			"criticized", "2025-04-23"},
		{"relative clause keeps its date", "Rubio condemned China's actions near Scarborough Shoal, where Chinese warships fired water cannon at Philippine vessels on Monday.",
			"attacked", "2025-04-21"},
		{"undated lead is as published", "Japan and India agreed to deepen defence ties.", "agreed", "2025-04-23"},
		{"story date carries on", "Modi visited Tokyo on March 3. He met Kishida.", "met", "2025-03-03"},
		{"date of a relative clause does not carry on", "Modi visited Tokyo, which he last saw in 2019. He met Kishida.", "met", "2025-04-23"},
		{"relative clause without a comma", "William Ruto held talks with Yoweri Museveni about a pipeline which both parliaments approved last year.",
			"met", "2025-04-23"},
		{"a date of a reported clause stays there", "Ruto said Kenyan herders had crossed into Uganda in March. Kenya accused Uganda of harassment.",
			"accused", "2025-04-23"},
		{"an adverbial clause keeps its date", "Japan and India agreed to hold talks again ahead of the regional summit in November.",
			"agreed", "2025-04-23"},
		{"since a year dates the main clause", "Russia has supplied weapons to Mali since 2021.", "supplied", "2021"},
		{"the clause's day before the dateline's", "NAIROBI, April 23 (Reuters) - The shelling of El Fasher by the Rapid Support Forces on Monday killed 30 civilians.",
			"attacked", "2025-04-21"},
		{"the clause's day after its object, not the dateline's", "ADDIS ABABA, April 23 (ENA) - Prime Minister Abiy Ahmed hosted Somali President Hassan Sheikh Mohamud at the palace on Tuesday.",
			"met", "2025-04-22"},
		{"a since phrase with a date dates the main clause", "Russia has occupied Abkhazia since the war of August 2008.", "invaded", "2008-08"},
		{"a since phrase dates no later sentence", "Shehbaz Sharif met Narendra Modi in Geneva on Monday, the first meeting since late March. China urged India to show restraint.",
			"urged", "2025-04-21"},
		{"a demonstrative before an event noun opens no clause", "Tuvalu welcomed the pact. Fiji signed that treaty with Samoa in November 2023.",
			"agreed", "2023-11"},
		{"a participle of an object keeps its date", "Egypt hosted talks in Cairo on 21 April 2025. It welcomed the accord signed by Chad and Niger on 2 April 2025.\n\nEgypt called on Sudan to reopen the border.",
			"urged", "2025-04-21"},
		{"a venue opening the sentence takes its visit's day", "Narendra Modi travelled to Tokyo on Monday.\n\nA storm on Tuesday killed 20 people, Japan said.\n\nIn Tokyo, Modi held talks with Shigeru Ishiba.",
			"met", "2025-04-21"},
		{"the dateline dates an undated clause", "KYIV, April 22 (Reuters) - Russia attacked Kharkiv, officials said.", "attacked", "2025-04-22"},
		{"a verb of address keeps its date", "Josep Borrell told ministers at a meeting in Brussels on Tuesday that sanctions would follow. He met Abbas Araghchi.",
			"met", "2025-04-22"},
		{"a closing year dates its paragraph only", "Modi met Kishida in Tokyo on Monday. Their states first signed a security pact in 2008.\n\nKishida urged China to show restraint.",
			"urged", "2025-04-21"},
		{"an opening year before the story's day dates its paragraph only (round 12)", "Modi met Kishida in Tokyo on Monday.\n\nIn 2008, Japan and India signed a security pact.\n\nKishida urged China to show restraint.",
			"urged", "2025-04-21"},
		{"an opening year dates the paragraphs of its look back", "Modi met Kishida in Tokyo on Monday.\n\nIn 2008, Japan and India signed a security pact.\n\nLater that year, Japan urged China to show restraint.",
			"urged", "2008"},
		{"a pluperfect goes back to the last date named", "Kim Jong Un met Vladimir Putin in Vladivostok in September.\n\nKim had travelled to Russia by train.",
			"visited", "2024-09"},
		{"trailing attribution dates the fact", "Israeli jets struck targets near Damascus, the army said Tuesday.", "attacked", "2025-04-22"},
		{"headline takes the lead's day", "Mali accuses Ukraine of arming rebels\n\nBAMAKO - Mali on Monday accused Ukraine of arming rebels in the north.",
			"accused", "2025-04-21"},
		{"a reported visit takes the day it began", "A Chinese delegation is visiting Hanoi, state media said Wednesday. The delegation arrived in Hanoi on Tuesday.",
			"visited", "2025-04-22"},
		{"two days after: two days before the main clause's date", "The missile launch came two days after Fumio Kishida met Narendra Modi in Delhi.",
			"met", "2025-04-21"},
		{"a day after a dated clause", "Syria recalled its envoy on Monday, a day after Israeli jets struck Damascus.",
			"attacked", "2025-04-20"},
		{"an announced date dates its clause only", "Vietnam's prime minister will visit China from April 28 to 30.\n\nChina urged the Philippines to stop its patrols.",
			"urged", "2025-04-23"},
		{"a transcript's turn speaks on its day", "Q: (AFP) Last week Japan accused China of a radar lock-on. Will Beijing respond?\nMaria Zakharova: I urge Japan to stop.",
			"urged", "2025-04-23"},
		{"a date of the trigger's own conjunct", "External Affairs Minister S. Jaishankar arrived in Colombo on Monday and held talks with Foreign Minister Vijitha Herath on Tuesday.",
			"met", "2025-04-22"},
		{"an opening date dates every conjunct", "On Tuesday, Zabihullah Mujahid accused Pakistan of bombing houses on Monday night, and warned that Islamabad would bear the consequences.",
			"threatened", "2025-04-22"},
		{"a month of last year", "Saudi Arabia and Pakistan signed a defence pact in March last year.", "agreed", "2024-03"},
		{"since a day dates no later paragraph", "The crossings at Torkham have remained closed since April 12.\n\nPakistan criticised India for a campaign of disinformation.",
			"criticized", "2025-04-23"},
		{"a day opening a later paragraph dates it only", "Pakistan on Monday dismissed the claims of the Taliban.\n\nOn Sunday, Zabihullah Mujahid accused Pakistan of bombing houses.\n\nSeparately, Pakistan criticised India for a campaign of disinformation.",
			"criticized", "2025-04-21"},
		{"a day after, an apposition inside", "KCNA denounced the deal on Tuesday, a day after Kim Yo-jong, the leader's sister, threatened South Korea with measures.",
			"threatened", "2025-04-21"},
		{"a headline takes the story's day", "Ministry of Foreign Affairs of the Republic of Poland\nPress Office\n\nMinister Radosław Sikorski meets Lithuania's Foreign Minister Kęstutis Budrys in Warsaw\n\n" +
			"On 21 April 2025, Kęstutis Budrys arrived in Warsaw on a working visit.\n\nThe ministers discussed security on NATO's eastern flank.",
			"met", "2025-04-21"},
		{"a present perfect is as published", "Turkey loaded a ship with aid for Sudan on 15 April.\n\nTurkey has sent more than 20,000 tons of aid to Sudan since the start of the war.",
			"supplied", "2025-04-23"},
		{"a condemned attack's date dates no later paragraph", "Minister Ronald Lamola met Foreign Minister Therese Kayikwamba Wagner in Pretoria on Monday, 21 April 2025.\n\n" +
			"Lamola also condemned the attack on a church in Komanda, Ituri Province, by the Allied Democratic Forces (ADF) on 28 March, in which 40 worshippers were killed.\n\n" +
			"During the meeting, the two Ministers signed a memorandum on diplomatic training.",
			"agreed", "2025-04-21"},
		{"not a day more than a week before the report", "Mali accuses Ukraine of arming rebels\n\nMali accused Ukraine of arming rebels on March 2.",
			"accused", ""},
	}
	for _, c := range cases {
		x := Extract(c.text, Meta{Published: pub})
		found := false
		dates := map[string]bool{} // want "": the facts keep their own dates
		for _, e := range x.Edges {
			if string(e.Type) != c.fact {
				continue
			}
			found = true
			if c.want == "" {
				dates[e.Date.String()] = true
				continue
			}
			if e.Date.String() != c.want {
				t.Errorf("%s: %q: %s dated %s, want %s", c.name, c.text, c.fact, e.Date, c.want)
			}
		}
		if !found {
			t.Errorf("%s: %q: no %s fact in %q", c.name, c.text, c.fact, factStrings(x))
		}
		if c.want == "" && len(dates) < 2 {
			t.Errorf("%s: %q: dates %v, want two", c.name, c.text, dates)
		}
	}
}

// TestEntityRules checks entities that need no gazetteer entry: unknown
// acronyms in running text are organizations (never persons, never parts of
// longer names), and a month abbreviation inside a name is a name word.
func TestEntityRules(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"Bintou Keita, Special Representative and Head of MONUSCO, briefed the Council.",
			[]string{"person:bintou-keita", "org:monusco"}, []string{"person:monusco"}},
		{"The destroyer USS Carney shot down a drone launched by the Houthis.", nil, []string{"org:uss"}},
		{"Ukraine used the Bayraktar TB2 drone in the war.", nil, []string{"org:tb2"}},
		{"GDP grew by 3 percent, the IMF said on Monday.", nil, []string{"org:gdp"}},
		{"Ambassador Zhang Jun, Permanent Representative of China, spoke first.", []string{"person:zhang-jun"}, nil},
		{"Speaking next, Fu Cong (China) urged the M23 to withdraw.", []string{"person:fu-cong", "org:m23"}, nil},
		{"Chairman of the African Union Commission Moussa Faki Mahamat visited Sudan.",
			[]string{"person:moussa-faki-mahamat"}, []string{"person:commission-moussa-faki-mahamat"}},
		{"The talks are set for Jun 5 in Geneva, officials said.", nil, []string{"person:jun"}},
		// WordNet's organizations: new ones, and former names of hand-kept ones
		{"Police in Manila blamed Abu Sayyaf for the kidnapping.", []string{"org:abu-sayyaf"}, nil},
		{"Lashkar-e-Taiba and the Tamil Tigers were listed.", []string{"org:lashkar-e-taiba", "org:ltte"}, nil},
		{"Greece joined the European Economic Community in 1981.", []string{"org:eu"}, []string{"org:eec"}},
		{"The Palestine Islamic Jihad fired rockets.", []string{"org:pij"}, nil},
		{"The Air Force said it flew two sorties.", nil, []string{"org:usaf"}},
		// organization names: no verb before them, hyphenated acronyms, "and the" in a tail
		{"2. Requests the AU Commission to report back within a month.", []string{"org:au-commission"}, []string{"org:requests-the-au-commission"}},
		{"Ministers of the CEN-SAD bloc met in Niamey on Monday.", []string{"org:cen-sad"}, []string{"org:cen", "org:sad"}},
		{"Diplomats briefed the United Nations Office for West Africa and the Sahel on Monday.",
			[]string{"org:united-nations-office-for-west-africa-and-the-sahel"}, []string{"org:united-nations-office-for-west-africa"}},
		{"The Armed Forces of the Republic of Guinea said on Monday that the border was calm.",
			[]string{"org:armed-forces-of-the-republic-of-guinea"}, []string{"org:armed-forces-of-the-republic"}},
		{"The Peace and Security Council met in Addis Ababa on Monday.", []string{"org:peace-and-security-council"}, []string{"org:security-council"}},
		{"Brazil's Foreign Ministry condemned Venezuela on Monday. Chile's Foreign Ministry condemned Peru.",
			[]string{"org:foreign-ministry-of-brazil", "org:foreign-ministry-of-chile"}, []string{"org:foreign-ministry"}},
		// sub-national places and features, honorifics
		{"Rebels shelled villages in Mali's Mopti and Segou regions overnight.", []string{"place:mopti", "place:segou"}, nil},
		{"Fishing boats sheltered in Manila Bay from the typhoon.", []string{"place:manila-bay"}, nil},
		{"The China Coast Guard fired water cannon at the boat.", nil, []string{"place:china-coast"}},
		{"Foreign Minister Datuk Seri Mohamad Hasan visited Dhaka.", []string{"person:mohamad-hasan"}, []string{"person:datuk-seri-mohamad-hasan"}},
	})
}

// TestPublisher checks that the organization of the metadata's source is an
// entity, named by any of its names even on a credit line that cleaning
// drops, and also when the text does not name it (round 6: readers list the
// publisher of a ministry's briefing or an outlet's story), with its name
// without the closing state as an alias; a domain is none.
func TestPublisher(t *testing.T) {
	cases := []struct {
		source, text, title string
		want, deny          []string // entity IDs
	}{
		{"Dawn", "Pakistan accused Afghanistan of harbouring militants.\n\n— Dawn", "", []string{"org:dawn"}, nil},
		{"Lagos Ledger", "ABUJA - Nigeria urged Niger to reopen the border.", "ABUJA (Lagos Ledger)", []string{"org:lagos-ledger"}, nil},
		{"Lagos Ledger", "ABUJA - Nigeria urged Niger to reopen the border.", "Nigeria urges Niger", []string{"org:lagos-ledger"}, nil},
		{"Dawn", "Troops attacked the post at dawn, Pakistan said.", "", []string{"org:dawn"}, nil},
		{"Ministry of External Affairs of India", "Good afternoon, friends. Let me begin with an announcement.", "", []string{"org:ministry-of-external-affairs-of-india"}, nil},
		{"Council of the EU", "The Council adopted restrictive measures today.", "", []string{"org:council-of-the-european-union"}, nil},
		{"Anadolu Agency", "ANKARA (AA) - Turkish Foreign Minister Hakan Fidan met Badr Abdelatty.", "", []string{"org:anadolu-agency"}, nil},
		{"Daily Maverick / Reuters", "This article was first published by Reuters and is republished by Daily Maverick.\n\nRwanda denied the claim.", "",
			[]string{"org:daily-maverick", "org:reuters"}, nil},
		{"Kyiv Post (AFP wire copy)", "Russia sent a delegation to North Korea.", "", []string{"org:kyiv-post", "org:afp"}, []string{"org:afp-wire-copy"}},
		{"ABC News (Australia)", "Australia sent a delegation to Fiji.", "", []string{"org:abc-news"}, []string{"org:australia"}},
		{"Reuters staff / Ministry of Foreign Affairs of Japan", "Japan protested.", "", []string{"org:reuters", "org:ministry-of-foreign-affairs-of-japan"}, []string{"org:reuters-staff"}},
		{"www.gov.uk", "The Prime Minister met the President of Kenya at www.gov.uk today.", "", nil, []string{"org:www-gov-uk"}},
	}
	for _, c := range cases {
		x := Extract(c.text, Meta{Source: c.source, Title: c.title})
		have := map[string]bool{}
		for _, e := range x.Entities {
			have[e.ID] = true
		}
		for _, id := range c.want {
			if !have[id] {
				t.Errorf("%s: %q: no entity %s in %v", c.source, c.text, id, have)
			}
		}
		for _, id := range c.deny {
			if have[id] {
				t.Errorf("%s: %q: entity %s", c.source, c.text, id)
			}
		}
	}
}

// TestPublisherAlias checks that a publisher named with its state goes by
// its name without it too.
func TestPublisherAlias(t *testing.T) {
	x := Extract("Good afternoon, friends.", Meta{Source: "Presidential Communications Office of Türkiye"})
	for _, e := range x.Entities {
		if e.Kind == graph.KindOrganization && slices.Contains(e.Aliases, "Presidential Communications Office") {
			return
		}
	}
	t.Errorf("no alias Presidential Communications Office in %+v", x.Entities)
}

// TestRecordRefAliases checks that a fact's ends in the extract record carry
// their entity's aliases, so the fact names them as the text does, and that
// an end without aliases leaves the field out.
func TestRecordRefAliases(t *testing.T) {
	pub, _ := graph.ParseDate("2024-03-10")
	rec := NewRecord("a.txt", Extract("President Volodymyr Zelensky met Friedrich Merz in Berlin.", Meta{Published: pub}))
	found := false
	for _, f := range rec.Facts {
		if f.Type != "met" {
			continue
		}
		found = true
		for _, r := range []RecordRef{f.From, f.To} {
			if r.ID != "person:volodymyr-zelenskyy" {
				continue
			}
			if !slices.Contains(r.Aliases, "Volodymyr Zelensky") {
				t.Errorf("%s: aliases %q, want the text's spelling", r.ID, r.Aliases)
			}
		}
	}
	if !found {
		t.Fatalf("no met fact in %+v", rec.Facts)
	}
	b, err := json.Marshal(RecordRef{ID: "state:DEU", Name: "Germany", Kind: "state"})
	if err != nil || strings.Contains(string(b), "aliases") {
		t.Errorf("%s, %v: want no aliases field", b, err)
	}
}

// TestPairByOffice checks that "the two Presidents" names the two holders of
// that office, not the last pair of another event.
func TestPairByOffice(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"office noun picks the pair",
			"President Daniel Odera of Kenya met President Park Min-ho of South Korea on Monday. Foreign Minister Amina Wekesa and Foreign Minister Cho Hyun signed an agreement on visas. The two Presidents condemned Al-Shabaab.",
			[]string{"Daniel Odera -met-> Park Min-ho (asserted)", "Amina Wekesa -agreed-> Cho Hyun (asserted)", "Daniel Odera -criticized-> al-Shabaab (asserted)", "Park Min-ho -criticized-> al-Shabaab (asserted)"}},
	})
}

// TestCommuniqueClauses checks communiqué constructions: an organ's operative
// clauses decide for the organization it belongs to, a "namely" list names
// the parties a noun phrase stands for, and a deal "signed by X and Y" binds
// X and Y, not the subject that welcomes it.
func TestCommuniqueClauses(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"organ of a known body",
			"The Executive Council of the African Union, at its meeting held in Addis Ababa,\n\nActing under its mandate, the Council:\n\n1. Strongly condemns the attack by al-Shabaab on civilians;\n\n2. Urges Somalia to protect the displaced.",
			[]string{"African Union -criticized-> al-Shabaab (asserted)", "African Union -urged-> Somalia (asserted)"}},
		{"namely list", "Kenya urged the IGAD member states, namely Sudan, Eritrea and Djibouti, to protect civilians.",
			[]string{"Kenya -urged-> Sudan (asserted)", "Kenya -urged-> Eritrea (asserted)", "Kenya -urged-> Djibouti (asserted)"}},
		{"deal signed by two", "Kenya welcomed the accord on fisheries signed by Ghana and Togo.",
			[]string{"Ghana -agreed-> Togo (asserted)"}},
	})
}

// TestAttackArguments checks the target behind a facility ("the base of X",
// "the headquarters of X"), a long transliterated name defined by its
// acronym as agent, and an unknown acronym opening a sentence.
func TestAttackArguments(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"facility of a body", "Kenya condemned the attack by the ADF on the headquarters of the Congolese Armed Forces.",
			[]string{"Kenya -criticized-> ADF (asserted)", "ADF -attacked-> Congolese Armed Forces (asserted)"}},
		{"long name with particles", "Kenya condemned the assault by Harakat al-Shabaab wal-Mujahideen (HSWM) on the camp of the Somali National Army.",
			[]string{"Kenya -criticized-> Harakat al-Shabaab wal-Mujahideen (asserted)", "Harakat al-Shabaab wal-Mujahideen -attacked-> Somali National Army (asserted)"}},
		{"acronym opening a sentence", "QRTF fighters were seen near the border on Monday. QRTF attacked the Chadian army base at Bol overnight, officials said.",
			[]string{"QRTF -attacked-> Chad (asserted)"}},
	})
}

// TestOperativePastTense checks a communiqué reporting its decisions in the
// past tense: each numbered clause is the body's, verbs coordinated in it
// too, and the body acts on the document's date, not on the date of the
// event it condemns.
func TestOperativePastTense(t *testing.T) {
	pub, _ := graph.ParseDate("2024-03-10")
	text := "The Council of Ministers of the Arab League held its session in Cairo.\n\nThe Council:\n\n1. Condemned the attack by al-Shabaab on Mogadishu on 2 March 2024, and called on Eritrea to respect the embargo.\n\n2. Welcomed the talks."
	x := Extract(text, Meta{Published: pub})
	got := map[string]string{}
	for _, e := range x.Edges {
		got[e.From+" "+string(e.Type)+" "+e.To] = e.Date.String()
	}
	want := map[string]string{
		"org:arab-league criticized org:al-shabaab": "2024-03-10",
		"org:arab-league urged state:ERI":           "2024-03-10",
		"org:al-shabaab attacked state:SOM":         "2024-03-02",
	}
	for k, d := range want {
		if got[k] != d {
			t.Errorf("%s: date %q, want %q (all: %v)", k, got[k], d, got)
		}
	}
}

// TestMoreTriggers checks triggers added as data (asset freezes, the EU's
// "restrictive measures", co-chairing, intelligence sharing) and supply to a
// place, which reaches its state; troops sent to a place and a request
// received are no supply.
func TestMoreTriggers(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"asset freeze", "Canada froze the assets of two Iranian banks.", []string{"Canada -sanctioned-> Iran (asserted)"}},
		{"restrictive measures", "The EU adopted restrictive measures against Belarus.", []string{"European Union -sanctioned-> Belarus (asserted)"}},
		{"co-chaired", "Prime Minister Anwar Ibrahim and his Thai counterpart Paetongtarn Shinawatra co-chaired the annual consultation.",
			[]string{"Anwar Ibrahim -met-> Paetongtarn Shinawatra (asserted)"}},
		{"intelligence sharing", "Kenya and Somalia stepped up intelligence sharing.", []string{"Kenya -cooperated-> Somalia (asserted)"}},
		{"supply to a city", "Jordan sent a convoy of food to Aleppo on Monday.", []string{"Jordan -supplied-> Aleppo (asserted)", "Jordan -supplied-> Syria (asserted)"}},
		{"troops sent to a city", "Moscow praised the soldiers Pyongyang sent to Kursk.", nil},
		{"a request received", "Has Beijing received a request from Hanoi for a visit?", nil},
	})
}

// TestTitleInApposition checks a title followed by a comma and the name of
// its holder, with a style of address ("His Highness"), as the object of a
// meeting; "His" there is no pronoun.
func TestTitleInApposition(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"style and apposition", "Foreign Minister Amina Wekesa held talks with the Foreign Minister of the State of Qatar, His Excellency Sheikh Mohammed bin Abdulrahman Al Thani, in Nairobi.",
			[]string{"Amina Wekesa -met-> Mohammed bin Abdulrahman Al Thani (asserted)", "Mohammed bin Abdulrahman Al Thani -visited-> Nairobi (asserted)"}},
	})
}

// TestAttackPlaceOfUnnamedTarget checks that an attack on an unnamed target
// ("a police post") in a named place attacks that place and its state.
func TestAttackPlaceOfUnnamedTarget(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"place of the target", "Kenya condemned the attack by al-Shabaab on a police post in Mandera.",
			[]string{"Kenya -criticized-> al-Shabaab (asserted)", "al-Shabaab -attacked-> Mandera (asserted)"}},
	})
}

// TestSubjectBeforeApposition checks that names followed by an apposition
// (", the four members of the Quad,") are the subject, not the body inside
// the apposition; without the names, a partitive subject still stands.
func TestSubjectBeforeApposition(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"apposition after the subject", "Kenya, Uganda and Tanzania, the three founding members of the East African Community, urged Somalia to hold elections.",
			[]string{"Kenya -urged-> Somalia (asserted)", "Uganda -urged-> Somalia (asserted)", "Tanzania -urged-> Somalia (asserted)"}},
		{"partitive subject", "Three members of the Arab League urged Sudan to accept a truce.",
			[]string{"Arab League -urged-> Sudan (asserted)"}},
	})
}

// TestSites checks sites named with a site head ("Palace", "airport"): they
// are places, but a visit at a site goes to its city and state, not to the
// venue; a company's plant is no site name.
func TestSites(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"venue of a visit", "President Ruto hosted Ghana's President John Mahama at the State Palace in Mombasa on Monday.",
			[]string{"John Mahama -visited-> Mombasa (asserted)", "William Ruto -met-> John Mahama (asserted)"}},
	})
	runEntityCases(t, []entityCase{
		{"Protesters gathered outside the Carondelet Palace and near Mariscal Sucre airport.", []string{"place:carondelet-palace", "place:mariscal-sucre-airport"}, nil},
		{"The minister toured Hanwha Aerospace's plant in Changwon.", nil, []string{"place:hanwha-aerospace-plant"}},
	})
}

// TestSelfNamedWe checks a statement whose "we" names itself in apposition
// ("We, the Foreign Ministers of ASEAN"): its "we" acts for that body, in the
// present on the statement's date, and the ministers are no organization.
func TestSelfNamedWe(t *testing.T) {
	pub, _ := graph.ParseDate("2024-03-10")
	text := "We, the Foreign Ministers of the Association of Southeast Asian Nations (ASEAN), express concern over the clashes.\n\nWe strongly condemn the attack by the Arakan Army on Sittwe on 2 March 2024. We call on Cambodia to exercise restraint."
	x := Extract(text, Meta{Published: pub})
	got := map[string]string{}
	for _, e := range x.Edges {
		got[e.From+" "+string(e.Type)+" "+e.To] = e.Date.String()
	}
	for k, d := range map[string]string{
		"org:asean urged state:KHM":             "2024-03-10",
		"org:asean criticized org:arakan-army":  "2024-03-10",
		"org:arakan-army attacked place:sittwe": "2024-03-02",
	} {
		if got[k] != d {
			t.Errorf("%s: date %q, want %q (all: %v)", k, got[k], d, got)
		}
	}
	for _, e := range x.Entities {
		if e.ID == "org:foreign-ministers-of-the-association-of-southeast-asian-nations" {
			t.Errorf("the ministers became an organization")
		}
	}
}

// TestNameBeforeTypeNoun checks an unknown body named before its type noun
// ("the Viv Ansanm gang coalition") as the agent of an attack whose date
// comes between the noun and its by-phrase.
func TestNameBeforeTypeNoun(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"name, type noun, dated attack", "Kenya condemned the attack on 2 March 2024 by the Grand Ravine gang coalition against a base of the Gang Suppression Force (GSF) in Kenscoff.",
			[]string{"Kenya -criticized-> Grand Ravine (asserted)", "Grand Ravine -attacked-> Gang Suppression Force (asserted)"}},
	})
}

// TestObjectsBehindTitlesAndTrips checks a person titled by a body as the
// object ("sanctions on Supreme Federal Court (STF) Justice X"), a trip
// "left for" a place, and an attack "near" a place on an unnamed target.
func TestObjectsBehindTitlesAndTrips(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"titled by a body", "Washington imposed sanctions on Constitutional Court (CC) Justice Maria Okafor last year.",
			[]string{"United States -sanctioned-> Maria Okafor (asserted)"}},
		{"left for", "Foreign Minister Amina Wekesa left for Kabul on Thursday.", []string{"Amina Wekesa -visited-> Afghanistan (asserted)"}},
		{"near a place", "Iraq criticized a Turkish drone strike on a village near Zakho.",
			[]string{"Iraq -criticized-> Turkey (asserted)", "Turkey -attacked-> Zakho (asserted)"}},
	})
}

// TestGroupReferences checks "the group" as the accused of a charge ("of
// using"), "the paramilitary group" as a recipient, "the guerrilla", and an armed group named
// before a mission fighting it.
func TestGroupReferences(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"the group of + gerund", "Al-Shabaab fighters attacked a police post in Mandera on Monday. The African Union mission pursued them. Interior Minister Kipchumba Murkomen accused the group of using bases in Gedo.",
			[]string{"al-Shabaab -attacked-> Mandera (asserted)", "Kipchumba Murkomen -accused-> al-Shabaab (asserted)"}},
		{"adjective before the group noun", "Foreign Minister Ali Youssef said the Rapid Support Forces (RSF) shelled El Fasher. He also accused the United Arab Emirates of supplying the paramilitary group with drones.",
			[]string{"Rapid Support Forces -attacked-> El Fasher (alleged, by Ali Youssef)", "Ali Youssef -accused-> United Arab Emirates (asserted)", "United Arab Emirates -supplied-> Rapid Support Forces (alleged, by Ali Youssef)"}},
		{"the guerrilla", "Hamas attacked Israel on Monday. Antony Blinken criticized the guerrilla on Wednesday.",
			[]string{"Hamas -attacked-> Israel (asserted)", "Antony Blinken -criticized-> Hamas (asserted)"}},
	})
}

// TestCoordinatedVerbObjects checks that the objects of one verb are not the
// parties of a noun governed by a verb coordinated after it.
func TestCoordinatedVerbObjects(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"objects of the first verb", "Kenya urges Burkina Faso, Mali and Niger to resume dialogue, and welcomes the agreement on trade.",
			[]string{"Kenya -urged-> Burkina Faso (asserted)", "Kenya -urged-> Mali (asserted)", "Kenya -urged-> Niger (asserted)"}},
	})
}

// TestBothMinisters checks "both ministers" as the two ministers of the story.
func TestBothMinisters(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"both + plural office", "Foreign Minister Radoslaw Sikorski met his Lithuanian counterpart Kestutis Budrys in Warsaw. Both ministers accused Minsk of orchestrating migrant pressure.",
			[]string{"Radoslaw Sikorski -met-> Kestutis Budrys (asserted)", "Kestutis Budrys -visited-> Warsaw (asserted)", "Radoslaw Sikorski -accused-> Belarus (asserted)", "Kestutis Budrys -accused-> Belarus (asserted)"}},
	})
}

// TestTheMinisters checks "the ministers" as the two ministers of the story,
// not the last pair when a minister then met a head of state.
func TestTheMinisters(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"the ministers", "Foreign Minister Sergey Lavrov of Russia held talks with Foreign Minister Choe Son Hui of North Korea and was received by President Kim Il Nam. The ministers signed a plan of consultations.",
			[]string{"Sergey Lavrov -met-> Choe Son Hui (asserted)", "Sergey Lavrov -met-> Kim Il Nam (asserted)", "Choe Son Hui -agreed-> Sergey Lavrov (asserted)"}},
	})
}

// TestSaidDuringVisit checks that the speaker who "said during a visit to X"
// visited X.
func TestSaidDuringVisit(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"said during a visit", "The border will stay open, Interior Minister Kipchumba Murkomen said during a visit to Mombasa on Thursday.",
			[]string{"Kipchumba Murkomen -visited-> Mombasa (asserted)"}},
	})
}

// TestIncludingInObject checks that ", including X," inside an object does
// not end it before the recipient.
func TestIncludingInObject(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"including", "Jordan delivered 20 tonnes of aid, including tents and medicines, to Aleppo on Monday.",
			[]string{"Jordan -supplied-> Aleppo (asserted)", "Jordan -supplied-> Syria (asserted)"}},
	})
}

// TestSanctionsIncluding checks that a sanction reaches the parties of an
// ", including X" phrase after its object.
func TestSanctionsIncluding(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"including", "Canada froze the assets of six Russian individuals and two entities, including an Iranian bank.",
			[]string{"Canada -sanctioned-> Russia (asserted)", "Canada -sanctioned-> Iran (asserted)"}},
	})
}

// TestByAgentAfterPatient checks an attack whose by-agent follows its patient
// and the patient's place ("the attack on a church in Komanda, Ituri
// Province, by the ADF"): the attacker is criticized and attacks the place.
func TestByAgentAfterPatient(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"by-agent after the patient", "Minister Ronald Lamola condemned the attack on a church in Komanda, Ituri Province, by the Allied Democratic Forces (ADF) on 28 September.",
			[]string{"Ronald Lamola -criticized-> Allied Democratic Forces (asserted)", "Allied Democratic Forces -attacked-> Komanda (asserted)"}},
		{"a relative clause ends the search", "Kenya condemned the attack on a church, which was claimed by the ADF.",
			nil},
	})
}

// TestLeadersAfterContract checks that "the two leaders" are the last two
// persons or states who met, not a ministry and a company that signed a
// contract in between.
func TestLeadersAfterContract(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"leaders after a contract", "Joint statement\n\nPresident Prabowo Subianto met President Recep Tayyip Erdogan in Ankara on 13 November 2026. " +
			"On the same occasion, the Ministry of Defense of Indonesia and Turkish Aerospace Industries signed a contract for 48 fighter aircraft. " +
			"The two leaders condemned Israel's attacks on civilians in Gaza.",
			[]string{"Israel -attacked-> Gaza (asserted)", "Ministry of Defense of Indonesia -agreed-> Turkish Aerospace Industries (asserted)",
				"Prabowo Subianto -criticized-> Israel (asserted)", "Prabowo Subianto -met-> Recep Tayyip Erdogan (asserted)",
				"Prabowo Subianto -visited-> Ankara (asserted)", "Recep Tayyip Erdogan -criticized-> Israel (asserted)"}},
	})
}

// TestSubjectThat checks that "that" after a noun of agents naming no
// entity opens a relative clause whose subject is that noun (its state
// where a demonym qualifies it), not the sentence's subject, and that the
// owner of an instrument ("drones that struck") still acts.
func TestSubjectThat(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"companies that", "The EU on Monday imposed sanctions on two Chinese companies that, according to the EU Council, supplied drone engines to Russia's military.",
			[]string{"China -supplied-> Russia (alleged, by EU Council)", "European Union -sanctioned-> China (asserted)"}},
		{"drones that", "Sudan accused the UAE of supplying the Rapid Support Forces with the drones that have struck Port Sudan.",
			[]string{"Rapid Support Forces -attacked-> Port Sudan (alleged, by Sudan)", "Sudan -accused-> United Arab Emirates (asserted)",
				"United Arab Emirates -supplied-> Rapid Support Forces (alleged, by Sudan)"}},
	})
}

// TestDatelineAgencyNoParty checks that the agency credited in brackets
// after a dateline is no party to the lead's facts.
func TestDatelineAgencyNoParty(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"agency after a dateline", "JAKARTA (The Jakarta Post) - Foreign Minister Sugiono arrived in Canberra on Monday for talks with his Australian counterpart Penny Wong.",
			[]string{"Sugiono -met-> Penny Wong (asserted)", "Sugiono -visited-> Canberra (asserted)"}},
	})
}

// TestTwoMinistersCounterpart checks that "the two ministers" are a minister
// and his counterpart, not a prime minister met later, even when the
// minister's state is not named.
func TestTwoMinistersCounterpart(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"counterpart", "Foreign Minister Hakan Fidan held talks with his Iraqi counterpart Fuad Hussein on Wednesday and later met Prime Minister Mohammed Shia al-Sudani.\n\n" +
			"During the meeting, the two ministers agreed to set up a joint security coordination center in Baghdad.",
			[]string{"Fuad Hussein -agreed-> Hakan Fidan (asserted)", "Hakan Fidan -met-> Fuad Hussein (asserted)", "Hakan Fidan -met-> Mohammed Shia al-Sudani (asserted)"}},
	})
}

// TestGovdocBodies checks the general mechanisms of government documents:
// a body's capitalized short name ("the Committee" after "the Committee on
// Trade"), "the (Federal) Government of X" as the state X, a manner phrase
// between a verb and its object, "it" after "at which"/"where" as the main
// clause's subject.
func TestGovdocBodies(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"the Committee after its full name", "The Standing Committee on Foreign Affairs met on Monday.\n\nThe Committee urges the Ministry of Finance to release the funds.",
			[]string{"Standing Committee on Foreign Affairs -urged-> Ministry of Finance (asserted)"}},
		{"the Council of a body named with of", "The Council of the European Union held a meeting.\n\nThe Council condemned Belarus for the detention of journalists.",
			[]string{"Council of the European Union -criticized-> Belarus (asserted)"}},
		{"government of a state", "Ghana urged the Government of Togo to reopen the border.",
			[]string{"Ghana -urged-> Togo (asserted)"}},
		{"federal government of the state", "The Federal Government of Nigeria signed an agreement with the Government of the Republic of Niger.",
			[]string{"Nigeria -agreed-> Niger (asserted)"}},
		{"government of, not the place", "Chile urged the government of Lima province to act.", nil},
		{"manner phrase before the condemned act", "Uganda condemned in the strongest terms the attack by al-Shabaab on Kismayo.",
			[]string{"Uganda -criticized-> al-Shabaab (asserted)", "al-Shabaab -attacked-> Kismayo (asserted)"}},
		{"it after at which", "The Committee on Trade held a sitting at which it met Hon. Amina Mohamed.",
			[]string{"Committee on Trade -met-> Amina Mohamed (asserted)"}},
		{"it after where", "The Committee on Defence toured Garissa, where it met Governor Nathif Jama.",
			[]string{"Committee on Defence -met-> Nathif Jama (asserted)", "Committee on Defence -visited-> Garissa (asserted)"}},
	})
}

// TestGovdocDates checks the dates of government documents: a body's verb
// in the present is the document's act (its publication date), also when
// coordinated ("acknowledges ..., and urges"); a range of days dates its
// clause by its first day and the story after it by its last.
func TestGovdocDates(t *testing.T) {
	pub, _ := graph.ParseDate("2025-11-06")
	cases := []struct{ name, text, fact, want string }{
		{"a body's present", "The Committee on Trade met the minister on 4 November 2025.\n\nThe Committee urges the Ministry of Finance to act.", "urged", "2025-11-06"},
		{"a coordinated present", "The Committee on Trade met the minister on 4 November 2025.\n\nThe Committee acknowledges the report, and urges the Ministry of Finance to act.", "urged", "2025-11-06"},
		{"a past stays with the story", "The Committee on Trade met the minister on 4 November 2025.\n\nThe Committee urged the Ministry of Finance to act.", "urged", "2025-11-04"},
		{"a range of days: its first day", "Between 20th and 24th October 2025, a delegation of Kenya visited Mogadishu.", "visited", "2025-10-20"},
		{"a condemned launch keeps its date, the condemnation the story's", "Penny Wong met Gilberto Teodoro in Canberra on 4 November 2025.\n\nWong condemned the launch by North Korea of two ballistic missiles into the Sea of Japan on 1 November.",
			"criticized", "2025-11-04"},
		{"a discussed visit's date does not carry", "Penny Wong met Gilberto Teodoro on 5 November 2025.\n\nThe Ministers discussed the visit to Manila last week by Admiral David Johnston.\n\nPenny Wong urged China to stop.",
			"urged", "2025-11-05"},
		{"a quotation speaks on the story's day", "ASUNCION - Javier Milei arrived in Asuncion on Thursday, 5 November 2025.\n\nBoth presidents spoke to reporters. \"We urge Venezuela to release him immediately,\" Milei said.",
			"urged", "2025-11-05"},
		{"an accused act's date does not carry", "ISLAMABAD: The Foreign Office on Thursday, 6 November 2025, dismissed the claims.\n\nOn Wednesday, Zabihullah Mujahid accused Pakistan of bombing houses in Paktika on Tuesday night.\n\nSeparately, the Foreign Office criticised India for a campaign of disinformation.",
			"criticized", "2025-11-06"},
		{"a visit is dated by its arrival", "SEOUL, Nov. 6 (Yonhap) -- Defense Minister Ahn Gyu-back held talks with his Polish counterpart, Wladyslaw Kosiniak-Kamysz, in Seoul on Thursday.\n\nKosiniak-Kamysz arrived here Tuesday for a three-day visit.",
			"visited", "2025-11-04"},
		{"a range of days: the story goes on from its last", "Ruto paid a state visit to Brazil from 20 to 22 October 2025.\n\nRuto condemned the attacks on Goma by the M23.", "criticized", "2025-10-22"},
	}
	for _, c := range cases {
		x := Extract(c.text, Meta{Published: pub})
		found := false
		for _, e := range x.Edges {
			if string(e.Type) == c.fact {
				found = true
				if e.Date.String() != c.want {
					t.Errorf("%s: %q: %s dated %s, want %s", c.name, c.text, c.fact, e.Date, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%s: %q: no %s fact in %q", c.name, c.text, c.fact, factStrings(x))
		}
	}
}

// TestListDesignations checks a designation whose objects are the rows of a
// list ("designated the following persons and entities", then numbered
// rows): each row's person or body is sanctioned, on the designation's date;
// a numbered paragraph of prose is no row, and the removed entries are no
// designations.
func TestListDesignations(t *testing.T) {
	text := "FINANCIAL SANCTIONS NOTICE\n\n1. On 3 March 2024 the Foreign, Commonwealth and Development Office (FCDO) designated the following persons and entities under regulation 5.\n\n" +
		"2. The persons below supplied drones to Russia.\n\nADDED ENTRIES\n\nIndividuals\n\n1. NAZAROV, Oleg Ivanovich\nDOB: 01/02/1970. Nationality: Russia.\n\n" +
		"Entities\n\n2. VOLGA AEROTECH LLC\nAddress: Kazan, Russia.\n\n3. Kenya welcomed the decision of the United Kingdom on the matter.\n\n" +
		"REMOVED ENTRIES\n\n4. PETROV, Ivan\nThis person is no longer subject to an asset freeze.\n"
	runRecallCases(t, []recallCase{
		{"rows of a designation list", text, []string{
			"Foreign, Commonwealth and Development Office -sanctioned-> Oleg Ivanovich Nazarov (asserted)",
			"Foreign, Commonwealth and Development Office -sanctioned-> VOLGA AEROTECH LLC (asserted)"}},
	})
	x := Extract(text, Meta{})
	for _, e := range x.Edges {
		if e.Type == graph.Sanctioned && e.Date.String() != "2024-03-03" {
			t.Errorf("sanction %s -> %s dated %s, want the designation's 2024-03-03", e.From, e.To, e.Date)
		}
	}
}

// TestHyphenatedAcronym checks that an acronym the document defines with a
// hyphen ("IRGC-QF") names the body it defines, not the gazetteer's body
// of its first part ("IRGC").
func TestHyphenatedAcronym(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"defined hyphenated acronym", "The revenue goes to the Islamic Revolutionary Guard Corps-Qods Force (IRGC-QF). Saba Trading has provided shipping services to the IRGC-QF since 2023.",
			[]string{"Saba Trading -supplied-> Islamic Revolutionary Guard Corps-Qods Force (asserted)"}},
	})
}

// TestRoleBeforeName checks a role written before a person's name and a
// comma ("the Secretary of National Defense of the Philippines, Gilberto
// Teodoro"): the person holds it, the state inside it is the person's
// (no party), the object scan goes past it to the name, post-nominal
// letters ("MP") are no entities, and "the Ministers" are the two who hold
// a minister's office under any name.
func TestRoleBeforeName(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"role, honorific, name, post-nominal", "The Minister for Trade, the Hon Don Farrell MP, spoke today with the Minister of Commerce and Industry of India, Piyush Goyal.",
			[]string{"Don Farrell -met-> Piyush Goyal (asserted)"}},
		{"object past a role naming another minister", "The Foreign Minister, Penny Wong, met Piyush Goyal on Monday.\n\nWong later spoke with the Foreign Minister of Chile, Alberto van Klaveren.",
			[]string{"Penny Wong -met-> Piyush Goyal (asserted)", "Penny Wong -met-> Alberto van Klaveren (asserted)"}},
		{"the Ministers after a secretary and officers", "The Minister for Defence, the Hon Richard Marles MP, spoke today with the Secretary of National Defense of the Philippines, Gilberto Teodoro.\n\n" +
			"Admiral David Johnston visited Manila last week, where he met General Romeo Brawner at Camp Aguinaldo.\n\nThe Ministers agreed to remain in close contact.",
			[]string{"Richard Marles -met-> Gilberto Teodoro (asserted)", "Gilberto Teodoro -agreed-> Richard Marles (asserted)",
				"David Johnston -visited-> Manila (asserted)", "David Johnston -met-> Romeo Brawner (asserted)"}},
	})
	x := Extract("Hon. Amina Mohamed, EGH, met the committee.", Meta{})
	for _, e := range x.Entities {
		if strings.EqualFold(e.Name, "EGH") {
			t.Errorf("post-nominal EGH is an entity: %+v", e)
		}
	}
}

// TestGovernmentSource checks that a document whose source names a
// government's office ("Presidencia de la República de Colombia") is
// published by the state it names: "our" and "we" are that state.
func TestGovernmentSource(t *testing.T) {
	for _, c := range []struct{ source, text, want string }{
		{"Presidencia de la República de Colombia", "Our country has received 18 armoured vehicles from Japan.", "Japan -supplied-> Colombia (asserted)"},
		{"Ministry of Foreign Affairs of Ghana", "We have received two patrol boats from Spain.", "Spain -supplied-> Ghana (asserted)"},
		{"Daily Nation (Kenya)", "We have received two patrol boats from Spain.", ""},
	} {
		got := factStrings(Extract(c.text, Meta{Source: c.source}))
		if c.want == "" && len(got) != 0 || c.want != "" && !slices.Contains(got, c.want) {
			t.Errorf("%s: %q: got %q, want %q", c.source, c.text, got, c.want)
		}
	}
}

// TestSupplyObjectStopsAtClause checks that the recipient of a supply is
// not sought past ", and" that opens a new clause.
func TestSupplyObjectStopsAtClause(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"new clause after the recipient", "The Ministry of Agriculture delivered land to 1,100 families, and the Land Agency (ANT) will hand over more.", nil},
		{"recipient named", "Japan delivered two patrol boats to the Philippine Coast Guard, and more will follow.",
			[]string{"Japan -supplied-> Philippine Coast Guard (asserted)"}},
	})
}

// TestSecurityStatements checks military press releases: the unit of a
// body acts for it ("the Air Component of Operation X conducted strikes"),
// a verb of leading an attack makes its subject the attacker ("coordinated
// the attack on"), "the suspect" is the person named last.
func TestSecurityStatements(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"component of a body", "The Air Component of Operation Hadin Kai conducted air strikes on an ISWAP logistics hub at Kwalleram.",
			[]string{"Operation Hadin Kai -attacked-> Islamic State West Africa Province (asserted)"}},
		{"coordinated the attack", "Abu Khalid al-Barnawi coordinated the attack on the 153 Task Force Battalion in Marte.",
			[]string{"Abu Khalid al-Barnawi -attacked-> 153 Task Force Battalion (asserted)"}},
		{"the suspect", "Troops arrested a logistics supplier, one Bulama Kachalla Modu, at Gajiram. The suspect has confessed to supplying ISWAP with petrol.",
			[]string{"Bulama Kachalla Modu -supplied-> Islamic State West Africa Province (asserted)"}},
	})
}

// TestArticlePrecision checks article sentences that gave false facts: a
// direct object that is no entity ends at a comma before an adverb ("seized
// power ..., formally left"), a verb form after a preposition is a noun ("a
// blockade on fuel imports from"), a paused cooperation is negated, a
// related-articles line is page furniture, a venue is no destination but
// its state is, and a body qualifying persons after ", and" opens a new clause.
func TestArticlePrecision(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"seized power, then a new clause", "Mali, Burkina Faso and Niger, all ruled by juntas that seized power between 2020 and 2023, formally left the Economic Community of West African States in January 2025.", nil},
		{"imports after a preposition", "In September 2025, JNIM announced a blockade on fuel imports from Senegal.", nil},
		{"a paused cooperation", "In 2023, the US paused some cooperation with Kosovo over police actions.",
			[]string{"United States -cooperated-> Kosovo (negated)"}},
		{"related articles line", "Fiji and Tonga held talks on Monday.\n\nRelated Articles: How Fiji Rebuilt Its Ties With China | Tonga's Debt Dilemma\n",
			[]string{"Fiji -met-> Tonga (asserted)"}},
		{"a venue's state", "Prime Minister Jeremiah Manele met Chinese President Xi Jinping at the Great Hall of the People on Monday.",
			[]string{"Jeremiah Manele -met-> Xi Jinping (asserted)", "Jeremiah Manele -visited-> China (asserted)"}},
		{"a body qualifying persons", "Canberra handed over 13 vehicles to the RSIPF, and Australian Federal Police (AFP) officers have been embedded with the force.",
			[]string{"Australia -supplied-> RSIPF (asserted)"}},
	})
}

// TestAggressionAndComplements checks "war of aggression" as an invasion and
// a speech complement whose subject's noun has an of-phrase ("Russia's
// campaign of sabotage was unacceptable").
func TestAggressionAndComplements(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"war of aggression", "Since then, Russia has continued its war of aggression against Ukraine.",
			[]string{"Russia -invaded-> Ukraine (asserted)"}},
		{"complement with an of-phrase", "Lithuania said Russia's campaign of sabotage was unacceptable.",
			[]string{"Lithuania -criticized-> Russia (asserted)"}},
	})
}

// TestJointCommuniques checks joint communiqués: "the two Heads of State"
// are the two leaders whatever their office, and a participle with a
// by-agent after a date adjunct is passive ("the memorandum signed on the
// same day by X and Y": the signers agree, not the subject who welcomed it).
func TestJointCommuniques(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"two heads of state", "At the invitation of President Luiz Inácio Lula da Silva, the President of Angola, João Lourenço, paid a state visit to Brazil.\n\nOn 21 May, the two Heads of State held talks at the Palácio do Planalto.",
			[]string{"João Lourenço -visited-> Brazil (asserted)", "João Lourenço -met-> Luiz Inacio Lula da Silva (asserted)"}},
		{"participle with a late by-agent", "The Presidents welcomed the memorandum of understanding signed on the same day by the Kenya Ports Authority and the Tanzania Ports Authority.",
			[]string{"Kenya Ports Authority -agreed-> Tanzania Ports Authority (asserted)"}},
	})
}

// TestRelativeOfLand checks an object relative after a noun of land
// qualified by a demonym: the land's state is the object of the relative
// clause's verb, "it" is the holder named before, and an urging around it
// does not make it speculative.
func TestRelativeOfLand(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"zero relative with it", "Jordan urged Israel to withdraw from all Syrian territories it has occupied.",
			[]string{"Jordan -urged-> Israel (asserted)", "Israel -invaded-> Syria (asserted)"}},
		{"that relative with a name", "Qatar condemned the Ukrainian towns that Russia has occupied since 2022.",
			[]string{"Qatar -criticized-> Russia (asserted)", "Russia -invaded-> Ukraine (asserted)"}},
		{"no land noun", "Jordan urged Israel to release the prisoners it has detained.",
			[]string{"Jordan -urged-> Israel (asserted)"}},
	})
}

// TestVessels checks ships named after their kind or a prefix: they are
// places an attack targets, a flag's state is no party, and a seized ship
// is no invaded territory.
func TestVessels(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"attack on a named carrier", "Oman condemned the attack by the Houthis on the Liberian-flagged bulk carrier Magic Seas.",
			[]string{"Oman -criticized-> Houthis (asserted)", "Houthis -attacked-> Magic Seas (asserted)"}},
		{"ship prefix", "Ansarallah fired missiles at the MV Sea Harmony on Monday.",
			[]string{"Houthis -attacked-> MV Sea Harmony (asserted)"}},
		{"seized ship", "Finnish authorities seized the oil tanker Eagle S on Christmas Day.", nil},
	})
}

// TestMenOfABody checks that the men of a body act for it: "armed groups
// of the X coalition", "gunmen of the M23".
func TestMenOfABody(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"groups of the coalition", "Armed groups of the Viv Ansanm coalition attacked the town of Mirebalais on 19 July.",
			[]string{"Viv Ansanm -attacked-> Mirebalais (asserted)"}},
		{"gunmen of a group", "On Sunday, fighters of the M23 attacked Uvira.",
			[]string{"M23 -attacked-> Uvira (asserted)"}},
	})
}

// TestVisitOfPhrase checks a visit noun whose visitor follows "of": "the
// visit of President William Ruto to Beijing".
func TestVisitOfPhrase(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"visit of a titled person", "Kenya welcomed the visit of President William Ruto to Beijing.",
			[]string{"William Ruto -visited-> Beijing (asserted)"}},
		{"state visit of a person", "The state visit of Emmanuel Macron to India ended on Friday.",
			[]string{"Emmanuel Macron -visited-> India (asserted)"}},
	})
}

// TestCoordinatedCondemnedActs checks that the agents of every condemned
// act coordinated with "and" are criticized.
func TestCoordinatedCondemnedActs(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"by-agent and modifier agent", "Kenya condemned the attacks by Al-Shabaab on civilians in Lamu County and the Houthi attacks on commercial shipping in the Red Sea.",
			[]string{"Kenya -criticized-> al-Shabaab (asserted)", "Kenya -criticized-> Houthis (asserted)", "al-Shabaab -attacked-> Lamu County (asserted)"}},
		{"two by-agents", "Kenya strongly condemned the attack by JNIM on the base of the Malian Armed Forces in Boulkessi on 3 November, and the attacks by the Islamic State Sahel Province (ISSP) against civilians in the region.",
			[]string{"Kenya -criticized-> Jama'at Nusrat al-Islam wal-Muslimin (asserted)", "Kenya -criticized-> Islamic State Sahel Province (asserted)", "Jama'at Nusrat al-Islam wal-Muslimin -attacked-> Malian Armed Forces (asserted)"}},
	})
}

// TestEllipticFollower checks "..., and Z followed": Z repeats the act of
// the clause coordinated before, dated by its own clause; a follow verb
// with an object of its own repeats nothing.
func TestEllipticFollower(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"followed in a year", "The United States sanctioned Milan Radoicic in December 2023, and the United Kingdom followed in 2024.",
			[]string{"United States -sanctioned-> Milan Radoicic (asserted)", "United Kingdom -sanctioned-> Milan Radoicic (asserted)"}},
		{"followed with an object", "The United States sanctioned Milan Radoicic in December 2023, and Russia followed the case closely.",
			[]string{"United States -sanctioned-> Milan Radoicic (asserted)"}},
	})
}

// TestFightAlongside checks "fight alongside" as cooperation, with the men
// of a body acting for it.
func TestFightAlongside(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"instructors of a body", "Moscow delivered fuel to Mali, and instructors of the Africa Corps, the paramilitary structure that replaced the Wagner group in the Sahel, fight alongside Malian troops.",
			[]string{"Russia -supplied-> Mali (asserted)", "Africa Corps -cooperated-> Mali (asserted)"}},
	})
}

// TestByAgentAfterRole checks a by-agent named after a lower-case role and a
// comma: "received by the head of the junta, General Assimi Goita".
func TestByAgentAfterRole(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"received by a role, name", "Russia's Deputy Defence Minister Yunus-Bek Yevkurov arrived in Bamako for a two-day visit. He was received on Wednesday by the head of the junta, General Assimi Goita, at the presidential palace.",
			[]string{"Yunus-Bek Yevkurov -visited-> Bamako (asserted)", "Yunus-Bek Yevkurov -met-> Assimi Goita (asserted)"}},
	})
}

// TestSignedBetween checks an instrument "signed between X and Y" (a
// reduced relative, after date and place adjuncts too): the two sides
// agree, also inside an urging; an instrument's name names no entity; and
// an instrument signed by one named side makes no pair with a place in its
// name.
func TestSignedBetween(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"signed between, inside an urging", "Summit called upon all parties to implement the Washington Accords signed between the DRC and the Republic of Rwanda.",
			[]string{"Democratic Republic of the Congo -agreed-> Rwanda (asserted)"}},
		{"instrument name, adjuncts", "The Committee on Defence welcomes the Memorandum of Understanding on Border Security and Management signed between the Government of Kenya and the Federal Government of Somalia in Mogadishu on 30th October 2025.",
			[]string{"Kenya -agreed-> Somalia (asserted)"}},
		{"one signer and a place in the name", "The Council recalls the Lomé Convention signed by the European Union in 1975.", nil},
	})
}

// TestTwoSidesOfTheDispute checks that "the two sides" are the two states
// the story relates most, not the last two persons who met.
func TestTwoSidesOfTheDispute(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"two sides after a meeting of others", "Serbia accused Kosovo of ethnic cleansing on Tuesday. Kosovo accused Serbia of financing criminal groups.\n\n" +
			"KFOR commander Major General Enrico Barduani met Kosovo Prime Minister Albin Kurti on Wednesday.\n\nThe two sides signed the Ohrid Agreement in 2023.",
			[]string{"Serbia -accused-> Kosovo (asserted)", "Kosovo -accused-> Serbia (asserted)", "Enrico Barduani -met-> Albin Kurti (asserted)", "Serbia -agreed-> Kosovo (asserted)"}},
	})
}

// TestHeadlineCommaVerbs checks a headline's second verb after a comma: its
// subject is the first verb's, never the first verb's object.
func TestHeadlineCommaVerbs(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"object of the first verb", "Abdelatty receives Sudanese counterpart in Cairo, condemns RSF attack on Port Sudan\n\nThe talks lasted two hours.",
			[]string{"Rapid Support Forces -attacked-> Port Sudan (asserted)"}},
	})
}

// TestSubjectToSanctions checks "X has been subject to Y sanctions": Y
// sanctioned X; and a designation's "as ..." before its by-agent.
func TestSubjectToSanctions(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"subject to sanctions", "Gang leader Jimmy Cherizier has been subject to United Nations sanctions since 2022.",
			[]string{"United Nations -sanctioned-> Jimmy Cherizier (asserted)"}},
		{"designated as, by", "Hezbollah was designated as a Foreign Terrorist Organization by the United States in 1997.",
			[]string{"United States -sanctioned-> Hezbollah (asserted)"}},
	})
}

// TestRoleApposition checks that a person named in apposition after a role
// is the argument, not the role's state or body: "the leader of the
// opposition Greens, X", "the president of Ghana, X", a role with an
// adjective ("Mali's transitional president, X").
func TestRoleApposition(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"role of a body, then the person", "Volodymyr Zelenskyy met the leader of the opposition Social Democrats, Magdalena Andersson, on Monday.",
			[]string{"Volodymyr Zelenskyy -met-> Magdalena Andersson (asserted)"}},
		{"a list after a titled person is no apposition", "Volodymyr Zelenskyy met the leader of the opposition Keir Starmer, Rishi Sunak and Ed Davey.",
			[]string{"Volodymyr Zelenskyy -met-> Ed Davey (asserted)", "Volodymyr Zelenskyy -met-> Keir Starmer (asserted)", "Volodymyr Zelenskyy -met-> Rishi Sunak (asserted)"}},
		{"role of a state after a preposition", "Antony Blinken held talks with the president of Ghana, John Mahama.",
			[]string{"Antony Blinken -met-> John Mahama (asserted)"}},
		{"role of a state as a direct object", "Antony Blinken accused the foreign minister of Ghana, Samuel Ablakwa, of misleading parliament.",
			[]string{"Antony Blinken -accused-> Samuel Ablakwa (asserted)"}},
		{"an adjective in a possessive role", "General Abdourahamane Tiani held talks with Mali's transitional president, General Assimi Goita.",
			[]string{"Abdourahamane Tiani -met-> Assimi Goita (asserted)"}},
		{"an adjective in a possessive role as subject", "Mali's long-serving foreign minister, Abdoulaye Diop, accused France of arming rebels.",
			[]string{"Abdoulaye Diop -accused-> France (asserted)"}},
		{"a capital in apposition is no person", "Antony Blinken visited the capital of Ghana, Accra.",
			[]string{"Antony Blinken -visited-> Ghana (asserted)"}},
	})
}

// TestEventNounAfterModifiers checks that an event noun after an indefinite
// article and several modifiers is a noun whose light verb's subject acts
// ("held a 90-minute meeting").
func TestEventNounAfterModifiers(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"numbered compound", "Kenyan President William Ruto and Ugandan President Yoweri Museveni held a 90-minute meeting on Friday.",
			[]string{"William Ruto -met-> Yoweri Museveni (asserted)"}},
		{"two adjectives", "Kenyan President William Ruto held a long private meeting with Ugandan President Yoweri Museveni.",
			[]string{"William Ruto -met-> Yoweri Museveni (asserted)"}},
	})
}

// TestCountedDesignations checks a designation whose object is a count of
// persons and entities ("is designating two individuals and one entity"):
// the numbered rows after it are its objects, however long their fields
// (a body in capitals before its short name in brackets is no dateline's
// place), and a numbered paragraph of prose is none.
func TestCountedDesignations(t *testing.T) {
	text := "WASHINGTON - Today, the Office of Foreign Assets Control (OFAC) is designating two individuals and one entity based in Iran.\n\n" +
		"DESIGNATED INDIVIDUALS\n\n1. KARIMI, Reza Ali (a.k.a. KARIMI, Reza); DOB 01 Jan 1970; POB Tabriz, Iran; nationality Iran; Passport X1234567 (Iran).\n\n" +
		"2. NOURI, Hamid; DOB 12 Feb 1981; nationality Iran; Address: Valiasr Street, Tehran, Iran.\n\n" +
		"DESIGNATED ENTITIES\n\n3. PARS MARINE TRADING LLC (a.k.a. PMT); Address: Port Road, Bandar Abbas, Iran.\n\n" +
		"4. Venezuela, which received the parts, has denied any wrongdoing in recent months.\n"
	runRecallCases(t, []recallCase{
		{"counted designation", text, []string{
			"Office of Foreign Assets Control -sanctioned-> Hamid Nouri (asserted)",
			"Office of Foreign Assets Control -sanctioned-> PARS MARINE TRADING LLC (asserted)",
			"Office of Foreign Assets Control -sanctioned-> Reza Ali Karimi (asserted)"}},
	})
}

// TestResolutionOpeningLine checks that a resolution opening with the body
// alone on a line and a comma ("The European Parliament,"), then its
// recitals, makes the numbered clauses after them the body's acts.
func TestResolutionOpeningLine(t *testing.T) {
	text := "Resolution on the situation in Moldova\n\nThe European Parliament,\n- having regard to its previous resolutions on Moldova,\n\n" +
		"A. whereas the border remains closed;\n\n1. Strongly condemns Russia's interference in the elections;\n\n" +
		"2. Calls on the Moldovan authorities to release the detained journalists;\n\n3. Warns Belarus that any transit of troops would be a grave violation;\n"
	runRecallCases(t, []recallCase{
		{"clauses after the opening line", text, []string{
			"European Parliament -criticized-> Russia (asserted)",
			"European Parliament -urged-> Moldova (asserted)",
			"European Parliament -warned-> Belarus (asserted)"}},
		{"a body with a comma inside a sentence is no opening", "The European Parliament, which met in Strasbourg, debated the report.\n\n1. Condemns the attack.\n", nil},
	})
}

// TestGovernmentOfLeader checks that "the government of" a known leader is
// the leader's state, and the leader is still an entity.
func TestGovernmentOfLeader(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"urged the government of a leader", "Colombia urged the government of Nicolás Maduro to close the border.",
			[]string{"Colombia -urged-> Venezuela (asserted)"}},
		{"criticized the government of a leader", "Chile criticized the government of Vladimir Putin.",
			[]string{"Chile -criticized-> Russia (asserted)"}},
	})
	x := Extract("Colombia urged the government of Nicolás Maduro to close the border.", Meta{})
	found := false
	for _, e := range x.Entities {
		found = found || e.ID == "person:nicolas-maduro"
	}
	if !found {
		t.Errorf("the leader is no entity: %+v", x.Entities)
	}
}

// TestMeasureNouns checks that a verb governs the act after a measure
// noun and "of": "adopted a new package of sanctions against X"; and that
// "listed" a body is a sanction.
func TestMeasureNouns(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"package of sanctions", "The European Union adopted a 19th package of sanctions against Belarus on Tuesday.",
			[]string{"European Union -sanctioned-> Belarus (asserted)"}},
		{"round of sanctions", "Canada imposed a fresh round of sanctions on Iran.",
			[]string{"Canada -sanctioned-> Iran (asserted)"}},
		{"listed as a sanction", "Washington listed Hamas as a terrorist organization in 1997.",
			[]string{"United States -sanctioned-> Hamas (asserted)"}},
		{"listed things are no sanction", "The ministry listed three demands.", nil},
	})
}

// TestSabotageVerbs checks the sabotage phrases of triggers.txt: "blew up",
// "set fire to", "torched" are attacks; their object may be a demonym's
// thing ("an Israeli tank": Israel).
func TestSabotageVerbs(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"blew up a demonym's thing", "Hamas blew up an Israeli tank near Rafah.",
			[]string{"Hamas -attacked-> Israel (asserted)"}},
		{"set fire to a state's building", "Al-Shabaab set fire to a Kenyan police post near Mandera on Monday.",
			[]string{"al-Shabaab -attacked-> Kenya (asserted)"}},
		{"torched", "Boko Haram torched a Nigerian army base in Borno.",
			[]string{"Boko Haram -attacked-> Nigeria (asserted)"}},
	})
}

// TestCallFromTitled checks "received a call from" a titled person, with a
// date or a style ("His Highness") between: the caller meets the subject.
func TestCallFromTitled(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"a date and a title before the caller", "Prime Minister Narendra Modi received a telephone call today from President Emmanuel Macron.",
			[]string{"Emmanuel Macron -met-> Narendra Modi (asserted)"}},
		{"a style before the caller", "Prime Minister Narendra Modi received a telephone call from His Highness Sheikh Tamim bin Hamad Al Thani, the Amir of Qatar.",
			[]string{"Tamim bin Hamad Al Thani -met-> Narendra Modi (asserted)"}},
	})
}

// TestAidNounToPlace checks that an aid noun that is no verb takes a place
// after "to" as its recipient ("the UAE's humanitarian assistance to
// Gaza"), while troops sent to a place are still no supply.
func TestAidNounToPlace(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"assistance to a place", "Japan's humanitarian assistance to Kharkiv continued in May.",
			[]string{"Japan -supplied-> Kharkiv (asserted)", "Japan -supplied-> Ukraine (asserted)"}},
		{"troops sent to a place", "Russia said the troops it sent to Kursk would stay.", nil},
	})
}

// TestTwoGovernments checks that "the two Governments" are the two states
// of the story, not the last two persons who met.
func TestTwoGovernments(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"two governments after two ministers", "Kenyan Foreign Minister Musalia Mudavadi spoke with Ugandan Foreign Minister Jeje Odongo on Monday. The two Governments signed a border agreement in 2023.",
			[]string{"Musalia Mudavadi -met-> Jeje Odongo (asserted)", "Kenya -agreed-> Uganda (asserted)"}},
	})
}

// TestSignedByAfterComma checks a participle set off by a comma with its
// agents ("the Declaration, signed by Presidents X and Y on ..."): the
// agents agreed, asserted though the noun is inside an urging, on the
// participle's own date, which does not date the urging; a plural title
// before the agents names them.
func TestSignedByAfterComma(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"plural title in a passive", "The Lusaka Protocol was signed by Presidents Hakainde Hichilema and Lazarus Chakwera in 2023.",
			[]string{"Hakainde Hichilema -agreed-> Lazarus Chakwera (asserted)"}},
		{"participle after a comma inside an urging", "Zambia urged Malawi to respect the Lusaka Protocol, signed by Presidents Hakainde Hichilema and Lazarus Chakwera on 14 December 2023.",
			[]string{"Zambia -urged-> Malawi (asserted)", "Hakainde Hichilema -agreed-> Lazarus Chakwera (asserted)"}},
	})
	pub, _ := graph.ParseDate("2025-04-23")
	x := Extract("Zambia urged Malawi to respect the Lusaka Protocol, signed by Presidents Hakainde Hichilema and Lazarus Chakwera on 14 December 2023.", Meta{Published: pub})
	for _, e := range x.Edges {
		want := "2025-04-23"
		if e.Type == graph.Agreed {
			want = "2023-12-14"
		}
		if e.Date.String() != want {
			t.Errorf("%s %s -> %s dated %s, want %s", e.Type, e.From, e.To, e.Date, want)
		}
	}
}

// TestIncursionsAndHeldLand checks that an incursion into a state is an
// invasion, that the men or units of a body are its by-agent ("by units
// of X"), and that land held by a state stands for it ("into territory
// administered by Y").
func TestIncursionsAndHeldLand(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"incursion by units of a body into held land", "Chile condemned the incursion by units of the Bolivarian National Armed Forces into territory administered by Guyana.",
			[]string{"Chile -criticized-> Bolivarian National Armed Forces (asserted)", "Bolivarian National Armed Forces -invaded-> Guyana (asserted)"}},
		{"an incursion with a possessor", "Ukraine's incursion into Russia began in August.",
			[]string{"Ukraine -invaded-> Russia (asserted)"}},
		{"troops entered held land", "Russian troops entered territory controlled by Ukraine.",
			[]string{"Russia -invaded-> Ukraine (asserted)"}},
	})
}

// TestCoordinationAcrossDescriptors checks coordinated objects joined by
// "along with", across a descriptor in apposition (", a refinery in
// Shandong province,") and with a "-based" place before a conjunct.
func TestCoordinationAcrossDescriptors(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"along with", "The Office of Foreign Assets Control designated Sea Lotus Shipping Ltd along with Brightwave Marine Management Ltd.",
			[]string{"Office of Foreign Assets Control -sanctioned-> Sea Lotus Shipping Ltd (asserted)", "Office of Foreign Assets Control -sanctioned-> Brightwave Marine Management Ltd (asserted)"}},
		{"across a descriptor", "Kenya accused Uganda, a neighbour in East Africa, and Sudan of arming rebels.",
			[]string{"Kenya -accused-> Uganda (asserted)", "Kenya -accused-> Sudan (asserted)"}},
		{"a based place before a conjunct", "The Office of Foreign Assets Control designated Sea Lotus Shipping Ltd, and Dubai-based Al Noor Marine Trading FZE.",
			[]string{"Office of Foreign Assets Control -sanctioned-> Sea Lotus Shipping Ltd (asserted)", "Office of Foreign Assets Control -sanctioned-> Al Noor Marine Trading FZE (asserted)"}},
	})
}

// TestSubjectAcrossRelative checks that the subject of a light verb and
// its event noun skips a relative clause set off by commas ("Chile and
// Peru, which signed a pact in 2024, held their first joint naval
// exercise"), and that a noun inside the relative clause is not the main
// subject's.
func TestSubjectAcrossRelative(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"joint exercise after a relative clause", "Chile and Peru, which signed a fisheries pact in March 2024, held their first joint naval exercise on Tuesday.",
			[]string{"Chile -agreed-> Peru (asserted)", "Chile -cooperated-> Peru (asserted)"}},
		{"a noun inside the relative clause", "Egypt and Qatar, which brokered earlier talks together with the United States, called on Israel to return to negotiations.",
			[]string{"Egypt -urged-> Israel (asserted)", "Qatar -urged-> Israel (asserted)"}},
	})
}

// TestReturnedToFrom checks "returned to X from Y": Y was visited, not X.
func TestReturnedToFrom(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"returned to the capital from abroad", "Foreign Minister Sugiono returned to Jakarta on Friday from Manila.",
			[]string{"Sugiono -visited-> Manila (asserted)"}},
		{"returned home is no visit", "Vladimir Putin returned to Moscow on Sunday.", nil},
	})
}

// TestDispatched checks that "dispatched" supplies like "sent": goods or
// forces to a state are a supply, a delegation is a visit.
func TestDispatched(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"goods", "The UAE has dispatched 300 tonnes of food and medical supplies to Chad.",
			[]string{"United Arab Emirates -supplied-> Chad (asserted)"}},
		{"a delegation travels", "Russia dispatched a delegation to Niger.",
			[]string{"Russia -visited-> Niger (asserted)"}},
	})
}

// TestPeoplesAsActors checks that a people's plural acts for its state
// ("Russians attacked Kharkiv", "Israelis and Palestinians held talks"),
// while an adjective still qualifies ("Swiss troops").
func TestPeoplesAsActors(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"a people as subject", "Russians attacked Kharkiv on Monday.",
			[]string{"Russia -attacked-> Kharkiv (asserted)"}},
		{"two peoples meet", "Israelis and Palestinians held talks in Cairo.",
			[]string{"Israel -met-> Palestine (asserted)"}},
		{"a plural adjective form", "Swiss troops entered Liechtenstein.",
			[]string{"Switzerland -invaded-> Liechtenstein (asserted)"}},
	})
}

// TestAcronymAfterUnknownName checks a by-agent named in a language no list
// knows before its known acronym in brackets ("by the Mouvement du 23 mars
// (M23)"): the acronym's body acts.
func TestAcronymAfterUnknownName(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"by-agent of a condemned offensive", "Angola condemned the offensive launched by the Mouvement du 23 mars (M23) near Goma.",
			[]string{"Angola -criticized-> M23 (asserted)"}},
	})
}

// TestSupplyWithAfterAcronym checks "supplied X (ACR) with Y": the bracketed
// acronym between the recipient and "with" keeps X the recipient.
func TestSupplyWithAfterAcronym(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"acronym before with", "Turkey has supplied the Armed Forces of Malta (AFM) with patrol boats.",
			[]string{"Turkey -supplied-> Armed Forces of Malta (asserted)"}},
	})
}

// TestItOpeningSentence checks "It" opening a sentence (after a date or an
// adverbial and a comma) as the subject of a trigger: the state or body
// that was the previous sentence's subject; an expletive "It is" is none.
func TestItOpeningSentence(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"it after a date", "Australia funds the police academy. Last year it delivered 13 new vehicles to Fiji.",
			[]string{"Australia -supplied-> Fiji (asserted)"}},
		{"it opening the sentence", "Japan hosted the conference. It also accused China of coercion.",
			[]string{"Japan -accused-> China (asserted)"}},
		{"an expletive it", "Australia criticized Fiji. It is unclear whether aid reached Tonga.",
			[]string{"Australia -criticized-> Fiji (asserted)"}},
	})
}

// TestInterviewAnswers checks an interview written as questions and answers
// ("Q: ..." / "A: ..."): an answer's "I" and "we" are the person the page
// names first (the one interviewed), a question's "you" is that person, and
// a yes-no question asserts nothing.
func TestInterviewAnswers(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"answer's I and we", "Defence Minister Ana Pereira spoke to reporters in Lisbon. Q: What did you tell Spain? A: I met Minister Robles on Friday. We urged Morocco to reopen the crossing.",
			[]string{"Ana Pereira -met-> Robles (asserted)", "Ana Pereira -urged-> Morocco (asserted)"}},
		{"question's you", "Foreign Minister Tomas Lind gave an interview. Q: You visited Kenya last week. Why?",
			[]string{"Tomas Lind -visited-> Kenya (asserted)"}},
		{"a yes-no question", "Q: Will Japan send troops to Haiti? A: Nothing has been decided.",
			[]string{"Japan -supplied-> Haiti (speculative)"}},
		{"a statement in a question's turn", "Q: Russia attacked Kharkiv on Monday. Did you expect it?",
			[]string{"Russia -attacked-> Kharkiv (asserted)"}},
	})
}

// TestHeaderSpeakerAfterMenu checks a speech's heading ("Statement by ...")
// that a page title and a menu line precede: its speaker's "I" and "we"
// from there on, not the body whose session the heading names.
func TestHeaderSpeakerAfterMenu(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"speech at a session", "World Health Assembly - Plenary\nStatements | Webcast | Documents\n\nStatement by the Honourable Mari Lento, Minister of Health of Estonia\nPlenary of the 79th Session of the World Health Assembly\n\nLast week I visited Riga, where I met Prime Minister Evika Silina. We urge Russia to release the doctors.",
			[]string{"Mari Lento -visited-> Riga (asserted)", "Mari Lento -met-> Evika Silina (asserted)", "Mari Lento -urged-> Russia (asserted)"}},
	})
}

// TestPronounAfterOpeningClause checks "he" after an adverbial clause that
// opens the sentence: the clause's subject, not the last person named.
func TestPronounAfterOpeningClause(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"when-clause subject", "When President Lula visited Paris and met President Emmanuel Macron, he then flew to Berlin.",
			[]string{"Luiz Inacio Lula da Silva -visited-> Paris (asserted)", "Luiz Inacio Lula da Silva -met-> Emmanuel Macron (asserted)", "Luiz Inacio Lula da Silva -visited-> Berlin (asserted)"}},
	})
}

// TestInterviewIsNoMeeting checks that sitting down with the outlet that
// publishes the page is an interview, no meeting; a meeting with another
// party stays.
func TestInterviewIsNoMeeting(t *testing.T) {
	pub, _ := graph.ParseDate("2024-03-10")
	x := Extract("Foreign Minister Penny Wong sat down with The Straits Times in Canberra. She met Vivian Balakrishnan on Monday.",
		Meta{Published: pub, Source: "The Straits Times"})
	got := factStrings(x)
	want := []string{"Penny Wong -met-> Vivian Balakrishnan (asserted)"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestCompanyNamedByKind checks a company named after a people's adjective
// or a place-based modifier and its kind ("Chinese refiner X", "Dubai-based
// oil trader X", "to Russian state shipping group X"): the company is the
// argument, not the state; later its own words name it ("X Trading FZE" is
// "X" again).
func TestCompanyNamedByKind(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"demonym and kind before the name", "Canada sanctioned Turkish shipper Kestrel Marine Lines on Friday.",
			[]string{"Canada -sanctioned-> Kestrel Marine Lines (asserted)"}},
		{"place-based and kind", "Japan imposed sanctions on Dubai-based metals trader Orion Crest FZE.",
			[]string{"Japan -sanctioned-> Orion Crest FZE (asserted)"}},
		{"the own words later", "Japan imposed sanctions on Orion Crest Trading FZE. Orion Crest supplied drones to Russia.",
			[]string{"Japan -sanctioned-> Orion Crest Trading FZE (asserted)", "Orion Crest Trading FZE -supplied-> Russia (asserted)"}},
		{"recipient after demonym and kind", "Orion Crest Trading FZE shipped fuel to Iranian state shipping group Mahan Lines.",
			[]string{"Orion Crest Trading FZE -supplied-> Mahan Lines (asserted)"}},
	})
}

// TestContactRelativeAgent checks an event noun followed by a relative
// clause without "that" ("the sanctions Washington imposed on X"): the
// clause's subject is the event's agent.
func TestContactRelativeAgent(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"sanctions imposed", "Venezuela condemned the sanctions Canada imposed on the oil company PDVSA.",
			[]string{"Venezuela -criticized-> Canada (asserted)", "Canada -sanctioned-> PDVSA (asserted)"}},
		{"aid sent", "Officials praised the aid Norway sent to Sudan in May.",
			[]string{"Norway -supplied-> Sudan (asserted)"}},
	})
}

// TestCommuniqueBodies checks a communiqué's "the Council": the body named
// as a modifier ("the 46th Supreme Council session") is not it; a place
// noun's list in apposition names places ("the three islands, A, B and C");
// claims a denial verb rejects assert nothing.
func TestCommuniqueBodies(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"a body as a modifier", "The Ministerial Council of the Arab League met in Cairo. The Council reviewed the decisions of the 12th Supreme Council session. The Council condemned Israel.",
			[]string{"Ministerial Council of the Arab League -criticized-> Israel (asserted)"}},
		{"a place noun's list in apposition", "Turkey condemned the occupation of the two islands, Kardak Rock and Imia Rock, by Greece.",
			[]string{"Turkey -criticized-> Greece (asserted)", "Greece -invaded-> Kardak Rock (asserted)", "Greece -invaded-> Imia Rock (asserted)"}},
		{"rejected claims", "Qatar rejected as false claims that Egypt had supplied weapons to Libya.",
			[]string{"Egypt -supplied-> Libya (negated)"}},
	})
}

// TestExercisesAndJointAgents checks exercises as cooperation ("exercised
// with", "held a joint exercise", "the exercise conducted by X (ACR) and
// Y"), never the verb "exercise restraint"; "between X and Y and Z" pairs X
// with each; a deal "mediated by" two states is not theirs.
func TestExercisesAndJointAgents(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"exercised with", "The Chilean navy exercised with the Peruvian Navy off Arica.",
			[]string{"Chile -cooperated-> Peruvian Navy (asserted)"}},
		{"coordinated subject of a light verb", "Ghanaian and Togolese troops held their first joint exercise near Lome on Monday.",
			[]string{"Ghana -cooperated-> Togo (asserted)"}},
		{"agents of a participle with an acronym", "Both ministers welcomed the exercise conducted by the Royal Thai Navy (RTN) and the Indian Navy in May.",
			[]string{"Royal Thai Navy -cooperated-> Indian Navy (asserted)"}},
		{"exercise restraint", "Norway urged Serbia and Kosovo to exercise restraint.",
			[]string{"Norway -urged-> Serbia (asserted)", "Norway -urged-> Kosovo (asserted)"}},
		{"one side and two others", "Oman backed cooperation between Japan and the African Union and the Arab League.",
			[]string{"Japan -cooperated-> African Union (asserted)", "Japan -cooperated-> Arab League (asserted)"}},
		{"a deal mediated by two", "Armenia and Azerbaijan signed a deal mediated by Qatar and Oman.",
			[]string{"Armenia -agreed-> Azerbaijan (asserted)"}},
	})
}

// TestEquippedIsNoSupply checks that a supply verb describing a noun
// before "with" ("personnel armed with knives") is no supply, while "armed
// X with Y" and a by-agent still are.
func TestEquippedIsNoSupply(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"equipped", "Chinese coast guard personnel armed with knives boarded Philippine boats.", nil},
		{"armed X with Y", "Iran armed the Houthis with drones.",
			[]string{"Iran -supplied-> Houthis (asserted)"}},
	})
}

// TestSurnameLikeDemonymAndArmedGroups checks a surname that is a people's
// word after a role ("rights chief Volker Türk on Thursday"), a state's
// force coordinated with an armed group's kind and name ("Myanmar's
// military and the ethnic Arakan Army"), and armed groups whose names hold
// another's ("Kataib Hezbollah" is not Hezbollah).
func TestSurnameLikeDemonymAndArmedGroups(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"surname after a role", "UN rights chief Volker Türk on Monday urged Sudan to open the border.",
			[]string{"Volker Türk -urged-> Sudan (asserted)"}},
		{"a people's word qualifying a noun", "Army chief Selim Aksoy said Turkish troops entered Syria.",
			[]string{"Turkey -invaded-> Syria (alleged, by Selim Aksoy)"}},
		{"a state's force and an armed group", "Thailand urged Myanmar's military and the ethnic Kachin Independence Army to stop fighting.",
			[]string{"Thailand -urged-> Myanmar (asserted)", "Thailand -urged-> Kachin Independence Army (asserted)"}},
		{"an armed group holding another's name", "Washington blamed Kataib Hezbollah for the drone attack on Erbil.",
			[]string{"United States -accused-> Kataib Hezbollah (asserted)", "Kataib Hezbollah -attacked-> Erbil (asserted)"}},
	})
}

// TestWireSentenceShapes checks shapes of wire sentences: a guest named in
// apposition after a people's word and a role ("received his Colombian
// counterpart, X"), "he" opening an adverbial clause after the main clause
// is its subject ("X was received by Y as he arrived in Z"), and a
// two-state name before a lower-case joint activity ("joint Japan-Philippines
// naval drills"; a "trade committee" is no act).
func TestWireSentenceShapes(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"guest after a role", "President Gabriel Boric received his Argentine counterpart, Javier Milei, in Santiago.",
			[]string{"Gabriel Boric -met-> Javier Milei (asserted)", "Javier Milei -visited-> Santiago (asserted)"}},
		{"he after the main clause", "Xi Jinping was received by Prime Minister Anthony Albanese on Monday as he arrived in Perth.",
			[]string{"Xi Jinping -met-> Anthony Albanese (asserted)", "Xi Jinping -visited-> Perth (asserted)"}},
		{"two-state name and drills", "The joint Japan-Philippines naval drills ended on Monday.",
			[]string{"Japan -cooperated-> Philippines (asserted)"}},
		{"a committee is no act", "The ministers agreed to revive the joint Egyptian-Sudanese trade committee.", nil},
	})
}

// TestArticleFalsePositives checks shapes that gave facts nobody stated: a
// verb form heading a compound noun after a participle ("damaging apartment
// blocks"), an event noun whose complement a modal follows ("talks between
// X and Y could open"), "his" opening an apposition after the clause is the
// subject's ("X held talks with Y in Z, his second trip to ..."), and a sea
// qualifying a city ("the Red Sea city").
func TestArticleFalsePositives(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"compound noun", "Russian drones attacked Kyiv overnight, damaging apartment blocks in two districts, the city's mayor, Vitali Klitschko, said.",
			[]string{"Russia -attacked-> Ukraine (asserted)"}},
		{"modal after the complement", "Diplomats said talks between Serbia and Kosovo could resume in May.",
			[]string{"Serbia -met-> Kosovo (speculative)"}},
		{"his after the clause", "Egyptian Foreign Minister Badr Abdelatty held talks with Abdel Fattah al-Burhan in Port Sudan on Monday, his second trip to the Red Sea city this year.",
			[]string{"Badr Abdelatty -met-> Abdel Fattah al-Burhan (asserted)", "Badr Abdelatty -visited-> Port Sudan (asserted)"}},
	})
}

// TestOffshorePlaces checks that waters off a place, alone or with its
// province, are where an exercise happens, not the target of its "strike".
func TestOffshorePlaces(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"address after off", "General Maria Santos reviewed the combined maritime strike serial conducted off Laoag, Ilocos Norte.", nil},
		{"strike on a place still counts", "Russian drones struck Odesa overnight.",
			[]string{"Russia -attacked-> Odesa (asserted)"}},
	})
}

// TestShootingAndStyles checks "shot at" and "opened fire on" as attacks
// (never "shot down") and "Sayyid" as a style before a name.
func TestShootingAndStyles(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"shot at", "Venezuelan soldiers shot at a Guyanese patrol boat on Tuesday.",
			[]string{"Venezuela -attacked-> Guyana (asserted)"}},
		{"opened fire on", "Eritrean troops opened fire on Ethiopian positions near Zalambessa.",
			[]string{"Eritrea -attacked-> Ethiopia (asserted)"}},
		{"shot down is none", "Polish jets shot down three Russian drones over Lublin.", nil},
		{"sayyid", "Sayyid Badr Albusaidi received Abbas Araghchi in Muscat.",
			[]string{"Badr Albusaidi -met-> Abbas Araghchi (asserted)", "Abbas Araghchi -visited-> Muscat (asserted)"}},
	})
}

// TestCondemnedAttackWithDate checks "condemned the attack on Wednesday":
// the date after "on" is no party, the last attacker is criticized.
func TestCondemnedAttackWithDate(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"attack then a dated condemnation", "Eritrean troops attacked an Ethiopian border post on Tuesday. Kenya condemned the attack on Wednesday.",
			[]string{"Eritrea -attacked-> Ethiopia (asserted)", "Kenya -criticized-> Eritrea (asserted)"}},
	})
}

// TestArrivalIdiomsAndPossessedVisits checks arrival idioms ("touched down
// in", "stepped off the plane in") and a possessor's visit noun after a
// place ("Modi's Moscow visit" is Modi's visit, never Moscow visiting).
func TestArrivalIdiomsAndPossessedVisits(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"touched down", "Jeremiah Manele touched down in Beijing on Monday.",
			[]string{"Jeremiah Manele -visited-> Beijing (asserted)"}},
		{"stepped off the plane", "When Jeremiah Manele stepped off the plane in Beijing, the choreography was familiar.",
			[]string{"Jeremiah Manele -visited-> Beijing (asserted)"}},
		{"a possessor's visit", "Narendra Modi's Moscow visit angered Kyiv.",
			[]string{"Narendra Modi -visited-> Russia (asserted)"}},
	})
}

// TestStormingIsAnAttack checks that armed men storming a town, a post or a
// building attack it; they invade no state.
func TestStormingIsAnAttack(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"fighters stormed a city", "In October, RSF fighters stormed El Fasher after an 18-month siege.",
			[]string{"Rapid Support Forces -attacked-> El Fasher (asserted)"}},
		{"troops still enter", "Russian troops entered Georgia in August 2008.",
			[]string{"Russia -invaded-> Georgia (asserted)"}},
	})
}

// TestSiteNamedBeforeFacility checks a one-word name before a facility
// that an attack or visit verb takes ("bombed the Fordow enrichment
// facility", "visited the Kapustin air base"): the name is a place.
func TestSiteNamedBeforeFacility(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"attack on a site", "The United States bombed the Natanz enrichment facility on Sunday.",
			[]string{"United States -attacked-> Natanz (asserted)"}},
		{"a first name is no site", "Officials visited the Maria reactor on Monday.", nil},
	})
}
