package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRun writes the table from a made-up excerpt of WordNet: proper-name
// descendants of the classes with their type and country, ambiguous and
// generic names left out, a known organization's new names marked with it.
func TestRun(t *testing.T) {
	out := filepath.Join(t.TempDir(), "orgs.tsv")
	if err := run("testdata", out, filepath.Join(t.TempDir(), "features.tsv")); err != nil {
		t.Fatal(err)
	}
	rows := dataRows(t, out)
	want := []string{
		"government body\t\tAir Force Command|AFC\t",         // "Air Force" is made of common words
		"armed group\t\tIslamic Resistance Movement\tHamas",  // orgs.json has Hamas; "Base" is another noun
		"armed group\tLBN\tNorthland Liberation Front|NLF\t", // ;r Lebanon; the brigade's name is ambiguous
	}
	if strings.Join(rows, "\n") != strings.Join(want, "\n") {
		t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(rows, "\n"), strings.Join(want, "\n"))
	}
}

func TestRunMissingDatabase(t *testing.T) {
	if err := run(t.TempDir(), filepath.Join(t.TempDir(), "x.tsv"), filepath.Join(t.TempDir(), "f.tsv")); err == nil || !strings.Contains(err.Error(), "wordnet-base") {
		t.Errorf("err %v, want one that names wordnet-base", err)
	}
}

// TestFeatures writes the named features of the excerpt: direct instances of
// a feature class, an ambiguous name ("Orbis") left out.
func TestFeatures(t *testing.T) {
	dir := t.TempDir()
	if err := run("testdata", filepath.Join(dir, "orgs.tsv"), filepath.Join(dir, "features.tsv")); err != nil {
		t.Fatal(err)
	}
	rows := dataRows(t, filepath.Join(dir, "features.tsv"))
	if want := "Horn of Zembla|Vellmar|Vellmar River"; strings.Join(rows, "|") != want {
		t.Errorf("features %v, want %s", rows, want)
	}
}

// dataRows returns the lines of a generated table, without its comments.
func dataRows(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var rows []string
	for _, l := range strings.Split(string(b), "\n") {
		if l != "" && !strings.HasPrefix(l, "#") {
			rows = append(rows, l)
		}
	}
	return rows
}
