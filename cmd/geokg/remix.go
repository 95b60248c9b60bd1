package main

import (
	"fmt"
	"math/rand/v2"
	"strings"

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
func remix(inputs []loader.Input, n int, seed uint64) ([]loader.Input, error) {
	var pool []string
	for _, in := range inputs {
		pool = append(pool, sentencesOf(loader.Clean(in.Text))...)
	}
	if len(pool) < 10 {
		return nil, fmt.Errorf("remix: the inputs hold %d sentences, need at least 10", len(pool))
	}
	rng := rand.New(rand.NewPCG(seed, seed^0x5851f42d4c957f2d))
	out := make([]loader.Input, n)
	for i := range out {
		var b strings.Builder
		for b.Len() < remixSize {
			b.WriteString(pool[rng.IntN(len(pool))])
			b.WriteByte(' ')
		}
		day := graph.Date{Value: fmt.Sprintf("%04d-%02d-%02d", 2019+rng.IntN(6), 1+rng.IntN(12), 1+rng.IntN(28)), Precision: graph.DateDay}
		out[i] = loader.Input{
			Name: fmt.Sprintf("remix-%06d", i),
			Text: b.String(),
			Meta: loader.Meta{Title: fmt.Sprintf("Remix %d", i), Source: "remix", Published: day},
		}
	}
	return out, nil
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
