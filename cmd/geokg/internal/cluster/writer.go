package cluster

import (
	"context"
	"fmt"
	"strings"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/store"
)

// Append publishes op to the log and returns its sequence, without waiting
// for any node to apply it. A repeat of an op this node already published
// from the same applied state returns the first copy's sequence.
func (n *Node) Append(ctx context.Context, op *Op) (uint64, error) {
	out, err := n.encodeMsg(op)
	if err != nil {
		return 0, err
	}
	ack, err := publishMsg(ctx, n.js, out.msg, out.id)
	if err != nil {
		return 0, fmt.Errorf("cluster: append %s: %w", op.Type, err)
	}
	n.noteLogLast(ack.Sequence)
	return ack.Sequence, nil
}

// outMsg is an op's log message and its Nats-Msg-Id.
type outMsg struct {
	msg *nats.Msg
	id  string
}

// docsHeader lists, on an OpIngests message, the hashes of the documents it
// holds, for a feeder's headers-only watch of the log.
const docsHeader = "Geokg-Docs"

// encodeMsg gives op's log message (its subject, payload and, for an
// OpIngests, docsHeader) and Nats-Msg-Id; an op over the log's message
// limit is refused with store.ErrTooLarge.
func (n *Node) encodeMsg(op *Op) (outMsg, error) {
	if err := op.check(); err != nil {
		return outMsg{}, err
	}
	data, err := encodeWire(op.wire())
	if err != nil {
		return outMsg{}, fmt.Errorf("cluster: encode op: %w", err)
	}
	msg := &nats.Msg{Subject: op.subject(), Data: data, Header: nats.Header{}}
	if op.Type == OpIngests {
		msg.Header.Set(docsHeader, strings.Join(op.docHashes(), " "))
	}
	id := op.msgID(n.applied.Load())
	if size, max := wireSize(msg, id), n.nc.MaxPayload(); int64(size) > max {
		return outMsg{}, fmt.Errorf("%w: the %s op is %d bytes with its headers, over the log's %d-byte message limit", store.ErrTooLarge, op.Type, size, max)
	}
	return outMsg{msg: msg, id: id}, nil
}

// wireSize is what the server's message limit counts of msg published with
// Nats-Msg-Id msgID: its payload and its headers as NATS writes them
// ("NATS/1.0\r\n", a "Key: value\r\n" line per value, "\r\n"). A pack's
// op under the limit by its payload alone was over it with its Geokg-Docs
// list, was refused by the client at every try, and never reached the log.
func wireSize(msg *nats.Msg, msgID string) int {
	n := len(msg.Data) + len("NATS/1.0\r\n") + len("\r\n")
	for k, vs := range msg.Header {
		for _, v := range vs {
			n += len(k) + len(": ") + len(v) + len("\r\n")
		}
	}
	if msgID != "" {
		n += len(jetstream.MsgIDHeader) + len(": ") + len(msgID) + len("\r\n")
	}
	return n
}

// commit appends op and waits, bounded by MaxWait, until this node has applied it.
func (n *Node) commit(ctx context.Context, op *Op) (uint64, opResult, error) {
	ctx, cancel := context.WithTimeout(ctx, n.cfg.MaxWait)
	defer cancel()
	seq, err := n.Append(ctx, op)
	if err != nil {
		return 0, opResult{}, err
	}
	if err := n.WaitApplied(ctx, seq); err != nil {
		return seq, opResult{}, err
	}
	r, ok := n.result(seq)
	if !ok {
		// The op was a duplicate of one already applied (and its result
		// taken), or applied long ago: it changed nothing this time.
		r = opResult{}
	}
	return seq, r, r.err
}

// Ingest appends the extraction to the log and answers once this node has
// applied it (schema.Writer).
func (n *Node) Ingest(ctx context.Context, x *graph.Extraction) (store.IngestResult, uint64, error) {
	seq, r, err := n.commit(ctx, &Op{Type: OpIngest, Extraction: x})
	if err != nil {
		return store.IngestResult{}, seq, err
	}
	if r.ingest.DocumentID == "" {
		r.ingest = store.IngestResult{DocumentID: x.Document.ID, Entities: len(x.Entities), Edges: len(x.Edges)}
	}
	return r.ingest, seq, nil
}

// DeleteDocument appends a deletion to the log and answers once this node
// has applied it (schema.Writer).
func (n *Node) DeleteDocument(ctx context.Context, id string) (bool, uint64, error) {
	seq, r, err := n.commit(ctx, &Op{Type: OpDelete, DocumentID: id})
	return r.deleted, seq, err
}

// MergeEntities appends a merge to the log and answers once this node has
// applied it (schema.Writer).
func (n *Node) MergeEntities(ctx context.Context, into string, from []string) (*graph.Entity, uint64, error) {
	seq, r, err := n.commit(ctx, &Op{Type: OpMerge, Into: into, From: from})
	if err != nil {
		return nil, seq, err
	}
	if r.entity == nil {
		ents, err := n.st.Entities(ctx, []string{into})
		if err != nil {
			return nil, seq, fmt.Errorf("cluster: merge: %w", err)
		}
		r.entity = ents[0]
	}
	return r.entity, seq, nil
}
