/**
 * An on-call config split over several files, as organisations keep it: one file per team under `oncall/`,
 * named in `oncall.files` by a glob, with shared policies in a file of their own.
 */
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { formatLocation } from '../../src/findings.js';
import type { Finding } from '../../src/findings.js';
import { oncallModule } from '../../src/oncall/module.js';
import { diffFromPullFiles } from '../../src/repo/diff.js';
import { memoryRepo } from '../../src/repo/memory.js';
import { contextFor, pullRequestContextFor } from '../support/modules.js';

const CONFIG = 'oncall:\n  files: [oncall/policies.yml, oncall/teams/*.yml]\n';

const POLICIES = `# Escalation for every product team; the rotations are in oncall/teams/.
policies:
  checkout-escalation:
    levels:
      - notify: [{ schedule: checkout-primary }]
      - { after: 15m, notify: [{ schedule: payments-primary }] }
  payments-escalation:
    levels:
      - notify: [{ schedule: payments-primary }]
      - { after: 15m, notify: ['@acme/payments-leads'] }
teams:
  '@acme/checkout': checkout-escalation
  '@acme/payments': payments-escalation
`;

const CHECKOUT = `timezone: Europe/Berlin
schedules:
  checkout-primary:
    layers:
      - { start: 2026-11-30T09:00, shift: 1w, members: ['@alice', '@bob', '@chen'] }
`;

const PAYMENTS = `timezone: America/New_York
schedules:
  payments-primary:
    layers:
      - { start: 2026-11-30T09:00, shift: 1w, members: ['@dana', '@eli', '@fay'] }
`;

const FILES = {
  'oncall/policies.yml': POLICIES,
  'oncall/teams/checkout.yml': CHECKOUT,
  'oncall/teams/payments.yml': PAYMENTS,
  'oncall/teams/README.md': 'One file per team.\n',
};

const show = (findings: Finding[]): string[] =>
  findings
    .filter((f) => f.severity !== 'notice')
    .map((f) => `${f.ruleId} ${formatLocation(f)} ${f.message}`);

async function check(files: Record<string, string>, config = CONFIG): Promise<Finding[]> {
  const { config: parsed } = parseConfig(config, '.github/ops-steward.yml');
  return oncallModule.check(
    contextFor(memoryRepo(files), parsed, new Date('2026-12-01T12:00:00Z')),
  );
}

describe('an on-call config split over several files', () => {
  it('reads every file a glob in oncall.files matches, with references across files', async () => {
    expect(show(await check(FILES))).toEqual([]);
  });

  it('reports a name defined in two of the files, and a glob that matches nothing', async () => {
    const found = await check({
      ...FILES,
      'oncall/teams/payments-old.yml': PAYMENTS,
    });
    expect(show(found)).toEqual([
      'oncall/duplicate oncall/teams/payments.yml:3:3 schedule "payments-primary" is already defined at oncall/teams/payments-old.yml:3; this one is ignored',
    ]);
    const none = await check(
      FILES,
      'oncall:\n  files: [oncall/policies.yml, oncall/rotas/*.yml]\n',
    );
    expect(show(none)).toContain(
      'oncall/missing-file oncall/rotas/*.yml no file matches oncall/rotas/*.yml (oncall.files in the config names it)',
    );
  });

  it('reviews a pull request that adds a team file the glob matches', async () => {
    const { config } = parseConfig(CONFIG, '.github/ops-steward.yml');
    const head = {
      ...FILES,
      'oncall/teams/search.yml': `timezone: Europe/Berlin
schedules:
  search-primary:
    layers:
      - { start: 2026-11-30T09:00, shift: 1w, members: ['@gus'] }
`,
    };
    const ctx = pullRequestContextFor(
      memoryRepo(head),
      memoryRepo(FILES),
      diffFromPullFiles([
        {
          filename: 'oncall/teams/search.yml',
          status: 'added',
          patch:
            "@@ -0,0 +1,5 @@\n+timezone: Europe/Berlin\n+schedules:\n+  search-primary:\n+    layers:\n+      - { start: 2026-11-30T09:00, shift: 1w, members: ['@gus'] }\n",
        },
      ]),
      config,
      new Date('2026-12-01T12:00:00Z'),
    );
    const review = await oncallModule.pullRequest!(ctx);
    expect(review.findings.map((f) => `${f.ruleId} ${formatLocation(f)}`)).toEqual([
      'oncall/unused-schedule oncall/teams/search.yml:3:3',
      'oncall/single-member oncall/teams/search.yml:5:9',
    ]);
    expect(review.section?.markdown).toContain('#### `search-primary` (Europe/Berlin)');
  });
});
