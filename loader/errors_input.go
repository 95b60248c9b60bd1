package loader

import "errors"

// Errors of document input (input.go).
var (
	// ErrUnknownFormat is returned for a file whose extension is not .txt, .md,
	// .markdown, .html, .htm, .json or .jsonl.
	ErrUnknownFormat = errors.New("loader: unknown input format")
	// ErrBadPublished is returned for a published date in metadata that is
	// neither YYYY, YYYY-MM, YYYY-MM-DD, an RFC 3339 timestamp nor unknown.
	ErrBadPublished = errors.New("loader: bad published date")
	// ErrFrontMatter is returned for YAML front matter that has no closing
	// fence or is not a mapping of scalars.
	ErrFrontMatter = errors.New("loader: bad front matter")
	// ErrSidecar is returned for a NAME.meta.json sidecar that is not a JSON object.
	ErrSidecar = errors.New("loader: bad sidecar metadata")
	// ErrBadDocument is returned for a .json document or a JSON Lines line that
	// is not a JSON object of the expected fields.
	ErrBadDocument = errors.New("loader: bad JSON document")
	// ErrNoText is returned for a document whose text is empty.
	ErrNoText = errors.New("loader: document has no text")
	// ErrEncoding is returned for a document that is not valid UTF-8.
	ErrEncoding = errors.New("loader: document is not valid UTF-8")
	// ErrTooLarge is returned for a document over Limits.MaxBytes.
	ErrTooLarge = errors.New("loader: document too large")
	// ErrTooManyFacts is returned for a document that states more facts than Limits.MaxFacts.
	ErrTooManyFacts = errors.New("loader: too many facts in one document")
	// ErrExtractor is returned by SafeExtract for a text on which the
	// extractor failed (a defect of the extractor, not of the text): the
	// document is reported and skipped, the rest goes on.
	ErrExtractor = errors.New("loader: the extractor failed on this document")
)

// Errors of lexicon files (lexfile.go).
var (
	// ErrBadLexicon is returned for a lexicon file with a malformed line; the
	// message names the file and the line.
	ErrBadLexicon = errors.New("loader: bad lexicon")
)
