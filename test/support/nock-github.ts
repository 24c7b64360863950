import { Octokit } from '@octokit/rest';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';

export const API = 'https://api.github.com';

/**
 * A plain Octokit whose requests nock can intercept (global fetch), with its request log silenced;
 * `baseUrl` points it at the stateful fake (test/support/fake-github.ts) instead.
 */
export function testOctokit(baseUrl?: string): Octokit {
  return new Octokit({
    auth: 'test-token',
    ...(baseUrl === undefined ? {} : { baseUrl }),
    request: { fetch: globalThis.fetch },
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
  });
}

/**
 * No request leaves the process, and every interceptor a test sets up must have been used: a request
 * the code was expected to make and did not is a failure, not a silent pass.
 */
export function strictNock(): void {
  beforeAll(() => nock.disableNetConnect());
  afterEach(() => {
    const pending = nock.pendingMocks();
    nock.cleanAll();
    expect(pending).toEqual([]);
  });
  afterAll(() => nock.enableNetConnect());
}
