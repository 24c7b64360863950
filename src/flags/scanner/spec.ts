import type { ExtractSpec } from './ir.js';

/** An ExtractSpec (plain data, crosses threads) compiled into sets for lookups during a walk. */
export interface CompiledSpec {
  callNames: ReadonlySet<string>;
  jsx: ReadonlyMap<string, readonly string[]>;
  memberRoots: ReadonlySet<string>;
  /** Some member root is a path (`config.features`): only then is a receiver chain worth building. */
  dottedRoots: boolean;
  objectFromNames: ReadonlySet<string>;
  /** Imported name of a higher-order component → the prop it injects (`withLDConsumer` → `flags`). */
  injectedProps: ReadonlyMap<string, string>;
  symbolRoots: ReadonlySet<string>;
}

export function compileSpec(spec: ExtractSpec): CompiledSpec {
  const jsx = new Map<string, string[]>();
  for (const [tag, attr] of spec.jsx) jsx.set(tag, [...(jsx.get(tag) ?? []), attr]);
  return {
    callNames: new Set(spec.callNames),
    jsx,
    memberRoots: new Set(spec.memberRoots),
    dottedRoots: spec.memberRoots.some((r) => r.includes('.')),
    objectFromNames: new Set(spec.objectFromNames),
    injectedProps: new Map(spec.injectedProps ?? []),
    symbolRoots: new Set(spec.symbolRoots),
  };
}
