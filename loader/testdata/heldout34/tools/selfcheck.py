#!/usr/bin/env python3
"""Lint the heldout34 gold files (adapted from heldout33/tools/selfcheck.py), write probe predictions and score them with the shared scorer.

Writes /tmp/heldout34-empty.jsonl, /tmp/heldout34-synthetic.jsonl, /tmp/heldout34-junkprobe.jsonl
and prints SELF-CHECK PASSED or SELF-CHECK FAILED.
"""
import datetime
import glob
import importlib.util
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCORE = "/work/shared/eval/score.py"
FOLDERS = ["articles", "govdocs", "sentences"]
spec = importlib.util.spec_from_file_location("score", SCORE)
S = importlib.util.module_from_spec(spec)
spec.loader.exec_module(S)
STATES = S.STATES
norm = S.norm

# demonyms, adjectives, capitals and seat-of-government words accepted as mentions of a state
# (only used to check that an iso3 name is findable in its text; the scorer never sees this table)
EXTRA = {
    # southern and eastern Africa, Indian Ocean
    "MOZ": ["Mozambican", "Maputo"], "RWA": ["Rwandan", "Kigali"], "TZA": ["Tanzanian", "Dodoma"],
    "SOM": ["Somali", "Mogadishu"], "SWZ": ["Swazi", "Mbabane"], "MDG": ["Malagasy", "Antananarivo"],
    "NAM": ["Namibian", "Windhoek"], "ZMB": ["Zambian", "Lusaka"], "BWA": ["Motswana", "Botswana", "Gaborone"],
    "AGO": ["Angolan", "Luanda"], "MUS": ["Mauritian", "Port Louis"], "COM": ["Comorian", "Moroni"],
    "KEN": ["Kenyan", "Nairobi"], "FRA": ["French", "Paris"],
    # Nile basin, Horn, Middle East
    "EGY": ["Egyptian", "Cairo"], "ETH": ["Ethiopian", "Addis Ababa"], "SDN": ["Sudanese", "Khartoum", "Port Sudan"],
    "ERI": ["Eritrean", "Asmara"], "KWT": ["Kuwaiti"], "OMN": ["Omani", "Muscat"],
    "JOR": ["Jordanian", "Amman"], "LBN": ["Lebanese", "Beirut"], "ISR": ["Israeli", "Jerusalem"],
    "CHE": ["Swiss", "Bern"], "ITA": ["Italian", "Rome"], "MHL": ["Marshallese", "Majuro"],
    # West Africa
    "GIN": ["Guinean", "Conakry"], "SLE": ["Sierra Leonean", "Freetown"], "TGO": ["Togolese", "Lome"],
    "GHA": ["Ghanaian", "Accra"],
    # South and Southeast Asia, East Asia, Pacific
    "BGD": ["Bangladeshi", "Dhaka"], "IND": ["Indian", "New Delhi", "Delhi"], "MMR": ["Myanmar", "Naypyitaw"],
    "MDV": ["Maldivian", "Male"], "BTN": ["Bhutanese", "Thimphu"], "CHN": ["Chinese", "Beijing"],
    "JPN": ["Japanese", "Tokyo"], "THA": ["Thai", "Bangkok"], "KHM": ["Cambodian", "Phnom Penh"],
    "LAO": ["Lao", "Laotian", "Vientiane"], "VNM": ["Vietnamese", "Hanoi"], "MYS": ["Malaysian", "Kuala Lumpur", "Putrajaya"],
    "KOR": ["Korean", "Korea", "Seoul"], "MNG": ["Mongolian", "Ulaanbaatar"], "TLS": ["Timorese", "Dili"],
    "AUS": ["Australian", "Canberra"], "NZL": ["New Zealand", "Wellington"], "PNG": ["Papua New Guinean", "Port Moresby"],
    # Europe
    "GBR": ["British", "London"], "RUS": ["Russian", "Moscow", "Kremlin"], "UKR": ["Ukrainian", "Kyiv"],
    "BLR": ["Belarusian", "Minsk"], "DNK": ["Danish", "Copenhagen"], "ESP": ["Spanish", "Madrid"],
    "NOR": ["Norwegian", "Oslo"],
    # Americas
    "USA": ["American", "Washington"], "COL": ["Colombian", "Bogota"], "VEN": ["Venezuelan", "Caracas"],
    "BRA": ["Brazilian", "Brasilia"], "CUB": ["Cuban", "Havana"], "MEX": ["Mexican", "Mexico City"],
    "ARG": ["Argentine", "Argentinian", "Buenos Aires"], "FLK": ["Falkland Islands", "Falklands", "Malvinas"],
    "URY": ["Uruguayan", "Montevideo"], "PRY": ["Paraguayan", "Asuncion"], "SLV": ["Salvadoran", "San Salvador"],
    "ECU": ["Ecuadorian", "Quito"], "GTM": ["Guatemalan", "Guatemala City"], "HND": ["Honduran", "Tegucigalpa"],
    "SUR": ["Surinamese", "Paramaribo"],
}

errors = []
info = []
TYPES = {}


def err(doc, msg):
    errors.append("%s: %s" % (doc, msg))


def state_names(code):
    return list(STATES.get(code, [])) + EXTRA.get(code, [])


def findable(name, ntext):
    if name.lower().startswith("iso3:"):
        return any(findable(n, ntext) for n in state_names(name[5:].upper()))
    n = norm(name)
    return bool(n) and (" " + n + " ") in ntext


def parse_date(s):
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", s or "")
    if not m:
        return None
    y, mo, d = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
    try:
        return datetime.date(y, mo, d)
    except ValueError:
        return None


def check_iso(doc, names):
    for n in names:
        if isinstance(n, str) and n.lower().startswith("iso3:") and n[5:].upper() not in STATES:
            err(doc, "unknown iso3 code " + n)


def canon(name):
    if name.lower().startswith("iso3:"):
        return {"name": STATES[name[5:].upper()][0], "kind": "state", "id": "state:" + name[5:].upper(),
                "codes": {"iso3": name[5:].upper()}}
    return {"name": name}


def load(folder):
    out = []
    have = {os.path.basename(x) for x in glob.glob(os.path.join(ROOT, folder, "*"))}
    for txt in sorted(x for x in have if x.endswith(".txt")):
        stem = txt[:-4]
        for ext in (".meta.json", ".gold.json"):
            if stem + ext not in have:
                err(folder + "/" + stem, "missing " + stem + ext)
    for gj in sorted(x for x in have if x.endswith(".gold.json")):
        if gj[:-len(".gold.json")] + ".txt" not in have:
            err(folder + "/" + gj, "gold without text")
    for gp in sorted(glob.glob(os.path.join(ROOT, folder, "*.gold.json"))):
        base = gp[:-len(".gold.json")]
        g = json.load(open(gp, encoding="utf-8"))
        m = json.load(open(base + ".meta.json", encoding="utf-8"))
        t = open(base + ".txt", encoding="utf-8").read()
        out.append((base, g, m, t))
    return out


def lint(folder, docs):
    stats = dict(docs=0, facts=0, ents=0, ignore=0, forbidden=0, alleged=0, dated=0)
    for base, g, m, t in docs:
        d = os.path.relpath(base, ROOT)
        ntext = " " + norm(t) + " "
        stats["docs"] += 1
        pub = parse_date(g.get("published"))
        if g.get("doc") != os.path.basename(base) + ".txt":
            err(d, "doc field mismatch")
        if not pub or len(g["published"]) != 10 or not (datetime.date(2026, 1, 5) <= pub <= datetime.date(2026, 12, 4)):
            err(d, "published not a date in 2026-01-05 .. 2026-12-04")
        if m.get("published") != g.get("published"):
            err(d, "published differs between meta and gold")
        for k in ("title", "source"):
            if not m.get(k):
                err(d, "meta lacks " + k)
        for k in ("doc", "published", "source", "entities", "forbidden_entities", "facts", "ignore"):
            if k not in g:
                err(d, "gold lacks " + k)
        # entities
        gold_names = set()
        for e in g["entities"]:
            stats["ents"] += 1
            check_iso(d, e["name"] + e.get("country", []))
            if e["kind"] not in ("person", "state", "organization", "place"):
                err(d, "bad kind %s" % e)
            if e["kind"] in ("person", "place") and not e.get("country"):
                err(d, "%s %s lacks country" % (e["kind"], e["name"][0]))
            if not findable(e["name"][0], ntext):
                err(d, "entity not findable: %s" % e["name"][0])
            for n in e["name"][1:]:
                if not findable(n, ntext):
                    info.append("%s: alias not in text (accepted variant): %s" % (d, n))
            gold_names |= S.names(e["name"])
        # facts
        seen = set()
        for f in g["facts"]:
            stats["facts"] += 1
            check_iso(d, f["from"] + f["to"])
            if f["type"] not in S.SCORED_TYPES:
                err(d, "unscored type %s" % f["type"])
            for side in ("from", "to"):
                if not findable(f[side][0], ntext):
                    err(d, "fact slot not findable: %s" % f[side][0])
                gold_names |= S.names(f[side])
            for other in g["facts"]:
                if other is f or other["type"] != f["type"] or id(other) < id(f):
                    continue
                af, at, bf, bt = S.names(f["from"]), S.names(f["to"]), S.names(other["from"]), S.names(other["to"])
                if (af & bf and at & bt) or (f["type"] in S.SYMMETRIC and af & bt and at & bf):
                    err(d, "overlapping gold facts (one prediction would match both): %s %s->%s / %s->%s"
                        % (f["type"], f["from"][0], f["to"][0], other["from"][0], other["to"][0]))
            key = (f["type"], norm(canon(f["from"][0])["name"]), norm(canon(f["to"][0])["name"]))
            if key in seen:
                err(d, "duplicate fact key %s" % (key,))
            seen.add(key)
            if "date" in f:
                stats["dated"] += 1
                fd = parse_date(f["date"])
                if fd is None:
                    err(d, "bad date %s" % f["date"])
                elif pub and fd > pub:
                    err(d, "date after publication %s" % f["date"])
                tol = f.get("date_tolerance_days")
                if not isinstance(tol, int) or isinstance(tol, bool) or tol < 0:
                    err(d, "bad tolerance in %s" % f)
            elif "date_tolerance_days" in f:
                err(d, "tolerance without date")
            mod = f.get("modality", "asserted")
            if mod not in ("asserted", "alleged"):
                err(d, "gold fact with unscored modality %s" % mod)
            if mod == "alleged":
                stats["alleged"] += 1
                if not f.get("attributed_to") or not findable(f["attributed_to"], ntext):
                    err(d, "alleged fact lacks findable attributed_to: %s" % f)
        for x in g["ignore"]:
            stats["ignore"] += 1
            check_iso(d, x["from"] + x["to"])
            if x["type"] not in S.SCORED_TYPES:
                err(d, "ignore with unscored type %s" % x["type"])
            if not x.get("why"):
                err(d, "ignore without why")
            for side in ("from", "to"):
                if not any(findable(n, ntext) for n in x[side]):
                    err(d, "ignore slot not findable: %s" % x[side])
        # an ignore entry whose own first names already match a gold fact is dead weight (or a mistake)
        for x in g["ignore"]:
            probe = {"type": x["type"], "from_keys": S.ent_keys(canon(x["from"][0])),
                     "to_keys": S.ent_keys(canon(x["to"][0]))}
            if any(S.fact_matches(probe, gf) for gf in g["facts"]):
                err(d, "ignore entry shadowed by a gold fact: %s %s->%s" % (x["type"], x["from"][0], x["to"][0]))
        # articles are 550-700 words including page junk
        if folder == "articles":
            nw = len(t.split())
            if not 550 <= nw <= 700:
                err(d, "article has %d words, outside 550-700" % nw)
        # wire items are one or two sentences (dateline excluded)
        if folder == "sentences":
            body = t.split(" - ", 1)[-1].strip()
            ns = len(re.findall(r"[.!?](?:\s+(?=[A-Z\"])|\s*$)", body))
            if not 1 <= ns <= 2:
                err(d, "wire item has %d sentences, not 1-2" % ns)
        for f in g["facts"]:
            TYPES[f["type"]] = TYPES.get(f["type"], 0) + 1
        # forbidden
        bad = S.names(g["forbidden_entities"])
        for b in g["forbidden_entities"]:
            stats["forbidden"] += 1
            probe_keys = S.ent_keys(dict(canon(b), kind=canon(b).get("kind", "organization")))
            if not any(n in bad or any(n.startswith(x + " ") or n.endswith(" " + x) for x in bad if len(x) > 4)
                       for n in probe_keys):
                err(d, "forbidden name would not register as junk: %s" % b)
            check_iso(d, [b])
            if not findable(b, ntext):
                err(d, "forbidden name not findable: %s" % b)
            for bk in S.names([b]):
                for gk in gold_names:
                    if bk == gk or (len(bk) > 4 and (gk.startswith(bk + " ") or gk.endswith(" " + bk))):
                        err(d, "forbidden %s clashes with gold name %s" % (b, gk))
    return stats


def write_probes(all_docs):
    with open("/tmp/heldout34-empty.jsonl", "w") as fe, open("/tmp/heldout34-synthetic.jsonl", "w") as fs, \
            open("/tmp/heldout34-junkprobe.jsonl", "w") as fj:
        for folder, docs in all_docs.items():
            for base, g, m, t in docs:
                docname = os.path.join(folder, os.path.basename(base) + ".txt")
                fe.write(json.dumps({"doc": docname, "published": g["published"], "entities": [], "facts": []}) + "\n")
                ents = []
                for e in g["entities"]:
                    r = canon(e["name"][0])
                    r["kind"] = e["kind"]
                    r["aliases"] = [canon(n)["name"] for n in e["name"][1:]]
                    ents.append(r)
                facts = []
                for f in g["facts"]:
                    facts.append({"type": f["type"], "from": canon(f["from"][0]), "to": canon(f["to"][0]),
                                  "date": f.get("date"), "modality": f.get("modality", "asserted"),
                                  "attributed_to": f.get("attributed_to")})
                fs.write(json.dumps({"doc": docname, "published": g["published"], "entities": ents,
                                     "facts": facts}, ensure_ascii=False) + "\n")
                junk = []
                for b in g["forbidden_entities"]:
                    r = canon(b)
                    r.setdefault("kind", "organization")
                    junk.append(r)
                fj.write(json.dumps({"doc": docname, "published": g["published"], "entities": junk,
                                     "facts": []}, ensure_ascii=False) + "\n")


def run(folder, pred):
    out = subprocess.run([sys.executable, SCORE, "--gold", os.path.join(ROOT, folder), "--pred", pred],
                         capture_output=True, text=True).stdout
    r = {}
    m = re.search(r"recall (\d+)/(\d+) = [\d.]+; junk entities: (\d+)", out)
    r["ent_found"], r["ent_total"], r["junk"] = int(m.group(1)), int(m.group(2)), int(m.group(3))
    m = re.search(r"dates: (\d+)/(\d+)", out)
    r["dates_ok"], r["dates_total"] = int(m.group(1)), int(m.group(2))
    r["f1"] = float(re.search(r"fact F1 ([\d.]+)", out).group(1))
    r["docs"] = re.search(r"documents: (.*)", out).group(1)
    return r, out


def main():
    all_docs = {f: load(f) for f in FOLDERS}
    stats = {f: lint(f, all_docs[f]) for f in FOLDERS}
    write_probes(all_docs)
    print("%-10s %5s %6s %6s %7s %10s %8s %6s" % ("folder", "docs", "facts", "ents", "ignore", "forbidden", "alleged", "dated"))
    for f in FOLDERS:
        s = stats[f]
        print("%-10s %5d %6d %6d %7d %10d %8d %6d" % (f, s["docs"], s["facts"], s["ents"], s["ignore"], s["forbidden"], s["alleged"], s["dated"]))
    print()
    print("%-10s %-10s %8s %12s %6s %8s" % ("folder", "probe", "fact F1", "ent recall", "junk", "dates"))
    for f in FOLDERS:
        for probe in ("empty", "synthetic", "junkprobe"):
            r, out = run(f, "/tmp/heldout34-%s.jsonl" % probe)
            print("%-10s %-10s %8.3f %12s %6d %8s" % (f, probe, r["f1"], "%d/%d" % (r["ent_found"], r["ent_total"]),
                                                    r["junk"], "%d/%d" % (r["dates_ok"], r["dates_total"])))
            if "missing" in r["docs"]:
                err(f, probe + " probe: documents missing: " + r["docs"])
            if probe == "empty" and (r["f1"] != 0 or r["ent_found"] != 0 or r["junk"] != 0):
                err(f, "empty probe scores above zero")
            if probe == "synthetic":
                if r["f1"] != 1.0 or r["ent_found"] != r["ent_total"] or r["junk"] != 0 \
                        or r["dates_ok"] != r["dates_total"] or r["dates_total"] != stats[f]["dated"]:
                    err(f, "synthetic probe not perfect:\n" + out)
            if probe == "junkprobe":
                if stats[f]["forbidden"] and r["junk"] < stats[f]["forbidden"]:
                    err(f, "junk probe shows %d junk for %d forbidden names" % (r["junk"], stats[f]["forbidden"]))
                if r["f1"] != 0 or r["ent_found"] != 0:
                    err(f, "junk probe matched gold")
    print()
    print("facts by type: " + ", ".join("%s %d" % (k, v) for k, v in sorted(TYPES.items(), key=lambda x: (-x[1], x[0]))))
    print()
    print("%d accepted alias variants not literally in their text (see --verbose)" % len(info))
    if "--verbose" in sys.argv:
        for i in info:
            print("  " + i)
    if errors:
        for e in errors:
            print("ERROR " + e)
        print("SELF-CHECK FAILED (%d errors)" % len(errors))
        return 1
    print("SELF-CHECK PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
