import { describe, expect, it } from 'vitest';
import { escapeWorkflowCommands } from '../../src/action/workflow-text.js';

describe('escapeWorkflowCommands', () => {
  it('defuses commands at the start of any line, after spaces too, and legacy ##[ anywhere', () => {
    expect(escapeWorkflowCommands('flag a\n  ::add-mask::x\r\n::set-output name=a::b')).toBe(
      'flag a\n  %3A:add-mask::x\r\n%3A:set-output name=a::b',
    );
    expect(escapeWorkflowCommands('key ##[error]boom')).toBe('key ##%5Berror]boom');
  });

  it('leaves ordinary text, colons inside a line included, as it is', () => {
    const text = 'config: .github/ops-steward.yml at the base commit abc1234 (a::b)';
    expect(escapeWorkflowCommands(text)).toBe(text);
  });
});
