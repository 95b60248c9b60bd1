package gazetteer

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
)

// sharedDir returns ../shared beside the repository root, skipping the test when absent.
func sharedDir(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("no go.mod above the working directory")
		}
		dir = parent
	}
	shared := filepath.Join(dir, "..", "shared")
	if _, err := os.Stat(shared); err != nil {
		t.Skipf("shared data absent: %v", err)
	}
	return shared
}

var qidRE = regexp.MustCompile(`^Q[1-9][0-9]*$`)

func TestStatesSortedAndUnique(t *testing.T) {
	if len(States) < 250 {
		t.Fatalf("len(States) = %d, want at least 250", len(States))
	}
	for i, s := range States {
		if i > 0 && States[i-1].ISO3 >= s.ISO3 {
			t.Errorf("States not strictly sorted at %d: %s then %s", i, States[i-1].ISO3, s.ISO3)
		}
		if len(s.ISO3) != 3 || s.Name == "" || !qidRE.MatchString(s.Wikidata) {
			t.Errorf("incomplete state %+v", s)
		}
		if slices.Contains(s.Names, s.Name) {
			t.Errorf("%s: Names repeats the canonical name %q", s.ISO3, s.Name)
		}
	}
}

func TestStateByISO3(t *testing.T) {
	tests := []struct {
		code, name string
		ok         bool
	}{
		{"PRK", "North Korea", true},
		{"prk", "North Korea", true},
		{"ABW", "Aruba", true},
		{"ZWE", "Zimbabwe", true},
		{"XKX", "Kosovo", true},
		{"UNK", "", false},
		{"", "", false},
		{"ZZZ", "", false},
	}
	for _, tt := range tests {
		s, ok := StateByISO3(tt.code)
		if ok != tt.ok || s.Name != tt.name {
			t.Errorf("StateByISO3(%q) = %q, %v; want %q, %v", tt.code, s.Name, ok, tt.name, tt.ok)
		}
	}
}

// TestWikidataTable cross-checks every row of shared/data/states-wikidata.csv.
func TestWikidataTable(t *testing.T) {
	f, err := os.Open(filepath.Join(sharedDir(t), "data", "states-wikidata.csv"))
	if err != nil {
		t.Skipf("wikidata table absent: %v", err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows[1:] {
		s, ok := StateByISO3(r[0])
		if !ok {
			t.Errorf("%s (%s) missing", r[0], r[2])
			continue
		}
		if s.Wikidata != r[1] {
			t.Errorf("%s: Wikidata = %q, want %q", r[0], s.Wikidata, r[1])
		}
	}
	if len(rows)-1 != len(States) {
		t.Errorf("States has %d entries, the table %d", len(States), len(rows)-1)
	}
}

// TestISOCodes checks that every ISO 3166-1 entry of Debian's iso-codes is a state.
func TestISOCodes(t *testing.T) {
	data, err := os.ReadFile("/usr/share/iso-codes/json/iso_3166-1.json")
	if err != nil {
		t.Skipf("iso-codes absent: %v", err)
	}
	var doc struct {
		Entries []struct {
			Alpha3 string `json:"alpha_3"`
		} `json:"3166-1"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Entries {
		if _, ok := StateByISO3(e.Alpha3); !ok {
			t.Errorf("ISO 3166-1 %s missing", e.Alpha3)
		}
	}
}

func TestCanonicalNames(t *testing.T) {
	want := map[string]string{
		"USA": "United States", "GBR": "United Kingdom", "RUS": "Russia", "CHN": "China",
		"PRK": "North Korea", "KOR": "South Korea", "IRN": "Iran", "SYR": "Syria",
		"VEN": "Venezuela", "BOL": "Bolivia", "TZA": "Tanzania", "VNM": "Vietnam",
		"LAO": "Laos", "MDA": "Moldova", "TWN": "Taiwan", "PSE": "Palestine",
		"XKX": "Kosovo", "CZE": "Czechia", "TUR": "Turkey", "ISR": "Israel",
		"UKR": "Ukraine", "IND": "India", "KEN": "Kenya", "YEM": "Yemen",
		"SAU": "Saudi Arabia", "ARE": "United Arab Emirates", "CUB": "Cuba",
		"COD": "Democratic Republic of the Congo", "NLD": "Netherlands",
	}
	for code, name := range want {
		s, ok := StateByISO3(code)
		if !ok || s.Name != name {
			t.Errorf("%s: Name = %q, want %q", code, s.Name, name)
		}
	}
}

// resolve maps each folded name to the ISO3 codes of the states it names.
func resolve(names func(State) []string) map[string][]string {
	out := map[string][]string{}
	for _, s := range States {
		for _, n := range names(s) {
			k := graph.Normalize(n)
			if !slices.Contains(out[k], s.ISO3) {
				out[k] = append(out[k], s.ISO3)
			}
		}
	}
	return out
}

func everyName(s State) []string {
	return slices.Concat(s.AllNames(), s.Demonyms, s.Capitals, s.Metonyms)
}

func TestNewsNames(t *testing.T) {
	idx := resolve(everyName)
	tests := []struct{ name, iso3 string }{
		{"US", "USA"}, {"U.S.", "USA"}, {"USA", "USA"}, {"America", "USA"},
		{"United States of America", "USA"}, {"Washington", "USA"}, {"White House", "USA"},
		{"UK", "GBR"}, {"U.K.", "GBR"}, {"Britain", "GBR"}, {"Great Britain", "GBR"},
		{"London", "GBR"}, {"Downing Street", "GBR"},
		{"DPRK", "PRK"}, {"Pyongyang", "PRK"}, {"Democratic People's Republic of Korea", "PRK"},
		{"ROK", "KOR"}, {"Republic of Korea", "KOR"}, {"Seoul", "KOR"},
		{"Russian Federation", "RUS"}, {"Moscow", "RUS"}, {"Kremlin", "RUS"},
		{"Beijing", "CHN"}, {"People's Republic of China", "CHN"},
		{"Türkiye", "TUR"}, {"Turkiye", "TUR"}, {"Czech Republic", "CZE"},
		{"Kyiv", "UKR"}, {"Kiev", "UKR"}, {"Tehran", "IRN"}, {"Damascus", "SYR"},
		{"The Hague", "NLD"}, {"La Paz", "BOL"}, {"Pretoria", "ZAF"},
		{"Viet Nam", "VNM"}, {"UAE", "ARE"}, {"Burma", "MMR"}, {"Ivory Coast", "CIV"},
		{"Côte d'Ivoire", "CIV"}, {"Cote d'Ivoire", "CIV"},
	}
	for _, tt := range tests {
		if got := idx[graph.Normalize(tt.name)]; !slices.Equal(got, []string{tt.iso3}) {
			t.Errorf("%q names %v, want [%s]", tt.name, got, tt.iso3)
		}
	}
}

// TestNotNames checks words that must name no state: common words and given
// names among the sources' spellings and capitals, and context-dependent forms.
func TestNotNames(t *testing.T) {
	idx := resolve(everyName)
	for _, n := range []string{"Victoria", "Male", "Douglas", "Stanley", "Hamilton", "Plymouth", "CAR", "Island", "the North", "the South", "Korea", "Korean", "States", "Congo-Kinshasa-Brazzaville"} {
		if got := idx[graph.Normalize(n)]; len(got) > 0 {
			t.Errorf("%q names %v", n, got)
		}
	}
}

func TestDemonyms(t *testing.T) {
	want := map[string][]string{
		"RUS": {"Russian", "Russians"},
		"PRK": {"North Korean", "North Koreans"},
		"KOR": {"South Korean", "South Koreans"},
		"USA": {"American", "Americans"},
		"GBR": {"British", "Briton", "Britons"},
		"CHN": {"Chinese"},
		"IRN": {"Iranian", "Iranians"},
		"ISR": {"Israeli", "Israelis"},
		"UKR": {"Ukrainian", "Ukrainians"},
		"TUR": {"Turkish", "Turks"},
		"KEN": {"Kenyan", "Kenyans"},
		"YEM": {"Yemeni", "Yemenis"},
		"ARE": {"Emirati", "Emiratis"},
		"SAU": {"Saudi", "Saudis"},
		"SYR": {"Syrian"},
		"IND": {"Indian"},
		"JPN": {"Japanese"},
		"FRA": {"French"},
		"DEU": {"German", "Germans"},
		"CUB": {"Cuban"},
		"VEN": {"Venezuelan"},
	}
	for code, dems := range want {
		s, _ := StateByISO3(code)
		for _, d := range dems {
			if !slices.Contains(s.Demonyms, d) {
				t.Errorf("%s: Demonyms %v lack %q", code, s.Demonyms, d)
			}
		}
	}
	// every UN member keeps a demonym, except those whose only demonym is shared
	// with another member and so dropped (Congo-Brazzaville's "Congolese")
	members := 0
	for _, s := range States {
		if !s.UNMember {
			continue
		}
		members++
		if len(s.Demonyms) == 0 && s.ISO3 != "COG" && s.ISO3 != "DMA" {
			t.Errorf("%s (%s) has no demonym", s.ISO3, s.Name)
		}
	}
	if members != 193 {
		t.Errorf("%d UN members, want 193", members)
	}
}

// TestNoSharedNames checks that no folded name, demonym, capital or metonym
// names two states.
func TestNoSharedNames(t *testing.T) {
	for k, codes := range resolve(everyName) {
		if len(codes) > 1 {
			t.Errorf("%q names %v", k, codes)
		}
	}
}

// TestEvalStateNames checks that every name shared/eval/states.json accepts
// for a state names that state here.
func TestEvalStateNames(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(sharedDir(t), "eval", "states.json"))
	if err != nil {
		t.Skipf("states.json absent: %v", err)
	}
	var eval map[string][]string
	if err := json.Unmarshal(data, &eval); err != nil {
		t.Fatal(err)
	}
	idx := resolve(func(s State) []string { return s.AllNames() })
	for code, names := range eval {
		for _, n := range names {
			if got := idx[graph.Normalize(n)]; !slices.Contains(got, code) {
				t.Errorf("states.json name %q of %s names %v here", n, code, got)
			}
		}
	}
}

func TestOrgs(t *testing.T) {
	if len(Orgs) < 60 {
		t.Fatalf("len(Orgs) = %d, want at least 60", len(Orgs))
	}
	acronyms := map[string]string{}
	names := map[string]string{}
	qids := map[string]string{}
	for _, s := range States {
		qids[s.Wikidata] = s.Name
	}
	for _, o := range Orgs {
		if o.Name == "" || o.Type == "" {
			t.Errorf("incomplete org %+v", o)
		}
		if o.Country != "" {
			if _, ok := StateByISO3(o.Country); !ok {
				t.Errorf("%s: unknown Country %q", o.Name, o.Country)
			}
		}
		if o.Wikidata != "" {
			if !qidRE.MatchString(o.Wikidata) {
				t.Errorf("%s: bad Wikidata %q", o.Name, o.Wikidata)
			}
			if prev, dup := qids[o.Wikidata]; dup {
				t.Errorf("%s: Wikidata %s is also %s's", o.Name, o.Wikidata, prev)
			}
			qids[o.Wikidata] = o.Name
		}
		for _, a := range o.Acronyms {
			if prev, dup := acronyms[a]; dup {
				t.Errorf("acronym %q of %s and %s", a, prev, o.Name)
			}
			acronyms[a] = o.Name
		}
		for _, n := range o.AllNames() {
			k := graph.Normalize(n)
			if prev, dup := names[k]; dup && prev != o.Name {
				t.Errorf("name %q of %s and %s", n, prev, o.Name)
			}
			names[k] = o.Name
		}
	}
	for _, want := range []string{"UN", "NATO", "EU", "G7", "IAEA", "KCNA", "AFP", "TASS", "OFAC", "OSCE", "SCO", "WPK", "ICC", "ISIS"} {
		if _, ok := acronyms[want]; !ok && names[graph.Normalize(want)] == "" {
			t.Errorf("no org named %q", want)
		}
	}
}

// TestOrgsDoNotShadowStates checks that no organization name is also a state name.
func TestOrgsDoNotShadowStates(t *testing.T) {
	idx := resolve(func(s State) []string { return s.AllNames() })
	for _, o := range Orgs {
		for _, n := range o.AllNames() {
			if codes := idx[graph.Normalize(n)]; len(codes) > 0 {
				t.Errorf("org name %q of %s also names state %v", n, o.Name, codes)
			}
		}
	}
}

// TestCityState checks the city table: large cities resolve to their state,
// folded spellings too, and unknown names to nothing.
func TestCityState(t *testing.T) {
	for name, want := range map[string]string{"Kharkiv": "UKR", "Belgorod": "RUS", "Aleppo": "SYR", "Goma": "COD",
		"kharkiv": "UKR", "Nowhere Town": "", "El Arish": "EGY", "Al-Arish": "EGY", "Al Nowhere": ""} {
		got, ok := CityState(name)
		if got != want || ok != (want != "") {
			t.Errorf("CityState(%q) = %q, %v; want %q", name, got, ok, want)
		}
	}
}

// TestOpensConnectedName checks the first words of the names with a
// lower-case word inside.
func TestOpensConnectedName(t *testing.T) {
	for word, want := range map[string]bool{"jammu": true, "norte": true, "kharkiv": false} {
		if got := OpensConnectedName(word); got != want {
			t.Errorf("OpensConnectedName(%q) = %v; want %v", word, got, want)
		}
	}
}

// BenchmarkCityTable measures building the city table (once per process).
func BenchmarkCityTable(b *testing.B) {
	for i := 0; i < b.N; i++ {
		m := map[string]string{}
		for _, line := range strings.Split(citiesTSV, "\n") {
			if name, iso3, ok := strings.Cut(line, "\t"); ok {
				m[CityKey(name)] = iso3
			}
		}
	}
}

func TestIsFeature(t *testing.T) {
	for name, want := range map[string]bool{"Tigris": true, "horn of africa": true, "Europe": true, "Balkans": true, "Amazon": false, "Red Sea": true, "Baghdad": false, "Iraq": false, "river": false} {
		if got := IsFeature(name); got != want {
			t.Errorf("IsFeature(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestOpensFeature(t *testing.T) {
	if !OpensFeature("horn") || !OpensFeature("tigris") || OpensFeature("baghdad") {
		t.Error("OpensFeature")
	}
}
