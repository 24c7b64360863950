import type { Heading, Html, RootContent } from 'mdast';
import { isMap, isScalar, isSeq } from 'yaml';
import { isTomlFrontMatter } from './front-matter.js';
import { parseFrontMatterYaml } from './front-matter-yaml.js';
import type { Finding } from '../findings.js';
import { headingPattern, normalizeText, splitPlaceholders } from './headings.js';
import type { HeadingPattern } from './headings.js';
import { htmlComments, parseMarkdown, startOf, textOf, walk } from './markdown.js';
import type { ParsedMarkdown } from './markdown.js';
import { docRuleId } from './rules.js';

/**
 * A template is the single source of truth of its kind's structure: headings (required unless marked
 * optional), section markers on the line after a heading, front matter fields and placeholder text.
 */

export type SectionRule =
  | { rule: 'min-items'; count: number }
  | { rule: 'five-whys' }
  | { rule: 'timeline' }
  | { rule: 'action-items' }
  | { rule: 'escalation' }
  | { rule: 'dashboard-link' };

export interface TemplateSection {
  index: number;
  depth: number;
  /** The heading as the template writes it (placeholders included), for messages. */
  title: string;
  pattern: HeadingPattern;
  optional: boolean;
  rules: SectionRule[];
  /** The template section has text of its own (not only subsections): the document's must not be empty. */
  expectsBody: boolean;
  /** Index of the enclosing section, if any. */
  parent?: number;
}

export type FieldRule =
  { type: 'one-of'; values: string[] } | { type: 'date' } | { type: 'handle' } | { type: 'any' };

export interface FrontMatterField {
  key: string;
  rule: FieldRule;
  /** The template's value is a list: the document's must be a list of such values. */
  list: boolean;
  /** The template's list is empty (`tags: []`): the document's may be empty too; else it needs an item. */
  emptyList?: boolean;
  /** The template's own value (`draft | final`, `@handle`): left unchanged in a document, it is unfilled. */
  templateValue: string | undefined;
}

export interface TemplateSpec {
  kind: string;
  /** Repository path of the template, or `built-in <kind> template`. */
  source: string;
  builtIn: boolean;
  /** The template's own text (for `docs new`). */
  text: string;
  sections: TemplateSection[];
  /** Undefined when the template has no front matter: then the document needs none. */
  frontMatter: FrontMatterField[] | undefined;
  /** Normalised text of placeholder lines: a document line equal to one still holds template text. */
  placeholderText: ReadonlySet<string>;
  /** What is wrong with the template itself, at its line and column. */
  problems: Finding[];
}

const MARKER_PREFIX = 'ops-steward:';

export function parseTemplate(
  kind: string,
  text: string,
  source: string,
  builtIn: boolean,
): TemplateSpec {
  const md = parseMarkdown(source, text);
  const problems: Finding[] = [];
  const problem = (message: string, at: { line: number; column: number }): void => {
    problems.push({
      ruleId: docRuleId('template-invalid'),
      severity: 'error',
      message: `template of kind "${kind}": ${message}`,
      file: source,
      ...at,
    });
  };
  const sections = readSections(md, (message, at) =>
    problem(`${message}: documents are checked without it until it is fixed`, at),
  );
  return {
    kind,
    source,
    builtIn,
    text: md.text,
    sections,
    frontMatter: readFrontMatter(md, (message, at) =>
      problem(`${message}: the documents' front matter is not checked until it is fixed`, at),
    ),
    placeholderText: readPlaceholderText(md),
    problems,
  };
}

type Problem = (message: string, at: { line: number; column: number }) => void;

function readSections(md: ParsedMarkdown, problem: Problem): TemplateSection[] {
  const children = md.tree.children;
  const sections: TemplateSection[] = [];
  const markerNodes = new Set<Html>();
  const stack: TemplateSection[] = [];
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    if (node.type !== 'heading') continue;
    const { rules, optional, used } = readMarkers(node, children, i, problem);
    for (const n of used) markerNodes.add(n);
    while (stack.length > 0 && stack[stack.length - 1]!.depth >= node.depth) stack.pop();
    const title = textOf(node).trim();
    const section: TemplateSection = {
      index: sections.length,
      depth: node.depth,
      title,
      pattern: headingPattern(title),
      optional,
      rules,
      expectsBody: false,
      ...(stack.length > 0 ? { parent: stack[stack.length - 1]!.index } : {}),
    };
    sections.push(section);
    stack.push(section);
  }
  // A section expects a body when the template writes something under its heading other than markers.
  let current: TemplateSection | undefined;
  let seen = 0;
  const hasChild = new Set<number>();
  for (const s of sections) if (s.parent !== undefined) hasChild.add(s.parent);
  for (const node of children) {
    if (node.type === 'heading') {
      current = sections[seen++];
      continue;
    }
    if (!current || node.type === 'yaml') continue;
    if (node.type === 'html' && (markerNodes.has(node) || isCommentOnly(node.value))) continue;
    current.expectsBody = true;
  }
  // A section the template leaves empty still wants text in the document, unless it only holds
  // subsections, or is the title (a level-1 heading).
  for (const s of sections) if (!hasChild.has(s.index) && s.depth > 1) s.expectsBody = true;
  // A marker anywhere else is a mistake the author would not notice: it silently does nothing.
  walk(md.tree, (node) => {
    if (node.type === 'html' && !markerNodes.has(node) && hasMarker(node.value)) {
      problem('an ops-steward marker must be on the line right after a heading', startOf(node));
    }
  });
  return sections;
}

function isCommentOnly(value: string): boolean {
  let rest = value;
  for (const body of htmlComments(value)) rest = rest.replace(`<!--${body}-->`, '');
  return rest.trim() === '';
}

function hasMarker(value: string): boolean {
  return htmlComments(value).some((c) => c.trim().toLowerCase().startsWith(MARKER_PREFIX));
}

/** The marker comments right after a heading, before anything else of its section. */
function readMarkers(
  heading: Heading,
  children: readonly RootContent[],
  at: number,
  problem: Problem,
): { rules: SectionRule[]; optional: boolean; used: Html[] } {
  const rules: SectionRule[] = [];
  const used: Html[] = [];
  let optional = false;
  // "The line after the heading" — blank lines allowed, because Prettier puts one there.
  for (let j = at + 1; j < children.length; j++) {
    const next = children[j]!;
    if (next.type !== 'html' || !hasMarker(next.value)) break;
    used.push(next);
    for (const body of htmlComments(next.value)) {
      const trimmed = body.trim();
      if (!trimmed.toLowerCase().startsWith(MARKER_PREFIX)) continue;
      for (const directive of trimmed.slice(MARKER_PREFIX.length).split(/[;,]/)) {
        const words = directive.trim().split(/\s+/).filter(Boolean);
        if (words.length === 0) continue;
        const parsed = parseDirective(words);
        if (parsed === 'optional') optional = true;
        else if (typeof parsed === 'string') problem(parsed, startOf(next));
        else rules.push(parsed);
      }
    }
  }
  return { rules, optional, used };
}

const SIMPLE_RULES = [
  'five-whys',
  'timeline',
  'action-items',
  'escalation',
  'dashboard-link',
] as const;
const MARKERS = ['optional', 'min-items N', ...SIMPLE_RULES].join(', ');

/** A section rule, `optional`, or the message saying what is wrong. */
function parseDirective(words: string[]): SectionRule | 'optional' | string {
  const [name, ...args] = words as [string, ...string[]];
  const lower = name.toLowerCase();
  if (lower === 'optional' && args.length === 0) return 'optional';
  if (lower === 'min-items') {
    const n = args.length === 1 ? Number(args[0]) : NaN;
    if (!Number.isInteger(n) || n < 1)
      return `"min-items" needs one whole number of at least 1, e.g. <!-- ops-steward: min-items 3 -->`;
    return { rule: 'min-items', count: n };
  }
  const simple = SIMPLE_RULES.find((r) => r === lower);
  if (simple && args.length === 0) return { rule: simple };
  return `unknown marker "${words.join(' ')}" (known: ${MARKERS})`;
}

function readFrontMatter(md: ParsedMarkdown, problem: Problem): FrontMatterField[] | undefined {
  const node = md.frontMatter;
  if (!node) {
    if (isTomlFrontMatter(md.text)) {
      problem(
        'front matter is TOML (+++), and only YAML front matter (between --- lines) gives fields',
        { line: 1, column: 1 },
      );
    }
    return undefined;
  }
  const { doc, at, error } = parseFrontMatterYaml(node);
  if (error) {
    problem(error.message, error.at);
    return [];
  }
  if (doc.contents === null) return [];
  if (!isMap(doc.contents)) {
    problem('front matter must be a mapping of field: rule', at(0));
    return [];
  }
  const fields: FrontMatterField[] = [];
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (key === undefined) continue;
    const value = pair.value;
    if (isSeq(value)) {
      const first = value.items[0];
      const raw = isScalar(first) ? first.value : null;
      fields.push({
        key,
        rule: fieldRule(raw),
        list: true,
        ...(value.items.length === 0 ? { emptyList: true } : {}),
        templateValue: stringOf(raw),
      });
    } else {
      const raw = isScalar(value) ? value.value : null;
      fields.push({ key, rule: fieldRule(raw), list: false, templateValue: stringOf(raw) });
    }
  }
  return fields;
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value.trim() : undefined;
}

/** `A | B | C` one of them, `YYYY-MM-DD` a date, `@handle` a GitHub user or team, else any value. */
export function fieldRule(value: unknown): FieldRule {
  if (typeof value !== 'string') return { type: 'any' };
  const text = value.trim();
  if (text.includes('{{')) return { type: 'any' };
  if (text === 'YYYY-MM-DD') return { type: 'date' };
  if (text === '@handle') return { type: 'handle' };
  if (text.includes('|')) {
    const values = text
      .split('|')
      .map((v) => v.trim())
      .filter((v) => v !== '');
    if (values.length >= 2) return { type: 'one-of', values };
  }
  return { type: 'any' };
}

/**
 * Lines of the template that hold placeholders, without the braces, and the placeholders' own text:
 * a document that merely deleted the braces still holds template text. Single words ("title") are too
 * common to count.
 */
function readPlaceholderText(md: ParsedMarkdown): Set<string> {
  const out = new Set<string>();
  const add = (text: string): void => {
    const normal = normalizeText(text);
    if (normal.includes(' ')) out.add(normal);
  };
  walk(md.tree, (node) => {
    if (node.type === 'heading') return false;
    if (node.type !== 'paragraph' && node.type !== 'tableCell') return;
    for (const line of textOf(node).split('\n')) {
      const { placeholders } = splitPlaceholders(line);
      if (placeholders.length === 0) continue;
      for (const p of placeholders) add(p);
      add(line.replaceAll('{{', '').replaceAll('}}', ''));
    }
    return false;
  });
  return out;
}
