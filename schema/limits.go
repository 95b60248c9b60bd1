package schema

import (
	"encoding/json"
	"math"
	"strconv"
	"strings"

	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/language/ast"
)

// defaultListFactor is the size assumed for a list field without a first or
// limit argument (aliases aside, such lists hold objects: sources, entities).
const defaultListFactor = 10

// costCap saturates cost arithmetic well above any sane MaxCost.
const costCap = math.MaxInt32

// The weights of fields that cost more than one: a connection field scans an
// index, totalCount counts every match, and text fields cost by their size
// (a document's text is kilobytes; the answer-bytes budget bounds what
// they really weigh at run time).
const (
	weightConnection = 10
	weightTotalCount = 20
)

// fieldWeights are the costs of single fields that weigh more than one, by
// "Type.field"; what varies by field is data.
var fieldWeights = map[string]int{
	"Document.text":    500,
	"Mention.sentence": 5,
}

// analysis computes the depth and cost of one operation of a parsed
// document, introspection included. Fragments are analysed once each
// (memoized), so a document of fragments that spread others many times
// costs linear time to analyse, however large its expansion.
type analysis struct {
	schema   *graphql.Schema
	frags    map[string]*ast.FragmentDefinition
	vars     map[string]any
	maxFirst int
	maxCost  int
	// badFirst is the first first or limit argument above maxFirst found.
	badFirst int
	depths   map[string]int
	costs    map[string]int
}

func newAnalysis(sch *graphql.Schema, doc *ast.Document, vars map[string]any, maxFirst, maxCost int) *analysis {
	a := &analysis{schema: sch, frags: map[string]*ast.FragmentDefinition{}, vars: vars,
		maxFirst: maxFirst, maxCost: maxCost, depths: map[string]int{}, costs: map[string]int{}}
	for _, d := range doc.Definitions {
		if f, ok := d.(*ast.FragmentDefinition); ok && f.Name != nil {
			a.frags[f.Name.Value] = f
		}
	}
	return a
}

// depth returns the deepest field nesting of set, introspection included;
// ofType does not count, since a schema's type references are only a few
// wrappers deep and clients' introspection queries nest it many times.
func (a *analysis) depth(set *ast.SelectionSet) int {
	if set == nil {
		return 0
	}
	best := 0
	for _, sel := range set.Selections {
		d := 0
		switch sel := sel.(type) {
		case *ast.Field:
			if sel.Name == nil {
				continue
			}
			d = a.depth(sel.SelectionSet)
			if sel.Name.Value != "ofType" {
				d++
			}
		case *ast.InlineFragment:
			d = a.depth(sel.SelectionSet)
		case *ast.FragmentSpread:
			d = a.fragDepth(sel.Name.Value)
		}
		best = max(best, d)
	}
	return best
}

func (a *analysis) fragDepth(name string) int {
	if d, ok := a.depths[name]; ok {
		return d
	}
	f, ok := a.frags[name]
	if !ok {
		return 0
	}
	a.depths[name] = 0 // a cycle (refused earlier) ends here
	d := a.depth(f.SelectionSet)
	a.depths[name] = d
	return d
}

// cost estimates the work of set under parent: every field costs mult times
// its weight, and the fields under a list cost mult times the list's size
// (its first or limit argument, or defaultListFactor); the fields of a
// connection other than its edges are charged once per connection. The
// introspection fields cost what they really answer (introspectionCost).
func (a *analysis) cost(parent graphql.Type, set *ast.SelectionSet, mult int) int {
	return a.costIn(parent, set, mult, 1)
}

// costIn is cost for the selections of a connection whose page multiplied
// mult by page (1 elsewhere).
func (a *analysis) costIn(parent graphql.Type, set *ast.SelectionSet, mult, page int) int {
	if set == nil {
		return 0
	}
	total := 0
	for _, sel := range set.Selections {
		switch sel := sel.(type) {
		case *ast.Field:
			m := mult
			if page > 1 && sel.Name != nil && sel.Name.Value != "edges" {
				m = max(mult/page, 1)
			}
			total = satAdd(total, a.fieldCost(parent, sel, m))
		case *ast.InlineFragment:
			t := a.condition(parent, sel.TypeCondition)
			total = satAdd(total, a.costIn(t, sel.SelectionSet, mult, page))
		case *ast.FragmentSpread:
			total = satAdd(total, satMul(mult, a.fragCost(parent, sel.Name.Value)))
		}
	}
	return total
}

// fieldCost is the cost of one field and what it selects.
func (a *analysis) fieldCost(parent graphql.Type, f *ast.Field, mult int) int {
	if f.Name == nil {
		return 0
	}
	name := f.Name.Value
	if name == "__schema" || name == "__type" {
		return satMul(mult, a.introspectionCost(f))
	}
	fd := a.fieldDef(parent, name)
	if fd == nil {
		return mult
	}
	pname := named(parent).Name()
	key := pname + "." + name
	w := 1
	switch {
	case fieldWeights[key] > 0:
		w = fieldWeights[key]
	case name == "totalCount" && strings.HasSuffix(pname, "Connection"):
		w = weightTotalCount
	case strings.HasSuffix(named(fd.Type).Name(), "Connection"):
		w = weightConnection
	}
	total := satMul(mult, w)
	if f.SelectionSet == nil {
		return total
	}
	factor := a.listFactor(parent, fd, f)
	page := 1
	if strings.HasSuffix(named(fd.Type).Name(), "Connection") {
		page = factor
	}
	return satAdd(total, a.costIn(named(fd.Type), f.SelectionSet, satMul(mult, factor), page))
}

// fieldDef looks a field up, the introspection meta-fields included.
func (a *analysis) fieldDef(parent graphql.Type, name string) *graphql.FieldDefinition {
	switch name {
	case "__schema":
		return graphql.SchemaMetaFieldDef
	case "__type":
		return graphql.TypeMetaFieldDef
	case "__typename":
		return graphql.TypeNameMetaFieldDef
	}
	return fieldDef(parent, name)
}

func (a *analysis) condition(parent graphql.Type, cond *ast.Named) graphql.Type {
	if cond != nil && cond.Name != nil {
		if t := a.schema.Type(cond.Name.Value); t != nil {
			return t
		}
	}
	return parent
}

// fragCost is the cost of a fragment at multiplier one, computed once per
// fragment and parent type.
func (a *analysis) fragCost(parent graphql.Type, name string) int {
	f, ok := a.frags[name]
	if !ok {
		return 0
	}
	t := a.condition(parent, f.TypeCondition)
	key := name + "@" + named(t).Name()
	if c, ok := a.costs[key]; ok {
		return c
	}
	a.costs[key] = 0 // a cycle (refused earlier) ends here
	c := a.cost(t, f.SelectionSet, 1)
	a.costs[key] = c
	return c
}

// listFactor is how many times the selection of field f repeats.
func (a *analysis) listFactor(parent graphql.Type, fd *graphql.FieldDefinition, f *ast.Field) int {
	for _, name := range []string{"first", "limit"} {
		for _, arg := range fd.Args {
			if arg.PrivateName == name {
				n := a.intArg(f, arg)
				if name == "first" && n > a.maxFirst && a.badFirst == 0 {
					a.badFirst = n
				}
				return max(n, 1)
			}
		}
	}
	if !isList(fd.Type) {
		return 1
	}
	// The lists of a connection or subgraph are already counted by the
	// first or limit of the field that returned it.
	if n := named(parent).Name(); strings.HasSuffix(n, "Connection") || n == "Subgraph" {
		return 1
	}
	return defaultListFactor
}

// intArg returns the value of an Int argument: literal, variable or default.
func (a *analysis) intArg(f *ast.Field, def *graphql.Argument) int {
	fallback := 0
	if v, ok := def.DefaultValue.(int); ok {
		fallback = v
	}
	for _, arg := range f.Arguments {
		if arg.Name == nil || arg.Name.Value != def.PrivateName {
			continue
		}
		switch v := arg.Value.(type) {
		case *ast.IntValue:
			if n, err := strconv.ParseInt(v.Value, 10, 64); err == nil {
				return int(min(max(n, math.MinInt32), math.MaxInt32))
			}
			return math.MaxInt32
		case *ast.Variable:
			if v.Name != nil {
				if n, ok := toInt(a.vars[v.Name.Value]); ok {
					return n
				}
			}
		}
	}
	return fallback
}

func toInt(v any) (int, bool) {
	switch n := v.(type) {
	case int:
		return n, true
	case int32:
		return int(n), true
	case int64:
		return int(min(max(n, math.MinInt32), math.MaxInt32)), true
	case float64:
		return int(min(max(n, math.MinInt32), math.MaxInt32)), true
	case json.Number:
		i, err := n.Int64()
		return int(min(max(i, math.MinInt32), math.MaxInt32)), err == nil
	}
	return 0, false
}

func isList(t graphql.Type) bool {
	if nn, ok := t.(*graphql.NonNull); ok {
		t = nn.OfType
	}
	_, ok := t.(*graphql.List)
	return ok
}

// fieldDef looks up the field name of an object or interface type.
func fieldDef(t graphql.Type, name string) *graphql.FieldDefinition {
	switch t := t.(type) {
	case *graphql.Object:
		return t.Fields()[name]
	case *graphql.Interface:
		return t.Fields()[name]
	}
	return nil
}

func satAdd(a, b int) int { return min(a+b, costCap) }

func satMul(a, b int) int {
	if a != 0 && b > costCap/a {
		return costCap
	}
	return min(a*b, costCap)
}

// named strips List and NonNull from t.
func named(t graphql.Type) graphql.Type {
	for {
		switch w := t.(type) {
		case *graphql.List:
			t = w.OfType
		case *graphql.NonNull:
			t = w.OfType
		default:
			return t
		}
	}
}
