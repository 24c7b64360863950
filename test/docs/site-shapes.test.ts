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

  it('a dashboard linked through the site’s config, and a shortcode in an HTML link, are not judged', async () => {
    const text = GOOD_RUNBOOK.replace(
      '1. Open [Checkout / Overview](https://grafana.acme.example/d/checkout) and look at "5xx by route".',
      '1. Open [Checkout / Overview]({{site.grafana_url}}/d/checkout) and [Payments]({{ site.grafana_url }}/d/payments).',
    ).replace(
      '## Mitigation\n\n',
      '## Mitigation\n\nSee <a href="{{< ref "rollback.md" >}}">the rollback page</a>.\n\n',
    );
    expect(shown(await findingsOf(RB, text))).toEqual([]);
  });

  it('a dashboard linked with {{ site.x }} and spaces, text until Jekyll fills it in, counts', async () => {
    const text = GOOD_RUNBOOK.replace(
      '1. Open [Checkout / Overview](https://grafana.acme.example/d/checkout) and look at "5xx by route".',
      '1. Open [Checkout / Overview]({{ site.grafana_url }}/d/checkout) and look at "5xx by route".',
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

const IMPACT = 'Checkout conversion fell to zero for 42 minutes; support received 130 tickets.';

describe('Docusaurus admonitions', () => {
  it('a section that holds one has text, read like any other (blame too)', async () => {
    const text = GOOD_POSTMORTEM.replace(
      IMPACT,
      ':::warning Customer impact\n\nCheckout conversion fell to zero; the outage was human error.\n\n:::',
    );
    expect(shown(await findingsOf(PM, text))).toEqual([
      [
        'docs/blame',
        lineOf(text, 'human error'),
        columnOf(text, 'human error'),
        'blaming language "human error": describe what the system allowed, not who failed',
      ],
    ]);
  });

  it('an admonition with nothing in it leaves the section empty', async () => {
    const text = GOOD_POSTMORTEM.replace(IMPACT, ':::note\n:::');
    expect(shown(await findingsOf(PM, text))).toEqual([
      ['docs/empty-section', lineOf(text, '## Impact'), 1, 'section "Impact" is empty'],
    ]);
  });
});

describe('MkDocs admonitions', () => {
  it('their indented body is Markdown, as MkDocs renders it, not a code block', async () => {
    const text = GOOD_POSTMORTEM.replace(
      IMPACT,
      [
        '!!! warning "Customer impact"',
        '',
        '    Checkout conversion fell to zero: the on-call was careless.',
        '    See [the support export](./support-tickets.csv).',
      ].join('\n'),
    );
    expect(shown(await findingsOf(PM, text))).toEqual([
      [
        'docs/blame',
        lineOf(text, 'careless'),
        columnOf(text, 'careless'),
        'blaming language "careless": describe what the system allowed, not who failed',
      ],
      [
        'docs/broken-link',
        lineOf(text, '[the support export]'),
        columnOf(text, '[the support export]'),
        'link ./support-tickets.csv points at docs/postmortems/support-tickets.csv, which does not exist',
      ],
    ]);
  });

  it('diagnosis steps and the dashboard inside a collapsible one count', async () => {
    const text = GOOD_RUNBOOK.replace(
      /## Diagnosis\n\n[\s\S]*?## Mitigation/,
      [
        '## Diagnosis',
        '',
        '??? tip "Where to look"',
        '',
        '    1. Open [Checkout / Overview](https://grafana.acme.example/d/checkout).',
        '    2. If only `/api/checkout/pay` is red, the payment provider is failing.',
        '',
        '## Mitigation',
      ].join('\n'),
    );
    expect(shown(await findingsOf(RB, text))).toEqual([]);
  });

  it('content tabs and inline admonitions are read the same way', async () => {
    const text = GOOD_RUNBOOK.replace(
      '## Mitigation\n\n1. Roll back the last deploy: `./scripts/rollback checkout`.',
      [
        '## Mitigation',
        '',
        '!!! note inline end "Before you start"',
        '',
        '    Read [the rollback guide](./rollback-guide.md).',
        '',
        '=== "Kubernetes"',
        '',
        '    1. Roll back: `kubectl rollout undo deploy/checkout`.',
        '',
        '=== "VMs"',
        '',
        '    1. Roll back: `./scripts/rollback checkout`.',
      ].join('\n'),
    );
    expect(shown(await findingsOf(RB, text))).toEqual([
      [
        'docs/broken-link',
        lineOf(text, '[the rollback guide]'),
        columnOf(text, '[the rollback guide]'),
        'link ./rollback-guide.md points at docs/runbooks/rollback-guide.md, which does not exist',
      ],
    ]);
  });

  it('an indented block after ordinary text stays code', async () => {
    const text = GOOD_POSTMORTEM.replace(
      IMPACT,
      `${IMPACT}\n\n    $ grep "human error" /var/log/checkout.log`,
    );
    expect(shown(await findingsOf(PM, text))).toEqual([]);
  });
});

describe('.mdx documents (Docusaurus)', () => {
  const MDX = 'docs/postmortems/2026-10-14-checkout-unavailable.mdx';
  const mdx = (impact: string): string =>
    GOOD_POSTMORTEM.replace(
      '# Checkout unavailable for 42 minutes',
      [
        "import Tabs from '@theme/Tabs';",
        'import TabItem from "@theme/TabItem";',
        'export const incident = {',
        "  id: 'INC-2041',",
        '};',
        '',
        '# Checkout unavailable for 42 minutes',
      ].join('\n'),
    ).replace(IMPACT, impact);

  it('are checked as the kind’s documents, their ESM, comments and JSX no findings', async () => {
    const text = mdx(
      [
        'Incident {incident.id}: checkout conversion fell to zero for 42 minutes.',
        '',
        '{/* Legal asked us not to say "human error" here. */}',
        '',
        '<Tabs>',
        '<TabItem value="eu" label="EU">',
        '',
        'About 1,200 orders were not placed.',
        '',
        '</TabItem>',
        '</Tabs>',
      ].join('\n'),
    );
    expect(shown(await findingsOf(MDX, text))).toEqual([]);
  });

  it('what is wrong in them is found, where it is', async () => {
    const text = mdx('{/* TODO */}');
    const blamed = mdx('Checkout failed because the on-call was careless.');
    expect(shown(await findingsOf(MDX, text))).toEqual([
      ['docs/empty-section', lineOf(text, '## Impact'), 1, 'section "Impact" is empty'],
    ]);
    expect(shown(await findingsOf(MDX, blamed))).toEqual([
      [
        'docs/blame',
        lineOf(blamed, 'careless'),
        columnOf(blamed, 'careless'),
        'blaming language "careless": describe what the system allowed, not who failed',
      ],
    ]);
  });

  it('a line of prose that begins with "export" is prose, not ESM', async () => {
    const text = mdx(
      'Support had to\nexport the failed orders by hand; it was human error to trust the retry.',
    );
    expect(shown(await findingsOf(MDX, text))).toEqual([
      [
        'docs/blame',
        lineOf(text, 'human error'),
        columnOf(text, 'human error'),
        'blaming language "human error": describe what the system allowed, not who failed',
      ],
    ]);
  });

  it('anchors into another .mdx file are checked against its headings', async () => {
    const text = GOOD_POSTMORTEM.replace(
      'No data was lost.',
      'No data was lost. See [mitigation](../runbooks/search.mdx#mitigation) and [rollback](../runbooks/search.mdx#rollback).',
    );
    const runbook =
      "import Tabs from '@theme/Tabs';\n\n# Search latency\n\n## Mitigation\n\nPause the rebuild.\n";
    expect(shown(await findingsOf(PM, text, { 'docs/runbooks/search.mdx': runbook }))).toEqual([
      [
        'docs/broken-link',
        lineOf(text, '[rollback]'),
        columnOf(text, '[rollback]'),
        'link ../runbooks/search.mdx#rollback: #rollback matches no heading of docs/runbooks/search.mdx',
      ],
    ]);
  });

  it('ESM right after the front matter is ESM with CRLF line ends too', async () => {
    const text = GOOD_POSTMORTEM.replace(
      '---\n\n# Checkout',
      "---\nimport Chart from '@site/src/Chart';\nexport const cause = 'a careless deploy';\n\n# Checkout",
    );
    expect(shown(await findingsOf(MDX, text))).toEqual([]);
    expect(shown(await findingsOf(MDX, text.replace(/\n/g, '\r\n')))).toEqual([]);
  });

  it('an index.mdx is an index, like index.md', async () => {
    expect(await findingsOf('docs/postmortems/index.mdx', '# Postmortems\n')).toEqual([]);
  });
});

describe('Hugo section pages', () => {
  it('content/postmortems/_index.md is the section’s list page, not a postmortem', async () => {
    const index =
      '---\ntitle: Postmortems\nweight: 30\n---\n\nEvery incident since 2024, newest first.\n';
    expect(await findingsOf('content/postmortems/_index.md', index)).toEqual([]);
    expect(await findingsOf('content/runbooks/payments/_index.md', index)).toEqual([]);
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
    // Hugo writes its braces and angle brackets together: with a space between, it is a placeholder.
    expect(nextPlaceholder('{{ <owning team> }}')?.inner).toBe('<owning team>');
  });
});
