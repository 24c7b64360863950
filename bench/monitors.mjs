#!/usr/bin/env node
// Times `ops-steward monitors list --json` on a synthetic repository: Datadog exports (JSON), Prometheus rule
// files, Terraform datadog_monitor resources and the runbooks they link, judged by the docs checks.
//
//   node bench/monitors.mjs [--monitors N] [--runs N] [--cli FILE] [--json]
//
// Needs the built CLI (`npm run build`). Prints the median of the runs, the corpus and the machine.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const o = { monitors: 5000, runs: 5, cli: join(ROOT, 'dist/cli.js'), json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--monitors') o.monitors = Number(argv[++i]);
    else if (a === '--runs') o.runs = Number(argv[++i]);
    else if (a === '--cli') o.cli = resolve(argv[++i]);
    else if (a === '--json') o.json = true;
    else {
      console.error(`monitors.mjs: unknown option ${a}`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(o.monitors) || o.monitors < 10 || !Number.isInteger(o.runs) || o.runs < 1) {
    console.error('monitors.mjs: --monitors must be an integer >= 10 and --runs >= 1');
    process.exit(2);
  }
  return o;
}

const TEAMS = ['checkout', 'payments', 'search', 'web', 'platform'];

function runbook(name, team) {
  return `---
owner: "@acme/${team}"
last-reviewed: 2026-11-02
---

# ${name}

## Meaning

The alert ${name} fires when its condition holds for longer than its \`for\` duration.

## Impact

Customers of ${team} see errors or slow pages while it fires.

## Diagnosis

1. Open [the ${team} dashboard](https://grafana.acme.example/d/${team}) and look at "errors by route".
2. If only one route is red, a dependency of that route is failing: check its status page.

## Mitigation

1. Roll back the last deploy: \`./scripts/rollback ${team}\`.

## Escalation

After 15 minutes without progress, page the \`${team}-escalation\` policy or @acme/${team}.
`;
}

/** Writes the corpus: 60% Datadog (JSON, 50 a file), 30% Prometheus (40 a file), 10% Terraform (10 a file). */
function generate(dir, total) {
  rmSync(dir, { recursive: true, force: true });
  const write = (rel, text) => {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  };
  const oncall = ['schedules:'];
  for (const t of TEAMS) {
    oncall.push(`  ${t}-primary:`, '    timezone: UTC', '    layers:');
    oncall.push(`      - { start: 2026-11-02T09:00, shift: 1w, members: ["@${t}-a", "@${t}-b"] }`);
  }
  oncall.push('policies:');
  for (const t of TEAMS)
    oncall.push(
      `  ${t}-escalation:`,
      '    levels:',
      `      - notify: [{ schedule: ${t}-primary }]`,
    );
  oncall.push('teams:');
  for (const t of TEAMS) oncall.push(`  "@acme/${t}": ${t}-escalation`);
  write('oncall/schedules.yml', `${oncall.join('\n')}\n`);
  write('.github/CODEOWNERS', TEAMS.map((t) => `/services/${t}/ @acme/${t}`).join('\n') + '\n');
  const handles = TEAMS.map((t) => `    "@pagerduty-${t}": ${t}-escalation`).join('\n');
  write(
    '.github/ops-steward.yml',
    `monitors:\n  runbookUrlPrefixes: ["https://github.com/acme/shop/blob/main/"]\n  handles:\n${handles}\n`,
  );
  const datadog = Math.round(total * 0.6);
  const prometheus = Math.round(total * 0.3);
  const terraform = total - datadog - prometheus;
  const runbookOf = (i) => `docs/runbooks/${TEAMS[i % TEAMS.length]}/alert-${i % 400}.md`;
  for (let i = 0; i < 400; i++) write(runbookOf(i), runbook(`alert-${i}`, TEAMS[i % TEAMS.length]));
  for (let f = 0; f * 50 < datadog; f++) {
    const monitors = [];
    for (let i = f * 50; i < Math.min(datadog, (f + 1) * 50); i++) {
      const team = TEAMS[i % TEAMS.length];
      const link =
        i % 7 === 0 ? '' : `Runbook: https://github.com/acme/shop/blob/main/${runbookOf(i)}\n`;
      monitors.push({
        id: 90000000 + i,
        type: 'query alert',
        name: `[${team}] monitor ${i}`,
        message: `{{#is_warning}}@slack-${team}{{/is_warning}}\n{{#is_alert}}\n${team} error rate is {{value}}.\n${link}@pagerduty-${team}\n{{/is_alert}}\n{{#is_recovery}}Recovered. @pagerduty-${team}{{/is_recovery}}`,
        tags: [`team:${team}`, 'env:prod'],
        query: `avg(last_5m):avg:${team}.errors{env:prod} > 5`,
        options: { thresholds: { critical: 5, warning: 3 }, notify_no_data: false },
        priority: 2,
      });
    }
    write(`monitors/datadog/export-${f}.json`, JSON.stringify(monitors, null, 2));
  }
  for (let f = 0; f * 40 < prometheus; f++) {
    const lines = ['groups:', `  - name: group-${f}`, '    rules:'];
    for (let i = f * 40; i < Math.min(prometheus, (f + 1) * 40); i++) {
      lines.push(
        `      - alert: Alert${i}`,
        `        expr: rate(errors_total{job="svc-${i}"}[5m]) > 0.05`,
        '        for: 5m',
        `        labels: { severity: ${i % 3 === 0 ? 'warning' : 'page'} }`,
        '        annotations:',
        `          summary: Service ${i} fails`,
        `          runbook_url: ${runbookOf(i)}`,
      );
    }
    write(`alerts/prometheus-${f}.rules.yml`, `${lines.join('\n')}\n`);
  }
  for (let f = 0; f * 10 < terraform; f++) {
    const blocks = [];
    for (let i = f * 10; i < Math.min(terraform, (f + 1) * 10); i++) {
      const team = TEAMS[i % TEAMS.length];
      blocks.push(`resource "datadog_monitor" "m${i}" {
  name    = "[${team}] terraform monitor ${i}"
  type    = "query alert"
  query   = "avg(last_5m):avg:${team}.latency{env:prod} > 2"
  message = <<-EOT
    {{#is_alert}}Latency is {{value}}s.
    Runbook: https://github.com/acme/shop/blob/main/${runbookOf(i)}
    @pagerduty-${team}{{/is_alert}}
    {{#is_recovery}}ok @pagerduty-${team}{{/is_recovery}}
  EOT
  monitor_thresholds {
    critical = 2
    warning  = 1
  }
}
`);
    }
    write(`monitors/terraform/monitors-${f}.tf`, blocks.join('\n'));
  }
  return { datadog, prometheus, terraform, runbooks: 400 };
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

const o = parseArgs(process.argv.slice(2));
if (!existsSync(o.cli)) {
  console.error(`monitors.mjs: ${o.cli} is missing: run npm run build first`);
  process.exit(1);
}
const dir = join(os.tmpdir(), 'ops-steward-bench-monitors');
const corpus = generate(dir, o.monitors);
const times = [];
// CPU time says what a shared, loaded machine's wall time hides (read by the preload, as bench/docs.mjs does).
const cpu = [];
const rusage = join(os.tmpdir(), `ops-steward-bench-monitors-${process.pid}.rusage.json`);
let rows = 0;
for (let r = 0; r < o.runs; r++) {
  const start = process.hrtime.bigint();
  const preload = pathToFileURL(join(ROOT, 'bench/rusage-preload.mjs')).href;
  const run = spawnSync(
    process.execPath,
    ['--import', preload, o.cli, 'monitors', 'list', '--repo', dir, '--json'],
    {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, BENCH_RUSAGE_OUT: rusage },
    },
  );
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
  if (existsSync(rusage)) {
    const usage = JSON.parse(readFileSync(rusage, 'utf8'));
    cpu.push((usage.userUs + usage.systemUs) / 1000);
    rmSync(rusage);
  }
  if (run.status !== 0) {
    console.error(`monitors.mjs: the CLI exited ${run.status}:\n${run.stderr}`);
    process.exit(1);
  }
  rows = JSON.parse(run.stdout).length;
}
if (rows !== o.monitors) {
  console.error(`monitors.mjs: expected ${o.monitors} monitors, the CLI listed ${rows}`);
  process.exit(1);
}
const result = {
  monitors: o.monitors,
  corpus,
  runs: o.runs,
  medianMs: Math.round(median(times)),
  minMs: Math.round(Math.min(...times)),
  medianCpuMs: cpu.length > 0 ? Math.round(median(cpu)) : null,
  machine: `${os.cpus()[0]?.model ?? 'unknown cpu'} × ${os.availableParallelism()}, node ${process.version}`,
};
if (o.json) console.log(JSON.stringify(result));
else {
  console.log(
    `monitors list: ${o.monitors} monitors (${corpus.datadog} Datadog JSON, ${corpus.prometheus} Prometheus, ${corpus.terraform} Terraform; ${corpus.runbooks} runbooks)`,
  );
  console.log(
    `median ${result.medianMs} ms wall (min ${result.minMs} ms), ${result.medianCpuMs} ms CPU, over ${o.runs} runs`,
  );
  console.log(`machine: ${result.machine}`);
}
rmSync(dir, { recursive: true, force: true });
