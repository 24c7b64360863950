/**
 * The renewal command in an issue or PR comment: `/ops-steward renew KEY [30d]`.
 *
 * Only a line that *starts* with the command counts: quoted replies (`> /ops-steward renew …`), fenced code
 * blocks and inline code are examples, not requests — which also keeps the bot's own replies, which quote the
 * command in backticks, from triggering it. The first command in a comment wins.
 */
export type RenewCommand =
  /** No renewal command in the comment: ignore it silently. */
  | { kind: 'none' }
  /** The command is there but cannot be read; `message` is the reply (Markdown). */
  | { kind: 'invalid'; message: string }
  /** `days` null: the policy's step. */
  | { kind: 'renew'; key: string; days: number | null };

const COMMAND = /^\s*\/ops-steward\s+renew(?=\s|$)(.*)$/i;
const FENCE = /^\s*(```|~~~)/;
const DAYS = /^(\d{1,6})(?:\s*(?:d|days?))?$/i;
export const RENEW_USAGE =
  '`/ops-steward renew FLAG-KEY` (optionally followed by a number of days such as `30d`)';

export function parseRenewCommand(body: string): RenewCommand {
  let fence: string | undefined;
  for (const line of body.split(/\r?\n/)) {
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch) {
      if (fence === undefined) fence = fenceMatch[1];
      else if (fence === fenceMatch[1]) fence = undefined;
      continue;
    }
    if (fence !== undefined || /^\s*>/.test(line)) continue;
    const m = COMMAND.exec(line);
    if (!m) continue;
    return parseArguments((m[1] ?? '').trim());
  }
  return { kind: 'none' };
}

function parseArguments(rest: string): RenewCommand {
  const tokens = rest === '' ? [] : rest.split(/\s+/);
  // "30 days" is two tokens; read it as one.
  if (tokens.length === 3 && /^\d+$/.test(tokens[1]!) && /^days?$/i.test(tokens[2]!))
    tokens.splice(1, 2, `${tokens[1]}d`);
  const rawKey = tokens[0];
  if (rawKey === undefined)
    return { kind: 'invalid', message: `Which flag should be renewed? Write ${RENEW_USAGE}.` };
  const key = rawKey.replace(/^([`"'])(.*)\1$/, '$2');
  if (key === '')
    return { kind: 'invalid', message: `The flag key is empty. Write ${RENEW_USAGE}.` };
  if (tokens.length > 2)
    return {
      kind: 'invalid',
      message: `I could not read \`${tokens.slice(1).join(' ')}\` after the flag key. Write ${RENEW_USAGE}; renew one flag per comment.`,
    };
  const rawDays = tokens[1];
  if (rawDays === undefined) return { kind: 'renew', key, days: null };
  const m = DAYS.exec(rawDays);
  if (!m)
    return {
      kind: 'invalid',
      message: `I could not read \`${rawDays}\` as a number of days. Write it like \`30d\`, or leave it out to renew by the standard step.`,
    };
  const days = Number(m[1]);
  if (days === 0)
    return {
      kind: 'invalid',
      message:
        'A renewal of 0 days changes nothing. Leave the days out to renew by the standard step.',
    };
  return { kind: 'renew', key, days };
}
