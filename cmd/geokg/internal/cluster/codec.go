package cluster

import (
	"encoding/json"
	"fmt"
	"math"

	"github.com/fxamacker/cbor/v2"
	"github.com/klauspost/compress/s2"
)

// The wire form of what the cluster's streams carry (log ops, work items):
// CBOR (RFC 8949), with the field names of the types' json tags. An op is
// decoded once by every node, so its codec is paid three times per document
// in a 3-node cluster: on the cluster load benchmark's documents, decoding an
// op took 82 µs with encoding/json and 28 µs with CBOR, and the op was 20%
// smaller (6.7 KB against 5.4 KB; BenchmarkOpCodec).
//
// Messages written by earlier versions are JSON objects; CBOR never begins a
// map with '{' (0x7B is a text string's head), so decode tells them apart by
// their first byte and a log written before the change is still applied.
//
// A wire form of compressAbove bytes or more (a pack of documents, or its
// OpIngests) is S2-compressed (klauspost/compress) behind the byte
// compressedMark, CBOR's "break" code, which never begins a data item. Once
// ops travel in packs, the NATS servers' cost follows the bytes they store
// and deliver: on the cluster load benchmark, compressed packs took 1.79-1.98
// ms of CPU per document against 1.92-2.23 uncompressed (six runs of each,
// alternated; README, "Cluster mode", round 13). A single document's op
// (~5 KB) gained nothing from it in round 12.
const (
	compressAbove  = 16 << 10
	compressedMark = 0xFF
	// maxDecoded bounds what a compressed message may expand to: a pack
	// holds at most packBytes of text, its op a few times that.
	maxDecoded = 64 << 20
)

// wireDecoder decodes without the decoder's default caps on arrays and maps
// (131,072 elements): a message is bounded by the server's payload limit and
// a document by the node's Limits before it is appended.
var wireDecoder = func() cbor.DecMode {
	dm, err := cbor.DecOptions{
		MaxArrayElements: math.MaxInt32,
		MaxMapPairs:      math.MaxInt32,
	}.DecMode()
	if err != nil {
		panic(err) // the options are constants
	}
	return dm
}()

// encodeWire gives v's wire form.
func encodeWire(v any) ([]byte, error) {
	b, err := cbor.Marshal(v)
	if err != nil {
		return nil, err
	}
	return compressLarge(b), nil
}

// compressLarge gives the wire form of CBOR b: b itself, or compressed when
// it is compressAbove bytes or more. (What goes inside another message, a
// pack's documents, stays plain CBOR: the pack is compressed whole.)
func compressLarge(b []byte) []byte {
	if len(b) < compressAbove {
		return b
	}
	return append([]byte{compressedMark}, s2.Encode(nil, b)...)
}

// decodeWire parses a message in either wire form into v.
func decodeWire(data []byte, v any) error {
	if len(data) > 0 && data[0] == '{' {
		return json.Unmarshal(data, v)
	}
	if len(data) > 0 && data[0] == compressedMark {
		n, err := s2.DecodedLen(data[1:])
		if err != nil || n > maxDecoded {
			return fmt.Errorf("s2: a message that expands to %d bytes (%w)", n, err)
		}
		if data, err = s2.Decode(nil, data[1:]); err != nil {
			return fmt.Errorf("s2: %w", err)
		}
	}
	if err := wireDecoder.Unmarshal(data, v); err != nil {
		return fmt.Errorf("cbor: %w", err)
	}
	return nil
}
