#!/usr/bin/env node
// The docs speed target: 2,000 postmortems and runbooks check in under 2 s on 2 cores.
// Writes a synthetic repository (half postmortems, half runbooks, one in five with flaws, links between
// them, CODEOWNERS and an on-call config), then times `ops-steward docs check --json` on it through the
// built CLI (dist/cli.js, `npm run build` first): the whole process, as a user or CI runs it.
//
//   node bench/docs.mjs [--docs N] [--size MIN-MAX] [--runs N] [--json] [--keep] [--cli FILE]
//   (--size: documents of MIN to MAX KB, e.g. 3-8, grown with more prose, timeline entries, steps,
//   commands and table rows, the way long postmortems and runbooks are; by default each is ~1.3 KB.
//   --keep: leave the corpus, for profiling; --cli: time another build, e.g. one of an older commit)
//
// Exit status: 0 ok; 1 when the check fails or finds other than the planted flaws; 2 on a bad option.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const o = {
    docs: 2000,
    runs: 5,
    size: undefined,
    json: false,
    keep: false,
    cli: join(ROOT, 'dist/cli.js'),
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') o.json = true;
    else if (a === '--keep') o.keep = true;
    else if (a === '--cli') {
      if (argv[i + 1] === undefined) usage('--cli needs a file');
      o.cli = resolve(argv[++i]);
    } else if (a === '--size') {
      const m = /^(\d+)(?:-(\d+))?$/.exec(argv[++i] ?? '');
      const [min, max] = m ? [Number(m[1]), Number(m[2] ?? m[1])] : [0, 0];
      if (!m || min < 1 || max < min) usage('--size needs KB as MIN-MAX (e.g. 3-8) or one number');
      o.size = { min, max };
    } else if (a === '--docs' || a === '--runs') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1) usage(`${a} needs a positive whole number`);
      o[a.slice(2)] = n;
    } else usage(`unknown option ${a}`);
  }
  return o;
}

function usage(msg) {
  console.error(
    `docs.mjs: ${msg}\nusage: node bench/docs.mjs [--docs N] [--size MIN-MAX] [--runs N] [--json] [--keep] [--cli FILE]`,
  );
  process.exit(2);
}

const TEAMS = ['@acme/checkout', '@acme/search', '@acme/payments', '@acme/web'];

function postmortem(i, flawed, grow = 0) {
  const day = String((i % 28) + 1).padStart(2, '0');
  const month = String((i % 12) + 1).padStart(2, '0');
  const owner = TEAMS[i % TEAMS.length];
  const whys = Array.from(
    { length: flawed ? 3 : 5 },
    (_, k) =>
      `${k + 1}. Why did step ${k + 1} happen? Because of condition ${k + 1} in service ${i}.`,
  ).join('\n');
  return `---
title: Incident ${i}
date: 2025-${month}-${day}
status: final
severity: SEV-${(i % 4) + 1}
authors: ["@alice", "${owner}"]
---

# Incident ${i}: service ${i % 40} degraded

## Summary

Service ${i % 40} answered slowly for ${10 + (i % 50)} minutes after a configuration change.
See [the runbook](../runbooks/runbook-${i}.md#diagnosis) and the [timeline](#timeline).
${prose(i, grow, 0)}
## Impact

About ${i * 3} requests failed; no data was lost.
${prose(i, grow, 1)}
## Timeline

- 2025-${month}-${day} 09:00 UTC: the change is deployed.
- 09:${flawed ? '20' : '05'}: the latency monitor pages ${owner}.
- 09:10: the on-call engineer acknowledges.
- 09:40: the change is rolled back and latency recovers.
${laterEntries(i, grow)}
## Contributing factors

The change was not canaried, and the dashboard did not show the affected route.
${prose(i, grow, 2)}
### 5 Whys

${whys}

## Resolution

Rolling back the change at 09:40 restored normal latency.

## Detection

The latency monitor paged five minutes after the deploy.
${prose(i, grow, 3)}
## Action items

| Action | Owner | Tracking |
| --- | --- | --- |
| Canary configuration changes | ${owner} | #${1000 + i} |
| Add the route to the dashboard | ${flawed ? 'the team' : '@bob'} | [OPS-${i}](https://acme.atlassian.net/browse/OPS-${i}) |
${moreActions(i, grow)}
## Lessons learned

${flawed ? 'It was human error.' : 'Canaries catch what reviews miss.'}
${prose(i, grow, 4)}`;
}

function runbook(i, flawed, grow = 0) {
  return `---
owner: "${TEAMS[i % TEAMS.length]}"
last-reviewed: 2026-0${(i % 9) + 1}-15
---

# Runbook ${i}: latency of service ${i % 40}

## Meaning

The p99 latency of service ${i % 40} is above 800 ms for 10 minutes.
${prose(i, grow, 5)}
## Impact

Customers wait; some give up. Related: [incident ${i}](../postmortems/pm-${i}.md).

## Diagnosis

1. Open [the dashboard](https://grafana.acme.example/d/svc-${i % 40}) and look at "p99 by route".
2. If one route is red, check its last deploy; if all are, check the database.
${moreSteps(i, grow, 3)}${symptoms(i, grow)}
## Mitigation

1. Roll back the last deploy: \`./scripts/rollback svc-${i % 40}\`.
${moreSteps(i, grow, 2)}${
    flawed
      ? ''
      : `
## Escalation

After 15 minutes, page ${TEAMS[i % TEAMS.length]} or the \`sre-escalation\` policy.
`
  }`;
}

// What makes real postmortems and runbooks long: more prose, more timeline entries, more steps with
// commands, more table rows. `grow` (0 for the short default) says how many of each a document gets.
// None of it holds a flaw (no blaming words, placeholders or broken links): the planted ones stay the
// only findings.
const SENTENCES = [
  (i, k) =>
    `The ${['checkout', 'search', 'payments', 'catalog'][k % 4]} pods of region eu-${(i + k) % 3} kept their connection pools at the old limit, so requests queued behind \`pool.acquire()\` for up to ${200 + k * 15} ms.`,
  (i, k) =>
    `Graphs on [the service dashboard](https://grafana.acme.example/d/svc-${i % 40}?panel=${k}) show the queue growing from ${k + 2} to ${40 + k} waiting requests within a minute of the rollout.`,
  (i, k) =>
    `Customers on the mobile app retried automatically, which roughly doubled the load on the API gateway; the web client showed a spinner and a "try again" banner after ${5 + (k % 5)} seconds.`,
  (i, k) =>
    `Alerting worked as designed: the p99 rule fired at its threshold, and the error-budget burn rate for the ${i % 2 ? 'monthly' : 'weekly'} window crossed ${2 + (k % 3)}x shortly after.`,
  (i, k) =>
    `Configuration for service ${i % 40} lives in \`deploy/svc-${i % 40}/values.yaml\`; the change in question raised \`maxConnections\` in staging only, and the production overlay kept the default of ${16 + k}.`,
];

function prose(i, grow, section) {
  let out = '';
  for (let p = 0; p < grow; p++) {
    const k = section * 7 + p;
    out += `\n${SENTENCES[k % SENTENCES.length](i, k)} ${SENTENCES[(k + 2) % SENTENCES.length](i, k + 1)}\n`;
  }
  return out;
}

function laterEntries(i, grow) {
  let out = '';
  for (let k = 0; k < grow * 2; k++) {
    const minute = 9 * 60 + 41 + k * 3;
    const at = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
    out += `- ${at}: ${['error rate checked again', 'status page updated', 'support told which customers were affected', 'queue length back under ten'][k % 4]} (step ${k + 1} of the follow-up, service ${i % 40}).\n`;
  }
  return out;
}

function moreActions(i, grow) {
  let out = '';
  for (let k = 0; k < grow; k++) {
    out += `| ${['Alert on connection-pool saturation', 'Diff staging and production overlays in CI', 'Document the pool limit in the runbook', 'Load-test the checkout path weekly'][k % 4]} (${k + 1}) | ${TEAMS[(i + k) % TEAMS.length]} | #${2000 + i * 10 + k} |\n`;
  }
  return out;
}

function moreSteps(i, grow, from) {
  let out = '';
  for (let k = 0; k < grow; k++) {
    out += `${from + k}. ${['Check the pool metrics', 'List the pods that restarted', 'Compare the overlays', 'Look at the slow-query log'][k % 4]} (service ${i % 40}):

   \`\`\`sh
   kubectl -n svc-${i % 40} top pods --sort-by=cpu | head -${5 + k}
   kubectl -n svc-${i % 40} logs deploy/svc-${i % 40} --since=15m | grep -c "pool exhausted"
   \`\`\`

   If the count is above ${10 * (k + 1)}, the pool is the bottleneck; see [pool sizing](https://wiki.acme.example/pools#svc-${i % 40}).
`;
  }
  return out;
}

function symptoms(i, grow) {
  if (grow === 0) return '';
  let out = '\n| Symptom | Likely cause | First check |\n| --- | --- | --- |\n';
  for (let k = 0; k < grow; k++) {
    out += `| p99 above ${800 + k * 100} ms on ${['one route', 'all routes', 'writes only', 'reads only'][k % 4]} | ${['a slow dependency', 'pool exhaustion', 'a lock on the orders table', 'a cold cache'][k % 4]} | \`svc-${i % 40}\` panel ${k + 1} |\n`;
  }
  return out;
}

/** The `grow` that brings document `i` to its share of MIN..MAX KB (spread evenly over the range). */
function grown(make, i, size) {
  if (!size) return make(0);
  const target = (size.min + ((i * 37) % (size.max - size.min + 1))) * 1024;
  let grow = 0;
  let text = make(0);
  while (text.length < target) text = make(++grow);
  return text;
}

function writeCorpus(dir, n, size) {
  const half = Math.floor(n / 2);
  let flaws = 0;
  let chars = 0;
  mkdirSync(join(dir, 'docs/postmortems'), { recursive: true });
  mkdirSync(join(dir, 'docs/runbooks'), { recursive: true });
  mkdirSync(join(dir, '.github'), { recursive: true });
  mkdirSync(join(dir, 'oncall'), { recursive: true });
  writeFileSync(
    join(dir, '.github/CODEOWNERS'),
    `*  @acme/sre\n${TEAMS.map((t, k) => `/svc${k}/ ${t}`).join('\n')}\n`,
  );
  writeFileSync(
    join(dir, 'oncall/schedules.yml'),
    'timezone: UTC\nschedules:\n  sre:\n    layers:\n      - start: 2026-01-05T09:00\n        shift: 1w\n        members: ["@gina"]\npolicies:\n  sre-escalation:\n    levels:\n      - after: 0m\n        notify: [{ schedule: sre }]\n',
  );
  for (let i = 0; i < half; i++) {
    const flawed = i % 5 === 0;
    if (flawed) flaws += 4; // timeline order, five whys, action item owner, blame
    const text = grown((g) => postmortem(i, flawed, g), i, size);
    chars += text.length;
    writeFileSync(join(dir, `docs/postmortems/pm-${i}.md`), text);
  }
  for (let i = 0; i < n - half; i++) {
    const flawed = i % 5 === 0;
    if (flawed) flaws += 1;
    const text = grown((g) => runbook(i, flawed, g), i, size);
    chars += text.length;
    writeFileSync(join(dir, `docs/runbooks/runbook-${i}.md`), text);
  }
  return { flaws, chars };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const opts = parseArgs(process.argv.slice(2));
const CLI = opts.cli;
if (!existsSync(CLI)) {
  console.error(`docs.mjs: ${CLI} is missing: run npm run build first`);
  process.exit(1);
}
const dir = mkdtempSync(join(os.tmpdir(), 'ops-steward-docs-bench-'));
try {
  const { flaws, chars } = writeCorpus(dir, opts.docs, opts.size);
  const times = [];
  const cpu = [];
  const rss = [];
  let findings = [];
  for (let r = 0; r < opts.runs + 1; r++) {
    const start = process.hrtime.bigint();
    const rusage = join(dir, '.rusage.json');
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        pathToFileURL(join(ROOT, 'bench/rusage-preload.mjs')).href,
        CLI,
        'docs',
        'check',
        '--repo',
        dir,
        '--json',
      ],
      {
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
        env: { ...process.env, BENCH_RUSAGE_OUT: rusage },
      },
    );
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (run.status !== 0 && run.status !== 1) {
      console.error(run.stderr);
      process.exit(1);
    }
    findings = JSON.parse(run.stdout).findings;
    const usage = JSON.parse(readFileSync(rusage, 'utf8'));
    rmSync(rusage);
    // The first run warms the file cache. CPU time says what a shared, loaded machine's wall time hides.
    if (r > 0) {
      times.push(ms);
      cpu.push((usage.userUs + usage.systemUs) / 1000);
      rss.push(usage.maxRssKb / 1024);
    }
  }
  const byRule = {};
  for (const f of findings) byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;
  const result = {
    documents: opts.docs,
    averageKb: Number((chars / opts.docs / 1024).toFixed(1)),
    runs: opts.runs,
    medianMs: Math.round(median(times)),
    minMs: Math.round(Math.min(...times)),
    maxMs: Math.round(Math.max(...times)),
    medianCpuMs: Math.round(median(cpu)),
    peakRssMb: Math.round(Math.max(...rss)),
    findings: findings.length,
    expectedFindings: flaws,
    byRule,
    machine: `${os.cpus()[0]?.model ?? 'unknown cpu'} × ${os.availableParallelism()} (load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}), Node ${process.version}`,
  };
  if (opts.json) console.log(JSON.stringify(result, null, 2));
  else {
    console.log(
      `docs check of ${result.documents} documents (${result.averageKb} KB on average): median ${result.medianMs} ms wall over ${result.runs} runs (min ${result.minMs}, max ${result.maxMs}), median ${result.medianCpuMs} ms CPU, peak RSS ${result.peakRssMb} MB`,
    );
    console.log(`findings: ${result.findings} (planted: ${flaws}) ${JSON.stringify(byRule)}`);
    console.log(`machine: ${result.machine}`);
  }
  if (findings.length !== flaws) process.exit(1);
} finally {
  if (opts.keep) console.error(`corpus kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
