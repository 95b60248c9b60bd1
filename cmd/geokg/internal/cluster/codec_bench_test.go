package cluster

import (
	"encoding/json"
	"testing"

	"github.com/geokg/geokg/cmd/geokg/internal/cluster/natstest"
	"github.com/geokg/geokg/loader"
)

// BenchmarkOpCodec encodes and decodes the log ops of 200 documents remixed
// from the seeds, in the wire form and in JSON (what the log carried before),
// and reports the bytes of an op in each.
func BenchmarkOpCodec(b *testing.B) {
	docs := natstest.Remix(natstest.SeedTexts(b), 200, 7)
	ops := make([]*Op, len(docs))
	for i, in := range docs {
		ops[i] = (&Op{Type: OpIngest, Extraction: loader.Extract(in.Text, in.Meta)}).wire()
	}
	for _, c := range []struct {
		name string
		enc  func(any) ([]byte, error)
	}{{"wire", encodeWire}, {"json", json.Marshal}} {
		var msgs [][]byte
		size := 0
		for _, op := range ops {
			d, err := c.enc(op)
			if err != nil {
				b.Fatal(err)
			}
			msgs, size = append(msgs, d), size+len(d)
		}
		b.Run(c.name+"/decode", func(b *testing.B) {
			for i := 0; b.Loop(); i++ {
				if _, err := decodeOp(msgs[i%len(msgs)]); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(size)/float64(len(ops)), "bytes/op")
		})
		b.Run(c.name+"/encode", func(b *testing.B) {
			for i := 0; b.Loop(); i++ {
				if _, err := c.enc(ops[i%len(ops)]); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
