package store

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"

	badger "github.com/dgraph-io/badger/v4"
)

// A replicated node applies a log of operations to its store and must know,
// after a crash, which operation it applied last. WithLogSequence lets the
// write transaction of an operation record that sequence itself, so that the
// operation and its sequence are stored together or not at all.

// appliedKey is the key of the last applied log sequence (0x3F 'a', a
// big-endian uint64); see keys.go for the other meta records.
func appliedKey() []byte { return []byte{pMeta, 'a'} }

// logSeqKey carries a log sequence in a context.
type logSeqKey struct{}

// WithLogSequence returns a context under which every write transaction the
// store commits (Ingest, DeleteDocument, MergeEntities) also records seq as
// the last applied log sequence, in the same transaction. The stored
// sequence never goes down.
func WithLogSequence(ctx context.Context, seq uint64) context.Context {
	return context.WithValue(ctx, logSeqKey{}, seq)
}

// runKey is the key of the first sequence of the run of operations last
// recorded with WithLogRun (0x3F 'r', a big-endian uint64); a write
// recorded with WithLogSequence deletes it.
func runKey() []byte { return []byte{pMeta, 'r'} }

// logRunKey carries a logRun in a context.
type logRunKey struct{}

// logRun is a run of log operations, first to last.
type logRun struct{ first, last uint64 }

// WithLogRun is WithLogSequence for a run of idempotent operations, first to
// last, written by one call that may commit several transactions
// (IngestBatch splits a batch that does not fit in one, and writes a large
// document in parts): every transaction records last as applied, and first
// as the start of the run (AppliedRunStart). A replica that stopped between
// two of them finds the run's start and applies the run again from there,
// which changes nothing for what was written. A later write under
// WithLogSequence clears the run's start.
func WithLogRun(ctx context.Context, first, last uint64) context.Context {
	return context.WithValue(ctx, logRunKey{}, logRun{first: first, last: last})
}

// recordSequence stores the context's log sequence or run, if any, in txn.
func recordSequence(ctx context.Context, txn *tx) error {
	if run, ok := ctx.Value(logRunKey{}).(logRun); ok && run.last > 0 {
		cur, err := readSequence(txn)
		if err != nil || cur > run.last {
			return err
		}
		if err := txn.Set(runKey(), binary.BigEndian.AppendUint64(nil, run.first)); err != nil {
			return err
		}
		return txn.Set(appliedKey(), binary.BigEndian.AppendUint64(nil, run.last))
	}
	seq, ok := ctx.Value(logSeqKey{}).(uint64)
	if !ok || seq == 0 {
		return nil
	}
	cur, err := readSequence(txn)
	if err != nil || cur >= seq {
		return err
	}
	if err := txn.Delete(runKey()); err != nil {
		return err
	}
	return txn.Set(appliedKey(), binary.BigEndian.AppendUint64(nil, seq))
}

// AppliedRunStart returns the first sequence of the run of operations that
// WithLogRun recorded last, or 0 when the last recorded write was not part
// of a run. A replica resumes from there (see WithLogRun).
func (db *DB) AppliedRunStart(ctx context.Context) (uint64, error) {
	var first uint64
	err := db.view(ctx, func(txn *tx) error {
		item, err := txn.Get(runKey())
		if errors.Is(err, badger.ErrKeyNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		return item.Value(func(v []byte) error {
			if len(v) != 8 {
				return fmt.Errorf("%w: run start record of %d bytes", ErrInvalid, len(v))
			}
			first = binary.BigEndian.Uint64(v)
			return nil
		})
	})
	if err != nil {
		return 0, wrap("applied run start", err)
	}
	return first, nil
}

func readSequence(txn *tx) (uint64, error) {
	item, err := txn.Get(appliedKey())
	if errors.Is(err, badger.ErrKeyNotFound) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	var seq uint64
	err = item.Value(func(v []byte) error {
		if len(v) != 8 {
			return fmt.Errorf("%w: applied sequence record of %d bytes", ErrInvalid, len(v))
		}
		seq = binary.BigEndian.Uint64(v)
		return nil
	})
	return seq, err
}

// AppliedSequence returns the last log sequence recorded by WithLogSequence
// or SetAppliedSequence; 0 when none was.
func (db *DB) AppliedSequence(ctx context.Context) (uint64, error) {
	var seq uint64
	err := db.view(ctx, func(txn *tx) error {
		var err error
		seq, err = readSequence(txn)
		return err
	})
	if err != nil {
		return 0, wrap("applied sequence", err)
	}
	return seq, nil
}

// SetAppliedSequence records seq as applied, for an operation that wrote
// nothing (one the store refused). It never lowers the stored sequence.
func (db *DB) SetAppliedSequence(ctx context.Context, seq uint64) error {
	err := db.update(WithLogSequence(ctx, seq), "set applied sequence", func(*wtx) error { return nil })
	if err != nil {
		return wrap("set applied sequence", err)
	}
	return nil
}
