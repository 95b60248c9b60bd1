package store_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/geokg/geokg/store"
	"github.com/geokg/geokg/store/storetest"
)

// vlogBytes sums the sizes of the value-log files in dir.
func vlogBytes(t *testing.T, dir string) int64 {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.vlog"))
	if err != nil {
		t.Fatal(err)
	}
	var n int64
	for _, f := range files {
		n += dirSize(t, f)
	}
	return n
}

// TestWrittenOnceGoesToTheValueLog: a document's text, its sentences and
// its fact list are written once and read now and then, so they go to the
// value log, and compactions of the tree move pointers to them instead of
// the values (DefaultOptions' ValueThreshold). With values up to 64 KiB
// in the tree, the log stayed empty.
func TestWrittenOnceGoesToTheValueLog(t *testing.T) {
	dir := t.TempDir()
	db := openDir(t, dir, 0)
	xs := storetest.Generate(21, 200, 9, 8)
	var text int64
	ingestInChunks(t, db, xs, 50)
	for _, x := range xs {
		text += int64(len(x.Document.Text))
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if got := vlogBytes(t, dir); got < 3*text/2 {
		t.Errorf("the value log holds %d bytes for %d bytes of text: want the texts and their sentences", got, text)
	}
}

// TestCompactCollectsValueLogGarbage: after most documents are deleted,
// Compact rewrites the value-log files that hold mostly their values, so
// the log shrinks; deletions alone leave it as it was.
func TestCompactCollectsValueLogGarbage(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	smallLogs := func(o *store.Options) { o.ValueLogFileSize = 1 << 20 }
	db := openWith(t, dir, smallLogs)
	xs := storetest.Generate(22, 600, 9, 8)
	ingestInChunks(t, db, xs, 100)
	for _, x := range xs[:540] {
		if ok, err := db.DeleteDocument(ctx, x.Document.ID); err != nil || !ok {
			t.Fatalf("DeleteDocument = %v, %v", ok, err)
		}
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	before := vlogBytes(t, dir)
	db = openWith(t, dir, smallLogs)
	if err := db.Compact(ctx); err != nil {
		t.Fatal(err)
	}
	if st, err := db.Stats(ctx); err != nil || st.Documents != 60 {
		t.Fatalf("Stats after Compact = %+v, %v", st, err)
	}
	ids := make([]string, 0, 60)
	for _, x := range xs[540:] {
		ids = append(ids, x.Document.ID)
	}
	docs, err := db.Documents(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	for i, d := range docs {
		if d == nil || d.Text != xs[540+i].Document.Text {
			t.Fatalf("document %s does not read back after the value log's collection", ids[i])
		}
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if after := vlogBytes(t, dir); after > before/2 {
		t.Errorf("the value log holds %d bytes after Compact, %d before: want less than half", after, before)
	}
}
