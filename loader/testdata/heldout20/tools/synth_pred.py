#!/usr/bin/env python3
"""Builds a synthetic prediction (JSONL, geokg extract format) from the gold files of one folder:
every gold entity under its first name, every gold fact with its first from/to names and gold date.
Used only to check that the golds parse and are complete (expect recall 1.000 and precision 1.000)."""
import glob, json, os, sys

STATES = json.load(open("/work/shared/eval/states.json", encoding="utf-8"))


def ent(name, kind=None, aliases=()):
    if name.lower().startswith("iso3:"):
        code = name[5:].upper()
        return {"id": "state:" + code, "name": STATES[code][0], "kind": "state", "codes": {"iso3": code}}
    return {"name": name, "kind": kind or "organization", "aliases": [a for a in aliases if not a.startswith("iso3:")]}


def main(folder, out):
    with open(out, "w", encoding="utf-8") as w:
        for p in sorted(glob.glob(os.path.join(folder, "*.gold.json"))):
            g = json.load(open(p, encoding="utf-8"))
            ents = [ent(e["name"][0], e["kind"], e["name"][1:]) for e in g["entities"]]
            facts = []
            for f in g["facts"]:
                x = {"type": f["type"], "from": ent(f["from"][0]), "to": ent(f["to"][0]),
                     "date": f.get("date"), "modality": f.get("modality", "asserted"),
                     "attributed_to": f.get("attributed_to")}
                facts.append(x)
            w.write(json.dumps({"doc": g["doc"], "published": g["published"], "entities": ents,
                                "facts": facts}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
