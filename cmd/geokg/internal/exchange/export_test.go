package exchange

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/xml"
	"io"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/store"
)

type gmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

type gmlDoc struct {
	XMLName xml.Name `xml:"graphml"`
	Keys    []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	} `xml:"key"`
	Graph struct {
		EdgeDefault string `xml:"edgedefault,attr"`
		Nodes       []struct {
			ID   string    `xml:"id,attr"`
			Data []gmlData `xml:"data"`
		} `xml:"node"`
		Edges []struct {
			ID       string    `xml:"id,attr"`
			Source   string    `xml:"source,attr"`
			Target   string    `xml:"target,attr"`
			Directed string    `xml:"directed,attr"`
			Data     []gmlData `xml:"data"`
		} `xml:"edge"`
	} `xml:"graph"`
}

func parseGraphML(t *testing.T, out []byte) gmlDoc {
	t.Helper()
	var doc gmlDoc
	dec := xml.NewDecoder(bytes.NewReader(out))
	if err := dec.Decode(&doc); err != nil {
		t.Fatalf("GraphML does not parse: %v", err)
	}
	return doc
}

func dataOf(ds []gmlData, key string) string {
	for _, d := range ds {
		if d.Key == key {
			return d.Value
		}
	}
	return ""
}

func TestGraphML(t *testing.T) {
	for name, open := range stores() {
		t.Run(name, func(t *testing.T) {
			st := open(t)
			doc := parseGraphML(t, export(t, st, Options{Format: GraphML}))
			s := stats(t, st)
			if len(doc.Graph.Nodes) != s.Entities || len(doc.Graph.Edges) != s.Edges {
				t.Fatalf("%d nodes, %d edges; stats say %d entities, %d edges",
					len(doc.Graph.Nodes), len(doc.Graph.Edges), s.Entities, s.Edges)
			}
			types := map[string]string{}
			for _, k := range doc.Keys {
				types[k.For+"/"+k.Name] = k.Type
			}
			for k, typ := range map[string]string{"node/kind": "string", "edge/type": "string", "edge/date": "string",
				"edge/modality": "string", "edge/confidence": "double", "edge/sources": "int", "edge/symmetric": "boolean"} {
				if types[k] != typ {
					t.Errorf("key %s has type %q, want %q", k, types[k], typ)
				}
			}
			nodes := map[string]bool{}
			for _, n := range doc.Graph.Nodes {
				nodes[n.ID] = true
				if dataOf(n.Data, "kind") == "" || dataOf(n.Data, "label") == "" {
					t.Errorf("node %s lacks kind or label: %v", n.ID, n.Data)
				}
			}
			for _, e := range doc.Graph.Edges {
				if !nodes[e.Source] || !nodes[e.Target] {
					t.Errorf("edge %s: %s -> %s names a missing node", e.ID, e.Source, e.Target)
				}
				typ := graph.RelationType(dataOf(e.Data, "type"))
				if e.Directed != "" || dataOf(e.Data, "symmetric") != strconv.FormatBool(typ.Symmetric()) {
					t.Errorf("edge %s of type %s: directed=%q symmetric=%q", e.ID, typ, e.Directed, dataOf(e.Data, "symmetric"))
				}
				if _, err := strconv.ParseFloat(dataOf(e.Data, "confidence"), 64); err != nil {
					t.Errorf("edge %s: confidence: %v", e.ID, err)
				}
				if n, err := strconv.Atoi(dataOf(e.Data, "sources")); err != nil || n < 1 {
					t.Errorf("edge %s: sources %q", e.ID, dataOf(e.Data, "sources"))
				}
			}
		})
	}
	t.Run("escaping", func(t *testing.T) {
		doc := parseGraphML(t, export(t, trickyStore(t), Options{Format: GraphML}))
		for _, n := range doc.Graph.Nodes {
			if n.ID == "person:x-y" && dataOf(n.Data, "label") != "X <Y> & \"Z\"\n\\" {
				t.Errorf("name came back as %q", dataOf(n.Data, "label"))
			}
		}
	})
}

func readCSV(t *testing.T, data []byte) [][]string {
	t.Helper()
	r := csv.NewReader(bytes.NewReader(data))
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("CSV does not parse: %v", err)
	}
	return rows
}

func checkNeo4jCSV(t *testing.T, st store.Store, nodesCSV, edgesCSV []byte) {
	t.Helper()
	nodes, edges := readCSV(t, nodesCSV), readCSV(t, edgesCSV)
	if !slices.Equal(nodes[0], nodesHeader) || !slices.Equal(edges[0], edgesHeader) {
		t.Fatalf("headers %v / %v", nodes[0], edges[0])
	}
	for _, h := range []string{"id:ID", ":LABEL"} {
		if !slices.Contains(nodes[0], h) {
			t.Errorf("nodes.csv lacks %s", h)
		}
	}
	for _, h := range []string{":START_ID", ":END_ID", ":TYPE", "confidence:float", "sources:int"} {
		if !slices.Contains(edges[0], h) {
			t.Errorf("edges.csv lacks %s", h)
		}
	}
	s := stats(t, st)
	if len(nodes)-1 != s.Entities || len(edges)-1 != s.Edges {
		t.Fatalf("%d node rows, %d edge rows; stats say %d, %d", len(nodes)-1, len(edges)-1, s.Entities, s.Edges)
	}
	ids := map[string]bool{}
	for _, n := range nodes[1:] {
		ids[n[0]] = true
		if !strings.HasPrefix(n[1], "Entity;") {
			t.Errorf("node %s has labels %q", n[0], n[1])
		}
	}
	for _, e := range edges[1:] {
		if !ids[e[0]] || !ids[e[1]] {
			t.Errorf("edge %v names a missing node", e)
		}
		if e[2] != strings.ToUpper(e[4]) {
			t.Errorf("edge %s: :TYPE %q for type %q", e[3], e[2], e[4])
		}
		if _, err := strconv.ParseFloat(e[9], 64); err != nil {
			t.Errorf("edge %s: confidence %q", e[3], e[9])
		}
		if _, err := strconv.Atoi(e[10]); err != nil {
			t.Errorf("edge %s: sources %q", e[3], e[10])
		}
	}
}

func TestCSV(t *testing.T) {
	for name, open := range stores() {
		t.Run(name, func(t *testing.T) {
			st := open(t)
			var nodes, edges bytes.Buffer
			if err := ExportCSV(context.Background(), st, &nodes, &edges, Options{}); err != nil {
				t.Fatal(err)
			}
			checkNeo4jCSV(t, st, nodes.Bytes(), edges.Bytes())

			// The HTTP form: a zip holding the same two files.
			out := export(t, st, Options{Format: CSV})
			zr, err := zip.NewReader(bytes.NewReader(out), int64(len(out)))
			if err != nil {
				t.Fatalf("zip: %v", err)
			}
			files := map[string][]byte{}
			for _, f := range zr.File {
				rc, err := f.Open()
				if err != nil {
					t.Fatal(err)
				}
				files[f.Name], _ = io.ReadAll(rc)
				rc.Close()
			}
			if !bytes.Equal(files["nodes.csv"], nodes.Bytes()) || !bytes.Equal(files["edges.csv"], edges.Bytes()) {
				t.Errorf("the zip holds %d files that differ from ExportCSV's", len(files))
			}
		})
	}
	t.Run("arrays", func(t *testing.T) {
		var nodes, edges bytes.Buffer
		if err := ExportCSV(context.Background(), trickyStore(t), &nodes, &edges, Options{}); err != nil {
			t.Fatal(err)
		}
		for _, row := range readCSV(t, nodes.Bytes()) {
			if row[0] == "state:CIV" && row[7] != "Ivory \"Coast\";a,b" {
				t.Errorf("aliases column %q", row[7])
			}
		}
	})
}
