#!/usr/bin/env python3
"""Lint the heldout26 golds and build the two self-check predictions.

  python3 tools/selfcheck.py            # lint, write /tmp/heldout26-*.jsonl
  python3 /work/shared/eval/score.py --gold articles --pred /tmp/heldout26-synthetic.jsonl

synthetic: every gold entity (first name, other names as aliases) and every
gold fact (first name of each slot, the gold date) as a prediction, so each
folder must score 1.0 against itself with no junk entity.
empty: one record per document with no entity and no fact.
"""
import datetime
import glob
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STATES = json.load(open("/work/shared/eval/states.json", encoding="utf-8"))


def resolve(n):
    if n.lower().startswith("iso3:"):
        return STATES[n[5:].upper()][0]
    return n


def pent(names, kind=None):
    e = {"name": resolve(names[0]), "aliases": [resolve(x) for x in names[1:]]}
    if kind:
        e["kind"] = kind
    if names[0].lower().startswith("iso3:"):
        e["codes"] = {"iso3": names[0][5:].upper()}
        e["id"] = "state:" + names[0][5:].upper()
    return e


def present(name, text):
    if name.lower().startswith("iso3:"):
        return any(re.search(r"\b" + re.escape(x) + r"\b", text, re.I) for x in STATES[name[5:].upper()])
    return name.lower() in text.lower()


def lint(folder):
    warnings = 0
    for gpath in sorted(glob.glob(os.path.join(ROOT, folder, "*.gold.json"))):
        g = json.load(open(gpath, encoding="utf-8"))
        name = os.path.basename(gpath)[:-len(".gold.json")]
        text = open(os.path.join(ROOT, folder, name + ".txt"), encoding="utf-8").read()
        meta = json.load(open(os.path.join(ROOT, folder, name + ".meta.json"), encoding="utf-8"))
        pub = datetime.date.fromisoformat(g["published"])
        assert meta["published"] == g["published"] and g["doc"] == name + ".txt", name
        assert datetime.date(2026, 1, 1) <= pub < datetime.date(2026, 12, 1), name

        def warn(msg):
            nonlocal warnings
            warnings += 1
            print(f"  warn {folder}/{name}: {msg}")

        allnames = []
        for e in g["entities"]:
            allnames += e["name"]
            if not any(present(n, text) for n in e["name"]):
                warn(f"entity {e['name'][0]} not found in text")
        for n in g["forbidden_entities"]:
            if n.lower().startswith("iso3:"):
                assert n[5:].upper() in STATES, n
            if not present(n, text):
                warn(f"forbidden {n} not found in text")
        for n in allnames:
            if n.lower().startswith("iso3:") and n[5:].upper() not in STATES:
                raise SystemExit(f"{name}: unknown state {n}")
        for f in g["facts"] + g["ignore"]:
            for slot in ("from", "to"):
                for n in f[slot]:
                    if n.lower().startswith("iso3:"):
                        assert n[5:].upper() in STATES, n
                if not any(present(n, text) for n in f[slot]):
                    warn(f"{f['type']} slot {slot} {f[slot][0]} has no name in text")
        for f in g["facts"]:
            if "date" in f:
                m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$", f["date"])
                assert m, f
                y, mo, d = int(m.group(1)), m.group(2), m.group(3)
                first = datetime.date(y, int(mo or 1), int(d or 1))
                if first > pub:
                    warn(f"date {f['date']} after publication")
                assert "date_tolerance_days" in f, f
            if f.get("modality") == "alleged":
                assert f.get("attributed_to"), f
    return warnings


def build(folder):
    syn, empty = [], []
    for gpath in sorted(glob.glob(os.path.join(ROOT, folder, "*.gold.json"))):
        g = json.load(open(gpath, encoding="utf-8"))
        ents = [pent(e["name"], e["kind"]) for e in g["entities"]]
        facts = []
        for f in g["facts"]:
            facts.append({"type": f["type"], "from": pent(f["from"]), "to": pent(f["to"]),
                          "date": f.get("date"), "modality": f.get("modality", "asserted"),
                          "attributed_to": f.get("attributed_to")})
        syn.append({"doc": g["doc"], "published": g["published"], "entities": ents, "facts": facts})
        empty.append({"doc": g["doc"], "published": g["published"], "entities": [], "facts": []})
    return syn, empty


def main():
    total = 0
    syn_all, empty_all = [], []
    for folder in ("articles", "govdocs", "sentences"):
        total += lint(folder)
        s, e = build(folder)
        syn_all += s
        empty_all += e
    with open("/tmp/heldout26-synthetic.jsonl", "w", encoding="utf-8") as f:
        for r in syn_all:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open("/tmp/heldout26-empty.jsonl", "w", encoding="utf-8") as f:
        for r in empty_all:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"lint warnings: {total}")
    print("wrote /tmp/heldout26-synthetic.jsonl and /tmp/heldout26-empty.jsonl")


if __name__ == "__main__":
    sys.exit(main())
