package cluster

// Hooks of the package's internals for the external tests.

// PayloadSize is the size of op's log message without its headers.
func PayloadSize(op *Op) int {
	b, err := encodeWire(op.wire())
	if err != nil {
		panic(err)
	}
	return len(b)
}
