package exchange

import (
	"bufio"
	"context"
	"encoding/xml"
	"fmt"
	"strconv"
	"strings"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/store"
)

// graphMLKey is one typed attribute of GraphML nodes or edges.
type graphMLKey struct {
	id, domain, typ string
}

// The attributes GraphML exports: Gephi shows "label" and weighs edges by "weight".
var graphMLKeys = []graphMLKey{
	{"label", "node", "string"}, {"kind", "node", "string"}, {"iso3", "node", "string"},
	{"wikidata", "node", "string"}, {"country", "node", "string"}, {"aliases", "node", "string"},
	{"roles", "node", "string"},
	{"elabel", "edge", "string"}, {"type", "edge", "string"}, {"date", "edge", "string"},
	{"datePrecision", "edge", "string"}, {"modality", "edge", "string"}, {"attributedTo", "edge", "string"},
	{"confidence", "edge", "double"}, {"sources", "edge", "int"}, {"documents", "edge", "int"},
	{"weight", "edge", "double"}, {"event", "edge", "string"}, {"cameo", "edge", "string"},
	{"plover", "edge", "string"}, {"goldstein", "edge", "double"}, {"symmetric", "edge", "boolean"},
}

const graphMLHeader = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
`

// writeGraphML writes the selected graph as GraphML: typed <key>s, the
// entities as nodes, the edges. The graph is directed; symmetric types are
// marked by the symmetric attribute rather than directed="false", because
// some readers (networkx) refuse graphs that mix directed and undirected edges.
func writeGraphML(ctx context.Context, st store.Store, w *bufio.Writer, f store.EdgeFilter) error {
	sel, err := selectGraph(ctx, st, f)
	if err != nil {
		return err
	}
	w.WriteString(graphMLHeader)
	for _, k := range graphMLKeys {
		name := k.id
		if name == "elabel" {
			name = "label"
		}
		fmt.Fprintf(w, "  <key id=%q for=%q attr.name=%q attr.type=%q/>\n", k.id, k.domain, name, k.typ)
	}
	w.WriteString("  <graph id=\"geokg\" edgedefault=\"directed\">\n")
	err = eachEntity(ctx, st, sel.entityIDs, func(e *graph.Entity) error {
		w.WriteString("    <node id=\"")
		xmlText(w, e.ID)
		w.WriteString("\">")
		for _, d := range [][2]string{{"label", e.Name}, {"kind", string(e.Kind)}, {"iso3", e.Codes.ISO3},
			{"wikidata", e.Codes.Wikidata}, {"country", e.Country},
			{"aliases", strings.Join(e.Aliases, "; ")}, {"roles", strings.Join(e.Roles, "; ")}} {
			graphMLData(w, d[0], d[1])
		}
		w.WriteString("</node>\n")
		return werr(w)
	})
	if err != nil {
		return err
	}
	err = eachEdge(ctx, st, sel.edgeIDs, func(e *graph.Edge) error {
		writeGraphMLEdge(w, e)
		return werr(w)
	})
	if err != nil {
		return err
	}
	w.WriteString("  </graph>\n</graphml>\n")
	return nil
}

func writeGraphMLEdge(w *bufio.Writer, e *graph.Edge) {
	w.WriteString("    <edge id=\"")
	xmlText(w, e.ID)
	w.WriteString("\" source=\"")
	xmlText(w, e.From)
	w.WriteString("\" target=\"")
	xmlText(w, e.To)
	w.WriteString("\">")
	info, _ := e.Type.Info()
	sources := strconv.Itoa(len(e.Mentions))
	data := [][2]string{{"elabel", string(e.Type)}, {"type", string(e.Type)}, {"date", e.Date.Value},
		{"datePrecision", string(e.Date.Prec())}, {"modality", string(e.Modality)}, {"attributedTo", e.AttributedTo},
		{"confidence", strconv.FormatFloat(e.Confidence, 'g', -1, 64)}, {"sources", sources},
		{"documents", strconv.Itoa(documentCount(e))}, {"weight", sources}, {"event", e.EventID},
		{"cameo", info.CAMEO}, {"plover", info.PLOVER}, {"symmetric", strconv.FormatBool(e.Type.Symmetric())}}
	for _, d := range data {
		graphMLData(w, d[0], d[1])
	}
	if info.Type != "" {
		graphMLData(w, "goldstein", strconv.FormatFloat(info.Goldstein, 'g', -1, 64))
	}
	w.WriteString("</edge>\n")
}

// graphMLData writes <data key="key">value</data>, nothing for an empty value.
func graphMLData(w *bufio.Writer, key, value string) {
	if value == "" {
		return
	}
	w.WriteString("<data key=\"")
	w.WriteString(key)
	w.WriteString("\">")
	xmlText(w, value)
	w.WriteString("</data>")
}

// xmlText writes s escaped for XML text and attribute values; characters XML
// cannot hold become U+FFFD.
func xmlText(w *bufio.Writer, s string) {
	_ = xml.EscapeText(w, []byte(s))
}
