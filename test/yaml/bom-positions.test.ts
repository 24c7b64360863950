import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { parseRegistry } from '../../src/flags/registry.js';

/**
 * The contents API hands a file saved with a byte order mark back with U+FEFF at its start (the
 * renewal keeps it), and the pull-request review, the App's config and the Action's base config are
 * read that way. No editor and no GitHub annotation counts the mark as a column: a finding on the
 * first line must point where the user sees the key.
 */
const BOM = '\uFEFF';

describe('YAML read with a byte order mark', () => {
  it('the config: an unknown first key at column 1', () => {
    const text = 'chekcs:\n  docs: false\n';
    const plain = parseConfig(text, '.github/ops-steward.yml');
    const marked = parseConfig(BOM + text, '.github/ops-steward.yml');
    expect(plain.diagnostics[0]).toMatchObject({ line: 1, column: 1 });
    expect(marked.diagnostics).toEqual(plain.diagnostics);
  });

  it('the flag registry: a first line that is not the flags mapping, at its columns', () => {
    const config = defaultConfig().flags;
    for (const text of ['flags: [new-checkout]\n', 'new-checkout:\n  owner: "@alice"\n']) {
      const plain = parseRegistry(text, 'flags.yml', config).findings;
      expect(plain.length).toBeGreaterThan(0);
      expect(parseRegistry(BOM + text, 'flags.yml', config).findings).toEqual(plain);
    }
  });

  it('lines below the first are not moved', () => {
    const text =
      'flags:\n  new-checkout:\n    owner: 5\n    created: 2026-11-01\n    type: release\n';
    const config = defaultConfig().flags;
    expect(parseRegistry(BOM + text, 'flags.yml', config).findings).toEqual(
      parseRegistry(text, 'flags.yml', config).findings,
    );
  });
});
