package loader

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/geokg/geokg/graph"
)

func TestClean(t *testing.T) {
	tests := []struct {
		name       string
		in         string
		keep, drop []string
	}{
		{"share and follow buttons as bracketed or barred items after a label",
			"Kenya protested.\n\n[Share on X] [Share on Facebook] [WhatsApp] [Email]\n\nSíganos en: Facebook | X | Instagram | Google News\n\nCompartir: [Facebook] [LinkedIn]\n\nThe talks ended.",
			[]string{"Kenya protested.", "The talks ended."}, []string{"WhatsApp", "Google News", "LinkedIn"}},
		{"a menu of sections between bars stays for the menu rules",
			"World | Europe | Americas\n\nThe talks ended.",
			[]string{"The talks ended."}, nil},
		{"menu with a caseless language link",
			"Home | About the Council | Press Room | العربية | 中文\n\nThe council met in Doha.",
			[]string{"The council met in Doha."}, []string{"Press Room", "About the Council"}},
		{"hashtag line and inline teaser label",
			"Seoul protested.\n\nREAD: Coast guard: militia vessels swarm Pagasa Reef\n\n#SecureBorders | Follow us on social media\n\nThe talks ended.",
			[]string{"Seoul protested.", "The talks ended."}, []string{"Pagasa", "SecureBorders", "Follow us"}},
		{"a most-liked teaser block",
			"Chile recalled its envoy.\n\nMost Liked\n(LEAD) Central bank holds key rate steady\nCarmaker to build plant in Ohio\n",
			[]string{"Chile recalled its envoy."}, []string{"Central bank", "Carmaker"}},
		{"teaser heading with its titles on one line",
			"Chile recalled its envoy.\n\nMost Read: Copper miners strike | Port bridge closed for repairs",
			[]string{"Chile recalled its envoy."}, []string{"Most Read", "Port bridge"}},
		{"advertisement and comments",
			"Russia sent troops.\n\nAdvertisement\n\nThe talks ended.\n\nComments (0)\nWrite the first comment for this!",
			[]string{"Russia sent troops.", "The talks ended."}, []string{"Advertisement", "Comments", "Write the first"}},
		{"urls and handles",
			"Read the statement at https://example.org/x now.\nhttps://www.kyivpost.com/assets/images/author.png\nFollow the Foreign Office on Twitter @foreignoffice",
			[]string{"Read the statement at now."}, []string{"https://", "@foreignoffice", "Follow the"}},
		{"correction and share prompts",
			"Kim met Putin.\nTo suggest a correction or clarification, write to us here\nYou can also highlight the text and press Ctrl + Enter\nShare this article",
			[]string{"Kim met Putin."}, []string{"correction", "Ctrl", "Share"}},
		{"related teaser",
			"Seoul protested.\n\nRussian Government Changes: More Corruption and Nepotism\nOther Topics of Interest\n\nRussian Government Changes: More Corruption and Nepotism\n\nPutin says he wants to decrease corruption.\n\nRussia wishes to develop cooperation, KCNA said.",
			[]string{"Seoul protested.", "Russia wishes to develop cooperation, KCNA said."}, []string{"Nepotism", "Other Topics", "decrease corruption"}},
		{"menus and accessibility",
			"View settings\n\nFont size:\nSite colours:\n\nAccessibility links\n\nBreaking News\n\nNews / Asia\n\nPutin met Modi in Sochi.",
			[]string{"Putin met Modi in Sochi."}, []string{"View settings", "Font size", "Accessibility", "Breaking News", "Asia"}},
		{"bylines, datelines and captions",
			"UN Imposes Sanctions\nMargaret Besheer\nMarch 02, 2016 9:16 PM\nThe council voted.\nFILE - Flags are seen in Washington, Feb. 27, 2015.\nBy VOA News",
			[]string{"UN Imposes Sanctions", "The council voted."}, []string{"Besheer", "9:16", "FILE", "VOA News"}},
		{"repeated caption kept once",
			"Kerry shakes hands with Lavrov.\nKerry shakes hands with Lavrov.\nThey met.",
			[]string{"Kerry shakes hands with Lavrov.\nThey met."}, nil},
		{"gov.uk furniture",
			"Press release\n\nThis was published under the 2019 to 2022 Johnson Conservative government\n\nThe PM spoke.\n\nUpdates to this page\n\nPublished 23 May 2022",
			[]string{"The PM spoke."}, []string{"Press release", "Johnson Conservative", "Updates", "Published"}},
		{"wire credit lines",
			"Chile recalled its envoy.\n\nAdditional reporting by Ines Moreau in Lima; Writing by Paul Okafor; Editing by Rosa Lind\n\nCompiled by Dana Reyes",
			[]string{"Chile recalled its envoy."}, []string{"Moreau", "Okafor", "Rosa Lind", "Dana Reyes"}},
		{"section kickers and share buttons alone on a line",
			"Asia Pacific\nSoutheast Asia\n\nVietnam protests Chinese survey ship\n\nFacebook\nWhatsApp\n\nVietnam protested on Monday.\n\nSign up for our daily briefing\n\nOur Standards: editorial principles.",
			[]string{"Vietnam protests Chinese survey ship", "Vietnam protested on Monday."}, []string{"Asia Pacific", "Southeast Asia", "Facebook", "WhatsApp", "Sign up", "Standards"}},
		{"relative dateline",
			"Peru and Chile signed a pact\n\nJune 3, 2025 10:02 AM GMT Updated 5 hours ago\n\nThe pact covers fishing.",
			[]string{"Peru and Chile signed a pact", "The pact covers fishing."}, []string{"GMT", "hours ago"}},
		{"navigation menus with pipes and space runs",
			"Home | About the Embassy | Consular Services | Contact\nNews  Sport  Business  Climate  Video\nWhatsApp  Telegram  Email\n\nKenya recalled its envoy from Uganda.",
			[]string{"Kenya recalled its envoy from Uganda."}, []string{"Home", "Embassy", "Consular", "Sport", "Climate", "Telegram"}},
		{"cookie banners and newsletter prompts",
			"By clicking Accept, you agree to our use of cookies and similar technologies. Accept Cookies | Cookie Settings\n\nOman hosted the talks.\n\nGet our Gulf briefing delivered to your inbox every morning. Subscribe\n\nYou're all caught up. Sign up",
			[]string{"Oman hosted the talks."}, []string{"cookies", "Gulf briefing", "caught up"}},
		{"timestamps and reading times",
			"Iraq and Syria reopen crossing\n\nPublished 12:04 GMT\n7 min read\n2 hours ago\nLast modified on Tue 4 Mar 2025\n\nThe crossing reopened on Monday.",
			[]string{"Iraq and Syria reopen crossing", "The crossing reopened on Monday."}, []string{"12:04", "min read", "hours ago", "modified"}},
		{"bylines with roles and agencies",
			"By Priya Raman, Diplomatic correspondent\nHamid Sultani, Reuters\nTomasz Wrona | AFP\n\nBy Thursday, Polish troops had reached the border.",
			[]string{"By Thursday, Polish troops had reached the border."}, []string{"Raman", "Sultani", "Wrona"}},
		{"photo credits and captions",
			"Soldiers patrol in Kherson on Monday. Ilya Markov/AFP via Getty Images\nPhoto: Jonas Berg/AFP\n(Photo by Rui Costa / AFP)\nOleg Vasin/Getty Images\nTroops parade in Minsk. REUTERS/Anna Kurz Purchase Licensing Rights\nDelegates gather in Doha. © Sami Nasser, Anadolu\nA convoy crosses the bridge. Image credit: Pavel Orlov/EPA\n\nBelarus held a parade.",
			[]string{"Soldiers patrol in Kherson on Monday.", "Troops parade in Minsk.", "Delegates gather in Doha.", "A convoy crosses the bridge.", "Belarus held a parade."},
			[]string{"Markov", "Getty", "Berg", "Costa", "Vasin", "Kurz", "Licensing", "Nasser", "Orlov", "EPA"}},
		{"datelined credits",
			"Nigeria closed its border with Niger.\n\nOkafor reported from Abuja. Associated Press writers Maria Lind in Stockholm and Tariq Aziz in Islamabad contributed to this report.\n\nKemal Aydin contributed reporting from Ankara.",
			[]string{"Nigeria closed its border with Niger."}, []string{"Abuja", "Lind", "Aziz", "Aydin"}},
		{"a report in the story is no credit",
			"Ivan Petrov reported from Kharkiv that shelling continued overnight near the railway station.",
			[]string{"Ivan Petrov reported from Kharkiv that shelling continued"}, nil},
		{"author bios in the page tail",
			"Qatar mediated between the two sides during several days of talks in Doha, officials said.\n\nNadia Petrenko is a senior correspondent for a Kyiv daily covering security. She was previously based in Warsaw.\n\nTom Ashby covers the Gulf states for Reuters.\n\nRecommended\nJapan protests Chinese drills near Taiwan",
			[]string{"Qatar mediated"}, []string{"Petrenko", "Warsaw", "Ashby", "Japan"}},
		{"a journalist in the story is kept",
			"Evan Carter is a reporter for a US newspaper who was detained in Moscow in March, his employer said.\n\nWashington demanded his release and accused Moscow of taking hostages, the State Department said.",
			[]string{"Evan Carter is a reporter", "Washington demanded his release"}, nil},
		{"tags and topics footers",
			"NATO expanded its patrols in the Baltic Sea, the alliance said.\n\nTopics\nNATO\nBaltic Sea\nDefence Policy of the Nordic States\n\nTags: Estonia, Finland, Sweden",
			[]string{"NATO expanded its patrols"}, []string{"Defence Policy", "Estonia", "Finland", "\nBaltic Sea"}},
		{"teaser blocks keep the paragraph after a list",
			"Spain recalled its ambassador.\n\nMost popular\n1. Japan protests Chinese drills near Taiwan\n2. Nepal and India reopen border crossing\n\nMadrid said the move was temporary.\n\nMore from Europe\nPortugal and Morocco sign fisheries deal\n\nYou may also like\nGhana's president meets Togo leader\n\nEditor's Picks\nCuba frees dissidents after Vatican talks",
			[]string{"Spain recalled its ambassador.", "Madrid said the move was temporary."},
			[]string{"Japan", "Nepal", "Portugal", "Ghana", "Cuba", "More from", "Editor"}},
		{"site chrome",
			"Skip to main content\nSkip to navigation\nShare this article\nCopy\nLink copied\n[ Advertisement ]\n--- END ---\nShare: X | Facebook | Telegram\nAbout Us\n\nThe ministry issued a statement.",
			[]string{"The ministry issued a statement."}, []string{"Skip", "Share", "Copy", "Advertisement", "END", "Telegram", "About"}},
		{"breadcrumbs, share rows and one-item-a-line menus",
			"Home > World > Europe\nHome › News › Asia\nFacebook Twitter LinkedIn Email\nClimate Change and Environment\nScience and Technology News\nPolitics and Public Policy\n\nMalta joined the mission.",
			[]string{"Malta joined the mission."}, []string{"Europe", "Asia", "LinkedIn", "Climate", "Technology", "Policy"}},
		{"lists of people are no menu",
			"The delegation met in Minsk.\nForeign Minister Sergei Lavrov\nDefence Minister Andrei Belousov\nFinance Minister Anton Siluanov",
			[]string{"Sergei Lavrov", "Andrei Belousov", "Anton Siluanov"}, nil},
		{"agency sign-offs, located bylines and counters",
			"By Olena Harmash in Kyiv\n\nHungary blocked the EU statement, diplomats said.\n\n— With files from Reuters\nSource: AFP\nShow 12 comments\nViewed 4,521 times\nPosted by Staff Writer\nRead time: 4 minutes\nPublished: 14:02 BST, 3 March 2025 | Updated: 16:40 BST\nThe author is a senior fellow at a think tank in Vienna.",
			[]string{"Hungary blocked the EU statement, diplomats said."},
			[]string{"Harmash", "Kyiv", "Reuters", "AFP", "comments", "Viewed", "Staff", "Read time", "BST", "Vienna"}},
		{"feedback widgets, sources and editor lines",
			"Navigation menu\nStory highlights\n\nGhana and Togo agreed to reopen the border.\n\nSource: Al Jazeera and news agencies\nEditor’s Note: This story has been updated.\n[Editor: Wu Lan]\nWas this page helpful?\nMaybe\nYes this page is useful\nThe following links open in a new tab\nPublication date: May 2, 2025, 10:00\nText version",
			[]string{"Ghana and Togo agreed to reopen the border."},
			[]string{"Navigation", "highlights", "Al Jazeera", "Editor", "Wu Lan", "helpful", "Maybe", "useful", "new tab", "Publication", "Text version"}},
		{"bylines with dates and numbered teaser lists",
			"By Ravi Menon | March 3, 2025\nBy Omar Farouk - Updated 2 hours ago\n\nBy Thursday, Russia had taken the town, Kyiv said.\n\nLatest\nFiji and Tonga sign a police pact\n\nMost Shared\n1. Chad expels French envoy.\n2) Mali and Niger leave the bloc.\n• Benin reopens its border\n\nEgypt opened the crossing, officials said on Monday after talks in Cairo.",
			[]string{"By Thursday, Russia had taken the town, Kyiv said.", "Egypt opened the crossing, officials said on Monday after talks in Cairo."},
			[]string{"Menon", "Farouk", "Fiji", "Chad", "Mali", "Benin", "Latest", "Shared"}},
		{"co-authored, dated and live-blog bylines",
			"By Ana Ruiz with Paul Okafor in Lima\nBy Ines Moreau with Tariq Aziz\nBy Dana Lind, foreign desk\n\nPeru recalled its envoy.\n\nMaya Stern | 3 March 2025\nMaya Stern is a senior fellow at a think tank in Oslo.\n\nLive | Updated 10.02 GMT\nLuis Ortega (now) and Omar Haddad (earlier)\n\nChile closed the border.",
			[]string{"Peru recalled its envoy.", "Chile closed the border."},
			[]string{"Ruiz", "Okafor", "Lima", "Moreau", "Aziz", "Lind", "Stern", "Oslo", "Ortega", "Haddad"}},
		{"an analyst's bio under a byline",
			"By Lena Okoro\nMarch 5, 2026\n\nFiji recalled its envoy.\n\nLena Okoro is a Pacific affairs analyst based in Suva.",
			[]string{"Fiji recalled its envoy."}, []string{"Okoro", "Suva"}},
		{"names with other notes in brackets stay",
			"Vladimir Putin (left) and Xi Jinping (right)\nTalks | 3 March 2025\n\nRussia and China signed a pact.",
			[]string{"Vladimir Putin (left) and Xi Jinping (right)"}, nil},
		{"role lines, date lines, galleries and contact footers",
			"Ines Duarte\nLisbon correspondent\n\nSun 2 Mar 2025 18.05 GMT\n3 March 2025 · 5 min read\nImage 1 of 12\nContinue reading the main story\nShow more\n\nAngola hosted the talks in Luanda, officials said.\n\nMore by Ines Duarte\nMedia contact: press office\nFor inquiries: Clerk of the Senate | www.senate.example\nTel: +351 21 000 0000\nThe views expressed here are the author's own.\nPage last reviewed: 3 March 2025",
			[]string{"Angola hosted the talks in Luanda, officials said."},
			[]string{"Duarte", "Lisbon", "GMT", "min read", "Image", "Continue", "Show more", "Media contact", "Clerk", "Tel", "views", "reviewed"}},
		{"a title in a sentence stays",
			"Editor\nSenior editor Ana Lopez said the talks would resume.",
			[]string{"Senior editor Ana Lopez said the talks would resume."}, nil},
		{"wire sign-offs after the text",
			"Kenya said its troops would stay, officials said. — Reuters\n\nThe talks began on Monday. -AP\n\nThe vote is set for May - Reuters reported.",
			[]string{"Kenya said its troops would stay, officials said.\n\nThe talks began on Monday.\n\nThe vote is set for May - Reuters reported."}, []string{"— Reuters", "-AP"}},
		{"signatures and staff lines",
			"Guardian staff and agencies\nOur foreign staff\n\nKenya sent troops, officials said.\n\n— Lina Haddad\nBy: Omar Farouk\n-- Reuters\n\nParticipants:\n- Vladimir Putin\n- Xi Jinping",
			[]string{"Kenya sent troops, officials said.", "- Vladimir Putin\n- Xi Jinping"}, []string{"Guardian", "staff", "Haddad", "Farouk", "Reuters"}},
		{"real short sentences, quotes and datelines stay",
			"KYIV, Ukraine (AP) — Russia launched drones at Kyiv overnight.\n\nHe declined to comment.\n\n\"We will respond,\" Zelenskyy said.\n\nTalks | Timeline\n\nNo agreement was reached.",
			[]string{"Russia launched drones at Kyiv overnight.", "He declined to comment.", "\"We will respond,\" Zelenskyy said.", "No agreement was reached."}, []string{"Timeline"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Clean(tc.in)
			for _, k := range tc.keep {
				if !strings.Contains(got, k) {
					t.Errorf("Clean lost %q:\n%s", k, got)
				}
			}
			for _, d := range tc.drop {
				if strings.Contains(got, d) {
					t.Errorf("Clean kept %q:\n%s", d, got)
				}
			}
		})
	}
}

// TestNoJunkEntities checks that page junk never becomes an entity.
func TestNoJunkEntities(t *testing.T) {
	text := "Advertisement\n\nComments (3)\n\nShare\n\nOther Topics of Interest\n\nHot Deals Today\n\nRead more about it here.\n\n" +
		"North Korea fired missiles, Seoul said.\n\nhttps://example.com/a\n\nSubscribe to our newsletter\n\nFollow us on Facebook"
	x := Extract(text, Meta{})
	for _, e := range x.Entities {
		switch e.ID {
		case "state:PRK", "state:KOR", "place:seoul": // "Seoul said": the government speaks, the city is named
		default:
			t.Errorf("junk entity %+v", e)
		}
	}
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"The U.S. State Department said Mr. Kim met Gen. Park on Sept. 13. He left.",
			[]string{"The U.S. State Department said Mr. Kim met Gen. Park on Sept. 13.", "He left."}},
		{"Secretary of State Antony J. Blinken met Wang Yi. \"It was good,\" he said.",
			[]string{"Secretary of State Antony J. Blinken met Wang Yi.", "\"It was good,\" he said."}},
		{"Headline Without Period\nBody text here. Second one!",
			[]string{"Headline Without Period", "Body text here.", "Second one!"}},
		{"He said “We will go.” Then left.", []string{"He said “We will go.”", "Then left."}},
	}
	for _, tc := range tests {
		var got []string
		for _, s := range splitSentences(tc.in) {
			got = append(got, tc.in[s.start:s.end])
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("splitSentences(%q)\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}

func TestDates(t *testing.T) {
	tests := []struct {
		text, pub, want string
		prec            graph.DatePrecision
	}{
		{"Russia attacked Ukraine on Tuesday.", "2023-11-15", "2023-11-14", graph.DateDay},          // a Wednesday
		{"Russia attacked Ukraine on Wednesday.", "2023-11-15", "2023-11-15", graph.DateDay},        // the same day
		{"Russia attacked Ukraine yesterday.", "2023-11-15", "2023-11-14", graph.DateDay},           // yesterday
		{"Russia attacked Ukraine last week.", "2023-11-15", "2023-11-08", graph.DateDay},           // last week
		{"Russia attacked Ukraine last month.", "2023-11-15", "2023-10", graph.DateMonth},           // last month
		{"Kim Jong Un visited Russia in September.", "2023-11-15", "2023-09", graph.DateMonth},      // month
		{"Kim Jong Un visited Russia in December.", "2023-11-15", "2022-12", graph.DateMonth},       // last December
		{"Iran attacked Israel on Sept. 13.", "2023-11-15", "2023-09-13", graph.DateDay},            // abbreviated month
		{"Iran attacked Israel on Feb. 6, 2020.", "2023-11-15", "2020-02-06", graph.DateDay},        // explicit
		{"Iran attacked Israel on 13 September 2019.", "", "2019-09-13", graph.DateDay},             // explicit, no anchor
		{"Iraq invaded Kuwait in 1990.", "", "1990", graph.DateYear},                                // year
		{"Russia attacked Ukraine on Tuesday.", "", "", graph.DateUnknown},                          // no anchor
		{"Russia attacked Ukraine yesterday.", "", "", graph.DateUnknown},                           // no anchor
		{"Russia attacked Ukraine in August 2014.", "", "2014-08", graph.DateMonth},                 // explicit month
		{"The Prime Minister met Yoon this evening.", "2023-11-22", "2023-11-22", graph.DateDay},    // this evening
		{"Iran attacked Israel, officials said Monday.", "2024-04-16", "2024-04-15", graph.DateDay}, // only the statement is dated
	}
	for _, tc := range tests {
		pub, err := graph.ParseDate(tc.pub)
		if err != nil {
			t.Fatal(err)
		}
		x := Extract(tc.text, Meta{Published: pub, URL: "https://www.gov.uk/x"})
		if len(x.Edges) == 0 {
			t.Errorf("%q: no fact", tc.text)
			continue
		}
		e := x.Edges[0]
		if e.Date.Value != tc.want || e.Date.Prec() != tc.prec {
			t.Errorf("%q (published %q): date %q %s, want %q %s", tc.text, tc.pub, e.Date.Value, e.Date.Prec(), tc.want, tc.prec)
		}
	}
}

func TestExtractDocument(t *testing.T) {
	text := "Advertisement\n\nRussian President Vladimir Putin met North Korean leader Kim Jong-un in Vostochny on Wednesday. Putin praised Kim."
	pub := graph.Date{Value: "2023-09-14", Precision: graph.DateDay}
	x := Extract(text, Meta{Title: "T", URL: "https://example.com", Source: "AFP", Published: pub})
	if x.Document.ID != graph.DocumentID(text) {
		t.Errorf("Document.ID = %q, want the hash of the raw text", x.Document.ID)
	}
	if strings.Contains(x.Document.Text, "Advertisement") {
		t.Errorf("Document.Text not cleaned: %q", x.Document.Text)
	}
	if x.Document.Title != "T" || x.Document.Source != "AFP" || x.Document.Published != pub {
		t.Errorf("metadata not kept: %+v", x.Document)
	}
	ents := map[string]graph.Entity{}
	for _, e := range x.Entities {
		if _, dup := ents[e.ID]; dup {
			t.Errorf("entity %s twice", e.ID)
		}
		ents[e.ID] = e
	}
	kim, ok := ents["person:kim-jong-un"]
	if !ok {
		t.Fatalf("no Kim Jong Un in %v", ents)
	}
	if kim.Country != "state:PRK" || len(kim.Roles) == 0 {
		t.Errorf("Kim: %+v, want country state:PRK and a role", kim)
	}
	if !contains(kim.Aliases, "Kim Jong-un") {
		t.Errorf("Kim aliases %v lack the spelling variant", kim.Aliases)
	}
	if prk := ents["state:PRK"]; prk.Codes.ISO3 != "PRK" || prk.Codes.Wikidata == "" {
		t.Errorf("North Korea codes %+v", prk.Codes)
	}
	for _, e := range x.Edges {
		for _, id := range []string{e.From, e.To, e.AttributedTo} {
			if _, ok := ents[id]; id != "" && !ok {
				t.Errorf("edge %s references %s, not an entity", e.ID, id)
			}
		}
		if e.ID != graph.EdgeID(e.Type, e.From, e.To, e.Date, e.Modality, e.AttributedTo) {
			t.Errorf("edge ID %s is not EdgeID", e.ID)
		}
		if len(e.Mentions) == 0 || x.Document.Text[e.Mentions[0].Start:e.Mentions[0].End] != e.Mentions[0].Text {
			t.Errorf("edge %s mention does not point into the cleaned text", e.ID)
		}
		if e.EventID == "" {
			t.Errorf("edge %s has no event", e.ID)
		}
	}
	for id, ms := range x.EntityMentions {
		if _, ok := ents[id]; !ok {
			t.Errorf("mentions of unknown entity %s", id)
		}
		for _, m := range ms {
			if !utf8.ValidString(m.Text) || x.Document.Text[m.Start:m.End] != m.Text {
				t.Errorf("bad mention %+v", m)
			}
		}
	}
	met := false
	for _, e := range x.Edges {
		if e.Type == graph.Met && e.Date.Value == "2023-09-13" {
			met = true
		}
	}
	if !met {
		t.Errorf("no dated met edge in %v", factStrings(x))
	}
	// the same statement twice merges into one edge with two mentions
	x2 := Extract("Russia attacked Ukraine. Russia attacked Ukraine again.", Meta{})
	if len(x2.Edges) != 1 || len(x2.Edges[0].Mentions) != 2 {
		t.Errorf("repeated statement: %d edges, want 1 with 2 mentions: %+v", len(x2.Edges), x2.Edges)
	}
}

func TestExtractDeterministic(t *testing.T) {
	text := sampleArticle + sampleArticle
	a := NewRecord("a.txt", Extract(text, Meta{}))
	for i := 0; i < 5; i++ {
		b := NewRecord("a.txt", Extract(text, Meta{}))
		if len(a.Facts) != len(b.Facts) || len(a.Entities) != len(b.Entities) {
			t.Fatalf("run %d differs", i)
		}
		for k := range a.Facts {
			if a.Facts[k].Type != b.Facts[k].Type || a.Facts[k].From.ID != b.Facts[k].From.ID || a.Facts[k].To.ID != b.Facts[k].To.ID {
				t.Fatalf("run %d: fact %d differs", i, k)
			}
		}
	}
}

// FuzzExtract checks that extraction never panics and that every offset it
// reports lies on a UTF-8 boundary of the cleaned text.
func FuzzExtract(f *testing.F) {
	f.Add(sampleArticle, "2023-11-15")
	f.Add("Advertisement\nU.S. Sept. 13 Mr. Kim's \"talks\" — with Seoul’s envoy (KCNA)...", "")
	f.Add("é\xffRussia\x00 attacked\u00a0Ukraine\u200b, Kyiv said.", "2024-01-01")
	f.Fuzz(func(t *testing.T, text, pub string) {
		d, err := graph.ParseDate(pub)
		if err != nil {
			d = graph.Date{}
		}
		x := Extract(text, Meta{Published: d})
		doc := x.Document.Text
		check := func(m graph.Mention) {
			if m.Start < 0 || m.End > len(doc) || m.Start > m.End {
				t.Fatalf("mention out of range: %+v (len %d)", m, len(doc))
			}
			if !utf8.RuneStart(doc[m.Start]) || m.End < len(doc) && !utf8.RuneStart(doc[m.End]) {
				t.Fatalf("mention offsets not on rune boundaries: %+v", m)
			}
			if doc[m.Start:m.End] != m.Text {
				t.Fatalf("mention text differs from the cleaned text")
			}
		}
		for _, e := range x.Edges {
			for _, m := range e.Mentions {
				check(m)
			}
		}
		for _, ms := range x.EntityMentions {
			for _, m := range ms {
				check(m)
			}
		}
		_ = NewRecord("f.txt", x)
	})
}

// TestExtractConcurrent runs extractions in parallel: Extract shares only
// read-only tables, so results equal the sequential ones.
func TestExtractConcurrent(t *testing.T) {
	texts := []string{sampleArticle, "Iran fired missiles at Israel, the IDF said.", "Kim Jong Un met Putin in Vostochny.",
		"Turkish President Recep Tayyip Erdoğan hosted Côte d’Ivoire’s President Alassane Ouattara in Ankara."}
	want := make([][]string, len(texts))
	for i, s := range texts {
		want[i] = factStrings(Extract(s, Meta{}))
	}
	done := make(chan error, 8)
	for g := 0; g < 8; g++ {
		go func() {
			for i, s := range texts {
				if got := factStrings(Extract(s, Meta{})); strings.Join(got, "|") != strings.Join(want[i], "|") {
					done <- fmt.Errorf("text %d: %q, want %q", i, got, want[i])
					return
				}
			}
			done <- nil
		}()
	}
	for g := 0; g < 8; g++ {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}

// TestCreditsAndKickersAreNoEntities checks that wire credits and section
// labels alone on a line make no entity.
func TestCreditsAndKickersAreNoEntities(t *testing.T) {
	text := "Europe\nEastern Europe\n\nWARSAW, May 4 (Reuters) - Poland accused Belarus of staging border incidents.\n\n" +
		"Reporting by Lena Barsky in Warsaw and Piotr Malec; Editing by Hugh Carver"
	x := Extract(text, Meta{})
	for _, e := range x.Entities {
		if e.Kind == graph.KindPerson || strings.Contains(e.Name, "Europe") {
			t.Errorf("junk entity %+v", e)
		}
	}
	if !contains(factStrings(x), "Poland -accused-> Belarus (asserted)") {
		t.Errorf("facts %q", factStrings(x))
	}
}

func TestBylinesAndTeasersAreNoEntities(t *testing.T) {
	text := "By Jim Gomez and Huizhong Wu\nUpdated 5:42 AM GMT, June 18, 2024\n\nMANILA, Philippines (AP) — The Philippines accused China of ramming its boats, Jim Gomez reports.\n\nRelated Stories\nVietnam Says Chinese Boats Rammed Fishermen\n"
	x := Extract(text, Meta{})
	for _, e := range x.Entities {
		if e.Kind == graph.KindPerson || e.ID == "state:VNM" {
			t.Errorf("junk entity %+v", e)
		}
	}
	if !contains(factStrings(x), "Philippines -accused-> China (asserted)") {
		t.Errorf("facts %q", factStrings(x))
	}
}

// TestLiveBlogAuthorIsNoEntity checks that a live blog's author, named in a
// byline with a note in brackets, is no entity when the blog names her again
// ("I'm ..."), nor is a co-author after "with".
func TestLiveBlogAuthorIsNoEntity(t *testing.T) {
	text := "Kenya live: talks in Nairobi\nLuis Ortega (now) and Maya Stern (earlier)\nBy Ana Ruiz with Paul Okafor in Mombasa\n\n" +
		"Good morning, I'm Maya Stern. Kenya accused Somalia of violating its airspace on Monday, Ana Ruiz reports."
	x := Extract(text, Meta{})
	for _, e := range x.Entities {
		if e.Kind == graph.KindPerson || e.Name == "Mombasa" {
			t.Errorf("junk entity %+v", e)
		}
	}
	if !contains(factStrings(x), "Kenya -accused-> Somalia (asserted)") {
		t.Errorf("facts %q", factStrings(x))
	}
}

// TestPageJunkIsNoEntity extracts pages with junk around a one-fact story and
// checks that nothing but the story's names becomes an entity.
func TestPageJunkIsNoEntity(t *testing.T) {
	tests := []struct {
		name string
		text string
		want string // the story's fact
		ok   []string
	}{
		{"menus, cookies and a byline with role",
			"Home | Europe | Africa | Opinion\nWe and our partners use cookies to measure traffic. Accept | Reject\n\nBy Marta Ilves, Baltic correspondent\n\nEstonia accused Russia of jamming GPS signals, the government said.\n\nMarta Ilves is a correspondent based in Tallinn. She previously reported from Vilnius.",
			"Estonia -accused-> Russia (asserted)", []string{"Estonia", "Russia"}},
		{"captions, credits and teasers",
			"Ships sail in convoy at dawn. Karim Saleh/AFP via Getty Images\n\nYemen accused Israel of striking the port of Hodeidah, officials said.\n\nSaleh reported from Aden. Associated Press writer Lukas Brandt in Berlin contributed.\n\nMost read\nEgypt hosts Libya talks in Cairo\nJordan's king meets Iraq's premier in Amman\n\nTags\nRed Sea\nSomalia",
			"Yemen -accused-> Israel (asserted)", []string{"Yemen", "Israel", "Hodeidah"}},
		{"section menus, tags and a name with an agency",
			"World  Politics  Business  Lebanon  Syria\nFatima Khoury, AFP\n\nIran accused Iraq of harbouring militants, state media said.\n\nTopics: Kuwait, Bahrain\n\nRelated Press Releases\nQatar and Oman sign customs accord in Muscat",
			"Iran -accused-> Iraq (asserted)", []string{"Iran", "Iraq"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := Extract(tc.text, Meta{})
			fs := factStrings(x)
			if !contains(fs, tc.want) {
				t.Errorf("facts %q, want %q", fs, tc.want)
			}
			for _, e := range x.Entities {
				if !contains(tc.ok, e.Name) {
					t.Errorf("junk entity %s %q (%s)", e.ID, e.Name, e.Kind)
				}
			}
		})
	}
}

// BenchmarkClean measures cleaning throughput over the dev corpus (bytes of
// input text per second).
func BenchmarkClean(b *testing.B) {
	texts := benchCorpus(b)
	total := 0
	for _, t := range texts {
		total += len(t)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			_ = Clean(t)
		}
	}
}

// pageWrap is the page furniture of an invented site, wrapped around real
// articles by TestCleanWrappedArticles: a header, a teaser block put between
// two real paragraphs and a footer.
type pageWrap struct{ header, teaser, footer string }

var pageWraps = []pageWrap{
	{
		header: "Skip to main content\n" +
			"Home | World | Africa | Middle East | Opinion\n" +
			"News  Sport  Business  Climate  Video\n" +
			"We use cookies to give you the best experience. By using this site you accept our cookie policy. Accept | Manage\n\n" +
			"By Priya Raman and Tomasz Wrona, Diplomatic correspondents\n" +
			"Updated 4 hours ago · 6 min read\n\n" +
			"Share this article\nFacebook  X  WhatsApp  Email\n\n",
		teaser: "Most read\n" +
			"1. Fiji and Tonga sign police pact\n" +
			"2. Chad expels French envoy after border clash\n" +
			"3. Nepal reopens border crossing with China\n",
		footer: "\n\nNadia Petrenko contributed reporting from Kyiv. Associated Press writer Jonas Berg in Oslo contributed.\n\n" +
			"Photo: Karim Saleh/AFP\n\n" +
			"Ines Duarte is a senior correspondent for a Lisbon daily covering the Sahel.\n\n" +
			"Tags\nSahel\nMali\nWest Africa Security\n\n" +
			"Recommended\nGuyana and Suriname sign border accord\nEcuador's president meets Colombian leader in Quito\n\n" +
			"Sign up for our Africa newsletter\n© 2025 Example Media. All rights reserved.\n",
	},
	{
		header: "Menu\nSearch\nHome > Press Centre > Statements\n" +
			"About the Embassy | Consular Services | Visas | Contact Us\n" +
			"This site uses cookies. Got it\n\n" +
			"Hamid Sultani, Reuters\n" +
			"Sun 2 Mar 2025 18.05 GMT\n" +
			"Listen to this article\n\n",
		teaser: "Related Press Releases\n" +
			"Minister receives credentials of the Ambassador of Peru\n" +
			"Joint statement on the situation in the Sahel\n" +
			"Statement on the attack in Mogadishu\n",
		footer: "\n\n(Reporting by Lena Barsky in Warsaw; Additional reporting by Piotr Malec; Editing by Hugh Carver)\n\n" +
			"About the author: Rosa Lind covers the Baltics for a Nordic news agency.\n\n" +
			"Topics: Baltic Sea, NATO, Estonia\n" +
			"Was this page helpful?\nYes\nNo\n\n" +
			"More from Europe\nLatvia expels Russian diplomat\nLithuania and Poland hold border drills\n\n" +
			"Print this page\nBack to top\n",
	},
	{
		header: "Ines Duarte\nLisbon correspondent\n\n" +
			"World  |  Europe  |  Americas\n" +
			"3 March 2025 · 5 min read\n" +
			"Advertisement\n\n",
		teaser: "You may also like\n" +
			"• Angola hosts peace talks in Luanda\n" +
			"• Kenya and Ethiopia sign energy deal\n",
		footer: "\n\nOkafor reported from Abuja.\n\n" +
			"Oleg Vasin/Getty Images\n\n" +
			"Trending\nIceland votes on EU talks\nMalta joins naval mission\n\n" +
			"Get the morning briefing in your inbox. Sign up\n" +
			"Show 12 comments\n",
	},
}

// TestCleanWrappedArticles wraps every held-out article (and the dev corpus
// when ../shared is present) in page furniture (menus, a cookie banner, a
// byline, share buttons, a "Most read" list between two paragraphs, credits,
// a bio, tags and teasers) and checks that Clean returns the same text as for
// the bare article and that extraction finds the same entities and facts.
func TestCleanWrappedArticles(t *testing.T) {
	var files []string
	for _, dir := range []string{filepath.Join("testdata", "heldout", "articles"), filepath.Join("testdata", "heldout2", "articles")} {
		fs, err := filepath.Glob(filepath.Join(dir, "*.txt"))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, fs...)
	}
	if testing.Short() {
		t.Log("short: dev corpus skipped")
	} else if dev, err := filepath.Glob(filepath.Join(sharedDirOrEmpty(), "corpus", "dev", "*.txt")); err == nil {
		files = append(files, dev...)
	}
	wrappedN := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		// The teaser goes between two real paragraphs.
		paras := strings.Split(text, "\n\n")
		at := -1
		for i := 1; i < len(paras)-1 && at < 0; i++ {
			if isRealParagraph(strings.TrimSpace(paras[i])) && isRealParagraph(strings.TrimSpace(paras[i+1])) {
				at = i + 1
			}
		}
		if at < 0 {
			continue
		}
		wrappedN++
		y := Extract(text, Meta{})
		for k, w := range pageWraps {
			wrapped := w.header + strings.Join(paras[:at], "\n\n") + "\n\n" + w.teaser + "\n" + strings.Join(paras[at:], "\n\n") + w.footer
			name := fmt.Sprintf("%s in page %d", filepath.Base(f), k)
			if got, want := Clean(wrapped), Clean(text); got != want {
				t.Errorf("%s: cleans to\n%s\nwant\n%s", name, got, want)
				continue
			}
			x := Extract(wrapped, Meta{})
			if got, want := entityIDs(x), entityIDs(y); strings.Join(got, " ") != strings.Join(want, " ") {
				t.Errorf("%s: entities %q, want %q", name, got, want)
			}
			if got, want := factStrings(x), factStrings(y); strings.Join(got, "|") != strings.Join(want, "|") {
				t.Errorf("%s: facts %q, want %q", name, got, want)
			}
		}
	}
	if wrappedN < len(files)/2 {
		t.Errorf("wrapped %d of %d articles: too few have two real paragraphs in a row", wrappedN, len(files))
	}
	t.Logf("wrapped %d of %d articles", wrappedN, len(files))
}

// sharedDirOrEmpty is sharedDir without skipping: "" when ../shared is absent.
func sharedDirOrEmpty() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			shared := filepath.Join(dir, "..", "shared")
			if _, err := os.Stat(filepath.Join(shared, "corpus", "dev")); err != nil {
				return ""
			}
			return shared
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

func entityIDs(x *graph.Extraction) []string {
	var ids []string
	for _, e := range x.Entities {
		ids = append(ids, e.ID)
	}
	sort.Strings(ids)
	return ids
}
