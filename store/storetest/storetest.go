// Package storetest is the conformance suite of store.Store: every
// implementation runs TestAll with a function that opens a fresh, empty store.
package storetest

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"math/rand/v2"
	"reflect"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/store"
)

// Opener opens a fresh, empty store for one test; it registers its own cleanup.
type Opener func(t *testing.T) store.Store

// TestAll runs the conformance suite against the stores that open returns.
func TestAll(t *testing.T, open func(t *testing.T) store.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, open Opener)
	}{
		{"IngestIdempotent", testIngestIdempotent},
		{"BatchGetters", testBatchGetters},
		{"BatchLists", testBatchLists},
		{"BatchListsMatchFilters", testBatchListsMatchFilters},
		{"SharedEdge", testSharedEdge},
		{"EntityRecord", testEntityRecord},
		{"EntityIDs", testEntityIDs},
		{"EdgeIDs", testEdgeIDs},
		{"EventIDs", testEventIDs},
		{"EventIDsFirst", testEventIDsFirst},
		{"EntitiesMentionPages", testEntitiesMentionPages},
		{"DocumentIDsPage", testDocumentIDsPage},
		{"Documents", testDocuments},
		{"Stats", testStats},
		{"Search", testSearch},
		{"Neighbors", testNeighbors},
		{"Validation", testValidation},
		{"DeleteDocument", testDeleteDocument},
		{"DeleteEqualsNeverLoaded", testDeleteEqualsNeverLoaded},
		{"MergeEntities", testMergeEntities},
		{"MergeRekeysEvents", testMergeSymmetricAndEvents},
		{"MergeEqualsRenamed", testMergeEqualsRenamed},
		{"Concurrent", testConcurrent},
		{"ConcurrentDeletes", testConcurrentDeletes},
		{"BackupRestore", testBackupRestore},
		{"DocumentHeads", testDocumentHeads},
		{"Closed", testClosed},
		{"PairIndexMatchesEdges", testPairIndexMatchesEdges},
		{"PairIndexBounds", testPairIndexBounds},
		{"BatchEqualsOneByOne", testBatchEqualsOneByOne},
		{"BatchIdempotent", testBatchIdempotent},
		{"BatchPerDocument", testBatchPerDocument},
		{"LargeDocument", testLargeDocument},
		{"IngestRacesDelete", testIngestRacesDelete},
		{"ReadsSeeWrites", testReadsSeeWrites},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { tc.fn(t, open) })
	}
}

// Load ingests xs into s, failing the test on error.
func Load(t testing.TB, s store.Store, xs ...*graph.Extraction) {
	t.Helper()
	for _, x := range xs {
		if _, err := s.Ingest(context.Background(), x); err != nil {
			t.Fatalf("Ingest %s: %v", x.Document.ID, err)
		}
	}
}

func loaded(t *testing.T, open Opener) (store.Store, []*graph.Extraction) {
	t.Helper()
	s := open(t)
	fx := Fixtures()
	Load(t, s, fx...)
	return s, fx
}

// only returns the one list of a batch list call made for one ID.
func only[T any](lists [][]T, err error) ([]T, error) {
	if err != nil {
		return nil, err
	}
	if len(lists) != 1 {
		return nil, fmt.Errorf("storetest: %d lists for one ID", len(lists))
	}
	return lists[0], nil
}

// must returns a check of a (value, error) result: must(f())(t) fails t on error.
func must[T any](v T, err error) func(testing.TB) T {
	return func(t testing.TB) T {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
}

func testIngestIdempotent(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	fx := Fixtures()
	first := must(s.Ingest(ctx, fx[0]))(t)
	want := store.IngestResult{DocumentID: fx[0].Document.ID, Created: true, Entities: 5, Edges: 2}
	if first.Document == nil || first.Document.ID != want.DocumentID {
		t.Fatalf("first Ingest returned document %+v, want %s", first.Document, want.DocumentID)
	}
	if first.Document = nil; first != want {
		t.Fatalf("first Ingest = %+v, want %+v", first, want)
	}
	before := TakeSnapshot(t, s)
	again := must(s.Ingest(ctx, Fixtures()[0]))(t)
	want.Created = false
	if again.Document == nil || again.Document.Text != fx[0].Document.Text {
		t.Fatalf("second Ingest returned document %+v, want the stored one", again.Document)
	}
	if again.Document = nil; again != want {
		t.Fatalf("second Ingest = %+v, want %+v", again, want)
	}
	if after := TakeSnapshot(t, s); !reflect.DeepEqual(before, after) {
		t.Fatalf("second Ingest changed the store:\n%s", diff(before, after))
	}
}

func testBatchGetters(t *testing.T, open Opener) {
	ctx := context.Background()
	s, fx := loaded(t, open)
	ents := must(s.Entities(ctx, []string{PRK, "state:XXX", Shoigu}))(t)
	if len(ents) != 3 || ents[0] == nil || ents[1] != nil || ents[2] == nil {
		t.Fatalf("Entities = %v, want [PRK nil Shoigu]", ents)
	}
	if ents[0].ID != PRK || ents[0].Kind != graph.KindState || ents[2].ID != Shoigu {
		t.Errorf("Entities returned %+v, %+v", ents[0], ents[2])
	}
	fe := FixtureEdges()
	edges := must(s.Edges(ctx, []string{fe["supply"].ID, "edge:nope", fe["visit"].ID}))(t)
	if len(edges) != 3 || edges[0] == nil || edges[1] != nil || edges[2] == nil {
		t.Fatalf("Edges = %v", edges)
	}
	sup := edges[0]
	if sup.ID != fe["supply"].ID || sup.Type != graph.Supplied || sup.From != PRK || sup.To != RUS ||
		sup.Modality != graph.Alleged || sup.AttributedTo != KOR || sup.Confidence != 0.7 || sup.Date.Known() {
		t.Errorf("supplied edge = %+v", sup)
	}
	if len(sup.Mentions) != 1 || sup.Mentions[0].DocumentID != fx[1].Document.ID || sup.Mentions[0].Sentence != 1 {
		t.Errorf("supplied mentions = %+v", sup.Mentions)
	}
	visit := edges[2]
	if visit.EventID == "" {
		t.Fatalf("visited edge lost its event: %+v", visit)
	}
	wantEvent := graph.EventID(graph.Visited, []string{Shoigu}, []string{PRK}, date("2023-07-25"))
	if visit.EventID != wantEvent {
		t.Errorf("visited edge event = %q, want recomputed %q", visit.EventID, wantEvent)
	}
	if visit.Date != date("2023-07-25") {
		t.Errorf("visited date = %+v", visit.Date)
	}
	evs := must(s.Events(ctx, []string{"event:nope", wantEvent}))(t)
	if len(evs) != 2 || evs[0] != nil || evs[1] == nil {
		t.Fatalf("Events = %v", evs)
	}
	if ev := evs[1]; ev.Type != graph.Visited || ev.Place != Pyongyang || !slices.Equal(ev.Actors, []string{Shoigu}) ||
		!slices.Equal(ev.Targets, []string{PRK}) || len(ev.Mentions) != 1 {
		t.Errorf("event = %+v", ev)
	}
	docs := must(s.Documents(ctx, []string{fx[2].Document.ID, "doc:nope", fx[0].Document.ID}))(t)
	if len(docs) != 3 || docs[0] == nil || docs[1] != nil || docs[2] == nil {
		t.Fatalf("Documents = %v", docs)
	}
	if docs[2].Title != "Shoigu in Pyongyang" || docs[2].Text != fx[0].Document.Text || docs[2].Published.Value != "2023-07-27" {
		t.Errorf("document A = %+v", docs[2])
	}
	if got := must(s.Entities(ctx, nil))(t); len(got) != 0 {
		t.Errorf("Entities(nil) = %v", got)
	}
}

// mentionKeys gives "document#sentence" for each mention, keeping nil lists nil.
func mentionKeys(lists [][]graph.Mention) [][]string {
	out := make([][]string, len(lists))
	for i, ms := range lists {
		if ms == nil {
			continue
		}
		out[i] = []string{}
		for _, m := range ms {
			out[i] = append(out[i], fmt.Sprintf("%s#%d", m.DocumentID, m.Sentence))
		}
	}
	return out
}

// testBatchLists checks the batch list methods: one list per asked ID, in
// order, nil for an unknown ID, empty (not nil) for a known ID without any,
// repeated IDs answered alike.
func testBatchLists(t *testing.T, open Opener) {
	ctx := context.Background()
	s, fx := loaded(t, open)
	a, b, c := fx[0].Document.ID, fx[1].Document.ID, fx[2].Document.ID
	fe := FixtureEdges()
	sorted := func(ids ...string) []string { return slices.Sorted(slices.Values(ids)) }
	ev := graph.EventID(graph.Visited, []string{Shoigu}, []string{PRK}, date("2023-07-25"))
	key := func(doc string, sentence int) string { return fmt.Sprintf("%s#%d", doc, sentence) }
	byDoc := func(ks ...string) []string { return sorted(ks...) }
	tests := []struct {
		name string
		call func(ids []string) ([][]string, error)
		ids  []string
		want [][]string
	}{
		{"DocumentsEdgeIDs", func(ids []string) ([][]string, error) { return s.DocumentsEdgeIDs(ctx, ids) },
			[]string{c, "doc:nope", a, c, b},
			[][]string{
				sorted(fe["sanct"].ID, fe["threat"].ID, fe["urge"].ID, fe["coop"].ID), nil,
				sorted(fe["visit"].ID, fe["met"].ID),
				sorted(fe["sanct"].ID, fe["threat"].ID, fe["urge"].ID, fe["coop"].ID),
				sorted(fe["met"].ID, fe["accuse"].ID, fe["supply"].ID),
			}},
		{"DocumentsEntityIDs", func(ids []string) ([][]string, error) { return s.DocumentsEntityIDs(ctx, ids) },
			[]string{a, "doc:nope", b},
			[][]string{sorted(Shoigu, PRK, RUS, Kim, Pyongyang), nil, sorted(Kim, Shoigu, KOR, PRK, RUS)}},
		{"EntitiesEventIDs", func(ids []string) ([][]string, error) { return s.EntitiesEventIDs(ctx, ids) },
			[]string{PRK, Kim, "person:nobody", Shoigu, Pyongyang},
			// The place of an event is no participant.
			[][]string{{ev}, {}, nil, {ev}, {}}},
		{"EntitiesMentions", func(ids []string) ([][]string, error) {
			ms, err := s.EntitiesMentions(ctx, ids)
			return mentionKeys(ms), err
		},
			[]string{Shoigu, "person:nobody", Blinken, Kim, PRK},
			[][]string{
				{key(a, 0), key(a, 1)}, nil, {},
				byDoc(key(a, 1), key(b, 0)),
				{key(c, 0), key(c, 3)},
			}},
		{"EventsEdgeIDs", func(ids []string) ([][]string, error) { return s.EventsEdgeIDs(ctx, ids) },
			[]string{"event:nope", ev, ev},
			[][]string{nil, {fe["visit"].ID}, {fe["visit"].ID}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := must(tc.call(tc.ids))(t)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("%s(%v) =\n  %v\nwant\n  %v", tc.name, tc.ids, got, tc.want)
			}
			for i := range got {
				if (got[i] == nil) != (tc.want[i] == nil) {
					t.Errorf("%s: list %d (%s) nil = %v, want %v", tc.name, i, tc.ids[i], got[i] == nil, tc.want[i] == nil)
				}
			}
			if none := must(tc.call(nil))(t); len(none) != 0 {
				t.Errorf("%s(nil) = %v, want no lists", tc.name, none)
			}
		})
	}
}

// testBatchListsMatchFilters checks the batch lists over many generated
// documents against the lists the filters and records give: an entity's
// events against EventIDs with it as participant, an event's edges against
// the edges that name it, a document's edges and entities against the
// mentions that the edges and entities carry.
func testBatchListsMatchFilters(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	Load(t, s, Generate(5, 40, 10, 8)...)
	ents := must(s.EntityIDs(ctx, ""))(t)
	evLists := must(s.EntitiesEventIDs(ctx, ents))(t)
	for i, id := range ents {
		want := must(s.EventIDs(ctx, store.EventFilter{Participant: id}))(t)
		if !slices.Equal(evLists[i], want) {
			t.Errorf("EntitiesEventIDs[%s] = %v, EventIDs(participant) = %v", id, evLists[i], want)
		}
	}
	edgeIDs := must(s.EdgeIDs(ctx, store.EdgeFilter{}))(t)
	edges := must(s.Edges(ctx, edgeIDs))(t)
	byEvent := map[string][]string{}
	byDoc := map[string]map[string]bool{}
	for _, e := range edges {
		if e.EventID != "" {
			byEvent[e.EventID] = append(byEvent[e.EventID], e.ID)
		}
		for _, m := range e.Mentions {
			if byDoc[m.DocumentID] == nil {
				byDoc[m.DocumentID] = map[string]bool{}
			}
			byDoc[m.DocumentID][e.ID] = true
		}
	}
	evIDs := must(s.EventIDs(ctx, store.EventFilter{}))(t)
	if len(evIDs) == 0 {
		t.Fatal("generated documents hold no events")
	}
	for i, es := range must(s.EventsEdgeIDs(ctx, evIDs))(t) {
		if !slices.IsSorted(es) {
			t.Errorf("EventsEdgeIDs[%s] = %v, not in ID order", evIDs[i], es)
		}
		// Every edge whose event this is is listed; a listed edge may name
		// another event that a second document ties it to.
		for _, e := range byEvent[evIDs[i]] {
			if !slices.Contains(es, e) {
				t.Errorf("EventsEdgeIDs[%s] = %v lacks %s", evIDs[i], es, e)
			}
		}
	}
	docs := must(s.DocumentIDs(ctx))(t)
	docEdges := must(s.DocumentsEdgeIDs(ctx, docs))(t)
	docEnts := must(s.DocumentsEntityIDs(ctx, docs))(t)
	mentions := must(s.EntitiesMentions(ctx, ents))(t)
	for i, d := range docs {
		want := slices.Sorted(maps.Keys(byDoc[d]))
		if len(want) == 0 {
			want = []string{}
		}
		if !slices.Equal(docEdges[i], want) {
			t.Errorf("DocumentsEdgeIDs[%s] = %v, edges stated in it %v", d, docEdges[i], want)
		}
		if !slices.IsSorted(docEnts[i]) || len(docEnts[i]) == 0 {
			t.Errorf("DocumentsEntityIDs[%s] = %v", d, docEnts[i])
		}
	}
	// An entity named in a sentence of a document is among its entities.
	docEntSet := map[string]bool{}
	for i, d := range docs {
		for _, e := range docEnts[i] {
			docEntSet[d+"\x00"+e] = true
		}
	}
	for i, id := range ents {
		for _, m := range mentions[i] {
			if !docEntSet[m.DocumentID+"\x00"+id] {
				t.Errorf("%s is mentioned in %s but not among its entities", id, m.DocumentID)
			}
		}
	}
	// A document's mentions of an entity are those of the entity's
	// mentions that lie in the document.
	named := 0
	for _, d := range docs {
		got := must(s.DocumentEntityMentions(ctx, d, ents))(t)
		for i, id := range ents {
			want := []graph.Mention{}
			for _, m := range mentions[i] {
				if m.DocumentID == d {
					want = append(want, m)
				}
			}
			named += len(want)
			if !reflect.DeepEqual(got[i], want) {
				t.Errorf("DocumentEntityMentions(%s)[%s] = %v, want %v", d, id, got[i], want)
			}
		}
	}
	if named == 0 {
		t.Error("no document names an entity: nothing was compared")
	}
	if got := must(s.DocumentEntityMentions(ctx, docs[0], []string{"person:nobody"}))(t); got[0] != nil {
		t.Errorf("DocumentEntityMentions of an unknown entity = %v, want nil", got[0])
	}
}

func testSharedEdge(t *testing.T, open Opener) {
	ctx := context.Background()
	s, fx := loaded(t, open)
	met := FixtureEdges()["met"].ID
	e := must(s.Edges(ctx, []string{met}))(t)[0]
	if e == nil {
		t.Fatal("met edge missing")
	}
	if e.From != Kim || e.To != Shoigu {
		t.Errorf("met ends = %s -> %s, want canonical %s -> %s", e.From, e.To, Kim, Shoigu)
	}
	if e.Confidence != 0.95 {
		t.Errorf("confidence = %v, want the highest, 0.95", e.Confidence)
	}
	docs := map[string]bool{}
	for _, m := range e.Mentions {
		docs[m.DocumentID] = true
	}
	if len(e.Mentions) != 2 || !docs[fx[0].Document.ID] || !docs[fx[1].Document.ID] {
		t.Errorf("met mentions = %+v, want one from A and one from B", e.Mentions)
	}
	for _, doc := range []string{fx[0].Document.ID, fx[1].Document.ID} {
		ids := must(only(s.DocumentsEdgeIDs(ctx, []string{doc})))(t)
		if !slices.Contains(ids, met) {
			t.Errorf("DocumentsEdgeIDs(%s) = %v lacks met", doc, ids)
		}
	}
}

func testEntityRecord(t *testing.T, open Opener) {
	ctx := context.Background()
	s, fx := loaded(t, open)
	ents := must(s.Entities(ctx, []string{PRK, Shoigu, Kim}))(t)
	prk := ents[0]
	if prk.Name != "North Korea" || prk.Codes != (graph.Codes{ISO3: "PRK", Wikidata: "Q423"}) {
		t.Errorf("PRK = %+v", prk)
	}
	if want := []string{"DPRK", "Pyongyang"}; !slices.Equal(prk.Aliases, want) {
		t.Errorf("PRK aliases = %v, want %v", prk.Aliases, want)
	}
	sh := ents[1]
	if want := []string{"Defense Minister", "Minister of Defence"}; !slices.Equal(sh.Roles, want) {
		t.Errorf("Shoigu roles = %v, want %v", sh.Roles, want)
	}
	if sh.Country != RUS {
		t.Errorf("Shoigu country = %q", sh.Country)
	}
	// Kim is named "Kim Jong Un" in A and "Kim Jong-un" in B: the name comes
	// from the document with the smaller ID, the other is an alias.
	kim := ents[2]
	nameA, nameB := "Kim Jong Un", "Kim Jong-un"
	if fx[1].Document.ID < fx[0].Document.ID {
		nameA, nameB = nameB, nameA
	}
	if kim.Name != nameA || !slices.Equal(kim.Aliases, []string{nameB}) {
		t.Errorf("Kim = %q %v, want %q [%q]", kim.Name, kim.Aliases, nameA, nameB)
	}
	ms := must(only(s.EntitiesMentions(ctx, []string{Kim})))(t)
	if len(ms) != 2 {
		t.Errorf("Kim mentions = %+v, want 2", ms)
	}
	for i := 1; i < len(ms); i++ {
		if ms[i-1].DocumentID > ms[i].DocumentID {
			t.Errorf("mentions out of document order: %+v", ms)
		}
	}
	if ms := must(only(s.EntitiesMentions(ctx, []string{"person:nobody"})))(t); ms != nil {
		t.Errorf("EntitiesMentions(unknown) = %v, want nil", ms)
	}
	if got := must(s.Resolve(ctx, Kim))(t); got != Kim {
		t.Errorf("Resolve(%s) = %s", Kim, got)
	}
}

func testEntityIDs(t *testing.T, open Opener) {
	ctx := context.Background()
	s, _ := loaded(t, open)
	tests := []struct {
		kind graph.Kind
		want []string
	}{
		{"", []string{KCNA, Blinken, Kim, KimAlt, Shoigu, Pyongyang, CHN, KOR, PRK, RUS, USA}},
		{graph.KindPerson, []string{Blinken, Kim, KimAlt, Shoigu}},
		{graph.KindState, []string{CHN, KOR, PRK, RUS, USA}},
		{graph.KindOrganization, []string{KCNA}},
		{graph.KindPlace, []string{Pyongyang}},
	}
	for _, tc := range tests {
		got := must(s.EntityIDs(ctx, tc.kind))(t)
		if !slices.Equal(got, tc.want) {
			t.Errorf("EntityIDs(%q) = %v, want %v", tc.kind, got, tc.want)
		}
	}
}

// byDate orders fixture edge names as EdgeIDs must: by date, then ID.
func byDate(names ...string) []string {
	fe := FixtureEdges()
	es := make([]FixtureEdge, 0, len(names))
	for _, n := range names {
		es = append(es, fe[n])
	}
	sort.Slice(es, func(i, j int) bool {
		if es[i].Date != es[j].Date {
			return es[i].Date < es[j].Date
		}
		return es[i].ID < es[j].ID
	})
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.ID
	}
	return out
}

func testEdgeIDs(t *testing.T, open Opener) {
	ctx := context.Background()
	s, _ := loaded(t, open)
	d := date
	tests := []struct {
		name string
		f    store.EdgeFilter
		want []string
	}{
		{"all", store.EdgeFilter{}, byDate("visit", "met", "accuse", "supply", "sanct", "threat", "urge", "coop")},
		{"node both", store.EdgeFilter{Node: PRK}, byDate("visit", "accuse", "supply", "sanct", "coop")},
		{"node both explicit", store.EdgeFilter{Node: PRK, Direction: store.Both}, byDate("visit", "accuse", "supply", "sanct", "coop")},
		{"node out, symmetric counts", store.EdgeFilter{Node: PRK, Direction: store.Out}, byDate("supply", "coop")},
		{"node in", store.EdgeFilter{Node: PRK, Direction: store.In}, byDate("visit", "accuse", "sanct", "coop")},
		{"node in by type", store.EdgeFilter{Node: PRK, Direction: store.In, Types: []graph.RelationType{graph.Accused}}, byDate("accuse")},
		{"canonical To end out", store.EdgeFilter{Node: Shoigu, Direction: store.Out}, byDate("visit", "met")},
		{"node out type date", store.EdgeFilter{Node: Shoigu, Direction: store.Out, Types: []graph.RelationType{graph.Met}, DateFrom: d("2023-07")}, byDate("met")},
		{"node in 2023", store.EdgeFilter{Node: PRK, Direction: store.In, DateFrom: d("2023"), DateTo: d("2023")}, byDate("visit", "accuse", "sanct")},
		{"types", store.EdgeFilter{Types: []graph.RelationType{graph.Met, graph.Accused}}, byDate("met", "accuse")},
		{"year", store.EdgeFilter{DateFrom: d("2023"), DateTo: d("2023")}, byDate("sanct", "visit", "met", "accuse", "threat")},
		{"months", store.EdgeFilter{DateFrom: d("2023-07"), DateTo: d("2023-09")}, byDate("visit", "met", "accuse")},
		{"from January, years count", store.EdgeFilter{DateFrom: d("2023-01")}, byDate("sanct", "visit", "met", "accuse", "threat", "coop")},
		{"to a day", store.EdgeFilter{DateTo: d("2023-07-25")}, byDate("visit")},
		{"types and dates", store.EdgeFilter{Types: []graph.RelationType{graph.Sanctioned, graph.Cooperated}, DateFrom: d("2024")}, byDate("coop")},
		{"modalities", store.EdgeFilter{Modalities: []graph.Modality{graph.Alleged, graph.Speculative}}, byDate("supply", "coop")},
		{"from to symmetric", store.EdgeFilter{From: Kim, To: Shoigu}, byDate("met")},
		{"from to symmetric reversed", store.EdgeFilter{From: Shoigu, To: Kim}, byDate("met")},
		{"from, symmetric either end", store.EdgeFilter{From: PRK}, byDate("supply", "coop")},
		{"to", store.EdgeFilter{To: PRK}, byDate("visit", "accuse", "sanct", "coop")},
		{"from to", store.EdgeFilter{From: USA, To: PRK}, byDate("sanct")},
		{"from to wrong way", store.EdgeFilter{From: PRK, To: USA}, byDate()},
		{"node and to", store.EdgeFilter{Node: PRK, To: RUS}, byDate("supply")},
		{"unknown node", store.EdgeFilter{Node: "state:XXX"}, byDate()},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := must(s.EdgeIDs(ctx, tc.f))(t)
			checkFirst(t, s, tc.f, got)
			if len(got) == 0 && len(tc.want) == 0 {
				return
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("EdgeIDs(%+v) =\n %v\nwant\n %v", tc.f, got, tc.want)
			}
		})
	}
	// Merged ends make a symmetric edge from an entity to itself, and the
	// visit of the merged entity the target's: each is listed once.
	must(s.MergeEntities(ctx, Kim, []string{Shoigu}))(t)
	for _, dir := range []store.Direction{"", store.Out, store.In} {
		f := store.EdgeFilter{Node: Kim, Direction: dir}
		got := must(s.EdgeIDs(ctx, f))(t)
		if want := map[store.Direction]int{"": 2, store.Out: 2, store.In: 1}[dir]; len(got) != want {
			t.Errorf("after the merge, EdgeIDs(%+v) = %v, want %d edges", f, got, want)
		}
		checkFirst(t, s, f, got)
	}
	if _, err := s.EdgeIDs(ctx, store.EdgeFilter{Node: PRK, Direction: "sideways"}); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("bad direction error = %v, want ErrInvalid", err)
	}
}

// checkFirst checks EdgeIDsFirst(f, n) against all, the list EdgeIDs(f) gave,
// for pages of every size.
func checkFirst(t *testing.T, s store.Store, f store.EdgeFilter, all []string) {
	t.Helper()
	sizes := []int{0, 1, 2, 3, 7, len(all) - 1, len(all), len(all) + 1}
	if len(all) < 10 {
		sizes = sizes[:0]
		for n := range len(all) + 2 {
			sizes = append(sizes, n)
		}
	}
	for _, count := range []bool{true, false} {
		for _, n := range sizes {
			// The filter twice, and an unknown node between: each gets its page.
			fs := []store.EdgeFilter{f, {Node: "state:XXX"}, f}
			pages, err := s.EdgeIDsFirst(context.Background(), fs, n, count)
			if err != nil || len(pages) != 3 || len(pages[1].IDs) != 0 || pages[1].More {
				t.Fatalf("EdgeIDsFirst(%+v, %d, %v) = %+v, %v", fs, n, count, pages, err)
			}
			want := len(all)
			if !count {
				want = -1
			}
			for _, pg := range []store.EdgePage{pages[0], pages[2]} {
				if pg.Total != want || pg.More != (n < len(all)) || !slices.Equal(pg.IDs, all[:min(n, len(all))]) {
					t.Errorf("EdgeIDsFirst(%+v, %d, %v) = %+v; EdgeIDs lists %v", f, n, count, pg, all)
				}
			}
		}
	}
}

func testEventIDs(t *testing.T, open Opener) {
	ctx := context.Background()
	s, _ := loaded(t, open)
	ev := graph.EventID(graph.Visited, []string{Shoigu}, []string{PRK}, date("2023-07-25"))
	tests := []struct {
		name string
		f    store.EventFilter
		want []string
	}{
		{"all", store.EventFilter{}, []string{ev}},
		{"type", store.EventFilter{Types: []graph.RelationType{graph.Visited}}, []string{ev}},
		{"other type", store.EventFilter{Types: []graph.RelationType{graph.Met}}, nil},
		{"participant", store.EventFilter{Participant: PRK}, []string{ev}},
		{"participant and type", store.EventFilter{Participant: Shoigu, Types: []graph.RelationType{graph.Visited}}, []string{ev}},
		{"participant other type", store.EventFilter{Participant: Shoigu, Types: []graph.RelationType{graph.Met}}, nil},
		{"non-participant", store.EventFilter{Participant: Kim}, nil},
		{"in range", store.EventFilter{DateFrom: date("2023-07"), DateTo: date("2023")}, []string{ev}},
		{"out of range", store.EventFilter{DateFrom: date("2023-08")}, nil},
	}
	for _, tc := range tests {
		got := must(s.EventIDs(ctx, tc.f))(t)
		if len(got) != len(tc.want) || (len(got) > 0 && !slices.Equal(got, tc.want)) {
			t.Errorf("%s: EventIDs = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// testEventIDsFirst checks EventIDsFirst against EventIDs on generated
// documents, for filters of every kind and pages of every size.
func testEventIDsFirst(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	Load(t, s, Generate(41, 40, 9, 8)...)
	all := must(s.EventIDs(ctx, store.EventFilter{}))(t)
	if len(all) < 10 {
		t.Fatalf("only %d events to page", len(all))
	}
	first := must(s.Events(ctx, all[len(all)/2:len(all)/2+1]))(t)[0]
	year := date("2023")
	if len(first.Date.Value) >= 4 {
		year = date(first.Date.Value[:4])
	}
	filters := []store.EventFilter{
		{},
		{Types: []graph.RelationType{first.Type, graph.Met}},
		{Participant: first.Participants()[0]},
		{DateFrom: year, DateTo: year},
		{Participant: first.Participants()[0], Types: []graph.RelationType{first.Type}},
	}
	for _, f := range filters {
		want := must(s.EventIDs(ctx, f))(t)
		for _, count := range []bool{true, false} {
			for _, n := range []int{0, 1, 2, 7, len(want) - 1, len(want), len(want) + 1} {
				pg, err := s.EventIDsFirst(ctx, f, n, count)
				total := -1
				if count {
					total = len(want)
				}
				n = max(n, 0)
				if err != nil || pg.Total != total || pg.More != (n < len(want)) || !slices.Equal(pg.IDs, want[:min(n, len(want))]) {
					t.Errorf("EventIDsFirst(%+v, %d, %v) = %+v, %v; EventIDs lists %v", f, n, count, pg, err, want)
				}
			}
		}
	}
}

// testEntitiesMentionPages checks EntitiesMentionPages against
// EntitiesMentions on generated documents, for every entity (an unknown one
// and one asked twice among them), pages of every size, from the start and
// after every position of the list, and after a position whose mention is
// not there (between two of them).
func testEntitiesMentionPages(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	Load(t, s, Generate(43, 30, 9, 8)...)
	ids := must(s.EntityIDs(ctx, ""))(t)
	ids = append(ids, "state:XXX", ids[0])
	all := must(s.EntitiesMentions(ctx, ids))(t)
	most := 0
	for _, ms := range all {
		most = max(most, len(ms))
	}
	if most < 5 {
		t.Fatalf("at most %d mentions of an entity to page", most)
	}
	lists := make([]store.MentionsFrom, len(ids))
	for i, id := range ids {
		lists[i] = store.MentionsFrom{Entity: id}
	}
	for _, count := range []bool{true, false} {
		for _, n := range []int{0, 1, 2, 5, most - 1, most, most + 1} {
			pages := must(s.EntitiesMentionPages(ctx, lists, n, count))(t)
			for i, pg := range pages {
				checkMentionPage(t, lists[i], n, count, pg, all[i])
			}
		}
	}
	for i, ms := range all {
		for j, m := range ms {
			for _, f := range []store.MentionsFrom{
				{Entity: ids[i], AfterDoc: m.DocumentID, AfterSentence: m.Sentence, AfterStart: m.Start},
				{Entity: ids[i], AfterDoc: m.DocumentID, AfterSentence: m.Sentence, AfterStart: m.Start - 1},
			} {
				rest := ms[j+1:]
				if f.AfterStart < m.Start {
					rest = ms[j:]
				}
				for _, count := range []bool{true, false} {
					pg := must(s.EntitiesMentionPages(ctx, []store.MentionsFrom{f}, 3, count))(t)[0]
					checkMentionPage(t, f, 3, count, pg, rest)
					if count && pg.Total != len(ms) {
						t.Errorf("%+v: total %d, want the whole list's %d", f, pg.Total, len(ms))
					}
				}
			}
		}
	}
}

// checkMentionPage checks a page of n mentions against want, what follows
// the page's position; with count, the total is the whole list's (checked
// against want for pages from the start).
func checkMentionPage(t *testing.T, f store.MentionsFrom, n int, count bool, pg store.MentionPage, want []graph.Mention) {
	t.Helper()
	page := want[:min(n, len(want))]
	same := len(pg.Mentions) == 0 && len(page) == 0 || reflect.DeepEqual(pg.Mentions, page)
	totalOK := pg.Total == -1 && !count || count && (f.AfterDoc != "" || pg.Total == len(want))
	if !totalOK || pg.More != (n < len(want)) || !same {
		t.Errorf("EntitiesMentionPages(%+v, %d, %v) = %+v; want %d of %d: %+v", f, n, count, pg, len(page), len(want), page)
	}
}

// testDocumentIDsPage checks DocumentIDsPage against DocumentIDs: pages of
// every size from the start and after every document, and after a document
// deleted since (resumed by its position).
func testDocumentIDsPage(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	Load(t, s, Generate(47, 12, 9, 8)...)
	all := must(s.DocumentIDs(ctx))(t)
	if len(all) != 12 {
		t.Fatalf("%d documents listed, want 12", len(all))
	}
	check := func(after string, pos, n int, want []string) {
		t.Helper()
		pg := must(s.DocumentIDsPage(ctx, after, pos, n))(t)
		page := want[:min(n, len(want))]
		if !slices.Equal(pg.IDs, page) || pg.More != (n < len(want)) {
			t.Errorf("DocumentIDsPage(%q, %d, %d) = %+v, want %v (more %v)", after, pos, n, pg, page, n < len(want))
		}
	}
	for _, n := range []int{0, 1, 3, 11, 12, 13} {
		check("", -1, n, all)
		for i, id := range all {
			check(id, i, n, all[i+1:])
		}
	}
	gone := all[4]
	if _, err := s.DeleteDocument(ctx, gone); err != nil {
		t.Fatal(err)
	}
	rest := must(s.DocumentIDs(ctx))(t)
	check(gone, 4, 3, rest[4:])
}

func testDocuments(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	fx := Fixtures()
	order := []int{2, 0, 1}
	var want []string
	for _, i := range order {
		Load(t, s, fx[i])
		want = append(want, fx[i].Document.ID)
	}
	if got := must(s.DocumentIDs(ctx))(t); !slices.Equal(got, want) {
		t.Errorf("DocumentIDs = %v, want load order %v", got, want)
	}
	fe := FixtureEdges()
	wantEdges := []string{fe["sanct"].ID, fe["threat"].ID, fe["urge"].ID, fe["coop"].ID}
	sort.Strings(wantEdges)
	if got := must(only(s.DocumentsEdgeIDs(ctx, []string{fx[2].Document.ID})))(t); !slices.Equal(got, wantEdges) {
		t.Errorf("DocumentsEdgeIDs(C) = %v, want %v", got, wantEdges)
	}
	wantEnts := []string{KCNA, Blinken, KimAlt, CHN, PRK, USA}
	if got := must(only(s.DocumentsEntityIDs(ctx, []string{fx[2].Document.ID})))(t); !slices.Equal(got, wantEnts) {
		t.Errorf("DocumentsEntityIDs(C) = %v, want %v", got, wantEnts)
	}
	if got := must(only(s.DocumentsEdgeIDs(ctx, []string{"doc:nope"})))(t); got != nil {
		t.Errorf("DocumentsEdgeIDs(unknown) = %v, want nil", got)
	}
}

func testStats(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	if got := must(s.Stats(ctx))(t); got != (store.Stats{}) {
		t.Errorf("empty Stats = %+v", got)
	}
	fx := Fixtures()
	Load(t, s, fx...)
	// Edge mentions: A 2, B 3, C 4 sentences stating edges.
	want := store.Stats{Documents: 3, Entities: 11, Edges: 8, Events: 1, Mentions: 9}
	if got := must(s.Stats(ctx))(t); got != want {
		t.Errorf("Stats = %+v, want %+v", got, want)
	}
}

func testSearch(t *testing.T, open Opener) {
	ctx := context.Background()
	s, _ := loaded(t, open)
	tests := []struct {
		text  string
		kinds []graph.Kind
		limit int
		want  []string
	}{
		{"north korea", nil, 10, []string{PRK}},
		{"NORTH  Korea!", nil, 10, []string{PRK}},
		{"Pyongyang", nil, 10, []string{Pyongyang, PRK}},
		{"pyongyang", []graph.Kind{graph.KindPlace}, 10, []string{Pyongyang}},
		{"pyongyang", []graph.Kind{graph.KindState, graph.KindPerson}, 10, []string{PRK}},
		{"shoigu", nil, 10, []string{Shoigu}},
		{"kim", nil, 10, []string{Kim, KimAlt}},
		{"jong", nil, 10, []string{Kim, KimAlt}},
		{"jong un", nil, 10, []string{Kim}},
		// exact (alias Korea) > prefix (Korean Central ...) > word prefix (North Korea)
		{"korea", nil, 10, []string{KOR, KCNA, PRK}},
		{"korea", nil, 2, []string{KOR, KCNA}},
		{"kcna", nil, 10, []string{KCNA}},
		{"Séoul", nil, 10, nil},
		{"rüssia", nil, 10, []string{RUS}},
		{"the united states", nil, 10, []string{USA}},
		{"states", nil, 10, []string{USA}},
		{"", nil, 10, nil},
		{"zzz", nil, 10, nil},
	}
	for _, tc := range tests {
		got := must(s.Search(ctx, tc.text, tc.kinds, tc.limit))(t)
		if len(got) != len(tc.want) || (len(got) > 0 && !slices.Equal(got, tc.want)) {
			t.Errorf("Search(%q, %v, %d) = %v, want %v", tc.text, tc.kinds, tc.limit, got, tc.want)
		}
	}
}

func testNeighbors(t *testing.T, open Opener) {
	ctx := context.Background()
	s, _ := loaded(t, open)
	fe := FixtureEdges()
	got := must(s.Neighbors(ctx, []string{Shoigu, PRK, "state:XXX"}, nil))(t)
	wantShoigu := []store.Adjacent{
		{EdgeID: fe["visit"].ID, Other: PRK, Out: true},
		{EdgeID: fe["met"].ID, Other: Kim, Out: false},
	}
	if !reflect.DeepEqual(got[Shoigu], wantShoigu) {
		t.Errorf("Neighbors[Shoigu] = %+v, want %+v", got[Shoigu], wantShoigu)
	}
	if n := len(got[PRK]); n != 5 {
		t.Errorf("Neighbors[PRK] has %d edges, want 5: %+v", n, got[PRK])
	}
	if list, ok := got["state:XXX"]; !ok || len(list) != 0 {
		t.Errorf("Neighbors[unknown] = %v, %v; want an empty entry", list, ok)
	}
	typed := must(s.Neighbors(ctx, []string{PRK}, []graph.RelationType{graph.Supplied, graph.Cooperated}))(t)
	want := []store.Adjacent{
		{EdgeID: fe["supply"].ID, Other: RUS, Out: true},
		{EdgeID: fe["coop"].ID, Other: CHN, Out: false},
	}
	if !reflect.DeepEqual(typed[PRK], want) {
		t.Errorf("Neighbors[PRK] supplied/cooperated = %+v, want %+v", typed[PRK], want)
	}
}

func testValidation(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	tests := []struct {
		name   string
		mutate func(x *graph.Extraction)
	}{
		{"empty document ID", func(x *graph.Extraction) { x.Document.ID = "" }},
		{"bad kind", func(x *graph.Extraction) { x.Entities[0].Kind = "animal" }},
		{"ID of another kind", func(x *graph.Extraction) { x.Entities[0].ID = "org:sergei-shoigu" }},
		{"unnamed entity", func(x *graph.Extraction) { x.Entities[1].Name = " " }},
		{"edge end not in extraction", func(x *graph.Extraction) { x.Edges[0].To = "state:FRA" }},
		{"edge without an end", func(x *graph.Extraction) { x.Edges[0].From = "" }},
		{"event with an empty participant", func(x *graph.Extraction) { x.Events[0].Actors = append(x.Events[0].Actors, "") }},
		{"bad event date", func(x *graph.Extraction) { x.Events[0].Date = graph.Date{Value: "2023-02-30"} }},
		{"edge claimant not in extraction", func(x *graph.Extraction) {
			x.Edges[0].Modality, x.Edges[0].AttributedTo = graph.Alleged, "state:FRA"
		}},
		{"bad relation type", func(x *graph.Extraction) { x.Edges[0].Type = "Visited!" }},
		{"empty relation type", func(x *graph.Extraction) { x.Edges[0].Type = "" }},
		{"bad modality", func(x *graph.Extraction) { x.Edges[0].Modality = "certain" }},
		{"bad date", func(x *graph.Extraction) { x.Edges[0].Date = graph.Date{Value: "2023-13-45"} }},
		{"confidence above 1", func(x *graph.Extraction) { x.Edges[0].Confidence = 1.5 }},
		{"unknown event", func(x *graph.Extraction) { x.Edges[0].EventID = "event:nope" }},
		{"event participant not in extraction", func(x *graph.Extraction) { x.Events[0].Targets = []string{"state:FRA"} }},
		{"mentions of unknown entity", func(x *graph.Extraction) { x.EntityMentions["state:FRA"] = nil }},
	}
	for _, tc := range tests {
		x := Fixtures()[0]
		tc.mutate(x)
		if _, err := s.Ingest(ctx, x); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("%s: Ingest error = %v, want ErrInvalid", tc.name, err)
		}
	}
	if _, err := s.Ingest(ctx, nil); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("Ingest(nil) error = %v, want ErrInvalid", err)
	}
	if got := must(s.Stats(ctx))(t); got != (store.Stats{}) {
		t.Errorf("refused extractions left data: %+v", got)
	}
	// A relation type beyond the scored ones is accepted.
	x := Fixtures()[0]
	x.Edges[0].Type = "member_of"
	if _, err := s.Ingest(ctx, x); err != nil {
		t.Errorf("Ingest with type member_of: %v", err)
	}
}

func testDeleteDocument(t *testing.T, open Opener) {
	ctx := context.Background()
	s, fx := loaded(t, open)
	fe := FixtureEdges()
	ok := must(s.DeleteDocument(ctx, fx[1].Document.ID))(t)
	if !ok {
		t.Fatal("DeleteDocument(B) = false")
	}
	if ok := must(s.DeleteDocument(ctx, fx[1].Document.ID))(t); ok {
		t.Error("second DeleteDocument(B) = true")
	}
	edges := must(s.Edges(ctx, []string{fe["met"].ID, fe["accuse"].ID, fe["supply"].ID}))(t)
	if edges[0] == nil || len(edges[0].Mentions) != 1 || edges[0].Mentions[0].DocumentID != fx[0].Document.ID {
		t.Errorf("met after deleting B = %+v, want one mention from A", edges[0])
	}
	if edges[0] != nil && edges[0].Confidence != 0.8 {
		t.Errorf("met confidence after deleting B = %v, want A's 0.8", edges[0].Confidence)
	}
	if edges[1] != nil || edges[2] != nil {
		t.Errorf("edges only B stated survive: %v %v", edges[1], edges[2])
	}
	ents := must(s.Entities(ctx, []string{KOR, PRK}))(t)
	if ents[0] != nil {
		t.Errorf("South Korea survives: %+v", ents[0])
	}
	if ents[1] == nil || slices.Contains(ents[1].Aliases, "DPRK") {
		t.Errorf("PRK after deleting B = %+v, want no DPRK alias", ents[1])
	}
	if got := must(s.Search(ctx, "dprk", nil, 10))(t); len(got) != 0 {
		t.Errorf("Search(dprk) after deleting B = %v", got)
	}
	if got := must(s.EdgeIDs(ctx, store.EdgeFilter{Node: KOR}))(t); len(got) != 0 {
		t.Errorf("KOR adjacency after deleting B = %v", got)
	}
	if got := must(s.DocumentIDs(ctx))(t); slices.Contains(got, fx[1].Document.ID) {
		t.Errorf("DocumentIDs after deleting B = %v", got)
	}
	// Reloading B brings everything back.
	res := must(s.Ingest(ctx, Fixtures()[1]))(t)
	if !res.Created {
		t.Error("Ingest(B) after delete: Created = false")
	}
	if got := must(s.Stats(ctx))(t); got.Documents != 3 || got.Edges != 8 {
		t.Errorf("Stats after reload = %+v", got)
	}
}

func testDeleteEqualsNeverLoaded(t *testing.T, open Opener) {
	ctx := context.Background()
	for _, del := range [][]int{{1}, {0}, {2}, {0, 2}, {0, 1, 2}} {
		full := open(t)
		fx := Fixtures()
		Load(t, full, fx...)
		gone := map[int]bool{}
		for _, i := range del {
			gone[i] = true
			if ok := must(full.DeleteDocument(ctx, fx[i].Document.ID))(t); !ok {
				t.Fatalf("DeleteDocument(%d) = false", i)
			}
		}
		partial := open(t)
		for i, x := range Fixtures() {
			if !gone[i] {
				Load(t, partial, x)
			}
		}
		a, b := TakeSnapshot(t, full), TakeSnapshot(t, partial)
		if !reflect.DeepEqual(a, b) {
			t.Errorf("deleting %v differs from never loading:\n%s", del, diff(a, b))
		}
	}

	// Many documents sharing hub entities: most deletions leave the
	// single-valued fields of an entity alone.
	full := open(t)
	docs := Generate(5, 30, 10, 8)
	Load(t, full, docs...)
	partial := open(t)
	for i, x := range Generate(5, 30, 10, 8) {
		if i%3 == 1 {
			must(full.DeleteDocument(ctx, x.Document.ID))(t)
		} else {
			Load(t, partial, x)
		}
	}
	a, b := TakeSnapshot(t, full), TakeSnapshot(t, partial)
	if !reflect.DeepEqual(a, b) {
		t.Errorf("deleting a third of generated documents differs from never loading them:\n%s", diff(a, b))
	}
}

func testMergeEntities(t *testing.T, open Opener) {
	ctx := context.Background()
	s, fx := loaded(t, open)
	threatOld := FixtureEdges()["threat"].ID
	threatNew := graph.EdgeID(graph.Threatened, Kim, USA, date("2023-10-02"), graph.Asserted, "")
	e := must(s.MergeEntities(ctx, Kim, []string{KimAlt}))(t)
	if e.ID != Kim || !slices.Contains(e.Aliases, "Kim Jongun") || !slices.Contains(e.Roles, "Chairman") {
		t.Errorf("merged entity = %+v", e)
	}
	if got := must(s.Resolve(ctx, KimAlt))(t); got != Kim {
		t.Errorf("Resolve(%s) = %s, want %s", KimAlt, got, Kim)
	}
	if got := must(s.Entities(ctx, []string{KimAlt}))(t)[0]; got == nil || got.ID != Kim {
		t.Errorf("Entities(%s) = %+v, want the merged Kim", KimAlt, got)
	}
	if got := must(s.EntityIDs(ctx, graph.KindPerson))(t); slices.Contains(got, KimAlt) {
		t.Errorf("EntityIDs still lists %s: %v", KimAlt, got)
	}
	edges := must(s.Edges(ctx, []string{threatOld, threatNew}))(t)
	if edges[0] != nil {
		t.Errorf("old threatened edge survives: %+v", edges[0])
	}
	if edges[1] == nil || edges[1].From != Kim || len(edges[1].Mentions) != 1 {
		t.Fatalf("re-keyed threatened edge = %+v", edges[1])
	}
	if got := must(s.EdgeIDs(ctx, store.EdgeFilter{Node: KimAlt, Types: []graph.RelationType{graph.Threatened}}))(t); !slices.Equal(got, []string{threatNew}) {
		t.Errorf("EdgeIDs(node old ID) = %v, want %v", got, []string{threatNew})
	}
	if got := must(only(s.EntitiesMentions(ctx, []string{Kim})))(t); len(got) != 3 {
		t.Errorf("Kim mentions after merge = %d, want 3", len(got))
	}
	if got := must(s.Search(ctx, "kim jongun", nil, 10))(t); !slices.Equal(got, []string{Kim}) {
		t.Errorf("Search(kim jongun) = %v", got)
	}
	if got := must(only(s.DocumentsEntityIDs(ctx, []string{fx[2].Document.ID})))(t); slices.Contains(got, KimAlt) || !slices.Contains(got, Kim) {
		t.Errorf("DocumentsEntityIDs(C) = %v", got)
	}
	if st := must(s.Stats(ctx))(t); st.Entities != 10 || st.Edges != 8 || st.Mentions != 9 {
		t.Errorf("Stats after merge = %+v", st)
	}

	// A new document naming the old ID lands on the merged entity.
	text := "Kim Jongun warned the United States again."
	x := &graph.Extraction{
		Document: graph.Document{ID: graph.DocumentID(text), Text: text},
		Entities: []graph.Entity{
			{ID: KimAlt, Kind: graph.KindPerson, Name: "Kim Jongun"},
			{ID: USA, Kind: graph.KindState, Name: "United States"},
		},
		Edges: []graph.Edge{{Type: graph.Warned, From: KimAlt, To: USA, Modality: graph.Asserted, Confidence: 0.5}},
	}
	// Its document ID may sort first, yet the merged entity keeps its name.
	x.Document.ID = "doc:0000"
	Load(t, s, x)
	if k := must(s.Entities(ctx, []string{Kim}))(t)[0]; k == nil || k.Name != e.Name || !slices.Contains(k.Aliases, "Kim Jongun") {
		t.Errorf("Kim after a document naming %s = %+v, want name %q", KimAlt, k, e.Name)
	}
	warned := graph.EdgeID(graph.Warned, Kim, USA, graph.Date{}, graph.Asserted, "")
	if got := must(s.Edges(ctx, []string{warned}))(t)[0]; got == nil || got.From != Kim {
		t.Errorf("edge of a later document naming the old ID = %+v", got)
	}
	if got := must(s.EntityIDs(ctx, graph.KindPerson))(t); slices.Contains(got, KimAlt) {
		t.Errorf("later document recreated %s", KimAlt)
	}

	// Deleting C takes the merged-in contributions away again.
	must(s.DeleteDocument(ctx, fx[2].Document.ID))(t)
	k := must(s.Entities(ctx, []string{Kim}))(t)[0]
	if k == nil || slices.Contains(k.Roles, "Chairman") {
		t.Errorf("Kim after deleting C = %+v, want no Chairman role", k)
	}
	if got := must(s.Edges(ctx, []string{threatNew}))(t)[0]; got != nil {
		t.Errorf("threatened edge survives deleting C: %+v", got)
	}

	if _, err := s.MergeEntities(ctx, Kim, []string{"person:nobody"}); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("merge of unknown error = %v, want ErrNotFound", err)
	}
	if _, err := s.MergeEntities(ctx, "person:nobody", []string{Kim}); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("merge into unknown error = %v, want ErrNotFound", err)
	}
	if _, err := s.MergeEntities(ctx, Kim, []string{PRK}); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("merge of a state into a person error = %v, want ErrInvalid", err)
	}
}

func testMergeSymmetricAndEvents(t *testing.T, open Opener) {
	ctx := context.Background()
	s, _ := loaded(t, open)
	// Merge Shoigu into KimAlt: the met edge (symmetric, both documents) moves
	// to KimAlt, and the visit event and its edge get new IDs.
	must(s.MergeEntities(ctx, KimAlt, []string{Shoigu}))(t)
	ev := graph.EventID(graph.Visited, []string{KimAlt}, []string{PRK}, date("2023-07-25"))
	evs := must(s.Events(ctx, []string{ev}))(t)
	if evs[0] == nil || !slices.Equal(evs[0].Actors, []string{KimAlt}) {
		t.Fatalf("re-keyed event = %+v", evs[0])
	}
	got := must(s.EventIDs(ctx, store.EventFilter{Participant: KimAlt}))(t)
	if !slices.Equal(got, []string{ev}) {
		t.Errorf("EventIDs(participant) = %v, want %v", got, []string{ev})
	}
	visit := graph.EdgeID(graph.Visited, KimAlt, PRK, date("2023-07-25"), graph.Asserted, "")
	e := must(s.Edges(ctx, []string{visit}))(t)[0]
	if e == nil || e.EventID != ev {
		t.Errorf("re-keyed visit edge = %+v, want event %s", e, ev)
	}
	// The batch lists follow the redirect and the re-keyed event.
	if got := must(s.EntitiesEventIDs(ctx, []string{Shoigu, KimAlt}))(t); !reflect.DeepEqual(got, [][]string{{ev}, {ev}}) {
		t.Errorf("EntitiesEventIDs(old, new) = %v, want [[%s] [%s]]", got, ev, ev)
	}
	oldEv := graph.EventID(graph.Visited, []string{Shoigu}, []string{PRK}, date("2023-07-25"))
	if got := must(s.EventsEdgeIDs(ctx, []string{ev, oldEv}))(t); !reflect.DeepEqual(got, [][]string{{visit}, nil}) {
		t.Errorf("EventsEdgeIDs(new, old) = %v, want [[%s] []]", got, visit)
	}
	if got := must(s.EntitiesMentions(ctx, []string{Shoigu, KimAlt}))(t); len(got[0]) != 3 || !reflect.DeepEqual(got[0], got[1]) {
		t.Errorf("EntitiesMentions(old, new) = %v, want the same 3 mentions", got)
	}
	from, to := graph.CanonicalEnds(graph.Met, Kim, KimAlt)
	met := graph.EdgeID(graph.Met, from, to, date("2023-07-26"), graph.Asserted, "")
	m := must(s.Edges(ctx, []string{met, FixtureEdges()["met"].ID}))(t)
	if m[0] == nil || len(m[0].Mentions) != 2 || m[1] != nil {
		t.Errorf("met after merge: new %+v, old %+v", m[0], m[1])
	}
}

// testMergeEqualsRenamed checks that merging an entity gives the store that
// loading the documents with the entity renamed gives.
func testMergeEqualsRenamed(t *testing.T, open Opener) {
	ctx := context.Background()
	into, from := graph.StateID("S00"), graph.StateID("S01")
	docs := Generate(11, 40, 10, 8)
	merged := open(t)
	Load(t, merged, docs...)
	target := must(merged.Entities(ctx, []string{into, from}))(t)
	if target[0] == nil || target[1] == nil {
		t.Fatalf("generated documents lack %s or %s", into, from)
	}
	if n := len(must(merged.EventIDs(ctx, store.EventFilter{Participant: from}))(t)); n == 0 {
		t.Fatalf("generated documents have no event of %s", from)
	}
	must(merged.MergeEntities(ctx, into, []string{from}))(t)

	renamed := open(t)
	for _, x := range Generate(11, 40, 10, 8) {
		for i := range x.Entities {
			e := &x.Entities[i]
			if e.ID == from {
				e.ID, e.Aliases, e.Name = into, append(e.Aliases, e.Name), target[0].Name
			}
			if e.Country == from {
				e.Country = into
			}
		}
		if ms, ok := x.EntityMentions[from]; ok {
			delete(x.EntityMentions, from)
			x.EntityMentions[into] = append(x.EntityMentions[into], ms...)
		}
		for i := range x.Edges {
			e := &x.Edges[i]
			for _, p := range []*string{&e.From, &e.To, &e.AttributedTo} {
				if *p == from {
					*p = into
				}
			}
		}
		for i := range x.Events {
			ev := &x.Events[i]
			for _, list := range [][]string{ev.Actors, ev.Targets} {
				for j := range list {
					if list[j] == from {
						list[j] = into
					}
				}
			}
			for _, p := range []*string{&ev.Place, &ev.AttributedTo} {
				if *p == from {
					*p = into
				}
			}
		}
		Load(t, renamed, x)
	}
	a, b := TakeSnapshot(t, merged), TakeSnapshot(t, renamed)
	if !reflect.DeepEqual(a, b) {
		t.Errorf("merged store differs from renamed load:\n%s", diff(a, b))
	}
}

func testConcurrent(t *testing.T, open Opener) {
	ctx := context.Background()
	docs := append(Fixtures(), Generate(7, 24, 10, 8)...)
	seq := open(t)
	Load(t, seq, docs...)
	conc := open(t)
	const workers = 8
	var (
		wg      sync.WaitGroup
		mu      sync.Mutex
		created int
		errs    []error
	)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			order := rand.New(rand.NewPCG(uint64(w), 1)).Perm(len(docs))
			for _, i := range order {
				res, err := conc.Ingest(ctx, docs[i])
				mu.Lock()
				if err != nil {
					errs = append(errs, err)
				} else if res.Created {
					created++
				}
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	if len(errs) > 0 {
		t.Fatalf("concurrent Ingest errors: %v", errs)
	}
	if created != len(docs) {
		t.Errorf("Created true %d times, want %d", created, len(docs))
	}
	a, b := TakeSnapshot(t, seq), TakeSnapshot(t, conc)
	if !reflect.DeepEqual(a, b) {
		t.Errorf("concurrent ingest differs from sequential:\n%s", diff(a, b))
	}
}

// testConcurrentDeletes ingests documents while others delete some of them;
// once the deleted ones are deleted a last time, the store must equal one
// that never loaded them.
func testConcurrentDeletes(t *testing.T, open Opener) {
	ctx := context.Background()
	docs := append(Fixtures(), Generate(9, 24, 10, 8)...)
	gone := func(i int) bool { return i%4 == 1 }
	s := open(t)
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for w := 0; w < 6; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for _, i := range rand.New(rand.NewPCG(uint64(w), 2)).Perm(len(docs)) {
				var err error
				if w%3 == 2 && gone(i) {
					_, err = s.DeleteDocument(ctx, docs[i].Document.ID)
				} else {
					_, err = s.Ingest(ctx, docs[i])
				}
				if err != nil {
					errs <- err
					return
				}
			}
		}(w)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	want := open(t)
	for i, x := range docs {
		if gone(i) {
			must(s.DeleteDocument(ctx, x.Document.ID))(t)
		} else {
			Load(t, want, x)
		}
	}
	a, b := TakeSnapshot(t, s), TakeSnapshot(t, want)
	if !reflect.DeepEqual(a, b) {
		t.Errorf("after concurrent ingests and deletes:\n%s", diff(a, b))
	}
}

// testDocumentHeads checks that a document's head is the document without
// its text, twice in a row (the second may be kept from the first), and
// nil for an unknown or deleted one.
func testDocumentHeads(t *testing.T, open Opener) {
	ctx := context.Background()
	s, fx := loaded(t, open)
	ids := []string{fx[1].Document.ID, "doc:nope", fx[0].Document.ID}
	full := must(s.Documents(ctx, ids))(t)
	for range 2 {
		heads := must(s.DocumentHeads(ctx, ids))(t)
		for i, h := range heads {
			want := full[i]
			if want != nil {
				w := *want
				w.Text = ""
				want = &w
			}
			if !reflect.DeepEqual(h, want) {
				t.Errorf("DocumentHeads(%s) = %+v, want %+v", ids[i], h, want)
			}
		}
	}
	must(s.DeleteDocument(ctx, fx[0].Document.ID))(t)
	if h := must(s.DocumentHeads(ctx, ids[2:]))(t)[0]; h != nil {
		t.Errorf("DocumentHeads of a deleted document = %+v, want nil", h)
	}
}

func testBackupRestore(t *testing.T, open Opener) {
	ctx := context.Background()
	s, _ := loaded(t, open)
	var buf bytes.Buffer
	if err := s.Backup(ctx, &buf); err != nil {
		t.Fatal(err)
	}
	fresh := open(t)
	if err := fresh.Restore(ctx, bytes.NewReader(buf.Bytes())); err != nil {
		t.Fatal(err)
	}
	a, b := TakeSnapshot(t, s), TakeSnapshot(t, fresh)
	if !reflect.DeepEqual(a, b) {
		t.Errorf("restored store differs:\n%s", diff(a, b))
	}
	if err := fresh.Restore(ctx, bytes.NewReader(buf.Bytes())); !errors.Is(err, store.ErrNotEmpty) {
		t.Errorf("Restore into a full store error = %v, want ErrNotEmpty", err)
	}
	if res := must(fresh.Ingest(ctx, Fixtures()[0]))(t); res.Created {
		t.Error("Ingest after Restore: Created = true")
	}
}

func testClosed(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	Load(t, s, Fixtures()[0])
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := s.Stats(cancelled); !errors.Is(err, context.Canceled) {
		t.Errorf("Stats(cancelled) error = %v, want context.Canceled", err)
	}
	batchLists := map[string]func(ctx context.Context) error{
		"DocumentsEdgeIDs":   func(ctx context.Context) error { _, err := s.DocumentsEdgeIDs(ctx, []string{"doc:x"}); return err },
		"DocumentsEntityIDs": func(ctx context.Context) error { _, err := s.DocumentsEntityIDs(ctx, []string{"doc:x"}); return err },
		"EntitiesEventIDs":   func(ctx context.Context) error { _, err := s.EntitiesEventIDs(ctx, []string{PRK}); return err },
		"EntitiesMentions":   func(ctx context.Context) error { _, err := s.EntitiesMentions(ctx, []string{PRK}); return err },
		"EventsEdgeIDs":      func(ctx context.Context) error { _, err := s.EventsEdgeIDs(ctx, []string{"event:x"}); return err },
	}
	for name, call := range batchLists {
		if err := call(cancelled); !errors.Is(err, context.Canceled) {
			t.Errorf("%s(cancelled) error = %v, want context.Canceled", name, err)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Stats(ctx); !errors.Is(err, store.ErrClosed) {
		t.Errorf("Stats after Close error = %v, want ErrClosed", err)
	}
	for name, call := range batchLists {
		if err := call(ctx); !errors.Is(err, store.ErrClosed) {
			t.Errorf("%s after Close error = %v, want ErrClosed", name, err)
		}
	}
	if _, err := s.Ingest(ctx, Fixtures()[1]); !errors.Is(err, store.ErrClosed) {
		t.Errorf("Ingest after Close error = %v, want ErrClosed", err)
	}
}

// Snapshot is everything a store answers about its content, in a comparable
// form: what two stores holding the same facts must agree on. Documents are
// listed by ID, not load order.
type Snapshot struct {
	Stats        store.Stats
	EntityIDs    []string
	Entities     []*graph.Entity
	Mentions     map[string][]graph.Mention
	EntityEvents map[string][]string
	EdgeIDs      []string
	Edges        []*graph.Edge
	EventIDs     []string
	Events       []*graph.Event
	EventEdges   map[string][]string
	Documents    []*graph.Document
	// DocumentHeads are those of the fixtures' documents, stored or not.
	DocumentHeads []*graph.Document
	DocEdges      map[string][]string
	DocEntities   map[string][]string
	Neighbors     map[string][]store.Adjacent
	// Pairs holds, per entity, TopNeighbors and Relations (pairs.go).
	Pairs  map[string]PairView
	Search map[string][]string
	ByKind map[graph.Kind][]string
	ByType map[graph.RelationType][]string
	ByYear map[string][]string
}

// TakeSnapshot reads s whole.
func TakeSnapshot(t testing.TB, s store.Store) Snapshot {
	t.Helper()
	ctx := context.Background()
	var sn Snapshot
	sn.Stats = must(s.Stats(ctx))(t)
	sn.EntityIDs = must(s.EntityIDs(ctx, ""))(t)
	sn.Entities = must(s.Entities(ctx, sn.EntityIDs))(t)
	sn.Mentions = map[string][]graph.Mention{}
	sn.Search = map[string][]string{}
	mentions := must(s.EntitiesMentions(ctx, sn.EntityIDs))(t)
	events := must(s.EntitiesEventIDs(ctx, sn.EntityIDs))(t)
	sn.EntityEvents = map[string][]string{}
	for i, e := range sn.Entities {
		// An entity's mentions list in load order by block (see
		// store.DB.EntitiesMentions), which differs between stores that
		// loaded the same documents in other batches: a snapshot compares
		// what is stored, in one order.
		sn.Mentions[e.ID] = sortedMentions(mentions[i])
		sn.EntityEvents[e.ID] = events[i]
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			sn.Search[n] = must(s.Search(ctx, n, nil, 0))(t)
		}
	}
	sn.ByKind = map[graph.Kind][]string{}
	for _, k := range graph.Kinds {
		sn.ByKind[k] = must(s.EntityIDs(ctx, k))(t)
	}
	sn.EdgeIDs = must(s.EdgeIDs(ctx, store.EdgeFilter{}))(t)
	sn.Edges = must(s.Edges(ctx, sn.EdgeIDs))(t)
	sn.ByType = map[graph.RelationType][]string{}
	for _, ty := range graph.ScoredRelationTypes {
		sn.ByType[ty] = must(s.EdgeIDs(ctx, store.EdgeFilter{Types: []graph.RelationType{ty}}))(t)
	}
	sn.ByYear = map[string][]string{}
	for _, y := range []string{"2019", "2020", "2021", "2022", "2023", "2024"} {
		sn.ByYear[y] = must(s.EdgeIDs(ctx, store.EdgeFilter{DateFrom: date(y), DateTo: date(y)}))(t)
	}
	sn.EventIDs = must(s.EventIDs(ctx, store.EventFilter{}))(t)
	sn.Events = must(s.Events(ctx, sn.EventIDs))(t)
	sn.EventEdges = map[string][]string{}
	for i, es := range must(s.EventsEdgeIDs(ctx, sn.EventIDs))(t) {
		sn.EventEdges[sn.EventIDs[i]] = es
	}
	docIDs := must(s.DocumentIDs(ctx))(t)
	sort.Strings(docIDs)
	sn.Documents = must(s.Documents(ctx, docIDs))(t)
	var fixtureDocs []string
	for _, x := range Fixtures() {
		fixtureDocs = append(fixtureDocs, x.Document.ID)
	}
	sn.DocumentHeads = must(s.DocumentHeads(ctx, fixtureDocs))(t)
	sn.DocEdges = map[string][]string{}
	sn.DocEntities = map[string][]string{}
	docEdges := must(s.DocumentsEdgeIDs(ctx, docIDs))(t)
	docEntities := must(s.DocumentsEntityIDs(ctx, docIDs))(t)
	for i, d := range docIDs {
		sn.DocEdges[d] = docEdges[i]
		sn.DocEntities[d] = docEntities[i]
	}
	sn.Neighbors = must(s.Neighbors(ctx, sn.EntityIDs, nil))(t)
	sn.Pairs = takePairs(t, s, sn.EntityIDs)
	return sn
}

// diff describes the first fields in which two snapshots differ.
func diff(a, b Snapshot) string {
	va, vb := reflect.ValueOf(a), reflect.ValueOf(b)
	var out bytes.Buffer
	for i := 0; i < va.NumField(); i++ {
		fa, fb := va.Field(i), vb.Field(i)
		if reflect.DeepEqual(fa.Interface(), fb.Interface()) {
			continue
		}
		name := va.Type().Field(i).Name
		if fa.Kind() == reflect.Map {
			// Show only the entries that differ.
			keys := map[string]reflect.Value{}
			for _, k := range append(fa.MapKeys(), fb.MapKeys()...) {
				keys[k.String()] = k
			}
			for _, ks := range sortedKeys(keys) {
				ea, eb := fa.MapIndex(keys[ks]), fb.MapIndex(keys[ks])
				if ea.IsValid() && eb.IsValid() && reflect.DeepEqual(ea.Interface(), eb.Interface()) {
					continue
				}
				out.WriteString(name + "[" + ks + "]:\n  " + clip(jsonOf(ea)) + "\n  " + clip(jsonOf(eb)) + "\n")
			}
			continue
		}
		out.WriteString(name + ":\n  " + clip(jsonOf(fa)) + "\n  " + clip(jsonOf(fb)) + "\n")
	}
	return out.String()
}

func jsonOf(v reflect.Value) string {
	if !v.IsValid() {
		return "(absent)"
	}
	b, err := json.Marshal(v.Interface())
	if err != nil {
		return err.Error()
	}
	return string(b)
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func clip(s string) string {
	if len(s) > 1500 {
		return s[:1500] + "..."
	}
	return s
}

// testReadsSeeWrites checks that every read after a write sees it, however
// much was read before: a store may keep what reads decoded for later
// reads of the same snapshot, and must not serve it to a later one. After
// each step, the store, read whole at every step before, equals a fresh
// store given the same steps and read once, and its rank lists match the
// edges.
func testReadsSeeWrites(t *testing.T, open Opener) {
	ctx := context.Background()
	fx := Fixtures()
	steps := []struct {
		name string
		do   func(s store.Store) error
	}{
		{"first document", func(s store.Store) error { _, err := s.Ingest(ctx, fx[0]); return err }},
		{"the other fixtures", func(s store.Store) error { _, err := s.IngestBatch(ctx, fx[1:]); return err }},
		{"generated documents", func(s store.Store) error { _, err := s.IngestBatch(ctx, Generate(7, 12, 8, 30)); return err }},
		{"a deletion", func(s store.Store) error { _, err := s.DeleteDocument(ctx, fx[0].Document.ID); return err }},
		{"a merge", func(s store.Store) error { _, err := s.MergeEntities(ctx, Kim, []string{KimAlt}); return err }},
	}
	warm := open(t)
	for i, step := range steps {
		if err := step.do(warm); err != nil {
			t.Fatalf("%s: %v", step.name, err)
		}
		cold := open(t)
		for _, prev := range steps[:i+1] {
			if err := prev.do(cold); err != nil {
				t.Fatalf("%s, again: %v", prev.name, err)
			}
		}
		if a, b := TakeSnapshot(t, warm), TakeSnapshot(t, cold); !reflect.DeepEqual(a, b) {
			t.Fatalf("after %s, the store read before differs from a fresh one:\n%s", step.name, diff(a, b))
		}
		checkOracle(t, warm, "after "+step.name)
	}
}

// sortedMentions returns ms in (document, sentence, start, end) order.
func sortedMentions(ms []graph.Mention) []graph.Mention {
	ms = slices.Clone(ms)
	slices.SortFunc(ms, func(a, b graph.Mention) int {
		return cmp.Or(strings.Compare(a.DocumentID, b.DocumentID), cmp.Compare(a.Sentence, b.Sentence),
			cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
	})
	return ms
}
