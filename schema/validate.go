package schema

import (
	"encoding/json"
	"fmt"
	"math"
	"strconv"

	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/gqlerrors"
	"github.com/graphql-go/graphql/language/ast"
	"github.com/graphql-go/graphql/language/kinds"
	"github.com/graphql-go/graphql/language/visitor"
)

// fragmentCycle returns an error naming a cycle of fragment spreads in doc,
// or nil. It must run before graphql-go's validation, whose rules recurse
// through spreads before NoFragmentCyclesRule has reported the cycle
// (graphql-go issue #742: a cycle overflows the stack and kills the process).
func fragmentCycle(doc *ast.Document) error {
	spreads := map[string][]string{}
	for _, d := range doc.Definitions {
		if f, ok := d.(*ast.FragmentDefinition); ok && f.Name != nil {
			spreads[f.Name.Value] = appendSpreads(nil, f.SelectionSet)
		}
	}
	const (
		unseen = iota
		open
		done
	)
	state := map[string]int{}
	var path []string
	var visit func(name string) error
	visit = func(name string) error {
		switch state[name] {
		case open:
			return guardErr(ErrFragmentCycle, "fragment %q spreads itself (through %v)", name, path)
		case done:
			return nil
		}
		state[name] = open
		path = append(path, name)
		for _, next := range spreads[name] {
			if _, known := spreads[next]; !known {
				continue
			}
			if err := visit(next); err != nil {
				return err
			}
		}
		path = path[:len(path)-1]
		state[name] = done
		return nil
	}
	for _, d := range doc.Definitions {
		if f, ok := d.(*ast.FragmentDefinition); ok && f.Name != nil {
			if err := visit(f.Name.Value); err != nil {
				return err
			}
		}
	}
	return nil
}

// incomplete finds what graphql-go v0.8.1's parser lets through although
// it is not GraphQL: a variable definition without a type ("$a:").
func incomplete(doc *ast.Document) error {
	for _, d := range doc.Definitions {
		op, ok := d.(*ast.OperationDefinition)
		if !ok {
			continue
		}
		for _, v := range op.VariableDefinitions {
			if v.Type == nil || isNilType(v.Type) {
				name := ""
				if v.Variable != nil && v.Variable.Name != nil {
					name = v.Variable.Name.Value
				}
				return fmt.Errorf("syntax error: variable $%s has no type", name)
			}
		}
	}
	return nil
}

// isNilType reports whether t is a typed nil, or wraps one.
func isNilType(t ast.Type) bool {
	switch t := t.(type) {
	case *ast.Named:
		return t == nil || t.Name == nil
	case *ast.List:
		return t == nil || t.Type == nil || isNilType(t.Type)
	case *ast.NonNull:
		return t == nil || t.Type == nil || isNilType(t.Type)
	}
	return true
}

// appendSpreads appends the names of the fragments that set spreads,
// however deep, to out.
func appendSpreads(out []string, set *ast.SelectionSet) []string {
	if set == nil {
		return out
	}
	for _, sel := range set.Selections {
		switch sel := sel.(type) {
		case *ast.Field:
			out = appendSpreads(out, sel.SelectionSet)
		case *ast.InlineFragment:
			out = appendSpreads(out, sel.SelectionSet)
		case *ast.FragmentSpread:
			if sel.Name != nil {
				out = append(out, sel.Name.Value)
			}
		}
	}
	return out
}

// int32Rule is a validation rule graphql-go v0.8.1 lacks: an Int literal
// must fit in 32 bits (graphql-go accepts any Go int).
func int32Rule(ctx *graphql.ValidationContext) *graphql.ValidationRuleInstance {
	check := func(p visitor.VisitFuncParams) (string, any) {
		v, ok := p.Node.(*ast.IntValue)
		if !ok || named(ctx.InputType()) != graphql.Int {
			return visitor.ActionNoChange, nil
		}
		if n, err := strconv.ParseInt(v.Value, 10, 64); err != nil || n > math.MaxInt32 || n < math.MinInt32 {
			ctx.ReportError(gqlerrors.NewError(
				fmt.Sprintf("Int cannot represent non 32-bit signed integer value: %s", v.Value),
				[]ast.Node{v}, "", nil, []int{}, nil))
		}
		return visitor.ActionNoChange, nil
	}
	return &graphql.ValidationRuleInstance{VisitorOpts: &visitor.VisitorOptions{
		KindFuncMap: map[string]visitor.NamedVisitFuncs{kinds.IntValue: {Kind: check}},
	}}
}

// validationRules are graphql-go's rules, ours first.
func validationRules() []graphql.ValidationRuleFn {
	return append([]graphql.ValidationRuleFn{int32Rule}, graphql.SpecifiedRules...)
}

// intVariables checks the values given to Int variables, which graphql-go
// v0.8.1 coerces too loosely (2.5 becomes 2, 3000000000 passes): an Int is
// integral and fits in 32 bits.
func intVariables(op *ast.OperationDefinition, vars map[string]any) error {
	for _, d := range op.VariableDefinitions {
		if d.Variable == nil || d.Variable.Name == nil {
			continue
		}
		name := d.Variable.Name.Value
		if v, ok := vars[name]; ok && !intValueOK(d.Type, v) {
			return fmt.Errorf("variable \"$%s\" got invalid value %v; Int cannot represent a non-integer or non 32-bit value", name, v)
		}
	}
	return nil
}

// intValueOK reports whether v fits the Int parts of type t.
func intValueOK(t ast.Type, v any) bool {
	switch t := t.(type) {
	case *ast.NonNull:
		return intValueOK(t.Type, v)
	case *ast.List:
		if list, ok := v.([]any); ok {
			for _, e := range list {
				if !intValueOK(t.Type, e) {
					return false
				}
			}
			return true
		}
		return intValueOK(t.Type, v)
	case *ast.Named:
		if t.Name == nil || t.Name.Value != "Int" {
			return true
		}
	}
	switch n := v.(type) {
	case float64:
		return n == math.Trunc(n) && n >= math.MinInt32 && n <= math.MaxInt32
	case json.Number:
		i, err := strconv.ParseInt(string(n), 10, 32)
		return err == nil && i == int64(int32(i))
	case int:
		return n >= math.MinInt32 && n <= math.MaxInt32
	case int64:
		return n >= math.MinInt32 && n <= math.MaxInt32
	}
	return true
}
