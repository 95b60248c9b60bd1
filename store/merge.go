package store

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/geokg/geokg/graph"
)

// DeleteDocument removes a document, its contributions and mentions, in one
// transaction. Entities, edges and events are rebuilt from the documents that
// remain, so the result equals never having loaded the document; those left
// with no document go. It returns false, nil when the document is unknown.
func (db *DB) DeleteDocument(ctx context.Context, id string) (bool, error) {
	var found bool
	err := db.update(ctx, "delete document", func(w *wtx) error {
		var err error
		var block uint64
		if block, found, err = docBlock(w.Txn, id); err != nil || !found {
			return err
		}
		var facts []docFact
		for _, kind := range []byte{factEdge, factEvent, factEntity} {
			ids, err := factIDs(w.Txn, id, kind)
			if err != nil {
				return err
			}
			for _, fid := range ids {
				facts = append(facts, docFact{kind: kind, id: fid})
			}
		}
		if len(facts) > largeDelete {
			return badger.ErrTxnTooBig
		}
		if err := deletePrefix(w.Txn, sentencePrefix(id)); err != nil {
			return err
		}
		for _, f := range facts {
			if err := removeFact(w, id, block, f); err != nil {
				return err
			}
		}
		_, err = removeHead(w, id)
		return err
	})
	if errors.Is(err, badger.ErrTxnTooBig) {
		err = db.deleteLarge(ctx, id)
	}
	if err != nil {
		return false, wrap("delete document "+id, err)
	}
	if found {
		db.log.Debug("store: deleted document", "doc", id)
	}
	return found, nil
}

// removeFact takes doc's contribution to fact f out and rebuilds the fact
// from the contributions that remain. block is the block of doc's load
// order, where its entity contributions are (contribs.go).
func removeFact(w *wtx, doc string, block uint64, f docFact) error {
	switch f.kind {
	case factEdge:
		if err := deleteEdgeContrib(w, f.id, doc); err != nil {
			return err
		}
		return rebuildEdge(w, f.id, nil)
	case factEvent:
		if err := w.del(eventContribKey(f.id, doc)); err != nil {
			return err
		}
		return rebuildEvent(w, f.id)
	}
	return removeEntityContrib(w, f.id, doc, block)
}

// removeHead deletes the record of document doc and reports whether there was one.
func removeHead(w *wtx, doc string) (bool, error) {
	if err := deleteFacts(w, doc); err != nil {
		return false, err
	}
	var rec docRec
	ok, err := getDoc(w.Txn, doc, &rec)
	if err != nil || !ok {
		return false, err
	}
	w.delta.Documents--
	if err := w.del(docOrderKey(rec.Seq, doc)); err != nil {
		return false, err
	}
	return true, w.del(docKey(doc))
}

// removeEntityContrib deletes doc's contribution to entity id and updates
// the entity, by unfolding the contribution when it can and by rebuilding
// the entity from the others when doc set a single-valued field.
func removeEntityContrib(w *wtx, id, doc string, block uint64) error {
	c, found, err := takeContrib(w, id, block, doc)
	if err != nil {
		return err
	}
	r, err := loadEntity(w.Txn, id)
	if err != nil {
		return err
	}
	if !found || r == nil {
		return rebuildEntity(w, id)
	}
	oldKeys := entityIndexKeys(r)
	next, ok := unmergeEntity(r, doc, &c.Entity)
	if !ok {
		return rebuildEntity(w, id)
	}
	return putEntity(w, id, oldKeys, next)
}

// deletePrefix deletes every key under prefix. It lists them before the
// first delete, since an iterator of a read-write transaction sorts the
// transaction's pending writes.
func deletePrefix(txn *tx, prefix []byte) error {
	var keys [][]byte
	it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix})
	for it.Rewind(); it.Valid(); it.Next() {
		keys = append(keys, it.Item().KeyCopy(nil))
	}
	it.Close()
	for _, k := range keys {
		if err := txn.Delete(k); err != nil {
			return err
		}
	}
	return nil
}

func keysUnder(txn *tx, prefix []byte, parse func(rest []byte) string) ([]string, error) {
	var out []string
	err := scanKeys(txn, prefix, nil, func(k, _ []byte) (bool, error) {
		out = append(out, parse(k[len(prefix):]))
		return true, nil
	})
	return out, err
}

// MergeEntities merges each of from into into, in one transaction: their
// per-document contributions move over (their names become aliases of into),
// their edges and events are re-keyed with into in their place (merging
// contributions where the new ID exists already; an edge between two merged
// entities becomes a loop on into), and a redirect keeps their IDs resolving
// to into. Entities whose country, and events whose place, is a merged ID
// resolve it when read. It returns ErrNotFound for an unknown ID, ErrInvalid
// for a kind mismatch, and ErrTooLarge when the merge does not fit in one
// transaction (about 100k writes with DefaultOptions: an entity with some
// thousands of edges).
func (db *DB) MergeEntities(ctx context.Context, into string, from []string) (*graph.Entity, error) {
	var out *graph.Entity
	err := db.update(ctx, "merge entities", func(w *wtx) error {
		txn := w.Txn
		target, err := db.resolveTxn(txn, into)
		if err != nil {
			return err
		}
		tr, err := loadEntity(txn, target)
		if err != nil {
			return err
		}
		if tr == nil {
			return fmt.Errorf("%w: entity %q", ErrNotFound, into)
		}
		m := &merger{redirects: &db.redirects, w: w, txn: txn, target: target, tr: tr, src: map[string]*entityRec{}}
		for _, f := range from {
			src, err := db.resolveTxn(txn, f)
			if err != nil {
				return err
			}
			if src == target || m.src[src] != nil {
				continue
			}
			sr, err := loadEntity(txn, src)
			if err != nil {
				return err
			}
			if sr == nil {
				return fmt.Errorf("%w: entity %q", ErrNotFound, f)
			}
			if sr.Kind != tr.Kind {
				return invalid("cannot merge %s %q into %s %q", sr.Kind, src, tr.Kind, target)
			}
			m.src[src] = sr
		}
		if len(m.src) > 0 {
			if err := m.run(); err != nil {
				return err
			}
		}
		r, err := loadEntity(txn, target)
		if err != nil {
			return err
		}
		out = r.entity()
		return nil
	})
	if errors.Is(err, badger.ErrTxnTooBig) {
		return nil, fmt.Errorf("%w: merging %v into %s needs more writes than one transaction holds", ErrTooLarge, from, into)
	}
	if err != nil {
		return nil, wrap("merge entities", err)
	}
	db.log.Info("store: merged entities", "into", out.ID, "from", from)
	return out, nil
}

// merger moves a set of entities into a target in one transaction. It reads
// everything it needs first and then writes, because each iterator of a
// Badger read-write transaction sorts all the transaction's pending writes.
// New records are folds of the records they replace with the moved
// contributions (the merge functions are order-independent), so no
// contribution list is scanned after a write.
type merger struct {
	// redirects learns the IDs the merge redirects.
	redirects *redirectSet
	w         *wtx
	txn       *tx
	target    string
	tr        *entityRec
	src       map[string]*entityRec
}

type docEntity struct {
	src, doc string
	block    uint64
	c        entityContrib
}

type readEvent struct {
	rec      *eventRec
	contribs map[string]*graph.Event
}

type readEdge struct {
	rec      *edgeRec
	contribs map[string]*edgeContrib
}

func (m *merger) swap(id string) string {
	if m.src[id] != nil {
		return m.target
	}
	return id
}

func (m *merger) swapAll(ids []string) []string {
	out := make([]string, 0, len(ids))
	for _, x := range ids {
		if x = m.swap(x); !containsString(out, x) {
			out = append(out, x)
		}
	}
	return out
}

func (m *merger) srcIDs() []string {
	ids := make([]string, 0, len(m.src))
	for id := range m.src {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

func (m *merger) run() error {
	ents, eventSet, edgeSet, err := m.readSources()
	if err != nil {
		return err
	}
	events, err := m.readEvents(eventSet, edgeSet)
	if err != nil {
		return err
	}
	edges, err := m.readEdges(edgeSet)
	if err != nil {
		return err
	}
	if err := m.writeEntities(ents); err != nil {
		return err
	}
	eventMap, err := m.writeEvents(events)
	if err != nil {
		return err
	}
	return m.writeEdges(edges, eventMap)
}

// readSources reads the entity contributions of the merged entities and
// the IDs of their events and edges (adjacent or attributed to them).
func (m *merger) readSources() (ents []docEntity, eventSet, edgeSet map[string]bool, err error) {
	txn := m.txn
	eventSet, edgeSet = map[string]bool{}, map[string]bool{}
	add := func(set map[string]bool, ids []string) {
		for _, id := range ids {
			set[id] = true
		}
	}
	for _, s := range m.srcIDs() {
		err := scanEntityContribs(txn, s, func(block uint64, doc string, c *entityContrib) error {
			ents = append(ents, docEntity{src: s, doc: doc, block: block, c: *c})
			return nil
		})
		if err != nil {
			return nil, nil, nil, err
		}
		evIDs, err := keysUnder(txn, newKey(pEventPart, len(s)+2).lp(s), func(rest []byte) string {
			r := reader{b: rest}
			r.date()
			return r.rest()
		})
		if err != nil {
			return nil, nil, nil, err
		}
		add(eventSet, evIDs)
		for _, p := range [][]byte{adjPrefix(pOut, s), adjPrefix(pIn, s), newKey(pEdgeAttr, len(s)+2).lp(s)} {
			attr := p[0] == pEdgeAttr
			ids, err := keysUnder(txn, p, func(rest []byte) string {
				if attr {
					return string(rest)
				}
				r := reader{b: rest}
				r.lp()
				r.date()
				return r.rest()
			})
			if err != nil {
				return nil, nil, nil, err
			}
			add(edgeSet, ids)
		}
	}
	return ents, eventSet, edgeSet, nil
}

// readEvents reads the events of eventSet with their contributions, and
// adds their edges to edgeSet (the edges of a re-keyed event must follow
// it). An ID whose record is gone is skipped.
func (m *merger) readEvents(eventSet, edgeSet map[string]bool) (map[string]*readEvent, error) {
	txn := m.txn
	events := map[string]*readEvent{}
	for id := range eventSet {
		rec, err := loadEvent(txn, id)
		if err != nil {
			return nil, err
		}
		if rec == nil {
			continue
		}
		re := &readEvent{rec: rec, contribs: map[string]*graph.Event{}}
		err = scanContribs(txn, eventContribPrefix(id), func(doc string, v []byte) error {
			var c graph.Event
			if err := decodeEventContrib(v, &c); err != nil {
				return err
			}
			re.contribs[doc] = &c
			return nil
		})
		if err != nil {
			return nil, err
		}
		events[id] = re
		ids, err := keysUnder(txn, newKey(pEventEdge, len(id)+2).lp(id), func(rest []byte) string { return string(rest) })
		if err != nil {
			return nil, err
		}
		for _, e := range ids {
			edgeSet[e] = true
		}
	}
	return events, nil
}

// readEdges reads the edges of edgeSet with their contributions. An ID
// whose record is gone is skipped.
func (m *merger) readEdges(edgeSet map[string]bool) (map[string]*readEdge, error) {
	edges := map[string]*readEdge{}
	for id := range edgeSet {
		rec, err := loadEdge(m.txn, id)
		if err != nil {
			return nil, err
		}
		if rec == nil {
			continue
		}
		re := &readEdge{rec: rec, contribs: map[string]*edgeContrib{}}
		err = scanContribs(m.txn, edgeContribPrefix(id), func(doc string, v []byte) error {
			c, err := decodeEdgeContrib(v)
			re.contribs[doc] = c
			return err
		})
		if err != nil {
			return nil, err
		}
		edges[id] = re
	}
	return edges, nil
}

func (m *merger) writeEntities(ents []docEntity) error {
	byBlock := map[uint64][]docEntity{}
	for i, de := range ents {
		byBlock[de.block] = append(byBlock[de.block], de)
		if i == 0 || ents[i-1].src != de.src || ents[i-1].block != de.block {
			// ents lists each merged entity's blocks in order, a block's
			// documents together: its key goes once.
			if err := m.w.del(contribsKey(de.src, de.block)); err != nil {
				return err
			}
		}
		m.w.editFact(de.doc, docFact{kind: factEntity, id: de.src}, false)
	}
	for _, block := range slices.Sorted(maps.Keys(byBlock)) {
		if err := editContribs(m.w, m.target, block, func(es []contribEntry) ([]contribEntry, error) {
			return m.mergeIntoBlock(es, byBlock[block])
		}); err != nil {
			return err
		}
	}
	// Rebuilt rather than folded: a document that named both the target and
	// a merged entity now has one contribution, not two. This is the one
	// scan after writes, and the entity writes come first.
	if err := rebuildEntity(m.w, m.target); err != nil {
		return err
	}
	for _, s := range m.srcIDs() {
		if err := putEntity(m.w, s, entityIndexKeys(m.src[s]), nil); err != nil {
			return err
		}
		m.redirects.add(s) // before the commit: see redirectSet
		if err := m.txn.Set(redirectKey(s), []byte(m.target)); err != nil {
			return err
		}
	}
	return nil
}

// mergeIntoBlock merges the contributions ents (of merged entities, one
// block) into the target's entries es of that block: a document that named
// the target and a merged entity, or two merged ones, has one contribution.
func (m *merger) mergeIntoBlock(es []contribEntry, ents []docEntity) ([]contribEntry, error) {
	merged := map[string]*entityContrib{}
	for _, de := range ents {
		c := de.c
		c.Entity.Aliases = unionSorted(c.Entity.Aliases, c.Entity.Name)
		c.Entity.ID, c.Entity.Kind, c.Entity.Name = m.target, m.tr.Kind, m.tr.Name
		have := merged[de.doc]
		if have == nil {
			i := slices.IndexFunc(es, func(e contribEntry) bool { return e.doc == de.doc })
			if i >= 0 {
				have = &entityContrib{}
				if err := decodeEntityContrib(es[i].raw, have); err != nil {
					return nil, err
				}
				es = slices.Delete(es, i, i+1)
			}
		}
		if have != nil {
			c = mergeContrib(have, &c)
		}
		merged[de.doc] = &c
	}
	for _, doc := range slices.Sorted(maps.Keys(merged)) {
		c := merged[doc]
		c.Entity.Aliases = removeString(c.Entity.Aliases, c.Entity.Name)
		es = append(es, contribEntry{doc: doc, raw: c.encode()})
		m.w.editFact(doc, docFact{kind: factEntity, id: m.target}, true)
	}
	return es, nil
}

// mergeContrib merges what one document says of an entity twice (under two IDs).
func mergeContrib(have, c *entityContrib) entityContrib {
	out := *have
	out.Entity.Aliases = unionSorted(slices.Clone(have.Entity.Aliases), c.Entity.Aliases...)
	out.Entity.Roles = unionSorted(slices.Clone(have.Entity.Roles), c.Entity.Roles...)
	if out.Entity.Country == "" {
		out.Entity.Country = c.Entity.Country
	}
	if out.Entity.Codes.ISO3 == "" {
		out.Entity.Codes.ISO3 = c.Entity.Codes.ISO3
	}
	if out.Entity.Codes.Wikidata == "" {
		out.Entity.Codes.Wikidata = c.Entity.Codes.Wikidata
	}
	out.Mentions = sortMentions(append(slices.Clone(have.Mentions), c.Mentions...))
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

// writeEvents re-keys the events read and returns the map from old to new IDs.
func (m *merger) writeEvents(events map[string]*readEvent) (map[string]string, error) {
	eventMap := map[string]string{}
	groups := map[string]*eventGroup{}
	for _, id := range sortedKeys(events) {
		newID, err := m.regroupEvent(events, id, groups)
		if err != nil {
			return nil, err
		}
		eventMap[id] = newID
	}
	for _, newID := range sortedKeys(groups) {
		g := groups[newID]
		rec := g.base
		for _, doc := range sortedKeys(g.contribs) {
			c := g.contribs[doc]
			if err := m.txn.Set(eventContribKey(newID, doc), encodeEventContrib(c)); err != nil {
				return nil, err
			}
			m.w.editFact(doc, docFact{kind: factEvent, id: newID}, true)
			rec = mergeEvent(rec, doc, c)
		}
		if err := putEvent(m.w, newID, g.oldKeys, rec); err != nil {
			return nil, err
		}
	}
	return eventMap, nil
}

// eventGroup gathers what the merge makes of one event ID: the events of
// the merged entities that map to it and the stored event of that ID.
type eventGroup struct {
	base     *eventRec
	oldKeys  [][]byte
	contribs map[string]*graph.Event
}

// regroupEvent maps event id to its ID after the merge and returns it,
// moves its contributions to that ID's group (folding them into a
// contribution of the same document already there) and, when the ID
// changes, takes the old event and its contributions out.
func (m *merger) regroupEvent(events map[string]*readEvent, id string, groups map[string]*eventGroup) (string, error) {
	re := events[id]
	e := &re.rec.Event
	newID := graph.EventID(e.Type, m.swapAll(e.Actors), m.swapAll(e.Targets), e.Date)
	g, err := m.eventGroupOf(events, groups, newID)
	if err != nil {
		return "", err
	}
	for _, doc := range sortedKeys(re.contribs) {
		c := *re.contribs[doc]
		c.ID, c.Actors, c.Targets = newID, m.swapAll(c.Actors), m.swapAll(c.Targets)
		c.Place, c.AttributedTo = m.swap(c.Place), m.swap(c.AttributedTo)
		have := g.contribs[doc]
		if have == nil && events[newID] == nil {
			var stored graph.Event
			found, err := getEventContrib(m.txn, eventContribKey(newID, doc), &stored)
			if err != nil {
				return "", err
			}
			if found {
				have = &stored
			}
		}
		if have != nil {
			have.Mentions = sortMentions(append(have.Mentions, c.Mentions...))
			if have.Place == "" {
				have.Place = c.Place
			}
			c = *have
		}
		g.contribs[doc] = &c
		if newID != id {
			if err := m.txn.Delete(eventContribKey(id, doc)); err != nil {
				return "", err
			}
			m.w.editFact(doc, docFact{kind: factEvent, id: id}, false)
		}
	}
	if newID != id {
		return newID, putEvent(m.w, id, eventIndexKeys(re.rec), nil)
	}
	return newID, nil
}

// eventGroupOf returns the group of event ID newID, starting it with the
// stored event of that ID when the merge did not read it already.
func (m *merger) eventGroupOf(events map[string]*readEvent, groups map[string]*eventGroup, newID string) (*eventGroup, error) {
	if g := groups[newID]; g != nil {
		return g, nil
	}
	g := &eventGroup{contribs: map[string]*graph.Event{}}
	if re := events[newID]; re != nil {
		g.oldKeys = eventIndexKeys(re.rec)
	} else {
		base, err := loadEvent(m.txn, newID)
		if err != nil {
			return nil, err
		}
		g.base, g.oldKeys = base, eventIndexKeys(base)
	}
	groups[newID] = g
	return g, nil
}

// writeEdges re-keys the edges read, mapping their events with eventMap.
func (m *merger) writeEdges(edges map[string]*readEdge, eventMap map[string]string) error {
	groups := map[string]*edgeGroup{}
	for _, id := range sortedKeys(edges) {
		if err := m.regroupEdge(edges, id, eventMap, groups); err != nil {
			return err
		}
	}
	for _, newID := range sortedKeys(groups) {
		g := groups[newID]
		rec := g.base
		for _, doc := range sortedKeys(g.contribs) {
			c := g.contribs[doc]
			if err := setEdgeContrib(m.w, newID, doc, c, false); err != nil {
				return err
			}
			m.w.editFact(doc, docFact{kind: factEdge, id: newID}, true)
			rec = mergeEdge(rec, &g.head, doc, c)
		}
		if err := putEdge(m.w, newID, g.oldKeys, rec); err != nil {
			return err
		}
	}
	return nil
}

// edgeGroup gathers what the merge makes of one edge ID: the edges of the
// merged entities that map to it and the stored edge of that ID.
type edgeGroup struct {
	head     graph.Edge
	base     *edgeRec
	oldKeys  [][]byte
	contribs map[string]*edgeContrib
}

// regroupEdge maps edge id to its ID after the merge, moves its
// contributions to that ID's group (folding them into a contribution of the
// same document already there) and, when the ID changes, takes the old
// edge and its contributions out.
func (m *merger) regroupEdge(edges map[string]*readEdge, id string, eventMap map[string]string, groups map[string]*edgeGroup) error {
	re := edges[id]
	head := re.rec.Edge
	head.From, head.To = graph.CanonicalEnds(head.Type, m.swap(head.From), m.swap(head.To))
	head.AttributedTo = m.swap(head.AttributedTo)
	head.ID = graph.EdgeID(head.Type, head.From, head.To, head.Date, head.Modality, head.AttributedTo)
	head.Mentions, head.EventID, head.Confidence = nil, "", 0
	newID := head.ID
	g, err := m.edgeGroupOf(edges, groups, head)
	if err != nil {
		return err
	}
	for _, doc := range sortedKeys(re.contribs) {
		c := *re.contribs[doc]
		if mapped, ok := eventMap[c.Event]; ok {
			c.Event = mapped
		}
		have := g.contribs[doc]
		if have == nil && edges[newID] == nil {
			if have, err = getEdgeContrib(m.txn, edgeContribKey(newID, doc)); err != nil {
				return err
			}
		}
		if have != nil {
			have.Confidence = max(have.Confidence, c.Confidence)
			have.Mentions = sortMentions(append(have.Mentions, c.Mentions...))
			if have.Event == "" {
				have.Event = c.Event
			}
			c = *have
		}
		g.contribs[doc] = &c
		if newID != id {
			if err := deleteEdgeContrib(m.w, id, doc); err != nil {
				return err
			}
			m.w.editFact(doc, docFact{kind: factEdge, id: id}, false)
		}
	}
	if newID != id {
		return putEdge(m.w, id, edgeIndexKeys(re.rec), nil)
	}
	return nil
}

// edgeGroupOf returns the group of the edge ID head.ID, starting it with the
// stored edge of that ID when the merge did not read it already.
func (m *merger) edgeGroupOf(edges map[string]*readEdge, groups map[string]*edgeGroup, head graph.Edge) (*edgeGroup, error) {
	if g := groups[head.ID]; g != nil {
		return g, nil
	}
	g := &edgeGroup{head: head, contribs: map[string]*edgeContrib{}}
	if re := edges[head.ID]; re != nil {
		g.oldKeys = edgeIndexKeys(re.rec)
	} else {
		base, err := loadEdge(m.txn, head.ID)
		if err != nil {
			return nil, err
		}
		g.base, g.oldKeys = base, edgeIndexKeys(base)
	}
	groups[head.ID] = g
	return g, nil
}
