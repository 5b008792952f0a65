// Summarises where the gateway spent its CPU, from a JFR recording (BENCH_JFR=1): each
// sample is charged to the library of its innermost non-JDK frame (JDK code counts for the
// library that called it), plus the hottest methods (top frame). usage: node jfr-top.mjs <recording.jfr> [out.md]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const [recording, out] = process.argv.slice(2);
const text = execFileSync('jfr', ['print', '--events', 'jdk.ExecutionSample', '--stack-depth', '96', recording],
  { maxBuffer: 1 << 30, encoding: 'utf8' });

const areas = [
  ['GraphQL execution (graphql-java, Spring GraphQL)', /^(graphql\.|org\.springframework\.graphql\.)/],
  ['JSON (Jackson)', /^(tools\.jackson\.|com\.fasterxml\.jackson\.)/],
  ['XML / SOAP parsing', /^(javax\.xml\.|com\.sun\.org\.apache\.xerces|org\.w3c\.|jdk\.xml\.|com\.ctc\.wstx|org\.codehaus\.stax2)/],
  ['HTTP server (Tomcat)', /^org\.apache\.(tomcat|coyote|catalina)\./],
  ['HTTP client (agencies)', /^(jdk\.internal\.net\.http\.|java\.net\.http\.|reactor\.netty\.|io\.netty\.|org\.apache\.hc\.)/],
  ['Security (JWT, filters)', /^(org\.springframework\.security\.|com\.nimbusds\.)/],
  ['Resilience4j', /^io\.github\.resilience4j\./],
  ['Database (JDBC, PostgreSQL, H2, Hikari)', /^(org\.postgresql\.|org\.h2\.|com\.zaxxer\.hikari\.|org\.springframework\.jdbc\.)/],
  ['Logging', /^(ch\.qos\.logback\.|org\.slf4j\.|org\.apache\.logging\.)/],
  ['CaseBridge code', /^org\.casebridge\./],
  ['Spring MVC / web', /^org\.springframework\.(web|http)\./],
  ['Spring core, AOP, Reactor', /^(org\.springframework\.|reactor\.core\.|io\.micrometer\.)/],
];

const top = new Map();
const byArea = new Map();
let samples = 0;
let frames = null;
const flush = () => {
  if (!frames || frames.length === 0) {
    return;
  }
  samples++;
  top.set(frames[0], (top.get(frames[0]) ?? 0) + 1);
  const owner = frames.find((f) => !/^(java|javax|jdk|sun|com\.sun)\./.test(f) || areas.some(([, p]) => p.test(f)));
  const area = owner ? (areas.find(([, p]) => p.test(owner))?.[0] ?? libraryOf(owner)) : 'JDK only';
  byArea.set(area, (byArea.get(area) ?? 0) + 1);
};

function libraryOf(frame) {
  return `other: ${frame.split('.').slice(0, 3).join('.')}`;
}
for (const line of text.split('\n')) {
  const trimmed = line.trim();
  if (trimmed === 'stackTrace = [') {
    frames = [];
  }
  else if (frames && (trimmed === ']' || trimmed === '...')) {
    if (trimmed === ']') {
      flush();
      frames = null;
    }
  }
  else if (frames) {
    frames.push(trimmed.replace(/\s+line:.*$/, ''));
  }
}

const pct = (n) => `${((n / Math.max(1, samples)) * 100).toFixed(1)}%`;
const lines = [`# Where the gateway's CPU went (JFR, ${samples} execution samples)`, '',
  '| where (innermost non-JDK frame) | share of samples |', '|---|---:|'];
for (const [name, n] of [...byArea].sort((a, b) => b[1] - a[1])) {
  lines.push(`| ${name} | ${pct(n)} |`);
}
lines.push('', '| hottest methods (top frame) | share |', '|---|---:|');
for (const [frame, n] of [...top].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
  lines.push(`| \`${frame}\` | ${pct(n)} |`);
}
const markdown = lines.join('\n') + '\n';
if (out) {
  fs.writeFileSync(out, markdown);
}
process.stdout.write(markdown);
