package store

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	badger "github.com/dgraph-io/badger/v4"
)

func TestTableMapping(t *testing.T) {
	const dir = "/data/geo kg"
	tests := []struct {
		line       string
		start, end uintptr
		ok         bool
	}{
		{"7f1c2a000000-7f1c2a400000 r--s 00000000 fd:01 123 /data/geo kg/000012.sst", 0x7f1c2a000000, 0x7f1c2a400000, true},
		{"7f1c2a000000-7f1c2a400000 r--s 00000000 fd:01 123 /data/other/000012.sst", 0, 0, false},
		{"7f1c2a000000-7f1c2a400000 rw-s 00000000 fd:01 123 /data/geo kg/00001.mem", 0x7f1c2a000000, 0x7f1c2a400000, true},
		{"7f1c2a000000-7f1c2a400000 rw-s 00000000 fd:01 123 /data/geo kg/000001.vlog", 0x7f1c2a000000, 0x7f1c2a400000, true},
		{"7f1c2a000000-7f1c2a400000 rw-s 00000000 fd:01 123 /data/geo kg/KEYREGISTRY", 0, 0, false},
		{"7f1c2a000000-7f1c2a400000 r--s 00000000 fd:01 123 /data/geo kg/000012.sst (deleted)", 0, 0, false},
		{"7f1c2a000000-7f1c2a400000 rw-p 00000000 00:00 0 ", 0, 0, false},
		{"7f1c2a400000-7f1c2a000000 r--s 00000000 fd:01 123 /data/geo kg/000012.sst", 0, 0, false},
		{"zz-7f1c2a400000 r--s 00000000 fd:01 123 /data/geo kg/000012.sst", 0, 0, false},
	}
	for _, tc := range tests {
		start, end, ok := tableMapping([]byte(tc.line), dir)
		if start != tc.start || end != tc.end || ok != tc.ok {
			t.Errorf("%q: %x-%x %v, want %x-%x %v", tc.line, start, end, ok, tc.start, tc.end, tc.ok)
		}
	}
}

// TestPageOutTables checks that the trimmer finds the tables a store has
// mapped and that every key reads back after their pages are reclaimed.
func TestPageOutTables(t *testing.T) {
	dir := t.TempDir()
	opts := DefaultOptions(dir).WithLogger(slog.New(slog.DiscardHandler))
	db, err := Open(opts)
	if err != nil {
		t.Fatal(err)
	}
	const n = 20000
	put := func(db *DB) {
		wb := db.bdb.NewWriteBatch()
		defer wb.Cancel()
		for i := range n {
			if err := wb.Set([]byte(fmt.Sprintf("\xfftrim-%06d", i)), []byte(fmt.Sprintf("value %d", i))); err != nil {
				t.Fatal(err)
			}
		}
		if err := wb.Flush(); err != nil {
			t.Fatal(err)
		}
	}
	put(db)
	db.Close()                                                                  // the memtable becomes a table
	if db, err = Open(opts.WithTrimTablesEvery(time.Millisecond)); err != nil { // the trimmer runs during the reads
		t.Fatal(err)
	}
	defer db.Close()
	if got := pageOutTables(mappedDir(dir)); got == 0 {
		t.Fatal("no mapped table of the store was advised")
	}
	read := 0
	err = db.bdb.View(func(txn *badger.Txn) error {
		for i := range n {
			item, err := txn.Get([]byte(fmt.Sprintf("\xfftrim-%06d", i)))
			if err != nil {
				return err
			}
			if err := item.Value(func(v []byte) error {
				if string(v) != fmt.Sprintf("value %d", i) {
					return fmt.Errorf("key %d reads %q", i, v)
				}
				read++
				return nil
			}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil || read != n {
		t.Fatalf("after the trim: %d of %d keys read, %v", read, n, err)
	}
}

// residentTables returns the resident bytes of the mappings of the store's
// tables in dir (as the kernel names it), from /proc/self/smaps.
func residentTables(t *testing.T, dir string) int64 {
	t.Helper()
	smaps, err := os.ReadFile("/proc/self/smaps")
	if err != nil {
		t.Skipf("no smaps: %v", err)
	}
	var total int64
	in := false
	for _, line := range strings.Split(string(smaps), "\n") {
		if f := strings.Fields(line); len(f) > 0 && strings.Contains(f[0], "-") && !strings.HasSuffix(f[0], ":") {
			_, _, ok := tableMapping([]byte(line), dir)
			in = ok && strings.HasSuffix(line, ".sst")
			continue
		}
		if in && strings.HasPrefix(line, "Rss:") {
			kb, _ := strconv.ParseInt(strings.Fields(line)[1], 10, 64)
			total += kb << 10
		}
	}
	return total
}

// TestCompactGivesBackTablePages checks that Compact leaves few pages of
// the tables it read and wrote resident: a server compacting a freshly
// loaded store at start-up held them all, idle.
func TestCompactGivesBackTablePages(t *testing.T) {
	dir := t.TempDir()
	opts := DefaultOptions(dir).WithLogger(slog.New(slog.DiscardHandler))
	db, err := Open(opts)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { db.Close() }()
	r := rand.New(rand.NewPCG(7, 7))
	var last [][]byte
	for range 4 { // versions to drop, over several tables
		last = writeRandom(t, db, "pages", 40000, r)
	}
	db.Close()
	if db, err = Open(opts); err != nil {
		t.Fatal(err)
	}
	if err := db.bdb.View(func(txn *badger.Txn) error { // every table read: resident
		it := txn.NewIterator(badger.DefaultIteratorOptions)
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			if err := it.Item().Value(func([]byte) error { return nil }); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	mapped := mappedDir(dir)
	before := residentTables(t, mapped)
	if before < 4<<20 {
		t.Skipf("only %d bytes of tables resident before the compaction", before)
	}
	if err := db.Compact(context.Background()); err != nil {
		t.Fatal(err)
	}
	after := residentTables(t, mapped)
	t.Logf("tables resident: %d bytes before the compaction, %d after", before, after)
	if after > before/16 { // one version of the data is a quarter of before
		t.Errorf("%d bytes of tables resident after the compaction, %d before", after, before)
	}
	if err := readBack(db, "pages", last); err != nil { // the pages given back read back
		t.Fatalf("after the compaction: %v", err)
	}
}

// writeRandom sets n keys named after name to incompressible values of 100
// bytes (tables as big as their data) in one batch, and returns the values.
func writeRandom(t *testing.T, db *DB, name string, n int, r *rand.Rand) [][]byte {
	t.Helper()
	values := make([][]byte, n)
	wb := db.bdb.NewWriteBatch()
	defer wb.Cancel()
	for i := range values {
		values[i] = make([]byte, 100)
		for j := range values[i] {
			values[i][j] = byte(r.Uint32())
		}
		if err := wb.Set(randomKey(name, i), values[i]); err != nil {
			t.Fatal(err)
		}
	}
	if err := wb.Flush(); err != nil {
		t.Fatal(err)
	}
	return values
}

// reopenedWithRandom writes n random values under name (writeRandom, seeded
// with seed) into a new store, closes it so that they are in tables, and
// opens it again with the options reopen makes of the defaults. The store
// is closed when the test ends.
func reopenedWithRandom(t *testing.T, name string, n int, seed uint64, reopen func(Options) Options) (db *DB, dir string, want [][]byte) {
	t.Helper()
	dir = t.TempDir()
	opts := DefaultOptions(dir).WithLogger(slog.New(slog.DiscardHandler))
	db, err := Open(opts)
	if err != nil {
		t.Fatal(err)
	}
	want = writeRandom(t, db, name, n, rand.New(rand.NewPCG(seed, seed)))
	db.Close() // the memtable becomes tables
	if db, err = Open(reopen(opts)); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db, dir, want
}

// readBack checks that the keys writeRandom wrote under name hold want.
func readBack(db *DB, name string, want [][]byte) error {
	return db.bdb.View(func(txn *badger.Txn) error {
		for i, w := range want {
			item, err := txn.Get(randomKey(name, i))
			if err != nil {
				return err
			}
			if err := item.Value(func(v []byte) error {
				if !bytes.Equal(v, w) {
					return fmt.Errorf("key %d reads another value", i)
				}
				return nil
			}); err != nil {
				return err
			}
		}
		return nil
	})
}

// randomKey is the i-th key writeRandom writes under name.
func randomKey(name string, i int) []byte { return []byte(fmt.Sprintf("\xff%s-%06d", name, i)) }

// TestUnmapTablesEvery checks that a store opened with UnmapTablesEvery
// lets go of the resident pages of the tables it read, and reads them back.
func TestUnmapTablesEvery(t *testing.T) {
	db, dir, want := reopenedWithRandom(t, "unmap", 40000, 3, func(o Options) Options {
		return o.WithUnmapTablesEvery(20 * time.Millisecond)
	})
	if err := readBack(db, "unmap", want); err != nil {
		t.Fatal(err)
	}
	mapped := mappedDir(dir)
	deadline := time.Now().Add(5 * time.Second)
	for residentTables(t, mapped) > 1<<20 {
		if time.Now().After(deadline) {
			t.Fatalf("%d bytes of tables still resident after 5 s", residentTables(t, mapped))
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err := readBack(db, "unmap", want); err != nil {
		t.Fatalf("after the pages left: %v", err)
	}
}

// TestTablePagesAbove checks that a store opened with TablePagesAbove
// lets go of the pages of the tables it reads as soon as they pass that
// many bytes, without waiting for the period (an hour here), whether it
// unmaps (a server) or pages out (a load) on that period, and reads them
// back.
func TestTablePagesAbove(t *testing.T) {
	const above = 4 << 20
	for name, every := range map[string]func(Options) Options{
		"unmap":   func(o Options) Options { return o.WithUnmapTablesEvery(time.Hour) },
		"pageout": func(o Options) Options { return o.WithTrimTablesEvery(time.Hour) },
	} {
		t.Run(name, func(t *testing.T) {
			// Some 30 MB of random values in tables.
			db, dir, want := reopenedWithRandom(t, "above", 300000, 5, func(o Options) Options {
				return every(o).WithTablePagesAbove(above)
			})
			mapped, peak := mappedDir(dir), int64(0)
			for range 3 {
				if err := readBack(db, "above", want); err != nil {
					t.Fatal(err)
				}
				peak = max(peak, residentTables(t, mapped))
			}
			// The reads go on between two checks (trimCheckEvery): allow
			// them four times the bound. All the tables are some 30 MB.
			if peak > 4*above {
				t.Errorf("%d bytes of tables resident after reading them all; want at most %d", peak, 4*above)
			}
		})
	}
}

// TestTrimWhileEveryPeriod checks that trimWhile without a growth bound
// trims at each period (the compaction's and the replay's trimmers run so):
// its check of the time since the last trim is for periods measured in
// ticks of trimCheckEvery, and a tick of the period itself may come a hair
// early.
func TestTrimWhileEveryPeriod(t *testing.T) {
	var n atomic.Int64
	stop := trimWhile(t.TempDir(), 50*time.Millisecond, 0, func(string) int { n.Add(1); return 0 })
	time.Sleep(time.Second)
	stop()
	if got := n.Load(); got < 14 {
		t.Errorf("%d trims in 1 s at a period of 50 ms; want about 20", got)
	}
}
