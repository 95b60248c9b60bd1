#!/usr/bin/env python3
"""Lint the heldout27 gold files and build empty / synthetic predictions for score.py.

Checks: meta and gold agree on the publication date (2026, before 2026-12-01); every iso3 code is in
states.json; fact dates parse and are not after publication; alleged facts carry attributed_to; types are
scored types; ignore entries carry a why; each entity, fact slot and forbidden name is findable in the text.
Writes /tmp/heldout27-empty.jsonl and /tmp/heldout27-synthetic.jsonl, then runs score.py on each folder
for both and checks empty -> 0 and synthetic -> F1 1.000, junk 0, all dates right.
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
SCORE = '/work/shared/eval/score.py'
spec = importlib.util.spec_from_file_location('score', SCORE)
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)
STATES = score.STATES
FOLDERS = ['articles', 'govdocs', 'sentences']
EMPTY, SYNTH = '/tmp/heldout27-empty.jsonl', '/tmp/heldout27-synthetic.jsonl'
PROBE = '/tmp/heldout27-junkprobe.jsonl'  # every forbidden name predicted as an entity: junk must be >= the forbidden count (a state counts by name and code)

# Evidence a state is named in a text beyond its states.json names: demonyms and capitals used as actors.
DEMONYMS = {
    'GUY': ['Guyanese', 'Georgetown'], 'VEN': ['Venezuelan', 'Caracas'], 'BRA': ['Brazilian', 'Brasília'],
    'USA': ['US', 'United States', 'Washington'], 'TTO': ['Trinidad and Tobago'], 'IDN': ['Indonesian', 'Jakarta'],
    'CHN': ['Chinese', 'Beijing'], 'MYS': ['Malaysian'], 'VNM': ['Vietnamese'], 'PHL': ['Philippines', 'Philippine'],
    'JPN': ['Japanese'], 'UZB': ['Uzbek', 'Tashkent'], 'AFG': ['Afghan', 'Kabul'], 'TKM': ['Turkmen'],
    'TJK': ['Tajik'], 'PAK': ['Pakistani'], 'KAZ': ['Kazakh'], 'QAT': ['Qatari'], 'IRN': ['Iranian', 'Tehran'],
    'YEM': ['Yemeni'], 'SAU': ['Saudi', 'Riyadh'], 'KWT': ['Kuwaiti'], 'BHR': ['Bahraini'], 'OMN': ['Omani'],
    'ISR': ['Israeli'], 'ARE': ['UAE'], 'MHL': ['Marshall Islands'], 'LBN': ['Lebanese'], 'SRB': ['Serbian', 'Belgrade'],
    'XKX': ['Kosovo', 'Pristina'], 'ALB': ['Albanian'], 'HRV': ['Croatian'], 'COD': ['DR Congo', 'DRC', 'Congolese', 'Kinshasa'],
    'RWA': ['Rwandan', 'Kigali'], 'KEN': ['Kenyan'], 'BDI': ['Burundian'], 'UGA': ['Ugandan'], 'NOR': ['Norwegian'],
    'ISL': ['Icelandic'], 'FIN': ['Finnish'], 'RUS': ['Russian', 'Moscow'], 'UKR': ['Ukrainian'], 'SEN': ['Senegalese'],
    'MRT': ['Mauritanian'], 'MLI': ['Malian'], 'LTU': ['Lithuanian'], 'BLR': ['Belarusian', 'Minsk'], 'POL': ['Polish'],
    'LVA': ['Latvian'], 'PNG': ['Papua New Guinea'], 'PRK': ['North Korea'], 'AUS': ['Australian'], 'SDN': ['Sudanese'],
    'HTI': ['Haitian'], 'SSD': ['South Sudan'], 'ECU': ['Ecuadorian'], 'KGZ': ['Kyrgyz'], 'LAO': ['Lao'], 'KHM': ['Cambodian'],
    'KOR': ['South Korean'], 'MNG': ['Mongolian'], 'IND': ['Indian'], 'ETH': ['Ethiopian'], 'SOM': ['Somali'],
    'BGD': ['Bangladeshi'], 'AZE': ['Azerbaijani'], 'ARM': ['Armenian'], 'FJI': ['Fijian'], 'NZL': ['New Zealand'],
    'COL': ['Colombian'], 'BOL': ['Bolivian'], 'MNE': ['Montenegrin'], 'BGR': ['Bulgarian'], 'ROU': ['Romanian'],
    'MKD': ['North Macedonia'], 'TZA': ['Tanzanian'], 'ZMB': ['Zambian'],
}
errors, warnings = [], []


def err(msg):
    errors.append(msg)


def warn(msg):
    warnings.append(msg)


def found(name, ntext):
    n = score.norm(name)
    if not n:
        return False
    return re.search(r'(?<!\w)' + re.escape(n) + r'(?!\w)', ntext) is not None


def state_found(code, ntext):
    return any(found(n, ntext) for n in STATES.get(code, []) + DEMONYMS.get(code, []))


def any_found(alts, ntext):
    for a in alts:
        if a.lower().startswith('iso3:'):
            if state_found(a[5:].upper(), ntext):
                return True
        elif found(a, ntext):
            return True
    return False


def check_iso(alts, where):
    for a in alts:
        if isinstance(a, str) and a.lower().startswith('iso3:') and a[5:].upper() not in STATES:
            err(f'{where}: unknown iso3 code {a}')


def parse_date(s):
    m = re.fullmatch(r'(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?', s or '')
    if not m:
        return None
    try:
        y, mo, d = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
        return datetime.date(y, mo, d), 'day' if m.group(3) else 'month' if m.group(2) else 'year'
    except ValueError:
        return None


def pred_ent(alts):
    first = alts[0]
    if first.lower().startswith('iso3:'):
        code = first[5:].upper()
        return {'id': 'state:' + code, 'name': STATES[code][0], 'kind': 'state'}
    return {'name': first}


def main():
    empty, synth, probe, stats = [], [], [], {}
    for folder in FOLDERS:
        st = stats.setdefault(folder, dict(docs=0, facts=0, entities=0, ignore=0, forbidden=0, alleged=0, dated=0))
        for gpath in sorted(glob.glob(os.path.join(ROOT, folder, '*.gold.json'))):
            base = gpath[:-len('.gold.json')]
            name = os.path.basename(base)
            g = json.load(open(gpath, encoding='utf-8'))
            where = f'{folder}/{name}'
            if not os.path.exists(base + '.txt') or not os.path.exists(base + '.meta.json'):
                err(f'{where}: missing .txt or .meta.json')
                continue
            text = open(base + '.txt', encoding='utf-8').read()
            ntext = score.norm(text)
            meta = json.load(open(base + '.meta.json', encoding='utf-8'))
            if g.get('doc') != name + '.txt':
                err(f'{where}: doc field {g.get("doc")}')
            pub = g.get('published')
            if meta.get('published') != pub:
                err(f'{where}: meta published {meta.get("published")} != gold {pub}')
            if not meta.get('title') or not meta.get('source'):
                err(f'{where}: meta lacks title or source')
            pub_d = datetime.date.fromisoformat(pub)
            if not (datetime.date(2026, 1, 1) <= pub_d < datetime.date(2026, 12, 1)):
                err(f'{where}: published {pub} out of range')
            if set(g) != {'doc', 'published', 'source', 'entities', 'forbidden_entities', 'facts', 'ignore'}:
                err(f'{where}: keys {sorted(g)}')
            st['docs'] += 1
            st['facts'] += len(g['facts'])
            st['entities'] += len(g['entities'])
            st['ignore'] += len(g['ignore'])
            st['forbidden'] += len(g['forbidden_entities'])
            gold_keys = set()
            for e in g['entities']:
                check_iso(e['name'] + e.get('country', []), where)
                if e['kind'] not in ('person', 'state', 'organization', 'place'):
                    err(f'{where}: entity kind {e["kind"]}')
                if not any_found(e['name'], ntext):
                    err(f'{where}: entity not findable: {e["name"][0]}')
                for a in e['name'][1:]:
                    if not a.lower().startswith('iso3:') and not found(a, ntext):
                        warn(f'{where}: alias not in text (accepted variant): {a}')
                gold_keys |= score.names(e['name'])
            check_iso(g['forbidden_entities'], where)
            for fb in g['forbidden_entities']:
                if not any_found([fb], ntext):
                    err(f'{where}: forbidden name not in text: {fb}')
                clash = score.names(fb) & gold_keys
                if clash:
                    err(f'{where}: forbidden {fb} clashes with a gold entity {clash}')
            for kind in ('facts', 'ignore'):
                for f in g[kind]:
                    tag = f'{where} {kind} {f["from"][0]} -{f["type"]}-> {f["to"][0]}'
                    if f['type'] not in score.SCORED_TYPES:
                        err(f'{tag}: type not scored')
                    for slot in ('from', 'to'):
                        check_iso(f[slot], tag)
                        if not any_found(f[slot], ntext):
                            err(f'{tag}: {slot} slot not findable')
                        if kind == 'facts' and not (score.names(f[slot]) & gold_keys):
                            warn(f'{tag}: {slot} slot names no gold entity')
                    if kind == 'ignore':
                        if not f.get('why'):
                            err(f'{tag}: ignore without why')
                        continue
                    if 'date' in f:
                        pd = parse_date(f['date'])
                        if not pd:
                            err(f'{tag}: bad date {f["date"]}')
                        elif pd[0] > pub_d:
                            err(f'{tag}: date {f["date"]} after publication {pub}')
                        tol = f.get('date_tolerance_days')
                        if not isinstance(tol, int) or tol < 0:
                            err(f'{tag}: bad tolerance {tol}')
                        st['dated'] += 1
                    mod = f.get('modality', 'asserted')
                    if mod not in ('asserted', 'alleged'):
                        err(f'{tag}: gold modality {mod}')
                    if mod == 'alleged':
                        st['alleged'] += 1
                        if not f.get('attributed_to'):
                            err(f'{tag}: alleged without attributed_to')
                        elif not found(f['attributed_to'], ntext):
                            err(f'{tag}: attributed_to not in text')
            # predictions
            empty.append({'doc': name + '.txt', 'published': pub, 'entities': [], 'facts': []})
            ents = []
            for e in g['entities']:
                first = e['name'][0]
                aliases = []
                for a in e['name']:
                    if a.lower().startswith('iso3:'):
                        aliases += STATES[a[5:].upper()]
                    else:
                        aliases.append(a)
                rec = {'name': first, 'kind': e['kind'], 'aliases': aliases, 'country': None, 'roles': [], 'codes': {}}
                if first.lower().startswith('iso3:'):
                    code = first[5:].upper()
                    rec.update(id='state:' + code, name=STATES[code][0], codes={'iso3': code})
                    rec['aliases'] = [a for a in aliases if a != rec['name']]
                ents.append(rec)
            facts = []
            for f in g['facts']:
                pdp = parse_date(f.get('date')) if f.get('date') else None
                facts.append({'type': f['type'], 'from': pred_ent(f['from']), 'to': pred_ent(f['to']),
                              'date': f.get('date'), 'date_precision': pdp[1] if pdp else None,
                              'modality': f.get('modality', 'asserted'), 'attributed_to': f.get('attributed_to'),
                              'confidence': 1.0})
            probe.append({'doc': name + '.txt', 'published': pub, 'facts': [], 'entities': [
                {'name': STATES[fb[5:].upper()][0], 'kind': 'state', 'id': 'state:' + fb[5:].upper()}
                if fb.lower().startswith('iso3:') else {'name': fb, 'kind': 'organization'}
                for fb in g['forbidden_entities']]})
            synth.append({'doc': name + '.txt', 'published': pub, 'title': meta.get('title'), 'entities': ents, 'facts': facts})
    for path, recs in ((EMPTY, empty), (SYNTH, synth), (PROBE, probe)):
        with open(path, 'w', encoding='utf-8') as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False) + '\n')

    print('== lint')
    for w in warnings:
        print('  warn ', w)
    for e in errors:
        print('  ERROR', e)
    print(f'  {len(errors)} errors, {len(warnings)} warnings')
    print('== counts')
    print('  %-10s %5s %6s %9s %7s %10s %8s %6s' % ('folder', 'docs', 'facts', 'entities', 'ignore', 'forbidden', 'alleged', 'dated'))
    for folder, s in stats.items():
        print('  %-10s %5d %6d %9d %7d %10d %8d %6d' % (folder, s['docs'], s['facts'], s['entities'], s['ignore'],
                                                       s['forbidden'], s['alleged'], s['dated']))
    print('== score.py')
    ok = not errors
    for folder in FOLDERS:
        for label, path in (('empty', EMPTY), ('synthetic', SYNTH), ('junkprobe', PROBE)):
            out = subprocess.run([sys.executable, SCORE, '--gold', os.path.join(ROOT, folder), '--pred', path, '--verbose'],
                                 capture_output=True, text=True).stdout
            f1 = float(re.search(r'fact F1 ([\d.]+)', out).group(1))
            junk = int(re.search(r'junk entities: (\d+)', out).group(1))
            ent = re.search(r'entities: recall (\d+)/(\d+)', out)
            dates = re.search(r'dates: (\d+)/(\d+)', out)
            line = f'  {folder:10s} {label:10s} F1 {f1:.3f}  entities {ent.group(1)}/{ent.group(2)}  junk {junk}  dates {dates.group(1)}/{dates.group(2)}'
            print(line)
            if label == 'junkprobe':
                good = junk >= stats[folder]['forbidden'] and f1 == 0
            elif label == 'empty':
                good = f1 == 0 and ent.group(1) == '0' and junk == 0
            else:
                good = (f1 == 1.0 and junk == 0 and ent.group(1) == ent.group(2) and dates.group(1) == dates.group(2))
            if not good:
                ok = False
                print(out)
    print('SELF-CHECK', 'PASSED' if ok else 'FAILED')
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
