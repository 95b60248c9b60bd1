package cluster

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/store"
)

// Store is what a node needs of its store: the graph, and the applied log
// sequence that store.WithLogSequence records with each write.
type Store interface {
	store.Store
	AppliedSequence(ctx context.Context) (uint64, error)
	SetAppliedSequence(ctx context.Context, seq uint64) error
	// AppliedRunStart is the first sequence of the run of ops recorded
	// last with store.WithLogRun (0 when none): the node resumes there.
	AppliedRunStart(ctx context.Context) (uint64, error)
}

// Node is one geokg node of a cluster: it applies the log to its store, runs
// extraction workers on the work queue, and carries out mutations by
// appending them to the log (it implements schema.Writer and schema.Replica).
type Node struct {
	cfg Config
	st  Store
	log *slog.Logger
	nc  *nats.Conn
	js  jetstream.JetStream

	applied atomic.Uint64
	// logLast is the last sequence of the log this node knows of.
	logLast atomic.Uint64

	mu      sync.Mutex
	changed chan struct{} // closed and replaced after each apply
	results map[uint64]opResult
	stopErr error

	// inflight bounds the extractions being appended asynchronously.
	inflight chan struct{}

	cancel context.CancelFunc
	wg     sync.WaitGroup
}

// opResult is what applying one op did, kept for the mutation that waits on it.
type opResult struct {
	ingest  store.IngestResult
	deleted bool
	entity  *graph.Entity
	err     error
}

// maxResults bounds the results kept for waiting mutations.
const maxResults = 4096

// Start connects to NATS, creates the streams if needed, and starts applying
// the log from the sequence after the one st has applied (after restoring
// the newest snapshot into an empty store), and the extraction workers.
// Close stops them.
func Start(ctx context.Context, st Store, cfg Config) (*Node, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	if cfg.Node == "" {
		return nil, fmt.Errorf("%w: a node needs a name", ErrConfig)
	}
	nc, js, err := connect(cfg, "geokg "+cfg.Node)
	if err != nil {
		return nil, err
	}
	n := &Node{cfg: cfg, st: st, log: cfg.Logger.With("node", cfg.Node), nc: nc, js: js,
		changed: make(chan struct{}), results: map[uint64]opResult{}, inflight: make(chan struct{}, 64)}
	applied, last, err := n.startingPoint(ctx)
	if err != nil {
		nc.Close()
		return nil, err
	}
	n.applied.Store(applied)
	n.logLast.Store(last)
	if err := n.run(ctx); err != nil {
		return nil, err
	}
	n.log.Info("cluster: node started", "applied", applied, "log", last, "workers", max(cfg.Workers, 0))
	return n, nil
}

// startingPoint makes sure the streams exist, restores the newest snapshot
// into an empty store, and returns the sequence the store has applied and
// the log's last sequence. It refuses a store the log was trimmed past.
func (n *Node) startingPoint(ctx context.Context) (applied, last uint64, err error) {
	if applied, err = n.st.AppliedSequence(ctx); err != nil {
		return 0, 0, fmt.Errorf("cluster: %w", err)
	}
	// The last run may be stored only in part (see apply.go): apply it
	// again, which changes nothing for what was stored.
	if first, err := n.st.AppliedRunStart(ctx); err != nil {
		return 0, 0, fmt.Errorf("cluster: %w", err)
	} else if first > 0 && first <= applied {
		applied = first - 1
	}
	logStream, err := ensureStreams(ctx, n.js, n.cfg, true)
	if err != nil {
		return 0, 0, err
	}
	info, err := retry(ctx, func(ctx context.Context) (*jetstream.StreamInfo, error) { return logStream.Info(ctx) })
	if err != nil {
		return 0, 0, fmt.Errorf("cluster: log info: %w", err)
	}
	if applied == 0 {
		empty, err := emptyStore(ctx, n.st)
		if err != nil {
			return 0, 0, fmt.Errorf("cluster: %w", err)
		}
		if empty {
			if applied, err = restoreNewest(ctx, n.js, n.st, n.cfg.Replicas); err != nil {
				return 0, 0, err
			}
			if applied > 0 {
				n.log.Info("cluster: started from a snapshot", "applied", applied)
			}
		}
	}
	if first := info.State.FirstSeq; info.State.Msgs > 0 && first > applied+1 {
		return 0, 0, fmt.Errorf("%w: it applied %d, the log starts at %d; restore a snapshot first", ErrTrimmed, applied, first)
	}
	return applied, info.State.LastSeq, nil
}

// run starts the apply loop (from the sequence after the applied one), the snapshot loop and the
// extraction workers. On error the node is closed.
func (n *Node) run(ctx context.Context) error {
	runCtx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	n.cancel = cancel
	n.goRun(func() { n.applyLoop(runCtx) })
	if n.cfg.SnapshotEvery > 0 {
		n.goRun(func() { n.snapshotLoop(runCtx) })
	}
	if n.cfg.Workers > 0 {
		if err := n.startExtractors(runCtx); err != nil {
			n.Close()
			return err
		}
	}
	return nil
}

// goRun runs fn in a goroutine that Close waits for.
func (n *Node) goRun(fn func()) {
	n.wg.Add(1)
	go func() {
		defer n.wg.Done()
		fn()
	}()
}

// Close stops applying and extracting and closes the NATS connection. The
// store stays open; it belongs to the caller.
func (n *Node) Close() error {
	n.cancel()
	n.wg.Wait()
	n.nc.Close()
	return nil
}

// AppliedSequence is the last log sequence this node's store has applied.
func (n *Node) AppliedSequence() uint64 { return n.applied.Load() }

// LogSequence is the last log sequence this node knows of: the stream's
// last sequence when it could ask, else what it saw last.
func (n *Node) LogSequence(ctx context.Context) uint64 {
	ctx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	if s, err := n.js.Stream(ctx, LogStream); err == nil {
		if info, err := s.Info(ctx); err == nil {
			n.noteLogLast(info.State.LastSeq)
		}
	}
	return n.logLast.Load()
}

func (n *Node) noteLogLast(seq uint64) {
	for {
		cur := n.logLast.Load()
		if seq <= cur || n.logLast.CompareAndSwap(cur, seq) {
			return
		}
	}
}

// Err is why the apply loop stopped, nil while it runs.
func (n *Node) Err() error {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.stopErr
}

// WaitApplied waits until the node has applied seq, ctx ends (then the
// error wraps ErrNotApplied) or the apply loop stops (ErrStopped).
func (n *Node) WaitApplied(ctx context.Context, seq uint64) error {
	for {
		n.mu.Lock()
		ch, stopped := n.changed, n.stopErr
		n.mu.Unlock()
		if got := n.applied.Load(); got >= seq {
			return nil
		}
		if stopped != nil {
			return fmt.Errorf("%w: %w", ErrStopped, stopped)
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return fmt.Errorf("%w: node %s has applied %d, not %d (%w)", ErrNotApplied, n.cfg.Node, n.applied.Load(), seq, ctx.Err())
		}
	}
}

// applyLoop applies the log in order until ctx ends or the store fails,
// through the node's durable consumer of the log (see follower).
func (n *Node) applyLoop(ctx context.Context) {
	f := &follower{js: n.js, stream: LogStream, name: consumerName("apply-", n.cfg.Node),
		inactive: consumerInactive, batch: applyBatch, linger: linger, log: n.log, checkGap: n.checkGap}
	err := f.run(ctx, func() uint64 { return n.applied.Load() + 1 }, n.handle)
	if ctx.Err() != nil {
		n.stop(ErrStopped)
		return
	}
	if err == nil {
		err = ErrStopped
	}
	n.stop(err)
}

// applyBatch is the most log messages a node reads at once.
const applyBatch = 256

// consumerInactive is how long a node's log consumer outlives the node
// (the server then deletes it; a node that comes back makes a new one).
const consumerInactive = 24 * time.Hour

// refused reports whether err is the store refusing an op (the same on every
// node), as opposed to the store failing.
func refused(err error) bool {
	return errors.Is(err, ErrBadOp) || errors.Is(err, store.ErrInvalid) ||
		errors.Is(err, store.ErrNotFound) || errors.Is(err, store.ErrTooLarge) ||
		errors.Is(err, store.ErrDocumentTooLarge)
}

func (n *Node) stop(err error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.stopErr == nil {
		n.stopErr = err
		if !errors.Is(err, ErrStopped) {
			n.log.Error("cluster: apply loop stopped", "err", err, "applied", n.applied.Load())
		}
		close(n.changed)
		n.changed = make(chan struct{})
	}
}

// result takes the result of applying seq, if still kept.
func (n *Node) result(seq uint64) (opResult, bool) {
	n.mu.Lock()
	defer n.mu.Unlock()
	r, ok := n.results[seq]
	delete(n.results, seq)
	return r, ok
}

// Name is the node's name.
func (n *Node) Name() string { return n.cfg.Node }

// checkGap is called when the log delivers an op after a missing one: the
// node stops rather than skip ops when the log no longer holds the next one
// (it was trimmed past this node).
func (n *Node) checkGap(ctx context.Context, want uint64) error {
	if !n.logHolds(ctx, want) {
		return fmt.Errorf("%w: next op %d is no longer in the log", ErrTrimmed, want)
	}
	return nil
}

// logHolds reports whether the log still holds seq (its first sequence is
// not past it). A node that receives op seq+k without having applied seq
// lost ops to a trim when the log no longer holds seq; it stops rather than
// diverge. When it cannot tell, it goes on.
func (n *Node) logHolds(ctx context.Context, seq uint64) bool {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	s, err := n.js.Stream(ctx, LogStream)
	if err != nil {
		return true // cannot tell: go on, as the consumer does
	}
	info, err := s.Info(ctx)
	if err != nil {
		return true
	}
	return info.State.FirstSeq <= seq
}
