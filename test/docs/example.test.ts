import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { runChecks } from '../../src/engine/run-checks.js';
import { openLocalRepo } from '../../src/repo/local.js';

const EXAMPLE = path.resolve(import.meta.dirname, '../../examples/acme-shop');

describe('the example repository', () => {
  it('reports exactly the planted flaws of the flawed postmortem and runbook, and nothing of the good ones', async () => {
    const files = await openLocalRepo(EXAMPLE);
    const text = (await files.read('.github/ops-steward.yml')) ?? '';
    const { config } = parseConfig(text, '.github/ops-steward.yml');
    const { findings } = await runChecks(files, config, {
      now: new Date('2026-11-25T00:00:00Z'),
      only: ['docs'],
    });
    expect(
      findings.filter((f) => f.ruleId.startsWith('docs/')).map((f) => [f.file, f.line, f.ruleId]),
    ).toEqual([
      ['docs/postmortems/2026-11-19-search-results-empty.md', 4, 'docs/front-matter'],
      ['docs/postmortems/2026-11-19-search-results-empty.md', 25, 'docs/timeline-order'],
      ['docs/postmortems/2026-11-19-search-results-empty.md', 30, 'docs/broken-link'],
      ['docs/postmortems/2026-11-19-search-results-empty.md', 32, 'docs/five-whys'],
      ['docs/postmortems/2026-11-19-search-results-empty.md', 36, 'docs/blame'],
      ['docs/postmortems/2026-11-19-search-results-empty.md', 51, 'docs/action-item-owner'],
      ['docs/runbooks/search-latency.md', 15, 'docs/placeholder'],
      ['docs/runbooks/search-latency.md', 17, 'docs/runbook-dashboard'],
      ['docs/runbooks/search-latency.md', 24, 'docs/missing-section'],
    ]);
  });
});
