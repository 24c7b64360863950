/**
 * The per-file summary a parse produces: plain, structured-cloneable data, so a worker can
 * build it and the main thread can resolve keys across files without any AST.
 *
 * `Expr` is a small symbolic form of "what string could this be". Bindings local to a function
 * are inlined while parsing; top-level and imported bindings stay `ref`s that the resolver
 * follows through the module index.
 */
export type Expr =
  | { k: 'str'; v: string }
  /** Template literal (`tpl`) or `+` concatenation. */
  | { k: 'cat'; parts: Expr[]; tpl: boolean }
  /** Alternatives: a union type or the branches of `c ? a : b`. */
  | { k: 'alt'; items: Expr[] }
  /** The initializer of a const declared inside a function (inlined, but still a `constant`). */
  | { k: 'const'; e: Expr }
  /** A top-level binding of this file (own declaration or import); `type` looks in the type space. */
  | { k: 'ref'; name: string; type?: boolean }
  /** `obj.key`, `obj['key']`, `obj[k]`. */
  | { k: 'prop'; obj: Expr; key: Expr }
  | { k: 'obj'; props: Record<string, Expr>; isEnum?: boolean }
  | { k: 'arr'; items: Expr[] }
  /**
   * A parameter of function `fn` (index into FileSummary.fns); `type` is its annotation, `def` its
   * default value (what the parameter is when a caller omits it).
   */
  | { k: 'param'; fn: number; index: number; type?: Expr; def?: Expr }
  /** A binding known only by its declared type: every member of a literal union counts. */
  | { k: 'typed'; type: Expr }
  /** `keyof typeof X`, `(typeof X)[keyof typeof X]`, `(typeof X)[number]`. */
  | { k: 'keys'; of: Expr }
  | { k: 'values'; of: Expr }
  | { k: 'items'; of: Expr }
  /**
   * One element of an iteration over `of` (`for (const f of FLAGS)`, `FLAGS.forEach((f) => …)`,
   * `Object.values(Flags).map((f) => …)`): every element counts, or nothing if one is unknown.
   */
  | { k: 'each'; of: Expr }
  /** A type only the type checker can evaluate: the span of its type node in this file. */
  | { k: 'checker'; start: number; end: number }
  /** Resolver-only: the first of `items` that resolves (an SDK's fallback argument position). */
  | { k: 'first'; items: Expr[] }
  /** Resolver-only: evaluate `e` in the context of another file (wrapper argument substitution). */
  | { k: 'at'; file: string; e: Expr }
  | { k: 'unknown' };

export interface ImportBinding {
  /** Module specifier as written. */
  from: string;
  /** Imported name, `default`, or `*` for a namespace import. */
  name: string;
}

export interface ReExport {
  from: string;
  /** exported name → imported name (`*` for `export * as ns`); null for `export * from`. */
  names: Record<string, string> | null;
}

export interface FnInfo {
  /** Name callers use: function or variable name, or method name; null for anonymous functions. */
  name: string | null;
  /** Class or object-literal variable holding the method, when `method`. */
  owner: string | null;
  /** The owner is a class (callers are instances), not an object literal (callers name it). */
  ownerIsClass?: boolean;
  method: boolean;
}

export interface Site {
  form: 'call' | 'jsx' | 'member' | 'symbol';
  /** call: callee's last name; jsx: tag's last name; member: the root (`featureToggles`, `useFlags`). */
  name: string;
  /** call: receiver chain text (`client`, `this.gb`), null for a bare call; jsx: the attribute name. */
  receiver: string | null;
  /**
   * call: the local identifier of a bare callee (differs from `name` for `import { a as b }`);
   * symbol: the identifier the registry is reached through (itself, or a namespace import).
   */
  ident: string | null;
  /** call: the class of a receiver that is `new X()` or a const holding one (`X` as written). */
  receiverClass?: string;
  /** call on `this`: the name of the class the call is written in. */
  thisClass?: string;
  /** member: whether the root is an objectFrom call (or a variable holding its result). */
  objectFrom?: boolean;
  /** call: arguments; jsx: the attribute value; member: the property. */
  args: Expr[];
  argTexts: string[];
  /** 1-based line and column of each argument (of the call itself when there is none). */
  argLocs: Array<[number, number]>;
  line: number;
  column: number;
}

export interface Hint {
  keys: Array<{ key: string; line: number; column: number }>;
  line: number;
  /** The comment stands on its own line, so it also covers the line below. */
  ownLine: boolean;
}

export interface FileSummary {
  path: string;
  imports: Record<string, ImportBinding>;
  /** exported name → local name. */
  exports: Record<string, string>;
  reexports: ReExport[];
  /** Top-level value bindings worth resolving (consts, enums, objects, arrays). */
  values: Record<string, Expr>;
  /** Top-level type aliases and enums used as types. */
  types: Record<string, Expr>;
  fns: FnInfo[];
  sites: Site[];
  hints: Hint[];
  /**
   * Top-level functions this file defines with a body (`function f() {…}`, `const f = () => …`):
   * the project's own, not an SDK function it declares (`declare function`) or re-exports.
   */
  definedFns?: string[];
  /** Names of bare callees whose every call is in `sites` (imports, top-level functions). */
  recordedCallees?: string[];
  /** Set when the file could not be analysed (a scanner bug): the message, never thrown. */
  error?: string;
  /** The first syntax error (1-based): the parser recovered, but reads near it may be missed. */
  syntaxError?: { line: number; column: number; message: string };
}

/** What a parse looks for: names are plain strings so the spec can cross a thread boundary. */
export interface ExtractSpec {
  callNames: string[];
  /** [element name, attribute] pairs. */
  jsx: Array<[string, string]>;
  /** Member roots as written (`featureToggles`, `config.features`). */
  memberRoots: string[];
  objectFromNames: string[];
  /** [higher-order component, prop it injects]: in a file importing it, that prop holds the flags. */
  injectedProps?: Array<[string, string]>;
  /** Export names of registries declared in code (`Flags`, `FLAGS`). */
  symbolRoots: string[];
}
