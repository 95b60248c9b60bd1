// Runs graphql-http's auditServer (the GraphQL-over-HTTP spec audit) against
// the URL given as the first argument and prints the results as JSON:
// [{id, name, status: "ok" | "warn" | "error", reason}].
// graphql-http and graphql are found through NODE_PATH (see .ci/run).
const { auditServer } = require('graphql-http');

(async () => {
  const url = process.argv[2];
  const results = await auditServer({ url });
  const out = [];
  for (const r of results) {
    const item = { id: r.id, name: r.name, status: r.status };
    if (r.status !== 'ok') {
      item.reason = r.reason;
      if (r.response) {
        try { item.body = await r.response.text(); } catch (e) { item.body = String(e); }
        item.httpStatus = r.response.status;
      }
    }
    out.push(item);
  }
  process.stdout.write(JSON.stringify(out));
})().catch((e) => { console.error(e); process.exit(2); });
