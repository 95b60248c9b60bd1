// Command geokg is the geopolitical knowledge-graph server and its CLI.
//
//	geokg serve   [--data DIR] [--addr HOST:PORT]   run the GraphQL server (loads the seeds into an empty store)
//	geokg load    [--data DIR] PATH...             load files and folders (.txt .md .html .json .jsonl)
//	geokg extract [--format jsonl] FILE...         print the extracted facts, one JSON object per document
//	geokg stats   [--data DIR] [--format json]     count documents, entities, edges, events and mentions
//	geokg backup  [--data DIR] FILE                write a full backup
//	geokg restore [--data DIR] FILE                load a backup into an empty store
//	geokg health  [--url URL]                      check a running server (for container healthchecks)
//	geokg bench   [--remix N] PATH...              measure load, reload, memory and GraphQL under load (JSON)
//
// Every flag falls back to an environment variable: GEOKG_DATA, GEOKG_ADDR,
// GEOKG_WRITE_TOKEN, GEOKG_LOG_LEVEL.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"
)

// errUsage marks a command line that could not be understood; main exits 2 on it.
var errUsage = errors.New("usage")

const usage = `geokg: a geopolitical knowledge graph from news articles

Usage:
  geokg serve   [--data DIR] [--addr HOST:PORT] [--write-token TOKEN]
  geokg load    [--data DIR] [--workers N] [--published YYYY-MM-DD] PATH...
  geokg extract [--format jsonl] [--published YYYY-MM-DD] FILE...
  geokg stats   [--data DIR] [--format text|json]
  geokg backup  [--data DIR] FILE
  geokg restore [--data DIR] FILE
  geokg health  [--url URL]
  geokg bench   [--remix N] [--first N] [--total N] [--duration D] [--data DIR [--skip-load]] PATH...

Flags fall back to GEOKG_DATA (default ./data), GEOKG_ADDR (default 127.0.0.1:8080),
GEOKG_WRITE_TOKEN and GEOKG_LOG_LEVEL (debug, info, warn, error).
Run 'geokg COMMAND -h' for a command's flags.
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	switch {
	case err == nil:
	case errors.Is(err, flag.ErrHelp):
	case errors.Is(err, errUsage):
		fmt.Fprintln(os.Stderr, "geokg:", err)
		os.Exit(2)
	default:
		fmt.Fprintln(os.Stderr, "geokg:", err)
		os.Exit(1)
	}
}

// run executes one command line; it is main without the process around it, for tests.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return fmt.Errorf("%w: no command given", errUsage)
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "serve":
		return cmdServe(ctx, rest, stderr)
	case "load":
		return cmdLoad(ctx, rest, stdout, stderr)
	case "extract":
		return cmdExtract(ctx, rest, stdout, stderr)
	case "stats":
		return cmdStats(ctx, rest, stdout, stderr)
	case "backup":
		return cmdBackup(ctx, rest, stderr)
	case "restore":
		return cmdRestore(ctx, rest, stderr)
	case "health":
		return cmdHealth(ctx, rest, stdout, stderr)
	case "bench":
		return cmdBench(ctx, rest, stdout, stderr)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	fmt.Fprint(stderr, usage)
	return fmt.Errorf("%w: unknown command %q", errUsage, cmd)
}

// envOr returns the environment variable name, or def when it is unset or empty.
func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}

// newFlagSet returns a flag set for a command that reports errors instead of exiting.
func newFlagSet(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("geokg "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}

// parseFlags parses args into fs, turning a parse failure into errUsage.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return fmt.Errorf("%w: %w", errUsage, err)
	}
	return nil
}

// newLogger returns a text logger on w at the level named by GEOKG_LOG_LEVEL.
func newLogger(w io.Writer) *slog.Logger {
	var level slog.Level
	if err := level.UnmarshalText([]byte(strings.ToUpper(envOr("GEOKG_LOG_LEVEL", "info")))); err != nil {
		level = slog.LevelInfo
	}
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: level}))
}
