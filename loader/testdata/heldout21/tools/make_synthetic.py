#!/usr/bin/env python3
"""Builds a synthetic prediction (JSON Lines, the shape of `geokg extract --format jsonl`)
from the gold files of one folder: every gold entity and every gold fact, nothing else.
Used only to check that the golds parse and are complete (expected: entity recall 1.000,
fact precision and recall 1.000, every dated fact dated right, 0 junk entities)."""
import glob, json, os, sys

STATES = json.load(open("/work/shared/eval/states.json", encoding="utf-8"))


def expand(alts):
    out = []
    for a in alts:
        if a.lower().startswith("iso3:"):
            out.extend(STATES.get(a[5:].upper(), []))
        else:
            out.append(a)
    return out


def ent(alts, kind="state"):
    names = expand(alts)
    e = {"name": names[0], "kind": kind, "aliases": names[1:]}
    for a in alts:
        if a.lower().startswith("iso3:"):
            e["codes"] = {"iso3": a[5:].upper()}
            break
    return e


folder, out = sys.argv[1], sys.argv[2]
with open(out, "w", encoding="utf-8") as f:
    for path in sorted(glob.glob(os.path.join(folder, "*.gold.json"))):
        g = json.load(open(path, encoding="utf-8"))
        rec = {"doc": g["doc"], "published": g["published"],
               "entities": [ent(e["name"], e["kind"]) for e in g["entities"]],
               "facts": []}
        for x in g["facts"]:
            rec["facts"].append({"type": x["type"], "from": ent(x["from"][:1]), "to": ent(x["to"][:1]),
                                 "date": x.get("date"), "modality": "asserted"})
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
