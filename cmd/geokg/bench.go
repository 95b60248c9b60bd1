package main

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"sync"
	"time"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader"
	"github.com/geokg/geokg/store"
)

// cmdBench measures the whole pipeline on real files: extraction throughput
// with a pool of workers, then ingest into an in-memory store. It reads the
// files once, so disk speed is not measured.
func cmdBench(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("bench", stderr)
	rounds := fs.Int("rounds", 3, "extraction rounds over all inputs")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "extraction workers")
	ingest := fs.Bool("ingest", true, "also measure ingest into an in-memory store")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return fmt.Errorf("%w: bench needs at least one file or folder", errUsage)
	}
	if *rounds < 1 || *workers < 1 {
		return fmt.Errorf("%w: --rounds and --workers must be at least 1", errUsage)
	}
	var inputs []loader.Input
	bytes := 0
	err := loader.Walk(ctx, fs.Args(), func(in loader.Input, err error) error {
		if err != nil {
			fmt.Fprintf(stderr, "geokg: bench: skipped %s: %v\n", in.Name, err)
			return nil
		}
		inputs = append(inputs, in)
		bytes += len(in.Text)
		return nil
	})
	if err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	if len(inputs) == 0 {
		return fmt.Errorf("bench: no input")
	}
	fmt.Fprintf(stdout, "inputs: %d documents, %.2f MB, %d workers, GOMAXPROCS %d\n",
		len(inputs), float64(bytes)/1e6, *workers, runtime.GOMAXPROCS(0))

	var before runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	var extractions []*graph.Extraction
	start := time.Now()
	for r := 0; r < *rounds; r++ {
		extractions = extractAll(inputs, *workers)
	}
	elapsed := time.Since(start)
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	total := float64(bytes) * float64(*rounds)
	facts := 0
	for _, x := range extractions {
		facts += len(x.Edges)
	}
	fmt.Fprintf(stdout, "extract: %.2f MB/s, %.0f documents/s, %d edges per round, %.1f KB allocated per document\n",
		total/1e6/elapsed.Seconds(), float64(len(inputs)**rounds)/elapsed.Seconds(), facts,
		float64(after.TotalAlloc-before.TotalAlloc)/1e3/float64(len(inputs)**rounds))

	if !*ingest {
		return nil
	}
	st, err := store.Open(store.DefaultOptions("").WithInMemory(true))
	if err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	defer st.Close()
	start = time.Now()
	for _, x := range extractions {
		if _, err := st.Ingest(ctx, x); err != nil {
			return fmt.Errorf("bench: ingest: %w", err)
		}
	}
	elapsed = time.Since(start)
	s, err := st.Stats(ctx)
	if err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	runtime.ReadMemStats(&after)
	fmt.Fprintf(stdout, "ingest: %.0f documents/s (%.2f ms each) into an in-memory store; %d documents, %d entities, %d edges; heap in use %.1f MB\n",
		float64(len(extractions))/elapsed.Seconds(), elapsed.Seconds()*1e3/float64(len(extractions)),
		s.Documents, s.Entities, s.Edges, float64(after.HeapInuse)/1e6)
	return nil
}

// extractAll extracts inputs with a pool of workers; results keep input order.
func extractAll(inputs []loader.Input, workers int) []*graph.Extraction {
	out := make([]*graph.Extraction, len(inputs))
	next := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				out[i] = loader.Extract(inputs[i].Text, inputs[i].Meta)
			}
		}()
	}
	for i := range inputs {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}
