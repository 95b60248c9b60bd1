package storetest

import (
	"context"
	"errors"
	"math/rand/v2"
	"reflect"
	"sync"
	"testing"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/store"
)

// batchDocs returns documents for the batch cases: the fixtures and
// generated documents that share hub entities.
func batchDocs() []*graph.Extraction {
	return append(Fixtures(), Generate(21, 40, 12, 10)...)
}

// ingestBatch runs IngestBatch and fails t on a batch error.
func ingestBatch(t *testing.T, s store.Store, xs []*graph.Extraction) []store.BatchResult {
	t.Helper()
	rs, err := s.IngestBatch(context.Background(), xs)
	if err != nil {
		t.Fatalf("IngestBatch: %v", err)
	}
	if len(rs) != len(xs) {
		t.Fatalf("IngestBatch returned %d results for %d extractions", len(rs), len(xs))
	}
	return rs
}

// testBatchEqualsOneByOne: a batch leaves what ingesting its documents one
// by one leaves, with the same results.
func testBatchEqualsOneByOne(t *testing.T, open Opener) {
	ctx := context.Background()
	a, b := open(t), open(t)
	docs := batchDocs()
	rs := ingestBatch(t, a, docs)
	for i, x := range batchDocs() {
		one := must(b.Ingest(ctx, x))(t)
		got := rs[i]
		if got.Err != nil || !got.Created || got.Document == nil || got.Document.ID != one.DocumentID {
			t.Fatalf("batch result %d = %+v, want created %s", i, got, one.DocumentID)
		}
		got.Document, one.Document = nil, nil
		if got.IngestResult != one {
			t.Errorf("batch result %d = %+v, one by one %+v", i, got.IngestResult, one)
		}
	}
	if sa, sb := TakeSnapshot(t, a), TakeSnapshot(t, b); !reflect.DeepEqual(sa, sb) {
		t.Fatalf("batch and one-by-one stores differ:\n%s", diff(sa, sb))
	}
}

// testBatchIdempotent: a batch of stored documents, even repeated within
// the batch, changes nothing and reports them as not created.
func testBatchIdempotent(t *testing.T, open Opener) {
	s := open(t)
	docs := batchDocs()
	ingestBatch(t, s, docs[:20])
	before := TakeSnapshot(t, s)
	again := append(batchDocs()[:20], batchDocs()[:20]...)
	for i, r := range ingestBatch(t, s, again) {
		if r.Err != nil || r.Created {
			t.Fatalf("result %d of a reloaded batch = %+v, want not created", i, r)
		}
	}
	if after := TakeSnapshot(t, s); !reflect.DeepEqual(before, after) {
		t.Fatalf("a batch of known documents changed the store:\n%s", diff(before, after))
	}
	// A batch that repeats a new document writes it once.
	fresh := open(t)
	rs := ingestBatch(t, fresh, []*graph.Extraction{batchDocs()[0], batchDocs()[0]})
	if !rs[0].Created || rs[1].Created || rs[1].Err != nil {
		t.Fatalf("a document twice in one batch: %+v, %+v; want created, then not", rs[0], rs[1])
	}
	want := open(t)
	Load(t, want, batchDocs()[0])
	if a, b := TakeSnapshot(t, fresh), TakeSnapshot(t, want); !reflect.DeepEqual(a, b) {
		t.Fatalf("a document twice in one batch:\n%s", diff(a, b))
	}
}

// testBatchPerDocument: an invalid document in a batch is refused alone and
// leaves nothing; the others are written.
func testBatchPerDocument(t *testing.T, open Opener) {
	s := open(t)
	docs := batchDocs()[:12]
	bad := Generate(77, 1, 6, 4)[0]
	bad.Edges[0].Confidence = 2 // invalid
	worse := Generate(78, 1, 6, 4)[0]
	worse.Edges[0].Mentions = []graph.Mention{{Sentence: 0, Start: 5, End: 2}} // bad offsets
	batch := append(append(append([]*graph.Extraction{}, docs[:6]...), bad, nil, worse), docs[6:]...)
	rs := ingestBatch(t, s, batch)
	for i, r := range rs {
		switch x := batch[i]; {
		case x == nil || x == bad || x == worse:
			if !errors.Is(r.Err, store.ErrInvalid) || r.Created {
				t.Errorf("result %d = %+v, want ErrInvalid", i, r)
			}
		case r.Err != nil || !r.Created:
			t.Errorf("result %d = %+v, want created", i, r)
		}
	}
	want := open(t)
	Load(t, want, batchDocs()[:12]...)
	if a, b := TakeSnapshot(t, s), TakeSnapshot(t, want); !reflect.DeepEqual(a, b) {
		t.Fatalf("a batch with invalid documents:\n%s", diff(a, b))
	}
}

// testLargeDocument: a document too rich for one transaction is stored
// whole, reads back with its sentences, is idempotent and deletes exactly.
func testLargeDocument(t *testing.T, open Opener) {
	if testing.Short() {
		t.Skip("writes some 10k facts")
	}
	ctx := context.Background()
	s := open(t)
	Load(t, s, Fixtures()...)
	before := TakeSnapshot(t, s)
	x := Large(1, 7000)
	res := must(s.Ingest(ctx, x))(t)
	if !res.Created || res.Edges < 6000 {
		t.Fatalf("Ingest of a large document = %+v, want created with its edges", res)
	}
	docEdges := must(only(s.DocumentsEdgeIDs(ctx, []string{x.Document.ID})))(t)
	if len(docEdges) != res.Edges {
		t.Fatalf("the document lists %d edges, Ingest wrote %d", len(docEdges), res.Edges)
	}
	edges := must(s.Edges(ctx, docEdges[:50]))(t)
	for _, e := range edges {
		for _, m := range e.Mentions {
			if m.DocumentID == x.Document.ID && m.Text != x.Document.Text[m.Start:m.End] {
				t.Fatalf("edge %s: mention %+v lost its sentence", e.ID, m)
			}
		}
	}
	stats := must(s.Stats(ctx))(t)
	if again := must(s.Ingest(ctx, Large(1, 7000)))(t); again.Created {
		t.Fatal("a large document ingested twice was created twice")
	}
	if got := must(s.Stats(ctx))(t); got != stats {
		t.Fatalf("reloading a large document changed the counts: %+v, then %+v", stats, got)
	}
	if !must(s.DeleteDocument(ctx, x.Document.ID))(t) {
		t.Fatal("DeleteDocument of the large document found nothing")
	}
	if after := TakeSnapshot(t, s); !reflect.DeepEqual(before, after) {
		t.Fatalf("deleting the large document does not give the store before it:\n%s", diff(before, after))
	}
}

// testIngestRacesDelete: writers ingesting and deleting the same documents
// at once never fail, and the store ends consistent with the last word.
func testIngestRacesDelete(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	docs := Generate(31, 4, 10, 8)
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(uint64(w), 5))
			for range 60 {
				x := docs[rng.IntN(len(docs))]
				var err error
				switch rng.IntN(3) {
				case 0:
					_, err = s.DeleteDocument(ctx, x.Document.ID)
				case 1:
					var rs []store.BatchResult
					if rs, err = s.IngestBatch(ctx, []*graph.Extraction{x, docs[0]}); err == nil {
						err = errors.Join(rs[0].Err, rs[1].Err)
					}
				default:
					var r store.IngestResult
					if r, err = s.Ingest(ctx, x); err == nil && (r.Document == nil || r.Document.ID != x.Document.ID) {
						err = errors.New("storetest: Ingest did not return its document")
					}
				}
				if err != nil {
					errs <- err
					return
				}
			}
		}(w)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	// Whatever is stored now equals loading those documents alone.
	want := open(t)
	for _, x := range docs {
		if d := must(s.Documents(ctx, []string{x.Document.ID}))(t); d[0] != nil {
			Load(t, want, x)
		}
	}
	if a, b := TakeSnapshot(t, s), TakeSnapshot(t, want); !reflect.DeepEqual(a, b) {
		t.Fatalf("after racing ingests and deletes:\n%s", diff(a, b))
	}
}
