package loader

import "github.com/geokg/geokg/graph"

// Speech-complement frames: what a speaker says about a party can itself be
// a relation between the speaker and that party. Each frame is a predicate
// of the complement clause (data in lexicon/words.txt) and the relation it
// makes; speechComplements applies them all with one mechanism.

// speechFrame is one complement predicate: the words that follow the
// complement's subject, and the relation the speech then is.
type speechFrame struct {
	typ graph.RelationType
	// at reports whether the complement's predicate starting at token j matches.
	at func(d *doc, j int) bool
}

// obligationModals and disapprovalWords: see lexicon/words.txt.
var (
	obligationModals = wordSet("obligation-modals")
	disapprovalWords = wordSet("disapproval-words")
)

// speechFrames are the complement frames, in order of preference.
var speechFrames = []speechFrame{
	// "Egypt said Israel must withdraw from Rafah": urged
	{graph.Urged, func(d *doc, j int) bool {
		return obligationModals[d.toks[j].key] && j+1 < len(d.toks) && d.toks[j+1].key != "be"
	}},
	// "Chile said the Peruvian statement was unacceptable",
	// "... was a clear violation of international law": criticized
	{graph.Criticized, func(d *doc, j int) bool {
		toks := d.toks
		if toks[j].flags&fBeForms == 0 {
			return false
		}
		for k := j + 1; k < len(toks) && k <= j+4; k++ {
			if disapprovalWords[toks[k].key] {
				return true // "was unacceptable", "was a clear violation"
			}
			if toks[k].kind != tokWord && toks[k].key != `"` && toks[k].key != "'" || toks[k].flags&fNegationCues != 0 {
				return false // "was not unacceptable" (but "was \"unacceptable\"")
			}
		}
		return false
	}},
}

// speechComplements reads the complement of every speech verb with a named
// speaker: when the complement's subject names a party (a state, its
// people, an organization or a person) and its predicate matches a speech
// frame, the speaker relates to that party.
func (d *doc) speechComplements(firstFact int) {
	toks := d.toks
	for s := 1; s < len(toks); s++ {
		if toks[s].flags&fSpeechVerbs == 0 || d.mentionIndexAt(s) >= 0 {
			continue
		}
		speaker, se := d.subjectAt(s)
		if speaker == nil || se < 0 || s-se > 4 {
			continue
		}
		x, end := d.complementSubject(s + 1)
		if x < 0 {
			continue
		}
		for _, f := range speechFrames {
			if end < len(toks) && f.at(d, end) {
				d.emit(f.typ, speaker, d.ments[x].ids, s, se, 0.7, firstFact)
				break
			}
		}
	}
}

// complementSubject finds the subject of a complement clause starting at j
// ("that", a date and determiners skipped): the mention it names and the
// token after its noun phrase ("the Peruvian statement" ends after
// "statement"). x is -1 when the clause opens with no named party.
func (d *doc) complementSubject(j int) (x, end int) {
	toks := d.toks
	j = d.datesAfterVerb(j) // "said on Thursday that ..."
	if j < len(toks) && toks[j].key == "that" {
		j++
	}
	for j < len(toks) && (toks[j].flags&fNpFillers != 0) && d.mentionIndexAt(j) < 0 {
		j++
	}
	x = d.mentionIndexAt(j)
	if x < 0 {
		x = d.agentOfComplementNoun(j) // "the launch by Pyongyang was"
	}
	if x < 0 || d.ments[x].title || d.ments[x].kind == graph.KindPlace && d.ments[x].how != howName {
		return -1, 0
	}
	end = d.ments[x].to
	// the noun the party modifies: "the Peruvian statement", "Israel's decision"
	for k := 0; k < 2 && end < len(toks) && d.complementNounWord(end); k++ {
		if patientNouns[toks[end].key] && d.ments[x].poss && !(end+1 < len(toks) && toks[end+1].key == "of") {
			return -1, 0 // "Ukraine's exclusion from the summit was unacceptable": Ukraine undergoes it ("Russia's deportation of children": Russia does)
		}
		end++
	}
	// and its complement: "Russia's campaign of sabotage and election
	// interference is", "Pakistan's remarks on Jammu and Kashmir were",
	// "M23's seizure of Goma was"
	if end+1 < len(toks) && toks[end].flags&fPrepositions != 0 {
		k := end + 1
		for k < len(toks) && k <= end+8 && toks[k].flags&(fBeForms|fVerbAux) == 0 && (d.mentionIndexAt(k) >= 0 || toks[k].kind == tokWord && !d.lx.isVerbishTok(&toks[k]) || toks[k].key == "-" && toks[k].glued) {
			k++
		}
		if k < len(toks) && toks[k].flags&fBeForms != 0 {
			end = k
		}
	}
	return x, end
}

// patientNouns name what befalls their possessor ("Ukraine's exclusion",
// "Niger's suspension"): a disapproval of it is no criticism of the
// possessor (lexicon/words.txt).
var patientNouns = wordSet("patient-nouns")

// complementNounWord reports whether token k is a lower-case word of the
// noun a complement's party modifies ("statement" of "the Peruvian
// statement"), not its verb.
func (d *doc) complementNounWord(k int) bool {
	t := &d.toks[k]
	return t.kind == tokWord && !t.cap && t.flags&(fBeForms|fVerbAux|fPrepositions) == 0 && !obligationModals[t.key] && !d.lx.isVerbishTok(t)
}

// agentOfComplementNoun returns the by-agent of a complement's subject
// noun that starts at token j ("the launch by Pyongyang was
// unacceptable": Pyongyang's), or -1.
func (d *doc) agentOfComplementNoun(j int) int {
	toks := d.toks
	k := j
	for k < len(toks) && k < j+2 && d.mentionIndexAt(k) < 0 && (d.complementNounWord(k) || toks[k].flags&fNounTrig != 0 && !toks[k].cap) {
		k++ // (an act noun too: "the attack by Russia was unacceptable")
	}
	if k == j || k+1 >= len(toks) || toks[k].key != "by" {
		return -1
	}
	return d.mentionIndexAt(k + 1)
}
