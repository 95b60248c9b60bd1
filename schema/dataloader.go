package schema

import (
	"context"
	"fmt"
	"sync"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/store"
)

// batch collects the IDs that resolvers ask for and fetches all pending IDs
// with one store call the first time any of them is needed. graphql-go
// resolves thunks breadth-first, so every resolver of one level registers its
// ID before the first thunk of that level runs: one store call per level.
type batch[T any] struct {
	fetch func(ctx context.Context, ids []string) ([]*T, error)
	// fetched, when set, sees every fetch's results (to register what they
	// lead to in other batches, so that the next level is one call too).
	fetched func(vals []*T)
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
	if b.fetched != nil {
		b.fetched(vals)
	}
	return b.done[id], nil
}

// listFetch adapts a store method that returns one list per ID (nil for an
// unknown ID) to a batch fetch; what names the lists in errors.
func listFetch[V any](what string, f func(ctx context.Context, ids []string) ([][]V, error)) func(context.Context, []string) ([]*[]V, error) {
	return func(ctx context.Context, ids []string) ([]*[]V, error) {
		lists, err := f(ctx, ids)
		if err != nil {
			return nil, fmt.Errorf("schema: %s: %w", what, err)
		}
		out := make([]*[]V, len(lists))
		for i := range lists {
			if lists[i] != nil {
				out[i] = &lists[i]
			}
		}
		return out, nil
	}
}

// addAll returns a fetched hook that registers in b every ID of the lists.
func addAll[T any](b *batch[T]) func(vals []*[]string) {
	return func(vals []*[]string) {
		for _, ids := range vals {
			if ids != nil {
				for _, id := range *ids {
					b.add(id)
				}
			}
		}
	}
}

// reset forgets everything loaded, after a mutation.
func (b *batch[T]) reset() {
	b.done = make(map[string]*T)
}

// dataLoader batches and caches the store reads of one request. Resolvers
// register IDs and return thunks; the first thunk that runs fetches them all.
// Lists owned by a record (a document's edges and entities, an entity's
// events, an event's edges) are batched the same way, by owner
// ID; the lists whose items are returned whole (Document.entities,
// Event.edges) register their items when fetched, so that the items of every
// list of a level are read with one call too.
type dataLoader struct {
	mu   sync.Mutex
	st   store.Store
	ents *batch[graph.Entity]
	egs  *batch[graph.Edge]
	// heads holds edges read without their mentions (nil Mentions).
	heads *batch[graph.Edge]
	evs   *batch[graph.Event]
	// docs holds documents read without their text (what sources show);
	// texts the documents whose text was asked for.
	docs  *batch[graph.Document]
	texts *batch[graph.Document]

	docEdges  *batch[[]string]
	docEnts   *batch[[]string]
	entEvents *batch[[]string]
	evEdges   *batch[[]string]
	// lists batches Entity.edges; firsts their first pages, mentionPages
	// the pages of Entity.mentions.
	lists        *edgeLists
	firsts       *firstPages[store.EdgeFilter, store.EdgePage]
	mentionPages *firstPages[store.MentionsFrom, store.MentionPage]
}

func newDataLoader(st store.Store) *dataLoader {
	l := &dataLoader{
		st:        st,
		ents:      newBatch(st.Entities),
		egs:       newBatch(st.Edges),
		heads:     newBatch(st.EdgeHeads),
		evs:       newBatch(st.Events),
		docs:      newBatch(st.DocumentHeads),
		texts:     newBatch(st.Documents),
		docEdges:  newBatch(listFetch("edges of documents", st.DocumentsEdgeIDs)),
		docEnts:   newBatch(listFetch("entities of documents", st.DocumentsEntityIDs)),
		entEvents: newBatch(listFetch("events of entities", st.EntitiesEventIDs)),
		evEdges:   newBatch(listFetch("edges of events", st.EventsEdgeIDs)),
	}
	l.firsts = newFirstPages("edges of entities", st.EdgeIDsFirst)
	l.mentionPages = newFirstPages("mentions of entities", st.EntitiesMentionPages)
	l.docEnts.fetched = addAll(l.ents)
	l.evEdges.fetched = addAll(l.egs)
	return l
}

// reset drops the cached records; mutations call it so later reads see their effect.
func (l *dataLoader) reset() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.ents.reset()
	l.egs.reset()
	l.heads.reset()
	l.evs.reset()
	l.docs.reset()
	l.texts.reset()
	l.docEdges.reset()
	l.docEnts.reset()
	l.entEvents.reset()
	l.evEdges.reset()
	l.lists = nil
	l.firsts.reset()
	l.mentionPages.reset()
}

// thunk is what graphql-go resolves lazily.
type thunk = func() (any, error)

// one registers id in b and returns a thunk for its value (nil when
// unknown), or the value itself when it is loaded already: graphql-go spends
// more on a thunk than on a value, and a subgraph's edges name entities that
// its entities list has loaded.
func one[T any](ctx context.Context, l *dataLoader, b *batch[T], id string) any {
	l.mu.Lock()
	if v, ok := b.done[id]; ok {
		l.mu.Unlock()
		if v == nil {
			return nil
		}
		return v
	}
	b.add(id)
	l.mu.Unlock()
	return thunk(func() (any, error) {
		l.mu.Lock()
		defer l.mu.Unlock()
		v, err := b.get(ctx, id)
		if err != nil || v == nil {
			return nil, err
		}
		return v, nil
	})
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
		return known(ctx, b, ids, nil)
	}
}

// known returns the known values of ids in b, in order, that keep accepts
// (all when keep is nil); unknown IDs are left out. l.mu is held.
func known[T any](ctx context.Context, b *batch[T], ids []string, keep func(*T) bool) ([]any, error) {
	out := make([]any, 0, len(ids))
	for _, id := range ids {
		v, err := b.get(ctx, id)
		if err != nil {
			return nil, err
		}
		if v != nil && (keep == nil || keep(v)) {
			out = append(out, v)
		}
	}
	return out, nil
}

// ownedList registers owner in b and returns a function that returns its list
// (empty when the store does not know owner), fetching the lists of every
// pending owner with one store call the first time.
func ownedList[V any](ctx context.Context, l *dataLoader, b *batch[[]V], owner string) func() ([]V, error) {
	l.mu.Lock()
	b.add(owner)
	l.mu.Unlock()
	return func() ([]V, error) {
		l.mu.Lock()
		defer l.mu.Unlock()
		return listNow(ctx, b, owner)
	}
}

// listNow returns owner's list from b, fetching if needed. l.mu is held.
func listNow[V any](ctx context.Context, b *batch[[]V], owner string) ([]V, error) {
	v, err := b.get(ctx, owner)
	if err != nil || v == nil {
		return []V{}, err
	}
	return *v, nil
}

// documentEdges returns a function for the IDs of the edges document id states.
func (l *dataLoader) documentEdges(ctx context.Context, id string) func() ([]string, error) {
	return ownedList(ctx, l, l.docEdges, id)
}

// entityEvents returns a function for the IDs of the events entity id takes part in.
func (l *dataLoader) entityEvents(ctx context.Context, id string) func() ([]string, error) {
	return ownedList(ctx, l, l.entEvents, id)
}

// documentEntities returns a thunk for the entities document id names, in ID
// order. The lists of every pending document are read with one call, then
// the entities of them all with one more.
func (l *dataLoader) documentEntities(ctx context.Context, id string) thunk {
	l.mu.Lock()
	l.docEnts.add(id)
	l.mu.Unlock()
	return func() (any, error) {
		l.mu.Lock()
		defer l.mu.Unlock()
		ids, err := listNow(ctx, l.docEnts, id)
		if err != nil {
			return nil, err
		}
		return known(ctx, l.ents, ids, nil)
	}
}

// eventEdges returns a thunk for the edges of event id, in ID order: those
// whose event it is (Edge.event), so that the two fields agree. The lists of
// every pending event are read with one call, then the edges of them all with
// one more.
func (l *dataLoader) eventEdges(ctx context.Context, id string) thunk {
	l.mu.Lock()
	l.evEdges.add(id)
	l.mu.Unlock()
	return func() (any, error) {
		l.mu.Lock()
		defer l.mu.Unlock()
		ids, err := listNow(ctx, l.evEdges, id)
		if err != nil {
			return nil, err
		}
		return known(ctx, l.egs, ids, func(e *graph.Edge) bool { return e.EventID == id })
	}
}

// entity returns the entity id, or a thunk for it while it is not loaded.
func (l *dataLoader) entity(ctx context.Context, id string) any { return one(ctx, l, l.ents, id) }

// entities returns a thunk for the entities ids.
func (l *dataLoader) entities(ctx context.Context, ids []string) thunk {
	return many(ctx, l, l.ents, ids)
}

// edge returns the edge id, or a thunk for it while it is not loaded.
func (l *dataLoader) edge(ctx context.Context, id string) any { return one(ctx, l, l.egs, id) }

// edgeHeads returns a thunk for the edges ids without their mentions; their
// sources, if asked for after all, are read then (see edgeSources).
func (l *dataLoader) edgeHeads(ctx context.Context, ids []string) thunk {
	return many(ctx, l, l.heads, ids)
}

// primeHeads records edge heads read elsewhere (the pair index), so that
// later asks for them are not read again.
func (l *dataLoader) primeHeads(heads []*graph.Edge) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.heads.done) == 0 {
		// Made to size: a neighborhood primes some hundred heads at once,
		// and growing the map to them was most of the priming's cost.
		l.heads.done = make(map[string]*graph.Edge, len(heads))
	}
	for _, e := range heads {
		if _, ok := l.heads.done[e.ID]; !ok {
			l.heads.done[e.ID] = e
		}
	}
}

// edgeSources returns the mentions of e, read with the full edge when e is a head.
func (l *dataLoader) edgeSources(ctx context.Context, e *graph.Edge) any {
	if e.Mentions != nil {
		return mentions(e.Mentions)
	}
	return oneField(ctx, l, l.egs, e.ID, []any{}, func(fe *graph.Edge) any { return mentions(fe.Mentions) })
}

// oneField returns field of the record id of b, or a thunk for it while the
// record is not loaded; none when there is no such record.
func oneField[T any](ctx context.Context, l *dataLoader, b *batch[T], id string, none any, field func(*T) any) any {
	full := one(ctx, l, b, id)
	th, ok := full.(thunk)
	if !ok {
		if r, _ := full.(*T); r != nil {
			return field(r)
		}
		return none
	}
	return thunk(func() (any, error) {
		v, err := th()
		if r, _ := v.(*T); err == nil && r != nil {
			return field(r), nil
		}
		return none, err
	})
}

// edges returns a thunk for the edges ids.
func (l *dataLoader) edges(ctx context.Context, ids []string) thunk { return many(ctx, l, l.egs, ids) }

// event returns the event id, or a thunk for it while it is not loaded.
func (l *dataLoader) event(ctx context.Context, id string) any { return one(ctx, l, l.evs, id) }

// document returns the document id without its text, or a thunk for it
// while it is not loaded.
func (l *dataLoader) document(ctx context.Context, id string) any {
	return one(ctx, l, l.docs, id)
}

// documentText returns the text of d, read with the whole document when d
// is a head.
func (l *dataLoader) documentText(ctx context.Context, d *graph.Document) any {
	if d.Text != "" {
		return d.Text
	}
	return oneField(ctx, l, l.texts, d.ID, nil, func(fd *graph.Document) any { return fd.Text })
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
