package schema

import (
	"container/list"
	"sync"

	"github.com/graphql-go/graphql/language/ast"
)

// prepared is a parsed and validated query document. Depth and cost are
// computed per request, since they depend on the operation and variables.
type prepared struct {
	doc *ast.Document
}

// astBytesPerQueryByte estimates the memory of a parsed document from the
// length of its query: graphql-go's AST takes about 30 bytes per byte of
// query text (measured on the introspection query and on alias-heavy ones).
const astBytesPerQueryByte = 32

// entryOverhead is what one cache entry costs beyond its key and value.
const entryOverhead = 256

// lru is a least-recently-used cache bounded both in entries and in
// estimated bytes. It is safe for concurrent use.
type lru[V any] struct {
	mu         sync.Mutex
	maxEntries int
	maxBytes   int64
	bytes      int64
	order      *list.List // front is most recently used; values are *lruEntry[V]
	byKey      map[string]*list.Element
}

type lruEntry[V any] struct {
	key  string
	val  V
	size int64
}

func newLRU[V any](maxEntries int, maxBytes int64) *lru[V] {
	return &lru[V]{maxEntries: maxEntries, maxBytes: maxBytes, order: list.New(), byKey: make(map[string]*list.Element)}
}

// newDocCache returns the cache of prepared documents keyed by query text.
func newDocCache(maxEntries int, maxBytes int64) *lru[*prepared] {
	return newLRU[*prepared](maxEntries, maxBytes)
}

// get returns the value cached for key, marking it recently used.
func (c *lru[V]) get(key string) (V, bool) {
	var zero V
	if c.maxEntries <= 0 {
		return zero, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.byKey[key]
	if !ok {
		return zero, false
	}
	c.order.MoveToFront(el)
	return el.Value.(*lruEntry[V]).val, true
}

// put caches val under key with its estimated size, evicting the least
// recently used entries while the cache is over either bound. A value larger
// than the whole byte bound is not kept.
func (c *lru[V]) put(key string, val V, size int64) {
	size += int64(len(key)) + entryOverhead
	if c.maxEntries <= 0 || (c.maxBytes > 0 && size > c.maxBytes) {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.byKey[key]; ok {
		e := el.Value.(*lruEntry[V])
		c.bytes += size - e.size
		e.val, e.size = val, size
		c.order.MoveToFront(el)
	} else {
		c.byKey[key] = c.order.PushFront(&lruEntry[V]{key: key, val: val, size: size})
		c.bytes += size
	}
	for c.order.Len() > c.maxEntries || (c.maxBytes > 0 && c.bytes > c.maxBytes) {
		last := c.order.Back()
		e := last.Value.(*lruEntry[V])
		c.order.Remove(last)
		delete(c.byKey, e.key)
		c.bytes -= e.size
	}
}

// len returns the number of cached entries.
func (c *lru[V]) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.order.Len()
}

// size returns the estimated bytes of the cached entries.
func (c *lru[V]) size() int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.bytes
}
