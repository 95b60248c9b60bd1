// explore-lib.js holds the explorer's pure helpers (no DOM state, no requests): dates and
// time buckets, the grouping of parallel edges into relations, byte offsets, the marking of
// the words behind a fact in its sentence, and the SVG and CSV exports. explore.js uses them
// through window.geokgLib.
(function () {
  'use strict';

  // ---- dates ----
  var DATE_RE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

  // dateStart and dateEnd turn "YYYY", "YYYY-MM" or "YYYY-MM-DD" into comparable strings
  // covering the whole period the date names.
  function dateStart(d) {
    return d.length === 4 ? d + '-01-01' : d.length === 7 ? d + '-01' : d;
  }
  function dateEnd(d) {
    if (d.length === 4) {
      return d + '-12-31';
    }
    if (d.length === 7) {
      var y = +d.slice(0, 4);
      var m = +d.slice(5, 7);
      return d + '-' + pad2(new Date(Date.UTC(y, m, 0)).getUTCDate());
    }
    return d;
  }
  function pad2(n) {
    return (n < 10 ? '0' : '') + n;
  }
  function isoDay(t) {
    var d = new Date(t);
    return d.getUTCFullYear() + '-' + pad2(d.getUTCMonth() + 1) + '-' + pad2(d.getUTCDate());
  }
  function dayTime(s) {
    return Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10));
  }

  // bucketOf returns the start day ("YYYY-MM-DD") of the week (Monday) or month holding day.
  function bucketOf(day, unit) {
    if (unit === 'month') {
      return day.slice(0, 7) + '-01';
    }
    var t = dayTime(day);
    var dow = (new Date(t).getUTCDay() + 6) % 7; // Monday = 0
    return isoDay(t - dow * 86400000);
  }
  // nextBucket returns the start of the bucket after b.
  function nextBucket(b, unit) {
    if (unit === 'month') {
      var y = +b.slice(0, 4);
      var m = +b.slice(5, 7);
      return isoDay(Date.UTC(y, m, 1));
    }
    return isoDay(dayTime(b) + 7 * 86400000);
  }
  // bucketEnd returns the last day of bucket b.
  function bucketEnd(b, unit) {
    return isoDay(dayTime(nextBucket(b, unit)) - 86400000);
  }
  // buckets lists every bucket from the one holding first to the one holding last, at most max.
  function buckets(first, last, unit, max) {
    var out = [];
    var b = bucketOf(first, unit);
    var end = bucketOf(last, unit);
    while (b <= end && out.length < max) {
      out.push(b);
      b = nextBucket(b, unit);
    }
    return out;
  }

  // ---- relations ----
  // SYMMETRIC relation types read the same both ways (ONTOLOGY.md).
  var SYMMETRIC = { met: true, agreed: true, cooperated: true };

  function lower(s) {
    return String(s || '').toLowerCase();
  }

  // relationKey names the line an edge is drawn on: one per unordered pair and type.
  function relationKey(e) {
    var a = e.from.id;
    var b = e.to.id;
    return (a < b ? a + '|' + b : b + '|' + a) + '|' + lower(e.type);
  }

  var MODALITY_RANK = { asserted: 0, alleged: 1, speculative: 2, negated: 3 };

  // groupRelations merges edges into relations: {key, type, source, target, edges, count,
  // forward, backward, modality, first, last, documents}. source and target are the pair in
  // key order; forward and backward say which directions the edges run. The modality drawn
  // is the most certain one among the edges.
  function groupRelations(edges) {
    var byKey = new Map();
    edges.forEach(function (e) {
      var k = relationKey(e);
      var r = byKey.get(k);
      if (!r) {
        var a = e.from.id < e.to.id ? e.from.id : e.to.id;
        r = {
          key: k, type: lower(e.type), source: a, target: a === e.from.id ? e.to.id : e.from.id,
          edges: [], forward: false, backward: false, modality: 'negated', first: '', last: '', docs: new Set()
        };
        byKey.set(k, r);
      }
      r.edges.push(e);
      if (e.from.id === r.source) {
        r.forward = true;
      } else {
        r.backward = true;
      }
      var m = lower(e.modality);
      if (MODALITY_RANK[m] < MODALITY_RANK[r.modality]) {
        r.modality = m;
      }
      if (e.date) {
        if (!r.first || dateStart(e.date) < dateStart(r.first)) {
          r.first = e.date;
        }
        if (!r.last || dateStart(e.date) > dateStart(r.last)) {
          r.last = e.date;
        }
      }
      (e.sources || []).forEach(function (s) {
        if (s.document) {
          r.docs.add(s.document.id);
        }
      });
    });
    var out = Array.from(byKey.values());
    out.forEach(function (r) {
      r.count = r.edges.length;
      r.documents = r.docs.size;
      r.symmetric = !!SYMMETRIC[r.type];
    });
    return out;
  }

  // sentenceGroups groups the sources of edges by sentence text: [{sentence, copies, items}],
  // items being {edge, source}, most copied first. copies counts distinct documents.
  function sentenceGroups(edges) {
    var by = new Map();
    edges.forEach(function (e) {
      (e.sources || []).forEach(function (s) {
        var k = s.sentence.trim();
        var g = by.get(k);
        if (!g) {
          g = { sentence: s.sentence, items: [], docs: new Set() };
          by.set(k, g);
        }
        g.items.push({ edge: e, source: s });
        g.docs.add(s.document ? s.document.id : '');
      });
    });
    var out = Array.from(by.values());
    out.forEach(function (g) { g.copies = g.docs.size; });
    out.sort(function (a, b) { return b.copies - a.copies || (a.sentence < b.sentence ? -1 : 1); });
    return out;
  }

  // ---- byte offsets ----
  // charIndexer returns a function from a UTF-8 byte offset in text to the index of the
  // JavaScript (UTF-16) character there: Mention start and end are byte offsets.
  function charIndexer(text) {
    var map = [];
    var b = 0;
    for (var i = 0; i < text.length; i++) {
      var c = text.codePointAt(i);
      var n = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
      for (var k = 0; k < n; k++) {
        map[b + k] = i;
      }
      b += n;
      if (c >= 0x10000) {
        i++;
      }
    }
    map[b] = text.length;
    return function (off) {
      if (off <= 0) {
        return 0;
      }
      return off >= map.length ? text.length : map[off];
    };
  }

  // ---- the words behind a fact ----
  // TRIGGERS are the word stems the extractor reads as each relation type (after
  // loader/lexicon.go). The store keeps the sentence of a fact but not the offsets of its
  // trigger word, so the explorer finds the trigger again in the sentence with these.
  var TRIGGERS = {
    visited: 'visit|tour|arriv|land(?:ed|s)\\b|travel|came|come|flew|fly|flies|went|goes|headed|journey|trip|stopover|stops? in|left for|set off|host|welcom',
    met: 'met\\b|meet|phoned|telephon|confer|negotiat|talk|spoke|speak|summit|call|conversation|consultation|shook hands|shake|sat down',
    accused: 'accus|blam|allegation',
    supplied: 'suppl|provid|deliver|send|sent\\b|shipp|shipment|transfer|give|gave|given|giving|export|sell|sold|donat|arm(?:ed|ing)\\b|sale|aid\\b|assistance|receiv|procur|obtain|acquir|import|buy|bought|purchas',
    warned: 'warn|caution|concern|alarm|threat',
    urged: 'urg|press|encourag|implor|exhort|demand|call(?:ed|s|ing)? (?:for|on|upon)|appeal|ask',
    criticized: 'critic|condemn|slam|denounc|rebuk|decr|censur|lambast|blast|deplor|castigat|chid|assail|berat|reprimand|protest|representations|complaint|hit(?:s)? out|lashe?[ds]? out|t[oa]o?k(?:es)? aim',
    sanctioned: 'sanction|blacklist|designat|block|embargo',
    invaded: 'invad|invasion|occup|annex|seiz|captur',
    attacked: 'attack|strik|struck|bomb|shell|raid|hit|target|assault|ram(?:med|ming|s)?\\b|fir(?:e|ed|es|ing)\\b|launch|missile|rocket|drone|airstrike|offensive|aggression|incursion|war\\b',
    threatened: 'threat|retaliat|vow',
    agreed: 'agre|sign|conclud|inked|seal|clinch|finali|deal|pact|treaty|accord',
    cooperated: 'cooperat|co-operat|collaborat|partner|alliance|ties|relations|joint|team|join|work|coordinat'
  };
  var triggerRE = {};
  Object.keys(TRIGGERS).forEach(function (t) {
    triggerRE[t] = new RegExp('\\b(?:' + TRIGGERS[t] + ')[\\w-]*', 'gi');
  });

  function escapeRE(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }

  // factSpans finds, in sentence, the names of the fact's two entities (class "arg") and its
  // trigger words (class "trigger"): [{start, end, cls}] in order, without overlaps. names
  // lists every name and alias of the two entities.
  function factSpans(sentence, type, names) {
    var spans = [];
    var sorted = names.filter(function (n) { return n && n.length > 1; })
      .sort(function (a, b) { return b.length - a.length; });
    sorted.forEach(function (n) {
      // An acronym ("US", "UN") matches in its own case only: "told us" names nobody.
      var flags = /^[A-Z0-9]{2,5}$/.test(n) ? 'g' : 'gi';
      var re = new RegExp('(^|[^\\w])(' + escapeRE(n) + ')(?=$|[^\\w])', flags);
      var m;
      while ((m = re.exec(sentence)) !== null) {
        var s = m.index + m[1].length;
        spans.push({ start: s, end: s + m[2].length, cls: 'arg' });
        re.lastIndex = s + m[2].length;
      }
    });
    var tre = triggerRE[lower(type)];
    var triggers = [];
    if (tre) {
      tre.lastIndex = 0;
      var m2;
      while ((m2 = tre.exec(sentence)) !== null) {
        triggers.push({ start: m2.index, end: m2.index + m2[0].length, cls: 'trigger' });
      }
    }
    var args = dropOverlaps(spans);
    // Of several trigger candidates, keep those between the two names when there are any.
    var inner = triggers.filter(function (t) {
      return args.length >= 2 && t.start >= args[0].end && t.end <= args[args.length - 1].start;
    });
    var kept = (inner.length ? inner : triggers).filter(function (t) {
      return !args.some(function (a) { return t.start < a.end && a.start < t.end; });
    });
    return dropOverlaps(args.concat(kept));
  }

  // dropOverlaps sorts spans by start and drops any span that overlaps an earlier kept one
  // (names were pushed longest first, so the longest name wins).
  function dropOverlaps(spans) {
    var kept = [];
    spans.forEach(function (s) {
      if (!kept.some(function (k) { return s.start < k.end && k.start < s.end; })) {
        kept.push(s);
      }
    });
    return kept.sort(function (a, b) { return a.start - b.start; });
  }

  // markedFragment builds a DocumentFragment of text with <mark class=cls> around each span.
  function markedFragment(doc, text, spans) {
    var frag = doc.createDocumentFragment();
    var at = 0;
    spans.forEach(function (s) {
      if (s.start > at) {
        frag.appendChild(doc.createTextNode(text.slice(at, s.start)));
      }
      var mk = doc.createElement('mark');
      mk.className = s.cls;
      mk.textContent = text.slice(s.start, s.end);
      frag.appendChild(mk);
      at = s.end;
    });
    if (at < text.length) {
      frag.appendChild(doc.createTextNode(text.slice(at)));
    }
    return frag;
  }

  // ---- exports ----
  function xmlEscape(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }[c];
    });
  }

  var DASHES = { alleged: '6 3', speculative: '2 3' };

  // svgDocument draws the view as standalone SVG. view is {nodes: [{id, name, x, y, size,
  // color}], lines: [{x1, y1, x2, y2, cx, cy, width, color, modality, label}], bg, fg, bbox};
  // cx, cy is the control point of a bent line, absent for a straight one.
  function svgDocument(view) {
    var pad = 40;
    var b = view.bbox;
    var w = Math.max(1, Math.ceil(b.w + 2 * pad));
    var h = Math.max(1, Math.ceil(b.h + 2 * pad));
    var ox = pad - b.x1;
    var oy = pad - b.y1;
    var out = [];
    out.push('<?xml version="1.0" encoding="UTF-8"?>');
    out.push('<svg xmlns="http://www.w3.org/2000/svg" width="' + w + '" height="' + h + '" viewBox="0 0 ' + w + ' ' + h +
      '" font-family="sans-serif">');
    out.push('<rect width="100%" height="100%" fill="' + xmlEscape(view.bg) + '"/>');
    out.push('<g class="edges">');
    view.lines.forEach(function (l) {
      var dash = DASHES[l.modality] ? ' stroke-dasharray="' + DASHES[l.modality] + '"' : '';
      var d = 'M' + fx(l.x1 + ox) + ' ' + fx(l.y1 + oy);
      var mx = (l.x1 + l.x2) / 2;
      var my = (l.y1 + l.y2) / 2;
      if (l.cx !== undefined) {
        // a bundled line bends through its control point; its label sits on the curve
        d += ' Q' + fx(l.cx + ox) + ' ' + fx(l.cy + oy);
        mx = (l.x1 + 2 * l.cx + l.x2) / 4;
        my = (l.y1 + 2 * l.cy + l.y2) / 4;
      }
      d += ' ' + fx(l.x2 + ox) + ' ' + fx(l.y2 + oy);
      out.push('<path d="' + d + '" fill="none" stroke="' + xmlEscape(l.color) + '" stroke-width="' + fx(l.width) + '"' + dash +
        '><title>' + xmlEscape(l.label) + '</title></path>');
      out.push('<text x="' + fx(mx + ox) + '" y="' + fx(my + oy) +
        '" font-size="9" text-anchor="middle" fill="' + xmlEscape(view.fg) + '">' + xmlEscape(l.label) + '</text>');
    });
    out.push('</g><g class="nodes">');
    view.nodes.forEach(function (n) {
      out.push('<g class="node" data-id="' + xmlEscape(n.id) + '"><circle cx="' + fx(n.x + ox) + '" cy="' + fx(n.y + oy) +
        '" r="' + fx(n.size / 2) + '" fill="' + xmlEscape(n.color) + '"/><text x="' + fx(n.x + ox) + '" y="' +
        fx(n.y + oy + n.size / 2 + 12) + '" font-size="11" text-anchor="middle" fill="' + xmlEscape(view.fg) + '">' +
        xmlEscape(n.name) + '</text></g>');
    });
    out.push('</g></svg>');
    return out.join('\n');
  }
  function fx(n) {
    return (Math.round(n * 10) / 10).toString();
  }

  function csvField(v) {
    var s = v === null || v === undefined ? '' : String(v);
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }

  var CSV_COLUMNS = ['edge_id', 'type', 'from_id', 'from_name', 'to_id', 'to_name', 'date', 'modality', 'confidence',
    'attributed_to', 'document_id', 'document_title', 'document_source', 'document_published', 'document_url',
    'sentence', 'start', 'end'];

  // csvDocument writes one row per (edge, source); an edge without source gets one row.
  function csvDocument(edges, nameOf) {
    var rows = [CSV_COLUMNS.join(',')];
    edges.forEach(function (e) {
      var base = [e.id, lower(e.type), e.from.id, nameOf(e.from.id), e.to.id, nameOf(e.to.id), e.date || '',
        lower(e.modality), e.confidence, e.attributedTo ? e.attributedTo.id : ''];
      var srcs = e.sources && e.sources.length ? e.sources : [null];
      srcs.forEach(function (s) {
        var d = (s && s.document) || {};
        var row = base.concat([d.id || '', d.title || '', d.source || '', d.published || '', d.url || '',
          s ? s.sentence : '', s ? s.start : '', s ? s.end : '']);
        rows.push(row.map(csvField).join(','));
      });
    });
    return rows.join('\r\n') + '\r\n';
  }

  window.geokgLib = Object.freeze({
    DATE_RE: DATE_RE,
    dateStart: dateStart,
    dateEnd: dateEnd,
    bucketOf: bucketOf,
    bucketEnd: bucketEnd,
    buckets: buckets,
    relationKey: relationKey,
    groupRelations: groupRelations,
    sentenceGroups: sentenceGroups,
    charIndexer: charIndexer,
    factSpans: factSpans,
    markedFragment: markedFragment,
    svgDocument: svgDocument,
    csvDocument: csvDocument,
    lower: lower
  });
})();
