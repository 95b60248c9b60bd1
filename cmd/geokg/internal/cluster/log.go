package cluster

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// connect opens a NATS connection that keeps reconnecting, to whichever
// server of the cluster answers.
func connect(cfg Config, name string) (*nats.Conn, jetstream.JetStream, error) {
	nc, err := nats.Connect(cfg.URLs,
		nats.Name(name),
		nats.MaxReconnects(-1),
		nats.ReconnectWait(250*time.Millisecond),
		nats.RetryOnFailedConnect(false),
		nats.DisconnectErrHandler(func(_ *nats.Conn, err error) {
			if err != nil {
				cfg.Logger.Warn("cluster: NATS disconnected", "err", err)
			}
		}),
		nats.ReconnectHandler(func(c *nats.Conn) {
			cfg.Logger.Info("cluster: NATS reconnected", "server", c.ConnectedUrlRedacted())
		}),
	)
	if err != nil {
		return nil, nil, fmt.Errorf("cluster: connect %s: %w", cfg.URLs, err)
	}
	js, err := jetstream.New(nc)
	if err != nil {
		nc.Close()
		return nil, nil, fmt.Errorf("cluster: jetstream: %w", err)
	}
	return nc, js, nil
}

// streamSpecs are the streams of a cluster, as a node creates them.
func streamSpecs(cfg Config) []jetstream.StreamConfig {
	return []jetstream.StreamConfig{{
		Name:        LogStream,
		Description: "geokg: every write, applied in order by every node",
		Subjects:    []string{LogSubjects},
		Storage:     jetstream.FileStorage,
		Replicas:    cfg.Replicas,
		Retention:   jetstream.LimitsPolicy,
		Duplicates:  cfg.Duplicates,
		Discard:     jetstream.DiscardOld,
	}, {
		Name:        WorkStream,
		Description: "geokg: raw documents waiting for extraction",
		Subjects:    []string{WorkSubject},
		Storage:     jetstream.FileStorage,
		Replicas:    cfg.Replicas,
		Retention:   jetstream.WorkQueuePolicy,
		Duplicates:  cfg.Duplicates,
	}, {
		Name:        RefusedStream,
		Description: "geokg: documents the extractors refused, and why",
		Subjects:    []string{RefusedSubjects},
		Storage:     jetstream.FileStorage,
		Replicas:    cfg.Replicas,
		Retention:   jetstream.LimitsPolicy,
		MaxAge:      24 * time.Hour,
		Duplicates:  cfg.Duplicates,
	}}
}

// refusedSubject is the subject of the refusal of the document with hash.
func refusedSubject(hash string) string { return RefusedSubjects[:len(RefusedSubjects)-1] + hash }

// ensureStreams returns the log, after making sure that the log and the
// work queue exist: it creates a missing one when create is set (a node),
// and fails otherwise (a feeder: start a node first). An existing stream is
// never updated: a feeder or a node started with another --replicas would
// otherwise move the log to fewer servers (a stream "updated" from R3 to R1
// lives on one server and stops when that one does).
func ensureStreams(ctx context.Context, js jetstream.JetStream, cfg Config, create bool) (jetstream.Stream, error) {
	var logStream jetstream.Stream
	for _, spec := range streamSpecs(cfg) {
		s, err := retry(ctx, func(ctx context.Context) (jetstream.Stream, error) {
			s, err := js.Stream(ctx, spec.Name)
			if errors.Is(err, jetstream.ErrStreamNotFound) && create {
				if s, err = js.CreateStream(ctx, spec); errors.Is(err, jetstream.ErrStreamNameAlreadyInUse) {
					return js.Stream(ctx, spec.Name) // another node created it meanwhile
				}
			}
			return s, err
		})
		if errors.Is(err, jetstream.ErrStreamNotFound) {
			return nil, fmt.Errorf("%w: no stream %s on %s: start a geokg node (serve --nats) first", ErrConfig, spec.Name, cfg.URLs)
		}
		if err != nil {
			return nil, fmt.Errorf("cluster: stream %s: %w", spec.Name, err)
		}
		if got := s.CachedInfo().Config.Replicas; create && got != cfg.Replicas {
			cfg.Logger.Warn("cluster: the stream exists with another replica count; kept as it is", "stream", spec.Name, "replicas", got, "wanted", cfg.Replicas)
		}
		if spec.Name == LogStream {
			logStream = s
		}
	}
	return logStream, nil
}

// retry calls fn until it succeeds, ctx ends or it fails in a way that
// waiting cannot fix. It rides out a NATS server restart or a stream
// leader election.
func retry[T any](ctx context.Context, fn func(context.Context) (T, error)) (T, error) {
	wait := 50 * time.Millisecond
	for {
		attempt, cancel := context.WithTimeout(ctx, 5*time.Second)
		v, err := fn(attempt)
		cancel()
		if err == nil || !transient(err) {
			return v, err
		}
		select {
		case <-ctx.Done():
			return v, fmt.Errorf("%w (last error: %w)", ctx.Err(), err)
		case <-time.After(wait):
		}
		wait = min(2*wait, time.Second)
	}
}

// transient reports whether err may go away by itself.
func transient(err error) bool {
	var apiErr *jetstream.APIError
	if errors.As(err, &apiErr) {
		switch apiErr.ErrorCode {
		case jetstream.JSErrCodeStreamNotFound, jetstream.JSErrCodeBadRequest,
			jetstream.JSErrCodeMessageNotFound, jetstream.JSErrCodeStreamNameInUse,
			jetstream.JSErrCodeStreamWrongLastSequence:
			return false
		}
		return true
	}
	return !errors.Is(err, nats.ErrMaxPayload) && !errors.Is(err, nats.ErrConnectionClosed) &&
		!errors.Is(err, context.Canceled)
}

// publish appends data on subject with the given Nats-Msg-Id, retrying
// through server failures (a retry with the same ID is dropped if the first
// try got in). It returns the sequence of the message in the stream (of the
// first copy when it was a duplicate).
func publish(ctx context.Context, js jetstream.JetStream, subject, msgID string, data []byte) (*jetstream.PubAck, error) {
	return publishMsg(ctx, js, &nats.Msg{Subject: subject, Data: data, Header: nats.Header{}}, msgID)
}

// publishMsg is publish of a message with headers of its own.
func publishMsg(ctx context.Context, js jetstream.JetStream, msg *nats.Msg, msgID string) (*jetstream.PubAck, error) {
	return retry(ctx, func(ctx context.Context) (*jetstream.PubAck, error) {
		return js.PublishMsg(ctx, msg, jetstream.WithMsgID(msgID))
	})
}
