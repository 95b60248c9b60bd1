package cluster

import (
	"context"
	"log/slog"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/geokg/geokg/cmd/geokg/internal/cluster/natstest"
)

// TestFollowerStopsDuringPull: a follower whose context ends while its pull
// waits for messages returns at once, not when the pull expires (a feeder's
// Wait and a node's Close stop followers; each stop had waited up to a
// pull's whole wait).
func TestFollowerStopsDuringPull(t *testing.T) {
	js := natstest.JetStream(t, natstest.Start(t, 1).URLs())
	ctx := context.Background()
	if _, err := js.CreateStream(ctx, jetstream.StreamConfig{Name: "T", Subjects: []string{"t.>"}}); err != nil {
		t.Fatal(err)
	}
	if _, err := js.Publish(ctx, "t.a", []byte("one")); err != nil {
		t.Fatal(err)
	}
	fl := &follower{js: js, stream: "T", name: "stop-test", inactive: time.Minute, batch: 16,
		pullWait: time.Minute, log: slog.New(slog.DiscardHandler)}
	got := make(chan int, 16)
	rctx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	next := uint64(1)
	go func() {
		done <- fl.run(rctx, func() uint64 { return next }, func(_ context.Context, msgs []jetstream.Msg) error {
			next += uint64(len(msgs))
			got <- len(msgs)
			return nil
		})
	}()
	select {
	case <-got: // the message came; the pull now waits a minute for more
	case <-time.After(30 * time.Second):
		t.Fatal("the follower delivered nothing")
	}
	time.Sleep(100 * time.Millisecond)
	stopped := time.Now()
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("run: %v", err)
		}
		if d := time.Since(stopped); d > 10*time.Second {
			t.Errorf("run returned %s after its context ended", d)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("run still waits for its pull 30 s after its context ended")
	}
}
