// Finds people known to all four agencies and writes the request files wrk replays:
// the same people for CaseBridge (by signed handle), for the peer (by agency ids) and for the
// agencies hit directly (the baseline the overhead is measured against).
//
// usage: node discover.mjs <out-dir>
// env: BENCH_GATEWAY_URL, BENCH_TOKEN, BENCH_PORT_BASE, BENCH_SAMPLE (people wanted),
//      BENCH_WELFARE_CLIENT ("id:secret")
import fs from 'node:fs';
import path from 'node:path';

const out = process.argv[2];
const here = path.dirname(new URL(import.meta.url).pathname);
const queries = path.join(here, '..', 'queries');
const gateway = process.env.BENCH_GATEWAY_URL;
const token = process.env.BENCH_TOKEN;
const base = Number(process.env.BENCH_PORT_BASE);
const wanted = Number(process.env.BENCH_SAMPLE || 50);
const agency = (offset) => `http://127.0.0.1:${base + offset}`;
const read = (name) => fs.readFileSync(path.join(queries, name), 'utf8');

async function graphql(query, variables) {
  const response = await fetch(`${gateway}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (!response.ok || body.errors) {
    throw new Error(`gateway answered ${response.status}: ${JSON.stringify(body.errors ?? body).slice(0, 300)}`);
  }
  return body.data;
}

// Names to search by, from the support agency's own search (first name matches by prefix).
async function names() {
  const pairs = new Map();
  for (const letter of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
    const response = await fetch(`${agency(1)}/api/v2/members?firstName=${letter}`);
    if (!response.ok) {
      continue;
    }
    for (const member of (await response.json()).members ?? []) {
      pairs.set(`${member.nameLast}|${member.nameFirst}`, { last: member.nameLast, first: member.nameFirst });
    }
  }
  // deterministic order, spread over the alphabet
  return [...pairs.values()].sort((a, b) => hash(a.last + a.first) - hash(b.last + b.first));
}

function hash(text) {
  let h = 2166136261;
  for (const c of text) {
    h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  }
  return h;
}

// The peer reads one page of locate records: replay only people whose records fit in one,
// so both gateways make the same calls.
async function onePage(subjectKey) {
  const response = await fetch(`${agency(4)}/locate/v1/subjects/${subjectKey}/records?page=0&size=50`);
  return response.ok && (await response.json()).totalPages <= 1;
}

const search = read('casebridge-search.graphql');
const people = [];
const seen = new Set();
let searched = 0;
for (const name of await names()) {
  if (people.length >= wanted || searched >= wanted * 8) {
    break;
  }
  searched++;
  const data = await graphql(search, { c: { lastName: name.last, firstName: name.first } });
  for (const candidate of data.searchPeople.candidates) {
    const ids = {};
    for (const record of candidate.records) {
      ids[record.provenance.source] ??= record.provenance.recordId;
    }
    const key = Object.values(ids).sort().join('|');
    if (ids.SUPPORT && ids.WELFARE && ids.VITALS && ids.LOCATE && !seen.has(key) && (await onePage(ids.LOCATE))) {
      seen.add(key);
      people.push({ name, handle: candidate.handle, ids });
      break;
    }
  }
}
if (people.length === 0) {
  throw new Error(`no person with records in all four agencies among ${searched} searches`);
}

fs.mkdirSync(out, { recursive: true });
const write = (file, lines) => fs.writeFileSync(path.join(out, file), lines.join('\n') + '\n');
const post = (variables, query) => `POST\t/graphql\t${JSON.stringify({ query, variables })}`;
const soapBody = (id) =>
  '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:v="urn:state:vitals:registry:v1">' +
  `<soap:Body><v:GetRegistrant><v:RegistrantId>${id}</v:RegistrantId></v:GetRegistrant></soap:Body></soap:Envelope>`;

const cbView = read('casebridge-view.graphql');
const peerView = read('peer-view.graphql');
const peerSearch = read('peer-search.graphql');
write('casebridge-view.tsv', people.map((p) => post({ h: p.handle }, cbView)));
write('peer-view.tsv', people.map((p) => post({
  member: p.ids.SUPPORT, person: p.ids.WELFARE, registrant: p.ids.VITALS, subject: p.ids.LOCATE }, peerView)));
write('casebridge-search.tsv', people.map((p) => post({ c: { lastName: p.name.last, firstName: p.name.first } }, search)));
write('peer-search.tsv', people.map((p) => post({
  last: p.name.last, first: p.name.first,
  lastUpper: p.name.last.toUpperCase(), firstUpper: p.name.first.toUpperCase() }, peerSearch)));
const q = encodeURIComponent;
const soapSearch = (name) =>
  '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:v="urn:state:vitals:registry:v1">' +
  `<soap:Body><v:SearchRegistrants><v:Surname>${name.last}</v:Surname><v:GivenName>${name.first}</v:GivenName>` +
  '</v:SearchRegistrants></soap:Body></soap:Envelope>';
write('agency-view-support.tsv', people.map((p) => `GET\t/api/v2/members/${p.ids.SUPPORT}\t`));
write('agency-view-welfare.tsv', people.map((p) => `GET\t/ccwis/persons/${p.ids.WELFARE}\t`));
write('agency-view-vitals.tsv', people.map((p) => `POST\t/registry/soap\t${soapBody(p.ids.VITALS)}`));
write('agency-view-locate.tsv', people.map((p) => `GET\t/locate/v1/subjects/${p.ids.LOCATE}/records?page=0&size=50\t`));
write('agency-search-support.tsv', people.map((p) =>
  `GET\t/api/v2/members?lastName=${q(p.name.last)}&firstName=${q(p.name.first)}\t`));
write('agency-search-welfare.tsv', people.map((p) =>
  `GET\t/ccwis/persons/search?last_name=${q(p.name.last.toUpperCase())}&first_name=${q(p.name.first.toUpperCase())}\t`));
write('agency-search-vitals.tsv', people.map((p) => `POST\t/registry/soap\t${soapSearch(p.name)}`));
write('agency-search-locate.tsv', people.map((p) =>
  `GET\t/locate/v1/subjects?surname=${q(p.name.last.toUpperCase())}&given=${q(p.name.first.toUpperCase())}&page=0&size=50\t`));
console.log(JSON.stringify({ people: people.length, searched }));
