package main

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/geokg/geokg/loader"
	"github.com/geokg/geokg/store"
)

// TestClusterOnDebianNATS runs the cluster against the nats-server that
// Debian packages (2.9 on Debian 12), as separate processes: the in-process
// servers of the other cluster tests are the module's newer version, and a
// client feature that only newer servers accept (consumers with
// FilterSubjects) once broke load --nats on the packaged one. Three
// servers, two nodes, load --nats, a snapshot, and a third node that starts
// from it; all end with a single node's stats and digest. Skipped when
// nats-server is not installed, unless GEOKG_REQUIRE_NATS_SERVER is set (CI).
func TestClusterOnDebianNATS(t *testing.T) {
	bin, err := exec.LookPath("nats-server")
	if err != nil {
		if os.Getenv("GEOKG_REQUIRE_NATS_SERVER") != "" {
			t.Fatal("nats-server is not installed (Debian package nats-server)")
		}
		t.Skip("no nats-server on PATH")
	}
	if testing.Short() {
		t.Skip("cluster test skipped in -short mode")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	urls := startNATSProcesses(t, bin, 3)

	nodes := make([]*testNode, 2)
	for i := range nodes {
		nodes[i] = startTestNode(t, fmt.Sprintf("deb%d", i+1), urls)
	}
	base, remix := corpus(t)
	docs := append(append(base[:0:0], base...), remix[:300]...)
	file := filepath.Join(t.TempDir(), "docs.jsonl")
	if err := os.WriteFile(file, jsonl(docs), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, logs strings.Builder
	if err := run(ctx, []string{"load", "--nats", urls, "--wait", "2m", file}, nil, &out, &logs); err != nil {
		t.Fatalf("load --nats: %v\n%s", err, out.String())
	}
	// The feeder watches the log through a consumer of its own; a server
	// that refuses it leaves load --nats to ask for each document instead.
	if strings.Contains(logs.String(), "creating a consumer") {
		t.Errorf("load --nats could not create its consumers:\n%s", logs.String())
	}
	ref, err := store.Open(store.DefaultOptions("").WithInMemory(true).WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	defer ref.Close()
	for _, in := range docs {
		if _, err := ingestInput(ctx, ref, in, loader.Limits{}); err != nil {
			t.Fatal(err)
		}
	}
	converge(t, nodes, ref)
	if _, err := nodes[0].node.Snapshot(ctx); err != nil {
		t.Fatalf("snapshot: %v", err)
	}
	nodes = append(nodes, startTestNode(t, "deb3", urls))
	converge(t, nodes, ref)
}

// startTestNode starts a cluster node with its own store and HTTP server.
func startTestNode(t *testing.T, name, urls string) *testNode {
	t.Helper()
	n := &testNode{name: name, dir: t.TempDir(), h: &swapHandler{}}
	n.srv = httptest.NewServer(n.h)
	t.Cleanup(n.srv.Close)
	n.start(t, urls)
	t.Cleanup(func() { n.node.Close(); n.st.Close() })
	return n
}

// startNATSProcesses starts n clustered nats-server processes with
// JetStream on loopback and returns their client URLs; they are killed
// when the test ends.
func startNATSProcesses(t *testing.T, bin string, n int) string {
	t.Helper()
	ports := make([]int, 2*n)
	for i := range ports {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		ports[i] = l.Addr().(*net.TCPAddr).Port
		l.Close()
	}
	var routes, urls []string
	for i := range n {
		routes = append(routes, fmt.Sprintf("nats://127.0.0.1:%d", ports[n+i]))
		urls = append(urls, fmt.Sprintf("nats://127.0.0.1:%d", ports[i]))
	}
	dir := t.TempDir()
	for i := range n {
		cmd := exec.Command(bin, "-js", "-sd", filepath.Join(dir, fmt.Sprint(i)), "-a", "127.0.0.1",
			"-p", fmt.Sprint(ports[i]), "-n", fmt.Sprintf("deb-nats%d", i+1),
			"-cluster", routes[i], "-cluster_name", fmt.Sprintf("geokg-deb-%d", ports[0]), "-routes", strings.Join(routes, ","))
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	}
	for _, u := range urls {
		addr := strings.TrimPrefix(u, "nats://")
		for start := time.Now(); ; time.Sleep(50 * time.Millisecond) {
			if c, err := net.Dial("tcp", addr); err == nil {
				c.Close()
				break
			}
			if time.Since(start) > 20*time.Second {
				t.Fatalf("nats-server at %s not listening after 20 s", addr)
			}
		}
	}
	return strings.Join(urls, ",")
}
