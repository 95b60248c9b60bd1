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
			if toks[k].kind != tokWord || toks[k].flags&fNegationCues != 0 {
				return false // "was not unacceptable"
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
	if j < len(toks) && toks[j].key == "that" {
		j++
	}
	for j < len(toks) && (toks[j].flags&fNpFillers != 0) && d.mentionIndexAt(j) < 0 {
		j++
	}
	x = d.mentionIndexAt(j)
	if x < 0 || d.ments[x].title || d.ments[x].kind == graph.KindPlace && d.ments[x].how != howName {
		return -1, 0
	}
	end = d.ments[x].to
	// the noun the party modifies: "the Peruvian statement", "Israel's decision"
	for k := 0; k < 2 && end < len(toks) && toks[end].kind == tokWord && !toks[end].cap &&
		toks[end].flags&(fBeForms|fVerbAux|fPrepositions) == 0 && !obligationModals[toks[end].key] && !d.lx.isVerbishTok(&toks[end]); k++ {
		end++
	}
	// and its complement: "Russia's campaign of sabotage and election interference is"
	if end+1 < len(toks) && toks[end].key == "of" {
		k := end + 1
		for k < len(toks) && k <= end+6 && toks[k].kind == tokWord && !toks[k].cap && toks[k].flags&(fBeForms|fVerbAux) == 0 && !d.lx.isVerbishTok(&toks[k]) {
			k++
		}
		if k < len(toks) && toks[k].flags&fBeForms != 0 {
			end = k
		}
	}
	return x, end
}
