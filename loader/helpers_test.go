package loader

import (
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestCountFields checks countFields against len(strings.Fields).
func TestCountFields(t *testing.T) {
	cases := []string{"", " ", "a", " a ", "a b", "a\tb\nc", "  many   spaces  here ", "non\u00a0breaking", "x\u2003y", "\x85a", "bad\xffutf8 word", "Émile Zola"}
	for _, c := range cases {
		if got, want := countFields(c), len(strings.Fields(c)); got != want {
			t.Errorf("countFields(%q) = %d, want %d", c, got, want)
		}
	}
}

// TestLookupLower checks lookupLower against a lookup of strings.ToLower.
func TestLookupLower(t *testing.T) {
	m := map[string]bool{"and": true, "émile": true, strings.Repeat("a", 70): true}
	cases := []string{"and", "AND", "And", "an", "Émile", "ÉMILE", strings.Repeat("A", 70), "", "x"}
	for _, c := range cases {
		if got, want := lookupLower(m, c), m[strings.ToLower(c)]; got != want {
			t.Errorf("lookupLower(%q) = %v, want %v", c, got, want)
		}
	}
}

// TestTokenFlagsMatchMaps checks that the membership flags of a token agree
// with the maps they stand for.
func TestTokenFlagsMatchMaps(t *testing.T) {
	text := "Russia accused Ukraine on Monday of attacks; talks in May were held, said officials speaking to AFP. The U.S. visited Beijing."
	toks := tokenize(text, lowerASCII(text), span{0, len(text)}, defaultLexicon.flags, nil)
	for _, tk := range toks {
		if tk.kind != tokWord {
			continue
		}
		_, v := defaultLexicon.verbs[tk.key]
		_, n := defaultLexicon.nouns[tk.key]
		_, p := defaultLexicon.phrases[tk.key]
		_, g := defaultLexicon.idx.byFirst[tk.key]
		_, mo := monthNames[tk.key]
		_, wd := weekdayNames[tk.key]
		_, cw := countWords[tk.key]
		checks := []struct {
			f  lexFlag
			in bool
		}{{fVerbTrig, v}, {fNounTrig, n}, {fPhraseTrig, p}, {fSpeaking, speakingVerbs[tk.key]}, {fGazFirst, g}, {fMonth, mo}, {fWeekday, wd}, {fCount, cw}}
		for _, c := range checks {
			if (tk.flags&c.f != 0) != c.in {
				t.Errorf("token %q flag %b = %v, map membership %v", tk.key, c.f, tk.flags&c.f != 0, c.in)
			}
		}
	}
}

// TestCountUniq checks countUniq against len(uniq).
func TestCountUniq(t *testing.T) {
	cases := [][]string{nil, {}, {"a"}, {"a", "a"}, {"a", "b", "a", "c", "b"}, {"x", "y", "z"}}
	for _, c := range cases {
		if got, want := countUniq(c), len(uniq(c)); got != want {
			t.Errorf("countUniq(%q) = %d, want %d", c, got, want)
		}
	}
}

// TestLowerASCII checks lowerASCII: ASCII letters lower-cased, every other
// byte (and so every offset) kept.
func TestLowerASCII(t *testing.T) {
	cases := []struct{ in, want string }{
		{"", ""}, {"abc", "abc"}, {"ABC", "abc"}, {"Hello, World!", "hello, world!"},
		{"Émile ÀB x", "Émile Àb x"}, {"A", "a"}, {"zZ9", "zz9"},
	}
	for _, c := range cases {
		if got := lowerASCII(c.in); got != c.want || len(got) != len(c.in) {
			t.Errorf("lowerASCII(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestASCIISlug checks asciiSlug against graph.Slug on tricky strings and on
// every name of the gazetteer index: where it answers, it answers the same.
func TestASCIISlug(t *testing.T) {
	names := []string{"", " ", "-", "_x_", " _Kyiv Post_ ", "a - b", "a--b", "a_-_b", "a_ _b", "U.S. Navy", "O'Neill",
		"Korea, Republic of", "AT&T", "me@x", "Erdoğan", "\tTabbed\n", "(IRGC-QF)", "153 Task Force Battalion", "--a--", "x\x01y", "New People's Army", "a ' b", "'x'", "\"Quoted\" Name"}
	for _, entries := range defaultLexicon.idx.byFirst {
		for _, e := range entries {
			names = append(names, e.surface, e.ent.name)
		}
	}
	answered := 0
	for _, n := range names {
		got, ok := asciiSlug(n)
		if !ok {
			continue
		}
		answered++
		if want := graph.Slug(n); got != want {
			t.Errorf("asciiSlug(%q) = %q, graph.Slug = %q", n, got, want)
		}
	}
	if answered < 1000 {
		t.Errorf("asciiSlug answered only %d names", answered)
	}
}
