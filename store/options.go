package store

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"time"

	badger "github.com/dgraph-io/badger/v4"
)

// Options configure Open. Start from DefaultOptions and adjust with the With methods.
type Options struct {
	// Dir is the folder of the database; ignored when InMemory.
	Dir string
	// InMemory keeps everything in memory (tests, throwaway stores).
	InMemory bool
	// Logger receives the store's logs and Badger's warnings and errors; nil means slog.Default().
	Logger *slog.Logger

	// Badger memory tuning.

	// MemTableSize is the size of one memtable; it also bounds a transaction (about 15% of it).
	MemTableSize int64
	// NumMemtables is how many memtables may be held before writes stall.
	NumMemtables int
	// BaseTableSize is the size of an SSTable at the base level.
	BaseTableSize int64
	// BlockCacheSize and IndexCacheSize are the caches of SSTable blocks and indexes.
	BlockCacheSize int64
	IndexCacheSize int64
	// ValueLogFileSize is the size of one value-log file.
	ValueLogFileSize int64
	// ValueThreshold is the value size above which values go to the value log.
	ValueThreshold int64
	// NumCompactors is the number of compaction workers (at least 2).
	NumCompactors int
	// NumLevelZeroTables is how many tables level 0 holds before a
	// compaction moves them down; writes stall at twice as many.
	NumLevelZeroTables int
	// SyncWrites makes every commit wait for fsync, so that an acknowledged
	// write survives a power failure. DefaultOptions sets it: a bulk load
	// commits one transaction per batch of documents, so it costs one sync
	// per batch.
	SyncWrites bool
	// TrimTablesEvery, when set, makes the store ask the kernel this often to
	// reclaim the resident pages of its mapped table and log files (Linux;
	// see pageOutTables): a bulk load's peak RSS then stays near its heap
	// instead of growing with the tables it wrote. Off by default: a server
	// reads its tables through those pages, and so does a load that keeps
	// its records in runs in the value log, which geokg's loads therefore
	// leave to UnmapTablesEvery (round 31).
	TrimTablesEvery time.Duration
	// UnmapTablesEvery, when set and TrimTablesEvery is not, makes the
	// store have the resident pages of its mapped table and log files
	// leave the process this often (Linux; see unmapTables) while they stay
	// in the page cache: a read faults back, without reading the disk, the
	// pages it needs. A server's RSS then holds the pages its recent reads
	// touched, not every page read since it started (tables' indexes read
	// once at open, a compaction's inputs).
	UnmapTablesEvery time.Duration
	// TablePagesAbove, when set with TrimTablesEvery or UnmapTablesEvery,
	// also has those pages leave the process (MADV_DONTNEED: they stay in
	// the page cache) as soon as its file-backed resident memory has grown
	// this many bytes since they last left (checked every 50 ms; see
	// trimWhile). Each read of a mapped page brings its neighbours into the
	// resident set too (the kernel's fault-around, 64 KiB): a server reading
	// values scattered over its value log gained hundreds of MiB within a
	// second, long before the next UnmapTablesEvery, and a load's
	// compactions read and write tables as fast.
	TablePagesAbove int64
	// RecordCacheSize bounds the cache of records decoded by reads (rank
	// lists, entities), kept for later reads of the same snapshot: a server
	// not being written to reads a hub's neighbors from memory after the
	// first request (snapCache). 0 means the default, 32 MiB; negative
	// turns it off.
	RecordCacheSize int
	// CompactionDueAfter is the fewest entries written since the last
	// Compact that can make a compaction due (CompactionDue); 0 means the
	// default, 200,000 (some thousand documents).
	CompactionDueAfter int64
}

// DefaultOptions returns options sized for a small shared machine (2 cores,
// tens of GiB of memory, a store of up to a few GiB): small tables and
// memtables, bounded caches, two compactors. dir is the database folder.
func DefaultOptions(dir string) Options {
	return Options{
		Dir:              dir,
		MemTableSize:     32 << 20,
		NumMemtables:     2,
		BaseTableSize:    4 << 20,
		BlockCacheSize:   64 << 20,
		IndexCacheSize:   32 << 20,
		ValueLogFileSize: 128 << 20,
		ValueThreshold:   valueThreshold,
		NumCompactors:    2,
		// Every batch names hub records, so every level 0 table overlaps all
		// of level 1 and each compaction from level 0 rewrites level 1: at 8
		// (Badger: 5) they run less often. Loading 20,000 documents onto
		// 5,000 took 4.7-5.0 ms of CPU per document instead of 7.5
		// (311-321 docs/s instead of 224), peak RSS 0.92 GiB instead of
		// 0.87; at 10, RSS passed 1 GiB.
		NumLevelZeroTables: 8,
		SyncWrites:         true,
	}
}

// valueThreshold is the size from which a value goes to the value log
// instead of the tree. Most of what a load writes once and reads now and
// then is larger than 1 KiB: a document's text, its sentences and fact
// list, and the contribution blocks of the entities a batch names often
// (91,000 values, 203 MB, of the 25k bench store). The records that are
// rewritten (entities, edges, events, pairs, ranks) are smaller, but for
// some eighty hub pairs. Every compaction rewrites what the tree holds:
// with the values written once in the log, it moves pointers to them
// (docs/performance.md, round 19).
const valueThreshold = 1 << 10

// maxInMemoryValue is the largest value an in-memory store holds (Badger's
// largest value threshold): a document's text, above all.
const maxInMemoryValue = 1 << 20

// WithInMemory returns o with InMemory set to b.
func (o Options) WithInMemory(b bool) Options { o.InMemory = b; return o }

// WithLogger returns o with Logger set to l.
func (o Options) WithLogger(l *slog.Logger) Options { o.Logger = l; return o }

// WithDir returns o with Dir set to dir.
func (o Options) WithDir(dir string) Options { o.Dir = dir; return o }

// WithSyncWrites returns o with SyncWrites set to b.
func (o Options) WithSyncWrites(b bool) Options { o.SyncWrites = b; return o }

// WithUnmapTablesEvery returns o with UnmapTablesEvery set to d.
func (o Options) WithUnmapTablesEvery(d time.Duration) Options { o.UnmapTablesEvery = d; return o }

// WithTablePagesAbove returns o with TablePagesAbove set to n bytes.
func (o Options) WithTablePagesAbove(n int64) Options { o.TablePagesAbove = n; return o }

// WithRecordCacheSize returns o with RecordCacheSize set to n.
func (o Options) WithRecordCacheSize(n int) Options { o.RecordCacheSize = n; return o }

// WithCompactionDueAfter returns o with CompactionDueAfter set to n.
func (o Options) WithCompactionDueAfter(n int64) Options { o.CompactionDueAfter = n; return o }

// WithTrimTablesEvery returns o with TrimTablesEvery set to d.
func (o Options) WithTrimTablesEvery(d time.Duration) Options { o.TrimTablesEvery = d; return o }

func (o Options) badger() badger.Options {
	def := DefaultOptions(o.Dir)
	pick := func(v, d int64) int64 {
		if v > 0 {
			return v
		}
		return d
	}
	dir := o.Dir
	if o.InMemory {
		dir = ""
	}
	bo := badger.DefaultOptions(dir).
		WithInMemory(o.InMemory).
		WithLogger(badgerLogger{l: o.logger()}).
		WithLoggingLevel(badger.WARNING).
		WithMemTableSize(pick(o.MemTableSize, def.MemTableSize)).
		WithNumMemtables(int(pick(int64(o.NumMemtables), int64(def.NumMemtables)))).
		WithBaseTableSize(pick(o.BaseTableSize, def.BaseTableSize)).
		WithBlockCacheSize(pick(o.BlockCacheSize, def.BlockCacheSize)).
		WithIndexCacheSize(pick(o.IndexCacheSize, def.IndexCacheSize)).
		WithValueThreshold(pick(o.ValueThreshold, def.ValueThreshold)).
		WithNumCompactors(int(max(2, pick(int64(o.NumCompactors), int64(def.NumCompactors))))).
		WithNumLevelZeroTables(int(pick(int64(o.NumLevelZeroTables), int64(def.NumLevelZeroTables)))).
		WithNumLevelZeroTablesStall(2 * int(pick(int64(o.NumLevelZeroTables), int64(def.NumLevelZeroTables)))).
		WithSyncWrites(o.SyncWrites)
	// Tables of BaseTableSize at every level: a table builder buffers twice
	// its table, and compactions run several builders at once.
	bo.TableSizeMultiplier = 1
	// Every read-write transaction runs under DB.wmu or DB.mu held for
	// writing, so none can conflict: conflict tracking (a fingerprint per key
	// read and written, checked at commit) would be pure cost on bulk loads.
	bo.DetectConflicts = false
	if o.InMemory {
		// In memory, no value may exceed the threshold: allow the largest.
		bo = bo.WithValueThreshold(maxInMemoryValue)
	} else {
		bo = bo.WithValueLogFileSize(pick(o.ValueLogFileSize, def.ValueLogFileSize))
	}
	return bo
}

func (o Options) logger() *slog.Logger {
	if o.Logger != nil {
		return o.Logger
	}
	return slog.Default()
}

// badgerLogger sends Badger's logs to slog. Badger is opened at WARNING level,
// so only warnings and errors arrive; info and debug go to slog's debug level.
type badgerLogger struct{ l *slog.Logger }

func (b badgerLogger) log(level slog.Level, format string, args ...any) {
	if !b.l.Enabled(context.Background(), level) {
		return
	}
	b.l.Log(context.Background(), level, strings.TrimSpace(fmt.Sprintf(format, args...)), "component", "badger")
}

// Errorf logs a Badger error at slog's error level.
func (b badgerLogger) Errorf(f string, a ...any) { b.log(slog.LevelError, f, a...) }

// Warningf logs a Badger warning at slog's warning level.
func (b badgerLogger) Warningf(f string, a ...any) { b.log(slog.LevelWarn, f, a...) }

// Infof logs Badger information at slog's debug level.
func (b badgerLogger) Infof(f string, a ...any) { b.log(slog.LevelDebug, f, a...) }

// Debugf logs Badger debugging at slog's debug level.
func (b badgerLogger) Debugf(f string, a ...any) { b.log(slog.LevelDebug, f, a...) }

// compactionDueAfter is CompactionDueAfter or its default.
func (o Options) compactionDueAfter() uint64 {
	if o.CompactionDueAfter > 0 {
		return uint64(o.CompactionDueAfter)
	}
	return compactDueMin
}

func (o Options) recordCacheSize() int {
	switch {
	case o.RecordCacheSize < 0:
		return 0
	case o.RecordCacheSize == 0:
		return defaultSnapCacheBytes
	}
	return o.RecordCacheSize
}
