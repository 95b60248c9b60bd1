package schema

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/language/ast"
	"github.com/graphql-go/graphql/language/parser"
)

// sharedDir finds ../shared relative to the repository root, or "".
func sharedDir(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			shared := filepath.Join(dir, "..", "shared")
			if st, err := os.Stat(shared); err == nil && st.IsDir() {
				return shared
			}
			return ""
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// apiSDL returns the GraphQL block of ../shared/API.md, parsed.
func apiSDL(t *testing.T) *ast.Document {
	t.Helper()
	shared := sharedDir(t)
	if shared == "" {
		t.Skip("../shared is absent")
	}
	raw, err := os.ReadFile(filepath.Join(shared, "API.md"))
	if err != nil {
		t.Skipf("API.md: %v", err)
	}
	m := regexp.MustCompile("(?s)```graphql\n(.*?)```").FindSubmatch(raw)
	if m == nil {
		t.Fatal("API.md has no graphql block")
	}
	doc, err := parser.Parse(parser.ParseParams{Source: string(m[1])})
	if err != nil {
		t.Fatalf("API.md SDL does not parse: %v", err)
	}
	return doc
}

func typeString(t ast.Type) string {
	switch t := t.(type) {
	case *ast.NonNull:
		return typeString(t.Type) + "!"
	case *ast.List:
		return "[" + typeString(t.Type) + "]"
	case *ast.Named:
		return t.Name.Value
	}
	return "?"
}

func valueString(v ast.Value) string {
	switch v := v.(type) {
	case *ast.IntValue:
		return v.Value
	case *ast.EnumValue:
		return v.Value
	case *ast.StringValue:
		return v.Value
	case *ast.BooleanValue:
		return fmt.Sprint(v.Value)
	}
	return fmt.Sprint(v)
}

func defaultString(arg *graphql.Argument) string {
	if arg.DefaultValue == nil {
		return ""
	}
	if e, ok := named(arg.Type).(*graphql.Enum); ok {
		return fmt.Sprint(e.Serialize(arg.DefaultValue))
	}
	return fmt.Sprint(arg.DefaultValue)
}

// TestContract checks every type, field, argument, default, enum value and
// interface of API.md against the schema the server builds.
func TestContract(t *testing.T) {
	doc := apiSDL(t)
	st := openStore(t)
	sch := newServer(t, st).Schema()
	checkFields := func(typ string, have graphql.FieldDefinitionMap, fields []*ast.FieldDefinition) {
		for _, f := range fields {
			name := f.Name.Value
			fd, ok := have[name]
			if !ok {
				t.Errorf("%s.%s is missing", typ, name)
				continue
			}
			if got, want := fd.Type.String(), typeString(f.Type); got != want {
				t.Errorf("%s.%s has type %s, want %s", typ, name, got, want)
			}
			// Extra arguments are allowed if a client may leave them out.
			for _, x := range fd.Args {
				inAPI := false
				for _, a := range f.Arguments {
					inAPI = inAPI || a.Name.Value == x.Name()
				}
				if _, required := x.Type.(*graphql.NonNull); !inAPI && required && x.DefaultValue == nil {
					t.Errorf("%s.%s(%s) is an extra argument that clients must give", typ, name, x.Name())
				}
			}
			for _, a := range f.Arguments {
				var arg *graphql.Argument
				for _, x := range fd.Args {
					if x.Name() == a.Name.Value {
						arg = x
					}
				}
				if arg == nil {
					t.Errorf("%s.%s(%s) is missing", typ, name, a.Name.Value)
					continue
				}
				if got, want := arg.Type.String(), typeString(a.Type); got != want {
					t.Errorf("%s.%s(%s) has type %s, want %s", typ, name, a.Name.Value, got, want)
				}
				want := ""
				if a.DefaultValue != nil {
					want = valueString(a.DefaultValue)
				}
				if got := defaultString(arg); got != want {
					t.Errorf("%s.%s(%s) defaults to %q, want %q", typ, name, a.Name.Value, got, want)
				}
			}
		}
	}
	n := 0
	for _, def := range doc.Definitions {
		switch d := def.(type) {
		case *ast.ObjectDefinition:
			n++
			obj, ok := sch.Type(d.Name.Value).(*graphql.Object)
			if !ok {
				t.Errorf("type %s is missing", d.Name.Value)
				continue
			}
			checkFields(d.Name.Value, obj.Fields(), d.Fields)
			for _, iface := range d.Interfaces {
				found := false
				for _, have := range obj.Interfaces() {
					found = found || have.Name() == iface.Name.Value
				}
				if !found {
					t.Errorf("%s does not implement %s", d.Name.Value, iface.Name.Value)
				}
			}
			// "EntityConnection, EventConnection, DocumentConnection, MentionConnection: same shape."
			if d.Name.Value == "EdgeConnection" {
				for _, other := range []string{"Entity", "Event", "Document", "Mention"} {
					conn, ok := sch.Type(other + "Connection").(*graphql.Object)
					if !ok {
						t.Errorf("type %sConnection is missing", other)
						continue
					}
					for _, f := range []string{"totalCount", "pageInfo", "edges"} {
						if conn.Fields()[f] == nil {
							t.Errorf("%sConnection.%s is missing", other, f)
						}
					}
					edge := named(conn.Fields()["edges"].Type).(*graphql.Object)
					if got := edge.Fields()["node"].Type.String(); got != other+"!" {
						t.Errorf("%sConnection node has type %s", other, got)
					}
				}
			}
		case *ast.InterfaceDefinition:
			n++
			iface, ok := sch.Type(d.Name.Value).(*graphql.Interface)
			if !ok {
				t.Errorf("interface %s is missing", d.Name.Value)
				continue
			}
			checkFields(d.Name.Value, iface.Fields(), d.Fields)
		case *ast.EnumDefinition:
			n++
			enum, ok := sch.Type(d.Name.Value).(*graphql.Enum)
			if !ok {
				t.Errorf("enum %s is missing", d.Name.Value)
				continue
			}
			have := map[string]bool{}
			for _, v := range enum.Values() {
				have[v.Name] = true
			}
			for _, v := range d.Values {
				if !have[v.Name.Value] {
					t.Errorf("enum value %s.%s is missing", d.Name.Value, v.Name.Value)
				}
			}
		case *ast.InputObjectDefinition:
			n++
			in, ok := sch.Type(d.Name.Value).(*graphql.InputObject)
			if !ok {
				t.Errorf("input %s is missing", d.Name.Value)
				continue
			}
			for _, f := range d.Fields {
				fd, ok := in.Fields()[f.Name.Value]
				if !ok {
					t.Errorf("%s.%s is missing", d.Name.Value, f.Name.Value)
				} else if got, want := fd.Type.String(), typeString(f.Type); got != want {
					t.Errorf("%s.%s has type %s, want %s", d.Name.Value, f.Name.Value, got, want)
				}
			}
		case *ast.ScalarDefinition:
			n++
			if _, ok := sch.Type(d.Name.Value).(*graphql.Scalar); !ok {
				t.Errorf("scalar %s is missing", d.Name.Value)
			}
		}
	}
	if n < 20 {
		t.Fatalf("only %d definitions read from API.md", n)
	}
}
