package store

import (
	"context"
	"encoding/binary"
	"fmt"
	"runtime/debug"
	"slices"
	"time"

	badger "github.com/dgraph-io/badger/v4"
)

// Compact rewrites the LSM tree into one level, dropping the old versions
// and deletion markers that writes left. Scans walk over those until a
// compaction drops them, and the pair index of a hub is rewritten by every
// write that names it, so after a bulk load its rank list holds many times
// more versions than neighbors: compacting then halves the cost of
// neighborhood reads (geokg bench measures both). It takes a few seconds
// for 25,000 documents on two cores (3.5 s for the freshly loaded bench
// store, round 19); writes may go on meanwhile. Once done, it sets the
// count of entries written since the last compaction to zero
// (CompactionDue) and rewrites the value-log files that are half garbage
// or more (CollectGarbage).
func (db *DB) Compact(ctx context.Context) error {
	release, err := db.acquire(ctx)
	if err != nil {
		return err
	}
	defer release()
	if db.dir != "" {
		// The tables it reads and writes are mapped: their pages leave the
		// process as it goes, and once more when it is done (giveBack).
		defer trimWhile(mappedDir(db.dir), compactTrimEvery, 0, unmapTables)()
	}
	// Deferred before the writers' lock is taken, so that it runs after
	// the lock is released: its collection does not hold writers up.
	defer db.giveBack()
	if err := db.mergeRuns(); err != nil {
		return fmt.Errorf("store: compact: %w", err)
	}
	if err := db.bdb.Flatten(2); err != nil {
		return fmt.Errorf("store: compact: %w", err)
	}
	if err := db.settleCompaction(); err != nil {
		return fmt.Errorf("store: compact: %w", err)
	}
	// The compaction told Badger which values in the log it dropped: the
	// files that are half garbage or more can now be rewritten.
	if _, err := db.collectGarbage(ctx); err != nil {
		return fmt.Errorf("store: compact: %w", err)
	}
	return nil
}

// mergeRuns, under the writers' lock, merges the index runs into one
// (segments.go), so that reads merge no more, before Badger compacts the
// tables and collects the log's garbage, which the runs replaced are.
func (db *DB) mergeRuns() error {
	db.wmu.Lock()
	defer db.wmu.Unlock()
	if err := db.mergeAll(); err != nil {
		return err
	}
	db.writeGen.Add(1) // a bulk writer's transaction opened ahead must not merge what this merged
	return nil
}

// settleCompaction, under the writers' lock, moves what is left in level 0
// down and sets the count of entries written since the last compaction to
// zero.
func (db *DB) settleCompaction() error {
	db.wmu.Lock()
	defer db.wmu.Unlock()
	if err := db.compactLevelZero(); err != nil {
		return err
	}
	if err := db.updateTx(func(txn *tx) error { return txn.Delete(writtenKey()) }); err != nil {
		return err
	}
	db.writeGen.Add(1) // a bulk writer's transaction opened ahead must not overwrite it
	return nil
}

// compactTrimEvery is how often Compact has the pages of the store's
// mapped files reclaimed while it runs.
const compactTrimEvery = time.Second

// giveBack returns to the system what a compaction held: the pages of the
// tables it read and wrote, mapped and resident in the process though the
// data is on disk (unmapTables: they stay in the page cache, and a read
// faults back the pages it needs), and the heap its table builders used. A
// server compacting a freshly loaded 25k store at start-up held 692 MiB of
// RSS afterwards, idle, against the 512 MiB it may use to serve that store.
func (db *DB) giveBack() {
	if db.dir != "" {
		unmapTables(mappedDir(db.dir))
	}
	debug.FreeOSMemory()
}

// compactLevelZero moves the tables left in level 0 into the level below.
// Badger's Flatten leaves them where they are when level 0 is the only level
// with data and holds fewer tables than it compacts at: the store of a small
// bulk load (a load lets level 0 hold up to 18 tables), which stayed as the
// load wrote it, every read checking each of those tables.
// Dropping a prefix makes Badger compact all of level 0 into the level
// below, so this writes a marker key (0x3F 'k') and drops it; Badger drops
// nothing it finds no key of. DropPrefix rejects writes while it runs; the
// caller holds the writer lock.
func (db *DB) compactLevelZero() error {
	if !slices.ContainsFunc(db.bdb.Tables(), func(t badger.TableInfo) bool { return t.Level == 0 }) {
		return nil
	}
	err := db.updateTx(func(txn *tx) error { return txn.Set(compactMarkerKey(), nil) })
	if err != nil {
		return err
	}
	err = db.bdb.DropPrefix(compactMarkerKey())
	db.snap.forget() // DropPrefix deletes without a new read timestamp
	return err
}

// compactMarkerKey is the key compactLevelZero writes and drops (0x3F 'k').
func compactMarkerKey() []byte { return []byte{pMeta, 'k'} }

// writtenKey is the key of the number of entries written (set or deleted)
// since the last Compact (0x3F 'c', a big-endian uint64).
func writtenKey() []byte { return []byte{pMeta, 'c'} }

// compactDueShare is the share of the store's entries that must have been
// written since the last compaction for CompactionDue to say so: a bulk
// load onto a store of its own size is due, a day of news onto an archive
// is not.
const compactDueShare = 4

// compactDueMin is the default of Options.CompactionDueAfter: a small store
// is not compacted after every few documents.
const compactDueMin = 200_000

// CompactionDue reports whether so many entries were written since the last
// Compact (at least a quarter as many as the store's tables hold, and
// Options.CompactionDueAfter) that reads are walking over old versions: a bulk load leaves a
// hub's rank list with many times more versions than entries. A server
// runs Compact in the background when it is due.
func (db *DB) CompactionDue(ctx context.Context) (bool, error) {
	var written uint64
	err := db.view(ctx, func(txn *tx) error {
		_, err := getValue(txn, writtenKey(), func(v []byte) error {
			if len(v) != 8 {
				return fmt.Errorf("store: written count of %d bytes", len(v))
			}
			written = binary.BigEndian.Uint64(v)
			return nil
		})
		return err
	})
	if err != nil || written < db.compactDueAfter {
		return false, err
	}
	stored, err := db.storedEntries()
	if err != nil {
		return false, err
	}
	return written*compactDueShare >= stored, nil
}

// storedEntries counts the entries of the store's tables and of its runs
// (segments.go), old versions and shadowed entries included.
func (db *DB) storedEntries() (uint64, error) {
	var stored uint64
	for _, t := range db.bdb.Tables() {
		stored += uint64(t.KeyCount)
	}
	err := db.viewTx(func(txn *tx) error {
		v, err := txn.runView()
		if err == nil {
			stored += uint64(v.Entries())
		}
		return err
	})
	return stored, err
}

// noteWritten adds the entries w wrote to the count of entries written since
// the last compaction.
func noteWritten(w *wtx) error {
	n := w.written
	if n == 0 {
		return nil
	}
	var written uint64
	_, err := w.read(writtenKey(), func(v []byte) error {
		if len(v) == 8 {
			written = binary.BigEndian.Uint64(v)
		}
		return nil
	})
	if err != nil {
		return err
	}
	return w.set(writtenKey(), binary.BigEndian.AppendUint64(nil, written+n))
}
