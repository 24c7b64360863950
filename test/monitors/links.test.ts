import { describe, expect, it } from 'vitest';
import { linksInMessage, resolveLink } from '../../src/monitors/links.js';

const PREFIXES = [
  'https://github.com/acme/shop/blob/main/',
  'https://github.com/acme/shop/tree/main',
];

describe('linksInMessage', () => {
  it('finds URLs, Markdown links and repository paths, and says which are meant as the runbook', () => {
    const links = linksInMessage(
      [
        'Checkout fails.',
        'Dashboard: https://app.datadoghq.com/dashboard/abc-123/checkout?from_ts={{last_triggered_at_epoch}}',
        '[How to fix it](https://github.com/acme/shop/blob/main/docs/ops/checkout.md).',
        'Runbook: docs/runbooks/checkout-error-rate.md',
        'See also ./docs/architecture/overview.md',
      ].join('\n'),
    );
    expect(links.map((l) => [l.raw, l.labelled])).toEqual([
      [
        'https://app.datadoghq.com/dashboard/abc-123/checkout?from_ts={{last_triggered_at_epoch}}',
        false,
      ],
      ['https://github.com/acme/shop/blob/main/docs/ops/checkout.md', false],
      ['docs/runbooks/checkout-error-rate.md', true],
      ['./docs/architecture/overview.md', false],
    ]);
  });

  it('takes the Markdown link text as the label', () => {
    const [link] = linksInMessage('[Runbook](https://wiki.acme.example/pages/1234)');
    expect(link).toMatchObject({ raw: 'https://wiki.acme.example/pages/1234', labelled: true });
  });

  it('drops sentence punctuation after a URL', () => {
    expect(
      linksInMessage('Read https://github.com/acme/shop/blob/main/docs/runbooks/a.md.')[0]!.raw,
    ).toBe('https://github.com/acme/shop/blob/main/docs/runbooks/a.md');
  });
});

describe('resolveLink', () => {
  it('maps a URL through the longest matching prefix, without the query, keeping the anchor', () => {
    expect(
      resolveLink(
        'https://github.com/acme/shop/blob/main/docs/runbooks/checkout%20errors.md#diagnosis',
        PREFIXES,
      ),
    ).toEqual({ kind: 'repo', path: 'docs/runbooks/checkout errors.md', anchor: 'diagnosis' });
    expect(resolveLink('https://github.com/acme/shop/tree/main/runbooks/a.md', PREFIXES)).toEqual({
      kind: 'repo',
      path: 'runbooks/a.md',
    });
  });

  it('leaves other sites, and branches that only start like the prefix, outside the repository', () => {
    expect(
      resolveLink('https://github.com/acme/shop/tree/main-old/runbooks/a.md', PREFIXES),
    ).toEqual({
      kind: 'external',
    });
    expect(resolveLink('https://github.com/acme/other/blob/main/runbooks/a.md', PREFIXES)).toEqual({
      kind: 'external',
    });
  });

  it('normalises repository paths and refuses ones that leave the repository', () => {
    expect(resolveLink('./docs/../runbooks/a.md', [])).toEqual({
      kind: 'repo',
      path: 'runbooks/a.md',
    });
    expect(resolveLink('/runbooks/a.md', [])).toEqual({ kind: 'repo', path: 'runbooks/a.md' });
    expect(resolveLink('../ops/runbooks/a.md', [])).toMatchObject({ kind: 'invalid' });
  });
});
