package loader

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// junkLines are whole lines of page furniture, compared lower-cased with
// trailing punctuation and spaces trimmed.
var junkLines = set("advertisement", "advertisements", "ad", "ads", "sponsored", "sponsored content", "comments",
	"comment", "share", "share this", "share this article", "share on facebook", "share on twitter", "tweet",
	"print", "email", "e-mail", "view settings", "font size", "site colours", "site colors", "accessibility links",
	"accessibility", "skip to main content", "skip to content", "breaking news", "press release", "press center",
	"press centre", "news", "updates to this page", "further information", "related", "related articles",
	"related stories", "related content", "read more", "read next", "most read", "most popular", "more",
	"-", "*", "* * *", "***", "—", "–", "write the first comment for this", "official websites use .gov",
	"secure .gov websites use https", "here's how you know", "menu", "search", "close", "home", "back to top",
	"top stories", "latest news", "more stories", "recommended", "you may also like", "see also", "loading",
	"next article", "previous article", "subscribe", "sign up", "log in", "login", "sign in", "newsletter",
	"listen", "listen to this article", "watch", "video", "photo", "photos", "image", "gallery", "embed",
	"copy link", "link copied", "contents", "page contents", "on this page", "print this page", "cookies",
	"accept", "accept cookies", "reject", "manage cookies", "settings", "text size", "contrast", "language",
	"other topics of interest", "topics", "tags", "follow us", "back", "next", "previous", "report an error",
	"report a problem", "is this page useful", "yes", "no", "translations", "high contrast", "reset")

// teaserHeadings introduce related-article teasers: the headline-like lines
// after them (and one promotional paragraph) are dropped too.
var teaserHeadings = set("other topics of interest", "related", "related coverage", "read also", "see also", "related topics", "more on this topic", "you might also like",
	"you may also like", "also read", "related news", "recommended stories", "related stories", "related articles",
	"related content", "more stories", "read more", "read next", "most read", "most popular", "latest news",
	"top stories", "recommended", "more from this section", "trending", "popular now", "editor's picks")

// junkPrefixes start lines of page furniture (lower-cased).
var junkPrefixes = []string{
	"follow ", "an official website of", "official website of", "a .gov website belongs", "a lock (",
	"published ", "updated ", "last updated", "this was published under", "watch:", "listen:", "file -",
	"file –", "file —", "file photo", "photo:", "image:", "photograph:", "picture:", "caption:", "credit:",
	"sign up", "subscribe to", "click here", "read more:", "read also:", "related:", "see also:", "also read",
	"to suggest a correction", "you can also highlight the text", "write the first comment",
	"comments (", "share this", "copyright", "©", "all rights reserved", "this article was", "we use cookies",
	"by continuing", "get the latest", "download the", "join our", "support our", "donate", "advertisement",
	"skip to", "jump to", "share on", "email this", "print this", "more on this", "more from", "view comments",
	"(photo", "(image", "this content is", "sorry,", "your browser", "enable javascript", "loading...",
	"copy link", "link copied", "skip to main", "listen to this", "share via", "posted in", "filed under",
	"our standards", "scroll to continue", "newsletter", "get our", "related coverage", "more coverage",
	"getty images", "(getty", "reuters/", "ap photo", "afp photo", "afp via getty", "photo by", "photograph by",
	"pictured:", "above:", "top photo", "main image", "header image", "editor's note", "editors' note",
}

// creditPrefixes start wire credit lines ("Reporting by A in Dubai; Editing by B"):
// the names in them are the agency's staff, not persons of the story.
var creditPrefixes = []string{"reporting by", "additional reporting by", "writing by", "editing by", "compiled by",
	"written by", "edited by", "produced by", "translated by", "research by", "graphics by", "with reporting by",
	"reporting and writing by", "fact-checking by", "fact-checked by", "reported by", "contributing:",
	"contributors:", "contributed reporting", "also contributed", "contributed to this report", "by staff"}

// Clean removes page junk from an article's text: advertisement markers,
// comment widgets, correction and share prompts, URLs and social handles,
// related-article teasers ("Other Topics of Interest" and the promotional
// text after it), menu and accessibility labels, bylines, datelines and
// recognizable photo captions. Paragraphs stay separated by a blank line;
// the offsets of extracted facts refer to the returned text.
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
}

// cleanDoc is Clean that also returns what the removed furniture tells.
func cleanDoc(text string) cleaned {
	official := ""
	var bylines map[string]bool
	addByline := func(name string) {
		if bylines == nil {
			bylines = map[string]bool{}
		}
		bylines[strings.ToLower(name)] = true
	}
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	lines := strings.Split(text, "\n")
	keep := make([]string, 0, len(lines))
	seen := make(map[string]bool, len(lines))
	skipTeaser := 0 // lines of a related-article teaser still to drop
	keptAt := -1    // index in lines of the last line kept
	for i := 0; i < len(lines); i++ {
		line := cleanLine(lines[i])
		if line == "" {
			if skipTeaser == 1 {
				// the teaser's paragraph ended
				skipTeaser = 0
			}
			keep = append(keep, "")
			continue
		}
		var low string
		if len(line) <= 120 {
			low = strings.ToLower(strings.TrimRight(line, " :.!|/>»"))
		} else {
			low = strings.ToLower(line[:64])
		}
		if teaserHeadings[low] {
			// The teaser title often stands just before the heading too.
			if n := lastNonEmpty(keep); n >= 0 && isHeadlineLike(keep[n]) {
				keep = keep[:n]
			}
			skipTeaser = 2
			continue
		}
		if skipTeaser == 2 {
			if isHeadlineLike(line) {
				continue
			}
			// the promotional paragraph after the teaser titles
			skipTeaser = 0
			continue
		}
		if names, ok := creditLine(line, low); ok {
			for _, n := range names {
				addByline(n)
			}
			continue
		}
		if isLabelLine(line) {
			// a section kicker, category label or share button alone on a
			// line; a name before a dateline is the byline
			if isBylineLike(line) && (lexFlags[strings.ToLower(strings.Fields(line)[0])]&fFirstNames != 0 || nextIsDateline(lines, i)) {
				addByline(line)
			}
			continue
		}
		if official == "" && (strings.HasPrefix(low, "an official website of") || strings.HasPrefix(low, "official website of")) {
			official = line
		}
		if official == "" && low == "from" && strings.HasSuffix(line, ":") {
			// a government page's issuer: "From:" then "Prime Minister's Office, 10 Downing Street"
			for j := i + 1; j < len(lines) && j <= i+2; j++ {
				if l := cleanLine(lines[j]); l != "" {
					official = l
					break
				}
			}
		}
		if isJunkLine(line, low) {
			if len(line) < 80 && (strings.HasPrefix(line, "By ") || strings.HasPrefix(line, "BY ")) {
				for _, n := range strings.FieldsFunc(strings.ReplaceAll(line[3:], " and ", ","), func(r rune) bool { return r == ',' || r == '&' }) {
					addByline(strings.TrimSpace(n))
				}
			}
			continue
		}
		if isDateline(line) {
			// a byline usually stands just before a dateline
			if n := lastNonEmpty(keep); n >= 0 && n == len(keep)-1 && keptAt == i-1 && isBylineLike(keep[n]) {
				addByline(keep[n])
				keep = keep[:n]
			}
			continue
		}
		if seen[line] {
			// repeated captions, headlines and bylines
			continue
		}
		seen[line] = true
		keep = append(keep, line)
		keptAt = i
	}
	// Collapse runs of blank lines and trim the ends.
	var b strings.Builder
	b.Grow(len(text))
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
	return cleaned{text: b.String(), bylines: bylines, official: official}
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
		if isVerbTriggerWord(lw) || speechVerbs[lw] || strings.HasSuffix(lw, "ed") {
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
	special := false
	for i := 0; i < len(line); i++ {
		if c := line[i]; c == '\t' || c >= 0x80 {
			special = true
			break
		}
	}
	if special {
		line = strings.Map(func(r rune) rune {
			switch r {
			case '\u00a0', '\t', '\u2009', '\u202f', '\u2007':
				return ' '
			case '\u200b', '\ufeff', '\u00ad':
				return -1
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
		line = strings.Join(strings.Fields(line), " ")
	}
	return strings.TrimSpace(line)
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
	for _, p := range junkPrefixes {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	if len(line) > 100 {
		return false
	}
	words := strings.Fields(line)
	if len(words) <= 6 {
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
	for _, w := range words {
		if w == "and" || w == "&" {
			continue
		}
		names++
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
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
