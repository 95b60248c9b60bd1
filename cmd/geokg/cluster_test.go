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
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/geokg/geokg/cmd/geokg/internal/cluster"
	"github.com/geokg/geokg/cmd/geokg/internal/cluster/natstest"
	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader"
	"github.com/geokg/geokg/seeds"
	"github.com/geokg/geokg/store"
)

// remixDocs is how many generated documents the cluster test loads (the
// issue asks for 2,000; see README for the time this takes).
const remixDocs = 2000

// testNode is one geokg node of the test cluster: its store, its cluster
// node and its HTTP server.
type testNode struct {
	name string
	dir  string
	st   *store.DB
	node *cluster.Node
	srv  *httptest.Server
	h    *swapHandler
}

// swapHandler lets a restarted node keep its URL.
type swapHandler struct {
	mu sync.RWMutex
	h  http.Handler
}

func (s *swapHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.RLock()
	h := s.h
	s.mu.RUnlock()
	if h == nil {
		http.Error(w, "node down", http.StatusServiceUnavailable)
		return
	}
	h.ServeHTTP(w, r)
}

// clusterClient is the cluster test's HTTP client: no request of the test
// may wait for ever (a POST /ingest of 50 documents waits at most 50 ×
// MaxWait / 8 on the server).
func clusterClient() *http.Client { return &http.Client{Timeout: 4 * time.Minute} }

func (n *testNode) start(t *testing.T, urls string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	st, err := store.Open(store.DefaultOptions(n.dir).WithSyncWrites(false).WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	// A duplicate window of seconds, not minutes: Trim keeps the window's
	// ops, and the test trims the log seconds after loading it.
	node, err := cluster.Start(ctx, st, cluster.Config{URLs: urls, Node: n.name, Replicas: 3, Workers: 1, Duplicates: 3 * time.Second,
		Logger: slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))})
	if err != nil {
		t.Fatal(err)
	}
	d := deps{Store: st, Writer: node, Replica: node}
	h, err := newRouter(ctx, d)
	if err != nil {
		t.Fatal(err)
	}
	n.st, n.node = st, node
	n.h.mu.Lock()
	n.h.h = clusterHandler(h, node, d)
	n.h.mu.Unlock()
}

// crash stops the node abruptly: no more applies, store closed, HTTP down.
func (n *testNode) crash(t *testing.T) {
	t.Helper()
	n.h.mu.Lock()
	n.h.h = nil
	n.h.mu.Unlock()
	n.node.Close()
	if err := n.st.Close(); err != nil {
		t.Fatal(err)
	}
}

type clusterAnswer struct {
	Data       map[string]any `json:"data"`
	Errors     []any          `json:"errors"`
	Extensions map[string]any `json:"extensions"`
	status     int
}

func gqlOn(t *testing.T, url, query string, minSeq uint64) clusterAnswer {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query})
	u := url + "/graphql"
	if minSeq > 0 {
		u += "?minSequence=" + strconv.FormatUint(minSeq, 10)
	}
	resp, err := clusterClient().Post(u, "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var a clusterAnswer
	if err := json.NewDecoder(resp.Body).Decode(&a); err != nil {
		t.Fatalf("%s: %v", u, err)
	}
	a.status = resp.StatusCode
	return a
}

func seqOf(t *testing.T, a clusterAnswer, key string) uint64 {
	t.Helper()
	v, ok := a.Extensions[key].(float64)
	if !ok {
		t.Fatalf("answer without extensions.%s: %+v", key, a)
	}
	return uint64(v)
}

// corpus returns the seeds, the dev corpus when ../shared has it, and
// remixDocs documents remixed from their sentences.
func corpus(t testing.TB) (base, remix []loader.Input) {
	t.Helper()
	base, err := seeds.Inputs()
	if err != nil {
		t.Fatal(err)
	}
	dev := filepath.Join("..", "..", "..", "shared", "corpus", "dev")
	if _, err := os.Stat(dev); err == nil {
		err := loader.Walk(context.Background(), []string{dev}, func(in loader.Input, err error) error {
			if err == nil {
				base = append(base, in)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	} else {
		t.Log("no dev corpus in ../shared: seeds and remixes only")
	}
	var texts []string
	for _, in := range base {
		texts = append(texts, in.Text)
	}
	return base, natstest.Remix(texts, remixDocs, 13)
}

func jsonl(ins []loader.Input) []byte {
	var b bytes.Buffer
	for _, in := range ins {
		line, _ := json.Marshal(map[string]any{"text": in.Text, "title": in.Meta.Title, "source": in.Meta.Source,
			"published": in.Meta.Published.Value})
		b.Write(line)
		b.WriteByte('\n')
	}
	return b.Bytes()
}

func postIngest(t *testing.T, url string, ins []loader.Input) loadSummary {
	t.Helper()
	sum, err := tryIngest(url, ins)
	if err != nil {
		t.Fatal(err)
	}
	return sum
}

// tryIngest sends ins to url's POST /ingest; an answer other than a 200
// summary is an error. It may run outside the test's goroutine.
func tryIngest(url string, ins []loader.Input) (loadSummary, error) {
	resp, err := clusterClient().Post(url+"/ingest", "application/x-ndjson", bytes.NewReader(jsonl(ins)))
	if err != nil {
		return loadSummary{}, err
	}
	defer resp.Body.Close()
	var sum loadSummary
	body, _ := io.ReadAll(resp.Body)
	if err := json.Unmarshal(body, &sum); err != nil || resp.StatusCode != http.StatusOK {
		return sum, fmt.Errorf("POST /ingest: %d %s", resp.StatusCode, body)
	}
	return sum, nil
}

// TestClusterConverges runs 3 NATS servers and 3 geokg nodes on loopback,
// loads documents through the nodes' /ingest and through load --nats while
// a NATS server and a geokg node go down, and checks that every node ends
// with the stats and digest of a single-node load of the same documents,
// that deletions and merges replicate, and that a read with minSequence on
// one node sees a write made on another.
func TestClusterConverges(t *testing.T) {
	if testing.Short() {
		t.Skip("cluster test skipped in -short mode")
	}
	// Every step is bounded: a hang fails the step that hangs, named,
	// instead of the package's test binary.
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute)
	defer cancel()
	start := time.Now()
	nc := natstest.Start(t, 3)
	urls := nc.URLs()
	nodes := make([]*testNode, 3)
	for i := range nodes {
		n := &testNode{name: fmt.Sprintf("geokg%d", i+1), dir: t.TempDir(), h: &swapHandler{}}
		n.srv = httptest.NewServer(n.h)
		t.Cleanup(n.srv.Close)
		n.start(t, urls)
		t.Cleanup(func() { n.node.Close(); n.st.Close() })
		nodes[i] = n
	}
	base, remix := corpus(t)
	half := len(remix) / 2

	// The queued half: load --nats from a JSON Lines file, while NATS
	// server 3 goes down and comes back.
	file := filepath.Join(t.TempDir(), "remix.jsonl")
	if err := os.WriteFile(file, jsonl(remix[half:]), 0o644); err != nil {
		t.Fatal(err)
	}
	loadDone := make(chan error, 1)
	var loadOut bytes.Buffer
	go func() {
		loadDone <- run(ctx, []string{"load", "--nats", urls, "--wait", "3m", "--format", "json", file},
			nil, &loadOut, io.Discard)
	}()
	time.Sleep(300 * time.Millisecond)
	// The NATS server that leads the log goes down for natsOutage while
	// documents load: the log, the work queue and the nodes' consumers
	// must fail over to the other two.
	down := nc.StreamLeader(cluster.LogStream)
	if down < 0 {
		t.Fatal("no leader of the log")
	}
	nc.Stop(down)
	outage := time.Now()
	t.Logf("NATS server %d (the log's leader) stopped", down+1)

	// The other half, and the seeds and dev corpus, through the three
	// nodes' POST /ingest, a slice each; node 2 crashes and restarts meanwhile.
	direct := append(append([]loader.Input{}, base...), remix[:half]...)
	var wg sync.WaitGroup
	for i, n := range nodes {
		part := direct[i*len(direct)/3 : (i+1)*len(direct)/3]
		if i == 1 {
			part = direct[len(direct)/3 : len(direct)/2]
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for chunk := range slicesChunk(part, 50) {
				sum, err := tryIngest(n.srv.URL, chunk)
				if i == 1 && (err != nil || sum.Failed > 0) {
					return // crashed: the client sends the part again to the restarted node
				}
				if err != nil || sum.Failed > 0 || sum.Sequence == 0 {
					t.Errorf("%s: POST /ingest: %+v, %v", n.name, sum, err)
					return
				}
			}
		}()
	}
	// Node 2 crashes mid-apply: once it has applied 100 ops, while the
	// loads go on and the NATS server is down.
	for waited := time.Now(); nodes[1].node.AppliedSequence() < 100; time.Sleep(5 * time.Millisecond) {
		if time.Since(waited) > time.Minute {
			t.Fatalf("node 2 applied only %d ops in a minute", nodes[1].node.AppliedSequence())
		}
	}
	nodes[1].crash(t)
	if _, err := nodes[1].st.AppliedSequence(ctx); err == nil {
		t.Fatal("the crashed node's store is still open")
	}
	crashedAt := nodes[1].node.AppliedSequence()
	// Before the NATS server comes back, the running nodes apply the whole
	// log as it stands: they follow it through the other two servers.
	time.Sleep(time.Until(outage.Add(natsOutage)))
	caughtUp(t, []*testNode{nodes[0], nodes[2]}, 30*time.Second)
	t.Logf("nodes 1 and 3 applied the log with NATS server %d down for %s", down+1, time.Since(outage).Round(time.Second))
	nc.Restart(down)
	wg.Wait()
	nodes[1].start(t, urls)
	// The store records what the node applied; the node resumes there, or
	// at the start of its last run of ingests, which it applies again.
	if stored, err := nodes[1].st.AppliedSequence(ctx); err != nil || stored < crashedAt || stored == 0 {
		t.Fatalf("restarted node's store has applied %d (%v); the node had applied %d", stored, err, crashedAt)
	}
	t.Logf("node 2 crashed after applying %d ops and resumed there", crashedAt)
	t.Logf("direct loads done, node 2 restarted: %s", time.Since(start))
	if sum := postIngest(t, nodes[1].srv.URL, direct[len(direct)/3:2*len(direct)/3]); sum.Failed > 0 {
		t.Fatalf("restarted node: POST /ingest: %+v", sum)
	}
	if err := <-loadDone; err != nil {
		t.Fatalf("load --nats: %v\n%s", err, loadOut.String())
	}
	var fed struct{ Queued, InLog int }
	if err := json.Unmarshal(loadOut.Bytes(), &fed); err != nil || fed.Queued != len(remix)-half || fed.InLog != fed.Queued {
		t.Fatalf("load --nats reported %s (%v); want %d queued, all in the log", loadOut.String(), err, len(remix)-half)
	}

	t.Logf("load --nats done: %s", time.Since(start))
	// A single node loading the same documents is the reference.
	ref, err := store.Open(store.DefaultOptions("").WithInMemory(true).WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	defer ref.Close()
	for _, in := range append(direct, remix[half:]...) {
		if _, err := ingestInput(ctx, ref, in, loader.Limits{}); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("reference loaded: %s", time.Since(start))
	converge(t, nodes, ref)
	t.Logf("converged: %s", time.Since(start))

	// Deletions and merges replicate; a write on node 1 is read on node 3
	// with minSequence.
	doc := loader.Extract(remix[0].Text, remix[0].Meta).Document.ID
	del := gqlOn(t, nodes[0].srv.URL, `mutation { deleteDocument(id: "`+doc+`") }`, 0)
	if del.Data["deleteDocument"] != true {
		t.Fatalf("deleteDocument: %+v", del)
	}
	seq := seqOf(t, del, "sequence")
	got := gqlOn(t, nodes[2].srv.URL, `{ document(id: "`+doc+`") { id } }`, seq)
	if got.Data["document"] != nil || seqOf(t, got, "appliedSequence") < seq {
		t.Fatalf("read on node 3 with minSequence=%d after the deletion on node 1: %+v", seq, got)
	}
	into, from := mergePair(t, ref)
	merged := gqlOn(t, nodes[1].srv.URL, `mutation { mergeEntities(into: "`+into+`", from: ["`+from+`"]) { id } }`, 0)
	if len(merged.Errors) > 0 {
		t.Fatalf("mergeEntities: %+v", merged)
	}
	seq = seqOf(t, merged, "sequence")
	got = gqlOn(t, nodes[0].srv.URL, `{ entity(id: "`+from+`") { id } }`, seq)
	if e, _ := got.Data["entity"].(map[string]any); e == nil || e["id"] != into {
		t.Fatalf("read on node 1 with minSequence=%d after the merge on node 2: %+v", seq, got)
	}
	if _, err := ref.DeleteDocument(ctx, doc); err != nil {
		t.Fatal(err)
	}
	if _, err := ref.MergeEntities(ctx, into, []string{from}); err != nil {
		t.Fatal(err)
	}
	converge(t, nodes, ref)

	// Snapshots, a trimmed log, and a fourth node that starts from the
	// newest snapshot and applies the tail.
	for _, n := range nodes[:2] {
		if _, err := n.node.Snapshot(ctx); err != nil {
			t.Fatal(err)
		}
	}
	dropped, err := nodes[0].node.Trim(ctx)
	if err != nil || dropped == 0 {
		t.Fatalf("Trim: dropped %d, %v", dropped, err)
	}
	doc = loader.Extract(remix[1].Text, remix[1].Meta).Document.ID
	if del := gqlOn(t, nodes[2].srv.URL, `mutation { deleteDocument(id: "`+doc+`") }`, 0); del.Data["deleteDocument"] != true {
		t.Fatalf("deleteDocument after the trim: %+v", del)
	}
	if _, err := ref.DeleteDocument(ctx, doc); err != nil {
		t.Fatal(err)
	}
	fourth := &testNode{name: "geokg4", dir: t.TempDir(), h: &swapHandler{}}
	fourth.srv = httptest.NewServer(fourth.h)
	t.Cleanup(fourth.srv.Close)
	fourth.start(t, urls)
	t.Cleanup(func() { fourth.node.Close(); fourth.st.Close() })
	nodes = append(nodes, fourth)
	converge(t, nodes, ref)
	t.Logf("fourth node caught up from a snapshot: %s", time.Since(start))

	// A read for a sequence the log does not have yet waits, then fails clearly.
	far := gqlOn(t, nodes[0].srv.URL, `{ stats { documents } }`, seq+1000)
	if far.status != http.StatusServiceUnavailable || len(far.Errors) == 0 {
		t.Fatalf("minSequence beyond the log: status %d, %+v", far.status, far)
	}
}

// natsOutage is how long the cluster test keeps a NATS server down: longer
// than a consumer, a pull or a publish waits, so that the nodes must fail over.
const natsOutage = 12 * time.Second

// caughtUp waits, at most limit, until each node has applied the log as it
// stands now.
func caughtUp(t *testing.T, nodes []*testNode, limit time.Duration) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	for _, n := range nodes {
		last := n.node.LogSequence(ctx)
		if err := n.node.WaitApplied(ctx, last); err != nil {
			t.Fatalf("%s: %v", n.name, err)
		}
	}
}

// slicesChunk splits s into chunks of at most n.
func slicesChunk[T any](s []T, n int) func(func([]T) bool) {
	return func(yield func([]T) bool) {
		for i := 0; i < len(s); i += n {
			if !yield(s[i:min(i+n, len(s))]) {
				return
			}
		}
	}
}

// mergePair picks two persons of the reference to merge.
func mergePair(t *testing.T, st store.Store) (string, string) {
	t.Helper()
	ids, err := st.EntityIDs(context.Background(), "person")
	if err != nil || len(ids) < 2 {
		t.Fatalf("persons to merge: %v, %v", ids, err)
	}
	return ids[0], ids[1]
}

// converge waits until every node has applied the whole log, then checks
// that each has the reference's stats and digest.
func converge(t *testing.T, nodes []*testNode, ref store.Store) {
	t.Helper()
	ctx := context.Background()
	want, err := ref.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	wantDigest, err := cluster.Digest(ctx, ref)
	if err != nil {
		t.Fatal(err)
	}
	last := nodes[0].node.LogSequence(ctx)
	for _, n := range nodes {
		wctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
		err := n.node.WaitApplied(wctx, last)
		cancel()
		if err != nil {
			t.Fatalf("%s: %v", n.name, err)
		}
		var health clusterStatus
		resp, err := http.Get(n.srv.URL + "/healthz")
		if err != nil {
			t.Fatal(err)
		}
		json.NewDecoder(resp.Body).Decode(&health)
		resp.Body.Close()
		if health.Status != "ok" || health.AppliedSequence < last {
			t.Errorf("%s: /healthz %+v, want ok at %d", n.name, health, last)
		}
		got, err := n.st.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		digest, err := cluster.Digest(ctx, n.st)
		if err != nil {
			t.Fatal(err)
		}
		if got != want || digest != wantDigest {
			t.Errorf("%s: stats %+v digest %.12s; single node: %+v %.12s", n.name, got, digest, want, wantDigest)
		}
	}
	resp, err := http.Get(nodes[0].srv.URL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(body), "geokg_cluster_lag ") || !strings.Contains(string(body), "geokg_documents ") {
		t.Errorf("/metrics lacks the cluster lag or the store gauges:\n%s", body)
	}
}

func TestServeClusterNeedsNodeName(t *testing.T) {
	err := run(context.Background(), []string{"serve", "--data", t.TempDir(), "--nats", "nats://127.0.0.1:1"}, nil, io.Discard, io.Discard)
	if !errors.Is(err, errUsage) || !strings.Contains(err.Error(), "--node") {
		t.Fatalf("serve --nats without --node: %v, want a usage error naming --node", err)
	}
}

func TestMinSequenceParsing(t *testing.T) {
	cases := []struct {
		url, header string
		want        uint64
		bad         bool
	}{
		{"/graphql", "", 0, false},
		{"/graphql?minSequence=42", "", 42, false},
		{"/graphql", "17", 17, false},
		{"/graphql?minSequence=5", "9", 5, false},
		{"/graphql?minSequence=-1", "", 0, true},
		{"/graphql", "soon", 0, true},
	}
	for _, c := range cases {
		r := httptest.NewRequest(http.MethodGet, c.url, nil)
		if c.header != "" {
			r.Header.Set("X-GeoKG-Min-Sequence", c.header)
		}
		got, err := minSequence(r)
		if (err != nil) != c.bad || got != c.want {
			t.Errorf("%s (header %q): %d, %v; want %d, error %v", c.url, c.header, got, err, c.want, c.bad)
		}
	}
}

// TestMinSequenceWaitNeedsReadAccess checks that a reader without the read
// token is refused at once: it may not hold a connection waiting for a
// sequence (the handler never reaches the node, here absent).
func TestMinSequenceWaitNeedsReadAccess(t *testing.T) {
	d := deps{Store: newTestStore(t), ReadToken: "r3ad"}
	h, err := newRouter(context.Background(), d)
	if err != nil {
		t.Fatal(err)
	}
	h = clusterHandler(h, nil, d)
	r := httptest.NewRequest(http.MethodGet, "/graphql?query=%7Bstats%7Bdocuments%7D%7D&minSequence=999999", nil)
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	if w.Code != http.StatusUnauthorized {
		t.Fatalf("a minSequence read without the read token: status %d, want 401", w.Code)
	}
}

// TestLoadNatsReportsRefusals runs one NATS server and one node whose
// extractors refuse documents over 3,000 bytes: load --nats reports the
// refused document by name, with the limit, and fails like a single-node
// load with a failed input.
func TestLoadNatsReportsRefusals(t *testing.T) {
	ctx := context.Background()
	nc := natstest.Start(t, 1)
	st, err := store.Open(store.DefaultOptions(t.TempDir()).WithSyncWrites(false).WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	node, err := cluster.Start(ctx, st, cluster.Config{URLs: nc.URLs(), Node: "n1", Workers: 1, Limits: loader.Limits{MaxBytes: 3000}})
	if err != nil {
		t.Fatal(err)
	}
	defer node.Close()
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "small.txt"), []byte("Mali and France signed an agreement in Bamako."), 0o644)
	os.WriteFile(filepath.Join(dir, "big.txt"), []byte(strings.Repeat("Nothing happened in the valley that day. ", 100)), 0o644)
	var out bytes.Buffer
	err = run(ctx, []string{"load", "--nats", nc.URLs(), "--wait", "30s", "--format", "json", dir}, nil, &out, io.Discard)
	var sum struct {
		Queued, InLog, Refused, Failed int
		Errors                         []inputError
	}
	if jerr := json.Unmarshal(out.Bytes(), &sum); jerr != nil {
		t.Fatalf("load --nats output: %v\n%s", jerr, out.String())
	}
	if err == nil || sum.Queued != 2 || sum.InLog != 1 || sum.Refused != 1 || len(sum.Errors) != 1 ||
		!strings.Contains(sum.Errors[0].Input, "big.txt") || !strings.Contains(sum.Errors[0].Error, "--max-doc-bytes") {
		t.Fatalf("load --nats with a document over the node's limit: %v\n%s", err, out.String())
	}
}

// orderWriter is a cluster writer that records the order of the documents
// it is given (by source) and takes a while over the ones named slow.
type orderWriter struct {
	mu    sync.Mutex
	order []string
	slow  string
	known map[string]bool
}

func (w *orderWriter) Ingest(ctx context.Context, x *graph.Extraction) (store.IngestResult, uint64, error) {
	if x.Document.Source == w.slow {
		time.Sleep(50 * time.Millisecond)
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	w.order = append(w.order, x.Document.Source)
	created := !w.known[x.Document.ID]
	w.known[x.Document.ID] = true
	return store.IngestResult{DocumentID: x.Document.ID, Created: created}, uint64(len(w.order)), nil
}

func (w *orderWriter) DeleteDocument(context.Context, string) (bool, uint64, error) {
	return false, 0, nil
}

func (w *orderWriter) MergeEntities(context.Context, string, []string) (*graph.Entity, uint64, error) {
	return nil, 0, nil
}

// TestClusterIngestFirstCopyWins checks that a batch of POST /ingest in
// cluster mode that holds the same text twice, with other metadata,
// appends the first copy first, as a single node's load keeps it, even
// when the first copy is slower to append than the second (CI once saw a
// cluster keep the dev corpus's copy of the seed, a single node the
// seeds' copy).
func TestClusterIngestFirstCopyWins(t *testing.T) {
	w := &orderWriter{slow: "First", known: map[string]bool{}}
	b := &bulkLoader{writer: w, logger: slog.New(slog.DiscardHandler), stop: func() {}}
	text := "Russia sent a delegation to North Korea."
	var batch []extracted
	for i, src := range []string{"First", "Other", "Second"} {
		body := text
		if src == "Other" {
			body = fmt.Sprintf("Chile urged Peru to talk (%d).", i)
		}
		batch = append(batch, extracted{name: src, x: loader.Extract(body, loader.Meta{Source: src})})
	}
	b.ingestVia(context.Background(), batch)
	if i, j := slices.Index(w.order, "First"), slices.Index(w.order, "Second"); i < 0 || j < i {
		t.Errorf("appended in the order %v: the second copy before the first", w.order)
	}
	if b.summary.Created != 2 || b.summary.Unchanged != 1 || b.summary.Sequence != 3 {
		t.Errorf("summary %+v, want 2 created, 1 unchanged, sequence 3", b.summary)
	}
}
