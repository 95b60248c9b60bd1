package main

import (
	"context"
	"encoding/json"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// runNode runs a script of testdata with NODE_PATH set to mods and returns
// its standard output.
func runNode(t *testing.T, mods, script string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "node", append([]string{filepath.Join("testdata", script)}, args...)...)
	cmd.Env = append(os.Environ(), "NODE_PATH="+mods)
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s: %v", script, err)
	}
	return out
}

// TestApolloPersistedQueries runs Apollo Client 4 with its automatic
// persisted-query link: the first hash-only request gets
// PersistedQueryNotFound, the link sends the query, and a second client
// then gets its answer from the hash alone; over POST and over GET.
func TestApolloPersistedQueries(t *testing.T) {
	mods := needNode(t, "@apollo/client")
	for _, mode := range []string{"post", "get"} {
		t.Run(mode, func(t *testing.T) {
			srv := newSeededServer(t, "")
			var got struct {
				Answers []struct {
					Stats struct{ Documents, Entities int }
				}
				Requests []struct {
					Method   string
					HasQuery bool
					Status   int
				}
			}
			if err := json.Unmarshal(runNode(t, mods, "apollo-apq.cjs", srv.URL+"/graphql", mode), &got); err != nil {
				t.Fatal(err)
			}
			if len(got.Answers) != 2 || got.Answers[0].Stats.Documents == 0 || got.Answers[1] != got.Answers[0] {
				t.Fatalf("answers %+v", got.Answers)
			}
			// hash only (not found), query and hash, then hash only (found).
			want := []bool{false, true, false}
			if len(got.Requests) != len(want) {
				t.Fatalf("requests %+v, want hash, query, hash", got.Requests)
			}
			for i, r := range got.Requests {
				if r.HasQuery != want[i] || r.Status != 200 {
					t.Fatalf("request %d: %+v (all: %+v)", i, r, got.Requests)
				}
			}
			if mode == "get" && got.Requests[2].Method != "GET" {
				t.Fatalf("hashed query not sent with GET: %+v", got.Requests)
			}
		})
	}
}

// TestRelayCompiler compiles a @refetchable @connection fragment over the
// schema the server introspects: the Relay compiler checks the connection
// shape, PageInfo's four fields included.
func TestRelayCompiler(t *testing.T) {
	mods := needNode(t, "relay-compiler")
	srv := newSeededServer(t, "")
	var got struct {
		OK        bool
		Generated []string
		Output    string
	}
	if err := json.Unmarshal(runNode(t, mods, "relay-compile.cjs", srv.URL+"/graphql"), &got); err != nil {
		t.Fatal(err)
	}
	if !got.OK {
		t.Fatalf("the Relay compiler failed:\n%s", got.Output)
	}
	if strings.Join(got.Generated, ",") != "FeedPaginationQuery.graphql.js,Feed_query.graphql.js" {
		t.Fatalf("generated %v:\n%s", got.Generated, got.Output)
	}
}

// TestMethodNotAllowedSaysAllow: every 405 of the router carries Allow.
func TestMethodNotAllowedSaysAllow(t *testing.T) {
	srv := newSeededServer(t, "")
	for path, want := range map[string]string{"/graphql": "GET, POST, OPTIONS", "/ingest": "POST", "/healthz": "GET, HEAD"} {
		req, _ := http.NewRequest(http.MethodPut, srv.URL+path, nil)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusMethodNotAllowed || resp.Header.Get("Allow") != want {
			t.Errorf("PUT %s: %d, Allow %q, want 405 with %q", path, resp.StatusCode, resp.Header.Get("Allow"), want)
		}
	}
}
