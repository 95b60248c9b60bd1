package schema

import (
	"reflect"

	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/language/ast"
)

// The lean executor's selections and values, as graphql-go computes them
// (executor.go collectFields and shouldIncludeNode, values.go
// getVariableValues, getArgumentValues and valueFromAST). Input objects are
// left to graphql-go: no query of the API takes one.

// collect gathers the fields that sets select on runtime type t, grouped by
// response key in the order met, with their definitions and arguments, and
// memoizes them under key.
func (r *leanRun) collect(t *graphql.Object, key groupKey, sets []*ast.SelectionSet) []*fieldGroup {
	byKey := map[string]*fieldGroup{}
	var order []*fieldGroup
	visited := map[string]bool{}
	for _, set := range sets {
		r.collectSet(t, set, byKey, &order, visited)
	}
	defs := t.Fields()
	groups := order[:0]
	for _, g := range order {
		switch name := g.fields[0].Name.Value; name {
		case "__typename":
			g.typename = true
		case "__schema", "__type":
			r.failed = true
		default:
			if g.def = defs[name]; g.def == nil {
				continue
			}
			if g.resolve = r.tables.bare[g.def]; g.resolve == nil {
				g.resolve = g.def.Resolve
			}
			if g.resolve == nil {
				g.resolve = graphql.DefaultResolveFn
			}
			g.args = r.arguments(g.def.Args, g.fields[0].Arguments)
		}
		groups = append(groups, g)
	}
	r.groups[key] = groups
	return groups
}

// collectSet adds the fields of one selection set, through its fragments.
func (r *leanRun) collectSet(t *graphql.Object, set *ast.SelectionSet, byKey map[string]*fieldGroup, order *[]*fieldGroup, visited map[string]bool) {
	if set == nil {
		return
	}
	for _, sel := range set.Selections {
		switch sel := sel.(type) {
		case *ast.Field:
			if sel.Name == nil || !r.included(sel.Directives) {
				continue
			}
			k := sel.Name.Value
			if sel.Alias != nil && sel.Alias.Value != "" {
				k = sel.Alias.Value
			}
			g := byKey[k]
			if g == nil {
				g = &fieldGroup{key: k}
				byKey[k] = g
				*order = append(*order, g)
			}
			g.fields = append(g.fields, sel)
		case *ast.InlineFragment:
			if r.included(sel.Directives) && r.fragmentApplies(sel.TypeCondition, t) {
				r.collectSet(t, sel.SelectionSet, byKey, order, visited)
			}
		case *ast.FragmentSpread:
			name := ""
			if sel.Name != nil {
				name = sel.Name.Value
			}
			if visited[name] || !r.included(sel.Directives) {
				continue
			}
			visited[name] = true
			if fd, ok := r.frags[name].(*ast.FragmentDefinition); ok && r.fragmentApplies(fd.TypeCondition, t) {
				r.collectSet(t, fd.SelectionSet, byKey, order, visited)
			}
		}
	}
}

// included applies @skip and @include (skip first).
func (r *leanRun) included(directives []*ast.Directive) bool {
	for _, d := range directives {
		if d == nil || d.Name == nil {
			continue
		}
		if d.Name.Value == graphql.SkipDirective.Name {
			if v, ok := r.arguments(graphql.SkipDirective.Args, d.Arguments)["if"].(bool); ok && v {
				return false
			}
		}
	}
	for _, d := range directives {
		if d != nil && d.Name != nil && d.Name.Value == graphql.IncludeDirective.Name {
			if v, ok := r.arguments(graphql.IncludeDirective.Args, d.Arguments)["if"].(bool); ok && !v {
				return false
			}
		}
	}
	return true
}

// fragmentApplies reports whether a fragment on cond applies to type t.
func (r *leanRun) fragmentApplies(cond *ast.Named, t *graphql.Object) bool {
	if cond == nil {
		return true
	}
	ct := typeOfAST(r.schema, cond)
	switch ct := ct.(type) {
	case nil:
		return false
	case *graphql.Interface:
		return r.schema.IsPossibleType(ct, t)
	case *graphql.Union:
		return r.schema.IsPossibleType(ct, t)
	}
	return ct.Name() == t.Name()
}

// arguments gives the argument values of a field or directive: the
// literal or variable given, else the default; absent when both are null.
func (r *leanRun) arguments(defs []*graphql.Argument, given []*ast.Argument) map[string]any {
	out := make(map[string]any, len(defs))
	for _, def := range defs {
		var v any
		for _, a := range given {
			if a.Name != nil && a.Name.Value == def.PrivateName {
				v = astValue(a.Value, def.Type, r.vars)
			}
		}
		if nullish(v) {
			v = def.DefaultValue
		}
		if !nullish(v) {
			out[def.PrivateName] = v
		}
	}
	return out
}

// astValue is graphql-go's valueFromAST for scalars, enums and lists.
func astValue(v ast.Value, t graphql.Input, vars map[string]any) any {
	if v == nil {
		return nil
	}
	if va, ok := v.(*ast.Variable); ok {
		if va.Name == nil || vars == nil {
			return nil
		}
		return vars[va.Name.Value]
	}
	switch t := t.(type) {
	case *graphql.NonNull:
		return astValue(v, t.OfType, vars)
	case *graphql.List:
		out := []any{}
		if lv, ok := v.(*ast.ListValue); ok {
			for _, it := range lv.Values {
				out = append(out, astValue(it, t.OfType, vars))
			}
			return out
		}
		return append(out, astValue(v, t.OfType, vars))
	case *graphql.Scalar:
		return t.ParseLiteral(v)
	case *graphql.Enum:
		return t.ParseLiteral(v)
	}
	return nil
}

// leanVariables coerces the operation's variables as graphql-go does; ok is
// false when one does not fit its type (graphql-go then answers the error)
// or has a type the lean executor leaves to graphql-go.
func leanVariables(sch *graphql.Schema, op *ast.OperationDefinition, raw map[string]any) (map[string]any, bool) {
	vars := make(map[string]any, len(op.VariableDefinitions))
	for _, d := range op.VariableDefinitions {
		if d == nil || d.Variable == nil || d.Variable.Name == nil {
			continue
		}
		t, ok := typeOfAST(sch, d.Type).(graphql.Input)
		if !ok || hasInputObject(t) {
			return nil, false
		}
		name := d.Variable.Name.Value
		in := raw[name]
		if !validInput(in, t) {
			return nil, false
		}
		if nullish(in) && d.DefaultValue != nil {
			vars[name] = astValue(d.DefaultValue, t, nil)
			continue
		}
		vars[name] = coerceInput(t, in)
	}
	return vars, true
}

// typeOfAST is graphql-go's typeFromAST.
func typeOfAST(sch *graphql.Schema, t ast.Type) graphql.Type {
	switch t := t.(type) {
	case *ast.List:
		if in := typeOfAST(sch, t.Type); in != nil {
			return graphql.NewList(in)
		}
	case *ast.NonNull:
		if in := typeOfAST(sch, t.Type); in != nil {
			return graphql.NewNonNull(in)
		}
	case *ast.Named:
		if t.Name != nil {
			if nt := sch.Type(t.Name.Value); nt != nil {
				return nt
			}
		}
	}
	return nil
}

// hasInputObject reports whether t is or wraps an input object type.
func hasInputObject(t graphql.Type) bool {
	switch t := t.(type) {
	case *graphql.NonNull:
		return hasInputObject(t.OfType)
	case *graphql.List:
		return hasInputObject(t.OfType)
	case *graphql.InputObject:
		return true
	}
	return false
}

// validInput is graphql-go's isValidInputValue for scalars, enums and lists.
func validInput(v any, t graphql.Input) bool {
	if nullish(v) {
		_, nonNull := t.(*graphql.NonNull)
		return !nonNull
	}
	switch t := t.(type) {
	case *graphql.NonNull:
		return validInput(v, t.OfType)
	case *graphql.List:
		rv := reflect.ValueOf(v)
		if rv.Kind() == reflect.Pointer {
			rv = rv.Elem()
		}
		if rv.Kind() != reflect.Slice {
			return validInput(v, t.OfType)
		}
		for i := 0; i < rv.Len(); i++ {
			if !validInput(rv.Index(i).Interface(), t.OfType) {
				return false
			}
		}
		return true
	case *graphql.Scalar:
		return !nullish(t.ParseValue(v))
	case *graphql.Enum:
		return !nullish(t.ParseValue(v))
	}
	return false
}

// coerceInput is graphql-go's coerceValue for scalars, enums and lists.
func coerceInput(t graphql.Input, v any) any {
	if nullish(v) {
		return nil
	}
	switch t := t.(type) {
	case *graphql.NonNull:
		return coerceInput(t.OfType, v)
	case *graphql.List:
		out := []any{}
		rv := reflect.ValueOf(v)
		if rv.Kind() != reflect.Slice {
			return append(out, coerceInput(t.OfType, v))
		}
		for i := 0; i < rv.Len(); i++ {
			out = append(out, coerceInput(t.OfType, rv.Index(i).Interface()))
		}
		return out
	case *graphql.Scalar:
		return leaf(t.ParseValue(v))
	case *graphql.Enum:
		return leaf(t.ParseValue(v))
	}
	return nil
}
