package loader

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
)

// heldout3Sets are the folders of testdata/heldout3, a third blind set written
// after the extractor had been tuned on testdata/heldout and testdata/heldout2,
// with the acceptance floors TestHeldout3 asserts.
var heldout3Sets = []heldoutSet{
	{dir: "articles", docs: 8, minF1: 0.55, minEntRec: 0.70},
	{dir: "sentences", docs: 60, minF1: 0.45, minEntRec: 0.70},
	{dir: "persons", docs: 5, minEntRec: 0.70},
}

// heldout3Empty is how many sentence documents hold no scored fact.
const heldout3Empty = 8

// TestHeldout3 extracts the third held-out set (testdata/heldout3, gold written
// blind) and scores it with score.py's rules (the scorer in eval_test.go). It
// logs precision, recall, F1, entity recall and junk per set and asserts only
// the acceptance floors. Run with -v to log every missed and extra fact,
// missing entity and junk entity.
func TestHeldout3(t *testing.T) {
	sc := newScorer(t, sharedDir(t))
	for _, set := range heldout3Sets {
		t.Run(set.dir, func(t *testing.T) {
			s := scoreHeldout(t, sc, filepath.Join("testdata", "heldout3", set.dir), set.docs)
			p, r, f1 := s.f1()
			entRecall := float64(s.entFound) / float64(max(s.entTotal, 1))
			if testing.Verbose() {
				for _, l := range s.log {
					t.Log(l)
				}
			}
			t.Logf("heldout3/%s: facts: precision %d/%d = %.3f, recall %d/%d = %.3f, F1 %.3f; entities: recall %d/%d = %.3f; junk %d",
				set.dir, s.tpPred, s.nPred, p, s.tpGold, s.nGold, r, f1, s.entFound, s.entTotal, entRecall, s.junk)
			if f1 < set.minF1 {
				t.Errorf("heldout3/%s: fact F1 %.3f, want >= %.2f", set.dir, f1, set.minF1)
			}
			if entRecall < set.minEntRec {
				t.Errorf("heldout3/%s: entity recall %.3f, want >= %.2f", set.dir, entRecall, set.minEntRec)
			}
			if s.junk != 0 {
				t.Errorf("heldout3/%s: %d junk entities, want 0", set.dir, s.junk)
			}
		})
	}
}

// sentenceBreak finds a full stop followed by a capitalised word, i.e. a
// second sentence inside a one-sentence document.
var sentenceBreak = regexp.MustCompile(`\.\s+\p{Lu}`)

// TestHeldout3Gold checks the gold files of testdata/heldout3 without running
// the extractor: known relation types and entity kinds, ISO3 codes that exist
// in states.json, dates that parse and do not lie after publication, a why on
// every ignored fact, meta that agrees with the gold, one sentence per
// sentence document and the planned number of sentences without a fact.
func TestHeldout3Gold(t *testing.T) {
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
	for _, set := range heldout3Sets {
		dir := filepath.Join("testdata", "heldout3", set.dir)
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
			for _, n := range g.Forbidden {
				checkName(f, n)
			}
			check := func(x gold2Fact, ignored bool) {
				if !graph.RelationType(x.Type).Valid() {
					t.Errorf("%s: relation type %q is not in the ontology", f, x.Type)
				}
				if len(x.From) == 0 || len(x.To) == 0 {
					t.Errorf("%s: %s fact without both ends", f, x.Type)
				}
				for _, n := range append(append([]string{}, x.From...), x.To...) {
					checkName(f, n)
				}
				if x.Date != nil {
					d, err := graph.ParseDate(*x.Date)
					if err != nil {
						t.Errorf("%s: date %q: %v", f, *x.Date, err)
					} else if g.Published != nil && d.String() > *g.Published {
						t.Errorf("%s: %s fact dated %s, after publication %s", f, x.Type, *x.Date, *g.Published)
					}
				}
				if x.Tolerance != nil && *x.Tolerance < 0 {
					t.Errorf("%s: negative date tolerance", f)
				}
				if ignored && x.Why == "" {
					t.Errorf("%s: ignored %s fact without a why", f, x.Type)
				}
			}
			for _, x := range g.Facts {
				check(x, false)
			}
			for _, x := range g.Ignore {
				check(x, true)
			}
			if len(g.Facts) == 0 {
				empty++
			}
			if set.dir == "sentences" {
				s := strings.TrimSpace(string(raw))
				if strings.Contains(s, "\n") || sentenceBreak.MatchString(s) || !strings.HasSuffix(s, ".") {
					t.Errorf("%s: not a single sentence: %q", text, s)
				}
			}
		}
		if set.dir == "sentences" && empty != heldout3Empty {
			t.Errorf("%s: %d sentences without a scored fact, want %d", dir, empty, heldout3Empty)
		}
	}
}
