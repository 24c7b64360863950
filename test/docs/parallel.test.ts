import { describe, expect, it } from 'vitest';
import { documentFindings } from '../../src/docs/api.js';
import { docsRun } from '../../src/docs/run.js';
import type { Finding } from '../../src/findings.js';
import { memoryRepo } from '../../src/repo/memory.js';
import { contextFor } from '../support/modules.js';
import { GOOD_POSTMORTEM, GOOD_RUNBOOK } from './fixtures.js';
import { CODEOWNERS, NOW, ONCALL, config } from './helpers.js';

/**
 * Sixty documents, every fourth with a different flaw, linking to each other (anchors that exist and
 * anchors that do not, across batches) and to an index page that is no document.
 */
function corpus(): Record<string, string> {
  const files: Record<string, string> = {
    '.github/CODEOWNERS': CODEOWNERS,
    'oncall/schedules.yml': ONCALL,
    'docs/runbooks/README.md': '# Runbooks\n\n## Checkout\n\nOne page per alert.\n',
  };
  for (let i = 0; i < 30; i++) {
    let pm = GOOD_POSTMORTEM.replace(
      'About 1,900 orders were not placed.',
      `About 1,900 orders were not placed. See [the runbook](../runbooks/rb-${(i + 7) % 30}.md#${i % 8 === 0 ? 'diagnosis-steps' : 'diagnosis'}) and [the index](../runbooks/README.md#${i % 6 === 0 ? 'search' : 'checkout'}).`,
    );
    if (i % 4 === 1)
      pm = pm.replace('5. Why are they not reviewed? Config lives outside the repository.\n', '');
    if (i % 4 === 2)
      pm = pm.replace('The rollback was quick', 'It was human error; the rollback was quick');
    if (i % 4 === 3) pm = pm.replace('| @alice |', '| Alice |');
    files[`docs/postmortems/pm-${String(i).padStart(2, '0')}.md`] = pm;
    let rb = GOOD_RUNBOOK.replace(
      '# Checkout error rate high',
      `# Checkout error rate high (${i})`,
    );
    if (i % 4 === 0) rb = rb.replace('## Escalation', '## Who to call');
    if (i % 4 === 1) rb = rb.replace('(#mitigation)', '(#mitigations)');
    files[`docs/runbooks/rb-${i}.md`] = rb;
  }
  return files;
}

async function check(files: Record<string, string>, workers: number): Promise<Finding[]> {
  const ctx = contextFor(memoryRepo(files), config(), NOW);
  const paths = Object.keys(files).sort();
  return documentFindings(docsRun(ctx), paths, { workers });
}

describe('documents analyzed on worker threads', () => {
  it('finds exactly what the in-process check finds, in the same order', async () => {
    const files = corpus();
    const inProcess = await check(files, 0);
    // The corpus has every planted flaw: the comparison below is not of two empty lists.
    const rules = new Set(inProcess.map((f) => f.ruleId));
    expect([...rules].sort()).toEqual([
      'docs/action-item-owner',
      'docs/blame',
      'docs/broken-link',
      'docs/five-whys',
      'docs/missing-section',
    ]);
    expect(inProcess.filter((f) => f.ruleId === 'docs/broken-link').map((f) => f.message)).toEqual(
      expect.arrayContaining([
        'link ../runbooks/rb-7.md#diagnosis-steps: #diagnosis-steps matches no heading of docs/runbooks/rb-7.md',
        'link ../runbooks/README.md#search: #search matches no heading of docs/runbooks/README.md',
        'link #mitigations matches no heading of this document',
      ]),
    );
    expect(await check(files, 2)).toEqual(inProcess);
  }, 60_000);
});
