// Package seeds embeds the sample articles that geokg loads into an empty
// store on first start, with a manifest of their metadata.
package seeds

import (
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader"
)

//go:embed manifest.json *.txt
var files embed.FS

// ErrManifest is returned when the embedded manifest is broken.
var ErrManifest = errors.New("seeds: bad manifest")

// Article is one entry of manifest.json.
type Article struct {
	File      string  `json:"file"`
	Title     string  `json:"title"`
	Source    string  `json:"source"`
	URL       *string `json:"url"`
	Published string  `json:"published"`
}

type manifest struct {
	Articles []Article `json:"articles"`
}

// FS returns the embedded files: manifest.json and the articles.
func FS() fs.FS { return files }

// Manifest returns the articles listed in manifest.json, in order.
func Manifest() ([]Article, error) {
	raw, err := files.ReadFile("manifest.json")
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrManifest, err)
	}
	var m manifest
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrManifest, err)
	}
	if len(m.Articles) == 0 {
		return nil, fmt.Errorf("%w: no articles", ErrManifest)
	}
	return m.Articles, nil
}

// Inputs returns the seed articles as loader inputs, with their metadata.
func Inputs() ([]loader.Input, error) {
	arts, err := Manifest()
	if err != nil {
		return nil, err
	}
	out := make([]loader.Input, 0, len(arts))
	for _, a := range arts {
		text, err := files.ReadFile(a.File)
		if err != nil {
			return nil, fmt.Errorf("%w: %s: %w", ErrManifest, a.File, err)
		}
		published, err := graph.ParseDate(a.Published)
		if err != nil {
			return nil, fmt.Errorf("%w: %s: %w", ErrManifest, a.File, err)
		}
		meta := loader.Meta{Title: a.Title, Source: a.Source, Published: published}
		if a.URL != nil {
			meta.URL = *a.URL
		}
		out = append(out, loader.Input{Name: "seeds/" + a.File, Text: string(text), Meta: meta})
	}
	return out, nil
}
