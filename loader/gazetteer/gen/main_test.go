package main

import (
	"bytes"
	"context"
	"errors"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestUninvert(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Korea, Republic of", "Republic of Korea"},
		{"Korea, Democratic People's Republic of", "Democratic People's Republic of Korea"},
		{"Congo, The Democratic Republic of the", "Democratic Republic of the Congo"},
		{"Bolivia, Plurinational State of", "Plurinational State of Bolivia"},
		{"Taiwan, Province of China", ""},
		{"Virgin Islands, U.S.", ""},
		{"Bonaire, Sint Eustatius and Saba", ""},
		{"Korea", ""},
		{"a, b, of", ""},
	}
	for _, tt := range tests {
		if got := uninvert(tt.in); got != tt.want {
			t.Errorf("uninvert(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestRepublicOf(t *testing.T) {
	tests := []struct {
		name      string
		officials []string
		want      []string
	}{
		{"Togo", []string{"Togolese Republic"}, []string{"Republic of Togo"}},
		{"Lebanon", []string{"", "Lebanese Republic"}, []string{"Republic of Lebanon"}},
		{"Ghana", []string{"Republic of Ghana"}, nil},
		{"China", []string{"People's Republic of China"}, nil},
		{"Czechia", []string{"Czech Republic"}, nil},
		{"Laos", []string{"Lao People's Democratic Republic"}, nil},
		{"Syria", []string{"Syrian Arab Republic"}, nil},
		{"Dominican Republic", []string{"Dominican Republic"}, nil},
		{"Japan", []string{"Japan"}, nil},
	}
	for _, tt := range tests {
		if got := republicOf(tt.name, tt.officials...); !slices.Equal(got, tt.want) {
			t.Errorf("republicOf(%q, %q) = %q, want %q", tt.name, tt.officials, got, tt.want)
		}
	}
}

func TestPlural(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Russian", "Russians"},
		{"North Korean", "North Koreans"},
		{"Israeli", "Israelis"},
		{"Filipino", "Filipinos"},
		{"Chinese", ""},
		{"British", ""},
		{"French", ""},
		{"Swiss", ""},
		{"Dutch", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := plural(tt.in); got != tt.want {
			t.Errorf("plural(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestKeepAltSpelling(t *testing.T) {
	tests := []struct {
		alt, cca2 string
		want      bool
	}{
		{"KR", "KR", false},
		{"DPRK", "KP", true},
		{"UAE", "AE", true},
		{"Republic of Poland", "PL", true},
		{"Korea, Republic of", "KR", true},
		{"Holland", "NL", true},
		{"Island", "IS", false},       // Icelandic for Iceland, an English word
		{"Nederland", "NL", false},    // native name
		{"대한민국", "KR", false},         // native script
		{"Tetã Volívia", "BO", false}, // not ASCII
		{"Namhan", "KR", false},
	}
	for _, tt := range tests {
		if got := keepAltSpelling(tt.alt, tt.cca2); got != tt.want {
			t.Errorf("keepAltSpelling(%q) = %v, want %v", tt.alt, got, tt.want)
		}
	}
}

func TestCleanList(t *testing.T) {
	tests := []struct {
		in     []string
		except string
		want   []string
	}{
		{[]string{"US", "U.S.", "us", "US ", "", "America"}, "", []string{"US", "U.S.", "America"}},
		{[]string{"Turkey", "Türkiye", "TURKEY"}, "Turkey", []string{"Türkiye"}},
		{[]string{"Cote d'Ivoire", "Côte d'Ivoire"}, "Côte d'Ivoire", nil},
		{nil, "", nil},
	}
	for _, tt := range tests {
		if got := cleanList(tt.in, tt.except); !slices.Equal(got, tt.want) {
			t.Errorf("cleanList(%q, %q) = %q, want %q", tt.in, tt.except, got, tt.want)
		}
	}
}

func TestResolveCollisions(t *testing.T) {
	a := &state{ISO3: "AAA", Name: "Aland", Demonyms: []string{"Shared", "Alander"}, Capitals: []string{"Town"}, unMember: true}
	b := &state{ISO3: "BBB", Name: "Bland", Demonyms: []string{"Shared"}, Capitals: []string{"Town"}, Names: []string{"Aland"}}
	c := &state{ISO3: "CCC", Name: "Cland", Demonyms: []string{"Twin"}, unMember: true}
	d := &state{ISO3: "DDD", Name: "Dland", Demonyms: []string{"Twin"}, unMember: true}
	resolveCollisions([]*state{a, b, c, d})
	if !slices.Equal(a.Demonyms, []string{"Shared", "Alander"}) || len(b.Demonyms) != 0 {
		t.Errorf("UN member keeps a shared demonym: %q / %q", a.Demonyms, b.Demonyms)
	}
	if !slices.Equal(a.Capitals, []string{"Town"}) || len(b.Capitals) != 0 {
		t.Errorf("shared capital: %q / %q", a.Capitals, b.Capitals)
	}
	if len(b.Names) != 0 {
		t.Errorf("another state's canonical name kept: %q", b.Names)
	}
	if len(c.Demonyms) != 0 || len(d.Demonyms) != 0 {
		t.Errorf("a demonym of two members is dropped from both: %q / %q", c.Demonyms, d.Demonyms)
	}
}

func TestRunFixtures(t *testing.T) {
	out := t.TempDir()
	td := "testdata"
	err := run(context.Background(), filepath.Join(td, "iso.json"), filepath.Join(td, "states.csv"),
		filepath.Join(td, "countries.json"), filepath.Join(td, "orgs.json"), out)
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile(filepath.Join(out, "states_gen.go"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := parser.ParseFile(token.NewFileSet(), "states_gen.go", src, parser.ParseComments); err != nil {
		t.Fatalf("states_gen.go does not parse: %v", err)
	}
	for _, want := range []string{
		"// Code generated by loader/gazetteer/gen; DO NOT EDIT.",
		"world-countries@" + worldCountriesVersion,
		`{ISO3: "COD", Wikidata: "Q974", Name: "Democratic Republic of the Congo"`,
		`Names:    []string{"Congo"`, // Congo-Brazzaville keeps "Congo" (not the DRC's canonical name)
		`"Republic of Korea"`,
		`"DPRK"`,
		`Capitals: []string{"Washington D.C.", "Washington", "Washington, D.C."}`,
		`{ISO3: "XKX", Wikidata: "Q1246", Name: "Kosovo"`,
		`Demonyms: []string{"Congolese"}`,
	} {
		if !bytes.Contains(src, []byte(want)) {
			t.Errorf("states_gen.go lacks %s", want)
		}
	}
	if bytes.Contains(src, []byte(`"Kremlin"`)) {
		t.Error("states_gen.go has a supplement of a state the data lacks (RUS)")
	}
	if bytes.Contains(src, []byte(`"Namhan"`)) || bytes.Contains(src, []byte(`"KR"`)) {
		t.Error("states_gen.go keeps a native name or an alpha-2 code")
	}
	orgs, err := os.ReadFile(filepath.Join(out, "orgs_gen.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(orgs, []byte(`{Name: "Korean Central News Agency", Acronyms: []string{"KCNA"}, Aliases: nil, Type: "news agency", Country: "PRK", Wikidata: ""}`)) {
		t.Errorf("orgs_gen.go:\n%s", orgs)
	}
}

func TestRunRejects(t *testing.T) {
	td := "testdata"
	tests := []struct {
		name, csv, orgs, want string
	}{
		{"org of an unknown country", "states.csv", "orgs-badcountry.json", `unknown country "ZZZ"`},
		{"acronym of two orgs", "states.csv", "orgs-dup.json", `"AP" names both`},
		{"malformed QID", "states.csv", "orgs-badqid.json", `"Q0123" is no Wikidata QID`},
		{"missing wikidata table", "nope.csv", "orgs.json", "wikidata table"},
	}
	for _, tt := range tests {
		err := run(context.Background(), filepath.Join(td, "iso.json"), filepath.Join(td, tt.csv),
			filepath.Join(td, "countries.json"), filepath.Join(td, tt.orgs), t.TempDir())
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want one containing %q", tt.name, err, tt.want)
		}
		if tt.name != "missing wikidata table" && !errors.Is(err, errBadData) {
			t.Errorf("%s: error %v is not errBadData", tt.name, err)
		}
	}
}

// TestGeneratedUpToDate regenerates the gazetteer from the real sources and
// compares it with the committed files. It needs world-countries unpacked:
// set GAZETTEER_COUNTRIES to its countries.json (npm pack
// world-countries@5.1.0 and untar it); it skips otherwise.
func TestGeneratedUpToDate(t *testing.T) {
	countries := os.Getenv("GAZETTEER_COUNTRIES")
	if countries == "" {
		t.Skip("GAZETTEER_COUNTRIES not set")
	}
	iso := "/usr/share/iso-codes/json/iso_3166-1.json"
	if _, err := os.Stat(iso); err != nil {
		t.Skipf("iso-codes absent: %v", err)
	}
	root, err := repoRoot()
	if err != nil {
		t.Fatal(err)
	}
	csvPath := filepath.Join(root, "..", "shared", "data", "states-wikidata.csv")
	if _, err := os.Stat(csvPath); err != nil {
		t.Skipf("shared data absent: %v", err)
	}
	out := t.TempDir()
	if err := run(context.Background(), iso, csvPath, countries, filepath.Join("..", "orgs.json"), out); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"states_gen.go", "orgs_gen.go"} {
		got, _ := os.ReadFile(filepath.Join(out, name))
		committed, err := os.ReadFile(filepath.Join("..", name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, committed) {
			t.Errorf("%s is stale: run go generate ./loader/gazetteer", name)
		}
	}
}

// TestDemonymParts checks that a two-part demonym of world-countries gives
// each word apart, and that one of one word stays whole.
func TestDemonymParts(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"Antiguan, Barbudan", []string{"Antiguan", "Barbudan"}},
		{"Kittitian or Nevisian", []string{"Kittitian", "Nevisian"}},
		{"Maldivan", []string{"Maldivan"}},
	} {
		if got := demonymParts(c.in); !slices.Equal(got, c.want) {
			t.Errorf("demonymParts(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
