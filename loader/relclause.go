package loader

// Non-restrictive relative clauses: "Greece, which hosts the Operation
// Headquarters in Larissa, as well as Italy, France and Germany", "OFAC,
// which on Thursday designated three officials, and thanks Paraguay". The
// clause is set off by commas, and what follows its closing comma belongs
// to the sentence around it: a verb inside the clause takes no object, and
// no place, from past that comma.

// relativeClauseEnd returns the token after the non-restrictive relative
// clause that holds token i: the comma that closes it, or the end of the
// sentence; len(d.toks) when no such clause holds i. The clause opens at
// ", which" or ", who" within the few words before i, none of them
// punctuation. A comma followed by a name, or a titled name (after "and"
// or "or" too), continues a list or an apposition inside the clause
// ("which supplies Iran, Syria and Venezuela, has"), and so does the comma
// that closes an apposition ("who met the minister, General X, in Kabul");
// any other comma closes it.
func (d *doc) relativeClauseEnd(i int) int {
	toks := d.toks
	if !d.inRelativeClause(i) {
		return len(toks)
	}
	for j := i + 1; j < len(toks); j++ {
		if toks[j].key != "," {
			continue
		}
		next := j + 1
		conj := next < len(toks) && (toks[next].key == "and" || toks[next].key == "or")
		if conj {
			next++
		}
		if conj && d.mentionIndexAt(j-1) < 0 {
			return j // ("sanctioned Iran, which it accused of plotting attacks, and Russia": the main clause's list)
		}
		if next < len(toks) && (d.mentionIndexAt(next) >= 0 || d.titledAt(next) >= 0) {
			continue // a list, or a name in apposition ("met the Chief of Staff, General X,")
		}
		if d.closesApposition(j) {
			continue // "met the minister, General X, in Kabul": the clause goes on
		}
		return j
	}
	return len(toks)
}

// closesApposition reports whether the comma at token j closes a name set
// off by a comma before it: "the minister, General X, in Kabul".
func (d *doc) closesApposition(j int) bool {
	x := d.mentionIndexAt(j - 1)
	if x < 0 {
		return false
	}
	start := d.startOf(x)
	return start > 0 && d.toks[start-1].key == ","
}

// relativeReach is how many words may stand between the relative word and
// the verb: "which on Thursday designated", "who has since 2022 hosted".
const relativeReach = 6

// inRelativeClause reports whether token i follows ", which", ", who" or
// ", whom" with no punctuation between.
func (d *doc) inRelativeClause(i int) bool { return d.relativeOpening(i-1, relativeReach) >= 0 }

// idsBefore keeps the IDs in ids that a mention from mention index from on,
// ending before token limit, names: the members of a coordination that
// stand inside the clause.
func (d *doc) idsBefore(ids []string, from, limit int) []string {
	if limit >= len(d.toks) || from < 0 {
		return ids
	}
	inside := map[string]bool{}
	for x := from; x < len(d.ments) && d.ments[x].to <= limit; x++ {
		for _, id := range d.ments[x].ids {
			inside[id] = true
		}
		if d.ments[x].place != "" {
			inside[d.ments[x].place] = true
		}
	}
	kept := ids[:0:0]
	for _, id := range ids {
		if inside[id] {
			kept = append(kept, id)
		}
	}
	return kept
}
