package schema

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/graphql-go/graphql"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/store"
)

// The bounds of path and neighborhood arguments.
const (
	maxPathDepth         = 6
	maxNeighborhoodDepth = 3
	maxNeighborhoodLimit = 1000
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
	pv, err := shortestPath(p.Context, s.st, ids[0], ids[1], maxDepth, argTypes(p.Args, "types"), directed)
	if err != nil || pv == nil {
		return nil, err
	}
	return pv, nil
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

// shortestPath finds a shortest path from from to to of at most maxDepth
// edges with a bidirectional breadth-first search: one Neighbors call per
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
		meet, best := "", -1
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
				if _, ok := side.seen[a.Other]; ok {
					continue
				}
				side.seen[a.Other] = hop{prev: n, edge: a.EdgeID, depth: side.depth}
				next = append(next, a.Other)
				if h, ok := other.seen[a.Other]; ok {
					total := side.depth + h.depth
					if best < 0 || total < best || (total == best && a.Other < meet) {
						meet, best = a.Other, total
					}
				}
			}
		}
		if best >= 0 {
			return joinPath(f, b, meet), nil
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
	ids, err := s.existingEntities(p.Context, id)
	if err != nil {
		return nil, err
	}
	return neighborhood(p.Context, s.st, ids[0], depth, limit, argTypes(p.Args, "types"))
}

// neighborhood collects the entities within depth edges of center, at most
// limit of them in breadth-first order, and the edges between them: one
// Neighbors call per level, and one more for the last level's own edges.
func neighborhood(ctx context.Context, st store.Store, center string, depth, limit int, types []graph.RelationType) (*subgraphVal, error) {
	in := map[string]bool{center: true}
	order := []string{center}
	frontier := []string{center}
	adjAll := map[string][]store.Adjacent{}
	truncated := false
	for d := 0; d < depth && len(frontier) > 0; d++ {
		adj, err := st.Neighbors(ctx, frontier, types)
		if err != nil {
			return nil, fmt.Errorf("schema: neighborhood: %w", err)
		}
		var next []string
		for _, n := range frontier {
			list := sortedAdjacent(adj[n])
			adjAll[n] = list
			for _, a := range list {
				if in[a.Other] {
					continue
				}
				if len(order) >= limit {
					truncated = true
					continue
				}
				in[a.Other] = true
				order = append(order, a.Other)
				next = append(next, a.Other)
			}
		}
		frontier = next
	}
	if len(frontier) > 0 && depth > 0 {
		adj, err := st.Neighbors(ctx, frontier, types)
		if err != nil {
			return nil, fmt.Errorf("schema: neighborhood: %w", err)
		}
		for _, n := range frontier {
			adjAll[n] = adj[n]
		}
	}
	seen := map[string]bool{}
	edges := []string{}
	for n, list := range adjAll {
		for _, a := range list {
			if in[n] && in[a.Other] && !seen[a.EdgeID] {
				seen[a.EdgeID] = true
				edges = append(edges, a.EdgeID)
			}
		}
	}
	slices.Sort(edges)
	return &subgraphVal{entities: order, edges: edges, truncated: truncated}, nil
}
