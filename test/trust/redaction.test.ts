import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../../src/core/sanitize.js';
import type { Finding } from '../../src/findings.js';
import { emptyCounts, renderFlagSyncSummary } from '../../src/flags/sync/result.js';
import { fitComment, PR_REPORT_MARKER } from '../../src/github/sticky-comment.js';
import { renderAnnotations } from '../../src/report/annotations.js';
import {
  renderJson,
  renderMarkdown,
  renderSarifString,
  renderText,
} from '../../src/report/index.js';

/**
 * Issue 9, defect 10: a server error that echoes the Authorization header landed verbatim in the job
 * summary, the JSON report and the SARIF file. Every output goes through one redaction.
 */

const CLASSIC = 'ghp_' + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8';
const INSTALLATION = 'ghs_' + 'Zz9Yy8Xx7Ww6Vv5Uu4Tt3Ss2Rr1Qq0Pp9Oo8';
const FINE = 'github_pat_' + '11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz';
const leak = `GitHub answered HTTP 401: Bad credentials (request headers: Authorization: token ${CLASSIC}; x: Bearer ${INSTALLATION}) ${FINE}`;
const finding: Finding = {
  ruleId: 'codeowners/check-failed',
  severity: 'error',
  message: leak,
  file: '.github/CODEOWNERS',
  line: 1,
};

const secrets = [CLASSIC, INSTALLATION, FINE];
const clean = (out: string): void => {
  for (const s of secrets) expect(out).not.toContain(s);
  expect(out).toContain('REDACTED');
};

describe('tokens never reach an output', () => {
  it('redacts GitHub tokens and Authorization/Bearer values, and leaves other text alone', () => {
    const out = redactSecrets(leak);
    clean(out);
    expect(out).toContain('Bad credentials');
    expect(redactSecrets('flag new-checkout expires 2026-12-01')).toBe(
      'flag new-checkout expires 2026-12-01',
    );
  });

  it('in every report format, the annotations, the sweep summary and the PR comment', () => {
    clean(renderText([finding], { color: false }));
    clean(renderJson([finding]));
    clean(renderMarkdown([finding]));
    clean(renderSarifString([finding], { toolVersion: '0.1.0' }));
    clean(renderAnnotations([finding]).join('\n'));
    clean(
      renderFlagSyncSummary({
        dryRun: false,
        target: 'acme/shop@1111111',
        counts: emptyCounts(),
        planned: [],
        applied: [],
        remaining: [],
        labelsCreated: [],
        decisions: [],
        writes: 0,
        budget: 50,
        error: leak,
      }),
    );
    clean(fitComment(PR_REPORT_MARKER, leak));
  });
});
