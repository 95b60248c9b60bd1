package cluster

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// A follower reads a stream in order, from a sequence its caller keeps, through
// one named durable pull consumer. The consumer is replicated like its stream
// (R3 in production), so it survives the loss of any one NATS server: its
// RAFT group elects another leader, and the client's pull requests, sent on
// a subject, reach that leader from whichever server the connection
// reconnected to. (An ordered consumer, which the nodes used before, is an
// ephemeral R1 consumer: it lives on one server and dies with it.)
//
// The consumer acknowledges nothing (AckNone): the caller's state (the
// store's applied sequence) is the record of progress, not the consumer.
// Messages that a pull delivered while the connection was failing over are
// lost to the client, and the next message then comes after a gap; so may be
// messages a consumer leader delivered just before it died, its state not yet
// replicated. The follower then recreates the consumer (deleting the old
// one) at the caller's next sequence. (An AckAll consumer that redelivers
// the missing messages was tried: after a consumer leader change it was seen
// to redeliver only the messages after the gap, forever.) It also recreates
// the consumer when its position does not match the caller's next sequence
// at start, when it disappears (deleted, or removed after
// InactiveThreshold), and when it delivers nothing for a while though it
// reports messages pending.
type follower struct {
	js     jetstream.JetStream
	stream string
	// name is the durable consumer's name.
	name string
	// filter, when set, restricts the consumer to subjects; then sequences
	// skip the other subjects and gaps are expected.
	filter      []string
	headersOnly bool
	// inactive is the consumer's InactiveThreshold: the server deletes it
	// after this long without pulls (a node that went away for good).
	inactive time.Duration
	batch    int
	// linger, when set, is how long a group gathers messages (see linger).
	linger time.Duration
	// pullWait, when set, replaces fetchWait (tests).
	pullWait time.Duration
	// checkGap, when set, is asked about a gap before the consumer is
	// recreated: an error (the log no longer holds want) ends run.
	checkGap func(ctx context.Context, want uint64) error
	log      *slog.Logger
}

// Timings of a follower.
const (
	// fetchWait is how long one pull request waits for messages.
	fetchWait = time.Second
	// stalledFetches is how many empty pulls in a row, while the consumer
	// reports pending messages, make the follower recreate it.
	stalledFetches = 3
)

// consumerName makes a consumer name of prefix and name (no '.', '*', '>' or
// white space, which a consumer name may not hold).
func consumerName(prefix, name string) string {
	return prefix + strings.Map(func(r rune) rune {
		if r == '.' || r == '*' || r == '>' || r <= ' ' || r == 0x7f {
			return '_'
		}
		return r
	}, name)
}

// run delivers the stream's messages, from next() on, to handle in groups of
// consecutive messages that arrived together (at most f.batch), until ctx
// ends (it returns nil) or handle fails (it returns that error). next is
// asked again whenever the consumer must be recreated; handle must advance it
// past the messages it accepted. Messages before next() are dropped.
func (f *follower) run(ctx context.Context, next func() uint64, handle func(context.Context, []jetstream.Msg) error) error {
	var cons jetstream.Consumer
	empty := 0
	pause := backoff{ctx: ctx}
	for ctx.Err() == nil {
		if cons == nil {
			c, err := f.open(ctx, next())
			if err != nil {
				if ctx.Err() != nil {
					return nil // stopped meanwhile
				}
				f.log.Warn("cluster: creating a consumer", "consumer", f.name, "err", err)
				pause.wait()
				continue
			}
			cons, empty = c, 0
		}
		got, err := f.fetch(ctx, cons, next, handle)
		switch {
		case ctx.Err() != nil:
			return nil
		case errors.Is(err, errGap):
			if f.checkGap != nil {
				if err := f.checkGap(ctx, next()); err != nil {
					return err
				}
			}
			f.log.Warn("cluster: a gap in what the consumer delivered; recreating it", "consumer", f.name, "next", next(), "err", err)
			cons = nil
			pause.wait() // grows while gaps repeat, back to the first after a good pull
			continue
		case err != nil && !errors.Is(err, errFetch):
			return err
		case err != nil:
			f.log.Info("cluster: pull failed", "consumer", f.name, "err", err)
			if gone(err) {
				cons = nil
			}
			pause.wait()
			continue
		}
		pause.reset()
		if got > 0 {
			empty = 0
			continue
		}
		if empty++; empty >= stalledFetches {
			empty = 0
			if f.stalled(ctx, cons) {
				f.log.Warn("cluster: the consumer has pending messages but delivers none; recreating it", "consumer", f.name)
				cons = nil
			}
		}
	}
	return nil
}

// backoff is the pause between failed attempts: 50 ms, doubling up to 2 s,
// cut short when ctx ends.
type backoff struct {
	ctx  context.Context
	next time.Duration
}

// wait pauses, and doubles the next pause.
func (b *backoff) wait() {
	if b.next == 0 {
		b.next = 50 * time.Millisecond
	}
	select {
	case <-b.ctx.Done():
	case <-time.After(b.next):
	}
	b.next = min(2*b.next, 2*time.Second)
}

// reset makes the next pause the first again.
func (b *backoff) reset() { b.next = 0 }

// fetch sends one pull request and hands what it brings to handle, grouping
// the messages that are already there. It returns how many messages handle
// got.
func (f *follower) fetch(ctx context.Context, cons jetstream.Consumer, next func() uint64,
	handle func(context.Context, []jetstream.Msg) error) (int, error) {
	wait := fetchWait
	if f.pullWait > 0 {
		wait = f.pullWait
	}
	mb, err := cons.Fetch(f.batch, jetstream.FetchMaxWait(wait))
	if err != nil {
		return 0, fmt.Errorf("%w: %w", errFetch, err)
	}
	msgs := mb.Messages()
	defer func() {
		if ctx.Err() != nil {
			return // stopped: the pull ends by itself; its channel holds a whole batch
		}
		for range msgs { // let the batch finish
		}
	}()
	got := 0
	var group []jetstream.Msg
	for {
		var msg jetstream.Msg
		var ok bool
		select {
		case msg, ok = <-msgs:
		case <-ctx.Done():
			// A follower being stopped (a feeder's watch when Wait has
			// its answer, a closing node) does not wait for the pull to
			// expire: up to fetchWait of idle time at every stop.
			return got, nil
		}
		if !ok {
			break
		}
		group = f.gather(append(group[:0], msg), msgs)
		keep, err := f.inOrder(group, next())
		if len(keep) > 0 {
			if err := handle(ctx, keep); err != nil {
				return got, err
			}
			got += len(keep)
		}
		if err != nil {
			return got, err
		}
		if ctx.Err() != nil {
			return got, nil
		}
	}
	if err := mb.Error(); err != nil {
		return got, fmt.Errorf("%w: %w", errFetch, err)
	}
	return got, nil
}

// linger is how long a node's follower keeps gathering a group after its
// first message: the node then applies up to batchUnits of ingests in one
// transaction, which costs much less per document than a few at a time (a
// hub entity's record is rewritten once per transaction). Measured on the
// cluster load benchmark: groups of ~7 documents without it, ~38 with
// 50 ms and ~78 with 100 ms, and 5.2 ms of CPU per document (all nodes and
// NATS servers) down to 3.3–3.5 with either; 50 ms keeps the lag lower. It
// adds at most linger to the replication lag.
const linger = 50 * time.Millisecond

// gather adds to group the messages that are already there, and those that
// come within f.linger of the first, up to f.batch.
func (f *follower) gather(group []jetstream.Msg, msgs <-chan jetstream.Msg) []jetstream.Msg {
	var timer *time.Timer
	defer func() {
		if timer != nil {
			timer.Stop()
		}
	}()
	for len(group) < f.batch {
		select {
		case m, ok := <-msgs:
			if !ok {
				return group
			}
			group = append(group, m)
			continue
		default:
		}
		if f.linger == 0 {
			return group
		}
		if timer == nil {
			timer = time.NewTimer(f.linger)
		}
		select {
		case m, ok := <-msgs:
			if !ok {
				return group
			}
			group = append(group, m)
		case <-timer.C:
			return group
		}
	}
	return group
}

// inOrder drops the messages before want and, on an unfiltered consumer,
// returns errGap when a message comes after a missing one. What came before
// the gap is kept for the caller to apply first.
func (f *follower) inOrder(group []jetstream.Msg, want uint64) ([]jetstream.Msg, error) {
	keep := make([]jetstream.Msg, 0, len(group))
	for _, m := range group {
		meta, err := m.Metadata()
		if err != nil {
			continue
		}
		seq := meta.Sequence.Stream
		switch {
		case seq < want:
			continue
		case seq > want && f.filter == nil:
			if len(keep) > 0 {
				return keep, nil // the gap shows on the next group
			}
			return nil, fmt.Errorf("%w: got %d, want %d", errGap, seq, want)
		}
		keep = append(keep, m)
		want = seq + 1
	}
	return keep, nil
}

// stalled reports whether cons has messages pending for it (or cannot be
// asked): pulls that bring nothing then mean it is stuck.
func (f *follower) stalled(ctx context.Context, cons jetstream.Consumer) bool {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	info, err := cons.Info(ctx)
	return err != nil || info.NumPending > 0
}

// gone reports whether err says the consumer no longer exists.
func gone(err error) bool {
	return errors.Is(err, jetstream.ErrConsumerNotFound) || errors.Is(err, jetstream.ErrConsumerDeleted) ||
		errors.Is(err, jetstream.ErrConsumerDoesNotExist)
}

// open returns the durable consumer positioned at start: the existing one
// when it will deliver start next, else a new one (the old one deleted).
func (f *follower) open(ctx context.Context, start uint64) (jetstream.Consumer, error) {
	start = max(start, 1)
	cctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if c, err := f.js.Consumer(cctx, f.stream, f.name); err == nil {
		if c.CachedInfo().Delivered.Stream+1 == start {
			return c, nil
		}
		if err := f.js.DeleteConsumer(cctx, f.stream, f.name); err != nil && !gone(err) {
			return nil, fmt.Errorf("cluster: delete consumer %s: %w", f.name, err)
		}
	} else if !gone(err) {
		return nil, fmt.Errorf("cluster: consumer %s: %w", f.name, err)
	}
	cfg := jetstream.ConsumerConfig{
		Durable:           f.name,
		DeliverPolicy:     jetstream.DeliverByStartSequencePolicy,
		OptStartSeq:       start,
		AckPolicy:         jetstream.AckNonePolicy,
		HeadersOnly:       f.headersOnly,
		InactiveThreshold: f.inactive,
		MaxRequestBatch:   f.batch,
		// The consumer's state is only where it stands, which the caller
		// knows: kept in memory (replicated all the same), it saves a
		// file write on every server at every delivery.
		MemoryStorage: true,
	}
	// One subject goes in FilterSubject: NATS servers before 2.10 (Debian
	// 12 ships 2.9) refuse FilterSubjects.
	if len(f.filter) == 1 {
		cfg.FilterSubject = f.filter[0]
	} else {
		cfg.FilterSubjects = f.filter
	}
	c, err := f.js.CreateConsumer(cctx, f.stream, cfg)
	if err != nil {
		return nil, fmt.Errorf("cluster: create consumer %s: %w", f.name, err)
	}
	return c, nil
}
