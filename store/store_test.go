package store_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"reflect"
	"sync/atomic"
	"testing"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/store"
	"github.com/geokg/geokg/store/storetest"
)

func quiet() *slog.Logger { return slog.New(slog.DiscardHandler) }

func openMem(t testing.TB) *store.DB {
	t.Helper()
	db, err := store.Open(store.DefaultOptions("").WithInMemory(true).WithLogger(quiet()))
	if err != nil {
		t.Fatal(err)
	}
	closeAndCheck(t, db)
	return db
}

// closeAndCheck closes db when t ends, after checking that the stored counts
// agree with a recount.
func closeAndCheck(t testing.TB, db *store.DB) {
	t.Cleanup(func() {
		ctx := context.Background()
		kept, err := db.Stats(ctx)
		if errors.Is(err, store.ErrClosed) {
			return
		}
		counted, err2 := db.CountStats(ctx)
		if err != nil || err2 != nil {
			t.Errorf("Stats: %v, CountStats: %v", err, err2)
		} else if kept != counted {
			t.Errorf("stored counts %+v, recount %+v", kept, counted)
		}
		if err := db.Close(); err != nil {
			t.Error(err)
		}
	})
}

func openDisk(t testing.TB, dir string) *store.DB {
	t.Helper()
	db, err := store.Open(store.DefaultOptions(dir).WithLogger(quiet()))
	if err != nil {
		t.Fatal(err)
	}
	closeAndCheck(t, db)
	return db
}

func TestConformanceInMemory(t *testing.T) {
	storetest.TestAll(t, func(t *testing.T) store.Store { return openMem(t) })
}

func TestConformanceOnDisk(t *testing.T) {
	if testing.Short() {
		t.Skip("on-disk suite skipped in -short mode")
	}
	storetest.TestAll(t, func(t *testing.T) store.Store { return openDisk(t, t.TempDir()) })
}

func TestReopen(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db := openDisk(t, dir)
	storetest.Load(t, db, storetest.Fixtures()...)
	before := storetest.TakeSnapshot(t, db)
	order, err := db.DocumentIDs(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	db = openDisk(t, dir)
	after := storetest.TakeSnapshot(t, db)
	if !reflect.DeepEqual(before, after) {
		t.Errorf("reopened store differs: %+v vs %+v", before.Stats, after.Stats)
	}
	if got, _ := db.DocumentIDs(ctx); !reflect.DeepEqual(got, order) {
		t.Errorf("DocumentIDs after reopen = %v, want %v", got, order)
	}
	for _, x := range storetest.Fixtures() {
		res, err := db.Ingest(ctx, x)
		if err != nil {
			t.Fatal(err)
		}
		if res.Created {
			t.Errorf("Ingest %s after reopen: Created = true", x.Document.ID)
		}
	}
	if st, _ := db.Stats(ctx); st != before.Stats {
		t.Errorf("Stats after re-ingest = %+v, want %+v", st, before.Stats)
	}
}

// TestRedirectsFollowed checks that merge redirects are followed wherever
// they came from: a merge in this process, the store as it was opened, and
// a restore (store.redirectSet skips reading redirects of IDs it does not
// know; each of the three teaches it in its own way).
func TestRedirectsFollowed(t *testing.T) {
	ctx := context.Background()
	resolves := func(t *testing.T, s store.Store, how string) {
		t.Helper()
		got, err := s.Resolve(ctx, storetest.KimAlt)
		if err != nil || got != storetest.Kim {
			t.Errorf("%s: Resolve(%s) = %s, %v; want %s", how, storetest.KimAlt, got, err, storetest.Kim)
		}
		ents, err := s.Entities(ctx, []string{storetest.KimAlt})
		if err != nil || ents[0] == nil || ents[0].ID != storetest.Kim {
			t.Errorf("%s: Entities(%s) = %+v, %v; want %s", how, storetest.KimAlt, ents, err, storetest.Kim)
		}
		page, err1 := s.EdgeIDsFirst(ctx, []store.EdgeFilter{{Node: storetest.KimAlt}}, 50, true)
		want, err2 := s.EdgeIDsFirst(ctx, []store.EdgeFilter{{Node: storetest.Kim}}, 50, true)
		if err1 != nil || err2 != nil || want[0].Total == 0 || !reflect.DeepEqual(page, want) {
			t.Errorf("%s: edges of %s = %+v (%v), want those of %s, %+v (%v)", how, storetest.KimAlt, page, err1, storetest.Kim, want, err2)
		}
	}
	dir := t.TempDir()
	db := openDisk(t, dir)
	storetest.Load(t, db, storetest.Fixtures()...)
	if _, err := db.MergeEntities(ctx, storetest.Kim, []string{storetest.KimAlt}); err != nil {
		t.Fatal(err)
	}
	resolves(t, db, "after the merge")
	var backup bytes.Buffer
	if err := db.Backup(ctx, &backup); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	resolves(t, openDisk(t, dir), "reopened")
	restored := openMem(t)
	if err := restored.Restore(ctx, &backup); err != nil {
		t.Fatal(err)
	}
	resolves(t, restored, "restored")
}

func TestOpenNeedsDir(t *testing.T) {
	if _, err := store.Open(store.DefaultOptions("")); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("Open without dir error = %v, want ErrInvalid", err)
	}
}

func ExampleOpen() {
	ctx := context.Background()
	db, err := store.Open(store.DefaultOptions("").WithInMemory(true).WithLogger(quiet()))
	if err != nil {
		panic(err)
	}
	defer db.Close()

	text := "Sergei Shoigu visited North Korea."
	x := &graph.Extraction{
		Document: graph.Document{ID: graph.DocumentID(text), Text: text},
		Entities: []graph.Entity{
			{ID: "person:sergei-shoigu", Kind: graph.KindPerson, Name: "Sergei Shoigu"},
			{ID: "state:PRK", Kind: graph.KindState, Name: "North Korea", Aliases: []string{"Pyongyang"}},
		},
		Edges: []graph.Edge{{Type: graph.Visited, From: "person:sergei-shoigu", To: "state:PRK",
			Modality: graph.Asserted, Confidence: 0.9}},
	}
	res, err := db.Ingest(ctx, x)
	if err != nil {
		panic(err)
	}
	again, _ := db.Ingest(ctx, x)
	ids, _ := db.Search(ctx, "pyongyang", nil, 10)
	out, _ := db.EdgeIDs(ctx, store.EdgeFilter{Node: "person:sergei-shoigu", Direction: store.Out})
	st, _ := db.Stats(ctx)
	fmt.Println(res.Created, again.Created, ids, len(out), st.Edges)
	// Output: true false [state:PRK] 1 1
}

func BenchmarkIngest(b *testing.B) {
	docs := storetest.Generate(1, b.N, 20, 15)
	db := openMem(b)
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := db.Ingest(ctx, docs[i]); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkIngestOnDisk(b *testing.B) {
	docs := storetest.Generate(1, b.N, 20, 15)
	db := openDisk(b, b.TempDir())
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := db.Ingest(ctx, docs[i]); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkIngestParallel(b *testing.B) {
	docs := storetest.Generate(3, b.N, 20, 15)
	db := openMem(b)
	ctx := context.Background()
	var next atomic.Int64
	b.SetParallelism(4) // 8 writers on 2 cores
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := db.Ingest(ctx, docs[next.Add(1)-1]); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(db.Conflicts())/float64(b.N), "conflicts/op")
}

// loadedDB returns a store holding 2000 generated documents.
func loadedDB(b *testing.B) *store.DB {
	db := openMem(b)
	storetest.Load(b, db, storetest.Generate(2, 2000, 20, 15)...)
	return db
}

func BenchmarkEdgeIDsByNode(b *testing.B) {
	db := loadedDB(b)
	ctx := context.Background()
	hub := graph.StateID("S00")
	filters := []struct {
		name string
		f    store.EdgeFilter
	}{
		{"both", store.EdgeFilter{Node: hub}},
		{"out-type-year", store.EdgeFilter{Node: hub, Direction: store.Out,
			Types: []graph.RelationType{graph.Accused}, DateFrom: graph.YearDate(2023), DateTo: graph.YearDate(2023)}},
	}
	for _, f := range filters {
		b.Run(f.name, func(b *testing.B) {
			n := 0
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				ids, err := db.EdgeIDs(ctx, f.f)
				if err != nil {
					b.Fatal(err)
				}
				n = len(ids)
			}
			b.ReportMetric(float64(n), "edges/op")
		})
	}
}

func BenchmarkSearch(b *testing.B) {
	db := loadedDB(b)
	ctx := context.Background()
	for _, q := range []string{"state number 3", "person", "name1", "ot"} {
		b.Run(q, func(b *testing.B) {
			n := 0
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				ids, err := db.Search(ctx, q, nil, 20)
				if err != nil {
					b.Fatal(err)
				}
				n = len(ids)
			}
			b.ReportMetric(float64(n), "hits/op")
		})
	}
}

// TestMergeHub merges an entity with about a thousand edges, which must fit
// in one transaction with DefaultOptions.
func TestMergeHub(t *testing.T) {
	if testing.Short() {
		t.Skip("loads 1000 documents")
	}
	ctx := context.Background()
	db := openMem(t)
	storetest.Load(t, db, storetest.Generate(2, 1000, 20, 15)...)
	hub, other := graph.StateID("S00"), graph.StateID("S01")
	hubEdges, err := db.EdgeIDs(ctx, store.EdgeFilter{Node: hub})
	if err != nil {
		t.Fatal(err)
	}
	if len(hubEdges) < 800 {
		t.Fatalf("hub has %d edges, want a big one", len(hubEdges))
	}
	before, _ := db.Stats(ctx)
	if _, err := db.MergeEntities(ctx, other, []string{hub}); err != nil {
		t.Fatalf("merging a hub of %d edges: %v", len(hubEdges), err)
	}
	after, _ := db.Stats(ctx)
	if after.Entities != before.Entities-1 || after.Mentions > before.Mentions || after.Edges > before.Edges {
		t.Errorf("Stats before %+v, after %+v", before, after)
	}
	viaOld, _ := db.EdgeIDs(ctx, store.EdgeFilter{Node: hub})
	viaNew, _ := db.EdgeIDs(ctx, store.EdgeFilter{Node: other})
	if !reflect.DeepEqual(viaOld, viaNew) || len(viaNew) < len(hubEdges) {
		t.Errorf("after merge: %d edges via the old ID, %d via the new, hub had %d", len(viaOld), len(viaNew), len(hubEdges))
	}
}

func TestEventEdgesAndDocumentEvents(t *testing.T) {
	ctx := context.Background()
	db := openMem(t)
	fx := storetest.Fixtures()
	storetest.Load(t, db, fx...)
	ev := graph.EventID(graph.Visited, []string{storetest.Shoigu}, []string{storetest.PRK}, graph.Date{Value: "2023-07-25", Precision: graph.DateDay})
	got, err := db.EventsEdgeIDs(ctx, []string{ev, "event:nope"})
	if err != nil {
		t.Fatal(err)
	}
	if want := [][]string{{storetest.FixtureEdges()["visit"].ID}, nil}; !reflect.DeepEqual(got, want) {
		t.Errorf("EventsEdgeIDs = %v, want %v", got, want)
	}
	tests := []struct {
		doc  string
		want []string
	}{
		{fx[0].Document.ID, []string{ev}},
		{fx[1].Document.ID, []string{}},
	}
	for _, tc := range tests {
		got, err := db.DocumentEventIDs(ctx, tc.doc)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("DocumentEventIDs(%s) = %v, want %v", tc.doc, got, tc.want)
		}
	}
	if _, err := db.DocumentEventIDs(ctx, "doc:nope"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("DocumentEventIDs(unknown) error = %v, want ErrNotFound", err)
	}
}

// BenchmarkDeleteDocument deletes a document from a store of 1000 and loads
// it again (to keep the store the same size), per op.
func BenchmarkDeleteDocument(b *testing.B) {
	docs := storetest.Generate(4, 1000, 20, 15)
	db := openMem(b)
	storetest.Load(b, db, docs...)
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		x := docs[i%len(docs)]
		if ok, err := db.DeleteDocument(ctx, x.Document.ID); err != nil || !ok {
			b.Fatalf("DeleteDocument = %v, %v", ok, err)
		}
		if _, err := db.Ingest(ctx, x); err != nil {
			b.Fatal(err)
		}
	}
}

func TestCollectGarbage(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name string
		db   *store.DB
	}{
		{"in memory", openMem(t)},
		{"on disk", openDisk(t, t.TempDir())},
	}
	for _, tc := range tests {
		storetest.Load(t, tc.db, storetest.Fixtures()...)
		if _, err := tc.db.DeleteDocument(ctx, storetest.Fixtures()[0].Document.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := tc.db.CollectGarbage(ctx); err != nil {
			t.Errorf("%s: CollectGarbage: %v", tc.name, err)
		}
		if st, err := tc.db.Stats(ctx); err != nil || st.Documents != 2 {
			t.Errorf("%s: Stats after GC = %+v, %v", tc.name, st, err)
		}
	}
}

// BenchmarkBatchLists reads the lists of 100 owners (documents, entities or
// events of a store of 2000 documents) with one batch call ("batch") and with
// one call per owner ("each"), the N+1 pattern that the batch methods replace.
func BenchmarkBatchLists(b *testing.B) {
	db := loadedDB(b)
	ctx := context.Background()
	first100 := func(ids []string, err error) []string {
		if err != nil {
			b.Fatal(err)
		}
		return ids[:min(100, len(ids))]
	}
	docs := first100(db.DocumentIDs(ctx))
	ents := first100(db.EntityIDs(ctx, ""))
	evs := first100(db.EventIDs(ctx, store.EventFilter{}))
	mentions := func(ctx context.Context, ids []string) (int, error) {
		ms, err := db.EntitiesMentions(ctx, ids)
		return len(ms), err
	}
	count := func(f func(context.Context, []string) ([][]string, error)) func(context.Context, []string) (int, error) {
		return func(ctx context.Context, ids []string) (int, error) {
			lists, err := f(ctx, ids)
			return len(lists), err
		}
	}
	methods := []struct {
		name string
		ids  []string
		call func(context.Context, []string) (int, error)
	}{
		{"DocumentsEdgeIDs", docs, count(db.DocumentsEdgeIDs)},
		{"DocumentsEntityIDs", docs, count(db.DocumentsEntityIDs)},
		{"EntitiesEventIDs", ents, count(db.EntitiesEventIDs)},
		{"EntitiesMentions", ents, mentions},
		{"EventsEdgeIDs", evs, count(db.EventsEdgeIDs)},
	}
	for _, m := range methods {
		if len(m.ids) < 100 {
			b.Fatalf("%s: only %d owners", m.name, len(m.ids))
		}
		b.Run(m.name+"/batch", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if n, err := m.call(ctx, m.ids); err != nil || n != len(m.ids) {
					b.Fatalf("%d lists, %v", n, err)
				}
			}
		})
		b.Run(m.name+"/each", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				for _, id := range m.ids {
					if n, err := m.call(ctx, []string{id}); err != nil || n != 1 {
						b.Fatalf("%d lists, %v", n, err)
					}
				}
			}
		})
	}
}

// benchBatch ingests b.N generated documents in batches of size into db.
func benchBatch(b *testing.B, db *store.DB, size int) {
	docs := storetest.Generate(1, b.N, 20, 15)
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i += size {
		rs, err := db.IngestBatch(ctx, docs[i:min(b.N, i+size)])
		if err != nil {
			b.Fatal(err)
		}
		for _, r := range rs {
			if r.Err != nil {
				b.Fatal(r.Err)
			}
		}
	}
}

func BenchmarkIngestBatch(b *testing.B) { benchBatch(b, openMem(b), 256) }

func BenchmarkIngestBatchOnDisk(b *testing.B) { benchBatch(b, openDisk(b, b.TempDir()), 256) }

// BenchmarkPrepare measures store.Prepare, which a bulk load's extraction
// workers run on every document, on generated extractions.
func BenchmarkPrepare(b *testing.B) {
	docs := storetest.Generate(1, 512, 20, 15)
	b.ReportAllocs()
	for b.Loop() {
		for _, x := range docs {
			if p := store.Prepare(x); p == nil {
				b.Fatal("no preparation")
			}
		}
	}
}
