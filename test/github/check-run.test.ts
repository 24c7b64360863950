import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { completeCheckRun, createCheckRun } from '../../src/github/check-run.js';
import { API, strictNock, testOctokit } from '../support/nock-github.js';

strictNock();

const RUN = { owner: 'acme', repo: 'shop', checkRunId: 7 };

interface Body {
  output?: { title: string; summary: string; text?: string };
}

describe('check run output limits', () => {
  // GitHub documents 65535 "characters" but enforces bytes: a summary of 40,000 "→" (120,000 bytes) is
  // rejected with 422 "summary exceeds a maximum bytesize of 65535" (github/docs#35252).
  it('cuts summary and text to 65535 UTF-8 bytes, not UTF-16 units', async () => {
    const bodies: Body[] = [];
    const scope = nock(API)
      .patch('/repos/acme/shop/check-runs/7', (b: Body) => (bodies.push(b), true))
      .reply(200, { id: 7 });
    await completeCheckRun(testOctokit(), RUN, {
      conclusion: 'neutral',
      output: { title: 't', summary: '→'.repeat(40_000), text: '✓ done '.repeat(20_000) },
    });
    expect(scope.isDone()).toBe(true);
    const out = bodies[0]!.output!;
    expect(Buffer.byteLength(out.summary, 'utf8')).toBeLessThanOrEqual(65535);
    expect(Buffer.byteLength(out.text!, 'utf8')).toBeLessThanOrEqual(65535);
    expect(out.summary.endsWith('…')).toBe(true);
    // Still as much as fits: the cut is near the limit, not far below it.
    expect(Buffer.byteLength(out.summary, 'utf8')).toBeGreaterThan(65_000);
  });

  it('applies the same byte limit when the run is created with an output', async () => {
    const bodies: Body[] = [];
    const scope = nock(API)
      .post('/repos/acme/shop/check-runs', (b: Body) => (bodies.push(b), true))
      .reply(201, { id: 9 });
    await createCheckRun(testOctokit(), {
      owner: 'acme',
      repo: 'shop',
      name: 'ops-steward',
      headSha: 'a'.repeat(40),
      output: { title: 't', summary: '😀'.repeat(20_000) },
    });
    expect(scope.isDone()).toBe(true);
    expect(Buffer.byteLength(bodies[0]!.output!.summary, 'utf8')).toBeLessThanOrEqual(65535);
  });

  it('leaves an ASCII summary under the limit untouched', async () => {
    const bodies: Body[] = [];
    const scope = nock(API)
      .patch('/repos/acme/shop/check-runs/7', (b: Body) => (bodies.push(b), true))
      .reply(200, { id: 7 });
    const summary = 'x'.repeat(65535);
    await completeCheckRun(testOctokit(), RUN, {
      conclusion: 'success',
      output: { title: 't', summary },
    });
    expect(scope.isDone()).toBe(true);
    expect(bodies[0]!.output!.summary).toBe(summary);
  });
});
