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
      defaultQuery: cfg.defaultQuery,
      defaultHeaders: cfg.defaultHeaders,
      defaultTabs: [{ query: cfg.defaultQuery, headers: cfg.defaultHeaders }],
      defaultEditorToolsVisibility: 'headers',
      isHeadersEditorEnabled: true,
      shouldPersistHeaders: false,
    })
  );
})();
