package natstest

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader"
	"github.com/geokg/geokg/seeds"
)

// Remix makes n new documents from the sentences of texts: document i takes
// 3 to 8 sentences picked by a generator seeded with seed and i, so the same
// call always gives the same documents, and they name the same entities and
// relations as the originals in new combinations.
func Remix(texts []string, n int, seed uint64) []loader.Input {
	var sentences []string
	for _, t := range texts {
		for _, s := range strings.SplitAfter(strings.Join(strings.Fields(t), " "), ". ") {
			if s = strings.TrimSpace(s); len(s) > 20 {
				sentences = append(sentences, s)
			}
		}
	}
	if len(sentences) == 0 {
		return nil
	}
	out := make([]loader.Input, 0, n)
	for i := range n {
		r := rand.New(rand.NewPCG(seed, uint64(i)))
		k := 3 + r.IntN(6)
		picked := make([]string, k)
		for j := range picked {
			picked[j] = sentences[r.IntN(len(sentences))]
		}
		day := graph.DayDate(time.Date(2024, time.Month(1+r.IntN(12)), 1+r.IntN(28), 0, 0, 0, 0, time.UTC))
		out = append(out, loader.Input{
			Name: fmt.Sprintf("remix-%04d", i),
			Text: fmt.Sprintf("Remix %d. %s", i, strings.Join(picked, " ")),
			Meta: loader.Meta{Title: fmt.Sprintf("Remix %d", i), Source: "remix", Published: day},
		})
	}
	return out
}

// SeedTexts returns the texts of the embedded seeds, which tests remix.
func SeedTexts(t testing.TB) []string {
	t.Helper()
	ins, err := seeds.Inputs()
	if err != nil {
		t.Fatal(err)
	}
	texts := make([]string, len(ins))
	for i, in := range ins {
		texts[i] = in.Text
	}
	return texts
}
