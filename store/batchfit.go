package store

import (
	"sync"

	"github.com/geokg/geokg/graph"
)

// How many documents go into one write transaction.
//
// A bulk load hands IngestBatch hundreds of documents at a time; one
// transaction holds only what fits in about 15% of a memtable. Finding that
// out by trying costs the work of the transaction that failed: a load of
// 5,000 news articles in batches of 256 had 19 of its 20 batches fail with
// ErrTxnTooBig after writing most of their documents, and then wrote them
// again in halves. The store therefore learns how much fits, as a write
// cost (writeCost), and splits a batch into groups of that cost before
// trying. Halving on ErrTxnTooBig stays, for documents richer than their
// cost says.

// writeCost estimates what writing the documents ps[i], i in idx, puts into
// a transaction: the text twice (the document and its sentences) and a
// share per fact and mention. Only its proportions matter: the fit is
// learned in the same unit.
func writeCost(ps []*Prepared, idx []int) int64 {
	var c int64
	for _, i := range idx {
		c += docWriteCost(ps[i].x)
	}
	return c
}

func docWriteCost(x *graph.Extraction) int64 {
	return 2*int64(len(x.Document.Text)) + 256*int64(FactUnits(x))
}

// batchFit learns the write cost that one transaction holds. A commit
// proves its cost fits (ok); a transaction found too big bounds the fit from
// above (tooBig) and lowers it to three quarters of its cost. While no
// bound is known, a commit that filled the fit raises it by 1/32, so a fit
// lowered by a few unusually rich documents grows back; a bound is
// forgotten after boundLife commits, so probing resumes.
type batchFit struct {
	mu          sync.Mutex
	fit, tooBig int64
	commits     int
}

// boundLife is how many commits a transaction found too big keeps the fit
// from probing upward.
const boundLife = 64

// group splits idx into the longest head whose write cost is within the fit
// (at least one document) and the rest; with no fit learned yet, or when
// all fits, rest is empty.
func (f *batchFit) group(ps []*Prepared, idx []int) (head, rest []int) {
	f.mu.Lock()
	fit := f.fit
	f.mu.Unlock()
	if fit <= 0 {
		return idx, nil
	}
	var c int64
	for n, i := range idx {
		if c += docWriteCost(ps[i].x); c > fit && n > 0 {
			return idx[:n], idx[n:]
		}
	}
	return idx, nil
}

// learn records that a transaction of write cost c committed (fits) or was
// too big.
func (f *batchFit) learn(c int64, fits bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if !fits {
		f.tooBig, f.commits = c, 0
		if f.fit == 0 || c*3/4 < f.fit {
			f.fit = max(1, c*3/4)
		}
		return
	}
	if f.commits++; f.tooBig > 0 && f.commits >= boundLife {
		f.tooBig = 0
	}
	switch {
	case c > f.fit:
		f.fit = c
	case f.tooBig == 0 && c >= f.fit*7/8:
		f.fit += f.fit / 32
	}
}
