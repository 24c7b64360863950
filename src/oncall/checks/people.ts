import type { Finding } from '../../findings.js';
import type { OnCallModel, SourcePos } from '../types.js';

/** What a door with API access answers for one login: a GitHub user (in the org, for org repositories) or not. */
export type PersonVerdict = 'user' | 'not-found' | 'unknown';
export type PersonLookup = (login: string) => Promise<PersonVerdict>;

/** GitHub logins: alphanumerics and single hyphens, at most 39 characters. Teams (`@org/team`) are not persons. */
const LOGIN = /^@([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})$/;
const CONCURRENCY = 8;

/** Every `@login` the files page, with where it is written. */
function logins(model: OnCallModel): Map<string, { login: string; at: SourcePos }[]> {
  const out = new Map<string, { login: string; at: SourcePos }[]>();
  const add = (who: string, at: SourcePos): void => {
    const m = LOGIN.exec(who);
    if (!m) return;
    const key = m[1]!.toLowerCase();
    out.set(key, [...(out.get(key) ?? []), { login: m[1]!, at }]);
  };
  for (const s of model.schedules.values()) {
    for (const layer of s.layers) layer.members.forEach((m, i) => add(m, layer.memberAt[i]!));
    for (const o of s.overrides) add(o.who, o.at);
  }
  for (const p of model.policies.values()) {
    for (const level of p.levels) {
      for (const t of level.notify) if (t.kind === 'person') add(t.who, t.at);
    }
  }
  return out;
}

/**
 * `oncall/unknown-person`: each login is looked up once (case-insensitively, a few at a time); every place
 * a login GitHub does not know is written gets a finding. `unknown` (the API could not say) stays silent.
 */
export async function unknownPersonFindings(
  model: OnCallModel,
  lookup: PersonLookup,
  /** Only the places this keeps (a pull request's changed lines): other logins are not looked up. */
  where: (at: SourcePos) => boolean = () => true,
): Promise<Finding[]> {
  const entries = [...logins(model).values()]
    .map((uses) => uses.filter((u) => where(u.at)))
    .filter((uses) => uses.length > 0);
  const verdicts: PersonVerdict[] = [];
  for (let i = 0; i < entries.length; i += CONCURRENCY) {
    const batch = entries.slice(i, i + CONCURRENCY);
    verdicts.push(...(await Promise.all(batch.map((uses) => lookup(uses[0]!.login)))));
  }
  const findings: Finding[] = [];
  entries.forEach((uses, i) => {
    if (verdicts[i] !== 'not-found') return;
    for (const { login, at } of uses) {
      findings.push({
        ruleId: 'oncall/unknown-person',
        severity: 'warning',
        message: `@${login} is not a GitHub user (or not a member of this repository's organization): nobody would be paged`,
        ...at,
      });
    }
  });
  return findings;
}
