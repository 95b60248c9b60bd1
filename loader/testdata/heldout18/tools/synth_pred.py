#!/usr/bin/env python3
"""Builds a synthetic prediction (JSON Lines) from the heldout18 golds: every gold entity and every
gold fact, each named by its first acceptable name. Used only to check that the golds parse and are
complete (expected: entity recall 1.000, fact precision and recall 1.000)."""
import glob, json, os, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STATES = json.load(open("/work/shared/eval/states.json", encoding="utf-8"))


def ent(names, kind=None):
    n = names[0]
    if n.lower().startswith("iso3:"):
        code = n[5:].upper()
        return {"id": "state:" + code, "name": STATES[code][0], "kind": "state", "codes": {"iso3": code}}
    return {"name": n, "kind": kind or "organization"}


out = open(sys.argv[1], "w", encoding="utf-8")
for path in sorted(glob.glob(os.path.join(HERE, "*", "*.gold.json"))):
    g = json.load(open(path, encoding="utf-8"))
    rec = {"doc": g["doc"], "published": g["published"],
           "entities": [ent(e["name"], e["kind"]) for e in g["entities"]], "facts": []}
    for f in g["facts"]:
        rec["facts"].append({"type": f["type"], "from": ent(f["from"]), "to": ent(f["to"]),
                             "date": f.get("date"), "modality": "asserted"})
    out.write(json.dumps(rec, ensure_ascii=False) + "\n")
