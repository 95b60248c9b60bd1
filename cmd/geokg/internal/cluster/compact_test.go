package cluster

import (
	"encoding/json"
	"errors"
	"reflect"
	"testing"

	"github.com/geokg/geokg/cmd/geokg/internal/cluster/natstest"
	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader"
	"github.com/geokg/geokg/seeds"
)

// sameDecoded fails the test unless the op's JSON as a version before the
// wire form wrote it (plain) and its wire form decode to the same op.
func sameDecoded(t *testing.T, name string, plain, wire []byte) {
	t.Helper()
	want, err := decodeOp(plain)
	if err != nil {
		t.Fatal(err)
	}
	got, err := decodeOp(wire)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%s: the wire form decodes to other extractions than the whole op", name)
	}
}

// TestCompactOpsRoundTrip checks that an ingest op compacted for the log
// decodes to the same extraction as the op sent whole, for the seeds and
// documents remixed from them, that the log carries much less, and that an
// extraction that could not be restored exactly is sent whole.
func TestCompactOpsRoundTrip(t *testing.T) {
	ins, err := seeds.Inputs()
	if err != nil {
		t.Fatal(err)
	}
	var whole, compact int
	for _, in := range append(ins, natstest.Remix(natstest.SeedTexts(t), 200, 3)...) {
		op := &Op{Type: OpIngest, Extraction: loader.Extract(in.Text, in.Meta)}
		plain, _ := json.Marshal(op) // as a version before the wire form wrote it
		wire, _ := encodeWire(op.wire())
		sameDecoded(t, in.Name, plain, wire)
		whole, compact = whole+len(plain), compact+len(wire)
	}
	if compact*10 > whole*6 {
		t.Errorf("compact ops take %d bytes, whole ones %d: want at most 60%%", compact, whole)
	}
	t.Logf("compact ops: %d bytes, whole: %d (%.0f%%)", compact, whole, 100*float64(compact)/float64(whole))

	doc := graph.Document{ID: "doc:ab", Text: "Mali and France. Oslo."}
	for _, c := range []struct {
		name    string
		m       graph.Mention
		compact bool
	}{
		{"the document's sentence", graph.Mention{DocumentID: "doc:ab", Start: 0, End: 16, Text: "Mali and France."}, true},
		{"another text at the offsets", graph.Mention{DocumentID: "doc:ab", Start: 0, End: 16, Text: "Mali, France."}, true},
		{"another document", graph.Mention{DocumentID: "doc:cd", Start: 17, End: 22, Text: "Oslo."}, true},
		{"offsets outside the text", graph.Mention{DocumentID: "doc:ab", Start: 10, End: 99, Text: "x"}, true},
		{"empty text", graph.Mention{DocumentID: "doc:ab", Start: 0, End: 16}, false},
		{"no document", graph.Mention{Start: 0, End: 16, Text: "Mali and France."}, false},
	} {
		x := &graph.Extraction{Document: doc, Edges: []graph.Edge{{ID: "edge:1", Mentions: []graph.Mention{c.m}}}}
		w := (&Op{Type: OpIngest, Extraction: x}).wire()
		if w.Compact != c.compact {
			t.Errorf("%s: compact %v, want %v", c.name, w.Compact, c.compact)
		}
		data, _ := encodeWire(w)
		got, err := decodeOp(data)
		if err != nil {
			t.Fatal(err)
		}
		if m := got.Extraction.Edges[0].Mentions[0]; m != c.m {
			t.Errorf("%s: decoded %+v, want %+v", c.name, m, c.m)
		}
		if x.Edges[0].Mentions[0] != c.m {
			t.Errorf("%s: compacting changed the extraction", c.name)
		}
	}
}

// TestCompactOpSplittingACharacterRefused: a compact op whose mention
// offsets fall inside a character of its text would decode to a mention
// text that is not UTF-8, which its CBOR wire form cannot carry (a node
// would then fail on the op it accepted); it is refused with ErrBadOp. The
// same offsets on a character's edges decode.
func TestCompactOpSplittingACharacterRefused(t *testing.T) {
	doc := graph.Document{ID: "doc:s", Text: "Zürich and Genève."}
	for _, c := range []struct {
		start, end int
		ok         bool
	}{
		{0, 7, true},  // "Zürich"
		{0, 2, false}, // "Z" and half of "ü"
		{2, 7, false}, // the other half of "ü", then "rich"
	} {
		m := graph.Mention{Start: c.start, End: c.end}
		op := &Op{Type: OpIngest, Compact: true, Extraction: &graph.Extraction{Document: doc,
			Entities:       []graph.Entity{{ID: "place:zurich", Kind: graph.KindPlace, Name: "Zürich"}},
			EntityMentions: map[string][]graph.Mention{"place:zurich": {m}}}}
		data, err := json.Marshal(op)
		if err != nil {
			t.Fatal(err)
		}
		got, err := decodeOp(data)
		switch {
		case c.ok && err != nil:
			t.Errorf("%d-%d: %v", c.start, c.end, err)
		case c.ok && got.Extraction.EntityMentions["place:zurich"][0].Text != doc.Text[c.start:c.end]:
			t.Errorf("%d-%d: text %q", c.start, c.end, got.Extraction.EntityMentions["place:zurich"][0].Text)
		case !c.ok && !errors.Is(err, ErrBadOp):
			t.Errorf("%d-%d: decodeOp = %v, want ErrBadOp", c.start, c.end, err)
		}
	}
}
