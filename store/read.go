package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"slices"
	"sort"
	"strings"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/geokg/geokg/graph"
)

// Entities returns the entities with the given IDs, following merge
// redirects; nil where an ID is unknown. An ID with a record has no
// redirect (a merge deletes the merged entity's record, and ingests write
// under the target's ID), so the redirect is read only for IDs without a
// record; the countries, shared by many entities, are resolved once per call.
func (db *DB) Entities(ctx context.Context, ids []string) ([]*graph.Entity, error) {
	out := make([]*graph.Entity, len(ids))
	err := db.view(ctx, func(txn *tx) error {
		countries := map[string]string{}
		snap := db.snap.snapshotOf(txn.ReadTs())
		for i, id := range ids {
			if e, known, ok := db.snap.entity(snap, id); ok {
				if known {
					out[i] = &e
				}
				continue
			}
			e, err := db.entityTxn(txn, id, countries)
			if err != nil {
				return err
			}
			var kept graph.Entity
			if e != nil {
				kept = *e
			}
			db.snap.putEntity(snap, id, kept)
			out[i] = e
		}
		return nil
	})
	if err != nil {
		return nil, wrap("entities", err)
	}
	return out, nil
}

// entityTxn reads the entity id names (following a merge), with its
// country resolved through countries (a cache of resolutions); nil when
// there is none.
func (db *DB) entityTxn(txn *tx, id string, countries map[string]string) (*graph.Entity, error) {
	r, err := db.loadEntityFollowing(txn, id)
	if err != nil || r == nil {
		return nil, err
	}
	e := r.entity()
	// The country may have been merged away since.
	if c := e.Country; c != "" {
		if e.Country = countries[c]; e.Country == "" {
			if e.Country, err = db.resolveTxn(txn, c); err != nil {
				return nil, err
			}
			countries[c] = e.Country
		}
	}
	return e, nil
}

// loadEntityFollowing loads the record of id, or of the entity id was
// merged into; nil when there is none.
func (db *DB) loadEntityFollowing(txn *tx, id string) (*entityRec, error) {
	r, err := loadEntity(txn, id)
	if err != nil || r != nil {
		return r, err
	}
	rid, err := db.resolveTxn(txn, id)
	if err != nil || rid == id {
		return nil, err
	}
	return loadEntity(txn, rid)
}

// Edges returns the edges with the given IDs, with their mentions in
// (document, sentence) order; nil where an ID is unknown. One read
// transaction and one iterator serve the whole batch.
func (db *DB) Edges(ctx context.Context, ids []string) ([]*graph.Edge, error) {
	return cachedPerID(ctx, db, "edges", ids, db.snap.edge, db.snap.putEdge, edgeTxn)
}

// edgeTxn reads the edge id with its mentions; nil when there is none.
func edgeTxn(txn *tx, sc *scanner, id string) (*graph.Edge, error) {
	r, err := loadEdge(txn, id)
	if err != nil || r == nil {
		return nil, err
	}
	e := r.Edge
	e.Mentions = []graph.Mention{}
	err = sc.scan(edgeContribPrefix(id), func(doc, v []byte) error {
		c, err := decodeEdgeContrib(v)
		if err != nil {
			return err
		}
		if err := fillMentions(txn, string(doc), c.Mentions); err != nil {
			return err
		}
		e.Mentions = append(e.Mentions, c.Mentions...)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return &e, nil
}

// EdgeHeads returns the edges with the given IDs without their mentions
// (Mentions is nil), reading one record per edge; nil where an ID is unknown.
func (db *DB) EdgeHeads(ctx context.Context, ids []string) ([]*graph.Edge, error) {
	return perID(ctx, db, "edge heads", ids, func(txn *tx, _ *scanner, id string) (*graph.Edge, error) {
		r, err := loadEdge(txn, id)
		if err != nil || r == nil {
			return nil, err
		}
		e := r.Edge
		e.Mentions = nil
		return &e, nil
	})
}

// Events returns the events with the given IDs, with their mentions; nil
// where an ID is unknown.
func (db *DB) Events(ctx context.Context, ids []string) ([]*graph.Event, error) {
	return perID(ctx, db, "events", ids, func(txn *tx, sc *scanner, id string) (*graph.Event, error) {
		r, err := loadEvent(txn, id)
		if err != nil || r == nil {
			return nil, err
		}
		ev := r.Event
		// The place may have been merged away since.
		if ev.Place != "" {
			if ev.Place, err = db.resolveTxn(txn, ev.Place); err != nil {
				return nil, err
			}
		}
		ev.Actors = append([]string{}, ev.Actors...)
		ev.Targets = append([]string{}, ev.Targets...)
		ev.Mentions = []graph.Mention{}
		err = sc.scan(eventContribPrefix(id), func(doc, v []byte) error {
			var c graph.Event
			if err := decodeEventContrib(v, &c); err != nil {
				return err
			}
			if err := fillMentions(txn, string(doc), c.Mentions); err != nil {
				return err
			}
			ev.Mentions = append(ev.Mentions, c.Mentions...)
			return nil
		})
		if err != nil {
			return nil, err
		}
		return &ev, nil
	})
}

// Documents returns the documents with the given IDs; nil where an ID is unknown.
func (db *DB) Documents(ctx context.Context, ids []string) ([]*graph.Document, error) {
	out := make([]*graph.Document, len(ids))
	err := db.view(ctx, func(txn *tx) error {
		for i, id := range ids {
			var r docRec
			ok, err := getDoc(txn, id, &r)
			if err != nil {
				return err
			}
			if ok {
				d := r.Doc
				out[i] = &d
			}
		}
		return nil
	})
	if err != nil {
		return nil, wrap("documents", err)
	}
	return out, nil
}

// DocumentHeads returns the documents with the given IDs without their
// text (Text is empty), nil where an ID is unknown: what a list of sources
// shows, for the cost of the record's head. The documents may be shared
// with other calls: callers must not change them.
func (db *DB) DocumentHeads(ctx context.Context, ids []string) ([]*graph.Document, error) {
	return cachedPerID(ctx, db, "document heads", ids, db.snap.docHead, db.snap.putDocHead, docHeadTxn)
}

// docHeadTxn reads the document id without its text; nil when there is none.
func docHeadTxn(txn *tx, _ *scanner, id string) (*graph.Document, error) {
	var r docRec
	ok, err := getValue(txn, docKey(id), func(v []byte) error { return decodeDoc(v, &r, false) })
	if err != nil || !ok {
		return nil, err
	}
	return &r.Doc, nil
}

// Resolve returns the ID that id stands for after merges: id itself when it
// was never merged away (whether or not the store holds it).
func (db *DB) Resolve(ctx context.Context, id string) (string, error) {
	var out string
	err := db.view(ctx, func(txn *tx) error {
		var err error
		out, err = db.resolveTxn(txn, id)
		return err
	})
	if err != nil {
		return "", wrap("resolve", err)
	}
	return out, nil
}

// EntityIDs lists entity IDs in ID order, only those of kind k when k is not empty.
func (db *DB) EntityIDs(ctx context.Context, k graph.Kind) ([]string, error) {
	var prefix []byte
	if k == "" {
		prefix = []byte{pEntity}
	} else {
		if !k.Valid() {
			return nil, invalid("bad kind %q", k)
		}
		prefix = newKey(pEntityKind, len(k)+2).lp(string(k))
	}
	out := []string{}
	err := db.view(ctx, func(txn *tx) error {
		return scanKeysCtx(ctx, txn, prefix, nil, func(k, _ []byte) (bool, error) {
			out = append(out, string(k[len(prefix):]))
			return true, nil
		})
	})
	if err != nil {
		return nil, wrap("entity ids", err)
	}
	return out, nil
}

// scanKeys iterates the keys under prefix from seek (prefix when nil) and
// calls fn with each key and its value (index values are small and kept in the
// LSM tree, so values are not prefetched). fn returns false to stop.
func scanKeys(txn *tx, prefix, seek []byte, fn func(k, v []byte) (bool, error)) error {
	return scanKeysCtx(context.Background(), txn, prefix, seek, fn)
}

// scanKeysCtx is scanKeys that stops with ctx's error when ctx is done
// (checked every ctxEvery keys), so that a deadline or a client that went
// away stops a long scan.
func scanKeysCtx(ctx context.Context, txn *tx, prefix, seek []byte, fn func(k, v []byte) (bool, error)) error {
	it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix, PrefetchValues: false})
	defer it.Close()
	if seek == nil {
		seek = prefix
	}
	tk := &ticker{ctx: ctx}
	for it.Seek(seek); it.Valid(); it.Next() {
		if err := tk.tick(); err != nil {
			return err
		}
		item := it.Item()
		var goOn bool
		err := item.Value(func(v []byte) error {
			var err error
			goOn, err = fn(item.Key(), v)
			return err
		})
		if err != nil {
			return err
		}
		if !goOn {
			return nil
		}
	}
	return nil
}

// Search finds entities whose name or an alias, normalized with
// graph.Normalize, equals the normalized text (exact), starts with it
// (prefix), or has a word from which it starts with it (word prefix). Exact
// matches come first, then prefix, then word-prefix matches; ties in ID order.
// kinds, when not empty, keeps only those kinds. limit <= 0 means no limit.
func (db *DB) Search(ctx context.Context, text string, kinds []graph.Kind, limit int) ([]string, error) {
	q := graph.Normalize(text)
	if q == "" {
		return []string{}, nil
	}
	h := searchHits{q: q, kinds: kinds, seen: map[string]bool{}}
	err := db.view(ctx, func(txn *tx) error {
		if err := scanKeysCtx(ctx, txn, newKey(pName, len(q)).raw(q), nil, h.name); err != nil {
			return err
		}
		return scanKeysCtx(ctx, txn, newKey(pToken, len(q)).raw(q), nil, h.token)
	})
	if err != nil {
		return nil, wrap("search", err)
	}
	out := make([]string, 0, len(h.exact)+len(h.prefix)+len(h.word))
	for _, group := range [][]string{h.exact, h.prefix, h.word} {
		sort.Strings(group)
		out = append(out, slices.Compact(group)...)
	}
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

// searchHits gathers the matches of normalized text q, of the given kinds
// (all when empty), by how they match; each ID once, at its best.
type searchHits struct {
	q                   string
	kinds               []graph.Kind
	exact, prefix, word []string
	seen                map[string]bool
}

// keep reports whether entity id is of a kind searched for.
func (h *searchHits) keep(id string) bool {
	if len(h.kinds) == 0 {
		return true
	}
	k, ok := graph.KindOfID(id)
	return ok && slices.Contains(h.kinds, k)
}

// name takes a name index key (0x04) that starts with q: an exact or a
// prefix match.
func (h *searchHits) name(k, _ []byte) (bool, error) {
	norm, id, ok := bytes.Cut(k[1:], []byte{0})
	if !ok {
		return true, nil
	}
	sid := string(id)
	if !h.keep(sid) {
		return true, nil
	}
	if string(norm) == h.q {
		if h.seen[sid] {
			h.prefix = removeString(h.prefix, sid)
		}
		h.exact = append(h.exact, sid)
		h.seen[sid] = true
	} else if !h.seen[sid] {
		h.prefix = append(h.prefix, sid)
		h.seen[sid] = true
	}
	return true, nil
}

// token takes a token index key (0x05) that starts with q: a word-prefix
// match, unless the ID matched better.
func (h *searchHits) token(k, _ []byte) (bool, error) {
	_, id, ok := bytes.Cut(k[1:], []byte{0})
	if !ok {
		return true, nil
	}
	if sid := string(id); h.keep(sid) && !h.seen[sid] {
		h.word = append(h.word, sid)
		h.seen[sid] = true
	}
	return true, nil
}

// dateBounds are the bounds of a date filter.
type dateBounds struct {
	from, to graph.Date
}

func (b dateBounds) active() bool { return b.from.Known() || b.to.Known() }

// seek gives the date10 value to start a date-ordered scan from: the year of
// from, since no earlier date can lie within the bounds.
func (b dateBounds) seek() string {
	if !b.from.Known() {
		return ""
	}
	return b.from.Value[:4]
}

// past reports whether a date-ordered scan at date v can stop.
func (b dateBounds) past(v string) bool {
	return b.to.Known() && v != "" && v[:4] > b.to.Value[:4]
}

// match reports whether date v lies wholly within the bounds.
func (b dateBounds) match(v string) bool {
	if !b.active() {
		return true
	}
	first, last, ok := graph.Date{Value: v}.Range()
	if !ok {
		return false
	}
	if b.from.Known() {
		f, _, ok := b.from.Range()
		if !ok || first.Before(f) {
			return false
		}
	}
	if b.to.Known() {
		_, l, ok := b.to.Range()
		if !ok || last.After(l) {
			return false
		}
	}
	return true
}

func checkBounds(from, to graph.Date) (dateBounds, error) {
	for _, d := range []graph.Date{from, to} {
		if d.Known() {
			if _, _, ok := d.Range(); !ok {
				return dateBounds{}, invalid("bad date %q", d.Value)
			}
		}
	}
	return dateBounds{from: from, to: to}, nil
}

// collector receives the entries of date-ordered index scans.
type collector interface {
	// add records the entry of date10 d (date10Len bytes) and ID id; both
	// are only valid during the call.
	add(d, id []byte)
	// done reports whether no entry from d, id on can change what the
	// collector holds, so that an ordered run of entries can stop there.
	done(d, id []byte) bool
}

// firstHits keeps the limit smallest entries it is given, in (date, ID)
// order, and, when counting, counts them all. Its entries must be distinct
// (scanEdges gives a node's edges once).
type firstHits struct {
	limit    int
	counting bool
	count    int
	// top holds the kept entries (date10 then ID), ascending.
	top [][]byte
}

// page is the first n of the kept entries (the collector keeps n+1, to
// tell whether more follow), with the count when counting and total
// otherwise.
func (h *firstHits) page(n, total int) EdgePage {
	ids := h.ids()
	if h.counting {
		total = h.count
	}
	return EdgePage{IDs: ids[:min(n, len(ids))], More: len(ids) > n, Total: total}
}

// done: when not counting, an entry past the kept ones (all kept) changes nothing.
func (h *firstHits) done(d, id []byte) bool {
	return !h.counting && len(h.top) == h.limit && (h.limit == 0 || lessEntry(h.top[len(h.top)-1], d, id))
}

func (h *firstHits) add(d, id []byte) {
	h.count++
	if h.limit == 0 {
		return
	}
	if len(h.top) == h.limit && lessEntry(h.top[len(h.top)-1], d, id) {
		return // the common case on a hub: past the kept ones
	}
	e := append(append(make([]byte, 0, len(d)+len(id)), d...), id...)
	i, _ := slices.BinarySearchFunc(h.top, e, bytes.Compare)
	if len(h.top) == h.limit {
		h.top = h.top[:len(h.top)-1]
	}
	h.top = slices.Insert(h.top, i, e)
}

// lessEntry reports whether entry e orders before the entry of d and id.
func lessEntry(e, d, id []byte) bool {
	if c := bytes.Compare(e[:date10Len], d); c != 0 {
		return c < 0
	}
	return bytes.Compare(e[date10Len:], id) < 0
}

// ids returns the IDs of the kept entries, in order.
func (h *firstHits) ids() []string {
	out := make([]string, len(h.top))
	for i, e := range h.top {
		out[i] = string(e[date10Len:])
	}
	return out
}

// hits collects the index entries that date-ordered scans find, each as
// its raw date10 and ID in one buffer, so that scanning a hub's thousands
// of entries allocates nothing per entry.
type hits struct {
	buf []byte
	// ends[i] is where entry i ends in buf; it starts where i-1 ends.
	ends []int
}

// done is never true: hits keeps every entry.
func (h *hits) done(_, _ []byte) bool { return false }

// add records the entry of date10 d (date10Len bytes) and ID id.
func (h *hits) add(d, id []byte) {
	h.buf = append(append(h.buf, d...), id...)
	h.ends = append(h.ends, len(h.buf))
}

func (h *hits) entry(i int) []byte {
	start := 0
	if i > 0 {
		start = h.ends[i-1]
	}
	return h.buf[start:h.ends[i]]
}

// sorted returns the IDs of the entries in (date, ID) order (dates order as
// their date10 bytes do, see keys.go), each ID once. A single date-ordered
// scan is sorted already. The IDs share one string.
func (h *hits) sorted() []string {
	order := make([]int, len(h.ends))
	for i := range order {
		order[i] = i
	}
	cmpEntries := func(a, b int) int { return bytes.Compare(h.entry(a), h.entry(b)) }
	if !slices.IsSortedFunc(order, cmpEntries) {
		slices.SortFunc(order, cmpEntries)
	}
	var all strings.Builder
	all.Grow(len(h.buf) - len(h.ends)*date10Len)
	kept := make([]int, 0, len(order))
	for j, i := range order {
		if j > 0 && bytes.Equal(h.entry(i)[date10Len:], h.entry(order[j-1])[date10Len:]) {
			continue
		}
		all.Write(h.entry(i)[date10Len:])
		kept = append(kept, all.Len())
	}
	joined := all.String()
	out := make([]string, len(kept))
	start := 0
	for i, end := range kept {
		out[i] = joined[start:end]
		start = end
	}
	return out
}

// scanDated scans keys laid out as prefix date10 id (with an edgeIdx or a type
// as value), from the first year the bounds allow, and calls fn with the ID
// and value of each entry within the bounds; the entries it accepts go to out.
func scanDated(ctx context.Context, txn *tx, prefix []byte, b dateBounds, fn func(id, v []byte) bool, out collector) error {
	seek := key(bytes.Clone(prefix)).date(b.seek())
	if b.seek() == "" {
		seek = nil
	}
	active := b.active()
	return scanKeysCtx(ctx, txn, prefix, seek, func(k, v []byte) (bool, error) {
		rest := k[len(prefix):]
		if len(rest) < date10Len {
			return false, fmt.Errorf("store: corrupt index key %x", k)
		}
		d, id := rest[:date10Len], rest[date10Len:]
		if out.done(d, id) {
			return false, nil // the run is in (date, ID) order
		}
		if active {
			date := strings.TrimRight(string(d), "\x00")
			if b.past(date) {
				return false, nil
			}
			if !b.match(date) {
				return true, nil
			}
		}
		if fn(id, v) {
			out.add(d, id)
		}
		return true, nil
	})
}

// scanAdjacency scans the adjacency keys of node (pOut or pIn), by type when
// types is not empty, calling fn for each edge within the bounds; a nil fn
// takes every edge without reading its index value.
func scanAdjacency(ctx context.Context, txn *tx, p byte, node string, types []graph.RelationType, b dateBounds, fn func(id, v []byte) bool, out collector) error {
	if len(types) > 0 {
		if fn == nil {
			fn = func(_, _ []byte) bool { return true }
		}
		// Each type once: a type named twice must not give its edges twice.
		for _, t := range slices.Compact(slices.Sorted(slices.Values(types))) {
			if err := scanDated(ctx, txn, adjPrefix(p, node).lp(string(t)), b, fn, out); err != nil {
				return err
			}
		}
		return nil
	}
	return scanTypeRuns(ctx, txn, adjPrefix(p, node), b, fn, out)
}

// scanTypeRuns scans a node's adjacency keys (prefix), which run type by
// type, each type's in (date, ID) order, with one iterator: when out is done
// with a type's run, the iterator seeks past the rest of it. A nil fn takes
// every edge without reading its index value.
func scanTypeRuns(ctx context.Context, txn *tx, prefix []byte, b dateBounds, fn func(id, v []byte) bool, out collector) error {
	it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix, PrefetchValues: false})
	defer it.Close()
	tk := &ticker{ctx: ctx}
	active := b.active()
	for it.Seek(prefix); it.Valid(); {
		if err := tk.tick(); err != nil {
			return err
		}
		item := it.Item()
		k := item.Key()
		rest := k[len(prefix):]
		if len(rest) < 2 || len(rest) < 2+int(binary.BigEndian.Uint16(rest))+date10Len {
			return fmt.Errorf("store: corrupt adjacency key %x", k)
		}
		run := len(prefix) + 2 + int(binary.BigEndian.Uint16(rest))
		d, id := k[run:run+date10Len], k[run+date10Len:]
		if out.done(d, id) {
			it.Seek(append(bytes.Clone(k[:run]), 0xff)) // dates and IDs are below 0xff
			continue
		}
		switch {
		case active && !b.match(strings.TrimRight(string(d), "\x00")):
		case fn == nil:
			out.add(d, id) // every edge matches: no value to read
		default:
			err := item.Value(func(v []byte) error {
				if fn(id, v) {
					out.add(d, id)
				}
				return nil
			})
			if err != nil {
				return err
			}
		}
		it.Next()
	}
	return nil
}

// EdgeIDs lists the IDs of the edges that match f, in (date, ID) order, unknown
// dates first; dates order as their ISO strings do (see keys.go). With Node it
// scans the node's adjacency (one prefix scan per type and direction); with
// From or To that end's adjacency; with Types the type index; otherwise the
// date index. Unknown nodes give an empty list.
func (db *DB) EdgeIDs(ctx context.Context, f EdgeFilter) ([]string, error) {
	var found hits
	if err := db.scanEdges(ctx, f, &found); err != nil {
		return nil, err
	}
	return found.sorted(), nil
}

// EdgePage is the first page of an edge list: its IDs, whether more follow,
// and the length of the whole list (-1 when not counted).
type EdgePage struct {
	IDs   []string
	More  bool
	Total int
}

// EdgeIDsFirst returns, for each filter, the first n IDs of what EdgeIDs
// lists, whether more follow, and, when count is set, the length of that
// whole list, keeping no more than n+1 entries whatever the number of edges
// scanned. Counting takes one pass over the index keys; without it each
// (direction, type) run of a node's keys is read only as far as the page
// needs. One read transaction serves all the filters.
func (db *DB) EdgeIDsFirst(ctx context.Context, fs []EdgeFilter, n int, count bool) ([]EdgePage, error) {
	n = max(n, 0)
	out := make([]EdgePage, len(fs))
	err := db.view(ctx, func(txn *tx) error {
		for i, f := range fs {
			total := -1
			if count && touchesOnly(f) {
				node, err := db.resolveTxn(txn, f.Node)
				if err != nil {
					return err
				}
				if total, err = degreeTxn(ctx, txn, node); err != nil {
					return err
				}
			}
			found := firstHits{limit: n + 1, counting: count && total < 0}
			if err := db.scanEdgesIn(ctx, txn, f, &found); err != nil {
				return err
			}
			out[i] = found.page(n, total)
		}
		return nil
	})
	if err != nil {
		return nil, wrap("edge ids", err)
	}
	return out, nil
}

// touchesOnly reports whether f keeps every edge that touches its node,
// whatever its type, date, modality or direction.
func touchesOnly(f EdgeFilter) bool {
	return f.Node != "" && (f.Direction == "" || f.Direction == Both) && f.From == "" && f.To == "" &&
		len(f.Types) == 0 && len(f.Modalities) == 0 && f.DateFrom == (graph.Date{}) && f.DateTo == (graph.Date{})
}

// degreeTxn counts the edges that touch node (resolved) from the pair
// index: the edges of each of its ties (its rank list for all types) and
// those from node to itself (its own pair record, which has no rank
// entry). A hub has some thousand ties and ten or twenty times as many
// adjacency keys, which counting them one by one read.
func degreeTxn(ctx context.Context, txn *tx, node string) (int, error) {
	prefix := rankPrefix(node, "")
	it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix})
	defer it.Close()
	tk := &ticker{ctx: ctx}
	n := 0
	for it.Seek(prefix); it.Valid(); it.Next() {
		if err := tk.tick(); err != nil {
			return 0, err
		}
		err := it.Item().Value(func(v []byte) error {
			edges, ok := rankEdges(v)
			if !ok {
				return fmt.Errorf("store: corrupt rank entry %x", it.Item().Key())
			}
			n += edges
			return nil
		})
		if err != nil {
			return 0, err
		}
	}
	var loops pairRec
	if _, err := getValue(txn, pairKey(node, node), func(v []byte) error { return decodePairRec(v, &loops) }); err != nil {
		return 0, err
	}
	return n + loops.total().Edges, nil
}

// scanEdges gives out every index entry of an edge that matches f, each
// edge once but for the date and type index scans (see hits.sorted).
func (db *DB) scanEdges(ctx context.Context, f EdgeFilter, out collector) error {
	err := db.view(ctx, func(txn *tx) error { return db.scanEdgesIn(ctx, txn, f, out) })
	if err != nil {
		return wrap("edge ids", err)
	}
	return nil
}

// scanEdgesIn is scanEdges within txn.
func (db *DB) scanEdgesIn(ctx context.Context, txn *tx, f EdgeFilter, out collector) error {
	b, err := checkBounds(f.DateFrom, f.DateTo)
	if err != nil {
		return err
	}
	switch f.Direction {
	case "", Out, In, Both:
	default:
		return invalid("bad direction %q", f.Direction)
	}
	var ends [3]string
	for i, id := range []string{f.Node, f.From, f.To} {
		if id == "" {
			continue
		}
		if ends[i], err = db.resolveTxn(txn, id); err != nil {
			return err
		}
	}
	return scanEdgesTxn(ctx, txn, f, ends[0], ends[1], ends[2], b, out)
}

// scanEdgesTxn is scanEdges with the node and ends resolved.
func scanEdgesTxn(ctx context.Context, txn *tx, f EdgeFilter, node, from, to string, b dateBounds, out collector) error {
	// Every scan below is by type when types are given, so only the
	// modality and the ends need the index value.
	needValue := len(f.Modalities) > 0 || from != "" || to != ""
	match := func(_, v []byte) bool {
		if !needValue {
			return true
		}
		x, ok := decodeEdgeIdx(v)
		if !ok {
			return false
		}
		if len(f.Modalities) > 0 && !slices.Contains(f.Modalities, x.Modality) {
			return false
		}
		return endsMatch(x, from, to)
	}
	switch {
	case node != "":
		if f.Direction != In {
			outMatch := match
			if !needValue {
				outMatch = nil // every edge out matches: no value to read
			}
			if err := scanAdjacency(ctx, txn, pOut, node, f.Types, b, outMatch, out); err != nil {
				return err
			}
		}
		if f.Direction == Out {
			return nil
		}
		inMatch := match
		if f.Direction != In {
			// Both ways: an edge the outgoing scan gave already is not given again.
			inMatch = func(id, v []byte) bool { return !outgoingToo(v, node) && match(id, v) }
		}
		return scanAdjacency(ctx, txn, pIn, node, f.Types, b, inMatch, out)
	case from != "":
		return scanAdjacency(ctx, txn, pOut, from, f.Types, b, match, out)
	case to != "":
		return scanAdjacency(ctx, txn, pIn, to, f.Types, b, match, out)
	default:
		types, err := typesOrIndexed(ctx, txn, pEdgeType, f.Types)
		if err != nil {
			return err
		}
		for _, t := range types {
			prefix := newKey(pEdgeType, len(t)+2).lp(string(t))
			if err := scanDated(ctx, txn, prefix, b, match, out); err != nil {
				return err
			}
		}
		return nil
	}
}

// typesOrIndexed returns types, sorted and each once, or, when it is empty,
// every type that the index under prefix p (lp(type) date10 ID) holds.
// Lists by date alone run over every type's list: the collectors gather
// runs in any order, and a date index of its own cost every edge and event
// a key more (docs/ARCHITECTURE.md, "What bounds a bulk load").
func typesOrIndexed(ctx context.Context, txn *tx, p byte, types []graph.RelationType) ([]graph.RelationType, error) {
	if len(types) > 0 {
		return slices.Compact(slices.Sorted(slices.Values(types))), nil
	}
	it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte{p}})
	defer it.Close()
	for it.Seek([]byte{p}); it.Valid(); {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		r := reader{b: it.Item().Key()[1:]}
		t := r.lp()
		if r.bad {
			return nil, fmt.Errorf("store: corrupt index key %x", it.Item().Key())
		}
		types = append(types, graph.RelationType(t))
		it.Seek(prefixEnd(newKey(p, len(t)+2).lp(t)))
	}
	return types, nil
}

// prefixEnd returns the smallest key after every key that starts with
// prefix (nil when there is none: prefix is all 0xFF).
func prefixEnd(prefix []byte) []byte {
	end := bytes.Clone(prefix)
	for i := len(end) - 1; i >= 0; i-- {
		if end[i] < 0xFF {
			end[i]++
			return end[:i+1]
		}
	}
	return nil
}

// outgoingToo reports whether the edge of an incoming adjacency entry of
// node (index value v) has an outgoing entry of node too: a symmetric edge
// (indexed both ways at both ends) or one from node to itself.
func outgoingToo(v []byte, node string) bool {
	r := reader{b: v}
	t := r.lpBytes()
	from := r.lpBytes()
	return !r.bad && (graph.RelationType(t).Symmetric() || string(from) == node)
}

// endsMatch reports whether an edge runs from from to to (either when empty);
// for a symmetric type either end matches either.
func endsMatch(x edgeIdx, from, to string) bool {
	if !x.Type.Symmetric() {
		return (from == "" || x.From == from) && (to == "" || x.To == to)
	}
	switch {
	case from != "" && to != "":
		return x.From == from && x.To == to || x.From == to && x.To == from
	case from != "":
		return x.From == from || x.To == from
	case to != "":
		return x.From == to || x.To == to
	}
	return true
}

// EventIDs lists the IDs of the events that match f, in (date, ID) order,
// unknown dates first.
func (db *DB) EventIDs(ctx context.Context, f EventFilter) ([]string, error) {
	b, err := checkBounds(f.DateFrom, f.DateTo)
	if err != nil {
		return nil, err
	}
	var found hits
	if err := db.view(ctx, func(txn *tx) error { return db.scanEvents(ctx, txn, f, b, &found) }); err != nil {
		return nil, wrap("event ids", err)
	}
	return found.sorted(), nil
}

// EventPage is the first page of a list of event IDs, as EdgePage is of edges.
type EventPage = EdgePage

// EventIDsFirst returns the first n IDs of what EventIDs lists for f,
// whether more follow and, when count is set, the length of that whole list
// (-1 otherwise), keeping no more than n+1 entries.
func (db *DB) EventIDsFirst(ctx context.Context, f EventFilter, n int, count bool) (EventPage, error) {
	b, err := checkBounds(f.DateFrom, f.DateTo)
	if err != nil {
		return EventPage{}, err
	}
	n = max(n, 0)
	found := firstHits{limit: n + 1, counting: count}
	if err := db.view(ctx, func(txn *tx) error { return db.scanEvents(ctx, txn, f, b, &found) }); err != nil {
		return EventPage{}, wrap("event ids", err)
	}
	return found.page(n, -1), nil
}

// scanEvents gives out the events that match f within bounds b: a
// participant's, or those of f's types (every type when none).
func (db *DB) scanEvents(ctx context.Context, txn *tx, f EventFilter, b dateBounds, out collector) error {
	if f.Participant != "" {
		p, err := db.resolveTxn(txn, f.Participant)
		if err != nil {
			return err
		}
		match := func(_, v []byte) bool {
			if len(f.Types) == 0 || v == nil {
				return true
			}
			r := reader{b: v}
			return slices.Contains(f.Types, r.relType())
		}
		return scanDated(ctx, txn, newKey(pEventPart, len(p)+2).lp(p), b, match, out)
	}
	types, err := typesOrIndexed(ctx, txn, pEventType, f.Types)
	if err != nil {
		return err
	}
	all := func(_, _ []byte) bool { return true }
	for _, t := range types {
		if err := scanDated(ctx, txn, newKey(pEventType, len(t)+2).lp(string(t)), b, all, out); err != nil {
			return err
		}
	}
	return nil
}

// DocumentIDs lists document IDs in the order they were loaded.
func (db *DB) DocumentIDs(ctx context.Context) ([]string, error) {
	out := []string{}
	err := db.view(ctx, func(txn *tx) error {
		return scanKeysCtx(ctx, txn, []byte{pDocOrder}, nil, func(k, _ []byte) (bool, error) {
			r := reader{b: k[1:]}
			r.u64()
			out = append(out, r.rest())
			return !r.bad, nil
		})
	})
	if err != nil {
		return nil, wrap("document ids", err)
	}
	return out, nil
}

// DocumentPage is a page of document IDs in load order, and whether more follow.
type DocumentPage struct {
	IDs  []string
	More bool
}

// DocumentIDsPage returns the n document IDs that DocumentIDs lists after
// document after ("" for the start), and whether more follow. It seeks to
// after's place in the load order and reads the page only. A document no
// longer stored is resumed after by position, as a cursor's offset is:
// afterPos is the index it had in the list, where its successor now is (the
// only case that reads the list up to there).
func (db *DB) DocumentIDsPage(ctx context.Context, after string, afterPos, n int) (DocumentPage, error) {
	n = max(n, 0)
	pg := DocumentPage{IDs: []string{}}
	err := db.view(ctx, func(txn *tx) error {
		from, skip, err := docPageStart(txn, after, afterPos)
		if err != nil {
			return err
		}
		return scanKeysCtx(ctx, txn, []byte{pDocOrder}, from, func(k, _ []byte) (bool, error) {
			if skip > 0 {
				skip--
				return true, nil
			}
			r := reader{b: k[1:]}
			r.u64()
			id := r.rest()
			if r.bad {
				return false, fmt.Errorf("store: corrupt load order key %x", k)
			}
			if len(pg.IDs) == n {
				pg.More = true
				return false, nil
			}
			pg.IDs = append(pg.IDs, id)
			return true, nil
		})
	})
	if err != nil {
		return DocumentPage{}, wrap("document ids", err)
	}
	return pg, nil
}

// docPageStart returns where a page of documents after document after
// starts: the key to seek to and how many keys to skip from there.
func docPageStart(txn *tx, after string, afterPos int) ([]byte, int, error) {
	if after == "" {
		return nil, 0, nil
	}
	var r docRec
	found, err := getDoc(txn, after, &r)
	if err != nil {
		return nil, 0, err
	}
	if !found {
		// Its successors moved up one place: the next is at its index.
		return nil, max(afterPos, 0), nil
	}
	return docOrderKey(r.Seq, after), 1, nil
}

// scanner reads the keys of a batch: one iterator per record kind, made on
// first use, serves every ID. Making a Badger iterator costs more than
// scanning a short list, and txn.Get copies the whole record where a batch
// list only needs to know that it exists.
type scanner struct {
	txn *tx
	its map[byte]kvIter
}

func newScanner(txn *tx) *scanner {
	return &scanner{txn: txn, its: map[byte]kvIter{}}
}

// iter returns the iterator over the keys of kind.
func (s *scanner) iter(kind byte) kvIter {
	it, ok := s.its[kind]
	if !ok {
		it = s.txn.NewIterator(badger.IteratorOptions{Prefix: []byte{kind}})
		s.its[kind] = it
	}
	return it
}

func (s *scanner) close() {
	for _, it := range s.its {
		it.Close()
	}
}

// has reports whether key k exists, without reading its value.
func (s *scanner) has(k []byte) bool {
	it := s.iter(k[0])
	it.Seek(k)
	return it.Valid() && bytes.Equal(it.Item().Key(), k)
}

// scan calls fn, in key order, with the rest of each key under prefix (valid
// only during the call) and its value.
func (s *scanner) scan(prefix []byte, fn func(rest, v []byte) error) error {
	it := s.iter(prefix[0])
	for it.Seek(prefix); it.ValidForPrefix(prefix); it.Next() {
		item := it.Item()
		rest := item.Key()[len(prefix):]
		if err := item.Value(func(v []byte) error { return fn(rest, v) }); err != nil {
			return err
		}
	}
	return nil
}

// suffixes lists, in key order, the rest of every key under prefix.
func (s *scanner) suffixes(prefix []byte) ([]string, error) {
	out := []string{}
	err := s.scan(prefix, func(rest, _ []byte) error {
		out = append(out, string(rest))
		return nil
	})
	return out, err
}

// perID runs fn for each of ids (IDs, or any comparable request) in one read
// transaction, with one scanner, and returns its results, one per ID, in
// order. Repeated IDs are read once (their results are the same value).
func perID[K comparable, T any](ctx context.Context, db *DB, op string, ids []K, fn func(txn *tx, sc *scanner, id K) (T, error)) ([]T, error) {
	out := make([]T, len(ids))
	err := db.view(ctx, func(txn *tx) error {
		sc := newScanner(txn)
		defer sc.close()
		seen := make(map[K]int, len(ids))
		for i, id := range ids {
			if j, ok := seen[id]; ok {
				out[i] = out[j]
				continue
			}
			if err := ctx.Err(); err != nil {
				return err
			}
			v, err := fn(txn, sc, id)
			if err != nil {
				return err
			}
			out[i] = v
			seen[id] = i
		}
		return nil
	})
	if err != nil {
		return nil, wrap(op, err)
	}
	return out, nil
}

// cachedPerID is perID for records the snapshot cache keeps: each ID is
// looked up in it (lookup, at the snapshot of the call's one transaction)
// before read reads it, and what read gives is kept (keep).
func cachedPerID[T any](ctx context.Context, db *DB, op string, ids []string,
	lookup func(snapshotID, string) (T, bool), keep func(snapshotID, string, T),
	read func(txn *tx, sc *scanner, id string) (T, error)) ([]T, error) {
	var snap *snapshotID // of the transaction, taken before its first read
	return perID(ctx, db, op, ids, func(txn *tx, sc *scanner, id string) (T, error) {
		if snap == nil {
			s := db.snap.snapshotOf(txn.ReadTs())
			snap = &s
		}
		if v, ok := lookup(*snap, id); ok {
			return v, nil
		}
		v, err := read(txn, sc, id)
		if err != nil {
			return v, err
		}
		keep(*snap, id, v)
		return v, nil
	})
}

// docFactsTxn lists the facts of kind of a document in ID order; nil when
// the document is unknown.
func docFactsTxn(sc *scanner, doc string, kind byte) ([]string, error) {
	if !sc.has(docKey(doc)) {
		return nil, nil
	}
	ids, err := factIDs(sc.txn, doc, kind)
	if ids == nil && err == nil {
		ids = []string{}
	}
	return ids, err
}

// DocumentsEdgeIDs lists, for each of docIDs, the edges the document states,
// in ID order: one list per requested ID, in order, nil for an unknown
// document, empty for a document without edges. One read transaction.
func (db *DB) DocumentsEdgeIDs(ctx context.Context, docIDs []string) ([][]string, error) {
	return perID(ctx, db, "documents' edges", docIDs, func(txn *tx, sc *scanner, id string) ([]string, error) {
		return docFactsTxn(sc, id, factEdge)
	})
}

// DocumentsEntityIDs lists, for each of docIDs, the entities the document
// names (as they are now called, after merges), in ID order: one list per
// requested ID, in order, nil for an unknown document. One read transaction.
func (db *DB) DocumentsEntityIDs(ctx context.Context, docIDs []string) ([][]string, error) {
	return perID(ctx, db, "documents' entities", docIDs, func(txn *tx, sc *scanner, id string) ([]string, error) {
		return docFactsTxn(sc, id, factEntity)
	})
}

// DocumentEventIDs lists the events a document mentions, in ID order. It
// returns ErrNotFound for an unknown document.
func (db *DB) DocumentEventIDs(ctx context.Context, docID string) ([]string, error) {
	lists, err := perID(ctx, db, "document events", []string{docID}, func(txn *tx, sc *scanner, id string) ([]string, error) {
		return docFactsTxn(sc, id, factEvent)
	})
	if err != nil {
		return nil, err
	}
	if lists[0] == nil {
		return nil, fmt.Errorf("%w: document %q", ErrNotFound, docID)
	}
	return lists[0], nil
}

// EventsEdgeIDs lists, for each of eventIDs, the edges that any document
// ties to the event, in ID order: one list per requested ID, in order, nil
// for an unknown event. An edge that documents tie to several events is
// listed under each, though its EventID names only one. One read transaction.
func (db *DB) EventsEdgeIDs(ctx context.Context, eventIDs []string) ([][]string, error) {
	return perID(ctx, db, "events' edges", eventIDs, func(txn *tx, sc *scanner, id string) ([]string, error) {
		if !sc.has(eventKey(id)) {
			return nil, nil
		}
		return sc.suffixes(newKey(pEventEdge, len(id)+2).lp(id))
	})
}

// resolveEntity follows redirects from id and reports whether the store
// holds the entity it leads to.
func (db *DB) resolveEntity(txn *tx, sc *scanner, id string) (string, bool, error) {
	rid, err := db.resolveTxn(txn, id)
	if err != nil {
		return "", false, err
	}
	return rid, sc.has(entityKey(rid)), nil
}

// EntitiesEventIDs lists, for each of entityIDs (after redirects), the
// events it takes part in as actor or target, in (date, ID) order, unknown
// dates first, as EventIDs with a Participant filter orders them: one list
// per requested ID, in order, nil for an unknown entity. One read transaction.
func (db *DB) EntitiesEventIDs(ctx context.Context, entityIDs []string) ([][]string, error) {
	return perID(ctx, db, "entities' events", entityIDs, func(txn *tx, sc *scanner, id string) ([]string, error) {
		rid, ok, err := db.resolveEntity(txn, sc, id)
		if err != nil || !ok {
			return nil, err
		}
		// Keys run date10 then event ID, so key order is (date, ID) order.
		out := []string{}
		err = sc.scan(newKey(pEventPart, len(rid)+2).lp(rid), func(rest, _ []byte) error {
			r := reader{b: rest}
			r.date()
			ev := r.rest()
			if r.bad {
				return fmt.Errorf("store: corrupt participant index key under %q", rid)
			}
			if len(out) == 0 || out[len(out)-1] != ev {
				out = append(out, ev)
			}
			return nil
		})
		return out, err
	})
}

// EntitiesMentions lists, for each of entityIDs (after redirects), the
// sentences that name it, in (block, document ID, sentence, start, end)
// order, the block being that of the document's load order (contribs.go):
// one list per requested ID, in order, nil for an unknown entity. One read
// transaction.
func (db *DB) EntitiesMentions(ctx context.Context, entityIDs []string) ([][]graph.Mention, error) {
	return perID(ctx, db, "entities' mentions", entityIDs, func(txn *tx, sc *scanner, id string) ([]graph.Mention, error) {
		rid, ok, err := db.resolveEntity(txn, sc, id)
		if err != nil || !ok {
			return nil, err
		}
		out := []graph.Mention{}
		err = sc.scan(contribsPrefix(rid), func(_, v []byte) error {
			return eachEntityContrib(v, func(doc string, c *entityContrib) (bool, error) {
				if err := fillMentions(txn, doc, c.Mentions); err != nil {
					return false, err
				}
				out = append(out, c.Mentions...)
				return true, nil
			})
		})
		return out, err
	})
}

// MentionPage is a page of an entity's mentions: the mentions, whether more
// follow, and the length of the whole list (-1 when not counted).
type MentionPage struct {
	Mentions []graph.Mention
	More     bool
	Total    int
}

// MentionsFrom names an entity's list of mentions (as EntitiesMentions
// orders it: by block, document, sentence and offset) and where a page of
// it starts: after the mention at (AfterDoc, AfterSentence, AfterStart), or
// at the start when AfterDoc is empty. A position whose mention is gone
// still tells where to resume while its document is stored (its record
// gives the block); after the document is deleted, the position is
// ErrNotFound.
type MentionsFrom struct {
	Entity                    string
	AfterDoc                  string
	AfterSentence, AfterStart int
}

// after reports whether mention m of document doc, of the position's
// block, comes after f's position.
func (f MentionsFrom) after(doc string, m graph.Mention) bool {
	switch {
	case f.AfterDoc == "" || doc > f.AfterDoc:
		return true
	case doc < f.AfterDoc:
		return false
	case m.Sentence != f.AfterSentence:
		return m.Sentence > f.AfterSentence
	}
	return m.Start > f.AfterStart
}

// EntitiesMentionPages returns, for each list (entities after redirects),
// the n mentions that follow its position, whether more follow and, when
// count is set, the length of the whole list. It reads the contributions of
// the entity's documents in order from the position only as far as the page,
// and the sentences of the page alone: a hub named in thousands of documents
// costs what its page does, and what decoding its contributions does when
// counted. An unknown entity has an empty page.
func (db *DB) EntitiesMentionPages(ctx context.Context, lists []MentionsFrom, n int, count bool) ([]MentionPage, error) {
	n = max(n, 0)
	return perID(ctx, db, "entities' mentions", lists, func(txn *tx, sc *scanner, f MentionsFrom) (MentionPage, error) {
		return db.mentionPage(txn, sc, f, n, count)
	})
}

// mentionPage is one page of EntitiesMentionPages.
func (db *DB) mentionPage(txn *tx, sc *scanner, f MentionsFrom, n int, count bool) (MentionPage, error) {
	pg := MentionPage{Mentions: []graph.Mention{}, Total: -1}
	if count {
		pg.Total = 0
	}
	rid, ok, err := db.resolveEntity(txn, sc, f.Entity)
	if err != nil || !ok {
		return pg, err
	}
	prefix := contribsPrefix(rid)
	from, start := []byte(prefix), uint64(0)
	if f.AfterDoc != "" {
		b, stored, err := docBlock(txn, f.AfterDoc)
		if err != nil {
			return pg, err
		}
		if !stored {
			return pg, fmt.Errorf("%w: document %s of the position in %s's mentions", ErrNotFound, f.AfterDoc, f.Entity)
		}
		if start = b; !count {
			from = contribsKey(rid, b)
		}
	}
	total := 0
	err = sc.scanFrom(prefix, from, func(rest, v []byte) (bool, error) {
		if len(pg.Mentions) > n && !count {
			return false, nil
		}
		if len(rest) != 8 {
			return false, fmt.Errorf("store: corrupt entity contribution block key under %q", rid)
		}
		block := binary.BigEndian.Uint64(rest)
		err := eachEntityContrib(v, func(doc string, c *entityContrib) (bool, error) {
			total += len(c.Mentions)
			room := n + 1 - len(pg.Mentions)
			if room <= 0 || block < start {
				return count, nil // counting past the page, or before it
			}
			j := 0
			if block == start {
				j = slices.IndexFunc(c.Mentions, func(m graph.Mention) bool { return f.after(doc, m) })
			}
			if j < 0 {
				return true, nil
			}
			take := c.Mentions[j:min(j+room, len(c.Mentions))]
			if err := fillMentions(txn, doc, take); err != nil {
				return false, err
			}
			pg.Mentions = append(pg.Mentions, take...)
			return true, nil
		})
		return err == nil, err
	})
	if err != nil {
		return pg, err
	}
	pg.More = len(pg.Mentions) > n
	pg.Mentions = pg.Mentions[:min(n, len(pg.Mentions))]
	if count {
		pg.Total = total
	}
	return pg, nil
}

// DocumentEntityMentions lists, for each of entityIDs (after redirects),
// the sentences of doc that name it: one contribution read per entity, not
// all of the entity's mentions (an export of a hub's documents read the
// hub's tens of thousands of mentions for each page of them). Empty for an
// entity doc does not name, nil for an unknown one. One read transaction.
func (db *DB) DocumentEntityMentions(ctx context.Context, doc string, entityIDs []string) ([][]graph.Mention, error) {
	var block uint64
	var stored, looked bool
	return perID(ctx, db, "document's entity mentions", entityIDs, func(txn *tx, sc *scanner, id string) ([]graph.Mention, error) {
		rid, ok, err := db.resolveEntity(txn, sc, id)
		if err != nil || !ok {
			return nil, err
		}
		if !looked {
			if block, stored, err = docBlock(txn, doc); err != nil {
				return nil, err
			}
			looked = true
		}
		var c entityContrib
		if !stored {
			return []graph.Mention{}, nil
		}
		found, err := getContrib(txn, rid, block, doc, &c)
		if err != nil || !found {
			return []graph.Mention{}, err
		}
		if err := fillMentions(txn, doc, c.Mentions); err != nil {
			return nil, err
		}
		return c.Mentions, nil
	})
}

// Neighbors returns, for each of ids (after redirects, keyed by the ID as
// asked), the edges that touch it in both directions and the entity at their
// other end, restricted to types when not empty, in (date, edge ID) order.
// Every asked ID has an entry, empty when it has no edges.
func (db *DB) Neighbors(ctx context.Context, ids []string, types []graph.RelationType) (map[string][]Adjacent, error) {
	out := make(map[string][]Adjacent, len(ids))
	err := db.view(ctx, func(txn *tx) error {
		for _, asked := range ids {
			if _, done := out[asked]; done {
				continue
			}
			node, err := db.resolveTxn(txn, asked)
			if err != nil {
				return err
			}
			adj := map[string]Adjacent{}
			var found hits
			collect := func(rawID, v []byte) bool {
				id := string(rawID)
				x, ok := decodeEdgeIdx(v)
				if !ok {
					return false
				}
				if _, dup := adj[id]; dup {
					return false
				}
				a := Adjacent{EdgeID: id, Out: x.From == node, Other: x.To}
				if !a.Out {
					a.Other = x.From
				}
				adj[id] = a
				return true
			}
			for _, p := range []byte{pOut, pIn} {
				if err := scanAdjacency(ctx, txn, p, node, types, dateBounds{}, collect, &found); err != nil {
					return err
				}
			}
			list := make([]Adjacent, 0, len(found.ends))
			for _, id := range found.sorted() {
				list = append(list, adj[id])
			}
			out[asked] = list
		}
		return nil
	})
	if err != nil {
		return nil, wrap("neighbors", err)
	}
	return out, nil
}

// wrap prefixes an error with the package and operation unless it carries the prefix already.
func wrap(op string, err error) error {
	if strings.HasPrefix(err.Error(), "store: ") {
		return err
	}
	return fmt.Errorf("store: %s: %w", op, err)
}

// HasDocuments reports, for each of ids, whether the store holds that
// document, reading keys only: one read transaction. A bulk load asks it
// before extracting, so known documents cost a hash and a key lookup. The
// lookup is a point read, which the tables' bloom filters answer for most
// tables, not an iterator's seek, which seeks in every table: right after
// a bulk load, level 0 holds a dozen tables (geokg bench's reload of 5,000
// documents right after loading 20,000: 1.2 s with point reads, 1.5 and
// 2.2 s with seeks).
func (db *DB) HasDocuments(ctx context.Context, ids []string) ([]bool, error) {
	return perID(ctx, db, "has documents", ids, func(txn *tx, _ *scanner, id string) (bool, error) {
		return has(txn, docKey(id))
	})
}
