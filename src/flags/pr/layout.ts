import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { Node } from 'yaml';

/** Where one flag's entry and each of its fields sit in the registry text (1-based lines and columns). */
export interface FlagLayout {
  keyLine: number;
  keyColumn: number;
  /** Last line of the entry (its value's end). */
  endLine: number;
  /** Line and column of each field's value (`expires`, `owner`, …), or of its key when the value is empty. */
  fields: ReadonlyMap<string, { line: number; column: number }>;
}

/**
 * Positions of every flag's fields, so a PR finding about `expires` lands on the `expires` line of the diff
 * rather than on the flag's name. Unreadable YAML gives an empty map: callers fall back to the key line
 * that parseRegistry already knows.
 */
export function registryLayout(text: string): Map<string, FlagLayout> {
  const out = new Map<string, FlagLayout>();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return out;
  const flags = doc.contents.get('flags', true) as Node | undefined;
  if (!isMap(flags)) return out;
  const pos = (offset: number): { line: number; column: number } => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  for (const pair of flags.items) {
    const keyNode = pair.key as Node | null;
    if (!isScalar(keyNode) || !keyNode.range || keyNode.value === null) continue;
    const key = String(keyNode.value);
    if (out.has(key)) continue; // the first declaration counts, as in parseRegistry
    const value = pair.value as Node | null;
    const start = pos(keyNode.range[0]);
    const end = value?.range ? pos(Math.max(value.range[0], value.range[1] - 1)) : start;
    const fields = new Map<string, { line: number; column: number }>();
    if (isMap(value)) {
      for (const field of value.items) {
        const fk = field.key as Node | null;
        if (!isScalar(fk) || !fk.range) continue;
        const fv = field.value as Node | null;
        const at = fv?.range && fv.range[1] > fv.range[0] ? fv.range[0] : fk.range[0];
        fields.set(String(fk.value), pos(at));
      }
    }
    out.set(key, { keyLine: start.line, keyColumn: start.column, endLine: end.line, fields });
  }
  return out;
}
