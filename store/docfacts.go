package store

import (
	"bytes"
	"fmt"
	"maps"
	"slices"

	badger "github.com/dgraph-io/badger/v4"
)

// The facts of a document (0x33): what it contributes to, so that deleting
// it, or taking a half-written one out, knows what to unfold. A document's
// facts are one list per write that added them: lp(doc) u32 part, whose
// value is the facts in order, each a kind byte and lp(ID). An ingest in one
// transaction writes part 0; a document written in parts (large.go) writes
// one list per part, numbered by its first unit, in the part's own
// transaction. A merge that renames facts rewrites the lists of the
// documents it touches as one list. Deleting a document deletes its lists
// with its record (removeHead).
//
// Stores written before the lists hold one key per fact, lp(doc) kind ID
// with an empty value; they are read as they are, and the first edit of a
// document's facts rewrites them as a list.

// docFactsPrefix is the prefix of the fact lists of doc.
func docFactsPrefix(doc string) key { return newKey(pDocFact, len(doc)+2+4).lp(doc) }

// docFactsKey is the key of part part of doc's fact lists.
func docFactsKey(doc string, part uint32) key { return docFactsPrefix(doc).u32(part) }

// encodeFacts writes facts as a list value.
func encodeFacts(facts []docFact) []byte {
	k := make(key, 0, 48*len(facts))
	for _, f := range facts {
		k = k.b(f.kind).lp(f.id)
	}
	return k
}

// decodeFacts reads the facts of one key under docFactsPrefix: rest is the
// key after the prefix, v its value.
func decodeFacts(rest, v []byte) ([]docFact, error) {
	if len(v) == 0 {
		// One key per fact, as written before the lists.
		if len(rest) < 2 {
			return nil, fmt.Errorf("store: corrupt document fact key %x", rest)
		}
		return []docFact{{kind: rest[0], id: string(rest[1:])}}, nil
	}
	var out []docFact
	r := reader{b: v}
	for len(r.b) > 0 && !r.bad {
		kind := r.b[0]
		r.b = r.b[1:]
		out = append(out, docFact{kind: kind, id: r.lp()})
	}
	if r.bad {
		return nil, fmt.Errorf("store: corrupt document fact list (%d bytes)", len(v))
	}
	return out, nil
}

// readFacts returns the facts of doc that txn holds, with the keys that hold them.
func readFacts(txn *tx, doc string) ([]docFact, [][]byte, error) {
	prefix := docFactsPrefix(doc)
	var facts []docFact
	var keys [][]byte
	it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix})
	defer it.Close()
	for it.Rewind(); it.Valid(); it.Next() {
		item := it.Item()
		err := item.Value(func(v []byte) error {
			fs, err := decodeFacts(item.Key()[len(prefix):], v)
			facts = append(facts, fs...)
			return err
		})
		if err != nil {
			return nil, nil, err
		}
		keys = append(keys, item.KeyCopy(nil))
	}
	return facts, keys, nil
}

// factIDs lists the facts of kind of doc in ID order, each once.
func factIDs(txn *tx, doc string, kind byte) ([]string, error) {
	facts, _, err := readFacts(txn, doc)
	if err != nil {
		return nil, err
	}
	return idsOfKind(facts, kind), nil
}

func idsOfKind(facts []docFact, kind byte) []string {
	var ids []string
	for _, f := range facts {
		if f.kind == kind {
			ids = append(ids, f.id)
		}
	}
	slices.Sort(ids)
	return slices.Compact(ids)
}

// factEdits are the changes a transaction makes to documents' fact lists.
type factEdits struct {
	// fresh holds the facts of parts written whole here, by document and part.
	fresh map[string]map[uint32][]docFact
	// renamed holds, by document, facts taken out (false) and put in (true).
	renamed map[string]map[docFact]bool
}

// noteFact records that unit unit of a document being written adds fact f to
// doc: the part of the transaction is its first unit.
func (w *wtx) noteFact(doc string, unit int, f docFact) {
	if w.facts.fresh == nil {
		w.facts.fresh = map[string]map[uint32][]docFact{}
	}
	parts := w.facts.fresh[doc]
	if parts == nil {
		parts = map[uint32][]docFact{uint32(unit): nil}
		w.facts.fresh[doc] = parts
	}
	for p := range parts {
		parts[p] = append(parts[p], f)
	}
}

// editFact records that a merge takes fact f out of doc's lists (in false)
// or puts it in (in true).
func (w *wtx) editFact(doc string, f docFact, in bool) {
	if w.facts.renamed == nil {
		w.facts.renamed = map[string]map[docFact]bool{}
	}
	if w.facts.renamed[doc] == nil {
		w.facts.renamed[doc] = map[docFact]bool{}
	}
	w.facts.renamed[doc][f] = in
}

// flushFacts writes the fact lists that w changed. snapshot gives the
// committed state, which a merge's edits are applied to: writers take
// turns, and a merge writes no fact list before this, so it is the state
// the transaction started from; reading it, not the transaction, spares an
// iterator per document that would sort all of a hub merge's pending
// writes.
func (w *wtx) flushFacts(snapshot func() *tx) error {
	for _, doc := range slices.Sorted(maps.Keys(w.facts.fresh)) {
		for part, facts := range w.facts.fresh[doc] {
			if err := w.set(docFactsKey(doc, part), encodeFacts(facts)); err != nil {
				return err
			}
		}
	}
	for _, doc := range slices.Sorted(maps.Keys(w.facts.renamed)) {
		if err := w.rewriteFacts(snapshot(), doc, w.facts.renamed[doc]); err != nil {
			return err
		}
	}
	w.facts = factEdits{}
	return nil
}

// rewriteFacts applies edits to doc's facts as snap holds them and writes
// them as one list.
func (w *wtx) rewriteFacts(snap *tx, doc string, edits map[docFact]bool) error {
	facts, keys, err := readFacts(snap, doc)
	if err != nil {
		return err
	}
	set := map[docFact]bool{}
	for _, f := range facts {
		set[f] = true
	}
	for f, in := range edits {
		if in {
			set[f] = true
		} else {
			delete(set, f)
		}
	}
	for _, k := range keys {
		if err := w.del(k); err != nil {
			return err
		}
	}
	if len(set) == 0 {
		return nil
	}
	list := slices.SortedFunc(maps.Keys(set), func(a, b docFact) int {
		if a.kind != b.kind {
			return int(a.kind) - int(b.kind)
		}
		return bytes.Compare([]byte(a.id), []byte(b.id))
	})
	return w.set(docFactsKey(doc, 0), encodeFacts(list))
}

// deleteFacts deletes every fact list of doc.
func deleteFacts(w *wtx, doc string) error {
	_, keys, err := readFacts(w.Txn, doc)
	if err != nil {
		return err
	}
	for _, k := range keys {
		if err := w.del(k); err != nil {
			return err
		}
	}
	return nil
}
