package store

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/geokg/geokg/graph"
)

// The stored records. A derived record (entity, edge, event) is the fold of
// its per-document contributions with the merge functions below; every field
// that can differ between documents remembers the document it came from, and
// the smallest document ID wins, so the fold does not depend on order.

// entityRec is the stored form of a merged entity.
type entityRec struct {
	ID      string      `json:"id"`
	Kind    graph.Kind  `json:"kind"`
	Name    string      `json:"name"`
	Country string      `json:"country,omitempty"`
	Codes   graph.Codes `json:"codes"`

	// Docs counts the contributions; Names (every name and alias, the name
	// included) and Roles count the contributions that state each, so that
	// removing a contribution needs no rescan unless it set a single-valued
	// field.
	Docs  int            `json:"docs"`
	Names map[string]int `json:"names"`
	Roles map[string]int `json:"roles,omitempty"`

	NameDoc     string `json:"name_doc"`
	CountryDoc  string `json:"country_doc,omitempty"`
	ISO3Doc     string `json:"iso3_doc,omitempty"`
	WikidataDoc string `json:"wikidata_doc,omitempty"`
}

// entityContrib is what one document says of an entity.
type entityContrib struct {
	Entity   graph.Entity    `json:"entity"`
	Mentions []graph.Mention `json:"mentions,omitempty"`
}

// edgeRec is the stored form of an edge, without its mentions.
type edgeRec struct {
	Edge     graph.Edge `json:"edge"`
	EventDoc string     `json:"event_doc,omitempty"`
	// Events is the sorted union of the events that documents tie the edge
	// to; Edge.EventID is one of them (that of the smallest document ID).
	Events []string `json:"events,omitempty"`
}

// edgeContrib is what one document says of an edge.
type edgeContrib struct {
	Confidence float64         `json:"confidence"`
	Event      string          `json:"event,omitempty"`
	Mentions   []graph.Mention `json:"mentions"`
}

// eventRec is the stored form of an event, without its mentions.
type eventRec struct {
	Event    graph.Event `json:"event"`
	BaseDoc  string      `json:"base_doc"`
	PlaceDoc string      `json:"place_doc,omitempty"`
}

// docRec is the stored form of a document.
type docRec struct {
	Seq uint64         `json:"seq"`
	Doc graph.Document `json:"doc"`
}

// wins reports whether a value from doc replaces one from cur.
func wins(doc, cur string) bool { return cur == "" || doc < cur }

// unionSorted returns the sorted a with the trimmed, non-empty strings of b
// that it lacks inserted in order. It never changes a's array: a string
// added gives a new slice, one for all of b's.
func unionSorted(a []string, b ...string) []string {
	for j, s := range b {
		if s = strings.TrimSpace(s); s == "" {
			continue
		}
		if _, found := slices.BinarySearch(a, s); !found {
			out := append(make([]string, 0, len(a)+len(b)-j), a...)
			return insertSorted(out, b[j:])
		}
	}
	return a
}

// insertSorted inserts the trimmed, non-empty strings of b that the sorted
// out lacks into out, in order, in place when its capacity allows.
func insertSorted(out, b []string) []string {
	for _, s := range b {
		if s = strings.TrimSpace(s); s == "" {
			continue
		}
		if i, found := slices.BinarySearch(out, s); !found {
			out = slices.Insert(out, i, s)
		}
	}
	return out
}

// contribSet returns the distinct non-empty trimmed strings of lists,
// sorted, in dst's array when it has room (mergeEntity's on its stack:
// allocating two sets per contribution was 3% of the bulk writer's
// allocations).
func contribSet(dst []string, lists ...[]string) []string {
	out := dst[:0]
	for _, l := range lists {
		out = insertSorted(out, l)
	}
	return out
}

// mergeEntity folds doc's contribution c into r (nil for none).
func mergeEntity(r *entityRec, doc string, c *graph.Entity) *entityRec {
	if r == nil {
		r = &entityRec{ID: c.ID, Kind: c.Kind}
	}
	if r.Names == nil {
		r.Names = map[string]int{}
	}
	if r.Roles == nil {
		r.Roles = map[string]int{}
	}
	r.Docs++
	if c.Name != "" && wins(doc, r.NameDoc) {
		r.Name, r.NameDoc = c.Name, doc
	}
	var buf [8]string
	for _, n := range contribSet(buf[:0], []string{c.Name}, c.Aliases) {
		r.Names[n]++
	}
	for _, n := range contribSet(buf[:0], c.Roles) {
		r.Roles[n]++
	}
	if c.Country != "" && wins(doc, r.CountryDoc) {
		r.Country, r.CountryDoc = c.Country, doc
	}
	if c.Codes.ISO3 != "" && wins(doc, r.ISO3Doc) {
		r.Codes.ISO3, r.ISO3Doc = c.Codes.ISO3, doc
	}
	if c.Codes.Wikidata != "" && wins(doc, r.WikidataDoc) {
		r.Codes.Wikidata, r.WikidataDoc = c.Codes.Wikidata, doc
	}
	return r
}

// unmergeEntity takes doc's contribution c out of r. It returns false when
// doc set a single-valued field, so that the record must be rebuilt from the
// other contributions, and a nil record when c was the last contribution.
func unmergeEntity(r *entityRec, doc string, c *graph.Entity) (*entityRec, bool) {
	if doc == r.NameDoc || doc == r.CountryDoc || doc == r.ISO3Doc || doc == r.WikidataDoc {
		return nil, false
	}
	r.Docs--
	if r.Docs <= 0 {
		return nil, true
	}
	var buf [8]string
	for _, n := range contribSet(buf[:0], []string{c.Name}, c.Aliases) {
		if r.Names[n]--; r.Names[n] <= 0 {
			delete(r.Names, n)
		}
	}
	for _, n := range contribSet(buf[:0], c.Roles) {
		if r.Roles[n]--; r.Roles[n] <= 0 {
			delete(r.Roles, n)
		}
	}
	return r, true
}

// names returns the sorted names of r, its name included.
func (r *entityRec) names() []string {
	out := make([]string, 0, len(r.Names))
	for n := range r.Names {
		out = append(out, n)
	}
	slices.Sort(out)
	return out
}

// entity returns the public form of r.
func (r *entityRec) entity() *graph.Entity {
	e := &graph.Entity{ID: r.ID, Kind: r.Kind, Name: r.Name, Country: r.Country, Codes: r.Codes,
		Aliases: []string{}, Roles: []string{}}
	for _, n := range r.names() {
		if n != r.Name {
			e.Aliases = append(e.Aliases, n)
		}
	}
	for n := range r.Roles {
		e.Roles = append(e.Roles, n)
	}
	slices.Sort(e.Roles)
	return e
}

// mergeEdge folds doc's contribution c into r; head gives the fields fixed by the edge ID.
func mergeEdge(r *edgeRec, head *graph.Edge, doc string, c *edgeContrib) *edgeRec {
	if r == nil {
		r = &edgeRec{Edge: *head}
		r.Edge.Mentions = nil
		r.Edge.Confidence = 0
		r.Edge.EventID = ""
	}
	r.Edge.Confidence = max(r.Edge.Confidence, c.Confidence)
	if c.Event != "" && wins(doc, r.EventDoc) {
		r.Edge.EventID, r.EventDoc = c.Event, doc
	}
	r.Events = unionSorted(r.Events, c.Event)
	return r
}

// mergeEvent folds doc's statement c of the event into r.
func mergeEvent(r *eventRec, doc string, c *graph.Event) *eventRec {
	if r == nil || wins(doc, r.BaseDoc) {
		var place, placeDoc string
		if r != nil {
			place, placeDoc = r.Event.Place, r.PlaceDoc
		}
		r = &eventRec{Event: *c, BaseDoc: doc, PlaceDoc: placeDoc}
		r.Event.Mentions = nil
		r.Event.Place = place
	}
	if c.Place != "" && wins(doc, r.PlaceDoc) {
		r.Event.Place, r.PlaceDoc = c.Place, doc
	}
	return r
}

// Value codecs.

func getJSON(txn *tx, k []byte, v any) (bool, error) {
	item, err := txn.Get(k)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	return true, item.Value(func(b []byte) error { return json.Unmarshal(b, v) })
}

// setJSONW is setJSON through w.set.
func setJSONW(w *wtx, k []byte, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("store: encode %T: %w", v, err)
	}
	return w.set(k, b)
}

func setJSON(txn *tx, k []byte, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("store: encode %T: %w", v, err)
	}
	return txn.Set(k, b)
}

// wtx is a read-write transaction with the change it makes to the counts
// that Stats reports.
type wtx struct {
	// Txn is the Badger transaction. The write path reads and writes
	// through read, set and del, which see prior.
	Txn   *tx
	delta Stats
	// prior, in a pipelined load (bulk.go), holds the writes of the batch
	// whose commit is still under way: Txn was opened before it and does
	// not see them. writes records this transaction's own, to be the next
	// one's prior. Both are nil otherwise.
	prior, writes *overlay
	// loads, in a bulk load, counts the reads that reach Badger.
	loads *loadCounters
	// cache, in a bulk load, holds the records that earlier batches read.
	cache *readCache
	// known, in a bulk load, tells which records surely do not exist
	// (presence.go).
	known *presence
	// pairs is the change of edge support for the pair index (pairs.go).
	pairs pairChanges
	// ranks, while a bulk load's rank window is open, notes the pairs
	// whose rank keys the transaction leaves to the window (ranks.go).
	ranks *rankWindow
	// rankNew are the pairs this transaction noted first in ranks, which
	// it journals (ranks.go).
	rankNew []notedPair
	// facts are the changes to documents' fact lists (docfacts.go).
	facts factEdits
	// contribs are the entity contributions the transaction adds, written
	// by block at its end (contribs.go).
	contribs contribWrites
	// seqNext and seqEnd are what is left of the block of load-order
	// numbers that the transaction's new documents take (docSeq).
	seqNext, seqEnd uint64
	// entities, edges and events hold the records that ingest folds
	// documents into, so that a batch reads and writes each once (flush
	// writes them; an edge or event left as it was is not rewritten). Within
	// an ingest, read these records through entity, edge and event.
	entities map[string]*cachedEntity
	edges    map[string]*cached[edgeRec]
	events   map[string]*cached[eventRec]
	// resolved caches the redirects that ingest follows (see normalize).
	resolved map[string]string
	// filled holds the sizes the maps above, the contributions' and the
	// pair flush's reached before flushContribs, flush and flushPairs let
	// them go (mapSizes); pairsRoom sizes the pair flush's.
	filled    mapSizes
	pairsRoom int
	// written counts the sets and deletes through set and del, for the
	// count of entries written since the last compaction (compact.go).
	written uint64
}

// cached is a derived record as the transaction changes it, with the index
// keys and the encoding of the stored record it replaces.
type cached[T any] struct {
	rec     *T
	oldKeys [][]byte
	raw     []byte
	dirty   bool
}

// load returns the record under k from cache, reading it on first use.
func load[T any](w *wtx, cache *map[string]*cached[T], id string, k []byte, keys func(*T) [][]byte) (*T, error) {
	if c, ok := (*cache)[id]; ok {
		return c.rec, nil
	}
	c := &cached[T]{}
	found, err := w.read(k, func(v []byte) error {
		c.raw = bytes.Clone(v)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if found {
		c.rec = new(T)
		if err := decodeRecord(c.raw, c.rec); err != nil {
			return nil, err
		}
	}
	c.oldKeys = keys(c.rec)
	if *cache == nil {
		*cache = map[string]*cached[T]{}
	}
	(*cache)[id] = c
	return c.rec, nil
}

// edge returns edge record id as this transaction has it (nil for none).
func (w *wtx) edge(id string) (*edgeRec, error) {
	return load(w, &w.edges, id, edgeKey(id), edgeIndexKeys)
}

// event returns event record id as this transaction has it (nil for none).
func (w *wtx) event(id string) (*eventRec, error) {
	return load(w, &w.events, id, eventKey(id), eventIndexKeys)
}

// putEdgeRec replaces the cached record of edge id, read with edge.
func (w *wtx) putEdgeRec(id string, r *edgeRec) { c := w.edges[id]; c.rec, c.dirty = r, true }

// putEventRec replaces the cached record of event id, read with event.
func (w *wtx) putEventRec(id string, r *eventRec) { c := w.events[id]; c.rec, c.dirty = r, true }

// flushCached writes the changed records of cache with put, skipping those
// whose encoding is what was stored.
func flushCached[T any](w *wtx, cache map[string]*cached[T], put func(w *wtx, id string, oldKeys [][]byte, r *T, enc []byte) error) error {
	for _, id := range slices.Sorted(maps.Keys(cache)) {
		c := cache[id]
		if !c.dirty {
			continue
		}
		c.dirty = false
		var enc []byte
		if c.rec != nil && c.raw != nil {
			b, err := encodeRecord(c.rec)
			if err != nil {
				return err
			}
			if bytes.Equal(b, c.raw) {
				continue
			}
			enc = b
		}
		if err := put(w, id, c.oldKeys, c.rec, enc); err != nil {
			return err
		}
	}
	return nil
}

// cachedEntity is an entity record as the transaction changes it, with the
// kind and names of the stored record it replaces (names nil when none is
// stored), from which that record's index keys derive.
type cachedEntity struct {
	rec   *entityRec
	kind  graph.Kind
	names []string
	dirty bool
	// used tells that the transaction read the record (usedEntities).
	used bool
}

// newCachedEntity caches stored record r (nil when there is none).
func newCachedEntity(r *entityRec) *cachedEntity {
	c := &cachedEntity{rec: r}
	if r != nil {
		c.kind, c.names = r.Kind, r.names()
	}
	return c
}

// flush writes the record of entity id, and its index keys when its kind
// or names differ from the stored ones. A hub that every batch names keeps
// its names from one batch to the next: its keys were computed (each name
// normalized) twice per batch for nothing.
func (c *cachedEntity) flush(w *wtx, id string) error {
	var kind graph.Kind
	var names []string
	if c.rec != nil {
		kind, names = c.rec.Kind, c.rec.names()
		if c.names != nil && kind == c.kind && slices.Equal(names, c.names) {
			c.dirty = false
			return w.set(entityKey(id), c.rec.encode())
		}
	}
	if err := putEntityKeys(w, id, entityKeysOf(id, c.kind, c.names), entityKeysOf(id, kind, names), c.rec); err != nil {
		return err
	}
	c.kind, c.names, c.dirty = kind, names, false
	return nil
}

// entity returns the entity record id as this transaction has it (nil when
// there is none); the caller may change it and hand it to putEntity.
func (w *wtx) entity(id string) (*entityRec, error) {
	if c, ok := w.entities[id]; ok {
		c.used = true
		return c.rec, nil
	}
	r, err := loadValueW(w, entityKey(id), decodeEntityRec)
	if err != nil {
		return nil, err
	}
	if w.entities == nil {
		w.entities = map[string]*cachedEntity{}
	}
	c := newCachedEntity(r)
	c.used = true
	w.entities[id] = c
	return r, nil
}

// adoptEntities starts w's entity records with those a bulk writer's last
// batch folded (BulkWriter.entities), current with what w sees.
func (w *wtx) adoptEntities(from map[string]*cachedEntity) {
	if len(from) == 0 {
		return
	}
	if w.entities == nil {
		w.entities = make(map[string]*cachedEntity, len(from))
	}
	for id, c := range from {
		w.entities[id] = c
	}
}

// usedEntities returns the entity records w read, flushed, for the next
// batch to start from: those of the batch before that w did not read are
// let go, so that the records kept are one batch's.
func (w *wtx) usedEntities() map[string]*cachedEntity {
	out := make(map[string]*cachedEntity, len(w.entities))
	for id, c := range w.entities {
		if c.used {
			c.used = false
			out[id] = c
		}
	}
	return out
}

// putEntity replaces the cached record of entity id, read with entity.
func (w *wtx) putEntity(id string, r *entityRec) {
	c := w.entities[id]
	c.rec, c.dirty = r, true
}

// flush writes the changed cached records and their indexes.
func (w *wtx) flush() error {
	if err := flushCached(w, w.edges, putEncodedEdge); err != nil {
		return err
	}
	if err := flushCached(w, w.events, putEncodedEvent); err != nil {
		return err
	}
	w.pairs.noteFresh(w.edges)
	w.filled.edges, w.filled.events = len(w.edges), len(w.events)
	w.edges, w.events = nil, nil
	for _, id := range slices.Sorted(maps.Keys(w.entities)) {
		if c := w.entities[id]; c.dirty {
			if err := c.flush(w, id); err != nil {
				return err
			}
		}
	}
	return nil
}

// edgeContribCount returns the mention count of a stored edge contribution
// and 1, or 0, 0 when absent.
func edgeContribCount(w *wtx, k []byte) (int, int, error) {
	n := 0
	found, err := w.read(k, func(v []byte) error {
		var err error
		n, _, err = splitEdgeContrib(v)
		return err
	})
	if !found || err != nil {
		return 0, 0, err
	}
	return n, 1, nil
}

// setEdgeContrib writes doc's contribution c to edge and counts its
// mentions; unless fresh (no contribution of doc can be stored), it reads
// the contribution it replaces to uncount that one's mentions.
func setEdgeContrib(w *wtx, edge, doc string, c *edgeContrib, fresh bool) error {
	b, err := encodeEdgeContrib(c)
	if err != nil {
		return err
	}
	k := edgeContribKey(edge, doc)
	old, had := 0, 0
	if !fresh {
		if old, had, err = edgeContribCount(w, k); err != nil {
			return err
		}
	}
	w.delta.Mentions += len(c.Mentions) - old
	w.noteEdgeSupport(edge, 1-had, len(c.Mentions)-old)
	return w.set(k, b)
}

func deleteEdgeContrib(w *wtx, edge, doc string) error {
	k := edgeContribKey(edge, doc)
	old, had, err := edgeContribCount(w, k)
	if err != nil {
		return err
	}
	w.delta.Mentions -= old
	w.noteEdgeSupport(edge, -had, -old)
	return w.del(k)
}

// counted returns the change of a record count when a record with index keys
// oldKeys (none when it did not exist) is replaced by one that exists or not.
func counted(oldKeys [][]byte, exists bool) int {
	switch {
	case len(oldKeys) == 0 && exists:
		return 1
	case len(oldKeys) > 0 && !exists:
		return -1
	}
	return 0
}

// scanContribs calls fn with the document ID and value of each key under prefix.
func scanContribs(txn *tx, prefix []byte, fn func(doc string, v []byte) error) error {
	it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix, PrefetchValues: true, PrefetchSize: 16})
	defer it.Close()
	for it.Rewind(); it.Valid(); it.Next() {
		item := it.Item()
		doc := string(item.Key()[len(prefix):])
		if err := item.Value(func(v []byte) error { return fn(doc, v) }); err != nil {
			return err
		}
	}
	return nil
}

// Index keys of derived records.

func entityIndexKeys(r *entityRec) [][]byte {
	if r == nil {
		return nil
	}
	return entityKeysOf(r.ID, r.Kind, r.names())
}

// entityKeysOf returns the index keys of entity id of kind k named names;
// none when names is nil (no stored record).
func entityKeysOf(id string, k graph.Kind, names []string) [][]byte {
	if names == nil {
		return nil
	}
	keys := [][]byte{entityKindKey(k, id)}
	seen, tokens := map[string]bool{}, map[string]bool{}
	for _, n := range names {
		norm := graph.Normalize(n)
		if norm == "" || seen[norm] {
			continue
		}
		seen[norm] = true
		keys = append(keys, nameKey(norm, id))
		for i := 0; i < len(norm); i++ {
			// A name's tail may be another name's ("Ali Khan", "Imran
			// Khan"): its token key is written once.
			if tail := norm[i+1:]; norm[i] == ' ' && tail != "" && !tokens[tail] {
				tokens[tail] = true
				keys = append(keys, tokenKey(tail, id))
			}
		}
	}
	return keys
}

func edgeIndexKeys(r *edgeRec) [][]byte {
	if r == nil {
		return nil
	}
	e := &r.Edge
	d := e.Date.Value
	keys := make([][]byte, 0, 6+len(r.Events))
	keys = append(keys,
		adjKey(pOut, e.From, e.Type, d, e.ID),
		adjKey(pIn, e.To, e.Type, d, e.ID),
		edgeTypeKey(e.Type, d, e.ID),
	)
	if e.Type.Symmetric() {
		keys = append(keys, adjKey(pOut, e.To, e.Type, d, e.ID), adjKey(pIn, e.From, e.Type, d, e.ID))
	}
	if e.AttributedTo != "" {
		keys = append(keys, edgeAttrKey(e.AttributedTo, e.ID))
	}
	for _, ev := range r.Events {
		keys = append(keys, eventEdgeKey(ev, e.ID))
	}
	return keys
}

func eventIndexKeys(r *eventRec) [][]byte {
	if r == nil {
		return nil
	}
	e := &r.Event
	d := e.Date.Value
	parts := e.Participants()
	keys := append(make([][]byte, 0, 1+len(parts)), eventTypeKey(e.Type, d, e.ID))
	for _, p := range parts {
		keys = append(keys, eventPartKey(p, d, e.ID))
	}
	return keys
}

// indexValues returns the value of each index key of edge or event: edge
// index keys carry an edgeIdx, event participant keys the event type. Each
// is encoded once, at its first key, and shared by the keys that carry it
// (an edge's out, in and type keys): a batch keeps the values it is given
// and never changes them.
func indexValues(edge *edgeRec, event *eventRec) func(k []byte) []byte {
	var idx, typ []byte
	return func(k []byte) []byte {
		switch k[0] {
		case pOut, pIn, pEdgeType:
			if idx == nil {
				e := &edge.Edge
				idx = edgeIdx{Type: e.Type, From: e.From, To: e.To, Modality: e.Modality}.encode()
			}
			return idx
		case pEventPart:
			if typ == nil {
				t := string(event.Event.Type)
				typ = make(key, 0, 2+len(t)).lp(t)
			}
			return typ
		}
		return nil
	}
}

// reindex deletes the keys of old that new lacks and sets the keys of new that old lacks.
func reindex(w *wtx, old, new [][]byte, value func(k []byte) []byte) error {
	inOld, inNew := keySet(old), keySet(new)
	for _, k := range new {
		if !inOld(k) {
			if err := w.set(k, value(k)); err != nil {
				return err
			}
		}
	}
	for _, k := range old {
		if !inNew(k) {
			if err := w.del(k); err != nil {
				return err
			}
		}
	}
	return nil
}

// keySet returns the membership test of keys: a scan for a record's few
// index keys (entityIndexKeys, edgeIndexKeys, eventIndexKeys), which costs
// less than the map reindex built for every record before (round 31), and
// a map for an entity of many names.
func keySet(keys [][]byte) func(k []byte) bool {
	if len(keys) <= 32 {
		return func(k []byte) bool {
			return slices.ContainsFunc(keys, func(x []byte) bool { return bytes.Equal(x, k) })
		}
	}
	set := make(map[string]bool, len(keys))
	for _, k := range keys {
		set[string(k)] = true
	}
	return func(k []byte) bool { return set[string(k)] }
}

// Rebuilding a derived record from all its contributions (after a deletion or a merge).

// putEntity writes r (deleting the record when r is nil) and updates the
// indexes, given the index keys of the record it replaces.
func putEntity(w *wtx, id string, oldKeys [][]byte, r *entityRec) error {
	return putEntityKeys(w, id, oldKeys, entityIndexKeys(r), r)
}

// putEntityKeys is putEntity with r's index keys, keys, when the caller
// has them.
func putEntityKeys(w *wtx, id string, oldKeys, keys [][]byte, r *entityRec) error {
	w.delta.Entities += counted(oldKeys, r != nil)
	if err := reindex(w, oldKeys, keys, func([]byte) []byte { return nil }); err != nil {
		return err
	}
	if r == nil {
		return w.del(entityKey(id))
	}
	return w.set(entityKey(id), r.encode())
}

func putEdge(w *wtx, id string, oldKeys [][]byte, r *edgeRec) error {
	return putEncodedEdge(w, id, oldKeys, r, nil)
}

// putEncodedEdge is putEdge with r's encoding, enc, when the caller has it
// (nil when not).
func putEncodedEdge(w *wtx, id string, oldKeys [][]byte, r *edgeRec, enc []byte) error {
	if r != nil {
		w.notePairHead(&r.Edge)
	}
	w.delta.Edges += counted(oldKeys, r != nil)
	if err := reindex(w, oldKeys, edgeIndexKeys(r), indexValues(r, nil)); err != nil {
		return err
	}
	if r == nil {
		return w.del(edgeKey(id))
	}
	if enc == nil {
		enc = r.encode()
	}
	return w.set(edgeKey(id), enc)
}

func putEvent(w *wtx, id string, oldKeys [][]byte, r *eventRec) error {
	return putEncodedEvent(w, id, oldKeys, r, nil)
}

// putEncodedEvent is putEvent with r's encoding, enc, when the caller has
// it (nil when not).
func putEncodedEvent(w *wtx, id string, oldKeys [][]byte, r *eventRec, enc []byte) error {
	w.delta.Events += counted(oldKeys, r != nil)
	if err := reindex(w, oldKeys, eventIndexKeys(r), indexValues(nil, r)); err != nil {
		return err
	}
	if r == nil {
		return w.del(eventKey(id))
	}
	if enc == nil {
		enc = r.encode()
	}
	return w.set(eventKey(id), enc)
}

// rebuildEntity recomputes entity id from its contributions.
func rebuildEntity(w *wtx, id string) error {
	txn, err := w.scanTxn()
	if err != nil {
		return err
	}
	old, err := loadEntity(txn, id)
	if err != nil {
		return err
	}
	var r *entityRec
	err = scanEntityContribs(txn, id, func(_ uint64, doc string, c *entityContrib) error {
		r = mergeEntity(r, doc, &c.Entity)
		return nil
	})
	if err != nil {
		return err
	}
	if old == nil && r == nil {
		return nil
	}
	return putEntity(w, id, entityIndexKeys(old), r)
}

// rebuildEdge recomputes edge id from its contributions; head gives the fixed fields.
func rebuildEdge(w *wtx, id string, head *graph.Edge) error {
	txn, err := w.scanTxn()
	if err != nil {
		return err
	}
	old, err := loadEdge(txn, id)
	if err != nil {
		return err
	}
	if head == nil && old != nil {
		head = &old.Edge
	}
	var r *edgeRec
	err = scanContribs(txn, edgeContribPrefix(id), func(doc string, v []byte) error {
		c, err := decodeEdgeContrib(v)
		if err != nil {
			return err
		}
		r = mergeEdge(r, head, doc, c)
		return nil
	})
	if err != nil {
		return err
	}
	if old == nil && r == nil {
		return nil
	}
	return putEdge(w, id, edgeIndexKeys(old), r)
}

// rebuildEvent recomputes event id from its contributions.
func rebuildEvent(w *wtx, id string) error {
	txn, err := w.scanTxn()
	if err != nil {
		return err
	}
	old, err := loadEvent(txn, id)
	if err != nil {
		return err
	}
	var r *eventRec
	err = scanContribs(txn, eventContribPrefix(id), func(doc string, v []byte) error {
		var c graph.Event
		if err := decodeEventContrib(v, &c); err != nil {
			return err
		}
		r = mergeEvent(r, doc, &c)
		return nil
	})
	if err != nil {
		return err
	}
	if old == nil && r == nil {
		return nil
	}
	return putEvent(w, id, eventIndexKeys(old), r)
}

// encodeSentences encodes the texts of refs (one 0x34 chunk, see keys.go).
func encodeSentences(refs []sentenceRef, texts sentences) []byte {
	size := 0
	for _, r := range refs {
		size += 16 + len(texts[r])
	}
	b := make([]byte, 0, size)
	for _, r := range refs {
		t := texts[r]
		for _, n := range []int{r.Sentence, r.Start, r.End, len(t)} {
			b = binary.BigEndian.AppendUint32(b, uint32(n))
		}
		b = append(b, t...)
	}
	return b
}

// findSentence returns the text of r in an encoded chunk; false when the
// chunk does not hold r.
func findSentence(b []byte, r sentenceRef) (string, bool, error) {
	for len(b) > 0 {
		if len(b) < 16 {
			return "", false, fmt.Errorf("store: corrupt sentence record")
		}
		u := func(i int) int { return int(binary.BigEndian.Uint32(b[4*i:])) }
		n := u(3)
		if len(b) < 16+n {
			return "", false, fmt.Errorf("store: corrupt sentence record")
		}
		if u(0) == r.Sentence && u(1) == r.Start && u(2) == r.End {
			return string(b[16 : 16+n]), true, nil
		}
		b = b[16+n:]
	}
	return "", false, nil
}

// fillMentions restores the mentions of doc's contribution as they were
// given: it sets their document and, where the record holds only offsets,
// their sentence text: from the sentence table (see keys.go) when it holds
// the sentence, else the document's text at the mention's offsets, where
// the sentences of stores written since round 34 are. Each of the table's
// keys and the document's record is read once per call.
func fillMentions(txn *tx, doc string, ms []graph.Mention) error {
	var record kvItem // doc's record, read at the first sentence it has
	chunks := sentenceChunks{}
	for i := range ms {
		m := &ms[i]
		m.DocumentID = doc
		if m.Text != "" {
			continue
		}
		r := sentenceRef{Sentence: m.Sentence, Start: m.Start, End: m.End}
		text, found, err := chunks.sentence(txn, doc, r)
		if err != nil {
			return err
		}
		if !found {
			if text, err = docSentence(txn, doc, &record, r); err != nil {
				return err
			}
		}
		m.Text = text
	}
	return nil
}

// sentenceChunks holds the sentence table's keys of one document that a
// call read, by chunk: nil for a key the table does not hold.
type sentenceChunks map[int]kvItem

// sentence returns the text of sentence r of doc from the sentence table;
// false when the table does not hold it.
func (c sentenceChunks) sentence(txn *tx, doc string, r sentenceRef) (string, bool, error) {
	chunk := r.Sentence / sentenceChunk
	item, ok := c[chunk]
	if !ok {
		var err error
		item, err = txn.Get(sentenceKey(doc, r.Sentence))
		if errors.Is(err, badger.ErrKeyNotFound) {
			item, err = nil, nil
		}
		if err != nil {
			return "", false, err
		}
		c[chunk] = item
	}
	if item == nil {
		return "", false, nil
	}
	var text string
	found := false
	err := item.Value(func(v []byte) error {
		var err error
		text, found, err = findSentence(v, r)
		return err
	})
	return text, found, err
}

// docSentence returns the text of doc at r's offsets, reading doc's record
// into *record at its first use; "" when the store does not hold doc or its
// text is shorter.
func docSentence(txn *tx, doc string, record *kvItem, r sentenceRef) (string, error) {
	if *record == nil {
		item, err := txn.Get(docKey(doc))
		if errors.Is(err, badger.ErrKeyNotFound) {
			return "", nil
		}
		if err != nil {
			return "", err
		}
		*record = item
	}
	var text string
	err := (*record).Value(func(v []byte) error {
		t, err := docText(v)
		if err == nil && r.Start <= r.End && r.End <= len(t) {
			text = string(t[r.Start:r.End])
		}
		return err
	})
	return text, err
}

// sortMentions orders mentions by document, sentence and offset, dropping repeats.
func sortMentions(ms []graph.Mention) []graph.Mention {
	slices.SortStableFunc(ms, cmpMention) // sort.SliceStable allocated three times per call
	return slices.CompactFunc(ms, func(a, b graph.Mention) bool { return cmpMention(a, b) == 0 })
}

// cmpMention orders mentions by document, sentence and offsets.
func cmpMention(a, b graph.Mention) int {
	if a.DocumentID != b.DocumentID {
		return strings.Compare(a.DocumentID, b.DocumentID)
	}
	if a.Sentence != b.Sentence {
		return cmp.Compare(a.Sentence, b.Sentence)
	}
	if a.Start != b.Start {
		return cmp.Compare(a.Start, b.Start)
	}
	return cmp.Compare(a.End, b.End)
}
