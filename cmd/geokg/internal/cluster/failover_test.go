package cluster_test

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"testing"
	"time"

	"github.com/geokg/geokg/cmd/geokg/internal/cluster"
	"github.com/geokg/geokg/cmd/geokg/internal/cluster/natstest"
	"github.com/geokg/geokg/loader"
	"github.com/geokg/geokg/store"
)

// TestApplyFailsOver appends ops to a cluster of 3 NATS servers with 2
// nodes while the server that leads the log is down for longer than a
// pull, a publish or a consumer waits: the nodes go on applying the log
// through the other two servers, while it is down. A feeder connecting with
// its default of one replica does not change the streams.
func TestApplyFailsOver(t *testing.T) {
	if testing.Short() {
		t.Skip("failover test skipped in -short mode")
	}
	ctx := context.Background()
	nc := natstest.Start(t, 3)
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	var nodes []*cluster.Node
	for i := range 2 {
		st, err := store.Open(store.DefaultOptions(t.TempDir()).WithSyncWrites(false).WithLogger(slog.New(slog.DiscardHandler)))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		n, err := cluster.Start(ctx, st, cluster.Config{URLs: nc.URLs(), Node: fmt.Sprint("n", i), Replicas: 3, Workers: -1, Logger: logger})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { n.Close() })
		nodes = append(nodes, n)
	}
	appendDocs := func(from, to int) uint64 {
		var last uint64
		for i := from; i < to; i++ {
			x := loader.Extract(fmt.Sprintf("Document %d. Mali and France signed an agreement in Bamako.", i), loader.Meta{})
			actx, cancel := context.WithTimeout(ctx, 30*time.Second)
			seq, err := nodes[i%2].Append(actx, &cluster.Op{Type: cluster.OpIngest, Extraction: x})
			cancel()
			if err != nil {
				t.Fatalf("append %d: %v", i, err)
			}
			last = max(last, seq)
		}
		return last
	}
	waitAll := func(seq uint64, limit time.Duration) {
		t.Helper()
		wctx, cancel := context.WithTimeout(ctx, limit)
		defer cancel()
		for _, n := range nodes {
			if err := n.WaitApplied(wctx, seq); err != nil {
				t.Fatalf("%s: %v", n.Name(), err)
			}
		}
	}
	waitAll(appendDocs(0, 50), 10*time.Second)
	// A feeder (load --nats, one replica by default) leaves the streams
	// as the nodes made them: an R1 log would stop with its one server.
	f, err := cluster.NewFeeder(ctx, cluster.Config{URLs: nc.URLs()})
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
	if got := logReplicas(t, nc.URLs()); got != 3 {
		t.Fatalf("after a feeder connected the log has %d replicas, want 3", got)
	}
	down := nc.StreamLeader(cluster.LogStream)
	if down < 0 {
		t.Fatal("no leader of the log")
	}
	nc.Stop(down)
	start := time.Now()
	for round := 1; time.Since(start) < 12*time.Second; round++ {
		waitAll(appendDocs(50*round, 50*round+50), 20*time.Second)
	}
	t.Logf("applied with NATS server %d down for %s", down+1, time.Since(start).Round(time.Millisecond))
	nc.Restart(down)
	waitAll(appendDocs(5000, 5050), 20*time.Second)
}

// logReplicas asks the cluster how many replicas the log has.
func logReplicas(t *testing.T, urls string) int {
	t.Helper()
	js := natstest.JetStream(t, urls)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	s, err := js.Stream(ctx, cluster.LogStream)
	if err != nil {
		t.Fatal(err)
	}
	return s.CachedInfo().Config.Replicas
}
