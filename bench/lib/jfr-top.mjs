// Summarises where the gateway spent its CPU, from a JFR recording (BENCH_JFR=1):
// the hottest methods (top frame) and the share of samples whose stack passes through each
// library. usage: node jfr-top.mjs <recording.jfr> [out.md]
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
  ['Crypto (TLS-free: HMAC, signatures)', /^(sun\.security\.|javax\.crypto\.|com\.sun\.crypto\.)/],
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
  for (const [name, pattern] of areas) {
    if (frames.some((f) => pattern.test(f))) {
      byArea.set(name, (byArea.get(name) ?? 0) + 1);
    }
  }
};
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
  '| area (stack passes through) | share of samples |', '|---|---:|'];
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
