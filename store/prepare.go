package store

import (
	"context"

	"github.com/geokg/geokg/graph"
)

// Prepared is an extraction checked and normalized ahead of its write, so
// that a bulk load's extraction workers do that work on all cores instead
// of its one writer (BulkWriter.IngestPrepared). The normalization is the
// one a store without merge redirects makes; the writer takes it when no
// redirect applies to the IDs it names, and normalizes again otherwise.
type Prepared struct {
	x *graph.Extraction
	// checked tells that err is validate's verdict on x.
	checked bool
	err     error
	// n is x normalized without redirects (nil when not prepared or
	// invalid), and ids the entity IDs it names, each once.
	n   *normalized
	ids []string
}

// Prepare checks and normalizes x for IngestPrepared. It reads no store and
// may run on any goroutine; an invalid x is reported when it is written.
func Prepare(x *graph.Extraction) *Prepared {
	p := &Prepared{x: x, checked: true}
	if x == nil {
		return p
	}
	if p.err = validate(x); p.err != nil {
		return p
	}
	rs := noRedirects(len(x.Entities) + 8)
	n, err := normalizeWith(x, rs)
	if err != nil {
		return p // normalize reports it again when the writer writes x
	}
	p.n = n
	p.ids = make([]string, 0, len(rs.cache))
	for id := range rs.cache {
		p.ids = append(p.ids, id)
	}
	return p
}

// unprepared wraps extractions to be checked and normalized by the writer.
func unprepared(xs []*graph.Extraction) []*Prepared {
	ps := make([]*Prepared, len(xs))
	for i, x := range xs {
		ps[i] = &Prepared{x: x}
	}
	return ps
}

// check returns validate's verdict on p's extraction.
func (p *Prepared) check() error {
	if !p.checked {
		p.err, p.checked = validate(p.x), true
	}
	return p.err
}

// normalized returns p's extraction normalized through the redirects w sees:
// its own normalization when every ID it names is stored under itself.
// The result is the caller's to change.
func (db *DB) normalized(w *wtx, p *Prepared) (*normalized, error) {
	if p.n == nil {
		return db.normalize(w, p.x)
	}
	rs := db.resolverOf(w)
	for _, id := range p.ids {
		r, err := rs.one(id)
		if err != nil {
			return nil, err
		}
		if r != id {
			return db.normalize(w, p.x)
		}
	}
	n := *p.n // writeHead sets its load order
	return &n, nil
}

// IngestPrepared is IngestBatch with extractions prepared by Prepare.
func (b *BulkWriter) IngestPrepared(ctx context.Context, ps []*Prepared) ([]BatchResult, error) {
	if b.closed {
		return nil, ErrWriterClosed
	}
	if rw := b.db.ranks.Load(); rw != nil && rw.size() > b.windowPairs {
		if err := b.Flush(ctx); err != nil {
			return nil, err
		}
	}
	b.db.openRankWindow()
	return b.db.ingestBatch(ctx, ps, b.update, func() { _ = b.drain() })
}
