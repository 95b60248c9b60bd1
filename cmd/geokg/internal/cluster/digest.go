package cluster

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"

	"github.com/geokg/geokg/store"
)

// Digest is a hash of everything st holds that a reader can see: the
// counts, the document IDs, and every entity, edge and event record, in ID
// order. Two stores with the same digest answer every query alike; nodes of
// a cluster that applied the same log have the same digest, which equals a
// single-node load of the same documents.
func Digest(ctx context.Context, st store.Store) (string, error) {
	h := sha256.New()
	enc := json.NewEncoder(h)
	stats, err := st.Stats(ctx)
	if err != nil {
		return "", fmt.Errorf("cluster: digest: %w", err)
	}
	docs, err := st.DocumentIDs(ctx)
	if err != nil {
		return "", fmt.Errorf("cluster: digest: %w", err)
	}
	docs = slices.Sorted(slices.Values(docs))
	ents, err := st.EntityIDs(ctx, "")
	if err != nil {
		return "", fmt.Errorf("cluster: digest: %w", err)
	}
	edges, err := st.EdgeIDs(ctx, store.EdgeFilter{})
	if err != nil {
		return "", fmt.Errorf("cluster: digest: %w", err)
	}
	events, err := st.EventIDs(ctx, store.EventFilter{})
	if err != nil {
		return "", fmt.Errorf("cluster: digest: %w", err)
	}
	if err := enc.Encode([]any{stats, docs}); err != nil {
		return "", err
	}
	parts := []struct {
		ids []string
		get func(context.Context, []string) (any, error)
	}{
		{ents, func(c context.Context, ids []string) (any, error) { return st.Entities(c, ids) }},
		{edges, func(c context.Context, ids []string) (any, error) { return st.Edges(c, ids) }},
		{events, func(c context.Context, ids []string) (any, error) { return st.Events(c, ids) }},
	}
	for _, p := range parts {
		ids := slices.Sorted(slices.Values(p.ids))
		for chunk := range slices.Chunk(ids, 500) {
			recs, err := p.get(ctx, chunk)
			if err != nil {
				return "", fmt.Errorf("cluster: digest: %w", err)
			}
			if err := enc.Encode(recs); err != nil {
				return "", err
			}
		}
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
