package schema

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/graphql-go/graphql"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/store"
)

// The bounds of path and neighborhood arguments.
const (
	maxPathDepth         = 6
	maxNeighborhoodDepth = 3
	maxNeighborhoodLimit = 1000
	maxNeighborhoodEdges = 4000
)

// existingEntities resolves merged-away IDs and checks that every entity
// exists, with one Resolve per ID and one batched read.
func (s *Server) existingEntities(ctx context.Context, ids ...string) ([]string, error) {
	out := make([]string, len(ids))
	for i, id := range ids {
		r, err := s.st.Resolve(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("schema: resolve %s: %w", id, err)
		}
		out[i] = r
	}
	ents, err := s.st.Entities(ctx, out)
	if err != nil {
		return nil, fmt.Errorf("schema: entities: %w", err)
	}
	for i, e := range ents {
		if e == nil {
			return nil, notFound("entity", ids[i])
		}
	}
	return out, nil
}

// sortedAdjacent returns a copy of list in (other end, edge ID) order, so
// that traversals are deterministic whatever order the store answers in.
func sortedAdjacent(list []store.Adjacent) []store.Adjacent {
	c := slices.Clone(list)
	slices.SortFunc(c, func(a, b store.Adjacent) int {
		return cmp.Or(cmp.Compare(a.Other, b.Other), cmp.Compare(a.EdgeID, b.EdgeID))
	})
	return c
}

func (s *Server) resolvePath(p graphql.ResolveParams) (any, error) {
	from, err := entityIDArg(p.Args, "from")
	if err != nil {
		return nil, err
	}
	to, err := entityIDArg(p.Args, "to")
	if err != nil {
		return nil, err
	}
	maxDepth := argInt(p.Args, "maxDepth", 4)
	if maxDepth < 1 || maxDepth > maxPathDepth {
		return nil, userErr("maxDepth must be between 1 and %d, got %d", maxPathDepth, maxDepth)
	}
	ids, err := s.existingEntities(p.Context, from, to)
	if err != nil {
		return nil, err
	}
	directed, _ := p.Args["directed"].(bool)
	var pv *pathVal
	if directed {
		pv, err = shortestPath(p.Context, s.st, ids[0], ids[1], maxDepth, argTypes(p.Args, "types"), true)
	} else {
		pv, err = tiePath(p.Context, s.st, ids[0], ids[1], maxDepth, argTypes(p.Args, "types"))
	}
	if err != nil || pv == nil {
		return nil, err
	}
	return pv, nil
}

// The bounds of an undirected path search: each node offers its pathFanout
// strongest ties, and the search reads at most pathWork ties in all.
const (
	pathFanout = 64
	pathWork   = 20000
)

// argGiven reports whether the query gave argument name (literally or by variable).
func argGiven(p graphql.ResolveParams, name string) bool {
	for _, f := range p.Info.FieldASTs {
		for _, a := range f.Arguments {
			if a.Name != nil && a.Name.Value == name {
				return true
			}
		}
	}
	return false
}

// tiePath finds a short undirected path from from to to of at most maxDepth
// edges with a bidirectional breadth-first search over the pair index: each
// level expands the smaller frontier, each node by its pathFanout strongest
// ties (one TopNeighbors call per level), and the search stops after reading
// pathWork ties. A hub is therefore never expanded whole: the path found is
// the shortest among strong ties, and a path that runs only through a hub's
// weak ties, beyond both ends' reach, is not found (null). Each hop's edge
// is the newest edge of the pair, which the rank index gives.
func tiePath(ctx context.Context, st store.Store, from, to string, maxDepth int, types []graph.RelationType) (*pathVal, error) {
	if from == to {
		return &pathVal{entities: []string{from}, edges: []string{}}, nil
	}
	f := &bfsSide{seen: map[string]hop{from: {}}, frontier: []string{from}}
	b := &bfsSide{seen: map[string]hop{to: {}}, frontier: []string{to}}
	work := 0
	for f.depth+b.depth < maxDepth && len(f.frontier) > 0 && len(b.frontier) > 0 && work < pathWork {
		side, other := f, b
		if len(b.frontier) < len(f.frontier) {
			side, other = b, f
		}
		frontier := side.frontier
		if room := (pathWork - work) / pathFanout; len(frontier) > max(room, 1) {
			frontier = frontier[:max(room, 1)]
		}
		lists, err := st.TopNeighbors(ctx, frontier, types, pathFanout)
		if err != nil {
			return nil, fmt.Errorf("schema: path: %w", err)
		}
		side.depth++
		var next []string
		m := meeting{best: -1}
		for i, n := range frontier {
			work += len(lists[i])
			for _, nb := range lists[i] {
				side.reach(other, n, nb.ID, nb.LastEdge, &next, &m)
			}
		}
		if m.best >= 0 {
			return joinPath(f, b, m.node), nil
		}
		side.frontier = next
	}
	return nil, nil
}

// hop is how a breadth-first search reached a node.
type hop struct {
	prev, edge string
	depth      int
}

// bfsSide is one side of a bidirectional search.
type bfsSide struct {
	seen     map[string]hop
	frontier []string
	depth    int
}

// meeting is the best node where the two sides of a search met: the one
// with the shortest total depth, ties to the smaller ID; best < 0 before any.
type meeting struct {
	node string
	best int
}

// reach records that side reached id from n by edge, unless it had, adds id
// to next, and notes where it meets other.
func (side *bfsSide) reach(other *bfsSide, n, id, edge string, next *[]string, m *meeting) {
	if _, ok := side.seen[id]; ok {
		return
	}
	side.seen[id] = hop{prev: n, edge: edge, depth: side.depth}
	*next = append(*next, id)
	if h, ok := other.seen[id]; ok {
		total := side.depth + h.depth
		if m.best < 0 || total < m.best || (total == m.best && id < m.node) {
			m.node, m.best = id, total
		}
	}
}

// shortestPath finds a shortest directed path (see tiePath for undirected
// ones) from from to to of at most maxDepth edges with a bidirectional
// breadth-first search over whole adjacency lists: one Neighbors call per
// level per side, always expanding the smaller frontier. Edges are taken in
// either direction unless directed is set; then the path follows edges from
// their From to their To (symmetric types either way), at the price of one
// batched edge read per level to learn which edges are symmetric. It returns
// nil when there is none.
func shortestPath(ctx context.Context, st store.Store, from, to string, maxDepth int, types []graph.RelationType, directed bool) (*pathVal, error) {
	if from == to {
		return &pathVal{entities: []string{from}, edges: []string{}}, nil
	}
	f := &bfsSide{seen: map[string]hop{from: {}}, frontier: []string{from}}
	b := &bfsSide{seen: map[string]hop{to: {}}, frontier: []string{to}}
	for f.depth+b.depth < maxDepth && len(f.frontier) > 0 && len(b.frontier) > 0 {
		side, other := f, b
		if len(b.frontier) < len(f.frontier) {
			side, other = b, f
		}
		adj, err := st.Neighbors(ctx, side.frontier, types)
		if err != nil {
			return nil, fmt.Errorf("schema: path: %w", err)
		}
		var symmetric map[string]bool
		if directed {
			if symmetric, err = symmetricEdges(ctx, st, side.frontier, adj); err != nil {
				return nil, err
			}
		}
		forward := side == f
		side.depth++
		var next []string
		m := meeting{best: -1}
		for _, n := range side.frontier {
			for _, a := range sortedAdjacent(adj[n]) {
				if a.Other == n {
					continue
				}
				// Walking from the start, a directed path leaves by an edge's From;
				// walking back from the end, it arrives by an edge's To.
				if directed && a.Out != forward && !symmetric[a.EdgeID] {
					continue
				}
				side.reach(other, n, a.Other, a.EdgeID, &next, &m)
			}
		}
		if m.best >= 0 {
			return joinPath(f, b, m.node), nil
		}
		slices.Sort(next)
		side.frontier = next
	}
	return nil, nil
}

// symmetricEdges reads the edges adjacent to nodes and reports which are of a symmetric type.
func symmetricEdges(ctx context.Context, st store.Store, nodes []string, adj map[string][]store.Adjacent) (map[string]bool, error) {
	var ids []string
	seen := map[string]bool{}
	for _, n := range nodes {
		for _, a := range adj[n] {
			if !seen[a.EdgeID] {
				seen[a.EdgeID] = true
				ids = append(ids, a.EdgeID)
			}
		}
	}
	out := map[string]bool{}
	if len(ids) == 0 {
		return out, nil
	}
	edges, err := st.Edges(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("schema: path: %w", err)
	}
	for _, e := range edges {
		if e != nil && e.Type.Symmetric() {
			out[e.ID] = true
		}
	}
	return out, nil
}

// joinPath builds the path through meet from the two searches' parent links.
func joinPath(f, b *bfsSide, meet string) *pathVal {
	var ents, edges []string
	for n := meet; ; {
		ents = append(ents, n)
		h := f.seen[n]
		if h.prev == "" {
			break
		}
		edges = append(edges, h.edge)
		n = h.prev
	}
	slices.Reverse(ents)
	slices.Reverse(edges)
	for n := meet; ; {
		h := b.seen[n]
		if h.prev == "" {
			break
		}
		edges = append(edges, h.edge)
		ents = append(ents, h.prev)
		n = h.prev
	}
	return &pathVal{entities: ents, edges: edges}
}

func (s *Server) resolveNeighborhood(p graphql.ResolveParams) (any, error) {
	id, err := entityIDArg(p.Args, "id")
	if err != nil {
		return nil, err
	}
	depth := argInt(p.Args, "depth", 1)
	if depth < 0 || depth > maxNeighborhoodDepth {
		return nil, userErr("depth must be between 0 and %d, got %d", maxNeighborhoodDepth, depth)
	}
	limit := argInt(p.Args, "limit", 200)
	if limit < 1 || limit > maxNeighborhoodLimit {
		return nil, userErr("limit must be between 1 and %d, got %d", maxNeighborhoodLimit, limit)
	}
	edgeLimit := 4 * limit
	if argGiven(p, "edgeLimit") {
		edgeLimit = argInt(p.Args, "edgeLimit", edgeLimit)
	}
	if edgeLimit < 0 || edgeLimit > maxNeighborhoodEdges {
		return nil, userErr("edgeLimit must be between 0 and %d, got %d", maxNeighborhoodEdges, edgeLimit)
	}
	ids, err := s.existingEntities(p.Context, id)
	if err != nil {
		return nil, err
	}
	return neighborhood(p.Context, s.st, ids[0], nbBounds{depth: depth, limit: limit, edgeLimit: edgeLimit}, argTypes(p.Args, "types"))
}

// nbBounds are the bounds of a neighborhood.
type nbBounds struct {
	depth, limit, edgeLimit int
}

// The fan-out of neighborhood: each frontier node offers at least
// minFanout neighbors (when it has them), and the lastNodes strongest nodes
// of the last level read their lastFanout strongest ties to find the edges
// among the entities kept.
const (
	minFanout  = 8
	lastNodes  = 64
	lastFanout = 16
)

// tie is a pair of entities in a neighborhood and the weight of their tie.
type tie struct {
	a, b string
	// w is the weight of the tie, as the rank list of one of its ends
	// gave it (shared with the store's cache: never changed).
	w *store.Neighbor
}

// neighborhood collects the entities within b.depth edges of center, the
// strongest first (documents, then last date), at most b.limit of them, and
// at most b.edgeLimit edges among them, spread over the strongest pairs.
// Each level reads only the top k neighbors of each frontier node (k is the
// room left, shared over the frontier, at least minFanout), so its cost
// follows what it returns, not the degree of the hubs it touches. It reports
// truncated when a bound left out a neighbor or an edge.
func neighborhood(ctx context.Context, st store.Store, center string, b nbBounds, types []graph.RelationType) (*subgraphVal, error) {
	nb := newNBWalk(center, b.limit)
	frontier := []string{center}
	for d := 0; d < b.depth && len(frontier) > 0; d++ {
		room := b.limit - len(nb.order)
		if room <= 0 {
			nb.truncated = true
			break
		}
		var err error
		if frontier, err = nb.expand(ctx, st, frontier, room, types); err != nil {
			return nil, err
		}
	}
	if len(frontier) > 0 && b.depth > 0 && len(nb.order) > 1 {
		// The last level's own ties, among the entities kept: those of its
		// lastNodes strongest entities (the frontier is strongest first).
		last := frontier[:min(len(frontier), lastNodes)]
		lists, err := st.TopNeighbors(ctx, last, types, lastFanout)
		if err != nil {
			return nil, fmt.Errorf("schema: neighborhood: %w", err)
		}
		nb.addTies(last, lists)
	}
	edges, cut, err := tieEdges(ctx, st, nb.ties, types, b.edgeLimit)
	if err != nil {
		return nil, err
	}
	return &subgraphVal{entities: nb.order, heads: edges, truncated: nb.truncated || cut}, nil
}

// nbWalk is a neighborhood being collected: the entities kept, in order,
// the ties found among them, and whether a bound left something out. An
// entity kept is known by its place in order, and a tie by the places of
// its ends: a 2-hop walk notes thousands of ties, and a map keyed by two
// strings hashed both for each of them (about a tenth of the answer's CPU).
type nbWalk struct {
	at    map[string]int32
	order []string
	ties  []tie
	// tieAt holds the ties noted, by pairKey of their ends' places.
	tieAt     map[uint64]struct{}
	truncated bool
}

// newNBWalk starts a walk from center, sized for limit entities and four
// ties each.
func newNBWalk(center string, limit int) *nbWalk {
	nb := &nbWalk{at: make(map[string]int32, limit), order: make([]string, 0, limit),
		tieAt: make(map[uint64]struct{}, 4*limit), ties: make([]tie, 0, 4*limit)}
	nb.keep(center)
	return nb
}

// keep adds id to the entities kept.
func (nb *nbWalk) keep(id string) {
	nb.at[id] = int32(len(nb.order))
	nb.order = append(nb.order, id)
}

// pairKey is the key of the tie between the entities kept at places i and j.
func pairKey(i, j int32) uint64 {
	return uint64(min(i, j))<<32 | uint64(max(i, j))
}

// expand reads the top neighbors of each frontier node (room shared over
// the frontier, at least minFanout each), keeps the strongest new ones
// within room, notes the ties among kept entities and returns the next
// frontier, strongest first.
func (nb *nbWalk) expand(ctx context.Context, st store.Store, frontier []string, room int, types []graph.RelationType) ([]string, error) {
	k := min(room, max(minFanout, (room+len(frontier)-1)/len(frontier)))
	lists, err := st.TopNeighbors(ctx, frontier, types, k+1)
	if err != nil {
		return nil, fmt.Errorf("schema: neighborhood: %w", err)
	}
	best := map[string]*store.Neighbor{}
	for i, list := range lists {
		if len(list) > k {
			nb.truncated, list = true, list[:k]
		}
		from := nb.at[frontier[i]]
		for j := range list {
			n := &list[j]
			if to, ok := nb.at[n.ID]; ok {
				nb.addTie(from, to, n)
				continue
			}
			if have, ok := best[n.ID]; !ok || store.CompareNeighbors(n, have) < 0 {
				best[n.ID] = n
			}
		}
		lists[i] = list
	}
	cands := slices.SortedFunc(maps.Values(best), store.CompareNeighbors)
	if len(cands) > room {
		nb.truncated, cands = true, cands[:room]
	}
	next := make([]string, 0, len(cands))
	for _, n := range cands {
		nb.keep(n.ID)
		next = append(next, n.ID)
	}
	nb.addTies(frontier, lists)
	return next, nil
}

// addTies notes the ties of lists[i], the neighbors of from[i], among the
// entities kept.
func (nb *nbWalk) addTies(from []string, lists [][]store.Neighbor) {
	for i, list := range lists {
		x := nb.at[from[i]]
		for j := range list {
			if y, ok := nb.at[list[j].ID]; ok {
				nb.addTie(x, y, &list[j])
			}
		}
	}
}

// addTie notes the tie of the entities kept at places x and y, with the
// weight n; the first weight seen of a pair stays.
func (nb *nbWalk) addTie(x, y int32, n *store.Neighbor) {
	if x == y {
		return
	}
	k := pairKey(x, y)
	if _, ok := nb.tieAt[k]; ok {
		return
	}
	nb.tieAt[k] = struct{}{}
	a, b := nb.order[x], nb.order[y]
	nb.ties = append(nb.ties, tie{a: min(a, b), b: max(a, b), w: n})
}

// cmpTie orders ties by weight as the rank index orders neighbors, then by
// their ends.
func cmpTie(x, y *tie) int {
	if c := store.CompareWeights(x.w, y.w); c != 0 {
		return c
	}
	if c := strings.Compare(x.a, y.a); c != 0 {
		return c
	}
	return strings.Compare(x.b, y.b)
}

// tieEdges picks at most limit edges over ties, strongest tie first: each
// tie gets an equal share (at least one edge), its newest edges of each type
// first. The edges come as heads from the pair index: with a share of one
// edge, the newest edge of each tie, which the rank index gives; with more,
// one PairEdges call. No edge record is read. It reports whether it left
// edges out.
func tieEdges(ctx context.Context, st store.Store, ties []tie, types []graph.RelationType, limit int) ([]*graph.Edge, bool, error) {
	list := make([]*tie, len(ties))
	for i := range ties {
		list[i] = &ties[i]
	}
	cut := false
	if len(list) > limit {
		// Only a cut needs the order: within limit, every tie gets its
		// share, and the edges are sorted by ID at the end.
		slices.SortFunc(list, cmpTie)
		cut, list = true, list[:limit]
	}
	if len(list) == 0 {
		return []*graph.Edge{}, cut, nil
	}
	share := max(1, limit/len(list))
	for _, t := range list {
		if t.w.Edges > share {
			cut = true
		}
	}
	got, err := tieHeads(ctx, st, list, types, share)
	if err != nil {
		return nil, false, err
	}
	return distinctEdges(got, limit), cut, nil
}

// distinctEdges gives the edges of lists, each once, sorted by ID: the
// first limit distinct ones in the order of lists.
func distinctEdges(lists [][]*graph.Edge, limit int) []*graph.Edge {
	n := 0
	for _, l := range lists {
		n += len(l)
	}
	edges := make([]*graph.Edge, 0, min(n, limit))
	if n <= limit {
		// The lists are disjoint (an edge joins one pair) and fit: sorting
		// puts a repeat, if any, next to its first.
		for _, l := range lists {
			edges = append(edges, l...)
		}
		sortByID(edges)
		return slices.CompactFunc(edges, func(x, y *graph.Edge) bool { return x.ID == y.ID })
	}
	seen := make(map[string]bool, limit)
	for _, l := range lists {
		for _, e := range l {
			if !seen[e.ID] && len(edges) < limit {
				seen[e.ID] = true
				edges = append(edges, e)
			}
		}
	}
	sortByID(edges)
	return edges
}

// tieHeads returns up to share edges of each tie. The newest edge of a tie
// comes with it from the rank index: a tie of one edge, or any tie when
// the share is one, needs nothing more; the others' edges are read from
// the pair index.
func tieHeads(ctx context.Context, st store.Store, list []*tie, types []graph.RelationType, share int) ([][]*graph.Edge, error) {
	got := make([][]*graph.Edge, len(list))
	var more []int
	for i, t := range list {
		switch {
		case t.w.LastHead != nil && (share == 1 || t.w.Edges == 1):
			got[i] = []*graph.Edge{t.w.LastHead}
		case share > 1:
			more = append(more, i)
		}
	}
	if len(more) == 0 {
		return got, nil
	}
	sub := make([][2]string, len(more))
	for j, i := range more {
		sub[j] = [2]string{list[i].a, list[i].b}
	}
	heads, err := st.PairEdges(ctx, sub, types, share)
	if err != nil {
		return nil, fmt.Errorf("schema: neighborhood: %w", err)
	}
	for j, i := range more {
		got[i] = heads[j]
	}
	return got, nil
}

func (s *Server) resolveRelations(p graphql.ResolveParams) (any, error) {
	from, err := entityIDArg(p.Args, "from")
	if err != nil {
		return nil, err
	}
	to, err := optionalEntityID(p.Args, "to")
	if err != nil {
		return nil, err
	}
	first, err := s.first(p.Args, 20)
	if err != nil {
		return nil, err
	}
	f := store.RelationFilter{From: from, To: to, Types: argTypes(p.Args, "types"),
		DateFrom: argDate(p.Args, "dateFrom"), DateTo: argDate(p.Args, "dateTo"), First: first, Sample: maxSample}
	if err := dateRange(f.DateFrom, f.DateTo); err != nil {
		return nil, err
	}
	check := []string{from}
	if to != "" {
		check = append(check, to)
	}
	if _, err := s.existingEntities(p.Context, check...); err != nil {
		return nil, err
	}
	rows, err := s.st.Relations(p.Context, f)
	if err != nil {
		return nil, fmt.Errorf("schema: relations: %w", err)
	}
	out := make([]any, len(rows))
	for i := range rows {
		out[i] = &rows[i]
	}
	return out, nil
}
