package exchange

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/store"
)

// ParseFilter builds the edge filter of an export from comma-separated
// relation types and modalities (any case: "VISITED,met") and dates
// (YYYY[-MM[-DD]]), as the edges query takes them.
func ParseFilter(types, modalities, dateFrom, dateTo string) (store.EdgeFilter, error) {
	var f store.EdgeFilter
	for _, t := range splitList(types) {
		rt := graph.RelationType(strings.ToLower(t))
		if !validType(rt) {
			return f, fmt.Errorf("%w: unknown relation type %q", ErrFilter, t)
		}
		f.Types = append(f.Types, rt)
	}
	for _, m := range splitList(modalities) {
		mod := graph.Modality(strings.ToLower(m))
		if !mod.Valid() {
			return f, fmt.Errorf("%w: unknown modality %q (asserted, alleged, speculative, negated)", ErrFilter, m)
		}
		f.Modalities = append(f.Modalities, mod)
	}
	var err error
	if f.DateFrom, err = graph.ParseDate(dateFrom); err != nil {
		return f, fmt.Errorf("%w: dateFrom: %w", ErrFilter, err)
	}
	if f.DateTo, err = graph.ParseDate(dateTo); err != nil {
		return f, fmt.Errorf("%w: dateTo: %w", ErrFilter, err)
	}
	if f.DateFrom.Known() && f.DateTo.Known() {
		from, _, _ := f.DateFrom.Range()
		_, to, _ := f.DateTo.Range()
		if to.Before(from) {
			return f, fmt.Errorf("%w: dateTo %s is before dateFrom %s", ErrFilter, f.DateTo.Value, f.DateFrom.Value)
		}
	}
	return f, nil
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// contentTypes are the media types of the formats over HTTP.
var contentTypes = map[Format]struct{ mime, file string }{
	GraphML: {"application/graphml+xml", "geokg.graphml"},
	CSV:     {"application/zip", "geokg-neo4j.zip"},
	NQuads:  {"application/n-quads", "geokg.nq"},
	JSONL:   {"application/x-ndjson", "geokg.jsonl"},
}

// Handler serves GET /export?format=graphml|csv|nquads|jsonl with the
// filters of the edges query (types, dateFrom, dateTo, modality: comma
// separated or repeated) and base (the N-Quads base IRI). The answer streams;
// CSV comes as a zip of nodes.csv and edges.csv. At most a few exports run at
// once; more get 503 with Retry-After.
type Handler struct {
	st    store.Store
	log   *slog.Logger
	slots chan struct{}
	// idle is how long a write may wait: each write of the stream extends the
	// connection's write deadline by it, so a long export that makes progress
	// is not cut by the server's WriteTimeout.
	idle time.Duration
}

// NewHandler returns the export handler over st, running at most concurrent exports at once.
func NewHandler(st store.Store, logger *slog.Logger, concurrent int) *Handler {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &Handler{st: st, log: logger, slots: make(chan struct{}, max(1, concurrent)), idle: 30 * time.Second}
}

// ServeHTTP streams one export; a bad query gets 400 before anything is read.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	opts, err := exportOptions(r)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	select {
	case h.slots <- struct{}{}:
		defer func() { <-h.slots }()
	default:
		w.Header().Set("Retry-After", "10")
		http.Error(w, "exchange: too many exports running; retry later", http.StatusServiceUnavailable)
		return
	}
	ct := contentTypes[opts.Format]
	w.Header().Set("Content-Type", ct.mime)
	w.Header().Set("Content-Disposition", `attachment; filename="`+ct.file+`"`)
	dw := &deadlineWriter{w: w, rc: http.NewResponseController(w), idle: h.idle}
	_ = dw.rc.SetWriteDeadline(time.Now().Add(h.idle)) // the server's WriteTimeout may be shorter than a big export
	if err := Export(r.Context(), h.st, dw, opts); err != nil {
		if dw.n == 0 && !errors.Is(err, context.Canceled) {
			w.Header().Del("Content-Disposition")
			http.Error(w, "exchange: export failed", http.StatusInternalServerError)
		}
		h.log.Warn("export failed", "format", opts.Format, "bytes", dw.n, "err", err)
		if dw.n > 0 {
			panic(http.ErrAbortHandler) // a truncated stream must not look complete
		}
	}
}

// exportOptions reads the query string of GET /export.
func exportOptions(r *http.Request) (Options, error) {
	q := r.URL.Query()
	format, err := ParseFormat(q.Get("format"))
	if err != nil {
		return Options{}, err
	}
	join := func(k string) string { return strings.Join(q[k], ",") }
	f, err := ParseFilter(join("types"), join("modality"), q.Get("dateFrom"), q.Get("dateTo"))
	if err != nil {
		return Options{}, err
	}
	base := q.Get("base")
	if base != "" {
		if err := CheckBaseIRI(base); err != nil {
			return Options{}, err
		}
	}
	return Options{Format: format, Filter: f, BaseIRI: base}, nil
}

// deadlineWriter extends the write deadline before each write and counts bytes.
type deadlineWriter struct {
	w    http.ResponseWriter
	rc   *http.ResponseController
	idle time.Duration
	n    int64
}

func (d *deadlineWriter) Write(p []byte) (int, error) {
	_ = d.rc.SetWriteDeadline(time.Now().Add(d.idle)) // not every writer supports deadlines
	n, err := d.w.Write(p)
	d.n += int64(n)
	return n, err
}
