// Package cluster replicates geokg over a NATS JetStream log: every write
// (an extracted document, a deletion, a merge) is appended to a replicated
// stream, and every node applies the stream in order to its own Badger store,
// recording the applied sequence in the same transaction. Raw documents go to
// a work-queue stream that every node's extractors pull from, so extraction
// runs once, on any node. Reads stay local; a read may wait until its node
// has applied a given sequence.
//
// It lives under cmd/geokg because it composes the library packages (loader
// extracts, store applies) with NATS, as the binary does; see
// docs/ARCHITECTURE.md.
package cluster

import (
	"fmt"
	"log/slog"
	"runtime"
	"strings"
	"time"

	"github.com/geokg/geokg/loader"
)

// The streams, subjects and object store of a geokg cluster.
const (
	// LogStream holds every write as an Op, in the order all nodes apply them.
	LogStream   = "GEOKG_LOG"
	LogSubjects = "geokg.log.>"
	// WorkStream is the work queue of raw documents waiting for extraction.
	WorkStream  = "GEOKG_WORK"
	WorkSubject = "geokg.work.doc"
	// RefusedStream holds the documents the extractors refused (over the
	// node's document limits), one message per document on
	// geokg.refused.<document hash>, for the feeder to report; kept a day.
	RefusedStream   = "GEOKG_REFUSED"
	RefusedSubjects = "geokg.refused.>"
	// workConsumer is the durable consumer all extractors share.
	workConsumer = "extractors"
	// SnapshotBucket is the object store of store snapshots.
	SnapshotBucket = "geokg-snapshots"
)

// Config configures a node or a feeder.
type Config struct {
	// URLs are the NATS servers, comma-separated ("nats://h1:4222,nats://h2:4222").
	URLs string
	// Node names this node (its NATS connection name and its snapshots).
	Node string
	// Replicas is the replication factor of the streams (3 in production, at
	// most the number of NATS servers).
	Replicas int
	// Workers is the number of extraction workers; 0 means GOMAXPROCS, and a
	// negative number runs none (a node that only applies and serves).
	Workers int
	// Duplicates is the window within which the log drops a repeated op
	// (same Nats-Msg-Id); 0 means 2 minutes.
	Duplicates time.Duration
	// MaxWait bounds how long a mutation waits for its op to be applied
	// locally; 0 means 30 seconds.
	MaxWait time.Duration
	// SnapshotEvery, when positive, makes the node store a snapshot of its
	// store at this interval and then trim the log behind the oldest
	// snapshot. Every node of a cluster that trims should take snapshots:
	// a node's own snapshot never covers more than it applied, so the trim
	// never passes a node that has one.
	SnapshotEvery time.Duration
	// Limits bound the documents a node's extractors take from the work
	// queue (serve --max-doc-bytes, --max-facts), as they bound a
	// single-node load; a document over them is reported on RefusedStream
	// instead of being appended to the log. The zero value bounds nothing.
	Limits loader.Limits
	// Logger receives the node's logs; nil discards them.
	Logger *slog.Logger
}

func (c Config) withDefaults() (Config, error) {
	if strings.TrimSpace(c.URLs) == "" {
		return c, fmt.Errorf("%w: no NATS URL", ErrConfig)
	}
	if c.Replicas == 0 {
		c.Replicas = 1
	}
	if c.Replicas < 1 || c.Replicas > 5 {
		return c, fmt.Errorf("%w: replicas %d (want 1 to 5)", ErrConfig, c.Replicas)
	}
	if c.Workers == 0 {
		c.Workers = runtime.GOMAXPROCS(0)
	}
	if c.Duplicates <= 0 {
		c.Duplicates = 2 * time.Minute
	}
	if c.MaxWait <= 0 {
		c.MaxWait = 30 * time.Second
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	return c, nil
}
