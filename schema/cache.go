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

// docCache is a bounded LRU cache of prepared documents keyed by query text.
// It is safe for concurrent use.
type docCache struct {
	mu    sync.Mutex
	max   int
	order *list.List // front is most recently used; values are *cacheEntry
	byKey map[string]*list.Element
}

type cacheEntry struct {
	key string
	val *prepared
}

func newDocCache(max int) *docCache {
	return &docCache{max: max, order: list.New(), byKey: make(map[string]*list.Element)}
}

// get returns the document cached for key, marking it recently used.
func (c *docCache) get(key string) (*prepared, bool) {
	if c.max <= 0 {
		return nil, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.byKey[key]
	if !ok {
		return nil, false
	}
	c.order.MoveToFront(el)
	return el.Value.(*cacheEntry).val, true
}

// put caches val under key, evicting the least recently used entry when full.
func (c *docCache) put(key string, val *prepared) {
	if c.max <= 0 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.byKey[key]; ok {
		el.Value.(*cacheEntry).val = val
		c.order.MoveToFront(el)
		return
	}
	c.byKey[key] = c.order.PushFront(&cacheEntry{key: key, val: val})
	for c.order.Len() > c.max {
		last := c.order.Back()
		c.order.Remove(last)
		delete(c.byKey, last.Value.(*cacheEntry).key)
	}
}

// len returns the number of cached documents.
func (c *docCache) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.order.Len()
}
