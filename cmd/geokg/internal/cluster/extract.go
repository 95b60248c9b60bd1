package cluster

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader"
)

// workAckWait is how long a work item may go unacknowledged before the
// queue gives it to another worker; a worker busy with an item tells the
// queue every workAckWait/3 that it is still at it.
const workAckWait = 6 * time.Second

// workPrefetch is how many work items a node's work consumer holds ahead
// per extraction worker. Each pull is a round trip to the work queue's
// consumer leader, and with one document an item, at 4 the extractors
// waited for it: on the cluster load benchmark (3 nodes, runs alternated)
// 456–607 documents/s and 2.7–2.8 ms of CPU per document at 4, 512–598 and
// 2.3–3.3 ms at 64. Items are packs of up to packDocs documents since round
// 13, so 16 hold as many documents ahead as 256 single ones. An item held
// ahead waits for at most workPrefetch items of its worker (16 packs of
// packBytes are ~0.5 s of extraction), within workAckWait; one that waits
// longer is delivered again, and its second extraction changes nothing
// (ingest is idempotent).
const workPrefetch = 16

// workConsumerConfig is the durable consumer all extractors share: each raw
// document goes to one worker of one node; one not acknowledged within
// AckWait (its node died) goes to another.
func workConsumerConfig() jetstream.ConsumerConfig {
	return jetstream.ConsumerConfig{
		Durable:       workConsumer,
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       workAckWait,
		MaxDeliver:    10,
		MaxAckPending: 10000,
	}
}

// startExtractors starts cfg.Workers workers that pull raw documents from
// the work queue, extract them and append the extraction to the log.
func (n *Node) startExtractors(ctx context.Context) error {
	cons, err := retry(ctx, func(ctx context.Context) (jetstream.Consumer, error) {
		return n.js.CreateOrUpdateConsumer(ctx, WorkStream, workConsumerConfig())
	})
	if err != nil {
		return err
	}
	jobs := make(chan jetstream.Msg)
	cc, err := cons.Consume(func(msg jetstream.Msg) {
		select {
		case jobs <- msg:
		case <-ctx.Done():
		}
	}, jetstream.PullMaxMessages(workPrefetch*n.cfg.Workers), jetstream.PullExpiry(5*time.Second))
	if err != nil {
		return fmt.Errorf("cluster: work queue: %w", err)
	}
	n.wg.Add(1)
	go func() {
		defer n.wg.Done()
		<-ctx.Done()
		cc.Stop()
	}()
	for range n.cfg.Workers {
		n.wg.Add(1)
		go func() {
			defer n.wg.Done()
			for {
				select {
				case msg := <-jobs:
					n.extractOne(ctx, msg)
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	return nil
}

// extractOne extracts the documents of one work item and appends their
// extractions to the log: a single document as an OpIngest, a pack as one
// OpIngests. The item is acknowledged only once the log has them. A
// document over the node's limits is reported as refused instead.
func (n *Node) extractOne(ctx context.Context, msg jetstream.Msg) {
	var item workItem
	if err := decodeWire(msg.Data(), &item); err != nil {
		n.log.Warn("cluster: dropped a bad work item", "err", err)
		_ = msg.Term()
		return
	}
	alive := keepAlive(msg)
	xs, ok := n.extractItem(ctx, item.docs())
	if !ok { // a refusal could not be reported: all of it again later
		alive()
		_ = msg.NakWithDelay(time.Second)
		return
	}
	op := &Op{Type: OpIngest}
	switch {
	case len(xs) == 0: // all refused
		alive()
		_ = msg.Term()
		return
	case len(item.Docs) == 0:
		op.Extraction = xs[0]
	default:
		hashes := make([]string, len(item.Docs))
		for i, raw := range item.Docs {
			hashes[i] = docHash(graph.DocumentID(raw.Text))
		}
		op = &Op{Type: OpIngests, Extractions: xs, Pack: packKey(hashes)}
	}
	out, err := n.encodeMsg(op)
	if err != nil && op.Type == OpIngests {
		// The pack's extractions are over the log's message limit
		// together: each goes alone.
		defer alive()
		n.appendEach(ctx, msg, xs)
		return
	}
	if err != nil {
		alive()
		n.refuse(ctx, msg, item.rawDoc, err)
		return
	}
	// The append is asynchronous, so that a worker goes on extracting while
	// the log replicates; at most cap(inflight) appends wait at a time.
	select {
	case n.inflight <- struct{}{}:
	case <-ctx.Done():
		alive()
		return
	}
	fut, err := n.js.PublishMsgAsync(out.msg, jetstream.WithMsgID(out.id))
	n.wg.Add(1)
	go func() {
		defer n.wg.Done()
		defer func() { <-n.inflight }()
		defer alive()
		n.settleAppend(ctx, msg, fut, err, out)
	}()
}

// extractItem extracts the documents of a work item. Those over the node's
// limits are reported on RefusedStream and left out; ok is false when a
// report could not be made.
func (n *Node) extractItem(ctx context.Context, docs []rawDoc) (xs []*graph.Extraction, ok bool) {
	for _, raw := range docs {
		err := n.cfg.Limits.CheckText(raw.Text)
		if err == nil && strings.TrimSpace(raw.Text) == "" {
			err = errEmptyText
		}
		var x *graph.Extraction
		if err == nil {
			if x, err = loader.SafeExtract(raw.Text, raw.input().Meta); err == nil {
				err = n.cfg.Limits.CheckFacts(x)
			}
		}
		if err != nil {
			if n.report(ctx, raw, err) != nil {
				return nil, false
			}
			continue
		}
		xs = append(xs, x)
	}
	return xs, true
}

// appendEach appends extractions one op each, then acknowledges the work
// item (or hands it back when an append failed).
func (n *Node) appendEach(ctx context.Context, msg jetstream.Msg, xs []*graph.Extraction) {
	for _, x := range xs {
		out, err := n.encodeMsg(&Op{Type: OpIngest, Extraction: x})
		if err != nil {
			raw := rawDoc{Name: x.Document.Title, Text: x.Document.Text}
			if n.report(ctx, raw, err) != nil {
				_ = msg.NakWithDelay(time.Second)
				return
			}
			continue
		}
		actx, cancel := context.WithTimeout(ctx, 30*time.Second)
		ack, err := publishMsg(actx, n.js, out.msg, out.id)
		cancel()
		if err != nil {
			n.log.Warn("cluster: could not append an extraction; it will be retried", "err", err)
			_ = msg.NakWithDelay(time.Second)
			return
		}
		n.noteLogLast(ack.Sequence)
	}
	_ = msg.Ack()
}

// settleAppend waits for an asynchronous append, retries it synchronously
// when it failed, and acknowledges the work item once the log has the op.
func (n *Node) settleAppend(ctx context.Context, msg jetstream.Msg, fut jetstream.PubAckFuture, err error, out outMsg) {
	var ack *jetstream.PubAck
	if err == nil {
		select {
		case ack = <-fut.Ok():
		case <-fut.Err():
		case <-time.After(10 * time.Second):
		case <-ctx.Done():
			return
		}
	}
	actx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if ack == nil {
		if ack, err = publishMsg(actx, n.js, out.msg, out.id); err != nil {
			n.log.Warn("cluster: could not append an extraction; it will be retried", "subject", out.msg.Subject, "err", err)
			_ = msg.NakWithDelay(time.Second)
			return
		}
	}
	n.noteLogLast(ack.Sequence)
	if err := msg.DoubleAck(actx); err != nil {
		// Acknowledged or not, the log has the op; a second extraction
		// would only append a no-op.
		n.log.Debug("cluster: work ack", "subject", out.msg.Subject, "err", err)
	}
}

// Refusal is an extractor's report that it refused a document.
type Refusal struct {
	// Input names the document as the feeder named it.
	Input string `json:"input"`
	// Error says why.
	Error string `json:"error"`
	// Node is the node whose extractor refused it.
	Node string `json:"node,omitempty"`
}

// refuse reports that the document of msg is refused, and takes it off the
// work queue; when the report cannot be made, the work item is handed back
// to be tried again.
func (n *Node) refuse(ctx context.Context, msg jetstream.Msg, raw rawDoc, why error) {
	if n.report(ctx, raw, why) != nil {
		_ = msg.NakWithDelay(time.Second)
		return
	}
	_ = msg.Term()
}

// report publishes on RefusedStream that the document raw is refused, and
// why.
func (n *Node) report(ctx context.Context, raw rawDoc, why error) error {
	n.log.Warn("cluster: document refused", "name", raw.Name, "err", why)
	hash := docHash(graph.DocumentID(raw.Text))
	data, err := json.Marshal(Refusal{Input: raw.Name, Error: why.Error(), Node: n.cfg.Node})
	if err == nil {
		actx, cancel := context.WithTimeout(ctx, 30*time.Second)
		_, err = publish(actx, n.js, refusedSubject(hash), "refused:"+hash, data)
		cancel()
	}
	if err != nil {
		n.log.Warn("cluster: could not report a refusal; it will be retried", "name", raw.Name, "err", err)
	}
	return err
}

// keepAlive tells the queue every workAckWait/3 that msg is being worked
// on, until the returned function is called.
func keepAlive(msg jetstream.Msg) (stop func()) {
	done := make(chan struct{})
	go func() {
		t := time.NewTicker(workAckWait / 3)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				_ = msg.InProgress()
			case <-done:
				return
			}
		}
	}()
	var once sync.Once
	return func() { once.Do(func() { close(done) }) }
}
