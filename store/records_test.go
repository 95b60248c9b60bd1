package store

import (
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestUnionSorted checks the union and that the slice given is never
// changed, even with room to grow in place.
func TestUnionSorted(t *testing.T) {
	for _, c := range []struct {
		name string
		a    []string
		b    []string
		want []string
	}{
		{"nothing new", []string{"a", "c"}, []string{"c", " a ", ""}, []string{"a", "c"}},
		{"into nothing", nil, []string{"c", "a", "c", " b"}, []string{"a", "b", "c"}},
		{"between and after", []string{"b", "d"}, []string{"e", "a", "c", "d"}, []string{"a", "b", "c", "d", "e"}},
		{"blank only", nil, []string{" ", ""}, nil},
	} {
		a := slices.Grow(slices.Clone(c.a), 8) // room to insert in place
		before := slices.Clone(a[:cap(a)][:len(a)])
		got := unionSorted(a, c.b...)
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: %q", c.name, got)
		}
		if !slices.Equal(a, before) || !slices.Equal(a[:len(c.a)+1][len(c.a):], []string{""}) {
			t.Errorf("%s: the slice given changed: %q", c.name, a[:len(a)+1])
		}
	}
}

// TestContribSet checks the distinct trimmed strings of several lists, put
// in the array given (whatever it held), and that folding a contribution
// that names nothing new into an entity allocates nothing.
func TestContribSet(t *testing.T) {
	buf := [8]string{"stale"}
	got := contribSet(buf[:1], []string{"Kyiv"}, []string{" Kiev", "Kyiv", "", "Kyiv City"})
	if !slices.Equal(got, []string{"Kiev", "Kyiv", "Kyiv City"}) {
		t.Errorf("contribSet: %q", got)
	}
	if &got[0] != &buf[0] {
		t.Error("contribSet did not use the array given")
	}
	if got := contribSet(nil, []string{}); len(got) != 0 {
		t.Errorf("contribSet of nothing: %q", got)
	}
	c := &graph.Entity{ID: "place:kyiv", Kind: graph.KindPlace, Name: "Kyiv", Aliases: []string{"Kiev"}, Roles: []string{"capital"}}
	r := mergeEntity(nil, "doc:a", c)
	if n := testing.AllocsPerRun(100, func() { mergeEntity(r, "doc:b", c) }); n != 0 {
		t.Errorf("folding a contribution of known names allocates %v times", n)
	}
	if r.Names["Kyiv"] != 102 || r.Names["Kiev"] != 102 || r.Roles["capital"] != 102 {
		t.Errorf("names %v, roles %v after 102 contributions", r.Names, r.Roles)
	}
}

// TestContribGroups: contributions added for interleaved entities and
// blocks come out grouped, each group in the order its entries came.
func TestContribGroups(t *testing.T) {
	w := &wtx{}
	adds := []struct {
		id    string
		block uint64
		doc   string
	}{{"a", 1, "d1"}, {"b", 1, "d1"}, {"a", 2, "d2"}, {"a", 1, "d3"}, {"b", 1, "d0"}, {"a", 1, "d2"}}
	for _, a := range adds {
		w.addContrib(a.id, a.block, a.doc, &entityContrib{})
	}
	cw := w.contribs
	got := map[contribGroupKey][]string{}
	for g, entries := range cw.grouped() {
		for _, e := range entries {
			got[cw.groups[g]] = append(got[cw.groups[g]], e.doc)
		}
		if cap(entries) != len(entries) {
			t.Errorf("group %v may grow into the next", cw.groups[g])
		}
	}
	want := map[contribGroupKey][]string{{"a", 1}: {"d1", "d3", "d2"}, {"b", 1}: {"d1", "d0"}, {"a", 2}: {"d2"}}
	if len(got) != len(want) {
		t.Fatalf("groups %v, want %v", got, want)
	}
	for k, docs := range want {
		if !slices.Equal(got[k], docs) {
			t.Errorf("group %v: %q, want %q", k, got[k], docs)
		}
	}
}

// TestStripSharesOneArray: the stripped mention lists of a document share
// one array, each sorted and without repeats, and appending to one copies
// it rather than writing over the next; sorting a list allocates nothing.
func TestStripSharesOneArray(t *testing.T) {
	n := &normalized{sentences: sentences{}, mentions: make([]graph.Mention, 0, 5)}
	a, err := n.strip([]graph.Mention{{Sentence: 2, Start: 5, End: 9, Text: "s2"}, {Sentence: 1, End: 4, Text: "s1"}, {Sentence: 2, Start: 5, End: 9, Text: "s2"}})
	if err != nil {
		t.Fatal(err)
	}
	b, err := n.strip([]graph.Mention{{Sentence: 3, End: 2, DocumentID: "doc:x", Text: "s3"}})
	if err != nil {
		t.Fatal(err)
	}
	wantA := []graph.Mention{{Sentence: 1, End: 4}, {Sentence: 2, Start: 5, End: 9}}
	if !slices.Equal(a, wantA) || !slices.Equal(b, []graph.Mention{{Sentence: 3, End: 2}}) {
		t.Fatalf("stripped %v and %v", a, b)
	}
	if &a[0] != &n.mentions[0] || &b[0] != &n.mentions[3] {
		t.Error("the lists are not slices of the document's array")
	}
	if grown := append(a, graph.Mention{Sentence: 9}, graph.Mention{Sentence: 10}); len(grown) != 4 ||
		!slices.Equal(b, []graph.Mention{{Sentence: 3, End: 2}}) {
		t.Errorf("appending to one list changed the next: %v", b)
	}
	if n.sentences[sentenceRef{Sentence: 2, Start: 5, End: 9}] != "s2" {
		t.Errorf("sentences recorded: %v", n.sentences)
	}
	if _, err := n.strip([]graph.Mention{{Sentence: 1, End: 4, Text: "other"}}); err == nil {
		t.Error("a mention disagreeing on a sentence's text was taken")
	}
	ms := []graph.Mention{{Sentence: 3}, {Sentence: 1}, {Sentence: 2}, {Sentence: 1}}
	buf := slices.Clone(ms)
	if allocs := testing.AllocsPerRun(10, func() { copy(buf, ms); sortMentions(buf) }); allocs != 0 {
		t.Errorf("sorting mentions allocates %v times", allocs)
	}
}
