package seeds

import (
	"io/fs"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestManifestListsEveryArticle(t *testing.T) {
	arts, err := Manifest()
	if err != nil {
		t.Fatal(err)
	}
	listed := map[string]bool{}
	for _, a := range arts {
		listed[a.File] = true
		if a.Title == "" || a.Source == "" {
			t.Errorf("%s: title and source are required", a.File)
		}
		if _, err := graph.ParseDate(a.Published); err != nil {
			t.Errorf("%s: %v", a.File, err)
		}
	}
	txts, err := fs.Glob(FS(), "*.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range txts {
		if !listed[name] {
			t.Errorf("%s is embedded but not in manifest.json", name)
		}
	}
}

func TestInputsCarryMetadata(t *testing.T) {
	ins, err := Inputs()
	if err != nil {
		t.Fatal(err)
	}
	var seed bool
	for _, in := range ins {
		if strings.HasSuffix(in.Name, "seed-kyivpost-2023-11-15.txt") {
			seed = true
			if in.Meta.Published.Value != "2023-11-15" || in.Meta.Published.Prec() != graph.DateDay {
				t.Errorf("seed published = %+v, want 2023-11-15 (day)", in.Meta.Published)
			}
			if !strings.Contains(in.Text, "Alexander Kozlov") {
				t.Errorf("seed text does not hold the article")
			}
		}
	}
	if !seed {
		t.Fatal("the seed article is missing")
	}
}
