#!/usr/bin/env python3
"""Synthetic prediction built from the golds of one folder (self-check only): every gold entity under
its first name with the others as aliases, every gold fact with its first names and gold date."""
import glob, json, os, sys
STATES = json.load(open("/work/shared/eval/states.json", encoding="utf-8"))
def nm(n):
    return STATES[n[5:].upper()][0] if n.lower().startswith("iso3:") else n
def aliases(ns):
    out = []
    for n in ns:
        out += STATES[n[5:].upper()] if n.lower().startswith("iso3:") else [n]
    return out
folder, out = sys.argv[1], sys.argv[2]
with open(out, "w", encoding="utf-8") as fh:
    for p in sorted(glob.glob(os.path.join(folder, "*.gold.json"))):
        g = json.load(open(p, encoding="utf-8"))
        ents = [{"name": nm(e["name"][0]), "kind": e["kind"], "aliases": aliases(e["name"])[1:]} for e in g["entities"]]
        facts = [{"type": f["type"], "from": {"name": nm(f["from"][0])}, "to": {"name": nm(f["to"][0])},
                  "date": f.get("date"), "modality": f.get("modality", "asserted")} for f in g["facts"]]
        fh.write(json.dumps({"doc": g["doc"], "published": g["published"], "entities": ents, "facts": facts}, ensure_ascii=False) + "\n")
