package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// Discourse: what carries from sentence to sentence. Pronouns and definite
// descriptions (corefMention: "he", "they", "the country", "the delegation"),
// pending roles ("the envoy"), and allegations reported after the fact.
// Speakers are in speakers.go.

// notePendingRole remembers a sentence whose subject is an unnamed office
// holder of a state or body ("The European Union's envoy for the Balkans
// held talks ..."): a name opening the next sentence is that holder.
func (d *doc) notePendingRole() {
	d.pendingRole = ""
	x := -1
	for y := range d.ments {
		s := d.startOf(y)
		if s > 0 && d.toks[s-1].key == "the" {
			s--
		}
		if s == 0 || d.toks[s-1].key == "-" || d.toks[s-1].key == "—" || d.toks[s-1].key == "--" {
			x = y // the sentence's (or the text after a dateline's) first words
		}
		if d.ments[y].from > 12 {
			break
		}
	}
	if x < 0 {
		return
	}
	m := d.ments[x]
	if !m.poss || len(m.ids) != 1 || !(m.kind == graph.KindState || m.kind == graph.KindOrganization) {
		return
	}
	k := m.to
	for k < len(d.toks) && k < m.to+3 && !d.toks[k].cap && d.toks[k].flags&fRoleWords != 0 && d.toks[k].flags&fRoleHeads == 0 {
		k++
	}
	if k < len(d.toks) && d.toks[k].flags&fRoleHeads != 0 {
		d.pendingRole = d.toks[k].key
	}
}

// namePendingRole gives the office of the last sentence's unnamed subject to
// the untitled person who opens the current one ("Miroslav Lajcak, who ...").
func (d *doc) namePendingRole() {
	if d.pendingRole == "" || len(d.ments) == 0 {
		return
	}
	m := d.ments[0]
	if m.from != 0 || m.kind != graph.KindPerson || len(m.ids) != 1 || m.titled || m.how != howName {
		return
	}
	if b := d.ents[m.ids[0]]; b != nil && len(b.roles) == 0 {
		b.addRole(d.pendingRole)
	}
}

// allegationsAccuse adds "X accused Y" for each fact of the current
// sentence (from firstFact) that speaker X reports with an allegation verb
// after it: "Iran has sent drones to the army, the RSF alleged".
func (d *doc) allegationsAccuse(firstFact int) {
	toks := d.toks
	n := len(d.facts)
	for f := firstFact; f < n; f++ {
		ft := d.facts[f]
		if ft.modality != graph.Alleged || ft.attributedTo == "" {
			continue
		}
		if j, e := d.allegationBefore(ft.trig, ft.attributedTo, ft.from); j >= 0 && ft.from != ft.attributedTo {
			// "Kinshasa alleged on Tuesday that Rwandan soldiers were fighting ..."
			d.emit(graph.Accused, []string{ft.attributedTo}, []string{ft.from}, j, e, 0.75, firstFact)
			continue
		}
		for j := ft.trig + 1; j < len(toks); j++ {
			if !allegeVerbs[toks[j].key] || j < 2 || toks[j-1].kind != tokWord {
				continue
			}
			// the speaker just before: "the RSF alleged", "the Yemeni government alleged"
			for b := j - 1; b >= j-3 && b > ft.trig && toks[b].kind == tokWord; b-- {
				if x := d.mentionIndexAt(b); x >= 0 {
					if contains(d.ments[x].ids, ft.attributedTo) {
						d.emit(graph.Accused, []string{ft.attributedTo}, []string{ft.from}, j, d.ments[x].to, 0.75, firstFact)
					}
					break
				}
			}
			break
		}
	}
}

// allegationBefore returns the allegation verb before token trig whose
// subject is speaker and whose complement's subject is actor ("X alleged
// that Y ...", "X has alleged on Tuesday that Y ..."), and the speaker's
// end; -1 when there is none ("Kyiv's alleged role": an adjective).
func (d *doc) allegationBefore(trig int, speaker, actor string) (int, int) {
	for j := trig - 1; j > 0; j-- {
		if !allegeVerbs[d.toks[j].key] || d.mentionIndexAt(j) >= 0 {
			continue
		}
		subj, e := d.subjectAt(j)
		if x, _ := d.complementSubject(j + 1); x >= 0 && contains(subj, speaker) && contains(d.ments[x].ids, actor) {
			return j, e
		}
		return -1, -1
	}
	return -1, -1
}

// corefMention resolves the pronoun or definite description at token i
// ("I", "you", "we", "our", "it", "the two leaders", "the country") to the
// entities it stands for, by the rule of its word.
// styleNouns follow "His" or "Her" in a style of address ("His Highness",
// "Her Majesty"); see lexicon/words.txt.
var styleNouns = wordSet("style-nouns")

func (d *doc) corefMention(i int) (mention, bool) {
	c := coref{d: d, i: i}
	if bareSummitNouns[d.toks[i].key] {
		return c.bareSummit()
	}
	switch k := d.toks[i].key; k {
	case "i", "me", "my":
		return c.firstPerson(k)
	case "you", "your":
		return c.secondPerson(k)
	case "he", "she":
		return c.heShe()
	case "here":
		return c.here()
	case "him":
		return c.him()
	case "his", "her":
		if d.styleAt(i) {
			return mention{}, false // "His Highness Prince Faisal": a style, no pronoun
		}
		return c.hisHer()
	case "we", "us":
		return c.we(k)
	case "our":
		return c.our()
	case "they":
		return c.they()
	case "their":
		return c.their()
	case "it":
		return c.it()
	case "its":
		return c.its()
	case "the", "both", "two":
		return c.definite(k)
	}
	return mention{}, false
}

// statePairNouns stand for the two states of the story after "both" or
// "the two": "both governments", "the two neighbours" (lexicon/words.txt).
var statePairNouns = wordSet("state-pair-nouns")

// bareSummitNouns open a communiqué's clause without an article for the
// body whose meeting it reports: "Summit strongly condemned", "Ministers
// urged" (lexicon/words.txt).
var bareSummitNouns = wordSet("bare-summit-nouns")

// bareSummit resolves "Summit" (or "Ministers", "Leaders") without an
// article opening a communiqué's clause ("5. Summit strongly condemned
// ..."): the body whose summit it is.
func (c coref) bareSummit() (mention, bool) {
	d, toks, i := c.d, c.d.toks, c.i
	if !toks[i].cap || d.summitOrg == "" || i > 0 && toks[i-1].kind == tokWord || i+1 >= len(toks) || toks[i+1].kind != tokWord || toks[i+1].cap {
		return mention{}, false
	}
	d.operative, d.operativeSent = d.summitOrg, d.sentIdx // its acts are dated by the communiqué
	return c.one(d.summitOrg, i+1, howPronoun, toks[i].poss)
}

// coref is a pronoun or definite description being resolved at token i.
type coref struct {
	d *doc
	i int
}

// next returns the key of the n-th token after the pronoun, or "".
func (c coref) next(n int) string {
	if c.i+n < len(c.d.toks) {
		return c.d.toks[c.i+n].key
	}
	return ""
}

// one returns the mention of entity id over tokens [i, to), or none for "".
func (c coref) one(id string, to int, how mentionHow, poss bool) (mention, bool) {
	if id == "" {
		return mention{}, false
	}
	c.d.ensureEntity(id)
	kind, _ := graph.KindOfID(id)
	c.d.addMention(id, "")
	return mention{from: c.i, to: to, ids: []string{id}, kind: kind, how: how, poss: poss}, true
}

// group returns the mention of two or more entities over tokens [i, to).
func (c coref) group(ids []string, to int) (mention, bool) {
	if len(ids) < 2 {
		return mention{}, false
	}
	for _, id := range ids {
		c.d.addMention(id, "")
	}
	kind, _ := graph.KindOfID(ids[0])
	return mention{from: c.i, to: to, ids: append([]string(nil), ids...), kind: kind, how: howGroup, poss: c.d.toks[to-1].poss}, true
}

// firstPerson resolves "I", "me", "my": the speaker of a transcript's turn or of a quotation.
func (c coref) firstPerson(k string) (mention, bool) {
	d := c.d
	i := c.i
	// the speaker of a transcript's turn ("Wang Wenbin: I urge ...") or of a quotation
	if id := d.turnSpeaker(); id != "" {
		return c.one(id, i+1, howPronoun, k == "my")
	}
	if d.quoted() && d.quoteSpeaker != "" && d.sentIdx-d.quoteSent <= 2 {
		return c.one(d.quoteSpeaker, i+1, howPronoun, k == "my")
	}
	if d.headerPerson != "" && !d.quoted() && !d.speechVerbBefore(i) {
		return c.one(d.headerPerson, i+1, howPronoun, k == "my") // a minister's media release: "Today I concluded a visit to ..."
	}
	return mention{}, false
}

// speechVerbBefore reports whether a speech verb whose subject is someone
// named stands before token i in the sentence: "Zelensky wrote on Tuesday:
// I met ..." is his "I" ("As I told the Senate, I met ..." stays the
// document's voice).
func (d *doc) speechVerbBefore(i int) bool {
	for j, t := range d.toks[:i] {
		if t.flags&fSpeechVerbs == 0 || t.cap {
			continue
		}
		for _, m := range d.ments {
			if m.to <= j && m.how != howPronoun && !m.title && (m.kind == graph.KindPerson || m.kind == graph.KindOrganization || m.kind == graph.KindState) {
				return true
			}
		}
	}
	return false
}

// headerNameWords open a person's name on a document's first line, with
// the honorifics: "Senator the Hon Penny Wong" (lexicon/words.txt).
var headerNameWords = wordSet("header-name-words")

// noteHeaderPerson notes, after a document's first sentence, the person it
// names alone, honorifics before the name ("Senator the Hon Penny Wong"):
// the document speaks in that person's voice.
func (d *doc) noteHeaderPerson() {
	if d.sentIdx != 0 || len(d.ments) != 1 {
		return
	}
	m := d.ments[0]
	if m.kind != graph.KindPerson || len(m.ids) != 1 || m.to != len(d.toks) {
		return
	}
	for _, t := range d.toks[:m.from] {
		if !honorifics[t.key] && !headerNameWords[t.key] {
			return
		}
	}
	d.headerPerson = m.ids[0]
}

// secondPerson resolves "you", "your": the one addressed (addressee).
func (c coref) secondPerson(k string) (mention, bool) {
	d := c.d
	toks := c.d.toks
	i := c.i
	if k == "you" && i+1 < len(toks) && toks[i+1].key == "know" {
		return mention{}, false // "you know": a filler
	}
	return c.one(d.addressee(i), i+1, howPronoun, k == "your")
}

// heShe resolves "he", "she": the subject of an adverbial clause opening
// the sentence ("When President X visited Beijing and met Y, he then went
// ..."), else the salient person.
func (c coref) heShe() (mention, bool) {
	d := c.d
	i := c.i
	if id := d.openingClauseSubject(i); id != "" {
		return c.one(id, i+1, howPronoun, false)
	}
	if id := d.subordinateSubject(i); id != "" {
		return c.one(id, i+1, howPronoun, false)
	}
	if id := d.relativeClauseSubject(i); id != "" {
		return c.one(id, i+1, howPronoun, false)
	}
	if id := d.afterOpener(i); id != "" {
		return c.one(id, i+1, howPronoun, false)
	}
	return c.one(d.animate(), i+1, howPronoun, false)
}

// afterOpener returns the person a "he" or "she" at token i stands for when
// it is the subject after a phrase that opens the sentence without a
// subject of its own ("Appointed Foreign Minister by President X in 1992,
// he travelled ...", "After talks with X, she said"): the persons named in
// the phrase are its agents or objects, not the pronoun, which continues
// the discourse's person subject (topicPerson). "" when the sentence does
// not open so, or no person was a subject before.
func (d *doc) afterOpener(i int) string {
	toks := d.toks
	if i < 3 || toks[i-1].key != "," || d.topicPerson == "" {
		return "" // (an opening clause with a subject of its own was openingClauseSubject's)
	}
	named := false
	for j := range i - 1 {
		if k := toks[j].key; k == "," || k == ":" || k == ";" || k == "\"" || toks[j].flags&fSpeechVerbs != 0 {
			return "" // not one opening phrase
		}
	}
	for _, m := range d.ments {
		if m.from >= i {
			break
		}
		if m.kind == graph.KindPerson && len(m.ids) == 1 && !m.title {
			if m.ids[0] == d.topicPerson {
				return "" // "Like X, he": not X; recency decides
			}
			named = true
		}
	}
	if !named {
		return "" // no person to pass over: recency and lastSubject as before
	}
	return d.topicPerson
}

// relativeClauseSubject returns the person a "he" or "she" at token i
// stands for when it is the subject of an object relative clause ("met
// rebel leader X, whom he urged to disarm"): not X, whom the clause is
// about, but the subject of the clause X belongs to (the sentence's first
// subject pronoun, else its first subject), or "".
func (d *doc) relativeClauseSubject(i int) string {
	toks := d.toks
	if i < 3 || toks[i-1].key != "whom" || toks[i-2].key != "," {
		return ""
	}
	for _, m := range d.ments { // "he travelled to meet X, whom he urged": the same "he"
		if m.from >= i-2 {
			break
		}
		if m.how == howPronoun && m.kind == graph.KindPerson && len(m.ids) == 1 && !m.poss {
			return m.ids[0]
		}
	}
	if s, _ := d.mainSubject(i - 2); len(s) == 1 {
		if k, _ := graph.KindOfID(s[0]); k == graph.KindPerson {
			return s[0]
		}
	}
	return ""
}

// subordinateSubject returns the person subject of the main clause when
// "he" or "she" at token i opens an adverbial clause after it ("X was
// received by Y at the airport as he arrived in Z"), or "".
func (d *doc) subordinateSubject(i int) string {
	toks := d.toks
	if i < 3 || !scopeOpeners[toks[i-1].key] && toks[i-1].key != "as" {
		return ""
	}
	if s, _ := d.mainSubject(i - 1); len(s) == 1 {
		if k, _ := graph.KindOfID(s[0]); k == graph.KindPerson {
			return s[0]
		}
	}
	return ""
}

// openingClauseSubject returns the person subject of an adverbial clause
// that opens the sentence and that the comma before token i closes ("When
// X visited ..., he"): a person named within the opener's first words
// (after a title), or "".
func (d *doc) openingClauseSubject(i int) string {
	toks := d.toks
	o := 0
	for j := i - 1; j > 0; j-- {
		if k := toks[j].key; k == ":" || k == "." || k == ";" {
			o = j + 1 // "A: No. When X visited ...": the clause after a label or an abbreviation's dot
			break
		}
	}
	if i < o+3 || toks[i-1].key != "," || !scopeOpeners[toks[o].key] {
		return ""
	}
	for _, m := range d.ments {
		if m.from >= i || m.from > o+5 {
			break
		}
		if m.kind == graph.KindPerson && !m.title && len(m.ids) == 1 && (m.from == o+1 || m.titled && m.titleFrom <= o+2) {
			return m.ids[0]
		}
	}
	return ""
}

// here resolves "here" after a verb of travel ("arrived here Tuesday"): the
// place of the document's dateline.
func (c coref) here() (mention, bool) {
	d, i := c.d, c.i
	if d.dateline == "" || i == 0 {
		return mention{}, false
	}
	if tr, ok := lookupIf(d.toks[i-1].flags&fVerbTrig != 0, d.lx.verbs, d.toks[i-1].key); !ok || tr.typ != graph.Visited {
		return mention{}, false
	}
	return c.one(d.dateline, i+1, howPronoun, false)
}

// him resolves "him": a person who is not its clause's subject.
func (c coref) him() (mention, bool) {
	d := c.d
	i := c.i
	// an object pronoun is not its own clause's subject: "Sosa congratulated him"
	return c.one(d.animateObject(i), i+1, howPronoun, false)
}

// hisHer resolves "his", "her": the speaking state before "country" or "government", else the
// salient person.
func (c coref) hisHer() (mention, bool) {
	d := c.d
	toks := c.d.toks
	i := c.i
	if c.next(1) == "country" || c.next(1) == "country's" || c.next(1) == "government" || c.next(1) == "government's" {
		// "Eritrea's information minister said Ethiopia had threatened his country's sovereignty"
		if id := d.speakerState(i); id != "" {
			return c.one(id, i+2, howPronoun, toks[i+1].poss)
		}
	}
	if id := d.appositionOwner(i); id != "" {
		return c.one(id, i+1, howPronoun, true)
	}
	return c.one(d.animate(), i+1, howPronoun, true)
}

// appositionOwner returns the subject of the clause when "his" or "her" at
// token i opens an apposition after a comma ("X held talks with Y in Z,
// his second trip to the city"): the person who acts, not the last named.
func (d *doc) appositionOwner(i int) string {
	toks := d.toks
	if i < 3 || toks[i-1].key != "," {
		return ""
	}
	if s, _ := d.mainSubject(i - 1); len(s) == 1 {
		if k, _ := graph.KindOfID(s[0]); k == graph.KindPerson {
			return s[0]
		}
	}
	return ""
}

// we resolves "we", "us": a communique's body, a quotation's speaker or sides, a transcript
// speaker's state, else the publisher.
func (c coref) we(k string) (mention, bool) {
	d := c.d
	toks := c.d.toks
	i := c.i
	if k == "us" && toks[i].upper {
		return mention{}, false
	}
	if k == "we" {
		if id := d.selfNamedWe(i); id != "" {
			d.weBody = id // "We, the Foreign Ministers of ASEAN, ...": the statement's "we" from here on
		}
	}
	if d.weBody != "" && !d.quoted() {
		return c.one(d.weBody, i+1, howPronoun, false)
	}
	if id := d.transcriptState(); id != "" && !d.quoted() {
		return c.one(id, i+1, howPronoun, false) // a speech at a summit: the speaker's state, not the summit's body
	}
	if d.publisher == "" && d.summitOrg != "" && !d.quoted() && d.turnSpeaker() == "" {
		// a communique's "we": the body issuing it
		return c.one(d.summitOrg, i+1, howPronoun, false)
	}
	if k == "we" && d.quoted() && d.quoteSpeaker != "" && d.sentIdx-d.quoteSent <= 2 {
		// 'Fiqi said: "... We have asked the African Union ..."': the speaker
		return c.one(d.quoteSpeaker, i+1, howPronoun, false)
	}
	if k == "we" && d.quoted() && len(d.lastPair) == 2 && d.publisher == "" {
		// "'We agreed to ...,' Ruto said" after Ruto met Mohamud: the two sides
		return c.group(d.lastPair, i+1)
	}
	if id := d.transcriptState(); id != "" {
		return c.one(id, i+1, howPronoun, false)
	}
	if id := d.turnSpeaker(); id != "" && d.publisher == "" && !d.quoted() {
		return c.one(id, i+1, howPronoun, false) // a speaker whose state is unknown speaks for it
	}
	return c.one(d.publisher, i+1, howPronoun, false)
}

// selfNamedWe returns the body that "we" at token i names in apposition:
// "We, the Foreign Ministers of the Association of Southeast Asian Nations
// (ASEAN), ..." (a known organization or state after "of", before the
// apposition's closing comma), or "".
func (d *doc) selfNamedWe(i int) string {
	toks := d.toks
	if i+3 >= len(toks) || toks[i+1].key != "," || toks[i+2].key != "the" {
		return ""
	}
	for k := i + 3; k+1 < len(toks) && k < i+10; k++ {
		if toks[k].kind != tokWord {
			return ""
		}
		if toks[k].key != "of" {
			continue
		}
		j := k + 1
		if toks[j].key == "the" && j+1 < len(toks) {
			j++
		}
		if e := d.gazAt(j); e != nil && (e.kind == gzOrg || e.kind == gzState) {
			d.entityFromInfo(e.ent)
			return e.ent.id
		}
		return ""
	}
	return ""
}

// our resolves "our": "our two countries", a transcript speaker's state, else the publisher.
func (c coref) our() (mention, bool) {
	d := c.d
	i := c.i
	if (c.next(1) == "two" && (c.next(2) == "countries" || c.next(2) == "nations")) || c.next(1) == "countries" || c.next(1) == "nations" {
		to := i + 2
		if c.next(1) == "two" {
			to = i + 3
		}
		return c.group(d.ourPair(), to)
	}
	if id := d.transcriptState(); id != "" {
		return c.one(id, i+1, howPronoun, true) // a transcript's speaker: "our regions"
	}
	return c.one(d.publisher, i+1, howPronoun, true)
}

// they resolves "they": the last sentence's coordinated subject, else the last pair.
func (c coref) they() (mention, bool) {
	d := c.d
	i := c.i
	if ids := d.partiesBeforeWhere(i); ids != nil {
		return c.group(ids, i+1) // "X and Y met in Charana, where they signed": X and Y
	}
	// the coordinated subject of the last sentence ("Niger and Chad
	// condemned ... They also ..."), else the last two parties
	if len(d.lastSubjects) >= 2 {
		return c.group(d.lastSubjects, i+1)
	}
	if d.pluralSubject {
		return mention{}, false // "The three juntas expelled ... They ...": not the last pair
	}
	return c.group(d.lastPair, i+1)
}

// partiesBeforeWhere returns the parties of the clause that "where" right
// before token i follows: its coordinated subject ("X and Y met in
// Charana, where they"), or its subject and the last party named after it,
// past the place before "where" ("X met Y in Charana, where they"); nil
// when there are not two.
func (d *doc) partiesBeforeWhere(i int) []string {
	if i < 2 || d.toks[i-1].key != "where" || d.toks[i-2].key != "," {
		return nil
	}
	s, end := d.mainSubject(i - 1)
	if len(s) >= 2 {
		return s // "X and Y travelled to Kyiv, where they criticized Russia"
	}
	if len(s) == 0 || end < 0 || !d.meetingBetween(end, i-2) {
		return nil // ("sent a delegation to Saudi Arabia, where they met": no meeting before)
	}
	for x := len(d.ments) - 1; x >= 0; x-- {
		m := d.ments[x]
		if m.from < end {
			return nil
		}
		if m.title || m.modifier || m.poss || len(m.ids) != 1 || m.how == howGroup || m.how == howPronoun || m.how == howRole || m.kind == graph.KindOrganization && d.modifiesEventNoun(x) {
			continue // ("met X at the NATO summit, where they": not NATO)
		}
		if m.kind == graph.KindPlace {
			if m.to >= i-2 {
				continue // "met X in Charana, where they": the meeting's place
			}
			return nil
		}
		if m.ids[0] == s[0] || !d.metPartyAt(x) {
			return nil
		}
		return append([]string{s[0]}, d.group(x, -1)...)
	}
	return nil
}

// meetingBetween reports whether a meeting verb or noun stands in tokens
// [from, to): "met", "held talks", "a bilateral meeting".
func (d *doc) meetingBetween(from, to int) bool {
	for j := max(from, 0); j < to; j++ {
		k := d.toks[j].key
		if vt, ok := d.lx.verbs[k]; ok && (vt.typ == graph.Met || vt.frame == frameHost) || receptionVerbs[k] {
			return true // ("hosted X in Kazan, where they", "received X at the Elysee Palace, where they")
		}
		if nt, ok := d.lx.nouns[k]; ok && nt.typ == graph.Met {
			return true
		}
	}
	return false
}

// metPartyAt reports whether mention x is the object of a meeting verb or
// of a host verb, or follows "with" (a title or "the" between): "met
// President X", "talks with X", "hosted X and Y".
func (d *doc) metPartyAt(x int) bool {
	k := d.startOf(x) - 1
	for k >= 0 && (d.toks[k].key == "the" || d.toks[k].key == "and" || d.toks[k].key == "," || d.ownPronounAt(k)) {
		if y := d.mentionIndexAt(k - 1); (d.toks[k].key == "and" || d.toks[k].key == ",") && y >= 0 {
			return d.metPartyAt(y) // a coordinate of the party: "hosted Modi and Xi"
		}
		k-- // ("met his Russian counterpart Vladimir Putin")
	}
	if k < 0 {
		return false
	}
	if d.toks[k].key == "with" || d.toks[k].key == "for" && k > 0 && hostEventNouns[d.toks[k-1].key] {
		return true // "talks with X", "a dinner for X"
	}
	vt, ok := d.lx.verbs[d.toks[k].key]
	return ok && (vt.typ == graph.Met || vt.frame == frameHost) || receptionVerbs[d.toks[k].key]
}

// ownPronounAt reports whether token k is a possessive pronoun mention
// ("his" before "Russian counterpart Vladimir Putin").
func (d *doc) ownPronounAt(k int) bool {
	x := d.mentionIndexAt(k)
	return x >= 0 && d.ments[x].how == howPronoun && d.ments[x].poss
}

// hostEventNouns are what a host gives for a guest: "hosted a dinner for
// Xi" (lexicon/words.txt).
var hostEventNouns = wordSet("host-event-nouns")

// their resolves "their countries": the last pair.
func (c coref) their() (mention, bool) {
	d := c.d
	i := c.i
	if c.next(1) == "countries" {
		return c.group(d.lastPair, i+2)
	}
	return mention{}, false
}

// forPhraseParty returns the mention of the state or body right before a
// "for" whose noun phrase an object relative with "it" at token i ends
// ("thanked Mauritania for the 30 megawatts of electricity that it has
// supplied"), or -1.
func (d *doc) forPhraseParty(i int) int {
	toks := d.toks
	if i < 4 || toks[i-1].key != "that" && toks[i-1].key != "which" {
		return -1
	}
	for f := i - 2; f > 0 && f >= i-10; f-- {
		if toks[f].kind != tokWord || d.mentionIndexAt(f) >= 0 {
			return -1
		}
		if toks[f].key != "for" {
			continue
		}
		x := d.mentionIndexAt(f - 1)
		if x >= 0 && d.ments[x].to == f && len(d.ments[x].ids) == 1 && (d.ments[x].kind == graph.KindState || d.ments[x].kind == graph.KindOrganization) {
			return x
		}
		return -1
	}
	return -1
}

// agreementRelativeParty returns the mention of the state or body that
// "it" at token i stands for in an object relative after a noun whose
// signing or agreeing verb names the partner after "with" ("the ceasefire
// it agreed with Lebanon", "the agreement that it signed with Damascus"):
// the party an urging before asks to act ("urged Israel to respect ..."),
// else the nearest state or body before the noun not of the partner's side
// ("The UN said Israel violated the ceasefire it agreed with Hezbollah");
// -1 otherwise, and when that party is accused of what follows ("X accused
// Y of undermining the deal it signed with Z": the text leaves it open).
func (d *doc) agreementRelativeParty(i int) int {
	toks := d.toks
	n := i - 1
	if n > 0 && (toks[n].key == "that" || toks[n].key == "which") {
		n--
	}
	if n < 1 || toks[n].kind != tokWord || toks[n].cap || toks[n].flags&(fPrepositions|fVerbAux|fBeForms) != 0 {
		return -1
	}
	v := d.verbGroupEnd(i + 1)
	if v+2 >= len(toks) || toks[v+1].key != "with" || !signingVerbs[toks[v].key] && toks[v].key != "agreed" && toks[v].key != "reached" {
		return -1
	}
	p := v + 2
	if toks[p].key == "the" {
		p++
	}
	e := d.gazAt(p) // (mentions are found left to right: the partner has none yet)
	if e == nil || e.ent == nil {
		return -1
	}
	partner := e.ent.id
	if e.ent.kind != graph.KindState && e.ent.country != "" {
		partner = e.ent.country
	}
	if x := d.urgedObjectBefore(n); x >= 0 {
		if d.ments[x].ids[0] == e.ent.id {
			return -1
		}
		return x // "urged the SDF to implement the agreement it signed with Damascus": the SDF
	}
	for x := len(d.ments) - 1; x >= 0; x-- {
		m := d.ments[x]
		if m.to > n || len(m.ids) != 1 || m.title || m.modifier || m.how == howDemonym || m.how == howPronoun || m.kind != graph.KindState && m.kind != graph.KindOrganization || d.bracketed(x) {
			continue
		}
		if d.sideOf(m.ids[0]) != partner {
			if d.chargedParty(x) {
				return -1 // "Azerbaijan accused France of undermining the deal it signed with Armenia": either signed it
			}
			return x // "The UN said Israel violated the ceasefire it agreed with Hezbollah": the nearest party
		}
	}
	return -1
}

// chargedParty reports whether mention x is the object of an accusation
// whose "of" follows it ("accused France of undermining ..."): the accuser
// and the accused both stand before what follows.
func (d *doc) chargedParty(x int) bool {
	m, toks := d.ments[x], d.toks
	if m.from < 1 || m.to >= len(toks) || toks[m.to].key != "of" {
		return false
	}
	vt, ok := d.lx.verbs[toks[d.startOf(x)-1].key]
	return ok && vt.typ == graph.Accused
}

// urgedObjectBefore returns the state or body that an urging verb before
// token n asks to act (the last named between them: "urged the EU to press
// Israel to respect"), or -1.
func (d *doc) urgedObjectBefore(n int) int {
	for j := n - 1; j >= 0; j-- {
		if !d.urgeAt(j) || d.mentionIndexAt(j) >= 0 {
			continue
		}
		for x := len(d.ments) - 1; x >= 0; x-- {
			m := d.ments[x]
			if m.from <= j || m.from >= n {
				continue
			}
			if len(m.ids) == 1 && !m.title && !m.modifier && !m.poss && (m.kind == graph.KindState || m.kind == graph.KindOrganization) {
				return x // the last: "urged the EU to press Israel to respect ..."
			}
		}
		return -1
	}
	return -1
}

// sideOf returns the state a person or body belongs to, when known, else
// id itself.
func (d *doc) sideOf(id string) string {
	if b, ok := d.ents[id]; ok && b.e.Kind != graph.KindState && b.e.Country != "" {
		return b.e.Country
	}
	return id
}

// it resolves "it": the object body of an accusing verb, else the speaker of "X said it ...".
func (c coref) it() (mention, bool) {
	d := c.d
	toks := c.d.toks
	i := c.i
	if i > 0 && d.lx.isVerbTriggerTok(&toks[i-1]) && !sayVerbs[toks[i-1].key] && d.mentionIndexAt(i-1) < 0 {
		// "imposed sanctions on Keremet Bank, accusing it of ...": the last
		// body or state named that is not the sentence's subject
		subj := ""
		if s, _ := d.mainSubject(i); len(s) == 1 {
			subj = s[0]
		}
		for x := len(d.ments) - 1; x >= 0; x-- {
			m := d.ments[x]
			if len(m.ids) == 1 && (m.kind == graph.KindOrganization || m.kind == graph.KindState) && !m.title && !m.modifier && m.how != howDemonym && m.ids[0] != subj && !d.basedModifier(x) {
				// ("sanctions on the Bishkek-based lender X, accusing it": not Bishkek's state)
				return c.one(m.ids[0], i+1, howPronoun, false)
			}
		}
		return mention{}, false
	}
	if r := i - 1; r > 0 && (landNouns[toks[r].key] || (toks[r].key == "that" || toks[r].key == "which") && landNouns[toks[r-1].key]) {
		// "withdraw from all Syrian territories it has occupied": the holder named before
		for x := len(d.ments) - 1; x >= 0; x-- {
			if m := d.ments[x]; m.from < r && len(m.ids) == 1 && (m.kind == graph.KindState || m.kind == graph.KindOrganization) && m.how != howDemonym && !m.title && !m.modifier {
				return c.one(m.ids[0], i+1, howPronoun, false)
			}
		}
	}
	if x := d.agreementRelativeParty(i); x >= 0 {
		// "urged Israel to respect the ceasefire it agreed with Lebanon": the
		// party named before the agreement, not its partner
		return c.one(d.ments[x].ids[0], i+1, howPronoun, false)
	}
	if x := d.forPhraseParty(i); x >= 0 {
		// "thanked Mauritania for the electricity that it has supplied": the party the "for" phrase is about
		return c.one(d.ments[x].ids[0], i+1, howPronoun, false)
	}
	if i > 0 && (toks[i-1].key == "where" || toks[i-1].key == "whom" || toks[i-1].key == "which" && i > 1 && toks[i-2].in(fPrepositions, prepositions)) {
		// "held a sitting, at which it met X": the main clause's subject ("sanctioned six officials, whom it accused")
		if s, _ := d.mainSubject(i - 1); len(s) == 1 {
			if k, _ := graph.KindOfID(s[0]); k == graph.KindOrganization || k == graph.KindState {
				return c.one(s[0], i+1, howPronoun, false)
			}
		}
	}
	if d.lastBodySubject != "" && d.clauseOpeningSubject(i) {
		// "Australia funds the force. Last year it delivered ...": the state or body before
		return c.one(d.lastBodySubject, i+1, howPronoun, false)
	}
	// "Japan said it had lodged a protest": the speaker
	s := i - 1
	if s > 0 && toks[s].key == "that" {
		s--
	}
	s = d.beforeDateAdjunct(s) // "the WFP said on Monday it had delivered"
	if s < 1 || toks[s].flags&fSpeechVerbs == 0 {
		return mention{}, false
	}
	for x := range d.ments {
		m := d.ments[x]
		if m.from >= s {
			break
		}
		if len(m.ids) == 1 && (m.kind == graph.KindState || m.kind == graph.KindOrganization) && !m.modifier && !m.title && !d.prepObject(m.from) && !d.bracketed(x) {
			// ("ISLAMABAD, Oct 28 (Reuters) - Pakistan's military said it": not the dateline's agency)
			return c.one(m.ids[0], i+1, howPronoun, false)
		}
	}
	return c.one(d.groupSpeaker(i), i+1, howPronoun, false)
}

// beforeDateAdjunct returns the token before a date that ends at token s,
// with the preposition before it ("said on Monday it"), or s.
func (d *doc) beforeDateAdjunct(s int) int {
	if s < 1 || !d.inDate(s) {
		return s
	}
	for s > 0 && d.inDate(s) {
		s--
	}
	if s > 0 && (d.toks[s].key == "on" || d.toks[s].key == "in") {
		s--
	}
	return s
}

// clauseOpeningSubject reports whether the pronoun at token i opens its
// sentence (after an adverbial set off by a comma or a date) as the subject
// of a trigger verb, auxiliaries and adverbs between: "It delivered ...",
// "Last year it sent ..."; "It is unclear" is no reference.
func (d *doc) clauseOpeningSubject(i int) bool {
	toks := d.toks
	dated := true
	for j := 0; j < i; j++ {
		if d.mentionIndexAt(j) >= 0 {
			return false
		}
		dated = dated && d.inDate(j)
	}
	if i > 0 && !dated && toks[i-1].key != "," {
		return false // ("... and it delivered": not opening its sentence)
	}
	for j := i + 1; j < len(toks) && j <= i+3; j++ {
		t := &toks[j]
		switch {
		case t.flags&fBeForms != 0:
			return false
		case t.flags&fVerbTrig != 0:
			return true
		case t.kind == tokWord && !t.cap && (strings.HasSuffix(t.key, "ly") || t.key == "also" || t.key == "has" || t.key == "had" || t.key == "have"):
		default:
			return false
		}
	}
	return false
}

// its resolves "its": the speaking body's state, the complainant, else the last state or body
// named.
func (c coref) its() (mention, bool) {
	d := c.d
	i := c.i
	if id := d.groupSpeaker(i); id != "" {
		// "The Israeli military said its jets struck ...": the speaking body's state
		return c.one(id, i+1, howPronoun, true)
	}
	if sovereigntyNouns[c.next(1)] || compassWords[c.next(1)] && sovereigntyNouns[c.next(2)] {
		// "X accused Y of occupying its territory": the complainant's territory
		if id := d.complainant(i); id != "" {
			return c.one(id, i+1, howPronoun, true)
		}
	}
	// the last state or body named as subject or object, not as a
	// prepositional object: "thanked Kazakhstan for receiving Americans
	// evacuated from Afghanistan and for its assistance"
	fallback := ""
	for x := len(d.ments) - 1; x >= 0; x-- {
		m := d.ments[x]
		if len(m.ids) == 1 && (m.kind == graph.KindState || m.kind == graph.KindOrganization) && !m.modifier && m.how != howDemonym && !m.title {
			if d.prepObject(m.from) && m.how != howPronoun {
				if fallback == "" {
					fallback = m.ids[0]
				}
				continue
			}
			return c.one(m.ids[0], i+1, howPronoun, true)
		}
	}
	if fallback != "" {
		return c.one(fallback, i+1, howPronoun, true)
	}
	return mention{}, false
}

// definite resolves "the", "both", "two": definite descriptions ("the two leaders", "the country",
// "the group").
func (c coref) definite(k string) (mention, bool) {
	d := c.d
	toks := c.d.toks
	i := c.i
	n1, n2 := c.next(1), c.next(2)
	switch {
	case n1 == "former" || n1 == "latter":
		return c.formerLatter(n1)
	case k == "the" && n1 == "leaders" && d.summitOrg != "":
		// "the leaders" of a summit or communique: the body whose leaders they are
		return c.one(d.summitOrg, i+2, howPronoun, toks[i+1].poss)
	case k == "the" && n1 == "two" && i+2 < len(toks) && toks[i+2].kind == tokWord && (d.lx.isVerbTriggerWord(n2) || n2 == "also" || n2 == "have" || n2 == "had"):
		// "the two agreed": the last two persons of the sentence, else the last pair
		if p := d.sentencePair(i, graph.KindPerson); p != nil {
			return c.group(p, i+2)
		}
		return c.group(d.lastPair, i+2)
	case k == "the" && countWords[n1] >= 3 && countWords[n1] == len(d.lastMeeting) && (pairNouns[n2] || n2 == "leaders"):
		// "the three ministers signed" after a host met two guests: the parties of that meeting
		return c.group(d.lastMeeting, i+3)
	case k == "the" && n1 == "same" && statementNouns[n2] && d.lastBodySubject != "":
		// "In a communiqué ..., Venezuela's Foreign Ministry accused X. ... The same communiqué criticised Y": its issuer
		return c.one(d.lastBodySubject, i+3, howPronoun, false)
	case n1 == "two" && statePairNouns[n2] || k == "both" && statePairNouns[n1]:
		// "the agreement that the two Governments signed", "urged both
		// governments": the two states, not the last two persons who met
		return c.twoCountries(k, n1)
	case n1 == "leaders" || n1 == "two" && (n2 == "leaders" || pairNouns[n2]) || n1 == "sides" || n1 == "parties" && k == "the" || n1 == "two" && n2 == "sides" || k == "both" && pairNouns[n1] || k == "the" && pairNouns[n1] && roleNounsForCoref[strings.TrimSuffix(n1, "s")] && len(d.lastPair) == 2:
		// ("Both ministers accused Minsk", "The ministers signed a plan": the two of the story)
		return c.twoLeaders(k, n1, n2)
	case n1 == "countries" || n1 == "nations":
		return c.twoCountries(k, n1)
	case k == "the" && (n1 == "north" || n1 == "south") && toks[i+1].cap && !(i+2 < len(toks) && toks[i+2].cap):
		return c.northSouth(n1)
	case k == "the" && groupRefNouns[n1] && (d.lastOrgParty != "" || d.summitOrg != "") && !(i+2 < len(toks) && (toks[i+2].key == "of" && !d.gerundAt(i+3) || toks[i+2].cap)):
		// ("accused the group of using bases": "of" and a gerund is the charge)
		return c.groupRef(n1)
	case k == "the" && groupAdjectives[n1] && !toks[i+1].cap && groupRefNouns[n2] && (d.lastOrgParty != "" || d.summitOrg != "") && !(i+3 < len(toks) && (toks[i+3].key == "of" && !d.gerundAt(i+4) || toks[i+3].cap)):
		// "supplying the paramilitary group with drones"
		m, ok := c.groupRef(n2)
		m.from, m.to = i, i+3
		return m, ok
	}
	return c.definiteNamedBefore(k, n1, n2)
}

// definiteNamedBefore resolves the definite noun phrases that stand for
// what the text named before: a force, a place, a body by its head, a
// summit's body, a delegation, a person, the country, the authorities or
// government, a state described, a role.
func (c coref) definiteNamedBefore(k, n1, n2 string) (mention, bool) {
	d, toks, i := c.d, c.d.toks, c.i
	switch {
	case k == "the" && armyHeads[n1] && !toks[i+1].cap && d.lastArmy != "" && d.nounPhraseEnds(i+2):
		// "urged the army and the RSF" after "Sudanese army jets bombed ...": the force named last
		return c.one(d.lastArmy, i+2, howPronoun, toks[i+1].poss)
	case k == "the" && (n1 == "city" || n1 == "town") && d.lastPlace != "" && !(i+2 < len(toks) && (toks[i+2].key == "of" || toks[i+2].cap)):
		// "attacks on the city's camps": the place named last
		return c.one(d.lastPlace, i+2, howPronoun, toks[i+1].poss)
	case k == "the" && d.orgByHead[n1] != "" && (!toks[i+1].cap || definedBodyHeads[n1]) && !(i+2 < len(toks) && (headComplementWords[toks[i+2].key] || toks[i+2].cap)):
		// "the mission's trust fund" after "the Multinational Security Support mission";
		// "The Committee urges" after "the Departmental Committee on Defence"
		return c.one(d.orgByHead[n1], i+2, howPronoun, toks[i+1].poss)
	case k == "the" && d.summitOrg != "" && (n1 == "communique" || n1 == "communiqué" || (n1 == "summit" || n1 == "final" || n1 == "joint") && (n2 == "communique" || n2 == "communiqué" || n2 == "declaration" || n2 == "statement")):
		// "The summit communique condemned ...": the body that issued it
		to := i + 2
		if n1 != "communique" && n1 != "communiqué" {
			to = i + 3
		}
		return c.one(d.summitOrg, to, howPronoun, toks[to-1].poss)
	case k == "the" && (n1 == "delegation" || n1 == "visitors" || n1 == "delegates") && d.lastDelegation != "":
		return c.one(d.lastDelegation, i+2, howPronoun, toks[i+1].poss)
	case k == "the" && personAnaphorNouns[n1] && !toks[i+1].cap && d.lastPerson != "" && !(i+2 < len(toks) && (toks[i+2].key == "of" || toks[i+2].cap)):
		// "arrested a supplier, one Bulama Modu ... The suspect has confessed": the person named last
		return c.one(d.lastPerson, i+2, howPronoun, toks[i+1].poss)
	case k == "the" && n1 == "country" && !(i+2 < len(toks) && toks[i+2].key == "of"):
		return c.theCountry()
	case k == "the" && d.authoritiesIn(i) > 0:
		// "the government in Pristina", "the military authorities in Guinea-Bissau": the state
		return c.authorities(d.authoritiesIn(i))
	case k == "the" && (n1 == "government" || n1 == "authorities") && !(i+2 < len(toks) && (toks[i+2].key == "of" || toks[i+2].key == "in" || toks[i+2].cap)):
		// "Peru's foreign minister said that the government had asked Chile": the speaker's government
		if id := d.speakerState(i); id != "" {
			return c.one(id, i+2, howPronoun, toks[i+1].poss)
		}
	case k == "the" && d.namedGovernments[n1] != "":
		// "The federal government in Mogadishu rejected the vote" ... "the
		// federal government accused Ethiopia": the state named so
		if id, end := d.namedGovernmentAt(i); id != "" {
			return c.one(id, end, howPronoun, toks[end-1].poss)
		}
	case k == "the" && d.stateDescriptionEnd(i) > 0:
		return c.stateDescription()
	case k == "the" && roleWords[n1] && n1 != "the" && n1 != "of":
		return d.roleMention(i)
	}
	return mention{}, false
}

// nounPhraseEnds reports whether a noun phrase ends before token j: the
// text ends, or punctuation, a conjunction, a preposition other than "of"
// or a verb follows ("the army and the RSF", "the military said"; not "the
// military junta", "the army of Sudan").
func (d *doc) nounPhraseEnds(j int) bool {
	toks := d.toks
	if j >= len(toks) || toks[j].kind == tokPunct {
		return true
	}
	t := &toks[j]
	if t.cap || t.key == "of" || toks[j-1].poss {
		return toks[j-1].poss && !t.cap // "the army's positions" is the army's
	}
	return t.key == "and" || t.key == "or" || t.key == "to" || t.in(fPrepositions, prepositions) || t.flags&(fBeForms|fVerbAux|fSpeechVerbs) != 0 || d.lx.isVerbishTok(t)
}

// armedMentionBefore returns the armed group of the gazetteer named last in
// the sentence before token i, or "".
func (d *doc) armedMentionBefore(i int) string {
	for x := len(d.ments) - 1; x >= 0; x-- {
		m := d.ments[x]
		if m.to > i || m.title || m.kind != graph.KindOrganization || len(m.ids) != 1 {
			continue
		}
		if info := d.orgInfo(m.ids[0]); info != nil && info.armed {
			return m.ids[0]
		}
	}
	return ""
}

// groupAdjectives describe an armed or political group before its noun in a
// definite reference: "the paramilitary group"; see lexicon/words.txt.
var groupAdjectives = wordSet("group-adjectives")

// gerundAt reports whether token j is a word in -ing ("of using bases").
func (d *doc) gerundAt(j int) bool {
	return j < len(d.toks) && d.toks[j].kind == tokWord && strings.HasSuffix(d.toks[j].key, "ing")
}

// formerLatter resolves "the former", "the latter": the first or last of the last pair named with
// "and".
func (c coref) formerLatter(n1 string) (mention, bool) {
	d := c.d
	toks := c.d.toks
	i := c.i
	grp := d.lastGroup
	for x := len(d.ments) - 1; x > 0; x-- {
		a, b := d.ments[x-1], d.ments[x]
		if a.to+1 == b.from && toks[a.to].key == "and" && len(a.ids) == 1 && len(b.ids) == 1 && a.how != howPronoun {
			grp = []string{a.ids[0], b.ids[0]}
			break
		}
	}
	if len(grp) >= 2 {
		id := grp[0]
		if n1 == "latter" {
			id = grp[len(grp)-1]
		}
		return c.one(id, i+2, howPronoun, toks[i+1].poss)
	}
	return mention{}, false
}

// twoLeaders resolves "the leaders", "the two ministers", "both sides": the persons of the
// sentence, the sides of a "between", the belligerents, the last pair or the last two office
// holders.
func (c coref) twoLeaders(k, n1, n2 string) (mention, bool) {
	d := c.d
	i := c.i
	to := i + 2
	if n1 == "two" {
		to = i + 3
		if p := d.sentencePair(i, graph.KindPerson); p != nil && n2 != "sides" {
			return c.group(p, to) // "Tinubu met Mahama ..., and the two leaders agreed"
		}
	}
	if n1 == "sides" || n1 == "parties" || n2 == "sides" {
		if p := d.betweenPair(i); p != nil {
			return c.group(p, to) // "mediated between X and Y, urged both sides"
		}
		if p := d.sentencePair(i, graph.KindPerson); p != nil && d.meetingBefore(i) && i > 0 && sidesClauseOpeners[d.toks[i-1].key] {
			return c.group(p, to) // "X met Y on Friday, and the two sides agreed": the two who met
		}
		if len(d.lastFight) == 2 && d.urgedAt(i-1) {
			return c.group(d.lastFight, to) // "called on both sides to return to talks": the belligerents
		}
		if p := d.disputePair(); p != nil && !d.statesIn(d.lastPair) {
			return c.group(p, to) // "The two sides signed the Ohrid Agreement": the two states of the story, not the last two persons who met
		}
	}
	if (k == "the" || k == "both") && pairNouns[n1] && len(d.lastPair) >= 2 && !d.holdOffice(d.lastPair, n1) {
		// "The ministers signed" after the minister also met a leader
		if p := d.rolePair(n1); p != nil {
			return c.group(p, i+2)
		}
	}
	if k == "the" && n1 == "two" && len(d.lastPair) >= 2 && !d.holdOffice(d.lastPair, n2) {
		// "The two Presidents condemned ..." after two ministers signed: the
		// noun names the office of the two
		if p := d.rolePair(n2); p != nil {
			return c.group(p, to)
		}
	}
	if len(d.lastPair) < 2 && k == "the" && n1 == "two" {
		// "Ruto paid a State Visit to Korea at the invitation of Lee ... The
		// two Presidents held talks": the last two office holders of two states
		return c.group(d.rolePair(n2), to)
	}
	if len(d.leaderPair) == 2 && d.bodyIn(d.lastPair) && (n1 == "leaders" || n2 == "leaders" || pairNouns[n1] || pairNouns[n2]) {
		// "The two leaders condemned ..." after a ministry and a company signed a contract
		return c.group(d.leaderPair, to)
	}
	return c.group(d.lastPair, to)
}

// sidesClauseOpeners open a clause whose subject "the two sides" or "both
// sides" is: "X met Y, where both sides agreed" (not "met X and Y and urged
// both sides", an object; lexicon/words.txt).
var sidesClauseOpeners = wordSet("sides-clause-openers")

// meetingBefore reports whether a meeting's verb or noun stands before token
// i in the sentence ("met", "held talks").
func (d *doc) meetingBefore(i int) bool {
	for j := 0; j < i && j < len(d.toks); j++ {
		if tr, ok := d.lx.verbs[d.toks[j].key]; ok && tr.typ == graph.Met {
			return true
		}
		if tr, ok := d.lx.nouns[d.toks[j].key]; ok && tr.typ == graph.Met {
			return true
		}
	}
	return false
}

// disputePair returns the pair of states related most often so far, when
// one pair was related at least twice and more than any other; else nil.
func (d *doc) disputePair() []string {
	best, bestN, tie := "", 1, false
	for k, n := range d.pairCount {
		switch {
		case n > bestN:
			best, bestN, tie = k, n, false
		case n == bestN && k != best:
			tie = true
		}
	}
	if best == "" || tie {
		return nil
	}
	a, b, _ := strings.Cut(best, "|")
	return []string{a, b}
}

// statesIn reports whether ids are two states.
func (d *doc) statesIn(ids []string) bool {
	if len(ids) != 2 {
		return false
	}
	k0, _ := graph.KindOfID(ids[0])
	k1, _ := graph.KindOfID(ids[1])
	return k0 == graph.KindState && k1 == graph.KindState
}

// twoCountries resolves "the two countries", "the countries": the states of the sentence, else the
// two most related.
func (c coref) twoCountries(k, n1 string) (mention, bool) {
	d := c.d
	toks := c.d.toks
	i := c.i
	to := i + 2
	if n1 == "two" {
		to = i + 3
	}
	if k == "two" && i > 0 && toks[i-1].key != "the" {
		return mention{}, false
	}
	if p := d.sentencePair(i, graph.KindState); p != nil && n1 == "two" {
		return c.group(p, to)
	}
	return c.group(d.lastTwoStates(), to)
}

// northSouth resolves "the North", "the South": North or South Korea, when the story is about them.
func (c coref) northSouth(n1 string) (mention, bool) {
	d := c.d
	toks := c.d.toks
	i := c.i
	want := "state:PRK"
	if n1 == "south" {
		want = "state:KOR"
	}
	for _, s := range d.recentState {
		if s == "state:PRK" || s == "state:KOR" {
			return c.one(want, i+2, howPronoun, toks[i+1].poss)
		}
	}
	return mention{}, false
}

// groupRef resolves "the group", "the militia", "the bloc": the last
// organization party (for "the rebels", the last armed group), or the bloc
// named.
func (c coref) groupRef(n1 string) (mention, bool) {
	d := c.d
	toks := c.d.toks
	i := c.i
	// "the group", "the militia": the last organization party to a
	// statement; "the bloc": the body named as a bloc
	id := d.lastOrgParty
	if (n1 == "rebels" || n1 == "militants" || n1 == "insurgents" || n1 == "militia") && d.lastArmedParty != "" {
		id = d.lastArmedParty // "the rebels": the armed group, not the bloc that urged them
	}
	if n1 != "bloc" && n1 != "alliance" {
		if a := d.armedMentionBefore(i); a != "" {
			id = a // "urged the SDF to ... and warned the group": the armed group just named
		} else if n1 == "group" && d.lastArmedParty != "" {
			id = d.lastArmedParty // "accused the group of using bases": the armed group, not the mission fighting it
		}
	}
	if id == "" || (n1 == "bloc" || n1 == "alliance") && d.summitOrg != "" {
		id = d.summitOrg
	}
	return c.one(id, i+2, howPronoun, toks[i+1].poss)
}

// theCountry resolves "the country": the state just named with a possessive, else the speaking
// state.
func (c coref) theCountry() (mention, bool) {
	d := c.d
	toks := c.d.toks
	i := c.i
	if n := len(d.recentState); n > 0 && toks[i+1].poss {
		return c.one(d.recentState[n-1], i+2, howPronoun, true)
	}
	if id := d.speakingState(i); id != "" {
		// "Iran said that Israeli jets struck the country": the speaker's state
		return c.one(id, i+2, howPronoun, false)
	}
	if subj, _ := d.mainSubject(i); len(subj) == 1 && i > 0 && toks[i-1].key == "of" {
		// "Kuwait marked the anniversary of Iraq's invasion of the country":
		// the patient of an event is the sentence's subject state, not its agent
		if k, _ := graph.KindOfID(subj[0]); k == graph.KindState && !d.possessorBefore(i-1, subj[0]) {
			return c.one(subj[0], i+2, howPronoun, false)
		}
	}
	return mention{}, false
}

// possessorBefore reports whether the mention of state id is the possessor
// of the noun before token j ("Kuwait's invasion of"), i.e. the event's agent.
func (d *doc) possessorBefore(j int, id string) bool {
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if x := d.mentionIndexAt(k); x >= 0 {
			return d.ments[x].poss && contains(d.ments[x].ids, id)
		}
	}
	return false
}

// stateDescription resolves "the Gulf state", "the North African country": the last state named.
func (c coref) stateDescription() (mention, bool) {
	d := c.d
	toks := c.d.toks
	i := c.i
	// "accusing the Gulf state of ...", "the North African country": the last state named
	end := d.stateDescriptionEnd(i)
	for x := len(d.ments) - 1; x >= 0; x-- {
		if m := d.ments[x]; m.kind == graph.KindState && len(m.ids) == 1 && !m.title && m.how != howDemonym {
			return c.one(m.ids[0], end, howPronoun, toks[end-1].poss)
		}
	}
	if len(d.ments) == 0 && len(d.recentState) > 0 {
		// a sentence opening with the description: the state named last before it
		return c.one(d.recentState[len(d.recentState)-1], end, howPronoun, toks[end-1].poss)
	}
	return mention{}, false
}

// regionWordAt reports whether token j is a capitalized word that names no
// state, organization or person: "Gulf" in "the Gulf state".
func (d *doc) regionWordAt(j int) bool {
	e := d.gazAt(j)
	return e == nil || len(e.keys) == 1 && e.kind != gzState && e.kind != gzPerson && e.ent.kind != graph.KindOrganization
}

// stateDescriptionEnd returns the end of a definite description of a state
// at token i ("the" + one or two regional words + a state noun), or -1.
// "the Gulf state of Qatar" names its own state and is none.
func (d *doc) stateDescriptionEnd(i int) int {
	toks := d.toks
	if i+1 < len(toks) && bareStateNouns[toks[i+1].key] && !toks[i+1].cap && !(i+2 < len(toks) && (toks[i+2].cap || toks[i+2].key == "of")) {
		return i + 2 // "the kingdom", "the emirate"
	}
	for n := i + 2; n <= i+3 && n < len(toks); n++ {
		if stateNouns[toks[n].key] && !toks[n].cap {
			for j := i + 1; j < n; j++ {
				if toks[j].kind != tokWord || !(toks[j].cap && d.regionWordAt(j) && toks[j].flags&fRoleWords == 0 || stateAdjectives[toks[j].key]) {
					return -1
				}
			}
			if n+1 < len(toks) && toks[n+1].cap || n+2 < len(toks) && toks[n+1].key == "of" && toks[n+2].cap {
				return -1
			}
			return n + 1
		}
	}
	return -1
}

// bareStateNouns refer back to a state without an adjective: "the kingdom".
var bareStateNouns = wordSet("bare-state-nouns")

// betweenPair returns the two parties of "between X and Y" before token i
// in the current sentence, or nil.
func (d *doc) betweenPair(i int) []string {
	toks := d.toks
	for x := len(d.ments) - 1; x > 0; x-- {
		a, b := d.ments[x-1], d.ments[x]
		if b.to > i || len(a.ids) != 1 || len(b.ids) != 1 || a.title || b.title || a.ids[0] == b.ids[0] {
			continue
		}
		s := a.from
		if s > 0 && toks[s-1].key == "the" {
			s--
		}
		if s > 0 && toks[s-1].key == "between" && d.onlyCoordination(a.to, b.from) && d.hasConjunction(a.to, b.from) {
			return []string{a.ids[0], b.ids[0]}
		}
	}
	return nil
}

// roleMention resolves "the Prime Minister", "the secretary", "the President".
func (d *doc) roleMention(i int) (mention, bool) {
	toks := d.toks
	j := i + 1
	for j < len(toks) && toks[j].kind == tokWord && (toks[j].flags&fRoleWords != 0) && toks[j].key != "the" && toks[j].key != "and" && !toks[j-1].poss {
		j++
		if j+1 < len(toks) && toks[j].key == "-" && toks[j].glued && toks[j+1].glued && toks[j+1].flags&fRoleWords != 0 {
			j++ // "the Secretary-General", "the Director-General": one office
		}
	}
	// bare: no name follows the office and its complement ("the Secretary
	// of State has"), so the office stands alone
	bare := !(j < len(toks) && toks[j].kind == tokWord && toks[j].cap)
	for j > i+1 && (toks[j-1].key == "of" || toks[j-1].key == "and" || toks[j-1].key == "for") {
		j--
	}
	if j == i+1 {
		return mention{}, false
	}
	// followed by a name: a titled person, handled elsewhere
	if j < len(toks) && toks[j].cap && toks[j].kind == tokWord && !toks[j-1].poss {
		if e := d.gazAt(j); e == nil || e.kind == gzPerson {
			return mention{}, false
		}
	}
	if d.nameInAppositionAfter(j) {
		return mention{}, false // "the Foreign Minister of Chile, Alberto van Klaveren": the role is his
	}
	role := strings.ToLower(d.text[toks[i+1].start:toks[j-1].end])
	role = trimPossessive(role)
	head := toks[j-1].key
	if j-i >= 4 && toks[j-2].key == "-" && toks[j-2].glued {
		head = toks[j-3].key // "Secretary-General": the secretary
	}
	if !roleHeads[head] {
		// "the Secretary of State": the head stands before its complement
		h := j - 2
		for h > i && !roleHeads[toks[h].key] {
			h--
		}
		if h <= i || !bare {
			return mention{}, false
		}
		head = toks[h].key
	}
	office, _, _ := strings.Cut(role, " for ") // "secretary of state for foreign ... affairs"
	id := ""
	if role == head {
		id = d.salientHolder(head)
	}
	if id != "" {
	} else if p, ok := d.roleHolder[role]; ok {
		id = p
	} else if p, ok := d.roleHolder[head]; ok {
		id = p
	} else if d.publisher != "" && (stateLeaderRoles[role] || stateLeaderRoles[office]) {
		id = d.publisher // "the Secretary of State for Foreign ... Affairs": the publisher's
	} else if bodyHeadRoles[role] && !(j < len(toks) && toks[j].key == "of") {
		id = d.publishingBody() // "the Secretary-General" in the United Nations' briefing (not "of NATO")
	}
	if id == "" {
		return mention{}, false
	}
	d.ensureEntity(id)
	kind, _ := graph.KindOfID(id)
	d.addMention(id, "")
	return mention{from: i, to: j, ids: []string{id}, kind: kind, how: howRole, poss: toks[j-1].poss}, true
}

// bodyHeadRoles are the offices at the head of an international body's
// staff ("secretary-general", "director-general"): unnamed in the body's own
// documents, their holder speaks for it (lexicon/words.txt).
var bodyHeadRoles = wordSet("body-head-roles")

// publishingBody returns the ID of the intergovernmental body of the
// gazetteer that published the document (its metadata's source: "United
// Nations"), or "" (a news agency is none).
func (d *doc) publishingBody() string {
	if b := d.lx.publisherBody(d.meta.Source, func(b *entityInfo) bool { return b.intergovernmental }); b != nil {
		return b.id
	}
	return ""
}

// nameInAppositionAfter reports whether the role phrase ending before
// token j goes on with its complement ("of Chile") to a comma and a
// capitalized name: the name in apposition holds the role.
func (d *doc) nameInAppositionAfter(j int) bool {
	toks := d.toks
	k := j
	for k < len(toks) && k < j+8 && toks[k].kind == tokWord && (toks[k].cap || toks[k].key == "of" || toks[k].key == "the" || toks[k].key == "and" || toks[k].key == "for") {
		k++
	}
	if k+1 >= len(toks) || toks[k].key != "," || toks[k-1].poss {
		return false
	}
	k++
	for k < len(toks) && toks[k].kind == tokWord && (toks[k].key == "the" || toks[k].flags&fHonorifics != 0) {
		k++
	}
	if d.portfolioRunEnd(k) > k {
		return false // "the Secretary of State for Foreign, Commonwealth and Development Affairs"
	}
	return k < len(toks) && toks[k].cap && toks[k].kind == tokWord && toks[k].flags&(fRoleWords|fNonNameWords) == 0 && (d.gazAt(k) == nil || d.gazAt(k).kind == gzPerson)
}

// salientHolder resolves a bare role ("the Secretary") when several persons
// hold a role with that head: the holder from the publishing state (a
// government readout's own official), else the subject of the last sentence,
// else the last person given the role. It returns "" when no holder is known.
func (d *doc) salientHolder(head string) string {
	var cands []string
	for _, p := range d.persons {
		for r := range p.roles {
			if containsWord(strings.ToLower(r), head) {
				cands = append(cands, p.e.ID)
				break
			}
		}
	}
	if len(cands) < 2 {
		return ""
	}
	if d.publisher != "" {
		for _, c := range cands {
			if d.ents[c].e.Country == d.publisher {
				return c
			}
		}
	}
	if contains(cands, d.lastSubject) {
		return d.lastSubject
	}
	// the holder who has acted most: the protagonist of the story
	best, bestN, tie := "", 0, false
	for _, c := range cands {
		switch n := d.subjCount[c]; {
		case n > bestN:
			best, bestN, tie = c, n, false
		case n == bestN:
			tie = true
		}
	}
	if tie || bestN == 0 {
		return ""
	}
	return best
}

// animate returns the entity "he" or "she" most likely means: a person
// named earlier in the sentence, else the previous sentence's subject when
// it is a person (or an unnamed office holder), else the last person named.
// animateObject resolves an object pronoun at token i: the last person
// named before it who is not the subject of its sentence.
func (d *doc) animateObject(i int) string {
	subj := ""
	if s, _ := d.mainSubject(i); len(s) == 1 {
		subj = s[0]
	}
	for x := len(d.ments) - 1; x >= 0; x-- {
		m := d.ments[x]
		if m.from < i && m.kind == graph.KindPerson && !m.title && len(m.ids) == 1 && m.ids[0] != subj {
			return m.ids[0]
		}
	}
	for _, id := range []string{d.lastSubject, d.lastPerson} {
		if k, _ := graph.KindOfID(id); k == graph.KindPerson && id != subj {
			return id
		}
	}
	return ""
}

func (d *doc) animate() string {
	for x := len(d.ments) - 1; x >= 0; x-- {
		m := d.ments[x]
		if m.kind == graph.KindPerson && !m.title && len(m.ids) == 1 {
			return m.ids[0]
		}
	}
	if d.lastSubject != "" {
		return d.lastSubject
	}
	return d.lastPerson
}

// lastTwoStates returns the pair of states most often in relation so far
// ("the two neighbours"), else the last pair when it is two states, else
// the last two states named.
func (d *doc) lastTwoStates() []string {
	if p := d.disputePair(); p != nil {
		return p
	}
	if d.statesIn(d.lastPair) {
		return d.lastPair
	}
	n := len(d.recentState)
	if n < 2 {
		return nil
	}
	return []string{d.recentState[n-2], d.recentState[n-1]}
}

// groupSpeaker returns the state of a speaking body named by its people's
// adjective ("The Israeli military said", "Pakistan's army said") when a
// speech verb of the current sentence precedes token i, or "".
func (d *doc) groupSpeaker(i int) string {
	toks := d.toks
	s := -1
	for j := i - 1; j > 0; j-- {
		if toks[j].flags&fSpeechVerbs != 0 && d.mentionIndexAt(j) < 0 {
			s = j
			break
		}
	}
	if s < 0 {
		return ""
	}
	for x := range d.ments {
		m := d.ments[x]
		if m.from >= s {
			break
		}
		if len(m.ids) != 1 || m.kind != graph.KindState || m.title || !(m.how == howDemonym || m.modifier || m.poss) || m.to >= s {
			continue
		}
		if toks[m.to].flags&fGroupNouns != 0 && m.to+1 == s {
			return m.ids[0]
		}
	}
	return ""
}

// rolePair returns the last two persons named, of two different states,
// who hold the office of the plural noun n2 after "the two" ("the two
// presidents": two presidents; "the two leaders", "the two sides": any
// office), or nil.
func (d *doc) rolePair(n2 string) []string {
	office := strings.TrimSuffix(n2, "s")
	if n2 == "leaders" || n2 == "sides" || n2 == "heads" {
		office = "" // ("the two Heads of State": whatever their office)
	}
	var out []string
	country := ""
	for x := len(d.persons) - 1; x >= 0 && len(out) < 2; x-- {
		b := d.persons[x]
		if len(b.roles) == 0 || b.e.Country == "" && len(out) == 0 || b.e.Country != "" && b.e.Country == country {
			continue // (the second may have no state: "Foreign Minister Hakan Fidan" in a Turkish paper)
		}
		if office != "" && !hasRoleWord(b.roles, office) && !hasCounterpartRole(b.roles) && !(office == "minister" && hasMinisterEquivalent(b.roles)) {
			continue // ("his Iraqi counterpart Fuad Hussein" holds the office of the one he meets)
		}
		out = append(out, b.e.ID)
		country = b.e.Country
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// holdOffice reports whether every entity of ids is a person whose role
// holds the office of the plural noun n2 ("presidents"); true for a noun
// that names no office ("leaders", "sides").
func (d *doc) holdOffice(ids []string, n2 string) bool {
	if n2 == "leaders" || n2 == "sides" || !roleNounsForCoref[strings.TrimSuffix(n2, "s")] {
		return true
	}
	for _, id := range ids {
		b := d.ents[id]
		if b == nil || b.e.Kind != graph.KindPerson || !hasRoleWord(b.roles, strings.TrimSuffix(n2, "s")) {
			return false
		}
	}
	return true
}

// ministerEquivalents are the role words of offices that are a minister's
// under another name: "Secretary of National Defense" is one of "the
// Ministers" (lexicon/words.txt).
var ministerEquivalents = wordSet("minister-equivalents")

// hasMinisterEquivalent reports whether one of roles holds a minister's
// office under another name.
func hasMinisterEquivalent(roles map[string]bool) bool {
	for w := range ministerEquivalents {
		if hasRoleWord(roles, w) {
			return true
		}
	}
	return false
}

// counterpartRoles name a person by the office of another: "his Iraqi
// counterpart Fuad Hussein" (lexicon/words.txt).
var counterpartRoles = wordSet("counterpart-roles")

// hasCounterpartRole reports whether one of roles is a counterpart's.
func hasCounterpartRole(roles map[string]bool) bool {
	for r := range roles {
		if counterpartRoles[strings.ToLower(r)] {
			return true
		}
	}
	return false
}

// otherOfficePrefixes make another office of the role word after them: a
// prime minister is none of "the two ministers" (lexicon/words.txt).
var otherOfficePrefixes = wordSet("other-office-prefixes")

// hasRoleWord reports whether one of roles holds word w ("President" for
// "president"; not "Prime Minister" for "minister").
func hasRoleWord(roles map[string]bool, w string) bool {
	for r := range roles {
		fields := strings.Fields(strings.ToLower(r))
		for x, f := range fields {
			if f == w && !(x > 0 && otherOfficePrefixes[fields[x-1]]) {
				return true
			}
		}
	}
	return false
}

// authoritiesIn returns the token of the state or capital in "the
// (military) government/authorities/junta in X" or "the (Federal)
// Government of (the) X" at token i, or of the known leader in "the
// government of X", or -1.
func (d *doc) authoritiesIn(i int) int {
	toks := d.toks
	j := i + 1
	if j < len(toks) && governmentAdjectives[toks[j].key] {
		j++
	}
	if j+2 >= len(toks) || toks[j].key != "government" && toks[j].key != "authorities" && toks[j].key != "junta" || toks[j+1].key != "in" && toks[j+1].key != "of" {
		return -1
	}
	at := j + 2
	if toks[j+1].key == "of" && toks[at].key == "the" && at+1 < len(toks) {
		at++ // "the Government of the United States"
	}
	if e := d.gazAt(at); e != nil && (e.kind == gzCapital && toks[j+1].key == "in" || e.kind == gzState) {
		return at
	}
	if e := d.gazAt(at); e != nil && e.kind == gzPerson && e.ent.country != "" && toks[j+1].key == "of" && toks[j].key == "government" {
		return at // "the government of Nicolás Maduro": his state
	}
	return -1
}

// authorities resolves "the government in X" whose X stands at token at:
// X's state, or the state of the known leader X ("the government of
// Nicolás Maduro"), who is named all the same, as a capital X is.
func (c coref) authorities(at int) (mention, bool) {
	d := c.d
	e := d.gazAt(at)
	id := e.ent.id
	if e.kind == gzPerson {
		d.entityFromInfo(e.ent)
		d.addMention(e.ent.id, d.surfaceOf(at, at+len(e.keys)))
		id = e.ent.country
	}
	if e.kind == gzCapital && e.place != nil {
		// "the authorities in Damascus": the state acts, and the city is named, so it is an entity too
		pb := d.entityFromInfo(e.place)
		d.addMention(pb.e.ID, d.surfaceOf(at, at+len(e.keys)))
	}
	if adj := d.toks[c.i+1].key; governmentAdjectives[adj] {
		if d.namedGovernments == nil {
			d.namedGovernments = map[string]string{}
		}
		d.namedGovernments[adj] = id
	}
	return c.one(id, at+len(e.keys), howPronoun, d.toks[at-1+len(e.keys)].poss)
}

// namedGovernmentAt resolves "the federal government" at token i, whose
// adjective the text gave a government it named before ("the federal
// government in Mogadishu"): that state and the phrase's end, or "", -1.
// A bare "the government" or another adjective ("the national government"
// in a governor's mouth) is left alone: the last government named need not
// be the one meant.
func (d *doc) namedGovernmentAt(i int) (string, int) {
	toks := d.toks
	j := i + 1
	if j+1 >= len(toks) || toks[j].cap || toks[j+1].cap || toks[j+1].key != "government" && toks[j+1].key != "authorities" {
		return "", -1
	}
	id := d.namedGovernments[toks[j].key]
	if id == "" || j+2 < len(toks) && (toks[j+2].key == "of" || toks[j+2].key == "in" || toks[j+2].cap) {
		return "", -1
	}
	return id, j + 2
}

// definedBodyHeads are the head nouns a document capitalizes when it
// calls a body it named by its head alone ("the Committee", "the
// Council"); see lexicon/words.txt.
var definedBodyHeads = wordSet("defined-body-heads")

// personAnaphorNouns refer back to the person named last: "the suspect",
// "the detainee"; see lexicon/words.txt.
var personAnaphorNouns = wordSet("person-anaphor-nouns")

// governmentAdjectives qualify a state's government ("the Federal
// Government of Somalia", "the military authorities in X"); see
// lexicon/words.txt.
var governmentAdjectives = wordSet("government-adjectives")
