package schema

import (
	"errors"
	"fmt"
	"strings"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader"
	"github.com/geokg/geokg/store"
)

// Errors of the schema package. Errors that reach a GraphQL response wrap one
// of these; the sentinel decides the extensions.code the client sees.
var (
	// ErrParse is returned for a query that is not valid GraphQL syntax.
	ErrParse = errors.New("schema: parse failed")
	// ErrValidation is returned for a query that does not validate against the schema.
	ErrValidation = errors.New("schema: validation failed")
	// ErrTooDeep is returned for a query nested deeper than Options.MaxDepth.
	ErrTooDeep = errors.New("schema: query too deep")
	// ErrTooCostly is returned for a query whose estimated cost exceeds Options.MaxCost.
	ErrTooCostly = errors.New("schema: query too costly")
	// ErrBadInput is returned for an argument or variable the API refuses.
	ErrBadInput = errors.New("schema: bad user input")
	// ErrUnauthenticated is returned for a mutation without the write token.
	ErrUnauthenticated = errors.New("schema: unauthenticated")
	// ErrNotFound is returned for an ID that names nothing the store holds.
	ErrNotFound = errors.New("schema: not found")
	// ErrInternal is returned for a failure that is not the client's fault,
	// including a resolver panic.
	ErrInternal = errors.New("schema: internal error")
	// ErrConflict is returned for a write that lost a race with another
	// write (a delete of the same document) and may be retried.
	ErrConflict = errors.New("schema: conflicting write")
	// ErrBadOptions is returned by New for options it cannot work with.
	ErrBadOptions = errors.New("schema: bad options")
	// ErrQueryTooLarge is returned for a query text longer than Options.MaxQueryBytes.
	ErrQueryTooLarge = errors.New("schema: query too large")
	// ErrTooManyTokens is returned for a query of more than Options.MaxTokens tokens.
	ErrTooManyTokens = errors.New("schema: too many tokens")
	// ErrNestingTooDeep is returned for brackets nested deeper than Options.MaxNesting.
	ErrNestingTooDeep = errors.New("schema: nesting too deep")
	// ErrTooManyAliases is returned for a query with more than Options.MaxAliases aliases.
	ErrTooManyAliases = errors.New("schema: too many aliases")
	// ErrTooManyVariables is returned for an operation that defines more than Options.MaxVariables variables.
	ErrTooManyVariables = errors.New("schema: too many variables")
	// ErrFragmentCycle is returned for fragments that spread each other in a cycle.
	ErrFragmentCycle = errors.New("schema: fragment cycle")
	// ErrResponseTooLarge is returned for an answer longer than Options.MaxResponseBytes.
	ErrResponseTooLarge = errors.New("schema: response too large")
	// ErrTimeout is returned for a request that outlived Options.RequestTimeout.
	ErrTimeout = errors.New("schema: request timed out")
	// ErrBusy is returned when Options.MaxConcurrent requests already run.
	ErrBusy = errors.New("schema: server busy")
	// ErrBodyTooLarge is returned for a request body longer than Options.MaxBodyBytes.
	ErrBodyTooLarge = errors.New("schema: request body too large")
	// ErrPersistedQueryNotFound is returned for a persisted-query hash the server does not hold.
	ErrPersistedQueryNotFound = errors.New("schema: PersistedQueryNotFound")
	// ErrPersistedQueryMismatch is returned for a persisted query whose hash is not its sha256.
	ErrPersistedQueryMismatch = errors.New("schema: persisted query hash mismatch")
)

// The extensions.code values of GraphQL errors.
const (
	CodeParseFailed       = "GRAPHQL_PARSE_FAILED"
	CodeValidationFailed  = "GRAPHQL_VALIDATION_FAILED"
	CodeTooDeep           = "QUERY_TOO_DEEP"
	CodeTooCostly         = "QUERY_TOO_COSTLY"
	CodeBadUserInput      = "BAD_USER_INPUT"
	CodeUnauthenticated   = "UNAUTHENTICATED"
	CodeNotFound          = "NOT_FOUND"
	CodeInternal          = "INTERNAL_SERVER_ERROR"
	CodeQueryTooLarge     = "QUERY_TOO_LARGE"
	CodeTooManyTokens     = "TOO_MANY_TOKENS"
	CodeNestingTooDeep    = "NESTING_TOO_DEEP"
	CodeTooManyAliases    = "TOO_MANY_ALIASES"
	CodeFragmentCycle     = "FRAGMENT_CYCLE"
	CodeTooManyVariables  = "TOO_MANY_VARIABLES"
	CodeResponseTooLarge  = "RESPONSE_TOO_LARGE"
	CodeTimeout           = "REQUEST_TIMEOUT"
	CodeBusy              = "SERVER_BUSY"
	CodeBodyTooLarge      = "BODY_TOO_LARGE"
	CodePersistedNotFound = "PERSISTED_QUERY_NOT_FOUND"
	CodePersistedMismatch = "PERSISTED_QUERY_HASH_MISMATCH"
	// CodeDiskFull is a write refused because the server's disk is (nearly) full; reads go on.
	CodeDiskFull = "DISK_FULL"
	// CodeDocumentTooLarge: the document has more facts than the store can write.
	CodeDocumentTooLarge = "DOCUMENT_TOO_LARGE"
	// CodeConflict: the write raced another write of the same document; retry.
	CodeConflict = "CONFLICT"
)

// codes maps the sentinels of guards to their codes, checked in order.
var guardCodes = []struct {
	err  error
	code string
}{
	{ErrQueryTooLarge, CodeQueryTooLarge}, {ErrTooManyTokens, CodeTooManyTokens},
	{ErrNestingTooDeep, CodeNestingTooDeep}, {ErrTooManyAliases, CodeTooManyAliases},
	{ErrTooManyVariables, CodeTooManyVariables},
	{ErrFragmentCycle, CodeFragmentCycle}, {ErrResponseTooLarge, CodeResponseTooLarge},
	{ErrTimeout, CodeTimeout}, {ErrBusy, CodeBusy}, {ErrBodyTooLarge, CodeBodyTooLarge},
	{ErrPersistedQueryNotFound, CodePersistedNotFound}, {ErrPersistedQueryMismatch, CodePersistedMismatch},
}

// codeOf returns the extensions.code for an error that wraps one of the sentinels.
func codeOf(err error) string {
	for _, g := range guardCodes {
		if errors.Is(err, g.err) {
			return g.code
		}
	}
	switch {
	case errors.Is(err, ErrParse):
		return CodeParseFailed
	case errors.Is(err, ErrValidation):
		return CodeValidationFailed
	case errors.Is(err, ErrTooDeep):
		return CodeTooDeep
	case errors.Is(err, ErrTooCostly):
		return CodeTooCostly
	case errors.Is(err, store.ErrDiskFull):
		return CodeDiskFull
	case errors.Is(err, ErrBadInput), errors.Is(err, store.ErrInvalid),
		errors.Is(err, loader.ErrTooLarge), errors.Is(err, loader.ErrTooManyFacts), errors.Is(err, loader.ErrEncoding),
		errors.Is(err, graph.ErrBadID), errors.Is(err, graph.ErrBadDate):
		return CodeBadUserInput
	case errors.Is(err, ErrUnauthenticated):
		return CodeUnauthenticated
	case errors.Is(err, ErrNotFound), errors.Is(err, store.ErrNotFound):
		return CodeNotFound
	case errors.Is(err, store.ErrDocumentTooLarge):
		return CodeDocumentTooLarge
	case errors.Is(err, ErrConflict):
		return CodeConflict
	}
	return CodeInternal
}

// apiError is an error as a resolver returns it: graphql-go copies its
// Extensions into the response.
type apiError struct {
	err   error
	extra map[string]any
}

func (e *apiError) Error() string { return e.err.Error() }
func (e *apiError) Unwrap() error { return e.err }

// Extensions implements gqlerrors.ExtendedError.
func (e *apiError) Extensions() map[string]any {
	ext := map[string]any{"code": codeOf(e.err)}
	for k, v := range e.extra {
		ext[k] = v
	}
	return ext
}

// userErr returns a BAD_USER_INPUT error with a formatted message.
func userErr(format string, args ...any) error {
	return &apiError{err: fmt.Errorf("%w: "+format, append([]any{ErrBadInput}, args...)...)}
}

// notFound returns a NOT_FOUND error for id.
func notFound(what, id string) error {
	return &apiError{err: fmt.Errorf("%w: %s %q", ErrNotFound, what, id)}
}

// packagePrefixes are the Go package names that open error messages inside
// the server; clients see messages without them.
var packagePrefixes = []string{"schema: ", "store: ", "graph: ", "loader: "}

// publicMessage returns msg without the Go package prefixes of its parts:
// "schema: bad user input: store: invalid: x" becomes "bad user input: invalid: x".
func publicMessage(msg string) string {
	out := msg
	for changed := true; changed; {
		changed = false
		for _, p := range packagePrefixes {
			if strings.HasPrefix(out, p) {
				out, changed = out[len(p):], true
			}
			if i := strings.Index(out, ": "+p); i >= 0 {
				out, changed = out[:i+2]+out[i+2+len(p):], true
			}
		}
	}
	return out
}
