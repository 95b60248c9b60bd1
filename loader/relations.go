package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// fact is one extracted relation statement between two entities.
type fact struct {
	typ          graph.RelationType
	from, to     string
	date         graph.Date
	modality     graph.Modality
	attributedTo string
	conf         float64
	sent         int
	span         span
	event        int // index of the statement (one event per statement)
	place        string
	trig         int // trigger token index within the sentence
}

// statement is one trigger occurrence: an event with its actors and targets.
type statement struct {
	typ          graph.RelationType
	actors       []string
	targets      []string
	date         graph.Date
	place        string
	modality     graph.Modality
	attributedTo string
	sent         int
	span         span
}

// nounContextWords make an ambiguous verb/noun a noun: "the visit", "its attacks".
var nounContextWords = wordSet("noun-context-words")

// verbAux precede a verb.
var verbAux = wordSet("verb-aux")

var beForms = wordSet("be-forms")

func (d *doc) mentionIndexAt(j int) int {
	if j < 0 || j >= len(d.toks) {
		return -1
	}
	if len(d.mentAt) == len(d.toks) {
		return int(d.mentAt[j]) - 1
	}
	for x := range d.ments {
		if d.ments[x].from <= j && j < d.ments[x].to {
			return x
		}
	}
	return -1
}

// indexMentions fills the token-to-mention table of the current sentence.
func (d *doc) indexMentions() {
	if cap(d.mentAt) < len(d.toks) {
		d.mentAt = make([]int16, len(d.toks)*2)
	}
	d.mentAt = d.mentAt[:len(d.toks)]
	clear(d.mentAt)
	if cap(d.titleAt) < len(d.toks) {
		d.titleAt = make([]int16, len(d.toks)*2)
	}
	d.titleAt = d.titleAt[:len(d.toks)]
	clear(d.titleAt)
	for x, m := range d.ments {
		if x >= 32000 {
			break
		}
		for j := m.from; j < m.to && j < len(d.mentAt); j++ {
			d.mentAt[j] = int16(x + 1)
		}
		if m.titled {
			for j := max(m.titleFrom, 0); j < m.from && j < len(d.titleAt); j++ {
				if d.titleAt[j] == 0 {
					d.titleAt[j] = int16(x + 1)
				}
			}
		}
	}
}

// titledAt returns the person mention whose title covers token j, or -1.
func (d *doc) titledAt(j int) int {
	if len(d.titleAt) == len(d.toks) && len(d.mentAt) == len(d.toks) {
		if j < 0 || j >= len(d.titleAt) {
			return -1
		}
		return int(d.titleAt[j]) - 1
	}
	for x := range d.ments {
		m := d.ments[x]
		if m.titled && m.titleFrom <= j && j < m.from {
			return x
		}
	}
	return -1
}

// startOf returns the first token of mention x, its title included.
func (d *doc) startOf(x int) int {
	if m := d.ments[x]; m.titled {
		return m.titleFrom
	}
	return d.ments[x].from
}

// relations reads the relation statements of the current sentence.
func (d *doc) relations() {
	toks := d.toks
	d.indexMentions()
	firstFact := len(d.facts)
	d.firstStmt = len(d.stmts)
	d.namePendingRole()
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.kind != tokWord || d.mentionIndexAt(i) >= 0 {
			continue
		}
		if t.key == "joint" {
			// "joint desert warfare exercises": joint activity nouns after modifiers
			if end := d.jointActivityEnd(i); end > i+2 {
				d.nounTrigger(i, end, trigger{typ: graph.Cooperated, frame: frameNoun, preps: []string{"with", "between"}, conf: 0.7}, firstFact)
				i = end - 1
				continue
			}
		}
		if list, ok := lookupIf(t.flags&fPhraseTrig != 0, d.lx.phrases, t.key); ok {
			matched := false
			for _, pt := range list {
				if i+len(pt.words) > len(toks) {
					continue
				}
				ok := true
				for k, w := range pt.words {
					if toks[i+k].key != w {
						ok = false
						break
					}
				}
				if ok && pt.typ == graph.Urged && i > 0 && callNounBefore[toks[i-1].key] {
					ok = false // "a phone call on Friday": the noun, not "call on"
				}
				if ok {
					end := i + len(pt.words)
					if pt.frame == frameNoun {
						d.nounTrigger(i, end, pt.trigger, firstFact)
					} else {
						d.verbTrigger(i, end, pt.trigger, firstFact)
					}
					i = end - 1
					matched = true
					break
				}
			}
			if matched {
				continue
			}
		}
		if t.key == "in" && i > 0 && i+1 < len(toks) && (toks[i-1].key == "was" || toks[i-1].key == "were" || toks[i-1].key == "is" || toks[i-1].key == "are") {
			d.presence(i, firstFact) // "Scholz was in Beijing"
			continue
		}
		if t.flags&fSpeaking != 0 && speakingVerbs[t.key] {
			d.speakingIn(i, firstFact) // "Kerry, speaking Thursday in Geneva, said"
		}
		vt, isVerb := lookupIf(t.flags&fVerbTrig != 0, d.lx.verbs, t.key)
		nt, isNoun := lookupIf(t.flags&fNounTrig != 0, d.lx.nouns, t.key)
		if isVerb && isNoun {
			if d.nounContext(i) {
				isVerb = false
			} else {
				isNoun = false
			}
		}
		if isVerb && !isNoun && i > 0 && strings.HasSuffix(t.key, "ed") && (toks[i-1].key == "the" || toks[i-1].key == "a" || toks[i-1].key == "an" || toks[i-1].key == "its" || toks[i-1].key == "their") {
			continue // an adjective: "the occupied territories"
		}
		if isVerb && t.cap && i > 0 && toks[i-1].key != `"` {
			isVerb = false // "Persons Threatening the Peace": a title, not a clause
		}
		if isVerb && strings.HasSuffix(t.key, "ing") && i > 0 && toks[i-1].kind == tokWord && d.mentionIndexAt(i-1) < 0 &&
			!(toks[i-1].flags&fVerbAux != 0) && !(toks[i-1].flags&fBeForms != 0) && !(toks[i-1].flags&fSpeculativeCues != 0) && !(toks[i-1].flags&fNegationCues != 0) && toks[i-1].key != "of" && toks[i-1].key != "by" && toks[i-1].key != "after" && toks[i-1].key != "before" {
			isVerb = false // "attacks threatening civilians": a reduced relative of a noun
		}
		switch {
		case isVerb:
			d.verbTrigger(i, i+1, vt, firstFact)
		case isNoun:
			d.nounTrigger(i, i+1, nt, firstFact)
		}
	}
	d.speechComplements(firstFact)
	d.notePendingRole()
	// "..., the RSF alleged": an allegation reported after the fact accuses its actor
	d.allegationsAccuse(firstFact)
	// a transcript's turn: a sentence opening with a (titled) person and a
	// colon; a question label ("Q:", "Question:") ends the last one
	if id := d.speakerLabel(); id != "" {
		d.transcriptSpeaker = id
	} else if len(toks) > 1 && toks[1].key == ":" && questionLabels[toks[0].key] {
		d.transcriptSpeaker = ""
	}
	// a quotation opened by "PERSON said:": its "we" is the speaker's
	for j := 0; j+1 < len(toks); j++ {
		if toks[j].flags&fSpeechVerbs != 0 && toks[j+1].key == ":" && d.mentionIndexAt(j) < 0 {
			if s, _ := d.subjectAt(j); len(s) == 1 {
				if k, _ := graph.KindOfID(s[0]); k == graph.KindPerson {
					d.quoteSpeaker, d.quoteSent = s[0], d.sentIdx
				}
			}
		}
	}
	// the sentence's subject: for "he" and "they" in the next sentence
	d.lastSubject = ""
	subj, _ := d.mainSubject(len(toks))
	d.lastSubjects = nil
	if len(subj) >= 2 && len(d.ments) > 0 && d.startOf(0) <= 2 {
		d.lastSubjects = uniq(append([]string(nil), subj...))
	}
	d.pluralSubject = d.unresolvedPluralSubject()
	if len(subj) == 1 {
		if k, _ := graph.KindOfID(subj[0]); k == graph.KindPerson {
			d.lastSubject = subj[0]
		} else {
			for _, m := range d.ments {
				if m.how == howRole && len(m.ids) == 1 && m.ids[0] == subj[0] {
					d.lastSubject = subj[0]
					break
				}
			}
		}
	}
	for _, m := range d.ments {
		if m.how != howGroup && len(m.ids) == 1 && m.to < len(toks) && toks[m.to].key == "and" {
			// remember the last coordination ("Russia and North Korea") for "the former"
			if n := d.mentionIndexAt(m.to + 1); n >= 0 && len(d.ments[n].ids) == 1 {
				d.lastGroup = []string{m.ids[0], d.ments[n].ids[0]}
			}
		}
	}
}

func (d *doc) nounContext(i int) bool {
	toks := d.toks
	if i+1 < len(toks) {
		if nt, ok := d.lx.nouns[toks[i].key]; ok && contains(nt.preps, toks[i+1].key) && toks[i+1].key != "with" {
			return true // "the U.S. sanctions on Chinese firms", "Russian strikes on Kyiv", "Talks between X and Y"
		}
	}
	if i == 0 {
		return false
	}
	p := toks[i-1]
	if m := d.mentionIndexAt(i - 1); m >= 0 && !d.ments[m].poss && d.ments[m].how != howDemonym {
		if s := d.startOf(m); s > 0 && toks[s-1].in(fPrepositions, prepositions) {
			return true // "under United States sanctions": a preposition's noun phrase
		}
		return false // "Iran attacks Israel"
	}
	if p.flags&fVerbAux != 0 {
		return false
	}
	if strings.HasSuffix(toks[i].key, "s") {
		return true // "face sanctions", "artillery shells"
	}
	if p.flags&fNounContextWords != 0 {
		return true
	}
	if m := d.mentionIndexAt(i - 1); m >= 0 {
		mm := d.ments[m]
		return mm.poss || mm.how == howDemonym || mm.modifier
	}
	if p.poss {
		return true
	}
	// an adjective before: "-ed", "-al", "-ive" words that are not auxiliaries
	k := p.key
	if len(k) > 4 && (strings.HasSuffix(k, "al") || strings.HasSuffix(k, "ive") || strings.HasSuffix(k, "ic") || strings.HasSuffix(k, "ful")) && !d.lx.isVerbish(k) {
		return true
	}
	return false
}

// group returns the IDs of mention x and the mentions coordinated with it
// ("X, Y and Z"), scanning to the left (dir -1) or right (dir +1).
func (d *doc) group(x int, dir int) []string {
	// own is mention x's IDs, capped so that an append copies them: the
	// result may share them (IDs are never changed in place)
	own := d.ments[x].ids[:len(d.ments[x].ids):len(d.ments[x].ids)]
	if len(own) == 0 {
		own = nil
	}
	ids := own
	toks := d.toks
	cur := x
	conj := false // an "and" or "or" links the chain
	first := d.startOf(x)
	for {
		nx := cur + dir
		for nx >= 0 && nx < len(d.ments) && (d.ments[nx].title || dir < 0 && d.ments[nx].how == howPronoun && d.ments[nx].poss && d.ments[nx].to == d.startOf(cur)) {
			nx += dir // a title's state belongs to the person after it; so does "his" before the title
		}
		if nx < 0 || nx >= len(d.ments) {
			break
		}
		a := d.ments[cur]
		bFrom := d.startOf(nx)
		if dir < 0 {
			a = d.ments[nx]
			bFrom = d.startOf(cur)
		}
		// tokens between a and b must be coordination: "and", ",", "or", "the", ", and"
		ok := bFrom > a.to
		leadersOf := false
		for j := a.to; j < bFrom && ok; j++ {
			k := toks[j].key
			if k == "of" && j > a.to && toks[j-1].flags&fPersonNounsPlural != 0 && toks[a.to].key == "and" {
				leadersOf = true // "X and the leaders of Y": Y's leaders act for Y
				continue
			}
			if y := d.mentionIndexAt(j); y >= 0 && d.ments[y].how == howPronoun && d.ments[y].poss && d.ments[y].to == bFrom {
				continue // "he and his counterpart X"
			}
			if !(k == "and" || k == "," || k == "or" || k == "the" || k == "both" || k == "as" || k == "well" || toks[j].flags&fPersonNounsPlural != 0) {
				ok = false
			}
		}
		if ok && !leadersOf {
			for j := a.to; j < bFrom; j++ {
				if toks[j].flags&fPersonNounsPlural != 0 {
					ok = false // "X and officials Y"
				}
			}
		}
		if ok && dir < 0 && d.ments[nx].kind != d.ments[x].kind && d.prepObject(d.startOf(nx)) && !d.prepObject(d.startOf(x)) {
			ok = false // "Member of the Political Bureau and Foreign Minister Wang Yi": titles joined, not parties
		}
		if ok && d.ments[nx].personOf != d.ments[x].personOf && !(d.ments[nx].how == howDemonym && d.ments[cur].how == howDemonym) {
			// ("Egyptian and Sudanese troops": the first demonym shares the head)
			ok = false // "to Russia, US officials warned": officials are no coordinate of Russia
		}
		// "he and his counterpart X": a subject pronoun coordinated with a person
		pronounPartner := dir < 0 && d.ments[nx].how == howPronoun && !d.ments[nx].poss && d.ments[nx].kind == graph.KindPerson && d.ments[x].kind == graph.KindPerson && d.ments[nx].to < len(toks) && toks[d.ments[nx].to].key == "and"
		if !ok || d.ments[nx].title || d.ments[nx].how == howPronoun && !pronounPartner || d.ments[nx].how == howRole || d.ments[nx].how == howGroup || d.ments[x].how == howGroup || d.ments[nx].kind == graph.KindPlace && d.ments[x].kind != graph.KindPlace {
			break
		}
		for j := a.to; j < bFrom; j++ {
			if toks[j].key == "and" || toks[j].key == "or" {
				conj = true
			}
		}
		if s := d.startOf(nx); s < first {
			first = s
		}
		if dir < 0 {
			ids = append(append([]string(nil), d.ments[nx].ids...), ids...)
		} else {
			ids = append(ids, d.ments[nx].ids...)
		}
		cur = nx
	}
	if !conj && len(ids) > len(d.ments[x].ids) && first > 1 {
		// commas alone coordinate only in a headline's subject ("Saudi Arabia, Iran
		// agree ..."); "After meeting Macron, Modi flew" is no list
		return own
	}
	return ids
}

// subjectAt finds the subject of a trigger at token i: the nearest entity
// mention to the left in the clause that is not a prepositional object.
func (d *doc) subjectAt(i int) ([]string, int) {
	toks := d.toks
	for j := i - 1; j >= 0 && i-j <= 30; j-- {
		tk := toks[j]
		if x := d.mentionIndexAt(j); x >= 0 {
			m := d.ments[x]
			j = m.from
			if d.bracketed(x) {
				j = d.startOf(x) - 1 // "(OFAC)": an acronym or a dateline's agency; the name is before it
				continue
			}
			if m.title || m.kind == graph.KindPlace {
				continue
			}
			if m.modifier && !m.personOf && m.to < len(toks) && !(toks[m.to].flags&fGroupNouns != 0) {
				continue
			}
			first := x
			if x > 0 && m.how != howGroup && m.how != howPronoun && d.ments[x-1].how != howGroup && d.hasConjunction(d.ments[x-1].to, d.startOf(x)) {
				for first > 0 && d.onlyCoordination(d.ments[first-1].to, d.startOf(first)) && !d.ments[first-1].title && d.ments[first-1].kind == m.kind {
					first-- // "with the United States and South Korea": the first conjunct's preposition
				}
			}
			if first == x && x > 0 && m.how != howGroup && d.startOf(x) == m.from && d.ments[x-1].how != howGroup && !d.ments[x-1].title && d.hasConjunction(d.ments[x-1].to, d.startOf(x)) && d.onlyCoordination(d.ments[x-1].to, d.startOf(x)) {
				first = x - 1 // "between Washington and the rebels", "between Israel and Hamas": both are between's
			}
			if (d.prepObject(d.startOf(x)) || d.prepObject(d.startOf(first))) && !d.partitiveOf(d.startOf(first)) {
				j = d.startOf(first)
				continue
			}
			if r := d.relativeBefore(d.startOf(first)); r >= 0 && r < i-1 && toks[r].key != "whom" {
				// ("whom Washington blamed": the name after an object relative is the subject)
				j = r + 1 // "Anwar, who chairs ASEAN, urged": ASEAN is the relative clause's
				continue
			}
			return d.group(x, -1), m.to
		}
		switch {
		case tk.key == ";" || tk.key == ":" || tk.key == "(":
			return nil, -1
		case subjectPronouns[tk.key]:
			return nil, -1 // an unresolved pronoun is the subject: "and we condemn them"
		case tk.flags&fSpeechVerbs != 0 && (tk.key == "said" || tk.key == "says" || tk.key == "say" || tk.key == "claimed" || tk.key == "stated" ||
			(tk.key == "reported" || tk.key == "announced" || tk.key == "told") && j+1 < i && toks[j+1].key == "that"):
			return nil, -1 // "the Pentagon said militias attacked": the complement's subject is not named
		case (tk.flags&fRelativeWords != 0):
			// the antecedent of "who"/"which"
			for x := len(d.ments) - 1; x >= 0; x-- {
				if d.ments[x].to <= j && !d.ments[x].title {
					if d.ments[x].to >= j-2 {
						if d.ments[x].kind == graph.KindPlace {
							return nil, -1 // "Port Sudan, which hosts UN agencies": a place is no party
						}
						return d.group(x, -1), j
					}
					break
				}
			}
			return nil, -1
		case tk.key == "since" && j > 0 && (toks[j-1].key == "have" || toks[j-1].key == "has" || toks[j-1].key == "had"):
			// "have since deepened": an adverb, not a clause
		case tk.key == "as" && j+1 < i && i-j <= 5 && d.allCapWords(j+1, i):
			return nil, -1 // "... as Petro visits Caracas": the clause after "as" has its own subject
		case (tk.flags&fClauseBreakWords != 0) && tk.key != "as":
			return nil, -1
		}
	}
	return nil, -1
}

// passiveBetween reports whether tokens [from, to) hold a passive verb: a
// form of be and a word in -ed ("had been sheltered").
// partitiveOf reports whether the noun phrase starting at token s follows a
// partitive "of" ("a group of Iranian diplomats", "a column of Russian tanks"):
// the phrase is then the head of its clause's subject.
func (d *doc) partitiveOf(s int) bool {
	return s > 1 && d.toks[s-1].key == "of" && partitiveHeads[d.toks[s-2].key]
}

// questionLabels open a questioner's turn in a transcript (lexicon/words.txt).
var questionLabels = wordSet("question-labels")

// partitiveHeads and groundForces: see lexicon/words.txt.
var (
	partitiveHeads = wordSet("partitive-heads")
	groundForces   = wordSet("ground-forces")
)

func (d *doc) passiveBetween(from, to int) bool {
	toks := d.toks
	for j := max(from, 0); j+1 < to; j++ {
		if toks[j].flags&fBeForms != 0 && strings.HasSuffix(toks[j+1].key, "ed") {
			return true
		}
	}
	return false
}

// speechBefore returns the speech verb ("said") whose complement starts at
// or after the mention ending at token end, or -1.
func (d *doc) speechBefore(end int) int {
	toks := d.toks
	for j := end - 1; j >= 0 && j >= end-12; j-- {
		k := toks[j].key
		if (k == "said" || k == "says" || k == "say" || k == "stated" || k == "claimed") && d.mentionIndexAt(j) < 0 {
			return j
		}
		if k == ";" || k == "." {
			return -1
		}
	}
	return -1
}

// commitVerbs take an infinitive of what is still to be done: "agreed to supply".
var commitVerbs = wordSet("commit-verbs")

// purposeNouns take an infinitive of what is not yet done: "talks to restore relations".
var purposeNouns = wordSet("purpose-nouns")

// blockVerbs stop the act whose actor follows them: "blocked EU aid".
var blockVerbs = wordSet("block-verbs")

// denialVerbs deny the that-clause after them.
var denialVerbs = wordSet("denial-verbs")

// relativeBefore returns the index of a relative pronoun that opens the
// clause holding token from ("who chairs ASEAN"), or -1.
func (d *doc) relativeBefore(from int) int {
	toks := d.toks
	for j := from - 1; j >= 0 && j >= from-5; j-- {
		if toks[j].flags&fRelativeWords != 0 && toks[j].key != "whose" {
			return j
		}
		if toks[j].kind == tokPunct || d.mentionIndexAt(j) >= 0 || toks[j].flags&fClauseBreakWords != 0 {
			return -1
		}
	}
	return -1
}

// unresolvedPluralSubject reports whether the current sentence opens with a
// plural noun phrase that names no entity ("The three Sahel juntas expelled
// ..."): "they" in the next sentence means it.
func (d *doc) unresolvedPluralSubject() bool {
	toks := d.toks
	if len(toks) < 3 || (toks[0].key != "the" && toks[0].key != "these" && toks[0].key != "those") {
		return false
	}
	for j := 1; j < len(toks) && j <= 5; j++ {
		if d.mentionIndexAt(j) >= 0 && !d.ments[d.mentionIndexAt(j)].modifier || toks[j].kind == tokPunct {
			return false
		}
		if k := toks[j].key; len(k) > 3 && strings.HasSuffix(k, "s") && !strings.HasSuffix(k, "ss") && !d.lx.isVerbTriggerWord(k) {
			return j+1 < len(toks) && toks[j+1].kind == tokWord && d.mentionIndexAt(j+1) < 0 && !toks[j+1].cap
		}
	}
	return false
}

// subjectPronouns are personal pronouns in subject position.
var subjectPronouns = wordSet("subject-pronouns")

// lightVerbs make an attack noun an act of their subject.
var lightVerbs = wordSet("light-verbs")

// visitVerbs make a visit noun an act of their subject.
var visitVerbs = wordSet("visit-verbs")

// visitVerbBefore reports whether a visit verb governs the noun at token i.
func (d *doc) visitVerbBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		if visitVerbs[d.toks[j].key] {
			return true
		}
		if d.toks[j].kind == tokPunct || d.mentionIndexAt(j) >= 0 {
			return false
		}
	}
	return false
}

// supportNouns and materialWords: see lexicon/words.txt.
var (
	supportNouns  = wordSet("support-nouns")
	materialWords = wordSet("material-words")
)

// copulaNouns relate only as the predicate of "to be" (lexicon/words.txt).
var copulaNouns = wordSet("copula-nouns")

// warNouns name a war, whose place is where it is fought ("its war in Gaza").
var warNouns = wordSet("war-nouns")

// weaponNoun is the set of nominal weapon triggers (lexicon/words.txt).
var weaponNoun = wordSet("weapon-nouns")

// fireVerbBefore reports whether a launch verb governs the weapon noun at
// token i ("fired more than 30 rockets and drones").
func (d *doc) fireVerbBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-7; j-- {
		tk := d.toks[j]
		if fireVerbs[tk.key] {
			return true
		}
		if tk.kind == tokPunct && tk.key != "," && tk.key != "-" || d.mentionIndexAt(j) >= 0 && !d.ments[d.mentionIndexAt(j)].modifier {
			return false
		}
	}
	return false
}

// lightVerbBefore reports whether a light verb governs the noun at token i
// ("launched a wave of airstrikes").
func (d *doc) lightVerbBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		k := d.toks[j].key
		if lightVerbs[k] {
			return true
		}
		if d.toks[j].kind == tokPunct || d.mentionIndexAt(j) >= 0 {
			return false
		}
	}
	return false
}

// directlyGoverned reports whether the tokens between a subject ending at
// token from and a noun at token to hold no preposition but "to" and no clause break.
func (d *doc) directlyGoverned(from, to int) bool {
	for j := from; j < to; j++ {
		k := d.toks[j].key
		if k == "since" && j > 0 && (d.toks[j-1].key == "have" || d.toks[j-1].key == "has" || d.toks[j-1].key == "had") {
			continue // "have since stepped up"
		}
		if prepositions[k] && k != "to" && k != "than" || clauseBreakWords[k] || relativeWords[k] || k == ";" || k == ":" {
			return false
		}
	}
	return true
}

// mainSubject returns the first subject-like mention of the sentence before token i.
func (d *doc) mainSubject(i int) ([]string, int) {
	for x := range d.ments {
		m := d.ments[x]
		if m.from >= i {
			break
		}
		if m.title || m.kind == graph.KindPlace || d.prepObject(m.from) || m.modifier && !m.personOf || d.bracketed(x) {
			continue
		}
		if m.poss && x+1 < len(d.ments) && d.ments[x+1].kind == graph.KindPerson && d.ments[x+1].from < i && d.appositionAfterPoss(m.to, d.startOf(x+1)) {
			// "Iran's foreign minister, Abbas Araghchi, ...": the person in apposition
			return d.group(x+1, +1), d.ments[x+1].to
		}
		return d.group(x, +1), m.to
	}
	return nil, -1
}

// speechAct are the relations stated by speaking.
var speechAct = map[graph.RelationType]bool{graph.Criticized: true, graph.Urged: true, graph.Accused: true, graph.Warned: true}

// thankedParties reads "Y thanked X for" before the "for" at token f: the
// thanked X and the thanker Y (a person's state when it is known).
func (d *doc) thankedParties(f int) ([]string, []string) {
	toks := d.toks
	x := d.mentionIndexAt(f - 1)
	if x < 0 || d.ments[x].title {
		return nil, nil
	}
	s := d.startOf(x)
	if s < 1 || !(toks[s-1].key == "thanked" || toks[s-1].key == "thanks" || toks[s-1].key == "thank" || toks[s-1].key == "thanking") {
		return nil, nil
	}
	subj, _ := d.subjectAt(s - 1)
	if len(subj) != 1 {
		return nil, nil
	}
	thanker := subj[0]
	if b := d.ents[thanker]; b != nil && b.e.Kind == graph.KindPerson {
		thanker = "" // a person receives for their state; unknown state, no fact
		if k, _ := graph.KindOfID(b.e.Country); k == graph.KindState {
			thanker = b.e.Country
		}
	}
	if thanker == "" {
		return nil, nil
	}
	return d.ments[x].ids, []string{thanker}
}

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

// allegeVerbs report an accusation: "..., the RSF alleged".
var allegeVerbs = wordSet("allege-verbs")

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

// moveNouns sum up the act of a clause in an apposition: ", a move X condemned".
var moveNouns = wordSet("move-nouns")

// moveAppositionBetween reports whether tokens (from, to) hold ", a move".
func (d *doc) moveAppositionBetween(from, to int) bool {
	toks := d.toks
	for k := from + 1; k+2 < to; k++ {
		if toks[k].key == "," && toks[k+1].key == "a" && moveNouns[toks[k+2].key] {
			return true
		}
	}
	return false
}

// moveActor returns the actor of the sentence when the subject ending at
// token subjEnd follows ", a move" ("..., a move the African Union
// condemned"): the sentence's first subject, not the subject itself.
func (d *doc) moveActor(subjEnd int, subj []string) []string {
	toks := d.toks
	x := d.mentionIndexAt(subjEnd - 1)
	if x < 0 {
		return nil
	}
	s := d.startOf(x)
	if s > 0 && toks[s-1].key == "the" {
		s--
	}
	if s > 0 && toks[s-1].key == "that" {
		s--
	}
	if s < 3 || !moveNouns[toks[s-1].key] || toks[s-2].key != "a" || toks[s-3].key != "," {
		return nil
	}
	for y := range d.ments {
		m := d.ments[y]
		if m.from >= s-3 {
			break
		}
		if m.title || m.kind == graph.KindPlace || m.modifier && !m.personOf || d.prepObject(m.from) || len(m.ids) != 1 || contains(subj, m.ids[0]) {
			continue
		}
		return m.ids
	}
	return nil
}

// whomAntecedent returns the antecedent of "whom" before the subject that
// ends at token subjEnd ("X, whom Washington blamed"), or nil.
func (d *doc) whomAntecedent(subjEnd int) []string {
	toks := d.toks
	x := d.mentionIndexAt(subjEnd - 1)
	if x < 0 {
		return nil
	}
	w := d.startOf(x) - 1
	if w < 1 || toks[w].key != "whom" {
		return nil
	}
	a := w - 1
	if toks[a].key == "," && a > 0 {
		a--
	}
	if y := d.mentionIndexAt(a); y >= 0 && !d.ments[y].title && d.ments[y].kind != graph.KindPlace {
		return d.ments[y].ids
	}
	return nil
}

// laterPrepObjects reads ", and on Y" after token from in the current
// sentence: "imposed sanctions on X, accusing ..., and on Y".
func (d *doc) laterPrepObjects(from int, preps []string) []string {
	toks := d.toks
	var out []string
	for j := from; j+3 < len(toks); j++ {
		if toks[j].key == ";" || toks[j].key == "." {
			break
		}
		if toks[j].key == "," && toks[j+1].key == "and" && contains(preps, toks[j+2].key) {
			// the first name after the preposition, past a short noun phrase: "and on his deputy General Y"
			for k := j + 3; k < len(toks) && k <= j+7 && toks[k].kind == tokWord; k++ {
				x := d.titledAt(k)
				if x < 0 {
					x = d.mentionIndexAt(k)
				}
				if x >= 0 && d.ments[x].title {
					continue
				}
				if x >= 0 {
					if d.ments[x].kind != graph.KindPlace && d.ments[x].how != howPronoun {
						out = append(out, d.group(x, +1)...)
						break
					}
					if !d.ments[x].poss {
						break
					}
				}
			}
		}
	}
	return out
}

// zoneNouns name a stretch of land held or struck: "a buffer zone in Syria".
var zoneNouns = wordSet("zone-nouns")

// ditransitiveVerbs take the recipient as their first object: "gave Tonga two boats".
var ditransitiveVerbs = wordSet("ditransitive-verbs")

// receptionVerbs in the passive with a person on both sides are meetings: "was received by".
var receptionVerbs = wordSet("reception-verbs")

// jointActivities are what states do together: "joint naval exercises".
var jointActivities = wordSet("joint-activities")

// jointActivityEnd returns the end of "joint" + up to three lower-case
// modifiers + a joint activity noun at token i, or -1.
func (d *doc) jointActivityEnd(i int) int {
	toks := d.toks
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		if toks[k].kind != tokWord || toks[k].cap || d.mentionIndexAt(k) >= 0 {
			return -1
		}
		if jointActivities[toks[k].key] {
			return k + 1
		}
	}
	return -1
}

// thatBefore reports whether a complementizer "that" precedes token j in the sentence.
func (d *doc) thatBefore(j int) bool {
	for k := 0; k < j; k++ {
		if d.toks[k].key == "that" {
			return true
		}
	}
	return false
}

// speechVerbBetween reports whether tokens [from, to) hold a speech verb.
func (d *doc) speechVerbBetween(from, to int) bool {
	for j := from; j < to; j++ {
		if d.toks[j].flags&fSpeechVerbs != 0 && d.mentionIndexAt(j) < 0 {
			return true
		}
	}
	return false
}

// thatComplementBetween reports whether tokens [from, to) hold a that-clause
// of a speech or denial verb: "denied that", "said that".
func (d *doc) thatComplementBetween(from, to int) bool {
	toks := d.toks
	for j := from + 1; j < to; j++ {
		if toks[j].key == "that" && (denialVerbs[toks[j-1].key] || toks[j-1].flags&fSpeechVerbs != 0) {
			return true
		}
	}
	return false
}

// appositionAfterPoss reports whether tokens [from, to) are a role and a
// comma: "foreign minister ," between "Iran's" and a name.
func (d *doc) appositionAfterPoss(from, to int) bool {
	toks := d.toks
	if to-from < 2 || toks[to-1].key != "," {
		return false
	}
	for k := from; k < to-1; k++ {
		if toks[k].flags&fRoleWords == 0 {
			return false
		}
	}
	return true
}

// prepObject reports whether the mention starting at token from is the object
// of a preposition (and so not a subject); "officials from X" counts as X.
func (d *doc) prepObject(from int) bool {
	toks := d.toks
	j := from - 1
	for j >= 0 && ((toks[j].flags&fNpFillers != 0) && !(toks[j].flags&fPrepositions != 0) && (!toks[j].cap || toks[j].key == "the")) {
		j--
	}
	if j < 0 || !(toks[j].flags&fPrepositions != 0) || toks[j].key == "after" || toks[j].key == "before" || toks[j].key == "since" {
		return false
	}
	p := toks[j].key
	if (p == "from" || p == "of") && j > 0 && ((toks[j-1].flags&fPersonNounsPlural != 0) || (toks[j-1].flags&fGroupNouns != 0)) {
		return false
	}
	return true
}

// objectOf finds the object group of a trigger ending at token end.
func (d *doc) objectOf(end int, preps []string, direct bool, maxDist int, typ graph.RelationType) ([]string, int) {
	toks := d.toks
	prep := ""
	if end > 0 && contains(preps, toks[end-1].key) {
		prep = toks[end-1].key // a phrase ending in its preposition: "threat posed by"
	}
	words := 0
	// that: the object is the subject of a that-clause ("warned that Iran ...");
	// inf: the object is the object of an infinitive ("threatened to strike X").
	that, inf := false, false
	rejectedTo := -1  // end of the last mention rejected as an object: its coordinates go with it
	skipped := 0      // tokens of titles, which do not count toward maxDist
	seenWord := false // a content word after the trigger
	for j := end; j < len(toks) && j-end-skipped < maxDist; j++ {
		if x := d.titledAt(j); x >= 0 {
			skipped += d.ments[x].from - j
			j = d.ments[x].from - 1 // the title belongs to the name that follows
			continue
		}
		if x := d.mentionIndexAt(j); x >= 0 {
			m := d.ments[x]
			j = m.to - 1
			if m.title {
				skipped += m.to - m.from
				continue
			}
			if inf && m.how == howPronoun && m.poss {
				continue // "threatened to widen its strikes on X": its is the subject's
			}
			if m.kind == graph.KindPlace && typ != graph.Visited && typ != graph.Attacked && typ != graph.Invaded {
				continue
			}
			if m.kind == graph.KindPlace && m.to+1 < len(toks) && placeHeads[toks[m.to].key] && toks[m.to+1].key == "of" {
				continue // "the Essequibo region of Guyana": the state is the object
			}
			ok := prep == "" && direct || contains(preps, prep) || inf && (prep == "" || prep == "on" || prep == "against" || prep == "at")
			if that {
				if prep != "" && !contains(preps, prep) {
					return nil, -1
				}
				ok = true
			}
			if !ok && prep == "" && !direct && m.to < len(toks) && toks[m.to].key == "with" {
				ok = true // "supplied Ukraine with arms"
			}
			if !ok && prep == "" && typ == graph.Supplied && (d.startOf(x) == end || d.startOf(x) == end+1 && toks[end].key == "the") && ditransitiveVerbs[toks[end-1].key] && !m.poss && m.to < len(toks) && toks[m.to].kind == tokWord && d.mentionIndexAt(m.to) < 0 && !toks[m.to].in(fPrepositions, prepositions) {
				ok = true // "had given Tonga two patrol boats": the first object receives
			}
			if ok && rejectedTo >= 0 && d.onlyCoordination(rejectedTo, d.startOf(x)) {
				ok = false // "the partnership between the UK and Kenya": Kenya is between's too
			}
			if !ok {
				prep = ""
				words = 0
				rejectedTo = m.to
				continue
			}
			if m.how == howDemonym && x+1 < len(d.ments) && !d.ments[x+1].title && d.ments[x+1].how == howName {
				// "the Venezuelan gang Tren de Aragua": the named head is the object
				if y := x + 1; d.startOf(y)-m.to >= 1 && d.startOf(y)-m.to <= 2 {
					head := true
					for k := m.to; k < d.startOf(y); k++ {
						if toks[k].kind != tokWord || toks[k].cap || toks[k].in(fPrepositions, prepositions) || d.lx.isVerbTriggerTok(&toks[k]) {
							head = false
						}
					}
					if head {
						return d.group(y, +1), y
					}
				}
			}
			if m.poss {
				// "Cuba's top diplomat for U.S. affairs, Josefina Vidal": the person in apposition
				for y := x + 1; y < len(d.ments) && d.startOf(y)-m.to <= 10; y++ {
					my := d.ments[y]
					if my.kind == graph.KindPerson && !my.title && d.startOf(y) > 0 && toks[d.startOf(y)-1].key == "," {
						ok := true
						for k := m.to; k < d.startOf(y)-1; k++ {
							if toks[k].kind == tokPunct || !((toks[k].flags&fRoleWords != 0) || (toks[k].flags&fNpFillers != 0) || d.mentionIndexAt(k) >= 0 || toks[k].key == "affairs") {
								ok = false
								break
							}
						}
						if ok {
							return d.group(y, +1), y
						}
					}
				}
				// "the North's ally China": the later name is the object
				for y := x + 1; y < len(d.ments) && d.startOf(y)-m.to <= 3; y++ {
					between := true
					for k := m.to; k < d.startOf(y); k++ {
						if !((toks[k].flags&fRoleWords != 0) || (toks[k].flags&fNpFillers != 0) || toks[k].key == "ally" || toks[k].key == "partner" || toks[k].key == "neighbour" || toks[k].key == "neighbor") {
							between = false
						}
					}
					if between && !d.ments[y].title {
						return d.group(y, +1), y
					}
					if between && d.ments[y].title {
						continue
					}
					break
				}
			}
			if m.personOf {
				// "two Ansarallah leaders, A and B": the named persons
				for y := x + 1; y < len(d.ments); y++ {
					if d.ments[y].kind == graph.KindPerson && !d.ments[y].title && d.ments[y].how != howPronoun {
						return d.group(y, +1), y
					}
				}
			}
			return d.group(x, +1), x
		}
		tk := toks[j]
		if tk.kind == tokPunct {
			switch tk.key {
			case ".", ";", ":", "?", "!", "(":
				return nil, -1
			case ",":
				if direct && seenWord && prep == "" && j+2 < len(toks) && (toks[j+1].key == "and" || toks[j+1].key == "but") && toks[j+2].in(fPrepositions, prepositions) {
					return nil, -1 // "attacking civilians, and on Daglo": the direct object was no entity
				}
				if j+1 < len(toks) {
					n := toks[j+1].key
					if relativeWords[n] || clauseBreakWords[n] || strings.HasSuffix(n, "ing") || speechVerbs[n] {
						return nil, -1
					}
					// ", Ukraine's air force said": a reporting clause
					for k := j + 1; k < len(toks) && k <= j+6; k++ {
						if toks[k].flags&fSpeechVerbs != 0 {
							return nil, -1
						}
						if toks[k].kind == tokPunct {
							break
						}
					}
				}
			}
			continue
		}
		k := tk.key
		if k == "that" && (typ == graph.Warned || typ == graph.Urged) && !that && (j == end || d.dates != nil && d.inDateOrAdverb(end, j)) {
			that, prep, words = true, "", 0
			continue
		}
		if k == "to" && typ == graph.Agreed && j == end && j+1 < len(toks) && toks[j+1].kind == tokWord && !(toks[j+1].flags&fNpFillers != 0) && d.mentionIndexAt(j+1) < 0 {
			return nil, -1 // "agreed to respond with X": X is the infinitive's, not a party
		}
		if k == "to" && typ == graph.Threatened && j == end && j+1 < len(toks) && toks[j+1].kind == tokWord && d.mentionIndexAt(j+1) < 0 {
			inf, prep, words = true, "", 0
			j++ // the infinitive's verb
			continue
		}
		if k == "to" && typ == graph.Urged && seenWord && j+1 < len(toks) && toks[j+1].kind == tokWord && !toks[j+1].cap && !(toks[j+1].flags&fNpFillers != 0) && d.mentionIndexAt(j+1) < 0 {
			return nil, -1 // "urged both sides to return ...": the object named none, the infinitive starts
		}
		if tk.in(fPrepositions, prepositions) {
			if k == "of" && j > 0 && ((toks[j-1].flags&fPlaceNouns != 0) || partNouns[toks[j-1].key]) {
				continue // "the Essequibo region of Guyana", "a strip of Syria": the state is the object
			}
			if k == "of" && j > 0 && direct && prep == "" && toks[j-1].flags&fPersonNounsPlural != 0 && (typ == graph.Sanctioned || typ == graph.Accused || typ == graph.Criticized) {
				continue // "sanctioned three commanders of the RSF": the body is the object
			}
			if k == "in" && j > 0 && direct && prep == "" && (typ == graph.Invaded || typ == graph.Attacked) && (zoneNouns[toks[j-1].key] || partNouns[toks[j-1].key]) {
				continue // "occupied a buffer zone in southern Syria": the state is the object
			}
			prep = k
			words = 0
			continue
		}
		if tk.in(fClauseBreakWords, clauseBreakWords) && k != "as" || tk.in(fRelativeWords, relativeWords) {
			return nil, -1
		}
		if tk.in(fNpFillers, npFillers) || startsWithDigit(tk) {
			continue
		}
		if _, ok := lookupIf(tk.mayHave(fVerbTrig), d.lx.verbs, k); ok && j > end && (d.mentionIndexAt(j-1) >= 0 || toks[j-1].key == "and") && !d.nounContext(j) {
			return nil, -1
		}
		words++
		seenWord = true
		if words >= 2 && prep != "" {
			prep = ""
			words = 0
		}
	}
	return nil, -1
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// verbPartiesBefore reads "SUBJ VERB OBJ in/during a [phone] call" before
// the noun at token i: the subject and the object of the verb, and the
// subject's end.
func (d *doc) verbPartiesBefore(i int) ([]string, []string, int) {
	toks := d.toks
	j := i - 1
	if toks[i].key == "by" {
		j = i // "congratulated him by phone": the trigger holds its preposition
	}
	for j >= 0 && j < i && (toks[j].key == "a" || toks[j].key == "an" || toks[j].key == "the" || toks[j].key == "phone" || toks[j].key == "telephone" || toks[j].key == "video" || toks[j].key == "their" || toks[j].key == "bilateral") {
		j--
	}
	if j < 1 || !(toks[j].key == "in" || toks[j].key == "during" || toks[j].key == "over" || toks[j].key == "at" || toks[j].key == "by") {
		return nil, nil, -1
	}
	x := d.mentionIndexAt(j - 1)
	if x < 0 || d.ments[x].title || d.ments[x].kind == graph.KindPlace {
		return nil, nil, -1
	}
	s := d.startOf(x)
	if s < 2 || toks[s-1].kind != tokWord || toks[s-1].flags&(fPrepositions|fNpFillers) != 0 || d.mentionIndexAt(s-1) >= 0 {
		return nil, nil, -1 // the object must follow its verb directly
	}
	subj, e := d.subjectAt(s - 1)
	if subj == nil || e < 0 || s-1-e > 3 {
		return nil, nil, -1
	}
	if d.ments[x].kind != graph.KindPerson && !addresseeVerbs[toks[s-1].key] {
		return nil, nil, -1 // "discussed Ukraine in a phone call": a topic, not a party
	}
	return subj, d.group(x, -1), e
}

// addresseeVerbs take the other party of a call as their object: "thanked Poland in a call".
var addresseeVerbs = wordSet("addressee-verbs")

// personAt returns the person mention (its title included) that starts at token j, or -1.
func (d *doc) personAt(j int) int {
	if x := d.titledAt(j); x >= 0 && d.ments[x].titleFrom == j {
		return x
	}
	if x := d.mentionIndexAt(j); x >= 0 && d.ments[x].kind == graph.KindPerson && d.ments[x].from == j {
		return x
	}
	if x := d.mentionIndexAt(j); x >= 0 && d.ments[x].title {
		// "Hungarian Prime Minister Viktor Orban": a demonym in the title
		for y := x + 1; y < len(d.ments) && y <= x+2; y++ {
			if d.ments[y].kind == graph.KindPerson && d.ments[y].titled && d.ments[y].titleFrom <= j {
				return y
			}
		}
	}
	return -1
}

// callNounBefore make "call" a noun: "a phone call on Friday".
var callNounBefore = wordSet("call-noun-before")

// speakingVerbs place their speaker where they speak: "told reporters in Tokyo".
var speakingVerbs = wordSet("speaking-verbs")

// speakingIn reads "PERSON said/told reporters/speaking ... in PLACE" at the
// speech verb i: the person is in the place, a visit when it lies abroad.
func (d *doc) speakingIn(i, firstFact int) {
	toks := d.toks
	place := -1
	for j := i + 1; j < len(toks) && j <= i+5; j++ {
		k := toks[j].key
		if k == "in" {
			if x := d.mentionIndexAt(j + 1); x >= 0 && d.ments[x].kind == graph.KindPlace {
				place = x
			}
			break
		}
		if toks[j].kind == tokPunct || d.mentionIndexAt(j) >= 0 || k == "that" {
			return
		}
	}
	if place < 0 {
		return
	}
	var speaker []string
	se := -1
	if toks[i].key == "speaking" && i > 1 && toks[i-1].key == "," {
		if x := d.mentionIndexAt(i - 2); x >= 0 && d.ments[x].kind == graph.KindPerson {
			speaker, se = d.ments[x].ids, d.ments[x].to
		}
	} else if s, e := d.subjectAt(i); s != nil && e >= 0 && i-e <= 2 {
		speaker, se = s, e
	}
	var guests []string
	for _, id := range speaker {
		if b, ok := d.ents[id]; ok && b.e.Kind == graph.KindPerson && b.e.Country != "" {
			guests = append(guests, id)
		}
	}
	if guests != nil {
		d.emit(graph.Visited, guests, d.ments[place].ids, i, se, 0.65, firstFact)
	}
}

// envoyNouns are people sent as representatives.
var envoyNouns = wordSet("envoy-nouns")

// envoyObject reports whether the direct object after token end is headed by an envoy noun.
func (d *doc) envoyObject(end int) bool {
	toks := d.toks
	for j := end; j < len(toks) && j < end+5; j++ {
		if envoyNouns[toks[j].key] {
			return true
		}
		if toks[j].kind == tokPunct || toks[j].flags&fPrepositions != 0 {
			return false
		}
	}
	return false
}

// armedNouns are forces a state acts through: "Russian drones", "Israeli jets".
var armedNouns = wordSet("armed-nouns")

// firstSubjectMention returns the mention that opens the clause before token
// i (the sentence subject), or -1.
func (d *doc) firstSubjectMention(i int) int {
	for x := range d.ments {
		m := d.ments[x]
		if m.from >= i {
			break
		}
		if m.title || m.kind == graph.KindPlace || d.prepObject(m.from) || d.bracketed(x) {
			continue
		}
		return x
	}
	return -1
}

// allCapWords reports whether tokens [from, to) are all capitalized words.
func (d *doc) allCapWords(from, to int) bool {
	for j := from; j < to; j++ {
		if d.toks[j].kind != tokWord || !d.toks[j].cap {
			return false
		}
	}
	return to > from
}

// bracketed reports whether mention x stands alone in brackets: "(AFP)", "(Reuters)".
func (d *doc) bracketed(x int) bool {
	s, e := d.startOf(x), d.ments[x].to
	return s > 0 && e < len(d.toks) && d.toks[s-1].key == "(" && d.toks[e].key == ")"
}

// purposeFor reports whether the noun at token i follows "for" (and a
// determiner): "for talks with", "for a meeting with".
func (d *doc) purposeFor(i int) bool {
	j := i - 1
	for n := 0; j >= 0 && n < 4; n++ {
		// determiners and adjectives: "during an overnight attack", "in a phone call"
		t := d.toks[j]
		if t.key == "-" && t.glued || t.kind == tokWord && !t.cap && t.flags&(fPrepositions|fSpeechVerbs|fBeForms) == 0 && !d.lx.isVerbTriggerTok(&t) && d.mentionIndexAt(j) < 0 {
			j--
			continue
		}
		break
	}
	if j > 0 && d.toks[j].key == "in" && d.toks[j-1].flags&fBeForms != 0 {
		return false // "are in talks to ...": negotiating, not met
	}
	return j >= 0 && (d.toks[j].key == "for" || d.toks[j].key == "in" || d.toks[j].key == "during")
}

// presence reads "PERSON was in PLACE" at the token "in" (i): a visit when
// the place lies outside the person's state.
func (d *doc) presence(i, firstFact int) {
	toks := d.toks
	x := d.mentionIndexAt(i + 1)
	if x < 0 && i+2 < len(toks) && toks[i+1].key == "the" {
		x = d.mentionIndexAt(i + 2)
	}
	if x < 0 || d.ments[x].title || !(d.ments[x].kind == graph.KindPlace || d.ments[x].kind == graph.KindState) {
		return
	}
	subj, e := d.subjectAt(i - 1)
	if len(subj) == 0 || e < 0 || i-1-e > 2 {
		return
	}
	var guests []string
	for _, id := range subj {
		if b, ok := d.ents[id]; ok && b.e.Kind == graph.KindPerson && b.e.Country != "" {
			guests = append(guests, id)
		}
	}
	if guests != nil {
		d.emit(graph.Visited, guests, d.ments[x].ids, i, e, 0.7, firstFact)
	}
}

// fromAgent finds "from X" after a supply noun ending at token end, within
// its phrase: the supplier. X must not be one of the recipients.
func (d *doc) fromAgent(end int, recipients []string) []string {
	toks := d.toks
	for j := end; j+1 < len(toks) && j-end < 12; j++ {
		k := toks[j].key
		if k == "." || k == ";" || k == ":" || clauseBreakWords[k] || relativeWords[k] {
			return nil
		}
		if k != "from" {
			continue
		}
		x := d.mentionIndexAt(j + 1)
		if x < 0 && j+2 < len(toks) && toks[j+1].flags&fNpFillers != 0 {
			x = d.mentionIndexAt(j + 2)
		}
		if x < 0 || d.ments[x].title {
			return nil
		}
		g := d.group(x, +1)
		for _, id := range g {
			if contains(recipients, id) {
				return nil
			}
		}
		return g
	}
	return nil
}

// hasConjunction reports whether tokens [from, to) coordinate with "and" or "or".
func (d *doc) hasConjunction(from, to int) bool {
	if !d.onlyCoordination(from, to) {
		return false
	}
	for j := from; j < to; j++ {
		if d.toks[j].key == "and" || d.toks[j].key == "or" {
			return true
		}
	}
	return false
}

// onlyCoordination reports whether tokens [from, to) only coordinate: "and", ",", "or", "the".
func (d *doc) onlyCoordination(from, to int) bool {
	if to <= from {
		return false
	}
	for j := from; j < to; j++ {
		k := d.toks[j].key
		if k != "and" && k != "," && k != "or" && k != "the" && k != "both" {
			return false
		}
	}
	return true
}

// inDateOrAdverb reports whether tokens [from, to) are only a date phrase
// ("on Wednesday") or adverbs: "warned on Wednesday that".
func (d *doc) inDateOrAdverb(from, to int) bool {
	for j := from; j < to; j++ {
		in := false
		for _, dm := range d.dates {
			if dm.from <= j && j < dm.to {
				in = true
				break
			}
		}
		k := d.toks[j].key
		if !in && k != "on" && k != "again" && k != "also" && k != "publicly" && k != "repeatedly" && !strings.HasSuffix(k, "ly") {
			return false
		}
	}
	return true
}

// byAgent finds "by X" after token end, within the clause.
func (d *doc) byAgent(end int) []string {
	toks := d.toks
	for j := end; j < len(toks) && j-end < 8; j++ {
		if _, trig := d.lx.verbs[toks[j].key]; !trig && toks[j].kind == tokWord && strings.HasSuffix(toks[j].key, "ed") && d.mentionIndexAt(j) < 0 && j+1 < len(toks) && toks[j+1].key == "by" {
			return nil // "a deal mediated by Qatar": the agent of another participle
		}
		if toks[j].key == "by" {
			if x := d.titledAt(j + 1); x >= 0 {
				return d.group(x, +1) // "by Bolivian President Luis Arce": the person, not the title's state
			}
			if x := d.mentionIndexAt(j + 1); x >= 0 {
				return d.group(x, +1)
			}
			if j+2 < len(toks) {
				if x := d.mentionIndexAt(j + 2); x >= 0 && (toks[j+1].flags&fNpFillers != 0) {
					return d.group(x, +1)
				}
			}
			return nil
		}
		if toks[j].key == "." || toks[j].key == ";" {
			return nil
		}
	}
	return nil
}

func (d *doc) isPassive(i int) bool {
	toks := d.toks
	if strings.HasSuffix(toks[i].key, "ing") {
		return false
	}
	if strings.HasSuffix(toks[i].key, "ed") && i > 0 && i+1 < len(toks) && toks[i+1].key == "by" && toks[i-1].kind == tokWord && !toks[i-1].cap &&
		d.mentionIndexAt(i-1) < 0 && toks[i-1].flags&(fVerbAux|fBeForms|fNpFillers) == 0 && !subjectPronouns[toks[i-1].key] && !d.lx.isVerbishTok(&toks[i-1]) {
		return true // a reduced relative: "the protocol signed by X and Y"
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		k := toks[j].key
		if beForms[k] {
			return true
		}
		if !(strings.HasSuffix(k, "ly") || k == "also" || k == "not" || k == "reportedly" || k == "allegedly") {
			return false
		}
	}
	return false
}

// verbTrigger handles a verbal trigger at tokens [i, end).
func (d *doc) verbTrigger(i, end int, tr trigger, firstFact int) {
	toks := d.toks
	if tr.typ == graph.Supplied && tr.frame == frameVerb {
		var ok bool
		if tr, ok = d.lightSupply(end, tr); !ok {
			return
		}
	}
	conf := tr.conf
	var subj []string
	subjEnd := -1
	participle := i > 0 && toks[i-1].key == "," && strings.HasSuffix(toks[i].key, "ing")
	if participle {
		// a participle shares the subject of the clause before: "X warned ..., urging Y"
		if len(d.stmts) > d.firstStmt {
			subj = d.stmts[d.firstStmt].actors
		} else {
			subj, subjEnd = d.mainSubject(i)
		}
		conf -= 0.05
	} else {
		subj, subjEnd = d.subjectAt(i)
		if subj != nil && i > 0 && toks[i-1].key == "and" && d.passiveBetween(subjEnd, i) {
			// "X said Glas had been sheltered illegally and accused Mexico": the
			// patient of a passive is no accuser; the speaker is
			if s := d.speechBefore(subjEnd); s >= 0 {
				if sp, e := d.subjectAt(s); sp != nil {
					subj, subjEnd = sp, e
				}
			}
		}
		if subj != nil && i > 0 && toks[i-1].key == "and" && subjEnd > 0 && toks[subjEnd-1].poss && subjEnd < i-1 && toks[subjEnd].kind == tokWord && !toks[subjEnd].cap {
			// "denied that Tehran directed the Houthis' operations and condemned ...":
			// a possessive before a noun is no subject of the coordinated verb
			subj, subjEnd = nil, -1
		}
		if subj != nil && i > 0 && toks[i-1].key == "and" {
			// a coordinated verb phrase: "X condemned Y's role and called on Z"
			// shares the subject of the first verb, whose object Y is
			for x := len(d.facts) - 1; x >= firstFact; x-- {
				if f := d.facts[x]; f.trig < i && subjEnd > f.trig {
					subj, subjEnd = d.stmts[f.event].actors, -1
					conf -= 0.05
					break
				}
			}
		}
		if subj != nil && i > 0 && toks[i-1].key == "and" && speechAct[tr.typ] && subjEnd > 0 {
			// "Armenia's prime minister said his country could leave the CSTO and
			// criticised Russia": the speech act is the speaker's, not the complement subject's
			if x := d.mentionIndexAt(subjEnd - 1); x >= 0 {
				if ms, me := d.mainSubject(i); ms != nil && me >= 0 && me < d.startOf(x) && d.speechVerbBetween(me, d.startOf(x)) {
					subj, subjEnd = ms, me
				}
			}
		}
		if subj == nil && i > 0 && toks[i-1].key == "and" && speechAct[tr.typ] {
			// "X denied that Y armed Z and condemned W": a speech act joins the speaker's clause
			if s, e := d.mainSubject(i); s != nil && e >= 0 && d.thatComplementBetween(e, i) {
				subj, subjEnd = s, e
			}
		}
		if subj == nil && i > 0 && (toks[i-1].key == "and" || toks[i-1].key == "but") && len(d.stmts) > d.firstStmt {
			// a coordinated verb: "met X and announced ..."
			subj = d.stmts[d.firstStmt].actors
			conf -= 0.1
		} else if subj == nil && i > 0 && (toks[i-1].key == "and" || toks[i-1].key == "but") {
			// "Milei, who ..., praised the accord but accused Brazil": the sentence's subject
			if s, e := d.mainSubject(i); s != nil && e >= 0 && e < len(toks) && (toks[e].key == "," || toks[e].flags&fRelativeWords != 0 || toks[e].kind == tokWord) {
				subj, subjEnd = s, e
				conf -= 0.15
			}
		}
	}
	if tr.armedAgent && !(subjEnd >= 0 && subjEnd < len(toks) && groundForces[toks[subjEnd].key]) {
		return // "Russian tanks entered Georgia", not "Russia entered talks"
	}
	if d.isPassive(i) && receptionVerbs[toks[i].key] && len(subj) == 1 {
		// "she was received by Bolivian President Luis Arce": a host meets a visiting person
		if k, _ := graph.KindOfID(subj[0]); k == graph.KindPerson {
			if agent := d.byAgent(end); len(agent) == 1 {
				if ka, _ := graph.KindOfID(agent[0]); ka == graph.KindPerson {
					d.emit(graph.Met, subj, agent, i, subjEnd, conf, firstFact)
				}
			}
		}
		return
	}
	if d.isPassive(i) && tr.frame == frameVerb {
		agent := d.byAgent(end)
		target := subj
		if tr.typ == graph.Supplied || subj == nil {
			// "the missiles were delivered to Yemen by Iran"
			target, _ = d.objectOf(end, tr.preps, false, 10, tr.typ)
		}
		if target == nil && tr.typ.Symmetric() && countUniq(agent) >= 2 {
			// "the protocol signed by Presidents X and Y": the agents together
			d.emitPairs(tr.typ, agent, i, -1, conf, firstFact)
			return
		}
		if agent == nil || target == nil {
			return
		}
		d.emit(tr.typ, agent, target, i, subjEnd, conf, firstFact)
		return
	}
	switch tr.frame {
	case frameConverse:
		if x := d.personAt(end); x >= 0 && subj != nil {
			// "received Hungarian Prime Minister Viktor Orban in Ankara": a host
			d.verbTrigger(i, end, trigger{typ: graph.Visited, frame: frameHost, direct: true, preps: []string{"to", "in", "at"}, conf: tr.conf}, firstFact)
			return
		}
		agent, _ := d.objectOf(end, []string{"from"}, false, 14, tr.typ)
		if subj == nil {
			return
		}
		if agent == nil {
			// "received ... in return": the other side of the last supply
			for x := len(d.facts) - 1; x >= 0; x-- {
				f := d.facts[x]
				if f.typ == graph.Supplied && contains(subj, f.from) {
					agent = []string{f.to}
					break
				}
			}
			if agent == nil {
				return
			}
			conf -= 0.15
		}
		d.emit(tr.typ, agent, subj, i, subjEnd, conf, firstFact)
	case frameHost:
		if subj == nil {
			return
		}
		guest, gx := d.objectOf(end, nil, true, 8, graph.Met)
		if guest == nil {
			return
		}
		for y := gx; y >= 0 && y < len(d.ments) && y < gx+len(guest); y++ {
			if (d.ments[y].poss || d.ments[y].modifier) && !(y+1 < len(d.ments) && d.ments[y+1].kind == graph.KindPerson && d.ments[y+1].from <= d.ments[y].to+3) {
				return // "welcomed Turkey's role", "welcomed the UK and Turkey's partnership"
			}
		}
		if gx >= 0 && gx < len(d.ments) {
			for j := end; j < d.startOf(gx); j++ {
				if !(toks[j].flags&fNpFillers != 0 || toks[j].flags&fRoleWords != 0 || d.mentionIndexAt(j) >= 0) {
					return // "welcomed the strong partnership between X and Y": no guest
				}
			}
		}
		st := d.emit(graph.Met, subj, guest, i, subjEnd, conf, firstFact)
		// where: "to Downing Street", "at the White House", else the host
		where, _ := d.objectOf(end, []string{"to", "in", "at"}, false, 16, graph.Visited)
		if where == nil {
			for _, h := range subj {
				k, _ := graph.KindOfID(h)
				if k == graph.KindState || k == graph.KindPlace {
					where = append(where, h)
				} else if b, ok := d.ents[h]; ok && b.e.Country != "" {
					where = append(where, b.e.Country)
				}
			}
		}
		if where != nil && st >= 0 {
			d.emit(graph.Visited, guest, where, i, subjEnd, conf-0.1, firstFact)
		}
	default:
		if blockVerbs[toks[i].key] && end < len(toks) {
			// "blocks EU sanctions": the object is the modifier of the blocked act
			if x := d.mentionIndexAt(end); x >= 0 && d.ments[x].modifier {
				return
			}
			if x := d.mentionIndexAt(end + 1); x >= 0 && d.ments[x].modifier && toks[end].key == "the" {
				return
			}
		}
		if tr.typ == graph.Supplied && d.envoyObject(end) {
			// "sent a delegation to Niamey": people travel, nothing is supplied
			if where, _ := d.objectOf(end, []string{"to"}, false, 10, graph.Visited); where != nil && subj != nil {
				d.emit(graph.Visited, subj, where, i, subjEnd, conf-0.15, firstFact)
			}
			return
		}
		obj, ox := d.objectOf(end, tr.preps, tr.direct, 22, tr.typ)
		if tr.typ == graph.Urged && obj != nil && ox >= 0 && ox < len(d.ments) && d.ments[ox].kind == graph.KindPerson && end-i == 2 && toks[i+1].key == "on" {
			// "called on Prince Faisal": a courtesy call, unless an infinitive follows
			if e := d.ments[ox].to; !(e < len(toks) && (toks[e].key == "to" || toks[e].key == "," && e+1 < len(toks) && toks[e+1].key == "to")) && !d.infinitiveAfter(e) {
				tr.typ = graph.Met
			}
		}
		if obj == nil && tr.typ == graph.Criticized {
			// "condemned the strikes": the attackers of the last attack told
			obj = d.actorsOfAct(end)
		}
		if obj == nil && (tr.typ == graph.Criticized || tr.typ == graph.Warned) {
			// "slammed the transfers, urging North Korea and Russia to ...": the parties named next
			obj = d.laterParticipleObject(end)
			conf -= 0.15
		}
		if obj == nil && tr.direct && subj != nil && subjEnd > 0 {
			// "Daglo, whom Washington blamed for genocide": the antecedent of whom
			obj = d.whomAntecedent(subjEnd)
		}
		if obj == nil && (tr.typ == graph.Criticized || tr.typ == graph.Accused) && subj != nil && subjEnd > 0 {
			// "..., a move the African Union condemned": the sentence's actor made the move
			obj = d.moveActor(subjEnd, subj)
		}
		if subj == nil {
			return
		}
		if obj == nil {
			if tr.typ.Symmetric() && len(subj) >= 2 {
				d.emitPairs(tr.typ, subj, i, subjEnd, conf, firstFact)
				if tr.typ == graph.Met {
					d.visitByPresence(subj, nil, end, i, subjEnd, conf, firstFact)
				}
			}
			return
		}
		st := d.emit(tr.typ, subj, obj, i, subjEnd, conf, firstFact)
		if tr.typ == graph.Met && st >= 0 {
			d.visitByPresence(subj, obj, end, i, subjEnd, conf, firstFact)
		}
	}
}

// actorsOfAct returns the actors of the last attack or invasion stated in the
// document when the object after token end is a definite attack noun with no
// party named in it ("condemned the strikes as ...", "denounced the raid").
func (d *doc) actorsOfAct(end int) []string {
	toks := d.toks
	j := end
	if j < len(toks) && (toks[j].key == "the" || toks[j].key == "these" || toks[j].key == "those" || toks[j].key == "such") {
		j++
	}
	for j < len(toks) && j < end+3 && toks[j].kind == tokWord && d.mentionIndexAt(j) < 0 {
		if nt, ok := d.lx.nouns[toks[j].key]; ok && (nt.typ == graph.Attacked || nt.typ == graph.Invaded) {
			if j+1 < len(toks) && (toks[j+1].key == "on" || toks[j+1].key == "against" || toks[j+1].key == "by" || toks[j+1].key == "of") {
				return nil // the parties are named after it
			}
			for x := len(d.stmts) - 1; x >= 0; x-- {
				st := d.stmts[x]
				if (st.typ == graph.Attacked || st.typ == graph.Invaded) && (st.modality == graph.Asserted || st.modality == graph.Alleged) {
					return st.actors
				}
			}
			return nil
		}
		if !(toks[j].flags&fNpFillers != 0) && !strings.HasSuffix(toks[j].key, "al") && !strings.HasSuffix(toks[j].key, "ed") {
			return nil
		}
		j++
	}
	return nil
}

// infinitiveAfter reports whether "to" follows within a few tokens of token
// j, before any clause break: "called on the Prime Minister of X to ...".
func (d *doc) infinitiveAfter(j int) bool {
	for k := j; k < len(d.toks) && k < j+8; k++ {
		switch d.toks[k].key {
		case "to":
			return true
		case ".", ";", "and", "but", "while":
			return false
		}
	}
	return false
}

// laterParticipleObject returns the object of a participle clause later in
// the sentence (", urging X and Y to ...").
func (d *doc) laterParticipleObject(end int) []string {
	toks := d.toks
	for j := end; j+1 < len(toks); j++ {
		if toks[j].key == "," && strings.HasSuffix(toks[j+1].key, "ing") {
			if _, ok := d.lx.verbs[toks[j+1].key]; ok {
				obj, _ := d.objectOf(j+2, nil, true, 10, graph.Urged)
				return obj
			}
			if pl, ok := d.lx.phrases[toks[j+1].key]; ok && len(pl) > 0 {
				n := j + 1 + len(pl[0].words)
				obj, _ := d.objectOf(n, nil, true, 10, graph.Urged)
				return obj
			}
		}
		if toks[j].key == "." || toks[j].key == ";" {
			return nil
		}
	}
	return nil
}

// visitByPresence adds visits for participants of a meeting held at a place
// in another state than theirs ("met with Y at the White House").
// sentenceNamesPlace reports whether the current sentence names a place
// other than the dateline's.
func (d *doc) sentenceNamesPlace() bool {
	for _, m := range d.ments {
		if m.kind == graph.KindPlace && !m.title && (len(m.ids) != 1 || m.ids[0] != d.dateline) {
			return true
		}
	}
	return false
}

func (d *doc) visitByPresence(a, b []string, end, trig, subjEnd int, conf float64, firstFact int) {
	toks := d.toks
	place := ""
	for j := end; j < len(toks) && j-end < 20; j++ {
		if toks[j].key == "." || toks[j].key == ";" || toks[j].flags&fSpeechVerbs != 0 || toks[j].flags&fRelativeWords != 0 {
			break // "met X and later said ... in Honiara": the place is the complement's
		}
		if (toks[j].key == "in" || toks[j].key == "at") && j+1 < len(toks) {
			x := d.mentionIndexAt(j + 1)
			if x < 0 && j+2 < len(toks) && toks[j+1].key == "the" {
				x = d.mentionIndexAt(j + 2)
			}
			if x >= 0 && d.ments[x].kind == graph.KindPlace {
				place = d.ments[x].ids[0]
				break
			}
		}
	}
	fromDateline := false
	if place == "" && d.dateline != "" && d.sentIdx <= 2 && !d.sentenceNamesPlace() {
		// "MOSCOW — Putin held talks with Modi": the lead's events are at the dateline
		place, fromDateline = d.dateline, true
	}
	if place == "" {
		return
	}
	pb := d.ents[place]
	if pb == nil || pb.e.Country == "" {
		return
	}
	hostSide := func(side []string) bool {
		for _, id := range side {
			if id == pb.e.Country {
				return true
			}
			if e, ok := d.ents[id]; ok && e.e.Kind == graph.KindPerson && e.e.Country == pb.e.Country {
				return true
			}
		}
		return false
	}
	for si, side := range [][]string{a, b} {
		other := b
		if si == 1 {
			other = a
		}
		for _, id := range side {
			e, ok := d.ents[id]
			if !ok || e.e.Kind != graph.KindPerson {
				continue // states and organizations meet through their people
			}
			c := e.e.Country
			if c == "" {
				// an official of no state (an international body) visits
				// when the other side is at home there
				if len(e.roles) == 0 || !hostSide(other) {
					continue
				}
			} else if k, _ := graph.KindOfID(c); k != graph.KindState || c == pb.e.Country {
				continue
			}
			if fromDateline && !hostSide(other) {
				continue // at a dateline only a guest of the host visits
			}
			d.emit(graph.Visited, []string{id}, []string{place}, trig, subjEnd, conf-0.15, firstFact)
		}
	}
}

// nounTrigger handles a nominal trigger at tokens [i, end): "X's visit to Y",
// "the Russian invasion of Ukraine", "sanctions on Y", "cooperation between X and Y".
func (d *doc) nounTrigger(i, end int, tr trigger, firstFact int) {
	toks := d.toks
	conf := tr.conf - 0.05
	if copulaNouns[toks[i].key] && !d.copulaBefore(i) {
		return
	}
	var actors []string
	subjEnd := -1
	// possessor or modifier just before: "Kim's summit", "Russian onslaught", "UK-Turkey cooperation"
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if x := d.mentionIndexAt(j); x >= 0 {
			m := d.ments[x]
			if m.title {
				break
			}
			if m.poss || m.how == howDemonym || m.modifier || m.kind == graph.KindState && m.to == i {
				actors = d.group(x, -1)
				// hyphen compounds: "Russian-Indian", "UK-Turkey"
				if m.from >= 2 && toks[m.from-1].key == "-" && toks[m.from-1].glued {
					if y := d.mentionIndexAt(m.from - 2); y >= 0 {
						actors = append(d.group(y, -1), actors...)
					}
				}
				subjEnd = m.to
				if m.poss && (toks[i].key == "ally" || toks[i].key == "partner") {
					// "Cuba's closest ally, Venezuela": the ally named in apposition, else none
					actors = m.ids
					if end+1 < len(toks) && toks[end].key == "," {
						if y := d.mentionIndexAt(end + 1); y >= 0 && !d.ments[y].title {
							d.emit(tr.typ, actors, d.ments[y].ids, i, subjEnd, conf, firstFact)
						}
					}
					return
				}
			}
			break
		}
		k := toks[j].key
		if k == "-" && toks[j].glued {
			continue // "full-scale"
		}
		if !(toks[j].mayHave(fNounContextWords) && nounContextWords[k] || toks[j].kind == tokWord && !d.lx.isVerbishTok(&toks[j]) && toks[j].flags&fPrepositions == 0 && !toks[j].poss) {
			break
		}
		if k == "the" || k == "a" || k == "an" {
			break
		}
	}
	if tr.typ == graph.Sanctioned && actors != nil && subjEnd > 0 {
		// "Dodik, who is under United States sanctions": the one under them is sanctioned
		if x := d.mentionIndexAt(subjEnd - 1); x >= 0 {
			if u := d.startOf(x) - 1; u > 0 && toks[u].key == "under" {
				if target, _ := d.subjectAt(u); target != nil {
					d.emit(graph.Sanctioned, actors, target, i, subjEnd, conf, firstFact)
				}
				return
			}
		}
	}
	dist := 6
	if tr.typ == graph.Supplied {
		dist = 10 // "the transfer of ballistic missiles and munitions from X to Y"
	}
	targets, tx := d.objectOf(end, tr.preps, false, dist, tr.typ)
	if tx >= 0 && tr.typ == graph.Sanctioned {
		targets = append(targets, d.laterPrepObjects(d.ments[tx].to, tr.preps)...)
	}
	if actors == nil && end+1 < len(toks) && (toks[end].key == "that" || toks[end].key == "which") {
		// a relative clause: "the sanctions that the United States imposed on Venezuela"
		for j := end + 1; j < len(toks) && j <= end+4; j++ {
			if x := d.mentionIndexAt(j); x >= 0 {
				m := d.ments[x]
				if !m.title && m.kind != graph.KindPlace && m.to+1 < len(toks) && toks[m.to].kind == tokWord && !toks[m.to].cap && (d.lx.isVerbishTok(&toks[m.to]) || strings.HasSuffix(toks[m.to].key, "ed")) {
					actors, subjEnd = d.group(x, +1), m.to
					targets, _ = d.objectOf(m.to+1, tr.preps, false, dist, tr.typ)
				}
				break
			}
			if !(toks[j].flags&fNpFillers != 0) {
				break
			}
		}
	}
	if tr.typ.Symmetric() && (end < len(toks) && toks[end].key == "between" || toks[end-1].key == "between") && len(targets) >= 2 && actors == nil {
		d.emitPairs(tr.typ, targets, i, subjEnd, conf, firstFact)
		return
	}
	if actors == nil {
		if agent := d.byAgent(end); agent != nil {
			actors = agent
		}
	}
	if actors == nil && tr.typ == graph.Supplied {
		// "the transfer of missiles from North Korea to Russia"
		if a := d.fromAgent(end, targets); a != nil {
			actors = a
		}
	}

	if actors == nil {
		// the party criticized just before: "condemn X's attacks, including an attack on Y"
		for x := len(d.facts) - 1; x >= firstFact; x-- {
			f := d.facts[x]
			if f.trig < i && (f.typ == graph.Criticized || f.typ == graph.Accused) && (tr.typ == graph.Attacked || tr.typ == graph.Invaded || tr.typ == graph.Threatened) {
				actors = d.stmts[f.event].targets // "blamed X and Y for airstrikes on Z"
				break
			}
		}
	}
	if actors == nil && tr.typ == graph.Met {
		// "X congratulated Y in a phone call", "X thanked Y during the meeting"
		if a, b, e := d.verbPartiesBefore(i); a != nil {
			d.emit(graph.Met, a, b, i, e, conf, firstFact)
			return
		}
		if i > 0 && toks[i-1].key == "their" {
			// "Modi and Putin embraced at the start of their talks": the pair's own meeting
			if a, e := d.mainSubject(i); countUniq(a) >= 2 && e >= 0 {
				d.emitPairs(graph.Met, a, i, e, conf-0.1, firstFact)
				d.visitByPresence(a, nil, end, i, e, conf-0.1, firstFact)
				return
			}
		}
	}
	if actors == nil && tr.typ == graph.Attacked {
		// "X killed Y in an airstrike on Z": the clause subject strikes
		if a, _, e := d.verbPartiesBefore(i); a != nil {
			actors, subjEnd = a, e
		} else if d.purposeFor(i) {
			// "Russian drones entered its airspace during an attack on Ukraine":
			// armed forces of the clause subject attack
			if x := d.firstSubjectMention(i); x >= 0 && d.ments[x].to < len(toks) && armedNouns[toks[d.ments[x].to].key] {
				actors, subjEnd = d.ments[x].ids, d.ments[x].to
			}
		}
	}
	if weaponNoun[toks[i].key] {
		// weapons attack only when launched: "launched 300 drones against Israel"
		if actors != nil || !d.fireVerbBefore(i) {
			return
		}
	}
	if actors == nil && tr.typ == graph.Visited && d.visitVerbBefore(i) {
		// "made a surprise trip to Damascus", "paid a visit to Kyiv"
		if a, e := d.subjectAt(i); a != nil && e >= 0 && i-e <= 8 && d.directlyGoverned(e, i) {
			actors, subjEnd = a, e
		}
	}
	if actors == nil && (tr.typ == graph.Attacked || tr.typ == graph.Invaded) && (d.lightVerbBefore(i) || weaponNoun[toks[i].key]) {
		// "Israel launched airstrikes against ...", "Azerbaijan began an offensive against ..."
		if a, e := d.subjectAt(i); a != nil && e >= 0 && i-e <= 8 && d.directlyGoverned(e, i) {
			actors, subjEnd = a, e
		}
	}
	if actors == nil && (toks[i].key == "partner" || toks[i].key == "ally") {
		// an apposition: "Russia, a traditional ally of Serbia, ..."
		j := i - 1
		for j > 0 && toks[j].kind == tokWord && !toks[j].cap && d.mentionIndexAt(j) < 0 && toks[j].key != "a" && toks[j].key != "an" && toks[j].key != "the" {
			j--
		}
		if j > 1 && (toks[j].key == "a" || toks[j].key == "an" || toks[j].key == "the") && toks[j-1].key == "," {
			if x := d.mentionIndexAt(j - 2); x >= 0 && !d.ments[x].title && d.ments[x].kind != graph.KindPlace {
				actors, subjEnd = d.group(x, -1), d.ments[x].to
			}
		}
	}
	if actors == nil && (toks[i].key == "partner" || toks[i].key == "ally" || copulaNouns[toks[i].key]) && d.copulaBefore(i) {
		// "Kenya is ... an important strategic partner of the United States",
		// "Brazil and Argentina are strategic partners"
		actors, subjEnd = d.mainSubject(i)
	}
	if actors == nil && toks[i].key == "joint" && targets != nil {
		// "X reported on joint exercises with Y": the clause subject takes part
		if a, e := d.subjectAt(i); a != nil && e >= 0 && i-e <= 8 {
			actors, subjEnd = a, e
		}
	}
	if actors == nil && tr.typ == graph.Supplied && i > 1 && (toks[i-1].key == "the" || toks[i-1].key == "its" || toks[i-1].key == "their") && toks[i-2].key == "for" {
		// "Y thanked X for the delivery of vehicles": X supplied Y
		if x, y := d.thankedParties(i - 2); x != nil && y != nil {
			d.emit(graph.Supplied, x, y, i, -1, conf, firstFact)
			return
		}
	}
	if actors == nil && tr.typ != graph.Attacked && tr.typ != graph.Invaded && tr.typ != graph.Visited {
		// the subject of the verb whose object the noun is: "the UK has imposed sanctions on"
		if a, e := d.subjectAt(i); a != nil && e >= 0 && i-e <= 12 && d.directlyGoverned(e, i) {
			actors, subjEnd = a, e
			conf -= 0.1
		} else if tr.typ == graph.Met && d.purposeFor(i) {
			// "X was in Beijing for talks with Y", "X visited Egypt for talks with Y":
			// the purpose of the subject's presence
			if a, e := d.mainSubject(i); a != nil && e >= 0 && i-e <= 16 {
				actors, subjEnd = a, e
				conf -= 0.15
			}
		}
	}
	if actors == nil {
		return
	}
	if targets == nil {
		if tr.typ.Symmetric() && len(actors) >= 2 {
			d.emitPairs(tr.typ, actors, i, subjEnd, conf, firstFact)
		}
		return
	}
	d.emit(tr.typ, actors, targets, i, subjEnd, conf, firstFact)
}

// lightSupply reads a giving verb with an abstract object ending at end:
// the verb is light when its object is a relation noun ("delivered a warning
// to": the noun's own frame makes the fact), and support when its object is
// a support noun ("gave its backing to": cooperated). ok is false when the
// verb makes no fact of its own.
func (d *doc) lightSupply(end int, tr trigger) (trigger, bool) {
	toks := d.toks
	head := -1
	for j := end; j < len(toks) && j < end+5; j++ {
		t := &toks[j]
		if t.kind != tokWord || t.cap || contains(tr.preps, t.key) || t.flags&fPrepositions != 0 {
			break
		}
		head = j // "its backing": a possessive pronoun is no object
	}
	if head < 0 {
		return tr, true
	}
	k := toks[head].key
	if nt, ok := d.lx.nouns[k]; ok && nt.typ != graph.Supplied && nt.typ != graph.Attacked && nt.typ != graph.Invaded {
		return tr, false
	}
	if supportNouns[k] && !(head > end && materialWords[toks[head-1].key]) {
		// support for a named side; support "for the operation" is no relation
		if to, _ := d.objectOf(head+1, tr.preps, false, 4, graph.Cooperated); to == nil {
			return tr, false
		}
		tr.typ, tr.conf = graph.Cooperated, tr.conf-0.05
	}
	return tr, true
}

// copulaBefore reports whether the noun at i is the predicate of "to be"
// after the clause's subject: "X and Y are (strategic) partners".
func (d *doc) copulaBefore(i int) bool {
	a, e := d.mainSubject(i)
	if a == nil || e < 0 {
		return false
	}
	for e+1 < len(d.toks) && (d.toks[e].key == "and" || d.toks[e].key == ",") {
		x := d.mentionIndexAt(e + 1)
		if x < 0 {
			break
		}
		e = d.ments[x].to
	}
	return e < i && (d.toks[e].flags&fBeForms != 0 || d.toks[e].key == "remain" || d.toks[e].key == "remains")
}

func (d *doc) emitPairs(t graph.RelationType, ids []string, trig, subjEnd int, conf float64, firstFact int) {
	ids = uniq(ids)
	if len(ids) < 2 {
		return
	}
	d.emit(t, ids[:1], ids[1:], trig, subjEnd, conf, firstFact)
	for a := 1; a < len(ids); a++ {
		d.emit(t, ids[a:a+1], ids[a+1:], trig, subjEnd, conf, firstFact)
	}
}

// countUniq returns len(uniq(ids)) without allocating.
func countUniq(ids []string) int {
	n := 0
	for i, id := range ids {
		if !contains(ids[:i], id) {
			n++
		}
	}
	return n
}

func uniq(ids []string) []string {
	out := ids[:0:0]
	for _, id := range ids {
		if !contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

// emit records a statement with every actor-target pair as a fact; it
// returns the statement's index, or -1 when nothing was emitted.
func (d *doc) emit(t graph.RelationType, actors, targets []string, trig, subjEnd int, conf float64, firstFact int) int {
	actors, targets = uniq(actors), uniq(targets)
	named := len(targets) // the targets the text names, before derived states
	if t == graph.Visited {
		// a visit goes to a state or a place, never to a person
		kept := targets[:0:0]
		for _, id := range targets {
			if k, _ := graph.KindOfID(id); k != graph.KindPerson {
				kept = append(kept, id)
			}
		}
		targets = kept
		// A visit to a place inside a state is a visit to that state as well:
		// "arrived in Pyongyang" answers "who visited North Korea".
		for _, id := range kept {
			if b, ok := d.ents[id]; ok && b.e.Kind == graph.KindPlace && b.e.Country != "" {
				targets = append(targets, b.e.Country)
			}
		}
		targets = uniq(targets)
	}
	if t == graph.Attacked || t == graph.Invaded {
		// a sea is where an attack happens, not its target: "fired missiles into the Sea of Japan"
		kept := targets[:0:0]
		for _, id := range targets {
			if b, ok := d.ents[id]; !ok || b.e.Kind != graph.KindPlace || !isWaterName(b.e.Name) {
				kept = append(kept, id)
			}
		}
		// an attack on a place inside a state is an attack on that state as
		// well (ONTOLOGY.md metonyms): "struck Kharkiv" answers "who attacked Ukraine"
		targets = kept
		if trig < len(d.toks) && !warNouns[d.toks[trig].key] { // a war's place is where it is fought, not its target
			for _, id := range kept {
				if b, ok := d.ents[id]; ok && b.e.Kind == graph.KindPlace && b.e.Country != "" {
					targets = append(targets, b.e.Country)
				}
			}
		}
		targets = uniq(targets)
		named = len(kept)
	}
	var pairs [][2]string
	for _, a := range actors {
		for _, b := range targets {
			if a == "" || b == "" || a == b {
				continue
			}
			// a person and their own state, or a place inside the actor's state, is no relation
			if d.sameSide(a, b) {
				continue
			}
			pairs = append(pairs, [2]string{a, b})
		}
	}
	if len(pairs) == 0 {
		return -1
	}
	mod, attr := d.modality(trig, subjEnd, actors)
	date := d.dateFor(trig)
	if conf > 0.95 {
		conf = 0.95
	}
	if conf < 0.3 {
		conf = 0.3
	}
	place := ""
	if t != graph.Visited {
		place = d.placeAfter(trig)
	}
	for _, a := range actors {
		d.subjCount[a]++
	}
	for _, p := range pairs {
		a, b := d.stateOf(p[0]), d.stateOf(p[1])
		if a != "" && b != "" && a != b {
			if b < a {
				a, b = b, a
			}
			d.pairCount[a+"|"+b]++
		}
		for _, id := range p {
			if k, _ := graph.KindOfID(id); k == graph.KindOrganization {
				d.lastOrgParty = id
			}
		}
	}
	ev := len(d.stmts)
	d.stmts = append(d.stmts, statement{typ: t, actors: actors, targets: targets, date: date, place: place,
		modality: mod, attributedTo: attr, sent: d.sentIdx, span: d.sentSpan})
	for _, p := range pairs {
		d.facts = append(d.facts, fact{typ: t, from: p[0], to: p[1], date: date, modality: mod, attributedTo: attr,
			conf: conf, sent: d.sentIdx, span: d.sentSpan, event: ev, place: place, trig: trig})
	}
	if attr != "" {
		d.ensureEntity(attr)
	}
	if (t == graph.Attacked || t == graph.Invaded) && mod != graph.Negated && len(actors) == 1 && named == 1 {
		target := targets[0]
		if k, _ := graph.KindOfID(target); k == graph.KindPlace {
			target = "" // an attack on a place is an attack on its state
			if b := d.ents[targets[0]]; b != nil {
				if k, _ := graph.KindOfID(b.e.Country); k == graph.KindState {
					target = b.e.Country
				}
			}
		}
		if target != "" && target != actors[0] {
			d.lastFight = []string{actors[0], target}
		}
	}
	if (t == graph.Met || t == graph.Agreed || t == graph.Cooperated || t == graph.Visited && len(actors) == 1) && mod != graph.Negated {
		if len(actors) == 1 && len(targets) == 1 && t != graph.Visited {
			d.lastPair = []string{actors[0], targets[0]}
		}
	}
	return ev
}

func (d *doc) ensureEntity(id string) {
	if _, ok := d.ents[id]; ok {
		return
	}
	d.ensureState(id)
}

// isWaterName reports whether a place name names a body of water.
func isWaterName(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	if len(f) == 0 {
		return false
	}
	last := f[len(f)-1]
	if len(f) >= 3 && f[1] == "of" {
		last = f[0] // "Sea of Japan", "Gulf of Finland"
	}
	switch last {
	case "sea", "gulf", "strait", "straits", "ocean", "bay", "channel", "mediterranean":
		return true
	}
	return false
}

// stateOf returns the state an entity is or acts for (a person's country), or "".
func (d *doc) stateOf(id string) string {
	if k, _ := graph.KindOfID(id); k == graph.KindState {
		return id
	}
	if e, ok := d.ents[id]; ok && e.e.Kind == graph.KindPerson {
		return e.e.Country
	}
	return ""
}

// sameSide reports whether a and b are the same party: a person and their
// state, or a state and a place inside it.
func (d *doc) sameSide(a, b string) bool {
	ca, cb := a, b
	if e, ok := d.ents[a]; ok && e.e.Kind != graph.KindState && e.e.Country != "" && e.e.Kind == graph.KindPerson {
		ca = e.e.Country
	}
	if e, ok := d.ents[b]; ok && e.e.Kind != graph.KindState && e.e.Country != "" && e.e.Kind == graph.KindPerson {
		cb = e.e.Country
	}
	if ca == cb {
		return true
	}
	// an actor and a place of its own state
	if e, ok := d.ents[b]; ok && e.e.Kind == graph.KindPlace && e.e.Country != "" && e.e.Country == ca {
		return true
	}
	return false
}

func (d *doc) placeAfter(trig int) string {
	toks := d.toks
	for j := trig + 1; j < len(toks) && j-trig < 14; j++ {
		if toks[j].key == "." || toks[j].key == ";" {
			break
		}
		if toks[j].key == "in" || toks[j].key == "at" {
			if x := d.mentionIndexAt(j + 1); x >= 0 && d.ments[x].kind == graph.KindPlace {
				return d.ments[x].ids[0]
			}
		}
	}
	return ""
}

// modalAux are modal auxiliaries, which govern coordinated verbs too.
var modalAux = wordSet("modal-aux")

// vowWords announce what they state: a vow to retaliate is a threat made.
var vowWords = wordSet("vow-words")

// modality decides how a fact at trigger token trig is stated.
func (d *doc) modality(trig, subjEnd int, actors []string) (graph.Modality, string) {
	toks := d.toks
	from := subjEnd
	if from < 0 || from > trig {
		from = trig - 6
	}
	// the clause start bounds the window
	for j := trig - 1; j >= 0 && j >= from; j-- {
		if toks[j].key == ";" || toks[j].key == ":" {
			from = j + 1
			break
		}
	}
	if from < 0 {
		from = 0
	}
	if trig > 0 && toks[trig-1].key == "," && strings.HasSuffix(toks[trig].key, "ing") {
		// a participle clause: "cut ties with X, accusing it of ...": the first verb's cues stay there
		from = trig
	}
	if trig > 0 && toks[trig-1].key == "and" && trig-1 > from {
		// a coordinated verb phrase: "discussed X and agreed to ..." is not
		// governed by the first verb's cues, but a modal governs both verbs:
		// "will exchange records and coordinate patrols"
		for j := trig - 2; j >= from; j-- {
			if toks[j].key == "," || toks[j].key == ";" {
				break
			}
			if modalAux[toks[j].key] {
				if !d.speechVerbBetween(0, j) && !d.thatBefore(j) {
					return graph.Speculative, ""
				}
				break // "said X would not ... and threatened", "warned that X could ... and accused": the speaker's second act
			}
		}
		from = trig
	}
	for j := trig - 1; j > from; j-- {
		if toks[j].key == "but" {
			from = j + 1 // "did not condemn X but urged Y": the cue is the first clause's
			break
		}
	}
	for j := from; j < trig; j++ {
		if (toks[j].flags&fNegationCues != 0) && d.mentionIndexAt(j) < 0 {
			return graph.Negated, ""
		}
		if j+1 < trig && (toks[j].key == "yet" && toks[j+1].key == "to" || toks[j].key == "short" && toks[j+1].key == "of" || toks[j].key == "abstained" || toks[j].key == "refrained") {
			return graph.Negated, "" // "has yet to condemn", "stopped short of sanctioning"
		}
	}
	if subjEnd > 0 && subjEnd <= trig {
		// the actor is the modifier of a blocked act: "Hungary blocked EU aid to Ukraine"
		if x := d.mentionIndexAt(subjEnd - 1); x >= 0 {
			b := d.startOf(x) - 1
			for b >= 0 && (toks[b].key == "the" || toks[b].key == "new" || toks[b].key == "further" || toks[b].key == "any") {
				b--
			}
			if b >= 0 && blockVerbs[toks[b].key] {
				return graph.Negated, ""
			}
		}
	}
	if trig > 0 && toks[trig-1].key == "to" && trig > 1 && d.mentionIndexAt(trig-2) >= 0 && !d.ments[d.mentionIndexAt(trig-2)].poss &&
		!d.prepObject(d.ments[d.mentionIndexAt(trig-2)].from) {
		// a headline's future: "Germany to send air defence systems to Ukraine"
		// (not the purpose of a trip: "travelled to Minsk to meet Lukashenko")
		return graph.Speculative, ""
	}
	// a denied that-clause: "the Kremlin denied that Russian jets attacked ..."
	for j := trig - 1; j > 0 && j >= trig-14; j-- {
		if toks[j].key == ";" || toks[j].key == "." {
			break
		}
		if toks[j].key == "that" && denialVerbs[toks[j-1].key] {
			if subjEnd >= 0 && subjEnd < j-1 && toks[trig-1].key == "and" {
				break // "X denied that ... and condemned Y": the second verb is X's, not denied
			}
			return graph.Negated, ""
		}
	}
	// a vow of a threat is the threat: "vowed to retaliate against X"
	vt, isVerb := d.lx.verbs[toks[trig].key]
	threat := isVerb && vt.typ == graph.Threatened
	metNoun := false
	if nt, ok := d.lx.nouns[toks[trig].key]; ok && (nt.typ == graph.Met || nt.typ == graph.Cooperated) {
		metNoun = true // ("discussed the deepening partnership": the partnership exists)
	}
	for j := from; j < trig; j++ {
		if (toks[j].flags&fSpeculativeCues != 0) && d.mentionIndexAt(j) < 0 && !(metNoun && strings.HasPrefix(toks[j].key, "discuss")) && !(threat && vowWords[toks[j].key]) {
			// ("discussed X in a phone call": the call took place)
			return graph.Speculative, ""
		}
		if j+1 < trig && (toks[j].key == "close" || toks[j].key == "closer" || toks[j].key == "nearer") && toks[j+1].key == "to" {
			return graph.Speculative, "" // "close to a deal"
		}
	}
	if _, noun := d.lx.nouns[toks[trig].key]; noun {
		// "his first trip abroad would be to Quito": a modal after the noun
		for j := trig + 1; j+1 < len(toks) && j <= trig+3; j++ {
			if toks[j].kind != tokWord {
				break
			}
			if toks[j].flags&fSpeculativeCues != 0 && toks[j+1].key == "be" {
				return graph.Speculative, ""
			}
		}
	}
	if trig > 1 && toks[trig-1].key == "to" && purposeNouns[toks[trig-2].key] {
		return graph.Speculative, "" // "in talks to restore relations"
	}
	// the infinitive complement of a cue: "threatened to widen its strikes on X"
	for j := trig - 1; j > 0 && j >= trig-5; j-- {
		if toks[j].kind == tokPunct || toks[j].flags&fClauseBreakWords != 0 {
			break
		}
		if toks[j].key == "to" && (toks[j-1].flags&fSpeculativeCues != 0 || commitVerbs[toks[j-1].key]) && d.mentionIndexAt(j-1) < 0 {
			return graph.Speculative, "" // "agreed to supply air defence systems": not yet supplied
		}
	}
	for j := 0; j < trig; j++ {
		if toks[j].key == "if" || toks[j].key == "unless" {
			return graph.Speculative, ""
		}
		// the action someone is urged to take has not happened: "urged Israel and Hamas to accept the deal"
		if d.urgeAt(j) && d.mentionIndexAt(j) < 0 && !(toks[trig-1].key == "and" && d.urgeAt(trig)) {
			// ("urged X to halt ... and pressed Y to ...": the second urging is made, not urged)
			sawTo := false
			for k := j + 1; k < trig; k++ {
				if toks[k].flags&fClauseBreakWords != 0 || toks[k].key == ";" || toks[k].key == "," && k+1 < trig && (toks[k+1].key == "and" || toks[k+1].key == "but") {
					sawTo = false // "urged X to ..., while Y agreed": another clause
					break
				}
				if toks[k].key == "to" {
					sawTo = true
				}
			}
			if sawTo {
				return graph.Speculative, ""
			}
		}
	}
	// reported speech: "X says ...", "..., X said"
	for j := 0; j < len(toks); j++ {
		if !(toks[j].flags&fSpeechVerbs != 0) || j == trig || d.mentionIndexAt(j) >= 0 || d.titledAt(j) >= 0 {
			continue
		}
		if _, isTrig := d.lx.verbs[toks[j].key]; isTrig && j > trig {
			continue
		}
		if j < trig && d.contrastBetween(j, trig) {
			continue // "X accused Y of ..., while Z blamed W": another clause
		}
		if j < trig && d.moveAppositionBetween(j, trig) {
			continue // "X said ..., a move the AU condemned": the writer's clause
		}
		var speaker []string
		if j < trig && d.isPassive(j) {
			speaker = d.byAgent(j + 1) // "Israel was accused by Iran of ..."
		} else if j < trig {
			speaker, _ = d.subjectAt(j)
		} else {
			// "..., Seoul said", "..., North Korea's state media said", "..., said X"
			for b := j - 1; b >= 0 && b >= j-4 && b > trig; b-- {
				if x := d.mentionIndexAt(b); x >= 0 {
					s := d.startOf(x)
					if a := s - 1; a > trig+2 && toks[a].kind == tokWord && !toks[a].cap && toks[a].flags&(fPrepositions|fNonNameWords|fRelativeWords|fClauseBreakWords) == 0 && toks[a-1].key == "the" && toks[a-2].key == "," {
						s = a // ", the paramilitary Rapid Support Forces alleged": an adjective before the name
					}
					if s > 0 && (toks[s-1].key == "," || toks[s-1].key == `"` || toks[s-1].key == "the" && s > 1 && toks[s-2].key == ",") {
						speaker = d.ments[x].ids
					}
					break
				}
				if toks[b].kind == tokPunct {
					break
				}
			}
			if speaker == nil && toks[j].key == "according" && j+2 < len(toks) && toks[j+1].key == "to" {
				for b := j + 2; b < len(toks) && b <= j+4; b++ {
					if x := d.mentionIndexAt(b); x >= 0 {
						speaker = d.ments[x].ids
						break
					}
				}
			}
			if speaker == nil && j+1 < len(toks) && j > 0 && (toks[j-1].key == "," || toks[j-1].key == `"`) {
				if x := d.mentionIndexAt(j + 1); x >= 0 {
					speaker = d.ments[x].ids
				} else if x := d.titledAt(j + 1); x >= 0 {
					speaker = d.ments[x].ids
				}
			}
		}
		if len(speaker) == 0 || speaker[0] == d.publisher || contains(actors, speaker[0]) {
			continue
		}
		return graph.Alleged, speaker[0]
	}
	return graph.Asserted, ""
}

// contrastBetween reports whether a contrastive conjunction ("while", "but",
// "whereas") lies between tokens a and b.
func (d *doc) contrastBetween(a, b int) bool {
	for j := a + 1; j < b; j++ {
		switch d.toks[j].key {
		case "while", "but", "whereas", "although", "though", ";":
			return true
		}
	}
	return false
}

// urgeAt reports whether token j starts an urged trigger ("urged", "called on", "appealed to").
func (d *doc) urgeAt(j int) bool {
	toks := d.toks
	if vt, ok := d.lx.verbs[toks[j].key]; ok {
		return vt.typ == graph.Urged
	}
	for _, pt := range d.lx.phrases[toks[j].key] {
		if pt.typ != graph.Urged || j+len(pt.words) > len(toks) {
			continue
		}
		ok := true
		for k, w := range pt.words {
			if toks[j+k].key != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// dateFor returns the date of a fact whose trigger is token trig: the nearest
// event date in the sentence, else the last date of the narrative.
func (d *doc) dateFor(trig int) graph.Date {
	best := -1
	bestDist := 1 << 30
	for x, dm := range d.dates {
		if dm.speech || !dm.date.Known() || d.clauseBoundaryBetween(dm.from, trig) {
			continue // a date of another clause dates another event
		}
		dist := dm.from - trig
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			best, bestDist = x, dist
		}
	}
	if best >= 0 {
		return d.dates[best].date
	}
	for _, dm := range d.dates {
		if dm.date.Known() && !d.clauseBoundaryBetween(dm.from, trig) {
			return dm.date // only the statement is dated
		}
	}
	if d.lastDate.Known() {
		return d.lastDate // the date of the story so far
	}
	// an undated fact before any date: the headline and lead report what is
	// new as of publication
	return d.meta.Published
}

// clauseBoundaryBetween reports whether tokens a and b (either order) lie in
// different clauses: a semicolon or a relative clause opened after a comma
// (", where", ", which") lies between them.
func (d *doc) clauseBoundaryBetween(a, b int) bool {
	if a > b {
		a, b = b, a
	}
	toks := d.toks
	for j := a + 1; j < b && j < len(toks); j++ {
		if toks[j].key == ";" || toks[j].key == "," && j+1 < len(toks) && clauseOpeners[toks[j+1].key] {
			return true
		}
	}
	return false
}

// clauseOpeners open a relative clause after a comma (lexicon/words.txt).
var clauseOpeners = wordSet("clause-openers")

// buildFacts turns the collected statements and facts into events and edges.
func (d *doc) buildFacts(x *graph.Extraction) {
	edgeAt := map[string]int{}
	eventIDs := make([]string, len(d.stmts))
	for si, st := range d.stmts {
		id := graph.EventID(st.typ, st.actors, st.targets, st.date)
		eventIDs[si] = id
		mention := graph.Mention{DocumentID: d.docID, Sentence: st.sent, Start: st.span.start, End: st.span.end, Text: d.text[st.span.start:st.span.end]}
		merged := false
		for k := range x.Events {
			if x.Events[k].ID == id {
				x.Events[k].Mentions = appendMention(x.Events[k].Mentions, mention)
				merged = true
				break
			}
		}
		if !merged {
			x.Events = append(x.Events, graph.Event{ID: id, Type: st.typ, Date: st.date, Place: st.place,
				Actors: st.actors, Targets: st.targets, Modality: st.modality, AttributedTo: st.attributedTo,
				Mentions: []graph.Mention{mention}})
			if st.place != "" {
				d.ensureEntity(st.place)
			}
		}
	}
	for _, f := range d.facts {
		id := graph.EdgeID(f.typ, f.from, f.to, f.date, f.modality, f.attributedTo)
		mention := graph.Mention{DocumentID: d.docID, Sentence: f.sent, Start: f.span.start, End: f.span.end, Text: d.text[f.span.start:f.span.end]}
		if k, ok := edgeAt[id]; ok {
			e := &x.Edges[k]
			e.Mentions = appendMention(e.Mentions, mention)
			if f.conf > e.Confidence {
				e.Confidence = f.conf
			}
			continue
		}
		from, to := graph.CanonicalEnds(f.typ, f.from, f.to)
		if f.typ.Symmetric() {
			from, to = f.from, f.to
		}
		edgeAt[id] = len(x.Edges)
		x.Edges = append(x.Edges, graph.Edge{ID: id, Type: f.typ, From: from, To: to, Date: dateOrUnknown(f.date),
			Modality: f.modality, AttributedTo: f.attributedTo, Confidence: round2(f.conf), EventID: eventIDs[f.event],
			Mentions: []graph.Mention{mention}})
	}
	for k := range x.Events {
		x.Events[k].Date = dateOrUnknown(x.Events[k].Date)
	}
}

func dateOrUnknown(d graph.Date) graph.Date {
	if !d.Known() {
		return graph.Date{Precision: graph.DateUnknown}
	}
	return d
}

func round2(f float64) float64 { return float64(int(f*100+0.5)) / 100 }

func appendMention(ms []graph.Mention, m graph.Mention) []graph.Mention {
	for _, x := range ms {
		if x.Sentence == m.Sentence && x.DocumentID == m.DocumentID {
			return ms
		}
	}
	return append(ms, m)
}
