#!/usr/bin/env python3
import json, os
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = json.load(open(os.path.join(OUT, "tools/selfcheck/counts.json")))
empty = open(os.path.join(OUT, "tools/selfcheck/empty.out")).read().strip()
synth = open(os.path.join(OUT, "tools/selfcheck/synthetic.out")).read().strip()
tbl = ["| document | style / source | region | published | words | entities | facts (alleged) | ignore |",
       "|---|---|---|---|---:|---:|---:|---:|"]
tot = {}
for r in rows:
    path, src, style, region, pub, w, ne, nf, na, ni = r
    tbl.append(f"| {path} | {style} / {src} | {region} | {pub} | {w} | {ne} | {nf} ({na}) | {ni} |")
    grp = path.split("/")[0]
    t = tot.setdefault(grp, [0, 0, 0, 0, 0, 0])
    for i, v in enumerate((1, w, ne, nf, na, ni)):
        t[i] += v
allt = [sum(t[i] for t in tot.values()) for i in range(6)]
for g, t in list(tot.items()) + [("**total**", allt)]:
    tbl.append(f"| {g} ({t[0]} docs) | | | | {t[1]} | {t[2]} | {t[3]} ({t[4]}) | {t[5]} |")
readme = open(os.path.join(OUT, "tools/README.template.md")).read()
readme = readme.replace("{{TABLE}}", "\n".join(tbl)).replace("{{EMPTY}}", empty).replace("{{SYNTH}}", synth)
open(os.path.join(OUT, "README.md"), "w").write(readme)
print("\n".join(tbl))
