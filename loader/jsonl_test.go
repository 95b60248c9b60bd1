package loader

import (
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"
	"time"
)

// TestReadJSONLInOrder: lines decoded on several goroutines reach the
// caller in line order, each as it would be alone, across many chunks
// (good, bad, blank and overlong lines mixed), and a line larger than the
// pipeline's budget of bytes read ahead is read too.
func TestReadJSONLInOrder(t *testing.T) {
	const maxLine = jsonlAheadBytes + 1<<20
	var src strings.Builder
	type want struct {
		name, text string
		err        error
	}
	var wants []want
	for i := 1; i <= 3000; i++ {
		name := fmt.Sprintf("in:%d", i)
		switch {
		case i%97 == 0:
			src.WriteString("\n")
		case i%89 == 0:
			src.WriteString("{bad\n")
			wants = append(wants, want{name, "", ErrBadDocument})
		case i == 1500:
			text := strings.Repeat("x", jsonlAheadBytes+10)
			fmt.Fprintf(&src, "{\"text\": %q}\n", text)
			wants = append(wants, want{name, text, nil})
		default:
			text := fmt.Sprintf("Document %d: Japan and South Korea signed a pact.", i)
			fmt.Fprintf(&src, "{\"text\": %q}\n", text)
			wants = append(wants, want{name, text, nil})
		}
	}
	i := 0
	err := readJSONL(strings.NewReader(src.String()), "in", maxLine, func(in Input, err error) error {
		if i >= len(wants) {
			t.Fatalf("more lines than written: %s", in.Name)
		}
		w := wants[i]
		if in.Name != w.name || in.Text != w.text || !errors.Is(err, w.err) || (w.err == nil) != (err == nil) {
			t.Fatalf("line %d: %s %.30q %v, want %s %.30q %v", i, in.Name, in.Text, err, w.name, w.text, w.err)
		}
		i++
		return nil
	})
	if err != nil || i != len(wants) {
		t.Fatalf("%d of %d lines, %v", i, len(wants), err)
	}
}

// TestReadJSONLStops: when the caller's function fails, reading stops with
// its error, the function is not called again, and no goroutine of the
// pipeline is left.
func TestReadJSONLStops(t *testing.T) {
	before := runtime.NumGoroutine()
	src := strings.Repeat(`{"text": "Japan and South Korea signed a pact."}`+"\n", 5000)
	stop := errors.New("enough")
	calls := 0
	err := ReadJSONL(strings.NewReader(src), "in", func(in Input, err error) error {
		calls++
		if calls == 100 {
			return stop
		}
		if calls > 100 {
			t.Fatalf("called again after the error: %s", in.Name)
		}
		return nil
	})
	if !errors.Is(err, stop) {
		t.Fatalf("err = %v, want the caller's", err)
	}
	deadline := time.Now().Add(2 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Fatalf("%d goroutines left, %d before", n, before)
	}
}

// TestReadJSONLTrickle: a line that arrives alone (a client streaming a
// request body) reaches the caller before the next is written; the
// pipeline does not wait for a chunk to fill.
func TestReadJSONLTrickle(t *testing.T) {
	pr, pw := io.Pipe()
	seen := make(chan string)
	go func() {
		for i := range 3 {
			fmt.Fprintf(pw, "{\"text\": \"line %d\"}\n", i)
			select {
			case <-seen:
			case <-time.After(5 * time.Second):
				pw.CloseWithError(fmt.Errorf("line %d was held back", i))
				return
			}
		}
		pw.Close()
	}()
	err := ReadJSONL(pr, "in", func(in Input, err error) error {
		select {
		case seen <- in.Text:
			return err
		case <-time.After(5 * time.Second):
			return fmt.Errorf("%s came after its writer gave up", in.Name)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestReadJSONLReadError: a read that fails ends the input with an error
// that names the line, after the lines read before it.
func TestReadJSONLReadError(t *testing.T) {
	broken := errors.New("disk gone")
	r := io.MultiReader(strings.NewReader(`{"text": "a"}`+"\n"+`{"text": "b"}`+"\n"), errReader{broken})
	var texts []string
	err := ReadJSONL(r, "in", func(in Input, err error) error {
		texts = append(texts, in.Text)
		return err
	})
	if !errors.Is(err, broken) || !strings.Contains(err.Error(), "in:3") {
		t.Fatalf("err = %v, want the read error at in:3", err)
	}
	if strings.Join(texts, ",") != "a,b" {
		t.Fatalf("lines before the error: %q", texts)
	}
}

type errReader struct{ err error }

func (r errReader) Read([]byte) (int, error) { return 0, r.err }
