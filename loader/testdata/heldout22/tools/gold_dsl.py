"""Tiny DSL used to write the heldout22 gold files (written from the texts alone).

A spec file calls:
  doc(path, published, title, source)      path = "articles/a1-..." (no extension)
  E(key, kind, *names, country=None)       entity; names may use "iso3:XXX"
  F(type, frm, to, date=None, tol=0)       asserted fact
  A(type, frm, to, by, date=None, tol=0)   alleged fact (attributed_to=by)
  I(type, frm, to, why)                    ignore entry
  X(*names)                                forbidden entities (page junk)
frm/to: a key, a literal name, or a list of keys/literals; keys expand to the entity's names.
"""
import datetime, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
STATES = json.load(open("/work/shared/eval/states.json", encoding="utf-8"))

_cur = None


class Doc:
    def __init__(self, path, published, title, source):
        self.path, self.published, self.title, self.source = path, published, title, source
        self.ents, self.order, self.facts, self.ignore, self.forbidden = {}, [], [], [], []


def doc(path, published, title, source):
    global _cur
    _cur = Doc(path, published, title, source)
    return _cur


def E(key, kind, *names, country=None):
    assert key not in _cur.ents, key
    e = {"name": list(names), "kind": kind}
    if country:
        e["country"] = ["iso3:" + c for c in ([country] if isinstance(country, str) else country)]
    _cur.ents[key] = e
    _cur.order.append(key)


def _expand(x):
    out = []
    for it in ([x] if isinstance(x, str) else x):
        if it in _cur.ents:
            out += _cur.ents[it]["name"]
        else:
            out.append(it)
    seen, res = set(), []
    for n in out:
        if n not in seen:
            seen.add(n)
            res.append(n)
    return res


def F(type, frm, to, date=None, tol=0, _mod=None, _by=None):
    f = {"from": _expand(frm), "type": type, "to": _expand(to)}
    if date:
        f["date"] = date
        f["date_tolerance_days"] = tol
    if _mod:
        f["modality"] = _mod
        f["attributed_to"] = _by
    _cur.facts.append(f)


def A(type, frm, to, by, date=None, tol=0):
    F(type, frm, to, date, tol, "alleged", by)


def I(type, frm, to, why):
    _cur.ignore.append({"from": _expand(frm), "type": type, "to": _expand(to), "why": why})


def X(*names):
    _cur.forbidden.extend(names)


# ---------------------------------------------------------------- checks and output
def _norm(s):
    sys.path.insert(0, "/work/shared/eval")
    import importlib
    score = importlib.import_module("score")
    return score.norm(s)


def first_name(n):
    return STATES[n[5:].upper()][0] if n.lower().startswith("iso3:") else n


def write():
    d = _cur
    base = os.path.join(ROOT, d.path)
    text = open(base + ".txt", encoding="utf-8").read()
    low = text.lower()
    problems = []
    # entities: some name must occur in the text (states: any state name or a listed alias)
    for k in d.order:
        e = d.ents[k]
        cands = []
        for n in e["name"]:
            cands += STATES[n[5:]] if n.lower().startswith("iso3:") else [n]
        if not any(c.lower() in low for c in cands):
            problems.append(f"entity not in text: {k} {e['name']}")
    # fact literals must occur in text or be entity names
    allnames = {n for e in d.ents.values() for n in e["name"]}
    keys = set()
    pub = datetime.date.fromisoformat(d.published)
    for f in d.facts + d.ignore:
        for side in ("from", "to"):
            for n in f[side]:
                if n.lower().startswith("iso3:"):
                    if n[5:] not in STATES:
                        problems.append(f"bad iso3 {n}")
                    continue
                if n not in allnames and n.lower() not in low:
                    problems.append(f"fact name not in text: {n}")
        if f["type"] not in {"visited", "met", "accused", "supplied", "warned", "urged", "criticized",
                             "sanctioned", "invaded", "attacked", "threatened", "agreed", "cooperated"}:
            problems.append(f"bad type {f['type']}")
    for f in d.facts:
        key = (f["type"], _norm(first_name(f["from"][0])), _norm(first_name(f["to"][0])))
        if f["type"] in ("met", "agreed", "cooperated"):
            key = (f["type"],) + tuple(sorted(key[1:]))
        if key in keys:
            problems.append(f"duplicate fact key {key}")
        keys.add(key)
        if "date" in f:
            last = f["date"]
            y = int(last[:4]); m = int(last[5:7]) if len(last) >= 7 else 1; dd = int(last[8:10]) if len(last) >= 10 else 1
            if datetime.date(y, m, dd) > pub:
                problems.append(f"date after publication: {f}")
    # forbidden must not collide with entity names
    sys.path.insert(0, "/work/shared/eval")
    import score
    gold_keys = set()
    for e in d.ents.values():
        gold_keys |= score.names(e["name"])
    bad = score.names(d.forbidden)
    for b in bad:
        for g in gold_keys:
            if g == b or (len(b) > 4 and (g.startswith(b + " ") or g.endswith(" " + b))):
                problems.append(f"forbidden {b!r} collides with entity {g!r}")
    for n in d.forbidden:
        if not n.lower().startswith("iso3:") and n.lower() not in low:
            problems.append(f"forbidden not in text: {n}")
    name = os.path.basename(d.path)
    gold = {"doc": name + ".txt", "published": d.published,
            "source": f"written for geokg heldout22 (own text, style of {d.source})",
            "entities": [d.ents[k] for k in d.order], "forbidden_entities": d.forbidden,
            "facts": d.facts, "ignore": d.ignore}
    meta = {"published": d.published, "title": d.title, "source": d.source}
    with open(base + ".gold.json", "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(base + ".meta.json", "w", encoding="utf-8") as fh:
        json.dump(meta, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    words = len(text.split())
    nall = sum(1 for f in d.facts if f.get("modality") == "alleged")
    print(f"{d.path}: words {words}, entities {len(d.ents)}, facts {len(d.facts)} ({nall} alleged), ignore {len(d.ignore)}")
    for p in problems:
        print("   PROBLEM", p)
    return not problems
