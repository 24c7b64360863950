import { describe, expect, it } from 'vitest';
import { GOOD_POSTMORTEM, GOOD_RUNBOOK } from './fixtures.js';
import { findingsOf, lineOf, located } from './helpers.js';

const ADR_CONFIG = `docs:
  kinds:
    adr:
      paths: ["docs/adr/*.md"]
      template: docs/adr/TEMPLATE.md
`;

const adr = (template: string, doc: string) =>
  findingsOf(
    'docs/adr/0007-use-postgres.md',
    doc,
    { 'docs/adr/TEMPLATE.md': template },
    ADR_CONFIG,
  );

describe('a template without any marker (the markdownlint MD043 case)', () => {
  const template = '# {{ title }}\n\n## Context\n\n## Decision\n\n## Consequences\n';

  it('requires every heading, at its level, in its order', async () => {
    const good =
      '# Use Postgres\n\n## Context\n\nWe need transactions.\n\n## Decision\n\nPostgres.\n\n## Consequences\n\nOne more database to run.\n';
    expect(await adr(template, good)).toEqual([]);
    const bad =
      '# Use Postgres\n\n## Decision\n\nPostgres.\n\n## Context\n\nWe need transactions.\n\n### Consequences\n\nOps work.\n';
    expect(located(await adr(template, bad))).toEqual([
      ['docs/section-order', lineOf(bad, '## Decision')],
      ['docs/heading-level', lineOf(bad, '### Consequences')],
    ]);
  });

  it('checks no front matter, markers or content rules it does not have', async () => {
    const doc =
      '---\nanything: goes\n---\n# Use Postgres\n\n## Context\n\nx\n\n## Decision\n\ny\n\n## Consequences\n\n- a\n';
    expect(await adr(template, doc)).toEqual([]);
  });
});

describe('custom templates, one marker at a time', () => {
  const withMarker = (marker: string, body = '{{ fill in }}') =>
    `# {{ title }}\n\n## Notes\n<!-- ops-steward: ${marker} -->\n\n${body}\n`;

  it('optional: the section may be absent, but if present it is still checked', async () => {
    const template =
      '# {{ title }}\n\n## Context\n\n## Alternatives\n<!-- ops-steward: optional -->\n\n## Decision\n';
    expect(await adr(template, '# X\n\n## Context\n\nc\n\n## Decision\n\nd\n')).toEqual([]);
    const empty = '# X\n\n## Context\n\nc\n\n## Alternatives\n\n## Decision\n\nd\n';
    expect(located(await adr(template, empty))).toEqual([
      ['docs/empty-section', lineOf(empty, '## Alternatives')],
    ]);
  });

  it('min-items N', async () => {
    const template = withMarker('min-items 3');
    expect(await adr(template, '# X\n\n## Notes\n\n- a\n- b\n- c\n')).toEqual([]);
    const doc = '# X\n\n## Notes\n\n- a\n- b\n';
    expect(located(await adr(template, doc))).toEqual([['docs/min-items', 3]]);
  });

  it('five-whys', async () => {
    const template = withMarker('five-whys');
    const doc = '# X\n\n## Notes\n\n1. Why? Because.\n2. Why? Because.\n';
    expect(located(await adr(template, doc))).toEqual([['docs/five-whys', 3]]);
  });

  it('timeline', async () => {
    const template = withMarker('timeline');
    const doc = '# X\n\n## Notes\n\n- 10:00 start\n- 09:59 earlier\n';
    expect(located(await adr(template, doc))).toEqual([['docs/timeline-order', 6]]);
  });

  it('action-items', async () => {
    const template = withMarker('action-items');
    const doc = '# X\n\n## Notes\n\n- Add alerting @alice #12\n- Write docs\n';
    expect(located(await adr(template, doc))).toEqual([
      ['docs/action-item-owner', 6],
      ['docs/action-item-link', 6],
    ]);
  });

  it('escalation', async () => {
    const template = withMarker('escalation');
    expect(await adr(template, '# X\n\n## Notes\n\nPage @acme/checkout.\n')).toEqual([]);
    expect(located(await adr(template, '# X\n\n## Notes\n\nPage @acme/nobody.\n'))).toEqual([
      ['docs/runbook-escalation', 5],
    ]);
  });

  it('dashboard-link', async () => {
    const template = withMarker('dashboard-link');
    expect(await adr(template, '# X\n\n## Notes\n\n<https://grafana.acme.example/d/x>\n')).toEqual(
      [],
    );
    expect(located(await adr(template, '# X\n\n## Notes\n\nThe Grafana board.\n'))).toEqual([
      ['docs/runbook-dashboard', 3],
    ]);
  });

  it('a marker after a blank line still belongs to the heading (Prettier writes one there)', async () => {
    const template =
      '# {{ title }}\n\n## Notes\n\n<!-- ops-steward: min-items 2 -->\n\n- {{ item }}\n';
    expect(located(await adr(template, '# X\n\n## Notes\n\n- one\n'))).toEqual([
      ['docs/min-items', 3],
    ]);
  });

  it('several markers on consecutive lines, or in one comment', async () => {
    const template =
      '# {{ title }}\n\n## Notes\n<!-- ops-steward: optional -->\n<!-- ops-steward: min-items 2; dashboard-link -->\n';
    expect(await adr(template, '# X\n')).toEqual([]);
    expect(located(await adr(template, '# X\n\n## Notes\n\n- one\n'))).toEqual([
      ['docs/min-items', 3],
      ['docs/runbook-dashboard', 3],
    ]);
  });

  it('front matter rules: one-of, date, @handle, lists and any value', async () => {
    const template =
      '---\nstatus: proposed | accepted | superseded\ndecided: YYYY-MM-DD\ndeciders: ["@handle"]\nticket: "{{ link }}"\n---\n# {{ title }}\n';
    expect(
      await adr(
        template,
        '---\nstatus: Accepted\ndecided: 2026-03-01\ndeciders: ["@alice", "@acme/arch"]\nticket: ARCH-7\n---\n# X\n',
      ),
    ).toEqual([]);
    const doc = '---\nstatus: maybe\ndecided: March\ndeciders: []\nticket: ""\n---\n# X\n';
    expect(located(await adr(template, doc))).toEqual([
      ['docs/front-matter', 2],
      ['docs/front-matter', 3],
      ['docs/front-matter', 4],
      ['docs/front-matter', 5],
    ]);
  });

  it('a heading with a placeholder matches any text around its fixed words', async () => {
    const template = '# ADR: {{ title }}\n\n## Decision\n';
    expect(await adr(template, '# ADR: Use Postgres\n\n## Decision\n\nYes.\n')).toEqual([]);
    expect(located(await adr(template, '# Use Postgres\n\n## Decision\n\nYes.\n'))).toEqual([
      ['docs/missing-section', 1],
    ]);
  });
});

describe('templates that cannot be used', () => {
  it('docs/template-invalid on an unknown marker and a marker away from a heading, at the template line', async () => {
    const template =
      '# {{ title }}\n\n## Notes\n<!-- ops-steward: min-itmes 2 -->\n\nText.\n\n<!-- ops-steward: optional -->\n';
    const findings = await adr(template, '# X\n\n## Notes\n\nn\n');
    expect(findings).toMatchObject([
      { ruleId: 'docs/template-invalid', file: 'docs/adr/TEMPLATE.md', line: 4 },
      { ruleId: 'docs/template-invalid', file: 'docs/adr/TEMPLATE.md', line: 8 },
    ]);
    expect(findings[0]!.message).toContain('unknown marker "min-itmes 2"');
    // What the documents are judged by meanwhile, so nobody takes their passing for the full check.
    expect(findings[0]!.message).toMatch(/: documents are checked without it until it is fixed$/);
  });

  it('docs/template-invalid on template front matter that is not YAML', async () => {
    const findings = await adr('---\nstatus: [a\n---\n# {{ title }}\n', '# X\n');
    expect(located(findings)).toEqual([['docs/template-invalid', 2]]);
    expect(findings[0]!.message).toMatch(
      /: the documents' front matter is not checked until it is fixed$/,
    );
  });

  it('a custom kind whose template does not exist is an error, and its documents are not judged on a guess', async () => {
    const findings = await findingsOf('docs/adr/0001-x.md', '# X\n', {}, ADR_CONFIG);
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: 'docs/template-invalid',
        message: expect.stringContaining('docs/adr/TEMPLATE.md, does not exist'),
      }),
    ]);
  });

  it("the repository's own template replaces the built-in one", async () => {
    const template =
      '# {{ title }}\n\n## What happened\n\n## Follow-ups\n<!-- ops-steward: action-items -->\n';
    const doc =
      '# Search was slow\n\n## What happened\n\nThe index node ran out of memory.\n\n## Follow-ups\n\n- Add a memory alert (@acme/search, #77)\n';
    expect(
      await findingsOf('docs/postmortems/2026-11-02-search.md', doc, {
        '.github/ops-steward/postmortem.md': template,
      }),
    ).toEqual([]);
  });
});

describe('line endings, byte order marks and front matter edge cases', () => {
  it('CRLF documents and templates give the same findings at the same lines', async () => {
    const crlf = GOOD_POSTMORTEM.replace('- 14:30: rollback', '- 14:03: rollback').replaceAll(
      '\n',
      '\r\n',
    );
    const findings = await findingsOf('docs/postmortems/a.md', crlf);
    expect(located(findings)).toEqual([['docs/timeline-order', lineOf(crlf, '14:03')]]);
    const template =
      '---\r\nstatus: a | b\r\n---\r\n# {{ title }}\r\n\r\n## Notes\r\n<!-- ops-steward: min-items 2 -->\r\n';
    expect(
      located(
        await adr(template, '---\r\nstatus: c\r\n---\r\n# X\r\n\r\n## Notes\r\n\r\n- one\r\n'),
      ),
    ).toEqual([
      ['docs/front-matter', 2],
      ['docs/min-items', 6],
    ]);
  });

  it('a byte order mark changes neither front matter nor positions', async () => {
    expect(await findingsOf('docs/runbooks/a.md', `\uFEFF${GOOD_RUNBOOK}`)).toEqual([]);
    const bad = `\uFEFF${GOOD_RUNBOOK.replace('owner: "@acme/checkout"', 'owner: checkout team')}`;
    expect(await findingsOf('docs/runbooks/a.md', bad)).toMatchObject([
      { ruleId: 'docs/front-matter', line: 2, column: 8 },
    ]);
  });

  it('empty front matter, and front matter that is only a comment, lack every field', async () => {
    const body = GOOD_RUNBOOK.slice(GOOD_RUNBOOK.indexOf('# Checkout'));
    for (const fm of ['---\n---\n', '---\n# reviewed yearly\n---\n']) {
      const findings = await findingsOf('docs/runbooks/a.md', fm + body);
      expect(findings.map((f) => f.message)).toEqual([
        'front matter field "owner" is missing',
        'front matter field "last-reviewed" is missing',
      ]);
    }
  });

  it('a --- block that is not at the very top is no front matter', async () => {
    const text = `\n${GOOD_RUNBOOK}`;
    const findings = await findingsOf('docs/runbooks/a.md', text);
    expect(findings[0]).toMatchObject({ ruleId: 'docs/front-matter', line: 1 });
  });
});
