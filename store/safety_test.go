package store_test

import (
	"bytes"
	"context"
	"errors"
	"math/rand/v2"
	"reflect"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/store"
	"github.com/geokg/geokg/store/storetest"
)

// TestDiskFullRefusesWritesServesReads injects a free-space function: below
// the minimum every write fails with ErrDiskFull and changes nothing, reads
// go on, and once space is back the same write succeeds.
func TestDiskFullRefusesWritesServesReads(t *testing.T) {
	ctx := context.Background()
	db := openDisk(t, t.TempDir())
	docs := storetest.Fixtures()
	storetest.Load(t, db, docs[0])
	var free atomic.Uint64
	free.Store(100 << 20)
	db.SetMinFree(store.DefaultMinFree, func(string) (uint64, error) { return free.Load(), nil })
	before, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Ingest(ctx, docs[1]); !errors.Is(err, store.ErrDiskFull) {
		t.Fatalf("Ingest on a full disk: %v, want ErrDiskFull", err)
	}
	if _, err := db.DeleteDocument(ctx, docs[0].Document.ID); !errors.Is(err, store.ErrDiskFull) {
		t.Fatalf("DeleteDocument on a full disk: %v, want ErrDiskFull", err)
	}
	if err := db.Restore(ctx, bytes.NewReader(nil)); !errors.Is(err, store.ErrNotEmpty) && !errors.Is(err, store.ErrDiskFull) {
		t.Fatalf("Restore on a full disk: %v", err)
	}
	after, err := db.Stats(ctx)
	if err != nil || after != before {
		t.Fatalf("reads on a full disk: %+v, %v; want %+v", after, err, before)
	}
	if ents, err := db.Entities(ctx, []string{docs[0].Entities[0].ID}); err != nil || ents[0] == nil {
		t.Fatalf("Entities on a full disk: %v, %v", ents, err)
	}
	free.Store(1 << 40)
	if res, err := db.Ingest(ctx, docs[1]); err != nil || !res.Created {
		t.Fatalf("Ingest after space is freed: %+v, %v", res, err)
	}
}

func TestDiskFreeReal(t *testing.T) {
	n, err := store.DiskFree(t.TempDir())
	if err != nil || n == 0 {
		t.Fatalf("DiskFree = %d, %v", n, err)
	}
	if _, err := store.DiskFree("/nonexistent/geokg"); err == nil {
		t.Fatal("DiskFree of a missing folder: no error")
	}
}

// TestOpenLocked opens a folder twice: the second Open says the folder is in use.
func TestOpenLocked(t *testing.T) {
	dir := t.TempDir()
	openDisk(t, dir)
	_, err := store.Open(store.DefaultOptions(dir).WithLogger(quiet()))
	if !errors.Is(err, store.ErrLocked) {
		t.Fatalf("second Open: %v, want ErrLocked", err)
	}
}

// TestRestoreBadInput feeds Restore an empty, a random and a truncated
// backup: each fails with ErrBadBackup (or leaves no counts) and never panics.
func TestRestoreBadInput(t *testing.T) {
	ctx := context.Background()
	src := openMem(t)
	storetest.Load(t, src, storetest.Fixtures()...)
	var good bytes.Buffer
	if err := src.Backup(ctx, &good); err != nil {
		t.Fatal(err)
	}
	random := make([]byte, 4096)
	r := rand.New(rand.NewPCG(1, 2))
	for i := range random {
		random[i] = byte(r.UintN(256))
	}
	for name, in := range map[string][]byte{
		"random":    random,
		"truncated": good.Bytes()[:good.Len()/2],
		"one byte":  good.Bytes()[:1],
	} {
		db := openMemUnchecked(t)
		if err := db.Restore(ctx, bytes.NewReader(in)); !errors.Is(err, store.ErrBadBackup) {
			t.Errorf("%s: Restore = %v, want ErrBadBackup", name, err)
		}
	}
	db := openMem(t)
	if err := db.Restore(ctx, bytes.NewReader(good.Bytes())); err != nil {
		t.Fatalf("good backup: %v", err)
	}
	want, _ := src.Stats(ctx)
	if got, _ := db.Stats(ctx); got != want {
		t.Fatalf("restored stats %+v, want %+v", got, want)
	}
}

// openMemUnchecked opens a store in memory whose counts are not checked at
// the end (a failed restore may leave it partly written).
func openMemUnchecked(t *testing.T) *store.DB {
	t.Helper()
	db, err := store.Open(store.DefaultOptions("").WithInMemory(true).WithLogger(quiet()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// TestSoakReadsDuringWrites reads (stats, entities, top neighbors, search)
// while writers ingest and delete the same documents; every read succeeds,
// no write fails, the counts agree with a recount at the end, and what the
// reads kept of the final state (the snapshot cache) is what a store that
// keeps nothing reads. Run it with -race.
func TestSoakReadsDuringWrites(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db := openDisk(t, dir)
	docs := storetest.Generate(7, 60, 12, 10)
	storetest.Load(t, db, docs[:20]...)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	var writes, reads atomic.Int64
	errc := make(chan error, 16)
	report := func(err error) {
		select {
		case errc <- err:
		default:
		}
	}
	for w := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				x := docs[(w*17+i)%len(docs)]
				if _, err := db.Ingest(ctx, x); err != nil {
					report(err)
					return
				}
				if i%3 == 0 {
					if _, err := db.DeleteDocument(ctx, x.Document.ID); err != nil {
						report(err)
						return
					}
				}
				writes.Add(1)
			}
		}()
	}
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ids := []string{docs[0].Entities[0].ID, docs[1].Entities[0].ID}
			for {
				select {
				case <-stop:
					return
				default:
				}
				if _, err := db.Stats(ctx); err != nil {
					report(err)
					return
				}
				if _, err := db.Entities(ctx, ids); err != nil {
					report(err)
					return
				}
				if _, err := db.TopNeighbors(ctx, ids, nil, 5); err != nil {
					report(err)
					return
				}
				if _, err := db.PairEdges(ctx, [][2]string{{ids[0], ids[1]}}, nil, 2); err != nil {
					report(err)
					return
				}
				pages, err := db.EdgeIDsFirst(ctx, []store.EdgeFilter{{Node: ids[0]}}, 5, true)
				if err != nil {
					report(err)
					return
				}
				if _, err := db.Edges(ctx, pages[0].IDs); err != nil {
					report(err)
					return
				}
				if _, err := db.Search(ctx, "a", []graph.Kind{graph.KindState}, 20); err != nil {
					report(err)
					return
				}
				reads.Add(1)
			}
		}()
	}
	time.Sleep(3 * time.Second)
	close(stop)
	wg.Wait()
	close(errc)
	for err := range errc {
		t.Error(err)
	}
	if writes.Load() == 0 || reads.Load() == 0 {
		t.Fatalf("soak did nothing: %d writes, %d reads", writes.Load(), reads.Load())
	}
	t.Logf("%d writes and %d reads in 3 s", writes.Load(), reads.Load())
	// What the reads decoded and kept during the soak is what a store that
	// keeps nothing reads of the final state.
	cached := readNeighborhoods(t, db)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	plain, err := store.Open(store.DefaultOptions(dir).WithRecordCacheSize(-1).WithLogger(quiet()))
	if err != nil {
		t.Fatal(err)
	}
	closeAndCheck(t, plain) // the counts agree with a recount
	if fresh := readNeighborhoods(t, plain); !reflect.DeepEqual(cached, fresh) {
		t.Errorf("after the soak, the store's reads differ from an uncached store's")
	}
}

// readNeighborhoods reads every entity, its top neighbors, the edges of
// those ties, its first edges and their count, and those edges with their
// mentions, twice (the second time from what the first kept), and returns
// the second reading.
func readNeighborhoods(t *testing.T, db *store.DB) map[string]any {
	ctx := context.Background()
	ids, err := db.EntityIDs(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	var out map[string]any
	for range 2 {
		ents, err := db.Entities(ctx, ids)
		if err != nil {
			t.Fatal(err)
		}
		top, err := db.TopNeighbors(ctx, ids, nil, 3)
		if err != nil {
			t.Fatal(err)
		}
		met, err := db.TopNeighbors(ctx, ids, []graph.RelationType{graph.Met, graph.Visited}, 0)
		if err != nil {
			t.Fatal(err)
		}
		var pairs [][2]string
		var filters []store.EdgeFilter
		for i, id := range ids {
			filters = append(filters, store.EdgeFilter{Node: id})
			for _, nb := range top[i] {
				pairs = append(pairs, [2]string{id, nb.ID})
			}
		}
		tied, err := db.PairEdges(ctx, pairs, nil, 2)
		if err != nil {
			t.Fatal(err)
		}
		pages, err := db.EdgeIDsFirst(ctx, filters, 4, true)
		if err != nil {
			t.Fatal(err)
		}
		var edgeIDs []string
		for _, p := range pages {
			edgeIDs = append(edgeIDs, p.IDs...)
		}
		edges, err := db.Edges(ctx, edgeIDs)
		if err != nil {
			t.Fatal(err)
		}
		out = map[string]any{"entities": ents, "top": top, "met": met, "pairs": tied, "pages": pages, "edges": edges}
	}
	return out
}
