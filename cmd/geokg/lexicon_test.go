package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLexiconFlag checks --lexicon on extract and load: a one-line user
// trigger turns a sentence that gave nothing into the expected fact, and a
// malformed lexicon line is refused with its line number.
func TestLexiconFlag(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "siege.txt")
	lex := filepath.Join(dir, "analyst.lex")
	bad := filepath.Join(dir, "bad.lex")
	for name, body := range map[string]string{
		doc: "Turkey blockaded Armenia in 1993.\n",
		lex: "# an analyst's own trigger\nblockaded -> attacked\n",
		bad: "blockaded -> attacked\nbesieged -> surrounded\n",
	} {
		if err := os.WriteFile(name, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	facts := func(args ...string) []string {
		t.Helper()
		var out, errb bytes.Buffer
		if err := run(context.Background(), append([]string{"extract"}, args...), nil, &out, &errb); err != nil {
			t.Fatalf("extract %q: %v\n%s", args, err, errb.String())
		}
		var rec struct {
			Facts []struct {
				Type     string
				From, To struct{ Name string }
				Modality string
			}
		}
		if err := json.Unmarshal(out.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range rec.Facts {
			got = append(got, f.From.Name+" -"+f.Type+"-> "+f.To.Name+" ("+f.Modality+")")
		}
		return got
	}
	if got := facts(doc); len(got) != 0 {
		t.Fatalf("without a lexicon: %q, want no fact", got)
	}
	want := "Turkey -attacked-> Armenia (asserted)"
	if got := facts("--lexicon", lex, doc); len(got) != 1 || got[0] != want {
		t.Errorf("with --lexicon: %q, want [%q]", got, want)
	}
	for _, cmd := range []string{"extract", "load"} {
		var out, errb bytes.Buffer
		err := run(context.Background(), []string{cmd, "--data", filepath.Join(dir, "data"), "--lexicon", bad, doc}, nil, &out, &errb)
		if cmd == "extract" {
			err = run(context.Background(), []string{cmd, "--lexicon", bad, doc}, nil, &out, &errb)
		}
		if err == nil || !strings.Contains(err.Error(), "bad.lex:2") || !strings.Contains(err.Error(), `unknown relation type "surrounded"`) {
			t.Errorf("%s with a malformed lexicon: error %v, want bad.lex:2 refused", cmd, err)
		}
	}
	data := filepath.Join(dir, "store")
	var out, errb bytes.Buffer
	if err := run(context.Background(), []string{"load", "--data", data, "--lexicon", lex, doc}, nil, &out, &errb); err != nil {
		t.Fatalf("load --lexicon: %v\n%s", err, errb.String())
	}
	if s := statsJSON(t, data); s.Edges != 1 {
		t.Errorf("load --lexicon: %d edges, want the 1 the user trigger finds", s.Edges)
	}
}
