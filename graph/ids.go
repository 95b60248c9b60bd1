package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/gosimple/slug"
	"golang.org/x/text/unicode/norm"
)

// DocumentID returns the content-hash ID of a document's text: "doc:" and the
// first 16 bytes of its SHA-256 in hex. Loading the same text twice gives the same ID.
func DocumentID(text string) string {
	sum := sha256.Sum256([]byte(text))
	return "doc:" + hex.EncodeToString(sum[:16])
}

// StateID returns the ID of the state with ISO 3166 alpha-3 code iso3: "state:PRK".
func StateID(iso3 string) string { return "state:" + strings.ToUpper(iso3) }

// EntityID returns the deterministic ID of an entity of kind k named name:
// "person:vladimir-putin", "org:g7", "place:pyongyang". States are named by
// their ISO3 code: EntityID(KindState, "PRK") is "state:PRK".
func EntityID(k Kind, name string) string {
	if k == KindState {
		return StateID(name)
	}
	return k.IDPrefix() + ":" + Slug(name)
}

// KindOfID returns the kind an entity ID names, and false when id is no entity ID.
func KindOfID(id string) (Kind, bool) {
	prefix, rest, ok := strings.Cut(id, ":")
	if !ok || rest == "" {
		return "", false
	}
	switch prefix {
	case "person":
		return KindPerson, true
	case "state":
		return KindState, true
	case "org":
		return KindOrganization, true
	case "place":
		return KindPlace, true
	}
	return "", false
}

// Slug turns a name into the lower-case ASCII, hyphen-separated form used in IDs.
func Slug(name string) string { return slug.Make(name) }

// FoldAccents returns s without its accents ("Erdoğan" -> "Erdogan"), keeping
// case and punctuation. It is safe for concurrent use.
func FoldAccents(s string) string { return foldAccents(s) }

// foldAccents decomposes s, drops the combining marks and recomposes it. It
// uses the stateless norm forms (a shared transform.Chain keeps state and
// breaks under concurrent use; a new one per call allocates kilobytes).
func foldAccents(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	d := norm.NFKD.String(s)
	var b strings.Builder
	b.Grow(len(d))
	for _, r := range d {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}

// Normalize folds a name for matching and search: accents removed, case folded,
// punctuation turned into spaces, spaces collapsed, and a leading "the " dropped.
func Normalize(name string) string {
	folded := foldAccents(name)
	var b strings.Builder
	b.Grow(len(folded))
	space := true
	for _, r := range folded {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
			space = false
		case r == '\'' || r == '\u2019':
			// apostrophes join: "Côte d'Ivoire" -> "cote divoire"
		default:
			if !space {
				b.WriteByte(' ')
				space = true
			}
		}
	}
	s := strings.TrimSpace(b.String())
	return strings.TrimPrefix(s, "the ")
}

// EdgeID returns the deterministic ID of an edge. Two statements of the same
// relation (type, ends, date, modality and claimant) give the same ID; for a
// symmetric type the ends are taken in sorted order.
func EdgeID(t RelationType, from, to string, date Date, m Modality, attributedTo string) string {
	if t.Symmetric() && to < from {
		from, to = to, from
	}
	return "edge:" + hashParts(string(t), from, to, date.Value, string(m), attributedTo)
}

// EventID returns the deterministic ID of an event of type t with the given
// actors, targets and date; the order of actors and targets does not matter.
func EventID(t RelationType, actors, targets []string, date Date) string {
	a := sortedCopy(actors)
	b := sortedCopy(targets)
	if t.Symmetric() {
		a = sortedCopy(append(append([]string{}, actors...), targets...))
		b = nil
	}
	return "event:" + hashParts(string(t), strings.Join(a, ","), strings.Join(b, ","), date.Value)
}

// CanonicalEnds returns from and to in the order the store keeps them: for a
// symmetric type the smaller ID comes first.
func CanonicalEnds(t RelationType, from, to string) (string, string) {
	if t.Symmetric() && to < from {
		return to, from
	}
	return from, to
}

func sortedCopy(s []string) []string {
	c := append([]string(nil), s...)
	sort.Strings(c)
	return c
}

// hashParts hashes parts, each written as its length, ':', itself and '|'
// ("3:met|"), and returns the first 12 bytes of the SHA-256 in hex.
func hashParts(parts ...string) string {
	n := 0
	for _, p := range parts {
		n += len(p) + 8
	}
	buf := make([]byte, 0, n)
	for _, p := range parts {
		buf = strconv.AppendInt(buf, int64(len(p)), 10)
		buf = append(append(append(buf, ':'), p...), '|')
	}
	sum := sha256.Sum256(buf)
	return hex.EncodeToString(sum[:12])
}
