import { describe, expect, it } from 'vitest';
import { sortFindings } from '../../src/findings.js';
import { GOOD_POSTMORTEM } from './fixtures.js';
import { findingsOf, lineOf } from './helpers.js';

/**
 * The outside check's third round: shapes of documents, templates and configs that earlier rounds did
 * not try, each reported where it is wrong and nowhere else.
 */

const PM = 'docs/postmortems/2024-03-07-card-declines.md';

function cut(text: string, from: string, to: string): string {
  return text.slice(0, text.indexOf(from)) + text.slice(text.indexOf(to));
}

describe('missing sections at one place', () => {
  it('are listed in the template’s order, in every report', async () => {
    // Impact, Timeline and Contributing factors (with its 5 Whys) all gone: they belong before Resolution.
    const text = cut(GOOD_POSTMORTEM, '## Impact', '## Resolution');
    const findings = sortFindings(await findingsOf(PM, text));
    expect(findings.map((f) => [f.ruleId, f.line, f.message])).toEqual([
      [
        'docs/missing-section',
        lineOf(text, '## Resolution'),
        'missing section ## Impact (it belongs before "Resolution")',
      ],
      [
        'docs/missing-section',
        lineOf(text, '## Resolution'),
        'missing section ## Timeline (it belongs before "Resolution")',
      ],
      [
        'docs/missing-section',
        lineOf(text, '## Resolution'),
        'missing section ## Contributing factors (it belongs before "Resolution")',
      ],
    ]);
  });
});
