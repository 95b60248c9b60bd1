package loader

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader/gazetteer"
)

// orgHeads are the capitalized nouns that make a name an organization's.
var orgHeads = wordSet("org-heads")

// orgLeadSkip are sentence-initial words that do not begin an organization's name.
var orgLeadSkip = wordSet("org-lead-skip")

// backedWords after a hyphen make a state name an adjective of something else.
var backedWords = wordSet("backed-words")

// nameParticles may sit inside a person's name in lower case.
var nameParticles = wordSet("name-particles")

// locativePreps introduce a location.
var locativePreps = wordSet("locative-preps")

// placeNouns introduce a place name: "the Russian city of Perm".
var placeNouns = wordSet("place-nouns")

// gazAt returns the index match at token i of the current sentence (cached).
func (d *doc) gazAt(i int) *gazEntry {
	if i < 0 || i >= len(d.toks) {
		return nil
	}
	if !d.gazDone[i] {
		d.gazDone[i] = true
		d.gazCache[i] = d.lx.idx.match(d.toks, i)
	}
	return d.gazCache[i]
}

// findMentions finds the entities the current sentence names, left to
// right (mentionsAt), then marks the states and bodies that only qualify a
// person or a noun.
func (d *doc) findMentions() {
	d.resetMentions()
	toks := d.toks
	var inDate [256]bool
	for _, dm := range d.dates {
		for k := dm.from; k < dm.to && k < len(inDate); k++ {
			inDate[k] = true
		}
	}
	for i := 0; i < len(toks); {
		if toks[i].kind != tokWord || (i < len(inDate) && inDate[i]) {
			i++
			continue
		}
		i = d.mentionsAt(i)
	}
	d.compoundDemonyms()
	d.trailingQuoteSpeakers()
	d.personStatesAfter()
	d.appositiveStates()
	d.rolesBeforeNames()
	d.leadersGovernments()
	d.markModifiers()
	d.noteTitleAcronyms()
}

// compoundDemonyms makes the first of two people's words in a row no party:
// "Greek Cypriot", "Turkish Cypriot leader X" name Cypriots, the second
// word's state, and the first only qualifies them.
func (d *doc) compoundDemonyms() {
	for x := 0; x+1 < len(d.ments); x++ {
		m, n := &d.ments[x], d.ments[x+1]
		if m.how == howDemonym && n.how == howDemonym && !m.poss && n.from == m.to && !d.toks[m.from].upper {
			m.title = true
		}
	}
}

// leadersGovernments makes a known leader named before a government noun
// stand for the leader's state: "the Albanese Government", "the Starmer
// government" (government-nouns-of-leaders).
func (d *doc) leadersGovernments() {
	toks := d.toks
	for x := range d.ments {
		m := &d.ments[x]
		if m.kind != graph.KindPerson || len(m.ids) != 1 || m.title || m.to >= len(toks) || !leaderGovernmentNouns[toks[m.to].key] {
			continue
		}
		b := d.ents[m.ids[0]]
		if b == nil {
			continue
		}
		if k, _ := graph.KindOfID(b.e.Country); k != graph.KindState {
			continue
		}
		m.ids, m.kind, m.to = []string{b.e.Country}, graph.KindState, m.to+1
	}
}

// leaderGovernmentNouns after a leader's name name the leader's
// government (lexicon/words.txt).
var leaderGovernmentNouns = wordSet("leader-government-nouns")

// resetMentions empties the sentence's mentions and sizes its caches.
func (d *doc) resetMentions() {
	d.ments = d.ments[:0]
	d.aliasResume = 0
	d.mentAt = d.mentAt[:0]
	d.titleAt = d.titleAt[:0]
	toks := d.toks
	if cap(d.gazCache) < len(toks) {
		d.gazCache = make([]*gazEntry, len(toks)*2)
		d.gazDone = make([]bool, len(toks)*2)
	}
	d.gazCache = d.gazCache[:len(toks)]
	d.gazDone = d.gazDone[:len(toks)]
	clear(d.gazDone)
}

// mentionsAt appends the mention that starts at word i, the first rule
// that reads one winning (dateline, geographic feature, titled person,
// led force, organization, gazetteer name, pronoun, name chunk, acronym),
// and returns the token to go on from.
func (d *doc) mentionsAt(i int) int {
	toks := d.toks
	t := toks[i]
	if n, ok := d.openingMention(i); ok {
		return n
	}
	if n, ok := d.knownNameMention(i); ok {
		return n
	}
	if t.key == "the" && i+1 < len(toks) && toks[i+1].cap && toks[i+1].flags&fRoleWords != 0 && d.titleBeforeComma(i+1) {
		if n, ok := d.titledPerson(i+1, &d.ments); ok {
			return n // "the Foreign Minister of Saudi Arabia, Prince Faisal": a name, not a definite
		}
	}
	if m, ok := d.corefMention(i); ok {
		d.ments = append(d.ments, m)
		return m.to
	}
	if t.cap {
		if m, ok := d.namedByTypeNoun(i); ok {
			d.ments = append(d.ments, m)
			return m.to
		}
		if m, ok := d.nameChunk(i); ok {
			d.ments = append(d.ments, m)
			return m.to
		}
		if m, ok := d.acronymOrg(i); ok {
			d.ments = append(d.ments, m)
			return m.to
		}
	}
	return i + 1
}

// openingMention reads the mentions that come before any name rule: a
// dateline at the page's start, names of other kinds, letters after a name,
// the rules that read at any word, and those that read where a run of
// capitals starts (instruments, routes).
func (d *doc) openingMention(i int) (int, bool) {
	toks, t := d.toks, d.toks[i]
	if i == 0 && t.cap {
		if m, ok := d.datelinePlace(); ok {
			if d.dateline == "" {
				d.dateline = m.ids[0]
			}
			d.ments = append(d.ments, m)
			return m.to, true
		}
	}
	if n, ok := d.otherNameAt(i); ok {
		return n, true
	}
	if d.postNominalAt(i) {
		return i + 1, true // "Richard Marles MP", "Hon. Soipan Tuya, EGH,": letters after a name
	}
	for _, rule := range anyWordRules {
		if m, ok := rule(d, i); ok {
			d.ments = append(d.ments, m)
			return m.to, true
		}
	}
	if t.cap && (i == 0 || !(toks[i-1].cap && toks[i-1].kind == tokWord && !toks[i-1].poss)) {
		// only where a run of capitalized words starts
		if end := d.instrumentNameEnd(i); end > i {
			return end, true // "the Memorandum of Understanding on Border Security and Management": a document, no entity
		}
		d.noteRoute(i) // ("the Beineu-Bozoi-Shymkent gas pipeline": the route is a place; its parts are read on)
		if end, ok := d.routePlaces(i); ok {
			return end, true // (two mentions)
		}
		for _, rule := range runStartRules {
			if m, ok := rule(d, i); ok {
				d.ments = append(d.ments, m)
				return m.to, true
			}
		}
	}
	return 0, false
}

// knownNameMention reads a mention built on a name the gazetteer or a
// title gives at token i: a titled person, a force led by a state, an
// organization, a first name that is also a place's, a gazetteer name.
func (d *doc) knownNameMention(i int) (int, bool) {
	toks, t := d.toks, d.toks[i]
	if n, ok := d.titledPerson(i, &d.ments); ok {
		return n, true
	}
	e := d.gazAt(i)
	if e != nil && (e.kind == gzDemonym || e.kind == gzState) {
		if m, ok := d.ledForce(i, e); ok {
			d.ments = append(d.ments, m)
			return m.to, true
		}
	}
	if t.cap || e != nil {
		if oe, ok := d.orgChunk(i, e); ok {
			d.ments = append(d.ments, oe)
			return oe.to, true
		}
	}
	if e != nil && e.kind != gzPerson && (t.flags&fFirstNames != 0) && len(e.keys) == 1 && i+1 < len(toks) && toks[i+1].cap && toks[i+1].kind == tokWord && d.gazAt(i+1) == nil {
		// a first name that is also a state or city: "Michael Jordan" reads as a person,
		// "Georgia President ..." still as the state
		if m, ok := d.nameChunk(i); ok {
			d.ments = append(d.ments, m)
			return m.to, true
		}
	}
	if e != nil {
		if m, ok := d.bracketedAlias(i, i+len(e.keys), d.surfaceOf(i, i+len(e.keys))); ok {
			d.ments = append(d.ments, m) // "Armed Forces of the Philippines (AFP)": not the news agency
			return m.to, true
		}
		m := d.gazMention(e, i)
		d.ments = append(d.ments, m)
		return m.to, true
	}
	return 0, false
}

// postNominals are the letters of honours and offices written after a
// person's name ("MP", "EGH", "OBE"); see lexicon/words.txt.
var postNominals = wordSet("post-nominals")

// postNominalAt reports whether word i is a post-nominal in capitals right
// after a person's name, or after the name and a comma.
func (d *doc) postNominalAt(i int) bool {
	toks := d.toks
	if !toks[i].upper || !postNominals[toks[i].key] || len(d.ments) == 0 {
		return false
	}
	m := d.ments[len(d.ments)-1]
	return m.kind == graph.KindPerson && (m.to == i || m.to == i-1 && toks[i-1].key == ",")
}

// instrumentHeads open the name of a document ("Memorandum of
// Understanding on ...", "Declaration of Principles"); see
// lexicon/words.txt.
var instrumentHeads = wordSet("instrument-heads")

// instrumentNameEnd returns the end of a document's name opening at word i:
// its head, then capitalized words joined by of, on, and, for, the; i when
// none opens there. The name holds no entity of its own but a state or
// body the gazetteer knows, which ends it.
func (d *doc) instrumentNameEnd(i int) int {
	toks := d.toks
	if !instrumentHeads[toks[i].key] || i+2 >= len(toks) || toks[i+1].key != "of" && toks[i+1].key != "on" {
		return i
	}
	end := i + 1
	for end < len(toks) && toks[end].kind == tokWord && d.gazAt(end) == nil {
		k := toks[end].key
		if !toks[end].cap && k != "of" && k != "on" && k != "and" && k != "for" && k != "the" {
			break
		}
		end++
	}
	for end > i+1 && !toks[end-1].cap {
		end-- // no trailing "and", "the"
	}
	return end
}

// anyWordRules read a mention at any word, before the title and gazetteer
// rules: a document's defined acronym ("KPA" after "Kenya Ports Authority
// (KPA)"), a numbered unit ("153 Task Force Battalion"), a company after
// "director of".
var anyWordRules = []func(*doc, int) (mention, bool){
	(*doc).definedAcronymAt,
	(*doc).titleAcronymAt,
	(*doc).datelineCredit,
	(*doc).numberedUnit,
	(*doc).memberOfOrg,
}

// runStartRules read a mention where a run of capitalized words starts, in
// order: a defined acronym's phrase, a described body, a word with an inner
// capital, an operation, a questioner's outlet, a geographic name, a name
// before a lower-case body head ("routePlaces", two places, comes first).
var runStartRules = []func(*doc, int) (mention, bool){
	(*doc).namedVessel,
	(*doc).connectedPlace,
	(*doc).eponymName,
	(*doc).namedExercise,
	(*doc).provinceAffiliate,
	(*doc).siteFirstHead,
	(*doc).listedPerson,
	(*doc).listItem,
	(*doc).prefixedCompany,
	(*doc).definedAcronymOrg,
	(*doc).describedOrg,
	(*doc).camelCaseOrg,
	(*doc).namedOperation,
	(*doc).outletInLabel,
	(*doc).outletAfterQuestioner,
	(*doc).partyAfterPerson,
	(*doc).geoMention,
	(*doc).lowerHeadOrg,
}

// personStatesAfter reads a person's state after the name: "President Joko
// Widodo of Indonesia" (the state is part of the title).
func (d *doc) personStatesAfter() {
	toks := d.toks
	for k := 0; k+1 < len(d.ments); k++ {
		m, y := d.ments[k], &d.ments[k+1]
		if m.kind == graph.KindPerson && len(m.ids) == 1 && !m.title && m.to+1 < len(toks) && toks[m.to].key == "of" && y.from == m.to+1 &&
			y.kind == graph.KindState && len(y.ids) == 1 && !y.poss && (y.to == len(toks) || toks[y.to].key == "and" || toks[y.to].key == "," || !toks[y.to].cap) && !(y.to < len(toks) && toks[y.to].flags&fGroupNouns != 0) {
			if b := d.ents[m.ids[0]]; b != nil && (b.e.Country == "" || b.e.Country == y.ids[0]) && len(b.roles) > 0 {
				b.e.Country = y.ids[0]
				y.title = true
			}
		}
	}
}

// markModifiers marks the mentions that qualify a noun ("Russian
// delegation", "two Ansarallah leaders", "Iranian-backed militias").
func (d *doc) markModifiers() {
	toks := d.toks
	for k := range d.ments {
		m := &d.ments[k]
		if m.to+1 < len(toks) && toks[m.to].key == "-" && toks[m.to].glued && backedWords[toks[m.to+1].key] {
			m.title = true // "Iranian-backed militias": no party to the relation
			continue
		}
		if d.datelineAgency(m) {
			m.title = true // "JAKARTA (The Jakarta Post) - ...": the wire's credit, no party
			continue
		}
		if d.ownerOfDescribedBody(k) {
			m.title = true // "Bolivia's state lithium firm YLB": the owner describes the body, which acts
			continue
		}
		if m.to < len(toks) && !m.poss {
			nk := toks[m.to].key
			_, trig := lookupIf(toks[m.to].mayHave(fNounTrig), d.lx.nouns, nk)
			if personNounsPlural[nk] {
				m.personOf = true
				m.modifier = true
			} else if m.how == howDemonym && d.bareRoleAt(m.to) {
				// "the Japanese prime minister": the state's office holder acts for it
				m.personOf = true
				m.modifier = true
			} else if m.how == howDemonym && !d.pluralDemonym(*m) || m.how == howName && m.kind != graph.KindPerson && toks[m.to].kind == tokWord && !toks[m.to].cap && (groupNouns[nk] || trig) {
				m.modifier = true // ("Ukrainians shot down ...": a people, no adjective)
			}
			if m.kind == graph.KindState && (nk == "delegation" || nk == "delegations" || nk == "team") {
				d.lastDelegation = m.ids[0]
			}
		}
	}
}

// ownerOfDescribedBody reports whether mention x is a state's possessive
// that opens a lower-case description of the body named right after it
// ("Chile's state copper company Codelco", "Bolivia's state lithium firm
// YLB"): the description's owner, no party of its own.
func (d *doc) ownerOfDescribedBody(x int) bool {
	toks, m := d.toks, d.ments[x]
	if !m.poss && m.how != howDemonym || m.kind != graph.KindState || x+1 >= len(d.ments) {
		return false // ("the Indonesian state electricity company PT PLN" too)
	}
	k := m.to
	for k < len(toks) && k < m.to+4 && toks[k].kind == tokWord && !toks[k].cap {
		k++
	}
	next := d.ments[x+1]
	return k > m.to && descriptorOrgNouns[toks[k-1].key] && next.from == k && next.kind == graph.KindOrganization
}

func (lx *Lexicon) isVerbish(k string) bool {
	if _, ok := lx.verbs[k]; ok {
		return true
	}
	if _, ok := lx.phrases[k]; ok {
		return true
	}
	return speechVerbs[k] || negationCues[k] || speculativeCues[k] || k == "is" || k == "are" || k == "was" || k == "were" ||
		k == "has" || k == "have" || k == "had" || k == "and" || k == "or" || k == "which" || k == "who" || k == "that"
}

// isVerbishTok is isVerbish(t.key), read from t's flags for a word.
func (lx *Lexicon) isVerbishTok(t *token) bool {
	if t.kind != tokWord {
		return lx.isVerbish(t.key)
	}
	if t.flags&(fVerbTrig|fPhraseTrig|fSpeechVerbs|fNegationCues|fSpeculativeCues) != 0 {
		return true
	}
	k := t.key
	return k == "is" || k == "are" || k == "was" || k == "were" ||
		k == "has" || k == "have" || k == "had" || k == "and" || k == "or" || k == "which" || k == "who" || k == "that"
}

// gazMention turns an index match at token i into a mention and registers the entity.
func (d *doc) gazMention(e *gazEntry, i int) mention {
	toks := d.toks
	to := i + len(e.keys)
	m := mention{from: i, to: to, kind: e.ent.kind, poss: toks[to-1].poss}
	surface := d.text[toks[i].start:toks[to-1].end]
	if m.poss {
		surface = trimPossessive(surface)
	}
	switch e.kind {
	case gzDemonym:
		m.how = howDemonym
		surface = ""
	case gzCapital:
		m.how = howCapital
		if d.capitalAsPlace(e, i, to, &m, surface) {
			return m
		}
	case gzPerson:
		b := d.entityFromInfo(e.ent)
		d.notePerson(b, toks[i:to])
	case gzOrg:
		if st := d.possessiveStateBefore(i); st != "" && e.ent.country != "" && e.ent.country != st {
			// "Pakistan's Foreign Office" is Pakistan's, not the British one the name also names
			b := d.entity(d.entityID(graph.KindOrganization, surface+" of "+d.ents[st].e.Name), graph.KindOrganization, surface)
			b.e.Country = st
			d.addMention(b.e.ID, surface)
			m.ids = b.idList()
			return m
		}
	}
	b := d.entityFromInfo(e.ent)
	d.addMention(b.e.ID, surface)
	m.ids = b.idList()
	d.stateMentionExtras(e, i, to, m.poss, surface)
	return m
}

// capitalAsPlace handles the capital or seat of government e at token i:
// in a locative, a dateline or before a vicinity it is the place, and m
// becomes the place's mention (true); otherwise the state acts through it,
// and the administration a seat houses, or the city, is named too.
func (d *doc) capitalAsPlace(e *gazEntry, i, to int, m *mention, surface string) bool {
	toks := d.toks
	if (d.locative(i) && !d.supplySource(i) || d.datelineAt(i)) && !m.poss || m.poss && d.vicinityAfter(to) {
		// "arrived in Kyiv", "Beirut's southern suburbs"
		pb := d.entityFromInfo(e.place)
		if d.datelineAt(i) && d.dateline == "" {
			d.dateline = pb.e.ID
		}
		d.addMention(pb.e.ID, surface)
		m.ids = []string{pb.e.ID}
		m.kind = graph.KindPlace
		m.place = pb.e.ID
		return true
	}
	if e.place != nil && d.lx.idx.seats[e.place.id] && !(i > 0 && toks[i-1].poss) { // ("Trump's White House": the building)
		// "the Kremlin said", "Kremlin spokesperson Dmitry Peskov": the state acts
		// through the administration its seat houses, which is named
		name := e.place.name
		b := d.entity(d.entityID(graph.KindOrganization, name), graph.KindOrganization, name)
		if b.e.Country == "" {
			b.e.Country = e.ent.id
		}
		d.addMention(b.e.ID, surface)
	} else if e.place != nil && !m.poss {
		// "Mogadishu accused Addis Ababa": the government acts (the mention is
		// the state's), and the city is named, so it is an entity too
		pb := d.entityFromInfo(e.place)
		d.addMention(pb.e.ID, surface)
	}
	return false
}

// stateMentionExtras names what a state's or demonym's mention at tokens
// [i, to) also names: a city-state's city, the state's institution after
// it, a region before it ("in southern Lebanon").
func (d *doc) stateMentionExtras(e *gazEntry, i, to int, poss bool, surface string) {
	toks := d.toks
	if city := d.lx.idx.cityStates[e.ent.id]; city != nil && e.kind == gzState && !poss && (d.locative(i) || d.datelineAt(i) || d.lx.idx.territoryCities[e.ent.id]) {
		// "In Singapore, Wong met Marcos": the city-state's city is named too;
		// a territory's city ("a Hong Kong-registered manager") always
		pb := d.entityFromInfo(city)
		d.addMention(pb.e.ID, surface)
		if d.datelineState == "" && d.datelineAt(i) {
			d.datelineState = e.ent.id
		}
	}
	if (e.kind == gzDemonym || e.kind == gzState) && e.ent.kind == graph.KindState && (!poss || e.kind == gzState) {
		d.stateInstitution(i, to, e.ent.id) // "the Israeli army", "Niger's army", "Lebanon's health ministry"
	}
	if e.kind == gzState && i > 0 && compassWords[toks[i-1].key] && !toks[i-1].cap {
		// "in southern Lebanon": the region is a place of the state named
		name := d.surfaceOf(i-1, to)
		pb := d.entity(d.entityID(graph.KindPlace, name), graph.KindPlace, name)
		pb.e.Country = e.ent.id
		d.addMention(pb.e.ID, name)
	}
}

// datelineAgency reports whether mention m is the agency in brackets after
// a dateline's place in capitals: "JAKARTA (The Jakarta Post) -",
// "DAMASCUS (SANA) -".
func (d *doc) datelineAgency(m *mention) bool {
	toks := d.toks
	s := m.from
	if s > 0 && toks[s-1].key == "the" {
		s--
	}
	if s < 2 || s > 6 || toks[s-1].key != "(" || m.to+1 >= len(toks) || toks[m.to].key != ")" {
		return false
	}
	for k := 0; k < s-1; k++ {
		if !toks[k].upper && toks[k].key != "," && !(toks[k].cap && k > 0 && toks[k-1].key == ",") {
			return false // ("KYIV, Ukraine (AP)": a state after the place's comma)
		}
	}
	next := toks[m.to+1].key
	return next == "-" || next == "--" || next == "—" || next == "–" || next == ":"
}

// institutionNouns name a state's institution after its adjective or name
// in lower case: "the Israeli army", "Myanmar military"; see lexicon/words.txt.
var institutionNouns = wordSet("institution-nouns")

// stateInstitution makes the institution named by a state's adjective or
// name and a lower-case institution noun at token to an organization of that
// state ("Israeli police", "Venezuelan security forces"); the mention stays
// the state's, which acts through it.
func (d *doc) stateInstitution(from, to int, state string) {
	toks := d.toks
	end := to
	switch {
	case end+1 < len(toks) && !toks[end].cap && !toks[end+1].cap && institutionNouns[toks[end].key+" "+toks[end+1].key]:
		end += 2
	case end+1 < len(toks) && toks[end].kind == tokWord && !toks[end].cap && !toks[end+1].cap && portfolioInstitutions[toks[end+1].key] &&
		!d.lx.isVerbishTok(&toks[end]) && toks[end].flags&(fPrepositions|fNpFillers) == 0:
		end += 2 // "Lebanon's health ministry", "the Georgian foreign ministry"
	case end < len(toks) && !toks[end].cap && institutionNouns[toks[end].key]:
		end++
	default:
		return
	}
	name := d.surfaceOf(from, end)
	b := d.entity(d.entityID(graph.KindOrganization, name), graph.KindOrganization, name)
	if b.e.Country == "" {
		b.e.Country = state
	}
	if end-to == 2 {
		b.addAlias(d.surfaceOf(to, end)) // "Ukraine's air force" is the air force, "China's commerce ministry" the commerce ministry
	}
	d.addMention(b.e.ID, name)
}

// portfolioInstitutions follow a lower-case portfolio word after a state's
// adjective or name: "Lebanon's health ministry" (lexicon/words.txt).
var portfolioInstitutions = wordSet("portfolio-institutions")

func trimPossessive(s string) string {
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(s, suf) {
			return s[:len(s)-len(suf)]
		}
	}
	return s
}

// vicinityNouns make "of X" a location: "the vicinity of Pyongyang".
var vicinityNouns = wordSet("vicinity-nouns")

// datelinePlace reads an unknown city in capitals that opens a wire
// dateline: "BORGO EGNAZIA, Italy —", "GOMA, Congo (Reuters) -". The place is
// named in title case.
func (d *doc) datelinePlace() (mention, bool) {
	toks := d.toks
	j := 0
	for j < len(toks) && j < 4 && toks[j].kind == tokWord && (toks[j].upper || toks[j].cap && !toks[0].upper) && (d.gazAt(j) == nil || j > 0) {
		j++ // ("PORT SUDAN -": a state's name inside the city's)
	}
	if j > 0 && !toks[0].upper && !d.colonDateline(j) {
		return mention{}, false // a dateline in title case ends with a colon: "Dubai:"
	}
	if j == 0 || j+1 >= len(toks) {
		return mention{}, false
	}
	if last := &toks[j-1]; last.flags&fOrgHeads != 0 { // org heads and company suffixes
		return mention{}, false // a body in capitals before its short name: "PARS MARINE TRADING LLC (a.k.a. PMT)"
	}
	next := toks[j].key
	switch {
	case next == ",":
		if e := d.gazAt(j + 1); (e == nil || e.kind != gzState) && !d.datedDateline(j) {
			return mention{}, false
		}
	case next == "(" || next == "--" || next == "-" && !(toks[j].glued && toks[j+1].glued):
		// ("AL-HAMDANI, Ahmed": a hyphen inside a name is no dateline's dash)
	case next == ":" && d.colonDateline(j):
		if _, city := gazetteer.CityState(d.surfaceOf(0, j)); !city {
			return mention{}, false // "MODERATOR:", a speaker's label, unless a known city
		}
	default:
		return mention{}, false
	}
	words := make([]string, 0, j)
	for _, t := range toks[:j] {
		w := strings.ToLower(d.text[t.start:t.end])
		r, size := utf8.DecodeRuneInString(w)
		words = append(words, string(unicode.ToUpper(r))+w[size:])
	}
	name := strings.Join(words, " ")
	id := d.entityID(graph.KindPlace, name)
	if id == "place:" {
		return mention{}, false
	}
	b := d.entity(id, graph.KindPlace, name)
	stateAfter := ""
	if e := d.gazAt(j + 1); next == "," && e != nil && e.kind == gzState {
		stateAfter = e.ent.id // "KYIV, Ukraine -"
	}
	if iso3, city := gazetteer.CityState(name); b.e.Country == "" && (stateAfter != "" || city) {
		b.e.Country = graph.StateID(iso3)
		if stateAfter != "" {
			b.e.Country = stateAfter
		}
		d.ensureState(b.e.Country)
	}
	d.addMention(id, d.text[toks[0].start:toks[j-1].end])
	return mention{from: 0, to: j, ids: []string{id}, kind: graph.KindPlace, how: howName, place: id}, true
}

// datedDateline reports whether the comma at token j after a place in
// capitals opens a wire dateline's date, a month and a day, then the
// agency in brackets or a dash: "DUBAI, Oct 25 (Reuters) -".
func (d *doc) datedDateline(j int) bool {
	toks := d.toks
	if !toks[0].upper || j+3 >= len(toks) || monthNames[toks[j+1].key] == 0 {
		return false
	}
	k := j + 2
	if toks[k].key == "." && toks[k].glued {
		k++ // "Sept." or "Oct."
	}
	if k >= len(toks) || !startsWithDigit(toks[k]) || k+1 >= len(toks) {
		return false
	}
	next := toks[k+1].key
	return next == "(" || next == "-" || next == "--" || next == "—" || next == "–"
}

// datelineCredit reads the credit in brackets of a wire dateline, at token
// i, as a news agency: "BRUSSELS, Feb 24 (dpa) -", "LONDON (PA) -" (one word
// or two that no list knows, in any case, the dateline's dash after them).
func (d *doc) datelineCredit(i int) (mention, bool) {
	toks := d.toks
	if i < 2 || i > 8 || toks[i-1].key != "(" || toks[i].kind != tokWord || !d.datelineAt(0) || d.gazAt(i) != nil {
		return mention{}, false
	}
	end := i + 1
	if end < len(toks) && toks[end].kind == tokWord && toks[end].cap {
		end++
	}
	if end+1 >= len(toks) || toks[end].key != ")" || !dashKeys[toks[end+1].key] {
		return mention{}, false
	}
	return d.orgNamed(i, end, d.surfaceOf(i, end), false)
}

// dashKeys are the keys of the dashes that close a wire dateline.
var dashKeys = map[string]bool{"-": true, "--": true, "—": true, "–": true}

// colonDateline reports whether the name ending at token j opens the
// sentence as a dateline with a colon before a capitalized word
// ("RAWALPINDI: Chief of Defence Forces ..."), and is no person's first
// name (a transcript's "VICTORIA:").
func (d *doc) colonDateline(j int) bool {
	toks := d.toks
	return j+1 < len(toks) && toks[j].key == ":" && toks[j+1].cap && toks[j].glued && toks[0].flags&fFirstNames == 0 && toks[j+1].key != "q"
}

// vicinityAfter reports whether a vicinity noun follows at token j, after
// an optional compass adjective: "southern suburbs", "outskirts", "airport".
func (d *doc) vicinityAfter(j int) bool {
	toks := d.toks
	if j < len(toks) && compassWords[toks[j].key] {
		j++
	}
	return j < len(toks) && (vicinityNouns[toks[j].key] || toks[j].key == "airport" || toks[j].key == "districts" || toks[j].key == "neighbourhoods" || toks[j].key == "neighborhoods")
}

// compassPoints name directions: "the North East" is a region.
var compassPoints = wordSet("compass-points")

// compassWords are adjectives of direction.
var compassWords = wordSet("compass-words")

// datelineAt reports whether the name at token i is in a wire dateline at the
// start of a sentence: "BAMAKO, Mali (AP) —", "DUBAI/WASHINGTON, March 12 (Reuters) -",
// "Mexico City (AFP) -".
func (d *doc) datelineAt(i int) bool {
	toks := d.toks
	if e := d.gazAt(i); i == 0 && e != nil && e.kind == gzCapital && d.colonDateline(len(e.keys)) {
		return true // "ISLAMABAD:", "Kabul:"
	}
	if i == 0 && !toks[i].upper {
		// "Mexico City (AFP) -": the name, an agency in brackets and a dash
		e := d.gazAt(0)
		if e == nil {
			return false
		}
		j := len(e.keys)
		return j+3 < len(toks) && toks[j].key == "(" && toks[j+2].key == ")" && (toks[j+3].key == "-" || toks[j+3].key == "--")
	}
	if !toks[i].upper || i > 4 {
		return false
	}
	for j := 0; j < i; j++ {
		if !(toks[j].upper || toks[j].key == "/") {
			return false
		}
	}
	for j := i + 1; j < len(toks); j++ {
		if toks[j].upper {
			continue
		}
		return toks[j].key == "," || toks[j].key == "(" || toks[j].key == "/" || toks[j].key == "--" || toks[j].key == "-" || toks[j].key == "—" || toks[j].key == "–"
	}
	return false
}

// locative reports whether the name at token i is used as a location.
func (d *doc) locative(i int) bool {
	toks := d.toks
	j := i - 1
	for j >= 0 && (toks[j].key == "the" || toks[j].key == "capital") {
		j--
	}
	if j < 0 {
		return false
	}
	k := toks[j].key
	if locativePreps[k] {
		return true
	}
	if k == "of" && j > 0 && vicinityNouns[toks[j-1].key] {
		return true // "the outskirts of Kyiv"
	}
	if k == "on" && j > 0 && d.lx.isAttackWord(toks[j-1].key) {
		return true // "an attack on Riyadh"
	}
	if k == "to" || k == "visiting" || k == "visited" || k == "visit" || k == "visits" || k == "toured" {
		// a destination after a movement verb
		for b := j; b >= 0 && b >= j-16; b-- {
			if tr, ok := d.lx.verbs[toks[b].key]; ok && tr.typ == graph.Visited {
				return true
			}
			if tr, ok := d.lx.nouns[toks[b].key]; ok && tr.typ == graph.Visited {
				return true
			}
			for _, pt := range d.lx.phrases[toks[b].key] {
				if pt.typ == graph.Visited {
					return true // "crossed to Pristina"
				}
			}
		}
	}
	if k == "," && j > 0 && toks[j-1].kind == tokWord && toks[j-1].cap {
		return false
	}
	return false
}

// supplySource reports whether the mention at token i is the source of a
// supply told before it in its clause: "bought more drones from Ankara",
// "imports gas from Moscow" (a capital there is the state that sells, not
// the city goods leave from).
func (d *doc) supplySource(i int) bool {
	toks := d.toks
	j := i - 1
	for j >= 0 && toks[j].key == "the" {
		j--
	}
	if j < 0 || toks[j].key != "from" {
		return false
	}
	for b := j - 1; b >= 0 && b >= j-10; b-- {
		if toks[b].kind == tokPunct && (toks[b].key == ";" || toks[b].key == ":") {
			return false
		}
		if tr, ok := d.lx.verbs[toks[b].key]; ok {
			return tr.typ == graph.Supplied
		}
		if tr, ok := d.lx.nouns[toks[b].key]; ok && tr.typ == graph.Supplied {
			return true
		}
	}
	return false
}

// givenNameTitles come before a given name alone: "Sheikh Mohammed",
// "Prince Faisal", "Sayyid Badr" (lexicon/words.txt).
var givenNameTitles = wordSet("given-name-titles")

// byGivenName returns the one person of this document whose name has more
// than one word and starts with key, or nil.
func (d *doc) byGivenName(key string) *entBuild {
	var found *entBuild
	for _, p := range d.persons {
		if pk := p.keysOf(); len(pk) >= 2 && pk[0] == key {
			if found != nil {
				return nil
			}
			found = p
		}
	}
	return found
}

// partOfKnownName returns the person of this document whose name starts or
// ends with the name tokens [from, to) and is longer, when exactly one does.
func (d *doc) partOfKnownName(from, to int) *entBuild {
	var keys []string
	for _, t := range d.toks[from:to] {
		if t.kind == tokPunct && (t.key == "," || t.key == "." || t.key == "'") {
			continue
		}
		keys = append(keys, t.key)
	}
	var found *entBuild
	for _, p := range d.persons {
		pk := p.keysOf()
		if len(pk) <= len(keys) {
			continue
		}
		prefix, suffix := true, true
		for k := range keys {
			if pk[k] != keys[k] {
				prefix = false
			}
			if pk[len(pk)-len(keys)+k] != keys[k] {
				suffix = false
			}
		}
		if prefix || suffix {
			if found != nil && found != p {
				return nil // ambiguous
			}
			found = p
		}
	}
	return found
}

// notePerson records short names of a person for later resolution.
func (d *doc) notePerson(b *entBuild, nameToks []token) {
	d.lastPerson = b.e.ID
	keys := b.keysOf()
	if len(keys) > 1 {
		d.leadNames[keys[0]] = b.e.ID
	}
	if len(keys) > 0 {
		d.shortNames[keys[len(keys)-1]] = b.e.ID
		if len(keys) > 1 && !firstNames[keys[0]] || b.e.Country == "state:PRK" || b.e.Country == "state:KOR" || b.e.Country == "state:CHN" || b.e.Country == "state:TWN" || b.e.Country == "state:SGP" {
			d.shortNames[keys[0]] = b.e.ID
		}
		if k := firstSurname(keys); k != "" {
			if _, taken := d.shortNames[k]; !taken {
				d.shortNames[k] = b.e.ID
			}
		}
	}
	for r := range b.roles {
		d.noteRole(r, b.e.ID)
	}
}

// firstSurname returns the word after the given names of a name of three or
// more words when another word follows it: the first of two surnames, the
// one Spanish usage names a person by ("Salcedo" for "Rodrigo Salcedo
// Arango", "López" for "Andrés Manuel López Obrador"), or a middle name
// ("Messias" of "Jair Messias Bolsonaro", which news rarely writes alone);
// or "".
func firstSurname(keys []string) string {
	g := 1 // (the first word is a given name even when the list lacks it: "Camilo Ortega Duque")
	for g < len(keys) && firstNames[keys[g]] {
		g++
	}
	if len(keys)-g < 2 {
		return ""
	}
	if k := keys[g]; len(k) > 1 && !nameParticles[k] && !nameParticles[keys[g+1]] {
		return k
	}
	return ""
}

func (d *doc) noteRole(role, id string) {
	// keys are the lower-cased role and its words that name an office
	// holder, computed once per role of the document
	keys, ok := d.roleKeys[role]
	if !ok {
		lr := strings.ToLower(role)
		keys = []string{lr}
		for _, w := range strings.Fields(lr) {
			if w == "to" || w == "for" {
				break // the principal's office: "spokesman for the secretary-general", "adviser to the president"
			}
			if roleNounsForCoref[w] {
				keys = append(keys, w)
			}
		}
		if d.roleKeys == nil {
			d.roleKeys = map[string][]string{}
		}
		d.roleKeys[role] = keys
	}
	for _, k := range keys {
		d.roleHolder[k] = id
	}
}

// roleOffice reports whether the run [start, lastHead] is an office named
// after its holder's role: role words, the last one possessive, then the
// head ("the Attorney General's Office", "the President's Office").
func (d *doc) roleOffice(start, lastHead int) bool {
	toks := d.toks
	if lastHead-1 < start || !toks[lastHead-1].poss || !innerPossessives[trimPossessive(toks[lastHead-1].key)] {
		return false
	}
	for k := start; k < lastHead; k++ {
		if toks[k].flags&fRoleWords == 0 || !toks[k].cap {
			return false
		}
	}
	return true
}

// pluralRoleHeads close a title shared by the names after it (lexicon/words.txt).
var pluralRoleHeads = wordSet("plural-role-heads")

// adjectivePrefixes make a role word after a hyphen an adjective ("semi-official").
var adjectivePrefixes = wordSet("adjective-prefixes")

// titledPerson reads a person named with a title at token i: "US Secretary of
// State Antony Blinken", "North Korean leader Kim Jong Un", "Prime Minister of
// India Narendra Modi", "natural resources minister Alexander Kozlov".
func (d *doc) titledPerson(i int, out *[]mention) (int, bool) {
	toks := d.toks
	t := toks[i]
	if !(t.flags&fRoleWords != 0) && !t.cap {
		return 0, false
	}
	if t.key == "the" || t.key == "of" || t.key == "and" || t.key == "for" {
		return 0, false
	}
	if i >= 2 && toks[i-1].key == "-" && t.glued && adjectivePrefixes[toks[i-2].key] {
		return 0, false // "the semi-official Mehr news agency": an adjective, no title
	}
	// the title's state and organization modifiers; their mentions are
	// built only when the title heads a name
	var modBuf [4]titleMod
	ts, mods, j := d.scanTitle(i, modBuf[:0])
	if !ts.hasHead || j >= len(toks) || j == i {
		return 0, false
	}
	nameFrom, nameTo, ok := d.nameAfterTitle(i, j)
	if !ok {
		if nameFrom, nameTo, ok = d.nameInApposition(i, j); !ok {
			return 0, false
		}
	}
	b := d.resolvePersonName(nameFrom, nameTo)
	if b == nil {
		return 0, false
	}
	d.titleMods(mods, out)
	d.titleBody(ts, out)
	d.titleTailBody(i, nameFrom, out)
	d.titleOf(b, ts.country, ts.roleFrom, ts.roleTo)
	if ts.roleFrom < 0 && i < nameFrom && toks[nameFrom-1].kind == tokWord && toks[nameFrom-1].dotted {
		d.appositionRole(b, nameTo) // "H.E. Jasem Albudaiwi, Secretary-General": an honorific alone, the role after the name
	}
	d.notePerson(b, toks[nameFrom:nameTo])
	d.addMention(b.e.ID, d.surfaceOf(nameFrom, nameTo))
	*out = append(*out, mention{from: nameFrom, to: nameTo, ids: b.idList(), kind: graph.KindPerson, how: howName, poss: toks[nameTo-1].poss, titleFrom: i, titled: i < nameFrom})
	return nameTo, true
}

// appositionRole gives person b the role in apposition after its name,
// which ends at token end ("..., Acting Under Secretary for ...").
func (d *doc) appositionRole(b *entBuild, end int) {
	toks := d.toks
	if end+1 < len(toks) && toks[end].key == "," && !toks[end-1].poss {
		if r := d.appositiveRole(end + 1); r != "" {
			b.addRole(r)
			d.noteRole(r, b.e.ID)
		}
	}
}

// titleScan is what scanTitle reads of a role title before a name (its
// states and bodies, "US", "African Union Commission", are returned apart).
type titleScan struct {
	country          string // the state it names first, or the state of its body
	roleFrom, roleTo int    // the role's tokens (-1: none)
	hasHead, ofTail  bool   // a role head seen; a body after "of" ends the role
}

// scanTitle reads the role title that starts at token i ("US Secretary of
// State", "Chairman of the African Union Commission", "Dr.") and returns it,
// its states and bodies appended to mods, and where it ends.
func (d *doc) scanTitle(i int, mods []titleMod) (titleScan, []titleMod, int) {
	ts := titleScan{roleFrom: -1, roleTo: -1}
	j := i
	for j < len(d.toks) {
		next, more := d.titleStep(i, j, &ts, &mods)
		j = next
		if !more {
			break
		}
	}
	return ts, mods, j
}

// titleStep reads token j of the title that starts at token i into ts and
// mods, and returns where the scan goes on and whether it does.
func (d *doc) titleStep(i, j int, ts *titleScan, mods *[]titleMod) (int, bool) {
	toks, tk := d.toks, d.toks[j]
	if tk.kind != tokWord {
		if tk.key == "-" && tk.glued && j+1 < len(toks) && (toks[j+1].flags&fRoleWords != 0) {
			return j + 1, true
		}
		if tk.key == "." && tk.glued && j > i && (toks[j-1].flags&fHonorifics != 0 || toks[j-1].flags&fRoleWords != 0 && abbreviations[toks[j-1].key]) {
			return j + 1, true // "Dr. S. Jaishankar", "Gen. Wiesław Kukuła"
		}
		return j, false
	}
	if tk.poss && !(tk.flags&fRoleWords != 0) && !(j == i && d.gazAt(j) != nil && d.gazAt(j).kind == gzState) {
		return j, false
	}
	if e := d.gazAt(j); e != nil && e.kind != gzPerson && e.kind != gzLandmark {
		return d.titleNameStep(i, j, e, ts, mods)
	}
	if p := d.portfolioEnd(j, ts.hasHead); p > j {
		if !ts.ofTail && ts.roleFrom >= 0 {
			ts.roleTo = p
		}
		return p, true // "Cabinet Secretary for Foreign and Diaspora Affairs"
	}
	if tk.key == "to" && ts.hasHead && j+1 < len(toks) && d.titleTarget(j+1) {
		j++ // "Permanent Representative of Russia to the UN": the body or state after "to" ends the title
		if toks[j].key == "the" {
			j++
		}
		ts.ofTail = true
		return j, true
	}
	if (tk.flags&fRoleWords != 0) && !(tk.cap && (tk.flags&fFirstNames != 0) && !(tk.flags&fRoleHeads != 0) && !d.roleHeadNext(j)) {
		return d.titleRoleStep(i, j, ts)
	}
	if tk.dotted && tk.upper && dottedHonorifics[tk.key] {
		ts.hasHead = true // "H.E. Fadjroel Rachman": an honorific, no role
		return j + 1, true
	}
	return j, false
}

// dottedHonorifics are honorifics written with dotted initials, by their
// folded keys ("H.E." is "he"; lexicon/words.txt).
var dottedHonorifics = wordSet("dotted-honorifics")

// titleNameStep reads the known name e at token j of a title: a state or a
// body it names ("US Secretary of State", "Chairman of the African Union
// Commission"), kept in mods.
func (d *doc) titleNameStep(i, j int, e *gazEntry, ts *titleScan, mods *[]titleMod) (int, bool) {
	toks := d.toks
	if e.kind == gzCapital && !(j > 0 && toks[j-1].key == "of") {
		return j, false
	}
	if e.ent.kind != graph.KindOrganization && e.ent.kind != graph.KindState {
		return j, false
	}
	*mods = append(*mods, titleMod{from: j, to: j + len(e.keys), id: e.ent.id, kind: e.ent.kind})
	if e.ent.kind == graph.KindState {
		if ts.country == "" && !d.roleTopic(j, j+len(e.keys)) {
			ts.country = e.ent.id // (not "UN Special Envoy for Sudan X")
		}
	} else if ts.country == "" && e.ent.country != "" {
		ts.country = e.ent.country
	}
	if j > i && toks[j-1].key == "of" {
		ts.ofTail = true
	}
	j += len(e.keys)
	return j, !(toks[j-1].poss && len(*mods) > 1)
}

// titleRoleStep reads the role word at token j of a title.
func (d *doc) titleRoleStep(i, j int, ts *titleScan) (int, bool) {
	tk := d.toks[j]
	if (tk.key == "of" || tk.key == "the" || tk.key == "for" || tk.key == "and") && (j == i || !ts.hasHead) {
		if tk.key != "of" || !ts.hasHead {
			return j, false
		}
	}
	if tk.flags&fRoleHeads != 0 {
		ts.hasHead = true
	}
	if tk.key != "of" && tk.key != "the" && tk.key != "and" && tk.key != "for" && !(tk.flags&fHonorifics != 0) && !ts.ofTail {
		if ts.roleFrom < 0 {
			ts.roleFrom = j
		}
		ts.roleTo = j + 1
	}
	return j + 1, !tk.poss
}

// roleHeadNext reports whether a capitalized role head follows token j: a
// role word that is also a given name is a title before one ("the Amir
// Sheikh Tamim", not "Amir Khan Muttaqi").
func (d *doc) roleHeadNext(j int) bool {
	return j+1 < len(d.toks) && d.toks[j+1].cap && d.toks[j+1].flags&fRoleHeads != 0
}

// titleMod is a state or organization inside a person's title
// ("US Secretary of State", "Chairman of the African Union Commission").
type titleMod struct {
	from, to int
	id       string
	kind     graph.Kind
}

// titleMods appends the mentions of a title's states and bodies to out, as
// modifiers of the title (no party to a relation).
func (d *doc) titleMods(mods []titleMod, out *[]mention) {
	toks := d.toks
	for _, tm := range mods {
		m := mention{from: tm.from, to: tm.to, ids: []string{tm.id}, kind: tm.kind, how: howName, modifier: true, title: true}
		d.ensureState(m.ids[0])
		if k, _ := graph.KindOfID(m.ids[0]); k == graph.KindOrganization {
			if info := d.orgInfo(m.ids[0]); info != nil {
				d.entityFromInfo(info)
			}
		}
		d.addMention(m.ids[0], d.text[toks[m.from].start:toks[m.to-1].end])
		*out = append(*out, m)
	}
}

// nameAfterTitle returns the person's name [nameFrom, nameTo) after a title
// that starts at token i and ends at j, or ok false when what follows is no
// name (a region, an acronym, a headline's noun).
func (d *doc) nameAfterTitle(i, j int) (nameFrom, nameTo int, ok bool) {
	toks := d.toks
	// the name, after the rest of a body's name ending the title:
	// "Chairman of the African Union Commission Moussa Faki Mahamat"
	for j+2 < len(toks) && j > i && toks[j].cap && toks[j].kind == tokWord && toks[j].flags&fOrgHeads != 0 && toks[j].flags&fFirstNames == 0 && toks[j-1].cap && toks[j+1].cap {
		j++
	}
	if k := d.bodyRestEnd(j); k > j && j > i {
		k = d.bodyChainEnd(k) // "Chairman of the Senate of the Parliament Maulen Ashimbayev"
		if k >= len(toks) || !toks[k].cap || toks[k].kind != tokWord {
			return 0, 0, false // the title ends with a body: "Chief of the General Staff of the Polish Armed Forces, Gen. ..."
		}
		j = k
	}
	if j+1 < len(toks) && j > i && toks[j].cap && pluralRoleHeads[toks[j].key] && toks[j+1].cap && toks[j+1].kind == tokWord {
		j++ // "Deputy Prime Ministers Aram Petrosyan and ...": the plural closes the title
	}
	nameFrom = j
	nameTo = d.nameEnd(j)
	if nameTo == nameFrom && toks[j].cap && toks[j].kind == tokWord && !(toks[j].flags&fRoleWords != 0) && j+1 < len(toks) && toks[j+1].cap && toks[j+1].kind == tokWord && !(toks[j+1].flags&fNonNameWords != 0) {
		// a name that starts like a function word: "To Lam"
		if e2 := d.nameEnd(j + 1); e2 > j+1 {
			nameTo = e2
		}
	}
	if nameTo == nameFrom {
		return 0, 0, false
	}
	if toks[nameFrom-1].key == "and" && nameTo-nameFrom >= 3 && toks[nameFrom].flags&fFirstNames == 0 && toks[nameFrom+1].flags&fFirstNames != 0 {
		nameFrom++ // "Commissioner for Energy and Housing Dan Jørgensen": the portfolio's last word
	}
	if toks[nameFrom-1].key == "the" {
		return 0, 0, false // a region or body after a role's "for the": "the envoy for the Balkans"
	}
	if toks[nameFrom-1].poss {
		return 0, 0, false // a title does not end in a possessive: "the Secretary-General's Travels"
	}
	if nameTo-nameFrom == 1 && toks[nameFrom].upper && len(toks[nameFrom].key) >= 3 && toks[nameFrom].flags&fFirstNames == 0 {
		return 0, 0, false // an acronym is a body, not a name: "Head of MONUSCO"
	}
	if nameTo-nameFrom == 1 && toks[nameFrom].flags&fFirstNames == 0 && nameTo+1 < len(toks) && (toks[nameTo].key == "of" && toks[nameTo+1].key == "the" || toks[nameTo].cap && toks[nameTo].flags&fRoleHeads != 0) {
		// a body or an office, not a name: "the Official Journal of the European Union",
		// "Minister of Finance and Coordinating Minister of the Economy"
		return 0, 0, false
	}
	if _, trig := d.lx.nouns[toks[nameFrom].key]; (trig || titleNouns[toks[nameFrom].key]) && !(toks[nameFrom].flags&fFirstNames != 0) {
		return 0, 0, false // a headline: "President's Call with ...", "Prime Minister Statement"
	}
	// a title followed by a known state or org is no person ("President of Russia" alone)
	if nameTo-nameFrom == 1 && (toks[nameFrom].flags&fFirstNames != 0) && nameTo < len(toks) && len(toks[nameTo].key) == 1 && toks[nameTo].cap {
		if _, known := d.shortNames[toks[nameFrom].key]; !known {
			if e, ok := d.lx.idx.surnames[toks[nameFrom].key]; !ok || e == nil {
				return 0, 0, false // a name cut short ("President Barack O") is no name
			}
		}
	}
	return nameFrom, nameTo, true
}

// bodyChainEnd returns the end of the bodies' names chained by "of (the)"
// after a body's name that ends at token k ("the Senate of the Parliament"),
// or k.
func (d *doc) bodyChainEnd(k int) int {
	toks := d.toks
	for k+1 < len(toks) && toks[k].key == "of" {
		r := k + 1
		if toks[r].key == "the" {
			r++
		}
		e := d.bodyRestEnd(r)
		if e == r {
			return k
		}
		k = e
	}
	return k
}

// titleOf gives person b the state and the role [roleFrom, roleTo) of its
// title (roleFrom -1: none; an honorific alone is no role).
func (d *doc) titleOf(b *entBuild, country string, roleFrom, roleTo int) {
	toks := d.toks
	if b.e.Country == "" && country != "" {
		b.e.Country = country
		d.ensureState(country)
	}
	if roleFrom >= 0 {
		role := strings.TrimSpace(d.text[toks[roleFrom].start:toks[roleTo-1].end])
		role = trimPossessive(role)
		if role != "" && !lookupLower(honorifics, role) {
			b.addRole(role)
			d.noteRole(role, b.e.ID)
		}
	}
}

// titleTailBody names the body that closes a person's title after "of
// (the)" ("Director General of the Kenya Ports Authority William Ruto",
// "the Chief of Staff of the Nigerian Army, Lt. Gen. ..."): a capitalized
// run ending in an organization head, that the gazetteer does not know
// whole. The body qualifies the title: no party to the person's acts.
func (d *doc) titleTailBody(i, nameFrom int, out *[]mention) {
	toks := d.toks
	for k := nameFrom - 1; k > i; k-- {
		if toks[k].key != "of" {
			continue
		}
		from := k + 1
		if from < nameFrom && toks[from].key == "the" {
			from++
		}
		end := from
		for end < nameFrom && toks[end].kind == tokWord && toks[end].cap && (toks[end].flags&(fRoleWords|fHonorifics) == 0 || toks[end].flags&fOrgHeads != 0) {
			end++
		}
		if end-from < 2 || toks[end-1].flags&fOrgHeads == 0 {
			return
		}
		if e := d.gazAt(from); e != nil && from+len(e.keys) >= end && e.kind == gzOrg {
			return // a known body: the title's modifiers name it
		}
		if m, ok := d.orgNamed(from, end, d.surfaceOf(from, end), false); ok {
			m.modifier, m.title = true, true
			*out = append(*out, m)
		}
		return
	}
}

func (d *doc) surfaceOf(from, to int) string {
	s := d.text[d.toks[from].start:d.toks[to-1].end]
	if d.toks[to-1].poss {
		s = trimPossessive(s)
	}
	return s
}

func (d *doc) orgInfo(id string) *entityInfo { return d.lx.idx.byID[id] }

// nameEnd returns the end of a person name starting at token j (j when none):
// capitalized words, initials, hyphenated parts and particles.
// attackTargetPrep reports whether token j is a preposition that introduces
// the target of an attack noun a few words before: "strikes on", "the
// shelling of", "the attacks by the M23 on".
func (d *doc) attackTargetPrep(j int) bool {
	toks := d.toks
	if j < 1 || toks[j].flags&fPrepositions == 0 {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-5; k-- {
		if d.lx.attackNounPrep(toks[k].key, toks[j].key) {
			return true
		}
		if toks[k].kind != tokWord && toks[k].key != "-" {
			return false
		}
	}
	return false
}

// cityOpening reports whether the name [i, end) opening a clause is a city
// of the gazetteer's table followed by its verb: "Kharkiv came under
// fire", "On Monday, Odesa was hit", "Russia said Kharkiv was attacked".
func (d *doc) cityOpening(i, end int) bool {
	toks := d.toks
	if !d.clauseOpening(i) || end >= len(toks) || toks[end].cap || toks[end].kind != tokWord || !d.lx.isVerbishTok(&toks[end]) && !underVerbs[toks[end].key] {
		return false
	}
	if !underVerbs[toks[end].key] && !d.passiveAt(end) && !(toks[end].flags&fBeForms != 0 && (end-i >= 2 || !d.commonWordAt(i))) {
		// only a city that undergoes, or one before a copula that is no
		// common word: "..., Kharkiv was shelled", "Kherson is under fire",
		// "Arunachal Pradesh is" (a surname may be a town: "In a statement,
		// Santos condemned"; a common noun too: "Police killed", "Police are")
		return false
	}
	_, ok := gazetteer.CityState(d.surfaceOf(i, end))
	return ok
}

// commonWordAt reports whether token i is a word of the lexicon's lists
// or triggers, which a town may share ("Police", "Mobile"): not a name.
func (d *doc) commonWordAt(i int) bool {
	t := &d.toks[i]
	return t.flags&(fGroupNouns|fNpFillers|fPersonNounsPlural|fRoleWords|fPlaceNouns|fPrepositions) != 0 || d.lx.isVerbishTok(t)
}

// passiveAt reports whether a passive verb starts at token j ("had been
// struck", "was again shelled", "was repeatedly shelled"): the participle
// after the auxiliaries and adverbs is one that isPassive reads so.
func (d *doc) passiveAt(j int) bool {
	toks := d.toks
	k := j
	for k < len(toks) && k < j+4 && (toks[k].flags&(fBeForms|fVerbAux) != 0 || strings.HasSuffix(toks[k].key, "ly") || auxAdverbs[toks[k].key]) {
		k++
	}
	return k > j && k < len(toks) && !toks[k].cap && (strings.HasSuffix(toks[k].key, "ed") || d.lx.isVerbTriggerTok(&toks[k])) && d.isPassive(k)
}

// clauseOpening reports whether a clause's subject may start at token i:
// the sentence's first word, the word after a dateline's dash or after an
// opening adverbial and its comma ("On Monday, Kharkiv was shelled",
// "Meanwhile, Odesa was hit"), or after a speech verb and its "that"
// ("Russia said on Monday that Kharkiv was attacked").
func (d *doc) clauseOpening(i int) bool {
	toks := d.toks
	switch {
	case i == 0:
		return true
	case toks[i-1].key == "--" || toks[i-1].key == "-" && !toks[i-1].glued:
		return true // a dateline's dash: "KYIV -- Kharkiv was shelled"
	case toks[i-1].flags&fSpeechVerbs != 0 && !toks[i-1].cap:
		return true
	case toks[i-1].key == "that":
		j := i - 2
		for j > 0 && d.inDate(j) {
			j-- // "said on Monday that"
		}
		if j > 0 && toks[j].key == "on" {
			j--
		}
		return j >= 0 && toks[j].flags&fSpeechVerbs != 0
	case toks[i-1].key != "," || i > 8:
		return false
	}
	for k := 0; k < i-1; k++ {
		t := &toks[k]
		if t.kind == tokPunct || t.flags&(fBeForms|fVerbAux|fSpeechVerbs) != 0 || strings.HasSuffix(t.key, "ed") {
			return false // a clause before the comma, not an adverbial
		}
	}
	return true
}

// pluralDemonym reports whether demonym mention m is a people's plural
// ("Ukrainians", "Israelis"): its singular is a demonym of the same state;
// "Swiss" is no plural.
func (d *doc) pluralDemonym(m mention) bool {
	if m.to-m.from != 1 || len(m.ids) != 1 {
		return false
	}
	k := d.toks[m.from].key
	if len(k) < 4 || k[len(k)-1] != 's' || k[len(k)-2] == 's' {
		return false
	}
	for _, e := range d.lx.idx.byFirst[k[:len(k)-1]] {
		if e.kind == gzDemonym && len(e.keys) == 1 && e.ent.id == m.ids[0] {
			return true
		}
	}
	return false
}

// countryInBrackets returns the state named alone in brackets at token end
// ("(France)"), or "".
func (d *doc) countryInBrackets(end int) string {
	toks := d.toks
	if end >= len(toks) || toks[end].key != "(" {
		return ""
	}
	e := d.gazAt(end + 1)
	if e == nil || e.kind != gzState {
		return ""
	}
	if k := end + 1 + len(e.keys); k < len(toks) && toks[k].key == ")" {
		return e.ent.id
	}
	return ""
}

// acronymOrg reads an unknown acronym in running text as an organization:
// three to eight capitals (digits allowed after the first), not a page word
// or unit (non-org-acronyms), in a sentence that is not itself in capitals,
// and not a dateline or speaker label ("MONUSCO", "SADC", "ECCAS").
func (d *doc) acronymOrg(i int) (mention, bool) {
	toks := d.toks
	t := toks[i]
	if !t.upper || t.kind != tokWord || len(t.key) < 3 || len(t.key) > 8 || nonOrgAcronyms[t.key] || t.flags&(fNonNameWords|fRoleWords|fFirstNames) != 0 {
		return mention{}, false
	}
	digits := 0
	for k := 0; k < len(t.key); k++ {
		if c := t.key[k]; !(c >= 'a' && c <= 'z' || k > 0 && c >= '0' && c <= '9') {
			return mention{}, false
		} else if c <= '9' {
			digits++
		}
	}
	if i == 0 && !(i+1 < len(toks) && toks[i+1].kind == tokWord && !toks[i+1].cap) || i+1 < len(toks) && (toks[i+1].key == ":" || toks[i+1].key == ",") && i < 2 {
		return mention{}, false // a dateline or a speaker label ("JNIM attacked ..." opens a sentence)
	}
	end := i + 1
	if i+2 < len(toks) && toks[i+1].key == "-" && toks[i+1].glued && toks[i+2].glued && toks[i+2].upper && toks[i+2].kind == tokWord {
		end = i + 3 // "CEN-SAD"
	}
	if i > 0 && toks[i-1].cap && toks[i-1].kind == tokWord || end < len(toks) && toks[end].cap && toks[end].kind == tokWord {
		return mention{}, false // part of a longer name: "USS Carney", "Bayraktar TB2"
	}
	lower := 0
	for _, tk := range toks {
		if tk.kind == tokWord && !tk.cap {
			lower++
		}
	}
	if lower < 3 {
		return mention{}, false // a headline or a line in capitals
	}
	name := d.surfaceOf(i, end)
	if lookupLower(d.bylines, name) {
		return mention{}, false
	}
	if m, ok := d.bracketedAlias(i, end, name); ok {
		return m, true
	}
	if digits > 0 && len(t.key)-digits < 4 {
		return mention{}, false // "A0A", "B2B": a short code of letters and digits names nothing unless defined in brackets ("BP2MI" may)
	}
	id := d.entityID(graph.KindOrganization, name)
	d.entity(id, graph.KindOrganization, name)
	d.addMention(id, name)
	return mention{from: i, to: end, ids: []string{id}, kind: graph.KindOrganization, how: howName, poss: toks[end-1].poss}, true
}

// orgLinkWords may stand before "the" inside an organization's name ("Office
// for West Africa and the Sahel", "Friends of the Earth").
var orgLinkWords = map[string]bool{"of": true, "for": true, "and": true, "on": true, "in": true}

// nonOrgAcronyms: see lexicon/words.txt.
var nonOrgAcronyms = wordSet("non-org-acronyms")

// onHeads: see lexicon/words.txt.
var onHeads = wordSet("on-heads")

// personNameAt reports whether tokens k and k+1 are a two-word name followed
// by a predicate: "To Lam visited", "To Lam said".
func (d *doc) personNameAt(k int) bool {
	toks := d.toks
	if k+2 >= len(toks) || !toks[k].cap || !toks[k+1].cap || toks[k].kind != tokWord || toks[k+1].kind != tokWord {
		return false
	}
	if (toks[k].flags|toks[k+1].flags)&fOrgHeads != 0 {
		return false
	}
	return !toks[k+2].cap && d.verbAfter(k+2)
}

// headlineVerbs: see lexicon/words.txt.
var headlineVerbs = wordSet("headline-verbs")

func (d *doc) nameEnd(j int) int {
	toks := d.toks
	k := j
	words := 0
	for k < len(toks) && words < 5 {
		tk := toks[k]
		if tk.kind != tokWord {
			if tk.key == "-" && tk.glued && words > 0 && k+1 < len(toks) && toks[k+1].glued && toks[k+1].kind == tokWord {
				k++
				continue
			}
			break
		}
		if !tk.cap {
			var goOn bool
			if k, goOn = d.lowerInName(k, words); goOn {
				continue
			}
			break
		}
		if d.capitalEndsName(j, k, words) {
			break
		}
		if tk.upper && len(tk.key) > 1 && words > 0 && !(tk.flags&fFirstNames != 0) {
			if regnalNumerals[tk.key] && tk.upper || d.upperSurnameAt(k) {
				k++ // "Abdullah II", "Mohammed VI": the numeral ends the name; "Ivan PETROV,"
			}
			break
		}
		words++
		k++
		if tk.poss {
			break
		}
		// an initial: "J."
		if len(tk.key) == 1 && k < len(toks) && toks[k].key == "." && toks[k].glued {
			k++
		}
	}
	return d.trimNameEnd(j, k)
}

// lowerInName reads the lower-case word at token k inside a name of words
// words so far: a particle before a capital ("bin Salman"), two particles
// ("von der Leyen", "de la Fuente"), the glued part after a hyphen
// ("Jong-un"). It returns where the name goes on and whether it does.
func (d *doc) lowerInName(k, words int) (int, bool) {
	toks, tk := d.toks, d.toks[k]
	if (tk.flags&fNameParticles != 0) && k+1 < len(toks) && words > 0 && (toks[k+1].cap || toks[k+1].key == "-" && toks[k+1].glued) {
		return k + 1, true
	}
	if (tk.flags&fNameParticles != 0) && k+2 < len(toks) && words > 0 && toks[k+1].flags&fNameParticles != 0 && !toks[k+1].cap && toks[k+2].cap && toks[k+2].kind == tokWord {
		return k + 2, true
	}
	if words > 0 && k > 0 && toks[k-1].key == "-" && toks[k-1].glued && tk.glued && !placeCompounds[tk.key] {
		return k + 1, !tk.poss
	}
	return k, false
}

// capitalEndsName reports whether the capitalized word at token k ends the
// name begun at j: a word no name holds, a role word, a trigger, a
// headline verb ("Foreign Ministers Hold Talks": a headline, no name), or
// a known name of another kind (but a known name after a particle, and
// after a particle and a hyphen, is part of the name: "Mocímboa da
// Praia", "Abdul-Malik al-Houthi", "Mishal Al-Ahmad Al-Sabah").
func (d *doc) capitalEndsName(j, k, words int) bool {
	toks, tk := d.toks, d.toks[k]
	if (tk.flags&fNonNameWords != 0) && !(words > 0 && d.monthAbbrevName(k)) || (tk.flags&fRoleWords != 0) && !(tk.flags&fFirstNames != 0) && !d.roleWordSurname(j, k) || d.lx.isVerbTriggerTok(&tk) && words > 0 ||
		tk.flags&fPersonNounsPlural != 0 || words > 0 && headlineVerbs[tk.key] {
		return true
	}
	e := d.gazAt(k)
	return e != nil && e.kind != gzPerson && !(len(e.keys) == 1 && (toks[j].flags&fFirstNames != 0) && e.kind != gzOrg) &&
		!(words > 0 && len(e.keys) == 1 && toks[k-1].flags&fNameParticles != 0 && !toks[k-1].cap) && !(words > 0 && e.kind == gzDemonym && d.surnameDemonym(j, k)) && !(words == 1 && e.kind == gzState && len(e.keys) == 1 && d.surnameState(j, k)) &&
		!(words > 0 && len(e.keys) == 1 && k >= 2 && toks[k-1].key == "-" && toks[k-1].glued && tk.glued && toks[k-2].flags&fNameParticles != 0)
}

// trimNameEnd takes off the end of the name j..k a particle, a hyphen or
// an initial's period run, and a lone single letter ("Barack O").
func (d *doc) trimNameEnd(j, k int) int {
	toks := d.toks
	for k > j && (toks[k-1].kind == tokPunct && toks[k-1].key != "." || (toks[k-1].flags&fNameParticles != 0) && !toks[k-1].cap) {
		k--
	}
	if k > j && toks[k-1].kind == tokWord && len(toks[k-1].key) == 1 && !(k < len(toks) && toks[k].key == ".") {
		k--
	}
	return k
}

// roleWordSurname reports whether the role word at token k is the surname
// of the given name at token j before it, closing the name: "Julie
// Bishop.", "John Major said" (not "Maria General Secretary").
func (d *doc) roleWordSurname(j, k int) bool {
	toks := d.toks
	return k == j+1 && toks[j].flags&fFirstNames != 0 && toks[j].flags&fRoleWords == 0 && !toks[k].upper && toks[k].flags&fRoleHeads == 0 &&
		(k+1 == len(toks) || !(toks[k+1].cap && toks[k+1].kind == tokWord) && toks[k+1].key != "of")
}

// upperSurnameAt reports whether the word in capitals at token k closes a
// person's name as its surname, the way designation lists write it ("Ivan
// Sergeyevich PETROV, a GRU officer"): no known name or acronym, and
// punctuation after it.
func (d *doc) upperSurnameAt(k int) bool {
	toks := d.toks
	return len(toks[k].key) > 2 && !toks[k].dotted && k > 0 && !toks[k-1].upper && d.gazAt(k) == nil && d.acronyms[d.surfaceOf(k, k+1)] == "" &&
		(k+1 == len(toks) || toks[k+1].kind == tokPunct && toks[k+1].key != "-")
}

// titleNouns follow a title in headlines, never as a name: "President's Statement".
var titleNouns = wordSet("title-nouns")

// regnalNumerals end a monarch's name.
var regnalNumerals = wordSet("regnal-numerals")

// isVerbTriggerTok is isVerbTriggerWord(t.key), read from t's flags for a word.
func (lx *Lexicon) isVerbTriggerTok(t *token) bool {
	if t.kind != tokWord {
		return lx.isVerbTriggerWord(t.key)
	}
	return t.flags&(fVerbTrig|fSpeechVerbs) != 0
}

func (lx *Lexicon) isVerbTriggerWord(k string) bool {
	_, ok := lx.verbs[k]
	return ok || speechVerbs[k]
}

// resolvePersonName returns the person the name tokens [from, to) name: a
// known person, a person already named in the document (by a short name), or
// a new person.
func (d *doc) resolvePersonName(from, to int) *entBuild {
	toks := d.toks
	name := d.surfaceOf(from, to)
	if lookupLower(d.bylines, name) {
		return nil
	}
	if e := d.gazAt(from); e != nil && e.kind == gzPerson && from+len(e.keys) == to {
		return d.entityFromInfo(e.ent)
	}
	words := 0
	for _, t := range toks[from:to] {
		if t.kind == tokWord && len(t.key) > 1 {
			words++
		}
	}
	if words == 1 {
		k := toks[from].key
		for x := from; x < to; x++ {
			if toks[x].kind == tokWord && len(toks[x].key) > 1 {
				k = toks[x].key
			}
		}
		if id, ok := d.shortNames[k]; ok {
			return d.ents[id]
		}
		if from > 0 && givenNameTitles[toks[from-1].key] {
			if b := d.byGivenName(k); b != nil {
				return b // "Sheikh Mohammed" after "Sheikh Mohammed bin Abdulrahman bin Jassim al-Thani"
			}
		}
		if id, ok := d.leadNames[k]; ok && d.ents[id] != nil {
			return d.ents[id] // "Wang" after "Chinese national Wang Jiqiang": the document's Wang, not a known one
		}
		if e, ok := d.lx.idx.surnames[k]; ok && e != nil {
			return d.entityFromInfo(e)
		}
	}
	// a part of the full name of a person named before: "Hassan Sheikh" for
	// "Hassan Sheikh Mohamud", "de Zela" for "Hugo de Zela"
	if words >= 2 || toks[from].flags&fNameParticles != 0 && !toks[from].cap {
		if b := d.partOfKnownName(from, to); b != nil {
			return b
		}
	}
	// a longer mention of a known person: "Antony J. Blinken"
	canon := canonicalPersonName(toks[from:to], d.text)
	if e := d.knownByCanon(canon); e != nil {
		b := d.entityFromInfo(e)
		if name != b.e.Name {
			b.addAlias(name)
		}
		return b
	}
	id := d.entityID(graph.KindPerson, canon)
	if id == "person:" {
		return nil
	}
	b := d.entity(id, graph.KindPerson, canon)
	if name != canon {
		b.addAlias(name)
	}
	return b
}

func (d *doc) knownByCanon(canon string) *entityInfo { return d.lx.idx.persons[personKey(canon)] }

// canonicalPersonName drops middle initials: "Antony J. Blinken" -> "Antony Blinken".
func canonicalPersonName(toks []token, text string) string {
	var parts []string
	var b strings.Builder
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		if t.kind == tokWord && len(t.key) == 1 && k > 0 && k < len(toks)-1 {
			if k+1 < len(toks) && toks[k+1].key == "." {
				k++
			}
			continue
		}
		if t.kind == tokPunct {
			if t.key == "-" && b.Len() > 0 {
				b.WriteString("-")
			}
			continue
		}
		w := text[t.start:t.end]
		if t.poss {
			w = trimPossessive(w)
		}
		if b.Len() > 0 && !strings.HasSuffix(b.String(), "-") {
			parts = append(parts, b.String())
			b.Reset()
		}
		b.WriteString(w)
	}
	if b.Len() > 0 {
		parts = append(parts, b.String())
	}
	for len(parts) > 2 && lookupLower(nameSuffixes, parts[len(parts)-1]) {
		parts = parts[:len(parts)-1]
	}
	for k, p := range parts {
		if k > 0 && len(p) > 2 && strings.ToUpper(p) == p && strings.ToUpper(parts[0]) != parts[0] && !regnalNumerals[strings.ToLower(p)] {
			parts[k] = titleCaseWords(p) // "Ivan PETROV" is Ivan Petrov ("Abdullah II" stays)
		}
	}
	return strings.Join(parts, " ")
}

// nameSuffixes end a name without being its surname.
var nameSuffixes = wordSet("name-suffixes")

// orgChunk reads an organization named by a capitalized phrase with an
// organization head ("World Institute for North Korea Studies", "Iranian
// Foreign Ministry") when it is longer than the index match e at token i.
func (d *doc) orgChunk(i int, e *gazEntry) (mention, bool) {
	toks := d.toks
	gazEnd := i
	if e != nil {
		gazEnd = i + len(e.keys)
		if e.kind == gzPerson {
			return mention{}, false
		}
	}
	if e == nil && (memberWords[toks[i].key] || toks[i].flags&fPersonNounsPlural != 0 && i+1 < len(toks) && toks[i+1].key == "of") {
		return mention{}, false // "Member of the Political Bureau ...": a title, not a body; "Officials of the ..."
	}
	j, lastHead := d.orgRun(i, e, gazEnd)
	if lastHead < 0 || e == nil && d.speakerOfBody(i, lastHead) {
		return mention{}, false
	}
	end := d.orgTail(lastHead, j)
	if end <= gazEnd {
		return mention{}, false
	}
	start, ok := d.orgChunkStart(i, e, lastHead, end)
	if !ok || d.legalFormOnly(start, end) {
		return mention{}, false // ("Grupo Bravo, S.A. de C.V.,": the form alone names no company)
	}
	name := d.surfaceOf(start, end)
	if lookupLower(d.bylines, name) {
		return mention{}, false
	}
	if venueHeads[toks[end-1].key] && end == lastHead+1 && d.atVenue(start) && e == nil {
		return d.placeMention(start, end), true // "held at the Mulungushi International Conference Centre": a venue
	}
	return d.orgMention(i, e, start, end, name), true
}

// orgChunkStart returns where the organization name of chunk [i, end),
// whose last head is at lastHead, starts, or false when the chunk names a
// role, a known body inside it, or no body at all.
func (d *doc) orgChunkStart(i int, e *gazEntry, lastHead, end int) (int, bool) {
	toks := d.toks
	// the chunk may not begin with a sentence-initial function word
	start := i
	for start < end && orgLeadSkip[toks[start].key] {
		start++
	}
	for k := i; k <= lastHead; k++ {
		if (toks[k].flags&fRoleHeads != 0) && toks[k].key != "head" && !(k == start && k < lastHead && toks[k+1].flags&fOrgHeads != 0 && toks[k+1].cap) && !companySuffixes[toks[lastHead].key] && !(k > start && tradeHeads[toks[lastHead].key]) && !d.roleOffice(start, lastHead) {
			// (a role word inside a trading firm's name is the name's: "Blue Dhow General Trading")
			// (a role word first, then a head, names a body: "General Staff", "General Directorate")
			return 0, false // "Naval Forces Chief of Staff": a role, not an organization
		}
		if e2 := d.gazAt(k); k > i && e2 != nil && e2.kind == gzOrg && k+len(e2.keys) > lastHead && e == nil && toks[k-1].key != "and" && !d.organTail(k) && !d.qualifiedBody(start, k) {
			return 0, false // "Implements United Nations Security Council": the known name wins
		}
	}
	if start >= lastHead && !(start == lastHead && lastHead > i) {
		if start > lastHead {
			return 0, false
		}
	}
	// plural heads and "Executive Order"-like phrases are no organizations
	if start == lastHead && start == end-1 {
		return 0, false
	}
	return start, true
}

// orgMention adds the organization named name by tokens [start, end) of
// the chunk at token i (e its index match, if any), with the state that
// names or owns it, the body it belongs to, and an acronym in brackets
// after it.
func (d *doc) orgMention(i int, e *gazEntry, start, end int, name string) mention {
	toks := d.toks
	country := ""
	if e != nil && start == i && (e.kind == gzState || e.kind == gzDemonym) {
		country = e.ent.id
	} else if e2 := d.gazAt(start); start > i && e2 != nil && (e2.kind == gzState || e2.kind == gzDemonym) {
		country = e2.ent.id // "The US Africa Command": the state after a leading "The"
	}
	surface, idName := name, name
	if st := d.possessiveStateBefore(start); st != "" {
		// "Brazil's Foreign Ministry" is Brazil's, not any state's Foreign Ministry
		country = st
		if b := d.ents[st]; b != nil {
			idName += " of " + b.e.Name
		}
		surface = d.surfaceOf(start-1, end)
	}
	id := d.entityID(graph.KindOrganization, idName)
	b := d.entity(id, graph.KindOrganization, name)
	if b.e.Country == "" && country != "" {
		b.e.Country = country
		d.ensureState(country)
	}
	d.namedInsideBody(b, start, end)
	d.addMention(id, surface)
	d.noteOwnWords(start, end, id)
	if country != "" {
		d.aliasAfterState(b, start, end)
	}
	if b.parent == "" {
		b.parent = d.parentOrgIn(start+1, end)
	}
	if b.parent != "" {
		d.aliasBeforeParent(b, start, end)
	}
	m := mention{from: start, to: end, ids: []string{id}, kind: graph.KindOrganization, how: howName, poss: toks[end-1].poss}
	d.bracketedAcronymAfter(b, end, name, id)
	return m
}

// aliasAfterState gives body b, named by tokens [start, end) after a
// state's name or people's word, its name without it as an alias when that
// name starts with an organization head and "of" or "for" ("Department of
// Home Affairs" of "the Australian Department of Home Affairs").
func (d *doc) aliasAfterState(b *entBuild, start, end int) {
	toks := d.toks
	e := d.gazAt(start)
	if e == nil || e.kind != gzState && e.kind != gzDemonym {
		return
	}
	k := start + len(e.keys)
	if k+2 < end && toks[k].cap && toks[k].flags&fOrgHeads != 0 && (toks[k+1].key == "of" || toks[k+1].key == "for") {
		b.addAlias(d.surfaceOf(k, end))
	}
}

// bracketedAcronymAfter gives body b, named name and ending at token end,
// the acronym in brackets right after it as an alias, and defines it when
// it fits the name.
func (d *doc) bracketedAcronymAfter(b *entBuild, end int, name, id string) {
	toks := d.toks
	// an acronym in brackets right after: "Office of Foreign Assets Control (OFAC)", "(CEN-SAD)"
	if end+2 < len(toks) && toks[end].key == "(" && toks[end+2].key == ")" && !toks[end+1].upper && toks[end+1].cap && d.gazAt(end+1) == nil && strings.HasPrefix(toks[end+1].key, strings.ToLower(name[:1])) {
		b.addAlias(d.text[toks[end+1].start:toks[end+1].end]) // a short name or an acronym in mixed case: "(Petroperú)", "(MApN)"
		return
	}
	if end+2 < len(toks) && toks[end].key == "(" && toks[end+1].upper {
		if c := end + 2; toks[c].key == ")" {
			b.addAlias(d.text[toks[end+1].start:toks[end+1].end])
			if acronymFits(d.text[toks[end+1].start:toks[end+1].end], name) {
				d.defineAcronym(d.text[toks[end+1].start:toks[end+1].end], id)
			}
		} else if c+2 < len(toks) && toks[c].key == "-" && toks[c+1].upper && toks[c+2].key == ")" {
			b.addAlias(d.text[toks[end+1].start:toks[c+1].end])
		}
	}
}

// aliasBeforeParent gives body b, named [start, end) with the body it
// belongs to after "of", its own words up to its first head as an alias:
// "Munitions Industry Department" of "Munitions Industry Department of the
// Workers' Party of Korea" (a head alone, "Ministry", is none).
func (d *doc) aliasBeforeParent(b *entBuild, start, end int) {
	toks := d.toks
	for k := start + 1; k+1 < end; k++ {
		if toks[k].flags&fOrgHeads != 0 && toks[k+1].key == "of" {
			b.addAlias(d.surfaceOf(start, k+1))
			return
		}
	}
}

// bodyQualifiers before a known body's generic name make another body:
// "the Federal Foreign Office" is Germany's, not the British Foreign Office;
// "the Supreme National Security Council" (lexicon/words.txt).
var bodyQualifiers = wordSet("body-qualifiers")

// qualifiedBody reports whether the words [from, k) before a known body's
// name are all capitalized qualifiers.
func (d *doc) qualifiedBody(from, k int) bool {
	if from >= k {
		return false
	}
	for j := from; j < k; j++ {
		if !d.toks[j].cap || !bodyQualifiers[d.toks[j].key] {
			return false
		}
	}
	return true
}

// namedInsideBody names the state and the bodies that the organization b's
// name [start, end) holds: "the MSS Mission in Haiti" (Haiti, b's state),
// "the Official Journal of the European Union", "the African Union Support
// and Stabilisation Mission" (the body it belongs to).
func (d *doc) namedInsideBody(b *entBuild, start, end int) {
	toks := d.toks
	for k := start + 1; k < end; k++ {
		if e2 := d.gazAt(k); e2 != nil && e2.kind == gzState && (toks[k-1].key == "in" || toks[k-1].key == "of" || toks[k-1].key == "the") {
			// "the MSS Mission in Haiti", "the Ministry of Defense of the Republic of Indonesia": the state is named
			d.ensureState(e2.ent.id)
			if b.e.Country == "" {
				b.e.Country = e2.ent.id
			}
			break
		}
	}
	for k := start + 2; k < end; k++ {
		if e2 := d.gazAt(k); e2 != nil && e2.kind == gzOrg && toks[k-1].key == "the" && toks[k-2].key == "of" && k+len(e2.keys) == end {
			// "the Official Journal of the European Union": the body it belongs to is named too
			pb := d.entityFromInfo(e2.ent)
			d.addMention(pb.e.ID, d.surfaceOf(k, end))
			break
		}
	}
	if e2 := d.gazAt(start); e2 != nil && e2.kind == gzOrg && start+len(e2.keys) < end && toks[start+len(e2.keys)].cap {
		// "the African Union Support and Stabilisation Mission": the body it is part of is named too
		pb := d.entityFromInfo(e2.ent)
		d.addMention(pb.e.ID, d.surfaceOf(start, start+len(e2.keys)))
	}
}

// possessiveStateBefore returns the state of the possessive mention that
// ends right before token j ("Brazil's" before "Foreign Ministry"), or "".
func (d *doc) possessiveStateBefore(j int) string {
	if n := len(d.ments); n > 0 {
		if m := d.ments[n-1]; m.to == j && m.poss && m.kind == graph.KindState && len(m.ids) == 1 && m.how == howName {
			return m.ids[0]
		}
	}
	return ""
}

// orgRun scans the capitalized run of an organization's name from token i
// (e its gazetteer entry, ending at gazEnd): it returns the run's end and
// its last organization head ("Council", "Forces"), or -1.
func (d *doc) orgRun(i int, e *gazEntry, gazEnd int) (int, int) {
	toks := d.toks
	j := i
	lastHead := -1
	for j < len(toks) {
		tk := toks[j]
		if tk.kind != tokWord {
			if d.punctInOrgName(j, lastHead, e, gazEnd) {
				j++
				continue
			}
			break
		}
		if !tk.cap && !startsWithDigit(tk) {
			var goOn bool
			if j, goOn = d.lowerInOrgName(i, j, lastHead, e, gazEnd); goOn {
				continue
			}
			break
		}
		if (headlineVerbs[tk.key] || d.lx.isVerbTriggerTok(&toks[j])) && d.titleCase() && !d.companyWordBefore(j) {
			if j == i {
				return j, -1
			}
			break // "Treasury Sanctions Procurement Network Supplying ...": a headline's verb ends the name
		}
		if tk.flags&fOrgHeads != 0 {
			lastHead = j
		}
		if tk.mayHave(fWeekday) && isWeekday(tk.key) || tk.mayHave(fMonth) && monthNames[tk.key] > 0 && len(tk.key) > 2 {
			break
		}
		j++
		if tk.poss && !(innerPossessives[tk.key] && j < len(toks) && toks[j].cap && toks[j].kind == tokWord) {
			break // ("the People's Liberation Army": a possessive inside the name)
		}
	}
	return j, lastHead
}

// companyWordBefore reports whether the word at token j goes on, in a
// line of capitals, to a company's suffix: "PERSIAN GULF STAR SHIPPING
// CO", "Pacific Bridge Shipping Co., Limited", "Horizon Supply Company".
func (d *doc) companyWordBefore(j int) bool {
	toks := d.toks
	if j+1 >= len(toks) || !toks[j+1].cap {
		return false
	}
	k := toks[j+1].key
	return companySuffixes[k] || k == "company" || k == "corporation"
}

// punctInOrgName reports whether the punctuation at token j goes on in an
// organization's name run: a glued hyphen, a company's "Co.,", a comma in
// a list of portfolios after a head and "of".
func (d *doc) punctInOrgName(j, lastHead int, e *gazEntry, gazEnd int) bool {
	toks, tk := d.toks, d.toks[j]
	if tk.key == "-" && tk.glued && !(e != nil && e.kind == gzOrg && j == gazEnd) {
		return true // ("Mercosur-European Union agreement": two known bodies, no compound)
	}
	if d.companyCoAt(j) {
		return true // "Shenzhen Hailan Electronics Co., Ltd."
	}
	// "Ministry of Mining, Blue Economy and Maritime Affairs"
	return lastHead >= 0 && j > lastHead+1 && (toks[lastHead+1].key == "of" || toks[lastHead+1].key == "on" || toks[lastHead+1].key == "for") && d.listCommaInName(j, len(toks))
}

// lowerInOrgName reads the lower-case word at token j of an organization's
// name run from i: a foreign link ("del", "por la"), or "of", "for", "and",
// "the", "on", "in" before a capital (unless it joins two bodies, or
// follows a known name). It returns where the run goes on and whether it
// does.
func (d *doc) lowerInOrgName(i, j, lastHead int, e *gazEntry, gazEnd int) (int, bool) {
	toks, tk := d.toks, d.toks[j]
	if n := d.foreignLinkEnd(j, lastHead); n > j {
		return n, true // "Universidad del Rosario", "Unión por la Patria"
	}
	if d.legalFormTailAt(j) {
		return j + 1, true // "Golfo Azul Logistics S.A. de C.V."
	}
	if tk.key == "the" && !orgLinkWords[toks[j-1].key] {
		return j, false // "Requests the AU Commission": a verb before a name
	}
	if (tk.key == "of" || tk.key == "for" || tk.key == "and" || tk.key == "the" || tk.key == "on" || tk.key == "in") && j > i && j+1 < len(toks) && (toks[j+1].cap || toks[j+1].key == "the" && j+2 < len(toks) && toks[j+2].cap) {
		if tk.key == "and" && (companySuffixes[toks[j-1].key] || legalFormTails[toks[j-1].key] && toks[j-1].dotted || lastHead < 0 && (e != nil || toks[j+1].key == "the") || e != nil && j == gazEnd || lastHead >= 0 && (d.knownOrgAfterAnd(j) || d.stateEndsAt(j)) || lastHead == j-1 && toks[j+1].key == "the" || lastHead >= 0 && toks[j+1].key == "the" && d.bodyRestEnd(j+2) > j+2 || d.coordinatedBodies(i, j)) {
			// "the African Union and the United Nations Security Council", "the Ministry of Defense of Indonesia and TUSAŞ",
			// "the Ministry of Defence and the Ministry of the Interior": two bodies
			return j, false
		}
		if (tk.key == "on" || tk.key == "in") && (e != nil && e.kind == gzOrg && j == gazEnd || toks[j-1].upper) {
			return j, false // "the attack by JNIM on the Malian Armed Forces": a known name is whole
		}
		return j + 1, true
	}
	return j, false
}

// coordinatedBodies reports whether the "and" at token j (inside a run from i)
// joins two bodies that each have a head of their own: capitalized words
// before it, two at least, one of them an organization head, a trade head or a
// company suffix ("Raiffeisen Bank International", "Sea Dragon Shipping"), and
// after it (and an optional "the") capitalized words with such a head ("OTP
// Bank", "Bluewave Telecom Solutions Inc."). "Bureau of Fisheries and Aquatic
// Resources" and "Peace and Security Council" stay one body.
func (d *doc) coordinatedBodies(i, j int) bool {
	toks := d.toks
	if !d.bodyHeadIn(j-1, max(i, j-6), -1) || j-2 < i || !toks[j-2].cap || toks[j-2].kind != tokWord {
		return false
	}
	k := j + 1
	if k < len(toks) && toks[k].key == "the" {
		k++
	}
	return d.bodyHeadIn(k, min(len(toks)-1, k+5), 1)
}

// bodyHeadIn reports whether the capitalized words from token from, read in
// direction step and at most to token to, hold an organization head, a trade
// head or a company suffix.
func (d *doc) bodyHeadIn(from, to, step int) bool {
	toks := d.toks
	for k := from; k >= 0 && k < len(toks) && (step > 0 && k <= to || step < 0 && k >= to); k += step {
		tk := toks[k]
		if tk.key == "-" && tk.glued {
			continue // "Vostok-Komponent LLC"
		}
		if tk.kind != tokWord || !tk.cap {
			return false
		}
		if tk.flags&fOrgHeads != 0 || tradeHeads[tk.key] { // fOrgHeads: org heads and company suffixes
			return true
		}
	}
	return false
}

// companyCoAt reports whether the punctuation at token j sits inside "Co.,
// Ltd." (or "Co., Inc."): the period after "Co" and the comma before the
// suffix.
func (d *doc) companyCoAt(j int) bool {
	toks := d.toks
	switch {
	case toks[j].key == "." && j > 0 && toks[j-1].key == "co" && toks[j].glued:
		return j+2 < len(toks) && toks[j+1].key == "," && companySuffixes[toks[j+2].key]
	case toks[j].key == "," && j > 1 && toks[j-1].key == "." && toks[j-2].key == "co":
		return j+1 < len(toks) && companySuffixes[toks[j+1].key]
	}
	return false
}

// innerHyphen reports whether token k is a hyphen inside a capitalized
// compound: "Military-Technical".
func (d *doc) innerHyphen(k int) bool {
	toks := d.toks
	return toks[k].key == "-" && toks[k].glued && k > 0 && toks[k-1].cap && k+1 < len(toks) && toks[k+1].glued && toks[k+1].cap
}

// speakerOfBody reports whether the run from token i to its head at
// lastHead is a speaker's name and the body he belongs to after "of", right
// after a speech verb: "said Ana Ruiz of the Andes Observatory" names a
// person, not a body.
func (d *doc) speakerOfBody(i, lastHead int) bool {
	toks := d.toks
	if i == 0 || toks[i-1].flags&fSpeechVerbs == 0 || toks[i-1].cap {
		return false
	}
	for p := i + 2; p <= i+3 && p < lastHead; p++ {
		if toks[p].key == "of" {
			return d.nameLike(i, p) && d.bodyRestEnd(i) == i
		}
	}
	return false
}

// foreignOrgLinks join the words of a body's name in Spanish, Portuguese
// or French, foreignOrgDets may follow them ("Fiscalía General de la
// Nación"); lexicon/words.txt.
var (
	foreignOrgLinks = wordSet("foreign-org-links")
	foreignOrgDets  = wordSet("foreign-org-dets")
)

// foreignLinkEnd returns the token after a link word at j (and a
// determiner) inside a body's name whose head so far, at lastHead, is a
// Spanish, Portuguese or French one ("Clan del Golfo"): a capitalized word
// must follow. It returns j when there is none.
func (d *doc) foreignLinkEnd(j, lastHead int) int {
	toks := d.toks
	if lastHead < 0 || !foreignOrgHeads[toks[lastHead].key] || !foreignOrgLinks[toks[j].key] {
		return j
	}
	k := j + 1
	if k < len(toks) && foreignOrgDets[toks[k].key] && !toks[k].cap {
		k++
	}
	if k < len(toks) && toks[k].kind == tokWord && toks[k].cap {
		return k
	}
	return j
}

// companySuffixes end a company's name ("LLC", "FZE"): a role word before
// one belongs to the name ("General Trading FZE").
var companySuffixes = wordSet("company-suffixes")

// legalFormTails go on a legal form after "de" ("S.A. de C.V."); see lexicon/words.txt.
var legalFormTails = wordSet("legal-form-tails")

// legalFormOnly reports whether the words of [from, to) are a legal form
// and nothing else: "S.A. de C.V.".
func (d *doc) legalFormOnly(from, to int) bool {
	for k := from; k < to; k++ {
		if t := d.toks[k]; t.kind == tokWord && !companySuffixes[t.key] && !legalFormTails[t.key] && t.key != "de" {
			return false
		}
	}
	return true
}

// legalFormTailAt reports whether token j is the "de" inside a legal form,
// between two dotted abbreviations: "S.A. de C.V.", "S.A.B. de C.V.".
func (d *doc) legalFormTailAt(j int) bool {
	toks := d.toks
	return j > 0 && j+1 < len(toks) && toks[j].key == "de" && toks[j-1].dotted && toks[j+1].dotted && legalFormTails[toks[j+1].key]
}

// venueHeads end an organization's name that is a place after "at": "held
// at the Mulungushi International Conference Centre".
var venueHeads = wordSet("venue-heads")

// innerPossessives are possessives that stay inside an organization's name:
// "Uganda People's Defence Force", "Workers' Party of Korea".
var innerPossessives = wordSet("inner-possessives")

// inTailHeads are organization heads whose name goes on with "in" and a
// place: "Mission in Somalia", "Embassy in Abuja"; see lexicon/words.txt.
var inTailHeads = wordSet("in-tail-heads")

// orgTail returns the end of an organization's name whose head is at
// lastHead, in a capitalized run ending at j: the tail after the head goes
// on ("of Korea", "for North Korea Studies", "Mission in Somalia").
func (d *doc) orgTail(lastHead, j int) int {
	toks := d.toks
	if foreignOrgHeads[toks[lastHead].key] {
		k := j
		for k > lastHead+1 && !(toks[k-1].cap && toks[k-1].kind == tokWord) {
			k-- // ("at the Universidad del Rosario on Monday")
		}
		if k > lastHead+1 {
			return k // a head-first name in Spanish, Portuguese or French: "Clan del Golfo", "Migración Colombia"
		}
	}
	end := lastHead + 1
	for end < j {
		if end+1 < j && d.legalFormTailAt(end) {
			end += 2 // "S.A. de C.V."
			continue
		}
		if toks[end].kind != tokWord || !toks[end].cap || !tradeHeads[toks[end].key] && !companySuffixes[toks[end].key] {
			break
		}
		end++ // a trade word or legal form after the head: "Raiffeisen Bank International"
	}
	// the tail after the head: "of Korea", "for North Korea Studies"
	if end < len(toks) && !toks[end-1].poss && (toks[end].key == "of" || toks[end].key == "for" || toks[end].key == "on" && onHeads[toks[end-1].key] || toks[end].key == "in" && inTailHeads[toks[end-1].key]) {
		// ("Mission in Somalia": a mission's name goes on with its place)
		k := end + 1
		if k < len(toks) && toks[k].key == "the" {
			k++
		}
		tail := k
		for k < j && (toks[k].kind == tokWord || d.listCommaInName(k, j) || d.innerHyphen(k)) && (toks[k].cap || d.listCommaInName(k, j) || d.innerHyphen(k) || (toks[k].key == "and" || toks[k].key == "of") && k+1 < j && toks[k+1].cap ||
			(toks[k].key == "and" || toks[k].key == "of") && k+2 < j && toks[k+1].key == "the" && toks[k+2].cap ||
			toks[k].key == "the" && (toks[k-1].key == "and" || toks[k-1].key == "of") ||
			toks[k].key == "on" && onHeads[toks[k-1].key] && k+1 < j && toks[k+1].cap) { // ("Panel of Experts on Somalia")
			if e2 := d.gazAt(k); e2 != nil && e2.kind == gzState && d.personNameAt(k+len(e2.keys)) {
				k += len(e2.keys) // "Communist Party of Vietnam To Lam visited": the name ends with its state
				break
			}
			k++
			if toks[k-1].poss {
				break
			}
		}
		if k > tail {
			end = k
		}
	}
	return end
}

// surnameDemonym reports whether the people's word at token k closes the
// name that a role word opens at token j ("human rights chief Volker
// Türk on Thursday"): a name after a role, and no noun after the word for
// it to qualify.
func (d *doc) surnameDemonym(j, k int) bool {
	toks := d.toks
	if j == 0 || toks[j-1].flags&fRoleHeads == 0 || toks[j-1].cap || k+1 >= len(toks) {
		return false
	}
	n := &toks[k+1]
	return n.kind != tokWord || n.in(fPrepositions, prepositions) || n.flags&(fSpeechVerbs|fVerbAux) != 0 || d.lx.isVerbTriggerTok(n)
}

// surnameState reports whether the one-word state's name at token k closes
// the name that starts at token j, right after a capitalized title, before
// punctuation, "and", a preposition or a verb: "Minister of Finance Siniša
// Mali at the palace" (the state named after the title's "of" is no surname).
func (d *doc) surnameState(j, k int) bool {
	toks := d.toks
	if j == 0 || k != j+1 || !toks[j-1].cap || toks[j-1].flags&fRoleWords == 0 || k+1 >= len(toks) || toks[k].poss || toks[j].flags&fNonNameWords != 0 {
		return false
	}
	n := &toks[k+1]
	return n.kind != tokWord || n.key == "and" || n.in(fPrepositions, prepositions) || n.flags&(fSpeechVerbs|fVerbAux) != 0 || d.lx.isVerbTriggerTok(n)
}

// siteOfAttack reports whether the one-word name [i, end) qualifies a
// facility that a visit or attack verb takes as its object ("bombed the
// Fordow enrichment facility", "struck the Engels air base"): a place.
func (d *doc) siteOfAttack(i, end int) bool {
	toks := d.toks
	if end-i != 1 || i < 2 || toks[i-1].key != "the" || toks[i].flags&fFirstNames != 0 {
		return false
	}
	tr, ok := d.lx.verbs[toks[i-2].key]
	if !ok || !tr.direct || tr.typ != graph.Attacked && tr.typ != graph.Visited {
		return false
	}
	return d.facilityAfter(end)
}

// facilityAfter reports whether a facility noun comes at end or right
// after a lower-case word there ("the Fordow enrichment facility", "the
// Engels air base").
func (d *doc) facilityAfter(end int) bool {
	toks := d.toks
	for k := end; k < len(toks) && k <= end+1; k++ {
		if toks[k].kind != tokWord || toks[k].cap {
			return false
		}
		if facilityNouns[toks[k].key] {
			return true
		}
	}
	return false
}

// nameChunk reads a capitalized phrase that no index matched: a person
// (first name, appositive, speech verb, or a short name already known), or a
// place (after a locative preposition, "city of X", "X, <state>").
func (d *doc) nameChunk(i int) (mention, bool) {
	toks := d.toks
	t := toks[i]
	if ordinalWords[t.key] && t.cap && !t.upper && i+1 < len(toks) && toks[i+1].cap && unitHeads[toks[i+1].key] && (i+2 >= len(toks) || !toks[i+2].cap) {
		return d.orgNamed(i, i+2, trimPossessive(d.surfaceOf(i, i+2)), toks[i+1].poss) // "the Second Division" ("Second" is no name word)
	}
	if m, ok := d.saintCity(i); ok {
		return m, true // "in St Petersburg"
	}
	if (t.flags&fNonNameWords != 0) || t.upper && len(t.key) > 1 && !(t.flags&fFirstNames != 0) {
		return mention{}, false
	}
	end := d.nameEnd(i)
	if end <= i {
		return mention{}, false
	}
	words := 0
	for k, tk := range toks[i:end] {
		if tk.kind == tokWord && len(tk.key) > 1 && !(k > 0 && tk.glued && toks[i+k-1].key == "-" && toks[i+k-1].glued) {
			words++ // ("Alix Didier Fils-Aimé": a hyphenated surname is one word)
		}
	}
	if b := d.knownBody(trimPossessive(d.surfaceOf(i, end))); b != nil {
		d.addMention(b.e.ID, "") // a body the document named before: "The sanctions hit Lukoil hard"
		return mention{from: i, to: end, ids: b.idList(), kind: graph.KindOrganization, how: howName, poss: toks[end-1].poss}, true
	}
	if end == i+2 && ordinalWords[toks[i].key] && unitHeads[toks[i+1].key] && !toks[i].upper {
		return d.orgNamed(i, end, trimPossessive(d.surfaceOf(i, end)), toks[end-1].poss) // "the Eighth Division": a numbered unit
	}
	if m, ok := d.bareBody(i, end); ok {
		return m, true // "told Parliament on Wednesday", "tabled in Parliament"
	}
	if d.namedSiteBefore(i, end, words) {
		return d.placeMention(i, end), true // "the Padur facility", "the Abu Shouk displacement camp"
	}
	if m, ok := d.companyByHead(i, end, words); ok {
		return m, true // "analysts at Rystad Energy", "Volga Tanker Management and ..."
	}
	if k := d.featureEnd(i, end); k > 0 {
		return d.placeMention(i, k), true // "the Tigris", "the Horn of Africa"
	}
	if d.chunkIsPerson(i, end, words) {
		return d.personChunk(i, end)
	}
	if m, ok := d.tradeAgentOrg(i, end); ok {
		return m, true // (before places: "data from Kpler", "an analyst at Vortexa")
	}
	if m, ok := d.placeChunk(i, end, words); ok {
		return m, true
	}
	if m, ok := d.coordinatedOrg(i, end); ok {
		return m, true
	}
	if m, ok := d.bodyByContext(i, end); ok {
		return m, true
	}
	return d.agentOrg(i, end)
}

// bodyByContext reads the chunk [i, end) that no place context typed as a
// body when what follows or precedes it says so: ", which will ..." (no
// person is a "which"), "a contract with Hyundai Rotem" (a company).
func (d *doc) bodyByContext(i, end int) (mention, bool) {
	toks := d.toks
	if end-i > 4 || toks[i].flags&fFirstNames != 0 {
		return mention{}, false
	}
	if d.whichAfter(end) && !toks[end-1].poss {
		return d.orgNamed(i, end, d.surfaceOf(i, end), false)
	}
	if i > 1 && toks[i-1].key == "with" && contractNouns[toks[i-2].key] {
		return d.orgNamed(i, end, trimPossessive(d.surfaceOf(i, end)), toks[end-1].poss)
	}
	return mention{}, false
}

// placeConnectors stand in lower case inside the name of a city or division
// ("Jammu and Kashmir", "Norte de Santander"; lexicon/words.txt).
var placeConnectors = wordSet("place-connectors")

// connectedPlace reads the longest name of the gazetteer's city and
// division tables that starts at token i and holds a lower-case connector
// between capitalized words ("Pulwama, Jammu and Kashmir", "in Norte de
// Santander department"), which the name chunker would split; a state's
// name the index knows comes first.
func (d *doc) connectedPlace(i int) (mention, bool) {
	toks := d.toks
	if toks[i].kind != tokWord || toks[i].flags&fFirstNames != 0 || !gazetteer.OpensConnectedName(toks[i].key) || d.gazAt(i) != nil && d.gazAt(i).kind == gzState {
		return mention{}, false
	}
	best := 0
	connectors := 0
	for k := i + 1; k < len(toks) && k < i+7; k++ {
		tk := toks[k]
		if tk.kind != tokWord {
			break
		}
		if !tk.cap {
			if !placeConnectors[tk.key] {
				break
			}
			connectors++
			continue
		}
		if _, ok := gazetteer.CityState(d.surfaceOf(i, k+1)); ok && connectors > 0 {
			best = k + 1
		}
	}
	if best == 0 || best < len(toks) && toks[best].cap && toks[best].kind == tokWord {
		return mention{}, false
	}
	return d.placeMention(i, best), true
}

// eponymBodyHeads end the name of a body named after a place or a person
// ("Sultan Qaboos University"; lexicon/words.txt).
var eponymBodyHeads = wordSet("eponym-body-heads")

// eponymName reads a site or a body named after a city, a capital, a known
// person or a titled or given name, which the index or the chunker would
// read on its own: capitalized words from token i (an "and" between them
// once) up to a capitalized site head, a place ("Khartoum International
// Airport", "Al-Ahli Arab Hospital"), or a body head, an organization
// ("King Faisal Humanitarian Relief and Aid Centre").
func (d *doc) eponymName(i int) (mention, bool) {
	toks := d.toks
	head, place := d.eponymHead(i)
	if head < 0 || head+1 < len(toks) && toks[head+1].kind == tokWord && toks[head+1].cap {
		return mention{}, false
	}
	e := d.gazAt(i)
	if e != nil && (e.kind != gzCapital && e.kind != gzPerson || head < i+len(e.keys)) || d.titleCase() {
		return mention{}, false
	}
	if e == nil && toks[i].flags&(fFirstNames|fNameParticles) == 0 && !eponymStarts[toks[i].key] {
		if _, city := gazetteer.CityState(d.surfaceOf(i, i+1)); !city {
			return mention{}, false
		}
	}
	if !place {
		return d.orgNamed(i, head+1, trimPossessive(d.surfaceOf(i, head+1)), toks[head].poss)
	}
	return d.eponymSite(i, head, e)
}

// eponymHead returns the last site or body head of the run of capitalized
// words from token i that eponymName reads (-1 if none), and whether it is
// a site's.
func (d *doc) eponymHead(i int) (head int, place bool) {
	toks := d.toks
	if toks[i].kind != tokWord {
		return -1, false
	}
	head, and := -1, !eponymStarts[toks[i].key] // ("President Ruto and Kenyatta University": two names)
	for k := i + 1; k < len(toks) && k < i+9; k++ {
		tk := toks[k]
		switch {
		case tk.kind == tokPunct && tk.key == "-" && tk.glued:
			continue
		case tk.kind == tokWord && tk.key == "and" && !and && k+1 < len(toks) && toks[k+1].cap:
			and = true
			continue
		case tk.kind != tokWord || !tk.cap || tk.poss && k+1 < len(toks) && toks[k+1].cap:
		default:
			if siteHeads[tk.key] || eponymSiteHeads[tk.key] {
				head, place = k, true
			} else if eponymBodyHeads[tk.key] {
				head, place = k, false
			}
			continue
		}
		break
	}
	return head, place
}

// eponymSite makes tokens [i, head] a site's place; when a city or capital
// names it (gazetteer entry e, or the city table), the mention is the
// city's: "received at Muscat International Airport" is a visit to Muscat.
func (d *doc) eponymSite(i, head int, e *gazEntry) (mention, bool) {
	site := d.placeMention(i, head+1)
	var city mention
	switch _, known := gazetteer.CityState(d.surfaceOf(i, i+1)); {
	case e != nil && e.kind == gzCapital && e.place != nil:
		pb := d.entityFromInfo(e.place)
		d.addMention(pb.e.ID, d.surfaceOf(i, i+1))
		city = mention{ids: []string{pb.e.ID}, kind: graph.KindPlace, how: howName, place: pb.e.ID}
	case e == nil && known && d.stateAfterComma(head+1) == "":
		city = d.placeMention(i, i+1) // (not "the Aso Rock Presidential Villa, Abuja": the site says where it is)
	default:
		if b := d.ents[site.ids[0]]; b != nil && b.e.Country == "" {
			b.e.Country = d.stateAfterComma(head + 1)
		}
		return site, true
	}
	// "received at Muscat International Airport": the site is named, and the
	// mention is its city's, where the visit was
	if b := d.ents[site.ids[0]]; b != nil && b.e.Country == "" {
		b.e.Country = d.ents[city.ids[0]].e.Country
	}
	city.from, city.to = i, head+1
	return city, true
}

// stateAfterComma returns the state of the capital, state or city of the
// tables that follows a comma at token k ("the Aso Rock Presidential Villa,
// Abuja": Nigeria), or "".
func (d *doc) stateAfterComma(k int) string {
	toks := d.toks
	if k+1 >= len(toks) || toks[k].key != "," || !toks[k+1].cap {
		return ""
	}
	n := k + 2
	if e := d.gazAt(k + 1); e != nil {
		n = k + 1 + len(e.keys)
	}
	if n < len(toks) && (toks[n].key == "and" || toks[n].key == "or" || toks[n].key == "," && n+1 < len(toks) && toks[n+1].cap) {
		return "" // ("visited the Aso Rock Presidential Villa, Accra and Dakar": a list of places)
	}
	if e := d.gazAt(k + 1); e != nil && (e.kind == gzCapital || e.kind == gzState) && e.ent != nil {
		return e.ent.id
	}
	if iso3, known := gazetteer.CityState(d.surfaceOf(k+1, k+2)); known {
		return graph.StateID(iso3)
	}
	return ""
}

// eponymStarts are the styles that open the name of a body named after a
// ruler or a saint, which may hold an "and" ("King Salman Humanitarian Aid
// and Relief Centre"; lexicon/words.txt).
var eponymStarts = wordSet("eponym-starts")

// eponymSiteHeads end the name of a site named after a place or a person,
// besides siteHeads: "Mirebalais University Hospital" (lexicon/words.txt).
var eponymSiteHeads = wordSet("eponym-site-heads")

// exerciseNouns follow the name of a military exercise in lower case: the
// name is the exercise's, an organization ("the Han Kuang drills";
// lexicon/words.txt).
var exerciseNouns = wordSet("exercise-nouns")

// namedExercise reads one to four capitalized words from token i before a
// lower-case exercise noun as the exercise's name, an organization ("the
// Ulchi Freedom Shield exercise"), unless the index knows its first word or
// it names a known person.
func (d *doc) namedExercise(i int) (mention, bool) {
	toks := d.toks
	end := i
	for end < len(toks) && end < i+4 && toks[end].kind == tokWord && toks[end].cap && !toks[end].poss {
		end++
	}
	if end == i || end >= len(toks) || toks[end].cap || !exerciseNouns[toks[end].key] || d.gazAt(i) != nil || d.personNameKnown(i, end) || d.titleCase() {
		return mention{}, false
	}
	m, ok := d.orgNamed(i, end, d.surfaceOf(i, end), false)
	m.title = true // the exercise is no party: its frame reads the parties around it
	return m, ok
}

// bareBodyNames name a state's own body by one capitalized word, with no
// state before it: "told Parliament", "passed by the Senate"
// (lexicon/words.txt).
var bareBodyNames = wordSet("bare-body-names")

// bareBody reads the one capitalized word [i, end) of bareBodyNames inside a
// sentence as the body of the document's state (its dateline's, or its
// publisher's): an organization named by the word, with an ID of that state
// ("Parliament" of Fiji), so that two states' parliaments stay apart.
func (d *doc) bareBody(i, end int) (mention, bool) {
	toks := d.toks
	if end != i+1 || i == 0 || !bareBodyNames[toks[i].key] || toks[i].upper || end < len(toks) && (toks[end].cap || toks[end].key == "of") || d.titleCase() {
		return mention{}, false
	}
	state := d.publisher
	if d.datelineState != "" {
		state = d.datelineState
	}
	if b := d.ents[d.dateline]; d.dateline != "" && b != nil && b.e.Country != "" {
		state = b.e.Country
	}
	sb := d.ents[state]
	if sb == nil {
		return mention{}, false
	}
	name := d.surfaceOf(i, end)
	id := d.entityID(graph.KindOrganization, name+" of "+sb.e.Name)
	b := d.entity(id, graph.KindOrganization, name)
	if b.e.Country == "" {
		b.e.Country = state
	}
	d.addMention(id, name)
	return mention{from: i, to: end, ids: []string{id}, kind: graph.KindOrganization, how: howName}, true
}

// affiliateHeads end the name of a known group's regional branch after the
// group's name and a region ("Islamic State Sahel Province";
// lexicon/words.txt).
var affiliateHeads = wordSet("affiliate-heads")

// provinceAffiliate reads a known organization's name, one to three
// capitalized words of a region and a capitalized affiliate head as the
// branch's name, an organization ("Islamic State Mozambique Province").
func (d *doc) provinceAffiliate(i int) (mention, bool) {
	toks := d.toks
	e := d.gazAt(i)
	if e == nil || e.kind != gzOrg {
		return mention{}, false
	}
	k := i + len(e.keys)
	for end := k + 1; end < len(toks) && end <= k+3; end++ {
		tk := toks[end]
		if tk.kind != tokWord || !tk.cap || tk.poss {
			break
		}
		if affiliateHeads[tk.key] && (end+1 >= len(toks) || !toks[end+1].cap) {
			return d.orgNamed(i, end+1, d.surfaceOf(i, end+1), false)
		}
	}
	return mention{}, false
}

// namedSiteNouns follow the name of a site in lower case, after "the" and
// at most two lower-case modifiers: the name is the site's place ("the
// Padur facility", "the Ruzizi river"; lexicon/words.txt).
var namedSiteNouns = wordSet("named-site-nouns")

// namedSiteBefore reports whether the chunk [i, end) of one to three words
// after "the" names a site by its own name before a lower-case site noun
// ("the Anaklia deep-sea port", "the Kavimvira border post"), and names no
// person the document or the lists know, in a sentence that is no headline.
func (d *doc) namedSiteBefore(i, end, words int) bool {
	toks := d.toks
	if words < 1 || words > 3 || i == 0 || toks[i-1].key != "the" || toks[end-1].poss {
		return false
	}
	for k := end; k < len(toks) && k <= end+4; k++ {
		tk := toks[k]
		if tk.kind == tokPunct && tk.key == "-" && tk.glued {
			continue // "deep-sea"
		}
		if tk.kind != tokWord || tk.cap || d.lx.isVerbishTok(&tk) || tk.flags&fPrepositions != 0 {
			return false
		}
		if namedSiteNouns[tk.key] {
			return d.siteName(i, end) && !d.personNameKnown(i, end)
		}
	}
	return false
}

// ordinalWords before a unit head make a numbered military unit's name:
// "the Eighth Division" is a body, not a person (lexicon/words.txt).
var ordinalWords = wordSet("ordinal-words")

// whichAfter reports whether ", which" and a verb follow token end: the
// name before it is a thing, no person.
func (d *doc) whichAfter(end int) bool {
	toks := d.toks
	return end+2 < len(toks) && toks[end].key == "," && toks[end+1].key == "which" && (toks[end+2].flags&(fVerbAux|fBeForms) != 0 || d.lx.isVerbishTok(&toks[end+2]))
}

// tradeEventNouns name a trade whose by-agent is a body: "the delivery by
// Baykar of the first batch" (lexicon/words.txt).
var tradeEventNouns = wordSet("trade-event-nouns")

// sourceNouns before "from" and employeeNouns before "at" make a one-word
// name after them a body ("data from Kpler", "an analyst at Vortexa").
var (
	sourceNouns   = wordSet("source-nouns")
	employeeNouns = wordSet("employee-nouns")
)

// companyParticiples before "by" make a one-word name after it a company
// ("operated by Ecopetrol"; lexicon/words.txt).
var companyParticiples = wordSet("company-participles")

// personNameKnown reports whether the name [i, end) is a person's the
// document or the lists know (a surname named before, "Musk").
func (d *doc) personNameKnown(i, end int) bool {
	if _, ok := d.shortNames[d.toks[end-1].key]; ok {
		return true
	}
	return d.ents[d.entityID(graph.KindPerson, d.surfaceOf(i, end))] != nil || d.lx.idx.persons[personKey(d.surfaceOf(i, end))] != nil
}

// tradeAgentOrg reads a name no rule typed after "by" and a trade noun
// ("the delivery by Baykar", "a sale by Rosoboronexport"), or one word after
// "by" and a company's participle ("operated by Ecopetrol"), as a body,
// unless it has a given name or names a known person.
func (d *doc) tradeAgentOrg(i, end int) (mention, bool) {
	toks := d.toks
	if i < 2 || end-i > 4 || toks[i].flags&fFirstNames != 0 || toks[end-1].poss {
		return mention{}, false
	}
	before, prep := toks[i-2].key, toks[i-1].key
	trade := prep == "by" && tradeEventNouns[before]
	oneWord := end == i+1 && !toks[i].upper && !d.personNameKnown(i, end)
	if !trade && !(oneWord && (prep == "by" && companyParticiples[before] || prep == "from" && sourceNouns[before] || prep == "at" && employeeNouns[before])) {
		return mention{}, false // ("operated by Ecopetrol", "data from Kpler", "an analyst at Vortexa": one word)
	}
	if _, city := gazetteer.CityState(d.surfaceOf(i, end)); city && !trade {
		return mention{}, false // "an analyst at Harvard" aside, a known place stays one
	}
	return d.orgNamed(i, end, d.surfaceOf(i, end), false)
}

// agentOrgVerbs follow a one-word name that acts as a body: "Sinopec said",
// "Lukoil announced" (lexicon/words.txt).
var agentOrgVerbs = wordSet("agent-org-verbs")

// agentOrg reads a one-word name that no list knows, that is no given name,
// known city or common word, before a verb of bodies ("Sinopec said it had
// stopped the shipments") as an organization: a person is introduced by
// his full name before his surname acts alone. The word must be written
// with its capital somewhere inside a sentence of the document, so that a
// capitalized common noun opening a sentence ("Police said") is none.
func (d *doc) agentOrg(i, end int) (mention, bool) {
	toks := d.toks
	t := toks[i]
	if end != i+1 || end >= len(toks) || t.upper || t.poss || len(t.key) < 4 || strings.HasSuffix(t.key, "s") ||
		t.flags&(fFirstNames|fRoleWords|fNonNameWords|fPersonNounsPlural|fGroupNouns|fOrgHeads|fPlaceNouns) != 0 {
		return mention{}, false
	}
	v := end
	if v+1 < len(toks) && toks[v].flags&fVerbAux != 0 && tradeAgentVerbs[toks[v+1].key] {
		v++ // "Aselsan will supply"
	}
	if !agentOrgVerbs[toks[v].key] && !tradeAgentVerbs[toks[v].key] {
		return mention{}, false
	}
	if n := v + 1; n < len(toks) && !toks[n].cap && (toks[n].flags&(fBeForms|fSpeechVerbs) != 0 || strings.HasSuffix(toks[n].key, "ed") && d.lx.isVerbTriggerTok(&toks[n])) {
		return mention{}, false // "Medical supplies arrived", "Medical supplies donated by Japan": a noun, no verb ("supplies attack drones" stays one)
	}
	word := d.surfaceOf(i, end)
	if _, city := gazetteer.CityState(word); city || !d.capitalizedInside(word) && !(tradeAgentVerbs[toks[v].key] && d.neverLower(word)) {
		return mention{}, false // ("Otokar supplied 118 vehicles": a trade's agent may open every sentence it acts in)
	}
	return d.orgNamed(i, end, word, false)
}

// saintCity reads "St" or "St." before a name that, with "Saint" for the
// abbreviation, is a city of the tables ("St Petersburg"): a place named as
// written, the full name an alias.
func (d *doc) saintCity(i int) (mention, bool) {
	toks := d.toks
	if toks[i].key != "st" || !toks[i].cap || toks[i].upper {
		return mention{}, false
	}
	k := i + 1
	if k < len(toks) && toks[k].key == "." {
		k++
	}
	if k >= len(toks) || !toks[k].cap || toks[k].kind != tokWord {
		return mention{}, false
	}
	end := d.nameEnd(k)
	if end <= k {
		return mention{}, false
	}
	full := "Saint " + d.surfaceOf(k, end)
	iso3, ok := gazetteer.CityState(full)
	if !ok {
		return mention{}, false
	}
	m := d.placeMention(i, end)
	b := d.ents[m.ids[0]]
	b.addAlias(full)
	if b.e.Country == "" {
		b.e.Country = graph.StateID(iso3)
		d.ensureState(b.e.Country)
	}
	return m, true
}

// featureEnd returns the end of the name of a geographic feature of
// WordNet's (gazetteer.IsFeature) that starts at token i and covers at
// least the chunk [i, end), up to five tokens ("Horn of Africa"), or 0. A
// given name opens none, and a word the document uses as a person's short
// name is none ("Chang").
func (d *doc) featureEnd(i, end int) int {
	toks := d.toks
	if toks[i].flags&fFirstNames != 0 || !gazetteer.OpensFeature(toks[i].key) {
		return 0
	}
	for k := min(i+5, len(toks)); k >= end; k-- {
		if !toks[k-1].cap || toks[k-1].kind != tokWord || !gazetteer.IsFeature(trimPossessive(d.surfaceOf(i, k))) {
			continue
		}
		if k == i+1 {
			if _, ok := d.shortNames[toks[i].key]; ok || d.lx.idx.surnames[toks[i].key] != nil {
				return 0
			}
		}
		return k
	}
	return 0
}

// companyNameHeads close a company's name after words of its own ("Rystad
// Energy", "Milrem Robotics"; lexicon/words.txt, round 12).
var companyNameHeads = wordSet("company-name-heads")

// companyByHead reads the chunk [i, end), ending in a companyNameHeads word
// or followed by such words ("&" may join two), as a company when they make two to five words
// and the first is a word of no list, no gazetteer's name, that the
// document never writes in lower case ("Rystad Energy", "Kongsberg Defence &
// Aerospace"; not "Nuclear Energy" where the text says "nuclear", nor a
// portfolio after "of" or "for", nor the end of a longer name), outside a
// headline in title case.
func (d *doc) companyByHead(i, end, words int) (mention, bool) {
	toks := d.toks
	h := d.companyHeadsEnd(end)
	if h == end && (words < 2 || !companyNameHeads[toks[end-1].key]) || words+h-end > 5 || toks[i].flags != 0 || toks[i].upper || d.gazAt(i) != nil ||
		i > 0 && (toks[i-1].key == "of" || toks[i-1].key == "for" || toks[i-1].cap && toks[i-1].kind == tokWord && !toks[i-1].poss) || d.titleCase() {
		return mention{}, false
	}
	for _, t := range toks[i+1 : end] {
		if t.kind == tokWord && (!t.cap || t.upper || t.flags&(fRoleWords|fOrgHeads|fPlaceNouns|fFirstNames) != 0) {
			return mention{}, false
		}
	}
	if !d.neverLower(d.text[toks[i].start:toks[i].end]) {
		return mention{}, false
	}
	return d.orgNamed(i, h, trimPossessive(d.surfaceOf(i, h)), toks[h-1].poss)
}

// companyHeadsEnd returns the end of the capitalized companyNameHeads words
// from token k on, two of them joined by "&" too; k when there are none.
func (d *doc) companyHeadsEnd(k int) int {
	toks := d.toks
	for k < len(toks) {
		switch {
		case toks[k].kind == tokWord && toks[k].cap && !toks[k].upper && companyNameHeads[toks[k].key] && !toks[k-1].poss:
			k++
		case toks[k].key == "&" && k+1 < len(toks) && toks[k+1].cap && companyNameHeads[toks[k+1].key] && companyNameHeads[toks[k-1].key]:
			k += 2
		default:
			return k
		}
	}
	return k
}

// tradeAgentVerbs follow a one-word name that trades goods as a body does:
// "Otokar supplied", "Aselsan will supply" (lexicon/words.txt).
var tradeAgentVerbs = wordSet("trade-agent-verbs")

// neverLower reports whether word stands nowhere in the document in lower
// case: a name, not a common noun opening a sentence.
func (d *doc) neverLower(word string) bool {
	return !strings.Contains(d.text, strings.ToLower(word[:1])+word[1:])
}

// capitalizedInside reports whether word stands capitalized after a
// lower-case word somewhere in the document: a name, not a sentence's
// first word; false when it closes a longer name anywhere ("Santiago Peña":
// a person's surname).
func (d *doc) capitalizedInside(word string) bool {
	inside := false
	for at := strings.Index(d.text, word); at >= 0; {
		if at >= 2 && d.text[at-1] == ' ' && (d.text[at-2] >= 'a' && d.text[at-2] <= 'z' || d.text[at-2] == ',') {
			inside = true
		}
		if at >= 2 && d.text[at-1] == ' ' && d.text[at-2] >= 'a' && d.text[at-2] <= 'z' && d.wordStartsUpper(at-2) {
			return false
		}
		next := strings.Index(d.text[at+1:], word)
		if next < 0 {
			break
		}
		at += 1 + next
	}
	return inside
}

// wordStartsUpper reports whether the word ending at byte k of the text
// starts with an upper-case ASCII letter.
func (d *doc) wordStartsUpper(k int) bool {
	for k > 0 && d.text[k-1] != ' ' && d.text[k-1] != '\n' {
		k--
	}
	return d.text[k] >= 'A' && d.text[k] <= 'Z'
}

// knownBody returns the organization the document named name before, by
// its name or a short name it gave it in brackets, or nil.
func (d *doc) knownBody(name string) *entBuild {
	if b := d.ents[d.entityID(graph.KindOrganization, name)]; b != nil && b.e.Kind == graph.KindOrganization {
		return b
	}
	if id, ok := d.docAliases[personKey(name)]; ok {
		return d.ents[id]
	}
	return nil
}

// coordinatedOrg reads a name that no rule typed as an organization when it
// is coordinated with one: "Lockheed Martin and Raytheon", "Trans Ocean
// Shipping Ltd and Al Saqr Maritime", "Raytheon and Lockheed Martin".
func (d *doc) coordinatedOrg(i, end int) (mention, bool) {
	toks := d.toks
	if end-i > 4 || toks[i].flags&(fFirstNames|fRoleWords) != 0 || toks[end-1].poss || end < len(toks) && toks[end].cap && toks[end].kind == tokWord {
		return mention{}, false // (the whole capitalized run only)
	}
	before := false
	if n := len(d.ments); n > 0 && i > 0 && (toks[i-1].key == "and" || toks[i-1].key == "," || toks[i-1].key == "or") {
		m := d.ments[n-1]
		before = m.to == i-1 && m.kind == graph.KindOrganization && !m.title
	}
	after := end < len(toks) && toks[end].key == "and" && d.knownOrgAfterAnd(end)
	if !before && !after {
		return mention{}, false
	}
	if d.ents[d.entityID(graph.KindPerson, d.surfaceOf(i, end))] != nil {
		return d.personChunk(i, end) // "Shenzhen Hailan, Zhou Minghao and Bahr Al-Arab": a person named before
	}
	return d.orgNamed(i, end, d.surfaceOf(i, end), false)
}

// chunkIsPerson reports whether the capitalized chunk [i, end) of words
// words names a person: a first name, an appositive or speech verb after
// it, a delegate's state in brackets, a verb after a name-like pair, a role
// before or after it, or a short name already known.
func (d *doc) chunkIsPerson(i, end, words int) bool {
	toks := d.toks
	t := toks[i]
	if words >= 2 && d.knownCityName(i, end) {
		return false // "seized El Fasher, the army's last stronghold", "Bandar Abbas was hit": a town the table knows
	}
	if d.placeNotPerson(i, end, words) {
		return false
	}
	person := d.personByContext(i, end, words)
	if person && end < len(toks) && eventNameHeads[toks[end].key] && toks[end].cap {
		person = false // "the Great Patriotic War", "the Camp David Accords"
	}
	if person && i > 1 && toks[i-1].key == "," && thingNouns[toks[i-2].key] {
		person = false // "a new mission, Baltic Sentry,"
	}
	if person && d.whichAfter(end) && t.flags&fFirstNames == 0 {
		person = false // "Dompet Dhuafa, which will handle distribution": no person is a "which"
	}
	return person
}

// patronymicEndings end an Eastern Slavic patronymic: "Valeryevich",
// "Sergeyevna" (lexicon/words.txt).
var patronymicEndings = wordList("patronymic-endings")

// patronymic reports whether word key is a patronymic.
func patronymic(key string) bool {
	for _, e := range patronymicEndings {
		if len(key) > len(e)+2 && strings.HasSuffix(key, e) {
			return true
		}
	}
	return false
}

// contractNouns are signed with a company more often than with a person:
// "a contract with Hyundai Rotem" (lexicon/words.txt).
var contractNouns = wordSet("contract-nouns")

// placeNotPerson reports whether the chunk [i, end) of words words, though
// its first word may be a given name, is a place its context shows: the
// last of a list of places, a place noun's "of", a locative preposition.
func (d *doc) placeNotPerson(i, end, words int) bool {
	toks := d.toks
	switch {
	case words <= 2 && i > 0 && toks[i-1].key == "and" && d.placeListItem(i, end) && d.longPlaceList(i-1) && d.lx.idx.persons[personKey(d.surfaceOf(i, end))] == nil:
		// "Greater Tunb, Lesser Tunb and Abu Musa": the last item of a list of places
		return true
	case words <= 3 && i > 1 && toks[i-1].key == "of" && toks[i-2].flags&fPlaceNouns != 0 && d.lx.idx.persons[personKey(d.surfaceOf(i, end))] == nil:
		// "the Al-Mawasi area of Khan Younis", "the towns of Mocímboa da Praia and Macomia"
		return true
	case words <= 2 && i > 1 && toks[i-1].key == "and" && d.placeListAfterNoun(i-1) && !d.verbAfter(end) && d.lx.idx.persons[personKey(d.surfaceOf(i, end))] == nil:
		// the last of the places a place noun introduces: "the towns of Mocímboa da Praia and Macomia"
		return true
	case words <= 3 && d.cityOfStateAfter(i, end) && d.lx.idx.persons[personKey(d.surfaceOf(i, end))] == nil:
		// "POB: Bandar Abbas, Iran": a city of the tables before its own state
		return true
	case words == 2 && d.afterLocative(i, end) && !toks[end-1].poss && d.lx.idx.persons[personKey(d.surfaceOf(i, end))] == nil:
		// "killed 20 people in Khan Younis", "a clash near the Emerald
		// Triangle": a place after a locative preposition, though its first
		// word is a given name
		return true
	}
	return false
}

// afterLocative reports whether the name [i, end) follows a locative
// preposition other than "with", and "the" after it if no lower-case noun
// follows the name: "in Khan Younis", "near the Emerald Triangle".
func (d *doc) afterLocative(i, end int) bool {
	toks := d.toks
	if i > 1 && toks[i-1].key == "the" {
		if end < len(toks) && toks[end].kind == tokWord && !toks[end].cap && toks[end].flags&(fPrepositions|fClauseBreakWords|fRelativeWords|fVerbAux|fBeForms|fPlaceNouns) == 0 && !d.lx.isVerbishTok(&toks[end]) && toks[end].key != "and" && toks[end].key != "or" {
			return false // "in the Bill Clinton library", "the Imran Khan government": a name before its noun ("the Khan Younis area" is a place)
		}
		i--
	}
	return i > 0 && toks[i-1].flags&fLocativePreps != 0 && toks[i-1].key != "with"
}

// cityOfStateAfter reports whether the chunk [i, end) is a city of the
// tables followed by a comma and that city's state, or by a division and the
// state ("Bandar Abbas, Iran", "Bandar Abbas, Hormozgan Province, Iran").
func (d *doc) cityOfStateAfter(i, end int) bool {
	toks := d.toks
	if end+1 >= len(toks) || toks[end].key != "," {
		return false
	}
	iso3, ok := gazetteer.CityState(d.surfaceOf(i, end))
	if !ok {
		return false
	}
	for k := end + 1; k < len(toks) && k <= end+5; k++ {
		if e := d.gazAt(k); e != nil && e.kind == gzState {
			return e.ent.id == graph.StateID(iso3)
		}
		if toks[k].kind != tokWord && toks[k].key != "," || toks[k].kind == tokWord && !toks[k].cap {
			return false
		}
	}
	return false
}

// personByContext reports whether the context of the chunk [i, end) of
// words words names a person: a first name, a delegate's state in
// brackets, coordination with a person, an appositive or speech verb, a
// role before it, or a short name already known.
func (d *doc) personByContext(i, end, words int) bool {
	toks, t := d.toks, d.toks[i]
	switch {
	case words >= 2 && words <= 3 && d.nameLike(i, end) && d.countryInBrackets(end) != "":
		// a delegate in a meeting summary: "Fu Cong (China) said"
		return true
	case words >= 2 && (t.flags&fFirstNames != 0):
		return true
	case words == 3 && end-i == 3 && d.nameLike(i, end) && patronymic(toks[i+1].key):
		return true // "Artyom Valeryevich Lisitsyn": a given name, a patronymic and a surname
	case words >= 2 && words <= 4 && i >= 2 && toks[i-1].key == ":" && toks[i-2].key == "name" && !t.upper && d.upperSurnameAt(end-1):
		return true // a designation row's name field, surname in capitals: "Name: Arkhip Mikhailovich KOVALYOV"
	case words >= 2 && words <= 3 && i > 1 && (toks[i-1].key == "and" || toks[i-1].key == ",") && d.nameLike(i, end) && d.personEndsAt(i-1):
		return true // "Karim Haddad and Tamer Saleh are being designated": coordinated with a person
	case words >= 2 && words <= 3 && i > 0 && !toks[i-1].cap && end+2 < len(toks) && toks[end].key == "and" && d.nameLike(i, end) && d.personNameAhead(end+1) && !d.placeListItem(i, end):
		return true // "Tamer Saleh and Karim Haddad": coordinated with a person named after
	case words >= 2 && words <= 4 && i > 0 && nameIntroducers[toks[i-1].key] && !toks[i-1].cap && d.nameLike(i, end):
		return true // "arrested a logistics supplier, one Bulama Kachalla Modu"
	case words >= 2 && words <= 4 && i > 1 && d.styleAt(i-2) && d.nameLike(i, end):
		return true // "met with Her Excellency Therese Kayikwamba Wagner": a style is a person's
	case (words >= 2 || words == 1 && end-i >= 2) && len(d.signatories) > 0 && lookupLower(d.signatories, d.surfaceOf(i, end)):
		return true // a signatory of the document: "For the Republic of Fiji" / "Tevita Lomani Nacola"
	case words >= 2 && end < len(toks) && d.appositiveOrSpeech(end):
		return true
	case words >= 2 && words <= 3 && i > 0 && (!toks[i-1].cap || (toks[i-1].flags&fNonNameWords != 0)) && toks[i-1].flags&fLocativePreps == 0 && end < len(toks) && d.nameLike(i, end) && d.verbAfterAdverbial(end):
		// "Wopke Hoekstra met ...", "Ishaq Dar has said ...", "Camilo Ortega Duque on Tuesday accused ..."
		return true
	case words == 2 && i == 0 && end < len(toks) && d.nameLike(i, end) && d.verbAfter(end) && !d.lx.isVerbTriggerTok(&toks[end]) && !verbishWord(toks[i].key) && !verbishWord(toks[i+1].key):
		// a sentence opening with a two-word name and a predicate: "Subrahmanyam Jaishankar called on ..."
		return true
	case words >= 2 && words <= 3 && (i > 1 && toks[i-1].key == "," && (toks[i-2].flags&fRoleHeads != 0) || d.listedUnderRole(i, end)) && d.nameLike(i, end):
		// "the Dutch finance minister, Wopke Hoekstra,", "the two foreign ministers, Ana Ruiz and ...", "Spokesperson: Ana Ruiz"
		return true
	case words == 2 && i > 3 && toks[i-1].key == "," && end < len(toks) && toks[end].key == "," && d.nameLike(i, end) && d.roleHeadBefore(i-1):
		// "China's special envoy to the region, Qian Bo, criticised"
		return true
	case words >= 2 && words <= 3 && i > 3 && toks[i-1].key == "," && (end >= len(toks) || toks[end].kind == tokPunct) && d.nameLike(i, end) && d.titleRunBefore(i-1):
		// "the Special Envoy of the UN Secretary-General on Myanmar, Julie Bishop."
		return true
	case words >= 2 && words <= 3 && i > 0 && toks[i-1].key == "(" && end < len(toks) && toks[end].key == "," && d.nameLike(i, end) && d.closesSoon(end+1):
		// "Q: (Sidhant Sibal, WION)": a questioner and their outlet
		return true
	case words >= 2 && words <= 3 && i > 0 && toks[i-1].flags&fSpeechVerbs != 0 && !toks[i-1].cap && end < len(toks) && toks[end].key == "of" && d.nameLike(i, end):
		return true // "said Ana Ruiz of the Andes Observatory": the speaker, of a body
	case words >= 2 && words <= 3 && i > 0 && personObjectWords[toks[i-1].key] && d.nameLike(i, end) && !(i > 1 && toks[i-1].key == "with" && contractNouns[toks[i-2].key]):
		return true // "met Kyriakos Mitsotakis", "talks with X" (not "a contract with X": bodyByContext)
	case words >= 2 && words <= 3 && d.nameLike(i, end) && d.rolePredicate(end) != "":
		// "Katsunobu Kato became finance minister", "Fatoumata Diallo as health minister"
		return true
	case words == 1:
		if _, ok := d.shortNames[toks[end-1].key]; ok && !(d.locative(i) && d.cityOfTables(i, end)) {
			return true // (not "travelled to Mendoza" after "Lucas Mendoza Varela")
		} else if e, ok := d.lx.idx.surnames[toks[end-1].key]; ok && e != nil {
			return true
		} else if b := d.byGivenName(toks[end-1].key); b != nil && end < len(toks) && (toks[end].key == "and" || d.verbAfter(end) || d.relativeAfterComma(end)) {
			// "Abiy and Hassan Sheikh met", "Mohamad, who arrived": the given name of one person named before
			d.shortNames[toks[end-1].key] = b.e.ID
			return true
		}
	}
	return false
}

// relativeAfterComma reports whether ", who" opens at token k.
func (d *doc) relativeAfterComma(k int) bool {
	return k+1 < len(d.toks) && d.toks[k].key == "," && d.toks[k+1].key == "who"
}

// nameListNouns are plural nouns of persons in lower case that a list of
// names follows: "the two foreign ministers, A and B", "presidential
// candidates A and B" (lexicon/words.txt, round 12).
var nameListNouns = wordSet("name-list-nouns")

// listedUnderRole reports whether the chunk [i, end) is a name listed under a
// plural noun of persons, after it or its comma, and before "and" or a comma
// ("the two foreign ministers, Ana Ruiz and Tom Ashby,", "candidates Ana Ruiz
// and Tom Ashby"), or a name after a role's label and colon that ends its
// line or sentence ("Spokesperson: Ana Ruiz").
func (d *doc) listedUnderRole(i, end int) bool {
	toks := d.toks
	k := i - 1
	if k < 1 {
		return false
	}
	if toks[k].key == ":" {
		return toks[k-1].flags&fRoleHeads != 0 && toks[k-1].cap && (end >= len(toks) || toks[end].kind == tokPunct || strings.IndexByte(d.text[toks[end-1].end:toks[end].start], '\n') >= 0)
	}
	if toks[k].key == "," {
		k--
	}
	if toks[k].cap || !(nameListNouns[toks[k].key] || pluralRoleHeads[toks[k].key]) {
		return false
	}
	return end < len(toks) && (toks[end].key == "and" || toks[end].key == ",")
}

// knownCityName reports whether the chunk [i, end) names a city or division
// of the gazetteer's table, opens with no given name and names no person
// the document or the lists know.
func (d *doc) knownCityName(i, end int) bool {
	if d.toks[i].flags&fFirstNames != 0 || d.personNameKnown(i, end) {
		return false
	}
	_, ok := gazetteer.CityState(d.surfaceOf(i, end))
	return ok
}

// cityOfTables reports whether the chunk [i, end) names a city or division
// of the gazetteer's tables, whoever else bears the name (knownCityName
// leaves out a person's name).
func (d *doc) cityOfTables(i, end int) bool {
	_, ok := gazetteer.CityState(d.surfaceOf(i, end))
	return ok
}

// personChunk makes the chunk [i, end) a person: resolved to a known or
// earlier person, with a role in apposition or predicate and a state.
func (d *doc) personChunk(i, end int) (mention, bool) {
	toks := d.toks
	b := d.resolvePersonName(i, end)
	if b == nil {
		return mention{}, false
	}
	// a role in apposition: "Adam J. Szubin, Acting Under Secretary for ..."
	if end+1 < len(toks) && toks[end].key == "," && !toks[end-1].poss {
		if r := d.appositiveRole(end + 1); r != "" {
			b.addRole(r)
			d.noteRole(r, b.e.ID)
		}
	}
	if r := d.rolePredicate(end); r != "" {
		b.addRole(r)
		d.noteRole(r, b.e.ID)
	}
	if b.e.Country == "" {
		c := d.countryBefore(i)
		if c == "" {
			c = d.countryInBrackets(end) // "Fu Cong (China)": a speaker list's delegate
		}
		if c != "" {
			b.e.Country = c
			d.ensureState(c)
		}
	}
	d.notePerson(b, toks[i:end])
	d.addMention(b.e.ID, d.surfaceOf(i, end))
	return mention{from: i, to: end, ids: b.idList(), kind: graph.KindPerson, how: howName, poss: toks[end-1].poss}, true
}

// placeChunk makes the chunk [i, end) of words words a place when its
// context marks one ("in Odesa", "strikes on Kharkiv", "the Saudi city of
// Jazan", "Kharkiv and Poltava regions"), with the state the gazetteer or
// the context gives it.
func (d *doc) placeChunk(i, end, words int) (mention, bool) {
	toks := d.toks
	if words-d.particlesIn(i, end) > 2 || i == 0 && !(end < len(toks) && toks[end].key == ",") && !d.cityOpening(i, end) {
		return mention{}, false
	}
	isPlace, country := d.placeContext(i, end)
	if !isPlace || end < len(toks) && (toks[end].flags&fOrgHeads != 0) {
		return mention{}, false
	}
	if end == i+1 && end < len(toks) && toks[end].kind == tokWord && !toks[end].cap && adjectiveShaped(toks[i].key) && !d.lx.isVerbishTok(&toks[end]) && toks[end].flags&fPrepositions == 0 {
		return mention{}, false // an adjective before its noun: "bombed Kurdish positions"
	}
	if end < len(toks) && toks[end].kind == tokWord && toks[end].cap {
		return mention{}, false
	}
	name := d.surfaceOf(i, end)
	if lookupLower(d.bylines, name) {
		return mention{}, false
	}
	if toks[end-1].poss && end < len(toks) && !toks[end].cap && (facilityNouns[toks[end].key] || siteHeads[toks[end].key]) {
		if _, city := gazetteer.CityState(trimPossessive(name)); !city {
			// "visited Hanwha Aerospace's plant in Changwon": the owner of a plant is a company
			return d.orgNamed(i, end, trimPossessive(name), true)
		}
	}
	id := d.entityID(graph.KindPlace, name)
	if id == "place:" {
		return mention{}, false
	}
	if country == "" {
		if iso3, ok := gazetteer.CityState(name); ok {
			country = graph.StateID(iso3) // a city or town of the gazetteer: "Kharkiv"
		}
	}
	b := d.entity(id, graph.KindPlace, name)
	if b.e.Country == "" && country != "" {
		b.e.Country = country
		d.ensureState(country)
	}
	d.addMention(id, name)
	return mention{from: i, to: end, ids: []string{id}, kind: graph.KindPlace, how: howName, place: id, poss: toks[end-1].poss}, true
}

// visitOrAttackObject reports whether the words ending at token j make
// what follows the direct object of a visit or an attack ("visited
// Shanghai", "attacked Kharkiv") or a destination ("flew to Florida").
func (d *doc) visitOrAttackObject(j int) bool {
	toks := d.toks
	if tr, ok := d.lx.verbs[toks[j].key]; ok && tr.direct && (tr.typ == graph.Visited || tr.typ == graph.Attacked || tr.typ == graph.Invaded) {
		return true
	}
	if toks[j].key == "to" && j > 0 {
		if tr, ok := d.lx.verbs[toks[j-1].key]; ok && tr.typ == graph.Visited {
			return true
		}
	}
	return false
}

// placeContext reports whether the context of chunk [i, end) marks it a
// place, and the state the context gives it, if any.
func (d *doc) placeContext(i, end int) (isPlace bool, country string) {
	toks := d.toks
	j := i - 1
	if j >= 0 && (toks[j].flags&fLocativePreps != 0) || d.attackTargetPrep(j) || d.cityOpening(i, end) {
		isPlace = true // "in Odesa", "strikes on Kharkiv", "the shelling of Kherson", "attacks by the M23 on Goma"
	}
	if d.placeByPosition(i, end) {
		isPlace = true // "west of Batangas", "off Sabah", "from Bolinao, Pangasinan,"
	}
	if j >= 1 && compassWords[toks[j].key] && !toks[j].cap && toks[j-1].flags&fLocativePreps != 0 && toks[j-1].key != "with" {
		isPlace = true // "in northern Luzon", "in eastern Tigray"
	}
	if j >= 2 && toks[j].key == "capital" && toks[j-1].key == "the" && toks[j-2].flags&fLocativePreps != 0 {
		isPlace = true // "in the capital Sanaa"
	}
	if d.regionAfter(end) && toks[i].flags&fFirstNames == 0 {
		isPlace = true // "Ukraine's Kharkiv and Poltava regions"
	}
	if j >= 0 && d.visitOrAttackObject(j) {
		isPlace = true
	}
	if !isPlace && d.knownCityContext(i, end) {
		isPlace = true // "aid to Yangon", "Goma and Bukavu", "the Saratov oil refinery"
	}
	if !isPlace && d.siteOfAttack(i, end) {
		isPlace = true // "bombed the Fordow enrichment facility": the site's place
	}
	if !isPlace && d.placeListItem(i, end) {
		isPlace = true // "the islands of Greater Tunb, Lesser Tunb and Abu Musa"
	}
	if !isPlace && (d.cityOfStateAfter(i, end) || d.coordinatedWithPlace(i, end)) {
		isPlace = true // "Address: Bandar Abbas, Hormozgan Province, Iran"; "deployed to Porgera and Laiagam"
	}
	if j >= 1 && toks[j].key == "," && toks[j-1].flags&fPlaceNouns != 0 && !toks[j-1].cap {
		isPlace = true // "the three islands, Greater Tunb, ...": a place noun's list in apposition
	}
	if j >= 1 && toks[j].key == "of" && (toks[j-1].flags&fPlaceNouns != 0) {
		isPlace = true
		// "the Saudi city of Jazan"
		for b := j - 2; b >= 0 && b >= j-4; b-- {
			if c := d.stateAt(b); c != "" {
				country = c
				break
			}
		}
	}
	if c := d.addressCityAfter(end); !isPlace && c != "" {
		isPlace = true // an address: "Deira, Dubai, United Arab Emirates", "Rietondale, Pretoria"
		country = c
	}
	if end+1 < len(toks) && toks[end].key == "," {
		if e := d.gazAt(end + 1); e != nil && e.kind == gzState && !(i == 0 && toks[end+len(e.keys)].poss) {
			isPlace = true // ("Separately, Türkiye's Foreign Ministry": no place before a possessive)
			country = e.ent.id
		}
	}
	return isPlace, country
}

// coordinatedWithPlace reports whether the chunk [i, end), opening with no
// given name, is coordinated by "and" or a comma with a place: a name after
// it that the document already made a place or the city table knows
// ("Porgera and Laiagam"), or a place mention right before it ("Laiagam and
// Porgera").
func (d *doc) coordinatedWithPlace(i, end int) bool {
	toks := d.toks
	if toks[i].flags&fFirstNames != 0 {
		return false
	}
	if n := len(d.ments); i > 1 && (toks[i-1].key == "and" || toks[i-1].key == ",") && n > 0 && d.ments[n-1].to == i-1 && d.ments[n-1].kind == graph.KindPlace {
		return true
	}
	if end+1 >= len(toks) || toks[end].key != "and" && toks[end].key != "," || !toks[end+1].cap {
		return false
	}
	e := d.nameEnd(end + 1)
	if e <= end+1 || e-end > 3 {
		return false
	}
	name := trimPossessive(d.surfaceOf(end+1, e))
	if b := d.ents[d.entityID(graph.KindPlace, name)]; b != nil && b.e.Kind == graph.KindPlace {
		return true
	}
	return d.knownCityName(end+1, e)
}

// compassCompounds are one-word directions besides the compass points
// ("northwest"); headFirstGeo start features named after them ("Lake Kivu").
var (
	compassCompounds = wordSet("compass-compounds")
	headFirstGeo     = wordSet("head-first-geo")
)

// placeByPosition reports whether the chunk [i, end) stands where only a
// place can: after a direction and "of" ("west of Batangas", "20 km
// northwest of Goma"); a city or division of the gazetteer after "off"
// ("anchored off Sabah"); or a division of the gazetteer after a comma that
// follows a place, as in an address ("from Bolinao, Pangasinan,").
func (d *doc) placeByPosition(i, end int) bool {
	toks := d.toks
	if i < 2 || toks[i].flags&(fFirstNames|fRoleWords) != 0 {
		return false
	}
	prev, before := toks[i-1].key, toks[i-2].key
	if prev == "of" && (compassPoints[before] || compassCompounds[before]) && !toks[i-2].cap {
		return true
	}
	if prev != "off" && prev != "," {
		return false
	}
	if _, known := gazetteer.CityState(d.surfaceOf(i, end)); !known {
		return false
	}
	if prev == "off" {
		return true
	}
	n := len(d.ments)
	return n > 0 && d.ments[n-1].to == i-1 && d.ments[n-1].kind == graph.KindPlace && (end >= len(toks) || toks[end].kind == tokPunct)
}

// addressCityAfter returns the state of a known city or capital that
// follows the comma at token c in an address, the city ending the line or
// followed by its state: "Deira, Dubai, United Arab Emirates", "Rietondale,
// Pretoria"; or "".
func (d *doc) addressCityAfter(c int) string {
	toks := d.toks
	if c+1 >= len(toks) || toks[c].key != "," || !toks[c+1].cap || toks[c+1].kind != tokWord {
		return ""
	}
	k := c + 1
	state := ""
	if e := d.gazAt(k); e != nil && e.kind == gzCapital && e.place != nil {
		k += len(e.keys)
		state = e.ent.id
	} else {
		for k < len(toks) && k < c+3 && toks[k].cap && toks[k].kind == tokWord && d.gazAt(k) == nil {
			k++
		}
		if k == c+1 {
			return ""
		}
		iso3, ok := gazetteer.CityState(d.surfaceOf(c+1, k))
		if !ok {
			return ""
		}
		state = graph.StateID(iso3)
	}
	if k < len(toks) && !(toks[k].key == "," && k+1 < len(toks) && d.gazAt(k+1) != nil && d.gazAt(k+1).kind == gzState) {
		return "" // (the city ends the line, or a state follows it)
	}
	return state
}

// personNameAhead reports whether a person's name that no list knows starts
// at token k: a given name and another capitalized word.
func (d *doc) personNameAhead(k int) bool {
	toks := d.toks
	return k+1 < len(toks) && d.gazAt(k) == nil && toks[k].flags&fFirstNames != 0 && toks[k].cap && toks[k+1].cap && toks[k+1].kind == tokWord
}

// personEndsAt reports whether a person's mention (no title's) ends at token end.
func (d *doc) personEndsAt(end int) bool {
	if n := len(d.ments); n > 0 {
		m := d.ments[n-1]
		return m.to == end && m.kind == graph.KindPerson && !m.title && len(m.ids) == 1
	}
	return false
}

// particlesIn counts the lower-case name particles among tokens [from, to)
// ("Mocímboa da Praia").
func (d *doc) particlesIn(from, to int) int {
	n := 0
	for _, t := range d.toks[from:to] {
		if t.flags&fNameParticles != 0 && !t.cap {
			n++
		}
	}
	return n
}

// adjectiveShaped reports whether a capitalized word looks like an adjective
// of a people or place ("Kurdish", "Houthi-held" aside): -ish, -ian, -ese, -ic.
func adjectiveShaped(k string) bool {
	for _, suf := range []string{"ish", "ian", "ese", "ic", "ean"} {
		if len(k) > len(suf)+2 && strings.HasSuffix(k, suf) {
			return true
		}
	}
	return false
}

// ledHeads are the forces a state may lead: "the Saudi-led coalition".
var ledHeads = wordSet("led-heads")

// ledForce reads "STATE-led coalition" at token i (e the state's index
// entry) as an organization led by that state.
func (d *doc) ledForce(i int, e *gazEntry) (mention, bool) {
	toks := d.toks
	k := i + len(e.keys)
	if k+2 >= len(toks) || toks[k].key != "-" || !toks[k].glued || toks[k+1].key != "led" || !ledHeads[toks[k+2].key] {
		return mention{}, false
	}
	end := k + 3
	name := d.surfaceOf(i, end)
	id := d.entityID(graph.KindOrganization, name)
	if id == "org:" {
		return mention{}, false
	}
	b := d.entity(id, graph.KindOrganization, name)
	if b.e.Country == "" && e.ent.kind == graph.KindState {
		b.e.Country = e.ent.id
		d.ensureState(e.ent.id)
	}
	d.addMention(id, name)
	return mention{from: i, to: end, ids: []string{id}, kind: graph.KindOrganization, how: howName, poss: toks[end-1].poss}, true
}

// roleHeadBefore reports whether a role head ends a short phrase of
// lower-case words before the comma at token c: "envoy to the region ,".
func (d *doc) roleHeadBefore(c int) bool {
	toks := d.toks
	for b := c - 1; b >= 0 && b >= c-5; b-- {
		if toks[b].kind != tokWord || toks[b].cap {
			return false
		}
		if toks[b].flags&fRoleHeads != 0 {
			return true
		}
	}
	return false
}

// demonymAt reports whether token j is a state's adjective found as a
// mention ("Chinese" in "Chinese refiner X").
func (d *doc) demonymAt(j int) bool {
	x := d.mentionIndexAt(j)
	return x >= 0 && d.ments[x].how == howDemonym && d.ments[x].kind == graph.KindState
}

// orgTypeNouns name the kind of an organization before its name: "the gang Tren de Aragua".
var orgTypeNouns = wordSet("org-type-nouns")

// namedByTypeNoun reads an unknown organization named after its type noun:
// "the Venezuelan gang Tren de Aragua", "the armed group Jama'at Nusrat", "the
// defence firm Baykar". The name is a run of capitalized words (with
// particles) that the gazetteer does not know.
func (d *doc) namedByTypeNoun(i int) (mention, bool) {
	toks := d.toks
	if m, ok := d.nameBeforeTypeNoun(i); ok {
		return m, true
	}
	based := i > 2 && placeCompounds[toks[i-1].key] && toks[i-2].key == "-" && toks[i-1].glued && toks[i].flags&fFirstNames == 0
	if i < 2 || !orgTypeNouns[toks[i-1].key] && !descriptorOrgNouns[toks[i-1].key] && !based || toks[i-1].cap || toks[i-1].poss {
		return mention{}, false // ("the Tehran-based Sepehr Energy": a place-based name is a body's)
	}
	// "the [Venezuelan|armed] gang", "the Dubai-based firm", "the Turkish drone
	// maker": a determiner within three words before the noun
	det := based && d.bodyWordsAhead(i) // "sanctioned Istanbul-based Anka Aero Teknik": the modifier is enough
	for b, words := i-2, 0; !det && b >= 0 && words < 3; b-- {
		if toks[b].key == "the" || toks[b].key == "a" || toks[b].key == "an" || d.demonymAt(b) || toks[b].key == "based" && b > 1 && toks[b-1].key == "-" && toks[b].glued || d.statePossessiveAt(b) {
			// ("sanctioned Chinese refiner Qingdao Lanhai", "on Dubai-based oil trader X": a
			// people's adjective or a place-based modifier opens the phrase)
			det = true
			break
		}
		if toks[b].key == "-" && toks[b].glued && b > 0 {
			continue // "Dubai-based"
		}
		if toks[b].kind != tokWord {
			break
		}
		words++
	}
	if !det || d.gazAt(i) != nil {
		return mention{}, false
	}
	end := d.nameEnd(i)
	if based || end > i && end < len(toks) && toks[end].cap && companySuffixes[toks[end].key] {
		end = d.bodyNameEnd(i, 5) // "the Tehran-based Sepehr Energy", "the firm Ocean Star Shipping Co"
	}
	if end > i && end+1 < len(toks) && toks[end].cap && toks[end].kind == tokWord && toks[end].flags&fRoleWords != 0 && !toks[end+1].cap {
		end++ // "the lender Kant Finance": a role word ends a body's name after its type noun
	}
	if end <= i || end-i > 5 {
		return mention{}, false
	}
	if end < len(toks) && toks[end].cap && toks[end].kind == tokWord {
		return mention{}, false
	}
	return d.orgNamed(i, end, trimPossessive(d.surfaceOf(i, end)), toks[end-1].poss)
}

// statePossessiveAt reports whether token b is a state's name in the
// possessive: "Malaysia's state energy firm Petronas".
func (d *doc) statePossessiveAt(b int) bool {
	if !d.toks[b].poss {
		return false
	}
	for k := b; k >= 0 && k >= b-3; k-- {
		if e := d.gazAt(k); e != nil {
			return e.kind == gzState && k+len(e.keys) == b+1
		}
	}
	return false
}

// bodyWordsAhead reports whether the capitalized run at token i has two
// words or more and no given name: a body's name after a place-based
// modifier with no determiner ("Istanbul-based Anka Aero Teknik").
func (d *doc) bodyWordsAhead(i int) bool {
	toks := d.toks
	k := i
	for k < len(toks) && toks[k].kind == tokWord && toks[k].cap {
		if toks[k].flags&(fFirstNames|fRoleWords) != 0 {
			return false
		}
		k++
	}
	return k-i >= 2
}

// knownOrgAfterAnd reports whether the "and" at token j is followed (after
// an optional "the") by a known organization's name.
func (d *doc) knownOrgAfterAnd(j int) bool {
	k := j + 1
	if k < len(d.toks) && d.toks[k].key == "the" {
		k++
	}
	if k >= len(d.toks) {
		return false
	}
	e := d.gazAt(k)
	return e != nil && (e.kind == gzOrg || e.kind == gzState)
}

// eventNameHeads end names of events, documents and programmes, never of persons.
var eventNameHeads = wordSet("event-name-heads")

// thingNouns name things that a name in apposition after them belongs to: "a new mission, Baltic Sentry,".
var thingNouns = wordSet("thing-nouns")

// memberWords start titles that name a body after "of": "Member of the Political Bureau".
var memberWords = wordSet("member-words")

// bareRoleAt reports whether tokens from j are a role ending in a role head
// with no name after it: "prime minister visited", "foreign minister said".
func (d *doc) bareRoleAt(j int) bool {
	toks := d.toks
	k := j
	for k < len(toks) && k < j+4 && toks[k].kind == tokWord && toks[k].flags&fRoleWords != 0 && toks[k].key != "the" && toks[k].key != "of" && toks[k].key != "and" {
		k++
	}
	if k == j || toks[k-1].flags&fRoleHeads == 0 {
		return false
	}
	return !(k < len(toks) && toks[k].cap && toks[k].kind == tokWord)
}

// verbishWord reports whether a word looks inflected rather than a name
// ("Western Powers", "Talks"): plural or verbal endings.
func verbishWord(k string) bool {
	return strings.HasSuffix(k, "ing") || strings.HasSuffix(k, "ed") || strings.HasSuffix(k, "ers") || strings.HasSuffix(k, "ies") || strings.HasSuffix(k, "ations")
}

// orgLowerHeads end organization names written with a lower-case head:
// "the Multinational Security Support mission", "the Wagner mercenary group".
var orgLowerHeads = wordSet("org-lower-heads")

// lowerHeadOrg reads two or more capitalized words that no list knows,
// followed by a lower-case organization head, as an organization.
func (d *doc) lowerHeadOrg(i int) (mention, bool) {
	toks := d.toks
	if i == 0 || d.gazAt(i) != nil || toks[i].flags&(fRoleWords|fFirstNames) != 0 {
		return mention{}, false
	}
	j := i
	for j < len(toks) && j < i+5 && toks[j].kind == tokWord && toks[j].cap && !toks[j].poss && d.gazAt(j) == nil && (toks[j].flags&fRoleWords == 0 || j > i && toks[j].flags&fRoleHeads == 0) {
		j++
	}
	if j == i || j >= len(toks) || toks[j].cap {
		return mention{}, false
	}
	if j-i < 2 || !orgLowerHeads[toks[j].key] {
		if d.lowerPhraseAt(j) == 0 || !d.lowerPhraseOrg(i, j) {
			return mention{}, false
		}
		return d.orgNamed(i, j, d.surfaceOf(i, j), false) // "the Tasnim news agency", "Fano militias"
	}
	end := j + 1
	if toks[j].key == "task" {
		if end < len(toks) && toks[end].key == "force" {
			end++
		} else {
			return mention{}, false
		}
	}
	return d.orgNamed(i, end, d.surfaceOf(i, end), toks[end-1].poss)
}

// orgLowerPhrases end a body's name of one capitalized word or more, in
// lower case: "the Tasnim news agency", "Fano militias" (lexicon/words.txt).
var orgLowerPhrases = func() map[string][][]string {
	out := map[string][][]string{}
	for _, p := range wordList("org-lower-phrases") {
		f := strings.Fields(p)
		out[f[0]] = append(out[f[0]], f)
	}
	return out
}()

// lowerPhraseAt returns the number of tokens of an orgLowerPhrases phrase
// written in lower case at token j, or 0.
func (d *doc) lowerPhraseAt(j int) int {
	toks := d.toks
	for _, f := range orgLowerPhrases[toks[j].key] {
		ok := j+len(f) <= len(toks)
		for k := 0; ok && k < len(f); k++ {
			ok = toks[j+k].key == f[k] && !toks[j+k].cap
		}
		if ok {
			return len(f)
		}
	}
	return 0
}

// lowerPhraseOrg reports whether the capitalized run [i, j) before a
// lower-case body phrase is the body's own name: no people's word, state
// or person a list knows, no role, no possessive.
func (d *doc) lowerPhraseOrg(i, j int) bool {
	toks := d.toks
	for k := i; k < j; k++ {
		if toks[k].poss || toks[k].flags&(fRoleWords|fNonNameWords|fGroupNouns|fPersonNounsPlural) != 0 {
			return false
		}
	}
	return j-i <= 4
}

// geoHeads end the names of geographic features: "Second Thomas Shoal",
// "Bab el-Mandeb Strait"; "Gulf of Finland" starts with one.
// placePrefixes start place names that go on with a state's name: "Port Sudan".
var placePrefixes = wordSet("place-prefixes")

var geoHeads = wordSet("geo-heads")

// ofSiteHeads head a site named by "of" and its own name: "the Palace of
// Independence" (lexicon/words.txt).
var ofSiteHeads = wordSet("of-site-heads")

// addressSite reports whether the site [i, end) of a line in title case
// stands in an address, after a label's colon or a comma and before a comma
// and a state or a known town:
// "Address: Rajin, Rason Special Economic Zone, DPRK", "Hamriyah Free
// Zone, Sharjah".
func (d *doc) addressSite(i, end int) bool {
	toks := d.toks
	if !d.titleCase() || i == 0 || toks[i-1].key != ":" && toks[i-1].key != "," || end+1 >= len(toks) || toks[end].key != "," || toks[i].flags&(fRoleWords|fNonNameWords) != 0 || d.gazAt(i) != nil {
		return false // (an address's part follows a label's colon or a comma)
	}
	for k := i; k < end; k++ {
		if headlineVerbs[toks[k].key] || d.lx.isVerbishTok(&toks[k]) || verbishWord(toks[k].key) {
			return false // a headline's clause: "Putin Visits Presidential Palace, Russia Says"
		}
	}
	if e := d.gazAt(end + 1); e != nil {
		return e.kind == gzState || e.kind == gzCapital
	}
	_, town := gazetteer.CityState(d.surfaceOf(end+1, end+2))
	return town
}

// siteModifiers stand between a site's name and its lower-case head ("oil
// pipeline"; lexicon/words.txt).
var siteModifiers = wordSet("site-modifiers")

// placeHeads are lower-case nouns after a name that make it a place: "the Essequibo region".
var placeHeads = wordSet("place-heads")

// geoMention reads a geographic name at token i that the gazetteer does not
// know: capitalized words ending in a feature noun ("Second Thomas Shoal"),
// a feature noun with "of" ("Gulf of Finland"), or a name before a
// lower-case region noun ("the Essequibo region").
func (d *doc) geoMention(i int) (mention, bool) {
	toks := d.toks
	if i > 1 && !toks[i-1].cap && (orgTypeNouns[toks[i-1].key] || descriptorOrgNouns[toks[i-1].key]) {
		return mention{}, false // "the shipbuilder Hanwha Ocean": a body named after its kind (namedByTypeNoun)
	}
	if e := d.gazAt(i); e != nil && e.kind != gzLandmark {
		// a known name: only a feature after it makes a place of it ("Manila Bay")
		return d.featureOfKnown(i, e)
	}
	if m, ok := d.placeNamedAfterState(i); ok {
		return m, true
	}
	run := d.capitalRun(i)
	end := d.geoEnd(i, run)
	if end < 0 || end > len(toks) {
		return mention{}, false
	}
	if e := d.gazAt(i); e != nil && len(e.keys) >= end-i {
		return mention{}, false // the gazetteer knows it
	}
	name := d.surfaceOf(i, end)
	if lookupLower(d.bylines, name) {
		return mention{}, false
	}
	id := d.entityID(graph.KindPlace, name)
	if id == "place:" {
		return mention{}, false
	}
	b := d.entity(id, graph.KindPlace, name)
	if core := d.adminCore(i, end); core > i {
		b.addAlias(d.surfaceOf(i, core)) // "Nganzai" for "Nganzai Local Government Area"
	}
	if end < len(toks) && placeHeads[toks[end].key] && !toks[end].cap {
		b.addAlias(d.surfaceOf(i, end+1)) // "Kyivskyi district" for "the city's Kyivskyi district"
	}
	if end > run && !toks[end-1].cap && facilityNouns[toks[end-1].key] {
		b.addAlias(d.surfaceOf(i, run)) // "Katunayake" for "the Katunayake air base"
	}
	d.addMention(id, name)
	return mention{from: i, to: end, ids: []string{id}, kind: graph.KindPlace, how: howName, place: id, poss: toks[end-1].poss}, true
}

// placeNamedAfterState reads a place whose name is a prefix noun and a
// state's name at token i ("Port Sudan", "Lake Chad").
func (d *doc) placeNamedAfterState(i int) (mention, bool) {
	toks := d.toks
	if placePrefixes[toks[i].key] && toks[i].cap && !toks[i].upper && i+1 < len(toks) {
		// "Port Sudan", "Lake Chad": a place named after a state
		if e := d.gazAt(i + 1); e != nil && e.kind == gzState && toks[i+1].cap {
			end := i + 1 + len(e.keys)
			name := d.surfaceOf(i, end)
			id := d.entityID(graph.KindPlace, name)
			if b := d.entity(id, graph.KindPlace, name); b.e.Country == "" && e.ent.kind == graph.KindState {
				b.e.Country = e.ent.id
				d.ensureState(e.ent.id)
			}
			d.addMention(id, name)
			return mention{from: i, to: end, ids: []string{id}, kind: graph.KindPlace, how: howName, place: id, poss: toks[end-1].poss}, true
		}
	}
	return mention{}, false
}

// capitalRun returns the end of the run of capitalized words (and the
// particles and hyphens names hold) that starts at token i, at most five.
func (d *doc) capitalRun(i int) int {
	toks := d.toks
	j := i
	for j < len(toks) && j < i+5 {
		tk := toks[j]
		if tk.kind == tokWord && (tk.cap || tk.key == "el" || tk.key == "al" || tk.key == "de") && (tk.flags&fRoleWords == 0 || (j > i || d.atVenue(i)) && (tk.flags&fRoleHeads == 0 || d.siteHeadAt(j+1))) {
			j++ // ("Zaporozhye Nuclear Power Plant": a role word inside a name)
			if tk.poss && !innerPossessives[tk.key] {
				break // "Trump's White House": an owner before the site ("People's Palace" aside)
			}
			continue
		}
		if tk.key == "-" && tk.glued && j+1 < len(toks) && toks[j+1].glued {
			j++
			continue
		}
		break
	}
	return j
}

// siteHeadAt reports whether token k is a capitalized site head: a role word
// before it stays in the site's name ("Wabag General Hospital").
func (d *doc) siteHeadAt(k int) bool {
	return k < len(d.toks) && d.toks[k].cap && d.toks[k].kind == tokWord && siteHeads[d.toks[k].key]
}

// geoEnd returns the end of the place name that the run of capitals
// [i, j) starts, or -1: a run ending in a feature, site or division head, a
// head before its name, a feature with "of", or a name before a lower-case
// region noun.
func (d *doc) geoEnd(i, j int) int {
	toks := d.toks
	end := -1
	switch {
	case j > i && geoHeads[toks[j-1].key] && toks[j-1].cap && j-1 > i:
		end = j // "Second Thomas Shoal"
	case j-1 > i && siteHeads[toks[j-1].key] && toks[j-1].cap && (d.siteName(i, j-1) || d.addressSite(i, j)):
		end = j // "San Martín Palace", "Zaporozhye Nuclear Power Plant", "W National Park"
	case j > i && j-i <= 3 && j < len(toks) && siteHeads[toks[j].key] && !toks[j].cap && !toks[j-1].poss && d.siteName(i, j):
		end = j + 1 // "Ben Gurion airport"
	case j > i && j-i <= 4 && j+1 < len(toks) && siteModifiers[toks[j].key] && !toks[j].cap && siteHeads[toks[j+1].key] && !toks[j+1].cap && !toks[j-1].poss && d.siteName(i, j) && !d.knownCityName(i, j):
		end = j + 2 // "the Caño Limón-Coveñas oil pipeline" ("the Saratov oil refinery" is the city's)
	case j > i && j < len(toks) && adminHeads[toks[j].key] && toks[j].cap && !toks[j-1].poss && d.adminName(i, j):
		end = j + 1 // "Borno State" (a role word such as "State" ends the run)
	case j-1 > i && adminHeads[toks[j-1].key] && toks[j-1].cap && !toks[j-2].poss && d.adminName(i, j-1):
		end = j // "Ituri Province", "South Gyeongsang Province"
	case j == i+2 && divisionPrefixes[toks[i].key] && !toks[i].upper && d.adminName(i+1, j) && (j >= len(toks) || !toks[j].cap):
		end = j // "North Kivu", "Lower Juba"
	case j == i+2 && divisionPrefixes[toks[i].key] && !toks[i].upper && d.knownCityName(i, j):
		end = j // "Address: Nyala, South Darfur, Sudan": a division the table knows, in a line of capitals too
	case j == i+2 && i > 0 && toks[i-1].key == "the" && compassPoints[toks[i].key] && compassPoints[toks[i+1].key] && !toks[i].upper:
		end = j // "in the North East": a region named by its direction
	case headFirstGeo[toks[i].key] && toks[i].cap && !toks[i].upper && j-i >= 2 && j-i <= 3 && (j >= len(toks) || toks[j].flags&fOrgHeads == 0):
		end = j // "Lake Kivu", "Mount Sinjar": a feature's head before its name
	case siteHeads[toks[i].key] && toks[i].cap && i > 0 && toks[i-1].key == "the" && i+3 < len(toks) && toks[i+1].key == "of" && toks[i+2].key == "the" && toks[i+3].cap && d.gazAt(i+3) == nil:
		// "the Tomb of the Unknown Soldier", "the Palace of the Nations"
		end = i + 3
		for end < len(toks) && end < i+6 && toks[end].cap && toks[end].kind == tokWord {
			end++
		}
	case ofSiteHeads[toks[i].key] && toks[i].cap && i > 0 && toks[i-1].key == "the" && i+2 < len(toks) && toks[i+1].key == "of" && toks[i+2].cap && toks[i+2].kind == tokWord && d.gazAt(i+2) == nil:
		end = i + 3 // "the Palace of Independence", "the Memorial of Glory"
		for end < len(toks) && end < i+5 && toks[end].cap && toks[end].kind == tokWord {
			end++
		}
	case ofSiteHeads[toks[i].key] && toks[i].cap && d.venueOfState(i) > 0:
		end = d.venueOfState(i) // "held talks at the Palace of Serbia": the venue, not the state
	case geoHeads[toks[i].key] && i+2 < len(toks) && toks[i+1].key == "of" && toks[i+2].cap:
		// "Gulf of Finland", "Sea of Azov"
		end = i + 3
		if e := d.gazAt(i + 2); e != nil {
			end = i + 2 + len(e.keys)
		}
	case j == i+1 && j < len(toks) && placeHeads[toks[j].key] && !toks[j].cap && i > 0 && !toks[i].upper && toks[i].flags&(fFirstNames|fNonNameWords) == 0:
		// "the Essequibo region": the name alone
		end = j
	case j == i+2 && j < len(toks) && placeHeads[toks[j].key] && !toks[j].cap && i > 0 && toks[i-1].key == "the" && !toks[i].upper && !toks[i+1].upper && toks[i].flags&(fFirstNames|fNonNameWords) == 0 && (d.gazAt(i+1) == nil || len(d.gazAt(i+1).keys) == 1):
		// "the Lower Shabelle region", "the Lower Juba region" (not the city Juba)
		end = j
	}
	return end
}

// venueOfState returns the end of a site named by a head, "of" and a
// state's name after "at the" ("met at the Palace of Serbia"), or 0.
func (d *doc) venueOfState(i int) int {
	toks := d.toks
	if i < 2 || toks[i-1].key != "the" || toks[i-2].key != "at" || i+2 >= len(toks) || toks[i+1].key != "of" {
		return 0
	}
	if e := d.gazAt(i + 2); e != nil && e.kind == gzState && i+2+len(e.keys) <= len(toks) {
		return i + 2 + len(e.keys)
	}
	return 0
}

// adminCore returns the end of the proper name of the division named by
// tokens [from, end) before its head ("Borno" of "Borno State", "Nganzai"
// of "Nganzai Local Government Area"), or from when it has no such head.
func (d *doc) adminCore(from, end int) int {
	toks := d.toks
	if !adminHeads[toks[end-1].key] || toks[end-1].poss {
		return from
	}
	k := end - 1
	for k > from && adminInnerWords[toks[k-1].key] {
		k--
	}
	return k
}

// featureOfKnown reads a geographic feature named after a known state or
// city, at token i (e its index entry): "Manila Bay", "Mexico City" aside
// (only the heads of geo-heads count).
func (d *doc) featureOfKnown(i int, e *gazEntry) (mention, bool) {
	toks := d.toks
	h := i + len(e.keys)
	if e.kind == gzDemonym || e.kind == gzPerson || e.kind == gzOrg || h >= len(toks) || !toks[h].cap || !geoHeads[toks[h].key] || toks[h-1].poss {
		return mention{}, false
	}
	if h+1 < len(toks) && toks[h+1].kind == tokWord && toks[h+1].cap {
		return mention{}, false // part of a longer name: "China Coast Guard"
	}
	name := d.surfaceOf(i, h+1)
	id := d.entityID(graph.KindPlace, name)
	b := d.entity(id, graph.KindPlace, name)
	if b.e.Country == "" && e.ent.kind == graph.KindState {
		b.e.Country = e.ent.id
		d.ensureState(e.ent.id)
	}
	d.addMention(id, name)
	return mention{from: i, to: h + 1, ids: []string{id}, kind: graph.KindPlace, how: howName, place: id, poss: toks[h].poss}, true
}

// regionAfter reports whether the name ending at token end is followed by a
// region noun ("the Kharkiv region"), or, with the next name, by a plural
// one ("the Kharkiv and Poltava regions").
func (d *doc) regionAfter(end int) bool {
	toks := d.toks
	if end < len(toks) && !toks[end].cap && (placeHeads[toks[end].key] || placeHeads[singular(toks[end].key)]) {
		return true
	}
	// the next names of a list, then a plural head: "the Kharkiv and Poltava
	// regions", "the Tornak, Birch La and Kora La passes"
	k := end
	for n := 0; n < 6 && k+1 < len(toks) && (toks[k].key == "," || toks[k].key == "and") && toks[k+1].cap && toks[k+1].kind == tokWord; n++ {
		last := toks[k].key == "and"
		k += 2
		for k < len(toks) && k < end+12 && toks[k].cap && toks[k].kind == tokWord {
			k++ // a name of two words: "Lower Juba", "Kora La"
		}
		if last {
			return k < len(toks) && !toks[k].cap && singular(toks[k].key) != toks[k].key && placeHeads[singular(toks[k].key)]
		}
	}
	return false
}

// singular returns a plural noun's singular by its ending ("regions",
// "passes"), or the word itself.
func singular(w string) string {
	if strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") {
		return w[:len(w)-2]
	}
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return w[:len(w)-1]
	}
	return w
}

// rolePredicate returns the role a name at the end of tokens [.., k) is given
// after it ("became finance minister", "as foreign minister", "was named
// defence secretary"), or "".
func (d *doc) rolePredicate(k int) string {
	toks := d.toks
	j := k
	switch {
	case j < len(toks) && (toks[j].key == "as" || toks[j].key == "became" || toks[j].key == "becomes"):
		j++
	case j+1 < len(toks) && (toks[j].key == "was" || toks[j].key == "is") && (toks[j+1].key == "named" || toks[j+1].key == "appointed" || toks[j+1].key == "elected" || toks[j+1].key == "sworn"):
		j += 2
		if j < len(toks) && (toks[j].key == "as" || toks[j].key == "in") {
			j++
		}
	default:
		return ""
	}
	if j < len(toks) && (toks[j].key == "the" || toks[j].key == "a" || toks[j].key == "an" || toks[j].key == "new" || toks[j].key == "its") {
		j++
	}
	from := j
	for j < len(toks) && j < from+5 && toks[j].kind == tokWord && d.mentionIndexAt(j) < 0 {
		if toks[j].flags&fRoleHeads != 0 {
			return d.text[toks[from].start:toks[j].end]
		}
		j++
	}
	return ""
}

func (lx *Lexicon) isAttackWord(k string) bool {
	tr, ok := lx.nouns[k]
	return ok && (tr.typ == graph.Attacked || tr.typ == graph.Invaded)
}

// attackNounPrep reports whether prep introduces the target of attack or
// invasion noun k: "strikes on", "the shelling of".
func (lx *Lexicon) attackNounPrep(k, prep string) bool {
	tr, ok := lx.nouns[k]
	return ok && (tr.typ == graph.Attacked || tr.typ == graph.Invaded) && contains(tr.preps, prep)
}

// stateAt returns the state a name or demonym at token b names, or "".
func (d *doc) stateAt(b int) string {
	if e := d.gazAt(b); e != nil && (e.kind == gzState || e.kind == gzDemonym) {
		return e.ent.id
	}
	return ""
}

// personObjectWords are followed by a person more often than by anything else.
var personObjectWords = wordSet("person-object-words")

// nameLike reports whether tokens [from, to) look like a personal name:
// capitalized words with lower-case rest, no organization heads or common words.
func (d *doc) nameLike(from, to int) bool {
	for _, t := range d.toks[from:to] {
		if t.kind != tokWord {
			if t.key == "-" || t.key == "." {
				continue
			}
			return false
		}
		if !t.cap || t.upper || (t.flags&fOrgHeads != 0) || (t.flags&fNonNameWords != 0) || (t.flags&fRoleWords != 0) || (t.flags&fPlaceNouns != 0) {
			if !(t.flags&fNameParticles != 0) {
				return false
			}
		}
	}
	for k := from; k < to; k++ {
		if _, ok := monthNames[d.toks[k].key]; ok && !(k > from && d.monthAbbrevName(k)) {
			return false
		}
	}
	return true
}

// monthAbbrevName reports whether the month abbreviation at token k is a
// name word after another ("Zhang Jun", "Li Jan"): title case, not "May",
// and no day number after it.
func (d *doc) monthAbbrevName(k int) bool {
	toks := d.toks
	t := toks[k]
	if len(t.key) != 3 || t.key == "may" || !t.cap || t.upper || k == 0 || !toks[k-1].cap || toks[k-1].kind != tokWord {
		return false
	}
	if _, ok := monthNames[t.key]; !ok {
		return false
	}
	return !(k+1 < len(toks) && (startsWithDigit(toks[k+1]) || toks[k+1].key == "."))
}

// verbAfterAdverbial reports whether a predicate starts at token k or after
// the time phrase or adverbs there (adverbialEnd).
func (d *doc) verbAfterAdverbial(k int) bool {
	j := d.adverbialEnd(k)
	return j < len(d.toks) && d.verbAfter(j)
}

// subjectAdverbs stand between a name and its verb (lexicon/words.txt).
var subjectAdverbs = wordSet("subject-adverbs")

// adverbialEnd returns the token after the time phrase or adverbs that
// start at k and stand between a name and its verb ("on Tuesday", "late
// Monday", "also", ", on Tuesday,"), or k when none does.
func (d *doc) adverbialEnd(k int) int {
	toks := d.toks
	j, comma := k, k < len(toks) && toks[k].key == ","
	if comma {
		j++
	}
	for j < len(toks) && j < k+6 {
		t := toks[j]
		switch {
		case d.inDate(j), (t.key == "on" || t.key == "late" || t.key == "early") && j+1 < len(toks) && d.inDate(j+1):
		case t.kind == tokWord && !t.cap && (subjectAdverbs[t.key] || len(t.key) > 4 && strings.HasSuffix(t.key, "ly")):
		default:
			if comma {
				if t.key != "," || j == k+1 {
					return k
				}
				return j + 1
			}
			return j
		}
		j++
	}
	if comma {
		return k
	}
	return j
}

// verbAfter reports whether token k starts a predicate: a trigger, a speech verb or an auxiliary.
func (d *doc) verbAfter(k int) bool {
	key := d.toks[k].key
	if _, ok := d.lx.verbs[key]; ok {
		return true
	}
	if _, ok := d.lx.phrases[key]; ok {
		return true
	}
	return speechVerbs[key] || key == "has" || key == "had" || key == "was" || key == "is" || key == "will" || key == "would" || key == "who"
}

// appositiveOrSpeech reports whether the tokens from k follow a name as an
// appositive (", a defector", ", who") or a speech verb ("said", "told").
func (d *doc) appositiveOrSpeech(k int) bool {
	toks := d.toks
	if toks[k].flags&fSpeechVerbs != 0 {
		return true
	}
	if toks[k].key == "," && k+1 < len(toks) {
		n := toks[k+1].key
		if n == "a" || n == "an" || n == "the" || n == "who" || personAppositionWords[n] {
			return true // ("Rodelio Santos Manalo, alias "Jun"", "Ana Ruiz, aged 34")
		}
		if roleHeads[n] || toks[k+1].cap && roleWords[n] {
			return d.appositiveRole(k+1) != ""
		}
	}
	return false
}

// personAppositionWords open an apposition after a comma that only a
// person's name takes (lexicon/words.txt).
var personAppositionWords = wordSet("person-apposition-words")

// appositiveRole reads a role after a name and a comma: "Acting Under Secretary for Terrorism".
func (d *doc) appositiveRole(k int) string {
	if j := d.appositiveRoleEnd(k); j > k {
		return d.text[d.toks[k].start:d.toks[j-1].end]
	}
	return ""
}

// appositiveRoleEnd returns the end of the role phrase appositiveRole reads
// at token k, or k when there is none.
func (d *doc) appositiveRoleEnd(k int) int {
	toks := d.toks
	if k < len(toks) && (toks[k].key == "and" || toks[k].key == "or") {
		return k // "X, and the Minister of Y, Z,": a coordinate, not X's role
	}
	j := k
	head := false
	for j < len(toks) && toks[j].kind == tokWord && ((toks[j].flags&fRoleWords != 0) || toks[j].cap && j > k) {
		if toks[j].flags&fRoleHeads != 0 {
			head = true
		}
		j++
	}
	if !head || j == k {
		return k
	}
	// stop the role at its last capitalized or role word
	for j > k && (toks[j-1].key == "of" || toks[j-1].key == "and" || toks[j-1].key == "for" || toks[j-1].key == "the") {
		j--
	}
	return j
}

// rolesBeforeNames gives a person named after a comma the role before it
// ("The Deputy Prime Minister and Minister for Defence, the Hon Richard
// Marles", "the Secretary of National Defense of the Republic of the
// Philippines, Gilberto Teodoro"), and the state the role names: the
// states and bodies inside the role are part of the title.
func (d *doc) rolesBeforeNames() {
	toks := d.toks
	for x := range d.ments {
		m := d.ments[x]
		if m.kind != graph.KindPerson || len(m.ids) != 1 || m.title || m.how != howName {
			continue
		}
		j := m.from - 1
		for j >= 0 && toks[j].kind == tokWord && (toks[j].key == "the" || lookupLower(honorifics, toks[j].key)) {
			j--
		}
		if j < 1 || toks[j].key != "," {
			continue
		}
		start := d.roleStartBefore(j)
		if start < 0 {
			continue
		}
		b := d.ents[m.ids[0]]
		if b == nil {
			continue
		}
		from := start
		if start > 0 && toks[start-1].key == "the" {
			from = start - 1
		}
		if !m.titled {
			d.ments[x].titled, d.ments[x].titleFrom = true, from // the title belongs to the name after it
		}
		if len(b.roles) == 0 {
			role := d.text[toks[start].start:toks[j-1].end]
			b.addRole(role)
			d.noteRole(role, b.e.ID)
		}
		for y := range d.ments {
			if ym := &d.ments[y]; ym.from >= from && ym.to <= j {
				ym.title = true // the role's states, bodies and office holders are its title
				if b.e.Country == "" && ym.kind == graph.KindState && len(ym.ids) == 1 && !d.roleTopic(ym.from, ym.to) {
					b.e.Country = ym.ids[0]
				}
			}
		}
	}
}

// roleTopic reports whether the state named at [from, to) inside a role
// is the office's topic, not the holder's state: after "for (the)" ("the
// Special Envoy for Sudan") or in a hyphen compound ("the Special
// Representative for the Belgrade-Pristina Dialogue").
func (d *doc) roleTopic(from, to int) bool {
	toks := d.toks
	j := from - 1
	if j >= 0 && toks[j].key == "the" {
		j--
	}
	if j >= 0 && toks[j].key == "for" {
		return true
	}
	glued := func(k int) bool { return k >= 0 && k < len(toks) && toks[k].key == "-" && toks[k].glued }
	return glued(from-1) || glued(to)
}

// roleStartBefore returns the first token of a role phrase ending before
// token end and opened by "the" or the sentence ("the Secretary of National
// Defense of the Republic of the Philippines"): capitalized words joined by
// of, and, for, the, with a role head; -1 when none.
func (d *doc) roleStartBefore(end int) int {
	toks := d.toks
	head := false
	s := end
	for s > 0 && (toks[s-1].kind == tokWord || s >= 2 && toks[s-1].key == "-" && toks[s-1].glued && toks[s-2].kind == tokWord && toks[s-2].cap) {
		t := toks[s-1]
		if t.key == "-" {
			s-- // a hyphenated role: "Secretary-General"
			continue
		}
		if t.key == "the" && !(s >= 2 && (toks[s-2].key == "of" || toks[s-2].key == "for")) {
			break // the role's article
		}
		if !t.cap && t.key != "of" && t.key != "and" && t.key != "for" && t.key != "the" && t.flags&fRoleWords == 0 {
			return -1 // ("the US ambassador, Mark Ellison": a role in lower case)
		}
		if t.flags&fRoleHeads != 0 {
			head = true
		}
		s--
	}
	if !head || s == end || !toks[s].cap || s > 0 && toks[s-1].key != "the" && toks[s-1].kind == tokWord {
		return -1
	}
	return s
}

// appositiveStates marks the states and bodies inside a person's role in
// apposition as part of the title ("William Ruto, President of the Republic
// of Kenya, paid a visit": Kenya is no subject), and gives the person the
// role and, when unknown, the state.
func (d *doc) appositiveStates() {
	toks := d.toks
	for k := 0; k+1 < len(d.ments); k++ {
		m := d.ments[k]
		if m.kind != graph.KindPerson || len(m.ids) != 1 || m.title || m.to+1 >= len(toks) || toks[m.to].key != "," {
			continue
		}
		end := d.appositiveRoleEnd(m.to + 1)
		if end <= m.to+1 || end >= len(toks) || toks[end].key != "," {
			continue
		}
		b := d.ents[m.ids[0]]
		for y := k + 1; y < len(d.ments) && d.ments[y].from < end; y++ {
			ym := &d.ments[y]
			if ym.kind != graph.KindState && ym.kind != graph.KindOrganization || len(ym.ids) != 1 {
				continue
			}
			ym.title = true
			if b != nil && b.e.Country == "" && ym.kind == graph.KindState && !d.roleTopic(ym.from, ym.to) {
				b.e.Country = ym.ids[0]
			}
		}
		if b != nil {
			r := d.text[toks[m.to+1].start:toks[end-1].end]
			b.addRole(r)
			d.noteRole(r, b.e.ID)
		}
	}
}

// countryBefore finds the state of a person named after a role phrase in the
// same clause: "A Russian delegation led by ... minister Alexander Kozlov",
// "Cuba's top diplomat for U.S. affairs, Josefina Vidal".
func (d *doc) countryBefore(i int) string {
	toks := d.toks
	sawRole := false
	for b := i - 1; b >= 0 && b >= i-12; b-- {
		tk := toks[b]
		if tk.kind == tokPunct && tk.key != "," {
			break
		}
		if (tk.flags&fRoleHeads != 0) || (tk.flags&fGroupNouns != 0) {
			sawRole = true
		}
		if (tk.flags&fSpeechVerbs != 0) || tk.key == "and" || tk.key == "with" {
			break
		}
		if _, verb := d.lx.verbs[tk.key]; verb {
			break // another clause: "X met Victoria Nuland"
		}
		if x := d.mentionIndexAt(b); x >= 0 && d.ments[x].kind == graph.KindPerson && !d.ments[x].title {
			break
		}
		if !sawRole {
			continue
		}
		for _, m := range d.ments {
			if m.from == b && m.kind == graph.KindState && len(m.ids) == 1 && (m.how == howDemonym || m.poss || m.modifier || m.to < len(toks) && ((toks[m.to].flags&fRoleWords != 0) || (toks[m.to].flags&fGroupNouns != 0))) {
				if b > 0 && (toks[b-1].flags&fPrepositions != 0) {
					continue
				}
				return m.ids[0]
			}
			if m.from == b && m.kind == graph.KindPerson {
				return ""
			}
		}
	}
	return ""
}

// sovereigntyNouns are what a state owns and others violate: "its territory".
var sovereigntyNouns = wordSet("sovereignty-nouns")

// complainant returns the subject of an accusation or speech verb before
// token i in the current sentence (a state or organization), or "".
func (d *doc) complainant(i int) string {
	toks := d.toks
	for x := range d.ments {
		m := d.ments[x]
		if m.from >= i {
			break
		}
		if len(m.ids) != 1 || m.title || m.modifier || !(m.kind == graph.KindState || m.kind == graph.KindOrganization) || d.prepObject(m.from) {
			continue
		}
		for j := m.to; j < i; j++ {
			if vt, ok := d.lx.verbs[toks[j].key]; ok && (vt.typ == graph.Accused || vt.typ == graph.Criticized) || toks[j].flags&fSpeechVerbs != 0 {
				if j > 0 && toks[j-1].flags&fBeForms != 0 {
					// "Israel was accused by Iran of attacking its embassy": the agent complains
					if j+2 < i && toks[j+1].key == "by" {
						for y := x + 1; y < len(d.ments); y++ {
							if d.ments[y].from == j+2 && len(d.ments[y].ids) == 1 {
								return d.ments[y].ids[0]
							}
						}
					}
					return ""
				}
				return m.ids[0]
			}
		}
		return ""
	}
	return ""
}

// sentencePair returns the last two distinct entities of kind named before
// token i in the current sentence, or nil.
func (d *doc) sentencePair(i int, kind graph.Kind) []string {
	var out []string
	for x := len(d.ments) - 1; x >= 0 && len(out) < 2; x-- {
		m := d.ments[x]
		if m.to > i || m.title || m.kind != kind || len(m.ids) != 1 || m.how == howGroup {
			continue
		}
		if kind == graph.KindState && m.how == howDemonym {
			continue
		}
		if !contains(out, m.ids[0]) {
			out = append(out, m.ids[0])
		}
	}
	if len(out) < 2 {
		return nil
	}
	return []string{out[1], out[0]}
}

// groupRefNouns refer back to an organization: "the group", "the rebels".
var groupRefNouns = wordSet("group-ref-nouns")

// pairNouns name the two parties of the last two-party event: "the two ministers".
var pairNouns = wordSet("pair-nouns")

// urgedAt reports whether token j ends an urging: "urged", "called on".
func (d *doc) urgedAt(j int) bool {
	if j < 0 {
		return false
	}
	k := d.toks[j].key
	if tr, ok := d.lx.verbs[k]; ok && tr.typ == graph.Urged {
		return true
	}
	return k == "on" && j > 0 && (d.toks[j-1].key == "called" || d.toks[j-1].key == "calls" || d.toks[j-1].key == "calling" || d.toks[j-1].key == "call")
}

// sayVerbs report speech and take a clause: "said it had lodged a protest".
var sayVerbs = wordSet("say-verbs")

// stateAdjectives describe a state without naming it: "the coastal state".
var stateAdjectives = wordSet("state-adjectives")

// stateNouns refer back to a state after a regional adjective: "the Gulf state".
var stateNouns = wordSet("state-nouns")

// containsWord reports whether the space-separated words of s include w.
func containsWord(s, w string) bool {
	for i := 0; i+len(w) <= len(s); {
		k := strings.Index(s[i:], w)
		if k < 0 {
			return false
		}
		a, b := i+k, i+k+len(w)
		if (a == 0 || s[a-1] == ' ') && (b == len(s) || s[b] == ' ') {
			return true
		}
		i = a + 1
	}
	return false
}
