package store_test

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/geokg/geokg/store/storetest"
)

// TestOpenReplaysLogsOfLargerMemtables: a store whose writer stopped with
// its memtable only in its log (a crash), written with larger memtables than
// the next Open's (geokg load's 64 MiB, then a server's 32 MiB), opens and
// holds what was written. Badger replays a log into a memtable of the
// configured size and stops the process when it does not fit.
func TestOpenReplaysLogsOfLargerMemtables(t *testing.T) {
	ctx := context.Background()
	dir, crashed := t.TempDir(), t.TempDir()
	big := openDir(t, dir, 32<<20)
	if _, err := big.IngestBatch(ctx, storetest.Generate(41, 400, 40, 30)); err != nil {
		t.Fatal(err)
	}
	want, err := big.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	copyFiles(t, dir, crashed) // as a crash leaves them: the memtable only in its log
	big.Close()
	if ssts, _ := filepath.Glob(filepath.Join(crashed, "*.sst")); len(ssts) > 0 {
		t.Fatalf("the writes reached %d tables: the test needs them in the memtable's log alone", len(ssts))
	}
	small := openDir(t, crashed, 1<<20)
	defer small.Close()
	got, err := small.Stats(ctx)
	if err != nil || got != want {
		t.Fatalf("after Open with smaller memtables: %+v (%v), want %+v", got, err, want)
	}
}

// copyFiles copies the files of dir into to.
func copyFiles(t *testing.T, dir, to string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() || e.Name() == "LOCK" {
			continue
		}
		src, err := os.Open(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		dst, err := os.Create(filepath.Join(to, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.Copy(dst, src); err != nil {
			t.Fatal(err)
		}
		src.Close()
		dst.Close()
	}
}
