package segment

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"

	badger "github.com/dgraph-io/badger/v4"
)

// The benchmarks compare what a batch of index entries costs written as one
// Badger entry each (as the store writes them) and as a run, on disk with
// the store's memtable size and value threshold, and what a prefix scan of
// one node's entries costs each way. Entries are adjacency-like: a key of
// a node (Zipf-distributed, so that hubs recur), a type, a date and an
// edge ID, and a 24-byte value.

const benchBatch = 6000 // entries per batch: about 100 documents' index entries

func benchDB(b *testing.B) *badger.DB {
	b.Helper()
	opts := badger.DefaultOptions(b.TempDir()).WithLogger(nil).
		WithMemTableSize(32 << 20).WithValueThreshold(1 << 10).WithDetectConflicts(false)
	db, err := badger.Open(opts)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	return db
}

type benchEntries struct {
	zipf *rand.Zipf
	rng  *rand.Rand
	seq  uint64
}

func newBenchEntries() *benchEntries {
	rng := rand.New(rand.NewPCG(1, 2))
	return &benchEntries{rng: rng, zipf: rand.NewZipf(rng, 1.1, 1, 50000)}
}

func nodeKey(node uint64) []byte {
	return fmt.Appendf([]byte{0x12}, "\x00\x10entity:%010d", node)
}

func (g *benchEntries) next() (k, v []byte) {
	g.seq++
	k = nodeKey(g.zipf.Uint64())
	k = append(k, "\x00\x07visited2023-11-15"...)
	k = binary.BigEndian.AppendUint64(k, g.seq)
	return k, make([]byte, 24)
}

// batches generates n batches of entries before the timer starts.
func batches(b *testing.B, n int) [][][2][]byte {
	g := newBenchEntries()
	out := make([][][2][]byte, n)
	for i := range out {
		out[i] = make([][2][]byte, benchBatch)
		for j := range out[i] {
			k, v := g.next()
			out[i][j] = [2][]byte{k, v}
		}
	}
	b.ResetTimer()
	return out
}

func BenchmarkWriteBadgerEntries(b *testing.B) {
	db := benchDB(b)
	for _, batch := range batches(b, b.N) {
		txn := db.NewTransaction(true)
		for _, kv := range batch {
			if err := txn.Set(kv[0], kv[1]); err != nil {
				b.Fatal(err)
			}
		}
		if err := txn.Commit(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*benchBatch), "ns/entry")
}

func BenchmarkWriteRuns(b *testing.B) {
	db := benchDB(b)
	s, err := Open(db, DefaultOptions(0x40))
	if err != nil {
		b.Fatal(err)
	}
	for _, kvs := range batches(b, b.N) {
		var batch Batch
		for _, kv := range kvs {
			_ = batch.Set(kv[0], kv[1])
		}
		commitAndMerge(b, db, s, &batch, nil)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*benchBatch), "ns/entry")
}

// commitAndMerge runs fill, commits batch as a run and merges what is due,
// in one transaction.
func commitAndMerge(b *testing.B, db *badger.DB, s *Set, batch *Batch, fill func(txn *badger.Txn) error) {
	err := db.Update(func(txn *badger.Txn) error {
		if fill != nil {
			if err := fill(txn); err != nil {
				return err
			}
		}
		if err := s.Commit(txn, batch); err != nil {
			return err
		}
		_, err := mergeDue(s, txn)
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
}

// loadBoth writes the same 60 batches both ways and returns a node of
// middling degree to scan.
func loadBoth(b *testing.B) (*badger.DB, *Set) {
	db, g := benchDB(b), newBenchEntries()
	s, err := Open(db, DefaultOptions(0x40))
	if err != nil {
		b.Fatal(err)
	}
	for range 60 {
		var batch Batch
		commitAndMerge(b, db, s, &batch, func(txn *badger.Txn) error {
			for range benchBatch {
				k, v := g.next()
				if err := txn.Set(k, v); err != nil {
					return err
				}
				_ = batch.Set(append([]byte{0x13}, k[1:]...), v)
			}
			return nil
		})
	}
	return db, s
}

func benchScan(b *testing.B, scan func(s *Set, txn *badger.Txn, prefix []byte) int) {
	db, s := loadBoth(b)
	b.ResetTimer()
	n := 0
	for i := range b.N {
		node := uint64(2 + i%200) // nodes of degree ~5 to ~2,000
		_ = db.View(func(txn *badger.Txn) error {
			n += scan(s, txn, nodeKey(node))
			return nil
		})
	}
	b.ReportMetric(float64(n)/float64(b.N), "entries/scan")
}

func BenchmarkScanBadger(b *testing.B) {
	benchScan(b, func(_ *Set, txn *badger.Txn, p []byte) int {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: p})
		defer it.Close()
		n := 0
		for it.Rewind(); it.Valid(); it.Next() {
			_ = it.Item().Value(func([]byte) error { return nil })
			n++
		}
		return n
	})
}

func BenchmarkScanRuns(b *testing.B) {
	benchScan(b, func(s *Set, txn *badger.Txn, p []byte) int {
		v, err := s.View(txn)
		if err != nil {
			b.Fatal(err)
		}
		it := v.NewIterator(IterOptions{Prefix: append([]byte{0x13}, p[1:]...)})
		n := 0
		for it.Rewind(); it.Valid(); it.Next() {
			_ = it.Value()
			n++
		}
		return n
	})
}

// BenchmarkBatchSort sorts a bulk batch's worth of writes (32,000, under 20
// key kinds, adjacency-like keys) as Batch.sort does (radix) and, side by
// side, with a comparison sort (compare).
func BenchmarkBatchSort(b *testing.B) {
	g := newBenchEntries()
	ents := make([]entry, 32000)
	for i := range ents {
		k, v := g.next()
		k[0] = byte(0x01 + i%20)
		ents[i] = entry{k: k, v: v, seq: i}
	}
	work := make([]entry, len(ents))
	var scratch sync.Pool
	b.Run("radix", func(b *testing.B) {
		for b.Loop() {
			copy(work, ents)
			sortEntries(work, &scratch)
		}
	})
	b.Run("compare", func(b *testing.B) {
		for b.Loop() {
			copy(work, ents)
			slices.SortFunc(work, compareEntries)
		}
	})
}

// compareEntries orders entries by key, then seq.
func compareEntries(x, y entry) int {
	if c := bytes.Compare(x.k, y.k); c != 0 {
		return c
	}
	return x.seq - y.seq
}
