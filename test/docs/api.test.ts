import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import type { Config } from '../../src/config/types.js';
import { checkDocumentsAt, docKindOf } from '../../src/docs/api.js';
import { memoryRepo } from '../../src/repo/memory.js';
import { contextFor } from '../support/modules.js';
import { GOOD_POSTMORTEM, GOOD_RUNBOOK } from './fixtures.js';

const NOW = new Date('2026-11-25T00:00:00Z');
const CODEOWNERS =
  '*  @acme/platform\n/src/checkout/  @acme/checkout\n/src/payments/ @acme/payments\n';
const ONCALL = `schedules:
  checkout-primary:
    timezone: UTC
    layers:
      - start: 2026-11-02T09:00
        shift: 1w
        members: ["@alice"]
policies:
  checkout-escalation:
    levels:
      - after: 0m
        notify: [{ schedule: checkout-primary }]
`;

function config(yaml = ''): Config {
  const loaded = parseConfig(yaml, '.github/ops-steward.yml');
  expect(loaded.errors).toEqual([]);
  return loaded.config;
}

describe('docKindOf', () => {
  it('knows postmortems and runbooks by their folders, wherever those sit', () => {
    const c = config();
    expect(docKindOf(c, 'docs/postmortems/2026-10-14-checkout.md')).toBe('postmortem');
    expect(docKindOf(c, 'postmortems/2025/q3/db-failover.md')).toBe('postmortem');
    expect(docKindOf(c, 'services/search/runbooks/latency.md')).toBe('runbook');
    expect(docKindOf(c, 'docs/design/checkout.md')).toBeUndefined();
    expect(docKindOf(c, 'docs/runbooks/notes.txt')).toBeUndefined();
  });

  it('treats README.md and index.md in those folders as indexes, not documents', () => {
    const c = config();
    expect(docKindOf(c, 'docs/postmortems/README.md')).toBeUndefined();
    expect(docKindOf(c, 'docs/runbooks/index.md')).toBeUndefined();
  });

  it('adds custom kinds to the defaults and never counts a template as a document', () => {
    const c = config(`docs:
  kinds:
    adr:
      paths: ["docs/adr/*.md"]
      template: docs/adr/TEMPLATE.md
`);
    expect(docKindOf(c, 'docs/adr/0007-use-postgres.md')).toBe('adr');
    expect(docKindOf(c, 'docs/adr/TEMPLATE.md')).toBeUndefined();
    expect(docKindOf(c, 'docs/postmortems/x.md')).toBe('postmortem');
  });
});

describe('checkDocumentsAt', () => {
  const files = {
    '.github/CODEOWNERS': CODEOWNERS,
    'oncall/schedules.yml': ONCALL,
    'docs/postmortems/2026-10-14-checkout.md': GOOD_POSTMORTEM,
    'docs/runbooks/checkout-error-rate.md': GOOD_RUNBOOK,
  };

  it('finds nothing in documents that follow the built-in templates', async () => {
    const ctx = contextFor(memoryRepo(files), config(), NOW);
    expect(await checkDocumentsAt(ctx, Object.keys(files))).toEqual([]);
  });

  it('judges only the paths it is given, each as its kind', async () => {
    const broken = GOOD_RUNBOOK.replace('## Impact\n', '## Effects\n');
    const ctx = contextFor(
      memoryRepo({ ...files, 'docs/runbooks/checkout-error-rate.md': broken }),
      config(),
      NOW,
    );
    expect(await checkDocumentsAt(ctx, ['docs/postmortems/2026-10-14-checkout.md'])).toEqual([]);
    const findings = await checkDocumentsAt(ctx, ['docs/runbooks/checkout-error-rate.md']);
    expect(findings.map((f) => [f.ruleId, f.line])).toEqual([['docs/missing-section', 12]]);
    expect(findings[0]).toMatchObject({ file: 'docs/runbooks/checkout-error-rate.md', column: 1 });
  });
});
