package schema

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"
)

// Automatic persisted queries (Apollo's APQ, also urql's persistedExchange):
// a client first sends only the sha256 of its query in
// extensions.persistedQuery; the server answers PersistedQueryNotFound
// unless it holds that query, and the client then sends the query with its
// hash, which the server checks and keeps in a bounded LRU.

// persistedQuery is extensions.persistedQuery of a request.
type persistedQuery struct {
	Version    int    `json:"version"`
	SHA256Hash string `json:"sha256Hash"`
}

// persisted reads extensions.persistedQuery; ok is false when there is none.
func persisted(ext map[string]any) (pq persistedQuery, ok bool, err error) {
	raw, ok := ext["persistedQuery"]
	if !ok || raw == nil {
		return pq, false, nil
	}
	b, err := json.Marshal(raw)
	if err == nil {
		err = json.Unmarshal(b, &pq)
	}
	if err != nil {
		return pq, true, userErr("extensions.persistedQuery is not {version, sha256Hash}")
	}
	if pq.Version != 1 {
		return pq, true, userErr("persisted query version %d is not supported; use 1", pq.Version)
	}
	pq.SHA256Hash = strings.ToLower(pq.SHA256Hash)
	if len(pq.SHA256Hash) != sha256.Size*2 {
		return pq, true, userErr("persistedQuery.sha256Hash is not a sha256 in hex")
	}
	if _, err := hex.DecodeString(pq.SHA256Hash); err != nil {
		return pq, true, userErr("persistedQuery.sha256Hash is not a sha256 in hex")
	}
	return pq, true, nil
}

// resolvePersisted fills in the query of a hash-only request from the store
// of persisted queries, or checks the hash of a request that registers one.
// It returns the hash to register once the query has validated, or "".
func (s *Server) resolvePersisted(req *request) (string, error) {
	pq, ok, err := persisted(req.Extensions)
	if !ok || err != nil {
		return "", err
	}
	if strings.TrimSpace(req.Query) == "" {
		q, found := s.apq.get(pq.SHA256Hash)
		if !found {
			return "", &apiError{err: ErrPersistedQueryNotFound}
		}
		req.Query = q
		return "", nil
	}
	sum := sha256.Sum256([]byte(req.Query))
	if hex.EncodeToString(sum[:]) != pq.SHA256Hash {
		return "", &apiError{err: fmt.Errorf("%w: the sha256 of the query is not %s", ErrPersistedQueryMismatch, pq.SHA256Hash)}
	}
	return pq.SHA256Hash, nil
}
