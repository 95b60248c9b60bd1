package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/geokg/geokg/store"
	"github.com/geokg/geokg/store/storetest"
)

// newTestStore opens an in-memory Badger store that the test closes.
func newTestStore(t *testing.T) store.Store {
	t.Helper()
	st, err := store.Open(store.DefaultOptions("").WithInMemory(true))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// newSeededServer serves the real router over an in-memory store with the seeds loaded.
func newSeededServer(t *testing.T, token string) *httptest.Server {
	t.Helper()
	ctx := context.Background()
	st := newTestStore(t)
	if n, err := loadSeeds(ctx, st, slog.New(slog.DiscardHandler)); err != nil || n == 0 {
		t.Fatalf("loadSeeds = %d, %v", n, err)
	}
	h, err := newRouter(ctx, deps{Store: st, WriteToken: token})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

type gqlResponse struct {
	Data   json.RawMessage `json:"data"`
	Errors []struct {
		Message    string         `json:"message"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
}

func postGraphQL(t *testing.T, url, query string, vars map[string]any, header http.Header) gqlResponse {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, url+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	for k, v := range header {
		req.Header[k] = v
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out gqlResponse
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		t.Fatalf("decoding response (status %d): %v", resp.StatusCode, err)
	}
	return out
}

// TestEndToEndSeedEdges reads the design card's three edges of the seed through GraphQL.
func TestEndToEndSeedEdges(t *testing.T) {
	srv := newSeededServer(t, "")
	const q = `query($types: [RelationType!], $from: ID, $to: ID) {
	  edges(types: $types, from: $from, to: $to, first: 100) {
	    totalCount
	    edges { node { type modality from { id name } to { id name } attributedTo { id }
	                   sources { sentence start end document { id } } } }
	  }
	}`
	type edge struct {
		Type         string
		Modality     string
		From, To     struct{ ID, Name string }
		AttributedTo *struct{ ID string }
		Sources      []struct {
			Sentence   string
			Start, End int
			Document   struct{ ID string }
		}
	}
	fetch := func(typ, from, to string) []edge {
		vars := map[string]any{"types": []string{typ}, "to": to}
		if from != "" {
			vars["from"] = from
		}
		r := postGraphQL(t, srv.URL, q, vars, nil)
		if len(r.Errors) > 0 {
			t.Fatalf("%s: errors %+v", typ, r.Errors)
		}
		var data struct {
			Edges struct {
				TotalCount int
				Edges      []struct{ Node edge }
			}
		}
		if err := json.Unmarshal(r.Data, &data); err != nil {
			t.Fatal(err)
		}
		var out []edge
		for _, e := range data.Edges.Edges {
			if len(e.Node.Sources) == 0 || e.Node.Sources[0].Sentence == "" || e.Node.Sources[0].Document.ID == "" {
				t.Errorf("%s edge without provenance: %+v", typ, e.Node)
			}
			out = append(out, e.Node)
		}
		if data.Edges.TotalCount != len(out) {
			t.Errorf("%s: totalCount %d, %d edges", typ, data.Edges.TotalCount, len(out))
		}
		return out
	}

	visited := fetch("VISITED", "", "state:PRK")
	found := false
	for _, e := range visited {
		// The visit is stated by the writer and reported by North Korea's
		// state media: asserted, or alleged with its source; never speculation.
		if (e.From.ID == "state:RUS" || e.From.ID == "person:alexander-kozlov") && (e.Modality == "ASSERTED" || e.Modality == "ALLEGED") {
			found = true
		}
	}
	if !found {
		t.Errorf("no VISITED edge from Russia or Alexander Kozlov to North Korea: %+v", visited)
	}

	accused := fetch("ACCUSED", "state:KOR", "state:PRK")
	if len(accused) == 0 || accused[0].Modality != "ASSERTED" {
		t.Errorf("South Korea ACCUSED North Korea: %+v", accused)
	}

	supplied := fetch("SUPPLIED", "state:PRK", "state:RUS")
	found = false
	for _, e := range supplied {
		if e.Modality == "ALLEGED" && e.AttributedTo != nil && e.AttributedTo.ID == "state:KOR" {
			found = true
		}
		if e.Modality == "ASSERTED" {
			t.Errorf("the supply is South Korea's allegation, not a fact: %+v", e)
		}
	}
	if !found {
		t.Errorf("North Korea SUPPLIED Russia, alleged by South Korea: %+v", supplied)
	}
}

func statsJSON(t *testing.T, dir string) store.Stats {
	t.Helper()
	var out, errb bytes.Buffer
	if err := run(context.Background(), []string{"stats", "--data", dir, "--format", "json"}, nil, &out, &errb); err != nil {
		t.Fatalf("stats: %v\n%s", err, errb.String())
	}
	var s store.Stats
	if err := json.Unmarshal(out.Bytes(), &s); err != nil {
		t.Fatalf("stats output %q: %v", out.String(), err)
	}
	return s
}

// TestRestartDuplicatesNothing opens the same on-disk folder twice, as two
// server starts would, and loads the same files twice: no count changes.
func TestRestartDuplicatesNothing(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	logger := slog.New(slog.DiscardHandler)
	start := func() int {
		st, err := store.Open(store.DefaultOptions(dir).WithLogger(logger))
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		n, err := loadSeeds(ctx, st, logger)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	if n := start(); n == 0 {
		t.Fatal("first start loaded no seed")
	}
	first := statsJSON(t, dir)
	if first.Documents == 0 || first.Entities == 0 || first.Edges == 0 || first.Mentions == 0 {
		t.Fatalf("seeded store is missing records: %+v", first)
	}
	if n := start(); n != 0 {
		t.Errorf("second start loaded %d seeds again", n)
	}
	if again := statsJSON(t, dir); again != first {
		t.Errorf("restart changed the counts: %+v -> %+v", first, again)
	}

	// A bulk load of the same text, under another name, is the same document.
	seedCopy := filepath.Join(t.TempDir(), "copy.txt")
	text, err := os.ReadFile("../../seeds/seed-kyivpost-2023-11-15.txt")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(seedCopy, text, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(seedCopy[:len(seedCopy)-4]+".meta.json", []byte(`{"published":"2023-11-15","source":"Kyiv Post (AFP wire copy)","title":"Russian delegation visits Pyongyang"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 2; i++ {
		var out, errb bytes.Buffer
		if err := run(ctx, []string{"load", "--data", dir, seedCopy}, nil, &out, &errb); err != nil {
			t.Fatalf("load: %v\n%s", err, errb.String())
		}
	}
	if again := statsJSON(t, dir); again != first {
		t.Errorf("reloading the seed changed the counts: %+v -> %+v", first, again)
	}
}

// TestLoadSkipsBrokenFiles loads a folder with a broken file: it is reported, the rest loads.
func TestLoadSkipsBrokenFiles(t *testing.T) {
	dir := t.TempDir()
	in := t.TempDir()
	write := func(name, body string) {
		if err := os.WriteFile(filepath.Join(in, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", "Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Tuesday.\n")
	write("b.json", `{"text": "Iran attacked Israel.", "published": "not a date"`)
	write("c.jsonl", `{"text": "The United States imposed sanctions on North Korea.", "published": "2024-01-02"}`+"\n"+`{oops`+"\n")
	var out, errb bytes.Buffer
	err := run(context.Background(), []string{"load", "--data", dir, in}, nil, &out, &errb)
	if err == nil {
		t.Fatalf("load with broken inputs reported no error:\n%s", out.String())
	}
	if !strings.Contains(out.String(), "b.json") {
		t.Errorf("the broken file is not reported:\n%s", out.String())
	}
	s := statsJSON(t, dir)
	if s.Documents != 2 {
		t.Errorf("documents = %d, want the 2 good ones loaded\n%s", s.Documents, out.String())
	}
}

// TestExtractJSONContract checks the JSON of 'geokg extract --format jsonl' against ONTOLOGY.md.
func TestExtractJSONContract(t *testing.T) {
	var out, errb bytes.Buffer
	seed := "../../seeds/seed-kyivpost-2023-11-15.txt"
	args := []string{"extract", "--format", "jsonl", "--published", "2023-11-15", seed}
	if err := run(context.Background(), args, nil, &out, &errb); err != nil {
		t.Fatalf("extract: %v\n%s", err, errb.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 1 {
		t.Fatalf("want one line per document, got %d", len(lines))
	}
	var rec map[string]json.RawMessage
	if err := json.Unmarshal([]byte(lines[0]), &rec); err != nil {
		t.Fatal(err)
	}
	requireKeys(t, "record", rec, "doc", "id", "title", "published", "entities", "facts")
	var doc, id, published string
	json.Unmarshal(rec["doc"], &doc)
	json.Unmarshal(rec["id"], &id)
	json.Unmarshal(rec["published"], &published)
	if doc != seed || !strings.HasPrefix(id, "doc:") || published != "2023-11-15" {
		t.Errorf("doc %q id %q published %q", doc, id, published)
	}
	var entities []map[string]json.RawMessage
	if err := json.Unmarshal(rec["entities"], &entities); err != nil {
		t.Fatal(err)
	}
	if len(entities) == 0 {
		t.Fatal("no entities")
	}
	for _, e := range entities {
		requireKeys(t, "entity", e, "id", "name", "kind", "aliases", "country", "roles", "codes")
		var codes map[string]json.RawMessage
		if err := json.Unmarshal(e["codes"], &codes); err != nil {
			t.Fatal(err)
		}
		requireKeys(t, "codes", codes, "iso3", "wikidata")
		for _, k := range []string{"aliases", "roles"} {
			if string(e[k]) == "null" {
				t.Errorf("entity %s: %s is null, want a list", e["id"], k)
			}
		}
	}
	var facts []map[string]json.RawMessage
	if err := json.Unmarshal(rec["facts"], &facts); err != nil {
		t.Fatal(err)
	}
	if len(facts) < 3 {
		t.Fatalf("%d facts", len(facts))
	}
	kinds := map[string]bool{"person": true, "state": true, "organization": true, "place": true}
	for _, f := range facts {
		requireKeys(t, "fact", f, "type", "from", "to", "date", "date_precision", "modality",
			"attributed_to", "confidence", "sentence", "start", "end")
		for _, side := range []string{"from", "to"} {
			var ref struct{ ID, Name, Kind string }
			if err := json.Unmarshal(f[side], &ref); err != nil {
				t.Fatal(err)
			}
			if ref.ID == "" || ref.Name == "" || !kinds[ref.Kind] {
				t.Errorf("fact %s: bad %s %s", f["type"], side, f[side])
			}
		}
		var typ, modality, precision, sentence string
		var start, end int
		json.Unmarshal(f["type"], &typ)
		json.Unmarshal(f["modality"], &modality)
		json.Unmarshal(f["date_precision"], &precision)
		json.Unmarshal(f["sentence"], &sentence)
		json.Unmarshal(f["start"], &start)
		json.Unmarshal(f["end"], &end)
		if typ == "" || strings.ToLower(typ) != typ {
			t.Errorf("type %q: want the ontology's lower-case name", typ)
		}
		switch modality {
		case "asserted", "alleged", "speculative", "negated":
		default:
			t.Errorf("modality %q", modality)
		}
		switch precision {
		case "day", "month", "year", "unknown":
		default:
			t.Errorf("date_precision %q", precision)
		}
		if sentence == "" || start < 0 || end-start != len(sentence) {
			t.Errorf("fact %s: sentence %q at [%d,%d)", typ, sentence, start, end)
		}
	}
}

func requireKeys(t *testing.T, what string, m map[string]json.RawMessage, keys ...string) {
	t.Helper()
	for _, k := range keys {
		if _, ok := m[k]; !ok {
			t.Errorf("%s lacks %q: %v", what, k, keysOf(m))
		}
	}
}

func keysOf(m map[string]json.RawMessage) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

// TestRoutes checks the plain routes of the server.
func TestRoutes(t *testing.T) {
	srv := newSeededServer(t, "")
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	tests := []struct {
		path     string
		wantCode int
		wantBody string
	}{
		{"/healthz", http.StatusOK, "ok"},
		{"/", http.StatusFound, ""},
		{"/graphiql", http.StatusOK, "graphiql"},
		{"/explore", http.StatusOK, "explore"},
		{"/metrics", http.StatusOK, "geokg_documents 1"},
		{"/graphql?query=%7Bstats%7Bdocuments%7D%7D", http.StatusOK, `"documents":1`},
	}
	for _, tt := range tests {
		resp, err := client.Get(srv.URL + tt.path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != tt.wantCode && !(tt.path == "/" && resp.StatusCode/100 == 3) {
			t.Errorf("GET %s: status %d, want %d", tt.path, resp.StatusCode, tt.wantCode)
		}
		if !strings.Contains(strings.ToLower(string(body)), strings.ToLower(tt.wantBody)) {
			t.Errorf("GET %s: body lacks %q: %.200s", tt.path, tt.wantBody, body)
		}
	}
}

// TestIngestEndpoint posts JSON Lines to /ingest: the good lines load, the bad
// one is reported, the token is enforced, and a second post creates nothing.
func TestIngestEndpoint(t *testing.T) {
	srv := newSeededServer(t, "s3cret")
	body := `{"text": "Chinese President Xi Jinping visited Kazakhstan on Tuesday.", "published": "2024-07-05", "title": "t1"}
not json
{"text": "Japan and South Korea signed a defence agreement.", "published": "2024-07-01"}
`
	post := func(token string) (*http.Response, map[string]any) {
		req, _ := http.NewRequest(http.MethodPost, srv.URL+"/ingest", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/x-ndjson")
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var out map[string]any
		json.NewDecoder(resp.Body).Decode(&out)
		return resp, out
	}
	if resp, _ := post(""); resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("no token: status %d, want 401", resp.StatusCode)
	}
	resp, out := post("s3cret")
	if resp.StatusCode != http.StatusOK || out["created"] != 2.0 || out["failed"] != 1.0 {
		t.Fatalf("first post: %d %v", resp.StatusCode, out)
	}
	_, out = post("s3cret")
	if out["created"] != 0.0 || out["unchanged"] != 2.0 {
		t.Errorf("second post: %v", out)
	}
}

// TestExtractManyFilesInOrder extracts many files in parallel: one line per
// file, in the order given, whatever the workers' timing (and with accented
// names, which exercise the shared folding code under concurrency).
func TestExtractManyFilesInOrder(t *testing.T) {
	dir := t.TempDir()
	var names []string
	for i := range 60 {
		name := filepath.Join(dir, fmt.Sprintf("doc-%02d.txt", i))
		text := fmt.Sprintf("Turkish President Recep Tayyip Erdoğan met Ukrainian President Volodymyr Zelenskyy in Ankara on Friday, day %d.\n\n"+
			"Côte d'Ivoire and São Tomé and Príncipe signed an agreement on fisheries.\n", i)
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		names = append(names, name)
	}
	var out, errb bytes.Buffer
	args := append([]string{"extract", "--workers", "4", "--published", "2024-03-08"}, names...)
	if err := run(context.Background(), args, nil, &out, &errb); err != nil {
		t.Fatalf("extract: %v\n%s", err, errb.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != len(names) {
		t.Fatalf("%d lines for %d files", len(lines), len(names))
	}
	for i, line := range lines {
		var rec struct{ Doc string }
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatal(err)
		}
		if rec.Doc != names[i] {
			t.Fatalf("line %d is %s, want %s", i, rec.Doc, names[i])
		}
	}
}

// TestBenchAndHealth runs the bench command on the seed and the health command
// against a live server and a dead one.
func TestBenchAndHealth(t *testing.T) {
	var out, errb bytes.Buffer
	if err := run(context.Background(), []string{"bench", "--first", "1", "--total", "1", "--queries", "", "--data", t.TempDir(), "../../seeds/seed-kyivpost-2023-11-15.txt"}, nil, &out, &errb); err != nil {
		t.Fatalf("bench: %v\n%s", err, errb.String())
	}
	for _, want := range []string{`"extract"`, `"load_first"`, `"docs_per_s"`, `"stored_after": 1,`} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("bench output lacks %q:\n%s", want, out.String())
		}
	}

	srv := newSeededServer(t, "")
	out.Reset()
	if err := run(context.Background(), []string{"health", "--url", srv.URL + "/healthz"}, nil, &out, &errb); err != nil || strings.TrimSpace(out.String()) != "ok" {
		t.Errorf("health on a live server: %v %q", err, out.String())
	}
	dead := httptest.NewServer(http.NotFoundHandler())
	dead.Close()
	if err := run(context.Background(), []string{"health", "--url", dead.URL + "/healthz"}, nil, &out, &errb); err == nil {
		t.Error("health on a dead server succeeded")
	}
	if err := run(context.Background(), []string{"health", "--url", srv.URL + "/nope"}, nil, &out, &errb); err == nil {
		t.Error("health on a 404 succeeded")
	}
}

// TestUsageErrors checks that bad command lines fail with a usage error, never a panic.
func TestUsageErrors(t *testing.T) {
	tests := [][]string{
		nil,
		{"frobnicate"},
		{"extract"},
		{"extract", "--format", "xml", "x.txt"},
		{"extract", "--published", "yesterday", "x.txt"},
		{"load", "--data", t.TempDir()},
		{"stats", "--format", "yaml", "--data", t.TempDir()},
		{"serve", "extra-arg"},
		{"bench"},
		{"backup", "--data", t.TempDir()},
	}
	for _, args := range tests {
		var out, errb bytes.Buffer
		err := run(context.Background(), args, nil, &out, &errb)
		if !errors.Is(err, errUsage) {
			t.Errorf("run(%q) = %v, want a usage error", args, err)
		}
	}
}

// TestLoadOptions: a bulk load unmaps its tables' pages (leaving them in
// the page cache, where it reads its runs' blocks back), lets level 0 grow
// and keeps a smaller block cache than a server (the Go heap under the
// load's soft limit is better spent on the collector's headroom).
func TestLoadOptions(t *testing.T) {
	o := loadOptions(t.TempDir())
	if o.UnmapTablesEvery != loadTrimEvery || o.TrimTablesEvery != 0 || o.NumLevelZeroTables != loadLevelZeroTables || o.BlockCacheSize != loadBlockCacheSize {
		t.Errorf("load options %+v", o)
	}
	if def := store.DefaultOptions(""); o.BlockCacheSize >= def.BlockCacheSize {
		t.Errorf("a load's block cache (%d) is not smaller than a server's (%d)", o.BlockCacheSize, def.BlockCacheSize)
	}
}

// TestCommandsLeaveLevelZeroAlone: a command that opens a store (stats,
// export, backup, import, compact) allows level 0 as many tables as a load
// leaves there, so that opening a freshly loaded store does not start a
// compaction of level 0 the command never asked for. On the store of a
// load killed 22 s into 20,000 documents, geokg stats peaked at 800 MiB of
// RSS and took 7 s with Badger's limit of 8 tables, 165 MiB and 2.4 s
// without.
func TestCommandsLeaveLevelZeroAlone(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	o := loadOptions(dir)
	o.MemTableSize = 256 << 10
	o.UnmapTablesEvery = 0
	db, err := store.Open(o.WithLogger(newLogger(io.Discard)))
	if err != nil {
		t.Fatal(err)
	}
	xs := storetest.Generate(41, 1600, 8, 8)
	for i := 0; i < len(xs); i += 20 {
		if _, err := db.IngestBatch(ctx, xs[i:i+20]); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	st, err := openStore(dir, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	before := st.Badger().Levels()[0].NumTables
	if before <= store.DefaultOptions("").NumLevelZeroTables || before > loadLevelZeroTables {
		t.Fatalf("%d tables in level 0: the test needs more than a server's limit and at most a load's", before)
	}
	time.Sleep(2 * time.Second) // Badger's compactors look every 50 ms
	if after := st.Badger().Levels()[0].NumTables; after != before {
		t.Errorf("level 0 went from %d tables to %d after a command opened the store", before, after)
	}
}
