package loader

import (
	"strconv"
	"strings"
	"time"

	"github.com/geokg/geokg/graph"
)

// Clauses of a sentence, for dating facts: a date belongs to the clause it
// stands in and dates that clause and the clauses inside it, never the
// clause around it. "The Secretary condemned the attacks, where a ship fired
// water cannon on Monday": Monday dates the firing, not the condemnation.
// "The statement issued yesterday, which accused Somalia": yesterday dates
// the accusation too.
//
// The segmentation is flat and cheap, one pass over the tokens:
//   - "; " and ", but" start a new main clause;
//   - a relative word after a comma or a noun (", which", "the agreement
//     which", ", where") or a participle with its agent after a comma (",
//     signed by") opens a clause inside the current one that ends at the
//     next comma, and so does a subordinator ("after", "since", "ahead
//     of") opening the sentence or after a comma; a subordinator inside a
//     clause opens one that runs to the end ("two days after X met Y,
//     where ...");
//   - a complement ("said that", "said Canberra had") opens a clause inside
//     the current one that runs to the end of the sentence; a date right
//     after the speech verb ("said on Sunday that") stays with the verb, and
//     a verb of address ("told leaders ... that") opens it only at "that".

// scopeOpeners open a subordinate clause that a date inside does not leave
// (lexicon/words.txt).
var scopeOpeners = wordSet("scope-openers")

// complementVerbs take a reported clause: "said (that) ..." (lexicon/words.txt).
var complementVerbs = wordSet("say-verbs")

// clause is one clause of a sentence.
type clause struct {
	parent int16 // enclosing clause, -1 for a main clause
	// commaEnds is set for a relative or adverbial clause, which the next
	// comma closes.
	commaEnds bool
	// shift is the clause's time from the enclosing clause's, in days:
	// -2 for "two days after ...", 7 for "a week before ...".
	shift int
}

// segmentClauses fills d.clauseAt (token -> clause) and d.clauses for the
// current sentence, once per sentence.
func (d *doc) segmentClauses() {
	if d.clauseSent == d.sentIdx+1 {
		return
	}
	d.clauseSent = d.sentIdx + 1
	toks := d.toks
	d.clauses = append(d.clauses[:0], clause{parent: -1})
	d.clauseAt = d.clauseAt[:0]
	cur := int16(0)
	open := func(commaEnds bool) {
		d.clauses = append(d.clauses, clause{parent: cur, commaEnds: commaEnds})
		cur = int16(len(d.clauses) - 1)
	}
	for j := 0; j < len(toks); j++ {
		k := toks[j].key
		switch {
		case k == ";" || k == "," && j+1 < len(toks) && toks[j+1].key == "but":
			d.clauses = append(d.clauses, clause{parent: -1})
			cur = int16(len(d.clauses) - 1)
		case k == ",":
			for d.clauses[cur].commaEnds {
				cur = d.clauses[cur].parent
			}
		case j > 0 && clauseOpeners[k] && (toks[j-1].key == "," || toks[j-1].kind == tokWord && !toks[j-1].cap):
			open(true)
		case scopeOpeners[k] && !d.dateStartsAt(j+1) && (k != "ahead" || j+1 < len(toks) && toks[j+1].key == "of") && !(k == "since" && d.datedPhraseAfter(j)):
			// an adverbial clause opening the sentence or set off by a comma
			// ends at the next comma; one closing the sentence runs to its end,
			// after a duration too (", a day after Kim, the leader's sister, threatened")
			open(j == 0 || toks[j-1].key == ",")
			d.clauses[cur].shift = d.durationBefore(j)
		case k == "that" && j > 0 && toks[j-1].kind == tokWord && toks[j-1].flags&fPrepositions == 0 && !d.demonstrativeThat(j):
			// a relative in an apposition ("X, a group that first appeared
			// last year, fired") ends at the apposition's comma
			open(d.appositionOpenedBefore(j))
		case (k == "it" || k == "they") && d.contactRelativeAt(j):
			// "urged Israel to respect the ceasefire it agreed with Lebanon in
			// November 2024": the relative's date is its own
			open(true)
		case j > 1 && toks[j-1].key == "," && d.reducedRelative(j):
			// a participle set off by a comma with its agent ("the Argyle
			// Declaration, signed by X and Y on 14 December 2023"): its date is its own
			open(true)
		}
		d.clauseAt = append(d.clauseAt, cur)
		if complementVerbs[k] && !addresseeVerbs[k] && j+1 < len(toks) && toks[j+1].key != "that" {
			// the complement starts after a date of the statement: "said on Sunday"
			end := j + 1
			for _, dm := range d.dates {
				if dm.speech && dm.from <= j+2 && dm.from > j {
					for end < dm.to {
						d.clauseAt = append(d.clauseAt, cur)
						end++
					}
				}
			}
			j = end - 1
			if end < len(toks) && toks[end].kind == tokWord && toks[end].key != "that" {
				open(false)
			}
		}
	}
}

// contactRelativeAt reports whether the pronoun at token j opens an object
// relative without a relative word after a noun a determiner opens: "the
// ceasefire it agreed", "the weapons they supplied" (a past verb or an
// auxiliary follows).
func (d *doc) contactRelativeAt(j int) bool {
	toks := d.toks
	if j < 2 || j+1 >= len(toks) {
		return false
	}
	n, v := &toks[j-1], &toks[j+1]
	if n.kind != tokWord || pastForm(n) || d.lx.isVerbTriggerTok(n) || n.flags&(fClauseBreakWords|fRelativeWords) != 0 || n.key == "and" || n.key == "or" || n.key == "that" {
		return false
	}
	return d.determinedNoun(j-1) && (pastForm(v) || v.flags&fVerbAux != 0)
}

// appositionOpenedBefore reports whether the word before token j ends a
// noun apposition opened by a comma and an article at most eight words
// before, with no verb between: ", a Serb paramilitary group" before
// "that".
func (d *doc) appositionOpenedBefore(j int) bool {
	toks := d.toks
	for k := j - 1; k > 0 && k >= j-8; k-- {
		t := &toks[k]
		if t.key == "a" || t.key == "an" || t.key == "the" {
			if toks[k-1].key == "," {
				return true
			}
			continue
		}
		if t.kind != tokWord || t.flags&(fSpeechVerbs|fVerbAux|fBeForms) != 0 || pastForm(t) || d.lx.isVerbTriggerTok(t) {
			return false
		}
	}
	return false
}

// datedPhraseAfter reports whether the words after "since" at token j up
// to the next comma are a noun phrase with a date and no verb: "since the
// war of August 2008", "since the fall of the regime in December 2024"
// date the main clause as "since 2021" does; "since the war began in 2008"
// is a clause of its own.
func (d *doc) datedPhraseAfter(j int) bool {
	toks := d.toks
	dated := false
	for k := j + 1; k < len(toks) && toks[k].key != "," && toks[k].key != ";"; k++ {
		if t := &toks[k]; t.kind == tokWord && !t.cap && (t.flags&(fVerbTrig|fSpeechVerbs|fBeForms|fVerbAux|fRelativeWords) != 0 || lightVerbs[t.key] || strings.HasSuffix(t.key, "ed")) {
			return false
		}
		if !dated {
			for _, dm := range d.dates {
				dated = dated || dm.from == k
			}
		}
	}
	return dated
}

// dateStartsAt reports whether a date expression starts at token j ("since
// 2021" dates the main clause; "since the war began" opens a clause).
func (d *doc) dateStartsAt(j int) bool {
	for _, dm := range d.dates {
		if dm.from == j || dm.from == j+1 && j < len(d.toks) && (d.toks[j].key == "the" || d.toks[j].key == "last") {
			return true
		}
	}
	return false
}

// inClause reports whether clause c is clause outer or lies inside it.
func (d *doc) inClause(c, outer int16) bool {
	for ; c >= 0; c = d.clauses[c].parent {
		if c == outer {
			return true
		}
	}
	return false
}

// mainClause reports whether token j stands in a main clause of its sentence.
func (d *doc) mainClause(j int) bool {
	d.segmentClauses()
	return j < len(d.clauseAt) && d.clauses[d.clauseAt[j]].parent < 0
}

// durationBefore returns the shift in days of a clause opened by "after" or
// "before" at token j after a duration: "two days after" is -2, "a week
// before" is 7; 0 for anything else.
func (d *doc) durationBefore(j int) int {
	toks := d.toks
	if j < 2 || toks[j].key != "after" && toks[j].key != "before" {
		return 0
	}
	unit := 0
	switch toks[j-1].key {
	case "day", "days":
		unit = 1
	case "week", "weeks":
		unit = 7
	default:
		return 0
	}
	n := countWords[toks[j-2].key]
	if n == 0 {
		if v, err := strconv.Atoi(toks[j-2].key); err == nil && v > 0 && v < 100 {
			n = v
		} else if toks[j-2].key == "the" && unit == 1 && toks[j-1].key == "day" {
			n = 1 // "the day after"
		}
	}
	if toks[j].key == "after" {
		return -n * unit
	}
	return n * unit
}

// pluralCountWords open a count of two or more without a number: "dozens
// of drones", "several missiles" (lexicon/words.txt).
var pluralCountWords = wordSet("plural-count-words")

// countWords are the small numbers a duration is written with.
var countWords = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10}

// shiftDate moves a day date by days; other dates stay as they are.
func shiftDate(dt graph.Date, days int) graph.Date {
	if days == 0 || dt.Prec() != graph.DateDay {
		return dt
	}
	t, err := time.Parse("2006-01-02", dt.Value)
	if err != nil {
		return dt
	}
	return graph.DayDate(t.AddDate(0, 0, days))
}

// inReducedRelative reports whether token j is inside a participle phrase
// that qualifies an object after the clause's verb: "The Council welcomed
// the agreement signed by Kuwait and Saudi Arabia on 12 January": the
// signing's date is its own, no date of the story after it (the clause's
// facts still take it).
func (d *doc) inReducedRelative(j int) bool {
	toks := d.toks
	p := -1
	for k := j - 1; k > 1; k-- {
		t := toks[k]
		if t.kind == tokPunct && (t.key == ";" || t.key == ":" || t.key == ".") {
			return false
		}
		if t.kind == tokWord && !t.cap && strings.HasSuffix(t.key, "ed") && toks[k+1].key == "by" {
			if prev := toks[k-1]; prev.kind == tokWord && !prev.cap && !beForms[prev.key] && !verbAux[prev.key] && d.mentionIndexAt(k-1) < 0 {
				p = k
				break
			}
		}
	}
	if p < 0 {
		return false
	}
	for k := p - 2; k >= 0; k-- {
		if t := &toks[k]; t.kind == tokWord && !t.cap && (strings.HasSuffix(t.key, "ed") || d.lx.isVerbishTok(t)) && k > 0 {
			return true // the clause's own verb before: "welcomed ... the agreement signed by"
		}
	}
	return false
}

// demonstrativeThat reports whether "that" at token j determines an event
// noun that a preposition follows ("signed that treaty with Australia in
// November 2023"): no clause opens there.
func (d *doc) demonstrativeThat(j int) bool {
	toks := d.toks
	if j+2 >= len(toks) || !d.isNounTrigger(j+1) || toks[j+1].cap {
		return false
	}
	n := &toks[j+2]
	return n.kind != tokWord || n.in(fPrepositions, prepositions)
}
