package cluster

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/fxamacker/cbor/v2"
	"github.com/klauspost/compress/s2"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader"
)

// packOf extracts the texts as one OpIngests op.
func packOf(texts []string) *Op {
	op := &Op{Type: OpIngests}
	var hashes []string
	for _, text := range texts {
		x := loader.Extract(text, loader.Meta{})
		op.Extractions = append(op.Extractions, x)
		hashes = append(hashes, docHash(x.Document.ID))
	}
	op.Pack = packKey(hashes)
	return op
}

// TestPackOp checks the op of a pack: what it needs, its subject and the
// documents its header lists, and that its wire form (compacted, and
// compressed when large) decodes to the op sent whole.
func TestPackOp(t *testing.T) {
	ts := remixTexts(t, 16)
	op := packOf(ts)
	if err := op.check(); err != nil {
		t.Fatal(err)
	}
	if got, want := op.subject(), "geokg.log.ingests."+op.Pack; got != want {
		t.Errorf("subject %q, want %q", got, want)
	}
	hs := op.docHashes()
	if len(hs) != len(ts) || hs[3] != docHash(graph.DocumentID(ts[3])) {
		t.Errorf("docHashes %v: want the hashes of the %d documents in order", hs, len(ts))
	}
	plain, _ := json.Marshal(op) // whole, as JSON
	wire, err := encodeWire(op.wire())
	if err != nil {
		t.Fatal(err)
	}
	if wire[0] != compressedMark || len(wire)*3 > len(plain) {
		t.Errorf("a pack's wire form starts with %#x and takes %d bytes (whole %d): want compressed, at most a third", wire[0], len(wire), len(plain))
	}
	single, _ := encodeWire((&Op{Type: OpIngest, Extraction: op.Extractions[0]}).wire())
	t.Logf("a pack of %d documents: %d bytes on the log, %d per document (a single document's op: %d; whole, as JSON: %d per document)",
		len(ts), len(wire), len(wire)/len(ts), len(single), len(plain)/len(ts))
	sameDecoded(t, "a pack", plain, wire)
	for _, bad := range []*Op{
		{Type: OpIngests, Extractions: op.Extractions},
		{Type: OpIngests, Pack: op.Pack},
		{Type: OpIngests, Pack: op.Pack, Extractions: []*graph.Extraction{op.Extractions[0], {}}},
		{Type: OpIngests, Pack: op.Pack, Extractions: []*graph.Extraction{nil}},
	} {
		if err := bad.check(); !errors.Is(err, ErrBadOp) {
			t.Errorf("check of %+v: %v, want ErrBadOp", bad, err)
		}
	}
}

// TestCompressedWire checks the wire form's compression: small messages are
// plain CBOR, large ones compressed, and a compressed message that is broken
// or would expand past maxDecoded is refused with ErrBadOp.
func TestCompressedWire(t *testing.T) {
	small, _ := encodeWire(&Op{Type: OpDelete, DocumentID: "doc:ab"})
	if small[0] == compressedMark {
		t.Error("a small op was compressed")
	}
	// A block that claims to expand to 2 GiB (its length is a varint).
	bomb := append([]byte{compressedMark, 0x80, 0x80, 0x80, 0x80, 0x08}, s2.Encode(nil, make([]byte, 1<<10))[2:]...)
	for name, data := range map[string][]byte{
		"bomb":      bomb,
		"truncated": append([]byte{compressedMark}, s2.Encode(nil, []byte(strings.Repeat("geokg ", 5000)))[:40]...),
		"mark only": {compressedMark},
	} {
		if _, err := decodeOp(data); !errors.Is(err, ErrBadOp) {
			t.Errorf("%s: %v, want ErrBadOp", name, err)
		}
	}
	// The bomb is refused for the size it claims, before it is expanded.
	if _, err := decodeOp(bomb); err == nil || !strings.Contains(err.Error(), "expands to 2147483648 bytes") {
		t.Errorf("bomb: %v, want refused for its claimed size", err)
	}
}

// TestWorkItems checks that a work item is read as one document (as feeders
// wrote them before packs) or as a pack, and that a pack's key follows its
// documents and their order.
func TestWorkItems(t *testing.T) {
	one, _ := encodeWire(rawDoc{Name: "a", Text: "Mali and France."})
	var item workItem
	if err := decodeWire(one, &item); err != nil || len(item.docs()) != 1 || item.docs()[0].Name != "a" {
		t.Fatalf("a one-document item: %+v, %v", item, err)
	}
	b, _ := encodeWire(rawDoc{Name: "b", Text: "Oslo."})
	pack, _ := encodeWire(workPack{Docs: []cbor.RawMessage{one, b}})
	item = workItem{}
	if err := decodeWire(pack, &item); err != nil || len(item.docs()) != 2 || item.docs()[1].Text != "Oslo." {
		t.Fatalf("a pack: %+v, %v", item, err)
	}
	ab, ab2, ba := packKey([]string{"a", "b"}), packKey(strings.Fields("a b")), packKey([]string{"b", "a"})
	if ab == ba || ab != ab2 {
		t.Error("packKey does not follow the documents and their order")
	}
}
