#!/usr/bin/env node
// `npm run bench`: times `ops-steward flags scan` on the synthetic monorepo against `git grep -F` for
// every declared key, and checks the scan's references against the generator's ground truth.
//
//   node bench/run.mjs [--runs N] [--warmup N] [--json | --markdown] [--out DIR] [--cli FILE]
//                      [--measure auto|time|preload] [--regenerate] [--scan-arg ARG]... [--git-grep-runs N]
//                      [--baseline-cli FILE]
//
// --baseline-cli FILE times a second build (an older dist/cli.js) in the same runs, interleaved
// (baseline, scan, grep, rg, baseline, scan, …), so a change is compared under the same machine load.
//
// Exit status: 0 ok; 1 when the scan fails, or finds no reference at all of some `via` form, or
// dist/cli.js is missing; 2 on a bad option.

import { createHash } from 'node:crypto';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

import { ensureCorpus, PROFILES, profileOut } from './generate.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const VIAS = [
  'literal',
  'constant',
  'enum',
  'object',
  'union',
  'template',
  'concat',
  'wrapper',
  'member',
  'jsx',
  'hint',
  'text',
  'symbol',
  'typed-literal',
];

function usage(msg) {
  if (msg) console.error(`run.mjs: ${msg}`);
  console.error(
    'usage: node bench/run.mjs [--profile stress|app] [--runs N] [--warmup N] [--json | --markdown] [--out DIR] [--cli FILE]\n' +
      '                          [--measure auto|time|preload] [--regenerate] [--scan-arg ARG]... [--git-grep-runs N]\n' +
      '                          [--baseline-cli FILE]',
  );
  process.exit(msg ? 2 : 0);
}

function parseArgs(argv) {
  const o = {
    runs: 5,
    gitGrepRuns: null,
    warmup: 1,
    format: 'table',
    profile: 'stress',
    out: null,
    cli: join(ROOT, 'dist/cli.js'),
    baselineCli: null,
    measure: 'auto',
    regenerate: false,
    scanArgs: [],
  };
  const num = (v, name) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0)
      usage(`${name} needs a non-negative integer, got ${JSON.stringify(v)}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => (i + 1 < argv.length ? argv[++i] : usage(`${a} needs a value`));
    if (a === '--runs') o.runs = Math.max(1, num(val(), a));
    else if (a === '--warmup') o.warmup = num(val(), a);
    else if (a === '--git-grep-runs') o.gitGrepRuns = num(val(), a);
    else if (a === '--json') o.format = 'json';
    else if (a === '--markdown') o.format = 'markdown';
    else if (a === '--out') o.out = resolve(val());
    else if (a === '--profile') o.profile = val();
    else if (a === '--cli') o.cli = resolve(val());
    else if (a === '--baseline-cli') o.baselineCli = resolve(val());
    else if (a === '--measure') o.measure = val();
    else if (a === '--regenerate') o.regenerate = true;
    else if (a === '--scan-arg') o.scanArgs.push(val());
    else if (a === '--help' || a === '-h') usage();
    else usage(`unknown option ${a}`);
  }
  if (!Object.hasOwn(PROFILES, o.profile))
    usage(`--profile must be one of ${Object.keys(PROFILES).join(', ')}`);
  o.out ??= profileOut(o.profile);
  if (!['auto', 'time', 'preload'].includes(o.measure))
    usage(`--measure must be auto, time or preload`);
  o.gitGrepRuns = Math.min(o.runs, o.gitGrepRuns ?? o.runs);
  return o;
}

// ---------------------------------------------------------------------------------------------
// Measuring a child process
//
// Wall time is taken here (hrtime around spawn → exit). CPU and peak RSS must come from the child
// itself, and Node cannot read a child's rusage. Two ways, both without installing anything:
//  - `time`: GNU time (/usr/bin/time -f), which reads wait4()'s rusage of the child. This is the
//    default when present: it works for any command (git grep too), and for a Node child it covers
//    worker threads (same process) and the CPU of any subprocess the child waited for.
//  - `preload`: `node --import bench/rusage-preload.mjs` writes process.resourceUsage() of the CLI
//    on exit. Node-only and blind to subprocesses, but needs no external tool. git grep then gets
//    wall time only.

function hasGnuTime() {
  if (!existsSync('/usr/bin/time')) return false;
  const r = spawnSync('/usr/bin/time', ['--version'], { encoding: 'utf8' });
  return /GNU/.test(`${r.stdout}${r.stderr}`);
}

function runMeasured({ cmd, args, method, stdoutFile, stderrFile, tmp, node }) {
  const rusageFile = join(tmp, `rusage-${process.pid}.txt`);
  rmSync(rusageFile, { force: true });
  let file = cmd;
  let argv = args;
  const env = { ...process.env };
  if (method === 'time') {
    file = '/usr/bin/time';
    argv = ['-f', '%e %U %S %M', '-o', rusageFile, cmd, ...args];
  } else if (method === 'preload' && node) {
    argv = ['--import', join(HERE, 'rusage-preload.mjs'), ...args];
    env.BENCH_RUSAGE_OUT = rusageFile;
    delete env.BENCH_RUSAGE_PID;
  }
  const out = openSync(stdoutFile, 'w');
  const err = openSync(stderrFile, 'w');
  return new Promise((resolvePromise, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(file, argv, { stdio: ['ignore', out, err], env });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
      closeSync(out);
      closeSync(err);
      const m = { wallMs, cpuMs: null, rssMb: null, code: code ?? 128, signal };
      if (existsSync(rusageFile)) {
        const text = readFileSync(rusageFile, 'utf8').trim();
        if (method === 'time') {
          const last = text.split('\n').pop() ?? '';
          const [, user, sys, rssKb] = last.split(' ').map(Number);
          if (Number.isFinite(user) && Number.isFinite(rssKb)) {
            m.cpuMs = (user + sys) * 1000;
            m.rssMb = rssKb / 1024;
          }
        } else {
          const r = JSON.parse(text);
          m.cpuMs = (r.userUs + r.systemUs) / 1000;
          m.rssMb = r.maxRssKb / 1024;
        }
        rmSync(rusageFile, { force: true });
      }
      resolvePromise(m);
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Ground truth

/** Compares the scan output with the planted references of manifest.json. */
export function compare(scan, manifest) {
  const at = new Map();
  const bySub = new Map();
  for (const p of manifest.planted) {
    p.found = false;
    p.gotVia = null;
    for (const line of p.lines) {
      const k = `${p.file}:${line}`;
      if (!at.has(k)) at.set(k, []);
      at.get(k).push(p);
    }
    if (!bySub.has(p.sub)) bySub.set(p.sub, []);
    bySub.get(p.sub).push(p);
  }
  const wrongKey = [];
  const notPlanted = [];
  const leaks = [];
  const inIgnored = (f) =>
    manifest.ignoredPrefixes.some((pre) => f.startsWith(pre) || f.includes(`/${pre}`));
  for (const r of scan.references) {
    if (inIgnored(r.file)) {
      leaks.push(r);
      continue;
    }
    const here = at.get(`${r.file}:${r.line}`) ?? [];
    const match =
      here.find((p) => !p.found && (r.key !== null ? p.key === r.key : p.pattern === r.pattern)) ??
      here.find((p) => (r.key !== null ? p.key === r.key : p.pattern === r.pattern));
    if (match) {
      match.found = true;
      match.gotVia = r.via;
    } else if (here.length > 0)
      wrongKey.push({ ref: r, expected: here.map((p) => p.key ?? p.pattern) });
    else notPlanted.push(r);
  }
  const unresolvedPlanted = new Set(manifest.unresolved.map((u) => `${u.file}:${u.line}`));
  let unresolvedFound = 0;
  const unexpectedUnresolved = [];
  for (const u of scan.unresolved) {
    if (inIgnored(u.file)) leaks.push(u);
    else if (unresolvedPlanted.has(`${u.file}:${u.line}`)) unresolvedFound++;
    else unexpectedUnresolved.push(u);
  }
  const subs = [...bySub.entries()].map(([sub, ps]) => {
    const found = ps.filter((p) => p.found);
    const viaWrong = found.filter((p) => p.gotVia !== p.via);
    const missed = ps.filter((p) => !p.found);
    return {
      sub,
      via: ps[0].via,
      planted: ps.length,
      found: found.length,
      viaMismatch: viaWrong.length,
      viaReported: [...new Set(viaWrong.map((p) => p.gotVia))],
      missedExample: missed[0]
        ? {
            file: missed[0].file,
            line: missed[0].line,
            key: missed[0].key,
            pattern: missed[0].pattern,
          }
        : null,
    };
  });
  const orphanSet = new Set(manifest.orphans);
  return {
    subs,
    planted: manifest.planted.length,
    found: manifest.planted.filter((p) => p.found).length,
    wrongKey,
    notPlanted,
    orphanHits: scan.references.filter((r) => r.key !== null && orphanSet.has(r.key)).length,
    leaks,
    unresolved: {
      planted: manifest.unresolved.length,
      found: unresolvedFound,
      unexpected: unexpectedUnresolved,
    },
  };
}

// ---------------------------------------------------------------------------------------------

/** Hash of the output with references and unresolved entries sorted: equal when only the order differs. */
function canonicalSha(text) {
  try {
    const j = JSON.parse(text);
    const sorted = [j.references, j.unresolved].map((list) =>
      Array.isArray(list) ? list.map((x) => JSON.stringify(x)).sort() : [],
    );
    return createHash('sha256').update(JSON.stringify(sorted)).digest('hex');
  } catch {
    return createHash('sha256').update(text).digest('hex');
  }
}

const median = (xs) => {
  const s = xs.filter((x) => x !== null).sort((a, b) => a - b);
  if (s.length === 0) return null;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x, d = 0) => (x === null ? null : Number(x.toFixed(d)));
const stats = (xs) => {
  const v = xs.filter((x) => x !== null);
  return {
    median: round(median(v), 1),
    min: v.length ? round(Math.min(...v), 1) : null,
    max: v.length ? round(Math.max(...v), 1) : null,
  };
};

function sourceLine(repo, file, line) {
  try {
    return readFileSync(join(repo, file), 'utf8').split('\n')[line - 1]?.trim() ?? '';
  } catch {
    return '';
  }
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const log = (m) => console.error(m);
  if (!existsSync(o.cli)) {
    console.error(
      `run.mjs: ${relative(process.cwd(), o.cli) || o.cli} not found. The benchmark times the bundled CLI: run \`npm run build\` first ` +
        '(it must provide `flags scan --repo DIR --json`).',
    );
    process.exit(1);
  }
  if (o.baselineCli && !existsSync(o.baselineCli)) {
    console.error(`run.mjs: --baseline-cli ${o.baselineCli} not found`);
    process.exit(2);
  }
  const corpus = ensureCorpus({
    out: o.out,
    force: o.regenerate,
    params: PROFILES[o.profile],
    log,
  });
  const manifest = JSON.parse(readFileSync(join(corpus.out, 'manifest.json'), 'utf8'));
  const keysFile = join(corpus.out, 'keys.txt');
  const method = o.measure === 'auto' ? (hasGnuTime() ? 'time' : 'preload') : o.measure;
  if (method === 'time' && !hasGnuTime()) usage('--measure time needs GNU time at /usr/bin/time');

  const scanArgs = [o.cli, 'flags', 'scan', '--repo', corpus.repo, '--json', ...o.scanArgs];
  const grepArgs = ['-C', corpus.repo, 'grep', '-F', '-I', '-f', keysFile];
  const scanOut = join(corpus.out, 'scan.json');
  const scanErr = join(corpus.out, 'scan.stderr.txt');
  const grepOut = join(corpus.out, 'grep.txt');
  const grepErr = join(corpus.out, 'grep.stderr.txt');
  const scanOnce = () =>
    runMeasured({
      cmd: process.execPath,
      args: scanArgs,
      method,
      stdoutFile: scanOut,
      stderrFile: scanErr,
      tmp: corpus.out,
      node: true,
    });
  const baselineOut = join(corpus.out, 'baseline-scan.json');
  const baselineOnce = () =>
    runMeasured({
      cmd: process.execPath,
      args: [o.baselineCli, ...scanArgs.slice(1)],
      method,
      stdoutFile: baselineOut,
      stderrFile: scanErr,
      tmp: corpus.out,
      node: true,
    });
  const grepOnce = () =>
    runMeasured({
      cmd: 'git',
      args: grepArgs,
      method: method === 'time' ? 'time' : 'none',
      stdoutFile: grepOut,
      stderrFile: grepErr,
      tmp: corpus.out,
      node: false,
    });
  // GNU grep over exactly the files git grep searches: Aho–Corasick over all keys at once, the speed
  // a text-only tool can actually reach (git grep tries every pattern on every line, see README).
  const plainArgs = [
    '-c',
    'cd "$1" && git ls-files -z | xargs -0 grep -F -I -f "$2" --',
    'sh',
    corpus.repo,
    keysFile,
  ];
  const plainOut = join(corpus.out, 'plain-grep.txt');
  const plainOnce = () =>
    runMeasured({
      cmd: 'sh',
      args: plainArgs,
      method: method === 'time' ? 'time' : 'none',
      stdoutFile: plainOut,
      stderrFile: grepErr,
      tmp: corpus.out,
      node: false,
    });
  // ripgrep (when installed): the text search teams actually reach for; it honours .gitignore, so it
  // searches about the same files as git grep. Issue 10's speed target is a ratio to it.
  const hasRg = spawnSync('rg', ['--version']).status === 0;
  const rgOut = join(corpus.out, 'rg.txt');
  const rgOnce = () =>
    runMeasured({
      cmd: 'rg',
      args: ['-F', '-f', keysFile, '--no-messages', corpus.repo],
      method: method === 'time' ? 'time' : 'none',
      stdoutFile: rgOut,
      stderrFile: grepErr,
      tmp: corpus.out,
      node: false,
    });
  const failScan = (m) => {
    const err = readFileSync(scanErr, 'utf8').trim().split('\n').slice(-15).join('\n');
    console.error(
      `run.mjs: the scan exited with ${m.signal ?? m.code}: node ${scanArgs.map((a) => relative(process.cwd(), a) || a).join(' ')}\n${err}`,
    );
    process.exit(1);
  };
  const checkGrep = (m, label = 'git grep') => {
    if (m.code > 1) {
      console.error(
        `run.mjs: ${label} exited with ${m.code}:\n${readFileSync(grepErr, 'utf8').slice(0, 2000)}`,
      );
      process.exit(1);
    }
  };

  for (let i = 0; i < o.warmup; i++) {
    log(`warm-up ${i + 1}/${o.warmup} …`);
    const s = await scanOnce();
    if (s.code !== 0) failScan(s);
    checkGrep(await plainOnce(), 'grep');
    if (hasRg) checkGrep(await rgOnce(), 'rg');
  }
  const scans = [];
  const baselines = [];
  const baselineSets = new Set();
  const greps = [];
  const plains = [];
  const rgs = [];
  const outputs = new Map(); // sha256 -> { run, canonical }
  // The 1-minute load average at the start of each run: on a shared machine it explains the spread.
  const loads = [];
  const timeBaseline = async () => {
    const b = await baselineOnce();
    if (b.code !== 0) failScan(b);
    baselines.push(b);
    baselineSets.add(canonicalSha(readFileSync(baselineOut, 'utf8')));
  };
  for (let i = 0; i < o.runs; i++) {
    loads.push(os.loadavg()[0]);
    // Baseline and scan take turns going first, so neither always runs on a warmer machine.
    if (o.baselineCli && i % 2 === 0) await timeBaseline();
    const s = await scanOnce();
    if (s.code !== 0) failScan(s);
    if (o.baselineCli && i % 2 === 1) await timeBaseline();
    const text = readFileSync(scanOut, 'utf8');
    const sha = createHash('sha256').update(text).digest('hex');
    if (!outputs.has(sha)) {
      // Keep each distinct output, so a non-deterministic scan can be diffed afterwards.
      writeFileSync(join(corpus.out, `scan-variant-${outputs.size + 1}.json`), text);
      outputs.set(sha, { run: i + 1, canonical: canonicalSha(text) });
    }
    scans.push(s);
    const p = await plainOnce();
    checkGrep(p, 'grep');
    plains.push(p);
    let r = null;
    if (hasRg) {
      r = await rgOnce();
      checkGrep(r, 'rg');
      rgs.push(r);
    }
    let g = null;
    if (i < o.gitGrepRuns) {
      g = await grepOnce();
      checkGrep(g);
      greps.push(g);
    }
    const b = baselines.at(-1);
    log(
      `run ${i + 1}/${o.runs}: scan ${(s.wallMs / 1000).toFixed(2)} s,${b ? ` baseline ${(b.wallMs / 1000).toFixed(2)} s,` : ''} grep ${(p.wallMs / 1000).toFixed(2)} s${r ? `, rg ${(r.wallMs / 1000).toFixed(2)} s` : ''}${g ? `, git grep ${(g.wallMs / 1000).toFixed(2)} s` : ''}`,
    );
  }

  let scan;
  try {
    scan = JSON.parse(readFileSync(scanOut, 'utf8'));
  } catch (e) {
    console.error(
      `run.mjs: the scan's stdout is not JSON (${e.message}); first bytes: ${readFileSync(scanOut, 'utf8').slice(0, 200)}`,
    );
    process.exit(1);
  }
  if (!Array.isArray(scan.references) || !Array.isArray(scan.unresolved)) {
    console.error(
      'run.mjs: the scan output lacks `references`/`unresolved` arrays (see the CLI contract in issue 3)',
    );
    process.exit(1);
  }
  const grepLines =
    greps.length > 0 ? readFileSync(grepOut, 'utf8').split('\n').filter(Boolean) : [];
  const byVia = Object.fromEntries(VIAS.map((v) => [v, 0]));
  for (const r of scan.references) byVia[r.via] = (byVia[r.via] ?? 0) + 1;
  const plantedByVia = Object.fromEntries(
    VIAS.map((v) => [v, manifest.planted.filter((p) => p.via === v).length]),
  );
  const truth = compare(scan, manifest);

  const scanWall = stats(scans.map((s) => s.wallMs));
  const grepWall = stats(greps.map((g) => g.wallMs));
  const plainWall = stats(plains.map((g) => g.wallMs));
  const plainLines = readFileSync(plainOut, 'utf8').split('\n').filter(Boolean);
  const rgWall = stats(rgs.map((g) => g.wallMs));
  const rgLines = rgs.length > 0 ? readFileSync(rgOut, 'utf8').split('\n').filter(Boolean) : [];
  const result = {
    machine: {
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cores: os.cpus().length,
      memoryGb: round(os.totalmem() / 2 ** 30, 1),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      loadAverage: stats(loads),
    },
    corpus: {
      path: relative(process.cwd(), corpus.repo) || corpus.repo,
      generator: corpus.version,
      gitTree: corpus.gitTree,
      tsFiles: corpus.tsFiles,
      tsLines: corpus.tsLines,
      trackedFiles: corpus.trackedFiles,
      megabytes: round(corpus.bytes / 1e6, 1),
      declaredFlags: corpus.declaredFlags,
      plantedReferences: manifest.planted.length,
    },
    method:
      method === 'time'
        ? 'GNU time (wait4 rusage)'
        : 'node --import rusage-preload (process.resourceUsage)',
    runs: o.runs,
    warmup: o.warmup,
    scan: {
      command: `node dist/cli.js flags scan --repo <corpus> --json${o.scanArgs.length ? ` ${o.scanArgs.join(' ')}` : ''}`,
      wallMs: scanWall,
      cpuMs: stats(scans.map((s) => s.cpuMs)),
      peakRssMb: stats(scans.map((s) => s.rssMb)),
      outputStableAcrossRuns: outputs.size === 1,
      // Same references in another order is a weaker failure than different references.
      distinctOutputs: outputs.size,
      distinctReferenceSets: new Set([...outputs.values()].map((v) => v.canonical)).size,
    },
    baseline: baselines.length
      ? {
          cli: relative(process.cwd(), o.baselineCli) || o.baselineCli,
          wallMs: stats(baselines.map((b) => b.wallMs)),
          cpuMs: stats(baselines.map((b) => b.cpuMs)),
          peakRssMb: stats(baselines.map((b) => b.rssMb)),
          // Same references (in any order) as the scan: a speed change must not change the answer.
          sameReferences:
            baselineSets.size === 1 &&
            [...outputs.values()].every((v) => baselineSets.has(v.canonical)),
        }
      : null,
    gitGrep: {
      command: 'git grep -F -I -f keys.txt',
      runs: greps.length,
      wallMs: grepWall,
      cpuMs: stats(greps.map((g) => g.cpuMs)),
      matchedLines: grepLines.length,
    },
    grep: {
      command: 'git ls-files -z | xargs -0 grep -F -I -f keys.txt',
      wallMs: plainWall,
      cpuMs: stats(plains.map((g) => g.cpuMs)),
      matchedLines: plainLines.length,
    },
    rg: rgs.length
      ? {
          command: 'rg -F -f keys.txt',
          wallMs: rgWall,
          cpuMs: stats(rgs.map((g) => g.cpuMs)),
          matchedLines: rgLines.length,
        }
      : null,
    ratioScanToRg: rgs.length ? round(scanWall.median / rgWall.median, 1) : null,
    ratioScanToGitGrep: greps.length ? round(scanWall.median / grepWall.median, 2) : null,
    ratioScanToGrep: round(scanWall.median / plainWall.median, 1),
    references: {
      total: scan.references.length,
      byVia,
      plantedByVia,
      patterns: scan.references.filter((r) => r.key === null).length,
      unresolved: scan.unresolved.length,
    },
    groundTruth: {
      found: truth.found,
      planted: truth.planted,
      bySubForm: truth.subs,
      wrongKeyAtPlantedSite: truth.wrongKey.length,
      notPlanted: truth.notPlanted.length,
      orphanKeyHits: truth.orphanHits,
      ignoredPathLeaks: truth.leaks.length,
      unresolved: {
        planted: truth.unresolved.planted,
        reported: truth.unresolved.found,
        unexpected: truth.unresolved.unexpected.length,
      },
      examples: {
        wrongKey: truth.wrongKey.slice(0, 5).map((w) => ({ ...w.ref, expected: w.expected })),
        notPlanted: truth.notPlanted.slice(0, 5),
        unexpectedUnresolved: truth.unresolved.unexpected.slice(0, 5),
        leaks: truth.leaks.slice(0, 5),
      },
    },
  };
  const zero = VIAS.filter((v) => byVia[v] === 0);

  if (o.format === 'json') console.log(JSON.stringify(result, null, 2));
  else if (o.format === 'markdown') console.log(markdown(result));
  else console.log(table(result, corpus.repo));
  if (zero.length > 0) {
    console.error(
      `run.mjs: the scan found no reference of form(s): ${zero.join(', ')} — a silently broken resolver?`,
    );
    process.exit(1);
  }
}

const s2 = (ms) => (ms === null ? 'n/a' : `${(ms / 1000).toFixed(2)} s`);
const mb = (x) => (x === null ? 'n/a' : `${Math.round(x)} MB`);

function table(r, repo) {
  const out = [];
  const row = (label, st, fmt) =>
    out.push(
      `  ${label.padEnd(22)} ${fmt(st.median).padStart(9)}   (min ${fmt(st.min)}, max ${fmt(st.max)})`,
    );
  out.push('ops-steward flags scan benchmark');
  out.push(
    `  machine   ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGb} GB, Node ${r.machine.node}, ${r.machine.platform}`,
  );
  out.push(
    `  corpus    ${r.corpus.tsFiles} TS/TSX files, ${r.corpus.tsLines.toLocaleString('en-US')} lines, ${r.corpus.megabytes} MB; ${r.corpus.trackedFiles} tracked files; ${r.corpus.declaredFlags} declared flags`,
  );
  const load = r.machine.loadAverage;
  out.push(
    `  measured  median of ${r.runs} runs (+${r.warmup} warm-up) with ${r.method}; 1-min load average ${load.min}–${load.max}`,
  );
  out.push('');
  row('scan wall', r.scan.wallMs, s2);
  row('scan CPU (user+sys)', r.scan.cpuMs, s2);
  row('scan peak RSS', r.scan.peakRssMb, mb);
  if (r.baseline) {
    row('baseline wall', r.baseline.wallMs, s2);
    row('baseline CPU', r.baseline.cpuMs, s2);
    row('baseline peak RSS', r.baseline.peakRssMb, mb);
    out.push(
      `  ${'baseline'.padEnd(22)} ${r.baseline.cli}, interleaved; same references as the scan: ${r.baseline.sameReferences ? 'yes' : 'NO'}`,
    );
  }
  row('GNU grep -F wall', r.grep.wallMs, s2);
  row('GNU grep CPU', r.grep.cpuMs, s2);
  out.push(
    `  ${'ratio scan / grep'.padEnd(22)} ${`${r.ratioScanToGrep}×`.padStart(9)}   (wall-time medians; grep matched ${r.grep.matchedLines} lines)`,
  );
  if (r.rg) {
    row('rg -F wall', r.rg.wallMs, s2);
    out.push(
      `  ${'ratio scan / rg'.padEnd(22)} ${`${r.ratioScanToRg}×`.padStart(9)}   (wall-time medians; rg matched ${r.rg.matchedLines} lines)`,
    );
  }
  if (r.gitGrep.runs > 0) {
    row('git grep -F wall', r.gitGrep.wallMs, s2);
    row('git grep CPU', r.gitGrep.cpuMs, s2);
    out.push(
      `  ${'ratio scan / git grep'.padEnd(22)} ${`${r.ratioScanToGitGrep}×`.padStart(9)}   (${r.gitGrep.runs} runs; git grep matched ${r.gitGrep.matchedLines} lines)`,
    );
  }
  out.push(
    `  scan output identical across runs: ${r.scan.outputStableAcrossRuns ? 'yes' : `NO (${r.scan.distinctOutputs} distinct outputs, ${r.scan.distinctReferenceSets} distinct sets of references; kept as scan-variant-N.json)`}`,
  );
  out.push('');
  out.push(
    `  references found ${r.references.total} (${r.references.patterns} patterns), unresolved ${r.references.unresolved}`,
  );
  out.push(`  ${'via'.padEnd(10)} ${'found'.padStart(6)} ${'planted'.padStart(8)}`);
  for (const v of VIAS)
    out.push(
      `  ${v.padEnd(10)} ${String(r.references.byVia[v]).padStart(6)} ${String(r.references.plantedByVia[v]).padStart(8)}${r.references.byVia[v] === 0 ? '   <-- none found' : ''}`,
    );
  const extra = Object.keys(r.references.byVia).filter((v) => !VIAS.includes(v));
  for (const v of extra)
    out.push(
      `  ${v.padEnd(10)} ${String(r.references.byVia[v]).padStart(6)}        -   <-- not a via of the contract`,
    );
  const g = r.groundTruth;
  out.push('');
  out.push(
    `  ground truth: ${g.found}/${g.planted} planted references found at their file:line with the right key`,
  );
  const gaps = g.bySubForm.filter((s) => s.found < s.planted || s.viaMismatch > 0);
  if (gaps.length > 0) {
    out.push(
      `  ${'sub-form'.padEnd(28)} ${'found'.padStart(6)} ${'planted'.padStart(8)}  example miss / via reported`,
    );
    for (const s of gaps) {
      const ex = s.missedExample
        ? `${s.missedExample.file}:${s.missedExample.line}  ${sourceLine(repo, s.missedExample.file, s.missedExample.line)}`
        : '';
      const vm =
        s.viaMismatch > 0 ? ` [${s.viaMismatch} reported as ${s.viaReported.join('/')}]` : '';
      out.push(
        `  ${s.sub.padEnd(28)} ${String(s.found).padStart(6)} ${String(s.planted).padStart(8)}  ${ex}${vm}`,
      );
    }
  }
  out.push(
    `  wrong key/pattern at a planted site: ${g.wrongKeyAtPlantedSite}; references nobody planted: ${g.notPlanted}; hits on orphan keys: ${g.orphanKeyHits}; in gitignored paths: ${g.ignoredPathLeaks}`,
  );
  out.push(
    `  unresolved: ${g.unresolved.reported}/${g.unresolved.planted} planted dynamic calls reported, ${g.unresolved.unexpected} others`,
  );
  for (const [label, list] of Object.entries(g.examples)) {
    for (const e of list.slice(0, 3))
      out.push(
        `    ${label}: ${e.file}:${e.line} ${e.via ?? ''} ${e.key ?? e.pattern ?? e.expression ?? ''}${e.expected ? ` (expected ${e.expected.join(', ')})` : ''}  | ${sourceLine(repo, e.file, e.line)}`,
      );
  }
  return out.join('\n');
}

function markdown(r) {
  const out = [];
  out.push(
    `Corpus: ${r.corpus.tsFiles.toLocaleString('en-US')} TS/TSX files, ${r.corpus.tsLines.toLocaleString('en-US')} lines (${r.corpus.megabytes} MB), ${r.corpus.declaredFlags} declared flags. `,
  );
  out.push(
    `Machine: ${r.machine.cpu}, ${r.machine.cores} cores, Node ${r.machine.node}, 1-min load average ${r.machine.loadAverage.min}–${r.machine.loadAverage.max}. Median of ${r.runs} run(s), measured with ${r.method}.`,
  );
  out.push('');
  out.push('| | median | min | max |', '| --- | ---: | ---: | ---: |');
  const row = (label, st, fmt) =>
    out.push(`| ${label} | ${fmt(st.median)} | ${fmt(st.min)} | ${fmt(st.max)} |`);
  row('`flags scan` wall time', r.scan.wallMs, s2);
  row('`flags scan` CPU time (user+sys)', r.scan.cpuMs, s2);
  row('`flags scan` peak RSS', r.scan.peakRssMb, mb);
  if (r.baseline) {
    row('baseline `flags scan` wall time', r.baseline.wallMs, s2);
    row('baseline `flags scan` CPU time (user+sys)', r.baseline.cpuMs, s2);
    row('baseline `flags scan` peak RSS', r.baseline.peakRssMb, mb);
  }
  row('`grep -F -f keys` (GNU grep, tracked files) wall time', r.grep.wallMs, s2);
  out.push(`| ratio scan / grep | ${r.ratioScanToGrep}× | | |`);
  if (r.rg) {
    row('`rg -F -f keys` wall time', r.rg.wallMs, s2);
    out.push(`| ratio scan / rg | ${r.ratioScanToRg}× | | |`);
  }
  if (r.gitGrep.runs > 0) {
    row('`git grep -F -f keys` wall time', r.gitGrep.wallMs, s2);
    out.push(`| ratio scan / git grep | ${r.ratioScanToGitGrep}× | | |`);
  }
  out.push('');
  out.push(`| via | ${VIAS.join(' | ')} |`, `| --- | ${VIAS.map(() => '---:').join(' | ')} |`);
  out.push(`| found | ${VIAS.map((v) => r.references.byVia[v]).join(' | ')} |`);
  out.push(`| planted | ${VIAS.map((v) => r.references.plantedByVia[v]).join(' | ')} |`);
  return out.join('\n');
}

main().catch((e) => {
  console.error(`run.mjs: ${e.stack ?? e}`);
  process.exit(1);
});
