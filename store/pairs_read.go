package store

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/geokg/geokg/graph"
)

// Neighbor is an entity adjacent to another and the weight of their tie:
// the documents that state an edge between them (summed over edges), the
// mentions of those edges, how many edges, and the last date among them.
type Neighbor struct {
	ID        string
	Documents int
	Mentions  int
	Edges     int
	Last      string
	// LastEdge is the newest edge between them (greatest date, then ID).
	LastEdge string
	// LastHead is that edge without its mentions, as EdgeHeads gives it.
	LastHead *graph.Edge
}

// rankList reads the first k entries (all for k <= 0) of the rank list of
// rid for type t ("" for all types) in txn, which sees snapshot snap, from
// the snapshot cache when it has them. The list is shared with the cache: callers must not change it.
func (db *DB) rankList(txn *tx, snap snapshotID, sc *scanner, tk *ticker, rid string, t graph.RelationType, k int) ([]Neighbor, error) {
	key := rankCacheKey{id: rid, typ: t}
	if list, ok := db.snap.rank(snap, key, k); ok {
		return slices.Clip(list), nil
	}
	var list []Neighbor
	if k > 0 {
		list = make([]Neighbor, 0, min(k, 256))
	}
	err := sc.scanUntil(rankPrefix(rid, t), func(rest, v []byte) (bool, error) {
		if err := tk.tick(); err != nil {
			return false, err
		}
		nb, ok := decodeRank(rid, rest, v)
		if !ok {
			return false, fmt.Errorf("store: corrupt rank key under %q", rid)
		}
		list = append(list, nb)
		return k <= 0 || len(list) < k, nil
	})
	if err != nil {
		return nil, err
	}
	list = slices.Clip(list)
	db.snap.putRank(snap, key, list, k <= 0 || len(list) < k)
	return list, nil
}

// RelationFilter selects the relation summaries between entities.
type RelationFilter struct {
	// From is required. Without To, the summaries are those of the First
	// strongest neighbors of From (by the rank index).
	From, To         string
	Types            []graph.RelationType
	DateFrom, DateTo graph.Date
	// First bounds the summaries returned (and, without To, the neighbors read).
	First int
	// Sample is how many edge IDs, newest first, each summary keeps.
	Sample int
}

// Relation summarizes the edges of one type from one entity to another.
type Relation struct {
	From, To string
	Type     graph.RelationType
	// Edges counts the edges; Documents the documents stating them, summed
	// over edges (a document stating two of them counts twice); Mentions the
	// sentences.
	Edges, Documents, Mentions int
	// First and Last are the earliest and latest known dates.
	First, Last graph.Date
	Modalities  []graph.Modality
	// Sample holds edge IDs, newest first.
	Sample []string
}

// ctxEvery is how many keys a scan reads between two checks of its context.
const ctxEvery = 256

// ticker checks a context every ctxEvery calls.
type ticker struct {
	ctx context.Context
	n   int
}

func (t *ticker) tick() error {
	t.n++
	if t.n%ctxEvery == 0 {
		return t.ctx.Err()
	}
	return nil
}

// TopNeighbors returns, for each of ids (after redirects), its k strongest
// neighbors (all when k <= 0): most documents first, then the latest last
// date, then neighbor ID. With types, only edges of those types count; with
// several types, each type's k strongest are read and summed, so a neighbor
// outside every type's top k is not seen. It reads at most k rank keys per
// type, whatever the entity's degree. Loops (an entity related to itself)
// are not neighbors.
func (db *DB) TopNeighbors(ctx context.Context, ids []string, types []graph.RelationType, k int) ([][]Neighbor, error) {
	types = slices.Compact(slices.Sorted(slices.Values(types)))
	if len(types) == 0 {
		types = []graph.RelationType{""}
	}
	var snap *snapshotID // of the transaction, taken before its first read
	return perID(ctx, db, "top neighbors", ids, func(txn *tx, sc *scanner, id string) ([]Neighbor, error) {
		if snap == nil {
			s := db.snap.snapshotOf(txn.ReadTs())
			snap = &s
		}
		rid, err := db.resolveTxn(txn, id)
		if err != nil {
			return nil, err
		}
		tk := &ticker{ctx: ctx}
		byID := map[string]*Neighbor{}
		var out []Neighbor
		for _, t := range types {
			list, err := db.rankList(txn, *snap, sc, tk, rid, t, k)
			if err != nil {
				return nil, err
			}
			if len(types) == 1 {
				out = list
				break
			}
			for _, nb := range list {
				if have := byID[nb.ID]; have != nil {
					have.Documents += nb.Documents
					have.Mentions += nb.Mentions
					have.Edges += nb.Edges
					if nb.Last > have.Last || (nb.Last == have.Last && nb.LastEdge > have.LastEdge) {
						have.Last, have.LastEdge, have.LastHead = nb.Last, nb.LastEdge, nb.LastHead
					}
				} else {
					byID[nb.ID] = &nb
				}
			}
		}
		if len(types) > 1 {
			for _, nb := range byID {
				out = append(out, *nb)
			}
			slices.SortFunc(out, func(a, b Neighbor) int { return CompareNeighbors(&a, &b) })
			if k > 0 && len(out) > k {
				out = out[:k]
			}
		}
		if out == nil {
			out = []Neighbor{}
		}
		return out, nil
	})
}

// CompareNeighbors orders neighbors as the rank index does: more documents
// first, then the more recent last date, then by ID. Callers that rank
// neighbors themselves (a neighborhood's candidates and ties) use it, so
// that their order is the index's. It compares the strings only when it
// must: cmp.Or would compare all three on every call, and sorting a
// neighborhood's ties was a tenth of its CPU.
func CompareNeighbors(a, b *Neighbor) int {
	if c := CompareWeights(a, b); c != 0 {
		return c
	}
	return strings.Compare(a.ID, b.ID)
}

// CompareWeights orders neighbors by weight alone, as CompareNeighbors
// does before it compares their IDs: more documents first, then the more
// recent last date.
func CompareWeights(a, b *Neighbor) int {
	if a.Documents != b.Documents {
		return cmp.Compare(b.Documents, a.Documents)
	}
	return strings.Compare(b.Last, a.Last)
}

// scanUntil is scan with a callback that can stop it.
func (s *scanner) scanUntil(prefix []byte, fn func(rest, v []byte) (bool, error)) error {
	return s.scanFrom(prefix, prefix, fn)
}

// scanFrom is scanUntil starting at key from (within prefix) instead of at
// the prefix's first key.
func (s *scanner) scanFrom(prefix, from []byte, fn func(rest, v []byte) (bool, error)) error {
	it := s.iter(prefix[0])
	for it.Seek(from); it.ValidForPrefix(prefix); it.Next() {
		item := it.Item()
		rest := item.Key()[len(prefix):]
		goOn := true
		err := item.Value(func(v []byte) error {
			var err error
			goOn, err = fn(rest, v)
			return err
		})
		if err != nil || !goOn {
			return err
		}
	}
	return nil
}

// pairEdge is one entry of the pair edge index.
type pairEdge struct {
	t        graph.RelationType
	dir      byte
	date, id string
	pairEdgeVal
}

// head returns the edge that e indexes between a and b (a <= b), without mentions.
func (e *pairEdge) head(a, b string) *graph.Edge {
	h := e.h
	h.Type, h.Dir = e.t, e.dir
	return h.edge(a, b, e.date, e.id)
}

// pairIters are the two iterators over the pair edge index that every pair
// of a read shares: making a Badger iterator costs more than reading a
// short group of keys.
type pairIters struct {
	fwd, rev kvIter
	tk       *ticker
}

func newPairIters(ctx context.Context, txn *tx) *pairIters {
	p := []byte{pPairEdge}
	return &pairIters{
		fwd: txn.NewIterator(badger.IteratorOptions{Prefix: p}),
		rev: txn.NewIterator(badger.IteratorOptions{Prefix: p, Reverse: true}),
		tk:  &ticker{ctx: ctx},
	}
}

func (pi *pairIters) close() {
	pi.fwd.Close()
	pi.rev.Close()
}

// groups calls fn with the entries of each (type, direction) group of
// pair (a, b), newest first, one group after the other, restricted to types
// when not empty. fn returns false to leave the group. A pair's groups are
// found by seeking past each, so a hub pair costs what is read of it. fn's
// first is true for the first entry of each group. At most maxGroups groups
// are read (all when maxGroups <= 0), in key order (type, then direction).
func (pi *pairIters) groups(a, b string, types []graph.RelationType, maxGroups int, fn func(e pairEdge, first bool) bool) error {
	prefix := pairEdgePrefix(a, b, 0)
	fwd := pi.fwd
	n := 0
	for fwd.Seek(prefix); fwd.ValidForPrefix(prefix); {
		r := reader{b: fwd.Item().Key()[len(prefix):]}
		t := r.relType()
		if r.bad || len(r.b) < 1 {
			return fmt.Errorf("store: corrupt pair edge key %x", fwd.Item().Key())
		}
		dir := r.b[0]
		group := pairEdgeGroup(a, b, t, dir)
		if len(types) == 0 || slices.Contains(types, t) {
			if err := pi.group(group, t, dir, fn); err != nil {
				return err
			}
			if n++; maxGroups > 0 && n >= maxGroups {
				return nil
			}
		}
		fwd.Seek(append(group, 0xFF))
	}
	return nil
}

// group reads one group newest first.
func (pi *pairIters) group(group []byte, t graph.RelationType, dir byte, fn func(e pairEdge, first bool) bool) error {
	first := true
	for pi.rev.Seek(append(bytes.Clone(group), 0xFF)); pi.rev.ValidForPrefix(group); pi.rev.Next() {
		if err := pi.tk.tick(); err != nil {
			return err
		}
		item := pi.rev.Item()
		gr := reader{b: item.Key()[len(group):]}
		e := pairEdge{t: t, dir: dir, date: gr.date(), id: gr.rest()}
		err := item.Value(func(v []byte) error {
			var ok bool
			if e.pairEdgeVal, ok = decodePairEdge(v); !ok || gr.bad {
				return fmt.Errorf("store: corrupt pair edge %x", item.Key())
			}
			return nil
		})
		if err != nil {
			return err
		}
		goOn := fn(e, first)
		first = false
		if !goOn {
			return nil
		}
	}
	return nil
}

// PairEdges returns, for each pair of entity IDs (after redirects), at most
// perPair of the edges between them (all when perPair <= 0), of types when
// not empty, as heads (without mentions) read from the pair edge index
// alone: the newest of each (type, direction) group first, groups ordered
// by their newest edge, then the next newest of each, and so on, so that
// several kinds of tie show. With perPair 1 that is the pair's newest edge.
// It reads at most perPair entries of each group, so its cost follows
// perPair and the kinds of tie of a pair, not the pair's size.
func (db *DB) PairEdges(ctx context.Context, pairs [][2]string, types []graph.RelationType, perPair int) ([][]*graph.Edge, error) {
	out := make([][]*graph.Edge, len(pairs))
	typeKey := typesKey(types)
	err := db.view(ctx, func(txn *tx) error {
		pi := newPairIters(ctx, txn)
		defer pi.close()
		snap := db.snap.snapshotOf(txn.ReadTs())
		for i, p := range pairs {
			if err := ctx.Err(); err != nil {
				return err
			}
			x, err := db.resolveTxn(txn, p[0])
			if err != nil {
				return err
			}
			y, err := db.resolveTxn(txn, p[1])
			if err != nil {
				return err
			}
			a, b := orderPair(x, y)
			key := pairCacheKey{a: a, b: b, types: typeKey}
			if list, ok := db.snap.pairEdges(snap, key, perPair); ok {
				out[i] = list
				continue
			}
			if out[i], err = pi.pairEdges(a, b, types, perPair); err != nil {
				return err
			}
			db.snap.putPairEdges(snap, key, out[i], perPair <= 0 || len(out[i]) < perPair)
		}
		return nil
	})
	if err != nil {
		return nil, wrap("pair edges", err)
	}
	return out, nil
}

// pairEdges reads at most perPair of the edges between a and b (a <= b),
// of types when not empty, in PairEdges' order.
func (pi *pairIters) pairEdges(a, b string, types []graph.RelationType, perPair int) ([]*graph.Edge, error) {
	var groups [][]*graph.Edge
	err := pi.groups(a, b, types, 0, func(e pairEdge, first bool) bool {
		if first {
			groups = append(groups, nil)
		}
		g := &groups[len(groups)-1]
		*g = append(*g, e.head(a, b))
		return perPair <= 0 || len(*g) < perPair
	})
	if err != nil {
		return nil, err
	}
	slices.SortStableFunc(groups, func(g, h []*graph.Edge) int {
		return cmp.Or(cmp.Compare(h[0].Date.Value, g[0].Date.Value), cmp.Compare(h[0].ID, g[0].ID))
	})
	return roundRobin(groups, perPair), nil
}

// typesKey names a list of relation types in a cache key ("" for none:
// all types).
func typesKey(types []graph.RelationType) string {
	var b strings.Builder
	for i, t := range types {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(string(t))
	}
	return b.String()
}

// roundRobin takes the first of each list, then the second of each, and so
// on, up to n items (all when n <= 0).
func roundRobin[T any](lists [][]T, n int) []T {
	out := []T{}
	for i := 0; ; i++ {
		took := false
		for _, l := range lists {
			if i < len(l) {
				if n > 0 && len(out) >= n {
					return out
				}
				out = append(out, l[i])
				took = true
			}
		}
		if !took {
			return out
		}
	}
}

// Relations summarizes the edges between f.From and f.To (in both
// directions), or, without To, between f.From and its f.First strongest
// neighbors: one Relation per (from, to, type), most documents first, then
// latest, then (from, to, type). Only edges of f.Types count when given, and
// only those dated wholly within [DateFrom, DateTo] when either is set (then
// undated edges do not count). It reads the pair edge index of the pairs it
// summarizes, never an entity's whole adjacency.
func (db *DB) Relations(ctx context.Context, f RelationFilter) ([]Relation, error) {
	b, err := checkBounds(f.DateFrom, f.DateTo)
	if err != nil {
		return nil, err
	}
	if f.First <= 0 {
		return []Relation{}, nil
	}
	from, others, err := db.relationPartners(ctx, f)
	if err != nil {
		return nil, err
	}
	var rows []Relation
	err = db.view(ctx, func(txn *tx) error {
		pi := newPairIters(ctx, txn)
		defer pi.close()
		for _, other := range others {
			got, err := pairRelations(pi, from, other, f.Types, b, f.Sample)
			if err != nil {
				return err
			}
			rows = append(rows, got...)
		}
		return nil
	})
	if err != nil {
		return nil, wrap("relations", err)
	}
	slices.SortFunc(rows, func(x, y Relation) int {
		return cmp.Or(cmp.Compare(y.Documents, x.Documents), cmp.Compare(y.Last.Value, x.Last.Value),
			cmp.Compare(x.From, y.From), cmp.Compare(x.To, y.To), cmp.Compare(x.Type, y.Type))
	})
	if len(rows) > f.First {
		rows = rows[:f.First]
	}
	if rows == nil {
		rows = []Relation{}
	}
	return rows, nil
}

// relationPartners resolves the entity of f (merges followed) and returns
// it with the entities whose relations with it Relations summarizes: f.To,
// or its f.First strongest neighbors by the rank index.
func (db *DB) relationPartners(ctx context.Context, f RelationFilter) (string, []string, error) {
	var others []string
	from := f.From
	err := db.view(ctx, func(txn *tx) error {
		var err error
		if from, err = db.resolveTxn(txn, f.From); err != nil {
			return err
		}
		if f.To != "" {
			to, err := db.resolveTxn(txn, f.To)
			others = []string{to}
			return err
		}
		return nil
	})
	if err != nil {
		return "", nil, wrap("relations", err)
	}
	if f.To == "" {
		lists, err := db.TopNeighbors(ctx, []string{from}, f.Types, f.First)
		if err != nil {
			return "", nil, err
		}
		for _, n := range lists[0] {
			others = append(others, n.ID)
		}
	}
	return from, others, nil
}

// pairRelations summarizes the edges between x and y, one row per type and direction.
func pairRelations(pi *pairIters, x, y string, types []graph.RelationType, b dateBounds, sample int) ([]Relation, error) {
	a, bb := orderPair(x, y)
	var rows []Relation
	err := pi.groups(a, bb, types, 0, func(e pairEdge, first bool) bool {
		if first {
			r := Relation{From: a, To: bb, Type: e.t, Modalities: []graph.Modality{}, Sample: []string{}}
			if e.dir == pairBA {
				r.From, r.To = bb, a
			}
			rows = append(rows, r)
		}
		if !b.match(e.date) {
			return true
		}
		r := &rows[len(rows)-1]
		r.Edges++
		r.Documents += e.sup.Docs
		r.Mentions += e.sup.Mentions
		if e.date != "" {
			if !r.Last.Known() {
				r.Last = withPrecision(graph.Date{Value: e.date})
			}
			r.First = withPrecision(graph.Date{Value: e.date})
		}
		if !slices.Contains(r.Modalities, e.h.Modality) {
			r.Modalities = append(r.Modalities, e.h.Modality)
		}
		if len(r.Sample) < sample {
			r.Sample = append(r.Sample, e.id)
		}
		return true
	})
	if err != nil {
		return nil, err
	}
	out := rows[:0]
	for _, r := range rows {
		if r.Edges > 0 {
			slices.Sort(r.Modalities)
			out = append(out, r)
		}
	}
	return out, nil
}
