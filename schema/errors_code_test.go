package schema

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/graphql-go/graphql"

	"github.com/geokg/geokg/store"
)

// TestWriteErrorCodes: the store's refusals of a write reach GraphQL with
// their own code, never INTERNAL_SERVER_ERROR.
func TestWriteErrorCodes(t *testing.T) {
	tests := []struct {
		err  error
		want string
	}{
		{fmt.Errorf("schema: ingest: %w", fmt.Errorf("%w: doc:x has 9 facts", store.ErrDocumentTooLarge)), CodeDocumentTooLarge},
		{fmt.Errorf("schema: ingest: %w", store.ErrInvalid), CodeBadUserInput},
		{fmt.Errorf("%w: document doc:x was deleted while it was being written; retry", ErrConflict), CodeConflict},
	}
	for _, tc := range tests {
		if got := (&apiError{err: tc.err}).Extensions()["code"]; got != tc.want {
			t.Errorf("code of %v = %v, want %s", tc.err, got, tc.want)
		}
	}
}

// TestIngestRacesDelete: ingestDocument racing deleteDocument of the same
// document, from many goroutines, never answers with an error.
func TestIngestRacesDelete(t *testing.T) {
	st := openStore(t)
	s := newServer(t, st)
	x := fixture()
	const ingest = `mutation($in: DocumentInput!) { ingestDocument(input: $in) { created document { id } } }`
	const del = `mutation($id: ID!) { deleteDocument(id: $id) }`
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 40; i++ {
				doc := x[(g+i)%2].Document
				var res *graphql.Result
				if (g+i)%3 == 0 {
					res = s.Do(context.Background(), del, map[string]any{"id": doc.ID})
				} else {
					res = s.Do(context.Background(), ingest, map[string]any{"in": map[string]any{"text": doc.Text}})
				}
				if len(res.Errors) > 0 {
					errs <- fmt.Sprintf("%v (codes %v)", res.Errors, errCodes(res))
					return
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
