import { describe, expect, it } from 'vitest';
import { docsModule } from '../../src/docs/module.js';
import { diffFromPullFiles } from '../../src/repo/diff.js';
import type { PullFileEntry } from '../../src/repo/diff.js';
import { UnreadableFileError } from '../../src/repo/errors.js';
import { memoryRepo } from '../../src/repo/memory.js';
import type { RepoFiles } from '../../src/repo/types.js';
import { pullRequestContextFor } from '../support/modules.js';
import { GOOD_POSTMORTEM, GOOD_RUNBOOK } from './fixtures.js';
import { CODEOWNERS, NOW, ONCALL, config, lineOf, located } from './helpers.js';

/** The `GET /pulls/{n}/files` entry GitHub sends for a file added with `text`. */
function added(filename: string, text: string): PullFileEntry {
  const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
  return {
    filename,
    status: 'added',
    patch: `@@ -0,0 +1,${lines.length} @@\n${lines.map((l) => `+${l}`).join('\n')}`,
  };
}

function modified(filename: string, line: number, before: string, after: string): PullFileEntry {
  return {
    filename,
    status: 'modified',
    patch: `@@ -${line},1 +${line},1 @@\n-${before}\n+${after}`,
  };
}

const BASE = {
  '.github/CODEOWNERS': CODEOWNERS,
  'oncall/schedules.yml': ONCALL,
  'docs/runbooks/checkout-error-rate.md': GOOD_RUNBOOK,
  'docs/runbooks/search-latency.md': '# Search latency\n\nNo structure at all.\n',
  'src/app.ts': 'export {};\n',
};

const PM_PATH = 'docs/postmortems/2026-11-20-search-outage.md';
const FLAWED_PM = GOOD_POSTMORTEM.replace('- 14:30: rollback', '- 14:03: rollback').replace(
  '| Move payment config into the repository | @bob | #482 |',
  '| Move payment config into the repository | Bob | #482 |',
);

async function review(
  head: Record<string, string>,
  entries: PullFileEntry[],
  base: Record<string, string> | RepoFiles = BASE,
) {
  const baseFiles =
    'list' in base ? (base as RepoFiles) : memoryRepo(base as Record<string, string>);
  const ctx = pullRequestContextFor(
    memoryRepo(head),
    baseFiles,
    diffFromPullFiles(entries),
    config(),
    NOW,
  );
  return docsModule.pullRequest!(ctx);
}

describe('docs on a pull request', () => {
  it('checks only the added and changed documents, with findings on their lines', async () => {
    const head = { ...BASE, [PM_PATH]: FLAWED_PM, 'src/app.ts': 'export const x = 1;\n' };
    const result = await review(head, [
      added(PM_PATH, FLAWED_PM),
      modified('src/app.ts', 1, 'export {};', 'export const x = 1;'),
    ]);
    // search-latency.md is broken but untouched: not this pull request's business.
    expect(result.findings.map((f) => [f.file, f.ruleId, f.line])).toEqual([
      [PM_PATH, 'docs/timeline-order', lineOf(FLAWED_PM, '14:03')],
      [PM_PATH, 'docs/action-item-owner', lineOf(FLAWED_PM, 'Move payment config')],
    ]);
  });

  it('writes a per-file checklist, section by section', async () => {
    const head = { ...BASE, [PM_PATH]: FLAWED_PM };
    const { section } = await review(head, [added(PM_PATH, FLAWED_PM)]);
    expect(section?.title).toBe('Postmortems and runbooks');
    const lines = section!.markdown.split('\n');
    expect(lines[0]).toBe(
      '**`docs/postmortems/2026-11-20-search-outage.md`** (postmortem, checked against the built-in template)',
    );
    expect(lines).toContain('- ✓ Front matter');
    expect(lines).toContain('- ✓ Checkout unavailable for 42 minutes');
    expect(lines).toContain('  - ✓ Summary');
    expect(lines).toContain(
      `  - ✗ Timeline: timeline entry 14:03 is earlier than the entry before it (14:12) (line ${lineOf(FLAWED_PM, '14:03')})`,
    );
    expect(lines).toContain('    - ✓ 5 Whys');
    expect(lines.find((l) => l.includes('Action items'))).toMatch(
      /^ {2}- ✗ Action items: action item .* names no owner/,
    );
  });

  it('reviews an added .mdx postmortem like a .md one, links into a submodule included', async () => {
    const MDX = 'docs/postmortems/2026-11-20-search-outage.mdx';
    const text = `${FLAWED_PM.replace('## Summary', "import Chart from '@site/src/Chart';\n\n## Summary")}\nSee [the playbook](../../vendor/playbooks/search.md).\n`;
    const gitmodules =
      '[submodule "playbooks"]\n\tpath = vendor/playbooks\n\turl = ../playbooks.git\n';
    const head = { ...BASE, '.gitmodules': gitmodules, [MDX]: text };
    const result = await review({ ...head }, [added(MDX, text)], {
      ...BASE,
      '.gitmodules': gitmodules,
    });
    expect(result.findings.map((f) => [f.file, f.ruleId, f.line])).toEqual([
      [MDX, 'docs/timeline-order', lineOf(text, '14:03')],
      [MDX, 'docs/action-item-owner', lineOf(text, 'Move payment config')],
    ]);
    expect(result.supersedes).toEqual([MDX]);
  });

  it('ignores documents outside the configured globs and removed documents', async () => {
    const result = await review({ ...BASE, 'docs/notes/meeting.md': '# Notes\n' }, [
      added('docs/notes/meeting.md', '# Notes\n'),
      {
        filename: 'docs/runbooks/search-latency.md',
        status: 'removed',
        patch: '@@ -1,3 +0,0 @@\n-# Search latency\n-\n-No structure at all.',
      },
    ]);
    expect(result).toEqual({ findings: [], supersedes: [] });
  });

  it('judges by the base template and reports a template the pull request changes', async () => {
    const strict =
      '# {{ title }}\n\n## What happened\n\n## Follow-ups\n<!-- ops-steward: action-items -->\n';
    const loosened = '# {{ title }}\n\n## What happened\n';
    const doc = '# Search was slow\n\n## What happened\n\nThe index node ran out of memory.\n';
    const older = 'docs/postmortems/2025-02-01-queue-backlog.md';
    const base = { ...BASE, '.github/ops-steward/postmortem.md': strict, [older]: doc };
    const head = {
      ...BASE,
      '.github/ops-steward/postmortem.md': loosened,
      [PM_PATH]: doc,
      [older]: doc,
    };
    const result = await review(
      head,
      [modified('.github/ops-steward/postmortem.md', 5, '## Follow-ups', ''), added(PM_PATH, doc)],
      base,
    );
    expect(result.findings.map((f) => [f.file, f.ruleId, f.line])).toEqual([
      ['.github/ops-steward/postmortem.md', 'docs/template-changed', 1],
      [PM_PATH, 'docs/missing-section', lineOf(doc, 'The index node')],
    ]);
    expect(result.section!.markdown).toContain(
      'checked against `.github/ops-steward/postmortem.md`',
    );
    // The full check of the head judges postmortems by the loosened template: not on this pull request.
    expect(result.supersedes).toEqual([older, PM_PATH]);
  });

  it('a template the base cannot read fails closed when the pull request changes it', async () => {
    const base: RepoFiles = {
      ...memoryRepo(BASE),
      read: async (path) => {
        if (path === '.github/ops-steward/runbook.md')
          throw new UnreadableFileError(`${path} is too large for the API`);
        return BASE[path as keyof typeof BASE];
      },
    };
    const rb = 'docs/runbooks/payments.md';
    const head = {
      ...BASE,
      '.github/ops-steward/runbook.md': '# {{ title }}\n',
      [rb]: '# Payments\n',
    };
    const result = await review(
      head,
      [added('.github/ops-steward/runbook.md', '# {{ title }}\n'), added(rb, '# Payments\n')],
      base,
    );
    expect(located(result.findings)).toEqual([
      ['docs/template-changed', 1],
      ['docs/template-invalid', undefined],
    ]);
    expect(result.findings[1]!.message).toContain('could not be read');
  });

  it('says when GitHub listed only part of the files', async () => {
    const head = { ...BASE, [PM_PATH]: GOOD_POSTMORTEM };
    const ctx = pullRequestContextFor(
      memoryRepo(head),
      memoryRepo(BASE),
      diffFromPullFiles([added(PM_PATH, GOOD_POSTMORTEM)], 3001),
      config(),
      NOW,
    );
    const result = await docsModule.pullRequest!(ctx);
    expect(result.findings).toEqual([]);
    expect(result.notes).toEqual([expect.stringContaining('only part of the changed files')]);
  });
});
