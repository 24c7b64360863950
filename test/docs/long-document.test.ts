import { describe, expect, it } from 'vitest';
import { GOOD_POSTMORTEM } from './fixtures.js';
import { columnOf, findingsOf, lineOf, shown } from './helpers.js';

/**
 * A postmortem the size real ones reach when the logs are pasted in: 200 KB, most of it in code
 * blocks whose lines look like everything the rules look for.
 */

const PM = 'docs/postmortems/2026-10-14-checkout-unavailable.md';

/** Gateway and application logs as they are pasted: timestamps, templated config, blame in messages. */
function logBlock(n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < 40; i++) {
    const s = String((n * 40 + i) % 60).padStart(2, '0');
    lines.push(
      `2026-10-14T14:${String(5 + (i % 40)).padStart(2, '0')}:${s}.${String(i * 7).padStart(3, '0')}Z ERROR checkout-api pod=checkout-7d9f${n}-x${i} ` +
        `msg="payment step failed: config key payments.provider.url missing (human error? see [runbook](missing.md))" ` +
        `image={{ .Values.image.tag }} trace=${(n * 7919 + i * 104729).toString(16)} careless=false`,
    );
  }
  return ['```text', ...lines, '```'].join('\n');
}

function longPostmortem(): string {
  const blocks: string[] = [];
  for (let n = 0; blocks.join('\n\n').length < 200_000; n++) {
    blocks.push(`Pod ${n} of the checkout deployment, from \`kubectl logs\`:`, logBlock(n));
  }
  return GOOD_POSTMORTEM.replace(
    '## Lessons learned',
    `## Appendix: logs\n\n${blocks.join('\n\n')}\n\n## Lessons learned`,
  );
}

describe('a 200 KB postmortem with its logs in code blocks', () => {
  it('has no finding from its code, and what is wrong outside the code is found', async () => {
    const text = longPostmortem();
    expect(text.length).toBeGreaterThan(200_000);
    expect(shown(await findingsOf(PM, text))).toEqual([]);

    const flawed = text.replace(
      'The rollback was quick',
      'It was human error. The rollback was quick',
    );
    expect(shown(await findingsOf(PM, flawed))).toEqual([
      [
        'docs/blame',
        lineOf(flawed, 'It was human error.'),
        columnOf(flawed, 'human error. The rollback'),
        'blaming language "human error": describe what the system allowed, not who failed',
      ],
    ]);
  });
});
