package schema

import (
	"github.com/graphql-go/graphql"

	"github.com/geokg/geokg/graph"
)

// relationTypesField is Query.relationTypes: the codebook of the scored
// relation types (graph.RelationTypes), with their CAMEO and PLOVER codes.
func relationTypesField(t *types) *graphql.Field {
	info := func(p graphql.ResolveParams) graph.RelationTypeInfo { return p.Source.(graph.RelationTypeInfo) }
	str := func(f func(graph.RelationTypeInfo) string) graphql.FieldResolveFn {
		return func(p graphql.ResolveParams) (any, error) { return f(info(p)), nil }
	}
	obj := graphql.NewObject(graphql.ObjectConfig{
		Name:        "RelationTypeInfo",
		Description: "A relation type and its codes in the CAMEO and PLOVER event codebooks.",
		Fields: graphql.Fields{
			"name": &graphql.Field{Type: nonNull(t.relType),
				Resolve: str(func(i graph.RelationTypeInfo) string { return string(i.Type) })},
			"description": &graphql.Field{Type: nonNull(graphql.String),
				Resolve: str(func(i graph.RelationTypeInfo) string { return i.Description })},
			"cameo": &graphql.Field{Type: nonNull(graphql.String), Description: "CAMEO root code (two digits).",
				Resolve: str(func(i graph.RelationTypeInfo) string { return i.CAMEO })},
			"cameoCodes": &graphql.Field{Type: listOf(graphql.String), Description: "The finer CAMEO codes of ONTOLOGY.md.",
				Resolve: func(p graphql.ResolveParams) (any, error) { return strs(info(p).CAMEOCodes), nil }},
			"plover": &graphql.Field{Type: nonNull(graphql.String), Description: "PLOVER event type (STATEMENT: PLOVER has none for CAMEO 01).",
				Resolve: str(func(i graph.RelationTypeInfo) string { return i.PLOVER })},
			"goldstein": &graphql.Field{Type: nonNull(graphql.Float), Description: "Goldstein-style weight, -10 (conflict) to +10 (cooperation).",
				Resolve: func(p graphql.ResolveParams) (any, error) { return info(p).Goldstein, nil }},
			"symmetric": &graphql.Field{Type: nonNull(graphql.Boolean), Description: "Whether X-Y is the same relation as Y-X.",
				Resolve: func(p graphql.ResolveParams) (any, error) { return info(p).Symmetric, nil }},
		},
	})
	return &graphql.Field{
		Type:        listOf(obj),
		Description: "The ontology's relation types with their CAMEO root code, PLOVER type and Goldstein-style weight.",
		Resolve: func(p graphql.ResolveParams) (any, error) {
			infos := graph.RelationTypes()
			out := make([]any, len(infos))
			for i, info := range infos {
				out[i] = info
			}
			return out, nil
		},
	}
}
