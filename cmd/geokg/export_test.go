package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/xml"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runOK(t *testing.T, args ...string) string {
	t.Helper()
	var out, errb bytes.Buffer
	if err := run(context.Background(), args, nil, &out, &errb); err != nil {
		t.Fatalf("geokg %s: %v\n%s", strings.Join(args, " "), err, errb.String())
	}
	return out.String()
}

// roundTrip loads paths into one store, exports it as JSON Lines, imports
// that into an empty store and compares `stats --format json`; a second
// import must change nothing.
func roundTrip(t *testing.T, paths ...string) string {
	t.Helper()
	src, dst := t.TempDir(), t.TempDir()
	runOK(t, append([]string{"load", "--data", src}, paths...)...)
	file := filepath.Join(t.TempDir(), "graph.jsonl")
	runOK(t, "export", "--data", src, "--format", "jsonl", "--out", file)
	runOK(t, "import", "--data", dst, file)
	want := statsJSON(t, src)
	if got := statsJSON(t, dst); got != want || want.Edges == 0 {
		t.Fatalf("stats after export and import %+v, want %+v", got, want)
	}
	runOK(t, "import", "--data", dst, file)
	if got := statsJSON(t, dst); got != want {
		t.Fatalf("a second import changed the stats: %+v, want %+v", got, want)
	}
	return src
}

func TestExportImportRoundTripSeed(t *testing.T) {
	src := roundTrip(t, "../../seeds/seed-kyivpost-2023-11-15.txt")
	s := statsJSON(t, src)

	var g struct {
		Nodes []struct{} `xml:"graph>node"`
		Edges []struct{} `xml:"graph>edge"`
	}
	if err := xml.Unmarshal([]byte(runOK(t, "export", "--data", src, "--format", "graphml")), &g); err != nil {
		t.Fatalf("graphml: %v", err)
	}
	if len(g.Nodes) != s.Entities || len(g.Edges) != s.Edges {
		t.Errorf("graphml: %d nodes, %d edges; stats %+v", len(g.Nodes), len(g.Edges), s)
	}

	dir := filepath.Join(t.TempDir(), "neo4j")
	runOK(t, "export", "--data", src, "--format", "csv", "--out", dir)
	for file, header := range map[string]string{"nodes.csv": "id:ID,:LABEL,", "edges.csv": ":START_ID,:END_ID,:TYPE,"} {
		data, err := os.ReadFile(filepath.Join(dir, file))
		if err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
		if err != nil || !strings.HasPrefix(string(data), header) {
			t.Errorf("%s: %v, starts %q", file, err, data[:min(len(data), 40)])
		}
		want := s.Entities
		if file == "edges.csv" {
			want = s.Edges
		}
		if len(rows)-1 != want {
			t.Errorf("%s: %d rows, want %d", file, len(rows)-1, want)
		}
	}

	nq := runOK(t, "export", "--data", src, "--format", "nquads", "--types", "visited,accused,supplied", "--base-iri", "https://geokg.example/id/")
	if !strings.Contains(nq, "<http://www.wikidata.org/entity/Q159>") || !strings.Contains(nq, "<https://geokg.example/id/doc:") {
		t.Errorf("nquads lacks Russia's Wikidata IRI or the base IRI:\n%.600s", nq)
	}
}

// TestExportImportRoundTripDevCorpus is the acceptance check on a store
// loaded with `geokg load ../shared/corpus/dev`.
func TestExportImportRoundTripDevCorpus(t *testing.T) {
	dev := filepath.Join("..", "..", "..", "shared", "corpus", "dev")
	if _, err := os.Stat(dev); err != nil {
		t.Skipf("dev corpus absent: %v", err)
	}
	roundTrip(t, dev)
}

func TestImportRefusesBadLines(t *testing.T) {
	src := t.TempDir()
	runOK(t, "load", "--data", src, "../../seeds/seed-kyivpost-2023-11-15.txt")
	good := runOK(t, "export", "--data", src, "--format", "jsonl")
	bad := strings.Replace(good, `"modality":"asserted"`, `"modality":"rumoured"`, 1)
	bad = strings.Replace(bad, `"id":"doc:`, `"id":"doc:x`, 1)
	file := filepath.Join(t.TempDir(), "in.jsonl")
	if err := os.WriteFile(file, []byte(good+bad), 0o644); err != nil {
		t.Fatal(err)
	}
	dst := t.TempDir()
	var out, errb bytes.Buffer
	err := run(context.Background(), []string{"import", "--data", dst, file}, nil, &out, &errb)
	if err == nil {
		t.Fatal("an import with a bad line succeeded")
	}
	if !strings.Contains(errb.String(), file+":2: ") || !strings.Contains(errb.String(), `].modality: unknown modality "rumoured"`) {
		t.Errorf("the error does not name line 2 and the field:\n%s", errb.String())
	}
	if s := statsJSON(t, dst); s.Documents != 1 || s != statsJSON(t, src) {
		t.Errorf("after a good and a bad line: %+v", s)
	}
	for _, args := range [][]string{
		{"export", "--data", dst},
		{"export", "--data", dst, "--format", "csv"},
		{"export", "--data", dst, "--format", "jsonl", "--types", "hugged up"},
		{"import", "--data", dst},
	} {
		if err := run(context.Background(), args, nil, io.Discard, io.Discard); err == nil {
			t.Errorf("geokg %v succeeded", args)
		}
	}
}

func TestExportRoute(t *testing.T) {
	srv := newSeededServer(t, "")
	resp, err := http.Get(srv.URL + "/export?format=nquads&modality=asserted,alleged")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), "<http://www.wikidata.org/entity/Q159>") {
		t.Errorf("GET /export: %d %.300s", resp.StatusCode, body)
	}
	resp, err = http.Get(srv.URL + "/export?format=xlsx")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusBadRequest {
		t.Errorf("unknown format: %d", resp.StatusCode)
	}
}
