package schema

import (
	"bytes"
	"context"
	"encoding/json"
	"math"
	"reflect"

	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/language/ast"
)

// The lean executor runs a query operation the way graphql-go's executor
// does, with the same resolvers, arguments, thunks and answer, but without
// its per-field machinery: graphql-go collects an object's fields anew for
// every object of a list, allocates a response path, a copy of the resolve
// info and two deferred recovers for every field, and walks the whole
// answer at the end looking for thunks. A 2-hop neighborhood of 200
// entities and 800 edges resolves about 6,000 fields, and that machinery
// was half of its CPU (profile in docs/performance.md, round 6).
//
// It runs only the happy path. Any error (a resolver's, a null in a
// non-null field, a value of the wrong shape), introspection, an abstract
// type without ResolveType or a variable that does not fit its type stops
// it, and the request is executed again by graphql-go, which answers with
// the spec's partial data and located errors. Queries have no side effects,
// so running one twice only costs time, and only on the error path.
// TestLeanMatchesGraphQLGo checks that both executors give the same data
// for the API's queries.

// The lean executor calls the resolvers as they were before guardResolvers
// wrapped them, and does the guard's work itself, once per request where it
// can: it passes the request's live context (the guard looked it up for
// every field), checks it before every resolver, and charges every
// resolver's value, and the value of the thunk it returned, to the budget
// it looked up once. A panic or an error stops it, and graphql-go runs the
// guarded resolvers, which turn them into the API's errors. Going through
// the guard cost a 2-hop neighborhood about a tenth of its CPU: two context
// lookups, a deferred recover and three copies of the resolve parameters
// for each of its thousands of fields.

// leanRun is one execution of a query by the lean executor.
type leanRun struct {
	// ctx is the request's live context.
	ctx    context.Context
	budget *budget
	// bytes and units are what is left of the budget: the lean run is
	// the budget's only user, on one goroutine, so it counts without
	// atomics (two per field were 3% of a 2-hop answer's CPU).
	bytes, units int64
	// tables gives the resolvers the guard wraps, unwrapped, and the
	// enums' names.
	tables leanTables
	schema *graphql.Schema
	op     *ast.OperationDefinition
	frags  map[string]ast.Definition
	vars   map[string]any
	// groups memoizes collect: the objects of a list share their
	// selection, so their fields are collected once.
	groups map[groupKey][]*fieldGroup
	// queue holds the thunks met so far, resolved breadth first after the
	// pass that met them, as graphql-go does, so that a data loader sees
	// all the keys of a level before the first of them is read.
	queue  []pendingThunk
	failed bool
	// slab holds the fields the next objects take (newObject), and boxes
	// the headers of the next objects completed (boxed).
	slab  []leanField
	boxes []leanObject
}

// leanTables are what a server's lean executor runs with, built once.
type leanTables struct {
	// bare gives the resolvers the guard wraps, unwrapped.
	bare map[*graphql.FieldDefinition]graphql.FieldResolveFn
	// enumNames gives, for each enum, the name of each internal value,
	// as an interface ready to answer with: graphql-go's Enum.Serialize
	// reflects on the value and boxes the name anew (1.4% of a 2-hop
	// answer's CPU).
	enumNames map[*graphql.Enum]map[any]any
}

// enumNames returns the names of the internal values of sch's enums.
func enumNames(sch graphql.Schema) map[*graphql.Enum]map[any]any {
	out := map[*graphql.Enum]map[any]any{}
	for _, t := range sch.TypeMap() {
		if e, ok := t.(*graphql.Enum); ok {
			names := map[any]any{}
			for _, v := range e.Values() {
				names[v.Value] = v.Name
			}
			out[e] = names
		}
	}
	return out
}

// slabFields is how many fields the lean run allocates at once for its
// objects: a 2-hop answer has some 2,600 objects of one to four fields,
// which took as many calls to the allocator (the same bytes now take a
// dozen; 2-3% of the answer's CPU in two alternated pairs of runs).
const slabFields = 512

// boxed returns o as an interface: a pointer to its header, cut from a
// slab. An object's header boxed by value was an allocation for each of
// the thousand objects of a 2-hop answer (2.5% of its CPU).
func (r *leanRun) boxed(o leanObject) any {
	if o == nil {
		return nil
	}
	if len(r.boxes) == 0 {
		r.boxes = make([]leanObject, slabFields/4)
	}
	b := &r.boxes[0]
	r.boxes = r.boxes[1:]
	*b = o
	return b
}

// newObject returns an object of n fields, cut from the slab when it is
// small.
func (r *leanRun) newObject(n int) leanObject {
	if n > slabFields/8 {
		return make(leanObject, n)
	}
	if len(r.slab) < n {
		r.slab = make([]leanField, slabFields)
	}
	o := r.slab[:n:n]
	r.slab = r.slab[n:]
	return o
}

// fieldGroup is the fields of one response key, with their definition on
// the runtime type and their argument values.
type fieldGroup struct {
	key    string
	fields []*ast.Field
	def    *graphql.FieldDefinition
	args   map[string]any
	// resolve is the resolver as guardResolvers found it (bare), or
	// graphql-go's default one.
	resolve graphql.FieldResolveFn
	// typename is true for __typename, which has no definition.
	typename bool
	// childType and child are the groups of the objects this group's
	// values complete to, when they are of type childType: the objects of
	// a list share them, and looking them up in leanRun.groups for each
	// object (a hash of two pointers) was 2.6% of a 2-hop answer's CPU.
	childType *graphql.Object
	child     []*fieldGroup
}

// groupKey names a selection on a runtime type: the first field of the
// group whose selection sets are collected (a group's slice is built once,
// so its first element's address is its identity), or the operation.
type groupKey struct {
	t     *graphql.Object
	first **ast.Field
}

// pendingThunk is a thunk met while completing a value, with where its
// completed value goes.
type pendingThunk struct {
	th  func() (any, error)
	t   graphql.Type
	g   *fieldGroup
	dst slot
	// charged is true for a thunk a resolver returned, whose value the
	// budget is charged for, as the guard's thunks charge theirs.
	charged bool
}

// leanField is one response key of an object the lean executor built,
// with its value.
type leanField struct {
	key string
	val any
}

// leanObject is an object of a lean answer: its fields in the order the
// query selects them. graphql-go builds a map per object; one slice is one
// small allocation where a map is several and a hash per key, and the
// response writer writes it in order without a lookup per key (a 2-hop
// neighborhood is about a thousand objects; their maps were 15% of its
// CPU). plainData turns it into graphql-go's maps where a caller wants
// those.
type leanObject []leanField

// slot is where a completed value goes: a field of an object, or an index
// of a list. (A value, not a closure: a closure per field was an
// allocation for each of a big answer's thousands of fields.)
type slot struct {
	obj  leanObject
	list []any
	i    int
}

func (s slot) set(v any) {
	if s.obj != nil {
		s.obj[s.i].val = v
		return
	}
	s.list[s.i] = v
}

// leanExecute runs a query operation; ok is false when the lean executor
// stopped and graphql-go must run it.
func leanExecute(ctx context.Context, sch *graphql.Schema, tables leanTables, doc *ast.Document, op *ast.OperationDefinition, raw map[string]any) (data leanObject, ok bool) {
	if op.Operation != ast.OperationTypeQuery {
		return nil, false
	}
	defer func() {
		// A value of a shape the lean executor did not foresee, or a
		// resolver's panic: graphql-go answers instead, through the guard.
		if recover() != nil {
			data, ok = nil, false
		}
	}()
	// A copy of the schema, as graphql-go's executor takes: IsPossibleType
	// memoizes into the schema it is called on.
	own := *sch
	r := &leanRun{ctx: ctx, tables: tables, schema: &own, op: op, frags: map[string]ast.Definition{}, groups: map[groupKey][]*fieldGroup{}}
	if live, ok := ctx.Value(liveKey{}).(context.Context); ok {
		r.ctx = live
	}
	if r.budget, _ = r.ctx.Value(budgetKey{}).(*budget); r.budget != nil {
		r.bytes, r.units = r.budget.bytes.Load(), r.budget.units.Load()
	}
	for _, d := range doc.Definitions {
		if fd, ok := d.(*ast.FragmentDefinition); ok && fd.Name != nil {
			r.frags[fd.Name.Value] = fd
		}
	}
	if r.vars, ok = leanVariables(sch, op, raw); !ok {
		return nil, false
	}
	root := sch.QueryType()
	groups := r.collect(root, groupKey{t: root}, []*ast.SelectionSet{op.SelectionSet})
	data = r.object(root, map[string]any{}, groups)
	for len(r.queue) > 0 && !r.failed {
		p := r.queue[0]
		r.queue = r.queue[1:]
		v, err := p.th()
		if err != nil || (p.charged && !r.charge(v)) {
			return nil, false
		}
		p.dst.set(r.complete(p.t, p.g, v, p.dst))
	}
	return data, !r.failed
}

// object resolves and completes the groups of an object.
func (r *leanRun) object(t *graphql.Object, src any, groups []*fieldGroup) leanObject {
	o := r.newObject(len(groups))
	for i, g := range groups {
		if r.failed {
			return nil
		}
		o[i].key = g.key
		if g.typename {
			o[i].val = t.Name()
			continue
		}
		if r.ctx.Err() != nil {
			r.failed = true
			return nil
		}
		v, err := g.resolve(graphql.ResolveParams{
			Source: src, Args: g.args, Context: r.ctx,
			Info: graphql.ResolveInfo{
				FieldName: g.def.Name, FieldASTs: g.fields, ReturnType: g.def.Type, ParentType: t,
				Schema: *r.schema, Fragments: r.frags, Operation: r.op, VariableValues: r.vars,
			},
		})
		if err != nil || !r.charge(v) {
			r.failed = true
			return nil
		}
		if th, ok := v.(func() (any, error)); ok {
			r.queue = append(r.queue, pendingThunk{th: th, t: g.def.Type, g: g, dst: slot{obj: o, i: i}, charged: true})
			continue
		}
		o[i].val = r.complete(g.def.Type, g, v, slot{obj: o, i: i})
	}
	return o
}

// charge takes v from the request's budget, as the guard does; false when
// the budget is spent (which cancels the request).
func (r *leanRun) charge(v any) bool {
	if r.budget == nil {
		return true
	}
	n, units := cost(v)
	if r.bytes -= n; r.bytes < 0 {
		_ = r.budget.spent(ErrResponseTooLarge)
		return false
	}
	if r.units -= units; r.units < 0 {
		_ = r.budget.spent(ErrTooCostly)
		return false
	}
	return true
}

// MarshalJSON writes o as a JSON object, its keys in order.
func (o leanObject) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, f := range o {
		if i > 0 {
			b.WriteByte(',')
		}
		k, err := json.Marshal(f.key)
		if err != nil {
			return nil, err
		}
		v, err := json.Marshal(f.val)
		if err != nil {
			return nil, err
		}
		b.Write(k)
		b.WriteByte(':')
		b.Write(v)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// plainData gives v with every leanObject made a map, as graphql-go
// answers.
func plainData(v any) any {
	switch v := v.(type) {
	case *leanObject:
		return plainData(*v)
	case leanObject:
		m := make(map[string]any, len(v))
		for _, f := range v {
			m[f.key] = plainData(f.val)
		}
		return m
	case []any:
		out := make([]any, len(v))
		for i, e := range v {
			out[i] = plainData(e)
		}
		return out
	}
	return v
}

// complete gives the answer for value v of type t, as graphql-go's
// completeValue does; a thunk is queued, and its value goes to dst later.
func (r *leanRun) complete(t graphql.Type, g *fieldGroup, v any, dst slot) any {
	if th, ok := v.(func() (any, error)); ok {
		r.queue = append(r.queue, pendingThunk{th: th, t: t, g: g, dst: dst})
		return nil
	}
	if nn, ok := t.(*graphql.NonNull); ok {
		c := r.complete(nn.OfType, g, v, dst)
		if c == nil {
			r.failed = true
		}
		return c
	}
	if r.failed || nullish(v) {
		return nil
	}
	switch t := t.(type) {
	case *graphql.List:
		return r.list(t, g, v)
	case *graphql.Scalar:
		return leaf(serializeScalar(t, v))
	case *graphql.Enum:
		if name, ok := r.tables.enumNames[t][v]; ok {
			return name
		}
		return leaf(t.Serialize(v))
	case *graphql.Object:
		return r.objectValue(t, g, v)
	case *graphql.Interface:
		return r.abstract(t, t.ResolveType, g, v)
	case *graphql.Union:
		return r.abstract(t, t.ResolveType, g, v)
	}
	r.failed = true
	return nil
}

// leaf gives a serialized scalar, null when serializing gave nothing.
func leaf(v any) any {
	if nullish(v) {
		return nil
	}
	return v
}

// list completes the items of a list value.
func (r *leanRun) list(t *graphql.List, g *fieldGroup, v any) any {
	if items, ok := v.([]any); ok {
		out := make([]any, len(items))
		for i, it := range items {
			out[i] = r.complete(t.OfType, g, it, slot{list: out, i: i})
		}
		return out
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Pointer {
		rv = rv.Elem()
	}
	if rv.Kind() != reflect.Slice && rv.Kind() != reflect.Array {
		r.failed = true
		return nil
	}
	out := make([]any, rv.Len())
	for i := range out {
		out[i] = r.complete(t.OfType, g, rv.Index(i).Interface(), slot{list: out, i: i})
	}
	return out
}

// objectValue completes an object: its own fields, collected once per
// selection and type.
func (r *leanRun) objectValue(t *graphql.Object, g *fieldGroup, v any) any {
	if t.IsTypeOf != nil {
		r.failed = true
		return nil
	}
	if g.childType != t {
		g.childType, g.child = t, r.groupsOf(t, g)
	}
	return r.boxed(r.object(t, v, g.child))
}

// groupsOf returns the groups of the objects of type t that the values of
// g complete to, collected once per selection and type.
func (r *leanRun) groupsOf(t *graphql.Object, g *fieldGroup) []*fieldGroup {
	key := groupKey{t: t, first: &g.fields[0]}
	if groups, ok := r.groups[key]; ok {
		return groups
	}
	sets := make([]*ast.SelectionSet, 0, len(g.fields))
	for _, f := range g.fields {
		sets = append(sets, f.SelectionSet)
	}
	return r.collect(t, key, sets)
}

// abstract completes a value of an interface or union type as the object
// type its ResolveType names.
func (r *leanRun) abstract(t graphql.Abstract, resolve graphql.ResolveTypeFn, g *fieldGroup, v any) any {
	if resolve == nil {
		r.failed = true
		return nil
	}
	obj := resolve(graphql.ResolveTypeParams{Value: v, Context: r.ctx,
		Info: graphql.ResolveInfo{FieldName: g.def.Name, FieldASTs: g.fields, ReturnType: g.def.Type,
			Schema: *r.schema, Fragments: r.frags, Operation: r.op, VariableValues: r.vars}})
	if obj == nil || !r.schema.IsPossibleType(t, obj) {
		r.failed = true
		return nil
	}
	return r.objectValue(obj, g, v)
}

// nullish is graphql-go's isNullish: nil, a nil pointer or NaN.
func nullish(v any) bool {
	switch v := v.(type) {
	case nil:
		return true
	case string, bool, int, []any, map[string]any:
		return false
	case float64:
		return math.IsNaN(v)
	case float32:
		return math.IsNaN(float64(v))
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Pointer {
		if rv.IsNil() {
			return true
		}
		rv = rv.Elem()
	}
	switch rv.Kind() {
	case reflect.Float32, reflect.Float64:
		return math.IsNaN(rv.Float())
	}
	return false
}

// serializeScalar is t.Serialize(v), without graphql-go's fmt.Sprintf("%v")
// for a plain string of String or ID, which gives the string itself (a
// tenth of a 2-hop answer's CPU went to formatting its strings).
func serializeScalar(t *graphql.Scalar, v any) any {
	if _, ok := v.(string); ok && (t == graphql.String || t == graphql.ID) {
		return v // the string in its interface: boxing it again allocated (3% of a 2-hop answer's CPU)
	}
	return t.Serialize(v)
}
