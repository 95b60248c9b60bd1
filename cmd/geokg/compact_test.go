package main

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// fakeCompactor counts the compactions asked of it.
type fakeCompactor struct {
	due       bool
	dueErr    error
	compacted int
}

func (f *fakeCompactor) CompactionDue(context.Context) (bool, error) { return f.due, f.dueErr }

func (f *fakeCompactor) Compact(context.Context) error {
	f.compacted++
	f.due = false
	return nil
}

// TestIsDueThenCompactNow: a check of the server's loop compacts a due
// store, leaves one that is not, and one it cannot tell about (the error
// logged).
func TestIsDueThenCompactNow(t *testing.T) {
	ctx := context.Background()
	var logs bytes.Buffer
	logger := slog.New(slog.NewTextHandler(&logs, nil))
	for _, tc := range []struct {
		name string
		st   fakeCompactor
		want int
	}{
		{"due", fakeCompactor{due: true}, 1},
		{"not due", fakeCompactor{}, 0},
		{"cannot tell", fakeCompactor{due: true, dueErr: errors.New("disk")}, 0},
	} {
		if got := isDue(ctx, &tc.st, logger) && compactNow(ctx, &tc.st, logger); got != (tc.want == 1) || tc.st.compacted != tc.want {
			t.Errorf("%s: isDue && compactNow = %v after %d compactions, want %d", tc.name, got, tc.st.compacted, tc.want)
		}
	}
	if !strings.Contains(logs.String(), "store compacted") || !strings.Contains(logs.String(), "disk") {
		t.Errorf("logs lack the compaction or the error:\n%s", logs.String())
	}
}

// TestCompactWhenDueAsksAgain: the server's loop compacts a due store at
// its first check when idle, asks again later and stops with its context.
func TestCompactWhenDueAsksAgain(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	st := &fakeCompactor{due: true}
	done := make(chan struct{})
	go func() {
		compactWhenDue(ctx, st, time.Millisecond, time.Hour, func() bool { return true }, slog.New(slog.DiscardHandler))
		close(done)
	}()
	time.Sleep(20 * time.Millisecond)
	cancel()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("compactWhenDue did not stop with its context")
	}
	if st.compacted != 1 {
		t.Errorf("%d compactions, want one (the store was due once)", st.compacted)
	}
}

// TestCompactCommand compacts a loaded store at rest.
func TestCompactCommand(t *testing.T) {
	dir := t.TempDir()
	if _, _, err := runCLI(t, "load", "--data", dir, "../../seeds/seed-kyivpost-2023-11-15.txt"); err != nil {
		t.Fatal(err)
	}
	before := statsJSON(t, dir)
	out, _, err := runCLI(t, "compact", "--data", dir)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out, "compacted "+dir) {
		t.Errorf("compact printed %q", out)
	}
	if after := statsJSON(t, dir); after != before {
		t.Errorf("stats after compact %+v, before %+v", after, before)
	}
	if _, _, err := runCLI(t, "compact", "--data", dir, "extra"); !errors.Is(err, errUsage) {
		t.Errorf("compact with an argument: %v, want a usage error", err)
	}
}

// TestCompactWhenDueWaitsForIdle: a due store is compacted only once the
// server is idle, or once it has been due for the time given.
func TestCompactWhenDueWaitsForIdle(t *testing.T) {
	run := func(anyway time.Duration, idle *atomic.Bool) *fakeCompactor {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		st := &fakeCompactor{due: true}
		done := make(chan struct{})
		go func() {
			compactWhenDue(ctx, st, time.Millisecond, anyway, idle.Load, slog.New(slog.DiscardHandler))
			close(done)
		}()
		time.Sleep(30 * time.Millisecond)
		cancel()
		<-done
		return st
	}
	busy := &atomic.Bool{}
	if st := run(time.Hour, busy); st.compacted != 0 {
		t.Errorf("busy server: %d compactions, want none", st.compacted)
	}
	if st := run(time.Millisecond, busy); st.compacted != 1 {
		t.Errorf("busy server, due past the bound: %d compactions, want one", st.compacted)
	}
	idle := &atomic.Bool{}
	idle.Store(true)
	if st := run(time.Hour, idle); st.compacted != 1 {
		t.Errorf("idle server: %d compactions, want one", st.compacted)
	}
}

// TestActivityIdle: a request makes the server busy for the idle time.
func TestActivityIdle(t *testing.T) {
	a := newActivity()
	if a.idleFor(time.Hour) {
		t.Error("idle for an hour right after start")
	}
	h := a.track(http.HandlerFunc(func(http.ResponseWriter, *http.Request) {}))
	time.Sleep(20 * time.Millisecond)
	if !a.idleFor(10 * time.Millisecond) {
		t.Error("not idle 20 ms after start, with no request")
	}
	for _, probe := range []string{"/healthz", "/metrics"} {
		h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(http.MethodGet, probe, nil))
	}
	if !a.idleFor(10 * time.Millisecond) {
		t.Error("health checks and metrics scrapes made the server busy")
	}
	h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(http.MethodPost, "/graphql", nil))
	if a.idleFor(10 * time.Millisecond) {
		t.Error("idle right after a request")
	}
}
