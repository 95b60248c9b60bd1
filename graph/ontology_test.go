package graph

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

var plover = map[string]bool{"AGREE": true, "CONSULT": true, "SUPPORT": true, "CONCEDE": true,
	"COOPERATE": true, "AID": true, "RETREAT": true, "REQUEST": true, "ACCUSE": true, "REJECT": true,
	"THREATEN": true, "PROTEST": true, "SANCTION": true, "MOBILIZE": true, "COERCE": true, "ASSAULT": true,
	"STATEMENT": true}

func TestRelationTypeCodebook(t *testing.T) {
	infos := RelationTypes()
	if len(infos) != len(ScoredRelationTypes) {
		t.Fatalf("%d codebook entries for %d scored types", len(infos), len(ScoredRelationTypes))
	}
	root := regexp.MustCompile(`^(0[1-9]|1[0-9]|20)$`)
	code := regexp.MustCompile(`^(0[1-9]|1[0-9]|20)[0-9]{0,2}$`)
	for i, info := range infos {
		if info.Type != ScoredRelationTypes[i] {
			t.Errorf("entry %d is %s, want %s", i, info.Type, ScoredRelationTypes[i])
		}
		if !root.MatchString(info.CAMEO) {
			t.Errorf("%s: CAMEO root %q is not a CAMEO root code", info.Type, info.CAMEO)
		}
		if len(info.CAMEOCodes) == 0 {
			t.Errorf("%s: no CAMEO codes", info.Type)
		}
		for _, c := range info.CAMEOCodes {
			if !code.MatchString(c) {
				t.Errorf("%s: %q is not a CAMEO code", info.Type, c)
			}
		}
		if !plover[info.PLOVER] {
			t.Errorf("%s: %q is not a PLOVER type", info.Type, info.PLOVER)
		}
		if info.Goldstein < -10 || info.Goldstein > 10 || !strings.HasPrefix(info.GoldsteinCode, info.CAMEO[:1]) {
			t.Errorf("%s: Goldstein %v from %q", info.Type, info.Goldstein, info.GoldsteinCode)
		}
		if info.Symmetric != info.Type.Symmetric() {
			t.Errorf("%s: symmetric %v disagrees with Symmetric()", info.Type, info.Symmetric)
		}
		if got, ok := info.Type.Info(); !ok || got.CAMEO != info.CAMEO {
			t.Errorf("%s.Info() = %+v, %v", info.Type, got, ok)
		}
	}
	if _, ok := RelationType("allied").Info(); ok {
		t.Error("allied has a codebook entry")
	}
	infos[0].CAMEOCodes[0] = "99"
	if RelationTypes()[0].CAMEOCodes[0] == "99" {
		t.Error("RelationTypes shares its slices with the caller")
	}
}

// TestRelationTypeCodebookMatchesOntology checks PLOVER types and CAMEO codes
// against the table of ../shared/ONTOLOGY.md.
func TestRelationTypeCodebookMatchesOntology(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "..", "shared", "ONTOLOGY.md"))
	if err != nil {
		t.Skipf("ONTOLOGY.md: %v", err)
	}
	row := regexp.MustCompile(`(?m)^\| ([a-z_]+) \|.*\| ([^|]+) / ([0-9, -]+) \|$`)
	seen := 0
	for _, m := range row.FindAllStringSubmatch(string(raw), -1) {
		info, ok := RelationType(m[1]).Info()
		if !ok {
			continue
		}
		seen++
		wantPlover := strings.Fields(strings.Trim(m[2], " ()"))[0]
		if strings.ToUpper(wantPlover) != info.PLOVER {
			t.Errorf("%s: PLOVER %s, ONTOLOGY.md says %s", m[1], info.PLOVER, m[2])
		}
		for _, c := range regexp.MustCompile(`[0-9]+`).FindAllString(m[3], -1) {
			if !strings.HasPrefix(c, info.CAMEO) && !strings.HasPrefix(info.CAMEO, c[:2]) && !contains(info.CAMEOCodes, c) {
				t.Errorf("%s: ONTOLOGY.md code %s is neither under root %s nor listed in %v", m[1], c, info.CAMEO, info.CAMEOCodes)
			}
		}
	}
	if seen != len(ScoredRelationTypes) {
		t.Errorf("matched %d rows of ONTOLOGY.md's table, want %d", seen, len(ScoredRelationTypes))
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestPrecisionOfMatchesTimeParse checks the date reader against
// time.Parse with the three ISO layouts over every day of four years (a
// leap year among them, and a century that is not one), impossible days,
// and malformed values.
func TestPrecisionOfMatchesTimeParse(t *testing.T) {
	want := func(s string) DatePrecision {
		for _, l := range []struct {
			layout string
			p      DatePrecision
		}{{"2006-01-02", DateDay}, {"2006-01", DateMonth}, {"2006", DateYear}} {
			if len(s) == len(l.layout) {
				if _, err := time.Parse(l.layout, s); err == nil {
					return l.p
				}
			}
		}
		return DateUnknown
	}
	var cases []string
	for _, y := range []int{1900, 2000, 2023, 2024} {
		cases = append(cases, fmt.Sprintf("%04d", y))
		for m := 0; m <= 13; m++ {
			cases = append(cases, fmt.Sprintf("%04d-%02d", y, m))
			for d := 0; d <= 32; d++ {
				cases = append(cases, fmt.Sprintf("%04d-%02d-%02d", y, m, d))
			}
		}
	}
	cases = append(cases, "", "0000", "202", "20234", "2023-1", "2023-1-01", "2023/01/01", "2023-01-01T", "２０２３", "2023-0a", "2023--01", "-2023", "2023-01-01 ")
	for _, s := range cases {
		got, err := precisionOf(s)
		if w := want(s); got != w || (err == nil) != (w != DateUnknown) {
			t.Errorf("precisionOf(%q) = %v, %v; time.Parse gives %v", s, got, err, w)
		}
	}
}
