package loader

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// junkLines are whole lines of page furniture, compared lower-cased with
// trailing punctuation and spaces trimmed.
var junkLines = wordSet("junk-lines")

// teaserHeadings introduce related-article teasers: the headline-like lines
// after them (and one promotional paragraph) are dropped too.
var teaserHeadings = wordSet("teaser-headings")

// junkPrefixes start lines of page furniture (lower-cased).
var junkPrefixes = []string{
	"follow ", "an official website of", "official website of", "a .gov website belongs", "a lock (",
	"published ", "updated ", "last updated", "this was published under", "watch:", "listen:", "file -",
	"file –", "file —", "file photo", "photo:", "image:", "photograph:", "picture:", "caption:", "credit:",
	"sign up", "subscribe to", "click here", "read:", "read more:", "read also:", "related:", "see also:", "also read",
	"related articles", "related stories", "related news", "related reading", "related content", "related posts",
	"to suggest a correction", "you can also highlight the text", "write the first comment",
	"comments (", "share this", "copyright", "©", "all rights reserved", "this article was", "we use cookies",
	"by continuing", "get the latest", "download the", "join our", "support our", "donate", "advertisement",
	"skip to", "jump to", "share on", "email this", "print this", "more on this", "more from", "view comments",
	"(photo", "(image", "this content is", "sorry,", "your browser", "enable javascript", "loading...",
	"copy link", "link copied", "skip to main", "listen to this", "share via", "posted in", "filed under",
	"our standards", "scroll to continue", "newsletter", "get our", "related coverage", "more coverage",
	"getty images", "(getty", "reuters/", "ap photo", "afp photo", "afp via getty", "photo by", "photograph by",
	"pictured:", "above:", "top photo", "main image", "header image", "editor's note", "editors' note",
	"share:", "tags:", "topics:", "categories:", "keywords:", "related topics:", "about the author", "image credit",
	"photo credit", "picture credit", "minutes read", "min read", "reading time", "last modified", "modified ",
	"posted on ", "posted at ", "correction:", "clarification:", "this story has been corrected",
	"this article has been corrected", "this story has been updated", "this article has been updated",
	"the associated press is an independent", "the associated press receives", "editor’s note", "editors’ note", "editor:", "[editor:", "(editor:",
	"the following links open in a new tab", "publication date", "published in sections", "is this page useful",
	"was this page helpful", "was this article helpful", "did you find this", "save articles", "permalink ",
	"share on facebook", "share on twitter", "share on x", "opens in new tab", "(opens in new",
	"continue reading", "show more", "load more", "see all", "view all", "read full article", "click to expand",
	"thank you for reading", "support independent", "become a member", "become a subscriber", "already registered",
	"register now", "this article is for subscribers", "the views expressed", "the opinions expressed", "disclaimer:",
	"contact the author", "email the author", "join the conversation", "more by ", "more articles by",
	"all articles by", "view all posts by", "see all stories by", "articles by ", "page last", "content last reviewed",
	"media contact", "press contact", "for media inquiries", "for media enquiries", "media enquiries", "media inquiries",
	"for inquiries", "for enquiries", "for further inquiries", "for further enquiries",
	"press office", "tel:", "tel.", "phone:", "fax:", "email:", "e-mail:", "contact:", "contacts:", "press contacts", "reuters, the news and media division",
	"published:", "updated:", "posted:", "first published", "posted by", "the author is ", "the author was ",
	"the writer is ", "the author has ", "read time", "time to read", "want to read more", "already a subscriber", "already have an account", "create an account", "create a free account",
}

// junkPrefixIndex holds junkPrefixes by their first byte.
var junkPrefixIndex = func() (idx [256][]string) {
	for _, p := range junkPrefixes {
		idx[p[0]] = append(idx[p[0]], p)
	}
	return idx
}()

// creditPrefixes start wire credit lines ("Reporting by A in Dubai; Editing by B"):
// the names in them are the agency's staff, not persons of the story.
var creditPrefixes = []string{"reporting by", "additional reporting by", "writing by", "editing by", "compiled by",
	"written by", "edited by", "produced by", "translated by", "research by", "graphics by", "with reporting by",
	"reporting and writing by", "fact-checking by", "fact-checked by", "reported by", "contributing:",
	"contributors:", "contributed reporting", "also contributed", "contributed to this report", "by staff"}

// Clean removes page junk from an article's text: advertisement markers,
// comment widgets, correction and share prompts, URLs and social handles,
// teaser blocks ("Most read", "Related Press Releases", "Other Topics of
// Interest": the heading and its headline list), "Tags" footers, navigation
// menus and breadcrumbs, accessibility labels, cookie banners, newsletter
// prompts, timestamps, bylines, wire and photo credits, author bios and
// datelined credits. Real paragraphs are kept whole (a photo caption loses
// only its credit). Paragraphs stay separated by a blank line; the offsets of
// extracted facts refer to the returned text.
func Clean(text string) string {
	c := cleanDoc(text)
	return c.text
}

// cleaned is a cleaned document with what the removed page furniture tells.
type cleaned struct {
	text string
	// bylines are the lower-cased names of the bylines and credits removed
	// (authors are no entities of the story).
	bylines map[string]bool
	// official is the banner or issuer line of a government site ("An
	// official website of the United States government", the line after
	// "From:"), or "".
	official string
	// signatories are the lower-cased names of a signature block's signatories.
	signatories map[string]bool
}

// cleanDoc is Clean that also returns what the removed furniture tells.
func cleanDoc(text string) cleaned {
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	lines := strings.Split(text, "\n")
	c := &cleaner{lines: lines, keep: make([]string, 0, len(lines)), seen: make(map[string]bool, len(lines)), keptAt: -1}
	for i := 0; i < len(lines); i++ {
		i = c.line(i)
	}
	c.dropTailBios()
	c.dropTailPressUnits()
	return cleaned{text: joinKept(c.keep, len(text)), bylines: c.bylines, official: c.official, signatories: c.signatories}
}

// The states of a teaser block (a "Most read" or "Related" heading, or a
// "Tags" footer), which drops the headline-like lines after it. A lone
// teaser card (heading, blank line, one title, blank line) also drops the
// promotional paragraph after its title; a list of titles ends at the
// first real paragraph, which is kept.
const (
	noTeaser     = iota
	teaserTitles // dropping the titles after a teaser heading
	tagsList     // dropping the lines after a "Tags" footer heading
)

// cleaner holds cleanDoc's state while it walks a page's lines.
type cleaner struct {
	lines    []string
	keep     []string
	seen     map[string]bool
	bylines  map[string]bool
	official string
	// signatories: see cleaned
	signatories map[string]bool

	teaser           int
	teaserTitleCount int  // titles dropped since the heading
	teaserCard       bool // a blank line stood between the heading and its first title
	keptAt           int  // index in lines of the last line kept
	bios             []int
}

func (c *cleaner) addByline(name string) {
	if c.bylines == nil {
		c.bylines = map[string]bool{}
	}
	c.bylines[strings.ToLower(name)] = true
	if bare := bareBylineName(name); bare != name && bare != "" {
		c.bylines[strings.ToLower(bare)] = true // the name as the text writes it elsewhere
	}
}

// bareBylineName is a byline's name without a desk before a slash ("POLITICS
// DESK / Ana Ruiz"), a note in brackets after it ("Tom Ashby (earlier)") or
// an honorific or "By" before it ("Dr. Ana Ruiz", "By Ana Ruiz").
func bareBylineName(name string) string {
	if k := strings.LastIndexByte(name, '/'); k >= 0 {
		name = name[k+1:]
	}
	if k := strings.IndexByte(name, '('); k > 0 {
		name = name[:k]
	}
	name = strings.TrimSpace(name)
	for {
		w := firstField(name)
		if w == name || !honorifics[strings.ToLower(strings.TrimRight(w, "."))] && !strings.EqualFold(w, "by") {
			return name // ("By Ana Ruiz" alone on its line: the name without "By")
		}
		name = strings.TrimSpace(name[len(w):])
	}
}

// line handles line i and returns the index of the last line it consumed.
func (c *cleaner) line(i int) int {
	raw := c.lines[i]
	line := withoutStreet(cleanLine(raw))
	if line != "" {
		var credited []string
		line, credited = stripCredit(line)
		for _, n := range credited {
			c.addByline(n)
		}
	}
	if line == "" {
		if c.teaser == teaserTitles && c.teaserTitleCount == 0 {
			c.teaserCard = true
		}
		c.keep = append(c.keep, "")
		return i
	}
	low := lineKey(line)
	if c.inTeaser(i, line, low) || isNavLine(raw) || isTeaserRow(line) {
		return i
	}
	if isNavItem(line) && !isOnBehalfLine(line) {
		// a menu written one item a line: three or more labels in a row
		// (a signature block's "For the Council" / "The President" / name is none)
		if j := navRunEnd(c.lines, i); j-i >= 3 {
			return j - 1
		}
	}
	if j, ok := c.signatureLine(i, line); ok {
		return j
	}
	bio, dropped := c.byline(i, line, low)
	if dropped {
		return i
	}
	c.noteOfficial(i, line, low)
	if c.junk(i, line, low) || c.seen[line] {
		// junk, or a repeated caption, headline or byline
		return i
	}
	c.seen[line] = true
	if bio {
		// Kept for now: dropped at the end if no real paragraph follows.
		c.bios = append(c.bios, len(c.keep))
	}
	c.keep = append(c.keep, line)
	c.keptAt = i
	return i
}

// lineKey is what a line's junk rules compare: a short line lower-cased
// without its trailing punctuation, a long one's first 64 bytes.
func lineKey(line string) string {
	if len(line) <= 120 {
		return strings.ToLower(strings.TrimRight(line, " :.!|/>»"))
	}
	return strings.ToLower(line[:64])
}

// signatureLine keeps line i when it heads a signature block ("For the
// Council" / "The President" above a signatory, no label) or is a
// signatory's line, noting the signatory, and returns the last line it
// consumed.
func (c *cleaner) signatureLine(i int, line string) (int, bool) {
	if c.signatureHead(i, line) {
		c.keep = append(c.keep, line)
		c.keptAt = i
		return i, true
	}
	sig, name, j, ok := c.signatory(i, line)
	if !ok {
		return i, false
	}
	if c.signatories == nil {
		c.signatories = map[string]bool{}
	}
	c.signatories[strings.ToLower(name)] = true
	c.keep = append(c.keep, sig)
	c.keptAt = j
	return j, true
}

// inTeaser follows the teaser blocks and reports whether line i belongs
// to one (its heading or a title under it).
func (c *cleaner) inTeaser(i int, line, low string) bool {
	if isTeaserHeading(line, low) {
		// The teaser title often stands just before the heading too
		// (right above it: a headline further up with junk dropped in
		// between is the article's own).
		adjacent := c.keptAt == i-1 || c.keptAt == i-2 && strings.TrimSpace(c.lines[i-1]) == ""
		if n := lastNonEmpty(c.keep); n >= 0 && adjacent && isHeadlineLike(c.keep[n]) {
			c.keep = c.keep[:n]
		}
		c.teaser, c.teaserTitleCount, c.teaserCard = teaserTitles, 0, false
		return true
	}
	if tagsHeadings[low] {
		c.teaser = tagsList
		return true
	}
	switch c.teaser {
	case teaserTitles:
		if isHeadlineLike(line) || isListedTitle(line) {
			c.teaserTitleCount++
			return true
		}
		c.teaser = noTeaser
		// the promotional paragraph under a lone teaser card
		return c.teaserCard && c.teaserTitleCount == 1
	case tagsList:
		if isHeadlineLike(line) && countFields(line) <= 8 {
			return true
		}
		c.teaser = noTeaser
	}
	return false
}

// byline takes the credit, staff, role and label lines (noting the names
// they give) and reports whether line i is an author bio, and whether it is
// dropped.
func (c *cleaner) byline(i int, line, low string) (bio, dropped bool) {
	if names, ok := creditLine(line, low); ok {
		for _, n := range names {
			c.addByline(n)
		}
		return false, true
	}
	name, bio := authorBio(line)
	if bio && lookupLower(c.bylines, name) {
		return bio, true
	}
	if names, ok := staffLine(line); ok {
		for _, n := range names {
			c.addByline(n)
		}
		return bio, true
	}
	if isRoleLine(line) {
		// "Middle East correspondent" under a byline name
		if n := len(c.keep) - 1; n >= 0 && c.keptAt == i-1 && isBylineLike(c.keep[n]) && countFields(c.keep[n]) <= 4 {
			c.addByline(c.keep[n])
			c.keep = c.keep[:n]
		}
		return bio, true
	}
	if isLabelLine(line) {
		// a section kicker, category label or share button alone on a
		// line; a name before a dateline is the byline
		if isBylineLike(line) && (lookupLower(wordFlags, strings.Fields(line)[0])&fFirstNames != 0 || nextIsDateline(c.lines, i)) {
			c.addByline(line)
		}
		return bio, true
	}
	return bio, false
}

// signatureTitles start the office under a signatory's name in a government
// document ("Minister for Foreign Affairs", "Spokesperson"); a journalist's
// role ("Correspondent") is never one.
var signatureTitles = wordSet("signature-titles")

// signatory reads a signature block at line i: a name alone on its line (two
// to four capitalized words, as a byline, after an optional rank such as
// "Major General") directly above an office ("Samuel Ablakwa" / "Minister
// for Foreign Affairs"), or under a "For the Republic of Ghana" line. It
// returns the name and its office as one line, "Samuel Ablakwa, Minister for
// Foreign Affairs" (a name in capitals in title case), the name alone, and
// the last line it used; a byline or a label it is not.
func (c *cleaner) signatory(i int, line string) (sig, name string, last int, ok bool) {
	if len(line) > 130 || line[len(line)-1] == '.' {
		return "", "", i, false // a paragraph
	}
	if k := strings.IndexByte(line, ','); k > 0 && isOfficeLine(line[k+1:]) {
		if _, n, _, _ := c.signatory(-1, line[:k]); n != "" {
			return line, n, i, true // "Tammy Bruce, Department Spokesperson" above a date
		}
	}
	if w := firstField(line); rankAbbreviation(w) && len(line) > len(w) {
		line = strings.TrimSpace(line[len(w):]) // "ASEC. ARSENIO R. ANDOLONG": a rank's abbreviation before the name
	}
	words := strings.Fields(line)
	if len(words) < 2 || len(words) > 7 || !isBylineLike(line) || strings.ContainsAny(line, ",0123456789") || isRoleLine(line) {
		return "", "", i, false
	}
	rank := 0
	for rank < len(words)-2 && lookupLower(wordFlags, strings.Trim(words[rank], "."))&fRoleWords != 0 {
		rank++ // "MAJOR GENERAL MARKUS IDRIS GWAMNA"
	}
	if len(words)-rank > 4 {
		return "", "", i, false
	}
	if !namesNoOffice(words[rank:]) {
		return "", "", i, false // a heading ("Ghana Welcomes Tinubu"), an office, a body
	}
	name = titleCaseWords(strings.Join(words[rank:], " "))
	if i < 0 {
		return "", name, i, false // only the name was asked for
	}
	next := ""
	if i+1 < len(c.lines) {
		next = cleanLine(c.lines[i+1])
	}
	first := strings.ToLower(strings.Trim(firstField(next), ",.:"))
	office := next != "" && len(next) <= 90 && !strings.HasSuffix(next, ".") && !isRoleLine(next) &&
		(signatureTitles[first] || rank > 0 && lookupLower(wordFlags, first)&fRoleWords != 0 || isOfficeLine(next))
	if office && strings.ToUpper(next) == next {
		return titleCaseWords(line), name, i, true // an office in capitals stays a line of its own
	}
	if office {
		return titleCaseWords(line) + ", " + strings.TrimRight(next, " ,;"), name, i + 1, true
	}
	if n := lastNonEmpty(c.keep); n >= 0 && c.keptAt == i-1 && (isOnBehalfLine(c.keep[n]) || c.officeUnderOnBehalf(n) || officeOpensLine(c.keep[n])) {
		// ("For the Council" / "The President" / "C. KOMBOS"; an office above
		// its holder: "SPEAKER OF THE SEIMAS" / "JUOZAS OLEKAS")
		return titleCaseWords(line), name, i, true
	}
	return "", "", i, false
}

// signatureHead reports whether line i opens a signature block ("For the
// Council", "On behalf of the Government") or is the short office under
// such a line ("The President"), with a line of a name after it.
func (c *cleaner) signatureHead(i int, line string) bool {
	if i+1 >= len(c.lines) {
		return false
	}
	if !isOnBehalfLine(line) {
		n := lastNonEmpty(c.keep)
		if n < 0 || c.keptAt != i-1 || !isOnBehalfLine(c.keep[n]) || countFields(line) > 4 || !isOfficeLine(strings.TrimPrefix(strings.TrimPrefix(line, "The "), "THE ")) {
			return false
		}
	}
	next := cleanLine(c.lines[i+1])
	return next != "" && len(next) <= 90 && isBylineLike(next)
}

// officeUnderOnBehalf reports whether kept line n is a short office ("The
// President") right under a line that opens a signature ("For the Council").
func (c *cleaner) officeUnderOnBehalf(n int) bool {
	line := strings.TrimPrefix(strings.TrimPrefix(c.keep[n], "The "), "THE ")
	return n > 0 && countFields(line) <= 4 && isOfficeLine(line) && isOnBehalfLine(c.keep[n-1])
}

// rankAbbreviation reports whether w is an abbreviated rank or style before
// a signatory's name: three to six letters and a period ("ASEC.", "Amb."),
// no initial.
func rankAbbreviation(w string) bool {
	if len(w) < 4 || len(w) > 7 || w[len(w)-1] != '.' {
		return false
	}
	for _, r := range w[:len(w)-1] {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// signed reports whether a kept line is a signatory's ("Tammy Bruce,
// Department Spokesperson"): no byline, though a date follows it.
func (c *cleaner) signed(line string) bool {
	if k := strings.IndexByte(line, ','); k > 0 {
		line = line[:k]
	}
	return lookupLower(c.signatories, strings.TrimSpace(line))
}

// isOfficeLine reports whether s (after a name and a comma) is an official's
// office: at most eight words, one of them a role head that can close a
// signature ("Department Spokesperson", "Minister for Foreign Affairs"), no
// journalist's role.
func isOfficeLine(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 90 || countFields(s) > 8 || isRoleLine(s) || strings.HasSuffix(s, ".") {
		return false
	}
	for _, w := range strings.Fields(s) {
		lw := strings.ToLower(strings.Trim(w, ",.()"))
		if signatureTitles[lw] && lookupLower(wordFlags, lw)&fRoleHeads != 0 {
			return true
		}
	}
	return false
}

// officeOpensLine reports whether a line of no more than 90 bytes, without
// a closing period, opens with an office: a signature title that is a role
// head, after "The" ("SPEAKER OF THE SEIMAS", "The Director of Information
// and Public Relations of the Armed Forces"), as above its holder's name.
func officeOpensLine(s string) bool {
	if len(s) > 90 || strings.HasSuffix(s, ".") {
		return false
	}
	w := strings.ToLower(firstField(s))
	if w == "the" {
		w = strings.ToLower(firstField(strings.TrimSpace(s[3:])))
	}
	return signatureTitles[w] && lookupLower(wordFlags, w)&fRoleHeads != 0
}

// isOnBehalfLine reports whether a kept line opens a signature: "For the
// Government of the Republic of Ghana", "On behalf of the Council".
func isOnBehalfLine(line string) bool {
	return len(line) <= 90 && (strings.HasPrefix(line, "For the ") || strings.HasPrefix(line, "FOR THE ") || strings.HasPrefix(line, "On behalf of ")) && !strings.ContainsAny(line, ".;")
}

// firstField is the first space-separated field of s, or "".
func firstField(s string) string {
	s = strings.TrimSpace(s)
	if k := strings.IndexByte(s, ' '); k >= 0 {
		return s[:k]
	}
	return s
}

// noteOfficial notes a government page's issuer: "An official website of
// ..." or "From:" followed by the issuing office.
func (c *cleaner) noteOfficial(i int, line, low string) {
	if c.official == "" && (strings.HasPrefix(low, "an official website of") || strings.HasPrefix(low, "official website of")) {
		c.official = line
	}
	if c.official == "" && low == "from" && strings.HasSuffix(line, ":") {
		// "From:" then "Prime Minister's Office, 10 Downing Street"
		for j := i + 1; j < len(c.lines) && j <= i+2; j++ {
			if l := cleanLine(c.lines[j]); l != "" {
				c.official = l
				break
			}
		}
	}
}

// junk reports whether line i is page junk or a dateline, noting the
// bylines they give.
func (c *cleaner) junk(i int, line, low string) bool {
	if isJunkLine(line, low) {
		if len(line) < 80 && (strings.HasPrefix(line, "By ") || strings.HasPrefix(line, "BY ")) {
			for _, n := range strings.FieldsFunc(strings.ReplaceAll(line[3:], " and ", ","), func(r rune) bool { return r == ',' || r == '&' }) {
				c.addByline(strings.TrimSpace(n))
			}
		}
		return true
	}
	if isDocNumberLine(line) {
		return true // "No: 2026/1147" under "PRESS RELEASE": the city's dateline opens the next line
	}
	if isDateline(line) {
		// a byline usually stands just before a dateline
		if n := lastNonEmpty(c.keep); n >= 0 && n == len(c.keep)-1 && c.keptAt == i-1 && isBylineLike(c.keep[n]) && !c.signed(c.keep[n]) {
			c.addByline(c.keep[n])
			c.keep = c.keep[:n]
		}
		return true
	}
	return false
}

// withoutStreet drops from a postal address the street and its number that
// stand before a postcode and its city ("Estonian Public Broadcasting,
// Kreutzwaldi 14, 10124 Tallinn": a street's name is no entity).
func withoutStreet(line string) string {
	if len(line) > 200 || !postcodeAfterComma(line) {
		return line
	}
	fields := strings.Split(line, ", ")
	for k := 0; k+1 < len(fields); k++ {
		before, street := "", fields[k]
		if j := strings.LastIndex(street, " | "); j >= 0 {
			before, street = street[:j+3], street[j+3:] // "Office | Gedimino 53, LT-01109 Vilnius"
		}
		if isStreetField(street) && isPostcodeCity(fields[k+1]) {
			fields[k+1] = before + fields[k+1]
			return strings.Join(append(fields[:k:k], fields[k+1:]...), ", ")
		}
	}
	return line
}

// postcodeAfterComma reports whether ", " and four digits stand in line
// (a country's letters and a hyphen may come between): the cheap test
// before withoutStreet splits it.
func postcodeAfterComma(line string) bool {
	for at := strings.Index(line, ", "); at >= 0; {
		rest := line[at+2:]
		if k := strings.IndexByte(rest, '-'); k > 0 && k <= 3 {
			rest = rest[k+1:] // "LT-01109"
		}
		if len(rest) >= 4 && isDigits(rest[:4]) {
			return true
		}
		next := strings.Index(line[at+2:], ", ")
		if next < 0 {
			return false
		}
		at += 2 + next
	}
	return false
}

// isDigits reports whether s is ASCII digits only.
func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// isStreetField reports whether f is one or two capitalized words and a
// house number ("Kreutzwaldi 14", "Rue Haute 12b").
func isStreetField(f string) bool {
	w := strings.Fields(f)
	if len(w) < 2 || len(w) > 3 || !isNumberish(strings.TrimRight(w[len(w)-1], "abcdefgh")) {
		return false
	}
	for _, x := range w[:len(w)-1] {
		r, _ := utf8.DecodeRuneInString(x)
		if !unicode.IsUpper(r) || strings.ContainsAny(x, "0123456789") || monthNames[strings.ToLower(strings.TrimSuffix(x, "."))] > 0 {
			return false // ("March 02, 2016 9:16 PM" is a date)
		}
	}
	return true
}

// isPostcodeCity reports whether f opens with a postcode of four to six
// digits, a country's letters and a hyphen allowed, before a capitalized
// city ("10124 Tallinn", "LT-01109 Vilnius").
func isPostcodeCity(f string) bool {
	code, city, ok := strings.Cut(f, " ")
	if _, after, found := strings.Cut(code, "-"); found {
		code = after
	}
	if r, _ := utf8.DecodeRuneInString(city); !ok || len(code) < 4 || len(code) > 6 || !unicode.IsUpper(r) {
		return false
	}
	for _, r := range code {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// isDocNumberLine reports whether line is only a document's number after
// "No", "No." or "No:" ("No: 2026/1147", "No. 2026/041-PR"): one field
// with a digit and no letters but a short suffix.
func isDocNumberLine(line string) bool {
	if len(line) > 40 || !strings.HasPrefix(line, "No") {
		return false
	}
	f := strings.Fields(line)
	if len(f) != 2 || f[0] != "No:" && f[0] != "No." && f[0] != "No" || !strings.ContainsAny(f[1], "0123456789") {
		return false
	}
	letters := 0
	for _, r := range f[1] {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters <= 3
}

// dropTailBios drops the author bios of unknown authors that stand in the
// page's tail, after the story's last real paragraph (their names are not
// taken for bylines: the same person may be in the story).
func (c *cleaner) dropTailBios() {
	for k := len(c.bios) - 1; k >= 0; k-- {
		for _, l := range c.keep[c.bios[k]+1:] {
			if isRealParagraph(l) {
				return
			}
		}
		c.keep[c.bios[k]] = ""
	}
}

// pressUnitWords name the press or communications unit that issues a page
// ("Defence Public Affairs and Communication Office", "Directorate of Social
// Communication"; lexicon/words.txt, round 12).
var pressUnitWords = wordList("press-unit-words")

// pressUnitHeads head such a unit's name: office, directorate, section.
var pressUnitHeads = wordSet("press-unit-heads")

// dropTailPressUnits drops, in the tail of the page (the lines after its last
// real paragraph), the lines that name only the issuer's press unit: a credit
// at the foot ("Issued by:" / "Defence Public Affairs and Communication
// Office" / "Ministry of Defence"), no entity of the text. The publisher
// named by the metadata stays an entity (notePublisher).
func (c *cleaner) dropTailPressUnits() {
	for k := len(c.keep) - 1; k >= 0; k-- {
		l := c.keep[k]
		if isRealParagraph(l) {
			return
		}
		if l != "" && isPressUnitLine(l) {
			c.keep[k] = ""
		}
	}
}

// isPressUnitLine reports whether line is only names (parts split by " | "),
// one of them a press unit: capitalized words and joiners, a pressUnitHeads
// word and a pressUnitWords word ("Department of Global Communications |
// Meetings Coverage Section").
func isPressUnitLine(line string) bool {
	if len(line) > 160 || !mayNamePressUnit(line) {
		return false
	}
	unit := false
	for _, part := range strings.Split(line, " | ") {
		words := strings.Fields(part)
		if len(words) == 0 || len(words) > 10 {
			return false
		}
		head := false
		for _, w := range words {
			lw := strings.ToLower(w)
			if !capitalized(w) && !nameJoiners[lw] && w != "&" {
				return false
			}
			head = head || pressUnitHeads[lw]
		}
		unit = unit || head && hasPressWord(" "+strings.ToLower(part)+" ")
	}
	return unit
}

// pressNeedles are inner parts of the pressUnitWords, matched in lower and
// title case alike: the cheap test before isPressUnitLine splits a line.
var pressNeedles = []foldNeedle{newFoldNeedle("ommunicat"), newFoldNeedle("ress"), newFoldNeedle("edia"),
	newFoldNeedle("ublic"), newFoldNeedle("overage")}

// mayNamePressUnit reports whether line holds a pressNeedles part.
func mayNamePressUnit(line string) bool {
	for _, n := range pressNeedles {
		if containsFold(line, n) {
			return true
		}
	}
	return false
}

// hasPressWord reports whether the lower-cased, space-padded phrase holds a
// pressUnitWords entry as whole words.
func hasPressWord(padded string) bool {
	for _, w := range pressUnitWords {
		if strings.Contains(padded, " "+w+" ") {
			return true
		}
	}
	return false
}

// joinKept joins the kept lines, runs of blank lines collapsed to one and
// the ends trimmed.
func joinKept(keep []string, size int) string {
	var b strings.Builder
	b.Grow(size)
	blank := false
	for _, l := range keep {
		if l == "" {
			blank = b.Len() > 0
			continue
		}
		if b.Len() > 0 {
			if blank {
				b.WriteString("\n\n")
			} else {
				b.WriteByte('\n')
			}
		}
		blank = false
		b.WriteString(l)
	}
	return b.String()
}

// creditLine reports whether line is a wire credit line ("Reporting by A in
// Dubai and B; Editing by C", "Additional reporting by D") and returns the
// names it credits. low is the line's lower-cased head.
func creditLine(line, low string) ([]string, bool) {
	if len(line) > 300 || !strings.Contains(low, "by") && !strings.Contains(line, "ontribut") && !strings.Contains(line, "; ") {
		return nil, false
	}
	if len(line) > 120 {
		low = strings.ToLower(line)
	}
	isCredit := false
	for _, p := range creditPrefixes {
		if strings.HasPrefix(low, p) {
			isCredit = true
			break
		}
	}
	if !isCredit {
		// "...; Editing by C" after a first part that is not a known prefix
		isCredit = strings.Contains(low, "; editing by ") || strings.Contains(low, "; writing by ") ||
			strings.HasSuffix(low, "contributed to this report.") || strings.HasSuffix(low, "contributed reporting.")
	}
	if !isCredit {
		return nil, false
	}
	var names []string
	for _, part := range strings.Split(line, ";") {
		lp := strings.ToLower(part)
		k := strings.Index(lp, " by ")
		if strings.HasPrefix(lp, "by ") {
			k = 0
		} else if k >= 0 {
			k++
		}
		if k >= 0 {
			part = part[k+3:]
		}
		part = strings.ReplaceAll(part, " and ", ",")
		for _, n := range strings.Split(part, ",") {
			n = strings.TrimSpace(strings.TrimRight(n, ". "))
			if i := strings.Index(n, " in "); i > 0 {
				n = n[:i] // "A in Dubai": the reporter's location
			}
			if isBylineLike(n) {
				names = append(names, n)
			}
		}
	}
	return names, true
}

// isLabelLine reports whether a line is a label alone on a line rather than
// text: one to three capitalized words without sentence punctuation, verbs or
// digits ("World", "Middle East", "LinkedIn", "Politics & Policy"). Such
// lines are section kickers, category labels and share buttons; a headline
// has a verb or more words.
func isLabelLine(line string) bool {
	if len(line) > 40 {
		return false
	}
	words := strings.Fields(line)
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	if last, _ := utf8.DecodeLastRuneInString(line); strings.ContainsRune(".!?\"”'’:;,)", last) {
		return false
	}
	for _, w := range words {
		if w == "&" || w == "and" || w == "of" || w == "the" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.ContainsFunc(w, unicode.IsDigit) {
			return false
		}
		lw := strings.ToLower(w)
		if defaultLexicon.isVerbTriggerWord(lw) || speechVerbs[lw] || strings.HasSuffix(lw, "ed") {
			return false
		}
	}
	return true
}

// nextIsDateline reports whether the first non-blank line after lines[i] is a dateline.
func nextIsDateline(lines []string, i int) bool {
	for j := i + 1; j < len(lines); j++ {
		if l := cleanLine(lines[j]); l != "" {
			return isDateline(l)
		}
	}
	return false
}

func lastNonEmpty(lines []string) int {
	for i := len(lines) - 1; i >= 0; i-- {
		if lines[i] != "" {
			return i
		}
	}
	return -1
}

// cleanLine trims a line, removes URLs, social handles and photo credits,
// and collapses runs of spaces.
func cleanLine(line string) string {
	line = strings.TrimRight(line, "\r")
	// a tab or one of the spaces and invisible characters mapped below
	// (U+00A0, U+00AD, U+2007, U+2009, U+200B-U+200F, U+202F, U+2060, U+FEFF)
	special := strings.IndexByte(line, '\t') >= 0 || strings.IndexByte(line, 0xC2) >= 0 || strings.IndexByte(line, 0xEF) >= 0
	for rest := line; !special; {
		k := strings.IndexByte(rest, 0xE2)
		if k < 0 || k+2 >= len(rest) {
			break
		}
		if rest[k+1] == 0x80 {
			switch rest[k+2] {
			case 0x87, 0x89, 0x8B, 0x8C, 0x8D, 0x8E, 0x8F, 0xAF:
				special = true
			}
		}
		if rest[k+1] == 0x81 && rest[k+2] == 0xA0 {
			special = true // U+2060 word joiner
		}
		rest = rest[k+1:]
	}
	if special {
		line = strings.Map(func(r rune) rune {
			switch r {
			case '\u00a0', '\t', '\u2009', '\u202f', '\u2007':
				return ' '
			case '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u2060', '\ufeff', '\u00ad':
				return -1 // invisible marks inside names: "Joko\u200bWidodo"
			}
			return r
		}, line)
	}
	line = strings.TrimSpace(line)
	if line == "" {
		return ""
	}
	if strings.Contains(line, "://") || strings.Contains(line, "www.") || strings.Contains(line, "@") {
		line = removeURLs(line)
	}
	line = removePhotoCredit(line)
	if strings.Contains(line, "  ") {
		line = collapseSpaces(line)
	}
	if mayHaveNickname(line) {
		line = nicknameRE.ReplaceAllString(line, "$1 $2")
	}
	return titleSurnames(titleSpeakerLabel(strings.TrimSpace(line)))
}

// titleSurnames title-cases a family name written in capitals next to a
// given name, as Japanese and other official sources write names
// ("Minister for Foreign Affairs KAMIKAWA Yoko" -> "Kamikawa Yoko", "Enrique
// MANALO" -> "Enrique Manalo"): an upper-case word of four or more letters
// that is no known name, acronym, role or page word, followed by a
// capitalized word in lower case or preceded by a common given name. The
// length and so every offset is kept.
func titleSurnames(line string) string {
	b := []byte(nil)
	for i := 0; i < len(line); {
		j := i
		for j < len(line) && line[j] >= 'A' && line[j] <= 'Z' {
			j++
		}
		givenAfter := j+2 < len(line) && line[j] == ' ' && line[j+1] >= 'A' && line[j+1] <= 'Z' && line[j+2] >= 'a' && line[j+2] <= 'z'
		if j-i >= 4 && (i == 0 || line[i-1] == ' ') && (j == len(line) || !isLetterByte(line[j])) && (givenAfter || givenBefore(line, i)) {
			lw := strings.ToLower(line[i:j])
			if wordFlags[lw]&(fNonNameWords|fRoleWords|fOrgHeads|fPlaceNouns) == 0 && defaultLexicon.flags[lw]&fGazFirst == 0 {
				if b == nil {
					b = []byte(line)
				}
				for k := i + 1; k < j; k++ {
					b[k] += 'a' - 'A'
				}
			}
		}
		if j == i {
			j++
		}
		i = j
	}
	if b == nil {
		return line
	}
	return string(b)
}

// mayHaveNickname is a cheap test before nicknameRE: an opening quote after
// a space and before a capital, closed within 40 bytes before a space.
func mayHaveNickname(line string) bool {
	for i := 1; i < len(line); i++ {
		q := 0
		switch {
		case line[i] == '"':
			q = 1
		case strings.HasPrefix(line[i:], "“"):
			q = len("“")
		}
		if q == 0 || line[i-1] != ' ' || i+q >= len(line) || !(line[i+q] >= 'A' && line[i+q] <= 'Z' || line[i+q] >= 0xC0) {
			continue
		}
		rest := line[i+q:]
		if len(rest) > 40 {
			rest = rest[:40]
		}
		if k := strings.IndexAny(rest, "\"”"); k > 0 && strings.Contains(rest[k:], " ") {
			return true
		}
	}
	return false
}

// nicknameRE finds a quoted nickname of one to three capitalized words
// between a given name and a family name: `Ahmed "Abu Bakr" al-Masri` reads
// as the person Ahmed al-Masri.
var nicknameRE = regexp.MustCompile(`(\p{Lu}[\p{L}'’.-]+) ["“]\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}["”] ((?:al-|el-|bin |ibn |de |van |von )?\p{Lu})`)

// titleSpeakerLabel title-cases a transcript's upper-case speaker label of
// two or three name words ("LIN JIAN: ..." -> "Lin Jian: ..."), so that the
// label names a person; labels with a known name, a role or a non-name word
// ("UN SECURITY COUNCIL:", "BREAKING NEWS:") are left alone. The length and
// so every offset is kept (ASCII only).
func titleSpeakerLabel(line string) string {
	colon := strings.IndexByte(line, ':')
	if colon < 4 || colon > 40 {
		return line
	}
	words := strings.Fields(line[:colon])
	if len(words) < 2 || len(words) > 3 {
		return line
	}
	for _, w := range words {
		if len(w) < 2 || !isASCIIUpperWord(w) {
			return line
		}
		lw := strings.ToLower(w)
		if wordFlags[lw]&(fNonNameWords|fRoleWords) != 0 || defaultLexicon.flags[lw]&fGazFirst != 0 {
			return line
		}
	}
	b := []byte(line)
	for i := 1; i < colon; i++ {
		if b[i-1] != ' ' && b[i] >= 'A' && b[i] <= 'Z' {
			b[i] += 'a' - 'A'
		}
	}
	return string(b)
}

func isLetterByte(c byte) bool { return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' }

// givenBefore reports whether the word before offset i is a common given
// name written in title case ("Enrique").
func givenBefore(line string, i int) bool {
	if i < 3 || line[i-1] != ' ' {
		return false
	}
	k := i - 1
	for k > 0 && isLetterByte(line[k-1]) {
		k--
	}
	w := line[k : i-1]
	if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' || (k > 0 && line[k-1] != ' ') {
		return false
	}
	for c := 1; c < len(w); c++ {
		if w[c] < 'a' || w[c] > 'z' {
			return false
		}
	}
	return wordFlags[strings.ToLower(w)]&fFirstNames != 0
}

func isASCIIUpperWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; !(c >= 'A' && c <= 'Z' || c == '-' || c == '\'') {
			return false
		}
	}
	return true
}

// removeURLs drops URLs, e-mail addresses and @handles from a line.
func removeURLs(line string) string {
	fields := strings.Fields(line)
	out := fields[:0]
	for _, f := range fields {
		lf := strings.ToLower(f)
		if strings.Contains(lf, "://") || strings.HasPrefix(lf, "www.") || strings.HasPrefix(lf, "(www.") ||
			strings.HasPrefix(lf, "@") || (strings.Contains(lf, "@") && strings.Contains(lf, ".")) {
			continue
		}
		out = append(out, f)
	}
	return strings.Join(out, " ")
}

// removePhotoCredit drops a trailing credit such as "(AP Photo/...)", "(AP…)" or "(Reuters)".
func removePhotoCredit(line string) string {
	line = removeSlashCredit(line)
	if !strings.HasSuffix(line, ")") && !strings.HasSuffix(line, "…") && !strings.HasSuffix(line, "...") {
		return line
	}
	i := strings.LastIndexByte(line, '(')
	if i < 0 {
		return line
	}
	credit := strings.ToLower(line[i:])
	for _, c := range []string{"(ap", "(reuters", "(afp", "(getty", "(photo", "(epa", "(xinhua", "(yonhap", "(kcna", "(tass", "(file", "(courtesy", "(credit", "(image"} {
		if strings.HasPrefix(credit, c) && len(credit) < 60 {
			return strings.TrimSpace(line[:i])
		}
	}
	return line
}

func isJunkLine(line, low string) bool {
	if junkLines[low] {
		return true
	}
	if low != "" {
		for _, p := range junkPrefixIndex[low[0]] {
			if strings.HasPrefix(low, p) {
				return true
			}
		}
	}
	if len(line) <= 400 && isPromptLine(line) || isSubscriptionNote(line) {
		return true
	}
	if len(line) > 100 {
		return false
	}
	if rights, ok := strings.CutSuffix(strings.TrimRight(low, ". "), "all rights reserved"); ok && (ownerOnly(line[:len(rights)]) || strings.HasSuffix(strings.TrimSpace(rights), ".")) {
		return true // "Nation Media Group. All rights reserved." (not "Egypt kept all rights reserved")
	}
	if copyrightYearLine(line) {
		return true // "(c) 2026 Premium Times Services Limited." (not a list's "(c) 20 Chinese companies")
	}
	if core := strings.TrimFunc(low, func(r rune) bool { return !unicode.IsLetter(r) }); core != low && junkLines[core] {
		// "-- END --", "[ Advertisement ]"
		return true
	}
	if isHashtagLine(line) {
		return true // "#ColombiaSegura | Follow us", "#Sahel #Mali": hashtags name no one
	}
	if len(low) < 80 && (isTimestampLine(low) && !isDateline(line) || isSocialRow(low) || isSocialItems(low)) {
		// (a dateline is left to the caller: the byline above it goes too)
		return true
	}
	if strings.Contains(low, "comment") && len(line) < 30 && strings.ContainsFunc(low, unicode.IsDigit) {
		// "Show 12 comments", "34 Comments"
		return true
	}
	if strings.HasPrefix(low, "viewed ") && strings.HasSuffix(low, " times") {
		return true
	}
	if countFields(line) <= 6 {
		words := strings.Fields(line)
		// breadcrumbs ("News / Asia") and label lists ("Font size:")
		if strings.Contains(line, " / ") || strings.HasSuffix(line, "/") || strings.HasSuffix(line, ":") && len(words) <= 3 && !strings.ContainsAny(line, ".") && isLabel(line) {
			return true
		}
		// a byline
		if (words[0] == "By" || words[0] == "BY") && isBylineLike(strings.Join(words[1:], " ")) {
			return true
		}
		// a lone counter or symbol line
		if !strings.ContainsFunc(line, unicode.IsLetter) {
			return true
		}
	}
	return false
}

// isHashtagLine reports whether line opens with a hashtag: a "#" glued to
// a letter ("#ColombiaSegura | Síguenos en redes sociales").
func isHashtagLine(line string) bool {
	rest, ok := strings.CutPrefix(line, "#")
	if !ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsLetter(r)
}

// isLabel reports whether a short line is a label ("Font size:") rather than a speaker ("Mr Putin:").
func isLabel(line string) bool {
	f := strings.Fields(strings.TrimRight(line, ":"))
	if len(f) == 0 {
		return true
	}
	// Labels are sentence case: the later words are lower case.
	for _, w := range f[1:] {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// isListedTitle reports whether a line is a numbered or bulleted title of a
// teaser list ("1. Putin meets Xi in Moscow.", "• Talks resume in Doha").
func isListedTitle(line string) bool {
	if len(line) > 160 || strings.Count(line, " ") > 20 {
		return false
	}
	i := 0
	for i < len(line) && line[i] >= '0' && line[i] <= '9' {
		i++
	}
	if i > 0 && i <= 2 && i < len(line) && (line[i] == '.' || line[i] == ')') {
		return true
	}
	return strings.HasPrefix(line, "• ") || strings.HasPrefix(line, "· ") || strings.HasPrefix(line, "- ")
}

// isHeadlineLike reports whether a line looks like a title: short and
// without sentence punctuation at its end.
func isHeadlineLike(line string) bool {
	if line == "" {
		return false
	}
	words := strings.Fields(line)
	if len(words) > 16 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	return !strings.ContainsRune(".!?\"”'’", last)
}

// isBylineLike reports whether a line is only a short name ("Margaret Besheer", "VOA News").
func isBylineLike(line string) bool {
	words := strings.Fields(line)
	if len(words) == 0 || len(words) > 9 {
		return false
	}
	names := 0
	for k, w := range words {
		if w == "and" || w == "&" {
			continue
		}
		names++
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		if k == 0 && len(words) > 1 && strings.HasSuffix(w, ".") && honorifics[strings.ToLower(strings.TrimSuffix(w, "."))] {
			continue // "Dr. Ana Ruiz"
		}
		if strings.ContainsAny(w, ".;:!?") && !isInitial(w) || strings.HasSuffix(w, ",") && len(words) < 4 {
			return false
		}
	}
	return names > 0 && names <= 6
}

func isInitial(w string) bool {
	return len(w) == 2 && w[1] == '.' && w[0] >= 'A' && w[0] <= 'Z'
}

// isDateline reports whether a line is only a date and time ("March 02, 2016 9:16 PM",
// "Updated February 06, 2020 05:59 PM", "May 21, 2018, Sochi" is not one).
func isDateline(line string) bool {
	if len(line) > 60 || len(line) < 6 {
		return false
	}
	words := strings.FieldsFunc(line, func(r rune) bool { return r == ' ' || r == ',' })
	if len(words) < 2 || len(words) > 12 {
		return false
	}
	sawMonth, sawNum := false, false
	for _, w := range words {
		lw := strings.ToLower(strings.TrimSuffix(w, "."))
		switch {
		case monthNames[lw] > 0 && len(lw) >= 3:
			sawMonth = true
		case weekdayNames[lw] >= 0 && isWeekday(lw):
		case lw == "ago" || lw == "hours" || lw == "hour" || lw == "minutes" || lw == "minute" || lw == "mins" || lw == "min" || lw == "hrs" || lw == "days" || lw == "day" || lw == "·" || lw == "at":
		case lw == "am" || lw == "pm" || lw == "a.m" || lw == "p.m" || lw == "utc" || lw == "gmt" || lw == "est" || lw == "et" || lw == "updated" || lw == "published" || lw == "|" || lw == "-":
		case isNumberish(lw):
			sawNum = true
		default:
			return false
		}
	}
	return sawMonth && sawNum
}

func isWeekday(w string) bool { _, ok := weekdayNames[w]; return ok }

// removeSlashCredit removes a photographer's credit with its agency that
// closes a bracketed caption: "[File: Osman Idris/AFP]" goes whole,
// "[Photo: forces on patrol. Photo: Hassan Ali Elmi/AFP]" keeps its caption.
// The credit is a name of one to four words as in bylines, a slash and a
// known agency, after a label's colon, a sentence's end or the bracket.
func removeSlashCredit(line string) string {
	if !strings.HasSuffix(line, "]") && !strings.HasSuffix(line, ")") {
		return line
	}
	open := strings.LastIndexByte(line, '[')
	if line[len(line)-1] == ')' {
		open = strings.LastIndexByte(line, '(')
	}
	slash := strings.LastIndexByte(line, '/')
	if open < 0 || slash < open {
		return line
	}
	if !agencies[strings.ToLower(strings.TrimSpace(line[slash+1:len(line)-1]))] {
		return line // ("(Goma/Bukavu)", "(F-16/Gripen)": no credit)
	}
	start := open + 1
	if k := strings.LastIndexAny(line[open:slash], ":."); k >= 0 {
		start = open + k + 1
	}
	if name := line[start:slash]; countFields(name) > 4 || !isBylineLike(strings.TrimSpace(name)) {
		return line
	}
	caption := strings.TrimSpace(line[open+1 : start])
	if i := strings.LastIndexAny(caption, ".:"); i >= 0 && caption[i] == ':' {
		caption = strings.TrimSpace(caption[:strings.LastIndexAny(caption[:i], ".")+1]) // a label before the credit: "Photo:"
	}
	if caption == "" {
		return strings.TrimSpace(line[:open])
	}
	return line[:open+1] + caption + line[len(line)-1:]
}

// copyrightYearLine reports whether line opens with "(c)", a year and a
// capitalized owner: "(c) 2026 Premium Times Services Limited".
func copyrightYearLine(line string) bool {
	rest, ok := strings.CutPrefix(line, "(c) ")
	if !ok {
		rest, ok = strings.CutPrefix(line, "(C) ")
	}
	if !ok || len(rest) < 6 || !isNumberish(rest[:4]) || rest[4] != ' ' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest[5:])
	return unicode.IsUpper(r)
}

// ownerOnly reports whether s names an owner and nothing else: capitalized
// words, digits and marks ("Nation Media Group.", "© 2026 Herald Corp.").
func ownerOnly(s string) bool {
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

func isNumberish(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !(r >= '0' && r <= '9' || r == ':' || r == '/' || r == '.') {
			return false
		}
	}
	return true
}

// teaserPrefixes start the headings of recommendation blocks ("Related Press
// Releases", "More from Europe", "Most viewed this week"), compared lower-cased.
var teaserPrefixes = []string{"related ", "more from ", "more on ", "more in ", "more stories", "more news from",
	"most read", "most popular", "most viewed", "most shared", "most watched", "most commented", "recommended ",
	"you may also", "you might also", "you may like", "you might like", "trending", "editor's picks", "editors' picks",
	"editor’s picks", "top stories", "latest news", "latest stories", "latest from", "read more", "read next",
	"further reading", "in other news", "what to read next", "popular now", "popular stories", "also on ",
	"other news", "other stories", "more headlines", "top headlines", "must read", "don't miss", "don’t miss",
	"featured stories", "around the web", "from our partners", "promoted stories", "we recommend",
	"latest on ", "also worth", "worth reading", "promoted content", "you may be interested",
	"recommended for you", "further stories",
}

// tagsHeadings are footer headings whose following short lines are topic
// labels ("Tags", then "Bureau of South and Central Asian Affairs").
var tagsHeadings = wordSet("tags-headings")

// isTeaserHeading reports whether line is the heading of a teaser block
// ("Most read", "Related Press Releases", "More from Asia"): a known heading
// or a short line starting with a teaser phrase, without sentence punctuation.
func isTeaserHeading(line, low string) bool {
	if teaserHeadings[low] {
		return true
	}
	if len(line) > 50 || strings.Count(line, " ") > 5 || low == "" {
		return false
	}
	if last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(line, " :")); strings.ContainsRune(".!?\"”'’,;", last) {
		return false
	}
	for _, p := range teaserPrefixIndex[low[0]] {
		if strings.HasPrefix(low, p) || low == strings.TrimSpace(p) {
			return true
		}
	}
	if i := strings.IndexByte(low, ' '); i > 0 && strings.Count(low, " ") == 1 && teaserHeadingEnds[low[i+1:]] {
		return true // "DW recommends", "Our picks" (not "The Commission recommends:", which opens a list)
	}
	return false
}

// teaserHeadingEnds end a short teaser heading after its outlet's name:
// "DW recommends" (lexicon/words.txt).
var teaserHeadingEnds = wordSet("teaser-heading-ends")

// isTeaserRow reports whether line is a teaser heading with its titles on
// the same line, separated by "|" or "•": "Most Read: Rice farmers protest |
// Harbour bridge closed for repairs".
func isTeaserRow(line string) bool {
	head, rest, ok := strings.Cut(line, ":")
	if !ok || len(head) > 40 || !strings.ContainsAny(rest, "|•") {
		return false
	}
	head = strings.TrimSpace(head)
	return isTeaserHeading(head, strings.ToLower(head))
}

// teaserPrefixIndex holds teaserPrefixes by their first byte.
var teaserPrefixIndex = func() (idx [256][]string) {
	for _, p := range teaserPrefixes {
		idx[p[0]] = append(idx[p[0]], p)
	}
	return idx
}()

// navSmallWords may stand lower-case inside a menu item ("Sign in", "Bureau of ...").
var navSmallWords = wordSet("nav-small-words")

// isNavLine reports whether a raw line is a navigation menu or a row of
// buttons: items separated by "|", "·", "•" or runs of spaces ("Home | About
// the Ministry | Contact", "World  Business  Markets", "Email  Facebook  X"),
// each a short capitalized label, or a breadcrumb ("Home > World > Europe").
// Separators need two items, space runs three.
func isNavLine(raw string) bool {
	if len(raw) > 300 {
		return false
	}
	if t := strings.TrimRight(raw, " \t\r"); strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "..") || strings.HasSuffix(t, "\"") || strings.HasSuffix(t, "”") {
		return false // a sentence
	}
	if k := strings.IndexByte(raw, ':'); k > 0 && k < strings.IndexByte(raw, '|') && countFields(raw[:k]) <= 3 {
		raw = raw[k+1:] // a label before the menu: "Navigation menu: News | Middle East | Africa"
	}
	var items []string
	minItems := 2
	switch {
	case strings.IndexByte(raw, '|') >= 0 || strings.Contains(raw, "•") || strings.Contains(raw, "·") ||
		strings.Contains(raw, "›") || strings.Contains(raw, "»") || strings.Contains(raw, " > "):
		items = strings.FieldsFunc(strings.ReplaceAll(raw, " > ", "|"), func(r rune) bool {
			return r == '|' || r == '•' || r == '·' || r == '›' || r == '»'
		})
	case strings.Contains(raw, "  ") || strings.Contains(raw, "\t"):
		items = splitSpaceRuns(raw)
		minItems = 3
	default:
		return false
	}
	n := 0
	for _, it := range items {
		it = strings.TrimSpace(strings.ReplaceAll(it, "\u00a0", " "))
		if it == "" {
			continue
		}
		if !isNavItem(it) {
			return false
		}
		n++
	}
	return n >= minItems
}

// splitSpaceRuns splits a line at runs of two or more spaces or at tabs.
func splitSpaceRuns(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\t' || s[i] == ' ' && i+1 < len(s) && (s[i+1] == ' ' || s[i+1] == '\t') {
			out = append(out, s[start:i])
			for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
				i++
			}
			start = i
			i--
		}
	}
	return append(out, s[start:])
}

// isNavItem reports whether s is a menu label: at most four words and 32
// bytes, capitalized (small words aside), without sentence punctuation.
func isNavItem(s string) bool {
	s = strings.TrimRight(s, ".…")
	if s == "" || len(s) > 32 {
		return false
	}
	if countFields(s) > 4 {
		return false
	}
	if last, _ := utf8.DecodeLastRuneInString(s); strings.ContainsRune("!?\"”,;:", last) {
		return false
	}
	i := 0
	for w := range strings.FieldsSeq(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || unicode.IsDigit(r) && i > 0 || unicode.IsLetter(r) && !unicode.IsLower(r) {
			// (a script without case: a language link, "العربية", "中文")
			i++
			continue
		}
		if i > 0 && lookupLower(navSmallWords, w) {
			i++
			continue
		}
		return false
	}
	return true
}

// agencies are news agencies and outlets that close a byline or photo credit
// ("Carla Mendoza, AFP", "Mohammed Huwais/AFP via Getty Images"), lower-cased.
var agencies = wordSet("agencies")

// staffRoles are words of a journalist's job title in a byline or author bio.
var staffRoles = wordList("staff-roles")

// bylineNotes are the notes in brackets after an author's name in a live
// blog's byline ("Tom Ashby (now) and Ana Ruiz (earlier)").
var bylineNotes = wordSet("byline-notes")

// hasStaffRoleWord is hasStaffRole on a line in any case, without lower-casing it.
func hasStaffRoleWord(line string) bool {
	for _, r := range staffRoles {
		if strings.Contains(line, r[1:]) {
			return true
		}
	}
	return false
}

func hasStaffRole(low string) bool {
	for _, r := range staffRoles {
		if strings.Contains(low, r) {
			return true
		}
	}
	return false
}

// staffLine reports whether line is about the page's own staff rather than
// the story and returns the staff names: a byline with a role ("By Lina
// Haddad, Middle East correspondent"), a name with an agency or role ("Carla
// Mendoza, AFP"), datelined credits ("Semini reported from Tirana, Albania.
// Associated Press writer Sylvie Corbet in Paris contributed.") and author
// bios ("X is a Middle East correspondent based in Beirut.", "X covers Russia
// for Reuters.").
func staffLine(line string) ([]string, bool) {
	if len(line) > 600 {
		return nil, false
	}
	for _, read := range staffReaders {
		if names, ok := read(line); ok {
			return names, true
		}
	}
	return nil, false
}

// staffReaders are the shapes of staff lines staffLine tries, in order.
var staffReaders = []func(line string) ([]string, bool){
	roleByline, bylineShape, signatureLine, deskCredit, agencySource, nameWithAgency, creditSentences,
}

// roleByline reads a byline with a role, an agency or a date.
func roleByline(line string) ([]string, bool) {
	// A byline with a role, an agency or a date: "By Name, role", "By Name |
	// Agency", "By Name - Updated 2 hours ago".
	if len(line) < 140 && (strings.HasPrefix(line, "By ") || strings.HasPrefix(line, "BY ") || strings.HasPrefix(line, "by ")) {
		rest := line[3:]
		if k := strings.Index(rest, " / "); k > 0 && hasStaffRole(strings.ToLower(rest[:k])) && isBylineLike(strings.TrimSpace(rest[k+3:])) {
			return splitNames(strings.TrimSpace(rest[k+3:])), true // "By POLITICS DESK / Ana Ruiz"
		}
		k := strings.IndexAny(rest, ",|–—")
		if j := strings.Index(rest, " - "); j > 0 && (k < 0 || j < k) {
			k = j
		}
		if k > 0 {
			name := strings.TrimSpace(rest[:k])
			tailRaw := strings.Trim(rest[k:], ",|–—- ")
			tail := strings.ToLower(tailRaw)
			if isBylineLike(name) && (agencies[tail] || hasStaffRole(tail) && countFields(tail) <= 6 ||
				!strings.HasSuffix(tail, ".") && (isDateline(tailRaw) || isTimestampLine(tail) || strings.HasPrefix(tail, "updated") || strings.HasPrefix(tail, "published"))) {
				return splitNames(name), true
			}
		}
	}
	return nil, false
}

// signatureLine reads a signature under a story.
func signatureLine(line string) ([]string, bool) {
	// A signature: "— Lina Haddad", "By: Omar Farouk"
	if len(line) < 60 {
		// (not "- Name": a bulleted list of people is text)
		rest := strings.TrimLeft(line, "—– ")
		if strings.HasPrefix(line, "--") {
			rest = strings.TrimLeft(line, "- ")
		}
		if len(rest) < len(line) || strings.HasPrefix(rest, "By: ") {
			rest = strings.TrimPrefix(rest, "By: ")
			if n := countFields(rest); n >= 2 && n <= 4 && isBylineLike(rest) && !lookupLower(agencies, rest) {
				return splitNames(rest), true
			}
		}
	}
	return nil, false
}

// deskCredit reads a credit to a desk or the staff, naming no one.
func deskCredit(line string) ([]string, bool) {
	// "Guardian staff and agencies", "Our foreign staff"
	if len(line) < 60 && !strings.HasSuffix(line, ".") {
		if low := strings.ToLower(line); strings.HasSuffix(low, " and agencies") || strings.HasSuffix(low, " staff") ||
			strings.HasSuffix(low, " and wires") || strings.HasSuffix(low, " news desk") || strings.HasSuffix(low, " newsroom") {
			return nil, true
		}
	}
	return nil, false
}

// agencySource reads a credit to news agencies alone.
func agencySource(line string) ([]string, bool) {
	// "With files from Reuters", "Source: AFP", "— AP"
	if len(line) < 60 && lookupLower(agencyLastWords, lastWord(line)) {
		low := strings.ToLower(strings.TrimLeft(line, "—–-(* "))
		low = strings.TrimRight(low, ".) ")
		for _, p := range []string{"with files from ", "with reporting from ", "with ", "sources: ", "source: ", "via ", "from "} {
			if strings.HasPrefix(low, p) {
				low = low[len(p):]
				break
			}
		}
		if allAgencies(low) {
			return nil, true
		}
	}
	return nil, false
}

// allAgencies reports whether low (lower case) lists news agencies and
// nothing else, split by commas, slashes and "and": "afp, efe".
func allAgencies(low string) bool {
	all := low != ""
	for _, a := range strings.FieldsFunc(strings.ReplaceAll(low, " and ", ","), func(r rune) bool { return r == ',' || r == '/' }) {
		if !agencies[strings.TrimSpace(a)] {
			return false
		}
	}
	return all
}

// nameWithAgency reads a name with its agency or role.
func nameWithAgency(line string) ([]string, bool) {
	// "Name, Agency", "Name | Agency", "Name - role"
	if len(line) < 100 && !strings.HasSuffix(line, ".") && (strings.IndexByte(line, ',') >= 0 || strings.IndexByte(line, '|') >= 0 ||
		strings.IndexByte(line, '/') >= 0 || strings.Contains(line, " - ") || strings.Contains(line, " – ") || strings.Contains(line, " — ")) &&
		(lookupLower(agencyLastWords, lastWord(line)) || hasStaffRoleWord(line)) &&
		countFields(line) <= 9 {
		for _, sep := range []string{" with ", ", ", " | ", " - ", " – ", " — ", "/"} {
			k := strings.LastIndex(line, sep)
			if k <= 0 {
				continue
			}
			name, tail := strings.TrimSpace(line[:k]), strings.ToLower(strings.TrimSpace(line[k+len(sep):]))
			if isBylineLike(name) && countFields(name) >= 2 && (allAgencies(tail) || sep != " with " && hasStaffRole(tail) && countFields(tail) <= 5) {
				// ("Jonas Brandt with AFP, EFE": a writer and the agencies the story draws on)
				return splitNames(name), true
			}
		}
	}
	return nil, false
}

// bylineShape reads the bylines that name their authors with a place, a
// co-author, a date or live-blog notes (locatedByline, datedByline,
// notedByline) and returns the names.
func bylineShape(line string) ([]string, bool) {
	for _, read := range []func(string) ([]string, bool){locatedByline, datedByline, notedByline, bracketedByline, placedAuthors} {
		if names, ok := read(line); ok {
			return names, true
		}
	}
	return nil, false
}

// locatedByline reads "By Name in Place" and "By Name with Name [in Place]"
// (a co-author after "with") and returns the names.
func locatedByline(line string) ([]string, bool) {
	if len(line) >= 80 || !strings.HasPrefix(line, "By ") && !strings.HasPrefix(line, "BY ") || strings.HasSuffix(line, ".") {
		return nil, false
	}
	names, place := line[3:], ""
	if k := strings.Index(names, " in "); k > 0 {
		names, place = names[:k], names[k+4:]
	}
	if place != "" && (!isBylineLike(place) || countFields(place) > 3) {
		return nil, false
	}
	if place == "" && !strings.Contains(names, " with ") {
		return nil, false // a bare "By Name" is the junk lines'
	}
	names = strings.ReplaceAll(names, " with ", " and ")
	if !isBylineLike(names) {
		return nil, false
	}
	return splitNames(names), true
}

// bracketedByline reads a byline in brackets closing a wire story ("(By Ana
// Ruiz and Tom Ashby)") and returns the names.
func bracketedByline(line string) ([]string, bool) {
	if len(line) >= 100 || !strings.HasPrefix(line, "(By ") && !strings.HasPrefix(line, "(BY ") || !strings.HasSuffix(line, ")") {
		return nil, false
	}
	names := splitNames(line[4 : len(line)-1])
	for _, n := range names {
		if !namesNoOffice(strings.Fields(n)) {
			return nil, false
		}
	}
	return names, len(names) > 0
}

// placedAuthors reads a byline without "By" that places each author ("Ana
// Ruiz in Belgrade and Tom Ashby in Pristina"): two to four capitalized
// words that name no office before "in" and a place of one to three; a
// single author opens with a given name.
func placedAuthors(line string) ([]string, bool) {
	if len(line) >= 100 || strings.HasSuffix(line, ".") || !strings.Contains(line, " in ") {
		return nil, false
	}
	parts := strings.Split(line, " and ")
	var names []string
	for _, p := range parts {
		name, place, ok := strings.Cut(p, " in ")
		n, m := countFields(name), countFields(place)
		if !ok || n < 2 || n > 4 || m < 1 || m > 3 || !isBylineLike(name) || !isBylineLike(place) || !namesNoOffice(strings.Fields(name)) {
			return nil, false
		}
		names = append(names, name)
	}
	if len(names) == 1 && lookupLower(wordFlags, firstField(names[0]))&fFirstNames == 0 {
		return nil, false
	}
	return names, true
}

// datedByline reads an author's name and the piece's date on one line
// without "By" ("Ana Ruiz | 9 April 2026") and returns the name: two to four
// capitalized words that name no office or body.
func datedByline(line string) ([]string, bool) {
	k := strings.Index(line, " | ")
	if len(line) >= 80 || k <= 0 {
		return nil, false
	}
	name, tail := strings.TrimSpace(line[:k]), strings.TrimSpace(line[k+3:])
	if n := countFields(name); n < 2 || n > 4 || !isBylineLike(name) || !namesNoOffice(strings.Fields(name)) || !isDateline(tail) {
		return nil, false
	}
	return []string{name}, true
}

// notedByline reads a live blog's byline, each author with a note in
// brackets ("Tom Ashby (now) and Ana Ruiz (earlier)": the notes are
// byline-notes), and returns the names.
func notedByline(line string) ([]string, bool) {
	if len(line) >= 100 || !strings.Contains(line, " (") || strings.HasSuffix(line, ".") {
		return nil, false
	}
	for _, by := range []string{"By ", "BY "} {
		line = strings.TrimPrefix(line, by) // "By Tom Ashby and Ana Ruiz (earlier)"
	}
	var b strings.Builder
	rest, notes := line, 0
	for {
		i := strings.IndexByte(rest, '(')
		if i < 0 {
			break
		}
		j := strings.IndexByte(rest[i:], ')')
		if j < 0 || !bylineNotes[strings.ToLower(strings.TrimSpace(rest[i+1:i+j]))] {
			return nil, false
		}
		b.WriteString(rest[:i])
		rest, notes = rest[i+j+1:], notes+1
	}
	b.WriteString(rest)
	names := strings.Join(strings.Fields(b.String()), " ")
	if notes == 0 || !isBylineLike(names) {
		return nil, false
	}
	split := splitNames(names)
	for _, n := range split {
		if !namesNoOffice(strings.Fields(n)) {
			return nil, false
		}
	}
	return split, len(split) > 0
}

// namesNoOffice reports whether no word of a name line is a role, a body's
// head, a word that is never a name's, a trigger or speech verb or a past
// participle: a heading ("Ghana Welcomes Tinubu") or an office is no name.
func namesNoOffice(words []string) bool {
	for _, w := range words {
		lw := strings.ToLower(strings.Trim(w, "."))
		if lookupLower(wordFlags, lw)&(fRoleWords|fOrgHeads|fNonNameWords) != 0 || defaultLexicon.isVerbTriggerWord(lw) || speechVerbs[lw] || strings.HasSuffix(lw, "ed") {
			return false
		}
	}
	return true
}

// splitNames splits "A and B, C" into names that look like a byline.
func splitNames(s string) []string {
	var out []string
	for _, n := range strings.FieldsFunc(strings.ReplaceAll(strings.ReplaceAll(s, " and ", ","), " AND ", ","), func(r rune) bool { return r == ',' || r == '&' }) {
		n = strings.TrimSpace(n)
		if i := strings.Index(n, " in "); i > 0 {
			n = n[:i]
		}
		if isBylineLike(n) && !lookupLower(agencies, n) {
			out = append(out, n)
		}
	}
	return out
}

// creditSentences reports whether every sentence of line is a wire credit
// ("Semini reported from Tirana, Albania.", "Associated Press writer Sylvie
// Corbet in Paris contributed.", "Ana Ruiz contributed reporting from Quito.")
// and returns the credited names.
func creditSentences(line string) ([]string, bool) {
	if len(line) > 400 || !strings.Contains(line, "ported ") && !strings.Contains(line, "buted") {
		return nil, false
	}
	var names []string
	for _, s := range strings.SplitAfter(line, ". ") {
		s = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), "."))
		if s == "" {
			continue
		}
		low := strings.ToLower(s)
		var who string
		switch {
		case strings.Contains(low, " reported from ") || strings.Contains(low, " reported this story from "):
			k := strings.Index(low, " reported ")
			if place := low[strings.Index(low, " from ")+6:]; strings.Contains(place, " that ") || countFields(place) > 6 {
				return nil, false // a report in the story, not a credit
			}
			who = s[:k]
		case strings.HasSuffix(low, " contributed") || strings.HasSuffix(low, " contributed to this report") ||
			strings.HasSuffix(low, " contributed to this story") || strings.Contains(low, " contributed reporting") ||
			strings.HasSuffix(low, " contributed to this article"):
			who = s[:strings.Index(low, " contributed")]
		default:
			return nil, false
		}
		if countFields(who) > 14 {
			return nil, false
		}
		// "Associated Press writers A in Paris and B" -> "A in Paris and B"
		lw := strings.ToLower(who)
		for _, r := range []string{"writers ", "writer ", "correspondents ", "correspondent ", "reporters ", "reporter ", "journalists ", "journalist "} {
			if k := strings.Index(lw, r); k >= 0 {
				who = who[k+len(r):]
				break
			}
		}
		ns := splitNames(who)
		if len(ns) == 0 {
			return nil, false
		}
		names = append(names, ns...)
	}
	return names, len(names) > 0
}

// authorBio reports whether line is an author bio ("Lina Haddad is a Middle
// East correspondent based in Beirut. She previously reported from Baghdad.",
// "Ana Ruiz covers the Andes for AFP.") and returns the author's name.
func authorBio(line string) (string, bool) {
	if len(line) > 500 {
		return "", false
	}
	if r, _ := utf8.DecodeRuneInString(line); !unicode.IsUpper(r) {
		return "", false
	}
	if sp := strings.IndexByte(line, ' '); sp < 0 || sp+1 >= len(line) || line[sp+1] < 'A' || line[sp+1] > 'Z' {
		return "", false // a name has two capitalized words at least
	}
	first := line
	if k := strings.Index(line, ". "); k > 0 {
		first = line[:k]
	}
	if len(first) > 220 {
		return "", false
	}
	head := first[:min(len(first), 60)] // the name has four words at most
	for _, verb := range []string{" is ", " covers ", " reports on ", " writes about ", " writes on ", " has covered "} {
		k := strings.Index(head, verb)
		if k <= 0 {
			continue
		}
		name := first[:k]
		if n := countFields(name); n < 2 || n > 4 || !isBylineLike(name) {
			return "", false
		}
		rest := strings.ToLower(first[k+len(verb):])
		if verb == " is " {
			if hasStaffRole(rest) && (strings.HasPrefix(rest, "a ") || strings.HasPrefix(rest, "an ") ||
				strings.HasPrefix(rest, "the ") || strings.Contains(strings.SplitN(rest, " ", 2)[0], "'s") ||
				strings.Contains(strings.SplitN(rest, " ", 2)[0], "’s")) {
				return name, true
			}
			return "", false
		}
		if strings.Contains(rest, " for ") {
			return name, true
		}
		return "", false
	}
	return "", false
}

// creditMarkers start a photo credit inside a caption line.
var creditMarkers = []string{"REUTERS/", "Reuters/", "AFP/", "AP Photo/", "EPA/", "EPA-EFE/", "Image credit:",
	"Image Credit:", "Photo credit:", "Photo Credit:", "Picture credit:", "Image:", "Photo:", "Photograph:",
	"Picture:", "Credit:", "Photos:", "©", "Photo by ", "Photograph by ", "Pictures:", "Source:"}

// slashCreditMarkers open a photo credit only when a slash follows them
// ("Source: Ken Mürk/ERR").
var slashCreditMarkers = map[string]bool{"Source:": true}

// creditSuffixes end a photo credit ("Mohammed Huwais/AFP via Getty Images"), lower-cased.
var creditSuffixes = []string{"getty images", "/afp", "/reuters", "/ap", "/epa", "/ap photo", "/anadolu",
	"/xinhua", "/tass", "/sputnik", "purchase licensing rights", "/pool", "/handout", "/shutterstock", "/alamy"}

// stripCredit removes a photo credit at the end of a caption line ("...
// in Lima. © Ernesto Benavides, AFP", "... night. Image credit: Mohammed
// Huwais/AFP via Getty Images", "REUTERS/Irakli Gedenidze Purchase Licensing
// Rights") and returns the line left (empty if it was only a credit) and
// the photographers' names.
func stripCredit(line string) (string, []string) {
	if last := line[len(line)-1]; last == '.' || last == '"' || last == '?' || last == '!' || strings.HasSuffix(line, "”") {
		return line, nil // a credit ends without sentence punctuation
	}
	if text, ok := wireSignOff(line); ok {
		return text, nil
	}
	cut := creditCut(line)
	if cut < 0 {
		return line, nil
	}
	return strings.TrimSpace(line[:cut]), creditNames(line[cut:])
}

// wireSignOff strips a wire sign-off after the text ("... officials said.
// — Reuters", "... -AP") and reports whether there was one.
func wireSignOff(line string) (string, bool) {
	w := lastWord(line)
	if len(w) >= len(line) || !lookupLower(agencyLastWords, strings.TrimLeft(w, "-–—")) {
		return line, false
	}
	for _, d := range []string{" — ", " – ", " - ", " —", " –", " -"} {
		k := strings.LastIndex(line, d)
		if k > 0 && strings.ContainsAny(line[k-1:k], ".\"”)") && lookupLower(agencies, strings.TrimSpace(strings.Trim(line[k+len(d):], "-–— "))) {
			return strings.TrimSpace(line[:k]), true
		}
	}
	return line, false
}

// creditCut returns where a credit at the end of line starts (the earliest
// credit marker in its last 110 bytes that ends the text, or a credit
// suffix after the last sentence), or -1.
func creditCut(line string) int {
	cut := -1
	base := max(0, len(line)-110) // a credit is the line's last 110 bytes at most
	tail := line[base:]
	slash, colon, copyr, by := strings.IndexByte(tail, '/') >= 0, strings.IndexByte(tail, ':') >= 0, strings.Contains(tail, "©"),
		strings.Contains(tail, "by ") && (strings.Contains(tail, "o by ") || strings.Contains(tail, "h by "))
	if !slash && !colon && !copyr && !by && !hasCreditSuffix(line) {
		return -1 // every marker and suffix has one of these
	}
	for _, m := range creditMarkers {
		if !(slash && strings.IndexByte(m, '/') >= 0 || colon && strings.IndexByte(m, ':') >= 0 || copyr && m == "©" || by && strings.HasSuffix(m, " by ")) {
			continue
		}
		k := strings.Index(tail, m)
		if k < 0 {
			continue
		}
		k += base
		if cut >= 0 && k >= cut {
			continue
		}
		if k > 0 {
			prev, _ := utf8.DecodeLastRuneInString(strings.TrimRight(line[:k], " "))
			if !strings.ContainsRune(".)|-–—:", prev) || line[k-1] != ' ' {
				continue
			}
		}
		if strings.Contains(line[k:], ". ") || slashCreditMarkers[m] && strings.IndexByte(line[k:], '/') < 0 {
			continue // more text follows the credit; "Source: IMF" is a source ("Source: Ken Mürk/ERR" a credit)
		}
		cut = k
	}
	if cut < 0 && hasCreditSuffix(line) {
		start := strings.LastIndex(line, ". ") + 2
		if start == 1 {
			start = 0
		}
		if countFields(line[start:]) <= 10 {
			cut = start
		}
	}
	return cut
}

// creditNames returns the persons a credit names ("Photo: Jane Roe/Reuters"),
// not its agencies.
func creditNames(credit string) []string {
	for _, m := range creditMarkers {
		if strings.HasPrefix(credit, m) {
			credit = credit[len(m):]
			break
		}
	}
	credit = strings.ReplaceAll(credit, "Purchase Licensing Rights", "")
	credit = strings.ReplaceAll(credit, " via ", "/")
	var names []string
	for _, n := range strings.FieldsFunc(credit, func(r rune) bool { return r == '/' || r == ',' || r == ';' || r == '(' || r == ')' }) {
		n = strings.TrimSpace(n)
		if countFields(n) >= 2 && isBylineLike(n) && !lookupLower(agencies, n) {
			names = append(names, n)
		}
	}
	return names
}

// isPromptLine reports whether a line is a cookie banner or a newsletter
// or app prompt ("We use cookies to ...", "Get the day's top stories in your
// inbox. Sign up").
func isPromptLine(line string) bool {
	if containsFold(line, ndCookie) {
		low := strings.ToLower(line)
		for _, c := range []string{"use cookies", "uses cookies", "cookie policy", "accept", "consent", "privacy", "cookie settings", "cookies to"} {
			if strings.Contains(low, c) {
				return true
			}
		}
	}
	if len(line) > 160 {
		return false
	}
	if !containsFold(line, ndNewsletter) && !containsFold(line, ndInbox) && !strings.Contains(line, "our email") &&
		!containsFold(line, ndDownload) && !containsFold(line, ndSignUp) && !containsFold(line, ndSubscribe) {
		return false
	}
	low := strings.ToLower(strings.TrimRight(line, " .!"))
	if strings.Contains(low, "newsletter") || strings.Contains(low, "in your inbox") || strings.Contains(low, "enter your email") ||
		strings.Contains(low, "download our app") || strings.Contains(low, "download the app") {
		return true
	}
	return strings.HasSuffix(low, " sign up") || strings.HasSuffix(low, " subscribe") || strings.HasSuffix(low, " subscribe now")
}

// isSubscriptionNote reports whether a line is an agency's note on what its
// subscribers get ("... offered to subscribers in the AA News Broadcasting
// System (HAS) ... Please contact us for subscription options.").
func isSubscriptionNote(line string) bool {
	if len(line) > 400 || !strings.Contains(line, "ubscri") {
		return false
	}
	low := strings.ToLower(line)
	return strings.Contains(low, "subscription options") || strings.Contains(low, "offered to subscribers") ||
		strings.Contains(low, "subscri") && strings.Contains(low, "contact us")
}

// isTimestampLine reports whether a lower-cased line is only a date, a time,
// a relative time or a reading time ("3 hours ago", "4 min read", "sun 2 mar
// 2025 18.05 gmt", "3 march 2025 · 5 min read", "image 1 of 12").
func isTimestampLine(low string) bool {
	if !strings.ContainsFunc(low, unicode.IsDigit) && !strings.Contains(low, "ago") && !strings.Contains(low, "now") {
		return false
	}
	words := strings.FieldsFunc(low, func(r rune) bool { return r == ' ' || r == '|' || r == '·' || r == ',' || r == '•' })
	if len(words) < 2 || len(words) > 12 {
		return false
	}
	sawUnit, sawMonth, sawNum, sawOf := false, false, false, false
	for _, w := range words {
		w = strings.TrimSuffix(w, ".")
		switch {
		case timeUnitWords[w]:
			sawUnit = true
		case monthNames[w] > 0 && len(w) >= 3:
			sawMonth = true
		case w == "of":
			sawOf = true
		case timeFillerWords[w]:
		case isNumberish(w):
			sawNum = true
		default:
			return false
		}
	}
	return sawUnit || sawMonth && sawNum || sawOf && sawNum
}

// timeUnitWords make a line of numbers a relative or reading time.
var timeUnitWords = wordSet("time-unit-words")

// timeFillerWords may stand in a date or time line.
var timeFillerWords = wordSet("time-filler-words")

// isRealParagraph reports whether a kept line is story text: a sentence of
// at least ten words ending with sentence punctuation.
func isRealParagraph(line string) bool {
	if len(line) < 50 || countFields(line) < 10 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	return strings.ContainsRune(".!?\"”'’)", last)
}

// socialWords are the labels of share buttons.
var socialWords = wordSet("social-words")

// isSocialRow reports whether a lower-cased line is a row of share buttons
// ("facebook twitter linkedin email").
func isSocialRow(low string) bool {
	if k := strings.IndexAny(low, " ,|/"); k < 0 || !socialWords[low[:k]] {
		return false
	}
	words := strings.FieldsFunc(low, func(r rune) bool { return r == ' ' || r == ',' || r == '|' || r == '/' })
	if len(words) < 2 {
		return false
	}
	for _, w := range words {
		if !socialWords[w] {
			return false
		}
	}
	return true
}

// isSocialItems reports whether a lower-cased line is a row of share or
// follow buttons written as items in brackets or between bars, after an
// optional label of up to three words and a colon ("[Share on X] [WhatsApp]
// [Email]", "Comparta: [Facebook] [X] [WhatsApp]", "Síguenos en: Facebook |
// X | Google News"): two items or more, each of at most three words, more
// than half of them made of share-button words only.
func isSocialItems(low string) bool {
	if k := strings.IndexByte(low, ':'); k > 0 && countFields(low[:k]) <= 3 {
		low = low[k+1:]
	}
	if !strings.ContainsAny(low, "[|") {
		return false
	}
	items := strings.FieldsFunc(low, func(r rune) bool { return r == '[' || r == ']' || r == '|' })
	n, social := 0, 0
	for _, it := range items {
		words := strings.Fields(it)
		if len(words) == 0 {
			continue
		}
		if len(words) > 3 {
			return false
		}
		n++
		all := true
		for _, w := range words {
			all = all && socialWords[w]
		}
		if all {
			social++
		}
	}
	return n >= 2 && 2*social > n
}

// navRunEnd returns the index after the run of consecutive non-blank lines
// from lines[i] that are all menu labels. A line with a title or a first name
// ("Foreign Minister Sergei Lavrov") ends the run: lists of people are text.
func navRunEnd(lines []string, i int) int {
	j := i
	for ; j < len(lines); j++ {
		l := cleanLine(lines[j])
		if l == "" || !isNavItem(l) || isPlaceDateLine(l) {
			break // ("Ankara, 3 November 2026" under "PRESS RELEASE" / "No: 1147" is the dateline)
		}
		for _, w := range strings.Fields(l) {
			if lw := strings.ToLower(w); !navSmallWords[lw] && wordFlags[lw]&(fRoleWords|fHonorifics|fFirstNames) != 0 {
				return j
			}
		}
	}
	return j
}

// isPlaceDateLine reports whether line is a government document's
// dateline: one to three capitalized words, a comma and a date ("Ankara, 3
// November 2026").
func isPlaceDateLine(line string) bool {
	place, date, ok := strings.Cut(line, ", ")
	n := countFields(place)
	return ok && n >= 1 && n <= 3 && isBylineLike(place) && isDateline(date)
}

// hasCreditSuffix reports whether line ends with a photo agency's credit
// ("/AFP via Getty Images", "Purchase Licensing Rights").
func hasCreditSuffix(line string) bool {
	line = strings.TrimRight(line, " ).")
	if w := line[strings.LastIndexByte(line, ' ')+1:]; strings.IndexByte(w, '/') < 0 && !strings.EqualFold(w, "images") && !strings.EqualFold(w, "rights") {
		return false // every credit suffix has a slash or ends so
	}
	for _, s := range creditSuffixes {
		if len(line) >= len(s) && strings.EqualFold(line[len(line)-len(s):], s) {
			return true
		}
	}
	return false
}

// collapseSpaces replaces runs of spaces in a trimmed line by one space.
func collapseSpaces(line string) string {
	var b strings.Builder
	b.Grow(len(line))
	for i := 0; i < len(line); i++ {
		if line[i] == ' ' && i > 0 && line[i-1] == ' ' {
			continue
		}
		b.WriteByte(line[i])
	}
	return b.String()
}

// foldNeedle is a lower-case ASCII needle that starts after a word's first
// letter, with its upper-case form.
type foldNeedle struct{ lower, upper string }

func newFoldNeedle(lower string) foldNeedle { return foldNeedle{lower, strings.ToUpper(lower)} }

// Needles of prompt lines, inside their words so that lower and title case
// match alike, chosen by a rare first byte: "newsletter", "inbox",
// "download", "sign up", "subscribe", "cookie".
var (
	ndNewsletter, ndInbox, ndDownload = newFoldNeedle("wsletter"), newFoldNeedle("box"), newFoldNeedle("wnload")
	ndSignUp, ndSubscribe, ndCookie   = newFoldNeedle("gn up"), newFoldNeedle("bscri"), newFoldNeedle("ookie")
)

// containsFold reports whether s contains the needle in lower case, or in
// upper case in an upper-case line ("Newsletter", "NEWSLETTER").
func containsFold(s string, n foldNeedle) bool {
	return strings.Contains(s, n.lower) || isUpperLine(s) && strings.Contains(s, n.upper)
}

// isUpperLine reports whether the first letters of s are upper case.
func isUpperLine(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			if n++; n == 8 {
				break
			}
		}
	}
	return n > 0
}

// agencyLastWords are the last words of agencies ("press" of "associated press").
var agencyLastWords = func() map[string]bool {
	m := map[string]bool{}
	for a := range agencies {
		m[lastWord(a)] = true
	}
	return m
}()

// lastWord returns the last word of s after a space, comma or slash, without
// closing punctuation.
func lastWord(s string) string {
	s = strings.TrimRight(s, ".) ")
	return s[strings.LastIndexAny(s, " ,/")+1:]
}

// isRoleLine reports whether a line is only a journalist's job title
// ("Middle East correspondent", "Senior Diplomatic Editor", "Staff writer").
func isRoleLine(line string) bool {
	if len(line) > 48 || strings.Count(line, " ") > 4 || strings.HasSuffix(line, ".") {
		return false
	}
	low := strings.ToLower(line)
	for _, r := range []string{"correspondent", "reporter", "editor", "writer", "journalist", "columnist", "contributor",
		"producer", "photographer", "bureau chief", "correspondents", "reporters", "editors", "writers"} {
		if strings.HasSuffix(low, r) {
			return true
		}
	}
	return false
}

// countFields returns len(strings.Fields(s)) without allocating.
func countFields(s string) int {
	n := 0
	inField := false
	for _, r := range s {
		if r < utf8.RuneSelf && asciiSpace[r] || r >= utf8.RuneSelf && unicode.IsSpace(r) {
			inField = false
			continue
		}
		if !inField {
			n++
			inField = true
		}
	}
	return n
}

// asciiSpace marks the ASCII white space strings.Fields splits at.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// lookupLower returns m[strings.ToLower(w)], without allocating for a short
// ASCII word.
func lookupLower[V any](m map[string]V, w string) V {
	var buf [64]byte
	if len(w) <= len(buf) {
		for i := 0; i < len(w); i++ {
			c := w[i]
			if c >= utf8.RuneSelf {
				return m[strings.ToLower(w)]
			}
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[i] = c
		}
		return m[string(buf[:len(w)])]
	}
	return m[strings.ToLower(w)]
}
