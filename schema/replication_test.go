package schema

import (
	"context"
	"testing"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/store"
)

// loggingWriter stands for a cluster node: it writes to the store and hands
// out increasing log sequences.
type loggingWriter struct {
	st  store.Store
	seq uint64
}

func (w *loggingWriter) Ingest(ctx context.Context, x *graph.Extraction) (store.IngestResult, uint64, error) {
	r, err := w.st.Ingest(ctx, x)
	w.seq++
	return r, w.seq, err
}

func (w *loggingWriter) DeleteDocument(ctx context.Context, id string) (bool, uint64, error) {
	ok, err := w.st.DeleteDocument(ctx, id)
	w.seq++
	return ok, w.seq, err
}

func (w *loggingWriter) MergeEntities(ctx context.Context, into string, from []string) (*graph.Entity, uint64, error) {
	e, err := w.st.MergeEntities(ctx, into, from)
	w.seq++
	return e, w.seq, err
}

func (w *loggingWriter) AppliedSequence() uint64 { return w.seq }

func TestWriterSequencesInExtensions(t *testing.T) {
	st := openStore(t)
	load(t, st, fixture())
	w := &loggingWriter{st: st, seq: 40}
	s := newServer(t, st, func(o Options) Options { return o.WithWriter(w).WithReplica(w) })
	docID := fixture()[0].Document.ID
	cases := []struct {
		name      string
		query     string
		sequence  any // nil: no extensions.sequence
		appliedAt uint64
	}{
		{"query", `{ stats { documents } }`, nil, 40},
		{"ingest", `mutation { ingestDocument(input: {text: "A new text."}) { created } }`, uint64(41), 41},
		{"delete", `mutation { deleteDocument(id: "` + docID + `") }`, uint64(42), 42},
		{"merge", `mutation { mergeEntities(into: "` + fxKOR.ID + `", from: ["` + fxUSA.ID + `"]) { id } }`, uint64(43), 43},
		{"two mutations: the last sequence", `mutation { a: deleteDocument(id: "doc:x") b: deleteDocument(id: "doc:y") }`, uint64(45), 45},
		{"refused query still reports applied", `{ nope }`, nil, 45},
	}
	for _, c := range cases {
		res := s.Do(context.Background(), c.query, nil)
		if got := res.Extensions["sequence"]; got != c.sequence {
			t.Errorf("%s: extensions.sequence = %v, want %v (errors %v)", c.name, got, c.sequence, res.Errors)
		}
		if got := res.Extensions["appliedSequence"]; got != c.appliedAt {
			t.Errorf("%s: extensions.appliedSequence = %v, want %d", c.name, got, c.appliedAt)
		}
	}
	if docs, _ := st.Documents(context.Background(), []string{docID}); docs[0] != nil {
		t.Errorf("deleteDocument through the Writer left %s in the store", docID)
	}
}

func TestSingleNodeAnswersCarryNoLogExtensions(t *testing.T) {
	s, _ := fixtureServer(t)
	res := s.Do(context.Background(), `mutation { deleteDocument(id: "doc:none") }`, nil)
	if len(res.Errors) > 0 || res.Extensions != nil {
		t.Fatalf("single node: errors %v, extensions %v; want none", res.Errors, res.Extensions)
	}
}
