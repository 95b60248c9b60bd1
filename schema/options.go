package schema

import (
	"log/slog"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader"
)

// Options configure a Server. Start from DefaultOptions and change fields
// with the WithX methods.
type Options struct {
	// WriteToken, when not empty, is the bearer token that mutations over
	// HTTP must present (Authorization: Bearer <token>). Queries never need it.
	WriteToken string
	// MaxDepth is the deepest field nesting a query may have (introspection
	// fields are not counted).
	MaxDepth int
	// MaxFirst is the largest page a connection or list argument (first) may ask for.
	MaxFirst int
	// MaxCost is the largest estimated cost a query may have: every field
	// selected costs one, multiplied by the page sizes (first, limit) of the
	// lists it sits in.
	MaxCost int
	// MaxBodyBytes limits the size of an HTTP request body.
	MaxBodyBytes int64
	// CacheSize is the number of parsed and validated documents kept, keyed by query text.
	CacheSize int
	// Logger receives the server's logs; nil means slog.Default().
	Logger *slog.Logger
	// Extract turns a document's text into facts for the ingestDocument
	// mutation; nil means loader.Extract.
	Extract func(text string, meta loader.Meta) *graph.Extraction
	// Writer carries out the mutations; nil writes to the store (cluster
	// mode appends them to the replicated log, see replication.go).
	Writer Writer
	// Replica, when set, is the log position every answer reports.
	Replica Replica
}

// The defaults of DefaultOptions.
const (
	DefaultMaxDepth     = 12
	DefaultMaxFirst     = 500
	DefaultMaxCost      = 50000
	DefaultMaxBodyBytes = 1 << 20
	DefaultCacheSize    = 512
)

// DefaultOptions returns the options of a server without a write token:
// depth 12, first at most 500, cost at most 50000, 1 MiB bodies, 512 cached documents.
func DefaultOptions() Options {
	return Options{
		MaxDepth:     DefaultMaxDepth,
		MaxFirst:     DefaultMaxFirst,
		MaxCost:      DefaultMaxCost,
		MaxBodyBytes: DefaultMaxBodyBytes,
		CacheSize:    DefaultCacheSize,
	}
}

// WithWriteToken returns o with WriteToken set to t.
func (o Options) WithWriteToken(t string) Options { o.WriteToken = t; return o }

// WithMaxDepth returns o with MaxDepth set to n.
func (o Options) WithMaxDepth(n int) Options { o.MaxDepth = n; return o }

// WithMaxFirst returns o with MaxFirst set to n.
func (o Options) WithMaxFirst(n int) Options { o.MaxFirst = n; return o }

// WithMaxCost returns o with MaxCost set to n.
func (o Options) WithMaxCost(n int) Options { o.MaxCost = n; return o }

// WithMaxBodyBytes returns o with MaxBodyBytes set to n.
func (o Options) WithMaxBodyBytes(n int64) Options { o.MaxBodyBytes = n; return o }

// WithCacheSize returns o with CacheSize set to n.
func (o Options) WithCacheSize(n int) Options { o.CacheSize = n; return o }

// WithLogger returns o with Logger set to l.
func (o Options) WithLogger(l *slog.Logger) Options { o.Logger = l; return o }

// WithExtractor returns o with Extract set to f.
func (o Options) WithExtractor(f func(text string, meta loader.Meta) *graph.Extraction) Options {
	o.Extract = f
	return o
}
