package exchange

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"testing"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader"
)

// FuzzImportLine feeds arbitrary lines to what geokg import does with each
// (importLine): a line is refused with a *LineError, or it is stored. No
// line may panic, and none that DecodeLine accepted may then fail in the
// store other than as invalid or too large (a line the store refuses is
// reported as a LineError too): that would stop an import midway.
func FuzzImportLine(f *testing.F) {
	// Small seeds: the fuzzer minimizes each new input it keeps, which
	// takes seconds on a line of the 40 KB seed article.
	for _, text := range []string{
		"Mali and France signed an agreement in Bamako on Monday.",
		"Russia accused Ukraine of attacking Belgorod, the ministry said.",
	} {
		x := loader.Extract(text, loader.Meta{Published: graph.Date{Value: "2024-03-01", Precision: graph.DateDay}})
		exported, _ := json.Marshal(x)
		extracted, _ := json.Marshal(loader.NewRecord("doc.txt", x))
		for _, line := range [][]byte{exported, extracted} {
			f.Add(line)
			f.Add(line[:len(line)/2])
		}
	}
	for line := range bytes.Lines(export(f, trickyStore(f), Options{Format: JSONL})) {
		f.Add(bytes.TrimSpace(line))
	}
	st := openMem(f)
	f.Fuzz(func(t *testing.T, line []byte) {
		_, err := importLine(context.Background(), st, line)
		var lineErr *LineError
		if err != nil && !errors.As(err, &lineErr) {
			t.Fatalf("line %q: %v; want a *LineError or nothing", line, err)
		}
	})
}
