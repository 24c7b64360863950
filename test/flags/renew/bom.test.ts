import { describe, expect, it } from 'vitest';
import { renewInCodeRegistryText } from '../../../src/flags/renew/edit-code.js';
import { renewInRegistryText } from '../../../src/flags/renew/edit.js';
import { parseRegistryEntry } from '../../../src/flags/registry-sources.js';

// Editors on Windows still save with a byte order mark; the contents API hands it back as U+FEFF.
const BOM = '\uFEFF';

describe('a renewal keeps a file saved with a byte order mark as it was, BOM included', () => {
  it('YAML registry: only the dates change', () => {
    const yaml = [
      'flags:',
      '  new-checkout:',
      '    owner: "@alice"',
      '    created: 2026-11-01',
      '    expires: 2026-12-01',
      '    type: release',
      '',
    ].join('\r\n');
    const edit = renewInRegistryText(BOM + yaml, 'new-checkout', {
      expires: '2026-12-31',
      renewedFrom: '2026-12-01',
    });
    expect(edit.ok).toBe(true);
    if (!edit.ok) return;
    expect(edit.text.startsWith(BOM + 'flags:\r\n')).toBe(true);
    expect(edit.text).toContain('    expires: 2026-12-31\r\n');
    expect(edit.text).toContain('renewedFrom: 2026-12-01');
    expect(edit.text).not.toContain('2026-12-311');
  });

  it('JSDoc in a code registry: only the tag line changes', () => {
    const code = [
      'export enum WebFlag {',
      '  /** @owner @alice @created 2026-11-01 @expires 2026-12-01 @type release */',
      "  NewCheckout = 'new-checkout',",
      '}',
      '',
    ].join('\n');
    const edit = renewInCodeRegistryText(
      BOM + code,
      parseRegistryEntry('src/flags.ts#WebFlag') as Extract<
        ReturnType<typeof parseRegistryEntry>,
        { kind: 'code' }
      >,
      'new-checkout',
      { expires: '2026-12-31', renewedFrom: '2026-12-01' },
    );
    expect(edit).toEqual({
      ok: true,
      text:
        BOM + code.replace('@expires 2026-12-01', '@expires 2026-12-31 @renewedFrom 2026-12-01'),
    });
  });
});
