// explore.js drives the graph explorer (/explore). It keeps three things apart:
//   - store: what the server answered (entities, edges with their sources, neighborhoods);
//   - view: what the analyst chose to see (nodes shown, nodes expanded, pins, focus), which
//     lives in the URL together with the filters, so back, forward and shared links work;
//   - the drawing: cytoscape with the fcose layout, one line per (pair, relation type).
// The side panel mirrors the drawing as lists (connections, entities) that work by keyboard;
// it also holds the focused entity's actions, its entity page, a relation's evidence and the
// path finder's hops. A timeline under the graph shows the focus's events per week or month
// and filters the graph by brushing. Helpers without state are in explore-lib.js.
// Configuration comes from the page's #geokg-config JSON (see web.go: exploreConfig).
(function () {
  'use strict';

  var cfg = JSON.parse(document.getElementById('geokg-config').textContent);
  var lib = window.geokgLib;
  var lower = lib.lower;

  // PAGE is how many neighbors an expansion shows at first, and how many more "show more" adds.
  var PAGE = 10;
  // QUIET_OVER is the number of lines above which only the focus's lines are labelled.
  var QUIET_OVER = 40;
  // UNDO_MAX bounds the undo history.
  var UNDO_MAX = 50;

  var EDGE_FIELDS = 'fragment ExploreEdge on Edge {\n' +
    '  id type date datePrecision modality confidence\n' +
    '  from { id kind name } to { id kind name } attributedTo { id name }\n' +
    '  sources { sentence start end document { id title url source published } }\n' +
    '}\n';
  var NEIGHBORHOOD = 'query ExploreNeighborhood($id: ID!) {\n' +
    '  entity(id: $id) { id kind name aliases roles codes { iso3 wikidata } country { id kind name } }\n' +
    '  neighborhood(id: $id, depth: 1, limit: 200) {\n' +
    '    entities { id kind name aliases }\n' +
    '    edges { ...ExploreEdge }\n' +
    '  }\n' +
    '}\n' + EDGE_FIELDS;
  var ENTITY = 'query ExploreEntity($id: ID!) { entity(id: $id) { id } }';
  var SEARCH = 'query ExploreSearch($text: String!) {\n' +
    '  search(text: $text, first: 8) { id kind name codes { iso3 } }\n' +
    '}';
  var RELATION = 'query ExploreRelation($a: ID!, $b: ID!, $types: [RelationType!]) {\n' +
    '  ab: edges(from: $a, to: $b, types: $types, first: 100) { edges { node { ...ExploreEdge } } }\n' +
    '  ba: edges(from: $b, to: $a, types: $types, first: 100) { edges { node { ...ExploreEdge } } }\n' +
    '}\n' + EDGE_FIELDS;
  var SCHEMA = 'query ExploreSchema { __type(name: "Query") { fields { name } } }';
  var SUMMARY = 'query ExploreSummary($a: ID!, $b: ID!, $types: [RelationType!]) {\n' +
    '  relations(from: $a, to: $b, types: $types, first: 10) { count documents first last modalities }\n' +
    '}';
  var PATH = 'query ExplorePath($from: ID!, $to: ID!) {\n' +
    '  path(from: $from, to: $to, maxDepth: 4) {\n' +
    '    length entities { id kind name aliases } edges { ...ExploreEdge }\n' +
    '  }\n' +
    '}\n' + EDGE_FIELDS;
  var ENTITY_PAGE = 'query ExploreEntityPage($id: ID!) {\n' +
    '  entity(id: $id) {\n' +
    '    id kind name aliases roles codes { iso3 wikidata } country { id kind name }\n' +
    '    edges(direction: BOTH, first: 500) {\n' +
    '      totalCount\n' +
    '      edges { node { id type date from { id kind name } to { id kind name }\n' +
    '        sources { document { id title source published url } } } }\n' +
    '    }\n' +
    '  }\n' +
    '}';
  var DOCUMENT = 'query ExploreDocument($id: ID!) {\n' +
    '  document(id: $id) {\n' +
    '    id title url source published text\n' +
    '    edges(first: 400) { totalCount edges { node {\n' +
    '      id type date modality confidence from { id kind name aliases } to { id kind name aliases }\n' +
    '      attributedTo { id name } sources { start end sentence document { id } } } } }\n' +
    '  }\n' +
    '}';

  var KINDS = ['person', 'state', 'organization', 'place'];
  var MODALITIES = ['asserted', 'alleged', 'speculative', 'negated'];
  // TYPE_COLORS colour the relation types in the timeline.
  var TYPE_COLORS = {
    visited: '#1f77b4', met: '#ff7f0e', accused: '#d62728', supplied: '#2ca02c', warned: '#9467bd',
    urged: '#8c564b', criticized: '#e377c2', sanctioned: '#7f7f7f', invaded: '#bcbd22', attacked: '#17becf',
    threatened: '#aa3300', agreed: '#3366aa', cooperated: '#66aa00'
  };

  // ---- state ----
  var store = {
    entities: new Map(), // id -> {id, kind, name, aliases, roles, codes, country}
    edges: new Map(), // id -> edge as returned by GraphQL
    hoods: new Map(), // id -> {ranked: [neighbor ids, most connected first]}
    pending: new Map() // id -> promise of a neighborhood request
  };
  var view = {
    shown: new Set(),
    expanded: new Map(), // id -> how many neighbors it shows
    pinned: new Set(),
    focus: null,
    root: null,
    rel: null, // key of the relation whose evidence is open
    path: null // {from, to, nodes: [ids], edges: Set of edge ids}
  };
  var filters = {
    types: new Set(), // hidden relation types
    mods: new Set(), // hidden modalities
    kinds: new Set(), // hidden entity kinds
    source: '',
    from: '',
    to: '',
    undated: true
  };
  var undoStack = [];
  var positions = new Map(); // id -> last drawn position, for nodes filtered out and back
  var cy = null;
  var lastRelations = [];

  function $(id) {
    return document.getElementById(id);
  }
  var el = {
    body: document.body,
    form: $('search-form'),
    q: $('q'),
    suggestions: $('suggestions'),
    add: $('add-entity'),
    typeFilters: $('type-filters'),
    modFilters: $('modality-filters'),
    kindFilters: $('kind-filters'),
    source: $('source-filter'),
    dateFrom: $('date-from'),
    dateTo: $('date-to'),
    undated: $('undated'),
    graph: $('graph'),
    panel: $('panel'),
    title: $('panel-title'),
    kind: $('panel-kind'),
    codes: $('panel-codes'),
    actions: $('focus-actions'),
    status: $('status'),
    connections: $('connections'),
    nodeList: $('node-list'),
    viewEntity: $('view-entity'),
    viewPath: $('view-path'),
    viewEvidence: $('view-evidence'),
    timeline: $('timeline'),
    tlWhat: $('timeline-what'),
    tlUnit: $('tl-unit'),
    tlLegend: $('timeline-legend'),
    undo: $('btn-undo'),
    pathForm: $('path-form'),
    pathFrom: $('path-from'),
    pathTo: $('path-to'),
    doc: $('doc-view'),
    docTitle: $('doc-title'),
    docMeta: $('doc-meta'),
    docText: $('doc-text'),
    docFacts: $('doc-facts')
  };

  // ---- GraphQL ----
  // post sends a query and resolves to the whole response: {data, errors}.
  function post(query, variables) {
    return fetch(cfg.graphqlPath, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ query: query, variables: variables })
    }).then(function (res) {
      return res.json().catch(function () {
        throw new Error('HTTP ' + res.status + ' from ' + cfg.graphqlPath);
      });
    });
  }

  function errorText(body) {
    return body.errors.map(function (e) { return e.message; }).join('; ');
  }

  // gql resolves to the data of a response without errors.
  function gql(query, variables) {
    return post(query, variables).then(function (body) {
      if (body.errors && body.errors.length) {
        throw new Error(errorText(body));
      }
      return body.data;
    });
  }

  function setStatus(text, state) {
    el.status.textContent = text;
    el.body.dataset.state = state;
  }

  // ---- the store ----
  function putEntity(n) {
    if (!n || !n.id) {
      return null;
    }
    var cur = store.entities.get(n.id);
    if (!cur) {
      cur = { id: n.id, kind: lower(n.kind), name: n.name || n.id, aliases: [] };
      store.entities.set(n.id, cur);
    }
    if (n.name) {
      cur.name = n.name;
    }
    if (n.kind) {
      cur.kind = lower(n.kind);
    }
    ['aliases', 'roles', 'codes', 'country'].forEach(function (k) {
      if (n[k] !== undefined) {
        cur[k] = n[k];
      }
    });
    return cur;
  }

  function putEdge(e) {
    putEntity(e.from);
    putEntity(e.to);
    store.edges.set(e.id, e);
  }

  function nameOf(id) {
    var n = store.entities.get(id);
    return n ? n.name : id;
  }

  // ensureHood loads the neighborhood of id once; it resolves to the entity's canonical ID,
  // or to null when no entity has that ID. The server may answer an unknown id with an error
  // for the (non-null) neighborhood, so an error is followed by a plain entity lookup to tell
  // "no such entity" from a failure.
  function ensureHood(id) {
    if (store.hoods.has(id)) {
      return Promise.resolve(id);
    }
    if (store.pending.has(id)) {
      return store.pending.get(id);
    }
    var p = post(NEIGHBORHOOD, { id: id }).then(function (body) {
      if (body.errors && body.errors.length) {
        if (body.data && body.data.entity === null) {
          return null;
        }
        return post(ENTITY, { id: id }).then(function (check) {
          if (check.data && check.data.entity === null) {
            return null;
          }
          throw new Error(errorText(body));
        });
      }
      var d = body.data;
      if (!d.entity) {
        return null;
      }
      var cid = d.entity.id;
      putEntity(d.entity);
      d.neighborhood.entities.forEach(putEntity);
      var score = new Map();
      d.neighborhood.edges.forEach(function (e) {
        putEdge(e);
        var other = e.from.id === cid ? e.to.id : e.to.id === cid ? e.from.id : null;
        if (other && other !== cid) {
          score.set(other, (score.get(other) || 0) + 1);
        }
      });
      var ranked = d.neighborhood.entities.map(function (n) { return n.id; })
        .filter(function (n) { return n !== cid && score.has(n); });
      ranked.sort(function (a, b) {
        return score.get(b) - score.get(a) || (nameOf(a) < nameOf(b) ? -1 : 1);
      });
      var hood = { ranked: ranked };
      store.hoods.set(cid, hood);
      store.hoods.set(id, hood);
      return cid;
    });
    store.pending.set(id, p);
    return p.finally(function () { store.pending.delete(id); });
  }

  // ---- filters ----
  function edgeDatePasses(e) {
    if (!e.date) {
      return filters.undated;
    }
    if (filters.from && lib.dateEnd(e.date) < lib.dateStart(filters.from)) {
      return false;
    }
    if (filters.to && lib.dateStart(e.date) > lib.dateEnd(filters.to)) {
      return false;
    }
    return true;
  }

  // edgePasses applies every filter but the date range (the timeline shows what the range
  // would let through).
  function edgePassesNoDate(e) {
    if (filters.types.has(lower(e.type)) || filters.mods.has(lower(e.modality))) {
      return false;
    }
    if (filters.source) {
      return (e.sources || []).some(function (s) { return s.document && s.document.source === filters.source; });
    }
    return true;
  }

  function nodeVisible(id) {
    var n = store.entities.get(id);
    return !!n && view.shown.has(id) && (id === view.focus || !filters.kinds.has(n.kind));
  }

  function visibleEdges() {
    var out = [];
    store.edges.forEach(function (e) {
      if (nodeVisible(e.from.id) && nodeVisible(e.to.id) && edgePassesNoDate(e) && edgeDatePasses(e)) {
        out.push(e);
      }
    });
    return out;
  }

  function visibleNodes() {
    return Array.from(view.shown).filter(nodeVisible);
  }

  // ---- the URL ----
  function listParam(p, name) {
    var v = p.get(name);
    return v ? v.split(',').filter(Boolean) : [];
  }

  // readURL turns a location's query into a view and filters.
  function readURL(search) {
    var p = new URLSearchParams(search);
    var st = {
      focus: p.get('id') || null,
      shown: p.has('n') ? listParam(p, 'n') : null,
      expanded: new Map(),
      pinned: listParam(p, 'pin'),
      rel: p.get('rel') || null,
      path: listParam(p, 'path'),
      filters: {
        types: new Set(listParam(p, 'hide')),
        mods: new Set(listParam(p, 'mod')),
        kinds: new Set(listParam(p, 'kind')),
        source: p.get('src') || '',
        from: lib.DATE_RE.test(p.get('from') || '') ? p.get('from') : '',
        to: lib.DATE_RE.test(p.get('to') || '') ? p.get('to') : '',
        undated: p.get('undated') !== '0'
      }
    };
    listParam(p, 'x').forEach(function (x) {
      var i = x.lastIndexOf('~');
      var k = i > 0 ? parseInt(x.slice(i + 1), 10) : PAGE;
      st.expanded.set(i > 0 ? x.slice(0, i) : x, k > 0 ? Math.min(k, 1000) : PAGE);
    });
    if (st.focus && !p.has('x') && !p.has('n')) {
      st.expanded.set(st.focus, PAGE); // a plain ?id= link opens the entity's neighborhood
    }
    return st;
  }

  function writeURL() {
    var p = new URLSearchParams();
    if (view.focus) {
      p.set('id', view.focus);
    }
    if (view.expanded.size) {
      p.set('x', Array.from(view.expanded).map(function (kv) {
        return kv[1] === PAGE ? kv[0] : kv[0] + '~' + kv[1];
      }).join(','));
    }
    p.set('n', Array.from(view.shown).join(','));
    var sets = { pin: view.pinned, hide: filters.types, mod: filters.mods, kind: filters.kinds };
    Object.keys(sets).forEach(function (k) {
      if (sets[k].size) {
        p.set(k, Array.from(sets[k]).sort().join(','));
      }
    });
    if (filters.source) {
      p.set('src', filters.source);
    }
    if (filters.from) {
      p.set('from', filters.from);
    }
    if (filters.to) {
      p.set('to', filters.to);
    }
    if (!filters.undated) {
      p.set('undated', '0');
    }
    if (view.rel) {
      p.set('rel', view.rel);
    }
    if (view.path) {
      p.set('path', view.path.from + ',' + view.path.to);
    }
    return '/explore?' + p.toString();
  }

  // remember records the current view in the history: a new entry, or (replace) the same one.
  function remember(replace) {
    var url = writeURL();
    if (url === location.pathname + location.search) {
      return;
    }
    if (replace) {
      history.replaceState(null, '', url);
    } else {
      history.pushState(null, '', url);
    }
  }

  // applyURL makes the view what the location says: it loads what it lacks, keeps the
  // positions of nodes still shown and lays the new ones out.
  function applyURL() {
    var st = readURL(location.search);
    filters = st.filters;
    syncFilterInputs();
    if (!st.focus && !st.shown && !st.expanded.size) {
      return Promise.resolve();
    }
    setStatus('Loading ' + (st.focus || 'the graph') + '…', 'loading');
    var need = new Set(st.expanded.keys());
    if (st.focus) {
      need.add(st.focus);
    }
    return loadAll(Array.from(need)).then(function (missing) {
      if (st.focus && missing.has(st.focus)) {
        clearGraph();
        render({});
        setStatus('No entity has the id ' + st.focus + '.', 'error');
        return null;
      }
      var extra = (st.shown || []).filter(function (id) { return !store.entities.has(id); });
      return loadAll(extra).then(function () {
        var shown = new Set();
        if (st.focus) {
          shown.add(st.focus);
        }
        st.expanded.forEach(function (k, id) {
          if (!missing.has(id)) {
            shown.add(id);
            (store.hoods.get(id) || { ranked: [] }).ranked.slice(0, k).forEach(function (n) { shown.add(n); });
          }
        });
        if (st.shown) {
          shown = new Set(st.shown.filter(function (id) { return store.entities.has(id); }));
          if (st.focus) {
            shown.add(st.focus);
          }
        }
        view.shown = shown;
        view.expanded = new Map(Array.from(st.expanded).filter(function (kv) { return !missing.has(kv[0]); }));
        view.pinned = new Set(st.pinned.filter(function (id) { return shown.has(id); }));
        view.focus = st.focus;
        view.root = view.expanded.size ? view.expanded.keys().next().value : st.focus;
        view.rel = st.rel;
        view.path = null;
        el.viewEvidence.hidden = !st.rel;
        el.viewPath.hidden = st.path.length !== 2;
        var after = st.path.length === 2 ? findPath(st.path[0], st.path[1], true) : Promise.resolve();
        return after.then(function () {
          return render({ anchor: st.focus, fresh: cy && cy.nodes().length === 0 });
        }).then(function () {
          if (view.rel) {
            openEvidence(view.rel, true);
          }
          setStatus(statusText(), 'ready');
        });
      });
    }).catch(function (err) {
      setStatus('Could not load ' + (st.focus || 'the graph') + ': ' + err.message, 'error');
    });
  }

  // loadAll loads the neighborhoods of ids, four at a time; it resolves to the set of ids
  // that name no entity.
  function loadAll(ids) {
    var missing = new Set();
    var queue = ids.slice();
    function worker() {
      var id = queue.shift();
      if (id === undefined) {
        return Promise.resolve();
      }
      return ensureHood(id).then(function (cid) {
        if (!cid) {
          missing.add(id);
        }
        return worker();
      });
    }
    var ws = [];
    for (var i = 0; i < 4; i++) {
      ws.push(worker());
    }
    return Promise.all(ws).then(function () { return missing; });
  }

  function clearGraph() {
    view.shown = new Set();
    view.expanded = new Map();
    view.pinned = new Set();
    view.focus = view.root = view.rel = null;
    view.path = null;
    if (cy) {
      cy.elements().remove();
    }
  }

  // ---- undo ----
  function snapshot() {
    var pos = {};
    if (cy) {
      cy.nodes().forEach(function (n) { pos[n.id()] = Object.assign({}, n.position()); });
    }
    return {
      shown: Array.from(view.shown), expanded: Array.from(view.expanded), pinned: Array.from(view.pinned),
      focus: view.focus, root: view.root, path: view.path, pos: pos
    };
  }

  function pushUndo() {
    undoStack.push(snapshot());
    if (undoStack.length > UNDO_MAX) {
      undoStack.shift();
    }
  }

  function undo() {
    var s = undoStack.pop();
    if (!s) {
      return Promise.resolve();
    }
    view.shown = new Set(s.shown);
    view.expanded = new Map(s.expanded);
    view.pinned = new Set(s.pinned);
    view.focus = s.focus;
    view.root = s.root;
    view.path = s.path;
    Object.keys(s.pos).forEach(function (id) { positions.set(id, s.pos[id]); });
    return render({ restore: s.pos }).then(function () {
      remember(false);
      setStatus('Undone. ' + statusText(), 'ready');
    });
  }

  // ---- actions ----
  function addNeighbors(id, k) {
    var hood = store.hoods.get(id);
    if (!hood) {
      return;
    }
    view.shown.add(id);
    hood.ranked.slice(0, k).forEach(function (n) { view.shown.add(n); });
  }

  // expand shows the most connected neighbors of id (PAGE more with more).
  function expand(id, more) {
    var k = more ? (view.expanded.get(id) || 0) + PAGE : PAGE;
    setStatus('Expanding ' + nameOf(id) + '…', 'loading');
    return ensureHood(id).then(function (cid) {
      if (!cid) {
        setStatus('No entity has the id ' + id + '.', 'error');
        return;
      }
      pushUndo();
      view.expanded.set(cid, k);
      addNeighbors(cid, k);
      if (!view.root) {
        view.root = cid;
      }
      setFocus(cid);
      return render({ anchor: cid }).then(function () {
        remember(false);
        setStatus(statusText(), 'ready');
      });
    }).catch(function (err) {
      setStatus('Could not expand ' + nameOf(id) + ': ' + err.message, 'error');
    });
  }

  // open starts a new graph from id.
  function open(id) {
    setStatus('Loading ' + id + '…', 'loading');
    return ensureHood(id).then(function (cid) {
      if (!cid) {
        pushUndo();
        clearGraph();
        return render({}).then(function () {
          remember(false);
          setStatus('No entity has the id ' + id + '.', 'error');
        });
      }
      pushUndo();
      clearGraph();
      view.root = cid;
      return expand(cid, false).then(function () { undoStack.pop(); }); // one undo step for both
    }).catch(function (err) {
      setStatus('Could not load ' + id + ': ' + err.message, 'error');
    });
  }

  // addOrFocus puts id in the current graph (loading what it touches) and focuses it.
  function addOrFocus(id) {
    if (view.shown.has(id)) {
      setFocus(id);
      return render({}).then(function () {
        centerOn(id);
        remember(false);
        setStatus(statusText(), 'ready');
      });
    }
    setStatus('Adding ' + nameOf(id) + '…', 'loading');
    return ensureHood(id).then(function (cid) {
      if (!cid) {
        setStatus('No entity has the id ' + id + '.', 'error');
        return;
      }
      pushUndo();
      view.shown.add(cid);
      var anchor = null;
      store.edges.forEach(function (e) {
        if (!anchor && (e.from.id === cid || e.to.id === cid)) {
          var other = e.from.id === cid ? e.to.id : e.from.id;
          anchor = view.shown.has(other) && other !== cid ? other : null;
        }
      });
      if (!view.root) {
        view.root = cid;
      }
      setFocus(cid);
      return render({ anchor: anchor || view.focus }).then(function () {
        centerOn(cid);
        remember(false);
        setStatus(statusText(), 'ready');
      });
    }).catch(function (err) {
      setStatus('Could not add ' + id + ': ' + err.message, 'error');
    });
  }

  // collapse hides the neighbors id brought in that nothing else holds in the graph.
  function collapse(id) {
    pushUndo();
    view.expanded.delete(id);
    var hood = store.hoods.get(id) || { ranked: [] };
    hood.ranked.forEach(function (n) {
      if (!view.shown.has(n) || n === view.focus || n === view.root || view.pinned.has(n) || view.expanded.has(n)) {
        return;
      }
      var held = false;
      store.edges.forEach(function (e) {
        if (held) {
          return;
        }
        var other = e.from.id === n ? e.to.id : e.to.id === n ? e.from.id : null;
        held = other !== null && other !== id && other !== n && view.shown.has(other);
      });
      if (!held) {
        view.shown.delete(n);
      }
    });
    return render({}).then(function () {
      remember(false);
      setStatus(statusText(), 'ready');
    });
  }

  function removeNode(id) {
    pushUndo();
    view.shown.delete(id);
    view.expanded.delete(id);
    view.pinned.delete(id);
    if (view.root === id) {
      view.root = view.expanded.size ? view.expanded.keys().next().value : null;
    }
    if (view.focus === id) {
      setFocus(view.root || (view.shown.size ? view.shown.values().next().value : null));
    }
    return render({}).then(function () {
      remember(false);
      setStatus(statusText(), 'ready');
    });
  }

  function togglePin(id) {
    if (view.pinned.has(id)) {
      view.pinned.delete(id);
    } else {
      view.pinned.add(id);
    }
    return render({}).then(function () {
      remember(true);
      setStatus((view.pinned.has(id) ? 'Pinned ' : 'Unpinned ') + nameOf(id) + '. ' + statusText(), 'ready');
    });
  }

  function setFocus(id) {
    if (view.focus !== id) {
      view.focus = id;
      view.rel = null;
      el.panel.scrollTop = 0;
      el.viewEntity.hidden = true;
      el.viewEvidence.hidden = true;
    }
  }

  function centerOn(id) {
    if (!cy) {
      return;
    }
    var n = cy.getElementById(id);
    if (n.nonempty()) {
      cy.center(n);
    }
  }

  // tapNode focuses a node, and expands it the first time.
  function tapNode(id) {
    if (!view.expanded.has(id)) {
      return expand(id, false);
    }
    setFocus(id);
    return render({}).then(function () {
      remember(false);
      setStatus(statusText(), 'ready');
    });
  }

  // ---- drawing ----
  function cssVar(name, fallback) {
    var v = getComputedStyle(document.body).getPropertyValue(name).trim();
    return v || fallback;
  }

  function cyStyle() {
    var fg = cssVar('--fg', '#1b1b1b');
    var bg = cssVar('--bg', '#ffffff');
    var edge = cssVar('--edge', '#666666');
    var s = [
      {
        selector: 'node',
        style: {
          label: 'data(name)',
          'background-color': '#7f8c8d',
          color: fg,
          'font-size': 11,
          'text-valign': 'bottom',
          'text-margin-y': 4,
          'text-wrap': 'wrap',
          'text-max-width': 110,
          'text-background-color': bg,
          'text-background-opacity': 0.7,
          'text-background-padding': 1,
          width: 24,
          height: 24,
          'border-width': 2,
          'border-style': 'dashed',
          'border-color': edge
        }
      },
      { selector: 'node[?expanded]', style: { 'border-style': 'solid' } },
      { selector: 'node[?root]', style: { width: 36, height: 36, 'font-weight': 'bold', 'border-width': 3 } },
      { selector: 'node[?pinned]', style: { shape: 'round-rectangle' } },
      { selector: 'node[?focus]', style: { 'border-color': '#f1c40f', 'border-width': 4 } },
      { selector: 'node.path', style: { 'underlay-color': '#f39c12', 'underlay-opacity': 0.45, 'underlay-padding': 6 } },
      {
        selector: 'edge',
        style: {
          label: 'data(label)',
          'font-size': 9,
          'min-zoomed-font-size': 7,
          color: fg,
          'text-rotation': 'autorotate',
          'text-background-color': bg,
          'text-background-opacity': 0.8,
          'text-background-padding': 1,
          'curve-style': 'bezier',
          'target-arrow-shape': 'data(tarrow)',
          'source-arrow-shape': 'data(sarrow)',
          width: 'data(width)',
          'line-color': edge,
          'target-arrow-color': edge,
          'source-arrow-color': edge
        }
      },
      { selector: 'edge.quiet', style: { label: '' } },
      { selector: 'edge[modality = "alleged"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 3] } },
      { selector: 'edge[modality = "speculative"]', style: { 'line-style': 'dotted' } },
      {
        selector: 'edge[modality = "negated"]',
        style: { 'line-color': '#c0392b', 'target-arrow-color': '#c0392b', 'source-arrow-color': '#c0392b' }
      },
      { selector: 'edge.path', style: { 'line-color': '#f39c12', 'target-arrow-color': '#f39c12', 'source-arrow-color': '#f39c12' } },
      { selector: 'edge[?selected]', style: { 'line-color': '#f39c12', 'target-arrow-color': '#f39c12', 'source-arrow-color': '#f39c12' } }
    ];
    Object.keys(kindColors()).forEach(function (k) {
      s.push({ selector: 'node[kind = "' + k + '"]', style: { 'background-color': kindColors()[k] } });
    });
    return s;
  }

  function kindColors() {
    return {
      person: cssVar('--person', '#d35400'),
      state: cssVar('--state', '#1f6fb2'),
      organization: cssVar('--organization', '#1e8449'),
      place: cssVar('--place', '#7d3c98')
    };
  }

  function ensureCy() {
    if (cy || typeof cytoscape !== 'function') {
      return cy;
    }
    if (typeof cytoscapeFcose === 'function') {
      cytoscape.use(cytoscapeFcose);
    }
    cy = cytoscape({
      container: el.graph,
      style: cyStyle(),
      minZoom: 0.15,
      maxZoom: 3,
      boxSelectionEnabled: false
    });
    cy.on('tap', 'node', function (evt) {
      tapNode(evt.target.id());
    });
    cy.on('tap', 'edge', function (evt) {
      openEvidence(evt.target.data('key'), false);
    });
    cy.on('dragfree', 'node', function (evt) {
      positions.set(evt.target.id(), Object.assign({}, evt.target.position()));
    });
    return cy;
  }

  function relationLabel(r) {
    return r.count > 1 ? r.type + ' ×' + r.count : r.type;
  }

  function arrowOf(r, dir) {
    if (r.symmetric || !dir) {
      return 'none';
    }
    return r.modality === 'negated' ? 'tee' : 'triangle';
  }

  // syncCy makes the drawing hold exactly nodes and relations, keeping the elements (and the
  // positions) of what stays; it returns the ids of nodes that had no position.
  function syncCy(nodes, rels) {
    var c = ensureCy();
    var want = new Set(nodes);
    var fresh = [];
    var pathEdges = view.path ? view.path.edges : new Set();
    var pathNodes = view.path ? new Set(view.path.nodes) : new Set();
    c.batch(function () {
      c.nodes().forEach(function (n) {
        positions.set(n.id(), Object.assign({}, n.position()));
        if (!want.has(n.id())) {
          n.remove();
        }
      });
      nodes.forEach(function (id) {
        var e = store.entities.get(id);
        var data = {
          id: id, name: e.name, kind: e.kind, expanded: view.expanded.has(id), root: id === view.root,
          focus: id === view.focus, pinned: view.pinned.has(id)
        };
        var n = c.getElementById(id);
        if (n.empty()) {
          var item = { group: 'nodes', data: data };
          if (positions.has(id)) {
            item.position = Object.assign({}, positions.get(id));
          } else {
            fresh.push(id);
          }
          n = c.add(item);
        } else {
          n.data(data);
        }
        n.toggleClass('path', pathNodes.has(id));
      });
      var keys = new Set(rels.map(function (r) { return 'rel:' + r.key; }));
      c.edges().forEach(function (e) {
        if (!keys.has(e.id())) {
          e.remove();
        }
      });
      rels.forEach(function (r) {
        var data = {
          id: 'rel:' + r.key, key: r.key, source: r.source, target: r.target, type: r.type, count: r.count,
          label: relationLabel(r), modality: r.modality, width: Math.min(8, 1.5 + 1.2 * Math.log2(r.count)),
          tarrow: arrowOf(r, r.forward), sarrow: arrowOf(r, r.backward), selected: r.key === view.rel
        };
        var e = c.getElementById(data.id);
        if (e.empty()) {
          e = c.add({ group: 'edges', data: data });
        } else {
          e.data(data);
        }
        e.toggleClass('path', r.edges.some(function (x) { return pathEdges.has(x.id); }));
        // In a crowded drawing only the focus's lines keep their labels (the panel lists all).
        e.toggleClass('quiet', rels.length > QUIET_OVER && r.source !== view.focus && r.target !== view.focus && r.key !== view.rel);
      });
    });
    c.nodes().forEach(function (n) {
      if (view.pinned.has(n.id())) {
        n.lock();
      } else {
        n.unlock();
      }
    });
    return fresh;
  }

  // placeAround puts fresh nodes on rings around their drawn neighbors (or the anchor), so
  // that the layout starts them near where they belong.
  function placeAround(fresh, anchorId) {
    var c = cy;
    var center = null;
    var a = anchorId ? c.getElementById(anchorId) : null;
    if (a && a.nonempty() && fresh.indexOf(anchorId) < 0) {
      center = a.position();
    } else {
      var old = c.nodes().filter(function (n) { return fresh.indexOf(n.id()) < 0; });
      if (old.nonempty()) {
        var bb = old.boundingBox();
        center = { x: (bb.x1 + bb.x2) / 2, y: (bb.y1 + bb.y2) / 2 };
      }
    }
    center = center || { x: 0, y: 0 };
    var radius = 150 + 9 * fresh.length;
    fresh.forEach(function (id, i) {
      var angle = (2 * Math.PI * i) / Math.max(1, fresh.length) + 0.3;
      c.getElementById(id).position({ x: center.x + radius * Math.cos(angle), y: center.y + radius * Math.sin(angle) });
    });
  }

  // runLayout runs fcose over the whole drawing. fixed nodes keep their places exactly.
  function runLayout(fixed, randomize) {
    var c = cy;
    return new Promise(function (resolve) {
      if (typeof cytoscapeFcose !== 'function' || c.nodes().length < 2) {
        resolve();
        return;
      }
      var constraint = [];
      c.nodes().forEach(function (n) {
        if (fixed.has(n.id())) {
          constraint.push({ nodeId: n.id(), position: Object.assign({}, n.position()) });
        }
      });
      var layout = c.layout({
        name: 'fcose',
        quality: 'default',
        randomize: randomize && constraint.length === 0,
        animate: false,
        fit: false,
        nodeDimensionsIncludeLabels: true,
        idealEdgeLength: function () { return 120; },
        nodeRepulsion: function () { return 9000; },
        nodeSeparation: 90,
        numIter: 2500,
        fixedNodeConstraint: constraint.length ? constraint : undefined
      });
      layout.one('layoutstop', function () { resolve(); });
      layout.run();
    });
  }

  // removeOverlaps pushes movable nodes apart until no two nodes' boxes (labels included)
  // overlap. Fixed nodes never move.
  function removeOverlaps(movable) {
    var c = cy;
    var margin = 6;
    var items = c.nodes().map(function (n) {
      var p = n.position();
      var bb = n.boundingBox({ includeLabels: true, includeOverlays: false, includeUnderlays: false });
      return {
        n: n, x: p.x, y: p.y, move: movable.has(n.id()),
        dx1: bb.x1 - p.x - margin / 2, dx2: bb.x2 - p.x + margin / 2, dy1: bb.y1 - p.y - margin / 2, dy2: bb.y2 - p.y + margin / 2
      };
    });
    for (var iter = 0; iter < 300; iter++) {
      var moved = false;
      for (var i = 0; i < items.length; i++) {
        for (var j = i + 1; j < items.length; j++) {
          var a = items[i];
          var b = items[j];
          if (!a.move && !b.move) {
            continue;
          }
          var ox = Math.min(a.x + a.dx2, b.x + b.dx2) - Math.max(a.x + a.dx1, b.x + b.dx1);
          var oy = Math.min(a.y + a.dy2, b.y + b.dy2) - Math.max(a.y + a.dy1, b.y + b.dy1);
          if (ox <= 0 || oy <= 0) {
            continue;
          }
          moved = true;
          var sx = b.x > a.x || (b.x === a.x && j % 2 === 0) ? 1 : -1;
          var sy = b.y > a.y || (b.y === a.y && j % 2 === 0) ? 1 : -1;
          var mx = ox < oy ? (ox + 1) * sx : 0;
          var my = ox < oy ? 0 : (oy + 1) * sy;
          var share = a.move && b.move ? 0.5 : 1;
          if (b.move) {
            b.x += mx * share;
            b.y += my * share;
          }
          if (a.move) {
            a.x -= mx * share;
            a.y -= my * share;
          }
        }
      }
      if (!moved) {
        break;
      }
    }
    c.batch(function () {
      items.forEach(function (it) {
        if (it.move) {
          it.n.position({ x: it.x, y: it.y });
        }
      });
    });
  }

  // layoutFresh places fresh nodes: everything placed before stays where it is.
  function layoutFresh(fresh, anchorId, all) {
    var c = cy;
    var fixed = new Set();
    var movable = new Set();
    c.nodes().forEach(function (n) {
      if (!all && fresh.indexOf(n.id()) < 0 || view.pinned.has(n.id())) {
        fixed.add(n.id());
      } else {
        movable.add(n.id());
      }
    });
    var before = {};
    fixed.forEach(function (id) { before[id] = Object.assign({}, c.getElementById(id).position()); });
    if (!all) {
      placeAround(fresh, anchorId);
    }
    return runLayout(fixed, all).then(function () {
      // fcose honours fixed nodes up to rounding; put them back exactly.
      c.batch(function () {
        Object.keys(before).forEach(function (id) {
          c.getElementById(id).unlock().position(before[id]);
        });
      });
      removeOverlaps(movable);
      c.nodes().forEach(function (n) {
        positions.set(n.id(), Object.assign({}, n.position()));
        if (view.pinned.has(n.id())) {
          n.lock();
        }
      });
    });
  }

  function outsideViewport(ids) {
    var ext = cy.extent();
    return ids.some(function (id) {
      var p = cy.getElementById(id).position();
      return p.x < ext.x1 || p.x > ext.x2 || p.y < ext.y1 || p.y > ext.y2;
    });
  }

  function fit() {
    if (cy && cy.nodes().length) {
      cy.fit(undefined, 40);
      if (cy.zoom() > 1.4) {
        cy.zoom(1.4);
        cy.center();
      }
    }
  }

  // render redraws everything from the store, the view and the filters. opts: anchor (where
  // fresh nodes start), relayout (lay everything out again), restore (positions to put back).
  function render(opts) {
    opts = opts || {};
    var edges = visibleEdges();
    var rels = lib.groupRelations(edges);
    lastRelations = rels;
    var nodes = visibleNodes();
    renderFilterControls();
    renderFocus();
    renderConnections(rels);
    renderNodeList(nodes);
    renderTimeline();
    el.undo.disabled = undoStack.length === 0;
    var c = ensureCy();
    if (!c) {
      setStatus('The graph library did not load.', 'error');
      return Promise.resolve();
    }
    var wasEmpty = c.nodes().length === 0;
    var fresh = syncCy(nodes, rels);
    if (opts.restore) {
      c.batch(function () {
        c.nodes().forEach(function (n) {
          if (opts.restore[n.id()]) {
            n.unlock().position(opts.restore[n.id()]);
          }
        });
      });
    }
    var done;
    if (opts.relayout || (wasEmpty && fresh.length)) {
      done = layoutFresh(fresh, opts.anchor, true).then(fit);
    } else if (fresh.length) {
      done = layoutFresh(fresh, opts.anchor, false).then(function () {
        if (outsideViewport(fresh)) {
          fit();
        }
      });
    } else {
      done = Promise.resolve();
    }
    return done.then(function () {
      el.body.dataset.nodes = String(c.nodes().length);
    });
  }

  // ---- the panel ----
  function text(tag, cls, s) {
    var e = document.createElement(tag);
    if (cls) {
      e.className = cls;
    }
    e.textContent = s;
    return e;
  }

  function button(label, cls, onClick) {
    var b = text('button', cls, label);
    b.type = 'button';
    b.addEventListener('click', onClick);
    return b;
  }

  // entityLink is a name: a click adds the entity to the graph or focuses it; a modified
  // click (new tab) opens the entity alone.
  function entityLink(n) {
    var a = document.createElement('a');
    a.href = '/explore?id=' + encodeURIComponent(n.id);
    a.textContent = n.name || nameOf(n.id);
    a.className = 'entity kind-' + lower(n.kind || (store.entities.get(n.id) || {}).kind);
    a.dataset.id = n.id;
    a.addEventListener('click', function (ev) {
      if (ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.button !== 0) {
        return;
      }
      ev.preventDefault();
      addOrFocus(n.id);
    });
    return a;
  }

  function wikidataLink(q) {
    var a = text('a', 'wikidata', q);
    a.href = 'https://www.wikidata.org/wiki/' + encodeURIComponent(q);
    a.rel = 'noopener noreferrer';
    a.target = '_blank';
    return a;
  }

  function renderFocus() {
    var f = view.focus ? store.entities.get(view.focus) : null;
    el.title.textContent = f ? f.name : 'Graph explorer';
    document.title = f ? 'geokg · ' + f.name : 'geokg · Explorer';
    el.kind.textContent = f ? f.kind + ' · ' + f.id : '';
    el.codes.textContent = '';
    el.actions.hidden = !f;
    if (!f) {
      return;
    }
    var codes = f.codes || {};
    if (codes.iso3) {
      el.codes.appendChild(text('span', 'iso3', 'ISO3 ' + codes.iso3));
    }
    if (codes.wikidata) {
      if (codes.iso3) {
        el.codes.appendChild(document.createTextNode(' · '));
      }
      el.codes.appendChild(document.createTextNode('Wikidata '));
      el.codes.appendChild(wikidataLink(codes.wikidata));
    }
    var hood = store.hoods.get(f.id);
    var k = view.expanded.get(f.id) || 0;
    $('act-expand').disabled = view.expanded.has(f.id);
    $('act-more').disabled = !hood || !view.expanded.has(f.id) || hood.ranked.length <= k;
    $('act-more').textContent = hood && view.expanded.has(f.id) && hood.ranked.length > k
      ? 'Show more (' + (hood.ranked.length - k) + ' left)' : 'Show more';
    $('act-collapse').disabled = !view.expanded.has(f.id);
    $('act-pin').setAttribute('aria-pressed', String(view.pinned.has(f.id)));
    $('act-pin').textContent = view.pinned.has(f.id) ? 'Unpin' : 'Pin';
  }

  // renderConnections lists every drawn line: type, the entities, count, dates, modality and
  // the first sentence; its button opens the evidence. The focus's lines come first.
  function renderConnections(rels) {
    var touching = function (r) { return r.source === view.focus || r.target === view.focus; };
    var sorted = rels.slice().sort(function (a, b) {
      return (touching(a) ? 0 : 1) - (touching(b) ? 0 : 1) || b.count - a.count ||
        (a.last < b.last ? 1 : a.last > b.last ? -1 : 0) || (a.key < b.key ? -1 : 1);
    });
    el.connections.textContent = '';
    sorted.forEach(function (r) {
      var li = document.createElement('li');
      li.className = 'conn modality-' + r.modality + (r.key === view.rel ? ' current' : '');
      li.dataset.key = r.key;
      var head = document.createElement('div');
      head.className = 'conn-head';
      head.appendChild(text('span', 'type', r.type));
      var a = r.source;
      var b = r.target;
      if (b === view.focus) {
        a = r.target;
        b = r.source;
      }
      var fwd = a === r.source ? r.forward : r.backward;
      var back = a === r.source ? r.backward : r.forward;
      var arrow = r.symmetric ? ' — ' : fwd && back ? ' ↔ ' : fwd ? ' → ' : ' ← ';
      if (a === view.focus) {
        head.appendChild(text('span', 'dir', arrow));
        head.appendChild(entityLink(store.entities.get(b) || { id: b }));
      } else {
        head.appendChild(text('span', 'dir', ' '));
        head.appendChild(entityLink(store.entities.get(a) || { id: a }));
        head.appendChild(text('span', 'dir', arrow));
        head.appendChild(entityLink(store.entities.get(b) || { id: b }));
      }
      head.appendChild(text('span', 'count', ' ×' + r.count));
      li.appendChild(head);
      var meta = document.createElement('div');
      meta.className = 'conn-meta';
      var dates = r.first ? (r.first === r.last ? r.first : r.first + ' – ' + r.last) : 'undated';
      meta.appendChild(text('span', 'date', dates));
      meta.appendChild(document.createTextNode(' · '));
      meta.appendChild(text('span', 'modality', modalitySummary(r.edges)));
      meta.appendChild(document.createTextNode(' · ' + r.documents + (r.documents === 1 ? ' document ' : ' documents ')));
      meta.appendChild(button('Evidence', 'evidence-btn', function () { openEvidence(r.key, false); }));
      li.appendChild(meta);
      var first = lib.sentenceGroups(r.edges)[0];
      if (first) {
        var q = document.createElement('blockquote');
        q.className = 'source';
        q.appendChild(text('span', 'sentence', '“' + first.sentence + '”'));
        q.appendChild(document.createTextNode(' — '));
        q.appendChild(text('cite', '', docLabel(first.items[0].source.document)));
        li.appendChild(q);
      }
      el.connections.appendChild(li);
    });
  }

  function modalitySummary(edges) {
    var by = {};
    edges.forEach(function (e) {
      var m = lower(e.modality);
      if (e.attributedTo && e.attributedTo.name && m !== 'asserted') {
        m += ' (according to ' + e.attributedTo.name + ')';
      }
      by[m] = (by[m] || 0) + 1;
    });
    return Object.keys(by).map(function (m) { return edges.length > 1 ? m + ' ' + by[m] : m; }).join(', ');
  }

  // docLabel names a document by its title, else by its source and date, else its ID.
  function docLabel(d) {
    if (!d) {
      return 'unknown document';
    }
    if (d.title) {
      return d.title;
    }
    if (d.source || d.published) {
      return [d.source || 'unknown source', d.published].filter(Boolean).join(', ');
    }
    return d.id;
  }

  // renderNodeList mirrors the drawn nodes as a keyboard-usable list.
  function renderNodeList(nodes) {
    el.nodeList.textContent = '';
    nodes.slice().sort(function (a, b) { return nameOf(a) < nameOf(b) ? -1 : 1; }).forEach(function (id) {
      var n = store.entities.get(id);
      var li = document.createElement('li');
      li.dataset.id = id;
      var b = button(n.name, 'node-btn kind-' + n.kind, function () { tapNode(id); });
      if (id === view.focus) {
        b.setAttribute('aria-current', 'true');
      }
      li.appendChild(text('span', 'dot kind-' + n.kind, ''));
      li.appendChild(b);
      var flags = [n.kind];
      if (view.expanded.has(id)) {
        flags.push('expanded');
      }
      if (view.pinned.has(id)) {
        flags.push('pinned');
      }
      li.appendChild(text('span', 'kind', ' ' + flags.join(', ')));
      el.nodeList.appendChild(li);
    });
  }

  function statusText() {
    var rels = lastRelations.length;
    var facts = lastRelations.reduce(function (s, r) { return s + r.count; }, 0);
    var hidden = 0;
    store.edges.forEach(function (e) {
      if (view.shown.has(e.from.id) && view.shown.has(e.to.id)) {
        hidden++;
      }
    });
    hidden -= facts;
    var s = rels + (rels === 1 ? ' connection' : ' connections') + ' (' + facts + (facts === 1 ? ' fact' : ' facts') + ') shown';
    if (hidden > 0) {
      s += ' (' + hidden + ' hidden by filters)';
    }
    return s + '.';
  }

  // queryFields resolves to the names of the server's Query fields, asked once: the relation
  // summary (Query.relations) is shown only where the server offers it.
  var queryFieldsP = null;
  function queryFields() {
    if (!queryFieldsP) {
      queryFieldsP = gql(SCHEMA, {}).then(function (d) {
        return new Set(((d.__type && d.__type.fields) || []).map(function (f) { return f.name; }));
      }).catch(function () { return new Set(); });
    }
    return queryFieldsP;
  }

  // relationSummary asks the server for the pair's totals of one type (Query.relations answers
  // both ways, one row per direction); null when the server has no Query.relations.
  function relationSummary(r) {
    return queryFields().then(function (fields) {
      if (!fields.has('relations')) {
        return null;
      }
      return gql(SUMMARY, { a: r.source, b: r.target, types: [r.type.toUpperCase()] }).then(function (d) {
        var sum = { count: 0, documents: 0, first: '', last: '', modalities: new Set() };
        (d.relations || []).forEach(function (x) {
          sum.count += x.count;
          sum.documents += x.documents;
          if (x.first && (!sum.first || x.first < sum.first)) {
            sum.first = x.first;
          }
          if (x.last && (!sum.last || x.last > sum.last)) {
            sum.last = x.last;
          }
          (x.modalities || []).forEach(function (m) { sum.modalities.add(lower(m)); });
        });
        return sum;
      });
    });
  }

  function drawSummary(r, sum) {
    var box = el.viewEvidence;
    var old = box.querySelector('.api-summary');
    if (old) {
      old.parentNode.removeChild(old);
    }
    if (!sum || view.rel !== r.key) {
      return;
    }
    var p = text('p', 'api-summary conn-meta', 'In the whole graph: ' + sum.count + (sum.count === 1 ? ' fact' : ' facts') +
      ' from ' + sum.documents + (sum.documents === 1 ? ' document' : ' documents') +
      (sum.first ? ' · ' + sum.first + (sum.last && sum.last !== sum.first ? ' – ' + sum.last : '') : '') +
      (sum.modalities.size ? ' · ' + Array.from(sum.modalities).sort().join(', ') : ''));
    p.dataset.count = String(sum.count);
    var h = box.querySelector('h2');
    box.insertBefore(p, h ? h.nextSibling : box.firstChild);
  }

  // ---- evidence ----
  function findRelation(key) {
    for (var i = 0; i < lastRelations.length; i++) {
      if (lastRelations[i].key === key) {
        return lastRelations[i];
      }
    }
    return null;
  }

  function namesOf(id) {
    var n = store.entities.get(id);
    if (!n) {
      return [];
    }
    return [n.name].concat(n.aliases || []);
  }

  // markedSentence is a sentence with the fact's entity names and trigger words marked.
  function markedSentence(sentence, type, fromId, toId) {
    var q = document.createElement('blockquote');
    q.className = 'sentence';
    q.appendChild(lib.markedFragment(document, sentence, lib.factSpans(sentence, type, namesOf(fromId).concat(namesOf(toId)))));
    return q;
  }

  // openEvidence shows a relation's facts, sources grouped by sentence; it loads every edge
  // of the pair and type first (a neighborhood may hold only some).
  function openEvidence(key, quiet) {
    var r = findRelation(key);
    if (!r) {
      return Promise.resolve();
    }
    view.rel = key;
    el.viewEntity.hidden = true;
    drawEvidence(r, true);
    if (!quiet) {
      remember(false);
    }
    render({});
    var summary = relationSummary(r).catch(function () { return null; });
    return gql(RELATION, { a: r.source, b: r.target, types: [r.type.toUpperCase()] }).then(function (d) {
      d.ab.edges.concat(d.ba.edges).forEach(function (x) { putEdge(x.node); });
      return render({});
    }).then(function () {
      return summary;
    }).then(function (sum) {
      var now = findRelation(key);
      if (now && view.rel === key) {
        drawEvidence(now, false);
        drawSummary(now, sum);
      }
      setStatus(statusText(), 'ready');
    }).catch(function (err) {
      setStatus('Could not load the evidence: ' + err.message, 'error');
    });
  }

  function drawEvidence(r, loading) {
    var box = el.viewEvidence;
    box.textContent = '';
    box.hidden = false;
    var h = text('h2', '', '');
    h.id = 'evidence-title';
    h.appendChild(text('span', 'type', r.type));
    h.appendChild(document.createTextNode(' · ' + nameOf(r.source) + (r.symmetric ? ' — ' : r.forward && r.backward ? ' ↔ ' : r.forward ? ' → ' : ' ← ') + nameOf(r.target)));
    box.appendChild(h);
    var meta = text('p', 'conn-meta', r.count + (r.count === 1 ? ' fact' : ' facts') + ' from ' + r.documents +
      (r.documents === 1 ? ' document' : ' documents') + (r.first ? ' · ' + r.first + (r.last !== r.first ? ' – ' + r.last : '') : '') +
      (loading ? ' · loading every source…' : ''));
    box.appendChild(meta);
    box.appendChild(button('Close evidence', 'close-btn', function () {
      view.rel = null;
      box.hidden = true;
      remember(false);
      render({});
    }));
    var list = document.createElement('ol');
    list.className = 'evidence';
    var groups = lib.sentenceGroups(r.edges);
    var shownGroups = evidenceLimit.key === r.key ? evidenceLimit.n : EVIDENCE_PAGE;
    groups.slice(0, shownGroups).forEach(function (g) {
      var li = document.createElement('li');
      li.className = 'sentence-group';
      var first = g.items[0];
      li.appendChild(markedSentence(g.sentence, r.type, first.edge.from.id, first.edge.to.id));
      li.appendChild(text('span', 'copies', g.copies === 1 ? '1 copy' : g.copies + ' copies'));
      var facts = document.createElement('ul');
      facts.className = 'facts';
      var edgesOf = [];
      var docsOf = [];
      var seenEdge = new Set();
      var seenDoc = new Set();
      g.items.forEach(function (it) {
        if (!seenEdge.has(it.edge.id)) {
          seenEdge.add(it.edge.id);
          edgesOf.push(it.edge);
        }
        var d = it.source.document;
        if (d && !seenDoc.has(d.id)) {
          seenDoc.add(d.id);
          docsOf.push({ doc: d, start: it.source.start });
        }
      });
      cappedList(facts, edgesOf, factItem, 'facts');
      li.appendChild(facts);
      var docs = document.createElement('ul');
      docs.className = 'docs';
      cappedList(docs, docsOf, docItem, 'documents');
      li.appendChild(docs);
      list.appendChild(li);
    });
    box.appendChild(list);
    if (groups.length > shownGroups) {
      box.appendChild(button('Show ' + Math.min(EVIDENCE_PAGE, groups.length - shownGroups) + ' more of ' +
        (groups.length - shownGroups) + ' sentences', 'more-btn', function () {
        evidenceLimit = { key: r.key, n: shownGroups + EVIDENCE_PAGE };
        drawEvidence(r, false);
      }));
    }
  }

  // LIST_CAP is how many facts or documents a sentence lists before "show all".
  var LIST_CAP = 5;

  // cappedList fills ul with the first LIST_CAP items and a button for the rest.
  function cappedList(ul, items, render, noun) {
    items.slice(0, LIST_CAP).forEach(function (x) { ul.appendChild(render(x)); });
    if (items.length <= LIST_CAP) {
      return;
    }
    var more = document.createElement('li');
    more.appendChild(button('Show all ' + items.length + ' ' + noun, 'more-btn', function () {
      ul.removeChild(more);
      items.slice(LIST_CAP).forEach(function (x) { ul.appendChild(render(x)); });
    }));
    ul.appendChild(more);
  }

  function factItem(e) {
    var f = text('li', 'fact modality-' + lower(e.modality), '');
    f.appendChild(text('span', 'dir', nameOf(e.from.id) + ' → ' + nameOf(e.to.id) + ' · '));
    f.appendChild(text('span', 'date', e.date || 'undated'));
    f.appendChild(document.createTextNode(' · '));
    f.appendChild(text('span', 'modality', lower(e.modality)));
    if (e.attributedTo) {
      f.appendChild(text('span', 'attribution', ' according to ' + e.attributedTo.name));
    }
    f.appendChild(text('span', 'confidence', ' · confidence ' + Number(e.confidence).toFixed(2)));
    return f;
  }

  function docItem(x) {
    var d = x.doc;
    var item = document.createElement('li');
    item.appendChild(text('cite', '', docLabel(d)));
    if (d.title && (d.source || d.published)) {
      item.appendChild(text('span', 'doc-src', ' · ' + [d.source, d.published].filter(Boolean).join(', ')));
    }
    if (d.url) {
      var a = text('a', 'doc-url', 'article');
      a.href = d.url;
      a.rel = 'noopener noreferrer';
      a.target = '_blank';
      item.appendChild(document.createTextNode(' · '));
      item.appendChild(a);
    }
    item.appendChild(document.createTextNode(' '));
    item.appendChild(button('Read in document', 'doc-btn', function () { openDocument(d.id, x.start); }));
    return item;
  }

  // EVIDENCE_PAGE is how many sentences a relation's evidence lists at first.
  var EVIDENCE_PAGE = 30;
  var evidenceLimit = { key: null, n: 0 };

  // ---- document view ----
  var docReturn = null;

  function openDocument(id, at) {
    docReturn = document.activeElement;
    el.doc.hidden = false;
    el.docTitle.textContent = 'Loading ' + id + '…';
    el.docMeta.textContent = '';
    el.docText.textContent = '';
    el.docFacts.textContent = '';
    $('doc-close').focus();
    return gql(DOCUMENT, { id: id }).then(function (d) {
      if (!d.document) {
        el.docTitle.textContent = 'No document has the id ' + id;
        return;
      }
      drawDocument(d.document, at);
    }).catch(function (err) {
      el.docTitle.textContent = 'Could not load the document: ' + err.message;
    });
  }

  function closeDocument() {
    el.doc.hidden = true;
    if (docReturn && docReturn.focus) {
      docReturn.focus();
    }
  }

  // drawDocument shows the cleaned text with each fact's sentence marked (located by the
  // stored byte offsets) and its names and trigger words marked inside, and lists the facts.
  function drawDocument(d, at) {
    el.docTitle.textContent = docLabel(d);
    el.docMeta.textContent = [d.source, d.published, d.id].filter(Boolean).join(' · ');
    if (d.url) {
      var a = text('a', 'doc-url', 'article');
      a.href = d.url;
      a.rel = 'noopener noreferrer';
      a.target = '_blank';
      el.docMeta.appendChild(document.createTextNode(' · '));
      el.docMeta.appendChild(a);
    }
    var toChar = lib.charIndexer(d.text);
    var sentences = new Map(); // "start-end" -> {start, end, facts}
    var facts = d.edges.edges.map(function (x) { return x.node; });
    facts.forEach(function (e) {
      (e.sources || []).forEach(function (s) {
        if (s.document && s.document.id !== d.id) {
          return;
        }
        var k = s.start + '-' + s.end;
        if (!sentences.has(k)) {
          sentences.set(k, { start: s.start, end: s.end, facts: [] });
        }
        sentences.get(k).facts.push(e);
      });
    });
    var sorted = Array.from(sentences.values()).sort(function (a, b) { return a.start - b.start; });
    var pos = 0;
    var frag = document.createDocumentFragment();
    sorted.forEach(function (s) {
      var cs = toChar(s.start);
      var ce = toChar(s.end);
      if (cs < pos) {
        return;
      }
      frag.appendChild(document.createTextNode(d.text.slice(pos, cs)));
      var sent = d.text.slice(cs, ce);
      var spans = [];
      s.facts.forEach(function (e) {
        spans = spans.concat(lib.factSpans(sent, e.type, [e.from.name].concat(e.from.aliases || [], [e.to.name], e.to.aliases || [])));
      });
      var mk = document.createElement('mark');
      mk.className = 'fact-sentence';
      mk.id = 'doc-s-' + s.start;
      mk.title = s.facts.map(function (e) { return lower(e.type) + ': ' + e.from.name + ' → ' + e.to.name; }).join('\n');
      mk.appendChild(lib.markedFragment(document, sent, dedupeSpans(spans)));
      frag.appendChild(mk);
      pos = ce;
    });
    frag.appendChild(document.createTextNode(d.text.slice(pos)));
    el.docText.textContent = '';
    el.docText.appendChild(frag);
    el.docFacts.textContent = '';
    facts.forEach(function (e) {
      var li = document.createElement('li');
      li.className = 'fact modality-' + lower(e.modality);
      li.appendChild(text('span', 'type', lower(e.type)));
      li.appendChild(document.createTextNode(' ' + e.from.name + ' → ' + e.to.name + ' · ' + (e.date || 'undated') + ' · ' + lower(e.modality) +
        (e.attributedTo ? ' (according to ' + e.attributedTo.name + ')' : '') + ' · ' + Number(e.confidence).toFixed(2) + ' '));
      var s = (e.sources || []).filter(function (x) { return !x.document || x.document.id === d.id; })[0];
      if (s) {
        li.appendChild(button('Show', 'show-btn', function () { scrollToSentence(s.start); }));
      }
      el.docFacts.appendChild(li);
    });
    if (at !== undefined && at !== null) {
      scrollToSentence(at);
    }
  }

  function dedupeSpans(spans) {
    var kept = [];
    spans.sort(function (a, b) { return a.start - b.start || b.end - a.end; }).forEach(function (s) {
      if (!kept.some(function (k) { return s.start < k.end && k.start < s.end; })) {
        kept.push(s);
      }
    });
    return kept;
  }

  function scrollToSentence(start) {
    var mk = $('doc-s-' + start);
    if (!mk) {
      return;
    }
    mk.scrollIntoView({ block: 'center' });
    mk.classList.add('flash');
    setTimeout(function () { mk.classList.remove('flash'); }, 1500);
  }

  // ---- entity page ----
  function openEntityPage(id) {
    var box = el.viewEntity;
    box.hidden = false;
    box.textContent = '';
    box.appendChild(text('p', 'conn-meta', 'Loading the entity page…'));
    el.viewEvidence.hidden = true;
    return gql(ENTITY_PAGE, { id: id }).then(function (d) {
      if (!d.entity) {
        box.textContent = 'No entity has the id ' + id + '.';
        return;
      }
      drawEntityPage(d.entity);
      box.scrollIntoView({ block: 'start' });
    }).catch(function (err) {
      box.textContent = 'Could not load the entity page: ' + err.message;
    });
  }

  function row(dl, term, value) {
    dl.appendChild(text('dt', '', term));
    var dd = document.createElement('dd');
    if (typeof value === 'string') {
      dd.textContent = value;
    } else {
      dd.appendChild(value);
    }
    dl.appendChild(dd);
  }

  function drawEntityPage(ent) {
    var box = el.viewEntity;
    box.textContent = '';
    putEntity(ent);
    var h = text('h2', '', ent.name);
    h.id = 'entity-title';
    box.appendChild(h);
    box.appendChild(button('Close page', 'close-btn', function () { box.hidden = true; }));
    var dl = document.createElement('dl');
    dl.className = 'entity-facts';
    row(dl, 'Kind', lower(ent.kind));
    row(dl, 'ID', ent.id);
    row(dl, 'Aliases', ent.aliases && ent.aliases.length ? ent.aliases.join(', ') : 'none');
    row(dl, 'Roles', ent.roles && ent.roles.length ? ent.roles.join(', ') : 'none');
    row(dl, 'Country', ent.country ? entityLink(ent.country) : 'not known');
    row(dl, 'ISO3', ent.codes && ent.codes.iso3 ? ent.codes.iso3 : 'none');
    row(dl, 'Wikidata', ent.codes && ent.codes.wikidata ? wikidataLink(ent.codes.wikidata) : 'none');
    var edges = ent.edges.edges.map(function (x) { return x.node; });
    var dates = edges.map(function (e) { return e.date; }).filter(Boolean).sort(function (a, b) {
      return lib.dateStart(a) < lib.dateStart(b) ? -1 : 1;
    });
    row(dl, 'First seen', dates.length ? dates[0] : 'no dated fact');
    row(dl, 'Last seen', dates.length ? dates[dates.length - 1] : 'no dated fact');
    row(dl, 'Facts', ent.edges.totalCount + (ent.edges.totalCount > edges.length ? ' (the first ' + edges.length + ' counted below)' : ''));
    box.appendChild(dl);

    // Counts by relation type and direction.
    var counts = {};
    var partners = new Map();
    var docs = new Map();
    edges.forEach(function (e) {
      var t = lower(e.type);
      counts[t] = counts[t] || { out: 0, in: 0 };
      var out = e.from.id === ent.id;
      counts[t][out ? 'out' : 'in']++;
      var other = out ? e.to : e.from;
      var p = partners.get(other.id) || { ent: other, n: 0 };
      p.n++;
      partners.set(other.id, p);
      (e.sources || []).forEach(function (s) {
        if (s.document) {
          var dd = docs.get(s.document.id) || { doc: s.document, n: 0 };
          dd.n++;
          docs.set(s.document.id, dd);
        }
      });
    });
    box.appendChild(text('h3', '', 'Facts by relation type'));
    var table = document.createElement('table');
    table.className = 'counts';
    var thead = document.createElement('tr');
    ['type', 'as subject', 'as object'].forEach(function (c) { thead.appendChild(text('th', '', c)); });
    table.appendChild(thead);
    Object.keys(counts).sort().forEach(function (t) {
      var tr = document.createElement('tr');
      tr.appendChild(text('td', 'type', t));
      tr.appendChild(text('td', 'num', String(counts[t].out)));
      tr.appendChild(text('td', 'num', String(counts[t].in)));
      table.appendChild(tr);
    });
    box.appendChild(table);
    box.appendChild(text('h3', '', 'Top partners'));
    var pl = document.createElement('ol');
    pl.className = 'partners';
    Array.from(partners.values()).sort(function (a, b) { return b.n - a.n || (a.ent.name < b.ent.name ? -1 : 1); })
      .slice(0, 10).forEach(function (p) {
        var li = document.createElement('li');
        li.appendChild(entityLink(p.ent));
        li.appendChild(text('span', 'count', ' ×' + p.n));
        pl.appendChild(li);
      });
    box.appendChild(pl);
    box.appendChild(text('h3', '', 'Documents'));
    var dlist = document.createElement('ul');
    dlist.className = 'documents';
    Array.from(docs.values()).sort(function (a, b) { return b.n - a.n; }).slice(0, 50).forEach(function (x) {
      var li = document.createElement('li');
      li.appendChild(button(docLabel(x.doc), 'doc-btn', function () { openDocument(x.doc.id, null); }));
      li.appendChild(text('span', 'count', ' ' + x.n + (x.n === 1 ? ' fact' : ' facts')));
      if (x.doc.url) {
        var a = text('a', 'doc-url', 'article');
        a.href = x.doc.url;
        a.rel = 'noopener noreferrer';
        a.target = '_blank';
        li.appendChild(document.createTextNode(' · '));
        li.appendChild(a);
      }
      dlist.appendChild(li);
    });
    box.appendChild(dlist);
  }

  // ---- path finder ----
  // findPath asks for the shortest path, adds it to the graph and lists its hops.
  function findPath(from, to, quiet) {
    setStatus('Finding a path…', 'loading');
    return gql(PATH, { from: from, to: to }).then(function (d) {
      var box = el.viewPath;
      box.hidden = false;
      box.textContent = '';
      var h = text('h2', '', 'Path: ' + nameOf(from) + ' → ' + nameOf(to));
      h.id = 'path-title';
      box.appendChild(h);
      box.appendChild(button('Close path', 'close-btn', function () {
        view.path = null;
        box.hidden = true;
        remember(false);
        render({});
      }));
      if (!d.path) {
        view.path = null;
        box.appendChild(text('p', '', 'No path of at most 4 steps joins them.'));
        if (!quiet) {
          setStatus('No path found.', 'ready');
        }
        return;
      }
      d.path.entities.forEach(putEntity);
      d.path.edges.forEach(putEdge);
      h.textContent = 'Path: ' + nameOf(d.path.entities[0].id) + ' → ' + nameOf(d.path.entities[d.path.entities.length - 1].id) +
        ' (' + d.path.length + (d.path.length === 1 ? ' step)' : ' steps)');
      if (!quiet) {
        pushUndo();
      }
      view.path = { from: from, to: to, nodes: d.path.entities.map(function (e) { return e.id; }), edges: new Set(d.path.edges.map(function (e) { return e.id; })) };
      view.path.nodes.forEach(function (id) { view.shown.add(id); });
      var ol = document.createElement('ol');
      ol.className = 'hops';
      d.path.edges.forEach(function (e) {
        var li = document.createElement('li');
        li.className = 'hop';
        var head = document.createElement('div');
        head.appendChild(entityLink(store.entities.get(e.from.id)));
        head.appendChild(text('span', 'type', ' ' + lower(e.type) + ' '));
        head.appendChild(entityLink(store.entities.get(e.to.id)));
        head.appendChild(text('span', 'conn-meta', ' · ' + (e.date || 'undated') + ' · ' + lower(e.modality)));
        li.appendChild(head);
        lib.sentenceGroups([e]).forEach(function (g) {
          li.appendChild(markedSentence(g.sentence, e.type, e.from.id, e.to.id));
          li.appendChild(text('cite', '', docLabel(g.items[0].source.document) + (g.copies > 1 ? ' and ' + (g.copies - 1) + ' more' : '')));
        });
        ol.appendChild(li);
      });
      box.appendChild(ol);
      if (quiet) {
        return;
      }
      if (!view.focus) {
        setFocus(from);
      }
      return render({ anchor: from }).then(function () {
        remember(false);
        setStatus('Path of ' + d.path.length + ' steps drawn. ' + statusText(), 'ready');
      });
    }).catch(function (err) {
      setStatus('Could not find a path: ' + err.message, 'error');
    });
  }

  // ---- timeline ----
  var tl = null; // {buckets, unit, x0, bw} of the last drawing
  var SVG_NS = 'http://www.w3.org/2000/svg';

  function svgEl(tag, attrs) {
    var e = document.createElementNS(SVG_NS, tag);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }

  // timelineEdges are the dated facts of the open relation's pair, else of the focus.
  function timelineEdges() {
    var r = view.rel ? findRelation(view.rel) : null;
    var out = [];
    store.edges.forEach(function (e) {
      var inScope = r ? (e.from.id === r.source && e.to.id === r.target) || (e.from.id === r.target && e.to.id === r.source)
        : view.focus && (e.from.id === view.focus || e.to.id === view.focus);
      if (inScope && e.date && edgePassesNoDate(e)) {
        out.push(e);
      }
    });
    el.tlWhat.textContent = r ? '· ' + nameOf(r.source) + ' and ' + nameOf(r.target) : view.focus ? '· ' + nameOf(view.focus) : '';
    return out;
  }

  function renderTimeline() {
    var svg = el.timeline;
    while (svg.firstChild) {
      svg.removeChild(svg.firstChild);
    }
    el.tlLegend.textContent = '';
    var edges = timelineEdges();
    var width = svg.clientWidth || 600;
    var height = 120;
    svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
    if (!edges.length) {
      tl = null;
      svg.appendChild(svgEl('text', { x: 10, y: 60, class: 'tl-empty' })).textContent = 'No dated facts to show.';
      return;
    }
    var days = edges.map(function (e) { return lib.dateStart(e.date); });
    if (filters.from) {
      days.push(lib.dateStart(filters.from));
    }
    if (filters.to) {
      days.push(lib.dateStart(filters.to));
    }
    days.sort();
    var unit = el.tlUnit.value;
    var bs = lib.buckets(days[0], days[days.length - 1], unit, 2000);
    if (bs.length > 400 && unit === 'week') {
      // Too many weeks to draw: show months, and say so in the unit picker.
      unit = 'month';
      el.tlUnit.value = unit;
      bs = lib.buckets(days[0], days[days.length - 1], unit, 2000);
    }
    var index = new Map(bs.map(function (b, i) { return [b, i]; }));
    var stacks = bs.map(function () { return {}; });
    var types = new Set();
    edges.forEach(function (e) {
      var i = index.get(lib.bucketOf(lib.dateStart(e.date), unit));
      if (i === undefined) {
        return;
      }
      var t = lower(e.type);
      types.add(t);
      stacks[i][t] = (stacks[i][t] || 0) + 1;
    });
    var max = 1;
    stacks.forEach(function (s) {
      var n = Object.keys(s).reduce(function (a, t) { return a + s[t]; }, 0);
      max = Math.max(max, n);
    });
    var x0 = 34;
    var plotW = width - x0 - 10;
    var bw = plotW / bs.length;
    var top = 8;
    var baseY = height - 22;
    var scale = (baseY - top) / max;
    var typeList = Array.from(types).sort();
    svg.appendChild(svgEl('line', { x1: x0, y1: baseY, x2: width - 10, y2: baseY, class: 'tl-axis' }));
    svg.appendChild(svgEl('text', { x: x0 - 4, y: top + 8, 'text-anchor': 'end', class: 'tl-label' })).textContent = String(max);
    stacks.forEach(function (s, i) {
      var y = baseY;
      typeList.forEach(function (t) {
        if (!s[t]) {
          return;
        }
        var h = s[t] * scale;
        var r = svgEl('rect', {
          x: x0 + i * bw + (bw > 3 ? 0.5 : 0), y: y - h, width: Math.max(1, bw - (bw > 3 ? 1 : 0)), height: h,
          fill: TYPE_COLORS[t] || '#999', class: 'tl-bar', 'data-bucket': bs[i], 'data-type': t
        });
        r.appendChild(svgEl('title', {})).textContent = bs[i] + ': ' + t + ' ' + s[t];
        svg.appendChild(r);
        y -= h;
      });
    });
    var lastLabel = -100;
    bs.forEach(function (b, i) {
      var x = x0 + i * bw;
      var label = unit === 'month' ? (b.slice(5, 7) === '01' || i === 0 ? b.slice(0, 4) : '') : (i === 0 || b.slice(5, 7) !== bs[i - 1].slice(5, 7) ? b.slice(0, 7) : '');
      if (label && x - lastLabel > 46) {
        svg.appendChild(svgEl('text', { x: x, y: height - 6, class: 'tl-label' })).textContent = label;
        lastLabel = x;
      }
    });
    tl = { buckets: bs, unit: unit, x0: x0, bw: bw, top: top, baseY: baseY };
    drawBrush();
    typeList.forEach(function (t) {
      var li = document.createElement('li');
      var sw = text('span', 'swatch', '');
      sw.style.background = TYPE_COLORS[t] || '#999';
      li.appendChild(sw);
      li.appendChild(document.createTextNode(t));
      el.tlLegend.appendChild(li);
    });
  }

  // brushRange is the bucket index range [i, j] the date filter covers, or null.
  function brushRange() {
    if (!tl || (!filters.from && !filters.to)) {
      return null;
    }
    var bs = tl.buckets;
    var from = filters.from ? lib.dateStart(filters.from) : bs[0];
    var to = filters.to ? lib.dateEnd(filters.to) : lib.bucketEnd(bs[bs.length - 1], tl.unit);
    var i = 0;
    while (i < bs.length - 1 && lib.bucketEnd(bs[i], tl.unit) < from) {
      i++;
    }
    var j = bs.length - 1;
    while (j > 0 && bs[j] > to) {
      j--;
    }
    return j >= i ? [i, j] : null;
  }

  function drawBrush(range) {
    var svg = el.timeline;
    var old = svg.querySelector('.tl-brush');
    if (old) {
      svg.removeChild(old);
    }
    range = range || brushRange();
    if (!tl || !range) {
      return;
    }
    svg.appendChild(svgEl('rect', {
      class: 'tl-brush', x: tl.x0 + range[0] * tl.bw, y: tl.top - 4, width: (range[1] - range[0] + 1) * tl.bw,
      height: tl.baseY - tl.top + 8
    }));
  }

  function bucketAt(clientX) {
    var r = el.timeline.getBoundingClientRect();
    var vb = el.timeline.viewBox.baseVal;
    var x = (clientX - r.left) * (vb && vb.width ? vb.width / r.width : 1);
    var i = Math.floor((x - tl.x0) / tl.bw);
    return Math.max(0, Math.min(tl.buckets.length - 1, i));
  }

  // setRange filters the graph to buckets i..j (dated facts only), or clears the range.
  function setRange(range) {
    if (range) {
      filters.from = tl.buckets[range[0]];
      filters.to = lib.bucketEnd(tl.buckets[range[1]], tl.unit);
      filters.undated = false;
    } else {
      filters.from = filters.to = '';
      filters.undated = true;
    }
    syncFilterInputs();
    refilter(false);
  }

  var brushStart = null;
  el.timeline.addEventListener('pointerdown', function (ev) {
    if (!tl) {
      return;
    }
    brushStart = bucketAt(ev.clientX);
    el.timeline.setPointerCapture(ev.pointerId);
    drawBrush([brushStart, brushStart]);
  });
  el.timeline.addEventListener('pointermove', function (ev) {
    if (brushStart === null) {
      return;
    }
    var i = bucketAt(ev.clientX);
    drawBrush([Math.min(i, brushStart), Math.max(i, brushStart)]);
  });
  el.timeline.addEventListener('pointerup', function (ev) {
    if (brushStart === null) {
      return;
    }
    var i = bucketAt(ev.clientX);
    var range = [Math.min(i, brushStart), Math.max(i, brushStart)];
    brushStart = null;
    setRange(range);
  });
  el.timeline.addEventListener('keydown', function (ev) {
    if (!tl) {
      return;
    }
    var r = brushRange() || [tl.buckets.length - 1, tl.buckets.length - 1];
    var n = tl.buckets.length;
    if (ev.key === 'ArrowLeft' || ev.key === 'ArrowRight') {
      ev.preventDefault();
      var d = ev.key === 'ArrowLeft' ? -1 : 1;
      if (ev.shiftKey) {
        r = [r[0], Math.max(r[0], Math.min(n - 1, r[1] + d))];
      } else if (r[0] + d >= 0 && r[1] + d < n) {
        r = [r[0] + d, r[1] + d];
      }
      setRange(r);
    } else if (ev.key === 'Escape') {
      setRange(null);
    }
  });
  $('tl-clear').addEventListener('click', function () { setRange(null); });
  el.tlUnit.addEventListener('change', function () { renderTimeline(); });

  // ---- filter controls ----
  function checkboxes(box, values, hidden, counts) {
    var existing = Array.from(box.querySelectorAll('input')).map(function (i) { return i.value; });
    if (existing.join(',') !== values.join(',')) {
      box.textContent = '';
      if (!values.length) {
        box.textContent = 'none yet';
      }
      values.forEach(function (v) {
        var label = document.createElement('label');
        var cb = document.createElement('input');
        cb.type = 'checkbox';
        cb.value = v;
        cb.addEventListener('change', function () {
          if (cb.checked) {
            hidden().delete(v);
          } else {
            hidden().add(v);
          }
          refilter(false);
        });
        label.appendChild(cb);
        label.appendChild(document.createTextNode(' ' + v));
        box.appendChild(label);
      });
    }
    box.querySelectorAll('input').forEach(function (cb) {
      cb.checked = !hidden().has(cb.value);
      cb.parentNode.title = counts && counts[cb.value] ? counts[cb.value] + ' facts' : '';
    });
  }

  function renderFilterControls() {
    var types = new Set();
    var sources = new Set();
    store.edges.forEach(function (e) {
      if (view.shown.has(e.from.id) && view.shown.has(e.to.id)) {
        types.add(lower(e.type));
        (e.sources || []).forEach(function (s) {
          if (s.document && s.document.source) {
            sources.add(s.document.source);
          }
        });
      }
    });
    filters.types.forEach(function (t) { types.add(t); });
    checkboxes(el.typeFilters, Array.from(types).sort(), function () { return filters.types; });
    checkboxes(el.modFilters, MODALITIES, function () { return filters.mods; });
    checkboxes(el.kindFilters, KINDS, function () { return filters.kinds; });
    if (filters.source) {
      sources.add(filters.source);
    }
    var list = Array.from(sources).sort();
    var have = Array.from(el.source.options).slice(1).map(function (o) { return o.value; });
    if (have.join('\n') !== list.join('\n')) {
      while (el.source.options.length > 1) {
        el.source.remove(1);
      }
      list.forEach(function (s) {
        var o = document.createElement('option');
        o.value = s;
        o.textContent = s;
        el.source.appendChild(o);
      });
    }
    el.source.value = filters.source;
  }

  function syncFilterInputs() {
    el.dateFrom.value = filters.from;
    el.dateTo.value = filters.to;
    el.undated.checked = filters.undated;
    el.source.value = filters.source;
  }

  // refilter redraws after a filter change and records it (typing replaces the entry).
  function refilter(typing) {
    return render({}).then(function () {
      remember(typing);
      if (view.focus) {
        setStatus(statusText(), 'ready');
      }
    });
  }

  [el.dateFrom, el.dateTo].forEach(function (input) {
    input.addEventListener('input', function () {
      var v = input.value.trim();
      var ok = v === '' || lib.DATE_RE.test(v);
      input.setCustomValidity(ok ? '' : 'Use YYYY, YYYY-MM or YYYY-MM-DD');
      if (!ok) {
        return;
      }
      filters[input === el.dateFrom ? 'from' : 'to'] = v;
      refilter(true);
    });
  });
  el.undated.addEventListener('change', function () {
    filters.undated = el.undated.checked;
    refilter(false);
  });
  el.source.addEventListener('change', function () {
    filters.source = el.source.value;
    refilter(false);
  });
  $('filters-reset').addEventListener('click', function () {
    filters = { types: new Set(), mods: new Set(), kinds: new Set(), source: '', from: '', to: '', undated: true };
    syncFilterInputs();
    refilter(false);
  });

  // ---- search boxes with suggestions ----
  // combo wires a text input to a listbox of search suggestions; onChoose gets the entity.
  function combo(input, listbox, onChoose) {
    var timer = null;
    var seq = 0;
    var active = -1;
    var items = [];
    var c = {};

    function close() {
      listbox.hidden = true;
      listbox.textContent = '';
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      items = [];
      active = -1;
    }

    function show(list) {
      listbox.textContent = '';
      items = list;
      active = -1;
      if (!list.length) {
        var none = text('li', 'none', 'No match');
        none.setAttribute('aria-disabled', 'true');
        listbox.appendChild(none);
      }
      list.forEach(function (s, i) {
        var li = document.createElement('li');
        li.id = listbox.id + '-' + i;
        li.setAttribute('role', 'option');
        li.dataset.id = s.id;
        li.appendChild(text('span', 'dot kind-' + lower(s.kind), ''));
        li.appendChild(text('span', 'name', s.name));
        li.appendChild(text('span', 'kind', lower(s.kind) + (s.codes && s.codes.iso3 ? ' · ' + s.codes.iso3 : '')));
        li.addEventListener('mousedown', function (ev) {
          ev.preventDefault();
          c.choose(i);
        });
        listbox.appendChild(li);
      });
      listbox.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }

    function highlight(i) {
      var lis = listbox.querySelectorAll('[role=option]');
      lis.forEach(function (li, j) { li.setAttribute('aria-selected', j === i ? 'true' : 'false'); });
      active = i;
      if (i >= 0 && lis[i]) {
        input.setAttribute('aria-activedescendant', lis[i].id);
      }
    }

    c.choose = function (i) {
      var s = items[i];
      if (!s) {
        return;
      }
      input.value = s.name;
      input.dataset.id = s.id;
      close();
      onChoose(s);
    };

    c.suggest = function (v) {
      var my = ++seq;
      return gql(SEARCH, { text: v }).then(function (data) {
        if (my !== seq) {
          return null;
        }
        show(data.search || []);
        return data.search || [];
      }).catch(function (err) {
        if (my === seq) {
          setStatus('Search failed: ' + err.message, 'error');
        }
        return null;
      });
    };

    // resolve picks the highlighted suggestion, else the first match of the text.
    c.resolve = function () {
      if (active >= 0) {
        var s = items[active];
        close();
        return Promise.resolve(s);
      }
      var v = input.value.trim();
      if (!v) {
        return Promise.resolve(null);
      }
      clearTimeout(timer);
      return c.suggest(v).then(function (list) {
        close();
        if (list && list.length) {
          input.dataset.id = list[0].id;
          return list[0];
        }
        if (list) {
          setStatus('No entity matches “' + v + '”.', 'error');
        }
        return null;
      });
    };

    input.addEventListener('input', function () {
      clearTimeout(timer);
      delete input.dataset.id;
      if (el.body.dataset.state === 'error') {
        setStatus('', view.focus ? 'ready' : 'idle'); // a new search clears a stale error
      }
      var v = input.value.trim();
      if (v.length < 2) {
        seq++;
        close();
        return;
      }
      timer = setTimeout(function () { c.suggest(v); }, 150);
    });
    input.addEventListener('keydown', function (ev) {
      if (listbox.hidden || !items.length) {
        return;
      }
      if (ev.key === 'ArrowDown') {
        ev.preventDefault();
        highlight((active + 1) % items.length);
      } else if (ev.key === 'ArrowUp') {
        ev.preventDefault();
        highlight((active - 1 + items.length) % items.length);
      } else if (ev.key === 'Escape') {
        close();
      }
    });
    input.addEventListener('blur', function () {
      setTimeout(close, 150);
    });
    return c;
  }

  var mainSearch = combo(el.q, el.suggestions, function (s) { open(s.id); });
  el.form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    mainSearch.resolve().then(function (s) {
      if (s) {
        open(s.id);
      }
    });
  });
  el.add.addEventListener('click', function () {
    mainSearch.resolve().then(function (s) {
      if (s) {
        addOrFocus(s.id);
      }
    });
  });

  var pathFrom = combo(el.pathFrom, $('path-from-list'), function () {});
  var pathTo = combo(el.pathTo, $('path-to-list'), function () {});
  el.pathForm.addEventListener('submit', function (ev) {
    ev.preventDefault();
    pathFrom.resolve().then(function (a) {
      return pathTo.resolve().then(function (b) {
        if (a && b) {
          return findPath(a.id, b.id, false);
        }
        if (!a || !b) {
          setStatus('Pick both ends of the path.', 'error');
        }
      });
    });
  });
  $('btn-path').addEventListener('click', function () {
    var open = el.pathForm.hidden;
    el.pathForm.hidden = !open;
    $('btn-path').setAttribute('aria-expanded', String(open));
    if (open) {
      if (view.focus && !el.pathFrom.value) {
        el.pathFrom.value = nameOf(view.focus);
        el.pathFrom.dataset.id = view.focus;
      }
      el.pathFrom.focus();
    }
  });

  // ---- toolbar and focus actions ----
  $('btn-fit').addEventListener('click', fit);
  function relayout() {
    pushUndo();
    return render({ relayout: true }).then(function () { setStatus(statusText(), 'ready'); });
  }
  $('btn-relayout').addEventListener('click', relayout);
  el.undo.addEventListener('click', undo);
  $('act-expand').addEventListener('click', function () { expand(view.focus, false); });
  $('act-more').addEventListener('click', function () { expand(view.focus, true); });
  $('act-collapse').addEventListener('click', function () { collapse(view.focus); });
  $('act-pin').addEventListener('click', function () { togglePin(view.focus); });
  $('act-remove').addEventListener('click', function () { removeNode(view.focus); });
  $('act-page').addEventListener('click', function () { openEntityPage(view.focus); });
  $('act-new').addEventListener('click', function () { open(view.focus); });
  $('doc-close').addEventListener('click', closeDocument);
  el.doc.addEventListener('keydown', function (ev) {
    if (ev.key === 'Escape') {
      closeDocument();
    }
  });

  // Keys on the drawing: arrows move the focus through the nodes, Enter expands, Delete
  // removes, p pins, f fits, l lays out again, Ctrl+Z undoes.
  el.graph.addEventListener('keydown', function (ev) {
    var nodes = visibleNodes().sort(function (a, b) { return nameOf(a) < nameOf(b) ? -1 : 1; });
    var i = nodes.indexOf(view.focus);
    var handled = true;
    if (ev.key === 'ArrowRight' || ev.key === 'ArrowDown' || ev.key === 'ArrowLeft' || ev.key === 'ArrowUp') {
      var d = ev.key === 'ArrowRight' || ev.key === 'ArrowDown' ? 1 : -1;
      if (nodes.length) {
        setFocus(nodes[(i + d + nodes.length) % nodes.length]);
        render({}).then(function () { centerOn(view.focus); remember(true); });
      }
    } else if (ev.key === 'Enter' && view.focus) {
      expand(view.focus, view.expanded.has(view.focus));
    } else if ((ev.key === 'Delete' || ev.key === 'Backspace') && view.focus) {
      removeNode(view.focus);
    } else if (ev.key === 'p' && view.focus) {
      togglePin(view.focus);
    } else if (ev.key === 'f') {
      fit();
    } else if (ev.key === 'l') {
      relayout();
    } else if (ev.key === 'z' && (ev.ctrlKey || ev.metaKey)) {
      undo();
    } else {
      handled = false;
    }
    if (handled) {
      ev.preventDefault();
    }
  });

  // ---- export ----
  function download(name, blob) {
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    a.hidden = true;
    document.body.appendChild(a);
    a.click();
    document.body.removeChild(a);
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 5000);
  }

  function exportName(ext) {
    var base = view.focus ? view.focus.replace(/[^A-Za-z0-9_-]+/g, '-') : 'graph';
    return 'geokg-' + base + '.' + ext;
  }

  function exportPNG() {
    if (!cy || !cy.nodes().length) {
      return;
    }
    download(exportName('png'), cy.png({
      output: 'blob', full: true, scale: 2, maxWidth: 6000, maxHeight: 6000, bg: cssVar('--bg', '#ffffff')
    }));
  }

  function exportSVG() {
    if (!cy || !cy.nodes().length) {
      return;
    }
    var colors = kindColors();
    var nodes = cy.nodes().map(function (n) {
      var p = n.position();
      return { id: n.id(), name: n.data('name'), x: p.x, y: p.y, size: n.width(), color: colors[n.data('kind')] || '#7f8c8d' };
    });
    var lines = cy.edges().map(function (e) {
      var s = e.sourceEndpoint();
      var t = e.targetEndpoint();
      var line = {
        x1: s.x, y1: s.y, x2: t.x, y2: t.y, width: e.data('width'), modality: e.data('modality'),
        color: e.data('modality') === 'negated' ? '#c0392b' : cssVar('--edge', '#666666'), label: e.data('label')
      };
      var cps = e.controlPoints();
      if (cps && cps.length === 1) {
        line.cx = cps[0].x;
        line.cy = cps[0].y;
      }
      return line;
    });
    var bb = cy.elements().boundingBox({ includeLabels: true });
    var svg = lib.svgDocument({ nodes: nodes, lines: lines, bg: cssVar('--bg', '#ffffff'), fg: cssVar('--fg', '#1b1b1b'), bbox: bb });
    download(exportName('svg'), new Blob([svg], { type: 'image/svg+xml' }));
  }

  function visibleSubgraph() {
    var nodes = visibleNodes().map(function (id) {
      var n = store.entities.get(id);
      return { id: n.id, kind: n.kind, name: n.name, aliases: n.aliases || [], codes: n.codes || null };
    });
    var relations = lastRelations.map(function (r) {
      return {
        from: r.source, to: r.target, type: r.type, count: r.count, first: r.first || null, last: r.last || null,
        edges: r.edges.map(function (e) {
          return {
            id: e.id, type: lower(e.type), from: e.from.id, to: e.to.id, date: e.date || null, modality: lower(e.modality),
            confidence: e.confidence, attributedTo: e.attributedTo ? e.attributedTo.id : null,
            sources: (e.sources || []).map(function (s) {
              return { sentence: s.sentence, start: s.start, end: s.end, document: s.document };
            })
          };
        })
      };
    });
    return {
      exported: new Date().toISOString(), view: location.href,
      filters: {
        hiddenTypes: Array.from(filters.types), hiddenModalities: Array.from(filters.mods), hiddenKinds: Array.from(filters.kinds),
        source: filters.source || null, from: filters.from || null, to: filters.to || null, undated: filters.undated
      },
      entities: nodes, relations: relations
    };
  }

  function exportJSON() {
    download(exportName('json'), new Blob([JSON.stringify(visibleSubgraph(), null, 2)], { type: 'application/json' }));
  }

  function exportCSV() {
    var edges = [];
    lastRelations.forEach(function (r) { edges = edges.concat(r.edges); });
    download(exportName('csv'), new Blob([lib.csvDocument(edges, nameOf)], { type: 'text/csv' }));
  }

  $('export-png').addEventListener('click', exportPNG);
  $('export-svg').addEventListener('click', exportSVG);
  $('export-json').addEventListener('click', exportJSON);
  $('export-csv').addEventListener('click', exportCSV);

  // ---- colours follow the system's scheme ----
  if (window.matchMedia) {
    var mq = window.matchMedia('(prefers-color-scheme: dark)');
    var restyle = function () {
      if (cy) {
        cy.style(cyStyle());
      }
      renderTimeline();
    };
    if (mq.addEventListener) {
      mq.addEventListener('change', restyle);
    }
  }
  window.addEventListener('resize', function () { renderTimeline(); });

  // ---- start ----
  // A read-only handle for debugging in the console and for the browser tests.
  window.geokgExplorer = Object.freeze({
    cy: function () { return cy; },
    view: function () {
      return {
        focus: view.focus, root: view.root, shown: Array.from(view.shown), expanded: Array.from(view.expanded.keys()),
        pinned: Array.from(view.pinned), rel: view.rel
      };
    },
    subgraph: visibleSubgraph
  });
  window.addEventListener('popstate', function () {
    applyURL();
  });
  applyURL();
})();
