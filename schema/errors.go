package schema

import (
	"errors"
	"fmt"

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
	// ErrBadOptions is returned by New for options it cannot work with.
	ErrBadOptions = errors.New("schema: bad options")
)

// The extensions.code values of GraphQL errors.
const (
	CodeParseFailed      = "GRAPHQL_PARSE_FAILED"
	CodeValidationFailed = "GRAPHQL_VALIDATION_FAILED"
	CodeTooDeep          = "QUERY_TOO_DEEP"
	CodeTooCostly        = "QUERY_TOO_COSTLY"
	CodeBadUserInput     = "BAD_USER_INPUT"
	CodeUnauthenticated  = "UNAUTHENTICATED"
	CodeNotFound         = "NOT_FOUND"
	CodeInternal         = "INTERNAL_SERVER_ERROR"
	// CodeDiskFull is a write refused because the server's disk is (nearly) full; reads go on.
	CodeDiskFull = "DISK_FULL"
)

// codeOf returns the extensions.code for an error that wraps one of the sentinels.
func codeOf(err error) string {
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
