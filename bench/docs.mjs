#!/usr/bin/env node
// The docs speed target: 2,000 postmortems and runbooks check in under 2 s on 2 cores.
// Writes a synthetic repository (half postmortems, half runbooks, one in five with flaws, links between
// them, CODEOWNERS and an on-call config), then times `ops-steward docs check --json` on it through the
// built CLI (dist/cli.js, `npm run build` first): the whole process, as a user or CI runs it.
//
//   node bench/docs.mjs [--docs N] [--runs N] [--json] [--keep] [--cli FILE]
//   (--keep: leave the corpus, for profiling; --cli: time another build, e.g. one of an older commit)
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
  const o = { docs: 2000, runs: 5, json: false, keep: false, cli: join(ROOT, 'dist/cli.js') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') o.json = true;
    else if (a === '--keep') o.keep = true;
    else if (a === '--cli') {
      if (argv[i + 1] === undefined) usage('--cli needs a file');
      o.cli = resolve(argv[++i]);
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
    `docs.mjs: ${msg}\nusage: node bench/docs.mjs [--docs N] [--runs N] [--json] [--keep] [--cli FILE]`,
  );
  process.exit(2);
}

const TEAMS = ['@acme/checkout', '@acme/search', '@acme/payments', '@acme/web'];

function postmortem(i, flawed) {
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

## Impact

About ${i * 3} requests failed; no data was lost.

## Timeline

- 2025-${month}-${day} 09:00 UTC: the change is deployed.
- 09:${flawed ? '20' : '05'}: the latency monitor pages ${owner}.
- 09:10: the on-call engineer acknowledges.
- 09:40: the change is rolled back and latency recovers.

## Contributing factors

The change was not canaried, and the dashboard did not show the affected route.

### 5 Whys

${whys}

## Resolution

Rolling back the change at 09:40 restored normal latency.

## Detection

The latency monitor paged five minutes after the deploy.

## Action items

| Action | Owner | Tracking |
| --- | --- | --- |
| Canary configuration changes | ${owner} | #${1000 + i} |
| Add the route to the dashboard | ${flawed ? 'the team' : '@bob'} | [OPS-${i}](https://acme.atlassian.net/browse/OPS-${i}) |

## Lessons learned

${flawed ? 'It was human error.' : 'Canaries catch what reviews miss.'}
`;
}

function runbook(i, flawed) {
  return `---
owner: "${TEAMS[i % TEAMS.length]}"
last-reviewed: 2026-0${(i % 9) + 1}-15
---

# Runbook ${i}: latency of service ${i % 40}

## Meaning

The p99 latency of service ${i % 40} is above 800 ms for 10 minutes.

## Impact

Customers wait; some give up. Related: [incident ${i}](../postmortems/pm-${i}.md).

## Diagnosis

1. Open [the dashboard](https://grafana.acme.example/d/svc-${i % 40}) and look at "p99 by route".
2. If one route is red, check its last deploy; if all are, check the database.

## Mitigation

1. Roll back the last deploy: \`./scripts/rollback svc-${i % 40}\`.
${
  flawed
    ? ''
    : `
## Escalation

After 15 minutes, page ${TEAMS[i % TEAMS.length]} or the \`sre-escalation\` policy.
`
}`;
}

function writeCorpus(dir, n) {
  const half = Math.floor(n / 2);
  let flaws = 0;
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
    writeFileSync(join(dir, `docs/postmortems/pm-${i}.md`), postmortem(i, flawed));
  }
  for (let i = 0; i < n - half; i++) {
    const flawed = i % 5 === 0;
    if (flawed) flaws += 1;
    writeFileSync(join(dir, `docs/runbooks/runbook-${i}.md`), runbook(i, flawed));
  }
  return { flaws };
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
  const { flaws } = writeCorpus(dir, opts.docs);
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
      `docs check of ${result.documents} documents: median ${result.medianMs} ms wall over ${result.runs} runs (min ${result.minMs}, max ${result.maxMs}), median ${result.medianCpuMs} ms CPU, peak RSS ${result.peakRssMb} MB`,
    );
    console.log(`findings: ${result.findings} (planted: ${flaws}) ${JSON.stringify(byRule)}`);
    console.log(`machine: ${result.machine}`);
  }
  if (findings.length !== flaws) process.exit(1);
} finally {
  if (opts.keep) console.error(`corpus kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
