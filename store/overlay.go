package store

import "fmt"

// overlay holds the writes of one transaction that its reads, and those of
// the pipelined transaction after it, look up: the value set under each key
// of a kind in readByKey, or its deletion. It counts every write.
type overlay struct {
	m             map[string]overlayEntry
	sets, deletes int
}

// readByKey marks the key kinds (prefix bytes) that a write reads by key
// through wtx.read: records, the edge contributions a write replaces, pair
// records and pair edges, merge redirects, documents and counters. An
// overlay keeps the writes of these kinds alone. Most of a batch's writes
// are index entries, contribution blocks and sentences, which a write
// never reads back by key; keeping them was a map insert per write (640,000
// for 5,000 documents), 4% of a bulk load's CPU (docs/performance.md, round 32).
var readByKey = [256]bool{
	pEntity: true, pRedirect: true,
	pEdge: true, pEdgeContrib: true, pPairEdge: true, pPair: true,
	pEvent: true,
	pDoc:   true, pMeta: true,
}

// writes returns how many writes o counted.
func (o *overlay) writes() int { return o.sets + o.deletes }

type overlayEntry struct {
	v       []byte
	deleted bool
}

// newOverlay returns an empty overlay with room for about n kept writes.
// A bulk batch's overlay keeps some ten thousand (it kept all its thirty
// thousand writes until round 32): grown from empty, its map's rehashing
// was 4% of a bulk load's CPU.
func newOverlay(n int) *overlay { return &overlay{m: make(map[string]overlayEntry, n)} }

// read calls fn with the value under k as w sees it: its own writes, then
// those of the batch still being committed (prior), then the bulk writer's
// cache of records, then Txn.
func (w *wtx) read(k []byte, fn func(v []byte) error) (bool, error) {
	if w.writes != nil && !readByKey[k[0]] {
		return false, fmt.Errorf("%w (kind %#x)", errUnkeptRead, k[0])
	}
	for _, o := range [2]*overlay{w.writes, w.prior} {
		if o == nil {
			continue
		}
		if e, ok := o.m[string(k)]; ok {
			if e.deleted {
				return false, nil
			}
			return true, fn(e.v)
		}
	}
	if w.known != nil && w.known.absent(k) {
		w.loads.noteSkipped()
		return false, nil
	}
	if w.cache == nil {
		return w.readTxn(k, fn)
	}
	if v, ok := w.cache.get(k); ok {
		return true, fn(v)
	}
	return w.readTxn(k, func(v []byte) error {
		w.cache.found(k, v)
		return fn(v)
	})
}

// readTxn reads k through the transaction, counting the reads of bulk loads.
func (w *wtx) readTxn(k []byte, fn func(v []byte) error) (bool, error) {
	found, err := getValue(w.Txn, k, fn)
	if w.loads != nil && err == nil {
		w.loads.noteRead(found)
	}
	return found, err
}

// set writes v under k.
func (w *wtx) set(k, v []byte) error {
	w.written++
	if w.writes != nil {
		w.writes.sets++
		if readByKey[k[0]] {
			w.writes.m[string(k)] = overlayEntry{v: v}
		}
	}
	if w.known != nil {
		w.known.add(k)
	}
	return w.Txn.Set(k, v)
}

// del deletes k.
func (w *wtx) del(k []byte) error {
	w.written++
	if w.writes != nil {
		w.writes.deletes++
		if readByKey[k[0]] {
			w.writes.m[string(k)] = overlayEntry{deleted: true}
		}
	}
	return w.Txn.Delete(k)
}

// scanTxn returns the transaction to scan keys in, which only a write that
// sees all the store through it may do: not a pipelined one, whose scans
// would miss the batch still being committed. Pipelined loads only add
// documents, and adding never scans.
func (w *wtx) scanTxn() (*tx, error) {
	if w.prior != nil {
		return nil, errPipelinedScan
	}
	return w.Txn, nil
}

// loadValueW is loadValue through w.read.
func loadValueW[T any](w *wtx, k []byte, decode func(v []byte, r *T) error) (*T, error) {
	var r T
	ok, err := w.read(k, func(v []byte) error { return decode(v, &r) })
	if err != nil || !ok {
		return nil, err
	}
	return &r, nil
}
