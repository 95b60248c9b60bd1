package loader

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// heldoutSet is one folder of testdata/heldout with its acceptance thresholds.
type heldoutSet struct {
	dir       string
	docs      int     // documents the folder must hold
	minF1     float64 // fact F1 floor; 0 means no floor
	minEntRec float64 // entity recall floor
}

// TestHeldout extracts the held-out sets (testdata/heldout, gold written blind)
// and scores them with score.py's rules (the scorer in eval_test.go).
// Run with -v to log every missed and extra fact, missing entity and junk entity.
func TestHeldout(t *testing.T) {
	sc := newScorer(t, sharedDir(t))
	sets := []heldoutSet{
		{dir: "articles", docs: 8, minF1: 0.55, minEntRec: 0.70},
		{dir: "sentences", docs: 60, minF1: 0.45, minEntRec: 0.70},
		{dir: "persons", docs: 5, minEntRec: 0.70},
	}
	for _, set := range sets {
		t.Run(set.dir, func(t *testing.T) {
			s := scoreHeldout(t, sc, filepath.Join("testdata", "heldout", set.dir), set.docs)
			p, r, f1 := s.f1()
			entRecall := float64(s.entFound) / float64(max(s.entTotal, 1))
			if testing.Verbose() {
				for _, l := range s.log {
					t.Log(l)
				}
			}
			t.Logf("%s: facts: precision %d/%d = %.3f, recall %d/%d = %.3f, F1 %.3f; entities: recall %d/%d = %.3f; junk %d",
				set.dir, s.tpPred, s.nPred, p, s.tpGold, s.nGold, r, f1, s.entFound, s.entTotal, entRecall, s.junk)
			if f1 < set.minF1 {
				t.Errorf("%s: fact F1 %.3f, want >= %.2f", set.dir, f1, set.minF1)
			}
			if entRecall < set.minEntRec {
				t.Errorf("%s: entity recall %.3f, want >= %.2f", set.dir, entRecall, set.minEntRec)
			}
			if s.junk != 0 {
				t.Errorf("%s: %d junk entities, want 0", set.dir, s.junk)
			}
		})
	}
}

// scoreHeldout extracts every NAME.txt in dir and scores it against NAME.gold.json.
// Every text must have its gold file and the folder must hold want documents,
// so a missing or renamed file fails instead of silently shrinking the set.
func scoreHeldout(t *testing.T, sc *scorer, dir string, want int) devScore {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != want {
		t.Fatalf("%s: %d documents, want %d", dir, len(files), want)
	}
	var s devScore
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		gb, err := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".gold.json")
		if err != nil {
			t.Fatalf("%s: no gold file: %v", f, err)
		}
		var g goldFile
		if err := json.Unmarshal(gb, &g); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if g.Doc != filepath.Base(f) {
			t.Fatalf("%s: gold names doc %q", f, g.Doc)
		}
		sc.scoreDoc(g, NewRecord(f, Extract(string(text), readMeta(t, f))), &s)
	}
	if s.nGold == 0 || s.entTotal == 0 {
		t.Fatalf("%s: gold holds %d facts and %d entities, want some of each", dir, s.nGold, s.entTotal)
	}
	return s
}
