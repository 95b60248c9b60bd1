// Package schema serves geokg's knowledge graph over GraphQL (graphql-go):
// the types and resolvers of the API contract (API.md), a per-request data
// loader that batches store reads, depth, page-size and cost limits that
// refuse abusive queries before they run, and the GraphQL-over-HTTP handler
// with a bounded cache of parsed and validated documents.
package schema

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"strings"
	"sync"

	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/gqlerrors"
	"github.com/graphql-go/graphql/language/ast"
	"github.com/graphql-go/graphql/language/parser"
	"github.com/graphql-go/graphql/language/source"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader"
	"github.com/geokg/geokg/store"
)

// Server executes GraphQL requests against a store. It is safe for
// concurrent use; ServeHTTP makes it the /graphql endpoint.
type Server struct {
	// bufs holds response buffers (*bytes.Buffer) for the next answers.
	bufs    sync.Pool
	st      store.Store
	opts    Options
	log     *slog.Logger
	extract func(text string, meta loader.Meta) *graph.Extraction
	schema  graphql.Schema
	// lean holds what the lean executor runs with: every resolver as it
	// was before guardResolvers wrapped it (the lean executor does the
	// guard's work itself) and the enums' names (lean.go).
	lean    leanTables
	cache   *lru[*prepared]
	apq     *lru[string]
	metrics *metrics
	// slots holds one token per request executing over HTTP.
	slots chan struct{}
	// lanes bounds the requests that run at once (Options.MaxExecuting).
	lanes chan struct{}
}

// New builds the schema over st. It fails on options it cannot work with.
func New(st store.Store, opts Options) (*Server, error) {
	if st == nil {
		return nil, fmt.Errorf("%w: nil store", ErrBadOptions)
	}
	if opts.MaxDepth <= 0 || opts.MaxFirst <= 0 || opts.MaxCost <= 0 {
		return nil, fmt.Errorf("%w: MaxDepth, MaxFirst and MaxCost must be positive (got %d, %d, %d)",
			ErrBadOptions, opts.MaxDepth, opts.MaxFirst, opts.MaxCost)
	}
	opts = opts.withDefaults()
	s := &Server{st: st, opts: opts, log: opts.Logger, extract: opts.Extract, metrics: newMetrics(),
		bufs:  sync.Pool{New: func() any { return new(bytes.Buffer) }},
		slots: make(chan struct{}, opts.MaxConcurrent), lanes: make(chan struct{}, opts.MaxExecuting)}
	if s.log == nil {
		s.log = slog.Default()
	}
	if s.extract == nil {
		s.extract = loader.Extract
	}
	s.cache = newDocCache(opts.CacheSize, opts.CacheBytes)
	s.apq = newLRU[string](max(opts.CacheSize, 1), opts.CacheBytes)
	fixIntrospection()
	t := s.buildTypes()
	sch, err := graphql.NewSchema(graphql.SchemaConfig{
		Query:    s.queryType(t),
		Mutation: s.mutationType(t),
		Types:    []graphql.Type{t.entity, t.edge, t.event, t.document},
	})
	if err != nil {
		return nil, fmt.Errorf("schema: build: %w", err)
	}
	s.schema = sch
	warmEnums(sch)
	s.guardResolvers()
	s.lean.enumNames = enumNames(sch)
	return s, nil
}

// warmEnums has every enum of sch build the lookup tables that graphql-go
// builds on first use, before the server answers anyone: two requests
// serializing or parsing the same enum for the first time at once would
// both write the table (a data race that -race found in
// TestConcurrentRequests).
func warmEnums(sch graphql.Schema) {
	for _, t := range sch.TypeMap() {
		e, ok := t.(*graphql.Enum)
		if !ok || len(e.Values()) == 0 {
			continue
		}
		v := e.Values()[0]
		e.Serialize(v.Value)
		e.ParseValue(v.Name)
	}
}

// Schema returns the executable graphql-go schema, for tooling (SDL export, introspection).
func (s *Server) Schema() graphql.Schema { return s.schema }

// Do runs a query or mutation in process, as a trusted caller (the CLI,
// tests): mutations need no write token. The result carries no data when the
// request was refused before execution.
func (s *Server) Do(ctx context.Context, query string, vars map[string]any) *graphql.Result {
	res := s.run(ctx, request{Query: query, Variables: vars}, runMode{authorized: true}).result
	if res != nil {
		res.Data = plainData(res.Data)
	}
	return res
}

// request is one GraphQL request.
type request struct {
	Query         string         `json:"query"`
	Variables     map[string]any `json:"variables"`
	OperationName string         `json:"operationName"`
	Extensions    map[string]any `json:"extensions"`
}

// runMode says how a request arrived.
type runMode struct {
	authorized bool
	// queriesOnly refuses mutations (GET requests).
	queriesOnly bool
}

// outcome is the result of a request and how it ended.
type outcome struct {
	result *graphql.Result
	// executed is false for a request refused before execution (no data entry).
	executed bool
	// code is the extensions.code of a refused request.
	code string
	// mutationRefused is true when a mutation arrived where only queries may.
	mutationRefused bool
	// badVariables is true when the variables did not fit the operation.
	badVariables bool
	// doc and op are the document and operation executed, for the ordered writer.
	doc *ast.Document
	op  *ast.OperationDefinition
}

func refused(err error) outcome {
	fe := formatError(err)
	code, _ := fe.Extensions["code"].(string)
	return outcome{result: &graphql.Result{Errors: []gqlerrors.FormattedError{fe}}, code: code}
}

// formatError turns an error of ours into a GraphQL error with its code.
func formatError(err error) gqlerrors.FormattedError {
	ae := &apiError{}
	if !errors.As(err, &ae) {
		ae = &apiError{err: err}
	}
	fe := gqlerrors.FormatError(err)
	fe.Message = publicMessage(err.Error())
	fe.Extensions = ae.Extensions()
	return fe
}

// scanLimits are the pre-pass bounds of o.
func (o Options) scanLimits() scanLimits {
	return scanLimits{maxBytes: o.MaxQueryBytes, maxTokens: o.MaxTokens,
		maxNesting: o.MaxNesting, maxAliases: o.MaxAliases, maxVars: o.MaxVariables}
}

// prepare checks query with the pre-pass, parses it, refuses fragment cycles
// and validates it, through the document cache.
func (s *Server) prepare(query string) (*prepared, error) {
	if p, ok := s.cache.get(query); ok {
		return p, nil
	}
	text, err := prescan(query, s.opts.scanLimits())
	if err != nil {
		return nil, err
	}
	doc, err := parser.Parse(parser.ParseParams{Source: source.NewSource(&source.Source{
		Body: []byte(text), Name: "GraphQL request",
	})})
	if err != nil {
		fe := gqlerrors.FormatError(err)
		return nil, &requestErrors{code: CodeParseFailed, errs: []gqlerrors.FormattedError{fe}}
	}
	if err := incomplete(doc); err != nil {
		return nil, &requestErrors{code: CodeParseFailed, errs: []gqlerrors.FormattedError{gqlerrors.FormatError(err)}}
	}
	if err := fragmentCycle(doc); err != nil {
		return nil, err
	}
	if err := s.validate(doc); err != nil {
		return nil, err
	}
	p := &prepared{doc: doc}
	s.cache.put(query, p, int64(len(query))*astBytesPerQueryByte)
	return p, nil
}

// validate runs graphql-go's validation, our rules first; a panic in it (a
// document graphql-go's parser accepted but cannot handle) is a validation
// error, not a crash.
func (s *Server) validate(doc *ast.Document) (err error) {
	defer func() {
		if r := recover(); r != nil {
			s.log.Warn("graphql: validation panicked", "panic", fmt.Sprint(r))
			err = &requestErrors{code: CodeValidationFailed, errs: []gqlerrors.FormattedError{{Message: "the document could not be validated"}}}
		}
	}()
	vr := graphql.ValidateDocument(&s.schema, doc, validationRules())
	if !vr.IsValid {
		return &requestErrors{code: CodeValidationFailed, errs: vr.Errors}
	}
	return nil
}

// requestErrors are the errors of a request refused by parsing or validation.
type requestErrors struct {
	code string
	errs []gqlerrors.FormattedError
}

func (e *requestErrors) Error() string {
	msgs := make([]string, len(e.errs))
	for i, fe := range e.errs {
		msgs[i] = fe.Message
	}
	return "schema: " + strings.Join(msgs, "; ")
}

// operation picks the operation to run.
func operation(doc *ast.Document, name string) (*ast.OperationDefinition, error) {
	var op *ast.OperationDefinition
	n := 0
	for _, d := range doc.Definitions {
		od, ok := d.(*ast.OperationDefinition)
		if !ok {
			continue
		}
		n++
		if name == "" || (od.Name != nil && od.Name.Value == name) {
			op = od
		}
	}
	switch {
	case name == "" && n > 1:
		return nil, &apiError{err: fmt.Errorf("%w: the document holds %d operations; name one with operationName", ErrValidation, n)}
	case op == nil && name != "":
		return nil, &apiError{err: fmt.Errorf("%w: no operation named %q", ErrValidation, name)}
	case op == nil:
		return nil, &apiError{err: fmt.Errorf("%w: the document holds no operation", ErrValidation)}
	}
	return op, nil
}

// run resolves a persisted query, prepares the document, checks its limits
// and executes one request.
func (s *Server) run(ctx context.Context, req request, mode runMode) (out outcome) {
	ctx, seqs := withSequences(ctx)
	defer s.logExtensions(seqs, &out)
	defer func() {
		if r := recover(); r != nil {
			s.log.ErrorContext(ctx, "graphql: panic", "panic", r, "stack", string(debug.Stack()))
			out = refused(&apiError{err: fmt.Errorf("%w: panic", ErrInternal)})
		}
	}()
	register, err := s.resolvePersisted(&req)
	if err != nil {
		return refused(err)
	}
	if strings.TrimSpace(req.Query) == "" {
		return refused(userErr("no query given"))
	}
	p, err := s.prepare(req.Query)
	if err != nil {
		var re *requestErrors
		if errors.As(err, &re) {
			for i := range re.errs {
				re.errs[i].Extensions = map[string]any{"code": re.code}
			}
			return outcome{result: &graphql.Result{Errors: re.errs}, code: re.code}
		}
		return refused(err)
	}
	if register != "" {
		s.apq.put(register, req.Query, int64(len(req.Query)))
	}
	op, err := operation(p.doc, req.OperationName)
	if err != nil {
		return refused(err)
	}
	if err := intVariables(op, req.Variables); err != nil {
		o := refused(&apiError{err: fmt.Errorf("%w: %w", ErrBadInput, err)})
		o.result.Errors[0].Message = err.Error()
		o.badVariables = true
		return o
	}
	if o, refuse := s.check(p.doc, op, req, mode); refuse {
		return o
	}
	return s.execute(ctx, p.doc, op, req, mode)
}

// check refuses an operation that may not run: a mutation over GET or
// without the write token, a subscription, or one too deep or too costly.
func (s *Server) check(doc *ast.Document, op *ast.OperationDefinition, req request, mode runMode) (outcome, bool) {
	isMutation := op.Operation == ast.OperationTypeMutation
	if isMutation && mode.queriesOnly {
		o := refused(userErr("mutations must be sent with POST"))
		o.mutationRefused = true
		return o, true
	}
	if op.Operation == ast.OperationTypeSubscription {
		return refused(userErr("subscriptions are not supported")), true
	}
	a := newAnalysis(&s.schema, doc, req.Variables, s.opts.MaxFirst, s.opts.MaxCost)
	if d := a.depth(op.SelectionSet); d > s.opts.MaxDepth {
		return refused(&apiError{
			err:   fmt.Errorf("%w: depth %d exceeds the maximum %d", ErrTooDeep, d, s.opts.MaxDepth),
			extra: map[string]any{"depth": d, "maxDepth": s.opts.MaxDepth},
		}), true
	}
	root := graphql.Type(s.schema.QueryType())
	if isMutation {
		root = s.schema.MutationType()
	}
	c := a.cost(root, op.SelectionSet, 1)
	if a.badFirst > 0 {
		return refused(&apiError{
			err:   userErr("first is %d, more than the maximum %d", a.badFirst, s.opts.MaxFirst),
			extra: map[string]any{"maxFirst": s.opts.MaxFirst},
		}), true
	}
	if c > s.opts.MaxCost {
		return refused(&apiError{
			err:   fmt.Errorf("%w: estimated cost %d exceeds the maximum %d", ErrTooCostly, c, s.opts.MaxCost),
			extra: map[string]any{"cost": c, "maxCost": s.opts.MaxCost},
		}), true
	}
	if isMutation && !mode.authorized {
		return refused(&apiError{err: fmt.Errorf("%w: mutations need Authorization: Bearer <write token>", ErrUnauthenticated)}), true
	}
	return outcome{}, false
}

// execute runs a checked operation under the answer-bytes budget: a query
// with the lean executor first, and with graphql-go when the lean one
// stops (lean.go).
func (s *Server) execute(ctx context.Context, doc *ast.Document, op *ast.OperationDefinition, req request, mode runMode) outcome {
	if !s.opts.GraphQLGoOnly && op.Operation == ast.OperationTypeQuery {
		lean := func(ctx context.Context) (*graphql.Result, bool) {
			data, ok := leanExecute(ctx, &s.schema, s.lean, doc, op, req.Variables)
			return &graphql.Result{Data: data}, ok
		}
		if out, ok := s.executeWith(ctx, doc, op, mode, lean); ok {
			return out
		}
	}
	full := func(ctx context.Context) (*graphql.Result, bool) {
		return graphql.Execute(graphql.ExecuteParams{
			Schema:        s.schema,
			AST:           doc,
			OperationName: req.OperationName,
			Args:          req.Variables,
			Context:       ctx,
		}), true
	}
	out, _ := s.executeWith(ctx, doc, op, mode, full)
	return out
}

// executeWith runs an operation with one executor, under a budget and a
// data loader of its own. It reports false when the executor stopped
// without an answer and before the budget or the request's time ran out.
func (s *Server) executeWith(ctx context.Context, doc *ast.Document, op *ast.OperationDefinition, mode runMode, run func(context.Context) (*graphql.Result, bool)) (outcome, bool) {
	ctx, b := withBudget(ctx, s.opts.MaxResponseBytes, s.opts.MaxCost)
	defer b.cancel()
	ctx = withLoader(ctx, newDataLoader(s.st))
	ctx = context.WithValue(ctx, authorizedKey{}, mode.authorized)
	// graphql-go returns as soon as its context is done, leaving its
	// goroutine to finish the execution unseen; it gets a context that is
	// never done instead, so that a request holds its execution slot until
	// the work really ends, and the resolvers get the live one (guard).
	res, ok := run(context.WithValue(context.WithoutCancel(ctx), liveKey{}, ctx))
	if !ok && b.exceeded() == nil && ctx.Err() == nil {
		return outcome{}, false
	}
	switch over := b.exceeded(); {
	case over == ErrResponseTooLarge:
		return refused(&apiError{err: fmt.Errorf("%w: the answer exceeds %d bytes; ask for fewer or smaller fields",
			ErrResponseTooLarge, s.opts.MaxResponseBytes), extra: map[string]any{"maxResponseBytes": s.opts.MaxResponseBytes}}), true
	case over == ErrTooCostly:
		return refused(&apiError{err: fmt.Errorf("%w: the query resolved more than %d fields and list items while running; ask for fewer",
			ErrTooCostly, s.opts.MaxCost), extra: map[string]any{"maxCost": s.opts.MaxCost}}), true
	case errors.Is(ctx.Err(), context.DeadlineExceeded):
		return refused(&apiError{err: fmt.Errorf("%w: the request ran out of time", ErrTimeout)}), true
	case errors.Is(ctx.Err(), context.Canceled):
		return refused(&apiError{err: fmt.Errorf("%w: the request was cancelled", ErrTimeout)}), true
	case res.Data == nil && variableErrors(res):
		for i := range res.Errors {
			res.Errors[i].Message = publicMessage(res.Errors[i].Message)
			res.Errors[i].Extensions = map[string]any{"code": CodeBadUserInput}
		}
		return outcome{result: res, code: CodeBadUserInput, badVariables: true}, true
	}
	for i := range res.Errors {
		res.Errors[i].Extensions = s.extensionsOf(ctx, res.Errors[i])
		res.Errors[i].Message = publicMessage(res.Errors[i].Message)
	}
	return outcome{result: res, executed: true, doc: doc, op: op}, true
}

// variableErrors reports whether graphql-go refused the variables (it
// returns no data then, and its messages name the variable).
func variableErrors(res *graphql.Result) bool {
	if len(res.Errors) == 0 {
		return false
	}
	for _, e := range res.Errors {
		if !strings.HasPrefix(e.Message, `Variable "$`) {
			return false
		}
	}
	return true
}

// extensionsOf finds the code of an execution error: from the error of ours
// it wraps if any, else from what graphql-go says.
func (s *Server) extensionsOf(ctx context.Context, fe gqlerrors.FormattedError) map[string]any {
	if ae := findAPIError(fe); ae != nil {
		return ae.Extensions()
	}
	if fe.Extensions != nil && fe.Extensions["code"] != nil {
		return fe.Extensions
	}
	if strings.HasPrefix(fe.Message, `Variable "$`) {
		return map[string]any{"code": CodeBadUserInput}
	}
	if errors.Is(ctx.Err(), context.Canceled) || errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return map[string]any{"code": CodeInternal}
	}
	s.log.WarnContext(ctx, "graphql: execution error", "message", fe.Message, "path", fe.Path)
	return map[string]any{"code": CodeInternal}
}

// findAPIError walks graphql-go's wrappers down to an error of ours.
func findAPIError(err error) *apiError {
	for range 16 {
		if err == nil {
			return nil
		}
		var ae *apiError
		if errors.As(err, &ae) {
			return ae
		}
		switch e := err.(type) {
		case gqlerrors.FormattedError:
			err = e.OriginalError()
		case *gqlerrors.FormattedError:
			err = e.OriginalError()
		case *gqlerrors.Error:
			err = e.OriginalError
		case gqlerrors.Error:
			err = e.OriginalError
		default:
			err = errors.Unwrap(err)
		}
	}
	return nil
}

// guardResolvers wraps every resolver (and the thunks they return) so that
// a panic becomes an INTERNAL_SERVER_ERROR and every error carries a code.
func (s *Server) guardResolvers() {
	s.lean.bare = map[*graphql.FieldDefinition]graphql.FieldResolveFn{}
	for name, t := range s.schema.TypeMap() {
		obj, ok := t.(*graphql.Object)
		if !ok || strings.HasPrefix(name, "__") {
			continue
		}
		for fname, fd := range obj.Fields() {
			fn := fd.Resolve
			if fn == nil {
				fn = graphql.DefaultResolveFn
			}
			s.lean.bare[fd] = fn
			fd.Resolve = s.guard(name+"."+fname, fn)
		}
	}
}

// liveKey holds the request's own context (deadline, client gone) inside
// the context graphql-go executes with.
type liveKey struct{}

func (s *Server) guard(field string, fn graphql.FieldResolveFn) graphql.FieldResolveFn {
	// The closures capture only what they need: a closure holding p (a big
	// struct) would put a copy of it on the heap for every resolved field.
	return func(p graphql.ResolveParams) (any, error) {
		if live, ok := p.Context.Value(liveKey{}).(context.Context); ok {
			p.Context = live
		}
		ctx := p.Context
		if err := ctx.Err(); err != nil {
			return nil, &apiError{err: fmt.Errorf("%w: %w", ErrTimeout, err)}
		}
		res, err := s.resolveSafely(field, fn, p)
		if err != nil {
			return nil, s.apiErr(ctx, field, err)
		}
		if err := charge(ctx, res); err != nil {
			return nil, err
		}
		if th, ok := res.(func() (any, error)); ok {
			return s.guardThunk(ctx, field, th), nil
		}
		return res, nil
	}
}

// resolveSafely runs fn, turning a panic into an internal error.
func (s *Server) resolveSafely(field string, fn graphql.FieldResolveFn, p graphql.ResolveParams) (res any, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = nil, s.panicked(p.Context, field, r)
		}
	}()
	return fn(p)
}

// guardThunk wraps a resolver's thunk as guard wraps the resolver.
func (s *Server) guardThunk(ctx context.Context, field string, th func() (any, error)) func() (any, error) {
	return func() (v any, err error) {
		defer func() {
			if r := recover(); r != nil {
				v, err = nil, s.panicked(ctx, field, r)
			}
		}()
		v, err = th()
		if err != nil {
			return nil, s.apiErr(ctx, field, err)
		}
		if err := charge(ctx, v); err != nil {
			return nil, err
		}
		return v, nil
	}
}

func (s *Server) panicked(ctx context.Context, field string, r any) error {
	s.log.ErrorContext(ctx, "graphql: resolver panic", "field", field, "panic", fmt.Sprint(r), "stack", string(debug.Stack()))
	return &apiError{err: fmt.Errorf("%w: resolving %s failed", ErrInternal, field)}
}

// apiErr gives err its code; internal errors are logged and not shown.
func (s *Server) apiErr(ctx context.Context, field string, err error) error {
	var ae *apiError
	if errors.As(err, &ae) {
		return ae
	}
	if codeOf(err) != CodeInternal {
		return &apiError{err: err}
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return &apiError{err: fmt.Errorf("%w: %w", ErrInternal, err)}
	}
	s.log.ErrorContext(ctx, "graphql: resolver error", "field", field, "err", err)
	return &apiError{err: fmt.Errorf("%w: resolving %s failed", ErrInternal, field)}
}
