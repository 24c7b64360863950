import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { parseConfig } from '../../src/config/load.js';
import { parseRegistry } from '../../src/flags/registry.js';

/** The README's configuration reference is what users copy: it must be a valid config. */
describe('the README examples', () => {
  it('passes the config schema without errors or unknown keys', async () => {
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## Configuration'));
    const block = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
    expect(block).toBeDefined();
    const loaded = parseConfig(block!, 'README.md');
    expect(loaded.errors).toEqual([]);
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.config.flags.accessors).toHaveLength(4);
    expect(loaded.config.oncall.files).toEqual(['oncall/schedules.yml']);
  });

  it('shows a flag registry that passes its own validation', async () => {
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('### The registry'));
    const block = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
    expect(block).toBeDefined();
    const parsed = parseRegistry(block!, 'flags.yml', defaultConfig().flags);
    expect(parsed.findings).toEqual([]);
    expect(parsed.flags.map((f) => f.key)).toEqual(['new-checkout', 'payments-kill-switch']);
  });
});
