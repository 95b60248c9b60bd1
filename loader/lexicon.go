package loader

import "github.com/geokg/geokg/graph"

// This file holds the extractor's word lists: relation triggers, titles and
// role nouns, first names, well-known office holders, landmarks, and the
// words that shape clauses. Every list is read-only after package init.

// frame says how a trigger finds its two sides.
type frame uint8

const (
	// frameVerb: SUBJ trigger OBJ (objects optionally after one of preps).
	frameVerb frame = iota
	// frameNoun: a nominalization: POSSESSOR's trigger PREP OBJ, or trigger PREP OBJ by AGENT.
	frameNoun
	// frameConverse: SUBJ trigger ... from AGENT: the agent acts on the subject
	// ("Y received arms from X" = X supplied Y).
	frameConverse
	// frameHost: SUBJ trigger OBJ (to PLACE): the object visited the subject
	// and the two met ("X hosted Y", "X welcomed Y to Z").
	frameHost
)

// trigger is one relation trigger: a word (or a short phrase) and its frame.
type trigger struct {
	typ   graph.RelationType
	frame frame
	// preps are the prepositions that introduce the object ("to", "with");
	// direct objects are allowed when direct is set.
	preps  []string
	direct bool
	// conf is the confidence of a fact from this trigger.
	conf float64
}

// verbTriggers maps a lower-case word form to its trigger. Multi-word
// triggers are keyed by their first word and listed in phraseTriggers.
var verbTriggers = map[string]trigger{}

// phraseTrigger is a trigger of several words.
type phraseTrigger struct {
	words []string
	trigger
}

// phraseTriggers are multi-word triggers, keyed by their first word.
var phraseTriggers = map[string][]phraseTrigger{}

func addVerb(t graph.RelationType, f frame, direct bool, preps []string, conf float64, forms ...string) {
	for _, w := range forms {
		tr := trigger{typ: t, frame: f, preps: preps, direct: direct, conf: conf}
		if f == frameNoun {
			nounTriggers[w] = tr
		} else {
			verbTriggers[w] = tr
		}
	}
}

func addPhrase(t graph.RelationType, f frame, direct bool, preps []string, conf float64, phrases ...[]string) {
	for _, p := range phrases {
		phraseTriggers[p[0]] = append(phraseTriggers[p[0]], phraseTrigger{words: p, trigger: trigger{typ: t, frame: f, preps: preps, direct: direct, conf: conf}})
	}
}

func w(s ...string) []string { return s }

func init() {
	// visited
	addVerb(graph.Visited, frameVerb, true, w("to", "in"), 0.85, "visit", "visits", "visited", "visiting", "tour", "toured", "touring")
	addVerb(graph.Visited, frameVerb, false, w("in", "at"), 0.85, "arrive", "arrives", "arrived", "arriving", "landed", "lands")
	addVerb(graph.Visited, frameVerb, false, w("to"), 0.8, "travel", "travels", "travelled", "traveled", "travelling", "traveling", "came", "come", "comes", "flew", "fly", "flies", "went", "go", "goes", "headed", "journeyed")
	addPhrase(graph.Visited, frameVerb, false, w("in", "to"), 0.75, w("left", "to", "attend"), w("leaves", "to", "attend"), w("left", "for"), w("leaves", "for"), w("set", "off", "for"))
	addVerb(graph.Visited, frameNoun, false, w("to"), 0.8, "visit", "trip", "journey", "tour")
	addVerb(graph.Visited, frameNoun, false, w("in", "to", "at"), 0.75, "stopover", "stopovers")
	addPhrase(graph.Visited, frameNoun, false, w("in"), 0.7, w("stops", "in"), w("stop", "in"))
	// met (symmetric)
	addVerb(graph.Met, frameVerb, true, w("with"), 0.9, "met", "meet", "meets", "meeting", "phoned")
	addVerb(graph.Met, frameVerb, false, w("with"), 0.8, "conferred", "confers", "negotiated")
	addVerb(graph.Met, frameVerb, false, w("with", "to"), 0.8, "talked", "spoke", "speaks", "spoken", "speak", "talk", "talks")
	addPhrase(graph.Met, frameVerb, false, w("with", "to"), 0.85, w("held", "talks"), w("hold", "talks"), w("holds", "talks"), w("shakes", "hands"), w("shook", "hands"), w("shake", "hands"), w("sat", "down"), w("had", "a", "call"), w("held", "a", "call"))
	addVerb(graph.Met, frameVerb, true, w("with"), 0.85, "telephoned")
	addPhrase(graph.Met, frameNoun, false, nil, 0.8, w("by", "phone"), w("by", "telephone"), w("over", "the", "phone"))
	addVerb(graph.Met, frameNoun, false, w("with", "between"), 0.85, "summit", "meeting", "talks", "call", "meetings", "conversation", "consultations")
	// accused
	addVerb(graph.Accused, frameVerb, true, nil, 0.85, "accuse", "accuses", "accused", "accusing", "blame", "blames", "blamed", "blaming")
	addVerb(graph.Accused, frameNoun, false, w("against"), 0.7, "accusation", "accusations", "allegations")
	// supplied
	addVerb(graph.Supplied, frameVerb, false, w("to"), 0.8, "supply", "supplies", "supplied", "supplying", "provide", "provides", "provided", "providing", "deliver", "delivers", "delivered", "delivering", "send", "sends", "sent", "sending", "shipped", "transfer", "transfers", "transferred", "transferring", "give", "gives", "gave", "given", "giving", "exported", "exporting", "sell", "sells", "sold", "selling", "donate", "donated", "donates")
	addVerb(graph.Supplied, frameVerb, true, w("with"), 0.8, "armed", "arming")
	addVerb(graph.Supplied, frameNoun, false, w("to", "for"), 0.7, "sale", "sales", "supplies", "deliveries", "delivery", "shipments", "shipment", "transfers", "transfer", "aid", "assistance")
	addVerb(graph.Supplied, frameConverse, false, w("from"), 0.75, "receive", "receives", "received", "receiving", "procure", "procures", "procured", "procuring", "obtain", "obtained", "obtains", "acquire", "acquired", "acquires", "import", "imports", "imported", "importing", "buy", "buys", "bought", "purchase", "purchased", "purchases")
	// warned
	addVerb(graph.Warned, frameVerb, true, w("of", "about", "against", "between"), 0.8, "warn", "warns", "warned", "warning", "caution", "cautions", "cautioned")
	addPhrase(graph.Warned, frameVerb, false, w("over", "about", "at", "regarding", "on"), 0.7, w("expressed", "concern"), w("expresses", "concern"),
		w("expressed", "deep", "concern"), w("expressed", "serious", "concern"), w("expressed", "grave", "concern"),
		w("voiced", "concern"), w("voiced", "concerns"), w("raised", "concerns"), w("expressed", "alarm"))
	addPhrase(graph.Warned, frameNoun, false, w("by", "from", "of"), 0.7, w("threat", "posed", "by"), w("threat", "from"), w("threats", "from"), w("threat", "of"))
	// urged
	addVerb(graph.Urged, frameVerb, true, nil, 0.85, "urge", "urges", "urged", "urging", "presses", "pressed", "pressing", "encourage", "encourages", "encouraged", "encouraging", "implored", "exhorted", "demanded", "demands", "demand")
	addPhrase(graph.Urged, frameVerb, true, nil, 0.8, w("called", "for"), w("calls", "for"), w("call", "for"))
	addPhrase(graph.Urged, frameVerb, true, nil, 0.85, w("called", "on"), w("call", "on"), w("calls", "on"), w("calling", "on"), w("called", "upon"), w("calls", "upon"), w("appealed", "to"), w("appeals", "to"), w("asked"), w("asks"))
	// criticized
	addPhrase(graph.Criticized, frameVerb, false, w("with", "against", "to"), 0.75, w("lodged", "a", "protest"), w("lodged", "a", "strong", "protest"),
		w("lodged", "a", "formal", "protest"), w("lodges", "a", "protest"), w("filed", "a", "protest"), w("lodged", "protests"),
		w("lodged", "stern", "representations"), w("lodged", "solemn", "representations"), w("made", "stern", "representations"),
		w("lodged", "representations"), w("lodged", "a", "complaint"), w("filed", "a", "complaint"))
	addVerb(graph.Criticized, frameVerb, true, w("to", "against", "over"), 0.75, "protested", "protests")
	addVerb(graph.Criticized, frameVerb, true, nil, 0.85, "criticize", "criticizes", "criticized", "criticizing", "criticise", "criticises", "criticised", "criticising", "condemn", "condemns", "condemned", "condemning", "slam", "slams", "slammed", "slamming", "denounce", "denounces", "denounced", "denouncing", "rebuke", "rebukes", "rebuked", "decry", "decried", "decries", "censure", "censured", "lambasted", "blasted", "deplored", "deplores", "deplore", "castigated", "chided", "assailed", "berated", "reprimanded")
	addPhrase(graph.Criticized, frameVerb, false, w("at"), 0.8, w("hit", "out"), w("hits", "out"), w("lashed", "out"), w("lashes", "out"), w("took", "aim"), w("takes", "aim"))
	addVerb(graph.Criticized, frameNoun, false, w("of"), 0.7, "condemnation", "criticism", "denunciation")
	// sanctioned
	addVerb(graph.Sanctioned, frameVerb, true, nil, 0.85, "sanction", "sanctions", "sanctioned", "sanctioning", "blacklist", "blacklisted", "blacklists", "designate", "designates", "designated", "designating", "blocks", "embargoed")
	addVerb(graph.Sanctioned, frameNoun, false, w("on", "against", "of"), 0.8, "sanctions", "embargo", "designations", "designation")
	addPhrase(graph.Sanctioned, frameNoun, false, w("of"), 0.75, w("blocking", "property"))
	// invaded
	addVerb(graph.Invaded, frameVerb, true, nil, 0.9, "invade", "invades", "invaded", "invading", "occupy", "occupies", "occupied", "occupying", "annexed", "annex", "annexes",
		"seized", "seizes", "captured", "captures")
	addVerb(graph.Invaded, frameNoun, false, w("of"), 0.85, "invasion", "occupation", "annexation")
	// a war is force, not necessarily an invasion: "its war in Gaza"
	addPhrase(graph.Attacked, frameNoun, false, w("in", "on", "against"), 0.75, w("war", "in"), w("war", "on"), w("war", "against"))
	// attacked
	addVerb(graph.Attacked, frameVerb, false, w("at", "on", "into", "toward", "towards", "against"), 0.8, "fired", "fires", "firing")
	addVerb(graph.Attacked, frameVerb, true, w("at", "on", "in"), 0.85, "attack", "attacks", "attacked", "attacking", "strike", "strikes", "struck", "striking", "bombed", "bombing", "shelled", "shelling", "raided", "hit", "hits", "targeted", "assaulted", "rammed", "ramming", "rams")
	addPhrase(graph.Attacked, frameVerb, false, w("at", "on", "into", "toward", "towards"), 0.8, w("fired", "missiles"), w("fired", "rockets"), w("fires", "missiles"), w("launched", "strikes"), w("launched", "attacks"), w("launched", "an", "attack"),
		w("launched", "missiles"), w("launched", "rockets"), w("launched", "drones"), w("fired", "drones"), w("fired", "shells"))
	// weapons are attacks only after a launch verb: "launched 300 drones against Israel"
	addVerb(graph.Attacked, frameNoun, false, w("at", "against", "on", "into", "toward", "towards"), 0.8, weaponNouns...)
	addVerb(graph.Attacked, frameNoun, false, w("on", "against"), 0.8, "attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "assault", "onslaught", "offensive", "bombing", "bombardment", "shelling", "aggression", "incursion")
	// threatened
	addVerb(graph.Threatened, frameVerb, true, nil, 0.8, "threaten", "threatens", "threatened", "threatening")
	addVerb(graph.Threatened, frameNoun, false, w("against", "to"), 0.7, "threats")
	addPhrase(graph.Threatened, frameVerb, false, w("against"), 0.75, w("vowed", "retaliation"), w("vows", "retaliation"), w("vowed", "revenge"))
	// "vowed to retaliate against X": a retaliation still to come is a threat
	addVerb(graph.Threatened, frameVerb, false, w("against"), 0.75, "retaliate")
	// agreed (symmetric)
	addVerb(graph.Agreed, frameVerb, false, w("with"), 0.8, "agreed", "agree", "agrees", "agreeing", "signed", "sign", "signs", "signing", "concluded", "inked")
	addVerb(graph.Agreed, frameVerb, false, w("with"), 0.75, "sealed", "clinched", "finalised", "finalized")
	addPhrase(graph.Agreed, frameVerb, false, w("with"), 0.8, w("reached", "a", "deal"), w("reached", "an", "agreement"), w("reach", "agreement"), w("reached", "agreement"), w("struck", "a", "deal"))
	addVerb(graph.Agreed, frameNoun, false, w("with", "between"), 0.7, "agreement", "deal", "pact", "treaty", "accord")
	// cooperated (symmetric)
	addVerb(graph.Cooperated, frameVerb, false, w("with"), 0.75, "cooperate", "cooperated", "cooperates", "cooperating", "collaborate", "collaborated", "partnered")
	addVerb(graph.Cooperated, frameNoun, false, w("with", "between", "of"), 0.75, "cooperation", "co-operation", "partnership", "collaboration", "partner", "alliance")
	addPhrase(graph.Cooperated, frameNoun, false, w("with", "between"), 0.7, w("ties", "with"), w("ties", "between"),
		w("joint", "drills"), w("joint", "exercises"), w("joint", "military", "exercises"), w("joint", "military", "drills"),
		w("joint", "naval", "drills"), w("joint", "naval", "exercises"), w("joint", "patrols"), w("joint", "patrol"))
	addPhrase(graph.Cooperated, frameVerb, false, w("with"), 0.7, w("teamed", "up"), w("joined", "forces"), w("join", "forces"),
		w("joins", "forces"))
	addPhrase(graph.Cooperated, frameVerb, false, w("with"), 0.7, w("work", "together"), w("working", "together"), w("worked", "together"))
	addVerb(graph.Cooperated, frameVerb, false, w("with"), 0.7, "coordinate", "coordinates", "coordinating")
	addPhrase(graph.Cooperated, frameVerb, false, w("with"), 0.7, w("working", "with"), w("works", "with"), w("worked", "with"), w("work", "with"))
	for _, v := range w("restored", "restore", "restores", "established", "establish", "normalized", "normalised", "normalize", "resumed", "resume", "strengthened", "deepened", "upgraded", "stepped",
		"boosted", "expanded", "bolstered", "improved", "cemented") {
		addPhrase(graph.Cooperated, frameVerb, false, w("with"), 0.7, w(v, "ties"), w(v, "diplomatic", "ties"), w(v, "diplomatic", "relations"), w(v, "relations"), w(v, "up", "ties"), w(v, "up", "cooperation"))
		for _, a := range w("military", "defence", "defense", "security", "economic", "trade", "bilateral", "strategic", "energy") {
			addPhrase(graph.Cooperated, frameVerb, false, w("with"), 0.7, w(v, a, "ties"), w(v, a, "relations"), w(v, "their", a, "ties"), w(v, "their", "ties"))
		}
	}
	// converse and host frames
	addVerb(graph.Visited, frameHost, true, w("to", "in", "at"), 0.8, "hosted", "hosts", "host", "hosting", "welcomed", "welcomes", "welcome", "welcoming")
}

// weaponNouns are nominal attack triggers only when a launch verb governs
// them (see fireVerbs): "fired rockets at", not "supplied rockets to".
var weaponNouns = []string{"drones", "missiles", "rockets", "shells", "munitions", "projectiles", "bombs",
	"missile", "rocket", "drone", "barrage", "salvo", "volley", "torpedoes", "torpedo"}

// fireVerbs launch weapons at a target.
var fireVerbs = set("launched", "launches", "launch", "launching", "fired", "fires", "fire", "firing",
	"unleashed", "unleashes", "hurled", "lobbed", "dropped", "sent")

// partNouns take a partitive "of": "a strip of northern Syria", "parts of Ukraine".
var partNouns = set("strip", "part", "parts", "swath", "swathes", "swaths", "area", "areas", "portion",
	"portions", "much", "most", "chunk", "half", "rest", "territory", "territories", "regions", "towns",
	"villages", "cities", "province", "provinces", "islands", "kilometres", "kilometers", "miles", "hectares",
	"sections", "section", "corner", "border", "borders", "stretch", "stretches", "positions", "several", "some",
	"many", "dozens", "hundreds", "thousands", "members", "one", "each", "leaders", "units")

// nounTriggers maps a noun to its nominal trigger.
var nounTriggers = map[string]trigger{}

// speechVerbs introduce reported speech: facts in their complement are
// alleged by the speaker (unless the speaker is the writer).
var speechVerbs = set("said", "says", "say", "told", "tells", "stated", "claimed", "claims", "claim",
	"alleged", "alleges", "reported", "reports", "announced", "announces", "added", "insisted", "insists",
	"asserted", "asserts", "argued", "argues", "charged", "charges", "believes", "believed", "suggested",
	"noted", "wrote", "quoted", "according", "accuses", "accused", "accusing")

// speculative cues make a fact speculative when they govern its trigger.
var speculativeCues = set("could", "may", "might", "would", "will", "shall", "should", "must", "ought", "need", "needs",
	"preparing", "prepares", "prepare", "poised", "readying", "gearing", "plans", "plan", "planned",
	"planning", "expected", "expects", "expect", "likely", "possible", "possibly", "potential", "potentially",
	"offered", "offers", "hopes", "hoped", "hope", "intends", "intended", "intend", "aims", "aimed", "seeks",
	"sought", "wants", "wanted", "wishes", "wished", "proposed", "proposes", "considering", "considers",
	"considered", "if", "unless", "ready", "prepared", "forward", "set", "scheduled", "upcoming", "future",
	"next", "unlikely", "pledged", "pledges", "vowed", "vows",
	"promised", "promises", "threatening", "threatened", "threatens", "'ll", "would've", "consider", "discuss", "discussed", "discussing",
	"possibility", "prospect", "keen", "eager", "willing", "explore", "exploring", "opportunities", "opportunity",
	"negotiate", "negotiating", "negotiations", "initiate", "seek", "try", "tries", "trying", "attempt", "would-be")

// negationCues make a fact negated when they govern its trigger.
var negationCues = set("not", "n't", "never", "denied", "denies", "deny", "denying", "refused", "refuses",
	"refuse", "rejected", "rejects", "reject", "declined", "declines", "failed", "fails", "no", "nor",
	"neither", "without", "dismissed", "cannot", "didn't", "don't", "doesn't", "won't", "wasn't", "weren't",
	"hasn't", "haven't", "hadn't", "isn't", "aren't", "cut", "cuts", "cutting", "sever", "severs", "severed",
	"severing", "breaks", "break", "suspended", "suspends", "suspending", "halted", "halts", "halting", "broke", "breaking", "didnt", "dont", "doesnt", "wont",
	"wasnt", "werent", "hasnt", "havent", "hadnt", "isnt", "arent", "cant", "couldnt", "wouldnt", "shouldnt", "nt")

// clauseBreakWords end the subject search: the trigger's clause starts after them.
var clauseBreakWords = set("but", "while", "whereas", "although", "though", "because", "after", "before",
	"since", "when", "as", "despite", "following", "where", "so")

// relativeWords introduce a relative clause whose subject is the noun before it.
var relativeWords = set("who", "which", "whom", "whose")

// prepositions mark a noun phrase as a prepositional object (not a subject).
var prepositions = set("to", "in", "at", "from", "with", "of", "on", "against", "for", "into", "by", "about",
	"between", "over", "under", "near", "toward", "towards", "across", "within", "beyond", "through", "among",
	"during", "after", "before", "than", "including", "like", "upon", "onto", "via", "amid", "around", "behind")

// determiners and other words that may sit between a preposition or trigger and its object.
var npFillers = set("the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those",
	"both", "all", "several", "some", "new", "further", "fresh", "additional", "more", "other", "two", "three",
	"four", "five", "six", "seven", "eight", "nine", "ten", "country", "neighbouring", "neighboring", "rival",
	"capital", "city", "port", "region", "province", "town", "territory", "state", "southern", "northern",
	"eastern", "western", "central", "occupied", "government", "regime", "authorities", "forces", "military",
	"army", "troops", "and", "allied", "ally", "top", "senior", "former", "northeastern", "northwestern",
	"southeastern", "southwestern", "north", "south", "east", "west", "nearly", "almost", "roughly")

// personNounsPlural are nouns for groups of people; "two Ansarallah leaders"
// makes Ansarallah a modifier of the people.
var personNounsPlural = set("leaders", "officials", "members", "commanders", "individuals", "nationals",
	"diplomats", "ministers", "officers", "citizens", "representatives", "delegates", "envoys", "militants",
	"fighters", "executives", "operatives", "figures", "agents", "negotiators", "counterparts", "lawmakers",
	"politicians", "soldiers", "troops", "forces")

// groupNouns are collective actors: "a Russian delegation" acts for Russia.
var groupNouns = set("delegation", "delegations", "government", "governments", "authorities", "regime",
	"military", "army", "navy", "forces", "troops", "officials", "diplomats", "leaders", "leadership",
	"ministry", "ministers", "administration", "embassy", "mission", "side", "team", "negotiators", "media",
	"state", "cabinet", "parliament", "lawmakers", "envoy", "envoys", "warplanes", "jets", "drones",
	"missiles", "navy's", "coast", "guard", "people", "companies", "firms", "banks", "rocket", "airstrikes",
	"strikes", "attacks", "vessels", "ships", "militants", "fighters", "diplomat", "official", "counterparts",
	"warships", "aircraft", "bombers", "submarines", "fighter", "jets", "units", "artillery", "president", "minister",
	"leader", "navy", "coastguard", "police", "intelligence", "ambassador", "foreign", "defence", "defense")

// roleWords are the heads of person titles ("President", "Secretary of State").
var roleWords = set("president", "vice", "prime", "minister", "secretary", "chancellor", "premier", "king",
	"queen", "prince", "princess", "emperor", "sultan", "emir", "sheikh", "leader", "spokesperson",
	"spokesman", "spokeswoman", "ambassador", "envoy", "diplomat", "director", "chairman", "chairwoman",
	"chair", "chief", "commander", "general", "gen", "admiral", "colonel", "col", "lieutenant", "lt", "major",
	"maj", "captain", "capt", "sergeant", "sgt", "governor", "gov", "senator", "sen", "representative", "rep",
	"mayor", "judge", "justice", "pope", "cardinal", "bishop", "ayatollah", "dr", "mr", "mrs", "ms", "miss",
	"sir", "dame", "lord", "lady", "chief", "head", "deputy", "acting", "foreign", "defense", "defence",
	"interior", "finance", "trade", "representative", "under", "assistant", "undersecretary", "official",
	"advisor", "adviser", "counselor", "counsellor", "attorney", "speaker", "dictator", "strongman", "monarch",
	"crown", "supreme", "first", "lady", "president-elect", "ceo", "founder", "analyst", "researcher",
	"correspondent", "reporter", "professor", "defector", "negotiator", "coordinator", "administrator",
	"commissioner", "high", "special", "national", "security", "state", "staff", "of", "the", "for",
	"natural", "resources", "economy", "energy", "culture", "sports", "health", "justice", "affairs",
	"intelligence", "terrorism", "financial", "homeland", "treasury", "agriculture", "education", "and",
	"secretary-general", "general-secretary", "marshal", "field", "ministry", "party", "top", "senior",
	"former", "then", "incumbent", "outgoing", "new", "military", "army", "navy", "air", "force", "forces",
	"naval", "joint", "chiefs", "opposition", "rebel", "militia", "group", "spy", "nuclear", "envoy", "counterpart")

// roleHeads are the words that make a title a role (the last word of "Secretary of State" is not one, "Secretary" is).
var roleHeads = set("president", "minister", "secretary", "chancellor", "premier", "king", "queen", "prince",
	"princess", "emperor", "sultan", "emir", "sheikh", "leader", "spokesperson", "spokesman", "spokeswoman",
	"ambassador", "envoy", "diplomat", "director", "chairman", "chairwoman", "chair", "chief", "commander",
	"general", "admiral", "colonel", "governor", "senator", "representative", "mayor", "judge", "pope",
	"ayatollah", "deputy", "advisor", "adviser", "counselor", "counsellor", "attorney", "speaker", "dictator",
	"monarch", "president-elect", "ceo", "founder", "analyst", "researcher", "professor", "defector",
	"negotiator", "coordinator", "administrator", "commissioner", "secretary-general", "general-secretary",
	"marshal", "official", "head", "lieutenant", "captain", "major", "gen", "lt", "col", "sen", "rep", "gov",
	"dr", "mr", "mrs", "ms", "sir", "dame", "lord", "lady", "correspondent", "reporter", "strongman",
	"vice-president", "deputy-prime", "counterpart")

// honorifics precede a name but are no role.
var honorifics = set("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "madam", "mister")

// roleNounsForCoref are role words usable as a definite short mention ("the secretary").
var roleNounsForCoref = set("president", "minister", "secretary", "chancellor", "premier", "king", "queen",
	"leader", "spokesperson", "spokesman", "spokeswoman", "ambassador", "envoy", "director", "chairman",
	"commander", "general", "governor", "senator", "mayor", "diplomat", "official")

// stateLeaderRoles are roles whose unnamed holder ("the Prime Minister")
// in an official readout stands for the publishing state.
var stateLeaderRoles = set("prime minister", "president", "foreign secretary", "secretary of state",
	"foreign minister", "chancellor", "secretary", "minister", "premier", "king", "queen", "government",
	"defence secretary", "defense secretary", "home secretary", "deputy prime minister", "vice president")

// monthNames maps month names and abbreviations to months.
var monthNames = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
	"june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
	"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// weekdayNames maps weekday names to time.Weekday numbers (Sunday = 0).
var weekdayNames = map[string]int{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
}

// abbreviations end with a period that does not end a sentence.
var abbreviations = set("mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "maj", "capt", "sgt",
	"st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs",
	"etc", "adm", "brig", "cmdr", "prof", "rev", "hon", "jr", "sr", "inc", "ltd", "co", "corp", "mt", "ft",
	"approx", "est", "dept", "univ", "assn", "bros", "e.g", "i.e", "a.m", "p.m", "fig", "pres", "amb")

// nonNameWords are capitalized words that never start or belong to a person name.
var nonNameWords = set("the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "of", "for", "and",
	"but", "or", "to", "from", "by", "with", "as", "after", "before", "since", "during", "when", "while", "if",
	"it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "there",
	"here", "what", "who", "which", "why", "how", "where", "all", "both", "some", "many", "most", "more",
	"other", "another", "such", "no", "not", "yes", "also", "then", "now", "today", "yesterday", "tomorrow",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
	"march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
	"sept", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "news", "breaking",
	"update", "updated", "advertisement", "comments", "comment", "share", "file", "photo", "video", "watch",
	"read", "more", "click", "subscribe", "follow", "reuters", "afp", "ap", "excellency", "highness",
	"majesty", "friends", "colleagues", "ladies", "gentlemen", "government", "ministry", "department",
	"office", "council", "agency", "state", "states", "united", "republic", "kingdom", "union", "party",
	"national", "federal", "international", "world", "global", "north", "south", "east", "west", "northern",
	"southern", "eastern", "western", "central", "executive", "order", "act", "resolution", "summit",
	"accord", "agreement", "treaty", "pact", "forum", "conference", "week", "month", "year", "day",
	"morning", "evening", "afternoon", "night", "tonight", "earlier", "later", "last", "next", "first",
	"second", "third", "new", "old", "top", "senior", "former", "deputy", "acting", "official", "officials",
	"press", "release", "statement", "readout", "minister", "president", "secretary", "prime", "chancellor",
	"leader", "ambassador", "spokesperson", "spokesman", "spokeswoman", "director", "general", "foreign",
	"defence", "defense", "trade", "security", "home", "business", "science", "energy", "technology",
	"innovation", "net", "zero", "sea", "ocean", "gulf", "strait", "river", "lake", "mount", "island",
	"islands", "street", "avenue", "square", "palace", "house", "hall", "building", "center", "centre",
	"church", "monument", "airport", "station", "hotel", "university", "school", "institute", "museum",
	"holy", "saint", "st", "lessons", "freedom", "future", "our", "blocking", "property", "persons",
	"threatening", "peace", "stability", "action", "follows", "issued", "implements", "targeting",
	"legislation", "policy", "enhancement", "further", "information", "updates", "page", "published",
	"settings", "font", "size", "site", "colours", "colors", "links", "accessibility", "skip", "menu",
	"search", "home", "contact", "about", "privacy", "terms", "cookies", "login", "sign", "register",
	"topics", "interest", "related", "latest", "top", "stories", "images", "image", "caption", "credit",
	"getty", "afp/getty", "corruption", "nepotism", "changes", "impoverished", "historic", "allies", "ally",
	"military", "army", "navy", "air", "force", "forces", "war", "crisis", "conflict", "tensions", "talks",
	"diplomatic", "ties", "sanctions", "nuclear", "missile", "missiles", "weapons", "arms", "strategic",
	"bilateral", "dialogue", "free", "agreement", "safety", "ai", "visit", "state visit", "meeting",
	"welcome", "thank", "thanks", "allow", "please", "we", "let", "dear", "mr.", "mrs.", "ms.", "dr.",
	"utc", "gmt", "am", "pm", "a.m", "p.m", "ctrl", "enter", "twitter", "facebook", "instagram", "youtube",
	"linkedin", "telegram", "whatsapp", "email", "print", "copy", "link", "previous", "next", "back",
	"continue", "reading", "advertising", "sponsored", "promoted", "partner", "content", "recommended",
	"trending", "popular", "most", "viewed", "opinion", "analysis", "editorial", "video", "audio", "podcast",
	"live", "graphic", "map", "chart", "table", "source", "sources", "note", "notes", "correction",
	"clarification", "editor", "editors", "by", "staff", "writer", "wire", "service", "services", "asia",
	"europe", "africa", "americas", "america", "middle", "pacific", "atlantic", "arctic", "antarctic",
	"latin", "usa", "world", "politics", "economy", "business", "sport", "sports", "culture", "science",
	"health", "environment", "climate", "investigation", "investigations", "media", "government's",
	"convention", "declaration", "charter", "protocol", "strategy", "plan", "program", "programme",
	"initiative", "project", "operation", "mission", "task", "fund", "bank", "market", "exchange",
	"excellency", "your", "honour", "honor", "retranslated", "translated", "transcript", "full", "text",
	"remarks", "speech", "joint", "communique", "communiqué")

// firstNames are common given names; a capitalized pair starting with one is a person.
var firstNames = set(
	"aaron", "abdel", "abdul", "abdullah", "abu", "adam", "adrian", "ahmad", "ahmed", "alan", "albert", "alberto",
	"alejandro", "aleksandr", "aleksei", "alex", "alexander", "alexandre", "alexei", "alexey", "ali", "alice",
	"alicia", "alain", "amanda", "amir", "amy", "ana", "anatoly", "andrea", "andreas", "andrei", "andrew", "andrey",
	"andrzej", "angela", "ann", "anna", "anne", "annalena", "anthony", "antonio", "antony", "anwar", "ari",
	"ariel", "arthur", "ashraf", "ashton", "bashar", "ben", "benjamin", "benny", "bernard", "bill", "bob",
	"boris", "brian", "bruce", "carl", "carlos", "caroline", "catherine", "charles", "chris", "christian",
	"christina", "christine", "christopher", "claire", "claude", "claudia", "colin", "condoleezza", "dan",
	"daniel", "daniela", "david", "dmitri", "dmitry", "dominic", "donald", "edward", "elena", "elizabeth",
	"emmanuel", "emma", "enrique", "eric", "erik", "evgeny", "fatima", "felipe", "fernando", "francesco",
	"francis", "francisco", "frank", "franz", "fred", "gabriel", "george", "georgia", "gerhard", "giorgia",
	"giuseppe", "gordon", "grant", "greg", "gregory", "hamad", "hans", "hassan", "heinz", "helen", "henry",
	"hillary", "hossein", "hugo", "hussein", "ibrahim", "igor", "ilham", "ivan", "jacinda", "jack", "jacob",
	"jacques", "jake", "james", "jan", "jane", "janet", "javier", "javad", "jean", "jeff", "jeffrey", "jen",
	"jennifer", "jens", "jeremy", "jim", "joe", "johann", "john", "jonathan", "jorge", "jose", "josef",
	"josefina", "joseph", "josep", "juan", "julia", "julian", "julie", "justin", "kamala", "karen", "karim",
	"karl", "kate", "katherine", "keir", "kevin", "khalid", "khaled", "kim", "kurt", "kristalina", "laura",
	"lee", "leo", "linda", "liz", "lloyd", "louis", "luis", "luiz", "lula", "mahmoud", "mansur", "mansour",
	"marco", "marcos", "margaret", "maria", "marie", "mario", "mark", "martin", "mary", "matthew", "matteo",
	"max", "michael", "michel", "michelle", "miguel", "mike", "mikhail", "mohamed", "mohammad", "mohammed",
	"muhammad", "nancy", "naftali", "narendra", "natalia", "nicolas", "nicola", "nikki", "nikolai", "nikol",
	"olaf", "oleg", "olena", "oleksandr", "oleksiy", "olga", "omar", "pablo", "patrick", "paul", "pedro",
	"penny", "peter", "petr", "petro", "philip", "philippe", "pierre", "qasem", "rachel", "rafael", "ram",
	"ramzan", "raul", "recep", "rex", "richard", "rishi", "robert", "roberta", "robin", "roman", "ron",
	"ronald", "rosa", "ruslan", "sam", "samantha", "samuel", "sara", "sarah", "scott", "sebastian", "sergei",
	"sergey", "sergio", "shinzo", "simon", "sophie", "stefan", "stephen", "steve", "steven", "susan", "tamim",
	"tedros", "theresa", "thomas", "tim", "timothy", "tom", "tony", "ursula", "uhuru", "valentina", "valery",
	"vasily", "victor", "viktor", "vincent", "vladimir", "volodymyr", "wang", "william", "xavier", "yair",
	"yasser", "yevgeny", "yoshihide", "yosef", "yuri", "yury", "zelensky", "adel", "abbas", "antonov",
	"lloyd", "jake", "janet", "gina", "linda", "wendy", "victoria", "kurt", "ned", "jen", "karine", "john",
	"ebrahim", "hassan", "mohammed", "fumio", "yoshimasa", "shigeru", "moon", "yoon", "han", "park", "choe",
	"ri", "kang", "cho", "dmytro", "denys", "mykhailo", "andriy", "vitali", "vitaliy", "yulia", "ivanka",
	"melania", "jill", "kathleen", "jared", "hunter", "rodrigo", "ferdinand", "joko", "prabowo", "anthony",
	"pete", "marco", "tulsi", "kristi", "kash", "elon", "mette", "ulf", "magdalena", "pedro", "sanna", "petteri",
	"antti", "alexander", "niinisto", "emmanuel", "gabriel", "rutte", "mark", "ahn", "jamie", "david",
	"nasser", "salman", "faisal", "bandar", "turki", "khamenei", "ali", "masoud", "abbas", "esmail", "amin",
	"yahya", "ismail", "hakan", "mevlut", "recep", "bulent", "nursultan", "kassym", "shavkat", "ilham",
	"nikol", "alexander", "alyaksandr", "aliaksandr", "svetlana", "maia", "salome", "irakli", "edi", "aleksandar",
	"milorad", "vucic", "ana", "zoran", "milo", "janez", "robert", "viktor", "peter", "andrej", "petr", "mateusz",
	"donald", "andrzej", "radoslaw", "zbigniew", "lech", "klaus", "frank-walter", "olaf", "annalena", "boris",
	"christian", "friedrich", "markus", "hubert", "wolfgang", "jean-yves", "jean-noel", "catherine", "stephane",
	"elisabeth", "gabriel", "michel", "charles", "josep", "ursula", "roberta", "kaja", "antonio", "mario",
	"paolo", "sergio", "matteo", "luigi", "giorgia", "silvio", "benjamin", "yoav", "isaac", "naftali", "yair",
	"gilad", "avi", "eli", "abdel", "sameh", "fattah", "badr", "ayman", "marwan", "saeb", "riyad", "riad",
	"tawfiq", "saleh", "rashad", "aidarous", "mahdi", "hans", "heiko", "gerhard", "angela", "ashton", "hamid",
	"ashraf", "zalmay", "hibatullah", "sirajuddin", "imran", "shehbaz", "nawaz", "asif", "bilawal", "hina",
	"sheikh", "hasina", "muhammad", "ranil", "gotabaya", "mahinda", "kp", "pushpa", "xi", "li", "wang",
	"qin", "zhao", "hu", "wen", "chen", "tsai", "lai", "ma", "hun", "min", "aung", "thein", "prayut",
	"srettha", "paetongtarn", "anwar", "mahathir", "lawrence", "lee", "halimah", "tharman", "vivian",
	"jokowi", "retno", "bongbong", "sara", "rodrigo", "fumio", "shinzo", "yoshihide", "taro", "yoko",
	"toshimitsu", "chung", "cho", "kim", "moon", "yoon", "lee", "park", "han", "choo", "shin", "ri", "choe",
	"jacinda", "chris", "anthony", "penny", "scott", "malcolm", "kevin", "julie", "justin", "chrystia",
	"melanie", "mélanie", "pierre", "stephen", "jagmeet", "andres", "andrés", "claudia", "marcelo", "jair",
	"dilma", "gustavo", "ivan", "alberto", "javier", "cristina", "mauricio", "gabriel", "sebastian", "nicolas",
	"nicolás", "delcy", "diosdado", "juan", "miguel", "raúl", "fidel", "daniel", "rosario", "nayib", "dina",
	"pedro", "guillermo", "lenin", "luis", "dina", "cyril", "jacob", "thabo", "naledi", "paul", "yoweri",
	"william", "uhuru", "raila", "abiy", "sahle-work", "bola", "muhammadu", "goodluck", "nana", "akufo-addo",
	"macky", "bassirou", "ouattara", "alassane", "felix", "félix", "denis", "emmerson", "hakainde",
	"samia", "john", "jakaya", "kagame", "idriss", "mahamat", "assimi", "ibrahim", "abdourahamane",
	"kais", "abdelmadjid", "abdelaziz", "mohammed", "aziz", "nasser", "hosni", "mohamed", "abdelfattah",
	"moussa", "faki", "amina", "antónio", "linda", "samantha", "nikki", "susan", "madeleine", "hillary",
	"condoleezza", "colin", "madeline", "jen", "karine", "kirby", "ned", "matt", "matthew", "vedant", "wendy",
	"victoria", "jake", "avril", "william", "lloyd", "mark", "pete", "marco", "mike", "rex", "kamala",
	"kurt", "tony", "roberta", "anne", "ashley", "kelly", "daniel", "dan", "joseph", "robert", "raphael",
	"adam", "brian", "steven", "gina", "katherine", "jay", "nancy", "chuck", "mitch", "kevin", "lindsey",
	"elise", "ted", "bernie", "elizabeth", "bob", "ben", "tom", "rand", "marsha", "rick", "ron",
	// more common given names across regions
	"aaliyah", "abdulaziz", "abdullahi", "abiola", "adebayo", "adriana", "agnes", "ahmet", "aisha", "akira",
	"alan", "albin", "aleksander", "alfonso", "alfred", "alina", "alison", "amelia", "amit", "anand", "anders",
	"andre", "andrea", "andres", "angel", "anil", "anita", "annette", "antoine", "anton", "arjun", "armando",
	"arnold", "arturo", "ashok", "astrid", "barbara", "bart", "beatriz", "benedict", "bernd", "bertrand",
	"betty", "bjorn", "boyko", "bruno", "carla", "carmen", "carolina", "cecilia", "celine", "chang", "charlotte",
	"chiara", "christophe", "clara", "claus", "constantin", "cristian", "dalia", "damien", "dario", "darius",
	"deborah", "diana", "diego", "dimitri", "dimitris", "dirk", "dominique", "dong", "doris", "douglas", "duarte",
	"edgar", "edgars", "eduardo", "elias", "elif", "elijah", "ella", "emil", "emine", "emre", "enzo",
	"ernesto", "esther", "eva", "evan", "ewa", "fabian", "farid", "fatih", "federico", "felix", "filip", "florian",
	"francois", "françois", "frederik", "gabriela", "gareth", "gary", "geert", "georg", "gerard", "gianni",
	"gilberto", "giovanni", "gloria", "graham", "guido", "gunnar", "gustav", "hakeem", "hamza", "hannah",
	"haruki", "hassan", "hector", "heidi", "helga", "henrik", "herbert", "hiroshi", "hong", "hussain", "ian",
	"ibrahim", "ignacio", "ilya", "ingrid", "irina", "isabel", "isabella", "ishaq", "ismail", "ivana", "jaime",
	"jakub", "jamal", "james", "jana", "jason", "javed", "jelena", "jennifer", "jeroen", "jessica", "jin",
	"joanna", "joao", "joão", "joaquin", "johan", "johannes", "jonas", "jordi", "jose", "josé", "juha", "jun",
	"jurgen", "jürgen", "kai", "kamal", "karel", "karin", "kassym", "katarzyna", "kazuo", "keith", "ken",
	"kenji", "khan", "kiril", "kirill", "klaus", "koji", "krzysztof", "kwame", "lars", "laszlo", "leila",
	"leonid", "lin", "lorenzo", "lucas", "lucia", "ludovic", "luka", "lukas", "magnus", "mahmud", "malik",
	"manuel", "marc", "marek", "margarita", "marina", "marius", "marta", "martina", "maryam", "masahiro",
	"mateo", "mathieu", "matthias", "maurice", "maxim", "mehmet", "mei", "mikael", "mikko", "milan", "ming",
	"miroslav", "mohamad", "mohsen", "monica", "mustafa", "nabil", "nadia", "naoko", "natasha", "nathan",
	"neil", "nelson", "nicholas", "niels", "nikos", "nina", "noah", "nora", "norbert", "olivier", "omer",
	"oscar", "otto", "pascal", "patricia", "pavel", "pekka", "peng", "petra", "philipp", "piotr", "pyotr",
	"rahul", "rajesh", "ramon", "rashid", "raymond", "reza", "ricardo", "rita", "roberto", "rodrigo", "roger",
	"rolf", "ruben", "rui", "ryan", "salim", "sami", "sandra", "sanjay", "santiago", "saša", "sasha",
	"satoshi", "sean", "sebastien", "sergiy", "shahid", "sheikh", "shin", "simone", "sofia", "sonia", "stanislav",
	"stefano", "stella", "sven", "takeshi", "tamara", "tanya", "tatiana", "teresa", "thierry", "timo", "tobias",
	"tomas", "tomasz", "ulrich", "umar", "usman", "uwe", "valentin", "vanessa", "vera", "veronica", "vikram",
	"vladislav", "walter", "werner", "wei", "william", "wojciech", "xu", "yan", "yang", "yasmin", "yeon", "yi",
	"yong", "yousef", "youssef", "yuki", "yusuf", "zahra", "zhang", "zoltan", "zoran", "wopke", "kyriakos",
	"gitanas", "alar", "kaja", "edgars", "evika", "krisjanis", "ingrida", "andrius", "lina", "gabrielius",
)

// knownPerson is a well-known office holder: short mentions ("President
// Putin", "Putin") expand to the full name, and the person's country is known.
//
// Only the name, the aliases and the state are kept: a person's roles come
// from the titles the text gives, never from this list, since offices change
// hands and an article may be older or newer than the list.
type knownPerson struct {
	name    string
	country string // ISO3
	aliases []string
}

// knownPersons lists heads of state and government and other office holders
// who recur in international news. Keyed by the surname used in short mentions.
var knownPersons = []knownPerson{
	{"Vladimir Putin", "RUS", nil},
	{"Dmitry Medvedev", "RUS", w("Dmitri Medvedev")},
	{"Sergey Lavrov", "RUS", w("Sergei Lavrov")},
	{"Dmitry Peskov", "RUS", w("Dmitri Peskov")},
	{"Mikhail Mishustin", "RUS", nil},
	{"Sergei Shoigu", "RUS", w("Sergey Shoigu")},
	{"Xi Jinping", "CHN", nil},
	{"Li Qiang", "CHN", nil},
	{"Li Keqiang", "CHN", nil},
	{"Wang Yi", "CHN", nil},
	{"Kim Jong Un", "PRK", w("Kim Jong-un", "Kim Jong-Un")},
	{"Kim Yo Jong", "PRK", w("Kim Yo-jong")},
	{"Choe Son Hui", "PRK", w("Choe Son-hui")},
	{"Yoon Suk Yeol", "KOR", w("Yoon Suk-yeol")},
	{"Moon Jae-in", "KOR", w("Moon Jae In")},
	{"Lee Jae-myung", "KOR", w("Lee Jae Myung")},
	{"Joe Biden", "USA", w("Joseph R. Biden", "Joseph Biden", "Joseph R. Biden Jr.")},
	{"Donald Trump", "USA", nil},
	{"Barack Obama", "USA", nil},
	{"George W. Bush", "USA", nil},
	{"Kamala Harris", "USA", nil},
	{"Antony Blinken", "USA", w("Antony J. Blinken", "Tony Blinken")},
	{"Marco Rubio", "USA", nil},
	{"Mike Pompeo", "USA", nil},
	{"John Kerry", "USA", nil},
	{"Hillary Clinton", "USA", nil},
	{"Lloyd Austin", "USA", nil},
	{"Pete Hegseth", "USA", nil},
	{"Jake Sullivan", "USA", nil},
	{"Janet Yellen", "USA", nil},
	{"Linda Thomas-Greenfield", "USA", nil},
	{"Volodymyr Zelenskyy", "UKR", w("Volodymyr Zelensky", "Zelensky", "Zelenskiy")},
	{"Dmytro Kuleba", "UKR", nil},
	{"Rishi Sunak", "GBR", nil},
	{"Boris Johnson", "GBR", nil},
	{"Keir Starmer", "GBR", nil},
	{"Liz Truss", "GBR", nil},
	{"Theresa May", "GBR", nil},
	{"David Cameron", "GBR", nil},
	{"David Lammy", "GBR", nil},
	{"Emmanuel Macron", "FRA", nil},
	{"Olaf Scholz", "DEU", nil},
	{"Friedrich Merz", "DEU", nil},
	{"Angela Merkel", "DEU", nil},
	{"Giorgia Meloni", "ITA", nil},
	{"Pedro Sanchez", "ESP", w("Pedro Sánchez")},
	{"Recep Tayyip Erdogan", "TUR", w("Recep Tayyip Erdoğan", "Erdoğan")},
	{"Narendra Modi", "IND", nil},
	{"Shehbaz Sharif", "PAK", nil},
	{"Fumio Kishida", "JPN", nil},
	{"Shinzo Abe", "JPN", nil},
	{"Shigeru Ishiba", "JPN", nil},
	{"Benjamin Netanyahu", "ISR", nil},
	{"Mahmoud Abbas", "PSE", nil},
	{"Ali Khamenei", "IRN", w("Ayatollah Ali Khamenei")},
	{"Ebrahim Raisi", "IRN", nil},
	{"Masoud Pezeshkian", "IRN", nil},
	{"Hassan Rouhani", "IRN", nil},
	{"Mohammad Javad Zarif", "IRN", w("Javad Zarif")},
	{"Abbas Araghchi", "IRN", nil},
	{"Bashar al-Assad", "SYR", w("Bashar Assad", "Assad")},
	{"Mohammed bin Salman", "SAU", nil},
	{"Abdel Fattah al-Sisi", "EGY", w("Abdel Fattah el-Sisi", "Sisi")},
	{"Luiz Inacio Lula da Silva", "BRA", w("Luiz Inácio Lula da Silva", "Lula")},
	{"Nicolas Maduro", "VEN", w("Nicolás Maduro")},
	{"Cyril Ramaphosa", "ZAF", nil},
	{"Uhuru Kenyatta", "KEN", nil},
	{"William Ruto", "KEN", nil},
	{"Justin Trudeau", "CAN", nil},
	{"Anthony Albanese", "AUS", nil},
	{"Alexander Lukashenko", "BLR", w("Alexander Lukashenka", "Aliaksandr Lukashenka")},
	{"Viktor Orban", "HUN", w("Viktor Orbán")},
	{"Ursula von der Leyen", "", nil},
	{"Antonio Guterres", "", w("António Guterres")},
	{"Jens Stoltenberg", "", nil},
	{"Mark Rutte", "", nil},
	{"Rafael Grossi", "", nil},
	{"Tedros Adhanom Ghebreyesus", "", nil},
}

// landmarks are places that are not in the state gazetteer: seats of
// government and other sites that news names as locations.
var landmarks = []struct{ name, country string }{
	{"Capitol Hill", "USA"}, {"10 Downing Street", "GBR"}, {"Elysee Palace", "FRA"}, {"Élysée Palace", "FRA"},
	{"Great Hall of the People", "CHN"},
	{"Sea of Japan", ""}, {"East Sea", ""}, {"South China Sea", ""}, {"Black Sea", ""}, {"Red Sea", ""},
	{"Persian Gulf", ""}, {"Taiwan Strait", ""}, {"Strait of Hormuz", ""}, {"Baltic Sea", ""},
	{"Mediterranean", ""}, {"Latin America", ""}, {"South America", ""}, {"North America", ""},
	{"Central America", ""}, {"Middle East", ""}, {"Southeast Asia", ""}, {"East Asia", ""}, {"Central Asia", ""},
	{"West Africa", ""}, {"East Africa", ""}, {"North Africa", ""}, {"Horn of Africa", ""}, {"Sahel", ""}, {"Gaza Strip", "PSE"}, {"West Bank", "PSE"}, {"Crimea", "UKR"}, {"Donbas", "UKR"},
	{"Golan Heights", "SYR"}, {"Korean Peninsula", ""}, {"Demilitarized Zone", ""}, {"Camp David", "USA"},
	{"Oval Office", "USA"},
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// lexFlag marks the word lists a word belongs to; a token carries the flags
// of its key so that the extractor tests list membership without map lookups.
type lexFlag uint32

const (
	fRoleWords lexFlag = 1 << iota
	fRoleHeads
	fNonNameWords
	fFirstNames
	fSpeechVerbs
	fNegationCues
	fSpeculativeCues
	fPrepositions
	fNpFillers
	fClauseBreakWords
	fRelativeWords
	fPersonNounsPlural
	fGroupNouns
	fHonorifics
	fOrgHeads
	fPlaceNouns
	fNameParticles
	fLocativePreps
	fNounContextWords
	fVerbAux
	fBeForms
	// the flags below mark keys of the maps the extractor looks words up in
	// most often: a word without the flag is not a key of the map.
	fVerbTrig   // verbTriggers
	fNounTrig   // nounTriggers
	fPhraseTrig // phraseTriggers
	fSpeaking   // speakingVerbs
	fGazFirst   // idx.byFirst
	fMonth      // monthNames
	fWeekday    // weekdayNames
)

// lexFlags maps a word to the lists it belongs to.
var lexFlags = map[string]lexFlag{}

func init() {
	lists := []struct {
		words map[string]bool
		flag  lexFlag
	}{{roleWords, fRoleWords}, {roleHeads, fRoleHeads}, {nonNameWords, fNonNameWords}, {firstNames, fFirstNames}, {speechVerbs, fSpeechVerbs}, {negationCues, fNegationCues}, {speculativeCues, fSpeculativeCues}, {prepositions, fPrepositions}, {npFillers, fNpFillers}, {clauseBreakWords, fClauseBreakWords}, {relativeWords, fRelativeWords}, {personNounsPlural, fPersonNounsPlural}, {groupNouns, fGroupNouns}, {honorifics, fHonorifics}, {orgHeads, fOrgHeads}, {placeNouns, fPlaceNouns}, {nameParticles, fNameParticles}, {locativePreps, fLocativePreps}, {nounContextWords, fNounContextWords}, {verbAux, fVerbAux}, {beForms, fBeForms}}
	for _, l := range lists {
		for w := range l.words {
			lexFlags[w] |= l.flag
		}
	}
	for w := range verbTriggers {
		lexFlags[w] |= fVerbTrig
	}
	for w := range nounTriggers {
		lexFlags[w] |= fNounTrig
	}
	for w := range phraseTriggers {
		lexFlags[w] |= fPhraseTrig
	}
	for w := range speakingVerbs {
		lexFlags[w] |= fSpeaking
	}
	for w := range idx.byFirst {
		lexFlags[w] |= fGazFirst
	}
	for w := range monthNames {
		lexFlags[w] |= fMonth
	}
	for w := range weekdayNames {
		lexFlags[w] |= fWeekday
	}
}

// mayHave reports whether t's key may be a key of the map flag f stands for:
// a word token carries the flags of its key; punctuation carries none, so
// it is always looked up.
func (t *token) mayHave(f lexFlag) bool { return t.kind != tokWord || t.flags&f != 0 }

// lookupIf looks key up in m when may is set (the key may be in m);
// otherwise it reports the zero value without a lookup.
func lookupIf[V any](may bool, m map[string]V, key string) (V, bool) {
	if !may {
		var zero V
		return zero, false
	}
	v, ok := m[key]
	return v, ok
}

// in reports whether t's key is in set m, whose words carry flag f: a word
// token answers from its flags, punctuation from the map.
func (t *token) in(f lexFlag, m map[string]bool) bool {
	if t.kind == tokWord {
		return t.flags&f != 0
	}
	return m[t.key]
}
