package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader"
	"github.com/geokg/geokg/store"
)

// storeOptions are the options every command opens its store in dir with
// (loads, the server and the others add theirs): the defaults, with level
// 0 allowed as many tables as a load leaves there (loadLevelZeroTables).
// With Badger's limit of 8, opening a freshly loaded store started a
// compaction of its level 0 that nobody asked for: under a server's first
// requests (on the 25k bench store, 40 s of queries peaked at 1,296 MiB of
// RSS and the 2-hop's p99 was 148 ms; at 18, 544 MiB and 44 ms, and the
// server compacts the store itself when it is idle, compactWhenDue), and in
// geokg stats on the store of a killed load (7 s and 800 MiB of RSS
// instead of 2.4 s and 165 MiB).
func storeOptions(dir string) store.Options {
	o := store.DefaultOptions(dir)
	o.NumLevelZeroTables = loadLevelZeroTables
	return o
}

// openStore opens (or creates) the Badger store in dir for a CLI command.
func openStore(dir string, stderr io.Writer) (*store.DB, error) {
	return store.Open(storeOptions(dir).WithLogger(newLogger(stderr)))
}

// loadOptions are the store's options for a bulk load into dir:
// storeOptions, with the mapped pages of the tables and logs leaving the
// process every loadTrimEvery, and sooner once loadTrimAbove more bytes of
// them are resident, so that what a load writes does not count in its RSS
// (see store.Options.UnmapTablesEvery, TablePagesAbove), and a load's block
// cache and memtables.
//
// The pages stay in the page cache (MADV_DONTNEED). Until round 31 a load
// had them reclaimed (MADV_PAGEOUT, TrimTablesEvery), which also wrote the
// dirty ones back at once and dropped them: once the store's records moved
// into runs in the value log, the load read back from disk the blocks it
// had just written, and a 5,000-document load took 4.96-5.35 s against
// 4.77-4.90 s with the pages unmapped (three alternated runs each), with
// the same peak RSS (342-354 against 349-372 MiB).
func loadOptions(dir string) store.Options {
	// Each batch is synced as it lands (SyncWrites, the default). Measured
	// without it (and one sync at the end of the load): the first
	// 5,000 documents of a remixed corpus loaded 19% faster (596 against
	// 502 docs/s), the next 20,000 no faster (343 against 347 docs/s: CPU,
	// not the syncs, bounds a load into a store of that size). A batch
	// durable when it lands is worth that.
	o := storeOptions(dir).WithUnmapTablesEvery(loadTrimEvery).WithTablePagesAbove(loadTrimAbove)
	o.BlockCacheSize = loadBlockCacheSize
	o.MemTableSize = loadMemTableSize
	return o
}

// loadTrimAbove is how much a load's file-backed resident memory may grow
// before its tables' pages leave it, between two loadTrimEvery
// (store.Options.TablePagesAbove). A 100,000-document load peaked at
// 775 MiB of RSS with it (193 MiB of it file-backed) against 902-960
// without (321-431), in 2m59s against 3m06s-3m19s (one run against three;
// docs/performance.md, round 20).
const loadTrimAbove = 128 << 20

// loadMemTableSize is Badger's memtable during a bulk load (the server's
// is 32 MiB). A transaction may hold 15% of it, so at 64 MiB a batch of
// 256 documents commits whole instead of in two or three transactions,
// and what a batch rewrites once (hub records, contribution blocks, pair
// records, rank keys) is rewritten half as often.
const loadMemTableSize = 64 << 20

// loadBlockCacheSize is Badger's block cache during a bulk load. A load
// reads few blocks twice (its own recent records come from its read cache
// and overlay), and the cache sits in the Go heap, under the load's soft
// limit: 16 MiB instead of the server's 64 left the collector more room.
// 25k benches on a quiet machine (round 11), four runs at 16 MiB and three
// at 64 MiB, alternated: the 20,000-document load took 3.80, 3.89, 4.38
// and 4.66 ms of CPU per document against 4.39, 4.53 and 4.51 (7% less on
// average, within the spread of single runs); peak RSS 804-846 MiB
// against 743-849.
const loadBlockCacheSize = 16 << 20

// loadLevelZeroTables is how many tables level 0 holds during a bulk load
// before a compaction moves them down (the default is 8). Every batch names
// hub records, so each level 0 table overlaps all of level 1 and each
// compaction from level 0 rewrites it: loading 20,000 documents onto 5,000
// took 63-67 s of CPU at 12 against 85-107 s at 8 (round 5, runs
// alternated), and 79-82 s at 18 against 95-97 s at 12 (round 8: 47-51 s
// against 55-57 s of wall time, peak RSS 800-836 MiB against 786-811); 24
// cost the same CPU as 18 for 894-919 MiB. The first 5,000 documents load
// as fast at 18 as at 12. A server keeps the default: its reads check
// every level 0 table.
const loadLevelZeroTables = 18

// loadTrimEvery is how often a load has the pages of its tables and logs
// leave its resident memory.
const loadTrimEvery = 2 * time.Second

// loadMemoryLimit is the Go heap's soft limit during a load (GOMEMLIMIT
// overrides it). Badger's compactions hold a few hundred MiB of table
// builders once the store has tens of thousands of documents; at 480 MiB
// the collector ran almost without pause at 25k documents (half the CPU of
// a load), at 600 MiB it does not, and peak RSS stays under 1 GiB.
const loadMemoryLimit = 600 << 20

// setLoadMemoryLimit sets the soft heap limit of a load, unless GOMEMLIMIT
// sets one, and returns the function that restores the previous limit. A
// soft limit: the collector works harder near it instead of letting the
// heap double (Badger's table builders make big, short-lived buffers).
func setLoadMemoryLimit() func() {
	if os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	prev := debug.SetMemoryLimit(loadMemoryLimit)
	return func() { debug.SetMemoryLimit(prev) }
}

// openExisting opens the store in dir for a command that reads it: a folder
// that holds no store is refused, and nothing is created.
func openExisting(dir string, stderr io.Writer) (*store.DB, error) {
	if _, err := os.Stat(filepath.Join(dir, "MANIFEST")); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%w in %s (geokg load or geokg restore make one; --data or GEOKG_DATA chooses the folder)", errNoStore, dir)
		}
		return nil, err
	}
	return openStore(dir, stderr)
}

// lockedHint turns the error of a folder held by a running server into one
// line that says what to do instead.
func lockedHint(err error, hint string) error {
	if errors.Is(err, store.ErrLocked) {
		return fmt.Errorf("%w: a running geokg server holds it; %s", err, hint)
	}
	return err
}

func cmdLoad(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	c := newLoadFlags(stderr)
	if err := c.parse(args); err != nil {
		return err
	}
	lx, err := c.lexFiles.load()
	if err != nil {
		return fmt.Errorf("load: %w", err)
	}
	defer setLoadMemoryLimit()()
	stop, err := startProfiles(*c.cpuProfile, *c.memProfile)
	if err != nil {
		return fmt.Errorf("load: %w", err)
	}
	defer stop()
	produce, err := c.producer(ctx, stderr)
	if err != nil {
		return err
	}
	logger := newLogger(stderr)
	if *c.natsURLs != "" {
		return loadCluster(ctx, *c.natsURLs, produce, *c.natsWait, stdout, logger, *c.format)
	}
	start := time.Now()
	var sum loadSummary
	if *c.server != "" {
		sum, err = (&remoteLoader{url: *c.server, token: *c.token, logger: logger}).run(ctx, produce)
	} else {
		prog := newProgress(ctx, stderr, logger, c.fs.Args(), 2*time.Second)
		sum, err = loadLocal(ctx, *c.dataDir, c.lim, lx, *c.workers, logger, stderr, prog, produce)
	}
	if err != nil {
		return fmt.Errorf("load: %w", err)
	}
	printSummary(stdout, *c.format, sum, time.Since(start))
	if sum.Failed > 0 {
		return fmt.Errorf("load: %d of %d inputs failed (the others are loaded)", sum.Failed, sum.Failed+sum.Documents)
	}
	return nil
}

// loadFlags are the flags of geokg load.
type loadFlags struct {
	fs                                                  *flag.FlagSet
	dataDir, server, token, published, format, natsURLs *string
	cpuProfile, memProfile                              *string
	workers                                             *int
	natsWait                                            *time.Duration
	verbose                                             *bool
	walk                                                loader.WalkOptions
	lim                                                 *writeLimits
	lexFiles                                            lexiconFlag
}

func newLoadFlags(stderr io.Writer) *loadFlags {
	fs := newFlagSet("load", stderr)
	c := &loadFlags{fs: fs,
		dataDir:    fs.String("data", envOr("GEOKG_DATA", "./data"), "Badger data folder (GEOKG_DATA)"),
		server:     fs.String("server", "", "send the documents to a running server's POST /ingest instead of opening --data (http://HOST:PORT)"),
		token:      fs.String("token", envOr("GEOKG_WRITE_TOKEN", ""), "with --server: the server's write token (GEOKG_WRITE_TOKEN)"),
		workers:    fs.Int("workers", runtime.GOMAXPROCS(0), "extraction workers"),
		published:  fs.String("published", "", "publication date YYYY[-MM[-DD]] for every document, over its metadata"),
		format:     fs.String("format", "text", "summary format: text or json"),
		natsURLs:   fs.String("nats", "", "NATS servers of a cluster: queue the documents for its extractors instead of loading --data"),
		natsWait:   fs.Duration("wait", 10*time.Minute, "with --nats: how long to wait for the log to hold the documents"),
		cpuProfile: fs.String("cpuprofile", "", "write a CPU profile of the load to this file (go tool pprof)"),
		memProfile: fs.String("memprofile", "", "write a heap profile at the end of the load to this file (go tool pprof)"),
	}
	fs.Func("include", "in folders, read only files matching this glob (repeatable)", func(g string) error {
		c.walk.Include = append(c.walk.Include, g)
		return globErr(g)
	})
	fs.Func("exclude", "in folders, skip files matching this glob (repeatable)", func(g string) error {
		c.walk.Exclude = append(c.walk.Exclude, g)
		return globErr(g)
	})
	c.verbose = fs.Bool("verbose", false, "list the files skipped in folders, and why")
	c.lim = limitFlags(fs)
	fs.Var(&c.lexFiles, "lexicon", "lexicon `FILE` adding triggers, persons, orgs, places and aliases (repeatable; format in loader/lexicon/README.md)")
	return c
}

// parse parses args and refuses what cannot go together.
func (c *loadFlags) parse(args []string) error {
	if err := parseFlags(c.fs, args); err != nil {
		return err
	}
	switch {
	case c.fs.NArg() == 0:
		return fmt.Errorf("%w: load needs at least one file or folder", errUsage)
	case len(c.lexFiles) > 0 && *c.server != "":
		return fmt.Errorf("%w: --lexicon extracts locally; with --server the server extracts with its own lexicon", errUsage)
	case *c.format != "text" && *c.format != "json":
		return fmt.Errorf("%w: unknown format %q (want text or json)", errUsage, *c.format)
	}
	return nil
}

// producer returns the function that walks the inputs for a loader,
// sending each document and reporting each input it could not read.
func (c *loadFlags) producer(ctx context.Context, stderr io.Writer) (func(send func(loader.Input) error, fail func(string, error)) error, error) {
	pub, err := parsePublished(*c.published)
	if err != nil {
		return nil, err
	}
	walk := c.walk
	if *c.verbose {
		walk.Skipped = func(path, reason string) { fmt.Fprintf(stderr, "skipped %s: %s\n", path, reason) }
	}
	return func(send func(loader.Input) error, fail func(string, error)) error {
		return loader.WalkWith(ctx, c.fs.Args(), walk, func(in loader.Input, err error) error {
			if err != nil {
				fail(in.Name, err)
				return nil
			}
			if pub.Known() {
				in.Meta.Published = pub
			}
			return send(in)
		})
	}, nil
}

// globErr checks a --include or --exclude pattern.
func globErr(g string) error {
	if _, err := filepath.Match(g, ""); err != nil {
		return fmt.Errorf("bad glob %q: %w", g, err)
	}
	return nil
}

// loadLocal loads into the store in dir, refusing at once when its disk is
// (nearly) full and stopping when it fills up.
func loadLocal(ctx context.Context, dir string, lim *writeLimits, lx *loader.Lexicon, workers int, logger *slog.Logger, stderr io.Writer,
	prog progress, produce func(func(loader.Input) error, func(string, error)) error) (loadSummary, error) {
	st, err := store.Open(loadOptions(dir).WithLogger(newLogger(stderr)))
	if err != nil {
		return loadSummary{}, lockedHint(err, "send the documents to it with geokg load --server URL (POST /ingest)")
	}
	defer st.Close()
	st.SetMinFree(lim.minFree, nil)
	if err := st.CheckSpace(); err != nil {
		return loadSummary{}, err
	}
	b := &bulkLoader{store: st, bulk: st.NewBulkWriter(), logger: logger, workers: workers, progress: prog, limits: lim.limits(), lexicon: lx}
	sum, err := b.run(ctx, produce)
	if due, derr := st.CompactionDue(ctx); err == nil && derr == nil && due {
		logger.Info("the store is due for compaction: geokg serve compacts it in the background once no request has come for 5 minutes, or run geokg compact first; until then entity pages cost about 40% more CPU and serving takes more memory")
	}
	return sum, err
}

// printSummary prints what a load did: one line (and one per failed input), or JSON.
func printSummary(w io.Writer, format string, sum loadSummary, took time.Duration) {
	if format == "json" {
		if sum.Errors == nil {
			sum.Errors = []inputError{}
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		_ = enc.Encode(sum)
		return
	}
	fmt.Fprintf(w, "loaded %d documents (%d new, %d already loaded), %d failed, in %s\n",
		sum.Documents, sum.Created, sum.Unchanged, sum.Failed, took.Round(time.Millisecond))
	if sum.SplitSentences > 0 {
		fmt.Fprintf(w, "  %d overlong sentences were split into chunks of at most %d bytes\n", sum.SplitSentences, loader.MaxSentenceBytes)
	}
	for _, e := range sum.Errors {
		fmt.Fprintf(w, "  failed %s: %s\n", e.Input, e.Error)
	}
}

func cmdExtract(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("extract", stderr)
	format := fs.String("format", "jsonl", "output format: jsonl")
	published := fs.String("published", "", "publication date YYYY[-MM[-DD]] for every document, over its metadata")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "extraction workers")
	var lexFiles lexiconFlag
	fs.Var(&lexFiles, "lexicon", "lexicon `FILE` adding triggers, persons, orgs, places and aliases (repeatable; format in loader/lexicon/README.md)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	lx, err := lexFiles.load()
	if err != nil {
		return fmt.Errorf("extract: %w", err)
	}
	if *format != "jsonl" {
		return fmt.Errorf("%w: unknown format %q (want jsonl)", errUsage, *format)
	}
	if fs.NArg() == 0 {
		return fmt.Errorf("%w: extract needs at least one file", errUsage)
	}
	pub, err := parsePublished(*published)
	if err != nil {
		return err
	}
	queue := extractInOrder(ctx, fs.Args(), pub, lx, max(1, *workers))
	if err := writeExtracted(queue, stdout, stderr); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("extract: %w", err)
	}
	return nil
}

// extractJob is one input of extract: its read error, or its record line
// (or the error of making it) once a worker has extracted it.
type extractJob struct {
	in   loader.Input
	err  error
	done chan extractedLine
}

type extractedLine struct {
	line []byte
	err  error
}

// extractInOrder reads the inputs of paths and extracts them on workers
// goroutines; the queue gives the jobs in input order, each done when its
// line is ready.
func extractInOrder(ctx context.Context, paths []string, pub graph.Date, lx *loader.Lexicon, workers int) <-chan *extractJob {
	queue := make(chan *extractJob, 4*workers)
	work := make(chan *extractJob)
	send := func(ch chan<- *extractJob, j *extractJob) error {
		select {
		case ch <- j:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	go func() {
		defer close(queue)
		defer close(work)
		_ = loader.Walk(ctx, paths, func(in loader.Input, err error) error {
			if pub.Known() {
				in.Meta.Published = pub
			}
			j := &extractJob{in: in, err: err, done: make(chan extractedLine, 1)}
			if err := send(queue, j); err != nil || j.err != nil {
				return err
			}
			return send(work, j)
		})
	}()
	for range workers {
		go func() {
			for j := range work {
				x, err := lx.SafeExtract(j.in.Text, j.in.Meta)
				var line []byte
				if err == nil {
					line, err = json.Marshal(loader.NewRecord(j.in.Name, x))
				}
				j.done <- extractedLine{line: line, err: err}
			}
		}()
	}
	return queue
}

// writeExtracted prints the lines of the queue's jobs in order and reports
// the inputs that could not be read or extracted.
func writeExtracted(queue <-chan *extractJob, stdout, stderr io.Writer) error {
	out := bufio.NewWriterSize(stdout, 1<<16)
	failed := 0
	for j := range queue {
		err := j.err
		var line []byte
		if err == nil {
			r := <-j.done
			line, err = r.line, r.err
		}
		if err != nil {
			failed++
			fmt.Fprintf(stderr, "geokg: extract: skipped %s: %v\n", j.in.Name, err)
			continue
		}
		out.Write(line)
		out.WriteByte('\n')
	}
	if err := out.Flush(); err != nil {
		return fmt.Errorf("extract: %w", err)
	}
	if failed > 0 {
		return fmt.Errorf("extract: %d inputs failed (the others are printed)", failed)
	}
	return nil
}

func cmdStats(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("stats", stderr)
	dataDir := fs.String("data", envOr("GEOKG_DATA", "./data"), "Badger data folder (GEOKG_DATA)")
	format := fs.String("format", "text", "output format: text or json")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *format != "text" && *format != "json" {
		return fmt.Errorf("%w: unknown format %q (want text or json)", errUsage, *format)
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: stats takes no arguments (got %q)", errUsage, fs.Arg(0))
	}
	st, err := openExisting(*dataDir, stderr)
	if err != nil {
		return fmt.Errorf("stats: %w", lockedHint(err, "ask the server instead (its /metrics, or GraphQL)"))
	}
	defer st.Close()
	s, err := st.Stats(ctx)
	if err != nil {
		return fmt.Errorf("stats: %w", err)
	}
	if *format == "json" {
		return json.NewEncoder(stdout).Encode(s)
	}
	tw := tabwriter.NewWriter(stdout, 0, 0, 1, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "documents\t%d\t\nentities\t%d\t\nedges\t%d\t\nevents\t%d\t\nmentions\t%d\t\n",
		s.Documents, s.Entities, s.Edges, s.Events, s.Mentions)
	return tw.Flush()
}

// lexiconFlag is the repeatable --lexicon FILE flag of extract and load.
type lexiconFlag []string

func (f *lexiconFlag) String() string { return strings.Join(*f, ",") }

func (f *lexiconFlag) Set(path string) error {
	*f = append(*f, path)
	return nil
}

// load returns the embedded lexicon extended with the files given.
func (f lexiconFlag) load() (*loader.Lexicon, error) {
	return loader.LoadLexicon(f...)
}
