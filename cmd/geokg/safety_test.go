package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/geokg/geokg/loader"
	"github.com/geokg/geokg/schema"
	"github.com/geokg/geokg/store"
)

// writeCorpus writes n small distinct articles as .txt files into a new folder.
func writeCorpus(t testing.TB, n int) string {
	t.Helper()
	dir := t.TempDir()
	actors := []string{"Russia", "Ukraine", "China", "Japan", "South Korea", "North Korea", "Iran", "Israel", "Turkey", "India"}
	verbs := []string{"accused", "warned", "criticized", "sanctioned", "urged"}
	for i := range n {
		a, b := actors[i%len(actors)], actors[(i*7+3)%len(actors)]
		if a == b {
			b = actors[(i+1)%len(actors)]
		}
		text := fmt.Sprintf("%s %s %s on Monday over talks number %d, officials said.\n"+
			"The foreign minister of %s met his counterpart from %s in Geneva on %d March 2024.\n",
			a, verbs[i%len(verbs)], b, i, b, a, 1+i%28)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("doc-%04d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// runCLI runs one command line and returns its stdout, stderr and error.
func runCLI(t testing.TB, args ...string) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	err := run(context.Background(), args, nil, &out, &errb)
	return out.String(), errb.String(), err
}

// statsOf returns the stats of the store in dir, read through the CLI.
func statsOf(t testing.TB, dir string) store.Stats {
	t.Helper()
	out, errs, err := runCLI(t, "stats", "--data", dir, "--format", "json")
	if err != nil {
		t.Fatalf("stats: %v (%s)", err, errs)
	}
	var s store.Stats
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatal(err)
	}
	return s
}

// do sends one request to h as a client at remote, naming host.
func do(h http.Handler, method, target, remote, host, ctype, auth, body string) *httptest.ResponseRecorder {
	r := httptest.NewRequest(method, target, strings.NewReader(body))
	r.RemoteAddr, r.Host = remote, host
	if ctype != "" {
		r.Header.Set("Content-Type", ctype)
	}
	if auth != "" {
		r.Header.Set("Authorization", "Bearer "+auth)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

func newTestRouter(t *testing.T, d deps) (http.Handler, store.Store) {
	t.Helper()
	if d.Store == nil {
		d.Store = newTestStore(t)
	}
	d.Logger = slog.New(slog.DiscardHandler)
	h, err := newRouter(context.Background(), d)
	if err != nil {
		t.Fatal(err)
	}
	return h, d.Store
}

const (
	local  = "127.0.0.1:40000"
	remote = "192.0.2.7:40000"
	doc    = `{"text": "Russia warned Ukraine on Monday, officials said."}` + "\n"
	ndjson = "application/x-ndjson"
	mutate = `{"query": "mutation { ingestDocument(input: {text: \"Japan accused China on Monday.\"}) { created } }"}`
)

// TestWritesClosedByDefault: without a write token, only a loopback client
// naming a loopback host writes; a remote client, a rebinding Host, a proxied
// request, text/plain and form bodies change nothing.
func TestWritesClosedByDefault(t *testing.T) {
	h, st := newTestRouter(t, deps{})
	tests := []struct {
		name, method, target, remote, host, ctype, body string
		want                                            int
	}{
		{"remote ingest", "POST", "/ingest", remote, "geokg.example:8080", ndjson, doc, http.StatusUnauthorized},
		{"DNS rebinding ingest", "POST", "/ingest", local, "evil.example:8080", ndjson, doc, http.StatusUnauthorized},
		{"text/plain ingest", "POST", "/ingest", local, "localhost:8080", "text/plain", doc, http.StatusUnsupportedMediaType},
		{"form ingest", "POST", "/ingest", local, "localhost:8080", "application/x-www-form-urlencoded", "text=Russia+warned+Ukraine", http.StatusUnsupportedMediaType},
		{"no content type", "POST", "/ingest", local, "localhost:8080", "", doc, http.StatusUnsupportedMediaType},
		{"remote mutation", "POST", "/graphql", remote, "geokg.example:8080", "application/json", mutate, http.StatusUnauthorized},
		{"rebinding mutation", "POST", "/graphql", local, "attacker.example", "application/json", mutate, http.StatusUnauthorized},
		{"text/plain mutation", "POST", "/graphql", local, "localhost", "text/plain", mutate, http.StatusUnsupportedMediaType},
		{"remote backup", "GET", "/admin/backup", remote, "geokg.example", "", "", http.StatusUnauthorized},
	}
	for _, tc := range tests {
		w := do(h, tc.method, tc.target, tc.remote, tc.host, tc.ctype, "", tc.body)
		if w.Code != tc.want {
			t.Errorf("%s: status %d, want %d: %.200s", tc.name, w.Code, tc.want, w.Body)
		}
	}
	if s, _ := st.Stats(context.Background()); s.Documents != 0 {
		t.Fatalf("refused writes stored %d documents", s.Documents)
	}
	for _, ct := range []string{ndjson, "application/jsonl", "application/json"} {
		if w := do(h, "POST", "/ingest", local, "localhost:8080", ct, "", doc); w.Code != http.StatusOK {
			t.Errorf("loopback ingest as %s: %d %s", ct, w.Code, w.Body)
		}
	}
	if w := do(h, "POST", "/graphql", "[::1]:4000", "[::1]:8080", "application/json", "", mutate); w.Code != http.StatusOK || !strings.Contains(w.Body.String(), `"created":true`) {
		t.Errorf("loopback mutation: %d %s", w.Code, w.Body)
	}
	// With a token, any client that presents it writes.
	h, _ = newTestRouter(t, deps{WriteToken: "s3cret"})
	if w := do(h, "POST", "/ingest", remote, "geokg.example", ndjson, "s3cret", doc); w.Code != http.StatusOK {
		t.Errorf("remote ingest with the token: %d %s", w.Code, w.Body)
	}
	if w := do(h, "POST", "/ingest", local, "localhost", ndjson, "", doc); w.Code != http.StatusUnauthorized {
		t.Errorf("loopback ingest without the token that is set: %d", w.Code)
	}
}

// TestReadToken: --read-token closes GraphQL and /metrics, not GraphiQL,
// the explorer page or /healthz; the write token reads too.
func TestReadToken(t *testing.T) {
	h, _ := newTestRouter(t, deps{ReadToken: "r", WriteToken: "w"})
	q := "/graphql?query=%7Bstats%7Bdocuments%7D%7D"
	tests := []struct {
		target, auth string
		want         int
	}{
		{q, "", http.StatusUnauthorized},
		{q, "x", http.StatusUnauthorized},
		{q, "r", http.StatusOK},
		{q, "w", http.StatusOK},
		{"/metrics", "", http.StatusUnauthorized},
		{"/metrics", "r", http.StatusOK},
		{"/export?format=jsonl", "", http.StatusUnauthorized},
		{"/export?format=jsonl", "r", http.StatusOK},
		{"/healthz", "", http.StatusOK},
		{"/graphiql", "", http.StatusOK},
		{"/explore", "", http.StatusOK},
	}
	for _, tc := range tests {
		w := do(h, "GET", tc.target, local, "localhost", "", tc.auth, "")
		if w.Code != tc.want {
			t.Errorf("GET %s with %q: %d, want %d", tc.target, tc.auth, w.Code, tc.want)
		}
		if w.Code == http.StatusUnauthorized && tc.target == q && !strings.Contains(w.Body.String(), "UNAUTHENTICATED") {
			t.Errorf("refused read without a GraphQL error: %s", w.Body)
		}
	}
}

// TestIngestValidation: bad lines are refused with their line number and
// field; a 10 MB single line is refused with little memory; good lines load.
func TestIngestValidation(t *testing.T) {
	h, st := newTestRouter(t, deps{Limits: loader.DefaultLimits()})
	long := `{"text": "` + strings.Repeat("word ", 2<<20) + `"}`
	body := strings.Join([]string{
		`{"text": 5}`,
		"{\"text\": \"caf\xe9 au lait\"}",
		`{"text": "Russia warned Ukraine.", "published": "last tuesday"}`,
		long,
		`{"text": "Japan accused China on Monday, officials said."}`,
	}, "\n")
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	w := do(h, "POST", "/ingest", local, "localhost", ndjson, "", body)
	runtime.ReadMemStats(&after)
	if w.Code != http.StatusOK {
		t.Fatalf("status %d: %s", w.Code, w.Body)
	}
	var sum loadSummary
	if err := json.Unmarshal(w.Body.Bytes(), &sum); err != nil {
		t.Fatal(err)
	}
	if sum.Created != 1 || sum.Failed != 4 {
		t.Fatalf("summary %+v", sum)
	}
	want := []struct{ line, field string }{{"request:1", `"text"`}, {"request:2", `"text"`}, {"request:3", `"published"`}, {"request:4", "too large"}}
	for i, e := range sum.Errors {
		if e.Input != want[i].line || !strings.Contains(e.Error, want[i].field) {
			t.Errorf("error %d: %+v, want %s naming %s", i, e, want[i].line, want[i].field)
		}
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 512<<20 {
		t.Errorf("a 10 MB line allocated %d MiB", alloc>>20)
	}
	if s, _ := st.Stats(context.Background()); s.Documents != 1 {
		t.Errorf("%d documents stored, want 1", s.Documents)
	}
}

// TestGraphQLInputValidation: invalid UTF-8 and a number for a text field are
// BAD_USER_INPUT errors that name the field, and store nothing.
func TestGraphQLInputValidation(t *testing.T) {
	h, st := newTestRouter(t, deps{})
	m := `mutation($t: String!) { ingestDocument(input: {text: $t}) { created } }`
	mi := `mutation($i: DocumentInput!) { ingestDocument(input: $i) { created } }`
	tests := []struct{ body, field string }{
		{"{\"query\": \"" + strings.ReplaceAll(m, `"`, `\"`) + "\", \"variables\": {\"t\": \"caf\xe9\"}}", "variables.t"},
		{`{"query": "` + mi + `", "variables": {"i": {"text": 5}}}`, "variables.i.text"},
		{`{"query": "` + mi + `", "variables": {"i": {"text": "ok", "title": true}}}`, "variables.i.title"},
		{`{"query": "` + m + `", "variables": {"t": 5}}`, "input.text ($t)"},
	}
	for _, tc := range tests {
		w := do(h, "POST", "/graphql", local, "localhost", "application/json", "", tc.body)
		var out struct {
			Errors []struct {
				Message    string         `json:"message"`
				Extensions map[string]any `json:"extensions"`
			} `json:"errors"`
		}
		json.Unmarshal(w.Body.Bytes(), &out)
		if w.Code != http.StatusBadRequest || len(out.Errors) != 1 || out.Errors[0].Extensions["code"] != schema.CodeBadUserInput ||
			out.Errors[0].Extensions["field"] != tc.field {
			t.Errorf("%.80s: %d %s, want BAD_USER_INPUT on %s", tc.body, w.Code, w.Body, tc.field)
		}
	}
	if s, _ := st.Stats(context.Background()); s.Documents != 0 {
		t.Errorf("refused mutations stored %d documents", s.Documents)
	}
}

// TestOnlineBackup streams GET /admin/backup from a serving store and
// restores it with the CLI.
func TestOnlineBackup(t *testing.T) {
	ctx := context.Background()
	st := newTestStore(t)
	if _, err := loadSeeds(ctx, st, slog.New(slog.DiscardHandler)); err != nil {
		t.Fatal(err)
	}
	h, _ := newTestRouter(t, deps{Store: st})
	w := do(h, "GET", "/admin/backup", local, "localhost:8080", "", "", "")
	if w.Code != http.StatusOK || w.Body.Len() == 0 {
		t.Fatalf("backup: %d, %d bytes", w.Code, w.Body.Len())
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	file := filepath.Join(t.TempDir(), "online.backup")
	if out, _, err := runCLI(t, "backup", file, "--server", srv.URL); err != nil || !strings.HasPrefix(out, "backup: wrote "+file) {
		t.Fatalf("backup --server: %v %q", err, out)
	}
	if got, _ := os.ReadFile(file); len(got) == 0 {
		t.Fatal("empty online backup")
	}
	hTok, _ := newTestRouter(t, deps{Store: st, WriteToken: "tok"})
	srvTok := httptest.NewServer(hTok)
	defer srvTok.Close()
	bad := filepath.Join(t.TempDir(), "refused.backup")
	if _, _, err := runCLI(t, "backup", bad, "--server", srvTok.URL, "--token", "wrong"); err == nil || !strings.Contains(err.Error(), "401") {
		t.Errorf("backup --server with a wrong token: %v", err)
	}
	if _, err := os.Stat(bad); !os.IsNotExist(err) {
		t.Error("a refused online backup left a file")
	}
	dir := filepath.Join(t.TempDir(), "restored")
	if out, errs, err := runCLI(t, "restore", file, "--data", dir); err != nil || !strings.HasPrefix(out, "restore: ") {
		t.Fatalf("restore: %v %s %s", err, out, errs)
	}
	want, _ := st.Stats(ctx)
	if got := statsOf(t, dir); got != want {
		t.Errorf("restored %+v, want %+v", got, want)
	}
}

// TestRestoreLeavesTargetOnFailure: an empty, random, truncated or missing
// backup fails in one line and leaves the target as it was; a good backup
// then restores, and --force replaces a store that holds data.
func TestRestoreLeavesTargetOnFailure(t *testing.T) {
	corpus := writeCorpus(t, 20)
	tmp := t.TempDir()
	src, dst := filepath.Join(tmp, "src"), filepath.Join(tmp, "dst")
	if _, errs, err := runCLI(t, "load", corpus, "--data", src); err != nil {
		t.Fatalf("load: %v %s", err, errs)
	}
	good := filepath.Join(tmp, "good.backup")
	out, _, err := runCLI(t, "backup", good, "--data", src)
	if err != nil || !strings.HasPrefix(out, "backup: wrote "+good) {
		t.Fatalf("backup: %v %q", err, out)
	}
	raw, _ := os.ReadFile(good)
	random := bytes.Repeat([]byte{0x5a, 0x13, 0xff, 0x00, 0x42}, 2000)
	bad := map[string][]byte{"empty": nil, "random": random, "truncated": raw[:len(raw)/2], "header only": raw[:16]}
	// into an empty target: nothing is created
	for name, b := range bad {
		f := filepath.Join(tmp, name)
		os.WriteFile(f, b, 0o644)
		_, _, err := runCLI(t, "restore", "--data", dst, f)
		if err == nil || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: restore = %v, want a one-line error", name, err)
		}
		if _, err := os.Stat(dst); !os.IsNotExist(err) {
			t.Fatalf("%s: a failed restore created %s", name, dst)
		}
	}
	// over a store that holds data, even with --force: it stays as it was
	before := statsOf(t, src)
	for name := range bad {
		if _, _, err := runCLI(t, "restore", "--force", "--data", src, filepath.Join(tmp, name)); err == nil {
			t.Errorf("%s over a store: no error", name)
		}
		if got := statsOf(t, src); got != before {
			t.Fatalf("%s: the target changed: %+v, was %+v", name, got, before)
		}
	}
	if _, _, err := runCLI(t, "restore", "--data", src, good); !errors.Is(err, store.ErrNotEmpty) {
		t.Errorf("restore over data without --force: %v", err)
	}
	if out, _, err := runCLI(t, "restore", "--data", dst, good); err != nil || !strings.Contains(out, "restored into") {
		t.Fatalf("good restore: %v %q", err, out)
	}
	if got := statsOf(t, dst); got != before {
		t.Errorf("restored %+v, want %+v", got, before)
	}
	if _, _, err := runCLI(t, "restore", "--force", "--data", src, good); err != nil {
		t.Errorf("restore --force: %v", err)
	}
	if got := statsOf(t, src); got != before {
		t.Errorf("after --force %+v, want %+v", got, before)
	}
	other := t.TempDir()
	os.WriteFile(filepath.Join(other, "notes.txt"), []byte("mine"), 0o644)
	if _, _, err := runCLI(t, "restore", "--force", "--data", other, good); err == nil {
		t.Error("restore --force over a folder that holds no store: no error")
	}
	if b, _ := os.ReadFile(filepath.Join(other, "notes.txt")); string(b) != "mine" {
		t.Error("restore --force replaced a folder that held no store")
	}
	if left, _ := filepath.Glob(filepath.Join(tmp, ".*restore*")); len(left) > 0 {
		t.Errorf("temporary folders left: %v", left)
	}
}

// TestBackupAtomic: a backup that fails leaves the previous file whole and no temporary file.
func TestBackupAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "x.backup")
	os.WriteFile(path, []byte("previous"), 0o644)
	_, err := writeAtomic(path, func(w io.Writer) error {
		w.Write([]byte("half a backup"))
		return errors.New("disk gone")
	})
	if err == nil {
		t.Fatal("no error")
	}
	if b, _ := os.ReadFile(path); string(b) != "previous" {
		t.Errorf("file is now %q", b)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("left behind: %v", entries)
	}
	n, err := writeAtomic(path, func(w io.Writer) error { _, err := w.Write([]byte("new")); return err })
	if b, _ := os.ReadFile(path); err != nil || n != 3 || string(b) != "new" {
		t.Errorf("good write: %d %v %q", n, err, b)
	}
	// A backup command into a folder that does not exist fails and creates nothing.
	src := t.TempDir()
	runCLI(t, "load", "--data", src, writeCorpus(t, 2))
	if _, _, err := runCLI(t, "backup", "--data", src, filepath.Join(dir, "no", "such", "f")); err == nil {
		t.Error("backup into a missing folder: no error")
	}
}

// TestReadersNeverCreate: stats and backup on a folder without a store
// refuse and create nothing.
func TestReadersNeverCreate(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nonexistent")
	for _, args := range [][]string{
		{"stats", "--data", missing},
		{"stats", "--data", missing, "--format", "json"},
		{"backup", "--data", missing, filepath.Join(t.TempDir(), "b")},
		{"export", "--data", missing, "--format", "jsonl"},
		{"compact", "--data", missing},
	} {
		_, _, err := runCLI(t, args...)
		if !errors.Is(err, errNoStore) {
			t.Errorf("%q: %v, want errNoStore", args, err)
		}
		if _, err := os.Stat(missing); !os.IsNotExist(err) {
			t.Fatalf("%q created %s", args, missing)
		}
	}
}

// TestLockedFolder: load, stats and backup on a folder a server holds say so
// in one line and point to POST /ingest or the online backup.
func TestLockedFolder(t *testing.T) {
	dir := t.TempDir()
	runCLI(t, "load", "--data", dir, writeCorpus(t, 2))
	st, err := store.Open(store.DefaultOptions(dir).WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for _, tc := range []struct {
		args []string
		hint string
	}{
		{[]string{"load", "--data", dir, writeCorpus(t, 1)}, "--server"},
		{[]string{"stats", "--data", dir}, "server"},
		{[]string{"backup", "--data", dir, filepath.Join(t.TempDir(), "b")}, "/admin/backup"},
		{[]string{"restore", "--force", "--data", dir, filepath.Join(t.TempDir(), "b")}, ""},
	} {
		_, _, err := runCLI(t, tc.args...)
		if tc.args[0] == "restore" {
			continue // the missing backup file is reported first
		}
		if !errors.Is(err, store.ErrLocked) || !strings.Contains(err.Error(), tc.hint) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: %v, want a one-line ErrLocked naming %s", tc.args[0], err, tc.hint)
		}
	}
}

// TestLoadDiskFull: with less free space than --min-free, load exits with a
// one-line "disk full" error and writes nothing; with space, the rerun equals
// a clean load.
func TestLoadDiskFull(t *testing.T) {
	corpus := writeCorpus(t, 10)
	dir, clean := t.TempDir(), t.TempDir()
	_, _, err := runCLI(t, "load", corpus, "--data", dir, "--min-free", "1000000GiB")
	if !errors.Is(err, store.ErrDiskFull) || !strings.Contains(err.Error(), "disk full") || strings.Contains(err.Error(), "\n") {
		t.Fatalf("load on a full disk: %v", err)
	}
	if s := statsOf(t, dir); s.Documents != 0 {
		t.Fatalf("a refused load stored %d documents", s.Documents)
	}
	if _, _, err := runCLI(t, "load", corpus, "--data", dir); err != nil {
		t.Fatal(err)
	}
	runCLI(t, "load", corpus, "--data", clean)
	if a, b := statsOf(t, dir), statsOf(t, clean); a != b || a.Documents != 10 {
		t.Errorf("after space is back %+v, clean load %+v", a, b)
	}
}

// TestCLITraps: flags after paths, --version, help as in the README, a bad
// --addr before any data folder, --include/--exclude and load --server.
func TestCLITraps(t *testing.T) {
	corpus := writeCorpus(t, 5)
	os.WriteFile(filepath.Join(corpus, "SOURCES.md"), []byte("# Sources\nRussia warned Ukraine.\n"), 0o644)
	dir := filepath.Join(t.TempDir(), "data")
	out, errs, err := runCLI(t, "load", corpus, "--data", dir, "--verbose")
	if err != nil || !strings.Contains(out, "loaded 5 documents") || !strings.Contains(errs, "skipped "+filepath.Join(corpus, "SOURCES.md")) {
		t.Fatalf("load FILE --data X --verbose: %v %q %q", err, out, errs)
	}
	if s := statsOf(t, dir); s.Documents != 5 {
		t.Errorf("flags after the path: %d documents in --data", s.Documents)
	}
	other := t.TempDir()
	if out, _, err := runCLI(t, "load", corpus, "--data", other, "--exclude", "doc-000[0-2].txt"); err != nil || !strings.Contains(out, "loaded 2 documents") {
		t.Errorf("--exclude: %v %q", err, out)
	}
	if out, _, err := runCLI(t, "--version"); err != nil || !strings.HasPrefix(out, "geokg ") || len(strings.TrimSpace(out)) < 8 {
		t.Errorf("--version: %v %q", err, out)
	}
	// help matches the README's CLI section
	help, _, _ := runCLI(t, "help")
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(help, "\n") {
		if l := strings.TrimSpace(line); strings.HasPrefix(l, "geokg ") && !strings.Contains(string(readme), l) {
			t.Errorf("README lacks the help line %q", l)
		}
	}
	// serve checks its address before it creates the data folder
	fresh := filepath.Join(t.TempDir(), "fresh")
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	defer ln.Close()
	for _, addr := range []string{"8083", ln.Addr().String()} {
		_, _, err := runCLI(t, "serve", "--addr", addr, "--data", fresh)
		if err == nil || !strings.Contains(err.Error(), "--addr") {
			t.Errorf("serve --addr %s: %v", addr, err)
		}
		if _, err := os.Stat(fresh); !os.IsNotExist(err) {
			t.Fatalf("serve --addr %s created the data folder", addr)
		}
	}
	// load --server sends to a running server and prints the same summary
	h, st := newTestRouter(t, deps{})
	srv := httptest.NewServer(h)
	defer srv.Close()
	out, _, err = runCLI(t, "load", corpus, "--server", srv.URL)
	if err != nil || !strings.Contains(out, "loaded 5 documents (5 new") {
		t.Fatalf("load --server: %v %q", err, out)
	}
	if s, _ := st.Stats(context.Background()); s != statsOf(t, dir) {
		t.Errorf("through the server %+v, local %+v", s, statsOf(t, dir))
	}
	bad := filepath.Join(t.TempDir(), "bad.jsonl")
	os.WriteFile(bad, []byte("{\"text\": \"Iran warned Israel.\"}\n{\"text\": 5}\n"), 0o644)
	out, _, err = runCLI(t, "load", bad, "--server", srv.URL, "--format", "json")
	if err == nil || !strings.Contains(out, bad+":2") || strings.Count(out, "want a string") != 1 {
		t.Errorf("load --server of a bad line: %v %s", err, out)
	}
}

// TestAccessLog: the start-up log says who may write, and warns when a
// server bound beyond loopback has no write token.
func TestAccessLog(t *testing.T) {
	tests := []struct {
		addr, token string
		want, not   string
	}{
		{"127.0.0.1:8080", "", "loopback clients only", "WARN"},
		{"0.0.0.0:8080", "", "level=WARN", ""},
		{"0.0.0.0:8080", "tok", "write token required", "WARN"},
	}
	for _, tc := range tests {
		var buf bytes.Buffer
		a, _ := net.ResolveTCPAddr("tcp", tc.addr)
		logAccess(slog.New(slog.NewTextHandler(&buf, nil)), a, tc.token, "")
		if !strings.Contains(buf.String(), tc.want) || tc.not != "" && strings.Contains(buf.String(), tc.not) {
			t.Errorf("%s token %q: log %q", tc.addr, tc.token, buf.String())
		}
	}
}

// TestGraphQLDocumentLimits: a document over the limits is BAD_USER_INPUT naming input.text.
func TestGraphQLDocumentLimits(t *testing.T) {
	tests := []struct {
		lim  loader.Limits
		text string
		want string
	}{
		{loader.Limits{MaxBytes: 20}, strings.Repeat("Russia warned Ukraine. ", 2), "too large"},
		{loader.Limits{MaxFacts: 1}, "Japan accused China on Monday. Iran warned Israel on Tuesday. Turkey criticized Greece on Friday.", "too many facts"},
	}
	for _, tc := range tests {
		h, _ := newTestRouter(t, deps{Limits: tc.lim})
		body, _ := json.Marshal(map[string]any{"query": `mutation($t: String!) { ingestDocument(input: {text: $t}) { created } }`, "variables": map[string]any{"t": tc.text}})
		w := do(h, "POST", "/graphql", local, "localhost", "application/json", "", string(body))
		if !strings.Contains(w.Body.String(), "BAD_USER_INPUT") || !strings.Contains(w.Body.String(), `"field":"input.text"`) || !strings.Contains(w.Body.String(), tc.want) {
			t.Errorf("%.30q: %s", tc.text, w.Body)
		}
	}
}

// TestGraphQLBadDate: a bad published date in the variables is BAD_USER_INPUT
// naming the field; as a literal it fails validation, naming it too.
func TestGraphQLBadDate(t *testing.T) {
	h, st := newTestRouter(t, deps{})
	for _, tc := range []struct{ body, code string }{
		{`{"query": "mutation($i: DocumentInput!) { ingestDocument(input: $i) { created } }", "variables": {"i": {"text": "Russia warned Ukraine.", "published": "2024-13-45"}}}`, schema.CodeBadUserInput},
		{`{"query": "mutation { ingestDocument(input: {text: \"Russia warned Ukraine.\", published: \"last week\"}) { created } }"}`, schema.CodeValidationFailed},
	} {
		w := do(h, "POST", "/graphql", local, "localhost", "application/json", "", tc.body)
		if !strings.Contains(w.Body.String(), `"code":"`+tc.code+`"`) || !strings.Contains(w.Body.String(), `published`) {
			t.Errorf("%.60s: %s", tc.body, w.Body)
		}
	}
	if s, _ := st.Stats(context.Background()); s.Documents != 0 {
		t.Errorf("bad dates stored %d documents", s.Documents)
	}
}

// TestIngestBodyTooLarge: a POST /ingest body over maxIngestBody is refused
// with 413 once the limit is read, and the summary counts the documents
// stored before it; blank lines on the way are skipped.
func TestIngestBodyTooLarge(t *testing.T) {
	h, st := newTestRouter(t, deps{Limits: loader.DefaultLimits()})
	blank := strings.Repeat(" ", 1023) + "\n"
	body := `{"text": "Japan accused China on Monday, officials said."}` + "\n" + strings.Repeat(blank, maxIngestBody/len(blank)+16)
	w := do(h, "POST", "/ingest", local, "localhost", ndjson, "", body)
	if w.Code != http.StatusRequestEntityTooLarge {
		t.Fatalf("status %d, want 413: %.300s", w.Code, w.Body)
	}
	var out struct {
		Error   string      `json:"error"`
		Summary loadSummary `json:"summary"`
	}
	if err := json.Unmarshal(w.Body.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	if out.Summary.Created != 1 || !strings.Contains(out.Error, "ingest: ") {
		t.Errorf("answer %+v, want the error and one document created", out)
	}
	if s, _ := st.Stats(context.Background()); s.Documents != 1 {
		t.Errorf("%d documents stored, want 1", s.Documents)
	}
}
