package segment

import "errors"

// Errors of the segment package. Errors returned by its methods wrap these.
var (
	// ErrCorrupt is returned for a run's catalog entry or block that does
	// not decode.
	ErrCorrupt = errors.New("segment: corrupt")
	// ErrBadKey is returned by Batch.Set and Batch.Delete for an empty key.
	ErrBadKey = errors.New("segment: empty key")
	// ErrTooLarge is returned by Batch.Set for an entry larger than a
	// block may be (128 MiB).
	ErrTooLarge = errors.New("segment: entry too large")
)
