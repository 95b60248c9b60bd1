package loader

import (
	"slices"
	"strings"
	"time"

	"github.com/geokg/geokg/graph"
)

// speechActTypes are the relation types of what a party says of or to
// another (an accusation, a warning, an urging, a criticism, a threat):
// in the present they are said as of the document.
var speechActTypes = map[graph.RelationType]bool{
	graph.Accused: true, graph.Warned: true, graph.Urged: true, graph.Criticized: true, graph.Threatened: true,
}

// presentSpeechAct reports whether the trigger at trig of a relation of
// type t is a speech act in the simple present, outside a quotation: a
// third person's form in -s ("Sudan's government accuses", "... and calls
// on the army") or a base form after a plural or a name that is no
// auxiliary's, infinitive's or noun's ("The Royal Thai Armed Forces warn",
// but "will urge", "to warn", "the call on").
func (d *doc) presentSpeechAct(t graph.RelationType, trig int) bool {
	toks := d.toks
	if !speechActTypes[t] || trig < 1 || d.quotedAt(trig) {
		return false
	}
	tk := &toks[trig]
	if !presentForm(tk) {
		return false
	}
	p := trig - 1
	for p > 0 && toks[p].kind == tokWord && !toks[p].cap && (strings.HasSuffix(toks[p].key, "ly") || presentAdverbs[toks[p].key]) {
		p--
	}
	prev := &toks[p]
	if prev.kind != tokWord || prev.poss || presentNotAfter[prev.key] || strings.HasSuffix(prev.key, "ed") {
		return false
	}
	k := tk.key
	if strings.HasSuffix(k, "s") && !strings.HasSuffix(k, "ss") {
		return true // "accuses", "calls on"
	}
	if prev.key == "and" && d.firstPersonPresentBefore(p) {
		return true // "We condemn the strikes on Lebanon and call on Israel"
	}
	if verbAux[prev.key] || beForms[prev.key] || modalAux[prev.key] {
		return false // "will urge", "to warn", "and urge"
	}
	return prev.cap || prev.key == "they" || prev.key == "we" || strings.HasSuffix(prev.key, "s") && !strings.HasSuffix(prev.key, "ss")
}

// firstPersonPresentBefore reports whether the nearest subject pronoun
// before token and in its sentence is "we" or "I" with a verb in the
// present right after it (adverbs between): "We condemn ... and".
func (d *doc) firstPersonPresentBefore(and int) bool {
	toks := d.toks
	for j := and - 1; j >= 0; j-- {
		k := toks[j].key
		if k == "." || k == ";" {
			return false
		}
		if !subjectPronouns[k] {
			continue
		}
		if k != "we" && k != "i" {
			return false
		}
		v := j + 1
		for v < and && toks[v].kind == tokWord && !toks[v].cap && (strings.HasSuffix(toks[v].key, "ly") || presentAdverbs[toks[v].key]) {
			v++
		}
		return v < and && presentForm(&toks[v]) && !strings.HasSuffix(toks[v].key, "s")
	}
	return false
}

// presentAdverbs stand between a subject and its verb in the present
// ("also calls on", "further urges") (lexicon/words.txt).
var presentAdverbs = wordSet("present-adverbs")

// presentNotAfter are words after which a speech word is a noun or an
// infinitive, not a verb in the present ("the call on", "its warns") (lexicon/words.txt).
var presentNotAfter = wordSet("present-not-after")

// dateInReactedRecord reports whether the date at token from lies in the
// object of a verb of reaction or report before it in its sentence ("The
// Ministers welcomed the delivery last month of ...", "expressed
// satisfaction with the agreement signed on May 12", "reiterated its
// condemnation of the attack ... on 22 April"): an act or record noun
// stands between them, with no coordinated predicate. The date is that
// act's, not the story's from there on.
func (d *doc) dateInReactedRecord(from int) bool {
	toks := d.toks
	for v := from - 2; v >= 0 && v >= from-25; v-- {
		k := toks[v].key
		if k == "." || k == ";" {
			return false
		}
		if k == "and" && d.predicateAt(v+1) {
			return false // "... and held talks on Tuesday": the next predicate's date
		}
		if reactionVerbs[k] && !toks[v].cap {
			return d.recordNounBetween(v, from)
		}
	}
	return false
}

// recordNounBetween reports whether an act or record noun stands between
// tokens v and to: an event noun of the lexicon, a condemned act, a record
// participle's noun or a word of reacted-nouns.
func (d *doc) recordNounBetween(v, to int) bool {
	for j := v + 1; j < to; j++ {
		t := &d.toks[j]
		if t.cap || t.kind != tokWord {
			continue
		}
		if d.isNounTrigger(j) || condemnedActNouns[t.key] || reactedNouns[t.key] || recordParticiples[t.key] {
			return true
		}
	}
	return false
}

// reactionVerbs report or react to an act that their object names
// ("welcomed the signing of", "recalled his visit") (lexicon/words.txt).
var reactionVerbs = wordSet("reaction-verbs")

// reactedNouns name acts and records that a reaction's object holds
// ("the delivery", "his conversation") (lexicon/words.txt).
var reactedNouns = wordSet("reacted-nouns")

// dateOfCharge reports whether date dt of an accusation or criticism at
// token trig is the date of the act it charges, written after the trigger
// in the charge ("accused the army of bombing villages last month",
// "criticised the US for cutting funding last year", "condemned the attacks
// ..., including the massacre of 43 people earlier this month").
func (d *doc) dateOfCharge(trig int, dt graph.Date) bool {
	for _, dm := range d.dates {
		if dm.from > trig+2 && dm.from <= trig+40 && dm.date == dt && d.chargeBetween(trig, dm.from, dt.Prec() != graph.DateDay) {
			return true
		}
	}
	return false
}

// chargeBetween reports whether a charged act stands between tokens trig
// and to, in one sentence: an attack or condemned act noun ("the
// massacre"), or, when gerund, a gerund after "of" or "for" ("of bombing";
// only a month or a year is the gerund's for sure: "accused Ukraine of
// arming rebels on March 2" is the accusation's day).
func (d *doc) chargeBetween(trig, to int, gerund bool) bool {
	toks := d.toks
	for j := trig + 1; j < to; j++ {
		t := &toks[j]
		if t.key == "." || t.key == ";" {
			return false
		}
		if gerund && (t.key == "of" || t.key == "for") && j+1 < to && !toks[j+1].cap && strings.HasSuffix(toks[j+1].key, "ing") {
			return true
		}
		if d.lx.isAttackWord(t.key) || condemnedActNouns[t.key] {
			return true
		}
	}
	return false
}

// headlineDays gives a fact of the headline (the first sentence), dated by
// publication, the first day the story names when that day lies in the
// week before publication.
func (d *doc) headlineDays() {
	if !d.firstDay.Known() || !d.pub.ok {
		return
	}
	first, err := time.Parse("2006-01-02", d.firstDay.Value)
	if err != nil || !first.Before(d.pub.t) || first.Before(d.pub.t.AddDate(0, 0, -7)) {
		return
	}
	for i := range d.facts {
		f := &d.facts[i]
		if f.dateFrom == dateOfPublished && f.sent == 0 && f.date == d.meta.Published {
			f.date = d.firstDay
			d.stmts[f.event].date = d.firstDay
		}
	}
}

// headlinesOfLead gives a fact of a headline dated as published the day
// the lead tells of, when that day lies in the week before publication and
// the lead holds a trigger of the fact's type: "Kazakhstan, China sign gas
// deal" over "KazMunayGas and CNPC signed an agreement on Wednesday". The
// lead is the first sentence that names a date (a date line aside), and a
// headline one of the three sentences before it.
func (d *doc) headlinesOfLead() {
	if d.datedSent <= 0 || !d.pub.ok || !d.leadDay.Known() || !d.inWeekBefore(d.leadDay) {
		return
	}
	for i := range d.facts {
		f := &d.facts[i]
		if f.sent < d.datedSent && f.sent >= d.datedSent-3 && f.date == d.meta.Published && f.dateFrom != dateOfEvent && slices.Contains(d.leadTypes, f.typ) {
			f.date = d.leadDay
			d.stmts[f.event].date = d.leadDay
		}
	}
}

// triggerTypes returns the relation types of the sentence's verb and noun
// triggers.
func (d *doc) triggerTypes() []graph.RelationType {
	var types []graph.RelationType
	for j := range d.toks {
		t := &d.toks[j]
		if tr, ok := lookupIf(t.flags&fVerbTrig != 0, d.lx.verbs, t.key); ok {
			types = append(types, tr.typ)
		}
		if tr, ok := lookupIf(t.flags&fNounTrig != 0, d.lx.nouns, t.key); ok {
			types = append(types, tr.typ)
		}
	}
	return types
}

// dayOfLead returns the first day that a main clause of the sentence names
// (not a statement's), or the zero Date.
func (d *doc) dayOfLead() graph.Date {
	for _, dm := range d.dates {
		if !dm.speech && dm.date.Prec() == graph.DateDay && d.mainClause(dm.from) {
			return dm.date
		}
	}
	return graph.Date{}
}

// inWeekBefore reports whether day dt lies in the week before publication.
func (d *doc) inWeekBefore(dt graph.Date) bool {
	t, err := time.Parse("2006-01-02", dt.Value)
	return err == nil && t.Before(d.pub.t) && !t.Before(d.pub.t.AddDate(0, 0, -7))
}

// stampLine reports whether the sentence is a page's date line or time
// stamp and nothing else ("Belgrade, 16 June 2026", "KAZINFORM, 18 June
// 2026, 11:20", "Live | Updated 14.32 BST, Thursday 18 June 2026"): besides
// its dates it holds only capitalized words, numbers, punctuation and
// stamp words.
func (d *doc) stampLine() bool {
	if len(d.toks) > 16 {
		return false
	}
	for j := range d.toks {
		t := &d.toks[j]
		if t.kind != tokWord || t.cap || stampWords[t.key] || t.key[0] >= '0' && t.key[0] <= '9' || d.inDate(j) {
			continue
		}
		return false
	}
	return true
}

// stampWords stand in a page's date line or time stamp besides the date
// (lexicon/words.txt).
var stampWords = wordSet("stamp-words")
