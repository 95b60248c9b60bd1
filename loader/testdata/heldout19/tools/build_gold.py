#!/usr/bin/env python3
"""Write NAME.meta.json and NAME.gold.json for every document defined under tools/defs/."""
import importlib, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(HERE, "defs")]
from dsl import write
OUT = os.path.dirname(HERE)
mods = sorted(f[:-3] for f in os.listdir(os.path.join(HERE, "defs")) if f.endswith(".py"))
n = 0
for m in mods:
    mod = importlib.import_module(m)
    docs = getattr(mod, "DOCS", None) or [dict(NAME=mod.NAME, PUB=mod.PUB, TITLE=mod.TITLE, SOURCE=mod.SOURCE,
                                                ENT=mod.ENT, FORBID=mod.FORBID, FACTS=mod.FACTS, IGN=mod.IGN)]
    for d in docs:
        write(OUT, mod.SUB, d["NAME"], d["PUB"], d["TITLE"], d["SOURCE"], d["ENT"], d["FORBID"], d["FACTS"], d["IGN"])
        n += 1
print("wrote", n, "documents")
