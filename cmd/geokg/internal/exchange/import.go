package exchange

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader"
	"github.com/geokg/geokg/store"
)

// MaxLineBytes bounds one import line.
const MaxLineBytes = 64 << 20

// maxKeptErrors bounds the line errors an ImportResult keeps (all are counted).
const maxKeptErrors = 1000

// LineError is an import line that was refused; nothing of it is stored.
type LineError struct {
	// Source names the input (a file name, "-" for standard input).
	Source string
	// Line is the line number, from 1.
	Line int
	// Field is the JSON path of the field at fault ("edges[2].modality"), or
	// empty when the line as a whole is at fault.
	Field string
	Err   error
}

func (e *LineError) Error() string {
	if e.Field == "" {
		return fmt.Sprintf("%s:%d: %v", e.Source, e.Line, e.Err)
	}
	return fmt.Sprintf("%s:%d: %s: %v", e.Source, e.Line, e.Field, e.Err)
}

// Unwrap returns ErrInvalidLine and the cause.
func (e *LineError) Unwrap() []error { return []error{ErrInvalidLine, e.Err} }

// ImportResult counts what an import did.
type ImportResult struct {
	// Lines counts the non-empty lines read.
	Lines int `json:"lines"`
	// Created counts the documents stored; Unchanged those stored already.
	Created   int `json:"created"`
	Unchanged int `json:"unchanged"`
	// Failed counts the refused lines; Errors holds the first of them.
	Failed int          `json:"failed"`
	Errors []*LineError `json:"-"`
}

// Add adds the counts of o to r.
func (r *ImportResult) Add(o ImportResult) {
	r.Lines += o.Lines
	r.Created += o.Created
	r.Unchanged += o.Unchanged
	r.Failed += o.Failed
	r.Errors = append(r.Errors, o.Errors[:min(len(o.Errors), max(0, maxKeptErrors-len(r.Errors)))]...)
}

// Import reads JSON Lines from r and stores each line: a line of the JSONL
// export (a graph.Extraction: "document", "entities", "edges", ...) or of
// `geokg extract --format jsonl` ("doc", "id", "entities", "facts"). Each line
// is decoded and validated whole before one transaction stores it, so a bad
// line stores nothing; it is reported and the import goes on. A document
// stored already is left as it is, so importing twice changes nothing. The
// error is for a failure to read r or of the store, which stops the import.
func Import(ctx context.Context, st store.Store, r io.Reader, source string) (ImportResult, error) {
	var res ImportResult
	br := bufio.NewReaderSize(r, 1<<16)
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			return res, err
		}
		line, err := readLine(br, MaxLineBytes)
		if errors.Is(err, io.EOF) && len(line) == 0 {
			return res, nil
		}
		if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, ErrLineTooLong) {
			return res, fmt.Errorf("exchange: import %s: %w", source, err)
		}
		if len(bytes.TrimSpace(line)) == 0 && !errors.Is(err, ErrLineTooLong) {
			if err != nil {
				return res, nil
			}
			continue
		}
		res.Lines++
		var lineErr *LineError
		if errors.Is(err, ErrLineTooLong) {
			lineErr = &LineError{Err: fmt.Errorf("%w (over %d bytes)", ErrLineTooLong, MaxLineBytes)}
		} else if created, ierr := importLine(ctx, st, line); ierr != nil {
			if !errors.As(ierr, &lineErr) {
				return res, fmt.Errorf("exchange: import %s:%d: %w", source, n, ierr)
			}
		} else if created {
			res.Created++
		} else {
			res.Unchanged++
		}
		if lineErr != nil {
			lineErr.Source, lineErr.Line = source, n
			res.Failed++
			if len(res.Errors) < maxKeptErrors {
				res.Errors = append(res.Errors, lineErr)
			}
		}
	}
}

// readLine reads one line without its end; ErrLineTooLong when it exceeds
// limit bytes (the rest of the line is consumed).
func readLine(br *bufio.Reader, limit int) ([]byte, error) {
	var line []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if len(line)+len(chunk) <= limit {
			line = append(line, chunk...)
		} else {
			line = append(line[:0], 'x') // keep it non-empty
			for errors.Is(err, bufio.ErrBufferFull) {
				_, err = br.ReadSlice('\n')
			}
			if err == nil || errors.Is(err, io.EOF) {
				return line, ErrLineTooLong
			}
			return nil, err
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return bytes.TrimRight(line, "\r\n"), err
	}
}

// importLine decodes, validates and stores one line. A refused line gives a
// *LineError; any other error is the store's.
func importLine(ctx context.Context, st store.Store, line []byte) (bool, error) {
	x, err := DecodeLine(line)
	if err != nil {
		return false, err
	}
	res, err := st.Ingest(ctx, x)
	if errors.Is(err, store.ErrInvalid) || errors.Is(err, store.ErrTooLarge) {
		return false, &LineError{Err: err}
	}
	if err != nil {
		return false, err
	}
	return res.Created, nil
}

// DecodeLine decodes and validates one import line, either record kind. A
// bad line gives a *LineError naming the field at fault (Source and Line unset).
func DecodeLine(line []byte) (*graph.Extraction, error) {
	var keys map[string]json.RawMessage
	if err := json.Unmarshal(line, &keys); err != nil {
		return nil, lineErr("", fmt.Errorf("not a JSON object: %w", err))
	}
	var x *graph.Extraction
	switch {
	case keys["document"] != nil:
		x = &graph.Extraction{}
		if err := decodeStrict(line, x); err != nil {
			return nil, err
		}
	case keys["facts"] != nil || keys["doc"] != nil:
		var r loader.Record
		if err := decodeStrict(line, &r); err != nil {
			return nil, err
		}
		var err error
		if x, err = recordExtraction(&r); err != nil {
			return nil, asLineErr(err)
		}
	default:
		return nil, lineErr("", errors.New(`neither an export record ("document") nor an extract record ("doc", "facts")`))
	}
	if err := validateExtraction(x); err != nil {
		return nil, asLineErr(err)
	}
	return x, nil
}

// decodeStrict decodes line into v, refusing unknown fields and naming the
// field of a type mismatch.
func decodeStrict(line []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.DisallowUnknownFields()
	err := dec.Decode(v)
	if err == nil {
		return nil
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return lineErr(te.Field, fmt.Errorf("%s where %s is wanted", te.Value, te.Type))
	}
	return lineErr("", err)
}

func lineErr(field string, err error) *LineError {
	return &LineError{Field: field, Err: err}
}

func asLineErr(err error) error {
	var fe *fieldError
	if errors.As(err, &fe) {
		return lineErr(fe.field, errors.New(fe.msg))
	}
	return lineErr("", err)
}
