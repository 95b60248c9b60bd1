package cluster

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"
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
