package schema

import (
	"crypto/subtle"
	"encoding/json"
	"errors"
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
// body, or GET with query, variables and operationName parameters for
// queries only. It answers application/graphql-response+json, with the
// spec's status codes, to clients that accept it, and application/json
// (status 200 for every well-formed request) to the others.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	media, ok := negotiate(r.Header.Get("Accept"))
	if !ok {
		s.writeError(w, mediaJSON, http.StatusNotAcceptable,
			userErr("Accept must allow %s or %s", mediaGraphQLResponse, mediaJSON))
		return
	}
	var req request
	mode := runMode{authorized: s.authorized(r)}
	switch r.Method {
	case http.MethodGet:
		q := r.URL.Query()
		req.Query = q.Get("query")
		req.OperationName = q.Get("operationName")
		if v := q.Get("variables"); v != "" {
			if err := json.Unmarshal([]byte(v), &req.Variables); err != nil {
				s.writeError(w, media, http.StatusBadRequest, userErr("variables is not a JSON object: %v", err))
				return
			}
		}
		mode.queriesOnly = true
	case http.MethodPost:
		ct, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
		if err != nil || ct != mediaJSON {
			s.writeError(w, media, http.StatusUnsupportedMediaType, userErr("Content-Type must be %s", mediaJSON))
			return
		}
		body := http.MaxBytesReader(w, r.Body, s.opts.MaxBodyBytes)
		dec := json.NewDecoder(body)
		if err := dec.Decode(&req); err != nil {
			var tooBig *http.MaxBytesError
			if errors.As(err, &tooBig) {
				s.writeError(w, media, http.StatusRequestEntityTooLarge,
					userErr("request body exceeds %d bytes", s.opts.MaxBodyBytes))
				return
			}
			s.writeError(w, media, http.StatusBadRequest, userErr("body is not a GraphQL request in JSON: %v", err))
			return
		}
	default:
		w.Header().Set("Allow", "GET, POST")
		s.writeError(w, media, http.StatusMethodNotAllowed, userErr("method %s not allowed; use GET or POST", r.Method))
		return
	}
	if strings.TrimSpace(req.Query) == "" {
		s.writeError(w, media, http.StatusBadRequest, userErr("no query given"))
		return
	}
	out := s.run(r.Context(), req, mode)
	status := http.StatusOK
	switch {
	case out.mutationRefused:
		w.Header().Set("Allow", "POST")
		status = http.StatusMethodNotAllowed
	case !out.executed && media == mediaGraphQLResponse:
		status = http.StatusBadRequest
		if out.code == CodeUnauthenticated {
			status = http.StatusUnauthorized
		}
	case !out.executed && out.code == CodeUnauthenticated:
		status = http.StatusUnauthorized
	}
	s.write(w, media, status, out)
	s.log.DebugContext(r.Context(), "graphql request", "method", r.Method, "operation", req.OperationName,
		"status", status, "errors", len(out.result.Errors), "duration", time.Since(start))
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

// write sends a result: the data entry only when the request was executed.
func (s *Server) write(w http.ResponseWriter, media string, status int, out outcome) {
	body := map[string]any{}
	if out.executed {
		body["data"] = out.result.Data
	}
	if len(out.result.Errors) > 0 {
		body["errors"] = out.result.Errors
	}
	if len(out.result.Extensions) > 0 {
		body["extensions"] = out.result.Extensions
	}
	w.Header().Set("Content-Type", media+"; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	if err := json.NewEncoder(w).Encode(body); err != nil {
		s.log.Warn("graphql: write response", "err", err)
	}
}

// writeError sends a request error that stopped the request before GraphQL.
func (s *Server) writeError(w http.ResponseWriter, media string, status int, err error) {
	s.write(w, media, status, refused(err))
}
