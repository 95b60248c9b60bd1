package schema

import (
	"encoding/base64"
	"strconv"
	"strings"

	"github.com/graphql-go/graphql"
)

// A cursor is opaque to clients: base64url of "c1|<offset>|<key>", where key
// is the item's ID (or, for mentions, a key derived from the mention). Paging
// resumes right after the item with that key, wherever it now sits, so
// cursors stay valid while the list changes; if the item itself is gone, paging
// resumes at its old offset.
const cursorVersion = "c1"

func encodeCursor(offset int, key string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(cursorVersion + "|" + strconv.Itoa(offset) + "|" + key))
}

func decodeCursor(c string) (offset int, key string, err error) {
	raw, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil {
		return 0, "", userErr("bad cursor %q", c)
	}
	parts := strings.SplitN(string(raw), "|", 3)
	if len(parts) != 3 || parts[0] != cursorVersion {
		return 0, "", userErr("bad cursor %q", c)
	}
	offset, err = strconv.Atoi(parts[1])
	if err != nil || offset < 0 {
		return 0, "", userErr("bad cursor %q", c)
	}
	return offset, parts[2], nil
}

// page is one page of a connection: the keys of its items, with their
// positions, and what PageInfo and totalCount report.
type page struct {
	total       int
	start       int
	keys        []string
	hasNext     bool
	hasPrevious bool
	startCursor string
	endCursor   string
}

// paginate cuts the page of at most first items that follows the cursor after.
func paginate(keys []string, first int, after string) (page, error) {
	start := 0
	if after != "" {
		off, key, err := decodeCursor(after)
		if err != nil {
			return page{}, err
		}
		start = resumeAt(keys, off, key)
	}
	end := min(start+first, len(keys))
	p := page{total: len(keys), start: start, keys: keys[start:end], hasNext: end < len(keys), hasPrevious: start > 0}
	if end > start {
		p.startCursor = encodeCursor(start, keys[start])
		p.endCursor = encodeCursor(end-1, keys[end-1])
	} else if after != "" {
		p.endCursor = after
	}
	return p, nil
}

// storePage is a page that the store read alone: keys are its items, start
// their index in the whole list (0 for a first page), total the list's
// length (-1 when not counted) and more whether items follow. after is the
// cursor asked, which an empty page after it keeps as its end. Its cursors
// are the ones paginate would give over the whole list.
func storePage(keys []string, start, total int, more bool, after string) page {
	p := page{total: total, start: start, keys: keys, hasNext: more, hasPrevious: start > 0}
	if n := len(keys); n > 0 {
		p.startCursor, p.endCursor = encodeCursor(start, keys[0]), encodeCursor(start+n-1, keys[n-1])
	} else if after != "" {
		p.endCursor = after
	}
	return p
}

// resumeAt returns the index after the item key, last seen at offset off.
func resumeAt(keys []string, off int, key string) int {
	if off < len(keys) && keys[off] == key {
		return off + 1
	}
	for i, k := range keys {
		if k == key {
			return i + 1
		}
	}
	return min(off, len(keys))
}

// cursorAt returns the cursor of the i-th item of the page.
func (p page) cursorAt(i int) string { return encodeCursor(p.start+i, p.keys[i]) }

// connection is the value a connection field resolves to.
type connection struct {
	page page
	// node returns the value (or thunk) of the i-th item of the page.
	node func(i int) any
}

// connItem is one element of a connection's edges list.
type connItem struct {
	cursor string
	node   any
}

// connectionType builds the XConnection and XEdge types over node type n.
func connectionType(name string, n graphql.Output, pageInfo *graphql.Object) *graphql.Object {
	edge := graphql.NewObject(graphql.ObjectConfig{
		Name:        name + "Edge",
		Description: "An element of a " + name + "Connection: a node and its cursor.",
		Fields: graphql.Fields{
			"cursor": &graphql.Field{
				Type: graphql.NewNonNull(graphql.String),
				Resolve: func(p graphql.ResolveParams) (any, error) {
					return p.Source.(connItem).cursor, nil
				},
			},
			"node": &graphql.Field{
				Type: graphql.NewNonNull(n),
				Resolve: func(p graphql.ResolveParams) (any, error) {
					return p.Source.(connItem).node, nil
				},
			},
		},
	})
	return graphql.NewObject(graphql.ObjectConfig{
		Name:        name + "Connection",
		Description: "A page of " + name + " values, Relay style.",
		Fields: graphql.Fields{
			"totalCount": &graphql.Field{
				Type: graphql.NewNonNull(graphql.Int),
				Resolve: func(p graphql.ResolveParams) (any, error) {
					return p.Source.(*connection).page.total, nil
				},
			},
			"pageInfo": &graphql.Field{
				Type: graphql.NewNonNull(pageInfo),
				Resolve: func(p graphql.ResolveParams) (any, error) {
					return p.Source.(*connection).page, nil
				},
			},
			"edges": &graphql.Field{
				Type: graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(edge))),
				Resolve: func(p graphql.ResolveParams) (any, error) {
					c := p.Source.(*connection)
					out := make([]any, len(c.page.keys))
					for i := range c.page.keys {
						out[i] = connItem{cursor: c.page.cursorAt(i), node: c.node(i)}
					}
					return out, nil
				},
			},
		},
	})
}

func pageInfoType() *graphql.Object {
	return graphql.NewObject(graphql.ObjectConfig{
		Name:        "PageInfo",
		Description: "Where a page sits in its connection.",
		Fields: graphql.Fields{
			"hasNextPage": &graphql.Field{
				Type: graphql.NewNonNull(graphql.Boolean),
				Resolve: func(p graphql.ResolveParams) (any, error) {
					return p.Source.(page).hasNext, nil
				},
			},
			"hasPreviousPage": &graphql.Field{
				Type:        graphql.NewNonNull(graphql.Boolean),
				Description: "Whether items come before this page (it started after a cursor that is not before the first item).",
				Resolve: func(p graphql.ResolveParams) (any, error) {
					return p.Source.(page).hasPrevious, nil
				},
			},
			"startCursor": &graphql.Field{
				Type:        graphql.String,
				Description: "The cursor of the page's first item; null for an empty page.",
				Resolve: func(p graphql.ResolveParams) (any, error) {
					if c := p.Source.(page).startCursor; c != "" {
						return c, nil
					}
					return nil, nil
				},
			},
			"endCursor": &graphql.Field{
				Type: graphql.String,
				Resolve: func(p graphql.ResolveParams) (any, error) {
					if e := p.Source.(page).endCursor; e != "" {
						return e, nil
					}
					return nil, nil
				},
			},
		},
	})
}
