#!/usr/bin/env python3
"""Write NAME.gold.json and NAME.meta.json for heldout25, plus synthetic/empty predictions and a count table."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import golds_docs, golds_gov, golds_sent

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STATES = json.load(open("/work/shared/eval/states.json", encoding="utf-8"))
ALL = golds_docs.DOCS + golds_gov.DOCS + golds_sent.DOCS


def resolve(n):
    return STATES[n[5:]][0] if n.lower().startswith("iso3:") else n


rows, synth = [], []
for d in ALL:
    base = os.path.join(OUT, d["path"])
    name = os.path.basename(d["path"]) + ".txt"
    assert os.path.exists(base + ".txt"), base
    text = open(base + ".txt", encoding="utf-8").read()
    meta = {"published": d["published"], "title": d["title"], "source": d["source"]}
    gold = {"doc": name, "published": d["published"],
            "source": f"written for geokg heldout25 (own text, style of {d['source']})",
            "entities": d["entities"], "forbidden_entities": d["forbidden"],
            "facts": d["facts"], "ignore": d["ignore"]}
    json.dump(meta, open(base + ".meta.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    json.dump(gold, open(base + ".gold.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    # every literal (non-iso3) entity name should occur in the text, so golds stay honest
    low = text.lower()
    for e in d["entities"]:
        lits = [n for n in e["name"] if not n.lower().startswith("iso3:")]
        if lits and not any(n.lower() in low for n in lits):
            print("WARN entity not in text:", name, e["name"])
    for f in d["forbidden"]:
        if not f.lower().startswith("iso3:") and f.lower() not in low:
            print("WARN forbidden not in text:", name, f)
    words = len(text.split())
    alleged = sum(1 for f in d["facts"] if f.get("modality") == "alleged")
    rows.append((d["path"], d["source"], d["style"], d["region"], d["published"], words, len(d["entities"]),
                 len(d["facts"]), alleged, len(d["ignore"])))
    ents = []
    for e in d["entities"]:
        names = [resolve(n) for n in e["name"]]
        rec = {"name": names[0], "kind": e["kind"], "aliases": names[1:]}
        if e["name"][0].lower().startswith("iso3:"):
            rec["codes"] = {"iso3": e["name"][0][5:].upper()}
        ents.append(rec)
    facts = []
    for f in d["facts"]:
        facts.append({"type": f["type"], "from": {"name": resolve(f["from"][0])}, "to": {"name": resolve(f["to"][0])},
                      "date": f.get("date"), "modality": f.get("modality", "asserted")})
    synth.append({"doc": d["path"] + ".txt", "published": d["published"], "entities": ents, "facts": facts})

os.makedirs(os.path.join(OUT, "tools", "selfcheck"), exist_ok=True)
with open(os.path.join(OUT, "tools", "selfcheck", "synthetic.jsonl"), "w", encoding="utf-8") as fh:
    for s in synth:
        fh.write(json.dumps(s, ensure_ascii=False) + "\n")
open(os.path.join(OUT, "tools", "selfcheck", "empty.jsonl"), "w").close()
json.dump(rows, open(os.path.join(OUT, "tools", "selfcheck", "counts.json"), "w"), indent=1)
for r in rows:
    print(r)
