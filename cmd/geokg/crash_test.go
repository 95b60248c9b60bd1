package main

import (
	"bufio"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"golang.org/x/sys/unix"

	"github.com/geokg/geokg/store"
)

// buildBinary builds geokg into a temporary folder.
func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "geokg")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// binStats runs the binary's stats --format json on dir.
func binStats(t *testing.T, bin, dir string) string {
	t.Helper()
	out, err := exec.Command(bin, "stats", "--data", dir, "--format", "json").Output()
	if err != nil {
		t.Fatalf("stats %s: %v", dir, err)
	}
	return strings.TrimSpace(string(out))
}

// TestKill9MidLoad runs the built binary, kills it with SIGKILL in the middle
// of a load, reruns the load, and compares stats with a clean load.
func TestKill9MidLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildBinary(t)
	corpus := writeCorpus(t, 300)
	dir, clean := t.TempDir(), t.TempDir()
	cmd := exec.Command(bin, "load", corpus, "--data", dir, "--workers", "2")
	cmd.Env = append(os.Environ(), "GEOKG_LOG_LEVEL=debug")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(stderr)
	loaded := 0
	for sc.Scan() && loaded < 60 {
		if strings.Contains(sc.Text(), "msg=loaded") {
			loaded++
		}
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	go io.Copy(io.Discard, stderr)
	err = cmd.Wait()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
		t.Fatalf("the load was not killed mid-way (%d loaded): %v", loaded, err)
	}
	// What the killed load left opens with a server's options (smaller
	// memtables than a load's), not only with the load's.
	if out, err := exec.Command(bin, "stats", "--data", dir).CombinedOutput(); err != nil {
		t.Fatalf("stats on the store of the killed load: %v\n%s", err, out)
	}
	for _, d := range []string{dir, clean} {
		if out, err := exec.Command(bin, "load", corpus, "--data", d).CombinedOutput(); err != nil {
			t.Fatalf("load into %s: %v\n%s", d, err, out)
		}
	}
	got, want := binStats(t, bin, dir), binStats(t, bin, clean)
	if got != want {
		t.Errorf("killed after %d documents, then rerun: %s\nclean load: %s", loaded, got, want)
	}
	t.Logf("killed after %d documents; rerun equals the clean load: %s", loaded, got)
}

// TestFullTmpfs fills a small tmpfs made by the test (skipped where mounting
// is not permitted): load fails with "disk full" and stores nothing, the
// server keeps answering reads and refuses writes with 507, and once space is
// freed a rerun equals a clean load.
func TestFullTmpfs(t *testing.T) {
	mnt := t.TempDir()
	if err := unix.Mount("geokg-test", mnt, "tmpfs", 0, "size=160m"); err != nil {
		t.Skipf("cannot mount a tmpfs: %v", err)
	}
	t.Cleanup(func() { unix.Unmount(mnt, unix.MNT_DETACH) })
	const minFree = "48MiB"
	dir := filepath.Join(mnt, "data")
	corpus := writeCorpus(t, 20)
	first := filepath.Join(corpus, "first")
	os.Mkdir(first, 0o755)
	for _, f := range []string{"doc-0000.txt", "doc-0001.txt"} {
		os.Rename(filepath.Join(corpus, f), filepath.Join(first, f))
	}
	if _, errs, err := runCLI(t, "load", first, "--data", dir, "--min-free", minFree); err != nil {
		t.Fatalf("first load: %v %s", err, errs)
	}
	before := statsOf(t, dir)
	free, err := store.DiskFree(mnt)
	if err != nil {
		t.Fatal(err)
	}
	filler := filepath.Join(mnt, "filler")
	f, err := os.Create(filler)
	if err != nil {
		t.Fatal(err)
	}
	if err := unix.Fallocate(int(f.Fd()), 0, 0, int64(free)-32<<20); err != nil {
		f.Close()
		t.Skipf("fallocate: %v", err)
	}
	f.Close()
	_, _, err = runCLI(t, "load", corpus, "--data", dir, "--min-free", minFree)
	if !errors.Is(err, store.ErrDiskFull) || strings.Contains(err.Error(), "\n") {
		t.Fatalf("load on a full disk: %v", err)
	}
	if got := statsOf(t, dir); got != before {
		t.Fatalf("a refused load changed the store: %+v, was %+v", got, before)
	}
	// The server on the full disk: reads answer, writes are refused.
	st, err := store.Open(store.DefaultOptions(dir).WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	size, _ := parseSize(minFree)
	st.SetMinFree(size, nil)
	h, _ := newTestRouter(t, deps{Store: st})
	if w := do(h, "GET", "/graphql?query=%7Bstats%7Bdocuments%7D%7D", local, "localhost", "", "", ""); w.Code != http.StatusOK || !strings.Contains(w.Body.String(), `"documents":2`) {
		t.Errorf("read on a full disk: %d %s", w.Code, w.Body)
	}
	if w := do(h, "POST", "/ingest", local, "localhost", ndjson, "", doc); w.Code != http.StatusInsufficientStorage || !strings.Contains(w.Body.String(), "disk full") {
		t.Errorf("ingest on a full disk: %d %s", w.Code, w.Body)
	}
	if w := do(h, "POST", "/graphql", local, "localhost", "application/json", "", mutate); !strings.Contains(w.Body.String(), "DISK_FULL") {
		t.Errorf("mutation on a full disk: %d %s", w.Code, w.Body)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	os.Remove(filler)
	if _, errs, err := runCLI(t, "load", corpus, "--data", dir, "--min-free", minFree); err != nil {
		t.Fatalf("rerun after freeing space: %v %s", err, errs)
	}
	clean := t.TempDir()
	runCLI(t, "load", corpus, "--data", clean)
	if got, want := statsOf(t, dir), statsOf(t, clean); got != want {
		t.Errorf("after space is freed %+v, clean load %+v", got, want)
	}
}
