package exchange

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader"
	"github.com/geokg/geokg/seeds"
	"github.com/geokg/geokg/store"
)

func openMem(t testing.TB) *store.DB {
	t.Helper()
	db, err := store.Open(store.DefaultOptions("").WithInMemory(true).WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { _ = db.Close() })
	return db
}

func ingestAll(t testing.TB, st store.Store, xs ...*graph.Extraction) {
	t.Helper()
	for _, x := range xs {
		if _, err := st.Ingest(context.Background(), x); err != nil {
			t.Fatalf("ingest %s: %v", x.Document.ID, err)
		}
	}
}

// seedStore holds the embedded seed article, as `geokg serve` loads it.
func seedStore(t testing.TB) *store.DB {
	t.Helper()
	ins, err := seeds.Inputs()
	if err != nil {
		t.Fatal(err)
	}
	st := openMem(t)
	for _, in := range ins {
		ingestAll(t, st, loader.Extract(in.Text, in.Meta))
	}
	return st
}

// devDir is ../shared/corpus/dev, or "" when absent.
func devDir() string {
	dir := filepath.Join("..", "..", "shared", "corpus", "dev")
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		return ""
	}
	return dir
}

// devStore holds the dev corpus articles; it skips without ../shared.
func devStore(t testing.TB) *store.DB {
	t.Helper()
	dir := devDir()
	if dir == "" {
		t.Skip("../shared/corpus/dev is absent")
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Skipf("no dev articles: %v", err)
	}
	st := openMem(t)
	err = loader.Walk(context.Background(), files, func(in loader.Input, err error) error {
		if err != nil {
			return err
		}
		ingestAll(t, st, loader.Extract(in.Text, in.Meta))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// trickyStore holds names and sentences with every character the formats
// must escape: quotes, angle brackets, ampersands, backslashes, line breaks,
// control characters, the CSV array delimiter and non-ASCII letters.
func trickyStore(t testing.TB) *store.DB {
	t.Helper()
	text := "Côte d'Ivoire said \"<no>\" & \\ then\nnew line\ttab \x01 ctl; a;b."
	doc := graph.DocumentID(text)
	ents := []graph.Entity{
		{ID: "state:CIV", Kind: graph.KindState, Name: "Côte d'Ivoire", Aliases: []string{"Ivory \"Coast\"", "a;b"}, Codes: graph.Codes{ISO3: "CIV", Wikidata: "Q1008"}},
		{ID: "person:x-y", Kind: graph.KindPerson, Name: "X <Y> & \"Z\"\n\\", Roles: []string{"Envoy; special"}, Country: "state:CIV"},
		{ID: "org:quirk", Kind: graph.KindOrganization, Name: "Quirk {org} |^`", Codes: graph.Codes{}},
	}
	m := graph.Mention{DocumentID: doc, Sentence: 0, Start: 0, End: len(text), Text: text}
	edges := []graph.Edge{
		{Type: graph.Urged, From: "person:x-y", To: "state:CIV", Date: graph.Date{Value: "2024-02", Precision: graph.DateMonth}, Modality: graph.Alleged, AttributedTo: "org:quirk", Confidence: 0.7, Mentions: []graph.Mention{m}},
		{Type: graph.Met, From: "state:CIV", To: "org:quirk", Modality: graph.Asserted, Confidence: 1, Mentions: []graph.Mention{m}},
	}
	st := openMem(t)
	ingestAll(t, st, &graph.Extraction{Document: graph.Document{ID: doc, Title: "T \"q\" <b>", Text: text,
		Published: graph.Date{Value: "2024-03-01", Precision: graph.DateDay}}, Entities: ents, Edges: edges,
		EntityMentions: map[string][]graph.Mention{"state:CIV": {m}}})
	return st
}

// bulkStore holds docs documents of edgesPer edges each between generated
// persons and states, for streaming tests.
func bulkStore(t testing.TB, docs, edgesPer int) *store.DB {
	t.Helper()
	st := openMem(t)
	states := []string{"USA", "RUS", "CHN", "PRK", "KOR", "JPN", "UKR", "FRA"}
	for d := range docs {
		text := fmt.Sprintf("Bulk document %d.", d)
		id := graph.DocumentID(text)
		x := &graph.Extraction{Document: graph.Document{ID: id, Text: text}}
		for _, s := range states {
			x.Entities = append(x.Entities, graph.Entity{ID: "state:" + s, Kind: graph.KindState, Name: s, Codes: graph.Codes{ISO3: s}})
		}
		for e := range edgesPer {
			p := fmt.Sprintf("person:p-%d-%d", d, e)
			x.Entities = append(x.Entities, graph.Entity{ID: p, Kind: graph.KindPerson, Name: fmt.Sprintf("P %d %d", d, e)})
			x.Edges = append(x.Edges, graph.Edge{Type: graph.ScoredRelationTypes[e%13], From: p, To: "state:" + states[e%len(states)],
				Date: graph.Date{Value: fmt.Sprintf("20%02d-0%d", 10+e%12, 1+e%9)}, Modality: graph.Modalities[e%4], Confidence: 0.5,
				Mentions: []graph.Mention{{Sentence: 0, Start: 0, End: len(text), Text: text}}})
		}
		ingestAll(t, st, x)
	}
	return st
}

func stats(t testing.TB, st store.Store) store.Stats {
	t.Helper()
	s, err := st.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func export(t testing.TB, st store.Store, opts Options) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Export(context.Background(), st, &b, opts); err != nil {
		t.Fatalf("export %s: %v", opts.Format, err)
	}
	return b.Bytes()
}

// stores are the graphs every format is tested on.
func stores() map[string]func(testing.TB) *store.DB {
	return map[string]func(testing.TB) *store.DB{
		"seed":   seedStore,
		"tricky": trickyStore,
		"dev":    devStore,
	}
}

// countingStore counts the Edges calls of a store.
type countingStore struct {
	store.Store
	edgeCalls atomic.Int64
}

func (c *countingStore) Edges(ctx context.Context, ids []string) ([]*graph.Edge, error) {
	c.edgeCalls.Add(1)
	return c.Store.Edges(ctx, ids)
}

// probeWriter records, at its first write, how many Edges calls the store had
// answered, and counts writes.
type probeWriter struct {
	st            *countingStore
	writes        int
	callsAtFirst  int64
	maxWrite, all int
}

func (p *probeWriter) Write(b []byte) (int, error) {
	if p.writes == 0 {
		p.callsAtFirst = p.st.edgeCalls.Load()
	}
	p.writes++
	p.maxWrite = max(p.maxWrite, len(b))
	p.all += len(b)
	return len(b), nil
}

var _ io.Writer = (*probeWriter)(nil)
