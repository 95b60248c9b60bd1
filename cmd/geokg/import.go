package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/geokg/geokg/cmd/geokg/internal/exchange"
	"github.com/geokg/geokg/store"
)

func cmdImport(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("import", stderr)
	dataDir := fs.String("data", envOr("GEOKG_DATA", "./data"), "Badger data folder (GEOKG_DATA)")
	format := fs.String("format", "text", "summary format: text or json")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return fmt.Errorf("%w: import needs at least one JSON Lines file ('-' for standard input)", errUsage)
	}
	if *format != "text" && *format != "json" {
		return fmt.Errorf("%w: unknown format %q (want text or json)", errUsage, *format)
	}
	st, err := openStore(*dataDir, stderr)
	if err != nil {
		return fmt.Errorf("import: %w", err)
	}
	defer st.Close()
	start := time.Now()
	var sum exchange.ImportResult
	for _, name := range fs.Args() {
		res, err := importFile(ctx, st, name, stdin)
		sum.Add(res)
		if err != nil {
			return fmt.Errorf("import: %w", err)
		}
	}
	for _, e := range sum.Errors {
		fmt.Fprintf(stderr, "geokg: import: %v\n", e)
	}
	if *format == "json" {
		errs := make([]string, len(sum.Errors))
		for i, e := range sum.Errors {
			errs[i] = e.Error()
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(struct {
			exchange.ImportResult
			Errors []string `json:"errors"`
		}{sum, errs}); err != nil {
			return err
		}
	} else {
		fmt.Fprintf(stdout, "imported %d lines: %d new documents, %d already stored, %d refused, in %s\n",
			sum.Lines, sum.Created, sum.Unchanged, sum.Failed, time.Since(start).Round(time.Millisecond))
	}
	if sum.Failed > 0 {
		return fmt.Errorf("import: %d of %d lines refused (nothing of them is stored; the others are)", sum.Failed, sum.Lines)
	}
	return nil
}

// importFile imports one file, or standard input for "-".
func importFile(ctx context.Context, st store.Store, name string, stdin io.Reader) (exchange.ImportResult, error) {
	if name == "-" {
		return exchange.Import(ctx, st, stdin, "-")
	}
	f, err := os.Open(name)
	if err != nil {
		return exchange.ImportResult{}, err
	}
	defer f.Close()
	return exchange.Import(ctx, st, f, name)
}
