import { createRequire as __osCreateRequire } from 'node:module'; import { fileURLToPath as __osFileURLToPath } from 'node:url'; const require = __osCreateRequire(import.meta.url); const __filename = __osFileURLToPath(import.meta.url); const __dirname = __osFileURLToPath(new URL('.', import.meta.url));
import {
  codeRegistryDocs,
  positionsIn
} from "./chunk-2Q2EZ4ZS.js";
import {
  parseCodeRegistry
} from "./chunk-KXMNV2UF.js";
import "./chunk-DWVM6DTE.js";
import "./chunk-BEOXMQQI.js";
import "./chunk-LLBWVQXH.js";
import "./chunk-C2D6PDPM.js";

// src/flags/renew/edit-code.ts
function renewInCodeRegistryText(text, source, key, next) {
  const docs = codeRegistryDocs(source.path, text, source.exportName, source.property);
  if (!docs.ok) return { ok: false, message: `${source.entry} cannot be read: ${docs.message}` };
  const member = docs.members.get(key);
  if (!member) return { ok: false, message: `${source.entry} does not declare "${key}"` };
  const where = positionsIn(text);
  const at = (t) => {
    const p = where(t.token.start);
    return `${source.path}:${p.line}:${p.column}`;
  };
  const single = (name) => {
    const found = member.tags.filter((t) => t.name === name);
    if (found.length > 1)
      return {
        ok: false,
        message: `flag "${key}" has ${found.length} \`@${name}\` tags in its JSDoc (${found.map(at).join(", ")}): keep one, then renew`
      };
    return { ok: true, tag: found[0] };
  };
  const expires = single("expires");
  if (!expires.ok) return expires;
  const date = expires.tag?.values[0];
  if (!expires.tag || !date)
    return {
      ok: false,
      message: `flag "${key}" has no \`@expires\` date in the JSDoc of its member in ${source.path}`
    };
  const renewed = single("renewedFrom");
  if (!renewed.ok) return renewed;
  const edits = [{ start: date.start, end: date.end, text: next.expires }];
  const previous = renewed.tag?.values[0];
  if (renewed.tag && previous)
    edits.push({ start: previous.start, end: previous.end, text: next.renewedFrom });
  else if (renewed.tag)
    edits.push({
      start: renewed.tag.token.end,
      end: renewed.tag.token.end,
      text: ` ${next.renewedFrom}`
    });
  else edits.push({ start: date.end, end: date.end, text: ` @renewedFrom ${next.renewedFrom}` });
  let out = text;
  for (const e of edits.sort((a, b) => b.start - a.start))
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
  const check = parseCodeRegistry(source.path, out, source.exportName, source.property);
  const tags = check.ok ? check.keys.find((k) => k.key === key)?.tags : void 0;
  if (tags?.expires?.[0] !== next.expires || tags.renewedFrom?.[0] !== next.renewedFrom)
    return {
      ok: false,
      message: `editing the JSDoc of flag "${key}" in place did not give the expected dates`
    };
  return { ok: true, text: out };
}
export {
  renewInCodeRegistryText
};
