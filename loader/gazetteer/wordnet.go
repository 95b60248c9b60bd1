package gazetteer

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
)

//go:generate go run ./genwordnet

// wordnetTSV is orgs_wordnet.tsv: organizations from WordNet 3.0 (Debian
// wordnet-base), written by genwordnet; its header gives the format.
//
//go:embed orgs_wordnet.tsv
var wordnetTSV string

// WordNetOrg is an organization of orgs_wordnet.tsv: a new one, or, when
// Known is set, more names (former names, acronyms, spellings) of the
// organization of Orgs named Known.
type WordNetOrg struct {
	Org
	// Known is the Name of the organization of Orgs these names belong to, or "".
	Known string
}

// WordNetOrgs returns the organizations of orgs_wordnet.tsv, in file order.
// A name written in capitals is an acronym; the first other name is the
// organization's Name (for a Known line, every name is an alias or acronym).
func WordNetOrgs() []WordNetOrg {
	var out []WordNetOrg
	for _, line := range strings.Split(wordnetTSV, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			continue
		}
		o := WordNetOrg{Org: Org{Type: f[0], Country: f[1]}, Known: f[3]}
		for _, n := range strings.Split(f[2], "|") {
			switch {
			case n == "":
			case isAcronym(n):
				o.Acronyms = append(o.Acronyms, n)
			case o.Name == "" && o.Known == "":
				o.Name = n
			default:
				o.Aliases = append(o.Aliases, n)
			}
		}
		if o.Name == "" && o.Known == "" && len(o.Acronyms) > 0 {
			o.Name = o.Acronyms[0]
		}
		out = append(out, o)
	}
	return out
}

// isAcronym reports whether n is written in capitals (and digits, dots and
// hyphens) only.
func isAcronym(n string) bool {
	letters := 0
	for _, r := range n {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsDigit(r) || r == '-' || r == '.' || r == ' ':
		default:
			return false
		}
	}
	return letters > 0
}

// featuresTSV is features_wordnet.tsv: named geographic features from
// WordNet 3.0 (rivers, seas, straits, regions...), written by genwordnet.
//
//go:embed features_wordnet.tsv
var featuresTSV string

// featureTable holds the lower-cased names of featuresTSV and their first
// words, built on first use.
type featureTable struct{ names, firsts map[string]bool }

var features = sync.OnceValue(func() featureTable {
	t := featureTable{names: map[string]bool{}, firsts: map[string]bool{}}
	for _, line := range strings.Split(featuresTSV, "\n") {
		if line != "" && !strings.HasPrefix(line, "#") {
			low := strings.ToLower(line)
			t.names[low] = true
			first, _, _ := strings.Cut(low, " ")
			t.firsts[first] = true
		}
	}
	return t
})

// IsFeature reports whether name (any case) names a geographic feature of
// WordNet's: a river, sea, strait, mountain range, region ("Tigris",
// "Horn of Africa", "Caribbean").
func IsFeature(name string) bool {
	return features().names[strings.ToLower(name)]
}

// OpensFeature reports whether the lower-cased word key is the first word
// of a feature's name: the cheap test before IsFeature.
func OpensFeature(key string) bool {
	return features().firsts[key]
}
