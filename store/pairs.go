package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"maps"
	"slices"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/geokg/geokg/graph"
)

// The pair index: how strongly two entities are tied, kept on write so that
// the strongest neighbors of a hub are read without reading its edges.
//
// An edge's support is its number of documents (contributions) and the sum of
// their mentions. The hooks in setEdgeContrib and deleteEdgeContrib note the
// change of support of each edge in the write transaction (pairChanges);
// flushPairs applies the changes once per transaction, so a batch of
// documents that all name the same hub rewrites its pair records once:
//
//   - 0x18 pair edge: one key per edge under its unordered pair (a <= b),
//     type, direction and date, whose value is the edge's support;
//   - 0x19 pair record: per unordered pair and type, the documents, mentions
//     and edges summed over the pair's edges and the last date;
//   - 0x1A rank: per entity, per type and for all types (type ""), one key per
//     neighbor ordered by documents (descending), then last date
//     (descending), then neighbor ID. A rank key is deleted and rewritten
//     when its weight changes.
//
// Everything is a sum over edges, so deleting a document or merging entities
// gives exactly the index that loading the same facts would give; only the
// last date of a pair, which a sum cannot give back, is recomputed from the
// pair's edges when the last edge of that date loses its last document.

// pairEdgeDir is the direction byte of a pair edge key: the edge runs from a
// to b (pairAB) or from b to a (pairBA).
const (
	pairAB byte = 0
	pairBA byte = 1
)

// support is what documents say of an edge, or of a pair summed over edges.
type support struct {
	Docs     int `json:"d"`
	Mentions int `json:"m"`
}

// pairChanges collects, in a write transaction, the change of support of
// each edge, and the fixed fields of the edges written (so that the flush
// need not read them back).
type pairChanges struct {
	support map[string]support
	heads   map[string]*graph.Edge
	// fresh holds the edges that had no record before the transaction.
	fresh map[string]bool
}

// noteFresh remembers which of the edges the transaction loaded had no
// record before it: they have no pair edge either (see storedSupport).
func (p *pairChanges) noteFresh(edges map[string]*cached[edgeRec]) {
	for id, c := range edges {
		if c.raw != nil {
			continue
		}
		if p.fresh == nil {
			p.fresh = make(map[string]bool, len(edges))
		}
		p.fresh[id] = true
	}
}

// noteEdgeSupport records a change of the support of edge: docs documents
// and mentions mentions more (or fewer, when negative).
func (w *wtx) noteEdgeSupport(edge string, docs, mentions int) {
	if docs == 0 && mentions == 0 {
		return
	}
	if w.pairs.support == nil {
		w.pairs.support = map[string]support{}
	}
	s := w.pairs.support[edge]
	s.Docs += docs
	s.Mentions += mentions
	w.pairs.support[edge] = s
}

// notePairHead remembers the fixed fields of an edge that w writes.
func (w *wtx) notePairHead(e *graph.Edge) {
	if w.pairs.heads == nil {
		w.pairs.heads = map[string]*graph.Edge{}
	}
	w.pairs.heads[e.ID] = e
}

// pairTypeRec is the weight of a pair for one relation type.
type pairTypeRec struct {
	Docs     int    `json:"d"`
	Mentions int    `json:"m"`
	Edges    int    `json:"e"`
	Last     string `json:"l,omitempty"`
	// LastEdge is the newest edge: the greatest (date, ID), unknown dates
	// before known ones, so that a tie shows an edge without reading its edges.
	LastEdge string `json:"le,omitempty"`
	// Head is the rest of the newest edge's head, so that the rank index
	// draws a tie's newest edge without reading it.
	Head lastHead `json:"h"`
}

// lastHead is the head of a pair's newest edge besides its ID and date.
type lastHead struct {
	Type graph.RelationType `json:"t,omitempty"`
	// Dir is pairAB when the edge runs from the pair's smaller ID.
	Dir          byte           `json:"r,omitempty"`
	Modality     graph.Modality `json:"m,omitempty"`
	AttributedTo string         `json:"a,omitempty"`
	Confidence   float64        `json:"c,omitempty"`
	Event        string         `json:"v,omitempty"`
}

// headOf gives the lastHead of e, an edge between a and another entity (a <= other).
func headOf(e *graph.Edge, a string) lastHead {
	dir := pairAB
	if e.From != a {
		dir = pairBA
	}
	if e.From == e.To {
		dir = pairAB
	}
	return lastHead{Type: e.Type, Dir: dir, Modality: e.Modality, AttributedTo: e.AttributedTo,
		Confidence: e.Confidence, Event: e.EventID}
}

// edge rebuilds the head of the newest edge of pair (a, b), a <= b.
func (h lastHead) edge(a, b, date, id string) *graph.Edge {
	from, to := a, b
	if h.Dir == pairBA {
		from, to = b, a
	}
	return &graph.Edge{ID: id, Type: h.Type, From: from, To: to, Date: withPrecision(graph.Date{Value: date}),
		Modality: h.Modality, AttributedTo: h.AttributedTo, Confidence: h.Confidence, EventID: h.Event}
}

// newer folds the edge (date, id) with head h into r's newest edge.
func (r *pairTypeRec) newer(date, id string, h lastHead) {
	if date > r.Last || (date == r.Last && id > r.LastEdge) {
		r.Last, r.LastEdge, r.Head = date, id, h
	}
}

func (r pairTypeRec) zero() bool { return r.Docs <= 0 && r.Edges <= 0 }

// pairRec is the stored record of an unordered pair: its weight by type.
type pairRec map[graph.RelationType]pairTypeRec

// encode writes r as: the uvarint count of its types, then for each, in
// type order, lp(type), the documents, mentions and edges (varints),
// lp(last date), lp(newest edge) and that edge's head: lp(type), dir,
// lp(modality), lp(attributed to), the confidence, lp(event). Stores of
// rounds 8 to 31 hold JSON, which decodePairRec reads too; a pair's next
// write rewrites it.
func (r pairRec) encode() []byte {
	k := make(key, 0, 1+96*len(r)).b(binaryV1)
	k = binary.AppendUvarint(k, uint64(len(r)))
	for _, t := range slices.Sorted(maps.Keys(r)) {
		v, h := r[t], r[t].Head
		k = binary.AppendVarint(binary.AppendVarint(binary.AppendVarint(k.lp(string(t)), int64(v.Docs)), int64(v.Mentions)), int64(v.Edges))
		k = k.lp(v.Last).lp(v.LastEdge).lp(string(h.Type)).b(h.Dir).lp(string(h.Modality)).lp(h.AttributedTo).float(h.Confidence).lp(h.Event)
	}
	return k
}

// decodePairRec reads what pairRec.encode writes, or JSON, into *r.
func decodePairRec(v []byte, r *pairRec) error {
	return decodeValue(v, "pair record", r, func(rd *reader) {
		n := rd.count()
		*r = make(pairRec, n)
		for range n {
			t := rd.relType()
			var p pairTypeRec
			p.Docs, p.Mentions, p.Edges = int(rd.varint()), int(rd.varint()), int(rd.varint())
			p.Last, p.LastEdge = rd.lp(), rd.lp()
			p.Head = lastHead{Type: rd.relType(), Dir: rd.byte(), Modality: rd.modality(), AttributedTo: rd.lp(), Confidence: rd.float(), Event: rd.lp()}
			(*r)[t] = p
		}
	})
}

// total sums a pair record over types (the "" rank list).
func (r pairRec) total() pairTypeRec {
	var t pairTypeRec
	for _, v := range r {
		t.Docs += v.Docs
		t.Mentions += v.Mentions
		t.Edges += v.Edges
		t.newer(v.Last, v.LastEdge, v.Head)
	}
	return t
}

// Keys of the pair index.

func orderPair(x, y string) (a, b string) {
	if y < x {
		return y, x
	}
	return x, y
}

// pairEdgePrefix is the pair-edge prefix of a and b, with room for more
// bytes after it (a type, a date, an edge ID).
func pairEdgePrefix(a, b string, more int) key {
	return newKey(pPairEdge, len(a)+len(b)+4+more).lp(a).lp(b)
}
func pairEdgeGroup(a, b string, t graph.RelationType, dir byte) key {
	return pairEdgePrefix(a, b, 20).lp(string(t)).b(dir)
}
func pairEdgeKey(e *graph.Edge) key {
	a, b := orderPair(e.From, e.To)
	dir := pairAB
	if e.From != a {
		dir = pairBA
	}
	k := pairEdgePrefix(a, b, len(e.Type)+3+date10Len+len(e.ID))
	return k.lp(string(e.Type)).b(dir).date(e.Date.Value).raw(e.ID)
}
func pairKey(a, b string) key { return newKey(pPair, len(a)+len(b)+2).lp(a).raw(b) }
func rankPrefix(node string, t graph.RelationType) key {
	return newKey(pRank, len(node)+len(t)+4+4+date10Len+40).lp(node).lp(string(t))
}
func rankKey(node string, t graph.RelationType, w pairTypeRec, other string) key {
	k := binary.BigEndian.AppendUint32(rankPrefix(node, t), ^uint32(w.Docs))
	var d [date10Len]byte
	copy(d[:], w.Last)
	for i := range d {
		d[i] = ^d[i]
	}
	return append(append(k, d[:]...), other...)
}

// pairEdgeVal is what the value of a pair edge key holds besides the key's
// ends, date and ID: the edge's support and the rest of its head (h's type
// and direction come from the key), so that a read draws an edge from the
// index without reading its record.
type pairEdgeVal struct {
	sup support
	h   lastHead
}

// headFields writes the fields of h that no key holds: the confidence,
// lp(modality), lp(attributed to) and the event ID (raw, last).
func (k key) headFields(h lastHead) key {
	return append(k.float(h.Confidence).lp(string(h.Modality)).lp(h.AttributedTo), h.Event...)
}

// headFields reads what key.headFields writes.
func (r *reader) headFields(h *lastHead) {
	h.Confidence = r.float()
	h.Modality, h.AttributedTo = r.modality(), r.lp()
	h.Event = r.rest()
}

// encodePairEdge writes u32 docs, u32 mentions and e's head fields.
func encodePairEdge(s support, e *graph.Edge) []byte {
	k := make(key, 0, 24+len(e.Modality)+len(e.AttributedTo)+len(e.EventID)).u32(uint32(s.Docs)).u32(uint32(s.Mentions))
	return k.headFields(lastHead{Modality: e.Modality, AttributedTo: e.AttributedTo, Confidence: e.Confidence, Event: e.EventID})
}

func decodePairEdge(v []byte) (pairEdgeVal, bool) {
	r := reader{b: v}
	var pv pairEdgeVal
	pv.sup.Docs, pv.sup.Mentions = int(r.u32()), int(r.u32())
	r.headFields(&pv.h)
	return pv, !r.bad
}

// encodeRank writes u32 docs, u32 mentions, u32 edges, lp(last edge), then
// its head: lp(type), the direction byte and the head fields.
func encodeRank(w pairTypeRec) []byte {
	h := w.Head
	k := make(key, 0, 32+len(w.LastEdge)+len(h.Type)+len(h.AttributedTo)+len(h.Event))
	k = k.u32(uint32(w.Docs)).u32(uint32(w.Mentions)).u32(uint32(w.Edges)).lp(w.LastEdge).lp(string(h.Type)).b(h.Dir)
	return k.headFields(h)
}

// flushPairs applies the support changes noted in w to the pair index.
// snapshot is the committed state (writers take turns, so it is what w
// started from): it gives the heads of edges that w deleted (fixed by their
// IDs) and the newest edge of a pair that lost its newest.
func flushPairs(w *wtx, snapshot func() *tx) error {
	if len(w.pairs.support) == 0 && len(w.pairs.heads) == 0 {
		return nil
	}
	f := &pairFlush{w: w, snapshot: snapshot, removed: map[string]bool{}, pairs: make(map[[2]string]*pairDelta, w.pairsRoom)}
	if err := f.refreshHeads(); err != nil {
		return err
	}
	for _, id := range sortedKeys(w.pairs.support) {
		if err := f.applySupport(id); err != nil {
			return err
		}
	}
	for _, p := range slices.SortedFunc(maps.Keys(f.pairs), cmpPair) {
		pd := f.pairs[p]
		newest := func(t graph.RelationType) (string, string, lastHead, error) {
			return newestPairEdge(snapshot(), f.removed, p[0], p[1], t)
		}
		if err := applyPair(w, p[0], p[1], pd.types, pd.recalc, newest); err != nil {
			return err
		}
	}
	w.filled.support, w.filled.heads, w.filled.fresh = len(w.pairs.support), len(w.pairs.heads), len(w.pairs.fresh)
	w.filled.pairs = len(f.pairs)
	w.pairs = pairChanges{}
	return nil
}

// pairFlush is one flushPairs: the change of each pair's records by type,
// and the edges whose support went to nothing.
type pairFlush struct {
	w        *wtx
	snapshot func() *tx
	removed  map[string]bool
	pairs    map[[2]string]*pairDelta
}

// pairDelta is the change of one pair: per type, the support, edges and
// newest edge gained, and the types whose newest edge must be looked up
// again (it lost an edge).
type pairDelta struct {
	types  map[graph.RelationType]pairTypeRec
	recalc map[graph.RelationType]bool
}

func (f *pairFlush) delta(a, b string) *pairDelta {
	pd := f.pairs[[2]string{a, b}]
	if pd == nil {
		pd = &pairDelta{types: map[graph.RelationType]pairTypeRec{}, recalc: map[graph.RelationType]bool{}}
		f.pairs[[2]string{a, b}] = pd
	}
	return pd
}

// refreshHeads handles the edges rewritten with the same support: they keep
// their pair edge key but may have a new head (confidence, event), so their
// value is refreshed, and their pair's newest edge if it is that one.
func (f *pairFlush) refreshHeads() error {
	for id, head := range f.w.pairs.heads {
		if d, ok := f.w.pairs.support[id]; ok && d != (support{}) {
			continue
		}
		if err := refreshPairEdge(f.w, head); err != nil {
			return err
		}
		pd := f.delta(orderPair(head.From, head.To))
		if _, ok := pd.types[head.Type]; !ok {
			pd.types[head.Type] = pairTypeRec{} // the pair is looked at, its weight unchanged
		}
	}
	return nil
}

// applySupport writes the pair edge of edge id with its changed support
// (deleting it when no document supports the edge any more) and notes the
// change in its pair's delta.
func (f *pairFlush) applySupport(id string) error {
	d := f.w.pairs.support[id]
	if d == (support{}) {
		return nil
	}
	head := f.w.pairs.heads[id]
	if head == nil {
		var err error
		if head, err = edgeHead(f.w, f.snapshot, id); err != nil {
			return err
		}
	}
	k := pairEdgeKey(head)
	old, err := f.storedSupport(id, k)
	if err != nil {
		return err
	}
	next := support{Docs: old.Docs + d.Docs, Mentions: old.Mentions + d.Mentions}
	a, b := orderPair(head.From, head.To)
	pd := f.delta(a, b)
	td := pd.types[head.Type]
	td.Docs += d.Docs
	td.Mentions += d.Mentions
	switch {
	case next.Docs > 0:
		if old.Docs <= 0 {
			td.Edges++
			td.newer(head.Date.Value, head.ID, headOf(head, a))
		}
		err = f.w.set(k, encodePairEdge(next, head))
	default:
		if old.Docs > 0 {
			td.Edges--
			pd.recalc[head.Type] = true
			f.removed[id] = true
		}
		err = f.w.del(k)
	}
	pd.types[head.Type] = td
	return err
}

// storedSupport returns the support that pair edge key k of edge id holds
// as the transaction sees the store. A pair edge lives exactly as long as
// its edge has documents, so an edge whose record the transaction did not
// find has none, and its key is not read: most edges of a bulk load are
// new, and each such read searched every level of the tree for nothing.
func (f *pairFlush) storedSupport(id string, k []byte) (support, error) {
	if f.w.pairs.fresh[id] {
		return support{}, nil
	}
	return getPairEdge(f.w, k)
}

func cmpPair(x, y [2]string) int {
	if x[0] != y[0] {
		if x[0] < y[0] {
			return -1
		}
		return 1
	}
	switch {
	case x[1] < y[1]:
		return -1
	case x[1] > y[1]:
		return 1
	}
	return 0
}

// applyPair folds the per-type changes of pair (a, b) into its record and
// rewrites the rank keys whose weight changed.
//
// newest gives the newest edge of a type that this transaction left in
// place; the newest of the edges it added is in delta.
func applyPair(w *wtx, a, b string, delta map[graph.RelationType]pairTypeRec, recalc map[graph.RelationType]bool,
	newest func(graph.RelationType) (string, string, lastHead, error)) error {
	old := pairRec{}
	if _, err := w.read(pairKey(a, b), func(v []byte) error { return decodePairRec(v, &old) }); err != nil {
		return err
	}
	next, err := foldPair(w, a, old, delta, recalc, newest)
	if err != nil {
		return err
	}
	changed := changedTypes(old, next)
	if len(changed) == 0 {
		return nil
	}
	switch {
	case a == b:
	case w.ranks != nil:
		// Moved when the window is flushed (ranks.go).
		if w.ranks.note(a, b, old) {
			w.rankNew = append(w.rankNew, notedPair{A: a, B: b, Was: old})
		}
	default:
		if err := rerank(w, a, b, old, next, changed); err != nil {
			return err
		}
	}
	if len(next) == 0 {
		return w.del(pairKey(a, b))
	}
	return w.set(pairKey(a, b), next.encode())
}

// foldPair returns pair record old with the per-type changes delta folded
// in, as applyPair describes; a is the pair's first end.
func foldPair(w *wtx, a string, old pairRec, delta map[graph.RelationType]pairTypeRec, recalc map[graph.RelationType]bool,
	newest func(graph.RelationType) (string, string, lastHead, error)) (pairRec, error) {
	next := maps.Clone(old)
	for t, d := range delta {
		v := next[t]
		v.Docs += d.Docs
		v.Mentions += d.Mentions
		v.Edges += d.Edges
		if recalc[t] {
			var err error
			if v.Last, v.LastEdge, v.Head, err = newest(t); err != nil {
				return nil, err
			}
		}
		v.newer(d.Last, d.LastEdge, d.Head)
		if h := w.pairs.heads[v.LastEdge]; h != nil {
			// The newest edge was rewritten here: its head may be new.
			v.Head = headOf(h, a)
		}
		if v.zero() {
			delete(next, t)
		} else {
			next[t] = v
		}
	}
	return next, nil
}

// rerank moves the rank keys of pair (a, b), at both ends, for each type in
// changed ("" for all types) from its weight in old to its weight in next.
func rerank(w *wtx, a, b string, old, next pairRec, changed []graph.RelationType) error {
	weight := func(r pairRec, t graph.RelationType) pairTypeRec {
		if t == "" {
			return r.total()
		}
		return r[t]
	}
	for _, t := range changed {
		ow, nw := weight(old, t), weight(next, t)
		for _, end := range [][2]string{{a, b}, {b, a}} {
			if !ow.zero() {
				if err := w.del(rankKey(end[0], t, ow, end[1])); err != nil {
					return err
				}
			}
			if !nw.zero() {
				if err := w.set(rankKey(end[0], t, nw, end[1]), encodeRank(nw)); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// newestPairEdge returns the date and ID of the newest edge of type t
// between a and b in the committed state snap, leaving out the edges that the
// transaction being flushed removed. It reads the committed state, not the
// transaction, because an iterator of a read-write transaction sorts all its
// pending writes, which a merge of a hub counts in tens of thousands.
func newestPairEdge(snap *tx, removed map[string]bool, a, b string, t graph.RelationType) (string, string, lastHead, error) {
	var r pairTypeRec
	for _, dir := range []byte{pairAB, pairBA} {
		prefix := pairEdgeGroup(a, b, t, dir)
		it := snap.NewIterator(badger.IteratorOptions{Prefix: prefix, Reverse: true})
		for it.Seek(append(bytes.Clone(prefix), 0xFF)); it.Valid(); it.Next() {
			kr := reader{b: it.Item().Key()[len(prefix):]}
			date := kr.date()
			if id := kr.rest(); !removed[id] {
				v, err := it.Item().ValueCopy(nil)
				pv, ok := decodePairEdge(v)
				if err != nil || !ok {
					it.Close()
					return "", "", lastHead{}, fmt.Errorf("store: corrupt pair edge %x: %v", it.Item().Key(), err)
				}
				h := pv.h
				h.Type, h.Dir = t, dir
				r.newer(date, id, h)
				break
			}
		}
		it.Close()
	}
	return r.Last, r.LastEdge, r.Head, nil
}

// refreshPairEdge rewrites the value of head's pair edge key, if the key
// exists, with head's current fields.
func refreshPairEdge(w *wtx, head *graph.Edge) error {
	k := pairEdgeKey(head)
	s, err := getPairEdge(w, k)
	if err != nil || s.Docs <= 0 {
		return err
	}
	return w.set(k, encodePairEdge(s, head))
}

func getPairEdge(w *wtx, k []byte) (support, error) {
	var s support
	_, err := w.read(k, func(v []byte) error {
		var ok bool
		var pv pairEdgeVal
		if pv, ok = decodePairEdge(v); !ok {
			return fmt.Errorf("store: corrupt pair edge %x", k)
		}
		s = pv.sup
		return nil
	})
	return s, err
}

// edgeHead reads the fixed fields of an edge, from txn or, when txn deleted
// it, from the committed state.
func edgeHead(w *wtx, snapshot func() *tx, id string) (*graph.Edge, error) {
	r, err := loadValueW(w, edgeKey(id), decodeEdgeRec)
	if err != nil {
		return nil, err
	}
	if r == nil {
		if r, err = loadEdge(snapshot(), id); err != nil {
			return nil, err
		}
	}
	if r == nil {
		return nil, fmt.Errorf("store: pair index: edge %s is unknown", id)
	}
	return &r.Edge, nil
}

// decodeRank reads the neighbor of node that a rank key (after its prefix)
// and value name.
// rankEdges reads the edge count of a rank entry's value (encodeRank).
func rankEdges(v []byte) (int, bool) {
	r := reader{b: v}
	r.u32() // documents
	r.u32() // mentions
	n := r.u32()
	return int(n), !r.bad
}

func decodeRank(node string, rest, v []byte) (Neighbor, bool) {
	if len(rest) < 4+date10Len {
		return Neighbor{}, false
	}
	var d [date10Len]byte
	for i := range d {
		d[i] = ^rest[4+i]
	}
	nb := Neighbor{ID: string(rest[4+date10Len:]), Last: string(bytes.TrimRight(d[:], "\x00"))}
	r := reader{b: v}
	nb.Documents, nb.Mentions, nb.Edges = int(r.u32()), int(r.u32()), int(r.u32())
	nb.LastEdge = r.lp()
	var h lastHead
	h.Type = r.relType()
	if h.Dir = r.byte(); !r.bad {
		r.headFields(&h)
	}
	if r.bad {
		return Neighbor{}, false
	}
	if nb.LastEdge != "" {
		a, b := orderPair(node, nb.ID)
		nb.LastHead = h.edge(a, b, nb.Last, nb.LastEdge)
	}
	return nb, true
}

// flushPairs applies the support changes of w, reading deleted edges from a
// read-only transaction made only when needed, and marks the index as kept.
func (db *DB) flushPairs(w *wtx) error {
	if len(w.pairs.support) == 0 && len(w.pairs.heads) == 0 {
		return nil
	}
	w.ranks = db.ranks.Load()
	err := db.withSnap(func(snap func() *tx) error { return flushPairs(w, snap) })
	if err != nil {
		return err
	}
	if err := db.journalRanks(w); err != nil {
		return err
	}
	// Mark the index as kept (see ensurePairIndex): a store written by a
	// version without it has edges but no mark.
	return w.set(pairIndexKey(), []byte{pairIndexVersion})
}

// pairIndexVersion is the layout of the pair index that this code keeps:
// 2 since pair edge values carry the edge's whole head (1 had support and
// modality only). Open rebuilds an index of another version.
const pairIndexVersion byte = 2

// pairIndexKey marks a store whose pair index is complete: every write that
// changes the index sets it, and ensurePairIndex sets it once it has built
// the index of a store written before the index existed.
func pairIndexKey() []byte { return []byte{pMeta, 'i'} }

// rebuildChunk bounds the edges whose support one transaction of
// ensurePairIndex applies.
const rebuildChunk = 2000

// ensurePairIndex builds the pair index of a store written before it
// existed (or restored from such a backup): it sums the contributions of
// every edge and applies them as writes do, some thousands of edges per
// transaction. A store that has the index is left alone. The caller keeps
// other writers out.
func (db *DB) ensurePairIndex(ctx context.Context) error {
	done, err := db.pairIndexDone()
	if err != nil || done {
		return err
	}
	// A build cut short leaves part of an index and no mark: start over.
	err = db.dropPrefixes([]byte{pPairEdge}, []byte{pPair}, []byte{pRank})
	if err != nil {
		return fmt.Errorf("store: pair index: %w", err)
	}
	sup, err := db.edgeSupports(ctx)
	if err != nil {
		return err
	}
	ids := sortedKeys(sup)
	if len(ids) == 0 {
		return nil // nothing to index; the first write marks the index
	}
	db.log.Info("store: building the pair index", "edges", len(ids))
	for start := 0; start < len(ids); start += rebuildChunk {
		chunk := ids[start:min(start+rebuildChunk, len(ids))]
		if err := ctx.Err(); err != nil {
			return err
		}
		// The caller keeps other writers out (Open before returning the
		// store, Restore holding the writer lock).
		err := db.updateTx(func(txn *tx) error {
			w := &wtx{Txn: txn}
			for _, id := range chunk {
				s := sup[id]
				w.noteEdgeSupport(id, s.Docs, s.Mentions)
			}
			return flushPairs(w, func() *tx { return txn })
		})
		if err != nil {
			return err
		}
	}
	return db.updateTx(func(txn *tx) error { return txn.Set(pairIndexKey(), []byte{pairIndexVersion}) })
}

// pairIndexDone reports whether the store holds a complete pair index of
// the current version.
func (db *DB) pairIndexDone() (bool, error) {
	var done bool
	err := db.viewTx(func(txn *tx) error {
		item, err := txn.Get(pairIndexKey())
		if errors.Is(err, badger.ErrKeyNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		v, err := item.ValueCopy(nil)
		done = err == nil && len(v) == 1 && v[0] == pairIndexVersion
		return err
	})
	return done, err
}

// edgeSupports counts, from the edge contributions, each edge's documents
// and mentions.
func (db *DB) edgeSupports(ctx context.Context) (map[string]support, error) {
	sup := map[string]support{}
	err := db.viewTx(func(txn *tx) error {
		return scanKeysCtx(ctx, txn, []byte{pEdgeContrib}, nil, func(k, v []byte) (bool, error) {
			r := reader{b: k[1:]}
			edge := r.lp()
			n, _, err := splitEdgeContrib(v)
			if err != nil || r.bad {
				return false, fmt.Errorf("store: pair index: corrupt edge contribution %x", k)
			}
			s := sup[edge]
			s.Docs++
			s.Mentions += n
			sup[edge] = s
			return true, nil
		})
	})
	return sup, err
}
