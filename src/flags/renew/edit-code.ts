import { codeRegistryDocs, positionsIn } from '../code-registry-tags.js';
import type { TagSpan } from '../code-registry-tags.js';
import { parseCodeRegistry } from '../code-registry-parse.js';
import type { RegistrySource } from '../registry-sources.js';
import type { RegistryEdit } from './edit.js';

/**
 * Moves one code-declared flag's `@expires` in its JSDoc and records the old date as `@renewedFrom`
 * (the YAML registry's `renewedFrom`: the expiry this renewal extended), changing nothing else —
 * the date is replaced where it stands and the new tag goes right after it, on the same line, so the
 * diff is that one line. Loaded lazily (plan.ts): it needs the compiler.
 *
 *   /** @owner @alice @created 2026-11-01 @expires 2026-12-01 @type release *\/
 *   /** @owner @alice @created 2026-11-01 @expires 2026-12-31 @renewedFrom 2026-12-01 @type release *\/
 *
 * The result is parsed again to prove the member now carries exactly the new dates.
 */
export function renewInCodeRegistryText(
  text: string,
  source: Extract<RegistrySource, { kind: 'code' }>,
  key: string,
  next: { expires: string; renewedFrom: string },
): RegistryEdit {
  const docs = codeRegistryDocs(source.path, text, source.exportName, source.property);
  if (!docs.ok) return { ok: false, message: `${source.entry} cannot be read: ${docs.message}` };
  const member = docs.members.get(key);
  if (!member) return { ok: false, message: `${source.entry} does not declare "${key}"` };
  const where = positionsIn(text);
  const at = (t: TagSpan): string => {
    const p = where(t.token.start);
    return `${source.path}:${p.line}:${p.column}`;
  };
  const single = (name: string): SingleTag => {
    const found = member.tags.filter((t) => t.name === name);
    if (found.length > 1)
      return {
        ok: false,
        message: `flag "${key}" has ${found.length} \`@${name}\` tags in its JSDoc (${found.map(at).join(', ')}): keep one, then renew`,
      };
    return { ok: true, tag: found[0] };
  };
  const expires = single('expires');
  if (!expires.ok) return expires;
  const date = expires.tag?.values[0];
  if (!expires.tag || !date)
    return {
      ok: false,
      message: `flag "${key}" has no \`@expires\` date in the JSDoc of its member in ${source.path}`,
    };
  const renewed = single('renewedFrom');
  if (!renewed.ok) return renewed;

  const edits = [{ start: date.start, end: date.end, text: next.expires }];
  const previous = renewed.tag?.values[0];
  if (renewed.tag && previous)
    edits.push({ start: previous.start, end: previous.end, text: next.renewedFrom });
  else if (renewed.tag)
    // `@renewedFrom` with no date: give it one where it stands.
    edits.push({
      start: renewed.tag.token.end,
      end: renewed.tag.token.end,
      text: ` ${next.renewedFrom}`,
    });
  else edits.push({ start: date.end, end: date.end, text: ` @renewedFrom ${next.renewedFrom}` });

  let out = text;
  for (const e of edits.sort((a, b) => b.start - a.start))
    out = out.slice(0, e.start) + e.text + out.slice(e.end);

  const check = parseCodeRegistry(source.path, out, source.exportName, source.property);
  const tags = check.ok ? check.keys.find((k) => k.key === key)?.tags : undefined;
  if (tags?.expires?.[0] !== next.expires || tags.renewedFrom?.[0] !== next.renewedFrom)
    return {
      ok: false,
      message: `editing the JSDoc of flag "${key}" in place did not give the expected dates`,
    };
  return { ok: true, text: out };
}

/** The one tag of that name; two would leave it unclear which one the registry reads. */
type SingleTag = { ok: true; tag: TagSpan | undefined } | { ok: false; message: string };
