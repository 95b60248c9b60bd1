package loader

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
)

// heldout2Sets are the folders of testdata/heldout2, a second blind set written
// after the extractor had been tuned on testdata/heldout, with their floors.
var heldout2Sets = []heldoutSet{
	{dir: "articles", docs: 10, minF1: 0.55, minEntRec: 0.70},
	{dir: "sentences", docs: 80, minF1: 0.45, minEntRec: 0.70},
	{dir: "persons", docs: 6, minEntRec: 0.70},
}

// TestHeldout2 extracts the second held-out set (testdata/heldout2, gold written
// blind) and scores it with score.py's rules (the scorer in eval_test.go).
// Run with -v to log every missed and extra fact, missing entity and junk entity.
func TestHeldout2(t *testing.T) {
	sc := newScorer(t, sharedDir(t))
	for _, set := range heldout2Sets {
		t.Run(set.dir, func(t *testing.T) {
			s := scoreHeldout(t, sc, filepath.Join("testdata", "heldout2", set.dir), set.docs)
			p, r, f1 := s.f1()
			entRecall := float64(s.entFound) / float64(max(s.entTotal, 1))
			if testing.Verbose() {
				for _, l := range s.log {
					t.Log(l)
				}
			}
			t.Logf("heldout2/%s: facts: precision %d/%d = %.3f, recall %d/%d = %.3f, F1 %.3f; entities: recall %d/%d = %.3f; junk %d",
				set.dir, s.tpPred, s.nPred, p, s.tpGold, s.nGold, r, f1, s.entFound, s.entTotal, entRecall, s.junk)
			if f1 < set.minF1 {
				t.Errorf("heldout2/%s: fact F1 %.3f, want >= %.2f", set.dir, f1, set.minF1)
			}
			if entRecall < set.minEntRec {
				t.Errorf("heldout2/%s: entity recall %.3f, want >= %.2f", set.dir, entRecall, set.minEntRec)
			}
			if s.junk != 0 {
				t.Errorf("heldout2/%s: %d junk entities, want 0", set.dir, s.junk)
			}
		})
	}
}

// gold2File is a gold file with the fields TestHeldout2Gold checks beyond goldFile.
type gold2File struct {
	Doc       string  `json:"doc"`
	Published *string `json:"published"`
	Entities  []struct {
		Name    []string `json:"name"`
		Kind    string   `json:"kind"`
		Country []string `json:"country"`
	} `json:"entities"`
	Forbidden []string    `json:"forbidden_entities"`
	Facts     []gold2Fact `json:"facts"`
	Ignore    []gold2Fact `json:"ignore"`
}

type gold2Fact struct {
	From      []string `json:"from"`
	To        []string `json:"to"`
	Type      string   `json:"type"`
	Date      *string  `json:"date"`
	Tolerance *int     `json:"date_tolerance_days"`
	Why       string   `json:"why"`
}

// TestHeldout2Gold checks the gold files themselves without running the
// extractor: known relation types and entity kinds, ISO3 codes that exist in
// states.json, dates that parse, a why on every ignored fact, meta that agrees
// with the gold, and one sentence per sentence document.
func TestHeldout2Gold(t *testing.T) {
	sc := newScorer(t, sharedDir(t))
	kinds := map[string]bool{"person": true, "state": true, "organization": true, "place": true}
	checkName := func(where, n string) {
		if strings.TrimSpace(n) == "" {
			t.Errorf("%s: empty name", where)
		}
		if strings.HasPrefix(strings.ToLower(n), "iso3:") {
			if _, ok := sc.states[strings.ToUpper(n[5:])]; !ok {
				t.Errorf("%s: unknown state code %q", where, n)
			}
		}
	}
	checkFact := func(where string, f gold2Fact, ignored bool) {
		if !graph.RelationType(f.Type).Valid() {
			t.Errorf("%s: relation type %q is not in the ontology", where, f.Type)
		}
		if len(f.From) == 0 || len(f.To) == 0 {
			t.Errorf("%s: fact %s without both ends", where, f.Type)
		}
		for _, n := range append(append([]string{}, f.From...), f.To...) {
			checkName(where, n)
		}
		if f.Date != nil {
			if _, err := graph.ParseDate(*f.Date); err != nil {
				t.Errorf("%s: date %q: %v", where, *f.Date, err)
			}
		}
		if f.Tolerance != nil && *f.Tolerance < 0 {
			t.Errorf("%s: negative date tolerance", where)
		}
		if ignored && f.Why == "" {
			t.Errorf("%s: ignored %s fact without a why", where, f.Type)
		}
	}
	for _, set := range heldout2Sets {
		dir := filepath.Join("testdata", "heldout2", set.dir)
		files, err := filepath.Glob(filepath.Join(dir, "*.gold.json"))
		if err != nil {
			t.Fatal(err)
		}
		if len(files) != set.docs {
			t.Errorf("%s: %d gold files, want %d", dir, len(files), set.docs)
		}
		empty := 0
		for _, f := range files {
			var g gold2File
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(b, &g); err != nil {
				t.Errorf("%s: %v", f, err)
				continue
			}
			text := filepath.Join(dir, g.Doc)
			raw, err := os.ReadFile(text)
			if err != nil {
				t.Errorf("%s: names doc %q: %v", f, g.Doc, err)
				continue
			}
			meta := readMeta(t, text)
			switch {
			case g.Published == nil && meta.Published.Known():
				t.Errorf("%s: no published date but the meta has one", f)
			case g.Published != nil && meta.Published.String() != *g.Published:
				t.Errorf("%s: published %s, meta says %s", f, *g.Published, meta.Published)
			}
			if len(g.Entities) == 0 {
				t.Errorf("%s: no entities", f)
			}
			for i, e := range g.Entities {
				if !kinds[e.Kind] {
					t.Errorf("%s: entity %d kind %q", f, i, e.Kind)
				}
				if len(e.Name) == 0 {
					t.Errorf("%s: entity %d without a name", f, i)
				}
				for _, n := range append(append([]string{}, e.Name...), e.Country...) {
					checkName(f, n)
				}
			}
			for _, x := range g.Facts {
				checkFact(f, x, false)
			}
			for _, x := range g.Ignore {
				checkFact(f, x, true)
			}
			if len(g.Facts) == 0 {
				empty++
			}
			if set.dir == "sentences" {
				s := strings.TrimSpace(string(raw))
				if strings.Contains(s, "\n") || strings.Count(s, ". ") > 0 || !strings.HasSuffix(s, ".") {
					t.Errorf("%s: not a single sentence: %q", text, s)
				}
			}
		}
		if set.dir == "sentences" && empty != 10 {
			t.Errorf("%s: %d sentences without a scored fact, want 10", dir, empty)
		}
	}
}
