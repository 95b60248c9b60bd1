package exchange

import "errors"

// Errors of the exchange package. Returned errors wrap these.
var (
	// ErrFormat is returned for an unknown export format.
	ErrFormat = errors.New("exchange: unknown format")
	// ErrFilter is returned for a filter that names an unknown type or modality, or a bad date.
	ErrFilter = errors.New("exchange: bad filter")
	// ErrBaseIRI is returned for a base IRI that cannot prefix N-Quads IRIs.
	ErrBaseIRI = errors.New("exchange: bad base IRI")
	// ErrInvalidLine is returned (wrapped in a *LineError) for an import line
	// that is not a valid record; nothing of it is stored.
	ErrInvalidLine = errors.New("exchange: invalid line")
	// ErrLineTooLong is returned for an import line longer than MaxLineBytes.
	ErrLineTooLong = errors.New("exchange: line too long")
)
