import { describe, expect, it } from 'vitest';
import { DOCS_RULES } from '../../src/docs/rules.js';
import { GOOD_POSTMORTEM, GOOD_RUNBOOK } from './fixtures.js';
import { columnOf, findingsOf, lineOf, located } from './helpers.js';

const PM = 'docs/postmortems/2026-10-14-checkout.md';
const RB = 'docs/runbooks/checkout-error-rate.md';

const postmortem = (text: string, extra?: Record<string, string>) => findingsOf(PM, text, extra);
const runbook = (text: string, extra?: Record<string, string>) => findingsOf(RB, text, extra);

describe('good documents', () => {
  it('a postmortem and a runbook that follow the built-in templates have no findings', async () => {
    expect(await postmortem(GOOD_POSTMORTEM)).toEqual([]);
    expect(await runbook(GOOD_RUNBOOK)).toEqual([]);
  });
});

describe('structure', () => {
  it('docs/missing-section points at where the section should have been', async () => {
    const text = GOOD_POSTMORTEM.replace(
      '## Resolution\n\nRolling back to v411 at 14:30 restored checkout by 14:47.\n\n',
      '',
    );
    const findings = await postmortem(text);
    expect(located(findings)).toEqual([['docs/missing-section', lineOf(text, '## Detection')]]);
    expect(findings[0]!.message).toBe(
      'missing section ## Resolution (it belongs before "Detection")',
    );
  });

  it('docs/missing-section names only the top of a missing branch, not its subsections', async () => {
    const start = GOOD_POSTMORTEM.indexOf('## Contributing factors');
    const end = GOOD_POSTMORTEM.indexOf('## Resolution');
    const text = GOOD_POSTMORTEM.slice(0, start) + GOOD_POSTMORTEM.slice(end);
    expect(located(await postmortem(text))).toEqual([
      ['docs/missing-section', lineOf(text, '## Resolution')],
    ]);
  });

  it('docs/missing-section at a renamed heading says it may be the one', async () => {
    const text = GOOD_RUNBOOK.replace('## Impact', '## Customer effect');
    const findings = await runbook(text);
    expect(located(findings)).toEqual([['docs/missing-section', lineOf(text, 'Customer effect')]]);
    expect(findings[0]!.message).toContain('where "Customer effect" is');
  });

  it('docs/empty-section on a heading with nothing under it', async () => {
    const text = GOOD_POSTMORTEM.replace(
      'Checkout conversion fell to zero for 42 minutes; support received 130 tickets.\n\n',
      '<!-- fill in once support has numbers -->\n\n',
    );
    expect(located(await postmortem(text))).toEqual([
      ['docs/empty-section', lineOf(text, '## Impact')],
    ]);
  });

  it('docs/section-order on the heading that is out of place', async () => {
    const impact =
      '## Impact\n\nCheckout conversion fell to zero for 42 minutes; support received 130 tickets.\n\n';
    const text = GOOD_POSTMORTEM.replace(impact, '').replace('## Summary', `${impact}## Summary`);
    const findings = await postmortem(text);
    expect(located(findings)).toEqual([['docs/section-order', lineOf(text, '## Impact')]]);
    expect(findings[0]!.message).toBe(
      'section "Impact" is out of order: the template puts it after "Summary"',
    );
  });

  it('docs/heading-level on a heading at the wrong level', async () => {
    const text = GOOD_POSTMORTEM.replace('### 5 Whys', '## 5 Whys');
    const findings = await postmortem(text);
    expect(located(findings)).toEqual([['docs/heading-level', lineOf(text, '## 5 Whys')]]);
    expect(findings[0]!.message).toBe('"5 Whys" should be a level-3 heading (###), not level 2');
  });

  it('matches headings ignoring case, punctuation and numbering', async () => {
    const text = GOOD_POSTMORTEM.replace('## Summary', '## 1. SUMMARY:')
      .replace('## Impact', '## 2) Impact')
      .replace('### 5 Whys', '### 2.1. 5 whys!')
      .replace('## Action items', '## Action Items');
    expect(await postmortem(text)).toEqual([]);
  });
});

describe('front matter', () => {
  const fm = (from: string, to: string) => GOOD_POSTMORTEM.replace(from, to);

  it('docs/front-matter when a required field is missing', async () => {
    const text = fm('severity: SEV-2\n', '');
    const findings = await postmortem(text);
    expect(located(findings)).toEqual([['docs/front-matter', 1]]);
    expect(findings[0]!.message).toBe('front matter field "severity" is missing');
  });

  it('docs/front-matter on a value that is not one of the choices, at the value', async () => {
    const text = fm('status: final', 'status: done');
    const findings = await postmortem(text);
    expect(findings).toMatchObject([
      { ruleId: 'docs/front-matter', line: lineOf(text, 'status:'), column: 9 },
    ]);
    expect(findings[0]!.message).toBe(
      'front matter field "status" must be one of draft | in review | final, not "done"',
    );
  });

  it('docs/front-matter on an impossible date and on an owner that is not a handle', async () => {
    const text = fm('date: 2026-10-14', 'date: 2026-02-30').replace(
      'authors: ["@alice", "@bob", "@acme/sre"]',
      'authors: ["@alice", "bob@acme.example"]',
    );
    expect(located(await postmortem(text))).toEqual([
      ['docs/front-matter', lineOf(text, 'date:')],
      ['docs/front-matter', lineOf(text, 'authors:')],
    ]);
  });

  it('docs/front-matter when there is no front matter at all', async () => {
    const text = GOOD_POSTMORTEM.slice(GOOD_POSTMORTEM.indexOf('# Checkout'));
    const findings = await postmortem(text);
    expect(located(findings)).toEqual([['docs/front-matter', 1]]);
    expect(findings[0]!.message).toContain('title, date, status, severity, authors');
  });

  it('docs/front-matter on invalid YAML and on duplicate keys, at the problem', async () => {
    const broken = fm('status: final', 'status: [final');
    expect(located(await postmortem(broken))[0]).toEqual(['docs/front-matter', expect.any(Number)]);
    const twice = fm('status: final', 'status: final\nstatus: draft');
    const findings = await postmortem(twice);
    expect(located(findings)).toEqual([['docs/front-matter', lineOf(twice, 'status: draft')]]);
    expect(findings[0]!.message).toContain('unique');
  });

  it('places bad fields and invalid YAML at their line and column, with a BOM and CRLF too', async () => {
    const bad = fm('date: 2026-10-14', 'date: 2026-02-30').replace(
      'status: final',
      'status:   done',
    );
    const broken = fm('severity: SEV-2', 'severity: [SEV-2');
    for (const lf of [bad, broken]) {
      for (const text of [lf, `\uFEFF${lf.replace(/\n/g, '\r\n')}`]) {
        const at = (await postmortem(text)).map((f) => [f.ruleId, f.line, f.column]);
        if (lf === bad) {
          expect(at).toEqual([
            ['docs/front-matter', lineOf(lf, 'date:'), 7],
            ['docs/front-matter', lineOf(lf, 'status:'), 11],
          ]);
        } else {
          // The flow sequence is never closed: YAML notices where the next key starts.
          expect(at[0]).toEqual(['docs/front-matter', lineOf(lf, 'authors:'), 1]);
        }
      }
    }
  });

  it('docs/front-matter on an empty value and on front matter that is not a mapping', async () => {
    const empty = fm('severity: SEV-2', 'severity:');
    expect(located(await postmortem(empty))).toEqual([
      ['docs/front-matter', lineOf(empty, 'severity:')],
    ]);
    const list = GOOD_POSTMORTEM.replace(/^---\n[\s\S]*?\n---\n/, '---\n- a\n- b\n---\n');
    expect(located(await postmortem(list))).toEqual([['docs/front-matter', 1]]);
  });
});

describe('placeholders', () => {
  it('docs/placeholder on {{ … }} left in the text, at the braces', async () => {
    const text = GOOD_POSTMORTEM.replace(
      'No data was lost.',
      'No data was lost. {{ Link the status page update }}',
    );
    expect(await postmortem(text)).toMatchObject([
      { ruleId: 'docs/placeholder', line: lineOf(text, '{{'), column: columnOf(text, '{{') },
    ]);
  });

  it('docs/placeholder on a template line whose braces were deleted', async () => {
    const text = GOOD_POSTMORTEM.replace(
      'Rolling back to v411 at 14:30 restored checkout by 14:47.',
      'What stopped the impact, and when',
    );
    expect(located(await postmortem(text))).toEqual([
      ['docs/placeholder', lineOf(text, 'What stopped the impact')],
    ]);
  });

  it('docs/placeholder in the front matter, but never inside code', async () => {
    const text = GOOD_POSTMORTEM.replace(
      'title: Checkout unavailable for 42 minutes',
      'title: "{{ title }}"',
    ).replace(
      'Rolling back',
      'Helm renders `{{ .Values.replicas }}`:\n\n```yaml\nreplicas: {{ .Values.replicas }}\n```\n\nRolling back',
    );
    expect(located(await postmortem(text))).toEqual([['docs/placeholder', 2]]);
  });
});

describe('section markers', () => {
  it('docs/min-items when a section has fewer list items than its marker asks', async () => {
    const text = GOOD_RUNBOOK.replace(/2\. If only .*\n/, '');
    const findings = await runbook(text);
    expect(located(findings)).toEqual([['docs/min-items', lineOf(text, '## Diagnosis')]]);
    expect(findings[0]!.message).toBe(
      'section "Diagnosis" has 1 item; the template asks for at least 2',
    );
  });

  it('docs/five-whys with fewer than five whys, at the heading', async () => {
    const text = GOOD_POSTMORTEM.replace(/5\. Why are they not reviewed\?.*\n/, '');
    expect(located(await postmortem(text))).toEqual([
      ['docs/five-whys', lineOf(text, '### 5 Whys')],
    ]);
  });

  it('docs/five-whys on a why without an answer, at that why', async () => {
    const text = GOOD_POSTMORTEM.replace(
      '3. Why did it not exist? The key was added to staging by hand and never to production.',
      '3. Why did it not exist?',
    );
    const findings = await postmortem(text);
    expect(located(findings)).toEqual([
      ['docs/five-whys', lineOf(text, '3. Why did it not exist?')],
    ]);
    expect(findings[0]!.message).toBe('why 3 has no answer ("Why did it not exist?")');
  });

  it('docs/five-whys accepts answers nested under the question and a Why/Because table', async () => {
    const nested = GOOD_POSTMORTEM.replace(
      '1. Why could customers not pay? The payment step threw on every request.',
      '1. Why could customers not pay?\n   - The payment step threw on every request.',
    );
    expect(await postmortem(nested)).toEqual([]);
    const start = nested.indexOf('1. Why could');
    const end = nested.indexOf('## Resolution');
    const table = `${nested.slice(0, start)}| Why | Because |\n| --- | --- |\n${[1, 2, 3, 4, 5]
      .map((n) => `| Why ${n}? | Reason ${n} |`)
      .join('\n')}\n\n${nested.slice(end)}`;
    expect(await postmortem(table)).toEqual([]);
  });

  it('docs/timeline-order on an entry earlier than the one before it', async () => {
    const text = GOOD_POSTMORTEM.replace('- 14:30: rollback', '- 14:03: rollback');
    const findings = await postmortem(text);
    expect(located(findings)).toEqual([['docs/timeline-order', lineOf(text, '14:03')]]);
    expect(findings[0]!.message).toBe(
      'timeline entry 14:03 is earlier than the entry before it (14:12)',
    );
  });

  it('docs/timeline-order on an entry that does not start with a time', async () => {
    const text = GOOD_POSTMORTEM.replace(
      '- 14:30: rollback to v411 starts.',
      '- Then the rollback started.',
    );
    expect(located(await postmortem(text))).toEqual([
      ['docs/timeline-order', lineOf(text, 'Then the rollback')],
    ]);
  });

  it('a timeline may be a table, bold times, dates that move on, seconds', async () => {
    const start = GOOD_POSTMORTEM.indexOf('- 2026-10-14 13:58');
    const end = GOOD_POSTMORTEM.indexOf('## Contributing factors');
    const table = `| Time (UTC) | Event |\n| --- | --- |\n| 2026-10-14 23:58 | Deploy starts |\n| **23:59:30** | Page |\n| 2026-10-15T00:05Z | Rollback |\n| 00:40 | Resolved |\n\n`;
    expect(
      await postmortem(GOOD_POSTMORTEM.slice(0, start) + table + GOOD_POSTMORTEM.slice(end)),
    ).toEqual([]);
  });

  it('docs/action-item-owner and docs/action-item-link, at the item', async () => {
    const text = GOOD_POSTMORTEM.replace(
      '| Move payment config into the repository | @bob | #482 |',
      '| Move payment config into the repository | Bob | soon |',
    );
    expect(located(await postmortem(text))).toEqual([
      ['docs/action-item-owner', lineOf(text, 'Move payment config')],
      ['docs/action-item-link', lineOf(text, 'Move payment config')],
    ]);
  });

  it('action items may be a list with owners and org/repo#123 or tracker keys', async () => {
    const start = GOOD_POSTMORTEM.indexOf('| Action | Owner');
    const end = GOOD_POSTMORTEM.indexOf('## Lessons learned');
    const list =
      '- [ ] Move payment config into the repository (@bob, acme/payments#482)\n- [ ] Fail the deploy on a missing key: @acme/checkout, OPS-118\n\n';
    expect(
      await postmortem(GOOD_POSTMORTEM.slice(0, start) + list + GOOD_POSTMORTEM.slice(end)),
    ).toEqual([]);
    const email =
      GOOD_POSTMORTEM.slice(0, start) +
      '- Rotate keys (bob@acme.example, #12)\n\n' +
      GOOD_POSTMORTEM.slice(end);
    expect(located(await postmortem(email))).toEqual([
      ['docs/action-item-owner', lineOf(email, 'Rotate keys')],
    ]);
  });

  it('docs/runbook-escalation when the team named is in neither CODEOWNERS nor on-call', async () => {
    const text = GOOD_RUNBOOK.replace(
      'page the `checkout-escalation` policy; for payments, @acme/payments.',
      'ask @acme/billing-oncall in #billing.',
    );
    const findings = await runbook(text);
    expect(findings).toMatchObject([
      {
        ruleId: 'docs/runbook-escalation',
        line: lineOf(text, '@acme/billing-oncall'),
        column: columnOf(text, '@acme/billing-oncall'),
      },
    ]);
    expect(findings[0]!.message).toContain(
      '@acme/billing-oncall is neither in CODEOWNERS nor in the on-call config',
    );
  });

  it('docs/runbook-escalation is satisfied by a CODEOWNERS team, an on-call team or a policy', async () => {
    const team = GOOD_RUNBOOK.replace(
      'page the `checkout-escalation` policy; for payments, @acme/payments.',
      'page @acme/payments.',
    );
    expect(await runbook(team)).toEqual([]);
    const onCallTeam = GOOD_RUNBOOK.replace(
      'page the `checkout-escalation` policy; for payments, @acme/payments.',
      'page @ACME/Search.',
    );
    expect(await runbook(onCallTeam)).toEqual([]);
    const policy = GOOD_RUNBOOK.replace(
      'page the `checkout-escalation` policy; for payments, @acme/payments.',
      'use checkout-escalation.',
    );
    expect(await runbook(policy)).toEqual([]);
    const nobody = GOOD_RUNBOOK.replace(
      'page the `checkout-escalation` policy; for payments, @acme/payments.',
      'call someone senior.',
    );
    expect(located(await runbook(nobody))).toEqual([
      ['docs/runbook-escalation', lineOf(nobody, '## Escalation')],
    ]);
  });

  it('docs/runbook-dashboard when the diagnosis links no dashboard', async () => {
    const text = GOOD_RUNBOOK.replace(
      '[Checkout / Overview](https://grafana.acme.example/d/checkout)',
      '*Checkout / Overview*',
    );
    const findings = await runbook(text);
    expect(located(findings)).toEqual([['docs/runbook-dashboard', lineOf(text, '## Diagnosis')]]);
  });

  it('a dashboard link still to be filled in is the placeholder finding alone', async () => {
    const text = GOOD_RUNBOOK.replace(
      '[Checkout / Overview](https://grafana.acme.example/d/checkout)',
      '[Checkout / Overview]({{grafana_url}})',
    );
    const findings = await runbook(text);
    expect(findings.map((f) => f.ruleId)).toContain('docs/placeholder');
    expect(findings.map((f) => f.ruleId)).not.toContain('docs/runbook-dashboard');
  });
});

describe('links', () => {
  const extra = {
    'docs/runbooks/payments-provider-down.md':
      '# Payments provider down\n\n## Mitigation\n\nWait.\n',
    'docs/img/error-rate.png': 'PNG',
  };

  it('docs/broken-link on a relative link to no file, at the link', async () => {
    const text = GOOD_POSTMORTEM.replace(
      'No data was lost.',
      'No data was lost. See [the runbook](../runbooks/checkout.md).',
    );
    expect(await postmortem(text, extra)).toMatchObject([
      {
        ruleId: 'docs/broken-link',
        line: lineOf(text, 'the runbook'),
        column: columnOf(text, '[the runbook]'),
      },
    ]);
  });

  it('docs/broken-link on a missing image, a missing #anchor, and a missing anchor in another file', async () => {
    const text = GOOD_POSTMORTEM.replace(
      'No data was lost.',
      'No data was lost. ![graph](../img/error-rate.jpg)\nSee [impact](#impacts) and [the fix](../runbooks/payments-provider-down.md#rollback).',
    );
    expect(located(await postmortem(text, extra))).toEqual([
      ['docs/broken-link', lineOf(text, '![graph]')],
      ['docs/broken-link', lineOf(text, '#impacts')],
      ['docs/broken-link', lineOf(text, '#impacts')],
    ]);
  });

  it('resolves relative and root links, directories, anchors here and there, and skips URLs', async () => {
    const text = GOOD_POSTMORTEM.replace(
      'No data was lost.',
      'No data was lost. ![graph](../img/error-rate.png "5xx") [runbook](../runbooks/payments-provider-down.md#mitigation) [all](/docs/runbooks/) [why](#5-whys) [x](https://example.com/a.md) [m](mailto:sre@acme.example) [ref][r]\n\n[r]: ./2026-10-14-checkout.md#timeline',
    );
    expect(await postmortem(text, extra)).toEqual([]);
  });

  it('anchors of headings in any script and case, as GitHub spells them', async () => {
    const text = GOOD_POSTMORTEM.replace(
      '## Lessons learned',
      '## Über die Ursache: Schritt 2 (SEV_2)\n\nDer Cache.\n\n## Lessons learned',
    ).replace(
      'No data was lost.',
      'No data was lost. [a](#über-die-ursache-schritt-2-sev_2) [b](#uber-die-ursache-schritt-2-sev_2)',
    );
    expect(located(await postmortem(text, extra))).toEqual([
      ['docs/broken-link', lineOf(text, '[b](#uber')],
    ]);
  });
});

describe('blameless language', () => {
  it('docs/blame on blaming phrases, at the phrase', async () => {
    const text = GOOD_POSTMORTEM.replace(
      'Checkout conversion fell to zero',
      "It was **Bob**'s fault: human error. Checkout conversion fell to zero",
    );
    const findings = await postmortem(text);
    expect(findings).toMatchObject([
      { ruleId: 'docs/blame', line: lineOf(text, 'human error'), column: 10 },
      { ruleId: 'docs/blame', line: lineOf(text, 'human error'), column: 25 },
    ]);
  });

  it('matches whole words only, never inside code, and not "nobody\'s fault"', async () => {
    const text = GOOD_POSTMORTEM.replace(
      'Checkout conversion fell to zero',
      "It was nobody's fault. The `careless` flag and the carelessly-named env var were renamed. Checkout conversion fell to zero",
    ).replace('Rolling back', '```\nhuman error: careless\n```\n\nRolling back');
    expect(located(await postmortem(text))).toEqual([
      ['docs/blame', lineOf(text, 'carelessly-named')],
    ]);
  });

  it('uses the configured phrase list', async () => {
    const text = GOOD_POSTMORTEM.replace(
      'Checkout conversion',
      'Human error aside, the intern broke it. Checkout conversion',
    );
    const findings = await findingsOf(PM, text, {}, 'docs:\n  blamePhrases: ["the intern"]\n');
    expect(located(findings)).toEqual([['docs/blame', lineOf(text, 'the intern')]]);
  });

  it('finds phrases the source spells with character references, curly apostrophes or any case', async () => {
    const phrases = `docs:\n  blamePhrases: ["careless", "* 's fault", "\u03bb\u03ac\u03b8\u03bf\u03c2"]\n`;
    const found = async (sentence: string): Promise<string[]> => {
      const text = GOOD_POSTMORTEM.replace(
        'Checkout conversion',
        `${sentence} Checkout conversion`,
      );
      const findings = await findingsOf(PM, text, {}, phrases);
      for (const f of findings) expect(f.line).toBe(lineOf(text, sentence));
      return findings.map((f) => f.message.split('"')[1]!);
    };
    expect(await found('A careles&#115; rollout.')).toEqual(['careless']);
    expect(await found('It was Dana\u2019s fault.')).toEqual(["dana's fault"]);
    // Lower-cased alone, the word ends in a final sigma; in its sentence, the sigma is medial.
    expect(await found("\u039b\u0386\u0398\u039f\u03a3'\u0391.")).toEqual([
      '\u03bb\u03ac\u03b8\u03bf\u03c2',
    ]);
  });

  it('reports the phrase listed first where several start at the same word', async () => {
    const text = GOOD_POSTMORTEM.replace(
      'Checkout conversion',
      "It was Bob's fault, then Carol's fault. Checkout conversion",
    );
    const messages = async (phrases: string): Promise<string[]> =>
      (await findingsOf(PM, text, {}, `docs:\n  blamePhrases: ${phrases}\n`)).map((f) => f.message);
    expect(await messages(`["bob 's", "* 's fault"]`)).toEqual([
      'blaming language "bob\'s": describe what the system allowed, not who failed',
      'blaming language "carol\'s fault": describe what the system allowed, not who failed',
    ]);
    expect(await messages(`["* 's fault", "bob 's"]`)).toEqual([
      'blaming language "bob\'s fault": describe what the system allowed, not who failed',
      'blaming language "carol\'s fault": describe what the system allowed, not who failed',
    ]);
  });
});

describe('the catalogue', () => {
  it('holds every rule the issue names, once', () => {
    const ids = DOCS_RULES.map((r) => r.id);
    for (const id of [
      'docs/missing-section',
      'docs/empty-section',
      'docs/section-order',
      'docs/heading-level',
      'docs/front-matter',
      'docs/placeholder',
      'docs/min-items',
      'docs/five-whys',
      'docs/timeline-order',
      'docs/action-item-owner',
      'docs/action-item-link',
      'docs/broken-link',
      'docs/blame',
      'docs/runbook-escalation',
      'docs/runbook-dashboard',
    ])
      expect(ids).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
