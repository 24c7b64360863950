import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

/** semver ships no types and is only a transitive dependency here: the two functions this test uses. */
interface Semver {
  minVersion(range: string): { version: string } | null;
  satisfies(version: string, range: string): boolean;
}
const semver = createRequire(import.meta.url)('semver') as Semver;

const root = new URL('../../', import.meta.url);
const text = (rel: string): Promise<string> => readFile(new URL(rel, root), 'utf8');

interface LockPackage {
  name?: string;
  version?: string;
  engines?: { node?: string } | string[];
  optional?: boolean;
  os?: string[];
}

/**
 * Packages whose `engines` claim is stricter than their code. content-type 3 (under @octokit/request, in the
 * Action bundle and the App) declares >=22 only because CommonJS callers would need require(esm); it is an
 * ES module with no Node API, imported, and the whole suite runs it on Node 20.
 */
const ENGINE_CLAIMS_WE_DISPROVE: Record<string, string> = {
  'content-type': 'ES module without Node APIs; exercised on Node 20 by the Action and App tests',
};

describe('package.json for a release', () => {
  it('names where the project lives, and what may be imported', async () => {
    const pkg = JSON.parse(await text('package.json')) as Record<string, unknown>;
    expect(pkg.repository).toEqual({
      type: 'git',
      url: 'git+https://github.com/ops-steward/ops-steward.git',
    });
    expect(pkg.homepage).toBe('https://github.com/ops-steward/ops-steward#readme');
    expect(pkg.bugs).toEqual({ url: 'https://github.com/ops-steward/ops-steward/issues' });
    // No library API: only the schemas (for editors and validators) and package.json are importable.
    expect(pkg.exports).toEqual({
      './package.json': './package.json',
      './schemas/*.json': './schemas/*.json',
    });
    for (const entry of pkg.files as string[]) expect(existsSync(new URL(entry, root))).toBe(true);
    expect(pkg.dependencies).toBeUndefined();
  });

  it('declares an engines range every installed dependency accepts, at the oldest version of each line', async () => {
    const pkg = JSON.parse(await text('package.json')) as { engines: { node: string } };
    const lock = JSON.parse(await text('package-lock.json')) as {
      packages: Record<string, LockPackage>;
    };
    const ours = pkg.engines.node;
    // The oldest version of each `||` alternative is a Node someone may run `npm ci` on.
    const oldest = ours.split('||').map((range) => semver.minVersion(range.trim())!.version);
    expect(oldest).toEqual(['20.19.0', '22.13.0', '24.0.0']);
    const refused: string[] = [];
    for (const [where, entry] of Object.entries(lock.packages)) {
      if (where === '') continue;
      const name = entry.name ?? where.slice(where.lastIndexOf('node_modules/') + 13);
      const engines = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
      if (engines === undefined || name in ENGINE_CLAIMS_WE_DISPROVE) continue;
      for (const node of oldest) {
        if (!semver.satisfies(node, engines))
          refused.push(`${name}@${entry.version} (${engines}) refuses ${node}`);
      }
    }
    expect(refused).toEqual([]);
  });

  it('packs the bundles, schemas, licence and changelog, and no sources or tests', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: fileURLToPath(root),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const [packed] = JSON.parse(out) as [{ filename: string; files: { path: string }[] }];
    const paths = packed.files.map((f) => f.path);
    expect(packed.filename).toMatch(/^ops-steward-\d+\.\d+\.\d+\.tgz$/);
    for (const needed of ['LICENSE', 'CHANGELOG.md', 'README.md', 'dist/cli.js', 'action.yml'])
      expect(paths).toContain(needed);
    expect(paths).toContain('schemas/config.schema.json');
    expect(paths.filter((p) => /^(src|test|scripts|bench|examples)\//.test(p))).toEqual([]);
  });

  it('is what the README tells people to install', async () => {
    const readme = await text('README.md');
    expect(readme).toContain('Node.js 20.19 or newer');
  });
});

describe('LICENSE', () => {
  it('is the MIT licence package.json names, held by the project', async () => {
    const pkg = JSON.parse(await text('package.json')) as { license: string };
    const license = await text('LICENSE');
    expect(pkg.license).toBe('MIT');
    expect(license.split('\n')[0]).toBe('MIT License');
    expect(license).toMatch(/^Copyright \(c\) \d{4} ops-steward$/m);
    expect(license).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
  });
});

describe('CHANGELOG.md', () => {
  it('follows Keep a Changelog: Unreleased first, dated versions, known change types, link references', async () => {
    const changelog = await text('CHANGELOG.md');
    expect(changelog).toContain('https://keepachangelog.com/en/1.1.0/');
    const versions = [...changelog.matchAll(/^## (.*)$/gm)].map((m) => m[1]!);
    expect(versions[0]).toBe('[Unreleased]');
    for (const heading of versions.slice(1)) {
      expect(heading).toMatch(/^\[\d+\.\d+\.\d+\] - \d{4}-\d{2}-\d{2}$/);
    }
    const types = [...changelog.matchAll(/^### (.*)$/gm)].map((m) => m[1]!);
    for (const type of types) {
      expect(['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security']).toContain(type);
    }
    for (const heading of versions) {
      const label = /^\[([^\]]+)\]/.exec(heading)![1]!;
      expect(changelog).toMatch(new RegExp(`^\\[${label.replace(/\./g, '\\.')}\\]: https://`, 'm'));
    }
  });
});

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: { push: { tags: string[] } };
  jobs: Record<string, { permissions: Record<string, string>; steps: Step[] }>;
}

describe('the release workflow', () => {
  it('on a version tag: installs, checks, proves dist/ fresh, publishes with provenance, moves v0', async () => {
    const workflow = parseYaml(await text('.github/workflows/release.yml')) as Workflow;
    const [pattern] = workflow.on.push.tags;
    expect(pattern).toBe('v[0-9]+.[0-9]+.[0-9]+');
    const job = workflow.jobs.release!;
    expect(job.permissions).toEqual({ contents: 'write', 'id-token': 'write' });
    const runs = job.steps.map((s) => s.run ?? '');
    const at = (needle: string): number => runs.findIndex((r) => r.includes(needle));
    const order = [
      'npm ci',
      'npm run typecheck',
      'npm test',
      'git status --porcelain -- dist',
      'npm publish --provenance',
      'git push --force origin "refs/tags/${major}"',
    ].map(at);
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(runs[at('npm publish')]).not.toContain('--tag');
    expect(job.steps.find((s) => s.run?.includes('npm publish'))?.env).toEqual({
      NODE_AUTH_TOKEN: '${{ secrets.NPM_TOKEN }}',
    });
  });

  it('refuses a tag that is not the package version', async () => {
    const workflow = parseYaml(await text('.github/workflows/release.yml')) as Workflow;
    const guard = workflow.jobs.release!.steps.find((s) => s.run?.includes('GITHUB_REF_NAME'));
    expect(guard?.run).toContain('"v${version}"');
    expect(guard?.run).toContain('exit 1');
  });
});

describe('workflows people copy', () => {
  it('use actions that run on node24', async () => {
    const sources = ['README.md', '.github/workflows/release.yml'];
    for (const source of sources) {
      const uses = [...(await text(source)).matchAll(/uses: (actions\/[\w-]+)@v(\d+)/g)];
      expect(uses.length).toBeGreaterThan(0);
      for (const [, action, major] of uses) {
        // checkout and setup-node moved to node24 in v5.
        expect(`${action}@v${major}`).toMatch(/@v([5-9]|\d\d)$/);
      }
    }
  });
});
