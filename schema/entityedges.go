package schema

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/store"
)

// edgeLists batches the edge lists of entities (Entity.edges). Entities asked
// with the same arguments are served together: one entity alone by one
// store.EdgeIDs call, which reads only the index; several by one Neighbors
// call and one batched edge read, filtered and ordered here as the store
// orders EdgeIDs: (date as its ISO string, ID), unknown dates first.
type edgeLists struct {
	pending map[string]store.EdgeFilter // by listKey
	done    map[string][]string
}

// listKey identifies an edge list: its filter, node included.
func listKey(f store.EdgeFilter) string {
	return strings.Join([]string{argsKey(f), f.Node}, "\x00")
}

// argsKey identifies a filter without its node, so that lists with the same
// arguments can be batched.
func argsKey(f store.EdgeFilter) string {
	dir := f.Direction
	if dir == "" {
		dir = store.Both
	}
	parts := []string{string(dir), f.DateFrom.Value, f.DateTo.Value}
	for _, t := range f.Types {
		parts = append(parts, string(t))
	}
	return strings.Join(parts, "\x01")
}

// entityEdges returns a thunk for the IDs of the edges that f selects (f.Node set).
func (l *dataLoader) entityEdges(ctx context.Context, f store.EdgeFilter) func() ([]string, error) {
	key := listKey(f)
	l.mu.Lock()
	if l.lists == nil {
		l.lists = &edgeLists{pending: map[string]store.EdgeFilter{}, done: map[string][]string{}}
	}
	if _, ok := l.lists.done[key]; !ok {
		l.lists.pending[key] = f
	}
	l.mu.Unlock()
	return func() ([]string, error) {
		l.mu.Lock()
		defer l.mu.Unlock()
		if ids, ok := l.lists.done[key]; ok {
			return ids, nil
		}
		l.lists.pending[key] = f
		if err := l.flushLists(ctx); err != nil {
			return nil, err
		}
		return l.lists.done[key], nil
	}
}

// firstPages batches pages that the store reads alone (a list asked without
// a cursor, or, for mentions, from one): those of a level are read with one
// store call per page size and counting, and a hub's page costs about what
// it holds when its total is not asked. Entity.edges' first pages
// (store.EdgeIDsFirst, by filter) and Entity.mentions' pages
// (store.EntitiesMentionPages, by entity and position) use one each.
type firstPages[F, P any] struct {
	what    string
	fetch   func(ctx context.Context, fs []F, n int, count bool) ([]P, error)
	pending map[firstKey]F
	done    map[firstKey]P
}

func newFirstPages[F, P any](what string, fetch func(context.Context, []F, int, bool) ([]P, error)) *firstPages[F, P] {
	fp := &firstPages[F, P]{what: what, fetch: fetch}
	fp.reset()
	return fp
}

// reset drops the pages read, as batch.reset does; the data loader's mu is held.
func (fp *firstPages[F, P]) reset() {
	fp.pending, fp.done = map[firstKey]F{}, map[firstKey]P{}
}

// firstKey identifies a first page: its list, its size and whether the
// whole list is counted.
type firstKey struct {
	list  string
	n     int
	count bool
}

// page registers the first page key of list f and returns a thunk for it,
// which reads every page pending then. mu is the data loader's.
func (fp *firstPages[F, P]) page(ctx context.Context, mu *sync.Mutex, key firstKey, f F) func() (P, error) {
	mu.Lock()
	if _, ok := fp.done[key]; !ok {
		fp.pending[key] = f
	}
	mu.Unlock()
	return func() (P, error) {
		mu.Lock()
		defer mu.Unlock()
		if pg, ok := fp.done[key]; ok {
			return pg, nil
		}
		fp.pending[key] = f
		if err := fp.flush(ctx); err != nil {
			var zero P
			return zero, err
		}
		return fp.done[key], nil
	}
}

// flush reads every pending first page, one store call per page size and
// counting. The data loader's mu is held.
func (fp *firstPages[F, P]) flush(ctx context.Context) error {
	type call struct {
		n     int
		count bool
	}
	calls := map[call][]firstKey{}
	for k := range fp.pending {
		c := call{k.n, k.count}
		calls[c] = append(calls[c], k)
	}
	for c, keys := range calls {
		fs := make([]F, len(keys))
		for i, k := range keys {
			fs[i] = fp.pending[k]
		}
		pages, err := fp.fetch(ctx, fs, c.n, c.count)
		if err != nil {
			return fmt.Errorf("schema: %s: %w", fp.what, err)
		}
		for i, k := range keys {
			fp.done[k] = pages[i]
			delete(fp.pending, k)
		}
	}
	return nil
}

// entityFirstPage returns a thunk for the first n edges that f selects.
func (l *dataLoader) entityFirstPage(ctx context.Context, f store.EdgeFilter, n int, count bool) func() (store.EdgePage, error) {
	return l.firsts.page(ctx, &l.mu, firstKey{listKey(f), n, count}, f)
}

// entityMentionPage returns a thunk for the n mentions of an entity after a position.
func (l *dataLoader) entityMentionPage(ctx context.Context, f store.MentionsFrom, n int, count bool) func() (store.MentionPage, error) {
	key := fmt.Sprintf("%s\x00%s#%d#%d", f.Entity, f.AfterDoc, f.AfterSentence, f.AfterStart)
	return l.mentionPages.page(ctx, &l.mu, firstKey{key, n, count}, f)
}

// flushLists serves every pending edge list. l.mu is held.
func (l *dataLoader) flushLists(ctx context.Context) error {
	groups := map[string][]store.EdgeFilter{}
	for _, f := range l.lists.pending {
		groups[argsKey(f)] = append(groups[argsKey(f)], f)
	}
	l.lists.pending = map[string]store.EdgeFilter{}
	type multi struct {
		fs  []store.EdgeFilter
		adj map[string][]store.Adjacent
	}
	var multis []multi
	for _, fs := range groups {
		if len(fs) == 1 {
			ids, err := l.st.EdgeIDs(ctx, fs[0])
			if err != nil {
				return fmt.Errorf("schema: edges of %s: %w", fs[0].Node, err)
			}
			l.lists.done[listKey(fs[0])] = ids
			continue
		}
		nodes := make([]string, len(fs))
		for i, f := range fs {
			nodes[i] = f.Node
		}
		slices.Sort(nodes)
		adj, err := l.st.Neighbors(ctx, nodes, fs[0].Types)
		if err != nil {
			return fmt.Errorf("schema: edges of entities: %w", err)
		}
		for _, list := range adj {
			for _, a := range list {
				l.egs.add(a.EdgeID)
			}
		}
		multis = append(multis, multi{fs: fs, adj: adj})
	}
	for _, m := range multis {
		for _, f := range m.fs {
			ids, err := l.filteredList(ctx, f, m.adj[f.Node])
			if err != nil {
				return err
			}
			l.lists.done[listKey(f)] = ids
		}
	}
	return nil
}

// filteredList is the edge list of f at f.Node from its adjacency: the
// edges, read once each, that f matches, by date and then ID, as
// store.EdgeIDs orders them.
func (l *dataLoader) filteredList(ctx context.Context, f store.EdgeFilter, adj []store.Adjacent) ([]string, error) {
	var edges []*graph.Edge
	seen := map[string]bool{}
	for _, a := range adj {
		if seen[a.EdgeID] {
			continue
		}
		seen[a.EdgeID] = true
		e, err := l.egs.get(ctx, a.EdgeID)
		if err != nil {
			return nil, err
		}
		if e != nil && edgeMatches(e, f) {
			edges = append(edges, e)
		}
	}
	slices.SortFunc(edges, func(a, b *graph.Edge) int {
		return cmp.Or(cmp.Compare(a.Date.Value, b.Date.Value), cmp.Compare(a.ID, b.ID))
	})
	ids := make([]string, len(edges))
	for i, e := range edges {
		ids[i] = e.ID
	}
	return ids, nil
}

// edgeMatches applies f to an edge at f.Node as store.EdgeIDs does.
func edgeMatches(e *graph.Edge, f store.EdgeFilter) bool {
	if len(f.Types) > 0 && !slices.Contains(f.Types, e.Type) {
		return false
	}
	switch f.Direction {
	case store.Out:
		if e.From != f.Node && !e.Type.Symmetric() {
			return false
		}
	case store.In:
		if e.To != f.Node && !e.Type.Symmetric() {
			return false
		}
	}
	if !f.DateFrom.Known() && !f.DateTo.Known() {
		return true
	}
	first, last, ok := e.Date.Range()
	if !ok {
		return false
	}
	if f.DateFrom.Known() {
		if lo, _, ok := f.DateFrom.Range(); !ok || first.Before(lo) {
			return false
		}
	}
	if f.DateTo.Known() {
		if _, hi, ok := f.DateTo.Range(); !ok || last.After(hi) {
			return false
		}
	}
	return true
}
