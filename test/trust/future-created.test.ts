import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { checkFlags } from '../../src/flags/check.js';
import { memoryRepo } from '../../src/repo/memory.js';
import { contextFor } from '../support/modules.js';

/** Issue 9, defect 7: a `created` in the future buys a lifetime that starts later — it is questioned. */
describe('a flag created in the future', () => {
  it('is an error at its created date', async () => {
    const files = memoryRepo({
      'flags.yml':
        'flags:\n  new-checkout:\n    owner: "@alice"\n    created: 2031-06-01\n    expires: 2031-07-01\n    type: release\n',
      'src/a.ts': "import { isEnabled } from './flags';\nisEnabled('new-checkout');\n",
    });
    const findings = await checkFlags(
      contextFor(files, defaultConfig(), new Date('2026-11-25T12:00:00Z')),
    );
    expect(findings).toContainEqual(
      expect.objectContaining({
        ruleId: 'flags/registry-future-created',
        severity: 'error',
        file: 'flags.yml',
        line: 2,
      }),
    );
  });
});
