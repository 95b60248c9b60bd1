package schema

import (
	"sync"

	"github.com/graphql-go/graphql"
)

// fixIntrospectionOnce patches graphql-go's introspection once per process.
var fixIntrospectionOnce sync.Once

// fixIntrospection makes __InputValue.defaultValue print an enum default as
// its enum value (BOTH), not as the quoted internal value ("both"):
// graphql-go v0.8.1 passes the argument, not its type, to astFromValue, so
// it never sees the enum. It also answers null for empty descriptions. The introspection types are package variables of
// graphql-go, hence the once.
func fixIntrospection() {
	fixIntrospectionOnce.Do(func() {
		fd := graphql.InputValueType.Fields()["defaultValue"]
		if fd == nil {
			return
		}
		orig := fd.Resolve
		fd.Resolve = func(p graphql.ResolveParams) (any, error) {
			if name, ok := enumDefault(p.Source); ok {
				return name, nil
			}
			return orig(p)
		}
		for _, t := range []*graphql.Object{graphql.SchemaType, graphql.TypeType, graphql.FieldType,
			graphql.InputValueType, graphql.EnumValueType, graphql.DirectiveType} {
			if fd := t.Fields()["description"]; fd != nil {
				fd.Resolve = emptyIsNull(fd.Resolve)
			}
		}
	})
}

// emptyIsNull makes an introspection description resolver answer null
// instead of "" for a name without a description, as graphql-js does (clients
// otherwise print empty """""" blocks into the SDL they generate).
func emptyIsNull(fn graphql.FieldResolveFn) graphql.FieldResolveFn {
	if fn == nil {
		// Set here, not in the resolver: concurrent introspections would
		// write the captured variable at once (a data race -race found).
		fn = graphql.DefaultResolveFn
	}
	return func(p graphql.ResolveParams) (any, error) {
		v, err := fn(p)
		if s, ok := v.(string); ok && s == "" {
			return nil, err
		}
		return v, err
	}
}

// enumDefault returns the enum value name of the default of an argument or
// input field of enum type.
func enumDefault(src any) (string, bool) {
	var t graphql.Type
	var def any
	switch v := src.(type) {
	case *graphql.Argument:
		t, def = v.Type, v.DefaultValue
	case *graphql.InputObjectField:
		t, def = v.Type, v.DefaultValue
	default:
		return "", false
	}
	if nn, ok := t.(*graphql.NonNull); ok {
		t = nn.OfType
	}
	e, ok := t.(*graphql.Enum)
	if !ok || def == nil {
		return "", false
	}
	name, ok := e.Serialize(def).(string)
	return name, ok && name != ""
}
