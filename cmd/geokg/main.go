// Command geokg is the geopolitical knowledge-graph server and its CLI.
//
//	geokg serve   run the GraphQL server (loads the seeds into an empty store)
//	geokg load    load files and folders (.txt .md .html .json .jsonl), or send them to a server
//	geokg extract print the extracted facts, one JSON object per document
//	geokg stats   count documents, entities, edges, events and mentions
//	geokg backup  write a full backup
//	geokg restore replace the store by a backup, atomically
//	geokg health  check a running server (for container healthchecks)
//	geokg bench   measure load, reload, memory and GraphQL under load (JSON)
//
// Flags may come before or after the paths. Every flag falls back to an
// environment variable: GEOKG_DATA, GEOKG_ADDR, GEOKG_WRITE_TOKEN,
// GEOKG_READ_TOKEN, GEOKG_LOG_LEVEL.
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
	"runtime"
	"runtime/debug"
	"strings"
	"syscall"
)

// Errors of the commands.
var (
	// errUsage marks a command line that could not be understood; main exits 2 on it.
	errUsage = errors.New("usage")
	// errNoStore is returned by a command that reads a store for a folder that holds none.
	errNoStore = errors.New("no geokg store")
)

const usage = `geokg: a geopolitical knowledge graph from news articles

Usage:
  geokg serve   [--data DIR] [--addr HOST:PORT] [--write-token TOKEN] [--read-token TOKEN] [--no-seeds]
                [--min-free BYTES] [--max-doc-bytes N] [--max-facts N]
  geokg load    [--data DIR | --server URL [--token TOKEN]] [--workers N] [--published YYYY-MM-DD]
                [--format text|json] [--include GLOB] [--exclude GLOB] [--verbose]
                [--min-free BYTES] [--max-doc-bytes N] [--max-facts N] [--lexicon FILE]... PATH...
  geokg extract [--format jsonl] [--published YYYY-MM-DD] [--lexicon FILE]... FILE...
  geokg export  [--data DIR] --format graphml|csv|nquads|jsonl [--out FILE|DIR] [--types T,...]
                [--modality M,...] [--date-from DATE] [--date-to DATE] [--base-iri IRI]
  geokg import  [--data DIR] [--format text|json] FILE...
  geokg stats   [--data DIR] [--format text|json]
  geokg compact [--data DIR]
  geokg backup  [--data DIR | --server URL [--token TOKEN]] FILE
  geokg restore [--data DIR] [--force] FILE
  geokg health  [--url URL]
  geokg bench   [--remix N [--people N]] [--first N] [--total N] [--duration D] [--data DIR [--skip-load]] PATH...
  geokg version

Flags may come before or after the paths. They fall back to GEOKG_DATA (default ./data),
GEOKG_ADDR (default 127.0.0.1:8080), GEOKG_WRITE_TOKEN, GEOKG_READ_TOKEN and GEOKG_LOG_LEVEL
(debug, info, warn, error). Run 'geokg COMMAND -h' for a command's flags.
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
	case "compact":
		return cmdCompact(ctx, rest, stdout, stderr)
	case "backup":
		return cmdBackup(ctx, rest, stdout, stderr)
	case "restore":
		return cmdRestore(ctx, rest, stdout, stderr)
	case "health":
		return cmdHealth(ctx, rest, stdout, stderr)
	case "export":
		return cmdExport(ctx, rest, stdout, stderr)
	case "import":
		return cmdImport(ctx, rest, stdin, stdout, stderr)
	case "bench":
		return cmdBench(ctx, rest, stdout, stderr)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	case "version", "--version", "-version", "-v":
		fmt.Fprintln(stdout, "geokg", versionString())
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
// Flags may come anywhere among the arguments ("load FILE --data X"); after
// "--" everything is an argument. fs.Args() then holds the arguments in order.
func parseFlags(fs *flag.FlagSet, args []string) error {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return err
			}
			return fmt.Errorf("%w: %w", errUsage, err)
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		if used := len(args) - len(rest); used > 0 && args[used-1] == "--" {
			pos = append(pos, rest...) // an explicit end of flags
			break
		}
		pos, args = append(pos, rest[0]), rest[1:]
	}
	return fs.Parse(append([]string{"--"}, pos...))
}

// version is the release, set at build time with
// -ldflags "-X main.version=v1.2.3"; empty means the module's version.
var version string

// versionString returns the version, the VCS revision and the Go release.
func versionString() string {
	v, rev, dirty := version, "", false
	if bi, ok := debug.ReadBuildInfo(); ok {
		if v == "" {
			v = bi.Main.Version
		}
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				dirty = s.Value == "true"
			}
		}
	}
	if v == "" {
		v = "(devel)"
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if rev != "" && dirty {
		rev += "+dirty"
	}
	if rev != "" {
		return fmt.Sprintf("%s (%s, %s)", v, rev, runtime.Version())
	}
	return fmt.Sprintf("%s (%s)", v, runtime.Version())
}

// newLogger returns a text logger on w at the level named by GEOKG_LOG_LEVEL.
func newLogger(w io.Writer) *slog.Logger {
	var level slog.Level
	if err := level.UnmarshalText([]byte(strings.ToUpper(envOr("GEOKG_LOG_LEVEL", "info")))); err != nil {
		level = slog.LevelInfo
	}
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: level}))
}
