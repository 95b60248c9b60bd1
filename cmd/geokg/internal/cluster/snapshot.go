package cluster

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/geokg/geokg/store"
)

// snapshotPrefix names the snapshot objects: one per node, replaced by its
// next snapshot.
const snapshotPrefix = "node."

// snapshots opens (or creates) the object store of snapshots; an existing
// one is kept as it is (see ensureStreams).
func snapshots(ctx context.Context, js jetstream.JetStream, replicas int) (jetstream.ObjectStore, error) {
	obs, err := retry(ctx, func(ctx context.Context) (jetstream.ObjectStore, error) {
		if obs, err := js.ObjectStore(ctx, SnapshotBucket); !errors.Is(err, jetstream.ErrBucketNotFound) {
			return obs, err
		}
		obs, err := js.CreateObjectStore(ctx, jetstream.ObjectStoreConfig{
			Bucket:      SnapshotBucket,
			Description: "geokg: store backups of the nodes, with the log sequence they cover",
			Storage:     jetstream.FileStorage,
			Replicas:    replicas,
		})
		if errors.Is(err, jetstream.ErrBucketExists) || errors.Is(err, jetstream.ErrStreamNameAlreadyInUse) {
			return js.ObjectStore(ctx, SnapshotBucket) // another node created it meanwhile
		}
		return obs, err
	})
	if err != nil {
		return nil, fmt.Errorf("cluster: snapshots: %w", err)
	}
	return obs, nil
}

// Snapshot writes a backup of this node's store to the cluster's object
// store and returns the log sequence it covers at least (the backup holds
// its own applied sequence, written with the ops it covers).
func (n *Node) Snapshot(ctx context.Context) (uint64, error) {
	obs, err := snapshots(ctx, n.js, n.cfg.Replicas)
	if err != nil {
		return 0, err
	}
	seq := n.applied.Load()
	pr, pw := io.Pipe()
	go func() { pw.CloseWithError(n.st.Backup(ctx, pw)) }()
	_, err = obs.Put(ctx, jetstream.ObjectMeta{
		Name:     snapshotPrefix + n.cfg.Node,
		Metadata: map[string]string{"sequence": strconv.FormatUint(seq, 10)},
	}, pr)
	pr.Close()
	if err != nil {
		return 0, fmt.Errorf("cluster: snapshot: %w", err)
	}
	n.log.Info("cluster: snapshot stored", "sequence", seq)
	return seq, nil
}

// snapshotInfo is a stored snapshot and the sequence it covers.
type snapshotInfo struct {
	name string
	seq  uint64
}

// listLimit bounds a listing of the snapshots. A listing ends with the
// object store watcher's end-of-list marker, which a watcher may never
// deliver (its consumer lost to a NATS server going down, or a leader
// change): each try is bounded by retry's attempt timeout and tried again
// with a new watcher, for at most listLimit in all.
const listLimit = 30 * time.Second

// listSnapshots lists the stored snapshots, bounded by listLimit.
func listSnapshots(ctx context.Context, obs jetstream.ObjectStore) ([]snapshotInfo, error) {
	ctx, cancel := context.WithTimeout(ctx, listLimit)
	defer cancel()
	infos, err := retry(ctx, func(ctx context.Context) ([]*jetstream.ObjectInfo, error) {
		infos, err := obs.List(ctx)
		if errors.Is(err, jetstream.ErrNoObjectsFound) {
			return nil, nil
		}
		return infos, err
	})
	if err != nil {
		return nil, fmt.Errorf("cluster: snapshots: %w", err)
	}
	var out []snapshotInfo
	for _, in := range infos {
		seq, err := strconv.ParseUint(in.Metadata["sequence"], 10, 64)
		if err != nil || in.Deleted {
			continue
		}
		out = append(out, snapshotInfo{name: in.Name, seq: seq})
	}
	return out, nil
}

// restoreNewest loads the newest snapshot into st, which must be empty, and
// returns the sequence st has applied after it; 0 when there is none.
func restoreNewest(ctx context.Context, js jetstream.JetStream, st Store, replicas int) (uint64, error) {
	obs, err := snapshots(ctx, js, replicas)
	if err != nil {
		return 0, err
	}
	snaps, err := listSnapshots(ctx, obs)
	if err != nil || len(snaps) == 0 {
		return 0, err
	}
	best := snaps[0]
	for _, s := range snaps[1:] {
		if s.seq > best.seq {
			best = s
		}
	}
	f, err := os.CreateTemp("", "geokg-snapshot-*")
	if err != nil {
		return 0, fmt.Errorf("cluster: snapshot %s: %w", best.name, err)
	}
	defer os.Remove(f.Name())
	defer f.Close()
	if err := fetchSnapshot(ctx, obs, best.name, f); err != nil {
		return 0, err
	}
	if err := st.Restore(ctx, f); err != nil {
		return 0, fmt.Errorf("cluster: restore snapshot %s: %w", best.name, err)
	}
	return st.AppliedSequence(ctx)
}

// snapshotFetchTries bounds the downloads of one snapshot: a busy server can
// time out a chunk, and a download starts again from the beginning.
const snapshotFetchTries = 5

// fetchSnapshot downloads the snapshot name into f, whole and verified (the
// object store checks the digest at the end), and rewinds f. Only then is
// the store touched, so a failed download never leaves a half-restored store.
func fetchSnapshot(ctx context.Context, obs jetstream.ObjectStore, name string, f *os.File) error {
	var err error
	for try := 1; try <= snapshotFetchTries; try++ {
		if err = downloadOnce(ctx, obs, name, f); err == nil {
			_, err = f.Seek(0, io.SeekStart)
			return err
		}
		if ctx.Err() != nil {
			break
		}
		select {
		case <-ctx.Done():
		case <-time.After(time.Duration(try) * 200 * time.Millisecond):
		}
	}
	return fmt.Errorf("cluster: snapshot %s: %w", name, err)
}

// downloadOnce copies the object name into f from its start.
func downloadOnce(ctx context.Context, obs jetstream.ObjectStore, name string, f *os.File) error {
	if err := f.Truncate(0); err != nil {
		return err
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return err
	}
	r, err := obs.Get(ctx, name)
	if err != nil {
		return err
	}
	defer r.Close()
	_, err = io.Copy(f, r)
	return err
}

// Trim drops the log's ops that every stored snapshot covers (those up to
// the oldest snapshot's sequence) and returns how many it dropped. A node
// whose store is behind that point must start again from a snapshot.
func (n *Node) Trim(ctx context.Context) (uint64, error) {
	obs, err := snapshots(ctx, n.js, n.cfg.Replicas)
	if err != nil {
		return 0, err
	}
	snaps, err := listSnapshots(ctx, obs)
	if err != nil {
		return 0, err
	}
	if len(snaps) == 0 {
		return 0, nil
	}
	oldest := snaps[0].seq
	for _, s := range snaps[1:] {
		oldest = min(oldest, s.seq)
	}
	s, err := n.js.Stream(ctx, LogStream)
	if err != nil {
		return 0, fmt.Errorf("cluster: trim: %w", err)
	}
	before, err := s.Info(ctx)
	if err != nil {
		return 0, fmt.Errorf("cluster: trim: %w", err)
	}
	// The ops of the duplicate window stay: a document queued again within
	// it is dropped by the work queue (or its op by the log), and load
	// --nats then finds the document by its op in the log.
	recent, err := lastBefore(ctx, s, before.State, time.Now().Add(-before.Config.Duplicates))
	if err != nil {
		return 0, fmt.Errorf("cluster: trim: %w", err)
	}
	if oldest = min(oldest, recent); oldest < before.State.FirstSeq {
		return 0, nil
	}
	if err := s.Purge(ctx, jetstream.WithPurgeSequence(oldest+1)); err != nil {
		return 0, fmt.Errorf("cluster: trim: %w", err)
	}
	after, err := s.Info(ctx)
	if err != nil {
		return 0, fmt.Errorf("cluster: trim: %w", err)
	}
	n.log.Info("cluster: log trimmed", "through", oldest, "dropped", before.State.Msgs-after.State.Msgs)
	return before.State.Msgs - after.State.Msgs, nil
}

// lastBefore returns the last sequence of the stream's messages (state)
// stored at or before t, the one before the first when none is: a binary
// search over the messages, whose times grow with their sequences.
func lastBefore(ctx context.Context, s jetstream.Stream, state jetstream.StreamState, t time.Time) (uint64, error) {
	lo, hi := state.FirstSeq, state.LastSeq // the answer is in [lo-1, hi]
	if state.Msgs == 0 {
		return 0, nil
	}
	for lo <= hi {
		mid := lo + (hi-lo)/2
		m, err := s.GetMsg(ctx, mid)
		if err != nil {
			return 0, err
		}
		if m.Time.After(t) {
			hi = mid - 1
		} else {
			lo = mid + 1
		}
	}
	return hi, nil
}

// emptyStore reports whether st holds nothing yet (no document, nothing applied).
func emptyStore(ctx context.Context, st Store) (bool, error) {
	s, err := st.Stats(ctx)
	if err != nil {
		return false, err
	}
	return s == (store.Stats{}), nil
}

// snapshotLoop takes a snapshot and trims the log every SnapshotEvery,
// until ctx ends; a failure is logged and tried again next time.
func (n *Node) snapshotLoop(ctx context.Context) {
	t := time.NewTicker(n.cfg.SnapshotEvery)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if _, err := n.Snapshot(ctx); err != nil {
			n.log.Warn("cluster: snapshot failed", "err", err)
			continue
		}
		if _, err := n.Trim(ctx); err != nil {
			n.log.Warn("cluster: trim failed", "err", err)
		}
	}
}
