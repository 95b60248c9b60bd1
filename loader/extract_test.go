package loader

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
)

// factStrings renders the facts of an extraction as "From -type-> To (modality[, by X])".
//
// A visit (attack, invasion) to a state that the same sentence states as a
// visit (attack, invasion) to a place inside it is derived
// (TestVisitToPlaceImpliesState and TestAttackOnPlaceImpliesState check it)
// and left out, so that the tables list what the text says.
func factStrings(x *graph.Extraction) []string {
	names := map[string]string{}
	country := map[string]string{}
	for _, e := range x.Entities {
		names[e.ID] = e.Name
		if e.Kind == graph.KindPlace {
			country[e.ID] = e.Country
		}
	}
	placeVisits := map[string]bool{}
	derives := func(t graph.RelationType) bool {
		return t == graph.Visited || t == graph.Attacked || t == graph.Invaded
	}
	for _, e := range x.Edges {
		if c := country[e.To]; derives(e.Type) && c != "" && len(e.Mentions) > 0 {
			placeVisits[fmt.Sprint(e.Type, e.From, c, e.Mentions[0].Sentence)] = true
		}
	}
	var out []string
	for _, e := range x.Edges {
		if derives(e.Type) && len(e.Mentions) > 0 && placeVisits[fmt.Sprint(e.Type, e.From, e.To, e.Mentions[0].Sentence)] {
			continue
		}
		s := fmt.Sprintf("%s -%s-> %s (%s", names[e.From], e.Type, names[e.To], e.Modality)
		if e.AttributedTo != "" {
			s += ", by " + names[e.AttributedTo]
		}
		out = append(out, s+")")
	}
	sort.Strings(out)
	return out
}

func hasFact(facts []string, want string) bool {
	for _, f := range facts {
		if f == want || strings.HasPrefix(want, "~") && strings.HasPrefix(f, want[1:]) {
			return true
		}
	}
	return false
}

// TestExtractSentences checks news-wire sentences of every relation type and
// every hard case. want lists facts that must be found, as
// "From -type-> To (modality)" ("~" prefix: prefix match); with exact set, no
// other asserted or alleged fact may be found.
func TestExtractSentences(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		pub   string
		want  []string
		exact bool
	}{
		// visited
		{"visited verb", "French President Emmanuel Macron visited Kyiv on Tuesday.", "2024-03-14",
			[]string{"Emmanuel Macron -visited-> Kyiv (asserted)"}, true},
		{"visited arrived", "Chinese Foreign Minister Wang Yi arrived in Moscow on Monday for talks.", "2024-04-10",
			[]string{"Wang Yi -visited-> Moscow (asserted)"}, false},
		{"visited travelled", "Indian Prime Minister Narendra Modi travelled to Ukraine last week.", "2024-08-30",
			[]string{"Narendra Modi -visited-> Ukraine (asserted)"}, true},
		{"visited nominal", "Blinken's visit to Beijing was his first in five years.", "2023-06-20",
			[]string{"Antony Blinken -visited-> Beijing (asserted)"}, false},
		{"visited converse host", "Japan hosted Australian Prime Minister Anthony Albanese in Tokyo.", "2023-10-02",
			[]string{"Japan -met-> Anthony Albanese (asserted)", "Anthony Albanese -visited-> Tokyo (asserted)"}, false},
		// urged: "both sides" of a mediation, no object past the infinitive
		{"urged both sides of a mediation", "Qatar, which has mediated between Israel and Hamas, urged both sides to accept the truce.", "2024-05-06",
			[]string{"Qatar -urged-> Israel (asserted)", "Qatar -urged-> Hamas (asserted)"}, true},
		{"urged both sides of a war", "Eritrean troops attacked Ethiopia on Monday.\n\nKenyan President William Ruto met Egyptian President Abdel Fattah al-Sisi on Tuesday. Kenya and Egypt called on both sides to return to talks.", "2024-05-06",
			[]string{"Eritrea -attacked-> Ethiopia (asserted)", "William Ruto -met-> Abdel Fattah al-Sisi (asserted)", "Kenya -urged-> Eritrea (asserted)", "Kenya -urged-> Ethiopia (asserted)", "Egypt -urged-> Eritrea (asserted)", "Egypt -urged-> Ethiopia (asserted)"}, true},
		{"meeting place not in a later speech clause", "Fijian Prime Minister Sitiveni Rabuka met Albanese in Canberra on Monday and later said his officers would keep training with Chinese police in Suva.", "2024-05-06",
			[]string{"Sitiveni Rabuka -met-> Anthony Albanese (asserted)", "Sitiveni Rabuka -visited-> Canberra (asserted)"}, true},
		{"direct object not an entity", "The United States imposed sanctions on Min Aung Hlaing, accusing the junta of attacking villages, and on Soe Win.", "2024-05-06",
			[]string{"United States -sanctioned-> Min Aung Hlaing (asserted)"}, true},
		{"a place antecedent hosts nobody", "Drones struck Fort Liberia, which hosts UN agencies and the government, on Friday.", "2024-05-06",
			nil, true},
		{"the regional state refers back", "Mali severed relations with Algeria on Monday, accusing the North African country of harbouring terrorists.", "2024-05-06",
			[]string{"Mali -accused-> Algeria (asserted)"}, true},
		{"participle outside the negation of its verb", "Niger withdrew its ambassador from Benin, accusing the coastal state of hosting French troops.", "2024-05-06",
			[]string{"Niger -accused-> Benin (asserted)"}, false},
		{"vowed to retaliate against", "North Korea vowed on Monday to retaliate against South Korea over the leaflet launches.", "2024-05-06",
			[]string{"North Korea -threatened-> South Korea (asserted)"}, true},
		{"retaliate without a target", "Iran pledged to retaliate after the strike.", "2024-05-06",
			nil, true},
		{"denied that ... and condemned", "Russia's deputy foreign minister, Sergei Ryabkov, denied that Moscow armed the Taliban's fighters and condemned the British sanctions as illegal.", "2024-05-06",
			[]string{"Sergei Ryabkov -criticized-> United Kingdom (asserted)"}, false},
		{"two coordinated urgings", "Antony Blinken urged Israel to allow more aid and pressed Egypt to reopen the border crossing.", "2024-05-06",
			[]string{"Antony Blinken -urged-> Israel (asserted)", "Antony Blinken -urged-> Egypt (asserted)"}, true},
		{"org named after its type noun", "Colombia accused the Ecuadorian gang Los Choneros of smuggling cocaine.", "2024-05-06",
			[]string{"Colombia -accused-> Los Choneros (asserted)"}, true},
		{"firm named after its type noun", "The United States sanctioned the Turkish firm Kalyon Trading on Friday.", "2024-05-06",
			[]string{"United States -sanctioned-> Kalyon Trading (asserted)"}, true},
		{"he and his counterpart", "Kenyan President William Ruto flew to Addis Ababa on Monday, where he and his Ethiopian counterpart Abiy Ahmed signed a trade pact.", "2024-05-06",
			[]string{"William Ruto -visited-> Addis Ababa (asserted)", "William Ruto -agreed-> Abiy Ahmed (asserted)"}, true},
		{"the speaker's government", "Ghana's finance minister, Kwame Mensah, said that the government had asked Nigeria to reopen the border.", "2024-05-06",
			[]string{"~Ghana -urged-> Nigeria (alleged"}, true},
		{"the government in a capital", "Russian Foreign Minister Sergei Lavrov accused the government in Kyiv of sabotaging the talks.", "2024-05-06",
			[]string{"Sergey Lavrov -accused-> Ukraine (asserted)"}, true},
		{"his country is the speaker's state", "Guyana's foreign minister said Venezuela had threatened his country's territory.", "2024-05-06",
			[]string{"~Venezuela -threatened-> Guyana (alleged"}, true},
		{"speech act after a complement", "Serbia's president said his government would leave the talks and condemned Kosovo for the arrests.", "2024-05-06",
			[]string{"Serbia -criticized-> Kosovo (asserted)"}, true},
		{"joint exercises with modifiers, coordinated demonyms", "Egyptian and Sudanese troops held joint desert warfare exercises near Aswan this week.", "2024-05-06",
			[]string{"Egypt -cooperated-> Sudan (asserted)"}, true},
		{"joint patrols of two states", "Djiboutian and Somali forces began joint coastal patrols on Monday.", "2024-05-06",
			[]string{"Djibouti -cooperated-> Somalia (asserted)"}, true},
		{"two known bodies joined by and", "Somalia asked the Arab League and the United Nations Security Council to condemn the deal.", "2024-05-06",
			[]string{"Somalia -urged-> Arab League (asserted)", "Somalia -urged-> United Nations Security Council (asserted)"}, true},
		{"working with", "Moldova's customs service is working with Frontex to stop arms smuggling.", "2024-05-06",
			[]string{"Moldova -cooperated-> Frontex (asserted)"}, true},
		{"known acronym of a force", "Serbia criticized KFOR for the raid on Monday.", "2024-05-06",
			[]string{"Serbia -criticized-> Kosovo Force (asserted)"}, true},
		{"received by a host", "Colombian President Gustavo Petro flew to Caracas, where he was received by Venezuelan President Nicolas Maduro.", "2024-05-06",
			[]string{"Gustavo Petro -visited-> Caracas (asserted)", "Gustavo Petro -met-> Nicolas Maduro (asserted)"}, true},
		{"a message received is no meeting", "The proposal was received by Brazil with caution.", "2024-05-06",
			nil, true},
		{"we in a quotation is its speaker's", "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday.\n\nForeign Minister Musalia Mudavadi said: \"Kenya is ready to help. We have asked the African Union to send observers.\"", "2024-05-06",
			[]string{"William Ruto -met-> Abiy Ahmed (asserted)", "Abiy Ahmed -visited-> Nairobi (asserted)", "Musalia Mudavadi -urged-> African Union (asserted)"}, true},
		{"a transcript turn's our", "President of Armenia Vahagn Khachaturyan: Dear friends,\n\nLast year France delivered ambulances to our regions as aid.", "2024-05-06",
			[]string{"France -supplied-> Armenia (asserted)"}, true},
		{"coordinate closely", "Kazakhstan and Uzbekistan coordinate closely within the Shanghai Cooperation Organisation.", "2024-05-06",
			[]string{"Kazakhstan -cooperated-> Uzbekistan (asserted)"}, true},
		{"its skips a prepositional object", "Germany thanked Poland for hosting refugees from Ukraine and for its military assistance to Lithuania.", "2024-05-06",
			[]string{"Poland -supplied-> Lithuania (asserted)"}, false},
		{"a deal signed by two leaders", "Trade rose after the accord signed by Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan in Arusha.", "2024-05-06",
			[]string{"William Ruto -agreed-> Samia Suluhu Hassan (asserted)"}, false},
		{"a reduced relative with one agent", "The ceasefire brokered by Qatar collapsed on Friday.", "2024-05-06",
			nil, true},
		{"double object supply", "Japan gave the Philippines five coastal radar systems last year.", "2024-05-06",
			[]string{"Japan -supplied-> Philippines (asserted)"}, true},
		{"a recipient's possessive is no recipient", "Japan sent Manila's navy a patrol ship.", "2024-05-06",
			nil, true},
		{"reported on joint exercises with two demonyms", "Armenian Defence Minister Suren Papikyan reported on joint exercises with French and Greek troops near Yerevan.", "2024-05-06",
			[]string{"Suren Papikyan -cooperated-> France (asserted)", "Suren Papikyan -cooperated-> Greece (asserted)"}, true},
		{"thanked X for the delivery", "Moldova thanked Romania for the delivery of gas turbines in January.", "2024-05-06",
			[]string{"Romania -supplied-> Moldova (asserted)"}, true},
		{"given name and name prefix of persons named before", "Ethiopian Prime Minister Abiy Ahmed and Somali President Hassan Sheikh Mohamud attended the summit.\n\nAbiy and Hassan Sheikh met on Friday.", "2024-05-06",
			[]string{"Abiy Ahmed -met-> Hassan Sheikh Mohamud (asserted)"}, true},
		{"a surname with particle is the person named before", "Peruvian Foreign Minister Hugo de Zela met Chilean Foreign Minister Alberto van Klaveren.\n\nDe Zela later criticized Bolivia.", "2024-05-06",
			[]string{"Hugo de Zela -met-> Alberto van Klaveren (asserted)", "Hugo de Zela -criticized-> Bolivia (asserted)"}, true},
		{"object pronoun is not the subject; by phone; the two ministers", "Chilean Foreign Minister Alberto van Klaveren took office on Monday.\n\nArgentine Foreign Minister Diana Mondino congratulated him by phone, and the two ministers agreed to meet in May.", "2024-05-06",
			[]string{"Diana Mondino -met-> Alberto van Klaveren (asserted)", "Diana Mondino -agreed-> Alberto van Klaveren (asserted)"}, true},
		{"telephoned", "Brazilian President Luiz Inacio Lula da Silva telephoned Gustavo Petro on Friday.", "2024-05-06",
			[]string{"Luiz Inacio Lula da Silva -met-> Gustavo Petro (asserted)"}, true},
		{"a trip that would be", "Ghanaian President John Mahama said his first trip abroad would be to Abuja.", "2024-05-06",
			[]string{"~John Mahama -visited-> Abuja (speculative"}, true},
		{"the summit communique is its body's", "Leaders met at an extraordinary summit of the Southern African Development Community in Harare.\n\nThe summit communique condemned M23 and called on Rwanda to withdraw its troops.", "2024-05-06",
			[]string{"Southern African Development Community -criticized-> M23 (asserted)", "Southern African Development Community -urged-> Rwanda (asserted)"}, true},
		{"under a state's sanctions", "Venezuelan President Nicolas Maduro, who is under European Union sanctions, attended the summit.", "2024-05-06",
			[]string{"European Union -sanctioned-> Nicolas Maduro (asserted)"}, true},
		{"persons of a body as object", "Canada sanctioned five commanders of Hezbollah on Monday.", "2024-05-06",
			[]string{"Canada -sanctioned-> Hezbollah (asserted)"}, true},
		{"a zone in a state occupied", "Turkish troops occupied a buffer zone in northern Iraq last year.", "2024-05-06",
			[]string{"Turkey -invaded-> Iraq (asserted)"}, true},
		{"it as object of a trigger", "The European Union imposed sanctions on Belarus's Belaruskali Company, accusing it of funding the regime.", "2024-05-06",
			[]string{"European Union -sanctioned-> Belaruskali Company (asserted)", "European Union -accused-> Belaruskali Company (asserted)"}, false},
		{"a discussed partnership exists", "The ministers discussed the growing partnership between Japan and the Philippines.", "2024-05-06",
			[]string{"Japan -cooperated-> Philippines (asserted)"}, true},
		{"the city is the place named last", "Fighting raged in El Obeid on Monday.\n\nThe United Nations condemned the Rapid Support Forces for the repeated attacks on the city's markets.", "2024-05-06",
			[]string{"United Nations -criticized-> Rapid Support Forces (asserted)", "Rapid Support Forces -attacked-> El Obeid (asserted)"}, true},
		{"the mission is the organization named by that head", "Kenya leads the Multinational Security Support mission in Haiti.\n\nCanada said it had given ten armoured vehicles to the mission.", "2024-05-06",
			[]string{"~Canada -supplied-> Multinational Security Support mission (a"}, false},
		{"sanctions on X ..., and on Y; whom Z blamed", "Britain imposed sanctions on Myanmar's army chief Min Aung Hlaing, citing the coup, and on his deputy General Soe Win, whom London blamed for the killings.", "2024-05-06",
			[]string{"United Kingdom -sanctioned-> Min Aung Hlaing (asserted)", "United Kingdom -sanctioned-> Soe Win (asserted)", "United Kingdom -accused-> Soe Win (asserted)"}, true},
		{"an allegation after the fact accuses its actor", "Russia has supplied missiles to the Houthis, the exiled Yemeni government alleged on Monday.", "2024-05-06",
			[]string{"~Russia -supplied-> Houthis (alleged", "Yemen -accused-> Russia (asserted)"}, true},
		{"a statement said after the fact accuses nobody", "Russia has supplied missiles to the Houthis, Yemen said on Monday.", "2024-05-06",
			[]string{"~Russia -supplied-> Houthis (alleged"}, true},
		{"a state-led coalition is an organization", "The French-led mission struck Islamic State positions near Raqqa on Friday.", "2024-05-06",
			[]string{"French-led mission -attacked-> Islamic State (asserted)"}, true},
		{"an unnamed envoy named in the next sentence", "The African Union's envoy for the Great Lakes held talks in Kinshasa on Friday.\n\nKarim Delmas, who arrived in the region this week, urged calm. He met Rwandan President Paul Kagame in Kigali on Saturday.", "2024-05-06",
			[]string{"Karim Delmas -met-> Paul Kagame (asserted)", "Karim Delmas -visited-> Kigali (asserted)"}, false},
		{"a relative clause's speakers attribute nothing", "Egypt warned Israel on Monday against an offensive into Rafah, which Israeli officials say could begin soon.", "2024-05-06",
			[]string{"Egypt -warned-> Israel (asserted)"}, false},
		{"a modal governs coordinated verbs", "Under the deal, Chile and Peru will exchange criminal records and coordinate patrols at the border.", "2024-05-06",
			[]string{"~Chile -cooperated-> Peru (speculative"}, true},
		{"a modal in a complement does not govern the speaker's act", "Armenia's prime minister said his country could leave the bloc and criticised Russia for its inaction.", "2024-05-06",
			[]string{"Armenia -criticized-> Russia (asserted)"}, true},
		{"a name written in lower case", "Somalia accused al-Shabaab of the bombing in Baidoa.", "2024-05-06",
			[]string{"Somalia -accused-> al-Shabaab (asserted)"}, true},
		{"a mission named with its place", "Sudan criticized the United Nations Integrated Transition Assistance Mission in Sudan on Monday.", "2024-05-06",
			[]string{"Sudan -criticized-> United Nations Integrated Transition Assistance Mission in Sudan (asserted)"}, true},
		{"a move X condemned", "Hungary's prime minister said on Monday that his government would veto the aid package, a move the European Commission condemned.", "2024-05-06",
			[]string{"European Commission -criticized-> Hungary (asserted)"}, false},
		{"urged unnamed parties", "Norway urged all parties to show restraint, and Sweden's envoy said Ulf Kristersson was worried.", "2024-05-06",
			nil, true},
		// met
		{"met with", "German Chancellor Olaf Scholz met with Chinese President Xi Jinping in Beijing on Tuesday.", "2024-04-17",
			[]string{"Olaf Scholz -met-> Xi Jinping (asserted)", "Olaf Scholz -visited-> Beijing (asserted)"}, true},
		{"met summit nominal", "The summit between Joe Biden and Xi Jinping took place in California.", "2023-11-16",
			[]string{"Joe Biden -met-> Xi Jinping (asserted)"}, false},
		{"met held talks", "Iran and Saudi Arabia held talks with China in Beijing.", "2023-03-10",
			[]string{"Iran -met-> China (asserted)", "Saudi Arabia -met-> China (asserted)"}, false},
		// accused
		{"accused", "Ukraine accused Russia of shelling civilian areas.", "2024-01-05",
			[]string{"Ukraine -accused-> Russia (asserted)"}, true},
		{"accused with embedded supply", "South Korea accuses Pyongyang of having provided artillery shells to Moscow.", "2023-11-15",
			[]string{"South Korea -accused-> North Korea (asserted)", "North Korea -supplied-> Russia (alleged, by South Korea)"}, true},
		{"blamed", "Israel blamed Hezbollah for the rocket attack.", "2024-07-28",
			[]string{"Israel -accused-> Hezbollah (asserted)"}, false},
		// supplied
		{"supplied to", "Iran supplied drones to Russia, Western officials say.", "2023-02-01",
			[]string{"Iran -supplied-> Russia (asserted)"}, false},
		{"supplied with", "The United States supplied Ukraine with Patriot air defense systems.", "2023-04-20",
			[]string{"United States -supplied-> Ukraine (asserted)"}, true},
		{"converse received from", "Ukraine received tanks from Germany last month.", "2023-04-02",
			[]string{"Germany -supplied-> Ukraine (asserted)"}, true},
		{"passive supplied", "The missiles were delivered to Yemen by Iran.", "2023-12-01",
			[]string{"Iran -supplied-> Yemen (asserted)"}, false},
		// warned
		{"warned", "NATO Secretary General Jens Stoltenberg warned Russia against further escalation.", "2022-02-10",
			[]string{"Jens Stoltenberg -warned-> Russia (asserted)"}, true},
		{"warned that", "Japan warned that China and Russia were staging joint drills near its territory.", "2024-07-20",
			[]string{"Japan -warned-> China (asserted)", "Japan -warned-> Russia (asserted)"}, false},
		// urged
		{"urged coordination", "The G7 urged North Korea and Russia to halt arms transfers.", "2023-11-08",
			[]string{"G7 -urged-> North Korea (asserted)", "G7 -urged-> Russia (asserted)"}, true},
		{"called on", "The European Union called on Israel to allow aid into Gaza.", "2024-03-18",
			[]string{"European Union -urged-> Israel (asserted)"}, false},
		{"participle shares subject", "US Secretary of State Antony Blinken warned that ties between Pyongyang and Moscow were dangerous, urging China to restrain North Korea.", "2023-11-08",
			[]string{"Antony Blinken -urged-> China (asserted)", "Antony Blinken -warned-> North Korea (asserted)", "Antony Blinken -warned-> Russia (asserted)"}, false},
		// criticized
		{"condemned", "The United Kingdom condemned Iran's missile attack on Israel.", "2024-04-14",
			[]string{"United Kingdom -criticized-> Iran (asserted)", "Iran -attacked-> Israel (asserted)"}, true},
		{"slammed", "China slammed the United States over its arms sales to Taiwan.", "2024-06-20",
			[]string{"China -criticized-> United States (asserted)"}, false},
		// sanctioned
		{"sanctioned verb", "The United States sanctioned three Chinese companies.", "2024-05-01",
			[]string{"United States -sanctioned-> China (asserted)"}, true},
		{"imposed sanctions on", "The European Union imposed new sanctions on Belarus on Monday.", "2024-06-24",
			[]string{"European Union -sanctioned-> Belarus (asserted)"}, true},
		{"passive sanctioned", "Several Russian banks were sanctioned by the United Kingdom.", "2024-02-22",
			[]string{"United Kingdom -sanctioned-> Russia (asserted)"}, true},
		// invaded
		{"invasion nominal", "Russia's invasion of Ukraine began in February 2022.", "2023-02-24",
			[]string{"Russia -invaded-> Ukraine (asserted)"}, true},
		{"invaded verb", "Iraq invaded Kuwait in August 1990.", "2020-08-02",
			[]string{"Iraq -invaded-> Kuwait (asserted)"}, true},
		// attacked
		{"attacked passive", "Saudi Arabia was attacked by the Houthis on Saturday.", "2019-09-16",
			[]string{"Houthis -attacked-> Saudi Arabia (asserted)"}, true},
		{"fired missiles at", "Iran fired missiles at Israel overnight.", "2024-10-02",
			[]string{"Iran -attacked-> Israel (asserted)"}, true},
		{"strikes demonym", "Israeli airstrikes on Lebanon killed dozens.", "2024-09-24",
			[]string{"Israel -attacked-> Lebanon (asserted)"}, true},
		// threatened
		{"threatened", "North Korea threatened South Korea with nuclear retaliation.", "2024-01-10",
			[]string{"North Korea -threatened-> South Korea (asserted)"}, true},
		// agreed
		{"agreed symmetric", "Armenia and Azerbaijan agreed to exchange prisoners.", "2023-12-07",
			[]string{"Armenia -agreed-> Azerbaijan (asserted)"}, true},
		{"signed with", "Ukraine signed a security agreement with the United Kingdom in Kyiv.", "2024-01-12",
			[]string{"~Ukraine -agreed-> United Kingdom (asserted)"}, false},
		// cooperated
		{"cooperation between", "The ministers praised the growing cooperation between India and Japan.", "2024-08-20",
			[]string{"India -cooperated-> Japan (asserted)"}, true},
		{"hyphen compound", "Officials discussed US-Philippine cooperation in the South China Sea.", "2024-04-11",
			[]string{"~United States -cooperated-> Philippines (asserted)"}, false},
		// modality
		{"speculative would", "Secretary of State Antony Blinken would visit China next month.", "2024-03-28",
			[]string{"Antony Blinken -visited-> China (speculative)"}, true},
		{"speculative plans", "Putin plans to visit North Korea, the Kremlin said.", "2024-06-14",
			[]string{"Vladimir Putin -visited-> North Korea (speculative)"}, true},
		{"negated did not", "China did not supply weapons to Russia, Beijing said.", "2023-03-01",
			[]string{"China -supplied-> Russia (negated)"}, true},
		{"negated denied", "Iran denied supplying drones to Russia.", "2022-11-05",
			[]string{"Iran -supplied-> Russia (negated)"}, true},
		{"alleged said", "Russia attacked Kharkiv overnight, Ukraine's air force said.", "2024-05-20",
			[]string{"Russia -attacked-> Kharkiv (alleged, by Ukraine)"}, false},
		// metonymy and coreference
		{"capital as actor", "Pyongyang denounced Seoul and Washington.", "2024-02-02",
			[]string{"North Korea -criticized-> South Korea (asserted)", "North Korea -criticized-> United States (asserted)"}, true},
		{"pronoun coreference", "Russian President Vladimir Putin arrived in Hanoi. He met Vietnamese leader To Lam on Thursday.", "2024-06-21",
			[]string{"Vladimir Putin -visited-> Hanoi (asserted)", "Vladimir Putin -met-> To Lam (asserted)"}, false},
		{"short name coreference", "Kenyan President William Ruto met Chinese President Xi Jinping. Ruto later visited Shanghai.", "2024-09-06",
			[]string{"William Ruto -met-> Xi Jinping (asserted)", "William Ruto -visited-> Shanghai (asserted)"}, false},
		{"the former", "Historic allies Russia and Belarus face sanctions, the former for its invasion of Ukraine.", "2024-01-01",
			[]string{"Russia -invaded-> Ukraine (asserted)"}, true},
		{"the two countries", "China and Russia held drills. The two countries have stepped up cooperation.", "2024-07-01",
			[]string{"China -cooperated-> Russia (asserted)"}, false},
		{"light verb attack", "Israel launched airstrikes against Hamas targets in Gaza.", "2024-05-15",
			[]string{"Israel -attacked-> Hamas (asserted)"}, true},
		{"threatened to annex", "Venezuela threatened to annex the Essequibo region of Guyana.", "2023-12-05",
			[]string{"Venezuela -threatened-> Guyana (asserted)", "Venezuela -invaded-> Guyana (speculative)"}, true},
		{"restored ties", "Saudi Arabia and Iran restored diplomatic ties in a deal brokered by China.", "2023-03-10",
			[]string{"Saudi Arabia -cooperated-> Iran (asserted)"}, true},
		{"according to", "Iran has supplied Russia with hundreds of drones, according to US officials.", "2023-01-10",
			[]string{"Iran -supplied-> Russia (alleged, by United States)"}, true},
		{"host with possessive title", "Egyptian President Abdel Fattah al-Sisi hosted Jordan's King Abdullah in Cairo.", "2024-05-15",
			[]string{"Abdel Fattah al-Sisi -met-> Abdullah (asserted)", "Abdullah -visited-> Cairo (asserted)"}, true},
		{"speculative may, reported", "Russia may attack NATO within five years, Danish intelligence warned.", "2024-02-10",
			[]string{"Russia -attacked-> North Atlantic Treaty Organization (speculative)"}, true},
		{"counterpart title", "Lavrov held talks with his Iranian counterpart Hossein Amir-Abdollahian in Moscow.", "2023-03-29",
			[]string{"Sergey Lavrov -met-> Hossein Amir-Abdollahian (asserted)", "Hossein Amir-Abdollahian -visited-> Moscow (asserted)"}, true},
		{"backed is no party", "U.S. forces struck Iranian-backed militias in Iraq and Syria.", "2024-02-03",
			[]string{"United States -attacked-> Iraq (asserted)", "United States -attacked-> Syria (asserted)"}, true},
		{"fired at, its", "The Philippines protested after Chinese coast guard ships fired water cannons at its vessels.", "2024-03-23",
			[]string{"China -attacked-> Philippines (asserted)"}, true},
		{"talks between", "Qatar mediated talks between Israel and Hamas.", "2024-01-20",
			[]string{"Israel -met-> Hamas (asserted)"}, true},
		{"passive speech verb", "Israel was accused by Iran of attacking its embassy in Damascus.", "2024-04-02",
			[]string{"Iran -accused-> Israel (asserted)", "~Israel -attacked-> Iran (alleged, by Iran)"}, false},
		{"embedded allegation", "Sudan's army accused the United Arab Emirates of arming the Rapid Support Forces.", "2024-05-01",
			[]string{"Sudan -accused-> United Arab Emirates (asserted)", "United Arab Emirates -supplied-> Rapid Support Forces (alleged, by Sudan)"}, true},
		{"noun after a state name", "China expressed strong opposition to the U.S. sanctions on Chinese firms.", "2024-05-01",
			[]string{"United States -sanctioned-> China (asserted)"}, true},
		{"coordinated objects", "The United States imposed sanctions on Russia, China and Iran on Friday.", "2024-05-03",
			[]string{"United States -sanctioned-> Russia (asserted)", "United States -sanctioned-> China (asserted)", "United States -sanctioned-> Iran (asserted)"}, true},
		{"refused is negation", "Brazil refused to supply ammunition to Ukraine.", "2023-05-01",
			[]string{"Brazil -supplied-> Ukraine (negated)"}, true},
		{"passive invaded", "Ukraine was invaded by Russia in February 2022.", "2024-05-01",
			[]string{"Russia -invaded-> Ukraine (asserted)"}, true},
		{"coordinated verbs", "Syria's President Bashar al-Assad traveled to Moscow and met President Vladimir Putin.", "2023-03-15",
			[]string{"Bashar al-Assad -visited-> Moscow (asserted)", "Bashar al-Assad -met-> Vladimir Putin (asserted)"}, true},
		{"unknown names by position", "The Dutch finance minister, Wopke Hoekstra, arrived in Athens. Later Wopke Hoekstra met Kyriakos Mitsotakis.", "2024-05-01",
			[]string{"Wopke Hoekstra -visited-> Athens (asserted)", "Wopke Hoekstra -met-> Kyriakos Mitsotakis (asserted)"}, true},
		{"surname of a known office holder", "Biden met with Prime Minister Kishida at Camp David.", "2023-08-18",
			[]string{"Joe Biden -met-> Fumio Kishida (asserted)", "Fumio Kishida -visited-> Camp David (asserted)"}, true},
		{"coordinated titled persons", "Germany's Chancellor Olaf Scholz and French President Emmanuel Macron met in Paris.", "2024-05-01",
			[]string{"Olaf Scholz -met-> Emmanuel Macron (asserted)", "Olaf Scholz -visited-> Paris (asserted)"}, true},
		{"words inside names are no cues", "Vietnam and the United States upgraded relations during Biden's visit to Hanoi.", "2023-09-11",
			[]string{"Vietnam -cooperated-> United States (asserted)", "Joe Biden -visited-> Hanoi (asserted)"}, true},
		{"possessive office holders", "Turkey's president held a phone call with Ukraine's president on Sunday.", "2024-05-01",
			[]string{"Turkey -met-> Ukraine (asserted)"}, true},
		{"telephone conversation", "Vladimir Putin had a telephone conversation with President of Kazakhstan Kassym-Jomart Tokayev.", "2024-05-01",
			[]string{"Vladimir Putin -met-> Kassym-Jomart Tokayev (asserted)"}, true},
		{"joint drills", "Chinese and Russian warships held joint drills near Japan.", "2024-07-15",
			[]string{"China -cooperated-> Russia (asserted)"}, true},
		{"urged action is not a fact", "Egypt, Qatar and the United States urged Israel and Hamas to accept the ceasefire deal.", "2024-05-01",
			[]string{"Egypt -urged-> Israel (asserted)", "Qatar -urged-> Hamas (asserted)", "United States -urged-> Israel (asserted)",
				"Egypt -urged-> Hamas (asserted)", "Qatar -urged-> Israel (asserted)", "United States -urged-> Hamas (asserted)"}, true},
		{"shooting down is no attack", "Ukrainian forces shot down 20 Russian drones overnight.", "2024-05-01", nil, true},
		{"first names that are also places", "Georgia President Salome Zourabichvili met Victoria Nuland.", "2024-05-01",
			[]string{"Salome Zourabichvili -met-> Victoria Nuland (asserted)"}, true},
		{"state name, not a person", "Jordan condemned Israel's strikes on Gaza.", "2024-01-01",
			[]string{"Jordan -criticized-> Israel (asserted)", "Israel -attacked-> Gaza (asserted)"}, true},
		{"person named like a state", "Michael Jordan met Barack Obama at the White House.", "2016-11-22",
			[]string{"Michael Jordan -met-> Barack Obama (asserted)"}, true},
		// generalization rules (issue #3), each on sentences the rule was not written for
		{"attack noun after an accusation, place noun of", "Israel blamed Hezbollah for a wave of attacks on the port city of Haifa.", "2024-05-01",
			[]string{"Israel -accused-> Hezbollah (asserted)", "Hezbollah -attacked-> Haifa (asserted)"}, true},
		{"partitive of", "Russian troops occupied parts of eastern Georgia in 2008.", "2024-05-01",
			[]string{"Russia -invaded-> Georgia (asserted)"}, true},
		{"warned that-clause", "The World Health Organization warned on Friday that Sudan faces famine.", "2024-05-01",
			[]string{"World Health Organization -warned-> Sudan (asserted)"}, true},
		{"threatened infinitive object", "Venezuela threatened to seize Guyana's oil fields.", "2024-05-01",
			[]string{"Venezuela -threatened-> Guyana (asserted)"}, true},
		{"threatened infinitive object, condition", "Iran threatened to strike Israel if attacked.", "2024-05-01",
			[]string{"Iran -threatened-> Israel (asserted)"}, true},
		{"hyphenated adjective before a nominalization", "Iraq's large-scale invasion of Kuwait in 1990 ended in defeat.", "2024-05-01",
			[]string{"Iraq -invaded-> Kuwait (asserted)"}, true},
		{"visit noun with a light verb", "Indian Prime Minister Narendra Modi paid a state visit to Egypt in June.", "2024-05-01",
			[]string{"Narendra Modi -visited-> Egypt (asserted)"}, true},
		{"launched weapons toward", "North Korea launched two ballistic missiles toward Japan on Sunday.", "2024-05-01",
			[]string{"North Korea -attacked-> Japan (asserted)"}, true},
		{"weapons supplied are no attack", "Iran supplied hundreds of missiles to Russia.", "2024-05-01",
			[]string{"Iran -supplied-> Russia (asserted)"}, true},
		{"official of an international body meets a host", "UN Secretary-General Antonio Guterres met Egyptian President Abdel Fattah al-Sisi in Cairo.", "2024-05-01",
			[]string{"Antonio Guterres -met-> Abdel Fattah al-Sisi (asserted)", "Antonio Guterres -visited-> Cairo (asserted)"}, true},
		{"called on ... to agree is not agreed", "The African Union called on Sudan and Chad to sign a truce.", "2024-05-01",
			[]string{"African Union -urged-> Sudan (asserted)", "African Union -urged-> Chad (asserted)"}, true},
		{"mediator is no party", "Armenia and Azerbaijan signed a peace deal brokered by the United States.", "2024-05-01",
			[]string{"Armenia -agreed-> Azerbaijan (asserted)"}, true},
		{"by signing", "Kenya and Haiti deepened ties by signing a security agreement.", "2024-05-01",
			[]string{"Kenya -cooperated-> Haiti (asserted)", "Kenya -agreed-> Haiti (asserted)"}, true},
		{"cutting ties is no cooperation", "Nicaragua cut diplomatic ties with Taiwan in 2021.", "2024-05-01",
			[]string{"Nicaragua -cooperated-> Taiwan (negated)"}, true},
		{"coordinated verb phrase keeps its subject", "Chad and Sudan condemned Libya's role in the fighting and called on the African Union to intervene.", "2024-05-01",
			[]string{"Chad -criticized-> Libya (asserted)", "Sudan -criticized-> Libya (asserted)", "Chad -urged-> African Union (asserted)", "Sudan -urged-> African Union (asserted)"}, true},
		{"they is the coordinated subject before", "Mali and Niger expelled French troops. They later stepped up cooperation with Russia.", "2024-05-01",
			[]string{"Mali -cooperated-> Russia (asserted)", "Niger -cooperated-> Russia (asserted)"}, true},
		{"the two ministers, and-coordinated verb outside the cue", "Estonian Foreign Minister Margus Tsahkna met Finnish Foreign Minister Elina Valtonen in Tallinn. The two ministers discussed energy security and agreed to expand defence cooperation.", "2024-05-01",
			[]string{"Margus Tsahkna -met-> Elina Valtonen (asserted)", "Elina Valtonen -visited-> Tallinn (asserted)", "Margus Tsahkna -agreed-> Elina Valtonen (asserted)"}, true},
		{"the Secretary is the publisher's secretary", "An official website of the United States government\n\nIndonesian Secretary of Foreign Affairs Budi Santoso spoke today with U.S. Secretary of State Laura Hale. The Secretary condemned North Korea's missile launches.", "2024-05-01",
			[]string{"Budi Santoso -met-> Laura Hale (asserted)", "Laura Hale -criticized-> North Korea (asserted)"}, true},
		{"the Secretary is the protagonist", "U.S. Secretary of State Laura Hale spoke today with Indonesian Secretary of Foreign Affairs Budi Santoso. Secretary Hale and Secretary Santoso discussed maritime security. The Secretary condemned North Korea's missile launches.", "2024-05-01",
			[]string{"Laura Hale -met-> Budi Santoso (asserted)", "Laura Hale -criticized-> North Korea (asserted)"}, true},
		{"issuer line of a government page", "From:\nPrime Minister's Office, 10 Downing Street\n\nThe Prime Minister spoke to President Bola Tinubu of Nigeria this morning.", "2024-05-01",
			[]string{"United Kingdom -met-> Bola Tinubu (asserted)"}, true},
		{"welcomed a partnership is no host", "Ghana welcomed the growing partnership between Togo and Benin.", "2024-05-01",
			[]string{"Togo -cooperated-> Benin (asserted)"}, true},
		{"relative clause names the actor of a nominal", "The embargo that Washington imposed on Cuba in 1962 remains in force.", "2024-05-01",
			[]string{"United States -sanctioned-> Cuba (asserted)"}, true},
		{"supply noun from X to Y", "Analysts tracked the shipment of tanks from Belarus to Russia.", "2024-05-01",
			[]string{"Belarus -supplied-> Russia (asserted)"}, true},
		{"coordinated prepositional objects are no subject", "Poland will keep working with Germany and France, and urged Hungary to lift its veto.", "2024-05-01",
			[]string{"Poland -urged-> Hungary (asserted)"}, true},
		{"an unresolved pronoun is the subject", "Peru hosted talks with Chile, and we condemn them.", "2024-05-01",
			[]string{"Peru -met-> Chile (asserted)"}, true},
		{"long titles do not hide the object", "Finnish President Alexander Stubb held a telephone call with President of the Republic of Kazakhstan Kassym-Jomart Tokayev.", "2024-05-01",
			[]string{"Alexander Stubb -met-> Kassym-Jomart Tokayev (asserted)"}, true},
		{"breaking ties is no cooperation", "Bolivia breaks ties with Israel over Gaza war", "2024-05-01",
			[]string{"Bolivia -cooperated-> Israel (negated)"}, true},
		{"but-coordinated verb phrase", "Germany did not criticize Hungary but urged Budapest to drop its veto.", "2024-05-01",
			[]string{"Germany -criticized-> Hungary (negated)", "Germany -urged-> Hungary (asserted)"}, true},
		{"the two neighbours are the salient pair", "Ethiopia accused Eritrea of backing rebels. Eritrea accused Ethiopia of massing troops. Sudan criticized Eritrea on Monday. The African Union urged the two neighbours to hold talks.", "2024-05-01",
			[]string{"Ethiopia -accused-> Eritrea (asserted)", "Eritrea -accused-> Ethiopia (asserted)", "Sudan -criticized-> Eritrea (asserted)",
				"African Union -urged-> Eritrea (asserted)", "African Union -urged-> Ethiopia (asserted)"}, true},
		{"agreed to act with X: X is no party", "Indonesia and Malaysia agreed to coordinate with Singapore on haze.", "2024-05-01",
			[]string{"Indonesia -agreed-> Malaysia (asserted)"}, true},
		{"the group is the last organization party", "Israel struck Hezbollah in Lebanon on Sunday. Britain sanctioned the group in 2019.", "2024-05-01",
			[]string{"Israel -attacked-> Hezbollah (asserted)", "United Kingdom -sanctioned-> Hezbollah (asserted)"}, true},
		{"condemned the strikes: the strikers", "Pakistan struck militant hideouts in Iran on Thursday. China condemned the strikes and urged restraint.", "2024-05-01",
			[]string{"Pakistan -attacked-> Iran (asserted)", "China -criticized-> Pakistan (asserted)"}, true},
		{"threatened to intensify attacks: the attacks are not asserted", "Iran threatened to intensify its attacks on Israel.", "2024-05-01",
			[]string{"Iran -threatened-> Israel (asserted)"}, true},
		{"the leaders of a named body", "Arab League leaders met in Cairo on Sunday. In their final declaration, the leaders condemned Israel's strikes on Lebanon.", "2024-05-01",
			[]string{"Arab League -criticized-> Israel (asserted)", "Israel -attacked-> Lebanon (asserted)"}, true},
		{"the two after a call", "Polish President Andrzej Duda held a phone call with Lithuanian President Gitanas Nauseda on Monday, and the two agreed to coordinate air defence.", "2024-05-01",
			[]string{"Andrzej Duda -met-> Gitanas Nauseda (asserted)", "Andrzej Duda -agreed-> Gitanas Nauseda (asserted)"}, true},
		{"verb object in a phone call", "Argentine President Javier Milei congratulated Chilean President Gabriel Boric in a phone call.", "2024-05-01",
			[]string{"Javier Milei -met-> Gabriel Boric (asserted)"}, true},
		{"urged complement ends at its clause", "Russia urged Armenia to stay in the alliance, while Azerbaijan and Turkey agreed to expand trade.", "2024-05-01",
			[]string{"Russia -urged-> Armenia (asserted)", "Azerbaijan -agreed-> Turkey (asserted)"}, true},
		{"the two leaders of the sentence, not the states between", "Brazilian President Lula met Colombian President Gustavo Petro to discuss trade between Brazil and Colombia, and the two leaders signed a border accord.", "2024-05-01",
			[]string{"Luiz Inacio Lula da Silva -met-> Gustavo Petro (asserted)", "Luiz Inacio Lula da Silva -agreed-> Gustavo Petro (asserted)"}, true},
		{"occupied as an adjective", "Syria demanded the return of the occupied Golan Heights.", "2024-05-01", nil, true},
		{"X and the leaders of Y", "Canadian Prime Minister Justin Trudeau and the leaders of the Caribbean Community signed a climate pact on Friday.", "2024-05-01",
			[]string{"Justin Trudeau -agreed-> Caribbean Community (asserted)"}, true},
		{"but-coordinated verb after a relative clause", "Orban, who has often clashed with Brussels, praised the summit but accused Ukraine of stalling.", "2024-05-01",
			[]string{"Viktor Orban -accused-> Ukraine (asserted)"}, true},
		{"the bloc", "Leaders of the ASEAN bloc met in Vientiane on Monday. Timor-Leste urged the bloc to admit it.", "2024-05-01",
			[]string{"Timor-Leste -urged-> Association of Southeast Asian Nations (asserted)"}, true},
		{"urged complement ends at a comma and", "Chile urged Peru to reopen the border, and Bolivia signed a trade deal with Paraguay.", "2024-05-01",
			[]string{"Chile -urged-> Peru (asserted)", "Bolivia -agreed-> Paraguay (asserted)"}, true},
		{"a person is not visited", "Indian Foreign Minister Subrahmanyam Jaishankar visited Sri Lankan President Anura Kumara Dissanayake.", "2024-05-01", nil, true},
		{"denied that-clause", "The Kremlin denied that Russian jets attacked Turkish ships.", "2024-05-01",
			[]string{"Russia -attacked-> Turkey (negated)"}, true},
		{"expressed concern about", "Japan expressed serious concern about North Korea's missile launches.", "2024-05-01",
			[]string{"Japan -warned-> North Korea (asserted)"}, true},
		{"threatened to target demonym", "The Houthis threatened to target US warships in the Red Sea.", "2024-05-01",
			[]string{"Houthis -threatened-> United States (asserted)"}, true},
		{"mediated right after the deal noun", "Sudan and Chad agreed to a border deal mediated by Egypt and Libya.", "2024-05-01",
			[]string{"Sudan -agreed-> Chad (asserted)"}, true},
		{"launched more than N weapons", "Russia launched more than 100 missiles and drones against Ukraine overnight.", "2024-05-01",
			[]string{"Russia -attacked-> Ukraine (asserted)"}, true},
		{"blamed two parties for an attack", "Hamas blamed Israel and the United States for a wave of strikes on the city of Rafah.", "2024-05-01",
			[]string{"Hamas -accused-> Israel (asserted)", "Hamas -accused-> United States (asserted)", "Israel -attacked-> Rafah (asserted)", "United States -attacked-> Rafah (asserted)"}, true},
		{"presence and purpose", "Indonesian President Prabowo Subianto was in Tokyo on Friday for talks with Shigeru Ishiba.", "2024-05-01",
			[]string{"Prabowo Subianto -visited-> Tokyo (asserted)", "Prabowo Subianto -met-> Shigeru Ishiba (asserted)"}, true},
		{"received a person is hosting", "Egyptian President Abdel Fattah al-Sisi received Jordanian King Abdullah II in Cairo.", "2024-05-01",
			[]string{"Abdel Fattah al-Sisi -met-> Abdullah II (asserted)", "Abdullah II -visited-> Cairo (asserted)"}, true},
		{"a phone call on a weekday is no call on", "Spanish Prime Minister Pedro Sanchez thanked Moroccan King Mohammed VI during a phone call on Friday.", "2024-05-01",
			[]string{"Pedro Sanchez -met-> Mohammed VI (asserted)"}, true},
		{"was in charge is no presence", "The minister was in charge of the Kenya talks.", "2024-05-01", nil, true},
		{"a relative clause's object is no subject", "Kenyan President William Ruto, who chairs the African Union, spoke to both leaders and urged Sudan to accept a truce.", "2024-05-01",
			[]string{"William Ruto -urged-> Sudan (asserted)"}, true},
		{"headline noun after a title is no name", "An official website of the United States government\n\nReadout of President's Call with President of Chile\n\nThe President spoke today with President Gabriel Boric of Chile.", "2024-05-01",
			[]string{"United States -met-> Gabriel Boric (asserted)"}, true},
		{"a communique's we is the body", "JOINT STATEMENT OF THE QUAD LEADERS\n\nWe strongly condemn North Korea's ballistic missile launches. We call on Russia to withdraw from Ukraine.", "2024-05-01",
			[]string{"Quadrilateral Security Dialogue -criticized-> North Korea (asserted)", "Quadrilateral Security Dialogue -urged-> Russia (asserted)"}, true},
		{"a said-complement's unnamed subject is not the speaker", "The Pentagon said Iran-backed militias attacked US troops in Syria.", "2024-05-01", nil, true},
		{"in an airstrike: the clause subject strikes", "Israel killed Hezbollah commander Fuad Shukr in an airstrike on Beirut.", "2024-05-01",
			[]string{"Israel -attacked-> Beirut (asserted)"}, true},
		{"rammed", "The Philippines accused Chinese coast guard vessels of ramming its supply boats.", "2024-05-01",
			[]string{"Philippines -accused-> China (asserted)", "China -attacked-> Philippines (alleged, by Philippines)"}, true},
		{"officials after a comma are no coordinate", "Iran may supply ballistic missiles to Russia, US officials warned.", "2024-05-01", nil, true},
		{"lodged a protest", "Mongolia lodged a formal protest with Russia over the incident.", "2024-05-01",
			[]string{"Mongolia -criticized-> Russia (asserted)"}, true},
		{"purpose of a visit", "Sudan's army chief Abdel Fattah al-Burhan visited Egypt for talks with President Abdel Fattah al-Sisi.", "2024-05-01",
			[]string{"Abdel Fattah al-Burhan -visited-> Egypt (asserted)", "Abdel Fattah al-Burhan -met-> Abdel Fattah al-Sisi (asserted)"}, true},
		{"the patient of a passive is no accuser", "Chile's government said Juan Ortiz, who was convicted of fraud, had been sheltered illegally and accused Peru of meddling.", "2024-05-01",
			[]string{"Chile -accused-> Peru (asserted)"}, true},
		{"speech does not reach across while", "Serbia accused Kosovo of discriminating against ethnic Serbs, while Kosovo blamed Belgrade for the unrest.", "2024-05-01",
			[]string{"Serbia -accused-> Kosovo (asserted)", "Kosovo -accused-> Serbia (asserted)"}, true},
		{"partner in apposition", "Kenya, a key partner of the United States, condemned the coup.", "2024-05-01",
			[]string{"Kenya -cooperated-> United States (asserted)"}, true},
		{"possessor's partner named in apposition", "Tensions rose between Japan and Australia's closest partner, New Zealand.", "2024-05-01",
			[]string{"Australia -cooperated-> New Zealand (asserted)"}, true},
		{"speaking in a foreign city", "German Foreign Minister Annalena Baerbock, speaking Friday in Nairobi, urged Sudan to accept a ceasefire.", "2024-05-01",
			[]string{"Annalena Baerbock -visited-> Nairobi (asserted)", "Annalena Baerbock -urged-> Sudan (asserted)"}, true},
		{"told reporters in a foreign city", "Japanese Foreign Minister Yoko Kamikawa told reporters in Manila that Japan would help.", "2024-05-01",
			[]string{"Yoko Kamikawa -visited-> Manila (asserted)"}, true},
		{"said at home is no visit", "French President Emmanuel Macron said in Paris that France would act.", "2024-05-01", nil, true},
		{"sending envoys is visiting", "China sent its foreign minister to Moscow.", "2024-05-01",
			[]string{"China -visited-> Russia (asserted)"}, true},
		{"sending arms is supplying", "Russia sent fighter jets to Syria.", "2024-05-01",
			[]string{"Russia -supplied-> Syria (asserted)"}, true},
		{"blocking another's sanctions", "Slovakia blocks EU sanctions on Belarus", "2024-05-01",
			[]string{"European Union -sanctioned-> Belarus (negated)"}, true},
		{"blocked aid is not supplied", "Hungary blocked EU aid to Ukraine.", "2024-05-01",
			[]string{"European Union -supplied-> Ukraine (negated)"}, true},
		{"headline future", "Norway to send more artillery shells to Ukraine", "2024-05-01",
			[]string{"Norway -supplied-> Ukraine (speculative)"}, true},
		{"has yet to", "India has yet to condemn Myanmar's military rulers.", "2024-05-01",
			[]string{"India -criticized-> Myanmar (negated)"}, true},
		{"stopped short of", "Washington stopped short of sanctioning Egypt.", "2024-05-01",
			[]string{"United States -sanctioned-> Egypt (negated)"}, true},
		{"in talks to", "Iran and Egypt are in talks to restore relations.", "2024-05-01",
			[]string{"Iran -cooperated-> Egypt (speculative)"}, true},
		{"close to a deal", "Israel and Lebanon are close to a maritime border deal.", "2024-05-01",
			[]string{"Israel -agreed-> Lebanon (speculative)"}, true},
		{"a fronted clause's object is no coordinate", "After meeting Macron, Modi flew to Washington.", "2024-05-01",
			[]string{"Narendra Modi -visited-> Washington (asserted)"}, true},
		{"headline comma coordination", "Saudi Arabia, Iran agree to restore ties", "2024-05-01",
			[]string{"Saudi Arabia -agreed-> Iran (asserted)", "~Saudi Arabia -cooperated-> Iran"}, true},
		{"must is an obligation, not a fact", "Putin stressed that Russia and Belarus must cooperate more closely.", "2024-05-01",
			[]string{"Russia -cooperated-> Belarus (speculative)"}, true},
		{"the parties", "Vladimir Putin had a telephone conversation with President of Kazakhstan Kassym-Jomart Tokayev. The parties agreed to continue contacts.", "2024-05-01",
			[]string{"Vladimir Putin -met-> Kassym-Jomart Tokayev (asserted)", "Vladimir Putin -agreed-> Kassym-Jomart Tokayev (asserted)"}, true},
		{"a title naming a body is no party", "Member of the Political Bureau of the CPC Central Committee and Foreign Minister Wang Yi held talks with Pakistani Foreign Minister Ishaq Dar in Beijing.", "2024-05-01",
			[]string{"Wang Yi -met-> Ishaq Dar (asserted)", "Ishaq Dar -visited-> Beijing (asserted)"}, true},
		{"in a phone call with", "Moldovan President Maia Sandu thanked Romania for its support in a phone call with Romanian President Klaus Iohannis.", "2024-05-01",
			[]string{"Maia Sandu -met-> Klaus Iohannis (asserted)"}, true},
		{"armed forces of the subject during an attack", "Several Russian drones entered Romanian airspace during an overnight attack on southern Ukraine.", "2024-05-01",
			[]string{"Russia -attacked-> Ukraine (asserted)"}, true},
		{"it after a speech verb is the speaker", "South Korea, whose islands lie nearby, said it had lodged a protest with Japan.", "2024-05-01",
			[]string{"South Korea -criticized-> Japan (asserted)"}, true},
		{"sale to", "The State Department approved the sale of Abrams tanks to Morocco.", "2024-05-01",
			[]string{"United States Department of State -supplied-> Morocco (asserted)"}, true},
		{"stopover and a possessive pronoun is no named lawmaker", "Taiwan President Lai Ching-te spoke on Monday. Lai met with U.S. lawmakers during his stopover in Honolulu.", "2024-05-01",
			[]string{"Lai Ching-te -met-> United States (asserted)", "Lai Ching-te -visited-> Honolulu (asserted)"}, true},
		{"the demonym prime minister acts for the state", "The Japanese prime minister visited Kyiv and met President Volodymyr Zelenskyy.", "2024-05-01",
			[]string{"Japan -visited-> Kyiv (asserted)", "Japan -met-> Volodymyr Zelenskyy (asserted)"}, true},
		{"possessive state before a hosted guest", "Brazil's Lula hosted Venezuela's Maduro in Brasilia.", "2024-05-01",
			[]string{"Luiz Inacio Lula da Silva -met-> Nicolas Maduro (asserted)", "~Nicolas Maduro -visited-> Bras"}, true},
		{"lodged stern representations", "Beijing lodged stern representations with Seoul over the remarks.", "2024-05-01",
			[]string{"China -criticized-> South Korea (asserted)"}, true},
		{"agreed to supply is a pledge", "Spain and Portugal agreed to supply more tanks to Ukraine.", "2024-05-01",
			[]string{"Spain -agreed-> Portugal (asserted)", "Spain -supplied-> Ukraine (speculative)", "Portugal -supplied-> Ukraine (speculative)"}, true},
		{"seized a town", "Russia seized the Ukrainian town of Vuhledar in October.", "2024-11-01",
			[]string{"Russia -invaded-> Ukraine (asserted)"}, true},
		{"seized a ship is no invasion", "Iran seized a tanker in the Gulf of Oman.", "2024-05-01", nil, true},
		{"hit out at", "Hungary hit out at Ukraine over the language law.", "2024-05-01",
			[]string{"Hungary -criticized-> Ukraine (asserted)"}, true},
		{"called for X to", "Qatar called for Israel to halt its offensive.", "2024-05-01",
			[]string{"Qatar -urged-> Israel (asserted)"}, true},
		{"joined forces with", "Spain and Italy joined forces with Greece on migrant patrols.", "2024-05-01",
			[]string{"Spain -cooperated-> Greece (asserted)", "Italy -cooperated-> Greece (asserted)"}, true},
		{"sealed a deal", "Egypt and Sudan sealed a water-sharing deal in Cairo.", "2024-05-01",
			[]string{"Egypt -agreed-> Sudan (asserted)"}, true},
		{"threats against", "North Korea's threats against Japan escalated.", "2024-05-01",
			[]string{"North Korea -threatened-> Japan (asserted)"}, true},
		{"demanded that X", "Canada demanded that India cooperate with the investigation.", "2024-05-01",
			[]string{"Canada -urged-> India (asserted)"}, true},
		{"honorific with a period and an initial", "External Affairs Minister Dr. S. Jaishankar visited Riyadh.", "2024-05-01",
			[]string{"S Jaishankar -visited-> Riyadh (asserted)"}, true},
		{"called on a person is a courtesy call", "Pakistani Prime Minister Shehbaz Sharif called on Crown Prince Mohammed bin Salman in Riyadh.", "2024-05-01",
			[]string{"Shehbaz Sharif -met-> Mohammed bin Salman (asserted)", "Shehbaz Sharif -visited-> Riyadh (asserted)"}, true},
		{"called on a person to act is urging", "Blinken called on Chinese Foreign Minister Wang Yi to restrain North Korea.", "2024-05-01",
			[]string{"Antony Blinken -urged-> Wang Yi (asserted)"}, true},
		{"a sentence opening with an unknown two-word name", "Tshepo Mokoena called on Namibian President Nangolo Mbumba.", "2024-05-01",
			[]string{"Tshepo Mokoena -met-> Nangolo Mbumba (asserted)"}, true},
		{"its territory is the complainant's", "Guyana accused Venezuela of occupying part of its territory.", "2024-05-01",
			[]string{"Guyana -accused-> Venezuela (asserted)", "Venezuela -invaded-> Guyana (alleged, by Guyana)"}, true},
		{"its airspace after said", "Lithuania said a Belarusian helicopter violated its airspace.", "2024-05-01", nil, false},
		{"have since: an adverb, military ties", "Cairo and Asmara have since deepened military ties.", "2024-05-01",
			[]string{"Egypt -cooperated-> Eritrea (asserted)"}, true},
		{"they after a plural phrase naming no entity", "Chad accused Sudan of arming rebels. The two juntas expelled French troops. They have since stepped up cooperation with Moscow.", "2024-05-01",
			[]string{"Chad -accused-> Sudan (asserted)"}, true},
		{"preparing to attack is not an attack", "Somalia accused Ethiopia of preparing to attack its coast.", "2024-05-01",
			[]string{"Somalia -accused-> Ethiopia (asserted)"}, true},
		{"quoted we after a meeting is the two sides", "Zambian President Hakainde Hichilema met Malawian President Lazarus Chakwera in Lusaka. \"We agreed to reopen the border,\" Hichilema said.", "2024-05-01",
			[]string{"Hakainde Hichilema -met-> Lazarus Chakwera (asserted)", "Lazarus Chakwera -visited-> Lusaka (asserted)", "~Hakainde Hichilema -agreed-> Lazarus Chakwera"}, true},
		{"a bracketed agency is no subject", "LIMA (AFP) - Peruvian President Dina Boluarte arrived in Quito on Monday for talks with Ecuadorian President Daniel Noboa.", "2024-05-01",
			[]string{"Dina Boluarte -visited-> Quito (asserted)", "Dina Boluarte -met-> Daniel Noboa (asserted)"}, true},
		{"the clause after as has its own subject", "Chile, Peru restore flights as Boric visits Lima", "2024-05-01", nil, true},
		{"a bracketed acronym after its name", "The Office of Foreign Assets Control (OFAC) announced sanctions on Syria.", "2024-05-01",
			[]string{"Office of Foreign Assets Control -sanctioned-> Syria (asserted)"}, true},
		{"their talks", "Orban and Fico embraced at the start of their talks in Bratislava.", "2024-05-01", nil, false},
		{"their talks between known leaders", "Modi and Putin embraced at the start of their talks in Moscow.", "2024-05-01",
			[]string{"Narendra Modi -met-> Vladimir Putin (asserted)", "Narendra Modi -visited-> Moscow (asserted)"}, true},
		{"a topic discussed in a call is no party", "Putin and Erdogan discussed Syria in a phone call.", "2024-05-01",
			[]string{"Vladimir Putin -met-> Recep Tayyip Erdogan (asserted)"}, true},
		{"decimal amounts", "Germany sent 2.5 billion euros in aid to Moldova.", "2024-05-01",
			[]string{"Germany -supplied-> Moldova (asserted)"}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			pub, err := graph.ParseDate(tc.pub)
			if err != nil {
				t.Fatal(err)
			}
			x := Extract(tc.text, Meta{Published: pub})
			facts := factStrings(x)
			for _, w := range tc.want {
				if !hasFact(facts, w) {
					t.Errorf("missing %q\n got %q", w, facts)
				}
			}
			if tc.exact {
				for _, f := range facts {
					if strings.Contains(f, "(speculative") || strings.Contains(f, "(negated") {
						continue
					}
					wanted := false
					for _, w := range tc.want {
						if f == w || strings.HasPrefix(w, "~") && strings.HasPrefix(f, w[1:]) {
							wanted = true
						}
					}
					if !wanted {
						t.Errorf("unexpected fact %q", f)
					}
				}
			}
		})
	}
}

// TestDatelineCapitalIsAPlace checks that the city of a wire dateline is a
// place, not its state acting.
func TestDatelineCapitalIsAPlace(t *testing.T) {
	for _, text := range []string{"HANOI, Vietnam (AP) — Vietnam and Laos signed a border treaty on Monday.",
		"Hanoi (AFP) - Vietnam and Laos signed a border treaty on Monday."} {
		checkDatelinePlace(t, text)
	}
}

func checkDatelinePlace(t *testing.T, text string) {
	t.Helper()
	x := Extract(text, Meta{})
	found := false
	for _, e := range x.Entities {
		if e.Name == "Hanoi" && e.Kind == graph.KindPlace {
			found = true
		}
		if e.ID == "state:VNM" && contains(e.Aliases, "HANOI") {
			t.Errorf("dateline city read as the state: %+v", e)
		}
	}
	if !found {
		t.Errorf("no place Hanoi in %+v", x.Entities)
	}
	if !contains(factStrings(x), "Vietnam -agreed-> Laos (asserted)") {
		t.Errorf("facts %q", factStrings(x))
	}
}

// TestVicinityOfCapitalIsAPlace checks "the outskirts of X" reads X as a location.
func TestVicinityOfCapitalIsAPlace(t *testing.T) {
	x := Extract("North Korea fired a missile from the outskirts of Pyongyang on Sunday.", Meta{})
	for _, e := range x.Entities {
		if e.Name == "Pyongyang" && e.Kind == graph.KindPlace {
			return
		}
	}
	t.Errorf("no place Pyongyang in %+v", x.Entities)
}

// TestWireArticle extracts a wire story written for this test, with page
// furniture around it: kickers, byline, share buttons, a newsletter prompt,
// photo captions and credits, a related teaser and the credit line.
func TestWireArticle(t *testing.T) {
	text := `Skip to content
Asia Pacific
Southeast Asia

Thailand and Cambodia trade blame over border clash

By Nita Chai and Peter Loring
Published June 2, 2025 · 9:14 AM UTC · Updated 3 min ago

Facebook
WhatsApp
Copy link

BANGKOK, June 2 (Reuters) - Thailand accused Cambodia on Monday of firing artillery across the border, a day after a clash near the Emerald Triangle killed one Cambodian soldier.

Cambodian Prime Minister Hun Manet rejected the accusation and said Thai troops had opened fire first. He called on Bangkok to withdraw its forces from the disputed area.

Sign up here for our Asia newsletter.

Malaysian Prime Minister Anwar Ibrahim, who chairs ASEAN this year, spoke by phone with both leaders and urged the two neighbours to show restraint. China and the United States both expressed concern over the fighting.

Image: Thai soldiers patrol the border in Surin province. Getty Images
Photo: A Cambodian army truck near Preah Vihear. AFP via Getty Images

The two countries fought a deadly border war in 2011. They agreed to a ceasefire brokered by Indonesia.

Related
Thailand's army chief visits frontier

Reporting by Nita Chai in Bangkok and Sok Vannak in Phnom Penh; Writing by Peter Loring; Editing by Ana Silva
Our Standards: The Thomson Reuters Trust Principles.
`
	x := Extract(text, Meta{Published: graph.Date{Value: "2025-06-02", Precision: graph.DateDay}})
	for _, e := range x.Entities {
		switch {
		case e.Kind == graph.KindPerson && e.Name != "Hun Manet" && e.Name != "Anwar Ibrahim":
			t.Errorf("junk person %+v", e)
		case e.Name == "Asia Pacific" || e.Name == "Southeast Asia" || strings.Contains(e.Name, "Getty") || strings.Contains(e.Name, "Thomson"):
			t.Errorf("junk entity %+v", e)
		}
	}
	facts := factStrings(x)
	for _, want := range []string{"Thailand -accused-> Cambodia (asserted)", "Hun Manet -urged-> Thailand (asserted)",
		"Anwar Ibrahim -urged-> Thailand (asserted)", "Anwar Ibrahim -urged-> Cambodia (asserted)", "Cambodia -agreed-> Thailand (asserted)"} {
		if !hasFact(facts, want) {
			t.Errorf("missing %q in %q", want, facts)
		}
	}
	for _, f := range facts {
		if strings.Contains(f, "Association of Southeast Asian Nations -") || strings.Contains(f, "Indonesia -agreed") {
			t.Errorf("unexpected fact %q", f)
		}
	}
}

// TestPersonsGivenARole checks that unknown names given a role by a predicate
// are persons with that role.
func TestPersonsGivenARole(t *testing.T) {
	tests := []struct{ text, name, role string }{
		{"Kwame Asante became finance minister on Monday.", "Kwame Asante", "finance minister"},
		{"The cabinet includes Ngozi Eze as health minister.", "Ngozi Eze", "health minister"},
		{"Tomasz Wilk was named defence minister in the new government.", "Tomasz Wilk", "defence minister"},
	}
	for _, tc := range tests {
		x := Extract(tc.text, Meta{})
		found := false
		for _, e := range x.Entities {
			if e.Kind == graph.KindPerson && e.Name == tc.name {
				found = contains(e.Roles, tc.role)
			}
		}
		if !found {
			t.Errorf("%q: no person %q with role %q in %+v", tc.text, tc.name, tc.role, x.Entities)
		}
	}
}

// TestGeographicNames checks that unknown geographic features are places,
// never persons, and that seas are no attack targets.
func TestGeographicNames(t *testing.T) {
	tests := []struct {
		text, place string
		noFact      bool
	}{
		{"Vietnamese boats anchored near Second Thomas Shoal.", "Second Thomas Shoal", false},
		{"Sweden and Finland patrol the Gulf of Bothnia.", "Gulf of Bothnia", false},
		{"Russian troops advanced in the Zaporizhzhia region.", "Zaporizhzhia", false},
		{"Houthi forces fired missiles at ships in the Bab el-Mandeb Strait.", "Bab el-Mandeb Strait", true},
	}
	for _, tc := range tests {
		x := Extract(tc.text, Meta{})
		found := false
		for _, e := range x.Entities {
			if e.Kind == graph.KindPerson {
				t.Errorf("%q: person %q", tc.text, e.Name)
			}
			if e.Kind == graph.KindPlace && e.Name == tc.place {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no place %q in %+v", tc.text, tc.place, x.Entities)
		}
		if tc.noFact && len(x.Edges) > 0 {
			t.Errorf("%q: facts %q", tc.text, factStrings(x))
		}
	}
}

// TestNotPersons checks names that look like persons but are events,
// operations or particles of a longer name.
func TestNotPersons(t *testing.T) {
	tests := []struct{ text, person string }{
		{"Veterans marked the anniversary of the Great Patriotic War in Minsk.", ""},
		{"The navy began a new operation, Ocean Shield, Admiral Jane Doe said.", "Jane Doe"},
		{"European Commission President Ursula von der Leyen visited Kyiv.", "Ursula von der Leyen"},
		{"The African Union's special envoy for the Sahel held talks in Niamey on Monday.", ""},
	}
	for _, tc := range tests {
		x := Extract(tc.text, Meta{})
		for _, e := range x.Entities {
			if e.Kind == graph.KindPerson && e.Name != tc.person {
				t.Errorf("%q: person %q", tc.text, e.Name)
			}
		}
	}
}

// TestShortNameBeforeFullName checks that a person named by surname in a
// headline and by full name in the text is one person.
func TestShortNameBeforeFullName(t *testing.T) {
	x := Extract("Minister Sikorski's Talks with Foreign Minister Kuleba\n\nPolish Foreign Minister Radoslaw Sikorski met Ukrainian Foreign Minister Dmytro Kuleba in Warsaw.", Meta{})
	persons := 0
	for _, e := range x.Entities {
		if e.Kind == graph.KindPerson {
			persons++
			if e.Name != "Radoslaw Sikorski" && e.Name != "Dmytro Kuleba" {
				t.Errorf("person %+v", e)
			}
		}
	}
	if persons != 2 {
		t.Errorf("%d persons, want 2: %+v", persons, x.Entities)
	}
	if !hasFact(factStrings(x), "Radoslaw Sikorski -met-> Dmytro Kuleba (asserted)") {
		t.Errorf("facts %q", factStrings(x))
	}
}

// TestPlacesAndPersonsByContext checks entities found by their context:
// an unknown dateline city, a possessive capital used as a location, a
// region before "coast", and a person after an occupation noun.
func TestPlacesAndPersonsByContext(t *testing.T) {
	tests := []struct {
		text string
		kind graph.Kind
		name string
	}{
		{"KIGOMA, Tanzania — Burundi and Tanzania signed a trade pact.", graph.KindPlace, "Kigoma"},
		{"Israeli jets struck Damascus's southern suburbs overnight.", graph.KindPlace, "Damascus"},
		{"Tourists returned to the Dalmatia coast.", graph.KindPlace, "Dalmatia"},
		{"Iran freed the jailed journalist Lena Marcou on Monday.", graph.KindPerson, "Lena Marcou"},
		{"Japan's special envoy to the region, Kenji Morita, arrived on Monday.", graph.KindPerson, "Kenji Morita"},
		{"The minister said the shelling of homes in Port Velmar was unacceptable.", graph.KindPlace, "Port Velmar"},
		{"Flights resumed at the airport of Port Sudan on Friday.", graph.KindPlace, "Port Sudan"},
		{"Aid convoys reached the town after passing through Kafr Laha on Monday.", graph.KindPlace, "Kafr Laha"},
		{"Jets struck targets in the capital Mogadish on Sunday.", graph.KindPlace, "Mogadish"},
		{"Militants attacked a base in the Lower Juba region overnight.", graph.KindPlace, "Lower Juba"},
		{"Aid convoys stranded near Kafr Dunya have been waiting for a week.", graph.KindPlace, "Kafr Dunya"},
	}
	for _, tc := range tests {
		x := Extract(tc.text, Meta{})
		found := false
		for _, e := range x.Entities {
			if e.Kind == tc.kind && e.Name == tc.name {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no %s %q in %+v", tc.text, tc.kind, tc.name, x.Entities)
		}
	}
}

// TestOrganizationsWithLowerCaseHeads checks names like "the Alpha Security
// Support mission" are organizations.
func TestOrganizationsWithLowerCaseHeads(t *testing.T) {
	checkOrganizations(t, []orgCase{
		{"Rwanda joined the Southern Shield Support mission in Mozambique.", "Southern Shield Support mission"},
		{"Fighters of the Desert Hawks militia attacked the base.", "Desert Hawks militia"},
	})
}

// orgCase is a text and an organization its extraction must name.
type orgCase struct{ text, name string }

// checkOrganizations fails the test for each text whose extraction does not
// name its organization.
func checkOrganizations(t *testing.T, cases []orgCase) {
	t.Helper()
	for _, tc := range cases {
		x := Extract(tc.text, Meta{})
		found := false
		for _, e := range x.Entities {
			if e.Kind == graph.KindOrganization && e.Name == tc.name {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no organization %q in %+v", tc.text, tc.name, x.Entities)
		}
	}
}

func TestContainsWord(t *testing.T) {
	tests := []struct {
		s, w string
		want bool
	}{
		{"secretary of state", "secretary", true},
		{"undersecretary", "secretary", false},
		{"foreign secretary", "secretary", true},
		{"secretary-general", "secretary", false},
		{"", "secretary", false},
	}
	for _, tc := range tests {
		if got := containsWord(tc.s, tc.w); got != tc.want {
			t.Errorf("containsWord(%q, %q) = %v, want %v", tc.s, tc.w, got, tc.want)
		}
	}
}

// TestVisitToPlaceImpliesState checks that a visit to a place inside a state
// is also a visit to the state, with the same sentence, modality and date.
func TestVisitToPlaceImpliesState(t *testing.T) {
	pub, _ := graph.ParseDate("2024-05-10")
	x := Extract("Indonesian President Prabowo Subianto arrived in Canberra on Tuesday.", Meta{Published: pub})
	var place, state *graph.Edge
	for i, e := range x.Edges {
		if e.Type != graph.Visited || e.From != "person:prabowo-subianto" {
			continue
		}
		switch e.To {
		case "place:canberra":
			place = &x.Edges[i]
		case "state:AUS":
			state = &x.Edges[i]
		}
	}
	if place == nil || state == nil {
		t.Fatalf("want visits to Canberra and to Australia, got %v", factStrings(x))
	}
	if state.Modality != place.Modality || state.Date != place.Date || state.Mentions[0] != place.Mentions[0] {
		t.Errorf("derived visit differs: %+v vs %+v", state, place)
	}
	// A visit inside one's own state is no visit to it.
	x = Extract("Australian Prime Minister Anthony Albanese arrived in Canberra on Tuesday.", Meta{Published: pub})
	for _, e := range x.Edges {
		if e.Type == graph.Visited && e.To == "state:AUS" {
			t.Errorf("a domestic trip became a visit to the state: %+v", e)
		}
	}
}
