import type { Finding } from '../findings.js';
import type { Point } from './markdown.js';
import { DOC_RULE_TABLE, docRuleId } from './rules.js';
import type { DocRuleName } from './rules.js';

/** A finding about one document, and the template section it belongs to (for the PR checklist). */
export interface DocFinding {
  rule: DocRuleName;
  message: string;
  at: Point;
  /** Template section index; `front-matter` for the front matter; undefined: the section the line is in. */
  section?: number | 'front-matter';
  /** Where several findings of one rule share a place: the template's order (its field's index). */
  order?: number;
}

export function docFinding(
  rule: DocRuleName,
  message: string,
  at: Point,
  section?: number | 'front-matter',
): DocFinding {
  return { rule, message, at, ...(section === undefined ? {} : { section }) };
}

/** The project's `Finding`, with the rule's default severity (the module applies `docs.severity`). */
export function toFinding(f: DocFinding, file: string): Finding {
  return {
    ruleId: docRuleId(f.rule),
    severity: DOC_RULE_TABLE[f.rule].severity,
    message: f.message,
    file,
    line: f.at.line,
    column: f.at.column,
    // Several sections or fields missing at one place are listed as the template orders them, not by name.
    ...(f.order !== undefined
      ? { order: f.order }
      : typeof f.section === 'number'
        ? { order: f.section }
        : {}),
  };
}
