package store_test

import (
	"context"
	"errors"
	"maps"
	"reflect"
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"

	"github.com/geokg/geokg/store"
	"github.com/geokg/geokg/store/storetest"
)

// TestContribsOneKeyPerBatch: a batch of documents stores one key of entity
// contributions per entity it names, not one per entity and document.
func TestContribsOneKeyPerBatch(t *testing.T) {
	ctx := context.Background()
	db := openMem(t)
	defer db.Close()
	xs := storetest.Generate(5, 40, 9, 8)
	pairs := 0
	for _, x := range xs {
		pairs += len(x.EntityMentions)
	}
	if _, err := db.IngestBatch(ctx, xs); err != nil {
		t.Fatal(err)
	}
	if db.OversizedBatches() != 0 {
		t.Fatal("the batch did not fit one transaction: the test needs one")
	}
	ids, err := db.EntityIDs(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	blocks, legacy, err := store.ContribKeys(db)
	if err != nil {
		t.Fatal(err)
	}
	if blocks != len(ids) || legacy != 0 || blocks >= pairs {
		t.Fatalf("%d contribution blocks and %d per-document keys for %d entities named %d times, want one block per entity",
			blocks, legacy, len(ids), pairs)
	}
}

// TestLegacyContribsMigrated: the entity contributions of an older store,
// one key per entity and document, move into blocks when it is opened, in
// several parts; what the store answers stays the same, and the
// contribution of a document that was never stored is dropped.
func TestLegacyContribsMigrated(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db := openDir(t, dir, 0)
	xs := storetest.Generate(31, 240, 9, 8)
	ingestInChunks(t, db, xs, 60)
	want := storetest.TakeSnapshot(t, db)
	ids, err := db.EntityIDs(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	if err := store.ToLegacyContribs(db, ids[0]); err != nil {
		t.Fatal(err)
	}
	if blocks, legacy, err := store.ContribKeys(db); err != nil || blocks != 0 || legacy <= 1024 {
		t.Fatalf("the older store has %d blocks and %d per-document keys (%v): the test needs more than one part", blocks, legacy, err)
	}
	db.Close()
	db = openDir(t, dir, 0)
	defer db.Close()
	if blocks, legacy, err := store.ContribKeys(db); err != nil || blocks == 0 || legacy != 0 {
		t.Fatalf("after opening: %d blocks and %d per-document keys (%v)", blocks, legacy, err)
	}
	if got := storetest.TakeSnapshot(t, db); !reflect.DeepEqual(got, want) {
		t.Fatal("the migrated store answers otherwise than the store it came from")
	}
	if _, err := db.IngestBatch(ctx, storetest.Generate(32, 20, 9, 8)); err != nil {
		t.Fatal(err)
	}
}

// TestMentionPositionOfDeletedDocument: a page of mentions after a mention
// of a document deleted since is ErrNotFound, not a page from elsewhere,
// while the entity stays (other documents name it).
func TestMentionPositionOfDeletedDocument(t *testing.T) {
	ctx := context.Background()
	db := openMem(t)
	defer db.Close()
	xs := storetest.Generate(7, 30, 9, 8)
	ingestInChunks(t, db, xs, 10)
	// The entity of document 12 named most often, in other batches too.
	var entity string
	var all []graph.Mention
	for _, id := range slices.Sorted(maps.Keys(xs[12].EntityMentions)) {
		ms, err := db.EntitiesMentions(ctx, []string{id})
		if err != nil {
			t.Fatal(err)
		}
		if len(ms[0]) > len(all) {
			entity, all = id, ms[0]
		}
	}
	i := slices.IndexFunc(all, func(m graph.Mention) bool { return m.DocumentID == xs[12].Document.ID })
	if i < 0 || len(all) < 5 {
		t.Fatalf("mentions of %s: %v", entity, all)
	}
	m := all[i]
	from := store.MentionsFrom{Entity: entity, AfterDoc: m.DocumentID, AfterSentence: m.Sentence, AfterStart: m.Start}
	if _, err := db.EntitiesMentionPages(ctx, []store.MentionsFrom{from}, 2, false); err != nil {
		t.Fatal(err)
	}
	if _, err := db.DeleteDocument(ctx, m.DocumentID); err != nil {
		t.Fatal(err)
	}
	if ms, err := db.EntitiesMentions(ctx, []string{entity}); err != nil || len(ms[0]) == 0 {
		t.Fatalf("%s after the deletion: %v, %v; the test needs it named elsewhere", entity, ms, err)
	}
	if _, err := db.EntitiesMentionPages(ctx, []store.MentionsFrom{from}, 2, false); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("a page after a deleted document's mention: %v, want ErrNotFound", err)
	}
}
