import { Probot, ProbotOctokit } from 'probot';
import { createApp } from '../../src/app/app.js';
import type { AppOptions } from '../../src/app/app.js';

/** Probot as the App's tests drive it: no retries or throttling (each request a test sees is one GitHub got). */
export function testProbot(
  privateKey: string,
  app: AppOptions,
  probot: { baseUrl?: string; secret?: string } = {},
): Probot {
  const instance = new Probot({
    appId: 123,
    privateKey,
    ...probot,
    logLevel: 'fatal',
    Octokit: ProbotOctokit.defaults((options: Record<string, unknown>) => ({
      ...options,
      retry: { enabled: false },
      throttle: { enabled: false },
    })),
  });
  void instance.load(createApp(app));
  return instance;
}

/** acme/shop as webhook payloads name it. */
export const SHOP_REPOSITORY = {
  name: 'shop',
  owner: { login: 'acme' },
  default_branch: 'main',
  full_name: 'acme/shop',
};
