package exchange

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"slices"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/store"
)

// documentEventLister is implemented by stores that list a document's events
// (store.DB does); without it, a document's events are those its edges name.
type documentEventLister interface {
	DocumentEventIDs(ctx context.Context, docID string) ([]string, error)
}

// writeJSONL writes one line per document, in load order: the document
// (text and metadata), the entities it names with its mentions of them, its
// events and its edges with its mentions of them. The line is a
// graph.Extraction, so Import stores it as loading the document stored it.
func writeJSONL(ctx context.Context, st store.Store, w *bufio.Writer, f store.EdgeFilter) error {
	ids, err := st.DocumentIDs(ctx)
	if err != nil {
		return fmt.Errorf("exchange: documents: %w", err)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return pages(ids, docPageSize, func(page []string) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		docs, err := st.Documents(ctx, page)
		if err != nil {
			return fmt.Errorf("exchange: documents: %w", err)
		}
		edgeLists, err := st.DocumentsEdgeIDs(ctx, page)
		if err != nil {
			return fmt.Errorf("exchange: documents: %w", err)
		}
		entLists, err := st.DocumentsEntityIDs(ctx, page)
		if err != nil {
			return fmt.Errorf("exchange: documents: %w", err)
		}
		cache := &entityCache{st: st}
		if err := cache.load(ctx, slices.Concat(entLists...)); err != nil {
			return err
		}
		for i, d := range docs {
			if d == nil {
				continue
			}
			x, err := documentExtraction(ctx, cache, d, edgeLists[i], entLists[i], f)
			if err != nil {
				return err
			}
			if x == nil {
				continue
			}
			if err := enc.Encode(x); err != nil {
				return fmt.Errorf("exchange: write: %w", err)
			}
		}
		return werr(w)
	})
}

// ofDocument returns the mentions of ms in document doc.
func ofDocument(ms []graph.Mention, doc string) []graph.Mention {
	out := []graph.Mention{}
	for _, m := range ms {
		if m.DocumentID == doc {
			out = append(out, m)
		}
	}
	return out
}

// documentExtraction rebuilds what document d contributed to the graph; nil
// when a filter leaves it no edge.
func documentExtraction(ctx context.Context, cache *entityCache, d *graph.Document, edgeIDs, entIDs []string, f store.EdgeFilter) (*graph.Extraction, error) {
	st := cache.st
	x := &graph.Extraction{Document: *d, Entities: []graph.Entity{}, Events: []graph.Event{}, Edges: []graph.Edge{}}
	edges, err := st.Edges(ctx, edgeIDs)
	if err != nil {
		return nil, fmt.Errorf("exchange: edges: %w", err)
	}
	for _, e := range edges {
		if e != nil && matchEdge(f, e) {
			c := *e
			c.Mentions = ofDocument(e.Mentions, d.ID)
			x.Edges = append(x.Edges, c)
		}
	}
	if filtered(f) && len(x.Edges) == 0 {
		return nil, nil
	}
	if err := addEvents(ctx, st, x, filtered(f)); err != nil {
		return nil, err
	}
	if err := addEntities(ctx, cache, x, entIDs, filtered(f)); err != nil {
		return nil, err
	}
	return x, nil
}

// addEvents adds the document's events (only those x's edges belong to when
// onlyUsed) and ties each of x's edges to the event this document ties it to.
func addEvents(ctx context.Context, st store.Store, x *graph.Extraction, onlyUsed bool) error {
	doc := x.Document.ID
	var evIDs []string
	if l, ok := st.(documentEventLister); ok {
		ids, err := l.DocumentEventIDs(ctx, doc)
		if err != nil {
			return fmt.Errorf("exchange: document events: %w", err)
		}
		evIDs = ids
	} else {
		for _, e := range x.Edges {
			if e.EventID != "" && !slices.Contains(evIDs, e.EventID) {
				evIDs = append(evIDs, e.EventID)
			}
		}
	}
	evs, err := st.Events(ctx, evIDs)
	if err != nil {
		return fmt.Errorf("exchange: events: %w", err)
	}
	edgeLists, err := st.EventsEdgeIDs(ctx, evIDs)
	if err != nil {
		return fmt.Errorf("exchange: events: %w", err)
	}
	eventOf := map[string]string{} // edge -> this document's event
	for i, id := range evIDs {
		for _, edge := range edgeLists[i] {
			if _, ok := eventOf[edge]; !ok {
				eventOf[edge] = id
			}
		}
	}
	used := map[string]bool{}
	for i := range x.Edges {
		e := &x.Edges[i]
		if e.EventID == "" || !slices.Contains(evIDs, e.EventID) {
			e.EventID = eventOf[e.ID]
		}
		used[e.EventID] = true
	}
	for _, ev := range evs {
		if ev == nil || (onlyUsed && !used[ev.ID]) {
			continue
		}
		c := *ev
		c.Mentions = ofDocument(ev.Mentions, doc)
		x.Events = append(x.Events, c)
	}
	return nil
}

// addEntities adds the entities the document names (only those its edges and
// events need when filtered), with its mentions of them, and any entity an
// edge or event names that the document's list lacks.
func addEntities(ctx context.Context, cache *entityCache, x *graph.Extraction, entIDs []string, onlyNeeded bool) error {
	need := neededEntities(x)
	var ids []string
	if onlyNeeded {
		ids = need
	} else {
		ids = append(ids, entIDs...)
		for _, id := range need {
			if !slices.Contains(entIDs, id) {
				ids = append(ids, id)
			}
		}
	}
	if err := cache.load(ctx, ids); err != nil {
		return err
	}
	ments, err := cache.st.DocumentEntityMentions(ctx, x.Document.ID, ids)
	if err != nil {
		return fmt.Errorf("exchange: entity mentions: %w", err)
	}
	seen := map[string]bool{}
	for i, id := range ids {
		e := cache.ents[id]
		if e == nil || seen[e.ID] {
			continue
		}
		seen[e.ID] = true
		x.Entities = append(x.Entities, *e)
		if ms := ments[i]; len(ms) > 0 {
			if x.EntityMentions == nil {
				x.EntityMentions = map[string][]graph.Mention{}
			}
			x.EntityMentions[e.ID] = ms
		}
	}
	return nil
}

// entityCache holds the entities of one page of documents, read in one
// call, so that an entity named by several documents of the page is read
// once. A document's mentions of them are read with the document
// (DocumentEntityMentions): all of a hub's mentions, read for every page,
// made an export quadratic.
type entityCache struct {
	st   store.Store
	ents map[string]*graph.Entity
}

// load reads those of ids the cache lacks.
func (c *entityCache) load(ctx context.Context, ids []string) error {
	if c.ents == nil {
		c.ents = map[string]*graph.Entity{}
	}
	var miss []string
	for _, id := range ids {
		if _, ok := c.ents[id]; !ok {
			c.ents[id] = nil // listed once; filled below
			miss = append(miss, id)
		}
	}
	if len(miss) == 0 {
		return nil
	}
	ents, err := c.st.Entities(ctx, miss)
	if err != nil {
		return fmt.Errorf("exchange: entities: %w", err)
	}
	for i, id := range miss {
		c.ents[id] = ents[i]
	}
	return nil
}

// neededEntities lists the entities x's edges and events name.
func neededEntities(x *graph.Extraction) []string {
	var out []string
	add := func(ids ...string) {
		for _, id := range ids {
			if id != "" && !slices.Contains(out, id) {
				out = append(out, id)
			}
		}
	}
	for _, e := range x.Edges {
		add(e.From, e.To, e.AttributedTo)
	}
	for _, ev := range x.Events {
		add(ev.Participants()...)
		add(ev.AttributedTo)
	}
	return out
}

// matchEdge reports whether e passes the types, modalities and dates of f,
// with the semantics of store.EdgeFilter.
func matchEdge(f store.EdgeFilter, e *graph.Edge) bool {
	if len(f.Types) > 0 && !slices.Contains(f.Types, e.Type) {
		return false
	}
	if len(f.Modalities) > 0 && !slices.Contains(f.Modalities, e.Modality) {
		return false
	}
	if !f.DateFrom.Known() && !f.DateTo.Known() {
		return true
	}
	first, last, ok := e.Date.Range()
	if !ok {
		return false
	}
	if from, _, ok := f.DateFrom.Range(); ok && first.Before(from) {
		return false
	}
	if _, to, ok := f.DateTo.Range(); ok && last.After(to) {
		return false
	}
	return true
}
