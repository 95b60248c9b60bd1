package store

import (
	"fmt"
	"log/slog"
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
		{"7f1c2a000000-7f1c2a400000 rw-s 00000000 fd:01 123 /data/geo kg/00001.mem", 0, 0, false},
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
