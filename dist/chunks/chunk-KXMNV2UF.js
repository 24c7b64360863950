import { createRequire as __osCreateRequire } from 'node:module'; import { fileURLToPath as __osFileURLToPath } from 'node:url'; const require = __osCreateRequire(import.meta.url); const __filename = __osFileURLToPath(import.meta.url); const __dirname = __osFileURLToPath(new URL('.', import.meta.url));
import {
  METADATA_TAGS
} from "./chunk-DWVM6DTE.js";
import {
  import_typescript
} from "./chunk-BEOXMQQI.js";

// src/flags/code-registry-parse.ts
var ts2 = import_typescript.default;
function parseCodeRegistry(path, text, exportName, property) {
  const kind = path.endsWith(".tsx") ? ts2.ScriptKind.TSX : ts2.ScriptKind.TS;
  const sf = ts2.createSourceFile(path, text, ts2.ScriptTarget.Latest, true, kind);
  const at = (node) => {
    const p = sf.getLineAndCharacterOfPosition(node.getStart(sf));
    return { line: p.line + 1, column: p.character + 1 };
  };
  const fail = (message, node = sf) => ({
    ok: false,
    message,
    ...at(node)
  });
  const decl = findDeclaration(sf, exportName);
  if (!decl) return fail(`${path} declares no \`${exportName}\` at its top level`);
  const key = (k, member, node, gaps = [{ offset: node.getFullStart(), sameLine: false }]) => {
    const block = lastDocBlock(sf.text, gaps);
    const doc = block && { ...block, line: sf.getLineAndCharacterOfPosition(block.start).line + 1 };
    const spans = doc ? tagSpans(sf, doc.start, doc.end) : [];
    return {
      key: k,
      member,
      ...at(node),
      start: node.getStart(sf),
      tags: tagTexts(spans),
      spans,
      doc
    };
  };
  if (ts2.isEnumDeclaration(decl)) {
    const keys = [];
    for (const m of decl.members) {
      const name = m.name.getText(sf).replace(/^['"]|['"]$/g, "");
      if (!m.initializer || !ts2.isStringLiteralLike(m.initializer))
        return fail(`enum member ${name} of ${exportName} has no string value`, m);
      keys.push(key(m.initializer.text, name, m));
    }
    return { ok: true, kind: "enum", keys };
  }
  if (ts2.isTypeAliasDeclaration(decl)) {
    const members = decl.type && ts2.isUnionTypeNode(decl.type) ? decl.type.types : [decl.type];
    const keys = [];
    let previousEnd = decl.type.getFullStart();
    for (const [i, t] of members.entries()) {
      if (!ts2.isLiteralTypeNode(t) || !ts2.isStringLiteral(t.literal))
        return fail(`type ${exportName} is not a union of string literals`, t);
      keys.push(key(t.literal.text, null, t, unionMemberGaps(sf.text, previousEnd, i === 0, t)));
      previousEnd = t.end;
    }
    return { ok: true, kind: "union", keys };
  }
  const init = unwrapValue(decl.initializer);
  if (init && ts2.isArrayLiteralExpression(init)) {
    const keys = [];
    for (const el of init.elements) {
      if (!ts2.isStringLiteralLike(el))
        return fail(`an item of ${exportName} is not a string literal`, el);
      keys.push(key(el.text, null, el));
    }
    return { ok: true, kind: "array", keys };
  }
  if (init && ts2.isObjectLiteralExpression(init)) {
    const keys = [];
    const keyMap = property === null && isKeyMap(init);
    for (const p of init.properties) {
      if (!ts2.isPropertyAssignment(p) && !ts2.isShorthandPropertyAssignment(p))
        return fail(`an entry of ${exportName} is not a plain property`, p);
      const name = propertyName(p.name);
      if (name === void 0) return fail(`an entry of ${exportName} has a computed name`, p);
      if (property === null) {
        const value2 = keyMap && ts2.isPropertyAssignment(p) ? unwrapValue(p.initializer) : void 0;
        keys.push(key(value2 && ts2.isStringLiteralLike(value2) ? value2.text : name, name, p));
        continue;
      }
      const value = ts2.isPropertyAssignment(p) ? unwrapValue(p.initializer) : void 0;
      const field = value && ts2.isObjectLiteralExpression(value) ? value.properties.find(
        (q) => ts2.isPropertyAssignment(q) && propertyName(q.name) === property
      ) : void 0;
      const v = field && unwrapValue(field.initializer);
      if (!v || !ts2.isStringLiteralLike(v))
        return fail(`entry ${name} of ${exportName} has no string \`${property}\``, p);
      keys.push(key(v.text, name, p));
    }
    return { ok: true, kind: "object", keys };
  }
  return fail(
    `\`${exportName}\` is not a string enum, an object, a union of string literals or an array of strings`,
    decl
  );
}
function isKeyMap(obj) {
  let renamed = false;
  for (const p of obj.properties) {
    if (!ts2.isPropertyAssignment(p)) return false;
    const value = unwrapValue(p.initializer);
    if (!value || !ts2.isStringLiteralLike(value) || !/^[^\s]+$/.test(value.text)) return false;
    if (value.text !== propertyName(p.name)) renamed = true;
  }
  return renamed;
}
function findDeclaration(sf, name) {
  for (const st of sf.statements) {
    if ((ts2.isEnumDeclaration(st) || ts2.isTypeAliasDeclaration(st)) && st.name.text === name)
      return st;
    if (ts2.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations)
        if (ts2.isIdentifier(d.name) && d.name.text === name) return d;
    }
  }
  return void 0;
}
function unwrapValue(e) {
  let cur = e;
  while (cur) {
    if (ts2.isAsExpression(cur) || ts2.isSatisfiesExpression(cur) || ts2.isParenthesizedExpression(cur) || ts2.isTypeAssertionExpression(cur))
      cur = cur.expression;
    else if (ts2.isCallExpression(cur) && cur.expression.getText() === "Object.freeze" && cur.arguments[0])
      cur = cur.arguments[0];
    else break;
  }
  return cur;
}
function propertyName(name) {
  if (ts2.isIdentifier(name) || ts2.isStringLiteralLike(name) || ts2.isNumericLiteral(name))
    return name.text;
  return void 0;
}
var TAGS = new Set(METADATA_TAGS);
function unionMemberGaps(text, previousEnd, first, member) {
  const gaps = [{ offset: previousEnd, sameLine: first }];
  const scanner = ts2.createScanner(ts2.ScriptTarget.Latest, true, ts2.LanguageVariant.Standard, text);
  scanner.resetTokenState(previousEnd);
  if (scanner.scan() === ts2.SyntaxKind.BarToken && scanner.getTokenEnd() <= member.getStart())
    gaps.push({ offset: scanner.getTokenEnd(), sameLine: true });
  return gaps;
}
function lastDocBlock(text, gaps) {
  let found = null;
  for (const gap of gaps) {
    const ranges = [
      ...gap.sameLine ? ts2.getTrailingCommentRanges(text, gap.offset) ?? [] : [],
      ...ts2.getLeadingCommentRanges(text, gap.offset) ?? []
    ];
    const doc = ranges.filter((r) => text.startsWith("/**", r.pos) && r.end - r.pos >= 5).pop();
    if (doc) found = { start: doc.pos, end: doc.end };
  }
  return found;
}
function tagSpans(sf, docStart, docEnd) {
  const text = sf.text;
  const tokens = [];
  let lineStart = docStart + 3;
  const bodyEnd = docEnd - 2;
  while (lineStart <= bodyEnd) {
    const nl = text.indexOf("\n", lineStart);
    const lineEnd = nl < 0 || nl > bodyEnd ? bodyEnd : nl;
    const line = text.slice(lineStart, lineEnd);
    const prefix = /^\s*\*?/.exec(line)?.[0].length ?? 0;
    for (const m of line.slice(prefix).matchAll(/\S+/g)) {
      const start = lineStart + prefix + (m.index ?? 0);
      const end = start + m[0].length;
      const a = sf.getLineAndCharacterOfPosition(start);
      const b = sf.getLineAndCharacterOfPosition(end);
      tokens.push({
        text: m[0],
        start,
        end,
        line: a.line + 1,
        column: a.character + 1,
        endLine: b.line + 1,
        endColumn: b.character + 1
      });
    }
    lineStart = lineEnd + 1;
  }
  const spans = [];
  let current = null;
  for (const token of tokens) {
    const name = token.text.startsWith("@") ? token.text.slice(1) : null;
    if (name !== null && TAGS.has(name)) {
      current = { name, token, values: [] };
      spans.push(current);
    } else current?.values.push(token);
  }
  return spans;
}
function tagTexts(spans) {
  const out = {};
  for (const span of spans) (out[span.name] ??= []).push(...span.values.map((v) => v.text));
  return out;
}

export {
  parseCodeRegistry
};
