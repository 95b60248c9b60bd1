package store_test

import (
	"context"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/store"
)

// TestSentencesFromDocumentText checks where a mention's sentence text
// comes back from: the document's text at its offsets, with no sentence
// table entry, when the text is the document's there; the sentence table
// when it is not (a client's extraction may carry any text).
func TestSentencesFromDocumentText(t *testing.T) {
	ctx := context.Background()
	text := "Russia warned Ukraine on Monday. France urged calm."
	first, second := text[:32], text[33:]
	for _, c := range []struct {
		name     string
		mention  graph.Mention
		want     string
		sentence bool // a sentence table entry is written
	}{
		{"the document's", graph.Mention{Sentence: 1, Start: 33, End: len(text), Text: second}, second, false},
		{"the document's, first", graph.Mention{Sentence: 0, Start: 0, End: 32, Text: first}, first, false},
		{"its own", graph.Mention{Sentence: 1, Start: 33, End: len(text), Text: "France  urged calm."}, "France  urged calm.", true},
		{"past the text", graph.Mention{Sentence: 2, Start: 40, End: len(text) + 5, Text: "Appended."}, "Appended.", true},
	} {
		db := openMem(t)
		x := &graph.Extraction{
			Document:       graph.Document{ID: graph.DocumentID(text), Title: "T", Text: text},
			Entities:       []graph.Entity{{ID: "state:FRA", Kind: graph.KindState, Name: "France"}},
			EntityMentions: map[string][]graph.Mention{"state:FRA": {c.mention}},
		}
		if _, err := db.Ingest(ctx, x); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		ms, err := db.EntitiesMentions(ctx, []string{"state:FRA"})
		if err != nil || len(ms[0]) != 1 {
			t.Fatalf("%s: %v, %v", c.name, ms, err)
		}
		if got := ms[0][0]; got.Text != c.want || got.DocumentID != x.Document.ID {
			t.Errorf("%s: mention %+v, want text %q", c.name, got, c.want)
		}
		keys, err := store.KeysOf(db)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for k := range keys {
			if k[0] == 0x34 {
				n++
				if !strings.Contains(keys[k], c.want) {
					t.Errorf("%s: sentence entry without its text", c.name)
				}
			}
		}
		if (n > 0) != c.sentence {
			t.Errorf("%s: %d sentence table entries", c.name, n)
		}
	}
}
