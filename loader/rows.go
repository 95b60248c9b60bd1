package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// Designation lists (sanctions notices, wanted lists) name persons surname
// first, the surname in capitals ("PETROV, Ivan Sergeyevich"), and give the
// other names of a person or body after a marker ("(a.k.a. CHOW, Ming-ho;
// a.k.a. "The Engineer")"). This file reads both.

// aliasMarkers introduce another name of the entity just named: "a.k.a.",
// "also known as", "formerly known as".
var aliasMarkers = wordSet("alias-markers")

// rowMarkers open a row of a list before its first name: "-", "•", "Name:".
var rowMarkers = wordSet("row-markers")

// rowStart reports whether token i opens a row of a list: the sentence's
// first word, or the first after a bullet or a label's colon.
func (d *doc) rowStart(i int) bool {
	toks := d.toks
	if i == 0 {
		return true
	}
	if toks[i-1].kind != tokPunct || !rowMarkers[toks[i-1].key] {
		return false
	}
	return i == 1 || i == 2 && toks[0].kind == tokWord && toks[0].cap
}

// surnameRun returns the end of a run of words in capitals starting at
// token i, hyphens inside ("AL-MASRI"), at most three words; i when none.
func (d *doc) surnameRun(i int) int {
	toks := d.toks
	k, words := i, 0
	for k < len(toks) && words < 3 {
		switch tk := toks[k]; {
		case tk.kind == tokWord && tk.upper && !tk.dotted:
			words++
		case tk.key == "-" && tk.glued && words > 0 && k+1 < len(toks) && toks[k+1].glued && toks[k+1].upper:
		default:
			return k
		}
		k++
	}
	return k
}

// givenRun returns the end of the given names after a surname's comma:
// one to four capitalized words not in capitals ("Ivan Sergeyevich",
// "Ming-ho"); from when none.
func (d *doc) givenRun(from int) int {
	toks := d.toks
	k, words := from, 0
	for k < len(toks) && words < 4 {
		tk := toks[k]
		if tk.kind == tokWord && tk.cap && !tk.upper && tk.flags&(fNonNameWords|fRoleWords) == 0 && d.gazAt(k) == nil {
			words++
		} else if tk.kind == tokWord && tk.glued && toks[k-1].key == "-" {
			// "Ming-ho"
		} else if !(tk.key == "-" && tk.glued && words > 0 && k+1 < len(toks) && toks[k+1].glued) {
			break
		}
		k++
	}
	for k > from && toks[k-1].kind == tokPunct {
		k--
	}
	return k
}

// surnameFirst reads "SURNAME, Given Names" at token i: the end of the
// given names and the person's name in reading order ("Ivan Sergeyevich
// Petrov"), or ok false.
func (d *doc) surnameFirst(i int) (end int, name string, ok bool) {
	toks := d.toks
	s := d.surnameRun(i)
	if s == i || s+1 >= len(toks) || toks[s].key != "," {
		return 0, "", false
	}
	end = d.givenRun(s + 1)
	if end == s+1 || end < len(toks) && toks[end].kind == tokWord {
		return 0, "", false
	}
	surname := titleCaseWords(strings.ReplaceAll(d.surfaceOf(i, s), "-", "- "))
	return end, d.surfaceOf(s+1, end) + " " + strings.ReplaceAll(surname, "- ", "-"), true
}

// listedPerson reads a person named surname first at the start of a list's
// row ("1. PETROV, Ivan Sergeyevich (a.k.a. ...), born ..."): the person is
// named in reading order, with the row's form and the surname-first order
// without comma ("Zhou Minghao") as aliases.
func (d *doc) listedPerson(i int) (mention, bool) {
	toks := d.toks
	if !toks[i].upper || !d.rowStart(i) || d.gazAt(i) != nil || d.acronyms[d.surfaceOf(i, i+1)] != "" {
		return mention{}, false
	}
	end, name, ok := d.surnameFirst(i)
	if !ok {
		return mention{}, false
	}
	id := d.entityID(graph.KindPerson, name)
	if id == "person:" {
		return mention{}, false
	}
	s := d.surnameRun(i)
	if b := d.ents[d.entityID(graph.KindPerson, d.surfaceOf(i, s)+" "+d.surfaceOf(s+1, end))]; b != nil {
		id = b.e.ID // "Zhou Minghao" named before in the surname-first order of his language
	}
	b := d.entity(id, graph.KindPerson, name)
	d.addSurnameFirstAliases(b, i)
	d.notePerson(b, toks[i:end])
	d.addMention(id, name)
	return mention{from: i, to: end, ids: b.idList(), kind: graph.KindPerson, how: howName}, true
}

// addSurnameFirstAliases gives b the forms of the surname-first name at
// token i: as written ("PETROV, Ivan"), without the comma ("PETROV Ivan"),
// and in reading order ("Ivan Petrov").
func (d *doc) addSurnameFirstAliases(b *entBuild, i int) {
	end, name, ok := d.surnameFirst(i)
	if !ok {
		return
	}
	s := d.surnameRun(i)
	for _, a := range []string{d.surfaceOf(i, end), d.surfaceOf(i, s) + " " + d.surfaceOf(s+1, end), name} {
		if a != b.e.Name {
			b.addAlias(a)
		}
	}
}

// otherNameAt reads another name of the entity just named at token i, an
// alias after a marker or a short name in brackets, and returns the token
// to go on from: the name makes no entity of its own.
func (d *doc) otherNameAt(i int) (int, bool) {
	if n, ok := d.aliasGroup(i); ok {
		return n, true
	}
	return d.shortNameInBrackets(i)
}

// aliasMarkerEnd returns the token after an alias marker starting at token
// i ("a.k.a.", "also known as"), or -1.
func (d *doc) aliasMarkerEnd(i int) int {
	toks := d.toks
	start := toks[i].start
	best := -1
	for m := range aliasMarkers {
		if !strings.HasPrefix(d.lower[start:], m) {
			continue
		}
		for k := i; k < len(toks) && toks[k].start < start+len(m); k++ {
			if toks[k].end == start+len(m) && k+1 > best {
				best = k + 1
			}
		}
	}
	return best
}

// aliasGroup reads the other names given after a marker right after a
// mention ("Zhou Minghao (a.k.a. CHOW, Ming-ho; f.k.a. Zhou Ming)") as
// aliases of its entity, and returns the token to go on from: the names
// make no entity of their own.
func (d *doc) aliasGroup(i int) (int, bool) {
	toks := d.toks
	if i == 0 || toks[i].cap && toks[i].key != "also" && toks[i].key != "formerly" {
		return 0, false
	}
	owner := ""
	switch {
	case d.aliasResume > 0 && d.aliasResume == i-1:
		owner = d.aliasOwner
	case toks[i-1].key == "(" || toks[i-1].key == ",":
		owner = d.mentionEndingAt(d.skipBackToName(i - 1))
	}
	b := d.ents[owner]
	if b == nil || b.e.Kind == graph.KindState {
		return 0, false
	}
	from := d.aliasMarkerEnd(i)
	if from < 0 {
		return 0, false
	}
	end := d.aliasItemEnd(from, toks[i-1].key == ",")
	if end == from {
		return 0, false
	}
	if _, _, ok := d.surnameFirst(from); ok && toks[from].upper {
		d.addSurnameFirstAliases(b, from)
	} else if a := strings.Trim(d.surfaceOf(from, end), "\"'“”‘’ "); a != "" {
		b.addAlias(a)
	}
	d.aliasOwner, d.aliasResume = owner, end
	return end, true
}

// mentionEndingAt returns the entity of the sentence's mention that ends at
// token k, or "".
func (d *doc) mentionEndingAt(k int) string {
	for x := len(d.ments) - 1; x >= 0; x-- {
		if m := d.ments[x]; m.to == k && len(m.ids) > 0 {
			return m.ids[0]
		} else if m.to < k {
			break
		}
	}
	return ""
}

// skipBackToName returns the end of the name before the bracket or comma
// at token k that opens other names: over a suffix's period ("CO., LTD.
// (a.k.a. ...)") and a bracketed note before it ("ZHOU, Minghao (Chinese:
// 周明浩) (a.k.a. ...)").
func (d *doc) skipBackToName(k int) int {
	toks := d.toks
	if k > 0 && toks[k-1].key == "." {
		k--
	}
	if k > 0 && toks[k-1].key == ")" {
		for j := k - 2; j >= 0 && j >= k-12; j-- {
			if toks[j].key == "(" {
				return j
			}
		}
	}
	return k
}

// aliasItemEnd returns the end of one alias from token from: the next ";"
// or ")", a comma before another marker, or (after a comma, outside
// brackets) the next comma; a surname's comma ("CHOW, Ming-ho") is inside.
func (d *doc) aliasItemEnd(from int, commaOpened bool) int {
	toks := d.toks
	k := from
	for ; k < len(toks) && k < from+12; k++ {
		switch toks[k].key {
		case ";", ")", ".":
			return k
		case ",":
			if commaOpened || k+1 < len(toks) && d.aliasMarkerEnd(k+1) > 0 {
				return k
			}
			if !toks[k-1].upper {
				return k
			}
		}
	}
	return k
}

// orgMemberRoles name a person's or body's tie to a company before "of":
// "director of Sepehr Energy", "a subsidiary of Falcon Shipping".
var orgMemberRoles = wordSet("org-member-roles")

// memberOfOrg reads the capitalized name after "ROLE of" as an
// organization when the role is a tie to a company ("director of Sepehr
// Energy Jahan Nama Pars"): no person or place is a director's employer.
// It reads at the role word r, before the title rules.
func (d *doc) memberOfOrg(r int) (mention, bool) {
	toks := d.toks
	i := r + 2
	if !orgMemberRoles[toks[r].key] || toks[r].cap && !toks[r].upper || i >= len(toks) || toks[r+1].key != "of" || !toks[i].cap || d.gazAt(i) != nil || toks[i].flags&(fRoleWords|fNonNameWords) != 0 {
		return mention{}, false
	}
	end := d.bodyNameEnd(i, 7)
	if end == i || end < len(toks) && toks[end].kind == tokWord && toks[end].cap {
		return mention{}, false
	}
	return d.orgNamed(i, end, trimPossessive(d.surfaceOf(i, end)), toks[end-1].poss)
}

// bodyNameEnd returns the end of a body's name that context marks as one,
// from token i: at most max capitalized words (glued hyphens inside), up to
// a known name or a possessive.
func (d *doc) bodyNameEnd(i, max int) int {
	toks := d.toks
	end := i
	for end < len(toks) && end < i+max && (toks[end].kind == tokWord && toks[end].cap || toks[end].key == "-" && toks[end].glued && end > i) {
		if d.gazAt(end) != nil && end > i {
			break
		}
		end++
		if toks[end-1].poss {
			break
		}
	}
	for end > i && toks[end-1].kind == tokPunct {
		end--
	}
	return end
}

// companyPrefixes open a company's name in capitals: "PT Pindad", "JSC
// Rosoboronexport".
var companyPrefixes = wordSet("company-prefixes")

// prefixedCompany reads a company named after a legal-form prefix in
// capitals ("PT Pindad", "OOO Alfa Trade"): the prefix and the capitalized
// words after it.
func (d *doc) prefixedCompany(i int) (mention, bool) {
	toks := d.toks
	if !toks[i].upper || !companyPrefixes[toks[i].key] {
		return mention{}, false
	}
	end := d.bodyNameEnd(i+1, 5)
	if end == i+1 {
		return mention{}, false
	}
	m, ok := d.orgNamed(i, end, trimPossessive(d.surfaceOf(i, end)), toks[end-1].poss)
	if ok {
		d.ents[m.ids[0]].addAlias(trimPossessive(d.surfaceOf(i+1, end))) // "Pindad"
	}
	return m, ok
}

// shortNameInBrackets reads a short name a document gives a body in
// brackets right after its full name ("Shenzhen Hailan Electronics Co.,
// Ltd. (Hailan Electronics)"): words of the full name, in its order, become
// its alias and no second body; it returns the token to go on from.
func (d *doc) shortNameInBrackets(i int) (int, bool) {
	toks := d.toks
	n := len(d.ments)
	if i == 0 || toks[i-1].key != "(" || n == 0 || d.ments[n-1].kind != graph.KindOrganization || !toks[i].cap {
		return 0, false
	}
	if to := d.ments[n-1].to; to != i-1 && !(to == i-2 && toks[to].key == ".") {
		return 0, false // ("Co., Ltd. (Hailan Electronics)": the suffix's period between)
	}
	end := d.bodyNameEnd(i, 5)
	if end == i || end >= len(toks) || toks[end].key != ")" {
		return 0, false
	}
	b := d.ents[d.ments[n-1].ids[0]]
	if b == nil {
		return 0, false
	}
	full := strings.FieldsFunc(strings.ToLower(b.e.Name), func(r rune) bool { return r == ' ' || r == '-' })
	at := 0
	for k := i; k < end; k++ {
		if toks[k].kind != tokWord {
			continue
		}
		for at < len(full) && strings.Trim(full[at], ".,") != toks[k].key {
			at++
		}
		if at == len(full) {
			return 0, false // not the full name's words: "Kyiv Post (Reuters)"
		}
	}
	b.addAlias(d.surfaceOf(i, end))
	d.noteDocAlias(d.surfaceOf(i, end), b.e.ID)
	return end, true
}

// noteDocAlias records that the document calls entity id by name from here
// on ("Bahr Al-Arab is owned by ...").
func (d *doc) noteDocAlias(name, id string) {
	if d.docAliases == nil {
		d.docAliases = map[string]string{}
	}
	d.docAliases[personKey(name)] = id
}

// listKindNouns name the kind of the items of a list their header
// introduces ("The following entities were designated:"): a body or a
// person (lexicon/words.txt).
var (
	listOrgNouns    = wordSet("list-org-nouns")
	listPersonNouns = wordSet("list-person-nouns")
	// listPlacingWords and listPlaces: "listed in the Annex", "set out
	// below" (listedElsewhere).
	listPlacingWords = wordSet("list-placing-words")
	listPlaces       = wordSet("list-places")
)

// noteListHeader remembers, after a sentence, the kind of the list its
// header introduces (a sentence ending with a colon that names the kind),
// and forgets it after a sentence that is no bare name.
func (d *doc) noteListHeader() {
	toks := d.toks
	if n := len(toks); n > 1 && toks[n-1].key == ":" {
		d.listKind = ""
		for _, t := range toks {
			switch {
			case listOrgNouns[t.key]:
				d.listKind = graph.KindOrganization
			case listPersonNouns[t.key]:
				d.listKind = graph.KindPerson
			}
		}
		return
	}
	if d.listKind != "" && !d.bareNameRow() {
		d.listKind = ""
	}
}

// bareNameRow reports whether the sentence is a list row holding only a
// name: an optional bullet, capitalized words, and at most a bracket or a
// comma after them.
func (d *doc) bareNameRow() bool {
	toks := d.toks
	i := 0
	if len(toks) > 0 && toks[0].kind == tokPunct && rowMarkers[toks[0].key] {
		i = 1
	}
	end := d.bodyNameEnd(i, 7)
	return end > i && (end == len(toks) || toks[end].key == "(" || toks[end].key == "," || toks[end].key == "." && end+1 == len(toks))
}

// listItem reads a bare name in a row of a list whose header gave its kind
// ("The following individuals were designated:" / "• Mehdi Gogerdchian").
func (d *doc) listItem(i int) (mention, bool) {
	if d.listKind == "" || !d.rowStart(i) || d.gazAt(i) != nil || !d.bareNameRow() {
		return mention{}, false
	}
	end := d.bodyNameEnd(i, 7)
	if d.listKind == graph.KindPerson {
		return d.personChunk(i, end)
	}
	return d.orgNamed(i, end, d.surfaceOf(i, end), false)
}

// listDesignation is a designation whose objects a list gives: "the FCDO
// designated the following persons and entities", then numbered rows.
type listDesignation struct {
	agents   []string
	date     graph.Date
	dateFrom dateSource
}

// noteListDesignation remembers a sanction verb whose object is "the
// following" persons or entities, or a count of them ("is designating four
// individuals and five entities"): the rows of the list after it are its
// objects (designatedRow).
func (d *doc) noteListDesignation(v verbCall) {
	d.noteListObject(v.end, v.i, v.subjEnd, v.subj)
}

// noteListObject remembers a list designation by agents when the object
// at token j is "the following" persons or entities, or a count of them
// (the trigger at trig; its subject ends at subjEnd).
func (d *doc) noteListObject(j, trig, subjEnd int, agents []string) {
	toks := d.toks
	if j < len(toks) && (toks[j].key == "the" || toks[j].key == "an" || toks[j].key == "a") {
		j++
	}
	if j < len(toks) && listAddedWords[toks[j].key] {
		j++ // "against an additional four entities", "on a further 12 individuals"
	}
	if j >= len(toks) {
		return
	}
	first := j + 1
	if d.listedElsewhere(j) {
		first = j // "the persons and entities listed in the Annex"
	} else if toks[j].key != "following" && countWords[toks[j].key] < 2 && !startsWithDigit(toks[j]) {
		return
	}
	for k := first; k < len(toks) && k <= j+4; k++ {
		if listOrgNouns[toks[k].key] || listPersonNouns[toks[k].key] {
			date, from := d.emitDate(trig, subjEnd, agents)
			d.listDesignation = &listDesignation{agents: agents, date: date, dateFrom: from}
			return
		}
	}
}

// listAddedWords tell that a list designation adds to earlier ones:
// "an additional four entities" (lexicon/words.txt).
var listAddedWords = wordSet("list-added-words")

// listedElsewhere reports whether the noun phrase at token j names the
// persons or entities of a list given elsewhere in the document: list
// nouns, then a placing word and, within four words, the list's place
// ("persons and entities listed in the Annex to this Notice", "individuals
// set out below").
func (d *doc) listedElsewhere(j int) bool {
	toks := d.toks
	k := j
	for k < len(toks) && k < j+5 && (listOrgNouns[toks[k].key] || listPersonNouns[toks[k].key] || toks[k].key == "and" || toks[k].key == ",") {
		k++
	}
	if k == j || k >= len(toks) || !listPlacingWords[toks[k].key] {
		return false
	}
	for m := k + 1; m < len(toks) && m <= k+4; m++ {
		if listPlaces[toks[m].key] {
			return true
		}
	}
	return false
}

// noteNounListDesignation reads sanctions named by a noun on a counted
// group ("imposed targeted sanctions and travel bans on five individuals
// and four entities"): the rows of the list after it are their objects.
func (d *doc) noteNounListDesignation(end, trig, subjEnd int, agents []string) {
	toks := d.toks
	limit := end + 6
	for j := end; j < len(toks) && j <= limit; j++ {
		if toks[j].key == "on" || toks[j].key == "against" {
			d.noteListObject(j+1, trig, subjEnd, agents)
			return
		}
		if toks[j].key == "under" {
			// "sanctions under the Special Economic Measures (Sudan) Regulations against"
			k := d.legalBasisEnd(j)
			limit += k - j
			j = k - 1
			continue
		}
		if toks[j].kind != tokWord || d.mentionIndexAt(j) >= 0 {
			return
		}
	}
}

// legalBasisEnd returns the token after the legal basis that opens with
// "under" at token j: "the" and a capitalized title, brackets and all
// ("under the Special Economic Measures (Sudan) Regulations"), or j+1 when
// none follows.
func (d *doc) legalBasisEnd(j int) int {
	toks := d.toks
	k := j + 1
	if k < len(toks) && toks[k].key == "the" {
		k++
	}
	start := k
	for k < len(toks) && k < start+12 && (toks[k].kind == tokWord && toks[k].cap || toks[k].key == "(" || toks[k].key == ")" || toks[k].key == "of" || toks[k].key == "-" || toks[k].key == "and" || startsWithDigit(toks[k])) {
		k++
	}
	if k == start || toks[k-1].kind != tokWord && toks[k-1].key != ")" {
		return j + 1
	}
	return k
}

// listEndWords head the part of a designation notice that lists no new
// designation ("REMOVED ENTRIES"); see lexicon/words.txt.
var listEndWords = wordSet("list-end-words")

// designatedRow emits the sanction of a list designation on the person or
// body a row of its list names: a row after its bare number ("1." then
// "JAFARI, Mehdi") or after a bullet, named first.
func (d *doc) designatedRow() {
	ld := d.listDesignation
	if ld == nil {
		return
	}
	toks := d.toks
	if len(toks) <= 3 {
		for _, t := range toks {
			if listEndWords[t.key] {
				d.listDesignation = nil // "REMOVED ENTRIES"
				return
			}
		}
	}
	at := d.rowLabelEnd()
	if !d.afterRowNumber && at == 0 && !(len(toks) > 1 && toks[0].kind == tokPunct && rowMarkers[toks[0].key]) || len(d.ments) == 0 {
		return
	}
	m := d.ments[0]
	opens := m.from <= max(1, at) || m.titled && m.titleFrom <= max(1, at) // ("- Major General Hamdan Issa Jumaa, an RSF commander")
	if m.title || !opens || len(m.ids) != 1 || m.kind != graph.KindPerson && m.kind != graph.KindOrganization {
		return
	}
	targets, end := d.rowNames(0)
	bulleted := toks[0].kind == tokPunct && rowMarkers[toks[0].key]
	described := bulleted && end < len(toks) && toks[end].key == "," && !d.clauseAfterApposition(end)
	if len(toks) > 12 && !d.rowFields() && !described || end < len(toks) && toks[end].kind != tokPunct {
		// a numbered paragraph of prose ("5. Kenya welcomed ..."), no row of the list; a bullet's
		// name and its description after a comma are one ("- Jo Kwang Chol, a senior official of ...")
		return
	}
	d.emitListSanction(targets, m.from)
}

// emitListSanction emits the sanction of the current list designation on
// targets, named at token at, dated as the designation.
func (d *doc) emitListSanction(targets []string, at int) {
	ld := d.listDesignation
	ev := d.emit(graph.Sanctioned, ld.agents, targets, at, -1, 0.75, len(d.facts))
	if ev < 0 {
		return
	}
	for x := range d.facts {
		if d.facts[x].event == ev {
			d.facts[x].date, d.facts[x].dateFrom = ld.date, ld.dateFrom
		}
	}
	d.stmts[ev].date = ld.date
}

// designationWord reports whether token t tells of a designation: a word
// that places a list ("listed"), a sanction's participle ("imposed") or a
// sanction verb ("designated", "sanctioned").
func (d *doc) designationWord(t token) bool {
	if listPlacingWords[t.key] || sanctionParticiples[t.key] {
		return true
	}
	vt, ok := d.lx.verbs[t.key]
	return ok && vt.typ == graph.Sanctioned
}

// listedItem reports whether mention x is an item of a list told in
// prose: a person or body named whole, a comma, semicolon or the end after
// it, no possessor ("Daniel Ortega's son") and no clause of its own after
// its description ("Rosario Murillo, the vice-president, was listed").
func (d *doc) listedItem(x int) bool {
	toks, m := d.toks, d.ments[x]
	if m.title || m.poss || len(m.ids) != 1 || m.kind != graph.KindPerson && m.kind != graph.KindOrganization {
		return false
	}
	if m.to < len(toks) && toks[m.to].key != "," && toks[m.to].key != ";" && toks[m.to].key != "." {
		return false
	}
	end := m.to
	for end < len(toks) && toks[end].key != ";" {
		end++
	}
	for j := m.to; j < end; j++ {
		t := &toks[j]
		if t.key == "that" || t.kind == tokWord && t.flags&fRelativeWords != 0 {
			return true // ("Maria Lvova-Belova, a commissioner who is responsible for ...": the relative's verb)
		}
		if t.kind == tokWord && !t.cap && (t.flags&fBeForms != 0 || auxVerbs[t.key] || j > m.to && toks[j-1].key == "," && pastForm(t)) {
			return false
		}
	}
	return true
}

// includeVerbs open the items of a list designation told in prose: "The
// persons listed today include A, deputy director of ...; B, a judge ...".
var includeVerbs = wordSet("include-verbs")

// includedDesignees emits the sanctions of the current list designation on
// the items of a sentence that lists them in prose: its subject the list's
// nouns and a list participle, then an include verb, then names, the first
// right after the verb and each other right after a semicolon.
func (d *doc) includedDesignees() {
	if d.listDesignation == nil {
		return
	}
	toks := d.toks
	k := 0
	if k < len(toks) && (toks[k].key == "the" || toks[k].key == "those") {
		k++
	}
	nouns := k
	for k < len(toks) && (listOrgNouns[toks[k].key] || listPersonNouns[toks[k].key] || toks[k].key == "and") {
		k++
	}
	if k == nouns || k+2 >= len(toks) || !d.designationWord(toks[k]) {
		return
	}
	for k < len(toks) && k < nouns+8 && !includeVerbs[toks[k].key] {
		k++ // "listed today include"
	}
	if k >= len(toks) || !includeVerbs[toks[k].key] {
		return
	}
	for start := k + 1; start < len(toks); start++ {
		if toks[start].key == "and" {
			start++ // "; and D, ..."
		}
		if x := d.itemAt(start); x >= 0 && d.listedItem(x) {
			d.emitListSanction(d.ments[x].ids, start)
		}
		for start < len(toks) && toks[start].key != ";" && !d.listedItemAfterAnd(start) {
			start++
		}
	}
}

// listedItemAfterAnd reports whether ", and" at token c opens the last item
// of a list told in prose: "The individuals listed are A, an officer who
// ..., and B, a businessman".
func (d *doc) listedItemAfterAnd(c int) bool {
	toks := d.toks
	if toks[c].key != "," || c+2 >= len(toks) || toks[c+1].key != "and" {
		return false
	}
	x := d.itemAt(c + 2)
	return x >= 0 && d.listedItem(x)
}

// itemAt returns the mention that opens at token k, its title included
// ("Brigadier General Hossein Zarrinpour"), or -1.
func (d *doc) itemAt(k int) int {
	if x := d.titledAt(k); x >= 0 && d.ments[x].titleFrom == k {
		return x
	}
	if x := d.mentionIndexAt(k); x >= 0 && d.ments[x].from == k {
		return x
	}
	return -1
}

// clauseAfterApposition reports whether a finite verb follows a comma
// after token k with no relative word before it: "- Sergey Lavrov, Russia's
// foreign minister, called the move illegal" is prose, where "- X, a firm
// that, according to the UN, flew weapons" describes X.
func (d *doc) clauseAfterApposition(k int) bool {
	toks := d.toks
	for j := k; j+1 < len(toks); j++ {
		t := &toks[j]
		if t.key == "that" || t.kind == tokWord && t.flags&fRelativeWords != 0 {
			return false
		}
		if t.key != "," {
			continue
		}
		n := &toks[j+1]
		participle := j+2 < len(toks) && toks[j+2].in(fPrepositions, prepositions) // ("- X, Minister of Education, accused of ...")
		if pastForm(n) && !participle || n.flags&fBeForms != 0 || auxVerbs[n.key] || n.flags&fSpeechVerbs != 0 && !n.cap {
			return true
		}
	}
	return false
}

// rowNames returns the names a list row opens with, from its mention x: one,
// or two joined by "and" ("- Anna Belova and Maxim Sorokin, directors of
// ..."), and the token after them.
func (d *doc) rowNames(x int) ([]string, int) {
	toks, m := d.toks, d.ments[x]
	if m.to+1 < len(toks) && toks[m.to].key == "and" && x+1 < len(d.ments) {
		if n := d.ments[x+1]; n.from == m.to+1 && !n.title && len(n.ids) == 1 && n.kind == m.kind {
			return []string{m.ids[0], n.ids[0]}, n.to
		}
	}
	return m.ids, m.to
}

// rowLabelEnd returns the token after a row's number and name label that
// open the sentence ("Item 1. Name: KIM Chol Nam", "Name: Vostok Logistika
// LLC"), or 0 when there is none.
func (d *doc) rowLabelEnd() int {
	toks := d.toks
	k := 0
	if len(toks) > 3 && rowNumberWords[toks[0].key] && startsWithDigit(toks[1]) && (toks[2].key == "." || toks[2].key == ":") {
		k = 3 // "Item 1."
	}
	if k+2 < len(toks) && rowNameLabels[toks[k].key] && toks[k+1].key == ":" {
		return k + 2
	}
	return 0
}

// rowNumberWords open a numbered row ("Item 1."); rowNameLabels label a
// row's name field ("Name:") (lexicon/words.txt).
var (
	rowNumberWords = wordSet("row-number-words")
	rowNameLabels  = wordSet("row-name-labels")
)

// rowFieldWords label the fields of a designation row ("DOB", "Address",
// "nationality"); see lexicon/words.txt.
var rowFieldWords = wordSet("row-field-words")

// rowFields reports whether the sentence holds a designation row's field
// label: a long row ("AL-SHAMI, Abdulmalik (a.k.a. ...); DOB 12 Mar 1981;
// POB Saada, Yemen") is still a row, a numbered paragraph of prose is not.
func (d *doc) rowFields() bool {
	n := 0
	for k := range d.toks {
		if t := &d.toks[k]; t.kind == tokWord && rowFieldWords[t.key] {
			n++
		}
	}
	return n > 0
}

// bareRowNumber reports whether the sentence is a row's bare number: "1.".
func (d *doc) bareRowNumber() bool {
	toks := d.toks
	return len(toks) == 2 && startsWithDigit(toks[0]) && len(toks[0].key) <= 3 && (toks[1].key == "." || toks[1].key == ")")
}
