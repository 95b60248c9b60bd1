package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"testing"
	"time"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader"
	"github.com/geokg/geokg/store"
	"github.com/geokg/geokg/store/storetest"
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

// blockingStore holds its first IngestBatch until release is closed.
type blockingStore struct {
	store.Store
	entered chan struct{}
	release chan struct{}
	calls   int
}

func (s *blockingStore) IngestBatch(ctx context.Context, xs []*graph.Extraction) ([]store.BatchResult, error) {
	if s.calls++; s.calls == 1 {
		close(s.entered)
		<-s.release
	}
	return s.Store.IngestBatch(ctx, xs)
}

// TestExtractionGoesOnWhileABatchIsWritten: while the writer writes a
// batch, the next batches are collected from the extraction workers'
// results; when the writer collected them itself, the workers stopped a
// few documents into the next batch until the write was done.
func TestExtractionGoesOnWhileABatchIsWritten(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(store.DefaultOptions("").WithInMemory(true).WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	blocking := &blockingStore{Store: st, entered: make(chan struct{}), release: make(chan struct{})}
	const batch = 4
	b := &bulkLoader{store: blocking, logger: slog.New(slog.DiscardHandler), workers: 1, batch: batch, stop: func() {}}
	xs := storetest.Generate(51, 3*batch, 5, 5)
	results := make(chan extracted) // unbuffered: a send completes only when the writer's side takes it
	written := make(chan struct{})
	go func() {
		defer close(written)
		b.write(ctx, results)
	}()
	send := func(i int) {
		select {
		case results <- extracted{name: fmt.Sprint(i), x: xs[i]}:
		case <-time.After(5 * time.Second):
			close(blocking.release)
			t.Fatalf("result %d was not taken in 5 s while the first batch was being written", i)
		}
	}
	for i := range batch {
		send(i)
	}
	<-blocking.entered
	for i := batch; i < len(xs); i++ {
		send(i) // the second batch waits to be written, the third is being collected
	}
	close(blocking.release)
	close(results)
	<-written
	if s := b.summary; s.Created != len(xs) {
		t.Fatalf("%d documents created, want %d (%+v)", s.Created, len(xs), s)
	}
}
