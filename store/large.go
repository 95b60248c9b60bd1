package store

import (
	"context"
	"errors"
	"fmt"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/geokg/geokg/graph"
)

// Large writes. Badger bounds a transaction (about 100k entries or 10 MB with
// DefaultOptions); a document with some thousands of facts needs more. Such a
// document is written, or deleted, in several transactions while the store
// is held exclusively (DB.exclusive), so no reader sees it half done. A
// pending record (0x3F 'p') names the document for the duration; when a
// crash leaves it behind, Open takes the document out again (purge), which
// leaves what loading only the other documents gives: an interrupted ingest
// is undone and an interrupted delete completed. Every part writes the
// document fact keys (0x33) of what it adds, which is what purge reads.

// pendingRec is the value of the pending record.
type pendingRec struct {
	Op  string `json:"op"`
	Doc string `json:"doc"`
	// Seq is the load order of a document being ingested, taken before its
	// parts, whose entity contributions are kept by its block.
	Seq uint64 `json:"seq,omitempty"`
}

func pendingKey() []byte { return []byte{pMeta, 'p'} }

// How many units a part of a large write starts with; a part that is too
// big for one transaction is halved. A delete rebuilds each fact with an
// iterator, and each iterator of a read-write transaction sorts the
// transaction's pending writes, so its parts are kept small.
const (
	ingestPartUnits = 2048
	deletePartUnits = 128
)

// largeDelete is the fact count above which DeleteDocument deletes in parts.
const largeDelete = 1024

// ingestLarge writes a validated document that does not fit in one
// transaction in parts (see above).
func (db *DB) ingestLarge(ctx context.Context, x *graph.Extraction) (IngestResult, error) {
	release, err := db.exclusive(ctx)
	if err != nil {
		return IngestResult{}, err
	}
	defer release()
	db.large.Add(1)
	doc := x.Document.ID
	res := IngestResult{DocumentID: doc}
	var n *normalized
	err = db.commit(ctx, "ingest", func(w *wtx) error {
		var rec docRec
		stored, err := getDoc(w.Txn, doc, &rec)
		if err != nil {
			return err
		}
		if n, err = db.normalize(w, x); err != nil {
			return err
		}
		res.Entities, res.Edges = len(n.entities), len(n.edges)
		if stored {
			res.Document, n = &rec.Doc, nil
			return nil
		}
		n.seq = db.seqBlock() // a block of its own
		return setJSON(w.Txn, pendingKey(), &pendingRec{Op: "ingest", Doc: doc, Seq: n.seq})
	})
	if err != nil || n == nil {
		return res, err
	}
	err = db.inParts(ctx, "ingest", n.units(), ingestPartUnits, func(w *wtx, i int) error { return db.writeUnit(w, n, i, false) })
	if err == nil {
		err = db.commit(ctx, "ingest", func(w *wtx) error {
			if err := db.writeHead(w, n); err != nil {
				return err
			}
			return w.del(pendingKey())
		})
	}
	if err != nil {
		if perr := db.purge(context.WithoutCancel(ctx), doc, n.seq); perr != nil {
			return IngestResult{}, fmt.Errorf("store: ingest %s: %w (and undoing it: %w)", doc, err, perr)
		}
		if errors.Is(err, badger.ErrTxnTooBig) {
			err = fmt.Errorf("%w: %s has %d entities, %d events, %d edges and %d sentences, and one of them alone exceeds a transaction (%d entries, %d bytes)",
				ErrDocumentTooLarge, doc, len(n.entities), len(n.events), len(n.edges), len(n.sentenceRefs),
				db.bdb.MaxBatchCount(), db.bdb.MaxBatchSize())
		}
		return IngestResult{}, err
	}
	db.log.Info("store: wrote a large document in parts", "doc", doc, "entities", len(n.entities),
		"events", len(n.events), "edges", len(n.edges), "sentences", len(n.sentenceRefs))
	res.Created, res.Document = true, &n.doc
	return res, nil
}

// inParts runs fn for units 0..units-1, size at most per transaction.
func (db *DB) inParts(ctx context.Context, op string, units, size int, fn func(w *wtx, i int) error) error {
	for i := 0; i < units; {
		j := min(units, i+size)
		err := db.commit(ctx, op, func(w *wtx) error {
			for k := i; k < j; k++ {
				if err := fn(w, k); err != nil {
					return err
				}
			}
			return nil
		})
		if errors.Is(err, badger.ErrTxnTooBig) && size > 1 {
			size /= 2
			continue
		}
		if err != nil {
			return err
		}
		i = j
	}
	return nil
}

// deleteLarge deletes a document that does not fit in one transaction.
func (db *DB) deleteLarge(ctx context.Context, doc string) error {
	release, err := db.exclusive(ctx)
	if err != nil {
		return err
	}
	defer release()
	db.large.Add(1)
	err = db.commit(ctx, "delete document", func(w *wtx) error {
		return setJSON(w.Txn, pendingKey(), &pendingRec{Op: "delete", Doc: doc})
	})
	if err != nil {
		return err
	}
	return db.purge(context.WithoutCancel(ctx), doc, 0)
}

// docFact is one fact of a document, as its 0x33 key names it.
type docFact struct {
	kind byte
	id   string
}

// purge takes document doc out of the store in parts: its facts, its
// sentences, then its record and the pending record. seq is its load order
// when it has no record yet (an ingest in parts), for the block of its
// entity contributions. The caller holds the store exclusively (or is Open).
func (db *DB) purge(ctx context.Context, doc string, seq uint64) error {
	var facts []docFact
	var sents [][]byte
	block := blockOf(seq)
	err := db.viewTx(func(txn *tx) error {
		if b, stored, err := docBlock(txn, doc); err != nil {
			return err
		} else if stored {
			block = b
		}
		for _, kind := range []byte{factEdge, factEvent, factEntity} {
			ids, err := factIDs(txn, doc, kind)
			if err != nil {
				return err
			}
			for _, id := range ids {
				facts = append(facts, docFact{kind: kind, id: id})
			}
		}
		it := txn.NewIterator(badger.IteratorOptions{Prefix: sentencePrefix(doc)})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			sents = append(sents, it.Item().KeyCopy(nil))
		}
		return nil
	})
	if err != nil {
		return err
	}
	err = db.inParts(ctx, "delete document", len(facts)+len(sents), deletePartUnits, func(w *wtx, i int) error {
		if i < len(facts) {
			return removeFact(w, doc, block, facts[i])
		}
		return w.del(sents[i-len(facts)])
	})
	if err != nil {
		return err
	}
	return db.commit(ctx, "delete document", func(w *wtx) error {
		if _, err := removeHead(w, doc); err != nil {
			return err
		}
		return w.del(pendingKey())
	})
}

// recover finishes a large write that a crash interrupted (see above).
func (db *DB) recover(ctx context.Context) error {
	var p pendingRec
	var found bool
	err := db.viewTx(func(txn *tx) error {
		var err error
		found, err = getJSON(txn, pendingKey(), &p)
		return err
	})
	if err != nil || !found {
		return err
	}
	db.log.Warn("store: taking out a document that an interrupted write left half done", "op", p.Op, "doc", p.Doc)
	return db.purge(ctx, p.Doc, p.Seq)
}
