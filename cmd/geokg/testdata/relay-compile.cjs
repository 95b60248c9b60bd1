// Runs the Relay compiler over a paginated fragment of geokg's API: it
// fetches the schema by introspection from the URL given as the first
// argument, prints it as SDL into a temporary project with one
// @refetchable @connection fragment, compiles it, and prints JSON:
// {ok, generated: [files], output}. relay-compiler and graphql are found
// through NODE_PATH (see .ci/run).
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const { getIntrospectionQuery, buildClientSchema, printSchema } = require('graphql');

const fragment = `graphql\`
  fragment Feed_query on Query
    @refetchable(queryName: "FeedPaginationQuery")
    @argumentDefinitions(first: {type: "Int", defaultValue: 5}, after: {type: "String"}) {
    documents(first: $first, after: $after) @connection(key: "Feed_documents") {
      totalCount
      edges { node { id title published } }
    }
  }
\`;
`;

(async () => {
  const res = await fetch(process.argv[2], {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query: getIntrospectionQuery() }),
  });
  const body = await res.json();
  if (!body.data) throw new Error('introspection failed: ' + JSON.stringify(body));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'geokg-relay-'));
  try {
    fs.mkdirSync(path.join(dir, 'src'));
    fs.writeFileSync(path.join(dir, 'schema.graphql'), printSchema(buildClientSchema(body.data)));
    fs.writeFileSync(path.join(dir, 'src', 'Feed.js'), fragment);
    fs.writeFileSync(path.join(dir, 'relay.config.json'),
      JSON.stringify({ src: './src', schema: './schema.graphql', language: 'javascript' }));
    const cli = require.resolve('relay-compiler/cli.js');
    let output = '', ok = true;
    try {
      output = execFileSync(process.execPath, [cli], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      ok = false;
      output = String(e.stdout || '') + String(e.stderr || '') + e.message;
    }
    const gen = path.join(dir, 'src', '__generated__');
    const generated = fs.existsSync(gen) ? fs.readdirSync(gen).sort() : [];
    let pagination = '';
    if (generated.includes('FeedPaginationQuery.graphql.js')) {
      pagination = fs.readFileSync(path.join(gen, 'FeedPaginationQuery.graphql.js'), 'utf8');
    }
    process.stdout.write(JSON.stringify({ ok, generated, output, pagination }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
})().catch((e) => { console.error(e); process.exit(2); });
