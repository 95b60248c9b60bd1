package cluster

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader"
)

// Feeder puts raw documents on the work queue, for the nodes' extractors,
// and tells when the log holds them (geokg load --nats).
type Feeder struct {
	cfg Config
	nc  *nats.Conn
	js  jetstream.JetStream
	log jetstream.Stream

	mu      sync.Mutex
	pending map[string]string // document hash -> input name, not yet seen in the log
	queued  int
	futures []pendingPub
}

// pendingPub is an asynchronous publish not yet acknowledged.
type pendingPub struct {
	ack   jetstream.PubAckFuture
	msgID string
	data  []byte
}

// NewFeeder connects to the cluster and makes sure its streams exist.
func NewFeeder(ctx context.Context, cfg Config) (*Feeder, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	nc, js, err := connect(cfg, "geokg load")
	if err != nil {
		return nil, err
	}
	js, err = jetstream.New(nc, jetstream.WithPublishAsyncMaxPending(512))
	if err != nil {
		nc.Close()
		return nil, fmt.Errorf("cluster: jetstream: %w", err)
	}
	logStream, err := ensureStreams(ctx, js, cfg)
	if err != nil {
		nc.Close()
		return nil, err
	}
	return &Feeder{cfg: cfg, nc: nc, js: js, log: logStream, pending: map[string]string{}}, nil
}

// Close closes the connection.
func (f *Feeder) Close() { f.nc.Close() }

// Add queues one document for extraction. The same text queued twice
// within the duplicates window is queued once.
func (f *Feeder) Add(ctx context.Context, in loader.Input) error {
	if strings.TrimSpace(in.Text) == "" {
		return fmt.Errorf("cluster: %s: empty text", in.Name)
	}
	data, err := json.Marshal(newRawDoc(in))
	if err != nil {
		return fmt.Errorf("cluster: %s: %w", in.Name, err)
	}
	if int64(len(data)) > f.nc.MaxPayload() {
		return fmt.Errorf("cluster: %s: %d bytes, over the queue's %d-byte message limit", in.Name, len(data), f.nc.MaxPayload())
	}
	hash := docHash(graph.DocumentID(in.Text))
	msgID := "raw:" + hash
	ack, err := f.js.PublishMsgAsync(&nats.Msg{Subject: WorkSubject, Data: data, Header: nats.Header{}}, jetstream.WithMsgID(msgID))
	if err != nil {
		// Too many in flight or disconnected: fall back to a retried publish.
		if _, err := publish(ctx, f.js, WorkSubject, msgID, data); err != nil {
			return fmt.Errorf("cluster: %s: %w", in.Name, err)
		}
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.pending[hash] = in.Name
	f.queued++
	if ack != nil {
		f.futures = append(f.futures, pendingPub{ack: ack, msgID: msgID, data: data})
		if len(f.futures) >= 256 {
			return f.settleLocked(ctx)
		}
	}
	return nil
}

// settleLocked waits for the outstanding asynchronous publishes and
// republishes, with retries, those that failed.
func (f *Feeder) settleLocked(ctx context.Context) error {
	for _, p := range f.futures {
		select {
		case <-p.ack.Ok():
			continue
		case <-p.ack.Err():
		case <-time.After(10 * time.Second):
		case <-ctx.Done():
			return ctx.Err()
		}
		if _, err := publish(ctx, f.js, WorkSubject, p.msgID, p.data); err != nil {
			return fmt.Errorf("cluster: queue: %w", err)
		}
	}
	f.futures = f.futures[:0]
	return nil
}

// FeedResult is what Wait found.
type FeedResult struct {
	// Queued counts the documents put on the work queue.
	Queued int `json:"queued"`
	// InLog counts those the log holds an extraction of.
	InLog int `json:"inLog"`
	// Missing names the documents still not in the log when Wait gave up.
	Missing []string `json:"missing"`
}

// Wait waits until the log holds an extraction of every queued document,
// or ctx ends; progress is logged every interval.
func (f *Feeder) Wait(ctx context.Context, logger *slog.Logger, interval time.Duration) (FeedResult, error) {
	f.mu.Lock()
	err := f.settleLocked(ctx)
	f.mu.Unlock()
	if err != nil {
		return FeedResult{}, err
	}
	last := time.Now()
	for {
		if err := f.sweep(ctx); err != nil && ctx.Err() == nil {
			logger.Warn("cluster: asking the log", "err", err)
		}
		f.mu.Lock()
		res := FeedResult{Queued: f.queued, InLog: f.queued - len(f.pending)}
		f.mu.Unlock()
		if res.InLog == res.Queued {
			res.Missing = []string{}
			return res, nil
		}
		if time.Since(last) >= interval {
			last = time.Now()
			logger.Info("waiting for the log", "queued", res.Queued, "inLog", res.InLog)
		}
		select {
		case <-ctx.Done():
			f.mu.Lock()
			for _, name := range f.pending {
				res.Missing = append(res.Missing, name)
			}
			f.mu.Unlock()
			return res, fmt.Errorf("cluster: %d of %d documents not in the log yet: %w", res.Queued-res.InLog, res.Queued, ctx.Err())
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// sweep drops from pending the documents the log holds.
func (f *Feeder) sweep(ctx context.Context) error {
	f.mu.Lock()
	hashes := make([]string, 0, len(f.pending))
	for h := range f.pending {
		hashes = append(hashes, h)
	}
	f.mu.Unlock()
	for _, h := range hashes {
		qctx, cancel := context.WithTimeout(ctx, 2*time.Second)
		_, err := f.log.GetLastMsgForSubject(qctx, logSubject(OpIngest, h))
		cancel()
		switch {
		case err == nil:
			f.mu.Lock()
			delete(f.pending, h)
			f.mu.Unlock()
		case errors.Is(err, jetstream.ErrMsgNotFound):
		default:
			return err
		}
	}
	return nil
}
