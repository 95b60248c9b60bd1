package loader

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestUserLexicon checks that a user lexicon of one line turns a sentence
// that gave nothing into the expected fact, for triggers, organizations,
// persons and aliases, and that the default lexicon is left unchanged.
func TestUserLexicon(t *testing.T) {
	cases := []struct {
		name, lexicon, text string
		want                []string
	}{
		{"trigger", "blockaded -> attacked", "Turkey blockaded Armenia in 1993.",
			[]string{"Turkey -attacked-> Armenia (asserted)"}},
		{"unicode arrow and phrase", "laid siege to → attacked args=direct", "Serbia laid siege to Croatia.",
			[]string{"Serbia -attacked-> Croatia (asserted)"}},
		{"noun trigger", "blockade -> attacked frame=noun args=of,on", "The blockade of Qatar by Saudi Arabia lasted three years.",
			[]string{"Saudi Arabia -attacked-> Qatar (asserted)"}},
		{"organization", "org Valley Defence Brigade | VDB ; country=IRQ", "The VDB attacked Syria on Monday.",
			[]string{"Valley Defence Brigade -attacked-> Syria (asserted)"}},
		{"alias of a state", "alias Russia | Rossiya", "Rossiya invaded Ukraine.",
			[]string{"Russia -invaded-> Ukraine (asserted)"}},
		{"person", "person Kaja Kallas | Kallas ; country=EST", "Kallas visited Kyiv on Tuesday.",
			[]string{"Kaja Kallas -visited-> Kyiv (asserted)"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lx, err := DefaultLexicon().Extend("user.lex", strings.NewReader(c.lexicon))
			if err != nil {
				t.Fatal(err)
			}
			got := factStrings(lx.Extract(c.text, Meta{}))
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("with %q: %q\n got %q\nwant %q", c.lexicon, c.text, got, c.want)
			}
			if base := factStrings(Extract(c.text, Meta{})); reflect.DeepEqual(base, c.want) {
				t.Errorf("without the lexicon %q already gives %q: the case tests nothing", c.text, base)
			}
		})
	}
}

// TestLexiconErrors checks that a malformed line is refused with its file
// and line number.
func TestLexiconErrors(t *testing.T) {
	cases := []struct{ text, want string }{
		{"# my triggers\n\nblockaded -> besieged\n", "user.lex:3: unknown relation type \"besieged\""},
		{"blockaded -> attacked frame=adverb", "user.lex:1: unknown frame"},
		{"blockaded -> attacked conf=2", "user.lex:1: conf"},
		{"blockaded -> attacked weight=2", "user.lex:1: unknown option"},
		{"downed -> attacked object=two", "user.lex:1: unknown object"},
		{"blockaded ->", "user.lex:1: no relation type"},
		{"-> attacked", "user.lex:1: trigger without a word"},
		{"  indented first", "user.lex:1: continuation line"},
		{"org Militia X\nwords role-words: warlord", "user.lex:2: word lists are built in"},
		{"person Jane Roe ; country=XXX", "user.lex:1: unknown state code"},
		{"person Jane Roe ; born=1970", "user.lex:1: option"},
		{"alias Atlantis | Atlantica", "user.lex:1: alias of unknown entity"},
		{"alias Russia", "user.lex:1: want \"alias"},
		{"trigger blockaded", "user.lex:1: unknown statement"},
	}
	for _, c := range cases {
		_, err := DefaultLexicon().Extend("user.lex", strings.NewReader(c.text))
		if err == nil || !errors.Is(err, ErrBadLexicon) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: error %v, want ErrBadLexicon with %q", c.text, err, c.want)
		}
	}
}

// TestLoadLexicon checks LoadLexicon on files: several files add up, a
// missing file is an error, and continuation lines join their statement.
func TestLoadLexicon(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.lex")
	b := filepath.Join(dir, "b.lex")
	os.WriteFile(a, []byte("blockaded,\n\tblockades -> attacked\n"), 0o644)
	os.WriteFile(b, []byte("org Valley Defence Brigade | VDB ; country=IRQ\n"), 0o644)
	lx, err := LoadLexicon(a, b)
	if err != nil {
		t.Fatal(err)
	}
	got := factStrings(lx.Extract("The VDB blockades Syria.", Meta{}))
	if want := []string{"Valley Defence Brigade -attacked-> Syria (asserted)"}; !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if _, err := LoadLexicon(filepath.Join(dir, "missing.lex")); err == nil {
		t.Error("missing lexicon file: no error")
	}
}

// TestExpandBraces checks the {a,b} alternation of trigger forms.
func TestExpandBraces(t *testing.T) {
	got := expandBraces("{hold,held} {talks,a  call}")
	want := []string{"hold talks", "hold a call", "held talks", "held a call"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestLexiconDeterministic checks that two lexicons built from the same
// files extract the same record, byte for byte, as the embedded one does
// for text the user lines do not touch.
func TestLexiconDeterministic(t *testing.T) {
	user := "blockaded -> attacked\norg Valley Defence Brigade | VDB ; country=IRQ\nalias Russia | Rossiya\n"
	text := sampleArticle + "\nThe VDB blockaded Syria. Rossiya invaded Ukraine.\n"
	var prev []byte
	for i := 0; i < 3; i++ {
		lx, err := DefaultLexicon().Extend("user.lex", strings.NewReader(user))
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(NewRecord("a.txt", lx.Extract(text, Meta{})))
		if prev != nil && string(b) != string(prev) {
			t.Fatalf("build %d extracts differently:\n%s\n%s", i, prev, b)
		}
		prev = b
	}
	a, _ := json.Marshal(NewRecord("a.txt", Extract(sampleArticle, Meta{})))
	lx, _ := DefaultLexicon().Extend("user.lex", strings.NewReader(user))
	b, _ := json.Marshal(NewRecord("a.txt", lx.Extract(sampleArticle, Meta{})))
	if string(a) != string(b) {
		t.Errorf("a user lexicon changed the extraction of text it does not touch:\n%s\n%s", a, b)
	}
}
