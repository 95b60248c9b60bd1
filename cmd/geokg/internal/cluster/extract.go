package cluster

import (
	"context"
	"encoding/json"
	"strings"
	"sync"
	"time"

	"fmt"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader"
)

// workAckWait is how long a work item may go unacknowledged before the
// queue gives it to another worker; a worker busy with an item tells the
// queue every workAckWait/3 that it is still at it.
const workAckWait = 6 * time.Second

// workPrefetch is how many raw documents a node's work consumer holds ahead
// per extraction worker. Each pull is a round trip to the work queue's
// consumer leader, and at 4 the extractors waited for it: on the cluster
// load benchmark (3 nodes, runs alternated) 456–607 documents/s and 2.7–2.8
// ms of CPU per document at 4, 512–598 and 2.3–3.3 ms (2.3 in two runs of
// three) at 64. A document held ahead waits for at most workPrefetch
// extractions of its worker, far within workAckWait for news-sized texts;
// one that waits longer is delivered again, and its second extraction
// appends nothing (the log drops the repeated message ID).
const workPrefetch = 64

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

// extractOne extracts one raw document and appends its extraction to the
// log; the work item is acknowledged only once the log has it. A document
// over the node's limits is reported as refused instead.
func (n *Node) extractOne(ctx context.Context, msg jetstream.Msg) {
	var raw rawDoc
	if err := decodeWire(msg.Data(), &raw); err != nil || strings.TrimSpace(raw.Text) == "" {
		n.log.Warn("cluster: dropped a bad work item", "err", err, "name", raw.Name)
		_ = msg.Term()
		return
	}
	if err := n.cfg.Limits.CheckText(raw.Text); err != nil {
		n.refuse(ctx, msg, raw, err)
		return
	}
	alive := keepAlive(msg)
	x := loader.Extract(raw.Text, raw.input().Meta)
	if err := n.cfg.Limits.CheckFacts(x); err != nil {
		alive()
		n.refuse(ctx, msg, raw, err)
		return
	}
	subject, msgID, data, err := n.encode(&Op{Type: OpIngest, Extraction: x})
	if err != nil {
		alive()
		n.refuse(ctx, msg, raw, err)
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
	fut, err := n.js.PublishMsgAsync(&nats.Msg{Subject: subject, Data: data, Header: nats.Header{}}, jetstream.WithMsgID(msgID))
	n.wg.Add(1)
	go func() {
		defer n.wg.Done()
		defer func() { <-n.inflight }()
		defer alive()
		n.settleAppend(ctx, msg, fut, err, subject, msgID, data, raw.Name)
	}()
}

// settleAppend waits for an asynchronous append, retries it synchronously
// when it failed, and acknowledges the work item once the log has the op.
func (n *Node) settleAppend(ctx context.Context, msg jetstream.Msg, fut jetstream.PubAckFuture, err error, subject, msgID string, data []byte, name string) {
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
		if ack, err = publish(actx, n.js, subject, msgID, data); err != nil {
			n.log.Warn("cluster: could not append an extraction; it will be retried", "name", name, "err", err)
			_ = msg.NakWithDelay(time.Second)
			return
		}
	}
	n.noteLogLast(ack.Sequence)
	if err := msg.DoubleAck(actx); err != nil {
		// Acknowledged or not, the log has the op; a second extraction
		// would only append a no-op.
		n.log.Debug("cluster: work ack", "name", name, "err", err)
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

// refuse reports on RefusedStream that the document of msg is refused, and
// takes it off the work queue; when the report cannot be made, the work item
// is handed back to be tried again.
func (n *Node) refuse(ctx context.Context, msg jetstream.Msg, raw rawDoc, why error) {
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
		_ = msg.NakWithDelay(time.Second)
		return
	}
	_ = msg.Term()
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
