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

// analysis computes the depth and cost of one operation of a validated document.
type analysis struct {
	schema *graphql.Schema
	frags  map[string]*ast.FragmentDefinition
	vars   map[string]any
}

func newAnalysis(sch *graphql.Schema, doc *ast.Document, vars map[string]any) *analysis {
	a := &analysis{schema: sch, frags: map[string]*ast.FragmentDefinition{}, vars: vars}
	for _, d := range doc.Definitions {
		if f, ok := d.(*ast.FragmentDefinition); ok && f.Name != nil {
			a.frags[f.Name.Value] = f
		}
	}
	return a
}

// depth returns the deepest field nesting of set; introspection fields do
// not count, so that GraphiQL's introspection query always runs.
func (a *analysis) depth(set *ast.SelectionSet, visiting map[string]bool) int {
	if set == nil {
		return 0
	}
	best := 0
	for _, sel := range set.Selections {
		d := 0
		switch sel := sel.(type) {
		case *ast.Field:
			if sel.Name == nil || strings.HasPrefix(sel.Name.Value, "__") {
				continue
			}
			d = 1 + a.depth(sel.SelectionSet, visiting)
		case *ast.InlineFragment:
			d = a.depth(sel.SelectionSet, visiting)
		case *ast.FragmentSpread:
			name := sel.Name.Value
			f, ok := a.frags[name]
			if !ok || visiting[name] {
				continue
			}
			visiting[name] = true
			d = a.depth(f.SelectionSet, visiting)
			delete(visiting, name)
		}
		best = max(best, d)
	}
	return best
}

// cost estimates the work of set under parent: every field costs mult, and
// the fields under a list cost mult times the list's size (its first or
// limit argument, or defaultListFactor).
func (a *analysis) cost(parent graphql.Type, set *ast.SelectionSet, mult int, visiting map[string]bool) int {
	if set == nil {
		return 0
	}
	total := 0
	for _, sel := range set.Selections {
		switch sel := sel.(type) {
		case *ast.Field:
			if sel.Name == nil || strings.HasPrefix(sel.Name.Value, "__") {
				continue
			}
			fd := fieldDef(parent, sel.Name.Value)
			if fd == nil {
				continue
			}
			total = satAdd(total, mult)
			if sel.SelectionSet != nil {
				child := satMul(mult, a.listFactor(parent, fd, sel))
				total = satAdd(total, a.cost(named(fd.Type), sel.SelectionSet, child, visiting))
			}
		case *ast.InlineFragment:
			t := parent
			if sel.TypeCondition != nil && sel.TypeCondition.Name != nil {
				if ct := a.schema.Type(sel.TypeCondition.Name.Value); ct != nil {
					t = ct
				}
			}
			total = satAdd(total, a.cost(t, sel.SelectionSet, mult, visiting))
		case *ast.FragmentSpread:
			name := sel.Name.Value
			f, ok := a.frags[name]
			if !ok || visiting[name] {
				continue
			}
			t := parent
			if f.TypeCondition != nil && f.TypeCondition.Name != nil {
				if ct := a.schema.Type(f.TypeCondition.Name.Value); ct != nil {
					t = ct
				}
			}
			visiting[name] = true
			total = satAdd(total, a.cost(t, f.SelectionSet, mult, visiting))
			delete(visiting, name)
		}
	}
	return total
}

// listFactor is how many times the selection of field f repeats.
func (a *analysis) listFactor(parent graphql.Type, fd *graphql.FieldDefinition, f *ast.Field) int {
	for _, name := range []string{"first", "limit"} {
		for _, arg := range fd.Args {
			if arg.PrivateName == name {
				return max(a.intArg(f, arg), 1)
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
			if n, err := strconv.Atoi(v.Value); err == nil {
				return n
			}
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
