package loader

import "github.com/geokg/geokg/graph"

// This file declares the extractor's word lists; their words are data in
// lexicon/words.txt (see lexfile.go), read-only after package init.

// frame says how a trigger finds its two sides.
type frame uint8

const (
	// frameVerb: SUBJ trigger OBJ (objects optionally after one of preps).
	frameVerb frame = iota
	// frameNoun: a nominalization: POSSESSOR's trigger PREP OBJ, or trigger PREP OBJ by AGENT.
	frameNoun
	// frameConverse: SUBJ trigger ... from AGENT: the agent acts on the subject
	// ("Y received arms from X" = X supplied Y).
	frameConverse
	// frameHost: SUBJ trigger OBJ (to PLACE): the object visited the subject
	// and the two met ("X hosted Y", "X welcomed Y to Z").
	frameHost
)

// trigger is one relation trigger: a word (or a short phrase) and its frame.
type trigger struct {
	typ   graph.RelationType
	frame frame
	// preps are the prepositions that introduce the object ("to", "with");
	// direct objects are allowed when direct is set.
	preps  []string
	direct bool
	// conf is the confidence of a fact from this trigger.
	conf float64
	// armedAgent restricts the agent to an armed force ("Russian tanks").
	armedAgent bool
	// oneObject refuses an object that opens with a count of two or more:
	// "shot down a Malian drone" is force against Mali, "shot down 20
	// Russian drones" the interception of the other side's attack.
	oneObject bool
	// peopleObject takes as object only the side whose people the object
	// counts: "killed 12 al-Shabaab fighters" is force against al-Shabaab,
	// "killed 11 civilians in Kharkiv" names no side (peopleVerb).
	peopleObject bool
	// placeObject takes as object only a place or a state named by its
	// name: "the capture of Goma", not "the capture of two Israeli
	// soldiers" (nounTrigger).
	placeObject bool
}

// phraseTrigger is a trigger of several words.
type phraseTrigger struct {
	words []string
	trigger
}

// fireVerbs launch weapons at a target.
var fireVerbs = wordSet("fire-verbs")

// partNouns take a partitive "of": "a strip of northern Syria", "parts of Ukraine".
var partNouns = wordSet("part-nouns")

// speechVerbs introduce reported speech: facts in their complement are
// alleged by the speaker (unless the speaker is the writer).
var speechVerbs = wordSet("speech-verbs")

// speculative cues make a fact speculative when they govern its trigger.
var speculativeCues = wordSet("speculative-cues")

// negationCues make a fact negated when they govern its trigger.
var negationCues = wordSet("negation-cues")

// clauseBreakWords end the subject search: the trigger's clause starts after them.
var clauseBreakWords = wordSet("clause-break-words")

// relativeWords introduce a relative clause whose subject is the noun before it.
var relativeWords = wordSet("relative-words")

// prepositions mark a noun phrase as a prepositional object (not a subject).
var prepositions = wordSet("prepositions")

// determiners and other words that may sit between a preposition or trigger and its object.
var npFillers = wordSet("np-fillers")

// personNounsPlural are nouns for groups of people; "two Ansarallah leaders"
// makes Ansarallah a modifier of the people.
var personNounsPlural = wordSet("person-nouns-plural")

// groupNouns are collective actors: "a Russian delegation" acts for Russia.
var groupNouns = wordSet("group-nouns")

// roleWords are the heads of person titles ("President", "Secretary of State").
var roleWords = wordSet("role-words")

// roleHeads are the words that make a title a role (the last word of "Secretary of State" is not one, "Secretary" is).
var roleHeads = wordSet("role-heads")

// honorifics precede a name but are no role.
var honorifics = wordSet("honorifics")

// foreignOrgHeads are the heads of bodies' names in Spanish, Portuguese and
// French, organization heads too ("Universidad", "Fiscalía"); see
// lexicon/words.txt.
var foreignOrgHeads = wordSet("foreign-org-heads")

// roleNounsForCoref are role words usable as a definite short mention ("the secretary").
var roleNounsForCoref = wordSet("role-nouns-for-coref")

// stateLeaderRoles are roles whose unnamed holder ("the Prime Minister")
// in an official readout stands for the publishing state.
var stateLeaderRoles = wordSet("state-leader-roles")

// monthNames maps month names and abbreviations to months.
var monthNames = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
	"june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
	"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// weekdayNames maps weekday names to time.Weekday numbers (Sunday = 0).
var weekdayNames = map[string]int{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
}

// abbreviations end with a period that does not end a sentence.
var abbreviations = wordSet("abbreviations")

// nonNameWords are capitalized words that never start or belong to a person name.
var nonNameWords = wordSet("non-name-words")

// firstNames are common given names; a capitalized pair starting with one is a person.
var firstNames = wordSet("first-names")

// lexFlag marks the word lists a word belongs to; a token carries the flags
// of its key so that the extractor tests list membership without map lookups.
type lexFlag uint32

const (
	fRoleWords lexFlag = 1 << iota
	fRoleHeads
	fNonNameWords
	fFirstNames
	fSpeechVerbs
	fNegationCues
	fSpeculativeCues
	fPrepositions
	fNpFillers
	fClauseBreakWords
	fRelativeWords
	fPersonNounsPlural
	fGroupNouns
	fHonorifics
	fOrgHeads
	fPlaceNouns
	fNameParticles
	fLocativePreps
	fNounContextWords
	fVerbAux
	fBeForms
	// the flags below mark keys of the maps the extractor looks words up in
	// most often: a word without the flag is not a key of the map.
	fVerbTrig   // Lexicon.verbs
	fNounTrig   // Lexicon.nouns
	fPhraseTrig // Lexicon.phrases
	fSpeaking   // speakingVerbs
	fGazFirst   // index.byFirst
	fMonth      // monthNames
	fWeekday    // weekdayNames
	fCount      // countWords
)

// wordFlags maps a word to the word lists it belongs to.
var wordFlags = buildWordFlags()

func buildWordFlags() map[string]lexFlag {
	flags := map[string]lexFlag{}
	lists := []struct {
		words map[string]bool
		flag  lexFlag
	}{{roleWords, fRoleWords}, {roleHeads, fRoleHeads}, {nonNameWords, fNonNameWords}, {firstNames, fFirstNames}, {speechVerbs, fSpeechVerbs}, {negationCues, fNegationCues}, {speculativeCues, fSpeculativeCues}, {prepositions, fPrepositions}, {npFillers, fNpFillers}, {clauseBreakWords, fClauseBreakWords}, {relativeWords, fRelativeWords}, {personNounsPlural, fPersonNounsPlural}, {groupNouns, fGroupNouns}, {honorifics, fHonorifics}, {orgHeads, fOrgHeads}, {foreignOrgHeads, fOrgHeads}, {companySuffixes, fOrgHeads}, {placeNouns, fPlaceNouns}, {nameParticles, fNameParticles}, {locativePreps, fLocativePreps}, {nounContextWords, fNounContextWords}, {verbAux, fVerbAux}, {beForms, fBeForms}}
	for _, l := range lists {
		for w := range l.words {
			flags[w] |= l.flag
		}
	}
	return flags
}

// mayHave reports whether t's key may be a key of the map flag f stands for:
// a word token carries the flags of its key; punctuation carries none, so
// it is always looked up.
func (t *token) mayHave(f lexFlag) bool { return t.kind != tokWord || t.flags&f != 0 }

// lookupIf looks key up in m when may is set (the key may be in m);
// otherwise it reports the zero value without a lookup.
func lookupIf[V any](may bool, m map[string]V, key string) (V, bool) {
	if !may {
		var zero V
		return zero, false
	}
	v, ok := m[key]
	return v, ok
}

// in reports whether t's key is in set m, whose words carry flag f: a word
// token answers from its flags, punctuation from the map.
func (t *token) in(f lexFlag, m map[string]bool) bool {
	if t.kind == tokWord {
		return t.flags&f != 0
	}
	return m[t.key]
}
