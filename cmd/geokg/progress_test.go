package main

import (
	"strings"
	"testing"

	"github.com/geokg/geokg/loader"
)

// TestCountLinesAsReadJSONL: the progress total counts the documents that
// loader.ReadJSONL reads, whatever the blank lines, line ends and line
// lengths (lines longer than the counter's 64 KiB buffer included).
func TestCountLinesAsReadJSONL(t *testing.T) {
	doc := `{"text": "Japan and South Korea signed a pact."}`
	long := `{"text": "` + strings.Repeat("word ", 30000) + `"}`
	for _, body := range []string{
		"",
		"\n\n  \n",
		doc,
		doc + "\n",
		doc + "\r\n\r\n" + doc,
		"\n" + doc + "\n   \t\n" + doc + "\n\n",
		long + "\n" + doc + "\n" + long,
		strings.Repeat(" ", 70000) + "\n" + doc,
		`{"text": 5}` + "\n" + doc,
	} {
		want := 0
		if err := loader.ReadJSONL(strings.NewReader(body), "t", func(loader.Input, error) error { want++; return nil }); err != nil {
			t.Fatal(err)
		}
		got, err := countLines(strings.NewReader(body))
		if err != nil || got != want {
			t.Errorf("%.40q (%d bytes): counted %d, %v; ReadJSONL reads %d", body, len(body), got, err, want)
		}
	}
}
