package loader

import "testing"

// TestPossessiveDates: a date in the possessive ("Saturday's ambush",
// "last week's raids") dates the noun it qualifies: neither the criticism
// of its clause nor the story after it; the act it qualifies keeps it.
func TestPossessiveDates(t *testing.T) {
	lead := "Prime Minister Kiri Tomaso held talks with President Ana Velez in Suva on Monday, 9 March 2026.\n\n"
	runDatedCases(t, "2026-03-12", []datedCase{
		{"a criticism of it", lead + "Fiji strongly condemned Tonga over Saturday's ambush on a convoy near Lautoka.", "criticized", "2026-03-09"},
		{"the story after it", lead + "The meeting came after last week's raids on the port.\n\nFiji urged Tonga to arrest the gunmen.", "urged", "2026-03-09"},
		{"the act it qualifies", "Fiji said Tuesday's attack by Tonga on Lautoka killed three.", "attacked", "2026-03-10"},
	})
}
