"""Tiny helpers used to write the heldout19 gold files (authoring aid only)."""
import json, os

def P(names, country=None):
    e = {"name": list(names) if isinstance(names, (list, tuple)) else [names], "kind": "person"}
    if country:
        e["country"] = ["iso3:" + country]
    return e

def S(code):
    return {"name": ["iso3:" + code], "kind": "state"}

def O(*names):
    return {"name": list(names), "kind": "organization"}

def L(names, country=None):
    e = {"name": list(names) if isinstance(names, (list, tuple)) else [names], "kind": "place"}
    if country:
        e["country"] = ["iso3:" + country]
    return e

def _l(x):
    return list(x) if isinstance(x, (list, tuple)) else [x]

def F(frm, typ, to, date=None, tol=None, alleged=None):
    f = {"from": _l(frm), "type": typ, "to": _l(to)}
    if date:
        f["date"] = date
        f["date_tolerance_days"] = tol or 0
    if alleged:
        f["modality"] = "alleged"
        f["attributed_to"] = alleged
    return f

def I(frm, typ, to, why):
    return {"from": _l(frm), "type": typ, "to": _l(to), "why": why}

def write(outdir, sub, name, published, title, source, entities, forbidden, facts, ignore):
    d = os.path.join(outdir, sub)
    meta = {"published": published, "title": title, "source": source}
    gold = {"doc": name + ".txt", "published": published,
            "source": f"written for geokg heldout19 (own text, style of {source})",
            "entities": entities, "forbidden_entities": forbidden,
            "facts": facts, "ignore": ignore}
    assert os.path.exists(os.path.join(d, name + ".txt")), name
    with open(os.path.join(d, name + ".meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, indent=1, ensure_ascii=False); f.write("\n")
    with open(os.path.join(d, name + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, indent=1, ensure_ascii=False); f.write("\n")
