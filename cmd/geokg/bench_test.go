package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader"
)

// TestBenchJSON runs geokg bench on a tiny remixed corpus and checks the
// shape of its report: every measure present, every query kind run without
// errors. It checks no speed.
func TestBenchJSON(t *testing.T) {
	var out, errs bytes.Buffer
	data := t.TempDir()
	args := []string{"--remix", "60", "--first", "30", "--total", "60", "--entities", "20", "--clients", "2",
		"--duration", "200ms", "--data", data, "../../seeds/seed-kyivpost-2023-11-15.txt"}
	if err := cmdBench(context.Background(), args, &out, &errs); err != nil {
		t.Fatalf("bench: %v\n%s", err, errs.String())
	}
	var rep benchReport
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatalf("bench output is not its JSON report: %v\n%s", err, out.String())
	}
	if rep.Corpus.Documents != 60 || !rep.Corpus.Remixed {
		t.Errorf("corpus %+v, want 60 remixed documents", rep.Corpus)
	}
	for name, r := range map[string]rate{"extract": rep.Extract, "load_first": rep.LoadFirst, "load_rest": rep.LoadRest, "reload": rep.Reload} {
		if r.Documents != 30 || r.DocsPerSec <= 0 {
			t.Errorf("%s = %+v, want 30 documents at a positive rate", name, r)
		}
	}
	for name, r := range map[string]rate{"load_first": rep.LoadFirst, "load_rest": rep.LoadRest} {
		if io := r.StoreIO; io == nil || io.Sets <= 0 || io.ReadsMissing <= 0 {
			t.Errorf("%s: store I/O per document %+v, want entries written and reads", name, io)
		}
	}
	if io := rep.Reload.StoreIO; io == nil || io.Sets != 0 {
		t.Errorf("reload of known documents: store I/O per document %+v, want nothing written", io)
	}
	for name, r := range map[string]rate{"extract": rep.Extract, "load_first": rep.LoadFirst, "load_rest": rep.LoadRest} {
		if r.GC == nil || r.GC.AllocKBPerDoc <= 0 || r.GC.GCCPUmsPerDoc < 0 || r.GC.ScavengeCPUmsPerDoc < 0 {
			t.Errorf("%s: memory management %+v, want the bytes allocated per document", name, r.GC)
		}
	}
	if rep.Extract.StoreIO != nil {
		t.Errorf("extraction alone reports store I/O %+v", rep.Extract.StoreIO)
	}
	if rep.StoredAfter != 60 || rep.Stats.Edges == 0 {
		t.Errorf("stored %d documents, %d edges; want 60 documents with edges", rep.StoredAfter, rep.Stats.Edges)
	}
	if rep.LoadVsExtract <= 0 || rep.RestVsFirst <= 0 || rep.RestVsFirstCPU <= 0 || rep.ReloadVsLoad <= 0 || rep.PeakRSSLoadMB <= 0 || rep.PeakRSSServeMB <= 0 {
		t.Errorf("ratios or peak RSS missing: %s", out.String())
	}
	if want := rep.LoadFirst.CPUmsPerDoc / rep.LoadRest.CPUmsPerDoc; math.Abs(rep.RestVsFirstCPU-want) > 0.002 {
		t.Errorf("rest_vs_first_cpu %v, want the first load's CPU per document over the second's (%.3f)", rep.RestVsFirstCPU, want)
	}
	if rep.PeakRSSCompactMB <= 0 || rep.RSSAfterCompactMB <= 0 || rep.RSSAfterCompactMB > rep.PeakRSSCompactMB {
		t.Errorf("compaction's peak RSS %v MB, after it %v MB: want both, the peak the larger", rep.PeakRSSCompactMB, rep.RSSAfterCompactMB)
	}
	if len(rep.Hubs) == 0 || rep.QueryEntities == 0 {
		t.Errorf("no entities queried: %s", out.String())
	}
	checkQueryKinds(t, rep)
	if !rep.RecordCache {
		t.Error("record_cache = false by default")
	}
	// The same store queried again without the record cache.
	out.Reset()
	args = []string{"--skip-load", "--record-cache=false", "--entities", "20", "--clients", "2", "--duration", "200ms", "--data", data}
	if err := cmdBench(context.Background(), args, &out, &errs); err != nil {
		t.Fatalf("bench --skip-load --record-cache=false: %v\n%s", err, errs.String())
	}
	rep = benchReport{}
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil || rep.RecordCache {
		t.Fatalf("bench --record-cache=false reported record_cache %v (%v)", rep.RecordCache, err)
	}
	checkQueryKinds(t, rep)
}

func checkQueryKinds(t *testing.T, rep benchReport) {
	t.Helper()
	for _, k := range queryKindNames() {
		q, ok := rep.Queries[k]
		if !ok || q.Requests == 0 || q.Errors != 0 || q.P50ms <= 0 || q.P99ms < q.P50ms {
			t.Errorf("query kind %s: %+v", k, q)
		}
	}
}

func TestBenchUsage(t *testing.T) {
	for _, args := range [][]string{
		{},
		{"--first", "10", "--total", "5", "x.txt"},
		{"--queries", "nope", "x.txt"},
		{"--people", "100", "x.txt"}, // renames a remix only
		{"--remix", "10", "--people", "-1", "x.txt"},
	} {
		if err := cmdBench(context.Background(), args, io.Discard, io.Discard); !errors.Is(err, errUsage) {
			t.Errorf("bench %v: error %v, want a usage error", args, err)
		}
	}
}

func TestRemixIsDeterministic(t *testing.T) {
	var text strings.Builder
	for i := range 12 {
		fmt.Fprintf(&text, "Russia met China in Beijing on day %d of the talks. ", i)
	}
	in := []loader.Input{{Name: "a", Text: text.String()}}
	a, err := remix(in, 5, 3, 0)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := remix(in, 5, 3, 0)
	c, _ := remix(in, 5, 4, 0)
	if !slices.Equal(a, b) || slices.Equal(a, c) {
		t.Errorf("remix is not a function of its seed")
	}
	for _, d := range a {
		if len(d.Text) < remixSize || !d.Meta.Published.Known() {
			t.Errorf("remixed document %s: %d bytes, published %q", d.Name, len(d.Text), d.Meta.Published.Value)
		}
	}
	if _, err := remix(in[:0], 5, 3, 0); err == nil {
		t.Errorf("remix of nothing succeeded")
	}
}

// TestRemixRenamesPeople checks --people: the people of the inputs are
// gone from the remix, each document names its people after synthetic
// names that the extractor still finds as people, and the remix names many
// more people than its inputs, the same for the same seed.
func TestRemixRenamesPeople(t *testing.T) {
	sentences := []string{
		"Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi in Beijing on Monday.",
		"Lavrov said the talks with Beijing had been useful.",
		"President Emmanuel Macron visited Kyiv on Tuesday, where he met President Volodymyr Zelensky.",
		"Chancellor Olaf Scholz warned Moscow on Friday against any escalation.",
		"Macron's office said the visit had been planned for weeks.",
	}
	in := []loader.Input{{Name: "a", Text: strings.Join(append(sentences, sentences...), " ")}}
	originals := []string{"Lavrov", "Wang Yi", "Macron", "Zelensky", "Scholz"}
	docs, err := remix(in, 200, 3, 10000)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := remix(in, 200, 3, 10000)
	if !slices.Equal(docs, again) {
		t.Errorf("the renamed remix is not a function of its seed")
	}
	people := map[string]bool{}
	for _, d := range docs {
		for _, name := range originals {
			if containsWord(d.Text, name) {
				t.Fatalf("document %s still names %s: %q", d.Name, name, d.Text)
			}
		}
		for _, e := range loader.Extract(d.Text, d.Meta).Entities {
			if e.Kind == graph.KindPerson {
				people[e.ID] = true
			}
		}
	}
	// 200 documents, each naming some 4 people drawn from 10,000 names.
	if len(people) < 100 {
		t.Errorf("the renamed remix names %d people, want at least 100", len(people))
	}
	plain, _ := remix(in, 200, 3, 0)
	if !strings.Contains(plain[0].Text, "Lavrov") && !strings.Contains(plain[0].Text, "Macron") && !strings.Contains(plain[0].Text, "Scholz") {
		t.Errorf("a remix without --people renamed its people: %q", plain[0].Text)
	}
}

func TestReplaceWord(t *testing.T) {
	for _, c := range []struct{ text, word, want string }{
		{"Lavrov said. Lavrov's aide", "Lavrov", "X said. X's aide"},
		{"Lavrova met Lavrov", "Lavrov", "Lavrova met X"},
		{"KuLavrov met 2Lavrov", "Lavrov", "KuLavrov met 2Lavrov"},
		{"(Lavrov)", "Lavrov", "(X)"},
		{"Émile Lavrov", "Émile", "X Lavrov"},
		{"", "Lavrov", ""},
	} {
		if got := replaceWord(c.text, c.word, "X"); got != c.want {
			t.Errorf("replaceWord(%q, %q) = %q, want %q", c.text, c.word, got, c.want)
		}
	}
}

func TestPprofOnLoopbackOnly(t *testing.T) {
	logger := slog.New(slog.DiscardHandler)
	for _, addr := range []string{"0.0.0.0:0", "192.0.2.1:6060", ":6060"} {
		if _, err := startPprof(addr, logger); !errors.Is(err, errNotLoopback) {
			t.Errorf("startPprof(%q) error %v, want errNotLoopback", addr, err)
		}
	}
	stop, err := startPprof("127.0.0.1:0", logger)
	if err != nil {
		t.Fatal(err)
	}
	stop()
}

// TestBenchMemProfile checks that --memprofile writes a pprof profile.
func TestBenchMemProfile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "allocs.pb.gz")
	var out, errs bytes.Buffer
	args := []string{"--remix", "20", "--first", "10", "--total", "20", "--queries", "", "--memprofile", path,
		"../../seeds/seed-kyivpost-2023-11-15.txt"}
	if err := cmdBench(context.Background(), args, &out, &errs); err != nil {
		t.Fatalf("bench: %v\n%s", err, errs.String())
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(b) < 100 || b[0] != 0x1f || b[1] != 0x8b {
		t.Errorf("memory profile is %d bytes, not a gzipped pprof profile", len(b))
	}
}

// TestLoadMemoryLimitRestored: a load runs under its soft heap limit, and
// the limit before it is restored after.
func TestLoadMemoryLimitRestored(t *testing.T) {
	if os.Getenv("GOMEMLIMIT") != "" {
		t.Skip("GOMEMLIMIT sets the limit")
	}
	before := debug.SetMemoryLimit(-1)
	undo := setLoadMemoryLimit()
	if got := debug.SetMemoryLimit(-1); got != loadMemoryLimit {
		t.Errorf("limit during the load %d, want %d", got, loadMemoryLimit)
	}
	undo()
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Errorf("limit after the load %d, want %d as before", got, before)
	}
}

// TestSpooledCorpusReadsBack: the files bench's passes read give back the
// documents of its corpus (same text, so the same document IDs, and the
// same metadata), first part and rest apart.
func TestSpooledCorpusReadsBack(t *testing.T) {
	var inputs []loader.Input
	if err := loader.Walk(context.Background(), []string{"../../seeds/seed-kyivpost-2023-11-15.txt"}, func(in loader.Input, err error) error {
		inputs = append(inputs, in)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	corpus, err := remix(inputs, 12, 3, 0)
	if err != nil {
		t.Fatal(err)
	}
	first, rest, err := spoolCorpus(t.TempDir(), corpus[:5], corpus[5:])
	if err != nil {
		t.Fatal(err)
	}
	for _, part := range []struct {
		file corpusFile
		want []loader.Input
	}{{first, corpus[:5]}, {rest, corpus[5:]}} {
		if part.file.docs != len(part.want) || part.file.bytes != size(part.want) {
			t.Errorf("%s: %d documents of %d bytes, want %d of %d", part.file.path, part.file.docs, part.file.bytes, len(part.want), size(part.want))
		}
		var got []loader.Input
		if err := loader.Walk(context.Background(), []string{part.file.path}, func(in loader.Input, err error) error {
			got = append(got, in)
			return err
		}); err != nil {
			t.Fatal(err)
		}
		if len(got) != len(part.want) {
			t.Fatalf("%s reads back %d documents, want %d", part.file.path, len(got), len(part.want))
		}
		for i, in := range got {
			w := part.want[i]
			if in.Text != w.Text || in.Meta.Title != w.Meta.Title || in.Meta.URL != w.Meta.URL || in.Meta.Source != w.Meta.Source || in.Meta.Published != w.Meta.Published {
				t.Errorf("%s, document %d: read back %+v, want %+v", part.file.path, i, in.Meta, w.Meta)
			}
		}
	}
}
