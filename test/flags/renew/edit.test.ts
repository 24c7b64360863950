import { describe, expect, it } from 'vitest';
import { renewInRegistryText } from '../../../src/flags/renew/edit.js';

const REGISTRY = [
  '# yaml-language-server: $schema=./schemas/flags.schema.json',
  '# Every flag: owner, created, expires. Renew in 30-day steps.',
  'flags:',
  '',
  '  # The new checkout, rolled out by region.',
  '  new-checkout:',
  '    type: release     # keys in our own order',
  '    owner:   "@alice"',
  '    expires: "2026-12-01"   # keep the quotes',
  '    created: 2026-11-01',
  '    description: >-',
  '      Folded text that',
  '      Document.toString would re-wrap.',
  '  other: { owner: "@bob", created: 2026-11-01, expires: 2026-12-01, type: release }',
  '',
].join('\n');

/** Lines of `after` that differ from `before` once the one inserted line is taken out. */
function lineDiff(
  before: string,
  after: string,
  inserted: number,
): { index: number; line: string }[] {
  const a = before.split('\n');
  const b = after.split('\n');
  const kept = [...b.slice(0, inserted), ...b.slice(inserted + 1)];
  expect(kept).toHaveLength(a.length);
  return kept.flatMap((line, index) => (line === a[index] ? [] : [{ index, line }]));
}

describe('renewInRegistryText', () => {
  it('changes only the expires line (keeping its quotes and comment) and adds renewedFrom below it', () => {
    const out = renewInRegistryText(REGISTRY, 'new-checkout', {
      expires: '2026-12-31',
      renewedFrom: '2026-12-01',
    });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const expected = REGISTRY.replace(
      '    expires: "2026-12-01"   # keep the quotes\n',
      '    expires: "2026-12-31"   # keep the quotes\n    renewedFrom: "2026-12-01"\n',
    );
    expect(out.text).toBe(expected);
    expect(out.text.split('\n')[9]).toBe('    renewedFrom: "2026-12-01"');
    expect(lineDiff(REGISTRY, out.text, 9)).toEqual([
      { index: 8, line: '    expires: "2026-12-31"   # keep the quotes' },
    ]);
  });

  it('updates an existing renewedFrom in place instead of adding a second one', () => {
    const text =
      'flags:\n  a:\n    owner: "@x"\n    created: 2026-10-01\n    renewedFrom: 2026-10-31\n    expires: 2026-11-30\n    type: release\n';
    const out = renewInRegistryText(text, 'a', {
      expires: '2026-12-30',
      renewedFrom: '2026-11-30',
    });
    expect(out).toEqual({
      ok: true,
      text: text
        .replace('renewedFrom: 2026-10-31', 'renewedFrom: 2026-11-30')
        .replace('expires: 2026-11-30', 'expires: 2026-12-30'),
    });
  });

  it('edits a flow mapping on its own line', () => {
    const out = renewInRegistryText(REGISTRY, 'other', {
      expires: '2026-12-31',
      renewedFrom: '2026-12-01',
    });
    expect(out.ok && out.text).toBe(
      REGISTRY.replace(
        'expires: 2026-12-01, type: release }',
        'expires: 2026-12-31, renewedFrom: 2026-12-01, type: release }',
      ),
    );
  });

  it('keeps CRLF line endings and a missing final newline', () => {
    const text =
      'flags:\r\n  a:\r\n    owner: "@x"\r\n    created: 2026-11-01\r\n    expires: 2026-12-01';
    const out = renewInRegistryText(text, 'a', {
      expires: '2026-12-31',
      renewedFrom: '2026-12-01',
    });
    expect(out.ok && out.text).toBe(
      text.replace('expires: 2026-12-01', 'expires: 2026-12-31\r\n    renewedFrom: 2026-12-01'),
    );
  });

  it('refuses, with a reason, when expires is not written in the entry', () => {
    const text = 'base: &b\n  expires: 2026-12-01\nflags:\n  a:\n    <<: *b\n    owner: "@x"\n';
    expect(
      renewInRegistryText(text, 'a', { expires: '2026-12-31', renewedFrom: '2026-12-01' }),
    ).toEqual({
      ok: false,
      message:
        'flag "a" has no `expires:` written in its own entry (it may come from a YAML anchor); edit it by hand',
    });
  });
});
