// Command genwordnet writes orgs_wordnet.tsv, the gazetteer's table of
// organizations taken from WordNet (Princeton WordNet 3.0 as packaged by
// Debian in wordnet-base, /usr/share/wordnet/data.noun; WordNet 3.0 licence,
// see the file's header): international bodies and their agencies, military
// alliances, armed and terrorist groups, and government agencies, with the
// acronyms and former names WordNet lists in the same synset ("European
// Union, EU, European Community, EC, European Economic Community, EEC").
//
// A synset is kept when it is a proper name (its first word capitalized)
// below one of the classes of classTypes, whose type it takes; its country
// is the state its region-domain pointer names (";r Lebanon"), by the
// gazetteer's state names. A name is dropped when it is ambiguous: WordNet
// has it in another synset or as another part of speech ("Base" of
// al-Qaeda), it is a state's name or demonym, or it is an acronym of two
// letters. Organizations the hand-kept orgs.json knows by any name are
// merged into it by the loader, so WordNet only adds names there.
//
// Run it with `go generate ./loader/gazetteer` from the repository root (it
// needs `apt-get install wordnet-base`), or `go run ./genwordnet -wordnet DIR`
// from the gazetteer folder.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"github.com/geokg/geokg/loader/gazetteer"
)

var errBadData = errors.New("genwordnet: bad data")

// classTypes are the WordNet classes (noun synsets named by their first
// lemma) whose proper-name descendants are organizations, with the type
// they take. A class deeper in the tree wins over one above it.
var classTypes = map[string]string{
	"world_organization":                     "intergovernmental",
	"United_Nations_agency":                  "intergovernmental",
	"Economic_and_Social_Council_commission": "intergovernmental",
	"alliance":                               "intergovernmental",
	"military_alliance":                      "intergovernmental",
	"international_law_enforcement_agency":   "intergovernmental",
	"terrorist_organization":                 "armed group",
	"guerrilla_force":                        "armed group",
	"mujahidin":                              "armed group",
	"agency":                                 "government body",
	"central_bank":                           "government body",
	"ministry":                               "government body",
}

func main() {
	dir := flag.String("wordnet", "/usr/share/wordnet", "WordNet 3.0 database directory (Debian wordnet-base)")
	out := flag.String("out", "orgs_wordnet.tsv", "file to write")
	features := flag.String("features", "features_wordnet.tsv", "file to write the named features to")
	flag.Parse()
	if err := run(*dir, *out, *features); err != nil {
		slog.Error("genwordnet failed", "err", err)
		os.Exit(1)
	}
}

func run(dir, out, featuresOut string) error {
	db := newWordnet()
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		f, err := os.Open(filepath.Join(dir, "data."+pos))
		if err != nil {
			return fmt.Errorf("genwordnet: %w (apt-get install wordnet-base)", err)
		}
		err = db.read(f, "data."+pos, pos == "noun")
		f.Close()
		if err != nil {
			return err
		}
	}
	rows := db.orgs(stateNames(), orgNames())
	var b strings.Builder
	b.WriteString(header)
	for _, r := range rows {
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\n", r.typ, r.country, strings.Join(r.names, "|"), r.known)
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		return err
	}
	b.Reset()
	b.WriteString(featuresHeader)
	for _, n := range db.features(stateNames()) {
		b.WriteString(n + "\n")
	}
	return os.WriteFile(featuresOut, []byte(b.String()), 0o644)
}

const featuresHeader = `# Named geographic features from WordNet 3.0 (Debian wordnet-base, data.noun),
# written by loader/gazetteer/genwordnet; do not edit. One name a line: a proper
# name that is an instance of a river, sea, strait, gulf, bay, lake, ocean,
# mountain range, desert, peninsula, island group, continent or geographical area
# (featureClasses) and has no sense but places, objects and groups, no state's
# name or demonym ("Tigris", "Horn of Africa", "Europe").
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# Permission to use, copy, modify and distribute this database for any purpose
# and without fee or royalty is granted provided this notice appears on all
# copies (WordNet 3.0 licence; THE DATABASE IS PROVIDED "AS IS" AND PRINCETON
# UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED).
`

// featureClasses are the WordNet classes whose direct instances are named
// geographic features.
var featureClasses = map[string]bool{
	"river": true, "sea": true, "ocean": true, "strait": true, "gulf": true, "bay": true, "lake": true,
	"range": true, "desert": true, "peninsula": true, "archipelago": true, "geographical_area": true,
	"plateau": true, "canal": true, "channel": true, "basin": true, "continent": true,
}

// features returns the names of features, sorted: lemmas of synsets that
// are direct instances of a featureClasses class, capitalized, whose every
// sense (of any part of speech) is a noun of a group, location or object
// ("Europe", also the nations of Europe; not "Amazon", also a parrot), no
// state's name or demonym ("Red Sea" is kept although its words are common).
func (db *wordnet) features(states map[string]string) []string {
	seen := map[string]bool{}
	var cands []string
	for _, s := range db.syn {
		if !db.instanceOfFeature(s) {
			continue
		}
		for _, l := range s.lemmas {
			n := strings.ReplaceAll(l, "_", " ")
			if low := strings.ToLower(n); !seen[low] {
				seen[low] = true
				cands = append(cands, n)
			}
		}
	}
	var out []string
	for _, n := range cands {
		low := strings.ToLower(n)
		if db.senses[low] != db.placeSenses[low] || states[low] != "" || !unicode.IsUpper([]rune(n)[0]) || isAcronym(n) {
			continue
		}
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// instanceOfFeature reports whether s is an instance of a featureClasses class.
func (db *wordnet) instanceOfFeature(s *synset) bool {
	for _, p := range s.instanceOf {
		if ps := db.syn[p]; ps != nil && featureClasses[ps.lemmas[0]] {
			return true
		}
	}
	return false
}

const header = `# Organizations from WordNet 3.0 (Debian wordnet-base, data.noun), written by
# loader/gazetteer/genwordnet; do not edit. One organization a line:
# TYPE<TAB>ISO3 (empty: international)<TAB>NAME|ACRONYM|ALIAS...<TAB>KNOWN
# KNOWN is the name of the organization of orgs.json that WordNet names in the
# same synset: the line then adds its names to that one (empty: a new one).
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# Permission to use, copy, modify and distribute this database for any purpose
# and without fee or royalty is granted provided this notice appears on all
# copies (WordNet 3.0 licence; THE DATABASE IS PROVIDED "AS IS" AND PRINCETON
# UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED).
`

// synset is one noun synset of data.noun.
type synset struct {
	lemmas  []string // underscores as in the file
	parents []string // hypernym and instance-hypernym offsets
	// instanceOf holds the instance-hypernym offsets only ("@i").
	instanceOf []string
	regions    []string // region-domain offsets (";r")
}

// wordnet is the part of the database the generator reads.
type wordnet struct {
	syn map[string]*synset // noun synsets by offset
	// senses counts the synsets of each lower-cased lemma, of any part of speech.
	senses map[string]int
	// common holds the words of lemmas written in lower case ("air",
	// "force"): a name made of them only is no proper name.
	common map[string]bool
	// placeSenses counts the noun synsets of each lower-cased lemma in the
	// lexicographer files of groups, locations and objects ("Europe" the
	// continent and the nations of Europe).
	placeSenses map[string]int
}

func newWordnet() *wordnet {
	return &wordnet{syn: map[string]*synset{}, senses: map[string]int{}, common: map[string]bool{}, placeSenses: map[string]int{}}
}

// read parses a data file: "OFFSET LEX POS W LEMMA LEXID ... P PTR OFF POS
// ST ... | gloss"; it keeps the synsets of nouns and counts every lemma.
func (db *wordnet) read(r io.Reader, name string, nouns bool) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.HasPrefix(line, "  ") {
			continue // licence header
		}
		head, _, _ := strings.Cut(line, " | ")
		f := strings.Fields(head)
		var w int
		if len(f) < 5 {
			return fmt.Errorf("%w: %s:%d: short line", errBadData, name, n)
		}
		if _, err := fmt.Sscanf(f[3], "%x", &w); err != nil || len(f) < 5+2*w {
			return fmt.Errorf("%w: %s:%d: bad word count", errBadData, name, n)
		}
		s := &synset{}
		for i := 0; i < w; i++ {
			lemma, _, _ := strings.Cut(f[4+2*i], "(") // adjective markers: "big(a)"
			s.lemmas = append(s.lemmas, lemma)
			db.senses[strings.ToLower(strings.ReplaceAll(lemma, "_", " "))]++
			if nouns && (f[1] == "14" || f[1] == "15" || f[1] == "17") {
				db.placeSenses[strings.ToLower(strings.ReplaceAll(lemma, "_", " "))]++ // noun.group, noun.location, noun.object
			}
			for _, word := range strings.FieldsFunc(lemma, func(r rune) bool { return r == '_' || r == '-' }) {
				if unicode.IsLower([]rune(word)[0]) {
					db.common[word] = true
				}
			}
		}
		if !nouns {
			continue
		}
		i := 4 + 2*w
		var p int
		if _, err := fmt.Sscanf(f[i], "%d", &p); err != nil || len(f) < i+1+4*p {
			return fmt.Errorf("%w: %s:%d: bad pointer count", errBadData, name, n)
		}
		for k := 0; k < p; k++ {
			sym, off := f[i+1+4*k], f[i+2+4*k]
			switch sym {
			case "@", "@i":
				s.parents = append(s.parents, off)
				if sym == "@i" {
					s.instanceOf = append(s.instanceOf, off)
				}
			case ";r":
				s.regions = append(s.regions, off)
			}
		}
		db.syn[f[0]] = s
	}
	return sc.Err()
}

// orgRow is one line of the output.
type orgRow struct {
	typ, country string
	names        []string
	known        string // the orgs.json organization it adds names to
}

// orgs returns the organizations of the database, sorted by name.
func (db *wordnet) orgs(states, known map[string]string) []orgRow {
	classes := map[string]string{} // offset -> type
	for off, s := range db.syn {
		if t, ok := classTypes[s.lemmas[0]]; ok {
			classes[off] = t
		}
	}
	var rows []orgRow
	for _, s := range db.syn {
		typ := db.typeOf(s, classes, 0)
		if typ == "" {
			continue
		}
		names := db.names(s, states)
		k := ""
		for _, l := range s.lemmas {
			low := strings.ToLower(strings.ReplaceAll(l, "_", " "))
			if k = known[low]; k != "" && db.senses[low] == 1 {
				break
			}
			k = ""
		}
		if k != "" {
			names = newNames(names, k, known)
		}
		if len(names) == 0 {
			continue
		}
		country := ""
		for _, r := range s.regions {
			if rs := db.syn[r]; rs != nil {
				if iso3, ok := states[strings.ToLower(strings.ReplaceAll(rs.lemmas[0], "_", " "))]; ok {
					country = iso3
					break
				}
			}
		}
		if typ == "government body" && country == "" && !hasAcronym(names) {
			continue // "Foreign Office": whose?
		}
		rows = append(rows, orgRow{typ: typ, country: country, names: names, known: k})
	}
	sort.Slice(rows, func(a, b int) bool { return rows[a].names[0] < rows[b].names[0] })
	return rows
}

// typeOf returns the type of the nearest class above s, or "".
func (db *wordnet) typeOf(s *synset, classes map[string]string, depth int) string {
	if depth > 20 {
		return ""
	}
	for _, p := range s.parents {
		if t, ok := classes[p]; ok {
			return t
		}
	}
	for _, p := range s.parents {
		if ps := db.syn[p]; ps != nil {
			if t := db.typeOf(ps, classes, depth+1); t != "" {
				return t
			}
		}
	}
	return ""
}

// names returns the unambiguous names of s, its main name (the first that
// is no acronym) first. Another name made of common words only ("Air
// Force", "People's Liberation Army") is left out, and so is a main name
// of two such words ("Foreign Office").
func (db *wordnet) names(s *synset, states map[string]string) []string {
	main := s.lemmas[0]
	for _, l := range s.lemmas {
		if !isAcronym(l) {
			main = l
			break
		}
	}
	var out []string
	for _, l := range s.lemmas {
		n := strings.ReplaceAll(l, "_", " ")
		low := strings.ToLower(n)
		if db.senses[low] > 1 || states[low] != "" || isAcronym(n) && len(n) <= 2 ||
			!unicode.IsUpper([]rune(n)[0]) && !strings.HasPrefix(n, "al-") {
			continue
		}
		if db.common[low] || db.generic(n) && (l != main || strings.Count(n, " ") < 2) {
			continue
		}
		if l == main {
			out = append([]string{n}, out...)
		} else {
			out = append(out, n)
		}
	}
	return out
}

// stopWords may stand in a proper name in lower case.
var stopWords = map[string]bool{"of": true, "the": true, "for": true, "and": true, "on": true, "in": true, "against": true}

// generic reports whether name n is made of common words only ("Air
// Force", "People's Liberation Army").
func (db *wordnet) generic(n string) bool {
	if isAcronym(n) {
		return false
	}
	for _, w := range strings.FieldsFunc(n, func(r rune) bool { return r == ' ' || r == '-' }) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
		low := strings.ToLower(w)
		if !stopWords[low] && !db.common[low] && !db.common[strings.TrimSuffix(low, "s")] {
			return false
		}
	}
	return true
}

// hasAcronym reports whether one of names is an acronym.
func hasAcronym(names []string) bool {
	for _, n := range names {
		if isAcronym(n) {
			return true
		}
	}
	return false
}

// isAcronym reports whether n is written in capitals (and digits) only.
func isAcronym(n string) bool {
	letters := 0
	for _, r := range n {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsDigit(r) || r == '-' || r == '.':
		default:
			return false
		}
	}
	return letters > 0
}

// newNames returns the names of names that no organization of orgs.json
// has: the new names of organization k.
func newNames(names []string, k string, known map[string]string) []string {
	var out []string
	for _, n := range names {
		if known[strings.ToLower(n)] == "" {
			out = append(out, n)
		}
	}
	return out
}

// orgNames maps the lower-cased names of the organizations of orgs.json (the
// gazetteer's Orgs) to their name.
func orgNames() map[string]string {
	out := map[string]string{}
	for _, o := range gazetteer.Orgs {
		for _, n := range o.AllNames() {
			out[strings.ToLower(n)] = o.Name
		}
	}
	return out
}

// stateNames maps the lower-cased names and demonyms of the gazetteer's
// states to their ISO3 code.
func stateNames() map[string]string {
	out := map[string]string{}
	for _, s := range gazetteer.States {
		for _, n := range append(s.AllNames(), s.Demonyms...) {
			out[strings.ToLower(n)] = s.ISO3
		}
	}
	return out
}
