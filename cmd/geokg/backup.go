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

	"github.com/geokg/geokg/store"
)

func cmdBackup(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("backup", stderr)
	dataDir := fs.String("data", envOr("GEOKG_DATA", "./data"), "Badger data folder (GEOKG_DATA)")
	server := fs.String("server", "", "fetch the backup from a running server's GET /admin/backup instead of opening --data (http://HOST:PORT)")
	token := fs.String("token", envOr("GEOKG_WRITE_TOKEN", ""), "with --server: the server's write token (GEOKG_WRITE_TOKEN)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("%w: backup takes one output file", errUsage)
	}
	if *server != "" {
		n, err := writeAtomic(fs.Arg(0), func(w io.Writer) error { return fetchBackup(ctx, *server, *token, w) })
		if err != nil {
			return fmt.Errorf("backup: %w", err)
		}
		fmt.Fprintf(stdout, "backup: wrote %s (%s from %s)\n", fs.Arg(0), sizeString(n), *server)
		return nil
	}
	st, err := openExisting(*dataDir, stderr)
	if err != nil {
		return fmt.Errorf("backup: %w", lockedHint(err, "back it up online: geokg backup --server http://HOST:PORT FILE (GET /admin/backup)"))
	}
	defer st.Close()
	s, err := st.Stats(ctx)
	if err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	n, err := writeAtomic(fs.Arg(0), func(w io.Writer) error { return st.Backup(ctx, w) })
	if err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	fmt.Fprintf(stdout, "backup: wrote %s (%s; %d documents, %d entities, %d edges)\n",
		fs.Arg(0), sizeString(n), s.Documents, s.Entities, s.Edges)
	return nil
}

// fetchBackup copies a running server's GET /admin/backup to w.
func fetchBackup(ctx context.Context, server, token string, w io.Writer) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, strings.TrimSuffix(server, "/")+"/admin/backup", nil)
	if err != nil {
		return fmt.Errorf("%w: --server: %w", errUsage, err)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("server: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		msg, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
		return fmt.Errorf("server answered %s: %s", resp.Status, strings.TrimSpace(string(msg)))
	}
	if _, err := io.Copy(w, resp.Body); err != nil {
		return fmt.Errorf("server: %w", err)
	}
	return nil
}

// writeAtomic writes a file through fill: into a temporary file beside path,
// synced to disk and renamed over path only when fill succeeded, so that path
// holds either its old content or the whole new one. It returns the bytes written.
func writeAtomic(path string, fill func(io.Writer) error) (int64, error) {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return 0, err
	}
	tmp := f.Name()
	cw := &countWriter{w: f}
	err = fill(cw)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return 0, err
	}
	return cw.n, syncDir(dir)
}

// syncDir flushes a folder's entries (a rename) to disk.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

// countWriter counts the bytes written through it.
type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// sizeString formats a byte count for people.
func sizeString(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

func cmdRestore(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("restore", stderr)
	dataDir := fs.String("data", envOr("GEOKG_DATA", "./data"), "Badger data folder (GEOKG_DATA)")
	force := fs.Bool("force", false, "replace a store that holds data")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("%w: restore takes one backup file", errUsage)
	}
	s, err := restore(ctx, *dataDir, fs.Arg(0), *force, stderr)
	if err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	fmt.Fprintf(stdout, "restore: %s restored into %s (%d documents, %d entities, %d edges)\n",
		fs.Arg(0), *dataDir, s.Documents, s.Entities, s.Edges)
	return nil
}

// restore loads the backup file into a new store in a temporary folder
// beside dir, verifies it (the stored counts agree with a recount, and there
// is something), and only then puts it in dir's place. Whatever fails, dir
// is left as it was.
func restore(ctx context.Context, dir, file string, force bool, stderr io.Writer) (store.Stats, error) {
	f, err := os.Open(file)
	if err != nil {
		return store.Stats{}, err
	}
	defer f.Close()
	if err := checkTarget(ctx, dir, force, stderr); err != nil {
		return store.Stats{}, err
	}
	parent := filepath.Dir(filepath.Clean(dir))
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return store.Stats{}, err
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(filepath.Clean(dir))+".restore-*")
	if err != nil {
		return store.Stats{}, err
	}
	s, err := loadVerified(ctx, tmp, f, stderr)
	if err != nil {
		os.RemoveAll(tmp)
		return store.Stats{}, fmt.Errorf("%s: %w (%s is unchanged)", file, err, dir)
	}
	if err := swapDir(tmp, dir); err != nil {
		os.RemoveAll(tmp)
		return store.Stats{}, err
	}
	return s, nil
}

// checkTarget refuses a target folder held by a server, holding data
// without force, or holding files that are no store (never replaced, even
// with force: --data pointed at the wrong folder).
func checkTarget(ctx context.Context, dir string, force bool, stderr io.Writer) error {
	if _, err := os.Stat(filepath.Join(dir, "MANIFEST")); err != nil {
		if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
			return fmt.Errorf("%s holds files but no geokg store; restore into an empty or new folder", dir)
		}
		return nil
	}
	st, err := openStore(dir, stderr)
	if err != nil {
		return lockedHint(err, "stop the server before restoring into its folder")
	}
	defer st.Close()
	s, err := st.Stats(ctx)
	if err != nil {
		return err
	}
	if s != (store.Stats{}) && !force {
		return fmt.Errorf("%w: %s holds %d documents; use --force to replace them", store.ErrNotEmpty, dir, s.Documents)
	}
	return nil
}

// loadVerified restores r into a new store in dir and checks it.
func loadVerified(ctx context.Context, dir string, r io.Reader, stderr io.Writer) (store.Stats, error) {
	st, err := openStore(dir, stderr)
	if err != nil {
		return store.Stats{}, err
	}
	defer st.Close()
	if err := st.Restore(ctx, r); err != nil {
		return store.Stats{}, err
	}
	kept, err := st.Stats(ctx)
	if err != nil {
		return store.Stats{}, err
	}
	counted, err := st.CountStats(ctx)
	if err != nil {
		return store.Stats{}, err
	}
	if kept != counted {
		return store.Stats{}, fmt.Errorf("%w: its counts (%d documents) disagree with its records (%d documents)",
			store.ErrBadBackup, kept.Documents, counted.Documents)
	}
	if kept.Documents == 0 {
		return store.Stats{}, fmt.Errorf("%w: it holds no document", store.ErrBadBackup)
	}
	return kept, st.Close()
}

// swapDir puts the folder tmp in dir's place: dir, when it exists, is moved
// aside first and removed once tmp has taken its name.
func swapDir(tmp, dir string) error {
	old := ""
	if _, err := os.Stat(dir); err == nil {
		old = tmp + ".old"
		if err := os.Rename(dir, old); err != nil {
			return err
		}
	} else if !errors.Is(err, os.ErrNotExist) {
		return err
	}
	if err := os.Rename(tmp, dir); err != nil {
		if old != "" {
			os.Rename(old, dir)
		}
		return err
	}
	if old != "" {
		os.RemoveAll(old)
	}
	return syncDir(filepath.Dir(filepath.Clean(dir)))
}
