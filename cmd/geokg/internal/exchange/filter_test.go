package exchange

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/store"
)

func TestParseFilter(t *testing.T) {
	f, err := ParseFilter("VISITED, met", "Alleged", "2023", "2024-02")
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Types) != 2 || f.Types[1] != graph.Met || f.Modalities[0] != graph.Alleged || f.DateTo.Precision != graph.DateMonth {
		t.Errorf("filter %+v", f)
	}
	for _, bad := range [][4]string{{"Hugged Up", "", "", ""}, {"", "maybe", "", ""}, {"", "", "2024-13", ""}, {"", "", "2024", "2023"}} {
		if _, err := ParseFilter(bad[0], bad[1], bad[2], bad[3]); !errors.Is(err, ErrFilter) {
			t.Errorf("ParseFilter%q: %v", bad, err)
		}
	}
}

// TestExportFilters checks every format against the store's own edges query
// under the same filter.
func TestExportFilters(t *testing.T) {
	st := bulkStore(t, 4, 40)
	filters := map[string][4]string{
		"types":    {"visited,accused,supplied", "", "", ""},
		"modality": {"", "alleged", "", ""},
		"dates":    {"", "", "2012", "2015-06"},
		"all":      {"attacked,met,urged", "asserted,negated", "2011-01", "2020"},
		"none":     {"cooperated", "", "1990", "1991"},
	}
	for name, args := range filters {
		t.Run(name, func(t *testing.T) {
			f, err := ParseFilter(args[0], args[1], args[2], args[3])
			if err != nil {
				t.Fatal(err)
			}
			want, err := st.EdgeIDs(context.Background(), f)
			if err != nil {
				t.Fatal(err)
			}
			if (len(want) == 0) != (name == "none") {
				t.Fatalf("the edges query selects %d edges", len(want))
			}
			ends := map[string]bool{}
			edges, _ := st.Edges(context.Background(), want)
			for _, e := range edges {
				ends[e.From], ends[e.To] = true, true
			}
			doc := parseGraphML(t, export(t, st, Options{Format: GraphML, Filter: f}))
			if len(doc.Graph.Edges) != len(want) || len(doc.Graph.Nodes) != len(ends) {
				t.Errorf("graphml: %d edges, %d nodes; want %d, %d", len(doc.Graph.Edges), len(doc.Graph.Nodes), len(want), len(ends))
			}
			for _, e := range doc.Graph.Edges {
				var edge graph.Edge
				edge.Type = graph.RelationType(dataOf(e.Data, "type"))
				edge.Modality = graph.Modality(dataOf(e.Data, "modality"))
				edge.Date, _ = graph.ParseDate(dataOf(e.Data, "date"))
				if !matchEdge(f, &edge) {
					t.Errorf("graphml holds %+v, which the filter refuses", edge)
				}
			}
			var nodes, edgesCSV bytes.Buffer
			if err := ExportCSV(context.Background(), st, &nodes, &edgesCSV, Options{Filter: f}); err != nil {
				t.Fatal(err)
			}
			if n := len(readCSV(t, edgesCSV.Bytes())) - 1; n != len(want) {
				t.Errorf("csv: %d edges, want %d", n, len(want))
			}
			if n := countJSONLEdges(t, export(t, st, Options{Format: JSONL, Filter: f})); n != len(want) {
				t.Errorf("jsonl: %d edges, want %d", n, len(want))
			}
			if n := strings.Count(string(export(t, st, Options{Format: NQuads, Filter: f})), "<urn:geokg:ontology/Edge>"); n != len(want) {
				t.Errorf("nquads: %d edges typed, want %d", n, len(want))
			}
		})
	}
}

func countJSONLEdges(t *testing.T, out []byte) int {
	t.Helper()
	ids := map[string]bool{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var x graph.Extraction
		if err := json.Unmarshal(sc.Bytes(), &x); err != nil {
			t.Fatal(err)
		}
		for _, e := range x.Edges {
			ids[e.ID] = true
		}
	}
	return len(ids)
}

// TestExportStreams checks that every format writes while it reads: the
// first write reaches the writer before the store has answered all its edge
// reads, output leaves in bounded writes, and a failing writer stops the
// export.
func TestExportStreams(t *testing.T) {
	base := bulkStore(t, 12, 200) // 2400 edges: about ten pages
	for _, f := range Formats {
		t.Run(string(f), func(t *testing.T) {
			cs := &countingStore{Store: base}
			w := &probeWriter{st: cs}
			if err := exportBuffered(context.Background(), cs, w, Options{Format: f}, smallBuf); err != nil {
				t.Fatal(err)
			}
			total := cs.edgeCalls.Load()
			// A JSON line (one document) goes out in one write, whatever its size.
			if w.writes < 2 || w.callsAtFirst >= total || (f != JSONL && w.maxWrite > smallBuf) {
				t.Errorf("%d writes (largest %d bytes of %d), the first after %d of %d edge reads",
					w.writes, w.maxWrite, w.all, w.callsAtFirst, total)
			}
			cs2 := &countingStore{Store: base}
			err := exportBuffered(context.Background(), cs2, failingWriter{}, Options{Format: f}, smallBuf)
			if !errors.Is(err, errBroken) || cs2.edgeCalls.Load() >= total {
				t.Errorf("broken writer: %v after %d of %d edge reads", err, cs2.edgeCalls.Load(), total)
			}
		})
	}
}

// smallBuf is the output buffer of the streaming tests, small enough that
// their graph fills it many times over in every format.
const smallBuf = 4096

var errBroken = errors.New("broken pipe")

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errBroken }

func TestHandler(t *testing.T) {
	st := seedStore(t)
	h := NewHandler(st, nil, 1)
	get := func(q string) *httptest.ResponseRecorder {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/export?"+q, nil))
		return rec
	}
	rec := get("format=graphml&types=VISITED&types=accused,SUPPLIED")
	if rec.Code != http.StatusOK || rec.Header().Get("Content-Type") != "application/graphml+xml" {
		t.Fatalf("graphml: %d %s", rec.Code, rec.Body)
	}
	f, _ := ParseFilter("visited,accused,supplied", "", "", "")
	want, _ := st.EdgeIDs(context.Background(), f)
	if doc := parseGraphML(t, rec.Body.Bytes()); len(doc.Graph.Edges) != len(want) || len(want) == 0 {
		t.Errorf("%d edges over HTTP, the edges query has %d", len(doc.Graph.Edges), len(want))
	}
	for _, q := range []string{"format=pdf", "", "format=jsonl&types=hugging%20tightly", "format=jsonl&dateFrom=soon", "format=nquads&base=no%20scheme"} {
		if rec := get(q); rec.Code != http.StatusBadRequest {
			t.Errorf("%q: %d", q, rec.Code)
		}
	}
	h.slots <- struct{}{} // the one slot is taken
	if rec := get("format=jsonl"); rec.Code != http.StatusServiceUnavailable || rec.Header().Get("Retry-After") == "" {
		t.Errorf("busy: %d", rec.Code)
	}
	<-h.slots
	if rec := get("format=csv"); rec.Code != http.StatusOK || rec.Header().Get("Content-Type") != "application/zip" {
		t.Errorf("csv: %d", rec.Code)
	}
}

var _ store.Store = (*countingStore)(nil)

// slowStore makes every edge read take a while.
type slowStore struct {
	store.Store
	delay time.Duration
}

func (s slowStore) Edges(ctx context.Context, ids []string) ([]*graph.Edge, error) {
	time.Sleep(s.delay)
	return s.Store.Edges(ctx, ids)
}

// TestHandlerOutlivesWriteTimeout serves an export that takes longer than the
// server's WriteTimeout: it arrives whole, since each write extends the deadline.
func TestHandlerOutlivesWriteTimeout(t *testing.T) {
	st := slowStore{Store: bulkStore(t, 4, 200), delay: 100 * time.Millisecond} // 4 pages of edges
	srv := httptest.NewUnstartedServer(NewHandler(st, nil, 1))
	srv.Config.WriteTimeout = 150 * time.Millisecond
	srv.Start()
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/export?format=graphml")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("reading the export: %v", err)
	}
	if doc := parseGraphML(t, body); len(doc.Graph.Edges) != 800 {
		t.Errorf("%d edges arrived, want 800", len(doc.Graph.Edges))
	}
}
