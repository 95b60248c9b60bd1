package schema

import (
	"log/slog"
	"runtime"
	"time"

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
	// CacheBytes bounds the memory of the parsed-document cache (estimated
	// from the query sizes); the persisted-query store has the same bound.
	CacheBytes int64
	// MaxQueryBytes, MaxTokens, MaxNesting, MaxAliases and MaxVariables
	// bound a query before it is parsed: its length, its lexical tokens, how
	// deep its brackets nest, how many aliases it has and how many
	// variables an operation defines (graphql-go's validation is quadratic
	// in the fields of a selection and in the variables of an operation).
	MaxQueryBytes, MaxTokens, MaxNesting, MaxAliases, MaxVariables int
	// MaxResponseBytes bounds one answer: a request whose answer would be
	// longer is refused (RESPONSE_TOO_LARGE), never streamed out.
	MaxResponseBytes int
	// RequestTimeout bounds the time of one request over HTTP; its context,
	// cancelled when the client leaves, reaches every resolver and store scan.
	RequestTimeout time.Duration
	// MaxConcurrent is how many requests execute at once over HTTP; beyond
	// it the answer is 503 with Retry-After.
	MaxConcurrent int
	// MaxExecuting is how many of those run at once; the others wait their
	// turn in arrival order (within RequestTimeout). Default: twice the
	// cores the Go runtime uses.
	MaxExecuting int
	// CORSOrigins are the origins that browsers may call /graphql from
	// ("*" for any); none means same-origin only.
	CORSOrigins []string
	// Logger receives the server's logs; nil means slog.Default().
	Logger *slog.Logger
	// GraphQLGoOnly runs every operation with graphql-go's executor alone,
	// without the lean executor that runs queries first (lean.go); for
	// comparisons and as a way out.
	GraphQLGoOnly bool
	// Extract turns a document's text into facts for the ingestDocument
	// mutation; nil means loader.Extract.
	Extract func(text string, meta loader.Meta) *graph.Extraction
	// Limits bound a document of ingestDocument (text bytes, facts); zero fields are no bound.
	Limits loader.Limits
	// Writer carries out the mutations; nil writes to the store (cluster
	// mode appends them to the replicated log, see replication.go).
	Writer Writer
	// Replica, when set, is the log position every answer reports.
	Replica Replica
}

// The defaults of DefaultOptions.
const (
	DefaultMaxDepth         = 12
	DefaultMaxFirst         = 500
	DefaultMaxCost          = 50000
	DefaultMaxBodyBytes     = 1 << 20
	DefaultCacheSize        = 512
	DefaultCacheBytes       = 64 << 20
	DefaultMaxQueryBytes    = 100 << 10
	DefaultMaxTokens        = 3000
	DefaultMaxNesting       = 64
	DefaultMaxAliases       = 200
	DefaultMaxVariables     = 100
	DefaultMaxResponseBytes = 32 << 20
	DefaultRequestTimeout   = 10 * time.Second
	DefaultMaxConcurrent    = 16
)

// DefaultOptions returns the options of a server without a write token:
// depth 12, first at most 500, cost at most 50000, 1 MiB bodies, 512 cached
// documents in at most 64 MiB, queries of at most 100 KiB, 3000 tokens,
// brackets 64 deep, 200 aliases and 100 variables, answers of at most 32 MiB, 10 s per
// request, 16 requests at once, same-origin only.
func DefaultOptions() Options {
	return Options{
		MaxDepth:         DefaultMaxDepth,
		MaxFirst:         DefaultMaxFirst,
		MaxCost:          DefaultMaxCost,
		MaxBodyBytes:     DefaultMaxBodyBytes,
		CacheSize:        DefaultCacheSize,
		CacheBytes:       DefaultCacheBytes,
		MaxQueryBytes:    DefaultMaxQueryBytes,
		MaxTokens:        DefaultMaxTokens,
		MaxNesting:       DefaultMaxNesting,
		MaxAliases:       DefaultMaxAliases,
		MaxVariables:     DefaultMaxVariables,
		MaxResponseBytes: DefaultMaxResponseBytes,
		RequestTimeout:   DefaultRequestTimeout,
		MaxConcurrent:    DefaultMaxConcurrent,
		MaxExecuting:     2 * runtime.GOMAXPROCS(0),
	}
}

// WithRequestTimeout returns o with RequestTimeout set to d.
func (o Options) WithRequestTimeout(d time.Duration) Options { o.RequestTimeout = d; return o }

// WithMaxConcurrent returns o with MaxConcurrent set to n.
func (o Options) WithMaxConcurrent(n int) Options { o.MaxConcurrent = n; return o }

// WithMaxExecuting returns o with MaxExecuting set to n.
func (o Options) WithMaxExecuting(n int) Options { o.MaxExecuting = n; return o }

// WithMaxResponseBytes returns o with MaxResponseBytes set to n.
func (o Options) WithMaxResponseBytes(n int) Options { o.MaxResponseBytes = n; return o }

// WithCORSOrigins returns o with CORSOrigins set to origins.
func (o Options) WithCORSOrigins(origins ...string) Options { o.CORSOrigins = origins; return o }

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

// WithGraphQLGoOnly returns o with GraphQLGoOnly set to only.
func (o Options) WithGraphQLGoOnly(only bool) Options { o.GraphQLGoOnly = only; return o }

// WithLogger returns o with Logger set to l.
func (o Options) WithLogger(l *slog.Logger) Options { o.Logger = l; return o }

// WithLimits returns o with Limits set to l.
func (o Options) WithLimits(l loader.Limits) Options { o.Limits = l; return o }

// WithExtractor returns o with Extract set to f.
func (o Options) WithExtractor(f func(text string, meta loader.Meta) *graph.Extraction) Options {
	o.Extract = f
	return o
}

// withDefaults fills the limits left at zero with their defaults.
func (o Options) withDefaults() Options {
	d := DefaultOptions()
	if o.MaxBodyBytes <= 0 {
		o.MaxBodyBytes = d.MaxBodyBytes
	}
	if o.CacheBytes <= 0 {
		o.CacheBytes = d.CacheBytes
	}
	for _, f := range []struct{ v, def *int }{
		{&o.MaxQueryBytes, &d.MaxQueryBytes}, {&o.MaxTokens, &d.MaxTokens}, {&o.MaxNesting, &d.MaxNesting},
		{&o.MaxAliases, &d.MaxAliases}, {&o.MaxVariables, &d.MaxVariables}, {&o.MaxResponseBytes, &d.MaxResponseBytes}, {&o.MaxConcurrent, &d.MaxConcurrent}, {&o.MaxExecuting, &d.MaxExecuting},
	} {
		if *f.v <= 0 {
			*f.v = *f.def
		}
	}
	if o.RequestTimeout <= 0 {
		o.RequestTimeout = d.RequestTimeout
	}
	return o
}
