// Records what a running gateway answers to the tests' recorded queries, for every demo client
// and purpose, over a deterministic sample of people, so that two builds can be compared answer
// by answer (bench/compare-answers). Values that differ between runs by design are normalised:
// handles are sealed afresh for every answer (each becomes H<n> in order of appearance),
// latencies and retrieval times are the clock's, an internal error's id is random, and the order
// of the keys inside an error's extensions varied from one JVM to the next until it was fixed
// (code first, then the rest as given), so they are compared sorted.
//
// usage: node answers.mjs <out.jsonl>
// env: ANSWERS_GATEWAY_URL, ANSWERS_ISSUER, ANSWERS_AGENCY_URL (the support agency),
//      ANSWERS_PEOPLE (how many people, default 12)
import fs from 'node:fs';
import path from 'node:path';

const out = process.argv[2];
const here = path.dirname(new URL(import.meta.url).pathname);
const documents = path.join(here, '..', '..', 'gateway', 'src', 'test', 'resources', 'graphql-test');
const gateway = process.env.ANSWERS_GATEWAY_URL ?? 'http://127.0.0.1:8080';
const issuer = process.env.ANSWERS_ISSUER ?? 'http://127.0.0.1:9000';
const support = process.env.ANSWERS_AGENCY_URL ?? 'http://127.0.0.1:9101';
const wanted = Number(process.env.ANSWERS_PEOPLE ?? 12);

const CLIENTS = ['demo-integrator', 'support-worker', 'welfare-worker', 'supervisor', 'security-officer', 'auditor'];
const PURPOSES = ['ESTABLISH_PATERNITY', 'ESTABLISH_ORDER', 'ENFORCE_ORDER', 'LOCATE_PARENT',
  'LOCATE_PARENT_FOR_PLACEMENT', 'PLACEMENT_PLANNING', 'CASE_REVIEW', 'REFERRAL_DECISION'];
const SEARCH = fs.readFileSync(path.join(documents, 'searchPeople.graphql'), 'utf8');
const PERSON = fs.readFileSync(path.join(documents, 'person.graphql'), 'utf8');

async function token(client) {
  const response = await fetch(`${issuer}/oauth2/token`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: 'Basic ' + Buffer.from(`${client}:demo-secret`).toString('base64'),
    },
    body: 'grant_type=client_credentials',
  });
  if (!response.ok) {
    throw new Error(`no token for ${client}: ${response.status}`);
  }
  return (await response.json()).access_token;
}

async function graphql(bearer, query, variables) {
  const response = await fetch(`${gateway}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: await response.json() };
}

// People to search for: names from the support agency, in an order that does not depend on it.
async function people() {
  const pairs = new Map();
  for (const letter of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
    const response = await fetch(`${support}/api/v2/members?firstName=${letter}`);
    if (response.ok) {
      for (const member of (await response.json()).members ?? []) {
        pairs.set(`${member.nameLast}|${member.nameFirst}`, { lastName: member.nameLast, firstName: member.nameFirst });
      }
    }
  }
  return [...pairs.entries()].sort(([a], [b]) => hash(a) - hash(b)).slice(0, wanted).map(([, v]) => v);
}

function hash(text) {
  let h = 2166136261;
  for (const c of text) {
    h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  }
  return h;
}

// Replaces what differs between runs by design; keeps everything else, key order included.
function normalise(value, handles) {
  if (Array.isArray(value)) {
    return value.map((v) => normalise(v, handles));
  }
  if (value && typeof value === 'object') {
    const copy = {};
    for (const [key, v] of Object.entries(value)) {
      if ((key === 'handle' || key === 'personHandle') && typeof v === 'string') {
        copy[key] = alias(v, handles);
      }
      else if (key === 'latencyMs' || key === 'retrievedAt') {
        copy[key] = '*';
      }
      else if (key === 'extensions' && v && typeof v === 'object' && !Array.isArray(v)) {
        copy[key] = Object.fromEntries(Object.keys(v).sort().map((k) => [k, normalise(v[k], handles)]));
      }
      else if (key === 'message' && typeof v === 'string') {
        copy[key] = v.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>');
      }
      else {
        copy[key] = normalise(v, handles);
      }
    }
    return copy;
  }
  return value;
}

function alias(handle, handles) {
  if (!handles.has(handle)) {
    handles.set(handle, `H${handles.size + 1}`);
  }
  return handles.get(handle);
}

async function main() {
  const lines = [];
  const sample = await people();
  for (const client of CLIENTS) {
    const bearer = await token(client);
    for (const purpose of PURPOSES) {
      for (const criteria of sample) {
        const handles = new Map();
        const search = await graphql(bearer, SEARCH, { criteria, purpose });
        lines.push({ client, purpose, criteria, operation: 'searchPeople', status: search.status,
          answer: normalise(search.body, handles) });
        for (const candidate of search.body.data?.searchPeople?.candidates ?? []) {
          const view = await graphql(bearer, PERSON, { handle: candidate.handle, purpose });
          lines.push({ client, purpose, criteria, operation: 'person', handle: alias(candidate.handle, handles),
            status: view.status, answer: normalise(view.body, handles) });
        }
      }
    }
  }
  fs.writeFileSync(out, lines.map((line) => JSON.stringify(line)).join('\n') + '\n');
  console.log(`${lines.length} answers for ${sample.length} people, ${CLIENTS.length} clients, ${PURPOSES.length} purposes`);
}

await main();
