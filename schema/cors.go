package schema

import (
	"net/http"
	"slices"
	"strings"
)

// corsAllowHeaders are the request headers a cross-origin client may send.
const corsAllowHeaders = "Content-Type, Authorization, Accept, Apollo-Require-Preflight, X-Apollo-Operation-Name"

// cors applies Options.CORSOrigins to r: it sets the CORS headers for an
// allowed origin, and answers an OPTIONS request (a preflight or not) itself,
// in which case it returns true. With no origins configured, browsers may
// only call /graphql from its own origin.
func (s *Server) cors(w http.ResponseWriter, r *http.Request) bool {
	origin := r.Header.Get("Origin")
	allowed := origin != "" && s.originAllowed(origin)
	if allowed {
		h := w.Header()
		h.Add("Vary", "Origin")
		if slices.Contains(s.opts.CORSOrigins, "*") {
			h.Set("Access-Control-Allow-Origin", "*")
		} else {
			h.Set("Access-Control-Allow-Origin", origin)
		}
	}
	if r.Method != http.MethodOptions {
		return false
	}
	h := w.Header()
	h.Set("Allow", "GET, POST, OPTIONS")
	if allowed && r.Header.Get("Access-Control-Request-Method") != "" {
		h.Set("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
		h.Set("Access-Control-Allow-Headers", corsAllowHeaders)
		h.Set("Access-Control-Max-Age", "600")
	}
	w.WriteHeader(http.StatusNoContent)
	return true
}

func (s *Server) originAllowed(origin string) bool {
	for _, o := range s.opts.CORSOrigins {
		if o == "*" || strings.EqualFold(strings.TrimRight(o, "/"), origin) {
			return true
		}
	}
	return false
}
