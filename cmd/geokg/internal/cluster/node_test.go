package cluster_test

import (
	"context"
	"errors"
	"log/slog"
	"testing"
	"time"

	"github.com/geokg/geokg/cmd/geokg/internal/cluster"
	"github.com/geokg/geokg/cmd/geokg/internal/cluster/natstest"
	"github.com/geokg/geokg/loader"
	"github.com/geokg/geokg/store"
)

// TestRefusedOpsAndBoundedWaits runs one NATS server and one node: an op the
// store refuses answers its error, is recorded as applied and does not stop
// the node; a wait for a sequence the log does not have ends with
// ErrNotApplied; a repeated append from the same state is dropped by the log.
func TestRefusedOpsAndBoundedWaits(t *testing.T) {
	ctx := context.Background()
	nc := natstest.Start(t, 1)
	st, err := store.Open(store.DefaultOptions(t.TempDir()).WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	n, err := cluster.Start(ctx, st, cluster.Config{URLs: nc.URLs(), Node: "solo", Replicas: 1, Workers: -1})
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()

	x := loader.Extract("Mali and France signed an agreement in Bamako.", loader.Meta{})
	res, seq, err := n.Ingest(ctx, x)
	if err != nil || !res.Created || seq == 0 {
		t.Fatalf("Ingest: %+v, %d, %v", res, seq, err)
	}
	if _, again, err := n.Ingest(ctx, x); err != nil || again <= seq {
		t.Fatalf("second Ingest after applying the first: sequence %d (first %d), %v; want a new op", again, seq, err)
	}
	op := &cluster.Op{Type: cluster.OpDelete, DocumentID: "doc:00"}
	first, err := n.Append(ctx, op)
	if err != nil {
		t.Fatal(err)
	}
	if dup, err := n.Append(ctx, op); err != nil || (dup != first && n.AppliedSequence() < first) {
		t.Fatalf("repeated append from the same state: %d then %d, %v", first, dup, err)
	}

	_, mseq, err := n.MergeEntities(ctx, "person:nobody", []string{"person:nobody-else"})
	if !errors.Is(err, store.ErrNotFound) || mseq == 0 {
		t.Fatalf("merge of unknown entities: sequence %d, %v; want ErrNotFound with a sequence", mseq, err)
	}
	if got, err := st.AppliedSequence(ctx); err != nil || got != mseq || n.Err() != nil {
		t.Fatalf("after the refused merge: store applied %d (%v), node error %v; want %d and running", got, err, n.Err(), mseq)
	}
	ok, dseq, err := n.DeleteDocument(ctx, x.Document.ID)
	if err != nil || !ok || dseq <= mseq {
		t.Fatalf("DeleteDocument after a refused op: %v, %d, %v", ok, dseq, err)
	}

	wctx, cancel := context.WithTimeout(ctx, 200*time.Millisecond)
	defer cancel()
	if err := n.WaitApplied(wctx, dseq+100); !errors.Is(err, cluster.ErrNotApplied) {
		t.Fatalf("WaitApplied beyond the log: %v, want ErrNotApplied", err)
	}
}
