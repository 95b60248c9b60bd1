"""Tiny helpers to write heldout25 gold files compactly."""


def E(kind, *names, country=None):
    e = {"name": list(names), "kind": kind}
    if country:
        e["country"] = ["iso3:" + country]
    return e


def F(type_, frm, to, date=None, tol=None, alleged=None):
    f = {"from": list(frm), "type": type_, "to": list(to)}
    if date:
        f["date"] = date
        f["date_tolerance_days"] = tol or 0
    if alleged:
        f["modality"] = "alleged"
        f["attributed_to"] = alleged
    return f


def I(type_, frm, to, why):
    return {"from": list(frm), "type": type_, "to": list(to), "why": why}


def doc(path, published, source, title, style, region, entities, forbidden, facts, ignore):
    return {"path": path, "published": published, "source": source, "title": title, "style": style,
            "region": region, "entities": entities, "forbidden": forbidden, "facts": facts, "ignore": ignore}
