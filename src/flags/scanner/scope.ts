import { ts as tsMorphTs } from 'ts-morph';
import ts = tsMorphTs;

/** Lexical scopes of one file, without a binder: enough to tell which declaration a name means. */

export interface Found {
  /** The declaration: a variable declaration or binding element, parameter, function, class, enum, import. */
  node: ts.Node;
  /** Declared at the top level of the file (so the resolver, not the parse, follows it). */
  top: boolean;
}

/** The nearest declaration of `id`, walking outwards. */
export function lookup(id: ts.Identifier): Found | undefined {
  const name = id.text;
  for (let scope: ts.Node | undefined = id.parent; scope; scope = scope.parent) {
    if (ts.isFunctionLike(scope)) {
      for (const p of scope.parameters) if (bindsName(p.name, name)) return { node: p, top: false };
    }
    let statements: ts.NodeArray<ts.Statement> | undefined;
    if (ts.isSourceFile(scope) || ts.isBlock(scope) || ts.isModuleBlock(scope))
      statements = scope.statements;
    else if (ts.isCaseClause(scope) || ts.isDefaultClause(scope)) statements = scope.statements;
    else if (
      (ts.isForStatement(scope) || ts.isForOfStatement(scope) || ts.isForInStatement(scope)) &&
      scope.initializer &&
      ts.isVariableDeclarationList(scope.initializer)
    ) {
      for (const d of scope.initializer.declarations) {
        const hit = findBinding(d, name);
        if (hit) return { node: hit, top: false };
      }
    } else if (ts.isCatchClause(scope) && scope.variableDeclaration) {
      if (bindsName(scope.variableDeclaration.name, name))
        return { node: scope.variableDeclaration, top: false };
    }
    if (!statements) continue;
    const top = ts.isSourceFile(scope);
    for (const st of statements) {
      if (ts.isVariableStatement(st)) {
        for (const d of st.declarationList.declarations) {
          const hit = findBinding(d, name);
          if (hit) return { node: hit, top };
        }
      } else if (
        (ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st) || ts.isEnumDeclaration(st)) &&
        st.name?.text === name
      ) {
        return { node: st, top };
      } else if (top && ts.isImportDeclaration(st) && importBinds(st, name)) {
        return { node: st, top };
      } else if (top && ts.isImportEqualsDeclaration(st) && st.name.text === name) {
        return { node: st, top };
      }
    }
  }
  return undefined;
}

function bindsName(name: ts.BindingName, wanted: string): boolean {
  if (ts.isIdentifier(name)) return name.text === wanted;
  for (const el of name.elements) {
    if (!ts.isOmittedExpression(el) && bindsName(el.name, wanted)) return true;
  }
  return false;
}

/** The declaration node binding `wanted` inside a variable declaration (itself or a binding element). */
function findBinding(decl: ts.VariableDeclaration, wanted: string): ts.Node | undefined {
  if (ts.isIdentifier(decl.name)) return decl.name.text === wanted ? decl : undefined;
  const walk = (pattern: ts.BindingPattern): ts.Node | undefined => {
    for (const el of pattern.elements) {
      if (ts.isOmittedExpression(el)) continue;
      if (ts.isIdentifier(el.name)) {
        if (el.name.text === wanted) return el;
      } else {
        const hit = walk(el.name);
        if (hit) return hit;
      }
    }
    return undefined;
  };
  return walk(decl.name);
}

function importBinds(st: ts.ImportDeclaration, name: string): boolean {
  const clause = st.importClause;
  if (!clause) return false;
  if (clause.name?.text === name) return true;
  const nb = clause.namedBindings;
  if (!nb) return false;
  if (ts.isNamespaceImport(nb)) return nb.name.text === name;
  return nb.elements.some((el) => el.name.text === name);
}
