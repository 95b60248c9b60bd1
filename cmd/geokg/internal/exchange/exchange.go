// Package exchange moves a geokg graph in and out of a store in the formats
// analysts' tools read: GraphML (Gephi, Cytoscape), the CSV layout of
// neo4j-admin database import, N-Quads (RDF stores, one named graph per
// document) and JSON Lines (geokg's own, which Import reads back to the same
// graph, as it reads the `geokg extract --format jsonl` records).
//
// Export streams: it reads the store through its public API in pages of
// records and writes as it goes, so memory holds one page of records and the
// ID lists the store returns, never the whole graph.
package exchange

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/store"
)

// Format is an export format.
type Format string

// The export formats.
const (
	GraphML Format = "graphml"
	CSV     Format = "csv"
	NQuads  Format = "nquads"
	JSONL   Format = "jsonl"
)

// Formats lists the export formats.
var Formats = []Format{GraphML, CSV, NQuads, JSONL}

// ParseFormat returns the format named s ("graphml", "csv", "nquads", "jsonl").
func ParseFormat(s string) (Format, error) {
	f := Format(strings.ToLower(strings.TrimSpace(s)))
	if slices.Contains(Formats, f) {
		return f, nil
	}
	return "", fmt.Errorf("%w: %q (want graphml, csv, nquads or jsonl)", ErrFormat, s)
}

// DefaultBaseIRI prefixes the IRIs of N-Quads for everything without a
// Wikidata QID: "urn:geokg:person:antony-blinken", "urn:geokg:doc:…".
const DefaultBaseIRI = "urn:geokg:"

// pageSize is how many records one store call reads.
const pageSize = 256

// docPageSize is how many documents one store call reads (documents carry their text).
const docPageSize = 16

// bufSize is the size of the output buffer: output leaves in writes of this size.
const bufSize = 64 << 10

// Options says what to export.
type Options struct {
	Format Format
	// Filter selects edges as the edges query does (types, dates, modalities);
	// only its Types, DateFrom, DateTo and Modalities are used. With a filter,
	// only the entities at the ends of selected edges are exported.
	Filter store.EdgeFilter
	// BaseIRI prefixes N-Quads IRIs; DefaultBaseIRI when empty.
	BaseIRI string
}

// filtered reports whether f selects edges at all.
func filtered(f store.EdgeFilter) bool {
	return len(f.Types) > 0 || len(f.Modalities) > 0 || f.DateFrom.Known() || f.DateTo.Known()
}

// edgeFilter keeps the fields of f that exports honour.
func edgeFilter(f store.EdgeFilter) store.EdgeFilter {
	return store.EdgeFilter{Types: f.Types, Modalities: f.Modalities, DateFrom: f.DateFrom, DateTo: f.DateTo}
}

// Export writes the store's graph to w in opts.Format. CSV is written as a
// zip archive of nodes.csv and edges.csv (ExportCSV writes the two files).
func Export(ctx context.Context, st store.Store, w io.Writer, opts Options) error {
	return exportBuffered(ctx, st, w, opts, bufSize)
}

// exportBuffered is Export with an output buffer of size bytes.
func exportBuffered(ctx context.Context, st store.Store, w io.Writer, opts Options, size int) error {
	if opts.BaseIRI == "" {
		opts.BaseIRI = DefaultBaseIRI
	}
	if err := CheckBaseIRI(opts.BaseIRI); err != nil {
		return err
	}
	opts.Filter = edgeFilter(opts.Filter)
	bw := bufio.NewWriterSize(w, size)
	var err error
	switch opts.Format {
	case GraphML:
		err = writeGraphML(ctx, st, bw, opts.Filter)
	case CSV:
		err = writeCSVZip(ctx, st, bw, opts.Filter)
	case NQuads:
		err = writeNQuads(ctx, st, bw, opts)
	case JSONL:
		err = writeJSONL(ctx, st, bw, opts.Filter)
	default:
		return fmt.Errorf("%w: %q", ErrFormat, opts.Format)
	}
	if err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("exchange: write: %w", err)
	}
	return nil
}

// selection is what an export of nodes and edges covers: the IDs of the
// selected edges and of the entities to write.
type selection struct {
	edgeIDs   []string
	entityIDs []string
}

// selectGraph lists the edges f selects and the entities to export: every
// entity without a filter, the ends of the selected edges with one.
func selectGraph(ctx context.Context, st store.Store, f store.EdgeFilter) (selection, error) {
	edgeIDs, err := st.EdgeIDs(ctx, f)
	if err != nil {
		return selection{}, fmt.Errorf("exchange: edges: %w", err)
	}
	if !filtered(f) {
		ents, err := st.EntityIDs(ctx, "")
		if err != nil {
			return selection{}, fmt.Errorf("exchange: entities: %w", err)
		}
		return selection{edgeIDs: edgeIDs, entityIDs: ents}, nil
	}
	ends := map[string]struct{}{}
	err = eachEdge(ctx, st, edgeIDs, func(e *graph.Edge) error {
		ends[e.From], ends[e.To] = struct{}{}, struct{}{}
		return nil
	})
	if err != nil {
		return selection{}, err
	}
	ids := make([]string, 0, len(ends))
	for id := range ends {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return selection{edgeIDs: edgeIDs, entityIDs: ids}, nil
}

// pages calls fn with ids in pages of size n.
func pages(ids []string, n int, fn func([]string) error) error {
	for i := 0; i < len(ids); i += n {
		if err := fn(ids[i:min(i+n, len(ids))]); err != nil {
			return err
		}
	}
	return nil
}

// eachEdge calls fn for each stored edge of ids, reading them a page at a time.
func eachEdge(ctx context.Context, st store.Store, ids []string, fn func(*graph.Edge) error) error {
	return pages(ids, pageSize, func(page []string) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		edges, err := st.Edges(ctx, page)
		if err != nil {
			return fmt.Errorf("exchange: edges: %w", err)
		}
		for _, e := range edges {
			if e == nil { // deleted since it was listed
				continue
			}
			if err := fn(e); err != nil {
				return err
			}
		}
		return nil
	})
}

// eachEntity calls fn for each stored entity of ids, a page at a time.
// An ID merged into another entity since it was listed is skipped.
func eachEntity(ctx context.Context, st store.Store, ids []string, fn func(*graph.Entity) error) error {
	return pages(ids, pageSize, func(page []string) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		ents, err := st.Entities(ctx, page)
		if err != nil {
			return fmt.Errorf("exchange: entities: %w", err)
		}
		for i, e := range ents {
			if e == nil || e.ID != page[i] {
				continue
			}
			if err := fn(e); err != nil {
				return err
			}
		}
		return nil
	})
}

// documentCount returns how many distinct documents state an edge.
func documentCount(e *graph.Edge) int {
	seen := make(map[string]struct{}, 4)
	for _, m := range e.Mentions {
		seen[m.DocumentID] = struct{}{}
	}
	return len(seen)
}

// label returns the Neo4j-style label of a kind: "State", "Person", ...
func label(k graph.Kind) string {
	s := string(k)
	if s == "" {
		return "Entity"
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// werr returns the error that w met writing, if any, so that an export to a
// closed connection stops reading the store.
func werr(w *bufio.Writer) error {
	if _, err := w.Write(nil); err != nil {
		return fmt.Errorf("exchange: write: %w", err)
	}
	return nil
}
