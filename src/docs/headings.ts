import { placeholdersIn } from './placeholder-syntax.js';

/**
 * How headings are compared: case-insensitively, ignoring punctuation and numbering ("2. Impact:" is
 * "impact"). A template heading may hold placeholders (`# Postmortem: {{ title }}`): the text around them
 * must match, the placeholder any non-empty text.
 */

export interface HeadingPattern {
  /** Normalised fixed text between placeholders; one element when the heading has none. */
  parts: string[];
  /** True when the heading contains a placeholder. */
  wild: boolean;
}

/** Leading section numbers: "1.", "2)", "3.1", "3.1.2." — "5 Whys" keeps its 5. */
function stripNumbering(text: string): string {
  let i = 0;
  const s = text.trimStart();
  let sawDigits = false;
  let sawSeparator = false;
  while (i < s.length) {
    const c = s[i]!;
    if (c >= '0' && c <= '9') {
      sawDigits = true;
      i++;
    } else if (sawDigits && (c === '.' || c === ')')) {
      sawSeparator = true;
      i++;
    } else break;
  }
  if (sawDigits && sawSeparator && (i === s.length || s[i] === ' ' || s[i] === '\t'))
    return s.slice(i);
  return s;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// As github-slugger: letters, marks (an emoji's variation selector too), decimal and letter numbers.
const SLUG_CHAR = /[\p{L}\p{Nd}\p{Nl}\p{M}]/u;

/** `LETTER_OR_DIGIT.test(ch)`, answered without the regular expression for ASCII (most characters). */
function isLetterOrDigit(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER_OR_DIGIT.test(ch);
}

/** Lower case, letters and digits only, single spaces. */
export function normalizeText(text: string): string {
  let out = '';
  let space = false;
  for (const ch of text.toLowerCase()) {
    if (isLetterOrDigit(ch)) {
      if (space && out !== '') out += ' ';
      out += ch;
      space = false;
    } else space = true;
  }
  return out;
}

/**
 * `:bell:` standing as a word of its own: GitHub shows it as 🔔, and emoji are no letters, so a heading
 * matches with the shortcode, the character, or neither. `Overview:bell:` has no shortcode.
 */
const SHORTCODE = /(^|\s):[a-z0-9_+-]+:(?=\s|$)/gi;

function withoutShortcodes(text: string): string {
  return text.includes(':') ? text.replace(SHORTCODE, '$1') : text;
}

/** `[^1]` left as text (its definition is missing, reported as such): a mark, not a word of the heading. */
function withoutFootnoteMarks(text: string): string {
  return text.includes('[^') ? text.replace(/\[\^[^\]\s]+\]/g, ' ') : text;
}

export function normalizeHeading(text: string): string {
  return normalizeText(stripNumbering(withoutShortcodes(withoutFootnoteMarks(text))));
}

/** Splits text on `{{ … }}` placeholders: the fixed parts and the placeholders' inner text. */
export function splitPlaceholders(text: string): { fixed: string[]; placeholders: string[] } {
  const fixed: string[] = [];
  const placeholders: string[] = [];
  let from = 0;
  for (const p of placeholdersIn(text)) {
    fixed.push(text.slice(from, p.from));
    placeholders.push(p.inner);
    from = p.to;
  }
  fixed.push(text.slice(from));
  return { fixed, placeholders };
}

export function headingPattern(text: string): HeadingPattern {
  const { fixed, placeholders } = splitPlaceholders(text);
  if (placeholders.length === 0) return { parts: [normalizeHeading(text)], wild: false };
  return {
    parts: fixed.map((p, i) =>
      i === 0 ? normalizeHeading(p) : normalizeText(withoutShortcodes(p)),
    ),
    wild: true,
  };
}

/** Whether a document heading's text matches a template heading's pattern. */
export function matchesHeading(pattern: HeadingPattern, text: string): boolean {
  const normal = normalizeHeading(text);
  if (!pattern.wild) return normal === pattern.parts[0];
  // Fixed parts in order, anchored at both ends; every placeholder stands for at least one character.
  let at = 0;
  const parts = pattern.parts;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (i === 0) {
      if (!normal.startsWith(part)) return false;
      at = part.length;
      continue;
    }
    const min = at + 1;
    if (i === parts.length - 1) {
      if (normal.length - part.length < min || !normal.endsWith(part)) return false;
      return true;
    }
    const found = part === '' ? min : normal.indexOf(part, min);
    if (found < 0) return false;
    at = found + part.length;
  }
  return true;
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
export function githubSlug(text: string): string {
  let out = '';
  for (const ch of text.trim().toLowerCase()) {
    if (ch === ' ') out += '-';
    else if (
      ch === '-' ||
      ch === '_' ||
      (ch.charCodeAt(0) < 128 ? isLetterOrDigit(ch) : SLUG_CHAR.test(ch))
    )
      out += ch;
  }
  return out;
}
