package exchange

import (
	"archive/zip"
	"bufio"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/store"
)

// The headers of neo4j-admin database import full: ID, LABEL, START_ID,
// END_ID and TYPE fields, and typed properties (string unless typed;
// arrays split on ';', neo4j-admin's default --array-delimiter).
var (
	nodesHeader = []string{"id:ID", ":LABEL", "name", "kind", "iso3", "wikidata", "country",
		"aliases:string[]", "roles:string[]"}
	edgesHeader = []string{":START_ID", ":END_ID", ":TYPE", "id", "type", "date", "datePrecision", "modality",
		"attributedTo", "confidence:float", "sources:int", "documents:int", "event", "cameo", "plover",
		"goldstein:float", "symmetric:boolean"}
)

// ExportCSV writes the selected graph in the layout of neo4j-admin database
// import full: the entities to nodes, the edges to edges. Only
// opts.Filter is used.
func ExportCSV(ctx context.Context, st store.Store, nodes, edges io.Writer, opts Options) error {
	f := edgeFilter(opts.Filter)
	sel, err := selectGraph(ctx, st, f)
	if err != nil {
		return err
	}
	if err := writeNodesCSV(ctx, st, nodes, sel.entityIDs); err != nil {
		return err
	}
	return writeEdgesCSV(ctx, st, edges, sel.edgeIDs)
}

// writeCSVZip writes nodes.csv and edges.csv into a zip archive, for the HTTP
// export, whose answer is one stream.
func writeCSVZip(ctx context.Context, st store.Store, w *bufio.Writer, f store.EdgeFilter) error {
	sel, err := selectGraph(ctx, st, f)
	if err != nil {
		return err
	}
	zw := zip.NewWriter(w)
	nodes, err := zw.Create("nodes.csv")
	if err != nil {
		return fmt.Errorf("exchange: zip: %w", err)
	}
	if err := writeNodesCSV(ctx, st, nodes, sel.entityIDs); err != nil {
		return err
	}
	edges, err := zw.Create("edges.csv")
	if err != nil {
		return fmt.Errorf("exchange: zip: %w", err)
	}
	if err := writeEdgesCSV(ctx, st, edges, sel.edgeIDs); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("exchange: zip: %w", err)
	}
	return nil
}

// csvArray joins list for a string[] column; the array delimiter inside an
// element becomes a comma, since neo4j-admin has no escape for it.
func csvArray(list []string) string {
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = strings.ReplaceAll(s, ";", ",")
	}
	return strings.Join(out, ";")
}

func writeNodesCSV(ctx context.Context, st store.Store, w io.Writer, ids []string) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(nodesHeader); err != nil {
		return fmt.Errorf("exchange: write: %w", err)
	}
	err := eachEntity(ctx, st, ids, func(e *graph.Entity) error {
		return cw.Write([]string{e.ID, "Entity;" + label(e.Kind), e.Name, string(e.Kind), e.Codes.ISO3,
			e.Codes.Wikidata, e.Country, csvArray(e.Aliases), csvArray(e.Roles)})
	})
	cw.Flush()
	if err == nil {
		err = cw.Error()
	}
	if err != nil {
		return fmt.Errorf("exchange: nodes.csv: %w", err)
	}
	return nil
}

func writeEdgesCSV(ctx context.Context, st store.Store, w io.Writer, ids []string) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(edgesHeader); err != nil {
		return fmt.Errorf("exchange: write: %w", err)
	}
	err := eachEdge(ctx, st, ids, func(e *graph.Edge) error {
		info, _ := e.Type.Info()
		goldstein := ""
		if info.Type != "" {
			goldstein = strconv.FormatFloat(info.Goldstein, 'g', -1, 64)
		}
		return cw.Write([]string{e.From, e.To, strings.ToUpper(string(e.Type)), e.ID, string(e.Type),
			e.Date.Value, string(e.Date.Prec()), string(e.Modality), e.AttributedTo,
			strconv.FormatFloat(e.Confidence, 'g', -1, 64), strconv.Itoa(len(e.Mentions)),
			strconv.Itoa(documentCount(e)), e.EventID, info.CAMEO, info.PLOVER, goldstein,
			strconv.FormatBool(e.Type.Symmetric())})
	})
	cw.Flush()
	if err == nil {
		err = cw.Error()
	}
	if err != nil {
		return fmt.Errorf("exchange: edges.csv: %w", err)
	}
	return nil
}
