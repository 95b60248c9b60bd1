package cluster

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/geokg/geokg/cmd/geokg/internal/cluster/natstest"
)

// stuckLister is an object store whose first hang listings never end by
// themselves (a watcher that never delivers its end-of-list marker): they
// return only when their context ends.
type stuckLister struct {
	jetstream.ObjectStore
	hang  int32
	calls atomic.Int32
}

func (s *stuckLister) List(ctx context.Context, _ ...jetstream.ListObjectsOpt) ([]*jetstream.ObjectInfo, error) {
	if s.calls.Add(1) <= s.hang {
		<-ctx.Done()
		return nil, ctx.Err()
	}
	return []*jetstream.ObjectInfo{
		{ObjectMeta: jetstream.ObjectMeta{Name: "node.a", Metadata: map[string]string{"sequence": "41"}}},
		{ObjectMeta: jetstream.ObjectMeta{Name: "node.b", Metadata: map[string]string{"sequence": "7"}}},
	}, nil
}

// TestListSnapshotsOutlivesAStuckWatcher checks that a listing whose
// watcher hangs is given up and tried again, and that a listing never
// outlasts its caller's context.
func TestListSnapshotsOutlivesAStuckWatcher(t *testing.T) {
	obs := &stuckLister{hang: 1}
	snaps, err := listSnapshots(context.Background(), obs)
	if err != nil || len(snaps) != 2 || snaps[0].seq != 41 || obs.calls.Load() != 2 {
		t.Fatalf("listing after a stuck try: %+v, %v (%d calls); want 2 snapshots on the second try", snaps, err, obs.calls.Load())
	}

	never := &stuckLister{hang: 1 << 30}
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	start := time.Now()
	if _, err := listSnapshots(ctx, never); !errors.Is(err, context.DeadlineExceeded) || time.Since(start) > 5*time.Second {
		t.Fatalf("a listing that never ends: %v after %s; want the caller's deadline", err, time.Since(start))
	}
}

// TestLastBefore checks the search for the last message stored by a time,
// which Trim uses to keep the duplicate window's ops.
func TestLastBefore(t *testing.T) {
	ctx := context.Background()
	nc := natstest.Start(t, 1)
	cfg, err := Config{URLs: nc.URLs(), Node: "t"}.withDefaults()
	if err != nil {
		t.Fatal(err)
	}
	_, js, err := connect(cfg, "test")
	if err != nil {
		t.Fatal(err)
	}
	s, err := js.CreateStream(ctx, jetstream.StreamConfig{Name: "T", Subjects: []string{"t.>"}})
	if err != nil {
		t.Fatal(err)
	}
	var after []time.Time // after[i]: a time after message i+1 was stored, before i+2
	for i := range 7 {
		if _, err := js.Publish(ctx, "t.x", []byte{byte(i)}); err != nil {
			t.Fatal(err)
		}
		time.Sleep(20 * time.Millisecond)
		after = append(after, time.Now())
		time.Sleep(20 * time.Millisecond)
	}
	info, err := s.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := lastBefore(ctx, s, info.State, after[0].Add(-time.Second)); err != nil || got != 0 {
		t.Errorf("before every message: %d, %v; want 0", got, err)
	}
	for i, at := range after {
		if got, err := lastBefore(ctx, s, info.State, at); err != nil || got != uint64(i+1) {
			t.Errorf("at %d: %d, %v; want %d", i, got, err, i+1)
		}
	}
	if err := s.Purge(ctx, jetstream.WithPurgeSequence(4)); err != nil {
		t.Fatal(err)
	}
	if info, err = s.Info(ctx); err != nil {
		t.Fatal(err)
	}
	if got, err := lastBefore(ctx, s, info.State, after[1]); err != nil || got != 3 {
		t.Errorf("after a purge to 3, at message 2: %d, %v; want 3 (the first kept is after)", got, err)
	}
	if got, err := lastBefore(ctx, s, info.State, after[5]); err != nil || got != 6 {
		t.Errorf("after a purge, at message 6: %d, %v; want 6", got, err)
	}
}
