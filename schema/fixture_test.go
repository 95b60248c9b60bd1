package schema

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"reflect"
	"sync/atomic"
	"testing"
	"time"

	"github.com/graphql-go/graphql"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader"
	"github.com/geokg/geokg/store"
)

// The fixture corpus: three hand-written extractions, stable whatever the
// extractor does. Russia is linked to China (cooperated) and to Ukraine
// (invaded), so Ukraine and China are two edges apart.
func day(s string) graph.Date {
	d, err := graph.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func ment(doc, text string, sentence, start int) graph.Mention {
	return graph.Mention{DocumentID: doc, Sentence: sentence, Start: start, End: start + len(text), Text: text}
}

func mkEdge(t graph.RelationType, from, to string, d graph.Date, m graph.Modality, attr, event string, conf float64, ms ...graph.Mention) graph.Edge {
	from, to = graph.CanonicalEnds(t, from, to)
	return graph.Edge{
		ID: graph.EdgeID(t, from, to, d, m, attr), Type: t, From: from, To: to, Date: d,
		Modality: m, AttributedTo: attr, Confidence: conf, EventID: event, Mentions: ms,
	}
}

var (
	fxRUS    = graph.Entity{ID: "state:RUS", Kind: graph.KindState, Name: "Russia", Aliases: []string{"Moscow", "Russian Federation"}, Roles: []string{}, Codes: graph.Codes{ISO3: "RUS", Wikidata: "Q159"}}
	fxPRK    = graph.Entity{ID: "state:PRK", Kind: graph.KindState, Name: "North Korea", Aliases: []string{"Pyongyang", "DPRK"}, Roles: []string{}, Codes: graph.Codes{ISO3: "PRK", Wikidata: "Q423"}}
	fxKOR    = graph.Entity{ID: "state:KOR", Kind: graph.KindState, Name: "South Korea", Aliases: []string{"Seoul"}, Roles: []string{}, Codes: graph.Codes{ISO3: "KOR", Wikidata: "Q884"}}
	fxUSA    = graph.Entity{ID: "state:USA", Kind: graph.KindState, Name: "United States", Aliases: []string{"Washington", "US"}, Roles: []string{}, Codes: graph.Codes{ISO3: "USA", Wikidata: "Q30"}}
	fxUKR    = graph.Entity{ID: "state:UKR", Kind: graph.KindState, Name: "Ukraine", Aliases: []string{"Kyiv"}, Roles: []string{}, Codes: graph.Codes{ISO3: "UKR", Wikidata: "Q212"}}
	fxCHN    = graph.Entity{ID: "state:CHN", Kind: graph.KindState, Name: "China", Aliases: []string{"Beijing"}, Roles: []string{}, Codes: graph.Codes{ISO3: "CHN", Wikidata: "Q148"}}
	fxKozlov = graph.Entity{ID: "person:alexander-kozlov", Kind: graph.KindPerson, Name: "Alexander Kozlov", Aliases: []string{"Kozlov"}, Country: "state:RUS", Roles: []string{"Minister of Natural Resources"}}
	fxBlinky = graph.Entity{ID: "person:antony-blinken", Kind: graph.KindPerson, Name: "Antony Blinken", Aliases: []string{"Blinken"}, Country: "state:USA", Roles: []string{"Secretary of State"}}
	fxPyong  = graph.Entity{ID: "place:pyongyang", Kind: graph.KindPlace, Name: "Pyongyang", Aliases: []string{}, Country: "state:PRK", Roles: []string{}}
	fxKCNA   = graph.Entity{ID: "org:korean-central-news-agency", Kind: graph.KindOrganization, Name: "Korean Central News Agency", Aliases: []string{"KCNA"}, Country: "state:PRK", Roles: []string{}}
	fxSaoT   = graph.Entity{ID: "state:STP", Kind: graph.KindState, Name: "São Tomé and Príncipe", Aliases: []string{}, Roles: []string{}, Codes: graph.Codes{ISO3: "STP"}}
)

func extraction(text, title, published string, ents []graph.Entity, events []graph.Event, edges []graph.Edge) *graph.Extraction {
	id := graph.DocumentID(text)
	doc := graph.Document{ID: id, Title: title, Source: "fixture", Text: text}
	if published != "" {
		doc.Published = day(published)
	}
	em := map[string][]graph.Mention{}
	for _, e := range ents {
		em[e.ID] = []graph.Mention{ment(id, text, 0, 0)}
	}
	for i := range edges {
		for j := range edges[i].Mentions {
			edges[i].Mentions[j].DocumentID = id
		}
	}
	for i := range events {
		for j := range events[i].Mentions {
			events[i].Mentions[j].DocumentID = id
		}
	}
	return &graph.Extraction{Document: doc, Entities: ents, EntityMentions: em, Events: events, Edges: edges}
}

// fixture returns the fixture corpus, fresh each call (tests may modify it).
func fixture() []*graph.Extraction {
	textA := "Russian minister Alexander Kozlov arrived in Pyongyang on Tuesday, KCNA said. " +
		"South Korea accuses North Korea of having supplied artillery rounds to Moscow."
	s1 := "Russian minister Alexander Kozlov arrived in Pyongyang on Tuesday, KCNA said."
	s2 := "South Korea accuses North Korea of having supplied artillery rounds to Moscow."
	visit := graph.Event{
		ID:   graph.EventID(graph.Visited, []string{fxKozlov.ID}, []string{fxPRK.ID}, day("2023-11-14")),
		Type: graph.Visited, Date: day("2023-11-14"), Place: fxPyong.ID,
		Actors: []string{fxKozlov.ID}, Targets: []string{fxPRK.ID}, Modality: graph.Asserted,
		Mentions: []graph.Mention{ment("", s1, 0, 0)},
	}
	a := extraction(textA, "Kozlov in Pyongyang", "2023-11-15",
		[]graph.Entity{fxKozlov, fxPRK, fxRUS, fxKOR, fxPyong, fxKCNA},
		[]graph.Event{visit},
		[]graph.Edge{
			mkEdge(graph.Visited, fxKozlov.ID, fxPRK.ID, day("2023-11-14"), graph.Asserted, "", visit.ID, 0.9, ment("", s1, 0, 0)),
			mkEdge(graph.Accused, fxKOR.ID, fxPRK.ID, day("2023-11-15"), graph.Asserted, "", "", 0.8, ment("", s2, 1, len(s1)+1)),
			mkEdge(graph.Supplied, fxPRK.ID, fxRUS.ID, graph.Date{}, graph.Alleged, fxKOR.ID, "", 0.7, ment("", s2, 1, len(s1)+1)),
		})

	textB := "Secretary of State Antony Blinken warned Pyongyang in November. " +
		"Washington sanctioned North Korea in 2023, and South Korea again accused the North."
	t1 := "Secretary of State Antony Blinken warned Pyongyang in November."
	t2 := "Washington sanctioned North Korea in 2023, and South Korea again accused the North."
	b := extraction(textB, "Washington and Pyongyang", "2023-11-20",
		[]graph.Entity{fxBlinky, fxUSA, fxPRK, fxKOR},
		nil,
		[]graph.Edge{
			mkEdge(graph.Warned, fxBlinky.ID, fxPRK.ID, day("2023-11"), graph.Asserted, "", "", 0.8, ment("", t1, 0, 0)),
			mkEdge(graph.Sanctioned, fxUSA.ID, fxPRK.ID, day("2023"), graph.Asserted, "", "", 0.85, ment("", t2, 1, len(t1)+1)),
			mkEdge(graph.Accused, fxKOR.ID, fxPRK.ID, day("2023-11-15"), graph.Asserted, "", "", 0.8, ment("", t2, 1, len(t1)+1)),
			mkEdge(graph.Met, fxUSA.ID, fxKOR.ID, day("2023-10-02"), graph.Asserted, "", "", 0.75, ment("", t2, 1, len(t1)+1)),
		})

	textC := "Russia invaded Ukraine in February 2022. China stepped up cooperation with Russia. " +
		"São Tomé and Príncipe could cooperate with China."
	u1 := "Russia invaded Ukraine in February 2022."
	u2 := "China stepped up cooperation with Russia."
	u3 := "São Tomé and Príncipe could cooperate with China."
	c := extraction(textC, "", "",
		[]graph.Entity{fxRUS, fxUKR, fxCHN, fxSaoT},
		nil,
		[]graph.Edge{
			mkEdge(graph.Invaded, fxRUS.ID, fxUKR.ID, day("2022-02"), graph.Asserted, "", "", 0.95, ment("", u1, 0, 0)),
			mkEdge(graph.Cooperated, fxCHN.ID, fxRUS.ID, graph.Date{}, graph.Asserted, "", "", 0.7, ment("", u2, 1, len(u1)+1)),
			mkEdge(graph.Cooperated, fxSaoT.ID, fxCHN.ID, graph.Date{}, graph.Speculative, "", "", 0.5, ment("", u3, 2, len(u1)+len(u2)+2)),
		})
	return []*graph.Extraction{a, b, c}
}

// dupKozlov is a document that names Alexander Kozlov differently, for merges.
func dupKozlov() *graph.Extraction {
	text := "Minister A. Kozlov met North Korean officials in 2023."
	dup := graph.Entity{ID: "person:a-kozlov", Kind: graph.KindPerson, Name: "A. Kozlov", Aliases: []string{"Sasha Kozlov"}, Country: "state:RUS", Roles: []string{}}
	return extraction(text, "Dup", "2023-12-01", []graph.Entity{dup, fxPRK}, nil, []graph.Edge{
		mkEdge(graph.Met, dup.ID, fxPRK.ID, day("2023"), graph.Asserted, "", "", 0.6, ment("", text, 0, 0)),
	})
}

// bulk returns n documents of m edges each among a ring of states, for
// paging and batching tests.
func bulk(n, m int) []*graph.Extraction {
	states := []graph.Entity{fxRUS, fxPRK, fxKOR, fxUSA, fxUKR, fxCHN}
	var out []*graph.Extraction
	for d := range n {
		text := fmt.Sprintf("Bulk document %d.", d)
		var edges []graph.Edge
		for k := range m {
			from := states[(d+k)%len(states)].ID
			to := states[(d+k+1)%len(states)].ID
			date := graph.DayDate(time.Date(2020, 1, 1+d*m+k, 0, 0, 0, 0, time.UTC))
			edges = append(edges, mkEdge(graph.Warned, from, to, date, graph.Asserted, "", "", 0.6, ment("", text, 0, 0)))
		}
		out = append(out, extraction(text, fmt.Sprintf("Bulk %d", d), "2020-12-31", states, nil, edges))
	}
	return out
}

func openStore(t testing.TB) store.Store {
	t.Helper()
	db, err := store.Open(store.DefaultOptions("").WithInMemory(true).WithLogger(slog.New(slog.NewTextHandler(io.Discard, nil))))
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { _ = db.Close() })
	return db
}

func load(t testing.TB, st store.Store, xs []*graph.Extraction) {
	t.Helper()
	for _, x := range xs {
		if _, err := st.Ingest(context.Background(), x); err != nil {
			t.Fatalf("ingest %s: %v", x.Document.ID, err)
		}
	}
}

// fixtureExtractor is an extractor for ingest tests: it finds the fixture
// document with the same text, or makes a document without facts.
func fixtureExtractor(text string, meta loader.Meta) *graph.Extraction {
	for _, x := range append(fixture(), dupKozlov()) {
		if x.Document.Text == text {
			x.Document.Title, x.Document.URL, x.Document.Source, x.Document.Published = meta.Title, meta.URL, meta.Source, meta.Published
			return x
		}
	}
	return &graph.Extraction{Document: graph.Document{
		ID: graph.DocumentID(text), Text: text, Title: meta.Title, URL: meta.URL, Source: meta.Source, Published: meta.Published,
	}}
}

func quietLogger() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

func newServer(t testing.TB, st store.Store, opts ...func(Options) Options) *Server {
	t.Helper()
	o := DefaultOptions().WithLogger(quietLogger()).WithExtractor(fixtureExtractor)
	for _, f := range opts {
		o = f(o)
	}
	s, err := New(st, o)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return s
}

// fixtureServer returns a server over a fresh store holding the fixture corpus.
func fixtureServer(t testing.TB, opts ...func(Options) Options) (*Server, store.Store) {
	st := openStore(t)
	load(t, st, fixture())
	return newServer(t, st, opts...), st
}

// data runs query and returns its data as generic JSON, failing on errors.
func data(t testing.TB, s *Server, query string, vars map[string]any) map[string]any {
	t.Helper()
	res := s.Do(context.Background(), query, vars)
	if len(res.Errors) > 0 {
		t.Fatalf("query %s: errors %v", query, res.Errors)
	}
	return asJSON(t, res.Data).(map[string]any)
}

func asJSON(t testing.TB, v any) any {
	t.Helper()
	raw, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("marshal: %v", err)
	}
	var out any
	if err := json.Unmarshal(raw, &out); err != nil {
		t.Fatalf("unmarshal: %v", err)
	}
	return out
}

// get walks a JSON value by keys and indexes.
func get(v any, path ...any) any {
	for _, p := range path {
		switch k := p.(type) {
		case string:
			m, _ := v.(map[string]any)
			v = m[k]
		case int:
			l, _ := v.([]any)
			if k >= len(l) {
				return nil
			}
			v = l[k]
		}
	}
	return v
}

func errCodes(res *graphql.Result) []string {
	var out []string
	for _, e := range res.Errors {
		c, _ := e.Extensions["code"].(string)
		out = append(out, c)
	}
	return out
}

// countingStore counts the read calls made through it.
type countingStore struct {
	store.Store
	reads atomic.Int64
	calls map[string]*atomic.Int64
}

func newCounting(st store.Store) *countingStore {
	c := &countingStore{Store: st, calls: map[string]*atomic.Int64{}}
	for _, m := range []string{"Entities", "Edges", "Events", "Documents", "Resolve", "EntityIDs", "Search",
		"EdgeIDs", "EdgeIDsFirst", "EventIDs", "EventIDsFirst", "EntitiesMentionsFirst", "DocumentIDs",
		"DocumentsEdgeIDs", "DocumentsEntityIDs", "EntitiesEventIDs", "EntitiesMentions", "DocumentEntityMentions", "EventsEdgeIDs", "Neighbors", "Stats",
		"TopNeighbors", "PairEdges", "Relations", "EdgeHeads", "DocumentHeads"} {
		c.calls[m] = &atomic.Int64{}
	}
	return c
}

func (c *countingStore) hit(m string) { c.reads.Add(1); c.calls[m].Add(1) }

func (c *countingStore) Entities(ctx context.Context, ids []string) ([]*graph.Entity, error) {
	c.hit("Entities")
	return c.Store.Entities(ctx, ids)
}
func (c *countingStore) Edges(ctx context.Context, ids []string) ([]*graph.Edge, error) {
	c.hit("Edges")
	return c.Store.Edges(ctx, ids)
}
func (c *countingStore) Events(ctx context.Context, ids []string) ([]*graph.Event, error) {
	c.hit("Events")
	return c.Store.Events(ctx, ids)
}
func (c *countingStore) Documents(ctx context.Context, ids []string) ([]*graph.Document, error) {
	c.hit("Documents")
	return c.Store.Documents(ctx, ids)
}
func (c *countingStore) DocumentHeads(ctx context.Context, ids []string) ([]*graph.Document, error) {
	c.hit("DocumentHeads")
	return c.Store.DocumentHeads(ctx, ids)
}
func (c *countingStore) Resolve(ctx context.Context, id string) (string, error) {
	c.hit("Resolve")
	return c.Store.Resolve(ctx, id)
}
func (c *countingStore) EntityIDs(ctx context.Context, k graph.Kind) ([]string, error) {
	c.hit("EntityIDs")
	return c.Store.EntityIDs(ctx, k)
}
func (c *countingStore) Search(ctx context.Context, text string, kinds []graph.Kind, limit int) ([]string, error) {
	c.hit("Search")
	return c.Store.Search(ctx, text, kinds, limit)
}
func (c *countingStore) EdgeIDs(ctx context.Context, f store.EdgeFilter) ([]string, error) {
	c.hit("EdgeIDs")
	return c.Store.EdgeIDs(ctx, f)
}
func (c *countingStore) EventIDs(ctx context.Context, f store.EventFilter) ([]string, error) {
	c.hit("EventIDs")
	return c.Store.EventIDs(ctx, f)
}
func (c *countingStore) EventIDsFirst(ctx context.Context, f store.EventFilter, n int, count bool) (store.EventPage, error) {
	c.hit("EventIDsFirst")
	return c.Store.EventIDsFirst(ctx, f, n, count)
}
func (c *countingStore) EntitiesMentionsFirst(ctx context.Context, ids []string, n int, count bool) ([]store.MentionPage, error) {
	c.hit("EntitiesMentionsFirst")
	return c.Store.EntitiesMentionsFirst(ctx, ids, n, count)
}
func (c *countingStore) DocumentIDs(ctx context.Context) ([]string, error) {
	c.hit("DocumentIDs")
	return c.Store.DocumentIDs(ctx)
}
func (c *countingStore) EdgeIDsFirst(ctx context.Context, fs []store.EdgeFilter, n int, count bool) ([]store.EdgePage, error) {
	c.hit("EdgeIDsFirst")
	return c.Store.EdgeIDsFirst(ctx, fs, n, count)
}

func (c *countingStore) DocumentsEdgeIDs(ctx context.Context, ids []string) ([][]string, error) {
	c.hit("DocumentsEdgeIDs")
	return c.Store.DocumentsEdgeIDs(ctx, ids)
}
func (c *countingStore) DocumentsEntityIDs(ctx context.Context, ids []string) ([][]string, error) {
	c.hit("DocumentsEntityIDs")
	return c.Store.DocumentsEntityIDs(ctx, ids)
}
func (c *countingStore) EntitiesEventIDs(ctx context.Context, ids []string) ([][]string, error) {
	c.hit("EntitiesEventIDs")
	return c.Store.EntitiesEventIDs(ctx, ids)
}
func (c *countingStore) EntitiesMentions(ctx context.Context, ids []string) ([][]graph.Mention, error) {
	c.hit("EntitiesMentions")
	return c.Store.EntitiesMentions(ctx, ids)
}
func (c *countingStore) DocumentEntityMentions(ctx context.Context, doc string, ids []string) ([][]graph.Mention, error) {
	c.hit("DocumentEntityMentions")
	return c.Store.DocumentEntityMentions(ctx, doc, ids)
}
func (c *countingStore) EventsEdgeIDs(ctx context.Context, ids []string) ([][]string, error) {
	c.hit("EventsEdgeIDs")
	return c.Store.EventsEdgeIDs(ctx, ids)
}
func (c *countingStore) Neighbors(ctx context.Context, ids []string, types []graph.RelationType) (map[string][]store.Adjacent, error) {
	c.hit("Neighbors")
	return c.Store.Neighbors(ctx, ids, types)
}
func (c *countingStore) EdgeHeads(ctx context.Context, ids []string) ([]*graph.Edge, error) {
	c.hit("EdgeHeads")
	return c.Store.EdgeHeads(ctx, ids)
}
func (c *countingStore) TopNeighbors(ctx context.Context, ids []string, types []graph.RelationType, k int) ([][]store.Neighbor, error) {
	c.hit("TopNeighbors")
	return c.Store.TopNeighbors(ctx, ids, types, k)
}
func (c *countingStore) PairEdges(ctx context.Context, pairs [][2]string, types []graph.RelationType, perPair int) ([][]*graph.Edge, error) {
	c.hit("PairEdges")
	return c.Store.PairEdges(ctx, pairs, types, perPair)
}
func (c *countingStore) Relations(ctx context.Context, f store.RelationFilter) ([]store.Relation, error) {
	c.hit("Relations")
	return c.Store.Relations(ctx, f)
}
func (c *countingStore) Stats(ctx context.Context) (store.Stats, error) {
	c.hit("Stats")
	return c.Store.Stats(ctx)
}

// TestCountingStoreCountsEveryRead guards the read-counting tests: every
// read method of store.Store goes through a counter of countingStore, so
// that no store call escapes them when the interface grows.
func TestCountingStoreCountsEveryRead(t *testing.T) {
	notReads := map[string]bool{"Ingest": true, "IngestBatch": true, "DeleteDocument": true, "MergeEntities": true,
		"Backup": true, "Restore": true, "Close": true}
	c := newCounting(openStore(t))
	ctxType := reflect.TypeOf((*context.Context)(nil)).Elem()
	st := reflect.TypeOf((*store.Store)(nil)).Elem()
	for i := range st.NumMethod() {
		name := st.Method(i).Name
		if notReads[name] {
			continue
		}
		counter := c.calls[name]
		if counter == nil {
			t.Errorf("countingStore has no counter for %s", name)
			continue
		}
		m := reflect.ValueOf(c).MethodByName(name)
		args := make([]reflect.Value, m.Type().NumIn())
		for j := range args {
			if p := m.Type().In(j); p == ctxType {
				args[j] = reflect.ValueOf(context.Background())
			} else {
				args[j] = reflect.Zero(p)
			}
		}
		before := counter.Load()
		m.Call(args)
		if counter.Load() != before+1 {
			t.Errorf("a call of %s through countingStore is not counted", name)
		}
	}
}
