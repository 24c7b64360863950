import { describe, expect, it } from 'vitest';
import { checkDocumentsAt } from '../../src/docs/api.js';
import { sortFindings } from '../../src/findings.js';
import { memoryRepo } from '../../src/repo/memory.js';
import { contextFor } from '../support/modules.js';
import { GOOD_POSTMORTEM } from './fixtures.js';
import { NOW, columnOf, config, findingsOf, lineOf } from './helpers.js';

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

describe('a kind of your own whose template is missing', () => {
  const CONFIG_PATH = '.github/ops-steward.yml';
  const YAML = `# Architecture decisions and service reviews live next to the postmortems.
docs:
  kinds:
    decision:
      paths: ["docs/decisions/**/*.md"]
      template: docs/templates/decision.md
    review:
      paths:
        - docs/reviews/*.md
`;
  const repo = memoryRepo({
    [CONFIG_PATH]: YAML,
    'docs/decisions/0007-use-postgres.md': '# Use Postgres\n\nWe use Postgres.\n',
    'docs/reviews/2026-q3-payments.md': '# Payments review\n\nFine.\n',
  });
  const ctx = { ...contextFor(repo, config(YAML), NOW), configPath: CONFIG_PATH };

  it('is reported at the template value in the config, or at the kind when it names none', async () => {
    const findings = await checkDocumentsAt(ctx, [
      'docs/decisions/0007-use-postgres.md',
      'docs/reviews/2026-q3-payments.md',
    ]);
    expect(findings.map((f) => [f.ruleId, f.file, f.line, f.column])).toEqual([
      [
        'docs/template-invalid',
        CONFIG_PATH,
        lineOf(YAML, 'template: docs/templates'),
        columnOf(YAML, 'docs/templates/decision.md'),
      ],
      ['docs/template-invalid', CONFIG_PATH, lineOf(YAML, 'review:'), columnOf(YAML, 'review:')],
    ]);
  });
});
