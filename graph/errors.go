package graph

import "errors"

// Errors of the graph package.
var (
	// ErrBadDate is returned for a date that is not YYYY, YYYY-MM or YYYY-MM-DD.
	ErrBadDate = errors.New("graph: bad date")
	// ErrBadID is returned for an ID that does not follow the ID scheme.
	ErrBadID = errors.New("graph: bad id")
)
