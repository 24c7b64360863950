import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';
import type { AnySchemaObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { parseConfig } from '../../src/config/load.js';
import { configSchemaOf } from '../../src/config/schema.js';
import { ruleAnchor } from '../../src/core/rules.js';
import { runChecks } from '../../src/engine/run-checks.js';
import { ruleIndexOf } from '../../src/engine/rules.js';
import { MODULES } from '../../src/modules.js';
import { openLocalRepo } from '../../src/repo/local.js';
import { RULES_END, RULES_START } from '../../src/report/rule-docs.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const NOW = new Date('2026-11-25T00:00:00Z');

describe('the module registry', () => {
  it('gives every module a unique id and every rule an id under its module', () => {
    const ids = MODULES.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of MODULES) {
      for (const rule of m.rules) expect(rule.id.startsWith(`${m.id}/`)).toBe(true);
    }
    // Throws when a rule is defined twice.
    expect(ruleIndexOf(MODULES).all().length).toBeGreaterThan(40);
  });

  it('derives defaults that pass the composed schema', () => {
    const validate = new Ajv({ strict: false }).compile(configSchemaOf(MODULES) as AnySchemaObject);
    expect(validate(defaultConfig())).toBe(true);
    expect(defaultConfig().checks).toEqual(Object.fromEntries(MODULES.map((m) => [m.id, true])));
  });

  it('publishes exactly the composed schema in schemas/config.schema.json', async () => {
    const published: unknown = JSON.parse(
      await readFile(path.join(ROOT, 'schemas/config.schema.json'), 'utf8'),
    );
    expect(published).toEqual(configSchemaOf(MODULES));
  });

  it.each(MODULES.map((m) => m.id))(
    'switches the %s module off through its checks: key',
    async (id) => {
      const loaded = parseConfig(`checks:\n  ${id}: false\n`, '.github/ops-steward.yml');
      expect(loaded.errors).toEqual([]);
      const files = await openLocalRepo(path.join(ROOT, 'examples/acme-shop'));
      const result = await runChecks(files, loaded.config, { now: NOW });
      expect(result.ran).not.toContain(id);
      expect(result.ran).toEqual(MODULES.map((m) => m.id).filter((x) => x !== id));
      expect(result.findings.filter((f) => f.ruleId.startsWith(`${id}/`))).toEqual([]);
    },
  );

  it('lists every rule in the README, with its anchor, and no rule that does not exist', async () => {
    const readme = await readFile(path.join(ROOT, 'README.md'), 'utf8');
    const block = readme.slice(readme.indexOf(RULES_START), readme.indexOf(RULES_END));
    const documented = [...block.matchAll(/<a id="rule-[^"]+"><\/a>`([^`]+)`/g)].map((m) => m[1]);
    const catalogued = ruleIndexOf(MODULES)
      .all()
      .map((r) => r.id);
    expect([...documented].sort()).toEqual([...catalogued].sort());
    for (const id of catalogued) expect(block).toContain(`<a id="${ruleAnchor(id)}"></a>`);
  });

  it('has a catalogue entry for every rule id written in the sources', async () => {
    const index = ruleIndexOf(MODULES);
    const prefixes = MODULES.map((m) => m.id).join('|');
    const literal = new RegExp(`['\`]((?:${prefixes}|repo)/[a-z][a-z-]*)['\`]`, 'g');
    const missing: string[] = [];
    for (const file of await sources(path.join(ROOT, 'src'))) {
      const text = await readFile(file, 'utf8');
      // Comments quote paths (`docs/sub`) that only look like rule ids.
      const code = text
        .split('\n')
        .filter((line) => !/^\s*(?:\*|\/\/)/.test(line))
        .join('\n');
      for (const m of code.matchAll(literal)) {
        const id = m[1]!;
        // Paths such as 'flags/pr/index.js' are not rule ids.
        if (!index.has(id) && !/\.(?:js|ts|yml|md)$/.test(id))
          missing.push(`${path.relative(ROOT, file)}: ${id}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has a catalogue entry for every rule the example repository triggers', async () => {
    const files = await openLocalRepo(path.join(ROOT, 'examples/acme-shop'));
    const { findings } = await runChecks(files, defaultConfig(), { now: NOW });
    const index = ruleIndexOf(MODULES);
    expect(findings.filter((f) => !index.has(f.ruleId)).map((f) => f.ruleId)).toEqual([]);
  });
});

describe('rules: in the config', () => {
  it('changes a rule’s severity or switches it off, and points at an unknown rule id', async () => {
    const loaded = parseConfig(
      'rules:\n  flags/orphaned: notice\n  flags/expiring: off\n  flags/orphand: error\n',
      '.github/ops-steward.yml',
    );
    expect(loaded.errors).toEqual([]);
    expect(loaded.diagnostics).toContainEqual(
      expect.objectContaining({
        ruleId: 'config/unknown-rule',
        line: 4,
        column: 3,
        message: expect.stringContaining('did you mean "flags/orphaned"'),
      }),
    );
    const files = await openLocalRepo(path.join(ROOT, 'examples/acme-shop'));
    const { findings } = await runChecks(files, loaded.config, { now: NOW });
    expect(findings.filter((f) => f.ruleId === 'flags/expiring')).toEqual([]);
    const orphaned = findings.filter((f) => f.ruleId === 'flags/orphaned');
    expect(orphaned.length).toBeGreaterThan(0);
    expect(orphaned.every((f) => f.severity === 'notice')).toBe(true);
  });

  it('rejects a severity that is not one', () => {
    const loaded = parseConfig('rules:\n  flags/orphaned: loud\n', '.github/ops-steward.yml');
    expect(loaded.errors).toContainEqual(
      expect.objectContaining({ ruleId: 'config/invalid', line: 2 }),
    );
  });
});

async function sources(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await sources(full)));
    else if (entry.name.endsWith('.ts')) out.push(full);
  }
  return out;
}
