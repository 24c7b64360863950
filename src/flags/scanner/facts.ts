import { ts as tsMorphTs } from 'ts-morph';
import ts = tsMorphTs;
import type { Expr, FileSummary } from './ir.js';
import { UNKNOWN, type IrBuilder } from './ir-builder.js';
import {
  chainText,
  hasModifier,
  loadedModule,
  loadedModuleBinding,
  propName,
  unwrap,
} from './syntax.js';

/**
 * Module facts from a file's top-level statements: imports, exports, re-exports, and the values
 * and types worth resolving from other files (consts, enums, objects, literal-union aliases).
 */
export class ModuleFacts {
  /**
   * Bare callees whose calls are recorded whatever their name: imported bindings (local → imported
   * name) and functions declared at the top level. A wrapper found later among them then needs no
   * second parse of this file.
   */
  readonly callees = new Map<string, string>();
  /** Top-level functions defined here with a body (FileSummary.definedFns). */
  readonly defined = new Set<string>();

  constructor(
    private readonly ir: IrBuilder,
    private readonly out: FileSummary,
  ) {}

  statement(st: ts.Statement): void {
    const out = this.out;
    const exported = hasModifier(st, ts.SyntaxKind.ExportKeyword);
    const isDefault = hasModifier(st, ts.SyntaxKind.DefaultKeyword);
    if (ts.isImportDeclaration(st)) {
      if (!ts.isStringLiteral(st.moduleSpecifier) || !st.importClause) return;
      const from = st.moduleSpecifier.text;
      const clause = st.importClause;
      if (clause.name) {
        out.imports[clause.name.text] = { from, name: 'default' };
        this.callees.set(clause.name.text, clause.name.text);
      }
      const nb = clause.namedBindings;
      if (nb && ts.isNamespaceImport(nb)) out.imports[nb.name.text] = { from, name: '*' };
      if (nb && ts.isNamedImports(nb)) {
        for (const el of nb.elements) {
          const imported = (el.propertyName ?? el.name).text;
          out.imports[el.name.text] = { from, name: imported };
          this.callees.set(el.name.text, imported);
        }
      }
    } else if (ts.isImportEqualsDeclaration(st)) {
      const ref = st.moduleReference;
      if (ts.isExternalModuleReference(ref) && ts.isStringLiteral(ref.expression)) {
        out.imports[st.name.text] = { from: ref.expression.text, name: '*' };
      }
    } else if (ts.isVariableStatement(st)) {
      const isConst = (st.declarationList.flags & ts.NodeFlags.Const) !== 0;
      for (const decl of st.declarationList.declarations) {
        const required = loadedModule(decl.initializer);
        if (ts.isIdentifier(decl.name)) {
          const name = decl.name.text;
          if (exported) out.exports[name] = name;
          if (required !== undefined) out.imports[name] = { from: required, name: '*' };
          else this.setValue(name, this.ir.declValue(decl, isConst));
          const init = decl.initializer && unwrap(decl.initializer);
          if (init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init))) {
            this.callees.set(name, name);
            this.defined.add(name);
          }
        } else if (ts.isObjectBindingPattern(decl.name) && decl.initializer) {
          for (const el of decl.name.elements) {
            if (el.dotDotDotToken || !ts.isIdentifier(el.name)) continue;
            const key = el.propertyName ? propName(el.propertyName) : el.name.text;
            if (key === undefined) continue;
            const name = el.name.text;
            if (exported) out.exports[name] = name;
            if (required !== undefined) {
              out.imports[name] = { from: required, name: key };
              this.callees.set(name, key);
            } else if (isConst) {
              this.setValue(name, {
                k: 'prop',
                obj: this.ir.expr(decl.initializer),
                key: { k: 'str', v: key },
              });
            }
          }
        }
      }
    } else if (ts.isEnumDeclaration(st)) {
      const name = st.name.text;
      out.values[name] = this.ir.enumExpr(st);
      out.types[name] = { k: 'values', of: { k: 'ref', name } };
      if (exported) out.exports[isDefault ? 'default' : name] = name;
    } else if (ts.isTypeAliasDeclaration(st)) {
      const name = st.name.text;
      out.types[name] = st.typeParameters ? UNKNOWN : this.ir.typeExpr(st.type, 0);
      if (exported) out.exports[isDefault ? 'default' : name] = name;
    } else if (ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st)) {
      if (exported && st.name) out.exports[isDefault ? 'default' : st.name.text] = st.name.text;
      // `export default function (name) {…}`: describeFn names it `default`.
      else if (exported && isDefault && ts.isFunctionDeclaration(st))
        out.exports.default = 'default';
      if (ts.isFunctionDeclaration(st) && st.name) {
        this.callees.set(st.name.text, st.name.text);
        if (st.body) this.defined.add(st.name.text);
      }
      // `static readonly FLAG = 'checkout-v2'`, read as `CheckoutGate.FLAG`: the class holds constants.
      if (ts.isClassDeclaration(st) && st.name) {
        const props: Record<string, Expr> = {};
        for (const m of st.members) {
          if (!ts.isPropertyDeclaration(m) || !m.initializer) continue;
          const key = propName(m.name);
          if (key !== undefined && hasModifier(m, ts.SyntaxKind.StaticKeyword))
            props[key] = this.ir.expr(m.initializer);
        }
        if (Object.keys(props).length > 0) out.values[st.name.text] = { k: 'obj', props };
      }
    } else if (ts.isExportDeclaration(st)) {
      const clause = st.exportClause;
      if (st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier)) {
        const from = st.moduleSpecifier.text;
        if (!clause) out.reexports.push({ from, names: null });
        else if (ts.isNamespaceExport(clause))
          out.reexports.push({ from, names: { [clause.name.text]: '*' } });
        else {
          const names: Record<string, string> = {};
          for (const el of clause.elements) names[el.name.text] = (el.propertyName ?? el.name).text;
          out.reexports.push({ from, names });
        }
      } else if (clause && ts.isNamedExports(clause)) {
        for (const el of clause.elements)
          out.exports[el.name.text] = (el.propertyName ?? el.name).text;
      }
    } else if (ts.isExportAssignment(st)) {
      const e = unwrap(st.expression);
      if (ts.isIdentifier(e)) out.exports.default = e.text;
      else {
        this.setValue('default', this.ir.expr(st.expression));
        out.exports.default = 'default';
      }
    } else if (ts.isExpressionStatement(st)) {
      this.commonJsExport(st.expression);
    }
  }

  /**
   * A module loaded where it is used: `const { isEnabled } = await import('./flags')` or
   * `require('./flags')` in a function, `const flags = await import('./flags')`,
   * `import('./flags').then(({ isEnabled }) => …)`. Its bindings are imports of the file, as if
   * written at the top (unless the file binds the name itself there), and every such call site
   * records the module's namespace under a synthetic name (`loadedModuleBinding`) that the
   * expressions built for it refer to.
   */
  loadedLocally(node: ts.Node): void {
    let name: ts.BindingName | undefined;
    let from: string | undefined;
    if (ts.isVariableDeclaration(node) && !ts.isSourceFile(node.parent.parent.parent)) {
      from = loadedModule(node.initializer);
      name = node.name;
    } else if (ts.isCallExpression(node)) {
      from = loadedModule(node);
      const then = node.parent;
      const cb =
        ts.isPropertyAccessExpression(then) &&
        then.name.text === 'then' &&
        ts.isCallExpression(then.parent)
          ? then.parent.arguments[0]
          : undefined;
      if (cb && (ts.isArrowFunction(cb) || ts.isFunctionExpression(cb)))
        name = cb.parameters[0]?.name;
    }
    if (from === undefined) return;
    this.out.imports[loadedModuleBinding(from)] = { from, name: '*' };
    if (name) this.bindLoaded(name, from);
  }

  private bindLoaded(name: ts.BindingName, from: string): void {
    const free = (local: string): boolean =>
      !(local in this.out.imports) && !(local in this.out.values) && !this.callees.has(local);
    if (ts.isIdentifier(name)) {
      if (free(name.text)) this.out.imports[name.text] = { from, name: '*' };
      return;
    }
    if (!ts.isObjectBindingPattern(name)) return;
    for (const el of name.elements) {
      if (el.dotDotDotToken || !ts.isIdentifier(el.name)) continue;
      const key = el.propertyName ? propName(el.propertyName) : el.name.text;
      if (key === undefined || !free(el.name.text)) continue;
      this.out.imports[el.name.text] = { from, name: key };
      this.callees.set(el.name.text, key);
    }
  }

  /** `module.exports = { A, B: 'b' }`, `exports.A = …`, `module.exports.A = …`. */
  private commonJsExport(e: ts.Expression): void {
    if (!ts.isBinaryExpression(e) || e.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return;
    const target = e.left;
    const targetText = ts.isPropertyAccessExpression(target) ? chainText(target) : '';
    if (targetText === 'module.exports') {
      const right = unwrap(e.right);
      if (ts.isObjectLiteralExpression(right)) {
        for (const p of right.properties) {
          if (ts.isShorthandPropertyAssignment(p)) this.out.exports[p.name.text] = p.name.text;
          else if (ts.isPropertyAssignment(p)) {
            const name = propName(p.name);
            if (name === undefined) continue;
            this.setValue(`module.exports.${name}`, this.ir.expr(p.initializer));
            this.out.exports[name] = `module.exports.${name}`;
          }
        }
      }
    } else if (
      ts.isPropertyAccessExpression(target) &&
      /^(module\.)?exports\.[^.]+$/.test(targetText)
    ) {
      const name = target.name.text;
      this.setValue(`module.exports.${name}`, this.ir.expr(e.right));
      this.out.exports[name] = `module.exports.${name}`;
    }
  }

  private setValue(name: string, e: Expr): void {
    if (e.k !== 'unknown') this.out.values[name] = e;
  }
}
