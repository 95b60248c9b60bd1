package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/geokg/geokg/cmd/geokg/internal/exchange"
	"github.com/geokg/geokg/store"
)

func cmdExport(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("export", stderr)
	dataDir := fs.String("data", envOr("GEOKG_DATA", "./data"), "Badger data folder (GEOKG_DATA)")
	format := fs.String("format", "", "graphml, csv (neo4j-admin import layout), nquads or jsonl")
	out := fs.String("out", "", "output file (default: standard output); for csv a folder, or a .zip file")
	types := fs.String("types", "", "only these relation types, comma-separated (visited,met,...)")
	modality := fs.String("modality", "", "only these modalities, comma-separated (asserted,alleged,...)")
	dateFrom := fs.String("date-from", "", "only edges dated wholly on or after YYYY[-MM[-DD]]")
	dateTo := fs.String("date-to", "", "only edges dated wholly on or before YYYY[-MM[-DD]]")
	base := fs.String("base-iri", exchange.DefaultBaseIRI, "N-Quads base IRI for everything without a Wikidata QID")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: export takes no arguments (got %q); name the output with --out, before any other word", errUsage, fs.Arg(0))
	}
	opts, err := exportOptions(*format, *types, *modality, *dateFrom, *dateTo, *base)
	if err != nil {
		return fmt.Errorf("%w: %w", errUsage, err)
	}
	if opts.Format == exchange.CSV && *out == "" {
		return fmt.Errorf("%w: export --format csv needs --out DIR (or --out FILE.zip)", errUsage)
	}
	st, err := openExisting(*dataDir, stderr)
	if err != nil {
		return fmt.Errorf("export: %w", lockedHint(err, "export through the server instead: GET /export?format=..."))
	}
	defer st.Close()
	switch {
	case opts.Format == exchange.CSV && !strings.HasSuffix(strings.ToLower(*out), ".zip"):
		err = exportCSVDir(ctx, st, *out, opts)
	case *out == "":
		err = exchange.Export(ctx, st, stdout, opts)
	default:
		err = writeFileAtomic(*out, func(w io.Writer) error { return exchange.Export(ctx, st, w, opts) })
	}
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}

// exportHandler serves GET /export: at most two exports at once; a read, it
// needs no write token.
func exportHandler(d deps) http.Handler {
	return exchange.NewHandler(d.Store, d.Logger, 2)
}

// exportOptions checks the export flags.
func exportOptions(format, types, modality, dateFrom, dateTo, base string) (exchange.Options, error) {
	if format == "" {
		return exchange.Options{}, errors.New("export needs --format graphml, csv, nquads or jsonl")
	}
	f, err := exchange.ParseFormat(format)
	if err != nil {
		return exchange.Options{}, err
	}
	filter, err := exchange.ParseFilter(types, modality, dateFrom, dateTo)
	if err != nil {
		return exchange.Options{}, err
	}
	if err := exchange.CheckBaseIRI(base); err != nil {
		return exchange.Options{}, err
	}
	return exchange.Options{Format: f, Filter: filter, BaseIRI: base}, nil
}

// exportCSVDir writes nodes.csv and edges.csv into dir, creating it.
func exportCSVDir(ctx context.Context, st store.Store, dir string, opts exchange.Options) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	return writeFileAtomic(filepath.Join(dir, "nodes.csv"), func(nodes io.Writer) error {
		return writeFileAtomic(filepath.Join(dir, "edges.csv"), func(edges io.Writer) error {
			return exchange.ExportCSV(ctx, st, nodes, edges, opts)
		})
	})
}

// writeFileAtomic writes path through a temporary file beside it, renamed
// over path only when write succeeds, so a failed export leaves no half file.
func writeFileAtomic(path string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := write(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
