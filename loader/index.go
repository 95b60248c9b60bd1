package loader

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader/gazetteer"
)

// gazKind says how a gazetteer name names its entity.
type gazKind uint8

const (
	gzState    gazKind = iota // a state's name: "Russia", "DPRK"
	gzDemonym                 // an adjective or demonym: "Russian"
	gzCapital                 // a capital or seat of government: a place, or the state as actor
	gzOrg                     // an organization
	gzLandmark                // a place that is not a state
	gzPerson                  // a well-known person
)

// entityInfo is what the index knows about an entity.
type entityInfo struct {
	id, name string
	kind     graph.Kind
	country  string // entity ID of the state, for persons, organizations and places
	codes    graph.Codes
	role     string
	aliases  []string
	armed    bool // an armed group of the gazetteer ("the rebels" may be it)
	// government is a government body of the gazetteer (a ministry, an
	// agency): what it publishes speaks for its state.
	government bool
	// intergovernmental is a body of states of the gazetteer (the United
	// Nations, NATO): its own documents speak for it.
	intergovernmental bool
}

// gazEntry is one name of the index.
type gazEntry struct {
	keys      []string
	kind      gazKind
	ent       *entityInfo
	place     *entityInfo // the place a capital names
	surface   string
	needUpper bool // an acronym: the text must be upper case too
}

// index is the extractor's read-only name index, built once from the gazetteer
// and the lexicons.
type index struct {
	byFirst map[string][]*gazEntry
	// surnames maps a known person's short name key to the person; nil when ambiguous.
	surnames map[string]*entityInfo
	states   map[string]*entityInfo // by entity ID
	byID     map[string]*entityInfo // every entity by ID
	// persons maps personKey of a known person's names to the person.
	persons map[string]*entityInfo
	// orgs maps personKey of an organization's names to it, and orgNames
	// lists an organization's names by ID (a publisher is found by any).
	orgs     map[string]*entityInfo
	orgNames map[string][]string
	// cityStates maps a state whose capital bears its name ("Singapore",
	// "Djibouti") to that city: "in Singapore" names the city too.
	cityStates map[string]*entityInfo
	// territoryCities holds the states of cityStates that are no UN member
	// ("Hong Kong", "Macau"): every mention of one names its city.
	territoryCities map[string]bool
	// seats holds the place IDs of the seats of government a state's
	// metonyms name ("Kremlin", "White House"), not its capitals: acting,
	// a seat names the administration it houses.
	seats map[string]bool
}

// personKey folds a person's name for lookup: accents, case, periods and
// initials dropped, hyphens as spaces ("Antony J. Blinken" -> "antony blinken").
func personKey(name string) string {
	name = foldString(name)
	var b strings.Builder
	b.Grow(len(name))
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' || r == '.' }) {
		if len(w) == 1 {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		for _, r := range w {
			if r == '\'' || r == '’' {
				continue
			}
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// foldString removes accents; it is safe for concurrent use (a shared
// transform.Chain is not).
func foldString(s string) string { return graph.FoldAccents(s) }

// nameKeys returns the matching keys of a name.
func nameKeys(name string) []string {
	toks := tokenize(name, lowerASCII(name), span{0, len(name)}, nil, nil)
	keys := make([]string, 0, len(toks))
	for _, t := range toks {
		if t.kind == tokPunct && (t.key == "," || t.key == "." || t.key == "'") {
			continue
		}
		keys = append(keys, t.key)
	}
	return keys
}

// nameKeysWithCommas is nameKeys keeping the commas of a body's name, which
// the text writes too: "Foreign, Commonwealth and Development Office".
func nameKeysWithCommas(name string) []string {
	toks := tokenize(name, lowerASCII(name), span{0, len(name)}, nil, nil)
	keys := make([]string, 0, len(toks))
	for _, t := range toks {
		if t.kind == tokPunct && (t.key == "." || t.key == "'") {
			continue
		}
		keys = append(keys, t.key)
	}
	return keys
}

// buildIndex builds the name index of the gazetteer and a lexicon's persons,
// organizations, places and aliases.
func buildIndex(data *lexData) *index {
	ix := &index{byFirst: map[string][]*gazEntry{}, surnames: map[string]*entityInfo{}, states: map[string]*entityInfo{},
		byID: map[string]*entityInfo{}, persons: map[string]*entityInfo{}, orgs: map[string]*entityInfo{}, orgNames: map[string][]string{},
		cityStates: map[string]*entityInfo{}, territoryCities: map[string]bool{}, seats: map[string]bool{}}
	for i := range gazetteer.States {
		ix.addState(&gazetteer.States[i])
	}
	ix.addGazetteerOrgs()
	ix.addLexicon(data)
	for _, list := range ix.byFirst {
		sort.SliceStable(list, func(a, b int) bool { return len(list[a].keys) > len(list[b].keys) })
	}
	return ix
}

// add indexes name as a name of kind k for entity e (and place, the place a
// capital's name also stands for).
func (ix *index) add(name string, k gazKind, e, place *entityInfo) {
	var keys []string
	switch {
	case strings.Contains(name, ",") && k == gzOrg:
		keys = nameKeysWithCommas(name) // "Foreign, Commonwealth and Development Office"
	case strings.Contains(name, ",") && k != gzCapital:
		return // inverted forms: "Korea, Republic of"
	default:
		keys = nameKeys(name)
	}
	if len(keys) == 0 {
		return
	}
	letters := 0
	for _, r := range name {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if _, ok := ix.byID[e.id]; !ok {
		ix.byID[e.id] = e
	}
	en := &gazEntry{keys: keys, kind: k, ent: e, place: place, surface: name,
		needUpper: isAllUpper(name) && letters <= 5}
	if k == gzOrg {
		ix.orgs[personKey(name)] = e
		ix.orgNames[e.id] = append(ix.orgNames[e.id], name)
	}
	ix.byFirst[keys[0]] = append(ix.byFirst[keys[0]], en)
}

// addState indexes a state of the gazetteer: its names, demonyms and
// metonyms (capitals and seats of government, each also a place).
func (ix *index) addState(s *gazetteer.State) {
	st := &entityInfo{id: graph.StateID(s.ISO3), name: s.Name, kind: graph.KindState,
		codes: graph.Codes{ISO3: s.ISO3, Wikidata: s.Wikidata}}
	ix.states[st.id] = st
	for _, n := range s.AllNames() {
		ix.add(n, gzState, st, nil)
	}
	for _, n := range s.Demonyms {
		ix.add(n, gzDemonym, st, nil)
	}
	for _, n := range s.MetonymNames() {
		pname := strings.TrimSpace(strings.Split(n, ",")[0])
		place := &entityInfo{id: graph.EntityID(graph.KindPlace, pname), name: pname, kind: graph.KindPlace, country: st.id}
		ix.add(n, gzCapital, st, place)
		if personKey(pname) == personKey(s.Name) {
			ix.cityStates[st.id] = place
		}
	}
	for _, n := range s.Metonyms {
		ix.seats[graph.EntityID(graph.KindPlace, strings.TrimSpace(strings.Split(n, ",")[0]))] = true
	}
	if !s.UNMember && ix.cityStates[st.id] == nil {
		// a territory no UN member ("Hong Kong", "New Caledonia", "Falkland Islands"):
		// a place as well, in every use
		ix.cityStates[st.id] = &entityInfo{id: graph.EntityID(graph.KindPlace, s.Name), name: s.Name, kind: graph.KindPlace, country: st.id}
		ix.territoryCities[st.id] = true
	}
}

// addGazetteerOrgs indexes the hand-kept organizations, then WordNet's: new
// ones, and former names and acronyms of the hand-kept ones ("European
// Economic Community" is the EU).
func (ix *index) addGazetteerOrgs() {
	handKept := make(map[string]*entityInfo, len(gazetteer.Orgs))
	for i := range gazetteer.Orgs {
		e := orgInfo(&gazetteer.Orgs[i])
		handKept[gazetteer.Orgs[i].Name] = e
		for _, n := range gazetteer.Orgs[i].AllNames() {
			ix.add(n, gzOrg, e, nil)
		}
	}
	for _, o := range gazetteer.WordNetOrgs() {
		e := handKept[o.Known]
		if e == nil {
			e = orgInfo(&o.Org)
		}
		for _, n := range o.AllNames() {
			if n != "" {
				ix.add(n, gzOrg, e, nil)
			}
		}
	}
}

// addLexicon indexes the lexicon's organizations, places, persons and
// aliases (the embedded files and any --lexicon file).
func (ix *index) addLexicon(data *lexData) {
	for _, o := range data.orgs {
		ix.addNames(o.names, o.country, graph.KindOrganization, gzOrg)
	}
	for _, l := range data.places {
		ix.addNames(l.names, l.country, graph.KindPlace, gzLandmark)
	}
	for _, p := range data.persons {
		e := &entityInfo{id: graph.EntityID(graph.KindPerson, p.names[0]), name: p.names[0], kind: graph.KindPerson, aliases: p.names[1:]}
		if p.country != "" {
			e.country = graph.StateID(p.country)
		}
		for _, n := range p.names {
			ix.addPerson(n, e, p.country)
		}
	}
	for _, a := range data.aliases {
		ix.addAlias(a)
	}
}

// addNames indexes names, the first the entity's name, as one entity of
// kind (of country, an ISO3 code or empty) under gazetteer kind k.
func (ix *index) addNames(names []string, country string, kind graph.Kind, k gazKind) {
	e := &entityInfo{id: graph.EntityID(kind, names[0]), name: names[0], kind: kind}
	if country != "" {
		e.country = graph.StateID(country)
	}
	for _, n := range names {
		ix.add(n, k, e, nil)
	}
}

// orgInfo returns the entity of organization o of the gazetteer, its ID
// made from its first acronym, else its name.
func orgInfo(o *gazetteer.Org) *entityInfo {
	slugName := o.Name
	if len(o.Acronyms) > 0 {
		slugName = o.Acronyms[0]
	}
	e := &entityInfo{id: graph.EntityID(graph.KindOrganization, slugName), name: o.Name, kind: graph.KindOrganization,
		codes: graph.Codes{Wikidata: o.Wikidata}, armed: o.Type == "armed group", government: o.Type == "government body",
		intergovernmental: o.Type == "intergovernmental"}
	if o.Country != "" {
		e.country = graph.StateID(o.Country)
	}
	return e
}

// addPerson indexes name n of known person e of state iso3: the full name,
// and the short name of short mentions ("Putin"; the family name first for
// Chinese and Korean names), unless two persons share it.
func (ix *index) addPerson(n string, e *entityInfo, iso3 string) {
	ix.persons[personKey(n)] = e
	keys := nameKeys(n)
	if len(keys) > 1 {
		ix.add(n, gzPerson, e, nil)
	}
	short := keys[len(keys)-1]
	if iso3 == "PRK" || iso3 == "KOR" || iso3 == "CHN" || len(keys) == 1 {
		short = keys[0]
	}
	if prev, ok := ix.surnames[short]; ok && prev != e {
		ix.surnames[short] = nil
	} else {
		ix.surnames[short] = e
	}
}

// addAlias indexes the new names of alias statement a under the entity its
// first name names (a state, organization, person or place; lexData.check
// made sure one does).
func (ix *index) addAlias(a lexEntity) {
	key := personKey(a.names[0])
	var best *gazEntry
	for _, list := range ix.byFirst {
		for _, en := range list {
			if personKey(en.surface) != key || en.kind == gzDemonym {
				continue
			}
			if best == nil || en.kind < best.kind || en.kind == best.kind && en.ent.id < best.ent.id {
				best = en
			}
		}
	}
	if best == nil {
		if e, ok := ix.persons[key]; ok { // a one-word person name is not in byFirst
			best = &gazEntry{kind: gzPerson, ent: e}
		} else {
			return
		}
	}
	for _, n := range a.names[1:] {
		if best.kind == gzPerson {
			ix.addPerson(n, best.ent, strings.ToUpper(strings.TrimPrefix(best.ent.country, "state:")))
			continue
		}
		ix.add(n, best.kind, best.ent, best.place)
	}
}

// match returns the longest index entry that starts at token i, or nil.
func (ix *index) match(toks []token, i int) *gazEntry {
	t := toks[i]
	if t.kind != tokWord || t.flags&fGazFirst == 0 {
		return nil
	}
	list := ix.byFirst[t.key]
	for _, e := range list {
		if i+len(e.keys) > len(toks) {
			continue
		}
		ok := true
		for k := 1; k < len(e.keys); k++ {
			tk := toks[i+k]
			if tk.key != e.keys[k] || (tk.kind == tokPunct && !tk.glued && e.keys[k] == "-") {
				ok = false
				break
			}
			// a possessive can only end a name, unless the name has one
			if toks[i+k-1].poss && !strings.ContainsAny(e.surface, "'’") {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if !t.cap && !startsWithDigit(t) && !(len(e.keys) > 1 && e.surface != "" && e.surface[0] >= 'a' && e.surface[0] <= 'z') {
			continue // a lower-case word names nothing, unless the name is written so: "al-Shabaab"
		}
		if e.needUpper && !t.upper && !isDotted(toks[i]) && !titleCaseAcronym(toks, i, e) {
			continue
		}
		return e
	}
	return nil
}

// titleCaseAcronym reports whether token i writes the one-word acronym of
// an organization e in title case, as British style does ("Nato", "Opec",
// "Unicef"): four letters or more, and no capitalized word beside it (so
// "Taylor Swift" is no SWIFT).
func titleCaseAcronym(toks []token, i int, e *gazEntry) bool {
	t := toks[i]
	if e.kind != gzOrg || len(e.keys) != 1 || len(t.key) < 4 || !t.cap || t.upper {
		return false
	}
	side := func(k int) bool { return k >= 0 && k < len(toks) && toks[k].cap && toks[k].kind == tokWord }
	return !side(i-1) && !side(i+1)
}

func startsWithDigit(t token) bool { return t.key != "" && t.key[0] >= '0' && t.key[0] <= '9' }

func isDotted(t token) bool { return t.dotted }

// namesPlace reports whether name is exactly the name of a state, a
// place or a people ("Australia", "Kyiv", "Kenyan"), not of an
// organization or a person.
func (ix *index) namesPlace(name string) bool {
	keys := nameKeys(name)
	if len(keys) == 0 {
		return false
	}
	for _, e := range ix.byFirst[keys[0]] {
		if e.kind != gzOrg && e.kind != gzPerson && slices.Equal(e.keys, keys) {
			return true
		}
	}
	return false
}

// namesState reports whether name is one of a state's names or metonyms
// ("White House"): such a seat stands for its state, it is no mere venue.
func (ix *index) namesState(name string) bool {
	keys := nameKeys(name)
	if len(keys) == 0 {
		return false
	}
	for _, e := range ix.byFirst[keys[0]] {
		if (e.kind == gzState || e.kind == gzCapital) && slices.Equal(e.keys, keys) {
			return true
		}
	}
	return false
}
