package schema

import (
	"fmt"
	"io"
	"sort"
	"sync"
	"sync/atomic"
)

// metrics count the requests of a Server and the refusals of each guard.
type metrics struct {
	requests atomic.Uint64
	inflight atomic.Int64
	mu       sync.Mutex
	refused  map[string]uint64
}

func newMetrics() *metrics {
	m := &metrics{refused: map[string]uint64{}}
	for _, g := range guardCodes {
		m.refused[g.code] = 0
	}
	for _, c := range []string{CodeTooDeep, CodeTooCostly, CodeParseFailed, CodeValidationFailed, CodeBadUserInput, CodeUnauthenticated} {
		m.refused[c] = 0
	}
	return m
}

// refuse counts one request refused with code.
func (m *metrics) refuse(code string) {
	if code == "" {
		code = CodeInternal
	}
	m.mu.Lock()
	m.refused[code]++
	m.mu.Unlock()
}

// Refused returns how many requests over HTTP were refused with code.
func (s *Server) Refused(code string) uint64 {
	s.metrics.mu.Lock()
	defer s.metrics.mu.Unlock()
	return s.metrics.refused[code]
}

// WriteMetrics writes the counters of the GraphQL endpoint in the Prometheus
// text format: requests, requests refused by code (every guard has its
// code), requests running, and the bytes of the document caches.
func (s *Server) WriteMetrics(w io.Writer) error {
	m := s.metrics
	m.mu.Lock()
	codes := make([]string, 0, len(m.refused))
	for c := range m.refused {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	counts := make([]uint64, len(codes))
	for i, c := range codes {
		counts[i] = m.refused[c]
	}
	m.mu.Unlock()
	_, err := fmt.Fprintf(w, "# TYPE geokg_graphql_requests_total counter\ngeokg_graphql_requests_total %d\n"+
		"# TYPE geokg_graphql_inflight gauge\ngeokg_graphql_inflight %d\n"+
		"# TYPE geokg_graphql_cache_bytes gauge\ngeokg_graphql_cache_bytes{cache=\"documents\"} %d\ngeokg_graphql_cache_bytes{cache=\"persisted\"} %d\n"+
		"# TYPE geokg_graphql_refused_total counter\n",
		m.requests.Load(), m.inflight.Load(), s.cache.size(), s.apq.size())
	for i, c := range codes {
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(w, "geokg_graphql_refused_total{code=%q} %d\n", c, counts[i])
	}
	return err
}
