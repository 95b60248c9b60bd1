package loader

import (
	"strings"

	"github.com/geokg/geokg/loader/gazetteer"
	"unicode"

	"github.com/geokg/geokg/graph"
)

// portfolioHeads end the portfolio of an office inside a title; see
// lexicon/words.txt.
var portfolioHeads = wordSet("portfolio-heads")

// portfolioEnd returns the end of an office's portfolio at token j of a
// title that has its head and a linking "for", "of" or "and" before j: a
// short run of capitalized words and "and" or commas that ends with a
// portfolio head ("for Foreign and Diaspora Affairs", "of Mining, Blue
// Economy and Maritime Affairs"); j when there is none.
func (d *doc) portfolioEnd(j int, hasHead bool) int {
	toks := d.toks
	if !hasHead || j == 0 || !(toks[j-1].key == "for" || toks[j-1].key == "of" || toks[j-1].key == "and") || !toks[j].cap {
		return j
	}
	return d.portfolioRunEnd(j)
}

// portfolioRunEnd returns the end of a run of capitalized words, "and" and
// commas from token j that ends with a portfolio head ("Mining, Blue
// Economy and Maritime Affairs"), or j when there is none.
func (d *doc) portfolioRunEnd(j int) int {
	toks := d.toks
	for k := j; k < len(toks) && k < j+8; k++ {
		tk := toks[k]
		switch {
		case tk.kind == tokWord && tk.cap && portfolioHeads[tk.key]:
			return k + 1
		case tk.kind == tokWord && tk.cap && !tk.poss, tk.key == "and" && k > j, tk.key == "," && k > j && k+1 < len(toks) && toks[k+1].cap:
		default:
			return j
		}
	}
	return j
}

// bodyRestEnd returns the end of the rest of a body's name at token j after
// a title ("Armed Forces" after "of the Polish"): capitalized words, no first
// name among them, ending with an organization head; j when there is none.
func (d *doc) bodyRestEnd(j int) int {
	toks := d.toks
	for k := j; k < len(toks) && k < j+4; k++ {
		tk := toks[k]
		if tk.kind != tokWord || !tk.cap || tk.flags&fFirstNames != 0 {
			return j
		}
		if tk.flags&fOrgHeads != 0 {
			return k + 1
		}
	}
	return j
}

// maxDefinedWords bounds the capitalized phrase before an acronym in brackets.
const maxDefinedWords = 10

// definedAcronymOrg reads a capitalized phrase that defines an acronym in
// brackets right after it, "Bucharest Nine (B9)", "Belt and Road Initiative
// (BRI)", as an organization named by the phrase with the acronym as its
// alias. The acronym must spell the phrase's initials (see acronymFits), so
// "Kyiv (Reuters)" or "Paris (AFP)" define nothing. i must start the run; a
// phrase the gazetteer knows whole is left to it.
func (d *doc) definedAcronymOrg(i int) (mention, bool) {
	toks := d.toks
	start := i
	for start < len(toks) && orgLeadSkip[toks[start].key] && toks[start].kind == tokWord {
		start++
	}
	end := d.definedPhraseEnd(start)
	if end < 0 || end-start < 2 {
		return mention{}, false
	}
	acr := d.bracketAcronym(end)
	if acr == "" || !acronymFits(acr, d.text[toks[start].start:toks[end-1].end]) {
		return mention{}, false
	}
	if d.acronymsCoordinate(start, end, acr) {
		return mention{}, false // the acronym's body starts later: the one before it is read on its own
	}
	if e := d.gazAt(start); e != nil && (start+len(e.keys) >= end || e.kind == gzPerson) {
		return mention{}, false // "Democratic Republic of the Congo (DRC)": the gazetteer knows it
	}
	if toks[start].flags&(fRoleWords|fRoleHeads|fHonorifics) != 0 {
		return mention{}, false // "Minister of Foreign Affairs (MFA)" names an office, not a body
	}
	name := d.surfaceOf(start, end)
	if lookupLower(d.bylines, name) {
		return mention{}, false
	}
	id := d.entityID(graph.KindOrganization, name)
	b := d.entity(id, graph.KindOrganization, name)
	d.namedInsideBody(b, start, end) // "the African Union Support and Stabilisation Mission in Somalia (AUSSOM)"
	b.addAlias(acr)
	d.defineAcronym(acr, id)
	d.addMention(id, name)
	return mention{from: start, to: end, ids: []string{id}, kind: graph.KindOrganization, how: howName}, true
}

// acronymsCoordinate reports whether the body an acronym in brackets defines
// starts after "and (the)" inside the phrase [start, end): the words after it
// spell the acronym and the words before it end in a body of its own ("the
// Philippine Navy and the Philippine Coast Guard (PCG)").
func (d *doc) acronymsCoordinate(start, end int, acr string) bool {
	toks := d.toks
	for k := end - 2; k > start+1; k-- {
		if toks[k].key != "and" {
			continue
		}
		r := k + 1
		if toks[r].key == "the" {
			r++
		}
		return r < end && d.bodyHeadIn(k-1, k-1, -1) && acronymFits(acr, d.text[toks[r].start:toks[end-1].end])
	}
	return false
}

// definedPhraseEnd returns the end of the capitalized phrase from token i
// when a bracket follows it, or -1: capitalized words, glued hyphens, and the
// linking words of names ("of", "and", "for", "the") between capitalized words.
func (d *doc) definedPhraseEnd(i int) int {
	toks := d.toks
	words := 0
	j := i
	for j < len(toks) && words <= maxDefinedWords {
		tk := toks[j]
		switch {
		case tk.kind == tokWord && tk.cap && !tk.poss:
			words++
		case tk.kind == tokWord && words > 0 && j+2 < len(toks) && toks[j+1].key == "-" && toks[j+1].glued && toks[j+2].glued && toks[j+2].cap:
			// a lower-case particle of a transliterated name: "al-Islam", "wal-Muslimin"
		case tk.kind == tokWord && (orgLinkWords[tk.key] || foreignNameLinks[tk.key]) || tk.key == "the":
			if words == 0 || j+1 >= len(toks) || !(toks[j+1].cap || toks[j+1].key == "the") {
				return -1
			}
		case tk.key == "-" && tk.glued && j+1 < len(toks) && toks[j+1].glued:
		case tk.key == "(":
			if words == 0 || !toks[j-1].cap {
				return -1
			}
			return j
		default:
			return -1
		}
		j++
	}
	return -1
}

// foreignNameLinks join the capitalized words of a body's name in other
// languages: "Agence Française de Développement (AFD)".
var foreignNameLinks = wordSet("foreign-name-links")

// bracketAcronym returns the acronym in brackets at token j ("(B9)",
// "(CEN-SAD)"), or "".
func (d *doc) bracketAcronym(j int) string {
	toks := d.toks
	if j+2 >= len(toks) || toks[j].key != "(" || toks[j+1].kind != tokWord || !isAcronymShaped(d.text[toks[j+1].start:toks[j+1].end]) {
		return ""
	}
	c := j + 2
	if c+1 < len(toks) && toks[c].key == "-" && toks[c+1].kind == tokWord && isAcronymShaped(d.text[toks[c+1].start:toks[c+1].end]) {
		c += 2
	}
	if c >= len(toks) || toks[c].key != ")" {
		return ""
	}
	return d.text[toks[j+1].start:toks[c-1].end]
}

// isAcronymShaped reports whether w is written like an acronym: an upper-case
// letter first, then letters and digits with at most one lower-case letter
// for every two capitals ("NB8", "FAMa", "SCZONE"; not "Reuters").
func isAcronymShaped(w string) bool {
	if w == "" || w[0] < 'A' || w[0] > 'Z' || len(w) > 10 {
		return false
	}
	upper, lower := 0, 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		case unicode.IsDigit(r):
		default:
			return false
		}
	}
	return 2*lower <= upper && len(w) >= 2
}

// acronymFits reports whether the letters of acr spell phrase's initials, in
// the way of Schwartz and Hearst (2003): read from the end, every letter of
// the acronym is found in the phrase in order and its first letter starts the
// phrase; two of its letters at least start words ("SCZONE": Suez Canal
// Economic Zone). Digits stand for number words and are skipped; case is
// ignored.
func acronymFits(acr, phrase string) bool {
	acr, phrase = graph.FoldAccents(acr), graph.FoldAccents(phrase) // "TUSAŞ"
	letters := make([]rune, 0, len(acr))
	for _, r := range acr {
		if unicode.IsLetter(r) {
			letters = append(letters, unicode.ToLower(r))
		}
	}
	p := []rune(strings.ToLower(phrase))
	if len(letters) == 0 || len(p) == 0 || p[0] != letters[0] {
		return false
	}
	wordStarts := 0
	k := len(p) - 1
	for a := len(letters) - 1; a >= 0; a-- {
		for k >= 0 && (p[k] != letters[a] || a == 0 && k > 0) {
			k--
		}
		if k < 0 {
			return false
		}
		if k == 0 || !unicode.IsLetter(p[k-1]) {
			wordStarts++
		}
		k--
	}
	return wordStarts >= min(2, len(letters))
}

// bracketedAlias returns a mention of the entity named right before the
// brackets around tokens [i, end) when the bracketed name is its alias:
// "Bucharest Nine (B9)" makes "B9" no second body.
func (d *doc) bracketedAlias(i, end int, name string) (mention, bool) {
	n := len(d.ments)
	if i == 0 || d.toks[i-1].key != "(" || n == 0 || d.ments[n-1].to != i-1 || len(d.ments[n-1].ids) != 1 {
		return mention{}, false
	}
	prev := d.ments[n-1]
	b := d.ents[prev.ids[0]]
	if b == nil || !b.aliases[name] {
		return mention{}, false
	}
	return mention{from: i, to: end, ids: prev.ids, kind: prev.kind, how: howName}, true
}

// organTail reports whether the known organization at token k ends an
// organ's name: "of (the) ORG" after an organization head ("Peace and
// Security Council of the African Union", "Council of Ministers of the Arab
// League").
func (d *doc) organTail(k int) bool {
	toks := d.toks
	j := k - 1
	if j > 0 && toks[j].key == "the" {
		j--
	}
	if j < 1 || toks[j].key != "of" {
		return false
	}
	// an organization head before "of", maybe a few words back: "Council of
	// Ministers of the Arab League"; a role ends the search ("the Foreign
	// Ministers of ASEAN" are persons, not an organ)
	for b := j - 1; b >= 0 && b >= j-4; b-- {
		tk := toks[b]
		switch {
		case tk.kind == tokWord && tk.cap && tk.flags&fOrgHeads != 0:
			return true
		case tk.kind == tokWord && tk.cap && tk.flags&fRoleWords == 0, tk.key == "of":
		default:
			return false
		}
	}
	return false
}

// parentOrgIn returns the known organization that ends an organ's name in
// tokens [from, to) after "of (the)", or "".
func (d *doc) parentOrgIn(from, to int) string {
	for k := from; k < to; k++ {
		if e := d.gazAt(k); e != nil && e.kind == gzOrg && k+len(e.keys) == to && d.organTail(k) {
			d.entityFromInfo(e.ent)
			return e.ent.id
		}
	}
	return ""
}

// facilityNouns follow a place name used as a modifier: "the Saratov oil
// refinery", "the Katunayake air base"; see lexicon/words.txt.
var facilityNouns = wordSet("facility-nouns")

// placeCompounds follow a place in a hyphenated adjective: "a Shenzhen-based
// trader", "a Liberia-flagged carrier".
var placeCompounds = wordSet("place-compounds")

// cityContextPreps before a city or division the gazetteer knows make it
// the place: "flights between Jeddah and Mashhad", "aid for Gaza".
var cityContextPreps = wordSet("city-context-preps")

// knownCityContext reports whether the capitalized chunk [i, end), a city or
// town of the gazetteer, stands where only a place can: after "to" ("sent
// aid to Yangon"), coordinated with a place just named ("Goma and Bukavu"),
// or as the modifier of a facility ("the Saratov oil refinery"). A city
// that is also a first name is left to the other rules.
func (d *doc) knownCityContext(i, end int) bool {
	toks := d.toks
	if i == 0 || toks[i].flags&(fFirstNames|fRoleWords|fNonNameWords) != 0 {
		return false
	}
	if _, ok := gazetteer.CityState(d.surfaceOf(i, end)); !ok {
		return false
	}
	switch prev := toks[i-1].key; {
	case prev == "to" || cityContextPreps[prev] && !toks[i-1].cap:
		return true // "aid to Yangon", "flights between Jeddah and ...", "aid for Gaza", "drones over Kinmen"
	case toks[i-1].poss && d.stateEndsAt(i):
		return true // "through Egypt's Al Arish": a state's town
	case (prev == "and" || prev == "or") && i >= 2:
		if x := d.mentionIndexAt(i - 2); x >= 0 && (d.ments[x].kind == graph.KindPlace || d.ments[x].how == howCapital && !d.ments[x].poss) {
			return true // "Goma and Bukavu", "link Nairobi and Nadi"
		}
	}
	if end+1 < len(toks) && toks[end].key == "-" && toks[end].glued && placeCompounds[toks[end+1].key] {
		return true // "a Shenzhen-based trader"
	}
	return d.facilityAfter(end)
}

// adminHeads end the name of an administrative division: "Borno State",
// "Ituri Province"; divisionPrefixes begin one: "North Kivu". See
// lexicon/words.txt.
var (
	adminHeads       = wordSet("admin-heads")
	divisionPrefixes = wordSet("division-prefixes")
	adminInnerWords  = wordSet("admin-inner-words")
)

// adminName reports whether tokens [from, to) can name an administrative
// division: one to three capitalized words, none a role, organization head,
// known organization or person, or a word that names no place.
func (d *doc) adminName(from, to int) bool {
	if to-from < 1 || to-from > 4 || d.titleCase() {
		return false
	}
	for k := from; k < to; k++ {
		tk := d.toks[k]
		if k == from && divisionPrefixes[tk.key] && k+1 < to {
			continue // "South Gyeongsang Province"
		}
		if k > from && adminInnerWords[tk.key] && tk.cap {
			continue // "Nganzai Local Government Area"
		}
		if tk.kind != tokWord || !tk.cap || tk.flags&(fRoleWords|fOrgHeads|fNonNameWords|fFirstNames) != 0 {
			return false
		}
		if e := d.gazAt(k); e != nil && (e.kind == gzOrg || e.kind == gzPerson || e.kind == gzDemonym) {
			return false
		}
	}
	return true
}

// titleCase reports whether the sentence is a headline in title case or
// capitals: fewer than three lower-case words ("UN Imposes Sanctions on
// North Koreai"), where capitals say nothing of names.
func (d *doc) titleCase() bool {
	lower := 0
	for _, tk := range d.toks {
		if tk.kind == tokWord && !tk.cap {
			if lower++; lower >= 3 {
				return false
			}
		}
	}
	return true
}

// titleBodies are the heads of a body named inside a role title; see
// lexicon/words.txt.
var titleBodies = wordSet("title-bodies")

// titleBody makes the body named inside a person's title an entity, as a
// modifier of the title: "Foreign Ministry Spokeswoman Maria Zakharova"
// names the Foreign Ministry (of the title's state when it has one). The
// body is two or more capitalized words of the role ending in a title-bodies
// head; a role head inside it ("Prime", "Deputy" are no part of a body)
// stops it.
func (d *doc) titleBody(ts titleScan, out *[]mention) {
	toks := d.toks
	if ts.roleFrom < 0 {
		return
	}
	for h := ts.roleFrom + 1; h < ts.roleTo; h++ {
		if !titleBodies[toks[h].key] || !toks[h].cap {
			continue
		}
		from := h
		for from > ts.roleFrom && toks[from-1].cap && toks[from-1].kind == tokWord && toks[from-1].flags&fRoleHeads == 0 && !honorifics[toks[from-1].key] {
			from--
		}
		if from == h {
			return
		}
		name := d.surfaceOf(from, h+1)
		idName := name
		if b := d.ents[ts.country]; b != nil && ts.country != "" {
			idName += " of " + b.e.Name
		}
		id := d.entityID(graph.KindOrganization, idName)
		b := d.entity(id, graph.KindOrganization, name)
		if b.e.Country == "" && ts.country != "" {
			b.e.Country = ts.country
		}
		d.addMention(id, name)
		*out = append(*out, mention{from: from, to: h + 1, ids: []string{id}, kind: graph.KindOrganization, how: howName, modifier: true, title: true})
		return
	}
}

// titleRunBefore reports whether a capitalized title ends right before the
// comma at token c: a run of capitalized words and linking words ("of",
// "the", "on", "to", "for", "and") of at most 12 tokens that holds a
// capitalized role head ("Special Envoy of the UN Secretary-General on
// Myanmar").
func (d *doc) titleRunBefore(c int) bool {
	toks := d.toks
	for b := c - 1; b >= 0 && b >= c-12; b-- {
		tk := toks[b]
		switch {
		case tk.kind == tokWord && tk.cap:
			if tk.flags&fRoleHeads != 0 {
				return true
			}
		case tk.kind == tokWord && (orgLinkWords[tk.key] || tk.key == "the" || tk.key == "to"),
			tk.key == "-" && tk.glued:
		default:
			return false
		}
	}
	return false
}

// titleTarget reports whether token j (after "to" in a title, "the" allowed)
// starts a known organization or state: "to the UN", "to Germany".
func (d *doc) titleTarget(j int) bool {
	if j < len(d.toks) && d.toks[j].key == "the" {
		j++
	}
	e := d.gazAt(j)
	return e != nil && (e.kind == gzOrg || e.kind == gzState)
}

// nameInApposition returns the name after a comma that ends a title
// starting at token i ("the Foreign Minister of the Kingdom of Saudi Arabia,
// His Highness Prince Faisal bin Farhan Al Saud"): a style of address and
// honorifics may come first. ok is false when no name follows.
func (d *doc) nameInApposition(i, j int) (nameFrom, nameTo int, ok bool) {
	toks := d.toks
	if j+1 >= len(toks) || toks[j].key != "," || j-i < 2 {
		return 0, 0, false
	}
	k := j + 1
	if d.styleAt(k) {
		k++
	}
	for k < len(toks) && toks[k].cap && toks[k].flags&fRoleWords != 0 && (toks[k].flags&fHonorifics != 0 || toks[k].flags&fRoleHeads != 0) {
		k++ // "His Highness Prince", "Gen."
		if k < len(toks) && toks[k].key == "." && toks[k].glued {
			k++
		}
	}
	if k == j+1 || k >= len(toks) {
		return 0, 0, false // only a style or title after the comma makes it an apposition
	}
	nameFrom, nameTo, ok = d.nameAfterTitle(j+1, k)
	if ok && (nameTo >= len(toks) || toks[nameTo].kind == tokPunct) {
		return nameFrom, nameTo, true
	}
	return 0, 0, false
}

// titleBeforeComma reports whether the title starting at token i ends with a
// comma, as a title in apposition does ("the Foreign Minister of Saudi
// Arabia, Prince Faisal").
func (d *doc) titleBeforeComma(i int) bool {
	var buf [4]titleMod
	ts, _, j := d.scanTitle(i, buf[:0])
	return ts.hasHead && j < len(d.toks) && d.toks[j].key == ","
}

// closesSoon reports whether a closing bracket follows within four tokens of
// token j, after capitalized words only: "WION)", "Reuters)".
func (d *doc) closesSoon(j int) bool {
	toks := d.toks
	for k := j; k < len(toks) && k < j+4; k++ {
		if toks[k].key == ")" {
			return k > j
		}
		if toks[k].kind != tokWord || !toks[k].cap {
			return false
		}
	}
	return false
}

// siteHeads end the name of a site: a palace, a plant, a park; see
// lexicon/words.txt.
var siteHeads = wordSet("site-heads")

// siteName reports whether tokens [from, to) can name a site before its
// head: capitalized words, no role head or known organization or person
// first, in a sentence that is no title-case headline.
func (d *doc) siteName(from, to int) bool {
	if d.titleCase() {
		return false
	}
	tk := d.toks[from]
	if tk.flags&fRoleHeads != 0 || tk.flags&fNonNameWords != 0 && !d.atVenue(from) {
		return false // ("at State House": a venue's name may start with any word)
	}
	if e := d.gazAt(from); e != nil && (e.kind == gzOrg || e.kind == gzPerson) {
		return false
	}
	return true
}

// atVenue reports whether token i follows "at" (after an optional "the"):
// what follows names a venue, "talks at State House".
func (d *doc) atVenue(i int) bool {
	k := i - 1
	if k >= 0 && d.toks[k].key == "the" {
		k--
	}
	return k >= 0 && d.toks[k].key == "at"
}

// isSite reports whether entity id is a place named as a site, its last
// word a site head ("Presidential Villa", "Ben Gurion airport").
func (d *doc) isSite(id string) bool {
	b := d.ents[id]
	if b == nil || b.e.Kind != graph.KindPlace {
		return false
	}
	name := b.e.Name
	if k := strings.LastIndexByte(name, ' '); k >= 0 {
		if d.lx.idx.namesState(name) {
			return false
		}
		// the head is the last word, or the word before "of" ("the Great Hall of the People")
		return siteHeads[strings.ToLower(name[k+1:])] || siteHeads[headBeforeOf(b.keysOf())]
	}
	return false
}

// presentWe reports whether the trigger at token trig is a verb in the
// present whose subject, ending at subjEnd, stands right before it (adverbs
// between): "We call on", "We strongly condemn", "I urge", a body's "The
// Committee urges" (a third person in -s), or a verb coordinated with such
// a first person's ("We condemn ... and call on").
func (d *doc) presentWe(trig, subjEnd int) bool {
	toks := d.toks
	if subjEnd < 1 || subjEnd > trig || trig >= len(toks) {
		return false
	}
	v := subjEnd
	for v < trig && toks[v].kind == tokWord && (strings.HasSuffix(toks[v].key, "ly") || toks[v].key == "also" || toks[v].key == "further") {
		v++
	}
	k := toks[trig].key
	if s := toks[subjEnd-1].key; s != "we" && s != "i" {
		// "The Committee acknowledges ..., and urges": a verb coordinated with the subject's own
		third := func(w string) bool { return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") }
		return s != "i" && s != "you" && s != "they" && !toks[subjEnd-1].poss && third(k) && third(toks[v].key) &&
			(v == trig || toks[trig-1].key == "and" && toks[v].kind == tokWord)
	}
	if v != trig && !(toks[trig-1].key == "and" && presentForm(&toks[v]) && d.lx.isVerbishTok(&toks[v])) {
		return false // "We condemn the strikes ... and call on Israel": a verb coordinated with the subject's own
	}
	return presentForm(&toks[trig])
}

// presentForm reports whether token t may be a first person's verb in the
// present ("urge", "condemn"): a lower-case word that is no past form.
func presentForm(t *token) bool {
	return t.kind == tokWord && !t.cap && !pastForm(t)
}

// pastForm reports whether token t is a lower-case past form of a verb:
// a word in -ed or an irregular past ("met", "struck").
func pastForm(t *token) bool {
	return t.kind == tokWord && !t.cap && (strings.HasSuffix(t.key, "ed") || pastForms[t.key])
}

// styleAt reports whether a style of address opens at token k: "His
// Highness", "Her Excellency" (a style, no pronoun).
func (d *doc) styleAt(k int) bool {
	return k+1 < len(d.toks) && (d.toks[k].key == "his" || d.toks[k].key == "her") && styleNouns[d.toks[k+1].key]
}

// pastForms are irregular past forms of verbs that act or speak (lexicon/words.txt).
var pastForms = wordSet("irregular-past-forms")

// nameBeforeTypeNoun reads an unknown organization named before its type
// noun after "the": "the Viv Ansanm gang coalition", "the Tren de Aragua
// gang". The name is one to four capitalized words (with particles) the
// gazetteer does not know, then a lower-case organization type noun.
func (d *doc) nameBeforeTypeNoun(i int) (mention, bool) {
	toks := d.toks
	if i < 1 || toks[i-1].key != "the" || d.gazAt(i) != nil || toks[i].flags&(fRoleWords|fNonNameWords|fFirstNames) != 0 {
		return mention{}, false
	}
	end := d.nameEnd(i)
	if end <= i || end-i > 4 || end >= len(toks) || toks[end].cap || !orgTypeNouns[toks[end].key] {
		return mention{}, false
	}
	for k := i; k < end; k++ {
		if toks[k].poss || d.gazAt(k) != nil {
			return mention{}, false
		}
	}
	if _, place := gazetteer.CityState(d.surfaceOf(i, end)); place {
		return mention{}, false // "the Louisiana firm Kestrel Marine Works": the firm's place, no firm's name
	}
	return d.orgNamed(i, end, d.surfaceOf(i, end), false)
}

// coordinatedVerbBetween reports whether a verb coordinated with "and" lies
// between tokens from and to: "urges Mali and Niger to resume dialogue, and
// welcomes the agreement": Mali and Niger are the first verb's objects, not
// the subject of "welcomes".
func (d *doc) coordinatedVerbBetween(from, to int) bool {
	toks := d.toks
	for k := from; k+1 < to; k++ {
		if toks[k].key != "and" || k == 0 || toks[k-1].key != "," {
			continue
		}
		n := toks[k+1]
		if n.kind == tokWord && !n.cap && (strings.HasSuffix(n.key, "s") || strings.HasSuffix(n.key, "ed")) && d.mentionIndexAt(k+1) < 0 {
			return true
		}
	}
	return false
}

// listCommaInName reports whether the comma at token k separates items of a
// list inside a name that ends at j: capitalized words follow, then "and"
// and a capitalized word before j ("Ministry of Mining, Blue Economy and
// Maritime Affairs").
func (d *doc) listCommaInName(k, j int) bool {
	toks := d.toks
	if toks[k].key != "," || k+1 >= j || !toks[k+1].cap {
		return false
	}
	for m := k + 1; m+1 < j && m < k+6; m++ {
		if toks[m].key == "and" {
			return toks[m+1].cap
		}
		if toks[m].kind != tokWord || !toks[m].cap {
			return false
		}
	}
	return false
}

// stateEndsAt reports whether a state's name of the gazetteer ends right
// before token j: "... of the Republic of Indonesia" before "and".
func (d *doc) stateEndsAt(j int) bool {
	for k := j - 1; k >= 0 && k >= j-6; k-- {
		if e := d.gazAt(k); e != nil && e.kind == gzState && k+len(e.keys) == j {
			return true
		}
	}
	return false
}

// placeListItem reports whether the capitalized chunk [i, end) continues a
// list of places: a place mention, then ", X" or "and X", the list closed by
// "and" ("Greater Tunb, Lesser Tunb and Abu Musa"), and no verb after it.
func (d *doc) placeListItem(i, end int) bool {
	toks := d.toks
	if i < 2 || end-i > 3 || !(toks[i-1].key == "," || toks[i-1].key == "and") {
		return false
	}
	n := len(d.ments)
	if n == 0 || d.ments[n-1].to != i-1 || d.ments[n-1].kind != graph.KindPlace {
		return false
	}
	if end < len(toks) && d.verbAfter(end) {
		return false
	}
	if toks[i-1].key == "and" {
		return true
	}
	return end+1 < len(toks) && toks[end].key == "and" && toks[end+1].cap
}

// placeListAfterNoun reports whether the "and" at token a closes a list of
// places introduced by a place noun: "the towns of Mocímboa da Praia and".
func (d *doc) placeListAfterNoun(a int) bool {
	x := d.mentionIndexAt(a - 1)
	if x < 0 || d.ments[x].kind != graph.KindPlace || d.ments[x].to != a {
		return false
	}
	f := d.ments[x].from
	return f > 1 && d.toks[f-1].key == "of" && d.toks[f-2].flags&fPlaceNouns != 0
}

// longPlaceList reports whether the "and" at token a closes a list of at
// least two places separated by a comma: "Greater Tunb, Lesser Tunb and".
func (d *doc) longPlaceList(a int) bool {
	n := len(d.ments)
	if n < 2 {
		return false
	}
	p, q := d.ments[n-2], d.ments[n-1]
	return q.to == a && q.kind == graph.KindPlace && p.kind == graph.KindPlace && p.to < len(d.toks) && d.toks[p.to].key == "," && p.to+1 == q.from
}

// orgNamed makes the organization named name at tokens [i, end) an entity
// and returns its mention; false when the name gives no ID.
func (d *doc) orgNamed(i, end int, name string, poss bool) (mention, bool) {
	id := d.entityID(graph.KindOrganization, name)
	if id == "org:" {
		return mention{}, false
	}
	b := d.entity(id, graph.KindOrganization, name)
	d.addMention(id, name)
	d.noteOwnWords(i, end, id)
	d.bracketedAcronymAfter(b, end, name, id)
	return mention{from: i, to: end, ids: []string{id}, kind: graph.KindOrganization, how: howName, poss: poss}, true
}

// tradeHeads close a company's name after its own words (lexicon/words.txt).
var tradeHeads = wordSet("trade-heads")

// noteOwnWords records the words a company's name [i, end) opens with
// before its legal form and trade words ("Nova Meridian" of "Nova Meridian
// Trading FZE") as the document's short name for it, when they are two or
// more words that no list knows.
func (d *doc) noteOwnWords(i, end int, id string) {
	toks := d.toks
	k := end
	for k > i && toks[k-1].kind == tokWord && (companySuffixes[toks[k-1].key] || tradeHeads[toks[k-1].key]) {
		k--
	}
	if k == end || k-i < 2 || !toks[k-1].cap || d.gazAt(i) != nil {
		return
	}
	for j := i; j < k; j++ {
		if toks[j].kind != tokWord || !toks[j].cap {
			return
		}
	}
	own := d.surfaceOf(i, k)
	if _, taken := d.docAliases[personKey(own)]; !taken {
		d.noteDocAlias(own, id)
	}
}

// descriptorOrgNouns head a descriptive apposition that makes the name
// before it an organization: "Alpha Maritime Services, a shipping company
// registered in Dubai", "Baykar, a Turkish drone maker".
var descriptorOrgNouns = wordSet("descriptor-org-nouns")

// descriptorDeterminers open a descriptive apposition: "a", "an", and a
// speaker's "our" ("Bakamla, our maritime security agency").
var descriptorDeterminers = wordSet("descriptor-determiners")

// describedOrg reads a capitalized name that no list knows, followed by an
// apposition whose head noun is a kind of organization: the layout of
// designation lists and company profiles. The head is the last word of the
// apposition's noun phrase (before a participle, preposition, relative word
// or punctuation), so "Karim Haddad, a company spokesman" stays a person.
func (d *doc) describedOrg(i int) (mention, bool) {
	toks := d.toks
	end := i
	if toks[i].flags&(fNonNameWords|fRoleWords) != 0 {
		return mention{}, false
	}
	for end < len(toks) && end < i+6 && toks[end].kind == tokWord && toks[end].cap && !toks[end].poss {
		end++
	}
	if end >= len(toks) || toks[end].key != "," && toks[end].key != "and" {
		return mention{}, false // (no apposition: the cheap test first)
	}
	end = i
	for end < len(toks) && end < i+6 && toks[end].kind == tokWord && toks[end].cap && !toks[end].poss {
		if e := d.gazAt(end); e != nil && (e.kind == gzOrg || e.kind == gzPerson || end == i && end+len(e.keys) >= len(toks)) {
			return mention{}, false // a known body or person keeps its name
		}
		end++
	}
	if end == i {
		return mention{}, false
	}
	c := d.describedListEnd(end)
	if c < 0 || c+2 >= len(toks) || !d.descriptorOpens(c+1) {
		return mention{}, false
	}
	head := d.descriptorHead(c + 2)
	if end == i+1 && (i == 0 && !d.appositionClosedBeforeVerb(head) || d.gazAt(i) != nil || toks[i].flags&fFirstNames != 0) {
		return mention{}, false // "Moreover, a group", "in Kyiv, a city"
	}
	if head < 0 || !descriptorOrgNouns[toks[head].key] || head+1 < len(toks) && toks[head+1].key == "of" && partitiveHeads[toks[head].key] {
		return mention{}, false
	}
	if head+1 < len(toks) && toks[head+1].flags&fSpeechVerbs != 0 {
		return mention{}, false // "struck a depot near Tabriz, the Mehr news agency reported": the agency speaks
	}
	return d.orgNamed(i, end, d.surfaceOf(i, end), false)
}

// appositionClosedBeforeVerb reports whether the apposition whose head is
// at token h closes with a comma before a verb: "Bakamla, our maritime
// agency, has reported".
func (d *doc) appositionClosedBeforeVerb(h int) bool {
	toks := d.toks
	return h >= 0 && h+2 < len(toks) && toks[h+1].key == "," && (toks[h+2].flags&(fVerbAux|fBeForms|fSpeechVerbs) != 0 || d.lx.isVerbTriggerTok(&toks[h+2]))
}

// describedListEnd returns the comma that opens the apposition after a name
// ending at token end: the next token, or the comma after more names joined
// to it ("Grom Logistics and Baltika Trade, two firms that ..."); -1 when
// none does.
func (d *doc) describedListEnd(end int) int {
	toks := d.toks
	for names := 0; end < len(toks) && names <= 4; names++ {
		k := end
		if toks[k].key == "," && k+1 < len(toks) && d.descriptorOpens(k+1) {
			return k
		}
		if toks[k].key != "," && toks[k].key != "and" {
			return -1
		}
		if k+1 < len(toks) && toks[k+1].key == "and" {
			k++
		}
		start := k + 1
		for k = start; k < len(toks) && k < start+5 && toks[k].kind == tokWord && toks[k].cap && !toks[k].poss && d.gazAt(k) == nil; k++ {
		}
		if k == start {
			return -1
		}
		end = k
	}
	return -1
}

// descriptorOpens reports whether token k opens a descriptive apposition:
// a determiner ("a", "the", "our") or a state's possessive ("Sinopec,
// China's state oil company").
func (d *doc) descriptorOpens(k int) bool {
	if descriptorDeterminers[d.toks[k].key] {
		return true
	}
	e := d.gazAt(k)
	return e != nil && e.kind == gzState && k+len(e.keys) <= len(d.toks) && d.toks[k+len(e.keys)-1].poss
}

// descriptorHead returns the head noun of the noun phrase starting at
// token k (after its article), at most five words long (a hyphenated
// compound is one), or -1.
func (d *doc) descriptorHead(k int) int {
	toks := d.toks
	head := -1
	for j, words := k, 0; j < len(toks) && words < 5; j++ {
		tk := toks[j]
		if tk.kind != tokWord {
			if tk.key == "-" && tk.glued {
				continue // "a state-owned company"
			}
			break
		}
		if j > k && toks[j-1].key == "-" && tk.glued {
			continue // "a Shenzhen-based trader", "a state-owned company"
		}
		words++
		if tk.flags&(fPrepositions|fRelativeWords) != 0 || tk.key == "that" || tk.key == "and" || j > k && (strings.HasSuffix(tk.key, "ed") || strings.HasSuffix(tk.key, "ing")) && !descriptorOrgNouns[tk.key] {
			break
		}
		head = j
	}
	return head
}

// defineAcronym notes that the document defines acronym acr as entity id.
func (d *doc) defineAcronym(acr, id string) {
	if d.acronyms == nil {
		d.acronyms = map[string]string{}
	}
	d.acronyms[acr] = id
}

// definedAcronymAt returns the mention of an acronym the document defined
// ("(KPA)" after "Kenya Ports Authority", and "KPA" after it), which the
// gazetteer may know as another body.
func (d *doc) definedAcronymAt(i int) (mention, bool) {
	t := d.toks[i]
	if len(d.acronyms) == 0 || !t.upper || t.kind != tokWord {
		return mention{}, false
	}
	end := i + 1
	if toks := d.toks; i+2 < len(toks) && toks[i+1].key == "-" && toks[i+1].glued && toks[i+2].glued && toks[i+2].upper {
		if _, ok := d.acronyms[d.text[t.start:toks[i+2].end]]; ok {
			end = i + 3 // "IRGC-QF": a hyphenated acronym, not the gazetteer's IRGC
		}
	}
	last := d.toks[end-1]
	id, ok := d.acronyms[d.text[t.start:last.end]]
	if !ok || d.ents[id] == nil {
		return mention{}, false
	}
	d.addMention(id, d.text[t.start:last.end])
	return mention{from: i, to: end, ids: []string{id}, kind: d.ents[id].e.Kind, how: howName, poss: last.poss}, true
}

// titleAcronymAt reads an acronym of three or more capitals that spells the
// initials of the title of a person named before it ("EAM" after "External
// Affairs Minister Dr. S. Jaishankar", "COAS" after "Chief of Army Staff
// General X") as a mention of that person: briefings name office-holders
// by their office's initials.
func (d *doc) titleAcronymAt(i int) (mention, bool) {
	t := d.toks[i]
	if len(d.titleAcronyms) == 0 || !t.upper || t.kind != tokWord || t.dotted || i+1 < len(d.toks) && d.toks[i+1].cap && d.toks[i+1].kind == tokWord {
		return mention{}, false
	}
	id, ok := d.titleAcronyms[t.key]
	if !ok || d.acronyms[d.text[t.start:t.end]] != "" {
		return mention{}, false
	}
	return mention{from: i, to: i + 1, ids: []string{id}, kind: graph.KindPerson, how: howName, poss: t.poss}, true
}

// noteTitleAcronyms notes the initials of the titles of the sentence's
// titled persons, of three letters or more, for titleAcronymAt.
func (d *doc) noteTitleAcronyms() {
	for _, m := range d.ments {
		if m.kind != graph.KindPerson || !m.titled || len(m.ids) != 1 {
			continue
		}
		start := m.titleFrom
		for start > 0 && d.toks[start-1].cap && d.toks[start-1].kind == tokWord && d.mentionIndexAt(start-1) < 0 {
			start-- // "External" of "External Affairs Minister", left out of the title at a sentence's start
		}
		for _, acr := range d.titleInitials(start, m.from) {
			if len(acr) >= 3 {
				if d.titleAcronyms == nil {
					d.titleAcronyms = map[string]string{}
				}
				d.titleAcronyms[acr] = m.ids[0]
			}
		}
	}
}

// titleInitials returns the initials of the words of a title in tokens
// [from, to), honorifics left out: of every word ("coas" for "Chief of Army
// Staff") and of its capitalized words ("cas").
func (d *doc) titleInitials(from, to int) [2]string {
	var a, c []byte
	for j := from; j < to; j++ {
		tk := d.toks[j]
		if tk.kind != tokWord || tk.flags&fHonorifics != 0 || tk.dotted || len(tk.key) < 2 {
			continue
		}
		a = append(a, tk.key[0])
		if tk.cap {
			c = append(c, tk.key[0])
		}
	}
	return [2]string{string(a), string(c)}
}

// nameIntroducers introduce a person's name in police and military
// statements: "a logistics supplier, one Bulama Kachalla Modu".
var nameIntroducers = wordSet("name-introducers")

// operationWords open the name of a military or security operation, or of
// a formation named after its head, which is an organization: "Operation
// Hadin Kai", "Operation Prosperity Guardian", "Battlegroup Sever".
var operationWords = wordSet("operation-words")

// namedOperation reads "Operation" followed by one to four capitalized words
// (or a number) as the operation's name: "troops of Operation HADIN KAI".
func (d *doc) namedOperation(i int) (mention, bool) {
	toks := d.toks
	if !operationWords[toks[i].key] || i+1 >= len(toks) {
		return mention{}, false
	}
	end := i + 1
	for end < len(toks) && end < i+5 && toks[end].kind == tokWord && (toks[end].cap || startsWithDigit(toks[end])) {
		if e := d.gazAt(end); e != nil && e.kind != gzLandmark {
			break
		}
		end++
		if toks[end-1].poss {
			break
		}
	}
	if end == i+1 || end == i+2 && toks[i+1].flags&(fNonNameWords|fRoleWords) != 0 && !toks[i+1].upper && !d.compassName(i) {
		return mention{}, false
	}
	name := titleCaseWords(d.surfaceOf(i, end))
	return d.orgNamed(i, end, name, toks[end-1].poss)
}

// compassName reports whether the capitalized head at i is followed by a
// capitalized compass point, the name of a formation by its sector:
// "Battlegroup West", "Battlegroup South".
func (d *doc) compassName(i int) bool {
	toks := d.toks
	k := toks[i+1].key
	return toks[i].cap && toks[i+1].cap && (compassPoints[k] || compassCompounds[k])
}

// titleCaseWords writes the words of s in capitals in title case ("Operation
// HADIN KAI" -> "Operation Hadin Kai"); other words stay as written.
func titleCaseWords(s string) string {
	words := strings.Fields(s)
	for k, w := range words {
		if len(w) > 1 && strings.ToUpper(w) == w && strings.ToLower(w) != w {
			words[k] = w[:1] + strings.ToLower(w[1:])
		}
	}
	return strings.Join(words, " ")
}

// unitHeads end the name of a numbered military unit: "153 Task Force
// Battalion", "21 Special Armoured Brigade".
var unitHeads = wordSet("unit-heads")

// numberFirstUnits name a unit by a head before its number: "Unit 29155"
// (lexicon/words.txt).
var numberFirstUnits = wordSet("number-first-units")

// numberedUnit reads a number followed by capitalized words ending in a unit
// head as the unit, an organization, or a head of numberFirstUnits and its
// number ("Unit 26165").
func (d *doc) numberedUnit(i int) (mention, bool) {
	toks := d.toks
	if i+1 < len(toks) && toks[i].cap && numberFirstUnits[toks[i].key] && startsWithDigit(toks[i+1]) && !toks[i+1].glued &&
		(i+2 >= len(toks) || !toks[i+2].cap && toks[i+2].kind == tokWord || toks[i+2].kind == tokPunct && toks[i+2].key != "-") && !d.titleCase() {
		return d.orgNamed(i, i+2, d.surfaceOf(i, i+2), toks[i+1].poss) // "officers of Unit 29155": a head before its number
	}
	if !startsWithDigit(toks[i]) || i+2 >= len(toks) || !toks[i+1].cap || toks[i+1].kind != tokWord {
		return mention{}, false
	}
	end := -1
	for k := i + 1; k < len(toks) && k < i+6 && toks[k].kind == tokWord && toks[k].cap; k++ {
		if unitHeads[toks[k].key] {
			end = k + 1
		}
	}
	if end < 0 {
		return mention{}, false
	}
	return d.orgNamed(i, end, d.surfaceOf(i, end), toks[end-1].poss)
}

// outletInLabel reads the outlet of a transcript's questioner, in brackets
// after the question label: "Q: (Antara)", "Q: (Sidhant Sibal, WION)". An
// outlet no list knows is an organization.
func (d *doc) outletInLabel(i int) (mention, bool) {
	toks := d.toks
	if i < 3 || !d.questionLabel() || toks[2].key != "(" || !(i == 3 || toks[i-1].key == ",") || d.gazAt(i) != nil {
		return mention{}, false
	}
	end := i
	for end < len(toks) && end < i+4 && toks[end].kind == tokWord && toks[end].cap {
		end++
	}
	if end == i || end >= len(toks) || toks[end].key != ")" || i == 3 && end-i > 1 && d.lx.idx.persons[personKey(d.surfaceOf(i, end))] != nil {
		return mention{}, false
	}
	if i == 3 && end-i >= 2 && toks[i].flags&fFirstNames != 0 {
		return mention{}, false // "Q: (Maria Lopez)": a questioner named alone
	}
	return d.orgNamed(i, end, d.surfaceOf(i, end), false)
}

// outletAfterQuestioner reads the outlet a questioner names after their own
// name at the start of a question: "Q: Ana Ruiz, The Courier.", "Q: Ana Ruiz
// from Radio Sol.", "Question (Ana, Radio Sol):". An outlet no list knows is
// an organization.
func (d *doc) outletAfterQuestioner(i int) (mention, bool) {
	toks := d.toks
	if i < 4 || !questionLabels[toks[0].key] || !(toks[1].key == ":" || toks[1].key == "(") {
		return mention{}, false
	}
	if e := d.gazAt(i); e != nil && !(i+len(e.keys) < len(toks) && toks[i+len(e.keys)].key == "-" && toks[i+len(e.keys)].glued) {
		return mention{}, false // a known outlet, unless a hyphen goes on with it ("CNN-News18")
	}
	sep := toks[i-1].key
	if !(sep == "," || sep == "from" && toks[1].key == ":") || d.capitalRun(2) != i-1 {
		return mention{}, false // the questioner's name, then a comma or "from"
	}
	end := i
	for end < len(toks) && end < i+5 && (toks[end].kind == tokWord && (toks[end].cap || startsWithDigit(toks[end])) || toks[end].key == "-" && toks[end].glued) {
		end++
	}
	closes := end < len(toks) && (toks[end].key == "." || toks[end].key == "?" || toks[end].key == ")" && toks[1].key == "(")
	if end == i || toks[end-1].kind != tokWord || !closes && end < len(toks) || d.lx.idx.persons[personKey(d.surfaceOf(i, end))] != nil {
		return mention{}, false
	}
	return d.orgNamed(i, end, d.surfaceOf(i, end), false)
}

// partyAfterPerson reads the body in brackets right after a person's name,
// at token i, as an organization: a member's party or group ("Deputy Anna
// Nowak (Law and Justice, PiS)", "Minister X (Eesti 200)"); the name after
// its comma is an alias. A state or place in brackets is the gazetteer's.
func (d *doc) partyAfterPerson(i int) (mention, bool) {
	toks := d.toks
	n := len(d.ments)
	if i < 2 || toks[i-1].key != "(" || n == 0 || d.ments[n-1].to != i-1 || d.ments[n-1].kind != graph.KindPerson || toks[i].kind != tokWord || !toks[i].cap {
		return mention{}, false
	}
	end := i
	for end < len(toks) && end < i+5 && toks[end].kind == tokWord && (toks[end].cap || startsWithDigit(toks[end]) || toks[end].key == "and" && end > i) {
		end++
	}
	if end == i || end >= len(toks) || toks[end-1].key == "and" {
		return mention{}, false
	}
	if e := d.gazAt(i); e != nil && i+len(e.keys) >= end {
		return mention{}, false // "Fu Cong (China)", "(AFP)"
	}
	alias := ""
	if toks[end].key == "," && end+2 < len(toks) && toks[end+1].kind == tokWord && toks[end+1].cap && toks[end+2].key == ")" {
		alias = d.surfaceOf(end+1, end+2)
	} else if toks[end].key != ")" {
		return mention{}, false
	}
	m, ok := d.orgNamed(i, end, d.surfaceOf(i, end), false)
	if ok && alias != "" {
		if b := d.ents[m.ids[0]]; b != nil {
			b.addAlias(alias)
		}
		m.to = end + 2 // the alias is read with it: no body of its own
	}
	return m, ok
}

// camelPrefixes start surnames written with an inner capital ("McCarthy",
// "DeSantis"), which are no company names.
var camelPrefixes = []string{"Mc", "Mac", "De", "Di", "La", "Le", "Van", "Von", "Du", "Da", "O"}

// camelCaseOrg reads a word written with a capital inside, standing alone
// and unknown to every list, as an organization: companies and brands are
// written so ("QatarEnergy", "TotalEnergies", "PetroChina"), persons and
// places are not ("McCarthy" aside).
func (d *doc) camelCaseOrg(i int) (mention, bool) {
	toks := d.toks
	t := toks[i]
	if t.upper || t.kind != tokWord || len(t.key) < 5 || d.gazAt(i) != nil || i+1 < len(toks) && toks[i+1].cap && toks[i+1].kind == tokWord {
		return mention{}, false
	}
	w := d.text[t.start:t.end]
	if t.poss {
		w = trimPossessive(w)
	}
	inner := false
	for k := 1; k < len(w); k++ {
		if w[k] >= 'A' && w[k] <= 'Z' && w[k-1] >= 'a' && w[k-1] <= 'z' {
			inner = true
			break
		}
	}
	if !inner {
		return mention{}, false
	}
	for _, p := range camelPrefixes {
		if strings.HasPrefix(w, p) && len(w) > len(p) && w[len(p)] >= 'A' && w[len(p)] <= 'Z' {
			return mention{}, false
		}
	}
	if !t.poss && d.regionAfter(i+1) {
		return mention{}, false // "the TurkStream and Blue Stream pipelines": a place head after it
	}
	return d.orgNamed(i, i+1, w, t.poss)
}

// noteRoute names as a place the route whose name starts at token i: two
// or more parts of one or two capitalized words joined by hyphens, an
// optional acronym in brackets, at most two lower-case modifiers and a
// route noun ("the Beineu-Bozoi-Shymkent gas pipeline", "the Paraná-Paraguay
// waterway"). The route is named with its noun, its parts alone an alias;
// the parts themselves are read as before.
func (d *doc) noteRoute(i int) {
	toks := d.toks
	if i > 0 && toks[i-1].key == "-" && toks[i].glued {
		return // a later part of a route already read
	}
	k, parts := i, 0
	for k < len(toks) && parts < 5 {
		n := 0
		for k < len(toks) && n < 2 && toks[k].kind == tokWord && toks[k].cap && !toks[k].poss {
			k, n = k+1, n+1
		}
		if n == 0 {
			return
		}
		parts++
		if k+1 < len(toks) && toks[k].key == "-" && toks[k].glued && toks[k+1].glued && toks[k+1].cap {
			k++
			continue
		}
		break
	}
	if parts < 2 || k >= len(toks) {
		return
	}
	partsEnd := k
	if k+2 < len(toks) && toks[k].key == "(" && toks[k+1].upper && toks[k+2].key == ")" {
		k += 3 // "Baku-Tbilisi-Ceyhan (BTC) pipeline"
	}
	for m := k; m < len(toks) && m <= k+2 && toks[m].kind == tokWord && !toks[m].cap; m++ {
		if routeNouns[toks[m].key] {
			parts := d.surfaceOf(i, partsEnd)
			name := parts + " " + d.surfaceOf(k, m+1)
			b := d.entity(d.entityID(graph.KindPlace, name), graph.KindPlace, name)
			b.addAlias(parts)
			d.addMention(b.e.ID, name)
			return
		}
	}
}

// routeNouns follow two places joined by a hyphen: "the Davao-Manado ferry
// route".
var routeNouns = wordSet("route-nouns")

// routePlaces reads two capitalized words joined by a hyphen before a route
// noun (within two words) as two places: "the Davao-Manado ferry route",
// "the Kibuye-Goma power line". It appends both and returns the end.
func (d *doc) routePlaces(i int) (int, bool) {
	toks := d.toks
	if i+3 >= len(toks) || toks[i+1].key != "-" || !toks[i+1].glued || !toks[i+2].glued || !toks[i+2].cap || toks[i+2].kind != tokWord ||
		d.gazAt(i) != nil || d.gazAt(i+2) != nil || toks[i].flags&(fNonNameWords|fRoleWords|fFirstNames) != 0 {
		return i, false
	}
	route := false
	for k := i + 3; k < len(toks) && k <= i+4 && toks[k].kind == tokWord && !toks[k].cap; k++ {
		if routeNouns[toks[k].key] {
			route = true
		}
	}
	if !route {
		return i, false
	}
	d.ments = append(d.ments, d.placeMention(i, i+1), d.placeMention(i+2, i+3))
	return i + 3, true
}

// placeMention makes tokens [from, to) a place, with the state the city
// table gives it.
func (d *doc) placeMention(from, to int) mention {
	name := d.surfaceOf(from, to)
	id := d.entityID(graph.KindPlace, name)
	b := d.entity(id, graph.KindPlace, name)
	if iso3, ok := gazetteer.CityState(name); ok && b.e.Country == "" {
		b.e.Country = graph.StateID(iso3)
		d.ensureState(b.e.Country)
	}
	d.addMention(id, name)
	return mention{from: from, to: to, ids: []string{id}, kind: graph.KindPlace, how: howName, place: id}
}

// vesselNouns name a kind of ship before its name ("the bulk carrier
// Eternity C"), vesselPrefixes stand before a ship's name ("MV Sea
// Harmony", "BRP Teresa Magbanua"); see lexicon/words.txt.
var (
	vesselNouns     = wordSet("vessel-nouns")
	vesselPrefixes  = wordSet("vessel-prefixes")
	vesselModifiers = wordSet("vessel-modifiers")
)

// namedVessel reads a ship's name: one to four capitalized words or
// numbers after a prefix in capitals (the prefix is part of the name) or
// after a lower-case noun of a kind of ship. A ship is a place, as an
// attack's target; a name the gazetteer knows is none.
func (d *doc) namedVessel(i int) (mention, bool) {
	toks := d.toks
	from := i
	switch {
	case toks[i].upper && vesselPrefixes[toks[i].key] && i+1 < len(toks) && toks[i+1].cap && toks[i+1].kind == tokWord:
		i++
	case i > 0 && vesselNouns[toks[i-1].key] && !toks[i-1].cap:
	default:
		return mention{}, false
	}
	if d.gazAt(i) != nil {
		return mention{}, false
	}
	end := i
	for end < len(toks) && end < i+4 && toks[end].kind == tokWord && (toks[end].cap || startsWithDigit(toks[end])) && !toks[end].poss {
		end++
	}
	if end == i || end < len(toks) && toks[end].poss {
		return mention{}, false
	}
	m := d.placeMention(from, end)
	if d.vessels == nil {
		d.vessels = map[string]bool{}
	}
	d.vessels[m.ids[0]] = true
	return m, true
}

// siteFirstHeads are the heads of sites that languages write before the
// name ("Palácio do Planalto", "Casa Rosada", "Palais de l'Élysée"), and
// siteParticles join their words; see lexicon/words.txt.
var (
	siteFirstHeads = wordSet("site-first-heads")
	siteParticles  = wordSet("site-particles")
)

// siteFirstHead reads a site whose head comes first: the capitalized head
// and one to three capitalized words after it, particles between ("do",
// "de", "la"). A site is a place.
func (d *doc) siteFirstHead(i int) (mention, bool) {
	toks := d.toks
	if !siteFirstHeads[toks[i].key] || d.gazAt(i) != nil {
		return mention{}, false
	}
	end, words := i+1, 0
	for end < len(toks) && words < 3 && toks[end].kind == tokWord {
		if toks[end].cap {
			words++
		} else if !siteParticles[toks[end].key] || end+1 >= len(toks) || !toks[end+1].cap {
			break
		}
		end++
		if toks[end-1].poss {
			break
		}
	}
	if words == 0 {
		return mention{}, false
	}
	return d.placeMention(i, end), true
}
