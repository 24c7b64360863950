import type { Config } from '../config/types.js';
import type { Finding } from '../findings.js';
import { DOC_RULE_TABLE } from './rules.js';
import type { DocRuleName } from './rules.js';

/** `docs.severity: { "empty-section": warning | off }`: the docs key's word on its rules' severities. */
export function withDocsSeverity(findings: readonly Finding[], config: Config): Finding[] {
  const levels = config.docs.severity;
  const out: Finding[] = [];
  for (const f of findings) {
    const name = f.ruleId.slice('docs/'.length);
    if (!f.ruleId.startsWith('docs/') || !Object.hasOwn(DOC_RULE_TABLE, name)) {
      out.push(f);
      continue;
    }
    const level = levels[name as DocRuleName];
    if (level === 'off') continue;
    out.push(level === undefined || level === f.severity ? f : { ...f, severity: level });
  }
  return out;
}
