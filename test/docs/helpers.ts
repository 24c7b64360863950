import { expect } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import type { Config } from '../../src/config/types.js';
import { checkDocumentsAt } from '../../src/docs/api.js';
import type { Finding } from '../../src/findings.js';
import { memoryRepo } from '../../src/repo/memory.js';
import { contextFor } from '../support/modules.js';
import { GOOD_POSTMORTEM } from './fixtures.js';

export const NOW = new Date('2026-11-25T00:00:00Z');

export const CODEOWNERS = `# acme-shop
*                @acme/platform
/src/checkout/   @acme/checkout
/src/payments/   @acme/payments @acme/checkout
/docs/           @acme/sre
`;

export const ONCALL = `timezone: UTC
schedules:
  checkout-primary:
    layers:
      - start: 2026-11-02T09:00
        shift: 1w
        members: ["@alice", "@bob"]
policies:
  checkout-escalation:
    levels:
      - after: 0m
        notify: [{ schedule: checkout-primary }]
teams:
  "@acme/search": checkout-escalation
`;

export function config(yaml = ''): Config {
  const loaded = parseConfig(yaml, '.github/ops-steward.yml');
  expect(loaded.errors).toEqual([]);
  return loaded.config;
}

/** The findings of one document at `path`, in a repository with CODEOWNERS, on-call and `extra` files. */
export async function findingsOf(
  path: string,
  text: string,
  extra: Record<string, string> = {},
  yaml = '',
): Promise<Finding[]> {
  const repo = memoryRepo({
    '.github/CODEOWNERS': CODEOWNERS,
    'oncall/schedules.yml': ONCALL,
    ...extra,
    [path]: text,
  });
  return checkDocumentsAt(contextFor(repo, config(yaml), NOW), [path]);
}

/** `[ruleId, line, column, message]`: what a user reads of each finding. */
export function shown(findings: readonly Finding[]): (string | number | undefined)[][] {
  return findings.map((f) => [f.ruleId, f.line, f.column, f.message]);
}

/** `[ruleId, line]` pairs, the shape most assertions compare. */
export function located(findings: readonly Finding[]): [string, number | undefined][] {
  return findings.map((f) => [f.ruleId, f.line]);
}

/** 1-based line of the first line of `text` containing `needle`. */
export function lineOf(text: string, needle: string, nth = 1): number {
  const lines = text.split('\n');
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.includes(needle) && ++seen === nth) return i + 1;
  }
  throw new Error(`"${needle}" not in text`);
}

/** 1-based column of `needle` on its first line. */
export function columnOf(text: string, needle: string): number {
  const line = text.split('\n')[lineOf(text, needle) - 1]!;
  return line.indexOf(needle) + 1;
}

/** The good postmortem with these entries in place of its timeline's. */
export function withTimeline(entries: readonly string[]): string {
  const from = GOOD_POSTMORTEM.indexOf('## Timeline\n\n') + '## Timeline\n\n'.length;
  const to = GOOD_POSTMORTEM.indexOf('## Contributing factors');
  return `${GOOD_POSTMORTEM.slice(0, from)}${entries.join('\n')}\n\n${GOOD_POSTMORTEM.slice(to)}`;
}

/** A postmortem at `path` with these timeline entries, and its findings as `[line, message]`. */
export async function timelineOf(
  path: string,
  entries: readonly string[],
): Promise<{ text: string; found: [number | undefined, string][] }> {
  const text = withTimeline(entries);
  return { text, found: (await findingsOf(path, text)).map((f) => [f.line, f.message]) };
}
