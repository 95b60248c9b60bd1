package main

import (
	"context"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader"
	"github.com/geokg/geokg/store"
)

// bulkWriteDocs is the size of BenchmarkBulkWrite's corpus: eight batches.
const bulkWriteDocs = 8 * loadBatch

var bulkWriteCorpus = sync.OnceValues(func() ([]*graph.Extraction, error) {
	articles, err := heldoutInputs("articles")
	if err != nil {
		return nil, err
	}
	docs, err := remix(articles, bulkWriteDocs, 1, 0)
	if err != nil {
		return nil, err
	}
	xs := make([]*graph.Extraction, len(docs))
	for i, in := range docs {
		if xs[i], err = loader.DefaultLexicon().SafeExtract(in.Text, in.Meta); err != nil {
			return nil, err
		}
	}
	return xs, nil
})

// BenchmarkBulkWrite measures the store's side of geokg load alone: the
// bulk writer's batches of documents remixed from the held-out articles
// (as geokg bench remixes them), extracted and prepared before the timer
// runs, into an empty store opened as geokg load opens it. Its
// cpu-ms/doc is the writer's and Badger's CPU, without the extraction
// that dominates a load and the machine's drift between the passes of a
// full bench: the measure to compare a change to the writer by
// (benchstat over -count runs).
func BenchmarkBulkWrite(b *testing.B) {
	b.StopTimer() // the corpus is extracted once, untimed
	xs, err := bulkWriteCorpus()
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	var cpu time.Duration
	b.ReportAllocs()
	for range b.N {
		st, err := store.Open(loadOptions(b.TempDir()).WithLogger(slog.New(slog.DiscardHandler)))
		if err != nil {
			b.Fatal(err)
		}
		ps := make([]*store.Prepared, len(xs))
		for i, x := range xs {
			ps[i] = store.Prepare(x)
		}
		bw := st.NewBulkWriter()
		cpu0 := processCPU()
		b.StartTimer()
		for i := 0; i < len(ps); i += loadBatch {
			rs, err := bw.IngestPrepared(ctx, ps[i:min(len(ps), i+loadBatch)])
			if err != nil {
				b.Fatal(err)
			}
			for _, r := range rs {
				if r.Err != nil {
					b.Fatal(r.Err)
				}
			}
		}
		if err := bw.Close(ctx); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		cpu += processCPU() - cpu0
		if err := st.Close(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(len(xs)*b.N), "cpu-ms/doc")
}
