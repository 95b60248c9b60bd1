package store_test

import (
	"context"
	"errors"
	"reflect"
	"testing"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/store"
	"github.com/geokg/geokg/store/storetest"
)

// TestPreparedAsNormalized: without redirects, what Prepare normalizes is
// what the writer would (fixtures and generated documents, hubs among them).
func TestPreparedAsNormalized(t *testing.T) {
	db := openMem(t)
	xs := append(storetest.Fixtures(), storetest.Generate(31, 60, 12, 10)...)
	for _, x := range xs {
		prepared, written, err := store.PreparedAndNormalized(db, x)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(prepared, written) {
			t.Fatalf("document %s: prepared\n%+v\nnormalized by the writer\n%+v", x.Document.ID, prepared, written)
		}
	}
}

// TestPreparedFollowsRedirects: a document prepared without the store,
// written after its entity was merged into another, joins the one it was
// merged into, as an unprepared one does; the merged-away ID stays gone.
func TestPreparedFollowsRedirects(t *testing.T) {
	ctx := context.Background()
	xs := storetest.Generate(32, 40, 10, 8)
	from, into := graph.StateID("S00"), graph.StateID("S01")
	var stats [2]store.Stats
	for i, prepared := range []bool{false, true} {
		db := openMem(t)
		storetest.Load(t, db, xs[:20]...)
		if _, err := db.MergeEntities(ctx, into, []string{from}); err != nil {
			t.Fatal(err)
		}
		bw := db.NewBulkWriter()
		var rs []store.BatchResult
		var err error
		if prepared {
			ps := make([]*store.Prepared, 0, 20)
			for _, x := range xs[20:] {
				ps = append(ps, store.Prepare(x))
			}
			rs, err = bw.IngestPrepared(ctx, ps)
		} else {
			rs, err = bw.IngestBatch(ctx, xs[20:])
		}
		if err == nil {
			err = bw.Close(ctx)
		}
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rs {
			if r.Err != nil || !r.Created {
				t.Fatalf("prepared %v: %s: created %v, %v", prepared, r.DocumentID, r.Created, r.Err)
			}
		}
		ents, err := db.Entities(ctx, []string{from})
		if err != nil {
			t.Fatal(err)
		}
		if len(ents) != 1 || ents[0] == nil || ents[0].ID != into {
			t.Fatalf("prepared %v: entity %s reads as %+v, want the one it was merged into, %s", prepared, from, ents, into)
		}
		if stats[i], err = db.CountStats(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if stats[0] != stats[1] {
		t.Fatalf("counts written unprepared %+v, prepared %+v", stats[0], stats[1])
	}
}

// TestClosedBulkWriterRefusesBatches: a BulkWriter given a batch after
// Close refuses it, and stores nothing of it.
func TestClosedBulkWriterRefusesBatches(t *testing.T) {
	ctx := context.Background()
	db := openMem(t)
	bw := db.NewBulkWriter()
	xs := storetest.Generate(33, 4, 6, 5)
	if _, err := bw.IngestBatch(ctx, xs[:2]); err != nil {
		t.Fatal(err)
	}
	if err := bw.Close(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := bw.IngestBatch(ctx, xs[2:]); !errors.Is(err, store.ErrWriterClosed) {
		t.Fatalf("a batch after Close: %v, want store.ErrWriterClosed", err)
	}
	if s, err := db.Stats(ctx); err != nil || s.Documents != 2 {
		t.Fatalf("stats %+v, %v; want the 2 documents written before Close", s, err)
	}
}
