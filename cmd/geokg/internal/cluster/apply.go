package cluster

import (
	"context"
	"fmt"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/store"
)

// Applying the log. A node applies a run of consecutive ingest ops as one
// batch, with store.IngestBatch under store.WithLogRun of the run's first
// and last sequences: the transaction that writes the run's documents
// records the last sequence as applied, so a node killed at any point
// resumes after the last run it stored. A deletion or a merge ends the run
// and is applied alone, in its place, so ops keep their log order.
//
// IngestBatch writes a batch in one transaction when it fits, and in
// several otherwise (a document too rich for one goes in parts; a batch too
// big is halved). Every one of them records the run's last sequence, so a
// node killed between two of them would skip the documents of the later
// ones; WithLogRun therefore also records the run's first sequence, and a
// node that starts resumes from there: it applies the last run again,
// which changes nothing for the documents it stored (ingest is idempotent,
// and the store takes out a document a crash left half written). A run is
// also kept inside one transaction when it can be (batchUnits,
// batchTextBytes, below half the ~4,300 facts of one with the default
// 32 MiB memtable), and a document richer than loneUnits is applied alone.

// Bounds of a batch of ingest ops.
const (
	// batchUnits bounds the facts and mentions (factUnits) of a batch.
	batchUnits = 2000
	// batchTextBytes bounds the text of the documents of a batch.
	batchTextBytes = 256 << 10
	// loneUnits is the size above which a document is applied alone.
	loneUnits = 500
)

// logOp is one decoded log message.
type logOp struct {
	seq uint64
	op  *Op
	err error // the message is not an op
}

// units is the size of an ingest op in the store's transaction units.
func (o logOp) units() int { return store.FactUnits(o.op.Extraction) }

// batchable reports whether o can join a batch.
func (o logOp) batchable() bool {
	return o.err == nil && o.op.Type == OpIngest && o.units() <= loneUnits
}

// members are the ingests a log message stands for: one each of an
// OpIngests op's documents, under the message's sequence, and otherwise
// the message itself.
func (o logOp) members() []logOp {
	if o.err != nil || o.op.Type != OpIngests {
		return []logOp{o}
	}
	ms := make([]logOp, len(o.op.Extractions))
	for i, x := range o.op.Extractions {
		ms[i] = logOp{seq: o.seq, op: &Op{Type: OpIngest, Extraction: x}}
	}
	return ms
}

// handle applies a group of log messages in order: runs of ingest ops as
// batches, other ops alone. Messages applied already are skipped. The
// ingests of one message stay in one run, so that every sequence a run
// records as applied has all of its message's documents stored.
func (n *Node) handle(ctx context.Context, msgs []jetstream.Msg) error {
	var run []logOp
	units, text := 0, 0
	flush := func() error {
		err := n.applyRun(ctx, run)
		run, units, text = run[:0], 0, 0
		return err
	}
	for _, msg := range msgs {
		meta, err := msg.Metadata()
		if err != nil {
			n.log.Error("cluster: log message without metadata", "err", err)
			continue
		}
		o := logOp{seq: meta.Sequence.Stream}
		if o.seq <= n.applied.Load() || (len(run) > 0 && o.seq <= run[len(run)-1].seq) {
			continue // delivered again after a consumer reset
		}
		n.noteLogLast(o.seq + meta.NumPending)
		o.op, o.err = decodeOp(msg.Data())
		ms := o.members()
		u, t, ok := runSize(ms)
		if !ok { // a deletion, a merge, a rich document: alone, in its place
			if err := flush(); err != nil {
				return err
			}
			run = ms
			if err := flush(); err != nil {
				return err
			}
			continue
		}
		if len(run) > 0 && (units+u > batchUnits || text+t > batchTextBytes) {
			if err := flush(); err != nil {
				return err
			}
		}
		run, units, text = append(run, ms...), units+u, text+t
	}
	return flush()
}

// runSize is the size of a message's ingests in a run; ok is false when one
// of them cannot join a batch.
func runSize(ms []logOp) (units, text int, ok bool) {
	for _, m := range ms {
		if !m.batchable() {
			return 0, 0, false
		}
		units += m.units()
		text += len(m.op.Extraction.Document.Text)
	}
	return units, text, true
}

// applyRun applies a run of ingest ops in one batch.
func (n *Node) applyRun(ctx context.Context, run []logOp) error {
	switch len(run) {
	case 0:
		return nil
	case 1:
		return n.applyAlone(ctx, run[0])
	}
	last := run[len(run)-1].seq
	xs := make([]*graph.Extraction, len(run))
	for i, o := range run {
		xs[i] = o.op.Extraction
	}
	rs, err := n.st.IngestBatch(store.WithLogRun(ctx, run[0].seq, last), xs)
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return fmt.Errorf("cluster: apply %d to %d: %w", run[0].seq, last, err)
	}
	res := make([]opResult, len(run))
	for i, r := range rs {
		res[i] = opResult{ingest: r.IngestResult, err: r.Err}
		if r.Err != nil {
			// Refused on every node alike (IngestBatch reports only
			// refusals per document).
			n.log.Warn("cluster: op refused", "seq", run[i].seq, "err", r.Err)
		}
	}
	if err := n.ensureRecorded(ctx, last); err != nil {
		return err
	}
	n.publishApplied(run, res)
	return nil
}

// applyAlone applies one op and records its sequence in the op's own
// transaction; an ingest as a run of one (a document written in parts is
// applied again from its start after a crash).
func (n *Node) applyAlone(ctx context.Context, o logOp) error {
	res := opResult{err: o.err}
	if o.err == nil {
		actx := store.WithLogSequence(ctx, o.seq)
		if o.op.Type == OpIngest {
			actx = store.WithLogRun(ctx, o.seq, o.seq)
		}
		res = n.applyOp(actx, o.op)
	}
	if res.err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if !refused(res.err) {
			return fmt.Errorf("cluster: apply %d: %w", o.seq, res.err)
		}
		// The op is in the log but the store refuses it, on every node
		// alike: record that it was seen and go on.
		n.log.Warn("cluster: op refused", "seq", o.seq, "err", res.err)
	}
	if err := n.ensureRecorded(ctx, o.seq); err != nil {
		return err
	}
	n.publishApplied([]logOp{o}, []opResult{res})
	return nil
}

// ensureRecorded records seq as applied when the store has not (an op that
// wrote nothing: refused, or a document stored already).
func (n *Node) ensureRecorded(ctx context.Context, seq uint64) error {
	got, err := n.st.AppliedSequence(ctx)
	if err == nil && got < seq {
		err = n.st.SetAppliedSequence(ctx, seq)
	}
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return fmt.Errorf("cluster: apply %d: %w", seq, err)
	}
	return nil
}

// publishApplied publishes that ops were applied, with their results, to the
// mutations waiting on them.
func (n *Node) publishApplied(ops []logOp, res []opResult) {
	last := ops[len(ops)-1].seq
	n.mu.Lock()
	defer n.mu.Unlock()
	n.applied.Store(last)
	for i, o := range ops {
		n.results[o.seq] = res[i]
	}
	if len(n.results) > maxResults {
		for s := range n.results {
			if s+maxResults/2 < last {
				delete(n.results, s)
			}
		}
	}
	close(n.changed)
	n.changed = make(chan struct{})
}

// applyOp applies one op to the store.
func (n *Node) applyOp(ctx context.Context, op *Op) opResult {
	var r opResult
	switch op.Type {
	case OpIngest:
		r.ingest, r.err = n.st.Ingest(ctx, op.Extraction)
	case OpDelete:
		r.deleted, r.err = n.st.DeleteDocument(ctx, op.DocumentID)
	case OpMerge:
		r.entity, r.err = n.st.MergeEntities(ctx, op.Into, op.From)
	}
	return r
}
