// Package store keeps geokg's graph in Badger: entities, edges, events,
// documents and mentions, with the indexes that queries need. A document and
// all its facts are written in one transaction (many documents share one in
// IngestBatch; a document too big for one is written in parts that no reader
// sees half done and that Open undoes after a crash), so a crash leaves all
// of a document or none of it, and loading the same document twice changes
// nothing.
//
// The key layout is written down in one place, keys.go.
package store

import (
	"context"
	"io"

	"github.com/geokg/geokg/graph"
)

// Store is what the schema and the commands need of a graph store. *DB, the
// Badger store, implements it; the conformance suite (storetest) checks any
// implementation.
//
// Batch getters (Entities, Edges, Events, Documents) return one element per
// requested ID, in order, nil where the ID is unknown, so that a data loader
// can answer a whole page of a GraphQL query with one call. Entity lookups
// follow merge redirects: asking for a merged-away ID gives the entity it was
// merged into.
//
// Batch lists (DocumentsEdgeIDs, DocumentsEntityIDs, EntitiesEventIDs,
// EntitiesMentions, EventsEdgeIDs) likewise return one list per requested ID,
// in order, read in one transaction: nil where the ID is unknown, an empty,
// non-nil list where it is known and the list is empty.
//
// List methods return IDs in a stable order (documented per method); the
// schema pages over them with opaque cursors.
type Store interface {
	// Ingest writes a document and all its facts atomically. It is idempotent
	// by document ID (a content hash): the second time, Created is false and
	// nothing changes.
	Ingest(ctx context.Context, x *graph.Extraction) (IngestResult, error)
	// IngestBatch writes many documents, each atomically and idempotently
	// as Ingest does, with few transactions: one result per extraction, in
	// order, with the error of each refused one.
	IngestBatch(ctx context.Context, xs []*graph.Extraction) ([]BatchResult, error)
	// DeleteDocument removes a document and its mentions; edges, events and
	// entities left without a mention go too. It returns false, nil when the
	// document is unknown.
	DeleteDocument(ctx context.Context, id string) (bool, error)
	// MergeEntities moves the aliases, edges, events and mentions of each of from
	// into into, deletes them and keeps a redirect so that their IDs still resolve.
	MergeEntities(ctx context.Context, into string, from []string) (*graph.Entity, error)

	// Entities returns the entities with the given IDs, following redirects.
	// Their slices (aliases, roles) may be shared with other calls: callers
	// must not change them.
	Entities(ctx context.Context, ids []string) ([]*graph.Entity, error)
	// Edges returns the edges with the given IDs, with their mentions. The
	// edges may be shared with other calls: callers must not change them.
	Edges(ctx context.Context, ids []string) ([]*graph.Edge, error)
	// EdgeHeads returns the edges with the given IDs without their mentions
	// (nil Mentions): what a list that shows no sources needs.
	EdgeHeads(ctx context.Context, ids []string) ([]*graph.Edge, error)
	// Events returns the events with the given IDs.
	Events(ctx context.Context, ids []string) ([]*graph.Event, error)
	// Documents returns the documents with the given IDs.
	Documents(ctx context.Context, ids []string) ([]*graph.Document, error)
	// DocumentHeads returns the documents with the given IDs without their
	// text; nil where an ID is unknown. They may be shared with other
	// calls: callers must not change them.
	DocumentHeads(ctx context.Context, ids []string) ([]*graph.Document, error)
	// Resolve returns the ID that id now stands for, after merges (id itself
	// when it was never merged away).
	Resolve(ctx context.Context, id string) (string, error)

	// EntityIDs lists entity IDs in ID order, only those of kind k when k is not empty.
	EntityIDs(ctx context.Context, k graph.Kind) ([]string, error)
	// Search finds entities by name or alias, case- and accent-insensitively,
	// by whole name, name prefix or word prefix. Exact matches come first, then
	// prefix matches, then word matches; ties in ID order. At most limit IDs.
	Search(ctx context.Context, text string, kinds []graph.Kind, limit int) ([]string, error)
	// EdgeIDs lists the IDs of the edges that match f, in (date, ID) order,
	// unknown dates first.
	EdgeIDs(ctx context.Context, f EdgeFilter) ([]string, error)
	// EdgeIDsFirst returns, for each filter f, the first n IDs that
	// EdgeIDs(f) lists, whether more follow and, with count, the length of
	// its whole list, without keeping the whole list: the first pages of
	// entities' edges, hubs included.
	EdgeIDsFirst(ctx context.Context, fs []EdgeFilter, n int, count bool) ([]EdgePage, error)
	// EventIDs lists the IDs of the events that match f, in (date, ID) order.
	EventIDs(ctx context.Context, f EventFilter) ([]string, error)
	// EntitiesMentionPages returns, for each list, the n mentions of its
	// entity that EntitiesMentions lists after its position, whether more
	// follow and, with count, the length of the whole list (-1 without),
	// reading the sentences of the page only.
	EntitiesMentionPages(ctx context.Context, lists []MentionsFrom, n int, count bool) ([]MentionPage, error)
	// EventIDsFirst returns the first n IDs that EventIDs(f) lists, whether
	// more follow and, with count, the length of its whole list (-1
	// without), without keeping the whole list.
	EventIDsFirst(ctx context.Context, f EventFilter, n int, count bool) (EventPage, error)
	// DocumentIDs lists document IDs in the order they were loaded.
	DocumentIDs(ctx context.Context) ([]string, error)
	// DocumentIDsPage returns the n IDs that DocumentIDs lists after
	// document after ("" for the start; afterPos, its index, when it is no
	// longer stored), and whether more follow, reading the page only.
	DocumentIDsPage(ctx context.Context, after string, afterPos, n int) (DocumentPage, error)
	// DocumentsEdgeIDs lists, for each of docIDs, the edges the document
	// states, in ID order.
	DocumentsEdgeIDs(ctx context.Context, docIDs []string) ([][]string, error)
	// DocumentsEntityIDs lists, for each of docIDs, the entities the document
	// names, in ID order.
	DocumentsEntityIDs(ctx context.Context, docIDs []string) ([][]string, error)
	// EntitiesEventIDs lists, for each of entityIDs (after redirects), the
	// events it takes part in, in (date, ID) order, unknown dates first.
	EntitiesEventIDs(ctx context.Context, entityIDs []string) ([][]string, error)
	// EntitiesMentions lists, for each of entityIDs (after redirects), the
	// sentences that name it, in load order by batch: by the block of the
	// document's load order (documents loaded in one batch share one), then
	// (document ID, sentence, start, end).
	EntitiesMentions(ctx context.Context, entityIDs []string) ([][]graph.Mention, error)
	// DocumentEntityMentions lists, for each of entityIDs (after
	// redirects), the sentences of document doc that name it, in
	// (sentence, start, end) order: what EntitiesMentions gives of that
	// document, read from the document's own contribution.
	DocumentEntityMentions(ctx context.Context, doc string, entityIDs []string) ([][]graph.Mention, error)
	// EventsEdgeIDs lists, for each of eventIDs, the edges that any document
	// ties to the event, in ID order.
	EventsEdgeIDs(ctx context.Context, eventIDs []string) ([][]string, error)
	// Neighbors returns, for each of ids, the edges that touch it (both
	// directions) and the entity at their other end, restricted to types
	// when types is not empty. One call serves a whole breadth-first level.
	Neighbors(ctx context.Context, ids []string, types []graph.RelationType) (map[string][]Adjacent, error)
	// TopNeighbors returns, for each of ids (after redirects), its k strongest
	// neighbors (all when k <= 0), by documents, then last date, then ID,
	// counting only edges of types when not empty; it reads no more than k
	// index entries per type, whatever the entity's degree. The lists,
	// and the edges they point to, may be shared with other calls (a
	// store may keep them for later reads): callers must not change them.
	TopNeighbors(ctx context.Context, ids []string, types []graph.RelationType, k int) ([][]Neighbor, error)
	// PairEdges returns, for each pair of entities, at most perPair of the
	// edges between them (all when perPair <= 0) as heads (no mentions),
	// the newest of each type and direction first. The lists and their
	// edges may be shared with other calls, as TopNeighbors' are.
	PairEdges(ctx context.Context, pairs [][2]string, types []graph.RelationType, perPair int) ([][]*graph.Edge, error)
	// Relations summarizes how entities relate: one row per (from, to, type).
	Relations(ctx context.Context, f RelationFilter) ([]Relation, error)

	// Stats counts what the store holds.
	Stats(ctx context.Context) (Stats, error)
	// Backup writes a full backup to w; Restore loads one into an empty store.
	Backup(ctx context.Context, w io.Writer) error
	Restore(ctx context.Context, r io.Reader) error
	// Close releases the store.
	Close() error
}

// Direction selects edges by which end a node is on.
type Direction string

// The directions of an adjacency scan.
const (
	Out  Direction = "out"
	In   Direction = "in"
	Both Direction = "both"
)

// EdgeFilter selects edges. Zero fields do not filter.
type EdgeFilter struct {
	// Node, with Direction, keeps the edges that leave (Out), enter (In) or
	// touch (Both, the default) this entity. Symmetric edges count as both.
	Node      string
	Direction Direction
	// From and To keep the edges from this entity and to this entity.
	// For a symmetric type either end matches either.
	From, To string
	Types    []graph.RelationType
	// DateFrom and DateTo keep the edges whose date is known and lies wholly
	// within [first day of DateFrom, last day of DateTo].
	DateFrom, DateTo graph.Date
	Modalities       []graph.Modality
}

// EventFilter selects events. Zero fields do not filter.
type EventFilter struct {
	Types []graph.RelationType
	// Participant keeps the events with this entity among actors or targets.
	Participant      string
	DateFrom, DateTo graph.Date
}

// Adjacent is one edge at a node and the entity at its other end.
type Adjacent struct {
	EdgeID string
	Other  string
	// Out is true when the node is the edge's From.
	Out bool
}

// IngestResult reports what Ingest did.
type IngestResult struct {
	DocumentID string
	// Created is false when the document was already stored.
	Created bool
	// Entities and Edges count what the document holds.
	Entities int
	Edges    int
	// Document is the document as stored (as stored before, when Created is
	// false), so that a caller need not read it back: a delete racing the
	// write could have removed it by then.
	Document *graph.Document
}

// Stats counts the records of a store.
type Stats struct {
	Documents int `json:"documents"`
	Entities  int `json:"entities"`
	Edges     int `json:"edges"`
	Events    int `json:"events"`
	// Mentions counts the mentions of edges: the sentences that state a
	// relation, summed over edges (entity and event mentions are not counted).
	Mentions int `json:"mentions"`
}
