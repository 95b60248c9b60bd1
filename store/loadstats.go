package store

import "sync/atomic"

// LoadStats counts what bulk loads (BulkWriter) asked of Badger since the
// store was opened: the measure of a data model's cost per document
// (docs/ARCHITECTURE.md, "What bounds a bulk load").
type LoadStats struct {
	// Batches is the number of batch transactions sent to commit.
	Batches uint64 `json:"batches"`
	// Sets and Deletes are the writes those transactions made: a key
	// written twice counts twice.
	Sets    uint64 `json:"sets"`
	Deletes uint64 `json:"deletes"`
	// ReadsFound and ReadsMissing are the point reads that reached Badger,
	// past the batch's own writes and the batch in flight, by whether the
	// key was there.
	ReadsFound   uint64 `json:"reads_found"`
	ReadsMissing uint64 `json:"reads_missing"`
	// ReadsSkipped are the reads of records that the writer knew were
	// not there (presence.go), which did not reach Badger.
	ReadsSkipped uint64 `json:"reads_skipped"`
}

// loadCounters keeps LoadStats as the bulk writer goes.
type loadCounters struct {
	batches, sets, deletes, found, missing, skipped atomic.Uint64
	// presenceBuilds counts the presence filters bulk writers built.
	presenceBuilds atomic.Uint64
}

// noteBatch counts the writes of a batch about to commit.
func (c *loadCounters) noteBatch(writes *overlay) {
	c.batches.Add(1)
	c.sets.Add(uint64(writes.sets))
	c.deletes.Add(uint64(writes.deletes))
}

// noteRead counts a point read that reached Badger.
func (c *loadCounters) noteRead(found bool) {
	if found {
		c.found.Add(1)
	} else {
		c.missing.Add(1)
	}
}

// noteSkipped counts a read that the writer's presence filter answered.
func (c *loadCounters) noteSkipped() { c.skipped.Add(1) }

// LoadStats returns the counts of the bulk loads since the store was opened.
func (db *DB) LoadStats() LoadStats {
	c := &db.loads
	return LoadStats{
		Batches: c.batches.Load(), Sets: c.sets.Load(), Deletes: c.deletes.Load(),
		ReadsFound: c.found.Load(), ReadsMissing: c.missing.Load(), ReadsSkipped: c.skipped.Load(),
	}
}
