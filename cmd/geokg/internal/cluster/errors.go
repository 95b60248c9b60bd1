package cluster

import "errors"

// Errors of the cluster package. Errors it returns wrap these.
var (
	// ErrConfig is returned for a configuration that cannot work.
	ErrConfig = errors.New("cluster: bad configuration")
	// ErrNotApplied is returned when a node has not applied a log sequence
	// within the time a caller allowed.
	ErrNotApplied = errors.New("cluster: sequence not applied yet")
	// ErrStopped is returned after the node's apply loop stopped (Close, or a
	// store error that it cannot go past).
	ErrStopped = errors.New("cluster: node stopped")
	// ErrBadOp is returned for a log message that is not an operation.
	ErrBadOp = errors.New("cluster: bad operation")
	// ErrTrimmed is returned when the log no longer holds the operations a
	// node needs and no snapshot covers them.
	ErrTrimmed = errors.New("cluster: log trimmed past this node")
)

// errGap and errFetch tell run what fetch met: a message after a gap, or a
// pull that failed (and may work again).
var (
	errGap   = errors.New("cluster: gap in the delivered sequence")
	errFetch = errors.New("cluster: pull failed")
)

// errEmptyText refuses a work item's document without text.
var errEmptyText = errors.New("cluster: empty text")
