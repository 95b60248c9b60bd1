package store

import (
	"sync"
	"unsafe"

	"github.com/geokg/geokg/graph"
)

// snapCache keeps records that reads decoded at one snapshot of the store
// (one Badger read timestamp) for later reads at the same snapshot: a
// server that is not being written to reads a hub's rank list or record
// from memory once a request has read it. Every commit advances the read
// timestamp, and the first read or fill at a newer snapshot empties the
// cache, so a read only ever gets what its own snapshot holds. A read at
// an older snapshot than the cache's neither uses it nor fills it.
//
// The cache holds at most about maxBytes of records (an estimate), in two
// generations, so that what requests keep reading stays and the rest goes. Each answer is still
// computed whole: only the reading and decoding of keys is saved.
type snapCache struct {
	mu       sync.RWMutex
	maxBytes int
	ts       uint64
	// epoch counts the writes that bypassed transactions (a restore, a
	// dropped index): they change data without a new read timestamp, so
	// each empties the cache, and what a read began before one is not kept.
	epoch uint64
	// cur is filled until it holds half of maxBytes; it then becomes old
	// (the previous old is dropped) and a new cur starts. A record found
	// in old moves to cur, so what requests keep using stays.
	cur, old cacheGen
}

// cacheGen is one generation of the snapshot cache.
type cacheGen struct {
	bytes    int
	entities map[string]graph.Entity
	ranks    map[rankCacheKey]cachedHead[Neighbor]
	pairs    map[pairCacheKey]cachedHead[*graph.Edge]
	// edges holds edges with their mentions, docs documents without their
	// text; nil for an unknown ID.
	edges map[string]*graph.Edge
	docs  map[string]*graph.Document
}

func entitiesOf(g *cacheGen) map[string]graph.Entity               { return g.entities }
func ranksOf(g *cacheGen) map[rankCacheKey]cachedHead[Neighbor]    { return g.ranks }
func pairsOf(g *cacheGen) map[pairCacheKey]cachedHead[*graph.Edge] { return g.pairs }
func edgesOf(g *cacheGen) map[string]*graph.Edge                   { return g.edges }
func docsOf(g *cacheGen) map[string]*graph.Document                { return g.docs }

func newCacheGen() cacheGen {
	return cacheGen{entities: map[string]graph.Entity{}, ranks: map[rankCacheKey]cachedHead[Neighbor]{},
		pairs: map[pairCacheKey]cachedHead[*graph.Edge]{}, edges: map[string]*graph.Edge{},
		docs: map[string]*graph.Document{}}
}

// snapshotID names the snapshot a read transaction sees: its Badger read
// timestamp and the cache's epoch when it began.
type snapshotID struct{ ts, epoch uint64 }

// snapshotOf returns the snapshot a read transaction of read timestamp ts
// sees; call it as the transaction begins, before it reads.
func (c *snapCache) snapshotOf(ts uint64) snapshotID {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return snapshotID{ts: ts, epoch: c.epoch}
}

// rankCacheKey names one rank list: an entity (resolved) and a relation
// type ("" for all types).
type rankCacheKey struct {
	id  string
	typ graph.RelationType
}

// pairCacheKey names the edges between two entities (resolved, a <= b)
// that PairEdges reads: of the types listed, "" for all.
type pairCacheKey struct {
	a, b, types string
}

// cachedHead is the head of an ordered list (a rank list, strongest first;
// a pair's edges, in PairEdges' order); all is set when it is the whole
// list. The first k entries of a longer head are those a read of k gives.
type cachedHead[T any] struct {
	list []T
	all  bool
}

// serves reports whether h answers a read of the first k entries (all of
// them for k <= 0).
func (h cachedHead[T]) serves(k int) bool { return h.all || k > 0 && len(h.list) >= k }

// longer reports whether h holds more of its list than have does.
func (h cachedHead[T]) longer(have cachedHead[T]) bool {
	return !have.all && len(h.list) > len(have.list)
}

// first returns the first k entries of h (all for k <= 0).
func (h cachedHead[T]) first(k int) []T {
	if k > 0 && len(h.list) > k {
		return h.list[:k]
	}
	return h.list
}

// defaultSnapCacheBytes bounds the snapshot cache of a store: 64 MiB cost
// a 2-hop neighborhood no less CPU on the 25k store.
const defaultSnapCacheBytes = 32 << 20

func newSnapCache(maxBytes int) *snapCache {
	return &snapCache{maxBytes: maxBytes}
}

// usable reports whether reads of snapshot snap may use the cache; c.mu is held.
func (c *snapCache) usable(snap snapshotID) bool {
	return c.maxBytes > 0 && snap.ts == c.ts && snap.epoch == c.epoch
}

// rank returns the first k entries of the rank list of key read at
// snapshot snap (all of them for k <= 0), if the cache has them.
func (c *snapCache) rank(snap snapshotID, key rankCacheKey, k int) ([]Neighbor, bool) {
	return cachedFirst(c, ranksOf, rankBytes, snap, key, k)
}

// pairEdges returns the first k edges PairEdges gives for key at snapshot
// snap (all of them for k <= 0), if the cache has them.
func (c *snapCache) pairEdges(snap snapshotID, key pairCacheKey, k int) ([]*graph.Edge, bool) {
	return cachedFirst(c, pairsOf, pairBytes, snap, key, k)
}

// entity returns the entity that id names at snapshot snap, if the cache
// has it; known is false for an ID without a record.
func (c *snapCache) entity(snap snapshotID, id string) (e graph.Entity, known, ok bool) {
	e, ok = cachedRecord(c, entitiesOf, entityBytes, snap, id)
	return e, e.ID != "", ok
}

// edge returns the edge id names, with its mentions, at snapshot snap, if
// the cache has it (nil for an ID without a record).
func (c *snapCache) edge(snap snapshotID, id string) (*graph.Edge, bool) {
	return cachedRecord(c, edgesOf, edgeWithMentionsBytes, snap, id)
}

// docHead returns the document id names, without its text, at snapshot
// snap, if the cache has it (nil for an ID without a record).
func (c *snapCache) docHead(snap snapshotID, id string) (*graph.Document, bool) {
	return cachedRecord(c, docsOf, docHeadBytes, snap, id)
}

// cachedFirst returns the first k entries of the head kept under key in
// the maps gen picks, when they serve a read of k at snapshot snap.
func cachedFirst[K comparable, T any](c *snapCache, gen func(*cacheGen) map[K]cachedHead[T], size func(K, cachedHead[T]) int, snap snapshotID, key K, k int) ([]T, bool) {
	h, ok := cachedRecord(c, gen, size, snap, key)
	if !ok || !h.serves(k) {
		return nil, false
	}
	return h.first(k), true
}

// cachedRecord returns the record kept under key in the maps gen picks, when
// reads of snapshot snap may use it; one found in the old generation moves
// to the current one (size gives its size).
func cachedRecord[K comparable, V any](c *snapCache, gen func(*cacheGen) map[K]V, size func(K, V) int, snap snapshotID, key K) (V, bool) {
	c.mu.RLock()
	v, ok := gen(&c.cur)[key]
	inOld := false
	if !ok {
		v, ok = gen(&c.old)[key]
		inOld = ok
	}
	ok = ok && c.usable(snap)
	c.mu.RUnlock()
	if ok && inOld {
		keep(c, gen, snap, key, v, size(key, v), nil)
	}
	if !ok {
		var zero V
		return zero, false
	}
	return v, true
}

// fill readies the cache for a record of size bytes read at snapshot snap
// and reports whether to keep it; c.mu is held for writing.
func (c *snapCache) fill(snap snapshotID, size int) bool {
	if c.maxBytes <= 0 || snap.ts < c.ts || snap.epoch != c.epoch || size > c.maxBytes/8 {
		return false
	}
	switch {
	case snap.ts > c.ts || c.cur.entities == nil:
		c.ts, c.cur, c.old = snap.ts, newCacheGen(), cacheGen{}
	case c.cur.bytes+size > c.maxBytes/2:
		c.cur, c.old = newCacheGen(), c.cur
	}
	c.cur.bytes += size
	return true
}

// putRank keeps the head of a rank list read at snapshot snap; all says it
// is the whole list. A shorter head than the one kept is not kept.
func (c *snapCache) putRank(snap snapshotID, key rankCacheKey, list []Neighbor, all bool) {
	h := cachedHead[Neighbor]{list: list, all: all}
	keep(c, ranksOf, snap, key, h, rankBytes(key, h), h.longer)
}

// putPairEdges keeps the first edges PairEdges gave for key at snapshot
// snap; all says they are all of them.
func (c *snapCache) putPairEdges(snap snapshotID, key pairCacheKey, list []*graph.Edge, all bool) {
	h := cachedHead[*graph.Edge]{list: list, all: all}
	keep(c, pairsOf, snap, key, h, pairBytes(key, h), h.longer)
}

// putEntity keeps the entity id names at snapshot snap (the zero Entity
// for none).
func (c *snapCache) putEntity(snap snapshotID, id string, e graph.Entity) {
	keep(c, entitiesOf, snap, id, e, entityBytes(id, e), nil)
}

// putEdge keeps the edge id names, with its mentions, at snapshot snap
// (nil for none).
func (c *snapCache) putEdge(snap snapshotID, id string, e *graph.Edge) {
	keep(c, edgesOf, snap, id, e, edgeWithMentionsBytes(id, e), nil)
}

// putDocHead keeps the document id names, without its text, at snapshot
// snap (nil for none).
func (c *snapCache) putDocHead(snap snapshotID, id string, d *graph.Document) {
	keep(c, docsOf, snap, id, d, docHeadBytes(id, d), nil)
}

// keep puts v, of size bytes, under key in the map gen picks, unless
// reads of snapshot snap may use a record kept there already and
// replaces (when given) does not say that v should replace it.
func keep[K comparable, V any](c *snapCache, gen func(*cacheGen) map[K]V, snap snapshotID, key K, v V, size int, replaces func(have V) bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if have, ok := gen(&c.cur)[key]; ok && c.usable(snap) && (replaces == nil || !replaces(have)) {
		return
	}
	if c.fill(snap, size) {
		gen(&c.cur)[key] = v
	}
}

// forget empties the cache after a write that bypassed transactions and
// starts a new epoch: what reads begun before it decoded is not kept.
func (c *snapCache) forget() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.epoch++
	c.cur, c.old = cacheGen{}, cacheGen{}
}

// Sizes: the records' structs and the strings they hold alone, a map
// entry's overhead, and a quarter more for the allocator's size classes
// (measured: the serving process grew by about what these give).
const cacheEntryBytes = 64

var (
	neighborBytes = int(unsafe.Sizeof(Neighbor{}))
	edgeBytes     = int(unsafe.Sizeof(graph.Edge{}))
	mentionBytes  = int(unsafe.Sizeof(graph.Mention{}))
	docBytes      = int(unsafe.Sizeof(graph.Document{}))
	entityStruct  = int(unsafe.Sizeof(graph.Entity{}))
)

func rankBytes(key rankCacheKey, h cachedHead[Neighbor]) int {
	n := cacheEntryBytes + len(key.id) + len(key.typ)
	for i := range h.list {
		nb := &h.list[i]
		n += neighborBytes + len(nb.ID) + len(nb.Last) + len(nb.LastEdge)
		if h := nb.LastHead; h != nil {
			n += edgeBytes + len(h.EventID) + len(h.AttributedTo) + len(h.Date.Value)
		}
	}
	return n * 5 / 4
}

func pairBytes(key pairCacheKey, h cachedHead[*graph.Edge]) int {
	n := cacheEntryBytes + len(key.a) + len(key.b) + len(key.types)
	for _, e := range h.list {
		n += 8 + headBytes(e)
	}
	return n * 5 / 4
}

// headBytes is the size of an edge without its mentions.
func headBytes(e *graph.Edge) int {
	return edgeBytes + len(e.ID) + len(e.From) + len(e.To) + len(e.EventID) + len(e.AttributedTo) + len(e.Date.Value)
}

func edgeWithMentionsBytes(id string, e *graph.Edge) int {
	n := cacheEntryBytes + len(id)
	if e != nil {
		n += headBytes(e)
		for i := range e.Mentions {
			m := &e.Mentions[i]
			n += mentionBytes + len(m.DocumentID) + len(m.Text)
		}
	}
	return n * 5 / 4
}

func docHeadBytes(id string, d *graph.Document) int {
	n := cacheEntryBytes + len(id)
	if d != nil {
		n += docBytes + len(d.ID) + len(d.Title) + len(d.URL) + len(d.Source) + len(d.Published.Value)
	}
	return n * 5 / 4
}

func entityBytes(id string, e graph.Entity) int {
	n := cacheEntryBytes + len(id) + entityStruct + len(e.ID) + len(e.Name) + len(e.Country)
	for _, s := range e.Aliases {
		n += 16 + len(s)
	}
	for _, s := range e.Roles {
		n += 16 + len(s)
	}
	return n * 5 / 4
}
