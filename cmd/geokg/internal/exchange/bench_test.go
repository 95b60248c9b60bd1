package exchange

import (
	"bytes"
	"context"
	"io"
	"testing"
)

// BenchmarkExport exports 4,000 edges between 4,008 entities in each format
// to io.Discard and reports edges per second.
func BenchmarkExport(b *testing.B) {
	st := bulkStore(b, 20, 200)
	n := stats(b, st).Edges
	for _, f := range Formats {
		b.Run(string(f), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := Export(context.Background(), st, io.Discard, Options{Format: f}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "edges/s")
		})
	}
}

// BenchmarkImport imports the JSONL export of 20 documents of 200 edges into an empty store.
func BenchmarkImport(b *testing.B) {
	out := export(b, bulkStore(b, 20, 200), Options{Format: JSONL})
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		st := openMem(b)
		b.StartTimer()
		if _, err := Import(context.Background(), st, bytes.NewReader(out), "bench"); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(4000*b.N)/b.Elapsed().Seconds(), "edges/s")
}
