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

	"github.com/fxamacker/cbor/v2"
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
	// pack gathers the documents of the next work item; packOf names the
	// pack each queued document went in.
	pack   pack
	packOf map[string]string
}

// Packs. The feeder puts up to packDocs documents, and at most packBytes of
// them, in one work item, and the extractor that takes it appends their
// extractions to the log as one OpIngests message. A message costs the NATS
// servers and clients about the same whatever it holds (storing it on three
// servers, replicating it, delivering it to every node, acknowledging it),
// and that cost was most of a cluster load's: see README, "Cluster mode",
// round 13. A pack not full waits at most packWait for more documents.
const (
	packDocs  = 16
	packBytes = 128 << 10
	packWait  = 20 * time.Millisecond
)

// pack is a work item being gathered.
type pack struct {
	docs    []cbor.RawMessage
	hashes  []string
	size    int
	started time.Time
	timer   *time.Timer
}

// pendingPub is an asynchronous publish not yet acknowledged.
type pendingPub struct {
	hashes []string
	ack    jetstream.PubAckFuture
	msgID  string
	data   []byte
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
	f := &Feeder{cfg: cfg, nc: nc, js: js, log: logStream, pending: map[string]string{}, packOf: map[string]string{}}
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

// Close closes the connection; documents added since the last Wait are
// left unqueued.
func (f *Feeder) Close() {
	f.mu.Lock()
	if f.pack.timer != nil {
		f.pack.timer.Stop()
	}
	f.pack = pack{}
	f.mu.Unlock()
	f.nc.Close()
}

// Add queues one document for extraction, in the pack being gathered. The
// same text queued twice is extracted once: within one feeder, and within
// the duplicates window when it comes again in the same pack.
func (f *Feeder) Add(ctx context.Context, in loader.Input) error {
	if strings.TrimSpace(in.Text) == "" {
		return fmt.Errorf("cluster: %s: empty text", in.Name)
	}
	data, err := cbor.Marshal(newRawDoc(in)) // plain: a member of a pack (compressLarge when it goes alone)
	if err != nil {
		return fmt.Errorf("cluster: %s: %w", in.Name, err)
	}
	if int64(len(data)+workReserve) > f.nc.MaxPayload() {
		return fmt.Errorf("cluster: %s: %d bytes, over the queue's %d-byte message limit", in.Name, len(data)+workReserve, f.nc.MaxPayload())
	}
	hash := docHash(graph.DocumentID(in.Text))
	f.mu.Lock()
	defer f.mu.Unlock()
	f.queued++
	if _, ok := f.pending[hash]; ok {
		return nil // on its way
	}
	f.pending[hash] = in.Name
	if len(f.pack.docs) > 0 && f.pack.size+len(data) > min(packBytes, int(f.nc.MaxPayload())-workReserve) {
		if err := f.flushLocked(ctx); err != nil {
			return err
		}
	}
	if len(f.pack.docs) == 0 {
		f.pack.started = time.Now()
		f.pack.timer = time.AfterFunc(packWait, func() { f.flushIdle(ctx) })
	}
	f.pack.docs, f.pack.hashes = append(f.pack.docs, data), append(f.pack.hashes, hash)
	f.pack.size += len(data)
	if len(f.pack.docs) >= packDocs {
		return f.flushLocked(ctx)
	}
	return nil
}

// workReserve is what a work item adds on the wire to the bytes of its
// documents: its Nats-Msg-Id header ("pack:" and a 32-digit key, or "raw:"
// and a 32-digit document hash) and the CBOR framing of a pack (a map, its
// key, an array head: under 16 bytes), with room to spare.
var workReserve = wireSize(&nats.Msg{}, "pack:"+strings.Repeat("0", 32)) + 32

// flushIdle queues the pack that waited packWait for more documents.
func (f *Feeder) flushIdle(ctx context.Context) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.pack.docs) > 0 && time.Since(f.pack.started) >= packWait {
		if err := f.flushLocked(ctx); err != nil {
			f.cfg.Logger.Warn("cluster: queueing a pack", "err", err)
		}
	}
}

// flushLocked puts the pack gathered so far on the work queue.
func (f *Feeder) flushLocked(ctx context.Context) error {
	p := f.pack
	f.pack = pack{}
	if len(p.docs) == 0 {
		return nil
	}
	p.timer.Stop()
	data, msgID := compressLarge(p.docs[0]), "raw:"+p.hashes[0]
	if len(p.docs) > 1 {
		var err error
		if data, err = encodeWire(workPack{Docs: p.docs}); err != nil {
			return fmt.Errorf("cluster: queue: %w", err)
		}
		key := packKey(p.hashes)
		msgID = "pack:" + key
		for _, h := range p.hashes {
			f.packOf[h] = key
		}
	}
	ack, err := f.js.PublishMsgAsync(&nats.Msg{Subject: WorkSubject, Data: data, Header: nats.Header{}}, jetstream.WithMsgID(msgID))
	if err != nil {
		// Too many in flight or disconnected: fall back to a retried publish.
		a, err := publish(ctx, f.js, WorkSubject, msgID, data)
		if err != nil {
			return fmt.Errorf("cluster: queue: %w", err)
		}
		if a.Duplicate {
			f.dups = append(f.dups, p.hashes...)
		}
		return nil
	}
	f.futures = append(f.futures, pendingPub{hashes: p.hashes, ack: ack, msgID: msgID, data: data})
	if len(f.futures) >= 256 {
		return f.settleLocked(ctx)
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
			f.dups = append(f.dups, p.hashes...)
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
	err := f.flushLocked(ctx)
	if err == nil {
		err = f.settleLocked(ctx)
	}
	dups := slices.Clone(f.dups)
	f.mu.Unlock()
	if err != nil {
		return FeedResult{}, err
	}
	for _, h := range dups {
		f.ask(ctx, h, 5*time.Second)
	}
	notify := make(chan struct{}, 1)
	// One filter for both kinds of ingest (nats-server 2.9 takes one).
	stop := f.watch(ctx, notify, f.log, logSubject("*", "*"), f.startSeq, f.seenMsg)
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
// hash, and notes what it finds: the document's own op, or the op of the
// pack it went in.
func (f *Feeder) ask(ctx context.Context, hash string, limit time.Duration) {
	qctx, cancel := context.WithTimeout(ctx, limit)
	defer cancel()
	if _, err := f.log.GetLastMsgForSubject(qctx, logSubject(OpIngest, hash)); err == nil {
		f.seen(hash)
		return
	}
	f.mu.Lock()
	key, packed := f.packOf[hash]
	f.mu.Unlock()
	if packed {
		if m, err := f.log.GetLastMsgForSubject(qctx, logSubject(OpIngests, key)); err == nil {
			f.seenHeader(m.Header)
			f.mu.Lock()
			_, still := f.pending[hash]
			f.mu.Unlock()
			if !still {
				return
			}
		}
	}
	if m, err := f.refusal.GetLastMsgForSubject(qctx, refusedSubject(hash)); err == nil {
		f.refuse(hash, m.Data)
	}
}

// seenMsg notes the documents of an ingest op the log holds (its subject
// is geokg.log.<type>.<key>).
func (f *Feeder) seenMsg(m jetstream.Msg) {
	subject := m.Subject()
	switch {
	case strings.HasPrefix(subject, logSubject(OpIngest, "")):
		f.seen(subject[strings.LastIndexByte(subject, '.')+1:])
	case strings.HasPrefix(subject, logSubject(OpIngests, "")):
		f.seenHeader(m.Headers())
	}
}

// seenHeader notes the documents an OpIngests message lists.
func (f *Feeder) seenHeader(h nats.Header) {
	for _, hash := range strings.Fields(h.Get(docsHeader)) {
		f.seen(hash)
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
