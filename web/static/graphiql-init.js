// graphiql-init.js mounts the vendored GraphiQL (UMD build, React 18) on #graphiql.
// Its configuration comes from the page's #geokg-config JSON (see web.go: graphiqlConfig).
(function () {
  'use strict';

  var cfg = JSON.parse(document.getElementById('geokg-config').textContent);
  var root = document.getElementById('graphiql');

  // withoutEmptyHeaders drops headers the analyst left blank, such as the
  // "Authorization": "Bearer " template, so they are not sent as invalid credentials.
  function withoutEmptyHeaders(headers) {
    var out = {};
    if (!headers) {
      return out;
    }
    Object.keys(headers).forEach(function (k) {
      var v = headers[k];
      if (v === null || v === undefined) {
        return;
      }
      v = String(v).trim();
      if (v === '' || /^bearer$/i.test(v)) {
        return;
      }
      out[k] = v;
    });
    return out;
  }

  // Headers the analyst typed (or the write token the page put there) must not outlive the
  // tab: GraphiQL's history plugin saves each run's headers in localStorage whatever
  // shouldPersistHeaders says. scrubbingStorage is GraphiQL's localStorage minus any
  // Authorization header, wherever GraphiQL nests one.
  function withoutAuthorization(headersText) {
    if (typeof headersText !== 'string' || !/authorization/i.test(headersText)) {
      return headersText;
    }
    var h;
    try {
      h = JSON.parse(headersText);
    } catch (e) {
      return ''; // half-typed headers naming Authorization: keep nothing
    }
    if (!h || typeof h !== 'object' || Array.isArray(h)) {
      return '';
    }
    Object.keys(h).forEach(function (k) {
      if (k.toLowerCase() === 'authorization') {
        delete h[k];
      }
    });
    return JSON.stringify(h, null, 2);
  }

  function scrub(key, value) {
    if (typeof value !== 'string' || !/authorization/i.test(value)) {
      return value;
    }
    if (/:headers$/.test(key)) {
      return withoutAuthorization(value);
    }
    var doc;
    try {
      doc = JSON.parse(value);
    } catch (e) {
      return value;
    }
    (function walk(v) {
      if (Array.isArray(v)) {
        v.forEach(walk);
      } else if (v && typeof v === 'object') {
        Object.keys(v).forEach(function (k) {
          if (k === 'headers') {
            v[k] = withoutAuthorization(v[k]);
          } else {
            walk(v[k]);
          }
        });
      }
    })(doc);
    return JSON.stringify(doc);
  }

  var PREFIX = 'graphiql:';
  var scrubbingStorage = {
    getItem: function (k) { return localStorage.getItem(k); },
    setItem: function (k, v) { localStorage.setItem(k, scrub(k, v)); },
    removeItem: function (k) { localStorage.removeItem(k); },
    get length() {
      return Object.keys(localStorage).filter(function (k) { return k.indexOf(PREFIX) === 0; }).length;
    },
    clear: function () {
      Object.keys(localStorage).forEach(function (k) {
        if (k.indexOf(PREFIX) === 0) {
          localStorage.removeItem(k);
        }
      });
    }
  };

  var base = GraphiQL.createFetcher({ url: cfg.graphqlPath });
  function fetcher(params, opts) {
    var o = Object.assign({}, opts || {});
    o.headers = withoutEmptyHeaders(o.headers);
    return base(params, o);
  }

  root.textContent = '';
  ReactDOM.createRoot(root).render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      storage: scrubbingStorage,
      defaultQuery: cfg.defaultQuery,
      defaultHeaders: cfg.defaultHeaders,
      defaultTabs: [{ query: cfg.defaultQuery, headers: cfg.defaultHeaders }],
      defaultEditorToolsVisibility: 'headers',
      isHeadersEditorEnabled: true,
      shouldPersistHeaders: false,
    })
  );
})();
