import { createRequire as __osCreateRequire } from 'node:module'; import { fileURLToPath as __osFileURLToPath } from 'node:url'; const require = __osCreateRequire(import.meta.url); const __filename = __osFileURLToPath(import.meta.url); const __dirname = __osFileURLToPath(new URL('.', import.meta.url));
import {
  require_ts_morph
} from "./chunk-F4KBAFWO.js";
import {
  __toESM
} from "./chunk-S2JO3YRI.js";

// src/flags/code-registry-parse.ts
var import_ts_morph = __toESM(require_ts_morph(), 1);
var ts = import_ts_morph.ts;
function parseCodeRegistry(path, text, exportName, property) {
  const kind = path.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
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
  const key = (k, member, node) => ({
    key: k,
    member,
    ...at(node),
    tags: jsDocTags(node, sf)
  });
  if (ts.isEnumDeclaration(decl)) {
    const keys = [];
    for (const m of decl.members) {
      const name = m.name.getText(sf).replace(/^['"]|['"]$/g, "");
      if (!m.initializer || !ts.isStringLiteralLike(m.initializer))
        return fail(`enum member ${name} of ${exportName} has no string value`, m);
      keys.push(key(m.initializer.text, name, m));
    }
    return { ok: true, kind: "enum", keys };
  }
  if (ts.isTypeAliasDeclaration(decl)) {
    const members = decl.type && ts.isUnionTypeNode(decl.type) ? decl.type.types : [decl.type];
    const keys = [];
    for (const t of members) {
      if (!ts.isLiteralTypeNode(t) || !ts.isStringLiteral(t.literal))
        return fail(`type ${exportName} is not a union of string literals`, t);
      keys.push(key(t.literal.text, null, t));
    }
    return { ok: true, kind: "union", keys };
  }
  const init = unwrapValue(decl.initializer);
  if (init && ts.isArrayLiteralExpression(init)) {
    const keys = [];
    for (const el of init.elements) {
      if (!ts.isStringLiteralLike(el))
        return fail(`an item of ${exportName} is not a string literal`, el);
      keys.push(key(el.text, null, el));
    }
    return { ok: true, kind: "array", keys };
  }
  if (init && ts.isObjectLiteralExpression(init)) {
    const keys = [];
    for (const p of init.properties) {
      if (!ts.isPropertyAssignment(p) && !ts.isShorthandPropertyAssignment(p))
        return fail(`an entry of ${exportName} is not a plain property`, p);
      const name = propertyName(p.name);
      if (name === void 0) return fail(`an entry of ${exportName} has a computed name`, p);
      if (property === null) {
        keys.push(key(name, name, p));
        continue;
      }
      const value = ts.isPropertyAssignment(p) ? unwrapValue(p.initializer) : void 0;
      const field = value && ts.isObjectLiteralExpression(value) ? value.properties.find(
        (q) => ts.isPropertyAssignment(q) && propertyName(q.name) === property
      ) : void 0;
      const v = field && unwrapValue(field.initializer);
      if (!v || !ts.isStringLiteralLike(v))
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
function findDeclaration(sf, name) {
  for (const st of sf.statements) {
    if ((ts.isEnumDeclaration(st) || ts.isTypeAliasDeclaration(st)) && st.name.text === name)
      return st;
    if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations)
        if (ts.isIdentifier(d.name) && d.name.text === name) return d;
    }
  }
  return void 0;
}
function unwrapValue(e) {
  let cur = e;
  while (cur) {
    if (ts.isAsExpression(cur) || ts.isSatisfiesExpression(cur) || ts.isParenthesizedExpression(cur) || ts.isTypeAssertionExpression(cur))
      cur = cur.expression;
    else if (ts.isCallExpression(cur) && cur.expression.getText() === "Object.freeze" && cur.arguments[0])
      cur = cur.arguments[0];
    else break;
  }
  return cur;
}
function propertyName(name) {
  if (ts.isIdentifier(name) || ts.isStringLiteralLike(name) || ts.isNumericLiteral(name))
    return name.text;
  return void 0;
}
var METADATA_TAGS = ["owner", "created", "expires", "type", "description"];
var TAGS = new Set(METADATA_TAGS);
function jsDocTags(node, sf) {
  const ranges = ts.getLeadingCommentRanges(sf.text, node.getFullStart()) ?? [];
  const doc = ranges.filter((r) => sf.text.startsWith("/**", r.pos)).pop();
  const out = {};
  if (!doc) return out;
  const body = sf.text.slice(doc.pos + 3, doc.end - 2).split("\n").map((l) => l.replace(/^\s*\*?/, "")).join(" ");
  let current = null;
  for (const token of body.split(/\s+/).filter(Boolean)) {
    const tag = token.startsWith("@") ? token.slice(1) : null;
    if (tag !== null && TAGS.has(tag)) {
      current = tag;
      out[tag] ??= [];
    } else if (current !== null) {
      out[current]?.push(token);
    }
  }
  return out;
}
export {
  METADATA_TAGS,
  parseCodeRegistry
};
