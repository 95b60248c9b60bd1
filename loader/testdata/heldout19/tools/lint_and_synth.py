#!/usr/bin/env python3
"""Authoring checks for heldout19 golds, and a synthetic prediction built from the golds.
- every non-iso3 entity name group has at least one name found in the text
- every forbidden string occurs in the text and collides with no gold entity name
- writes tools/synthetic_pred.jsonl (one line per document) and tools/empty_pred.jsonl
"""
import glob, json, os, re, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
STATES = json.load(open("/work/shared/eval/states.json", encoding="utf-8"))

def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()

def first_name(alts):
    for a in alts:
        if a.lower().startswith("iso3:"):
            return STATES[a[5:].upper()][0]
        return a

def expand(alts):
    out = []
    for a in alts:
        if a.lower().startswith("iso3:"):
            out += STATES[a[5:].upper()]
        else:
            out.append(a)
    return out

problems = 0
preds = []
for sub in ("articles", "govdocs", "sentences"):
    for gp in sorted(glob.glob(os.path.join(OUT, sub, "*.gold.json"))):
        g = json.load(open(gp, encoding="utf-8"))
        txt = fold(open(os.path.join(OUT, sub, g["doc"]), encoding="utf-8").read())
        for e in g["entities"]:
            ns = [n for n in e["name"] if not n.lower().startswith("iso3:")]
            if ns and not any(fold(n) in txt for n in ns):
                print(f"{g['doc']}: entity not in text: {e['name']}"); problems += 1
        gnames = {fold(n) for e in g["entities"] for n in expand(e["name"])}
        for b in g["forbidden_entities"]:
            names = expand([b])
            if not any(fold(n) in txt for n in names):
                print(f"{g['doc']}: forbidden not in text: {b}"); problems += 1
            if any(fold(n) in gnames for n in names):
                print(f"{g['doc']}: forbidden collides with gold entity: {b}"); problems += 1
        for f in g["facts"] + g["ignore"]:
            for side in ("from", "to"):
                if not any(fold(n) in txt for n in expand(f[side])):
                    print(f"{g['doc']}: no {side} name of {f['type']} in text: {f[side]}"); problems += 1
        ents = []
        for e in g["entities"]:
            allnames = expand(e["name"])
            ent = {"name": first_name(e["name"]), "kind": e["kind"], "aliases": allnames[1:]}
            if e["name"][0].lower().startswith("iso3:"):
                ent["codes"] = {"iso3": e["name"][0][5:].upper()}
            ents.append(ent)
        facts = [{"type": f["type"], "from": {"name": first_name(f["from"])}, "to": {"name": first_name(f["to"])},
                  "date": f.get("date"), "modality": "asserted"} for f in g["facts"]]
        preds.append({"doc": f"{sub}/{g['doc']}", "published": g["published"], "entities": ents, "facts": facts})
with open(os.path.join(HERE, "synthetic_pred.jsonl"), "w", encoding="utf-8") as f:
    for p in preds:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
open(os.path.join(HERE, "empty_pred.jsonl"), "w").close()
print("problems:", problems, "| documents:", len(preds))
