import { describe, expect, it } from 'vitest';
import { nextPlaceholder } from '../../src/docs/placeholder-syntax.js';
import { GOOD_POSTMORTEM, GOOD_RUNBOOK } from './fixtures.js';
import { columnOf, findingsOf, lineOf, shown } from './helpers.js';

/**
 * Postmortems and runbooks kept in a static site (Hugo, Jekyll, Docusaurus, MkDocs): the generator's
 * own syntax is no leftover placeholder and no broken link; a real placeholder still is.
 */

const PM = 'docs/postmortems/2026-10-14-checkout-unavailable.md';
const RB = 'docs/runbooks/checkout-error-rate.md';

describe('Hugo shortcodes', () => {
  it('{{< ref >}}, {{< figure >}} and {{% notice %}} are the site’s syntax, not placeholders', async () => {
    const text = GOOD_POSTMORTEM.replace(
      'Rolling back to v411 at 14:30 restored checkout by 14:47.',
      [
        'Rolling back to v411 at 14:30 restored checkout by 14:47, following the',
        '[runbook]({{< ref "/runbooks/checkout-error-rate.md" >}}) and {{< relref "../runbooks/payments.md#mitigation" >}}.',
        '',
        '{{< figure src="/img/checkout-5xx.png" caption="5xx by route during the rollback" >}}',
        '',
        '{{% notice warning %}}Orders placed during the rollback were charged twice.{{% /notice %}}',
      ].join('\n'),
    );
    expect(shown(await findingsOf(PM, text))).toEqual([]);
  });
});

describe('Jekyll (Liquid)', () => {
  it('{% link %}, {{ site.baseurl }} and filtered strings are the site’s syntax', async () => {
    const text = GOOD_RUNBOOK.replace(
      '## Mitigation\n\n',
      [
        '## Mitigation\n',
        'Follow [the rollback guide]({% link _runbooks/rollback.md %}) and check',
        '![5xx by route]({{ "/assets/img/checkout-5xx.png" | relative_url }}) against the',
        '[dashboards]({{site.baseurl}}/dashboards/) of {{ page.service }} ({{- site.data.teams.checkout -}}).',
        '',
        '',
      ].join('\n'),
    );
    expect(shown(await findingsOf(RB, text))).toEqual([]);
  });

  it('a real placeholder beside them is still reported, at its braces', async () => {
    const text = GOOD_RUNBOOK.replace(
      'Customers cannot pay; every minute costs about 45 orders.',
      'See [the status page]({{ site.status_url }}). {{ What users notice while it fires }}',
    );
    expect(shown(await findingsOf(RB, text))).toEqual([
      [
        'docs/placeholder',
        lineOf(text, 'What users notice'),
        columnOf(text, '{{ What users'),
        'leftover placeholder "{{ What users notice while it fires }}": replace it with the real text',
      ],
    ]);
  });

  it('a template that links with {{ site.baseurl }} gives no placeholder to fill in', async () => {
    const TEMPLATE = [
      '# {{ title }}',
      '',
      '## Meaning',
      '',
      '{{ What the alert means }}',
      '',
      '## See also',
      '',
      '[All runbooks]({{ site.baseurl }}/runbooks/)',
      '',
    ].join('\n');
    const text = [
      '# Checkout error rate high',
      '',
      '## Meaning',
      '',
      'More than 2% of checkout requests fail.',
      '',
      '## See also',
      '',
      '[All runbooks]({{ site.baseurl }}/runbooks/)',
      '',
    ].join('\n');
    const files = { '.github/ops-steward/runbook.md': TEMPLATE };
    expect(shown(await findingsOf(RB, text, files))).toEqual([]);
  });
});

describe('nextPlaceholder', () => {
  it('skips Hugo shortcodes and Liquid objects, and finds the placeholder after them', () => {
    const text =
      '{{< ref "a.md" >}} {{% note %}} {{ site.x | y }} {{ "/a" | relative_url }} {{ owner }}';
    expect(nextPlaceholder(text)).toEqual({
      from: text.indexOf('{{ owner'),
      to: text.length,
      inner: 'owner',
    });
    expect(nextPlaceholder('{{ page.title }} and {{ sitemap }}')?.inner).toBe('sitemap');
    expect(nextPlaceholder('{{ What the alert means }}')?.inner).toBe('What the alert means');
  });
});
