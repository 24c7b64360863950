import { describe, expect, it } from 'vitest';
import { withoutSuperseded, withSupersededReplaced } from '../../src/engine/review-pull-request.js';
import type { ModuleReview } from '../../src/engine/review-pull-request.js';
import type { Finding } from '../../src/findings.js';

const at = (ruleId: string, file: string, line: number, message = 'm'): Finding => ({
  ruleId,
  severity: 'error',
  message,
  file,
  line,
  column: 1,
});

const review = (id: string, findings: Finding[], supersedes: string[] = []): ModuleReview => ({
  id,
  title: id,
  findings,
  notes: [],
  supersedes,
});

describe('the full check beside a pull request review', () => {
  it("drops a module's findings on the files its review judged by the base's rules, and repeats", () => {
    const judged = at('docs/missing-section', 'docs/postmortems/a.md', 9, 'no Timeline');
    const full = [
      at('docs/missing-section', 'docs/postmortems/a.md', 3, 'no What happened'),
      at('docs/blame', 'docs/postmortems/old.md', 4),
      at('flags/undeclared', 'docs/postmortems/a.md', 2),
      at('flags/orphaned', 'flags.yml', 7),
      judged,
    ];
    const flagsSeen = at('flags/orphaned', 'flags.yml', 7);
    const kept = withoutSuperseded(full, {
      reviews: [review('docs', [judged], ['docs/postmortems/a.md']), review('flags', [flagsSeen])],
      findings: [judged, flagsSeen],
    });
    expect(kept.map((f) => `${f.ruleId} ${f.file}:${f.line}`)).toEqual([
      'docs/blame docs/postmortems/old.md:4',
      // Another module's finding on that file stays: only the docs review judged it.
      'flags/undeclared docs/postmortems/a.md:2',
    ]);
  });

  it('keeps everything when no review replaces anything', () => {
    const full = [at('docs/blame', 'docs/postmortems/a.md', 4)];
    expect(withoutSuperseded(full, { reviews: [review('docs', [])], findings: [] })).toEqual(full);
  });

  it("shows the review's verdict in place of the full check's on the files it judged, sorted", () => {
    const byHeadTemplate = at(
      'docs/missing-section',
      'docs/postmortems/a.md',
      9,
      'no Customer impact',
    );
    const byBaseTemplate = at('docs/broken-link', 'docs/postmortems/a.md', 4, 'no such file');
    const templateChanged = at('docs/template-changed', '.github/ops-steward/postmortem.md', 1);
    const full = [
      at('docs/blame', 'docs/postmortems/old.md', 4),
      at('flags/undeclared', 'docs/postmortems/a.md', 2),
      byHeadTemplate,
    ];
    const shown = withSupersededReplaced(full, {
      reviews: [review('docs', [templateChanged, byBaseTemplate], ['docs/postmortems/a.md'])],
    });
    expect(shown.map((f) => `${f.ruleId} ${f.file}:${f.line}`)).toEqual([
      // The review's own finding about the template stays in the review's run alone.
      'flags/undeclared docs/postmortems/a.md:2',
      'docs/broken-link docs/postmortems/a.md:4',
      'docs/blame docs/postmortems/old.md:4',
    ]);
  });
});
