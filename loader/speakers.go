package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// Speakers: who "I", "we", "our country", "the country" and "you" are.
// Transcript speaker labels and turns, questions and their outlets,
// quotation speakers and addressees, and the state a speaker stands for.

// speakingState returns the state that speaks before token i in the current
// sentence: a state subject of the speech verb ("Iran said on Sunday that
// ...") or the state of a speaking person (speakerState), or "".
func (d *doc) speakingState(i int) string {
	toks := d.toks
	for j := i - 1; j > 0; j-- {
		if toks[j].flags&fSpeechVerbs == 0 {
			continue
		}
		for x := len(d.ments) - 1; x >= 0; x-- {
			if m := d.ments[x]; m.to <= j {
				if m.to == j && m.kind == graph.KindState && len(m.ids) == 1 && !m.title && m.how != howDemonym {
					return m.ids[0] // "Iran said"
				}
				break
			}
		}
		return d.speakerState(i)
	}
	return ""
}

// speakerState returns the state of the person who speaks before token i in
// the current sentence ("Peru's foreign minister, X, said that ..."), or "".
func (d *doc) speakerState(i int) string {
	toks := d.toks
	speech := -1
	for j := i - 1; j >= 0; j-- {
		if toks[j].flags&fSpeechVerbs != 0 && d.mentionIndexAt(j) < 0 {
			speech = j
			break
		}
	}
	if speech < 0 {
		return ""
	}
	for x := range d.ments {
		m := d.ments[x]
		if m.from >= speech {
			break
		}
		if m.kind == graph.KindPerson && len(m.ids) == 1 && !m.title && m.how == howName {
			if b := d.ents[m.ids[0]]; b != nil {
				if k, _ := graph.KindOfID(b.e.Country); k == graph.KindState {
					return b.e.Country
				}
			}
			return ""
		}
		if m.kind == graph.KindState && len(m.ids) == 1 && (m.poss || m.how == howDemonym) && d.roleUpTo(m.to, speech) {
			return m.ids[0] // "Eritrea's information minister said", "the Eritrean minister said"
		}
	}
	return ""
}

// roleUpTo reports whether tokens [from, to) are lower-case words ending in a
// role head: "information minister" before "said".
func (d *doc) roleUpTo(from, to int) bool {
	toks := d.toks
	if to-from < 1 || to-from > 4 || toks[to-1].flags&fRoleHeads == 0 {
		return false
	}
	for k := from; k < to; k++ {
		if toks[k].kind != tokWord || toks[k].cap {
			return false
		}
	}
	return true
}

// turnSpeaker returns the person whose transcript turn the current token is
// in: the person of a speaker label opening the current sentence ("Wang
// Wenbin: ..."), else the last label's person, or "".
func (d *doc) turnSpeaker() string {
	if id := d.speakerLabel(); id != "" {
		return id
	}
	if id := d.roleLabelSpeaker(); id != "" {
		return id // "SPOKESPERSON: We urge ...": the label's own sentence
	}
	if d.answerLabel() {
		return d.interviewee() // "A: Yes, I met ...": the label's own sentence
	}
	return d.transcriptSpeaker
}

// answerLabel reports whether the current sentence opens with an
// interview's answer label: "A:", "Answer:".
func (d *doc) answerLabel() bool {
	toks := d.toks
	return len(toks) > 1 && toks[1].key == ":" && toks[0].cap && answerLabels[toks[0].key]
}

// interviewee returns who answers an interview's questions: the speaker who
// answered before, else the first person the page names (the headline's or
// the introduction's "Foreign Minister X sat down with ..."), or "".
func (d *doc) interviewee() string {
	if d.answerer != "" {
		return d.answerer
	}
	if len(d.persons) > 0 {
		return d.persons[0].e.ID
	}
	return ""
}

// speakerLabel returns the person named by a speaker label that opens the
// current sentence ("President of Kyrgyzstan Sadyr Japarov:", "Lavrov
// (retranslated):"), or "" (the mentions found so far are looked at).
func (d *doc) speakerLabel() string {
	toks := d.toks
	if id := d.surnameLabel(); id != "" {
		return id
	}
	for x := range d.ments {
		m := d.ments[x]
		if m.title {
			continue
		}
		if m.kind != graph.KindPerson || len(m.ids) != 1 || d.startOf(x) != 0 {
			return ""
		}
		k := m.to
		if k+2 < len(toks) && toks[k].key == "(" && toks[k+2].key == ")" {
			k += 3 // "(retranslated)"
		}
		if k < len(toks) && toks[k].key == ":" {
			return m.ids[0]
		}
		return ""
	}
	return ""
}

// transcriptState returns the state of the speaker of a transcript's
// current turn ("President of Kyrgyzstan Sadyr Japarov: ..."), or "".
func (d *doc) transcriptState() string {
	speaker := d.turnSpeaker()
	if speaker == "" {
		return ""
	}
	if b := d.ents[speaker]; b != nil {
		if k, _ := graph.KindOfID(b.e.Country); k == graph.KindState {
			return b.e.Country
		}
	}
	return ""
}

// quoted reports whether the current sentence holds a quotation mark.
func (d *doc) quoted() bool {
	for _, t := range d.toks {
		if t.key == `"` {
			return true
		}
	}
	return false
}

// ourPair is "our two countries" in an official readout: the publisher and its partner.
func (d *doc) ourPair() []string {
	if d.publisher == "" {
		return d.lastTwoStates()
	}
	for _, id := range d.lastPair {
		if id != d.publisher {
			c := id
			if b, ok := d.ents[id]; ok && b.e.Kind == graph.KindPerson && b.e.Country != "" {
				c = b.e.Country
			}
			if c != d.publisher {
				return []string{d.publisher, c}
			}
		}
	}
	for x := len(d.recentState) - 1; x >= 0; x-- {
		if d.recentState[x] != d.publisher {
			return []string{d.publisher, d.recentState[x]}
		}
	}
	return nil
}

// questionLabel reports whether the current sentence opens with a question
// label: "Q:", "Question:".
func (d *doc) questionLabel() bool {
	toks := d.toks
	return len(toks) > 1 && toks[1].key == ":" && questionLabels[toks[0].key]
}

// labelOutlet returns the organization named in brackets after a question
// label ("Q: (AFP) ..."), or "".
func (d *doc) labelOutlet() string {
	toks := d.toks
	if len(toks) < 5 || toks[2].key != "(" {
		return ""
	}
	if x := d.mentionIndexAt(3); x >= 0 && d.ments[x].kind == graph.KindOrganization && len(d.ments[x].ids) == 1 && d.ments[x].to < len(toks) && toks[d.ments[x].to].key == ")" {
		return d.ments[x].ids[0]
	}
	return ""
}

// addressee returns who "you" at token i is: in a transcript's answer, the
// outlet that asked the question; in a question, the speaker who answers;
// in a quotation, the person or state the speaker told (in the sentence,
// or when the quote opened: "Erdogan told Putin: ..."), else the other
// party of the last meeting; or "".
func (d *doc) addressee(i int) string {
	switch {
	case d.questionLabel():
		if d.transcriptSpeaker != "" {
			return d.transcriptSpeaker // the turn the question closes
		}
		return d.interviewee() // "Q: You met X on Tuesday.": the one interviewed
	case d.speakerLabel() != "":
		return d.questioner // an answer opens
	case d.questionTurn:
		return d.answerer
	case d.turnSpeaker() != "":
		return d.questioner
	case !d.quoted():
		return ""
	}
	toks := d.toks
	for j := 0; j+1 < len(toks); j++ {
		if addresseeVerbs[toks[j].key] && toks[j].flags&fSpeechVerbs != 0 {
			if x := d.mentionIndexAt(j + 1); x >= 0 && len(d.ments[x].ids) == 1 && (d.ments[x].kind == graph.KindPerson || d.ments[x].kind == graph.KindState) {
				return d.ments[x].ids[0]
			}
		}
	}
	if d.quoteAddressee != "" && d.sentIdx-d.quoteSent <= 2 {
		return d.quoteAddressee
	}
	if d.quoteSpeaker != "" && d.sentIdx-d.quoteSent <= 2 && len(d.lastPair) == 2 {
		for x, id := range d.lastPair {
			if id == d.quoteSpeaker {
				return d.lastPair[1-x]
			}
		}
	}
	return ""
}

// trailingQuoteSpeakers resolves the "we" and "our" of a quotation that
// opens the sentence (after its dateline, if any: quoteOpening), when no
// earlier rule resolved them, to the speaker named after it: '"We strongly
// condemn the launch," the JCS said', '"Our military ...," said Kim'. The
// mentions are inserted in order.
func (d *doc) trailingQuoteSpeakers() {
	toks := d.toks
	open := d.quoteOpening()
	if open < 0 {
		return // the quotation opens the sentence: '"We condemn ...," the JCS said'
	}
	for i := open + 1; i < len(toks); i++ {
		k := toks[i].key
		if k == `"` {
			return
		}
		if k != "we" && k != "our" || d.mentionIndexAt(i) >= 0 {
			continue
		}
		x := d.speakerAfterQuote(i)
		if x < 0 {
			continue
		}
		m := mention{from: i, to: i + 1, ids: append([]string(nil), d.ments[x].ids...), kind: d.ments[x].kind, how: howPronoun, poss: k == "our"}
		for _, id := range m.ids {
			d.addMention(id, "")
		}
		at := 0
		for at < len(d.ments) && d.ments[at].from < i {
			at++
		}
		d.ments = slices.Insert(d.ments, at, m)
	}
}

// quoteOpening returns the token of the quotation mark that opens the
// sentence, after its dateline if any ('KYIV, March 7 (Ukrinform) - "Today
// we received ..."'), or -1.
func (d *doc) quoteOpening() int {
	toks := d.toks
	if len(toks) > 0 && toks[0].key == `"` {
		return 0
	}
	for k := 1; k < len(toks) && k <= 12; k++ {
		if toks[k].key == `"` {
			if p := toks[k-1].key; (p == "-" || p == "—" || p == "–") && d.dateline != "" {
				return k
			}
			return -1
		}
	}
	return -1
}

// speakerAfterQuote returns the mention of the speaker named right after the
// quotation that holds token i ('," the JCS said', '," said Kim'), or -1.
func (d *doc) speakerAfterQuote(i int) int {
	toks := d.toks
	q := i + 1
	for q < len(toks) && toks[q].key != `"` {
		q++
	}
	if q+2 >= len(toks) || q == i+1 {
		return -1
	}
	j := q + 1
	verbFirst := toks[j].flags&fSpeechVerbs != 0
	if verbFirst {
		j++
	}
	if toks[j].key == "the" {
		j++
	}
	x := -1
	for y := range d.ments {
		if d.startOf(y) == j && !d.ments[y].title {
			x = y // ('," Ukrainian President Volodymyr Zelensky said': the titled speaker)
		}
	}
	if x < 0 || d.ments[x].kind == graph.KindPlace || !verbFirst && (d.ments[x].to >= len(toks) || toks[d.ments[x].to].flags&fSpeechVerbs == 0) {
		return -1
	}
	return x
}

// headerNouns open the heading of a document one person speaks: "Briefing
// by ...", "Remarks by ...", "Statement by ...".
var headerNouns = wordSet("header-nouns")

// headerSpeaker returns the person a document's heading names as its
// speaker ("Briefing by Foreign Ministry Spokeswoman Maria Zakharova,
// Moscow, November 26, 2026"): in one of the first sentences (the page's
// title and menu may come before it), before any fact, a header noun, "by"
// within three words, then a person; or "".
func (d *doc) headerSpeaker() string {
	toks := d.toks
	if d.sentIdx > 4 || len(d.facts) > 0 || d.transcriptSpeaker != "" || len(toks) < 3 || !headerNouns[toks[0].key] {
		return ""
	}
	for j := 1; j < len(toks) && j <= 3; j++ {
		if toks[j].key != "by" {
			continue
		}
		for _, m := range d.ments {
			if m.from > j && !m.title && m.kind == graph.KindPerson && len(m.ids) == 1 {
				return m.ids[0]
			}
		}
	}
	return ""
}

// roleLabelSpeaker reads a speaker label that names an office
// ("SPOKESPERSON:", "Official Spokesperson:"): the person named right after
// it on a heading line ("Spokesperson: Arif Wicaksono, Director of ..."),
// who then holds the office, else the holder of the office named before;
// or "".
func (d *doc) roleLabelSpeaker() string {
	toks := d.toks
	k := 0
	for k < len(toks) && k < 3 && toks[k].kind == tokWord && toks[k].flags&fRoleWords != 0 {
		k++
	}
	if k == 0 || k >= len(toks) || toks[k].key != ":" || toks[k-1].flags&fRoleHeads == 0 {
		return ""
	}
	role := toks[k-1].key
	for _, m := range d.ments {
		if m.from == k+1 && m.kind == graph.KindPerson && len(m.ids) == 1 && (m.to == len(toks) || toks[m.to].key == ",") {
			d.noteRole(role, m.ids[0])
			return m.ids[0]
		}
	}
	return d.roleHolder[role]
}

// surnameLabel reads a transcript's speaker label in capitals, roles and a
// surname ("PRESIDENT SHEINBAUM:", "PRIME MINISTER CARNEY:", "SPOKESPERSON
// WANG:"): the person named before in the document whose last name it is,
// or "".
func (d *doc) surnameLabel() string {
	toks := d.toks
	k := 0
	for k < len(toks) && k < 4 && toks[k].kind == tokWord && toks[k].flags&fRoleWords != 0 && toks[k].upper {
		k++
	}
	if k+1 >= len(toks) || toks[k+1].key != ":" || toks[k].kind != tokWord || !toks[k].upper || len(toks[k].key) < 3 {
		return ""
	}
	surname := toks[k].key
	for _, p := range d.persons {
		if f := strings.Fields(p.e.Name); len(f) > 1 && strings.ToLower(f[len(f)-1]) == surname || len(f) > 2 && strings.ToLower(f[len(f)-2]) == surname {
			return p.e.ID
		}
	}
	return ""
}
