package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
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
	err := db.update(ctx, "delete document", func(txn *badger.Txn) error {
		var rec docRec
		ok, err := getJSON(txn, docKey(id), &rec)
		if err != nil {
			return err
		}
		found = ok
		if !ok {
			return nil
		}
		for _, kind := range []byte{factEdge, factEvent, factEntity} {
			ids, err := factIDs(txn, id, kind)
			if err != nil {
				return err
			}
			for _, fid := range ids {
				if err := txn.Delete(docFactKey(id, kind, fid)); err != nil {
					return err
				}
				switch kind {
				case factEdge:
					err = txn.Delete(edgeContribKey(fid, id))
					if err == nil {
						err = rebuildEdge(txn, fid, nil)
					}
				case factEvent:
					err = txn.Delete(eventContribKey(fid, id))
					if err == nil {
						err = rebuildEvent(txn, fid)
					}
				case factEntity:
					err = txn.Delete(entityContribKey(fid, id))
					if err == nil {
						err = rebuildEntity(txn, fid)
					}
				}
				if err != nil {
					return err
				}
			}
		}
		if err := txn.Delete(docOrderKey(rec.Seq, id)); err != nil {
			return err
		}
		return txn.Delete(docKey(id))
	})
	if err != nil {
		return false, wrap("delete document "+id, err)
	}
	if found {
		db.log.Debug("store: deleted document", "doc", id)
	}
	return found, nil
}

func factIDs(txn *badger.Txn, doc string, kind byte) ([]string, error) {
	var ids []string
	prefix := docFactPrefix(doc, kind)
	err := scanKeys(txn, prefix, nil, func(k, _ []byte) (bool, error) {
		ids = append(ids, string(k[len(prefix):]))
		return true, nil
	})
	return ids, err
}

func keysUnder(txn *badger.Txn, prefix []byte, parse func(rest []byte) string) ([]string, error) {
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
// mentions where the new ID exists already; an edge between two merged
// entities becomes a loop on into), and a redirect keeps their IDs resolving
// to into. Entities whose country is a merged ID resolve it when read. It
// returns ErrNotFound for an unknown ID and ErrInvalid for a kind mismatch.
func (db *DB) MergeEntities(ctx context.Context, into string, from []string) (*graph.Entity, error) {
	var out *graph.Entity
	err := db.update(ctx, "merge entities", func(txn *badger.Txn) error {
		target, err := resolveTxn(txn, into)
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
		for _, f := range from {
			src, err := resolveTxn(txn, f)
			if err != nil {
				return err
			}
			if src == target {
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
			if err := mergeOne(txn, tr, src); err != nil {
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
	if err != nil {
		return nil, wrap("merge entities", err)
	}
	db.log.Info("store: merged entities", "into", out.ID, "from", from)
	return out, nil
}

// mergeOne moves entity src into the entity of record tr.
func mergeOne(txn *badger.Txn, tr *entityRec, src string) error {
	target := tr.ID
	swap := func(id string) string {
		if id == src {
			return target
		}
		return id
	}

	// Entity contributions.
	type moved struct {
		doc string
		c   entityContrib
	}
	var contribs []moved
	err := scanContribs(txn, entityContribPrefix(src), func(doc string, v []byte) error {
		var c entityContrib
		if err := json.Unmarshal(v, &c); err != nil {
			return fmt.Errorf("store: decode entity contribution: %w", err)
		}
		contribs = append(contribs, moved{doc, c})
		return nil
	})
	if err != nil {
		return err
	}
	for _, m := range contribs {
		c := m.c
		c.Entity.Aliases = unionSorted(c.Entity.Aliases, c.Entity.Name)
		c.Entity.ID, c.Entity.Kind, c.Entity.Name = target, tr.Kind, tr.Name
		var have entityContrib
		ok, err := getJSON(txn, entityContribKey(target, m.doc), &have)
		if err != nil {
			return err
		}
		if ok {
			have.Entity.Aliases = unionSorted(have.Entity.Aliases, c.Entity.Aliases...)
			have.Entity.Roles = unionSorted(have.Entity.Roles, c.Entity.Roles...)
			if have.Entity.Country == "" {
				have.Entity.Country = c.Entity.Country
			}
			if have.Entity.Codes.ISO3 == "" {
				have.Entity.Codes.ISO3 = c.Entity.Codes.ISO3
			}
			if have.Entity.Codes.Wikidata == "" {
				have.Entity.Codes.Wikidata = c.Entity.Codes.Wikidata
			}
			have.Mentions = sortMentions(append(have.Mentions, c.Mentions...))
			c = have
		}
		c.Entity.Aliases = removeString(c.Entity.Aliases, c.Entity.Name)
		if err := setJSON(txn, entityContribKey(target, m.doc), &c); err != nil {
			return err
		}
		for _, k := range [][]byte{entityContribKey(src, m.doc), docFactKey(m.doc, factEntity, src)} {
			if err := txn.Delete(k); err != nil {
				return err
			}
		}
		if err := txn.Set(docFactKey(m.doc, factEntity, target), nil); err != nil {
			return err
		}
	}

	// Events with src among their participants get new IDs.
	eventMap := map[string]string{}
	evIDs, err := keysUnder(txn, newKey(pEventPart, len(src)+2).lp(src), func(rest []byte) string {
		r := reader{b: rest}
		r.date()
		return r.rest()
	})
	if err != nil {
		return err
	}
	for _, id := range slices.Compact(slices.Sorted(slices.Values(evIDs))) {
		newID, err := rekeyEvent(txn, id, swap)
		if err != nil {
			return err
		}
		eventMap[id] = newID
	}

	// Edges at src, claimed by src, or of a re-keyed event.
	edgeSet := map[string]bool{}
	for _, p := range [][]byte{adjPrefix(pOut, src), adjPrefix(pIn, src)} {
		ids, err := keysUnder(txn, p, func(rest []byte) string {
			r := reader{b: rest}
			r.lp()
			r.date()
			return r.rest()
		})
		if err != nil {
			return err
		}
		for _, id := range ids {
			edgeSet[id] = true
		}
	}
	byPrefix := func(p []byte) error {
		ids, err := keysUnder(txn, p, func(rest []byte) string { return string(rest) })
		for _, id := range ids {
			edgeSet[id] = true
		}
		return err
	}
	if err := byPrefix(newKey(pEdgeAttr, len(src)+2).lp(src)); err != nil {
		return err
	}
	for old := range eventMap {
		if err := byPrefix(newKey(pEventEdge, len(old)+2).lp(old)); err != nil {
			return err
		}
	}
	for _, id := range slices.Sorted(func(yield func(string) bool) {
		for id := range edgeSet {
			if !yield(id) {
				return
			}
		}
	}) {
		if err := rekeyEdge(txn, id, swap, eventMap); err != nil {
			return err
		}
	}

	if err := txn.Set(redirectKey(src), []byte(target)); err != nil {
		return err
	}
	if err := rebuildEntity(txn, src); err != nil {
		return err
	}
	return rebuildEntity(txn, target)
}

// rekeyEvent rewrites event id with swap applied to its entity IDs and returns its new ID.
func rekeyEvent(txn *badger.Txn, id string, swap func(string) string) (string, error) {
	old, err := loadEvent(txn, id)
	if err != nil || old == nil {
		return id, err
	}
	swapAll := func(ids []string) []string {
		out := make([]string, 0, len(ids))
		for _, x := range ids {
			if x = swap(x); !containsString(out, x) {
				out = append(out, x)
			}
		}
		return out
	}
	e := &old.Event
	newID := graph.EventID(e.Type, swapAll(e.Actors), swapAll(e.Targets), e.Date)
	type contrib struct {
		doc string
		ev  graph.Event
	}
	var cs []contrib
	err = scanContribs(txn, eventContribPrefix(id), func(doc string, v []byte) error {
		var c graph.Event
		if err := json.Unmarshal(v, &c); err != nil {
			return fmt.Errorf("store: decode event contribution: %w", err)
		}
		cs = append(cs, contrib{doc, c})
		return nil
	})
	if err != nil {
		return "", err
	}
	for _, c := range cs {
		ev := c.ev
		ev.ID, ev.Actors, ev.Targets = newID, swapAll(ev.Actors), swapAll(ev.Targets)
		ev.Place, ev.AttributedTo = swap(ev.Place), swap(ev.AttributedTo)
		if err := txn.Delete(eventContribKey(id, c.doc)); err != nil {
			return "", err
		}
		if err := txn.Delete(docFactKey(c.doc, factEvent, id)); err != nil {
			return "", err
		}
		var have graph.Event
		ok, err := getJSON(txn, eventContribKey(newID, c.doc), &have)
		if err != nil {
			return "", err
		}
		if ok {
			have.Mentions = sortMentions(append(have.Mentions, ev.Mentions...))
			if have.Place == "" {
				have.Place = ev.Place
			}
			ev = have
		}
		if err := setJSON(txn, eventContribKey(newID, c.doc), &ev); err != nil {
			return "", err
		}
		if err := txn.Set(docFactKey(c.doc, factEvent, newID), nil); err != nil {
			return "", err
		}
	}
	if newID != id {
		if err := rebuildEvent(txn, id); err != nil {
			return "", err
		}
	}
	return newID, rebuildEvent(txn, newID)
}

// rekeyEdge rewrites edge id with swap applied to its ends and claimant and
// eventMap to its events, moving its contributions to its new ID.
func rekeyEdge(txn *badger.Txn, id string, swap func(string) string, eventMap map[string]string) error {
	old, err := loadEdge(txn, id)
	if err != nil || old == nil {
		return err
	}
	head := old.Edge
	head.From, head.To = graph.CanonicalEnds(head.Type, swap(head.From), swap(head.To))
	head.AttributedTo = swap(head.AttributedTo)
	head.ID = graph.EdgeID(head.Type, head.From, head.To, head.Date, head.Modality, head.AttributedTo)
	type contrib struct {
		doc string
		c   *edgeContrib
	}
	var cs []contrib
	err = scanContribs(txn, edgeContribPrefix(id), func(doc string, v []byte) error {
		c, err := decodeEdgeContrib(v)
		cs = append(cs, contrib{doc, c})
		return err
	})
	if err != nil {
		return err
	}
	for _, x := range cs {
		c := x.c
		if m, ok := eventMap[c.Event]; ok {
			c.Event = m
		}
		if head.ID != id {
			if err := txn.Delete(edgeContribKey(id, x.doc)); err != nil {
				return err
			}
			if err := txn.Delete(docFactKey(x.doc, factEdge, id)); err != nil {
				return err
			}
			item, err := txn.Get(edgeContribKey(head.ID, x.doc))
			if err == nil {
				var have *edgeContrib
				err = item.Value(func(v []byte) error {
					var derr error
					have, derr = decodeEdgeContrib(v)
					return derr
				})
				if err != nil {
					return err
				}
				have.Confidence = max(have.Confidence, c.Confidence)
				have.Mentions = sortMentions(append(have.Mentions, c.Mentions...))
				if have.Event == "" {
					have.Event = c.Event
				}
				c = have
			} else if !errors.Is(err, badger.ErrKeyNotFound) {
				return err
			}
			if err := txn.Set(docFactKey(x.doc, factEdge, head.ID), nil); err != nil {
				return err
			}
		}
		if err := setEdgeContrib(txn, head.ID, x.doc, c); err != nil {
			return err
		}
	}
	if head.ID != id {
		if err := rebuildEdge(txn, id, nil); err != nil {
			return err
		}
	}
	return rebuildEdge(txn, head.ID, &head)
}
