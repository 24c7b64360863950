import { isMap, isScalar, parseDocument } from 'yaml';
import type { Node, Pair, YAMLMap } from 'yaml';

/**
 * Moves one flag's `expires` in the registry text and records the old date as `renewedFrom`, changing
 * nothing else: not a comment, not a blank line, not the quoting, not the key order.
 *
 * Why not `doc.setIn(...)` + `doc.toString()`: the Document API re-renders the whole file (indentation of
 * sequences, spacing before comments, line folding, flow collections), so a one-line renewal would arrive
 * as a diff of the whole registry. The Document API is used to *find* the nodes; their source ranges are
 * then replaced in the original text, and the result is parsed again to prove the edit says what it should.
 *
 * `renewedFrom` is written because the registry's lifetime rule counts from it: without it, moving
 * `expires` by one step would make the flag "live longer than the policy after created".
 */
export type RegistryEdit = { ok: true; text: string } | { ok: false; message: string };

interface Replacement {
  start: number;
  end: number;
  text: string;
}

export function renewInRegistryText(
  text: string,
  key: string,
  next: { expires: string; renewedFrom: string },
): RegistryEdit {
  const doc = parseDocument(text, {
    uniqueKeys: false,
    prettyErrors: false,
    keepSourceTokens: false,
  });
  if (doc.errors.length > 0) return { ok: false, message: 'the registry is not valid YAML' };
  const root = doc.contents as Node | null;
  const flags = isMap(root) ? (root.get('flags', true) as Node | undefined) : undefined;
  if (!isMap(flags)) return { ok: false, message: 'the registry has no `flags:` mapping' };
  const entry = flags.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
  const value = entry?.value as Node | null | undefined;
  if (!isMap(value))
    return { ok: false, message: `the entry of flag "${key}" is not a mapping of its fields` };

  const expires = field(value, 'expires');
  if (!expires || !isScalar(expires.value) || !expires.value.range || expires.value.value === null)
    return {
      ok: false,
      message: `flag "${key}" has no \`expires:\` written in its own entry (it may come from a YAML anchor); edit it by hand`,
    };
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const expiresRange = expires.value.range;
  const quote = quoteOf(text, expiresRange[0]);
  const edits: Replacement[] = [
    { start: expiresRange[0], end: expiresRange[1], text: quote(next.expires) },
  ];

  const renewed = field(value, 'renewedFrom');
  if (renewed && isScalar(renewed.value) && renewed.value.range) {
    const r = renewed.value.range;
    edits.push({ start: r[0], end: r[1], text: quoteOf(text, r[0])(next.renewedFrom) });
  } else if (renewed) {
    return {
      ok: false,
      message: `flag "${key}" has a \`renewedFrom:\` that is not a date; edit it by hand`,
    };
  } else if (value.flow) {
    edits.push({
      start: expiresRange[1],
      end: expiresRange[1],
      text: `, renewedFrom: ${quote(next.renewedFrom)}`,
    });
  } else {
    const keyNode = expires.key as Node;
    const keyStart = keyNode.range![0];
    const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
    const indent = text.slice(lineStart, keyStart);
    // `- expires:` or `{ expires` would need another layout; a plain block entry has only spaces before the key.
    if (!/^ *$/.test(indent))
      return {
        ok: false,
        message: `the \`expires:\` of flag "${key}" is laid out in a way this edit does not handle; edit it by hand`,
      };
    let lineEnd = text.indexOf('\n', expiresRange[1]);
    if (lineEnd === -1) lineEnd = text.length;
    else if (text[lineEnd - 1] === '\r') lineEnd--;
    edits.push({
      start: lineEnd,
      end: lineEnd,
      text: `${eol}${indent}renewedFrom: ${quote(next.renewedFrom)}`,
    });
  }

  let out = text;
  for (const e of edits.sort((a, b) => b.start - a.start))
    out = out.slice(0, e.start) + e.text + out.slice(e.end);

  // Prove it: the flag must now read exactly the new dates.
  let after: unknown;
  try {
    const check = parseDocument(out, { uniqueKeys: false });
    after = check.errors.length === 0 ? (check.toJS() as unknown) : undefined;
  } catch {
    after = undefined; // toJS refuses alias bombs; the check below then fails with a clear message
  }
  const flag = pick(pick(after, 'flags'), key);
  if (
    asIso(pick(flag, 'expires')) !== next.expires ||
    asIso(pick(flag, 'renewedFrom')) !== next.renewedFrom
  )
    return {
      ok: false,
      message: `editing flag "${key}" in place did not give the expected dates; edit it by hand`,
    };
  return { ok: true, text: out };
}

function field(map: YAMLMap, name: string): Pair | undefined {
  return map.items.find((p) => isScalar(p.key) && p.key.value === name) as Pair | undefined;
}

/** Writes a date the way the existing value is written: plain, 'single' or "double" quoted. */
function quoteOf(text: string, at: number): (date: string) => string {
  const ch = text[at];
  if (ch === '"') return (d) => `"${d}"`;
  if (ch === "'") return (d) => `'${d}'`;
  return (d) => d;
}

function pick(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

function asIso(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value instanceof Date && !Number.isNaN(value.getTime()))
    return value.toISOString().slice(0, 10);
  return undefined;
}
