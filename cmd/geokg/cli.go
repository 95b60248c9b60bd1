package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime"
	"text/tabwriter"
	"time"

	"github.com/geokg/geokg/loader"
	"github.com/geokg/geokg/store"
)

// openStore opens the Badger store in dir for a CLI command.
func openStore(dir string, stderr io.Writer) (*store.DB, error) {
	st, err := store.Open(store.DefaultOptions(dir).WithLogger(newLogger(stderr)))
	if err != nil {
		return nil, err
	}
	return st, nil
}

func cmdLoad(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("load", stderr)
	dataDir := fs.String("data", envOr("GEOKG_DATA", "./data"), "Badger data folder (GEOKG_DATA)")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "extraction workers")
	published := fs.String("published", "", "publication date YYYY[-MM[-DD]] for every document, over its metadata")
	format := fs.String("format", "text", "summary format: text or json")
	natsURLs := fs.String("nats", "", "NATS servers of a cluster: queue the documents for its extractors instead of loading --data")
	natsWait := fs.Duration("wait", 10*time.Minute, "with --nats: how long to wait for the log to hold the documents")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return fmt.Errorf("%w: load needs at least one file or folder", errUsage)
	}
	pub, err := parsePublished(*published)
	if err != nil {
		return err
	}
	logger := newLogger(stderr)
	if *natsURLs != "" {
		setPub := func(in *loader.Input) {
			if pub.Known() {
				in.Meta.Published = pub
			}
		}
		return loadCluster(ctx, *natsURLs, fs.Args(), setPub, *natsWait, stdout, logger, *format)
	}
	st, err := openStore(*dataDir, stderr)
	if err != nil {
		return fmt.Errorf("load: %w", err)
	}
	defer st.Close()
	start := time.Now()
	b := &bulkLoader{store: st, logger: logger, workers: *workers, progress: 2 * time.Second, last: start}
	sum, err := b.run(ctx, func(send func(loader.Input) error, fail func(string, error)) error {
		return loader.Walk(ctx, fs.Args(), func(in loader.Input, err error) error {
			if err != nil {
				fail(in.Name, err)
				return nil
			}
			if pub.Known() {
				in.Meta.Published = pub
			}
			return send(in)
		})
	})
	if err != nil {
		return fmt.Errorf("load: %w", err)
	}
	if *format == "json" {
		if sum.Errors == nil {
			sum.Errors = []inputError{}
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(sum); err != nil {
			return err
		}
	} else {
		fmt.Fprintf(stdout, "loaded %d documents (%d new, %d already loaded), %d failed, in %s\n",
			sum.Documents, sum.Created, sum.Unchanged, sum.Failed, time.Since(start).Round(time.Millisecond))
		for _, e := range sum.Errors {
			fmt.Fprintf(stdout, "  failed %s: %s\n", e.Input, e.Error)
		}
	}
	if sum.Failed > 0 {
		return fmt.Errorf("load: %d of %d inputs failed (the others are loaded)", sum.Failed, sum.Failed+sum.Documents)
	}
	return nil
}

func cmdExtract(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("extract", stderr)
	format := fs.String("format", "jsonl", "output format: jsonl")
	published := fs.String("published", "", "publication date YYYY[-MM[-DD]] for every document, over its metadata")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "extraction workers")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *format != "jsonl" {
		return fmt.Errorf("%w: unknown format %q (want jsonl)", errUsage, *format)
	}
	if fs.NArg() == 0 {
		return fmt.Errorf("%w: extract needs at least one file", errUsage)
	}
	pub, err := parsePublished(*published)
	if err != nil {
		return err
	}
	// Inputs are extracted in parallel and printed in input order.
	type job struct {
		in   loader.Input
		err  error
		done chan []byte
	}
	if *workers < 1 {
		*workers = 1
	}
	queue := make(chan *job, 4**workers)
	work := make(chan *job)
	go func() {
		defer close(queue)
		defer close(work)
		_ = loader.Walk(ctx, fs.Args(), func(in loader.Input, err error) error {
			if pub.Known() {
				in.Meta.Published = pub
			}
			j := &job{in: in, err: err, done: make(chan []byte, 1)}
			select {
			case queue <- j:
			case <-ctx.Done():
				return ctx.Err()
			}
			if err == nil {
				select {
				case work <- j:
				case <-ctx.Done():
					return ctx.Err()
				}
			}
			return nil
		})
	}()
	for range *workers {
		go func() {
			for j := range work {
				line, err := json.Marshal(loader.NewRecord(j.in.Name, loader.Extract(j.in.Text, j.in.Meta)))
				if err != nil {
					line = nil
					j.err = err
				}
				j.done <- line
			}
		}()
	}
	out := bufio.NewWriterSize(stdout, 1<<16)
	failed := 0
	for j := range queue {
		if j.err != nil {
			failed++
			fmt.Fprintf(stderr, "geokg: extract: skipped %s: %v\n", j.in.Name, j.err)
			continue
		}
		line := <-j.done
		if line == nil {
			failed++
			fmt.Fprintf(stderr, "geokg: extract: skipped %s: %v\n", j.in.Name, j.err)
			continue
		}
		out.Write(line)
		out.WriteByte('\n')
	}
	if err := out.Flush(); err != nil {
		return fmt.Errorf("extract: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("extract: %w", err)
	}
	if failed > 0 {
		return fmt.Errorf("extract: %d inputs failed (the others are printed)", failed)
	}
	return nil
}

func cmdStats(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("stats", stderr)
	dataDir := fs.String("data", envOr("GEOKG_DATA", "./data"), "Badger data folder (GEOKG_DATA)")
	format := fs.String("format", "text", "output format: text or json")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *format != "text" && *format != "json" {
		return fmt.Errorf("%w: unknown format %q (want text or json)", errUsage, *format)
	}
	st, err := openStore(*dataDir, stderr)
	if err != nil {
		return fmt.Errorf("stats: %w", err)
	}
	defer st.Close()
	s, err := st.Stats(ctx)
	if err != nil {
		return fmt.Errorf("stats: %w", err)
	}
	if *format == "json" {
		return json.NewEncoder(stdout).Encode(s)
	}
	tw := tabwriter.NewWriter(stdout, 0, 0, 1, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "documents\t%d\t\nentities\t%d\t\nedges\t%d\t\nevents\t%d\t\nmentions\t%d\t\n",
		s.Documents, s.Entities, s.Edges, s.Events, s.Mentions)
	return tw.Flush()
}

func cmdBackup(ctx context.Context, args []string, stderr io.Writer) error {
	fs := newFlagSet("backup", stderr)
	dataDir := fs.String("data", envOr("GEOKG_DATA", "./data"), "Badger data folder (GEOKG_DATA)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("%w: backup takes one output file", errUsage)
	}
	st, err := openStore(*dataDir, stderr)
	if err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	defer st.Close()
	f, err := os.Create(fs.Arg(0))
	if err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	if err := st.Backup(ctx, f); err != nil {
		f.Close()
		return fmt.Errorf("backup: %w", err)
	}
	return f.Close()
}

func cmdRestore(ctx context.Context, args []string, stderr io.Writer) error {
	fs := newFlagSet("restore", stderr)
	dataDir := fs.String("data", envOr("GEOKG_DATA", "./data"), "Badger data folder (GEOKG_DATA)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("%w: restore takes one backup file", errUsage)
	}
	f, err := os.Open(fs.Arg(0))
	if err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	defer f.Close()
	st, err := openStore(*dataDir, stderr)
	if err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	defer st.Close()
	if err := st.Restore(ctx, f); err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	return nil
}
