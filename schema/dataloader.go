package schema

import (
	"context"
	"fmt"
	"sort"
	"sync"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/store"
)

// batch collects the IDs that resolvers ask for and fetches all pending IDs
// with one store call the first time any of them is needed. graphql-go
// resolves thunks breadth-first, so every resolver of one level registers its
// ID before the first thunk of that level runs: one store call per level.
type batch[T any] struct {
	fetch   func(ctx context.Context, ids []string) ([]*T, error)
	done    map[string]*T // nil value: the store does not know the ID
	pending []string
	pendSet map[string]bool
}

func newBatch[T any](fetch func(ctx context.Context, ids []string) ([]*T, error)) *batch[T] {
	return &batch[T]{fetch: fetch, done: make(map[string]*T), pendSet: make(map[string]bool)}
}

// add registers id for the next fetch.
func (b *batch[T]) add(id string) {
	if _, ok := b.done[id]; ok || b.pendSet[id] {
		return
	}
	b.pendSet[id] = true
	b.pending = append(b.pending, id)
}

// get returns the value for id, fetching every pending ID if id is not loaded yet.
func (b *batch[T]) get(ctx context.Context, id string) (*T, error) {
	if v, ok := b.done[id]; ok {
		return v, nil
	}
	b.add(id)
	ids := b.pending
	b.pending = nil
	b.pendSet = make(map[string]bool)
	vals, err := b.fetch(ctx, ids)
	if err != nil {
		return nil, err
	}
	if len(vals) != len(ids) {
		return nil, fmt.Errorf("%w: store returned %d values for %d ids", ErrInternal, len(vals), len(ids))
	}
	for i, id := range ids {
		b.done[id] = vals[i]
	}
	return b.done[id], nil
}

// reset forgets everything loaded, after a mutation.
func (b *batch[T]) reset() {
	b.done = make(map[string]*T)
}

// dataLoader batches and caches the store reads of one request. Resolvers
// register IDs and return thunks; the first thunk that runs fetches them all.
type dataLoader struct {
	mu   sync.Mutex
	st   store.Store
	ents *batch[graph.Entity]
	egs  *batch[graph.Edge]
	evs  *batch[graph.Event]
	docs *batch[graph.Document]
	// evEdges caches the edge IDs of events; evPending waits for the next flush.
	evEdges   map[string][]string
	evPending map[string]*graph.Event
	// lists batches Entity.edges.
	lists *edgeLists
}

func newDataLoader(st store.Store) *dataLoader {
	return &dataLoader{
		st:   st,
		ents: newBatch(st.Entities),
		egs:  newBatch(st.Edges),
		evs:  newBatch(st.Events),
		docs: newBatch(st.Documents),
	}
}

// reset drops the cached records; mutations call it so later reads see their effect.
func (l *dataLoader) reset() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.ents.reset()
	l.egs.reset()
	l.evs.reset()
	l.docs.reset()
	l.evEdges = nil
	l.evPending = nil
	l.lists = nil
}

// thunk is what graphql-go resolves lazily.
type thunk = func() (any, error)

// one registers id in b and returns a thunk for its value (nil when unknown).
func one[T any](ctx context.Context, l *dataLoader, b *batch[T], id string) thunk {
	l.mu.Lock()
	b.add(id)
	l.mu.Unlock()
	return func() (any, error) {
		l.mu.Lock()
		defer l.mu.Unlock()
		v, err := b.get(ctx, id)
		if err != nil || v == nil {
			return nil, err
		}
		return v, nil
	}
}

// many registers ids in b and returns a thunk for the known values among
// them, in order; unknown IDs are left out.
func many[T any](ctx context.Context, l *dataLoader, b *batch[T], ids []string) thunk {
	l.mu.Lock()
	for _, id := range ids {
		b.add(id)
	}
	l.mu.Unlock()
	return func() (any, error) {
		l.mu.Lock()
		defer l.mu.Unlock()
		out := make([]any, 0, len(ids))
		for _, id := range ids {
			v, err := b.get(ctx, id)
			if err != nil {
				return nil, err
			}
			if v != nil {
				out = append(out, v)
			}
		}
		return out, nil
	}
}

// entity returns a thunk for the entity id.
func (l *dataLoader) entity(ctx context.Context, id string) thunk { return one(ctx, l, l.ents, id) }

// entities returns a thunk for the entities ids.
func (l *dataLoader) entities(ctx context.Context, ids []string) thunk {
	return many(ctx, l, l.ents, ids)
}

// edge returns a thunk for the edge id.
func (l *dataLoader) edge(ctx context.Context, id string) thunk { return one(ctx, l, l.egs, id) }

// edges returns a thunk for the edges ids.
func (l *dataLoader) edges(ctx context.Context, ids []string) thunk { return many(ctx, l, l.egs, ids) }

// event returns a thunk for the event id.
func (l *dataLoader) event(ctx context.Context, id string) thunk { return one(ctx, l, l.evs, id) }

// document returns a thunk for the document id.
func (l *dataLoader) document(ctx context.Context, id string) thunk {
	return one(ctx, l, l.docs, id)
}

// loadEdges fetches edges now (through the cache), for code that needs them
// to compute a result rather than to return them.
func (l *dataLoader) loadEdges(ctx context.Context, ids []string) ([]*graph.Edge, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, id := range ids {
		l.egs.add(id)
	}
	out := make([]*graph.Edge, len(ids))
	for i, id := range ids {
		e, err := l.egs.get(ctx, id)
		if err != nil {
			return nil, err
		}
		out[i] = e
	}
	return out, nil
}

type loaderKey struct{}

// withLoader returns ctx carrying l.
func withLoader(ctx context.Context, l *dataLoader) context.Context {
	return context.WithValue(ctx, loaderKey{}, l)
}

// loaderFrom returns the request's data loader.
func loaderFrom(ctx context.Context) *dataLoader {
	l, _ := ctx.Value(loaderKey{}).(*dataLoader)
	return l
}

// eventEdges returns a thunk for the edges of ev, in ID order. The events of
// one level are served together: one Neighbors call over all their
// participants, then one batched edge read.
func (l *dataLoader) eventEdges(ctx context.Context, ev *graph.Event) thunk {
	l.mu.Lock()
	if l.evEdges == nil {
		l.evEdges = make(map[string][]string)
		l.evPending = make(map[string]*graph.Event)
	}
	if _, ok := l.evEdges[ev.ID]; !ok {
		l.evPending[ev.ID] = ev
	}
	l.mu.Unlock()
	return func() (any, error) {
		l.mu.Lock()
		defer l.mu.Unlock()
		if _, ok := l.evEdges[ev.ID]; !ok {
			l.evPending[ev.ID] = ev
			if err := l.flushEventEdges(ctx); err != nil {
				return nil, err
			}
		}
		ids := l.evEdges[ev.ID]
		out := make([]any, 0, len(ids))
		for _, id := range ids {
			e, err := l.egs.get(ctx, id)
			if err != nil {
				return nil, err
			}
			if e != nil {
				out = append(out, e)
			}
		}
		return out, nil
	}
}

// flushEventEdges finds the edges of every pending event. l.mu is held.
func (l *dataLoader) flushEventEdges(ctx context.Context) error {
	pending := l.evPending
	l.evPending = make(map[string]*graph.Event)
	var nodes []string
	seenNode := map[string]bool{}
	var types []graph.RelationType
	seenType := map[graph.RelationType]bool{}
	for _, ev := range pending {
		for _, id := range ev.Participants() {
			if !seenNode[id] {
				seenNode[id] = true
				nodes = append(nodes, id)
			}
		}
		if !seenType[ev.Type] {
			seenType[ev.Type] = true
			types = append(types, ev.Type)
		}
	}
	sort.Strings(nodes)
	adj, err := l.st.Neighbors(ctx, nodes, types)
	if err != nil {
		return fmt.Errorf("schema: edges of events: %w", err)
	}
	seenEdge := map[string]bool{}
	var cand []string
	for _, list := range adj {
		for _, a := range list {
			if !seenEdge[a.EdgeID] {
				seenEdge[a.EdgeID] = true
				cand = append(cand, a.EdgeID)
				l.egs.add(a.EdgeID)
			}
		}
	}
	sort.Strings(cand)
	for id := range pending {
		l.evEdges[id] = []string{}
	}
	for _, id := range cand {
		e, err := l.egs.get(ctx, id)
		if err != nil {
			return err
		}
		if e == nil {
			continue
		}
		if _, ok := pending[e.EventID]; ok {
			l.evEdges[e.EventID] = append(l.evEdges[e.EventID], e.ID)
		}
	}
	return nil
}
