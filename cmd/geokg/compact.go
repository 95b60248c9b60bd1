package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"slices"
	"sync/atomic"
	"time"
)

// compactor is what a store must offer to be compacted when due
// (store.DB).
type compactor interface {
	CompactionDue(ctx context.Context) (bool, error)
	Compact(ctx context.Context) error
}

// A server compacts its store when a compaction is due and no request has
// come for compactIdleAfter: a compaction takes the machine for seconds,
// and the requests it meets wait. 2-hop neighborhoods from 16 clients on
// the freshly loaded 25k bench store, while another process compacted a
// copy of it (8-9 s): p99 194-209 ms, against 43 ms alone (round 18). At
// 30 s of idleness (round 17), clients that paused half a minute came back
// to that; five minutes make it rarer. It asks every compactCheckEvery. A
// store due for compactAnywayAfter is compacted even if the requests never
// pause.
const (
	compactCheckEvery  = 10 * time.Second
	compactIdleAfter   = 5 * time.Minute
	compactAnywayAfter = time.Hour
)

// compactWhenDue asks st at once, and then every every until ctx ends,
// whether writes since its last compaction left so many old versions that
// reads walk over them (store.DB.CompactionDue), and compacts it when so
// and idle() says the server is idle, or when it has been due for anyway.
// A server runs it in the background: a bulk load by geokg load leaves a
// store due, and until the compaction is done its entity pages cost about
// twice the CPU (docs/performance.md, rounds 11 and 17).
func compactWhenDue(ctx context.Context, st compactor, every, anyway time.Duration, idle func() bool, logger *slog.Logger) {
	t := time.NewTicker(every)
	defer t.Stop()
	var dueSince time.Time
	for {
		if isDue(ctx, st, logger) {
			if dueSince.IsZero() {
				dueSince = time.Now()
			}
			if (idle() || time.Since(dueSince) >= anyway) && compactNow(ctx, st, logger) {
				dueSince = time.Time{}
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// activity notes when the last request came, so that background work can
// wait for the server to be idle.
type activity struct{ last atomic.Int64 }

// newActivity returns an activity whose last request came now.
func newActivity() *activity {
	a := &activity{}
	a.last.Store(time.Now().UnixNano())
	return a
}

// probePaths are the paths whose requests do not make a server busy:
// health checks and metrics scrapes come every few seconds (the
// docker-compose health check every 15 s), and counting them, a server
// would never be idle.
var probePaths = []string{"/healthz", "/metrics"}

// track wraps h so that every request but a probe notes its arrival.
func (a *activity) track(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !slices.Contains(probePaths, r.URL.Path) {
			a.last.Store(time.Now().UnixNano())
		}
		h.ServeHTTP(w, r)
	})
}

// idleFor reports whether no request came for d.
func (a *activity) idleFor(d time.Duration) bool {
	return time.Since(time.Unix(0, a.last.Load())) >= d
}

// isDue asks st whether a compaction is due; an error is logged and counts
// as not due.
func isDue(ctx context.Context, st compactor, logger *slog.Logger) bool {
	due, err := st.CompactionDue(ctx)
	if err != nil && ctx.Err() == nil {
		logger.Warn("asking whether the store is due for compaction", "err", err)
	}
	return err == nil && due
}

// compactNow compacts st and reports whether it did.
func compactNow(ctx context.Context, st compactor, logger *slog.Logger) bool {
	logger.Info("compacting the store in the background: the writes since the last compaction left old versions that slow reads down")
	start := time.Now()
	if err := st.Compact(ctx); err != nil {
		if ctx.Err() == nil {
			logger.Warn("compacting the store", "err", err)
		}
		return false
	}
	logger.Info("store compacted", "took", time.Since(start).Round(time.Millisecond))
	return true
}

// cmdCompact compacts a store at rest: geokg compact [--data DIR].
func cmdCompact(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("compact", stderr)
	dataDir := fs.String("data", envOr("GEOKG_DATA", "./data"), "Badger data folder (GEOKG_DATA)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: compact takes no arguments (got %q)", errUsage, fs.Arg(0))
	}
	st, err := openExisting(*dataDir, stderr)
	if err != nil {
		return fmt.Errorf("compact: %w", lockedHint(err, "a server compacts its store itself when it is due"))
	}
	defer st.Close()
	start := time.Now()
	if err := st.Compact(ctx); err != nil {
		return fmt.Errorf("compact: %w", err)
	}
	fmt.Fprintf(stdout, "compacted %s in %s\n", *dataDir, time.Since(start).Round(time.Millisecond))
	return nil
}
