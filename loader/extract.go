package loader

import (
	"fmt"
	"net/url"
	"sort"
	"strings"
	"time"

	"github.com/geokg/geokg/graph"
)

// Extract extracts the facts of one document: it cleans the text, splits it
// into sentences, finds the entities each names (gazetteer names, titled and
// plain person names, organizations, places, and short mentions resolved
// inside the document), reads relations clause by clause, and gives every
// fact its modality, attribution and date resolved against meta.Published.
//
// Document.ID is graph.DocumentID of text as given (before cleaning);
// Document.Text is the cleaned text, which every mention's offsets refer to.
// Extract is pure, deterministic and safe for concurrent use.
func Extract(text string, meta Meta) *graph.Extraction {
	return extractWith(defaultLexicon, text, meta)
}

// SafeExtract is Extract that returns an error wrapping ErrExtractor,
// instead of stopping the program, when the extractor fails on text (a
// panic: an index out of range on a text nobody foresaw). Bulk loads, the
// server and cluster nodes extract through it, so one document cannot
// take them down.
func SafeExtract(text string, meta Meta) (*graph.Extraction, error) {
	return defaultLexicon.SafeExtract(text, meta)
}

// safeExtractWith is extractWith with a failure of the extractor turned
// into an error.
func safeExtractWith(lx *Lexicon, text string, meta Meta) (x *graph.Extraction, err error) {
	defer func() {
		if v := recover(); v != nil {
			x, err = nil, fmt.Errorf("%w: %v", ErrExtractor, v)
		}
	}()
	return extractWith(lx, text, meta), nil
}

// extractWith is Extract with lexicon lx.
func extractWith(lx *Lexicon, text string, meta Meta) *graph.Extraction {
	c := cleanDoc(text)
	d := newDoc(lx, c.text, meta, c.bylines)
	d.signatories = c.signatories
	if d.publisher == "" && c.official != "" {
		d.publisher = lx.stateNamedIn(c.official)
	}
	if d.publisher == "" && governmentSource(meta.Source) {
		d.publisher = lx.stateNamedIn(meta.Source) // "Presidencia de la República de Colombia"
	}
	if d.publisher == "" {
		d.publisher = lx.governmentBodyState(meta.Source) // "HM Treasury, Office of Financial Sanctions Implementation"
	}
	d.docID = graph.DocumentID(text)
	spans := d.run()
	d.notePublisher(spans)
	return d.result()
}

// doc is the state of one extraction.
type doc struct {
	lx          *Lexicon
	text, lower string
	meta        Meta
	docID       string
	pub         anchor
	publisher   string // entity ID of the publishing state (official sources), or ""
	bylines     map[string]bool

	ents  map[string]*entBuild
	order []string

	// coreference context
	persons    []*entBuild       // in order of first mention
	shortNames map[string]string // short name key -> person ID
	// leadNames maps the first word of a person's full name to the person
	// ("wang" of "Wang Jiqiang"): a known person by that one word is then
	// the document's ("Wang" is Wang Jiqiang, not Wang Yi).
	leadNames  map[string]string
	roleHolder map[string]string // role head -> last person ID with that role
	// roleKeys caches noteRole's keys of a role: the role lower-cased, then
	// its office-holder nouns.
	roleKeys    map[string][]string
	lastPerson  string
	lastSubject string // last subject entity of a fact or speech (person-like)
	// topicPerson is the person subject of the last sentence whose subject
	// was one person, however many sentences ago: whom a profile is about.
	topicPerson string
	// lastBodySubject is the previous sentence's subject when it is one
	// state or body: "It delivered ..." in the next sentence.
	lastBodySubject string
	// lastSubjects is the coordinated subject of the last sentence, when it names two or more.
	lastSubjects []string
	// pluralSubject is set when the last sentence opened with a plural noun
	// phrase naming no entity: "they" then names nothing known.
	pluralSubject bool
	// subjCount counts the statements each entity is the subject of (salience).
	subjCount map[string]int
	// pairCount counts the statements between two states ("A|B", sorted).
	pairCount map[string]int
	// lastOrgParty is the last organization that was a party to a statement
	// ("the group"), lastArmedParty the last armed group of the gazetteer
	// that was ("the rebels").
	lastOrgParty, lastArmedParty string
	// summitOrg is the last organization named as the frame of leaders
	// ("G7 leaders", "an ECOWAS summit"): "the leaders" are its leaders.
	summitOrg   string
	recentState []string // state IDs in order of mention (most recent last, unique)
	lastPair    []string // participants of the last two-party event
	leaderPair  []string // the last such pair of persons or states: "the two leaders"
	lastFight   []string // the two parties of the last attack or invasion: "urged both sides"
	// lastMeeting is the parties of the last meeting or agreement of three
	// or more: "the three ministers signed" after a host met two guests.
	lastMeeting []string
	// quoteSpeaker is the person who opened a quotation with "said:", and
	// quoteSent the sentence where they did: "we" inside the quote is theirs.
	// acronyms maps an acronym the document defines in brackets after a
	// body's name ("Kenya Ports Authority (KPA)") to that body: the
	// document's own definition wins over the gazetteer's.
	acronyms map[string]string
	// titleAcronyms maps the initials of the titles of persons named so far
	// ("eam" for "External Affairs Minister") to the person (titleAcronymAt).
	titleAcronyms map[string]string
	// signatories are the lower-cased names of the signature block (cleaned.signatories).
	signatories map[string]bool
	// sanctioner is the subject of the document's last active sanction verb
	// ("OFAC designated ..."), the agent of a later passive one.
	sanctioner   []string
	quoteSpeaker string
	// quoteAddressee is whom the quote's speaker told ("told Putin:"), or "".
	quoteAddressee string
	quoteSent      int
	// transcriptSpeaker is the person whose turn a transcript is in:
	// "President of Russia Vladimir Putin: Mr President, friends,".
	transcriptSpeaker string
	// questioner is the outlet of the last question of a transcript ("Q:
	// (AFP) ..."), answerer the speaker who answered before it, and
	// questionTurn is set while a question's turn lasts: "you" is the one
	// addressed (speakers.go).
	questioner, answerer string
	questionTurn         bool
	// operative is the body whose numbered clauses follow ("..., the
	// Council:" then "1. Strongly condemns ..."): their subject.
	operative string
	// operativeSent is the index of the last sentence opened by an
	// operative clause (-1 before any): the body's acts in it are dated by
	// the document.
	operativeSent int
	// headerPerson is the person a document's first line names alone
	// ("Senator the Hon Penny Wong" over a minister's media release): the
	// voice of its unquoted "I".
	headerPerson string
	// weBody is the body a statement's "we" named itself ("We, the Foreign
	// Ministers of ASEAN"), or "".
	weBody string
	// aliasOwner is the entity whose other names a list row is giving
	// ("(a.k.a. X; a.k.a. Y)"), aliasResume the token after the last one
	// read (rows.go).
	aliasOwner  string
	aliasResume int
	// listKind is the kind of the items of the list a header introduced
	// ("The following entities were designated:"), or "" (rows.go).
	listKind graph.Kind
	// listDesignation is the designation whose objects the rows of a list
	// give, or nil; afterRowNumber is set after a sentence that is a row's
	// bare number ("1."): the next one is the row (rows.go).
	// vessels are the places that are ships (namedVessel): seized, never invaded.
	vessels map[string]bool
	// idCache remembers the entity IDs of names (entityID).
	idCache         map[idKey]string
	listDesignation *listDesignation
	afterRowNumber  bool
	// docAliases maps the short names a document gives bodies in brackets
	// (personKey) to them: "Bahr Al-Arab Marine Services LLC (Bahr Al-Arab)".
	docAliases map[string]string
	// dateline is the place of the document's wire dateline ("MOSCOW —"), or "".
	dateline string
	// datelineState is the state a city-state's dateline names ("SINGAPORE -"), or "".
	datelineState string
	// lastPlace is the last place named ("the city"); orgByHead maps the last
	// word of an organization's name to the last one named ("the mission").
	lastPlace string
	// lastArmy is the state force named last ("the Sudanese Armed Forces",
	// "Sudanese army jets"): "the army" after it.
	lastArmy string
	// namedGovernments maps the adjective of a government the text named
	// as "the federal government in X" (or "of X") to X's state: "the
	// federal government" alone stands for it after that
	// (coref.authorities).
	namedGovernments map[string]string
	// pendingRole is the office of the last sentence's unnamed subject ("envoy").
	pendingRole string
	orgByHead   map[string]string
	lastGroup   []string // the last coordinated group of two or more
	// lastDate is the date of the story so far in this paragraph; paraDate
	// the one a new paragraph starts from: a day date, or a date opening its
	// sentence ("In 2021, ..."). A year or month closing a clause ("evacuated
	// from Afghanistan in 2021") dates its own paragraph only.
	lastDate graph.Date
	paraDate graph.Date
	// lastMainDate is the last date of a main clause, whatever its paragraph.
	lastMainDate graph.Date
	// firstDay is the first day a main clause names (datelines aside).
	firstDay graph.Date
	// datedSent is the index of the first sentence that names a date (a
	// date line aside), the lead, -1 before it; leadDay the first day a main
	// clause of it names, leadTypes the relation types of its triggers.
	datedSent int
	leadDay   graph.Date
	leadTypes []graph.RelationType

	facts []fact
	stmts []statement
	// firstStmt is the index of the current sentence's first statement.
	firstStmt int
	// lastDelegation is the state of the last "X delegation" (for "the delegation").
	lastDelegation string
	sentIdx        int
	sentSpan       span

	toks  []token
	ments []mention
	dates []dateMention
	// clauses of the sentence for dating (clauses.go), made on first use:
	// clauseAt maps a token to its clause; clauseSent is sentIdx+1 once made.
	clauses    []clause
	clauseAt   []int16
	clauseSent int
	// per-sentence caches
	gazCache []*gazEntry
	gazDone  []bool
	mentAt   []int16 // token -> mention index + 1 (0: none), after findMentions
	titleAt  []int16 // token -> index + 1 of the person whose title covers it (0: none)
}

// entBuild is an entity being collected.
type entBuild struct {
	e        graph.Entity
	aliases  map[string]bool
	roles    map[string]bool
	mentions []graph.Mention
	order    int
	// keys caches nameKeys(e.Name) for name matching; keysOf fills it.
	keys     []string
	keysName string
	// ids is []string{e.ID}, shared by the mentions of the entity (mention
	// IDs are never changed in place); idList fills it.
	ids []string
	// keep is set for an entity kept without a mention (the publisher).
	keep bool
	// knownNames is set once a known body's names are its aliases.
	knownNames bool
	// parent is the known organization an organ belongs to ("Peace and
	// Security Council of the African Union"), or "".
	parent string
}

// idList returns []string{b.e.ID}, made once per entity.
func (b *entBuild) idList() []string {
	if len(b.ids) != 1 || b.ids[0] != b.e.ID {
		b.ids = []string{b.e.ID}
	}
	return b.ids
}

// addAlias records an alias of b (the map is made on first use).
func (b *entBuild) addAlias(a string) {
	if b.aliases == nil {
		b.aliases = map[string]bool{}
	}
	b.aliases[a] = true
}

// idKey is a kind and a name, whose entity ID entityID remembers.
type idKey struct {
	k    graph.Kind
	name string
}

// entityID is graph.EntityID: directly for a name of plain ASCII (most
// names, and making a slug with the general library is costly), else
// remembered for the document.
func (d *doc) entityID(k graph.Kind, name string) string {
	if k != graph.KindState {
		if slug, ok := asciiSlug(name); ok {
			return k.IDPrefix() + ":" + slug
		}
	}
	key := idKey{k, name}
	if id, ok := d.idCache[key]; ok {
		return id
	}
	if d.idCache == nil {
		d.idCache = map[idKey]string{}
	}
	id := graph.EntityID(k, name)
	d.idCache[key] = id
	return id
}

// asciiSlug is graph.Slug for a name of ASCII characters that the slug
// library substitutes no word for (no "&" or "@"): lower case, no quotes,
// every run of other characters than letters, digits, "-" and "_" one
// "-", no "-" or "_" at either end. ok is false for any other name.
func asciiSlug(name string) (string, bool) {
	b := make([]byte, 0, len(name))
	dash := false
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c >= 0x80 || c == '&' || c == '@':
			return "", false
		case c == '\'' || c == '"':
			continue // the library drops quotes: "New People's Army" is new-peoples-army
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_':
		default:
			c = '-'
		}
		if c == '-' {
			if dash {
				continue
			}
			dash = true
		} else {
			dash = false
		}
		b = append(b, c)
	}
	return strings.Trim(string(b), "-_"), true
}

// addRole records a role of b (the map is made on first use).
func (b *entBuild) addRole(r string) {
	if b.roles == nil {
		b.roles = map[string]bool{}
	}
	b.roles[r] = true
}

// keysOf returns the name keys of b's current name.
func (b *entBuild) keysOf() []string {
	if b.keys == nil || b.keysName != b.e.Name {
		b.keys, b.keysName = nameKeys(b.e.Name), b.e.Name
	}
	return b.keys
}

// mention is an entity named in a sentence: tokens [from, to).
type mention struct {
	from, to int
	ids      []string // resolved entity IDs (several for "the two countries")
	kind     graph.Kind
	how      mentionHow
	poss     bool
	place    string // for capitals used as locations: the place ID (ids holds the state)
	modifier bool   // names a modifier of a noun ("Russian delegation", "two Ansarallah leaders")
	personOf bool   // modifies a plural person noun ("two Ansarallah leaders")
	title    bool   // part of a person's title ("US" in "US Secretary of State Antony Blinken")
	// titleFrom is the first token of a titled person's title, when titled.
	titleFrom int
	titled    bool
}

type mentionHow uint8

const (
	howName mentionHow = iota
	howDemonym
	howCapital
	howPronoun
	howRole
	howGroup
)

func newDoc(lx *Lexicon, text string, meta Meta, bylines map[string]bool) *doc {
	d := &doc{lx: lx, text: text, lower: lowerASCII(text), meta: meta, bylines: bylines, operativeSent: -1, datedSent: -1,
		ents: map[string]*entBuild{}, subjCount: map[string]int{}, pairCount: map[string]int{}, shortNames: map[string]string{}, leadNames: map[string]string{}, roleHolder: map[string]string{}}
	d.pub = newAnchor(meta.Published)
	d.publisher = publisherState(meta)
	return d
}

// governmentSourceWords name a government's offices in a document's
// source ("Presidencia", "Ministry of Foreign Affairs"); see
// lexicon/words.txt.
var governmentSourceWords = wordSet("government-source-words")

// governmentSource reports whether a document's source names a
// government's office: the state it names publishes the document.
func governmentSource(source string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(source), func(r rune) bool { return r == ' ' || r == ',' || r == '-' || r == '(' || r == ')' }) {
		if governmentSourceWords[w] {
			return true
		}
	}
	return false
}

// governmentBodyState returns the state of the first government body of
// the gazetteer that source names by a name of its own (ownBody): "HM
// Treasury, Office of Financial Sanctions Implementation", "Office of
// Foreign Assets Control"; or "".
func (lx *Lexicon) governmentBodyState(source string) string {
	if b := lx.publisherBody(source, func(b *entityInfo) bool { return b.government && b.country != "" }); b != nil {
		return b.country
	}
	return ""
}

// publisherBody returns the first body of the gazetteer that source names
// by a name of its own (ownBody) and that keep accepts, or nil.
func (lx *Lexicon) publisherBody(source string, keep func(*entityInfo) bool) *entityInfo {
	for _, name := range lx.publisherBodies(source) {
		if b := lx.ownBody(name); b != nil && keep(b) {
			return b
		}
	}
	return nil
}

// publisherState returns the state whose government publishes under the
// document's URL or source ("gov.uk" -> United Kingdom, "state.gov" -> United States).
func publisherState(meta Meta) string {
	host := strings.ToLower(meta.Source)
	if meta.URL != "" {
		if u, err := url.Parse(meta.URL); err == nil && u.Host != "" {
			host = strings.ToLower(u.Host)
		}
	}
	host = strings.TrimPrefix(host, "www.")
	if host == "" {
		return ""
	}
	host = strings.Fields(host + " ")[0]
	if strings.HasSuffix(host, ".gov") || host == "gov" || strings.HasSuffix(host, ".mil") {
		return graph.StateID("USA")
	}
	parts := strings.Split(host, ".")
	tld := parts[len(parts)-1]
	govLike := false
	for _, p := range parts[:len(parts)-1] {
		if p == "gov" || p == "go" || p == "gouv" || p == "gob" || p == "gv" || p == "govt" || p == "mfa" || p == "kremlin" || p == "president" || p == "gc" {
			govLike = true
		}
	}
	if host == "gov.uk" || strings.HasSuffix(host, ".gov.uk") {
		return graph.StateID("GBR")
	}
	if !govLike {
		return ""
	}
	if iso3, ok := ccTLD[tld]; ok {
		return graph.StateID(iso3)
	}
	return ""
}

// stateNamedIn returns the entity ID of the first state named in phrase
// ("An official website of the United States government"), or of the state
// of the first seat of government it names ("10 Downing Street"), or "".
func (lx *Lexicon) stateNamedIn(phrase string) string {
	toks := tokenize(phrase, lowerASCII(phrase), span{0, len(phrase)}, lx.flags, nil)
	for i := range toks {
		e := lx.idx.match(toks, i)
		switch {
		case e == nil || e.ent == nil:
		case e.ent.kind == graph.KindState:
			return e.ent.id
		case e.kind == gzLandmark && e.ent.country != "":
			return e.ent.country // "10 Downing Street"
		}
	}
	return ""
}

// ccTLD maps country-code top-level domains of government sites to ISO3.
var ccTLD = map[string]string{
	"uk": "GBR", "ru": "RUS", "cn": "CHN", "kr": "KOR", "kp": "PRK", "jp": "JPN", "fr": "FRA", "de": "DEU",
	"it": "ITA", "es": "ESP", "ua": "UKR", "in": "IND", "ca": "CAN", "au": "AUS", "nz": "NZL", "ir": "IRN",
	"il": "ISR", "tr": "TUR", "br": "BRA", "mx": "MEX", "ar": "ARG", "za": "ZAF", "ng": "NGA", "ke": "KEN",
	"eg": "EGY", "sa": "SAU", "ae": "ARE", "qa": "QAT", "pk": "PAK", "bd": "BGD", "id": "IDN", "my": "MYS",
	"sg": "SGP", "ph": "PHL", "vn": "VNM", "th": "THA", "tw": "TWN", "pl": "POL", "se": "SWE", "fi": "FIN",
	"no": "NOR", "dk": "DNK", "nl": "NLD", "be": "BEL", "ch": "CHE", "at": "AUT", "cz": "CZE", "hu": "HUN",
	"ro": "ROU", "gr": "GRC", "pt": "PRT", "ie": "IRL", "by": "BLR", "kz": "KAZ", "ge": "GEO", "am": "ARM",
	"az": "AZE", "lt": "LTU", "lv": "LVA", "ee": "EST", "md": "MDA", "rs": "SRB", "hr": "HRV", "ve": "VEN",
	"cu": "CUB", "co": "COL", "cl": "CHL", "pe": "PER",
}

// entity returns the entity being built for info, creating it.
func (d *doc) entity(id string, kind graph.Kind, name string) *entBuild {
	if b, ok := d.ents[id]; ok {
		return b
	}
	b := &entBuild{e: graph.Entity{ID: id, Kind: kind, Name: name}, order: len(d.order)}
	if kind == graph.KindState {
		if st, ok := d.lx.idx.states[id]; ok {
			b.e.Codes = st.codes
		}
	}
	d.ents[id] = b
	d.order = append(d.order, id)
	if kind == graph.KindPerson {
		d.persons = append(d.persons, b)
	}
	return b
}

func (d *doc) entityFromInfo(e *entityInfo) *entBuild {
	b := d.entity(e.id, e.kind, e.name)
	if b.e.Country == "" && e.country != "" {
		b.e.Country = e.country
		d.ensureState(e.country)
	}
	if b.e.Codes.Wikidata == "" && e.codes.Wikidata != "" {
		b.e.Codes = e.codes
	}
	if e.role != "" && len(b.roles) == 0 {
		b.addRole(e.role)
	}
	if e.kind == graph.KindOrganization && !b.knownNames {
		b.knownNames = true
		for _, n := range d.lx.idx.orgNames[e.id] {
			if n != b.e.Name {
				b.addAlias(n) // a known body goes by all its names ("State Department")
			}
		}
	}
	return b
}

// ensureState makes sure the state entity id exists (a country of another entity).
func (d *doc) ensureState(id string) {
	if id == "" {
		return
	}
	if _, ok := d.ents[id]; ok {
		return
	}
	if st, ok := d.lx.idx.states[id]; ok {
		d.entityFromInfo(st)
	}
}

// addMention records that entity id is named in the current sentence under surface.
func (d *doc) addMention(id, surface string) {
	b, ok := d.ents[id]
	if !ok {
		return
	}
	if surface != "" && surface != b.e.Name {
		b.addAlias(surface)
	}
	if n := len(b.mentions); n > 0 && b.mentions[n-1].Sentence == d.sentIdx {
		return
	}
	if b.mentions == nil {
		b.mentions = make([]graph.Mention, 0, 4)
	}
	b.mentions = append(b.mentions, graph.Mention{DocumentID: d.docID, Sentence: d.sentIdx,
		Start: d.sentSpan.start, End: d.sentSpan.end, Text: d.text[d.sentSpan.start:d.sentSpan.end]})
}

func (d *doc) noteState(id string) {
	if k, _ := graph.KindOfID(id); k != graph.KindState {
		return
	}
	for i, s := range d.recentState {
		if s == id {
			d.recentState = append(d.recentState[:i], d.recentState[i+1:]...)
			break
		}
	}
	d.recentState = append(d.recentState, id)
}

func (d *doc) run() []span {
	spans := splitSentences(d.text)
	// a sentence has at most one token per byte, and seldom more than one
	// per four: size the buffer for the longest sentence (it grows if needed)
	longest := 0
	for _, s := range spans {
		longest = max(longest, s.end-s.start)
	}
	tokBuf := make([]token, 0, min(128, longest/4+8))
	// about one statement and fact every other sentence
	d.stmts = make([]statement, 0, len(spans)/2+1)
	d.facts = make([]fact, 0, len(spans)/2+1)
	for si, s := range spans {
		d.sentIdx = si
		d.sentSpan = s
		d.toks = tokenize(d.text, d.lower, s, d.lx.flags, tokBuf)
		tokBuf = d.toks
		if si > 0 && strings.Contains(d.text[spans[si-1].end:s.start], "\n") && !anaphoricTimeOpener(d.toks) {
			d.lastDate = d.paraDate // a new paragraph ("Later that month, ..." goes on from the last one's date)
		}
		if len(d.toks) == 0 {
			continue
		}
		d.dates = findDates(d.toks, d.pub, d.dates)
		if d.datedSent < 0 && len(d.dates) > 0 && !d.stampLine() {
			// ("Belgrade, 16 June 2026" is the page's date line: a headline may follow it)
			d.datedSent, d.leadDay, d.leadTypes = si, d.dayOfLead(), d.triggerTypes()
		}
		d.findMentions()
		if d.speakerLabel() != "" || d.questionLabel() {
			// a transcript's turn speaks on the day of the transcript
			d.lastDate, d.paraDate = d.meta.Published, d.meta.Published
		}
		d.relations()
		d.endSentence()
	}
	return spans
}

// endSentence updates the coreference context after a sentence.
func (d *doc) endSentence() {
	d.noteListHeader()
	d.noteHeaderPerson()
	d.afterRowNumber = d.bareRowNumber()
	for _, m := range d.ments {
		if m.kind == graph.KindOrganization && len(m.ids) == 1 && m.to < len(d.toks) && summitNouns[d.toks[m.to].key] {
			d.summitOrg = m.ids[0]
		}
		if m.kind == graph.KindOrganization && len(m.ids) == 1 && !m.title && d.summitOf(m.from) {
			d.summitOrg = m.ids[0] // "a summit of the Intergovernmental Authority on Development"
		}
		d.noteDefinite(m)
		for _, id := range m.ids {
			d.noteState(id)
		}
	}
	for _, dm := range d.dates {
		if dm.date.Known() && !dm.speech && d.mainClause(dm.from) && !d.afterPublication(dm.date) && !d.condemnedEventDate(dm.from, -1) && !d.dateInDiscussedAct(dm.from) &&
			!d.boundsPeriod(dm.from) && !d.inReducedRelative(dm.from) && !d.dateInReactedRecord(dm.from) && !d.possessiveDate(dm) && !d.currentPeriod(dm) {
			// ("closed since October 12": the start of a state of things dates no later event)
			// ("condemned Saturday's ambush": the ambush's date only; "the third violation this year": a count's frame)
			// (an announced date, "will visit China from October 18", dates its clause only)
			dt := dm.date
			if dm.until.Known() {
				dt = dm.until // the story goes on from a range's last day: "from 20 to 22 May"
			}
			d.lastDate = dt // a date of a main clause dates the story from here on
			if !d.firstDay.Known() && dt.Prec() == graph.DateDay && !d.datelineDate(dm) {
				d.firstDay = dt
			}
			d.lastMainDate = dt
			if d.datesParagraphsAfter(dm, dt) {
				d.paraDate = dt
			}
		}
	}
}

// datesParagraphsAfter reports whether date dm (dt, its day or the last
// day of its range) of a main clause dates the paragraphs after its own: a
// day not opening its sentence, the story's first day, or a day after the
// one the story had reached ("4. On 18 February, ..." after the 17th); a
// month or a year opening its sentence ("In 2021, ..."), unless it ends
// before the story's day (or, before any, the publication's): "In
// November 2025, India handed over ..." in a readout of February 2026
// looks back for its paragraph only. A day opening a later paragraph that
// goes back ("On Wednesday, X accused ...") dates that paragraph only.
func (d *doc) datesParagraphsAfter(dm dateMention, dt graph.Date) bool {
	if dt.Prec() == graph.DateDay {
		return dm.from > 2 || !d.paraDate.Known() || dt.Value > d.paraDate.Value
	}
	story := d.paraDate
	if !story.Known() {
		story = d.meta.Published
	}
	if story.Prec() == graph.DateDay && dt.Value < story.Value[:len(dt.Value)] {
		return false
	}
	return dm.from <= 2
}

// anaphoricTimeOpener reports whether a sentence opens with a time phrase
// that refers to the date told before ("Later that month", "On the same
// day", "Two days later"): a paragraph it opens goes on from the date of
// the paragraph before.
func anaphoricTimeOpener(toks []token) bool {
	for j := 0; j < len(toks) && j < 5; j++ {
		k := toks[j].key
		if timeAnaphors[k] && j+1 < len(toks) && timePeriodNouns[toks[j+1].key] {
			return true
		}
		if k == "later" && j > 0 && timePeriodNouns[toks[j-1].key] {
			return true
		}
		if k == "," {
			return false
		}
	}
	return false
}

// timeAnaphors refer to a time told before ("that month", "the same day")
// and timePeriodNouns name the time (lexicon/words.txt).
var timeAnaphors, timePeriodNouns = wordSet("time-anaphors"), wordSet("time-period-nouns")

// currentPeriod reports whether date dm names the period of publication
// as such ("this year", "this month", "this week"): the frame of a count
// or a plan ("the third such violation this year", "will run a tender
// this year"), no event's day that the story goes on from.
func (d *doc) currentPeriod(dm dateMention) bool {
	if dm.to-dm.from != 2 || d.toks[dm.from].key != "this" {
		return false
	}
	k := d.toks[dm.from+1].key
	return k == "year" || k == "month" || k == "week"
}

// periodBounds open a date that bounds a period ("since October 12",
// "until Friday"): it dates its own clause, not the story after it.
var periodBounds = wordSet("period-bounds")

// boundsPeriod reports whether the date at token from bounds a period: right
// after a period bound ("since October 12") or in the noun phrase after
// "since" ("since late September", "since the war of August 2008").
func (d *doc) boundsPeriod(from int) bool {
	toks := d.toks
	for k := from - 1; k >= 0 && k >= from-8 && toks[k].key != ","; k-- {
		if periodBounds[toks[k].key] {
			return k == from-1 || toks[k].key == "since" && d.datedPhraseAfter(k)
		}
	}
	return false
}

// afterPublication reports whether date dt begins after the publication date.
func (d *doc) afterPublication(dt graph.Date) bool {
	return d.pub.ok && dt.Value > d.pub.t.Format("2006-01-02")
}

// noteDefinite remembers a named place or organization for later definite
// descriptions: "the city", "the mission".
func (d *doc) noteDefinite(m mention) {
	d.noteArmy(m)
	if len(m.ids) != 1 || m.title || m.how != howName {
		return
	}
	switch m.kind {
	case graph.KindPlace:
		d.lastPlace = m.ids[0]
	case graph.KindOrganization:
		if m.to < len(d.toks) && !d.toks[m.to].cap && bodyModifiedNouns[d.toks[m.to].key] {
			return // "the 46th Supreme Council session": a modifier, not "the Council" from here on
		}
		if b := d.ents[m.ids[0]]; b != nil {
			if keys := b.keysOf(); len(keys) >= 2 {
				if d.orgByHead == nil {
					d.orgByHead = map[string]string{}
				}
				d.orgByHead[keys[len(keys)-1]] = m.ids[0]
				if h := headBeforeOf(keys); h != "" {
					d.orgByHead[h] = m.ids[0] // "the Committee" after "the Committee on Defence"
				}
			}
		}
	}
}

// noteArmy notes a state's armed force named by mention m: a state's
// organization whose name ends in a force head ("Sudanese Armed Forces"),
// or a state's people's word or possessive before a force noun
// ("Sudanese army jets", "Nigeria's military").
func (d *doc) noteArmy(m mention) {
	if len(m.ids) != 1 || m.title || m.to >= len(d.toks) && m.kind != graph.KindOrganization {
		return
	}
	id := m.ids[0]
	switch k, _ := graph.KindOfID(id); {
	case k == graph.KindState && m.to < len(d.toks) && armyNouns[d.toks[m.to].key] && !d.toks[m.to].cap:
		d.lastArmy = id
	case k == graph.KindOrganization:
		b := d.ents[id]
		if b == nil {
			return
		}
		keys := b.keysOf()
		if n := len(keys); n >= 2 && (armyHeads[keys[n-1]] || keys[n-2] == "armed" && keys[n-1] == "forces") {
			d.lastArmy = id // "the Sudanese Armed Forces", "the Colombian Army"
		}
	}
}

// armyNouns name a state's armed force after its people's word ("Sudanese
// army jets", "Nigerian troops"); armyHeads end a force's name and make
// "the army" (lexicon/words.txt).
var (
	armyNouns = wordSet("army-nouns")
	armyHeads = wordSet("army-heads")
)

// bodyModifiedNouns make a body named before them a modifier (lexicon/words.txt).
var bodyModifiedNouns = wordSet("body-modified-nouns")

// headBeforeOf returns the head noun of a body's name that a complement
// follows ("committee" of "Departmental Committee on Defence"), or "".
func headBeforeOf(keys []string) string {
	for x := 1; x+1 < len(keys); x++ {
		if headComplementWords[keys[x]] {
			return keys[x-1]
		}
	}
	return ""
}

// headComplementWords open the complement of a body's head noun ("on" of
// "Committee on Defence"); see lexicon/words.txt.
var headComplementWords = wordSet("head-complement-words")

// summitOf reports whether the mention starting at token from follows
// "summit of [the]".
func (d *doc) summitOf(from int) bool {
	j := from - 1
	if j >= 0 && d.toks[j].key == "the" {
		j--
	}
	return j >= 1 && d.toks[j].key == "of" && (d.toks[j-1].key == "summit" || d.toks[j-1].key == "meeting" || d.toks[j-1].key == "session")
}

// summitNouns after an organization make it the frame of the leaders present.
var summitNouns = wordSet("summit-nouns")

// result assembles the Extraction.
func (d *doc) result() *graph.Extraction {
	x := &graph.Extraction{
		Document: graph.Document{ID: d.docID, Title: d.meta.Title, URL: d.meta.URL, Source: d.meta.Source,
			Published: d.meta.Published, Text: d.text},
		EntityMentions: map[string][]graph.Mention{},
	}
	d.mergeShortPersons()
	d.dateRestatedFacts()
	d.dateReportedFacts()
	d.headlineDays()
	d.headlinesOfLead()
	d.dateVisitsByStart()
	d.aliasStateTails()
	d.dropInterviews()
	// every entity kept is in d.order, every event a statement, every edge a fact
	x.Entities = make([]graph.Entity, 0, len(d.order))
	x.Events = make([]graph.Event, 0, len(d.stmts))
	x.Edges = make([]graph.Edge, 0, len(d.facts))
	d.addEntities(x)
	d.addCountries(x)
	d.buildFacts(x)
	return x
}

// addEntities adds to x every entity in d.order that has mentions, takes
// part in a fact, is kept, or is the country of one that does, with its
// aliases, roles and mentions.
func (d *doc) addEntities(x *graph.Extraction) {
	used := map[string]bool{}
	for _, f := range d.facts {
		used[f.from], used[f.to] = true, true
		if f.attributedTo != "" {
			used[f.attributedTo] = true
		}
	}
	for _, id := range d.order {
		b := d.ents[id]
		if len(b.mentions) == 0 && !used[id] && !b.keep {
			// only a country of something; still an entity when referenced
			referenced := false
			for _, o := range d.ents {
				if o.e.Country == id && (len(o.mentions) > 0 || used[o.e.ID]) {
					referenced = true
					break
				}
			}
			if !referenced {
				continue
			}
		}
		e := b.e
		e.Aliases = sortedKeys(b.aliases)
		e.Roles = sortedKeys(b.roles)
		x.Entities = append(x.Entities, e)
		if len(b.mentions) > 0 {
			x.EntityMentions[id] = b.mentions
		}
	}
}

// addCountries adds to x the countries of its entities (persons' states)
// that are not entities of it already.
func (d *doc) addCountries(x *graph.Extraction) {
	have := map[string]bool{}
	for _, e := range x.Entities {
		have[e.ID] = true
	}
	for _, e := range x.Entities {
		if e.Country != "" && !have[e.Country] {
			if b, ok := d.ents[e.Country]; ok {
				ce := b.e
				ce.Aliases, ce.Roles = sortedKeys(b.aliases), sortedKeys(b.roles)
				x.Entities = append(x.Entities, ce)
				have[ce.ID] = true
			}
		}
	}
}

// aliasStateTails gives a body named with its state after "of" ("Ministry
// of Foreign Affairs of the Republic of Indonesia") its name without the
// state as an alias ("Ministry of Foreign Affairs"), as the document's own
// readers call it.
func (d *doc) aliasStateTails() {
	for _, id := range d.order {
		b := d.ents[id]
		if b == nil || b.e.Kind != graph.KindOrganization {
			continue
		}
		name := b.e.Name
		for k := strings.Index(name, " of "); k > 0; {
			rest := strings.TrimPrefix(name[k+4:], "the ")
			if strings.Contains(name[:k], " ") && d.lx.idx.namesState(rest) {
				b.addAlias(name[:k])
				break
			}
			n := strings.Index(name[k+4:], " of ")
			if n < 0 {
				break
			}
			k += 4 + n
		}
	}
}

// dateVisitsByStart dates every mention of one visit by its first day: a
// visit told on the day of its talks ("held talks in Seoul" on Thursday) and
// by its arrival ("arrived here Tuesday") began on the earlier day, when
// the two lie within a week.
func (d *doc) dateVisitsByStart() {
	for i := range d.facts {
		f := &d.facts[i]
		if f.typ != graph.Visited || f.date.Prec() != graph.DateDay || f.modality != graph.Asserted {
			continue
		}
		for j := range d.facts {
			g := &d.facts[j]
			if g.typ != graph.Visited || g.from != f.from || g.to != f.to || g.modality != graph.Asserted || g.date.Prec() != graph.DateDay {
				continue
			}
			if g.date.Value < f.date.Value && daysBetween(g.date, f.date) <= 7 {
				f.date = g.date
			}
		}
	}
}

// daysBetween is the number of days from day date a to day date b.
func daysBetween(a, b graph.Date) int {
	ta, err1 := time.Parse("2006-01-02", a.Value)
	tb, err2 := time.Parse("2006-01-02", b.Value)
	if err1 != nil || err2 != nil {
		return 1 << 30
	}
	return int(tb.Sub(ta).Hours() / 24)
}

// mergeShortPersons merges a person known by one name only ("Manalo", from a
// headline before the full name is given) into the one person whose full
// name ends with it ("Enrique Manalo"): its mentions, roles and facts.
func (d *doc) mergeShortPersons() {
	merged := map[string]string{}
	for _, p := range d.persons {
		if strings.Contains(p.e.Name, " ") {
			continue
		}
		target := d.fullNameOf(p)
		if target == "" {
			continue
		}
		d.foldPerson(p, d.ents[target])
		merged[p.e.ID] = target
	}
	if len(merged) > 0 {
		d.renameMerged(merged)
	}
}

// fullNameOf returns the ID of the one person whose full name ends with
// the one-word name of p, or "" when none or several do.
func (d *doc) fullNameOf(p *entBuild) string {
	target := ""
	for _, q := range d.persons {
		f := strings.Fields(q.e.Name)
		if q == p || len(f) < 2 || !strings.EqualFold(f[len(f)-1], p.e.Name) {
			continue
		}
		if target != "" {
			return "" // two candidates: leave it
		}
		target = q.e.ID
	}
	return target
}

// foldPerson moves person p's name, roles, country and mentions (one per
// sentence) into person q.
func (d *doc) foldPerson(p, q *entBuild) {
	q.addAlias(p.e.Name)
	for r := range p.roles {
		q.addRole(r)
	}
	if q.e.Country == "" {
		q.e.Country = p.e.Country
	}
	q.mentions = append(p.mentions, q.mentions...)
	sort.SliceStable(q.mentions, func(a, b int) bool { return q.mentions[a].Sentence < q.mentions[b].Sentence })
	ms := q.mentions[:0]
	for _, m := range q.mentions {
		if len(ms) == 0 || ms[len(ms)-1].Sentence != m.Sentence {
			ms = append(ms, m)
		}
	}
	q.mentions = ms
	p.mentions = nil
}

// renameMerged points the facts and statements at the persons merged
// (merged maps an old ID to the new), drops the facts between a person and
// themselves, and takes the merged persons out of the document's order.
func (d *doc) renameMerged(merged map[string]string) {
	re := func(id string) string {
		if m, ok := merged[id]; ok {
			return m
		}
		return id
	}
	for k := range d.facts {
		f := &d.facts[k]
		f.from, f.to, f.attributedTo = re(f.from), re(f.to), re(f.attributedTo)
	}
	for k := range d.stmts {
		st := &d.stmts[k]
		for x := range st.actors {
			st.actors[x] = re(st.actors[x])
		}
		for x := range st.targets {
			st.targets[x] = re(st.targets[x])
		}
		st.attributedTo = re(st.attributedTo)
	}
	// a fact between a person and themselves is none
	kept := d.facts[:0]
	for _, f := range d.facts {
		if f.from != f.to {
			kept = append(kept, f)
		}
	}
	d.facts = kept
	order := d.order[:0]
	for _, id := range d.order {
		if _, gone := merged[id]; !gone {
			order = append(order, id)
		}
	}
	d.order = order
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
