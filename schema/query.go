package schema

import (
	"context"
	"fmt"
	"maps"
	"strings"

	"github.com/graphql-go/graphql"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/store"
)

// maxSearchTotal bounds the matches that entities(search:) counts and pages over.
const maxSearchTotal = 10000

// idConnection pages over ids and resolves each node through thunkOf.
// deferredConnection returns a thunk that pages over the IDs list yields once
// the data loader has read them, loading each node through thunkOf.
func deferredConnection(p graphql.ResolveParams, list func() ([]string, error), first int, thunkOf func(context.Context, string) any) thunk {
	return func() (any, error) {
		ids, err := list()
		if err != nil {
			return nil, err
		}
		return idConnection(p, ids, first, thunkOf)
	}
}

func idConnection(p graphql.ResolveParams, ids []string, first int, thunkOf func(context.Context, string) any) (any, error) {
	pg, err := paginate(ids, first, argString(p.Args, "after"))
	if err != nil {
		return nil, err
	}
	return &connection{page: pg, node: func(i int) any { return thunkOf(p.Context, pg.keys[i]) }}, nil
}

// firstPage is the connection of a first page the store kept alone, with
// the cursors the whole list would give it.
func firstPage(ctx context.Context, fp store.EdgePage, thunkOf func(context.Context, string) any) *connection {
	pg := storePage(fp.IDs, 0, fp.Total, fp.More, "")
	return &connection{page: pg, node: func(i int) any { return thunkOf(ctx, pg.keys[i]) }}
}

// firstEdgePage is the first page of edges (no cursor given), an entity's
// or any filter's: the store keeps that page only and counts the others
// when asked, so that a hub's first page costs one pass over its index
// keys, not a list and a sort of its thousands of edges. Later pages resume at a cursor in the whole list
// (deferredConnection); this page's cursors are the ones it would give.
func firstEdgePage(p graphql.ResolveParams, f store.EdgeFilter, first int) thunk {
	l := loaderFrom(p.Context)
	get := l.entityFirstPage(p.Context, f, first, asksTotal(p))
	return func() (any, error) {
		fp, err := get()
		if err != nil {
			return nil, err
		}
		return firstPage(p.Context, fp, l.edge), nil
	}
}

// asksTotal reports whether the connection field asks for totalCount.
func asksTotal(p graphql.ResolveParams) bool {
	for _, f := range p.Info.FieldASTs {
		if selects(f.SelectionSet, "totalCount", p.Info.Fragments, 0) {
			return true
		}
	}
	return false
}

// edgeConnection pages over the edges that match f. The first page (no
// cursor) is kept alone, as an entity's is (firstEdgePage): the first 20
// of a store's 175,000 edges cost a pass over each type's first entries,
// not a list and a sort of them all.
func (s *Server) edgeConnection(p graphql.ResolveParams, f store.EdgeFilter, def int) (any, error) {
	return s.edgePages(p, f, def, func(first int) (any, error) {
		ids, err := s.st.EdgeIDs(p.Context, f)
		if err != nil {
			return nil, fmt.Errorf("schema: edges: %w", err)
		}
		return idConnection(p, ids, first, loaderFrom(p.Context).edge)
	})
}

// edgePages checks the page size (default def) and the dates of f, and
// gives the first page of the edges f selects alone (firstEdgePage), or a
// page after a cursor from later.
func (s *Server) edgePages(p graphql.ResolveParams, f store.EdgeFilter, def int, later func(first int) (any, error)) (any, error) {
	first, err := s.first(p.Args, def)
	if err != nil {
		return nil, err
	}
	if err := dateRange(f.DateFrom, f.DateTo); err != nil {
		return nil, err
	}
	if argString(p.Args, "after") == "" {
		return firstEdgePage(p, f, first), nil
	}
	return later(first)
}

// eventConnection pages over the events that match f; the first page (no
// cursor) is kept alone, as edges' is.
func (s *Server) eventConnection(p graphql.ResolveParams, f store.EventFilter, def int) (any, error) {
	first, err := s.first(p.Args, def)
	if err != nil {
		return nil, err
	}
	if err := dateRange(f.DateFrom, f.DateTo); err != nil {
		return nil, err
	}
	if argString(p.Args, "after") == "" {
		fp, err := s.st.EventIDsFirst(p.Context, f, first, asksTotal(p))
		if err != nil {
			return nil, fmt.Errorf("schema: events: %w", err)
		}
		return firstPage(p.Context, fp, loaderFrom(p.Context).event), nil
	}
	ids, err := s.st.EventIDs(p.Context, f)
	if err != nil {
		return nil, fmt.Errorf("schema: events: %w", err)
	}
	return idConnection(p, ids, first, loaderFrom(p.Context).event)
}

// resolveDocuments resolves Query.documents: the store reads the page alone,
// from the start or from the cursor's document, and the total comes from the
// store's counts.
func (s *Server) resolveDocuments(p graphql.ResolveParams) (any, error) {
	first, err := s.first(p.Args, 20)
	if err != nil {
		return nil, err
	}
	after, start := "", 0
	if c := argString(p.Args, "after"); c != "" {
		off, key, err := decodeCursor(c)
		if err != nil {
			return nil, err
		}
		after, start = key, off+1
	}
	dp, err := s.st.DocumentIDsPage(p.Context, after, start-1, first)
	if err != nil {
		return nil, fmt.Errorf("schema: documents: %w", err)
	}
	total := -1
	if asksTotal(p) {
		st, err := s.st.Stats(p.Context)
		if err != nil {
			return nil, fmt.Errorf("schema: documents: %w", err)
		}
		total = st.Documents
	}
	pg := storePage(dp.IDs, start, total, dp.More, argString(p.Args, "after"))
	return &connection{page: pg, node: func(i int) any { return loaderFrom(p.Context).document(p.Context, pg.keys[i]) }}, nil
}

// optionalEntityID checks an optional entity ID argument; the store follows
// merge redirects itself.
func optionalEntityID(args map[string]any, name string) (string, error) {
	id := argString(args, name)
	if id == "" {
		return "", nil
	}
	if _, ok := graph.KindOfID(id); !ok {
		return "", userErr("%s: %q is not an entity ID (state:, person:, org:, place:)", name, id)
	}
	return id, nil
}

// nodeThunk returns the thunk for any node ID, by its prefix.
func nodeThunk(ctx context.Context, id string) (any, error) {
	l := loaderFrom(ctx)
	prefix, rest, _ := strings.Cut(id, ":")
	if rest == "" {
		return nil, userErr("%q is not a node ID", id)
	}
	switch prefix {
	case "state", "person", "org", "place":
		return l.entity(ctx, id), nil
	case "edge":
		return l.edge(ctx, id), nil
	case "event":
		return l.event(ctx, id), nil
	case "doc":
		return l.document(ctx, id), nil
	}
	return nil, userErr("%q is not a node ID (state:, person:, org:, place:, edge:, event:, doc:)", id)
}

// queryType is the Query root: entity and document reads, lists, and graph reads.
func (s *Server) queryType(t *types) *graphql.Object {
	fields := graphql.Fields{}
	for _, part := range []graphql.Fields{s.entityQueries(t), s.documentQueries(t), s.listQueries(t), s.graphQueries(t)} {
		maps.Copy(fields, part)
	}
	return graphql.NewObject(graphql.ObjectConfig{
		Name:        "Query",
		Description: "Reads of the knowledge graph.",
		Fields:      fields,
	})
}

// idArg is a required ID argument.
func idArg(desc string) *graphql.ArgumentConfig {
	return &graphql.ArgumentConfig{Type: nonNull(graphql.ID), Description: desc}
}

// typesArg is an optional list of relation types.
func typesArg(t *types) *graphql.ArgumentConfig {
	return &graphql.ArgumentConfig{Type: graphql.NewList(nonNull(t.relType)), Description: "Only these relation types."}
}

// entityQueries are the reads of entities: any node by ID, an entity, the entity list and search.
func (s *Server) entityQueries(t *types) graphql.Fields {
	return graphql.Fields{
		"node": &graphql.Field{
			Type: t.node, Description: "Any entity, edge, event or document by ID.",
			Args: graphql.FieldConfigArgument{"id": idArg("A node ID.")},
			Resolve: func(p graphql.ResolveParams) (any, error) {
				return nodeThunk(p.Context, argString(p.Args, "id"))
			},
		},
		"entity": &graphql.Field{
			Type: t.entity, Description: "An entity by ID; merged-away IDs give the entity they were merged into.",
			Args: graphql.FieldConfigArgument{"id": idArg("An entity ID.")},
			Resolve: func(p graphql.ResolveParams) (any, error) {
				id, err := entityIDArg(p.Args, "id")
				if err != nil {
					return nil, err
				}
				return loaderFrom(p.Context).entity(p.Context, id), nil
			},
		},
		"entities": &graphql.Field{
			Type:        nonNull(t.entityConn),
			Description: "Entities in ID order, or, with search, the matches best first.",
			Args: pageArgs(20, graphql.FieldConfigArgument{
				"kind":   &graphql.ArgumentConfig{Type: t.kind},
				"search": &graphql.ArgumentConfig{Type: graphql.String, Description: "Names and aliases, as in search."},
			}),
			Resolve: s.resolveEntities,
		},
		"search": &graphql.Field{
			Type:        listOf(t.entity),
			Description: "Entities by name or alias, case- and accent-insensitive, exact matches first, then prefixes; an ID in any case, an ISO3 code or a Wikidata QID comes first.",
			Args: graphql.FieldConfigArgument{
				"text":  &graphql.ArgumentConfig{Type: nonNull(graphql.String)},
				"kinds": &graphql.ArgumentConfig{Type: graphql.NewList(nonNull(t.kind))},
				"first": &graphql.ArgumentConfig{Type: graphql.Int, DefaultValue: 10},
			},
			Resolve: s.resolveSearch,
		},
	}
}

// resolveEntities resolves Query.entities: by kind in ID order, or the
// matches of a search.
func (s *Server) resolveEntities(p graphql.ResolveParams) (any, error) {
	first, err := s.first(p.Args, 20)
	if err != nil {
		return nil, err
	}
	kind := graph.Kind(argString(p.Args, "kind"))
	var ids []string
	if q := strings.TrimSpace(argString(p.Args, "search")); q != "" {
		var kinds []graph.Kind
		if kind != "" {
			kinds = []graph.Kind{kind}
		}
		ids, err = s.st.Search(p.Context, q, kinds, maxSearchTotal)
	} else {
		ids, err = s.st.EntityIDs(p.Context, kind)
	}
	if err != nil {
		return nil, fmt.Errorf("schema: entities: %w", err)
	}
	return idConnection(p, ids, first, loaderFrom(p.Context).entity)
}

// resolveSearch resolves Query.search: entities whose codes match first,
// then names and aliases.
func (s *Server) resolveSearch(p graphql.ResolveParams) (any, error) {
	first, err := s.first(p.Args, 10)
	if err != nil {
		return nil, err
	}
	q := strings.TrimSpace(argString(p.Args, "text"))
	if q == "" || first == 0 {
		return []any{}, nil
	}
	ids, err := s.st.Search(p.Context, q, argKinds(p.Args, "kinds"), first)
	if err != nil {
		return nil, fmt.Errorf("schema: search: %w", err)
	}
	codes, err := s.codeMatches(p.Context, q, argKinds(p.Args, "kinds"))
	if err != nil {
		return nil, err
	}
	ids = withCodeMatches(codes, ids, first)
	return loaderFrom(p.Context).entities(p.Context, ids), nil
}

// documentQueries are the reads of documents and the store's counts.
func (s *Server) documentQueries(t *types) graphql.Fields {
	return graphql.Fields{
		"document": &graphql.Field{
			Type: t.document,
			Args: graphql.FieldConfigArgument{"id": idArg("A document ID (doc:...).")},
			Resolve: func(p graphql.ResolveParams) (any, error) {
				id := argString(p.Args, "id")
				if !strings.HasPrefix(id, "doc:") {
					return nil, userErr("%q is not a document ID (doc:...)", id)
				}
				return loaderFrom(p.Context).document(p.Context, id), nil
			},
		},
		"documents": &graphql.Field{
			Type:        nonNull(t.documentConn),
			Description: "Documents in the order they were loaded.",
			Args:        pageArgs(20, nil),
			Resolve:     s.resolveDocuments,
		},
		"relationTypes": relationTypesField(t),
		"stats": &graphql.Field{
			Type: nonNull(t.stats),
			Resolve: func(p graphql.ResolveParams) (any, error) {
				st, err := s.st.Stats(p.Context)
				if err != nil {
					return nil, fmt.Errorf("schema: stats: %w", err)
				}
				return st, nil
			},
		},
	}
}

// listQueries are the filtered, paged lists of edges and events.
func (s *Server) listQueries(t *types) graphql.Fields {
	return graphql.Fields{
		"edges": &graphql.Field{
			Type:        nonNull(t.edgeConn),
			Description: "Edges in (date, ID) order, unknown dates first.",
			Args: pageArgs(20, graphql.FieldConfigArgument{
				"types":    typesArg(t),
				"from":     &graphql.ArgumentConfig{Type: graphql.ID, Description: "Only edges from this entity."},
				"to":       &graphql.ArgumentConfig{Type: graphql.ID, Description: "Only edges to this entity."},
				"dateFrom": &graphql.ArgumentConfig{Type: t.date, Description: "Only edges dated wholly on or after this date."},
				"dateTo":   &graphql.ArgumentConfig{Type: t.date, Description: "Only edges dated wholly on or before this date."},
				"modality": &graphql.ArgumentConfig{Type: graphql.NewList(nonNull(t.modality))},
			}),
			Resolve: func(p graphql.ResolveParams) (any, error) {
				from, err := optionalEntityID(p.Args, "from")
				if err != nil {
					return nil, err
				}
				to, err := optionalEntityID(p.Args, "to")
				if err != nil {
					return nil, err
				}
				f := store.EdgeFilter{
					From: from, To: to, Types: argTypes(p.Args, "types"),
					DateFrom: argDate(p.Args, "dateFrom"), DateTo: argDate(p.Args, "dateTo"),
					Modalities: argModalities(p.Args, "modality"),
				}
				return s.edgeConnection(p, f, 20)
			},
		},
		"events": &graphql.Field{
			Type:        nonNull(t.eventConn),
			Description: "Events in (date, ID) order.",
			Args: pageArgs(20, graphql.FieldConfigArgument{
				"types":       typesArg(t),
				"participant": &graphql.ArgumentConfig{Type: graphql.ID},
				"dateFrom":    &graphql.ArgumentConfig{Type: t.date},
				"dateTo":      &graphql.ArgumentConfig{Type: t.date},
			}),
			Resolve: func(p graphql.ResolveParams) (any, error) {
				part, err := optionalEntityID(p.Args, "participant")
				if err != nil {
					return nil, err
				}
				f := store.EventFilter{
					Types: argTypes(p.Args, "types"), Participant: part,
					DateFrom: argDate(p.Args, "dateFrom"), DateTo: argDate(p.Args, "dateTo"),
				}
				return s.eventConnection(p, f, 20)
			},
		},
	}
}

// graphQueries are the graph reads bounded on hubs: paths, neighborhoods, relation summaries.
func (s *Server) graphQueries(t *types) graphql.Fields {
	return graphql.Fields{
		"path": &graphql.Field{
			Type:        t.path,
			Description: "A shortest path between two entities, edges taken in either direction unless directed; null when none is within maxDepth.",
			Args: graphql.FieldConfigArgument{
				"from":     idArg("Start entity."),
				"to":       idArg("End entity."),
				"maxDepth": &graphql.ArgumentConfig{Type: graphql.Int, DefaultValue: 4, Description: "At most 6."},
				"types":    typesArg(t),
				"directed": &graphql.ArgumentConfig{Type: graphql.Boolean, DefaultValue: false,
					Description: "Follow edges from their from to their to only (symmetric types either way)."},
			},
			Resolve: s.resolvePath,
		},
		"neighborhood": &graphql.Field{
			Type:        nonNull(t.subgraph),
			Description: "The entities within depth edges of an entity, strongest ties first (documents, then recency), and edges among them; truncated says when a bound cut it.",
			Args: graphql.FieldConfigArgument{
				"id":    idArg("Center entity."),
				"depth": &graphql.ArgumentConfig{Type: graphql.Int, DefaultValue: 1, Description: "At most 3."},
				"types": typesArg(t),
				"limit": &graphql.ArgumentConfig{Type: graphql.Int, DefaultValue: 200, Description: "At most 1000 entities."},
				"edgeLimit": &graphql.ArgumentConfig{Type: graphql.Int, DefaultValue: 800,
					Description: "At most this many edges (at most 4000), spread over the strongest pairs; 4 × limit when absent."},
			},
			Resolve: s.resolveNeighborhood,
		},
		"relations": &graphql.Field{
			Type:        listOf(t.relationSummary),
			Description: "How from relates to to (both ways), or to its strongest neighbors without to: one row per (from, to, type), most documents first.",
			Args: graphql.FieldConfigArgument{
				"from":     idArg("An entity."),
				"to":       &graphql.ArgumentConfig{Type: graphql.ID, Description: "Another entity; without it, from's strongest neighbors."},
				"types":    typesArg(t),
				"dateFrom": &graphql.ArgumentConfig{Type: t.date, Description: "Only edges dated wholly on or after this date."},
				"dateTo":   &graphql.ArgumentConfig{Type: t.date, Description: "Only edges dated wholly on or before this date."},
				"first":    &graphql.ArgumentConfig{Type: graphql.Int, DefaultValue: 20, Description: "At most this many rows."},
			},
			Resolve: s.resolveRelations,
		},
	}
}
