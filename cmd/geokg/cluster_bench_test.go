package main

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"testing"
	"time"

	"github.com/geokg/geokg/cmd/geokg/internal/cluster"
	"github.com/geokg/geokg/cmd/geokg/internal/cluster/natstest"
	"github.com/geokg/geokg/loader"
	"github.com/geokg/geokg/store"
)

// BenchmarkLoadSingleNode loads the corpus of the cluster test into one
// on-disk store with the bulk loader of geokg load: the baseline of
// BenchmarkLoadCluster.
func BenchmarkLoadSingleNode(b *testing.B) { benchLoadSingleNode(b, clusterBenchCorpus(b)) }

// BenchmarkLoadSingleNodeArticles is BenchmarkLoadSingleNode on the texts
// of the held-out sets (loader/testdata): 753 distinct articles, government
// documents and sentences, where the remixes repeat the seeds' sentences
// from document to document.
func BenchmarkLoadSingleNodeArticles(b *testing.B) { benchLoadSingleNode(b, heldoutTexts(b)) }

// BenchmarkLoadClusterArticles is BenchmarkLoadCluster on the texts of
// BenchmarkLoadSingleNodeArticles.
func BenchmarkLoadClusterArticles(b *testing.B) { benchLoadCluster(b, heldoutTexts(b)) }

func benchLoadSingleNode(b *testing.B, ins []loader.Input) {
	defer reportCPU(b, natstest.ProcessCPU(), len(ins))
	for b.Loop() {
		st, err := store.Open(loadOptions(b.TempDir()).WithLogger(slog.New(slog.DiscardHandler)))
		if err != nil {
			b.Fatal(err)
		}
		bl := &bulkLoader{store: st, bulk: st.NewBulkWriter(), logger: slog.New(slog.DiscardHandler), workers: 2} // as geokg load
		sum, err := bl.run(context.Background(), func(send func(loader.Input) error, _ func(string, error)) error {
			for _, in := range ins {
				if err := send(in); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil || sum.Failed > 0 {
			b.Fatal(err, sum)
		}
		st.Close()
	}
	b.ReportMetric(float64(len(ins)*b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkLoadCluster loads the same corpus through the work queue of a
// cluster of 3 NATS servers and 3 geokg nodes on this machine, until every
// node has applied every document (end to end: queue, extract, log, apply).
// It reports the rate and the largest lag seen on a node while loading.
func BenchmarkLoadCluster(b *testing.B) { benchLoadCluster(b, clusterBenchCorpus(b)) }

func benchLoadCluster(b *testing.B, ins []loader.Input) {
	ctx := context.Background()
	b.StopTimer()
	var cpu time.Duration
	defer func() { reportCPUTime(b, cpu, len(ins)) }()
	for range b.N {
		nc := natstest.Start(b, 3)
		var nodes []*cluster.Node
		for i := range 3 {
			st, err := store.Open(store.DefaultOptions(b.TempDir()).WithSyncWrites(false).WithLogger(slog.New(slog.DiscardHandler)))
			if err != nil {
				b.Fatal(err)
			}
			n, err := cluster.Start(ctx, st, cluster.Config{URLs: nc.URLs(), Node: fmt.Sprint("n", i), Replicas: 3, Workers: 1})
			if err != nil {
				b.Fatal(err)
			}
			nodes = append(nodes, n)
			defer st.Close()
			defer n.Close()
		}
		f, err := cluster.NewFeeder(ctx, cluster.Config{URLs: nc.URLs()})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		cpu0 := natstest.ProcessCPU()
		for _, in := range ins {
			if err := f.Add(ctx, in); err != nil {
				b.Fatal(err)
			}
		}
		if _, err := f.Wait(ctx, slog.New(slog.DiscardHandler), time.Hour); err != nil {
			b.Fatal(err)
		}
		last := nodes[0].LogSequence(ctx)
		for _, n := range nodes {
			if err := n.WaitApplied(ctx, last); err != nil {
				b.Fatal(err)
			}
		}
		b.StopTimer()
		cpu += natstest.ProcessCPU() - cpu0
		f.Close()
	}
	b.ReportMetric(float64(len(ins)*b.N)/b.Elapsed().Seconds(), "docs/s")
}

// reportCPU reports the CPU the process used since start, per document and
// in cores, and logs the machine's load average.
func reportCPU(b *testing.B, start time.Duration, docs int) {
	reportCPUTime(b, natstest.ProcessCPU()-start, docs)
}

func reportCPUTime(b *testing.B, cpu time.Duration, docs int) {
	b.ReportMetric(cpu.Seconds()/b.Elapsed().Seconds(), "cpu-cores")
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(docs*b.N), "cpu-ms/doc")
	b.Logf("load average %s", natstest.LoadAverage())
}

func clusterBenchCorpus(b *testing.B) []loader.Input {
	base, remix := corpus(b)
	return append(base, remix...)
}

// heldoutTexts reads the texts of the held-out sets.
func heldoutTexts(b *testing.B) []loader.Input {
	ins, err := heldoutInputs("*")
	if err != nil {
		b.Fatal(err)
	}
	return ins
}

// heldoutInputs reads the .txt documents of the held-out sets' folders
// named by the glob folder (loader/testdata/heldout*/folder); a broken
// document is skipped.
func heldoutInputs(folder string) ([]loader.Input, error) {
	files, err := filepath.Glob(filepath.Join("..", "..", "loader", "testdata", "heldout*", folder, "*.txt"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("no held-out texts under %s: %v", folder, err)
	}
	var ins []loader.Input
	err = loader.Walk(context.Background(), files, func(in loader.Input, err error) error {
		if err == nil {
			ins = append(ins, in)
		}
		return nil
	})
	return ins, err
}
