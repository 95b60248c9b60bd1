package loader

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader/gazetteer"
)

// The extractor's lexicon is data: the files of lexicon/ (embedded in the
// binary, format in lexicon/README.md) and any user lexicon given with
// `geokg extract --lexicon FILE` add triggers, persons, organizations, places
// and aliases. Word lists ("words NAME: ...") exist only in the embedded files.

//go:embed lexicon/*.txt
var lexiconFS embed.FS

// builtinLex is the parsed embedded lexicon; read-only after package init.
var builtinLex = mustParseBuiltin()

// defaultLexicon is the embedded lexicon, built; read-only after package init.
var defaultLexicon = buildLexicon(builtinLex)

func mustParseBuiltin() *lexData {
	files, err := lexiconFS.ReadDir("lexicon")
	if err != nil {
		panic(err)
	}
	data := &lexData{sets: map[string]map[string]bool{}}
	for _, f := range files {
		r, err := lexiconFS.Open("lexicon/" + f.Name())
		if err != nil {
			panic(err)
		}
		err = parseLexicon(data, "lexicon/"+f.Name(), r, true)
		r.Close()
		if err != nil {
			panic(err)
		}
	}
	if err := data.check(); err != nil {
		panic(err)
	}
	return data
}

// wordSet returns the embedded word list name; it panics when the list is
// missing, which the package's tests catch at init.
func wordSet(name string) map[string]bool {
	s, ok := builtinLex.sets[name]
	if !ok {
		panic("loader: lexicon has no word list " + name)
	}
	return s
}

// wordList is wordSet as a sorted slice, for lists matched inside a line.
func wordList(name string) []string {
	set := wordSet(name)
	out := make([]string, 0, len(set))
	for w := range set {
		out = append(out, w)
	}
	sort.Strings(out)
	return out
}

// Lexicon is the extractor's word knowledge: relation triggers with their
// frames and argument slots, known persons, organizations, places and
// aliases. The zero value is not usable; start from DefaultLexicon. A
// Lexicon is read-only and safe for concurrent use.
type Lexicon struct {
	data    *lexData
	verbs   map[string]trigger
	nouns   map[string]trigger
	phrases map[string][]phraseTrigger
	flags   map[string]lexFlag
	idx     *index
}

// DefaultLexicon returns the lexicon embedded in the binary.
func DefaultLexicon() *Lexicon { return defaultLexicon }

// LoadLexicon returns the embedded lexicon extended with the lexicon files at
// paths, in order. A malformed line is refused with its file and line number.
func LoadLexicon(paths ...string) (*Lexicon, error) {
	lx := defaultLexicon
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("loader: lexicon: %w", err)
		}
		lx, err = lx.Extend(p, f)
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	return lx, nil
}

// Extend returns a new lexicon: lx with the statements of the lexicon text r
// added (name names r in errors). lx is unchanged.
func (lx *Lexicon) Extend(name string, r io.Reader) (*Lexicon, error) {
	data := lx.data.clone()
	if err := parseLexicon(data, name, r, false); err != nil {
		return nil, err
	}
	if err := data.check(); err != nil {
		return nil, err
	}
	return buildLexicon(data), nil
}

// Extract is Extract with this lexicon.
func (lx *Lexicon) Extract(text string, meta Meta) *graph.Extraction {
	return extractWith(lx, text, meta)
}

// SafeExtract is SafeExtract with this lexicon.
func (lx *Lexicon) SafeExtract(text string, meta Meta) (*graph.Extraction, error) {
	return safeExtractWith(lx, text, meta)
}

// lexData is a parsed lexicon, in statement order.
type lexData struct {
	triggers []lexTrigger
	persons  []lexEntity
	orgs     []lexEntity
	places   []lexEntity
	aliases  []lexEntity
	sets     map[string]map[string]bool
}

// lexTrigger is one trigger statement: its forms (each one or more word keys).
type lexTrigger struct {
	forms [][]string
	trigger
}

// lexEntity is a person, organization, place or alias statement: names[0]
// is the entity's name (for an alias: the known entity's), the rest its aliases.
type lexEntity struct {
	names   []string
	country string // ISO3, or ""
	where   string // file:line, for errors found after parsing
}

func (d *lexData) clone() *lexData {
	c := *d
	c.triggers = append([]lexTrigger(nil), d.triggers...)
	c.persons = append([]lexEntity(nil), d.persons...)
	c.orgs = append([]lexEntity(nil), d.orgs...)
	c.places = append([]lexEntity(nil), d.places...)
	c.aliases = append([]lexEntity(nil), d.aliases...)
	return &c
}

// check reports the first alias whose entity the lexicon does not know.
func (d *lexData) check() error {
	known := map[string]bool{}
	for i := range gazetteer.States {
		for _, n := range gazetteer.States[i].AllNames() {
			known[personKey(n)] = true
		}
	}
	for i := range gazetteer.Orgs {
		for _, n := range gazetteer.Orgs[i].AllNames() {
			known[personKey(n)] = true
		}
	}
	for _, l := range [][]lexEntity{d.persons, d.orgs, d.places} {
		for _, e := range l {
			for _, n := range e.names {
				known[personKey(n)] = true
			}
		}
	}
	for _, a := range d.aliases {
		if !known[personKey(a.names[0])] {
			return fmt.Errorf("%w: %s: alias of unknown entity %q (name a state, organization, person or place first)", ErrBadLexicon, a.where, a.names[0])
		}
	}
	return nil
}

// parseLexicon reads lexicon statements from r into data. Word lists are
// refused unless builtin.
func parseLexicon(data *lexData, name string, r io.Reader, builtin bool) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	var stmt string
	stmtLine, n := 0, 0
	flush := func() error {
		if stmt == "" {
			return nil
		}
		err := parseStatement(data, stmt, builtin)
		if err != nil {
			return fmt.Errorf("%w: %s:%d: %v", ErrBadLexicon, name, stmtLine, err)
		}
		if len(data.aliases) > 0 && data.aliases[len(data.aliases)-1].where == "" {
			data.aliases[len(data.aliases)-1].where = name + ":" + strconv.Itoa(stmtLine)
		}
		stmt = ""
		return nil
	}
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), " \t\r")
		trimmed := strings.TrimSpace(line)
		switch {
		case trimmed == "" || strings.HasPrefix(trimmed, "#"):
			continue
		case line[0] == ' ' || line[0] == '\t':
			if stmt == "" {
				return fmt.Errorf("%w: %s:%d: continuation line without a statement", ErrBadLexicon, name, n)
			}
			stmt += " " + trimmed
			continue
		}
		if err := flush(); err != nil {
			return err
		}
		stmt, stmtLine = trimmed, n
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%w: %s:%d: %v", ErrBadLexicon, name, n+1, err)
	}
	return flush()
}

// parseStatement parses one statement (continuation lines joined).
func parseStatement(data *lexData, s string, builtin bool) error {
	if lhs, rhs, ok := cutArrow(s); ok {
		return parseTrigger(data, lhs, rhs)
	}
	kw, rest, _ := strings.Cut(s, " ")
	rest = strings.TrimSpace(rest)
	switch kw {
	case "words":
		if !builtin {
			return fmt.Errorf("word lists are built in; a user lexicon adds triggers, persons, orgs, places and aliases")
		}
		name, items, ok := strings.Cut(rest, ":")
		if !ok || strings.TrimSpace(name) == "" {
			return fmt.Errorf(`want "words NAME: a, b, c"`)
		}
		name = strings.TrimSpace(name)
		if data.sets[name] == nil {
			data.sets[name] = map[string]bool{}
		}
		for _, w := range strings.Split(items, ",") {
			if w = strings.TrimSpace(w); w != "" {
				data.sets[name][w] = true
			}
		}
		return nil
	case "person", "org", "place", "alias":
		e, err := parseEntity(rest)
		if err != nil {
			return err
		}
		if kw == "alias" && len(e.names) < 2 {
			return fmt.Errorf(`want "alias KNOWN NAME | NEW NAME ..."`)
		}
		switch kw {
		case "person":
			data.persons = append(data.persons, e)
		case "org":
			data.orgs = append(data.orgs, e)
		case "place":
			data.places = append(data.places, e)
		default:
			data.aliases = append(data.aliases, e)
		}
		return nil
	}
	return fmt.Errorf(`unknown statement %q (want "FORMS -> TYPE", words, person, org, place or alias)`, kw)
}

// cutArrow splits a trigger statement at "->" or "→".
func cutArrow(s string) (lhs, rhs string, ok bool) {
	for _, arrow := range []string{"->", "→"} {
		if lhs, rhs, ok = strings.Cut(s, arrow); ok {
			return strings.TrimSpace(lhs), strings.TrimSpace(rhs), true
		}
	}
	return "", "", false
}

// frameNames name the frames in lexicon files.
var frameNames = map[string]frame{"verb": frameVerb, "noun": frameNoun, "converse": frameConverse, "host": frameHost}

// parseTrigger parses "FORMS -> TYPE [frame=F] [args=SLOTS] [agent=armed] [conf=C]".
func parseTrigger(data *lexData, lhs, rhs string) error {
	fields := strings.Fields(rhs)
	if len(fields) == 0 {
		return fmt.Errorf("no relation type after the arrow")
	}
	t := graph.RelationType(strings.ToLower(fields[0]))
	if !t.Valid() {
		return fmt.Errorf("unknown relation type %q (want one of %s)", fields[0], relationTypeList())
	}
	tr := lexTrigger{trigger: trigger{typ: t, frame: frameVerb, direct: true, conf: 0.8}}
	for _, opt := range fields[1:] {
		if err := tr.setOption(opt); err != nil {
			return err
		}
	}
	for _, f := range splitOutside(lhs, ',') {
		for _, form := range expandBraces(strings.TrimSpace(f)) {
			keys := nameKeys(form)
			if len(keys) == 0 {
				continue
			}
			tr.forms = append(tr.forms, keys)
		}
	}
	if len(tr.forms) == 0 {
		return fmt.Errorf("trigger without a word before the arrow")
	}
	data.triggers = append(data.triggers, tr)
	return nil
}

// setOption sets one "key=value" option of a trigger line: frame, args,
// agent or conf.
func (tr *lexTrigger) setOption(opt string) error {
	k, v, ok := strings.Cut(opt, "=")
	if !ok {
		return fmt.Errorf("option %q: want key=value", opt)
	}
	switch k {
	case "frame":
		f, ok := frameNames[v]
		if !ok {
			return fmt.Errorf("unknown frame %q (want verb, noun, converse or host)", v)
		}
		tr.frame = f
	case "args":
		return tr.setArgs(v)
	case "agent":
		if v != "armed" && v != "any" {
			return fmt.Errorf("unknown agent %q (want armed or any)", v)
		}
		tr.armedAgent = v == "armed"
	case "object":
		if v != "one" && v != "people" && v != "place" && v != "any" {
			return fmt.Errorf("unknown object %q (want one, people, place or any)", v)
		}
		tr.oneObject = v == "one"
		tr.peopleObject = v == "people"
		tr.placeObject = v == "place"
	case "conf":
		c, err := strconv.ParseFloat(v, 64)
		if err != nil || c <= 0 || c > 1 {
			return fmt.Errorf("conf %q: want a number in (0, 1]", v)
		}
		tr.conf = c
	default:
		return fmt.Errorf("unknown option %q (want frame, args, agent, object or conf)", k)
	}
	return nil
}

// setArgs sets a trigger's argument slots from "args=": "none", or a
// comma-separated list of "direct" and prepositions.
func (tr *lexTrigger) setArgs(v string) error {
	tr.direct, tr.preps = false, nil
	if v == "none" {
		return nil
	}
	for _, a := range strings.Split(v, ",") {
		switch {
		case a == "direct":
			tr.direct = true
		case a == "" || strings.ContainsAny(a, " =;|"):
			return fmt.Errorf("bad argument slot %q", a)
		default:
			tr.preps = append(tr.preps, strings.ToLower(a))
		}
	}
	return nil
}

func relationTypeList() string {
	names := make([]string, len(graph.ScoredRelationTypes))
	for i, t := range graph.ScoredRelationTypes {
		names[i] = string(t)
	}
	return strings.Join(names, ", ")
}

// splitOutside splits s at sep outside {braces}.
func splitOutside(s string, sep rune) []string {
	var out []string
	depth, start := 0, 0
	for i, r := range s {
		switch {
		case r == '{':
			depth++
		case r == '}':
			depth--
		case r == sep && depth == 0:
			out = append(out, s[start:i])
			start = i + len(string(sep))
		}
	}
	return append(out, s[start:])
}

// expandBraces expands every {a,b} group of form into its choices, in order:
// "{hold,held} talks" is "hold talks" and "held talks".
func expandBraces(form string) []string {
	open := strings.IndexByte(form, '{')
	if open < 0 {
		return []string{strings.Join(strings.Fields(form), " ")}
	}
	closing := strings.IndexByte(form[open:], '}')
	if closing < 0 {
		return []string{strings.Join(strings.Fields(form), " ")}
	}
	closing += open
	var out []string
	for _, choice := range strings.Split(form[open+1:closing], ",") {
		out = append(out, expandBraces(form[:open]+strings.TrimSpace(choice)+form[closing+1:])...)
	}
	return out
}

// parseEntity parses "NAME | ALIAS ... [; country=ISO3]".
func parseEntity(s string) (lexEntity, error) {
	parts := strings.Split(s, ";")
	var e lexEntity
	for _, n := range strings.Split(parts[0], "|") {
		if n = strings.Join(strings.Fields(n), " "); n != "" {
			e.names = append(e.names, n)
		}
	}
	if len(e.names) == 0 {
		return e, fmt.Errorf("no name")
	}
	for _, opt := range parts[1:] {
		k, v, ok := strings.Cut(strings.TrimSpace(opt), "=")
		if !ok || strings.TrimSpace(k) != "country" {
			return e, fmt.Errorf("option %q: want country=ISO3", strings.TrimSpace(opt))
		}
		v = strings.ToUpper(strings.TrimSpace(v))
		if _, ok := gazetteer.StateByISO3(v); !ok {
			return e, fmt.Errorf("unknown state code %q", v)
		}
		e.country = v
	}
	return e, nil
}

// buildLexicon builds the lookup tables of a parsed lexicon.
func buildLexicon(data *lexData) *Lexicon {
	lx := &Lexicon{data: data, verbs: map[string]trigger{}, nouns: map[string]trigger{},
		phrases: map[string][]phraseTrigger{}, flags: make(map[string]lexFlag, len(wordFlags))}
	for _, t := range data.triggers {
		for _, f := range t.forms {
			switch {
			case len(f) > 1:
				lx.phrases[f[0]] = append(lx.phrases[f[0]], phraseTrigger{words: f, trigger: t.trigger})
			case t.frame == frameNoun:
				lx.nouns[f[0]] = t.trigger
			default:
				lx.verbs[f[0]] = t.trigger
			}
		}
	}
	for _, l := range lx.phrases {
		// the longest phrase that matches wins
		sort.SliceStable(l, func(a, b int) bool { return len(l[a].words) > len(l[b].words) })
	}
	lx.idx = buildIndex(data)
	for w, f := range wordFlags {
		lx.flags[w] = f
	}
	for _, m := range []struct {
		keys func(func(string))
		flag lexFlag
	}{
		{func(y func(string)) { forKeys(lx.verbs, y) }, fVerbTrig},
		{func(y func(string)) { forKeys(lx.nouns, y) }, fNounTrig},
		{func(y func(string)) { forKeys(lx.phrases, y) }, fPhraseTrig},
		{func(y func(string)) { forKeys(speakingVerbs, y) }, fSpeaking},
		{func(y func(string)) { forKeys(lx.idx.byFirst, y) }, fGazFirst},
		{func(y func(string)) { forKeys(monthNames, y) }, fMonth},
		{func(y func(string)) { forKeys(weekdayNames, y) }, fWeekday},
		{func(y func(string)) { forKeys(countWords, y) }, fCount},
	} {
		m.keys(func(w string) { lx.flags[w] |= m.flag })
	}
	return lx
}

func forKeys[V any](m map[string]V, yield func(string)) {
	for k := range m {
		yield(k)
	}
}
