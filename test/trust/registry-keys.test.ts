import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { parseRegistry } from '../../src/flags/registry.js';

/** Issue 9, defect 10: keys no flag system accepts are registry errors at the key, not declared flags. */

const entry = (key: string): string =>
  `flags:\n  ${key}:\n    owner: "@alice"\n    created: 2026-11-01\n    expires: 2026-12-01\n    type: release\n`;

describe('flag keys', () => {
  it.each([
    ['a newline', '"zz\\n::error file=x::pwned"'],
    ['a control character', '"beta\\u0007search"'],
    ['HTML', '"<img src=x onerror=alert(1)>"'],
    ['500 characters (YAML itself refuses keys over 1,024)', 'k'.repeat(500)],
    ['a replacement character (invalid UTF-8 in the file)', '"new-\uFFFDcheckout"'],
  ])('with %s are an error at the key, and the flag is not declared', (_what, key) => {
    const parsed = parseRegistry(entry(key), 'flags.yml', defaultConfig().flags);
    expect(parsed.findings).toContainEqual(
      expect.objectContaining({
        ruleId: 'flags/registry-bad-key',
        severity: 'error',
        file: 'flags.yml',
        line: 2,
        column: 3,
      }),
    );
    expect(parsed.flags).toEqual([]);
  });

  it('accepts the names real flag systems use', () => {
    for (const key of [
      'new-checkout',
      'checkout.express_pay',
      'team/search-v2',
      'FF_NEW_UI',
      'mobile:dark-mode',
    ]) {
      const parsed = parseRegistry(entry(key), 'flags.yml', defaultConfig().flags);
      expect(parsed.findings).toEqual([]);
      expect(parsed.flags.map((f) => f.key)).toEqual([key]);
    }
  });
});
