package store_test

import (
	"context"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader"
	"github.com/geokg/geokg/store"
)

// bigText returns about size bytes of real news text, remixed from the
// sentences of the loader's held-out sets (deterministically) so that no
// paragraph repeats: paragraphs of four sentences, apart or all on one line.
func bigText(tb testing.TB, size int, oneLine bool) string {
	tb.Helper()
	var sents []string
	err := filepath.WalkDir("../loader/testdata", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".txt") {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, s := range strings.SplitAfter(strings.Join(strings.Fields(string(b)), " "), ". ") {
			if s = strings.TrimSpace(s); len(s) > 40 {
				sents = append(sents, s)
			}
		}
		return nil
	})
	if err != nil || len(sents) == 0 {
		tb.Skipf("no held-out text: %v", err)
	}
	sep := "\n\n"
	if oneLine {
		sep = " "
	}
	rng := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	for b.Len() < size {
		for i := range 4 {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(sents[rng.IntN(len(sents))])
		}
		b.WriteString(sep)
	}
	return b.String()
}

// dirSize sums the sizes of the files under dir.
func dirSize(tb testing.TB, dir string) int64 {
	tb.Helper()
	var n int64
	err := filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		if err == nil {
			n += info.Size()
		}
		return err
	})
	if err != nil {
		tb.Fatal(err)
	}
	return n
}

// emptyStoreSize is the size on disk of a store opened and closed empty.
func emptyStoreSize(t *testing.T) int64 {
	t.Helper()
	dir := t.TempDir()
	db, err := store.Open(store.DefaultOptions(dir).WithLogger(quiet()))
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	return dirSize(t, dir)
}

// TestLargeDocumentLinear checks that a 1 MB document, with many sentences or
// on one line, costs the store memory and disk linear in its text: each
// sentence is stored once, however many facts it states.
func TestLargeDocumentLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts 2 MB of text")
	}
	const (
		maxHeap = 50 << 20
		// Issue 14's bound for a 1 MB document (about 9.1 MB with the pair
		// index); a sentence stored once per fact would take hundreds of MB.
		maxDisk = 10 << 20
	)
	for _, tc := range []struct {
		name    string
		oneLine bool
	}{{"sentences", false}, {"one line", true}} {
		t.Run(tc.name, func(t *testing.T) {
			x := loader.Extract(bigText(t, 1<<20, tc.oneLine), loader.Meta{})
			mentions := 0
			for _, e := range x.Edges {
				mentions += len(e.Mentions)
			}
			// Badger's own files of an empty store (the 1 MiB discard-stats
			// file above all) are not the document's cost.
			empty := emptyStoreSize(t)
			dir := t.TempDir()
			// A memtable that holds the whole document, so that the figure
			// is the store's own memory and not Badger allocating the arena
			// of a fresh memtable (a fixed cost of MemTableSize).
			db := openDir(t, dir, 64<<20)
			peak := watchHeap()
			res, err := db.Ingest(context.Background(), x)
			grew, alloc := peak()
			if err != nil {
				t.Fatal(err)
			}
			if err := db.Close(); err != nil {
				t.Fatal(err)
			}
			disk := dirSize(t, dir) - empty
			t.Logf("%d bytes of text, %d entities, %d edges, %d edge mentions: live heap grew by at most %.1f MB (%.1f MB allocated in all), %.1f MB on disk",
				len(x.Document.Text), res.Entities, res.Edges, mentions, float64(grew)/(1<<20), float64(alloc)/(1<<20), float64(disk)/(1<<20))
			if res.Edges < 100 {
				t.Fatalf("only %d edges: the document does not exercise the store", res.Edges)
			}
			if grew > maxHeap {
				t.Errorf("the live heap grew by %d bytes during ingest, want at most %d", grew, maxHeap)
			}
			if disk > maxDisk {
				t.Errorf("the document grew the store by %d bytes on disk, want at most %d", disk, maxDisk)
			}
			if testing.Verbose() {
				entries, _ := os.ReadDir(dir)
				for _, e := range entries {
					info, _ := e.Info()
					t.Logf("%s %d", e.Name(), info.Size())
				}
			}
			checkSentences(t, dir, x)
		})
	}
}

// watchHeap samples the heap until the returned function is called, which
// reports its largest growth over the start and the bytes allocated
// meanwhile. The collector runs at GOGC=10 meanwhile, so that the heap
// follows the live data instead of garbage awaiting collection.
func watchHeap() func() (grew, alloc uint64) {
	gc := debug.SetGCPercent(10)
	var start runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&start)
	stop, done := make(chan struct{}), make(chan uint64)
	go func() {
		var top uint64
		tick := time.NewTicker(2 * time.Millisecond)
		defer tick.Stop()
		for {
			var m runtime.MemStats
			runtime.ReadMemStats(&m)
			top = max(top, m.HeapAlloc)
			select {
			case <-stop:
				done <- top
				return
			case <-tick.C:
			}
		}
	}()
	return func() (uint64, uint64) {
		close(stop)
		top := <-done
		debug.SetGCPercent(gc)
		var end runtime.MemStats
		runtime.ReadMemStats(&end)
		return max(top, start.HeapAlloc) - start.HeapAlloc, end.TotalAlloc - start.TotalAlloc
	}
}

// checkSentences reopens the store in dir and checks that the mentions of
// the first edges read back with their sentence text.
func checkSentences(t *testing.T, dir string, x *graph.Extraction) {
	t.Helper()
	db, err := store.Open(store.DefaultOptions(dir).WithLogger(quiet()))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ids, err := db.EdgeIDs(context.Background(), store.EdgeFilter{})
	if err != nil {
		t.Fatal(err)
	}
	edges, err := db.Edges(context.Background(), ids[:min(len(ids), 50)])
	if err != nil {
		t.Fatal(err)
	}
	text := x.Document.Text
	for _, e := range edges {
		for _, m := range e.Mentions {
			if m.DocumentID != x.Document.ID || m.Text == "" || m.Text != text[m.Start:m.End] {
				t.Fatalf("edge %s: mention %+v does not read back its sentence", e.ID, m)
			}
		}
	}
}

// BenchmarkIngestLargeDocument ingests a 1 MB document (5,000 edges and
// more, written in parts) into a fresh store per iteration.
func BenchmarkIngestLargeDocument(b *testing.B) {
	x := loader.Extract(bigText(b, 1<<20, false), loader.Meta{})
	b.ReportAllocs()
	b.SetBytes(int64(len(x.Document.Text)))
	for b.Loop() {
		b.StopTimer()
		db := openDisk(b, b.TempDir())
		b.StartTimer()
		if _, err := db.Ingest(context.Background(), x); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		if err := db.Close(); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
}
