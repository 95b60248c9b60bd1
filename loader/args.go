package loader

import (
	"slices"
	"strings"
	"unicode"

	"github.com/geokg/geokg/graph"
)

// Argument finding: where a trigger's sides are. The subject before a
// trigger (subjectAt, mainSubject), its objects after (objectOf), the agent of
// a passive or nominal event (byAgent, fromAgent), coordinated groups, and the
// small tests of clause shape they share.

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

// group returns the IDs of mention x and the mentions coordinated with it
// ("X, Y and Z"), scanning to the left (dir -1) or right (dir +1).
func (d *doc) group(x int, dir int) []string { return d.coordinated(x, dir, false) }

// coordinated is group; object says that x is a verb's or preposition's
// object.
func (d *doc) coordinated(x int, dir int, object bool) []string {
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
		appEnd := -1
		if dir > 0 {
			appEnd = d.descriptorEnd(d.ments[cur].to, indefiniteArticles)
		}
		nx, acronymEnd := d.nextCoordinate(cur, dir, appEnd)
		if nx < 0 || nx >= len(d.ments) {
			break
		}
		a := d.ments[cur]
		bFrom := d.startOf(nx)
		if dir < 0 {
			a = d.ments[nx]
			bFrom = d.startOf(cur)
		}
		from := a.to
		if appEnd > from && appEnd < bFrom {
			from = appEnd // "X, a teapot in Shandong province, along with Y": past the descriptor
		}
		if acronymEnd > from && acronymEnd <= bFrom {
			from = acronymEnd
		}
		if !d.joins(x, cur, nx, a, from, bFrom, dir) || object && d.clauseVerbAfter(nx) && d.objectMayEnd(first) {
			break
		}
		for j := a.to; j < bFrom; j++ {
			if toks[j].key == "and" || toks[j].key == "or" || toks[j].key == "with" {
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

// joins reports whether mention nx continues the chain of mention x, whose
// last link is cur (a the earlier of cur and nx, [from, bFrom) the tokens
// between them): a coordination that joins parties, not titles, officials,
// a new subject or another event's agent.
func (d *doc) joins(x, cur, nx int, a mention, from, bFrom, dir int) bool {
	toks := d.toks
	ok, leadersOf := d.coordinationBetween(a, x, cur, from, bFrom, dir)
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
	if ok && dir > 0 && toks[a.to].key == "," && d.qualifiesPersons(nx) {
		ok = false // "to the RSIPF, and Australian Federal Police (AFP) officers have ...": a new subject
	}
	if ok && dir > 0 && toks[a.to].key == "," && a.to+1 < bFrom && toks[a.to+1].key == "and" && d.subjectOfNewClause(nx) {
		ok = false // "Moscow's war in Ukraine, and Seoul and Tokyo suspect ...": a new clause's subject
	}
	if ok && dir > 0 && d.modifiesEventNoun(nx) {
		ok = false // "on civilians in Lamu County and the Houthi attacks on shipping": another event's agent
	}
	return ok && !(d.ments[nx].title || d.ments[nx].how == howPronoun && !pronounPartner || d.ments[nx].how == howRole || d.ments[nx].how == howGroup || d.ments[x].how == howGroup || d.ments[nx].kind == graph.KindPlace && d.ments[x].kind != graph.KindPlace)
}

// nextCoordinate returns the mention after cur in direction dir that may
// be its coordinate, past what belongs to cur or to the mention after: a
// title (its state belongs to the person after it), "his" before a title,
// "Dubai" of "Dubai-based", a descriptor ending at appEnd, a body's place and
// its own acronym; and where that acronym's bracket ends (-1 if none).
func (d *doc) nextCoordinate(cur, dir, appEnd int) (nx, acronymEnd int) {
	nx, acronymEnd = cur+dir, -1
	for nx >= 0 && nx < len(d.ments) && (d.ments[nx].title || dir > 0 && d.demonymOfPerson(nx) || dir < 0 && d.ments[nx].how == howPronoun && d.ments[nx].poss && d.ments[nx].to == d.startOf(cur) || d.basedModifier(nx) || d.ments[nx].from < appEnd || dir > 0 && d.placeOfBody(cur, nx) || dir > 0 && d.ownAcronym(cur, nx) || d.affiliationOf(nx) >= 0) {
		if dir > 0 && d.ownAcronym(cur, nx) {
			acronymEnd = d.ments[nx].to + 1 // "the JMSDF's name (JMSDF) and the Kenya Navy": past the bracket
		}
		nx += dir
	}
	if dir < 0 && nx > 0 && d.ownAcronym(nx-1, nx) {
		nx-- // "X (ABC) and Y" read back from Y: X itself, its acronym between
	}
	return nx, acronymEnd
}

// demonymOfPerson reports whether mention x is a people's word before a
// person's role or trade and name ("Belarusian businessman Viktar Hrybko"): the
// person is the coordinate, not the state.
func (d *doc) demonymOfPerson(x int) bool {
	m := d.ments[x]
	if m.how != howDemonym || !m.modifier || x+1 >= len(d.ments) || d.ments[x+1].kind != graph.KindPerson {
		return false
	}
	k := m.to
	for ; k < d.ments[x+1].from && d.toks[k].kind == tokWord && !d.toks[k].cap && (d.toks[k].flags&fRoleWords != 0 || nameIntroducers[d.toks[k].key]); k++ {
	}
	return k > m.to && k == d.ments[x+1].from
}

// coordinationBetween reports whether the tokens [from, bFrom) between
// mention a (the chain's mention cur, or the one before it) and the next
// are coordination only: "and", ",", "or", "the", ", and", "as well as",
// "along with"; leadersOf is set for "X and the leaders of Y".
func (d *doc) coordinationBetween(a mention, x, cur, from, bFrom, dir int) (ok, leadersOf bool) {
	toks := d.toks
	ok = bFrom > a.to
	for j := from; j < bFrom && ok; j++ {
		k := toks[j].key
		if k == "of" && j > a.to && toks[j-1].flags&fPersonNounsPlural != 0 && toks[a.to].key == "and" {
			leadersOf = true // "X and the leaders of Y": Y's leaders act for Y
			continue
		}
		if y := d.mentionIndexAt(j); y >= 0 && d.ments[y].how == howPronoun && d.ments[y].poss && d.ments[y].to == bFrom {
			continue // "he and his counterpart X"
		}
		if y := d.mentionIndexAt(j); y >= 0 && y+1 < len(d.ments) && d.ments[y+1].from == bFrom && d.ownerOfDescribedBody(y) {
			j = bFrom - 1 // "X and Bolivia's state lithium firm YLB": the owner and description of the name after
			continue
		}
		if y := d.mentionIndexAt(j); y >= 0 && d.basedModifier(y) {
			j = d.ments[y].to + 1 // ", and Dubai-based Al Noor Trading"
			continue
		}
		if y := d.mentionIndexAt(j + 1); (k == "of" || k == "in") && dir > 0 && y >= 0 && d.placeOfBody(cur, y) {
			j = d.ments[y].to - 1 // "Brightwave Marine Management of Hong Kong, and ..."
			continue
		}
		if y := d.mentionIndexAt(j); y >= 0 && d.ments[y].title || k == "of" && j+1 < bFrom && d.mentionIndexAt(j+1) >= 0 && d.ments[d.mentionIndexAt(j+1)].title {
			continue // "President X of Indonesia and President Y": the state is X's
		}
		if j == a.to && a.poss && toks[j].flags&fGroupNouns != 0 && !toks[j].cap && j+1 < bFrom && toks[j+1].key == "and" {
			continue // "Myanmar's military and the Arakan Army": the state's own force
		}
		if y := d.mentionIndexAt(j + 1); k == "of" && j == a.to && y >= 0 && d.affiliationOf(y) >= 0 {
			j = d.ments[y].to - 1 // "Mher Grigoryan of Armenia and Shahin Mustafayev": the first person's state
			continue
		}
		if j == a.to && k == "." && toks[j].glued && companySuffixes[toks[j-1].key] {
			continue // "Amestris Petro Trading Co. and Pelican Reach Maritime Ltd": the suffix's period
		}
		if j == a.to && k == "(" && j+3 < bFrom && toks[j+1].upper && toks[j+2].key == ")" {
			j += 2 // "the Cyprus Hydrocarbons Company (CHC) and the ...": the first party's acronym
			continue
		}
		if j+1 == bFrom && j > from && toks[j-1].key == "the" && groupAdjectives[toks[j].key] && d.orgAt(bFrom) {
			continue // "and the ethnic Arakan Army": the kind of the next body
		}
		if j > from && toks[j-1].key == "the" && d.orgAt(bFrom) && d.compoundAdjectiveRun(j, bFrom) {
			j = bFrom - 1 // "and the state-owned Empresa Minera del Cocibolca": the body's compound adjective
			continue
		}
		if j+1 == bFrom && j > from && (toks[j-1].key == "a" || toks[j-1].key == "an") && (k == "nearby" || adjectiveLike(k)) && !toks[j].cap {
			continue // "a base of AUSSOM and a nearby Somali National Army post": the article's adjective
		}
		if (k == "a" || k == "an") && j > from && (toks[j-1].key == "and" || toks[j-1].key == "or") {
			continue // "X and a Y post" (not "X, a Russian businessman": an apposition)
		}
		if y := d.mentionIndexAt(j); y >= 0 && dir > 0 && d.demonymOfPerson(y) {
			j = d.ments[y+1].from - 1 // "and Belarusian businessman X": the person's people and trade
			continue
		}
		if dir > 0 && j > from && toks[j-1].key == "and" && toks[j].flags&fPrepositions != 0 && d.slotPrepBefore(d.startOf(x)) == k {
			continue // "sanctions on X and on Y": the chain's own preposition again
		}
		if !(k == "and" || k == "," || k == "or" || k == "the" || k == "both" || k == "as" || k == "well" || toks[j].flags&fPersonNounsPlural != 0 ||
			j+1 < bFrom && d.comitativeWith(j+1) || j > a.to && d.comitativeWith(j)) {
			ok = false // ("along with", "together with" coordinate too)
		}
	}
	return ok, leadersOf
}

// slotPrepBefore returns the preposition before the name that starts at
// token s, or before the counted group it stands in apposition to ("on two
// Istanbul-based trading firms, X"); "" when there is none.
func (d *doc) slotPrepBefore(s int) string {
	toks := d.toks
	j := s - 1
	if j > 0 && toks[j].key == "," {
		for k := j - 1; k > 0 && k >= j-6; k-- {
			if countToken(toks[k]) {
				j = k
				break
			}
		}
		if j == s-1 {
			return ""
		}
		j--
	}
	if j > 0 && toks[j].key == "the" {
		j-- // "with the United Arab Emirates and with Hungary"
	}
	if j >= 0 && toks[j].flags&fPrepositions != 0 {
		return toks[j].key
	}
	return ""
}

// compoundAdjectiveRun reports whether tokens [from, to) are one hyphenated
// adjective in lower case ("state-owned", "Kremlin-linked" is a name's):
// words joined by glued hyphens, at most five tokens.
func (d *doc) compoundAdjectiveRun(from, to int) bool {
	toks := d.toks
	if to-from < 3 || to-from > 5 {
		return false
	}
	for j := from; j < to; j++ {
		word := (j-from)%2 == 0
		if word && (toks[j].kind != tokWord || toks[j].cap) || !word && (toks[j].key != "-" || !toks[j].glued) {
			return false
		}
	}
	return (to-from)%2 == 1
}

// orgAt reports whether an organization's mention starts at token j.
func (d *doc) orgAt(j int) bool {
	x := d.mentionIndexAt(j)
	return x >= 0 && d.ments[x].from == j && d.ments[x].kind == graph.KindOrganization
}

// qualifiesPersons reports whether mention x, with a bracketed acronym
// after it or none, qualifies a plural noun of persons: "Australian Federal
// Police (AFP) officers".
func (d *doc) qualifiesPersons(x int) bool {
	toks := d.toks
	k := d.ments[x].to
	if k+2 < len(toks) && toks[k].key == "(" && toks[k+2].key == ")" {
		k += 3
	}
	return k < len(toks) && toks[k].flags&fPersonNounsPlural != 0
}

// groupNounAt reports whether a group noun stands at token k, or after one
// weapon modifier there ("Ukrainian naval drones", "a Russian attack drone";
// weapon-modifiers): the people's word before it acts.
func (d *doc) groupNounAt(k int) bool {
	toks := d.toks
	if k < len(toks) && toks[k].flags&fGroupNouns != 0 {
		return true
	}
	return k+1 < len(toks) && weaponModifiers[toks[k].key] && toks[k+1].flags&fGroupNouns != 0
}

// weaponModifiers qualify a weapon or force between a people's word and its
// noun (lexicon/words.txt).
var weaponModifiers = wordSet("weapon-modifiers")

// subjectAt finds the subject of a trigger at token i: the nearest entity
// mention to the left in the clause that is not a prepositional object.
func (d *doc) subjectAt(i int) ([]string, int) {
	if subj, end := d.appositivePairSubject(i); subj != nil {
		return subj, end
	}
	start := i - 1
	if r := d.appositiveRelative(i); r >= 0 {
		start = r // "Burkina Faso and Niger, which together with Mali form the AES, condemned"
	} else if c := d.possessiveApposition(i); c >= 0 {
		start = c - 1 // "Hezbollah, Iran's main ally in Lebanon, attacked": Hezbollah alone
	} else if c := d.relativeInApposition(i); c >= 0 {
		start = c - 1 // "Sepehr Energy, a front for the General Staff that OFAC designated in 2023, sold"
	}
	for j := start; j >= 0 && i-j <= 30; j-- {
		if o := d.adverbialBracket(j); o >= 0 {
			j = o // "The UK has today (13 May 2026) designated": the bracket dates the verb
			continue
		}
		if o := d.aliasBracket(j); o >= 0 {
			j = o // "Al-Saqr Aviation Parts Trading LLC (Al-Saqr) sold": the short name in brackets
			continue
		}
		if x := d.mentionIndexAt(j); x >= 0 {
			subj, end, resume, ok := d.subjectOfMention(x, i)
			if ok {
				return subj, end
			}
			j = resume
			continue
		}
		if subj, end, stop := d.subjectStop(j, i); stop {
			return subj, end
		}
	}
	return nil, -1
}

// relativeInApposition returns the comma that opens a noun apposition
// holding a relative clause, between a name and the verb at token i after
// the apposition's closing comma ("Sepehr Energy, a front for the General
// Staff that OFAC designated in 2023, sold"): the relative clause's subject
// is not the verb's. -1 otherwise.
func (d *doc) relativeInApposition(i int) int {
	toks := d.toks
	if i < 6 || toks[i-1].key != "," || strings.HasSuffix(toks[i].key, "ing") {
		return -1
	}
	relative := false
	for c := i - 2; c > 1 && c >= i-25; c-- {
		switch {
		case toks[c].key == "that" || toks[c].kind == tokWord && toks[c].flags&fRelativeWords != 0:
			relative = true
		case toks[c].key == ",":
			x := d.mentionIndexAt(c - 1)
			if k := toks[c+1].key; !relative || x < 0 || d.ments[x].to != c || d.ments[x].kind == graph.KindPlace || k != "a" && k != "an" && k != "the" || d.prepositionalObject(x) && !d.partitiveOf(d.startOf(x)) {
				return -1 // ("instructors of the Africa Corps, the structure that ...": no subject; but "gunmen of the Northern Guard, a group that ..., fired")
			}
			return c
		case toks[c].kind == tokPunct && toks[c].key != "-" && toks[c].key != "(" && toks[c].key != ")":
			return -1
		}
	}
	return -1
}

// prepositionalObject reports whether mention x follows a preposition
// (and an article): "of the Africa Corps".
func (d *doc) prepositionalObject(x int) bool {
	k := d.startOf(x) - 1
	if k >= 0 && d.toks[k].key == "the" {
		k--
	}
	return k >= 0 && d.toks[k].in(fPrepositions, prepositions)
}

// aliasBracket returns the "(" of a bracket that closes at token j and
// names again the mention before it (sameNameBracketEnd): "Al-Saqr Aviation
// Parts Trading LLC (Al-Saqr) sold", "the Bureau of Immigration (BI) has";
// -1 otherwise.
func (d *doc) aliasBracket(j int) int {
	if d.toks[j].key != ")" {
		return -1
	}
	for o := j - 2; o > 0 && o >= j-6; o-- {
		if d.toks[o].key == "(" {
			// the name and its short name start alike: not "Pacific Command (INDOPACOM)",
			// a name cut short before its acronym
			if x := d.mentionIndexAt(o - 1); x >= 0 && d.sameNameBracketEnd(o) == j+1 && d.toks[o+1].key[0] == d.toks[d.ments[x].from].key[0] {
				return o
			}
			return -1
		}
	}
	return -1
}

// useVerbAfter reports whether the name at token j is followed by a verb
// of use or acquisition ("the drones that Russia used", "that the
// Philippines ordered"): who received what was supplied.
func (d *doc) useVerbAfter(j int) bool {
	x := d.mentionIndexAt(j)
	if x < 0 && d.toks[j].key == "the" {
		x = d.mentionIndexAt(j + 1)
	}
	if x < 0 {
		return false
	}
	k := d.verbGroupEnd(d.ments[x].to) // "has used", "has been using"
	return k < len(d.toks) && useVerbs[d.toks[k].key]
}

// useVerbs use or acquire what was supplied (lexicon/words.txt).
var useVerbs = wordSet("use-verbs")

// nonLatinWord reports whether word token t is written in a script other
// than the Latin ("林佳龍").
func nonLatinWord(t token) bool {
	if t.kind != tokWord {
		return false
	}
	for _, r := range t.key {
		if !unicode.IsLetter(r) || unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

// bracketTimeWords may stand with a date in a bracket: "(local time)"
// (lexicon/words.txt).
var bracketTimeWords = wordSet("bracket-time-words")

// objectRelativeSubject reports whether mentions first..x, right after the
// relative word at token r and right before the verb at token i, are the
// subject of an object relative clause: "Hezbollah, which Washington
// accuses of ...": Washington accuses; "the treaty which it signed with
// Jordan": the pronoun coref resolved (after a comma it is left to
// subjectStop).
func (d *doc) objectRelativeSubject(r, first, x, i int) bool {
	s := r + 1
	if s < len(d.toks) && d.toks[s].key == "the" {
		s++ // "Hamas, which the United States designated in 1997"
	}
	pronoun := d.ments[first].how == howPronoun && d.toks[r-1].key == "," // (", which it accused": subjectStop's)
	return d.toks[r].key == "which" && d.startOf(first) == s && !pronoun && d.ments[first].how != howGroup && d.verbGroupEnd(d.ments[x].to) == i
}

// actorsOfTarget returns the actors of the sentence's last statement whose
// targets hold the mention that ends before the comma at token c (a
// relative clause's antecedent), or nil.
func (d *doc) actorsOfTarget(c int) []string {
	x := d.mentionIndexAt(c - 1)
	if x < 0 {
		return nil
	}
	ante := d.group(x, -1)
	for k := len(d.facts) - 1; k >= 0 && d.facts[k].sent == d.sentIdx; k-- {
		if f := d.facts[k]; f.trig < c && !d.derivedFact(f) && slices.Contains(ante, f.to) {
			return d.stmts[f.event].actors // the nearest: "Israel struck Hezbollah, and the US sanctioned Hezbollah, which it accused"
		}
	}
	return nil
}

// verbGroupEnd returns the verb of the verb group that opens at token k:
// the token after its dates, adverbs, auxiliaries and forms of "be"
// ("which Washington has repeatedly accused", "that Russia has been using").
func (d *doc) verbGroupEnd(k int) int {
	toks := d.toks
	for {
		k = d.adverbialEnd(k)
		if k >= len(toks) || toks[k].kind != tokWord || toks[k].cap || !(auxVerbs[toks[k].key] || toks[k].flags&fBeForms != 0 || d.modalAt(k)) {
			return k
		}
		k++
	}
}

// adverbialBracket returns the opening bracket of a bracket that closes at
// token j and holds only a date and words of time ("(13 May 2026)", "(on
// Monday)", "(local time)") or a name in another script ("Lin Chia-lung
// (林佳龍) on Tuesday condemned"), or -1: the subject is before it.
func (d *doc) adverbialBracket(j int) int {
	toks := d.toks
	if toks[j].key != ")" {
		return -1
	}
	for o := j - 1; o >= 0 && o >= j-8; o-- {
		switch {
		case toks[o].key == "(":
			if o == j-1 {
				return -1
			}
			return o
		case !d.inDate(o) && !bracketTimeWords[toks[o].key] && !nonLatinWord(toks[o]) && !startsWithDigit(toks[o]):
			return -1 // "(allegedly)", "(according to reports)": a hedge the modality must see
		}
	}
	return -1
}

// subjectOfMention reads mention x, met going back from the verb at token
// i, as subjectAt's subject: its group and where it ends, or, when it is
// no subject (a title, a place, a modifier, a prepositional object, a
// relative clause's), the token before which the scan goes on.
func (d *doc) subjectOfMention(x, i int) (subj []string, end, resume int, found bool) {
	m := d.ments[x]
	if d.bracketed(x) {
		return nil, 0, d.startOf(x) - 1, false // "(OFAC)": an acronym or a dateline's agency; the name is before it
	}
	if m.title || m.kind == graph.KindPlace {
		return nil, 0, m.from, false
	}
	if s := d.startOf(x); s > 0 && tellVerbs[d.toks[s-1].key] && d.verbGroupEnd(m.to) != i {
		// "told Reuters the strikes had targeted ...": the addressee; the
		// complement's subject is not named
		return nil, 0, -1, false
	}
	if y := d.personOfRoleApposition(m); y >= 0 {
		// "Feridun Sinirlioglu, a former Turkish foreign minister, on Friday
		// condemned ... and urged": the person, not the state of the role
		return d.group(y, -1), d.ments[y].to, 0, true
	}
	if m.modifier && !m.personOf && m.to < len(d.toks) && !d.groupNounAt(m.to) && !d.nameBeforeVerb(m, i) {
		return nil, 0, m.from, false
	}
	first := x
	if p, pEnd := d.conjunctBefore(x); x > 0 && m.how != howGroup && m.how != howPronoun && d.ments[p].how != howGroup && d.hasConjunction(pEnd, d.startOf(x)) {
		for first > 0 {
			p, pEnd := d.conjunctBefore(first)
			if !d.onlyCoordination(pEnd, d.startOf(first)) || d.ments[p].title || d.ments[p].kind != m.kind {
				break
			}
			first = p // "with the United States and South Korea": the first conjunct's preposition
		}
	}
	if p, pEnd := d.conjunctBefore(x); first == x && x > 0 && m.how != howGroup && d.startOf(x) == m.from && d.ments[p].how != howGroup && !d.ments[p].title && d.hasConjunction(pEnd, d.startOf(x)) {
		first = p // "between Washington and the rebels", "between Israel and Hamas": both are between's
	}
	if y := d.appositionHead(d.startOf(first), d.beforeVerbAdjuncts(i)); y >= 0 {
		// "Egypt, Saudi Arabia, the UAE and the US, the four members of the Quad, urged":
		// the names before an apposition are the subject
		return d.group(y, -1), d.ments[y].to, 0, true
	}
	if d.comitativeAfterParty(d.startOf(x)) || first != x && d.comitativeAfterParty(d.startOf(first)) {
		// ("Guatemala, along with Honduras and El Salvador, condemned": all three)
		return d.group(x, -1), m.to, 0, true // "Belgium, together with Norway, handed over": both act
	}
	if first != x && !d.prepObject(d.startOf(x)) && d.newClauseAfterObject(first, x) {
		return d.ments[x].ids, m.to, 0, true // "drones to Iran and Hezbollah fired at Haifa": Hezbollah alone
	}
	if (d.prepObject(d.startOf(x)) || d.prepObject(d.startOf(first))) && !d.partitiveOf(d.startOf(first)) {
		return nil, 0, d.startOf(first), false
	}
	if r := d.relativeBefore(d.startOf(first)); r >= 0 && r < i-1 && d.toks[r].key != "whom" && !(r > 0 && d.toks[r-1].in(fPrepositions, prepositions)) && !d.objectRelativeSubject(r, first, x, i) {
		// ("at which it met X": after a preposition the relative is no subject)
		// ("whom Washington blamed": the name after an object relative is the subject)
		return nil, 0, r + 1, false // "Anwar, who chairs ASEAN, urged": ASEAN is the relative clause's
	}
	return d.group(x, -1), m.to, 0, true
}

// appositiveRelative returns the relative word of a relative clause set
// off by commas right before the verb at token i, or before a date or an
// adverb before it (", who heads the council,", ", whose country chairs
// ASEAN,", ", which together with Mali form the AES,", ", which ..., this
// month delivered"), or -1: the clause's names are no subject, its
// antecedent is.
func (d *doc) appositiveRelative(i int) int {
	i = d.beforeVerbAdjuncts(i)
	if i < 4 || d.toks[i-1].key != "," {
		return -1
	}
	if r := d.relativeOpeningOf(i-2, 24, true); r >= 2 && (d.mentionIndexAt(r-2) >= 0 || d.roleAppositionBefore(r-1) >= 0) {
		return r
	}
	return -1
}

// personOfRoleApposition returns the person whose role apposition holds
// the people's adjective m ("Feridun Sinirlioglu, a former Turkish foreign
// minister,"), or -1.
func (d *doc) personOfRoleApposition(m mention) int {
	if !m.personOf || m.how != howDemonym {
		return -1
	}
	for c := m.to; c < len(d.toks) && c-m.to <= 6; c++ {
		if d.toks[c].key == "," {
			return d.roleAppositionBefore(c)
		}
	}
	return -1
}

// placeAfterBody reports whether a place follows body mention m after
// "in" or "at", with at most three words of a site between ("the Knesset
// in Jerusalem", "a Bundeswehr training area in Klietz", "the Petronas
// Towers in Kuala Lumpur"): a visit goes to the place, never to a body.
func (d *doc) placeAfterBody(m mention) bool {
	toks := d.toks
	for k := m.to; k < len(toks) && k <= m.to+3; k++ {
		if toks[k].key == "in" || toks[k].key == "at" {
			x := d.mentionIndexAt(k + 1)
			if x < 0 && k+2 < len(toks) && toks[k+1].key == "the" {
				x = d.mentionIndexAt(k + 2)
			}
			return x >= 0 && (d.ments[x].kind == graph.KindPlace || d.ments[x].kind == graph.KindState)
		}
		if toks[k].kind != tokWord || toks[k].flags&(fPrepositions|fVerbAux|fBeForms|fRelativeWords) != 0 || d.mentionIndexAt(k) >= 0 {
			return false
		}
	}
	return false
}

// tellVerbs take an addressee before the clause they report: "told
// Reuters the strikes had targeted ..." (lexicon/words.txt).
var tellVerbs = wordSet("tell-verbs")

// appositivePairSubject returns the two persons of a subject that
// coordinates two persons, each with a role in apposition, right before
// the verb at token i (dates and adverbs between skipped): "Mauro Vieira,
// Brazil's foreign minister, and Fernando Aramayo, Bolivia's foreign
// minister, signed" and "The Minister of Foreign Affairs of Brazil, Mauro
// Vieira, and the Minister of Foreign Affairs of Bolivia, Fernando Aramayo,
// signed"; nil when the subject is not such a pair.
func (d *doc) appositivePairSubject(i int) ([]string, int) {
	toks := d.toks
	c := d.beforeVerbAdjuncts(i) - 1
	if c < 8 || toks[c].key != "," {
		return nil, -1
	}
	if y2 := d.roleAppositionBefore(c); y2 >= 0 {
		// name, role, and name, role,
		a := d.startOf(y2) - 1
		if a < 2 || toks[a].key != "and" || toks[a-1].key != "," {
			return nil, -1
		}
		if y1 := d.roleAppositionBefore(a - 1); y1 >= 0 && !d.listBefore(d.startOf(y1)) {
			return append(slices.Clip(d.ments[y1].ids), d.ments[y2].ids...), c
		}
		return nil, -1
	}
	// role, name, and role, name,
	// (a role before its comma may be the name's title: the name itself follows the comma)
	y2 := d.mentionIndexAt(c - 1)
	if y2 < 0 || d.ments[y2].kind != graph.KindPerson || d.ments[y2].to != c || d.ments[y2].from < 2 || toks[d.ments[y2].from-1].key != "," {
		return nil, -1
	}
	a := d.rolePhraseStart(d.ments[y2].from - 1)
	if a < 2 || toks[a-1].key != "and" || toks[a-2].key != "," {
		return nil, -1
	}
	y1 := d.mentionIndexAt(a - 3)
	if y1 < 0 || d.ments[y1].kind != graph.KindPerson || d.ments[y1].to != a-2 || d.ments[y1].from < 1 || toks[d.ments[y1].from-1].key != "," {
		return nil, -1
	}
	if r := d.rolePhraseStart(d.ments[y1].from - 1); r < 0 || r > 0 && toks[r-1].kind == tokWord || d.listBefore(r) {
		return nil, -1
	}
	return append(slices.Clip(d.ments[y1].ids), d.ments[y2].ids...), c
}

// listBefore reports whether a comma before token s follows a name: s
// opens the second coordinate of a longer list ("We, the President of
// Cyprus, A, the President of Egypt, B, and ..."), which the pair reading
// would cut short.
func (d *doc) listBefore(s int) bool {
	return s > 1 && d.toks[s-1].key == "," && d.mentionIndexAt(s-2) >= 0
}

// rolePhraseStart returns the first token of the role phrase that ends
// before the comma at token c ("the Minister of Foreign Affairs of
// Bolivia", "Bolivia's foreign minister"): words, a role word among
// them, states and bodies but no person named; -1 when there is none.
func (d *doc) rolePhraseStart(c int) int {
	toks := d.toks
	role := false
	k := c - 1
	for ; k >= 0 && c-k <= 12; k-- {
		t := &toks[k]
		if t.kind != tokWord && t.key != "-" || t.key == "and" {
			break
		}
		if x := d.mentionIndexAt(k); x >= 0 && d.ments[x].kind == graph.KindPerson {
			return -1
		}
		role = role || t.flags&fRoleWords != 0
	}
	if !role || k == c-1 {
		return -1
	}
	return k + 1
}

// beforeVerbAdjuncts returns where the dates and adverbs right before the
// verb at token i start (", which suspended budget support, this month
// delivered", "..., on Monday urged"); i when there are none.
func (d *doc) beforeVerbAdjuncts(i int) int {
	for i > 0 && (d.inDate(i-1) || subjectAdverbs[d.toks[i-1].key] || i > 1 && d.inDate(i) && (d.toks[i-1].key == "on" || d.toks[i-1].key == "in")) {
		i--
	}
	return i
}

// possessiveApposition returns the opening comma of an apposition headed
// by a possessive that ends with a comma right before the verb at token i
// ("Hezbollah, Iran's main ally in Lebanon, attacked", "JNIM, al-Qaeda's
// Sahel affiliate, attacked") after a name, or -1: the possessor describes
// the subject and does not act.
func (d *doc) possessiveApposition(i int) int {
	toks := d.toks
	if i < 5 || toks[i-1].key != "," {
		return -1
	}
	for c := i - 2; c > 0 && c >= i-12; c-- {
		if toks[c].key != "," {
			if toks[c].kind != tokWord && d.mentionIndexAt(c) < 0 || d.lx.isVerbishTok(&toks[c]) && d.mentionIndexAt(c) < 0 {
				return -1
			}
			continue
		}
		x, before := d.mentionIndexAt(c+1), d.mentionIndexAt(c-1)
		if x < 0 || !d.ments[x].poss || d.ments[x].from != c+1 || before < 0 && toks[c-1].key != ")" || d.ments[x].to >= i-1 {
			return -1
		}
		return c
	}
	return -1
}

// comitativeAfterParty reports whether "together with" or "along with" opens
// at token s after a party's mention, with a comma between or none: the
// name after it is the party's coordinate, not a prepositional object.
func (d *doc) comitativeAfterParty(s int) bool {
	toks := d.toks
	if s > 0 && d.toks[s-1].key == "the" {
		s-- // "The US, along with the UK and Canada, sanctioned"
	}
	if s < 3 || !d.comitativeWith(s-1) {
		return false
	}
	k := s - 3
	if toks[k].key == "," {
		k--
	}
	x := d.mentionIndexAt(k)
	return x >= 0 && d.ments[x].to == k+1 && !d.ments[x].title && d.ments[x].kind != graph.KindPlace
}

// comitativeWith reports whether token w is the "with" of "together with"
// or "along with", which coordinate.
func (d *doc) comitativeWith(w int) bool {
	return w > 0 && d.toks[w].key == "with" && (d.toks[w-1].key == "together" || d.toks[w-1].key == "along")
}

// roleAppositionBefore returns the person a role apposition follows when it
// ends with the comma at token c: "Hakan Fidan, Türkiye's foreign minister,"
// and "Maia Sandu, Moldova's president," give the person; -1 when the
// words between the commas are no role phrase (a role word, with at most a
// possessive state or a people's adjective named among them; up to ten
// words: "the Taliban's deputy prime minister for economic affairs").
func (d *doc) roleAppositionBefore(c int) int {
	toks := d.toks
	if c < 3 || toks[c].key != "," {
		return -1
	}
	role := false
	k := c - 1
	for ; k >= 0 && c-k <= 10 && toks[k].key != ","; k-- {
		if toks[k].kind != tokWord && toks[k].key != "-" {
			return -1
		}
		if x := d.mentionIndexAt(k); x >= 0 && !d.ments[x].poss && d.ments[x].how != howDemonym {
			return -1
		}
		role = role || toks[k].flags&fRoleWords != 0
	}
	if !role || k < 1 || toks[k].key != "," {
		return -1
	}
	if x := d.mentionIndexAt(k - 1); x >= 0 && d.ments[x].kind == graph.KindPerson && d.ments[x].to == k {
		return x
	}
	return -1
}

// clausePunct ends a relative clause looked back over.
var clausePunct = map[string]bool{",": true, ";": true, ":": true, "(": true, ")": true, `"`: true}

// relativeOpening returns the relative word ("who", "which", "whom") of a
// clause set off by a comma that holds token from, looking back over at
// most reach tokens and across no clause punctuation (a hyphen or an
// apostrophe inside a name is none): ", which together with Mali form",
// ", which on Monday designated". It returns -1 when the nearest relative
// word has no comma before it, or there is none.
func (d *doc) relativeOpening(from, reach int) int {
	return d.relativeOpeningOf(from, reach, false)
}

// relativeOpeningOf is relativeOpening, counting "whose" when whose is set:
// the clause its noun opens ("whose country chairs ASEAN") is set off as
// any other, though its subject is that noun, not the antecedent.
func (d *doc) relativeOpeningOf(from, reach int, whose bool) int {
	toks := d.toks
	for j := from; j > 0 && from-j < reach; j-- {
		t := &toks[j]
		if t.kind == tokPunct && clausePunct[t.key] {
			return -1
		}
		if t.flags&fRelativeWords != 0 && (whose || t.key != "whose") {
			if toks[j-1].key == "," {
				return j
			}
			return -1
		}
	}
	return -1
}

// nameBeforeVerb reports whether mention m, a name that markModifiers took
// for a modifier of the noun after it, stands right before the trigger at
// token i that wordTrigger read as a verb: "China supplies Russia with
// drone engines" ("supplies" is a noun too; nounContext already decided).
func (d *doc) nameBeforeVerb(m mention, i int) bool {
	return m.how == howName && m.to == i && i < len(d.toks) && d.toks[i].flags&fVerbTrig != 0
}

// instrumentParticiple reports whether the verb at token i is the
// participle of a symmetric trigger right after the noun of an instrument:
// "the investment treaty signed in 2024" (its parties are those who speak
// of it), not "the two sides signed".
func (d *doc) instrumentParticiple(i int) bool {
	vt, ok := d.lx.verbs[d.toks[i].key]
	if !ok || !vt.typ.Symmetric() || i == 0 || !strings.HasSuffix(d.toks[i].key, "ed") {
		return false
	}
	nt, ok := d.lx.nouns[d.toks[i-1].key]
	return ok && nt.typ == graph.Agreed
}

// subjectStop reads token j, going back from the verb at token i, for what
// ends subjectAt's scan: punctuation, a pronoun, a speech verb, a relative
// word (whose antecedent is then the subject), a clause break.
func (d *doc) subjectStop(j, i int) (subj []string, end int, stop bool) {
	tk := d.toks[j]
	switch {
	case tk.key == ";" || tk.key == ":" || tk.key == "(":
		return nil, -1, true
	case (tk.key == "it" || tk.key == "they") && j > 2 && d.toks[j-2].key == "," && (d.toks[j-1].key == "which" || d.toks[j-1].key == "whom") && d.chargedActAfter(j+1, i):
		// "sanctioned two firms, A and B, which it accused of supplying the
		// Houthis": the antecedent did what it is accused of
		if x := d.mentionIndexAt(j - 3); x >= 0 && d.ments[x].to == j-2 && !d.ments[x].title && d.ments[x].kind != graph.KindPlace {
			return d.group(x, -1), j - 2, true
		}
		return nil, -1, true
	case tk.key == "it" && j > 1 && d.toks[j-2].key == "," && d.toks[j-1].key == "which" && d.verbGroupEnd(j+1) == i:
		// "sanctions on two firms, A and B, which it accused of ...": the
		// actor of the statement whose target the antecedent is accuses it;
		// else an unresolved pronoun, as below
		if a := d.actorsOfTarget(j - 2); a != nil {
			return a, j + 1, true
		}
		return nil, -1, true
	case subjectPronouns[tk.key]:
		return nil, -1, true // an unresolved pronoun is the subject: "and we condemn them"
	case tk.flags&fSpeechVerbs != 0 && (tk.key == "said" || tk.key == "says" || tk.key == "say" || tk.key == "claimed" || tk.key == "stated" ||
		j+1 < i && d.toks[j+1].key == "that" && !d.instrumentParticiple(i)):
		// "the Pentagon said militias attacked", "BIS alleged that the two
		// companies shipped": the complement's subject is not named (but "X
		// and Y noted that the treaty signed in 2024": the parties speak)
		return nil, -1, true
	case tk.flags&fRelativeWords != 0 || d.subjectThat(j):
		// the antecedent of "who"/"which", or of a subject "that" ("two Chinese
		// companies that supplied engines": no entity, not the sentence's subject)
		if x := d.roleAppositionBefore(j - 1); x >= 0 && tk.key == "who" {
			return d.group(x, -1), j, true // "Hakan Fidan, Türkiye's foreign minister, who arrived"
		}
		for x := len(d.ments) - 1; x >= 0; x-- {
			if d.ments[x].to <= j && !d.ments[x].title {
				if d.ments[x].to >= j-2 {
					if d.ments[x].kind == graph.KindPlace {
						return nil, -1, true // "Port Sudan, which hosts UN agencies": a place is no party
					}
					if y := d.appositionHeadOwner(x, j); y >= 0 {
						return d.group(y, -1), j, true // "JNIM, the al-Qaeda affiliate whose fighters attacked": JNIM
					}
					return d.group(x, -1), j, true
				}
				break
			}
		}
		return nil, -1, true
	case gerundAdjunctWords[tk.key] && j == i-1 && strings.HasSuffix(d.toks[i].key, "ing"):
		// "visited Belgrade before crossing to Pristina": the gerund's subject is the clause's
		subj, end := d.clauseSubjectBefore(j)
		return subj, end, true
	case tk.key == "since" && j > 0 && (d.toks[j-1].key == "have" || d.toks[j-1].key == "has" || d.toks[j-1].key == "had"):
		// "have since deepened": an adverb, not a clause
	case tk.key == "as" && j+1 < i && i-j <= 5 && d.allCapWords(j+1, i):
		return nil, -1, true // "... as Petro visits Caracas": the clause after "as" has its own subject
	case (tk.flags&fClauseBreakWords != 0) && tk.key != "as" && !(tk.key == "since" && j+1 < i && d.inDate(j+1)):
		// ("X, on his first visit to Guyana since 2024, called on": a date, no clause)
		return nil, -1, true
	}
	return nil, -1, false
}

// appositionHeadOwner returns the name that an apposition holding mention
// x as a modifier of its head noun follows, when the relative word at
// token j comes right after that head ("JNIM, the al-Qaeda affiliate whose
// fighters"): the antecedent is the head, which is the name before the
// comma; -1 otherwise.
func (d *doc) appositionHeadOwner(x, j int) int {
	toks, m := d.toks, d.ments[x]
	if m.to != j-1 || m.to >= len(toks) || toks[m.to].kind != tokWord || toks[m.to].cap || toks[m.to].flags&(fPersonNounsPlural|fGroupNouns) != 0 || combatantNouns[toks[m.to].key] {
		return -1
	}
	a := m.from - 1
	if a < 2 || toks[a].key != "the" && toks[a].key != "a" && toks[a].key != "an" || toks[a-1].key != "," {
		return -1
	}
	y := d.mentionIndexAt(a - 2)
	if y < 0 || d.ments[y].to != a-1 || d.ments[y].kind == graph.KindPlace || d.ments[y].title {
		return -1
	}
	return y
}

// chargedActAfter reports whether the verb group at token k is an
// accusation whose "of" the gerund at token i follows: "accused of
// supplying", "has accused of arming".
func (d *doc) chargedActAfter(k, i int) bool {
	v := d.verbGroupEnd(k)
	if v+2 != i || d.toks[v+1].key != "of" || !strings.HasSuffix(d.toks[i].key, "ing") {
		return false
	}
	vt, ok := d.lx.verbs[d.toks[v].key]
	return ok && vt.typ == graph.Accused
}

// clauseSubjectBefore returns the subject of the clause that an adjunct
// opening at token j follows: the subject of the nearest verb of the
// lexicon's before it that has one ("After Russia attacked Kyiv, X visited
// Belgrade before travelling": X's), else the sentence's first
// subject-like mention when a predicate follows that mention; nil when
// neither is.
func (d *doc) clauseSubjectBefore(j int) ([]string, int) {
	for v := j - 1; v >= 0; v-- {
		if _, ok := lookupIf(d.toks[v].flags&fVerbTrig != 0, d.lx.verbs, d.toks[v].key); ok && d.mentionIndexAt(v) < 0 {
			if subj, end := d.subjectAt(v); subj != nil {
				return subj, end // (a coordinated verb's subject is its first verb's: "visited X, and delivered Y, before travelling")
			}
		}
	}
	subj, end := d.mainSubject(j)
	if subj == nil || end >= j || !d.verbAfterAdverbial(end) {
		return nil, -1
	}
	return subj, end
}

// gerundAdjunctWords open an adjunct whose gerund shares the clause's
// subject: "X visited Belgrade before crossing to Pristina"
// (lexicon/words.txt).
var gerundAdjunctWords = wordSet("gerund-adjunct-words")

// subjectThat reports whether "that" at token j, with no name between it
// and the verb after it, is a relative pronoun after a noun of agents
// that names no entity ("two Chinese companies that supplied", "the
// individuals that"): they, not the sentence's subject, act. ("the drones
// that struck" are their owner's: the scan goes on.)
func (d *doc) subjectThat(j int) bool {
	toks := d.toks
	if toks[j].key != "that" || j == 0 || toks[j-1].kind != tokWord || toks[j-1].cap {
		return false
	}
	return descriptorOrgNouns[toks[j-1].key] || toks[j-1].flags&fPersonNounsPlural != 0 ||
		toks[j-1].flags&fGroupNouns == 0 && d.mentionIndexAt(j-2) < 0 && strings.HasSuffix(toks[j-1].key, "s") // "the convoys that supply Mali"
}

// passiveBetween reports whether tokens [from, to) hold a passive verb: a
// form of be and a word in -ed ("had been sheltered").
// partitiveOf reports whether the noun phrase starting at token s follows a
// partitive "of" ("a group of Iranian diplomats", "a column of Russian tanks"):
// the phrase is then the head of its clause's subject.
func (d *doc) partitiveOf(s int) bool {
	toks := d.toks
	if s > 2 && toks[s-1].key == "the" && toks[s-2].key == "of" {
		// "armed groups of the Viv Ansanm coalition", "gunmen of the M23": the body's men act
		return partitiveHeads[toks[s-3].key] || toks[s-3].flags&fPersonNounsPlural != 0 && (!toks[s-3].cap || s == 3)
	}
	return s > 1 && toks[s-1].key == "of" && partitiveHeads[toks[s-2].key]
}

func (d *doc) passiveBetween(from, to int) bool {
	toks := d.toks
	for j := max(from, 0); j+1 < to; j++ {
		if toks[j].flags&fBeForms != 0 && strings.HasSuffix(toks[j+1].key, "ed") {
			return true
		}
	}
	return false
}

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

// countedPeople are plural nouns of people that a count may introduce:
// "assisted 112 Indonesian migrant workers"; "they" after them are those.
var countedPeople = wordSet("counted-people")

// countedPeople reports whether the sentence counts people no mention names
// ("112 Indonesian migrant workers"): a number, then within four words a
// plural noun of people.
func (d *doc) countedPeople() bool {
	toks := d.toks
	for j := 0; j < len(toks); j++ {
		if !startsWithDigit(toks[j]) && !(toks[j].mayHave(fCount) && countWords[toks[j].key] > 0) {
			continue
		}
		for k := j + 1; k < len(toks) && k <= j+4 && toks[k].kind == tokWord; k++ {
			if countedPeople[toks[k].key] && d.mentionIndexAt(k) < 0 {
				return true
			}
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
		if d.dateStartsAt(j + 1) {
			continue // "the EU on Wednesday imposed sanctions": a date's preposition
		}
		if k == "of" && j > from && measureNouns[d.toks[j-1].key] {
			continue // "adopted a new package of sanctions": the measure's "of"
		}
		if prepositions[k] && k != "to" && k != "than" || clauseBreakWords[k] || relativeWords[k] || k == ";" || k == ":" {
			return false
		}
	}
	return true
}

// measureNouns count or group acts before "of": "a package of sanctions",
// "a new round of strikes"; see lexicon/words.txt.
var measureNouns = wordSet("measure-nouns")

// skipAppositive returns the token after a role in apposition that starts
// at token e (", President of the Republic of Kenya,"), else e: the subject
// governs the verb across it.
func (d *doc) skipAppositive(e int) int {
	toks := d.toks
	if e < 0 || e+1 >= len(toks) || toks[e].key != "," {
		return e
	}
	if end := d.appositiveRoleEnd(e + 1); end > e+1 && end < len(toks) && toks[end].key == "," {
		return end + 1
	}
	if end := d.descriptorEnd(e, articles); end > 0 {
		return end + 1 // "Kim Yo-jong, the powerful sister of leader Kim Jong-un, issued"
	}
	return e
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

// modifiesEventNoun reports whether mention x stands before an event noun
// that it qualifies: "the Houthi attacks".
func (d *doc) modifiesEventNoun(x int) bool {
	m := d.ments[x]
	if m.to >= len(d.toks) || m.poss {
		return false
	}
	t := d.toks[m.to]
	_, ok := d.lx.nouns[t.key]
	return ok && t.kind == tokWord && !t.cap
}

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

// landNouns name land a state holds: "the Syrian territories it has
// occupied"; see lexicon/words.txt.
var landNouns = wordSet("land-nouns")

// whomAntecedent returns the antecedent of "whom" before the subject that
// ends at token subjEnd ("X, whom Washington blamed"), or nil.
func (d *doc) whomAntecedent(subjEnd int) []string {
	toks := d.toks
	w := subjEnd - 2 // "A and B, which it accused of ...": after the pronoun standing for the sentence's subject
	named := true    // the subject is named, or a pronoun for the sentence's subject (subjectStop)
	if x := d.mentionIndexAt(subjEnd - 1); x >= 0 {
		w = d.startOf(x) - 1
		if w > 0 && toks[w].key == "the" && toks[w-1].key == "which" {
			w-- // "Hamas, which the United States designated"
		}
		named = d.ments[x].how != howPronoun
	} else if toks[subjEnd-1].key != "it" {
		return nil
	}
	if w < 1 {
		return nil
	}
	a := w - 1
	switch {
	case toks[w].key == "whom" || toks[w].key == "that" || toks[w].key == "which":
		if toks[a].key == "," && a > 0 {
			a--
		}
	case toks[w].kind == tokWord && !toks[w].cap && d.mentionIndexAt(w) < 0 && landNouns[toks[w].key]:
		a = w // "the Syrian territories it has occupied": a relative without a pronoun
	default:
		return nil
	}
	if y := d.mentionIndexAt(a); y >= 0 && !d.ments[y].title && d.ments[y].kind != graph.KindPlace && toks[w].key == "whom" {
		return d.ments[y].ids
	}
	if y := d.mentionIndexAt(a); y >= 0 && named && !d.ments[y].title && toks[w].key == "which" && a < w-1 && (d.ments[y].kind == graph.KindOrganization || d.ments[y].kind == graph.KindState) {
		// "two firms, A and B, which it accused of ...", "Hezbollah, which Washington accuses of ...": a body, after a comma
		return d.group(y, -1)
	}
	// "the Ukrainian towns that Russia has occupied": the state of a
	// demonym before a noun of land
	if a >= 1 && landNouns[toks[a].key] {
		if y := d.mentionIndexAt(a - 1); y >= 0 && d.ments[y].how == howDemonym && d.ments[y].kind == graph.KindState {
			return d.ments[y].ids
		}
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
				if x >= 0 && (d.ments[x].title || d.demonymOfPerson(x)) {
					continue // ("and on Belarusian businessman X": the person)
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

// appositionAfterPoss reports whether tokens [from, to) are a role and a
// comma: "foreign minister ," between "Iran's" and a name.
func (d *doc) appositionAfterPoss(from, to int) bool {
	toks := d.toks
	if to-from < 2 || toks[to-1].key != "," {
		return false
	}
	head := false
	for k := from; k < to-1; k++ {
		if toks[k].flags&fRoleWords == 0 && !d.roleModifier(k) {
			return false
		}
		head = head || toks[k].flags&fRoleHeads != 0
	}
	return head
}

// roleModifier reports whether token k is a lower-case word that may qualify
// a role ("transitional", "long-serving"): no preposition, filler, verb,
// trigger, speech, auxiliary or clause word.
func (d *doc) roleModifier(k int) bool {
	const not = fPrepositions | fNpFillers | fVerbTrig | fNounTrig | fPhraseTrig | fSpeechVerbs | fClauseBreakWords |
		fRelativeWords | fBeForms | fVerbAux | fPersonNounsPlural | fGroupNouns
	t := &d.toks[k]
	return t.kind == tokWord && !t.cap && t.flags&not == 0
}

// personAfterRoleOf returns the person in apposition after a role's body or
// state: "the leader of the opposition Greens, Franziska Brantner" names
// Brantner, not the Greens (nor a person "Greens" the role titles). The role
// before mention x ends in "of" and has a head. It returns the person's
// mention and the role's first token, or -1.
func (d *doc) personAfterRoleOf(x int) (y, roleFrom int) {
	toks, m := d.toks, d.ments[x]
	y = x + 1
	if m.kind == graph.KindPerson && !(m.titled && m.to-m.from <= 2) || y >= len(d.ments) || m.to >= len(toks) || toks[m.to].key != "," {
		return -1, -1
	}
	if my := d.ments[y]; my.kind != graph.KindPerson || my.title || d.startOf(y) != m.to+1 || d.listGoesOn(my.to) {
		return -1, -1
	}
	of, head := false, false
	k := m.from - 1
	for ; k >= 0 && toks[k].flags&fRoleWords != 0; k-- {
		of = of || toks[k].key == "of"
		head = head || of && toks[k].flags&fRoleHeads != 0
	}
	if !head {
		return -1, -1
	}
	return y, k + 1
}

// personAfterOwnersRole returns the person named right after a body's
// possessive and a role ("Rosneft's chief executive Igor Sechin"), or -1:
// the role's holder, not the body, fills the slot.
func (d *doc) personAfterOwnersRole(x int) int {
	toks, m := d.toks, d.ments[x]
	if !m.poss || m.kind != graph.KindOrganization || x+1 >= len(d.ments) {
		return -1
	}
	k, head := m.to, false
	for ; k < len(toks) && k < m.to+4 && toks[k].kind == tokWord && d.mentionIndexAt(k) < 0 && (toks[k].flags&fRoleWords != 0 || !toks[k].cap && !d.lx.isVerbishTok(&toks[k])); k++ {
		head = head || toks[k].flags&fRoleHeads != 0 // "chief executive", "founder"
	}
	if my := d.ments[x+1]; !head || my.kind != graph.KindPerson || my.title || my.from != k {
		return -1
	}
	return x + 1
}

// personAfterPeoplesRole returns the person named in apposition after a
// people's word and a role ("his Colombian counterpart, Gustavo Petro", "the
// Kenyan foreign minister, X") with the first token of that phrase, or -1.
func (d *doc) personAfterPeoplesRole(x int) (y, roleFrom int) {
	toks, m := d.toks, d.ments[x]
	if m.how != howDemonym || !m.modifier || x+1 >= len(d.ments) {
		return -1, -1
	}
	k, head := m.to, false
	for ; k < len(toks) && toks[k].kind == tokWord && !toks[k].cap && toks[k].flags&fRoleWords != 0; k++ {
		head = head || toks[k].flags&fRoleHeads != 0
	}
	my := d.ments[x+1]
	if !head || k >= len(toks) || toks[k].key != "," || my.kind != graph.KindPerson || my.title || d.startOf(x+1) != k+1 || d.listGoesOn(my.to) {
		return -1, -1
	}
	roleFrom = m.from
	if b := roleFrom - 1; b >= 0 && (toks[b].key == "his" || toks[b].key == "her" || toks[b].key == "their" || toks[b].key == "the" || toks[b].key == "its") {
		roleFrom = b
	}
	return x + 1, roleFrom
}

// listGoesOn reports whether a list of names goes on at token k: a comma,
// "and" or "or" before a capitalized word ("Keir Starmer, Rishi Sunak and Ed
// Davey"), not ", and addressed".
func (d *doc) listGoesOn(k int) bool {
	toks := d.toks
	for ; k < len(toks) && (toks[k].key == "," || toks[k].key == "and" || toks[k].key == "or"); k++ {
		if k+1 < len(toks) && toks[k+1].cap {
			return true
		}
	}
	return false
}

// slotAt reports whether a phrase starting at token k fills the trigger's
// slot: it follows the trigger directly and the trigger takes a direct
// object, or it follows one of the trigger's prepositions.
func (o *objectScan) slotAt(k int) bool {
	if k == o.end {
		return o.direct
	}
	return k > o.end && contains(o.preps, o.d.toks[k-1].key)
}

// prepObject reports whether the mention starting at token from is the object
// of a preposition (and so not a subject); "officials from X" counts as X.
func (d *doc) prepObject(from int) bool {
	toks := d.toks
	j := d.prepBefore(from)
	if j < 0 || toks[j].key == "after" || toks[j].key == "before" || toks[j].key == "since" {
		return false
	}
	p := toks[j].key
	if (p == "from" || p == "of") && j > 0 && ((toks[j-1].flags&fPersonNounsPlural != 0) || (toks[j-1].flags&fGroupNouns != 0)) {
		return false
	}
	return true
}

// prepBefore returns the preposition before the noun phrase at token from,
// past its articles and fillers ("between the two"), or -1.
func (d *doc) prepBefore(from int) int {
	j := d.fillersBefore(from)
	if j < 0 || d.toks[j].flags&fPrepositions == 0 {
		return -1
	}
	return j
}

// fillersBefore returns the token before the articles and fillers that
// open the noun phrase at token from ("the two", "its"), or -1.
func (d *doc) fillersBefore(from int) int {
	toks := d.toks
	j := from - 1
	for j >= 0 && ((toks[j].flags&fNpFillers != 0) && !(toks[j].flags&fPrepositions != 0) && (!toks[j].cap || toks[j].key == "the")) {
		j--
	}
	return j
}

// objectMayEnd reports whether a clause may begin after the object list
// that opens at token first: after a verb's object, not inside "between X
// and Y" ("ties between Pyongyang and Moscow were ...") or after a noun's,
// which the sentence's verb follows ("Weapons deliveries to Ukraine and
// Moldova were condemned").
func (d *doc) objectMayEnd(first int) bool {
	p := d.prepBefore(first)
	return !(p >= 0 && partiesPreps[d.toks[p].key]) && d.verbBefore(first)
}

// objectOf finds the object group of a trigger ending at token end.
func (d *doc) objectOf(end int, preps []string, direct bool, maxDist int, typ graph.RelationType) ([]string, int) {
	toks := d.toks
	if end > len(toks) {
		return nil, -1 // a trigger at the end of an unfinished sentence ("..., calling")
	}
	o := &objectScan{d: d, end: end, preps: preps, direct: direct, typ: typ, rejectedTo: -1, prepAt: -1}
	if end > 0 && contains(preps, toks[end-1].key) {
		o.prep = toks[end-1].key // a phrase ending in its preposition: "threat posed by"
	}
	limit := len(toks)
	if end > 0 {
		limit = d.relativeClauseEnd(end - 1) // ", which hosts X in Larissa, as well as Italy": not Italy
	}
	if end > 0 && end < len(toks) {
		noun := toks[end-1].flags&fNounTrig != 0
		if s := d.datesAfterVerb(end); s > end && s < len(toks) && (!noun && (d.objectStartsAt(s) || toks[s].key == "to") || noun && (contains(preps, toks[s].key) || toks[s].key == "of")) {
			// "threatened on Tuesday to take ...", "attacked on Monday, 20 April, the city of",
			// "the delivery last year of F-35 jets from the United States to Norway": the date is no object
			o.skipped += s - end
			end, o.end = s, s
		}
	}
	for j := end; j < limit && j-end-o.skipped < maxDist; j++ {
		if toks[j].key == "them" && j > 0 && toks[j-1].key == "among" {
			o.skipped++ // "..., among them X": them is the counted group
			continue
		}
		if x := d.titledAt(j); x >= 0 {
			o.skipped += d.ments[x].from - j
			j = d.ments[x].from - 1 // the title belongs to the name that follows
			continue
		}
		if x := d.mentionIndexAt(j); x >= 0 {
			var found bool
			var ids []string
			var at int
			if j, ids, at, found = o.mention(x); found {
				if ids = d.idsBefore(ids, at, limit); len(ids) == 0 {
					return nil, -1
				}
				if o.holder {
					ids = append(ids, d.locativePlace(d.ments[at].to)...) // "a hospital run by MSF in Kherson": Kherson too
				}
				return ids, at
			}
			continue
		}
		var stop bool
		if toks[j].kind == tokPunct {
			stop = o.punct(j)
		} else {
			j, stop = o.word(j)
		}
		if stop {
			return nil, -1
		}
	}
	return nil, -1
}

// datesAfterVerb returns the token after the dates that open at token j,
// with their prepositions and the commas between them or before an object
// ("on Monday, 20 April, the city"; not ", sold the oil"), or j.
func (d *doc) datesAfterVerb(j int) int {
	toks := d.toks
	k := j
	for n := 0; n < 3; n++ {
		a := d.afterDateAdjunct(k)
		if a == k {
			break
		}
		k = a
		if k+1 < len(toks) && toks[k].key == "," && (d.inDate(k+1) || d.objectStartsAt(k+1)) {
			k++ // (not ", sold the oil": a new clause after the date)
		}
	}
	if k >= len(toks) {
		return j
	}
	return k
}

// countToken reports whether token t counts a group: a number or a count
// word above one ("two trading firms", "3 judges").
func countToken(t token) bool {
	return startsWithDigit(t) || countWords[t.key] > 1
}

// pluralNoun reports whether token t may be a plural noun: a lower-case
// word in -s ("firms", "companies"), not in -ss ("business").
func pluralNoun(t token) bool {
	return t.kind == tokWord && !t.cap && len(t.key) > 3 && strings.HasSuffix(t.key, "s") && !strings.HasSuffix(t.key, "ss")
}

// namesAfterGroup reports whether the lower-case words from token j end in
// a plural noun that a comma and a person or body named in apposition
// follow: "judges, Marvin Aguilar Pastora and ...", "firms, Kestrel Arc Ltd".
func (d *doc) namesAfterGroup(j int) bool {
	toks := d.toks
	k := j
	for k < len(toks) && k < j+3 && toks[k].kind == tokWord && !toks[k].cap && d.mentionIndexAt(k) < 0 {
		k++
	}
	if k == j || k+1 >= len(toks) || toks[k].key != "," || !pluralNoun(toks[k-1]) || !toks[k+1].cap || d.speechVerbBetween(k+1, min(k+6, len(toks))) {
		return false // (not "to Nigerien health authorities, the ministry said")
	}
	x := d.mentionIndexAt(k + 1)
	return x >= 0 && d.ments[x].kind != graph.KindPlace && d.ments[x].kind != graph.KindState && d.namedInApposition(k+1)
}

// namedInApposition reports whether the names that open at token j after a
// comma stand in apposition to the group before the comma: no title, no
// possessive, and no verb after them that would make them a new clause's
// subject ("two Lebanese villages, Hezbollah fired rockets": a new clause).
func (d *doc) namedInApposition(j int) bool {
	x := d.mentionIndexAt(j)
	if x < 0 || d.ments[x].title || d.ments[x].poss {
		return false
	}
	end := d.ments[x].to
	for y := x + 1; y < len(d.ments) && end < len(d.toks) && (d.toks[end].key == "and" || d.toks[end].key == ",") && d.ments[y].from == end+1; y++ {
		end = d.ments[y].to // "X, Y and Z"
	}
	return end >= len(d.toks) || !d.lx.isVerbishTok(&d.toks[end]) || d.toks[end].key == "and"
}

// objectScan is the state of objectOf's walk after a trigger.
type objectScan struct {
	d      *doc
	end    int
	preps  []string
	direct bool
	typ    graph.RelationType

	prep  string
	words int
	// that: the object is the subject of a that-clause ("warned that Iran ...");
	// inf: the object is the object of an infinitive ("threatened to strike X").
	that, inf  bool
	rejectedTo int    // end of the last mention rejected as an object: its coordinates go with it
	skipped    int    // tokens of titles, which do not count toward maxDist
	seenWord   bool   // a content word after the trigger
	prepAt     int    // the token of prep
	slotPrep   string // the last preposition that opened one of the trigger's slots
	slotSeen   bool   // a slot of the trigger was opened (a preposition of preps, or the direct object)
	holder     bool   // the object is the holder of what was struck ("depots held by X")
	slotTok    int    // the token of slotPrep
	// countPrep is the preposition of a counted group ("on two trading
	// firms"), whose names may follow it in apposition after a comma.
	countPrep string
}

// mention handles mention x: it returns the token to go on from, and the
// object and its mention when x (or a name it leads to) is the object; at
// is -1 with found when the walk must stop without an object.
func (o *objectScan) mention(x int) (j int, ids []string, at int, found bool) {
	d, m := o.d, o.d.ments[x]
	j = m.to - 1
	if o.passOver(m) {
		if m.title {
			o.skipped += m.to - m.from
		}
		if o.placeInAppositionSlot(m) {
			return j, nil, -1, true // "with Somaliland, the breakaway region of Somalia": the apposition places it, it names no party
		}
		return j, nil, 0, false
	}
	if y, rs := d.personAfterRoleOf(x); y >= 0 && o.slotAt(rs) {
		return d.ments[y].to - 1, d.group(y, +1), y, true
	}
	if y, rs := d.personAfterPeoplesRole(x); y >= 0 && o.slotAt(rs) {
		return d.ments[y].to - 1, d.group(y, +1), y, true // "received his Colombian counterpart, Gustavo Petro"
	}
	if y := d.personAfterOwnersRole(x); y >= 0 {
		return d.ments[y].to - 1, d.group(y, +1), y, true // "sanctioned Rosneft's chief executive Igor Sechin"
	}
	ok := o.prep == "" && o.direct || contains(o.preps, o.prep) || o.inf && (o.prep == "" || o.prep == "on" || o.prep == "against" || o.prep == "at")
	if o.that {
		if o.prep != "" && !contains(o.preps, o.prep) {
			return j, nil, -1, true
		}
		ok = true
	}
	ok = ok || o.acceptsAnyway(x, m)
	if ok && o.rejectedTo >= 0 && d.onlyCoordination(o.rejectedTo, d.startOf(x)) {
		ok = false // "the partnership between the UK and Kenya": Kenya is between's too
	}
	if !ok {
		return o.reject(j, x, m), nil, 0, false
	}
	ids, at = o.objectAt(x, m)
	return j, ids, at, true
}

// placeInAppositionSlot reports whether place mention m, passed over, fills
// the slot itself and an apposition follows it (", the breakaway region of
// Somalia"): what the apposition names describes the place.
func (o *objectScan) placeInAppositionSlot(m mention) bool {
	toks := o.d.toks
	if m.kind != graph.KindPlace || m.to+1 >= len(toks) || toks[m.to].key != "," || !articles[toks[m.to+1].key] {
		return false
	}
	return o.prep == "" && o.direct || contains(o.preps, o.prep)
}

// passOver reports whether mention m is no object and the walk goes past it.
func (o *objectScan) passOver(m mention) bool {
	d, toks, typ := o.d, o.d.toks, o.typ
	switch {
	case m.title:
		return true
	case o.inf && m.how == howPronoun && m.poss:
		return true // "threatened to widen its strikes on X": its is the subject's
	case m.kind == graph.KindPlace && typ != graph.Visited && typ != graph.Attacked && typ != graph.Invaded && !(typ == graph.Supplied && o.prep == "to" && (o.prepAt > o.end || o.afterNounOnly())) && !o.placeOfRecipients(m):
		return true // (aid sent "to Gaza" and "assistance to Gaza" are supplied to Gaza; "the troops it sent to Kursk" are no supply)
	case typ == graph.Sanctioned && m.how == howDemonym && o.travelBan() && d.populaceAfter(m.to):
		return true // "a travel ban on Afghan and Burmese nationals": a state's people, no sanctioned party
	case typ == graph.Visited && m.kind == graph.KindOrganization && (m.poss || d.placeAfterBody(m)):
		return true // "visited Hanwha Aerospace's plant in Changwon", "the Knesset in Jerusalem", "a Bundeswehr training area in Klietz": the place is the destination
	case m.from >= 2 && toks[m.from-1].key == "from" && sourceNouns[toks[m.from-2].key]:
		return true // "data from Kpler showed": the source of a figure is no party
	case m.kind == graph.KindPlace && typ != graph.Visited && d.offshore(m):
		return true // "a strike drill conducted off Laoag, Ilocos Norte": waters off a place are where, not whom
	case m.kind == graph.KindPlace && typ == graph.Visited && len(m.ids) == 1 && d.isSite(m.ids[0]) && m.to+1 < len(toks) && toks[m.to].key == "in":
		return true // "at the Presidential Villa in Abuja": the venue's city is the destination
	case m.kind == graph.KindPlace && m.to+1 < len(toks) && placeHeads[toks[m.to].key] && toks[m.to+1].key == "of":
		return true // "the Essequibo region of Guyana": the state is the object
	case m.to+1 < len(toks) && toks[m.to].key == "-" && toks[m.to].glued && flagParticiples[toks[m.to+1].key]:
		return true // "the Liberian-flagged bulk carrier Eternity C": the ship is the object
	case m.kind == graph.KindPlace && m.to+1 < len(toks) && toks[m.to].flags&fPlaceNouns != 0 && !toks[m.to].cap && toks[m.to+1].key != "of" && typ == graph.Visited && d.waterPlace(m):
		return true // "his trip to the Red Sea city": the sea qualifies the city
	case m.how == howDemonym && m.modifier && d.bodyAfterKind(m.to):
		return true // "to Russian state shipping group Sovcomflot": the body is the object
	case m.how == howPronoun && d.whatCalledAt(m.from-1):
		return true // `condemned what he called "atrocities" by the RSF`: "he" is the speaker
	case typ == graph.Supplied && o.prep == "" && m.modifier && !m.personOf && d.goodsAt(m.to):
		return true // "supplied Iranian drones to Venezuela": the people's word qualifies the goods
	case m.how == howDemonym && m.modifier && d.namesAfterGroup(m.to):
		return true // "sanctioned two Nicaraguan judges, X and Y": the names are the objects
	case typ == graph.Sanctioned && m.how == howDemonym && m.modifier && m.from >= 1 && (toks[m.from-1].key == "a" || toks[m.from-1].key == "an"):
		return true // "sanctioned a Chinese independent refinery": one body of that people, not its state
	}
	return false
}

// goodsAt reports whether the lower-case word at token k names goods, not
// a party: a weapon ("drones", "attack drones") or any noun that is no group
// of people or force ("oil", "components").
func (d *doc) goodsAt(k int) bool {
	toks := d.toks
	if k+1 < len(toks) && toks[k].key == "-" && toks[k].glued {
		k++ // "Iranian-origin fuel oil"
	}
	if k >= len(toks) || toks[k].kind != tokWord || toks[k].cap {
		return false
	}
	return weaponNoun[toks[k].key] || weaponModifiers[toks[k].key] || toks[k].flags&fGroupNouns == 0
}

// waterPlace reports whether mention m names a sea or another body of water.
func (d *doc) waterPlace(m mention) bool {
	if len(m.ids) != 1 {
		return false
	}
	b := d.ents[m.ids[0]]
	return b != nil && isWaterName(b.e.Name)
}

// bodyAfterKind reports whether an organization is named after the
// lower-case words from token j that end in a kind of body: "state shipping
// group Sovcomflot", "refiner Qingdao Lanhai Petrochemical".
func (d *doc) bodyAfterKind(j int) bool {
	toks := d.toks
	for k := j; k < len(toks) && k <= j+3; k++ {
		if toks[k].kind != tokWord || toks[k].cap {
			if k == j || !descriptorOrgNouns[toks[k-1].key] && !orgTypeNouns[toks[k-1].key] {
				return false
			}
			x := d.mentionIndexAt(k)
			return x >= 0 && d.ments[x].kind == graph.KindOrganization && d.ments[x].from == k
		}
	}
	return false
}

// afterNounOnly reports whether the trigger before the scan is an event
// noun that is no verb ("assistance", "aid", "deliveries").
func (o *objectScan) afterNounOnly() bool {
	d := o.d
	k := o.end - 1
	return k >= 0 && d.isNounTrigger(k) && !d.lx.isVerbTriggerTok(&d.toks[k])
}

// shipKindAt reports whether word j belongs to a ship's kind before its
// name: "bulk carrier" of "the Liberian-flagged bulk carrier Eternity C".
func (d *doc) shipKindAt(j int) bool {
	toks := d.toks
	for k := j; k < len(toks) && k <= j+2; k++ {
		key := toks[k].key
		if vesselNouns[key] {
			return k+1 < len(toks) && toks[k+1].cap && toks[k+1].kind == tokWord
		}
		if !vesselModifiers[key] && !flagParticiples[key] {
			return false
		}
	}
	return false
}

// flagParticiples make a state before them a ship's flag or owner, no party:
// "Liberian-flagged"; see lexicon/words.txt.
var flagParticiples = wordSet("flag-participles")

// withAfter reports whether "with" follows at token k, past a bracketed
// acronym ("the Royal Solomon Islands Police Force (RSIPF) with").
func (d *doc) withAfter(k int) bool {
	toks := d.toks
	if k+3 < len(toks) && toks[k].key == "(" && toks[k+2].key == ")" {
		k += 3
	}
	return k < len(toks) && toks[k].key == "with"
}

// offshore reports whether place mention m follows "off", itself or as the
// tail of an address that does ("off Laoag, Ilocos Norte").
func (d *doc) offshore(m mention) bool {
	toks := d.toks
	k := m.from - 1
	for k >= 1 && toks[k].key == "," {
		x := d.mentionIndexAt(k - 1)
		if x < 0 || d.ments[x].kind != graph.KindPlace {
			return false
		}
		k = d.ments[x].from - 1
	}
	return k >= 0 && toks[k].key == "off"
}

// acceptsAnyway reports whether mention x is the object though the
// preposition before it is not one of the trigger's.
func (o *objectScan) acceptsAnyway(x int, m mention) bool {
	d, toks, typ, end := o.d, o.d.toks, o.typ, o.end
	switch {
	case (o.prep == "in" || o.prep == "near" || o.prep == "at") && m.kind == graph.KindPlace && o.seenWord && (typ == graph.Attacked || typ == graph.Invaded):
		return true // "the attack on a police post in Pulwama", "against a military post at Kérou": the place of an unnamed target
	case o.placeOfRecipients(m):
		return true // "delivered food to 40,000 displaced people in Tawila": the place of unnamed recipients
	case o.prep == "" && !o.direct && d.withAfter(m.to):
		return true // "supplied Ukraine with arms", "supplied the RSIPF (...) with trucks"
	case o.prep == "" && typ == graph.Visited && m.how == howPronoun && toks[m.from].key == "here":
		return true // "arrived here Tuesday": the dateline's place
	case o.prep == "" && typ == graph.Supplied && (d.startOf(x) == end || d.startOf(x) == end+1 && toks[end].key == "the") && ditransitiveVerbs[toks[end-1].key] && !m.poss && m.to < len(toks) && toks[m.to].kind == tokWord && d.mentionIndexAt(m.to) < 0 && !toks[m.to].in(fPrepositions, prepositions):
		return true // "had given Tonga two patrol boats": the first object receives
	}
	return false
}

// placeOfRecipients reports whether place or state mention m, after "in"
// or "at" inside the "to" slot of a supply that no name filled, or after
// "of" and a noun of people, is where its unnamed recipients are:
// "delivered food to 40,000 people in South Kordofan", "medical supplies
// to the general hospital in Goma", "rice to displaced families in
// Cambodia", "flour to the people of Afghanistan".
func (o *objectScan) placeOfRecipients(m mention) bool {
	if o.typ != graph.Supplied || m.kind != graph.KindPlace && m.kind != graph.KindState || o.slotPrep != "to" || !o.seenWord {
		return false
	}
	if k := o.slotTok + 1; k < len(o.d.toks) && o.d.toks[k].kind == tokWord && !o.d.toks[k].cap && o.d.lx.isVerbishTok(&o.d.toks[k]) {
		return false // "troops sent to fight in Russia's Kursk region": an infinitive, no recipients
	}
	switch {
	case o.prep == "in" || o.prep == "at":
	case recipientPlacePreps[o.prep] && o.prepAt+1 == m.from && !m.poss: // "to displaced families around Tillaberi" (not "around 30 Filipino boats", "near Russia's border")
	case o.prep == "of" && o.prepAt > 0 && recipientNouns[o.d.toks[o.prepAt-1].key]:
		// "sent flour to the people of Afghanistan"
	default:
		return false
	}
	for k := o.slotTok + 1; k < o.prepAt && k < len(o.d.toks); k++ {
		if t := &o.d.toks[k]; t.in(fPrepositions, prepositions) || t.key == ";" || t.key == "(" {
			return false // "to Houthi-controlled ports through front companies in Muscat": another phrase's place
		}
	}
	return true
}

// recipientPlacePreps place the recipients of a supply: "to displaced
// families around Tillaberi" (lexicon/words.txt).
var recipientPlacePreps = wordSet("recipient-place-preps")

// conductNouns name what a party does, which a criticism of it names
// before "of" and the party (lexicon/words.txt).
var conductNouns = wordSet("conduct-nouns")

// recipientNouns name the people a supply goes to, before "of" and their
// state: "the people of Afghanistan" (lexicon/words.txt).
var recipientNouns = wordSet("recipient-nouns")

// reject passes over mention x, no object: its coordinates go with it. It
// returns the token to go on from.
func (o *objectScan) reject(j, x int, m mention) int {
	if o.prep == "by" {
		o.skipped += o.d.startOf(x) - o.prepAt // (a by-agent, "the attack by the ADF on ...")
	}
	o.prep = ""
	o.words = 0
	o.rejectedTo = m.to
	o.skipped += m.to - m.from - 1 // a long name counts as one word
	if e := o.d.sameNameBracketEnd(m.to); e > 0 {
		o.skipped += e - m.to
		j += e - m.to // "by Jama'at Nusrat al-Islam wal-Muslimin (JNIM) on ..."
	}
	return j
}

// group returns the IDs of object mention x and the mentions coordinated
// after it. Unlike a subject's, an object's coordination ends where a new
// clause begins: in "Iran attacked Israel and Hezbollah fired at Haifa",
// Hezbollah is the next clause's subject, no second target; unless the
// verb may take a clause ("warned Iran and Hezbollah would pay").
func (o *objectScan) group(x int) []string {
	return o.d.coordinated(x, +1, !clauseObjectTypes[o.typ])
}

// objectAt returns the object that mention x gives: x's group, or a name
// it leads to (a named head, a person in apposition, a body's titled
// person, the members of a "namely" list).
func (o *objectScan) objectAt(x int, m mention) ([]string, int) {
	d := o.d
	if y := d.namedHeadAfterDemonym(x, m); y >= 0 {
		return o.group(y), y
	}
	if y := d.possessorsObject(x, m); y >= 0 {
		return o.group(y), y
	}
	if y := d.titledByBody(x); y >= 0 {
		// "sanctions on Supreme Federal Court (STF) Justice Alexandre de Moraes": the titled person
		return o.group(y), y
	}
	if y := d.namelyAfter(m.to); y >= 0 {
		// "the AES member states, namely Burkina Faso, Mali and Niger": the members
		return o.group(y), y
	}
	if m.personOf {
		// "two Ansarallah leaders, A and B": the named persons
		for y := x + 1; y < len(d.ments); y++ {
			if d.ments[y].kind == graph.KindPerson && !d.ments[y].title && d.ments[y].how != howPronoun {
				return o.group(y), y
			}
		}
	}
	if o.typ == graph.Sanctioned {
		// "froze the assets of 11 Russian individuals, including a North Korean bank"
		return append(o.group(x), d.includedAfter(x)...), x
	}
	return o.group(x), x
}

// namedHeadAfterDemonym returns the named head that a demonym mention x
// qualifies ("the Venezuelan gang Tren de Aragua": the gang), or -1.
func (d *doc) namedHeadAfterDemonym(x int, m mention) int {
	toks := d.toks
	if m.how != howDemonym || x+1 >= len(d.ments) || d.ments[x+1].title || d.ments[x+1].how != howName {
		return -1
	}
	y := x + 1
	if d.startOf(y)-m.to < 1 || d.startOf(y)-m.to > 2 {
		return -1
	}
	for k := m.to; k < d.startOf(y); k++ {
		if toks[k].kind != tokWord || toks[k].cap || toks[k].in(fPrepositions, prepositions) || d.lx.isVerbTriggerTok(&toks[k]) {
			return -1
		}
	}
	return y
}

// possessorsObject returns the mention a possessive mention x leads to as
// the object: a person in apposition after a role ("Cuba's top diplomat
// for U.S. affairs, Josefina Vidal") or a later name after a role or an
// ally noun ("the North's ally China"), or -1.
func (d *doc) possessorsObject(x int, m mention) int {
	if !m.poss {
		return -1
	}
	toks := d.toks
	for y := x + 1; y < len(d.ments) && d.startOf(y)-m.to <= 10; y++ {
		my := d.ments[y]
		if my.kind == graph.KindPerson && !my.title && d.startOf(y) > 0 && toks[d.startOf(y)-1].key == "," {
			ok, head := true, false
			for k := m.to; k < d.startOf(y)-1; k++ {
				if toks[k].kind == tokPunct || !((toks[k].flags&fRoleWords != 0) || (toks[k].flags&fNpFillers != 0) || d.mentionIndexAt(k) >= 0 || toks[k].key == "affairs" || d.roleModifier(k)) {
					ok = false
					break
				}
				head = head || toks[k].flags&fRoleHeads != 0
			}
			if ok && head {
				return y
			}
		}
	}
	for y := x + 1; y < len(d.ments) && d.startOf(y)-m.to <= 3; y++ {
		between := true
		for k := m.to; k < d.startOf(y); k++ {
			if !((toks[k].flags&fRoleWords != 0) || (toks[k].flags&fNpFillers != 0) || toks[k].key == "ally" || toks[k].key == "partner" || toks[k].key == "neighbour" || toks[k].key == "neighbor") {
				between = false
			}
		}
		if between && !d.ments[y].title {
			return y
		}
		if between && d.ments[y].title {
			continue
		}
		break
	}
	return -1
}

// subjectOfNewClause reports whether the mentions coordinated from mention
// x on ("Seoul and Tokyo") are followed by a finite verb: they are a new
// clause's subject.
func (d *doc) subjectOfNewClause(x int) bool {
	toks := d.toks
	j := d.ments[d.coordinatedEnd(x)].to
	if j >= len(toks) || toks[j].kind != tokWord || toks[j].cap || toks[j].key == "to" {
		return false // ("urges X, and ECOWAS to resume dialogue": an object's infinitive)
	}
	return toks[j].flags&(fSpeechVerbs|fVerbAux|fBeForms) != 0 || d.lx.isVerbishTok(&toks[j]) || beliefVerbs[toks[j].key]
}

// clauseVerbAfter reports whether the mentions coordinated from mention x
// by "and" are followed by a finite verb, past dates and adverbs
// (adverbialEnd): a past form ("and Hezbollah fired at Haifa", "and
// Hezbollah struck Haifa"), a present in -s or an auxiliary ("and Hamas
// says", "and Hamas has"); not a noun ("and Hezbollah attacks on Haifa"), an
// infinitive or a participle of a reduced relative ("firms in China and Hong
// Kong accused of ...", "based in", "alleged to have").
func (d *doc) clauseVerbAfter(x int) bool {
	toks := d.toks
	j := d.adverbialEnd(d.ments[d.coordinatedEnd(x)].to)
	if j >= len(toks) || toks[j].kind != tokWord || toks[j].cap || d.nounContext(j) {
		return false
	}
	tk := &toks[j]
	if d.modalAt(j) {
		return j+1 == len(toks) || !toks[j+1].cap && toks[j+1].flags&fNpFillers == 0 // not "should both parties request": an inverted condition
	}
	if tk.flags&fBeForms != 0 || auxVerbs[tk.key] {
		return true
	}
	if !pastForm(tk) && !(tk.flags&fSpeechVerbs != 0 && strings.HasSuffix(tk.key, "s")) || relativeParticiples[tk.key] {
		return false // ("linked to", "based in", "alleged to have")
	}
	next := d.adverbialEnd(j + 1)
	if next >= len(toks) {
		return true // "Russia attacked Ukraine and Belarus protested" (a headline)
	}
	k := toks[next].key
	return k != "of" && k != "by" && k != "with" && !(k == "to" && toParticiples[tk.key]) // not "accused of", "hit hard by", "alleged to have"
}

// relativeParticiples are past participles that open a reduced relative
// clause after a name ("firms in China and Hong Kong linked to ..."), not
// a new clause; toParticiples do so before "to" ("alleged to have") (lexicon/words.txt).
var (
	relativeParticiples = wordSet("relative-participles")
	toParticiples       = wordSet("to-participles")
)

// newClauseAfterObject reports whether mention x, coordinated after the
// object first, opens a new clause instead ("supplied drones to Iran and
// Hezbollah fired at Haifa", "met Xi Jinping and Modi criticized ..."): a
// finite verb follows it, and first is the object of a verb's preposition
// that takes no two parties ("talks between Israel and Hamas stalled";
// "deliveries to Ukraine and Moldova were condemned": a noun's) or of a
// trigger that takes no clause ("warned Iran and Hezbollah would pay").
func (d *doc) newClauseAfterObject(first, x int) bool {
	s := d.startOf(first)
	p := d.prepBefore(s)
	object := d.prepObject(s) && !partiesPreps[d.toks[p].key] && d.verbBefore(p) || d.directObjectOfTrigger(s)
	return object && d.clauseVerbAfter(x)
}

// verbBefore reports whether a verb in the past or a verb trigger stands
// before token p in its clause ("supplied drones to"), not only nouns
// ("Weapons deliveries to").
func (d *doc) verbBefore(p int) bool {
	for k := p - 1; k >= 0; k-- {
		t := &d.toks[k]
		if t.kind == tokPunct && t.key != "-" {
			return false
		}
		if _, trig := lookupIf(t.flags&fVerbTrig != 0, d.lx.verbs, t.key); (trig || pastForm(t)) && !t.cap && d.mentionIndexAt(k) < 0 && !d.nounContext(k) {
			return true
		}
	}
	return false
}

// directObjectOfTrigger reports whether the noun phrase at token s is the
// direct object of a verb trigger before it that takes no clause (see
// clauseObjectTypes).
func (d *doc) directObjectOfTrigger(s int) bool {
	toks := d.toks
	j := d.fillersBefore(s)
	if j < 0 || toks[j].kind != tokWord || toks[j].cap || d.nounContext(j) {
		return false
	}
	tr, ok := lookupIf(toks[j].flags&fVerbTrig != 0, d.lx.verbs, toks[j].key)
	return ok && tr.direct && !clauseObjectTypes[tr.typ]
}

// clauseObjectTypes are the relations whose verb may take a clause with a
// coordinated subject where a name follows it: "warned Iran and Hezbollah
// would pay", "accused Iran and Hezbollah had armed ...". Their objects'
// coordination runs on past a finite verb.
var clauseObjectTypes = map[graph.RelationType]bool{graph.Warned: true, graph.Threatened: true, graph.Accused: true}

// auxVerbs are the finite auxiliaries of a perfect or emphasis, and
// partiesPreps take two or more parties: "ties between Pyongyang and
// Moscow" (lexicon/words.txt).
var (
	auxVerbs     = wordSet("finite-aux")
	partiesPreps = wordSet("parties-preps")
)

// coordinatedEnd returns the last of the mentions coordinated from mention
// x by a bare "and" ("Seoul and Tokyo").
func (d *doc) coordinatedEnd(x int) int {
	toks := d.toks
	for x+1 < len(d.ments) && d.ments[x].to+1 == d.startOf(x+1) && d.ments[x].to < len(toks) && toks[d.ments[x].to].key == "and" {
		x++
	}
	return x
}

// beliefVerbs open a clause of what its subject holds: "Seoul and Tokyo
// suspect ..." (lexicon/words.txt).
var beliefVerbs = wordSet("belief-verbs")

// punct handles punctuation token j and reports whether it ends the search.
func (o *objectScan) punct(j int) bool {
	toks := o.d.toks
	tk := toks[j]
	switch tk.key {
	case ":":
		return !o.listColon(j)
	case ".", ";", "?", "!", "(":
		return true
	case ",":
		if o.direct && o.slotPrep != "" {
			o.direct = false // "supplying weapons to rebels in the north, two days after ... a Malian army drone": no direct object after the slots
		}
		if j+1 < len(toks) && inclusionMarkers[toks[j+1].key] && o.seenWord {
			o.skipped++ // (the comma before "including" does not count toward the distance)
			return false
		}
		if o.direct && o.seenWord && o.prep == "" && j+2 < len(toks) && (toks[j+1].key == "and" || toks[j+1].key == "but") && toks[j+2].in(fPrepositions, prepositions) {
			return true // "attacking civilians, and on Daglo": the direct object was no entity
		}
		if o.direct && o.seenWord && !contains(o.preps, o.prep) && j+1 < len(toks) && toks[j+1].kind == tokWord && !toks[j+1].cap && strings.HasSuffix(toks[j+1].key, "ly") && o.d.mentionIndexAt(j+1) < 0 {
			return true // "juntas that seized power between 2020 and 2023, formally left ECOWAS": a new clause
		}
		if o.prep != "" && o.words > 0 && j+1 < len(toks) && (toks[j+1].key == "and" || toks[j+1].key == "but") {
			return true // "delivered land to 1,100 families, and the Land Agency will ...": a new clause
		}
		if o.countPrep != "" && o.prep == "" && j > 0 && pluralNoun(toks[j-1]) && o.d.namedInApposition(j+1) {
			o.prep, o.words = o.countPrep, 0 // "sanctions on two trading firms, X and Y": the names are the group
			o.skipped += 3
			return false
		}
		if j+1 < len(toks) {
			n := toks[j+1].key
			if relativeWords[n] || clauseBreakWords[n] || strings.HasSuffix(n, "ing") && n != "including" || speechVerbs[n] {
				return true // (", including tents and medicines," is part of the object)
			}
			// ", Ukraine's air force said": a reporting clause (after a closing quote too:
			// `... silent," Salim told reporters`)
			for k := j + 1; k < len(toks) && k <= j+7; k++ {
				if toks[k].flags&fSpeechVerbs != 0 {
					return true
				}
				if toks[k].kind == tokPunct && !(k == j+1 && toks[k].key == `"`) {
					break
				}
			}
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

// personAt returns the person mention (its title included) that starts at token j, or -1.
func (d *doc) personAt(j int) int {
	if x := d.itemAt(j); x >= 0 && d.ments[x].kind == graph.KindPerson {
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

// affiliationOf returns the person whose state mention y names right after
// "of" ("Mher Grigoryan of Armenia"), or -1.
func (d *doc) affiliationOf(y int) int {
	m := d.ments[y]
	if m.kind != graph.KindState || m.from < 2 || d.toks[m.from-1].key != "of" {
		return -1
	}
	x := d.mentionIndexAt(m.from - 2)
	if x < 0 || d.ments[x].kind != graph.KindPerson || d.ments[x].to != m.from-1 || d.ments[x].title {
		return -1
	}
	return x
}

// conjunctBefore returns the mention before mention x (x > 0) that may be
// its coordinate, past that mention's own bracketed acronym ("the Armed
// Forces of the Philippines (AFP) and the ..."), and the token after it
// (after the bracket).
func (d *doc) conjunctBefore(x int) (y, end int) {
	y = x - 1
	switch {
	case y < 0:
		return 0, 0
	case y > 0 && d.ownAcronym(y-1, y):
		return y - 1, d.ments[y].to + 1
	}
	if p := d.affiliationOf(y); p >= 0 {
		return p, d.ments[y].to // "Mher Grigoryan of Armenia and ...": the person, past his state
	}
	return y, d.ments[y].to
}

// ownAcronym reports whether mention y is mention x's own name in brackets
// right after it: "Japan Maritime Self-Defense Force (JMSDF)".
func (d *doc) ownAcronym(x, y int) bool {
	return d.ments[y].from == d.ments[x].to+1 && d.bracketed(y) && slices.Equal(d.ments[x].ids, d.ments[y].ids)
}

// bracketed reports whether mention x stands alone in brackets: "(AFP)", "(Reuters)".
func (d *doc) bracketed(x int) bool {
	s, e := d.startOf(x), d.ments[x].to
	return s > 0 && e < len(d.toks) && d.toks[s-1].key == "(" && d.toks[e].key == ")"
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
		if j > 0 && sourceNouns[toks[j-1].key] {
			return nil // "imported ... in February, data from Kpler showed": a source, no party
		}
		x := d.mentionIndexAt(j + 1)
		if x < 0 && j+2 < len(toks) && toks[j+1].flags&fNpFillers != 0 {
			x = d.mentionIndexAt(j + 2)
		}
		at := j + 1
		if at+2 < len(toks) && d.styleAt(at) {
			at += 2 // "from His Highness Sheikh X"
		}
		if t := d.titledAt(at); (x < 0 || d.ments[x].title) && t >= 0 {
			x = t // "from President X": the titled person
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

// personAfterRolePhrase returns the person named after a comma that ends a
// lower-case role phrase starting at token j ("the head of the junta,
// General Assimi Goïta"), or nil.
func (d *doc) personAfterRolePhrase(j int) []string {
	toks := d.toks
	role := false
	for k := j; k < len(toks) && k < j+8; k++ {
		t := toks[k]
		if t.key == "," {
			if !role {
				return nil
			}
			x := d.titledAt(k + 1)
			if x < 0 {
				x = d.mentionIndexAt(k + 1)
			}
			if x >= 0 && d.ments[x].kind == graph.KindPerson {
				return d.group(x, +1)
			}
			return nil
		}
		if t.kind != tokWord || d.mentionIndexAt(k) >= 0 && d.ments[d.mentionIndexAt(k)].kind == graph.KindPerson || d.lx.isVerbishTok(&toks[k]) {
			return nil
		}
		role = role || t.flags&(fRoleHeads|fRoleWords) != 0 && t.flags&fNpFillers == 0
	}
	return nil
}

// byAfterAdjuncts reports whether "by" stands at token j, or after a
// date or place adjunct there: "signed on the same day by", "signed in
// Mogadishu on 30 October by".
func (d *doc) byAfterAdjuncts(j int) bool {
	toks := d.toks
	for k := j; k < len(toks) && k <= j+7; k++ {
		t := toks[k]
		switch {
		case t.key == "by":
			return true
		case d.inDate(k) || timeAdjunctWords[t.key]:
		case d.mentionIndexAt(k) >= 0 && d.ments[d.mentionIndexAt(k)].kind == graph.KindPlace:
		default:
			return false
		}
	}
	return false
}

// byAfterSlot reports whether a by-agent follows a recipient's or a
// source's phrase that opens at token j: "missiles supplied to the Kyiv
// regime by the United Kingdom" (a reduced relative, not the noun's verb).
func (d *doc) byAfterSlot(j int) bool {
	toks := d.toks
	if j >= len(toks) || toks[j].key != "to" && toks[j].key != "from" && toks[j].key != "into" {
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+7; k++ {
		t := &toks[k]
		switch {
		case t.key == "by":
			// an agent, not a means or a time: "by the United Kingdom", not "by plane", "by the end of March"
			return k > j+1 && (d.mentionIndexAt(k+1) >= 0 || k+2 < len(toks) && toks[k+1].key == "the" && d.mentionIndexAt(k+2) >= 0)
		case t.key == "and" || t.key == ",":
		case t.kind != tokWord && !(t.key == "-" && t.glued) || d.lx.isVerbishTok(t) && d.mentionIndexAt(k) < 0:
			return false
		}
	}
	return false
}

// timeAdjunctWords make up date and place adjuncts between a participle and
// its by-agent: "on the same day"; see lexicon/words.txt.
var timeAdjunctWords = wordSet("time-adjunct-words")

// weaponFiredBy returns the token of the "by" in "drones launched by X",
// "missiles fired by X" at token k (determiners and describing words
// before the weapons), or -1.
func (d *doc) weaponFiredBy(k int) int {
	toks := d.toks
	for k < len(toks) && toks[k].kind == tokWord && !toks[k].cap && !armedNouns[toks[k].key] && toks[k].flags&fNpFillers != 0 {
		k++
	}
	if k+2 < len(toks) && armedNouns[toks[k].key] && fireVerbs[toks[k+1].key] && toks[k+2].key == "by" {
		return k + 2
	}
	return -1
}

// byAgent finds "by X" after token end, within the clause.
func (d *doc) byAgent(end int) []string {
	toks := d.toks
	for j := end; j < len(toks) && j-end < 12; j++ {
		if _, trig := d.lx.verbs[toks[j].key]; !trig && toks[j].kind == tokWord && strings.HasSuffix(toks[j].key, "ed") && d.mentionIndexAt(j) < 0 && j+1 < len(toks) && toks[j+1].key == "by" && !(j == end+1 && toks[end].key == "and") {
			return nil // "a deal mediated by Qatar": the agent of another participle ("armed and trained by Rwanda" share it)
		}
		if toks[j].flags&(fRelativeWords|fClauseBreakWords) != 0 && !(j == end && toks[j].key == "as") {
			return nil // ("designated as a terrorist organization by X": "as" is the designation's)
		}
		if toks[j].key == "by" {
			if k := d.weaponFiredBy(j + 1); k > 0 {
				j = k - 1 // "by drones launched by the RSF": the launcher
				continue
			}
			if x := d.titledAt(j + 1); x >= 0 {
				return d.group(x, +1) // "by Bolivian President Luis Arce": the person, not the title's state
			}
			if x := d.titledAt(j + 2); x >= 0 && toks[j+1].key == "the" {
				return d.group(x, +1) // "by the Cabinet Secretary for Foreign Affairs, Hon. Musalia Mudavadi"
			}
			if x := d.mentionIndexAt(j + 1); x >= 0 {
				if m := d.ments[x]; m.how == howPronoun && m.poss && m.to < len(toks) && toks[m.to].flags&fRoleWords != 0 {
					// "by his deputy": someone the text does not name, not "him"; "by his
					// predecessor Dmytro Kuleba": the one named after the role
					for k := m.to; k < len(toks) && k <= m.to+3; k++ {
						if y := d.mentionIndexAt(k); y >= 0 && d.ments[y].kind == graph.KindPerson && !d.ments[y].title {
							return d.group(y, +1)
						}
					}
					return nil
				}
				return d.group(x, +1)
			}
			// "by the paramilitary Rapid Support Forces": determiners and a
			// group's description before the name
			k := j + 1
			for k < len(toks) && k <= j+3 && (toks[k].flags&fNpFillers != 0 || groupAdjectives[toks[k].key]) {
				k++
			}
			if x := d.mentionIndexAt(k); x >= 0 && k > j+1 {
				return d.group(x, +1)
			}
			if x := d.mentionAfterPluralTitle(j + 1); x >= 0 {
				return d.group(x, +1) // "by Presidents Nicolás Maduro and Irfaan Ali"
			}
			if x := d.bodyAfterPartitive(j + 1); x >= 0 {
				return d.group(x, +1) // "by units of the Bolivarian National Armed Forces": the body's
			}
			if x := d.acronymAfterName(j + 1); x >= 0 {
				return d.ments[x].ids // "by the Mouvement du 23 mars (M23)": a name no list knows, its known acronym
			}
			return d.personAfterRolePhrase(j + 1) // "by the head of the junta, General Assimi Goïta"
		}
		if toks[j].key == "." || toks[j].key == ";" {
			return nil
		}
	}
	return nil
}

// acronymAfterName returns the mention of a known acronym in brackets after
// a capitalized name that no list knows, starting at token k ("the
// Mouvement du 23 mars (M23)"), or -1.
func (d *doc) acronymAfterName(k int) int {
	toks := d.toks
	if k < len(toks) && toks[k].key == "the" {
		k++
	}
	if k >= len(toks) || !toks[k].cap || d.mentionIndexAt(k) >= 0 {
		return -1
	}
	for j := k + 1; j+2 < len(toks) && j <= k+7; j++ {
		if toks[j].key == "(" {
			if x := d.mentionIndexAt(j + 1); x >= 0 && toks[j+2].key == ")" && d.ments[x].kind == graph.KindOrganization {
				return x
			}
			return -1
		}
		if toks[j].kind != tokWord || d.mentionIndexAt(j) >= 0 {
			return -1
		}
	}
	return -1
}

// bodyAfterPartitive returns the mention after a partitive head and "of"
// at token k ("units of the FANB", "fighters of the M23", "a group of
// Iranian diplomats"): the men and units of a body act for it; or -1.
func (d *doc) bodyAfterPartitive(k int) int {
	toks := d.toks
	if k < len(toks) && (toks[k].key == "a" || toks[k].key == "the") {
		k++
	}
	if k+2 >= len(toks) || toks[k].cap && k > 0 || !partitiveHeads[toks[k].key] && toks[k].flags&fPersonNounsPlural == 0 || toks[k+1].key != "of" {
		return -1
	}
	at := k + 2
	if toks[at].key == "the" && at+1 < len(toks) {
		at++
	}
	if x := d.mentionIndexAt(at); x >= 0 && !d.ments[x].title {
		return x
	}
	return -1
}

// descriptorEnd returns the token of the comma that closes a descriptor in
// apposition opening at the comma at token k (", a 90,000 barrels-per-day
// teapot in Shandong province,", ", the powerful sister of leader Kim
// Jong-un,"): one of openers after the comma, no verb before the closing
// comma within 16 tokens; or -1. In a list only an indefinite article
// opens one (", the Chinese company Y" may be the next item).
func (d *doc) descriptorEnd(k int, openers map[string]bool) int {
	toks := d.toks
	if k+2 >= len(toks) || toks[k].key != "," || !openers[toks[k+1].key] {
		return -1
	}
	for j := k + 2; j < len(toks) && j <= k+16; j++ {
		t := &toks[j]
		switch {
		case t.key == "," && !(j+1 < len(toks) && startsWithDigit(toks[j+1]) && j > 0 && startsWithDigit(toks[j-1])):
			return j // ("90,000": a number's comma)
		case t.key == ";" || t.key == "." || t.kind == tokWord && !t.cap && (d.lx.isVerbTriggerTok(t) || t.flags&(fRelativeWords|fBeForms|fVerbAux|fSpeechVerbs) != 0):
			return -1
		}
	}
	return -1
}

// indefiniteArticles open the descriptor of a name in a list.
var indefiniteArticles = map[string]bool{"a": true, "an": true}

// placeOfBody reports whether mention y is the place of the body of
// mention x, right after it and "of" or "in" ("Brightwave Marine Management
// of Hong Kong"): it locates the body, it is no coordinate of it.
func (d *doc) placeOfBody(x, y int) bool {
	mx, my := d.ments[x], d.ments[y]
	return mx.kind == graph.KindOrganization && my.kind == graph.KindPlace && my.from == mx.to+1 && mx.to < len(d.toks) && (d.toks[mx.to].key == "of" || d.toks[mx.to].key == "in")
}

// basedModifier reports whether mention x is a place before "-based" or
// another place compound ("Dubai-based"): it qualifies the name after it.
func (d *doc) basedModifier(x int) bool {
	toks, m := d.toks, d.ments[x]
	return m.to+1 < len(toks) && toks[m.to].key == "-" && toks[m.to].glued && placeCompounds[toks[m.to+1].key]
}

// mentionAfterPluralTitle returns the mention after a plural title that
// starts at token k ("Presidents X and Y", "Foreign Ministers X and Y"):
// role words and one plural office noun (pair-nouns), or -1.
func (d *doc) mentionAfterPluralTitle(k int) int {
	toks := d.toks
	plural := false
	for j := k; j < len(toks) && j < k+4; j++ {
		if x := d.mentionIndexAt(j); x >= 0 {
			if plural && d.ments[x].kind == graph.KindPerson {
				return x
			}
			return -1
		}
		if toks[j].flags&fRoleWords == 0 && !pairNouns[toks[j].key] {
			return -1
		}
		plural = plural || pairNouns[toks[j].key]
	}
	return -1
}

func (d *doc) isPassive(i int) bool {
	toks := d.toks
	if strings.HasSuffix(toks[i].key, "ing") {
		return false
	}
	p := i - 1
	if p > 0 && toks[p].key == "," {
		p-- // set off by a comma: "the Argyle Declaration, signed by X and Y"
	}
	if strings.HasSuffix(toks[i].key, "ed") && i > 0 && (d.byAfterAdjuncts(i+1) || d.byAfterSlot(i+1) || d.betweenAfterAdjuncts(i+1) >= 0) && toks[p].kind == tokWord &&
		d.mentionIndexAt(p) < 0 && toks[p].flags&(fVerbAux|fBeForms|fNpFillers) == 0 && !subjectPronouns[toks[p].key] && !d.lx.isVerbishTok(&toks[p]) {
		return true // a reduced relative: "the protocol signed by X and Y"
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		k := toks[j].key
		if beForms[k] {
			return true
		}
		if !(strings.HasSuffix(k, "ly") || k == "also" || k == "not" || k == "reportedly" || k == "allegedly" || auxAdverbs[k]) {
			return false
		}
	}
	return false
}

// agentParticiples stand between an attack noun and its by-agent: "the
// attacks carried out by", "perpetrated by", "claimed by"; and
// sanctionParticiples between a sanction noun and its: "the sanctions
// imposed by" (lexicon/words.txt).
var (
	agentParticiples    = wordSet("agent-participles")
	actParticiples      = wordSet("act-participles")
	sanctionParticiples = wordSet("sanction-participles")
)

// actorsOfAct returns the actors of the last attack or invasion stated in the
// document when the object after token end is a definite attack noun with no
// party named in it ("condemned the strikes as ...", "denounced the raid").
func (d *doc) actorsOfAct(end int) []string {
	toks := d.toks
	j := d.actPhraseStart(end)
	for start := j; j < len(toks) && j < start+6 && (toks[j].kind == tokWord || toks[j].key == `"`) && d.mentionIndexAt(j) < 0; j++ {
		if toks[j].key == `"` {
			continue // `what he called the "criminal structures" that Belgrade financed`
		}
		if d.inDate(j) && toks[j].poss {
			continue // "condemned Wednesday's attack by al-Shabaab"
		}
		if j+2 < len(toks) && toks[j+1].key == "-" && toks[j+1].glued {
			j += 2 // "large-scale", "so-called": one modifier
			continue
		}
		if nt, ok := d.lx.nouns[toks[j].key]; ok && (nt.typ == graph.Attacked || nt.typ == graph.Invaded) {
			if d.compoundActHead(j) {
				continue // "the drone attack carried out by X": the head is the act
			}
			return d.attackersOfActNoun(j)
		}
		if sanctionActNouns[toks[j].key] {
			if a := d.sanctionersOf(j); a != nil {
				return a
			}
		}
		if toks[j].flags&fNpFillers == 0 && !adjectiveLike(toks[j].key) && !actAdjectives[toks[j].key] && !d.modifierLink(j) {
			if !toks[j].cap {
				return d.actByAgent(j) // "condemned the detention of two journalists by Venezuelan forces"
			}
			return nil
		}
	}
	return nil
}

// actorsOfPassiveSubject returns the actors of the act that opens the
// clause of the passive trigger at i: "The shelling of Sotk by Azerbaijani
// forces was condemned by Armenia" (Azerbaijan), "The Russian strike on
// Kyiv was condemned" (Russia). The subject must start with a determiner
// and reach its act noun within a few modifiers; a people's adjective
// before the noun names the actors.
func (d *doc) actorsOfPassiveSubject(i int) []string {
	toks := d.toks
	s := i - 1
	for s > 0 && !d.clauseOpening(s) && !(dashKeys[toks[s-1].key] && !toks[s].glued) {
		s-- // (a dateline's dash ends before the clause: "KYIV -- The shelling")
	}
	if s < 0 || !actDeterminers[toks[s].key] {
		return nil
	}
	var people []string
	for j := s + 1; j < i && j <= s+5; j++ {
		if x := d.mentionIndexAt(j); x >= 0 {
			if !d.ments[x].modifier || d.ments[x].kind == graph.KindPlace {
				return nil // ("The Gaza strike was condemned": the place was struck)
			}
			people = d.ments[x].ids
			j = d.ments[x].to - 1
			continue
		}
		if toks[j].kind != tokWord || toks[j].cap {
			return nil
		}
		if nt, ok := d.lx.nouns[toks[j].key]; ok && (nt.typ == graph.Attacked || nt.typ == graph.Invaded) {
			if d.compoundActHead(j) {
				continue // "the drone strike on X": the head follows
			}
			if people != nil {
				return people
			}
			if a := d.attackersOfActNoun(j); a != nil && d.namedOrNoneIn(a, j, i) {
				return a // (a bare "The attack was condemned": the last attack's; "The attack in Kyiv": not another place's)
			}
			return nil
		}
		if !adjectiveLike(toks[j].key) && !actAdjectives[toks[j].key] && !d.modifierLink(j) {
			return nil
		}
	}
	return nil
}

// namedOrNoneIn reports whether the mentions in tokens [from, to) name one
// of ids, or there are none: "The attack was condemned" may be the last
// attack's, "The attack in Kyiv" only an attack on Kyiv.
func (d *doc) namedOrNoneIn(ids []string, from, to int) bool {
	none := true
	for _, m := range d.ments {
		if m.from < from || m.to > to {
			continue
		}
		none = false
		for _, id := range m.ids {
			if contains(ids, id) {
				return true
			}
		}
	}
	return none
}

// adjectiveLike reports whether a lower-case word has the ending of an
// adjective or participle before a noun: "illegal", "renewed", "dangerous",
// "aggressive", "provocative", "irresponsible", "reckless".
func adjectiveLike(k string) bool {
	for _, suf := range []string{"al", "ed", "ous", "ive", "ic", "ful", "ble", "less"} {
		if strings.HasSuffix(k, suf) {
			return true
		}
	}
	return false
}

// actPhraseStart returns where the words of a criticized act start after a
// criticism verb ending at token end, past a manner phrase ("in the
// strongest terms"), a quotation mark, a determiner ("the", "this", "such")
// or "what X called" (round 12, facts).
func (d *doc) actPhraseStart(end int) int {
	toks := d.toks
	j := d.mannerPhraseEnd(end)
	if s := d.datesAfterVerb(j); s > j && s < len(toks) && (d.objectStartsAt(s) || actDeterminers[toks[s].key]) {
		j = s // "condemned on Tuesday the storming of X by Y": the date is no act
	}
	if d.whatCalledAt(j) {
		j += 3 // `condemned what he called "atrocities" by the RSF`
		if j < len(toks) && toks[j].key == "as" {
			j++
		}
		if j < len(toks) && toks[j].key == `"` {
			j++
		}
		return j
	}
	if j < len(toks) && toks[j].key == `"` {
		j++ // `condemned "illegal unilateral sanctions"`
	}
	if j < len(toks) && actDeterminers[toks[j].key] {
		return j + 1
	}
	return j
}

// whatCalledAt reports whether "what X called" (or "described", "termed")
// starts at token j: the speaker's naming of the act that follows.
func (d *doc) whatCalledAt(j int) bool {
	toks := d.toks
	return j >= 0 && j+2 < len(toks) && toks[j].key == "what" && (toks[j+2].key == "called" || toks[j+2].key == "described" || toks[j+2].key == "termed")
}

// actDeterminers open a criticized act's noun phrase: "the attacks", "this
// dangerous act" (round 12, facts: this, that, such; lexicon/words.txt).
var actDeterminers = wordSet("act-determiners")

// compoundActHead reports whether the attack noun at token j modifies
// another noun of an act after it ("the drone attack", "a missile strike").
func (d *doc) compoundActHead(j int) bool {
	toks := d.toks
	if j+1 >= len(toks) || toks[j+1].kind != tokWord || toks[j+1].cap {
		return false
	}
	nt, ok := d.lx.nouns[toks[j+1].key]
	return ok && (nt.typ == graph.Attacked || nt.typ == graph.Invaded)
}

// modifierLink reports whether token j joins two modifiers of a criticized
// act: "this dangerous and illegal act".
func (d *doc) modifierLink(j int) bool {
	return d.toks[j].key == "and" && j+1 < len(d.toks) && !d.toks[j+1].cap && d.mentionIndexAt(j+1) < 0
}

// attackersOfActNoun returns the attackers of the criticized attack noun at
// token j: its by-agent, a by-agent after its target, else the actors of
// the last such act (on the target named after it).
func (d *doc) attackersOfActNoun(j int) []string {
	toks := d.toks
	if k := d.actAgentBy(j+1, graph.Attacked); k >= 0 {
		return d.byAgent(k) // "condemned the attacks by the M23 on Goma": the attackers
	}
	if j+1 < len(toks) && (toks[j+1].key == "on" || toks[j+1].key == "against" || toks[j+1].key == "of") && !(toks[j+1].key == "on" && d.inDate(j+2)) {
		// the parties are named after it: "the attack on a church in Komanda by the ADF"
		// ("condemned the attack on Wednesday": a date, no party)
		if a := d.byAgent(j + 2); a != nil {
			return a
		}
		if k := d.agentAfterPatient(j + 2); k >= 0 {
			return d.byAgent(k) // "the attacks against civilians committed by the RSF"
		}
		// "condemned the shelling of Uvira": the actors of the last such act on it
		target, _ := d.objectOf(j+1, []string{toks[j+1].key}, false, 6, graph.Attacked)
		return d.lastActors(target, graph.Attacked, graph.Invaded)
	}
	return d.lastActors(nil, graph.Attacked, graph.Invaded)
}

// delegationNouns name a delegation, whose sender or head is the one met:
// "a delegation from Japan", "a delegation led by X" (lexicon/words.txt).
var delegationNouns = wordSet("delegation-nouns")

// holderParticiples tell who holds what an attack struck: "depots held by
// the RSF" (lexicon/words.txt).
var holderParticiples = wordSet("holder-participles")

// locativePlace returns the place or state named after a locative
// preposition at token e, past a compass adjective: "in Kherson", "near El
// Fasher", "in southern Russia".
func (d *doc) locativePlace(e int) []string {
	toks := d.toks
	if e+1 >= len(toks) || toks[e].key != "in" && toks[e].key != "near" && toks[e].key != "at" {
		return nil
	}
	k := e + 1
	if compassWords[toks[k].key] && !toks[k].cap {
		k++
	}
	if x := d.mentionIndexAt(k); x >= 0 && (d.ments[x].kind == graph.KindPlace || d.ments[x].kind == graph.KindState) {
		return d.ments[x].ids
	}
	return nil
}

// agentAfterPatient returns the token of "by" when a short patient phrase
// opening at token k (a few words or a name, no punctuation) is followed
// by a participle that takes only an act ("against civilians committed
// by", "on the village carried out by"), or by an act's participle right
// after a place ("on Kharkiv launched by"); else -1. ("on the investigation
// conducted by the ICC", "on the islands claimed by China": the patient's
// participles.)
func (d *doc) agentAfterPatient(k int) int {
	toks := d.toks
	for j := k; j < len(toks) && j < k+6; j++ {
		if x := d.mentionIndexAt(j); x >= 0 {
			j = d.ments[x].to - 1
			continue
		}
		if toks[j].kind != tokWord {
			return -1
		}
		if actParticiples[toks[j].key] || agentParticiples[toks[j].key] && toks[j].key != "claimed" && d.placeEndsAt(j) {
			return d.actAgentBy(j, graph.Attacked)
		}
	}
	return -1
}

// placeEndsAt reports whether a place or a state's name ends right before
// token j: a participle after it is the act's ("the attack on Kharkiv
// launched by Russia"), as a place is never launched or conducted.
func (d *doc) placeEndsAt(j int) bool {
	for x := len(d.ments) - 1; x >= 0 && d.ments[x].to >= j; x-- {
		if m := d.ments[x]; m.to == j {
			return m.kind == graph.KindPlace || m.kind == graph.KindState && m.how != howDemonym
		}
	}
	return false
}

// actAgentBy returns the token of "by" when the agent phrase of an act noun
// of type typ opens at token k, else -1: a date ("the attack on 22 November
// by the gang": the date is the attack's), an agent participle ("the
// attacks carried out by", "perpetrated by", "claimed by"; for sanctions
// "imposed by", "adopted by") and a date after it ("the attack carried out
// last week by X").
func (d *doc) actAgentBy(k int, typ graph.RelationType) int {
	toks := d.toks
	k = d.afterDateAdjunct(k)
	if k+1 < len(toks) && (agentParticiples[toks[k].key] || typ == graph.Sanctioned && sanctionParticiples[toks[k].key]) {
		k++
		if k+1 < len(toks) && toks[k].key == "out" {
			k++
		}
		k = d.afterDateAdjunct(k)
	}
	if k < len(toks) && toks[k].key == "by" {
		return k
	}
	return -1
}

// afterDateAdjunct returns the token after a date at token k, with the
// preposition before it ("on 22 November", "last week"), or k.
func (d *doc) afterDateAdjunct(k int) int {
	toks := d.toks
	j := k
	if j+1 < len(toks) && (toks[j].key == "on" || toks[j].key == "in") && d.inDate(j+1) {
		j++
	}
	if j >= len(toks) || !d.inDate(j) {
		return k
	}
	for j < len(toks) && d.inDate(j) {
		j++
	}
	return j
}

// agentLeadSpan returns how many tokens an act noun ending at end has before
// its object when an agent participle or a date leads to its by-agent ("the
// attack carried out last week by Al-Shabaab on a police camp in Lamu
// County"): through the agent's first name and its bracketed acronym, they
// do not count toward the distance of the object. 0 otherwise (a bare "by"
// phrase is passed over by the object scan).
func (d *doc) agentLeadSpan(end int, typ graph.RelationType) int {
	toks := d.toks
	b := d.actAgentBy(end, typ)
	if b <= end {
		return 0
	}
	for j := b + 1; j < len(toks) && j <= b+3; j++ {
		if x := d.mentionIndexAt(j); x >= 0 {
			to := d.ments[x].to
			if to+2 < len(toks) && toks[to].key == "(" && toks[to+2].key == ")" {
				to += 3 // "by Islamic State Mozambique (ISM) against"
			}
			return to - end
		}
	}
	return 0
}

// actAdjectives qualify a condemned act: "the cowardly attack by the ELN"
// (lexicon/words.txt).
var actAdjectives = wordSet("act-adjectives")

// sanctionersOf returns the sanctioner of the sanctions named at token j:
// a by-phrase's ("the sanctions imposed by the EU"), else the last
// sanctioner told, of the target named after "on" or "against" when one is
// ("criticised the measures", "condemned the sanctions on Rosneft").
func (d *doc) sanctionersOf(j int) []string {
	if a := d.actByAgent(j); a != nil {
		return a
	}
	var target []string
	if k := j + 1; k < len(d.toks) && (d.toks[k].key == "on" || d.toks[k].key == "against") {
		if target, _ = d.objectOf(k, []string{d.toks[k].key}, false, 6, graph.Sanctioned); target == nil {
			return nil
		}
	}
	return d.lastActors(target, graph.Sanctioned, graph.Sanctioned)
}

// sanctionActNouns name sanctions already told: "criticised the measures"
// (lexicon/words.txt).
var sanctionActNouns = wordSet("sanction-act-nouns")

// lastActors returns the actors of the last asserted or alleged statement
// of type a or b told before, or nil; with targets, only a statement that
// has one of them (or its state) among its targets counts.
func (d *doc) lastActors(targets []string, a, b graph.RelationType) []string {
	for x := len(d.stmts) - 1; x >= 0; x-- {
		st := d.stmts[x]
		if (st.typ != a && st.typ != b) || !(st.modality == graph.Asserted || st.modality == graph.Alleged) {
			continue
		}
		if targets == nil || sharesTarget(st.targets, targets) {
			return st.actors
		}
	}
	return nil
}

// sharesTarget reports whether two target lists name one entity.
func sharesTarget(a, b []string) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// mannerPhraseEnd returns the token after a manner phrase opening at token
// j ("condemns in the strongest terms the attack"), or j when none does.
func (d *doc) mannerPhraseEnd(j int) int {
	toks := d.toks
	if j >= len(toks) || toks[j].key != "in" {
		return j
	}
	for k := j + 1; k < len(toks) && k <= j+5; k++ {
		if mannerHeads[toks[k].key] {
			return k + 1
		}
		if toks[k].kind != tokWord {
			return j
		}
	}
	return j
}

// mannerHeads end a manner phrase in "in": "in the strongest terms".
var mannerHeads = wordSet("manner-heads")

// actByAgent returns the agent of the act named by the noun at token j when
// a "by" phrase follows inside its noun phrase ("the detention of two
// journalists by Venezuelan security forces"), else nil.
func (d *doc) actByAgent(j int) []string {
	toks := d.toks
	for k := j + 1; k < len(toks) && k <= j+6; k++ {
		t := toks[k]
		if t.key == "by" {
			return d.byAgent(k)
		}
		if k == j+1 && t.key == `"` {
			continue // `what he called "atrocities" by the RSF`
		}
		if a := d.objectRelativeAgent(k); a != nil {
			return a // `the "criminal structures" that Belgrade financed`
		}
		if t.kind == tokPunct || t.flags&(fClauseBreakWords|fRelativeWords) != 0 || t.key == "and" || t.key == "to" || d.lx.isVerbishTok(&t) {
			return nil
		}
	}
	return nil
}

// objectRelativeAgent returns the subject of an object relative clause opening
// at token k ("that Belgrade financed", "which Israel carried out"): a
// name right after "that" or "which" and a verb in -ed after it; else nil.
func (d *doc) objectRelativeAgent(k int) []string {
	toks := d.toks
	if k+2 >= len(toks) || toks[k].key != "that" && toks[k].key != "which" {
		return nil
	}
	x := d.mentionIndexAt(k + 1)
	if x < 0 || d.ments[x].from != k+1 || d.ments[x].title || d.ments[x].kind == graph.KindPlace {
		return nil
	}
	if v := d.ments[x].to; v < len(toks) && toks[v].kind == tokWord && !toks[v].cap && strings.HasSuffix(toks[v].key, "ed") {
		return d.group(x, +1)
	}
	return nil
}

// infinitiveAfter reports whether "to" follows within a few tokens of token
// j, before any clause break: "called on the Prime Minister of X to ...".
func (d *doc) infinitiveAfter(j int) bool {
	return d.wordAhead(j, 8, "to", infinitiveStops)
}

// infinitiveStops end the clause infinitiveAfter reads.
var infinitiveStops = map[string]bool{".": true, ";": true, "and": true, "but": true, "while": true}

// wordAhead reports whether word comes within n tokens from token j, before
// any of the words in stops.
func (d *doc) wordAhead(j, n int, word string, stops map[string]bool) bool {
	for k := j; k < len(d.toks) && k < j+n; k++ {
		switch k := d.toks[k].key; {
		case k == word:
			return true
		case stops[k]:
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

// thankedParties reads "Y thanked X for" before the "for" at token f (Y nil
// when the thanker is no state or body, nor a person of a known state): the
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
		return d.ments[x].ids, nil
	}
	thanker := subj[0]
	if b := d.ents[thanker]; b != nil && b.e.Kind == graph.KindPerson {
		thanker = "" // a person receives for their state; unknown state, no fact
		if k, _ := graph.KindOfID(b.e.Country); k == graph.KindState {
			thanker = b.e.Country
		}
	}
	if thanker == "" {
		return d.ments[x].ids, nil
	}
	return d.ments[x].ids, []string{thanker}
}

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

// namelyWords introduce the members a noun phrase stands for; see
// lexicon/words.txt.
var namelyWords = wordSet("namely-words")

// namelyAfter returns the mention that a "namely" list after token j starts
// (j ends a mention, then at most three lower-case words of its noun
// phrase, "member states", a comma, "namely", the list), or -1.
func (d *doc) namelyAfter(j int) int {
	toks := d.toks
	k := j
	for k < len(toks) && k < j+3 && toks[k].kind == tokWord && !toks[k].cap && !namelyWords[toks[k].key] {
		k++
	}
	if k < len(toks) && toks[k].key == "," {
		k++
	}
	if k >= len(toks) || !namelyWords[toks[k].key] {
		return -1
	}
	k++
	if k < len(toks) && toks[k].key == "," {
		k++
	}
	return d.mentionIndexAt(k)
}

// sameNameBracketEnd returns the token after a bracket that opens at token
// j and names again the mention that ends there, by its acronym or by an
// alias: "(JNIM)" after "Jama'at Nusrat al-Islam wal-Muslimin", "(Al-Saqr)"
// after "Al-Saqr Aviation Parts Trading LLC"; -1 otherwise.
func (d *doc) sameNameBracketEnd(j int) int {
	toks := d.toks
	if j < 1 || j >= len(toks) || toks[j].key != "(" {
		return -1
	}
	c := j + 1
	for c < len(toks) && c <= j+5 && (toks[c].kind == tokWord || toks[c].key == "-" && toks[c].glued) {
		c++
	}
	if c == j+1 || c >= len(toks) || toks[c].key != ")" {
		return -1
	}
	x, y := d.mentionIndexAt(j-1), d.mentionIndexAt(j+1)
	if x < 0 || len(d.ments[x].ids) != 1 {
		return -1
	}
	if y < 0 {
		b := d.ents[d.ments[x].ids[0]]
		if b == nil || !b.aliases[d.text[toks[j+1].start:toks[c-1].end]] {
			return -1 // ("(CC)": an alias too short to be a mention)
		}
		return c + 1
	}
	if d.ments[y].to != c || len(d.ments[y].ids) != 1 || d.ments[x].ids[0] != d.ments[y].ids[0] {
		return -1
	}
	return c + 1
}

// appositionHead returns the mention before an apposition that holds the
// noun phrase starting at token s and ends with a comma before token i:
// ", the four members of the so-called Quad," after "the United States";
// -1 when there is none. The apposition opens with a determiner or a number.
func (d *doc) appositionHead(s, i int) int {
	toks := d.toks
	if i < 1 || toks[i-1].key != "," {
		return -1
	}
	k := s - 1
	for k >= 0 && s-k <= 8 && toks[k].key != "," {
		if toks[k].kind != tokWord && toks[k].key != "-" || toks[k].cap && d.mentionIndexAt(k) >= 0 {
			return -1
		}
		k--
	}
	if k < 1 || toks[k].key != "," || k+1 >= s {
		return -1
	}
	if o := toks[k+1].key; o != "the" && o != "a" && o != "an" && countWords[o] == 0 && !startsWithDigit(toks[k+1]) {
		return -1
	}
	x := d.mentionIndexAt(k - 1)
	if x < 0 || d.ments[x].title || d.ments[x].kind == graph.KindPlace {
		return -1
	}
	return x
}

// titledByBody returns the person whose title mention x's organization opens
// ("Supreme Federal Court (STF) Justice Alexandre de Moraes"), or -1.
func (d *doc) titledByBody(x int) int {
	m := d.ments[x]
	if m.kind != graph.KindOrganization {
		return -1
	}
	at := m.to
	if e := d.sameNameBracketEnd(at); e > 0 {
		at = e
	}
	for y := x + 1; y < len(d.ments) && y <= x+3; y++ {
		if my := d.ments[y]; my.kind == graph.KindPerson && (my.titled && my.titleFrom == at || at < len(d.toks) && d.toks[at].cap && d.toks[at].flags&fRoleWords != 0 && my.from == at+1) {
			return y
		}
	}
	return -1
}

// includedAfter returns the parties of an ", including X" phrase that
// follows mention x's noun phrase in its clause, or nil.
func (d *doc) includedAfter(x int) []string {
	toks := d.toks
	for j := d.ments[x].to; j+2 < len(toks) && j < d.ments[x].to+8; j++ {
		if toks[j].key == "," && toks[j+1].key == "including" {
			for k := j + 2; k < len(toks) && k < j+6; k++ {
				if y := d.mentionIndexAt(k); y >= 0 && !d.ments[y].title {
					return d.group(y, +1)
				}
				if toks[k].kind != tokWord {
					return nil
				}
			}
			return nil
		}
		if toks[j].kind != tokWord && toks[j].key != "," || toks[j].key == "," && j+1 < len(toks) && toks[j+1].key != "including" {
			return nil
		}
	}
	return nil
}

// word handles word token j (a preposition, a filler, a word of the
// object or the start of another clause). It returns the token to go on
// from and whether the search ends there without an object.
func (o *objectScan) word(j int) (int, bool) {
	d, toks, typ, end := o.d, o.d.toks, o.typ, o.end
	tk := toks[j]
	k := tk.key
	switch {
	case landNouns[k] && !tk.cap && j+2 < len(toks) && strings.HasSuffix(toks[j+1].key, "ed") && toks[j+2].key == "by":
		o.skipped += 3 // "into territory administered by Guyana": the land's holder is the object
		return j + 2, false
	case typ == graph.Attacked && !tk.cap && tk.kind == tokWord && j+2 < len(toks) && holderParticiples[toks[j+1].key] && (toks[j+2].key == "by" || toks[j+2].key == "to" && toks[j+1].key == "belonging"):
		o.skipped += 3 // "struck fuel depots held by the RSF", "depots belonging to Hezbollah": their holder is the target
		o.holder = true
		return j + 2, false
	case typ == graph.Warned && dangerNouns[k] && o.prep != "" && o.d.dangerSourceAt(j+1) > j+1:
		n := o.d.dangerSourceAt(j+1) - j // "warned of the growing threat posed by JNIM": its source is the one warned of
		o.skipped += n
		o.words = 0
		return j + n - 1, false
	case (k == "led" || k == "headed") && typ == graph.Met && j > 0 && j+1 < len(toks) && toks[j+1].key == "by" && delegationNouns[toks[j-1].key]:
		o.skipped += 2 // "received a delegation led by X": its head is met
		return j + 1, false
	case k == "that" && (typ == graph.Warned || typ == graph.Urged) && !o.that && (j == end || d.dates != nil && d.inDateOrAdverb(end, j)):
		o.that, o.prep, o.words = true, "", 0
		return j, false
	case k == "that" && o.seenWord && typ != graph.Criticized && j+1 < len(toks) && (d.mentionIndexAt(j+1) >= 0 || toks[j+1].key == "the" || subjectPronouns[toks[j+1].key]) && !(typ == graph.Supplied && d.useVerbAfter(j+1)):
		// ("supplied the drones that Russia used": the user received them)
		// ("condemned the exercises that the UK is conducting": the act's agent is criticized)
		return j, true // "warned the group that Ankara would not allow ...": a clause after an object that named none
	case k == "to" && typ == graph.Agreed && j == end && j+1 < len(toks) && toks[j+1].kind == tokWord && !(toks[j+1].flags&fNpFillers != 0) && d.mentionIndexAt(j+1) < 0:
		return j, true // "agreed to respond with X": X is the infinitive's, not a party
	case k == "to" && typ == graph.Threatened && j == end && j+1 < len(toks) && toks[j+1].kind == tokWord && d.mentionIndexAt(j+1) < 0:
		o.inf, o.prep, o.words = true, "", 0
		return j + 1, false // the infinitive's verb
	case k == "to" && typ == graph.Urged && o.seenWord && j+1 < len(toks) && toks[j+1].kind == tokWord && !toks[j+1].cap && !(toks[j+1].flags&fNpFillers != 0) && d.mentionIndexAt(j+1) < 0:
		return j, true // "urged both sides to return ...": the object named none, the infinitive starts
	case o.groupModifierAt(j):
		c := o.d.inclusionCommaAfter(j)
		o.skipped += c - j // "on five officials responsible for the crackdown in Minsk, including X": the group's modifier
		return c - 1, false
	case k == "of" && typ == graph.Sanctioned && j > 0 && populaceNouns[toks[j-1].key] && o.travelBan():
		return j, true // "a travel ban on nationals of Afghanistan": a state's people, no sanctioned party
	case tk.in(fPrepositions, prepositions):
		o.preposition(j)
		return j, false
	case tk.in(fClauseBreakWords, clauseBreakWords) && k != "as" || tk.in(fRelativeWords, relativeWords):
		return j, true
	case tk.in(fNpFillers, npFillers) || startsWithDigit(tk):
		if k == "a" || k == "an" || k == "the" || startsWithDigit(tk) || countWords[k] > 0 {
			o.skipped++ // (articles and numbers do not count toward the distance)
		}
		if o.prep != "" && o.words == 0 && countToken(tk) {
			o.countPrep = o.prep
		}
		return j, false
	case d.shipKindAt(j):
		o.skipped++ // "on the Liberian-flagged bulk carrier Eternity C": the ship's kind leads to its name
		return j, false
	case !tk.cap && d.bodyAfterKind(j):
		o.skipped++ // "to the state shipping group Sovcomflot": the body's kind leads to its name
		return j, false
	case monthNames[k] > 0 && d.inDate(j) || orgTypeNouns[k] && o.rejectedTo == j:
		o.skipped++ // "the attack on 22 November by the Viv Ansanm gang against ..."
		if orgTypeNouns[k] {
			o.rejectedTo++
		}
		return j, false
	}
	if _, ok := lookupIf(tk.mayHave(fVerbTrig), d.lx.verbs, k); ok && j > end && (d.mentionIndexAt(j-1) >= 0 || toks[j-1].key == "and") && !d.nounContext(j) {
		return j, true
	}
	if tk.flags&fSpeechVerbs != 0 && j > end+1 && toks[j-1].key == "and" && !d.nounContext(j) {
		return j, true // "criticised the measures as illegal and said ...": a second verb, its own object
	}
	o.words++
	o.seenWord = true
	if o.words >= 2 && o.prep != "" {
		o.prep = ""
		o.words = 0
	}
	return j, false
}

// preposition handles preposition token j: the object's preposition, or
// one inside the object's phrase.
func (o *objectScan) preposition(j int) {
	toks, typ, k := o.d.toks, o.typ, o.d.toks[j].key
	if o.inclusion(j) {
		return
	}
	switch {
	case k == "of" && j > 0 && ((toks[j-1].flags&fPlaceNouns != 0) || partNouns[toks[j-1].key]):
		o.skipped += 2 // (the head and its "of" do not count toward the distance)
		return         // "the Essequibo region of Guyana", "a strip of Syria": the state is the object
	case (k == "from" || k == "of") && j > 0 && typ == graph.Met && delegationNouns[toks[j-1].key]:
		o.skipped += 2
		return // "met with a delegation from Dassault Aviation": the delegation's sender is met
	case k == "of" && j > 0 && typ == graph.Attacked && forcePostNouns[toks[j-1].key]:
		o.skipped += 2
		return // "the attack against a position of the Malian Armed Forces": the force is the target
	case k == "of" && j > 0 && o.direct && o.prep == "" && toks[j-1].flags&fPersonNounsPlural != 0 && (typ == graph.Sanctioned || typ == graph.Accused || typ == graph.Criticized):
		return // "sanctioned three commanders of the RSF": the body is the object
	case k == "of" && j > 0 && o.direct && o.prep == "" && conductNouns[toks[j-1].key] && (typ == graph.Accused || typ == graph.Criticized):
		o.skipped += 2
		return // "condemned the dangerous conduct of China Coast Guard vessels": the actor is the object
	case k == "in" && j > 0 && o.direct && o.prep == "" && (typ == graph.Invaded || typ == graph.Attacked) && (zoneNouns[toks[j-1].key] || partNouns[toks[j-1].key]):
		return // "occupied a buffer zone in southern Syria": the state is the object
	}
	o.prep, o.prepAt = k, j
	o.words = 0
	if contains(o.preps, k) {
		o.slotPrep, o.slotSeen, o.slotTok = k, true, j
	}
}

// travelBan reports whether the scan reads the slot of a ban ("a travel
// ban on"): its nationals are people who may not enter, where sanctions
// "on Iranian nationals" designate persons.
func (o *objectScan) travelBan() bool {
	if o.end < 1 || o.end > len(o.d.toks) {
		return false
	}
	k := o.d.toks[o.end-1].key
	return k == "ban" || k == "bans"
}

// populaceAfter reports whether a populace noun follows token j, past
// demonyms coordinated with the one before it ("Afghan and Burmese
// nationals").
func (d *doc) populaceAfter(j int) bool {
	toks := d.toks
	for j < len(toks) && (toks[j].key == "and" || toks[j].key == "," || d.mentionIndexAt(j) >= 0 && d.ments[d.mentionIndexAt(j)].how == howDemonym) {
		j++
	}
	return j < len(toks) && populaceNouns[toks[j].key]
}

// populaceNouns are a state's people at large (lexicon/words.txt).
var populaceNouns = wordSet("populace-nouns")

// forcePostNouns are a force's posts and units: an attack on "a position of"
// a force is an attack on it (lexicon/words.txt).
var forcePostNouns = wordSet("force-post-nouns")

// inclusion reads an inclusion marker at token j after a comma ("on 14
// individuals, including X", "added 17 entities, among them X and Y") that
// follows an object phrase naming no entity: the names after it fill the
// slot the phrase opened.
func (o *objectScan) inclusion(j int) bool {
	toks := o.d.toks
	if !inclusionMarkers[toks[j].key] || j == 0 || toks[j-1].key != "," || !o.seenWord {
		return false
	}
	return o.namedMembers(j, j-1)
}

// listColon reads a colon after a sanction's object phrase that names no
// entity as inclusion does a marker: "added four companies to its
// sanctions list: X and Y".
func (o *objectScan) listColon(j int) bool {
	return o.typ == graph.Sanctioned && o.seenWord && o.namedMembers(j, j)
}

// namedMembers reports whether the object phrase before token phraseEnd
// names no entity, so that the names after the marker or colon at token j
// fill the slot it opened, and makes the scan read them.
func (o *objectScan) namedMembers(j, phraseEnd int) bool {
	toks := o.d.toks
	from := o.end
	if o.slotSeen {
		from = o.slotTok + 1
	}
	for k := from; k < phraseEnd; k++ {
		if o.d.inDate(k) || toks[k].key == "on" && o.d.inDate(k+1) {
			continue // "blacklisted 12 companies on Monday, among them X"
		}
		if k > from && o.d.groupModifierTo(k, phraseEnd) {
			break // "on five officials responsible for the crackdown in Minsk, including X": the group's own modifier
		}
		if toks[k].key == "to" && o.typ == graph.Sanctioned {
			for k+1 < phraseEnd && toks[k+1].kind == tokWord {
				k++ // "added nine companies to its blacklist, among them X": the list's phrase
			}
			continue
		}
		if x := o.d.mentionIndexAt(k); toks[k].kind == tokPunct && toks[k].key != `"` || toks[k].in(fPrepositions, prepositions) || x >= 0 && !o.d.ments[x].modifier {
			return false // the group's phrase is one phrase naming no entity: "calling on all parties, including X" after a clause is no group of the trigger's
		}
	}
	switch {
	case o.slotSeen:
		o.prep = o.slotPrep
	case o.direct:
		o.prep = ""
	default:
		return false
	}
	o.words = 0
	o.skipped = j - o.end // the distance counts again from the marker
	return true
}

// dangerNouns name a danger whose source a warning names: "the threat
// posed by X" (lexicon/words.txt).
var dangerNouns = wordSet("danger-nouns")

// dangerSourceAt returns the token after the words at token k that lead
// from a danger noun to its source ("posed by", "from"), or k.
func (d *doc) dangerSourceAt(k int) int {
	toks := d.toks
	switch {
	case k+1 < len(toks) && toks[k].key == "posed" && toks[k+1].key == "by":
		return k + 2
	case k < len(toks) && toks[k].key == "from":
		return k + 1
	}
	return k
}

// groupModifierAt reports whether token j opens the modifier of a counted
// group that an inclusion marker follows: a participle or a modifier word
// after a plural noun ("individuals involved in ..., including X").
func (o *objectScan) groupModifierAt(j int) bool {
	return o.seenWord && j > o.end && o.d.groupModifierTo(j, o.d.inclusionCommaAfter(j))
}

// groupModifierTo reports whether a modifier of the counted group before
// token j runs from j to the comma at token c: a participle or a modifier
// word after a plural noun, with no other plural noun in it that the
// inclusion could be of ("officials responsible for attacks on
// journalists, including X": X may be a journalist).
func (d *doc) groupModifierTo(j, c int) bool {
	toks := d.toks
	if c <= j || j < 1 || !pluralNoun(toks[j-1]) || toks[j].kind != tokWord || toks[j].cap || !strings.HasSuffix(toks[j].key, "ed") && !groupModifierWords[toks[j].key] {
		return false
	}
	for k := j + 1; k < c; k++ {
		if pluralNoun(toks[k]) {
			return false
		}
	}
	return true
}

// inclusionCommaAfter returns the comma before an inclusion marker within
// fifteen tokens after token j in the same clause, or -1.
func (d *doc) inclusionCommaAfter(j int) int {
	toks := d.toks
	for c := j + 1; c+1 < len(toks) && c <= j+15; c++ {
		switch toks[c].key {
		case ",":
			if inclusionMarkers[toks[c+1].key] {
				return c
			}
			return -1
		case ";", ".", ":", "(":
			return -1
		}
	}
	return -1
}

// groupModifierWords open a modifier of a counted group that is no
// participle: "individuals responsible for ..., including X"
// (lexicon/words.txt).
var groupModifierWords = wordSet("group-modifier-words")

// inclusionMarkers open the named members of a counted group: "including",
// "among them" (lexicon/words.txt).
var inclusionMarkers = wordSet("inclusion-markers")
