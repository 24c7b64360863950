import { createRequire as __osCreateRequire } from 'node:module'; import { fileURLToPath as __osFileURLToPath } from 'node:url'; const require = __osCreateRequire(import.meta.url); const __filename = __osFileURLToPath(import.meta.url); const __dirname = __osFileURLToPath(new URL('.', import.meta.url));

// src/core/never.ts
function assertNever(value, what) {
  throw new Error(`unexpected ${what}: ${JSON.stringify(value)}`);
}

// src/flags/scanner/resolve.ts
var UNKNOWN = { t: "unknown" };
var MAX_DEPTH = 48;
var MAX_PIECES = 64;
var checkerKey = (n) => `${n.file}:${n.start}:${n.end}`;
function strs(items) {
  return { t: "strs", items };
}
function iterated(v) {
  return v.t === "strs" ? strs(v.items.map((p) => ({ ...p, iter: true }))) : v;
}
function relabel(v, via, exactOnly) {
  if (v.t !== "strs") return v;
  return strs(
    v.items.map(
      (p) => exactOnly && (p.via === "union" || p.parts.includes(null)) ? p : { ...p, via }
    )
  );
}
var Evaluator = class {
  constructor(index, answers = /* @__PURE__ */ new Map()) {
    this.index = index;
    this.answers = answers;
  }
  index;
  answers;
  active = /* @__PURE__ */ new Set();
  eval(file, e, depth = 0) {
    if (depth > MAX_DEPTH) return UNKNOWN;
    const d = depth + 1;
    switch (e.k) {
      case "str":
        return strs([{ parts: [e.v], via: "literal" }]);
      case "cat": {
        if (e.parts.length === 1 && e.parts[0]) return this.eval(file, e.parts[0], d);
        let acc = [[]];
        for (const part of e.parts) {
          const v = this.eval(file, part, d);
          const options = v.t === "strs" ? v.items.map((p) => p.parts) : [[null]];
          if (acc.length * options.length > MAX_PIECES) acc = acc.map((a) => [...a, null]);
          else acc = acc.flatMap((a) => options.map((o) => [...a, ...o]));
        }
        const via = e.tpl ? "template" : "concat";
        return strs(acc.map((parts) => ({ parts, via })));
      }
      case "alt": {
        const items = [];
        let firstUnknown;
        for (const it of e.items) {
          const v = this.eval(file, it, d);
          if (v.t === "strs") items.push(...v.items);
          else {
            firstUnknown ??= v;
            items.push({ parts: [null], via: "literal" });
          }
        }
        if (firstUnknown && items.every((p) => p.parts.length === 1 && p.parts[0] === null))
          return firstUnknown;
        return strs(items);
      }
      case "ref":
        return this.ref(file, e.name, e.type === true, d);
      case "const":
        return relabel(this.eval(file, e.e, d), "constant", true);
      case "prop":
        return this.prop(file, e.obj, e.key, d);
      case "obj":
        return { t: "obj", file, props: e.props, via: e.isEnum ? "enum" : "object" };
      case "arr":
        return { t: "arr", file, items: e.items };
      case "typed":
        return relabel(this.eval(file, e.type, d), "union", false);
      case "param": {
        const typed = e.type ? relabel(this.eval(file, e.type, d), "union", false) : UNKNOWN;
        return typed.t === "unknown" && e.def ? this.eval(file, e.def, d) : typed;
      }
      case "keys": {
        const of = this.eval(file, e.of, d);
        if (of.t !== "obj") return UNKNOWN;
        return strs(Object.keys(of.props).map((k) => ({ parts: [k], via: "literal" })));
      }
      case "values": {
        const of = this.eval(file, e.of, d);
        if (of.t === "obj") return this.union(of.file, Object.values(of.props), d);
        if (of.t === "arr") return this.union(of.file, of.items, d);
        return of.t === "strs" ? of : UNKNOWN;
      }
      case "items": {
        const of = this.eval(file, e.of, d);
        return of.t === "arr" ? this.union(of.file, of.items, d) : UNKNOWN;
      }
      case "each":
        return iterated(this.each(file, e.of, d));
      case "checker": {
        const need = { file, start: e.start, end: e.end };
        const answer = this.answers.get(checkerKey(need));
        if (answer === void 0) return { t: "unknown", checker: need };
        if (answer === null || answer.length === 0) return UNKNOWN;
        return strs(answer.map((v) => ({ parts: [v], via: "union" })));
      }
      case "at":
        return this.eval(e.file, e.e, d);
      case "first": {
        let last = UNKNOWN;
        for (const it of e.items) {
          last = this.eval(file, it, d);
          if (last.t !== "unknown") return last;
        }
        return last;
      }
      case "unknown":
        return UNKNOWN;
      default:
        return assertNever(e, "expression");
    }
  }
  /**
   * An element of an iteration over `of`: an array's items (`constant`, or `literal` when the array
   * is written inline), `Object.values`/`Object.keys` of an object (`object`) or enum (`enum`).
   * Every element must resolve: a list with one unknown element stays unresolved, since a read of
   * the unknown one would otherwise pass silently.
   */
  each(file, of, depth) {
    if (of.k === "values" || of.k === "keys") {
      const o = this.eval(file, of.of, depth);
      if (o.t === "obj") {
        const keys = Object.keys(o.props);
        if (keys.length === 0) return UNKNOWN;
        if (of.k === "keys") return strs(keys.map((k) => ({ parts: [k], via: o.via })));
        return relabel(this.every(o.file, Object.values(o.props), depth), o.via, true);
      }
      if (o.t === "arr" && of.k === "values")
        return relabel(this.every(o.file, o.items, depth), "constant", true);
      return o.t === "unknown" ? o : UNKNOWN;
    }
    const v = this.eval(file, of, depth);
    if (v.t === "arr") {
      const all = this.every(v.file, v.items, depth);
      return of.k === "arr" ? all : relabel(all, "constant", true);
    }
    if (v.t === "strs" || v.t === "unknown") return v;
    return UNKNOWN;
  }
  /** The strings of every item, or unknown as soon as one item is not a string. */
  every(file, items, depth) {
    if (items.length === 0) return UNKNOWN;
    const out = [];
    for (const it of items) {
      const v = this.eval(file, it, depth);
      if (v.t !== "strs") return UNKNOWN;
      out.push(...v.items);
    }
    return strs(out);
  }
  union(file, items, depth) {
    const out = [];
    for (const it of items) {
      const v = this.eval(file, it, depth);
      if (v.t === "strs") out.push(...v.items);
    }
    return out.length > 0 ? strs(out) : UNKNOWN;
  }
  ref(file, name, type, depth) {
    const key = `${file}\0${name}\0${type ? "t" : "v"}`;
    if (this.active.has(key)) return UNKNOWN;
    this.active.add(key);
    try {
      return this.refInner(file, name, type, depth);
    } finally {
      this.active.delete(key);
    }
  }
  refInner(file, name, type, depth) {
    const s = this.index.summary(file);
    if (!s) return UNKNOWN;
    if (type) {
      const dot = name.indexOf(".");
      if (dot > 0) {
        const left = name.slice(0, dot);
        const right = name.slice(dot + 1);
        const ns = this.ref(file, left, false, depth);
        if (ns.t === "ns") return this.exported(ns.file, right, true, depth);
        return this.prop(file, { k: "ref", name: left }, { k: "str", v: right }, depth);
      }
      const t = s.types[name];
      if (t) return this.eval(file, t, depth);
    } else {
      const v = s.values[name];
      if (v) return relabel(this.eval(file, v, depth), "constant", true);
    }
    const imp = s.imports[name];
    if (!imp) {
      const global = this.globalDeclaration(file, name.split(".")[0] ?? name);
      return global !== void 0 ? this.ref(global, name, type, depth) : UNKNOWN;
    }
    const target = this.index.resolveModule(file, imp.from);
    if (target === void 0) return UNKNOWN;
    if (imp.name === "*") return { t: "ns", file: target };
    const r = this.exported(target, imp.name, type, depth);
    if (r.t === "unknown" && imp.name === "default" && this.index.summary(target)) {
      const ex = this.resolveExport(target, "default");
      if (!ex) return { t: "ns", file: target };
    }
    return r.t === "strs" ? relabel(r, "constant", true) : r;
  }
  /** The script file (not `file` itself) declaring `name` as a global, if any. */
  globalDeclaration(file, name) {
    for (const candidate of this.index.globalCandidates?.(name) ?? []) {
      if (candidate === file) continue;
      const s = this.index.summary(candidate);
      if (s && isScript(s)) return candidate;
    }
    return void 0;
  }
  exported(file, name, type, depth) {
    const target = this.resolveExport(file, name);
    if (!target) return UNKNOWN;
    if ("ns" in target) return { t: "ns", file: target.ns };
    return this.ref(target.file, target.local, type, depth);
  }
  /** Where `name` exported from `file` is declared, following re-exports and barrels. */
  resolveExport(file, name, seen = /* @__PURE__ */ new Set()) {
    const key = `${file}\0${name}`;
    if (seen.has(key)) return void 0;
    seen.add(key);
    const s = this.index.summary(file);
    if (!s) return void 0;
    const local = s.exports[name];
    if (local !== void 0) {
      const imp = s.imports[local];
      if (imp && !(local in s.values) && !(local in s.types)) {
        const target = this.index.resolveModule(file, imp.from);
        if (target === void 0) return void 0;
        return imp.name === "*" ? { ns: target } : this.resolveExport(target, imp.name, seen);
      }
      return { file, local };
    }
    for (const re of s.reexports) {
      if (!re.names || !(name in re.names)) continue;
      const target = this.index.resolveModule(file, re.from);
      const imported = re.names[name];
      if (target === void 0 || imported === void 0) return void 0;
      return imported === "*" ? { ns: target } : this.resolveExport(target, imported, seen);
    }
    for (const re of s.reexports) {
      if (re.names || name === "default") continue;
      const target = this.index.resolveModule(file, re.from);
      const hit = target === void 0 ? void 0 : this.resolveExport(target, name, seen);
      if (hit) return hit;
    }
    return void 0;
  }
  prop(file, objE, keyE, depth) {
    const obj = this.eval(file, objE, depth);
    if (obj.t === "unknown" || obj.t === "strs") return obj.t === "unknown" ? obj : UNKNOWN;
    const key = this.eval(file, keyE, depth);
    if (key.t !== "strs" || key.items.some((p) => p.parts.includes(null))) {
      if (obj.t !== "obj") return UNKNOWN;
      const all = this.every(obj.file, Object.values(obj.props), depth);
      return all.t === "strs" && all.items.every((p) => !p.parts.includes(null)) ? relabel(all, "union", false) : UNKNOWN;
    }
    const out = [];
    for (const p of key.items) {
      const k = p.parts.join("");
      let v = UNKNOWN;
      if (obj.t === "obj") {
        const pe = Object.prototype.hasOwnProperty.call(obj.props, k) ? obj.props[k] : void 0;
        if (pe) v = relabel(this.eval(obj.file, pe, depth), obj.via, true);
      } else if (obj.t === "ns") {
        v = this.exported(obj.file, k, false, depth);
      } else if (/^\d+$/.test(k)) {
        const item = obj.items[Number(k)];
        if (item) v = this.eval(obj.file, item, depth);
      }
      if (v.t === "strs") {
        out.push(
          ...p.via === "union" ? v.items.map((x) => ({ parts: x.parts, via: "union" })) : v.items
        );
      } else if (key.items.length === 1) return v;
    }
    return out.length > 0 ? strs(out) : UNKNOWN;
  }
};
function isScript(s) {
  return Object.keys(s.imports).length === 0 && Object.keys(s.exports).length === 0 && s.reexports.length === 0;
}

// src/flags/scanner/components.ts
var COMPONENT_RE = /\.(?:vue|svelte|astro)$/;
var SCRIPT_RE = /(<script\b(?:[^>"']|"[^"]*"|'[^']*')*>)([\s\S]*?)<\/script\s*>/gi;
var FRONTMATTER_RE = /^(\uFEFF?\s*---[ \t]*\r?\n)([\s\S]*?)^---[ \t]*$/m;
var blank = (s) => s.replace(/[^\r\n]/g, " ");
function splitComponent(path, text) {
  const code = [];
  const front = path.endsWith(".astro") ? FRONTMATTER_RE.exec(text) : null;
  if (front && front.index === 0) {
    const start = (front[1] ?? "").length;
    code.push([start, start + (front[2] ?? "").length]);
  }
  for (const m of text.matchAll(SCRIPT_RE)) {
    const start = (m.index ?? 0) + (m[1] ?? "").length;
    if (code.some(([s, e]) => start >= s && start < e)) continue;
    code.push([start, start + (m[2] ?? "").length]);
  }
  let script = "";
  let markup = "";
  let at = 0;
  for (const [start, end] of code) {
    const before = text.slice(at, start);
    const body = text.slice(start, end);
    script += blank(before) + body;
    markup += before + blank(body);
    at = end;
  }
  const rest = text.slice(at);
  return { script: script + blank(rest), markup: markup + rest };
}

export {
  assertNever,
  checkerKey,
  Evaluator,
  COMPONENT_RE,
  splitComponent
};
