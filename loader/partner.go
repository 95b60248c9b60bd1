package loader

import "strings"

// unnamedPartnerAfter reports whether a symmetric verb ending before token
// end has a partner phrase that names no one: "Burkina Faso and Mali
// cooperate with the regional bloc", "agreed to work closely with donor
// countries". Its subjects act with that partner, not with each other
// ("with each other" and "with one another" excepted).
func (d *doc) unnamedPartnerAfter(end int) bool {
	toks := d.toks
	w := end
	switch {
	case end > 0 && toks[end-1].key == "with":
		w = end - 1 // a trigger that ends in its preposition: "work with"
	case end+1 < len(toks) && strings.HasSuffix(toks[end].key, "ly") && toks[end+1].key == "with":
		w = end + 1 // "cooperate closely with"
	}
	if w >= len(toks) || toks[w].key != "with" || w+2 >= len(toks) {
		return false
	}
	if next := toks[w+1].key; next == "each" || next == "one" {
		return false
	}
	return true
}
