package store

import (
	"context"
	"errors"
	"fmt"
	"math"
	"strings"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/geokg/geokg/graph"
)

// Ingest writes a document and all its facts in one Badger transaction,
// retried when it conflicts with a concurrent writer. It is idempotent by
// document ID: when the document is stored already, Created is false and
// nothing is written.
//
// The store is the authority on fact IDs: entity IDs are resolved through
// merge redirects, symmetric edges get graph.CanonicalEnds, and edge and event
// IDs are recomputed with graph.EdgeID and graph.EventID (an edge's EventID is
// mapped along). Facts repeated in one extraction are merged. Ingest refuses
// with ErrInvalid an extraction with an empty document ID, an entity of an
// unknown kind or whose ID does not match its kind, a relation type that is
// neither an ontology type nor a lower-case snake_case name, an unknown
// modality, a bad date, an unnamed entity, a confidence outside [0, 1], or an
// edge or event that names an entity (ends, actors, targets, claimant) or an
// event not in the extraction.
func (db *DB) Ingest(ctx context.Context, x *graph.Extraction) (IngestResult, error) {
	if x == nil {
		return IngestResult{}, fmt.Errorf("%w: nil extraction", ErrInvalid)
	}
	if err := validate(x); err != nil {
		return IngestResult{}, err
	}
	docID := x.Document.ID
	var res IngestResult
	err := db.update(ctx, "ingest", func(w *wtx) error {
		txn := w.Txn
		res = IngestResult{DocumentID: docID}
		if _, err := txn.Get(docKey(docID)); err == nil {
			n, err := normalize(txn, x)
			if err != nil {
				return err
			}
			res.Entities, res.Edges = len(n.entities), len(n.edges)
			return nil
		} else if !errors.Is(err, badger.ErrKeyNotFound) {
			return err
		}
		n, err := normalize(txn, x)
		if err != nil {
			return err
		}
		if err := db.write(w, n); err != nil {
			return err
		}
		res.Created = true
		res.Entities, res.Edges = len(n.entities), len(n.edges)
		return nil
	})
	if err != nil {
		if errors.Is(err, ErrInvalid) || errors.Is(err, ErrClosed) {
			return IngestResult{}, err
		}
		return IngestResult{}, fmt.Errorf("store: ingest %s: %w", docID, err)
	}
	if res.Created {
		db.log.Debug("store: ingested", "doc", docID, "entities", res.Entities, "edges", res.Edges)
	}
	return res, nil
}

// validRelationType accepts the ontology's types and other lower-case snake_case names
// (ONTOLOGY.md allows more types than those it scores).
func validRelationType(t graph.RelationType) bool {
	if t.Valid() {
		return true
	}
	if len(t) == 0 || len(t) > 40 || t[0] < 'a' || t[0] > 'z' {
		return false
	}
	for _, c := range []byte(t) {
		if (c < 'a' || c > 'z') && c != '_' {
			return false
		}
	}
	return true
}

func invalid(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrInvalid, fmt.Sprintf(format, args...))
}

func validDate(d graph.Date) error {
	if d.Value == "" {
		return nil
	}
	p, err := graph.ParseDate(d.Value)
	if err != nil || p.Value != d.Value {
		return invalid("bad date %q", d.Value)
	}
	if d.Precision != "" && d.Precision != p.Precision {
		return invalid("date %q with precision %q", d.Value, d.Precision)
	}
	return nil
}

// validate checks an extraction against the model, without touching the store.
func validate(x *graph.Extraction) error {
	doc := x.Document.ID
	if strings.TrimSpace(doc) == "" {
		return invalid("empty document ID")
	}
	if err := validDate(x.Document.Published); err != nil {
		return fmt.Errorf("document published: %w", err)
	}
	ents := make(map[string]bool, len(x.Entities))
	for i := range x.Entities {
		e := &x.Entities[i]
		if !e.Kind.Valid() {
			return invalid("entity %q: bad kind %q", e.ID, e.Kind)
		}
		if k, ok := graph.KindOfID(e.ID); !ok || k != e.Kind {
			return invalid("entity ID %q does not name a %s", e.ID, e.Kind)
		}
		if strings.TrimSpace(e.Name) == "" {
			return invalid("entity %q has no name", e.ID)
		}
		ents[e.ID] = true
	}
	for id := range x.EntityMentions {
		if !ents[id] {
			return invalid("mentions of entity %q, which the extraction lacks", id)
		}
	}
	needEntity := func(what, id string) error {
		if !ents[id] {
			return invalid("%s names entity %q, which the extraction lacks", what, id)
		}
		return nil
	}
	events := make(map[string]bool, len(x.Events))
	for i := range x.Events {
		ev := &x.Events[i]
		what := fmt.Sprintf("event %q", ev.ID)
		if !validRelationType(ev.Type) {
			return invalid("%s: bad relation type %q", what, ev.Type)
		}
		if ev.Modality != "" && !ev.Modality.Valid() {
			return invalid("%s: bad modality %q", what, ev.Modality)
		}
		if err := validDate(ev.Date); err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		if len(ev.Actors)+len(ev.Targets) == 0 {
			return invalid("%s has no participant", what)
		}
		for _, p := range ev.Participants() {
			if err := needEntity(what, p); err != nil {
				return err
			}
		}
		if ev.AttributedTo != "" {
			if err := needEntity(what, ev.AttributedTo); err != nil {
				return err
			}
		}
		events[ev.ID] = true
	}
	for i := range x.Edges {
		e := &x.Edges[i]
		what := fmt.Sprintf("edge %s %s->%s", e.Type, e.From, e.To)
		if !validRelationType(e.Type) {
			return invalid("%s: bad relation type %q", what, e.Type)
		}
		if e.Modality != "" && !e.Modality.Valid() {
			return invalid("%s: bad modality %q", what, e.Modality)
		}
		if err := validDate(e.Date); err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		if math.IsNaN(e.Confidence) || e.Confidence < 0 || e.Confidence > 1 {
			return invalid("%s: confidence %v outside [0, 1]", what, e.Confidence)
		}
		for _, id := range []string{e.From, e.To} {
			if err := needEntity(what, id); err != nil {
				return err
			}
		}
		if e.AttributedTo != "" {
			if err := needEntity(what, e.AttributedTo); err != nil {
				return err
			}
		}
		if e.EventID != "" && !events[e.EventID] {
			return invalid("%s: event %q is not in the extraction", what, e.EventID)
		}
	}
	return nil
}

// normalized is an extraction as the store writes it: IDs resolved and
// recomputed, repeats merged, mentions stamped with the document ID.
type normalized struct {
	doc      graph.Document
	entities []*entityContrib
	events   []*graph.Event
	edges    []*normEdge
}

type normEdge struct {
	head    graph.Edge // the fields fixed by the ID
	contrib edgeContrib
}

func orAsserted(m graph.Modality) graph.Modality {
	if m == "" {
		return graph.Asserted
	}
	return m
}

func withPrecision(d graph.Date) graph.Date {
	if d.Value == "" {
		return graph.Date{}
	}
	return graph.Date{Value: d.Value, Precision: d.Prec()}
}

func stamp(doc string, ms []graph.Mention) []graph.Mention {
	out := make([]graph.Mention, len(ms))
	for i, m := range ms {
		m.DocumentID = doc
		out[i] = m
	}
	return sortMentions(out)
}

// normalize maps a validated extraction to what is written, resolving entity
// IDs through the redirects that txn sees.
func normalize(txn *badger.Txn, x *graph.Extraction) (*normalized, error) {
	doc := x.Document.ID
	cache := map[string]string{}
	resolve := func(id string) (string, error) {
		if id == "" {
			return "", nil
		}
		if r, ok := cache[id]; ok {
			return r, nil
		}
		r, err := resolveTxn(txn, id)
		if err != nil {
			return "", err
		}
		cache[id] = r
		return r, nil
	}
	n := &normalized{doc: x.Document}
	n.doc.Published = withPrecision(n.doc.Published)

	// Entities, merged by resolved ID.
	byID := map[string]*entityContrib{}
	for i := range x.Entities {
		e := x.Entities[i]
		id, err := resolve(e.ID)
		if err != nil {
			return nil, err
		}
		country, err := resolve(e.Country)
		if err != nil {
			return nil, err
		}
		c, ok := byID[id]
		if !ok {
			name := e.Name
			if id != e.ID {
				// A merged-away entity goes by the name of the one it was
				// merged into, as MergeEntities gives the contributions it
				// moves; its own name becomes an alias.
				r, err := loadEntity(txn, id)
				if err != nil {
					return nil, err
				}
				if r != nil {
					name = r.Name
				}
			}
			c = &entityContrib{Entity: graph.Entity{ID: id, Kind: e.Kind, Name: name, Country: country, Codes: e.Codes}}
			byID[id] = c
			n.entities = append(n.entities, c)
		}
		if c.Entity.Name == "" {
			c.Entity.Name = e.Name
		}
		if c.Entity.Name != e.Name {
			c.Entity.Aliases = unionSorted(c.Entity.Aliases, e.Name)
		}
		c.Entity.Aliases = unionSorted(c.Entity.Aliases, e.Aliases...)
		c.Entity.Roles = unionSorted(c.Entity.Roles, e.Roles...)
		if c.Entity.Country == "" {
			c.Entity.Country = country
		}
		if c.Entity.Codes.ISO3 == "" {
			c.Entity.Codes.ISO3 = e.Codes.ISO3
		}
		if c.Entity.Codes.Wikidata == "" {
			c.Entity.Codes.Wikidata = e.Codes.Wikidata
		}
		c.Mentions = append(c.Mentions, x.EntityMentions[e.ID]...)
	}
	for _, c := range n.entities {
		if c.Entity.Name != "" {
			c.Entity.Aliases = removeString(c.Entity.Aliases, c.Entity.Name)
		}
		c.Mentions = stamp(doc, c.Mentions)
	}

	resolveAll := func(ids []string) ([]string, error) {
		out := make([]string, 0, len(ids))
		for _, id := range ids {
			r, err := resolve(id)
			if err != nil {
				return nil, err
			}
			if !containsString(out, r) {
				out = append(out, r)
			}
		}
		return out, nil
	}

	// Events, with recomputed IDs.
	eventIDs := map[string]string{}
	evByID := map[string]*graph.Event{}
	for i := range x.Events {
		ev := x.Events[i]
		var err error
		if ev.Actors, err = resolveAll(ev.Actors); err != nil {
			return nil, err
		}
		if ev.Targets, err = resolveAll(ev.Targets); err != nil {
			return nil, err
		}
		if ev.Place, err = resolve(ev.Place); err != nil {
			return nil, err
		}
		if ev.AttributedTo, err = resolve(ev.AttributedTo); err != nil {
			return nil, err
		}
		ev.Date = withPrecision(ev.Date)
		ev.Modality = orAsserted(ev.Modality)
		id := graph.EventID(ev.Type, ev.Actors, ev.Targets, ev.Date)
		eventIDs[x.Events[i].ID] = id
		ev.ID = id
		ev.Mentions = stamp(doc, ev.Mentions)
		if prev, ok := evByID[id]; ok {
			prev.Mentions = sortMentions(append(prev.Mentions, ev.Mentions...))
			if prev.Place == "" {
				prev.Place = ev.Place
			}
			continue
		}
		evCopy := ev
		evByID[id] = &evCopy
		n.events = append(n.events, &evCopy)
	}

	// Edges, with canonical ends and recomputed IDs.
	edByID := map[string]*normEdge{}
	for i := range x.Edges {
		e := x.Edges[i]
		var err error
		if e.From, err = resolve(e.From); err != nil {
			return nil, err
		}
		if e.To, err = resolve(e.To); err != nil {
			return nil, err
		}
		if e.AttributedTo, err = resolve(e.AttributedTo); err != nil {
			return nil, err
		}
		e.From, e.To = graph.CanonicalEnds(e.Type, e.From, e.To)
		e.Date = withPrecision(e.Date)
		e.Modality = orAsserted(e.Modality)
		e.ID = graph.EdgeID(e.Type, e.From, e.To, e.Date, e.Modality, e.AttributedTo)
		c := edgeContrib{Confidence: e.Confidence, Event: eventIDs[e.EventID], Mentions: stamp(doc, e.Mentions)}
		if prev, ok := edByID[e.ID]; ok {
			prev.contrib.Confidence = max(prev.contrib.Confidence, c.Confidence)
			prev.contrib.Mentions = sortMentions(append(prev.contrib.Mentions, c.Mentions...))
			if prev.contrib.Event == "" {
				prev.contrib.Event = c.Event
			}
			continue
		}
		head := graph.Edge{ID: e.ID, Type: e.Type, From: e.From, To: e.To, Date: e.Date,
			Modality: e.Modality, AttributedTo: e.AttributedTo}
		ne := &normEdge{head: head, contrib: c}
		edByID[e.ID] = ne
		n.edges = append(n.edges, ne)
	}
	return n, nil
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func removeString(list []string, s string) []string {
	out := list[:0]
	for _, x := range list {
		if x != s {
			out = append(out, x)
		}
	}
	return out
}

// write stores a new document and folds its contributions into the derived records.
func (db *DB) write(w *wtx, n *normalized) error {
	txn := w.Txn
	w.delta.Documents++
	doc := n.doc.ID
	seq := db.nextSeq()
	if err := setJSON(txn, docKey(doc), &docRec{Seq: seq, Doc: n.doc}); err != nil {
		return err
	}
	if err := txn.Set(docOrderKey(seq, doc), nil); err != nil {
		return err
	}
	for _, c := range n.entities {
		id := c.Entity.ID
		if err := setJSON(txn, entityContribKey(id, doc), c); err != nil {
			return err
		}
		if err := txn.Set(docFactKey(doc, factEntity, id), nil); err != nil {
			return err
		}
		r, err := loadEntity(txn, id)
		if err != nil {
			return err
		}
		oldKeys := entityIndexKeys(r)
		if err := putEntity(w, id, oldKeys, mergeEntity(r, doc, &c.Entity)); err != nil {
			return err
		}
	}
	for _, ev := range n.events {
		if err := setJSON(txn, eventContribKey(ev.ID, doc), ev); err != nil {
			return err
		}
		if err := txn.Set(docFactKey(doc, factEvent, ev.ID), nil); err != nil {
			return err
		}
		r, err := loadEvent(txn, ev.ID)
		if err != nil {
			return err
		}
		oldKeys := eventIndexKeys(r)
		if err := putEvent(w, ev.ID, oldKeys, mergeEvent(r, doc, ev)); err != nil {
			return err
		}
	}
	for _, e := range n.edges {
		id := e.head.ID
		if err := setEdgeContrib(w, id, doc, &e.contrib); err != nil {
			return err
		}
		if err := txn.Set(docFactKey(doc, factEdge, id), nil); err != nil {
			return err
		}
		r, err := loadEdge(txn, id)
		if err != nil {
			return err
		}
		oldKeys := edgeIndexKeys(r)
		if err := putEdge(w, id, oldKeys, mergeEdge(r, &e.head, doc, &e.contrib)); err != nil {
			return err
		}
	}
	return nil
}

// resolveTxn follows merge redirects from id.
func resolveTxn(txn *badger.Txn, id string) (string, error) {
	for hops := 0; hops < 64; hops++ {
		item, err := txn.Get(redirectKey(id))
		if errors.Is(err, badger.ErrKeyNotFound) {
			return id, nil
		}
		if err != nil {
			return "", err
		}
		next, err := item.ValueCopy(nil)
		if err != nil {
			return "", err
		}
		id = string(next)
	}
	return "", fmt.Errorf("store: redirect loop at %q", id)
}
