import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseOnCall } from '../../src/oncall/parse.js';

describe("the README's on-call example", () => {
  it('is a file that parses without a single finding and defines what it says', async () => {
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('### The file: `oncall/schedules.yml`'));
    const block = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
    expect(block).toBeDefined();
    const { model, findings } = parseOnCall(block!, 'oncall/schedules.yml');
    expect(findings).toEqual([]);
    expect([...model.schedules.keys()]).toEqual(['checkout-primary', 'web-daytime']);
    expect(model.schedules.get('web-daytime')!.coverage).toHaveLength(1);
    expect([...model.policies.keys()]).toEqual(['checkout-escalation']);
  });
});
