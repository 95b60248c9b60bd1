package schema

import (
	"context"
	"sync"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/store"
)

// Writer carries out the mutations. By default they write to the server's
// store; a cluster node instead appends them to its replicated log and
// answers once its own store has applied them. Each method returns the log
// sequence of the operation, 0 when there is no log.
type Writer interface {
	// Ingest stores an extracted document (idempotent by document ID).
	Ingest(ctx context.Context, x *graph.Extraction) (store.IngestResult, uint64, error)
	// DeleteDocument removes a document; false when it is unknown.
	DeleteDocument(ctx context.Context, id string) (bool, uint64, error)
	// MergeEntities merges from into into and returns the merged entity.
	MergeEntities(ctx context.Context, into string, from []string) (*graph.Entity, uint64, error)
}

// Replica reports the log position of a node that applies a replicated log.
// With one, every answer carries extensions.appliedSequence.
type Replica interface {
	// AppliedSequence is the last log sequence the node's store has applied.
	AppliedSequence() uint64
}

// storeWriter is the single-node Writer: it writes to the store directly.
type storeWriter struct{ st store.Store }

func (w storeWriter) Ingest(ctx context.Context, x *graph.Extraction) (store.IngestResult, uint64, error) {
	r, err := w.st.Ingest(ctx, x)
	return r, 0, err
}

func (w storeWriter) DeleteDocument(ctx context.Context, id string) (bool, uint64, error) {
	ok, err := w.st.DeleteDocument(ctx, id)
	return ok, 0, err
}

func (w storeWriter) MergeEntities(ctx context.Context, into string, from []string) (*graph.Entity, uint64, error) {
	e, err := w.st.MergeEntities(ctx, into, from)
	return e, 0, err
}

// WithWriter returns o with Writer set to w.
func (o Options) WithWriter(w Writer) Options { o.Writer = w; return o }

// WithReplica returns o with Replica set to r.
func (o Options) WithReplica(r Replica) Options { o.Replica = r; return o }

// writer returns the configured Writer or the store's.
func (s *Server) writer() Writer {
	if s.opts.Writer != nil {
		return s.opts.Writer
	}
	return storeWriter{s.st}
}

// seqKey carries a request's opSequences in its context.
type seqKey struct{}

// opSequences collects the log sequences of a request's mutations.
type opSequences struct {
	mu  sync.Mutex
	max uint64
}

// withSequences returns ctx with a fresh opSequences.
func withSequences(ctx context.Context) (context.Context, *opSequences) {
	o := &opSequences{}
	return context.WithValue(ctx, seqKey{}, o), o
}

// noteSequence records the log sequence of a mutation run under ctx.
func noteSequence(ctx context.Context, seq uint64) {
	o, _ := ctx.Value(seqKey{}).(*opSequences)
	if o == nil || seq == 0 {
		return
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	o.max = max(o.max, seq)
}

// logExtensions adds extensions.sequence (the last log sequence of the
// request's mutations) and extensions.appliedSequence to an answer.
func (s *Server) logExtensions(o *opSequences, out *outcome) {
	if out.result == nil || (s.opts.Replica == nil && o.max == 0) {
		return
	}
	if out.result.Extensions == nil {
		out.result.Extensions = map[string]any{}
	}
	o.mu.Lock()
	if o.max > 0 {
		out.result.Extensions["sequence"] = o.max
	}
	o.mu.Unlock()
	if s.opts.Replica != nil {
		out.result.Extensions["appliedSequence"] = s.opts.Replica.AppliedSequence()
	}
}
