package loader

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"runtime"
	"sync"

	"golang.org/x/sync/semaphore"
)

// JSON Lines are read by one goroutine and decoded by others, in chunks of
// consecutive lines, and handed to the caller in line order. Decoding
// (encoding/json) costs several times the reading, and bounds a reload of
// known documents, which extracts nothing: a reload of 5,000 documents in
// the bench spent 0.21 s decoding on one core while the other merged runs.

// Bounds of the decoding pipeline: lines per chunk, bytes per chunk, chunks
// decoded at once, and the bytes of lines read but not yet handed to the
// caller (at least one line's, whatever its length).
const (
	jsonlChunkLines  = 64
	jsonlChunkBytes  = 256 << 10
	jsonlMaxDecoders = 4
	jsonlAheadBytes  = 8 << 20
)

// jsonlChunk is a run of consecutive lines, decoded together.
type jsonlChunk struct {
	// lines are the chunk's lines that are not blank, and bytes their size.
	lines []jsonlLine
	bytes int
	// readErr is the error that ended the input after these lines.
	readErr error
	// ins and errs are the decoded lines, once done is closed.
	ins  []Input
	errs []error
	done chan struct{}
}

// jsonlLine is a line to decode: its number and its bytes, nil when it was
// too long to read.
type jsonlLine struct {
	num int
	raw []byte
}

// add adds line num, whose bytes are raw (nil: too long).
func (c *jsonlChunk) add(num int, raw []byte) {
	c.lines = append(c.lines, jsonlLine{num, raw})
	c.bytes += len(raw)
}

// full tells that the chunk should go to be decoded.
func (c *jsonlChunk) full() bool {
	return len(c.lines) >= jsonlChunkLines || c.bytes >= jsonlChunkBytes
}

// decode decodes the chunk's lines, as readJSONL reports them.
func (c *jsonlChunk) decode(name string, maxLine int) {
	c.ins, c.errs = make([]Input, len(c.lines)), make([]error, len(c.lines))
	for i, l := range c.lines {
		lineName := fmt.Sprintf("%s:%d", name, l.num)
		if l.raw == nil {
			c.ins[i], c.errs[i] = Input{Name: lineName}, inputErr(lineName, fmt.Errorf("%w: line longer than %d bytes", ErrBadDocument, maxLine))
			continue
		}
		c.ins[i], c.errs[i] = decodeLine(l.raw, lineName)
	}
	c.lines = nil
	close(c.done)
}

// decodeLine is parseJSONDocument on a goroutine of the pipeline, where a
// panic would end the process rather than reach the caller's recover (a
// server's handler): it is the line's error instead.
func decodeLine(raw []byte, lineName string) (in Input, err error) {
	defer func() {
		if r := recover(); r != nil {
			in, err = Input{Name: lineName}, inputErr(lineName, fmt.Errorf("%w: %v", ErrBadDocument, r))
		}
	}()
	return parseJSONDocument(raw, lineName)
}

// jsonlReader is the pipeline of one readJSONL call.
type jsonlReader struct {
	name    string
	maxLine int
	ctx     context.Context // cancelled when the caller stops
	ahead   *semaphore.Weighted
	order   chan *jsonlChunk // chunks in line order, to the caller
	jobs    chan *jsonlChunk // chunks to decode
}

// readJSONL is ReadJSONL with lines longer than maxLine bytes refused.
func readJSONL(r io.Reader, name string, maxLine int, fn func(in Input, err error) error) error {
	ctx, stop := context.WithCancel(context.Background())
	decoders := min(runtime.GOMAXPROCS(0), jsonlMaxDecoders)
	p := &jsonlReader{name: name, maxLine: maxLine, ctx: ctx,
		ahead: semaphore.NewWeighted(jsonlAheadBytes),
		order: make(chan *jsonlChunk, 2*decoders), jobs: make(chan *jsonlChunk, decoders)}
	var wg sync.WaitGroup
	wg.Go(func() { p.read(bufio.NewReaderSize(r, 64<<10)) })
	for range decoders {
		wg.Go(func() {
			for c := range p.jobs {
				c.decode(name, maxLine)
			}
		})
	}
	err := p.deliver(fn)
	stop() // the reader stops at its next line, the decoders after it
	wg.Wait()
	return err
}

// deliver calls fn with each line of the chunks in order, until fn or the
// input fails.
func (p *jsonlReader) deliver(fn func(in Input, err error) error) error {
	for c := range p.order {
		<-c.done
		for i := range c.ins {
			if err := fn(c.ins[i], c.errs[i]); err != nil {
				return err
			}
		}
		p.ahead.Release(p.weight(c))
		if c.readErr != nil {
			return c.readErr
		}
	}
	return nil
}

// weight is what a chunk holds of the ahead budget.
func (p *jsonlReader) weight(c *jsonlChunk) int64 {
	return min(max(int64(c.bytes), 1), jsonlAheadBytes)
}

// read reads the lines of br into chunks and sends each to be decoded and
// delivered. A chunk goes as soon as it is full, and also when no more
// input is buffered, so that lines that trickle in are not held back.
func (p *jsonlReader) read(br *bufio.Reader) {
	defer close(p.order)
	defer close(p.jobs)
	c := &jsonlChunk{done: make(chan struct{})}
	for line := 1; ; line++ {
		raw, tooLong, err := readLine(br, p.maxLine)
		if line == 1 {
			raw = bytes.TrimPrefix(raw, utf8BOM)
		}
		switch {
		case err != nil && err != io.EOF:
			c.readErr = inputErr(fmt.Sprintf("%s:%d", p.name, line), err)
		case tooLong:
			c.add(line, nil)
		case len(bytes.TrimSpace(raw)) > 0:
			c.add(line, raw)
		}
		last := err != nil
		if len(c.lines) == 0 && c.readErr == nil { // blank lines: nothing to send yet
			if last {
				return
			}
			continue
		}
		if last || c.full() || br.Buffered() == 0 {
			if !p.send(c) || last {
				return
			}
			c = &jsonlChunk{done: make(chan struct{})}
		}
	}
}

// send passes c on to the decoders and the caller; false when the caller
// stopped.
func (p *jsonlReader) send(c *jsonlChunk) bool {
	if err := p.ahead.Acquire(p.ctx, p.weight(c)); err != nil {
		return false
	}
	select {
	case p.order <- c:
	case <-p.ctx.Done():
		return false
	}
	select {
	case p.jobs <- c:
		return true
	case <-p.ctx.Done():
		close(c.done) // never decoded, never delivered
		return false
	}
}
