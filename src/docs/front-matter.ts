import { isMap, isScalar, isSeq } from 'yaml';
import { parseFrontMatterYaml } from './front-matter-yaml.js';
import type { Node } from 'yaml';
import { docFinding } from './doc-finding.js';
import type { DocFinding } from './doc-finding.js';
import type { ParsedMarkdown, Point } from './markdown.js';
import type { FieldRule, FrontMatterField } from './template.js';
import { hasPlaceholder } from './placeholder-syntax.js';

/** `@user` (an Enterprise Managed User has its enterprise's `_shortcode` after it) or `@org/team`. */
const HANDLE =
  /^@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:_[A-Za-z0-9]+)?(?:\/[A-Za-z0-9][A-Za-z0-9_.-]*)?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A date with a time of day (what static site generators write): `2024-03-05T10:00:00Z`. */
const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?$/i;
/** `+++` on the first line, as Hugo writes TOML front matter. */
const TOML_FENCE = /^\+\+\+[ \t]*\r?\n/;

/** The template's front matter fields, required in the document with values of the right form. */
export function checkFrontMatter(
  doc: ParsedMarkdown,
  fields: readonly FrontMatterField[],
): DocFinding[] {
  if (fields.length === 0) return [];
  const node = doc.frontMatter;
  const keys = fields.map((f) => f.key).join(', ');
  if (!node) {
    if (isTomlFrontMatter(doc.text)) {
      return [
        docFinding(
          'front-matter',
          `front matter is TOML (+++): write it as YAML between --- lines, with ${keys}`,
          { line: 1, column: 1 },
          'front-matter',
        ),
      ];
    }
    return [
      docFinding(
        'front-matter',
        `missing front matter: the template requires --- with ${keys} --- at the top`,
        { line: 1, column: 1 },
        'front-matter',
      ),
    ];
  }
  const { doc: yaml, at, error, fenceLine } = parseFrontMatterYaml(node);
  const base = fenceLine + 1;
  const finding = (message: string, point: Point): DocFinding =>
    docFinding('front-matter', message, point, 'front-matter');
  if (error) return [finding(error.message, error.at)];
  const map = yaml.contents;
  if (map === null) {
    // `---` `---`, or only comments: every field is missing.
    return fields.map((f, i) => ({
      ...finding(`front matter field "${f.key}" is missing`, { line: base - 1, column: 1 }),
      order: i,
    }));
  }
  if (!isMap(map)) {
    return [finding(`front matter must be a mapping with ${keys}`, { line: base - 1, column: 1 })];
  }
  const out: DocFinding[] = [];
  for (const pair of map.items) {
    const v = pair.value as Node | null;
    if (isScalar(v) && typeof v.value === 'string' && hasPlaceholder(v.value) && v.range) {
      out.push(
        docFinding(
          'placeholder',
          `leftover placeholder "${v.value}" in the front matter`,
          at(v.range[0]),
          'front-matter',
        ),
      );
    }
  }
  for (const [order, field] of fields.entries()) {
    const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === field.key);
    if (!pair) {
      // `Title` for `title`, `last_reviewed` for `last-reviewed`: the key is there, spelled otherwise.
      const near = map.items
        .map((p) => p.key)
        .find((k) => isScalar(k) && k.range && sameKey(String(k.value), field.key));
      out.push(
        isScalar(near) && near.range
          ? finding(
              `front matter field "${field.key}" is missing: "${String(near.value)}" is there, and keys must be written as the template writes them`,
              at(near.range[0]),
            )
          : {
              ...finding(`front matter field "${field.key}" is missing`, {
                line: base - 1,
                column: 1,
              }),
              order,
            },
      );
      continue;
    }
    const value = pair.value as Node | null;
    const point = value?.range
      ? at(value.range[0])
      : isScalar(pair.key) && pair.key.range
        ? at(pair.key.range[0])
        : { line: base, column: 1 };
    if (isScalar(value) && typeof value.value === 'string' && value.value.includes('{{')) continue;
    const list = field.list ? checkList(value, field) : undefined;
    const problem =
      unfilled(value, field) ??
      list?.problem ??
      (field.list ? undefined : checkValue(value, field.rule));
    // A bad item of a list is pointed at itself, not at the start of the list.
    const where = list?.item?.range ? at(list.item.range[0]) : point;
    if (problem) out.push(finding(`front matter field "${field.key}" ${problem}`, where));
  }
  return out;
}

function sameKey(a: string, b: string): boolean {
  const plain = (k: string): string => k.toLowerCase().replace(/[-_ ]/g, '');
  return a !== b && plain(a) === plain(b);
}

/** The template's own value left in place (`draft | in review | final`, `@handle`, `YYYY-MM-DD`). */
function unfilled(value: Node | null, field: FrontMatterField): string | undefined {
  if (field.rule.type === 'any' || field.templateValue === undefined) return undefined;
  const items = isSeq(value) ? value.items : [value];
  const same = items.some(
    (v) => isScalar(v) && typeof v.value === 'string' && v.value.trim() === field.templateValue,
  );
  if (!same) return undefined;
  return field.rule.type === 'one-of'
    ? `still holds the template's choices: pick one of ${field.rule.values.join(' | ')}`
    : `still holds the template's "${field.templateValue}": fill it in`;
}

function checkList(
  value: Node | null,
  field: FrontMatterField,
): { problem: string; item?: Node } | undefined {
  const { rule } = field;
  // `tags:` left blank is the empty list a template's `tags: []` allows.
  if (field.emptyList && (value === null || (isScalar(value) && value.value === null)))
    return undefined;
  if (isScalar(value)) {
    const problem = checkValue(value, rule);
    return problem === undefined ? undefined : { problem };
  }
  if (!isSeq(value)) return { problem: 'must be a list' };
  if (value.items.length === 0)
    return field.emptyList ? undefined : { problem: 'must not be an empty list' };
  for (const item of value.items) {
    const problem = checkValue(item as Node | null, rule);
    if (problem) return { problem: problem.replace(/^must/, 'items must'), item: item as Node };
  }
  return undefined;
}

function checkValue(value: Node | null, rule: FieldRule): string | undefined {
  const raw = isScalar(value) ? value.value : value ? value.toJSON() : null;
  if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === ''))
    return 'is empty';
  if (rule.type === 'any') return undefined;
  if (typeof raw !== 'string' && !(raw instanceof Date) && typeof raw !== 'number')
    return `must be ${describe(rule)}`;
  const text = raw instanceof Date ? raw.toISOString().slice(0, 10) : String(raw).trim();
  switch (rule.type) {
    case 'date':
      return isRealDate(text) || isRealDateTime(text)
        ? undefined
        : `must be a date YYYY-MM-DD, not "${text}"`;
    case 'handle':
      return HANDLE.test(text) ? undefined : `must be a GitHub @user or @org/team, not "${text}"`;
    case 'one-of': {
      const ok = rule.values.some((v) => v.toLowerCase() === text.toLowerCase());
      return ok ? undefined : `must be one of ${rule.values.join(' | ')}, not "${text}"`;
    }
  }
}

function describe(rule: FieldRule): string {
  if (rule.type === 'date') return 'a date YYYY-MM-DD';
  if (rule.type === 'handle') return 'a GitHub @user or @org/team';
  if (rule.type === 'one-of') return `one of ${rule.values.join(' | ')}`;
  return 'a value';
}

export function isRealDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function isRealDateTime(text: string): boolean {
  const m = DATE_TIME.exec(text);
  if (!m || !isRealDate(m[1]!)) return false;
  return Number(m[2]) <= 23 && Number(m[3]) <= 59 && Number(m[4] ?? 0) <= 59;
}

export function isTomlFrontMatter(text: string): boolean {
  return TOML_FENCE.test(text);
}

export function isHandle(text: string): boolean {
  return HANDLE.test(text);
}
