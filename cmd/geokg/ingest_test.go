package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"testing"

	"github.com/geokg/geokg/loader"
	"github.com/geokg/geokg/store"
)

// TestLookupErrorStopsTheLoad: the lookup of known documents runs beside
// the reading of the inputs (lookUp); its error stops the producer at its
// next send and is the load's error.
func TestLookupErrorStopsTheLoad(t *testing.T) {
	st, err := store.Open(store.DefaultOptions(t.TempDir()).WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	st.Close() // every lookup fails with ErrClosed
	b := &bulkLoader{store: st, logger: slog.New(slog.DiscardHandler), workers: 1}
	const inputs = 100 * lookupGroup
	sent := 0
	_, err = b.run(context.Background(), func(send func(loader.Input) error, _ func(string, error)) error {
		for i := range inputs {
			if err := send(loader.Input{Name: fmt.Sprint(i), Text: fmt.Sprintf("Document %d.", i)}); err != nil {
				return err
			}
			sent++
		}
		return nil
	})
	if !errors.Is(err, store.ErrClosed) {
		t.Fatalf("load over a failing lookup: %v, want store.ErrClosed", err)
	}
	if sent == inputs {
		t.Fatalf("the producer sent all %d inputs after the lookups failed", sent)
	}
}
