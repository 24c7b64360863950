import { Minimatch } from 'minimatch';
import type { FlagsConfig, FlagState } from './config.js';
import type { Finding, Severity } from '../findings.js';
import { epochDay, epochDayOf, MS_PER_DAY, startOfDayMs } from './dates.js';
import { lifetimePolicy } from './registry.js';
import type {
  DeclaredFlag,
  FlagReference,
  RegistryUse,
  ScanResult,
  UnresolvedReference,
} from './types.js';
import { registrySources, yamlRegistryPath } from './registry-sources.js';

/**
 * One row of `flags status`: field names and order are the `flags status --json` contract.
 *
 * States, first match wins:
 *  1. `undeclared` — referenced by its exact key, not in the registry (owners []; type and dates null).
 *  2. `expired`    — a temporary flag at or after the start (00:00 UTC) of its `expires` day. It beats
 *                    `orphaned`: an expired flag must stay an error even when no code reads it any more
 *                    (then the message says the fix is just deleting the entry).
 *  3. `orphaned`   — declared, and no exact, pattern or text reference anywhere. It beats `expiring` and
 *                    `permanent`: a flag nobody reads should be deleted, whatever its dates or type.
 *  4. `expiring`   — a temporary flag whose expiry is at most `expiringWithinDays` days away (inclusive:
 *                    exactly 7 × 24 h before the expiry counts). With 0 days, nothing is ever "expiring".
 *  5. `permanent`  — a type in `permanentTypes` (never expires).
 *  6. `active`.
 * A temporary flag without a valid `expires` (a registry error already) is `active` here.
 */
export interface FlagStatus {
  key: string;
  owners: string[];
  type: string | null;
  created: string | null;
  expires: string | null;
  state: FlagState;
  /** References by the exact key (any `via`, text included). */
  references: number;
  /** References by a pattern (`checkout-*`) that matches the key. */
  patternReferences: number;
  /**
   * An orphaned flag whose key a read of the whole registry covers (`Object.keys(FLAGS)…`): where
   * (`file:line`), since that read may be the one that uses it. Absent otherwise.
   */
  iteratedAt?: string[];
  /** Only `text` references keep the flag alive (weaker evidence than code). Absent otherwise. */
  onlyTextReferences?: true;
  /**
   * Orphaned although read: only test or story files (`flags.testFiles`) read it, no production
   * code. Absent otherwise.
   */
  onlyTestReferences?: true;
}

interface Classified {
  status: FlagStatus;
  declared?: DeclaredFlag;
  exact: FlagReference[];
  /** For a flag only tests read: where the first of them does (`file:line`). */
  testedAt?: string;
}

type StatusConfig = Pick<FlagsConfig, 'expiringWithinDays' | 'permanentTypes'> &
  Partial<Pick<FlagsConfig, 'testFiles'>>;

/**
 * Every declared flag (registry order) and then every undeclared referenced key (sorted), with its state.
 * `textRefs` are references found outside the scanner's result (e.g. a separate text search); they are
 * merged with `scan.references`, identical entries counted once, so passing `[]` is always fine.
 */
export function flagStatus(
  declared: readonly DeclaredFlag[],
  scan: ScanResult,
  textRefs: readonly FlagReference[],
  config: StatusConfig,
  now: Date,
): FlagStatus[] {
  return classify(declared, scan, textRefs, config, now).map((c) => c.status);
}

export interface FlagFindingOptions {
  /** Registry path for messages (default `config.registry`). */
  registry?: string;
  /** False when there is no registry file at all, so undeclared flags say to create it. */
  registryExists?: boolean;
}

/** One finding per flag whose state has a severity (`config.severity`, `off` silences it). */
export function flagFindings(
  declared: readonly DeclaredFlag[],
  scan: ScanResult,
  textRefs: readonly FlagReference[],
  config: FlagsConfig,
  now: Date,
  options: FlagFindingOptions = {},
): Finding[] {
  const fix = undeclaredFix(
    config,
    options.registry ?? yamlRegistryPath(config),
    options.registryExists,
  );
  const findings: Finding[] = [];
  const today = epochDayOf(now);
  // An undeclared flag is shown where production code reads it; a test's read comes after.
  const inTests = testFileMatcher(config.testFiles ?? []);
  const productionFirst = (a: FlagReference, b: FlagReference): number =>
    Number(inTests(a.file)) - Number(inTests(b.file)) || byLocation(a, b);
  for (const { status, declared: flag, exact, testedAt } of classify(
    declared,
    scan,
    textRefs,
    config,
    now,
  )) {
    if (status.state === 'active' || status.state === 'permanent') continue;
    const severity = config.severity[status.state];
    if (severity === 'off') continue;
    if (status.state === 'undeclared') {
      const first = [...exact].filter((r) => r.via !== 'text').sort(productionFirst)[0];
      if (!first) continue;
      const count = exact.length === 1 ? 'once' : `${exact.length} times`;
      findings.push({
        ruleId: 'flags/undeclared',
        severity,
        message: `flag "${status.key}" is read by code (${count}, first here) but ${fix}`,
        file: first.file,
        line: first.line,
        column: first.column,
      });
      continue;
    }
    if (!flag) continue;
    findings.push({
      ruleId: `flags/${status.state}`,
      severity,
      message: declaredMessage(status, flag, config, today, testedAt),
      file: flag.file,
      line: flag.line,
      column: flag.column,
      ...(flag.owners.length > 0 ? { owners: [...flag.owners] } : {}),
    });
  }
  return findings;
}

/**
 * A notice per read of the whole registry at once: it keeps no flag alive (each key's state comes
 * from its own references), but an orphan it covers cannot be proven, and its message says so.
 */
export function registryUseFindings(uses: readonly RegistryUse[]): Finding[] {
  return uses.map((u) => ({
    ruleId: 'flags/registry-iterated',
    severity: 'notice',
    message:
      u.kind === 'iteration'
        ? `${u.accessor} reads every flag of the registry here (\`${shorten(u.expression)}\` iterates it, ${u.keys.length} keys): ` +
          'this is not counted as a reference to each flag, so flags read only this way are reported orphaned with a note'
        : `${u.accessor} is passed the registry's whole key type here (\`${shorten(u.expression)}\`, ${u.keys.length} keys): ` +
          'a dynamic read of the registry, not a reference to each flag; flags read only this way are reported orphaned with a note',
    file: u.file,
    line: u.line,
    column: u.column,
  }));
}

/** A warning per call whose flag key static analysis could not work out, with the hint that fixes it. */
export function unresolvedFindings(
  unresolved: readonly UnresolvedReference[],
  config: Pick<FlagsConfig, 'severity'>,
): Finding[] {
  const severity: Severity | 'off' = config.severity.unresolved;
  if (severity === 'off') return [];
  return unresolved.map((u) => ({
    ruleId: 'flags/unresolved',
    severity,
    message:
      `cannot tell which flag ${u.accessor} reads here: \`${shorten(u.expression)}\` is only known at run time, ` +
      'so flags read this way may be called orphaned. Name the possible keys in a comment on the line above: ' +
      '// ops-steward-flags: key-a, key-b',
    file: u.file,
    line: u.line,
    column: u.column,
  }));
}

function classify(
  declared: readonly DeclaredFlag[],
  scan: ScanResult,
  textRefs: readonly FlagReference[],
  config: StatusConfig,
  now: Date,
): Classified[] {
  const refs = mergeReferences(scan.references, textRefs);
  const exactByKey = new Map<string, FlagReference[]>();
  const patternRefs: { ref: FlagReference; matcher: Minimatch }[] = [];
  const matchers = new Map<string, Minimatch>();
  for (const ref of refs) {
    if (ref.key !== null) {
      const list = exactByKey.get(ref.key) ?? [];
      list.push(ref);
      exactByKey.set(ref.key, list);
    } else if (ref.pattern !== null) {
      let matcher = matchers.get(ref.pattern);
      if (!matcher) {
        // Patterns come from code (`checkout-${x}` → `checkout-*`): no negation or comments, keys may start with a dot.
        matcher = new Minimatch(ref.pattern, { dot: true, nonegate: true, nocomment: true });
        matchers.set(ref.pattern, matcher);
      }
      patternRefs.push({ ref, matcher });
    }
  }
  const patternCount = (key: string): number =>
    patternRefs.filter((p) => p.matcher.match(key)).length;
  const inTests = testFileMatcher(config.testFiles ?? []);
  const productionPatternCount = (key: string): number =>
    patternRefs.filter((p) => !inTests(p.ref.file) && p.matcher.match(key)).length;

  const usesByKey = new Map<string, string[]>();
  for (const use of scan.registryUses ?? []) {
    // A test iterating the registry (every flag off by default) is no read in production.
    if (inTests(use.file)) continue;
    for (const key of use.keys) {
      const at = `${use.file}:${use.line}`;
      const list = usesByKey.get(key) ?? [];
      if (!list.includes(at)) list.push(at);
      usesByKey.set(key, list);
    }
  }

  const nowMs = now.getTime();
  const out: Classified[] = [];
  const declaredKeys = new Set<string>();
  for (const flag of declared) {
    if (declaredKeys.has(flag.key)) continue;
    declaredKeys.add(flag.key);
    const exact = exactByKey.get(flag.key) ?? [];
    const patternReferences = patternCount(flag.key);
    const permanent = config.permanentTypes.includes(flag.type);
    const expiresMs = !permanent && flag.expires !== null ? startOfDayMs(flag.expires) : null;
    // A flag only tests read is dead code kept company: no production code reads it any more.
    const onlyTests =
      exact.length + patternReferences > 0 &&
      exact.every((r) => inTests(r.file)) &&
      productionPatternCount(flag.key) === 0;
    let state: FlagState;
    if (expiresMs !== null && nowMs >= expiresMs) state = 'expired';
    else if ((exact.length === 0 && patternReferences === 0) || onlyTests) state = 'orphaned';
    else if (expiresMs !== null && expiresMs - nowMs <= config.expiringWithinDays * MS_PER_DAY)
      state = 'expiring';
    else state = permanent ? 'permanent' : 'active';
    const iteratedAt = state === 'orphaned' ? usesByKey.get(flag.key) : undefined;
    const tested = onlyTests && state === 'orphaned' ? exact[0] : undefined;
    out.push({
      declared: flag,
      exact,
      ...(tested ? { testedAt: `${tested.file}:${tested.line}` } : {}),
      status: {
        key: flag.key,
        owners: [...flag.owners],
        type: flag.type || null,
        created: flag.created,
        expires: permanent ? null : flag.expires,
        state,
        references: exact.length,
        patternReferences,
        ...(iteratedAt ? { iteratedAt } : {}),
        ...(exact.length > 0 && patternReferences === 0 && exact.every((r) => r.via === 'text')
          ? { onlyTextReferences: true as const }
          : {}),
        ...(onlyTests && state === 'orphaned' ? { onlyTestReferences: true as const } : {}),
      },
    });
  }

  // Text references only ever search declared keys, so they are no evidence of an undeclared flag;
  // nor is a test's (`isEnabled('no-such-flag')` checking the fallback): production code must read it.
  const undeclared = [...exactByKey.entries()]
    .filter(
      ([key, list]) =>
        !declaredKeys.has(key) && list.some((r) => r.via !== 'text' && !inTests(r.file)),
    )
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [key, exact] of undeclared) {
    out.push({
      exact,
      status: {
        key,
        owners: [],
        type: null,
        created: null,
        expires: null,
        state: 'undeclared',
        references: exact.length,
        patternReferences: patternCount(key),
      },
    });
  }
  return out;
}

function declaredMessage(
  status: FlagStatus,
  flag: DeclaredFlag,
  config: FlagsConfig,
  today: number,
  /** For a flag only tests read: where the first of them does. */
  testedAt?: string,
): string {
  const who =
    flag.owners.length === 0
      ? 'no owner'
      : `${flag.owners.length === 1 ? 'owner' : 'owners'} ${flag.owners.join(', ')}`;
  const facts = [
    who,
    flag.type ? `type ${flag.type}` : '',
    flag.created ? `created ${flag.created}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const expiresDay = flag.expires === null ? null : epochDay(flag.expires);
  const policy = lifetimePolicy(config, flag.type);
  const renew = policy
    ? `or renew it: set renewedFrom: ${flag.expires ?? 'the old expires'} and move expires at most ${policy.days} days later (${policy.source})`
    : 'or renew it by moving expires and setting renewedFrom to the old date';
  const orphanFix =
    `delete its entry from ${flag.file}, or — if code builds its name at run time — name it in a comment next to that call: ` +
    `// ops-steward-flags: ${flag.key}`;
  switch (status.state) {
    case 'expired': {
      const ago = expiresDay === null ? '' : relativePast(today - expiresDay);
      const unused = status.references === 0 && status.patternReferences === 0;
      return unused
        ? `flag "${flag.key}" expired on ${flag.expires}${ago} and no code references it any more (${facts}): delete its entry from ${flag.file}`
        : `flag "${flag.key}" expired on ${flag.expires}${ago} and code still reads it (${facts}): remove it from the code and from ${flag.file}, ${renew}`;
    }
    case 'expiring': {
      const when = expiresDay === null ? '' : relativeFuture(expiresDay - today);
      return `flag "${flag.key}" expires on ${flag.expires}${when} (${facts}): remove it from the code and from ${flag.file} before then, ${renew}`;
    }
    case 'orphaned': {
      const expiry = flag.expires ? `, expires ${flag.expires}` : '';
      const iterated = status.iteratedAt?.[0];
      const note = iterated
        ? ` (the registry is iterated at ${iterated}, so this cannot be proven)`
        : '';
      if (testedAt !== undefined)
        return `flag "${flag.key}" is read by no production code — only tests read it (${testedAt}) (${facts}${expiry}): ${orphanFix}, and drop the tests of it`;
      return `flag "${flag.key}" is declared but no code references it${note} — no exact, pattern or text reference (${facts}${expiry}): ${orphanFix}`;
    }
    default:
      return `flag "${flag.key}" is ${status.state}`;
  }
}

function relativePast(days: number): string {
  if (days <= 0) return ' (today)';
  return days === 1 ? ' (yesterday)' : ` (${days} days ago)`;
}

function relativeFuture(days: number): string {
  if (days <= 1) return ', tomorrow';
  return `, in ${days} days`;
}

/** Whether a path is one of `flags.testFiles`: a test or story, no production code. */
function testFileMatcher(globs: readonly string[]): (path: string) => boolean {
  const matchers = globs.map((g) => new Minimatch(g, { dot: true }));
  if (matchers.length === 0) return () => false;
  const known = new Map<string, boolean>();
  return (path) => {
    let hit = known.get(path);
    if (hit === undefined) {
      hit = matchers.some((m) => m.match(path));
      known.set(path, hit);
    }
    return hit;
  };
}

function mergeReferences(
  a: readonly FlagReference[],
  b: readonly FlagReference[],
): FlagReference[] {
  if (b.length === 0) return [...a];
  const seen = new Set<string>();
  const out: FlagReference[] = [];
  for (const ref of [...a, ...b]) {
    const id = `${ref.file}\0${ref.line}\0${ref.column}\0${ref.key ?? ''}\0${ref.pattern ?? ''}\0${ref.via}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(ref);
  }
  return out;
}

function byLocation(a: FlagReference, b: FlagReference): number {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column;
}

function shorten(expression: string): string {
  const flat = expression.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 77)}...` : flat;
}

/** How to declare a flag code reads: where this repository keeps its registry, said once per run. */
function undeclaredFix(
  config: FlagsConfig,
  registry: string,
  registryExists: boolean | undefined,
): string {
  const sources = registrySources(config);
  if (sources.every((s) => s.kind === 'code'))
    return `not declared in ${sources.map((s) => s.entry).join(' or ')}: add it there with its @owner, @created, @expires and @type JSDoc tags (or fix the key)`;
  return registryExists === false
    ? `there is no ${registry}: create it and declare the flag with owner, created, expires and type`
    : `not declared in ${registry}: add it with owner, created, expires and type`;
}
