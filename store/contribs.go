package store

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"fmt"
	"slices"
	"strings"
)

// Entity contributions are stored by block (0x07): what each document says
// of an entity, and the sentences that name it, gathered under one key per
// entity and block of load-order numbers, lp(entity) u64 block. A document's
// load order (docRec.Seq) falls in a block; every document one transaction
// writes gets numbers of the same block (wtx.docSeq), so a batch of
// documents writes one key per entity it names, not one per entity and
// document. A hub named in 200 documents of a batch costs one Badger entry
// instead of 200: the per-document keys (0x02, one per entity and document)
// were a fifth of a bulk load's entries and of its CPU (docs/ARCHITECTURE.md,
// round 15).
//
// A document's contributions all live under the block of its load order,
// whatever entity they are merged into, so they are found from the document
// record alone (docBlock). Contributions list in (block, document ID)
// order, which is load order by batch.
//
// The value is binaryV1 followed by the block's documents in ID order, each
// lp(doc), u32 length and the contribution (entityContrib.encode).

// seqBlockBits is the size of a block of load-order numbers: 4,096 numbers
// (nanoseconds of the clock nextSeq follows).
const seqBlockBits = 12

// blockOf returns the block of load-order number seq.
func blockOf(seq uint64) uint64 { return seq >> seqBlockBits << seqBlockBits }

// contribsPrefix is the prefix of the contribution blocks of entity id.
func contribsPrefix(id string) key { return newKey(pContribs, len(id)+2+8).lp(id) }

// contribsKey is the key of entity id's contributions of block block.
func contribsKey(id string, block uint64) key { return contribsPrefix(id).u64(block) }

// contribEntry is one document's contribution in a block: encoded (raw),
// or, as a write adds it, to be encoded into the block (c).
type contribEntry struct {
	doc string
	raw []byte
	c   *entityContrib
}

// size is about the bytes e's contribution takes encoded.
func (e *contribEntry) size() int {
	if e.c != nil {
		return e.c.size()
	}
	return len(e.raw)
}

// encodeContribs writes entries, which must be in document order.
func encodeContribs(entries []contribEntry) []byte {
	n := 1
	for i := range entries {
		n += 2 + len(entries[i].doc) + 4 + entries[i].size()
	}
	k := make(key, 0, n).b(binaryV1)
	for _, e := range entries {
		k = k.lp(e.doc)
		at := len(k)
		if k = k.u32(0); e.c != nil {
			k = e.c.appendTo(k)
		} else {
			k = append(k, e.raw...)
		}
		binary.BigEndian.PutUint32(k[at:], uint32(len(k)-at-4))
	}
	return k
}

// eachContrib calls fn with each document and encoded contribution of a
// block's value v, in document order, until fn returns false. raw is valid
// only during the call.
func eachContrib(v []byte, fn func(doc string, raw []byte) (bool, error)) error {
	if len(v) == 0 || v[0] != binaryV1 {
		return fmt.Errorf("store: corrupt entity contribution block (%d bytes)", len(v))
	}
	r := reader{b: v[1:]}
	for len(r.b) > 0 {
		doc := r.lp()
		n := int(r.u32())
		raw := r.take(n)
		if r.bad {
			return fmt.Errorf("store: corrupt entity contribution block (%d bytes)", len(v))
		}
		if more, err := fn(doc, raw); err != nil || !more {
			return err
		}
	}
	return nil
}

// eachEntityContrib is eachContrib with each contribution decoded.
func eachEntityContrib(v []byte, fn func(doc string, c *entityContrib) (bool, error)) error {
	return eachContrib(v, func(doc string, raw []byte) (bool, error) {
		var c entityContrib
		if err := decodeEntityContrib(raw, &c); err != nil {
			return false, err
		}
		return fn(doc, &c)
	})
}

// decodeContribs returns the entries of a block's value, copied.
func decodeContribs(v []byte) ([]contribEntry, error) {
	var out []contribEntry
	err := eachContrib(v, func(doc string, raw []byte) (bool, error) {
		out = append(out, contribEntry{doc: doc, raw: bytes.Clone(raw)})
		return true, nil
	})
	return out, err
}

// contribWrites are the contributions a transaction adds, each a
// document's, grouped by entity and block: a batch mostly writes one
// block, so one map of groups serves instead of a map of blocks per entity.
// The entries are kept in one list, in the order they came, each with its
// group's index; flushContribs sorts them into groups. A list per group
// grew one document at a time, each growth an allocation and a copy, for
// some 2,100 groups a batch (11,000 contributions) in a load of news articles.
type contribWrites struct {
	group   map[contribGroupKey]int
	groups  []contribGroupKey
	entries []contribEntry
	of      []int32
}

// contribGroupKey names a block of an entity's contributions.
type contribGroupKey struct {
	id    string
	block uint64
}

// addContrib records that doc, of block block, contributes c to entity id.
// A block's key is written once, by flushContribs: a block belongs to one
// transaction, or to one large document whose parts name each entity once.
// c is encoded into its block then, and must not change before.
func (w *wtx) addContrib(id string, block uint64, doc string, c *entityContrib) {
	cw := &w.contribs
	if cw.group == nil {
		cw.group = map[contribGroupKey]int{}
	}
	gk := contribGroupKey{id, block}
	i, ok := cw.group[gk]
	if !ok {
		i = len(cw.groups)
		cw.group[gk] = i
		cw.groups = append(cw.groups, gk)
	}
	cw.entries = append(cw.entries, contribEntry{doc: doc, c: c})
	cw.of = append(cw.of, int32(i))
}

// flushContribs writes the contribution blocks that the transaction added,
// in key order.
func (w *wtx) flushContribs() error {
	cw := &w.contribs
	byGroup := cw.grouped()
	order := make([]int, len(cw.groups))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		ga, gb := cw.groups[a], cw.groups[b]
		if c := strings.Compare(ga.id, gb.id); c != 0 {
			return c
		}
		return cmp.Compare(ga.block, gb.block)
	})
	for _, g := range order {
		entries := byGroup[g]
		sortByDoc(entries)
		if err := w.set(contribsKey(cw.groups[g].id, cw.groups[g].block), encodeContribs(entries)); err != nil {
			return err
		}
	}
	w.filled.contribs, w.filled.contribEntries = len(cw.group), len(cw.entries)
	w.contribs = contribWrites{}
	return nil
}

// grouped returns the entries of each group, in the order they came: one
// counting sort of the list into one array.
func (cw *contribWrites) grouped() [][]contribEntry {
	ends := make([]int, len(cw.groups)+1)
	for _, g := range cw.of {
		ends[g+1]++
	}
	for g := range cw.groups {
		ends[g+1] += ends[g]
	}
	all := make([]contribEntry, len(cw.entries))
	next := slices.Clone(ends[:len(cw.groups)])
	for i, g := range cw.of {
		all[next[g]] = cw.entries[i]
		next[g]++
	}
	out := make([][]contribEntry, len(cw.groups))
	for g := range out {
		out[g] = all[ends[g]:ends[g+1]:ends[g+1]]
	}
	return out
}

// sortByDoc sorts a block's entries into document order.
func sortByDoc(entries []contribEntry) {
	slices.SortFunc(entries, func(a, b contribEntry) int { return strings.Compare(a.doc, b.doc) })
}

// docBlock returns the block of doc's contributions, from its record;
// false when the store does not hold doc.
func docBlock(txn *tx, doc string) (uint64, bool, error) {
	var rec docRec
	found, err := getValue(txn, docKey(doc), func(v []byte) error { return decodeDoc(v, &rec, false) })
	if err != nil || !found {
		return 0, found, err
	}
	return blockOf(rec.Seq), true, nil
}

// getContrib reads doc's contribution to entity id from block block; false
// when there is none.
func getContrib(txn *tx, id string, block uint64, doc string, c *entityContrib) (bool, error) {
	found := false
	_, err := getValue(txn, contribsKey(id, block), func(v []byte) error {
		return eachContrib(v, func(d string, raw []byte) (bool, error) {
			if d != doc {
				return d < doc, nil
			}
			found = true
			return false, decodeEntityContrib(raw, c)
		})
	})
	return found, err
}

// editContribs rewrites entity id's block block through w: edit gets the
// block's entries (document order) and returns them changed; none left
// deletes the key.
func editContribs(w *wtx, id string, block uint64, edit func([]contribEntry) ([]contribEntry, error)) error {
	k := contribsKey(id, block)
	var entries []contribEntry
	_, err := getValue(w.Txn, k, func(v []byte) error {
		var err error
		entries, err = decodeContribs(v)
		return err
	})
	if err != nil {
		return err
	}
	if entries, err = edit(entries); err != nil {
		return err
	}
	if len(entries) == 0 {
		return w.del(k)
	}
	sortByDoc(entries)
	return w.set(k, encodeContribs(entries))
}

// takeContrib removes doc's contribution to entity id from its block and
// returns it; false when there was none.
func takeContrib(w *wtx, id string, block uint64, doc string) (entityContrib, bool, error) {
	var c entityContrib
	found := false
	err := editContribs(w, id, block, func(es []contribEntry) ([]contribEntry, error) {
		i := slices.IndexFunc(es, func(e contribEntry) bool { return e.doc == doc })
		if i < 0 {
			return es, nil
		}
		found = true
		if err := decodeEntityContrib(es[i].raw, &c); err != nil {
			return nil, err
		}
		return slices.Delete(es, i, i+1), nil
	})
	return c, found, err
}

// scanEntityContribs calls fn with every contribution to entity id, in
// (block, document) order, decoded.
func scanEntityContribs(txn *tx, id string, fn func(block uint64, doc string, c *entityContrib) error) error {
	prefix := contribsPrefix(id)
	return scanContribs(txn, prefix, func(rest string, v []byte) error {
		if len(rest) != 8 {
			return fmt.Errorf("store: corrupt entity contribution block key under %q", id)
		}
		block := binary.BigEndian.Uint64([]byte(rest))
		return eachEntityContrib(v, func(doc string, c *entityContrib) (bool, error) {
			return true, fn(block, doc, c)
		})
	})
}
