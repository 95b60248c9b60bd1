package cluster

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader"
)

// Feeder puts raw documents on the work queue, for the nodes' extractors,
// and tells when the log holds them (geokg load --nats).
type Feeder struct {
	cfg     Config
	nc      *nats.Conn
	js      jetstream.JetStream
	log     jetstream.Stream
	refusal jetstream.Stream

	// startSeq and refusedStart are the last sequences of the log and of
	// the refusals when the feeder started: what it queues comes after.
	startSeq, refusedStart uint64

	mu      sync.Mutex
	pending map[string]string // document hash -> input name, not yet seen in the log
	refused []Refusal
	queued  int
	futures []pendingPub
	// dups are documents the queue already had (queued within the
	// duplicates window): their extraction may be in the log before startSeq.
	dups []string
}

// pendingPub is an asynchronous publish not yet acknowledged.
type pendingPub struct {
	hash  string
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
	nc, _, err := connect(cfg, "geokg load")
	if err != nil {
		return nil, err
	}
	js, err := jetstream.New(nc, jetstream.WithPublishAsyncMaxPending(512))
	if err != nil {
		nc.Close()
		return nil, fmt.Errorf("cluster: jetstream: %w", err)
	}
	logStream, err := ensureStreams(ctx, js, cfg, false)
	if err != nil {
		nc.Close()
		return nil, err
	}
	f := &Feeder{cfg: cfg, nc: nc, js: js, log: logStream, pending: map[string]string{}}
	if f.refusal, err = retry(ctx, func(ctx context.Context) (jetstream.Stream, error) { return js.Stream(ctx, RefusedStream) }); err != nil {
		nc.Close()
		return nil, fmt.Errorf("cluster: %s: %w", RefusedStream, err)
	}
	for _, s := range []struct {
		stream jetstream.Stream
		last   *uint64
	}{{logStream, &f.startSeq}, {f.refusal, &f.refusedStart}} {
		info, err := retry(ctx, func(ctx context.Context) (*jetstream.StreamInfo, error) { return s.stream.Info(ctx) })
		if err != nil {
			nc.Close()
			return nil, fmt.Errorf("cluster: stream info: %w", err)
		}
		*s.last = info.State.LastSeq
	}
	return f, nil
}

// Close closes the connection.
func (f *Feeder) Close() { f.nc.Close() }

// Add queues one document for extraction. The same text queued twice
// within the duplicates window is queued once.
func (f *Feeder) Add(ctx context.Context, in loader.Input) error {
	if strings.TrimSpace(in.Text) == "" {
		return fmt.Errorf("cluster: %s: empty text", in.Name)
	}
	data, err := encodeWire(newRawDoc(in))
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
		a, err := publish(ctx, f.js, WorkSubject, msgID, data)
		if err != nil {
			return fmt.Errorf("cluster: %s: %w", in.Name, err)
		}
		if a.Duplicate {
			f.mu.Lock()
			f.dups = append(f.dups, hash)
			f.mu.Unlock()
		}
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.pending[hash] = in.Name
	f.queued++
	if ack != nil {
		f.futures = append(f.futures, pendingPub{hash: hash, ack: ack, msgID: msgID, data: data})
		if len(f.futures) >= 256 {
			return f.settleLocked(ctx)
		}
	}
	return nil
}

// settleLocked waits for the outstanding asynchronous publishes and
// republishes, with retries, those that failed.
func (f *Feeder) settleLocked(ctx context.Context) error {
	// One deadline for the batch: acknowledgements lost with a server that
	// went down are not waited for one by one.
	deadline := time.After(10 * time.Second)
	late := false
	for _, p := range f.futures {
		var a *jetstream.PubAck
		if late {
			select {
			case a = <-p.ack.Ok():
			default:
			}
		} else {
			select {
			case a = <-p.ack.Ok():
			case <-p.ack.Err():
			case <-deadline:
				late = true
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		if a == nil {
			var err error
			if a, err = publish(ctx, f.js, WorkSubject, p.msgID, p.data); err != nil {
				return fmt.Errorf("cluster: queue: %w", err)
			}
		}
		if a.Duplicate {
			f.dups = append(f.dups, p.hash)
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
	// Refused are those the nodes' extractors refused (over their limits).
	Refused []Refusal `json:"refused"`
	// Missing names the documents still not in the log when Wait gave up.
	Missing []string `json:"missing"`
}

// Wait waits until the log holds an extraction of every queued document,
// or ctx ends; progress is logged every interval. It watches the log from
// where it stood when the feeder started, and asks the log once about each
// document the queue already had.
func (f *Feeder) Wait(ctx context.Context, logger *slog.Logger, interval time.Duration) (FeedResult, error) {
	f.mu.Lock()
	err := f.settleLocked(ctx)
	dups := slices.Clone(f.dups)
	f.mu.Unlock()
	if err != nil {
		return FeedResult{}, err
	}
	for _, h := range dups {
		f.ask(ctx, h, 5*time.Second)
	}
	notify := make(chan struct{}, 1)
	stop := f.watch(ctx, notify, f.log, logSubject(OpIngest, "*"), f.startSeq, func(m jetstream.Msg) {
		f.seen(m.Subject()[strings.LastIndexByte(m.Subject(), '.')+1:])
	})
	defer stop()
	stopRefusals := f.watch(ctx, notify, f.refusal, "", f.refusedStart, f.noteRefusal)
	defer stopRefusals()
	stuck := 0
	tick := time.NewTicker(interval)
	defer tick.Stop()
	for {
		f.mu.Lock()
		res := FeedResult{Queued: f.queued, InLog: f.queued - len(f.pending) - len(f.refused), Refused: slices.Clone(f.refused)}
		f.mu.Unlock()
		if res.Refused == nil {
			res.Refused = []Refusal{}
		}
		if res.InLog+len(res.Refused) == res.Queued {
			res.Missing = []string{}
			return res, nil
		}
		select {
		case <-notify:
			stuck = 0
		case <-tick.C:
			logger.Info("waiting for the log", "queued", res.Queued, "inLog", res.InLog, "refused", len(res.Refused))
			if stuck++; stuck >= 3 {
				// No news for a while: ask the log about a few directly.
				f.sweep(ctx, 100)
				stuck = 0
			}
		case <-ctx.Done():
			f.mu.Lock()
			for _, name := range f.pending {
				res.Missing = append(res.Missing, name)
			}
			f.mu.Unlock()
			slices.Sort(res.Missing)
			return res, fmt.Errorf("cluster: %d of %d documents not in the log yet: %w", len(res.Missing), res.Queued, ctx.Err())
		}
	}
}

// watch follows stream (only subject, when set) from after its sequence
// start, through a durable consumer of its own (so that it survives a NATS
// server going down), passing each message to see and poking notify; stop
// ends it and deletes the consumer.
func (f *Feeder) watch(ctx context.Context, notify chan<- struct{}, stream jetstream.Stream, subject string,
	start uint64, see func(jetstream.Msg)) (stop func()) {
	ctx, cancel := context.WithCancel(ctx)
	fl := &follower{js: f.js, stream: stream.CachedInfo().Config.Name, name: consumerName("feed-", rand.Text()),
		inactive: time.Minute, batch: 1024, log: f.cfg.Logger}
	if subject != "" {
		fl.filter, fl.headersOnly = []string{subject}, true
	}
	next := atomic.Uint64{}
	next.Store(start + 1)
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = fl.run(ctx, next.Load, func(_ context.Context, msgs []jetstream.Msg) error {
			for _, m := range msgs {
				see(m)
				if meta, err := m.Metadata(); err == nil {
					next.Store(meta.Sequence.Stream + 1)
				}
			}
			select {
			case notify <- struct{}{}:
			default:
			}
			return nil
		})
	}()
	return func() {
		cancel()
		<-done
		dctx, dcancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer dcancel()
		_ = f.js.DeleteConsumer(dctx, fl.stream, fl.name)
	}
}

// noteRefusal takes a refused document from pending into refused.
func (f *Feeder) noteRefusal(m jetstream.Msg) {
	subject := m.Subject()
	f.refuse(subject[strings.LastIndexByte(subject, '.')+1:], m.Data())
}

func (f *Feeder) refuse(hash string, data []byte) {
	var r Refusal
	if err := json.Unmarshal(data, &r); err != nil {
		return
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if name, ok := f.pending[hash]; ok {
		delete(f.pending, hash)
		r.Input = name
		f.refused = append(f.refused, r)
	}
}

// ask asks the log, then the refusals, whether they hold the document with
// hash, and notes what it finds.
func (f *Feeder) ask(ctx context.Context, hash string, limit time.Duration) {
	qctx, cancel := context.WithTimeout(ctx, limit)
	defer cancel()
	if _, err := f.log.GetLastMsgForSubject(qctx, logSubject(OpIngest, hash)); err == nil {
		f.seen(hash)
		return
	}
	if m, err := f.refusal.GetLastMsgForSubject(qctx, refusedSubject(hash)); err == nil {
		f.refuse(hash, m.Data)
	}
}

// seen drops a document from pending.
func (f *Feeder) seen(hash string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	delete(f.pending, hash)
}

// sweep asks the log about at most limit pending documents.
func (f *Feeder) sweep(ctx context.Context, limit int) {
	f.mu.Lock()
	var hashes []string
	for h := range f.pending {
		if len(hashes) == limit {
			break
		}
		hashes = append(hashes, h)
	}
	f.mu.Unlock()
	for _, h := range hashes {
		f.ask(ctx, h, 2*time.Second)
	}
}
