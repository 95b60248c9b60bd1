package cluster

import (
	"encoding/json"
	"errors"
	"reflect"
	"testing"

	"github.com/geokg/geokg/cmd/geokg/internal/cluster/natstest"
	"github.com/geokg/geokg/loader"
)

// FuzzDecodeOp feeds decodeOp log messages in both wire forms and broken
// ones: it never panics, it fails only with ErrBadOp, and what it accepts
// passes check and comes back the same through the wire form.
func FuzzDecodeOp(f *testing.F) {
	x := loader.Extract("Mali and France signed an agreement in Bamako on Monday.", loader.Meta{})
	for _, op := range []*Op{
		{Type: OpIngest, Extraction: x},
		{Type: OpDelete, DocumentID: x.Document.ID},
		{Type: OpMerge, Into: "person:a", From: []string{"person:b", "person:c"}},
		packOf([]string{"Mali and France met in Bamako.", "Germany sanctioned Russia on Friday."}),
		packOf(remixTexts(f, 16)), // compressed
	} {
		w, _ := encodeWire(op.wire())
		j, _ := json.Marshal(op.wire())
		f.Add(w)
		f.Add(j)
		f.Add(w[:len(w)/2])
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		op, err := decodeOp(data)
		if err != nil {
			if !errors.Is(err, ErrBadOp) {
				t.Fatalf("error %v does not wrap ErrBadOp", err)
			}
			return
		}
		if err := op.check(); err != nil {
			t.Fatalf("accepted an op that fails check: %v", err)
		}
		again, err := encodeWire(op)
		if err != nil {
			t.Fatalf("cannot encode an accepted op: %v", err)
		}
		back, err := decodeOp(again)
		if err != nil {
			t.Fatalf("an accepted op does not decode from its wire form: %v", err)
		}
		if !reflect.DeepEqual(back, op) {
			t.Fatalf("wire round trip changed the op:\n%+v\n%+v", op, back)
		}
	})
}

// remixTexts returns n texts remixed from the seeds' sentences.
func remixTexts(tb testing.TB, n int) []string {
	var ts []string
	for _, in := range natstest.Remix(natstest.SeedTexts(tb), n, 5) {
		ts = append(ts, in.Text)
	}
	return ts
}
