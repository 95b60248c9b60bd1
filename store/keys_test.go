package store

import (
	"bytes"
	"encoding/json"
	"reflect"
	"slices"
	"sort"
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestDateKeysSortAsISOStrings(t *testing.T) {
	// Unknown first, then a year before its months, a month before its days.
	dates := []string{"", "2022-12-31", "2023", "2023-01", "2023-01-01", "2023-01-02", "2023-02", "2024"}
	keys := make([][]byte, len(dates))
	for i, d := range dates {
		keys[i] = edgeTypeKey(graph.Visited, d, "edge:x")
	}
	shuffled := slices.Clone(keys)
	slices.Reverse(shuffled)
	sort.Slice(shuffled, func(i, j int) bool { return bytes.Compare(shuffled[i], shuffled[j]) < 0 })
	for i := range keys {
		if !bytes.Equal(keys[i], shuffled[i]) {
			t.Fatalf("date keys out of order at %d: got %q, want %q", i, shuffled[i], keys[i])
		}
	}
}

func TestLengthPrefixKeepsScansApart(t *testing.T) {
	// A scan of lp("state:US")'s adjacency must not reach lp("state:USA")'s.
	prefix := adjPrefix(pOut, "state:US")
	other := adjKey(pOut, "state:USA", graph.Visited, "2023", "edge:1")
	if bytes.HasPrefix(other, prefix) {
		t.Fatalf("adjacency key of state:USA %q has prefix of state:US %q", other, prefix)
	}
	tests := []struct {
		name  string
		k     []byte
		under []byte
		want  bool
	}{
		{"contribution of own entity", entityContribKey("person:a", "doc:1"), entityContribPrefix("person:a"), true},
		{"contribution of longer ID", entityContribKey("person:ab", "doc:1"), entityContribPrefix("person:a"), false},
		{"edge contribution", edgeContribKey("edge:1", "doc:1"), edgeContribPrefix("edge:1"), true},
		{"edge contribution of longer ID", edgeContribKey("edge:12", "doc:1"), edgeContribPrefix("edge:1"), false},
		{"facts of own document", docFactsKey("doc:1", 3), docFactsPrefix("doc:1"), true},
		{"facts of longer ID", docFactsKey("doc:12", 0), docFactsPrefix("doc:1"), false},
		{"adjacency by type", adjKey(pIn, "state:PRK", graph.Met, "", "edge:1"), adjPrefix(pIn, "state:PRK").lp(string(graph.Met)), true},
		{"adjacency of other direction", adjKey(pIn, "state:PRK", graph.Met, "", "edge:1"), adjPrefix(pOut, "state:PRK"), false},
	}
	for _, tc := range tests {
		if got := bytes.HasPrefix(tc.k, tc.under); got != tc.want {
			t.Errorf("%s: HasPrefix = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestKeyPartsRoundTrip(t *testing.T) {
	k := adjKey(pOut, "person:kim-jong-un", graph.Accused, "2023-09", "edge:abc")
	r := reader{b: k[1:]}
	node, typ, date, id := r.lp(), r.lp(), r.date(), r.rest()
	if r.bad || node != "person:kim-jong-un" || typ != "accused" || date != "2023-09" || id != "edge:abc" {
		t.Errorf("adjacency key parts = %q %q %q %q (bad %v)", node, typ, date, id, r.bad)
	}
	o := docOrderKey(1<<40+7, "doc:1")
	r = reader{b: o[1:]}
	if seq, id := r.u64(), r.rest(); r.bad || seq != 1<<40+7 || id != "doc:1" {
		t.Errorf("order key parts = %d %q", seq, id)
	}
	if bytes.Compare(docOrderKey(255, "doc:z"), docOrderKey(256, "doc:a")) >= 0 {
		t.Error("load-order keys do not sort by number")
	}
	v := edgeIdx{Type: graph.Supplied, From: "state:PRK", To: "state:RUS", Modality: graph.Alleged}
	got, ok := decodeEdgeIdx(v.encode())
	if !ok || got != v {
		t.Errorf("edgeIdx round trip = %+v, %v", got, ok)
	}
	for _, bad := range [][]byte{nil, {0}, {0, 5, 'a'}} {
		if _, ok := decodeEdgeIdx(bad); ok {
			t.Errorf("decodeEdgeIdx(%v) accepted a truncated value", bad)
		}
	}
}

func TestMergeEntityOrderIndependent(t *testing.T) {
	contribs := []struct {
		doc string
		e   graph.Entity
	}{
		{"doc:b", graph.Entity{ID: "person:x", Kind: graph.KindPerson, Name: "X Two", Aliases: []string{"X"}, Roles: []string{"b"}, Country: "state:BBB"}},
		{"doc:a", graph.Entity{ID: "person:x", Kind: graph.KindPerson, Name: "X One", Roles: []string{"a"}, Codes: graph.Codes{Wikidata: "Q1"}}},
		{"doc:c", graph.Entity{ID: "person:x", Kind: graph.KindPerson, Name: "X Three", Country: "state:CCC", Codes: graph.Codes{Wikidata: "Q3"}}},
	}
	var want *entityRec
	for _, perm := range [][]int{{0, 1, 2}, {2, 1, 0}, {1, 0, 2}, {2, 0, 1}} {
		var r *entityRec
		for _, i := range perm {
			r = mergeEntity(r, contribs[i].doc, &contribs[i].e)
		}
		if want == nil {
			want = r
			e := r.entity()
			if e.Name != "X One" || e.Country != "state:BBB" || e.Codes.Wikidata != "Q1" ||
				!slices.Equal(e.Aliases, []string{"X", "X Three", "X Two"}) || !slices.Equal(e.Roles, []string{"a", "b"}) {
				t.Fatalf("merged entity = %+v", e)
			}
			continue
		}
		if !reflect.DeepEqual(r, want) {
			t.Errorf("order %v gives %+v, want %+v", perm, r, want)
		}
	}
}

func TestUnmergeEntity(t *testing.T) {
	a := graph.Entity{ID: "state:AAA", Kind: graph.KindState, Name: "A", Aliases: []string{"Alpha"}, Codes: graph.Codes{ISO3: "AAA"}}
	b := graph.Entity{ID: "state:AAA", Kind: graph.KindState, Name: "A", Aliases: []string{"Alpha", "Aa"}, Roles: []string{"r"}}
	c := graph.Entity{ID: "state:AAA", Kind: graph.KindState, Name: "Ay", Codes: graph.Codes{Wikidata: "Q1"}}
	fold := func(docs ...string) *entityRec {
		var r *entityRec
		for _, d := range docs {
			r = mergeEntity(r, d, map[string]*graph.Entity{"doc:a": &a, "doc:b": &b, "doc:c": &c}[d])
		}
		return r
	}
	tests := []struct {
		name   string
		doc    string
		e      *graph.Entity
		want   *entityRec
		unfold bool
	}{
		{"non-winner unfolds", "doc:b", &b, fold("doc:a", "doc:c"), true},
		{"name winner needs a rebuild", "doc:a", &a, nil, false},
		{"code winner needs a rebuild", "doc:c", &c, nil, false},
	}
	for _, tc := range tests {
		got, ok := unmergeEntity(fold("doc:a", "doc:b", "doc:c"), tc.doc, tc.e)
		if ok != tc.unfold {
			t.Errorf("%s: ok = %v, want %v", tc.name, ok, tc.unfold)
			continue
		}
		if ok && !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: got %+v, want %+v", tc.name, got, tc.want)
		}
	}
	last, ok := unmergeEntity(fold("doc:b"), "doc:x", &b)
	if !ok || last != nil {
		t.Errorf("removing the last contribution = %+v, %v; want nil, true", last, ok)
	}
}

// FuzzDecodeEdgeIdx checks that decoding never panics and that what decodes
// encodes back to the same bytes.
func FuzzDecodeEdgeIdx(f *testing.F) {
	f.Add(edgeIdx{Type: graph.Met, From: "person:a", To: "person:b", Modality: graph.Asserted}.encode())
	f.Add([]byte{0, 1})
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		v, ok := decodeEdgeIdx(b)
		if !ok {
			return
		}
		if enc := v.encode(); !bytes.HasPrefix(b, enc) {
			t.Errorf("decode(%x) = %+v, encodes to %x", b, v, enc)
		}
	})
}

// TestDocRecordForms checks the binary document record round trip and that
// a JSON record, as stores written before it hold, still reads.
func TestDocRecordForms(t *testing.T) {
	docs := []docRec{
		{Seq: 7, Doc: graph.Document{ID: "d1", Title: "T", URL: "https://x/y", Source: "S",
			Published: graph.Date{Value: "2023-11-15", Precision: "day"}, Text: "Some text. {\"not json\"}"}},
		{Seq: 1 << 40, Doc: graph.Document{ID: "d2", Text: ""}},
		{Seq: 0, Doc: graph.Document{ID: "d3", Published: graph.Date{Value: "2023", Precision: "year"}, Text: "{"}},
	}
	for _, want := range docs {
		var got docRec
		if err := decodeDocRec(want.encode(), &got); err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("binary round trip of %+v: got %+v, %v", want, got, err)
		}
		js, err := json.Marshal(want)
		if err != nil {
			t.Fatal(err)
		}
		got = docRec{}
		if err := decodeDocRec(js, &got); err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("JSON record %s: got %+v, %v", js, got, err)
		}
	}
	for _, bad := range [][]byte{nil, {binaryV1}, {9, 0, 0, 0, 0, 0, 0, 0, 0}, append([]byte{binaryV1, 0, 0, 0, 0, 0, 0, 0, 1}, 0, 5, 'a')} {
		if err := decodeDocRec(bad, &docRec{}); err == nil {
			t.Errorf("corrupt record %v decoded", bad)
		}
	}
}

// TestEntityContribForms checks the binary entity contribution round trip
// and that a JSON one, as stores written before it hold, still reads.
func TestEntityContribForms(t *testing.T) {
	cs := []entityContrib{
		{Entity: graph.Entity{ID: "state:USA", Kind: graph.KindState, Name: "United States", Aliases: []string{"U.S.", "US"},
			Codes: graph.Codes{ISO3: "USA", Wikidata: "Q30"}},
			Mentions: []graph.Mention{{Sentence: 0, Start: 0, End: 12}, {Sentence: 300, Start: 70000, End: 70100}}},
		{Entity: graph.Entity{ID: "person:x-y", Kind: graph.KindPerson, Name: "X Y", Country: "state:FRA", Roles: []string{"Minister"}}},
	}
	for _, want := range cs {
		var got entityContrib
		if err := decodeEntityContrib(want.encode(), &got); err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("binary round trip of %+v: got %+v, %v", want, got, err)
		}
		js, err := json.Marshal(want)
		if err != nil {
			t.Fatal(err)
		}
		got = entityContrib{}
		if err := decodeEntityContrib(js, &got); err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("JSON contribution %s: got %+v, %v", js, got, err)
		}
	}
	good := cs[0].encode()
	for _, bad := range [][]byte{nil, {binaryV1}, good[:len(good)-1], append(bytes.Clone(good), 0), {7, 0, 0}} {
		if err := decodeEntityContrib(bad, &entityContrib{}); err == nil {
			t.Errorf("corrupt contribution %v decoded", bad)
		}
	}
}

// TestEdgeRecordForms checks the binary edge record round trip and that a
// JSON one, as stores written before it hold, still reads.
func TestEdgeRecordForms(t *testing.T) {
	rs := []edgeRec{
		{Edge: graph.Edge{ID: "edge:1", Type: graph.Met, From: "person:a", To: "state:USA",
			Date: graph.Date{Value: "2023-11", Precision: "month"}, Modality: graph.Asserted, Confidence: 0.85,
			EventID: "event:2"}, EventDoc: "doc:9", Events: []string{"event:2", "event:3"}},
		{Edge: graph.Edge{ID: "edge:2", Type: "blockaded", From: "state:A", To: "state:B", Modality: graph.Alleged,
			AttributedTo: "person:c", Confidence: 1}},
	}
	for _, want := range rs {
		var got edgeRec
		if err := decodeEdgeRec(want.encode(), &got); err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("binary round trip of %+v: got %+v, %v", want, got, err)
		}
		js, err := json.Marshal(want)
		if err != nil {
			t.Fatal(err)
		}
		got = edgeRec{}
		if err := decodeEdgeRec(js, &got); err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("JSON record %s: got %+v, %v", js, got, err)
		}
	}
	good := rs[0].encode()
	for _, bad := range [][]byte{nil, {binaryV1}, good[:len(good)-1], append(bytes.Clone(good), 0)} {
		if err := decodeEdgeRec(bad, &edgeRec{}); err == nil {
			t.Errorf("corrupt record %v decoded", bad)
		}
	}
}

// TestEdgeContribForms checks the binary edge contribution round trip and
// that a JSON one, as stores written before it hold, still reads.
func TestEdgeContribForms(t *testing.T) {
	cs := []edgeContrib{
		{Confidence: 0.7, Event: "event:1", Mentions: []graph.Mention{{Sentence: 2, Start: 100, End: 180}}},
		{Confidence: 1, Mentions: []graph.Mention{{Sentence: 0, Start: 0, End: 5}, {Sentence: 1, Start: 6, End: 9}}},
	}
	for _, want := range cs {
		b, err := encodeEdgeContrib(&want)
		if err != nil {
			t.Fatal(err)
		}
		if n, _, _ := splitEdgeContrib(b); n != len(want.Mentions) {
			t.Errorf("mention count %d, want %d", n, len(want.Mentions))
		}
		if got, err := decodeEdgeContrib(b); err != nil || !reflect.DeepEqual(*got, want) {
			t.Errorf("binary round trip of %+v: got %+v, %v", want, got, err)
		}
		js, err := json.Marshal(want)
		if err != nil {
			t.Fatal(err)
		}
		legacy := append([]byte{0, 0, 0, byte(len(want.Mentions))}, js...)
		if got, err := decodeEdgeContrib(legacy); err != nil || !reflect.DeepEqual(*got, want) {
			t.Errorf("JSON contribution %s: got %+v, %v", js, got, err)
		}
		if _, err := decodeEdgeContrib(b[:len(b)-1]); err == nil {
			t.Errorf("truncated contribution decoded")
		}
	}
}

// TestEntityRecordForms checks the binary entity record round trip and that
// a JSON one, as stores written before it hold, still reads.
func TestEntityRecordForms(t *testing.T) {
	rs := []entityRec{
		{ID: "state:USA", Kind: graph.KindState, Name: "United States", Codes: graph.Codes{ISO3: "USA", Wikidata: "Q30"},
			Docs: 300, Names: map[string]int{"United States": 300, "US": 12}, NameDoc: "doc:1", ISO3Doc: "doc:1", WikidataDoc: "doc:2"},
		{ID: "person:a-b", Kind: graph.KindPerson, Name: "A B", Country: "state:FRA", Docs: 1,
			Names: map[string]int{"A B": 1}, Roles: map[string]int{"Minister": 1}, NameDoc: "doc:3", CountryDoc: "doc:3"},
	}
	for _, want := range rs {
		var got entityRec
		if err := decodeEntityRec(want.encode(), &got); err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("binary round trip of %+v: got %+v, %v", want, got, err)
		}
		js, err := json.Marshal(want)
		if err != nil {
			t.Fatal(err)
		}
		got = entityRec{}
		if err := decodeEntityRec(js, &got); err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("JSON record %s: got %+v, %v", js, got, err)
		}
		if b := want.encode(); decodeEntityRec(b[:len(b)-1], &entityRec{}) == nil {
			t.Errorf("truncated record decoded")
		}
	}
}

// TestEventFormsRoundTrip checks the binary event record and contribution
// round trips and that JSON ones, as stores written before hold, still read.
func TestEventFormsRoundTrip(t *testing.T) {
	ev := graph.Event{ID: "event:1", Type: graph.Met, Date: graph.Date{Value: "2024-02-03", Precision: "day"}, Place: "place:x",
		Actors: []string{"person:a"}, Targets: []string{"state:B", "state:C"}, Modality: graph.Asserted,
		Mentions: []graph.Mention{{Sentence: 4, Start: 10, End: 90}}}
	var got graph.Event
	if err := decodeEventContrib(encodeEventContrib(&ev), &got); err != nil || !reflect.DeepEqual(got, ev) {
		t.Errorf("contribution round trip: got %+v, %v", got, err)
	}
	js, _ := json.Marshal(ev)
	got = graph.Event{}
	if err := decodeEventContrib(js, &got); err != nil || !reflect.DeepEqual(got, ev) {
		t.Errorf("JSON contribution: got %+v, %v", got, err)
	}
	rec := eventRec{Event: ev, BaseDoc: "doc:1", PlaceDoc: "doc:2"}
	rec.Event.Mentions = nil
	rec.Event.Actors = []string{}
	var gotRec eventRec
	if err := decodeEventRec(rec.encode(), &gotRec); err != nil || !reflect.DeepEqual(gotRec, rec) {
		t.Errorf("record round trip: got %+v, %v", gotRec, err)
	}
	b := rec.encode()
	if decodeEventRec(b[:len(b)-1], &eventRec{}) == nil || decodeEventContrib([]byte{binaryV1, 0, 1}, &graph.Event{}) == nil {
		t.Errorf("corrupt event data decoded")
	}
}

// TestPairRecRoundTrip: a pair record with every field set reads back as
// written, from its binary encoding and from the JSON of older stores; a
// cut or padded encoding is an error.
func TestPairRecRoundTrip(t *testing.T) {
	r := pairRec{
		graph.Met: {Docs: 3, Mentions: 7, Edges: 2, Last: "2023-11-14", LastEdge: "edge:aa",
			Head: lastHead{Type: graph.Met, Dir: pairBA, Modality: graph.Asserted, Confidence: 0.75, Event: "event:bb"}},
		graph.Supplied: {Docs: 1, Mentions: 1, Edges: 1, LastEdge: "edge:cc",
			Head: lastHead{Type: graph.Supplied, Modality: graph.Alleged, AttributedTo: "state:KOR", Confidence: 0.5}},
	}
	js, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range [][]byte{r.encode(), js} {
		var got pairRec
		if err := decodePairRec(v, &got); err != nil || !reflect.DeepEqual(got, r) {
			t.Errorf("%.20q read back as %+v (%v), want %+v", v, got, err, r)
		}
	}
	v := r.encode()
	for _, bad := range [][]byte{v[:len(v)-1], append(slices.Clone(v), 0), v[:1]} {
		var got pairRec
		if err := decodePairRec(bad, &got); err == nil {
			t.Errorf("%d bytes of %d read as %+v", len(bad), len(v), got)
		}
	}
}

// TestSizedKeysAsComposed holds the keys built in one buffer of the right
// size to the keys composed from their prefixes, which reads scan by.
func TestSizedKeysAsComposed(t *testing.T) {
	e := &graph.Edge{ID: "edge:1", Type: graph.RelationType("met"), From: "person:b", To: "person:a", Date: graph.Date{Value: "2023-11"}}
	for _, c := range []struct {
		name       string
		got, label []byte
	}{
		{"edge contribution", edgeContribKey("edge:1", "doc:9"), edgeContribPrefix("edge:1").raw("doc:9")},
		{"event contribution", eventContribKey("event:1", "doc:9"), eventContribPrefix("event:1").raw("doc:9")},
		{"pair edge", pairEdgeKey(e), pairEdgeGroup("person:a", "person:b", e.Type, pairBA).date("2023-11").raw("edge:1")},
	} {
		if !bytes.Equal(c.got, c.label) {
			t.Errorf("%s key %q, composed %q", c.name, c.got, c.label)
		}
	}
}

// TestIndexValuesShared checks that an edge's index keys get its edgeIdx,
// encoded once, and an event's participant keys its type.
func TestIndexValuesShared(t *testing.T) {
	r := &edgeRec{Edge: graph.Edge{ID: "edge:1", Type: graph.RelationType("met"), From: "person:a", To: "person:b", Modality: graph.Modality("asserted")}}
	value := indexValues(r, nil)
	keys := edgeIndexKeys(r)
	first := value(keys[0])
	for _, k := range keys[:3] {
		v := value(k)
		got, ok := decodeEdgeIdx(v)
		if !ok || got != (edgeIdx{Type: "met", From: "person:a", To: "person:b", Modality: "asserted"}) {
			t.Fatalf("index value of %q: %+v, %v", k, got, ok)
		}
		if &v[0] != &first[0] {
			t.Errorf("index value of %q encoded again", k)
		}
	}
	ev := &eventRec{Event: graph.Event{ID: "event:1", Type: graph.RelationType("attacked"), Actors: []string{"state:RUS"}, Targets: []string{"state:UKR"}}}
	evValue := indexValues(nil, ev)
	for _, k := range eventIndexKeys(ev)[1:] {
		r := reader{b: evValue(k)}
		if got := r.lp(); got != "attacked" || r.bad {
			t.Errorf("participant key %q: value %q", k, got)
		}
	}
}

// TestContribBlockForms checks that a block written from contributions as a
// write adds them reads as one written from their encodings, which the
// rewrites of blocks (deletions, merges) keep.
func TestContribBlockForms(t *testing.T) {
	long := entityContrib{Entity: graph.Entity{ID: "state:USA", Kind: graph.KindState, Name: "United States"}}
	for i := range 600 { // mentions past the size estimate's three bytes per offset
		long.Mentions = append(long.Mentions, graph.Mention{Sentence: i, Start: 3_000_000 + i, End: 3_000_100 + i})
	}
	cs := []entityContrib{
		{Entity: graph.Entity{ID: "state:USA", Kind: graph.KindState, Name: "US", Aliases: []string{"America"}}},
		long,
		{Entity: graph.Entity{ID: "state:USA", Kind: graph.KindState}},
	}
	docs := []string{"doc:a", "doc:b", "doc:c"}
	var added, encoded []contribEntry
	for i := range cs {
		added = append(added, contribEntry{doc: docs[i], c: &cs[i]})
		encoded = append(encoded, contribEntry{doc: docs[i], raw: cs[i].encode()})
	}
	a, e := encodeContribs(added), encodeContribs(encoded)
	if !bytes.Equal(a, e) {
		t.Fatalf("block from contributions (%d bytes) differs from the block from their encodings (%d bytes)", len(a), len(e))
	}
	i := 0
	err := eachEntityContrib(a, func(doc string, c *entityContrib) (bool, error) {
		if doc != docs[i] || !reflect.DeepEqual(*c, cs[i]) {
			t.Errorf("entry %d: %s %+v", i, doc, c.Entity)
		}
		i++
		return true, nil
	})
	if err != nil || i != len(cs) {
		t.Errorf("read %d of %d entries: %v", i, len(cs), err)
	}
}

// TestDocText checks the text read from a document record, binary (a
// slice of it) and JSON (older stores), for the sentences read from it.
func TestDocText(t *testing.T) {
	rec := docRec{Seq: 7, Doc: graph.Document{ID: "doc:1", Title: "T", URL: "u", Source: "s", Text: "Russia warned Ukraine."}}
	js, err := json.Marshal(rec)
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range [][]byte{rec.encode(), js} {
		if got, err := docText(v); err != nil || string(got) != rec.Doc.Text {
			t.Errorf("text of %.20q: %q, %v", v, got, err)
		}
	}
	bad := rec.encode()[:12]
	if _, err := docText(bad); err == nil {
		t.Error("a cut record read")
	}
}
