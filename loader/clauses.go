package loader

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
//     which", ", where") and a subordinator ("after", "since", "ahead of")
//     open a clause inside the current one that ends at the next comma;
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
		case scopeOpeners[k] && !d.dateStartsAt(j+1) && (k != "ahead" || j+1 < len(toks) && toks[j+1].key == "of"):
			open(true)
		case k == "that" && j > 0 && toks[j-1].kind == tokWord && toks[j-1].flags&fPrepositions == 0:
			open(false)
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
