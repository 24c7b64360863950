/**
 * Repository text (and server text) embedded in what ops-steward writes: neutralised here, once, so
 * every renderer applies the same rules.
 */

/** A zero-width space: invisible when rendered, but no parser sees `<!--` or `-->` any more. */
const ZWSP = '\u200B';

/**
 * Text from the repository can never open or close an HTML comment, so it can never pose as one of
 * the bot's hidden markers (`<!-- ops-steward:end -->` in a flag description cut the issue's section
 * short). Works inside code spans too, where entities would show literally.
 */
export function defuseMarkers(text: string): string {
  return text.replace(/<!--/g, `<${ZWSP}!--`).replace(/--(?=>)/g, `--${ZWSP}`);
}

/**
 * Credentials that may reach an output through an error message or a file: GitHub tokens
 * (classic `ghp_`, OAuth `gho_`, user-to-server `ghu_`, installation `ghs_`, refresh `ghr_`,
 * fine-grained `github_pat_`), and the value of a `Bearer`/`token` scheme or an `Authorization:` header.
 */
const SECRET_PATTERNS: readonly RegExp[] = [
  /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})\b/g,
  /\b(authorization\s*[:=]\s*)(?:(?:bearer|token|basic)\s+)?[^\s"',;]+/gi,
  /\b(bearer\s+)[A-Za-z0-9._~+/=-]{8,}/gi,
  /\b(x-access-token:)[^\s@"']+/gi,
];

export const REDACTED = '[REDACTED]';

/** Every credential-looking value replaced by `[REDACTED]`; everything else unchanged. */
export function redactSecrets(text: string): string {
  let out = text;
  for (const pattern of SECRET_PATTERNS) {
    out = out.replace(pattern, (_match: string, prefix?: unknown) =>
      typeof prefix === 'string' ? `${prefix}${REDACTED}` : REDACTED,
    );
  }
  return out;
}

/** The finding as every renderer shows it: credentials in its texts redacted. */
export function redactFinding<F extends { message: string; escalation?: string }>(finding: F): F {
  const message = redactSecrets(finding.message);
  const escalation =
    finding.escalation === undefined ? undefined : redactSecrets(finding.escalation);
  if (message === finding.message && escalation === finding.escalation) return finding;
  return { ...finding, message, ...(escalation === undefined ? {} : { escalation }) };
}
