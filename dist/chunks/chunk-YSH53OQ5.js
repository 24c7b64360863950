import { createRequire as __osCreateRequire } from 'node:module'; import { fileURLToPath as __osFileURLToPath } from 'node:url'; const require = __osCreateRequire(import.meta.url); const __filename = __osFileURLToPath(import.meta.url); const __dirname = __osFileURLToPath(new URL('.', import.meta.url));
import {
  ImportGraph,
  RegistryScope
} from "./chunk-7PP2AFJB.js";
import {
  DOCS_RULES,
  DOC_RULE_TABLE,
  analyzeBatch,
  analyzeDocument,
  anchorsOf,
  compilePhrases,
  docRuleId,
  finishDocument,
  fromMarkdown,
  frontmatter,
  frontmatterFromMarkdown,
  headingPattern,
  htmlComments,
  normalizeText,
  parseFrontMatterYaml,
  parseMarkdown,
  require_dist,
  splitPlaceholders,
  startOf,
  textOf,
  toFinding,
  walk
} from "./chunk-2YFYT6M6.js";
import {
  runOnWorker,
  startWorkerPool
} from "./chunk-TSBTLUNY.js";
import {
  METADATA_TAGS,
  MS_PER_DAY,
  checkFlagMetadata,
  epochDay,
  epochDayOf,
  flags_schema_default,
  isoFromDate,
  isoFromEpochDay,
  lifetimePolicy,
  ownerProblem,
  require_mod,
  startOfDayMs,
  suggest
} from "./chunk-Z2P7ZLPF.js";
import {
  ACCESSOR_SCHEMAS,
  FORMS,
  FORM_BY_ID
} from "./chunk-DNYIRCS2.js";
import {
  prefilter
} from "./chunk-WEBCDPUX.js";
import {
  Evaluator,
  assertNever,
  checkerKey
} from "./chunk-BT4ESLHN.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-S2JO3YRI.js";

// node_modules/isbinaryfile/lib/index.js
var require_lib = __commonJS({
  "node_modules/isbinaryfile/lib/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isBinaryFileSync = exports.isBinaryFile = void 0;
    var fs = __require("fs");
    var util_1 = __require("util");
    var statAsync = (0, util_1.promisify)(fs.stat);
    var openAsync = (0, util_1.promisify)(fs.open);
    var closeAsync = (0, util_1.promisify)(fs.close);
    var MAX_BYTES = 512;
    var UTF8_BOUNDARY_RESERVE = 3;
    var Reader2 = class {
      fileBuffer;
      size;
      offset;
      error;
      constructor(fileBuffer, size) {
        this.fileBuffer = fileBuffer;
        this.size = size;
        this.offset = 0;
        this.error = false;
      }
      hasError() {
        return this.error;
      }
      nextByte() {
        if (this.offset === this.size || this.hasError()) {
          this.error = true;
          return 255;
        }
        return this.fileBuffer[this.offset++];
      }
      next(len) {
        const n = new Array();
        for (let i = 0; i < len; i++) {
          if (this.error) {
            return n;
          }
          n[i] = this.nextByte();
        }
        return n;
      }
    };
    function readProtoVarInt(reader) {
      let idx = 0;
      let varInt = 0;
      while (!reader.hasError()) {
        const b = reader.nextByte();
        varInt = varInt | (b & 127) << 7 * idx;
        if ((b & 128) === 0) {
          break;
        }
        if (idx >= 10) {
          reader.error = true;
          break;
        }
        idx++;
      }
      return varInt;
    }
    function readProtoMessage(reader) {
      const varInt = readProtoVarInt(reader);
      const wireType = varInt & 7;
      switch (wireType) {
        case 0:
          readProtoVarInt(reader);
          return true;
        case 1:
          reader.next(8);
          return true;
        case 2:
          const len = readProtoVarInt(reader);
          reader.next(len);
          return true;
        case 5:
          reader.next(4);
          return true;
      }
      return false;
    }
    function isBinaryProto(fileBuffer, totalBytes) {
      const reader = new Reader2(fileBuffer, totalBytes);
      let numMessages = 0;
      while (true) {
        if (!readProtoMessage(reader) && !reader.hasError()) {
          return false;
        }
        if (reader.hasError()) {
          break;
        }
        numMessages++;
      }
      return numMessages > 0;
    }
    async function isBinaryFile2(file, size) {
      if (isString(file)) {
        const stat = await statAsync(file);
        isStatFile(stat);
        const fileDescriptor = await openAsync(file, "r");
        const allocBuffer = Buffer.alloc(MAX_BYTES + UTF8_BOUNDARY_RESERVE);
        return new Promise((fulfill, reject) => {
          fs.read(fileDescriptor, allocBuffer, 0, MAX_BYTES + UTF8_BOUNDARY_RESERVE, 0, (err, bytesRead, _) => {
            closeAsync(fileDescriptor);
            if (err) {
              reject(err);
            } else {
              try {
                fulfill(isBinaryCheck(allocBuffer, bytesRead));
              } catch (error) {
                reject(error);
              }
            }
          });
        });
      } else {
        if (size === void 0) {
          size = file.length;
        }
        return isBinaryCheck(file, size);
      }
    }
    exports.isBinaryFile = isBinaryFile2;
    function isBinaryFileSync(file, size) {
      if (isString(file)) {
        const stat = fs.statSync(file);
        isStatFile(stat);
        const fileDescriptor = fs.openSync(file, "r");
        const allocBuffer = Buffer.alloc(MAX_BYTES + UTF8_BOUNDARY_RESERVE);
        const bytesRead = fs.readSync(fileDescriptor, allocBuffer, 0, MAX_BYTES + UTF8_BOUNDARY_RESERVE, 0);
        fs.closeSync(fileDescriptor);
        return isBinaryCheck(allocBuffer, bytesRead);
      } else {
        if (size === void 0) {
          size = file.length;
        }
        return isBinaryCheck(file, size);
      }
    }
    exports.isBinaryFileSync = isBinaryFileSync;
    function isBinaryCheck(fileBuffer, bytesRead) {
      if (bytesRead === 0) {
        return false;
      }
      let suspiciousBytes = 0;
      const totalBytes = Math.min(bytesRead, MAX_BYTES + UTF8_BOUNDARY_RESERVE);
      const scanBytes = Math.min(totalBytes, MAX_BYTES);
      if (bytesRead >= 3 && fileBuffer[0] === 239 && fileBuffer[1] === 187 && fileBuffer[2] === 191) {
        return false;
      }
      if (bytesRead >= 4 && fileBuffer[0] === 0 && fileBuffer[1] === 0 && fileBuffer[2] === 254 && fileBuffer[3] === 255) {
        return false;
      }
      if (bytesRead >= 4 && fileBuffer[0] === 255 && fileBuffer[1] === 254 && fileBuffer[2] === 0 && fileBuffer[3] === 0) {
        return false;
      }
      if (bytesRead >= 4 && fileBuffer[0] === 132 && fileBuffer[1] === 49 && fileBuffer[2] === 149 && fileBuffer[3] === 51) {
        return false;
      }
      if (totalBytes >= 5 && fileBuffer.slice(0, 5).toString() === "%PDF-") {
        return true;
      }
      if (bytesRead >= 2 && fileBuffer[0] === 254 && fileBuffer[1] === 255) {
        return false;
      }
      if (bytesRead >= 2 && fileBuffer[0] === 255 && fileBuffer[1] === 254) {
        return false;
      }
      for (let i = 0; i < scanBytes; i++) {
        if (fileBuffer[i] === 0) {
          return true;
        } else if ((fileBuffer[i] < 7 || fileBuffer[i] > 14) && (fileBuffer[i] < 32 || fileBuffer[i] > 127)) {
          if (fileBuffer[i] >= 192 && fileBuffer[i] <= 223 && i + 1 < totalBytes) {
            i++;
            if (fileBuffer[i] >= 128 && fileBuffer[i] <= 191) {
              continue;
            }
          } else if (fileBuffer[i] >= 224 && fileBuffer[i] <= 239 && i + 2 < totalBytes) {
            i++;
            if (fileBuffer[i] >= 128 && fileBuffer[i] <= 191 && fileBuffer[i + 1] >= 128 && fileBuffer[i + 1] <= 191) {
              i++;
              continue;
            }
          } else if (fileBuffer[i] >= 240 && fileBuffer[i] <= 247 && i + 3 < totalBytes) {
            i++;
            if (fileBuffer[i] >= 128 && fileBuffer[i] <= 191 && fileBuffer[i + 1] >= 128 && fileBuffer[i + 1] <= 191 && fileBuffer[i + 2] >= 128 && fileBuffer[i + 2] <= 191) {
              i += 2;
              continue;
            }
          }
          suspiciousBytes++;
          if (i >= 32 && suspiciousBytes * 100 / scanBytes > 10) {
            return true;
          }
        }
      }
      if (suspiciousBytes * 100 / scanBytes > 10) {
        return true;
      }
      if (suspiciousBytes > 1 && isBinaryProto(fileBuffer, scanBytes)) {
        return true;
      }
      return false;
    }
    function isString(x) {
      return typeof x === "string";
    }
    function isStatFile(stat) {
      if (!stat.isFile()) {
        throw new Error(`Path provided was not a file!`);
      }
    }
  }
});

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code2) {
        super();
        this._items = typeof code2 === "string" ? [code2] : code2;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code2 = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code2, args[i]);
        code2.push(strs[++i]);
      }
      return new _Code(code2);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str2(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str2;
    function addCodeArg(code2, arg) {
      if (arg instanceof _Code)
        code2.push(...arg._items);
      else if (arg instanceof Name)
        code2.push(arg);
      else
        code2.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str2`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name2) {
        super(`CodeGen: "code" for ${name2} not defined`);
        this.value = name2.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix2) {
        return new code_1.Name(this._newName(prefix2));
      }
      _newName(prefix2) {
        const ng = this._names[prefix2] || this._nameGroup(prefix2);
        return `${prefix2}${ng.index++}`;
      }
      _nameGroup(prefix2) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix2)) || this._prefixes && !this._prefixes.has(prefix2)) {
          throw new Error(`CodeGen: prefix "${prefix2}" is not allowed in this scope`);
        }
        return this._names[prefix2] = { prefix: prefix2, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix2, nameStr) {
        super(nameStr);
        this.prefix = prefix2;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix2) {
        return new ValueScopeName(prefix2, this._newName(prefix2));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name2 = this.toName(nameOrPrefix);
        const { prefix: prefix2 } = name2;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix2];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix2] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name2);
        const s = this._scope[prefix2] || (this._scope[prefix2] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name2.setValue(value, { property: prefix2, itemIndex });
        return name2;
      }
      getValue(prefix2, keyOrRef) {
        const vs = this._values[prefix2];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name2) => {
          if (name2.scopePath === void 0)
            throw new Error(`CodeGen: name "${name2}" has no value`);
          return (0, code_1._)`${scopeName}${name2.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name2) => {
          if (name2.value === void 0)
            throw new Error(`CodeGen: name "${name2}" has no value`);
          return name2.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code2 = code_1.nil;
        for (const prefix2 in values) {
          const vs = values[prefix2];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix2] = usedValues[prefix2] || /* @__PURE__ */ new Map();
          vs.forEach((name2) => {
            if (nameSet.has(name2))
              return;
            nameSet.set(name2, UsedValueState.Started);
            let c = valueCode(name2);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code2 = (0, code_1._)`${code2}${def} ${name2} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name2)) {
              code2 = (0, code_1._)`${code2}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name2);
            }
            nameSet.set(name2, UsedValueState.Completed);
          });
        }
        return code2;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node2 = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node2 {
      constructor(varKind, name2, rhs) {
        super();
        this.varKind = varKind;
        this.name = name2;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node2 {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node2 {
      constructor(label2) {
        super();
        this.label = label2;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node2 {
      constructor(label2) {
        super();
        this.label = label2;
        this.names = {};
      }
      render({ _n }) {
        const label2 = this.label ? ` ${this.label}` : "";
        return `break${label2};` + _n;
      }
    };
    var Throw = class extends Node2 {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node2 {
      constructor(code2) {
        super();
        this.code = code2;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node2 {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code2, n) => code2 + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code2 = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code2 += "else " + this.else.render(opts);
        return code2;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name2, from, to) {
        super();
        this.varKind = varKind;
        this.name = name2;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name: name2, from, to } = this;
        return `for(${varKind} ${name2}=${from}; ${name2}<${to}; ${name2}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name2, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name2;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name2, args, async) {
        super();
        this.name = name2;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code2 = "try" + super.render(opts);
        if (this.catch)
          code2 += this.catch.render(opts);
        if (this.finally)
          code2 += this.finally.render(opts);
        return code2;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix2) {
        return this._scope.name(prefix2);
      }
      // reserves unique name in the external scope
      scopeName(prefix2) {
        return this._extScope.name(prefix2);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name2 = this._extScope.value(prefixOrName, value);
        const vs = this._values[name2.prefix] || (this._values[name2.prefix] = /* @__PURE__ */ new Set());
        vs.add(name2);
        return name2;
      }
      getScopeValue(prefix2, keyOrRef) {
        return this._extScope.getValue(prefix2, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name2 = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name2.str] = rhs;
        this._leafNode(new Def(varKind, name2, rhs));
        return name2;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code2 = ["{"];
        for (const [key, value] of keyValues) {
          if (code2.length > 1)
            code2.push(",");
          code2.push(key);
          if (key !== value || this.opts.es5) {
            code2.push(":");
            (0, code_1.addCodeArg)(code2, value);
          }
        }
        code2.push("}");
        return new code_1._Code(code2);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name2 = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name2, from, to), () => forBody(name2));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name2 = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name2, (0, code_1._)`${arr}[${i}]`);
            forBody(name2);
          });
        }
        return this._for(new ForIter("of", varKind, name2, iterable), () => forBody(name2));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name2 = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name2, obj), () => forBody(name2));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label2) {
        return this._leafNode(new Label(label2));
      }
      // `break` statement
      break(label2) {
        return this._leafNode(new Break(label2));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name2, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name2, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema3) {
      if (typeof schema3 == "boolean")
        return schema3;
      if (Object.keys(schema3).length === 0)
        return true;
      checkUnknownRules(it, schema3);
      return !schemaHasRules(schema3, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema3 = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema3 === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema3) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema3, rules) {
      if (typeof schema3 == "boolean")
        return !schema3;
      for (const key in schema3)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema3, RULES) {
      if (typeof schema3 == "boolean")
        return !schema3;
      for (const key in schema3)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema3, keyword, $data) {
      if (!$data) {
        if (typeof schema3 == "number" || typeof schema3 == "boolean")
          return schema3;
        if (typeof schema3 == "string")
          return (0, codegen_1._)`${schema3}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str2) {
      return unescapeJsonPointer(decodeURIComponent(str2));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str2) {
      return encodeURIComponent(escapeJsonPointer(str2));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str2) {
      if (typeof str2 == "number")
        return `${str2}`;
      return str2.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str2) {
      return str2.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema: schema3, validateName } = it;
      if (schema3 === false) {
        falseSchemaError(it, false);
      } else if (typeof schema3 == "object" && schema3.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema: schema3 } = it;
      if (schema3 === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema: schema3, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema3, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema3, group) {
      return group.rules.some((rule5) => shouldUseRule(schema3, rule5));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema3, rule5) {
      var _a;
      return schema3[rule5.keyword] !== void 0 || ((_a = rule5.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema3[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema3) {
      const types = getJSONTypes(schema3.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema3.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema3.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema3.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema: schema3 }) => `must be ${schema3}`,
      params: ({ schema: schema3, schemaValue }) => typeof schema3 == "string" ? (0, codegen_1._)`{type: ${schema3}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema: schema3 } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema3, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema3.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema3,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop2, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop2)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop2) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop2, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop2}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop2) => (0, codegen_1.and)(noPropertyInData(gen, data, prop2, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop2}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema: schema3, keyword, it } = cxt;
      if (!Array.isArray(schema3))
        throw new Error("ajv implementation error");
      const alwaysValid = schema3.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema3.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema: schema3, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema3, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema: schema3, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema3, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema3, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema3) : st === "object" ? schema3 && typeof schema3 == "object" && !Array.isArray(schema3) : typeof schema3 == st || allowUndefined && typeof schema3 == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema: schema3, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema3, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema3[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema: schema3, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema3 !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema3 !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema: schema3,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema3, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema3, "", schema3);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema3, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema3 && typeof schema3 == "object" && !Array.isArray(schema3)) {
        pre(schema3, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema3) {
          var sch = schema3[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema3, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop2 in sch)
                _traverse(opts, pre, post, sch[prop2], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop2), rootSchema, jsonPtr, key, schema3, prop2);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema3);
          }
        }
        post(schema3, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str2) {
      return str2.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema3, limit = true) {
      if (typeof schema3 == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema3);
      if (!limit)
        return false;
      return countKeys(schema3) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema3) {
      for (const key in schema3) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema3[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema3) {
      let count = 0;
      for (const key in schema3) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema3[key] == "object") {
          (0, util_1.eachItem)(schema3[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize3) {
      if (normalize3 !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema3, baseId) {
      if (typeof schema3 == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema3[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema3, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema: schema3, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema3, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema3, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema: schema3, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema3.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema3, opts) {
      const schId = typeof schema3 == "object" && schema3[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema: schema3, self }) {
      if (typeof schema3 == "boolean")
        return !schema3;
      for (const key in schema3)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema: schema3, gen, opts } = it;
      if (opts.$comment && schema3.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema: schema3, errSchemaPath, opts, self } = it;
      if (schema3.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema3, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema: schema3, opts } = it;
      if (schema3.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema: schema3, errSchemaPath, opts }) {
      const msg = schema3.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema: schema3, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema3.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema3, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema3, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema: schema3, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule5 of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema3, rule5)) {
            keywordCode(it, rule5.keyword, rule5.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule5 = rules[keyword];
        if (typeof rule5 == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule5)) {
          const { type } = rule5.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches2 = RELATIVE_JSON_POINTER.exec($data);
        if (!matches2)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches2[1];
        jsonPointer = matches2[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema3;
        if (typeof env.schema == "object")
          schema3 = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema3 === null || schema3 === void 0 ? void 0 : schema3[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema3 === null || schema3 === void 0 ? void 0 : schema3.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve.call(this, root, ref);
      if (_sch === void 0) {
        const schema3 = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema3)
          _sch = new SchemaEnv({ schema: schema3, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema: schema3 } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema3[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema: schema3, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema: schema3, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema3 === "boolean")
          return;
        const partSchema = schema3[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema3 = partSchema;
        const schId = typeof schema3 === "object" && schema3[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema3 != "boolean" && schema3.$ref && !(0, util_1.schemaHasRulesButRef)(schema3, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema3.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema: schema3, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code2 = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code2 = input[i].charCodeAt(0);
        if (code2 === 48) {
          continue;
        }
        if (!(code2 >= 48 && code2 <= 57 || code2 >= 65 && code2 <= 70 || code2 >= 97 && code2 <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code2 = input[i].charCodeAt(0);
        if (!(code2 >= 48 && code2 <= 57 || code2 >= 65 && code2 <= 70 || code2 >= 97 && code2 <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str2, token) {
      let ind = 0;
      for (let i = 0; i < str2.length; i++) {
        if (str2[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path2) {
      let input = path2;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path2) {
      if (path2 === "" || path2[0] === "/") {
        return removeDotSegments(path2);
      }
      const segments = path2.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code2 = input.charCodeAt(i);
          if (code2 < 128) {
            output += isEscapeSafe(code2) ? ch : BYTE_HEX[code2];
          } else if (code2 < 55296 || code2 > 57343) {
            output += percentEncodeNonAscii(code2);
          } else if (code2 <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code2 - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code2 = input.charCodeAt(i);
          if (code2 < 128) {
            output += BYTE_HEX[code2];
          } else if (code2 < 55296 || code2 > 57343) {
            output += percentEncodeNonAscii(code2);
          } else if (code2 <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code2 - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code2 = input.charCodeAt(i);
          if (code2 < 128) {
            output += BYTE_HEX[code2];
          } else if (code2 < 55296 || code2 > 57343) {
            output += percentEncodeNonAscii(code2);
          } else if (code2 <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code2 - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code2 = input.charCodeAt(i);
          if (code2 < 128) {
            output += isEscapeSafe(code2) ? ch : BYTE_HEX[code2];
          } else if (code2 < 55296 || code2 > 57343) {
            output += percentEncodeNonAscii(code2);
          } else if (code2 <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code2 - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name2) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name2
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path2 = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path2 && path2 !== "/" ? path2 : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches2 = urnComponent.path.match(URN_REG);
      if (matches2 && matches2[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches2[1].toLowerCase();
        urnComponent.nss = matches2[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize3(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse(serialize(base, options), options);
        relative = parse(serialize(relative, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative.scheme) {
        target.scheme = relative.scheme;
        target.userinfo = relative.userinfo;
        target.host = relative.host;
        target.port = relative.port;
        target.path = removeDotSegments(relative.path || "");
        target.query = relative.query;
      } else {
        if (relative.userinfo !== void 0 || relative.host !== void 0 || relative.port !== void 0) {
          target.userinfo = relative.userinfo;
          target.host = relative.host;
          target.port = relative.port;
          target.path = removeDotSegments(relative.path || "");
          target.query = relative.query;
        } else {
          if (!relative.path) {
            target.path = base.path;
            if (relative.query !== void 0) {
              target.query = relative.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative.path[0] === "/") {
              target.path = removeDotSegments(relative.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative.path;
              } else if (!base.path) {
                target.path = relative.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches2) {
      if (matches2[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches2) {
      const host = matches2[4];
      return hasMalformedPercentEncoding(matches2[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches2[6]) || hasMalformedPercentEncoding(matches2[7]) || hasMalformedPercentEncoding(matches2[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches2 = uri.match(URI_PARSE);
      if (matches2) {
        parsed.scheme = matches2[1];
        parsed.userinfo = matches2[3];
        parsed.host = matches2[4];
        parsed.port = parseInt(matches2[5], 10);
        parsed.path = matches2[6] || "";
        parsed.query = matches2[7];
        parsed.fragment = matches2[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches2);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches2[5];
        }
        const parseError = getParseError(parsed, matches2);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize: normalize3,
      resolve,
      resolveComponent,
      equal,
      serialize,
      parse
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str2, flags) => new RegExp(str2, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv4 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema3, _meta) {
        const sch = this._addSchema(schema3, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema3, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema3, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema3, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema3)) {
          for (const sch of schema3)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema3 === "object") {
          const { schemaId } = this.opts;
          id = schema3[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema3, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema3, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema3, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema3, throwOrLogError) {
        if (typeof schema3 == "boolean")
          return true;
        let $schema;
        $schema = schema3.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema3);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule5 = this.RULES.all[keyword];
        return typeof rule5 == "object" ? rule5.definition : !!rule5;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule5) => rule5.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name2, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name2] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule5 = rules[key];
            if (typeof rule5 != "object")
              continue;
            const { $data } = rule5.definition;
            const schema3 = keywords[key];
            if ($data && schema3)
              keywords[key] = schemaOrData(schema3);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema3, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema3 == "object") {
          id = schema3[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema3 != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema3);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema3, baseId);
        sch = new compile_1.SchemaEnv({ schema: schema3, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema3, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv4.ValidationError = validation_error_1.default;
    Ajv4.MissingRefError = ref_error_1.default;
    exports.default = Ajv4;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name2 in this.opts.formats) {
        const format = this.opts.formats[name2];
        if (format)
          this.addFormat(name2, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule5 = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule5, definition.before);
      else
        ruleGroup.rules.push(rule5);
      RULES.all[keyword] = rule5;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule5, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule5);
      } else {
        ruleGroup.rules.push(rule5);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema3) {
      return { anyOf: [schema3, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str2) {
      const len = str2.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str2.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str2.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema: schema3, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema3);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema: schema3, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema3.length === 0)
          return;
        const useLoop = schema3.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema3) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop2 of schema3) {
              (0, code_1.checkReportMissingProp)(cxt, prop2);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema3, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop2) => {
            cxt.setParams({ missingProperty: prop2 });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop2, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema: schema3, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema3)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema: schema3 } = cxt;
        if ($data || schema3 && typeof schema3 == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema3} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema: schema3, schemaCode, it } = cxt;
        if (!$data && schema3.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema3.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema3))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema3.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema3[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema: schema3, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema3 === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema3 == "object" && !(0, util_1.alwaysValidSchema)(it, schema3)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema: schema3, it } = cxt;
        if (Array.isArray(schema3))
          return validateTuple(cxt, "additionalItems", schema3);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema3))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema: schema3, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema3))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema: schema3, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema3)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema: schema3 }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema3) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema3[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema3[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop2 in propertyDeps) {
        const deps = propertyDeps[prop2];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop2, it.opts.ownProperties);
        cxt.setParams({
          property: prop2,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop2 in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop2]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop2, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop2 }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema: schema3, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema3))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema: schema3, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema3))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema3 === false) {
            deleteAdditional(key);
            return;
          }
          if (schema3 === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema3 == "object" && !(0, util_1.alwaysValidSchema)(it, schema3)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema: schema3, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema3);
        for (const prop2 of allProps) {
          it.definedProperties.add(prop2);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema3[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop2 of properties) {
          if (hasDefault(prop2)) {
            applyPropertySchema(prop2);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop2, it.opts.ownProperties));
            applyPropertySchema(prop2);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop2);
          cxt.ok(valid);
        }
        function hasDefault(prop2) {
          return it.opts.useDefaults && !it.compositeRule && schema3[prop2].default !== void 0;
        }
        function applyPropertySchema(prop2) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop2,
            dataProp: prop2
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema: schema3, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema3);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema3[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop2 in checkProperties) {
            if (new RegExp(pat).test(prop2)) {
              (0, util_1.checkStrictMode)(it, `property ${prop2} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema: schema3, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema3)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema: schema3, parentSchema, it } = cxt;
        if (!Array.isArray(schema3))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema3;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema: schema3, it } = cxt;
        if (!Array.isArray(schema3))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema3.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema3 = it.schema[keyword];
      return schema3 !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema3);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema: schema3, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema3];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema3}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code2 = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema3)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema3, ref: fmtDef, code: code2 });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema: schema3, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema3.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema3.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv4 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv4;
    module.exports = exports = Ajv4;
    module.exports.Ajv = Ajv4;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv4;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports, module) {
    var p = process || {};
    var argv = p.argv || [];
    var env = p.env || {};
    var isColorSupported = !(!!env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI);
    var formatter2 = (open, close, replace = open) => (input) => {
      let string = "" + input, index = string.indexOf(close, open.length);
      return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close;
    };
    var replaceClose = (string, close, replace, index) => {
      let result = "", cursor = 0;
      do {
        result += string.substring(cursor, index) + replace;
        cursor = index + close.length;
        index = string.indexOf(close, cursor);
      } while (~index);
      return result + string.substring(cursor);
    };
    var createColors = (enabled = isColorSupported) => {
      let f = enabled ? formatter2 : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module.exports = createColors();
    module.exports.createColors = createColors;
  }
});

// src/github/request-budget.ts
var DEFAULT_REQUEST_BUDGET_MS = 3e4;
var DEFAULT_SLOW_MS = 5e3;
function requestBudget(options = {}) {
  const budgetMs = options.budgetMs ?? DEFAULT_REQUEST_BUDGET_MS;
  const slowMs = options.slowMs ?? DEFAULT_SLOW_MS;
  return (octokit) => {
    let exhausted;
    octokit.hook.wrap("request", async (request, route) => {
      const what = `${route.method} ${route.url}`;
      if (exhausted && !concludesCheckRun(route)) throw exhausted;
      const slow = setTimeout(
        () => octokit.log.warn(
          `still waiting for GitHub to answer ${what} (${Math.round(slowMs / 1e3)} s so far, retries included); giving up after ${Math.round(budgetMs / 1e3)} s`
        ),
        slowMs
      );
      let timer;
      const abort = new AbortController();
      const callerSignal = route.request?.signal;
      route.request = {
        ...route.request,
        signal: callerSignal ? AbortSignal.any([callerSignal, abort.signal]) : abort.signal
      };
      const deadline = new Promise((_, reject) => {
        timer = setTimeout(() => {
          exhausted = new Error(
            `GitHub did not answer ${what} within ${Math.round(budgetMs / 1e3)} s (retries included); GitHub may be unreachable or down. Later requests of this run are not attempted.`
          );
          abort.abort(exhausted);
          reject(exhausted);
        }, budgetMs);
      });
      try {
        return await Promise.race([request(route), deadline]);
      } finally {
        clearTimeout(slow);
        clearTimeout(timer);
      }
    });
  };
}
var CHECK_RUN_UPDATE = "/repos/{owner}/{repo}/check-runs/{check_run_id}";
function concludesCheckRun(route) {
  return route.method === "PATCH" && route.url === CHECK_RUN_UPDATE;
}

// src/findings.ts
var SEVERITIES = ["error", "warning", "notice"];
function countFindings(findings) {
  const counts = { errors: 0, warnings: 0, notices: 0 };
  for (const f of findings) {
    if (f.severity === "error") counts.errors++;
    else if (f.severity === "warning") counts.warnings++;
    else counts.notices++;
  }
  return counts;
}
var severityRank = { error: 0, warning: 1, notice: 2 };
function sortFindings(findings) {
  return [...findings].sort(
    (a, b) => (a.file ?? "").localeCompare(b.file ?? "") || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || severityRank[a.severity] - severityRank[b.severity] || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message)
  );
}
function formatLocation(f) {
  if (!f.file) return "";
  if (f.line === void 0) return f.file;
  return f.column === void 0 ? `${f.file}:${f.line}` : `${f.file}:${f.line}:${f.column}`;
}
function shouldFail(findings, failOn) {
  if (failOn === "never") return false;
  const counts = countFindings(findings);
  return counts.errors > 0 || failOn === "warning" && counts.warnings > 0;
}

// src/json.ts
function prop(value, key) {
  return typeof value === "object" && value !== null ? value[key] : void 0;
}
function str(value) {
  return typeof value === "string" ? value : void 0;
}

// src/core/errors.ts
var UserError = class extends Error {
  constructor(message, options) {
    super(message, options?.cause === void 0 ? void 0 : { cause: options.cause });
    this.name = "UserError";
  }
};
var InputError = class extends UserError {
  constructor(message) {
    super(message);
    this.name = "InputError";
  }
};
function httpStatus(err) {
  const status = prop(err, "status");
  return typeof status === "number" ? status : void 0;
}
function describeError(err) {
  const status = httpStatus(err);
  const message = err instanceof Error ? err.message : String(err);
  return status === void 0 ? message : `HTTP ${status}: ${message}`;
}

// src/report/summary.ts
function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}
function formatCounts(counts) {
  return [
    plural(counts.errors, "error", "errors"),
    plural(counts.warnings, "warning", "warnings"),
    plural(counts.notices, "notice", "notices")
  ].join(", ");
}
function severityRank2(severity) {
  const i = SEVERITIES.indexOf(severity);
  return i === -1 ? SEVERITIES.length : i;
}
function positiveInt(n) {
  return n !== void 0 && Number.isInteger(n) && n >= 1 ? n : void 0;
}
function truncateText(text, maxCodePoints) {
  const chars = Array.from(text);
  if (chars.length <= maxCodePoints) return text;
  return `${chars.slice(0, Math.max(0, maxCodePoints - 1)).join("")}\u2026`;
}

// src/repo/diff.ts
var HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
var STATUSES = [
  "added",
  "removed",
  "modified",
  "renamed",
  "copied",
  "changed",
  "unchanged"
];
function parsePatch(patch) {
  const addedLines = /* @__PURE__ */ new Set();
  const hunks = [];
  const lines = patch.split("\n");
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  let current;
  let newLine = 0;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const text = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    const header = HUNK_HEADER.exec(text);
    if (header) {
      if (current) current.hunk.ops = current.ops.join("");
      const oldLeft = header[2] === void 0 ? 1 : Number(header[2]);
      const newLeft = header[4] === void 0 ? 1 : Number(header[4]);
      const oldStart = Number(header[1]) + (oldLeft === 0 ? 1 : 0);
      const newStart = Number(header[3]) + (newLeft === 0 ? 1 : 0);
      current = { hunk: { oldStart, newStart, ops: "" }, ops: [], oldLeft, newLeft };
      hunks.push(current.hunk);
      newLine = newStart;
      continue;
    }
    if (!current) {
      if (/^(diff |index |--- |\+\+\+ |new file|deleted file|similarity|rename |old mode|new mode)/.test(
        text
      ))
        continue;
      return {
        ok: false,
        problem: `line ${i + 1} of the patch is outside any hunk: ${preview(text)}`
      };
    }
    const op = text[0];
    if (op === "\\") continue;
    if (op === "+") {
      addedLines.add(newLine);
      newLine++;
      current.newLeft--;
      current.ops.push("+");
    } else if (op === "-") {
      current.oldLeft--;
      current.ops.push("-");
    } else if (op === " " || text === "") {
      newLine++;
      current.oldLeft--;
      current.newLeft--;
      current.ops.push(" ");
    } else {
      return {
        ok: false,
        problem: `line ${i + 1} of the patch is not a diff line: ${preview(text)}`
      };
    }
    if (current.oldLeft < 0 || current.newLeft < 0)
      return {
        ok: false,
        problem: `line ${i + 1} of the patch runs past the length its hunk header declares`
      };
  }
  if (current) current.hunk.ops = current.ops.join("");
  return { ok: true, addedLines, hunks };
}
function diffFromPullFiles(entries, expectedFiles) {
  const files = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const status = STATUSES.includes(entry.status) ? entry.status : "modified";
    const base = {
      path: entry.filename,
      status,
      ...entry.previous_filename ? { previousPath: entry.previous_filename } : {}
    };
    if (status === "removed" || status === "unchanged") {
      files.set(entry.filename, { ...base, addedLines: /* @__PURE__ */ new Set(), hunks: [] });
      continue;
    }
    if (typeof entry.patch !== "string") {
      const pureRename = status === "renamed" || status === "copied";
      files.set(
        entry.filename,
        pureRename ? { ...base, addedLines: /* @__PURE__ */ new Set(), hunks: [] } : {
          ...base,
          addedLines: null,
          hunks: [],
          patchProblem: "GitHub sent no patch (binary file or diff too large)"
        }
      );
      continue;
    }
    const parsed = parsePatch(entry.patch);
    files.set(
      entry.filename,
      parsed.ok ? { ...base, addedLines: parsed.addedLines, hunks: parsed.hunks } : {
        ...base,
        addedLines: null,
        hunks: [],
        patchProblem: `unreadable patch: ${parsed.problem}`
      }
    );
  }
  return { files, complete: expectedFiles === void 0 || entries.length >= expectedFiles };
}
function isChangedLine(diff, path2, line) {
  const file = diff.files.get(path2);
  if (!file) return false;
  return file.addedLines === null || file.addedLines.has(line);
}
function isChangedFile(diff, path2) {
  const file = diff.files.get(path2);
  return file !== void 0 && file.status !== "unchanged";
}
function headLineForBaseLine(file, baseLine) {
  if (!file) return baseLine;
  let shift = 0;
  for (const hunk of file.hunks) {
    if (baseLine < hunk.oldStart) return Math.max(1, baseLine + shift);
    let o = hunk.oldStart;
    let n = hunk.newStart;
    for (const op of hunk.ops) {
      if (op === "+") {
        n++;
        continue;
      }
      if (o === baseLine) return Math.max(1, n);
      o++;
      if (op === " ") n++;
    }
    shift = n - o;
  }
  return Math.max(1, baseLine + shift);
}
function preview(text) {
  const short3 = text.length > 60 ? `${text.slice(0, 57)}...` : text;
  return JSON.stringify(short3);
}

// src/repo/errors.ts
var RepoError = class extends UserError {
  /** HTTP status when GitHub refused the request. */
  status;
  constructor(message, options) {
    super(message, options);
    this.name = "RepoError";
    if (options?.status !== void 0) this.status = options.status;
  }
};
var UnreadableFileError = class extends UserError {
  constructor(message) {
    super(message);
    this.name = "UnreadableFileError";
  }
};

// src/codeowners/matcher.ts
var indexes = /* @__PURE__ */ new WeakMap();
function ruleIndex(codeowners) {
  let index = indexes.get(codeowners);
  if (!index) {
    index = buildIndex(codeowners);
    indexes.set(codeowners, index);
  }
  return index;
}
function buildIndex(codeowners) {
  const { rules } = codeowners;
  const root = { rules: [], children: /* @__PURE__ */ new Map() };
  const bySegment = /* @__PURE__ */ new Map();
  const general = [];
  rules.forEach((rule5, i) => {
    const required = rule5.matcher.required;
    if (required.kind === "never") return;
    if (required.kind === "any") general.push(i);
    else if (required.kind === "segment") {
      const list2 = bySegment.get(required.name);
      if (list2) list2.push(i);
      else bySegment.set(required.name, [i]);
    } else {
      let node = root;
      for (const seg of required.segments) {
        let next = node.children.get(seg);
        if (!next) {
          next = { rules: [], children: /* @__PURE__ */ new Map() };
          node.children.set(seg, next);
        }
        node = next;
      }
      node.rules.push(i);
    }
  });
  const candidates = (path2) => {
    const segments = path2.split("/");
    const lists = [general, root.rules];
    let node = root;
    for (const seg of segments) {
      node = node.children.get(seg);
      if (!node) break;
      lists.push(node.rules);
    }
    for (const seg of new Set(segments)) {
      const list2 = bySegment.get(seg);
      if (list2) lists.push(list2);
    }
    const out = [];
    for (const list2 of lists) for (const i of list2) out.push(i);
    out.sort((a, b) => b - a);
    return out;
  };
  const winners = /* @__PURE__ */ new Map();
  return {
    winner(path2) {
      const known = winners.get(path2);
      if (known !== void 0) return known;
      let found = -1;
      for (const i of candidates(path2)) {
        if (rules[i].matcher.matches(path2)) {
          found = i;
          break;
        }
      }
      winners.set(path2, found);
      return found;
    },
    matching(path2) {
      return candidates(path2).filter((i) => rules[i].matcher.matches(path2));
    }
  };
}

// node_modules/balanced-match/dist/esm/index.js
var range = (a, b, str2) => {
  let begs, beg, left, right = void 0, result;
  let ai = str2.indexOf(a);
  let bi = str2.indexOf(b, ai + 1);
  let i = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b) {
      return [ai, bi];
    }
    begs = [];
    left = str2.length;
    while (i >= 0 && !result) {
      if (i === ai) {
        begs.push(i);
        ai = str2.indexOf(a, i + 1);
      } else if (begs.length === 1) {
        const r = begs.pop();
        if (r !== void 0)
          result = [r, bi];
      } else {
        beg = begs.pop();
        if (beg !== void 0 && beg < left) {
          left = beg;
          right = bi;
        }
        bi = str2.indexOf(b, i + 1);
      }
      i = ai < bi && ai >= 0 ? ai : bi;
    }
    if (begs.length && right !== void 0) {
      result = [left, right];
    }
  }
  return result;
};

// node_modules/brace-expansion/dist/esm/index.js
var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
var escSlashPattern = new RegExp(escSlash, "g");
var escOpenPattern = new RegExp(escOpen, "g");
var escClosePattern = new RegExp(escClose, "g");
var escCommaPattern = new RegExp(escComma, "g");
var escPeriodPattern = new RegExp(escPeriod, "g");
var slashPattern = /\\\\/g;
var openPattern = /\\{/g;
var closePattern = /\\}/g;
var commaPattern = /\\,/g;
var periodPattern = /\\\./g;
var EXPANSION_MAX = 1e5;
var EXPANSION_MAX_LENGTH = 4e6;
var EXPANSION_MAX_DEPTH = 1e3;
var EXPANSION_MAX_REWRITES = 1e3;
var EXPANSION_MAX_STEPS = 2e7;
var CALL_STEPS = 16;
function numeric(str2) {
  return !isNaN(str2) ? parseInt(str2, 10) : str2.charCodeAt(0);
}
function escapeBraces(str2) {
  return str2.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str2) {
  return str2.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
  for (let i = 0; i < items.length; i++) {
    target.push(items[i]);
  }
}
function balancedWithBudget(str2, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r = range("{", "}", masked);
  const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  budget.remaining -= r && !unmatched ? r[1] + 1 : str2.length;
  if (!r || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r[1],
    pre: str2.slice(0, r[0]),
    body: str2.slice(r[0] + 1, r[1]),
    post: str2.slice(r[1] + 1),
    unmatched
  };
}
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  const open = [];
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    if (c === 123) {
      open.push(i);
    } else if (c === 125 && open.length) {
      open.pop();
    }
  }
  let out = "";
  let last = 0;
  for (let i = 0; i < open.length; i++) {
    const at2 = open[i];
    out += masked.slice(last, at2) + "\0";
    last = at2 + 1;
  }
  return out + masked.slice(last);
}
function commaSetFollows(str2, budget) {
  budget.remaining -= str2.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i = str2.length - 1; i >= 0; i--) {
    const c = str2.charCodeAt(i);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str2.charCodeAt(i + 1) !== 44) {
      return true;
    }
  }
  return false;
}
function parseCommaParts(str2, budget) {
  const parts = [];
  let carry = "";
  for (; ; ) {
    const m = balancedWithBudget(str2, str2, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m) {
      const tail = str2.split(",");
      tail[0] = carry + tail[0];
      pushAll(parts, tail);
      return parts;
    }
    const { pre, body, post } = m;
    const p = pre.split(",");
    p[0] = carry + p[0];
    p[p.length - 1] += "{" + body + "}";
    if (!post.length) {
      pushAll(parts, p);
      return parts;
    }
    carry = p.pop();
    pushAll(parts, p);
    str2 = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str2, options = {}) {
  if (!str2) {
    return [];
  }
  const max = bound(options.max, EXPANSION_MAX);
  const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  if (str2.slice(0, 2) === "{}") {
    str2 = "\\{\\}" + str2.slice(2);
  }
  return expand_(escapeBraces(str2), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str2) {
  return "{" + str2 + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i, y) {
  return i <= y;
}
function gte(i, y) {
  return i >= y;
}
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
  const out = [];
  let length = 0;
  let nonEmpty2;
  outer: for (let a = 0; a < acc.length; a++) {
    const prefix2 = acc[a] + pre;
    let vs = values;
    if (dropEmpties && !prefix2) {
      if (!nonEmpty2)
        nonEmpty2 = values.filter((v) => v);
      vs = nonEmpty2;
    }
    for (let v = 0; v < vs.length; v++) {
      if (out.length >= max)
        break outer;
      const expansion = prefix2 + vs[v];
      if (length + expansion.length > maxLength)
        break outer;
      out.push(expansion);
      length += expansion.length;
    }
  }
  budget.remaining -= out.length;
  return out;
}
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
  const n = body.split(/\.\./);
  const N = [];
  if (n[0] === void 0 || n[1] === void 0) {
    return N;
  }
  const x = numeric(n[0]);
  const y = numeric(n[1]);
  const width = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  let test = lte;
  const reverse = y < x;
  if (reverse) {
    incr *= -1;
    test = gte;
  }
  const pad2 = n.some(isPadded);
  const cost = pad2 ? width : 1;
  let length = 0;
  for (let i = x; test(i, y) && N.length < max; i += incr) {
    budget.remaining -= cost;
    if (budget.remaining < 0) {
      return void 0;
    }
    let c;
    if (isAlphaSequence) {
      c = String.fromCharCode(i);
      if (c === "\\") {
        c = "";
      }
    } else {
      c = String(i);
      if (pad2) {
        const need = width - c.length;
        if (need > 0) {
          const z = new Array(need + 1).join("0");
          if (i < 0) {
            c = "-" + z + c.slice(1);
          } else {
            c = z + c;
          }
        }
      }
    }
    if (length + c.length > maxLength)
      break;
    N.push(c);
    length += c.length;
  }
  return N;
}
function expand_(str2, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth > maxDepth) {
    return [str2];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  let masked = str2;
  for (; ; ) {
    const m = balancedWithBudget(str2, masked, budget);
    if (!m) {
      return combine(acc, str2, [""], max, maxLength, dropEmpties, budget);
    }
    if (m.unmatched) {
      masked = maskUnmatchedOpens(masked, budget);
    }
    const pre = m.pre;
    const literal2 = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre)) {
      acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
      firstGroup = false;
      if (!m.post.length)
        break;
      str2 = m.post;
      masked = masked.slice(m.end + 1);
      continue;
    }
    const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
    const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
    const isSequence = isNumericSequence || isAlphaSequence;
    const isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++;
        str2 = m.pre + "{" + m.body + escClose + m.post;
        masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
        isTop = true;
        continue;
      }
      return literal2();
    }
    if (firstGroup) {
      dropEmpties = isTop && !isSequence;
      firstGroup = false;
    }
    let values;
    if (isSequence) {
      values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
      if (!values) {
        return literal2();
      }
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n) {
        return literal2();
      }
      if (n.length === 1 && n[0] !== void 0) {
        n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
        if (budget.remaining < 0) {
          return literal2();
        }
        if (n.length === 1) {
          const next2 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0) {
            return literal2();
          }
          acc = next2;
          if (!m.post.length)
            break;
          str2 = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++) {
        if (acc[d]) {
          dropsEmpties = false;
        }
      }
      values = [];
      let valuesLength = 0;
      outer: for (let j = 0; j < n.length; j++) {
        const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
        if (budget.remaining < 0) {
          return literal2();
        }
        for (let k = 0; k < expanded.length; k++) {
          const v = expanded[k];
          if (dropsEmpties && !v)
            continue;
          if (values.length >= max || valuesLength + v.length > maxLength) {
            break outer;
          }
          values.push(v);
          valuesLength += v.length;
        }
      }
    }
    const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
    if (budget.remaining < 0) {
      return literal2();
    }
    acc = next;
    if (!m.post.length)
      break;
    str2 = m.post;
    masked = masked.slice(m.end + 1);
  }
  return acc;
}

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/numeric-range.js
var digit = (a, b) => a === b ? { t: "lit", ch: String(a) } : { t: "class", re: new RegExp(`^[${a}-${b}]$`) };
var prefix = (d, alts) => alts.map((s) => [digit(d, d), ...s]);
var fixed = (a, b) => {
  if (!a)
    return [[]];
  let lo = +a[0];
  let hi = +b[0];
  const ra = a.slice(1);
  const rb = b.slice(1);
  if (lo === hi)
    return prefix(lo, fixed(ra, rb));
  const zeros = "0".repeat(ra.length);
  const nines = "9".repeat(ra.length);
  const out = [];
  if (ra !== zeros)
    out.push(...prefix(lo++, fixed(ra, nines)));
  const last = rb === nines ? [] : prefix(hi--, fixed(zeros, rb));
  if (lo <= hi) {
    out.push([digit(lo, hi), ...Array.from(ra, () => digit(0, 9))]);
  }
  out.push(...last);
  return out;
};
var nonneg = (a, b, width) => {
  if (width) {
    return fixed(String(a).padStart(width, "0"), String(b).padStart(width, "0"));
  }
  const out = [];
  for (let len = String(a).length; len <= String(b).length; len++) {
    const lo = Math.max(a, len === 1 ? 0 : 10 ** (len - 1));
    const hi = Math.min(b, 10 ** len - 1);
    out.push(...fixed(String(lo), String(hi)));
  }
  return out;
};
var numericRange = (loStr, hiStr) => {
  let lo = Number(loStr);
  let hi = Number(hiStr);
  if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi))
    return;
  if (lo > hi)
    [lo, hi] = [hi, lo];
  const padded = /^-?0\d/.test(loStr) || /^-?0\d/.test(hiStr);
  const width = padded ? Math.max(loStr.length, hiStr.length) : 0;
  const out = [];
  if (lo < 0) {
    const neg = nonneg(Math.max(-hi, 1), -lo, width && width - 1);
    out.push(...neg.map((s) => [{ t: "lit", ch: "-" }, ...s]));
  }
  if (hi >= 0)
    out.push(...nonneg(Math.max(lo, 0), hi, width));
  return out;
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/parse-class.js
var posixClasses = {
  "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}"],
  "[:alpha:]": ["\\p{L}\\p{Nl}"],
  "[:ascii:]": ["\\x00-\\x7f"],
  "[:blank:]": ["\\p{Zs}\\t"],
  "[:cntrl:]": ["\\p{Cc}"],
  "[:digit:]": ["\\p{Nd}"],
  "[:graph:]": ["\\p{Z}\\p{C}", true],
  "[:lower:]": ["\\p{Ll}"],
  "[:print:]": ["\\p{C}", true],
  "[:punct:]": ["\\p{P}\\p{S}"],
  "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f"],
  "[:upper:]": ["\\p{Lu}"],
  "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}"],
  "[:xdigit:]": ["A-Fa-f0-9"]
};
var braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
var noMatch = /$./;
var parseClass = (glob2, position, nocase = false, form) => {
  const norm = (c) => {
    const n = form ? c.normalize(form) : c;
    return [...n].length === 1 ? n : c;
  };
  const pos = position;
  if (glob2.charAt(pos) !== "[") {
    throw new Error("not in a brace expression");
  }
  const ranges = [];
  const negs = [];
  let i = pos + 1;
  let sawStart = false;
  let escaping = false;
  let negate = false;
  let endPos = pos;
  let rangeStart = "";
  WHILE: while (i < glob2.length) {
    const c = String.fromCodePoint(glob2.codePointAt(i));
    if ((c === "!" || c === "^") && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      endPos = i + 1;
      break;
    }
    sawStart = true;
    if (c === "\\") {
      if (!escaping) {
        escaping = true;
        i++;
        continue;
      }
    }
    if (c === "[" && !escaping) {
      for (const [cls, [unip, neg]] of Object.entries(posixClasses)) {
        if (glob2.startsWith(cls, i)) {
          if (rangeStart) {
            return [noMatch, glob2.length - pos];
          }
          i += cls.length;
          if (neg)
            negs.push(unip);
          else
            ranges.push(unip);
          continue WHILE;
        }
      }
    }
    escaping = false;
    const n = norm(c);
    if (rangeStart) {
      if (n.codePointAt(0) > rangeStart.codePointAt(0)) {
        ranges.push(braceEscape(rangeStart) + "-" + braceEscape(n));
      } else if (n === rangeStart) {
        ranges.push(braceEscape(n));
      }
      rangeStart = "";
      i += c.length;
      continue;
    }
    if (glob2.startsWith("-]", i + c.length)) {
      ranges.push(braceEscape(n + "-"));
      i += c.length + 1;
      continue;
    }
    if (glob2.startsWith("-", i + c.length)) {
      rangeStart = n;
      i += c.length + 1;
      continue;
    }
    ranges.push(braceEscape(n));
    i += c.length;
  }
  if (endPos < i) {
    return [noMatch, 0];
  }
  if (!ranges.length && !negs.length) {
    return [noMatch, glob2.length - pos];
  }
  const sranges = "[" + (negate ? "^" : "") + ranges.join("") + "]";
  const snegs = "[" + (negate ? "" : "^") + negs.join("") + "]";
  const comb = "^" + (ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs);
  return [new RegExp(comb, nocase ? "iu" : "u"), endPos - pos];
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/index.js
var MATCH = { t: "match", id: 0 };
var extTypes = "!?+*@";
var lit = (ch) => ({ t: "lit", ch });
var reEscape = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
var newFoldRe = (s) => new RegExp(`^${reEscape(s)}$`, "iu");
var foldCache = /* @__PURE__ */ new Map();
var foldRe = (ch) => {
  let re = foldCache.get(ch);
  if (!re) {
    re = newFoldRe(ch);
    if (foldCache.size >= 1e3)
      foldCache.clear();
    foldCache.set(ch, re);
  }
  return re;
};
var litMatch = (l, c) => {
  if (c === l.ch)
    return true;
  if (!l.re)
    return false;
  const code2 = c.charCodeAt(0);
  if (code2 >= 128)
    return l.re.test(c);
  const ascii = l.ascii ??= new Uint8Array(128);
  ascii[code2] ||= l.re.test(c) ? 1 : 2;
  return ascii[code2] === 1;
};
var tokenize = (p, nocase, noext, form, mark) => {
  const toks = [];
  for (let i = 0; i < p.length; ) {
    const c = String.fromCodePoint(p.codePointAt(i));
    if (mark) {
      const m = c === "\\" && p.startsWith(mark, i + 1) ? 1 : 0;
      if (m || c === mark) {
        const start = i + m + mark.length;
        const end = p.indexOf(mark, start);
        const r = /^(-?\d+)\.\.(-?\d+)$/.exec(p.slice(start, end));
        const alts = end !== -1 && r && numericRange(r[1], r[2]);
        if (alts) {
          toks.push({ t: "ext", type: "@", alts });
          i = end + mark.length;
          continue;
        }
      }
    }
    if (c === "\\") {
      const e = p.codePointAt(i + 1);
      const ch = e === void 0 ? c : String.fromCodePoint(e);
      toks.push(lit(ch));
      i += 1 + ch.length;
      continue;
    }
    if (c === "[") {
      const [re, consumed] = parseClass(p, i, nocase, form);
      if (consumed) {
        toks.push({ t: "class", re });
        i += consumed;
        continue;
      }
    }
    if (!noext && extTypes.includes(c) && p[i + 1] === "(") {
      toks.push({ t: "open", type: c });
      i += 2;
      continue;
    }
    toks.push(!noext && c === "|" ? { t: "bar" } : !noext && c === ")" ? { t: "close" } : c === "*" ? { t: "star" } : c === "?" ? { t: "any" } : lit(c));
    i += c.length;
  }
  return toks;
};
var pair = (toks) => {
  const pairs = /* @__PURE__ */ new Map();
  const stack = [];
  toks.forEach((tok, i) => {
    if (tok.t === "open")
      stack.push(i);
    else if (tok.t === "close" && stack.length)
      pairs.set(stack.pop(), i);
  });
  return pairs;
};
var build = (toks, pairs, start, end, top) => {
  let seq = [];
  const alts = [seq];
  for (let i = start; i < end; i++) {
    const tok = toks[i];
    const close = pairs.get(i);
    if (tok.t === "open" && close !== void 0) {
      const sub = build(toks, pairs, i + 1, close, false);
      seq.push({ t: "ext", type: tok.type, alts: sub });
      i = close;
    } else if (tok.t === "bar" && !top) {
      alts.push(seq = []);
    } else if (tok.t === "open") {
      seq.push(lit(tok.type), lit("("));
    } else if (tok.t === "bar") {
      seq.push(lit("|"));
    } else if (tok.t === "close") {
      seq.push(lit(")"));
    } else {
      seq.push(tok);
    }
  }
  return alts;
};
var normalize = (items, form) => {
  const out = [];
  let run = "";
  const flush = () => {
    for (const ch of run.normalize(form))
      out.push(lit(ch));
    run = "";
  };
  for (const it of items) {
    if (it.t === "lit") {
      run += it.ch;
      continue;
    }
    flush();
    out.push(it.t === "ext" ? { ...it, alts: it.alts.map((a) => normalize(a, form)) } : it);
  }
  flush();
  return out;
};
var compile = (items, nocase) => {
  let id = 1;
  const split = (out) => ({ t: "split", id: id++, out });
  const seq = (items2, next) => items2.reduceRight((next2, it) => item(it, next2), next);
  const item = (it, next) => {
    switch (it.t) {
      case "lit":
        const re = nocase ? foldRe(it.ch) : void 0;
        return { t: "lit", id: id++, ch: it.ch, re, next };
      case "any":
      case "star":
        return { t: it.t, id: id++, next };
      case "class":
        return { t: "class", id: id++, re: it.re, next };
    }
    const alts = (next2) => it.alts.map((a) => seq(a, next2));
    switch (it.type) {
      case "@":
        return split(alts(next));
      case "?":
        return split([next, ...alts(next)]);
      case "!":
        return { t: "neg", id: id++, sub: split(alts(MATCH)), next };
    }
    const after = split([]);
    const entry = split(alts(after));
    after.out.push(next, entry);
    return it.type === "*" ? after : entry;
  };
  const start = seq(items, MATCH);
  return [start, id];
};
var show = (start) => {
  const lines = [];
  const seen = /* @__PURE__ */ new Set();
  const ref = (n) => n.t === "match" ? "match" : String(n.id);
  const walk2 = (n, indent) => {
    if (n.t === "match" || seen.has(n))
      return;
    seen.add(n);
    const line = (desc) => lines.push(`${indent}${n.id}: ${desc}`);
    switch (n.t) {
      case "split":
        line(`split -> ${n.out.map(ref).join(", ")}`);
        for (const o of n.out)
          walk2(o, indent);
        return;
      case "neg":
        line(`!(${ref(n.sub)}) -> ${ref(n.next)}`);
        walk2(n.sub, indent + "  ");
        return walk2(n.next, indent);
      case "lit":
        line(`${JSON.stringify(n.ch)} -> ${ref(n.next)}`);
        break;
      case "class":
        line(`${n.re} -> ${ref(n.next)}`);
        break;
      default:
        line(`${n.t === "any" ? "?" : "*"} -> ${ref(n.next)}`);
    }
    walk2(n.next, indent);
  };
  walk2(start, "");
  return [`start -> ${ref(start)}`, ...lines].join("\n");
};
var State = class {
  // set by the Sim, to mark the nodes that this state has
  gen;
  threads = [];
  match = false;
  runs = [];
  // the sorted ids of the threads, with 0 for a match, once the
  // state is done
  ids = [];
  constructor(gen) {
    this.gen = gen;
  }
  // no threads, so nothing more can match
  get dead() {
    return !this.threads.length && !this.match && !this.runs.length;
  }
};
var sameState = (a, b) => {
  if (a.ids.length !== b.ids.length)
    return false;
  if (a.runs.length !== b.runs.length)
    return false;
  if (a.ids.some((id, i) => id !== b.ids[i]))
    return false;
  return a.runs.every((r) => b.runs.some((o) => o.neg === r.neg && sameState(o.state, r.state)));
};
var marks = (size) => ({
  has: new Float64Array(size),
  seen: new Float64Array(size),
  gen: 0
});
var Sim = class {
  // `.` and `..` only match literal dots, even with `dot:true`
  dots;
  // the string starts with `.`, and `dot:true` is not set
  dotStart;
  #marks;
  constructor(dots, dotStart, marks2) {
    this.dots = dots;
    this.dotStart = dotStart;
    this.#marks = marks2;
  }
  state() {
    return new State(++this.#marks.gen);
  }
  // sort the ids of a state, once it has all of its threads
  done(state) {
    state.ids = state.threads.map((n) => n.id).sort((a, b) => a - b);
    if (state.match)
      state.ids.unshift(MATCH.id);
    return state;
  }
  // true the first time that the state walks through the node, so
  // that loops in the graph stop
  #visit(state, node) {
    const { seen } = this.#marks;
    if (seen[node.id] === state.gen)
      return false;
    seen[node.id] = state.gen;
    return true;
  }
  #addThread(state, node) {
    const { has } = this.#marks;
    if (has[node.id] === state.gen)
      return false;
    has[node.id] = state.gen;
    state.threads.push(node);
    return true;
  }
  // wildcards only match a leading dot if `dot:true`. In a negated
  // sub-pattern, this does not apply, because the negation itself
  // can not match a leading dot.
  restricted(i, top) {
    return top && (this.dots || this.dotStart && i === 0);
  }
  add(state, node, i, top) {
    switch (node.t) {
      case "split":
        if (!this.#visit(state, node))
          return;
        for (const o of node.out)
          this.add(state, o, i, top);
        return;
      case "neg":
        if (!this.#visit(state, node))
          return;
        const sub = this.state();
        this.add(sub, node.sub, i, false);
        this.done(sub);
        return this.addRun(state, { t: "run", neg: node, state: sub }, i, top);
      case "star":
        if (this.restricted(i, top))
          return;
        if (this.#addThread(state, node))
          this.add(state, node.next, i, top);
        return;
      case "match":
        state.match = true;
        return;
      default:
        this.#addThread(state, node);
    }
  }
  addRun(state, run, i, top) {
    for (const r of state.runs) {
      if (r.neg === run.neg && sameState(r.state, run.state))
        return;
    }
    state.runs.push(run);
    if (!run.state.match) {
      this.add(state, run.neg.next, i, top);
    }
  }
  // the threads after char `c`, at index `i`
  step(state, c, i, top) {
    const next = this.state();
    for (const th of state.threads) {
      switch (th.t) {
        case "lit":
          if (litMatch(th, c)) {
            this.add(next, th.next, i + 1, top);
          }
          break;
        case "any":
          if (!this.restricted(i, top))
            this.add(next, th.next, i + 1, top);
          break;
        case "class":
          if (!this.restricted(i, top) && th.re.test(c)) {
            this.add(next, th.next, i + 1, top);
          }
          break;
        case "star":
          if (!this.restricted(i, top))
            this.add(next, th, i + 1, top);
      }
    }
    if (!this.restricted(i, top)) {
      for (const run of state.runs) {
        if (run.state.dead) {
          this.addRun(next, run, i + 1, top);
          continue;
        }
        const sub = this.step(run.state, c, i, false);
        this.addRun(next, { t: "run", neg: run.neg, state: sub }, i + 1, top);
      }
    }
    return this.done(next);
  }
};
var stateKey = (state) => {
  const ids = state.ids.join();
  if (!state.runs.length)
    return ids;
  const runs2 = state.runs.map((r) => `${r.neg.id}(${stateKey(r.state)})`);
  return `${ids}|${runs2.sort().join("|")}`;
};
var DFA_BUDGET = 1 << 18;
var Dfa = class {
  #start;
  #states = /* @__PURE__ */ new Map();
  #size = 0;
  #plain;
  #dotStart;
  #sim;
  #dotSim;
  constructor(start, marks2) {
    this.#start = start;
    this.#sim = new Sim(false, false, marks2);
    this.#dotSim = new Sim(false, true, marks2);
  }
  #make(state) {
    return {
      state,
      match: state.match,
      dead: state.dead,
      next: /* @__PURE__ */ new Map()
    };
  }
  #intern(state) {
    const key = stateKey(state);
    const found = this.#states.get(key);
    if (found)
      return found;
    if (this.#size > DFA_BUDGET)
      this.#clear();
    const d = this.#make(state);
    this.#states.set(key, d);
    this.#size += key.length + 1;
    return d;
  }
  #clear() {
    this.#states.clear();
    this.#size = 0;
    this.#plain = void 0;
    this.#dotStart = void 0;
  }
  start(dotStart) {
    if (dotStart) {
      if (this.#dotStart)
        return this.#dotStart;
      const state2 = this.#dotSim.state();
      this.#dotSim.add(state2, this.#start, 0, true);
      return this.#dotStart = this.#make(this.#dotSim.done(state2));
    }
    if (this.#plain)
      return this.#plain;
    const state = this.#sim.state();
    this.#sim.add(state, this.#start, 0, true);
    return this.#plain = this.#intern(this.#sim.done(state));
  }
  // the next state, after a miss in `d.ascii`
  next(d, c) {
    const code2 = c.charCodeAt(0);
    const found = code2 < 128 ? void 0 : d.next.get(c);
    if (found)
      return found;
    const n = d === this.#dotStart ? this.#intern(this.#dotSim.step(d.state, c, 0, true)) : this.#intern(this.#sim.step(d.state, c, 1, true));
    if (code2 < 128) {
      if (!d.ascii) {
        d.ascii = new Array(128);
        this.#size += 128;
      }
      d.ascii[code2] = n;
    } else {
      d.next.set(c, n);
    }
    this.#size++;
    return n;
  }
};
var linear = (start) => {
  const nodes = [];
  for (let n = start; n.t !== "match"; n = n.next) {
    if (n.t === "split" || n.t === "neg")
      return void 0;
    nodes.push(n);
  }
  return nodes;
};
var testLinear = (nodes, chars, start, end) => {
  let ni = 0;
  let ci = start;
  let starNi = -1;
  let starCi = 0;
  while (ci < end) {
    const n = nodes[ni];
    if (n?.t === "star") {
      starNi = ni++;
      starCi = ci;
      continue;
    }
    const c = chars[ci];
    if (n && (n.t === "any" || n.t === "lit" && litMatch(n, c) || n.t === "class" && n.re.test(c))) {
      ni++;
      ci++;
      continue;
    }
    if (starNi === -1)
      return false;
    ni = starNi + 1;
    ci = ++starCi;
  }
  while (nodes[ni]?.t === "star")
    ni++;
  return ni === nodes.length;
};
var lengths = (items) => {
  let min = 0;
  let max = 0;
  for (const it of items) {
    const [lo, hi] = itemLengths(it);
    min += lo;
    max += hi;
  }
  return [min, max];
};
var itemLengths = (it) => {
  if (it.t === "star")
    return [0, Infinity];
  if (it.t !== "ext")
    return [1, 1];
  if (it.type === "!")
    return [0, Infinity];
  const alts = it.alts.map(lengths);
  const min = Math.min(...alts.map((a) => a[0]));
  const max = Math.max(...alts.map((a) => a[1]));
  const loop = max === 0 ? 0 : Infinity;
  return it.type === "@" ? [min, max] : it.type === "?" ? [0, max] : it.type === "*" ? [0, loop] : [min, loop];
};
var hasAffix = (lits, chars, start) => {
  for (let j = 0; j < lits.length; j++) {
    if (!litMatch(lits[j], chars[start + j]))
      return false;
  }
  return true;
};
var slashOrSurrogate = /[/\ud800-\udfff]/;
var surrogate = /[\ud800-\udfff]/;
var codePoints = (s) => surrogate.test(s) ? [...s] : s;
var noSlash = (s) => {
  if (s.includes("/")) {
    throw new Error("can only match a single path portion, got: " + s);
  }
};
var Matcher = class {
  pattern;
  options;
  #start;
  // the number of node ids
  #size;
  #marks;
  // the Sim for strings that are only `.` or `..`
  #dotsSim;
  // the string to compare, if the pattern has no magic. With
  // `nocase:true`, the RegExp that folds case is made when it is
  // first used.
  #literal;
  #literalFold = false;
  #literalRe;
  // the nodes between the prefix and suffix, if the graph is a
  // single chain
  #linear;
  // the linear nodes are only `*` and `?`, so the length bounds and
  // the prefix and suffix decide the match
  #wild = false;
  // the least and most chars that a match can have
  #min = 0;
  #max = Infinity;
  // the literals that a match must start and end with. Each one
  // matches exactly one char, and they are distinct items in the
  // pattern, so a string that does not have them can not match.
  #prefix = [];
  #suffix = [];
  // the prefix and suffix as strings, if they do not fold case
  #prefixStr;
  #suffixStr;
  // there is a prefix or suffix to check
  #affix = false;
  #dfa;
  #form;
  constructor(pattern, options = {}) {
    if (pattern.includes("/")) {
      throw new Error("can only match a single path portion, got pattern: " + pattern);
    }
    this.pattern = pattern;
    this.options = options;
    const { nocase = false, noext = false, normalize: n } = options;
    this.#form = n === true ? "NFC" : n || void 0;
    const literal2 = /^[?*+@]\(\)$/.test(pattern);
    const toks = tokenize(pattern, nocase, noext || literal2, this.#form, options.rangeMark);
    let [items] = build(toks, pair(toks), 0, toks.length, true);
    if (this.#form)
      items = normalize(items, this.#form);
    const [start, size] = compile(items, nocase);
    this.#start = start;
    this.#size = size;
    if (items.every((it) => it.t === "lit")) {
      this.#literal = items.map((it) => it.ch).join("");
      this.#literalFold = nocase;
    } else {
      const lit2 = (it) => it.t !== "lit" ? void 0 : nocase ? { ch: it.ch, re: foldRe(it.ch) } : { ch: it.ch };
      for (const it of items) {
        const l = lit2(it);
        if (!l)
          break;
        this.#prefix.push(l);
      }
      for (let j = items.length - 1; j >= 0; j--) {
        const l = lit2(items[j]);
        if (!l)
          break;
        this.#suffix.unshift(l);
      }
      this.#affix = !!(this.#prefix.length || this.#suffix.length);
      if (!nocase) {
        this.#prefixStr = this.#prefix.map((l) => l.ch).join("");
        this.#suffixStr = this.#suffix.map((l) => l.ch).join("");
      }
      this.#linear = linear(this.#start)?.slice(this.#prefix.length, -this.#suffix.length || void 0);
      this.#wild = !!this.#linear?.every((n2) => n2.t === "star" || n2.t === "any");
      const [min, max] = lengths(items);
      this.#min = min;
      this.#max = max;
    }
  }
  test(s) {
    if (this.#form) {
      noSlash(s);
      return this.#test(s.normalize(this.#form));
    }
    if (slashOrSurrogate.test(s)) {
      noSlash(s);
      return this.#test(s, [...s]);
    }
    return this.#test(s, s);
  }
  /**
   * The same as {@link Matcher#test}, but the string is not checked
   * for `/` chars, so the result for a string that has one is not
   * defined. Only use it for a string that is known to be one path
   * portion, such as a part of a path that was split on `/`. It can
   * be faster, because some patterns do not need to look at each char
   * of the string.
   */
  testUnchecked(s) {
    return this.#test(this.#form ? s.normalize(this.#form) : s);
  }
  // Test a string that has no `/`. `chars` indexes it by code point.
  // If it is not given, it is only found if a step needs it.
  #test(s, chars) {
    if (this.#literal !== void 0) {
      return this.#literalFold ? (this.#literalRe ??= newFoldRe(this.#literal)).test(s) : s === this.#literal;
    }
    const min = this.#min;
    const max = this.#max;
    if (chars === void 0) {
      const most = s.length;
      const least = most + 1 >> 1;
      if (most < min || least > max)
        return false;
      if (least < min || most > max)
        chars = codePoints(s);
    }
    if (chars !== void 0 && (chars.length < min || chars.length > max)) {
      return false;
    }
    const prefix2 = this.#prefix.length;
    if (this.#affix) {
      if (this.#prefixStr !== void 0 && this.#suffixStr !== void 0) {
        if (!s.startsWith(this.#prefixStr) || !s.endsWith(this.#suffixStr)) {
          return false;
        }
      } else {
        chars ??= codePoints(s);
        const end = chars.length - this.#suffix.length;
        if (!hasAffix(this.#prefix, chars, 0) || !hasAffix(this.#suffix, chars, end)) {
          return false;
        }
      }
    }
    const dotStart = !this.options.dot && s.startsWith(".");
    if (this.#linear) {
      if (s === "." || s === "..")
        return false;
      if (dotStart && !prefix2)
        return false;
      if (this.#wild)
        return true;
      chars ??= codePoints(s);
      const end = chars.length - this.#suffix.length;
      return testLinear(this.#linear, chars, prefix2, end);
    }
    chars ??= codePoints(s);
    if (s === "." || s === "..") {
      this.#marks ??= marks(this.#size);
      const sim = this.#dotsSim ??= new Sim(true, false, this.#marks);
      const start = sim.state();
      sim.add(start, this.#start, 0, true);
      let state = sim.done(start);
      for (let i = 0; i < chars.length; i++) {
        state = sim.step(state, chars[i], i, true);
      }
      return state.match;
    }
    this.#marks ??= marks(this.#size);
    const dfa = this.#dfa ??= new Dfa(this.#start, this.#marks);
    let d = dfa.start(dotStart);
    const str2 = chars === s;
    for (let i = 0; i < chars.length; i++) {
      if (d.dead)
        return false;
      const code2 = str2 ? s.charCodeAt(i) : chars[i].charCodeAt(0);
      d = d.ascii?.[code2] ?? dfa.next(d, chars[i]);
    }
    return d.match;
  }
  /** a readable listing of the state machine */
  toString() {
    return show(this.#start);
  }
};

// node_modules/minimatch/dist/esm/assert-valid-pattern.js
var MAX_PATTERN_LENGTH = 1024 * 64;
var assertValidPattern = (pattern) => {
  if (typeof pattern !== "string") {
    throw new TypeError("invalid pattern");
  }
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new TypeError("pattern is too long");
  }
};

// node_modules/minimatch/dist/esm/escape.js
var escape2 = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
  const e = magicalBraces ? windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&") : windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
  const c = e.charAt(0);
  if (c === "#") {
    return (windowsPathsNoEscape ? "[#]" : "\\#") + e.slice(1);
  }
  if (c === "!") {
    return (windowsPathsNoEscape ? "@(!)" : "\\!") + e.slice(1);
  }
  return e;
};

// node_modules/minimatch/dist/esm/unescape.js
var unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
  if (windowsPathsNoEscape && s.startsWith("@(!)")) {
    return "!" + unescape(s.slice(4), { windowsPathsNoEscape, magicalBraces });
  }
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
  }
  return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
};

// node_modules/minimatch/dist/esm/index.js
var DEFAULT_BRACE_EXPAND_MAX = 1e5;
var DEFAULT_GLOB_STAR_RECURSION_MAX = 200;
var AWE_KEY = "allowWindowsEscape";
var minimatch = (p, pattern, options) => {
  assertValidPattern(pattern);
  if (!options?.nocomment && pattern.charAt(0) === "#") {
    return false;
  }
  return cachedMinimatch(pattern, options).match(p);
};
var cache = /* @__PURE__ */ new Map();
var oldCache = /* @__PURE__ */ new Map();
var cacheSize = 0;
var cacheTotalWeight = 0;
var cacheMax = 256;
var cacheMaxWeight = 1 << 15;
var cacheMaxEntryWeight = 1 << 12;
var cacheWeight = (mm) => {
  let w = mm.pattern.length;
  for (const s of mm.globSet) {
    w += s.length + 1;
    if (w > cacheMaxEntryWeight)
      break;
  }
  return w;
};
var tri = (v) => v === void 0 ? 0 : v ? 2 : 1;
var booleanWeights = new Map(Object.keys({
  nobrace: 0,
  nocomment: 0,
  nonegate: 0,
  noglobstar: 0,
  noext: 0,
  nonull: 0,
  partial: 0,
  dot: 0,
  nocase: 0,
  nocaseMagicOnly: 0,
  magicalBraces: 0,
  matchBase: 0,
  flipNegate: 0,
  preserveMultipleSlashes: 0,
  windowsNoMagicRoot: 0
}).map((k, i) => [k, 24 * 3 ** i]));
var optionsKey = (o) => {
  let n = 0;
  let wpe = false;
  for (const k in o) {
    const v = o[k];
    switch (k) {
      // the same test as the Minimatch constructor
      case "windowsPathsNoEscape":
        if (v)
          wpe = true;
        break;
      case AWE_KEY:
        if (v === false)
          wpe = true;
        break;
      case "platform": {
        const p = v || defaultPlatform;
        if (p === defaultPlatform)
          break;
        if (p === "darwin")
          n += 3;
        else if (p === "win32")
          n += 6;
        else if (p === "linux")
          n += 9;
        else
          return JSON.stringify(o);
        break;
      }
      case "optimizationLevel":
        if (v === void 0)
          break;
        n += v >= 2 ? 1 : v >= 1 ? 0 : 2;
        break;
      case "braceExpandMax":
        if (v !== void 0 && v !== DEFAULT_BRACE_EXPAND_MAX) {
          return JSON.stringify(o);
        }
        break;
      case "maxGlobstarRecursion":
        if (v !== void 0 && v !== DEFAULT_GLOB_STAR_RECURSION_MAX) {
          return JSON.stringify(o);
        }
        break;
      case "normalize":
        if (v !== void 0)
          return JSON.stringify(o);
        break;
      default:
        n += (booleanWeights.get(k) ?? 0) * tri(v);
    }
  }
  return wpe ? n + 12 : n;
};
var copyOptions = (o) => {
  const copy = {};
  for (const k in o)
    copy[k] = o[k];
  return copy;
};
var cachedMinimatch = (pattern, options) => {
  const key = options ? optionsKey(options) : 0;
  let mm = cache.get(key)?.get(pattern);
  if (mm)
    return mm;
  mm = oldCache.get(key)?.get(pattern) ?? new Minimatch(pattern, copyOptions(options));
  const weight = cacheWeight(mm);
  if (weight > cacheMaxEntryWeight)
    return mm;
  if (cacheSize >= cacheMax || cacheTotalWeight + weight > cacheMaxWeight) {
    oldCache = cache;
    cache = /* @__PURE__ */ new Map();
    cacheSize = 0;
    cacheTotalWeight = 0;
  }
  let byPattern = cache.get(key);
  if (!byPattern)
    cache.set(key, byPattern = /* @__PURE__ */ new Map());
  byPattern.set(pattern, mm);
  cacheSize++;
  cacheTotalWeight += weight;
  return mm;
};
var defaultPlatform = typeof process === "object" && process ? process.env?.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
var path = {
  win32: { sep: "\\" },
  posix: { sep: "/" }
};
var sep = defaultPlatform === "win32" ? path.win32.sep : path.posix.sep;
minimatch.sep = sep;
var GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
var filter = (pattern, options) => {
  let mm;
  return (p) => (mm ??= cachedMinimatch(pattern, options)).match(p);
};
minimatch.filter = filter;
var ext = (a, b = {}) => Object.assign({}, a, b);
var defaults = (def) => {
  if (!def || typeof def !== "object" || !Object.keys(def).length) {
    return minimatch;
  }
  const orig = minimatch;
  const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
  return Object.assign(m, {
    Minimatch: class Minimatch extends orig.Minimatch {
      constructor(pattern, options = {}) {
        super(pattern, ext(def, options));
      }
      static defaults(options) {
        return orig.defaults(ext(def, options)).Minimatch;
      }
    },
    unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
    escape: (s, options = {}) => orig.escape(s, ext(def, options)),
    filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
    defaults: (options) => orig.defaults(ext(def, options)),
    braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
    match: (list2, pattern, options = {}) => orig.match(list2, pattern, ext(def, options)),
    sep: orig.sep,
    GLOBSTAR
  });
};
minimatch.defaults = defaults;
var braceExpand = (pattern, options = {}) => {
  assertValidPattern(pattern);
  if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
    return [pattern];
  }
  let p = pattern.replace(/\\\\/g, "\\\\\\\\");
  if (options.windowsPathsNoEscape || options[AWE_KEY] === false) {
    p = p.replace(/\[([{}])\]/g, "[\\$1]");
  }
  return expand(p, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
var RANGE_MIN = 100;
var rangeRe = /(?<![\\$])\{(-?\d+)\.\.(-?\d+)\}/g;
var inRepeatOrNegExt = (portion, mark) => {
  const stack = [];
  for (let i = 0; i < portion.length; i++) {
    const c = portion.charAt(i);
    if (c === "\\") {
      i++;
    } else if (c === mark) {
      if (stack.some((t) => t !== "@" && t !== "?"))
        return true;
    } else if (portion.charAt(i + 1) === "(" && "!?+*@".includes(c)) {
      stack.push(c);
      i++;
    } else if (c === ")") {
      stack.pop();
    }
  }
  return false;
};
var match = (list2, pattern, options = {}) => {
  const mm = new Minimatch(pattern, options);
  list2 = list2.filter((f) => mm.match(f));
  if (mm.options.nonull && !list2.length) {
    list2.push(pattern);
  }
  return list2;
};
minimatch.match = match;
var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
var classEnd = (pattern, start) => {
  let i = start + 1;
  if (pattern.charAt(i) === "!" || pattern.charAt(i) === "^")
    i++;
  let sawStart = false;
  for (; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "]" && sawStart)
      return i;
    sawStart = true;
    if (c === "\\")
      i++;
  }
  return -1;
};
var literal = (pattern, noext) => {
  if (!noext && (pattern === "+()" || pattern === "@()"))
    return pattern;
  let lit2 = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      lit2 += pattern.charAt(++i) || c;
    } else if (c === "*" || c === "?") {
      return void 0;
    } else if (c === "[") {
      const close = classEnd(pattern, i);
      if (close === -1) {
        lit2 += c;
        continue;
      }
      let body = pattern.slice(i + 1, close);
      if (body.startsWith("\\"))
        body = body.slice(1);
      if ([...body].length !== 1 || "!^".includes(pattern.charAt(i + 1))) {
        return void 0;
      }
      lit2 += body;
      i = close;
    } else if (!noext && "+@!".includes(c) && pattern.charAt(i + 1) === "(" && pattern.includes(")", i + 2)) {
      return void 0;
    } else {
      lit2 += c;
    }
  }
  return lit2;
};
var MAX_EXTGLOBS = 256;
var extglobCount = (pattern) => {
  let n = 0;
  for (let i = 0; i < pattern.length - 1; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      i++;
    } else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(") {
      n++;
      i++;
    }
  }
  return n;
};
var assertValidExtglobs = (pattern) => {
  if (extglobCount(pattern) > MAX_EXTGLOBS) {
    throw new TypeError("pattern has too many extglobs");
  }
};
var extSafe = (pattern) => {
  if (/^[?*+@]\(\)$/.test(pattern) || pattern.includes("[:"))
    return false;
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      if (++i === pattern.length)
        return false;
    } else if (c === "[") {
      const close = classEnd(pattern, i);
      if (close !== -1)
        i = close;
    } else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(") {
      depth++;
      i++;
    } else if (c === ")") {
      if (!depth--)
        return false;
    } else if (c === "|" && !depth) {
      return false;
    }
  }
  return !depth;
};
var lastSplit;
var lastChecked;
var portionMatch = (p, f) => typeof p === "string" ? f === p : f !== "" && p.testUnchecked(f);
var endIndex = (p, last, lastStart, prev, prevStart) => portionMatch(p, last) ? lastStart : prev !== void 0 && portionMatch(p, prev) ? prevStart : -1;
var isDots = (p) => p === "." || p === "..";
var isDrive = (p) => typeof p === "string" && /^[a-z]:$/i.test(p);
var isLongUNC = (p) => typeof p === "string" && /^unc$/i.test(p);
var uncHost = (p) => {
  if (p[0] !== "" || p[1] !== "")
    return -1;
  const h = p[2] !== "?" ? 2 : isLongUNC(p[3]) ? 4 : -1;
  const host = p[h];
  const share = p[h + 1];
  return h !== -1 && host !== void 0 && host !== "" && host !== GLOBSTAR && share !== void 0 && share !== "" && share !== GLOBSTAR ? h : -1;
};
var walkable = (p, dot) => !isDots(p) && (dot || !p.startsWith("."));
var dotPortion = (f, start, end, dot, sep2) => {
  for (let k = start; k < end; ) {
    if (f.charCodeAt(k) === 46) {
      if (!dot)
        return true;
      const n = f.charCodeAt(k + 1) === 46 ? k + 2 : k + 1;
      if (n >= end || isSep(f.charCodeAt(n), sep2))
        return true;
    }
    const s = nextSep(f, k, sep2);
    if (s === -1)
      return false;
    k = s + 1;
    while (k < end && isSep(f.charCodeAt(k), sep2))
      k++;
  }
  return false;
};
var isSep = (c, sep2) => sep2 === "/" ? c === 47 : sep2 === "\\" ? c === 92 : c === 47 || c === 92;
var nextSep = (f, from, sep2) => {
  if (sep2 !== "both")
    return f.indexOf(sep2, from);
  const s = f.indexOf("/", from);
  const b = f.indexOf("\\", from);
  return s === -1 ? b : b === -1 ? s : Math.min(s, b);
};
var lastSep = (f, from, sep2) => sep2 !== "both" ? f.lastIndexOf(sep2, from) : Math.max(f.lastIndexOf("/", from), f.lastIndexOf("\\", from));
var PENDING = {};
var Minimatch = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  // the path can be checked against the last portion, and the string
  // portions, of each row before it is split. See #canMatch.
  #endCheck;
  #literalCheck;
  // level 2 resolves `.` and `..` portions in the path
  #level2;
  // the unicode normalization form, if any
  #form;
  // the string portions of each row in the set
  #literals = [];
  // the rows that #canMatch can match without splitting the path
  #shapes = [];
  // the rows whose last portion can be checked against the path's
  #endRows = [];
  // brace expansion can make the same portion in many rows, so they
  // share one Matcher, and the states that it caches
  #matchers = /* @__PURE__ */ new Map();
  // parse() returns PENDING in place of a Matcher
  #pending = false;
  // the char that marks numeric ranges in globSet, if any
  #rangeMark;
  // the GlobstarParts of each pattern row, by start index and partial
  #globstarParts = /* @__PURE__ */ new WeakMap();
  constructor(pattern, options = {}) {
    assertValidPattern(pattern);
    options = options || {};
    this.options = options;
    this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? DEFAULT_GLOB_STAR_RECURSION_MAX;
    this.pattern = pattern;
    this.platform = options.platform || defaultPlatform;
    this.isWindows = this.platform === "win32";
    this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[AWE_KEY] === false;
    if (this.windowsPathsNoEscape) {
      this.pattern = this.pattern.replace(/\\/g, "/");
    }
    this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
    this.negate = false;
    this.nonegate = !!options.nonegate;
    this.comment = false;
    this.empty = false;
    this.partial = !!options.partial;
    this.nocase = !!this.options.nocase;
    this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
    this.globSet = [];
    this.globParts = [];
    this.set = [];
    this.#endCheck = !this.preserveMultipleSlashes;
    this.#level2 = (options.optimizationLevel ?? 1) >= 2;
    const n = options.normalize;
    this.#form = n === true ? "NFC" : n || void 0;
    this.make();
    const drives = this.set.map((row3) => this.#rootIndex(row3));
    this.#endRows = this.set.map((row3, r) => this.#endCheck && row3.length - 1 > drives[r]);
    this.#literals = this.set.map((row3, r) => {
      const end = this.#endRows[r] ? row3.length - 1 : row3.length;
      const lits = row3.slice(drives[r] + 1, end).filter((p) => typeof p === "string" && !!p);
      return [...new Set(lits)];
    });
    this.#literalCheck = this.#literals.some((l) => l.length);
    this.#shapes = this.set.map((row3, r) => {
      const [p0, p1, p2] = row3;
      if (this.#endRows[r] && row3.length === 2) {
        if (p0 === GLOBSTAR && p1 !== GLOBSTAR)
          return "tail";
      }
      if (this.#endRows[r] && options.matchBase && row3.length === 1 && p0 !== GLOBSTAR && p0 !== "") {
        return "base";
      }
      if (!this.#endCheck || drives[r] !== -1)
        return void 0;
      if (row3.length === 3 && p0 === GLOBSTAR && p2 === GLOBSTAR && p1 !== GLOBSTAR && p1 !== "" && // the portion between is only matched below this limit
      this.maxGlobstarRecursion > 0) {
        return "mid";
      }
      if (row3.length === 2 && p1 === GLOBSTAR && p0 !== GLOBSTAR && p0 !== "") {
        return "head";
      }
      return void 0;
    });
  }
  // a string portion of a pattern, normalized if the option is set
  #norm(p) {
    return this.#form ? p.normalize(this.#form) : p;
  }
  // On Windows, the index of the last root portion of a row, as
  // #matchRow finds it: 0 for `c:/...`, 3 for `//?/c:/...` and
  // `//host/share/...`, and 5 for `//?/UNC/host/share/...`. Otherwise
  // -1.
  #rootIndex(row3) {
    if (!this.isWindows)
      return -1;
    if (isDrive(row3[0]))
      return 0;
    const uncDrive = row3[0] === "" && row3[1] === "" && row3[2] === "?" && isDrive(row3[3]);
    if (uncDrive)
      return 3;
    const h = uncHost(row3);
    return h === -1 ? -1 : h + 1;
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1) {
      return true;
    }
    for (const pattern of this.set) {
      for (const part of pattern) {
        if (typeof part !== "string")
          return true;
      }
    }
    return false;
  }
  make() {
    const pattern = this.pattern;
    const options = this.options;
    if (!options.nocomment && pattern.charAt(0) === "#") {
      this.comment = true;
      return;
    }
    if (!pattern) {
      this.empty = true;
      return;
    }
    this.parseNegate();
    this.globSet = [...new Set(this.#expandBraces())];
    const rawGlobParts = this.globSet.map((s) => this.#slashSplit(s));
    this.globParts = this.preprocess(rawGlobParts);
    this.#pending = true;
    let set = this.globParts.map((s, _, __) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        const n = s[2] === "?" && isLongUNC(s[3]) ? 6 : 4;
        const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && s.slice(3, n).every((p) => !globMagic.test(p));
        const isDrive2 = /^[a-z]:/i.test(s[0]);
        if (isUNC) {
          return [
            ...s.slice(0, n).map((p) => this.#norm(p)),
            ...s.slice(n).map((ss) => this.parse(ss))
          ];
        } else if (isDrive2) {
          return [
            this.#norm(s[0]),
            ...s.slice(1).map((ss) => this.parse(ss))
          ];
        }
      }
      return s.map((ss) => this.parse(ss));
    });
    this.set = set.filter((s) => s.indexOf(false) === -1);
    if (this.isWindows) {
      for (let i = 0; i < this.set.length; i++) {
        const p = this.set[i];
        if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && (isDrive(p[3]) || isLongUNC(this.globParts[i][3]))) {
          if (isLongUNC(this.globParts[i][3]))
            p[3] = "UNC";
          p[2] = "?";
        }
      }
    }
    if (!options.noext)
      this.mergeRows();
    this.#pending = false;
    this.set.forEach((row3, i) => {
      for (let k = 0; k < row3.length; k++) {
        if (row3[k] === PENDING) {
          row3[k] = this.parse(this.globParts[i][k]);
        }
      }
    });
  }
  // Merge rows that only differ in one portion, where each of them
  // is a Matcher, into one row that matches any of them with
  // `@(a|b|...)`. Then a path is only walked once for all of them,
  // for example with `**/*.{js,ts}`.
  mergeRows() {
    let merged = true;
    while (merged) {
      merged = false;
      if (this.set.length < 2)
        return;
      let keys = this.#mergeKeys();
      const len = Math.max(0, ...this.set.map((r) => r.length));
      for (let k = 0; k < len; k++) {
        const groups = /* @__PURE__ */ new Map();
        const R = this.set.length + 1;
        this.set.forEach((row3, i) => {
          if (!(row3[k] instanceof Matcher || row3[k] === PENDING) || !extSafe(this.globParts[i][k])) {
            return;
          }
          const { pre, suf } = keys[i];
          const key = pre[k] * R + suf[k + 1];
          const g = groups.get(key);
          if (g)
            g.push(i);
          else
            groups.set(key, [i]);
        });
        const drop = /* @__PURE__ */ new Set();
        for (const g of groups.values()) {
          if (g.length < 2)
            continue;
          const [first, ...rest] = g;
          const alts = g.map((i) => this.globParts[i][k]);
          const glob2 = `@(${alts.join("|")})`;
          if (extglobCount(glob2) > MAX_EXTGLOBS)
            continue;
          this.globParts[first][k] = glob2;
          this.set[first][k] = this.parse(glob2);
          for (const i of rest)
            drop.add(i);
        }
        if (drop.size) {
          merged = true;
          this.set = this.set.filter((_, i) => !drop.has(i));
          this.globParts = this.globParts.filter((_, i) => !drop.has(i));
          if (this.set.length < 2)
            return;
          keys = this.#mergeKeys();
        }
      }
    }
  }
  // For each row, number ids for its prefixes and suffixes, such that
  // pre[k] identifies parts[0..k) and suf[k] identifies parts[k..n).
  // Two rows are the same other than at portion k exactly when they
  // have the same pre[k] and suf[k + 1]. This is linear in the size of
  // the rows, where joining the whole row for every k was quadratic.
  #mergeKeys() {
    const partIds = /* @__PURE__ */ new Map();
    const ids = this.globParts.map((parts) => parts.map((s) => {
      let id = partIds.get(s);
      if (id === void 0)
        partIds.set(s, id = partIds.size);
      return id;
    }));
    const P = partIds.size;
    const len = Math.max(0, ...ids.map((r) => r.length));
    const keys = ids.map((r) => ({
      pre: [0],
      suf: new Array(r.length + 1).fill(0)
    }));
    for (let k = 0; k < len; k++) {
      const m = /* @__PURE__ */ new Map();
      ids.forEach((r, i) => {
        if (k >= r.length)
          return;
        const { pre } = keys[i];
        const key = pre[k] * P + r[k];
        let id = m.get(key);
        if (id === void 0)
          m.set(key, id = m.size + 1);
        pre.push(id);
      });
    }
    for (let k = len - 1; k >= 0; k--) {
      const m = /* @__PURE__ */ new Map();
      ids.forEach((r, i) => {
        if (k >= r.length)
          return;
        const { suf } = keys[i];
        const key = suf[k + 1] * P + r[k];
        let id = m.get(key);
        if (id === void 0)
          m.set(key, id = m.size + 1);
        suf[k] = id;
      });
    }
    return keys;
  }
  // various transforms to equivalent pattern sets that are
  // faster to process in a filesystem walk.  The goal is to
  // eliminate what we can, and push all ** patterns as far
  // to the right as possible, even if it increases the number
  // of patterns that we have to process.
  preprocess(globParts) {
    if (this.options.noglobstar) {
      for (const partset of globParts) {
        for (let j = 0; j < partset.length; j++) {
          if (partset[j] === "**") {
            partset[j] = "*";
          }
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      globParts = this.firstPhasePreProcess(globParts);
      globParts = this.secondPhasePreProcess(globParts);
    } else if (optimizationLevel >= 1) {
      globParts = this.levelOneOptimize(globParts);
    } else {
      globParts = this.adjascentGlobstarOptimize(globParts);
    }
    return globParts;
  }
  // just get rid of adjascent ** portions
  adjascentGlobstarOptimize(globParts) {
    return globParts.map((parts) => {
      let gs = -1;
      while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
        let i = gs;
        while (parts[i + 1] === "**") {
          i++;
        }
        if (i !== gs) {
          parts.splice(gs, i - gs);
        }
      }
      return parts;
    });
  }
  // get rid of adjascent ** and resolve .. portions
  levelOneOptimize(globParts) {
    return globParts.map((parts) => {
      const root = this.#rootIndex(parts) + 1;
      parts = parts.reduce((set, part) => {
        const prev = set[set.length - 1];
        if (part === "**" && prev === "**") {
          return set;
        }
        if (part === "..") {
          if (set.length > root && prev && prev !== ".." && prev !== "." && prev !== "**") {
            set.pop();
            return set;
          }
        }
        set.push(part);
        return set;
      }, []);
      return parts.length === 0 ? [""] : parts;
    });
  }
  // Check the path against each row before it is split. 'no' if no
  // row can match, so it does not need to be split. 'yes' if a row of
  // `**` and one more portion matches. 'maybe' if it must be split to
  // know. None of this applies with partial, where the path can end
  // before the row does.
  //
  // On Windows, `\` is a separator in the path too, and the portions of
  // a row up to its drive letter or UNC share are not checked (see
  // #rootIndex).
  //
  // Each string portion of a row must be a portion of the path, so the
  // path must contain it. Level 2 can only take portions out of the
  // path, so this is still true then.
  //
  // The last portion of a row must match the last portion of the path,
  // or the one before a trailing `/` (as a/* and a/**/* match a/b/).
  // This does not apply to rows that end in **, rows that end in a
  // root, or preserveMultipleSlashes (which can leave more
  // than one '' at the end). At level 2, it does not apply if that
  // portion is `.` or `..`, which can be
  // resolved away. Level 2 only takes other portions out of the
  // middle of the path.
  //
  // A row of `**/x` then matches if the ** can walk the portions
  // before the one that x matches, the same as #matchGlobstar. At
  // level 2, this is only known if none of them are `.` or `..`, so
  // that the path does not change when it is resolved.
  #canMatch(f) {
    const sep2 = !this.isWindows || !f.includes("\\") ? "/" : f.includes("/") ? "both" : "\\";
    let ends = this.#endCheck ? 0 : -1;
    let last = "";
    let lastStart = 0;
    let prev;
    let prevStart = 0;
    const dot = !!this.options.dot;
    ROWS: for (let r = 0; r < this.set.length; r++) {
      const row3 = this.set[r];
      const p = row3[row3.length - 1];
      let end = ends !== -1 && this.#endRows[r] && p !== GLOBSTAR;
      if (end && ends === 0) {
        const i = lastSep(f, f.length, sep2);
        lastStart = i + 1;
        last = f.slice(lastStart);
        if (last === "" && i >= 0) {
          let j = i;
          while (j > 0 && isSep(f.charCodeAt(j - 1), sep2))
            j--;
          prevStart = j === 0 ? 0 : lastSep(f, j - 1, sep2) + 1;
          prev = f.slice(prevStart, j);
        }
        const resolves = this.#level2 && (isDots(last) || last === "" && prev !== void 0 && isDots(prev));
        ends = resolves ? -1 : 1;
        end = !resolves;
      }
      let tailStart = -1;
      if (end && typeof p === "string") {
        tailStart = endIndex(p, last, lastStart, prev, prevStart);
        if (tailStart === -1)
          continue;
      }
      if (this.#literalCheck) {
        for (const l of this.#literals[r]) {
          if (!f.includes(l))
            continue ROWS;
        }
      }
      if (end && typeof p === "object") {
        tailStart = endIndex(p, last, lastStart, prev, prevStart);
        if (tailStart === -1)
          continue;
      }
      const shape = this.#shapes[r];
      if (shape === "base" && end)
        return "yes";
      if (shape === "tail" && end) {
        if (this.#level2 && dotPortion(f, 0, tailStart, true, sep2)) {
          return "maybe";
        }
        if (!dotPortion(f, 0, tailStart, dot, sep2))
          return "yes";
        continue;
      }
      if (shape === "mid" || shape === "head") {
        const m = this.#walk(f, row3, shape === "head", dot, sep2);
        if (m !== "no")
          return m;
        continue;
      }
      return "maybe";
    }
    return "no";
  }
  // Match a row of a known shape against the split path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do. None of these
  // rows have a drive letter, so they start at the first portion.
  #matchShape(file, row3, shape) {
    const dot = !!this.options.dot;
    const n = file.length;
    if (shape === "head") {
      if (n < 2 || !portionMatch(row3[0], file[0])) {
        return false;
      }
      for (let i = 1; i < n; i++)
        if (!walkable(file[i], dot))
          return false;
      return true;
    }
    const x = row3[1];
    if (shape === "tail") {
      let t = n - 1;
      if (!portionMatch(x, file[t])) {
        if (file[t] !== "" || n === 1 || !portionMatch(x, file[--t])) {
          return false;
        }
      }
      for (let i = 0; i < t; i++)
        if (!walkable(file[i], dot))
          return false;
      return true;
    }
    for (let k = 0; k < n; k++) {
      if (portionMatch(x, file[k]) && k + 1 < n) {
        let i = k + 1;
        while (i < n && walkable(file[i], dot))
          i++;
        if (i === n)
          return true;
      }
      if (!walkable(file[k], dot))
        return false;
    }
    return false;
  }
  // Match a row of `**/x/**` or `x/**` against the path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do once it is split.
  // x must match a portion (the first one, for `x/**`), the ** before
  // it must be able to walk the portions before that one, and there
  // must be a portion after it, which the ** after it can walk. At
  // level 2, this is only known if no portion is `.` or `..`.
  #walk(f, row3, head, dot, sep2) {
    if (this.#level2 && dotPortion(f, 0, f.length, true, sep2))
      return "maybe";
    const x = row3[head ? 0 : 1];
    let s = 0;
    for (let e = nextSep(f, s, sep2); e !== -1; e = nextSep(f, s, sep2)) {
      let next = e + 1;
      while (next < f.length && isSep(f.charCodeAt(next), sep2))
        next++;
      const hit = typeof x === "string" ? e - s === x.length && f.startsWith(x, s) : e > s && x.testUnchecked(f.slice(s, e));
      if (hit && !dotPortion(f, next, f.length, dot, sep2))
        return "yes";
      if (head || dotPortion(f, s, next, dot, sep2))
        return "no";
      s = next;
    }
    return "no";
  }
  // the last split, if it was the same path with the same split
  // settings
  #cachedSplit(f) {
    const last = lastSplit;
    return last?.f === f && last.isWindows === this.isWindows && last.preserveMultipleSlashes === this.preserveMultipleSlashes && last.normalize === this.#form ? last : void 0;
  }
  // split a path for match(), and keep the parts for the next call
  #split(f) {
    const { isWindows, preserveMultipleSlashes } = this;
    let parts = this.#slashSplit(isWindows ? f.split("\\").join("/") : f);
    const normalize3 = this.#form;
    if (normalize3)
      parts = parts.map((p) => p.normalize(normalize3));
    lastSplit = {
      f,
      isWindows,
      preserveMultipleSlashes,
      normalize: normalize3,
      parts
    };
    return lastSplit;
  }
  // resolve `.` and `..` portions of a path, for level 2
  #levelTwoFileOptimize(file) {
    const parts = [...file];
    let didSomething = false;
    do {
      didSomething = false;
      if (!this.preserveMultipleSlashes) {
        for (let i = 1; i < parts.length - 1; i++) {
          const p = parts[i];
          if (i === 1 && p === "" && parts[0] === "")
            continue;
          if (p === "." || p === "") {
            didSomething = true;
            parts.splice(i, 1);
            i--;
          }
        }
        if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
          didSomething = true;
          parts.pop();
        }
      }
      const root = this.#rootIndex(parts) + 1;
      let dd = root;
      while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
        const p = parts[dd - 1];
        if (p && p !== "." && p !== ".." && p !== "**") {
          didSomething = true;
          parts.splice(dd - 1, 2);
          dd = Math.max(dd - 2, root);
        }
      }
    } while (didSomething);
    return parts.length === 0 ? [""] : parts;
  }
  // First phase: single-pattern processing
  // <pre> is 1 or more portions
  // <rest> is 1 or more portions
  // <p> is any portion other than ., .., '', or **
  // <e> is . or ''
  //
  // **/.. is *brutal* for filesystem walking performance, because
  // it effectively resets the recursive walk each time it occurs,
  // and ** cannot be reduced out by a .. pattern part like a regexp
  // or most strings (other than .., ., and '') can be.
  //
  // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
  // <pre>/<e>/<rest> -> <pre>/<rest>
  // <pre>/<p>/../<rest> -> <pre>/<rest>
  // **/**/<rest> -> **/<rest>
  //
  // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
  // this WOULD be allowed if ** did follow symlinks, or * didn't
  firstPhasePreProcess(globParts) {
    const { braceExpandMax = DEFAULT_BRACE_EXPAND_MAX } = this.options;
    let splitCells = 0;
    const maxSplitCells = 1e6;
    let didSomething = false;
    do {
      didSomething = false;
      for (let parts of globParts) {
        let gs = -1;
        while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
          let gss = gs;
          while (parts[gss + 1] === "**") {
            gss++;
          }
          if (gss > gs) {
            parts.splice(gs + 1, gss - gs);
          }
          let next = parts[gs + 1];
          const p = parts[gs + 2];
          const p2 = parts[gs + 3];
          if (next !== "..")
            continue;
          if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
            continue;
          }
          const addedCells = parts.length - 1;
          if (globParts.length >= braceExpandMax || splitCells + addedCells > maxSplitCells) {
            throw new RangeError(`optimizationLevel 2: too many patterns from '**/..'`);
          }
          didSomething = true;
          parts.splice(gs, 1);
          const other = parts.slice(0);
          other[gs] = "**";
          splitCells += addedCells;
          globParts.push(other);
          gs--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let i = 1; i < parts.length - 1; i++) {
            const p = parts[i];
            if (i === 1 && p === "" && parts[0] === "")
              continue;
            if (p === "." || p === "") {
              didSomething = true;
              parts.splice(i, 1);
              i--;
            }
          }
          if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
            didSomething = true;
            parts.pop();
          }
        }
        const root = this.#rootIndex(parts) + 1;
        let dd = root;
        while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
          const p = parts[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = true;
            const needDot = dd === 1 && parts[dd + 1] === "**";
            const splin = needDot ? ["."] : [];
            parts.splice(dd - 1, 2, ...splin);
            if (parts.length === 0)
              parts.push("");
            dd = Math.max(dd - 2, root);
          }
        }
      }
    } while (didSomething);
    return globParts;
  }
  // second phase: multi-pattern dedupes
  // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
  // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
  secondPhasePreProcess(globParts) {
    const keys = /* @__PURE__ */ new Set();
    const rows = globParts.filter((parts) => {
      const key = parts.join("/");
      if (keys.has(key))
        return false;
      keys.add(key);
      return true;
    });
    const stars = /* @__PURE__ */ new Map();
    for (const parts of rows) {
      const s = [];
      for (let i = 0; i < parts.length; i++) {
        if (parts[i] === "*")
          s.push(i);
      }
      if (s.length)
        stars.set(s.join(","), s);
    }
    if (!stars.size || rows.length * stars.size > 1e5)
      return rows;
    const { dot } = this.options;
    return rows.filter((parts) => {
      for (const s of stars.values()) {
        if (s[s.length - 1] >= parts.length)
          continue;
        const c = [...parts];
        let ok = true;
        let changed = false;
        for (const i of s) {
          const p = parts[i];
          if (p === "*")
            continue;
          if (!p || p === "**" || !dot && p.startsWith(".")) {
            ok = false;
            break;
          }
          c[i] = "*";
          changed = true;
        }
        if (ok && changed && keys.has(c.join("/")))
          return false;
      }
      return true;
    });
  }
  parseNegate() {
    if (this.nonegate)
      return;
    const pattern = this.pattern;
    let negate = false;
    let negateOffset = 0;
    for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
      negate = !negate;
      negateOffset++;
    }
    if (negateOffset)
      this.pattern = pattern.slice(negateOffset);
    this.negate = negate;
  }
  // Match the parts of a path against one row of the set. `resolved`
  // is the parts after level 2 resolves `.` and `..` in them, or the
  // same parts below level 2. Set partial to true to test if, for
  // example, "/a/b" matches the start of "/*/b/*/d". Partial means, if
  // you run out of file before you run out of pattern, then that's
  // fine, as long as all the parts match.
  #matchRow(file, resolved, pattern, partial) {
    let fileStartIndex = 0;
    let patternStartIndex = 0;
    const fh = this.isWindows ? uncHost(resolved) : -1;
    const ph = fh === -1 ? -1 : uncHost(pattern);
    if (ph !== -1) {
      const host = pattern[ph];
      const share = pattern[ph + 1];
      if (typeof host !== "string" || typeof share !== "string") {
        fileStartIndex = fh;
        patternStartIndex = ph;
      } else if (resolved[fh].toLowerCase() === host.toLowerCase() && resolved[fh + 1].toLowerCase() === share.toLowerCase()) {
        fileStartIndex = fh + 2;
        patternStartIndex = ph + 2;
      }
    } else if (this.isWindows) {
      const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
      const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
      const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
      const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
      const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
      const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
      if (typeof fdi === "number" && typeof pdi === "number") {
        const [fd, pd] = [
          file[fdi],
          pattern[pdi]
        ];
        if (fd.toLowerCase() === pd.toLowerCase()) {
          patternStartIndex = pdi + 1;
          fileStartIndex = fdi + 1;
        }
      }
    }
    file = resolved;
    if (pattern.includes(GLOBSTAR)) {
      return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
  }
  #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
    const { head, body, tail, segments } = this.#getGlobstarParts(pattern, partial, patternIndex);
    if (head.length) {
      const headEnd = fileIndex + head.length;
      if (!this.#matchOne(file, head, partial, fileIndex, 0, headEnd)) {
        return false;
      }
      fileIndex += head.length;
      patternIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail.length) {
      if (tail.length + fileIndex > file.length)
        return false;
      let tailStart = file.length - tail.length;
      if (this.#matchOne(file, tail, partial, tailStart, 0)) {
        fileTailMatch = tail.length;
      } else {
        if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
          return false;
        }
        tailStart--;
        if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
          return false;
        }
        fileTailMatch = tail.length + 1;
      }
    }
    if (!body.length) {
      let sawSome = !!fileTailMatch;
      for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
        const f = String(file[i]);
        sawSome = true;
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return partial || sawSome;
    }
    return !!this.#matchGlobStarBodySections(file, segments, file.length - fileTailMatch, fileIndex, 0, partial, 0, !!fileTailMatch, /* @__PURE__ */ new Set());
  }
  // Split the pattern into head, tail, and middle of ** delimited
  // parts. The tail has to be at the end, and the others just have to
  // be found in order from the head. These only depend on the pattern
  // row, so they are kept for the next path.
  #getGlobstarParts(pattern, partial, patternIndex) {
    let byStart = this.#globstarParts.get(pattern);
    if (!byStart) {
      byStart = [];
      this.#globstarParts.set(pattern, byStart);
    }
    const key = patternIndex * 2 + (partial ? 1 : 0);
    const found = byStart[key];
    if (found)
      return found;
    const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
    const lastgs = pattern.lastIndexOf(GLOBSTAR);
    const head = pattern.slice(patternIndex, firstgs);
    const body = pattern.slice(firstgs + 1, partial ? void 0 : lastgs);
    const tail = partial ? [] : pattern.slice(lastgs + 1);
    const segments = [[[], 0]];
    let current = segments[0];
    let nonGsParts = 0;
    const nonGsPartsSums = [0];
    for (const b of body) {
      if (b === GLOBSTAR) {
        nonGsPartsSums.push(nonGsParts);
        current = [[], 0];
        segments.push(current);
      } else {
        current[0].push(b);
        nonGsParts++;
      }
    }
    segments.forEach((b, i) => {
      b[1] = nonGsParts - nonGsPartsSums[i];
    });
    const parts = { head, body, tail, segments };
    byStart[key] = parts;
    return parts;
  }
  // return false for "nope, not matching"
  // return null for "not matching, cannot keep trying"
  #matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex, bodyIndex, partial, globStarDepth, sawTail, tried) {
    const bs = bodySegments[bodyIndex];
    if (!bs) {
      if (partial) {
        return fileIndex >= fileLength || fileIndex === fileLength - 1 && file[fileIndex] === "";
      }
      for (let i = fileIndex; i < fileLength; i++) {
        sawTail = true;
        const f = file[i];
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return sawTail;
    }
    const [body, need] = bs;
    const after = partial ? fileLength : fileLength - need;
    while (fileIndex <= after) {
      const key = bodyIndex * (file.length + 1) + fileIndex;
      if (tried.has(key))
        return false;
      tried.add(key);
      const m = this.#matchOne(file, body, partial, fileIndex, 0, fileIndex + body.length);
      if (m && globStarDepth < this.maxGlobstarRecursion) {
        const sub = this.#matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail, tried);
        if (sub !== false) {
          return sub;
        }
      }
      if (fileIndex === after)
        break;
      const f = file[fileIndex];
      if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
        return false;
      }
      fileIndex++;
    }
    return partial || null;
  }
  #matchOne(file, pattern, partial, fileIndex, patternIndex, fileEnd = file.length) {
    let fi;
    let pi;
    let pl;
    let fl;
    for (fi = fileIndex, pi = patternIndex, fl = Math.min(fileEnd, file.length), pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
      let p = pattern[pi];
      let f = file[fi];
      if (p === false || p === GLOBSTAR) {
        return false;
      }
      if (!portionMatch(p, f))
        return false;
    }
    if (fi === fl && pi === pl) {
      return true;
    } else if (fi === fl) {
      return partial;
    } else if (pi === pl) {
      return fi === fl - 1 && file[fi] === "";
    } else {
      throw new Error("wtf?");
    }
  }
  braceExpand() {
    return braceExpand(this.pattern, this.options);
  }
  // Expand braces, except numeric ranges such as {0..999} with at
  // least RANGE_MIN values. Each of those stays in its pattern as
  // `<mark>0..999<mark>`, for the Matcher to test. If a range might
  // be inside a [...] class, expand all of them instead.
  #expandBraces() {
    const { pattern } = this;
    if (this.options.nobrace)
      return this.braceExpand();
    let code2 = 57344;
    while (pattern.includes(String.fromCharCode(code2))) {
      if (++code2 > 63743)
        return this.braceExpand();
    }
    const mark = String.fromCharCode(code2);
    let found = false;
    const marked = pattern.replace(rangeRe, (m, lo, hi) => {
      const a = Number(lo);
      const b = Number(hi);
      if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || Math.abs(a - b) + 1 < RANGE_MIN) {
        return m;
      }
      found = true;
      return `${mark}${lo}..${hi}${mark}`;
    });
    if (!found)
      return this.braceExpand();
    const set = braceExpand(marked, this.options);
    for (const p of set) {
      for (const portion of p.split("/")) {
        const c = portion.indexOf("[");
        if (c !== -1 && c < portion.lastIndexOf(mark)) {
          return this.braceExpand();
        }
        if (!this.options.noext && inRepeatOrNegExt(portion, mark)) {
          return this.braceExpand();
        }
      }
    }
    this.#rangeMark = mark;
    return set;
  }
  parse(pattern) {
    assertValidPattern(pattern);
    const options = this.options;
    if (pattern === "**")
      return GLOBSTAR;
    if (pattern === "")
      return "";
    const { nocase, nocaseMagicOnly, noext = false, dot, normalize: normalize3 } = options;
    const rangeMark = this.#rangeMark;
    const lit2 = rangeMark && pattern.includes(rangeMark) ? void 0 : literal(pattern, noext);
    if (lit2 !== void 0 && !(nocase && !nocaseMagicOnly && pattern.toUpperCase() !== pattern.toLowerCase())) {
      return this.#norm(lit2);
    }
    if (this.#pending)
      return PENDING;
    let m = this.#matchers.get(pattern);
    if (!m) {
      if (!noext)
        assertValidExtglobs(pattern);
      m = new Matcher(pattern, {
        nocase,
        noext,
        dot,
        normalize: normalize3,
        ...rangeMark && { rangeMark }
      });
      this.#matchers.set(pattern, m);
    }
    return m;
  }
  #slashSplit(p) {
    if (this.preserveMultipleSlashes) {
      return p.split("/");
    } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
      return ["", ...p.split(/\/+/)];
    } else {
      return p.split(/\/+/);
    }
  }
  match(f, partial = this.partial) {
    if (this.comment) {
      return false;
    }
    if (this.empty) {
      return f === "";
    }
    if (f === "/" && partial) {
      return true;
    }
    const options = this.options;
    let split = this.#cachedSplit(f);
    if (!split) {
      if (!partial && !this.#form && (this.#endCheck || this.#literalCheck) && lastChecked !== f) {
        lastChecked = f;
        const can = this.#canMatch(f);
        if (can === "no")
          return options.flipNegate ? false : this.negate;
        if (can === "yes")
          return options.flipNegate ? true : !this.negate;
      }
      split = this.#split(f);
    }
    const ff = split.parts;
    const resolved = this.#level2 ? split.resolved ??= this.#levelTwoFileOptimize(ff) : ff;
    const set = this.set;
    let filename = ff[ff.length - 1];
    if (!filename) {
      for (let i = ff.length - 2; !filename && i >= 0; i--) {
        filename = ff[i];
      }
    }
    for (let r = 0; r < set.length; r++) {
      const pattern = set[r];
      const shape = partial ? void 0 : this.#shapes[r];
      const hit = shape === "base" ? portionMatch(pattern[0], filename) : shape ? this.#matchShape(resolved, pattern, shape) : options.matchBase && pattern.length === 1 ? this.#matchRow([filename], [filename], pattern, partial) : this.#matchRow(ff, resolved, pattern, partial);
      if (hit) {
        if (options.flipNegate) {
          return true;
        }
        return !this.negate;
      }
    }
    if (options.flipNegate) {
      return false;
    }
    return this.negate;
  }
  static defaults(def) {
    return minimatch.defaults(def).Minimatch;
  }
};
minimatch.Minimatch = Minimatch;
minimatch.escape = escape2;
minimatch.unescape = unescape;

// src/codeowners/pattern.ts
var MINIMATCH_OPTIONS = {
  dot: true,
  nocase: false,
  nobrace: true,
  noext: true,
  nonegate: true,
  nocomment: true,
  platform: "linux",
  windowsPathsNoEscape: false
};
var MINIMATCH_SPECIAL = /* @__PURE__ */ new Set([
  "\\",
  "*",
  "?",
  "[",
  "]",
  "{",
  "}",
  "(",
  ")",
  "!",
  "+",
  "@",
  "#"
]);
function compilePattern(source) {
  const issues = [];
  if (source.startsWith("\\#")) {
    issues.push({
      ruleId: "codeowners/escaped-comment",
      severity: "error",
      message: 'GitHub does not support escaping a leading "#" with "\\": this line is ignored. Match such files with a wildcard instead (e.g. "?foo" or "*foo").',
      offset: 0,
      fatal: true
    });
    return { compiled: null, issues };
  }
  if (source.startsWith("!")) {
    issues.push({
      ruleId: "codeowners/negation",
      severity: "error",
      message: 'GitHub does not support "!" negation in CODEOWNERS: this line is ignored. To exclude a path, add a later rule for it with other owners, or with no owners to un-assign it.',
      offset: 0,
      fatal: true
    });
    return { compiled: null, issues };
  }
  const tokens = [];
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\") {
      const next = source[i + 1];
      if (next === void 0) {
        issues.push({
          ruleId: "codeowners/syntax",
          severity: "error",
          message: 'a trailing "\\" escapes nothing: this line is ignored',
          offset: i,
          fatal: true
        });
        return { compiled: null, issues };
      }
      tokens.push(next === "/" ? { kind: "slash" } : { kind: "char", ch: next });
      i++;
      continue;
    }
    if (ch === "[" || ch === "]") {
      if (!issues.some((x) => x.ruleId === "codeowners/character-range")) {
        issues.push({
          ruleId: "codeowners/character-range",
          severity: "warning",
          message: 'GitHub does not support "[ ]" character ranges: the brackets match literally, so this pattern only matches paths that contain them. Use "*" or "?" or list the paths.',
          offset: i,
          fatal: false
        });
      }
      tokens.push({ kind: "char", ch });
      continue;
    }
    if (ch === "*") tokens.push({ kind: "star" });
    else if (ch === "?") tokens.push({ kind: "qmark" });
    else if (ch === "/") tokens.push({ kind: "slash" });
    else tokens.push({ kind: "char", ch });
  }
  const segments = [[]];
  for (const t of tokens) {
    if (t.kind === "slash") segments.push([]);
    else segments[segments.length - 1].push(t);
  }
  let anchored = false;
  if (segments.length > 1 && segments[0].length === 0) {
    anchored = true;
    segments.shift();
  }
  let directoryOnly = false;
  if (segments.length > 1 && segments[segments.length - 1].length === 0) {
    directoryOnly = true;
    segments.pop();
  }
  const parts = segments.filter((s) => s.length > 0);
  const never = (message, offset) => {
    issues.push({
      ruleId: "codeowners/never-matches",
      severity: "warning",
      message,
      offset,
      fatal: false
    });
    return {
      compiled: {
        source,
        anchored,
        directoryOnly,
        globs: [],
        matches: () => false,
        required: { kind: "never" }
      },
      issues
    };
  };
  if (parts.length === 0) {
    return never(`the pattern "${source}" never matches a file; did you mean "*"?`, 0);
  }
  const dotSegment = parts.find(
    (p) => isLiteral(p) && (literalText(p) === "." || literalText(p) === "..")
  );
  if (dotSegment) {
    return never(
      `"${literalText(dotSegment)}" path segments never appear in repository paths, so this pattern never matches`,
      Math.max(0, source.indexOf(literalText(dotSegment)))
    );
  }
  if (parts.length > 1) anchored = true;
  const globBody = parts.map(segmentGlob).join("/");
  const prefix2 = anchored || isGlobstar(parts[0]) ? "" : "**/";
  const last = parts[parts.length - 1];
  let globs;
  if (directoryOnly) {
    globs = [`${prefix2}${globBody}/**`];
  } else if (isLoneStar(last) || isGlobstar(last)) {
    globs = [`${prefix2}${globBody}`];
  } else {
    globs = [`${prefix2}${globBody}`, `${prefix2}${globBody}/**`];
  }
  const matches2 = parts.every(isLiteral) ? literalMatcher(parts.map(literalText), anchored, directoryOnly) : globMatcher(globs, anchored ? leadingLiteralPrefix(parts) : "", literalRuns(parts));
  const required = anchored ? { kind: "prefix", segments: leadingLiterals(parts) } : parts.length === 1 && isLiteral(parts[0]) ? { kind: "segment", name: literalText(parts[0]) } : { kind: "any" };
  return { compiled: { source, anchored, directoryOnly, globs, matches: matches2, required }, issues };
}
function isLiteral(seg) {
  return seg.every((t) => t.kind === "char");
}
function literalText(seg) {
  return seg.map((t) => t.kind === "char" ? t.ch : "").join("");
}
function isLoneStar(seg) {
  return seg.length === 1 && seg[0].kind === "star";
}
function isGlobstar(seg) {
  return seg.length === 2 && seg[0].kind === "star" && seg[1].kind === "star";
}
function segmentGlob(seg) {
  let out = "";
  for (const t of seg) {
    if (t.kind === "star") out += "*";
    else if (t.kind === "qmark") out += "?";
    else if (t.kind === "char") out += MINIMATCH_SPECIAL.has(t.ch) ? `\\${t.ch}` : t.ch;
  }
  return out;
}
function leadingLiteralPrefix(parts) {
  const lits = leadingLiterals(parts);
  return lits.length > 0 ? `${lits.join("/")}/` : "";
}
function leadingLiterals(parts) {
  const lits = [];
  for (const p of parts) {
    if (!isLiteral(p)) break;
    lits.push(literalText(p));
  }
  return lits;
}
function literalMatcher(names, anchored, directoryOnly) {
  const body = names.join("/");
  const below = `${body}/`;
  if (anchored) {
    return directoryOnly ? (p) => p.startsWith(below) : (p) => p === body || p.startsWith(below);
  }
  const inner = `/${body}/`;
  const tail = `/${body}`;
  return directoryOnly ? (p) => p.startsWith(below) || p.includes(inner) : (p) => p === body || p.startsWith(below) || p.endsWith(tail) || p.includes(inner);
}
function literalRuns(parts) {
  const runs2 = /* @__PURE__ */ new Set();
  for (const seg of parts) {
    let run = "";
    for (const t of seg) {
      if (t.kind === "char") {
        run += t.ch;
        continue;
      }
      if (run.length > 1) runs2.add(run);
      run = "";
    }
    if (run.length > 1) runs2.add(run);
  }
  return [...runs2].sort((a, b) => b.length - a.length).slice(0, 3);
}
function globMatcher(globs, requiredPrefix, requiredRuns) {
  const matchers = globs.map((g) => new Minimatch(g, MINIMATCH_OPTIONS));
  return (p) => {
    if (requiredPrefix !== "" && !p.startsWith(requiredPrefix)) return false;
    for (const run of requiredRuns) if (!p.includes(run)) return false;
    for (const m of matchers) if (m.match(p)) return true;
    return false;
  };
}
function normalizeRepoPath(path2) {
  let p = path2;
  while (p.startsWith("./")) p = p.slice(2);
  p = p.replace(/^\/+/, "").replace(/\/{2,}/g, "/");
  return p.endsWith("/") ? p.slice(0, -1) : p;
}

// src/codeowners/match.ts
function winningRuleIndex(codeowners, path2) {
  return ruleIndex(codeowners).winner(path2);
}
function winningRule(codeowners, path2) {
  const i = winningRuleIndex(codeowners, normalizeRepoPath(path2));
  return i < 0 ? void 0 : codeowners.rules[i];
}
function ownersOf(codeowners, path2) {
  const clean = normalizeRepoPath(path2);
  const rule5 = winningRule(codeowners, clean);
  return rule5 ? { path: clean, owners: [...rule5.owners], line: rule5.line, pattern: rule5.pattern } : { path: clean, owners: [], line: null, pattern: null };
}

// src/codeowners/owners.ts
var USER = /^@[A-Za-z0-9](?:[A-Za-z0-9_-]{0,38})$/;
var TEAM = /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9_.-]+$/;
var EMAIL = /^[^\s@/]+@[^\s@/]+\.[A-Za-z0-9-]{2,}$/;
function ownerKind(owner) {
  if (TEAM.test(owner)) return "team";
  if (USER.test(owner)) return "user";
  if (EMAIL.test(owner)) return "email";
  return void 0;
}
function ownerSyntaxProblem(owner) {
  if (ownerKind(owner) !== void 0) return void 0;
  const base = `invalid owner "${owner}": owners are @user, @org/team or an email address`;
  if (/^[A-Za-z0-9][A-Za-z0-9_-]*(\/[A-Za-z0-9_.-]+)?$/.test(owner)) {
    return `${base}; did you mean "@${owner}"?`;
  }
  if (/^@[^/]+\/[^/]+\/.+/.test(owner)) {
    return `${base}; nested teams are named by their own slug ("@org/child-team"), not a path`;
  }
  if (owner.startsWith("@@")) return `${base}; did you mean "${owner.slice(1)}"?`;
  if (owner.endsWith("/")) return `${base}; the team slug is missing after "/"`;
  if (owner.includes("#")) return `${base}; a comment needs a space before "#"`;
  return base;
}
function ownerKey(owner) {
  return owner.toLowerCase();
}
function sameOwner(a, b) {
  return ownerKey(a) === ownerKey(b);
}

// src/codeowners/parse.ts
var CODEOWNERS_MAX_BYTES = 3 * 1024 * 1024;
function parseCodeowners(text, path2) {
  const problems = [];
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes >= CODEOWNERS_MAX_BYTES) {
    problems.push({
      ruleId: "codeowners/too-large",
      severity: "error",
      message: `${path2} is ${formatMb(bytes)}; GitHub ignores a CODEOWNERS file of 3 MB or more, so no code owners apply. Consolidate entries with wildcard patterns.`,
      file: path2
    });
    return { path: path2, rules: [], problems, ignored: true };
  }
  const rules = [];
  const lines = text.replace(/^\uFEFF/, "").split("\n");
  lines.forEach((raw, index) => {
    const rule5 = parseLine(raw.endsWith("\r") ? raw.slice(0, -1) : raw, index + 1, path2, problems);
    if (rule5) rules.push(rule5);
  });
  return { path: path2, rules, problems, ignored: false };
}
var isBlank = (ch) => ch === " " || ch === "	";
function parseLine(line, lineNo, path2, problems) {
  let i = 0;
  while (isBlank(line[i])) i++;
  if (i >= line.length || line[i] === "#") return void 0;
  const patternStart = i;
  while (i < line.length && !isBlank(line[i])) {
    i += line[i] === "\\" && i + 1 < line.length ? 2 : 1;
  }
  const pattern = line.slice(patternStart, i);
  const owners = [];
  const ownerColumns = [];
  let valid = true;
  const seen = /* @__PURE__ */ new Map();
  for (; ; ) {
    while (isBlank(line[i])) i++;
    if (i >= line.length || line[i] === "#") break;
    const start = i;
    while (i < line.length && !isBlank(line[i])) i++;
    const owner = line.slice(start, i);
    const problem = ownerSyntaxProblem(owner);
    if (problem) {
      valid = false;
      problems.push({
        ruleId: "codeowners/invalid-owner",
        severity: "error",
        message: `${problem}${/[?.]$/.test(problem) ? "" : "."} GitHub ignores this line.`,
        file: path2,
        line: lineNo,
        column: start + 1,
        endColumn: i + 1
      });
      continue;
    }
    const earlier = seen.get(ownerKey(owner));
    if (earlier !== void 0) {
      problems.push({
        ruleId: "codeowners/duplicate-owner",
        severity: "notice",
        message: `${owner} is listed twice on this line (first at column ${earlier})`,
        file: path2,
        line: lineNo,
        column: start + 1,
        endColumn: i + 1
      });
      continue;
    }
    seen.set(ownerKey(owner), start + 1);
    owners.push(owner);
    ownerColumns.push(start + 1);
  }
  const { compiled: compiled2, issues } = compilePattern(pattern);
  for (const issue of issues) {
    problems.push({
      ruleId: issue.ruleId,
      severity: issue.severity,
      message: issue.message,
      file: path2,
      line: lineNo,
      column: patternStart + issue.offset + 1
    });
  }
  if (!compiled2 || !valid) return void 0;
  return {
    line: lineNo,
    column: patternStart + 1,
    pattern,
    owners,
    ownerColumns,
    matcher: compiled2
  };
}
function formatMb(bytes) {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

// src/codeowners/validate.ts
function validateCodeowners(codeowners, opts) {
  const findings = [...codeowners.problems];
  if (codeowners.ignored) return findings;
  const { rules } = codeowners;
  const files = opts.files;
  const index = ruleIndex(codeowners);
  const winners = [];
  const wins = new Array(rules.length).fill(0);
  const shadowed = /* @__PURE__ */ new Map();
  for (const f of files) {
    const [winner = -1, ...losers] = index.matching(f);
    winners.push(winner);
    if (winner >= 0) wins[winner]++;
    for (const i of losers) {
      const entry = shadowed.get(i);
      if (entry) {
        entry.matched++;
        entry.by.add(winner);
      } else shadowed.set(i, { matched: 1, example: f, by: /* @__PURE__ */ new Set([winner]) });
    }
  }
  const duplicateOf = duplicatePatterns(rules);
  duplicateOf.forEach((later, i) => {
    const rule5 = rules[i];
    findings.push(
      ruleFinding(
        codeowners.path,
        rule5,
        "codeowners/duplicate-pattern",
        "warning",
        `duplicate pattern "${rule5.pattern}": line ${rules[later].line} repeats it and wins (the last matching pattern takes precedence), so this line never applies`
      )
    );
  });
  for (let i = 0; i < rules.length; i++) {
    const rule5 = rules[i];
    if (wins[i] > 0 || duplicateOf.has(i) || rule5.matcher.globs.length === 0) continue;
    if (files.length === 0) continue;
    const {
      matched,
      example,
      by: shadowers
    } = shadowed.get(i) ?? {
      matched: 0,
      example: "",
      by: /* @__PURE__ */ new Set()
    };
    if (matched === 0) {
      findings.push(
        ruleFinding(
          codeowners.path,
          rule5,
          "codeowners/unmatched-pattern",
          "warning",
          `pattern "${rule5.pattern}" matches no file in the repository`
        )
      );
      continue;
    }
    const by = [...shadowers].sort((a, b) => a - b).map((w) => `line ${rules[w].line} ("${rules[w].pattern}")`).join(", ");
    const what = matched === 1 ? `the only file it matches (${example}) is owned by a later rule` : `all ${matched} files it matches are owned by later rules`;
    findings.push(
      ruleFinding(
        codeowners.path,
        rule5,
        "codeowners/shadowed-rule",
        "warning",
        `rule "${rule5.pattern}" never applies: ${what}: ${by}. The last matching pattern wins; move this line below them or delete it`
      )
    );
  }
  const required = compileGlobs(opts.requireOwners ?? []);
  if (required.length > 0) {
    files.forEach((f, k) => {
      const glob2 = required.find((g) => g.matches(f));
      if (!glob2) return;
      const w = winners[k];
      if (w >= 0 && rules[w].owners.length > 0) return;
      const why = w < 0 ? "no CODEOWNERS rule matches it" : `line ${rules[w].line} ("${rules[w].pattern}") un-assigns it`;
      findings.push({
        ruleId: "codeowners/unowned-file",
        severity: "error",
        message: `${f} has no code owner (${why}), but codeowners.requireOwners "${glob2.source}" requires one`,
        file: f
      });
    });
  }
  return findings;
}
function duplicatePatterns(rules) {
  const last = /* @__PURE__ */ new Map();
  rules.forEach((r, i) => last.set(r.pattern, i));
  const out = /* @__PURE__ */ new Map();
  rules.forEach((r, i) => {
    const l = last.get(r.pattern);
    if (l !== i) out.set(i, l);
  });
  return out;
}
function ruleFinding(file, rule5, ruleId, severity, message) {
  return {
    ruleId,
    severity,
    message,
    file,
    line: rule5.line,
    column: rule5.column,
    endColumn: rule5.column + rule5.pattern.length
  };
}
function compileGlobs(globs) {
  return globs.map((g) => g.trim()).filter((g) => g !== "").map((source) => {
    const m = new Minimatch(source.replace(/^\.\//, "").replace(/\/+$/, ""), { dot: true });
    return {
      source,
      matches: (path2) => {
        if (m.match(path2)) return true;
        let slash = path2.indexOf("/");
        while (slash > 0) {
          if (m.match(path2.slice(0, slash))) return true;
          slash = path2.indexOf("/", slash + 1);
        }
        return false;
      }
    };
  });
}

// src/codeowners/escalation.ts
function policyForOwner(owner, config, directory) {
  const want = ownerKey(owner.startsWith("@") ? owner : `@${owner}`);
  for (const [key, entry] of Object.entries(config.teams)) {
    const k = ownerKey(key.startsWith("@") ? key : `@${key}`);
    if (k === want && entry.policy) return entry.policy;
  }
  return directory?.policyFor(owner);
}
function escalationFor(codeowners, path2, opts) {
  const own = ownersOf(codeowners, path2);
  let team = null;
  let policy = null;
  for (const owner of own.owners) {
    const p = policyForOwner(owner, opts.config, opts.directory);
    if (p !== void 0) {
      team = owner;
      policy = p;
      break;
    }
  }
  team ??= own.owners.find((o) => ownerKind(o) === "team") ?? null;
  const onCall = policy !== null && opts.directory ? opts.directory.onCallAt(policy, opts.at) : null;
  return { ...own, team, policy, onCall };
}
function checkEscalationCoverage(codeowners, files, config, directory) {
  const required = compileGlobs(config.requireOwners);
  if (required.length === 0 || codeowners.ignored) return [];
  const owned = /* @__PURE__ */ new Map();
  for (const f of files) {
    if (!required.some((g) => g.matches(f))) continue;
    const w = winningRuleIndex(codeowners, f);
    if (w < 0 || codeowners.rules[w].owners.length === 0) continue;
    const entry = owned.get(w);
    if (entry) entry.count++;
    else owned.set(w, { count: 1, example: f });
  }
  const findings = [];
  for (const [w, { count, example }] of [...owned].sort((a, b) => a[0] - b[0])) {
    const rule5 = codeowners.rules[w];
    const what = `${count} file${count === 1 ? "" : "s"} under codeowners.requireOwners (e.g. ${example})`;
    let anyTeam = false;
    rule5.owners.forEach((owner, k) => {
      if (ownerKind(owner) !== "team") return;
      anyTeam = true;
      if (policyForOwner(owner, config, directory) !== void 0) return;
      findings.push(
        ownerFinding(
          codeowners.path,
          rule5,
          k,
          `${owner} owns ${what} but has no escalation policy: set codeowners.teams["${owner}"].policy`
        )
      );
    });
    if (!anyTeam && !rule5.owners.some((o) => policyForOwner(o, config, directory) !== void 0)) {
      findings.push({
        ruleId: "codeowners/no-escalation-policy",
        severity: "warning",
        message: `rule "${rule5.pattern}" owns ${what}, but none of its owners (${rule5.owners.join(", ")}) has an escalation policy: add a team with a policy, or map an owner in codeowners.teams`,
        file: codeowners.path,
        line: rule5.line,
        column: rule5.column,
        endColumn: rule5.column + rule5.pattern.length
      });
    }
  }
  return findings;
}
function escalationGapsInChange(input) {
  const base = input.base === void 0 ? void 0 : parseCodeowners(input.base, input.path);
  const before = /* @__PURE__ */ new Set();
  for (const rule5 of base?.rules ?? []) {
    for (const owner of rule5.owners) before.add(pairKey(rule5.pattern, owner));
  }
  const head = parseCodeowners(input.head, input.path);
  const findings = [];
  for (const rule5 of head.rules) {
    rule5.owners.forEach((owner, k) => {
      if (ownerKind(owner) !== "team" || before.has(pairKey(rule5.pattern, owner))) return;
      if (policyForOwner(owner, input.config, input.directory) !== void 0) return;
      findings.push(
        ownerFinding(
          head.path,
          rule5,
          k,
          `this change makes ${owner} a code owner of "${rule5.pattern}", but ${owner} has no escalation policy: set codeowners.teams["${owner}"].policy so incidents there page someone`
        )
      );
    });
  }
  return findings;
}
function pairKey(pattern, owner) {
  return `${pattern}\0${ownerKey(owner)}`;
}
function ownerFinding(file, rule5, k, message) {
  const owner = rule5.owners[k];
  const column = rule5.ownerColumns[k];
  return {
    ruleId: "codeowners/no-escalation-policy",
    severity: "warning",
    message,
    file,
    line: rule5.line,
    column,
    endColumn: column + owner.length,
    owners: [owner]
  };
}

// src/codeowners/verify.ts
async function verifyOwners(codeowners, verifier) {
  if (codeowners.ignored || codeowners.rules.length === 0) return [];
  if (!verifier) {
    return [
      {
        ruleId: "codeowners/owners-not-verified",
        severity: "notice",
        message: "owner existence and write access were not verified (needs the GitHub API: run as the Action or App)",
        file: codeowners.path
      }
    ];
  }
  const canonical = /* @__PURE__ */ new Map();
  for (const rule5 of codeowners.rules) {
    for (const owner of rule5.owners) {
      if (!canonical.has(ownerKey(owner))) canonical.set(ownerKey(owner), owner);
    }
  }
  const verdicts = await verifier.verify([...canonical.values()]);
  const statusOf2 = (owner) => verdicts.get(canonical.get(ownerKey(owner)) ?? owner) ?? "unknown";
  const findings = [];
  const unknown = /* @__PURE__ */ new Set();
  for (const rule5 of codeowners.rules) {
    rule5.owners.forEach((owner, k) => {
      const status = statusOf2(owner);
      if (status === "unknown") unknown.add(ownerKey(owner));
      if (status !== "missing" && status !== "no-write") return;
      findings.push({
        ruleId: status === "missing" ? "codeowners/unknown-owner" : "codeowners/owner-no-write",
        severity: "error",
        message: status === "missing" ? `${owner} does not exist (or is not visible to ops-steward): GitHub ignores this owner` : `${owner} has no write access to this repository: GitHub does not request its review. Give it write access (teams need it explicitly).`,
        file: codeowners.path,
        line: rule5.line,
        column: rule5.ownerColumns[k],
        endColumn: rule5.ownerColumns[k] + owner.length
      });
    });
  }
  if (unknown.size > 0) {
    findings.push({
      ruleId: "codeowners/owners-not-verified",
      severity: "notice",
      message: `${unknown.size} owner${unknown.size === 1 ? "" : "s"} could not be verified (email addresses, or a token without access to members and teams)`,
      file: codeowners.path
    });
  }
  return findings;
}

// src/codeowners/check.ts
async function runCodeownersCheck(ctx, opts) {
  const loaded = await ctx.facts.codeowners();
  const { codeowners } = loaded;
  if (!codeowners) return [...loaded.findings, ...await missingFile(ctx)];
  const files = await allPaths(ctx);
  const config = ctx.config.codeowners;
  let findings = [
    ...loaded.findings,
    ...validateCodeowners(codeowners, { files, requireOwners: config.requireOwners }),
    ...checkEscalationCoverage(codeowners, files, config, opts.directory),
    ...await verifyOwners(codeowners, opts.verifier)
  ];
  if (opts.githubErrors) {
    const remote = await opts.githubErrors(codeowners.path);
    const lines = new Set(remote.filter((f) => f.file === codeowners.path).map((f) => f.line));
    findings = findings.filter(
      (f) => !(f.file === codeowners.path && f.severity === "error" && lines.has(f.line))
    );
    findings.push(...remote);
  }
  return withFileOwners(findings, codeowners);
}
async function allPaths(ctx) {
  const listed = await ctx.files.list();
  const seen = new Set(listed);
  const out = [...listed];
  for (const n of ctx.files.notices()) {
    if (n.file !== void 0 && !seen.has(n.file)) {
      seen.add(n.file);
      out.push(n.file);
    }
  }
  return out;
}
function withFileOwners(findings, codeowners) {
  const owners = ownersOf(codeowners, codeowners.path).owners;
  if (owners.length === 0) return findings;
  return findings.map(
    (f) => f.file === codeowners.path && f.owners === void 0 ? { ...f, owners } : f
  );
}
async function missingFile(ctx) {
  const required = compileGlobs(ctx.config.codeowners.requireOwners);
  if (required.length === 0) return [];
  const unowned = (await allPaths(ctx)).filter((f) => required.some((g) => g.matches(f)));
  if (unowned.length === 0) return [];
  const globs = required.map((g) => `"${g.source}"`).join(", ");
  return [
    {
      ruleId: "codeowners/missing-file",
      severity: "error",
      message: `there is no CODEOWNERS file, but codeowners.requireOwners (${globs}) requires an owner for ${unowned.length} file${unowned.length === 1 ? "" : "s"} (e.g. ${unowned[0]}): add .github/CODEOWNERS`
    }
  ];
}

// src/codeowners/config.ts
var codeownersConfigSchema = {
  description: "CODEOWNERS checks and the mapping from owners to escalation policies.",
  type: "object",
  additionalProperties: false,
  default: {},
  properties: {
    requireOwners: {
      description: "Globs whose files must have a CODEOWNERS owner.",
      type: "array",
      items: { type: "string", minLength: 1 },
      default: []
    },
    teams: {
      description: "Owner (@org/team or @user) \u2192 its escalation policy in the on-call config.",
      type: "object",
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        properties: { policy: { type: "string", minLength: 1 } }
      },
      default: {}
    }
  }
};

// src/core/rules.ts
function ruleMaker(domain) {
  return (id, severity, description, pullRequestOnly = false) => ({
    id: `${domain}/${id}`,
    severity,
    description,
    ...pullRequestOnly ? { pullRequestOnly } : {}
  });
}
function ruleAnchor(id) {
  return `rule-${id.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}`;
}
var DOCS_BASE_URL = "https://github.com/ops-steward/ops-steward/blob/main/README.md";
function ruleHelpUri(id) {
  return `${DOCS_BASE_URL}#${ruleAnchor(id)}`;
}
var RuleIndex = class {
  byId = /* @__PURE__ */ new Map();
  constructor(rules) {
    for (const rule5 of rules) {
      if (this.byId.has(rule5.id)) throw new Error(`rule ${rule5.id} is defined twice`);
      this.byId.set(rule5.id, rule5);
    }
  }
  get(id) {
    return this.byId.get(id);
  }
  has(id) {
    return this.byId.has(id);
  }
  all() {
    return [...this.byId.values()];
  }
};

// src/codeowners/rules.ts
var rule = ruleMaker("codeowners");
var CODEOWNERS_RULES = [
  rule(
    "missing-file",
    "error",
    "No CODEOWNERS file although `codeowners.requireOwners` requires owners for some files."
  ),
  rule("syntax", "error", "A line GitHub cannot parse: it ignores the whole line."),
  rule("negation", "error", "A `!pattern`: GitHub does not support negation and ignores the line."),
  rule(
    "character-range",
    "error",
    "A `[a-z]` range: GitHub does not support it and ignores the line."
  ),
  rule(
    "escaped-comment",
    "warning",
    "A pattern starting with `\\#`: GitHub treats it differently from git."
  ),
  rule("invalid-owner", "error", "An owner that is not a @user, @org/team or an email."),
  rule("duplicate-owner", "warning", "The same owner twice on one line."),
  rule("duplicate-pattern", "warning", "The same pattern on two lines: only the last one counts."),
  rule("shadowed-rule", "warning", "A rule that a later rule overrides for every file it matches."),
  rule("unmatched-pattern", "warning", "A pattern that matches no file in the repository."),
  rule("never-matches", "warning", "A pattern that can never match a file as GitHub reads it."),
  rule("unowned-file", "error", "A file under `codeowners.requireOwners` that has no owner."),
  rule(
    "too-large",
    "error",
    "CODEOWNERS is over GitHub\u2019s 3 MB limit: GitHub ignores the whole file."
  ),
  rule("unreadable", "error", "The CODEOWNERS file GitHub uses exists but cannot be read."),
  rule(
    "ignored-file",
    "warning",
    "A CODEOWNERS file GitHub ignores because an earlier location has one."
  ),
  rule(
    "unknown-owner",
    "error",
    "An owner that does not exist on GitHub, or that this token cannot see."
  ),
  rule("owner-no-write", "error", "An owner without write access: GitHub ignores it for reviews."),
  rule("owners-not-verified", "notice", "Owners were not verified against GitHub (no token)."),
  rule("github-error", "error", "An error GitHub itself reports for this CODEOWNERS file."),
  rule("github-unavailable", "notice", "GitHub\u2019s own CODEOWNERS verdict could not be read."),
  rule("no-escalation-policy", "warning", "A team owns code but has no escalation policy.")
];

// src/codeowners/module.ts
async function reviewCodeowners(ctx) {
  const { codeowners } = await ctx.facts.codeowners();
  if (!codeowners || !isChangedFile(ctx.diff, codeowners.path)) return { findings: [] };
  const head = await ctx.files.read(codeowners.path);
  if (head === void 0) return { findings: [] };
  let base;
  try {
    base = await ctx.base.read(codeowners.path);
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
  }
  const { directory } = await ctx.facts.onCall();
  return {
    findings: escalationGapsInChange({
      base,
      head,
      path: codeowners.path,
      config: ctx.config.codeowners,
      ...directory ? { directory } : {}
    })
  };
}
var codeownersModule = {
  id: "codeowners",
  title: "CODEOWNERS",
  description: "CODEOWNERS syntax, coverage and escalation mapping.",
  configSchema: codeownersConfigSchema,
  rules: CODEOWNERS_RULES,
  async check(ctx) {
    const { directory } = await ctx.facts.onCall();
    return runCodeownersCheck(ctx, {
      ...ctx.services.codeowners,
      ...directory ? { directory } : {}
    });
  },
  pullRequest: reviewCodeowners
};

// src/config/rules.ts
var CONFIG_RULES = [
  { id: "config/yaml", severity: "error", description: "The config file is not valid YAML." },
  {
    id: "config/invalid",
    severity: "error",
    description: "A config value of the wrong type or range."
  },
  {
    id: "config/unknown-key",
    severity: "warning",
    description: "An unknown config key (with the closest valid key)."
  },
  {
    id: "config/unknown-rule",
    severity: "warning",
    description: "A rule id under `rules:` that no module defines."
  }
];

// src/config/module.ts
var configModule = {
  id: "config",
  title: "Configuration",
  description: "Validate this configuration file itself.",
  rules: CONFIG_RULES,
  check: async (ctx) => [...ctx.configDiagnostics]
};

// src/repo/content.ts
var import_isbinaryfile = __toESM(require_lib(), 1);
import { isUtf8 } from "node:buffer";

// src/repo/required.ts
async function readRequired(files, path2, options) {
  const text = await files.read(path2, options);
  if (text !== void 0) return { kind: "text", text };
  const reason = skippedReason(files, path2);
  return reason === void 0 ? { kind: "absent" } : { kind: "unreadable", reason };
}
function skippedReason(files, path2) {
  return files.notices().find((f) => f.file === path2)?.message;
}

// src/codeowners/locate.ts
var CODEOWNERS_LOCATIONS = [
  ".github/CODEOWNERS",
  "CODEOWNERS",
  "docs/CODEOWNERS"
];
async function loadCodeowners(files) {
  const listed = new Set(await files.list());
  const findings = [];
  let chosen;
  let codeowners;
  for (const location of CODEOWNERS_LOCATIONS) {
    if (chosen !== void 0) {
      if (listed.has(location) || skippedReason(files, location) !== void 0) {
        findings.push({
          ruleId: "codeowners/ignored-file",
          severity: "warning",
          message: `${location} is ignored: GitHub uses ${chosen}, which it finds first. Merge the rules and delete this file.`,
          file: location
        });
      }
      continue;
    }
    const text = await files.read(location);
    if (text !== void 0) {
      chosen = location;
      codeowners = parseCodeowners(text, location);
      continue;
    }
    const why = skippedReason(files, location);
    if (why !== void 0) {
      chosen = location;
      findings.push({
        ruleId: "codeowners/unreadable",
        severity: "error",
        message: `${location} is the CODEOWNERS file GitHub uses, but it could not be read: ${why}`,
        file: location
      });
    }
  }
  return { codeowners, findings };
}

// src/repo/content.ts
var SKIPPED_FILE_RULE = "repo/skipped-file";
var INVALID_UTF8_RULE = "repo/invalid-utf8";
function skippedNotice(file, why) {
  return {
    ruleId: SKIPPED_FILE_RULE,
    severity: "notice",
    file,
    message: `Skipped ${file}: ${why}.`
  };
}
function formatBytes(n) {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1).replace(/\.0$/, "")} KiB`;
  return `${(n / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MiB`;
}
function tooLargeReason(size, max) {
  return `${formatBytes(size)} is over the ${formatBytes(max)} size limit`;
}
var GITHUB_SIZED_FILES = new Map(
  CODEOWNERS_LOCATIONS.map((path2) => [path2, 16 * 1024 * 1024])
);
function sizeLimitFor(path2, maxFileBytes) {
  return Math.max(maxFileBytes, GITHUB_SIZED_FILES.get(path2) ?? 0);
}
function readLimitFor(path2, maxFileBytes, requested) {
  return Math.max(sizeLimitFor(path2, maxFileBytes), requested ?? 0);
}
function validateMaxFileBytes(value) {
  if (!Number.isInteger(value) || value <= 0) {
    throw new RangeError(`maxFileBytes must be a positive integer, got ${String(value)}`);
  }
  return value;
}
async function decodeText(bytes) {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (await (0, import_isbinaryfile.isBinaryFile)(buf, buf.length) && !isMostlyText(buf)) return { skip: "binary file" };
  if (buf.length >= 2 && buf[0] === 255 && buf[1] === 254 && !(buf[2] === 0 && buf[3] === 0)) {
    return { text: new TextDecoder("utf-16le").decode(buf) };
  }
  if (buf.length >= 2 && buf[0] === 254 && buf[1] === 255) {
    return { text: new TextDecoder("utf-16be").decode(buf) };
  }
  const text = new TextDecoder("utf-8").decode(buf);
  if (isUtf8(buf)) return { text };
  return { text, invalid: locateBadByte(buf) };
}
function isMostlyText(buf) {
  if (buf.includes(0)) return false;
  let suspicious = 0;
  for (let i = 0; i < buf.length; ) {
    const b = buf[i] ?? 0;
    if (b < 128) {
      if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27)
        suspicious++;
      i++;
      continue;
    }
    const n = wellFormedLength(buf, i);
    if (n > 0) i += n;
    else {
      suspicious += -n;
      i += -n;
    }
  }
  return suspicious * 10 < buf.length;
}
function locateBadByte(buf) {
  let i = 0;
  let badLength = 1;
  for (; i < buf.length; ) {
    const n = wellFormedLength(buf, i);
    if (n > 0) {
      i += n;
      continue;
    }
    badLength = Math.max(1, -n);
    break;
  }
  let lineStart = 0;
  let line = 1;
  for (let j = buf.indexOf(10); j >= 0 && j < i; j = buf.indexOf(10, j + 1)) {
    line++;
    lineStart = j + 1;
  }
  const column = new TextDecoder("utf-8").decode(buf.subarray(lineStart, i)).length + 1;
  const bytes = [...buf.subarray(i, Math.min(buf.length, i + badLength))].map((b) => `0x${b.toString(16).toUpperCase().padStart(2, "0")}`).join(" ");
  return { line, column, bytes };
}
function wellFormedLength(buf, i) {
  const b0 = buf[i] ?? 0;
  if (b0 < 128) return 1;
  let need;
  let lo = 128;
  let hi = 191;
  if (b0 >= 194 && b0 <= 223) need = 1;
  else if (b0 >= 224 && b0 <= 239) {
    need = 2;
    if (b0 === 224) lo = 160;
    if (b0 === 237) hi = 159;
  } else if (b0 >= 240 && b0 <= 244) {
    need = 3;
    if (b0 === 240) lo = 144;
    if (b0 === 244) hi = 143;
  } else return -1;
  for (let k = 1; k <= need; k++) {
    const b = buf[i + k];
    const [min, max] = k === 1 ? [lo, hi] : [128, 191];
    if (b === void 0 || b < min || b > max) return -k;
  }
  return need + 1;
}
function invalidUtf8Notice(file, at2) {
  return {
    ruleId: INVALID_UTF8_RULE,
    severity: "warning",
    file,
    line: at2.line,
    column: at2.column,
    message: `${file} is not valid UTF-8: ${at2.bytes} at line ${at2.line}, column ${at2.column} is not part of any character. The file was read with U+FFFD in place of each such byte, so text there (a key, a name, a link) may be misread. Save the file as UTF-8.`
  };
}
function isCleanRelativePath(p) {
  if (p === "" || p.startsWith("/") || p.includes("\\")) return false;
  return p.split("/").every((seg) => seg !== "" && seg !== "." && seg !== "..");
}
function comparePaths(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
var NoticeLog = class {
  byFile = /* @__PURE__ */ new Map();
  invalid = /* @__PURE__ */ new Map();
  add(file, why) {
    if (!this.byFile.has(file)) this.byFile.set(file, skippedNotice(file, why));
  }
  /** A later, truer reason (a file read under a larger cap and still too big). */
  replace(file, why) {
    this.byFile.set(file, skippedNotice(file, why));
  }
  /** The file was read after all. */
  delete(file) {
    this.byFile.delete(file);
  }
  /** What a reader decoded: a file with bytes that are not UTF-8 gets its positioned notice. */
  decoded(file, decoded) {
    if (decoded.invalid) this.invalid.set(file, invalidUtf8Notice(file, decoded.invalid));
  }
  list() {
    return [...this.byFile, ...this.invalid].sort(([a], [b]) => comparePaths(a, b)).map(([, f]) => f);
  }
};
function undecodableFiles(notices) {
  return new Map(
    notices.flatMap((n) => n.ruleId === INVALID_UTF8_RULE && n.file ? [[n.file, n]] : [])
  );
}

// src/repo/memory.ts
function memoryRepo(files, label2 = "memory") {
  const contents = /* @__PURE__ */ new Map();
  for (const [path2, text] of Object.entries(files)) {
    if (!isCleanRelativePath(path2)) {
      throw new Error(
        `memoryRepo: "${path2}" is not a repository path (forward slashes, no leading "/", "./" or "..")`
      );
    }
    contents.set(path2, text);
  }
  const sorted = [...contents.keys()].sort(comparePaths);
  const none = Object.freeze([]);
  return {
    label: label2,
    list: () => Promise.resolve(sorted.slice()),
    read: (path2) => Promise.resolve(contents.get(path2)),
    notices: () => none
  };
}

// src/flags/code-registry.ts
var import_fastest_levenshtein = __toESM(require_mod(), 1);
async function readCodeRegistry(files, source, yamlFlags, config) {
  const text = await files.read(source.path);
  if (text === void 0)
    return unreadable(
      `the flag registry ${source.entry} (flags.registry) names ${source.path}, which does not exist`,
      { file: ".github/ops-steward.yml" }
    );
  const { parseCodeRegistry } = await import("./code-registry-parse-WJHJ53WG.js");
  const parsed = parseCodeRegistry(source.path, text, source.exportName, source.property);
  if (!parsed.ok)
    return unreadable(
      `${parsed.message}: flags.registry entry ${source.entry} cannot be read as a flag registry`,
      { file: source.path, line: parsed.line, column: parsed.column }
    );
  const findings = [];
  const flags = [];
  const members = {};
  const seen = /* @__PURE__ */ new Set();
  for (const k of parsed.keys) {
    if (k.member !== null) members[k.member] = k.key;
    if (seen.has(k.key)) {
      findings.push({
        ruleId: "flags/registry-duplicate-key",
        severity: "error",
        message: `flag "${k.key}" is declared twice in ${source.entry}`,
        file: source.path,
        line: k.line,
        column: k.column
      });
      continue;
    }
    seen.add(k.key);
    const yaml = yamlFlags.get(k.key);
    if (yaml) {
      const tag = k.spans.find((t) => METADATA_TAGS.includes(t.name));
      if (tag)
        findings.push({
          ruleId: "flags/registry-metadata-ignored",
          severity: "notice",
          message: `the JSDoc @${tag.name} of flag "${k.key}" is ignored: its entry in ${yaml.file} (line ${yaml.line}) gives the flag's metadata; keep owner and dates in one place`,
          file: source.path,
          line: tag.token.line,
          column: tag.token.column
        });
    }
    flags.push(yaml ? fromYaml(k, yaml, source.path) : fromTags(k, source, config, findings));
  }
  return {
    registry: {
      entry: source.entry,
      file: source.path,
      exportName: source.exportName,
      property: source.property,
      kind: parsed.kind,
      keys: [...seen],
      members
    },
    flags,
    findings
  };
}
function unreadable(message, at2) {
  return {
    registry: null,
    flags: [],
    findings: [{ ruleId: "flags/registry-invalid", severity: "error", message, ...at2 }]
  };
}
function fromYaml(k, yaml, file) {
  const createdAt = yaml.createdAt ?? { file: yaml.file, line: yaml.line, column: yaml.column };
  return { ...yaml, file, line: k.line, column: k.column, createdAt };
}
function fromTags(k, source, config, findings) {
  const tokenSpan = (t) => ({
    file: source.path,
    line: t.line,
    column: t.column,
    endLine: t.endLine,
    endColumn: t.endColumn
  });
  const first = (name2) => k.spans.find((t) => t.name === name2);
  const field = (name2) => {
    const value = first(name2)?.values[0];
    return value ? { text: value.text, at: tokenSpan(value) } : void 0;
  };
  const ownerValues = k.spans.filter((t) => t.name === "owner").flatMap((t) => valuesBeforeMistypedTag(t).map((v) => ({ text: v.text, at: tokenSpan(v) })));
  for (const token of k.spans.flatMap((t) => t.values)) {
    const tag = mistypedTag(token.text);
    if (tag !== void 0)
      findings.push({
        ruleId: "flags/registry-unknown-key",
        severity: "warning",
        message: `unknown tag ${token.text} in the JSDoc of flag "${k.key}"; did you mean @${tag}? (known tags: ${METADATA_TAGS.map((t) => `@${t}`).join(", ")})`,
        ...tokenSpan(token)
      });
  }
  for (const name2 of ["created", "expires", "renewedFrom", "type"]) {
    const [, ...again] = k.spans.filter((t) => t.name === name2);
    for (const tag of again)
      findings.push({
        ruleId: "flags/registry-duplicate-key",
        severity: "error",
        message: `@${name2} appears twice in the JSDoc of flag "${k.key}"; only the first is read \u2014 keep one`,
        ...tokenSpan(tag.token)
      });
  }
  const meta = {
    key: k.key,
    at: { file: source.path, line: k.line, column: k.column },
    notation: "jsdoc",
    declaredIn: source.entry,
    ...ownerValues.length > 0 ? { owner: { values: ownerValues } } : {}
  };
  for (const name2 of ["created", "expires", "renewedFrom", "type"]) {
    const value = field(name2);
    if (value) meta[name2] = value;
  }
  const checked = checkFlagMetadata(
    meta,
    config,
    (ruleId, severity, message, at2) => findings.push({ ruleId, severity, message, ...at2 })
  );
  const owners = ownerValues.flatMap(
    (o) => ownerProblem(o.text, k.key) === void 0 ? [o.text] : []
  );
  const description = k.tags.description?.join(" ");
  return {
    key: k.key,
    owners,
    created: checked.created,
    expires: checked.expires,
    type: meta.type?.text ?? "",
    ...description ? { description } : {},
    file: source.path,
    line: k.line,
    column: k.column,
    ...k.doc ? { metadataLine: k.doc.line } : {},
    ...meta.created && checked.created ? {
      createdAt: {
        file: source.path,
        line: meta.created.at.line,
        column: meta.created.at.column
      }
    } : {}
  };
}
function mistypedTag(text) {
  if (!/^@[A-Za-z]+$/.test(text)) return void 0;
  const word = text.slice(1);
  if (METADATA_TAGS.includes(word)) return void 0;
  return METADATA_TAGS.find((tag) => {
    const d = (0, import_fastest_levenshtein.distance)(word.toLowerCase(), tag.toLowerCase());
    return d <= (tag.length >= 6 ? 2 : 1);
  });
}
function valuesBeforeMistypedTag(span) {
  const cut = span.values.findIndex((v) => mistypedTag(v.text) !== void 0);
  return cut < 0 ? span.values : span.values.slice(0, cut);
}

// src/flags/registry.ts
var import_ajv = __toESM(require_ajv(), 1);
var import_yaml2 = __toESM(require_dist(), 1);

// src/yaml/source.ts
var import_yaml = __toESM(require_dist(), 1);
function parseYamlSource(text, path2, ruleId, options = {}) {
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, {
    lineCounter,
    uniqueKeys: false,
    prettyErrors: false,
    strict: true
  });
  if (!options.skipCodes?.includes("DUPLICATE_KEY")) doc.errors.push(...duplicateKeys(doc));
  if (doc.errors.length === 0) {
    const bomb = aliasProblem(doc);
    if (bomb) doc.errors.push(bomb);
  }
  const toFinding2 = (severity) => (e) => {
    const at2 = lineCounter.linePos(e.pos[0]);
    return {
      ruleId,
      severity,
      message: firstLine(e.message),
      file: path2,
      line: at2.line,
      column: at2.col
    };
  };
  return {
    source: { path: path2, doc, lineCounter },
    errors: doc.errors.filter((e) => !options.skipCodes?.includes(e.code)).map(toFinding2("error")),
    warnings: doc.warnings.map(toFinding2("warning"))
  };
}
function aliasProblem(doc) {
  let first;
  (0, import_yaml.visit)(doc, {
    Alias(_key, node) {
      first = node;
      return import_yaml.visit.BREAK;
    }
  });
  if (!first) return void 0;
  try {
    doc.toJS({ maxAliasCount: 100 });
    return void 0;
  } catch (error) {
    const range2 = first.range ?? [0, 0];
    const why = error instanceof Error ? error.message : String(error);
    return new import_yaml.YAMLParseError(
      [range2[0], range2[1]],
      "BAD_ALIAS",
      `the aliases in this file cannot be expanded (${why}); write the values out instead`
    );
  }
}
function duplicateKeys(doc) {
  const errors = [];
  (0, import_yaml.visit)(doc, {
    Map(_key, map) {
      const seen = /* @__PURE__ */ new Set();
      for (const pair2 of map.items) {
        const key = pair2.key;
        if (!(0, import_yaml.isScalar)(key) || !key.range) continue;
        const id = `${typeof key.value}:${String(key.value)}`;
        if (seen.has(id)) {
          errors.push(
            new import_yaml.YAMLParseError(
              [key.range[0], key.range[1]],
              "DUPLICATE_KEY",
              "Map keys must be unique"
            )
          );
        } else seen.add(id);
      }
    }
  });
  return errors;
}
function firstLine(message) {
  return message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
}
function locate(source, path2, key = false) {
  for (let depth = path2.length; depth >= 0; depth--) {
    const node = nodeAt(source, path2.slice(0, depth), key && depth === path2.length);
    if (node?.range) return spanOf(source, node.range[0], node.range[1]);
  }
  return { line: 1, column: 1, endLine: 1, endColumn: 1 };
}
function nodeAt(source, path2, key) {
  if (path2.length === 0) return source.doc.contents ?? null;
  if (!key) {
    const node = source.doc.getIn(path2, true);
    return isNodeLike(node) ? node : null;
  }
  const parent = path2.length === 1 ? source.doc.contents : source.doc.getIn(path2.slice(0, -1), true);
  if (!(0, import_yaml.isMap)(parent)) return null;
  const last = path2[path2.length - 1];
  const pair2 = parent.items.find((p) => (0, import_yaml.isScalar)(p.key) && p.key.value === last);
  return pair2 && isNodeLike(pair2.key) ? pair2.key : null;
}
function isNodeLike(value) {
  return typeof value === "object" && value !== null && "range" in value;
}
function spanOf(source, start, end) {
  const a = source.lineCounter.linePos(start);
  const b = source.lineCounter.linePos(Math.max(start, end));
  return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}
function formatPath(path2) {
  return path2.reduce(
    (out, seg) => typeof seg === "number" ? `${out}[${seg}]` : out ? `${out}.${seg}` : seg,
    ""
  );
}

// src/flags/registry.ts
var REGISTRY_MAX_BYTES = 16 * 1024 * 1024;
var schema = flags_schema_default;
var FLAG_FIELDS = Object.keys(
  schema.definitions.flag.properties ?? {}
);
var DATE_FIELDS = ["created", "expires", "renewedFrom"];
var flagValidator;
function validateFlag(value) {
  if (!flagValidator) {
    const ajv = new import_ajv.Ajv({ allErrors: true, strict: false });
    ajv.addSchema(schema);
    flagValidator = ajv.getSchema(`${schema.$id}#/definitions/flag`);
    if (!flagValidator) throw new Error("schemas/flags.schema.json has no definitions/flag");
  }
  return flagValidator(value) ? [] : flagValidator.errors ?? [];
}
var MAX_FLAG_KEY_LENGTH = 256;
function flagKeyProblem(key) {
  const shown = JSON.stringify(key.length > 60 ? `${key.slice(0, 60)}\u2026` : key);
  if (key.length > MAX_FLAG_KEY_LENGTH)
    return `flag key ${shown} is ${key.length} characters long; flag keys have at most ${MAX_FLAG_KEY_LENGTH}`;
  if (key.includes("\uFFFD"))
    return `flag key ${shown} contains bytes that are not valid UTF-8 (shown as \uFFFD): save the registry as UTF-8`;
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(key))
    return `flag key ${shown} contains a line break or control character; a flag key is one plain name such as new-checkout`;
  if (/[<>"'`&\s]/.test(key))
    return `flag key ${shown} contains whitespace, quotes or HTML characters (< > & " ' \`); a flag key is one plain name such as new-checkout`;
  return void 0;
}
function parseRegistry(text, path2, config) {
  const parsed = parseYamlSource(text, path2, "flags/registry-yaml", {
    skipCodes: ["DUPLICATE_KEY"]
  });
  const { doc, lineCounter } = parsed.source;
  const at2 = (node, fallback) => spanOf2(path2, lineCounter, node?.range ? node : fallback);
  const findings = [];
  const finding = (ruleId, severity, message, node, fallback) => {
    findings.push({ ruleId: `flags/registry-${ruleId}`, severity, message, ...at2(node, fallback) });
  };
  for (const f of [...parsed.errors, ...parsed.warnings]) {
    findings.push({ ...f, message: `${path2} is not valid YAML: ${f.message}` });
  }
  if (parsed.errors.length > 0) return { flags: [], findings, parsed: false };
  const flagsMap = topLevelFlags(doc, path2, finding);
  if (flagsMap === void 0) return { flags: [], findings, parsed: false };
  const duplicates = reportDuplicateKeys(doc, flagsMap, lineCounter, finding);
  const flags = [];
  for (const pair2 of flagsMap?.items ?? []) {
    const keyNode = pair2.key;
    if (!(0, import_yaml2.isScalar)(keyNode) || keyNode.value === null || keyNode.value === "") {
      finding(
        "invalid",
        "error",
        "a flag key must be a plain, non-empty name such as new-checkout",
        keyNode,
        flagsMap
      );
      continue;
    }
    if (duplicates.has(keyNode)) continue;
    const key = String(keyNode.value);
    const keyProblem = flagKeyProblem(key);
    if (keyProblem !== void 0) {
      finding("bad-key", "error", keyProblem, keyNode);
      continue;
    }
    const valueNode = pair2.value ?? null;
    const pos = at2(keyNode);
    const flag = {
      key,
      owners: [],
      created: null,
      expires: null,
      type: "",
      file: path2,
      line: pos.line,
      column: pos.column
    };
    flags.push(flag);
    readFlag(flag, keyNode, valueNode, { doc, config, finding, at: at2, findings });
  }
  return { flags, findings, parsed: true };
}
function topLevelFlags(doc, path2, finding) {
  const root = doc.contents;
  const shape = `${path2} must be a mapping with a top-level "flags:" key holding one entry per flag (owner, created, expires, type)`;
  if (!(0, import_yaml2.isMap)(root)) {
    finding("invalid", "error", root === null ? `${path2} is empty: ${shape}` : shape, root);
    return void 0;
  }
  let flags;
  let found = false;
  for (const pair2 of root.items) {
    const keyNode = pair2.key;
    const name2 = (0, import_yaml2.isScalar)(keyNode) ? String(keyNode.value) : "";
    if (name2 === "flags") {
      if (found) continue;
      found = true;
      const value = pair2.value;
      if (value === null || (0, import_yaml2.isScalar)(value) && value.value === null) flags = null;
      else if ((0, import_yaml2.isMap)(value)) flags = value;
      else {
        finding(
          "invalid",
          "error",
          '"flags" must be a mapping of flag key \u2192 { owner, created, expires, type }',
          value,
          keyNode
        );
        return void 0;
      }
      continue;
    }
    const hint = suggest(name2, ["flags"]) ? '; did you mean "flags"?' : ' (the registry has only "flags:")';
    finding("unknown-key", "warning", `unknown top-level key "${name2}" in ${path2}${hint}`, keyNode);
  }
  if (!found) {
    finding("invalid", "error", `${path2} has no "flags:" key: ${shape}`, root);
    return void 0;
  }
  return flags;
}
function reportDuplicateKeys(doc, flagsMap, lineCounter, finding) {
  const duplicateFlagKeys = /* @__PURE__ */ new Set();
  (0, import_yaml2.visit)(doc, {
    Map(_key, map) {
      const seen = /* @__PURE__ */ new Map();
      for (const pair2 of map.items) {
        const keyNode = pair2.key;
        if (!(0, import_yaml2.isScalar)(keyNode) || keyNode.value === null) continue;
        const name2 = String(keyNode.value);
        const first = seen.get(name2);
        if (!first) {
          seen.set(name2, keyNode);
          continue;
        }
        const firstLine2 = first.range ? lineCounter.linePos(first.range[0]).line : 0;
        if (map === flagsMap) {
          duplicateFlagKeys.add(keyNode);
          finding(
            "duplicate-key",
            "error",
            `flag "${name2}" is declared twice (first on line ${firstLine2}); YAML would silently keep only one of them \u2014 merge the two entries`,
            keyNode
          );
        } else {
          finding(
            "duplicate-key",
            "error",
            `key "${name2}" appears twice in the same mapping (first on line ${firstLine2}); YAML would silently keep only one of them`,
            keyNode
          );
        }
      }
    }
  });
  return duplicateFlagKeys;
}
function readFlag(flag, keyNode, valueNode, { doc, config, finding, at: at2, findings }) {
  const key = flag.key;
  let raw;
  try {
    raw = valueNode ? normalizeDates(valueNode.toJS(doc)) : null;
  } catch (error) {
    finding(
      "invalid",
      "error",
      `flag "${flag.key}" cannot be read: ${error instanceof Error ? error.message : String(error)}`,
      valueNode,
      keyNode
    );
    return;
  }
  const child = (...path2) => {
    if (!(0, import_yaml2.isMap)(valueNode)) return null;
    const node = valueNode.getIn(path2, true);
    return node && typeof node === "object" && "range" in node ? node : null;
  };
  const childKey = (name2) => {
    if (!(0, import_yaml2.isMap)(valueNode)) return null;
    const pair2 = valueNode.items.find((p) => (0, import_yaml2.isScalar)(p.key) && p.key.value === name2);
    return pair2?.key ?? null;
  };
  const nodeFor = (err, segments) => {
    if (err.keyword === "additionalProperties")
      return childKey(err.params.additionalProperty);
    if (segments.length === 0)
      return valueNode && !((0, import_yaml2.isScalar)(valueNode) && valueNode.value === null) ? valueNode : keyNode;
    return child(...segments.map((s) => /^\d+$/.test(s) ? Number(s) : s));
  };
  const badPaths = /* @__PURE__ */ new Set();
  const reported = /* @__PURE__ */ new Set();
  for (const err of validateFlag(raw)) {
    const segments = err.instancePath.split("/").slice(1);
    const field2 = segments[0];
    if (field2) badPaths.add(field2);
    const ruleAndMessage = describeSchemaError(err, key, raw, config);
    if (!ruleAndMessage) continue;
    const [ruleId, severity, message] = ruleAndMessage;
    const dedupe = `${err.instancePath}|${ruleId}`;
    if (reported.has(dedupe)) continue;
    reported.add(dedupe);
    finding(ruleId, severity, message, nodeFor(err, segments), keyNode);
  }
  if (!isPlainObject(raw)) return;
  const owner = raw.owner;
  flag.owners = typeof owner === "string" ? [owner] : Array.isArray(owner) ? owner.filter((o) => typeof o === "string") : [];
  if (typeof raw.type === "string") flag.type = raw.type;
  if (typeof raw.description === "string") flag.description = raw.description;
  const field = (name2) => {
    const value = raw[name2];
    if (value === void 0) return void 0;
    const text = typeof value === "string" && !badPaths.has(name2) ? value : null;
    return { text, at: at2(child(name2), keyNode) };
  };
  const owners = typeof owner === "string" ? [{ text: owner, at: at2(child("owner"), keyNode) }] : Array.isArray(owner) ? owner.flatMap(
    (o, i) => typeof o === "string" ? [{ text: o, at: at2(child("owner", i), keyNode) }] : []
  ) : [];
  const meta = {
    key,
    at: at2(keyNode),
    notation: "yaml",
    ...owner === void 0 ? {} : { owner: { values: owners } }
  };
  for (const name2 of DATE_FIELDS) {
    const value = field(name2);
    if (value) meta[name2] = value;
  }
  const type = field("type");
  if (type) meta.type = type;
  const checked = checkFlagMetadata(
    meta,
    config,
    (ruleId, severity, message, span) => findings.push({ ruleId, severity, message, ...span })
  );
  flag.created = checked.created;
  flag.expires = checked.expires;
}
function describeSchemaError(err, key, raw, config) {
  const field = err.instancePath.split("/")[1];
  const value = valueAt(raw, err.instancePath);
  if (err.keyword === "required") return null;
  if (err.keyword === "additionalProperties") {
    const name2 = err.params.additionalProperty;
    const suggestion = suggest(name2, FLAG_FIELDS);
    return [
      "unknown-key",
      "warning",
      `unknown key "${name2}" in flag "${key}"${suggestion ? `; did you mean "${suggestion}"?` : ""} (known keys: ${FLAG_FIELDS.join(", ")})`
    ];
  }
  if (field === void 0) {
    return [
      "invalid",
      "error",
      `flag "${key}" must be a mapping with owner, created, expires and type, not ${describeValue(value)}`
    ];
  }
  if (field === "owner") {
    if (err.keyword === "minItems")
      return [
        "missing-owner",
        "error",
        `flag "${key}" has an empty owner list: name at least one @user, @org/team or email`
      ];
    if (err.keyword === "pattern" && typeof value === "string") return null;
    return [
      "bad-owner",
      "error",
      `owner of flag "${key}" must be @user, @org/team or an email, or a list of them, not ${describeValue(value)}`
    ];
  }
  if (DATE_FIELDS.includes(field)) {
    return [
      "bad-date",
      "error",
      `${field} of flag "${key}" must be a date YYYY-MM-DD, not ${describeValue(value)}`
    ];
  }
  if (field === "type")
    return [
      "invalid",
      "error",
      `type of flag "${key}" must be one of ${config.types.join(", ")}, not ${describeValue(value)}`
    ];
  return ["invalid", "error", `${field} of flag "${key}" ${err.message ?? "is invalid"}`];
}
function valueAt(raw, instancePath) {
  let cur = raw;
  for (const seg of instancePath.split("/").slice(1)) {
    if (Array.isArray(cur)) cur = cur[Number(seg)];
    else if (isPlainObject(cur)) cur = cur[seg];
    else return void 0;
  }
  return cur;
}
function describeValue(value) {
  if (value === null || value === void 0) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return JSON.stringify(value);
}
function normalizeDates(value) {
  if (value instanceof Date) return isoFromDate(value) ?? String(value);
  if (Array.isArray(value)) return value.map(normalizeDates);
  if (isPlainObject(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalizeDates(v)]));
  return value;
}
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
function spanOf2(path2, lineCounter, node) {
  if (!node?.range) return { file: path2, line: 1, column: 1 };
  const a = lineCounter.linePos(node.range[0]);
  const b = lineCounter.linePos(Math.max(node.range[0], node.range[1]));
  return { file: path2, line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}
function checkRenewal(before, after, policyDays) {
  const old = before.expires === null ? null : epochDay(before.expires);
  const next = after.expires === null ? null : epochDay(after.expires);
  if (old === null)
    return { kind: next === null ? "unchanged" : "added", ok: true, latestAllowed: null };
  const latestAllowed = isoFromEpochDay(old + policyDays);
  if (next === null) return { kind: "removed", ok: true, latestAllowed };
  if (next === old) return { kind: "unchanged", ok: true, latestAllowed };
  if (next < old) return { kind: "shortened", ok: true, latestAllowed };
  return { kind: "renewed", ok: next - old <= policyDays, latestAllowed };
}

// src/flags/registry-sources.ts
var DEFAULT_REGISTRY = "flags.yml";
function registrySources(config) {
  const entries = typeof config.registry === "string" ? [config.registry] : config.registry;
  return entries.map(parseRegistryEntry);
}
function parseRegistryEntry(entry) {
  const hash = entry.indexOf("#");
  const path2 = normalize2(hash < 0 ? entry : entry.slice(0, hash));
  if (hash < 0) return { kind: "yaml", entry, path: path2 };
  const target = entry.slice(hash + 1);
  const dot = target.indexOf(".");
  return {
    kind: "code",
    entry,
    path: path2,
    exportName: dot < 0 ? target : target.slice(0, dot),
    property: dot < 0 ? null : target.slice(dot + 1)
  };
}
function yamlRegistryPath(config) {
  return registrySources(config).find((s) => s.kind === "yaml")?.path ?? DEFAULT_REGISTRY;
}
function primaryRegistryPath(config) {
  return registrySources(config)[0]?.path ?? DEFAULT_REGISTRY;
}
function normalize2(path2) {
  return path2.replace(/\\/g, "/").replace(/^(?:\.\/)+/, "");
}

// src/flags/registries.ts
async function loadRegistries(files, config) {
  const sources = registrySources(config);
  let exists = false;
  let parsed = true;
  let unusable = null;
  const findings = [];
  const yamlFlags = /* @__PURE__ */ new Map();
  const yamlOrder = [];
  for (const source of sources) {
    if (source.kind !== "yaml") continue;
    const file = await readRequired(files, source.path, { maxBytes: REGISTRY_MAX_BYTES });
    if (file.kind === "absent") continue;
    exists = true;
    if (file.kind === "unreadable") {
      parsed = false;
      const finding = unreadableRegistry(source.path, file.reason);
      unusable ??= { entry: source.entry, finding };
      findings.push(finding);
      continue;
    }
    const r = parseRegistry(file.text, source.path, config);
    if (!r.parsed) {
      parsed = false;
      const first = r.findings.find((f) => f.severity === "error") ?? r.findings[0];
      if (first) unusable ??= { entry: source.entry, finding: first };
    }
    findings.push(...r.findings);
    for (const f of r.flags) {
      if (yamlFlags.has(f.key)) continue;
      yamlFlags.set(f.key, f);
      yamlOrder.push(f);
    }
  }
  const codeRegistries = [];
  const codeFlags = /* @__PURE__ */ new Map();
  for (const source of sources) {
    if (source.kind !== "code") continue;
    const code2 = await readCodeRegistry(files, source, yamlFlags, config);
    findings.push(...code2.findings);
    if (!code2.registry) {
      parsed = false;
      const first = code2.findings[0];
      if (first) unusable ??= { entry: source.entry, finding: first };
      continue;
    }
    exists = true;
    codeRegistries.push(code2.registry);
    codeFlags.set(
      source.entry,
      code2.flags.map((f) => withMetadataFile(f, yamlFlags))
    );
  }
  const inCode = new Set(codeRegistries.flatMap((r) => r.keys));
  const flags = [];
  const placed = /* @__PURE__ */ new Set();
  const place = (f) => {
    if (placed.has(f.key)) return;
    placed.add(f.key);
    flags.push(f);
  };
  for (const source of sources) {
    if (source.kind === "code") for (const f of codeFlags.get(source.entry) ?? []) place(f);
    else for (const f of yamlOrder) if (f.file === source.path && !inCode.has(f.key)) place(f);
  }
  return {
    registryPath: yamlRegistryPath(config),
    registryExists: exists,
    registry: { flags, findings, parsed },
    codeRegistries,
    unusable
  };
}
function withMetadataFile(flag, yamlFlags) {
  const yaml = yamlFlags.get(flag.key);
  return yaml ? { ...flag, metadataFile: yaml.file } : flag;
}
function unreadableRegistry(path2, reason) {
  return {
    ruleId: "flags/registry-unreadable",
    severity: "error",
    message: `the flag registry ${path2} exists but could not be read (${reason.replace(/\.$/, "")}); no flag state is reported until it can be`,
    file: path2
  };
}

// src/flags/scanner/index.ts
import { availableParallelism } from "node:os";

// src/flags/scanner/accessors.ts
var SDK_PACKAGES = {
  launchdarkly: ["launchdarkly-", "@launchdarkly/"],
  unleash: ["unleash-", "@unleash/"],
  openfeature: ["@openfeature/"],
  growthbook: ["@growthbook/"],
  posthog: ["posthog-"],
  configcat: ["configcat-", "@configcat/"],
  flagsmith: ["flagsmith", "@flagsmith/"],
  statsig: ["statsig-", "@statsig/"]
};
var APP_DEFINED_NAMES = /* @__PURE__ */ new Set(["useFeature"]);
var FLAG_CLIENT_RECEIVER = /(flag|feature|toggle|growth|(^|\.)gb$|configcat|flagsmith|unleash|statsig|launchdarkly|(^|\.)ld[A-Z_]?|openfeature|experiment|client)/i;
var call = (sdk, names, extra = {}) => names.map((name2) => ({ sdk, call: name2, ...extra }));
var DEFAULT_ACCESSORS = [
  // LaunchDarkly: server and client SDKs read with `variation*(key, …)`; the React SDK's `useFlags()`
  // returns every flag as a camelCased property (`useFlags().newCheckout`, destructuring too);
  // `allFlags()` returns the raw keys.
  ...call("launchdarkly", [
    "variation",
    "variationDetail",
    "boolVariation",
    "boolVariationDetail",
    "stringVariation",
    "stringVariationDetail",
    "numberVariation",
    "numberVariationDetail",
    "jsonVariation",
    "jsonVariationDetail",
    "useBoolVariation",
    "useStringVariation",
    "useNumberVariation",
    "useJsonVariation"
  ]),
  { sdk: "launchdarkly", objectFrom: "useFlags", transform: "camelCase" },
  { sdk: "launchdarkly", objectFrom: "allFlags" },
  // Unleash: `unleash.isEnabled(name)`, `getVariant(name)`; React proxy hooks `useFlag`, `useVariant`.
  ...call("unleash", ["isEnabled", "getVariant", "useFlag", "useVariant"]),
  // OpenFeature: `client.get{Boolean,String,Number,Object}{Value,Details}(key, default)`;
  // React SDK `use{Boolean,String,Number,Object}Flag{Value,Details}(key, default)` and `useFlag`.
  ...call(
    "openfeature",
    ["Boolean", "String", "Number", "Object"].flatMap((t) => [
      `get${t}Value`,
      `get${t}Details`,
      `use${t}FlagValue`,
      `use${t}FlagDetails`
    ])
  ),
  // GrowthBook: `gb.isOn(key)`, `gb.isOff(key)` (ambiguous names: flag-client receiver required),
  // `getFeatureValue(key, fallback)`, `evalFeature(key)`; React hooks and `<IfFeatureEnabled feature>`.
  // (`gb.feature(key)` is left out: the word "feature" is in most files of a product repo, so it
  // would defeat the prefilter; `evalFeature` is the same call.)
  ...call("growthbook", ["isOn", "isOff"], { receiver: "flag-client" }),
  ...call("growthbook", [
    "getFeatureValue",
    "evalFeature",
    "useFeatureIsOn",
    "useFeatureValue",
    "useFeature"
  ]),
  { sdk: "growthbook", jsx: "IfFeatureEnabled", attribute: "feature" },
  { sdk: "growthbook", jsx: "FeatureString", attribute: "feature" },
  // PostHog: `posthog.isFeatureEnabled(key)`, `getFeatureFlag(key)`, payloads; React hooks and
  // `<PostHogFeature flag>`.
  ...call("posthog", [
    "isFeatureEnabled",
    "getFeatureFlag",
    "getFeatureFlagPayload",
    "useFeatureFlagEnabled",
    "useFeatureFlagVariantKey",
    "useFeatureFlagPayload"
  ]),
  { sdk: "posthog", jsx: "PostHogFeature", attribute: "flag" },
  // ConfigCat: `configCatClient.getValue(key, default)` (ambiguous: flag-client receiver required),
  // `getValueAsync`, `getValueDetails(Async)`; React `useFeatureFlag(key, default)`.
  ...call("configcat", ["getValue"], { receiver: "flag-client" }),
  ...call("configcat", [
    "getValueAsync",
    "getValueDetails",
    "getValueDetailsAsync",
    "useFeatureFlag"
  ]),
  // Flagsmith: `flagsmith.hasFeature(key)`, `flagsmith.getValue(key)` (same ambiguous `getValue`),
  // server `flags.isFeatureEnabled(key)` / `getFeatureValue(key)` (listed above); React
  // `useFlags(['a', 'b'])` takes an array of keys (each element counts).
  ...call("flagsmith", ["hasFeature", "useFlags"]),
  // Statsig: `checkGate('gate')` in the client SDK, `checkGate(user, 'gate')` on the server
  // (fallbackArgument); experiments, configs and layers; React `useGate`, `useExperiment`…
  // `getConfig`/`getLayer` are ambiguous names: flag-client receiver required.
  ...call("statsig", ["checkGate", "getFeatureGate", "getExperiment"], { fallbackArgument: 1 }),
  ...call("statsig", ["getConfig", "getDynamicConfig", "getLayer"], {
    receiver: "flag-client",
    fallbackArgument: 1
  }),
  ...call("statsig", [
    "useGate",
    "useFeatureGate",
    "useGateValue",
    "useExperiment",
    "useDynamicConfig",
    "useLayer"
  ]),
  // Generic helpers many projects write or wrap: `isEnabled`, `useFlag`, `isFeatureEnabled` above,
  // plus these. (`getFlag`/`hasFlag` are left out on purpose: CLI argument parsers use them.)
  ...call("generic", ["isFlagEnabled", "isFeatureOn"])
];

// src/flags/scanner/accessor-set.ts
var AccessorSet = class {
  calls = /* @__PURE__ */ new Map();
  jsx = /* @__PURE__ */ new Map();
  members = /* @__PURE__ */ new Map();
  objectFrom = /* @__PURE__ */ new Map();
  /** Registries declared in code, by export name: their members are read by symbol. */
  registries = /* @__PURE__ */ new Map();
  constructor(config, codeRegistries = []) {
    for (const a of config.accessors) this.add(a);
    if (config.defaultAccessors) for (const a of DEFAULT_ACCESSORS) this.add(a);
    for (const r of codeRegistries)
      this.registries.set(r.exportName, [...this.registries.get(r.exportName) ?? [], r]);
  }
  add(a) {
    const transform = a.transform ?? "none";
    if ("call" in a && typeof a.call === "string" && a.call.trim()) {
      const segments = a.call.trim().split(".");
      const name2 = segments.pop() ?? "";
      const anyReceiver = segments[0] === "*";
      const def = a;
      const entry = {
        name: name2,
        path: anyReceiver ? [] : segments,
        anyReceiver,
        receiverPattern: def.receiver === "flag-client" ? FLAG_CLIENT_RECEIVER : null,
        argument: a.argument ?? 0,
        fallbackArgument: def.fallbackArgument ?? null,
        transform,
        label: anyReceiver ? name2 : a.call.trim(),
        sdk: "sdk" in a ? def.sdk : null
      };
      this.calls.set(name2, [...this.calls.get(name2) ?? [], entry]);
    } else if ("jsx" in a && typeof a.jsx === "string" && typeof a.attribute === "string") {
      const tag = a.jsx.replace(/^</, "").replace(/>$/, "");
      const entry = { tag, attribute: a.attribute, transform, label: `<${tag} ${a.attribute}>` };
      this.jsx.set(tag, [...this.jsx.get(tag) ?? [], entry]);
    } else if ("member" in a && typeof a.member === "string") {
      if (!this.members.has(a.member))
        this.members.set(a.member, { name: a.member, transform, label: a.member });
    } else if ("objectFrom" in a && typeof a.objectFrom === "string") {
      const name2 = a.objectFrom.replace(/\(\)$/, "");
      if (!this.objectFrom.has(name2)) this.objectFrom.set(name2, { name: name2, transform, label: name2 });
    }
  }
  /** The accessor a call `receiver.name(…)` matches, if any. */
  matchCall(name2, receiver) {
    const candidates = this.calls.get(name2);
    if (!candidates) return void 0;
    for (const c of candidates) {
      if (c.anyReceiver && receiver === null) continue;
      if (c.path.length > 0) {
        if (receiver === null) continue;
        const segs = receiver.split(".");
        if (segs.length < c.path.length) continue;
        const tail = segs.slice(segs.length - c.path.length);
        if (!c.path.every((p, i) => p === "*" || p === tail[i])) continue;
      }
      if (c.receiverPattern && (receiver === null || !c.receiverPattern.test(receiver))) continue;
      return c;
    }
    return void 0;
  }
  /** What a parse must look for, given the wrapper names found so far. */
  spec(wrapperNames) {
    const jsx = [];
    for (const list2 of this.jsx.values()) for (const j of list2) jsx.push([j.tag, j.attribute]);
    return {
      callNames: [.../* @__PURE__ */ new Set([...this.calls.keys(), ...wrapperNames])],
      jsx,
      memberRoots: [...this.members.keys()],
      objectFromNames: [...this.objectFrom.keys()],
      symbolRoots: [...this.registries.keys()]
    };
  }
  /** Strings one of which a file must contain to be worth parsing. */
  needles() {
    return FORMS.flatMap((f) => f.needles(this));
  }
};

// src/flags/scanner/analyze.ts
var UNKNOWN = { k: "unknown" };
var MAX_MACROS = 16;
var MAX_MACRO_JSON = 4e3;
var MAX_PASSES = 12;
var COMMON_METHOD_NAMES = /* @__PURE__ */ new Set([
  "get",
  "has",
  "set",
  "is",
  "check",
  "find",
  "read",
  "load",
  "fetch",
  "value",
  "enabled",
  "on",
  "off",
  "test",
  "match",
  "run",
  "call",
  "apply",
  "use"
]);
function substitute(e, w, args, argFile, cur) {
  const sub = (x, c = cur) => substitute(x, w, args, argFile, c);
  switch (e.k) {
    case "param": {
      if (cur !== w.file || e.fn !== w.fn) return e;
      const a = args[e.index];
      return a ? { k: "at", file: argFile, e: a } : e.def ?? UNKNOWN;
    }
    case "cat":
      return { k: "cat", parts: e.parts.map((p) => sub(p)), tpl: e.tpl };
    case "alt":
    case "first":
      return { k: e.k, items: e.items.map((p) => sub(p)) };
    case "prop":
      return { k: "prop", obj: sub(e.obj), key: sub(e.key) };
    case "arr":
      return { k: "arr", items: e.items.map((p) => sub(p)) };
    case "at":
      return { k: "at", file: e.file, e: sub(e.e, e.file) };
    case "const":
      return { k: "const", e: sub(e.e) };
    case "keys":
    case "values":
    case "items":
    case "each":
      return { k: e.k, of: sub(e.of) };
    case "str":
    case "ref":
    case "obj":
    case "typed":
    case "checker":
    case "unknown":
      return e;
    default:
      return assertNever(e, "expression");
  }
}
function collectParams(e, cur, out) {
  switch (e.k) {
    case "param":
      out.push({ file: cur, fn: e.fn, index: e.index });
      return;
    case "cat":
      for (const p of e.parts) collectParams(p, cur, out);
      return;
    case "alt":
    case "first":
    case "arr":
      for (const p of e.items) collectParams(p, cur, out);
      return;
    case "prop":
      if (e.obj.k !== "param") collectParams(e.obj, cur, out);
      collectParams(e.key, cur, out);
      return;
    case "at":
      collectParams(e.e, e.file, out);
      return;
    case "const":
      collectParams(e.e, cur, out);
      return;
    case "keys":
    case "values":
    case "items":
    case "each":
      collectParams(e.of, cur, out);
      return;
    case "str":
    case "ref":
    case "obj":
    case "typed":
    case "checker":
    case "unknown":
      return;
    default:
      assertNever(e, "expression");
  }
}
function patternOf(parts) {
  return parts.map((p) => p === null ? "*" : p).join("").replace(/\*{2,}/g, "*");
}
var AnalysisCache = class {
  stamp = "";
  answers;
  files = /* @__PURE__ */ new Map();
};
var Analyzer = class {
  constructor(index, files, accessors, keys, scope, answers, cache4 = new AnalysisCache()) {
    this.files = files;
    this.accessors = accessors;
    this.keys = keys;
    this.scope = scope;
    this.answers = answers;
    this.cache = cache4;
    this.index = {
      summary: (path2) => {
        const s = index.summary(path2);
        if (this.lookups && !this.lookups.has(path2)) this.lookups.set(path2, s);
        return s;
      },
      resolveModule: (from, spec) => index.resolveModule(from, spec)
    };
    this.ev = new Evaluator(this.index, answers);
  }
  files;
  accessors;
  keys;
  scope;
  answers;
  cache;
  wrappers = /* @__PURE__ */ new Map();
  byName = /* @__PURE__ */ new Map();
  /** Default-exported wrappers by declaring file, matched through bindings, not names. */
  defaults = /* @__PURE__ */ new Map();
  ev;
  index;
  /** Summaries looked up while one file is collected, for the cache. */
  lookups;
  run() {
    this.discoverWrappers();
    return { ...this.collect(), wrappers: [...this.wrappers.values()] };
  }
  // ---- wrappers -----------------------------------------------------------------------------
  discoverWrappers() {
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      let changed = false;
      for (const file of this.files) {
        const s = this.index.summary(file);
        if (!s) continue;
        for (const site of s.sites) {
          const target = this.target(file, s, site);
          if (!target) continue;
          for (const ke of this.keyExprs(file, site, target)) {
            const params = [];
            collectParams(ke.e, file, params);
            for (const p of params) {
              const info = s.fns[p.fn];
              if (p.file !== file || !info || info.name === null) continue;
              if (this.addMacro(file, p.fn, { ...info, name: info.name }, ke.e)) changed = true;
            }
          }
        }
      }
      if (!changed) return;
    }
  }
  addMacro(file, fn, info, e) {
    const id = wrapperId(file, fn);
    let w = this.wrappers.get(id);
    if (!w) {
      const isDefault = !info.method && this.index.summary(file)?.exports.default === info.name;
      w = { file, fn, info, macros: /* @__PURE__ */ new Map(), isDefault };
      this.wrappers.set(id, w);
      this.byName.set(info.name, [...this.byName.get(info.name) ?? [], w]);
      if (isDefault) this.defaults.set(file, w);
    }
    const key = JSON.stringify(e);
    if (w.macros.has(key) || w.macros.size >= MAX_MACROS || key.length > MAX_MACRO_JSON)
      return false;
    w.macros.set(key, e);
    return true;
  }
  /**
   * A call that binds to a project wrapper is the wrapper (a project's own `useGate` shadows
   * Statsig's); otherwise a configured/SDK accessor; otherwise a wrapper matched by name only.
   */
  target(file, s, site) {
    if (site.form !== "call") {
      const acc2 = FORM_BY_ID[site.form].bind(site, this.accessors, this.where(file, s, site));
      return acc2 && { kind: "base", acc: acc2 };
    }
    const bound2 = this.wrapperFor(file, s, site, false);
    if (bound2) return { kind: "wrapper", w: bound2 };
    const acc = FORM_BY_ID.call.bind(site, this.accessors, this.where(file, s, site));
    if (acc && this.isSdkCall(s, site)) return { kind: "base", acc };
    const w = this.wrapperFor(file, s, site, true);
    return w ? { kind: "wrapper", w } : void 0;
  }
  /**
   * A bare call of a built-in SDK accessor's name counts as the SDK's, except for names
   * applications commonly define themselves (`useFeature(projectId, featureId)`): those count only
   * when imported from the SDK's own package. A project module re-exporting or declaring an SDK
   * function (`export declare function isFeatureEnabled`) is common, so other names keep counting
   * from anywhere. The project's own accessors (`flags.accessors`) count by name, as configured.
   */
  isSdkCall(s, site) {
    const acc = this.accessors.matchCall(site.name, site.receiver);
    if (!acc || acc.sdk === null || site.receiver !== null) return true;
    const ident = site.ident ?? site.name;
    if (!APP_DEFINED_NAMES.has(ident) && !APP_DEFINED_NAMES.has(site.name)) return true;
    const from = s.imports[ident]?.from;
    return from !== void 0 && (SDK_PACKAGES[acc.sdk]?.some((p) => from.startsWith(p)) ?? false);
  }
  /** Where a site's identifier leads: its declaration, through imports and namespace imports. */
  where(file, s, site) {
    return {
      declaration: () => {
        const t = site.receiver === null ? this.binding(file, s, site.ident ?? site.name) : this.nsMember(file, s, site.receiver, site.name);
        return t && t !== "external" && "file" in t ? t : void 0;
      }
    };
  }
  nsMember(file, s, ns, name2) {
    const t = this.binding(file, s, ns);
    return t && t !== "external" && "ns" in t ? this.ev.resolveExport(t.ns, name2) : void 0;
  }
  keyExprs(file, site, target) {
    if (target.kind === "base" && target.acc.key !== void 0) return [];
    if (target.kind === "base") {
      const { argument, fallbackArgument } = target.acc;
      const primary = site.args[argument];
      if (!primary) return [];
      const fb = fallbackArgument === null ? void 0 : site.args[fallbackArgument];
      return [{ e: fb ? { k: "first", items: [primary, fb] } : primary, argIndex: argument }];
    }
    const w = target.w;
    const out = [];
    for (const macro of w.macros.values()) {
      const params = [];
      collectParams(macro, w.file, params);
      const own = params.filter((p) => p.file === w.file && p.fn === w.fn).map((p) => p.index);
      const argIndex = own.length > 0 ? Math.min(...own) : 0;
      out.push({
        e: { k: "at", file: w.file, e: substitute(macro, w, site.args, file, w.file) },
        argIndex
      });
    }
    return out;
  }
  /** What a bare identifier in `file` refers to: a declaration, a namespace, or 'external'. */
  binding(file, s, ident) {
    const imp = s.imports[ident];
    if (!imp) return { file, local: ident };
    const target = this.index.resolveModule(file, imp.from);
    if (target === void 0) return "external";
    if (imp.name === "*") return { ns: target };
    return this.ev.resolveExport(target, imp.name);
  }
  wrapperFor(file, s, site, byNameOnly) {
    const candidates = this.byName.get(site.name);
    if (!candidates) return this.defaultWrapperFor(file, s, site);
    const recv = site.receiver;
    let nsTarget;
    if (recv !== null && !recv.includes(".") && s.imports[recv]?.name === "*") {
      const ns = this.binding(file, s, recv);
      nsTarget = ns && ns !== "external" && "ns" in ns ? this.ev.resolveExport(ns.ns, site.name) : ns;
    }
    for (const w of candidates) {
      if (recv === null || nsTarget !== void 0) {
        if (w.info.method) continue;
        const t = recv === null ? this.binding(file, s, site.ident ?? site.name) : nsTarget;
        if (t === "external" && byNameOnly) return w;
        if (t && t !== "external" && "file" in t && t.file === w.file && t.local === w.info.name)
          return w;
        continue;
      }
      if (!w.info.method || !byNameOnly) continue;
      if (w.info.ownerIsClass) {
        const cls = site.receiverClass;
        if (cls !== void 0 && (cls === w.info.owner || s.imports[cls]?.name === w.info.owner) || recv === "this" && file === w.file && site.thisClass === w.info.owner || !COMMON_METHOD_NAMES.has(site.name) && FLAG_CLIENT_RECEIVER.test(recv))
          return w;
        continue;
      }
      const last = recv.slice(recv.lastIndexOf(".") + 1);
      const imported = s.imports[last]?.name;
      if (w.info.owner !== null && (last === w.info.owner || imported === w.info.owner)) return w;
    }
    return this.defaultWrapperFor(file, s, site);
  }
  /**
   * `import gate from './gate'` (or a barrel's `export { default as gate }`) calls a default-exported
   * wrapper under a name of the caller's choosing: only the binding can tell. Skipped outright
   * while no wrapper is a default export, so ordinary imported calls cost nothing here.
   */
  defaultWrapperFor(file, s, site) {
    if (this.defaults.size === 0 || site.receiver !== null) return void 0;
    const ident = site.ident ?? site.name;
    if (!s.imports[ident]) return void 0;
    const t = this.binding(file, s, ident);
    if (!t || t === "external" || !("file" in t)) return void 0;
    const w = this.defaults.get(t.file);
    return w && w.info.name === t.local ? w : void 0;
  }
  // ---- references ---------------------------------------------------------------------------
  collect() {
    const stamp = this.wrapperStamp();
    if (stamp !== this.cache.stamp || this.answers !== this.cache.answers) {
      this.cache.files.clear();
      this.cache.stamp = stamp;
      this.cache.answers = this.answers;
    }
    const outcomes = this.files.flatMap((file) => this.fileOutcome(file) ?? []);
    const references = outcomes.flatMap((o) => o.references);
    references.push(
      ...this.uncarried(
        outcomes.flatMap((o) => o.callers),
        outcomes.flatMap((o) => o.heldBack)
      )
    );
    return {
      references,
      unresolved: outcomes.flatMap((o) => o.unresolved),
      registryUses: outcomes.flatMap((o) => o.registryUses),
      checkerNeeds: outcomes.flatMap((o) => o.checkerNeeds)
    };
  }
  /** Everything a file's outcome depends on besides the summaries it looks up. */
  wrapperStamp() {
    const parts = [];
    for (const [id, w] of this.wrappers)
      parts.push(id, JSON.stringify(w.info), String(w.isDefault), ...w.macros.keys());
    return parts.join("\0");
  }
  fileOutcome(file) {
    const cached = this.cache.files.get(file);
    if (cached && [...cached.deps].every(([p, s]) => this.index.summary(p) === s))
      return cached.outcome;
    const deps = /* @__PURE__ */ new Map();
    this.lookups = deps;
    try {
      const s = this.index.summary(file);
      if (!s) return void 0;
      const outcome = this.collectFile(file, s);
      this.cache.files.set(file, { outcome, deps });
      return outcome;
    } finally {
      this.lookups = void 0;
    }
  }
  collectFile(file, s) {
    const references = [];
    const unresolved = [];
    const registryUses = [];
    const checkerNeeds = [];
    const callers = [];
    const heldBack = [];
    const hintLines = new Set(
      s.hints.flatMap((h) => h.ownLine ? [h.line, h.line + 1] : [h.line])
    );
    const siteLabels = /* @__PURE__ */ new Map();
    const emit = (site, label2, how, transform, ke) => {
      const out = this.resolveSite(file, s, site, how, transform, ke);
      siteLabels.set(site.line, label2);
      const toRef = (r) => {
        const [line, column] = site.argLocs[r.argIndex] ?? [site.line, site.column];
        return {
          key: r.key,
          pattern: r.pattern,
          file,
          line,
          column,
          via: r.via,
          accessor: label2
        };
      };
      for (const r of out.refs) references.push(toRef(r));
      if (out.bodyPatterns.length > 0)
        heldBack.push({ refs: out.bodyPatterns.map(toRef), bodyOf: out.bodyOf, macro: ke.e });
      if (out.checker) checkerNeeds.push(out.checker);
      if (out.registryUse) {
        const [line, column] = site.argLocs[ke.argIndex] ?? [site.line, site.column];
        registryUses.push({
          file,
          line,
          column,
          accessor: label2,
          kind: out.registryUse.kind,
          expression: site.argTexts[ke.argIndex] ?? site.argTexts.join(", "),
          keys: [...out.registryUse.keys].sort()
        });
      }
      if (out.unresolved && !hintLines.has(site.line)) {
        const [line, column] = site.argLocs[ke.argIndex] ?? [site.line, site.column];
        const expression = site.argTexts[ke.argIndex] ?? site.argTexts.join(", ");
        unresolved.push({ file, line, column, accessor: label2, expression });
      }
      return out.bodyOf;
    };
    for (const site of s.sites) {
      const target = this.target(file, s, site);
      if (!target) continue;
      const label2 = target.kind === "base" ? target.acc.label : (
        // An anonymous default export is known by the name its caller gave it.
        target.w.info.name === "default" ? site.ident ?? site.name : target.w.info.name
      );
      const transform = target.kind === "base" ? target.acc.transform : "none";
      const how = { form: FORM_BY_ID[site.form], throughWrapper: target.kind === "wrapper" };
      if (target.kind === "base" && target.acc.key !== void 0) {
        const [line, column] = site.argLocs[0] ?? [site.line, site.column];
        references.push({
          key: target.acc.key,
          pattern: null,
          file,
          line,
          column,
          via: how.form.via("literal", false),
          accessor: label2
        });
        continue;
      }
      const bodyOf = /* @__PURE__ */ new Set();
      for (const ke of this.keyExprs(file, site, target)) {
        for (const id of emit(site, label2, how, transform, ke)) bodyOf.add(id);
      }
      if (target.kind === "wrapper")
        callers.push({ callee: wrapperId(target.w.file, target.w.fn), bodyOf: [...bodyOf] });
    }
    for (const h of s.hints) {
      const label2 = siteLabels.get(h.line) ?? (h.ownLine ? siteLabels.get(h.line + 1) : void 0) ?? "ops-steward-flags";
      for (const k of h.keys) {
        const isPattern = k.key.includes("*");
        references.push({
          key: isPattern ? null : k.key,
          pattern: isPattern ? k.key : null,
          file,
          line: k.line,
          column: k.column,
          via: "hint",
          accessor: label2
        });
      }
    }
    return { references, unresolved, registryUses, checkerNeeds, callers, heldBack };
  }
  /**
   * The held-back wrapper-body patterns that no caller carries. A wrapper's callers carry its key
   * (with their arguments substituted) when it has a caller on a path from code that is no
   * wrapper body (*reached*, a least fixpoint), or when every caller sits in the body of another
   * wrapper whose own body pattern is then kept. What is left keeps its body pattern: a wrapper
   * nobody calls — or calls only dynamically, from outside the scan, as a callback, or from its
   * own recursion — still reads the flags its pattern matches, and those must never be called
   * orphaned.
   */
  uncarried(callers, heldBack) {
    if (heldBack.length === 0) return [];
    const reached = /* @__PURE__ */ new Set();
    for (let changed = true; changed; ) {
      changed = false;
      for (const c of callers) {
        if (reached.has(c.callee) || !c.bodyOf.every((id) => reached.has(id))) continue;
        reached.add(c.callee);
        changed = true;
      }
    }
    const up = /* @__PURE__ */ new Map();
    for (const c of callers) up.set(c.callee, [...up.get(c.callee) ?? [], ...c.bodyOf]);
    const inCycle = (start) => {
      const seen = /* @__PURE__ */ new Set();
      const stack = [...up.get(start) ?? []];
      for (let id = stack.pop(); id !== void 0; id = stack.pop()) {
        if (id === start) return true;
        if (seen.has(id)) continue;
        seen.add(id);
        stack.push(...up.get(id) ?? []);
      }
      return false;
    };
    const keep = /* @__PURE__ */ new Map();
    const keepsBody = (id) => {
      let k = keep.get(id);
      if (k === void 0) {
        k = !reached.has(id) && (!up.has(id) || inCycle(id));
        keep.set(id, k);
      }
      return k;
    };
    const out = [];
    for (const h of heldBack) {
      let json;
      const needed = h.bodyOf.some((id) => {
        if (keepsBody(id)) return true;
        json ??= JSON.stringify(h.macro);
        return !this.wrappers.get(id)?.macros.has(json);
      });
      if (needed) out.push(...h.refs);
    }
    return out;
  }
  resolveSite(file, s, site, how, transform, ke) {
    let v = this.ev.eval(file, ke.e);
    let argIndex = ke.argIndex;
    if (ke.e.k === "first" && how.form.id === "call") {
      const primary = ke.e.items[0];
      if (primary && this.ev.eval(file, primary).t === "unknown") {
        const fallback = site.args.indexOf(ke.e.items[1] ?? UNKNOWN);
        if (fallback >= 0) argIndex = fallback;
      }
    }
    if (v.t === "arr") {
      v = this.ev.eval(v.file, { k: "alt", items: v.items });
    }
    const params = [];
    collectParams(ke.e, file, params);
    const bodyOf = [
      ...new Set(
        params.filter((p) => p.file === file && s.fns[p.fn]?.name != null).map((p) => wrapperId(file, p.fn))
      )
    ];
    const isWrapperBody = bodyOf.length > 0;
    const out = {
      refs: [],
      bodyPatterns: [],
      bodyOf,
      unresolved: false,
      checker: null
    };
    if (v.t !== "strs") {
      if (v.t === "unknown" && v.checker) out.checker = v.checker;
      else out.unresolved = !isWrapperBody;
      return out;
    }
    const mapKey = (k) => how.form.mapsPropertyNames || transform !== "none" ? this.keys.toKey(k, transform) : k;
    let items = v.items;
    const broad = items.filter((p) => (p.via === "union" || p.iter) && !p.parts.includes(null));
    if (broad.length > 1) {
      const keys = new Set(broad.map((p) => mapKey(p.parts.join(""))));
      if (this.scope.isWhole(keys)) {
        items = items.filter((p) => !broad.includes(p));
        if (!isWrapperBody)
          out.registryUse = { kind: broad.some((p) => p.iter) ? "iteration" : "union", keys };
      }
    }
    for (const p of items) {
      const exact = !p.parts.includes(null);
      if (exact && isWrapperBody && p.via === "union") {
        const key2 = mapKey(p.parts.join(""));
        out.bodyPatterns.push({ key: key2, pattern: null, via: p.via, argIndex });
        continue;
      }
      if (!exact) {
        const pattern = patternOf(p.parts);
        const bare = pattern.replace(/\*/g, "") === "";
        if (isWrapperBody) {
          if (!bare) out.bodyPatterns.push({ key: null, pattern, via: p.via, argIndex });
          continue;
        }
        if (bare) out.unresolved = true;
        else out.refs.push({ key: null, pattern, via: p.via, argIndex });
        continue;
      }
      const key = mapKey(p.parts.join(""));
      out.refs.push({
        key,
        pattern: null,
        via: how.form.via(p.via, how.throughWrapper),
        argIndex
      });
    }
    out.refs = uniqueRefs(out.refs);
    out.bodyPatterns = uniqueRefs(out.bodyPatterns);
    return out;
  }
};
function uniqueRefs(refs) {
  const seen = /* @__PURE__ */ new Set();
  return refs.filter((r) => {
    const id = `${r.key}\0${r.pattern}\0${r.via}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
var wrapperId = (file, fn) => `${file}\0${fn}`;

// src/flags/scanner/modules.ts
var SOURCE_EXTS = [".ts", ".tsx", ".d.ts", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"];
var JS_TO_TS = {
  ".js": [".ts", ".tsx", ".d.ts"],
  ".jsx": [".tsx"],
  ".mjs": [".mts", ".d.mts"],
  ".cjs": [".cts", ".d.cts"]
};
var CONFIG_NAMES = ["tsconfig.json", "jsconfig.json"];
function isProjectConfigPath(path2) {
  if (path2.includes("node_modules/")) return false;
  const base = path2.slice(path2.lastIndexOf("/") + 1);
  return base === "package.json" || /^[tj]sconfig(\..+)?\.json$/.test(base);
}
function dirname(path2) {
  const i = path2.lastIndexOf("/");
  return i < 0 ? "" : path2.slice(0, i);
}
function joinPath(dir, rel) {
  const out = rel.startsWith("/") ? [] : dir.split("/").filter(Boolean);
  for (const seg of rel.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") {
      if (out.length === 0) return void 0;
      out.pop();
    } else out.push(seg);
  }
  return out.join("/");
}
function parseJsonc(text) {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      const start = i++;
      while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
      out += text.slice(start, ++i);
    } else if (c === "/" && text[i + 1] === "/") {
      while (i < text.length && text[i] !== "\n") i++;
    } else if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      i = end < 0 ? text.length : end + 2;
    } else {
      out += c;
      i++;
    }
  }
  return JSON.parse(out.replace(/,(\s*[}\]])/g, "$1"));
}
function asRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? v : void 0;
}
var ModuleResolver = class {
  constructor(files, configTexts) {
    this.files = files;
    this.configTexts = configTexts;
    for (const [path2, text] of configTexts) {
      if (!path2.endsWith("package.json")) continue;
      const manifest = asRecord(safeJson(text));
      const name2 = manifest?.name;
      if (manifest && typeof name2 === "string")
        this.packages.push({ name: name2, dir: dirname(path2), manifest });
    }
    this.packages.sort((a, b) => b.name.length - a.name.length);
  }
  files;
  configTexts;
  configCache = /* @__PURE__ */ new Map();
  dirConfig = /* @__PURE__ */ new Map();
  cache = /* @__PURE__ */ new Map();
  packages = [];
  resolve(from, spec) {
    const key = `${dirname(from)}\0${spec}`;
    const hit = this.cache.get(key);
    if (hit !== void 0) return hit ?? void 0;
    const found = this.compute(from, spec);
    this.cache.set(key, found ?? null);
    return found;
  }
  compute(from, spec) {
    if (spec.startsWith(".") || spec.startsWith("/")) {
      const base = joinPath(dirname(from), spec);
      return base === void 0 ? void 0 : this.tryBase(base);
    }
    const cfg = this.configFor(dirname(from));
    if (cfg?.paths && cfg.pathsBase !== null) {
      const found = this.viaPaths(cfg.paths, cfg.pathsBase, spec);
      if (found) return found;
    }
    if (cfg?.baseUrl !== null && cfg?.baseUrl !== void 0) {
      const base = joinPath(cfg.baseUrl, spec);
      const found = base === void 0 ? void 0 : this.tryBase(base);
      if (found) return found;
    }
    return this.viaPackage(spec);
  }
  viaPaths(paths, base, spec) {
    let best;
    for (const [pattern, targets] of Object.entries(paths)) {
      const star = pattern.indexOf("*");
      if (star < 0) {
        if (pattern === spec) return this.firstTarget(targets, base, "");
        continue;
      }
      const prefix2 = pattern.slice(0, star);
      const suffix = pattern.slice(star + 1);
      if (spec.startsWith(prefix2) && spec.endsWith(suffix) && spec.length >= prefix2.length + suffix.length) {
        if (!best || prefix2.length > best.prefix.length) {
          best = { prefix: prefix2, star: spec.slice(prefix2.length, spec.length - suffix.length), targets };
        }
      }
    }
    return best ? this.firstTarget(best.targets, base, best.star) : void 0;
  }
  firstTarget(targets, base, star) {
    for (const t of targets) {
      const p = joinPath(base, t.replace("*", star));
      const found = p === void 0 ? void 0 : this.tryBase(p);
      if (found) return found;
    }
    return void 0;
  }
  viaPackage(spec) {
    for (const pkg of this.packages) {
      if (spec !== pkg.name && !spec.startsWith(`${pkg.name}/`)) continue;
      const sub = spec.slice(pkg.name.length + 1);
      if (sub) {
        return this.tryBase(joinPath(pkg.dir, sub) ?? "") ?? this.tryBase(joinPath(pkg.dir, `src/${sub}`) ?? "");
      }
      for (const field of ["source", "types", "typings", "module", "main"]) {
        const value = pkg.manifest[field];
        if (typeof value !== "string") continue;
        const direct = joinPath(pkg.dir, value);
        if (direct === void 0) continue;
        const asSource = direct.replace(/(^|\/)(dist|lib|build|out)\//, "$1src/").replace(/\.d\.ts$/, "");
        const found = this.tryBase(asSource) ?? this.tryBase(direct);
        if (found) return found;
      }
      return this.tryBase(joinPath(pkg.dir, "src/index") ?? "") ?? this.tryBase(joinPath(pkg.dir, "index") ?? "");
    }
    return void 0;
  }
  /** A path as written, with its extension swapped for a TS one, with an extension added, or as a directory index. */
  tryBase(base) {
    if (base === "") return void 0;
    const ext2 = /\.[cm]?[jt]sx?$/.exec(base)?.[0];
    if (ext2) {
      for (const alt of JS_TO_TS[ext2] ?? []) {
        const p = base.slice(0, -ext2.length) + alt;
        if (this.files.has(p)) return p;
      }
      if (this.files.has(base)) return base;
    }
    for (const e of SOURCE_EXTS) if (this.files.has(base + e)) return base + e;
    for (const e of SOURCE_EXTS)
      if (this.files.has(`${base}/index${e}`)) return `${base}/index${e}`;
    return void 0;
  }
  /** The nearest tsconfig.json/jsconfig.json at or above `dir`. */
  configFor(dir) {
    const cached = this.dirConfig.get(dir);
    if (cached !== void 0) return cached;
    let found = null;
    for (const name2 of CONFIG_NAMES) {
      const path2 = dir ? `${dir}/${name2}` : name2;
      if (this.configTexts.has(path2)) {
        found = this.loadConfig(path2, /* @__PURE__ */ new Set());
        break;
      }
    }
    if (!found && dir !== "") found = this.configFor(dirname(dir));
    this.dirConfig.set(dir, found);
    return found;
  }
  loadConfig(path2, seen) {
    const cached = this.configCache.get(path2);
    if (cached !== void 0) return cached;
    const text = this.configTexts.get(path2);
    if (text === void 0 || seen.has(path2)) return null;
    seen.add(path2);
    const json = asRecord(safeJson(text));
    const dir = dirname(path2);
    let result = { pathsBase: null, paths: null, baseUrl: null };
    const ext2 = json?.extends;
    for (const parent of Array.isArray(ext2) ? ext2 : [ext2]) {
      if (typeof parent !== "string" || !parent.startsWith(".")) continue;
      const p = joinPath(dir, parent);
      const base = p === void 0 ? null : this.loadConfig(p, seen) ?? this.loadConfig(`${p}.json`, seen);
      if (base) result = { ...base };
    }
    const opts = asRecord(json?.compilerOptions);
    if (typeof opts?.baseUrl === "string") result.baseUrl = joinPath(dir, opts.baseUrl) ?? null;
    const paths = asRecord(opts?.paths);
    if (paths) {
      const clean = {};
      for (const [k, v] of Object.entries(paths)) {
        if (Array.isArray(v)) clean[k] = v.filter((x) => typeof x === "string");
      }
      result.paths = clean;
      result.pathsBase = dir;
    }
    if (result.baseUrl !== null) result.pathsBase = result.baseUrl;
    this.configCache.set(path2, result);
    return result;
  }
};
function safeJson(text) {
  try {
    return parseJsonc(text);
  } catch {
    return void 0;
  }
}

// src/flags/scanner/pool.ts
var BUNDLED_WORKER_FILE = "flags-scanner-worker.js";
var WORKER_ENTRY = {
  from: import.meta.url,
  bundled: BUNDLED_WORKER_FILE,
  source: "./worker.ts",
  external: ["ts-morph"]
};
function inProcessExtractor() {
  return {
    async extract(files, spec) {
      const { compileSpec, extractFile } = await import("./extract-SQS4IZHB.js");
      const compiled2 = compileSpec(spec);
      return files.map((f) => extractFile(f.path, f.text, compiled2));
    },
    close: () => Promise.resolve()
  };
}
async function workerExtractor(size) {
  const here = inProcessExtractor();
  const pool = await startWorkerPool(
    size,
    WORKER_ENTRY,
    (task) => here.extract(task.files, task.spec),
    // A batch is ~512 KB of source: one at a time per worker leaves the rest of the queue to
    // whichever thread frees up first, the calling thread included.
    { tasksInFlight: 1 }
  );
  if (!pool) return void 0;
  return {
    extract: (files, spec) => files.length === 0 ? Promise.resolve([]) : pool.run({ spec, files: [...files] }),
    joinMainThread: () => pool.joinMainThread(),
    close: () => pool.close()
  };
}
var DEEP_STACK_MB = 256;
async function extractOnDeepStack(files, spec) {
  if (files.length === 0) return void 0;
  return runOnWorker(
    WORKER_ENTRY,
    { spec, files: [...files] },
    { resourceLimits: { stackSizeMb: DEEP_STACK_MB } }
  );
}

// src/flags/scanner/select.ts
var SOURCE_RE = /\.(?:[cm]?[jt]s|[jt]sx)$/;
var NOT_TEXT_REFERENCES = /(?:\.(?:md|mdx|markdown|txt|rst|adoc|lock|lockb|lockfile|log|svg|map)$|\.lock\.[^/]+$|(?:^|\/)(?:package-lock\.json|pnpm-lock\.yaml|shrinkwrap\.yaml|npm-shrinkwrap\.json|Package\.resolved|CHANGELOG[^/]*)$)/i;
function fileSelection(config) {
  const opts = { dot: true, nocomment: true };
  const include = config.include.map((g) => new Minimatch(g, opts));
  const exclude = config.exclude.map((g) => new Minimatch(g, opts));
  const isExcluded = (p) => exclude.some((m) => m.match(p));
  const noText = config.textReferenceExclude.map((g) => new Minimatch(g, opts));
  const registries = new Set(
    registrySources(config).filter((r) => r.kind === "yaml").map((r) => r.path)
  );
  return {
    isExcluded,
    isSource: (p) => SOURCE_RE.test(p) && include.some((m) => m.match(p)) && !isExcluded(p),
    isText: (p) => !SOURCE_RE.test(p) && !registries.has(p) && !noText.some((m) => m.match(p)) && !NOT_TEXT_REFERENCES.test(p) && !isExcluded(p)
  };
}

// src/flags/scanner/text.ts
var QUOTED = /(['"`])([^'"`\s\\]{1,256})\1/g;
var KEY_CHARS = /[A-Za-z0-9_.\-/]/;
var BARE_TOKEN = /[A-Za-z0-9_.\-/]+/g;
var ALL_KEY_CHARS = /^[A-Za-z0-9_.\-/]+$/;
var CONFIG_TEXT_RE = /(?:\.(?:ya?ml|json|jsonc|json5|toml|ini|cfg|properties|env|conf)$|(?:^|\/)\.env(?:\.[^/]*)?$)/i;
function isOrdinaryWord(key) {
  return /^[a-z]+$/.test(key);
}
function isConfigText(path2) {
  return CONFIG_TEXT_RE.test(path2);
}
var TextMatcher = class {
  /** Keys found by the QUOTED pass. */
  simple;
  /** Keys with whitespace, quotes or backslashes: searched quoted, one by one. */
  odd;
  /** Keys found by the BARE_TOKEN pass in config-like files. */
  bareSimple;
  /** Keys with characters outside KEY_CHARS: searched one by one, bounds checked. */
  bareOdd;
  constructor(keys) {
    const simple = /* @__PURE__ */ new Set();
    const odd = [];
    const bareSimple = /* @__PURE__ */ new Set();
    const bareOdd = [];
    for (const k of keys) {
      if (k === "") continue;
      if (/['"`\s\\]/.test(k) || k.length > 256) odd.push(k);
      else simple.add(k);
      if (ALL_KEY_CHARS.test(k)) bareSimple.add(k);
      else bareOdd.push(k);
    }
    this.simple = simple;
    this.odd = odd;
    this.bareSimple = bareSimple;
    this.bareOdd = bareOdd;
  }
  /** `bare`: also count unquoted whole-token occurrences (config-like files, see isConfigText). */
  find(file, text, bare = false) {
    const hits = bare ? this.bareHits(text) : this.quotedHits(text);
    if (hits.length === 0) return [];
    const lineStarts = [0];
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
    return hits.map(({ key, index }) => {
      let lo = 0;
      let hi = lineStarts.length - 1;
      while (lo < hi) {
        const mid = lo + hi + 1 >> 1;
        if ((lineStarts[mid] ?? 0) <= index) lo = mid;
        else hi = mid - 1;
      }
      return {
        key,
        pattern: null,
        file,
        line: lo + 1,
        column: index - (lineStarts[lo] ?? 0) + 1,
        via: "text",
        accessor: "text"
      };
    });
  }
  quotedHits(text) {
    const hits = [];
    if (this.simple.size > 0) {
      for (const m of text.matchAll(QUOTED)) {
        const key = m[2];
        if (key !== void 0 && this.simple.has(key)) hits.push({ key, index: m.index });
      }
    }
    for (const key of this.odd) {
      for (const q of ["'", '"', "`"]) {
        const needle = q + key + q;
        for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1))
          hits.push({ key, index: i });
      }
    }
    return hits;
  }
  /**
   * Every whole-token occurrence, quoted or not (a quote bounds a token, so this finds what the
   * quoted pass would too). A quoted one is reported at its opening quote, like the quoted pass.
   */
  bareHits(text) {
    const hits = [];
    const at2 = (key, index) => {
      const q = text[index - 1];
      const quoted = (q === '"' || q === "'" || q === "`") && text[index + key.length] === q;
      hits.push({ key, index: quoted ? index - 1 : index });
    };
    if (this.bareSimple.size > 0) {
      for (const m of text.matchAll(BARE_TOKEN)) {
        if (this.bareSimple.has(m[0])) at2(m[0], m.index);
      }
    }
    for (const key of this.bareOdd) {
      for (let i = text.indexOf(key); i >= 0; i = text.indexOf(key, i + 1)) {
        if (isKeyChar(text[i - 1]) || isKeyChar(text[i + key.length])) continue;
        at2(key, i);
      }
    }
    return hits;
  }
};
function isKeyChar(c) {
  return c !== void 0 && KEY_CHARS.test(c);
}

// src/flags/scanner/transform.ts
function words(key) {
  return key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2").split(/[^A-Za-z0-9]+/).filter(Boolean);
}
function lodashWords(key) {
  return key.match(/[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+/g) ?? [];
}
var capitalize = (w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
function transformKey(key, transform) {
  switch (transform) {
    case "none":
      return key;
    case "camelCase":
      return lodashWords(key).map((x, i) => i === 0 ? x.toLowerCase() : capitalize(x)).join("");
    case "PascalCase":
      return lodashWords(key).map(capitalize).join("");
    case "snake_case":
      return words(key).map((x) => x.toLowerCase()).join("_");
    case "UPPER_SNAKE":
      return words(key).map((x) => x.toUpperCase()).join("_");
    case "kebab-case":
      return words(key).map((x) => x.toLowerCase()).join("-");
  }
}
function guessKey(property, transform) {
  if (transform === "none") return property;
  return words(property).map((x) => x.toLowerCase()).join("-");
}
var KeyMapper = class {
  constructor(declared) {
    this.declared = declared;
    this.declaredSet = new Set(declared);
  }
  declared;
  byTransform = /* @__PURE__ */ new Map();
  declaredSet;
  toKey(property, transform) {
    if (transform === "none") return property;
    let map = this.byTransform.get(transform);
    if (!map) {
      map = /* @__PURE__ */ new Map();
      for (const key of this.declared) {
        const t = transformKey(key, transform);
        if (!map.has(t)) map.set(t, key);
      }
      this.byTransform.set(transform, map);
    }
    if (this.declaredSet.has(property)) return property;
    return map.get(property) ?? guessKey(property, transform);
  }
};

// src/flags/scanner/undecodable.ts
var WORD = /[\p{L}\p{N}_.:/@$-]*\uFFFD[\p{L}\p{N}_.:/@$\uFFFD-]*/gu;
var MIN_INTACT = 2;
async function reconcileUndecodable(files, covered, declaredKeys, references) {
  const damaged = [...undecodableFiles(files.notices()).keys()].filter((f) => covered.has(f));
  if (damaged.length === 0) return [...references];
  const inDamaged = new Set(damaged);
  const kept = references.filter(
    (r) => !(inDamaged.has(r.file) && (r.key ?? r.pattern ?? "").includes("\uFFFD"))
  );
  for (const file of damaged) {
    const text = await files.read(file);
    if (text !== void 0) kept.push(...possibleReads(file, text, declaredKeys));
  }
  return kept;
}
function possibleReads(file, text, declaredKeys) {
  const out = [];
  const fitting = /* @__PURE__ */ new Map();
  let line = 1;
  let lineStart = 0;
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    if (word.replace(/\uFFFD/g, "").length < MIN_INTACT) continue;
    let keys = fitting.get(word);
    if (!keys) {
      const fits = fitsWord(word);
      keys = declaredKeys.filter((key) => fits.test(key));
      fitting.set(word, keys);
    }
    if (keys.length === 0) continue;
    for (let i = text.indexOf("\n", lineStart); i >= 0 && i < m.index; i = text.indexOf("\n", i + 1)) {
      line++;
      lineStart = i + 1;
    }
    const column = m.index - lineStart + 1;
    for (const key of keys)
      out.push({ key, pattern: null, file, line, column, via: "text", accessor: "text" });
  }
  return out;
}
function fitsWord(word) {
  return new RegExp(
    `^${word.split(/\uFFFD+/).map((part) => part.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join(".*")}$`,
    "su"
  );
}

// src/flags/scanner/index.ts
function progressCounter(covered, report) {
  if (!report) return { file: () => void 0, finish: () => void 0 };
  const pending = new Set(covered);
  const total = pending.size;
  return {
    file(path2) {
      if (pending.delete(path2)) report({ done: total - pending.size, total });
    },
    finish() {
      report({ done: total, total });
    }
  };
}
var PARALLEL_MIN_CHARS = 12 * 1024 * 1024;
var MAX_WORKERS = 4;
function defaultWorkerCount() {
  const cores = availableParallelism();
  return cores > 1 ? Math.min(cores - 1, MAX_WORKERS) : 0;
}
var READ_CONCURRENCY = 32;
var BATCH_CHARS = 512 * 1024;
var MAX_ROUNDS = 16;
async function scanFlagReferences(files, config, options) {
  const started = performance.now();
  const accessors = new AccessorSet(config, options.codeRegistries ?? []);
  const select = fileSelection(config);
  const listed = await files.list();
  const sources = listed.filter((p) => select.isSource(p));
  const scanned = new Set(sources);
  const textFiles = config.textReferences && options.declaredKeys.length > 0 ? listed.filter((p) => select.isText(p)) : [];
  const configPaths = listed.filter(isProjectConfigPath);
  const progress = progressCounter([...sources, ...textFiles], options.onProgress);
  const moduleFiles = new Set(
    listed.filter((p) => SOURCE_RE.test(p) && !/(^|\/)node_modules\//.test(p))
  );
  const stats = {
    sourceFiles: sources.length,
    textFiles: 0,
    prefiltered: 0,
    parsedFiles: 0,
    parses: 0,
    workers: 0,
    wrappers: 0,
    checkerTypes: 0,
    typedFiles: 0,
    typedMs: 0,
    rounds: 0,
    phaseMs: { read: 0, parse: 0, resolve: 0, checker: 0 }
  };
  let phaseStart = started;
  const endPhase = (phase) => {
    const now = performance.now();
    stats.phaseMs[phase] += Math.round(now - phaseStart);
    phaseStart = now;
  };
  let extractor = inProcessExtractor();
  const parsed = /* @__PURE__ */ new Set();
  const texts = /* @__PURE__ */ new Map();
  const summaries = /* @__PURE__ */ new Map();
  const configTexts = /* @__PURE__ */ new Map();
  const textRefs = [];
  const matcher = new TextMatcher(
    config.textReferenceWords ? options.declaredKeys : options.declaredKeys.filter((k) => !isOrdinaryWord(k))
  );
  const wrapperNames = /* @__PURE__ */ new Set();
  let spec = accessors.spec(wrapperNames);
  const pending = [];
  const extractAll = (batch) => {
    stats.parses += batch.length;
    for (const f of batch) parsed.add(f.path);
    pending.push(
      extractor.extract(batch, spec).then((out) => {
        for (const s of out) {
          summaries.set(s.path, s);
          progress.file(s.path);
        }
      })
    );
  };
  const batcher = () => {
    let batch = [];
    let size = 0;
    return {
      add(f) {
        batch.push(f);
        size += f.text.length;
        if (size >= BATCH_CHARS) this.flush();
      },
      flush() {
        if (batch.length > 0) extractAll(batch);
        batch = [];
        size = 0;
      }
    };
  };
  try {
    const mayReference = prefilter(firstRoundNeedles(accessors));
    const candidates = [];
    let candidateChars = 0;
    const sourceSet = new Set(sources);
    const textSet = new Set(textFiles);
    await forEachConcurrent(
      [...sources, ...textFiles, ...configPaths],
      READ_CONCURRENCY,
      async (path2) => {
        const text = await files.read(path2);
        if (text === void 0) return;
        if (sourceSet.has(path2)) {
          texts.set(path2, text);
          if (mayReference(text)) {
            candidates.push({ path: path2, text });
            candidateChars += text.length;
          } else progress.file(path2);
        } else if (textSet.has(path2)) {
          stats.textFiles++;
          textRefs.push(...matcher.find(path2, text, isConfigText(path2)));
          progress.file(path2);
        }
        if (isProjectConfigPath(path2)) configTexts.set(path2, text);
      }
    );
    endPhase("read");
    const workers = options.workers ?? (candidateChars >= PARALLEL_MIN_CHARS ? defaultWorkerCount() : 0);
    const pool = workers > 0 ? await workerExtractor(workers) : void 0;
    if (pool) {
      extractor = pool;
      stats.workers = workers;
      pool.joinMainThread();
    }
    candidates.sort((a, b) => compareStrings(a.path, b.path));
    stats.prefiltered = candidates.length;
    const first = batcher();
    for (const c of candidates) first.add(c);
    first.flush();
    await drain(pending);
    await reparseOverflowed(summaries, texts, spec);
    endPhase("parse");
    const resolver = new ModuleResolver(moduleFiles, configTexts);
    const keyMapper = new KeyMapper(options.declaredKeys);
    const codeRegistries = options.codeRegistries ?? [];
    const scope = new RegistryScope(
      options.declaredKeys,
      codeRegistries.map((r) => r.keys)
    );
    const unreadable2 = /* @__PURE__ */ new Set();
    let answers = /* @__PURE__ */ new Map();
    const cache4 = new AnalysisCache();
    const analyse = (missing) => {
      const index = {
        summary(path2) {
          const s = summaries.get(path2);
          if (!s && moduleFiles.has(path2) && !unreadable2.has(path2)) missing.add(path2);
          return s;
        },
        resolveModule: (from, specifier) => resolver.resolve(from, specifier)
      };
      const parsed2 = [...summaries.keys()].filter((p) => scanned.has(p)).sort(compareStrings);
      return new Analyzer(index, parsed2, accessors, keyMapper, scope, answers, cache4).run();
    };
    let analysis;
    const defaultWrapperFiles = /* @__PURE__ */ new Set();
    let importGraph;
    for (let round = 0; round < MAX_ROUNDS; round++) {
      stats.rounds = round + 1;
      const missing = /* @__PURE__ */ new Set();
      analysis = analyse(missing);
      const fresh = [...new Set(analysis.wrappers.map((w) => w.info.name))].filter(
        // `default` (an anonymous default export) is found through imports below, not by name.
        (n) => n !== "default" && !wrapperNames.has(n) && !accessors.calls.has(n)
      );
      const todo = new Set(missing);
      const freshDefaults = analysis.wrappers.filter((w) => w.isDefault && !defaultWrapperFiles.has(w.file)).map((w) => w.file);
      if (freshDefaults.length > 0) {
        for (const f of freshDefaults) defaultWrapperFiles.add(f);
        importGraph ??= new ImportGraph(texts, scanned, resolver);
        for (const path2 of importGraph.importersOf(freshDefaults))
          if (!parsed.has(path2)) todo.add(path2);
      }
      if (fresh.length > 0) {
        for (const n of fresh) wrapperNames.add(n);
        spec = accessors.spec(wrapperNames);
        const mentions = prefilter(fresh, false);
        for (const [path2, text] of texts) {
          if (!scanned.has(path2) || !mentions(text)) continue;
          const recorded = summaries.get(path2)?.recordedCallees;
          if (recorded && fresh.every(
            (n) => !text.includes(n) || recorded.includes(n) && !text.includes(`.${n}`)
          ))
            continue;
          todo.add(path2);
        }
      }
      if (todo.size === 0) break;
      const batch = batcher();
      for (const path2 of [...todo].sort(compareStrings)) {
        const text = texts.get(path2) ?? await files.read(path2);
        if (text === void 0) {
          unreadable2.add(path2);
          continue;
        }
        texts.set(path2, text);
        batch.add({ path: path2, text });
      }
      batch.flush();
      await drain(pending);
    }
    endPhase("resolve");
    if (analysis && analysis.checkerNeeds.length > 0) {
      stats.checkerTypes = new Set(analysis.checkerNeeds.map((n) => `${n.file}:${n.start}`)).size;
      try {
        const { answerWithChecker } = await import("./checker-P5B3PJ2S.js");
        answers = answerWithChecker(
          analysis.checkerNeeds,
          (p) => texts.get(p),
          (p) => summaries.get(p),
          resolver
        );
      } catch {
        answers = new Map(analysis.checkerNeeds.map((n) => [checkerKey(n), null]));
      }
      analysis = analyse(/* @__PURE__ */ new Set());
    }
    endPhase("checker");
    const typed = await referencesByType(codeRegistries, texts, scanned, resolver, stats);
    for (const [path2, s] of summaries) {
      const text = texts.get(path2);
      if (s.error !== void 0 && scanned.has(path2) && text !== void 0)
        textRefs.push(...matcher.find(path2, text, true));
    }
    stats.parsedFiles = parsed.size;
    stats.wrappers = analysis?.wrappers.length ?? 0;
    options.onStats?.(stats);
    progress.finish();
    const read = await reconcileUndecodable(
      files,
      /* @__PURE__ */ new Set([...sources, ...textFiles]),
      options.declaredKeys,
      [...analysis?.references ?? [], ...textRefs, ...typed.references]
    );
    const result = {
      references: sortReferences(withoutDeclarations(read, codeRegistries)),
      unresolved: sortUnresolved(analysis?.unresolved ?? [])
    };
    const uses = analysis?.registryUses ?? [];
    if (uses.length > 0) result.registryUses = sortUses(uses);
    const skipped = [...skippedFiles(summaries, scanned), ...typed.skipped];
    if (skipped.length > 0) result.skipped = skipped;
    return result;
  } finally {
    await extractor.close();
  }
}
function firstRoundNeedles(accessors) {
  return {
    names: FORMS.filter((f) => f.id !== "call").flatMap((f) => f.needles(accessors)),
    callsWithArguments: FORMS.filter((f) => f.id === "call").flatMap((f) => f.needles(accessors))
  };
}
function skippedFiles(summaries, scanned) {
  const out = [];
  for (const [file, s] of summaries) {
    if (!scanned.has(file)) continue;
    if (s.error !== void 0) {
      out.push({
        file,
        reason: `could not be analysed (${s.error}); flag reads in it may be missed`
      });
    } else if (s.syntaxError) {
      const { line, column, message } = s.syntaxError;
      out.push({
        file,
        reason: `syntax error at ${line}:${column}: ${message} (flag reads near it may be missed)`,
        line,
        column
      });
    }
  }
  return out.sort((a, b) => compareStrings(a.file, b.file));
}
async function referencesByType(registries, texts, scanned, resolver, stats) {
  if (registries.length === 0) return { references: [], skipped: [] };
  const started = performance.now();
  const { typedReferences } = await import("./typed-6SSLEVAN.js");
  const typed = typedReferences({ registries, texts, scanned, resolver });
  stats.typedFiles = typed.files;
  stats.typedMs = Math.round(performance.now() - started);
  return typed;
}
async function reparseOverflowed(summaries, texts, spec) {
  const overflowed = [];
  for (const [path2, s] of summaries) {
    const text = texts.get(path2);
    if (s.error !== void 0 && /call stack/i.test(s.error) && text !== void 0)
      overflowed.push({ path: path2, text });
  }
  const again = await extractOnDeepStack(overflowed, spec);
  for (const s of again ?? []) summaries.set(s.path, s);
}
function withoutDeclarations(refs, registries) {
  if (registries.length === 0) return refs;
  const own = /* @__PURE__ */ new Map();
  for (const r of registries) {
    const keys = own.get(r.file) ?? /* @__PURE__ */ new Set();
    for (const k of r.keys) keys.add(k);
    own.set(r.file, keys);
  }
  return refs.filter((r) => r.key === null || !own.get(r.file)?.has(r.key));
}
async function drain(pending) {
  while (pending.length > 0) await Promise.all(pending.splice(0));
}
async function forEachConcurrent(items, limit, fn) {
  let next = 0;
  const run = async () => {
    while (next < items.length) {
      const item = items[next++];
      await fn(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, run));
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
var BY_TYPE_OR_SYMBOL = /* @__PURE__ */ new Set(["symbol", "typed-literal"]);
function sortReferences(refs) {
  const seen = /* @__PURE__ */ new Set();
  const at2 = (r) => `${r.file}\0${r.line}\0${r.column}\0${r.key}`;
  const read = new Set(refs.filter((r) => !BY_TYPE_OR_SYMBOL.has(r.via)).map(at2));
  const named = new Set(refs.filter((r) => r.via === "symbol").map(at2));
  const unique3 = refs.filter((r) => {
    if (BY_TYPE_OR_SYMBOL.has(r.via) && read.has(at2(r))) return false;
    if (r.via === "typed-literal" && named.has(at2(r))) return false;
    const id = BY_TYPE_OR_SYMBOL.has(r.via) ? `${at2(r)}\0${r.via}` : `${r.file}\0${r.line}\0${r.column}\0${r.key}\0${r.pattern}\0${r.via}\0${r.accessor}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  return unique3.sort(
    (a, b) => compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column || compareStrings(a.key ?? a.pattern ?? "", b.key ?? b.pattern ?? "") || compareStrings(a.via, b.via) || compareStrings(a.accessor, b.accessor)
  );
}
function sortUses(list2) {
  const seen = /* @__PURE__ */ new Set();
  return list2.filter((u) => {
    const id = `${u.file}\0${u.line}\0${u.column}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  }).sort((a, b) => compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column);
}
function sortUnresolved(list2) {
  const seen = /* @__PURE__ */ new Set();
  return list2.filter((u) => {
    const id = `${u.file}\0${u.line}\0${u.column}\0${u.accessor}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  }).sort(
    (a, b) => compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column || compareStrings(a.accessor, b.accessor)
  );
}

// src/flags/status.ts
function flagStatus(declared, scan, textRefs, config, now) {
  return classify(declared, scan, textRefs, config, now).map((c) => c.status);
}
function flagFindings(declared, scan, textRefs, config, now, options = {}) {
  const registry = options.registry ?? yamlRegistryPath(config);
  const findings = [];
  const today = epochDayOf(now);
  for (const { status, declared: flag, exact } of classify(declared, scan, textRefs, config, now)) {
    if (status.state === "active" || status.state === "permanent") continue;
    const severity = config.severity[status.state];
    if (severity === "off") continue;
    if (status.state === "undeclared") {
      const first = [...exact].filter((r) => r.via !== "text").sort(byLocation)[0];
      if (!first) continue;
      const count = exact.length === 1 ? "once" : `${exact.length} times`;
      const codeOnly = registrySources(config).every((s) => s.kind === "code");
      const fix = codeOnly ? `not declared in ${registrySources(config).map((s) => s.entry).join(
        " or "
      )}: add it there with its @owner, @created, @expires and @type JSDoc tags (or fix the key)` : options.registryExists === false ? `there is no ${registry}: create it and declare the flag with owner, created, expires and type` : `not declared in ${registry}: add it with owner, created, expires and type`;
      findings.push({
        ruleId: "flags/undeclared",
        severity,
        message: `flag "${status.key}" is read by code (${count}, first here) but ${fix}`,
        file: first.file,
        line: first.line,
        column: first.column
      });
      continue;
    }
    if (!flag) continue;
    findings.push({
      ruleId: `flags/${status.state}`,
      severity,
      message: declaredMessage(status, flag, config, today),
      file: flag.file,
      line: flag.line,
      column: flag.column,
      ...flag.owners.length > 0 ? { owners: [...flag.owners] } : {}
    });
  }
  return findings;
}
function registryUseFindings(uses) {
  return uses.map((u) => ({
    ruleId: "flags/registry-iterated",
    severity: "notice",
    message: u.kind === "iteration" ? `${u.accessor} reads every flag of the registry here (\`${shorten(u.expression)}\` iterates it, ${u.keys.length} keys): this is not counted as a reference to each flag, so flags read only this way are reported orphaned with a note` : `${u.accessor} is passed the registry's whole key type here (\`${shorten(u.expression)}\`, ${u.keys.length} keys): a dynamic read of the registry, not a reference to each flag; flags read only this way are reported orphaned with a note`,
    file: u.file,
    line: u.line,
    column: u.column
  }));
}
function unresolvedFindings(unresolved, config) {
  const severity = config.severity.unresolved;
  if (severity === "off") return [];
  return unresolved.map((u) => ({
    ruleId: "flags/unresolved",
    severity,
    message: `cannot tell which flag ${u.accessor} reads here: \`${shorten(u.expression)}\` is only known at run time, so flags read this way may be called orphaned. Name the possible keys in a comment on the line above: // ops-steward-flags: key-a, key-b`,
    file: u.file,
    line: u.line,
    column: u.column
  }));
}
function classify(declared, scan, textRefs, config, now) {
  const refs = mergeReferences(scan.references, textRefs);
  const exactByKey = /* @__PURE__ */ new Map();
  const patternRefs = [];
  const matchers = /* @__PURE__ */ new Map();
  for (const ref of refs) {
    if (ref.key !== null) {
      const list2 = exactByKey.get(ref.key) ?? [];
      list2.push(ref);
      exactByKey.set(ref.key, list2);
    } else if (ref.pattern !== null) {
      let matcher = matchers.get(ref.pattern);
      if (!matcher) {
        matcher = new Minimatch(ref.pattern, { dot: true, nonegate: true, nocomment: true });
        matchers.set(ref.pattern, matcher);
      }
      patternRefs.push({ ref, matcher });
    }
  }
  const patternCount = (key) => patternRefs.filter((p) => p.matcher.match(key)).length;
  const usesByKey = /* @__PURE__ */ new Map();
  for (const use of scan.registryUses ?? []) {
    for (const key of use.keys) {
      const at2 = `${use.file}:${use.line}`;
      const list2 = usesByKey.get(key) ?? [];
      if (!list2.includes(at2)) list2.push(at2);
      usesByKey.set(key, list2);
    }
  }
  const nowMs = now.getTime();
  const out = [];
  const declaredKeys = /* @__PURE__ */ new Set();
  for (const flag of declared) {
    if (declaredKeys.has(flag.key)) continue;
    declaredKeys.add(flag.key);
    const exact = exactByKey.get(flag.key) ?? [];
    const patternReferences = patternCount(flag.key);
    const permanent = config.permanentTypes.includes(flag.type);
    const expiresMs = !permanent && flag.expires !== null ? startOfDayMs(flag.expires) : null;
    let state;
    if (expiresMs !== null && nowMs >= expiresMs) state = "expired";
    else if (exact.length === 0 && patternReferences === 0) state = "orphaned";
    else if (expiresMs !== null && expiresMs - nowMs <= config.expiringWithinDays * MS_PER_DAY)
      state = "expiring";
    else state = permanent ? "permanent" : "active";
    const iteratedAt = state === "orphaned" ? usesByKey.get(flag.key) : void 0;
    out.push({
      declared: flag,
      exact,
      status: {
        key: flag.key,
        owners: [...flag.owners],
        type: flag.type || null,
        created: flag.created,
        expires: permanent ? null : flag.expires,
        state,
        references: exact.length,
        patternReferences,
        ...iteratedAt ? { iteratedAt } : {},
        ...exact.length > 0 && patternReferences === 0 && exact.every((r) => r.via === "text") ? { onlyTextReferences: true } : {}
      }
    });
  }
  const undeclared = [...exactByKey.entries()].filter(([key, list2]) => !declaredKeys.has(key) && list2.some((r) => r.via !== "text")).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  for (const [key, exact] of undeclared) {
    out.push({
      exact,
      status: {
        key,
        owners: [],
        type: null,
        created: null,
        expires: null,
        state: "undeclared",
        references: exact.length,
        patternReferences: patternCount(key)
      }
    });
  }
  return out;
}
function declaredMessage(status, flag, config, today) {
  const who = flag.owners.length === 0 ? "no owner" : `${flag.owners.length === 1 ? "owner" : "owners"} ${flag.owners.join(", ")}`;
  const facts = [
    who,
    flag.type ? `type ${flag.type}` : "",
    flag.created ? `created ${flag.created}` : ""
  ].filter(Boolean).join(", ");
  const expiresDay = flag.expires === null ? null : epochDay(flag.expires);
  const policy = lifetimePolicy(config, flag.type);
  const renew = policy ? `or renew it: set renewedFrom: ${flag.expires ?? "the old expires"} and move expires at most ${policy.days} days later (${policy.source})` : "or renew it by moving expires and setting renewedFrom to the old date";
  const orphanFix = `delete its entry from ${flag.file}, or \u2014 if code builds its name at run time \u2014 name it in a comment next to that call: // ops-steward-flags: ${flag.key}`;
  switch (status.state) {
    case "expired": {
      const ago = expiresDay === null ? "" : relativePast(today - expiresDay);
      const unused = status.references === 0 && status.patternReferences === 0;
      return unused ? `flag "${flag.key}" expired on ${flag.expires}${ago} and no code references it any more (${facts}): delete its entry from ${flag.file}` : `flag "${flag.key}" expired on ${flag.expires}${ago} and code still reads it (${facts}): remove it from the code and from ${flag.file}, ${renew}`;
    }
    case "expiring": {
      const when = expiresDay === null ? "" : relativeFuture(expiresDay - today);
      return `flag "${flag.key}" expires on ${flag.expires}${when} (${facts}): remove it from the code and from ${flag.file} before then, ${renew}`;
    }
    case "orphaned": {
      const expiry = flag.expires ? `, expires ${flag.expires}` : "";
      const iterated = status.iteratedAt?.[0];
      const note2 = iterated ? ` (the registry is iterated at ${iterated}, so this cannot be proven)` : "";
      return `flag "${flag.key}" is declared but no code references it${note2} \u2014 no exact, pattern or text reference (${facts}${expiry}): ${orphanFix}`;
    }
    default:
      return `flag "${flag.key}" is ${status.state}`;
  }
}
function relativePast(days) {
  if (days <= 0) return " (today)";
  return days === 1 ? " (yesterday)" : ` (${days} days ago)`;
}
function relativeFuture(days) {
  if (days <= 1) return ", tomorrow";
  return `, in ${days} days`;
}
function mergeReferences(a, b) {
  if (b.length === 0) return [...a];
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const ref of [...a, ...b]) {
    const id = `${ref.file}\0${ref.line}\0${ref.column}\0${ref.key ?? ""}\0${ref.pattern ?? ""}\0${ref.via}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(ref);
  }
  return out;
}
function byLocation(a, b) {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column;
}
function shorten(expression) {
  const flat = expression.replace(/\s+/g, " ").trim();
  return flat.length > 80 ? `${flat.slice(0, 77)}...` : flat;
}

// src/flags/check.ts
function analyzeFlags(files, config, options = {}) {
  let byConfig = analyses.get(files);
  if (!byConfig) {
    byConfig = /* @__PURE__ */ new WeakMap();
    analyses.set(files, byConfig);
  }
  let pending = byConfig.get(config);
  if (!pending) {
    pending = analyze(files, config, options);
    byConfig.set(config, pending);
    pending.catch(() => byConfig.delete(config));
  }
  return pending;
}
var analyses = /* @__PURE__ */ new WeakMap();
async function analyze(files, config, options) {
  const { registryPath, registryExists, registry, codeRegistries, unusable } = await loadRegistries(
    files,
    config
  );
  const scan = await scanFlagReferences(files, config, {
    declaredKeys: registry.flags.map((f) => f.key),
    codeRegistries,
    ...options.onProgress ? { onProgress: options.onProgress } : {}
  });
  return { registryPath, registryExists, registry, scan, codeRegistries, unusable };
}
function registryProblem(analysis) {
  if (analysis.registry.parsed) return null;
  const first = analysis.unusable?.finding ?? analysis.registry.findings[0];
  const subject = analysis.unusable?.entry ?? analysis.registryPath;
  const where = first?.line !== void 0 ? `${first.file ?? analysis.registryPath}:${first.line}:${first.column ?? 1}` : first?.file ?? analysis.registryPath;
  return `${subject} could not be read as a flag registry (${where}: ${first?.message ?? "no flags mapping"})`;
}
function statusOf(analysis, config, now) {
  return flagStatus(analysis.registry.flags, analysis.scan, [], config, now);
}
function findingsOf(analysis, config, now) {
  const { registry, scan } = analysis;
  const states = registry.parsed ? flagFindings(registry.flags, scan, [], config, now, {
    registry: analysis.registryPath,
    registryExists: analysis.registryExists
  }) : [];
  return [
    ...registry.findings,
    ...futureCreated(registry.flags, now),
    ...states,
    ...unresolvedFindings(scan.unresolved, config),
    ...registryUseFindings(scan.registryUses ?? []),
    ...(scan.skipped ?? []).map(skippedFinding)
  ];
}
function futureCreated(flags, now) {
  const today = epochDayOf(now);
  return flags.flatMap((f) => {
    const day = f.created === null ? null : epochDay(f.created);
    if (day === null || day <= today) return [];
    return [
      {
        ruleId: "flags/registry-future-created",
        severity: "error",
        message: `flag "${f.key}" has created ${f.created}, a day in the future (today is ${isoFromEpochDay(today)}): created is the day the flag was added, and its lifetime counts from there`,
        ...f.createdAt ?? { file: f.file, line: f.line, column: f.column }
      }
    ];
  });
}
function skippedFinding(skipped) {
  return {
    ruleId: "flags/scan-incomplete",
    severity: "notice",
    message: `the flag scan of this file is incomplete: ${skipped.reason}`,
    file: skipped.file,
    ...skipped.line !== void 0 ? { line: skipped.line } : {},
    ...skipped.column !== void 0 ? { column: skipped.column } : {}
  };
}
async function checkFlags(ctx) {
  const config = ctx.config.flags;
  const progress = ctx.services.flagScanProgress;
  const analysis = await analyzeFlags(ctx.files, config, progress ? { onProgress: progress } : {});
  const { scan } = analysis;
  if (!analysis.registryExists && scan.references.length === 0 && scan.unresolved.length === 0)
    return [];
  return findingsOf(analysis, config, ctx.now);
}

// src/flags/config.ts
var severityOrOff = { enum: ["error", "warning", "notice", "off"] };
var name = { type: "string", minLength: 1 };
var registryEntryPattern = "^[^#]+(#[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)?)?$";
var label = { type: "string", minLength: 1, maxLength: 50 };
var accessorSchema = { oneOf: ACCESSOR_SCHEMAS };
var flagsConfigSchema = {
  description: "Feature flags: the registry, lifetimes and how code reads flags.",
  type: "object",
  additionalProperties: false,
  default: {},
  properties: {
    registry: {
      description: "The flag registry: a YAML file ('flags.yml'), or a TypeScript declaration 'path#Export' (a string enum's values, an object's keys, a union of string literals, an `as const` array) or 'path#Export.property' (that property of each entry of an object); or a list of them, which combine. Paths are repository-relative; a YAML entry of the same key gives a code-declared flag its owner and dates.",
      oneOf: [
        { ...name, pattern: registryEntryPattern },
        {
          type: "array",
          items: { ...name, pattern: registryEntryPattern },
          minItems: 1
        }
      ],
      default: "flags.yml"
    },
    expiringWithinDays: {
      description: "A flag whose expiry is within this many days is 'expiring'.",
      type: "integer",
      minimum: 0,
      default: 7
    },
    lifetimeDays: {
      description: "Maximum days from created (or from the previous expiry, recorded as renewedFrom in the registry, for a renewal) to expires, per flag type; 'default' covers the other types. Unleash's lifetimes: { default: 30, release: 40, experiment: 40, operational: 7 }.",
      type: "object",
      additionalProperties: { type: "integer", minimum: 1 },
      default: { default: 30 }
    },
    types: {
      description: "Allowed flag types.",
      type: "array",
      items: name,
      minItems: 1,
      default: ["release", "experiment", "operational", "kill-switch", "permission"]
    },
    permanentTypes: {
      description: "Flag types that never expire (kill switches, permissions).",
      type: "array",
      items: name,
      default: ["kill-switch", "permission"]
    },
    include: {
      description: "Source files scanned for flag references (minimatch).",
      type: "array",
      items: name,
      default: ["**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}"]
    },
    exclude: {
      description: "Source files never scanned (minimatch). Replaces the default list.",
      type: "array",
      items: name,
      default: [
        "**/node_modules/**",
        "**/dist/**",
        "**/build/**",
        "**/out/**",
        "**/coverage/**",
        "**/.next/**",
        "vendor/**",
        "**/*.min.js",
        "**/*.d.ts",
        "**/*.generated.*",
        "**/__generated__/**"
      ]
    },
    accessors: {
      description: "The project's own ways of reading a flag, added to the built-in SDK accessors.",
      type: "array",
      items: accessorSchema,
      default: []
    },
    defaultAccessors: {
      description: "Recognise the common SDKs (LaunchDarkly, Unleash, OpenFeature, GrowthBook, PostHog, ConfigCat, Flagsmith, Statsig).",
      type: "boolean",
      default: true
    },
    textReferences: {
      description: "Count quoted occurrences of declared keys in non-JS/TS text files as references.",
      type: "boolean",
      default: true
    },
    textReferenceExclude: {
      description: "Text files whose mentions of a key keep no flag alive (minimatch): script names, CI job names and dependency lists say nothing about code reading a flag. Replaces the default list. Prose (Markdown), lockfiles and changelogs never count.",
      type: "array",
      items: name,
      default: [
        "**/package.json",
        ".github/workflows/**",
        ".github/actions/**",
        ".gitlab-ci.yml",
        ".circleci/**",
        ".buildkite/**",
        "**/azure-pipelines.yml",
        "**/Jenkinsfile",
        "**/bitbucket-pipelines.yml"
      ]
    },
    textReferenceWords: {
      description: "Let keys that are one ordinary lowercase word ('test', 'preview', 'beta') be kept alive by text references too; by default only code references count for them.",
      type: "boolean",
      default: false
    },
    severity: {
      description: "Severity per flag state; 'off' silences it.",
      type: "object",
      additionalProperties: false,
      default: {},
      properties: {
        expired: { ...severityOrOff, default: "error" },
        expiring: { ...severityOrOff, default: "warning" },
        orphaned: { ...severityOrOff, default: "warning" },
        undeclared: { ...severityOrOff, default: "warning" },
        unresolved: { ...severityOrOff, default: "warning" }
      }
    },
    sync: {
      description: "The scheduled sweep (command flags-sync) that keeps one issue per flag that needs attention.",
      type: "object",
      additionalProperties: false,
      default: {},
      properties: {
        labels: {
          description: "Labels of flag issues: 'base' on every one, plus one per state.",
          type: "object",
          additionalProperties: false,
          default: {},
          properties: {
            base: { ...label, default: "feature-flag" },
            expiring: { ...label, default: "flag:expiring" },
            expired: { ...label, default: "flag:expired" },
            orphaned: { ...label, default: "flag:orphaned" },
            undeclared: { ...label, default: "flag:undeclared" },
            snoozed: {
              ...label,
              default: "flag:snoozed",
              description: "A person's label: the sweep leaves an open flag issue that has it alone until the flag's state changes (then the label is taken off)."
            }
          }
        },
        budget: {
          description: "Most GitHub writes (issues, comments, labels) per sweep; what is left waits for the next run.",
          type: "integer",
          minimum: 1,
          default: 100
        },
        escalateAfterDays: {
          description: "An expired flag's issue still open this many days after expiry (and after its notice) mentions the next level of the escalation chain.",
          type: "integer",
          minimum: 1,
          default: 7
        },
        reopenAfterDays: {
          description: "An issue a person closed while its flag is still expired is reopened at most once per this many days.",
          type: "integer",
          minimum: 1,
          default: 7
        },
        assignTeamMembers: {
          description: "When a flag's owner is a team, also assign its members (the token must be able to read the org's teams).",
          type: "boolean",
          default: false
        }
      }
    }
  }
};

// src/flags/pr/layout.ts
var import_yaml3 = __toESM(require_dist(), 1);
function registryLayout(text) {
  const out = /* @__PURE__ */ new Map();
  const lineCounter = new import_yaml3.LineCounter();
  const doc = (0, import_yaml3.parseDocument)(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
  if (doc.errors.length > 0 || !(0, import_yaml3.isMap)(doc.contents)) return out;
  const flags = doc.contents.get("flags", true);
  if (!(0, import_yaml3.isMap)(flags)) return out;
  const pos = (offset) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  for (const pair2 of flags.items) {
    const keyNode = pair2.key;
    if (!(0, import_yaml3.isScalar)(keyNode) || !keyNode.range || keyNode.value === null) continue;
    const key = String(keyNode.value);
    if (out.has(key)) continue;
    const value = pair2.value;
    const start = pos(keyNode.range[0]);
    const end = value?.range ? pos(Math.max(value.range[0], value.range[1] - 1)) : start;
    const fields = /* @__PURE__ */ new Map();
    if ((0, import_yaml3.isMap)(value)) {
      for (const field of value.items) {
        const fk = field.key;
        if (!(0, import_yaml3.isScalar)(fk) || !fk.range) continue;
        const fv = field.value;
        const at2 = fv?.range && fv.range[1] > fv.range[0] ? fv.range[0] : fk.range[0];
        fields.set(String(fk.value), pos(at2));
      }
    }
    out.set(key, { keyLine: start.line, keyColumn: start.column, endLine: end.line, fields });
  }
  return out;
}

// src/flags/pr/check.ts
var MAX_LISTED_REFERENCES = 10;
function pullRequestFlagFindings(input) {
  const findings = [...referenceFindings(input), ...registryFindings(input)];
  return sortFindings(findings);
}
async function analyzePullRequestFlags(params) {
  const { baseFiles, headFiles, diff, config, now } = params;
  const [base, head, headRegistryText, codeLayouts] = await Promise.all([
    baseFiles ? analyzeFlags(baseFiles, config) : Promise.resolve(null),
    analyzeFlags(headFiles, config),
    headFiles.read(yamlRegistryPath(config)),
    readCodeLayouts(headFiles, config)
  ]);
  const findings = pullRequestFlagFindings({
    base,
    head,
    headRegistryText,
    codeLayouts,
    diff,
    config,
    now
  });
  return { findings, base, head };
}
async function readCodeLayouts(files, config) {
  const out = /* @__PURE__ */ new Map();
  const sources = registrySources(config).filter((s) => s.kind === "code");
  if (sources.length === 0) return out;
  const { codeRegistryLayout } = await import("./code-layout-7SEHNUPD.js");
  for (const source of sources) {
    const text = await files.read(source.path).catch(() => void 0);
    if (text === void 0) continue;
    const layout = out.get(source.path) ?? /* @__PURE__ */ new Map();
    for (const [key, place] of codeRegistryLayout(source, text))
      if (!layout.has(key)) layout.set(key, place);
    out.set(source.path, layout);
  }
  return out;
}
function referenceFindings(input) {
  const { head, diff, config, now } = input;
  if (!head.registry.parsed) return [];
  const declared = /* @__PURE__ */ new Map();
  for (const flag of head.registry.flags) if (!declared.has(flag.key)) declared.set(flag.key, flag);
  const today = epochDayOf(now);
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const ref of head.scan.references) {
    if (ref.key === null || !isChangedLine(diff, ref.file, ref.line)) continue;
    const id = `${ref.file}\0${ref.line}\0${ref.key}`;
    if (seen.has(id)) continue;
    const flag = declared.get(ref.key);
    if (!flag) {
      if (ref.via === "text" || config.severity.undeclared === "off") continue;
      seen.add(id);
      const registry = primaryRegistryPath(config);
      const where = head.registryExists ? `${registry} does not declare it: add it there in this pull request` : `there is no ${registry}: create it in this pull request and declare the flag`;
      out.push({
        ruleId: "flags/pr-undeclared",
        severity: "error",
        message: `this line reads flag "${ref.key}", but ${where} with owner, created, expires and type`,
        ...at(ref)
      });
      continue;
    }
    if (config.severity.expired === "off" || config.permanentTypes.includes(flag.type)) continue;
    const expires = flag.expires === null ? null : epochDay(flag.expires);
    if (expires === null || today < expires) continue;
    seen.add(id);
    out.push({
      ruleId: "flags/pr-expired-reference",
      severity: "warning",
      message: `this line reads flag "${flag.key}", which expired on ${flag.expires}${ownersText(flag)}: remove the flag rather than add to it, or have it renewed first (comment \`/ops-steward renew ${flag.key}\`)`,
      ...at(ref),
      ...flag.owners.length > 0 ? { owners: [...flag.owners] } : {}
    });
  }
  return out;
}
function registryFindings(input) {
  const { base, head, diff, config, now } = input;
  const path2 = head.registryPath;
  if (!head.registry.parsed) return [];
  const registryFiles = /* @__PURE__ */ new Set([
    ...registrySources(config).map((s) => s.path),
    ...(base?.registry.flags ?? []).map((f) => f.file)
  ]);
  if (![...registryFiles].some((f) => isChangedFile(diff, f)) && !(base?.registryExists && !head.registryExists))
    return [];
  const layout = input.headRegistryText === void 0 ? /* @__PURE__ */ new Map() : registryLayout(input.headRegistryText);
  const placeOf = (flag) => {
    const yaml = layout.get(flag.key);
    if (yaml && (flag.file === path2 || flag.metadataFile === path2))
      return { file: path2, place: yaml };
    return { file: flag.file, place: input.codeLayouts?.get(flag.file)?.get(flag.key) };
  };
  const headHas = (file) => file === path2 && head.registryExists || head.codeRegistries.some((r) => r.file === file) || head.registry.flags.some((f) => f.file === file);
  const baseKnown = base !== null && base.registry.parsed;
  const baseFlags = /* @__PURE__ */ new Map();
  if (baseKnown) {
    for (const f of base.registry.flags) if (!baseFlags.has(f.key)) baseFlags.set(f.key, f);
  }
  const today = epochDayOf(now);
  const out = [];
  const headKeys = /* @__PURE__ */ new Set();
  for (const flag of head.registry.flags) {
    if (headKeys.has(flag.key)) continue;
    headKeys.add(flag.key);
    const { file: fieldsFile, place } = placeOf(flag);
    const field = (name2) => {
      const p = place?.fields.get(name2);
      return p ? { file: fieldsFile, line: p.line, column: p.column } : { file: flag.file, line: flag.line, column: flag.column };
    };
    const keyAt = { file: flag.file, line: flag.line, column: flag.column };
    const owners = flag.owners.length > 0 ? { owners: [...flag.owners] } : {};
    const permanent = config.permanentTypes.includes(flag.type);
    const policy = lifetimePolicy(config, flag.type);
    const previous = baseFlags.get(flag.key);
    const isNew = baseKnown ? previous === void 0 : isChangedLine(diff, flag.file, flag.line);
    const createdDay = flag.created === null ? null : epochDay(flag.created);
    if (createdDay !== null && createdDay > today && (isNew || previous?.created !== flag.created))
      out.push({
        ruleId: "flags/registry-future-created",
        severity: "error",
        message: `flag "${flag.key}" would have created ${flag.created}, a day in the future (today is ${isoFromEpochDay(today)}): created is the day the flag was added, and its lifetime counts from there`,
        ...field("created"),
        ...owners
      });
    if (isNew) {
      const missing = [
        realOwners(flag).length === 0 ? "owner" : "",
        flag.created === null ? "created" : "",
        flag.expires === null && !permanent ? "expires" : "",
        flag.type === "" ? "type" : ""
      ].filter(Boolean);
      if (missing.length > 0) {
        out.push({
          ruleId: "flags/pr-incomplete-flag",
          severity: "error",
          message: `new flag "${flag.key}" is missing ${missing.join(", ")} (or the value is invalid): every new flag needs owner, created, ${permanent ? "" : "expires, "}and type, so someone is known to remove or renew it in time`,
          ...keyAt,
          ...owners
        });
      }
      if (permanent) continue;
      const created = flag.created === null ? null : epochDay(flag.created);
      const expires2 = flag.expires === null ? null : epochDay(flag.expires);
      if (expires2 === null) continue;
      if (created !== null && policy && expires2 - created > policy.days) {
        out.push({
          ruleId: "flags/pr-lifetime",
          severity: "error",
          message: `new flag "${flag.key}" expires ${flag.expires}, ${expires2 - created} days after it was created (${flag.created}); ${flag.type ? `${flag.type} flags` : "flags"} may live at most ${policy.days} days (${policy.source}): set expires to ${isoFromEpochDay(created + policy.days)} or earlier`,
          ...field("expires"),
          ...owners
        });
      }
      if (expires2 <= today) out.push(pastFinding(flag, "new flag", field("expires"), owners));
      continue;
    }
    if (!previous) continue;
    if (realOwners(previous).length > 0 && realOwners(flag).length === 0) {
      out.push({
        ruleId: "flags/pr-owner-removed",
        severity: "error",
        message: `flag "${flag.key}" was owned by ${previous.owners.join(", ")} and this change leaves it with no owner: keep an owner (@user, @org/team or an email) \u2014 or hand it over to someone \u2014 so it is removed or renewed in time`,
        ...place?.fields.has("owner") ? field("owner") : keyAt,
        owners: [...previous.owners]
      });
    }
    if (permanent && flag.type !== previous.type && !config.permanentTypes.includes(previous.type)) {
      out.push({
        ruleId: "flags/pr-made-permanent",
        severity: "error",
        message: `this turns flag "${flag.key}" from ${previous.type ? `a ${previous.type}` : "an untyped"} flag into a ${flag.type} flag, a type that never expires${previous.expires && flag.expires === null ? ` (and drops its expiry ${previous.expires})` : ""}: that ${endsRenewals("type")}`,
        ...place?.fields.has("type") ? field("type") : keyAt,
        ...owners
      });
    } else if (!permanent && !config.permanentTypes.includes(previous.type) && previous.expires !== null && flag.expires === null && !place?.fields.has("expires")) {
      out.push({
        ruleId: "flags/pr-made-permanent",
        severity: "error",
        message: `this drops the expiry ${previous.expires} of flag "${flag.key}"${flag.type ? ` (a ${flag.type} flag)` : ""}: without one the flag never expires, which ${endsRenewals("expiry")}`,
        ...keyAt,
        ...owners
      });
    }
    if (permanent || previous.expires === flag.expires || flag.expires === null) continue;
    if (policy) {
      const verdict = checkRenewal(previous, flag, policy.days);
      if (verdict.kind === "renewed" && !verdict.ok) {
        const days = (epochDay(flag.expires) ?? 0) - (epochDay(previous.expires ?? "") ?? 0);
        out.push({
          ruleId: "flags/pr-renewal-too-long",
          severity: "error",
          message: `this renews flag "${flag.key}" by ${days} days, from ${previous.expires} to ${flag.expires}; a renewal may move expires at most ${policy.days} days past the previous expiry (${policy.source}): set expires to ${verdict.latestAllowed} or earlier \u2014 renew again later if the flag is still needed then`,
          ...field("expires"),
          ...owners
        });
      }
    }
    const expires = epochDay(flag.expires);
    if (expires !== null && expires <= today)
      out.push(pastFinding(flag, "flag", field("expires"), owners));
  }
  for (const removed of baseFlags.values()) {
    if (headKeys.has(removed.key)) continue;
    const refs = head.scan.references.filter((r) => r.key === removed.key).sort(byLocation2);
    if (refs.length === 0) continue;
    const listed = refs.slice(0, MAX_LISTED_REFERENCES).map((r) => `${r.file}:${r.line}`);
    const more = refs.length - listed.length;
    const where = headHas(removed.file) ? {
      file: removed.file,
      line: headLineForBaseLine(diff.files.get(removed.file), removed.line)
    } : at(refs[0]);
    out.push({
      ruleId: "flags/pr-removed-still-referenced",
      severity: "error",
      message: `flag "${removed.key}" is removed from ${removed.file}, but code still reads it (${refs.length === 1 ? "once" : `${refs.length} times`}): ${listed.join(", ")}${more > 0 ? ` and ${more} more` : ""}. Remove those reads in this pull request, or keep the flag declared until they are gone`,
      ...where,
      ...removed.owners.length > 0 ? { owners: [...removed.owners] } : {}
    });
  }
  return out;
}
function endsRenewals(keep) {
  return `ends its 30-day renewals for good, so it needs the same authority as a renewal \u2014 a code owner of the registry (not the flag's own owner) approves it; otherwise keep the ${keep} and renew with \`/ops-steward renew\``;
}
function pastFinding(flag, what, where, owners) {
  return {
    ruleId: "flags/pr-expires-past",
    severity: "error",
    message: `${what} "${flag.key}" would be expired as soon as this merges: expires ${flag.expires} is not a future day (a flag is expired from the start of its expires day, UTC). Pick a later date within the lifetime policy, or remove the flag`,
    ...where,
    ...owners
  };
}
function realOwners(flag) {
  return flag.owners.filter((o) => o.trim() !== "");
}
function ownersText(flag) {
  const owners = realOwners(flag);
  return owners.length === 0 ? ", and has no owner" : ` (${owners.length === 1 ? "owner" : "owners"} ${owners.join(", ")})`;
}
function at(ref) {
  return { file: ref.file, line: ref.line, column: ref.column };
}
function byLocation2(a, b) {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column;
}

// src/flags/rules.ts
var rule2 = ruleMaker("flags");
var FLAG_RULES = [
  rule2("expired", "error", "A flag is past its expiry date (and still read by code, or not)."),
  rule2(
    "expiring",
    "warning",
    "A flag expires within `flags.expiringWithinDays`: renew it or remove it."
  ),
  rule2("orphaned", "warning", "A flag is declared in the registry but no code reads it."),
  rule2("undeclared", "warning", "Code reads a flag the registry does not declare."),
  rule2(
    "unresolved",
    "warning",
    "A flag read whose key cannot be determined from the code (a dynamic name)."
  ),
  rule2(
    "registry-iterated",
    "notice",
    "Code reads the whole registry at once (a loop over it, or its whole key type): no flag counts as read by it."
  ),
  rule2(
    "scan-incomplete",
    "notice",
    "A source file could not be fully scanned: its flag reads may be missing."
  ),
  rule2("registry-yaml", "error", "The flag registry is not valid YAML."),
  rule2(
    "registry-future-created",
    "error",
    "A flag whose `created` date lies in the future: its lifetime would start later than it did."
  ),
  rule2(
    "registry-bad-key",
    "error",
    "A flag key with a line break, control or HTML characters, invalid UTF-8, or over 256 characters."
  ),
  rule2(
    "registry-unreadable",
    "error",
    "The flag registry exists but cannot be read (too large, a symlink out of the tree): nothing is judged on a guess."
  ),
  rule2(
    "registry-invalid",
    "error",
    "The flag registry, or one entry of it, does not have the required shape."
  ),
  rule2(
    "registry-unknown-key",
    "warning",
    "An unknown key in the flag registry (a typo of a known one?)."
  ),
  rule2("registry-duplicate-key", "error", "A flag key is declared twice in the registry."),
  rule2(
    "registry-metadata-ignored",
    "notice",
    "A code-declared flag's JSDoc metadata tags, ignored because a YAML entry of the same key gives its metadata."
  ),
  rule2("registry-bad-date", "error", "A date in the registry is not a real YYYY-MM-DD date."),
  rule2("registry-unknown-type", "error", "A flag type that `flags.types` does not allow."),
  rule2("registry-permanent-expires", "warning", "A flag of a permanent type has an expiry date."),
  rule2("registry-missing-expires", "error", "A flag that is not permanent has no expiry date."),
  rule2(
    "registry-expires-before-created",
    "error",
    "A flag expires on or before the day it was created."
  ),
  rule2(
    "registry-bad-renewal",
    "error",
    "A renewal (`renewedFrom`) that is not a step of the lifetime policy."
  ),
  rule2(
    "registry-lifetime",
    "error",
    "A flag lives longer than its type allows (`flags.lifetimeDays`)."
  ),
  rule2("registry-missing-owner", "error", "A flag without an owner."),
  rule2(
    "registry-bad-owner",
    "error",
    "An owner that is not a GitHub @user, @org/team or an email."
  ),
  rule2(
    "sync-error",
    "error",
    "The flag-issue sweep could not do its job; nothing was changed on a guess."
  ),
  rule2("sync-warning", "warning", "A write of the flag-issue sweep failed or was deferred."),
  rule2(
    "pr-undeclared",
    "error",
    "A changed line reads a flag the registry does not declare.",
    true
  ),
  rule2("pr-expired-reference", "warning", "A changed line reads a flag that has expired.", true),
  rule2("pr-incomplete-flag", "error", "A new flag lacks owner, created, expires or type.", true),
  rule2("pr-lifetime", "error", "A new flag expires later than the lifetime policy allows.", true),
  rule2(
    "pr-renewal-too-long",
    "error",
    "A renewal moves the expiry more than one step of the policy.",
    true
  ),
  rule2("pr-expires-past", "error", "A new or changed expiry date is today or earlier.", true),
  rule2(
    "pr-removed-still-referenced",
    "error",
    "A flag removed from the registry is still read by code.",
    true
  ),
  rule2("pr-owner-removed", "error", "A flag that had an owner has none after the change.", true),
  rule2(
    "pr-made-permanent",
    "error",
    "A flag of an expiring type becomes a permanent type: it needs the authority of a renewal.",
    true
  )
];

// src/flags/module.ts
async function reviewFlags(ctx) {
  const config = ctx.config.flags;
  const notes = [];
  let baseFiles;
  try {
    const base = {};
    for (const path2 of new Set(registrySources(config).map((s) => s.path))) {
      const text = await ctx.base.read(path2);
      if (text !== void 0) base[path2] = text;
    }
    baseFiles = memoryRepo(base);
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    notes.push(
      `${error.message}; registry edits are judged without the base version (only entries this pull request wrote count as new).`
    );
    baseFiles = null;
  }
  const { findings } = await analyzePullRequestFlags({
    baseFiles,
    headFiles: ctx.files,
    diff: ctx.diff,
    config,
    now: ctx.now
  });
  return { findings, notes };
}
var flagsModule = {
  id: "flags",
  title: "Feature flags",
  description: "Feature flag registry and code references.",
  configSchema: flagsConfigSchema,
  rules: FLAG_RULES,
  check: checkFlags,
  pullRequest: reviewFlags
};

// src/oncall/tz.ts
var MINUTE = 6e4;
var DAY_MS = 864e5;
var formatters = /* @__PURE__ */ new Map();
function formatter(timeZone) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric"
    });
    formatters.set(timeZone, f);
  }
  return f;
}
function isValidTimeZone(timeZone) {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}
function rawOffset(instant, timeZone) {
  const whole = Math.floor(instant / 1e3) * 1e3;
  const parts = {};
  for (const p of formatter(timeZone).formatToParts(whole)) {
    if (p.type !== "literal") parts[p.type] = Number(p.value);
  }
  const wall = Date.UTC(
    parts.year,
    parts.month - 1,
    parts.day,
    parts.hour,
    parts.minute,
    parts.second
  );
  return wall - whole;
}
var HOUR_MS = 36e5;
var offsetCache = /* @__PURE__ */ new Map();
function offsetAt(instant, timeZone) {
  let zone = offsetCache.get(timeZone);
  if (!zone) offsetCache.set(timeZone, zone = /* @__PURE__ */ new Map());
  const hour = Math.floor(instant / HOUR_MS);
  let cached = zone.get(hour);
  if (cached === void 0) {
    const first = rawOffset(hour * HOUR_MS, timeZone);
    cached = first === rawOffset(hour * HOUR_MS + HOUR_MS - 1e3, timeZone) ? first : null;
    zone.set(hour, cached);
  }
  return cached ?? rawOffset(instant, timeZone);
}
function wallClockOf(instant, timeZone) {
  return instant + offsetAt(instant, timeZone);
}
function instantOf(wall, timeZone) {
  const before = offsetAt(wall - DAY_MS, timeZone);
  const after = offsetAt(wall + DAY_MS, timeZone);
  const candidates = [wall - before, wall - after].filter((c) => wallClockOf(c, timeZone) === wall).sort((a, b) => a - b);
  if (candidates.length > 0) return candidates[0];
  let lo = Math.min(wall - after, wall - before);
  let hi = Math.max(wall - after, wall - before);
  if (wallClockOf(hi, timeZone) < wall) return hi;
  while (hi - lo > 1e3) {
    const mid = lo + Math.floor((hi - lo) / 2e3) * 1e3;
    if (wallClockOf(mid, timeZone) >= wall) hi = mid;
    else lo = mid;
  }
  return hi;
}
var DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?(Z|[+-]\d{2}:?\d{2})?$/i;
function parseDateTime(text) {
  const m = DATE_TIME.exec(text.trim());
  if (!m) return void 0;
  const [, y, mo, d, h = "0", mi = "0", s = "0", frac = "0", zone] = m;
  const fields = [Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)];
  const wall = Date.UTC(...fields) + Number(frac.padEnd(3, "0"));
  const check = new Date(wall);
  if (check.getUTCFullYear() !== fields[0] || check.getUTCMonth() !== fields[1] || check.getUTCDate() !== fields[2] || check.getUTCHours() !== fields[3] || check.getUTCMinutes() !== fields[4] || check.getUTCSeconds() !== fields[5]) {
    return void 0;
  }
  if (zone === void 0) return { kind: "local", wall };
  if (zone.toUpperCase() === "Z") return { kind: "instant", ms: wall };
  const sign = zone.startsWith("-") ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  const hours2 = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2));
  if (hours2 > 23 || minutes > 59) return void 0;
  return { kind: "instant", ms: wall - sign * (hours2 * 60 + minutes) * MINUTE };
}
function toInstant(value, timeZone) {
  return value.kind === "instant" ? value.ms : instantOf(value.wall, timeZone);
}
function toWall(value, timeZone) {
  return value.kind === "local" ? value.wall : wallClockOf(value.ms, timeZone);
}
function wallTimeKind(wall, timeZone) {
  const before = offsetAt(wall - DAY_MS, timeZone);
  const after = offsetAt(wall + DAY_MS, timeZone);
  const matches2 = new Set(
    [wall - before, wall - after].filter((c) => wallClockOf(c, timeZone) === wall)
  );
  if (matches2.size === 0) return "skipped";
  return matches2.size === 2 ? "repeated" : "once";
}
function offsetMinutesAt(instant, timeZone) {
  return Math.round(offsetAt(Math.floor(instant / MINUTE) * MINUTE, timeZone) / MINUTE);
}
var pad = (n) => String(n).padStart(2, "0");
function isoInZone(instant, timeZone) {
  const offset = offsetMinutesAt(instant, timeZone);
  const local = new Date(instant + offset * MINUTE).toISOString().slice(0, 19);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return `${local}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
var WEEKDAY_NAMES = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
var MONTH_NAMES = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(" ");
function humanInZone(instant, timeZone) {
  return humanWall(wallClockOf(instant, timeZone));
}
function humanWall(wall) {
  const d = new Date(wall);
  return `${WEEKDAY_NAMES[d.getUTCDay()]} ${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}
function bothClocks(instant, timeZone) {
  const utc = new Date(instant).toISOString();
  const sameDay = Math.floor(wallClockOf(instant, timeZone) / DAY_MS) === Math.floor(instant / DAY_MS);
  const utcText = sameDay ? utc.slice(11, 16) : `${utc.slice(0, 10)} ${utc.slice(11, 16)}`;
  return `${humanInZone(instant, timeZone)} ${timeZone} (${utcText} UTC)`;
}

// src/oncall/windows.ts
var MINUTE2 = 6e4;
function windowsBetween(windows, timeZone, from, to) {
  if (to <= from) return [];
  const firstDay = Math.floor(wallClockOf(from, timeZone) / DAY_MS) - 1;
  const lastDay = Math.floor(wallClockOf(to, timeZone) / DAY_MS) + 1;
  const out = [];
  for (let day = firstDay; day <= lastDay; day++) {
    const weekday = ((day + 4) % 7 + 7) % 7;
    const midnight = day * DAY_MS;
    for (const w of windows) {
      if (!w.days.includes(weekday)) continue;
      const start = midnight + w.fromMinute * MINUTE2;
      const end = w.toMinute > w.fromMinute ? midnight + w.toMinute * MINUTE2 : midnight + DAY_MS + w.toMinute * MINUTE2;
      const a = Math.max(from, instantOf(start, timeZone));
      const b = Math.min(to, instantOf(end, timeZone));
      if (a < b) out.push({ from: a, to: b });
    }
  }
  return mergeIntervals(out);
}
function mergeIntervals(intervals) {
  const sorted = [...intervals].sort((a, b) => a.from - b.from);
  const out = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && i.from <= last.to) last.to = Math.max(last.to, i.to);
    else out.push({ from: i.from, to: i.to });
  }
  return out;
}
function clipTo(items, within) {
  const out = [];
  let j = 0;
  for (const item of items) {
    while (j < within.length && within[j].to <= item.from) j++;
    for (let k = j; k < within.length && within[k].from < item.to; k++) {
      const from = Math.max(item.from, within[k].from);
      const to = Math.min(item.to, within[k].to);
      if (from < to) out.push({ ...item, from, to });
    }
  }
  return out;
}
function overlapMs(a, b) {
  return clipTo(a, b).reduce((sum, i) => sum + (i.to - i.from), 0);
}

// src/oncall/timeline.ts
var DAY = 864e5;
function horizonOf(now, days) {
  return { from: now.getTime(), to: now.getTime() + days * DAY };
}
function layerShifts(layer, timeZone, from, to) {
  const end = Math.min(to, layer.endMs ?? Infinity);
  if (layer.members.length === 0 || end <= from) return [];
  const handoff = (k2) => instantOf(layer.startWall + k2 * layer.shiftMs, timeZone);
  let k = firstShift(layer, timeZone, from);
  if (handoff(k) >= end) return [];
  const shifts = [];
  let start = Math.max(from, handoff(k));
  while (start < end) {
    const next = handoff(k + 1);
    if (next > start) {
      shifts.push({
        from: start,
        to: Math.min(next, end),
        who: layer.members[k % layer.members.length]
      });
      start = next;
    }
    k++;
  }
  if (layer.restrictions.length === 0) return shifts;
  return clipTo(shifts, windowsBetween(layer.restrictions, timeZone, from, end));
}
function firstShift(layer, timeZone, at2) {
  const handoff = (k2) => instantOf(layer.startWall + k2 * layer.shiftMs, timeZone);
  if (at2 < handoff(0)) return 0;
  let k = Math.max(0, Math.floor((wallClockOf(at2, timeZone) - layer.startWall) / layer.shiftMs));
  while (k > 0 && handoff(k) > at2) k--;
  while (handoff(k + 1) <= at2) k++;
  return k;
}
function scheduleTimeline(schedule, from, to) {
  if (to <= from) return [];
  const tracks = [];
  for (let i = schedule.overrides.length - 1; i >= 0; i--) {
    const o = schedule.overrides[i];
    const a = Math.max(from, o.fromMs);
    const b = Math.min(to, o.toMs);
    const source = { kind: "override", index: i };
    tracks.push({ shifts: a < b ? [{ from: a, to: b, who: o.who, source }] : [], next: 0 });
  }
  for (let i = schedule.layers.length - 1; i >= 0; i--) {
    const source = { kind: "layer", index: i };
    const shifts = layerShifts(schedule.layers[i], schedule.timeZone, from, to).map((s) => ({
      ...s,
      source
    }));
    tracks.push({ shifts, next: 0 });
  }
  const cuts = /* @__PURE__ */ new Set([from, to]);
  for (const t of tracks) {
    for (const s of t.shifts) {
      cuts.add(s.from);
      cuts.add(s.to);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let p = 0; p + 1 < points.length; p++) {
    const a = points[p];
    const b = points[p + 1];
    let winner;
    for (const t of tracks) {
      while (t.next < t.shifts.length && t.shifts[t.next].to <= a) t.next++;
      const s = t.shifts[t.next];
      if (s && s.from <= a) {
        winner = s;
        break;
      }
    }
    const who = winner?.who ?? null;
    const last = out[out.length - 1];
    if (last && last.who === who) {
      last.to = b;
      continue;
    }
    out.push(
      winner?.source ? { from: a, to: b, who, source: winner.source } : { from: a, to: b, who }
    );
  }
  return out;
}
function coverageGaps(schedule, timeline) {
  const empty = timeline.filter((s) => s.who === null).map((s) => ({ from: s.from, to: s.to }));
  if (schedule.coverage.length === 0 || empty.length === 0) return empty;
  const from = timeline[0].from;
  const to = timeline[timeline.length - 1].to;
  return clipTo(empty, windowsBetween(schedule.coverage, schedule.timeZone, from, to));
}

// src/oncall/checks/context.ts
function timelineView(model, now, horizonDays) {
  const horizon = horizonOf(now, horizonDays);
  const timelines = /* @__PURE__ */ new Map();
  for (const [name2, schedule] of model.schedules) {
    timelines.set(name2, scheduleTimeline(schedule, horizon.from, horizon.to));
  }
  return { model, now: now.getTime(), horizon, horizonDays, timelines };
}
var HOUR_MS2 = 36e5;
function hours(ms) {
  const h = ms / HOUR_MS2;
  return `${Number.isInteger(h) ? h : h.toFixed(1)} h`;
}

// src/oncall/checks/coverage.ts
function gapsBySchedule(view) {
  const out = /* @__PURE__ */ new Map();
  for (const [name2, schedule] of view.model.schedules) {
    out.set(name2, coverageGaps(schedule, view.timelines.get(name2) ?? []));
  }
  return out;
}
function gapFinding(schedule, gap, view, introduced = false) {
  const zone = schedule.timeZone;
  const cut = gap.to >= view.horizon.to;
  const until = cut ? `at least ${bothClocks(gap.to, zone)}, the end of the ${view.horizonDays} days checked (oncall.horizonDays)` : bothClocks(gap.to, zone);
  const what = schedule.coverage.length === 0 ? "" : " during its required coverage";
  return {
    ruleId: "oncall/coverage-gap",
    severity: "error",
    message: `${introduced ? `this pull request leaves schedule "${schedule.name}" with` : `schedule "${schedule.name}" has`} nobody on call${what} from ${bothClocks(gap.from, zone)} until ${until} (${hours(gap.to - gap.from)}${cut ? " or more" : ""})`,
    ...schedule.at
  };
}
function coverageGapFindings(view) {
  const findings = [];
  for (const [name2, gaps] of gapsBySchedule(view)) {
    const schedule = view.model.schedules.get(name2);
    for (const gap of gaps) findings.push(gapFinding(schedule, gap, view));
  }
  return findings;
}

// src/oncall/checks/fairness.ts
var EVERY_DAY = [0, 1, 2, 3, 4, 5, 6];
var NIGHTS = [{ days: EVERY_DAY, fromMinute: 22 * 60, toMinute: 6 * 60 }];
var WEEKENDS = [{ days: [6, 0], fromMinute: 0, toMinute: 1440 }];
var LIMIT = 1.5;
var METRICS = [
  { key: "total", label: "on call" },
  { key: "night", label: "at night 22:00\u201306:00" },
  { key: "weekend", label: "on weekends" }
];
function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
function unfairLoadFindings(schedule, view) {
  const timeline = view.timelines.get(schedule.name) ?? [];
  const zone = schedule.timeZone;
  const nights = windowsBetween(NIGHTS, zone, view.horizon.from, view.horizon.to);
  const weekends = windowsBetween(WEEKENDS, zone, view.horizon.from, view.horizon.to);
  const on = /* @__PURE__ */ new Map();
  for (const s of timeline) {
    if (s.who === null) continue;
    const key = ownerKey(s.who);
    on.set(key, [...on.get(key) ?? [], s]);
  }
  const loads = /* @__PURE__ */ new Map();
  const loadOf = (who) => {
    const key = ownerKey(who);
    let load = loads.get(key);
    if (!load) {
      const spans = on.get(key) ?? [];
      load = {
        total: spans.reduce((sum, s) => sum + s.to - s.from, 0),
        night: overlapMs(spans, nights),
        weekend: overlapMs(spans, weekends)
      };
      loads.set(key, load);
    }
    return load;
  };
  const findings = [];
  const reported = /* @__PURE__ */ new Set();
  for (const layer of schedule.layers) {
    const members = [...new Map(layer.members.map((m, i) => [ownerKey(m), i])).entries()];
    if (members.length < 2) continue;
    const medians = METRICS.map(
      (m) => median(members.map(([, i]) => loadOf(layer.members[i])[m.key]))
    );
    for (const [key, index] of members) {
      if (reported.has(key)) continue;
      const who = layer.members[index];
      const load = loadOf(who);
      const over = METRICS.flatMap((m, i) => {
        const med = medians[i];
        if (load[m.key] <= LIMIT * med || load[m.key] === 0) return [];
        const ratio = med === 0 ? "" : `, ${(load[m.key] / med).toFixed(1)}\xD7`;
        return `${hours(load[m.key])} ${m.label} (median ${hours(med)}${ratio})`;
      });
      if (over.length === 0) continue;
      reported.add(key);
      findings.push({
        ruleId: "oncall/unfair-load",
        severity: "warning",
        message: `${who} carries more than ${LIMIT}\xD7 the median of layer "${layer.name}" of schedule "${schedule.name}" in the next ${view.horizonDays} days: ${over.join("; ")}`,
        ...layer.memberAt[index]
      });
    }
  }
  return findings;
}

// src/oncall/checks/policies.ts
var MIN_DELAY_MINUTES = 5;
function policyShapeFindings(model) {
  const findings = [];
  const notified = /* @__PURE__ */ new Set();
  for (const policy of model.policies.values()) {
    if (policy.levels.length === 1) {
      findings.push({
        ruleId: "oncall/single-level",
        severity: "warning",
        message: `policy "${policy.name}" has one level: when nobody acknowledges, nobody else is paged; add a secondary or a manager level`,
        ...policy.at
      });
    }
    policy.levels.forEach((level, i) => {
      for (const t of level.notify) if (t.kind === "schedule") notified.add(t.schedule);
      if (i === 0) return;
      const previous = policy.levels[i - 1];
      const delay = level.afterMinutes - previous.afterMinutes;
      if (delay >= MIN_DELAY_MINUTES) return;
      findings.push({
        ruleId: "oncall/short-delay",
        severity: "warning",
        message: `level ${i + 1} of policy "${policy.name}" is paged ${delay <= 0 ? "at the same time as" : `${delay} min after`} level ${i} (after ${level.afterMinutes}m vs ${previous.afterMinutes}m): less than ${MIN_DELAY_MINUTES} minutes to acknowledge`,
        ...level.at
      });
    });
  }
  for (const schedule of model.schedules.values()) {
    if (notified.has(schedule.name)) continue;
    findings.push({
      ruleId: "oncall/unused-schedule",
      severity: "notice",
      message: `schedule "${schedule.name}" is not notified by any escalation policy: nobody is paged through it`,
      ...schedule.at
    });
  }
  return findings;
}
function peopleByLevel(policy, view) {
  return policy.levels.map((level) => {
    const people2 = /* @__PURE__ */ new Map();
    const add = (who, via, on) => {
      const key = ownerKey(who);
      const seen = people2.get(key);
      if (seen) seen.on = mergeIntervals([...seen.on, ...on]);
      else people2.set(key, { who, via, on: mergeIntervals(on) });
    };
    for (const target of level.notify) {
      if (target.kind === "person") {
        add(target.who, "named directly", [view.horizon]);
        continue;
      }
      const byPerson = /* @__PURE__ */ new Map();
      for (const s of view.timelines.get(target.schedule) ?? []) {
        if (s.who === null) continue;
        const list2 = byPerson.get(s.who) ?? [];
        list2.push({ from: s.from, to: s.to });
        byPerson.set(s.who, list2);
      }
      for (const [who, on] of byPerson) add(who, `schedule ${target.schedule}`, on);
    }
    return people2;
  });
}
function policyZone(policy, model) {
  for (const level of policy.levels) {
    for (const t of level.notify) {
      const zone = t.kind === "schedule" ? model.schedules.get(t.schedule)?.timeZone : void 0;
      if (zone) return zone;
    }
  }
  return "UTC";
}
function doubleBookedFindings(view) {
  const findings = [];
  for (const policy of view.model.policies.values()) {
    const levels = peopleByLevel(policy, view);
    const zone = policyZone(policy, view.model);
    for (let i = 0; i < levels.length; i++) {
      for (let j = i + 1; j < levels.length; j++) {
        for (const [key, a] of levels[i]) {
          const b = levels[j].get(key);
          if (!b) continue;
          const both = clipTo(a.on, b.on);
          if (both.length === 0) continue;
          const total = both.reduce((sum, x) => sum + x.to - x.from, 0);
          const first = both[0];
          findings.push({
            ruleId: "oncall/double-booked",
            severity: "warning",
            message: `policy "${policy.name}": ${a.who} is on level ${i + 1} (${a.via}) and level ${j + 1} (${b.via}) at the same time, first from ${bothClocks(first.from, zone)} until ${humanInZone(first.to, zone)}; ${hours(total)} in the next ${view.horizonDays} days: when they miss the page, the escalation pages them again`,
            ...policy.levels[j].at
          });
        }
      }
    }
  }
  return findings;
}

// src/oncall/checks/schedules.ts
function layerShapeFindings(schedule) {
  return schedule.layers.filter((layer) => layer.members.length === 1).map((layer) => ({
    ruleId: "oncall/single-member",
    severity: "warning",
    message: `layer "${layer.name}" of schedule "${schedule.name}" rotates one person (${layer.members[0]}): they are on call every shift with nobody to hand over to`,
    ...layer.at
  }));
}
function describeOverride(o, index, zone) {
  return `override ${index + 1} (${o.who}, ${humanInZone(o.fromMs, zone)} \u2013 ${humanInZone(o.toMs, zone)})`;
}
function overrideFindings(schedule, now) {
  const findings = [];
  const zone = schedule.timeZone;
  schedule.overrides.forEach((o, i) => {
    if (o.toMs <= now) {
      findings.push({
        ruleId: "oncall/override-past",
        severity: "notice",
        message: `${describeOverride(o, i, zone)} of schedule "${schedule.name}" ended ${humanInZone(o.toMs, zone)} ${zone}: remove it`,
        ...o.at
      });
    }
  });
  const order = schedule.overrides.map((o, i) => ({ o, i })).sort((a, b) => a.o.fromMs - b.o.fromMs);
  for (let x = 0; x < order.length; x++) {
    for (let y = x + 1; y < order.length && order[y].o.fromMs < order[x].o.toMs; y++) {
      const [early, late] = order[x].i < order[y].i ? [order[x], order[y]] : [order[y], order[x]];
      const from = Math.max(early.o.fromMs, late.o.fromMs);
      const to = Math.min(early.o.toMs, late.o.toMs);
      findings.push({
        ruleId: "oncall/override-overlap",
        severity: "warning",
        message: `${describeOverride(late.o, late.i, zone)} overlaps ${describeOverride(early.o, early.i, zone)} of schedule "${schedule.name}" from ${bothClocks(from, zone)} until ${humanInZone(to, zone)}: the later one in the file wins, so ${late.o.who} is on call then`,
        ...late.o.at
      });
    }
  }
  return findings;
}
var MINUTE3 = 6e4;
function clock(wall) {
  return new Date(wall).toISOString().slice(11, 16);
}
function handoffWalls(layer, zone, from, to) {
  const out = [];
  const firstWall = wallClockOf(from, zone);
  const lastWall = wallClockOf(Math.min(to, layer.endMs ?? Infinity), zone);
  if (lastWall <= firstWall) return out;
  let k = Math.max(0, Math.floor((firstWall - layer.startWall) / layer.shiftMs));
  for (let wall = layer.startWall + k * layer.shiftMs; wall < lastWall; wall = layer.startWall + ++k * layer.shiftMs) {
    if (wall >= firstWall) out.push({ wall, what: "hands over" });
  }
  const days = Math.ceil((lastWall - firstWall) / DAY_MS) + 1;
  const firstDay = Math.floor(firstWall / DAY_MS);
  for (let d = firstDay; d < firstDay + days; d++) {
    const weekday = ((d + 4) % 7 + 7) % 7;
    for (const r of layer.restrictions) {
      if (!r.days.includes(weekday)) continue;
      const start = d * DAY_MS + r.fromMinute * MINUTE3;
      const end = r.toMinute > r.fromMinute ? d * DAY_MS + r.toMinute * MINUTE3 : (d + 1) * DAY_MS + r.toMinute * MINUTE3;
      for (const [wall, what] of [
        [start, "starts its restricted window"],
        [end, "ends its restricted window"]
      ]) {
        if (wall >= firstWall && wall < lastWall) out.push({ wall, what });
      }
    }
  }
  return out;
}
function dstFindings(schedule, view) {
  const findings = [];
  const zone = schedule.timeZone;
  for (const layer of schedule.layers) {
    for (const { wall, what } of handoffWalls(layer, zone, view.horizon.from, view.horizon.to)) {
      const near = instantOf(wall, zone);
      if (offsetMinutesAt(near - DAY_MS, zone) === offsetMinutesAt(near + DAY_MS, zone)) continue;
      const kind = wallTimeKind(wall, zone);
      if (kind === "once") continue;
      const day = humanWall(wall).slice(0, -6);
      const used = `${isoInZone(near, zone).slice(11, 16)} (offset ${isoInZone(near, zone).slice(19)}, ${new Date(near).toISOString().slice(11, 16)} UTC)`;
      findings.push({
        ruleId: "oncall/dst-handoff",
        severity: "warning",
        message: `layer "${layer.name}" of schedule "${schedule.name}" ${what} at ${clock(wall)} on ${day}, a local time ${zone} ` + (kind === "skipped" ? `skips (clocks go forward): it happens when the clocks jump, at ${used}` : `has twice (clocks go back): it happens the first time, at ${used}`),
        ...layer.at
      });
    }
  }
  return findings;
}

// src/oncall/analyse.ts
function analyseOnCall(model, now, horizonDays) {
  const view = timelineView(model, now, horizonDays);
  const findings = [
    ...coverageGapFindings(view),
    ...doubleBookedFindings(view),
    ...policyShapeFindings(model)
  ];
  for (const schedule of model.schedules.values()) {
    findings.push(
      ...layerShapeFindings(schedule),
      ...overrideFindings(schedule, view.now),
      ...dstFindings(schedule, view),
      ...unfairLoadFindings(schedule, view)
    );
  }
  return { findings, view };
}

// src/oncall/checks/people.ts
var LOGIN = /^@([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})$/;
var CONCURRENCY = 8;
function logins(model) {
  const out = /* @__PURE__ */ new Map();
  const add = (who, at2) => {
    const m = LOGIN.exec(who);
    if (!m) return;
    const key = m[1].toLowerCase();
    out.set(key, [...out.get(key) ?? [], { login: m[1], at: at2 }]);
  };
  for (const s of model.schedules.values()) {
    for (const layer of s.layers) layer.members.forEach((m, i) => add(m, layer.memberAt[i]));
    for (const o of s.overrides) add(o.who, o.at);
  }
  for (const p of model.policies.values()) {
    for (const level of p.levels) {
      for (const t of level.notify) if (t.kind === "person") add(t.who, t.at);
    }
  }
  return out;
}
async function unknownPersonFindings(model, lookup) {
  const entries = [...logins(model).values()];
  const verdicts = [];
  for (let i = 0; i < entries.length; i += CONCURRENCY) {
    const batch = entries.slice(i, i + CONCURRENCY);
    verdicts.push(...await Promise.all(batch.map((uses) => lookup(uses[0].login))));
  }
  const findings = [];
  entries.forEach((uses, i) => {
    if (verdicts[i] !== "not-found") return;
    for (const { login, at: at2 } of uses) {
      findings.push({
        ruleId: "oncall/unknown-person",
        severity: "warning",
        message: `@${login} is not a GitHub user (or not a member of this repository's organization): nobody would be paged`,
        ...at2
      });
    }
  });
  return findings;
}

// src/oncall/parse.ts
var import_ajv3 = __toESM(require_ajv(), 1);
var import_fastest_levenshtein3 = __toESM(require_mod(), 1);
var import_yaml4 = __toESM(require_dist(), 1);

// schemas/oncall.schema.json
var oncall_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/ops-steward/ops-steward/schemas/oncall.schema.json",
  title: "ops-steward on-call configuration (oncall/schedules.yml)",
  description: "Schedules (layered rotations with overrides), escalation policies, and which policy each team uses. Date-times without an offset are local to the schedule's time zone.",
  type: "object",
  additionalProperties: false,
  properties: {
    timezone: {
      description: "Default IANA time zone of the schedules in this file, e.g. Europe/Berlin.",
      type: "string",
      minLength: 1
    },
    schedules: {
      description: "Schedule name \u2192 its rotation layers and overrides.",
      type: "object",
      additionalProperties: { $ref: "#/definitions/schedule" }
    },
    policies: {
      description: "Escalation policy name \u2192 its levels, notified in order.",
      type: "object",
      additionalProperties: { $ref: "#/definitions/policy" }
    },
    teams: {
      description: "Team (@org/team) \u2192 the name of its escalation policy. `codeowners.teams` in .github/ops-steward.yml wins over this.",
      type: "object",
      additionalProperties: { type: "string", minLength: 1 }
    }
  },
  definitions: {
    dateTime: {
      description: "2026-11-02T09:00 (local to the schedule's zone) or 2026-11-02T08:00:00Z / +01:00 (a fixed instant).",
      type: "string"
    },
    person: {
      description: "Who is paged: @user, @org/team, an email, or a name as your paging tool knows it.",
      type: "string",
      minLength: 1
    },
    timeOfDay: {
      description: "Local time HH:MM; 24:00 is the end of the day.",
      type: "string"
    },
    schedule: {
      type: "object",
      additionalProperties: false,
      required: ["layers"],
      properties: {
        description: { type: "string" },
        timezone: {
          description: "IANA time zone of this schedule (default: the file's timezone).",
          type: "string",
          minLength: 1
        },
        layers: {
          description: "Rotations, lowest first: a later layer wins wherever it has someone on.",
          type: "array",
          minItems: 1,
          items: { $ref: "#/definitions/layer" }
        },
        overrides: {
          description: "Someone covers the schedule from `from` until `to`; a later override wins over an earlier one.",
          type: "array",
          items: { $ref: "#/definitions/override" }
        },
        coverage: {
          description: "What must have someone on call: 24/7 (the default), or local windows shaped like restrictions, e.g. business hours for a daytime-only rotation. Gaps are reported only inside it.",
          oneOf: [
            { const: "24/7" },
            { type: "array", minItems: 1, items: { $ref: "#/definitions/restriction" } }
          ]
        }
      }
    },
    layer: {
      type: "object",
      additionalProperties: false,
      required: ["start", "shift", "members"],
      properties: {
        name: { type: "string", minLength: 1 },
        start: {
          description: "First handoff: the first member's shift starts here. Nobody is on before it.",
          $ref: "#/definitions/dateTime"
        },
        end: {
          description: "From this instant the layer pages nobody (to phase a rotation out).",
          $ref: "#/definitions/dateTime"
        },
        shift: {
          description: "Shift length: 12h, 1d, 1w. Handoffs stay at the same local time across DST changes.",
          type: "string"
        },
        members: {
          description: "Who takes turns, in order.",
          type: "array",
          minItems: 1,
          items: { $ref: "#/definitions/person" }
        },
        restrictions: {
          description: "Windows (local time) during which this layer pages; outside them it leaves the lower layers on.",
          type: "array",
          minItems: 1,
          items: { $ref: "#/definitions/restriction" }
        }
      }
    },
    restriction: {
      type: "object",
      additionalProperties: false,
      required: ["from", "to"],
      properties: {
        days: {
          description: "Days the window starts on (default: every day).",
          type: "array",
          minItems: 1,
          items: { enum: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] }
        },
        from: { $ref: "#/definitions/timeOfDay" },
        to: {
          description: "End of the window; at or before `from` it ends the next day (22:00 to 06:00).",
          $ref: "#/definitions/timeOfDay"
        }
      }
    },
    override: {
      type: "object",
      additionalProperties: false,
      required: ["who", "from", "to"],
      properties: {
        who: { $ref: "#/definitions/person" },
        from: { $ref: "#/definitions/dateTime" },
        to: { $ref: "#/definitions/dateTime" },
        reason: { type: "string" }
      }
    },
    policy: {
      type: "object",
      additionalProperties: false,
      required: ["levels"],
      properties: {
        description: { type: "string" },
        levels: {
          description: "Notified in order; each level after its delay if nobody has acknowledged.",
          type: "array",
          minItems: 1,
          items: { $ref: "#/definitions/level" }
        }
      }
    },
    level: {
      type: "object",
      additionalProperties: false,
      required: ["notify"],
      properties: {
        after: {
          description: "Delay after the incident opens: 0m, 10m, 1h (default 0m).",
          type: "string"
        },
        notify: {
          description: "Schedules ({ schedule: name }) and people (@user, @org/team, email).",
          type: "array",
          minItems: 1,
          items: { $ref: "#/definitions/target" }
        }
      }
    },
    target: {
      oneOf: [
        { $ref: "#/definitions/person" },
        {
          type: "object",
          additionalProperties: false,
          required: ["schedule"],
          properties: { schedule: { type: "string", minLength: 1 } }
        }
      ]
    }
  }
};

// src/schema/validate.ts
var import_ajv2 = __toESM(require_ajv(), 1);
var import_fastest_levenshtein2 = __toESM(require_mod(), 1);
var cache2 = /* @__PURE__ */ new WeakMap();
function compile2(schema3) {
  let fn = cache2.get(schema3);
  if (!fn) {
    const ajv = new import_ajv2.Ajv({ allErrors: true, verbose: true, strict: false });
    fn = ajv.compile(schema3);
    cache2.set(schema3, fn);
  }
  return fn;
}
function validateWithSchema(schema3, data, source, rulePrefix) {
  const validate = compile2(schema3);
  const problems = { errors: [], unknownKeys: [], unknownPaths: [] };
  if (validate(data)) return problems;
  const errors = prune(validate.errors ?? []);
  const seen = /* @__PURE__ */ new Set();
  for (const err of errors) {
    const path2 = toPath(err.instancePath);
    if (err.keyword === "additionalProperties") {
      const key = err.params.additionalProperty;
      const keyPath = [...path2, key];
      const known = Object.keys(
        err.parentSchema?.properties ?? {}
      );
      const hint = known.length > 0 ? `; did you mean "${(0, import_fastest_levenshtein2.closest)(key, known)}"?` : "";
      const where = path2.length > 0 ? ` in ${formatPath(path2)}` : "";
      problems.unknownPaths.push(keyPath);
      problems.unknownKeys.push({
        ruleId: `${rulePrefix}/unknown-key`,
        severity: "warning",
        message: `unknown key "${key}"${where}${hint}`,
        file: source.path,
        ...locate(source, keyPath, true)
      });
      continue;
    }
    const message = describe(err, path2);
    const dedupe = `${err.instancePath}|${message}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    problems.errors.push({
      ruleId: `${rulePrefix}/invalid`,
      severity: "error",
      message,
      file: source.path,
      ...locate(source, path2)
    });
  }
  return problems;
}
function prune(errors) {
  const oneOfPaths = errors.filter((e) => e.keyword === "oneOf").map((e) => e.schemaPath);
  return errors.filter(
    (e) => e.keyword === "oneOf" || !oneOfPaths.some((p) => e.schemaPath.startsWith(`${p}/`))
  );
}
function toPath(instancePath) {
  if (!instancePath) return [];
  return instancePath.slice(1).split("/").map((seg) => seg.replace(/~1/g, "/").replace(/~0/g, "~")).map((seg) => /^\d+$/.test(seg) ? Number(seg) : seg);
}
function describe(err, path2) {
  const where = path2.length > 0 ? formatPath(path2) : "the document";
  const schema3 = err.parentSchema ?? {};
  switch (err.keyword) {
    case "required":
      return `${where} is missing required key "${err.params.missingProperty}"`;
    case "oneOf":
      return `${where} must be ${oneOfShapes(schema3)}`;
    case "type":
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "minLength":
    case "enum":
    case "minItems":
    case "format":
    case "pattern":
      return `${where} must be ${expected(schema3)}`;
    default:
      return `${where} ${err.message ?? "is invalid"}`;
  }
}
function expected(schema3) {
  if (Array.isArray(schema3.enum))
    return `one of ${schema3.enum.map((v) => JSON.stringify(v)).join(", ")}`;
  const type = schema3.type;
  const types = Array.isArray(type) ? type : typeof type === "string" ? [type] : [];
  const parts = types.map((t) => {
    if (t === "integer" || t === "number") {
      const noun = t === "integer" ? "an integer" : "a number";
      if (typeof schema3.minimum === "number" && typeof schema3.maximum === "number")
        return `${noun} from ${schema3.minimum} to ${schema3.maximum}`;
      if (typeof schema3.minimum === "number") return `${noun} >= ${schema3.minimum}`;
      if (typeof schema3.maximum === "number") return `${noun} <= ${schema3.maximum}`;
      return noun;
    }
    if (t === "string") {
      if (schema3.format === "date") return "a date (YYYY-MM-DD)";
      if (typeof schema3.pattern === "string") return `a string matching ${schema3.pattern}`;
      return typeof schema3.minLength === "number" && schema3.minLength > 0 ? "a non-empty string" : "a string";
    }
    if (t === "boolean") return "true or false";
    if (t === "array")
      return typeof schema3.minItems === "number" && schema3.minItems > 0 ? "a non-empty list" : "a list";
    if (t === "object") return "a mapping";
    return t;
  });
  return parts.length > 0 ? parts.join(" or ") : "valid";
}
function oneOfShapes(schema3) {
  const branches = schema3.oneOf ?? [];
  const shapes = branches.map((b) => {
    const required = b.required ?? [];
    return required.length > 0 ? `{ ${required.join(", ")} }` : expected(b);
  });
  return shapes.length > 0 ? `exactly one of ${shapes.join(", ")}` : "valid";
}

// src/oncall/parse.ts
var schema2 = oncall_schema_default;
var WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
var SHIFT = /^([1-9]\d*)([hdw])$/;
var SHIFT_UNIT_MS = { h: 36e5, d: DAY_MS, w: 7 * DAY_MS };
var AFTER = /^(\d+)([mh])$/;
var TIME_OF_DAY = /^(\d{2}):(\d{2})$/;
var DATE_TIME_HINT = "a date-time such as 2026-11-02T09:00 (local) or 2026-11-02T08:00:00Z";
function emptyModel(path2) {
  return { files: [path2], schedules: /* @__PURE__ */ new Map(), policies: /* @__PURE__ */ new Map(), teams: /* @__PURE__ */ new Map() };
}
function parseOnCallFile(text, path2) {
  const model = emptyModel(path2);
  const parsed = parseYamlSource(text, path2, "oncall/yaml");
  const findings = [...parsed.errors, ...parsed.warnings];
  const unusable = {
    model,
    findings,
    skipped: { schedules: "all", policies: "all" }
  };
  if (parsed.errors.length > 0) return unusable;
  const source = parsed.source;
  const data = source.doc.toJS();
  if (data === null || data === void 0) {
    return { model, findings, skipped: { schedules: /* @__PURE__ */ new Set(), policies: /* @__PURE__ */ new Set() } };
  }
  if (!(0, import_yaml4.isMap)(source.doc.contents)) {
    findings.push({
      ruleId: "oncall/invalid",
      severity: "error",
      message: "the on-call file must be a mapping with schedules, policies and teams",
      file: path2,
      line: 1,
      column: 1
    });
    return unusable;
  }
  const problems = validateWithSchema(schema2, data, source, "oncall");
  findings.push(...problems.errors, ...problems.unknownKeys);
  for (const keyPath of problems.unknownPaths) source.doc.deleteIn(keyPath);
  const raw = source.doc.toJS();
  const badSection = /* @__PURE__ */ new Set();
  const entries = (section) => {
    const value = raw[section];
    if (value === void 0) return [];
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      badSection.add(section);
      return [];
    }
    return Object.entries(value);
  };
  const schedules = entries("schedules");
  const policies = entries("policies");
  const teams = entries("teams");
  const r = new Reader(source, findings);
  const fileZone = raw.timezone === void 0 ? void 0 : r.timeZone(raw.timezone, ["timezone"]) ?? null;
  const skippedSchedules = /* @__PURE__ */ new Set();
  const skippedPolicies = /* @__PURE__ */ new Set();
  for (const [name2, s] of schedules) {
    const schedule = conforms("schedule", s) ? r.schedule(name2, s, fileZone) : void 0;
    if (schedule) model.schedules.set(name2, schedule);
    else skippedSchedules.add(name2);
  }
  for (const [name2, p] of policies) {
    const policy = conforms("policy", p) ? r.policy(name2, p) : void 0;
    if (policy) model.policies.set(name2, policy);
    else skippedPolicies.add(name2);
  }
  for (const [team, policy] of teams) {
    if (typeof policy !== "string" || policy === "") continue;
    const key = teamKey(team);
    const first = model.teams.get(key);
    if (first) {
      r.error(
        ["teams", team],
        `team ${team} is mapped twice (also as ${first.team} at line ${first.at.line}); this one is ignored`,
        "oncall/duplicate",
        true
      );
      continue;
    }
    model.teams.set(key, { team, policy, at: r.pos(["teams", team]) });
  }
  return {
    model,
    findings,
    skipped: {
      schedules: badSection.has("schedules") ? "all" : skippedSchedules,
      policies: badSection.has("policies") ? "all" : skippedPolicies
    }
  };
}
function teamKey(team) {
  return ownerKey(team.startsWith("@") ? team : `@${team}`);
}
function mergeOnCallFiles(files) {
  const model = {
    files: files.flatMap((f) => f.model.files),
    schedules: /* @__PURE__ */ new Map(),
    policies: /* @__PURE__ */ new Map(),
    teams: /* @__PURE__ */ new Map()
  };
  const findings = files.flatMap((f) => f.findings);
  const duplicate = (what, name2, at2, first) => {
    findings.push({
      ruleId: "oncall/duplicate",
      severity: "error",
      message: `${what} "${name2}" is already defined at ${first.file}:${first.line}; this one is ignored`,
      ...at2
    });
  };
  for (const f of files) {
    for (const [name2, s] of f.model.schedules) {
      const first = model.schedules.get(name2);
      if (first) duplicate("schedule", name2, s.at, first.at);
      else model.schedules.set(name2, s);
    }
    for (const [name2, p] of f.model.policies) {
      const first = model.policies.get(name2);
      if (first) duplicate("escalation policy", name2, p.at, first.at);
      else model.policies.set(name2, p);
    }
    for (const [key, t] of f.model.teams) {
      const first = model.teams.get(key);
      if (first) duplicate("team mapping for", t.team, t.at, first.at);
      else model.teams.set(key, t);
    }
  }
  const skipped = (kind, name2) => files.some((f) => {
    const s = f.skipped[kind];
    return s === "all" || s.has(name2);
  });
  const scheduleNames = [...model.schedules.keys()];
  for (const policy of model.policies.values()) {
    policy.levels.forEach((level, i) => {
      for (const target of level.notify) {
        if (target.kind !== "schedule" || model.schedules.has(target.schedule)) continue;
        if (skipped("schedules", target.schedule)) continue;
        findings.push({
          ruleId: "oncall/unknown-schedule",
          severity: "error",
          message: `level ${i + 1} of policy "${policy.name}" notifies schedule "${target.schedule}", which no on-call file defines${didYouMean(target.schedule, scheduleNames)}`,
          ...target.at
        });
      }
    });
  }
  const policyNames = [...model.policies.keys()];
  for (const t of model.teams.values()) {
    if (model.policies.has(t.policy) || skipped("policies", t.policy)) continue;
    findings.push({
      ruleId: "oncall/unknown-policy",
      severity: "error",
      message: `team ${t.team} is mapped to policy "${t.policy}", which no on-call file defines${didYouMean(t.policy, policyNames)}`,
      ...t.at
    });
  }
  return { model, findings: sortFindings(findings) };
}
function didYouMean(name2, known) {
  if (known.length === 0) return "";
  const best = (0, import_fastest_levenshtein3.closest)(name2, [...known]);
  return (0, import_fastest_levenshtein3.distance)(name2, best) <= Math.max(2, Math.floor(name2.length / 3)) ? `; did you mean "${best}"?` : "";
}
var validators;
function conforms(definition, value) {
  if (!validators) {
    validators = new import_ajv3.Ajv({ strict: false });
    validators.addSchema(schema2);
  }
  const validate = validators.getSchema(`${schema2.$id}#/definitions/${definition}`);
  if (!validate) throw new Error(`schemas/oncall.schema.json has no definitions/${definition}`);
  return validate(value) === true;
}
var Reader = class {
  constructor(source, findings) {
    this.source = source;
    this.findings = findings;
  }
  source;
  findings;
  errors = 0;
  pos(path2, key = false) {
    const span = locate(this.source, path2, key);
    return { file: this.source.path, line: span.line, column: span.column };
  }
  error(path2, message, ruleId = "oncall/invalid", key = false) {
    this.errors++;
    this.findings.push({
      ruleId,
      severity: "error",
      message,
      file: this.source.path,
      ...locate(this.source, path2, key)
    });
  }
  timeZone(value, path2) {
    if (isValidTimeZone(value)) return value;
    this.error(
      path2,
      `${formatPath(path2)}: unknown time zone "${value}": use an IANA name such as Europe/Berlin or America/New_York`
    );
    return void 0;
  }
  /** Undefined (with findings) when any part of the schedule is wrong. */
  schedule(name2, raw, fileZone) {
    const before = this.errors;
    const base = ["schedules", name2];
    let timeZone;
    if (raw.timezone !== void 0) timeZone = this.timeZone(raw.timezone, [...base, "timezone"]);
    else if (fileZone === null) return void 0;
    else if (fileZone !== void 0) timeZone = fileZone;
    else {
      this.error(
        base,
        `schedule "${name2}" has no time zone: set timezone on it or at the top of the file (an IANA name such as Europe/Berlin)`,
        "oncall/invalid",
        true
      );
    }
    if (timeZone === void 0) return void 0;
    const layers = raw.layers.map((l, i) => this.layer(l, [...base, "layers", i], i, timeZone));
    const overrides = (raw.overrides ?? []).map(
      (o, i) => this.override(o, [...base, "overrides", i], timeZone)
    );
    const coverage = raw.coverage === void 0 || raw.coverage === "24/7" ? [] : raw.coverage.map((w, i) => this.restriction(w, [...base, "coverage", i]));
    if (this.errors > before || coverage.some((w) => w === void 0)) return void 0;
    return {
      name: name2,
      timeZone,
      layers,
      // An inverted override is reported on its own (oncall/override-inverted) and pages nobody.
      overrides: overrides.filter((o) => o !== void 0 && o !== "inverted"),
      coverage,
      at: this.pos(base, true)
    };
  }
  layer(raw, path2, index, zone) {
    const start = this.dateTime(raw.start, [...path2, "start"]);
    const end = raw.end === void 0 ? void 0 : this.dateTime(raw.end, [...path2, "end"]);
    const shift = SHIFT.exec(raw.shift);
    if (!shift) {
      this.error(
        [...path2, "shift"],
        `${formatPath([...path2, "shift"])} must be a shift length such as 12h, 1d or 1w (got "${raw.shift}")`
      );
    }
    const restrictions = (raw.restrictions ?? []).map(
      (r, i) => this.restriction(r, [...path2, "restrictions", i])
    );
    if (!start || !shift || raw.end !== void 0 && !end) return void 0;
    const startWall = toWall(start, zone);
    const endMs = end === void 0 ? void 0 : toInstant(end, zone);
    if (endMs !== void 0 && endMs <= toInstant(start, zone)) {
      this.error(
        [...path2, "end"],
        `${formatPath([...path2, "end"])} must be after start (${raw.start})`
      );
      return void 0;
    }
    if (restrictions.some((r) => r === void 0)) return void 0;
    return {
      name: raw.name ?? `layer ${index + 1}`,
      members: raw.members,
      memberAt: raw.members.map((_, k) => this.pos([...path2, "members", k])),
      startWall,
      endMs,
      shiftMs: Number(shift[1]) * SHIFT_UNIT_MS[shift[2]],
      shift: raw.shift,
      restrictions,
      at: this.pos(path2)
    };
  }
  restriction(raw, path2) {
    const from = this.timeOfDay(raw.from, [...path2, "from"], false);
    const to = this.timeOfDay(raw.to, [...path2, "to"], true);
    if (from === void 0 || to === void 0) return void 0;
    const days = raw.days ? [...new Set(raw.days.map((d) => WEEKDAYS.indexOf(d)))] : [0, 1, 2, 3, 4, 5, 6];
    return { days, fromMinute: from, toMinute: to === 0 ? 1440 : to, at: this.pos(path2) };
  }
  timeOfDay(value, path2, end) {
    const m = TIME_OF_DAY.exec(value);
    const h = Number(m?.[1]);
    const min = Number(m?.[2]);
    if (m && (h < 24 && min < 60 || end && h === 24 && min === 0)) return h * 60 + min;
    this.error(
      path2,
      `${formatPath(path2)} must be a local time HH:MM such as 09:00${end ? " (24:00 for midnight)" : ""} (got "${value}")`
    );
    return void 0;
  }
  /** `inverted`: reported as its own rule, and the rest of the schedule still resolves. */
  override(raw, path2, zone) {
    const from = this.dateTime(raw.from, [...path2, "from"]);
    const to = this.dateTime(raw.to, [...path2, "to"]);
    if (!from || !to) return void 0;
    const fromMs = toInstant(from, zone);
    const toMs = toInstant(to, zone);
    if (toMs <= fromMs) {
      this.findings.push({
        ruleId: "oncall/override-inverted",
        severity: "error",
        message: `override of ${raw.who}: ${formatPath([...path2, "to"])} (${raw.to}) is ${toMs === fromMs ? "the same instant as" : "before"} from (${raw.from}), so it covers nothing and is ignored; did you swap from and to?`,
        file: this.source.path,
        ...locate(this.source, [...path2, "to"])
      });
      return "inverted";
    }
    const override = { who: raw.who, fromMs, toMs, at: this.pos(path2) };
    if (raw.reason !== void 0) override.reason = raw.reason;
    return override;
  }
  dateTime(value, path2) {
    const parsed = parseDateTime(value);
    if (!parsed) this.error(path2, `${formatPath(path2)} must be ${DATE_TIME_HINT} (got "${value}")`);
    return parsed;
  }
  policy(name2, raw) {
    const before = this.errors;
    const base = ["policies", name2];
    const levels = raw.levels.map((level, i) => {
      const path2 = [...base, "levels", i];
      let afterMinutes = 0;
      if (level.after !== void 0) {
        const m = AFTER.exec(level.after);
        if (m) afterMinutes = Number(m[1]) * (m[2] === "h" ? 60 : 1);
        else {
          this.error(
            [...path2, "after"],
            `${formatPath([...path2, "after"])} must be a delay such as 0m, 10m or 1h (got "${level.after}")`
          );
        }
      }
      const notify = level.notify.map((t, k) => {
        const at2 = this.pos([...path2, "notify", k]);
        if (typeof t !== "string") return { kind: "schedule", schedule: t.schedule, at: at2 };
        if (/^schedule\s*:/i.test(t)) {
          const name3 = t.replace(/^schedule\s*:\s*/i, "");
          this.error(
            [...path2, "notify", k],
            `"${t}" would page a person of that name: write { schedule: ${name3} } to notify a schedule`
          );
        }
        return { kind: "person", who: t, at: at2 };
      });
      return { afterMinutes, notify, at: this.pos(path2) };
    });
    if (this.errors > before) return void 0;
    return { name: name2, levels, at: this.pos(base, true) };
  }
};

// src/oncall/checks/teams.ts
async function configTeamFindings(model, config, repo, configPath) {
  const missing = Object.entries(config.codeowners.teams).filter(
    ([, entry]) => entry.policy !== void 0 && !model.policies.has(entry.policy)
  );
  if (missing.length === 0) return [];
  const text = configPath === void 0 ? void 0 : await repo.read(configPath);
  const source = text === void 0 ? void 0 : parseYamlSource(text, configPath, "config/yaml").source;
  const defined = [...model.policies.keys()];
  const files = model.files.join(", ");
  return missing.map(([team, entry]) => {
    const at2 = source ? locate(source, ["codeowners", "teams", team, "policy"]) : void 0;
    return {
      ruleId: "oncall/unknown-policy",
      severity: "error",
      message: `codeowners.teams maps ${team} to policy "${entry.policy}", which no on-call file (${files}) defines` + didYouMean(entry.policy, defined),
      ...source && at2 ? { file: source.path, line: at2.line, column: at2.column } : {}
    };
  });
}

// src/oncall/config.ts
var oncallConfigSchema = {
  description: "The on-call configuration: schedules, escalation policies and team \u2192 policy (schemas/oncall.schema.json).",
  type: "object",
  additionalProperties: false,
  default: {},
  properties: {
    files: {
      description: "On-call YAML files, repository-relative, merged in order. A name defined in two files is an error.",
      type: "array",
      items: { type: "string", minLength: 1 },
      minItems: 1,
      default: ["oncall/schedules.yml"]
    },
    horizonDays: {
      description: "How far ahead from now the final timeline is checked (coverage gaps, double booking, fairness), in days.",
      type: "integer",
      minimum: 1,
      maximum: 366,
      default: 56
    }
  }
};

// src/core/sanitize.ts
var ZWSP = "\u200B";
function defuseMarkers(text) {
  return text.replace(/<!--/g, `<${ZWSP}!--`).replace(/--(?=>)/g, `--${ZWSP}`);
}
var SECRET_PATTERNS = [
  /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})\b/g,
  /\b(authorization\s*[:=]\s*)(?:(?:bearer|token|basic)\s+)?[^\s"',;]+/gi,
  /\b(bearer\s+)[A-Za-z0-9._~+/=-]{8,}/gi,
  /\b(x-access-token:)[^\s@"']+/gi
];
var REDACTED = "[REDACTED]";
function redactSecrets(text) {
  let out = text;
  for (const pattern of SECRET_PATTERNS) {
    out = out.replace(
      pattern,
      (_match, prefix2) => typeof prefix2 === "string" ? `${prefix2}${REDACTED}` : REDACTED
    );
  }
  return out;
}
function redactFinding(finding) {
  const message = redactSecrets(finding.message);
  const escalation = finding.escalation === void 0 ? void 0 : redactSecrets(finding.escalation);
  if (message === finding.message && escalation === finding.escalation) return finding;
  return { ...finding, message, ...escalation === void 0 ? {} : { escalation } };
}

// src/report/markdown.ts
var GITHUB_COMMENT_LIMIT = 65536;
var DEFAULT_MAX_ROWS = 200;
var DEFAULT_TITLE = "ops-steward report";
var MAX_CELL_CHARS = 500;
var MAX_HEADING_CHARS = 200;
var SEVERITY_CELL = {
  error: "\u274C error",
  warning: "\u26A0\uFE0F warning",
  notice: "\u2139\uFE0F notice"
};
function escapeMarkdownCell(text) {
  let out = "";
  let last = 0;
  for (const m of text.matchAll(/`([^`\r\n]+)`/g)) {
    out += escapeMarkdownText(text.slice(last, m.index)) + markdownCode(m[1] ?? "");
    last = m.index + m[0].length;
  }
  return out + escapeMarkdownText(text.slice(last));
}
function escapeMarkdownText(text) {
  return text.replace(/\\/g, "\\\\").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[|*_`[\]~#]/g, (ch) => `\\${ch}`).replace(/@(?=[A-Za-z0-9])/g, "@\u200B").replace(/\r\n|\r|\n/g, "<br>");
}
function markdownCode(text) {
  const flat = text.replace(/\r\n|\r|\n/g, " ").replace(/\|/g, "\\|");
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const pad2 = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  return `${fence}${pad2}${flat}${pad2}${fence}`;
}
function row(f) {
  const location = formatLocation(f);
  const cells = [
    SEVERITY_CELL[f.severity] ?? escapeMarkdownCell(String(f.severity)),
    location ? markdownCode(truncateText(location, MAX_CELL_CHARS)) : "_repository_",
    escapeMarkdownCell(truncateText(f.message, MAX_CELL_CHARS)),
    markdownCode(truncateText(f.ruleId, MAX_CELL_CHARS)),
    (f.owners ?? []).map((o) => markdownCode(truncateText(o, MAX_CELL_CHARS))).join(", ")
  ];
  return `| ${cells.join(" | ")} |`;
}
function moreLine(n) {
  return `_\u2026 and ${n} more not shown._`;
}
function renderMarkdownUnredacted(findings, options = {}) {
  const maxChars = options.maxChars ?? GITHUB_COMMENT_LIMIT;
  const maxRows = Math.max(0, Math.floor(options.maxRows ?? DEFAULT_MAX_ROWS)) || 0;
  const title = escapeMarkdownCell(truncateText(options.title ?? DEFAULT_TITLE, MAX_HEADING_CHARS));
  const where = options.label ? ` in ${markdownCode(truncateText(options.label, MAX_HEADING_CHARS))}` : "";
  const head = `## ${title}

`;
  if (findings.length === 0) return fit(`${head}\u2705 No problems found${where}.
`, maxChars);
  const summary = `**${formatCounts(countFindings(findings))}**${where}
`;
  const ordered = sortFindings(findings).sort(
    (a, b) => severityRank2(a.severity) - severityRank2(b.severity)
  );
  const tableHead = "\n| Severity | Location | Message | Rule | Owners |\n| --- | --- | --- | --- | --- |\n";
  const reserve = moreLine(ordered.length).length + 2;
  let out = head + summary;
  let body = "";
  let rows = 0;
  for (const f of ordered) {
    if (rows >= maxRows) break;
    const line = `${row(f)}
`;
    const tableLength = rows === 0 ? tableHead.length : 0;
    if (out.length + tableLength + body.length + line.length + reserve > maxChars) break;
    body += (rows === 0 ? tableHead : "") + line;
    rows++;
  }
  out += body;
  const omitted = ordered.length - rows;
  if (omitted > 0) out += `
${moreLine(omitted)}
`;
  return fit(out, maxChars);
}
function fit(text, maxChars) {
  if (text.length <= maxChars) return text;
  if (maxChars < 1) return "";
  let cut = text.slice(0, Math.max(0, maxChars - 1));
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}\u2026`;
}
function renderMarkdown(findings, options = {}) {
  return renderMarkdownUnredacted(findings.map(redactFinding), options);
}

// src/oncall/comment.ts
function compareTimelines(before, after) {
  const cuts = [...new Set([...before, ...after].flatMap((s) => [s.from, s.to]))].sort(
    (a, b) => a - b
  );
  const out = [];
  let i = 0;
  let j = 0;
  for (let p = 0; p + 1 < cuts.length; p++) {
    const from = cuts[p];
    const to = cuts[p + 1];
    while (i < before.length && before[i].to <= from) i++;
    while (j < after.length && after[j].to <= from) j++;
    const b = before[i] && before[i].from <= from ? before[i].who : null;
    const a = after[j] && after[j].from <= from ? after[j].who : null;
    const last = out[out.length - 1];
    if (last && last.before === b && last.after === a) last.to = to;
    else out.push({ from, to, before: b, after: a });
  }
  return out;
}
function timelinesDiffer(before, after) {
  return compareTimelines(before, after).some((r) => r.before !== r.after);
}
var short = (instant, zone) => humanInZone(instant, zone).replace(/ \d{4} /, " ");
var person = (who) => who === null ? "_nobody_" : markdownCode(who);
function comparisonTable(rows, zone) {
  const lines = ["|  | From | To | Before | After |", "| --- | --- | --- | --- | --- |"];
  for (const r of rows) {
    const mark = r.before === r.after ? "" : "\u270F\uFE0F **changed**";
    lines.push(
      `| ${mark} | ${short(r.from, zone)} | ${short(r.to, zone)} | ${person(r.before)} | ${person(r.after)} |`
    );
  }
  return lines.join("\n");
}
function mermaidText(text) {
  return text.replace(/[^\p{L}\p{N}@._\-/+()' ]/gu, " ").replace(/\s+/g, " ").trim() || "?";
}
function mermaidTime(instant, zone) {
  return new Date(wallClockOf(instant, zone)).toISOString().slice(0, 16).replace("T", " ");
}
var NOBODY = "nobody on call";
function ganttChart(title, timeline, zone) {
  const sections = /* @__PURE__ */ new Map();
  timeline.forEach((s, i) => {
    const name2 = s.who === null ? NOBODY : mermaidText(s.who);
    const from = mermaidTime(s.from, zone);
    let to = mermaidTime(s.to, zone);
    if (to <= from) to = mermaidTime(s.from + 6e4, zone);
    const task = `    ${name2}:${s.who === null ? "crit, " : ""}s${i}, ${from}, ${to}`;
    sections.set(name2, [...sections.get(name2) ?? [], task]);
  });
  const lines = [
    "gantt",
    `    title ${mermaidText(title)}`,
    "    dateFormat YYYY-MM-DD HH:mm",
    "    axisFormat %a %d %b"
  ];
  for (const [name2, tasks] of sections) lines.push(`    section ${name2}`, ...tasks);
  return lines.join("\n");
}
var COMPARE_DAYS = 14;
function changeSectionMarkdown(changes, baseKnown = true) {
  if (changes.length === 0) {
    return `This change does not change who is on call in the next ${COMPARE_DAYS} days.`;
  }
  const parts = [];
  for (const c of changes) {
    const heading = `#### ${markdownCode(c.name)} (${escapeMarkdownCell(c.zone)})`;
    if (c.after === void 0) {
      parts.push(heading, "", "This change removes the schedule.");
      continue;
    }
    const what = !baseKnown ? "Who is on call after this change (its version before could not be read)" : c.before === void 0 ? "New schedule: who is on call" : "Who is on call before vs after this change";
    parts.push(
      heading,
      "",
      `${what} in the next ${COMPARE_DAYS} days (${escapeMarkdownCell(c.zone)} time):`,
      "",
      comparisonTable(compareTimelines(c.before ?? [], c.after), c.zone),
      "",
      "```mermaid",
      ganttChart(`${c.name} after this change (${c.zone})`, c.after, c.zone),
      "```",
      ""
    );
  }
  return parts.join("\n").trimEnd();
}

// src/oncall/review.ts
async function baseModel(ctx, changed, notes) {
  const parsed = [];
  for (const path2 of ctx.config.oncall.files) {
    const previous = ctx.diff.files.get(path2)?.previousPath ?? path2;
    let text;
    try {
      text = changed.includes(path2) ? await ctx.base.read(previous) : await ctx.files.read(path2);
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error;
      notes.push(
        `${error.message}; the on-call timeline is shown without its version before this change.`
      );
      return void 0;
    }
    if (text !== void 0) parsed.push(parseOnCallFile(text, path2));
  }
  return mergeOnCallFiles(parsed);
}
var findingKey = (f) => `${f.ruleId}\0${f.file ?? ""}\0${f.message}`;
function blockOf(model, schedule) {
  const starts = [
    ...[...model.schedules.values()].map((s) => s.at),
    ...[...model.policies.values()].map((p) => p.at),
    ...[...model.teams.values()].map((t) => t.at)
  ].filter((at2) => at2.file === schedule.at.file && at2.line > schedule.at.line).map((at2) => at2.line);
  return { first: schedule.at.line, last: starts.length > 0 ? Math.min(...starts) - 1 : Infinity };
}
function onChangedLine(f, diff, block) {
  const file = f.file === void 0 ? void 0 : diff.files.get(f.file);
  if (!file || file.addedLines === null) return f;
  const line = [...file.addedLines].sort((a, b) => a - b).find((l) => l >= block.first && l <= block.last);
  return line === void 0 ? f : { ...f, line, column: 1 };
}
function introducedGaps(head, base, diff) {
  if (!base) return [];
  const before = gapsBySchedule(base);
  const findings = [];
  for (const [name2, gaps] of gapsBySchedule(head)) {
    const schedule = head.model.schedules.get(name2);
    const old = before.get(name2) ?? [];
    for (const gap of gaps) {
      const kept = clipTo([gap], old).reduce((sum, g) => sum + g.to - g.from, 0);
      if (kept === gap.to - gap.from) continue;
      const f = gapFinding(schedule, gap, head, true);
      findings.push(onChangedLine(f, diff, blockOf(head.model, schedule)));
    }
  }
  return findings;
}
function scheduleChanges(head, base, now) {
  const window = horizonOf(now, COMPARE_DAYS);
  const timeline = (s) => s === void 0 ? void 0 : scheduleTimeline(s, window.from, window.to);
  const names = [.../* @__PURE__ */ new Set([...head.schedules.keys(), ...base?.schedules.keys() ?? []])];
  const changes = [];
  for (const name2 of names) {
    const h = head.schedules.get(name2);
    const b = base?.schedules.get(name2);
    const after = timeline(h);
    const before = timeline(b);
    const differs = before === void 0 || after === void 0 ? true : timelinesDiffer(before, after);
    if (!differs) continue;
    changes.push({ name: name2, zone: (h ?? b).timeZone, before, after });
  }
  return changes;
}
async function reviewOnCall(ctx) {
  const changed = ctx.config.oncall.files.filter((p) => isChangedFile(ctx.diff, p));
  if (changed.length === 0) return { findings: [] };
  const notes = [];
  const loaded = await ctx.facts.onCall();
  const head = loaded.model;
  const onChanged = (f) => f.file !== void 0 && changed.includes(f.file) && f.line !== void 0 && isChangedLine(ctx.diff, f.file, f.line);
  if (!head) return { findings: loaded.findings.filter(onChanged), notes };
  const baseParsed = await baseModel(ctx, changed, notes);
  const base = baseParsed?.model;
  const horizonDays = ctx.config.oncall.horizonDays;
  const headView = analyseOnCall(head, ctx.now, horizonDays);
  const baseAnalysis = base ? analyseOnCall(base, ctx.now, horizonDays) : void 0;
  const before = new Set(
    [
      ...baseParsed?.findings ?? [],
      ...baseAnalysis?.findings ?? [],
      ...base ? await configTeamFindings(base, ctx.config, ctx.files, ctx.configPath) : []
    ].map(findingKey)
  );
  const isNew = (f) => baseAnalysis !== void 0 && !before.has(findingKey(f));
  const judged = [
    ...loaded.findings,
    // With a base, gaps are judged by time below (a gap is new where the base had someone on).
    ...headView.findings.filter((f) => f.ruleId !== "oncall/coverage-gap" || !baseAnalysis),
    ...await configTeamFindings(head, ctx.config, ctx.files, ctx.configPath)
  ];
  const findings = sortFindings([
    ...judged.filter((f) => onChanged(f) || isNew(f)),
    ...introducedGaps(headView.view, baseAnalysis?.view, ctx.diff)
  ]);
  const changes = scheduleChanges(head, base, ctx.now);
  return {
    findings,
    notes,
    section: {
      title: "On-call: who is on call before and after this change",
      markdown: changeSectionMarkdown(changes, base !== void 0)
    }
  };
}

// src/oncall/rules.ts
var rule3 = ruleMaker("oncall");
var ONCALL_RULES = [
  rule3("yaml", "error", "An on-call file is not valid YAML."),
  rule3(
    "invalid",
    "error",
    "An on-call file does not match its schema (schemas/oncall.schema.json)."
  ),
  rule3("unknown-key", "warning", "An unknown key in an on-call file (a typo of a known one?)."),
  rule3("duplicate", "error", "A schedule, policy or team defined twice."),
  rule3(
    "unknown-schedule",
    "error",
    "An escalation policy notifies a schedule that is not defined."
  ),
  rule3(
    "unknown-policy",
    "error",
    "A team (in `teams:` or `codeowners.teams`) is mapped to an escalation policy that is not defined."
  ),
  rule3("missing-file", "warning", "An on-call file named by `oncall.files` does not exist."),
  rule3("unreadable", "error", "An on-call file exists but cannot be read."),
  rule3("coverage-gap", "error", "Nobody is on call during part of the required coverage."),
  rule3(
    "double-booked",
    "warning",
    "The same person is on two levels of one escalation policy at the same time."
  ),
  rule3("single-member", "warning", "A rotation with one member: nobody to hand over to."),
  rule3("single-level", "warning", "An escalation policy with one level: nobody to escalate to."),
  rule3("short-delay", "warning", "An escalation level less than 5 minutes after the previous one."),
  rule3("override-inverted", "error", "An override whose `to` is at or before its `from`."),
  rule3("override-past", "notice", "An override that ended before now: clean it up."),
  rule3("override-overlap", "warning", "Two overrides of one schedule overlap."),
  rule3(
    "dst-handoff",
    "warning",
    "A handoff at a local time that is skipped or repeated by a DST change."
  ),
  rule3("unused-schedule", "notice", "A schedule that no escalation policy notifies."),
  rule3(
    "unfair-load",
    "warning",
    "Someone carries more than 1.5\xD7 the median on-call, night or weekend hours of their rotation."
  ),
  rule3(
    "unknown-person",
    "warning",
    "A `@login` that is not a GitHub user (or not in the organization); needs API access."
  )
];

// src/oncall/module.ts
async function checkOnCall(ctx) {
  const loaded = await ctx.facts.onCall();
  const findings = loaded.findings.filter(
    (f) => !(f.ruleId === "oncall/missing-file" && f.severity === "notice")
  );
  const model = loaded.model;
  if (!model) return findings;
  findings.push(...analyseOnCall(model, ctx.now, ctx.config.oncall.horizonDays).findings);
  findings.push(...await configTeamFindings(model, ctx.config, ctx.files, ctx.configPath));
  const people2 = ctx.services.oncall;
  if (people2) findings.push(...await unknownPersonFindings(model, people2.lookupPerson));
  return sortFindings(findings);
}
var oncallModule = {
  id: "oncall",
  title: "On-call",
  description: "On-call schedules and escalation policies: coverage gaps, double booking, fairness, references.",
  configSchema: oncallConfigSchema,
  rules: ONCALL_RULES,
  check: checkOnCall,
  pullRequest: reviewOnCall
};

// src/docs/config.ts
var glob = { type: "string", minLength: 1 };
var DEFAULT_DOC_EXCLUDE = ["**/README.md", "**/index.md"];
var kindSchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    paths: {
      description: "Globs (minimatch, repository-relative) of the documents of this kind.",
      type: "array",
      items: glob,
      minItems: 1
    },
    template: {
      description: "Repository path of the template that defines the structure. When the file is absent, postmortem and runbook use the built-in template.",
      ...glob
    },
    exclude: {
      description: "Globs under `paths` that are not documents (index pages).",
      type: "array",
      items: glob,
      default: DEFAULT_DOC_EXCLUDE
    },
    fileName: {
      description: "File name of `docs new`: {date} is today (YYYY-MM-DD), {slug} the title in kebab-case.",
      type: "string",
      pattern: "\\{slug\\}",
      default: "{date}-{slug}.md"
    }
  }
};
var severityLevel = { enum: ["error", "warning", "notice", "off"] };
var severityProperties = Object.fromEntries(
  Object.entries(DOC_RULE_TABLE).map(([name2, def]) => [
    name2,
    { ...severityLevel, default: def.severity }
  ])
);
var docsConfigSchema = {
  description: "Postmortems and runbooks: the structure their templates require.",
  type: "object",
  additionalProperties: false,
  default: {},
  properties: {
    kinds: {
      description: "Kinds of documents: name \u2192 the globs of its documents and its template. Your kinds are added to the defaults; a path belongs to the first kind that matches it.",
      type: "object",
      additionalProperties: kindSchema,
      default: {
        postmortem: {
          paths: ["**/postmortems/**/*.md"],
          template: ".github/ops-steward/postmortem.md",
          exclude: DEFAULT_DOC_EXCLUDE,
          fileName: "{date}-{slug}.md"
        },
        runbook: {
          paths: ["**/runbooks/**/*.md"],
          template: ".github/ops-steward/runbook.md",
          exclude: DEFAULT_DOC_EXCLUDE,
          fileName: "{slug}.md"
        }
      }
    },
    blamePhrases: {
      description: 'Blaming phrases (docs/blame), matched on whole words, case-insensitively, outside code; `*` stands for any one word ("* \'s fault"). Replaces the default list.',
      type: "array",
      items: { type: "string", minLength: 1 },
      default: [
        "* 's fault",
        "fault of",
        "to blame",
        "blame on",
        "should have known",
        "should have caught",
        "should have noticed",
        "should have checked",
        "careless",
        "carelessly",
        "carelessness",
        "human error",
        "negligence",
        "negligent",
        "incompetent",
        "incompetence",
        "sloppy",
        "lazy",
        "screwed up",
        "messed up",
        "dropped the ball"
      ]
    },
    severity: {
      description: "Severity per docs rule (short name, e.g. 'empty-section'); 'off' silences it.",
      type: "object",
      additionalProperties: false,
      default: {},
      properties: severityProperties
    }
  }
};

// src/docs/kinds.ts
var compiled = /* @__PURE__ */ new WeakMap();
function docKinds(config) {
  const kinds = config.docs.kinds;
  let out = compiled.get(kinds);
  if (out) return out;
  const templates = new Set(
    Object.values(kinds).map((k) => k.template).filter((t) => t !== void 0)
  );
  out = Object.entries(kinds).map(([name2, kind]) => compileKind(name2, kind, templates));
  compiled.set(kinds, out);
  return out;
}
function compileKind(name2, kind, templates) {
  const opts = { dot: true, nocase: false };
  const include = (kind.paths ?? []).map((g) => new Minimatch(g.replace(/^\.\//, ""), opts));
  const exclude = (kind.exclude ?? DEFAULT_DOC_EXCLUDE).map(
    (g) => new Minimatch(g.replace(/^\.\//, ""), opts)
  );
  return {
    name: name2,
    template: kind.template,
    fileName: kind.fileName ?? "{date}-{slug}.md",
    paths: kind.paths ?? [],
    // A template is never a document of its own kind, wherever it lives.
    matches: (path2) => !templates.has(path2) && include.some((m) => m.match(path2)) && !exclude.some((m) => m.match(path2))
  };
}
function docKindOf(config, path2) {
  return docKinds(config).find((k) => k.matches(path2))?.name;
}

// src/docs/run.ts
import { availableParallelism as availableParallelism2 } from "node:os";

// node_modules/yocto-queue/index.js
var Node = class {
  value;
  next;
  constructor(value) {
    this.value = value;
  }
};
var Queue = class {
  #head;
  #tail;
  #size;
  constructor() {
    this.clear();
  }
  enqueue(value) {
    const node = new Node(value);
    if (this.#head) {
      this.#tail.next = node;
      this.#tail = node;
    } else {
      this.#head = node;
      this.#tail = node;
    }
    this.#size++;
  }
  dequeue() {
    const current = this.#head;
    if (!current) {
      return;
    }
    this.#head = this.#head.next;
    this.#size--;
    if (!this.#head) {
      this.#tail = void 0;
    }
    return current.value;
  }
  peek() {
    if (!this.#head) {
      return;
    }
    return this.#head.value;
  }
  clear() {
    this.#head = void 0;
    this.#tail = void 0;
    this.#size = 0;
  }
  get size() {
    return this.#size;
  }
  *[Symbol.iterator]() {
    let current = this.#head;
    while (current) {
      yield current.value;
      current = current.next;
    }
  }
  *drain() {
    while (this.#head) {
      yield this.dequeue();
    }
  }
};

// node_modules/p-limit/index.js
function pLimit(concurrency) {
  let rejectOnClear = false;
  if (typeof concurrency === "object") {
    ({ concurrency, rejectOnClear = false } = concurrency);
  }
  validateConcurrency(concurrency);
  if (typeof rejectOnClear !== "boolean") {
    throw new TypeError("Expected `rejectOnClear` to be a boolean");
  }
  const queue = new Queue();
  let activeCount = 0;
  const resumeNext = () => {
    if (activeCount < concurrency && queue.size > 0) {
      activeCount++;
      queue.dequeue().run();
    }
  };
  const next = () => {
    activeCount--;
    resumeNext();
  };
  const run = async (function_, resolve, arguments_) => {
    const result = (async () => function_(...arguments_))();
    resolve(result);
    try {
      await result;
    } catch {
    }
    next();
  };
  const enqueue = (function_, resolve, reject, arguments_) => {
    const queueItem = { reject };
    new Promise((internalResolve) => {
      queueItem.run = internalResolve;
      queue.enqueue(queueItem);
    }).then(run.bind(void 0, function_, resolve, arguments_));
    if (activeCount < concurrency) {
      resumeNext();
    }
  };
  const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
    enqueue(function_, resolve, reject, arguments_);
  });
  Object.defineProperties(generator, {
    activeCount: {
      get: () => activeCount
    },
    pendingCount: {
      get: () => queue.size
    },
    clearQueue: {
      value() {
        if (!rejectOnClear) {
          queue.clear();
          return;
        }
        const abortError = AbortSignal.abort().reason;
        while (queue.size > 0) {
          queue.dequeue().reject(abortError);
        }
      }
    },
    concurrency: {
      get: () => concurrency,
      set(newConcurrency) {
        validateConcurrency(newConcurrency);
        concurrency = newConcurrency;
        queueMicrotask(() => {
          while (activeCount < concurrency && queue.size > 0) {
            resumeNext();
          }
        });
      }
    },
    map: {
      async value(iterable, function_) {
        const promises = [];
        try {
          Array.from(iterable, (value, index) => {
            const promise = generator(function_, value, index);
            promises.push(promise);
            return promise;
          });
        } catch (error) {
          for (const promise of promises) {
            promise.catch(() => {
            });
          }
          throw error;
        }
        return Promise.all(promises);
      }
    }
  });
  return generator;
}
function validateConcurrency(concurrency) {
  if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
    throw new TypeError("Expected `concurrency` to be a number from 1 and up");
  }
}

// src/docs/builtin-templates.ts
var BUILT_IN_TEMPLATES = {
  postmortem: `---
title: "{{ title }}"
date: YYYY-MM-DD
status: draft | in review | final
severity: SEV-1 | SEV-2 | SEV-3 | SEV-4
authors: ["@handle"]
---

# {{ title }}

## Summary

{{ What happened, in two or three sentences someone outside engineering can follow }}

## Impact

{{ Who was affected, for how long and how badly: customers, orders, revenue, data }}

## Timeline
<!-- ops-steward: timeline -->

- {{ YYYY-MM-DD HH:MM UTC: the first sign of trouble }}
- {{ HH:MM: the page fires, who acknowledges it }}

## Contributing factors

{{ The conditions that together made the incident possible: there is rarely one root cause, and never one person }}

### 5 Whys
<!-- ops-steward: five-whys -->

1. {{ Why did customers notice? Because ... }}

## Resolution

{{ What stopped the impact, and when }}

## Detection

{{ How we found out: which monitor or report, and how long it took }}

## Action items
<!-- ops-steward: action-items -->

| Action | Owner | Tracking |
| --- | --- | --- |
| {{ What will change }} | {{ @owner }} | {{ #123 or a link }} |

## Lessons learned

{{ What went well, what went wrong, where we got lucky }}
`,
  runbook: `---
owner: "@handle"
last-reviewed: YYYY-MM-DD
---

# {{ title }}

## Meaning

{{ What the alert means: the condition that fires it, in one or two sentences }}

## Impact

{{ What users notice while it fires, and how urgent it is }}

## Diagnosis
<!-- ops-steward: min-items 2 -->
<!-- ops-steward: dashboard-link -->

1. {{ Open the dashboard (a link) and look at ... }}
2. {{ If the graph shows ..., it means ... }}

## Mitigation
<!-- ops-steward: min-items 1 -->

1. {{ The first safe step: roll back, scale out, turn on a kill switch }}

## Escalation
<!-- ops-steward: escalation -->

{{ When to escalate, and to which team (@org/team) or escalation policy }}
`
};

// src/docs/owners.ts
function normalizeOwner(owner) {
  const o = owner.trim().toLowerCase();
  return o.startsWith("@") || o.includes("@") ? o : `@${o}`;
}

// src/docs/pool.ts
var BUNDLED_WORKER_FILE2 = "docs-worker.js";
var analyzeTask = (task) => analyzeBatch(task.docs, task.checks);
async function workerAnalyzer(size) {
  const pool = await startWorkerPool(
    size,
    { from: import.meta.url, bundled: BUNDLED_WORKER_FILE2, source: "./worker.ts" },
    analyzeTask
  );
  if (!pool) return void 0;
  return {
    analyze: (docs, checks) => docs.length === 0 ? Promise.resolve([]) : pool.run({ checks: { ...checks }, docs: [...docs] }),
    joinMainThread: () => pool.joinMainThread(),
    close: () => pool.close()
  };
}
function inProcessAnalyzer() {
  return {
    analyze: (docs, checks) => Promise.resolve(analyzeBatch(docs, checks)),
    joinMainThread: () => void 0,
    close: () => Promise.resolve()
  };
}

// src/docs/template.ts
var import_yaml5 = __toESM(require_dist(), 1);
var MARKER_PREFIX = "ops-steward:";
function parseTemplate(kind, text, source, builtIn) {
  const md = parseMarkdown(source, text);
  const problems = [];
  const problem = (message, at2) => {
    problems.push({
      ruleId: docRuleId("template-invalid"),
      severity: "error",
      message: `template of kind "${kind}": ${message}`,
      file: source,
      ...at2
    });
  };
  const sections = readSections(md, problem);
  return {
    kind,
    source,
    builtIn,
    text: md.text,
    sections,
    frontMatter: readFrontMatter(md, problem),
    placeholderText: readPlaceholderText(md),
    problems
  };
}
function readSections(md, problem) {
  const children = md.tree.children;
  const sections = [];
  const markerNodes = /* @__PURE__ */ new Set();
  const stack = [];
  for (let i = 0; i < children.length; i++) {
    const node = children[i];
    if (node.type !== "heading") continue;
    const { rules, optional, used } = readMarkers(node, children, i, problem);
    for (const n of used) markerNodes.add(n);
    while (stack.length > 0 && stack[stack.length - 1].depth >= node.depth) stack.pop();
    const title = textOf(node).trim();
    const section = {
      index: sections.length,
      depth: node.depth,
      title,
      pattern: headingPattern(title),
      optional,
      rules,
      expectsBody: false,
      ...stack.length > 0 ? { parent: stack[stack.length - 1].index } : {}
    };
    sections.push(section);
    stack.push(section);
  }
  let current;
  let seen = 0;
  const hasChild = /* @__PURE__ */ new Set();
  for (const s of sections) if (s.parent !== void 0) hasChild.add(s.parent);
  for (const node of children) {
    if (node.type === "heading") {
      current = sections[seen++];
      continue;
    }
    if (!current || node.type === "yaml") continue;
    if (node.type === "html" && (markerNodes.has(node) || isCommentOnly(node.value))) continue;
    current.expectsBody = true;
  }
  for (const s of sections) if (!hasChild.has(s.index) && s.depth > 1) s.expectsBody = true;
  walk(md.tree, (node) => {
    if (node.type === "html" && !markerNodes.has(node) && hasMarker(node.value)) {
      problem("an ops-steward marker must be on the line right after a heading", startOf(node));
    }
  });
  return sections;
}
function isCommentOnly(value) {
  let rest = value;
  for (const body of htmlComments(value)) rest = rest.replace(`<!--${body}-->`, "");
  return rest.trim() === "";
}
function hasMarker(value) {
  return htmlComments(value).some((c) => c.trim().toLowerCase().startsWith(MARKER_PREFIX));
}
function readMarkers(heading, children, at2, problem) {
  const rules = [];
  const used = [];
  let optional = false;
  for (let j = at2 + 1; j < children.length; j++) {
    const next = children[j];
    if (next.type !== "html" || !hasMarker(next.value)) break;
    used.push(next);
    for (const body of htmlComments(next.value)) {
      const trimmed = body.trim();
      if (!trimmed.toLowerCase().startsWith(MARKER_PREFIX)) continue;
      for (const directive of trimmed.slice(MARKER_PREFIX.length).split(/[;,]/)) {
        const words2 = directive.trim().split(/\s+/).filter(Boolean);
        if (words2.length === 0) continue;
        const parsed = parseDirective(words2);
        if (parsed === "optional") optional = true;
        else if (typeof parsed === "string") problem(parsed, startOf(next));
        else rules.push(parsed);
      }
    }
  }
  return { rules, optional, used };
}
var SIMPLE_RULES = [
  "five-whys",
  "timeline",
  "action-items",
  "escalation",
  "dashboard-link"
];
var MARKERS = ["optional", "min-items N", ...SIMPLE_RULES].join(", ");
function parseDirective(words2) {
  const [name2, ...args] = words2;
  const lower = name2.toLowerCase();
  if (lower === "optional" && args.length === 0) return "optional";
  if (lower === "min-items") {
    const n = args.length === 1 ? Number(args[0]) : NaN;
    if (!Number.isInteger(n) || n < 1)
      return `"min-items" needs one whole number of at least 1, e.g. <!-- ops-steward: min-items 3 -->`;
    return { rule: "min-items", count: n };
  }
  const simple = SIMPLE_RULES.find((r) => r === lower);
  if (simple && args.length === 0) return { rule: simple };
  return `unknown marker "${words2.join(" ")}" (known: ${MARKERS})`;
}
function readFrontMatter(md, problem) {
  const node = md.frontMatter;
  if (!node) return void 0;
  const { doc, at: at2, error } = parseFrontMatterYaml(node);
  if (error) {
    problem(error.message, error.at);
    return [];
  }
  if (doc.contents === null) return [];
  if (!(0, import_yaml5.isMap)(doc.contents)) {
    problem("front matter must be a mapping of field: rule", at2(0));
    return [];
  }
  const fields = [];
  for (const pair2 of doc.contents.items) {
    const key = (0, import_yaml5.isScalar)(pair2.key) ? String(pair2.key.value) : void 0;
    if (key === void 0) continue;
    const value = pair2.value;
    if ((0, import_yaml5.isSeq)(value)) {
      const first = value.items[0];
      const raw = (0, import_yaml5.isScalar)(first) ? first.value : null;
      fields.push({ key, rule: fieldRule(raw), list: true, templateValue: stringOf(raw) });
    } else {
      const raw = (0, import_yaml5.isScalar)(value) ? value.value : null;
      fields.push({ key, rule: fieldRule(raw), list: false, templateValue: stringOf(raw) });
    }
  }
  return fields;
}
function stringOf(value) {
  return typeof value === "string" ? value.trim() : void 0;
}
function fieldRule(value) {
  if (typeof value !== "string") return { type: "any" };
  const text = value.trim();
  if (text.includes("{{")) return { type: "any" };
  if (text === "YYYY-MM-DD") return { type: "date" };
  if (text === "@handle") return { type: "handle" };
  if (text.includes("|")) {
    const values = text.split("|").map((v) => v.trim()).filter((v) => v !== "");
    if (values.length >= 2) return { type: "one-of", values };
  }
  return { type: "any" };
}
function readPlaceholderText(md) {
  const out = /* @__PURE__ */ new Set();
  const add = (text) => {
    const normal = normalizeText(text);
    if (normal.includes(" ")) out.add(normal);
  };
  walk(md.tree, (node) => {
    if (node.type === "heading") return false;
    if (node.type !== "paragraph" && node.type !== "tableCell") return;
    for (const line of textOf(node).split("\n")) {
      const { placeholders } = splitPlaceholders(line);
      if (placeholders.length === 0) continue;
      for (const p of placeholders) add(p);
      add(line.replaceAll("{{", "").replaceAll("}}", ""));
    }
    return false;
  });
  return out;
}

// src/docs/run.ts
var READ_AHEAD = 16;
var PARALLEL_MIN_CHARS2 = 512 * 1024;
var BATCH_CHARS2 = 64 * 1024;
var MAX_WORKERS2 = 4;
function defaultWorkerCount2() {
  const cores = availableParallelism2();
  return cores > 2 ? Math.min(cores - 1, MAX_WORKERS2) : 0;
}
var DocsRun = class {
  constructor(ctx, readTemplate) {
    this.ctx = ctx;
    this.readTemplate = readTemplate;
    this.blamePhrases = compilePhrases(ctx.config.docs.blamePhrases);
  }
  ctx;
  readTemplate;
  templates = /* @__PURE__ */ new Map();
  /** Anchors of Markdown files that links point at and that were not analyzed as documents. */
  anchors = /* @__PURE__ */ new Map();
  listing;
  directory;
  blamePhrases;
  get config() {
    return this.ctx.config;
  }
  kinds() {
    return docKinds(this.config);
  }
  template(kind) {
    let t = this.templates.get(kind.name);
    if (!t) {
      t = this.loadTemplate(kind);
      this.templates.set(kind.name, t);
    }
    return t;
  }
  async loadTemplate(kind) {
    let text;
    try {
      text = kind.template === void 0 ? void 0 : await this.readTemplate(kind.template);
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error;
      return {
        ok: false,
        problem: {
          ruleId: docRuleId("template-invalid"),
          severity: "error",
          message: `the ${kind.name} template ${kind.template} could not be read (${error.message}): ${kind.name} documents are not checked`,
          file: kind.template
        }
      };
    }
    if (text !== void 0)
      return { ok: true, spec: parseTemplate(kind.name, text, kind.template, false) };
    const builtIn = BUILT_IN_TEMPLATES[kind.name];
    if (builtIn !== void 0) {
      return {
        ok: true,
        spec: parseTemplate(kind.name, builtIn, `built-in ${kind.name} template`, true)
      };
    }
    const configPath = this.ctx.configPath;
    return {
      ok: false,
      problem: {
        ruleId: docRuleId("template-invalid"),
        severity: "error",
        message: kind.template === void 0 ? `kind "${kind.name}" has no template (docs.kinds.${kind.name}.template) and there is no built-in one: its documents are not checked` : `the template of kind "${kind.name}", ${kind.template}, does not exist and there is no built-in one: its documents are not checked`,
        ...configPath ? { file: configPath } : {}
      }
    };
  }
  /**
   * The findings of the documents at `paths` (paths of no kind are skipped), in path order, and the
   * problems of the templates they were judged against (each template's once, before its first
   * document's findings). Each document is read and parsed once; its tree is dropped right after its
   * analysis unless a report wants it, so 2,000 trees never live at once.
   */
  async check(paths, options = {}) {
    const kinds = this.kinds();
    const kindOf = /* @__PURE__ */ new Map();
    for (const path2 of paths) {
      const kind = kinds.find((k) => k.matches(path2));
      if (kind) kindOf.set(path2, kind);
    }
    const checks = {};
    const directory = await this.escalationDirectory();
    for (const kind of new Set(kindOf.values())) {
      const t = await this.template(kind);
      if (t.ok)
        checks[kind.name] = { template: t.spec, directory, blamePhrases: this.blamePhrases };
    }
    const analyzed = await this.analyzeAll(
      [...kindOf].filter(([, kind]) => checks[kind.name]),
      checks,
      options
    );
    const targets = await this.linkTargets(analyzed);
    const findings = [];
    const reportedTemplates = /* @__PURE__ */ new Set();
    for (const path2 of paths) {
      const kind = kindOf.get(path2);
      if (!kind) continue;
      const template = await this.template(kind);
      if (!template.ok) {
        if (!reportedTemplates.has(kind.name)) {
          reportedTemplates.add(kind.name);
          findings.push(template.problem);
        }
        continue;
      }
      const doc = analyzed.get(path2);
      if (!doc) continue;
      if (!reportedTemplates.has(kind.name)) {
        reportedTemplates.add(kind.name);
        findings.push(...template.spec.problems);
      }
      const docFindings = await finishDocument(doc.analysis, targets, doc.own);
      if (options.onReport && doc.present) {
        options.onReport({
          path: path2,
          kind: kind.name,
          template: template.spec,
          findings: docFindings,
          present: doc.present
        });
      }
      for (const f of docFindings) findings.push(toFinding(f, path2));
    }
    return findings;
  }
  /** Reads the documents a few at a time and analyzes them as they come: in-process, or on workers. */
  async analyzeAll(docs, checks, options) {
    const out = /* @__PURE__ */ new Map();
    const limit = pLimit(READ_AHEAD);
    const reads = docs.map(
      ([path2, kind]) => limit(async () => ({ path: path2, kind: kind.name, text: await this.ctx.files.read(path2) }))
    );
    for (const read of reads) read.catch(() => void 0);
    if (options.onReport) {
      for (const read of reads) {
        const { path: path2, kind, text } = await read;
        if (text === void 0) continue;
        const { analysis, present } = analyzeDocument(parseMarkdown(path2, text), checks[kind]);
        out.set(path2, { analysis, own: new Set(analysis.anchors), present });
      }
      return out;
    }
    const noWorkers = (options.workers ?? defaultWorkerCount2()) === 0;
    let analyzer = noWorkers ? inProcessAnalyzer() : void 0;
    let pool;
    const pending = [];
    let batch = [];
    let batchChars = 0;
    let readChars = 0;
    const send = (docsOf) => {
      pending.push(
        analyzer.analyze(docsOf, checks).then((analyses2) => {
          for (const a of analyses2) out.set(a.path, { analysis: a, own: new Set(a.anchors) });
        })
      );
    };
    const flush = () => {
      if (batch.length === 0 || !analyzer) return;
      let part = [];
      let partChars = 0;
      for (const doc of batch) {
        part.push(doc);
        partChars += doc.text.length;
        if (partChars >= BATCH_CHARS2) {
          send(part);
          part = [];
          partChars = 0;
        }
      }
      if (part.length > 0) send(part);
      batch = [];
      batchChars = 0;
    };
    try {
      for (const read of reads) {
        const { path: path2, kind, text } = await read;
        if (text === void 0) continue;
        batch.push({ path: path2, kind, text });
        batchChars += text.length;
        readChars += text.length;
        if (!analyzer && (options.workers !== void 0 || readChars >= PARALLEL_MIN_CHARS2)) {
          const workers = options.workers ?? defaultWorkerCount2();
          pool = workers > 0 ? await workerAnalyzer(workers) : void 0;
          analyzer = pool ?? inProcessAnalyzer();
        }
        if (analyzer && (!pool || batchChars >= BATCH_CHARS2)) flush();
      }
      analyzer ??= inProcessAnalyzer();
      flush();
      analyzer.joinMainThread();
      await Promise.all(pending);
    } finally {
      await pool?.close();
    }
    const ordered = /* @__PURE__ */ new Map();
    for (const [path2] of docs) {
      const a = out.get(path2);
      if (a) ordered.set(path2, a);
    }
    return ordered;
  }
  /** Anchors of a Markdown file a link points at that is no analyzed document; each is parsed once. */
  anchorsOf(path2) {
    let a = this.anchors.get(path2);
    if (!a) {
      a = this.ctx.files.read(path2).then((t) => t === void 0 ? void 0 : anchorsOf(parseMarkdown(path2, t)));
      this.anchors.set(path2, a);
    }
    return a;
  }
  files() {
    this.listing ??= this.ctx.files.list().then((list2) => {
      const files = new Set(list2);
      const dirs = /* @__PURE__ */ new Set([""]);
      for (const f of list2) {
        for (let i = f.indexOf("/"); i >= 0; i = f.indexOf("/", i + 1)) dirs.add(f.slice(0, i));
      }
      return { files, dirs };
    });
    return this.listing;
  }
  async linkTargets(analyzed) {
    const { files, dirs } = await this.files();
    return {
      exists: (p) => files.has(p) || dirs.has(p),
      anchorsOf: (p) => {
        const doc = analyzed.get(p);
        return doc ? Promise.resolve(doc.own) : this.anchorsOf(p);
      }
    };
  }
  escalationDirectory() {
    this.directory ??= buildDirectory(this.ctx);
    return this.directory;
  }
};
async function buildDirectory(ctx) {
  const teams = /* @__PURE__ */ new Set();
  const policies = /* @__PURE__ */ new Set();
  const { codeowners } = await ctx.facts.codeowners();
  for (const rule5 of codeowners?.rules ?? [])
    for (const o of rule5.owners) teams.add(normalizeOwner(o));
  for (const [team, entry] of Object.entries(ctx.config.codeowners.teams)) {
    teams.add(normalizeOwner(team));
    if (entry.policy) policies.add(entry.policy.toLowerCase());
  }
  const { model } = await ctx.facts.onCall();
  if (model) {
    for (const name2 of model.policies.keys()) policies.add(name2.toLowerCase());
    for (const t of model.teams.values()) teams.add(normalizeOwner(t.team));
  }
  return { teams, policies };
}
var runs = /* @__PURE__ */ new WeakMap();
function docsRun(ctx, source = "head", base) {
  let bySource = runs.get(ctx);
  if (!bySource) {
    bySource = /* @__PURE__ */ new Map();
    runs.set(ctx, bySource);
  }
  let run = bySource.get(source);
  if (!run) {
    const reader = source === "base" && base ? base : (path2) => ctx.files.read(path2);
    run = new DocsRun(ctx, reader);
    bySource.set(source, run);
  }
  return run;
}

// src/docs/severity.ts
function withDocsSeverity(findings, config) {
  const levels = config.docs.severity;
  const out = [];
  for (const f of findings) {
    const name2 = f.ruleId.slice("docs/".length);
    if (!f.ruleId.startsWith("docs/") || !Object.hasOwn(DOC_RULE_TABLE, name2)) {
      out.push(f);
      continue;
    }
    const level = levels[name2];
    if (level === "off") continue;
    out.push(level === void 0 || level === f.severity ? f : { ...f, severity: level });
  }
  return out;
}

// src/docs/api.ts
async function checkDocumentsAt(ctx, paths) {
  const findings = await documentFindings(docsRun(ctx), paths);
  return withDocsSeverity(findings, ctx.config);
}
async function documentReports(run, paths) {
  const reports = [];
  const findings = await run.check(paths, { onReport: (r) => reports.push(r) });
  return { reports, findings };
}
function documentFindings(run, paths, options = {}) {
  return run.check(paths, options);
}
async function allDocumentPaths(ctx) {
  const kinds = docKinds(ctx.config);
  return (await ctx.files.list()).filter((p) => kinds.some((k) => k.matches(p)));
}

// src/docs/checklist.ts
var MAX_MESSAGE = 300;
var MAX_DOCUMENTS = 50;
function renderChecklist(reports) {
  const parts = [];
  for (const report of reports.slice(0, MAX_DOCUMENTS)) parts.push(renderOne(report));
  if (reports.length > MAX_DOCUMENTS) {
    parts.push(`_\u2026 and ${reports.length - MAX_DOCUMENTS} more documents, listed in the findings._`);
  }
  return parts.join("\n\n");
}
function renderOne(report) {
  const { template } = report;
  const bySection = /* @__PURE__ */ new Map();
  for (const f of report.findings) {
    const key = f.section ?? "document";
    bySection.set(key, [...bySection.get(key) ?? [], f]);
  }
  const source = template.builtIn ? "the built-in template" : markdownCode(template.source);
  const lines = [
    `**${markdownCode(report.path)}** (${escapeMarkdownCell(report.kind)}, checked against ${source})`,
    ""
  ];
  if (template.frontMatter && template.frontMatter.length > 0) {
    lines.push(row2(0, "Front matter", bySection.get("front-matter")));
  }
  const minDepth = Math.min(...template.sections.map((s) => s.depth));
  for (const section of template.sections) {
    const present = report.present.get(section.index);
    const indent = section.depth - minDepth;
    const title = present && section.pattern.wild ? textOf(present.heading).trim() : section.title;
    if (!present && section.optional) {
      lines.push(`${"  ".repeat(indent)}- \u2796 ${escapeMarkdownCell(title)} (optional, absent)`);
      continue;
    }
    if (!present && !bySection.has(section.index)) continue;
    lines.push(row2(indent, title, bySection.get(section.index)));
  }
  const loose = bySection.get("document");
  if (loose) lines.push(row2(0, "Before the first section", loose));
  return lines.join("\n");
}
function row2(indent, title, findings) {
  const pad2 = "  ".repeat(indent);
  if (!findings || findings.length === 0) return `${pad2}- \u2713 ${escapeMarkdownCell(title)}`;
  const what = findings.map((f) => `${escapeMarkdownCell(truncateText(f.message, MAX_MESSAGE))} (line ${f.at.line})`).join("; ");
  return `${pad2}- \u2717 ${escapeMarkdownCell(title)}: ${what}`;
}

// src/docs/pull-request.ts
async function reviewDocs(ctx) {
  const notes = [];
  const kinds = docKinds(ctx.config);
  const changed = [...ctx.diff.files.values()].filter((f) => f.status !== "removed" && f.status !== "unchanged").map((f) => f.path).filter((path2) => kinds.some((k) => k.matches(path2))).sort();
  const findings = [];
  for (const kind of kinds) {
    if (kind.template === void 0 || !isChangedFile(ctx.diff, kind.template)) continue;
    const removed = ctx.diff.files.get(kind.template)?.status === "removed";
    findings.push({
      ruleId: docRuleId("template-changed"),
      severity: DOC_RULE_TABLE["template-changed"].severity,
      message: `this pull request ${removed ? "removes" : "changes"} the ${kind.name} template: ${kind.name} documents are checked against the base commit's template here, and the change applies once it is merged`,
      file: kind.template,
      ...removed ? {} : { line: 1, column: 1 }
    });
  }
  const run = docsRun(ctx, "base", async (path2) => {
    try {
      return await ctx.base.read(path2);
    } catch (error) {
      if (!(error instanceof UnreadableFileError) || isChangedFile(ctx.diff, path2)) throw error;
      notes.push(`${error.message}; ${path2} is unchanged, so its checked-out version was used.`);
      return ctx.files.read(path2);
    }
  });
  const { reports, findings: docFindings } = await documentReports(run, changed);
  findings.push(...docFindings);
  if (!ctx.diff.complete) {
    notes.push(
      "GitHub listed only part of the changed files: documents beyond them were not reviewed here (the full check covers every document)."
    );
  }
  return {
    findings: withDocsSeverity(findings, ctx.config),
    ...notes.length > 0 ? { notes } : {},
    ...reports.length > 0 ? { section: { title: "Postmortems and runbooks", markdown: renderChecklist(reports) } } : {}
  };
}

// src/docs/module.ts
var docsModule = {
  id: "docs",
  title: "Postmortems and runbooks",
  description: "Postmortems and runbooks against their kind's template.",
  configSchema: docsConfigSchema,
  rules: DOCS_RULES,
  async check(ctx) {
    const run = docsRun(ctx);
    const findings = await documentFindings(run, await allDocumentPaths(ctx));
    const seen = new Set(
      findings.filter((f) => f.ruleId === "docs/template-invalid").map((f) => `${f.file}:${f.line}:${f.message}`)
    );
    for (const kind of run.kinds()) {
      const t = await run.template(kind);
      const problems = t.ok ? t.spec.problems : [t.problem];
      for (const p of problems) if (!seen.has(`${p.file}:${p.line}:${p.message}`)) findings.push(p);
    }
    return withDocsSeverity(findings, ctx.config);
  },
  pullRequest: reviewDocs
};

// src/monitors/escalation.ts
var TEAM2 = /@[A-Za-z0-9][\w-]*\/[\w.-]*\w/g;
function runbookEscalation(markdown, knownPolicies) {
  const root = fromMarkdown(markdown, {
    extensions: [frontmatter(["yaml"])],
    mdastExtensions: [frontmatterFromMarkdown(["yaml"])]
  });
  const start = root.children.findIndex((n) => n.type === "heading" && /escalat/i.test(textOf2(n)));
  if (start === -1) return void 0;
  const heading = root.children[start];
  const depth = heading.type === "heading" ? heading.depth : 1;
  const section = [];
  for (const node of root.children.slice(start + 1)) {
    if (node.type === "heading" && node.depth <= depth) break;
    section.push(node);
  }
  const text = section.map(textOf2).join("\n");
  const teams = unique([...text.matchAll(TEAM2)].map((m) => m[0]));
  const policies = unique(
    [...text.matchAll(/[\w.-]+/g)].map((m) => m[0]).filter((w) => knownPolicies.has(w))
  );
  return { teams, policies };
}
function textOf2(node) {
  if (node.type === "text" || node.type === "inlineCode" || node.type === "code") return node.value;
  if ("children" in node) return node.children.map((c) => textOf2(c)).join(" ");
  return "";
}
function unique(values) {
  return [...new Set(values)];
}
function mappedTarget(handle, facts) {
  const want = handle.toLowerCase();
  const entry = Object.entries(facts.handles).find(([k]) => k.toLowerCase() === want);
  if (!entry) return void 0;
  const mapped = entry[1];
  if (facts.model?.policies.has(mapped)) return { mapped, policy: mapped };
  if (mapped.includes("/") || mapped.startsWith("@")) {
    const team = mapped.startsWith("@") ? mapped : `@${mapped}`;
    const policy = policyForOwner(team, facts.codeowners, facts.directory);
    return policy ? { mapped, team, policy } : { mapped, team };
  }
  return { mapped };
}
function isKnownTarget(target, facts) {
  if (target.policy !== void 0 && facts.model?.policies.has(target.policy)) return true;
  if (target.team === void 0) return false;
  return facts.model?.teams.has(teamKey(target.team)) === true || Object.keys(facts.codeowners.teams).some((k) => teamKey(k) === teamKey(target.team));
}
function agrees(target, runbook, facts) {
  if (target.team && runbook.teams.some((t) => ownerKey(t) === ownerKey(target.team))) return true;
  if (target.policy === void 0) return false;
  if (runbook.policies.includes(target.policy)) return true;
  return runbook.teams.some(
    (t) => policyForOwner(t, facts.codeowners, facts.directory) === target.policy
  );
}

// src/monitors/message.ts
var ALL_EVENTS = [
  "alert",
  "warning",
  "no_data",
  "alert_recovery",
  "warning_recovery",
  "no_data_recovery"
];
var TRIGGER_EVENTS = ["alert", "warning", "no_data"];
var STATE_CONDITIONS = {
  is_alert: ["alert"],
  is_warning: ["warning"],
  is_no_data: ["no_data"],
  is_recovery: ["alert_recovery", "warning_recovery", "no_data_recovery"],
  is_alert_recovery: ["alert_recovery"],
  is_warning_recovery: ["warning_recovery"],
  is_no_data_recovery: ["no_data_recovery"],
  is_alert_to_warning: ["warning"]
};
var HANDLE = /(?<![\w@.+-])@[A-Za-z0-9_][\w.+-]*(?:@[\w-]+(?:\.[\w-]+)+)?/g;
var TAG = /\{\{\s*([#^/])\s*([\w.]+)([^}]*)\}\}/g;
function analyzeMessage(text) {
  const mentions = [];
  const problems = [];
  const stack = [];
  let hasRecoveryBlock = false;
  let cursor = 0;
  const scan = (until) => {
    const reach2 = stack.length === 0 ? new Set(ALL_EVENTS) : stack[stack.length - 1].events;
    for (const m of text.slice(cursor, until).matchAll(HANDLE)) {
      if (/^[$%]\{/.test(text.slice(cursor + m.index + m[0].length))) continue;
      const handle = m[0].replace(/[.]+$/, "");
      mentions.push({ handle, offset: cursor + m.index, events: reach2 });
    }
    cursor = until;
  };
  for (const tag of text.matchAll(TAG)) {
    scan(tag.index);
    cursor = tag.index + tag[0].length;
    const [, sigil, name2] = tag;
    if (sigil === "/") {
      const open = stack.pop();
      if (!open) {
        problems.push({ message: `{{/${name2}}} closes no open block`, offset: tag.index });
      } else if (open.name !== name2) {
        problems.push({
          message: `{{/${name2}}} closes {{#${open.name}}}, which was opened first`,
          offset: tag.index
        });
      }
      continue;
    }
    const own = STATE_CONDITIONS[name2];
    if (sigil === "#" && own && own.every((e) => e.endsWith("_recovery"))) hasRecoveryBlock = true;
    const allowed = own === void 0 ? ALL_EVENTS : sigil === "#" ? own : complement(own);
    const outer = stack.length === 0 ? new Set(ALL_EVENTS) : stack[stack.length - 1].events;
    stack.push({
      name: name2,
      offset: tag.index,
      events: new Set(allowed.filter((e) => outer.has(e)))
    });
  }
  scan(text.length);
  for (const open of stack) {
    problems.push({ message: `{{#${open.name}}} is never closed`, offset: open.offset });
  }
  return { mentions, hasRecoveryBlock, problems };
}
function complement(events) {
  return ALL_EVENTS.filter((e) => !events.includes(e));
}
function isPagingHandle(handle, prefixes) {
  const h = handle.toLowerCase();
  return prefixes.some((p) => h.startsWith(p.toLowerCase()));
}
function pagingMentions(analysis, prefixes) {
  return analysis.mentions.filter(
    (m) => isPagingHandle(m.handle, prefixes) && TRIGGER_EVENTS.some((e) => m.events.has(e))
  );
}

// src/monitors/read/values.ts
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function getIn(value, path2) {
  let v = value;
  for (const key of path2) {
    if (typeof key === "number") v = Array.isArray(v) ? v[key] : void 0;
    else v = isRecord(v) ? v[key] : void 0;
  }
  return v;
}

// src/monitors/read/datadog.ts
function isDatadogMonitorShape(value) {
  return isRecord(value) && typeof value.type === "string" && typeof value.query === "string" && ("message" in value || "name" in value);
}
function looksLikeDatadog(value) {
  if (Array.isArray(value)) return value.some(isDatadogMonitorShape);
  return isDatadogMonitorShape(value);
}
function readDatadogDoc(doc, file) {
  const monitors = [];
  const findings = [];
  const entries = Array.isArray(doc.value) ? doc.value.map((v, i) => [v, [i]]) : [[doc.value, []]];
  for (const [value, path2] of entries) {
    if (!isDatadogMonitorShape(value)) {
      findings.push({
        ruleId: "monitors/invalid-monitor",
        severity: "warning",
        message: `entry ${path2.join("")} is not a Datadog monitor (it needs a string "type" and "query"): skipped`,
        file,
        ...doc.at(path2)
      });
      continue;
    }
    const text = (key, at2) => {
      const v = key === "escalation_message" ? getIn(value.options, [key]) : value[key];
      return typeof v === "string" && v.trim() !== "" ? { text: v, at: doc.at(at2) } : void 0;
    };
    const message = text("message", [...path2, "message"]);
    const escalation = text("escalation_message", [...path2, "options", "escalation_message"]);
    const thresholds = getIn(value.options, ["thresholds"]);
    monitors.push({
      source: "datadog",
      file,
      at: typeof value.name === "string" ? doc.at([...path2, "name"], true) : doc.at(path2),
      lines: doc.lines(path2),
      name: typeof value.name === "string" && value.name !== "" ? value.name : "(unnamed monitor)",
      message: joinMessages(message, escalation),
      hasWarningThreshold: getIn(thresholds, ["warning"]) !== void 0 && getIn(thresholds, ["warning"]) !== null
    });
  }
  return { monitors, findings };
}
function joinMessages(message, escalation) {
  if (!message || !escalation) return message ?? escalation;
  const dynamic = message.dynamic === "whole" || escalation.dynamic === "whole" ? "whole" : message.dynamic ?? escalation.dynamic;
  return {
    text: `${message.text}
${escalation.text}`,
    at: message.at,
    ...dynamic ? { dynamic } : {}
  };
}

// src/monitors/read/prometheus.ts
function prometheusGroupsPath(value) {
  if (!isRecord(value)) return void 0;
  if (value.kind === "PrometheusRule") return ["spec", "groups"];
  if ("groups" in value) return ["groups"];
  return void 0;
}
function readPrometheusDoc(doc, file, groupsPath, annotations) {
  const monitors = [];
  const findings = [];
  const invalid = (path2, message) => {
    findings.push({
      ruleId: "monitors/invalid-monitor",
      severity: "warning",
      message,
      file,
      ...doc.at(path2)
    });
  };
  const groups = getIn(doc.value, groupsPath);
  if (!Array.isArray(groups)) {
    invalid(groupsPath, `${groupsPath.join(".")} must be a list of rule groups`);
    return { monitors, findings };
  }
  groups.forEach((group, g) => {
    const rules = getIn(group, ["rules"]);
    if (!Array.isArray(rules)) {
      invalid([...groupsPath, g], `rule group ${groupName(group, g)} has no list of rules`);
      return;
    }
    rules.forEach((rule5, r) => {
      const path2 = [...groupsPath, g, "rules", r];
      if (isRecord(rule5) && typeof rule5.record === "string") return;
      if (!isRecord(rule5) || typeof rule5.alert !== "string" || rule5.alert === "") {
        invalid(
          path2,
          `rule ${r + 1} of group ${groupName(group, g)} is neither an alert nor a recording rule`
        );
        return;
      }
      const label2 = (at2) => {
        const v = getIn(rule5, at2);
        return typeof v === "string" || typeof v === "number" ? { text: String(v), at: doc.at([...path2, ...at2]) } : void 0;
      };
      const runbookKey = annotations.find((a) => getIn(rule5, ["annotations", a]) !== void 0);
      monitors.push({
        source: "prometheus",
        file,
        at: doc.at([...path2, "alert"], true),
        lines: doc.lines(path2),
        name: rule5.alert,
        severity: label2(["labels", "severity"]),
        runbookUrl: runbookKey === void 0 ? void 0 : label2(["annotations", runbookKey])
      });
    });
  });
  return { monitors, findings };
}
function groupName(group, index) {
  const name2 = getIn(group, ["name"]);
  return typeof name2 === "string" ? `"${name2}"` : `${index + 1}`;
}

// src/monitors/read/structured.ts
var import_yaml6 = __toESM(require_dist(), 1);
var RULE = "monitors/parse-error";
function readJson(text, file) {
  const body = text.replace(/^\uFEFF/, "");
  try {
    JSON.parse(body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = /at position (\d+)/.exec(message);
    const at2 = offset ? posAt(body, Number(offset[1])) : { line: 1, column: 1 };
    return {
      docs: [],
      errors: [
        {
          ruleId: RULE,
          severity: "error",
          message: `not valid JSON: ${message.replace(/ in JSON at position \d+.*$/, "")}`,
          file,
          ...at2
        }
      ]
    };
  }
  const lineCounter = new import_yaml6.LineCounter();
  const doc = (0, import_yaml6.parseDocument)(body, { lineCounter });
  return { docs: [structuredDoc({ path: file, doc, lineCounter })], errors: [] };
}
function readYaml(text, file) {
  const lineCounter = new import_yaml6.LineCounter();
  const parsed = (0, import_yaml6.parseAllDocuments)(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const all = Array.isArray(parsed) ? parsed : [];
  const errors = [];
  for (const doc of all) {
    for (const e of doc.errors) {
      const at2 = lineCounter.linePos(e.pos[0]);
      errors.push({
        ruleId: RULE,
        severity: "error",
        message: `not valid YAML: ${e.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "")}`,
        file,
        line: at2.line,
        column: at2.col
      });
    }
  }
  if (errors.length > 0) return { docs: [], errors };
  return {
    docs: all.filter((doc) => doc.contents !== null).map((doc) => structuredDoc({ path: file, doc, lineCounter })),
    errors: []
  };
}
function structuredDoc(source) {
  return {
    value: source.doc.toJS({ maxAliasCount: 100 }),
    at: (path2, key = false) => {
      const span = locate(source, path2, key);
      return { line: span.line, column: span.column };
    },
    lines: (path2) => {
      const span = locate(source, path2);
      const end = span.endColumn === 1 && span.endLine > span.line ? span.endLine - 1 : span.endLine;
      return { start: span.line, end };
    }
  };
}
function posAt(text, offset) {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === "\n") {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

// src/monitors/read/terraform.ts
var parserPromise;
function hclParser() {
  return parserPromise ??= import("./dist-NRA546GE.js").then((m) => m.hclLanguage.parser);
}
async function readTerraform(text, file) {
  if (!text.includes("datadog_monitor")) return { monitors: [], findings: [] };
  const source = new HclSource(text);
  const tree = (await hclParser()).parse(text);
  const error = firstError(tree);
  if (error) {
    const snippet = text.slice(error.from, Math.max(error.to, error.from + 1)).split("\n")[0].trim();
    return {
      monitors: [],
      findings: [
        {
          ruleId: "monitors/parse-error",
          severity: "error",
          message: `not valid HCL: ${snippet ? `unexpected "${snippet.slice(0, 40)}"` : "unexpected end of file"}; no monitor of this file was read`,
          file,
          ...source.pos(error.from)
        }
      ]
    };
  }
  const monitors = [];
  const findings = [];
  const body = tree.topNode.getChild("Body");
  for (const block of body?.getChildren("Block") ?? []) {
    const labels = block.getChildren("BlockLabel").map((l) => source.labelText(l));
    if (source.text(block.getChild("BlockType")) !== "resource" || labels[0] !== "datadog_monitor") {
      continue;
    }
    const attrs = source.attributes(block.getChild("Body"));
    const str2 = (key) => {
      const value = attrs.get(key);
      return value ? source.stringValue(value) : void 0;
    };
    const name2 = str2("name");
    const message = str2("message");
    monitors.push({
      source: "datadog",
      file,
      at: source.pos(block.from),
      lines: { start: source.pos(block.from).line, end: source.pos(block.to).line },
      name: name2 && name2.dynamic !== "whole" && name2.text !== "" ? name2.text : `datadog_monitor.${labels[1] ?? "?"}`,
      message: joinMessages(
        message && message.text.trim() !== "" ? message : void 0,
        str2("escalation_message")
      ),
      hasWarningThreshold: source.hasWarningThreshold(block.getChild("Body"), attrs)
    });
  }
  return { monitors, findings };
}
function firstError(tree) {
  let found;
  tree.iterate({
    enter: (node) => {
      if (found) return false;
      if (node.type.isError) {
        found = { from: node.from, to: node.to };
        return false;
      }
      return void 0;
    }
  });
  return found;
}
var ESCAPES = {
  n: "\n",
  r: "\r",
  t: "	",
  '"': '"',
  "\\": "\\"
};
var HclSource = class {
  constructor(source) {
    this.source = source;
    for (let i = 0; i < source.length; i++) if (source[i] === "\n") this.lineStarts.push(i + 1);
  }
  source;
  lineStarts = [0];
  pos(offset) {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.lineStarts[lo] + 1 };
  }
  text(node) {
    return node ? this.source.slice(node.from, node.to) : "";
  }
  labelText(label2) {
    const lit2 = label2.getChild("StringLit");
    return lit2 ? this.quoted(lit2).text : this.text(label2);
  }
  /** `name = expression` of a body, by name; a repeated name is HCL's error, the last one is kept. */
  attributes(body) {
    const out = /* @__PURE__ */ new Map();
    for (const attr of body?.getChildren("Attribute") ?? []) {
      const value = attr.getChild("Expression");
      if (value) out.set(this.text(attr.getChild("Identifier")), value);
    }
    return out;
  }
  /** The string an expression evaluates to, as far as it can be known without Terraform's variables. */
  stringValue(expression) {
    const at2 = this.pos(expression.from);
    const inner = expression.firstChild;
    const lit2 = inner?.name === "LiteralValue" ? inner.firstChild : null;
    if (lit2?.name === "StringLit") return { ...this.quoted(lit2), at: at2 };
    if (lit2?.name === "NumericLit" || lit2?.name === "BoolLit") return { text: this.text(lit2), at: at2 };
    const template = inner?.name === "TemplateExpr" ? inner.firstChild : null;
    if (template?.name === "QuotedTemplate") return { ...this.quoted(template), at: at2 };
    if (template?.name === "HeredocTemplate") return { ...this.heredoc(template), at: at2 };
    return { text: this.text(expression), at: at2, dynamic: "whole" };
  }
  /** A quoted template: escapes decoded, interpolations kept as written. */
  quoted(node) {
    let text = "";
    let dynamic = false;
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.name === "QuotedTemplateStart" || child.name === "QuotedTemplateEnd") continue;
      if (child.name === "TemplateLiteral") {
        text += unescapeTemplate(
          this.text(child).replace(
            /\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g,
            (m, e) => e.length > 1 ? String.fromCodePoint(parseInt(e.slice(1), 16)) : ESCAPES[e] ?? m
          )
        );
      } else {
        text += this.text(child);
        dynamic = true;
      }
    }
    return dynamic ? { text, dynamic: "partial" } : { text };
  }
  /** `<<EOT` / `<<-EOT`: the lines between the markers; the `-` form drops their common indentation. */
  heredoc(node) {
    const markers = node.getChildren("HeredocIdentifier");
    const open = markers[0];
    const close = markers[markers.length - 1];
    if (!open || !close || open === close) return { text: "" };
    const afterOpen = this.source.indexOf("\n", open.to);
    const start = afterOpen === -1 ? open.to : afterOpen + 1;
    const end = this.source.lastIndexOf("\n", close.to - 1);
    let lines = start <= end ? this.source.slice(start, end).replace(/\r$/, "").split(/\r?\n/) : [];
    if (this.text(node.getChild("HeredocStart")).startsWith("<<-")) {
      const indents = lines.filter((l) => l.trim() !== "").map((l) => /^[ \t]*/.exec(l)[0].length);
      const cut = indents.length > 0 ? Math.min(...indents) : 0;
      lines = lines.map((l) => l.slice(Math.min(cut, /^[ \t]*/.exec(l)[0].length)));
    }
    const dynamic = node.getChild("TemplateInterpolation") ?? node.getChild("TemplateDirective");
    const text = unescapeTemplate(lines.map((l) => `${l}
`).join(""));
    return dynamic ? { text, dynamic: "partial" } : { text };
  }
  /** A `monitor_thresholds { warning = … }` block, or the older `thresholds = { warning = … }` map. */
  hasWarningThreshold(body, attrs) {
    for (const block of body?.getChildren("Block") ?? []) {
      if (this.text(block.getChild("BlockType")) === "monitor_thresholds") {
        return this.attributes(block.getChild("Body")).has("warning");
      }
    }
    if (body?.getChildren("Block").some((b) => this.text(b.getChild("BlockType")) === "dynamic")) {
      return void 0;
    }
    const map = attrs.get("thresholds");
    if (!map) return false;
    const object = map.firstChild?.name === "CollectionValue" ? map.firstChild.getChild("Object") : null;
    if (!object) return void 0;
    return object.getChildren("ObjectElem").some((el) => this.text(el.getChild("ObjectKey")).replace(/^"|"$/g, "") === "warning");
  }
};
function unescapeTemplate(text) {
  return text.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{");
}

// src/monitors/read/index.ts
var FORMATS = [
  [/\.json$/i, "json"],
  [/\.ya?ml$/i, "yaml"],
  [/\.tf$/i, "terraform"]
];
async function readMonitors(files, config) {
  const matchers = config.paths.map((g) => new Minimatch(g.replace(/^\.\//, ""), { dot: true }));
  const out = { monitors: [], findings: [], files: [] };
  for (const path2 of await files.list()) {
    const format = FORMATS.find(([re]) => re.test(path2))?.[1];
    if (!format || !matchers.some((m) => m.match(path2))) continue;
    const text = await files.read(path2);
    if (text === void 0) continue;
    out.files.push(path2);
    const read = format === "terraform" ? await readTerraform(text, path2) : readStructured(
      format === "json" ? readJson(text, path2) : readYaml(text, path2),
      path2,
      config
    );
    out.monitors.push(...read.monitors);
    out.findings.push(...read.findings);
  }
  return out;
}
function readStructured(parsed, path2, config) {
  const monitors = [];
  const findings = [...parsed.errors];
  for (const doc of parsed.docs) {
    const groups = prometheusGroupsPath(doc.value);
    const read = groups ? readPrometheusDoc(doc, path2, groups, config.runbookAnnotations) : looksLikeDatadog(doc.value) ? readDatadogDoc(doc, path2) : void 0;
    if (read) {
      monitors.push(...read.monitors);
      findings.push(...read.findings);
      continue;
    }
    findings.push({
      ruleId: "monitors/unknown-shape",
      severity: "notice",
      message: "not a monitor definition ops-steward reads (a Datadog monitor or array of monitors, a Prometheus rule file or a PrometheusRule): no monitor of it was checked",
      file: path2,
      ...doc.at([])
    });
  }
  return { monitors, findings };
}

// src/monitors/links.ts
var RUNBOOK_WORD = /run-?books?|play-?books?/i;
var MARKDOWN_LINK = /\[([^\]\n]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
var URL2 = /\bhttps?:\/\/[^\s<>()"'`\]]+/g;
var REPO_PATH = /(?<![\w/.:-])(?:\.{1,2}\/|\/)?[\w.-]+(?:\/[\w.-]+)+\.(?:md|markdown|mdx)(?:#[\w.-]*)?(?![\w/])/g;
function linksInMessage(text) {
  const out = [];
  const taken = [];
  const add = (raw, offset, labelledText) => {
    const end = offset + raw.length;
    if (taken.some(([a, b]) => offset < b && end > a)) return;
    taken.push([offset, end]);
    const line = lineAround(text, offset);
    out.push({
      raw,
      offset,
      labelled: RUNBOOK_WORD.test(raw) || labelledText !== void 0 && RUNBOOK_WORD.test(labelledText) || RUNBOOK_WORD.test(line)
    });
  };
  for (const m of text.matchAll(MARKDOWN_LINK)) {
    add(m[2], m.index + m[0].indexOf(m[2], m[1].length + 2), m[1]);
  }
  for (const m of text.matchAll(URL2)) add(trimPunctuation(m[0]), m.index, void 0);
  for (const m of text.matchAll(REPO_PATH)) add(m[0], m.index, void 0);
  return out.sort((a, b) => a.offset - b.offset);
}
function lineAround(text, offset) {
  const start = text.lastIndexOf("\n", offset) + 1;
  const end = text.indexOf("\n", offset);
  return text.slice(start, end === -1 ? text.length : end);
}
function trimPunctuation(url) {
  return url.replace(/[.,;:!?*_]+$/, "");
}
function resolveLink(raw, prefixes) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(raw)) {
    const prefix2 = prefixes.filter(
      (p) => raw.startsWith(p) && (p.endsWith("/") || /^(?:$|[/?#])/.test(raw.slice(p.length)))
    ).sort((a, b) => b.length - a.length)[0];
    return prefix2 === void 0 ? { kind: "external" } : repoPath(raw.slice(prefix2.length));
  }
  return repoPath(raw);
}
function repoPath(value) {
  let path2 = value.replace(/[?#].*$/, "");
  try {
    path2 = decodeURIComponent(path2);
  } catch {
  }
  const parts = [];
  for (const part of path2.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length === 0) return { kind: "invalid", why: `${value} leaves the repository` };
      parts.pop();
      continue;
    }
    parts.push(part);
  }
  if (parts.length === 0) return { kind: "invalid", why: `${value || "(empty)"} names no file` };
  return { kind: "repo", path: parts.join("/") };
}

// src/monitors/runbooks.ts
var RANK = {
  runbook: 0,
  "not-a-runbook": 1,
  "not-found": 2,
  invalid: 3,
  outside: 4,
  missing: 5
};
function chooseRunbook(monitor, ctx) {
  const candidates = monitor.source === "prometheus" ? monitor.runbookUrl && monitor.runbookUrl.text.trim() !== "" ? [{ raw: monitor.runbookUrl.text.trim(), offset: 0, labelled: true }] : [] : monitor.message ? linksInMessage(monitor.message.text) : [];
  let best = { state: "missing" };
  for (const link of candidates) {
    const judged = judge(link, ctx);
    if (judged && RANK[judged.state] < RANK[best.state]) best = judged;
  }
  return best;
}
function judge(link, ctx) {
  const isUrl = /^[a-z][a-z0-9+.-]*:/i.test(link.raw);
  const resolved = resolveLink(link.raw, ctx.prefixes);
  if (resolved.kind === "external")
    return link.labelled ? { state: "outside", raw: link.raw } : void 0;
  if (resolved.kind === "invalid") {
    return link.labelled ? { state: "invalid", raw: link.raw, why: resolved.why } : void 0;
  }
  const { path: path2 } = resolved;
  const exists = ctx.exists(path2);
  const kind = ctx.kindOf(path2);
  if (exists) {
    return kind === "runbook" ? { state: "runbook", path: path2, raw: link.raw } : link.labelled || isUrl ? { state: "not-a-runbook", path: path2, raw: link.raw } : void 0;
  }
  return link.labelled || isUrl || kind === "runbook" ? { state: "not-found", path: path2, raw: link.raw } : void 0;
}

// src/monitors/analyze.ts
async function analyzeMonitors(input) {
  const config = input.config.monitors;
  const read = await readMonitors(input.files, config);
  const findings = [...read.findings];
  const existing = new Set(await input.files.list());
  const linkCtx = {
    prefixes: config.runbookUrlPrefixes,
    exists: (p) => existing.has(p),
    kindOf: (p) => input.docs.kindOf(p)
  };
  const facts = {
    handles: config.handles,
    model: input.onCall.model,
    directory: input.onCall.directory,
    codeowners: input.config.codeowners
  };
  const rows = [];
  const paged = [];
  for (const monitor of read.monitors) {
    const at2 = (pos) => ({
      file: monitor.file,
      ...pos ?? monitor.at
    });
    const say = (ruleId, severity, message, pos) => {
      findings.push({ ruleId: `monitors/${ruleId}`, severity, message, ...at2(pos) });
    };
    const row3 = {
      file: monitor.file,
      line: monitor.at.line,
      name: monitor.name,
      source: monitor.source,
      paging: false,
      handles: [],
      runbook: null,
      runbookStatus: null
    };
    rows.push(row3);
    let pagers = [];
    if (monitor.source === "datadog") {
      const message = monitor.message;
      if (message?.dynamic === "whole") {
        say(
          "dynamic-value",
          "notice",
          `the message of "${monitor.name}" is the expression ${short2(message.text)}: whether it pages is not known, so it is not counted`,
          message.at
        );
        continue;
      }
      if (!message) continue;
      if (message.dynamic === "partial") {
        say(
          "dynamic-value",
          "notice",
          `the message of "${monitor.name}" interpolates Terraform expressions: handles and links they add are not checked`,
          message.at
        );
      }
      const analysis = analyzeMessage(message.text);
      for (const p of analysis.problems)
        say(
          "message-template",
          "warning",
          `message of "${monitor.name}": ${p.message}`,
          message.at
        );
      row3.handles = [...new Set(analysis.mentions.map((m) => m.handle))];
      pagers = pagingMentions(analysis, config.pagingHandles);
      row3.paging = pagers.length > 0;
      if (!row3.paging) continue;
      const onWarning = unique2(pagers.filter((m) => m.events.has("warning")).map((m) => m.handle));
      if (onWarning.length > 0 && monitor.hasWarningThreshold === true) {
        say(
          "pages-on-warning",
          "warning",
          `"${monitor.name}" pages ${onWarning.join(", ")} when it only warns: put the pager handle in {{#is_alert}}\u2026{{/is_alert}} and send warnings to chat`,
          message.at
        );
      }
      if (config.notices.noWarningThreshold && monitor.hasWarningThreshold === false) {
        say(
          "no-warning-threshold",
          "notice",
          `paging monitor "${monitor.name}" has no warning threshold: nothing warns before it pages`
        );
      }
      if (config.notices.noRecoveryMessage && !analysis.hasRecoveryBlock) {
        say(
          "no-recovery-message",
          "notice",
          `the message of paging monitor "${monitor.name}" has no {{#is_recovery}} block: the on-call is not told when it recovers`,
          message.at
        );
      }
    } else {
      const severity = monitor.severity?.text;
      row3.paging = severity !== void 0 && config.pagingSeverities.some((s) => s.toLowerCase() === severity.toLowerCase());
      if (!row3.paging) continue;
    }
    paged.push({ monitor, row: row3, pagers, link: chooseRunbook(monitor, linkCtx) });
  }
  findings.push(...handleFindings(paged, facts));
  const valid = await judgeRunbooks(paged, input, facts, findings);
  const pagingCount = paged.length;
  if (read.files.length > 0) {
    findings.push({
      ruleId: "monitors/coverage",
      severity: "notice",
      message: `${valid} of ${pagingCount} paging monitors link a valid runbook (${read.monitors.length} monitors in ${read.files.length} files)`
    });
  }
  return {
    rows,
    monitors: read.monitors,
    findings,
    coverage: {
      paging: pagingCount,
      valid,
      monitors: read.monitors.length,
      files: read.files.length
    }
  };
}
function handleFindings(paged, facts) {
  const withHandles = paged.filter((p) => p.pagers.length > 0);
  if (withHandles.length === 0) return [];
  if (!facts.model) {
    return [
      {
        ruleId: "monitors/no-oncall",
        severity: "notice",
        message: `${withHandles.length} paging monitors were not checked against escalation policies: no on-call config (oncall.files) was found`
      }
    ];
  }
  const out = [];
  for (const { monitor, pagers } of withHandles) {
    const pos = monitor.source === "datadog" && monitor.message ? monitor.message.at : monitor.at;
    for (const handle of unique2(pagers.map((m) => m.handle))) {
      const target = mappedTarget(handle, facts);
      if (target && isKnownTarget(target, facts)) continue;
      out.push({
        ruleId: "monitors/unknown-handle",
        severity: "warning",
        message: target ? `"${monitor.name}" pages ${handle}, mapped to ${target.mapped} by monitors.handles, which is no escalation policy or team of the on-call config` : `"${monitor.name}" pages ${handle}, which maps to no escalation policy: add it to monitors.handles (e.g. "${handle}": <policy or @org/team>)`,
        file: monitor.file,
        ...pos
      });
    }
  }
  return out;
}
async function judgeRunbooks(paged, input, facts, findings) {
  const runbooks = unique2(paged.flatMap((p) => p.link.state === "runbook" ? [p.link.path] : []));
  const failing = /* @__PURE__ */ new Map();
  if (runbooks.length > 0) {
    for (const f of withRuleSeverities(await input.docs.check(runbooks), input.config.rules)) {
      if (f.severity === "notice" || f.file === void 0) continue;
      const counts = failing.get(f.file) ?? /* @__PURE__ */ new Map();
      counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
      failing.set(f.file, counts);
    }
  }
  const escalations = /* @__PURE__ */ new Map();
  const policies = new Set(facts.model?.policies.keys() ?? []);
  let valid = 0;
  for (const { monitor, row: row3, pagers, link } of paged) {
    const pos = monitor.source === "prometheus" ? monitor.runbookUrl?.at ?? monitor.at : monitor.message?.at ?? monitor.at;
    const say = (ruleId, severity, message) => {
      findings.push({
        ruleId: `monitors/${ruleId}`,
        severity,
        message,
        file: monitor.file,
        ...pos
      });
    };
    const name2 = `paging monitor "${monitor.name}"`;
    switch (link.state) {
      case "missing":
        row3.runbookStatus = "missing";
        if (monitor.source === "datadog" && runbookLineIsDynamic(monitor.message?.text ?? "")) {
          say(
            "dynamic-value",
            "notice",
            `the runbook link of ${name2} is built from Terraform expressions: it is not checked`
          );
          continue;
        }
        say(
          "no-runbook",
          "error",
          monitor.source === "prometheus" ? `${name2} has no runbook_url annotation` : `${name2} links no runbook in its message: add a link to its runbook, so the page says what to do`
        );
        continue;
      case "outside":
        row3.runbook = link.raw;
        row3.runbookStatus = "not-found";
        say(
          "runbook-not-found",
          "error",
          `${name2} links the runbook ${link.raw}, which is outside this repository (a URL prefix that maps into it goes in monitors.runbookUrlPrefixes)`
        );
        continue;
      case "invalid":
        row3.runbook = link.raw;
        row3.runbookStatus = "not-found";
        say("runbook-not-found", "error", `${name2} links the runbook ${link.why}`);
        continue;
      case "not-found":
        row3.runbook = link.path;
        row3.runbookStatus = "not-found";
        say(
          "runbook-not-found",
          "error",
          `${name2} links the runbook ${link.path}, which does not exist`
        );
        continue;
      case "not-a-runbook":
        row3.runbook = link.path;
        row3.runbookStatus = "failing";
        say(
          "not-a-runbook",
          "warning",
          `${name2} links ${link.path}, which is not a runbook (not under the runbook paths of docs.kinds)`
        );
        continue;
      case "runbook":
        break;
    }
    row3.runbook = link.path;
    const rules = failing.get(link.path);
    if (rules && rules.size > 0) {
      row3.runbookStatus = "failing";
      const named2 = [...rules].map(([id, n]) => n > 1 ? `${id} (${n})` : id).join(", ");
      say(
        "runbook-failing",
        "warning",
        `the runbook ${link.path} of ${name2} fails its checks: ${named2}`
      );
    } else {
      row3.runbookStatus = "ok";
      valid++;
    }
    if (pagers.length === 0) continue;
    if (!escalations.has(link.path)) {
      const text = await input.files.read(link.path);
      escalations.set(
        link.path,
        text === void 0 ? void 0 : runbookEscalation(text, policies)
      );
    }
    const escalation = escalations.get(link.path);
    if (!escalation || escalation.teams.length === 0 && escalation.policies.length === 0)
      continue;
    const targets = unique2(pagers.map((m) => m.handle)).flatMap((h) => {
      const t = mappedTarget(h, facts);
      return t && (t.team || t.policy) ? [{ handle: h, target: t }] : [];
    });
    if (targets.length === 0 || targets.some(({ target }) => agrees(target, escalation, facts)))
      continue;
    const pages = targets.map(
      ({ handle, target }) => `${handle} (${[target.team, target.policy].filter(Boolean).join(", ")})`
    ).join(", ");
    const named = [...escalation.teams, ...escalation.policies].join(", ");
    say(
      "escalation-mismatch",
      "warning",
      `${name2} pages ${pages}, but the escalation section of its runbook ${link.path} names ${named}`
    );
  }
  return valid;
}
function withRuleSeverities(findings, rules) {
  return findings.flatMap((f) => {
    const level = Object.hasOwn(rules, f.ruleId) ? rules[f.ruleId] : void 0;
    if (level === "off") return [];
    return level === void 0 ? [f] : [{ ...f, severity: level }];
  });
}
function runbookLineIsDynamic(text) {
  return text.split("\n").some((line) => /run-?book/i.test(line) && /[$%]\{/.test(line));
}
function unique2(values) {
  return [...new Set(values)];
}
function short2(text) {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > 60 ? `${one.slice(0, 57)}\u2026` : one;
}

// src/monitors/config.ts
var nonEmpty = { type: "string", minLength: 1 };
var monitorsConfigSchema = {
  description: "Monitors kept as code (Datadog JSON/YAML exports, Terraform datadog_monitor, Prometheus rules): paging monitors must link a runbook that exists and passes its checks.",
  type: "object",
  additionalProperties: false,
  default: {},
  properties: {
    paths: {
      description: "Monitor definition files (minimatch, repository-relative): .json, .yml, .yaml and .tf.",
      type: "array",
      items: nonEmpty,
      default: ["monitors/**", "alerts/**", "**/*.rules.yml", "**/*.rules.yaml"]
    },
    pagingHandles: {
      description: "Datadog notification handle prefixes that page a person; a monitor is paging when one of them is reached when it triggers.",
      type: "array",
      items: nonEmpty,
      default: ["@pagerduty-", "@opsgenie-", "@victorops-", "@oncall-"]
    },
    pagingSeverities: {
      description: "Prometheus alert `labels.severity` values that page.",
      type: "array",
      items: nonEmpty,
      default: ["page", "critical"]
    },
    runbookUrlPrefixes: {
      description: "URL prefixes that point into this repository, e.g. 'https://github.com/acme/shop/blob/main/': a runbook link starting with one is the repository path after it.",
      type: "array",
      items: nonEmpty,
      default: []
    },
    runbookAnnotations: {
      description: "Prometheus annotations that hold the runbook link, first present wins.",
      type: "array",
      items: nonEmpty,
      default: ["runbook_url", "runbook"]
    },
    handles: {
      description: "Paging handle \u2192 escalation policy or team of the on-call config, e.g. { '@pagerduty-checkout': checkout-escalation }.",
      type: "object",
      additionalProperties: nonEmpty,
      default: {}
    },
    notices: {
      description: "Advice on paging Datadog monitors, reported as notices.",
      type: "object",
      additionalProperties: false,
      default: {},
      properties: {
        noWarningThreshold: {
          description: "A paging monitor has no warning threshold (nothing warns before it pages).",
          type: "boolean",
          default: true
        },
        noRecoveryMessage: {
          description: "A paging monitor message has no {{#is_recovery}} block.",
          type: "boolean",
          default: true
        }
      }
    }
  }
};

// src/monitors/pull-request.ts
function reviewMonitors(ctx, report) {
  const changed = report.rows.map((row3, i) => ({ row: row3, lines: report.monitors[i].lines })).filter(({ row: row3, lines }) => touches(ctx.diff.files.get(row3.file), lines));
  const spans = /* @__PURE__ */ new Map();
  report.rows.forEach((row3, i) => {
    spans.set(row3.file, [...spans.get(row3.file) ?? [], report.monitors[i].lines]);
  });
  const changedSpans = /* @__PURE__ */ new Map();
  for (const { row: row3, lines } of changed) {
    changedSpans.set(row3.file, [...changedSpans.get(row3.file) ?? [], lines]);
  }
  const findings = report.findings.filter((f) => {
    const diff = f.file === void 0 ? void 0 : ctx.diff.files.get(f.file);
    if (!diff || diff.status === "removed" || f.line === void 0) return false;
    const line = f.line;
    const inside = (s) => s.start <= line && line <= s.end;
    return (changedSpans.get(f.file) ?? []).some(inside) || !(spans.get(f.file) ?? []).some(inside);
  });
  const runbooks = changedRunbooks(ctx, report.rows);
  if (changed.length === 0 && runbooks.length === 0 && findings.length === 0) return { findings };
  return {
    findings,
    section: {
      title: "Monitors",
      markdown: sectionMarkdown(
        changed.map((c) => c.row),
        runbooks,
        report
      )
    }
  };
}
function touches(diff, lines) {
  if (!diff || diff.status === "removed" || diff.status === "unchanged") return false;
  if (diff.addedLines === null) return true;
  for (const line of diff.addedLines) if (line >= lines.start && line <= lines.end) return true;
  return false;
}
function changedRunbooks(ctx, rows) {
  const byPath = /* @__PURE__ */ new Map();
  for (const row3 of rows) {
    if (!row3.paging || row3.runbook === null) continue;
    const diff = ctx.diff.files.get(row3.runbook);
    if (!diff || diff.status === "unchanged") continue;
    byPath.set(row3.runbook, [...byPath.get(row3.runbook) ?? [], row3]);
  }
  return [...byPath].map(([path2, linked]) => ({ path: path2, rows: linked }));
}
var STATUS = {
  ok: "\u2705",
  failing: "\u26A0\uFE0F fails its checks:",
  "not-found": "\u274C not found:",
  missing: "\u274C no runbook"
};
function sectionMarkdown(changed, runbooks, report) {
  const out = [];
  const paging = changed.filter((r) => r.paging);
  if (paging.length > 0) {
    out.push("Paging monitors this pull request adds or changes:", "");
    out.push("| Monitor | Where | Pages | Runbook |", "| --- | --- | --- | --- |");
    for (const r of paging) {
      const pagers = r.handles.length > 0 ? r.handles.join(" ") : "severity";
      const runbook = r.runbookStatus === null ? "" : `${STATUS[r.runbookStatus]}${r.runbook ? ` \`${r.runbook}\`` : ""}`;
      out.push(
        `| ${escapeMarkdownCell(r.name)} | \`${r.file}:${r.line}\` | ${escapeMarkdownCell(pagers)} | ${escapeMarkdownCell(runbook)} |`
      );
    }
    out.push("");
  }
  const quiet = changed.filter((r) => !r.paging);
  if (quiet.length > 0) {
    out.push(
      `Changed monitors that page nobody: ${quiet.map((r) => escapeMarkdownCell(r.name)).join(", ")}.`,
      ""
    );
  }
  for (const rb of runbooks) {
    const status = rb.rows[0].runbookStatus === "ok" ? "passes its checks" : "fails its checks";
    out.push(
      `This pull request changes the runbook \`${rb.path}\`, linked by ${rb.rows.length} paging monitor${rb.rows.length === 1 ? "" : "s"} (${rb.rows.map((r) => escapeMarkdownCell(r.name)).join(", ")}): it ${status}.`,
      ""
    );
  }
  const { valid, paging: all } = report.coverage;
  out.push(`With this change, ${valid} of ${all} paging monitors link a valid runbook.`);
  return out.join("\n");
}

// src/monitors/rules.ts
var rule4 = ruleMaker("monitors");
var MONITOR_RULES = [
  rule4("no-runbook", "error", "A paging monitor links no runbook."),
  rule4(
    "runbook-not-found",
    "error",
    "A paging monitor links a runbook that is not a file of this repository."
  ),
  rule4(
    "not-a-runbook",
    "warning",
    "A paging monitor links a file that is not a runbook (not under the runbook globs of `docs.kinds`)."
  ),
  rule4(
    "runbook-failing",
    "warning",
    "A paging monitor's runbook fails the docs checks (the failing rules are named)."
  ),
  rule4(
    "pages-on-warning",
    "warning",
    "A pager handle is reached when the monitor only warns: warnings go to chat, alerts page."
  ),
  rule4(
    "unknown-handle",
    "warning",
    "A paging handle maps to no escalation policy or team of the on-call config (`monitors.handles`)."
  ),
  rule4(
    "escalation-mismatch",
    "warning",
    "The runbook's escalation section names another team than the one the monitor pages."
  ),
  rule4("no-warning-threshold", "notice", "A paging monitor has no warning threshold."),
  rule4(
    "no-recovery-message",
    "notice",
    "A paging monitor message has no `{{#is_recovery}}` block."
  ),
  rule4("coverage", "notice", "How many paging monitors link a valid runbook (N of M)."),
  rule4(
    "message-template",
    "warning",
    "A monitor message has an unbalanced `{{#\u2026}}` / `{{^\u2026}}` / `{{/\u2026}}` block."
  ),
  rule4(
    "dynamic-value",
    "notice",
    "A Terraform monitor message is built from expressions: what they add is not checked."
  ),
  rule4("parse-error", "error", "A monitor file is not valid JSON, YAML or HCL."),
  rule4("invalid-monitor", "warning", "An entry of a monitor file is not a monitor: it is skipped."),
  rule4("unknown-shape", "notice", "A file under `monitors.paths` is of no known monitor format."),
  rule4(
    "no-oncall",
    "notice",
    "Paging handles could not be checked against escalation policies: there is no on-call config."
  )
];

// src/monitors/module.ts
async function monitorsReport(ctx) {
  const { model, directory } = await ctx.facts.onCall();
  return analyzeMonitors({
    files: ctx.files,
    config: ctx.config,
    // A runbook passes when the docs checks find nothing wrong with it, judged as the docs module judges it.
    docs: {
      kindOf: (path2) => docKindOf(ctx.config, path2),
      check: (paths) => checkDocumentsAt(ctx, paths)
    },
    onCall: { model, directory }
  });
}
var monitorsModule = {
  id: "monitors",
  title: "Monitors",
  description: "Paging monitors (Datadog, Prometheus) link a runbook that exists and passes its checks; pager handles map to escalation policies.",
  configSchema: monitorsConfigSchema,
  rules: MONITOR_RULES,
  async check(ctx) {
    return (await monitorsReport(ctx)).findings;
  },
  async pullRequest(ctx) {
    return reviewMonitors(ctx, await monitorsReport(ctx));
  }
};

// src/modules.ts
var MODULES = [
  configModule,
  flagsModule,
  codeownersModule,
  oncallModule,
  docsModule,
  monitorsModule
];

// src/config/schema.ts
var CONFIG_SCHEMA_ID = "https://github.com/ops-steward/ops-steward/schemas/config.schema.json";
function configSchemaOf(modules) {
  let schema3 = composed.get(modules);
  if (!schema3) {
    schema3 = composeConfigSchema(modules);
    composed.set(modules, schema3);
  }
  return schema3;
}
var composed = /* @__PURE__ */ new WeakMap();
function composeConfigSchema(modules) {
  const checks = {};
  const properties = {};
  for (const m of modules) {
    checks[m.id] = { type: "boolean", default: true, description: m.description };
    if (m.configSchema) properties[m.id] = m.configSchema;
  }
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: CONFIG_SCHEMA_ID,
    title: "ops-steward configuration (.github/ops-steward.yml)",
    description: "Every key is optional: with no file at all, every check runs wherever its inputs exist.",
    type: "object",
    additionalProperties: false,
    properties: {
      checks: {
        description: "Turn check modules on or off. All are on by default.",
        type: "object",
        additionalProperties: false,
        default: {},
        properties: checks
      },
      ignore: {
        description: "Globs (minimatch, repository-relative) that no check reads.",
        type: "array",
        items: { type: "string", minLength: 1 },
        default: []
      },
      rules: {
        description: "Severity per rule id ('error', 'warning', 'notice'), or 'off' to silence the rule. Rule ids are listed in the README.",
        type: "object",
        additionalProperties: { enum: ["error", "warning", "notice", "off"] },
        default: {}
      },
      ...properties
    }
  };
}
function defaultsOf(schema3) {
  if (typeof schema3 === "boolean") return void 0;
  if (schema3.type === "object" && schema3.properties) {
    const out = {};
    for (const [key, child] of Object.entries(schema3.properties)) {
      const value = defaultsOf(child);
      if (value !== void 0) out[key] = value;
    }
    return out;
  }
  return schema3.default === void 0 ? void 0 : structuredClone(schema3.default);
}

// src/config/defaults.ts
var DEFAULT_CONFIG_PATH = ".github/ops-steward.yml";
function defaultConfig() {
  return defaultsOf(configSchemaOf(MODULES));
}

// src/report/json.ts
function toJsonFinding(f) {
  const out = { ruleId: f.ruleId, severity: f.severity, message: f.message };
  if (f.file !== void 0) out.file = f.file;
  if (f.line !== void 0) out.line = f.line;
  if (f.column !== void 0) out.column = f.column;
  if (f.endLine !== void 0) out.endLine = f.endLine;
  if (f.endColumn !== void 0) out.endColumn = f.endColumn;
  if (f.owners !== void 0 && f.owners.length > 0) out.owners = [...f.owners];
  if (f.escalation !== void 0) out.escalation = f.escalation;
  if (f.fingerprint !== void 0) out.fingerprint = f.fingerprint;
  return out;
}
function buildJsonReport(findings, meta = {}) {
  const counts = countFindings(findings);
  return {
    version: 1,
    ...meta.repository !== void 0 ? { repository: meta.repository } : {},
    ...meta.generatedAt !== void 0 ? { generatedAt: meta.generatedAt } : {},
    summary: { errors: counts.errors, warnings: counts.warnings, notices: counts.notices },
    // Credentials in finding texts are redacted, as in every output (src/core/sanitize.ts).
    findings: sortFindings(findings).map(redactFinding).map(toJsonFinding)
  };
}
function renderJson(findings, meta = {}) {
  return `${JSON.stringify(buildJsonReport(findings, meta), null, 2)}
`;
}

// src/core/fingerprint.ts
import { createHash } from "node:crypto";
function fingerprintKey(ruleId, location, message) {
  return createHash("sha256").update(`${ruleId}\0${location}\0${fingerprintText(message)}`).digest("hex").slice(0, 16);
}
function fingerprintText(message) {
  return message.replace(/(?<![\w.-])\d+(?:\.\d+)?(?![\w-])/g, "#").replace(/\s+/g, " ").trim();
}
function occurrenceCounter() {
  const seen = /* @__PURE__ */ new Map();
  return (key) => {
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return `${key}:${n}`;
  };
}
function withFingerprints(findings) {
  const next = occurrenceCounter();
  return sortFindings(findings).map((f) => {
    const fingerprint = next(fingerprintKey(f.ruleId, f.file ?? "", f.message));
    return f.fingerprint === fingerprint ? f : { ...f, fingerprint };
  });
}

// src/repo/filtered.ts
function withIgnore(files, globs) {
  const patterns = globs.map((g) => g.trim()).filter((g) => g !== "");
  if (patterns.length === 0) return files;
  const key = patterns.join("\n");
  if (filteredBy.get(files) === key) return files;
  const known = wrappers.get(files)?.get(key);
  if (known) return known;
  const filtered = filter2(files, patterns);
  filteredBy.set(filtered, key);
  if (!wrappers.has(files)) wrappers.set(files, /* @__PURE__ */ new Map());
  wrappers.get(files).set(key, filtered);
  return filtered;
}
var wrappers = /* @__PURE__ */ new WeakMap();
var filteredBy = /* @__PURE__ */ new WeakMap();
function filter2(files, patterns) {
  const matchers = patterns.map(
    (g) => new Minimatch(g.replace(/^\.\//, "").replace(/\/+$/, ""), { dot: true })
  );
  const hidden = (path2) => {
    const segments = path2.split("/");
    for (let i = 1; i <= segments.length; i++) {
      const prefix2 = segments.slice(0, i).join("/");
      if (matchers.some((m) => m.match(prefix2))) return true;
    }
    return false;
  };
  return {
    label: files.label,
    list: async () => (await files.list()).filter((p) => !hidden(p)),
    read: async (path2, options) => hidden(path2) ? void 0 : files.read(path2, options),
    notices: () => files.notices().filter((f) => f.file === void 0 || !hidden(f.file)),
    ...files.isLoaded ? { isLoaded: (path2) => !hidden(path2) && files.isLoaded(path2) } : {}
  };
}

// src/core/outputs.ts
var BASELINE_PATH = ".github/ops-steward-baseline.json";
var TOOL_OUTPUTS = [BASELINE_PATH];
function hideToolOutputs(files) {
  return withIgnore(files, TOOL_OUTPUTS);
}

// src/engine/baseline.ts
var BASELINE_RULES = {
  baselined: "baseline/baselined",
  invalid: "baseline/invalid"
};
function renderBaseline(findings, generatedAt) {
  const entries = findings.filter((f) => f.fingerprint !== void 0 && !f.ruleId.startsWith("baseline/")).map((f) => ({
    ruleId: f.ruleId,
    file: f.file ?? null,
    fingerprint: f.fingerprint,
    message: f.message
  })).sort(
    (a, b) => compare(a.file ?? "", b.file ?? "") || compare(a.ruleId, b.ruleId) || compare(a.fingerprint, b.fingerprint)
  );
  const file = {
    version: 1,
    generatedAt: generatedAt.toISOString(),
    findings: entries
  };
  return `${JSON.stringify(file, null, 2)}
`;
}
function parseBaseline(text, path2 = BASELINE_PATH) {
  const fail = (message, line, column) => ({
    ok: false,
    error: {
      ruleId: BASELINE_RULES.invalid,
      severity: "error",
      message: `${message}: nothing is filtered by it until it is fixed or rewritten with ops-steward check --write-baseline`,
      file: path2,
      ...line !== void 0 ? { line } : {},
      ...column !== void 0 ? { column } : {}
    }
  });
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const lineColumn = /line (\d+) column (\d+)/.exec(message);
    if (lineColumn)
      return fail(`not JSON (${message})`, Number(lineColumn[1]), Number(lineColumn[2]));
    const at2 = /position (\d+)/.exec(message);
    const offset = at2 ? Number(at2[1]) : /end of JSON input/.test(message) ? text.trimEnd().length : void 0;
    if (offset === void 0) return fail(`not JSON (${message})`);
    const before = text.slice(0, offset);
    return fail(
      `not JSON (${message})`,
      before.split("\n").length,
      before.length - before.lastIndexOf("\n")
    );
  }
  if (typeof value !== "object" || value === null || value.version !== 1)
    return fail('not an ops-steward baseline of version 1 (expected {"version":1,\u2026})', 1, 1);
  const list2 = value.findings;
  if (!Array.isArray(list2)) return fail('"findings" must be a list', 1, 1);
  const findings = [];
  for (const [i, item] of list2.entries()) {
    const e = item;
    if (typeof e?.fingerprint !== "string" || typeof e.ruleId !== "string")
      return fail(`findings[${i}] needs "ruleId" and "fingerprint" strings`);
    findings.push({
      ruleId: e.ruleId,
      file: typeof e.file === "string" ? e.file : null,
      fingerprint: e.fingerprint,
      message: typeof e.message === "string" ? e.message : ""
    });
  }
  const generatedAt = value.generatedAt;
  return {
    ok: true,
    baseline: {
      version: 1,
      generatedAt: typeof generatedAt === "string" ? generatedAt : "",
      findings
    }
  };
}
function applyBaseline(findings, baseline, path2 = BASELINE_PATH) {
  const known = new Set(baseline.findings.map((e) => e.fingerprint));
  const fresh = [];
  const hidden = [];
  const seen = /* @__PURE__ */ new Set();
  for (const f of findings) {
    if (f.fingerprint !== void 0 && known.has(f.fingerprint)) {
      hidden.push(f);
      seen.add(f.fingerprint);
    } else fresh.push(f);
  }
  const gone = baseline.findings.filter((e) => !seen.has(e.fingerprint)).length;
  if (hidden.length === 0 && gone === 0) return fresh;
  const counts = countFindings(hidden);
  const parts = [
    `${hidden.length} baselined ${hidden.length === 1 ? "finding is" : "findings are"} not shown (${counts.errors} ${counts.errors === 1 ? "error" : "errors"}, ${counts.warnings} ${counts.warnings === 1 ? "warning" : "warnings"}, ${counts.notices} ${counts.notices === 1 ? "notice" : "notices"})`,
    ...gone > 0 ? [`${gone} in the baseline ${gone === 1 ? "is" : "are"} fixed`] : []
  ];
  fresh.push({
    ruleId: BASELINE_RULES.baselined,
    severity: "notice",
    message: `${parts.join("; ")}. Fix them, then run ops-steward check --write-baseline to shrink ${path2}`,
    file: path2
  });
  return fresh;
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/engine/suppressions.ts
var SUPPRESSION_RULES = {
  missingReason: "suppressions/missing-reason",
  unused: "suppressions/unused"
};
var MARKER = "ops-steward-";
var DIRECTIVE = /(\/\/|\/\*|#|<!--)\s*ops-steward-(disable-next-line|disable-line|disable|enable)(?![\w-])(.*)$/;
var READ_CONCURRENCY2 = 16;
var MARKUP = /\.(?:md|mdx|markdown|html?)$/i;
function parseDirectives(file, text) {
  const markup = MARKUP.test(file);
  const lines = text.split(/\r?\n/);
  const out = [];
  const open = [];
  lines.forEach((content, i) => {
    if (!content.includes(MARKER)) return;
    const m = DIRECTIVE.exec(content);
    if (!m) return;
    const [, opener, kind, rest = ""] = m;
    if (markup && (opener !== "<!--" || content.slice(0, m.index).trim() !== "")) return;
    const body = rest.replace(opener === "<!--" ? /-->.*$/ : opener === "/*" ? /\*\/.*$/ : /$/, "");
    const split = /\s--(?:\s|$)/.exec(body);
    const ruleText = split ? body.slice(0, split.index) : body;
    const reason = split ? body.slice(split.index + split[0].length).trim() : "";
    const rules = ruleText.split(/[\s,]+/).filter(Boolean);
    const line = i + 1;
    if (kind === "enable") {
      for (const d of [...open]) {
        if (rules.length === 0 || d.rules.length === 0 || d.rules.some((r) => rules.includes(r))) {
          d.to = line - 1;
          d.toEnd = false;
          open.splice(open.indexOf(d), 1);
        }
      }
      return;
    }
    const directive = {
      kind,
      file,
      line,
      column: (m.index ?? 0) + 1,
      rules,
      reason,
      from: kind === "disable-next-line" ? line + 1 : line,
      to: kind === "disable" ? lines.length : kind === "disable-next-line" ? line + 1 : line,
      toEnd: kind === "disable",
      used: false
    };
    if (kind === "disable") open.push(directive);
    out.push(directive);
  });
  return out;
}
function matches(pattern, ruleId) {
  if (pattern === ruleId) return true;
  const domain = pattern.endsWith("/*") ? pattern.slice(0, -2) : pattern.includes("/") ? null : pattern;
  return domain !== null && ruleId.startsWith(`${domain}/`);
}
function covers(d, f) {
  if (f.file !== d.file) return false;
  const inRange = f.line === void 0 ? d.toEnd : f.line >= d.from && f.line <= d.to;
  return inRange && (d.rules.length === 0 || d.rules.some((r) => matches(r, f.ruleId)));
}
async function directivesIn(files, withFindings) {
  const limit = pLimit(READ_CONCURRENCY2);
  const loaded = files.isLoaded?.bind(files) ?? (() => true);
  const wanted = (await files.list()).filter((path2) => withFindings.has(path2) || loaded(path2));
  const found = await Promise.all(
    wanted.map(
      (path2) => limit(async () => {
        const text = await files.read(path2).catch(() => void 0);
        return text !== void 0 && text.includes(MARKER) ? parseDirectives(path2, text) : [];
      })
    )
  );
  return found.flat();
}
async function applySuppressions(findings, files, isRule) {
  const withFindings = new Set(findings.flatMap((f) => f.file === void 0 ? [] : [f.file]));
  const directives = await directivesIn(files, withFindings);
  if (directives.length === 0) return { findings: [...findings], suppressed: 0 };
  const byFile = /* @__PURE__ */ new Map();
  for (const d of directives) byFile.set(d.file, [...byFile.get(d.file) ?? [], d]);
  const kept = [];
  let suppressed = 0;
  for (const f of findings) {
    const candidates = f.file === void 0 || f.ruleId.startsWith("suppressions/") ? [] : byFile.get(f.file) ?? [];
    const covering = candidates.filter((d) => covers(d, f));
    for (const d of covering) d.used = true;
    if (covering.length > 0) suppressed++;
    else kept.push(f);
  }
  for (const d of directives) {
    const at2 = { file: d.file, line: d.line, column: d.column };
    const what = `ops-steward-${d.kind}${d.rules.length > 0 ? ` ${d.rules.join(", ")}` : ""}`;
    if (!d.reason) {
      kept.push({
        ruleId: SUPPRESSION_RULES.missingReason,
        severity: "notice",
        message: `${what} gives no reason: add one after " -- " so reviewers know why the finding does not apply`,
        ...at2
      });
    }
    if (!d.used) {
      const unknown = d.rules.filter((r) => !r.endsWith("/*") && r.includes("/") && !isRule(r));
      const why = unknown.length > 0 ? `there is no rule ${unknown.map((r) => `"${r}"`).join(", ")}` : `no finding ${d.kind === "disable" ? "after it" : d.kind === "disable-line" ? "on its line" : "on the next line"} matches it`;
      kept.push({
        ruleId: SUPPRESSION_RULES.unused,
        severity: "notice",
        message: `${what} suppresses nothing (${why}): remove it`,
        ...at2
      });
    }
  }
  return { findings: kept, suppressed };
}

// src/engine/rules.ts
function engineRules(modules) {
  return [
    {
      id: SKIPPED_FILE_RULE,
      severity: "notice",
      description: "A file no check could read (binary, oversized, a symlink out of the tree)."
    },
    {
      id: INVALID_UTF8_RULE,
      severity: "warning",
      description: "A file with bytes that are not UTF-8 (at the first one): every check read it with U+FFFD in their place."
    },
    ...ADOPTION_RULES,
    ...modules.map((m) => ({
      id: `${m.id}/check-failed`,
      severity: "error",
      description: `The ${m.title} check crashed: its findings are missing, so the run fails.`
    }))
  ];
}
var ADOPTION_RULES = [
  {
    id: SUPPRESSION_RULES.missingReason,
    severity: "notice",
    description: 'An inline ops-steward-disable comment that gives no reason after " -- ".'
  },
  {
    id: SUPPRESSION_RULES.unused,
    severity: "notice",
    description: "An inline ops-steward-disable comment that suppresses no finding (or names no real rule)."
  },
  {
    id: BASELINE_RULES.baselined,
    severity: "notice",
    description: "How many findings the baseline (.github/ops-steward-baseline.json) hides, and how many of its entries are fixed."
  },
  {
    id: BASELINE_RULES.invalid,
    severity: "error",
    description: "The baseline file cannot be read or is not a baseline: it hides nothing until fixed."
  }
];
var cache3 = /* @__PURE__ */ new WeakMap();
function ruleIndexOf(modules) {
  let index = cache3.get(modules);
  if (!index) {
    index = new RuleIndex([...modules.flatMap((m) => m.rules), ...engineRules(modules)]);
    cache3.set(modules, index);
  }
  return index;
}

// src/report/sarif.ts
var SARIF_TOOL_NAME = "ops-steward";
var SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
var SARIF_SRCROOT = "%SRCROOT%";
var LEVEL = {
  error: "error",
  warning: "warning",
  notice: "note"
};
function toSarifUri(path2) {
  const posix = path2.replace(/\\/g, "/").replace(/^(\.\/)+/, "").replace(/^\/+/, "");
  return encodeURI(posix).replace(/#/g, "%23").replace(/\?/g, "%3F");
}
function regionFor(f) {
  const startLine = positiveInt(f.line);
  if (startLine === void 0) return { startLine: 1 };
  const region = { startLine };
  const startColumn = positiveInt(f.column);
  if (startColumn !== void 0) region.startColumn = startColumn;
  const endLine = positiveInt(f.endLine);
  if (endLine !== void 0 && endLine >= startLine) region.endLine = endLine;
  const endColumn = positiveInt(f.endColumn);
  const sameLine = (region.endLine ?? startLine) === startLine;
  if (endColumn !== void 0 && !(sameLine && startColumn !== void 0 && endColumn < startColumn)) {
    region.endColumn = endColumn;
  }
  return region;
}
function renderSarifUnredacted(findings, options) {
  const sorted = sortFindings(findings);
  const anchor = toSarifUri(options.anchorFile ?? DEFAULT_CONFIG_PATH);
  const uriOf = (f) => f.file ? toSarifUri(f.file) : anchor;
  const ruleLevels = /* @__PURE__ */ new Map();
  for (const f of sorted) {
    const seen = ruleLevels.get(f.ruleId);
    if (seen === void 0 || severityRank2(f.severity) < severityRank2(seen)) {
      ruleLevels.set(f.ruleId, f.severity);
    }
  }
  const ruleIds = [...ruleLevels.keys()].sort(byCodeUnit);
  const catalogue = options.catalogue ?? ruleIndexOf(MODULES);
  const rules = ruleIds.map((id) => {
    const known = catalogue.get(id);
    return {
      id,
      shortDescription: { text: options.ruleDescriptions?.[id] ?? known?.description ?? id },
      ...known ? { helpUri: ruleHelpUri(id) } : {},
      defaultConfiguration: { level: LEVEL[ruleLevels.get(id) ?? "notice"] },
      properties: { tags: [SARIF_TOOL_NAME, id.split("/")[0] ?? id] }
    };
  });
  const ruleIndex2 = new Map(ruleIds.map((id, i) => [id, i]));
  const uris = [...new Set(sorted.map(uriOf))].sort(byCodeUnit);
  const artifacts = uris.map((uri) => ({
    location: { uri, uriBaseId: SARIF_SRCROOT }
  }));
  const artifactIndex = new Map(uris.map((uri, i) => [uri, i]));
  const next = occurrenceCounter();
  const results = sorted.map((f) => {
    const uri = uriOf(f);
    const location = {
      physicalLocation: {
        artifactLocation: { uri, uriBaseId: SARIF_SRCROOT, index: artifactIndex.get(uri) ?? 0 },
        region: regionFor(f)
      }
    };
    const fingerprint = f.fingerprint ?? next(fingerprintKey(f.ruleId, uri, f.message));
    const properties = {};
    if (f.owners && f.owners.length > 0) properties.owners = [...f.owners];
    if (f.escalation) properties.escalation = f.escalation;
    if (!f.file) properties.repositoryWide = true;
    return {
      ruleId: f.ruleId,
      ruleIndex: ruleIndex2.get(f.ruleId) ?? 0,
      level: LEVEL[f.severity] ?? "note",
      message: { text: f.message || f.ruleId },
      locations: [location],
      partialFingerprints: { primaryLocationLineHash: fingerprint },
      ...Object.keys(properties).length > 0 ? { properties } : {}
    };
  });
  return {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: SARIF_TOOL_NAME,
            version: options.toolVersion,
            ...options.informationUri ? { informationUri: options.informationUri } : {},
            rules
          }
        },
        artifacts,
        results
      }
    ]
  };
}
function byCodeUnit(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function renderSarifString(findings, options) {
  return `${JSON.stringify(renderSarif(findings, options), null, 2)}
`;
}
function renderSarif(findings, options) {
  return renderSarifUnredacted(findings.map(redactFinding), options);
}

// src/report/text.ts
var import_picocolors = __toESM(require_picocolors(), 1);
var MAX_LOCATION_WIDTH = 48;
var SEVERITY_WIDTH = "warning".length;
var REPOSITORY_LOCATION = "(repository)";
function sanitizeForTerminal(text) {
  let out = "";
  for (const ch of text.replace(/\r\n/g, "\n")) {
    const code2 = ch.charCodeAt(0);
    const control = code2 < 32 || code2 >= 127 && code2 <= 159;
    if (!control || ch === "\n") out += ch;
    else if (ch === "	") out += " ";
    else out += `\\x${code2.toString(16).padStart(2, "0")}`;
  }
  return out;
}
var OWNERS_LEGEND = "\u21B3 who acts on the finding above: the owners it names (a flag\u2019s owner), else the CODEOWNERS owners of its file \u2014 so for a finding in CODEOWNERS itself, the owners of the CODEOWNERS file, who fix it, not the owners of the broken rule\u2019s paths \u2014 and the escalation policy of the first owner that has one.";
var MIN_MESSAGE_WIDTH = 32;
var NARROW_INDENT = "    ";
function renderTextUnredacted(findings, options) {
  const c = import_picocolors.default.createColors(options.color);
  const label2 = options.label === void 0 ? void 0 : sanitizeForTerminal(options.label);
  const where = label2 ? ` in ${label2}` : "";
  const counts = countFindings(findings);
  if (findings.length === 0) return `${c.green("\u2714")} No problems found${where}.
`;
  const showNotices = options.notices ?? true;
  const shown = sortFindings(findings.filter((f) => showNotices || f.severity !== "notice"));
  const hiddenNotices = findings.length - shown.length;
  const locations = shown.map((f) => sanitizeForTerminal(formatLocation(f)) || REPOSITORY_LOCATION);
  const locWidth = Math.min(MAX_LOCATION_WIDTH, Math.max(0, ...locations.map((l) => l.length)));
  const messageColumn = locWidth + 2 + SEVERITY_WIDTH + 2;
  const width = options.width !== void 0 && options.width > 0 ? options.width : Infinity;
  const indent = width - messageColumn >= MIN_MESSAGE_WIDTH ? " ".repeat(messageColumn) : NARROW_INDENT;
  const paint = {
    error: c.red,
    warning: c.yellow,
    notice: c.blue
  };
  const lines = [];
  let previousFile;
  let routed = false;
  shown.forEach((f, i) => {
    const file = f.file ?? "";
    if (i > 0 && file !== previousFile) lines.push("");
    previousFile = file;
    const location = locations[i] ?? "";
    const prefix2 = `${c.underline(location.padEnd(locWidth))}  ${(paint[f.severity] ?? c.blue)(f.severity.padEnd(SEVERITY_WIDTH))}  `;
    const prefixWidth = Math.max(location.length, locWidth) + 2 + SEVERITY_WIDTH + 2;
    const rule5 = `[${sanitizeForTerminal(f.ruleId)}]`;
    const [first = "", ...rest] = sanitizeForTerminal(f.message).split("\n");
    const head = wrap(`${first}  ${rule5}`, width - prefixWidth, width - indent.length);
    const dimRule = (line) => line.endsWith(rule5) ? `${line.slice(0, -rule5.length)}${c.dim(rule5)}` : line;
    head.forEach(
      (line, n) => lines.push(n === 0 ? `${prefix2}${dimRule(line)}` : `${indent}${dimRule(line)}`)
    );
    for (const more of rest) {
      for (const line of wrap(more, width - indent.length, width - indent.length))
        lines.push(`${indent}${line}`);
    }
    const who = [];
    if (f.owners && f.owners.length > 0) {
      who.push(`owners: ${f.owners.map(sanitizeForTerminal).join(", ")}`);
    }
    if (f.escalation) who.push(`escalation: ${sanitizeForTerminal(f.escalation)}`);
    if (who.length > 0) {
      routed = true;
      const body = wrap(`\u21B3 ${who.join(" \xB7 ")}`, width - indent.length, width - indent.length - 2);
      body.forEach((line, n) => lines.push(c.dim(`${indent}${n === 0 ? "" : "  "}${line}`)));
    }
  });
  const symbol = counts.errors > 0 ? c.red("\u2716") : counts.warnings > 0 ? c.yellow("\u26A0") : c.blue("\u2139");
  const hidden = hiddenNotices > 0 ? ` (${hiddenNotices} ${hiddenNotices === 1 ? "notice" : "notices"} not shown)` : "";
  lines.push("");
  if (routed)
    for (const line of wrap(OWNERS_LEGEND, width, width - 2).map(
      (l, n) => n === 0 ? l : `  ${l}`
    ))
      lines.push(c.dim(line));
  lines.push(`${symbol} ${c.bold(formatCounts(counts))}${where}${hidden}`);
  return `${lines.join("\n")}
`;
}
function wrap(text, firstWidth, restWidth) {
  const lines = [];
  let line = "";
  let limit = firstWidth;
  for (const token of text.split(/(?<= )(?=\S)/)) {
    const word = token.trimEnd();
    if (line !== "" && line.length + word.length > limit) {
      lines.push(line.trimEnd());
      line = "";
      limit = restWidth;
    }
    line += token;
  }
  lines.push(line.trimEnd());
  return lines;
}
function renderText(findings, options) {
  return renderTextUnredacted(findings.map(redactFinding), options);
}

// src/report/annotations.ts
var ANNOTATIONS_PER_LEVEL_PER_STEP = 10;
function propertiesFor(f) {
  const props = {};
  if (f.file) {
    props.file = f.file.replace(/\\/g, "/");
    const startLine = positiveInt(f.line);
    if (startLine !== void 0) {
      props.startLine = startLine;
      const end = positiveInt(f.endLine);
      props.endLine = end !== void 0 && end >= startLine ? end : startLine;
      if (props.endLine === startLine) {
        const startColumn = positiveInt(f.column);
        const endColumn = positiveInt(f.endColumn);
        if (startColumn !== void 0) props.startColumn = startColumn;
        if (endColumn !== void 0 && (startColumn === void 0 || endColumn >= startColumn)) {
          props.endColumn = endColumn;
        }
      }
    }
  }
  props.title = f.ruleId;
  return props;
}
function messageFor(f) {
  const extra = [];
  if (f.owners && f.owners.length > 0) extra.push(`Owners: ${f.owners.join(", ")}`);
  if (f.escalation) extra.push(`Escalation: ${f.escalation}`);
  return [f.message, ...extra].join("\n");
}
function buildAnnotationsUnredacted(findings) {
  const ordered = sortFindings(findings).sort(
    (a, b) => severityRank2(a.severity) - severityRank2(b.severity)
  );
  const annotations = ordered.map((f) => ({
    level: f.severity,
    message: messageFor(f),
    properties: propertiesFor(f)
  }));
  const total = { error: 0, warning: 0, notice: 0 };
  for (const a of annotations) total[a.level] = (total[a.level] ?? 0) + 1;
  const cap = (n) => Math.min(n, ANNOTATIONS_PER_LEVEL_PER_STEP);
  const shown = {
    error: cap(total.error),
    warning: cap(total.warning),
    notice: cap(total.notice)
  };
  const notShown = {
    error: total.error - shown.error,
    warning: total.warning - shown.warning,
    notice: total.notice - shown.notice
  };
  return {
    annotations,
    shown,
    notShown,
    notShownTotal: notShown.error + notShown.warning + notShown.notice
  };
}
function buildAnnotations(findings) {
  return buildAnnotationsUnredacted(findings.map(redactFinding));
}

// src/report/index.ts
var REPORT_FORMATS = ["text", "json", "markdown", "sarif"];
function isReportFormat(value) {
  return REPORT_FORMATS.includes(value);
}
function renderReport(format, findings, options = {}) {
  switch (format) {
    case "text":
      return renderText(findings, {
        color: options.color ?? false,
        label: options.label,
        notices: options.notices,
        width: options.width
      });
    case "json":
      return renderJson(findings, { repository: options.label, generatedAt: options.generatedAt });
    case "markdown":
      return renderMarkdown(findings, {
        title: options.title,
        label: options.label,
        maxRows: options.maxRows,
        maxChars: options.maxChars
      });
    case "sarif":
      return renderSarifString(findings, {
        toolVersion: options.toolVersion ?? "0.0.0",
        informationUri: options.informationUri,
        anchorFile: options.anchorFile,
        ruleDescriptions: options.ruleDescriptions
      });
    default: {
      const unknown = format;
      throw new Error(
        `Unknown report format "${unknown}"; expected one of: ${REPORT_FORMATS.join(", ")}`
      );
    }
  }
}

// src/config/load.ts
var import_yaml7 = __toESM(require_dist(), 1);
var import_fastest_levenshtein4 = __toESM(require_mod(), 1);
function parseConfig(text, path2, modules = MODULES) {
  const schema3 = configSchemaOf(modules);
  const { source, errors, warnings } = parseYamlSource(text, path2, "config/yaml");
  if (errors.length > 0) return { config: defaultConfig(), errors, diagnostics: warnings };
  const data = source.doc.toJS();
  if (data === null || data === void 0)
    return { config: defaultConfig(), errors: [], diagnostics: warnings };
  if (!(0, import_yaml7.isMap)(source.doc.contents)) {
    return {
      config: defaultConfig(),
      errors: [
        {
          ruleId: "config/invalid",
          severity: "error",
          message: "the configuration must be a mapping of keys (checks, flags, codeowners, \u2026)",
          file: path2,
          line: 1,
          column: 1
        }
      ],
      diagnostics: warnings
    };
  }
  const problems = validateWithSchema(schema3, data, source, "config");
  const cleaned = data;
  for (const keyPath of problems.unknownPaths) deleteAt(cleaned, keyPath);
  return {
    config: mergeConfig(defaultConfig(), cleaned),
    errors: problems.errors,
    diagnostics: sortFindings([
      ...warnings,
      ...problems.unknownKeys,
      ...unknownRules(cleaned, source, path2, modules)
    ])
  };
}
function mergeConfig(base, override) {
  return deepMerge(base, override);
}
function deepMerge(base, override) {
  if (!isPlainObject2(base) || !isPlainObject2(override))
    return override === void 0 ? base : override;
  const out = { ...base };
  for (const [key, value] of Object.entries(override)) out[key] = deepMerge(base[key], value);
  return out;
}
function isPlainObject2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function unknownRules(data, source, path2, modules) {
  const rules = data.rules;
  if (!isPlainObject2(rules)) return [];
  const index = ruleIndexOf(modules);
  const known = index.all().map((r) => r.id);
  const out = [];
  for (const id of Object.keys(rules)) {
    if (index.has(id)) continue;
    const pos = locate(source, ["rules", id], true);
    out.push({
      ruleId: "config/unknown-rule",
      severity: "warning",
      message: `unknown rule "${id}" under rules: did you mean "${(0, import_fastest_levenshtein4.closest)(id, known)}"? (the README lists every rule id)`,
      file: path2,
      ...pos
    });
  }
  return out;
}
function deleteAt(data, keyPath) {
  let node = data;
  for (const key of keyPath.slice(0, -1)) {
    if (typeof node !== "object" || node === null) return;
    node = node[String(key)];
  }
  if (typeof node === "object" && node !== null && keyPath.length > 0)
    delete node[String(keyPath[keyPath.length - 1])];
}

// src/config/base.ts
var CONFIG_CANDIDATES = [
  DEFAULT_CONFIG_PATH,
  ".github/ops-steward.yaml"
];
async function readConfigAt(read, given) {
  const candidates = given ? [given] : CONFIG_CANDIDATES;
  for (const path2 of candidates) {
    const text = await read(path2);
    if (text !== void 0) return { path: path2, text };
  }
  return { path: candidates[0], text: void 0 };
}
async function loadConfigAt(read, given) {
  const { path: path2, text } = await readConfigAt(read, given);
  if (text === void 0)
    return { ok: true, config: parseConfig("", DEFAULT_CONFIG_PATH).config, diagnostics: [] };
  const loaded = parseConfig(text, path2);
  if (loaded.errors.length > 0) return { ok: false, configPath: path2, errors: loaded.errors };
  return { ok: true, config: loaded.config, configPath: path2, diagnostics: loaded.diagnostics };
}

// src/oncall/resolve.ts
function whoIsOnCall(schedule, at2) {
  const t = at2.getTime();
  const [shift] = scheduleTimeline(schedule, t, t + 1);
  if (!shift || shift.who === null || !shift.source) return null;
  if (shift.source.kind === "override") {
    return { person: shift.who, source: { kind: "override", index: shift.source.index } };
  }
  const index = shift.source.index;
  return {
    person: shift.who,
    source: { kind: "layer", index, name: schedule.layers[index].name }
  };
}
function onCallLevelsAt(model, policy, at2) {
  const p = model.policies.get(policy);
  if (!p) return null;
  return p.levels.map((level, i) => {
    const people2 = [];
    for (const target of level.notify) {
      const who = target.kind === "person" ? target.who : scheduled(model, target.schedule, at2);
      if (who !== null && !people2.some((p2) => sameOwner(p2, who))) people2.push(who);
    }
    return { level: i + 1, people: people2 };
  });
}
function scheduled(model, name2, at2) {
  const schedule = model.schedules.get(name2);
  return schedule ? whoIsOnCall(schedule, at2)?.person ?? null : null;
}

// src/oncall/directory.ts
function createOnCallDirectory(model) {
  return {
    policyFor: (team) => model.teams.get(teamKey(team))?.policy,
    onCallAt: (policy, at2) => onCallLevelsAt(model, policy, at2)
  };
}

// src/oncall/load.ts
async function loadOnCall(files, config) {
  const defaults2 = new Set(oncallConfigSchema.properties.files.default);
  const parsed = [];
  const findings = [];
  for (const path2 of config.files) {
    const file = await readRequired(files, path2);
    if (file.kind === "text") {
      parsed.push(parseOnCallFile(file.text, path2));
      continue;
    }
    findings.push(
      file.kind === "unreadable" ? {
        ruleId: "oncall/unreadable",
        severity: "error",
        message: `on-call file ${path2} could not be read: ${file.reason}`,
        file: path2
      } : {
        ruleId: "oncall/missing-file",
        severity: defaults2.has(path2) ? "notice" : "warning",
        message: `on-call file ${path2} does not exist (oncall.files in the config names it)`,
        file: path2
      }
    );
  }
  if (parsed.length === 0) return { model: void 0, directory: void 0, findings };
  const merged = mergeOnCallFiles(parsed);
  return {
    model: merged.model,
    directory: createOnCallDirectory(merged.model),
    findings: [...findings, ...merged.findings]
  };
}

// src/codeowners/enrich.ts
function withOwnership(findings, codeowners, config, directory, at2) {
  const describe2 = (policy) => {
    const first = directory && at2 ? directory.onCallAt(policy, at2)?.[0]?.people : void 0;
    return first && first.length > 0 ? `${policy} (on call: ${first.join(", ")})` : policy;
  };
  const policyOf = (owners) => {
    for (const owner of owners) {
      const policy = policyForOwner(owner, config, directory);
      if (policy !== void 0) return describe2(policy);
    }
    return void 0;
  };
  return findings.map((finding) => {
    if (!finding.file) return finding;
    const fileOwners = ownersOf(codeowners, finding.file).owners;
    const owners = finding.owners?.length ? finding.owners : fileOwners;
    const escalation = finding.escalation ?? policyOf(owners) ?? policyOf(fileOwners);
    if (owners === finding.owners && escalation === finding.escalation) return finding;
    return {
      ...finding,
      ...owners.length > 0 ? { owners: [...owners] } : {},
      ...escalation !== void 0 ? { escalation } : {}
    };
  });
}

// src/engine/adoption.ts
async function adoptFindings(findings, files, options = {}) {
  const isRule = options.isRule ?? ((id) => ruleIndexOf(MODULES).has(id));
  const { findings: kept } = await applySuppressions(
    findings,
    hideToolOutputs(options.scope ?? files),
    isRule
  );
  const stamped = withFingerprints(kept);
  if (options.baseline === "ignore") return stamped;
  let text;
  try {
    text = await files.read(BASELINE_PATH);
  } catch (error) {
    return sortFindings([
      ...stamped,
      {
        ruleId: BASELINE_RULES.invalid,
        severity: "error",
        message: `cannot read the baseline: ${error instanceof Error ? error.message : String(error)}`,
        file: BASELINE_PATH
      }
    ]);
  }
  if (text === void 0) return stamped;
  const parsed = parseBaseline(text);
  return sortFindings(
    parsed.ok ? applyBaseline(stamped, parsed.baseline) : [...stamped, parsed.error]
  );
}

// src/engine/facts.ts
function createRunFacts(files, config) {
  let codeowners;
  let onCall;
  return {
    codeowners: () => codeowners ??= loadCodeowners(files),
    onCall: () => onCall ??= loadOnCall(files, config.oncall)
  };
}

// src/engine/run-checks.ts
function moduleContext(files, config, options) {
  const repo = hideToolOutputs(config.ignore.length > 0 ? withIgnore(files, config.ignore) : files);
  return {
    files: repo,
    config,
    configPath: options.configPath,
    configDiagnostics: options.configDiagnostics ?? [],
    now: options.now,
    facts: createRunFacts(repo, config),
    services: options.services ?? {}
  };
}
function selectModules(config, options) {
  return (options.modules ?? MODULES).filter(
    (m) => config.checks[m.id] !== false && (!options.only || options.only.includes(m.id))
  );
}
async function runChecks(files, config, options) {
  const ctx = moduleContext(files, config, options);
  const findings = [];
  const ran = [];
  for (const module of selectModules(config, options)) {
    findings.push(...await guarded(module, () => module.check(ctx)));
    ran.push(module.id);
  }
  findings.push(...ctx.files.notices());
  const finished = await finish(findings, ctx);
  const isRule = (id) => ruleIndexOf(options.modules ?? MODULES).has(id);
  const adopted = await adoptFindings(finished, files, {
    baseline: options.baseline,
    isRule,
    scope: ctx.files
  });
  return { findings: adopted, ran };
}
async function guarded(module, work) {
  try {
    return await work();
  } catch (error) {
    return [
      {
        ruleId: `${module.id}/check-failed`,
        severity: "error",
        message: `the ${module.title} check failed: ${error instanceof Error ? error.message : String(error)}`
      }
    ];
  }
}
async function finish(findings, ctx) {
  const adjusted = applyRuleSeverities(findings, ctx.config.rules);
  return sortFindings(await routeToOwners(adjusted, ctx.facts, ctx.config, ctx.now));
}
function applyRuleSeverities(findings, rules) {
  if (Object.keys(rules).length === 0) return [...findings];
  const out = [];
  for (const f of findings) {
    const level = Object.hasOwn(rules, f.ruleId) ? rules[f.ruleId] : void 0;
    if (level === "off") continue;
    out.push(level === void 0 || level === f.severity ? f : { ...f, severity: level });
  }
  return out;
}
async function routeToOwners(findings, facts, config, now) {
  const { codeowners } = await facts.codeowners();
  if (!codeowners) return findings;
  const { directory } = await facts.onCall();
  return withOwnership(findings, codeowners, config.codeowners, directory, now);
}

// src/flags/sync/owners.ts
var MAX_ASSIGNEES = 10;
function reach(owners, ctx, where) {
  const assignees = [];
  const mentions = [];
  const notes = [];
  for (const owner of owners) {
    const kind = ownerKind(owner);
    if (kind === "user") {
      const login = owner.slice(1);
      if (ctx.isAssignable(login)) pushUnique(assignees, login);
      else
        notes.push(
          `${owner} (${where}) cannot be assigned here: not a collaborator of this repository, or no longer in the organization`
        );
    } else if (kind === "team") {
      pushUnique(mentions, owner);
      if (!ctx.assignTeamMembers) continue;
      const members = ctx.teamMembers(owner);
      if (members === void 0) {
        notes.push(`the members of ${owner} could not be read, so only the team is mentioned`);
        continue;
      }
      for (const m of members) if (ctx.isAssignable(m)) pushUnique(assignees, m);
    } else if (kind === "email") {
      notes.push(
        `${owner} (${where}) is an email address: GitHub can neither assign nor mention it`
      );
    } else {
      notes.push(`"${owner}" (${where}) is not a GitHub user or team`);
    }
  }
  return { assignees, mentions, notes };
}
var registryOwner = (ctx) => {
  if (!ctx.declared)
    return { notes: [`"${ctx.key}" is not declared in ${ctx.registryPath}, so it has no owner`] };
  const file = ctx.ownersFile ?? ctx.registryPath;
  if (ctx.owners.length === 0) return { notes: [`"${ctx.key}" has no owner in ${file}`] };
  const where = `owner in ${file}`;
  const r = reach(ctx.owners, ctx, where);
  return {
    level: levelOf("registry", r, `the flag's owner in ${file}`),
    notes: r.notes
  };
};
var codeownersOfReferences = (ctx) => {
  const files = ctx.referenceFiles.filter((f) => f !== ctx.registryPath);
  if (files.length === 0) return { notes: [] };
  if (!ctx.codeowners) return { notes: ["there is no CODEOWNERS file to fall back on"] };
  const owners = [];
  const owned = [];
  for (const f of files) {
    const own = ownersOf(ctx.codeowners, f).owners;
    if (own.length > 0) owned.push(f);
    for (const o of own) pushUnique(owners, o);
  }
  if (owners.length === 0)
    return { notes: [`CODEOWNERS names nobody for the code that reads the flag (${list(files)})`] };
  const where = `CODEOWNERS of ${list(owned)}`;
  const r = reach(owners, ctx, where);
  return {
    level: levelOf(
      "codeowners-references",
      r,
      `CODEOWNERS of the code that reads the flag (${list(owned)})`
    ),
    notes: r.notes
  };
};
var codeownersOfRegistry = (ctx) => {
  if (!ctx.codeowners) return { notes: [] };
  const owners = ownersOf(ctx.codeowners, ctx.registryPath).owners;
  if (owners.length === 0) return { notes: [`CODEOWNERS names nobody for ${ctx.registryPath}`] };
  const where = `CODEOWNERS of ${ctx.registryPath}`;
  const r = reach(owners, ctx, where);
  return {
    level: levelOf("codeowners-registry", r, `CODEOWNERS of ${ctx.registryPath}`),
    notes: r.notes
  };
};
var escalationPolicy = (ctx, previous) => {
  const teams = [];
  for (const level of previous)
    for (const m of level.mentions) if (ownerKind(m) === "team") pushUnique(teams, m);
  for (const team of teams) {
    const policy = policyForOwner(team, ctx.codeownersConfig, ctx.directory);
    if (policy === void 0) continue;
    const levels = ctx.directory?.onCallAt(policy, ctx.now) ?? null;
    const first = levels?.find((l) => l.people.length > 0);
    if (!first)
      return {
        notes: [
          `${team}'s escalation policy "${policy}" names nobody on call that ops-steward can reach yet`
        ]
      };
    const mentions = first.people.map((p) => p.startsWith("@") || p.includes("@") ? p : `@${p}`).filter((p) => ownerKind(p) === "user" || ownerKind(p) === "team");
    const level = levelOf(
      "escalation-policy",
      { assignees: [], mentions },
      `on call for ${team}'s escalation policy "${policy}" (level ${first.level})`
    );
    return level ? { level, notes: [] } : { notes: [`nobody on call for "${policy}" has a GitHub handle`] };
  }
  return { notes: [] };
};
var DEFAULT_OWNER_CHAIN = [
  registryOwner,
  codeownersOfReferences,
  codeownersOfRegistry,
  escalationPolicy
];
function chooseAssignees(ctx, resolvers = DEFAULT_OWNER_CHAIN) {
  const levels = [];
  const notes = [];
  let chosen;
  let next;
  for (const resolve of resolvers) {
    const r = resolve(ctx, levels);
    if (!chosen) notes.push(...r.notes);
    if (!r.level) continue;
    levels.push(r.level);
    if (!chosen) chosen = r.level;
    else if (!next && addsSomebody(chosen, r.level)) next = r.level;
  }
  return {
    assignees: (chosen?.assignees ?? []).slice(0, MAX_ASSIGNEES),
    mentions: chosen?.mentions ?? [],
    chosen,
    next,
    notes
  };
}
function candidateOwners(ctx) {
  const out = [];
  for (const o of ctx.owners) pushUnique(out, o);
  if (ctx.codeowners) {
    for (const f of [...ctx.referenceFiles, ctx.registryPath])
      for (const o of ownersOf(ctx.codeowners, f).owners) pushUnique(out, o);
  }
  return out.filter((o) => ownerKind(o) === "user" || ownerKind(o) === "team");
}
function levelOf(source, r, why) {
  if (r.assignees.length === 0 && r.mentions.length === 0) return void 0;
  return { source, assignees: r.assignees, mentions: r.mentions, why };
}
function addsSomebody(chosen, level) {
  const known = new Set(
    [...chosen.assignees.map((a) => `@${a}`), ...chosen.mentions].map((x) => x.toLowerCase())
  );
  return [...level.assignees.map((a) => `@${a}`), ...level.mentions].some(
    (x) => !known.has(x.toLowerCase())
  );
}
function pushUnique(out, value) {
  if (!out.some((v) => v.toLowerCase() === value.toLowerCase())) out.push(value);
}
function list(files) {
  return files.length <= 3 ? files.join(", ") : `${files.slice(0, 3).join(", ")} and ${files.length - 3} more`;
}

// src/flags/sync/markers.ts
var MARKER_PREFIX2 = "ops-steward:flag=";
var END_MARKER = "<!-- ops-steward:end -->";
var META_PREFIX = "<!-- ops-steward:meta ";
var FLAG_MARKER = /<!-- ops-steward:flag=(\S+) -->/;
var META = /<!-- ops-steward:meta (\{.*?\}) -->/;
var EVENT = /<!-- ops-steward:event=(\S+) flag=(\S+) -->/g;
function encodeMarkerKey(key) {
  return /^[A-Za-z0-9._:/-]+$/.test(key) && !key.includes("--") ? key : encodeURIComponent(key).replace(/-/g, "%2D");
}
function decodeMarkerKey(raw) {
  try {
    return decodeURIComponent(raw);
  } catch {
    return void 0;
  }
}
function flagMarker(key) {
  return `<!-- ${MARKER_PREFIX2}${encodeMarkerKey(key)} -->`;
}
function markerSearchPhrase(key) {
  return `${MARKER_PREFIX2}${encodeMarkerKey(key)}`;
}
function metaMarker(meta) {
  const json = JSON.stringify(meta).replace(/-(?=-)/g, "\\u002d");
  return `${META_PREFIX}${json} -->`;
}
function eventMarker(id, key) {
  return `<!-- ops-steward:event=${encodeMarkerKey(id)} flag=${encodeMarkerKey(key)} -->`;
}
function splitBody(body) {
  if (!body) return void 0;
  const m = FLAG_MARKER.exec(body);
  if (!m || m[1] === void 0) return void 0;
  const key = decodeMarkerKey(m[1]);
  if (key === void 0) return void 0;
  const start = m.index;
  const endAt = body.indexOf(END_MARKER, start);
  const stop = endAt < 0 ? body.length : endAt + END_MARKER.length;
  const section = body.slice(start, stop);
  return {
    key,
    before: body.slice(0, start),
    section,
    after: body.slice(stop),
    meta: parseMeta(section)
  };
}
function joinBody(parts, section) {
  return `${parts.before}${section}${parts.after}`;
}
function parseMeta(section) {
  const m = META.exec(section);
  if (!m || m[1] === void 0) return void 0;
  let raw;
  try {
    raw = JSON.parse(m[1]);
  } catch {
    return void 0;
  }
  if (typeof raw !== "object" || raw === null) return void 0;
  const r = raw;
  const state = r.state;
  if (state !== "expiring" && state !== "expired" && state !== "orphaned" && state !== "undeclared")
    return void 0;
  const str2 = (v) => typeof v === "string" ? v : void 0;
  const closed = r.closed;
  const meta = {
    state,
    expires: str2(r.expires) ?? null,
    assignees: Array.isArray(r.assignees) ? r.assignees.filter((a) => typeof a === "string") : [],
    noticeOn: str2(r.noticeOn) ?? "1970-01-01"
  };
  const escalatedFor = str2(r.escalatedFor);
  if (escalatedFor !== void 0) meta.escalatedFor = escalatedFor;
  const reopenedOn = str2(r.reopenedOn);
  if (reopenedOn !== void 0) meta.reopenedOn = reopenedOn;
  if (closed === "gone" || closed === "renewed" || closed === "resolved" || closed === "duplicate")
    meta.closed = closed;
  return meta;
}
function eventIds(body) {
  if (!body) return [];
  return [...body.matchAll(EVENT)].map((m) => decodeMarkerKey(m[1] ?? "") ?? "");
}
function comparableSection(section) {
  return section.replace(/\/blob\/[0-9a-f]{7,40}\//gi, "/blob/SHA/").replace(/\r\n/g, "\n").trim();
}

// src/flags/sync/render.ts
function webRoot(repo) {
  return `${(repo.serverUrl ?? "https://github.com").replace(/\/+$/, "")}/${repo.owner}/${repo.repo}`;
}
var MAX_LISTED_REFERENCES2 = 100;
function issueTitle(view) {
  const key = JSON.stringify(view.key);
  switch (view.state) {
    case "expiring":
      return `Feature flag ${key} expires on ${view.expires ?? "an unknown date"}`;
    case "expired":
      return `Feature flag ${key} expired on ${view.expires ?? "an unknown date"}`;
    case "orphaned":
      return `Feature flag ${key} is declared but no code reads it`;
    case "undeclared":
      return `Feature flag ${key} is read by code but not declared`;
  }
}
function permalink(repo, sha, file, line) {
  const path2 = file.split("/").map(encodeURIComponent).join("/");
  return `${webRoot(repo)}/blob/${sha}/${path2}${line === void 0 ? "" : `#L${line}`}`;
}
function renderSection(view, meta, repo, sha) {
  const lines = [`### ${escapeMd(issueTitle(view))}`, ""];
  lines.push(summarySentence(view), "");
  lines.push("| | |", "|---|---|");
  lines.push(`| Flag | ${code(view.key)} |`);
  lines.push(`| State | **${view.state}** |`);
  lines.push(
    `| Owner | ${view.owners.length > 0 ? view.owners.map(escapeCell).join(", ") : "_none_"} |`
  );
  if (view.type) lines.push(`| Type | ${escapeCell(view.type)} |`);
  if (view.created) lines.push(`| Created | ${view.created} |`);
  if (view.expires) lines.push(`| Expires | ${view.expires} (expired from 00:00 UTC that day) |`);
  if (view.declaredAt) {
    const at2 = `${view.declaredAt.file} line ${view.declaredAt.line}`;
    lines.push(
      `| Declared in | [${escapeCell(at2)}](${permalink(repo, sha, view.declaredAt.file, view.declaredAt.line)}) |`
    );
  }
  if (view.description) lines.push(`| Description | ${escapeCell(view.description)} |`);
  lines.push("");
  lines.push(...referenceLines(view, repo, sha), "");
  lines.push("**What to do**", "", ...whatToDo(view), "");
  lines.push(...assigneeLines(view.decision), "");
  lines.push(
    "<sub>Kept up to date by ops-steward on every sweep: this section is rewritten, anything written below it is kept.</sub>"
  );
  return [flagMarker(view.key), defuseMarkers(lines.join("\n")), metaMarker(meta), END_MARKER].join(
    "\n"
  );
}
function summarySentence(view) {
  const k = code(view.key);
  switch (view.state) {
    case "expiring":
      return `${k} expires on ${view.expires ?? "?"}: from that day on it is past its agreed lifetime.`;
    case "expired":
      return view.references.length + view.patternReferences.length > 0 ? `${k} expired on ${view.expires ?? "?"} and code still reads it.` : `${k} expired on ${view.expires ?? "?"}; no code reads it any more, only its entry in ${code(view.registryPath)} is left.`;
    case "orphaned":
      return `${k} is declared in ${code(view.registryPath)}, but no code reads it: no exact, pattern or text reference.`;
    case "undeclared":
      return `Code reads ${k}, but ${code(view.registryPath)} does not declare it, so it has no owner and no expiry.`;
  }
}
function referenceLines(view, repo, sha) {
  const refs = [...view.references].sort(byLocation3);
  if (refs.length === 0 && view.patternReferences.length === 0)
    return ["**References**: none in the scanned code."];
  const out = [
    `**References** (${refs.length}${view.patternReferences.length > 0 ? ` exact, ${view.patternReferences.length} by pattern` : ""}):`,
    ""
  ];
  for (const r of refs.slice(0, MAX_LISTED_REFERENCES2))
    out.push(
      `- [${escapeMd(`${r.file}:${r.line}`)}](${permalink(repo, sha, r.file, r.line)}) \u2014 ${code(r.accessor)}`
    );
  if (refs.length > MAX_LISTED_REFERENCES2) {
    const files = [...new Set(refs.slice(MAX_LISTED_REFERENCES2).map((r) => r.file))];
    out.push(
      `- \u2026and ${refs.length - MAX_LISTED_REFERENCES2} more in ${files.slice(0, 20).map(code).join(", ")}${files.length > 20 ? " and other files" : ""}`
    );
  }
  for (const r of [...view.patternReferences].sort(byLocation3).slice(0, MAX_LISTED_REFERENCES2)) {
    out.push(
      `- [${escapeMd(`${r.file}:${r.line}`)}](${permalink(repo, sha, r.file, r.line)}) \u2014 may read it: ${code(r.accessor)} with the pattern ${code(r.pattern ?? "")}`
    );
  }
  return out;
}
function renewInstructions(view) {
  const step = view.renewDays === null ? "" : ` by at most ${view.renewDays} days (${view.renewSource ?? "the lifetime policy"})`;
  return `comment ${code(`/ops-steward renew ${view.key}`)} on this issue (optionally with a step such as ${code(`${view.renewDays ?? 30}d`)}): ops-steward opens a pull request that moves ${code(view.inCode && !view.inCode.metadataPath ? "@expires" : "expires")}${step}. Owners, CODEOWNERS of the registry and maintainers may renew; renewals go in steps of at most one lifetime.`;
}
function whatToDo(view) {
  const reg = code(view.registryPath);
  const entry = view.inCode ? `its member from ${reg}${view.inCode.metadataPath ? ` and its entry from ${code(view.inCode.metadataPath)}` : ""}` : `its entry from ${reg}`;
  switch (view.state) {
    case "expiring":
    case "expired": {
      const unused = view.references.length + view.patternReferences.length === 0;
      const remove = unused ? `- **Remove it**: delete ${entry} \u2014 no code reads it any more.` : `- **Remove it**: take the flag out of the code listed above (keep the path you want), then delete ${entry}.`;
      return [remove, `- **Or renew it** if it must stay longer: ${renewInstructions(view)}`];
    }
    case "orphaned":
      return [
        `- **Delete** ${entry}.`,
        `- If code builds the flag's name at run time, name it in a comment next to that call so the scanner sees it: ${code(`// ops-steward-flags: ${view.key}`)}`
      ];
    case "undeclared":
      return [
        `- **Declare it** in ${reg} with ${code("owner")}, ${code("created")}, ${code("expires")} and ${code("type")}, or`,
        "- **remove** the code that reads it if the flag is gone from the flag service."
      ];
  }
}
function assigneeLines(decision) {
  const out = ["**Who**", ""];
  const chosen = decision.chosen;
  if (!chosen) {
    out.push(
      "- Nobody could be chosen: give the flag an owner who can be assigned, or add CODEOWNERS for its code or the registry."
    );
  } else {
    if (decision.assignees.length > 0)
      out.push(`- Assigned: ${decision.assignees.map((a) => `@${a}`).join(", ")} \u2014 ${chosen.why}.`);
    if (decision.mentions.length > 0)
      out.push(
        `- Mentioned: ${decision.mentions.join(", ")} \u2014 ${chosen.why}${decision.assignees.length === 0 ? " (teams cannot be assigned; set flags.sync.assignTeamMembers to assign their members)" : ""}.`
      );
  }
  for (const note2 of decision.notes) out.push(`- Passed over: ${escapeMd(note2)}.`);
  if (decision.next)
    out.push(
      `- Next level if this stays unresolved after expiry: ${people(decision.next)} \u2014 ${decision.next.why}.`
    );
  return out;
}
function people(level) {
  return [...level.assignees.map((a) => `@${a}`), ...level.mentions].join(", ");
}
function withMarker(id, key, text) {
  return `${eventMarker(id, key)}
${defuseMarkers(text)}`;
}
function stateChangeComment(id, view, from) {
  const reachable = people({
    assignees: view.decision.assignees,
    mentions: view.decision.mentions
  });
  const to = reachable ? `${reachable}: ` : "";
  const was = from === "closed" ? "This issue was closed, but the flag needs attention again" : `The flag was **${from}**`;
  return withMarker(
    id,
    view.key,
    `${to}${was}; it is now **${view.state}**. ${summarySentence(view)} The description above is up to date.`
  );
}
function escalationComment(id, view, days) {
  const current = people({ assignees: view.decision.assignees, mentions: view.decision.mentions });
  const next = view.decision.next;
  const head = `${code(view.key)} expired on ${view.expires ?? "?"} and this issue is still open ${days} days later.`;
  const body = next ? `Escalating to the next level: ${people(next)} (${next.why}). ${current ? `${current} ` : ""}please remove the flag or renew it.` : `${current ? `${current}: ` : ""}no further escalation level is known (no CODEOWNERS or escalation policy beyond the current owners), so this is the only reminder. Please remove the flag or renew it.`;
  return withMarker(id, view.key, `${head} ${body}

To renew: ${renewInstructions(view)}`);
}
function reopenComment(id, view, everyDays) {
  const who = people({ assignees: view.decision.assignees, mentions: view.decision.mentions });
  return withMarker(
    id,
    view.key,
    `Reopening: ${code(view.key)} is still expired (since ${view.expires ?? "?"}) and code or ${code(view.registryPath)} still has it. Closing the issue does not retire the flag \u2014 remove it or renew it. ${who ? `${who} ` : ""}(ops-steward reopens at most once every ${everyDays} days.)`
  );
}
function closeComment(id, c) {
  const k = code(c.key);
  const at2 = `[${c.scannedSha.slice(0, 7)}](${webRoot(c.repo)}/commit/${c.scannedSha})`;
  let text;
  switch (c.reason) {
    case "gone": {
      const commit = c.lastCommit ? ` The last reference was removed in [${c.lastCommit.sha.slice(0, 7)}](${c.lastCommit.url ?? `${webRoot(c.repo)}/commit/${c.lastCommit.sha}`})${c.lastCommit.subject ? ` (${escapeMd(c.lastCommit.subject)})` : ""}.` : " The commit that removed the last reference is not known here (no history available).";
      text = `Closing: ${k} is gone from the code and from ${code(c.registryPath)} as of ${at2}.${commit} Thank you!`;
      break;
    }
    case "renewed":
      text = `Closing: ${k} was renewed${c.detail ? ` \u2014 ${c.detail}` : ""} (as of ${at2}). A new issue appears if it needs attention again.`;
      break;
    case "resolved":
      text = `Closing: ${k} no longer needs attention${c.detail ? ` \u2014 ${c.detail}` : ""} (as of ${at2}).`;
      break;
    case "duplicate":
      text = `Closing as a duplicate of #${c.keptIssue ?? "?"}: ops-steward keeps one issue per flag.`;
      break;
  }
  return withMarker(id, c.key, text);
}
function byLocation3(a, b) {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column;
}
function code(text) {
  const runs2 = text.match(/`+/g) ?? [];
  const fence = "`".repeat(Math.max(0, ...runs2.map((r) => r.length)) + 1);
  const pad2 = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad2}${text}${pad2}${fence}`;
}
function escapeMd(text) {
  return text.replace(/([\\[\]<>*_|])/g, "\\$1");
}
function escapeCell(text) {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

// src/flags/sync/plan.ts
var SYNC_STATES = [
  "expired",
  "expiring",
  "undeclared",
  "orphaned"
];
var SEVERITY_RANK = {
  expired: 0,
  expiring: 1,
  undeclared: 2,
  orphaned: 3
};
function planFlagSync(input) {
  if (input.registryError !== null) {
    return {
      operations: [],
      labels: labelSpecs(input.flags.sync),
      decisions: [],
      refused: registryRefusal(input.registryError)
    };
  }
  const today = epochDayOf(input.now);
  const ctx = {
    input,
    sync: input.flags.sync,
    today,
    todayIso: isoFromEpochDay(today),
    ops: [],
    decisions: []
  };
  const tracked = /* @__PURE__ */ new Map();
  for (const issue of input.existing) {
    const parts = splitBody(issue.body);
    if (!parts) continue;
    const list2 = tracked.get(parts.key) ?? [];
    if (!list2.some((t) => t.issue.number === issue.number)) list2.push({ issue, parts });
    tracked.set(parts.key, list2);
  }
  const statusByKey = /* @__PURE__ */ new Map();
  for (const s of input.statuses) if (!statusByKey.has(s.key)) statusByKey.set(s.key, s);
  const keys = /* @__PURE__ */ new Set();
  for (const s of input.statuses) if (attentionState(s, input) !== null) keys.add(s.key);
  for (const key of tracked.keys()) keys.add(key);
  const rank = (key) => {
    const s = statusByKey.get(key);
    const state = s ? attentionState(s, input) : null;
    return state === null ? 9 : SEVERITY_RANK[state];
  };
  const ordered = [...keys].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  for (const key of ordered) planKey(ctx, key, statusByKey.get(key), tracked.get(key) ?? []);
  const operations = ctx.ops.map((op, i) => ({ op, i })).sort((a, b) => a.op.priority - b.op.priority || a.i - b.i).map(({ op }) => op);
  return { operations, labels: labelSpecs(ctx.sync), decisions: ctx.decisions };
}
function registryRefusal(problem) {
  return `${problem}; no issue was changed, so a broken registry cannot close or rewrite them`;
}
function attentionState(status, input) {
  const state = status.state;
  if (state === "active" || state === "permanent") return null;
  return input.flags.severity[state] === "off" ? null : state;
}
function labelSpecs(sync) {
  return [
    {
      name: sync.labels.base,
      color: "5319e7",
      description: "A feature flag that needs attention (ops-steward)"
    },
    {
      name: sync.labels.expired,
      color: "b60205",
      description: "The flag is past its expiry: remove or renew it"
    },
    {
      name: sync.labels.expiring,
      color: "fbca04",
      description: "The flag expires soon: remove or renew it"
    },
    {
      name: sync.labels.undeclared,
      color: "d93f0b",
      description: "Code reads a flag the registry does not declare"
    },
    {
      name: sync.labels.orphaned,
      color: "c5def5",
      description: "The registry declares a flag no code reads"
    }
  ];
}
function planKey(ctx, key, status, issues) {
  const { input } = ctx;
  const state = status ? attentionState(status, input) : null;
  const live = issues.filter((t) => t.parts.meta?.closed !== "duplicate");
  const open = live.filter((t) => t.issue.state === "open").sort((a, b) => a.issue.number - b.issue.number);
  const closed = live.filter((t) => t.issue.state === "closed").sort((a, b) => b.issue.number - a.issue.number);
  const primary = open[0] ?? closed[0];
  for (const dup of open.slice(1)) closeDuplicate(ctx, key, dup, primary.issue.number, state);
  if (state === null || !status) {
    if (!primary) return;
    if (primary.issue.state === "closed") {
      note(
        ctx,
        key,
        `#${primary.issue.number} is closed and the flag needs no attention: nothing to do`
      );
      return;
    }
    closeResolved(ctx, key, status, primary);
    return;
  }
  const view = buildView(ctx, status, state);
  if (!primary) {
    const meta2 = {
      state,
      expires: view.expires,
      assignees: view.decision.assignees,
      noticeOn: ctx.todayIso
    };
    const body = renderSection(view, meta2, input.repository, input.sha);
    ctx.ops.push({
      kind: "create",
      key,
      state,
      create: {
        title: issueTitle(view),
        body,
        labels: [ctx.sync.labels.base, ctx.sync.labels[state]],
        assignees: view.decision.assignees
      },
      reason: `create an issue: "${key}" is ${state}${whoText(view)}`,
      writes: 1,
      priority: firstTier(state)
    });
    return;
  }
  const { issue, parts } = primary;
  const meta = parts.meta;
  const snoozed = ctx.sync.labels.snoozed.toLowerCase();
  if (issue.state === "open" && meta?.state === state && issue.labels.some((l) => l.toLowerCase() === snoozed)) {
    note(
      ctx,
      key,
      `#${issue.number} is snoozed (label "${ctx.sync.labels.snoozed}"): left alone until "${key}" is no longer ${state}`
    );
    return;
  }
  if (issue.state === "closed") {
    if (meta?.closed !== void 0) {
      pushChange(ctx, "reopen", view, primary, baseMeta(ctx, view, meta, true), {
        comment: {
          id: `reopen:${issue.closedAt ?? ""}`,
          body: stateChangeComment(`reopen:${issue.closedAt ?? ""}`, view, "closed")
        },
        patch: { state: "open", stateReason: "reopened" },
        reason: `reopen #${issue.number}: "${key}" is ${state} again`
      });
      return;
    }
    if (state !== "expired") {
      note(
        ctx,
        key,
        `#${issue.number} was closed by a person while "${key}" is ${state}: left closed (only expired flags are reopened)`
      );
      return;
    }
    const last = meta?.reopenedOn === void 0 ? null : epochDay(meta.reopenedOn);
    if (last !== null && ctx.today - last < ctx.sync.reopenAfterDays) {
      note(
        ctx,
        key,
        `#${issue.number} was closed by a person but "${key}" is still expired: reopened on ${meta?.reopenedOn}, next reopening not before ${isoFromEpochDay(last + ctx.sync.reopenAfterDays)}`
      );
      return;
    }
    const sameEpisode = meta?.state === "expired" && meta.expires === view.expires;
    const next = {
      ...baseMeta(ctx, view, meta, !sameEpisode),
      reopenedOn: ctx.todayIso
    };
    const id = `reopen:${issue.closedAt ?? ctx.todayIso}`;
    pushChange(ctx, "reopen", view, primary, next, {
      comment: { id, body: reopenComment(id, view, ctx.sync.reopenAfterDays) },
      patch: { state: "open", stateReason: "reopened" },
      reason: `reopen #${issue.number}: a person closed it but "${key}" is still expired`
    });
    return;
  }
  const stateChanged = meta !== void 0 && (meta.state !== state || state === "expired" && meta.expires !== view.expires);
  if (stateChanged) {
    const id = `state:${meta.state}:${state}:${view.expires ?? ""}`;
    pushChange(ctx, "state-change", view, primary, baseMeta(ctx, view, meta, true), {
      comment: { id, body: stateChangeComment(id, view, meta.state) },
      reason: `update #${issue.number} and comment: "${key}" went from ${meta.state} to ${state}`
    });
    return;
  }
  const expiresDay = view.expires === null ? null : epochDay(view.expires);
  const N = ctx.sync.escalateAfterDays;
  const noticeDay = meta ? epochDay(meta.noticeOn) ?? ctx.today : ctx.today;
  if (state === "expired" && expiresDay !== null && meta !== void 0 && meta.escalatedFor !== view.expires && ctx.today >= expiresDay + N && ctx.today >= noticeDay + N) {
    const id = `escalation:${view.expires ?? ""}`;
    const next = {
      ...baseMeta(ctx, view, meta, false),
      escalatedFor: view.expires ?? void 0
    };
    const to = view.decision.next ? `mention the next level (${view.decision.next.why})` : "remind the owners (no further level known)";
    pushChange(ctx, "escalate", view, primary, next, {
      comment: { id, body: escalationComment(id, view, ctx.today - expiresDay) },
      reason: `escalate #${issue.number}: "${key}" expired ${ctx.today - expiresDay} days ago and the issue is still open; ${to}`
    });
    return;
  }
  const nextMeta = baseMeta(ctx, view, meta, meta === void 0);
  const patch = diffPatch(ctx, view, primary, nextMeta);
  if (Object.keys(patch).length === 0) {
    note(ctx, key, `#${issue.number} is up to date ("${key}" is ${state})`);
    return;
  }
  ctx.ops.push({
    kind: "update",
    key,
    state,
    issue: issue.number,
    patch,
    reason: `update #${issue.number}: ${Object.keys(patch).join(", ")} changed`,
    writes: 1,
    priority: 50 + SEVERITY_RANK[state]
  });
}
function baseMeta(ctx, view, prev, fresh) {
  const meta = {
    state: view.state,
    expires: view.expires,
    assignees: view.decision.assignees,
    noticeOn: fresh || !prev ? ctx.todayIso : prev.noticeOn
  };
  if (prev?.escalatedFor !== void 0) meta.escalatedFor = prev.escalatedFor;
  if (prev?.reopenedOn !== void 0) meta.reopenedOn = prev.reopenedOn;
  return meta;
}
function pushChange(ctx, kind, view, t, meta, extra) {
  const full = { ...fullPatch(ctx, view, t, meta), ...extra.patch };
  ctx.ops.push({
    kind,
    key: view.key,
    state: view.state,
    issue: t.issue.number,
    comment: extra.comment,
    patch: full,
    reason: extra.reason,
    writes: 2,
    priority: kind === "escalate" ? 10 : firstTier(view.state)
  });
}
function firstTier(state) {
  return state === "expired" ? 0 : 20 + SEVERITY_RANK[state];
}
function fullPatch(ctx, view, t, meta) {
  return {
    title: issueTitle(view),
    body: joinBody(t.parts, renderSection(view, meta, ctx.input.repository, ctx.input.sha)),
    labels: desiredLabels(ctx.sync, t.issue.labels, view.state),
    assignees: desiredAssignees(t.issue.assignees, t.parts.meta, view.decision.assignees)
  };
}
function diffPatch(ctx, view, t, meta) {
  const want = fullPatch(ctx, view, t, meta);
  const patch = {};
  if (want.title !== t.issue.title) patch.title = want.title;
  const section = renderSection(view, meta, ctx.input.repository, ctx.input.sha);
  if (comparableSection(section) !== comparableSection(t.parts.section)) patch.body = want.body;
  if (!sameSet(want.labels ?? [], t.issue.labels)) patch.labels = want.labels;
  if (!sameSet(want.assignees ?? [], t.issue.assignees)) patch.assignees = want.assignees;
  return patch;
}
function desiredLabels(sync, current, state) {
  const ours = new Set(
    [...SYNC_STATES.map((s) => sync.labels[s]), sync.labels.snoozed].map((l) => l.toLowerCase())
  );
  const kept = current.filter(
    (l) => !ours.has(l.toLowerCase()) && l.toLowerCase() !== sync.labels.base.toLowerCase()
  );
  return [sync.labels.base, sync.labels[state], ...kept];
}
function desiredAssignees(current, meta, want) {
  const previous = new Set((meta?.assignees ?? []).map((a) => a.toLowerCase()));
  const out = current.filter((a) => !previous.has(a.toLowerCase()));
  for (const a of want) if (!out.some((o) => o.toLowerCase() === a.toLowerCase())) out.push(a);
  return out.slice(0, 10);
}
function closeResolved(ctx, key, status, t) {
  const { input } = ctx;
  const meta = t.parts.meta;
  let reason;
  let detail;
  let lastCommit;
  if (!status) {
    reason = "gone";
    lastCommit = input.lastReferenceCommit?.(key);
  } else if (meta?.expires && status.expires && status.expires > meta.expires) {
    reason = "renewed";
    detail = `${"`"}expires${"`"} moved from ${meta.expires} to ${status.expires}`;
  } else {
    reason = "resolved";
    detail = resolvedDetail(status, meta, input);
  }
  const id = `close:${reason}:${meta?.state ?? ""}:${status?.expires ?? ""}`;
  const body = closeComment(id, {
    key,
    reason,
    registryPath: input.registryPath,
    detail,
    lastCommit,
    scannedSha: input.sha,
    repo: input.repository
  });
  const nextMeta = { ...meta ?? fallbackMeta(ctx), closed: reason };
  ctx.ops.push({
    kind: "close",
    key,
    state: null,
    issue: t.issue.number,
    comment: { id, body },
    patch: {
      state: "closed",
      stateReason: "completed",
      body: joinBody(t.parts, replaceMeta(t.parts.section, nextMeta))
    },
    reason: `close #${t.issue.number}: "${key}" ${reason === "gone" ? "is gone from code and registry" : reason === "renewed" ? `was renewed (${detail ?? ""})` : `no longer needs attention (${detail ?? ""})`}`,
    writes: 2,
    priority: 30
  });
}
function resolvedDetail(status, meta, input) {
  if (status.state === "permanent") return `its type ${status.type ?? ""} never expires`;
  if (status.state !== "active")
    return `the ${status.state} state is switched off (flags.severity.${status.state}: off)`;
  if (meta?.state === "undeclared") return `it is now declared in ${input.registryPath}`;
  if (meta?.state === "orphaned") return "code reads it again";
  return "it is active and not close to its expiry";
}
function closeDuplicate(ctx, key, dup, kept, state) {
  const id = `duplicate:${kept}`;
  const meta = { ...dup.parts.meta ?? fallbackMeta(ctx, state), closed: "duplicate" };
  ctx.ops.push({
    kind: "close-duplicate",
    key,
    state,
    issue: dup.issue.number,
    comment: {
      id,
      body: closeComment(id, {
        key,
        reason: "duplicate",
        registryPath: ctx.input.registryPath,
        keptIssue: kept,
        scannedSha: ctx.input.sha,
        repo: ctx.input.repository
      })
    },
    patch: {
      state: "closed",
      stateReason: "not_planned",
      body: joinBody(dup.parts, replaceMeta(dup.parts.section, meta))
    },
    reason: `close #${dup.issue.number} as a duplicate of #${kept} ("${key}")`,
    writes: 2,
    priority: 40
  });
}
function fallbackMeta(ctx, state = null) {
  return { state: state ?? "orphaned", expires: null, assignees: [], noticeOn: ctx.todayIso };
}
function replaceMeta(section, meta) {
  const marker = metaMarker(meta);
  if (/<!-- ops-steward:meta \{.*?\} -->/.test(section))
    return section.replace(/<!-- ops-steward:meta \{.*?\} -->/, () => marker);
  const end = section.lastIndexOf("<!-- ops-steward:end -->");
  return end < 0 ? `${section}
${marker}
<!-- ops-steward:end -->` : `${section.slice(0, end)}${marker}
${section.slice(end)}`;
}
function buildView(ctx, status, state) {
  const { input } = ctx;
  const declared = input.declared.find((d) => d.key === status.key);
  const { exact, patterns } = referencesOf(status.key, input.references);
  const policy = status.type ? lifetimePolicy(input.flags, status.type) : lifetimePolicy(input.flags, "default");
  const referenceFiles = referenceFilesOf(status.key, input.references);
  const registryPath = declared?.file ?? input.registryPath;
  const chainCtx = {
    key: status.key,
    owners: status.owners,
    declared: declared !== void 0,
    referenceFiles,
    registryPath,
    ...declared?.metadataFile ? { ownersFile: declared.metadataFile } : {},
    codeowners: input.codeowners,
    isAssignable: (login) => input.assignable.has(login.toLowerCase()),
    teamMembers: (team) => input.teamMembers?.get(team.toLowerCase()),
    assignTeamMembers: input.flags.sync.assignTeamMembers,
    codeownersConfig: input.codeownersConfig,
    directory: input.directory,
    now: input.now
  };
  const view = {
    key: status.key,
    state,
    owners: status.owners,
    type: status.type,
    created: status.created,
    expires: status.expires,
    registryPath,
    references: exact,
    patternReferences: patterns,
    renewDays: policy?.days ?? null,
    renewSource: policy?.source ?? null,
    decision: chooseAssignees(chainCtx, input.resolvers)
  };
  if (declared) view.declaredAt = { file: declared.file, line: declared.line };
  if (declared && registrySources(input.flags).some((s) => s.kind === "code" && s.path === declared.file))
    view.inCode = declared.metadataFile ? { metadataPath: declared.metadataFile } : {};
  if (declared?.description) view.description = declared.description;
  return view;
}
function referencesOf(key, references) {
  return {
    exact: references.filter((r) => r.key === key),
    patterns: references.filter(
      (r) => r.key === null && r.pattern !== null && minimatch(key, r.pattern, { dot: true, nonegate: true, nocomment: true })
    )
  };
}
function referenceFilesOf(key, references) {
  const { exact, patterns } = referencesOf(key, references);
  return [...new Set([...exact, ...patterns].map((r) => r.file))].sort();
}
function whoText(view) {
  const d = view.decision;
  if (!d.chosen) return "; nobody to assign";
  const who = [...d.assignees.map((a) => `@${a}`), ...d.mentions].join(", ");
  return `; ${who} (${d.chosen.why})`;
}
function note(ctx, key, message) {
  ctx.decisions.push({ key, message });
}
function sameSet(a, b) {
  const x = new Set(a.map((v) => v.toLowerCase()));
  const y = new Set(b.map((v) => v.toLowerCase()));
  return x.size === y.size && [...x].every((v) => y.has(v));
}

// src/flags/sync/result.ts
function plannedOf(op) {
  const p = { kind: op.kind, key: op.key, reason: op.reason, writes: op.writes };
  if (op.issue !== void 0) p.issue = op.issue;
  return p;
}
function emptyCounts() {
  return {
    created: 0,
    updated: 0,
    closed: 0,
    reopened: 0,
    commented: 0,
    escalated: 0,
    skipped: 0,
    failed: 0
  };
}
function renderFlagSyncSummary(result) {
  return redactSecrets(renderSummaryUnredacted(result));
}
function renderSummaryUnredacted(result) {
  const c = result.counts;
  const lines = [
    `### Feature flag issues${result.dryRun ? " (dry run: nothing was changed)" : ""}`,
    ""
  ];
  lines.push(`Swept ${result.target}: ${result.writes} of ${result.budget} writes used.`, "");
  if (result.error) lines.push(`> **Error:** ${result.error}`, "");
  else if (result.stopped) lines.push(`> **Stopped early:** ${result.stopped}`, "");
  lines.push(
    "| created | updated | closed | reopened | commented | escalated | skipped | failed |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|",
    `| ${c.created} | ${c.updated} | ${c.closed} | ${c.reopened} | ${c.commented} | ${c.escalated} | ${c.skipped} | ${c.failed} |`,
    ""
  );
  if (result.labelsCreated.length > 0)
    lines.push(`Labels created: ${result.labelsCreated.map((l) => `\`${l}\``).join(", ")}`, "");
  const rows = result.dryRun ? result.planned.map((p) => ({ ...p, outcome: "planned" })) : result.applied.map((a) => ({ ...a, issue: a.issueNumber ?? a.issue }));
  if (rows.length > 0) {
    lines.push("| | flag | issue | what |", "|---|---|---|---|");
    for (const r of rows) {
      lines.push(
        `| ${r.outcome} | \`${r.key}\` | ${r.issue === void 0 ? "" : `#${r.issue}`} | ${cell(r.reason)}${r.detail ? ` \u2014 ${cell(r.detail)}` : ""} |`
      );
    }
    lines.push("");
  }
  if (!result.dryRun && result.remaining.length > 0) {
    lines.push(
      `<details><summary>${result.remaining.length} operation(s) left for the next sweep</summary>`,
      ""
    );
    for (const r of result.remaining) lines.push(`- \`${r.key}\`: ${cell(r.reason)}`);
    lines.push("", "</details>", "");
  }
  if (rows.length === 0 && !result.error) lines.push("Every flag issue is up to date.", "");
  return lines.join("\n");
}
function cell(text) {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

// src/core/log.ts
var silentLog = { info: () => void 0, warning: () => void 0 };

// src/engine/sync-flag-issues.ts
async function syncFlagIssues(opts) {
  const log = opts.log ?? silentLog;
  const repo = { owner: opts.owner, repo: opts.repo };
  const sync = opts.config.flags.sync;
  const dryRun = opts.dryRun ?? false;
  const result = {
    dryRun,
    target: `${opts.owner}/${opts.repo}@${opts.sha.slice(0, 7)}`,
    counts: emptyCounts(),
    planned: [],
    applied: [],
    remaining: [],
    labelsCreated: [],
    decisions: [],
    writes: 0,
    budget: sync.budget
  };
  const files = opts.config.ignore.length > 0 ? withIgnore(opts.files, opts.config.ignore) : opts.files;
  const analysis = await analyzeFlags(files, opts.config.flags);
  const registryError = registryProblem(analysis);
  if (registryError !== null) {
    result.error = registryRefusal(registryError);
    log.warning(result.error);
    return result;
  }
  const statuses = statusOf(analysis, opts.config.flags, opts.now);
  const registryPath = primaryRegistryPath(opts.config.flags);
  const { codeowners } = await loadCodeowners(files);
  const references = analysis.scan.references;
  let existing;
  let assignable;
  let teamMembers;
  try {
    existing = await opts.tracker.findExisting(repo, sync.labels.base, log);
    log.info(`found ${existing.length} flag issue(s) in ${opts.owner}/${opts.repo}`);
    const needy = statuses.filter((s) => attentionState(s, { flags: opts.config.flags }) !== null);
    const candidates = /* @__PURE__ */ new Set();
    const declaredIn = new Map(analysis.registry.flags.map((f) => [f.key, f.file]));
    for (const s of needy) {
      for (const o of candidateOwners({
        owners: s.owners,
        referenceFiles: referenceFilesOf(s.key, references),
        registryPath: declaredIn.get(s.key) ?? registryPath,
        codeowners
      }))
        candidates.add(o);
    }
    ({ assignable, teamMembers } = await opts.tracker.lookUpPeople(
      repo,
      [...candidates],
      sync.assignTeamMembers,
      log
    ));
  } catch (err) {
    result.error = `could not read the flag issues or owners of ${opts.owner}/${opts.repo}: ${describeError(err)}`;
    log.warning(result.error);
    return result;
  }
  const input = {
    repository: opts.serverUrl ? { ...repo, serverUrl: opts.serverUrl } : repo,
    sha: opts.sha,
    registryPath,
    registryError,
    statuses,
    declared: analysis.registry.flags,
    references,
    codeowners,
    flags: opts.config.flags,
    codeownersConfig: opts.config.codeowners,
    now: opts.now,
    existing,
    assignable,
    teamMembers
  };
  if (opts.resolvers) input.resolvers = opts.resolvers;
  const directory = opts.directory ?? (await loadOnCall(files, opts.config.oncall)).directory;
  if (directory) input.directory = directory;
  let plan = planFlagSync(input);
  const statusKeys = new Set(statuses.map((s) => s.key));
  const gone = plan.operations.filter((op) => op.kind === "close" && !statusKeys.has(op.key)).map((op) => op.key);
  if (opts.lastReferenceCommit && gone.length > 0) {
    const found = /* @__PURE__ */ new Map();
    for (const key of gone) {
      const commit = await opts.lastReferenceCommit(key).catch(() => void 0);
      if (commit) found.set(key, commit);
    }
    input.lastReferenceCommit = (key) => found.get(key);
    plan = planFlagSync(input);
  }
  result.decisions = plan.decisions;
  result.planned = plan.operations.map(plannedOf);
  for (const d of plan.decisions) log.info(`flag "${d.key}": ${d.message}`);
  if (plan.operations.length === 0) log.info("every flag issue is up to date");
  if (dryRun) {
    for (const op of plan.operations)
      log.info(`[dry-run] would ${op.reason} (${op.writes} write${op.writes === 1 ? "" : "s"})`);
    try {
      const missing = await opts.tracker.missingLabels(
        repo,
        labelsUsed(plan.labels, plan.operations)
      );
      for (const l of missing) log.info(`[dry-run] would create the label "${l.name}"`);
    } catch (err) {
      log.warning(`could not list the labels: ${describeError(err)}`);
    }
    result.counts.skipped = plan.operations.length;
    result.remaining = [...result.planned];
    return result;
  }
  await opts.tracker.apply(
    {
      repo,
      labels: labelsUsed(plan.labels, plan.operations),
      operations: plan.operations,
      input,
      existing
    },
    result,
    log
  );
  return result;
}
function labelsUsed(specs, ops) {
  const used = /* @__PURE__ */ new Set();
  for (const op of ops)
    for (const l of op.create?.labels ?? op.patch?.labels ?? []) used.add(l.toLowerCase());
  return specs.filter((s) => used.has(s.name.toLowerCase()));
}

// src/github/paginate.ts
var PER_PAGE = 100;
async function* pageItems(octokit, route, params, options) {
  for (let page = 1; page <= options.maxPages; page++) {
    const { data } = await octokit.request(route, { ...params, per_page: PER_PAGE, page });
    const list2 = options.field === void 0 ? data : typeof data === "object" && data !== null ? data[options.field] : void 0;
    const items = Array.isArray(list2) ? list2 : [];
    yield* items;
    if (items.length < PER_PAGE) return;
  }
}

// src/github/flag-sync.ts
import { randomUUID } from "node:crypto";

// src/github/issues.ts
var MAX_PAGES = 50;
var MAX_SEARCH_PAGES = 10;
async function listLabeledIssues(octokit, repo, label2) {
  const out = [];
  const params = { ...repo, labels: label2, state: "all" };
  for await (const raw of pageItems(octokit, "GET /repos/{owner}/{repo}/issues", params, {
    maxPages: MAX_PAGES
  })) {
    const issue = toExistingIssue(raw);
    if (issue) out.push(issue);
  }
  return out;
}
async function searchIssuesByBody(octokit, repo, phrase) {
  const q = `repo:${repo.owner}/${repo.repo} is:issue in:body "${phrase.replace(/"/g, "")}"`;
  const out = [];
  for await (const raw of pageItems(
    octokit,
    "GET /search/issues",
    { q },
    {
      maxPages: MAX_SEARCH_PAGES,
      field: "items"
    }
  )) {
    const issue = toExistingIssue(raw);
    if (issue) out.push(issue);
  }
  return out;
}
async function createIssue(octokit, repo, issue) {
  const params = {
    ...repo,
    title: issue.title,
    body: issue.body,
    labels: issue.labels
  };
  if (issue.assignees.length > 0) params.assignees = issue.assignees;
  const { data } = await octokit.request("POST /repos/{owner}/{repo}/issues", {
    ...params,
    request: NO_BLIND_RETRY
  });
  return requireIssue(data, "creating an issue");
}
async function updateIssue(octokit, repo, number, patch) {
  const params = { ...repo, issue_number: number };
  if (patch.title !== void 0) params.title = patch.title;
  if (patch.body !== void 0) params.body = patch.body;
  if (patch.labels !== void 0) params.labels = patch.labels;
  if (patch.assignees !== void 0) params.assignees = patch.assignees;
  if (patch.state !== void 0) params.state = patch.state;
  if (patch.stateReason !== void 0) params.state_reason = patch.stateReason;
  const { data } = await octokit.request(
    "PATCH /repos/{owner}/{repo}/issues/{issue_number}",
    params
  );
  return requireIssue(data, `updating issue #${number}`);
}
async function createComment(octokit, repo, number, body) {
  await octokit.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
    ...repo,
    issue_number: number,
    body,
    request: NO_BLIND_RETRY
  });
}
var NO_BLIND_RETRY = { retries: 0 };
function isUncertain(err) {
  const status = httpStatus(err);
  return status === void 0 || status >= 500;
}
async function latestEventId(octokit, repo, number) {
  let latest;
  const comments = pageItems(
    octokit,
    "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
    { ...repo, issue_number: number },
    { maxPages: MAX_PAGES }
  );
  for await (const c of comments) {
    const ids = eventIds(str(prop(c, "body")));
    if (ids.length > 0) latest = ids[ids.length - 1];
  }
  return latest;
}
async function isAssignable(octokit, repo, login) {
  try {
    await octokit.request("GET /repos/{owner}/{repo}/assignees/{assignee}", {
      ...repo,
      assignee: login
    });
    return true;
  } catch (err) {
    if (httpStatus(err) === 404) return false;
    throw err;
  }
}
async function listTeamMembers(octokit, team) {
  const m = /^@?([^/]+)\/(.+)$/.exec(team);
  if (!m) return void 0;
  const out = [];
  try {
    const members = pageItems(
      octokit,
      "GET /orgs/{org}/teams/{team_slug}/members",
      { org: m[1], team_slug: m[2] },
      { maxPages: MAX_PAGES }
    );
    for await (const u of members) {
      const login = str(prop(u, "login"));
      if (login) out.push(login);
    }
  } catch (err) {
    const status = httpStatus(err);
    if (status === 403 || status === 404) return void 0;
    throw err;
  }
  return out;
}
function toExistingIssue(raw) {
  if (prop(raw, "pull_request") !== void 0) return void 0;
  const number = prop(raw, "number");
  if (typeof number !== "number") return void 0;
  const state = prop(raw, "state") === "closed" ? "closed" : "open";
  const labels = prop(raw, "labels");
  const assignees = prop(raw, "assignees");
  return {
    number,
    state,
    title: str(prop(raw, "title")) ?? "",
    body: str(prop(raw, "body")) ?? "",
    labels: Array.isArray(labels) ? labels.map((l) => typeof l === "string" ? l : str(prop(l, "name"))).filter((l) => l !== void 0) : [],
    assignees: Array.isArray(assignees) ? assignees.map((a) => str(prop(a, "login"))).filter((a) => a !== void 0) : [],
    closedAt: str(prop(raw, "closed_at")) ?? null
  };
}
function requireIssue(data, what) {
  const issue = toExistingIssue(data);
  if (!issue) throw new Error(`Unexpected response from GitHub while ${what}: no issue number`);
  return issue;
}
function stopsSweep(err) {
  const status = httpStatus(err);
  return !(status === 404 || status === 410 || status === 422);
}

// src/github/labels.ts
var MAX_PAGES2 = 20;
async function listLabelNames(octokit, repo) {
  const names = /* @__PURE__ */ new Set();
  for await (const l of pageItems(
    octokit,
    "GET /repos/{owner}/{repo}/labels",
    { ...repo },
    {
      maxPages: MAX_PAGES2
    }
  )) {
    const name2 = str(prop(l, "name"));
    if (name2 !== void 0) names.add(name2.toLowerCase());
  }
  return names;
}
function missingLabels(specs, existing) {
  return specs.filter((s) => !existing.has(s.name.toLowerCase()));
}
async function createLabel(octokit, repo, spec) {
  try {
    await octokit.request("POST /repos/{owner}/{repo}/labels", {
      ...repo,
      name: spec.name,
      color: spec.color,
      description: spec.description
    });
    return true;
  } catch (err) {
    if (httpStatus(err) === 422) return false;
    throw err;
  }
}
var SWEEP_LOCK_LABEL = "ops-steward: sweep running";
var SWEEP_LEASE_MS = 15 * 60 * 1e3;
var LEASE = /^lease until (\S+) by (\S+)$/;
function leaseText(lock) {
  return `lease until ${lock.until.toISOString()} by ${lock.holder}`;
}
async function readLock(octokit, repo) {
  try {
    const { data } = await octokit.request("GET /repos/{owner}/{repo}/labels/{name}", {
      ...repo,
      name: SWEEP_LOCK_LABEL
    });
    const m = LEASE.exec(str(prop(data, "description")) ?? "");
    const until = m ? new Date(m[1]) : /* @__PURE__ */ new Date(0);
    return { holder: m?.[2] ?? "", until: Number.isNaN(until.getTime()) ? /* @__PURE__ */ new Date(0) : until };
  } catch (err) {
    if (httpStatus(err) === 404) return null;
    throw err;
  }
}
async function acquireSweepLock(octokit, repo, holder, now, attempt = 0) {
  const mine = { holder, until: new Date(now.getTime() + SWEEP_LEASE_MS) };
  try {
    await octokit.request("POST /repos/{owner}/{repo}/labels", {
      ...repo,
      name: SWEEP_LOCK_LABEL,
      color: "ededed",
      description: leaseText(mine),
      request: { retries: 0 }
    });
    return { acquired: true };
  } catch (err) {
    if (httpStatus(err) !== 422 && httpStatus(err) !== void 0 && httpStatus(err) < 500)
      throw err;
  }
  const current = await readLock(octokit, repo);
  if (current === null)
    return attempt < 2 ? acquireSweepLock(octokit, repo, holder, now, attempt + 1) : { acquired: false, heldBy: void 0 };
  if (current?.holder === holder) return { acquired: true };
  if (current && current.until.getTime() > now.getTime())
    return { acquired: false, heldBy: current };
  await octokit.request("PATCH /repos/{owner}/{repo}/labels/{name}", {
    ...repo,
    name: SWEEP_LOCK_LABEL,
    description: leaseText(mine)
  });
  const after = await readLock(octokit, repo);
  return after?.holder === holder ? { acquired: true } : { acquired: false, heldBy: after ?? void 0 };
}
async function releaseSweepLock(octokit, repo, holder) {
  const current = await readLock(octokit, repo);
  if (current?.holder !== holder) return;
  await octokit.request("DELETE /repos/{owner}/{repo}/labels/{name}", {
    ...repo,
    name: SWEEP_LOCK_LABEL
  });
}

// src/github/flag-sync.ts
var LOOKUP_CONCURRENCY = 4;
var ANY_MARKER = "ops-steward:flag=";
function githubFlagIssues(octokit) {
  return {
    findExisting: (repo, label2, log) => findExistingIssues(octokit, repo, label2, log),
    lookUpPeople: (repo, candidates, assignTeamMembers, log) => lookUpPeople(octokit, repo, candidates, assignTeamMembers, log),
    missingLabels: async (repo, specs) => missingLabels(specs, await listLabelNames(octokit, repo)),
    apply: (plan, result, log) => applyPlan(octokit, plan, result, log)
  };
}
async function applyPlan(octokit, plan, result, log) {
  if (plan.operations.length === 0) return;
  const holder = randomUUID();
  const nothingChanged = (why) => {
    result.error = `${why}; nothing was changed, the next sweep picks up from the issues as they are`;
    result.stopped = result.error;
    result.remaining = [...result.planned];
    result.counts.skipped = plan.operations.length;
    log.warning(result.error);
  };
  try {
    const lock = await acquireSweepLock(octokit, plan.repo, holder, plan.input.now);
    if (!lock.acquired) {
      const until = lock.heldBy ? ` (its lease runs until ${lock.heldBy.until.toISOString()})` : "";
      return nothingChanged(
        `another sweep is writing to ${plan.repo.owner}/${plan.repo.repo}${until}`
      );
    }
  } catch (err) {
    return nothingChanged(
      `could not take the sweep lock (the label "${SWEEP_LOCK_LABEL}": ${describeError(err)})`
    );
  }
  const locked = true;
  try {
    let current;
    try {
      current = await refreshed(octokit, plan, result, log);
    } catch (err) {
      return nothingChanged(`could not read the flag issues again: ${describeError(err)}`);
    }
    await applyLocked(octokit, current, result, log);
  } finally {
    if (locked)
      await releaseSweepLock(octokit, plan.repo, holder).catch(
        (err) => log.warning(`could not release the sweep lock (${describeError(err)}); its lease runs out`)
      );
  }
}
async function refreshed(octokit, plan, result, log) {
  const label2 = plan.input.flags.sync.labels.base;
  const known = new Map(plan.existing.map((i) => [i.number, i]));
  let changed = false;
  for (const issue of await listLabeledIssues(octokit, plan.repo, label2)) {
    if (!splitBody(issue.body)) continue;
    const before = known.get(issue.number);
    if (before && before.body === issue.body && before.state === issue.state) continue;
    known.set(issue.number, issue);
    changed = true;
  }
  if (!changed) return plan;
  const existing = [...known.values()].sort((a, b) => a.number - b.number);
  const operations = planFlagSync({ ...plan.input, existing }).operations;
  log.info("the flag issues changed since they were read (another sweep?): planned again");
  result.planned = operations.map(plannedOf);
  return { ...plan, existing, operations };
}
async function applyLocked(octokit, plan, result, log) {
  const applier = new Applier(octokit, plan.repo, result, log, plan.input, plan.existing);
  try {
    await applier.ensureLabels(plan.labels);
  } catch (err) {
    if (stopsSweep(err)) {
      result.error = `could not create labels: ${describeError(err)}`;
      result.stopped = `stopped before changing any issue: ${result.error}`;
      result.remaining = [...result.planned];
      result.counts.skipped = plan.operations.length;
      log.warning(result.stopped);
      return;
    }
    log.warning(
      `could not create labels (${describeError(err)}); GitHub adds missing labels to issues without colours`
    );
  }
  await applier.run(plan.operations);
}
async function findExistingIssues(octokit, repo, label2, log) {
  const byNumber = /* @__PURE__ */ new Map();
  for (const issue of await listLabeledIssues(octokit, repo, label2))
    if (splitBody(issue.body)) byNumber.set(issue.number, issue);
  try {
    for (const issue of await searchIssuesByBody(octokit, repo, ANY_MARKER)) {
      if (!byNumber.has(issue.number) && splitBody(issue.body)) byNumber.set(issue.number, issue);
    }
  } catch (err) {
    if (stopsSweep(err) && !isSearchOnlyFailure(err)) throw err;
    log.warning(
      `could not search for unlabelled flag issues (${describeError(err)}); continuing with the labelled ones`
    );
  }
  return [...byNumber.values()].sort((a, b) => a.number - b.number);
}
function isSearchOnlyFailure(err) {
  const status = err.status;
  return status === 403 || status === 422 || status === 503;
}
async function lookUpPeople(octokit, repo, candidates, assignTeamMembers, log) {
  const limit = pLimit(LOOKUP_CONCURRENCY);
  const teamMembers = /* @__PURE__ */ new Map();
  const logins2 = /* @__PURE__ */ new Set();
  for (const c of candidates) if (ownerKind(c) === "user") logins2.add(c.slice(1).toLowerCase());
  if (assignTeamMembers) {
    const teams = candidates.filter((c) => ownerKind(c) === "team");
    await Promise.all(
      teams.map(
        (team) => limit(async () => {
          const members = await listTeamMembers(octokit, team);
          if (members === void 0) {
            log.warning(
              `could not read the members of ${team} (the token needs read access to the organization's teams); the team is only mentioned`
            );
            return;
          }
          teamMembers.set(team.toLowerCase(), members);
          for (const m of members) logins2.add(m.toLowerCase());
        })
      )
    );
  }
  const assignable = /* @__PURE__ */ new Set();
  await Promise.all(
    [...logins2].map(
      (login) => limit(async () => {
        if (await isAssignable(octokit, repo, login)) assignable.add(login);
        else log.info(`@${login} cannot be assigned issues in ${repo.owner}/${repo.repo}`);
      })
    )
  );
  return { assignable, teamMembers };
}
var Applier = class {
  constructor(octokit, repo, result, log, input, existing) {
    this.octokit = octokit;
    this.repo = repo;
    this.result = result;
    this.log = log;
    this.input = input;
    this.existing = existing;
  }
  octokit;
  repo;
  result;
  log;
  input;
  existing;
  fits(writes) {
    return this.result.writes + writes <= this.result.budget;
  }
  async ensureLabels(specs) {
    if (specs.length === 0) return;
    const missing = missingLabels(specs, await listLabelNames(this.octokit, this.repo));
    for (const spec of missing) {
      if (!this.fits(1)) {
        this.log.warning(
          `budget spent: the label "${spec.name}" is not created (GitHub adds it without a colour)`
        );
        return;
      }
      if (await createLabel(this.octokit, this.repo, spec)) {
        this.result.writes++;
        this.result.labelsCreated.push(spec.name);
        this.log.info(`created the label "${spec.name}"`);
      }
    }
  }
  async run(ops) {
    const { result } = this;
    for (let i = 0; i < ops.length; i++) {
      const op = ops[i];
      if (!this.fits(op.writes)) {
        this.stop(
          ops,
          i,
          false,
          `the budget of ${result.budget} writes is spent (flags.sync.budget); ${ops.length - i} operation(s) are left for the next sweep`
        );
        return;
      }
      try {
        await this.apply(op);
      } catch (err) {
        const message = describeError(err);
        result.counts.failed++;
        result.applied.push({ ...plannedOf(op), outcome: "failed", detail: message });
        if (stopsSweep(err)) {
          result.error = `GitHub refused "${op.reason}": ${message}`;
          this.stop(
            ops,
            i,
            true,
            `${result.error}; the next sweep continues from the issues as they are`
          );
          return;
        }
        this.log.warning(`failed to ${op.reason}: ${message}; going on with the other flags`);
      }
    }
  }
  /** Records what is left (the failed operation included: the next sweep re-plans it). */
  stop(ops, from, failed, why) {
    this.result.stopped = why;
    this.result.remaining.push(...ops.slice(from).map(plannedOf));
    this.result.counts.skipped += ops.length - from - (failed ? 1 : 0);
    this.log.warning(`stopped: ${why}`);
  }
  async apply(op) {
    if (op.kind === "create") return this.create(op);
    return this.change(op, "done");
  }
  async create(op) {
    const found = (await searchIssuesByBody(this.octokit, this.repo, markerSearchPhrase(op.key))).filter((i) => splitBody(i.body)?.key === op.key);
    const known = new Set(this.existing.map((i) => i.number));
    const fresh = found.filter((i) => !known.has(i.number));
    if (fresh.length > 0) return this.adopt(op, fresh);
    let created;
    try {
      created = await createIssue(this.octokit, this.repo, op.create);
    } catch (err) {
      if (!isUncertain(err)) throw err;
      const label2 = this.input.flags.sync.labels.base;
      const landed = (await listLabeledIssues(this.octokit, this.repo, label2)).filter(
        (i) => splitBody(i.body)?.key === op.key && !known.has(i.number)
      );
      const [first, ...more] = landed.sort((a, b) => a.number - b.number);
      if (!first) throw err;
      this.log.info(
        `flag "${op.key}": the create failed (${describeError(err)}) but GitHub made #${first.number}`
      );
      created = first;
      if (more.length > 0) {
        this.countCreated(op, created);
        return this.adopt(op, more, true);
      }
    }
    this.countCreated(op, created);
  }
  /** The `created` count counts issues that exist: one GitHub made counts, whoever heard the answer. */
  countCreated(op, created) {
    this.result.writes++;
    this.result.counts.created++;
    this.existing.push(created);
    this.result.applied.push({ ...plannedOf(op), outcome: "done", issueNumber: created.number });
    this.log.info(`created #${created.number}: ${op.reason}`);
  }
  /** Issues for `op.key` found instead of creating one: the planner decides what each needs (duplicates close). */
  async adopt(op, fresh, alreadyCounted = false) {
    this.existing.push(...fresh);
    const numbers = fresh.map((i) => `#${i.number}`).join(", ");
    this.log.info(
      `flag "${op.key}": found ${numbers} by its marker; updating it instead of creating another`
    );
    const replanned = planFlagSync({ ...this.input, existing: this.existing }).operations.filter(
      (o) => o.key === op.key && o.kind !== "create"
    );
    if (replanned.length === 0) {
      if (alreadyCounted) return;
      this.result.applied.push({
        ...plannedOf(op),
        outcome: "found-existing",
        issueNumber: fresh[0].number,
        detail: "already up to date"
      });
      return;
    }
    for (const next of replanned) {
      if (this.fits(next.writes)) await this.change(next, "found-existing");
      else {
        this.result.remaining.push(plannedOf(next));
        this.result.counts.skipped++;
        this.log.warning(`budget spent: left for the next sweep: ${next.reason}`);
      }
    }
  }
  async change(op, outcome) {
    const number = op.issue;
    let resumed = false;
    if (op.comment) {
      if (await latestEventId(this.octokit, this.repo, number) === op.comment.id) resumed = true;
      else {
        try {
          await createComment(this.octokit, this.repo, number, op.comment.body);
        } catch (err) {
          if (!isUncertain(err) || await latestEventId(this.octokit, this.repo, number) !== op.comment.id)
            throw err;
        }
        this.result.writes++;
        this.result.counts.commented++;
      }
    }
    if (op.patch) {
      const updated = await updateIssue(this.octokit, this.repo, number, op.patch);
      this.result.writes++;
      const i = this.existing.findIndex((e) => e.number === number);
      if (i >= 0) this.existing[i] = updated;
    }
    const c = this.result.counts;
    if (op.kind === "update" || op.kind === "state-change") c.updated++;
    else if (op.kind === "escalate") c.escalated++;
    else if (op.kind === "reopen") c.reopened++;
    else if (op.kind === "close" || op.kind === "close-duplicate") c.closed++;
    const final = resumed && outcome === "done" ? "resumed" : outcome;
    this.result.applied.push({
      ...plannedOf(op),
      outcome: final,
      issueNumber: number,
      ...resumed ? { detail: "the comment was already posted by an interrupted run" } : {}
    });
    this.log.info(`${final === "done" ? "done" : final}: ${op.reason}`);
  }
};

// src/repo/types.ts
var DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

export {
  withIgnore,
  BASELINE_PATH,
  hideToolOutputs,
  countFindings,
  formatLocation,
  shouldFail,
  renderBaseline,
  normalizeRepoPath,
  ownersOf,
  ownerKind,
  sameOwner,
  parseCodeowners,
  escalationFor,
  diffFromPullFiles,
  prop,
  str,
  UserError,
  InputError,
  httpStatus,
  describeError,
  RepoError,
  UnreadableFileError,
  CODEOWNERS_LOCATIONS,
  loadCodeowners,
  tooLargeReason,
  sizeLimitFor,
  readLimitFor,
  validateMaxFileBytes,
  decodeText,
  comparePaths,
  NoticeLog,
  memoryRepo,
  registrySources,
  yamlRegistryPath,
  loadRegistries,
  analyzeFlags,
  statusOf,
  findingsOf,
  isValidTimeZone,
  wallClockOf,
  parseDateTime,
  isoInZone,
  scheduleTimeline,
  coverageGaps,
  didYouMean,
  defuseMarkers,
  redactSecrets,
  formatCounts,
  GITHUB_COMMENT_LIMIT,
  escapeMarkdownCell,
  renderMarkdown,
  docKinds,
  pLimit,
  docsRun,
  checkDocumentsAt,
  allDocumentPaths,
  monitorsReport,
  MODULES,
  whoIsOnCall,
  onCallLevelsAt,
  loadOnCall,
  moduleContext,
  selectModules,
  runChecks,
  guarded,
  finish,
  renderJson,
  DEFAULT_CONFIG_PATH,
  defaultConfig,
  renderSarifString,
  require_picocolors,
  sanitizeForTerminal,
  ANNOTATIONS_PER_LEVEL_PER_STEP,
  buildAnnotations,
  REPORT_FORMATS,
  isReportFormat,
  renderReport,
  parseConfig,
  CONFIG_CANDIDATES,
  readConfigAt,
  loadConfigAt,
  DEFAULT_MAX_FILE_BYTES,
  silentLog,
  renderFlagSyncSummary,
  syncFlagIssues,
  DEFAULT_REQUEST_BUDGET_MS,
  requestBudget,
  PER_PAGE,
  pageItems,
  githubFlagIssues
};
