package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"time"

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
	x := loader.Extract(in.Text, in.Meta)
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

// bulkLoader extracts and ingests inputs with a pool of workers. Extraction
// is CPU-bound and ingest is atomic per document, so workers run both; a
// failed input is recorded and the rest go on.
type bulkLoader struct {
	store    store.Store
	logger   *slog.Logger
	workers  int
	progress time.Duration
	limits   loader.Limits
	// writer, when set (cluster mode), carries out the writes instead of store.
	writer schema.Writer

	mu      sync.Mutex
	summary loadSummary
	last    time.Time
	// full is the first ErrDiskFull met: the load stops there.
	full error
	stop context.CancelFunc
}

// run feeds inputs from produce to the workers until produce returns, then
// waits for them. produce calls send for each input or fail for each broken one.
func (b *bulkLoader) run(ctx context.Context, produce func(send func(loader.Input) error, fail func(name string, err error)) error) (loadSummary, error) {
	if b.workers < 1 {
		b.workers = 1
	}
	ctx, b.stop = context.WithCancel(ctx)
	defer b.stop()
	jobs := make(chan loader.Input)
	var wg sync.WaitGroup
	for range b.workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for in := range jobs {
				var res store.IngestResult
				var err error
				if b.writer != nil {
					res, err = b.ingestVia(ctx, in)
				} else {
					res, err = ingestInput(ctx, b.store, in, b.limits)
				}
				if err == nil {
					b.note(in)
				}
				b.record(in.Name, res, err)
			}
		}()
	}
	send := func(in loader.Input) error {
		select {
		case jobs <- in:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	fail := func(name string, err error) { b.record(name, store.IngestResult{}, err) }
	err := produce(send, fail)
	close(jobs)
	wg.Wait()
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.full != nil {
		return b.summary, b.full
	}
	return b.summary, err
}

// note records that an input's overlong sentences were split.
func (b *bulkLoader) note(in loader.Input) {
	n := loader.OverlongSentences(in.Text)
	if n == 0 {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.summary.SplitSentences += n
	b.summary.Notes = append(b.summary.Notes, inputNote{Input: in.Name,
		Note: fmt.Sprintf("%d sentences longer than %d bytes were split into chunks", n, loader.MaxSentenceBytes)})
}

func (b *bulkLoader) record(name string, res store.IngestResult, err error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	s := &b.summary
	switch {
	case errors.Is(err, store.ErrDiskFull):
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
	if b.progress > 0 && time.Since(b.last) >= b.progress {
		b.last = time.Now()
		b.logger.Info("progress", "documents", s.Documents, "created", s.Created, "unchanged", s.Unchanged, "failed", s.Failed)
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
	if h.writer != nil {
		b.workers = clusterIngestWorkers
	}
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
