// Turns one benchmark run (bench/.work) into results.json, results.md and latency.png.
// usage: node report.mjs <work-dir> <results-dir>
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const [work, results] = process.argv.slice(2);
const runsDir = path.join(work, 'runs');
const machine = JSON.parse(fs.readFileSync(path.join(work, 'machine.json'), 'utf8'));
const CLK_TCK = 100;
const RSS_LIMIT_MB = 512;
const OVERHEAD_LIMIT_MS = 3;

function proc(label) {
  const file = path.join(runsDir, `${label}.proc.tsv`);
  if (!fs.existsSync(file)) {
    return null;
  }
  const rows = fs.readFileSync(file, 'utf8').trim().split('\n').filter(Boolean)
    .map((line) => line.split(' ').map(Number));
  if (rows.length < 2) {
    return null;
  }
  const [t0, c0] = rows[0];
  const [t1, c1] = rows[rows.length - 1];
  const rss = rows.map((r) => r[2] / 1024);
  return {
    cpu_percent: round(((c1 - c0) / CLK_TCK) / ((t1 - t0) / 1000) * 100, 1),
    rss_max_mb: round(Math.max(...rss), 1),
    rss_mean_mb: round(rss.reduce((a, b) => a + b, 0) / rss.length, 1),
    samples: rows.length,
  };
}

const round = (value, places = 2) => (value == null || Number.isNaN(value) ? null : Number(value.toFixed(places)));

const runs = {};
for (const file of fs.readdirSync(runsDir).filter((f) => f.endsWith('.meta.json'))) {
  const label = file.replace('.meta.json', '');
  const meta = JSON.parse(fs.readFileSync(path.join(runsDir, file), 'utf8'));
  const wrk = JSON.parse(fs.readFileSync(path.join(runsDir, `${label}.wrk.json`), 'utf8'));
  const socketErrors = Object.values(wrk.socket_errors).reduce((a, b) => a + b, 0);
  runs[label] = {
    label,
    scenario: meta.scenario,
    target: meta.target,
    connections: Number(meta.connections),
    load_average: meta.load_average == null ? null : Number(meta.load_average),
    requests: wrk.requests,
    rps: round(wrk.rps, 1),
    latency_ms: {
      p50: wrk.latency_ms.percentiles['50'],
      p90: wrk.latency_ms.percentiles['90'],
      p99: wrk.latency_ms.percentiles['99'],
      'p99.9': wrk.latency_ms.percentiles['99.9'],
      max: wrk.latency_ms.max,
      mean: wrk.latency_ms.mean,
    },
    non_2xx: wrk.non_2xx,
    socket_errors: socketErrors,
    error_rate: round((wrk.non_2xx + socketErrors) / Math.max(1, wrk.requests + socketErrors), 5),
    graphql_errors: wrk.graphql_errors,
    incomplete: wrk.incomplete,
    counted: wrk.counted,
    agencies: wrk.tally ?? {},
    process: proc(label),
  };
}

const list = Object.values(runs);
const none = (run) => !run || run.requests === 0;
const find = (scenario, target, connections) =>
  list.find((r) => r.scenario === scenario && r.target === target && r.connections === connections);

// The slowest agency, hit directly under the same load, is the floor for a fan-out.
function slowest(scenario, connections) {
  const agencies = list.filter((r) => r.scenario === scenario && r.connections === connections && r.target.startsWith('agency:'));
  if (agencies.length === 0) {
    return null;
  }
  const by = (q) => Math.max(...agencies.map((a) => a.latency_ms[q]));
  const worst = agencies.reduce((a, b) => (b.latency_ms.p50 > a.latency_ms.p50 ? b : a));
  return { agency: worst.target.slice('agency:'.length), p50: by('p50'), p90: by('p90'), p99: by('p99'),
    per_agency: Object.fromEntries(agencies.map((a) => [a.target.slice(7), a.latency_ms])) };
}

const gateways = ['casebridge', 'peer'];
const comparisons = [];
const scenarios = [...new Set(list.filter((r) => !r.target.startsWith('agency:')).map((r) => `${r.scenario}|${r.connections}`))];
for (const key of scenarios) {
  const [scenario, c] = key.split('|');
  const connections = Number(c);
  const floor = slowest(scenario, connections);
  const entry = { scenario, connections, slowest_agency: floor };
  for (const target of gateways) {
    const run = find(scenario, target, connections);
    if (run && floor) {
      run.overhead_ms = {
        p50: round(run.latency_ms.p50 - floor.p50, 3),
        p90: round(run.latency_ms.p90 - floor.p90, 3),
        p99: round(run.latency_ms.p99 - floor.p99, 3),
      };
    }
    entry[target] = run ?? null;
  }
  const cb = entry.casebridge;
  const peer = entry.peer;
  if (cb && peer) {
    entry.ratios = none(cb) || none(peer) ? null : {
      throughput: round(cb.rps / peer.rps, 2),
      p50: round(cb.latency_ms.p50 / peer.latency_ms.p50, 2),
      p99: round(cb.latency_ms.p99 / peer.latency_ms.p99, 2),
      cpu: cb.process && peer.process ? round(cb.process.cpu_percent / peer.process.cpu_percent, 2) : null,
      rss: cb.process && peer.process ? round(cb.process.rss_max_mb / peer.process.rss_max_mb, 2) : null,
    };
  }
  comparisons.push(entry);
}
const order = (s) => ['view', 'search', 'hang', 'fail-error-500', 'fail-reset'].indexOf(s);
comparisons.sort((a, b) => order(a.scenario) - order(b.scenario) || a.connections - b.connections);

// What the issue expects, measured (not asserted).
const expectations = [];
const expect = (name, target, measured, met, note) => expectations.push({ name, target, measured, met, note });
const view64 = comparisons.find((c) => c.scenario === 'view' && c.connections === 64);
if (view64?.casebridge?.overhead_ms && !none(view64.casebridge)) {
  expect('p50 overhead over the slowest agency, person view, 64 connections', `<= ${OVERHEAD_LIMIT_MS} ms`,
    `${view64.casebridge.overhead_ms.p50} ms`, view64.casebridge.overhead_ms.p50 <= OVERHEAD_LIMIT_MS);
}
for (const c of comparisons.filter((x) => x.ratios && (x.scenario === 'view' || x.scenario === 'search')
  && !none(x.casebridge) && !none(x.peer))) {
  const equalOrLowerP99 = c.casebridge.latency_ms.p99 <= c.peer.latency_ms.p99;
  expect(`throughput vs Hive Gateway at equal or lower p99, ${c.scenario}, ${c.connections} connections`,
    '>= 2x, p99 <= Hive',
    `${c.ratios.throughput}x, p99 ${c.casebridge.latency_ms.p99} vs ${c.peer.latency_ms.p99} ms`,
    c.ratios.throughput >= 2 && equalOrLowerP99);
}
const hang = comparisons.find((c) => c.scenario === 'hang');
if (hang?.casebridge && none(hang.casebridge)) {
  expect(`one agency (${machine.hang_agency}) hanging`, 'measured', 'no request completed within the run', false);
}
else if (hang?.casebridge) {
  const r = hang.casebridge;
  const limit = machine.time_limit_ms + 50;
  expect(`one agency (${machine.hang_agency}) hanging: p99`, `<= ${limit} ms`, `${r.latency_ms.p99} ms`, r.latency_ms.p99 <= limit);
  expect('one agency hanging: non-2xx responses and socket errors', '0', `${r.non_2xx + r.socket_errors}`, r.non_2xx + r.socket_errors === 0);
  expect('one agency hanging: other agencies\' data in every response', '0 responses without', `${r.incomplete}`, r.incomplete === 0);
}
const cbRuns = list.filter((r) => r.target === 'casebridge' && r.process);
if (cbRuns.length) {
  const worst = Math.max(...cbRuns.map((r) => r.process.rss_max_mb));
  expect('gateway RSS under load (largest sample, every scenario)', `<= ${RSS_LIMIT_MB} MB`, `${worst} MB`, worst <= RSS_LIMIT_MB);
}

const report = { machine, expectations, comparisons, runs };
fs.mkdirSync(results, { recursive: true });
fs.writeFileSync(path.join(results, 'results.json'), JSON.stringify(report, null, 2) + '\n');

// ------------------------------------------------------------------------------------------
const ms = (v) => (v == null ? '–' : v >= 100 ? v.toFixed(0) : v.toFixed(1));
const mb = (kb) => (kb == null ? '–' : (kb / 1024).toFixed(0));
const lines = [];
const row = (...cells) => lines.push(`| ${cells.join(' | ')} |`);
lines.push(`# CaseBridge benchmark — ${machine.date.slice(0, 10)}`, '');
lines.push(`Machine: ${machine.nproc} cores (${machine.cpu}), ${machine.memory}, ${machine.kernel}; ${machine.jdk}; Node ${machine.node}; ${machine.wrk}.`);
lines.push(`Load average at start ${machine.load_average_start}, at end ${machine.load_average_end} (the machine is shared; other work may have run).`);
lines.push(`Commit ${machine.commit}. Gateways pinned to core(s) ${machine.gateway_cpus}; agencies, authorization server and wrk to core(s) ${machine.load_cpus}.`);
lines.push(`Each run: ${machine.warmup} warm-up, then ${machine.duration} measured. Agencies answer after ${machine.agency_latency_ms} ms; per-agency time limit ${machine.time_limit_ms === 2000 ? '2 s (the production default) for every agency, in both gateways' : `2 s (the production default) in both gateways, ${machine.time_limit_ms} ms for ${machine.hang_agency}, the agency that hangs in scenario 3`}. ${machine.people} people, requests round robin. CaseBridge database: ${machine.database}${machine.audit_records == null ? '' : ` (${machine.audit_records} audit records written during the run)`}; JVM options: \`${machine.gateway_java_opts}\`.`);
lines.push('', 'Reproduce: `./casebridge bench` (settings in bench/README.md).', '');

lines.push('## What the issue expects', '');
row('expectation', 'target', 'measured', 'met');
row('---', '---', '---', '---');
for (const e of expectations) {
  row(e.name, e.target, e.measured, e.met ? 'yes' : '**no**');
}
lines.push('');

const titles = {
  view: '1. Person view over four agencies',
  search: '2. Person search',
  hang: `3. One agency (${machine.hang_agency}) hanging, time limit ${machine.time_limit_ms} ms`,
  'fail-error-500': `4a. One agency (${machine.fail_agency}) failing fast with HTTP 500`,
  'fail-reset': `4b. One agency (${machine.fail_agency}) resetting connections`,
};
for (const scenario of Object.keys(titles)) {
  const entries = comparisons.filter((c) => c.scenario === scenario);
  if (!entries.length) {
    continue;
  }
  lines.push(`## ${titles[scenario]}`, '');
  const flag = scenario === 'hang' ? 'TIMEOUT' : scenario.startsWith('fail') ? 'CIRCUIT_OPEN' : null;
  row('gateway', 'conns', 'req/s', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms', 'errors', 'GraphQL errors', 'incomplete',
    'CPU %', 'RSS max MB', 'overhead p50 / p99 ms', ...(flag ? [`answers with ${flag}`] : []), 'load avg after');
  row('---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', ...(flag ? ['---:'] : []), '---:');
  for (const e of entries) {
    if (e.slowest_agency) {
      row(`slowest agency direct (${e.slowest_agency.agency})`, e.connections, '', ms(e.slowest_agency.p50),
        ms(e.slowest_agency.p90), ms(e.slowest_agency.p99), '', '', '', '', '', '', '', ...(flag ? [''] : []), '');
    }
    for (const target of gateways) {
      const r = e[target];
      if (!r) {
        continue;
      }
      row(target === 'peer' ? 'Hive Gateway' : 'CaseBridge', r.connections, r.rps.toFixed(0), ms(r.latency_ms.p50),
        ms(r.latency_ms.p90), ms(r.latency_ms.p99), ms(r.latency_ms.max),
        `${r.non_2xx + r.socket_errors} (${(r.error_rate * 100).toFixed(2)}%)`, r.graphql_errors, r.incomplete,
        r.process?.cpu_percent ?? '–', r.process?.rss_max_mb ?? '–',
        r.overhead_ms ? `${ms(r.overhead_ms.p50)} / ${ms(r.overhead_ms.p99)}` : '–',
        ...(flag ? [target === 'casebridge' ? r.counted : 'n/a'] : []), r.load_average ?? '–');
    }
    if (e.ratios) {
      row('**ratio CaseBridge / Hive**', e.connections, `${e.ratios.throughput}x`, `${e.ratios.p50}x`, '', `${e.ratios.p99}x`,
        '', '', '', '', e.ratios.cpu == null ? '–' : `${e.ratios.cpu}x`, e.ratios.rss == null ? '–' : `${e.ratios.rss}x`, '',
        ...(flag ? [''] : []), '');
    }
  }
  lines.push('');
  for (const e of entries) {
    for (const target of gateways) {
      const r = e[target];
      if (r && Object.keys(r.agencies).length) {
        const states = Object.entries(r.agencies).map(([k, n]) => `${k} ${n}`).join(', ');
        lines.push(`- ${target === 'peer' ? 'Hive Gateway' : 'CaseBridge'}, ${r.connections} connections, per agency: ${states}`);
      }
    }
  }
  lines.push('');
}

lines.push('## 5. Start-up and resident memory', '');
row('gateway', 'ready after (ms)', 'RSS at rest (MB)', 'RSS under load, max (MB)', 'RSS after the runs (MB)');
row('---', '---:', '---:', '---:', '---:');
for (const target of gateways) {
  const s = machine.startup[target];
  if (!s || s.ready_ms == null) {
    continue;
  }
  const loaded = list.filter((r) => r.target === target && r.process).map((r) => r.process.rss_max_mb);
  row(target === 'peer' ? 'Hive Gateway' : 'CaseBridge', s.ready_ms, mb(s.rss_rest_kb),
    loaded.length ? Math.max(...loaded).toFixed(0) : '–', mb(s.rss_after_kb));
}
lines.push('', 'Start-up: from launching the process (pinned to its core) to the first 200 from its readiness endpoint.', '');
lines.push('![latency percentiles](latency.png)', '');
lines.push('## Reading the figures', '');
lines.push('- Latency is measured by wrk from sending a request to reading its response, on the same machine.',
  '- *errors*: non-2xx responses plus socket errors (connect, read, write, timeout); *GraphQL errors*: 2xx responses carrying an `errors` member; *incomplete*: responses missing another agency\'s data when only one agency misbehaves (or any agency\'s in the plain person view).',
  '- *overhead*: the gateway\'s percentile minus the same percentile of the slowest agency, measured by hitting all four agencies directly and at once, each with as many connections as the gateway holds to it.',
  '- CPU %: CPU time of the gateway\'s processes over the run (100 = one core); RSS: resident memory of all its processes, sampled every 0.5 s.',
  '- See bench/README.md for what each gateway does per request.', '');
fs.writeFileSync(path.join(results, 'results.md'), lines.join('\n'));

// ------------------------------------------------------------------------------------------
// Chart: latency by percentile, person view, both gateways at each connection count.
const points = ['p50', 'p90', 'p99', 'p99.9', 'max'];
const series = [];
for (const e of comparisons.filter((c) => c.scenario === 'view')) {
  for (const target of gateways) {
    if (e[target]) {
      series.push({ title: `${target === 'peer' ? 'Hive Gateway' : 'CaseBridge'}, ${e.connections} conns`, run: e[target] });
    }
  }
}
const reference = comparisons.find((c) => c.scenario === 'view' && c.connections === 64 && c.slowest_agency)
  ?? comparisons.find((c) => c.scenario === 'view' && c.slowest_agency);
if (reference) {
  const floor = reference.slowest_agency;
  series.push({ title: `slowest agency direct (${floor.agency}), ${reference.connections} conns`,
    run: { latency_ms: floor.per_agency[floor.agency] }, reference: true });
}
if (series.length) {
  const data = path.join(work, 'chart.dat');
  fs.writeFileSync(data, points.map((p, i) => [i, p, ...series.map((s) => s.run.latency_ms[p])].join(' ')).join('\n') + '\n');
  const plots = series.map((s, i) =>
    `'${data}' using 1:${i + 3}:xtic(2) with linespoints lw 2 pt 7 ${s.reference ? "dt 3 lc rgb 'gray40'" : s.title.startsWith('Hive') ? 'dt 2' : 'dt 1'} title '${s.title}'`);
  const script = [
    `set terminal pngcairo size 960,600 font 'sans,10'`,
    `set output '${path.join(results, 'latency.png')}'`,
    `set title 'Person view over four agencies (${machine.agency_latency_ms} ms each): latency by percentile'`,
    `set ylabel 'milliseconds (log scale)'`,
    `set logscale y`,
    `set grid ytics mytics`,
    `set key outside right`,
    `plot ${plots.join(', ')}`,
  ].join('\n');
  execFileSync('gnuplot', { input: script });
}
console.log(lines.slice(0, 20).join('\n'));
