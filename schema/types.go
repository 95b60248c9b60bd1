package schema

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/language/ast"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/store"
)

// extraRelationTypes are relation types the graph may hold beyond the scored
// ones (ONTOLOGY.md); the RelationType enum offers them too.
var extraRelationTypes = []graph.RelationType{
	"allied", "expelled", "recalled", "suspended", "member_of", "leads", "located_in",
}

// mentionVal is the value of a Mention.
type mentionVal struct{ m graph.Mention }

// pathVal is the value of a Path.
type pathVal struct {
	entities []string
	edges    []string
}

// subgraphVal is the value of a Subgraph.
type subgraphVal struct {
	entities []string
	// heads are the edges without their mentions, as the pair index gives them.
	heads     []*graph.Edge
	truncated bool
}

// ingestVal is the value of an IngestResult.
type ingestVal struct {
	doc *graph.Document
	res store.IngestResult
}

// types holds the GraphQL types of one server.
type types struct {
	date                                    *graphql.Scalar
	kind, relType, modality, prec, dir      *graphql.Enum
	node                                    *graphql.Interface
	entity, edge, event, document, mention  *graphql.Object
	codes, pageInfo, path, subgraph, stats  *graphql.Object
	edgeConn, entityConn, eventConn         *graphql.Object
	documentConn, mentionConn, ingestResult *graphql.Object
	documentInput                           *graphql.InputObject
	relationSummary                         *graphql.Object
}

func enumOf[T ~string](name, desc string, vals []T, descs func(T) string) *graphql.Enum {
	cfg := graphql.EnumValueConfigMap{}
	for _, v := range vals {
		cfg[strings.ToUpper(string(v))] = &graphql.EnumValueConfig{Value: string(v), Description: descs(v)}
	}
	e := graphql.NewEnum(graphql.EnumConfig{Name: name, Description: desc, Values: cfg})
	// graphql-go fills its lookup maps lazily; fill them now, before
	// concurrent requests could race on them.
	for _, v := range vals {
		e.Serialize(string(v))
		e.ParseValue(strings.ToUpper(string(v)))
	}
	return e
}

func dateScalar() *graphql.Scalar {
	parse := func(s string) any {
		d, err := graph.ParseDate(s)
		if err != nil || !d.Known() {
			return nil
		}
		return d
	}
	return graphql.NewScalar(graphql.ScalarConfig{
		Name:        "Date",
		Description: `A calendar date known to a day, a month or a year: "YYYY-MM-DD", "YYYY-MM" or "YYYY".`,
		Serialize: func(v any) any {
			switch d := v.(type) {
			case graph.Date:
				if d.Known() {
					return d.Value
				}
			case *graph.Date:
				if d != nil && d.Known() {
					return d.Value
				}
			case string:
				if d != "" {
					return d
				}
			}
			return nil
		},
		ParseValue: func(v any) any {
			if s, ok := v.(string); ok {
				return parse(s)
			}
			return nil
		},
		ParseLiteral: func(v ast.Value) any {
			if s, ok := v.(*ast.StringValue); ok {
				return parse(s.Value)
			}
			return nil
		},
	})
}

// nonNull wraps t in NonNull.
func nonNull(t graphql.Type) *graphql.NonNull { return graphql.NewNonNull(t) }

// listOf is [T!]!.
func listOf(t graphql.Type) *graphql.NonNull {
	return graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(t)))
}

// strs returns s, or an empty list for nil, for [String!]! fields.
func strs(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// optional returns nil for the empty string, for nullable String fields.
func optional(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// pageArgs are the arguments of a connection field.
func pageArgs(def int, more graphql.FieldConfigArgument) graphql.FieldConfigArgument {
	args := graphql.FieldConfigArgument{
		"first": &graphql.ArgumentConfig{Type: graphql.Int, DefaultValue: def, Description: "Page size."},
		"after": &graphql.ArgumentConfig{Type: graphql.String, Description: "Cursor of the item to page after."},
	}
	for k, v := range more {
		args[k] = v
	}
	return args
}

// buildTypes builds every type of the schema; resolvers close over s.
func (s *Server) buildTypes() *types {
	t := &types{date: dateScalar()}
	t.addEnums()
	s.addRecordTypes(t)
	t.addResultTypes()
	return t
}

// addEnums makes the enums: entity kinds, relation types, modalities, date
// precisions and directions.
func (t *types) addEnums() {
	t.kind = enumOf("EntityKind", "The kind of an entity.", graph.Kinds,
		func(k graph.Kind) string { return "An entity of kind " + string(k) + "." })
	t.relType = enumOf("RelationType", "The type of an edge or event (the ontology's names in upper case).",
		append(append([]graph.RelationType{}, graph.ScoredRelationTypes...), extraRelationTypes...),
		func(r graph.RelationType) string { return "The relation " + string(r) + "." })
	t.modality = enumOf("Modality", "How a fact is stated.", graph.Modalities,
		func(m graph.Modality) string { return "A fact stated as " + string(m) + "." })
	t.prec = enumOf("DatePrecision", "How much of a date is known.",
		[]graph.DatePrecision{graph.DateDay, graph.DateMonth, graph.DateYear, graph.DateUnknown},
		func(p graph.DatePrecision) string { return "Known to the " + string(p) + "." })
	t.dir = enumOf("Direction", "Which edges of an entity: leaving it, entering it or both.",
		[]store.Direction{store.Out, store.In, store.Both},
		func(d store.Direction) string { return "Edges " + string(d) + "." })
}

// addRecordTypes makes the Node interface and the records' types (entity,
// edge, event, document, mention, their connections, codes and stats).
func (s *Server) addRecordTypes(t *types) {
	t.addBasicTypes()
	t.entity = t.nodeObject("Entity", "A person, state, organization or place.", s.entityFields)
	t.edge = t.nodeObject("Edge", "A typed, dated relation between two entities, with every sentence that states it.", s.edgeFields)
	t.event = t.nodeObject("Event", "Something that happened; its edges relate its participants.", s.eventFields)
	t.document = t.nodeObject("Document", "An article as loaded.", s.documentFields)
	t.mention = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Mention",
		Description: "A sentence of a document that states a fact or names an entity.",
		Fields:      graphql.FieldsThunk(func() graphql.Fields { return mentionFields(t) }),
	})
	t.edgeConn = connectionType("Edge", t.edge, t.pageInfo)
	t.entityConn = connectionType("Entity", t.entity, t.pageInfo)
	t.eventConn = connectionType("Event", t.event, t.pageInfo)
	t.documentConn = connectionType("Document", t.document, t.pageInfo)
	t.mentionConn = connectionType("Mention", t.mention, t.pageInfo)
}

// nodeObject makes a record type that implements Node, its fields made
// when the schema is built (they refer to the other record types).
func (t *types) nodeObject(name, description string, fields func(*types) graphql.Fields) *graphql.Object {
	return graphql.NewObject(graphql.ObjectConfig{
		Name:        name,
		Description: description,
		Interfaces:  []*graphql.Interface{t.node},
		Fields:      graphql.FieldsThunk(func() graphql.Fields { return fields(t) }),
	})
}

// addBasicTypes makes the Node interface and the small types that records
// hold: page info, codes and the store's counts.
func (t *types) addBasicTypes() {
	t.node = graphql.NewInterface(graphql.InterfaceConfig{
		Name:        "Node",
		Description: "Anything with a global ID: an entity, edge, event or document.",
		Fields:      graphql.Fields{"id": &graphql.Field{Type: nonNull(graphql.ID)}},
		ResolveType: func(p graphql.ResolveTypeParams) *graphql.Object {
			switch p.Value.(type) {
			case *graph.Entity:
				return t.entity
			case *graph.Edge:
				return t.edge
			case *graph.Event:
				return t.event
			case *graph.Document:
				return t.document
			}
			return nil
		},
	})
	t.pageInfo = pageInfoType()
	t.codes = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Codes",
		Description: "An entity's external identifiers.",
		Fields: graphql.Fields{
			"iso3": &graphql.Field{Type: graphql.String, Description: "ISO 3166-1 alpha-3 code of a state.",
				Resolve: func(p graphql.ResolveParams) (any, error) { return optional(p.Source.(graph.Codes).ISO3), nil }},
			"wikidata": &graphql.Field{Type: graphql.String, Description: "Wikidata QID.",
				Resolve: func(p graphql.ResolveParams) (any, error) { return optional(p.Source.(graph.Codes).Wikidata), nil }},
		},
	})
	t.stats = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Stats",
		Description: "Counts of what the store holds.",
		Fields: graphql.Fields{
			"documents": &graphql.Field{Type: nonNull(graphql.Int), Resolve: statField(func(st store.Stats) int { return st.Documents })},
			"entities":  &graphql.Field{Type: nonNull(graphql.Int), Resolve: statField(func(st store.Stats) int { return st.Entities })},
			"edges":     &graphql.Field{Type: nonNull(graphql.Int), Resolve: statField(func(st store.Stats) int { return st.Edges })},
			"events":    &graphql.Field{Type: nonNull(graphql.Int), Resolve: statField(func(st store.Stats) int { return st.Events })},
			"mentions":  &graphql.Field{Type: nonNull(graphql.Int), Resolve: statField(func(st store.Stats) int { return st.Mentions })},
		},
	})
}

// mentionFields are the fields of Mention.
func mentionFields(t *types) graphql.Fields {
	return graphql.Fields{
		"document": &graphql.Field{Type: nonNull(t.document), Resolve: func(p graphql.ResolveParams) (any, error) {
			return loaderFrom(p.Context).document(p.Context, p.Source.(mentionVal).m.DocumentID), nil
		}},
		"sentence": &graphql.Field{Type: nonNull(graphql.String), Description: "The sentence's text.",
			Resolve: func(p graphql.ResolveParams) (any, error) { return p.Source.(mentionVal).m.Text, nil }},
		"index": &graphql.Field{Type: nonNull(graphql.Int), Description: "The sentence's index in the document, from 0.",
			Resolve: func(p graphql.ResolveParams) (any, error) { return p.Source.(mentionVal).m.Sentence, nil }},
		"start": &graphql.Field{Type: nonNull(graphql.Int), Description: "Byte offset of the sentence in the document's text.",
			Resolve: func(p graphql.ResolveParams) (any, error) { return p.Source.(mentionVal).m.Start, nil }},
		"end": &graphql.Field{Type: nonNull(graphql.Int), Description: "Byte offset just past the sentence.",
			Resolve: func(p graphql.ResolveParams) (any, error) { return p.Source.(mentionVal).m.End, nil }},
	}
}

// addResultTypes makes the types of computed answers (path, subgraph,
// relation summary, ingest result) and the document input.
func (t *types) addResultTypes() {
	t.path = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Path",
		Description: "A shortest path: entities from start to end and the edges between them.",
		Fields: graphql.Fields{
			"length": &graphql.Field{Type: nonNull(graphql.Int), Description: "The number of edges.",
				Resolve: func(p graphql.ResolveParams) (any, error) { return len(p.Source.(*pathVal).edges), nil }},
			"entities": &graphql.Field{Type: listOf(t.entity), Resolve: func(p graphql.ResolveParams) (any, error) {
				return loaderFrom(p.Context).entities(p.Context, p.Source.(*pathVal).entities), nil
			}},
			"edges": &graphql.Field{Type: listOf(t.edge), Resolve: func(p graphql.ResolveParams) (any, error) {
				return edgeList(p, p.Source.(*pathVal).edges), nil
			}},
		},
	})
	t.subgraph = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Subgraph",
		Description: "Entities and the edges between them.",
		Fields: graphql.Fields{
			"entities": &graphql.Field{Type: listOf(t.entity), Resolve: func(p graphql.ResolveParams) (any, error) {
				return loaderFrom(p.Context).entities(p.Context, p.Source.(*subgraphVal).entities), nil
			}},
			"edges": &graphql.Field{Type: listOf(t.edge), Resolve: func(p graphql.ResolveParams) (any, error) {
				return headList(p, p.Source.(*subgraphVal).heads), nil
			}},
			"truncated": &graphql.Field{Type: nonNull(graphql.Boolean), Description: "True when limit or edgeLimit left out a neighbor or an edge.",
				Resolve: func(p graphql.ResolveParams) (any, error) { return p.Source.(*subgraphVal).truncated, nil }},
		},
	})
	t.relationSummary = relationSummaryType(t)
	t.ingestResult = graphql.NewObject(graphql.ObjectConfig{
		Name:        "IngestResult",
		Description: "What ingestDocument did.",
		Fields: graphql.Fields{
			"document": &graphql.Field{Type: nonNull(t.document),
				Resolve: func(p graphql.ResolveParams) (any, error) { return p.Source.(*ingestVal).doc, nil }},
			"created": &graphql.Field{Type: nonNull(graphql.Boolean), Description: "False when the document was already loaded.",
				Resolve: func(p graphql.ResolveParams) (any, error) { return p.Source.(*ingestVal).res.Created, nil }},
			"entities": &graphql.Field{Type: nonNull(graphql.Int), Description: "Entities the document names.",
				Resolve: func(p graphql.ResolveParams) (any, error) { return p.Source.(*ingestVal).res.Entities, nil }},
			"edges": &graphql.Field{Type: nonNull(graphql.Int), Description: "Edges the document states.",
				Resolve: func(p graphql.ResolveParams) (any, error) { return p.Source.(*ingestVal).res.Edges, nil }},
		},
	})
	t.documentInput = graphql.NewInputObject(graphql.InputObjectConfig{
		Name:        "DocumentInput",
		Description: "An article to ingest.",
		Fields: graphql.InputObjectConfigFieldMap{
			"text":      &graphql.InputObjectFieldConfig{Type: nonNull(graphql.String)},
			"title":     &graphql.InputObjectFieldConfig{Type: graphql.String},
			"url":       &graphql.InputObjectFieldConfig{Type: graphql.String},
			"source":    &graphql.InputObjectFieldConfig{Type: graphql.String},
			"published": &graphql.InputObjectFieldConfig{Type: t.date},
		},
	})
}

func statField(f func(store.Stats) int) graphql.FieldResolveFn {
	return func(p graphql.ResolveParams) (any, error) { return f(p.Source.(store.Stats)), nil }
}

func (s *Server) entityFields(t *types) graphql.Fields {
	ent := func(p graphql.ResolveParams) *graph.Entity { return p.Source.(*graph.Entity) }
	return graphql.Fields{
		"id": &graphql.Field{Type: nonNull(graphql.ID), Description: `"state:PRK", "person:alexander-kozlov", ...`,
			Resolve: func(p graphql.ResolveParams) (any, error) { return entityID(p.Source), nil }},
		"kind": &graphql.Field{Type: nonNull(t.kind),
			Resolve: func(p graphql.ResolveParams) (any, error) { return string(ent(p).Kind), nil }},
		"name": &graphql.Field{Type: nonNull(graphql.String),
			Resolve: func(p graphql.ResolveParams) (any, error) { return ent(p).Name, nil }},
		"aliases": &graphql.Field{Type: listOf(graphql.String),
			Resolve: func(p graphql.ResolveParams) (any, error) { return strs(ent(p).Aliases), nil }},
		"country": &graphql.Field{Type: t.entity, Description: "The state of a person, organization or place.",
			Resolve: func(p graphql.ResolveParams) (any, error) {
				if c := ent(p).Country; c != "" {
					return loaderFrom(p.Context).entity(p.Context, c), nil
				}
				return nil, nil
			}},
		"roles": &graphql.Field{Type: listOf(graphql.String),
			Resolve: func(p graphql.ResolveParams) (any, error) { return strs(ent(p).Roles), nil }},
		"codes": &graphql.Field{Type: nonNull(t.codes),
			Resolve: func(p graphql.ResolveParams) (any, error) { return ent(p).Codes, nil }},
		"edges": &graphql.Field{
			Type:        nonNull(t.edgeConn),
			Description: "The entity's edges, in (date, ID) order, unknown dates first.",
			Args: pageArgs(20, graphql.FieldConfigArgument{
				"direction": &graphql.ArgumentConfig{Type: t.dir, DefaultValue: string(store.Both)},
				"types":     &graphql.ArgumentConfig{Type: graphql.NewList(nonNull(t.relType))},
				"from":      &graphql.ArgumentConfig{Type: t.date, Description: "Only edges dated on or after this date."},
				"to":        &graphql.ArgumentConfig{Type: t.date, Description: "Only edges dated on or before this date."},
			}),
			Resolve: s.resolveEntityEdges,
		},
		"events": &graphql.Field{
			Type:        nonNull(t.eventConn),
			Description: "The events the entity takes part in, in (date, ID) order.",
			Args:        pageArgs(20, nil),
			Resolve:     s.resolveEntityEvents,
		},
		"mentions": &graphql.Field{
			Type:        nonNull(t.mentionConn),
			Description: "The sentences that name the entity, by document and offset.",
			Args:        pageArgs(20, nil),
			Resolve:     s.resolveEntityMentions,
		},
	}
}

// resolveEntityEdges resolves Entity.edges: the first page from the
// batched first pages of the query's entities, a later one on its own.
func (s *Server) resolveEntityEdges(p graphql.ResolveParams) (any, error) {
	id := p.Source.(*graph.Entity).ID
	f := store.EdgeFilter{
		Node: id, Direction: direction(p.Args), Types: argTypes(p.Args, "types"),
		DateFrom: argDate(p.Args, "from"), DateTo: argDate(p.Args, "to"),
	}
	return s.edgePages(p, f, 20, func(first int) (any, error) {
		list := loaderFrom(p.Context).entityEdges(p.Context, f)
		return deferredConnection(p, list, first, loaderFrom(p.Context).edge), nil
	})
}

// resolveEntityEvents resolves Entity.events.
func (s *Server) resolveEntityEvents(p graphql.ResolveParams) (any, error) {
	first, err := s.first(p.Args, 20)
	if err != nil {
		return nil, err
	}
	list := loaderFrom(p.Context).entityEvents(p.Context, p.Source.(*graph.Entity).ID)
	return deferredConnection(p, list, first, loaderFrom(p.Context).event), nil
}

// resolveEntityMentions resolves Entity.mentions, paged by document,
// sentence and offset: the store reads each page alone, from the start or
// from a cursor's mention (a hub is named in thousands of documents).
func (s *Server) resolveEntityMentions(p graphql.ResolveParams) (any, error) {
	first, err := s.first(p.Args, 20)
	if err != nil {
		return nil, err
	}
	f := store.MentionsFrom{Entity: p.Source.(*graph.Entity).ID}
	start := 0
	if after := argString(p.Args, "after"); after != "" {
		off, key, err := decodeCursor(after)
		if err != nil {
			return nil, err
		}
		if f.AfterDoc, f.AfterSentence, f.AfterStart, err = parseMentionKey(key); err != nil {
			return nil, userErr("bad cursor %q", after)
		}
		start = off + 1
	}
	get := loaderFrom(p.Context).entityMentionPage(p.Context, f, first, asksTotal(p))
	return func() (any, error) {
		mp, err := get()
		if err != nil {
			return nil, err
		}
		pg := storePage(mentionKeys(mp.Mentions), start, mp.Total, mp.More, argString(p.Args, "after"))
		return &connection{page: pg, node: func(i int) any { return mentionVal{mp.Mentions[i]} }}, nil
	}, nil
}

// parseMentionKey splits a mention's cursor key (see mentionKeys).
func parseMentionKey(key string) (doc string, sentence, start int, err error) {
	rest, startS, ok1 := cutLast(key, "#")
	doc, sentS, ok2 := cutLast(rest, "#")
	if !ok1 || !ok2 || doc == "" {
		return "", 0, 0, errors.New("schema: not a mention key")
	}
	if sentence, err = strconv.Atoi(sentS); err != nil {
		return "", 0, 0, err
	}
	if start, err = strconv.Atoi(startS); err != nil {
		return "", 0, 0, err
	}
	return doc, sentence, start, nil
}

// cutLast is strings.Cut at the last sep.
func cutLast(s, sep string) (before, after string, found bool) {
	if i := strings.LastIndex(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// mentionKeys are the cursor keys of mentions: document, sentence and offset.
func mentionKeys(ms []graph.Mention) []string {
	keys := make([]string, len(ms))
	for i, m := range ms {
		keys[i] = fmt.Sprintf("%s#%d#%d", m.DocumentID, m.Sentence, m.Start)
	}
	return keys
}

func (s *Server) edgeFields(t *types) graphql.Fields {
	edge := func(p graphql.ResolveParams) *graph.Edge { return p.Source.(*graph.Edge) }
	return graphql.Fields{
		"id": &graphql.Field{Type: nonNull(graphql.ID),
			Resolve: func(p graphql.ResolveParams) (any, error) { return edge(p).ID, nil }},
		"type": &graphql.Field{Type: nonNull(t.relType),
			Resolve: func(p graphql.ResolveParams) (any, error) { return string(edge(p).Type), nil }},
		"from": &graphql.Field{Type: nonNull(t.entity),
			Resolve: func(p graphql.ResolveParams) (any, error) {
				e := edge(p)
				if idOnly(p.Info.FieldASTs) {
					return (*edgeFrom)(e), nil
				}
				return loaderFrom(p.Context).entity(p.Context, e.From), nil
			}},
		"to": &graphql.Field{Type: nonNull(t.entity),
			Resolve: func(p graphql.ResolveParams) (any, error) {
				e := edge(p)
				if idOnly(p.Info.FieldASTs) {
					return (*edgeTo)(e), nil
				}
				return loaderFrom(p.Context).entity(p.Context, e.To), nil
			}},
		"date": &graphql.Field{Type: t.date,
			Resolve: func(p graphql.ResolveParams) (any, error) { return edge(p).Date, nil }},
		"datePrecision": &graphql.Field{Type: nonNull(t.prec),
			Resolve: func(p graphql.ResolveParams) (any, error) { return string(edge(p).Date.Prec()), nil }},
		"modality": &graphql.Field{Type: nonNull(t.modality),
			Resolve: func(p graphql.ResolveParams) (any, error) { return string(edge(p).Modality), nil }},
		"attributedTo": &graphql.Field{Type: t.entity, Description: "Who claims an alleged relation.",
			Resolve: func(p graphql.ResolveParams) (any, error) {
				if a := edge(p).AttributedTo; a != "" {
					return loaderFrom(p.Context).entity(p.Context, a), nil
				}
				return nil, nil
			}},
		"confidence": &graphql.Field{Type: nonNull(graphql.Float),
			Resolve: func(p graphql.ResolveParams) (any, error) { return edge(p).Confidence, nil }},
		"event": &graphql.Field{Type: t.event,
			Resolve: func(p graphql.ResolveParams) (any, error) {
				if e := edge(p).EventID; e != "" {
					return loaderFrom(p.Context).event(p.Context, e), nil
				}
				return nil, nil
			}},
		"sources": &graphql.Field{Type: listOf(t.mention), Description: "Every sentence that states it, across documents.",
			Resolve: func(p graphql.ResolveParams) (any, error) {
				return loaderFrom(p.Context).edgeSources(p.Context, edge(p)), nil
			}},
	}
}

func mentions(ms []graph.Mention) []any {
	out := make([]any, len(ms))
	for i, m := range ms {
		out[i] = mentionVal{m}
	}
	return out
}

func (s *Server) eventFields(t *types) graphql.Fields {
	ev := func(p graphql.ResolveParams) *graph.Event { return p.Source.(*graph.Event) }
	return graphql.Fields{
		"id": &graphql.Field{Type: nonNull(graphql.ID),
			Resolve: func(p graphql.ResolveParams) (any, error) { return ev(p).ID, nil }},
		"type": &graphql.Field{Type: nonNull(t.relType),
			Resolve: func(p graphql.ResolveParams) (any, error) { return string(ev(p).Type), nil }},
		"date": &graphql.Field{Type: t.date,
			Resolve: func(p graphql.ResolveParams) (any, error) { return ev(p).Date, nil }},
		"datePrecision": &graphql.Field{Type: nonNull(t.prec),
			Resolve: func(p graphql.ResolveParams) (any, error) { return string(ev(p).Date.Prec()), nil }},
		"modality": &graphql.Field{Type: nonNull(t.modality),
			Resolve: func(p graphql.ResolveParams) (any, error) { return string(ev(p).Modality), nil }},
		"attributedTo": &graphql.Field{Type: t.entity, Description: "Who claims an alleged event.",
			Resolve: func(p graphql.ResolveParams) (any, error) {
				if a := ev(p).AttributedTo; a != "" {
					return loaderFrom(p.Context).entity(p.Context, a), nil
				}
				return nil, nil
			}},
		"place": &graphql.Field{Type: t.entity,
			Resolve: func(p graphql.ResolveParams) (any, error) {
				if pl := ev(p).Place; pl != "" {
					return loaderFrom(p.Context).entity(p.Context, pl), nil
				}
				return nil, nil
			}},
		"participants": &graphql.Field{Type: listOf(t.entity), Description: "Actors, then targets.",
			Resolve: func(p graphql.ResolveParams) (any, error) {
				return loaderFrom(p.Context).entities(p.Context, ev(p).Participants()), nil
			}},
		"actors": &graphql.Field{Type: listOf(t.entity),
			Resolve: func(p graphql.ResolveParams) (any, error) {
				return loaderFrom(p.Context).entities(p.Context, ev(p).Actors), nil
			}},
		"targets": &graphql.Field{Type: listOf(t.entity),
			Resolve: func(p graphql.ResolveParams) (any, error) {
				return loaderFrom(p.Context).entities(p.Context, ev(p).Targets), nil
			}},
		"edges": &graphql.Field{Type: listOf(t.edge), Description: "The event's edges, in ID order.",
			Resolve: func(p graphql.ResolveParams) (any, error) {
				return loaderFrom(p.Context).eventEdges(p.Context, ev(p).ID), nil
			}},
		"sources": &graphql.Field{Type: listOf(t.mention),
			Resolve: func(p graphql.ResolveParams) (any, error) { return mentions(ev(p).Mentions), nil }},
	}
}

func (s *Server) documentFields(t *types) graphql.Fields {
	doc := func(p graphql.ResolveParams) *graph.Document { return p.Source.(*graph.Document) }
	return graphql.Fields{
		"id": &graphql.Field{Type: nonNull(graphql.ID),
			Resolve: func(p graphql.ResolveParams) (any, error) { return doc(p).ID, nil }},
		"title": &graphql.Field{Type: graphql.String,
			Resolve: func(p graphql.ResolveParams) (any, error) { return optional(doc(p).Title), nil }},
		"url": &graphql.Field{Type: graphql.String,
			Resolve: func(p graphql.ResolveParams) (any, error) { return optional(doc(p).URL), nil }},
		"source": &graphql.Field{Type: graphql.String,
			Resolve: func(p graphql.ResolveParams) (any, error) { return optional(doc(p).Source), nil }},
		"published": &graphql.Field{Type: t.date,
			Resolve: func(p graphql.ResolveParams) (any, error) { return doc(p).Published, nil }},
		"text": &graphql.Field{Type: nonNull(graphql.String), Description: "The cleaned text that offsets refer to.",
			Resolve: func(p graphql.ResolveParams) (any, error) {
				return loaderFrom(p.Context).documentText(p.Context, doc(p)), nil
			}},
		"edges": &graphql.Field{
			Type:        nonNull(t.edgeConn),
			Description: "The edges the document states, in ID order.",
			Args:        pageArgs(50, nil),
			Resolve: func(p graphql.ResolveParams) (any, error) {
				first, err := s.first(p.Args, 50)
				if err != nil {
					return nil, err
				}
				list := loaderFrom(p.Context).documentEdges(p.Context, doc(p).ID)
				return deferredConnection(p, list, first, loaderFrom(p.Context).edge), nil
			},
		},
		"entities": &graphql.Field{Type: listOf(t.entity), Description: "The entities the document names, in ID order.",
			Resolve: func(p graphql.ResolveParams) (any, error) {
				return loaderFrom(p.Context).documentEntities(p.Context, doc(p).ID), nil
			}},
	}
}

// maxSample bounds RelationSummary.sample.
const maxSample = 20

// relationSummaryType is RelationSummary: how one entity relates to another
// by one type; its value is a *store.Relation.
func relationSummaryType(t *types) *graphql.Object {
	rel := func(p graphql.ResolveParams) *store.Relation { return p.Source.(*store.Relation) }
	return graphql.NewObject(graphql.ObjectConfig{
		Name:        "RelationSummary",
		Description: "The edges of one type from one entity to another, summed up.",
		Fields: graphql.Fields{
			"from": &graphql.Field{Type: nonNull(t.entity), Resolve: func(p graphql.ResolveParams) (any, error) {
				return loaderFrom(p.Context).entity(p.Context, rel(p).From), nil
			}},
			"to": &graphql.Field{Type: nonNull(t.entity), Resolve: func(p graphql.ResolveParams) (any, error) {
				return loaderFrom(p.Context).entity(p.Context, rel(p).To), nil
			}},
			"type": &graphql.Field{Type: nonNull(t.relType),
				Resolve: func(p graphql.ResolveParams) (any, error) { return string(rel(p).Type), nil }},
			"count": &graphql.Field{Type: nonNull(graphql.Int), Description: "The number of edges.",
				Resolve: func(p graphql.ResolveParams) (any, error) { return rel(p).Edges, nil }},
			"documents": &graphql.Field{Type: nonNull(graphql.Int),
				Description: "The documents that state the edges, summed over edges (a document that states two of them counts twice).",
				Resolve:     func(p graphql.ResolveParams) (any, error) { return rel(p).Documents, nil }},
			"first": &graphql.Field{Type: t.date, Description: "The earliest known date.",
				Resolve: func(p graphql.ResolveParams) (any, error) { return rel(p).First, nil }},
			"last": &graphql.Field{Type: t.date, Description: "The latest known date.",
				Resolve: func(p graphql.ResolveParams) (any, error) { return rel(p).Last, nil }},
			"modalities": &graphql.Field{Type: listOf(t.modality),
				Resolve: func(p graphql.ResolveParams) (any, error) {
					out := make([]string, len(rel(p).Modalities))
					for i, m := range rel(p).Modalities {
						out[i] = string(m)
					}
					return out, nil
				}},
			"sample": &graphql.Field{Type: listOf(t.edge), Description: "Some of the edges, newest first (at most 20).",
				Args: graphql.FieldConfigArgument{"first": &graphql.ArgumentConfig{Type: graphql.Int, DefaultValue: 3}},
				Resolve: func(p graphql.ResolveParams) (any, error) {
					n := argInt(p.Args, "first", 3)
					if n < 0 || n > maxSample {
						return nil, userErr("sample: first must be between 0 and %d, got %d", maxSample, n)
					}
					ids := rel(p).Sample
					return loaderFrom(p.Context).edges(p.Context, ids[:min(n, len(ids))]), nil
				}},
		},
	})
}

// edgeList loads the edges of a subgraph or path: without their mentions
// unless the selection asks for sources, since a large subgraph's edges can
// have thousands of mentions nobody reads.
func edgeList(p graphql.ResolveParams, ids []string) thunk {
	l := loaderFrom(p.Context)
	for _, f := range p.Info.FieldASTs {
		if selects(f.SelectionSet, "sources", p.Info.Fragments, 0) {
			return l.edges(p.Context, ids)
		}
	}
	return l.edgeHeads(p.Context, ids)
}

// headList resolves a list of edges known by their heads: the heads
// themselves, unless the selection asks for sources (then the edges are read
// whole, in one batch, as edgeList does).
func headList(p graphql.ResolveParams, heads []*graph.Edge) any {
	ids := make([]string, len(heads))
	for i, e := range heads {
		ids[i] = e.ID
	}
	for _, f := range p.Info.FieldASTs {
		if selects(f.SelectionSet, "sources", p.Info.Fragments, 0) {
			return edgeList(p, ids)
		}
	}
	loaderFrom(p.Context).primeHeads(heads)
	out := make([]any, len(heads))
	for i, e := range heads {
		out[i] = e
	}
	return out
}

// selects reports whether set selects field name, directly or through fragments.
func selects(set *ast.SelectionSet, name string, frags map[string]ast.Definition, depth int) bool {
	if set == nil || depth > 8 {
		return false
	}
	for _, sel := range set.Selections {
		switch s := sel.(type) {
		case *ast.Field:
			if s.Name != nil && s.Name.Value == name {
				return true
			}
		case *ast.InlineFragment:
			if selects(s.SelectionSet, name, frags, depth+1) {
				return true
			}
		case *ast.FragmentSpread:
			if s.Name != nil {
				if fd, ok := frags[s.Name.Value].(*ast.FragmentDefinition); ok && selects(fd.SelectionSet, name, frags, depth+1) {
					return true
				}
			}
		}
	}
	return false
}

// An edge's endpoint, when the query asks it for nothing but its id
// (`from { id }`, a graph drawn from IDs), is the edge itself, as an
// edgeFrom or an edgeTo, which Entity.id answers: the entity is not read
// (an edge's endpoints are stored entities under their current IDs: ingest
// and merges write edges under resolved IDs), and nothing is allocated for
// each of a big answer's thousands of endpoints (an entity holding only
// the ID was 16% of a 2-hop answer's allocations).
type (
	edgeFrom graph.Edge
	edgeTo   graph.Edge
)

// entityID gives the ID of an Entity value: an entity, or an edge's
// endpoint.
func entityID(src any) string {
	switch src := src.(type) {
	case *edgeFrom:
		return src.From
	case *edgeTo:
		return src.To
	}
	return src.(*graph.Entity).ID
}

// idOnly reports whether fields select only id and __typename of their
// value (no fragment, which could ask for more).
func idOnly(fields []*ast.Field) bool {
	for _, f := range fields {
		if f.SelectionSet == nil {
			return false
		}
		for _, sel := range f.SelectionSet.Selections {
			sf, ok := sel.(*ast.Field)
			if !ok || sf.Name == nil || (sf.Name.Value != "id" && sf.Name.Value != "__typename") {
				return false
			}
		}
	}
	return len(fields) > 0
}
