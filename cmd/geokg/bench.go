package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader"
	"github.com/geokg/geokg/store"
)

// benchConfig is what one geokg bench run measures.
type benchConfig struct {
	first, total    int
	workers         int
	clients         int
	entities        int
	duration        time.Duration
	remixN          int
	seed            uint64
	dataDir         string
	cpuProfile      string
	memProfile      string
	writeCorpus     string
	skipLoad        bool
	compact         bool
	paths           []string
	queryKindFilter []string
	// compareExecutors runs each query kind a second time on a server
	// that executes with graphql-go alone (schema.Options.GraphQLGoOnly).
	compareExecutors bool
	// recordCache serves the queries from a store with its snapshot cache
	// of decoded records (store.Options.RecordCacheSize); off to measure
	// without it.
	recordCache bool
	// people, with remixN, renames the people the inputs name after this
	// many synthetic ones (remix, renamer).
	people int
}

// rate is a timed pass over documents.
type rate struct {
	Documents  int     `json:"documents"`
	Seconds    float64 `json:"seconds"`
	DocsPerSec float64 `json:"docs_per_s"`
	MBPerSec   float64 `json:"mb_per_s"`
	// CPUmsPerDoc is the process's CPU time over the pass per document: on
	// a shared machine it varies less than the rates.
	CPUmsPerDoc float64 `json:"cpu_ms_per_doc"`
	// StoreIO is what a load asked of Badger per document.
	StoreIO *storeIO `json:"store_io_per_doc,omitempty"`
	// GC is what the pass cost the Go runtime's memory management.
	GC *gcCost `json:"gc,omitempty"`
}

// gcCost is what a pass cost the Go runtime's memory management, from
// runtime/metrics: the collections, the bytes allocated per document (the
// same from run to run) and the runtime's estimates of the CPU its
// collector and its scavenger (which returns memory to the system near the
// soft limit) took.
type gcCost struct {
	Cycles              uint64  `json:"cycles"`
	AllocKBPerDoc       float64 `json:"alloc_kb_per_doc"`
	GCCPUmsPerDoc       float64 `json:"gc_cpu_ms_per_doc"`
	ScavengeCPUmsPerDoc float64 `json:"scavenge_cpu_ms_per_doc"`
}

// gcSampleNames are the runtime/metrics a gcCost is the change of.
var gcSampleNames = [...]string{
	"/gc/cycles/total:gc-cycles",
	"/gc/heap/allocs:bytes",
	"/cpu/classes/gc/total:cpu-seconds",
	"/cpu/classes/scavenge/total:cpu-seconds",
}

// gcSample reads the runtime's totals of gcSampleNames.
func gcSample() [len(gcSampleNames)]float64 {
	return [len(gcSampleNames)]float64(readMetrics(gcSampleNames[:]...))
}

// readMetrics reads the runtime metrics names, as numbers (0 for one the
// runtime does not have).
func readMetrics(names ...string) []float64 {
	samples := make([]metrics.Sample, len(names))
	for i, name := range names {
		samples[i].Name = name
	}
	metrics.Read(samples)
	out := make([]float64, len(names))
	for i, s := range samples {
		switch s.Value.Kind() {
		case metrics.KindUint64:
			out[i] = float64(s.Value.Uint64())
		case metrics.KindFloat64:
			out[i] = s.Value.Float64()
		}
	}
	return out
}

// newGCCost is the change from before to now, per document of docs.
func newGCCost(before [len(gcSampleNames)]float64, docs int) *gcCost {
	now, n := gcSample(), float64(max(docs, 1))
	return &gcCost{
		Cycles:              uint64(now[0] - before[0]),
		AllocKBPerDoc:       round3((now[1] - before[1]) / 1024 / n),
		GCCPUmsPerDoc:       round3((now[2] - before[2]) * 1e3 / n),
		ScavengeCPUmsPerDoc: round3((now[3] - before[3]) * 1e3 / n),
	}
}

// storeIO is a load's store.LoadStats per document: the entries its batches
// wrote and the point reads that reached Badger.
type storeIO struct {
	Sets         float64 `json:"sets"`
	Deletes      float64 `json:"deletes"`
	ReadsFound   float64 `json:"reads_found"`
	ReadsMissing float64 `json:"reads_missing"`
	ReadsSkipped float64 `json:"reads_skipped"`
}

// newStoreIO is the change from before to after, per document of docs.
func newStoreIO(before, after store.LoadStats, docs int) *storeIO {
	per := func(a, b uint64) float64 { return round3(float64(b-a) / float64(max(docs, 1))) }
	return &storeIO{
		Sets: per(before.Sets, after.Sets), Deletes: per(before.Deletes, after.Deletes),
		ReadsFound: per(before.ReadsFound, after.ReadsFound), ReadsMissing: per(before.ReadsMissing, after.ReadsMissing),
		ReadsSkipped: per(before.ReadsSkipped, after.ReadsSkipped),
	}
}

func newRate(docs, bytes int, d, cpu time.Duration) rate {
	s := max(d.Seconds(), 1e-9)
	return rate{Documents: docs, Seconds: round3(s), DocsPerSec: round3(float64(docs) / s), MBPerSec: round3(float64(bytes) / 1e6 / s),
		CPUmsPerDoc: round3(float64(cpu.Microseconds()) / 1e3 / float64(max(docs, 1)))}
}

// latency is the result of one query kind under closed-loop load.
type latency struct {
	Requests int     `json:"requests"`
	Errors   int     `json:"errors"`
	PerSec   float64 `json:"per_s"`
	P50ms    float64 `json:"p50_ms"`
	P90ms    float64 `json:"p90_ms"`
	P99ms    float64 `json:"p99_ms"`
	MaxMs    float64 `json:"max_ms"`
	// CPUms is the process's CPU time (server and the bench's own clients)
	// per request: what the latencies come to on a machine shared with
	// other work, where waiting for a core inflates them.
	CPUms float64 `json:"cpu_ms_per_request"`
	// Bytes is the mean response size.
	Bytes     int    `json:"mean_bytes"`
	LastError string `json:"last_error,omitempty"`
}

// benchReport is what geokg bench prints.
type benchReport struct {
	Machine struct {
		GOMAXPROCS int    `json:"gomaxprocs"`
		NumCPU     int    `json:"num_cpu"`
		GoVersion  string `json:"go"`
	} `json:"machine"`
	Corpus struct {
		Documents int     `json:"documents"`
		MB        float64 `json:"mb"`
		Remixed   bool    `json:"remixed"`
		Seed      uint64  `json:"seed,omitempty"`
		// People is --people: the synthetic names the people were renamed after.
		People int `json:"people,omitempty"`
	} `json:"corpus"`
	Extract       rate    `json:"extract"`
	LoadFirst     rate    `json:"load_first"`
	LoadVsExtract float64 `json:"load_vs_extract"`
	// LoadVsExtractCPU is extraction's CPU per document over the load's: the
	// rate ratio an otherwise idle machine would give when both keep the cores busy.
	LoadVsExtractCPU float64 `json:"load_vs_extract_cpu"`
	LoadRest         rate    `json:"load_rest"`
	StoredAfter      int     `json:"stored_after"`
	RestVsFirst      float64 `json:"rest_vs_first"`
	// RestVsFirstCPU is the first load's CPU per document over the
	// second's: the same ratio in CPU, which moves less with the speed of a
	// shared machine between the two loads (round 18: 0.78-0.93 by the
	// rates in four benches of the same code).
	RestVsFirstCPU float64 `json:"rest_vs_first_cpu"`
	Reload         rate    `json:"reload"`
	ReloadVsLoad   float64 `json:"reload_vs_load"`
	CompactSeconds float64 `json:"compact_seconds"`
	PeakRSSLoadMB  float64 `json:"peak_rss_load_mb"`
	PeakRSSServeMB float64 `json:"peak_rss_serve_mb"`
	// PeakRSSCompactMB is the peak while the store, opened with a server's
	// options, is compacted, as a server started on a freshly loaded store
	// compacts it; RSSAfterCompactMB is what the process holds right after.
	PeakRSSCompactMB  float64     `json:"peak_rss_compact_mb"`
	RSSAfterCompactMB float64     `json:"rss_after_compact_mb"`
	Stats             store.Stats `json:"stats"`
	QueryClients      int         `json:"query_clients"`
	// RecordCache says whether the store kept decoded records for the
	// next reads of the same snapshot (--record-cache).
	RecordCache   bool               `json:"record_cache"`
	QuerySeconds  float64            `json:"query_seconds_per_kind"`
	QueryEntities int                `json:"query_entities"`
	Hubs          []string           `json:"hubs"`
	Queries       map[string]latency `json:"queries"`
	// QueriesGraphQLGoOnly are the same kinds on a server without the lean
	// executor (--compare-executors), each run right after its lean twin.
	QueriesGraphQLGoOnly map[string]latency `json:"queries_graphql_go_only,omitempty"`
}

// cmdBench is geokg's own benchmark: on one corpus, in one run, extraction
// alone, loading (a first part, then the rest on top of it), reloading known
// documents, peak memory, and closed-loop GraphQL over HTTP against the real
// router for four kinds of query. It prints JSON.
func cmdBench(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("bench", stderr)
	var c benchConfig
	fs.IntVar(&c.first, "first", 5000, "documents of the first load (and of the extraction and reload passes)")
	fs.IntVar(&c.total, "total", 25000, "documents stored after the second load")
	fs.IntVar(&c.workers, "workers", runtime.GOMAXPROCS(0), "extraction and load workers")
	fs.IntVar(&c.clients, "clients", 16, "concurrent GraphQL clients")
	fs.IntVar(&c.entities, "entities", 200, "different entities the queries ask about (the biggest hubs among them)")
	fs.DurationVar(&c.duration, "duration", 10*time.Second, "closed-loop run per query kind")
	fs.IntVar(&c.remixN, "remix", 0, "make this many ~2 KB documents by drawing sentences of the inputs (0: use the inputs as they are)")
	fs.IntVar(&c.people, "people", 0, "with --remix: rename each person the inputs name, document by document, after one of this many synthetic names drawn by a Zipf law (a few often, most rarely), so that the corpus names as many people as an archive (0: keep the names)")
	seed := fs.Uint64("seed", 1, "seed of --remix and of the choice of entities")
	fs.StringVar(&c.dataDir, "data", "", "Badger folder to load into, which must be empty (default: a temporary folder, removed after)")
	fs.StringVar(&c.cpuProfile, "cpuprofile", "", "write a CPU profile of the whole run to this file")
	fs.StringVar(&c.memProfile, "memprofile", "", "write a heap profile at the end of the run to this file; its alloc_space is every allocation of the run (go tool pprof -sample_index=alloc_space)")
	fs.BoolVar(&c.compact, "compact", true, "compact the store after loading, with the server's options, and open it again before the queries (store.DB.Compact)")
	fs.StringVar(&c.writeCorpus, "write-corpus", "", "write the (remixed) corpus to this JSON Lines file, for geokg extract and load, and stop")
	fs.BoolVar(&c.compareExecutors, "compare-executors", false, "run each query kind again, right after, on a server that executes with graphql-go alone (no lean executor)")
	fs.BoolVar(&c.recordCache, "record-cache", true, "serve the queries from a store that keeps decoded rank lists and entities for the next reads of the same snapshot (store.Options.RecordCacheSize); false to measure without")
	fs.BoolVar(&c.skipLoad, "skip-load", false, "query the store in --data as it is, without extracting or loading")
	kinds := fs.String("queries", strings.Join(queryKindNames(), ","), "query kinds to run, comma-separated; empty: none")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	c.seed, c.paths = *seed, fs.Args()
	if *kinds != "" {
		c.queryKindFilter = strings.Split(*kinds, ",")
	}
	if len(c.paths) == 0 && !c.skipLoad {
		return fmt.Errorf("%w: bench needs at least one file or folder", errUsage)
	}
	if c.skipLoad && c.dataDir == "" {
		return fmt.Errorf("%w: --skip-load needs --data", errUsage)
	}
	if c.first < 1 || c.total < c.first || c.workers < 1 || c.clients < 1 || c.entities < 1 || c.remixN < 0 || c.people < 0 {
		return fmt.Errorf("%w: bench needs 1 <= --first <= --total, --workers, --clients, --entities at least 1, and --remix, --people at least 0", errUsage)
	}
	if c.people > 0 && c.remixN == 0 {
		return fmt.Errorf("%w: --people renames the people of a remix: it needs --remix", errUsage)
	}
	for _, k := range c.queryKindFilter {
		if !slices.Contains(queryKindNames(), k) {
			return fmt.Errorf("%w: unknown query kind %q (%s)", errUsage, k, strings.Join(queryKindNames(), ", "))
		}
	}
	if c.writeCorpus != "" {
		return writeBenchCorpus(ctx, c, stderr)
	}
	stop, err := startProfiles(c.cpuProfile, c.memProfile)
	if err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	defer stop()
	rep, err := runBench(ctx, c, stderr)
	if err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(rep)
}

// writeBenchCorpus writes the corpus that bench would load as JSON Lines
// ({text, title, url, source, published} a line), so that the same documents
// can be timed with geokg extract and geokg load.
func writeBenchCorpus(ctx context.Context, c benchConfig, stderr io.Writer) error {
	corpus, err := benchCorpus(ctx, c, stderr)
	if err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	if err := writeCorpusLines(c.writeCorpus, corpus[:min(c.total, len(corpus))]); err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	return nil
}

// writeCorpusLines writes inputs to the file at path as JSON Lines, one
// {text, title, url, source, published} object a document, which loader.Walk
// reads back as the same documents.
func writeCorpusLines(path string, inputs []loader.Input) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	for _, in := range inputs {
		line := struct {
			Text      string `json:"text"`
			Title     string `json:"title,omitempty"`
			URL       string `json:"url,omitempty"`
			Source    string `json:"source,omitempty"`
			Published string `json:"published,omitempty"`
		}{in.Text, in.Meta.Title, in.Meta.URL, in.Meta.Source, in.Meta.Published.Value}
		if err := enc.Encode(line); err != nil {
			f.Close()
			return err
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// A corpusFile is one part of the bench's corpus, spooled to a JSON Lines
// file that its passes read as geokg extract and geokg load read theirs.
type corpusFile struct {
	path  string
	docs  int
	bytes int // of text
}

// spoolCorpus writes first and rest to JSON Lines files in dir. The bench
// then lets its corpus go: a load holds none of its input (geokg load
// streams it), so the loads' memory, and their peak RSS, are geokg load's.
func spoolCorpus(dir string, first, rest []loader.Input) (corpusFile, corpusFile, error) {
	parts := [2]corpusFile{
		{path: filepath.Join(dir, "first.jsonl"), docs: len(first), bytes: size(first)},
		{path: filepath.Join(dir, "rest.jsonl"), docs: len(rest), bytes: size(rest)},
	}
	for i, ins := range [2][]loader.Input{first, rest} {
		if err := writeCorpusLines(parts[i].path, ins); err != nil {
			return corpusFile{}, corpusFile{}, err
		}
	}
	return parts[0], parts[1], nil
}

// benchCorpus reads the inputs and remixes them when asked.
func benchCorpus(ctx context.Context, c benchConfig, stderr io.Writer) ([]loader.Input, error) {
	var inputs []loader.Input
	err := loader.Walk(ctx, c.paths, func(in loader.Input, err error) error {
		if err != nil {
			fmt.Fprintf(stderr, "geokg: bench: skipped %s: %v\n", in.Name, err)
			return nil
		}
		inputs = append(inputs, in)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if c.remixN > 0 {
		return remix(inputs, c.remixN, c.seed, c.people)
	}
	if len(inputs) == 0 {
		return nil, fmt.Errorf("no input")
	}
	return inputs, nil
}

func runBench(ctx context.Context, c benchConfig, stderr io.Writer) (*benchReport, error) {
	logf := func(format string, args ...any) { fmt.Fprintf(stderr, "geokg: bench: "+format+"\n", args...) }
	rep := newBenchReport(c, nil)
	var first, rest corpusFile
	if !c.skipLoad {
		spool, err := os.MkdirTemp("", "geokg-bench-corpus-")
		if err != nil {
			return nil, err
		}
		defer os.RemoveAll(spool)
		if rep, first, rest, err = prepareCorpus(ctx, c, spool, stderr); err != nil {
			return nil, err
		}
	}
	dir := c.dataDir
	if dir == "" {
		var err error
		if dir, err = os.MkdirTemp("", "geokg-bench-"); err != nil {
			return nil, err
		}
		defer os.RemoveAll(dir)
	}
	opts := c.serveOptions(dir)
	if !c.skipLoad {
		opts = loadOptions(dir) // the loads run as geokg load's
	}
	st, err := store.Open(opts)
	if err != nil {
		return nil, err
	}
	defer func() { st.Close() }()
	if s, err := st.Stats(ctx); err != nil || (s.Documents > 0) != c.skipLoad {
		return nil, fmt.Errorf("the store in %s holds %d documents (unreadable: %v); bench loads into an empty one, or, with --skip-load, queries a loaded one", dir, s.Documents, err)
	}
	if !c.skipLoad {
		undo := setLoadMemoryLimit() // as geokg load
		err := benchLoads(ctx, c, st, rep, first, rest, logf)
		undo()
		if err != nil {
			return nil, err
		}
	}
	served, err := toServe(ctx, st, c, dir, rep, logf)
	if err != nil {
		return nil, err // st may be closed: its deferred Close only reports so
	}
	st = served
	if len(c.queryKindFilter) > 0 {
		ents, hubs, err := benchEntities(ctx, st, c.entities, c.seed)
		if err != nil {
			return nil, err
		}
		// Picking the entities read every entity's strongest ties, most of
		// the tree: a server never does, so the store is opened again.
		if st, err = reopenToServe(st, c, dir); err != nil {
			return nil, err
		}
		if err := benchQueries(ctx, c, st, ents, hubs, rep, logf); err != nil {
			return nil, err
		}
	}
	rep.PeakRSSServeMB = peakRSSMB()
	return rep, nil
}

// prepareCorpus reads (and remixes) the corpus, spools its first part and
// the rest to files in dir and returns the report begun on it. The corpus
// is let go before the passes: its memory is given back and the peak RSS
// starts anew.
func prepareCorpus(ctx context.Context, c benchConfig, dir string, stderr io.Writer) (*benchReport, corpusFile, corpusFile, error) {
	corpus, err := benchCorpus(ctx, c, stderr)
	if err != nil {
		return nil, corpusFile{}, corpusFile{}, err
	}
	rep := newBenchReport(c, corpus)
	n := min(c.first, len(corpus))
	first, rest, err := spoolCorpus(dir, corpus[:n], corpus[n:min(c.total, len(corpus))])
	if err != nil {
		return nil, corpusFile{}, corpusFile{}, err
	}
	corpus = nil
	settle()
	resetPeakRSS()
	return rep, first, rest, nil
}

// newBenchReport starts the report of a run of c on corpus: the machine and the corpus.
func newBenchReport(c benchConfig, corpus []loader.Input) *benchReport {
	rep := &benchReport{Queries: map[string]latency{}}
	rep.Machine.GOMAXPROCS, rep.Machine.NumCPU, rep.Machine.GoVersion = runtime.GOMAXPROCS(0), runtime.NumCPU(), runtime.Version()
	rep.Corpus.Documents, rep.Corpus.Remixed = len(corpus), c.remixN > 0
	if c.remixN > 0 {
		rep.Corpus.Seed, rep.Corpus.People = c.seed, c.people
	}
	rep.Corpus.MB = round3(float64(size(corpus)) / 1e6)
	return rep
}

// reopenToServe closes st and opens the store in dir again as a server
// started on it would: its table files mapped afresh and the loads' garbage
// given back (the corpus that bench holds stays). The peak RSS starts anew.
func reopenToServe(st *store.DB, c benchConfig, dir string) (*store.DB, error) {
	if err := st.Close(); err != nil {
		return nil, err
	}
	debug.FreeOSMemory()
	next, err := store.Open(c.serveOptions(dir))
	if err != nil {
		return nil, err
	}
	resetPeakRSS()
	return next, nil
}

// benchLoads measures extraction alone, the first load, the load of the
// rest on top of it and the reload of the first part, each pass reading
// its part of the corpus from its file. Each pass starts with the garbage
// of the pass before collected and its memory given back (settle), as the
// separate runs of geokg extract and geokg load start in a new process.
func benchLoads(ctx context.Context, c benchConfig, st store.Store, rep *benchReport, first, rest corpusFile, logf func(string, ...any)) error {
	var err error
	logf("extracting %d documents", first.docs)
	if rep.Extract, err = timedExtract(ctx, first, c.workers); err != nil {
		return err
	}
	logf("loading %d documents", first.docs)
	settle()
	if rep.LoadFirst, err = timedLoad(ctx, st, first, c.workers); err != nil {
		return err
	}
	rep.LoadVsExtract = ratio(rep.LoadFirst.DocsPerSec, rep.Extract.DocsPerSec)
	rep.LoadVsExtractCPU = ratio(rep.Extract.CPUmsPerDoc, rep.LoadFirst.CPUmsPerDoc)
	if rest.docs > 0 {
		logf("loading %d more documents", rest.docs)
		settle()
		if rep.LoadRest, err = timedLoad(ctx, st, rest, c.workers); err != nil {
			return err
		}
		rep.RestVsFirst = ratio(rep.LoadRest.DocsPerSec, rep.LoadFirst.DocsPerSec)
		rep.RestVsFirstCPU = ratio(rep.LoadFirst.CPUmsPerDoc, rep.LoadRest.CPUmsPerDoc)
	}
	logf("reloading %d known documents", first.docs)
	settle()
	if rep.Reload, err = timedLoad(ctx, st, first, c.workers); err != nil {
		return err
	}
	rep.ReloadVsLoad = ratio(rep.Reload.DocsPerSec, rep.LoadFirst.DocsPerSec)
	return nil
}

// toServe records what the loads left (the counts, the peak RSS) and opens
// the store again with the server's options, compacted first after a load
// (compactToServe).
func toServe(ctx context.Context, st *store.DB, c benchConfig, dir string, rep *benchReport, logf func(string, ...any)) (*store.DB, error) {
	var err error
	if rep.Stats, err = st.Stats(ctx); err != nil {
		return nil, err
	}
	rep.StoredAfter = rep.Stats.Documents
	rep.PeakRSSLoadMB = peakRSSMB()
	if st, err = reopenToServe(st, c, dir); err != nil || c.skipLoad || !c.compact {
		return st, err
	}
	return compactToServe(ctx, st, c, dir, rep, logf)
}

// compactToServe compacts the store with the server's options, as geokg
// compact does after a bulk load (and geokg serve, once idle, when a load
// made it due), then opens it again to serve: the queries run on the store
// users serve, not on one compacted with the load's options.
func compactToServe(ctx context.Context, st *store.DB, c benchConfig, dir string, rep *benchReport, logf func(string, ...any)) (*store.DB, error) {
	logf("compacting the store")
	start := time.Now()
	if err := st.Compact(ctx); err != nil {
		st.Close()
		return nil, err
	}
	rep.CompactSeconds = round3(time.Since(start).Seconds())
	rep.PeakRSSCompactMB, rep.RSSAfterCompactMB = peakRSSMB(), rssMB()
	return reopenToServe(st, c, dir)
}

// settle collects the garbage of the pass before and gives its memory back
// to the system, so that the next pass does not pay for it.
func settle() { debug.FreeOSMemory() }

// size is the text size of inputs in bytes.
func size(ins []loader.Input) int {
	n := 0
	for _, in := range ins {
		n += len(in.Text)
	}
	return n
}

// timedExtract extracts the documents of part as geokg extract does, its
// JSON Lines written to io.Discard, and times it.
func timedExtract(ctx context.Context, part corpusFile, workers int) (rate, error) {
	start, cpu0, gc0 := time.Now(), processCPU(), gcSample()
	queue := extractInOrder(ctx, []string{part.path}, graph.Date{}, loader.DefaultLexicon(), workers)
	if err := writeExtracted(queue, io.Discard, io.Discard); err != nil {
		return rate{}, err
	}
	r := newRate(part.docs, part.bytes, time.Since(start), processCPU()-cpu0)
	r.GC = newGCCost(gc0, part.docs)
	return r, ctx.Err()
}

// timedLoad loads the documents of part as geokg load does and times it. It
// is the one place that calls the bulk loader, so that bench measures
// whatever load does.
func timedLoad(ctx context.Context, st store.Store, part corpusFile, workers int) (rate, error) {
	b := &bulkLoader{store: st, logger: slog.New(slog.DiscardHandler), workers: workers}
	db, _ := st.(*store.DB)
	var before store.LoadStats
	if db != nil {
		b.bulk = db.NewBulkWriter() // as geokg load
		before = db.LoadStats()
	}
	start, cpu0, gc0 := time.Now(), processCPU(), gcSample()
	sum, err := b.run(ctx, func(send func(loader.Input) error, fail func(string, error)) error {
		return loader.Walk(ctx, []string{part.path}, func(in loader.Input, err error) error {
			if err != nil {
				fail(in.Name, err)
				return nil
			}
			return send(in)
		})
	})
	d := time.Since(start)
	if err != nil {
		return rate{}, err
	}
	if sum.Failed > 0 {
		return rate{}, fmt.Errorf("%d documents failed to load, first: %s: %s", sum.Failed, sum.Errors[0].Input, sum.Errors[0].Error)
	}
	if sum.Documents != part.docs {
		return rate{}, fmt.Errorf("loaded %d documents of %s, which holds %d", sum.Documents, part.path, part.docs)
	}
	r := newRate(part.docs, part.bytes, d, processCPU()-cpu0)
	r.GC = newGCCost(gc0, part.docs)
	if db != nil {
		r.StoreIO = newStoreIO(before, db.LoadStats(), part.docs)
	}
	return r, nil
}

func ratio(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return round3(a / b)
}

func round3(f float64) float64 { return float64(int64(f*1000+0.5)) / 1000 }

// peakRSSMB returns the process's peak resident set (VmHWM) in MB, 0 when unknown.
func peakRSSMB() float64 { return statusMB("VmHWM:") }

// rssMB returns the process's resident set (VmRSS) in MB, 0 when unknown.
func rssMB() float64 { return statusMB("VmRSS:") }

// statusMB returns the size /proc/self/status gives for field (with its
// colon) in MB, 0 when unknown.
func statusMB(field string) float64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), field); ok {
			kb, err := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")))
			if err == nil {
				return round3(float64(kb) / 1024)
			}
		}
	}
	return 0
}

// processCPU returns the CPU time (user and system) the process has used.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// resetPeakRSS starts a new peak (Linux: writing 5 to clear_refs), so that
// serving is measured apart from loading.
func resetPeakRSS() { _ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) }

// queryKind is one kind of GraphQL query of the bench: its text and the
// variables for the i-th request over the chosen entities.
type queryKind struct {
	name  string
	query string
	vars  func(ents []benchEntity, i int) map[string]any
}

type benchEntity struct {
	id, name string
}

func queryKinds() []queryKind {
	return []queryKind{
		{"neighborhood_2hop", `query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 200) { truncated entities { id name kind } edges { id type from { id } to { id } } } }`,
			func(e []benchEntity, i int) map[string]any { return map[string]any{"id": e[i%len(e)].id} }},
		{"entity_page", `query($id: ID!) { entity(id: $id) { id name kind edges(first: 20) { totalCount edges { node { id type date modality from { id name } to { id name } sources { sentence document { id title published } } } } } } }`,
			func(e []benchEntity, i int) map[string]any { return map[string]any{"id": e[i%len(e)].id} }},
		{"path", `query($a: ID!, $b: ID!) { path(from: $a, to: $b, maxDepth: 4) { length entities { id name } edges { id type } } }`,
			func(e []benchEntity, i int) map[string]any {
				return map[string]any{"a": e[i%len(e)].id, "b": e[(i*7+len(e)/2)%len(e)].id}
			}},
		{"search", `query($q: String!) { search(text: $q, first: 10) { id name kind } }`,
			func(e []benchEntity, i int) map[string]any {
				n := e[i%len(e)].name
				return map[string]any{"q": n[:min(len(n), 3+i%5)]}
			}},
	}
}

func queryKindNames() []string {
	var out []string
	for _, k := range queryKinds() {
		out = append(out, k.name)
	}
	return out
}

// benchEntities picks the entities to ask about: the biggest hubs (by the
// documents of their strongest ties) and a seeded sample of the rest.
func benchEntities(ctx context.Context, st store.Store, n int, seed uint64) ([]benchEntity, []string, error) {
	ids, err := st.EntityIDs(ctx, "")
	if err != nil {
		return nil, nil, err
	}
	type weighted struct {
		id string
		w  int
	}
	var all []weighted
	for chunk := range slices.Chunk(ids, 500) {
		lists, err := st.TopNeighbors(ctx, chunk, nil, 50)
		if err != nil {
			return nil, nil, err
		}
		for i, l := range lists {
			w := 0
			for _, nb := range l {
				w += nb.Documents
			}
			if w > 0 {
				all = append(all, weighted{chunk[i], w})
			}
		}
	}
	slices.SortFunc(all, func(a, b weighted) int { return b.w - a.w })
	hubs := min(len(all), max(n/10, 1))
	picked := all[:hubs]
	others := slices.Clone(all[hubs:])
	rng := rand.New(rand.NewPCG(seed, 7))
	rng.Shuffle(len(others), func(i, j int) { others[i], others[j] = others[j], others[i] })
	picked = append(picked, others[:min(len(others), n-hubs)]...)
	chosen := make([]string, len(picked))
	for i, p := range picked {
		chosen[i] = p.id
	}
	ents, err := st.Entities(ctx, chosen)
	if err != nil {
		return nil, nil, err
	}
	out := make([]benchEntity, 0, len(ents))
	for _, e := range ents {
		if e != nil {
			out = append(out, benchEntity{e.ID, e.Name})
		}
	}
	if len(out) == 0 {
		return nil, nil, fmt.Errorf("the store holds no related entities to query")
	}
	// Interleave hubs and the rest so that every stretch of the run has hubs.
	rng.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out, chosen[:hubs], nil
}

// serveOptions are the options of the store the queries read.
func (c benchConfig) serveOptions(dir string) store.Options {
	opts := serveStoreOptions(dir)
	if !c.recordCache {
		opts = opts.WithRecordCacheSize(-1)
	}
	return opts
}

// benchQueries serves the store with the real router on 127.0.0.1 and runs
// each query kind closed-loop from c.clients clients for c.duration over
// ents (hubs are the biggest among them).
func benchQueries(ctx context.Context, c benchConfig, st store.Store, ents []benchEntity, hubs []string, rep *benchReport, logf func(string, ...any)) error {
	rep.QueryEntities, rep.Hubs = len(ents), hubs[:min(len(hubs), 10)]
	rep.QueryClients, rep.QuerySeconds = c.clients, c.duration.Seconds()
	rep.RecordCache = c.recordCache
	url, stop, err := benchServer(ctx, st, false)
	if err != nil {
		return err
	}
	defer stop()
	plainURL := ""
	if c.compareExecutors {
		var stopPlain func()
		if plainURL, stopPlain, err = benchServer(ctx, st, true); err != nil {
			return err
		}
		defer stopPlain()
		rep.QueriesGraphQLGoOnly = map[string]latency{}
	}
	client := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: c.clients, MaxConnsPerHost: c.clients}}
	defer client.CloseIdleConnections()
	for _, k := range queryKinds() {
		if !slices.Contains(c.queryKindFilter, k.name) {
			continue
		}
		logf("%s: %d clients for %s over %d entities", k.name, c.clients, c.duration, len(ents))
		rep.Queries[k.name] = closedLoop(ctx, client, url, k, ents, c.clients, c.duration)
		if plainURL != "" {
			logf("%s: again, executed by graphql-go alone", k.name)
			rep.QueriesGraphQLGoOnly[k.name] = closedLoop(ctx, client, plainURL, k, ents, c.clients, c.duration)
		}
	}
	return nil
}

// benchServer serves st with the real router on 127.0.0.1 and returns its
// /graphql URL; graphqlGoOnly turns the lean executor off.
func benchServer(ctx context.Context, st store.Store, graphqlGoOnly bool) (string, func(), error) {
	h, err := newRouter(ctx, deps{Store: st, Guards: requestGuards{GraphQLGoOnly: graphqlGoOnly}})
	if err != nil {
		return "", nil, err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, err
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	return "http://" + ln.Addr().String() + "/graphql", func() { srv.Close() }, nil
}

// closedLoop runs clients that each send a request, wait for the answer and
// send the next, for d, and reports the latencies.
func closedLoop(ctx context.Context, client *http.Client, url string, k queryKind, ents []benchEntity, clients int, d time.Duration) latency {
	var next atomic.Int64
	var mu sync.Mutex
	var lat []time.Duration
	var out latency
	var bytesSum int
	deadline := time.Now().Add(d)
	cpu0 := processCPU()
	var wg sync.WaitGroup
	for range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Each client reads its answers into a buffer of its own: it
			// shares the heap with the server it measures.
			var buf bytes.Buffer
			for time.Now().Before(deadline) && ctx.Err() == nil {
				i := int(next.Add(1))
				body, _ := json.Marshal(map[string]any{"query": k.query, "variables": k.vars(ents, i)})
				start := time.Now()
				n, err := benchPost(ctx, client, url, body, &buf)
				took := time.Since(start)
				mu.Lock()
				lat = append(lat, took)
				bytesSum += n
				if err != nil {
					out.Errors++
					out.LastError = err.Error()
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	cpu := processCPU() - cpu0
	out.Requests = len(lat)
	if len(lat) == 0 {
		return out
	}
	slices.Sort(lat)
	q := func(p float64) float64 {
		return round3(float64(lat[min(len(lat)-1, int(p*float64(len(lat))))].Microseconds()) / 1000)
	}
	out.P50ms, out.P90ms, out.P99ms, out.MaxMs = q(0.5), q(0.9), q(0.99), q(1)
	out.PerSec = round3(float64(len(lat)) / d.Seconds())
	out.Bytes = bytesSum / len(lat)
	out.CPUms = round3(float64(cpu.Microseconds()) / 1000 / float64(len(lat)))
	return out
}

// benchPost sends one request and returns the response size; an HTTP
// status other than 200 or a response with errors is an error.
func benchPost(ctx context.Context, client *http.Client, url string, body []byte, buf *bytes.Buffer) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	buf.Reset()
	_, err = buf.ReadFrom(resp.Body)
	data := buf.Bytes()
	if err != nil {
		return len(data), err
	}
	if resp.StatusCode != http.StatusOK {
		return len(data), fmt.Errorf("HTTP %d: %.200s", resp.StatusCode, data)
	}
	// An answer with errors names them at its top level; one without the
	// key cannot have any, so the client (which shares the cores with the
	// server it measures) decodes only answers that hold it: decoding every
	// 90 KB 2-hop answer was a tenth of the run's CPU.
	if !bytes.HasPrefix(bytes.TrimSpace(data), []byte("{")) {
		return len(data), fmt.Errorf("bad response: %.200s", data)
	}
	if !bytes.Contains(data, []byte(`"errors"`)) {
		return len(data), nil
	}
	var r struct {
		Errors []struct {
			Message string `json:"message"`
		} `json:"errors"`
	}
	if err := json.Unmarshal(data, &r); err != nil {
		return len(data), fmt.Errorf("bad response: %w", err)
	}
	if len(r.Errors) > 0 {
		return len(data), fmt.Errorf("GraphQL error: %s", r.Errors[0].Message)
	}
	return len(data), nil
}
