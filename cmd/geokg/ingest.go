package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"

	"golang.org/x/sync/semaphore"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader"
	"github.com/geokg/geokg/schema"
	"github.com/geokg/geokg/store"
)

// maxIngestBody bounds the body of one POST /ingest.
const maxIngestBody = 64 << 20

// ingestInput extracts the facts of one input and writes them to the store
// atomically; lim bounds its text and its facts.
func ingestInput(ctx context.Context, st store.Store, in loader.Input, lim loader.Limits) (store.IngestResult, error) {
	if err := lim.CheckText(in.Text); err != nil {
		return store.IngestResult{}, err
	}
	x, err := loader.SafeExtract(in.Text, in.Meta)
	if err != nil {
		return store.IngestResult{}, err
	}
	if err := lim.CheckFacts(x); err != nil {
		return store.IngestResult{}, err
	}
	return st.Ingest(ctx, x)
}

// loadSummary counts what a bulk load did.
type loadSummary struct {
	Documents int          `json:"documents"`
	Created   int          `json:"created"`
	Unchanged int          `json:"unchanged"`
	Failed    int          `json:"failed"`
	Errors    []inputError `json:"errors"`
	// SplitSentences counts the sentences longer than loader.MaxSentenceBytes
	// that were cut into chunks; Notes names their documents.
	SplitSentences int         `json:"split_sentences"`
	Notes          []inputNote `json:"notes,omitempty"`
	// Sequence is the log sequence of the last write (cluster mode).
	Sequence uint64 `json:"sequence,omitempty"`
}

// inputNote is something to know about an input that loaded.
type inputNote struct {
	Input string `json:"input"`
	Note  string `json:"note"`
}

// inputError is one input that could not be loaded.
type inputError struct {
	Input string `json:"input"`
	Error string `json:"error"`
}

// bulkLoader loads inputs in a pipeline of three stages:
//
//   - the producer's inputs are grouped, hashed (the document ID is a hash of
//     the text) and looked up in the store, so that known documents are
//     counted as unchanged before any extraction, at the speed of reading;
//   - workers extract the new ones on all cores (and prepare them for the
//     store, store.Prepare), one fewer while the writer writes;
//   - one writer applies the extractions in batches with store.IngestBatch:
//     one transaction, and one sync, per batch, each document atomic (with
//     a store.BulkWriter, in geokg load, each batch's commit overlaps the
//     preparation of the next).
//
// A failed input is recorded and the rest go on.
type bulkLoader struct {
	store   store.Store
	logger  *slog.Logger
	workers int
	// batch is how many documents one write takes (default loadBatch).
	batch int
	// progress, when set, is told of every document done.
	progress progress
	limits   loader.Limits
	// writer, when set (cluster mode), carries out the writes instead of store.
	writer schema.Writer
	// bulk, when set (geokg load and bench, which hold the store alone),
	// writes the batches instead of store, each commit overlapping the
	// next batch's preparation (store.BulkWriter); run flushes it.
	bulk *store.BulkWriter
	// lexicon extracts the inputs; nil means the embedded one (--lexicon).
	lexicon *loader.Lexicon

	mu      sync.Mutex
	summary loadSummary
	// full is the first ErrDiskFull or store.ErrNotLanded met: the load
	// stops there.
	full error
	stop context.CancelFunc
	// lookupFailed is the error that stopped the lookups of known
	// documents (lookUp), under mu.
	lookupFailed error
	// ahead bounds the text of the extractions waiting for the writer to
	// aheadLimit bytes (aheadBytes when 0; tests set less); startBudgets
	// makes it and running.
	ahead      *semaphore.Weighted
	aheadLimit int64
	// running bounds the extractions under way to workers, and the writer
	// takes one of them while it writes a batch (writerTurn).
	running *semaphore.Weighted
	// inputs bounds the text of the inputs read but not yet taken by an
	// extraction worker (in the group being gathered, the groups being
	// looked up and jobs) to inputLimit bytes (inputBytes when 0; tests
	// set less); startBudgets makes it.
	inputs     *semaphore.Weighted
	inputLimit int64
}

// Pipeline sizes: documents per lookup of known documents, per write batch,
// and the most text one write batch holds.
const (
	lookupGroup    = 128
	loadBatch      = 256
	loadBatchBytes = 8 << 20
	// batchWait is how long the writer waits for more documents before it
	// writes a batch that is not full (a slow producer, a POST /ingest).
	batchWait = 100 * time.Millisecond
	// extractedAhead is how many extractions may wait for the writer: a
	// batch's worth, so that the extraction workers go on while the writer
	// prepares a batch instead of stopping after a few documents. With 8
	// (four per worker), 5,000 documents loaded in 6.6-7.3 s of wall time
	// and 11.2-12.5 s of CPU against 6.4-6.7 s and 11.3-11.8 s (four pairs
	// of geokg load, alternated), with about 15% fewer context switches; in
	// loads-only benches the first load ran at 721-837 documents/s against
	// 640-703 (round 20). 1,024 did no better.
	extractedAhead = loadBatch
	// aheadBytes bounds the text of the extractions waiting for the
	// writer, as loadBatchBytes bounds a batch's: documents may be up to
	// 2 MiB (--max-doc-bytes), and 256 such extractions would hold
	// gigabytes.
	aheadBytes = loadBatchBytes
	// inputBytes bounds the text of the inputs waiting for an extraction
	// worker. Counted in inputs, up to 640 of them wait there (a group
	// being gathered, two waiting for the lookups, one being looked up and
	// sent, 128 in jobs):
	// some 1.3 MB of the bench's documents, but 1.25 GiB of documents of
	// 2 MiB (--max-doc-bytes). At 16 MiB the documents of the bench never
	// meet the bound.
	inputBytes = 16 << 20
)

// startBudgets makes the budget of the extractions waiting for the writer
// and the turns of those running.
func (b *bulkLoader) startBudgets() {
	if b.aheadLimit <= 0 {
		b.aheadLimit = aheadBytes
	}
	b.ahead = semaphore.NewWeighted(b.aheadLimit)
	b.running = semaphore.NewWeighted(int64(max(b.workers, 1)))
	if b.inputLimit <= 0 {
		b.inputLimit = inputBytes
	}
	b.inputs = semaphore.NewWeighted(b.inputLimit)
}

// textWeight is what a document of text holds of a budget of limit bytes
// of text (the inputs', the extractions ahead's): its length, at least 1
// and at most the whole budget.
func textWeight(text string, limit int64) int64 {
	return min(max(int64(len(text)), 1), limit)
}

// releaseInputs gives back the inputs budget that ins hold, inputs that
// will not reach a worker.
func (b *bulkLoader) releaseInputs(ins ...loader.Input) {
	for _, in := range ins {
		b.inputs.Release(textWeight(in.Text, b.inputLimit))
	}
}

// progress follows a load; done is called once per input, written or not.
type progress interface {
	done(created bool)
	finish()
}

// extracted is an input with its extraction and the count of its
// sentences that were split for being too long.
type extracted struct {
	name string
	x    *graph.Extraction
	// prep is x prepared for the bulk writer (store.Prepare), by the
	// extraction worker; nil without one.
	prep     *store.Prepared
	overlong int
	// ahead is what the extraction holds of the loader's ahead budget,
	// which the writer releases when it takes the extraction.
	ahead int64
}

// extract extracts one input with the loader's lexicon; a failure of the
// extractor is the document's error (loader.ErrExtractor).
func (b *bulkLoader) extract(in loader.Input) (*graph.Extraction, error) {
	lx := b.lexicon
	if lx == nil {
		lx = loader.DefaultLexicon()
	}
	return lx.SafeExtract(in.Text, in.Meta)
}

// run feeds inputs from produce through the pipeline until produce returns,
// then waits for the writes. produce calls send for each input or fail for
// each broken one.
func (b *bulkLoader) run(ctx context.Context, produce func(send func(loader.Input) error, fail func(name string, err error)) error) (loadSummary, error) {
	b.workers = max(b.workers, 1)
	if b.batch < 1 {
		b.batch = loadBatch
	}
	ctx, b.stop = context.WithCancel(ctx)
	defer b.stop()
	// The extractions may run a batch ahead of the writer (extractedAhead,
	// aheadBytes).
	jobs := make(chan loader.Input, lookupGroup)
	results := make(chan extracted, extractedAhead)
	b.startBudgets()
	var workers, writer sync.WaitGroup
	for range b.workers {
		workers.Add(1)
		go func() {
			defer workers.Done()
			b.extractJobs(jobs, results)
		}()
	}
	writer.Add(1)
	go func() {
		defer writer.Done()
		b.write(ctx, results)
	}()
	err := b.produceNew(ctx, produce, jobs)
	close(jobs)
	workers.Wait()
	close(results)
	writer.Wait()
	return b.finish(ctx, err)
}

// extractJobs extracts the inputs from jobs into results until jobs is
// closed; an extraction over the fact limit is recorded as failed.
func (b *bulkLoader) extractJobs(jobs <-chan loader.Input, results chan<- extracted) {
	for in := range jobs {
		b.releaseInputs(in)
		_ = b.running.Acquire(context.Background(), 1) // never cancelled
		r, err := b.extractOne(in)
		b.running.Release(1)
		if err != nil {
			b.record(in.Name, store.IngestResult{}, err)
			continue
		}
		r.ahead = textWeight(in.Text, b.aheadLimit)
		_ = b.ahead.Acquire(context.Background(), r.ahead) // the writer drains results until they close
		results <- r
	}
}

// extractOne extracts in, checks its facts against the limits and, for
// the bulk writer, prepares it (store.Prepare).
func (b *bulkLoader) extractOne(in loader.Input) (extracted, error) {
	x, err := b.extract(in)
	if err == nil {
		err = b.limits.CheckFacts(x)
	}
	if err != nil {
		return extracted{}, err
	}
	r := extracted{name: in.Name, x: x, overlong: loader.OverlongSentences(in.Text)}
	if b.bulk != nil {
		r.prep = store.Prepare(x)
	}
	return r, nil
}

// writerTurn has the writer take one of the extractions' turns while it
// writes a batch, and returns the function that gives it back. The writer
// is the pipeline's one serial stage: with as many extractions running as
// there are cores besides it, the scheduler gave it two thirds of a core
// on two cores, and the workers then blocked on its queue, one core idle.
// With one turn fewer for them while it writes, it keeps a core. Not with
// one worker, which would then wait for every write.
func (b *bulkLoader) writerTurn() func() {
	if b.workers < 2 {
		return func() {}
	}
	_ = b.running.Acquire(context.Background(), 1) // never cancelled
	return func() { b.running.Release(1) }
}

// produceNew runs produce with the lookup of known documents on a goroutine
// of its own (lookUp), and returns when every input is sent on to jobs or
// recorded as known, with the first error of produce or of the lookups.
func (b *bulkLoader) produceNew(ctx context.Context, produce func(send func(loader.Input) error, fail func(name string, err error)) error, jobs chan<- loader.Input) error {
	groups := make(chan []loader.Input, 2)
	done := make(chan struct{})
	go func() {
		defer close(done)
		b.lookUp(ctx, groups, jobs)
	}()
	send, flush := b.sender(ctx, groups)
	fail := func(name string, err error) { b.record(name, store.IngestResult{}, err) }
	err := produce(send, fail)
	if ferr := flush(); err == nil {
		err = ferr
	}
	close(groups)
	<-done
	if lerr := b.lookupErr(); err == nil {
		err = lerr
	}
	return err
}

// sender returns run's send, which checks an input and gathers it into a
// group looked up in the store at once, and flush, which sends the group
// gathered so far on to groups. Both return the error that stopped the
// lookups, if any.
func (b *bulkLoader) sender(ctx context.Context, groups chan<- []loader.Input) (send func(loader.Input) error, flush func() error) {
	var group []loader.Input
	flush = func() error {
		if err := b.lookupErr(); err != nil {
			b.releaseInputs(group...)
			group = nil
			return err
		}
		if len(group) == 0 {
			return nil
		}
		select {
		case groups <- group:
		case <-ctx.Done():
			b.releaseInputs(group...)
			group = nil
			return ctx.Err()
		}
		group = nil
		return nil
	}
	send = func(in loader.Input) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		if strings.TrimSpace(in.Text) == "" {
			b.record(in.Name, store.IngestResult{}, fmt.Errorf("%s: empty text", in.Name))
			return nil
		}
		if err := b.limits.CheckText(in.Text); err != nil {
			b.record(in.Name, store.IngestResult{}, err)
			return nil
		}
		if err := b.lookupErr(); err != nil {
			return err
		}
		if w := textWeight(in.Text, b.inputLimit); !b.inputs.TryAcquire(w) {
			// The group being gathered may hold the budget: it goes on to
			// the lookups, and the workers give the budget back.
			if err := flush(); err != nil {
				return err
			}
			if err := b.inputs.Acquire(ctx, w); err != nil {
				return err
			}
		}
		if group = append(group, in); len(group) >= lookupGroup {
			return flush()
		}
		return nil
	}
	return send, flush
}

// lookUp looks the groups up in the store, on a goroutine of its own so that
// reading and parsing the inputs go on meanwhile (a reload of known
// documents is nothing else), and sends the unknown documents on to jobs.
// Its first error stops the load (lookupErr).
func (b *bulkLoader) lookUp(ctx context.Context, groups <-chan []loader.Input, jobs chan<- loader.Input) {
	for group := range groups {
		if b.lookupErr() != nil {
			b.releaseInputs(group...)
			continue // drain: the producer stops at its next send
		}
		if err := b.forwardNew(ctx, group, jobs); err != nil {
			b.mu.Lock()
			b.lookupFailed = err
			b.mu.Unlock()
		}
	}
}

// lookupErr returns the error that stopped the lookups, if any.
func (b *bulkLoader) lookupErr() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.lookupFailed
}

// finish closes the bulk writer (its last batch, the rank keys its batches
// left behind, the end of its bulk load for the merger), ends the progress
// display and returns the summary with err, or with the full disk's error
// if the disk filled up.
func (b *bulkLoader) finish(ctx context.Context, err error) (loadSummary, error) {
	if b.bulk != nil {
		if ferr := b.bulk.Close(context.WithoutCancel(ctx)); ferr != nil {
			b.record("the last batch", store.IngestResult{}, ferr)
		}
	}
	if b.progress != nil {
		b.progress.finish()
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.full != nil {
		return b.summary, b.full
	}
	return b.summary, err
}

// forwardNew looks the inputs of group up in the store by document ID and
// sends the unknown ones to jobs; the known ones are recorded as unchanged.
func (b *bulkLoader) forwardNew(ctx context.Context, group []loader.Input, jobs chan<- loader.Input) error {
	if len(group) == 0 {
		return nil
	}
	ids := make([]string, len(group))
	for i, in := range group {
		ids[i] = graph.DocumentID(in.Text)
	}
	known, err := knownDocuments(ctx, b.store, ids)
	if err != nil {
		b.releaseInputs(group...)
		return err
	}
	for i, in := range group {
		if known[i] {
			b.releaseInputs(in)
			b.record(in.Name, store.IngestResult{DocumentID: ids[i]}, nil)
			continue
		}
		select {
		case jobs <- in:
		case <-ctx.Done():
			b.releaseInputs(group[i:]...)
			return ctx.Err()
		}
	}
	return nil
}

// knownDocuments reports which of ids the store holds, reading keys only
// when the store can.
func knownDocuments(ctx context.Context, st store.Store, ids []string) ([]bool, error) {
	if h, ok := st.(interface {
		HasDocuments(context.Context, []string) ([]bool, error)
	}); ok {
		return h.HasDocuments(ctx, ids)
	}
	docs, err := st.Documents(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make([]bool, len(ids))
	for i, d := range docs {
		out[i] = d != nil
	}
	return out, nil
}

// write applies the extractions from results in batches until results closes.
func (b *bulkLoader) write(ctx context.Context, results <-chan extracted) {
	var batch []extracted
	size := 0
	put := func() {
		if len(batch) > 0 {
			b.ingest(ctx, batch)
		}
		batch, size = batch[:0], 0
	}
	timer := time.NewTimer(batchWait)
	defer timer.Stop()
	for {
		select {
		case r, ok := <-results:
			if !ok {
				put()
				return
			}
			b.ahead.Release(r.ahead)
			batch = append(batch, r)
			if size += len(r.x.Document.Text); len(batch) >= b.batch || size >= loadBatchBytes {
				put()
			}
		case <-timer.C:
			put()
		}
		timer.Reset(batchWait)
	}
}

// ingest writes one batch and records its results.
func (b *bulkLoader) ingest(ctx context.Context, batch []extracted) {
	if b.writer != nil {
		b.ingestVia(ctx, batch)
		return
	}
	done := b.writerTurn()
	rs, err := b.ingestBatch(ctx, batch)
	done()
	for i, r := range batch {
		if err != nil {
			b.record(r.name, store.IngestResult{}, err)
			continue
		}
		if rs[i].Err == nil {
			b.note(r.name, r.overlong)
		}
		b.record(r.name, rs[i].IngestResult, rs[i].Err)
	}
}

// ingestBatch writes the extractions of batch with the bulk writer, or
// else the store.
func (b *bulkLoader) ingestBatch(ctx context.Context, batch []extracted) ([]store.BatchResult, error) {
	if b.bulk != nil {
		ps := make([]*store.Prepared, len(batch))
		for i, r := range batch {
			ps[i] = r.prep
		}
		return b.bulk.IngestPrepared(ctx, ps)
	}
	xs := make([]*graph.Extraction, len(batch))
	for i, r := range batch {
		xs[i] = r.x
	}
	return b.store.IngestBatch(ctx, xs)
}

// note records that an input's overlong sentences were split.
func (b *bulkLoader) note(name string, n int) {
	if n == 0 {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.summary.SplitSentences += n
	b.summary.Notes = append(b.summary.Notes, inputNote{Input: name,
		Note: fmt.Sprintf("%d sentences longer than %d bytes were split into chunks", n, loader.MaxSentenceBytes)})
}

func (b *bulkLoader) record(name string, res store.IngestResult, err error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	s := &b.summary
	switch {
	case errors.Is(err, store.ErrDiskFull), errors.Is(err, store.ErrNotLanded):
		if b.full == nil {
			b.full = err
			b.stop()
		}
	case err != nil && b.full != nil && errors.Is(err, context.Canceled):
		// stopped by the full disk
	case err != nil:
		s.Failed++
		s.Errors = append(s.Errors, inputError{Input: name, Error: err.Error()})
		b.logger.Debug("skipped", "input", name, "err", err) // the summary lists it
	case res.Created:
		s.Documents++
		s.Created++
		b.logger.Debug("loaded", "input", name, "id", res.DocumentID, "entities", res.Entities, "edges", res.Edges)
	default:
		s.Documents++
		s.Unchanged++
		b.logger.Debug("already loaded", "input", name, "id", res.DocumentID)
	}
	if b.progress != nil {
		b.progress.done(res.Created)
	}
}

// ingestHandler serves POST /ingest: a body of JSON Lines, one document per
// line ({"text": ..., "title": ..., "url": ..., "source": ..., "published": ...}).
// A bad line is reported with its number and skipped; the others load.
type ingestHandler struct {
	store      store.Store
	logger     *slog.Logger
	writeToken string
	limits     loader.Limits
	writer     schema.Writer
}

func (h *ingestHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if !schema.Authorized(r, h.writeToken) {
		w.Header().Set("WWW-Authenticate", `Bearer realm="geokg"`)
		writeJSON(w, http.StatusUnauthorized, map[string]string{"error": "ingest: a valid bearer token is required"})
		return
	}
	if !schema.WriteMediaType(r.Header.Get("Content-Type")) {
		writeJSON(w, http.StatusUnsupportedMediaType, map[string]string{
			"error": "ingest: Content-Type must be application/x-ndjson, application/jsonl or application/json"})
		return
	}
	body := http.MaxBytesReader(w, r.Body, maxIngestBody)
	b := &bulkLoader{store: h.store, logger: h.logger, workers: 2, limits: h.limits, writer: h.writer}
	sum, err := b.run(r.Context(), func(send func(loader.Input) error, fail func(string, error)) error {
		return loader.ReadJSONL(body, "request", func(in loader.Input, err error) error {
			if err != nil {
				fail(in.Name, err)
				return nil
			}
			return send(in)
		})
	})
	if sum.Errors == nil {
		sum.Errors = []inputError{}
	}
	if err != nil {
		var tooBig *http.MaxBytesError
		code := http.StatusBadRequest
		switch {
		case errors.As(err, &tooBig):
			code = http.StatusRequestEntityTooLarge
		case errors.Is(err, store.ErrDiskFull):
			code = http.StatusInsufficientStorage
		}
		writeJSON(w, code, map[string]any{"error": "ingest: " + err.Error(), "summary": sum})
		return
	}
	writeJSON(w, http.StatusOK, sum)
}

// parsePublished parses a --published flag value; empty means not given.
func parsePublished(s string) (graph.Date, error) {
	d, err := graph.ParseDate(s)
	if err != nil {
		return graph.Date{}, fmt.Errorf("%w: --published: %w", errUsage, err)
	}
	return d, nil
}
