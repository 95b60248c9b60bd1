package schema

import (
	"bytes"
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"mime"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// The media types of GraphQL over HTTP.
const (
	mediaJSON            = "application/json"
	mediaGraphQLResponse = "application/graphql-response+json"
)

// ServeHTTP is the /graphql endpoint (GraphQL over HTTP): POST with a JSON
// body, or GET with query, variables, operationName and extensions
// parameters for queries only. It answers application/graphql-response+json,
// with the spec's status codes, to clients that accept it, and
// application/json (status 200 for every well-formed request) to the
// others. Every request runs under the guards of Options: at most
// MaxConcurrent at once (else 503 with Retry-After), within RequestTimeout,
// with an answer of at most MaxResponseBytes.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	s.metrics.requests.Add(1)
	if s.cors(w, r) {
		return
	}
	media, ok := negotiate(r.Header.Get("Accept"))
	if !ok {
		s.writeError(w, mediaJSON, http.StatusNotAcceptable,
			userErr("Accept must allow %s or %s", mediaGraphQLResponse, mediaJSON))
		return
	}
	req, status, err := s.readRequest(w, r)
	if err != nil {
		s.writeError(w, media, status, err)
		return
	}
	if !s.acquire(r.Context()) {
		w.Header().Set("Retry-After", "1")
		s.writeError(w, media, http.StatusServiceUnavailable, &apiError{
			err: fmt.Errorf("%w: %d requests are running; retry in a second", ErrBusy, s.opts.MaxConcurrent)})
		return
	}
	defer func() { <-s.slots }()
	s.metrics.inflight.Add(1)
	defer s.metrics.inflight.Add(-1)
	ctx, cancel := context.WithTimeout(r.Context(), s.opts.RequestTimeout)
	defer cancel()
	mode := runMode{authorized: s.authorized(r), queriesOnly: r.Method == http.MethodGet}
	if !s.startLane(ctx) {
		s.writeError(w, media, http.StatusServiceUnavailable, &apiError{
			err: fmt.Errorf("%w: the request ran out of time waiting to run", ErrTimeout)})
		return
	}
	defer s.endLane()
	out := s.run(ctx, req, mode)
	status = s.status(w, media, out)
	s.write(w, media, status, out)
	s.log.DebugContext(r.Context(), "graphql request", "method", r.Method, "operation", req.OperationName,
		"status", status, "errors", len(out.result.Errors), "duration", time.Since(start))
}

// maxQueueWait is how long a request waits for one of the MaxConcurrent
// execution slots before it is refused with 503.
const maxQueueWait = time.Second

// acquire takes an execution slot, waiting at most maxQueueWait for one.
func (s *Server) acquire(ctx context.Context) bool {
	select {
	case s.slots <- struct{}{}:
		return true
	default:
	}
	t := time.NewTimer(maxQueueWait)
	defer t.Stop()
	select {
	case s.slots <- struct{}{}:
		return true
	case <-t.C:
	case <-ctx.Done():
	}
	return false
}

// startLane waits, first come first served, for one of the
// MaxExecuting lanes in which requests run and encode their answers, or
// until ctx ends. Admitted requests beyond the lanes queue instead of
// sharing the cores: each then runs at full speed once it starts, so
// latency follows the queue ahead of it rather than the scheduler's luck,
// and fewer half-built answers are alive at once.
func (s *Server) startLane(ctx context.Context) bool {
	select {
	case s.lanes <- struct{}{}:
		return true
	case <-ctx.Done():
		return false
	}
}

func (s *Server) endLane() { <-s.lanes }

// readRequest reads a GraphQL request from r: the query parameters of a GET,
// the JSON body of a POST. On failure it returns the HTTP status to answer.
func (s *Server) readRequest(w http.ResponseWriter, r *http.Request) (request, int, error) {
	var req request
	switch r.Method {
	case http.MethodGet:
		q := r.URL.Query()
		req.Query = q.Get("query")
		req.OperationName = q.Get("operationName")
		for _, p := range []struct {
			name string
			dst  *map[string]any
		}{{"variables", &req.Variables}, {"extensions", &req.Extensions}} {
			if v := q.Get(p.name); v != "" {
				if err := json.Unmarshal([]byte(v), p.dst); err != nil {
					return req, http.StatusBadRequest, userErr("%s is not a JSON object: %v", p.name, err)
				}
			}
		}
	case http.MethodPost:
		ct, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
		if err != nil || ct != mediaJSON {
			return req, http.StatusUnsupportedMediaType, userErr("Content-Type must be %s", mediaJSON)
		}
		body := http.MaxBytesReader(w, r.Body, s.opts.MaxBodyBytes)
		if err := json.NewDecoder(body).Decode(&req); err != nil {
			var tooBig *http.MaxBytesError
			if errors.As(err, &tooBig) {
				return req, http.StatusRequestEntityTooLarge, &apiError{
					err: fmt.Errorf("%w: the body exceeds %d bytes", ErrBodyTooLarge, s.opts.MaxBodyBytes)}
			}
			return req, http.StatusBadRequest, userErr("body is not a GraphQL request in JSON: %s", jsonProblem(err))
		}
	default:
		w.Header().Set("Allow", "GET, POST, OPTIONS")
		return req, http.StatusMethodNotAllowed, userErr("method %s not allowed; use GET or POST", r.Method)
	}
	_, hasPersisted := req.Extensions["persistedQuery"]
	if strings.TrimSpace(req.Query) == "" && !hasPersisted {
		return req, http.StatusBadRequest, userErr("no query given")
	}
	return req, http.StatusOK, nil
}

// jsonProblem describes a JSON decoding error without Go type names.
func jsonProblem(err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		if te.Field != "" {
			return fmt.Sprintf("%s must not be a JSON %s", te.Field, te.Value)
		}
		return "it must be a JSON object, not a JSON " + te.Value
	}
	return err.Error()
}

// status is the HTTP status of an outcome, and sets the headers that go
// with it (Allow on 405, WWW-Authenticate on 401).
func (s *Server) status(w http.ResponseWriter, media string, out outcome) int {
	switch {
	case out.mutationRefused:
		w.Header().Set("Allow", "POST")
		return http.StatusMethodNotAllowed
	case out.code == CodeUnauthenticated:
		w.Header().Set("WWW-Authenticate", `Bearer realm="geokg"`)
		return http.StatusUnauthorized
	case out.badVariables:
		return http.StatusBadRequest
	case out.code == CodePersistedNotFound:
		// Apollo's and urql's links read the error from the body and retry
		// with the query; 200 is what they all accept.
		return http.StatusOK
	case !out.executed && media == mediaGraphQLResponse:
		return http.StatusBadRequest
	}
	return http.StatusOK
}

// authorized reports whether r may run mutations.
func (s *Server) authorized(r *http.Request) bool { return Authorized(r, s.opts.WriteToken) }

// Authorized reports whether r may write (mutations, POST /ingest, the
// online backup). With a token, r must carry "Authorization: Bearer token"
// (the scheme in any case), compared in constant time. Without one, writes
// are closed to the network: only a loopback client that names a loopback
// host (see LoopbackRequest) may write, so that neither another machine nor
// a web page reaching the server by DNS rebinding can.
func Authorized(r *http.Request, token string) bool {
	if token == "" {
		return LoopbackRequest(r)
	}
	return bearerIs(r, token)
}

// ReadAuthorized reports whether r may read data (GraphQL queries, the
// export). Every request may when readToken is empty; otherwise r must carry
// the read token or, when one is set, the write token.
func ReadAuthorized(r *http.Request, readToken, writeToken string) bool {
	if readToken == "" {
		return true
	}
	return bearerIs(r, readToken) || writeToken != "" && bearerIs(r, writeToken)
}

// bearerIs reports whether r carries "Authorization: Bearer token".
func bearerIs(r *http.Request, token string) bool {
	auth := r.Header.Get("Authorization")
	const prefix = "Bearer "
	if len(auth) < len(prefix) || !strings.EqualFold(auth[:len(prefix)], prefix) {
		return false
	}
	tok := strings.TrimSpace(auth[len(prefix):])
	return subtle.ConstantTimeCompare([]byte(tok), []byte(token)) == 1
}

// LoopbackRequest reports whether r comes from a loopback address, names a
// loopback host (localhost, *.localhost, 127.0.0.0/8, [::1]) in its Host
// header and went through no proxy (no Forwarded or X-Forwarded-* header).
func LoopbackRequest(r *http.Request) bool {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
		return false
	}
	for _, h := range []string{"Forwarded", "X-Forwarded-For", "X-Forwarded-Host", "X-Real-Ip"} {
		if r.Header.Get(h) != "" {
			return false
		}
	}
	return LoopbackHost(r.Host)
}

// LoopbackHost reports whether a host or host:port names the local machine
// by a loopback name or address.
func LoopbackHost(hostport string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	if host == "localhost" || strings.HasSuffix(host, ".localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// WriteMediaType reports whether a Content-Type header names a body a write
// endpoint takes: JSON or JSON Lines (application/json, application/x-ndjson,
// application/jsonl, application/json-seq). Form and text bodies are refused,
// since a cross-site HTML form can send those without a CORS preflight.
func WriteMediaType(contentType string) bool {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return false
	}
	switch mt {
	case mediaJSON, "application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/json-seq":
		return true
	}
	return false
}

// negotiate picks the response media type from an Accept header.
func negotiate(accept string) (string, bool) {
	if strings.TrimSpace(accept) == "" {
		return mediaJSON, true
	}
	json, any := false, false
	for _, part := range strings.Split(accept, ",") {
		mt, params, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil {
			continue
		}
		if q, ok := params["q"]; ok {
			if f, err := strconv.ParseFloat(q, 64); err == nil && f <= 0 {
				continue
			}
		}
		switch mt {
		case mediaGraphQLResponse:
			return mediaGraphQLResponse, true
		case mediaJSON:
			json = true
		case "*/*", "application/*":
			any = true
		}
	}
	if json || any {
		return mediaJSON, true
	}
	return "", false
}

// write sends a result: errors, then the data entry (only when the request
// was executed, its keys in query order), then extensions. An answer over
// MaxResponseBytes is replaced by a RESPONSE_TOO_LARGE error.
func (s *Server) write(w http.ResponseWriter, media string, status int, out outcome) {
	buf := s.bufs.Get().(*bytes.Buffer)
	defer s.putBuffer(buf)
	body, err := encodeResponse(buf, out, s.opts.MaxResponseBytes)
	if errors.Is(err, ErrResponseTooLarge) {
		out = refused(&apiError{err: fmt.Errorf("%w: the answer exceeds %d bytes; ask for fewer or smaller fields",
			ErrResponseTooLarge, s.opts.MaxResponseBytes), extra: map[string]any{"maxResponseBytes": s.opts.MaxResponseBytes}})
		if media == mediaGraphQLResponse {
			status = http.StatusBadRequest
		}
		body, err = encodeResponse(buf, out, 0)
	}
	if err != nil {
		s.log.Error("graphql: encode response", "err", err)
		out, status = refused(&apiError{err: fmt.Errorf("%w: encoding the answer failed", ErrInternal)}), http.StatusInternalServerError
		body, _ = encodeResponse(buf, out, 0)
	}
	if !out.executed {
		s.metrics.refuse(out.code)
	}
	w.Header().Set("Content-Type", media+"; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	if _, err := w.Write(body); err != nil {
		s.log.Debug("graphql: write response", "err", err)
	}
}

// maxPooledBuffer is the largest response buffer kept for the next answer.
const maxPooledBuffer = 1 << 20

// putBuffer keeps buf for the next answer unless it grew past
// maxPooledBuffer: a 2-hop neighborhood's 90 KB answer grew a new buffer
// by doubling on every request.
func (s *Server) putBuffer(buf *bytes.Buffer) {
	if buf.Cap() <= maxPooledBuffer {
		s.bufs.Put(buf)
	}
}

// writeError sends a request error that stopped the request before GraphQL.
func (s *Server) writeError(w http.ResponseWriter, media string, status int, err error) {
	s.write(w, media, status, refused(err))
}
