package schema

import (
	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/language/ast"
)

// introspectionCost is what an introspection field (__schema or __type)
// really costs: its selection is walked over the schema itself, one unit per
// field of every object it would answer, so that lists are charged by their
// real size. The walk stops as soon as the cost passes maxCost, so it is
// bounded however the query nests.
func (a *analysis) introspectionCost(f *ast.Field) int {
	w := &introWalk{a: a, limit: a.maxCost + 1}
	switch f.Name.Value {
	case "__schema":
		w.walk(f.SelectionSet, a.schema)
	case "__type":
		if t := a.schema.Type(a.stringArg(f, "name")); t != nil {
			w.walk(f.SelectionSet, t)
		}
	}
	return w.total + 1
}

// stringArg returns the value of a String argument: literal or variable.
func (a *analysis) stringArg(f *ast.Field, name string) string {
	for _, arg := range f.Arguments {
		if arg.Name == nil || arg.Name.Value != name {
			continue
		}
		switch v := arg.Value.(type) {
		case *ast.StringValue:
			return v.Value
		case *ast.Variable:
			s, _ := a.vars[v.Name.Value].(string)
			return s
		}
	}
	return ""
}

type introWalk struct {
	a     *analysis
	total int
	limit int
}

// walk charges the selection set for one introspection object v.
func (w *introWalk) walk(set *ast.SelectionSet, v any) {
	if set == nil {
		return
	}
	for _, sel := range set.Selections {
		if w.total > w.limit {
			return
		}
		switch sel := sel.(type) {
		case *ast.Field:
			w.total++
			if sel.SelectionSet == nil || sel.Name == nil {
				continue
			}
			for _, c := range w.children(v, sel.Name.Value) {
				w.walk(sel.SelectionSet, c)
			}
		case *ast.InlineFragment:
			w.walk(sel.SelectionSet, v)
		case *ast.FragmentSpread:
			if fd := w.a.frags[sel.Name.Value]; fd != nil {
				w.walk(fd.SelectionSet, v)
			}
		}
	}
}

// children returns the objects that field of introspection object v answers.
func (w *introWalk) children(v any, field string) []any {
	sch := w.a.schema
	switch v := v.(type) {
	case *graphql.Schema:
		return schemaChildren(v, field)
	case *graphql.FieldDefinition:
		return argOrType(v.Args, v.Type, field)
	case *graphql.Argument:
		return argOrType(nil, v.Type, field)
	case *graphql.InputObjectField:
		return argOrType(nil, v.Type, field)
	case *graphql.Directive:
		return argOrType(v.Args, nil, field)
	case graphql.Type:
		return typeChildren(sch, v, field)
	}
	return nil
}

func schemaChildren(sch *graphql.Schema, field string) []any {
	var out []any
	switch field {
	case "types":
		for _, t := range sch.TypeMap() {
			out = append(out, t)
		}
	case "directives":
		for _, d := range sch.Directives() {
			out = append(out, d)
		}
	case "queryType":
		out = append(out, sch.QueryType())
	case "mutationType":
		if m := sch.MutationType(); m != nil {
			out = append(out, m)
		}
	}
	return out
}

func argOrType(args []*graphql.Argument, t graphql.Type, field string) []any {
	var out []any
	switch field {
	case "args":
		for _, a := range args {
			out = append(out, a)
		}
	case "type":
		if t != nil {
			out = append(out, t)
		}
	}
	return out
}

func typeChildren(sch *graphql.Schema, t graphql.Type, field string) []any {
	var out []any
	switch field {
	case "ofType":
		switch w := t.(type) {
		case *graphql.List:
			out = append(out, w.OfType)
		case *graphql.NonNull:
			out = append(out, w.OfType)
		}
	case "fields":
		var fields graphql.FieldDefinitionMap
		switch t := t.(type) {
		case *graphql.Object:
			fields = t.Fields()
		case *graphql.Interface:
			fields = t.Fields()
		}
		for _, f := range fields {
			out = append(out, f)
		}
	case "interfaces":
		if o, ok := t.(*graphql.Object); ok {
			for _, i := range o.Interfaces() {
				out = append(out, i)
			}
		}
	case "possibleTypes":
		if abs, ok := t.(graphql.Abstract); ok {
			for _, p := range sch.PossibleTypes(abs) {
				out = append(out, p)
			}
		}
	case "enumValues":
		if e, ok := t.(*graphql.Enum); ok {
			for _, v := range e.Values() {
				out = append(out, v)
			}
		}
	case "inputFields":
		if in, ok := t.(*graphql.InputObject); ok {
			for _, f := range in.Fields() {
				out = append(out, f)
			}
		}
	}
	return out
}
