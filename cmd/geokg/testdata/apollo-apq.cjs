// Runs a query through Apollo Client with its automatic-persisted-query link
// against the URL given as the first argument, twice with fresh clients, and
// prints what went over the wire as JSON: the answers and, for every HTTP
// request, its method, whether it carried the query text, and the status.
// @apollo/client, rxjs and graphql are found through NODE_PATH (see .ci/run).
const { createHash } = require('crypto');
const { ApolloClient, InMemoryCache, HttpLink, gql } = require('@apollo/client');
const { PersistedQueryLink } = require('@apollo/client/link/persisted-queries');

const url = process.argv[2];
const useGET = process.argv[3] === 'get';
const requests = [];

async function recordingFetch(input, init) {
  const u = new URL(typeof input === 'string' ? input : input.url);
  const method = (init && init.method) || 'GET';
  let hasQuery = u.searchParams.has('query');
  if (init && typeof init.body === 'string') {
    hasQuery = JSON.parse(init.body).query !== undefined;
  }
  const res = await fetch(input, init);
  requests.push({ method, hasQuery, status: res.status });
  return res;
}

function client() {
  const sha256 = (q) => createHash('sha256').update(q).digest('hex');
  const apq = new PersistedQueryLink({ sha256, useGETForHashedQueries: useGET });
  return new ApolloClient({
    cache: new InMemoryCache(),
    link: apq.concat(new HttpLink({ uri: url, fetch: recordingFetch })),
  });
}

const query = gql`
  query Stats {
    stats {
      documents
      entities
    }
  }
`;

(async () => {
  const answers = [];
  for (let i = 0; i < 2; i++) {
    const res = await client().query({ query, fetchPolicy: 'network-only' });
    answers.push(res.data);
  }
  process.stdout.write(JSON.stringify({ answers, requests }));
})().catch((e) => { console.error(e); process.exit(2); });
