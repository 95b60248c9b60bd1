package loader

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchCorpus returns the dev corpus texts, or a built-in article when ../shared is absent.
func benchCorpus(b *testing.B) []string {
	var texts []string
	dir, _ := os.Getwd()
	for i := 0; i < 6; i++ {
		files, _ := filepath.Glob(filepath.Join(dir, "..", "shared", "corpus", "dev", "*.txt"))
		if len(files) > 0 {
			for _, f := range files {
				if t, err := os.ReadFile(f); err == nil {
					texts = append(texts, string(t))
				}
			}
			return texts
		}
		dir = filepath.Dir(dir)
	}
	return []string{strings.Repeat(sampleArticle, 4)}
}

const sampleArticle = `A Russian delegation led by natural resources minister Alexander Kozlov is visiting Pyongyang, North Korea's state media said Wednesday.
US Secretary of State Antony Blinken warned that ties between Pyongyang and Moscow were growing, urging China to restrain the North.
South Korea accuses Pyongyang of having provided artillery rounds to Moscow for use in its war with Ukraine.
The G7's top diplomats last week condemned the arms transfers, urging North Korea and Russia to cease.
`

// BenchmarkExtract measures extraction throughput over the dev corpus
// (bytes of input text per second).
func BenchmarkExtract(b *testing.B) {
	texts := benchCorpus(b)
	total := 0
	for _, t := range texts {
		total += len(t)
	}
	meta := Meta{}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			_ = Extract(t, meta)
		}
	}
}

// BenchmarkExtractParallel measures extraction throughput of one process
// using every core (GOMAXPROCS goroutines), as 'geokg extract' and 'geokg load'
// run it.
func BenchmarkExtractParallel(b *testing.B) {
	texts := benchCorpus(b)
	total := 0
	for _, t := range texts {
		total += len(t)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			for _, t := range texts {
				_ = Extract(t, Meta{})
			}
		}
	})
}
