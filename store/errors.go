package store

import "errors"

// Errors of the store package. Errors returned by Store methods wrap these.
var (
	// ErrNotFound is returned for an ID that the store does not hold.
	ErrNotFound = errors.New("store: not found")
	// ErrInvalid is returned for an extraction or argument that breaks the model.
	ErrInvalid = errors.New("store: invalid")
	// ErrNotEmpty is returned by Restore into a store that holds data.
	ErrNotEmpty = errors.New("store: not empty")
	// ErrClosed is returned after Close.
	ErrClosed = errors.New("store: closed")
	// ErrTooLarge is returned for a write that does not fit in one transaction.
	ErrTooLarge = errors.New("store: too large for one transaction")
	// ErrDocumentTooLarge is returned for a document that the store cannot
	// write even in parts: one of its facts alone exceeds a transaction.
	ErrDocumentTooLarge = errors.New("store: document too large")
	// ErrBadBackup is returned by Restore for input that is not a complete backup.
	ErrBadBackup = errors.New("store: not a complete geokg backup")
	// ErrDiskFull is returned for a write refused because the data folder's
	// file system has less free space than the minimum (see DB.SetMinFree).
	ErrDiskFull = errors.New("store: disk full")
	// ErrLocked is returned by Open for a folder that another process (a
	// running server) holds open.
	ErrLocked = errors.New("store: folder in use by another process")
	// ErrNotLanded is returned by a BulkWriter whose batch failed to commit:
	// that batch and the one prepared after it are not stored, and the
	// writer refuses further batches.
	ErrNotLanded = errors.New("store: a bulk batch did not land; load again (stored documents are skipped)")
	// ErrWriterClosed is returned by a BulkWriter given a batch after Close.
	ErrWriterClosed = errors.New("store: bulk writer closed")
)

// errPipelinedScan marks a defect: a pipelined load reached a path that
// scans keys (a rebuild), which it cannot see whole (overlay.go).
var errPipelinedScan = errors.New("store: internal: a pipelined write scanned keys")

// errUnkeptRead marks a defect: a write read by key a kind that its
// overlay does not keep (readByKey, overlay.go), so that it would miss its
// own writes of it and those of the batch before it.
var errUnkeptRead = errors.New("store: internal: a write read a key kind its overlay does not keep")
