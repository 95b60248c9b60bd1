package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader"
)

// remixSize is the length a remixed document grows to, in bytes.
const remixSize = 2000

// remix makes n documents of about remixSize bytes each by drawing sentences
// of the inputs at random with a fixed seed, so that a few articles of real
// news text give a corpus of any size with the same names, hubs and
// relations. Each document gets a publication date between 2019 and 2024,
// drawn from the same seed, so that relative dates resolve to many days.
//
// With people > 0, each person the inputs name is renamed, document by
// document, after one of people synthetic names (renamer).
func remix(inputs []loader.Input, n int, seed uint64, people int) ([]loader.Input, error) {
	var pool []string
	for _, in := range inputs {
		pool = append(pool, sentencesOf(loader.Clean(in.Text))...)
	}
	if len(pool) < 10 {
		return nil, fmt.Errorf("remix: the inputs hold %d sentences, need at least 10", len(pool))
	}
	rng := rand.New(rand.NewPCG(seed, seed^0x5851f42d4c957f2d))
	var names *renamer
	if people > 0 {
		names = newRenamer(inputs, pool, people, seed)
	}
	out := make([]loader.Input, n)
	for i := range out {
		var b strings.Builder
		var drawn []int
		for b.Len() < remixSize {
			k := rng.IntN(len(pool))
			drawn = append(drawn, k)
			b.WriteString(pool[k])
			b.WriteByte(' ')
		}
		text := b.String()
		if names != nil {
			text = names.rename(text, drawn)
		}
		day := graph.Date{Value: fmt.Sprintf("%04d-%02d-%02d", 2019+rng.IntN(6), 1+rng.IntN(12), 1+rng.IntN(28)), Precision: graph.DateDay}
		out[i] = loader.Input{
			Name: fmt.Sprintf("remix-%06d", i),
			Text: text,
			Meta: loader.Meta{Title: fmt.Sprintf("Remix %d", i), Source: "remix", Published: day},
		}
	}
	return out, nil
}

// A renamer gives the people a remix's sentences name other names, drawn
// document by document from a pool of synthetic ones by a Zipf law: a few
// of them in many documents, most in a few, as in an archive of news, where
// the people named outnumber the states and organizations many times over.
// A remix of a few hundred articles names the same few hundred people
// again and again; renamed, it names tens of thousands.
type renamer struct {
	// people are the people the extractor found in the inputs; in[k] lists
	// those sentence k of the pool names.
	people []person
	in     [][]int
	zipf   *rand.Zipf
}

// person is how the inputs name one person: full names (two words or
// more, longest first) and the single words (surnames) that stand for them.
type person struct {
	full, words []string
}

// zipfExponent shapes the draw of synthetic names: the name of rank r is
// drawn in proportion to 1/r^1.1, about as often as the words of a text.
const zipfExponent = 1.1

func newRenamer(inputs []loader.Input, pool []string, n int, seed uint64) *renamer {
	r := &renamer{people: peopleOf(inputs), in: make([][]int, len(pool))}
	for k, sentence := range pool {
		for p, who := range r.people {
			if slices.ContainsFunc(who.words, func(w string) bool { return containsWord(sentence, w) }) {
				r.in[k] = append(r.in[k], p)
			}
		}
	}
	src := rand.New(rand.NewPCG(seed^0x9e3779b97f4a7c15, seed))
	r.zipf = rand.NewZipf(src, zipfExponent, 1, uint64(max(n, 2)-1))
	return r
}

// peopleOf returns the people the extractor finds in inputs, each with the
// names it was seen under, in a fixed order.
func peopleOf(inputs []loader.Input) []person {
	byID := map[string]*person{}
	var ids []string
	for _, in := range inputs {
		for _, e := range loader.Extract(in.Text, in.Meta).Entities {
			if e.Kind != graph.KindPerson {
				continue
			}
			who := byID[e.ID]
			if who == nil {
				who = &person{}
				byID[e.ID] = who
				ids = append(ids, e.ID)
			}
			for _, name := range append([]string{e.Name}, e.Aliases...) {
				if i := strings.LastIndexByte(name, ' '); i > 0 {
					who.full = appendNew(who.full, name)
					name = name[i+1:]
				}
				who.words = appendNew(who.words, name)
			}
		}
	}
	slices.Sort(ids)
	out := make([]person, len(ids))
	for i, id := range ids {
		out[i] = *byID[id]
		slices.SortStableFunc(out[i].full, func(a, b string) int { return len(b) - len(a) })
	}
	return out
}

func appendNew(list []string, s string) []string {
	if s == "" || slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}

// rename gives each person that the drawn sentences of text name one
// synthetic name, in full where a full name stands and by the surname
// where a single word stands for the person.
func (r *renamer) rename(text string, drawn []int) string {
	done := map[int]bool{}
	for _, k := range drawn {
		for _, p := range r.in[k] {
			if done[p] {
				continue
			}
			done[p] = true
			first, last := syntheticName(r.zipf.Uint64())
			for _, name := range r.people[p].full {
				text = replaceWord(text, name, first+" "+last)
			}
			for _, word := range r.people[p].words {
				text = replaceWord(text, word, last)
			}
		}
	}
	return text
}

// syntheticName returns the name of rank i: a first name of two or three
// syllables and a surname of two and an ending, the same for the same i.
func syntheticName(i uint64) (first, last string) {
	const onsets, nuclei = "b c d f g h j k l m n p r s t v z br dr kr st tr", "a e i o u ai ei ou"
	ons, nucs := strings.Fields(onsets), strings.Fields(nuclei)
	ends := []string{"ov", "son", "ez", "ski", "an", "en", "is", "as", "o", "er"}
	rng := rand.New(rand.NewPCG(i, 0x7a3d))
	syllable := func() string { return ons[rng.IntN(len(ons))] + nucs[rng.IntN(len(nucs))] }
	first = syllable() + syllable()
	if rng.IntN(2) == 0 {
		first += syllable()
	}
	last = syllable() + syllable() + ends[rng.IntN(len(ends))]
	return capitalize(first), capitalize(last)
}

func capitalize(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

// containsWord reports whether word stands in text as a word (replaceWord).
func containsWord(text, word string) bool { return replaceWord(text, word, "") != text }

// replaceWord replaces the occurrences of word in text that stand as a
// word: neither letter nor digit right before or after.
func replaceWord(text, word, with string) string {
	if !strings.Contains(text, word) {
		return text
	}
	var b strings.Builder
	for {
		i := strings.Index(text, word)
		if i < 0 {
			b.WriteString(text)
			return b.String()
		}
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[i+len(word):])
		b.WriteString(text[:i])
		if isWordRune(before) || isWordRune(after) {
			b.WriteString(word)
		} else {
			b.WriteString(with)
		}
		text = text[i+len(word):]
	}
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// sentencesOf splits text into sentences at a full stop, question or
// exclamation mark followed by a space and a capital letter, and at line ends.
func sentencesOf(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		start := 0
		for i := 0; i+2 < len(line); i++ {
			c := line[i]
			if (c == '.' || c == '?' || c == '!') && line[i+1] == ' ' && line[i+2] >= 'A' && line[i+2] <= 'Z' {
				out = appendSentence(out, line[start:i+1])
				start = i + 2
			}
		}
		out = appendSentence(out, line[start:])
	}
	return out
}

func appendSentence(out []string, s string) []string {
	if s = strings.TrimSpace(s); len(s) >= 20 {
		out = append(out, s)
	}
	return out
}
