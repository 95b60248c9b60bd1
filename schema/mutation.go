package schema

import (
	"fmt"
	"strings"

	"github.com/graphql-go/graphql"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader"
)

// authorizedKey marks a context whose request may run mutations.
type authorizedKey struct{}

// mutationGuard refuses a mutation on a context that is not authorized.
func mutationGuard(p graphql.ResolveParams) error {
	if ok, _ := p.Context.Value(authorizedKey{}).(bool); !ok {
		return &apiError{err: fmt.Errorf("%w: mutations need Authorization: Bearer <write token>", ErrUnauthenticated)}
	}
	return nil
}

func (s *Server) mutationType(t *types) *graphql.Object {
	return graphql.NewObject(graphql.ObjectConfig{
		Name:        "Mutation",
		Description: "Writes to the knowledge graph.",
		Fields: graphql.Fields{
			"ingestDocument": &graphql.Field{
				Type:        nonNull(t.ingestResult),
				Description: "Extracts and stores a document; idempotent by content (created is false the second time).",
				Args:        graphql.FieldConfigArgument{"input": &graphql.ArgumentConfig{Type: nonNull(t.documentInput)}},
				Resolve:     s.ingest,
			},
			"deleteDocument": &graphql.Field{
				Type:        nonNull(graphql.Boolean),
				Description: "Removes a document and retracts what only it stated; false when unknown.",
				Args:        graphql.FieldConfigArgument{"id": &graphql.ArgumentConfig{Type: nonNull(graphql.ID)}},
				Resolve:     s.deleteDocument,
			},
			"mergeEntities": &graphql.Field{
				Type:        nonNull(t.entity),
				Description: "Merges entities into one: their aliases, edges, events and mentions move over, their IDs redirect.",
				Args: graphql.FieldConfigArgument{
					"into": &graphql.ArgumentConfig{Type: nonNull(graphql.ID)},
					"from": &graphql.ArgumentConfig{Type: nonNull(graphql.NewList(nonNull(graphql.ID)))},
				},
				Resolve: s.mergeEntities,
			},
		},
	})
}

// deleteDocument resolves deleteDocument.
func (s *Server) deleteDocument(p graphql.ResolveParams) (any, error) {
	if err := mutationGuard(p); err != nil {
		return nil, err
	}
	id := argString(p.Args, "id")
	if !strings.HasPrefix(id, "doc:") {
		return nil, userErr("%q is not a document ID (doc:...)", id)
	}
	ok, seq, err := s.writer().DeleteDocument(p.Context, id)
	if err != nil {
		return nil, fmt.Errorf("schema: delete %s: %w", id, err)
	}
	noteSequence(p.Context, seq)
	loaderFrom(p.Context).reset()
	s.log.InfoContext(p.Context, "document deleted", "id", id, "found", ok)
	return ok, nil
}

// mergeEntities resolves mergeEntities.
func (s *Server) mergeEntities(p graphql.ResolveParams) (any, error) {
	if err := mutationGuard(p); err != nil {
		return nil, err
	}
	into, err := entityIDArg(p.Args, "into")
	if err != nil {
		return nil, err
	}
	from := argStrings(p.Args, "from")
	if len(from) == 0 {
		return nil, userErr("from must name at least one entity")
	}
	for _, id := range from {
		if _, ok := graph.KindOfID(id); !ok {
			return nil, userErr("from: %q is not an entity ID", id)
		}
		if id == into {
			return nil, userErr("cannot merge %q into itself", id)
		}
	}
	e, seq, err := s.writer().MergeEntities(p.Context, into, from)
	if err != nil {
		return nil, fmt.Errorf("schema: merge into %s: %w", into, err)
	}
	noteSequence(p.Context, seq)
	loaderFrom(p.Context).reset()
	s.log.InfoContext(p.Context, "entities merged", "into", into, "from", from)
	return e, nil
}

// ingest resolves ingestDocument.
func (s *Server) ingest(p graphql.ResolveParams) (any, error) {
	if err := mutationGuard(p); err != nil {
		return nil, err
	}
	in, _ := p.Args["input"].(map[string]any)
	x, err := s.extractInput(in)
	if err != nil {
		return nil, err
	}
	res, seq, err := s.writer().Ingest(p.Context, x)
	if err != nil {
		return nil, &apiError{err: fmt.Errorf("schema: ingest: %w", err)}
	}
	noteSequence(p.Context, seq)
	doc := res.Document
	if doc == nil {
		// A store that does not return the document: read it back.
		docs, err := s.st.Documents(p.Context, []string{res.DocumentID})
		if err != nil {
			return nil, fmt.Errorf("schema: ingest: %w", err)
		}
		if len(docs) != 1 || docs[0] == nil {
			return nil, &apiError{err: fmt.Errorf("%w: document %s was deleted while it was being written; retry", ErrConflict, res.DocumentID)}
		}
		doc = docs[0]
	}
	loaderFrom(p.Context).reset()
	s.log.InfoContext(p.Context, "document ingested", "id", res.DocumentID, "created", res.Created,
		"entities", res.Entities, "edges", res.Edges)
	return &ingestVal{doc: doc, res: res}, nil
}

// extractInput checks a DocumentInput against the write limits and
// extracts it; the input's metadata fills what the extractor left empty.
func (s *Server) extractInput(in map[string]any) (*graph.Extraction, error) {
	text := argString(in, "text")
	if strings.TrimSpace(text) == "" {
		return nil, userErr("input.text is empty")
	}
	if err := s.opts.Limits.CheckText(text); err != nil {
		return nil, &apiError{err: fmt.Errorf("%w: input.text: %w", ErrBadInput, err), extra: map[string]any{"field": "input.text"}}
	}
	if s.extract == nil {
		return nil, fmt.Errorf("%w: no extractor configured", ErrInternal)
	}
	meta := loader.Meta{
		Title:     strings.TrimSpace(argString(in, "title")),
		URL:       strings.TrimSpace(argString(in, "url")),
		Source:    strings.TrimSpace(argString(in, "source")),
		Published: argDate(in, "published"),
	}
	x := s.extract(text, meta)
	if x == nil {
		return nil, fmt.Errorf("%w: the extractor returned nothing", ErrInternal)
	}
	if err := s.opts.Limits.CheckFacts(x); err != nil {
		return nil, &apiError{err: fmt.Errorf("%w: input.text: %w", ErrBadInput, err), extra: map[string]any{"field": "input.text"}}
	}
	fill := func(dst *string, v string) {
		if *dst == "" {
			*dst = v
		}
	}
	fill(&x.Document.Title, meta.Title)
	fill(&x.Document.URL, meta.URL)
	fill(&x.Document.Source, meta.Source)
	if !x.Document.Published.Known() {
		x.Document.Published = meta.Published
	}
	if x.Document.ID == "" {
		if x.Document.Text == "" {
			x.Document.Text = text
		}
		x.Document.ID = graph.DocumentID(x.Document.Text)
	}
	return x, nil
}
