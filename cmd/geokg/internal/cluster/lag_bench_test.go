package cluster_test

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"testing"
	"time"

	"github.com/geokg/geokg/cmd/geokg/internal/cluster"
	"github.com/geokg/geokg/cmd/geokg/internal/cluster/natstest"
	"github.com/geokg/geokg/loader"
	"github.com/geokg/geokg/store"
)

// BenchmarkReplicationLag appends extracted documents at a fixed rate (b.N
// of them) to a cluster of 3 NATS servers and 1 or 3 nodes, and reports how
// long after its append each op was applied by every node: the median and
// the worst, in milliseconds, and the rate achieved.
func BenchmarkReplicationLag(b *testing.B) {
	for _, nodes := range []int{1, 3} {
		for _, rate := range []int{50, 200} {
			b.Run(fmt.Sprintf("nodes=%d/docs-per-s=%d", nodes, rate), func(b *testing.B) { benchLag(b, nodes, rate) })
		}
	}
}

func benchLag(b *testing.B, nodeCount, perSecond int) {
	ctx := context.Background()
	nc := natstest.Start(b, 3)
	var nodes []*cluster.Node
	for i := range nodeCount {
		st, err := store.Open(store.DefaultOptions(b.TempDir()).WithSyncWrites(false).WithLogger(slog.New(slog.DiscardHandler)))
		if err != nil {
			b.Fatal(err)
		}
		defer st.Close()
		n, err := cluster.Start(ctx, st, cluster.Config{URLs: nc.URLs(), Node: fmt.Sprint("n", i), Replicas: 3, Workers: -1})
		if err != nil {
			b.Fatal(err)
		}
		defer n.Close()
		nodes = append(nodes, n)
	}
	docs := natstest.Remix(natstest.SeedTexts(b), b.N, 7)
	ops := make([]*cluster.Op, len(docs))
	for i, in := range docs {
		ops[i] = &cluster.Op{Type: cluster.OpIngest, Extraction: loader.Extract(in.Text, in.Meta)}
	}
	lags := make([]time.Duration, 0, b.N)
	done := make(chan time.Duration, b.N)
	// Appends are paced by a schedule, not a ticker: a ticker drops ticks
	// when the process is descheduled, which offers less than the rate; the
	// schedule catches up, so the rate offered over the run is perSecond.
	interval := time.Second / time.Duration(perSecond)
	b.ResetTimer()
	cpu := natstest.ProcessCPU()
	begin := time.Now()
	for i, op := range ops {
		time.Sleep(time.Until(begin.Add(time.Duration(i) * interval)))
		start := time.Now()
		go func() {
			seq, err := nodes[0].Append(ctx, op)
			if err != nil {
				b.Error(err)
			}
			for _, n := range nodes {
				n.WaitApplied(ctx, seq)
			}
			done <- time.Since(start)
		}()
	}
	for range ops {
		lags = append(lags, <-done)
	}
	b.StopTimer()
	cpu = natstest.ProcessCPU() - cpu
	slices.Sort(lags)
	b.ReportMetric(float64(lags[len(lags)/2].Microseconds())/1000, "p50-lag-ms")
	b.ReportMetric(float64(lags[len(lags)-1].Microseconds())/1000, "max-lag-ms")
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
	b.ReportMetric(cpu.Seconds()/b.Elapsed().Seconds(), "cpu-cores")
	b.Logf("load average %s", natstest.LoadAverage())
}
