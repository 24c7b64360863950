import { describe, expect, it } from 'vitest';
import {
  diffFromPullFiles,
  headLineForBaseLine,
  isChangedLine,
  parsePatch,
} from '../../../src/repo/diff.js';

const PATCH = [
  '@@ -1,4 +1,5 @@',
  ' import { isEnabled } from "./flags";',
  '-if (isEnabled("old")) a();',
  '+if (isEnabled("new")) a();',
  '+if (isEnabled("other")) b();',
  ' ',
  ' done();',
  '@@ -20,3 +21,2 @@ function tail() {',
  ' x();',
  '-y();',
  ' z();',
  '\\ No newline at end of file',
].join('\n');

describe('parsePatch', () => {
  it('maps added lines to their head line numbers across hunks', () => {
    const out = parsePatch(PATCH);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect([...out.addedLines].sort((a, b) => a - b)).toEqual([2, 3]);
    expect(out.hunks.map((h) => h.ops)).toEqual([' -++  ', ' - ']);
  });

  it('treats a new file as all added', () => {
    const out = parsePatch('@@ -0,0 +1,3 @@\n+a\n+b\n+c');
    expect(out.ok && [...out.addedLines]).toEqual([1, 2, 3]);
  });

  it('reports a malformed patch with the offending line instead of throwing', () => {
    expect(parsePatch('hello\n@@ -1 +1 @@\n+x')).toEqual({
      ok: false,
      problem: 'line 1 of the patch is outside any hunk: "hello"',
    });
    const bad = parsePatch('@@ -1,1 +1,1 @@\n+a\n+b');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.problem).toMatch(/line 3 .*runs past/);
  });
});

describe('diffFromPullFiles', () => {
  it('counts every line of a file without a patch as changed, but none of a pure rename', () => {
    const diff = diffFromPullFiles(
      [
        { filename: 'big.ts', status: 'modified' },
        { filename: 'moved.ts', status: 'renamed', previous_filename: 'old.ts' },
        { filename: 'a.ts', status: 'modified', patch: PATCH },
      ],
      3,
    );
    expect(diff.complete).toBe(true);
    expect(isChangedLine(diff, 'big.ts', 999)).toBe(true);
    expect(diff.files.get('big.ts')?.patchProblem).toMatch(/no patch/);
    expect(isChangedLine(diff, 'moved.ts', 1)).toBe(false);
    expect(diff.files.get('moved.ts')?.previousPath).toBe('old.ts');
    expect(isChangedLine(diff, 'a.ts', 3)).toBe(true);
    expect(isChangedLine(diff, 'a.ts', 4)).toBe(false);
    expect(isChangedLine(diff, 'unlisted.ts', 1)).toBe(false);
  });

  it('says when GitHub listed fewer files than the pull request changed', () => {
    expect(diffFromPullFiles([], 3001).complete).toBe(false);
  });
});

describe('headLineForBaseLine', () => {
  it('follows surviving lines and puts removed ones where they used to be', () => {
    const diff = diffFromPullFiles([{ filename: 'a.ts', status: 'modified', patch: PATCH }]);
    const file = diff.files.get('a.ts');
    expect(headLineForBaseLine(file, 1)).toBe(1);
    expect(headLineForBaseLine(file, 2)).toBe(2); // removed: the replacement line stands there
    expect(headLineForBaseLine(file, 4)).toBe(5);
    expect(headLineForBaseLine(file, 10)).toBe(11); // between hunks: shifted by the first hunk
    expect(headLineForBaseLine(file, 21)).toBe(22); // y(), removed in the second hunk: where z() now is
    expect(headLineForBaseLine(file, 22)).toBe(22); // z() itself, one line up from base
    expect(headLineForBaseLine(file, 30)).toBe(30);
  });
});

describe('hunks with an empty side', () => {
  it('maps lines around a pure insertion and a pure deletion', () => {
    const diff = diffFromPullFiles([
      { filename: 'ins.ts', status: 'modified', patch: '@@ -3,0 +4,2 @@\n+a\n+b' },
      { filename: 'del.ts', status: 'modified', patch: '@@ -2,5 +1,0 @@\n-a\n-b\n-c\n-d\n-e' },
    ]);
    expect([...(diff.files.get('ins.ts')?.addedLines ?? [])]).toEqual([4, 5]);
    expect(headLineForBaseLine(diff.files.get('ins.ts'), 3)).toBe(3);
    expect(headLineForBaseLine(diff.files.get('ins.ts'), 4)).toBe(6);
    expect(headLineForBaseLine(diff.files.get('del.ts'), 1)).toBe(1);
    expect(headLineForBaseLine(diff.files.get('del.ts'), 4)).toBe(2);
    expect(headLineForBaseLine(diff.files.get('del.ts'), 7)).toBe(2);
  });
});
