package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/geokg/geokg/loader"
)

// The size of one POST /ingest of geokg load --server: whichever comes first.
const (
	remoteBatchDocs  = 200
	remoteBatchBytes = 8 << 20
)

// remoteLoader sends documents to a running server's POST /ingest, in
// batches of JSON Lines, and adds up the summaries it answers.
type remoteLoader struct {
	url    string
	token  string
	logger *slog.Logger
	client *http.Client

	sum   loadSummary
	buf   bytes.Buffer
	names []string // the input of each line of buf
	last  time.Time
}

// remoteDoc is one line of JSON Lines, as POST /ingest reads it.
type remoteDoc struct {
	Text      string `json:"text"`
	Title     string `json:"title,omitempty"`
	URL       string `json:"url,omitempty"`
	Source    string `json:"source,omitempty"`
	Published string `json:"published,omitempty"`
}

func (l *remoteLoader) run(ctx context.Context, produce func(send func(loader.Input) error, fail func(string, error)) error) (loadSummary, error) {
	if l.client == nil {
		l.client = &http.Client{Timeout: 10 * time.Minute}
	}
	l.url = strings.TrimSuffix(l.url, "/")
	if !strings.HasPrefix(l.url, "http://") && !strings.HasPrefix(l.url, "https://") {
		return loadSummary{}, fmt.Errorf("%w: --server %q is not an http:// or https:// URL", errUsage, l.url)
	}
	l.last = time.Now()
	send := func(in loader.Input) error {
		line, err := json.Marshal(remoteDoc{Text: in.Text, Title: in.Meta.Title, URL: in.Meta.URL, Source: in.Meta.Source, Published: in.Meta.Published.Value})
		if err != nil {
			l.fail(in.Name, err)
			return nil
		}
		l.buf.Write(line)
		l.buf.WriteByte('\n')
		l.names = append(l.names, in.Name)
		if len(l.names) >= remoteBatchDocs || l.buf.Len() >= remoteBatchBytes {
			return l.flush(ctx)
		}
		return nil
	}
	if err := produce(send, l.fail); err != nil {
		return l.sum, err
	}
	return l.sum, l.flush(ctx)
}

func (l *remoteLoader) fail(name string, err error) {
	l.sum.Failed++
	l.sum.Errors = append(l.sum.Errors, inputError{Input: name, Error: err.Error()})
}

// flush posts the buffered documents and merges the answer into the summary.
func (l *remoteLoader) flush(ctx context.Context) error {
	if len(l.names) == 0 {
		return nil
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, l.url+"/ingest", bytes.NewReader(l.buf.Bytes()))
	if err != nil {
		return fmt.Errorf("%w: --server: %w", errUsage, err)
	}
	req.Header.Set("Content-Type", "application/x-ndjson")
	if l.token != "" {
		req.Header.Set("Authorization", "Bearer "+l.token)
	}
	resp, err := l.client.Do(req)
	if err != nil {
		return fmt.Errorf("server: %w", err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	if err != nil {
		return fmt.Errorf("server: %w", err)
	}
	var got loadSummary
	if resp.StatusCode != http.StatusOK {
		var e struct {
			Error string `json:"error"`
		}
		if json.Unmarshal(body, &e) != nil || e.Error == "" {
			e.Error = strings.TrimSpace(string(body))
		}
		return fmt.Errorf("server answered %s: %s", resp.Status, e.Error)
	}
	if err := json.Unmarshal(body, &got); err != nil {
		return fmt.Errorf("server: the answer is not a load summary: %w", err)
	}
	l.merge(got)
	l.buf.Reset()
	l.names = l.names[:0]
	if time.Since(l.last) >= 2*time.Second {
		l.last = time.Now()
		l.logger.Info("progress", "documents", l.sum.Documents, "created", l.sum.Created, "unchanged", l.sum.Unchanged, "failed", l.sum.Failed)
	}
	return nil
}

// merge adds a batch's summary, naming inputs by their files instead of the request's lines.
func (l *remoteLoader) merge(got loadSummary) {
	rename := func(s string) string {
		if n, err := strconv.Atoi(strings.TrimPrefix(s, "request:")); err == nil && n >= 1 && n <= len(l.names) {
			return l.names[n-1]
		}
		return s
	}
	l.sum.Documents += got.Documents
	l.sum.Created += got.Created
	l.sum.Unchanged += got.Unchanged
	l.sum.Failed += got.Failed
	l.sum.SplitSentences += got.SplitSentences
	for _, e := range got.Errors {
		name := rename(e.Input)
		msg := strings.Replace(e.Error, e.Input, name, 1)
		l.sum.Errors = append(l.sum.Errors, inputError{Input: name, Error: msg})
	}
	for _, n := range got.Notes {
		l.sum.Notes = append(l.sum.Notes, inputNote{Input: rename(n.Input), Note: n.Note})
	}
}
