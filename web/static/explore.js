// explore.js drives the graph explorer (/explore): a search box with suggestions, a
// cytoscape drawing of an entity's neighborhood that grows when a node is clicked, filters by
// relation type and date, and a side panel that lists every connection drawn, as text.
// Configuration comes from the page's #geokg-config JSON (see web.go: exploreConfig).
(function () {
  'use strict';

  var cfg = JSON.parse(document.getElementById('geokg-config').textContent);

  var NEIGHBORHOOD = 'query ExploreNeighborhood($id: ID!) {\n' +
    '  entity(id: $id) { id kind name }\n' +
    '  neighborhood(id: $id, depth: 1, limit: 200) {\n' +
    '    entities { id kind name }\n' +
    '    edges {\n' +
    '      id type date datePrecision modality confidence\n' +
    '      from { id kind name } to { id kind name } attributedTo { id name }\n' +
    '      sources { sentence document { id title url } }\n' +
    '    }\n' +
    '  }\n' +
    '}';
  var ENTITY = 'query ExploreEntity($id: ID!) { entity(id: $id) { id } }';
  var SEARCH = 'query ExploreSearch($text: String!) {\n' +
    '  search(text: $text, first: 8) { id kind name }\n' +
    '}';

  var COLORS = {
    person: '#d35400',
    state: '#1f6fb2',
    organization: '#1e8449',
    place: '#7d3c98'
  };

  // ---- state (one explorer per page) ----
  var graph = {
    nodes: new Map(), // id -> {id, kind, name, expanded}
    edges: new Map(), // id -> edge as returned by GraphQL
    root: null,
    selected: null
  };
  var hiddenTypes = new Set();
  var cy = null;

  var el = {
    body: document.body,
    form: document.getElementById('search-form'),
    q: document.getElementById('q'),
    suggestions: document.getElementById('suggestions'),
    typeFilters: document.getElementById('type-filters'),
    dateFrom: document.getElementById('date-from'),
    dateTo: document.getElementById('date-to'),
    undated: document.getElementById('undated'),
    graph: document.getElementById('graph'),
    title: document.getElementById('panel-title'),
    kind: document.getElementById('panel-kind'),
    status: document.getElementById('status'),
    connections: document.getElementById('connections')
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

  // neighborhood resolves to {entity, neighborhood}; entity is null for an unknown id. The
  // server may answer an unknown id with an error for the (non-null) neighborhood, so an
  // error is followed by a plain entity lookup to tell "no such entity" from a failure.
  function neighborhood(id) {
    return post(NEIGHBORHOOD, { id: id }).then(function (body) {
      if (!body.errors || !body.errors.length) {
        return body.data;
      }
      if (body.data && body.data.entity === null) {
        return { entity: null, neighborhood: null };
      }
      return post(ENTITY, { id: id }).then(function (check) {
        if (check.data && check.data.entity === null) {
          return { entity: null, neighborhood: null };
        }
        throw new Error(errorText(body));
      });
    });
  }

  function setStatus(text, state) {
    el.status.textContent = text;
    el.body.dataset.state = state;
  }

  // ---- kinds, modality and dates ----
  function kindOf(k) {
    return String(k || '').toLowerCase();
  }

  function typeOf(t) {
    return String(t || '').toLowerCase();
  }

  // dateStart and dateEnd turn "YYYY", "YYYY-MM" or "YYYY-MM-DD" into comparable strings
  // covering the whole period the date names.
  function dateStart(d) {
    return d.length === 4 ? d + '-01-01' : d.length === 7 ? d + '-01' : d;
  }
  function dateEnd(d) {
    return d.length === 4 ? d + '-12-31' : d.length === 7 ? d + '-31' : d;
  }
  var DATE_RE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

  function dateFilter() {
    var from = el.dateFrom.value.trim();
    var to = el.dateTo.value.trim();
    return {
      from: DATE_RE.test(from) ? dateStart(from) : '',
      to: DATE_RE.test(to) ? dateEnd(to) : '',
      undated: el.undated.checked
    };
  }

  function edgeVisible(e, f) {
    if (hiddenTypes.has(typeOf(e.type))) {
      return false;
    }
    if (!e.date) {
      return f.undated;
    }
    if (f.from && dateEnd(e.date) < f.from) {
      return false;
    }
    if (f.to && dateStart(e.date) > f.to) {
      return false;
    }
    return true;
  }

  function visibleEdges() {
    var f = dateFilter();
    var out = [];
    graph.edges.forEach(function (e) {
      if (edgeVisible(e, f)) {
        out.push(e);
      }
    });
    return out;
  }

  // ---- loading ----
  function addNode(n) {
    var cur = graph.nodes.get(n.id);
    if (cur) {
      cur.name = n.name || cur.name;
      cur.kind = n.kind || cur.kind;
      return cur;
    }
    var node = { id: n.id, kind: n.kind, name: n.name, expanded: false };
    graph.nodes.set(n.id, node);
    return node;
  }

  function merge(data) {
    data.neighborhood.entities.forEach(addNode);
    data.neighborhood.edges.forEach(function (e) {
      addNode(e.from);
      addNode(e.to);
      graph.edges.set(e.id, e);
    });
  }

  // open makes id the root of a fresh graph.
  function open(id, push) {
    if (push) {
      history.pushState({ id: id }, '', '/explore?id=' + encodeURIComponent(id));
    }
    setStatus('Loading ' + id + '…', 'loading');
    return neighborhood(id).then(function (data) {
      if (!data.entity) {
        graph.nodes.clear();
        graph.edges.clear();
        graph.root = graph.selected = null;
        el.title.textContent = 'Graph explorer';
        el.kind.textContent = '';
        render();
        setStatus('No entity has the id ' + id + '.', 'error');
        return;
      }
      graph.nodes.clear();
      graph.edges.clear();
      var root = addNode(data.entity);
      merge(data);
      root.expanded = true;
      graph.root = graph.selected = root.id;
      if (cy) {
        cy.elements().remove(); // a new root gets a fresh layout
      }
      document.title = 'geokg · ' + root.name;
      render(true);
      setStatus(statusText(), 'ready');
    }).catch(function (err) {
      setStatus('Could not load ' + id + ': ' + err.message, 'error');
    });
  }

  // expand adds the neighborhood of a node already drawn.
  function expand(id) {
    var node = graph.nodes.get(id);
    graph.selected = id;
    if (!node || node.expanded) {
      render(false);
      setStatus(statusText(), 'ready');
      return Promise.resolve();
    }
    setStatus('Expanding ' + node.name + '…', 'loading');
    return neighborhood(id).then(function (data) {
      if (data.entity) {
        addNode(data.entity);
        merge(data);
      }
      node.expanded = true;
      render(true);
      setStatus(statusText(), 'ready');
    }).catch(function (err) {
      setStatus('Could not expand ' + node.name + ': ' + err.message, 'error');
    });
  }

  function statusText() {
    var shown = visibleEdges().length;
    var total = graph.edges.size;
    var s = shown + (shown === 1 ? ' connection' : ' connections') + ' shown';
    if (shown !== total) {
      s += ' (' + (total - shown) + ' hidden by filters)';
    }
    return s + '.';
  }

  // ---- drawing ----
  function cyStyle() {
    var s = [
      {
        selector: 'node',
        style: {
          label: 'data(name)',
          'background-color': '#7f8c8d',
          color: '#1b1b1b',
          'font-size': 11,
          'text-valign': 'bottom',
          'text-margin-y': 4,
          'text-wrap': 'wrap',
          'text-max-width': 120,
          width: 26,
          height: 26,
          'border-width': 2,
          'border-style': 'dashed',
          'border-color': '#555'
        }
      },
      { selector: 'node[?expanded]', style: { 'border-style': 'solid' } },
      { selector: 'node[?root]', style: { width: 40, height: 40, 'font-weight': 'bold', 'border-width': 3 } },
      { selector: 'node:selected, node[?selected]', style: { 'border-color': '#f1c40f', 'border-width': 4 } },
      {
        selector: 'edge',
        style: {
          label: 'data(label)',
          'font-size': 9,
          color: '#333',
          'text-rotation': 'autorotate',
          'text-background-color': '#fff',
          'text-background-opacity': 0.8,
          'text-background-padding': 1,
          'curve-style': 'bezier',
          'target-arrow-shape': 'triangle',
          width: 1.5,
          'line-color': '#666',
          'target-arrow-color': '#666'
        }
      },
      { selector: 'edge[modality = "alleged"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 3] } },
      { selector: 'edge[modality = "speculative"]', style: { 'line-style': 'dotted' } },
      {
        selector: 'edge[modality = "negated"]',
        style: { 'line-color': '#c0392b', 'target-arrow-color': '#c0392b', 'target-arrow-shape': 'tee' }
      },
      { selector: 'edge:selected', style: { width: 3, 'line-color': '#f39c12', 'target-arrow-color': '#f39c12' } }
    ];
    Object.keys(COLORS).forEach(function (k) {
      s.push({ selector: 'node[kind = "' + k + '"]', style: { 'background-color': COLORS[k] } });
    });
    return s;
  }

  function ensureCy() {
    if (cy || typeof cytoscape !== 'function') {
      return cy;
    }
    cy = cytoscape({
      container: el.graph,
      style: cyStyle(),
      minZoom: 0.2,
      maxZoom: 3
    });
    cy.on('tap', 'node', function (evt) {
      expand(evt.target.id());
    });
    cy.on('tap', 'edge', function (evt) {
      var li = document.getElementById('conn-' + cssId(evt.target.id()));
      if (li) {
        li.scrollIntoView({ block: 'nearest' });
        li.classList.add('flash');
        setTimeout(function () { li.classList.remove('flash'); }, 1200);
      }
    });
    return cy;
  }

  function cssId(id) {
    return String(id).replace(/[^A-Za-z0-9_-]/g, '_');
  }

  // render redraws the graph and the panel from graph state and the filters.
  function render(relayout) {
    var edges = visibleEdges();
    var shown = new Set();
    if (graph.root) {
      shown.add(graph.root);
    }
    if (graph.selected) {
      shown.add(graph.selected);
    }
    edges.forEach(function (e) {
      shown.add(e.from.id);
      shown.add(e.to.id);
    });
    renderTypeFilters();
    renderPanel(edges);
    drawGraph(shown, edges, relayout);
  }

  function drawGraph(shownIds, edges, relayout) {
    var c = ensureCy();
    if (!c) {
      setStatus('The graph library did not load.', 'error');
      return;
    }
    var old = {};
    c.nodes().forEach(function (n) { old[n.id()] = n.position(); });
    var anchor = graph.selected && old[graph.selected];
    var els = [];
    shownIds.forEach(function (id) {
      var n = graph.nodes.get(id);
      if (!n) {
        return;
      }
      var item = {
        group: 'nodes',
        data: {
          id: n.id,
          name: n.name,
          kind: kindOf(n.kind),
          expanded: n.expanded,
          root: n.id === graph.root,
          selected: n.id === graph.selected
        }
      };
      if (old[n.id]) {
        item.position = { x: old[n.id].x, y: old[n.id].y };
      } else if (anchor) {
        item.position = { x: anchor.x + (Math.random() - 0.5) * 80, y: anchor.y + (Math.random() - 0.5) * 80 };
      }
      els.push(item);
    });
    edges.forEach(function (e) {
      els.push({
        group: 'edges',
        data: {
          id: e.id,
          source: e.from.id,
          target: e.to.id,
          label: typeOf(e.type),
          modality: String(e.modality || '').toLowerCase()
        }
      });
    });
    c.batch(function () {
      c.elements().remove();
      c.add(els);
    });
    if (c.nodes().length === 0) {
      return;
    }
    var fresh = els.some(function (it) { return it.group === 'nodes' && !old[it.data.id]; });
    if (!relayout && !fresh) {
      return; // only filters changed and every node kept its place
    }
    var layout;
    if (Object.keys(old).length === 0) {
      // A fresh neighborhood: the root in the middle, its neighbours around it.
      layout = {
        name: 'concentric',
        animate: false,
        fit: true,
        padding: 40,
        minNodeSpacing: 130,
        concentric: function (n) { return n.id() === graph.root ? 2 : 1; },
        levelWidth: function () { return 1; }
      };
    } else {
      // A grown graph: keep what is placed, let the new nodes settle around it.
      layout = {
        name: 'cose',
        animate: false,
        randomize: false,
        fit: true,
        padding: 40,
        nodeRepulsion: function () { return 12000; },
        idealEdgeLength: function () { return 120; },
        nodeOverlap: 20
      };
    }
    c.layout(layout).run();
    if (c.zoom() > 1.4) {
      c.zoom(1.4);
      c.center();
    }
  }

  function renderTypeFilters() {
    var types = new Set();
    graph.edges.forEach(function (e) { types.add(typeOf(e.type)); });
    var sorted = Array.from(types).sort();
    var existing = Array.from(el.typeFilters.querySelectorAll('input')).map(function (i) { return i.value; });
    if (existing.join(',') === sorted.join(',')) {
      return;
    }
    el.typeFilters.textContent = '';
    if (sorted.length === 0) {
      el.typeFilters.textContent = 'no relation types yet';
      return;
    }
    sorted.forEach(function (t) {
      var label = document.createElement('label');
      var box = document.createElement('input');
      box.type = 'checkbox';
      box.value = t;
      box.checked = !hiddenTypes.has(t);
      box.addEventListener('change', function () {
        if (box.checked) {
          hiddenTypes.delete(t);
        } else {
          hiddenTypes.add(t);
        }
        refilter();
      });
      label.appendChild(box);
      label.appendChild(document.createTextNode(' ' + t));
      el.typeFilters.appendChild(label);
    });
  }

  function refilter() {
    render(false);
    if (graph.root) {
      setStatus(statusText(), 'ready');
    }
  }

  function text(tag, cls, s) {
    var e = document.createElement(tag);
    if (cls) {
      e.className = cls;
    }
    e.textContent = s;
    return e;
  }

  function entityLink(n) {
    var a = document.createElement('a');
    a.href = '/explore?id=' + encodeURIComponent(n.id);
    a.textContent = n.name;
    a.className = 'entity kind-' + kindOf(n.kind);
    a.dataset.id = n.id;
    a.addEventListener('click', function (ev) {
      if (ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.button !== 0) {
        return;
      }
      ev.preventDefault();
      open(n.id, true);
    });
    return a;
  }

  // renderPanel lists every drawn connection: type, the other entity, date, modality and each
  // source sentence with its document title. Connections of the selected entity come first.
  function renderPanel(edges) {
    var sel = graph.selected ? graph.nodes.get(graph.selected) : null;
    el.title.textContent = sel ? sel.name : 'Graph explorer';
    el.kind.textContent = sel ? kindOf(sel.kind) + ' · ' + sel.id : '';
    var touching = function (e) { return e.from.id === graph.selected || e.to.id === graph.selected; };
    var sorted = edges.slice().sort(function (a, b) {
      var ta = touching(a) ? 0 : 1;
      var tb = touching(b) ? 0 : 1;
      if (ta !== tb) {
        return ta - tb;
      }
      var da = a.date || '';
      var db = b.date || '';
      if (da !== db) {
        return da < db ? 1 : -1;
      }
      return typeOf(a.type) < typeOf(b.type) ? -1 : typeOf(a.type) > typeOf(b.type) ? 1 : 0;
    });
    el.connections.textContent = '';
    sorted.forEach(function (e) {
      var li = document.createElement('li');
      li.id = 'conn-' + cssId(e.id);
      li.className = 'conn modality-' + String(e.modality || '').toLowerCase();
      li.dataset.edgeId = e.id;
      var head = document.createElement('div');
      head.className = 'conn-head';
      head.appendChild(text('span', 'type', typeOf(e.type)));
      if (e.from.id === graph.selected) {
        head.appendChild(text('span', 'dir', ' → '));
        head.appendChild(entityLink(graph.nodes.get(e.to.id) || e.to));
      } else if (e.to.id === graph.selected) {
        head.appendChild(text('span', 'dir', ' ← '));
        head.appendChild(entityLink(graph.nodes.get(e.from.id) || e.from));
      } else {
        head.appendChild(text('span', 'dir', ' '));
        head.appendChild(entityLink(graph.nodes.get(e.from.id) || e.from));
        head.appendChild(text('span', 'dir', ' → '));
        head.appendChild(entityLink(graph.nodes.get(e.to.id) || e.to));
      }
      li.appendChild(head);
      var meta = document.createElement('div');
      meta.className = 'conn-meta';
      meta.appendChild(text('span', 'date', e.date ? e.date : 'undated'));
      meta.appendChild(document.createTextNode(' · '));
      var mod = String(e.modality || '').toLowerCase();
      if (e.attributedTo && e.attributedTo.name) {
        mod += ' (according to ' + e.attributedTo.name + ')';
      }
      meta.appendChild(text('span', 'modality', mod));
      li.appendChild(meta);
      (e.sources || []).forEach(function (m) {
        var q = document.createElement('blockquote');
        q.className = 'source';
        q.appendChild(text('span', 'sentence', '“' + m.sentence + '”'));
        q.appendChild(document.createTextNode(' — '));
        var title = (m.document && m.document.title) || (m.document && m.document.id) || 'unknown document';
        q.appendChild(text('cite', '', title));
        li.appendChild(q);
      });
      el.connections.appendChild(li);
    });
  }

  // ---- search with suggestions ----
  var suggestTimer = null;
  var suggestSeq = 0;
  var active = -1;
  var items = [];

  function closeSuggestions() {
    el.suggestions.hidden = true;
    el.suggestions.textContent = '';
    el.q.setAttribute('aria-expanded', 'false');
    el.q.removeAttribute('aria-activedescendant');
    items = [];
    active = -1;
  }

  function showSuggestions(list) {
    el.suggestions.textContent = '';
    items = list;
    active = -1;
    if (!list.length) {
      var none = text('li', 'none', 'No match');
      none.setAttribute('aria-disabled', 'true');
      el.suggestions.appendChild(none);
    }
    list.forEach(function (s, i) {
      var li = document.createElement('li');
      li.id = 'sugg-' + i;
      li.setAttribute('role', 'option');
      li.dataset.id = s.id;
      li.appendChild(text('span', 'dot kind-' + kindOf(s.kind), ''));
      li.appendChild(text('span', 'name', s.name));
      li.appendChild(text('span', 'kind', kindOf(s.kind)));
      li.addEventListener('mousedown', function (ev) {
        ev.preventDefault();
        choose(i);
      });
      el.suggestions.appendChild(li);
    });
    el.suggestions.hidden = false;
    el.q.setAttribute('aria-expanded', 'true');
  }

  function highlight(i) {
    var lis = el.suggestions.querySelectorAll('[role=option]');
    lis.forEach(function (li, j) { li.setAttribute('aria-selected', j === i ? 'true' : 'false'); });
    active = i;
    if (i >= 0 && lis[i]) {
      el.q.setAttribute('aria-activedescendant', lis[i].id);
    }
  }

  function choose(i) {
    var s = items[i];
    if (!s) {
      return;
    }
    el.q.value = s.name;
    closeSuggestions();
    open(s.id, true);
  }

  function suggest(textValue) {
    var seq = ++suggestSeq;
    return gql(SEARCH, { text: textValue }).then(function (data) {
      if (seq !== suggestSeq) {
        return null;
      }
      showSuggestions(data.search || []);
      return data.search || [];
    }).catch(function (err) {
      if (seq === suggestSeq) {
        setStatus('Search failed: ' + err.message, 'error');
      }
      return null;
    });
  }

  el.q.addEventListener('input', function () {
    clearTimeout(suggestTimer);
    var v = el.q.value.trim();
    if (v.length < 2) {
      suggestSeq++;
      closeSuggestions();
      return;
    }
    suggestTimer = setTimeout(function () { suggest(v); }, 150);
  });

  el.q.addEventListener('keydown', function (ev) {
    if (el.suggestions.hidden || !items.length) {
      return;
    }
    if (ev.key === 'ArrowDown') {
      ev.preventDefault();
      highlight((active + 1) % items.length);
    } else if (ev.key === 'ArrowUp') {
      ev.preventDefault();
      highlight((active - 1 + items.length) % items.length);
    } else if (ev.key === 'Escape') {
      closeSuggestions();
    }
  });

  el.q.addEventListener('blur', function () {
    setTimeout(closeSuggestions, 150);
  });

  el.form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    if (active >= 0) {
      choose(active);
      return;
    }
    var v = el.q.value.trim();
    if (!v) {
      return;
    }
    if (/^[a-z]+:\S+$/.test(v)) {
      closeSuggestions();
      open(v, true);
      return;
    }
    clearTimeout(suggestTimer);
    suggest(v).then(function (list) {
      if (list && list.length) {
        choose(0);
      }
    });
  });

  // ---- filters ----
  [el.dateFrom, el.dateTo].forEach(function (input) {
    input.addEventListener('input', function () {
      var v = input.value.trim();
      input.setCustomValidity(v === '' || DATE_RE.test(v) ? '' : 'Use YYYY, YYYY-MM or YYYY-MM-DD');
      refilter();
    });
  });
  el.undated.addEventListener('change', refilter);

  // ---- start ----
  function fromLocation() {
    var id = new URLSearchParams(location.search).get('id');
    if (id) {
      el.q.value = '';
      open(id, false);
    }
  }
  // A read-only handle for debugging in the console and for the browser tests, which click
  // nodes at their drawn positions.
  window.geokgExplorer = Object.freeze({
    cy: function () { return cy; }
  });
  window.addEventListener('popstate', fromLocation);
  fromLocation();
})();
