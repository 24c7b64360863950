import type { DomainModule } from '../core/module.js';
import { ruleAnchor } from '../core/rules.js';
import { engineRules } from '../engine/rules.js';
import { escapeMarkdownCell } from './markdown.js';

export const RULES_START =
  '<!-- rules:start (generated from the rule catalogue by npm run build) -->';
export const RULES_END = '<!-- rules:end -->';

/** The README's rule reference: one table per module, every rule with its anchor, default severity and description. */
export function renderRuleReference(modules: readonly DomainModule[]): string {
  const parts: string[] = [];
  const engine = engineRules(modules);
  for (const m of modules) {
    const rules = [...m.rules, ...engine.filter((r) => r.id.startsWith(`${m.id}/`))];
    parts.push(`### \`${m.id}\` — ${m.title}\n`);
    parts.push('| Rule | Default | Description |\n| --- | --- | --- |');
    for (const r of rules) {
      const where = r.pullRequestOnly ? ' _(pull requests only)_' : '';
      parts.push(
        `| <a id="${ruleAnchor(r.id)}"></a>\`${r.id}\` | ${r.severity} | ${escapeMarkdownCell(r.description)}${where} |`,
      );
    }
    parts.push('');
  }
  const other = engine.filter((r) => !modules.some((m) => r.id.startsWith(`${m.id}/`)));
  if (other.length > 0) {
    parts.push('### Every run\n');
    parts.push('| Rule | Default | Description |\n| --- | --- | --- |');
    for (const r of other)
      parts.push(
        `| <a id="${ruleAnchor(r.id)}"></a>\`${r.id}\` | ${r.severity} | ${escapeMarkdownCell(r.description)} |`,
      );
    parts.push('');
  }
  return parts.join('\n');
}

/** The README with its generated rule reference replaced; throws when the markers are missing. */
export function withRuleReference(readme: string, modules: readonly DomainModule[]): string {
  const start = readme.indexOf(RULES_START);
  const end = readme.indexOf(RULES_END);
  if (start < 0 || end < start)
    throw new Error(`README.md has no ${RULES_START} … ${RULES_END} block`);
  return `${readme.slice(0, start + RULES_START.length)}\n\n${renderRuleReference(modules)}\n${readme.slice(end)}`;
}
