package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// fact is one extracted relation statement between two entities.
type fact struct {
	typ          graph.RelationType
	from, to     string
	date         graph.Date
	modality     graph.Modality
	attributedTo string
	conf         float64
	sent         int
	span         span
	event        int // index of the statement (one event per statement)
	place        string
	trig         int // trigger token index within the sentence
	dateFrom     dateSource
}

// statement is one trigger occurrence: an event with its actors and targets.
type statement struct {
	typ          graph.RelationType
	actors       []string
	targets      []string
	date         graph.Date
	place        string
	modality     graph.Modality
	attributedTo string
	sent         int
	span         span
}

// nounContextWords make an ambiguous verb/noun a noun: "the visit", "its attacks".
var nounContextWords = wordSet("noun-context-words")

// verbAux precede a verb.
var verbAux = wordSet("verb-aux")

var beForms = wordSet("be-forms")

// questionLabels open a questioner's turn in a transcript (lexicon/words.txt).
var questionLabels = wordSet("question-labels")

// answerLabels open an interviewee's answer: "A:", "Answer:" (lexicon/words.txt).
var answerLabels = wordSet("answer-labels")

// partitiveHeads and groundForces: see lexicon/words.txt.
var (
	partitiveHeads = wordSet("partitive-heads")
	groundForces   = wordSet("ground-forces")
)

// commitVerbs take an infinitive of what is still to be done: "agreed to supply".
var commitVerbs = wordSet("commit-verbs")

// purposeNouns take an infinitive of what is not yet done: "talks to restore relations".
var purposeNouns = wordSet("purpose-nouns")

// blockVerbs stop the act whose actor follows them: "blocked EU aid".
var blockVerbs = wordSet("block-verbs")

// denialVerbs deny the that-clause after them.
var denialVerbs = wordSet("denial-verbs")

// subjectPronouns are personal pronouns in subject position.
var subjectPronouns = wordSet("subject-pronouns")

// lightVerbs make an attack noun an act of their subject.
var lightVerbs = wordSet("light-verbs")

// visitVerbs make a visit noun an act of their subject.
var visitVerbs = wordSet("visit-verbs")

// supportNouns and materialWords: see lexicon/words.txt.
var (
	supportNouns  = wordSet("support-nouns")
	materialWords = wordSet("material-words")
)

// copulaNouns relate only as the predicate of "to be" (lexicon/words.txt).
var copulaNouns = wordSet("copula-nouns")

// warNouns name a war, whose place is where it is fought ("its war in Gaza").
var warNouns = wordSet("war-nouns")

// weaponNoun is the set of nominal weapon triggers (lexicon/words.txt).
var weaponNoun = wordSet("weapon-nouns")

// speechAct are the relations stated by speaking.
var speechAct = map[graph.RelationType]bool{graph.Criticized: true, graph.Urged: true, graph.Accused: true, graph.Warned: true}

// allegeVerbs report an accusation: "..., the RSF alleged".
var allegeVerbs = wordSet("allege-verbs")

// moveNouns sum up the act of a clause in an apposition: ", a move X condemned".
var moveNouns = wordSet("move-nouns")

// zoneNouns name a stretch of land held or struck: "a buffer zone in Syria".
var zoneNouns = wordSet("zone-nouns")

// ditransitiveVerbs take the recipient as their first object: "gave Tonga two boats".
var ditransitiveVerbs = wordSet("ditransitive-verbs")

// receptionVerbs in the passive with a person on both sides are meetings: "was received by".
var receptionVerbs = wordSet("reception-verbs")

// jointActivities are what states do together: "joint naval exercises".
var jointActivities = wordSet("joint-activities")

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// addresseeVerbs take the other party of a call as their object: "thanked Poland in a call".
var addresseeVerbs = wordSet("addressee-verbs")

// callNounBefore make "call" a noun: "a phone call on Friday".
var callNounBefore = wordSet("call-noun-before")

// speakingVerbs place their speaker where they speak: "told reporters in Tokyo".
var speakingVerbs = wordSet("speaking-verbs")

// envoyNouns are people sent as representatives.
var envoyNouns = wordSet("envoy-nouns")

// armedNouns are forces a state acts through: "Russian drones", "Israeli jets".
var armedNouns = wordSet("armed-nouns")

// countUniq returns len(uniq(ids)) without allocating.
func countUniq(ids []string) int {
	n := 0
	for i, id := range ids {
		if !contains(ids[:i], id) {
			n++
		}
	}
	return n
}

func uniq(ids []string) []string {
	out := ids[:0:0]
	for _, id := range ids {
		if !contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

func (d *doc) ensureEntity(id string) {
	if _, ok := d.ents[id]; ok {
		return
	}
	d.ensureState(id)
}

// isWaterName reports whether a place name names a body of water.
func isWaterName(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	if len(f) == 0 {
		return false
	}
	last := f[len(f)-1]
	if len(f) >= 3 && f[1] == "of" {
		last = f[0] // "Sea of Japan", "Gulf of Finland"
	}
	switch last {
	case "sea", "gulf", "strait", "straits", "ocean", "bay", "channel", "mediterranean":
		return true
	}
	return false
}

// stateOf returns the state an entity is or acts for (a person's country), or "".
func (d *doc) stateOf(id string) string {
	if k, _ := graph.KindOfID(id); k == graph.KindState {
		return id
	}
	if e, ok := d.ents[id]; ok && e.e.Kind == graph.KindPerson {
		return e.e.Country
	}
	return ""
}

// sameSide reports whether a and b are the same party: a person and their
// state, or a state and a place inside it.
func (d *doc) sameSide(a, b string) bool {
	ca, cb := a, b
	if e, ok := d.ents[a]; ok && e.e.Kind != graph.KindState && e.e.Country != "" && e.e.Kind == graph.KindPerson {
		ca = e.e.Country
	}
	if e, ok := d.ents[b]; ok && e.e.Kind != graph.KindState && e.e.Country != "" && e.e.Kind == graph.KindPerson {
		cb = e.e.Country
	}
	if ca == cb {
		return true
	}
	// an actor and a place of its own state
	if e, ok := d.ents[b]; ok && e.e.Kind == graph.KindPlace && e.e.Country != "" && e.e.Country == ca {
		return true
	}
	return false
}

// modalAux are modal auxiliaries, which govern coordinated verbs too.
var modalAux = wordSet("modal-aux")

// vowWords announce what they state: a vow to retaliate is a threat made.
var vowWords = wordSet("vow-words")

// clauseOpeners open a relative clause after a comma (lexicon/words.txt).
var clauseOpeners = wordSet("clause-openers")

// buildFacts turns the collected statements and facts into events and edges.
func (d *doc) buildFacts(x *graph.Extraction) {
	edgeAt := map[string]int{}
	eventIDs := make([]string, len(d.stmts))
	for si, st := range d.stmts {
		id := graph.EventID(st.typ, st.actors, st.targets, st.date)
		eventIDs[si] = id
		mention := graph.Mention{DocumentID: d.docID, Sentence: st.sent, Start: st.span.start, End: st.span.end, Text: d.text[st.span.start:st.span.end]}
		merged := false
		for k := range x.Events {
			if x.Events[k].ID == id {
				x.Events[k].Mentions = appendMention(x.Events[k].Mentions, mention)
				merged = true
				break
			}
		}
		if !merged {
			x.Events = append(x.Events, graph.Event{ID: id, Type: st.typ, Date: st.date, Place: st.place,
				Actors: st.actors, Targets: st.targets, Modality: st.modality, AttributedTo: st.attributedTo,
				Mentions: []graph.Mention{mention}})
			if st.place != "" {
				d.ensureEntity(st.place)
			}
		}
	}
	for _, f := range d.facts {
		id := graph.EdgeID(f.typ, f.from, f.to, f.date, f.modality, f.attributedTo)
		mention := graph.Mention{DocumentID: d.docID, Sentence: f.sent, Start: f.span.start, End: f.span.end, Text: d.text[f.span.start:f.span.end]}
		if k, ok := edgeAt[id]; ok {
			e := &x.Edges[k]
			e.Mentions = appendMention(e.Mentions, mention)
			if f.conf > e.Confidence {
				e.Confidence = f.conf
			}
			continue
		}
		from, to := graph.CanonicalEnds(f.typ, f.from, f.to)
		if f.typ.Symmetric() {
			from, to = f.from, f.to
		}
		edgeAt[id] = len(x.Edges)
		x.Edges = append(x.Edges, graph.Edge{ID: id, Type: f.typ, From: from, To: to, Date: dateOrUnknown(f.date),
			Modality: f.modality, AttributedTo: f.attributedTo, Confidence: round2(f.conf), EventID: eventIDs[f.event],
			Mentions: []graph.Mention{mention}})
	}
	for k := range x.Events {
		x.Events[k].Date = dateOrUnknown(x.Events[k].Date)
	}
}

func dateOrUnknown(d graph.Date) graph.Date {
	if !d.Known() {
		return graph.Date{Precision: graph.DateUnknown}
	}
	return d
}

func round2(f float64) float64 { return float64(int(f*100+0.5)) / 100 }

func appendMention(ms []graph.Mention, m graph.Mention) []graph.Mention {
	for _, x := range ms {
		if x.Sentence == m.Sentence && x.DocumentID == m.DocumentID {
			return ms
		}
	}
	return append(ms, m)
}
