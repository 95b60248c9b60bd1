package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/sync/semaphore"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader"
	"github.com/geokg/geokg/store"
)

// TestLookupErrorStopsTheLoad: the lookup of known documents runs beside
// the reading of the inputs (lookUp); its error stops the producer at its
// next send and is the load's error.
func TestLookupErrorStopsTheLoad(t *testing.T) {
	st, err := store.Open(store.DefaultOptions(t.TempDir()).WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	st.Close() // every lookup fails with ErrClosed
	b := &bulkLoader{store: st, logger: slog.New(slog.DiscardHandler), workers: 1}
	const inputs = 100 * lookupGroup
	sent := 0
	_, err = b.run(context.Background(), func(send func(loader.Input) error, _ func(string, error)) error {
		for i := range inputs {
			if err := send(loader.Input{Name: fmt.Sprint(i), Text: fmt.Sprintf("Document %d.", i)}); err != nil {
				return err
			}
			sent++
		}
		return nil
	})
	if !errors.Is(err, store.ErrClosed) {
		t.Fatalf("load over a failing lookup: %v, want store.ErrClosed", err)
	}
	if sent == inputs {
		t.Fatalf("the producer sent all %d inputs after the lookups failed", sent)
	}
}

// TestExtractorFailureSkipsTheDocument: a document on which the extractor
// fails (here a lexicon that was never built, so it fails on every text)
// is reported and skipped, and the load goes on to the next one instead of
// stopping.
func TestExtractorFailureSkipsTheDocument(t *testing.T) {
	st, err := store.Open(store.DefaultOptions("").WithInMemory(true).WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	b := &bulkLoader{store: st, bulk: st.NewBulkWriter(), logger: slog.New(slog.DiscardHandler), workers: 2, lexicon: &loader.Lexicon{}}
	const inputs = 5
	sum, err := b.run(context.Background(), func(send func(loader.Input) error, _ func(string, error)) error {
		for i := range inputs {
			if err := send(loader.Input{Name: fmt.Sprint("doc", i), Text: fmt.Sprintf("Mali and France signed agreement %d in Bamako.", i)}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatalf("load: %v; want each failure reported, not the load's error", err)
	}
	if sum.Failed != inputs || len(sum.Errors) != inputs || sum.Created != 0 {
		t.Fatalf("summary %+v; want %d failed, none created", sum, inputs)
	}
	for _, e := range sum.Errors {
		if !strings.Contains(e.Error, loader.ErrExtractor.Error()) {
			t.Errorf("%s: %q; want it to name the extractor's failure", e.Input, e.Error)
		}
	}
	if s, err := st.Stats(context.Background()); err != nil || s.Documents != 0 {
		t.Fatalf("stats %+v, %v; want no document stored", s, err)
	}
}

// TestExtractionsAheadBoundedByText: the extractions waiting for the
// writer hold at most the ahead budget of text, whatever their number
// (documents may be up to 2 MiB, and a batch's worth of them would hold
// gigabytes); each one the writer takes lets the next one in.
func TestExtractionsAheadBoundedByText(t *testing.T) {
	b := &bulkLoader{logger: slog.New(slog.DiscardHandler), aheadLimit: 10 << 10}
	b.startBudgets()
	jobs := make(chan loader.Input, 8)
	results := make(chan extracted, extractedAhead)
	text := strings.Repeat("Mali and France signed an agreement in Bamako. ", 90) // about 4 KB
	for i := range 6 {
		_ = b.inputs.Acquire(context.Background(), textWeight(text, b.inputLimit)) // as the sender does
		jobs <- loader.Input{Name: fmt.Sprint("doc", i), Text: text}
	}
	close(jobs)
	done := make(chan struct{})
	go func() {
		defer close(done)
		b.extractJobs(jobs, results)
	}()
	settled := func(want int) {
		t.Helper()
		deadline := time.Now().Add(5 * time.Second)
		for len(results) < want && time.Now().Before(deadline) {
			time.Sleep(5 * time.Millisecond)
		}
		time.Sleep(200 * time.Millisecond) // time for one more, if it could get in
		if got := len(results); got != want {
			t.Fatalf("%d extractions waiting; want %d (10 KB of 4 KB texts)", got, want)
		}
	}
	settled(2)
	r := <-results
	b.ahead.Release(r.ahead)
	settled(2)
	for range 5 {
		b.ahead.Release((<-results).ahead)
	}
	<-done
}

// blockingLookups is a store whose lookups of known documents wait until
// release is closed.
type blockingLookups struct {
	*store.DB
	release chan struct{}
}

func (s blockingLookups) HasDocuments(ctx context.Context, ids []string) ([]bool, error) {
	<-s.release
	return s.DB.HasDocuments(ctx, ids)
}

// TestInputsBoundedByText: the inputs read but not yet taken by a worker
// hold at most the inputs budget of text, whatever their number (up to 640
// wait in groups and jobs, and documents may be up to 2 MiB): while the
// lookups of known documents stall, the producer can send no more than the
// budget holds; once they go on, every input is loaded.
func TestInputsBoundedByText(t *testing.T) {
	st, err := store.Open(store.DefaultOptions("").WithInMemory(true).WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	lookups := blockingLookups{DB: st, release: make(chan struct{})}
	b := &bulkLoader{store: lookups, bulk: st.NewBulkWriter(), logger: slog.New(slog.DiscardHandler), workers: 2, inputLimit: 10 << 10}
	text := strings.Repeat("Mali and France signed an agreement in Bamako. ", 90) // about 4 KB
	const inputs = 3 * lookupGroup
	var sent atomic.Int64
	type result struct {
		sum loadSummary
		err error
	}
	done := make(chan result, 1)
	go func() {
		sum, err := b.run(context.Background(), func(send func(loader.Input) error, _ func(string, error)) error {
			for i := range inputs {
				if err := send(loader.Input{Name: fmt.Sprint("doc", i), Text: fmt.Sprintf("%s %d", text, i)}); err != nil {
					return err
				}
				sent.Add(1)
			}
			return nil
		})
		done <- result{sum, err}
	}()
	for last, deadline := int64(-1), time.Now().Add(5*time.Second); time.Now().Before(deadline); {
		time.Sleep(200 * time.Millisecond) // time for more, if they could get in
		n := sent.Load()
		if n == last {
			break
		}
		last = n
	}
	if n := sent.Load(); n > 2 {
		t.Errorf("%d inputs of 4 KB sent while the lookups stalled; want at most 2 (10 KB)", n)
	}
	close(lookups.release)
	r := <-done
	if r.err != nil || r.sum.Created != inputs {
		t.Fatalf("load: %+v, %v; want all %d inputs created", r.sum, r.err, inputs)
	}
}

// turnCheckingStore checks, in each batch it writes, that the writer holds
// one of the extractions' turns (bulkLoader.writerTurn).
type turnCheckingStore struct {
	store.Store
	b               *bulkLoader
	batches, misses int
}

func (s *turnCheckingStore) IngestBatch(ctx context.Context, xs []*graph.Extraction) ([]store.BatchResult, error) {
	s.batches++
	if s.b.running.TryAcquire(int64(s.b.workers)) {
		s.misses++ // every turn was free: the writer held none
		s.b.running.Release(int64(s.b.workers))
	}
	return s.Store.IngestBatch(ctx, xs)
}

// TestWriterTakesAnExtractionTurn: while the writer writes a batch, one
// extraction fewer may run, so that the pipeline's one serial stage keeps a
// core; with one worker the writer takes none (it would stop every
// extraction).
func TestWriterTakesAnExtractionTurn(t *testing.T) {
	for _, workers := range []int{2, 3} {
		st, err := store.Open(store.DefaultOptions("").WithInMemory(true).WithLogger(slog.New(slog.DiscardHandler)))
		if err != nil {
			t.Fatal(err)
		}
		checking := &turnCheckingStore{Store: st}
		b := &bulkLoader{store: checking, logger: slog.New(slog.DiscardHandler), workers: workers, batch: 4}
		checking.b = b
		sum, err := b.run(context.Background(), func(send func(loader.Input) error, _ func(string, error)) error {
			for i := range 40 {
				if err := send(loader.Input{Name: fmt.Sprint("doc", i), Text: fmt.Sprintf("Mali and France signed agreement %d in Bamako.", i)}); err != nil {
					return err
				}
			}
			return nil
		})
		st.Close()
		if err != nil || sum.Created != 40 {
			t.Fatalf("%d workers: %+v, %v", workers, sum, err)
		}
		if checking.batches == 0 || checking.misses != 0 {
			t.Errorf("%d workers: %d of %d batches written without a turn of the extractions", workers, checking.misses, checking.batches)
		}
	}
	one := &bulkLoader{workers: 1, running: semaphore.NewWeighted(1)}
	_ = one.running.Acquire(context.Background(), 1) // the one worker extracting
	took := make(chan struct{})
	go func() {
		one.writerTurn()()
		close(took)
	}()
	select {
	case <-took:
	case <-time.After(5 * time.Second):
		t.Fatal("with one worker, the writer waited for the worker's turn")
	}
}
