package loader

import (
	"strings"
	"time"

	"github.com/geokg/geokg/graph"
)

// Modality, attribution and dates of a statement: speculative, negated or
// alleged (and by whom), and the date of its own clause.

// modality decides how a fact at trigger token trig is stated.
func (d *doc) modality(trig, subjEnd int, actors []string) (graph.Modality, string) {
	from, mod := d.modalWindow(trig, subjEnd)
	if mod != "" {
		return mod, ""
	}
	for _, rule := range modalityRules {
		if mod := rule(d, trig, subjEnd, from); mod != "" {
			return mod, ""
		}
	}
	if speaker := d.reportedSpeaker(trig, actors); speaker != "" {
		return graph.Alleged, speaker
	}
	return graph.Asserted, ""
}

// modalWindow returns the first token of the trigger's clause whose cues
// govern it (after the subject, a semicolon, a participle's comma, a
// coordinated verb's "and" or a "but"), or speculative when a modal governs
// both coordinated verbs: "will exchange records and coordinate patrols".
func (d *doc) modalWindow(trig, subjEnd int) (int, graph.Modality) {
	toks := d.toks
	from := subjEnd
	if from < 0 || from > trig {
		from = trig - 6
	} else if r := d.relativeClauseAfter(from); r > 0 && r <= trig {
		from = r // "The EU, which suspended budget support after the coup, delivered": the relative's cues are its own
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
			if d.modalAt(j) {
				if !d.speechVerbBetween(0, j) && !d.thatBefore(j) {
					return from, graph.Speculative
				}
				break // "said X would not ... and threatened", "warned that X could ... and accused": the speaker's second act
			}
			if toks[j].key == "to" && j > 0 && baseForm(&toks[trig]) && toks[j-1].flags&fSpeculativeCues != 0 && d.mentionIndexAt(j-1) < 0 {
				return from, graph.Speculative // "is expected to visit China in May and meet Xi": the cue governs both infinitives
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
	return from, ""
}

// modalityRules decide a statement's modality from the words around its
// trigger, in order; the first that answers wins. Each takes the trigger,
// the subject's end and the window start and returns "" when it does not apply.
var modalityRules = []func(d *doc, trig, subjEnd, from int) graph.Modality{
	(*doc).negationCue,
	(*doc).blockedAct,
	(*doc).headlineFuture,
	(*doc).deniedThatClause,
	(*doc).speculativeCue,
	(*doc).modalAfterNoun,
	(*doc).purposeInfinitive,
	(*doc).infinitiveOfCue,
	(*doc).conditionOrUrging,
	(*doc).yesNoQuestion,
}

// questionOpeners open a yes-no question (lexicon/words.txt).
var questionOpeners = wordSet("question-openers")

// yesNoQuestion: the trigger's clause is a yes-no question, "Q: Will X
// send troops to Y?": from its start (the sentence's, or after a label's
// colon) to the question mark that ends it.
func (d *doc) yesNoQuestion(trig, subjEnd, from int) graph.Modality {
	toks := d.toks
	end := trig + 1
	for end < len(toks) && toks[end].key != "?" {
		if k := toks[end].key; k == "." || k == ";" || k == ":" {
			return ""
		}
		end++
	}
	o := 0
	for j := trig - 1; j >= 0; j-- {
		if k := toks[j].key; k == ":" || k == "." || k == ";" || k == "?" {
			o = j + 1
			break
		}
	}
	if end == len(toks) || o >= trig || !questionOpeners[toks[o].key] {
		return ""
	}
	return graph.Speculative
}

// negationCue: "did not condemn", "has yet to condemn", "stopped short of sanctioning".
func (d *doc) negationCue(trig, subjEnd, from int) graph.Modality {
	toks := d.toks
	for j := from; j < trig; j++ {
		if (toks[j].flags&fNegationCues != 0) && d.mentionIndexAt(j) < 0 {
			if nt, ok := d.lx.nouns[toks[trig].key]; ok && nt.typ == graph.Visited && visitVerbs[toks[j].key] {
				continue // "ended a three-nation tour in Ouagadougou": the tour took place
			}
			if j+1 < trig && toks[j+1].key != "without" && d.outcomeBefore(trig) && !d.negationBetween(j+1, trig) {
				continue // "talks ... ended on Monday with an agreement": the agreement was reached
			}
			return graph.Negated
		}
		if j+1 < trig && (toks[j].key == "yet" && toks[j+1].key == "to" || toks[j].key == "short" && toks[j+1].key == "of" || toks[j].key == "abstained" || toks[j].key == "refrained") {
			return graph.Negated // "has yet to condemn", "stopped short of sanctioning"
		}
	}
	return ""
}

// baseForm reports whether word token t may be a verb's base form: no
// past, no "-s", no "-ing" ("meet", "sign"; "hit" too).
func baseForm(t *token) bool {
	k := t.key
	return t.kind == tokWord && !t.cap && (!pastForm(t) || basePastForms[k]) && !strings.HasSuffix(k, "s") && !strings.HasSuffix(k, "ing")
}

// basePastForms are past forms that are also the base form ("hit", "cut"):
// after "to" they are infinitives (lexicon/words.txt).
var basePastForms = wordSet("base-past-forms")

// negationBetween reports whether a negation cue stands in tokens [from, to).
func (d *doc) negationBetween(from, to int) bool {
	for j := from; j < to; j++ {
		if d.toks[j].flags&fNegationCues != 0 {
			return true
		}
	}
	return false
}

// blockedAct: the actor is the modifier of a blocked act, "Hungary blocked EU aid to Ukraine".
func (d *doc) blockedAct(trig, subjEnd, from int) graph.Modality {
	toks := d.toks
	if subjEnd > 0 && subjEnd <= trig {
		// the actor is the modifier of a blocked act: "Hungary blocked EU aid to Ukraine"
		if x := d.mentionIndexAt(subjEnd - 1); x >= 0 {
			b := d.startOf(x) - 1
			for b >= 0 && (toks[b].key == "the" || toks[b].key == "new" || toks[b].key == "further" || toks[b].key == "any") {
				b--
			}
			if b >= 0 && blockVerbs[toks[b].key] {
				return graph.Negated
			}
		}
	}
	return ""
}

// headlineFuture: "Germany to send air defence systems to Ukraine".
func (d *doc) headlineFuture(trig, subjEnd, from int) graph.Modality {
	toks := d.toks
	if trig > 0 && toks[trig-1].key == "to" && trig > 1 && d.mentionIndexAt(trig-2) >= 0 && !d.ments[d.mentionIndexAt(trig-2)].poss &&
		!d.prepObject(d.ments[d.mentionIndexAt(trig-2)].from) {
		// a headline's future: "Germany to send air defence systems to Ukraine"
		// (not the purpose of a trip: "travelled to Minsk to meet Lukashenko")
		return graph.Speculative
	}
	return ""
}

// deniedThatClause: "the Kremlin denied that Russian jets attacked ...".
func (d *doc) deniedThatClause(trig, subjEnd, from int) graph.Modality {
	toks := d.toks
	// a denied that-clause: "the Kremlin denied that Russian jets attacked ..."
	for j := trig - 1; j > 0 && j >= trig-14; j-- {
		if toks[j].key == ";" || toks[j].key == "." {
			break
		}
		if toks[j].key == "that" && (denialVerbs[toks[j-1].key] || d.deniedClaim(j-1)) {
			if subjEnd >= 0 && subjEnd < j-1 && toks[trig-1].key == "and" {
				break // "X denied that ... and condemned Y": the second verb is X's, not denied
			}
			return graph.Negated
		}
	}
	return ""
}

// claimNouns take a that-clause a denial verb can deny (lexicon/words.txt).
var claimNouns = wordSet("claim-nouns")

// deniedClaim reports whether token k is a claim noun that a denial verb
// governs from at most four words before: "rejected as baseless claims",
// "denied the reports".
func (d *doc) deniedClaim(k int) bool {
	toks := d.toks
	if !claimNouns[toks[k].key] {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if denialVerbs[toks[j].key] {
			return true
		}
		if toks[j].kind != tokWord {
			return false
		}
	}
	return false
}

// speculativeCue: a hedge in the window, "could", "plans", "close to a deal".
func (d *doc) speculativeCue(trig, subjEnd, from int) graph.Modality {
	toks := d.toks
	// a vow of a threat is the threat: "vowed to retaliate against X"
	vt, isVerb := d.lx.verbs[toks[trig].key]
	threat := isVerb && vt.typ == graph.Threatened
	metNoun := false
	if nt, ok := d.lx.nouns[toks[trig].key]; ok && (nt.typ == graph.Met || nt.typ == graph.Cooperated) {
		metNoun = true // ("discussed the deepening partnership": the partnership exists)
	}
	for j := from; j < trig; j++ {
		if (toks[j].flags&fSpeculativeCues != 0) && d.mentionIndexAt(j) < 0 && !d.inDate(j) && !(metNoun && strings.HasPrefix(toks[j].key, "discuss")) && !(threat && vowWords[toks[j].key]) && !superlativePossible(toks, j) {
			// ("discussed X in a phone call": the call took place)
			return graph.Speculative
		}
		if j+1 < trig && (toks[j].key == "close" || toks[j].key == "closer" || toks[j].key == "nearer") && toks[j+1].key == "to" {
			return graph.Speculative // "close to a deal"
		}
		if j > 0 && j+1 < trig && scheduleWords[toks[j].key] && toks[j+1].key == "to" && toks[j-1].flags&fBeForms != 0 {
			return graph.Speculative // "is due to visit", "was slated to meet" (not "damage due to the strikes")
		}
	}
	return ""
}

// scheduleWords put an act on a timetable after a form of "be" and before
// "to": "is due to visit" (lexicon/words.txt).
var scheduleWords = wordSet("schedule-words")

// superlativePossible reports whether token j is "possible" after a
// superlative, an intensifier: "condemns in the strongest possible terms
// the strike" tells of no possibility.
func superlativePossible(toks []token, j int) bool {
	return toks[j].key == "possible" && j > 0 && strings.HasSuffix(toks[j-1].key, "est")
}

// modalAfterNoun: "his first trip abroad would be to Quito".
func (d *doc) modalAfterNoun(trig, subjEnd, from int) graph.Modality {
	toks := d.toks
	if _, noun := d.lx.nouns[toks[trig].key]; noun {
		// "his first trip abroad would be to Quito": a modal after the noun
		for j := trig + 1; j+1 < len(toks) && j <= trig+3; j++ {
			if toks[j].kind != tokWord {
				break
			}
			if toks[j].flags&fSpeculativeCues != 0 && toks[j+1].key == "be" {
				return graph.Speculative
			}
		}
		if d.modalAfterComplement(trig) {
			return graph.Speculative
		}
	}
	return ""
}

// modalAfterComplement reports whether the event noun at token trig, with
// its complement ("talks between the two sides"), is the subject of a
// modal or of a plan participle: "a new round of talks between X and Y
// could open next month", "a visit by X to Y is planned".
func (d *doc) modalAfterComplement(trig int) bool {
	toks := d.toks
	for j := trig + 1; j < len(toks) && j <= trig+10; j++ {
		t := &toks[j]
		switch {
		case t.kind != tokWord:
			if d.mentionIndexAt(j) < 0 {
				return false
			}
		case d.modalAt(j):
			return j+1 < len(toks) && toks[j+1].kind == tokWord
		case (t.key == "is" || t.key == "are") && d.planAfterBe(j+1):
			return true // "a visit by X to Y is being planned for December"
		case t.key == "and" || t.key == "between" || t.key == "of" || t.key == "with" || t.key == "the" || t.key == "to" || t.key == "by" || d.mentionIndexAt(j) >= 0:
		case d.lx.isVerbishTok(t) || strings.HasSuffix(t.key, "ed"):
			return false
		}
	}
	return false
}

// planAfterBe reports whether a plan participle opens at token j (after
// "being"), followed by "for" or a date: "(is) being planned for
// December", "(are) scheduled on Tuesday"; not "(was) due to failures",
// "set up by Qatar" or "expected to boost trade".
func (d *doc) planAfterBe(j int) bool {
	toks := d.toks
	if j < len(toks) && toks[j].key == "being" {
		j++
	}
	if j+1 >= len(toks) || !planParticiples[toks[j].key] {
		return false
	}
	k := j + 1
	if toks[k].flags&fPrepositions != 0 && toks[k].key != "for" && k+1 < len(toks) {
		k++ // "scheduled on Tuesday", "planned in July"
	}
	return toks[j+1].key == "for" || d.inDate(k)
}

// purposeInfinitive: "in talks to restore relations".
func (d *doc) purposeInfinitive(trig, subjEnd, from int) graph.Modality {
	toks := d.toks
	if trig > 1 && toks[trig-1].key == "to" && purposeNouns[toks[trig-2].key] {
		return graph.Speculative // "in talks to restore relations"
	}
	// a noun trigger two words into the infinitive: "an agreement to expand supplies"
	if trig > 2 && toks[trig-2].key == "to" && purposeNouns[toks[trig-3].key] && toks[trig-1].kind == tokWord && !toks[trig-1].cap &&
		d.isNounTrigger(trig) {
		return graph.Speculative
	}
	return ""
}

// infinitiveOfCue: "threatened to widen its strikes on X", "agreed to supply".
func (d *doc) infinitiveOfCue(trig, subjEnd, from int) graph.Modality {
	toks := d.toks
	// the infinitive complement of a cue: "threatened to widen its strikes on X"
	for j := trig - 1; j > 0 && j >= trig-5; j-- {
		if toks[j].kind == tokPunct || toks[j].flags&fClauseBreakWords != 0 {
			break
		}
		if toks[j].key != "to" {
			continue
		}
		c := j - 1
		for c > 0 && d.inDate(c) || c > 1 && toks[c].key == "on" && d.inDate(c+1) {
			c-- // "agreed on Thursday to send troops"
		}
		if (toks[c].flags&fSpeculativeCues != 0 || commitVerbs[toks[c].key]) && d.mentionIndexAt(c) < 0 {
			if d.madeByCue(trig, c) {
				return ""
			}
			return graph.Speculative // "agreed to supply air defence systems": not yet supplied
		}
	}
	return ""
}

// madeByCue reports whether the cue at token c makes the fact of the
// trigger at trig in its infinitive rather than plan it: a vow of
// retaliation is a threat ("vowed to retaliate against X").
func (d *doc) madeByCue(trig, c int) bool {
	tr, ok := d.lx.verbs[d.toks[trig].key]
	return ok && tr.typ == graph.Threatened && vowVerbs[d.toks[c].key]
}

// vowVerbs make the threat of a threatening verb in their infinitive:
// "vowed to retaliate" (lexicon/words.txt).
var vowVerbs = wordSet("vow-verbs")

// conditionOrUrging: a condition ("if", "unless") or the action someone is
// urged to take, "urged Israel and Hamas to accept the deal".
// reducedRelative reports whether the trigger at token trig is a past
// participle after a noun with its agent or sides after it ("implement the
// Washington Accords signed between the DRC and Rwanda"): a done act named
// inside the urged one.
func (d *doc) reducedRelative(trig int) bool {
	toks := d.toks
	p := trig - 1
	if p > 0 && toks[p].key == "," && d.mentionIndexAt(p-1) < 0 {
		p-- // set off by a comma: "respect the Argyle Declaration, signed by X and Y"
	}
	return trig > 0 && strings.HasSuffix(toks[trig].key, "ed") && toks[p].kind == tokWord &&
		toks[p].flags&(fVerbAux|fBeForms|fNpFillers) == 0 && (d.byAfterAdjuncts(trig+1) || d.byAfterSlot(trig+1) || d.betweenAfterAdjuncts(trig+1) >= 0)
}

// relativeOfLand reports whether the trigger at token trig, its subject
// ending at subjEnd, is a relative clause after a noun of land ("withdraw
// from the territories it has occupied") or, in the past, after any noun
// ("respect the ceasefire it agreed with Lebanon"): its own clause, which
// the urging around it does not govern.
func (d *doc) relativeOfLand(subjEnd, trig int) bool {
	toks := d.toks
	if subjEnd < 1 || subjEnd > trig {
		return false
	}
	x := d.mentionIndexAt(subjEnd - 1)
	if x < 0 {
		return false
	}
	w := d.startOf(x) - 1
	if w >= 1 && (toks[w].key == "that" || toks[w].key == "which") {
		w--
	}
	return w >= 0 && (landNouns[toks[w].key] || pastForm(&toks[trig]) && !basePastForms[toks[trig].key] && d.determinedNoun(w) && d.objectGapAfter(trig))
}

// objectGapAfter reports whether the verb at token trig has no object of
// its own, as in an object relative ("the ceasefire it agreed with
// Lebanon", "the treaty that it signed in 1994"): a preposition, a date or
// the clause's end follows. "the report that Iran supplied missiles" is a
// noun's complement, its verb's object named.
func (d *doc) objectGapAfter(trig int) bool {
	k := trig + 1
	if k >= len(d.toks) {
		return true
	}
	t := &d.toks[k]
	return t.kind == tokPunct || t.flags&fPrepositions != 0 || d.inDate(k)
}

// determinedNoun reports whether token w ends a noun phrase that a
// determiner opens, lower-case words between ("the ceasefire", "the
// cooperation agreement"): the head of an object relative ("the ceasefire
// it agreed with Lebanon"), whose past verb the urging around it does not
// govern.
func (d *doc) determinedNoun(w int) bool {
	toks := d.toks
	for k := w; k >= 0 && k >= w-3; k-- {
		t := &toks[k]
		if t.kind != tokWord || t.cap || t.flags&(fPrepositions|fVerbAux|fBeForms|fSpeechVerbs) != 0 {
			return false
		}
		if k < w && (t.key == "the" || t.key == "its" || t.key == "their" || t.key == "this" || t.key == "that" || t.key == "a" || t.key == "an") {
			return true
		}
	}
	return false
}

func (d *doc) conditionOrUrging(trig, subjEnd, from int) graph.Modality {
	toks := d.toks
	for j := 0; j < trig; j++ {
		if toks[j].key == "if" || toks[j].key == "unless" {
			return graph.Speculative
		}
		// the action someone is urged to take has not happened: "urged Israel and Hamas to accept the deal"
		if d.urgeAt(j) && d.mentionIndexAt(j) < 0 && !(toks[trig-1].key == "and" && (d.urgeAt(trig) || pastForm(&toks[trig]) && !basePastForms[toks[trig].key])) && !d.duringNoun(trig) && !d.ceasedAct(trig) {
			// ("urged X to halt ... and pressed Y to ...": the second urging is made, not urged;
			// "urged X to stop ... and accused Y of ...": a past tense is no infinitive's,
			// unless it is also the base form: "to halt its offensive and hit Hezbollah")
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
			if sawTo && !d.relativeOfLand(subjEnd, trig) && !d.reducedRelative(trig) {
				return graph.Speculative
			}
		}
	}
	return ""
}

// reportedSpeaker returns who reports the statement at trig in the
// sentence ("X says ...", "..., X said", "according to X"), unless it is the
// publisher or an actor of the statement itself, or "".
func (d *doc) reportedSpeaker(trig int, actors []string) string {
	toks := d.toks
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
		if src, ok := d.accordingSource(j, trig, actors); ok {
			if src == "" {
				continue
			}
			return src
		}
		var speaker []string
		if j < trig && d.isPassive(j) {
			speaker = d.byAgent(j + 1) // "Israel was accused by Iran of ..."
		} else if s, _ := d.verbSeriesSubject(j); j < trig && s != nil {
			speaker = s // "X summoned Y's envoy, accused Moscow of ... and urged it": X speaks
		} else if j < trig {
			speaker = d.speechSubject(j)
		} else {
			speaker = d.speakerAfterStatement(j, trig)
		}
		if len(speaker) == 0 || speaker[0] == d.publisher || contains(actors, speaker[0]) {
			continue
		}
		return speaker[0]
	}
	return ""
}

// speakerAfterStatement returns the speaker of a speech verb at token j
// after the statement at trig: the name just before it after a comma or
// a quote ("..., Seoul said", "..., North Korea's state media said"), an
// "according to" source, or the name just after it ("..., said X").
func (d *doc) speakerAfterStatement(j, trig int) []string {
	toks := d.toks
	var speaker []string
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
	if speaker == nil {
		speaker = d.accordingTo(j)
	}
	if speaker == nil && j+1 < len(toks) && j > 0 && (toks[j-1].key == "," || toks[j-1].key == `"`) {
		if x := d.mentionIndexAt(j + 1); x >= 0 {
			speaker = d.ments[x].ids
		} else if x := d.titledAt(j + 1); x >= 0 {
			speaker = d.ments[x].ids
		}
	}
	return speaker
}

// accordingSource handles "according to X" at token j for the statement
// at trig, before it or in a relative clause after it ("companies that,
// according to the EU Council, supplied"): X is the source of the clause it
// stands in, or of what follows it. ok is false when j is no such phrase;
// the source is "" when it does not report the statement.
func (d *doc) accordingSource(j, trig int, actors []string) (string, bool) {
	if d.toks[j].key != "according" || j > trig && !d.relativeWordBetween(trig, j) {
		return "", false
	}
	var speaker []string
	if j < trig {
		speaker = d.accordingTo(j)
	}
	if len(speaker) == 0 || speaker[0] == d.publisher || contains(actors, speaker[0]) {
		return "", true
	}
	return speaker[0], true
}

// accordingTo returns the source named by "according to X" at token j, or nil.
func (d *doc) accordingTo(j int) []string {
	toks := d.toks
	if toks[j].key != "according" || j+2 >= len(toks) || toks[j+1].key != "to" {
		return nil
	}
	for b := j + 2; b < len(toks) && b <= j+4; b++ {
		if x := d.mentionIndexAt(b); x >= 0 {
			return d.ments[x].ids
		}
	}
	return nil
}

// relativeWordBetween reports whether a relative pronoun ("that", "which",
// "who") opens a clause between tokens a and b.
func (d *doc) relativeWordBetween(a, b int) bool {
	for j := a + 1; j < b; j++ {
		if d.toks[j].flags&fRelativeWords != 0 || d.subjectThat(j) {
			return true
		}
	}
	return false
}

// speechSubject returns the subject of the speech verb at j: subjectAt's,
// corrected for a verb coordinated after another verb's object ("thanked
// Türkiye ... and accused the UAE": the sentence's subject, not Türkiye).
func (d *doc) speechSubject(j int) []string {
	s, e := d.subjectAt(j)
	if j > 0 && d.toks[d.conjunctionBefore(j)].key == "and" {
		c := &verbClause{i: j, conj: d.conjunctionBefore(j), subj: s, subjEnd: e}
		d.objectNotSubject(c)
		return c.subj
	}
	return s
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

// urgeAt reports whether token j starts an urged trigger ("urged", "called
// on", "appealed to") or a verb of request ("To request X to ...").
func (d *doc) urgeAt(j int) bool {
	toks := d.toks
	if vt, ok := d.lx.verbs[toks[j].key]; ok {
		return vt.typ == graph.Urged
	}
	if requestVerbs[toks[j].key] && d.requestVerbAt(j) {
		return true // "To request the Secretary General to continue to provide ...": asked, not done
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

// requestVerbAt reports whether the request word at token j is a verb: a
// past or a participle ("requested", "requesting"), or after "to" or a
// party ("To request", "Kenya requests"), not a noun ("a request to the
// alliance").
func (d *doc) requestVerbAt(j int) bool {
	k := d.toks[j].key
	if strings.HasSuffix(k, "ed") || strings.HasSuffix(k, "ing") {
		return true
	}
	return j > 0 && (d.toks[j-1].key == "to" || d.mentionIndexAt(j-1) >= 0)
}

// requestVerbs ask for an action without being urged facts of their own
// (their object is as often a thing as a party: "requested an urgent
// meeting"); the action they ask for has not happened (lexicon/words.txt).
var requestVerbs = wordSet("request-verbs")

// dateSource says where a fact's date comes from.
type dateSource uint8

const (
	dateOfEvent     dateSource = iota // an event date of its own sentence
	dateOfStatement                   // the date of the statement reporting it ("said Wednesday")
	dateOfStory                       // the story's date so far
	dateOfPublished                   // the publication date: nothing dated yet
)

// dateFor returns the date of a fact whose trigger is token trig, and where
// it comes from: the nearest event date of the trigger's clause, else of the
// clauses around it (innermost first); else the date of the statement that
// reports it ("..., the ministry said Wednesday"); else the date of the
// story so far (for a pluperfect, "had travelled", the last date named in a
// main clause, whatever its paragraph); else, before any date, the
// publication date (the headline and lead report what is new as of
// publication).
func (d *doc) dateFor(trig int) (graph.Date, dateSource) {
	dt, src := d.unshiftedDate(trig)
	if src == dateOfEvent && dt.from == d.clauseAt[trig] {
		return dt.date, src
	}
	return shiftDate(dt.date, d.shiftFrom(trig, dt.from)), src
}

// plannedDate returns the date of a planned or expected act at token trig
// dated by a date mention of the sentence whose week or year the text
// leaves open ("on Tuesday", "in July"): its next occurrence from
// publication, where a past act's is its last. A trigger in the past
// ("accused ... on Thursday") or a date governed by a past verb
// ("threatened on Saturday to shoot down") keeps the date as it is.
func (d *doc) plannedDate(date graph.Date, trig int) graph.Date {
	if d.pastAct(trig) || strings.HasSuffix(d.toks[trig].key, "ing") {
		return date // ("may be sending drones ... in March": under way, not planned)
	}
	pub := newAnchor(d.meta.Published)
	for _, dm := range d.dates {
		if dm.recur == recurNone || dm.date != date {
			continue
		}
		if d.pastVerbBefore(dm.from, trig) || dm.to <= trig && d.pastVerbBetween(dm.to, trig) || !d.dateOfPlan(dm, trig) {
			return date
		}
		return dm.ahead(pub)
	}
	return date
}

// firstBefore reports whether "first" qualifies the noun at token trig
// ("his first visit", "the first such attack").
func (d *doc) firstBefore(trig int) bool {
	for k := trig - 1; k >= 0 && k >= trig-3; k-- {
		if d.toks[k].key == "first" {
			return true
		}
		if d.toks[k].kind != tokWord {
			return false
		}
	}
	return false
}

// dateOfPlan reports whether date mention dm may date the plan at token
// trig: not a bound of a period ("planning to attack ... since March"), and
// not after a comma that ends the plan's clause ("may send drones,
// according to a report in March").
func (d *doc) dateOfPlan(dm dateMention, trig int) bool {
	if d.boundsPeriod(dm.from) {
		return false
	}
	for k := trig + 1; k < dm.from; k++ {
		if d.toks[k].key == "," || d.toks[k].key == ";" {
			return false
		}
	}
	return true
}

// pastAct reports whether the trigger at token trig tells an act in the
// past: a past form that no "be" turns into a passive of a plan ("will be
// sanctioned in July").
func (d *doc) pastAct(trig int) bool {
	return pastForm(&d.toks[trig]) && !(trig > 0 && (d.toks[trig-1].key == "be" || d.toks[trig-1].key == "being"))
}

// pastVerbBefore reports whether a past form other than a plan participle
// governs the date that opens at token j: the nearest verb form before it
// in its clause, and after the trigger at trig when that comes first
// ("urged Milei on Tuesday not to block", "threatened on Saturday to shoot
// down"). A modal, a cue of intent or a plan participle puts the date
// ahead ("will fly to Hanoi on Saturday", "intends to visit Canberra in
// May", "planned for December").
func (d *doc) pastVerbBefore(j, trig int) bool {
	stop := 0
	if trig < j {
		stop = trig + 1
	}
	for k := j - 1; k >= stop; k-- {
		t := &d.toks[k]
		switch {
		case t.kind != tokWord && strings.Contains(",;:-–—", t.key) || t.key == "that":
			return false // ("announced that on Thursday X will visit": another clause's verb)
		case planParticiples[t.key]:
			return false
		case pastForm(t):
			return true
		case t.flags&fSpeculativeCues != 0:
			return false
		}
	}
	return false
}

// futureModalBefore reports whether a modal of the future ("will",
// "would", "shall") stands in the three words before the trigger at trig:
// "will not visit India in July" is a plan, negated.
func (d *doc) futureModalBefore(trig int) bool {
	for k := trig - 1; k >= 0 && k >= trig-3; k-- {
		switch d.toks[k].key {
		case "will", "would", "shall", "'ll":
			return true
		}
	}
	return false
}

// pastVerbBetween reports whether a past form other than a plan
// participle stands in tokens [from, to): "On Monday, X urged Ethiopia to
// ...": the date is the urging's.
func (d *doc) pastVerbBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if pastForm(&d.toks[k]) && !planParticiples[d.toks[k].key] {
			return true
		}
	}
	return false
}

// planParticiples put the date they govern ahead (lexicon/words.txt).
var planParticiples = wordSet("plan-participles")

// clauseDate is a date found for a fact and the clause it belongs to (-1:
// the story's or the publication's).
type clauseDate struct {
	date graph.Date
	from int16
}

// shiftFrom adds up the shifts of the clauses from the trigger's up to
// clause outer (excluded; -1: all): "The launch came two days after
// Takaichi met Lee": the meeting is two days before the launch's date.
func (d *doc) shiftFrom(trig int, outer int16) int {
	d.segmentClauses()
	shift := 0
	for c := d.clauseAt[trig]; c >= 0 && c != outer; c = d.clauses[c].parent {
		shift += d.clauses[c].shift
	}
	return shift
}

// unshiftedDate is dateFor before the shifts of "two days after" clauses.
func (d *doc) unshiftedDate(trig int) (clauseDate, dateSource) {
	if len(d.dates) > 0 {
		d.segmentClauses()
		for c := d.clauseAt[trig]; c >= 0; c = d.clauses[c].parent {
			if x := d.nearestDate(trig, c); x >= 0 {
				return clauseDate{d.dates[x].date, c}, dateOfEvent
			}
		}
		for _, dm := range d.dates {
			if dm.speech && dm.date.Known() && d.inClause(d.clauseAt[trig], d.clauseAt[dm.from]) {
				return clauseDate{dm.date, d.clauseAt[dm.from]}, dateOfStatement // only the statement is dated
			}
		}
		for _, dm := range d.dates {
			if dm.speech && dm.date.Known() && d.clauses[d.clauseAt[dm.from]].parent < 0 {
				return clauseDate{dm.date, -1}, dateOfStatement // a trailing attribution: "..., the ministry said Wednesday"
			}
		}
	}
	if d.lastMainDate.Known() && d.pluperfect(trig) {
		return clauseDate{d.lastMainDate, -1}, dateOfStory
	}
	if d.meta.Published.Known() && d.presentPerfect(trig) {
		return clauseDate{d.meta.Published, -1}, dateOfPublished
	}
	if d.lastDate.Known() {
		return clauseDate{d.lastDate, -1}, dateOfStory
	}
	return clauseDate{d.meta.Published, -1}, dateOfPublished
}

// duringNoun reports whether the noun at trig heads a "during" phrase
// ("urged X to release Y during talks with Z"): the talks frame the urging,
// they are not what X is urged to do.
func (d *doc) duringNoun(trig int) bool {
	return d.wordBefore(trig, 3, func(w string) bool { return w == "during" })
}

// wordBefore reports whether one of the n words before token trig is a
// word cue accepts, with only lower-case words between them.
func (d *doc) wordBefore(trig, n int, cue func(string) bool) bool {
	toks := d.toks
	for j := trig - 1; j >= 0 && j >= trig-n; j-- {
		if cue(toks[j].key) {
			return true
		}
		if toks[j].kind != tokWord || toks[j].cap {
			return false
		}
	}
	return false
}

// cessationVerbs end an act under way: "urged Israel to halt its strikes
// on Lebanon" tells of strikes made (lexicon/words.txt).
var cessationVerbs = wordSet("cessation-verbs")

// ceasedAct reports whether the event noun at trig is the object of a
// cessation verb, with at most three lower-case words between them ("halt
// its air strikes"): the act is under way, whoever urges its end.
func (d *doc) ceasedAct(trig int) bool {
	return d.isNounTrigger(trig) && d.wordBefore(trig, 4, func(w string) bool { return cessationVerbs[w] })
}

// isNounTrigger reports whether the token at j is an event noun of the lexicon.
func (d *doc) isNounTrigger(j int) bool {
	_, ok := d.lx.nouns[d.toks[j].key]
	return ok
}

// modalAt reports whether token j is a modal auxiliary; "May" with a
// capital inside a sentence is the month ("visited Dushanbe on May 12 and
// met ...").
func (d *doc) modalAt(j int) bool {
	t := &d.toks[j]
	return modalAux[t.key] && !(t.cap && j > 0 && t.flags&fMonth != 0)
}

// inDate reports whether token j is part of a date expression ("in May").
func (d *doc) inDate(j int) bool {
	for _, dm := range d.dates {
		if dm.from <= j && j < dm.to {
			return true
		}
	}
	return false
}

// pluperfect reports whether the verb at token trig is in the past perfect
// ("had travelled", "had already met"): an event before the story's time.
func (d *doc) pluperfect(trig int) bool {
	return d.perfectWith(trig, "had")
}

// presentPerfect reports whether the trigger at trig is in the present
// perfect ("Türkiye has sent 20,000 tons of aid since the war began"): a
// state of things up to the report, dated by it, not by the story's date.
func (d *doc) presentPerfect(trig int) bool {
	return d.perfectWith(trig, "has") || d.perfectWith(trig, "have")
}

// perfectWith reports whether the auxiliary aux stands right before the
// trigger at trig, adverbs aside ("had already travelled").
func (d *doc) perfectWith(trig int, aux string) bool {
	for j := trig - 1; j >= 0 && j >= trig-2; j-- {
		k := d.toks[j].key
		if k == aux {
			return true
		}
		if d.toks[j].kind != tokWord || d.toks[j].cap || !strings.HasSuffix(k, "ly") && k != "already" && k != "earlier" && k != "also" {
			return false
		}
	}
	return false
}

// dateReportedFacts gives a fact dated only by the report of it (the
// publication date of a headline or a lead before any date, or the date of
// the statement that reports it) the event date that the same fact has
// elsewhere in the document, when that day lies in the week before the
// report: "Mali accuses Ukraine" (headline) over "Mali on Monday accused
// Ukraine" or over "On Monday, ... The ministers discussed ..." (the
// story's date); "is visiting Pyongyang, state media said Wednesday" over
// "arrived in Pyongyang on Tuesday".
func (d *doc) dateReportedFacts() {
	for i := range d.facts {
		f := &d.facts[i]
		if f.dateFrom != dateOfPublished && f.dateFrom != dateOfStatement || f.date.Prec() != graph.DateDay {
			continue
		}
		report, err := time.Parse("2006-01-02", f.date.Value)
		if err != nil {
			continue
		}
		for _, g := range d.facts {
			if g.dateFrom != dateOfEvent && g.dateFrom != dateOfStory || g.typ != f.typ || g.date.Prec() != graph.DateDay || !sameEnds(f, &g) {
				continue
			}
			t, err := time.Parse("2006-01-02", g.date.Value)
			if err != nil || t.After(report) || t.Before(report.AddDate(0, 0, -7)) {
				continue
			}
			f.date = g.date
			d.stmts[f.event].date = g.date
			break
		}
	}
}

// dateRestatedFacts gives a fact that its sentence states twice (an event
// noun and the verb of a clause that qualifies it: "under the agreement
// that the two Governments signed in February 2025") the date that one
// statement has of its own clause, when the other has only the story's,
// the statement's or the publication's date.
func (d *doc) dateRestatedFacts() {
	for i := range d.facts {
		f := &d.facts[i]
		if f.dateFrom == dateOfEvent {
			continue
		}
		for j := range d.facts {
			g := &d.facts[j]
			if g.sent == f.sent && g.dateFrom == dateOfEvent && g.typ == f.typ && g.event != f.event && sameEnds(f, g) {
				f.date, f.dateFrom = g.date, dateOfEvent
				d.stmts[f.event].date = g.date
				break
			}
		}
	}
}

// sameEnds reports whether facts f and g join the same two entities (in
// either order for a symmetric type).
func sameEnds(f, g *fact) bool {
	return f.from == g.from && f.to == g.to || f.typ.Symmetric() && f.from == g.to && f.to == g.from
}

// nearestDate returns the index of the known event date of clause c nearest
// to token trig, or -1.
func (d *doc) nearestDate(trig int, c int16) int {
	best, bestDist := -1, 1<<30
	for x, dm := range d.dates {
		if dm.speech || !dm.date.Known() || d.clauseAt[dm.from] != c {
			continue
		}
		if dm.future && d.pastAct(trig) {
			continue // "met last week and agreed to meet again next year": not the agreement's date
		}
		if d.possessiveDate(dm) && (trig < dm.to || trig > dm.to+3) {
			continue // "condemned Saturday's ambush": the ambush's date, not the condemnation's
		}
		if dm.from > trig && d.condemnedEventDate(dm.from, trig) {
			continue // "condemned the attack ... on 27 October": the attack's date, not the condemnation's
		}
		if dm.from > trig && d.recordParticipleDate(dm.from, trig) {
			continue // "urged all parties to respect the ceasefire signed in Washington last year": the ceasefire's date
		}
		if dm.from > trig && d.infinitiveEventBetween(trig, dm.from) {
			continue // "agreed to reactivate the mechanism and to meet again in January": the meeting's date
		}
		if d.boundsPeriod(dm.from) && (d.inOtherApposition(dm.from, trig) || d.firstBefore(trig) && dm.from > trig) {
			// ("his first visit to Guyana since 2024": the visit ends the period)
			continue // "visited Bamako last week, his sixth trip since 2023, and met X": the trip count's bound
		}
		dist := dm.from - trig
		if dist < 0 {
			dist = -dist
		}
		if d.otherConjunct(dm, trig) {
			dist += 1000 // "arrived on Wednesday and held talks ... on Thursday": the talks' own date first
		}
		if d.datelineDate(dm) {
			dist += 500 // "NAIROBI, March 26 (Reuters) - The shelling ... on Wednesday": the clause's own date first
		}
		if dist < bestDist {
			best, bestDist = x, dist
		}
	}
	return best
}

// infinitiveEventBetween reports whether an infinitive of another event
// ("to meet", "to send") stands between the trigger at trig and token at:
// a date after it dates that event, not the trigger's.
func (d *doc) infinitiveEventBetween(trig, at int) bool {
	toks := d.toks
	for k := trig + 1; k+1 < at; k++ {
		if toks[k].key != "to" || toks[k+1].cap {
			continue
		}
		if _, ok := d.lx.verbs[toks[k+1].key]; ok && !d.inDate(k+1) {
			return true
		}
	}
	return false
}

// possessiveDate reports whether date dm is a possessive ("Saturday's
// ambush", "last week's strikes"): it dates the noun it qualifies (a
// trigger within three words after it), not the clause or the story.
func (d *doc) possessiveDate(dm dateMention) bool {
	return d.toks[dm.to-1].poss
}

// recordParticipleDate reports whether the date at token i is in a
// participle phrase that qualifies a noun after the trigger at trig ("the
// ceasefire signed in Washington last year", "the Five-Point Consensus
// adopted in April 2021"): the participle is a record participle after a
// noun, with no punctuation between it and the date.
func (d *doc) recordParticipleDate(i, trig int) bool {
	toks := d.toks
	for k := i - 1; k > trig+1 && k >= i-6; k-- {
		t := &toks[k]
		if t.kind == tokPunct {
			return false
		}
		if recordParticiples[t.key] && !t.cap {
			prev := &toks[k-1]
			return prev.kind == tokWord && !beForms[prev.key] && !verbAux[prev.key] && prev.flags&fPrepositions == 0 && !d.lx.isVerbishTok(prev) &&
				!strings.HasSuffix(prev.key, "ly") // (an adverb before: a finite verb)
		}
	}
	return false
}

// recordParticiples qualify an agreement or a measure by when it was made
// (lexicon/words.txt).
var recordParticiples = wordSet("record-participles")

// inOtherApposition reports whether token i is inside a noun phrase set
// off by commas that opens with a determiner ("..., his sixth trip to the
// Sahel since 2023, ...") and token trig is outside it.
func (d *doc) inOtherApposition(i, trig int) bool {
	toks := d.toks
	open := -1
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		if toks[k].key == "," {
			open = k
			break
		}
		if toks[k].kind == tokPunct && toks[k].key != "-" {
			return false
		}
	}
	if open < 0 || open+1 >= len(toks) || !appositionOpeners[toks[open+1].key] {
		return false
	}
	closeAt := len(toks)
	for k := i + 1; k < len(toks); k++ {
		if toks[k].key == "," || toks[k].key == "." || toks[k].key == ";" {
			closeAt = k
			break
		}
	}
	return trig < open || trig > closeAt
}

// appositionOpeners open a noun phrase in apposition (lexicon/words.txt).
var appositionOpeners = wordSet("apposition-openers")

// datelineDate reports whether date dm is a wire dateline's ("NAIROBI,
// March 26 (Reuters) -", "ADDIS ABABA, Dec 3 (ENA) -"): after capitalized
// words only, before the dateline's dash with at most an agency in
// brackets between. It is the story's day, not the day of what the
// sentence tells when the sentence names another.
func (d *doc) datelineDate(dm dateMention) bool {
	toks := d.toks
	if dm.from == 0 || dm.from > 6 {
		return false
	}
	for k := 0; k < dm.from; k++ {
		if toks[k].kind == tokWord && !toks[k].cap {
			return false
		}
	}
	for k := dm.to; k < len(toks) && k <= dm.to+6; k++ {
		switch t := &toks[k]; {
		case t.key == "-" || t.key == "—" || t.key == "–" || t.key == "--":
			return true
		case t.kind == tokWord && !t.cap:
			return false
		}
	}
	return false
}

// otherConjunct reports whether date dm stands in another conjunct of a
// coordinated predicate than the trigger at trig: "X arrived in Colombo on
// Wednesday and held talks with Y on Thursday". A date opening the sentence
// ("On Wednesday, X accused ... and warned ...") dates every conjunct.
func (d *doc) otherConjunct(dm dateMention, trig int) bool {
	toks := d.toks
	a, b := dm.to, trig
	if dm.from > trig {
		a, b = trig+1, dm.from
	} else if dm.from <= 1 && dm.to < len(toks) && toks[dm.to].key == "," {
		return false
	}
	for j := a; j < b && j+1 < len(toks); j++ {
		if toks[j].key == "and" && d.predicateAt(j+1) {
			return true
		}
	}
	return false
}

// predicateAt reports whether token j starts a verb phrase: a trigger, a
// speech verb, or a lower-case past form ("and held talks", "and warned").
func (d *doc) predicateAt(j int) bool {
	t := &d.toks[j]
	if t.kind != tokWord || t.cap {
		return false
	}
	_, phrase := d.lx.phrases[t.key]
	return phrase || d.lx.isVerbTriggerTok(t) || t.flags&fSpeechVerbs != 0 || strings.HasSuffix(t.key, "ed")
}

// condemnedEventDate reports whether the date at token from dates an attack
// that a criticism before it names: "condemned the attack carried out by
// Al-Shabaab on a police camp on 27 October" (within 25 words, no
// clause break; the attack after token after, so that the attack's own fact
// keeps its date).
func (d *doc) condemnedEventDate(from, after int) bool {
	toks := d.toks
	for j := from - 1; j > after && j >= from-25; j-- {
		if k := toks[j].key; k == "." || k == ";" {
			return false
		}
		if !d.lx.isAttackWord(toks[j].key) {
			continue
		}
		for v := j - 1; v >= 0 && v >= j-5; v-- {
			if tr, ok := d.lx.verbs[toks[v].key]; ok && tr.typ == graph.Criticized {
				return true
			}
		}
		return false
	}
	return false
}

// dateOfCondemnedAct reports whether date dt of a criticism at token trig
// is the date of the attack it condemns, written after the trigger inside
// the attack's phrase.
func (d *doc) dateOfCondemnedAct(trig int, dt graph.Date) bool {
	for _, dm := range d.dates {
		if dm.from > trig+2 && dm.from <= trig+25 && dm.date == dt && d.actBetween(trig, dm.from) {
			return true
		}
	}
	return false
}

// dateInDiscussedAct reports whether the date at token from lies inside the
// phrase of an act that a criticism or a discussion before it names ("the
// Ministers discussed the visit to Manila last week by ..."): it dates that
// act, not the story after it.
func (d *doc) dateInDiscussedAct(from int) bool {
	toks := d.toks
	for v := from - 3; v >= 0 && v >= from-25; v-- {
		if toks[v].key == "." || toks[v].key == ";" {
			return false
		}
		if tr, ok := lookupIf(toks[v].flags&fVerbTrig != 0, d.lx.verbs, toks[v].key); ok && (tr.typ == graph.Criticized || tr.typ == graph.Accused || tr.typ == graph.Met && !tr.direct) {
			return d.actBetween(v, from)
		}
	}
	return false
}

// actBetween reports whether an act noun (an attack, a visit, a condemned
// act) stands between tokens trig and to, in one clause.
func (d *doc) actBetween(trig, to int) bool {
	toks := d.toks
	act := false
	for j := trig + 1; j < to; j++ {
		t := toks[j]
		if t.key == "." || t.key == ";" || t.flags&(fRelativeWords|fClauseBreakWords) != 0 {
			return false
		}
		if nt, ok := lookupIf(t.flags&fNounTrig != 0, d.lx.nouns, t.key); ok && (nt.typ == graph.Attacked || nt.typ == graph.Invaded || nt.typ == graph.Visited) {
			act = true
		}
		act = act || condemnedActNouns[t.key]
	}
	return act
}

// condemnedActNouns name acts a criticism condemns besides attacks: "the
// launch by North Korea of two missiles on 9 April"; see lexicon/words.txt.
var condemnedActNouns = wordSet("condemned-act-nouns")

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

// thatBefore reports whether a complementizer "that" precedes token j in the sentence.
func (d *doc) thatBefore(j int) bool {
	for k := 0; k < j; k++ {
		if d.toks[k].key == "that" {
			return true
		}
	}
	return false
}
