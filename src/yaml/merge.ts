import { isAlias, isMap, isScalar, isSeq, visit, YAMLParseError } from 'yaml';
import type { Document, Node, Pair, YAMLMap } from 'yaml';

/**
 * YAML 1.1 merge keys (`<<: *anchor`, `<<: [*a, *b]`), which the `yaml` package reads with its `merge`
 * option as PyYAML, Ruby and Go's yaml.v3 do: the keys written beside `<<` win, then the merged maps in
 * order. Under that option the key is the symbol `<<`; without it, the plain string.
 */
export function isMergeKey(key: unknown): boolean {
  if (!isScalar(key)) return false;
  const value: unknown = key.value;
  return typeof value === 'symbol' ? value.description === '<<' : false;
}

/** The maps a merge pair brings in, in precedence order; undefined when it names something else. */
export function mergeSources(doc: Document.Parsed, pair: Pair): YAMLMap[] | undefined {
  const value = pair.value;
  const items: unknown[] = isSeq(value) ? value.items : [value];
  const maps: YAMLMap[] = [];
  for (const item of items) {
    const node: unknown = isAlias(item) ? item.resolve(doc) : item;
    if (!isMap(node)) return undefined;
    maps.push(node);
  }
  return maps;
}

/**
 * Every merge key whose value is no mapping, alias of one or list of them: `toJS` would throw there, so
 * each is an error at its value instead.
 */
export function mergeProblems(doc: Document.Parsed): YAMLParseError[] {
  const errors: YAMLParseError[] = [];
  visit(doc, {
    Pair(_key, pair) {
      if (!isMergeKey(pair.key) || mergeSources(doc, pair)) return;
      const at = (pair.value as Node | null)?.range ?? (pair.key as Node).range ?? [0, 0];
      errors.push(
        new YAMLParseError(
          [at[0], at[1]],
          'BAD_ALIAS',
          'a merge key (<<) takes a mapping or an alias of one (<<: *anchor), or a list of them',
        ),
      );
    },
  });
  return errors;
}

/**
 * The pair for `key` in `map`, as `toJS` with merges would find it: written in the map, else in the maps
 * its merge keys bring in (depth first, in order). Its node is where the value is written.
 */
export function pairFor(doc: Document.Parsed, map: YAMLMap, key: unknown): Pair | undefined {
  // The common case, and the only one without merge keys: no search state (a registry locates 90,000 keys).
  const own = map.items.find((p) => isScalar(p.key) && p.key.value === key);
  if (own || !map.items.some((p) => isMergeKey(p.key))) return own;
  const seen = new Set<YAMLMap>();
  const find = (m: YAMLMap): Pair | undefined => {
    if (seen.has(m)) return undefined; // an anchor merged into itself
    seen.add(m);
    const own = m.items.find((p) => isScalar(p.key) && p.key.value === key);
    if (own) return own;
    for (const pair of m.items) {
      if (!isMergeKey(pair.key)) continue;
      for (const source of mergeSources(doc, pair) ?? []) {
        const found = find(source);
        if (found) return found;
      }
    }
    return undefined;
  };
  return find(map);
}
