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

// TestLookBackParagraphs: a month or a year opening a paragraph that ends
// before the story's day (or, before any day, the publication's) looks
// back for its paragraph only; a later paragraph that opens with "Later
// that month" goes on from it. A day opening a paragraph that moves the
// story forward ("On 18 February" after the 17th) dates the paragraphs
// after it.
func TestLookBackParagraphs(t *testing.T) {
	talks := "Prime Minister Kiri Tomaso held talks with President Ana Velez in Suva on 9 March 2026.\n\n"
	back := "In November 2025, Fiji handed over two patrol boats to the Tongan navy.\n\n"
	runDatedCases(t, "2026-03-12", []datedCase{
		{"after the story's day", talks + back + "Fiji urged Samoa to reopen the port of Apia.", "urged", "2026-03-09"},
		{"before any day", back + "Fiji urged Samoa to reopen the port of Apia.", "urged", "2026-03-12"},
		{"later that month", talks + back + "Later that month, Fiji urged Samoa to reopen the port of Apia.", "urged", "2025-11"},
		{"a month of the story", talks + "In March, Fiji handed over two patrol boats to the Tongan navy.\n\nFiji urged Samoa to reopen the port of Apia.", "urged", "2026-03"},
	})
	runDatedCases(t, "2026-02-20", []datedCase{
		{"a day forward", "1. Minister Kiri Tomaso arrived in Suva on 17 February.\n\n2. On 18 February, he held talks with Minister Ana Velez.\n\n3. Fiji and Tonga signed a memorandum of understanding on fisheries.", "agreed", "2026-02-18"},
		{"a day back", "Minister Kiri Tomaso arrived in Suva on 18 February.\n\nOn 17 February, Samoa had closed the port of Apia.\n\nFiji and Tonga signed a memorandum of understanding on fisheries.", "agreed", "2026-02-18"},
	})
}

// TestCurrentPeriodDates: "this year", "this month" or "this week" in a
// main clause frames a count or a plan and dates no later sentence.
func TestCurrentPeriodDates(t *testing.T) {
	lead := "Tongan jets entered Fijian airspace near Lautoka on Tuesday.\n\n"
	runDatedCases(t, "2026-03-12", []datedCase{
		{"a count", lead + "It was the third such violation this year. Prime Minister Kiri Tomaso condemned Tonga's reckless behaviour.", "criticized", "2026-03-10"},
		{"a plan", lead + "Fiji will buy new radars this month. Prime Minister Kiri Tomaso condemned Tonga's reckless behaviour.", "criticized", "2026-03-10"},
	})
}

// TestRestatedFactDates: a fact that its sentence states twice, by an
// event noun and by the verb of a clause that qualifies it, takes the date
// of that clause, not the story's.
func TestRestatedFactDates(t *testing.T) {
	lead := "Prime Minister Kiri Tomaso held talks with President Ana Velez in Suva on Monday.\n\n"
	runDatedCases(t, "2026-03-12", []datedCase{
		{"a relative clause", lead + "Fiji has stepped up patrols with Tonga under the maritime agreement that the two Governments signed in Nuku'alofa in February 2025.", "agreed", "2025-02"},
	})
}

// TestHeadlinesOfLead: a headline's fact dated as published takes the day
// the lead tells of (the first sentence with a date, after the page's date
// line) when the lead holds a trigger of the same type; a lead that tells
// of another act leaves it.
func TestHeadlinesOfLead(t *testing.T) {
	head := "Pacific Wire\n\nFiji, Tonga sign fisheries deal\n\nSUVA, 12 March 2026\n\n"
	runDatedCases(t, "2026-03-12", []datedCase{
		{"the lead's signing", head + "Prime Minister Kiri Tomaso and President Ana Velez signed a fisheries agreement in Suva on Wednesday.", "agreed", "2026-03-11"},
		{"the lead's reception", head + "Prime Minister Kiri Tomaso received President Ana Velez in Suva on Wednesday for a two-day visit.", "agreed", "2026-03-12"},
	})
}
