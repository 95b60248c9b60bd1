package main

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// npmModules returns the node_modules folder that holds graphql-http, or ""
// with the reason. GEOKG_NPM_DIR overrides $HOME/.cache/geokg-npm, where
// .ci/run installs it.
func npmModules(t *testing.T, pkg string) string {
	t.Helper()
	dir := os.Getenv("GEOKG_NPM_DIR")
	if dir == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return ""
		}
		dir = filepath.Join(home, ".cache", "geokg-npm")
	}
	mods := filepath.Join(dir, "node_modules")
	if _, err := os.Stat(filepath.Join(mods, pkg, "package.json")); err != nil {
		return ""
	}
	return mods
}

// needNode skips the test when node or the npm package pkg is missing,
// unless GEOKG_REQUIRE_NODE_TESTS is set (CI sets it), then it fails.
func needNode(t *testing.T, pkg string) string {
	t.Helper()
	_, errNode := exec.LookPath("node")
	mods := npmModules(t, pkg)
	if errNode == nil && mods != "" {
		return mods
	}
	msg := "node or the npm package " + pkg + " is absent (.ci/run installs them into $HOME/.cache/geokg-npm)"
	if os.Getenv("GEOKG_REQUIRE_NODE_TESTS") != "" {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return ""
}

// TestGraphQLOverHTTPAudit runs graphql-http's auditServer, the
// GraphQL-over-HTTP spec audit that clients are built against, against the
// real router on 127.0.0.1: it must find no error and no warning.
func TestGraphQLOverHTTPAudit(t *testing.T) {
	mods := needNode(t, "graphql-http")
	srv := newSeededServer(t, "")
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "node", filepath.Join("testdata", "graphql-http-audit.cjs"), srv.URL+"/graphql")
	cmd.Env = append(os.Environ(), "NODE_PATH="+mods)
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("audit: %v", err)
	}
	var results []struct {
		ID, Name, Status, Reason, Body string
		HTTPStatus                     int
	}
	if err := json.Unmarshal(out, &results); err != nil {
		t.Fatalf("audit output: %v: %.500s", err, out)
	}
	if len(results) < 30 {
		t.Fatalf("the audit ran only %d checks", len(results))
	}
	for _, r := range results {
		if r.Status != "ok" {
			t.Errorf("%s %s: %s (status %d, body %.200s)", r.Status, r.Name, r.Reason, r.HTTPStatus, r.Body)
		}
	}
	t.Logf("graphql-http audit: %d checks, all ok", len(results))
}
