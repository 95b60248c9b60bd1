// Package gazetteer lists the states and organizations that news about
// geopolitics names, with the names, demonyms, capitals and acronyms the
// extractor recognizes them by.
//
// States is generated from maintained data (Debian iso-codes, the Wikidata
// table in shared/data and the npm package world-countries) by the program in
// gen/; Orgs is generated from the hand-kept orgs.json; WordNetOrgs reads
// orgs_wordnet.tsv, which genwordnet/ writes from WordNet 3.0 (Debian's
// wordnet-base): some 200 more armed groups, international bodies and
// government agencies, and former names and acronyms of the hand-kept ones.
// CityState knows the towns of cities.tsv (gencities, GeoNames) and the
// sub-national divisions of subdivisions.tsv (gensubdivisions, Debian
// iso-codes' ISO 3166-2). Run
// `go generate ./loader/gazetteer` to regenerate them: it needs npm and the npm
// registry to fetch world-countries, or pass an unpacked copy with
// `go run ./gen -countries PATH/countries.json` from this folder.
//
// Licence: the state data derives in part from world-countries (mledoze/countries),
// licensed ODbL 1.0; the generated files name their sources in their header.
package gazetteer

//go:generate go run ./gen

import (
	"sort"
	"strings"
)

// State is a state or territory of ISO 3166-1, or Kosovo.
type State struct {
	// ISO3 is the ISO 3166-1 alpha-3 code ("PRK"); Kosovo is "XKX".
	ISO3 string
	// Wikidata is the Wikidata QID ("Q423").
	Wikidata string
	// Name is the canonical common short English name ("North Korea").
	Name string
	// Names are official and other names and abbreviations, not including Name.
	Names []string
	// Demonyms are adjectives and demonyms, singular and plural ("Russian", "Russians").
	Demonyms []string
	// Capitals are the capital and the seat of government, usable as metonyms.
	Capitals []string
	// Metonyms are other words news uses for the state's government that are
	// not a capital city ("Kremlin", "Downing Street"); some are also places.
	Metonyms []string
	// UNMember reports whether the state is a member of the United Nations.
	UNMember bool
}

// Org is an organization: an international body, a news agency, a government
// body, an armed group or a company.
type Org struct {
	// Name is the common full name ("Korean Central News Agency").
	Name string
	// Acronyms are the organization's acronyms ("KCNA").
	Acronyms []string
	// Aliases are other names.
	Aliases []string
	// Type is "intergovernmental", "news agency", "broadcaster", "government
	// body", "armed forces", "armed group", "political party", ...
	Type string
	// Country is the ISO3 code of the organization's state, "" for international bodies.
	Country string
	// Wikidata is the Wikidata QID where known reliably, else "".
	Wikidata string
}

// StateByISO3 returns the state with ISO 3166-1 alpha-3 code iso3 (any case).
func StateByISO3(iso3 string) (State, bool) {
	iso3 = strings.ToUpper(iso3)
	i := sort.Search(len(States), func(i int) bool { return States[i].ISO3 >= iso3 })
	if i < len(States) && States[i].ISO3 == iso3 {
		return States[i], true
	}
	return State{}, false
}

// AllNames returns the state's canonical name followed by its other names.
func (s State) AllNames() []string {
	return append([]string{s.Name}, s.Names...)
}

// MetonymNames returns the state's capitals followed by its other metonyms.
func (s State) MetonymNames() []string {
	return append(append([]string(nil), s.Capitals...), s.Metonyms...)
}

// AllNames returns the organization's name followed by its acronyms and aliases.
func (o Org) AllNames() []string {
	out := append([]string{o.Name}, o.Acronyms...)
	return append(out, o.Aliases...)
}
