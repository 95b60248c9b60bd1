#!/usr/bin/env python3
"""Build every gold/meta file from tools/specs/*.py; then optionally make the synthetic prediction."""
import glob, json, os, runpy, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gold_dsl

ok = True
for spec in sorted(glob.glob(os.path.join(HERE, "specs", "*.py"))):
    runpy.run_path(spec, init_globals={k: getattr(gold_dsl, k) for k in ("doc", "E", "F", "A", "I", "X")})
    ok &= gold_dsl.write()
print("ALL OK" if ok else "PROBLEMS FOUND")
