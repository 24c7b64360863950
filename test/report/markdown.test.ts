import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings.js';
import {
  GITHUB_COMMENT_LIMIT,
  escapeMarkdownCell,
  markdownCode,
  renderMarkdown,
} from '../../src/report/markdown.js';

/** Splits a GFM table row the way GitHub does: on pipes not escaped by an odd run of backslashes. */
function cells(row: string): string[] {
  const out: string[] = [];
  let current = '';
  let backslashes = 0;
  for (const ch of row.trim().slice(1, -1)) {
    if (ch === '|' && backslashes % 2 === 0) {
      out.push(current.trim());
      current = '';
    } else current += ch;
    backslashes = ch === '\\' ? backslashes + 1 : 0;
  }
  out.push(current.trim());
  return out;
}

function tableRows(md: string): string[] {
  return md
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| Severity') && !l.startsWith('| ---'));
}

const base: Finding[] = [
  {
    ruleId: 'flags/unused',
    severity: 'notice',
    message: 'Flag `x` is unused',
    file: 'flags.yml',
    line: 2,
  },
  {
    ruleId: 'flags/expired',
    severity: 'error',
    message: 'Flag `y` expired',
    file: 'src/z.ts',
    line: 8,
    column: 3,
    owners: ['@acme/web', 'a@b.c'],
  },
  { ruleId: 'codeowners/unowned', severity: 'warning', message: 'No owner for `docs/`' },
];

describe('renderMarkdown', () => {
  it('has a heading, a summary with counts and a five-column table, errors first', () => {
    const md = renderMarkdown(base, { label: 'acme/shop' });
    expect(
      md.startsWith('## ops-steward report\n\n**1 error, 1 warning, 1 notice** in `acme/shop`\n'),
    ).toBe(true);
    expect(md).toContain(
      '| Severity | Location | Message | Rule | Owners |\n| --- | --- | --- | --- | --- |\n',
    );
    const rows = tableRows(md);
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => cells(r)[0])).toEqual(['❌ error', '⚠️ warning', 'ℹ️ notice']);
    expect(cells(rows[0]!)).toEqual([
      '❌ error',
      '`src/z.ts:8:3`',
      'Flag `y` expired',
      '`flags/expired`',
      '`@acme/web`, `a@b.c`',
    ]);
    expect(cells(rows[1]!)[1]).toBe('_repository_');
    expect(md).not.toContain('more not shown');
  });

  it('uses the given title', () => {
    expect(renderMarkdown(base, { title: 'Ops hygiene' }).startsWith('## Ops hygiene\n')).toBe(
      true,
    );
  });

  it('keeps pipes, newlines and HTML from breaking the table', () => {
    const md = renderMarkdown([
      {
        ruleId: 'r|x',
        severity: 'error',
        message: 'a | b\nsecond line\r\nthird <script>alert(1)</script> & `c|d`',
        file: 'dir/we|rd.ts',
        line: 1,
        owners: ['@t|eam'],
      },
    ]);
    const rows = tableRows(md);
    expect(rows).toHaveLength(1); // the newlines did not end the row
    const c = cells(rows[0]!);
    expect(c).toHaveLength(5); // no pipe split a cell
    expect(c[1]).toBe('`dir/we\\|rd.ts:1`');
    expect(c[2]).toBe(
      'a \\| b<br>second line<br>third &lt;script&gt;alert(1)&lt;/script&gt; &amp; `c\\|d`',
    );
    expect(c[3]).toBe('`r\\|x`');
    expect(c[4]).toBe('`@t\\|eam`');
  });

  it('escapes Markdown punctuation and defuses @mentions in messages', () => {
    expect(escapeMarkdownCell('*bold* _it_ [link](x) ~s~ #12 \\ @alice')).toBe(
      '\\*bold\\* \\_it\\_ \\[link\\](x) \\~s\\~ \\#12 \\\\ @\u200balice',
    );
    // An unbalanced backtick is shown literally instead of swallowing the rest of the row.
    expect(escapeMarkdownCell('it`s')).toBe('it\\`s');
  });

  it('builds code spans that survive backticks in the content', () => {
    expect(markdownCode('a`b')).toBe('``a`b``');
    expect(markdownCode('`x`')).toBe('`` `x` ``');
    expect(markdownCode('line1\nline2')).toBe('`line1 line2`');
  });

  it('truncates beyond maxRows with an "N more not shown" line, keeping the most severe', () => {
    const many: Finding[] = [];
    for (let i = 1; i <= 5; i++)
      many.push({
        ruleId: 'flags/unused',
        severity: 'notice',
        message: `n${i}`,
        file: 'a.ts',
        line: i,
      });
    many.push({
      ruleId: 'flags/expired',
      severity: 'error',
      message: 'the error',
      file: 'z.ts',
      line: 1,
    });
    const md = renderMarkdown(many, { maxRows: 3 });
    const rows = tableRows(md);
    expect(rows).toHaveLength(3);
    expect(cells(rows[0]!)[2]).toBe('the error');
    expect(md.trimEnd().endsWith('_… and 3 more not shown._')).toBe(true);
    expect(md).toContain('**1 error, 0 warnings, 5 notices**');
  });

  it('defaults to 200 rows', () => {
    const many: Finding[] = Array.from({ length: 250 }, (_, i) => ({
      ruleId: 'r/x',
      severity: 'warning',
      message: `m${i}`,
      file: 'f.ts',
      line: i + 1,
    }));
    const md = renderMarkdown(many);
    expect(tableRows(md)).toHaveLength(200);
    expect(md).toContain('_… and 50 more not shown._');
  });

  it('stays under GitHub’s 65536-character comment limit however many findings there are', () => {
    const long = 'x'.repeat(3000);
    const many: Finding[] = Array.from({ length: 1000 }, (_, i) => ({
      ruleId: 'flags/expired',
      severity: 'error',
      message: `${i} ${long}`,
      file: `src/${'deep/'.repeat(20)}file${i}.ts`,
      line: i + 1,
      owners: ['@acme/a-very-long-team-name'],
    }));
    const md = renderMarkdown(many, { maxRows: 10_000 });
    expect(md.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    const shown = tableRows(md).length;
    expect(shown).toBeGreaterThan(50);
    expect(md).toContain(`_… and ${1000 - shown} more not shown._`);
    // Each long message was cut in its cell, not mid-row.
    for (const r of tableRows(md)) expect(cells(r)).toHaveLength(5);
    expect(cells(tableRows(md)[0]!)[2]!.endsWith('…')).toBe(true);
  });

  it('honours a smaller maxChars (e.g. for a compact comment)', () => {
    const many: Finding[] = Array.from({ length: 100 }, (_, i) => ({
      ruleId: 'r/x',
      severity: 'warning',
      message: `message ${i}`,
      file: 'f.ts',
      line: i + 1,
    }));
    const md = renderMarkdown(many, { maxChars: 1000 });
    expect(md.length).toBeLessThanOrEqual(1000);
    expect(md).toMatch(/_… and \d+ more not shown\._\n$/);
  });

  it('gives clean runs a short positive message', () => {
    expect(renderMarkdown([], { label: 'acme/shop' })).toBe(
      '## ops-steward report\n\n✅ No problems found in `acme/shop`.\n',
    );
  });

  it('is deterministic whatever the input order', () => {
    expect(renderMarkdown([...base].reverse())).toBe(renderMarkdown(base));
  });
});
