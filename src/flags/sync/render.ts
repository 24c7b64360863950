import { defuseMarkers } from '../../core/sanitize.js';
import type { FlagSyncState } from '../config.js';
import type { FlagReference } from '../types.js';
import { END_MARKER, eventMarker, flagMarker, metaMarker } from './markers.js';
import type { CloseReason, IssueMeta } from './markers.js';
import type { RepoRef } from '../../repo/types.js';
import type { AssigneeDecision, OwnerLevel } from './owners.js';

/** The words of flag issues and their comments. Nothing here may depend on the clock's time of day. */

/** A repository and the web root its links use; `https://github.com` when absent (GitHub Enterprise Server differs). */
export interface LinkedRepo extends RepoRef {
  serverUrl?: string;
}

export function webRoot(repo: LinkedRepo): string {
  return `${(repo.serverUrl ?? 'https://github.com').replace(/\/+$/, '')}/${repo.owner}/${repo.repo}`;
}

/** Everything the bot's section says about one flag. */
export interface FlagView {
  key: string;
  state: FlagSyncState;
  owners: readonly string[];
  type: string | null;
  created: string | null;
  expires: string | null;
  description?: string;
  /** Where the flag is declared; undefined for an undeclared flag. */
  declaredAt?: { file: string; line: number };
  registryPath: string;
  /**
   * Declared in code (`src/flags.ts#WebFlag`): the key is a member there, and its dates are JSDoc tags
   * unless `metadataPath` (a YAML entry of the same key) holds them.
   */
  inCode?: { metadataPath?: string };
  references: readonly FlagReference[];
  /** Pattern references (`checkout-*`) that may read the flag. */
  patternReferences: readonly FlagReference[];
  /** Days one renewal may add; null when no lifetime policy applies. */
  renewDays: number | null;
  renewSource: string | null;
  decision: AssigneeDecision;
}

/** References listed in full; the rest are summarised per file so the body stays under GitHub's 65,536 characters. */
const MAX_LISTED_REFERENCES = 100;

export function issueTitle(view: Pick<FlagView, 'key' | 'state' | 'expires'>): string {
  const key = JSON.stringify(view.key);
  switch (view.state) {
    case 'expiring':
      return `Feature flag ${key} expires on ${view.expires ?? 'an unknown date'}`;
    case 'expired':
      return `Feature flag ${key} expired on ${view.expires ?? 'an unknown date'}`;
    case 'orphaned':
      return `Feature flag ${key} is declared but no code reads it`;
    case 'undeclared':
      return `Feature flag ${key} is read by code but not declared`;
  }
}

export function permalink(repo: LinkedRepo, sha: string, file: string, line?: number): string {
  const path = file.split('/').map(encodeURIComponent).join('/');
  return `${webRoot(repo)}/blob/${sha}/${path}${line === undefined ? '' : `#L${line}`}`;
}

export function renderSection(
  view: FlagView,
  meta: IssueMeta,
  repo: LinkedRepo,
  sha: string,
): string {
  const lines: string[] = [`### ${escapeMd(issueTitle(view))}`, ''];
  lines.push(summarySentence(view), '');
  lines.push('| | |', '|---|---|');
  lines.push(`| Flag | ${code(view.key)} |`);
  lines.push(`| State | **${view.state}** |`);
  lines.push(
    `| Owner | ${view.owners.length > 0 ? view.owners.map(escapeCell).join(', ') : '_none_'} |`,
  );
  if (view.type) lines.push(`| Type | ${escapeCell(view.type)} |`);
  if (view.created) lines.push(`| Created | ${view.created} |`);
  if (view.expires) lines.push(`| Expires | ${view.expires} (expired from 00:00 UTC that day) |`);
  if (view.declaredAt) {
    const at = `${view.declaredAt.file} line ${view.declaredAt.line}`;
    lines.push(
      `| Declared in | [${escapeCell(at)}](${permalink(repo, sha, view.declaredAt.file, view.declaredAt.line)}) |`,
    );
  }
  if (view.description) lines.push(`| Description | ${escapeCell(view.description)} |`);
  lines.push('');
  lines.push(...referenceLines(view, repo, sha), '');
  lines.push('**What to do**', '', ...whatToDo(view), '');
  lines.push(...assigneeLines(view.decision), '');
  lines.push(
    '<sub>Kept up to date by ops-steward on every sweep: this section is rewritten, anything written below it is kept.</sub>',
  );
  // Only the bot's own markers may look like markers: everything between them came from the repository.
  return [flagMarker(view.key), defuseMarkers(lines.join('\n')), metaMarker(meta), END_MARKER].join(
    '\n',
  );
}

function summarySentence(view: FlagView): string {
  const k = code(view.key);
  switch (view.state) {
    case 'expiring':
      return `${k} expires on ${view.expires ?? '?'}: from that day on it is past its agreed lifetime.`;
    case 'expired':
      return view.references.length + view.patternReferences.length > 0
        ? `${k} expired on ${view.expires ?? '?'} and code still reads it.`
        : `${k} expired on ${view.expires ?? '?'}; no code reads it any more, only its entry in ${code(view.registryPath)} is left.`;
    case 'orphaned':
      return `${k} is declared in ${code(view.registryPath)}, but no code reads it: no exact, pattern or text reference.`;
    case 'undeclared':
      return `Code reads ${k}, but ${code(view.registryPath)} does not declare it, so it has no owner and no expiry.`;
  }
}

function referenceLines(view: FlagView, repo: LinkedRepo, sha: string): string[] {
  const refs = [...view.references].sort(byLocation);
  if (refs.length === 0 && view.patternReferences.length === 0)
    return ['**References**: none in the scanned code.'];
  const out = [
    `**References** (${refs.length}${view.patternReferences.length > 0 ? ` exact, ${view.patternReferences.length} by pattern` : ''}):`,
    '',
  ];
  for (const r of refs.slice(0, MAX_LISTED_REFERENCES))
    out.push(
      `- [${escapeMd(`${r.file}:${r.line}`)}](${permalink(repo, sha, r.file, r.line)}) — ${code(r.accessor)}`,
    );
  if (refs.length > MAX_LISTED_REFERENCES) {
    const files = [...new Set(refs.slice(MAX_LISTED_REFERENCES).map((r) => r.file))];
    out.push(
      `- …and ${refs.length - MAX_LISTED_REFERENCES} more in ${files.slice(0, 20).map(code).join(', ')}${files.length > 20 ? ' and other files' : ''}`,
    );
  }
  for (const r of [...view.patternReferences].sort(byLocation).slice(0, MAX_LISTED_REFERENCES)) {
    out.push(
      `- [${escapeMd(`${r.file}:${r.line}`)}](${permalink(repo, sha, r.file, r.line)}) — may read it: ${code(r.accessor)} with the pattern ${code(r.pattern ?? '')}`,
    );
  }
  return out;
}

export function renewInstructions(
  view: Pick<FlagView, 'key' | 'renewDays' | 'renewSource' | 'inCode'>,
): string {
  const step =
    view.renewDays === null
      ? ''
      : ` by at most ${view.renewDays} days (${view.renewSource ?? 'the lifetime policy'})`;
  return (
    `comment ${code(`/ops-steward renew ${view.key}`)} on this issue (optionally with a step such as ${code(`${view.renewDays ?? 30}d`)}): ` +
    `ops-steward opens a pull request that moves ${code(view.inCode && !view.inCode.metadataPath ? '@expires' : 'expires')}${step}. Owners, CODEOWNERS of the registry and maintainers may renew; renewals go in steps of at most one lifetime.`
  );
}

function whatToDo(view: FlagView): string[] {
  const reg = code(view.registryPath);
  // A code-declared key is a member of its declaration, and may have a YAML entry besides.
  const entry = view.inCode
    ? `its member from ${reg}${view.inCode.metadataPath ? ` and its entry from ${code(view.inCode.metadataPath)}` : ''}`
    : `its entry from ${reg}`;
  switch (view.state) {
    case 'expiring':
    case 'expired': {
      const unused = view.references.length + view.patternReferences.length === 0;
      const remove = unused
        ? `- **Remove it**: delete ${entry} — no code reads it any more.`
        : `- **Remove it**: take the flag out of the code listed above (keep the path you want), then delete ${entry}.`;
      return [remove, `- **Or renew it** if it must stay longer: ${renewInstructions(view)}`];
    }
    case 'orphaned':
      return [
        `- **Delete** ${entry}.`,
        `- If code builds the flag's name at run time, name it in a comment next to that call so the scanner sees it: ${code(`// ops-steward-flags: ${view.key}`)}`,
      ];
    case 'undeclared':
      return [
        `- **Declare it** in ${reg} with ${code('owner')}, ${code('created')}, ${code('expires')} and ${code('type')}, or`,
        '- **remove** the code that reads it if the flag is gone from the flag service.',
      ];
  }
}

function assigneeLines(decision: AssigneeDecision): string[] {
  const out: string[] = ['**Who**', ''];
  const chosen = decision.chosen;
  if (!chosen) {
    out.push(
      '- Nobody could be chosen: give the flag an owner who can be assigned, or add CODEOWNERS for its code or the registry.',
    );
  } else {
    if (decision.assignees.length > 0)
      out.push(`- Assigned: ${decision.assignees.map((a) => `@${a}`).join(', ')} — ${chosen.why}.`);
    if (decision.mentions.length > 0)
      out.push(
        `- Mentioned: ${decision.mentions.join(', ')} — ${chosen.why}${decision.assignees.length === 0 ? ' (teams cannot be assigned; set flags.sync.assignTeamMembers to assign their members)' : ''}.`,
      );
  }
  for (const note of decision.notes) out.push(`- Passed over: ${escapeMd(note)}.`);
  if (decision.next)
    out.push(
      `- Next level if this stays unresolved after expiry: ${people(decision.next)} — ${decision.next.why}.`,
    );
  return out;
}

/** `@alice, @acme/checkout` for a level. */
export function people(level: Pick<OwnerLevel, 'assignees' | 'mentions'>): string {
  return [...level.assignees.map((a) => `@${a}`), ...level.mentions].join(', ');
}

function withMarker(id: string, key: string, text: string): string {
  return `${eventMarker(id, key)}\n${defuseMarkers(text)}`;
}

export function stateChangeComment(
  id: string,
  view: FlagView,
  from: FlagSyncState | 'closed',
): string {
  const reachable = people({
    assignees: view.decision.assignees,
    mentions: view.decision.mentions,
  });
  const to = reachable ? `${reachable}: ` : '';
  const was =
    from === 'closed'
      ? 'This issue was closed, but the flag needs attention again'
      : `The flag was **${from}**`;
  return withMarker(
    id,
    view.key,
    `${to}${was}; it is now **${view.state}**. ${summarySentence(view)} The description above is up to date.`,
  );
}

export function escalationComment(id: string, view: FlagView, days: number): string {
  const current = people({ assignees: view.decision.assignees, mentions: view.decision.mentions });
  const next = view.decision.next;
  const head = `${code(view.key)} expired on ${view.expires ?? '?'} and this issue is still open ${days} days later.`;
  const body = next
    ? `Escalating to the next level: ${people(next)} (${next.why}). ${current ? `${current} ` : ''}please remove the flag or renew it.`
    : `${current ? `${current}: ` : ''}no further escalation level is known (no CODEOWNERS or escalation policy beyond the current owners), so this is the only reminder. Please remove the flag or renew it.`;
  return withMarker(id, view.key, `${head} ${body}\n\nTo renew: ${renewInstructions(view)}`);
}

export function reopenComment(id: string, view: FlagView, everyDays: number): string {
  const who = people({ assignees: view.decision.assignees, mentions: view.decision.mentions });
  return withMarker(
    id,
    view.key,
    `Reopening: ${code(view.key)} is still expired (since ${view.expires ?? '?'}) and code or ${code(view.registryPath)} still has it. ` +
      `Closing the issue does not retire the flag — remove it or renew it. ${who ? `${who} ` : ''}` +
      `(ops-steward reopens at most once every ${everyDays} days.)`,
  );
}

export interface CloseContext {
  key: string;
  reason: CloseReason;
  registryPath: string;
  /** What changed, e.g. "expires moved from 2026-12-01 to 2026-12-31". */
  detail?: string;
  /** The commit that removed the last reference, when history is available. */
  lastCommit?: { sha: string; subject?: string; url?: string };
  /** For duplicates: the issue kept. */
  keptIssue?: number;
  scannedSha: string;
  repo: LinkedRepo;
}

export function closeComment(id: string, c: CloseContext): string {
  const k = code(c.key);
  const at = `[${c.scannedSha.slice(0, 7)}](${webRoot(c.repo)}/commit/${c.scannedSha})`;
  let text: string;
  switch (c.reason) {
    case 'gone': {
      const commit = c.lastCommit
        ? ` The last reference was removed in [${c.lastCommit.sha.slice(0, 7)}](${c.lastCommit.url ?? `${webRoot(c.repo)}/commit/${c.lastCommit.sha}`})${c.lastCommit.subject ? ` (${escapeMd(c.lastCommit.subject)})` : ''}.`
        : ' The commit that removed the last reference is not known here (no history available).';
      text = `Closing: ${k} is gone from the code and from ${code(c.registryPath)} as of ${at}.${commit} Thank you!`;
      break;
    }
    case 'renewed':
      text = `Closing: ${k} was renewed${c.detail ? ` — ${c.detail}` : ''} (as of ${at}). A new issue appears if it needs attention again.`;
      break;
    case 'resolved':
      text = `Closing: ${k} no longer needs attention${c.detail ? ` — ${c.detail}` : ''} (as of ${at}).`;
      break;
    case 'duplicate':
      text = `Closing as a duplicate of #${c.keptIssue ?? '?'}: ops-steward keeps one issue per flag.`;
      break;
  }
  return withMarker(id, c.key, text);
}

function byLocation(a: FlagReference, b: FlagReference): number {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column;
}

/** A code span that survives backticks in the text. */
export function code(text: string): string {
  const runs = text.match(/`+/g) ?? [];
  const fence = '`'.repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

function escapeMd(text: string): string {
  return text.replace(/([\\[\]<>*_|])/g, '\\$1');
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
