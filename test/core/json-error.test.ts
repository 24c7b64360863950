import { describe, expect, it } from 'vitest';
import { jsonSyntaxError } from '../../src/core/json-error.js';

const errorOf = (text: string): unknown => {
  try {
    JSON.parse(text);
  } catch (error) {
    return error;
  }
  throw new Error('parsed');
};

describe('jsonSyntaxError', () => {
  it.each([
    ['{\n  "a": 1,\n}\n', 3, 1],
    ['{"a": 1 "b": 2}', 1, 9],
    ['[\n  1,\n  2\n  3\n]', 4, 3],
  ])('places the error of %j at %i:%i, without the offset in the reason', (text, line, column) => {
    const at = jsonSyntaxError(text, errorOf(text));
    expect(at).toMatchObject({ line, column });
    expect(at.reason).not.toMatch(/position|line \d/);
  });

  it('keeps the file text out of the reason where Node quotes it (no position given)', () => {
    const text = '{"a": 1,\n "token": x}';
    const { reason } = jsonSyntaxError(text, errorOf(text));
    expect(reason).toMatch(/^Unexpected token/);
    expect(reason).not.toContain('token":');
  });

  it('places an input that ends too early at its end', () => {
    const text = '{\n  "a": [1, 2\n';
    expect(jsonSyntaxError(text, errorOf(text))).toMatchObject({ line: 3, column: 1 });
  });
});
