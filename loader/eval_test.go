package loader

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/geokg/geokg/graph"
	"golang.org/x/text/unicode/norm"
)

// sharedDir returns ../shared beside the repository root, skipping the test when absent.
func sharedDir(t testing.TB) string {
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
	if _, err := os.Stat(filepath.Join(shared, "corpus", "dev")); err != nil {
		t.Skipf("shared corpus absent: %v", err)
	}
	return shared
}

// The scorer below ports ../shared/eval/score.py: the same name
// normalization, ISO3 keys, symmetric types, ignore list and unscored modalities.

var (
	possRE   = regexp.MustCompile("[\u2019'`]s\\b")
	nonWord  = regexp.MustCompile(`[^\p{L}\p{N}_\s]`)
	spacesRE = regexp.MustCompile(`\s+`)
	stateRE  = regexp.MustCompile(`^state:([A-Za-z]{3})$`)
)

func scoreNorm(s string) string {
	s = norm.NFKD.String(s)
	var b strings.Builder
	for _, r := range s {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(r)
	}
	s = foldInitials(strings.ToLower(b.String()))
	s = possRE.ReplaceAllString(s, "")
	s = nonWord.ReplaceAllString(s, " ")
	s = strings.TrimSpace(spacesRE.ReplaceAllString(s, " "))
	return strings.TrimPrefix(s, "the ")
}

// isScoreWord reports whether r is a word character of Python's \w.
func isScoreWord(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r) }

// foldInitials drops the period after a one-letter word followed by another
// one-letter word, as score.py's \b(\w)\.(?=\w\b) does: "u.s." becomes
// "us." so that "U.S." and "US" are one name.
func foldInitials(s string) string {
	r := []rune(s)
	word := func(i int) bool { return i >= 0 && i < len(r) && isScoreWord(r[i]) }
	var b strings.Builder
	for i := 0; i < len(r); i++ {
		b.WriteRune(r[i])
		if word(i) && !word(i-1) && i+1 < len(r) && r[i+1] == '.' && word(i+2) && !word(i+3) {
			i++ // skip the period
		}
	}
	return b.String()
}

type scorer struct {
	states  map[string][]string
	stateOf map[string]string
}

func newScorer(t testing.TB, shared string) *scorer {
	raw, err := os.ReadFile(filepath.Join(shared, "eval", "states.json"))
	if err != nil {
		t.Fatal(err)
	}
	sc := &scorer{stateOf: map[string]string{}}
	if err := json.Unmarshal(raw, &sc.states); err != nil {
		t.Fatal(err)
	}
	codes := make([]string, 0, len(sc.states))
	for c := range sc.states {
		codes = append(codes, c)
	}
	sort.Strings(codes) // python dicts keep file order; setdefault keeps the first
	for _, c := range codes {
		for _, n := range sc.states[c] {
			if _, ok := sc.stateOf[scoreNorm(n)]; !ok {
				sc.stateOf[scoreNorm(n)] = "iso3:" + c
			}
		}
	}
	return sc
}

func (sc *scorer) names(alts []string) map[string]bool {
	keys := map[string]bool{}
	for _, a := range alts {
		if strings.HasPrefix(strings.ToLower(a), "iso3:") {
			code := strings.ToUpper(a[5:])
			keys["iso3:"+code] = true
			for _, n := range sc.states[code] {
				keys[scoreNorm(n)] = true
			}
			continue
		}
		keys[scoreNorm(a)] = true
		if s, ok := sc.stateOf[scoreNorm(a)]; ok {
			keys[s] = true
		}
	}
	return keys
}

// entKeys returns the keys a predicted entity offers: its name, its aliases
// (score.py counts an entity's aliases as its names), and its ISO3 code.
func (sc *scorer) entKeys(id, name, kind, iso3 string, aliases ...string) map[string]bool {
	keys := map[string]bool{scoreNorm(name): true}
	for _, a := range aliases {
		if n := scoreNorm(a); n != "" {
			keys[n] = true
		}
	}
	if s, ok := sc.stateOf[scoreNorm(name)]; ok && (kind == "state" || kind == "") {
		keys[s] = true
	}
	if iso3 != "" {
		keys["iso3:"+strings.ToUpper(iso3)] = true
	} else if m := stateRE.FindStringSubmatch(id); m != nil {
		keys["iso3:"+strings.ToUpper(m[1])] = true
	}
	return keys
}

type goldFile struct {
	Doc       string `json:"doc"`
	Published string `json:"published"`
	Entities  []struct {
		Name []string `json:"name"`
		Kind string   `json:"kind"`
	} `json:"entities"`
	Forbidden []string   `json:"forbidden_entities"`
	Facts     []goldFact `json:"facts"`
	Ignore    []goldFact `json:"ignore"`
}

type goldFact struct {
	From      []string `json:"from"`
	To        []string `json:"to"`
	Type      string   `json:"type"`
	Date      *string  `json:"date"`
	Tolerance int      `json:"date_tolerance_days"`
}

type predFact struct {
	typ, from, to string
	date          *string
	fromKeys      map[string]bool
	toKeys        map[string]bool
}

func intersects(a, b map[string]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

func (sc *scorer) matches(p predFact, g goldFact) bool {
	if p.typ != g.Type {
		return false
	}
	gf, gt := sc.names(g.From), sc.names(g.To)
	if intersects(p.fromKeys, gf) && intersects(p.toKeys, gt) {
		return true
	}
	return graph.RelationType(g.Type).Symmetric() && intersects(p.fromKeys, gt) && intersects(p.toKeys, gf)
}

type devScore struct {
	tpPred, nPred, tpGold, nGold int
	datesOK, datesTotal          int
	entFound, entTotal, junk     int
	log                          []string
}

func (s devScore) f1() (p, r, f float64) {
	if s.nPred > 0 {
		p = float64(s.tpPred) / float64(s.nPred)
	}
	if s.nGold > 0 {
		r = float64(s.tpGold) / float64(s.nGold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// scoreDoc scores one record against its gold file, as score.py does.
func (sc *scorer) scoreDoc(g goldFile, rec Record, s *devScore) {
	var facts []predFact
	seen := map[[3]string]bool{}
	ents := map[string]RecordEntity{}
	for _, e := range rec.Entities {
		ents[e.ID] = e
	}
	keysOf := func(r RecordRef) map[string]bool {
		iso := ""
		if e, ok := ents[r.ID]; ok && e.Codes.ISO3 != nil {
			iso = *e.Codes.ISO3
		}
		return sc.entKeys(r.ID, r.Name, r.Kind, iso, r.Aliases...)
	}
	for _, f := range rec.Facts {
		if !graph.RelationType(f.Type).Valid() || f.Modality == "speculative" || f.Modality == "negated" || f.Modality == "hypothetical" {
			continue
		}
		key := [3]string{f.Type, scoreNorm(f.From.Name), scoreNorm(f.To.Name)}
		if seen[key] {
			continue
		}
		seen[key] = true
		facts = append(facts, predFact{typ: f.Type, from: key[1], to: key[2], date: f.Date, fromKeys: keysOf(f.From), toKeys: keysOf(f.To)})
	}
	for _, f := range facts {
		good, ignored := false, false
		for _, x := range g.Facts {
			if sc.matches(f, x) {
				good = true
				break
			}
		}
		if !good {
			for _, x := range g.Ignore {
				if sc.matches(f, x) {
					ignored = true
					break
				}
			}
		}
		if good {
			s.tpPred++
			s.nPred++
		} else if !ignored {
			s.nPred++
			s.log = append(s.log, "extra   "+g.Doc+": "+f.from+" -"+f.typ+"-> "+f.to)
		}
	}
	for _, x := range g.Facts {
		s.nGold++
		hit, dated, right := false, false, false
		for _, f := range facts {
			if sc.matches(f, x) {
				hit = true
				if ok, known := dateOK(f.date, x); known {
					dated = true
					right = right || ok
				}
			}
		}
		if hit {
			s.tpGold++
			if dated {
				s.datesTotal++
				if right {
					s.datesOK++
				} else {
					s.log = append(s.log, "date    "+g.Doc+": "+x.From[0]+" -"+x.Type+"-> "+x.To[0])
				}
			}
		} else {
			s.log = append(s.log, "missed  "+g.Doc+": "+x.From[0]+" -"+x.Type+"-> "+x.To[0])
		}
	}
	pnames := map[string]map[string]bool{}
	for _, e := range rec.Entities {
		iso := ""
		if e.Codes.ISO3 != nil {
			iso = *e.Codes.ISO3
		}
		for k := range sc.entKeys(e.ID, e.Name, e.Kind, iso, e.Aliases...) {
			if pnames[k] == nil {
				pnames[k] = map[string]bool{}
			}
			pnames[k][e.Kind] = true
		}
	}
	for _, e := range g.Entities {
		s.entTotal++
		found := false
		for n := range sc.names(e.Name) {
			if pnames[n][e.Kind] {
				found = true
				break
			}
		}
		if found {
			s.entFound++
		} else {
			s.log = append(s.log, "no entity "+g.Doc+": "+e.Name[0]+" ("+e.Kind+")")
		}
	}
	bad := sc.names(g.Forbidden)
	for n := range pnames {
		hit := bad[n]
		for b := range bad {
			if len(b) > 4 && (strings.HasPrefix(n, b+" ") || strings.HasSuffix(n, " "+b)) {
				hit = true
			}
		}
		if hit {
			s.junk++
			s.log = append(s.log, "junk entity "+g.Doc+": "+n)
		}
	}
}

// dateRange returns the first and last day an ISO date of day, month or year
// precision covers, as score.py's parse_date.
func dateRange(s *string) (first, last time.Time, ok bool) {
	if s == nil {
		return
	}
	m := isoPrefix.FindStringSubmatch(*s)
	if m == nil {
		return
	}
	y, _ := strconv.Atoi(m[1])
	switch {
	case m[3] != "":
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		first = time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
		if first.Day() != d {
			return first, first, false
		}
		return first, first, true
	case m[2] != "":
		mo, _ := strconv.Atoi(m[2])
		if mo < 1 || mo > 12 {
			return
		}
		first = time.Date(y, time.Month(mo), 1, 0, 0, 0, 0, time.UTC)
		return first, first.AddDate(0, 1, -1), true
	}
	return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC), true
}

var isoPrefix = regexp.MustCompile(`^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?`)

// dateOK reports whether a predicted date lies within a gold fact's date and
// tolerance, as score.py's date_ok; known is false when the gold has no date.
func dateOK(pred *string, g goldFact) (ok, known bool) {
	gf, gl, gok := dateRange(g.Date)
	if !gok {
		return false, false
	}
	pf, pl, pok := dateRange(pred)
	if !pok {
		return false, true
	}
	tol := time.Duration(g.Tolerance) * 24 * time.Hour
	return !pf.Before(gf.Add(-tol)) && !pl.After(gl.Add(tol)), true
}

// readMeta reads NAME.meta.json beside a corpus text.
func readMeta(t testing.TB, path string) Meta {
	var raw struct {
		Title, URL, Source string
		Published          *string
	}
	b, err := os.ReadFile(strings.TrimSuffix(path, ".txt") + ".meta.json")
	if err != nil {
		return Meta{}
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	m := Meta{Title: raw.Title, URL: raw.URL, Source: raw.Source}
	if raw.Published != nil {
		d, err := graph.ParseDate(*raw.Published)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		m.Published = d
	}
	return m
}

// TestDevCorpus extracts the dev corpus and scores it as score.py does.
// With GEOKG_PRED set, it also writes the JSON Lines predictions there.
func TestDevCorpus(t *testing.T) {
	shared := sharedDir(t)
	sc := newScorer(t, shared)
	files, err := filepath.Glob(filepath.Join(shared, "corpus", "dev", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Skipf("no dev corpus: %v", err)
	}
	var out *os.File
	if p := os.Getenv("GEOKG_PRED"); p != "" {
		if out, err = os.Create(p); err != nil {
			t.Fatal(err)
		}
		defer out.Close()
	}
	var s devScore
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		rec := NewRecord(f, Extract(string(text), readMeta(t, f)))
		if out != nil {
			b, _ := json.Marshal(rec)
			out.Write(append(b, '\n'))
		}
		gb, err := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".gold.json")
		if err != nil {
			continue
		}
		var g goldFile
		if err := json.Unmarshal(gb, &g); err != nil {
			t.Fatal(err)
		}
		sc.scoreDoc(g, rec, &s)
	}
	p, r, f1 := s.f1()
	entRecall := float64(s.entFound) / float64(max(s.entTotal, 1))
	if testing.Verbose() {
		for _, l := range s.log {
			t.Log(l)
		}
	}
	t.Logf("facts: precision %d/%d = %.3f, recall %d/%d = %.3f, F1 %.3f; entities: recall %d/%d = %.3f; junk %d; dates: %d/%d matched facts dated right",
		s.tpPred, s.nPred, p, s.tpGold, s.nGold, r, f1, s.entFound, s.entTotal, entRecall, s.junk, s.datesOK, s.datesTotal)
	if f1 < 0.95 {
		t.Errorf("fact F1 %.3f, want >= 0.95", f1)
	}
	if entRecall < 0.90 {
		t.Errorf("entity recall %.3f, want >= 0.90", entRecall)
	}
	if s.junk != 0 {
		t.Errorf("%d junk entities, want 0", s.junk)
	}
}

// TestScoreNorm checks the scorer's name folding against score.py's norm.
func TestScoreNorm(t *testing.T) {
	for in, want := range map[string]string{
		"U.S.":             "us",
		"US":               "us",
		"the U.S. Army":    "us army",
		"U.N.":             "un",
		"A.B.C. News":      "abc news",
		"Gen. X. Smith":    "gen x smith",
		"Russia's":         "russia",
		"Côte d’Ivoire":    "cote d ivoire",
		"The Kremlin":      "kremlin",
		"e.g. U.S.-Canada": "eg us canada",
	} {
		if got := scoreNorm(in); got != want {
			t.Errorf("scoreNorm(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestScoreAliases checks that an entity's aliases count as its names.
func TestScoreAliases(t *testing.T) {
	sc := &scorer{states: map[string][]string{}, stateOf: map[string]string{}}
	g := goldFile{Doc: "x.txt", Entities: []struct {
		Name []string `json:"name"`
		Kind string   `json:"kind"`
	}{{Name: []string{"ECOWAS"}, Kind: "organization"}}}
	rec := Record{Entities: []RecordEntity{{ID: "org:ecowas", Name: "Economic Community of West African States",
		Kind: "organization", Aliases: []string{"ECOWAS"}}}}
	var s devScore
	sc.scoreDoc(g, rec, &s)
	if s.entFound != 1 {
		t.Errorf("entity found by alias: %d/%d, want 1/1", s.entFound, s.entTotal)
	}
}
