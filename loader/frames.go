package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// Frames: how each kind of trigger fills its two sides. The relation loop
// (relations) finds triggers; verbTrigger and nounTrigger apply the verb,
// noun, converse and host frames of lexicon/triggers.txt; emit records a
// statement and its facts. Constructions beyond the frames (presence,
// speaking in a place, light verbs) are small functions here.

// relations reads the relation statements of the current sentence.
// nounAfterPreposition reports whether the verb trigger form at token i,
// a form in -s, heads a noun phrase after a preposition: "a blockade on
// fuel imports", "a ban on arms exports".
func (d *doc) nounAfterPreposition(i int) bool {
	toks := d.toks
	if !strings.HasSuffix(toks[i].key, "s") || i < 2 {
		return false
	}
	j := i - 1
	if toks[j].kind == tokWord && !toks[j].cap && d.mentionIndexAt(j) < 0 && !toks[j].in(fPrepositions, prepositions) && toks[j].flags&(fNpFillers|fVerbAux|fBeForms) == 0 {
		j-- // "fuel" of "fuel imports"
	}
	return j < i && toks[j].kind == tokWord && toks[j].in(fPrepositions, prepositions)
}

// phraseAt returns the longest phrase trigger starting at token i, or nil
// ("a phone call on Friday" is the noun, not the phrase "call on").
func (d *doc) phraseAt(i int) *phraseTrigger {
	toks := d.toks
	list, ok := lookupIf(toks[i].flags&fPhraseTrig != 0, d.lx.phrases, toks[i].key)
	if !ok {
		return nil
	}
	for p := range list {
		pt := &list[p]
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
			ok = false
		}
		if ok {
			return pt
		}
	}
	return nil
}

// relations reads the facts of the sentence in d.toks: each trigger's frame
// filled from the mentions around it, then what only the whole sentence
// shows (elliptic followers, speech complements, allegations reported after
// the fact), and who speaks and acts in the sentences after it.
func (d *doc) relations() {
	toks := d.toks
	d.indexMentions()
	firstFact := len(d.facts)
	d.firstStmt = len(d.stmts)
	d.namePendingRole()
	if d.operative != "" && d.operativeOpening() {
		d.operativeSent = d.sentIdx
	}
	d.bilateralNames(firstFact)
	d.designatedRow()
	d.includedDesignees()
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.kind != tokWord || d.mentionIndexAt(i) >= 0 {
			continue
		}
		if end, ok := d.phraseTrigger(i, firstFact); ok {
			i = end - 1
			continue
		}
		if t.flags&fSpeaking != 0 && speakingVerbs[t.key] {
			d.speakingIn(i, firstFact) // "Kerry, speaking Thursday in Geneva, said"
		}
		d.wordTrigger(i, firstFact)
	}
	d.ellipticFollowers(firstFact)
	d.speechComplements(firstFact)
	d.notePendingRole()
	// "..., the RSF alleged": an allegation reported after the fact accuses its actor
	d.allegationsAccuse(firstFact)
	d.noteSpeakers()
	d.noteSubjects()
}

// phraseTrigger fills the frames that start at token i with more than one
// word, or with a word only its context makes a trigger (joint activities,
// phrases of the lexicon, additions to a sanctions list, presence), and
// returns the end of what it read.
func (d *doc) phraseTrigger(i, firstFact int) (int, bool) {
	toks, t := d.toks, d.toks[i]
	if t.key == "joint" {
		// "joint desert warfare exercises": joint activity nouns after modifiers
		if end := d.jointActivityEnd(i); end > i+2 {
			d.nounTrigger(i, end, trigger{typ: graph.Cooperated, frame: frameNoun, preps: []string{"with", "between"}, conf: 0.7}, firstFact)
			return end, true
		}
	}
	if pt := d.phraseAt(i); pt != nil {
		end := i + len(pt.words)
		if pt.frame == frameNoun {
			d.nounTrigger(i, end, pt.trigger, firstFact)
		} else {
			d.verbTrigger(i, end, pt.trigger, firstFact)
		}
		return end, true
	}
	if listAddVerbs[t.key] && d.toListAfter(i) {
		// "added the following persons to the Consolidated List", "added 17 entities to its Entity List"
		d.verbTrigger(i, i+1, trigger{typ: graph.Sanctioned, frame: frameVerb, direct: true, conf: 0.75}, firstFact)
		return i + 1, true
	}
	if end := d.jointActionAdverbial(i); end > 0 {
		// "the UK acted in coordination with Canada": the clause's subject cooperates with Canada
		if !d.jointActionBlocked(i, end) {
			d.verbTrigger(i, end, trigger{typ: graph.Cooperated, frame: frameVerb, direct: true, conf: 0.7}, firstFact)
		}
		return end, true
	}
	if t.key == "in" && i > 0 && i+1 < len(toks) && (toks[i-1].key == "was" || toks[i-1].key == "were" || toks[i-1].key == "is" || toks[i-1].key == "are") {
		d.presence(i, firstFact) // "Scholz was in Beijing"
		return i + 1, true
	}
	return 0, false
}

// wordTrigger fills the frame of the one-word trigger at token i, a verb or
// a noun, unless its context shows it is neither ("the occupied
// territories", "to exercise restraint").
func (d *doc) wordTrigger(i, firstFact int) {
	toks, t := d.toks, d.toks[i]
	if d.sanctionsTarget(i, firstFact) {
		return
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
	if isVerb && !isNoun && i > 0 && strings.HasSuffix(t.key, "ed") && (toks[i-1].key == "the" || toks[i-1].key == "a" || toks[i-1].key == "an" || toks[i-1].key == "its" || toks[i-1].key == "their" || toks[i-1].flags&fPrepositions != 0) {
		return // an adjective: "the occupied territories", "authorities in occupied Donetsk"
	}
	if isVerb && t.cap && i > 0 && toks[i-1].key != `"` {
		isVerb = false // "Persons Threatening the Peace": a title, not a clause
	}
	if isVerb && strings.HasSuffix(t.key, "ing") && i > 0 && toks[i-1].kind == tokWord && d.mentionIndexAt(i-1) < 0 && !d.chargedGerund(i) &&
		!(toks[i-1].flags&fVerbAux != 0) && !(toks[i-1].flags&fBeForms != 0) && !(toks[i-1].flags&fSpeculativeCues != 0) && !(toks[i-1].flags&fNegationCues != 0) && toks[i-1].key != "of" && toks[i-1].key != "by" && toks[i-1].key != "after" && toks[i-1].key != "before" &&
		!(strings.HasSuffix(toks[i-1].key, "ly") && i > 1 && (toks[i-2].key == "of" || toks[i-2].key == "by")) &&
		!statementNouns[toks[i-1].key] && !d.adverbAfterAux(i-1) {
		// ("issued a statement urging Israel": the statement speaks for its issuer, issuerOfStatement)
		isVerb = false // "attacks threatening civilians": a reduced relative of a noun ("of secretly supplying" is a gerund)
	}
	if isVerb && !isNoun && d.nounAfterPreposition(i) {
		return // "a blockade on fuel imports from Senegal": a noun, no verb
	}
	if isVerb && d.compoundNounAfterVerb(i) {
		return // "damaging apartment blocks": the object's head noun, no verb
	}
	if isNoun && !isVerb && d.infinitiveVerb(i) {
		return // "to exercise restraint": a verb that no trigger names
	}
	if isNoun && !isVerb && (d.objectOfSameVerb(i, nt.typ) || d.relativeOfSameVerb(i, nt.typ)) {
		return // "signed that treaty with X", "the agreement it signed with X": the verb states it
	}
	if isNoun && !isVerb && nt.typ == graph.Cooperated && d.inAgreedObject(i) {
		return // "signed a defence cooperation agreement", "signed a policing partnership": the agreement is the fact
	}
	if isVerb && vt.typ == graph.Supplied && d.equippedWith(i) {
		return // "personnel armed with bladed weapons": equipped, no supply
	}
	switch {
	case isVerb:
		d.verbTrigger(i, i+1, vt, firstFact)
	case isNoun:
		d.nounTrigger(i, i+1, nt, firstFact)
	}
}

// chargedGerund reports whether the gerund at token i is the act charged
// to the object of an accusation verb of speech before it: "charged Iran
// with supplying", "charged the UAE and Chad with supplying" (as "accused
// Iran of supplying" is).
func (d *doc) chargedGerund(i int) bool {
	toks := d.toks
	if i < 3 || toks[i-1].key != "with" && toks[i-1].key != "for" {
		return false
	}
	if x := d.mentionIndexAt(i - 2); x < 0 || d.ments[x].to != i-1 {
		return false
	}
	v := d.groupStartBefore(i-1) - 1 // (the group's start includes its "the")
	if v < 0 || toks[v].flags&fSpeechVerbs == 0 {
		return false
	}
	tr, ok := d.lx.verbs[toks[v].key]
	return ok && tr.typ == graph.Accused
}

// noteSpeakers updates who speaks after a sentence: a transcript's turn
// (a sentence opening with a titled person and a colon; a question label
// such as "Q:" ends it) and the speaker of a quotation opened by "X said:".
func (d *doc) noteSpeakers() {
	toks := d.toks
	// a transcript's turn: a sentence opening with a (titled) person and a
	// colon; a question label ("Q:", "Question:") ends the last one
	if id := d.speakerLabel(); id != "" {
		d.transcriptSpeaker = id
		d.questionTurn = false
	} else if id := d.roleLabelSpeaker(); id != "" {
		d.transcriptSpeaker = id // "SPOKESPERSON: ...": the holder of the office the label names
		d.questionTurn = false
	} else if id := d.headerSpeaker(); id != "" {
		d.transcriptSpeaker = id // "Briefing by Foreign Ministry Spokeswoman Maria Zakharova": she speaks from here on
	} else if d.answerLabel() {
		d.transcriptSpeaker = d.interviewee() // "A: ...": the one interviewed speaks until the next question
		d.questionTurn = false
	} else if d.questionLabel() {
		if d.transcriptSpeaker != "" {
			d.answerer = d.transcriptSpeaker
		}
		d.transcriptSpeaker = ""
		d.questioner = d.labelOutlet()
		d.questionTurn = true
	}
	// a body opening its operative clauses: "Acting under Article 7, the Council:",
	// or a resolution's opening line "The European Parliament," before its recitals
	if x := d.bodyOpeningLine(); x >= 0 {
		d.operative = d.issuer(d.ments[x].ids[0])
	} else if n := len(toks); n > 1 && toks[n-1].key == ":" {
		if x := d.mentionIndexAt(n - 2); x >= 0 && d.ments[x].kind == graph.KindOrganization && len(d.ments[x].ids) == 1 && d.ments[x].from > 0 {
			d.operative = d.issuer(d.ments[x].ids[0])
		} else if n > 2 && toks[n-3].key == "the" && toks[n-2].cap && toks[n-2].flags&fOrgHeads != 0 {
			if id := d.orgByHeadWord(toks[n-2].key); id != "" {
				d.operative = d.issuer(id) // "the Council:" after "the Peace and Security Council"
			}
		}
	}
	// a quotation opened by "PERSON said:" or "PERSON told ADDRESSEE:": its
	// "we" is the speaker's, its "you" the addressee's
	for j := 0; j+1 < len(toks); j++ {
		if toks[j].flags&fSpeechVerbs == 0 || d.mentionIndexAt(j) >= 0 {
			continue
		}
		colon, to := j+1, ""
		if x := d.mentionIndexAt(j + 1); x >= 0 && addresseeVerbs[toks[j].key] && len(d.ments[x].ids) == 1 {
			colon, to = d.ments[x].to, d.ments[x].ids[0]
		}
		if colon >= len(toks) || toks[colon].key != ":" {
			continue
		}
		if s, _ := d.subjectAt(j); len(s) == 1 {
			if k, _ := graph.KindOfID(s[0]); k == graph.KindPerson {
				d.quoteSpeaker, d.quoteSent, d.quoteAddressee = s[0], d.sentIdx, to
			}
		}
	}
}

// noteSubjects remembers the sentence's subject for "he" and "they" in the
// next sentence, and its last coordination ("Russia and North Korea") for
// "the former".
func (d *doc) noteSubjects() {
	toks := d.toks
	// the sentence's subject: for "he" and "they" in the next sentence
	d.lastSubject, d.lastBodySubject = "", ""
	subj, subjEnd := d.mainSubject(len(toks))
	if len(subj) == 1 {
		if k, _ := graph.KindOfID(subj[0]); k == graph.KindState || k == graph.KindOrganization {
			d.lastBodySubject = subj[0]
		}
	}
	d.lastSubjects = nil
	if len(subj) >= 2 && len(d.ments) > 0 && (d.startOf(0) <= 2 || d.afterOpeningPhrase(subjEnd)) {
		d.lastSubjects = uniq(append([]string(nil), subj...))
	}
	d.pluralSubject = d.unresolvedPluralSubject() || len(d.lastSubjects) == 0 && d.countedPeople()
	if len(subj) == 1 {
		if k, _ := graph.KindOfID(subj[0]); k == graph.KindPerson {
			d.lastSubject, d.topicPerson = subj[0], subj[0]
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

// afterOpeningPhrase reports whether the subject that ends at token end
// follows an opening phrase and its comma ("On the Middle East, the two
// sides urged ...").
func (d *doc) afterOpeningPhrase(end int) bool {
	if end < 1 {
		return false
	}
	x := d.mentionIndexAt(end - 1)
	if x < 0 {
		return false
	}
	s := d.startOf(x)
	return s >= 2 && d.toks[s-1].key == "," && d.toks[0].kind == tokWord && d.toks[0].flags&fPrepositions != 0
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
		if s := d.startOf(m); s > 0 && toks[s-1].poss && d.mentionIndexAt(s-1) >= 0 {
			return true // "Modi's Moscow visit": a possessor's noun phrase
		}
		return false // "Iran attacks Israel"
	}
	if p.flags&fVerbAux != 0 {
		return false
	}
	if d.modifiedAfterArticle(i) {
		return true // "a stern warning", "a 40-minute meeting": an article and modifiers
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

// modifiedAfterArticle reports whether the word at token i follows an
// indefinite article and one to five lower-case modifiers: adjectives,
// numbers and the hyphens that join them ("a stern warning", "a 40-minute
// meeting"); "a day after jihadists attack" is no noun ("after" is no
// modifier), nor "the rebels attack" (the definite article leaves it to the
// noun-context words).
func (d *doc) modifiedAfterArticle(i int) bool {
	const not = fPrepositions | fClauseBreakWords | fRelativeWords | fVerbAux | fBeForms | fSpeechVerbs | fNpFillers
	toks := d.toks
	for k, n := i-1, 0; k >= 0 && n <= 4; k, n = k-1, n+1 {
		t := &toks[k]
		switch {
		case t.key == "a" || t.key == "an":
			return n > 0
		case t.key == "-" && t.glued:
		case t.flags&fSpeculativeCues != 0 && t.kind == tokWord && !t.cap && !d.meetingNoun(i):
			// "a possible strike", "a planned visit": a modal adjective after an article
			// ("agreed on a possible meeting in Budapest" is still read as a meeting that may be)
		case t.kind != tokWord || t.cap || t.poss || t.flags&not != 0 || d.lx.isVerbishTok(t):
			return false
		}
	}
	return false
}

// meetingNoun reports whether the trigger at token i is a noun of meeting.
func (d *doc) meetingNoun(i int) bool {
	nt, ok := d.lx.nouns[d.toks[i].key]
	return ok && nt.typ == graph.Met
}

// visitVerbBefore reports whether a visit verb governs the noun at token i.
func (d *doc) visitVerbBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-7; j-- { // ("began a two-day working visit")
		if visitVerbs[d.toks[j].key] {
			return true
		}
		if d.toks[j].kind == tokPunct && !(d.toks[j].key == "-" && d.toks[j].glued) || d.mentionIndexAt(j) >= 0 {
			return false // ("a long-awaited visit": a compound's hyphen is inside the phrase)
		}
	}
	return false
}

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
		if d.toks[j].kind == tokPunct && !(d.toks[j].key == "-" && d.toks[j].glued) || d.mentionIndexAt(j) >= 0 {
			return false // ("a full-scale invasion": a compound's hyphen is inside the phrase)
		}
	}
	return false
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
	onVisit := d.visitPhraseAfter(d.ments[x].to)
	var guests []string
	for _, id := range subj {
		if b, ok := d.ents[id]; ok && b.e.Kind == graph.KindPerson && (b.e.Country != "" || onVisit) {
			guests = append(guests, id)
		}
	}
	if guests != nil {
		d.emit(graph.Visited, guests, d.ments[x].ids, i, e, 0.7, firstFact)
	}
}

// visitPhraseAfter reports whether "for a (two-day) visit" or "on a (state)
// visit" follows token j: the presence is a visit whoever the person is.
func (d *doc) visitPhraseAfter(j int) bool {
	toks := d.toks
	if j >= len(toks) || toks[j].key != "for" && toks[j].key != "on" {
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+5; k++ {
		if nt, ok := d.lx.nouns[toks[k].key]; ok && nt.typ == graph.Visited {
			return true
		}
		if toks[k].key == "-" && toks[k].glued {
			continue // "a two-day visit"
		}
		if toks[k].kind != tokWord || toks[k].cap && toks[k].key != "state" && toks[k].key != "official" && toks[k].key != "working" {
			return false
		}
	}
	return false
}

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

// listAddVerbs put names on a list; with a sanctions list as their
// destination they designate (lexicon/words.txt).
var listAddVerbs = wordSet("list-add-verbs")

// toListAfter reports whether the verb at token i has a list of
// designations as its destination in its clause: "to the Consolidated
// List", "to its Entity List" (a capitalized name ending in "List", or a
// sanctions-list word), "to Lithuania's national sanctions list", "on its
// export control list" (a lower-case "list" after a word that makes it a
// list of sanctions).
func (d *doc) toListAfter(i int) bool {
	toks := d.toks
	for j := i + 1; j+1 < len(toks) && j <= i+16; j++ {
		if toks[j].key == "." || toks[j].key == ";" || toks[j].flags&fRelativeWords != 0 {
			return false
		}
		if toks[j].key != "to" && toks[j].key != "on" && toks[j].key != "onto" {
			continue
		}
		for k := j + 1; k < len(toks) && k <= j+6; k++ { // "to its own asset-freeze list"
			if toks[k].key == "list" && (toks[k].cap || sanctionListQualifiers[toks[k-1].key]) || sanctionListWords[toks[k].key] {
				return true
			}
			if toks[k].kind != tokWord && toks[k].key != "-" {
				break
			}
		}
	}
	return false
}

// sanctionListQualifiers make a lower-case "list" after them a list of
// sanctions: "sanctions list", "export control list" (lexicon/words.txt).
var sanctionListQualifiers = wordSet("sanction-list-qualifiers")

// jointActionAdverbial returns the end of "in (close) coordination with" at
// token i ("in cooperation with", "in collaboration with", "in conjunction
// with"; joint-action-nouns), or 0. It is read in code, not as a lexicon
// phrase, so that "in" stays an ordinary word for name detection.
func (d *doc) jointActionAdverbial(i int) int {
	toks := d.toks
	if toks[i].key != "in" {
		return 0
	}
	j := i + 1
	if j < len(toks) && toks[j].key == "close" {
		j++
	}
	if j+1 < len(toks) && jointActionNouns[toks[j].key] && toks[j+1].key == "with" {
		return j + 2
	}
	return 0
}

// jointActionBlocked reports whether "in coordination with" at token i
// (ending at end) names no cooperation of the clause's subject: the body
// after it belongs to the subject's state ("Egypt sent a convoy, in
// coordination with the Egyptian Red Crescent"), or a by-agent stands
// between the subject and it ("We appreciate the items delivered by the
// AHA Centre ..., in coordination with the WFP": the agent, not "we", acts).
func (d *doc) jointActionBlocked(i, end int) bool {
	subj, subjEnd := d.subjectAt(i)
	for j := max(subjEnd, 0); j < i; j++ {
		if d.toks[j].key == "by" {
			return true
		}
	}
	if end < len(d.toks) && d.toks[end].key == "the" {
		end++
	}
	x := d.mentionIndexAt(end)
	if x < 0 || d.ments[x].kind != graph.KindOrganization || len(d.ments[x].ids) != 1 {
		return false
	}
	b := d.ents[d.ments[x].ids[0]]
	return b != nil && b.e.Country != "" && contains(subj, b.e.Country)
}

// jointActionNouns name acting together in "in coordination with X"
// (round 12, facts; lexicon/words.txt).
var jointActionNouns = wordSet("joint-action-nouns")

// sanctionListWords name a list of designations: "blacklist" (lexicon/words.txt).
var sanctionListWords = wordSet("sanction-list-words")

// verbTrigger handles a verbal trigger at tokens [i, end).
func (d *doc) verbTrigger(i, end int, tr trigger, firstFact int) {
	toks := d.toks
	if tr.typ == graph.Supplied && tr.frame == frameVerb {
		var ok bool
		if tr, ok = d.lightSupply(end, tr); !ok {
			return
		}
	}
	if tr.typ == graph.Supplied && tr.frame == frameConverse && d.relationNounObject(end) {
		return // "received an ultimatum from", "received a visit from": the noun's frame reads it
	}
	if tr.typ == graph.Urged && end < len(toks) && (toks[end-1].key == "on" || toks[end-1].key == "upon") && d.inDate(end) {
		return // "called on Friday", "repeated its call on Friday": a date, no one called on
	}
	subj, subjEnd, conf := d.verbSubject(i, tr, firstFact)
	if tr.armedAgent && !d.armedHead(subjEnd, i) {
		return // "Russian tanks entered Georgia", not "Russia entered talks"
	}
	if tr.oneObject && end < len(toks) && (startsWithDigit(toks[end]) || countWords[toks[end].key] >= 2 || pluralCountWords[toks[end].key]) {
		return // "shot down 20 Russian drones": a wave intercepted
	}
	v := verbCall{i: i, end: end, tr: tr, firstFact: firstFact, subj: subj, subjEnd: subjEnd, conf: conf}
	switch {
	case tr.peopleObject:
		d.peopleVerb(v)
	case d.isPassive(i) && receptionVerbs[toks[i].key] && len(subj) == 1:
		d.receivedBy(v)
	case d.isPassive(i) && tr.frame == frameVerb:
		if tr.typ == graph.Visited && !tr.direct {
			return // "a delegation headed by the minister": a journey takes no object to be passive
		}
		d.passiveVerb(v)
	case tr.frame == frameConverse:
		d.converseVerb(v)
	case tr.frame == frameHost:
		d.hostVerb(v)
	default:
		if tr.typ == graph.Sanctioned && subj != nil {
			d.sanctioner = subj // "OFAC designated three individuals": who designates in this notice
			d.noteListDesignation(v)
		}
		d.activeVerb(v)
	}
}

// sanctionsTarget reads a verb of reach whose subject is sanctions already
// told ("The designations target Sea Dragon Shipping Ltd", "The
// government's sanctions target X and Y"): the sanctioner of those
// sanctions sanctioned the object. It reports whether token i was such a
// verb.
func (d *doc) sanctionsTarget(i, firstFact int) bool {
	toks := d.toks
	if !sanctionReachVerbs[toks[i].key] || i < 1 {
		return false
	}
	j := i - 1
	if j > 0 && (presentAdverbs[toks[j].key] || auxAdverbs[toks[j].key]) {
		j-- // "the measures also target"
	}
	if !sanctionActNouns[toks[j].key] || d.mentionIndexAt(j) >= 0 {
		return false
	}
	agent := d.sanctionersOf(j)
	if agent == nil {
		agent = d.sanctioner
	}
	if agent == nil {
		return false
	}
	obj, tx := d.objectOf(i+1, nil, true, 8, graph.Sanctioned)
	if obj == nil || tx >= 0 && d.relativeBetween(i+1, d.ments[tx].from) {
		return false // "The measures hit an industry that has been one of Lithuania's ...": the clause's
	}
	d.emit(graph.Sanctioned, agent, obj, i, -1, 0.75, firstFact)
	return true
}

// relativeBetween reports whether a relative word ("that", "which", "who")
// opens a clause in tokens [from, to).
func (d *doc) relativeBetween(from, to int) bool {
	for j := from; j < to; j++ {
		if d.toks[j].flags&fRelativeWords != 0 || d.toks[j].key == "that" {
			return true
		}
	}
	return false
}

// sanctionReachVerbs say whom sanctions reach: "the designations target X"
// (lexicon/words.txt).
var sanctionReachVerbs = wordSet("sanction-reach-verbs")

// officeHoldersAt reports whether the n mentions from mention x are states
// that qualify a role word right after the last of them: "hosted Eritrea's
// president", "hosted his Eritrean and Somali counterparts" (the states'
// office-holders are the guests, not a role or a partnership of theirs).
func (d *doc) officeHoldersAt(x, n int) bool {
	last := min(x+n, len(d.ments)) - 1
	if x < 0 || last < x {
		return false
	}
	for y := x; y <= last; y++ {
		if d.ments[y].kind != graph.KindState {
			return false
		}
	}
	end := d.ments[last].to
	if end >= len(d.toks) || d.toks[end].poss {
		return false // "welcomed Eritrea's president's decision"
	}
	k := d.toks[end].key
	if groundForces[k] || end+1 < len(d.toks) && (groundForces[d.toks[end+1].key] || d.toks[end+1].flags&fGroupNouns != 0) {
		return false // "accused Ghana of hosting French special forces": a presence, no guests
	}
	return d.toks[end].flags&fRoleWords != 0 || strings.HasSuffix(k, "s") && roleWords[k[:len(k)-1]] // "counterparts"
}

// guestsMeet adds the meetings of a host's guests with each other: "Trump
// hosted Aliyev and Pashinyan at the White House" (Aliyev met Pashinyan),
// when they are persons or states of different sides.
func (d *doc) guestsMeet(guests []string, i, subjEnd int, conf float64, firstFact int) {
	guests = uniq(guests)
	for _, g := range guests {
		if k, _ := graph.KindOfID(g); k != graph.KindPerson && k != graph.KindState {
			return
		}
	}
	for a := 0; a < len(guests); a++ {
		for b := a + 1; b < len(guests); b++ {
			if !d.sameSide(guests[a], guests[b]) {
				d.emit(graph.Met, guests[a:a+1], guests[b:b+1], i, subjEnd, conf, firstFact)
			}
		}
	}
}

// objectOfSameVerb reports whether the event noun at token i is the object
// of a verb trigger of the same type right before it, past a determiner:
// "signed that treaty with Australia" is one agreement, the verb's.
func (d *doc) objectOfSameVerb(i int, typ graph.RelationType) bool {
	toks := d.toks
	j := i - 1
	if j > 0 && (toks[j].key == "that" || toks[j].key == "this" || toks[j].key == "these" || toks[j].key == "those") {
		j--
	}
	if j < 0 {
		return false
	}
	vt, ok := lookupIf(toks[j].flags&fVerbTrig != 0, d.lx.verbs, toks[j].key)
	return ok && vt.typ == typ && i-j == 2
}

// relativeOfSameVerb reports whether the noun at token i is the object of
// a relative clause right after it whose verb is a trigger of type typ:
// "the agreement it signed with Damascus", "the treaty that Israel signed
// with Jordan" (the verb states the fact, with its own date).
func (d *doc) relativeOfSameVerb(i int, typ graph.RelationType) bool {
	toks := d.toks
	j := i + 1
	if j < len(toks) && (toks[j].key == "that" || toks[j].key == "which") {
		j++
	}
	x := d.mentionIndexAt(j)
	if x < 0 || d.ments[x].from != j || d.ments[x].poss {
		return false
	}
	v := d.verbGroupEnd(d.ments[x].to)
	if v >= len(toks) || toks[v].cap {
		return false
	}
	vt, ok := lookupIf(toks[v].flags&fVerbTrig != 0, d.lx.verbs, toks[v].key)
	return ok && vt.typ == typ
}

// actBefore reports whether an act noun or a claim noun comes in tokens
// [from, to): the object named after it is the act's party.
func (d *doc) actBefore(from, to int) bool {
	for j := from; j < to && j < len(d.toks); j++ {
		if k := d.toks[j].key; d.lx.isAttackWord(k) || claimNouns[k] {
			return true
		}
	}
	return false
}

// inAgreedObject reports whether the noun at token i is in the object of
// an agreement verb (a signing verb, lexicon/words.txt), right after it
// past an article and modifiers: "signed a defence cooperation agreement",
// "signed a policing partnership with".
func (d *doc) inAgreedObject(i int) bool {
	toks := d.toks
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		t := &toks[j]
		if signingVerbs[t.key] {
			return true
		}
		if t.kind != tokWord || t.cap || d.mentionIndexAt(j) >= 0 || t.flags&fPrepositions != 0 {
			return false
		}
	}
	return false
}

// signingVerbs conclude an agreement whose nouns make no fact of their own
// (lexicon/words.txt).
var signingVerbs = wordSet("signing-verbs")

// compoundNounAfterVerb reports whether the trigger at token i, in "-s",
// heads a compound that is the object of a participle before it:
// "damaging apartment blocks", "hitting energy supplies".
func (d *doc) compoundNounAfterVerb(i int) bool {
	toks := d.toks
	if i < 2 || !strings.HasSuffix(toks[i].key, "s") || toks[i].cap {
		return false
	}
	p, v := toks[i-1], toks[i-2]
	return p.kind == tokWord && !p.cap && d.mentionIndexAt(i-1) < 0 && p.flags&(fVerbAux|fBeForms|fPrepositions) == 0 &&
		v.kind == tokWord && !v.cap && (strings.HasSuffix(v.key, "ing") || strings.HasSuffix(v.key, "ed"))
}

// equippedWith reports whether the supply verb at token i is a participle
// right before "with" after a noun, without an auxiliary and without a
// by-agent: "CCG personnel armed with bladed weapons" describes them.
func (d *doc) equippedWith(i int) bool {
	toks := d.toks
	if i == 0 || i+1 >= len(toks) || toks[i+1].key != "with" || !strings.HasSuffix(toks[i].key, "ed") {
		return false
	}
	p := toks[i-1]
	if p.kind != tokWord || p.flags&(fBeForms|fVerbAux) != 0 || p.key == "been" {
		return false
	}
	for j := i + 2; j < len(toks) && j <= i+10; j++ {
		if toks[j].key == "by" {
			return false // "rebels armed with drones by Iran": a supply
		}
	}
	return true
}

// infinitiveVerb reports whether the noun trigger at token i is a verb
// after an infinitive's "to", with a lower-case object after it: "to
// exercise restraint" (but "returned to talks with X": a preposition's noun).
func (d *doc) infinitiveVerb(i int) bool {
	toks := d.toks
	if i == 0 || i+1 >= len(toks) || toks[i-1].key != "to" || toks[i].cap {
		return false
	}
	n := toks[i+1]
	return n.kind == tokWord && !n.cap && !n.in(fPrepositions, prepositions) && d.mentionIndexAt(i+1) < 0
}

// verbCall is a verbal trigger at tokens [i, end) with its subject.
type verbCall struct {
	i, end    int
	tr        trigger
	firstFact int
	subj      []string
	subjEnd   int
	conf      float64
}

// receivedBy reads "she was received by Bolivian President Luis Arce": a
// host meets a visiting person.
func (d *doc) receivedBy(v verbCall) {
	i, end, subj, subjEnd, conf, firstFact := v.i, v.end, v.subj, v.subjEnd, v.conf, v.firstFact
	if k, _ := graph.KindOfID(subj[0]); k == graph.KindPerson {
		if agent := d.byAgent(end); len(agent) == 1 {
			if ka, _ := graph.KindOfID(agent[0]); ka == graph.KindPerson {
				d.emit(graph.Met, subj, agent, i, subjEnd, conf, firstFact)
				d.visitByPresence(subj, agent, end, i, subjEnd, conf, firstFact)
			}
		}
	}
}

// betweenAfterAdjuncts returns the token of "between" right after a passive
// or after a date or place adjunct ("signed in Doha on 4 May between"), or -1.
func (d *doc) betweenAfterAdjuncts(j int) int {
	toks := d.toks
	for k := j; k < len(toks) && k <= j+7; k++ {
		switch {
		case toks[k].key == "between":
			return k
		case d.inDate(k) || timeAdjunctWords[toks[k].key]:
		case d.mentionIndexAt(k) >= 0 && d.ments[d.mentionIndexAt(k)].kind == graph.KindPlace:
		default:
			return -1
		}
	}
	return -1
}

// passiveVerb reads a passive: the by-agent acts on the subject (or on the
// object, for a supply).
func (d *doc) passiveVerb(v verbCall) {
	i, end, tr, subj, subjEnd, conf, firstFact := v.i, v.end, v.tr, v.subj, v.subjEnd, v.conf, v.firstFact
	agent := d.byAgent(end)
	target := subj
	if tr.typ == graph.Supplied || subj == nil {
		// "the missiles were delivered to Yemen by Iran"
		target, _ = d.objectOf(end, tr.preps, false, 10, tr.typ)
	}
	if target == nil && tr.typ == graph.Attacked {
		target = d.placeInSubject(i) // "a camp outside El Obeid was struck by ..."
	}
	if tr.typ.Symmetric() && countUniq(agent) >= 2 {
		// "the protocol signed by Presidents X and Y": the agents together
		// ("Kenya welcomed the deal signed by Ghana and Togo": not Kenya)
		d.emitPairs(tr.typ, agent, i, -1, conf, firstFact)
		return
	}
	if tr.typ.Symmetric() && countUniq(agent) < 2 && d.reducedRelative(i) && d.betweenAfterAdjuncts(end) < 0 {
		return // "the Lomé Convention signed by the EEC and ...": the instrument is no party
	}
	if agent == nil && tr.typ.Symmetric() {
		if b := d.betweenAfterAdjuncts(end); b >= 0 {
			// "the Washington Accords signed between the DRC and Rwanda": the two sides
			d.emitPairs(tr.typ, d.betweenSides(b, nil), i, -1, conf, firstFact)
			return
		}
	}
	if tr.typ == graph.Criticized && agent != nil {
		if a := d.actorsOfPassiveSubject(i); a != nil {
			target = a // "The shelling of Sotk by Azerbaijani forces was condemned by Armenia"
		}
	}
	if agent == nil && tr.typ == graph.Sanctioned && target != nil {
		agent = d.sanctioner // "X and Y are being designated pursuant to E.O. 13224": the notice's designator
		conf -= 0.1
	}
	if agent == nil || target == nil {
		return
	}
	d.emit(tr.typ, agent, target, i, subjEnd, conf, firstFact)
}

// delegationAt reports whether a delegation opens the object at token j:
// "received a delegation led by X" is a reception, not a supply.
func (d *doc) delegationAt(j int) bool {
	toks := d.toks
	if j < len(toks) && articles[toks[j].key] {
		j++
	}
	return j < len(toks) && delegationNouns[toks[j].key]
}

// delegationWord reports whether token j belongs to "a delegation from",
// "a delegation led by": the guest is who sent or heads it.
func (d *doc) delegationWord(j int) bool {
	toks := d.toks
	switch k := toks[j].key; {
	case delegationNouns[k]:
		return true
	case (k == "from" || k == "led" || k == "headed") && j > 0 && delegationNouns[toks[j-1].key]:
		return true
	case k == "by" && j > 1 && (toks[j-1].key == "led" || toks[j-1].key == "headed") && delegationNouns[toks[j-2].key]:
		return true
	}
	return false
}

// armedHead reports whether the subject ending at token e has an armed
// force for its head before the verb at token i, past at most two
// lower-case modifiers: "Russian tanks", "Russian armoured columns".
func (d *doc) armedHead(e, i int) bool {
	toks := d.toks
	for k := e; k >= 0 && k < i && k < len(toks) && k <= e+2; k++ {
		if groundForces[toks[k].key] {
			return true
		}
		if toks[k].kind != tokWord || toks[k].cap || toks[k].flags&(fBeForms|fVerbAux) != 0 || d.lx.isVerbTriggerTok(&toks[k]) {
			return false // ("armoured" is a modifier, "attacked" no head)
		}
	}
	return false
}

// peopleVerb reads an active verb whose object is a side's people
// (object=people): "Kenyan troops killed 12 al-Shabaab fighters" is force
// against al-Shabaab. A passive ("were killed") or an object of no named
// side ("killed 19 people", "killed 11 civilians in Kharkiv") gives none.
func (d *doc) peopleVerb(v verbCall) {
	if v.subj == nil || d.isPassive(v.i) {
		return
	}
	if obj := d.peopleObject(v.end); obj != nil {
		d.emit(v.tr.typ, v.subj, obj, v.i, v.subjEnd, v.conf, v.firstFact)
	}
}

// peopleObject returns the side whose people the object opening at token j
// counts: a count ("12", "two", "dozens of", "at least five"), the side as
// a modifier or possessor ("al-Shabaab", "Ukrainian", "Hamas's"), then a
// plural noun of combatants ("fighters", "soldiers", "militants").
func (d *doc) peopleObject(j int) []string {
	toks := d.toks
	for k := j; k < len(toks) && k < j+5; k++ {
		if x := d.mentionIndexAt(k); x >= 0 {
			m := d.ments[x]
			if m.kind == graph.KindPlace || m.to >= len(toks) || !combatantNouns[toks[m.to].key] {
				return nil // ("killed three Thai nationals": no side's force)
			}
			return m.ids
		}
		if combatantNouns[toks[k].key] && k > j && k+1 < len(toks) && toks[k+1].key == "of" {
			return d.sideOfCombatants(k + 2) // "nine soldiers of the Ethiopian army"
		}
		if t := toks[k]; !(startsWithDigit(t) || countWords[t.key] > 0 || countModifiers[t.key] || t.key == `"`) {
			return nil
		}
	}
	return nil
}

// sideOfCombatants returns the side named by the noun phrase at token j
// after "soldiers of": a body or a state, after "the" ("the African Union
// mission", "the Ethiopian army"); nil for a place or nothing named.
func (d *doc) sideOfCombatants(j int) []string {
	if j < len(d.toks) && d.toks[j].key == "the" {
		j++
		for k := j; k < len(d.toks) && k < j+2 && d.toks[k].kind == tokWord && !d.toks[k].cap && d.toks[k].flags&fNpFillers == 0 && d.mentionIndexAt(k) < 0; k++ {
			if d.mentionIndexAt(k+1) >= 0 {
				j = k + 1 // "militants of the banned Lashkar-e-Taiba"
			}
		}
	}
	x := d.mentionIndexAt(j)
	if x < 0 || d.ments[x].from != j || d.ments[x].kind == graph.KindPlace || d.ments[x].kind == graph.KindPerson || d.ments[x].to < len(d.toks) && d.toks[d.ments[x].to].key == "-" {
		return nil // ("fighters of the Iran-backed Kataib Hezbollah": the backer is no side)
	}
	return d.group(x, +1) // "soldiers of North Korea and Russia"
}

// combatantNouns are the people of a side whose killing is force against
// it: "fighters", "soldiers" (lexicon/words.txt).
var combatantNouns = wordSet("combatant-nouns")

// countModifiers open or qualify a count: "at least 12", "more than a dozen",
// "some 40", "dozens of" (lexicon/words.txt).
var countModifiers = wordSet("count-modifiers")

// placeInSubject returns the place that a passive trigger's subject
// names after a locative word, when the subject itself names no party: "A
// camp outside El Obeid was struck", "Two army positions on the outskirts
// of El Fasher were hit"; or the places that are the subject ("Kharkiv was
// struck", "Kherson and Odesa were shelled"). The subject runs from the clause's start (the
// sentence's, or a dateline's dash) to the trigger's auxiliary.
func (d *doc) placeInSubject(i int) []string {
	toks := d.toks
	for x := len(d.ments) - 1; x >= 0; x-- {
		m := d.ments[x]
		if m.to > i {
			continue
		}
		if m.kind != graph.KindPlace || len(m.ids) != 1 || m.poss {
			return nil
		}
		opens := d.clauseOpening(d.groupStartBefore(m.to))
		if !d.locative(m.from) && !opens {
			return nil
		}
		for k := m.to; k < i; k++ {
			if toks[k].kind == tokPunct || d.lx.isVerbishTok(&toks[k]) && toks[k].flags&(fBeForms|fVerbAux) == 0 {
				return nil // the place is no part of the subject ("had been struck": its auxiliaries are)
			}
		}
		if opens {
			return d.group(x, -1) // "Kherson and Odesa were shelled": the places are the subject
		}
		return m.ids
	}
	return nil
}

// converseVerb reads a converse frame ("received X from Y"): the object of
// "from" acts on the subject.
func (d *doc) converseVerb(v verbCall) {
	i, end, tr, subj, subjEnd, conf, firstFact := v.i, v.end, v.tr, v.subj, v.subjEnd, v.conf, v.firstFact
	if x := d.personAt(end); (x >= 0 || d.delegationAt(end)) && subj != nil {
		// "received Hungarian Prime Minister Viktor Orban in Ankara": a host
		d.verbTrigger(i, end, trigger{typ: graph.Visited, frame: frameHost, direct: true, preps: []string{"to", "in", "at"}, conf: tr.conf}, firstFact)
		return
	}
	agent, ax := d.objectOf(end, []string{"from"}, false, 14, tr.typ)
	if subj == nil {
		return
	}
	if ax >= 0 {
		agent = append(agent, d.secondSource(d.ments[ax].to)...)
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
}

// secondSource returns the source of a second thing received, coordinated
// after the first source ends at token e: "received 12 carriers from
// Germany and two radars from France" (France). The second thing is a
// short noun phrase of lower-case words and numbers.
func (d *doc) secondSource(e int) []string {
	toks := d.toks
	if e >= len(toks) || toks[e].key != "and" {
		return nil
	}
	for k := e + 1; k+1 < len(toks) && k <= e+8; k++ {
		t := &toks[k]
		if t.key == "from" {
			x := d.mentionIndexAt(k + 1)
			if x < 0 || d.ments[x].kind == graph.KindPlace || k == e+1 || d.verbAfterSource(d.ments[x].to) {
				return nil // ("and officials from Poland visited Kyiv": a new clause's subject)
			}
			return d.group(x, +1)
		}
		if !(t.kind == tokWord && !t.cap || t.key == "-") || d.lx.isVerbishTok(t) && !startsWithDigit(*t) || t.flags&fPersonNounsPlural != 0 || delegationNouns[t.key] {
			return nil // ("and a delegation from China arrived": people, not things received)
		}
	}
	return nil
}

// verbAfterSource reports whether a finite verb follows the source ending
// at token e: a form of "be", a finite auxiliary or a modal ("and instructors from
// France will train"), or a verb trigger not in -ed ("and officials from
// Poland visit Kyiv"); then the phrase before it was a subject. A
// participle may belong to the things received ("and drones from Poland
// delivered in May").
func (d *doc) verbAfterSource(e int) bool {
	toks := d.toks
	if e >= len(toks) || toks[e].kind != tokWord {
		return false
	}
	t := &toks[e]
	return t.flags&fBeForms != 0 || d.modalAt(e) || auxVerbs[t.key] ||
		d.lx.isVerbTriggerTok(t) && !strings.HasSuffix(t.key, "ed")
}

// titleOnlyBetween reports whether the tokens [from, to) are at most eight
// words of a title: "Iceland's Minister for Foreign Affairs X".
func (d *doc) titleOnlyBetween(from, to int) bool {
	if to < from || to-from > 8 {
		return false
	}
	for _, t := range d.toks[from:to] {
		if !(t.kind == tokWord && (t.cap || t.flags&(fRoleWords|fNpFillers) != 0 || t.key == "of" || t.key == "for" || t.key == "and")) {
			return false
		}
	}
	return true
}

// hostVerb reads a host frame ("welcomed X"): the host meets the guest,
// who visits the host's place.
func (d *doc) hostVerb(v verbCall) {
	i, end, subj, subjEnd, conf, firstFact := v.i, v.end, v.subj, v.subjEnd, v.conf, v.firstFact
	toks := d.toks
	if subj == nil || d.inRelativeClause(i) && strings.HasSuffix(toks[i].key, "s") {
		return // "Greece, which hosts the Operation Headquarters": a standing state, no visit
	}
	guest, gx := d.objectOf(end, nil, true, 8, graph.Met)
	if guest == nil {
		return
	}
	if !d.officeHoldersAt(gx, len(guest)) {
		for y := gx; y >= 0 && y < len(d.ments) && y < gx+len(guest); y++ {
			if (d.ments[y].poss || d.ments[y].modifier) && !(y+1 < len(d.ments) && d.ments[y+1].kind == graph.KindPerson && d.titleOnlyBetween(d.ments[y].to, d.ments[y+1].from)) {
				return // "welcomed Turkey's role", "welcomed the UK and Turkey's partnership"
			}
		}
	}
	if gx >= 0 && gx < len(d.ments) {
		for j := end; j < d.startOf(gx); j++ {
			if !(toks[j].flags&fNpFillers != 0 || toks[j].flags&fRoleWords != 0 || d.mentionIndexAt(j) >= 0 || toks[j].key == "," && j+1 == d.startOf(gx) || d.delegationWord(j) ||
				partNouns[toks[j].key] && j+1 < len(toks) && toks[j+1].key == "of" || toks[j].key == "of" && j > end && partNouns[toks[j-1].key]) {
				// ("the defence ministers of Finland and Estonia": the states' ministers are the guests)
				// (", Gustavo Petro": the guest in apposition after the role)
				return // "welcomed the strong partnership between X and Y": no guest
			}
		}
	}
	st := d.emit(graph.Met, subj, guest, i, subjEnd, conf, firstFact)
	d.guestsMeet(guest, i, subjEnd, conf-0.1, firstFact)
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
}

// activeVerb reads an active verb: the subject acts on the object.
func (d *doc) activeVerb(v verbCall) {
	i, end, tr, subj, subjEnd, conf, firstFact := v.i, v.end, v.tr, v.subj, v.subjEnd, v.conf, v.firstFact
	toks := d.toks
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
	if tr.typ == graph.Warned && !tr.direct && ox >= 0 && d.actBefore(end, d.startOf(ox)) {
		return // "expressed grave concern about the attacks by the Houthis", "... at reports that X": concern over an act, no warning to its actor
	}
	if tr.typ == graph.Urged && obj != nil && ox >= 0 && ox < len(d.ments) && callTo(toks, end) && !d.infinitiveAfter(d.ments[ox].to) {
		return // "repeated his call to Vladimir Putin on Monday": a phone call
	}
	if tr.typ == graph.Urged && obj != nil && ox >= 0 && ox < len(d.ments) && d.ments[ox].kind == graph.KindPerson && end-i == 2 && toks[i+1].key == "on" {
		// "called on Prince Faisal": a courtesy call, unless an infinitive follows
		if e := d.ments[ox].to; !(e < len(toks) && (toks[e].key == "to" || toks[e].key == "," && e+1 < len(toks) && toks[e+1].key == "to")) && !d.infinitiveAfter(e) {
			tr.typ = graph.Met
		}
	}
	if obj == nil {
		var lower float64
		obj, lower = d.objectNotAfterVerb(v, tr)
		conf -= lower
	}
	if subj == nil {
		return
	}
	if obj == nil && tr.typ == graph.Agreed && len(subj) == 1 && signingVerbs[toks[i].key] && toks[d.conjunctionBefore(i)].key == "and" && !d.partnerPhraseAfter(end) && d.agreementObject(end) {
		obj = d.meetingPartnerBefore(subj) // "met President X and signed agreements on ...": with X
	}
	if obj == nil {
		if tr.typ.Symmetric() && len(subj) >= 2 && !d.unnamedPartnerAfter(end) {
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

// callTo reports whether the trigger ending at token end ends in "call to"
// or "calls to": an urging only when an infinitive follows its object.
func callTo(toks []token, end int) bool {
	return end >= 2 && toks[end-1].key == "to" && (toks[end-2].key == "call" || toks[end-2].key == "calls")
}

// agreementObject reports whether the object that opens at token end is
// headed by a noun of agreement ("signed agreements on scholarships",
// "signed a memorandum", "signed the Comprehensive Strategic Partnership
// Treaty"), not a decree, a law or a book: the scan stops at the head's
// first complement ("a law ratifying the treaty").
func (d *doc) agreementObject(end int) bool {
	for j := end; j < len(d.toks) && j < end+7; j++ {
		t := &d.toks[j]
		if t.kind != tokWord || t.flags&fPrepositions != 0 || strings.HasSuffix(t.key, "ing") || pastForm(t) {
			return false
		}
		for _, k := range [2]string{t.key, strings.TrimSuffix(t.key, "s")} { // ("agreements", "deals")
			if nt, ok := d.lx.nouns[k]; ok && (nt.typ == graph.Agreed || nt.typ == graph.Cooperated) {
				return true
			}
		}
	}
	return false
}

// partnerPhraseAfter reports whether "with" follows in the clause after
// token end: the signing names its own partner, known or not ("signed a
// deal with Vucic").
func (d *doc) partnerPhraseAfter(end int) bool {
	return d.wordAhead(end, 8, "with", partnerStops)
}

// partnerStops end the object phrase partnerPhraseAfter reads.
var partnerStops = map[string]bool{",": true, ";": true, ".": true, "and": true}

// meetingPartnerBefore returns whom subj met in the sentence's last
// statement, when that is an asserted meeting of subj alone: the partner of
// what subj signed right after ("met President X and signed agreements").
func (d *doc) meetingPartnerBefore(subj []string) []string {
	if len(d.stmts) == 0 {
		return nil
	}
	st := d.stmts[len(d.stmts)-1]
	if st.sent != d.sentIdx || st.typ != graph.Met || st.modality != graph.Asserted || !slices.Equal(st.actors, subj) {
		return nil
	}
	return st.targets
}

// objectNotAfterVerb finds the object of a verb whose object phrase names
// none elsewhere in the sentence (tr is the verb's trigger as activeVerb
// has read it): the actors of the act criticized, the parties named next,
// the antecedent of "whom", the actor of "a move X condemned", the targets
// of sanctions the accuser imposed. It returns how much less sure the
// fact is.
func (d *doc) objectNotAfterVerb(v verbCall, tr trigger) (obj []string, lower float64) {
	i, end, subj, subjEnd := v.i, v.end, v.subj, v.subjEnd
	if obj == nil && tr.typ == graph.Criticized {
		// "condemned the strikes": the attackers of the last attack told
		if obj = d.actorsOfAct(end); obj != nil {
			obj = append(obj, d.coordinatedActAgents(end)...)
		}
	}
	if obj == nil && (tr.typ == graph.Criticized || tr.typ == graph.Warned) {
		// "slammed the transfers, urging North Korea and Russia to ...": the parties named next
		obj = d.laterParticipleObject(end)
		lower = 0.15
	}
	if obj == nil && tr.direct && subj != nil && subjEnd > 0 {
		// "Daglo, whom Washington blamed for genocide": the antecedent of whom
		obj = d.whomAntecedent(subjEnd)
	}
	if obj == nil && (tr.typ == graph.Criticized || tr.typ == graph.Accused) && subj != nil && subjEnd > 0 {
		// "..., a move the African Union condemned": the sentence's actor made the move
		obj = d.moveActor(subjEnd, subj)
	}
	if obj == nil && tr.typ == graph.Accused && subj != nil {
		obj = d.accusedSanctioned(i, end, subj) // "imposed sanctions on X, accusing them of ..."
	}
	return obj, lower
}

// accusedSanctioned returns the targets of the sanctions that subj imposed
// earlier in the sentence when an accusation ending at token end has no
// named object: "them" ("imposed sanctions on X and three commanders,
// accusing them of ...") or a relative's gap before "of" ("sanctioned six
// officials, whom it accused of ...", "... 19 tankers it accused of
// moving", its subject right before the verb: not the participle of "a
// firm accused of"); else nil.
func (d *doc) accusedSanctioned(i, end int, subj []string) []string {
	toks := d.toks
	if end >= len(toks) || toks[end].key != "them" && !(toks[end].key == "of" && i > 0 && d.mentionIndexAt(i-1) >= 0) {
		return nil
	}
	for x := len(d.stmts) - 1; x >= 0 && d.stmts[x].sent == d.sentIdx; x-- {
		if st := d.stmts[x]; st.typ == graph.Sanctioned && overlaps(st.actors, subj) && st.modality != graph.Negated {
			return st.targets
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
	place := d.placeAfterMeeting(end)
	if place == "" {
		place = d.venueBefore(trig)
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
	if pb == nil {
		return
	}
	country := pb.e.Country
	if pb.e.Kind == graph.KindState {
		country = place // a capital read as its state: "to Dodoma, where"
	}
	if country == "" {
		return
	}
	for si, side := range [][]string{a, b} {
		other := b
		if si == 1 {
			other = a
		}
		for _, id := range side {
			if d.visitsThere(id, other, country, fromDateline) {
				d.emit(graph.Visited, []string{id}, []string{place}, trig, subjEnd, conf-0.15, firstFact)
			}
		}
	}
}

// venueBefore returns the place that a meeting verb at token trig takes
// place in when the sentence names it before the verb: a locative phrase
// opening the sentence ("In Bridgetown on Wednesday, the minister met
// ..."), or the place a ", where" clause holding the verb follows ("took
// her to Port of Spain, where she was received by ..."); else "".
func (d *doc) venueBefore(trig int) string {
	toks := d.toks
	for x, m := range d.ments {
		if m.from >= trig {
			break
		}
		place := ""
		if len(m.ids) == 1 && (m.kind == graph.KindPlace || m.kind == graph.KindState && !m.poss) {
			place = m.ids[0] // a state: a capital read as its state ("to Dodoma, where")
		}
		if place == "" || m.title {
			continue
		}
		opening := x == 0 && (m.from == 1 || m.from == 2 && toks[1].key == "the") && (toks[0].key == "in" || toks[0].key == "at")
		for j := m.to; j < trig && j < m.to+6; j++ {
			if toks[j].key != "," {
				if toks[j].kind == tokPunct {
					break
				}
				if opening {
					continue // "In Bridgetown on Wednesday,"
				}
				break
			}
			if opening || j+1 < trig && toks[j+1].key == "where" && d.clauseHolds(j+2, trig) {
				return place
			}
			break
		}
	}
	return ""
}

// clauseHolds reports whether tokens [from, to) hold no punctuation: the
// verb at to is in the clause that starts at from.
func (d *doc) clauseHolds(from, to int) bool {
	for j := from; j < to; j++ {
		if d.toks[j].kind == tokPunct {
			return false
		}
	}
	return true
}

// placeAfterMeeting returns the place "in" or "at" names after a meeting
// verb ending at token end, within its clause ("met X and later said ...
// in Honiara": the place is the complement's), or "".
func (d *doc) placeAfterMeeting(end int) string {
	toks := d.toks
	for j := end; j < len(toks) && j-end < 20; j++ {
		if toks[j].key == "." || toks[j].key == ";" || toks[j].flags&fSpeechVerbs != 0 || toks[j].flags&fRelativeWords != 0 {
			return ""
		}
		if (toks[j].key == "in" || toks[j].key == "at") && j+1 < len(toks) {
			x := d.mentionIndexAt(j + 1)
			if x < 0 && j+2 < len(toks) && toks[j+1].key == "the" {
				x = d.mentionIndexAt(j + 2)
			}
			if x >= 0 && d.ments[x].kind == graph.KindPlace {
				return d.ments[x].ids[0]
			}
		}
	}
	return ""
}

// visitsThere reports whether entity id, meeting other in a place of state
// country, visits that state: a person of another state (states and
// organizations meet through their people), or an official of no state
// (an international body) when the other side is at home there; at a
// dateline only a guest of the host visits.
func (d *doc) visitsThere(id string, other []string, country string, fromDateline bool) bool {
	e, ok := d.ents[id]
	if !ok || e.e.Kind != graph.KindPerson {
		return false
	}
	atHome := func(side []string) bool {
		for _, id := range side {
			if id == country {
				return true
			}
			if e, ok := d.ents[id]; ok && e.e.Kind == graph.KindPerson && e.e.Country == country {
				return true
			}
		}
		return false
	}
	if c := e.e.Country; c == "" {
		if len(e.roles) == 0 || !atHome(other) {
			return false
		}
	} else if k, _ := graph.KindOfID(c); k != graph.KindState || c == country {
		return false
	}
	return !fromDateline || atHome(other)
}

// nounTrigger handles a nominal trigger at tokens [i, end): "X's visit to Y",
// "the Russian invasion of Ukraine", "sanctions on Y", "cooperation between X and Y".
func (d *doc) nounTrigger(i, end int, tr trigger, firstFact int) {
	toks := d.toks
	conf := tr.conf - 0.05
	if copulaNouns[toks[i].key] && !d.copulaBefore(i) {
		return
	}
	if warNouns[toks[i].key] && d.reasonPhrase(i) {
		return // "sanctions over Moscow's war in Ukraine": the reason of another act, told as known
	}
	if d.jointByAgents(i, end, tr, conf, firstFact) || d.placeBeforeVisitNoun(i, tr, conf, firstFact) {
		return
	}
	actors, subjEnd, done := d.nounPossessor(i, end, tr, conf, firstFact)
	if done || d.agentOnTarget(i, tr, actors, subjEnd, conf, firstFact) {
		return
	}
	actors, subjEnd, targets, tx := d.nounArguments(end, tr, actors, subjEnd)
	if tr.placeObject && !d.namedPlaceAt(tx) {
		return // "the capture of two Israeli soldiers": people, no place
	}
	if tr.typ.Symmetric() && (end < len(toks) && toks[end].key == "between" || toks[end-1].key == "between") && actors == nil {
		// "talks between X and Y": the two sides, never a host ("Egypt hosted talks between ...")
		d.emitBetween(tr.typ, d.betweenSides(end, targets), end, i, subjEnd, conf, firstFact)
		return
	}
	if b := d.betweenBefore(tx); tr.typ.Symmetric() && actors == nil && b > end {
		// "the agreement concluded on 4 November between X and Y": the two
		// sides, never those who welcomed it; but "a memorandum on a gas
		// interconnector between X and Y" links the topic's ends, not the sides
		if !d.topicPhraseBetween(end, b) {
			d.emitBetween(tr.typ, d.betweenSides(b, targets), b, i, subjEnd, conf, firstFact)
		}
		return
	}
	ev := &nounEvent{i: i, end: end, tr: tr, conf: conf, actors: actors, targets: targets, subjEnd: subjEnd, firstFact: firstFact}
	for _, rule := range nounAgentRules {
		if rule(d, ev); ev.done {
			return
		}
	}
	d.emitNounEvent(ev)
}

// namedPlaceAt reports whether mention x names a place or a state, by its
// name or by its people's adjective before a noun of land ("Ukrainian
// territory"; not "two Israeli soldiers").
func (d *doc) namedPlaceAt(x int) bool {
	if x < 0 || x >= len(d.ments) {
		return false
	}
	m := d.ments[x]
	if m.kind == graph.KindState && (m.how == howDemonym || m.modifier) {
		return m.to < len(d.toks) && landNouns[d.toks[m.to].key] // "Ukrainian territory", not "Israeli soldiers"
	}
	return m.kind == graph.KindPlace || m.kind == graph.KindState
}

// nounArguments reads the targets of a nominal trigger ending at token end
// (its prepositional object; the attackers of a condemned act; every
// object of a sanction) and, when the noun has no actors, the agent of a
// relative clause after it ("the sanctions that Washington imposed on X").
func (d *doc) nounArguments(end int, tr trigger, actors []string, subjEnd int) ([]string, int, []string, int) {
	toks := d.toks
	dist := d.nounObjectDistance(end, tr)
	targets, tx := d.objectOf(end, tr.preps, false, dist, tr.typ)
	if targets == nil && tr.typ == graph.Criticized && end+1 < len(toks) && toks[end].key == "of" {
		targets = d.actorsOfAct(end + 1) // "its condemnation of the attack carried out by X": the attackers
	}
	if tx >= 0 && tr.typ == graph.Sanctioned {
		targets = append(targets, d.laterPrepObjects(d.ments[tx].to, tr.preps)...)
	}
	if tx >= 0 && tr.typ == graph.Visited && contains(tr.preps, "of") {
		if site := d.tourSite(d.ments[tx].to); site != nil {
			// "ended a tour of the Sahel on Friday in Ouagadougou": the site, and
			// the states toured, not the region
			targets = append(slices.DeleteFunc(targets, func(id string) bool { k, _ := graph.KindOfID(id); return k != graph.KindState }), site...)
		}
	}
	if actors == nil && end+1 < len(toks) && (toks[end].key == "that" || toks[end].key == "which") {
		if a, se, t, ok := d.relativeAgent(end, tr, dist); ok {
			actors, subjEnd, targets = a, se, t
		}
	} else if actors == nil && d.contactRelative(end) {
		if a, se, t, ok := d.relativeAgent(end-1, tr, dist); ok {
			actors, subjEnd, targets = a, se, t // "the sanctions Washington imposed on X"
		}
	}
	return actors, subjEnd, targets, tx
}

// emitNounEvent emits the fact of a nominal event whose agent the rules
// found: to its targets, to the names on a list of designations, to the
// scene of a visit, or between its actors when it is symmetric.
func (d *doc) emitNounEvent(ev *nounEvent) {
	tr, i, end, firstFact := ev.tr, ev.i, ev.end, ev.firstFact
	actors, targets, subjEnd, conf := ev.actors, ev.targets, ev.subjEnd, ev.conf
	if actors == nil {
		return
	}
	if tr.typ == graph.Sanctioned && targets == nil {
		d.noteNounListDesignation(end, i, subjEnd, actors) // "imposed sanctions on five individuals and four entities"
	}
	if targets == nil && tr.typ == graph.Visited {
		targets = d.visitScene(actors) // "In Singapore, ... during a working visit by Mr Marcos"
	}
	if targets == nil {
		if tr.typ.Symmetric() && len(actors) >= 2 {
			d.emitPairs(tr.typ, actors, i, subjEnd, conf, firstFact)
		}
		return
	}
	d.emit(tr.typ, actors, targets, i, subjEnd, conf, firstFact)
}

// nounObjectDistance returns how far after a nominal trigger ending at end
// its object may be: 6 tokens, 10 for a supply ("the transfer of ballistic
// missiles and munitions from X to Y"), past an agent phrase that leads to
// a by-agent ("the attack carried out last week by X on Y").
func (d *doc) nounObjectDistance(end int, tr trigger) int {
	dist := 6
	if tr.typ == graph.Supplied {
		dist = 10
	}
	return dist + d.agentLeadSpan(end, tr.typ)
}

// reasonPhrase reports whether the noun at token i heads the object of a
// reason preposition ("over Moscow's war in Ukraine"): its noun phrase,
// back over a possessor and modifiers, opens after one.
func (d *doc) reasonPhrase(i int) bool {
	toks := d.toks
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		if reasonPreps[toks[j].key] {
			return true
		}
		if x := d.mentionIndexAt(j); x >= 0 {
			j = d.ments[x].from
			continue
		}
		if toks[j].kind != tokWord || toks[j].flags&fPrepositions != 0 || d.lx.isVerbishTok(&toks[j]) {
			return false
		}
	}
	return false
}

// reasonPreps open the reason of an act: "sanctions over the war"
// (lexicon/words.txt).
var reasonPreps = wordSet("reason-preps")

// nounPossessor reads the possessor or modifier just before a nominal
// trigger at i: "Kim's summit", "Russian onslaught", "UK-Turkey
// cooperation", "Macron's two-day state visit". done: the facts were
// emitted already ("Cuba's closest ally, Venezuela").
func (d *doc) nounPossessor(i, end int, tr trigger, conf float64, firstFact int) (actors []string, subjEnd int, done bool) {
	toks := d.toks
	subjEnd = -1
	for j := i - 1; j >= 0 && j >= i-6; j-- {
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
				if m.how == howPronoun && m.poss && tr.typ == graph.Visited && m.from > 0 && toks[m.from-1].flags&fNegationCues != 0 {
					subjEnd = m.from - 1 // "Ruto cancelled his visit to Japan": the verb before the possessive governs the visit
				}
				if m.poss && (toks[i].key == "ally" || toks[i].key == "partner") {
					// "Cuba's closest ally, Venezuela": the ally named in apposition, else none
					actors = m.ids
					if end+1 < len(toks) && toks[end].key == "," {
						if y := d.mentionIndexAt(end + 1); y >= 0 && !d.ments[y].title {
							d.emit(tr.typ, actors, d.ments[y].ids, i, subjEnd, conf, firstFact)
						}
					}
					return actors, subjEnd, true
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
	return actors, subjEnd, false
}

// agentOnTarget reads the nominal triggers whose possessor acts on the
// clause's subject ("Kharkiv came under Russian bombardment", "Dodik, who
// is under United States sanctions", "X has been subject to UN sanctions")
// and reports whether it did.
func (d *doc) agentOnTarget(i int, tr trigger, actors []string, subjEnd int, conf float64, firstFact int) bool {
	toks := d.toks
	if tr.typ == graph.Attacked && actors != nil && subjEnd > 0 && d.underAttack(subjEnd) {
		// "Kharkiv came under Russian bombardment": the subject is the target
		if x := d.mentionIndexAt(subjEnd - 1); x > 0 && d.ments[0].to <= d.startOf(x)-2 && !d.ments[0].title {
			d.emit(graph.Attacked, actors, d.ments[0].ids, i, subjEnd, conf, firstFact) // the clause's first party or place
		}
		return true
	}
	if tr.typ == graph.Sanctioned && actors != nil && subjEnd > 0 {
		// "Dodik, who is under United States sanctions": the one under them is sanctioned
		if x := d.mentionIndexAt(subjEnd - 1); x >= 0 {
			u := d.startOf(x) - 1
			if u > 1 && toks[u].key == "to" && toks[u-1].key == "subject" {
				u-- // "Chérizier has been subject to United Nations sanctions since 2022"
			}
			if u > 0 && (toks[u].key == "under" || toks[u].key == "subject") {
				if target, _ := d.subjectAt(u); target != nil {
					d.emit(graph.Sanctioned, actors, target, i, subjEnd, conf, firstFact)
				}
				return true
			}
		}
	}
	return false
}

// relativeAgent reads a relative clause after a nominal trigger ending at
// end: "the sanctions that the United States imposed on Venezuela".
func (d *doc) relativeAgent(end int, tr trigger, dist int) ([]string, int, []string, bool) {
	toks := d.toks
	for j := end + 1; j < len(toks) && j <= end+4; j++ {
		if x := d.mentionIndexAt(j); x >= 0 {
			m := d.ments[x]
			if !m.title && m.kind != graph.KindPlace && m.to+1 < len(toks) && toks[m.to].kind == tokWord && !toks[m.to].cap && (d.lx.isVerbishTok(&toks[m.to]) || strings.HasSuffix(toks[m.to].key, "ed")) {
				targets, _ := d.objectOf(m.to+1, tr.preps, false, dist, tr.typ)
				return d.group(x, +1), m.to, targets, true
			}
			break
		}
		if !(toks[j].flags&fNpFillers != 0) {
			break
		}
	}
	return nil, -1, nil, false
}

// contactRelativeVerbs make a name after an event noun its agent (lexicon/words.txt).
var contactRelativeVerbs = wordSet("contact-relative-verbs")

// contactRelative reports whether a relative clause without "that" opens at
// token j after an event noun: a name, then one of contactRelativeVerbs
// ("the sanctions Washington imposed on X").
func (d *doc) contactRelative(j int) bool {
	x := d.mentionIndexAt(j)
	if x < 0 || d.ments[x].from != j || d.ments[x].title || d.ments[x].kind == graph.KindPlace {
		return false
	}
	k := d.ments[x].to
	return k < len(d.toks) && contactRelativeVerbs[d.toks[k].key]
}

// nounEvent is a nominal trigger being read: the agent rules fill actors
// (and subjEnd, conf) or emit the facts themselves and set done.
type nounEvent struct {
	i, end          int
	tr              trigger
	conf            float64
	actors, targets []string
	subjEnd         int
	firstFact       int
	done            bool
}

// nounAgentRules find the agent of a nominal event whose possessor or
// modifier named none, in order; each rule acts only while ev.actors is nil,
// except the weapon rule, which stops weapons that nobody launched.
var nounAgentRules = []func(d *doc, ev *nounEvent){
	(*doc).agentByPhrase,
	(*doc).visitorOfPhrase,
	(*doc).agentFromPhrase,
	(*doc).agentCriticizedBefore,
	(*doc).agentOfMeeting,
	(*doc).agreementOfTalks,
	(*doc).agentOfClauseAttack,
	(*doc).weaponsNeedLaunch,
	(*doc).agentOfVisitVerb,
	(*doc).agentOfReceived,
	(*doc).agentOnVisit,
	(*doc).agentOfLightVerb,
	(*doc).agentOfAllyApposition,
	(*doc).agentOfCopula,
	(*doc).partiesOfJointAct,
	(*doc).agentOfJointActivity,
	(*doc).agentThanked,
	(*doc).agentOfGoverningVerb,
}

// followVerbs repeat the act of the clause before with a new subject: "The
// United States sanctioned him in December 2023, and the United Kingdom
// followed in 2024"; see lexicon/words.txt.
var followVerbs = wordSet("follow-verbs")

// ellipticFollowers emits, for a follow verb whose subject is named and
// which has no object of its own, the act of the sentence's statement
// before it, with that subject as its actor, dated by its own clause.
func (d *doc) ellipticFollowers(firstFact int) {
	toks := d.toks
	for i := 1; i < len(toks); i++ {
		if !followVerbs[toks[i].key] || d.mentionIndexAt(i) >= 0 || len(d.stmts) <= d.firstStmt {
			continue
		}
		if !d.clauseEndsAt(i + 1) {
			continue // "followed Russia", "followed the talks": an object of its own
		}
		subj, se := d.subjectAt(i)
		if subj == nil || se < 0 {
			continue
		}
		st := d.stmts[len(d.stmts)-1]
		if st.modality != graph.Asserted || st.typ == graph.Visited || slices.Equal(st.actors, subj) || !slices.ContainsFunc(toks[:se], func(t token) bool { return t.key == "and" }) {
			continue // ("X sanctioned Y, and Z followed": the act of the clause coordinated before)
		}
		d.emit(st.typ, subj, st.targets, i, se, 0.65, firstFact)
	}
}

// clauseEndsAt reports whether the clause ends at token j, but for a date
// ("followed in 2024.", "followed suit,").
func (d *doc) clauseEndsAt(j int) bool {
	toks := d.toks
	if j < len(toks) && toks[j].key == "suit" {
		j++
	}
	for j < len(toks) && (d.inDate(j) || toks[j].key == "in" || toks[j].key == "on") {
		j++
	}
	return j == len(toks) || toks[j].key == "." || toks[j].key == "," || toks[j].key == ";"
}

// headlineVerb reports whether the verb at token i, after a comma, is a
// finite verb of a headline's second clause ("..., condemns RSF attack"):
// a form in -s of a trigger, the sentence without a final period.
func (d *doc) headlineVerb(i int) bool {
	toks := d.toks
	k := toks[i].key
	return strings.HasSuffix(k, "s") && !strings.HasSuffix(k, "ss") && toks[len(toks)-1].key != "." && toks[len(toks)-1].key != `"`
}

// coordinatedActAgents returns the agents of attacks coordinated with a
// condemned one after token from: "condemned the attacks by Al-Shabaab on
// civilians and the Houthi attacks on shipping" (the Houthis too), "...,
// and the attacks by the ISSP".
func (d *doc) coordinatedActAgents(from int) []string {
	toks := d.toks
	var out []string
	for j := from; j+2 < len(toks) && j < from+45; j++ {
		if toks[j].key == "." || toks[j].key == ";" || toks[j].flags&(fRelativeWords|fClauseBreakWords) != 0 {
			break
		}
		if toks[j].key != "and" {
			continue
		}
		k := j + 1
		if toks[k].key == "the" {
			k++
		}
		if x := d.mentionIndexAt(k); x >= 0 && len(d.ments[x].ids) == 1 && d.ments[x].kind != graph.KindPlace && d.ments[x].kind != graph.KindPerson {
			if e := d.ments[x].to; e < len(toks) && d.lx.isAttackWord(toks[e].key) {
				out = append(out, d.ments[x].ids[0])
			}
		} else if k+1 < len(toks) && d.lx.isAttackWord(toks[k].key) && toks[k+1].key == "by" {
			out = append(out, d.byAgent(k+1)...) // "..., and the attacks by the ISSP against civilians"
		}
	}
	return out
}

// visitorOfPhrase: "the visit of President William Ruto to Beijing", "the
// visit of the Special Envoy ..., H.E. Theresa Lazaro, ..., to Nay Pyi Taw":
// the visitor follows "of", the destination "to" after the visitor's phrase;
// not for a noun whose "of" names its places ("a tour of Guyana").
func (d *doc) visitorOfPhrase(ev *nounEvent) {
	toks := d.toks
	if ev.actors != nil || ev.tr.typ != graph.Visited || ev.end+1 >= len(toks) || toks[ev.end].key != "of" || contains(ev.tr.preps, "of") {
		return // ("a tour of Guyana": a tour's "of" names its places)
	}
	x := d.titledAt(ev.end + 1)
	if x < 0 && toks[ev.end+1].key == "the" {
		x = d.titledAt(ev.end + 2)
	}
	if x < 0 {
		x = d.mentionIndexAt(ev.end + 1)
	}
	if x < 0 || d.ments[x].kind == graph.KindPlace {
		return
	}
	ev.actors = d.group(x, +1)
	if ev.targets == nil || slices.Equal(ev.targets, ev.actors) {
		ev.targets, _ = d.objectOf(d.ments[x].to, ev.tr.preps, false, 14, ev.tr.typ)
	}
}

// visitKinds qualify a visit in title case: "on a State Visit to India"
// (lexicon/words.txt).
var visitKinds = wordSet("visit-kinds")

// visitScene returns where a visit with no destination named takes place:
// the place or state that opens the sentence ("In Singapore, ...") or, in
// the lead, the dateline's place, when the visitors are not at home there.
func (d *doc) visitScene(visitors []string) []string {
	toks := d.toks
	place := ""
	if len(toks) > 2 && toks[0].key == "in" {
		if x := d.mentionIndexAt(1); x >= 0 && !d.ments[x].title && len(d.ments[x].ids) == 1 && d.ments[x].to < len(toks) && toks[d.ments[x].to].key == "," {
			if k := d.ments[x].kind; k == graph.KindPlace || k == graph.KindState {
				place = d.ments[x].ids[0]
			}
		}
	}
	if place == "" && d.dateline != "" && d.sentIdx <= 2 {
		place = d.dateline
	}
	if place == "" {
		return nil
	}
	home := place
	if b := d.ents[place]; b != nil && b.e.Country != "" {
		home = b.e.Country
	}
	for _, v := range visitors {
		if v == home || v == place {
			return nil
		}
		if b := d.ents[v]; b == nil || b.e.Country == "" || b.e.Country == home {
			return nil // a visitor of no known state, or at home there
		}
	}
	return []string{place}
}

// agentByPhrase: "the bombardment of Gaza by Israeli forces", "the sanctions
// imposed by the EU on Iran".
func (d *doc) agentByPhrase(ev *nounEvent) {
	if ev.actors == nil {
		ev.actors = d.byAgent(ev.end)
	}
	if b := d.actAgentBy(ev.end, ev.tr.typ); ev.actors == nil && b > ev.end {
		ev.actors = d.byAgent(b) // "the sanctions imposed by the EU on Iran"
	}
	if ev.actors == nil && ev.tr.typ == graph.Visited && d.byAfterPlaces(ev.end) {
		ev.done = true // "after a tour of Kenya by his deputy": a visitor the text does not name
	}
}

// byAfterPlaces reports whether a "by" phrase follows the places of a visit
// noun that end at token k: "a tour of Kenya and Uganda by his deputy".
func (d *doc) byAfterPlaces(k int) bool {
	toks := d.toks
	for j := k; j < len(toks) && j < k+12; j++ {
		switch {
		case toks[j].key == "by":
			// ("by his deputy": someone unnamed; not "by invitation", "by plane", "by the end of May")
			return j > k && j+1 < len(toks) && (toks[j+1].key == "his" || toks[j+1].key == "her" || toks[j+1].key == "their" || toks[j+1].key == "its")
		case toks[j].key == "of" || toks[j].key == "to" || toks[j].key == "," || toks[j].key == "and":
		case d.mentionIndexAt(j) >= 0:
			j = d.ments[d.mentionIndexAt(j)].to - 1
		default:
			return false
		}
	}
	return false
}

// placeBeforeVisitNoun emits the visit a possessor and a place before a
// visit noun state ("Manele's Beijing trip", "Modi's Moscow visit") and
// reports whether it did.
func (d *doc) placeBeforeVisitNoun(i int, tr trigger, conf float64, firstFact int) bool {
	if tr.typ != graph.Visited || i < 2 {
		return false
	}
	p := d.mentionIndexAt(i - 1)
	if p < 0 || d.ments[p].to != i || d.ments[p].poss || d.ments[p].title || d.ments[p].kind != graph.KindPlace && d.ments[p].how != howCapital {
		return false
	}
	o := d.mentionIndexAt(d.startOf(p) - 1)
	if o < 0 || !d.ments[o].poss || d.ments[o].to != d.startOf(p) || d.ments[o].kind != graph.KindPerson && d.ments[o].kind != graph.KindState {
		return false
	}
	place := d.ments[p].ids
	if d.ments[p].place != "" {
		place = []string{d.ments[p].place}
	}
	return d.emit(graph.Visited, d.ments[o].ids, place, i, d.ments[o].to, conf, firstFact) >= 0
}

// jointByAgents emits a symmetric event noun whose by-phrase names two or
// more agents, whoever governs the noun: "welcomed the exercise conducted
// by the JMSDF and the Kenya Navy"; it reports whether it did.
func (d *doc) jointByAgents(i, end int, tr trigger, conf float64, firstFact int) bool {
	if !tr.typ.Symmetric() {
		return false
	}
	toks := d.toks
	if end+1 < len(toks) && (lightVerbs[toks[end].key] || toks[end].key == "held") && toks[end+1].key == "by" {
		end++ // "the exercise conducted by X and Y" (a deal "mediated by" X and Y is not theirs)
	}
	agents := d.byAgent(end)
	if countUniq(agents) < 2 {
		return false
	}
	d.emitPairs(tr.typ, agents, i, -1, conf, firstFact)
	return true
}

// agentFromPhrase: "the transfer of missiles from North Korea to Russia".
func (d *doc) agentFromPhrase(ev *nounEvent) {
	if ev.actors == nil && ev.tr.typ == graph.Supplied {
		ev.actors = d.fromAgent(ev.end, ev.targets)
	}
}

// agentCriticizedBefore: the party criticized just before, "condemn X's
// attacks, including an attack on Y", "blamed X and Y for airstrikes on Z".
func (d *doc) agentCriticizedBefore(ev *nounEvent) {
	if ev.actors != nil || !(ev.tr.typ == graph.Attacked || ev.tr.typ == graph.Invaded || ev.tr.typ == graph.Threatened) {
		return
	}
	for x := len(d.facts) - 1; x >= ev.firstFact; x-- {
		if f := d.facts[x]; f.trig < ev.i && (f.typ == graph.Criticized || f.typ == graph.Accused) {
			ev.actors = d.stmts[f.event].targets
			return
		}
	}
}

// agentOfMeeting: "X congratulated Y in a phone call", "X thanked Y during
// the meeting"; "Modi and Putin embraced at the start of their talks".
func (d *doc) agentOfMeeting(ev *nounEvent) {
	if ev.actors != nil || ev.tr.typ != graph.Met {
		return
	}
	if a, b, e := d.verbPartiesBefore(ev.i); a != nil {
		d.emit(graph.Met, a, b, ev.i, e, ev.conf, ev.firstFact)
		ev.done = true
		return
	}
	if ev.i > 0 && d.toks[ev.i-1].key == "their" {
		if a, e := d.mainSubject(ev.i); countUniq(a) >= 2 && e >= 0 {
			d.emitPairs(graph.Met, a, ev.i, e, ev.conf-0.1, ev.firstFact)
			d.visitByPresence(a, nil, ev.end, ev.i, e, ev.conf-0.1, ev.firstFact)
			ev.done = true
		}
	}
}

// agreementOfTalks: "Talks between X and Y ended with an agreement on gas",
// "... resulted in a peace deal": the outcome of a meeting told in the same
// clause is the agreement of those who met.
func (d *doc) agreementOfTalks(ev *nounEvent) {
	if ev.actors != nil || ev.targets != nil || ev.tr.typ != graph.Agreed || !d.outcomeBefore(ev.i) {
		return
	}
	seen := map[int]bool{}
	d.segmentClauses()
	for _, f := range d.facts[ev.firstFact:] {
		if f.typ == graph.Met && f.trig < ev.i && d.clauseAt[f.trig] == d.clauseAt[ev.i] && !d.derivedFact(f) && !seen[f.event] {
			seen[f.event] = true
			st := d.stmts[f.event]
			d.emit(graph.Agreed, st.actors, st.targets, ev.i, -1, ev.conf-0.05, ev.firstFact)
			ev.done = true
		}
	}
}

// outcomeBefore reports whether the noun at token i, past its article and
// up to three words that qualify it, is the outcome of an outcome phrase:
// "ended with an agreement", "ended with a trade agreement", "produced a
// deal" (lexicon/words.txt).
func (d *doc) outcomeBefore(i int) bool {
	toks := d.toks
	j := i - 1
	for j >= 0 && j >= i-3 && toks[j].kind == tokWord && !toks[j].cap && toks[j].flags&(fNpFillers|fPrepositions|fNegationCues) == 0 && !outcomeVerbs[toks[j].key] && !outcomeHedges[toks[j].key] {
		j-- // "trade", "peace"
	}
	for j >= 0 && toks[j].kind == tokWord && !toks[j].cap && toks[j].flags&fNpFillers != 0 {
		j-- // "an", "a new"
	}
	if j < 0 {
		return false
	}
	if outcomeVerbs[toks[j].key] {
		return true
	}
	if j < 1 || toks[j].key != "with" && toks[j].key != "in" {
		return false
	}
	v := j - 1
	for v > 0 && (d.inDate(v) || toks[v].key == "on" && d.inDate(v+1)) {
		v-- // "ended on Thursday with an agreement"
	}
	return outcomeVerbs[toks[v].key+" "+toks[j].key]
}

// outcomeVerbs and outcomeHedges: see outcomeBefore (lexicon/words.txt).
var (
	outcomeVerbs  = wordSet("outcome-verbs")
	outcomeHedges = wordSet("outcome-hedges")
)

// agentOfClauseAttack: "X killed Y in an airstrike on Z": the clause subject
// strikes; "Russian drones entered its airspace during an attack on Ukraine":
// the armed forces of the clause subject attack.
func (d *doc) agentOfClauseAttack(ev *nounEvent) {
	if ev.actors != nil || ev.tr.typ != graph.Attacked {
		return
	}
	if a, _, e := d.verbPartiesBefore(ev.i); a != nil {
		ev.actors, ev.subjEnd = a, e
	} else if d.purposeFor(ev.i) {
		if x := d.firstSubjectMention(ev.i); x >= 0 && d.ments[x].to < len(d.toks) && armedNouns[d.toks[d.ments[x].to].key] {
			ev.actors, ev.subjEnd = d.ments[x].ids, d.ments[x].to
		}
	}
}

// weaponsNeedLaunch: weapons attack only when launched, "launched 300 drones
// against Israel"; a weapon with an owner is no attack.
func (d *doc) weaponsNeedLaunch(ev *nounEvent) {
	if weaponNoun[d.toks[ev.i].key] && (ev.actors != nil || !d.fireVerbBefore(ev.i)) {
		ev.done = true
	}
}

// agentOfVisitVerb: "made a surprise trip to Damascus", "paid a visit to Kyiv".
func (d *doc) agentOfVisitVerb(ev *nounEvent) {
	if ev.actors == nil && ev.tr.typ == graph.Visited && d.visitVerbBefore(ev.i) {
		if a, e := d.subjectAt(ev.i); a != nil && e >= 0 && ev.i-d.skipAppositive(e) <= 8 && d.directlyGoverned(d.skipAppositive(e), ev.i) {
			ev.actors, ev.subjEnd = a, e
		}
	}
}

// agentOfReceived: "Venezuela received an ultimatum from Washington": the
// sender acts on the receiver ("Iran received a visit from the IAEA chief").
func (d *doc) agentOfReceived(ev *nounEvent) {
	if ev.actors != nil || ev.tr.typ == graph.Supplied || !d.receivedBefore(ev.i) {
		return
	}
	var from []string
	for _, id := range d.fromAgent(ev.end, nil) {
		if b := d.ents[id]; b != nil && b.e.Kind == graph.KindPlace && b.e.Country != "" {
			id = b.e.Country // a capital sends for its state
		}
		from = append(from, id)
	}
	if to, e := d.subjectAt(ev.i); to != nil && from != nil {
		d.emit(ev.tr.typ, from, to, ev.i, e, ev.conf-0.05, ev.firstFact)
	}
	ev.done = true
}

// agentOnVisit: "X is on a state visit to Y", "X, on a two-day visit to Y,",
// "During his visit to Y, X met Z".
func (d *doc) agentOnVisit(ev *nounEvent) {
	if ev.actors == nil && ev.tr.typ == graph.Visited {
		ev.actors, ev.subjEnd = d.visitorOf(ev.i)
	}
}

// agentOfLightVerb: "Israel launched airstrikes against ...", "Azerbaijan
// began an offensive against ...", "Russia launched a full-scale invasion of".
func (d *doc) agentOfLightVerb(ev *nounEvent) {
	if ev.actors == nil && (ev.tr.typ == graph.Attacked || ev.tr.typ == graph.Invaded) && (d.lightVerbBefore(ev.i) || weaponNoun[d.toks[ev.i].key]) {
		if a, e := d.subjectAt(ev.i); a != nil && e >= 0 && ev.i-d.skipAppositive(e) <= 8 && d.directlyGoverned(d.skipAppositive(e), ev.i) {
			ev.actors, ev.subjEnd = a, e
		}
	}
}

// agentOfAllyApposition: "Russia, a traditional ally of Serbia, ...".
func (d *doc) agentOfAllyApposition(ev *nounEvent) {
	toks := d.toks
	if ev.actors != nil || toks[ev.i].key != "partner" && toks[ev.i].key != "ally" {
		return
	}
	j := ev.i - 1
	for j > 0 && toks[j].kind == tokWord && !toks[j].cap && d.mentionIndexAt(j) < 0 && toks[j].key != "a" && toks[j].key != "an" && toks[j].key != "the" {
		j--
	}
	if j > 1 && (toks[j].key == "a" || toks[j].key == "an" || toks[j].key == "the") && toks[j-1].key == "," {
		if x := d.mentionIndexAt(j - 2); x >= 0 && !d.ments[x].title && d.ments[x].kind != graph.KindPlace {
			ev.actors, ev.subjEnd = d.group(x, -1), d.ments[x].to
		}
	}
}

// agentOfCopula: "Kenya is ... an important strategic partner of the United
// States", "Brazil and Argentina are strategic partners".
func (d *doc) agentOfCopula(ev *nounEvent) {
	if k := d.toks[ev.i].key; ev.actors == nil && (k == "partner" || k == "ally" || copulaNouns[k]) && d.copulaBefore(ev.i) {
		ev.actors, ev.subjEnd = d.mainSubject(ev.i)
	}
}

// agentOfJointActivity: "X reported on joint exercises with Y": the clause subject takes part.
func (d *doc) agentOfJointActivity(ev *nounEvent) {
	if ev.actors == nil && d.toks[ev.i].key == "joint" && ev.targets != nil {
		if a, e := d.subjectAt(ev.i); a != nil && e >= 0 && ev.i-e <= 8 {
			ev.actors, ev.subjEnd = a, e
		}
	}
}

// afterSubject returns the token after a subject ending at token e and
// what sets it off before its verb at token i: a role in apposition (",
// President of Kenya,"), a relative clause (", which signed a pact in
// 2024,") when i is past it.
func (d *doc) afterSubject(e, i int) int {
	if r := d.relativeClauseAfter(e); r > 0 && r <= i {
		return r
	}
	return d.skipAppositive(e)
}

// relativeClauseAfter returns the token after a relative clause set off by
// commas that opens at token e (", which signed an agreement in 2024,"), or
// -1.
func (d *doc) relativeClauseAfter(e int) int {
	toks := d.toks
	if e > 0 && e < len(toks) && toks[e].flags&fRelativeWords != 0 && toks[e-1].key == "," {
		e-- // (the subject's end may be the relative word)
	}
	if e < 0 || e+1 >= len(toks) || toks[e].key != "," || toks[e+1].flags&fRelativeWords == 0 {
		return -1
	}
	for j := e + 2; j < len(toks) && j <= e+24; j++ {
		if toks[j].key == "," && !d.inDate(j) {
			return j + 1
		}
		if toks[j].key == ";" || toks[j].key == "." {
			return -1
		}
	}
	return -1
}

// agentThanked: "Y thanked X for the delivery of vehicles": X supplied Y;
// "... for the delivery of helicopters to Z": X supplied Z, the recipient
// the noun names.
func (d *doc) agentThanked(ev *nounEvent) {
	toks, i := d.toks, ev.i
	if ev.actors != nil || ev.tr.typ != graph.Supplied || i < 2 || !(toks[i-1].key == "the" || toks[i-1].key == "its" || toks[i-1].key == "their") || toks[i-2].key != "for" {
		return
	}
	x, y := d.thankedParties(i - 2)
	if ev.targets != nil {
		y = ev.targets
	}
	if x != nil && y != nil {
		d.emit(graph.Supplied, x, y, i, -1, ev.conf, ev.firstFact)
		ev.done = true
	}
}

// agentOfGoverningVerb: the subject of the verb whose object the noun is,
// "the UK has imposed sanctions on"; for talks, the purpose of the
// subject's presence, "X was in Beijing for talks with Y".
func (d *doc) agentOfGoverningVerb(ev *nounEvent) {
	if ev.actors != nil || ev.tr.typ == graph.Attacked || ev.tr.typ == graph.Invaded || ev.tr.typ == graph.Visited {
		return
	}
	if p := d.governingParticiple(ev.i); p == participleOfTopic {
		return // ", rejecting talks with the United States": no talks held
	} else if p >= 0 {
		if a, e := d.clauseSubjectBefore(p); a != nil && e >= 0 && !d.newClauseBetween(e, p) && !d.contrastBetween(e, p) {
			ev.actors, ev.subjEnd = a, e // "X visited Costa Rica, holding talks with Y": X holds them
			ev.conf -= 0.1
			return
		}
	}
	if v := d.coordinatedGoverningVerb(ev.i); v >= 0 {
		// "He met X and held formal talks with Y": the subject of the
		// coordinated verb, as a verb trigger there would take it
		c := &verbClause{i: v, conj: d.conjunctionBefore(v), tr: ev.tr, firstFact: ev.firstFact, conf: ev.conf - 0.1}
		c.subj, c.subjEnd = d.subjectAt(v)
		for _, rule := range coordinationRules {
			rule(d, c)
		}
		ev.actors, ev.subjEnd, ev.conf = c.subj, c.subjEnd, c.conf
		return
	}
	if a, e := d.subjectAt(ev.i); a != nil && e >= 0 && ev.i-d.afterSubject(e, ev.i) <= 12 && d.directlyGoverned(d.afterSubject(e, ev.i), ev.i) && !d.coordinatedVerbBetween(d.afterSubject(e, ev.i), ev.i) {
		ev.actors, ev.subjEnd = a, e
		ev.conf -= 0.1
	} else if ev.tr.typ == graph.Met && d.purposeFor(ev.i) {
		if a, e := d.mainSubject(ev.i); a != nil && e >= 0 && ev.i-e <= 16 {
			ev.actors, ev.subjEnd = a, e
			ev.conf -= 0.15
		}
	}
}

// coordinatedGoverningVerb returns the doer verb after "and" or "but" that
// governs the event noun at token i across at most four lower-case words,
// no auxiliary among them (an article, modifiers): "met X and held formal
// talks with Y", "and signed a defence agreement with Y"; or -1.
func (d *doc) coordinatedGoverningVerb(i int) int {
	toks := d.toks
	for j := i - 1; j > 1 && j >= i-5; j-- {
		t := &toks[j]
		if t.key == "-" && t.glued {
			continue // "delegation-level"
		}
		if t.kind != tokWord || d.mentionIndexAt(j) >= 0 || t.flags&fPrepositions != 0 {
			return -1 // (a capitalized word that names nothing is a modifier: "imposed Global Magnitsky sanctions")
		}
		if k := toks[d.conjunctionBefore(j)].key; k == "and" || k == "but" {
			if lightVerbs[t.key] || doerVerbs[t.key] || signingVerbs[t.key] {
				return j
			}
			return -1
		}
		if t.flags&(fVerbAux|fBeForms) != 0 {
			return -1 // another verb governs the noun: "and has long opposed sanctions on Russia"
		}
	}
	return -1
}

// doerVerbs make their subject the doer of the event noun they govern:
// "held talks with", "issued a warning to" (lexicon/words.txt; the light
// verbs of attacks and the signing verbs too: "signed an agreement with"). A verb that speaks
// of the event ("welcomed the cooperation with", "said talks with ...
// were not possible") is not one.
var doerVerbs = wordSet("doer-verbs")

// participleOfTopic is governingParticiple's answer for a participle that
// speaks of the event noun or rejects it.
const participleOfTopic = -2

// governingParticiple returns the participle after a comma that governs
// the event noun at token i, with at most an article and two lower-case
// modifiers between them (", holding talks with Y", ", signing a new
// agreement with Y"); participleOfTopic when that participle speaks of the
// noun or rejects it (", declaring ties with X a priority", ", rejecting
// talks with Y"); -1 when there is none.
func (d *doc) governingParticiple(i int) int {
	toks := d.toks
	for j := i - 1; j > 0 && j >= i-3; j-- {
		if d.commaParticiple(j) {
			if statementParticiples[toks[j].key] {
				return participleOfTopic
			}
			return j
		}
		if toks[j].kind != tokWord || toks[j].cap || d.mentionIndexAt(j) >= 0 || d.lx.isVerbishTok(&toks[j]) {
			return -1
		}
	}
	return -1
}

// statementParticiples speak of their object noun as a topic (lexicon/words.txt).
var statementParticiples = wordSet("statement-participles")

// partiesOfJointAct emits the pairs of a symmetric act whose "of" names two
// parties or more and whose agent no rule before found: "arrested in a
// joint operation of the Kenya Police Service and the Uganda Police Force"
// (the parties, not the subject of the verb governing the noun, nor the
// clause's subject that "joint exercises with Y" takes).
func (d *doc) partiesOfJointAct(ev *nounEvent) {
	if ev.actors != nil || !ev.tr.typ.Symmetric() || len(ev.targets) < 2 || ev.end >= len(d.toks) || d.toks[ev.end].key != "of" {
		return
	}
	d.emitPairs(ev.tr.typ, ev.targets, ev.i, ev.subjEnd, ev.conf, ev.firstFact)
	ev.done = true
}

// topicPhraseBetween reports whether a prepositional phrase that is no date
// and no place opens in tokens [from, to): "on a gas interconnector", but
// not "on 4 November" or "signed in Doha".
func (d *doc) topicPhraseBetween(from, to int) bool {
	for j := from; j+1 < to; j++ {
		if d.toks[j].flags&fPrepositions == 0 || d.inDateOrAdverb(j+1, j+2) {
			continue
		}
		if x := d.mentionIndexAt(j + 1); (d.toks[j].key == "in" || d.toks[j].key == "at") && x >= 0 && (d.ments[x].kind == graph.KindPlace || d.ments[x].place != "") {
			continue // "signed in Doha": where, not what
		}
		return true
	}
	return false
}

// betweenBefore returns the token of the "between" that introduces mention
// x ("between the X and Y"), or -1.
func (d *doc) betweenBefore(x int) int {
	if x < 0 {
		return -1
	}
	if k := d.prepBefore(d.ments[x].from); k >= 0 && d.toks[k].key == "between" {
		return k
	}
	return -1
}

// betweenSides returns the parties of "between X and Y" after token end:
// targets, with the state of a people's adjective that targets left out
// ("between Israeli and Hamas negotiators").
func (d *doc) betweenSides(end int, targets []string) []string {
	toks := d.toks
	if end >= len(toks) || toks[end].key != "between" {
		return targets
	}
	for j := end + 1; j < len(toks) && j <= end+8; j++ {
		if toks[j].key == "," && j > end+1 && toks[j-1].flags&fRoleWords != 0 && d.personAt(j+1) >= 0 {
			continue // "between X and his Bolivian counterpart, Rodrigo Paz": the name in apposition
		}
		if toks[j].kind == tokPunct && toks[j].key != "-" {
			break
		}
		if j > end+1 && toks[j].flags&fPrepositions != 0 && toks[j].key != "of" && d.mentionIndexAt(j) < 0 {
			break // "between Greece and Egypt on the GREGY interconnector": the topic is no side
		}
		if x := d.mentionIndexAt(j); x >= 0 && len(d.ments[x].ids) == 1 && d.ments[x].kind != graph.KindPlace && !contains(targets, d.ments[x].ids[0]) {
			targets = append(targets, d.ments[x].ids[0])
		}
	}
	return targets
}

// visitorOf returns who is on the visit named by the noun at i: the subject
// of "is on a (state) visit", the person in apposition before ", on a visit",
// or, for "during his visit" opening a sentence, the main clause's subject.
// tourSite returns the place where a tour whose first place ends at token k
// is said to be, after the other places and a date: "a tour of the Sahel on
// Friday in Ouagadougou", "a tour of Mali and Niger in Niamey".
func (d *doc) tourSite(k int) []string {
	toks := d.toks
	for k+1 < len(toks) && (toks[k].key == "," || toks[k].key == "and") {
		x := d.mentionIndexAt(k + 1)
		if toks[k+1].key == "and" && k+2 < len(toks) {
			x = d.mentionIndexAt(k + 2) // ", and Trinidad and Tobago"
		}
		if x < 0 {
			break
		}
		k = d.ments[x].to // past the other places toured: "a tour of Mali and Niger"
	}
	k = d.afterDateAdjunct(k)
	if k+1 >= len(toks) || toks[k].key != "in" {
		return nil
	}
	if x := d.mentionIndexAt(k + 1); x >= 0 && d.startOf(x) == k+1 && (d.ments[x].kind == graph.KindPlace || d.ments[x].kind == graph.KindState) {
		return d.ments[x].ids
	}
	return nil
}

// returnVerbs say that their subject came back from a visit: "returned
// home after a tour of Y" (lexicon/words.txt).
var returnVerbs = wordSet("return-verbs")

// returnVerbBefore returns the token of a return verb that governs the
// preposition at token j ("returned to the island on Saturday after"): the
// first verb before it in its clause, or -1.
func (d *doc) returnVerbBefore(j int) int {
	toks := d.toks
	for k := j - 1; k >= 0 && k >= j-8; k-- {
		switch {
		case returnVerbs[toks[k].key]:
			return k
		case toks[k].key == "back" || toks[k].key == "home":
			// ("flew back to Paris from a tour of")
		case toks[k].kind == tokPunct, toks[k].flags&fVerbTrig != 0, d.lx.isVerbishTok(&toks[k]) && !d.inDate(k):
			return -1
		}
	}
	return -1
}

func (d *doc) visitorOf(i int) ([]string, int) {
	toks := d.toks
	j := i - 1
	for j >= 0 && (toks[j].kind == tokWord && (!toks[j].cap || visitKinds[toks[j].key]) && toks[j].flags&fPrepositions == 0 && d.mentionIndexAt(j) < 0 || toks[j].key == "-" && toks[j].glued) {
		if toks[j].key == "his" || toks[j].key == "her" || toks[j].key == "their" {
			break
		}
		j-- // "a two-day state", "an official"
	}
	if j < 1 {
		return nil, -1
	}
	switch k := toks[j].key; {
	case k == "on" && toks[j-1].flags&fBeForms != 0:
		if a, e := d.subjectAt(j - 1); a != nil && e >= 0 && j-1-e <= 2 {
			return a, e
		}
	case k == "on" && toks[j-1].key == ",":
		if x := d.mentionIndexAt(j - 2); x >= 0 && !d.ments[x].title && d.ments[x].kind == graph.KindPerson {
			return d.ments[x].ids, d.ments[x].to
		}
	case (k == "after" || k == "from" || k == "following") && toks[j].kind == tokWord:
		// "X returned home on Saturday after a five-day tour of Y": the one back from it
		if v := d.returnVerbBefore(j); v >= 0 {
			if a, e := d.subjectAt(v); a != nil && e >= 0 && v-e <= 2 {
				return a, e
			}
		}
	case k == "during" && toks[j-1].flags&fSpeechVerbs != 0:
		// "..., Minister X said during a visit to Odesa": the speaker visits
		if a, e := d.subjectAt(j - 1); a != nil && e >= 0 && j-1-e <= 2 {
			return a, e
		}
	case (k == "his" || k == "her" || k == "their") && j >= 1 && (toks[j-1].key == "during" || toks[j-1].key == "on") && j-1 <= 1:
		for c := i + 1; c+1 < len(toks); c++ {
			if toks[c].key == "," {
				for x := range d.ments {
					if m := d.ments[x]; m.from > c && !m.title {
						if m.kind == graph.KindPerson && d.startOf(x) == c+1 {
							return m.ids, m.to // ("Indian Foreign Minister X": the title's state is no visitor)
						}
						break
					}
				}
				break
			}
		}
	}
	return nil, -1
}

// relationNounObject reports whether the object after a verb ending at end
// is a noun of a relation other than supply ("an ultimatum", "a visit").
func (d *doc) relationNounObject(end int) bool {
	toks := d.toks
	for j := end; j < len(toks) && j < end+4; j++ {
		t := &toks[j]
		if t.kind != tokWord || t.cap || t.flags&fPrepositions != 0 {
			return false
		}
		if nt, ok := d.lx.nouns[t.key]; ok {
			return nt.typ != graph.Supplied && nt.typ != graph.Attacked && nt.typ != graph.Invaded
		}
		if messageNouns[t.key] {
			return true // "received a request from Pyongyang": a message, no goods
		}
	}
	return false
}

// messageNouns are things received that are no goods: a request, an
// invitation, a letter; see lexicon/words.txt.
var messageNouns = wordSet("message-nouns")

// receivedBefore reports whether a receiving verb governs the noun at i:
// "received an ultimatum", "got a stern warning".
func (d *doc) receivedBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if receiveVerbs[d.toks[j].key] {
			return true
		}
		if d.toks[j].kind != tokWord || d.mentionIndexAt(j) >= 0 {
			return false
		}
	}
	return false
}

// receiveVerbs: see lexicon/words.txt.
var receiveVerbs = wordSet("receive-verbs")

// underAttack reports whether the modifier ending at subjEnd follows "came
// under" ("came under Russian bombardment", "is under Israeli fire").
func (d *doc) underAttack(subjEnd int) bool {
	x := d.mentionIndexAt(subjEnd - 1)
	if x < 0 {
		return false
	}
	u := d.startOf(x) - 1
	return u > 0 && d.toks[u].key == "under" && (underVerbs[d.toks[u-1].key] || d.toks[u-1].flags&fBeForms != 0)
}

// underVerbs come before "under" fire: see lexicon/words.txt.
var underVerbs = wordSet("under-verbs")

// verbClause is the subject of a verb trigger being found: subjectAt's
// answer, corrected by the coordination rules.
type verbClause struct {
	i         int
	conj      int // the token before the verb, adverbs skipped: "and" in "and later signed"
	tr        trigger
	firstFact int
	subj      []string
	subjEnd   int
	conf      float64
	done      bool // the first statement's subject was taken
}

// conjunctionBefore returns the token before the verb at token i, past
// the adverbs between ("and later signed", "but then urged"): where a
// coordinated verb's conjunction stands.
func (d *doc) conjunctionBefore(i int) int {
	k := i - 1
	for k > 0 && subjectAdverbs[d.toks[k].key] && (d.toks[k-1].key == "and" || d.toks[k-1].key == "but" || subjectAdverbs[d.toks[k-1].key]) {
		k--
	}
	return k
}

// verbSeriesSubject returns the subject of a past verb after a comma that
// continues a series of the clause's acts ("X summoned Russia's envoy,
// accused Moscow of a provocation and urged it to stop"): a past form with
// its object after it, where the clause's subject is followed by a past
// verb (the series' first). The name before the comma is that verb's object, not this
// one's subject. Nil when token i opens no such verb.
func (d *doc) verbSeriesSubject(i int) ([]string, int) {
	toks := d.toks
	if i < 2 || i+1 >= len(toks) || toks[i-1].key != "," || !pastForm(&toks[i]) || !d.objectStartsAt(i+1) {
		return nil, -1
	}
	subj, e := d.mainSubject(i)
	if subj == nil || e < 0 || e+1 >= i-1 || d.speechVerbBetween(e, i-1) || d.newClauseBetween(e, i-1) {
		return nil, -1
	}
	if pastForm(&toks[e]) || subjectAdverbs[toks[e].key] && pastForm(&toks[e+1]) {
		return subj, e // the series' first verb right after the subject ("X summoned", "X also summoned")
	}
	return nil, -1
}

// newClauseBetween reports whether a clause of its own opens in tokens
// [from, to): ", and" or ", but" ("The Kremlin dismissed the charge, and
// its spokesman, X, cautioned ...").
func (d *doc) newClauseBetween(from, to int) bool {
	for j := from; j+1 < to; j++ {
		if d.toks[j].key == "," && (d.toks[j+1].key == "and" || d.toks[j+1].key == "but") {
			return true
		}
	}
	return false
}

// objectStartsAt reports whether an object may open at token j: a name, an
// article or an object pronoun ("accused Moscow", "urged it").
func (d *doc) objectStartsAt(j int) bool {
	switch d.toks[j].key {
	case "the", "a", "an", "it", "him", "her", "them":
		return true
	}
	return d.mentionIndexAt(j) >= 0
}

// commaParticiple reports whether token i is a participle in -ing after a
// comma: "X warned ..., urging Y".
func (d *doc) commaParticiple(i int) bool {
	return i > 0 && d.toks[i-1].key == "," && strings.HasSuffix(d.toks[i].key, "ing")
}

// verbSubject returns the subject of the verb trigger at i, its end and the
// confidence of the fact: the subject of the clause before for a participle
// ("X warned ..., urging Y"), else subjectAt corrected by coordinationRules.
func (d *doc) verbSubject(i int, tr trigger, firstFact int) ([]string, int, float64) {
	toks := d.toks
	if d.commaParticiple(i) {
		if sp, e := d.reporterBefore(i - 1); sp != nil {
			return sp, e, tr.conf - 0.05 // "..., the KRG said on Wednesday, blaming X": the speaker
		}
		if len(d.stmts) > d.firstStmt {
			return d.stmts[d.firstStmt].actors, -1, tr.conf - 0.05
		}
		subj, e := d.mainSubject(i)
		return subj, e, tr.conf - 0.05
	}
	if subj, e := d.verbSeriesSubject(i); subj != nil {
		return subj, e, tr.conf - 0.05 // "X summoned Y's envoy, accused Moscow of ... and urged it"
	}
	if subj, e, ok := d.issuerOfStatement(i); ok {
		return subj, e, tr.conf - 0.05
	}
	c := &verbClause{i: i, conj: d.conjunctionBefore(i), tr: tr, firstFact: firstFact, conf: tr.conf}
	c.subj, c.subjEnd = d.subjectAt(i)
	if c.subj == nil && d.operative != "" && d.operativeClause(i) {
		c.subj = []string{d.operative} // "1. Strongly condemns ...": the body's clause
		d.operativeSent = d.sentIdx
	}
	if c.conj >= 0 && (toks[c.conj].key == "and" || toks[c.conj].key == "but") {
		for _, rule := range coordinationRules {
			rule(d, c)
		}
	} else if i > 0 && toks[i-1].key == "," && d.headlineVerb(i) {
		d.objectNotSubject(c) // "Abdelatty receives Sudanese counterpart in Cairo, condemns RSF attack"
	}
	return c.subj, c.subjEnd, c.conf
}

// adverbAfterAux reports whether token j is an adverb between an auxiliary
// or a form of "be" and the verb after it: "is already supplying", "was
// reportedly attacking" (a verb, no reduced relative).
func (d *doc) adverbAfterAux(j int) bool {
	toks := d.toks
	k := toks[j].key
	if j < 1 || !(strings.HasSuffix(k, "ly") || presentAdverbs[k] || auxAdverbs[k]) {
		return false
	}
	return toks[j-1].flags&(fBeForms|fVerbAux) != 0
}

// auxAdverbs stand between an auxiliary and its verb: "is already
// supplying" (lexicon/words.txt; "-ly" adverbs and present-adverbs too).
var auxAdverbs = wordSet("aux-adverbs")

// issuerOfStatement returns the subject of the verb that issued the
// statement a participle at token i qualifies ("Egypt issued a statement
// urging Israel to withdraw", "the ministers released a joint communique
// condemning the strikes"): the issuer urges, condemns, accuses. ok is
// false when the participle follows no such noun phrase.
func (d *doc) issuerOfStatement(i int) ([]string, int, bool) {
	toks := d.toks
	if i < 3 || !strings.HasSuffix(toks[i].key, "ing") || !statementNouns[toks[i-1].key] {
		return nil, -1, false
	}
	k := i - 2
	for k > 0 && toks[k].kind == tokWord && !toks[k].cap && !articles[toks[k].key] && !d.lx.isVerbishTok(&toks[k]) && i-k <= 4 {
		k-- // "a strongly worded joint statement"
	}
	if !articles[toks[k].key] || k < 1 || !issueVerbs[toks[k-1].key] {
		return nil, -1, false
	}
	subj, e := d.subjectAt(k - 1)
	return subj, e, subj != nil
}

// statementNouns are documents that speak for their issuer, and
// issueVerbs issue them (lexicon/words.txt).
var (
	statementNouns = wordSet("statement-nouns")
	issueVerbs     = wordSet("issue-verbs")
)

// articles open a noun phrase.
var articles = map[string]bool{"a": true, "an": true, "the": true}

// reporterBefore returns the speaker of a reporting clause that ends at
// the comma at token c ("..., the Tigray Interim Administration said on
// Monday,"): a speech verb after a comma, its subject between them.
func (d *doc) reporterBefore(c int) ([]string, int) {
	toks := d.toks
	k := c - 1
	for k > 0 && (d.inDate(k) || toks[k].key == "on" && d.inDate(k+1)) {
		k-- // "said on Monday"
	}
	if k <= 1 || toks[k].flags&fSpeechVerbs == 0 {
		return nil, -1
	}
	sp, e := d.subjectAt(k)
	if sp == nil || e < 1 || e != k && !(toks[e].key == "(" && toks[k-1].key == ")" && k-e <= 4) {
		return nil, -1 // ("the Kurdistan Regional Government (KRG) said": its acronym between)
	}
	x := d.mentionIndexAt(e - 1)
	if x < 0 {
		return nil, -1
	}
	if s := d.startOf(x); s < 1 || toks[s-1].key != "," && !(toks[s-1].key == "the" && s >= 2 && toks[s-2].key == ",") {
		return nil, -1 // only an inverted report: "..., X said,"
	}
	return sp, e
}

// coordinationRules correct the subject of a verb coordinated with "and" or
// "but", in order.
var coordinationRules = []func(d *doc, c *verbClause){
	(*doc).operativeCoordinate,
	(*doc).speakerNotPassivePatient,
	(*doc).noPossessiveSubject,
	(*doc).sharedWithFirstVerb,
	(*doc).speechActOfSpeaker,
	(*doc).speechActJoinsSpeaker,
	(*doc).objectOfFirstVerb,
	(*doc).firstStatementSubject,
	(*doc).sentenceSubject,
	(*doc).objectNotSubject,
}

// operativeCoordinate: "1. Reaffirmed its rejection of Iran's occupation of
// the islands ..., and called on Iran to respond": a verb coordinated in a
// sentence an operative clause opened is the body's too.
func (d *doc) operativeCoordinate(c *verbClause) {
	k := d.toks[c.i].key
	if d.operativeSent == d.sentIdx && d.operative != "" && !d.isPassive(c.i) && (strings.HasSuffix(k, "ed") || strings.HasSuffix(k, "s")) {
		c.subj, c.subjEnd = []string{d.operative}, -1
	}
}

// speakerNotPassivePatient: "X said Glas had been sheltered illegally and
// accused Mexico": the patient of a passive is no accuser; the speaker is.
func (d *doc) speakerNotPassivePatient(c *verbClause) {
	if c.subj != nil && d.toks[c.conj].key == "and" && d.passiveBetween(c.subjEnd, c.i) {
		if s := d.speechBefore(c.subjEnd); s >= 0 {
			if sp, e := d.subjectAt(s); sp != nil {
				c.subj, c.subjEnd = sp, e
			}
		}
	}
}

// noPossessiveSubject: "denied that Tehran directed the Houthis' operations
// and condemned ...": a possessive before a noun is no subject of the verb.
func (d *doc) noPossessiveSubject(c *verbClause) {
	toks := d.toks
	if c.subj != nil && toks[c.conj].key == "and" && c.subjEnd > 0 && toks[c.subjEnd-1].poss && c.subjEnd < c.conj && toks[c.subjEnd].kind == tokWord && !toks[c.subjEnd].cap {
		c.subj, c.subjEnd = nil, -1
	}
}

// sharedWithFirstVerb: "X condemned Y's role and called on Z": the
// coordinated verb shares the subject of the first verb, whose object Y is.
func (d *doc) sharedWithFirstVerb(c *verbClause) {
	if c.subj == nil || d.toks[c.conj].key != "and" {
		return
	}
	for x := len(d.facts) - 1; x >= c.firstFact; x-- {
		if f := d.facts[x]; f.trig < c.i && c.subjEnd > f.trig && !d.derivedFact(f) {
			c.subj, c.subjEnd = d.stmts[f.event].actors, -1
			c.conf -= 0.05
			return
		}
	}
}

// objectNotSubject: "Salim thanked Türkiye for its support and accused the
// UAE": the object of a verb before (one that made no fact) is no subject of
// the verb coordinated after it; the sentence's subject is.
func (d *doc) objectNotSubject(c *verbClause) {
	toks := d.toks
	comma := toks[c.conj].key == ","
	if c.subj == nil || c.subjEnd < 0 || c.done || toks[c.conj].key != "and" && !comma {
		return
	}
	k := d.groupStartBefore(c.subjEnd) - 1
	if k >= 1 && comma && toks[k].flags&fNpFillers == 0 && !d.lx.isVerbishTok(&toks[k]) {
		k-- // a headline's object without an article: "receives Sudanese counterpart"
	}
	if k < 1 || toks[k].kind != tokWord || toks[k].cap || toks[k].flags&(fBeForms|fVerbAux) != 0 ||
		!((strings.HasSuffix(toks[k].key, "ed") || comma && strings.HasSuffix(toks[k].key, "s")) && toks[k].flags&fPrepositions == 0 && !d.isPassive(k) || toks[k].key == "of") {
		return // (the object of a verb, or of "the efforts of")
	}
	if s, e := d.mainSubject(k); s != nil && e <= k {
		c.subj, c.subjEnd = s, e
		c.conf -= 0.05
		return
	}
	c.subj, c.subjEnd, c.done = nil, -1, true // "They welcomed the efforts of IGAD and urged ...": not IGAD
}

// groupStartBefore returns the first token of the coordinated mentions that
// end at token end ("IGAD, the African Union and the RJMEC"), after an
// article.
func (d *doc) groupStartBefore(end int) int {
	toks := d.toks
	start := end
	for k := end - 1; k >= 0; {
		if x := d.mentionIndexAt(k); x >= 0 {
			start = d.ments[x].from
			k = start - 1
			continue
		}
		if key := toks[k].key; key == "the" || (key == "," || key == "and") && start < end {
			if key == "the" {
				start = k
			}
			k--
			continue
		}
		break
	}
	for start < end && (toks[start].key == "," || toks[start].key == "and") {
		start++
	}
	return start
}

// orgByHeadWord returns the organization named first whose name holds the
// head word w ("council"): the body that issues a document names itself
// first, in its title or opening.
func (d *doc) orgByHeadWord(w string) string {
	for x := range d.order {
		b := d.ents[d.order[x]]
		if b == nil || b.e.Kind != graph.KindOrganization {
			continue
		}
		for _, k := range b.keysOf() {
			if k == w {
				return b.e.ID
			}
		}
	}
	return ""
}

// bodyOpeningLine returns the mention of a body that is the whole sentence
// but for "the" and a closing comma ("The European Parliament,", "The
// Security Council,"): a resolution's opening line, whose numbered clauses
// are the body's; -1 otherwise.
func (d *doc) bodyOpeningLine() int {
	toks := d.toks
	n := len(toks)
	if n < 2 || toks[n-1].key != "," || len(d.ments) != 1 {
		return -1
	}
	m := d.ments[0]
	if m.kind != graph.KindOrganization || len(m.ids) != 1 || m.to != n-1 || m.from > 1 || m.from == 1 && toks[0].key != "the" {
		return -1
	}
	return 0
}

// issuer returns the body whose decision an organ's operative clauses are:
// the organization it belongs to ("the Council:" of the Peace and Security
// Council of the African Union decides for the African Union), else itself.
func (d *doc) issuer(id string) string {
	if b := d.ents[id]; b != nil && b.parent != "" {
		return b.parent
	}
	return id
}

// operativeOpening reports whether the sentence opens an operative clause
// of the body of a communiqué: its first word after adverbs is a verb in -s
// or -ed that names no entity, followed by a lower-case word ("Reaffirmed
// its rejection", "Condemned the attack", "Urges all parties").
func (d *doc) operativeOpening() bool {
	toks := d.toks
	for i := 0; i+1 < len(toks) && i < 3; i++ {
		if toks[i].kind != tokWord {
			return false
		}
		if strings.HasSuffix(toks[i].key, "ly") || toks[i].key == "further" || toks[i].key == "also" {
			continue
		}
		return d.mentionIndexAt(i) < 0 && toks[i+1].kind == tokWord && !toks[i+1].cap && d.operativeClause(i)
	}
	return false
}

// operativeClause reports whether the verb at token i opens an operative
// clause of a resolution or communique: a verb in -s or -ed with nothing
// before it but adverbs ("Strongly condemns", "Urges", "Further requests",
// "Condemned").
func (d *doc) operativeClause(i int) bool {
	toks := d.toks
	if !strings.HasSuffix(toks[i].key, "s") && !strings.HasSuffix(toks[i].key, "ed") {
		return false // ("Condemned ...": a communiqué reporting its decisions)
	}
	for j := 0; j < i; j++ {
		if toks[j].kind != tokWord || !strings.HasSuffix(toks[j].key, "ly") && toks[j].key != "further" && toks[j].key != "also" {
			return false
		}
	}
	return i == 0 || toks[0].cap
}

// derivedFact reports whether fact f is not its trigger's own relation but
// one derived from it: the visit of a meeting's guest ("met Landau in
// Riyadh": Landau visited Saudi Arabia), whose actor is the verb's object.
func (d *doc) derivedFact(f fact) bool {
	if f.trig >= len(d.toks) {
		return false
	}
	tr, ok := d.lx.verbs[d.toks[f.trig].key]
	return ok && tr.typ != f.typ
}

// speechActOfSpeaker: "Armenia's prime minister said his country could
// leave the CSTO and criticised Russia": the speech act is the speaker's.
func (d *doc) speechActOfSpeaker(c *verbClause) {
	if c.subj == nil || d.toks[c.conj].key != "and" || !speechAct[c.tr.typ] || c.subjEnd <= 0 {
		return
	}
	if x := d.mentionIndexAt(c.subjEnd - 1); x >= 0 {
		if ms, me := d.mainSubject(c.i); ms != nil && me >= 0 && me < d.startOf(x) && d.speechVerbBetween(me, d.startOf(x)) {
			c.subj, c.subjEnd = ms, me
		}
	}
}

// speechActJoinsSpeaker: "X denied that Y armed Z and condemned W": a speech
// act joins the speaker's clause.
func (d *doc) speechActJoinsSpeaker(c *verbClause) {
	if c.subj == nil && d.toks[c.conj].key == "and" && speechAct[c.tr.typ] {
		if s, e := d.mainSubject(c.i); s != nil && e >= 0 && d.thatComplementBetween(e, c.i) {
			c.subj, c.subjEnd = s, e
		}
	}
}

// firstStatementSubject: a coordinated verb, "met X and announced ...",
// shares the actors of the sentence's first statement.
// objectOfFirstVerb: "X urges Y to prevent groups from using its territory,
// and calls on Z": the first verb's object (or the one its infinitive
// speaks of) is no subject of a verb coordinated after it; the first verb's
// subject is.
func (d *doc) objectOfFirstVerb(c *verbClause) {
	if c.subj == nil || c.done || len(d.stmts) <= d.firstStmt {
		return
	}
	first := d.stmts[d.firstStmt]
	if first.actors == nil || first.modality != graph.Asserted || slices.Equal(first.actors, c.subj) {
		return
	}
	for _, id := range c.subj {
		if !slices.Contains(first.targets, id) {
			return
		}
	}
	c.subj, c.subjEnd = first.actors, -1
	c.conf -= 0.05
	c.done = true
}

func (d *doc) firstStatementSubject(c *verbClause) {
	if c.subj == nil && len(d.stmts) > d.firstStmt {
		c.subj = d.stmts[d.firstStmt].actors
		c.conf -= 0.1
		c.done = true
	}
}

// sentenceSubject: "Milei, who ..., praised the accord but accused Brazil":
// the sentence's subject, when no statement came before.
func (d *doc) sentenceSubject(c *verbClause) {
	toks := d.toks
	if c.subj != nil || c.done {
		return
	}
	if s, e := d.mainSubject(c.i); s != nil && e >= 0 && e < len(toks) && (toks[e].key == "," || toks[e].flags&fRelativeWords != 0 || toks[e].kind == tokWord) {
		c.subj, c.subjEnd = s, e
		c.conf -= 0.15
	}
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

// emitBetween emits the sides of "between" at token b: every pair of them,
// but "between X and Y and Z" (two "and", no comma) pairs X with each of
// the others ("cooperation between Korea and the AU and the EAC").
func (d *doc) emitBetween(t graph.RelationType, sides []string, b, trig, subjEnd int, conf float64, firstFact int) {
	sides = uniq(sides)
	last := b + 20 // the end of the last side's mention
	for _, m := range d.ments {
		if m.from > b && len(sides) > 0 && slices.Contains(m.ids, sides[len(sides)-1]) {
			last = m.to
			break
		}
	}
	ands, commas := 0, 0
	for j := b + 1; j < len(d.toks) && j < last; j++ {
		switch d.toks[j].key {
		case "and":
			ands++
		case ",":
			commas++
		case ".", ";", ":":
			j = len(d.toks)
		}
	}
	if len(sides) >= 3 && ands >= 2 && commas == 0 {
		d.emit(t, sides[:1], sides[1:], trig, subjEnd, conf, firstFact)
		return
	}
	d.emitPairs(t, sides, trig, subjEnd, conf, firstFact)
}

// emit records a statement with every actor-target pair as a fact; it
// returns the statement's index, or -1 when nothing was emitted.
func (d *doc) emit(t graph.RelationType, actors, targets []string, trig, subjEnd int, conf float64, firstFact int) int {
	actors, targets = uniq(actors), uniq(targets)
	if t == graph.Warned && d.consequenceAfter(trig) {
		d.emit(graph.Threatened, actors, targets, trig, subjEnd, conf-0.05, firstFact)
	}
	targets, named := d.emitTargets(t, targets, trig)
	if t == graph.Invaded {
		targets = d.dropOwnState(actors, targets)
	}
	pairs := d.factPairs(actors, targets)
	if len(pairs) == 0 {
		return -1
	}
	mod, attr := d.modality(trig, subjEnd, actors)
	date, dateFrom := d.emitDate(trig, subjEnd, actors)
	if dateFrom == dateOfEvent && (mod == graph.Speculative || mod == graph.Negated && d.futureModalBefore(trig)) {
		date = d.plannedDate(date, trig) // "is expected to travel to New Delhi in July", "will not visit ...": the coming July
	}
	if dateFrom == dateOfStory && d.meta.Published.Known() && d.presentSpeechAct(t, trig) {
		// "The Royal Thai Armed Forces warn Cambodia ...": said as of the
		// document, not on the story's last date
		date, dateFrom = d.meta.Published, dateOfPublished
	}
	if (t == graph.Criticized || t == graph.Accused) && dateFrom == dateOfEvent && (t == graph.Criticized && d.dateOfCondemnedAct(trig, date) || d.dateOfCharge(trig, date)) {
		// "condemned the launch by North Korea ... on 9 April": the launch's
		// date, not the condemnation's, which is the story's
		date, dateFrom = d.lastDate, dateOfStory
		if !date.Known() {
			date, dateFrom = d.meta.Published, dateOfPublished
		}
	}
	conf = min(max(conf, 0.3), 0.95)
	place := ""
	if t != graph.Visited {
		place = d.placeAfter(trig)
	}
	d.noteParties(actors, pairs)
	ev := len(d.stmts)
	d.stmts = append(d.stmts, statement{typ: t, actors: actors, targets: targets, date: date, place: place,
		modality: mod, attributedTo: attr, sent: d.sentIdx, span: d.sentSpan})
	for _, p := range pairs {
		d.facts = append(d.facts, fact{typ: t, from: p[0], to: p[1], date: date, modality: mod, attributedTo: attr,
			conf: conf, sent: d.sentIdx, span: d.sentSpan, event: ev, place: place, trig: trig, dateFrom: dateFrom})
	}
	if attr != "" {
		d.ensureEntity(attr)
	}
	d.noteLastPair(t, mod, actors, targets, named)
	return ev
}

// consequenceWords make a warning a threat when its clause promises them:
// "warned Seoul that it would pay a dear price".
var consequenceWords = wordSet("consequence-words")

// consequenceAfter reports whether the clause after the warning at token trig
// holds a consequence word after "would", "will" or "to face".
func (d *doc) consequenceAfter(trig int) bool {
	toks := d.toks
	modal := false
	for j := trig + 1; j < len(toks) && j < trig+25; j++ {
		switch k := toks[j].key; {
		case k == "." || k == ";":
			return false
		case k == "would" || k == "will" || k == "face" || k == "faces":
			modal = true
		case modal && consequenceWords[k]:
			return true
		}
	}
	return false
}

// internationalSeats are cities that seat international organizations:
// there a diplomat meets the organization, not the host state.
var internationalSeats = wordSet("international-seats")

// atInternationalSeat reports whether place name is such a seat and the
// sentence names an organization there ("met UN Secretary-General Antonio
// Guterres in New York": no visit to the United States).
func (d *doc) atInternationalSeat(name string) bool {
	if !internationalSeats[strings.ToLower(name)] {
		return false
	}
	for _, m := range d.ments {
		if m.kind == graph.KindOrganization || m.title && len(m.ids) == 1 && strings.HasPrefix(m.ids[0], "org:") {
			return true
		}
	}
	return false
}

// dropOwnState removes from an invasion's targets the state whose bodies
// every actor is: "the RSF seized El Fasher" takes a town of Sudan, and
// invades no state (the town stays a target).
func (d *doc) dropOwnState(actors, targets []string) []string {
	st := ""
	for _, id := range actors {
		b := d.ents[id]
		if b == nil || b.e.Kind != graph.KindOrganization || b.e.Country == "" || st != "" && b.e.Country != st {
			return targets
		}
		st = b.e.Country
	}
	kept := targets[:0:0]
	for _, id := range targets {
		if id != st {
			kept = append(kept, id)
		}
	}
	return kept
}

// emitTargets gives the targets of a statement of type t: a visit's are
// states and places, never persons or sites, and with a place its state;
// a supply to a place reaches its state; an attack's target is no sea, and
// an attack on a place attacks its state. named counts the targets the
// text names, before derived states.
func (d *doc) emitTargets(t graph.RelationType, targets []string, trig int) (_ []string, named int) {
	switch t {
	case graph.Visited:
		return d.visitTargets(targets), len(targets)
	case graph.Supplied:
		return d.withPlacesStates(targets), len(targets)
	case graph.Attacked, graph.Invaded:
		return d.attackTargets(t, targets, trig)
	}
	return targets, len(targets)
}

// visitTargets keeps of a visit's targets the states and places, never a
// person; a site ("the Presidential Villa", "a tank plant") is the venue,
// not the destination, and its state is one.
func (d *doc) visitTargets(targets []string) []string {
	// a visit goes to a state or a place, never to a person; a site
	// ("the Presidential Villa", "a tank plant") is the venue, not the destination
	kept := targets[:0:0]
	var sites []string
	for _, id := range targets {
		k, _ := graph.KindOfID(id)
		switch {
		case k != graph.KindPerson && !d.isSite(id):
			kept = append(kept, id)
		case k == graph.KindPlace:
			sites = append(sites, id)
		}
	}
	targets = kept
	for _, id := range sites {
		if b := d.ents[id]; b != nil && b.e.Country != "" {
			targets = append(targets, b.e.Country) // the venue's state is a destination
		}
	}
	// A visit to a place inside a state is a visit to that state as well:
	// "arrived in Pyongyang" answers "who visited North Korea".
	for _, id := range kept {
		if b, ok := d.ents[id]; ok && b.e.Kind == graph.KindPlace && b.e.Country != "" && !d.atInternationalSeat(b.e.Name) {
			targets = append(targets, b.e.Country)
		}
	}
	targets = uniq(targets)
	return targets
}

// withPlacesStates adds to targets the state of every place among them:
// aid delivered to a place inside a state is delivered to that state as
// well.
func (d *doc) withPlacesStates(targets []string) []string {
	// aid delivered to a place inside a state is delivered to that state as well
	for _, id := range targets {
		if b, ok := d.ents[id]; ok && b.e.Kind == graph.KindPlace && b.e.Country != "" {
			targets = append(targets, b.e.Country)
		}
	}
	targets = uniq(targets)
	return targets
}

// attackTargets leaves out of an attack's or invasion's targets the seas
// where it happens and, for an invasion, vessels, and adds the state of a
// place attacked; it returns the targets and how many the text named.
func (d *doc) attackTargets(t graph.RelationType, targets []string, trig int) ([]string, int) {
	// a sea is where an attack happens, not its target: "fired missiles into the Sea of Japan"
	kept := targets[:0:0]
	for _, id := range targets {
		if t == graph.Invaded && d.vessels[id] {
			continue // "seized the oil tanker Eagle S": a ship is no territory
		}
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
	return targets, len(kept)
}

// factPairs pairs every actor with every target, leaving out a person and
// their own state, or a place inside the actor's state.
func (d *doc) factPairs(actors, targets []string) [][2]string {
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
	return pairs
}

// emitDate dates a statement: from its clause, or, for a statement's own
// act in the present or a communiqué's operative clause, by the document.
func (d *doc) emitDate(trig, subjEnd int, actors []string) (graph.Date, dateSource) {
	date, dateFrom := d.dateFor(trig)
	if dateFrom == dateOfStory {
		if vd, ok := d.venueVisitDate(actors); ok {
			// "X travelled to Bamako on Wednesday. ... In Bamako, X held talks with Y": the visit's day
			date, dateFrom = vd, dateOfEvent
		}
	}
	if d.presentWe(trig, subjEnd) && d.meta.Published.Known() && !(d.quotedAt(trig) && dateFrom == dateOfStory) {
		// "We strongly condemn the airstrike ... on 10 September": a statement's
		// own act in the present is dated by the statement (a quotation in a
		// story speaks on the story's day: `"We urge Venezuela ...," Milei said`)
		date, dateFrom = d.meta.Published, dateOfPublished
	}
	if dateFrom == dateOfStory && d.presentPassive(trig) && d.meta.Published.Known() {
		// "X and Y are being designated today": the present of the document, not the story's last date
		date, dateFrom = d.meta.Published, dateOfPublished
	}
	if d.operativeSent == d.sentIdx && len(actors) == 1 && actors[0] == d.operative && d.meta.Published.Known() {
		// "2. Condemned the attack on Jazan on 24 November": the body acts in
		// its communiqué, on the document's date; the clause's date is the attack's
		date, dateFrom = d.meta.Published, dateOfPublished
	}
	return date, dateFrom
}

// venueVisitDate returns the date of an earlier visit by one of the actors
// to the place that opens the sentence ("In Bamako, ..."): what the
// sentence tells happened during that visit.
func (d *doc) venueVisitDate(actors []string) (graph.Date, bool) {
	toks := d.toks
	if len(d.ments) == 0 || len(toks) < 3 || toks[0].key != "in" || d.ments[0].from != 1 || d.ments[0].to >= len(toks) || toks[d.ments[0].to].key != "," {
		return graph.Date{}, false
	}
	m := d.ments[0]
	if m.kind != graph.KindPlace && m.place == "" {
		return graph.Date{}, false
	}
	for x := len(d.stmts) - 1; x >= 0; x-- {
		st := d.stmts[x]
		if st.sent >= d.sentIdx || st.typ != graph.Visited || !st.date.Known() || !overlaps(st.actors, actors) {
			continue
		}
		if slices.ContainsFunc(st.targets, func(id string) bool { return id == m.place || slices.Contains(m.ids, id) }) {
			return st.date, true
		}
	}
	return graph.Date{}, false
}

// overlaps reports whether a and b share an ID.
func overlaps(a, b []string) bool {
	return slices.ContainsFunc(a, func(id string) bool { return slices.Contains(b, id) })
}

// quotedAt reports whether token trig stands inside a quotation: an odd
// number of quotation marks before it in its sentence.
func (d *doc) quotedAt(trig int) bool {
	n := 0
	for _, t := range d.toks[:trig] {
		if t.key == `"` {
			n++
		}
	}
	return n%2 == 1
}

// presentPassive reports whether the verb at token trig is a passive in the
// present: "are being designated", "is sanctioned".
func (d *doc) presentPassive(trig int) bool {
	toks := d.toks
	k := trig - 1
	if k >= 0 && toks[k].key == "being" {
		k--
	}
	return k >= 0 && (toks[k].key == "is" || toks[k].key == "are") && strings.HasSuffix(toks[trig].key, "ed")
}

// noteParties counts the actors as subjects and the pairs of states, and
// notes the last organization (and armed one) that took part.
func (d *doc) noteParties(actors []string, pairs [][2]string) {
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
				if info := d.orgInfo(id); info != nil && info.armed {
					d.lastArmedParty = id
				}
			}
		}
	}
}

// noteLastPair keeps the parties of the last fight and of the last
// meeting, agreement or cooperation, which later sentences refer to.
func (d *doc) noteLastPair(t graph.RelationType, mod graph.Modality, actors, targets []string, named int) {
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
	if (t == graph.Met || t == graph.Agreed) && mod != graph.Negated {
		if g := uniq(append(append([]string(nil), actors...), targets...)); len(g) >= 3 {
			d.lastMeeting = g
		}
	}
	if (t == graph.Met || t == graph.Agreed || t == graph.Cooperated || t == graph.Visited && len(actors) == 1) && mod != graph.Negated {
		if len(actors) == 1 && len(targets) == 1 && t != graph.Visited {
			d.lastPair = []string{actors[0], targets[0]}
			if !d.bodyIn(d.lastPair) {
				d.leaderPair = d.lastPair
			}
		}
	}
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

// bilateralAgreementHeads and bilateralCooperationHeads end the names of
// instruments and bodies of two states named first: "the Saudi-Pakistan
// Strategic Mutual Defence Agreement" (agreed), "the China-Pakistan Economic
// Corridor", "the India-Saudi Arabia Strategic Partnership Council"
// (cooperated).
var (
	bilateralAgreementHeads   = wordSet("bilateral-agreement-heads")
	bilateralCooperationHeads = wordSet("bilateral-cooperation-heads")
)

// bilateralNames emits the relation that the name of a two-state
// instrument or body states: two states joined by a hyphen or a dash, then
// capitalized words ending in an agreement or a cooperation head.
func (d *doc) bilateralNames(firstFact int) {
	toks := d.toks
	for j := 0; j+3 < len(toks); j++ {
		a, b, m := d.statePairAt(j)
		if a == "" {
			continue
		}
		h := -1
		for k := m; k < len(toks) && k < m+6 && toks[k].kind == tokWord && toks[k].cap; k++ {
			h = k
		}
		if h < 0 {
			h = d.lowerCooperationHead(m) // "joint South Korea-U.S. air drills"
		}
		if h < 0 {
			continue
		}
		d.ensureState(a)
		d.ensureState(b)
		switch {
		case bilateralAgreementHeads[toks[h].key]:
			d.emit(graph.Agreed, []string{a}, []string{b}, h, -1, 0.7, firstFact)
		case bilateralCooperationHeads[toks[h].key]:
			d.emit(graph.Cooperated, []string{a}, []string{b}, h, -1, 0.7, firstFact)
		}
		j = h
	}
}

// lowerCooperationHead returns the token of a lower-case joint activity
// within three words from token m ("air drills", "naval exercises"; a
// "trade committee" is no act), or -1.
func (d *doc) lowerCooperationHead(m int) int {
	toks := d.toks
	for k := m; k < len(toks) && k < m+3 && toks[k].kind == tokWord && !toks[k].cap; k++ {
		if jointActivities[toks[k].key] {
			return k
		}
	}
	return -1
}

// statePairAt reads two states joined by a hyphen or a dash at token j
// ("Saudi-Pakistan", "Kenya–Fiji"): their IDs and the token after them.
func (d *doc) statePairAt(j int) (a, b string, end int) {
	toks := d.toks
	if !toks[j].cap || toks[j].kind != tokWord {
		return "", "", j
	}
	e1 := d.gazAt(j)
	if e1 == nil || e1.kind != gzState && e1.kind != gzDemonym {
		return "", "", j
	}
	k := j + len(e1.keys)
	if k+1 >= len(toks) || toks[k].key != "-" && toks[k].key != "--" || !toks[k].glued {
		return "", "", j
	}
	e2 := d.gazAt(k + 1)
	if e2 == nil || e2.kind != gzState && e2.kind != gzDemonym || e2.ent.id == e1.ent.id {
		return "", "", j
	}
	return e1.ent.id, e2.ent.id, k + 1 + len(e2.keys)
}

// bodyIn reports whether ids hold an organization: a contract between a
// ministry and a company gives no pair of leaders.
func (d *doc) bodyIn(ids []string) bool {
	for _, id := range ids {
		if k, _ := graph.KindOfID(id); k == graph.KindOrganization {
			return true
		}
	}
	return false
}
