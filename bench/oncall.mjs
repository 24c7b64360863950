#!/usr/bin/env node
// The on-call speed target: the final timeline of 200 schedules × 4 layers over 8 weeks, with 500
// overrides, in under 1 s on 2 cores. Bundles src/oncall with esbuild (no build step needed), generates a
// deterministic on-call file, times each run in a fresh process, and prints medians and the machine.
//
//   node bench/oncall.mjs [--runs N] [--json]
//
// Exit status: 0 ok; 1 when the timeline median is over the 1 s target or the file does not parse clean.

import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { createRng } from './lib/prng.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// A cache location every checkout ignores already.
const BUNDLE = join(ROOT, 'node_modules/.cache/ops-steward-bench/oncall.mjs');
const SCHEDULES = 200;
const LAYERS = 4;
const OVERRIDES = 500;
const WEEKS = 8;
const TARGET_MS = 1000;
const ZONES = ['Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'UTC'];
const SHIFTS = ['1w', '1d', '12h', '3d', '8h'];

function parseArgs(argv) {
  const o = { runs: 7, json: false, one: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--runs') o.runs = Number(argv[++i]);
    else if (argv[i] === '--json') o.json = true;
    else if (argv[i] === '--one') o.one = true;
    else {
      console.error(
        `oncall.mjs: unknown option ${argv[i]}\nusage: node bench/oncall.mjs [--runs N] [--json]`,
      );
      process.exit(2);
    }
  }
  if (!Number.isInteger(o.runs) || o.runs < 1) {
    console.error('oncall.mjs: --runs must be a positive integer');
    process.exit(2);
  }
  return o;
}

/** A realistic mix: weekly/daily/12h/3-day/8h rotations, office-hours and night restrictions, overrides. */
function generate() {
  const rng = createRng('oncall-bench-v1');
  const pad = (n) => String(n).padStart(2, '0');
  const lines = ['schedules:'];
  const names = [];
  let overridesLeft = OVERRIDES;
  for (let s = 0; s < SCHEDULES; s++) {
    const name = `team-${pad(Math.floor(s / 4))}-${['primary', 'secondary', 'daytime', 'nights'][s % 4]}`;
    names.push(name);
    lines.push(`  ${name}:`, `    timezone: ${rng.pick(ZONES)}`, '    layers:');
    for (let l = 0; l < LAYERS; l++) {
      const members = Array.from({ length: rng.int(2, 6) }, (_, m) => `"@u${s}-${l}-${m}"`);
      lines.push(
        `      - name: layer-${l}`,
        `        start: 2026-${pad(rng.int(1, 11))}-${pad(rng.int(1, 28))}T${pad(rng.int(0, 23))}:${rng.pick(['00', '30'])}`,
        `        shift: ${rng.pick(SHIFTS)}`,
        `        members: [${members.join(', ')}]`,
      );
      if (l === 2) {
        lines.push(
          '        restrictions: [{ days: [mon, tue, wed, thu, fri], from: "09:00", to: "17:00" }]',
        );
      } else if (l === 3) lines.push('        restrictions: [{ from: "22:00", to: "06:00" }]');
    }
    const count = s === SCHEDULES - 1 ? overridesLeft : Math.min(overridesLeft, rng.int(1, 4));
    overridesLeft -= count;
    if (count > 0) lines.push('    overrides:');
    for (let o = 0; o < count; o++) {
      const day = rng.int(1, 50);
      const from = new Date(Date.UTC(2026, 11, 1) + day * 86_400_000 + rng.int(0, 23) * 3_600_000);
      const to = new Date(from.getTime() + rng.int(2, 72) * 3_600_000);
      const local = (d) => d.toISOString().slice(0, 16);
      lines.push(`      - { who: "@cover-${o}", from: ${local(from)}, to: ${local(to)} }`);
    }
  }
  lines.push('policies:');
  for (let s = 0; s < SCHEDULES; s += 2) {
    lines.push(
      `  policy-${s}:`,
      '    levels:',
      `      - notify: [{ schedule: ${names[s]} }]`,
      '      - after: 15m',
      `        notify: [{ schedule: ${names[s + 1]} }]`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * One long schedule for the pull request's before/after table: an hourly rotation, and after the change
 * `LONG_OVERRIDES` short overrides in its 14 days, so the table has thousands of rows and must be cut.
 */
const LONG_OVERRIDES = 1500;
function generateLong() {
  const head = [
    'schedules:',
    '  noc:',
    '    timezone: Europe/Berlin',
    '    layers:',
    '      - { start: 2026-11-30T00:00, shift: 1h, members: ["@noc-1", "@noc-2", "@noc-3", "@noc-4"] }',
  ];
  const overrides = ['    overrides:'];
  for (let o = 0; o < LONG_OVERRIDES; o++) {
    const from = new Date(Date.UTC(2026, 11, 1) + o * 13 * 60_000);
    const to = new Date(from.getTime() + 5 * 60_000);
    const local = (d) => d.toISOString().slice(0, 16);
    overrides.push(`      - { who: "@cover-${o % 7}", from: ${local(from)}Z, to: ${local(to)}Z }`);
  }
  return { before: `${head.join('\n')}\n`, after: `${[...head, ...overrides].join('\n')}\n` };
}

async function loadOnCallCode() {
  await build({
    stdin: {
      contents: [
        "export { parseOnCall } from './src/oncall/parse.ts';",
        "export { scheduleTimeline, horizonOf } from './src/oncall/timeline.ts';",
        "export { analyseOnCall } from './src/oncall/analyse.ts';",
        "export { changeSectionMarkdown, COMPARE_DAYS } from './src/oncall/comment.ts';",
      ].join('\n'),
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // CommonJS dependencies (ajv) call require: give the ESM bundle one.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    outfile: BUNDLE,
    logLevel: 'silent',
  });
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** One measured run in this process (cold caches): parse, the timelines, every rule. */
async function once() {
  const {
    parseOnCall,
    scheduleTimeline,
    horizonOf,
    analyseOnCall,
    changeSectionMarkdown,
    COMPARE_DAYS,
  } = await import(pathToFileURL(BUNDLE).href);
  const yaml = generate();
  const now = new Date('2026-12-01T00:00:00Z');
  const days = WEEKS * 7;
  let t = performance.now();
  const { model, findings: problems } = parseOnCall(yaml, join('oncall', 'schedules.yml'));
  const parse = performance.now() - t;
  const bad = problems.find((f) => f.severity === 'error');
  const overrides = [...model.schedules.values()].reduce((n, s) => n + s.overrides.length, 0);
  if (bad || model.schedules.size !== SCHEDULES || overrides !== OVERRIDES) {
    return {
      error: bad?.message ?? `generated ${model.schedules.size} schedules, ${overrides} overrides`,
    };
  }
  const horizon = horizonOf(now, days);
  t = performance.now();
  let intervals = 0;
  for (const s of model.schedules.values())
    intervals += scheduleTimeline(s, horizon.from, horizon.to).length;
  const timeline = performance.now() - t;
  t = performance.now();
  const findings = analyseOnCall(model, now, days).findings.length;
  const check = performance.now() - t;
  // The pull request's before/after section of one long schedule, cut to the comment's room.
  const long = generateLong();
  const window = horizonOf(now, COMPARE_DAYS);
  const timelineOf = (text) => {
    const s = parseOnCall(text, join('oncall', 'schedules.yml')).model.schedules.get('noc');
    return scheduleTimeline(s, window.from, window.to);
  };
  const change = {
    name: 'noc',
    zone: 'Europe/Berlin',
    before: timelineOf(long.before),
    after: timelineOf(long.after),
  };
  t = performance.now();
  const cpu = process.cpuUsage();
  const sectionChars = changeSectionMarkdown([change]).length;
  const comment = performance.now() - t;
  const used = process.cpuUsage(cpu);
  const commentCpu = (used.user + used.system) / 1000;
  return { parse, timeline, check, comment, commentCpu, sectionChars, intervals, findings };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.one) {
    process.stdout.write(JSON.stringify(await once()));
    return;
  }
  await loadOnCallCode();
  const parse = [];
  const timeline = [];
  const check = [];
  const comment = [];
  const commentCpu = [];
  let sectionChars = 0;
  let intervals = 0;
  let findings = 0;
  // A fresh process per run, so no run profits from the previous one's caches; one warm-up first.
  for (let run = 0; run <= opts.runs; run++) {
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--one'], {
      encoding: 'utf8',
    });
    if (child.status !== 0) {
      console.error(`oncall.mjs: a run failed:\n${child.stderr}`);
      process.exit(1);
    }
    const r = JSON.parse(child.stdout);
    if (r.error) {
      console.error(`oncall.mjs: the generated file is not what it should be: ${r.error}`);
      process.exit(1);
    }
    if (run === 0) continue;
    parse.push(r.parse);
    timeline.push(r.timeline);
    check.push(r.check);
    comment.push(r.comment);
    commentCpu.push(r.commentCpu);
    sectionChars = r.sectionChars;
    intervals = r.intervals;
    findings = r.findings;
  }
  const result = {
    workload: {
      schedules: SCHEDULES,
      layersPerSchedule: LAYERS,
      overrides: OVERRIDES,
      weeks: WEEKS,
      intervals,
    },
    runs: opts.runs,
    medianMs: {
      parse: Math.round(median(parse)),
      timeline: Math.round(median(timeline)),
      check: Math.round(median(check)),
      comment: Math.round(median(comment)),
      commentCpu: Math.round(median(commentCpu)),
    },
    commentWorkload: { overrides: LONG_OVERRIDES, days: 14, sectionChars },
    findings,
    targetMs: TARGET_MS,
    machine: {
      cpus: os.cpus().length,
      model: os.cpus()[0]?.model ?? 'unknown',
      node: process.version,
      platform: `${os.platform()} ${os.arch()}`,
    },
  };
  if (opts.json) console.log(JSON.stringify(result, null, 2));
  else {
    console.log(
      `on-call timeline: ${SCHEDULES} schedules × ${LAYERS} layers × ${WEEKS} weeks, ${OVERRIDES} overrides → ${intervals} intervals`,
    );
    console.log(
      `  median of ${opts.runs} runs: parse ${result.medianMs.parse} ms · timeline ${result.medianMs.timeline} ms (target < ${TARGET_MS} ms) · every oncall rule ${result.medianMs.check} ms (${findings} findings)`,
    );
    console.log(
      `  pull request section of one hourly schedule with ${LONG_OVERRIDES} overrides in 14 days: ${result.medianMs.comment} ms wall, ${result.medianMs.commentCpu} ms CPU (cut to ${sectionChars} chars)`,
    );
    console.log(
      `  machine: ${result.machine.cpus} × ${result.machine.model}, Node ${process.version}, ${result.machine.platform}`,
    );
  }
  if (result.medianMs.timeline >= TARGET_MS) process.exit(1);
}

await main();
