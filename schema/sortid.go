package schema

import (
	"cmp"
	"encoding/binary"
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// sortByID sorts edges by ID. Edge IDs share a prefix and end in a hash, so
// the eight bytes after the prefix the slice's IDs share order nearly all
// of them: comparing those as one number, and whole IDs only when they are
// equal, sorts a 2-hop neighborhood's 800 edges several times faster than
// comparing strings (a sixth of its CPU went to this sort).
func sortByID(edges []*graph.Edge) {
	if len(edges) < 2 {
		return
	}
	shared := sharedPrefix(edges)
	keyed := make([]keyedEdge, len(edges))
	for i, e := range edges {
		keyed[i] = keyedEdge{key: idKey(e.ID, shared), e: e}
	}
	slices.SortFunc(keyed, func(x, y keyedEdge) int {
		if c := cmp.Compare(x.key, y.key); c != 0 {
			return c
		}
		return strings.Compare(x.e.ID, y.e.ID)
	})
	for i := range keyed {
		edges[i] = keyed[i].e
	}
}

type keyedEdge struct {
	key uint64
	e   *graph.Edge
}

// sharedPrefix returns the length of the prefix all the edges' IDs share.
func sharedPrefix(edges []*graph.Edge) int {
	p := edges[0].ID
	for _, e := range edges[1:] {
		n := 0
		for n < len(p) && n < len(e.ID) && p[n] == e.ID[n] {
			n++
		}
		p = p[:n]
	}
	return len(p)
}

// idKey returns the eight bytes of id after its first skip bytes as a
// big-endian number, zeros past its end: ordered as the IDs are, except
// that IDs equal in those bytes compare equal.
func idKey(id string, skip int) uint64 {
	var b [8]byte
	copy(b[:], id[skip:])
	return binary.BigEndian.Uint64(b[:])
}
