package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"time"
)

// compactor is what a store must offer to be compacted when due
// (store.DB).
type compactor interface {
	CompactionDue(ctx context.Context) (bool, error)
	Compact(ctx context.Context) error
}

// compactCheckEvery is how often a server asks its store whether a
// compaction is due, after asking once at start-up.
const compactCheckEvery = 10 * time.Minute

// compactWhenDue asks st at once, and then every every until ctx ends,
// whether writes since its last compaction left so many old versions that
// reads walk over them (store.DB.CompactionDue), and compacts it when so.
// A server runs it in the background: a bulk load by geokg load leaves a
// store due, and until the compaction is done its entity pages cost about
// 40% more CPU and it takes 50-90 MiB more memory (README, Performance,
// round 11).
func compactWhenDue(ctx context.Context, st compactor, every time.Duration, logger *slog.Logger) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		compactIfDue(ctx, st, logger)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// compactIfDue compacts st if it is due and reports whether it did.
func compactIfDue(ctx context.Context, st compactor, logger *slog.Logger) bool {
	due, err := st.CompactionDue(ctx)
	if err != nil || !due {
		if err != nil && ctx.Err() == nil {
			logger.Warn("asking whether the store is due for compaction", "err", err)
		}
		return false
	}
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
