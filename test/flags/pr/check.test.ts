import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config/defaults.js';
import type { Finding } from '../../../src/findings.js';
import type { FlagsConfig } from '../../../src/flags/config.js';
import { analyzePullRequestFlags } from '../../../src/flags/pr/check.js';
import { diffFromPullFiles } from '../../../src/repo/diff.js';
import type { PullFileEntry } from '../../../src/repo/diff.js';
import { memoryRepo } from '../../../src/repo/memory.js';
import { flagsModule } from '../../../src/flags/module.js';
import { pullRequestContextFor } from '../../support/modules.js';

const NOW = new Date('2026-11-25T12:00:00Z');

/** A one-hunk unified diff (common head and tail trimmed): enough for single-region edits. */
function patchOf(before: string, after: string): string {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (
    end < a.length - start &&
    end < b.length - start &&
    a[a.length - 1 - end] === b[b.length - 1 - end]
  )
    end++;
  const removed = a.slice(start, a.length - end);
  const added = b.slice(start, b.length - end);
  const header = `@@ -${start + (removed.length ? 1 : 0)},${removed.length} +${start + (added.length ? 1 : 0)},${added.length} @@`;
  return [header, ...removed.map((l) => `-${l}`), ...added.map((l) => `+${l}`)].join('\n');
}

async function check(
  base: Record<string, string>,
  head: Record<string, string>,
  config: FlagsConfig = defaultConfig().flags,
): Promise<Finding[]> {
  const entries: PullFileEntry[] = [];
  for (const path of new Set([...Object.keys(base), ...Object.keys(head)])) {
    const b = base[path];
    const h = head[path];
    if (b === h) continue;
    if (h === undefined) entries.push({ filename: path, status: 'removed' });
    else
      entries.push({
        filename: path,
        status: b === undefined ? 'added' : 'modified',
        patch: patchOf(b ?? '', h),
      });
  }
  const { findings } = await analyzePullRequestFlags({
    baseFiles: memoryRepo(base),
    headFiles: memoryRepo(head),
    diff: diffFromPullFiles(entries),
    config,
    now: NOW,
  });
  return findings;
}

const brief = (fs: readonly Finding[]): string[] =>
  fs.map((f) => `${f.ruleId} ${f.severity} ${f.file}:${f.line}`);

const flag = (key: string, fields: string[]): string[] => [
  `  ${key}:`,
  ...fields.map((f) => `    ${f}`),
];
const REGISTRY = [
  'flags:',
  ...flag('new-checkout', [
    'owner: "@alice"',
    'created: 2026-11-01',
    'expires: 2026-12-01',
    'type: release',
  ]), // 2-6
  ...flag('old-banner', [
    'owner: "@acme/web"',
    'created: 2026-10-01',
    'expires: 2026-10-31',
    'type: release',
  ]), // 7-11
  '',
].join('\n');
const APP = [
  "import { isEnabled } from './flags';",
  "if (isEnabled('new-checkout')) render();",
  '',
].join('\n');
const BASE = { 'flags.yml': REGISTRY, 'src/app.ts': APP };

describe('references on changed lines', () => {
  it('errors on the added line that reads an undeclared flag, not on old lines', async () => {
    const head = { ...BASE, 'src/app.ts': APP + "if (isEnabled('ghost')) spooky();\n" };
    const out = await check(
      { ...BASE, 'src/old.ts': "isEnabled('legacy-ghost');\n" },
      { ...head, 'src/old.ts': "isEnabled('legacy-ghost');\n" },
    );
    expect(brief(out)).toEqual(['flags/pr-undeclared error src/app.ts:3']);
    expect(out[0]!.message).toContain('flag "ghost"');
    expect(out[0]!.message).toContain('flags.yml does not declare it');
    expect(out[0]!.column).toBeGreaterThan(1);
  });

  it('warns when a changed line reads an expired flag, naming the owner and how to renew', async () => {
    const head = { ...BASE, 'src/app.ts': APP + "if (isEnabled('old-banner')) banner();\n" };
    const out = await check(BASE, head);
    expect(brief(out)).toEqual(['flags/pr-expired-reference warning src/app.ts:3']);
    expect(out[0]!.message).toMatch(/expired on 2026-10-31 \(owner @acme\/web\)/);
    expect(out[0]!.message).toContain('/ops-steward renew old-banner');
    expect(out[0]!.owners).toEqual(['@acme/web']);
  });
});

describe('registry edits', () => {
  it('errors on a new flag without owner and expires, at its key', async () => {
    const head = {
      ...BASE,
      'flags.yml':
        REGISTRY + flag('beta', ['created: 2026-11-20', 'type: experiment']).join('\n') + '\n',
    };
    const out = await check(BASE, head);
    expect(brief(out)).toEqual(['flags/pr-incomplete-flag error flags.yml:12']);
    expect(out[0]!.message).toContain('new flag "beta" is missing owner, expires');
  });

  it('errors on a new flag that lives longer than the policy, on its expires line', async () => {
    const head = {
      ...BASE,
      'flags.yml':
        REGISTRY +
        flag('beta', [
          'owner: "@bob"',
          'created: 2026-11-20',
          'expires: 2027-01-20',
          'type: experiment',
        ]).join('\n') +
        '\n',
    };
    const out = await check(BASE, head);
    expect(brief(out)).toEqual(['flags/pr-lifetime error flags.yml:15']);
    expect(out[0]!.message).toContain('61 days after it was created');
    expect(out[0]!.message).toContain('set expires to 2026-12-20 or earlier');
  });

  it('errors on a new flag whose expiry is already past', async () => {
    const head = {
      ...BASE,
      'flags.yml':
        REGISTRY +
        flag('beta', [
          'owner: "@bob"',
          'created: 2026-11-01',
          'expires: 2026-11-25',
          'type: experiment',
        ]).join('\n') +
        '\n',
    };
    expect(brief(await check(BASE, head))).toEqual(['flags/pr-expires-past error flags.yml:15']);
  });

  it('accepts a renewal of one policy step past the previous expiry, and rejects a longer one', async () => {
    const renew = (to: string): Record<string, string> => ({
      ...BASE,
      'flags.yml': REGISTRY.replace(
        'expires: 2026-12-01',
        `expires: ${to}\n    renewedFrom: 2026-12-01`,
      ),
    });
    expect(await check(BASE, renew('2026-12-31'))).toEqual([]);
    const out = await check(BASE, renew('2027-01-01'));
    expect(brief(out)).toEqual(['flags/pr-renewal-too-long error flags.yml:5']);
    expect(out[0]!.message).toContain('by 31 days, from 2026-12-01 to 2027-01-01');
    expect(out[0]!.message).toContain('set expires to 2026-12-31 or earlier');
  });

  it('judges a renewal of an expired flag from its old expiry, so one that is still past is an error', async () => {
    const head = {
      ...BASE,
      'flags.yml': REGISTRY.replace('expires: 2026-10-31', 'expires: 2026-11-20'),
    };
    expect(brief(await check(BASE, head))).toEqual(['flags/pr-expires-past error flags.yml:10']);
  });

  it('errors when a removed flag is still read, listing every reference', async () => {
    const app = APP + "isEnabled('new-checkout');\n";
    const base = { ...BASE, 'src/app.ts': app };
    const head = {
      ...base,
      'flags.yml': REGISTRY.replace(
        flag('new-checkout', [
          'owner: "@alice"',
          'created: 2026-11-01',
          'expires: 2026-12-01',
          'type: release',
        ]).join('\n') + '\n',
        '',
      ),
    };
    const out = await check(base, head);
    expect(brief(out)).toEqual(['flags/pr-removed-still-referenced error flags.yml:2']);
    expect(out[0]!.message).toContain('(2 times): src/app.ts:2, src/app.ts:3');
  });

  it('lets a flag go when its last reference goes in the same pull request', async () => {
    const head = {
      'flags.yml': REGISTRY.replace(
        flag('new-checkout', [
          'owner: "@alice"',
          'created: 2026-11-01',
          'expires: 2026-12-01',
          'type: release',
        ]).join('\n') + '\n',
        '',
      ),
      'src/app.ts': "import { isEnabled } from './flags';\nrender();\n",
    };
    expect(await check(BASE, head)).toEqual([]);
  });

  it('errors when the owner is removed', async () => {
    const head = { ...BASE, 'flags.yml': REGISTRY.replace('owner: "@alice"', 'owner: []') };
    const out = await check(BASE, head);
    expect(brief(out)).toEqual(['flags/pr-owner-removed error flags.yml:3']);
    expect(out[0]!.message).toContain('was owned by @alice');
  });

  it('says nothing about registry problems the pull request did not touch', async () => {
    const head = { ...BASE, 'src/app.ts': APP + 'other();\n' };
    expect(await check(BASE, head)).toEqual([]);
  });

  it('stays quiet rather than calling every key removed when the head registry is broken YAML', async () => {
    const head = { ...BASE, 'flags.yml': 'flags: [\n' };
    expect(await check(BASE, head)).toEqual([]);
  });
});

describe('a flag made permanent by its own pull request', () => {
  it('is a finding on the type line: a release flag turned kill-switch with its expiry dropped', async () => {
    const head = REGISTRY.replace(
      '    expires: 2026-12-01\n    type: release',
      '    type: kill-switch',
    );
    const findings = await check({ 'flags.yml': REGISTRY }, { 'flags.yml': head });
    const made = findings.filter((f) => f.ruleId === 'flags/pr-made-permanent');
    expect(brief(made)).toEqual(['flags/pr-made-permanent error flags.yml:5']);
    expect(made[0]!.message).toContain('from a release flag into a kill-switch flag');
    expect(made[0]!.message).toContain('drops its expiry 2026-12-01');
  });

  it('says nothing when a permanent flag stays permanent or an expiring type changes to another', async () => {
    const retyped = REGISTRY.replace(
      '    type: release\n  old-banner',
      '    type: experiment\n  old-banner',
    );
    const findings = await check({ 'flags.yml': REGISTRY }, { 'flags.yml': retyped });
    expect(findings.filter((f) => f.ruleId === 'flags/pr-made-permanent')).toEqual([]);
  });
});

describe('a flag whose expiry is dropped', () => {
  it('a release flag whose expires is dropped (its type kept) is made permanent too', async () => {
    const head = REGISTRY.replace('    expires: 2026-12-01\n', '');
    const out = await check({ 'flags.yml': REGISTRY }, { 'flags.yml': head });
    expect(brief(out.filter((f) => f.ruleId === 'flags/pr-made-permanent'))).toEqual([
      'flags/pr-made-permanent error flags.yml:2',
    ]);
    expect(out.find((f) => f.ruleId === 'flags/pr-made-permanent')!.message).toContain(
      'this drops the expiry 2026-12-01 of flag "new-checkout" (a release flag): without one the flag never expires',
    );
  });
});

describe('a registry declared in code', () => {
  const codeRegistry = (...entries: string[]): FlagsConfig => {
    const c = defaultConfig().flags;
    c.registry = entries.length === 1 ? entries[0]! : entries;
    return c;
  };
  const ENUM = codeRegistry('src/flags/keys.ts#WebFlag');
  const KEYS = [
    "// The storefront's feature flags: owner and dates in each member's JSDoc.",
    'export enum WebFlag {',
    '  /** @owner @alice @created 2026-11-01 @expires 2026-12-01 @type release */',
    "  NewCheckout = 'new-checkout',",
    '  /**',
    '   * The autumn banner on the home page.',
    '   * @owner @acme/web',
    '   * @created 2026-10-01 @expires 2026-10-31',
    '   * @type release',
    '   */',
    "  OldBanner = 'old-banner',",
    '}',
    '',
  ].join('\n');
  const USES = [
    "import { WebFlag } from './flags/keys';",
    "import { flags } from './platform/flags';",
    'if (flags.isEnabled(WebFlag.NewCheckout)) render();',
    '',
  ].join('\n');
  const CODE_BASE = { 'src/flags/keys.ts': KEYS, 'src/app.ts': USES };
  const withKeys = (keys: string): Record<string, string> => ({
    ...CODE_BASE,
    'src/flags/keys.ts': keys,
  });
  const at = (f: Finding): string => `${f.ruleId} ${f.file}:${f.line}:${f.column}`;

  it('a new member without owner and expiry is incomplete, at the member', async () => {
    const head = withKeys(
      KEYS.replace('}\n', "  /** @created 2026-11-20 @type experiment */\n  Beta = 'beta',\n}\n"),
    );
    const out = await check(CODE_BASE, head, ENUM);
    expect(out.map(at)).toEqual(['flags/pr-incomplete-flag src/flags/keys.ts:13:3']);
    expect(out[0]!.message).toContain('new flag "beta" is missing owner, expires');
  });

  it('a member whose @type turns permanent is made permanent, at the @type value', async () => {
    const head = withKeys(KEYS.replace('@expires 2026-12-01 @type release', '@type kill-switch'));
    const out = await check(CODE_BASE, head, ENUM);
    expect(out.map(at)).toEqual(['flags/pr-made-permanent src/flags/keys.ts:3:47']);
    expect(out[0]!.message).toContain('from a release flag into a kill-switch flag');
    expect(out[0]!.message).toContain('drops its expiry 2026-12-01');
  });

  it('a member whose @expires is dropped is made permanent, at the member', async () => {
    const head = withKeys(
      KEYS.replace(' @created 2026-10-01 @expires 2026-10-31', ' @created 2026-10-01'),
    );
    const out = await check(CODE_BASE, head, ENUM);
    expect(out.map(at)).toEqual(['flags/pr-made-permanent src/flags/keys.ts:11:3']);
    // A date that is merely invalid is the registry check's to report, not a made-permanent flag.
    const typo = withKeys(KEYS.replace('@expires 2026-10-31', '@expires 2026-10-32'));
    expect((await check(CODE_BASE, typo, ENUM)).map(at)).toEqual([]);
  });

  it('a renewal by one step with @renewedFrom passes; a longer one is an error at the @expires date', async () => {
    const renew = (to: string): Record<string, string> =>
      withKeys(KEYS.replace('@expires 2026-12-01', `@expires ${to} @renewedFrom 2026-12-01`));
    expect(await check(CODE_BASE, renew('2026-12-31'), ENUM)).toEqual([]);
    const out = await check(CODE_BASE, renew('2027-01-01'), ENUM);
    expect(out.map(at)).toEqual(['flags/pr-renewal-too-long src/flags/keys.ts:3:50']);
    expect(out[0]!.message).toContain('by 31 days, from 2026-12-01 to 2027-01-01');
  });

  it('a new member created in the future is an error at its @created date', async () => {
    const head = withKeys(
      KEYS.replace(
        '}\n',
        "  /** @owner @bob @created 2027-01-10 @expires 2027-02-01 @type experiment */\n  Later = 'later',\n}\n",
      ),
    );
    const out = await check(CODE_BASE, head, ENUM);
    expect(out.map(at)).toEqual(['flags/registry-future-created src/flags/keys.ts:12:28']);
    expect(out[0]!.message).toContain(
      'created 2027-01-10, a day in the future (today is 2026-11-25)',
    );
  });

  it('a member removed while code still reads it is an error where it was', async () => {
    const head = withKeys(
      KEYS.replace(
        "  /** @owner @alice @created 2026-11-01 @expires 2026-12-01 @type release */\n  NewCheckout = 'new-checkout',\n",
        '',
      ),
    );
    const out = await check(
      CODE_BASE,
      { ...head, 'src/app.ts': USES.replace('WebFlag.NewCheckout', "'new-checkout'") },
      ENUM,
    );
    expect(brief(out)).toEqual([
      'flags/pr-undeclared error src/app.ts:3',
      'flags/pr-removed-still-referenced error src/flags/keys.ts:3',
    ]);
    expect(out.find((f) => f.ruleId === 'flags/pr-removed-still-referenced')!.message).toContain(
      'flag "new-checkout" is removed from src/flags/keys.ts, but code still reads it (once): src/app.ts:3',
    );
  });

  it('says nothing when the pull request leaves the declaration alone', async () => {
    const head = { ...CODE_BASE, 'src/app.ts': USES + 'other();\n' };
    expect(await check(CODE_BASE, head, ENUM)).toEqual([]);
  });

  it('an undeclared read names the declaration to add it to', async () => {
    const head = { ...CODE_BASE, 'src/app.ts': USES + "if (flags.isEnabled('ghost')) spooky();\n" };
    const out = await check(CODE_BASE, head, ENUM);
    expect(out.map(at)).toEqual(['flags/pr-undeclared src/app.ts:4:21']);
    expect(out[0]!.message).toContain('src/flags/keys.ts does not declare it');
  });

  it('a `satisfies` object with its metadata in flags.yml: an expiry pushed too far is reported in flags.yml', async () => {
    const config = codeRegistry('src/config/flags.ts#FLAGS', 'flags.yml');
    const flagsTs = [
      "import type { FlagDefinition } from './types';",
      '',
      'export const FLAGS = {',
      "  enable_ai: { description: 'AI summaries', defaultValue: false },",
      "  dark_mode: { description: 'Dark theme', defaultValue: false },",
      '} satisfies Record<string, FlagDefinition>;',
      '',
    ].join('\n');
    const yml = [
      'flags:',
      ...flag('enable_ai', [
        'owner: "@alice"',
        'created: 2026-11-01',
        'expires: 2026-12-01',
        'type: release',
      ]),
      ...flag('dark_mode', [
        'owner: "@bob"',
        'created: 2026-11-01',
        'expires: 2026-12-15',
        'type: release',
      ]),
      '',
    ].join('\n');
    const uses =
      "import { FLAGS } from './config/flags';\nexport const on = [FLAGS.enable_ai, FLAGS.dark_mode];\n";
    const base = { 'src/config/flags.ts': flagsTs, 'flags.yml': yml, 'src/app.ts': uses };
    const head = {
      ...base,
      'flags.yml': yml.replace('expires: 2026-12-01', 'expires: 2027-02-01'),
    };
    const out = await check(base, head, config);
    expect(out.map(at)).toEqual(['flags/pr-renewal-too-long flags.yml:5:14']);

    // A new entry of the object, with no YAML entry and no tags: incomplete, at the entry.
    const added = {
      ...base,
      'src/config/flags.ts': flagsTs.replace(
        '} satisfies',
        "  quick_reorder: { description: 'Reorder', defaultValue: false },\n} satisfies",
      ),
    };
    expect((await check(base, added, config)).map(at)).toEqual([
      'flags/pr-incomplete-flag src/config/flags.ts:6:3',
    ]);
  });

  it('the flags module reads the base declaration through the base port, so a change is judged against it', async () => {
    const head = withKeys(KEYS.replace('@expires 2026-12-01 @type release', '@type kill-switch'));
    const config = defaultConfig();
    config.flags = ENUM;
    const baseRepo = memoryRepo(CODE_BASE);
    const read: string[] = [];
    const ctx = pullRequestContextFor(
      memoryRepo(head),
      { ...baseRepo, read: (path) => (read.push(path), baseRepo.read(path)) },
      diffFromPullFiles([
        {
          filename: 'src/flags/keys.ts',
          status: 'modified',
          patch: patchOf(KEYS, head['src/flags/keys.ts']!),
        },
      ]),
      config,
      NOW,
    );
    const review = await flagsModule.pullRequest!(ctx);
    expect(read).toEqual(['src/flags/keys.ts']);
    expect(review.findings.map(at)).toEqual(['flags/pr-made-permanent src/flags/keys.ts:3:47']);
  });

  it('a union type alias: a new member without metadata is incomplete, at the member', async () => {
    const config = codeRegistry('src/flags.ts#FlagKey', 'flags.yml');
    const yml = [
      'flags:',
      ...flag('search-v2', [
        'owner: "@alice"',
        'created: 2026-11-01',
        'expires: 2026-12-20',
        'type: release',
      ]),
      '',
    ].join('\n');
    const base = {
      'src/flags.ts': "export type FlagKey = 'search-v2';\n",
      'flags.yml': yml,
      'src/search.ts': "import { unleash } from './unleash';\nunleash.isEnabled('search-v2');\n",
    };
    const head = {
      ...base,
      'src/flags.ts': "export type FlagKey = 'search-v2' | 'beta-filters';\n",
    };
    expect((await check(base, head, config)).map(at)).toEqual([
      'flags/pr-incomplete-flag src/flags.ts:1:37',
    ]);
  });
});
