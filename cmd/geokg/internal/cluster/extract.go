package cluster

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/geokg/geokg/loader"
	"github.com/geokg/geokg/store"
)

// workConsumerConfig is the durable consumer all extractors share: each raw
// document goes to one worker of one node; one not acknowledged within
// AckWait (its node died) goes to another.
func workConsumerConfig() jetstream.ConsumerConfig {
	return jetstream.ConsumerConfig{
		Durable:       workConsumer,
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       30 * time.Second,
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
	it, err := cons.Messages(jetstream.PullMaxMessages(n.cfg.Workers))
	if err != nil {
		return err
	}
	jobs := make(chan jetstream.Msg)
	n.wg.Add(1)
	go func() {
		defer n.wg.Done()
		defer close(jobs)
		go func() {
			<-ctx.Done()
			it.Stop()
		}()
		for {
			msg, err := it.Next()
			if err != nil {
				if ctx.Err() != nil || errors.Is(err, jetstream.ErrMsgIteratorClosed) {
					return
				}
				n.log.Warn("cluster: reading the work queue", "err", err)
				continue
			}
			select {
			case jobs <- msg:
			case <-ctx.Done():
				return
			}
		}
	}()
	for range n.cfg.Workers {
		n.wg.Add(1)
		go func() {
			defer n.wg.Done()
			for msg := range jobs {
				n.extractOne(ctx, msg)
			}
		}()
	}
	return nil
}

// extractOne extracts one raw document and appends its extraction to the
// log; the work item is acknowledged only once the log has it.
func (n *Node) extractOne(ctx context.Context, msg jetstream.Msg) {
	var raw rawDoc
	if err := json.Unmarshal(msg.Data(), &raw); err != nil || strings.TrimSpace(raw.Text) == "" {
		n.log.Warn("cluster: dropped a bad work item", "err", err, "name", raw.Name)
		_ = msg.Term()
		return
	}
	x := loader.Extract(raw.Text, raw.input().Meta)
	actx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	if _, err := n.Append(actx, &Op{Type: OpIngest, Extraction: x}); err != nil {
		if errors.Is(err, store.ErrTooLarge) {
			n.log.Warn("cluster: dropped a document too large for the log", "name", raw.Name, "err", err)
			_ = msg.Term()
			return
		}
		n.log.Warn("cluster: could not append an extraction; it will be retried", "name", raw.Name, "err", err)
		_ = msg.NakWithDelay(time.Second)
		return
	}
	if err := msg.DoubleAck(actx); err != nil {
		// Acknowledged or not, the log has the op; a second extraction
		// would only append a no-op.
		n.log.Debug("cluster: work ack", "name", raw.Name, "err", err)
	}
	n.log.Debug("cluster: extracted", "name", raw.Name, "doc", x.Document.ID)
}
