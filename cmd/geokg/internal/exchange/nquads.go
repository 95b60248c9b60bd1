package exchange

import (
	"bufio"
	"context"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/store"
)

// Vocabulary IRIs of other namespaces.
const (
	rdfType     = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
	rdfsLabel   = "http://www.w3.org/2000/01/rdf-schema#label"
	skosAlt     = "http://www.w3.org/2004/02/skos/core#altLabel"
	dcTitle     = "http://purl.org/dc/terms/title"
	dcSource    = "http://purl.org/dc/terms/source"
	dcIssued    = "http://purl.org/dc/terms/issued"
	xsdPrefix   = "http://www.w3.org/2001/XMLSchema#"
	wikidataIRI = "http://www.wikidata.org/entity/"
)

// rdfWriter writes N-Quads under a base IRI.
type rdfWriter struct {
	w     *bufio.Writer
	base  string
	blank int
}

// CheckBaseIRI checks that base is an absolute IRI that N-Quads can hold and
// that IDs can be appended to ("urn:geokg:", "https://example.org/id/").
func CheckBaseIRI(base string) error {
	u, err := url.Parse(base)
	if err != nil || u.Scheme == "" {
		return fmt.Errorf("%w: %q is not an absolute IRI", ErrBaseIRI, base)
	}
	if strings.ContainsAny(base, "<>\"{}|^`\\ #") || !utf8.ValidString(base) {
		return fmt.Errorf("%w: %q holds a character an IRI cannot (<>\"{}|^`\\, space, #)", ErrBaseIRI, base)
	}
	for _, r := range base {
		if r <= 0x20 {
			return fmt.Errorf("%w: %q holds a control character", ErrBaseIRI, base)
		}
	}
	return nil
}

// iri returns s as an N-Quads IRIREF, percent-encoding the bytes IRIREF
// excludes (controls, space, <>"{}|^`\), so the IRI stays the same IRI.
func iri(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('<')
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= 0x20 || c == 0x7f || strings.IndexByte("<>\"{}|^`\\", c) >= 0 {
			fmt.Fprintf(&b, "%%%02X", c)
			continue
		}
		b.WriteByte(c)
	}
	b.WriteByte('>')
	return b.String()
}

// literal returns s as an N-Quads STRING_LITERAL_QUOTE: ", \, line feed and
// carriage return escaped as ECHAR (tab, backspace and form feed too), other
// control characters as UCHAR, invalid UTF-8 as U+FFFD.
func literal(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		default:
			if r < 0x20 || r == 0x7f {
				fmt.Fprintf(&b, `\u%04X`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

// typed returns a literal of XSD datatype dt ("integer", "double", "date").
func typed(s, dt string) string { return literal(s) + "^^<" + xsdPrefix + dt + ">" }

// dateLiteral returns a date as xsd:date, xsd:gYearMonth or xsd:gYear by precision.
func dateLiteral(d graph.Date) string {
	switch d.Prec() {
	case graph.DateDay:
		return typed(d.Value, "date")
	case graph.DateMonth:
		return typed(d.Value, "gYearMonth")
	}
	return typed(d.Value, "gYear")
}

// quad writes one statement; g empty for the default graph. Terms are written as given.
func (r *rdfWriter) quad(s, p, o, g string) {
	r.w.WriteString(s)
	r.w.WriteByte(' ')
	r.w.WriteString(p)
	r.w.WriteByte(' ')
	r.w.WriteString(o)
	if g != "" {
		r.w.WriteByte(' ')
		r.w.WriteString(g)
	}
	r.w.WriteString(" .\n")
}

// id returns the IRI of a geokg ID under the base.
func (r *rdfWriter) id(id string) string { return iri(r.base + id) }

// vocab returns the IRI of a term of geokg's vocabulary.
func (r *rdfWriter) vocab(term string) string { return iri(r.base + "ontology/" + term) }

// entity returns an entity's IRI: its Wikidata IRI when it has a QID.
func (r *rdfWriter) entity(e *graph.Entity) string {
	if e != nil && e.Codes.Wikidata != "" {
		return iri(wikidataIRI + e.Codes.Wikidata)
	}
	if e == nil {
		return ""
	}
	return r.id(e.ID)
}

// writeNQuads writes entities to the default graph, each document's
// metadata to the default graph and every edge, with its mentions, to the
// named graph of each document that states it.
func writeNQuads(ctx context.Context, st store.Store, w *bufio.Writer, opts Options) error {
	sel, err := selectGraph(ctx, st, opts.Filter)
	if err != nil {
		return err
	}
	r := &rdfWriter{w: w, base: opts.BaseIRI}
	err = pages(sel.entityIDs, pageSize, func(page []string) error {
		return r.writeEntityPage(ctx, st, page)
	})
	if err != nil {
		return err
	}
	docs := map[string]bool{}
	err = pages(sel.edgeIDs, pageSize, func(page []string) error {
		return r.writeEdgePage(ctx, st, page, docs)
	})
	if err != nil {
		return err
	}
	return r.writeDocuments(ctx, st, docs)
}

// writeEntityPage writes a page of entities; it reads their countries to
// name them by QID.
func (r *rdfWriter) writeEntityPage(ctx context.Context, st store.Store, page []string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	ents, err := st.Entities(ctx, page)
	if err != nil {
		return fmt.Errorf("exchange: entities: %w", err)
	}
	countries := make([]string, len(ents))
	for i, e := range ents {
		if e != nil {
			countries[i] = e.Country
		}
	}
	cs, err := st.Entities(ctx, countries)
	if err != nil {
		return fmt.Errorf("exchange: entities: %w", err)
	}
	for i, e := range ents {
		if e == nil || e.ID != page[i] {
			continue
		}
		r.writeEntity(e)
		if e.Country != "" {
			c := r.id(e.Country)
			if cs[i] != nil {
				c = r.entity(cs[i])
			}
			r.quad(r.entity(e), r.vocab("country"), c, "")
		}
	}
	return werr(r.w)
}

func (r *rdfWriter) writeEntity(e *graph.Entity) {
	s := r.entity(e)
	r.quad(s, iri(rdfType), r.vocab(label(e.Kind)), "")
	r.quad(s, r.vocab("id"), literal(e.ID), "")
	r.quad(s, iri(rdfsLabel), literal(e.Name), "")
	for _, a := range e.Aliases {
		r.quad(s, iri(skosAlt), literal(a), "")
	}
	for _, role := range e.Roles {
		r.quad(s, r.vocab("role"), literal(role), "")
	}
	if e.Codes.ISO3 != "" {
		r.quad(s, r.vocab("iso3"), literal(e.Codes.ISO3), "")
	}
}

// writeEdgePage writes a page of edges; it reads their ends to name them by
// QID, and records the documents met in docs.
func (r *rdfWriter) writeEdgePage(ctx context.Context, st store.Store, page []string, docs map[string]bool) error {
	edges, err := st.Edges(ctx, page)
	if err != nil {
		return fmt.Errorf("exchange: edges: %w", err)
	}
	var ids []string
	seen := map[string]bool{"": true}
	for _, e := range edges {
		if e == nil {
			continue
		}
		for _, id := range []string{e.From, e.To, e.AttributedTo} {
			if !seen[id] {
				seen[id] = true
				ids = append(ids, id)
			}
		}
	}
	ents, err := st.Entities(ctx, ids)
	if err != nil {
		return fmt.Errorf("exchange: entities: %w", err)
	}
	byID := make(map[string]string, len(ids))
	for i, e := range ents {
		if e != nil {
			byID[ids[i]] = r.entity(e)
		} else {
			byID[ids[i]] = r.id(ids[i])
		}
	}
	for _, e := range edges {
		if e != nil {
			r.writeEdge(e, byID, docs)
		}
	}
	return werr(r.w)
}

func (r *rdfWriter) writeEdge(e *graph.Edge, iris map[string]string, docs map[string]bool) {
	s, from, to := r.id(e.ID), iris[e.From], iris[e.To]
	info, _ := e.Type.Info()
	for i, m := range e.Mentions {
		g := r.id(m.DocumentID)
		if i == 0 || m.DocumentID != e.Mentions[i-1].DocumentID {
			docs[m.DocumentID] = true
			r.quad(from, r.vocab(string(e.Type)), to, g)
			r.quad(s, iri(rdfType), r.vocab("Edge"), g)
			r.quad(s, r.vocab("type"), r.vocab(string(e.Type)), g)
			r.quad(s, r.vocab("from"), from, g)
			r.quad(s, r.vocab("to"), to, g)
			r.quad(s, r.vocab("modality"), literal(string(e.Modality)), g)
			r.quad(s, r.vocab("confidence"), typed(strconv.FormatFloat(e.Confidence, 'g', -1, 64), "double"), g)
			if e.Date.Known() {
				r.quad(s, r.vocab("date"), dateLiteral(e.Date), g)
			}
			if e.AttributedTo != "" {
				r.quad(s, r.vocab("attributedTo"), iris[e.AttributedTo], g)
			}
			if info.Type != "" {
				r.quad(s, r.vocab("cameo"), literal(info.CAMEO), g)
				r.quad(s, r.vocab("plover"), literal(info.PLOVER), g)
			}
		}
		r.blank++
		b := "_:m" + strconv.Itoa(r.blank)
		r.quad(s, r.vocab("mention"), b, g)
		r.quad(b, r.vocab("sentence"), literal(m.Text), g)
		r.quad(b, r.vocab("start"), typed(strconv.Itoa(m.Start), "integer"), g)
		r.quad(b, r.vocab("end"), typed(strconv.Itoa(m.End), "integer"), g)
	}
}

// writeDocuments writes the metadata of the documents met, in the default graph.
func (r *rdfWriter) writeDocuments(ctx context.Context, st store.Store, met map[string]bool) error {
	ids, err := st.DocumentIDs(ctx)
	if err != nil {
		return fmt.Errorf("exchange: documents: %w", err)
	}
	var keep []string
	for _, id := range ids {
		if met[id] {
			keep = append(keep, id)
		}
	}
	return pages(keep, docPageSize, func(page []string) error {
		docs, err := st.Documents(ctx, page)
		if err != nil {
			return fmt.Errorf("exchange: documents: %w", err)
		}
		for _, d := range docs {
			if d == nil {
				continue
			}
			s := r.id(d.ID)
			r.quad(s, iri(rdfType), r.vocab("Document"), "")
			for _, kv := range [][2]string{{dcTitle, d.Title}, {dcSource, d.Source}} {
				if kv[1] != "" {
					r.quad(s, iri(kv[0]), literal(kv[1]), "")
				}
			}
			if d.URL != "" {
				r.quad(s, r.vocab("url"), typed(d.URL, "anyURI"), "")
			}
			if d.Published.Known() {
				r.quad(s, iri(dcIssued), dateLiteral(d.Published), "")
			}
		}
		return werr(r.w)
	})
}
