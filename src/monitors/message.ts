/**
 * Who a Datadog monitor message notifies, and on which state changes. Datadog renders `{{#is_alert}}…{{/is_alert}}`
 * only when the notification is for that state and `{{^is_alert}}…{{/is_alert}}` only when it is not; blocks
 * nest, so a handle is reached on the states every enclosing block lets through.
 */

export type NotifyEvent =
  'alert' | 'warning' | 'no_data' | 'alert_recovery' | 'warning_recovery' | 'no_data_recovery';

const ALL_EVENTS: readonly NotifyEvent[] = [
  'alert',
  'warning',
  'no_data',
  'alert_recovery',
  'warning_recovery',
  'no_data_recovery',
];

/** The notifications that open or escalate a problem, as opposed to the ones that resolve it. */
export const TRIGGER_EVENTS: readonly NotifyEvent[] = ['alert', 'warning', 'no_data'];

/** Conditional variables that depend on the state; the others (`is_match`, `is_priority`, `is_renotify`) may be true on any. */
const STATE_CONDITIONS: Readonly<Record<string, readonly NotifyEvent[]>> = {
  is_alert: ['alert'],
  is_warning: ['warning'],
  is_no_data: ['no_data'],
  is_recovery: ['alert_recovery', 'warning_recovery', 'no_data_recovery'],
  is_alert_recovery: ['alert_recovery'],
  is_warning_recovery: ['warning_recovery'],
  is_no_data_recovery: ['no_data_recovery'],
  is_alert_to_warning: ['warning'],
};

export interface HandleMention {
  /** As written, e.g. `@pagerduty-Checkout`. */
  handle: string;
  /** Offset in the message. */
  offset: number;
  /** The notifications on which Datadog sends to this handle. */
  events: ReadonlySet<NotifyEvent>;
}

export interface TemplateProblem {
  message: string;
  offset: number;
}

/** A conditional block of the message, as written, and the notifications that show its text. */
export interface MessageBlock {
  tag: string;
  from: number;
  to: number;
  events: ReadonlySet<NotifyEvent>;
}

export interface MessageAnalysis {
  mentions: HandleMention[];
  /** Every `{{#…}}` / `{{^…}}` block, outer ones before the blocks they hold. */
  blocks: MessageBlock[];
  /** A `{{#is_recovery}}` (or a more specific recovery) block is present. */
  hasRecoveryBlock: boolean;
  problems: TemplateProblem[];
}

interface OpenBlock {
  name: string;
  tag: string;
  offset: number;
  events: ReadonlySet<NotifyEvent>;
}

// A Datadog handle: `@slack-ops`, `@pagerduty-Checkout_API`, `@jane@example.com`. Not the `@` inside an email.
const HANDLE = /(?<![\w@.+-])@[A-Za-z0-9_][\w.+-]*(?:@[\w-]+(?:\.[\w-]+)+)?/g;
const TAG = /\{\{\s*([#^/])\s*([\w.]+)([^}]*)\}\}/g;

export function analyzeMessage(text: string): MessageAnalysis {
  const mentions: HandleMention[] = [];
  const problems: TemplateProblem[] = [];
  const blocks: MessageBlock[] = [];
  const stack: OpenBlock[] = [];
  const close = (open: OpenBlock, to: number): void => {
    blocks.push({ tag: open.tag, from: open.offset, to, events: open.events });
  };
  let hasRecoveryBlock = false;
  let cursor = 0;
  const scan = (until: number): void => {
    const reach = stack.length === 0 ? new Set(ALL_EVENTS) : stack[stack.length - 1]!.events;
    for (const m of text.slice(cursor, until).matchAll(HANDLE)) {
      // `@pagerduty-${var.service}` (Terraform) is only known at apply time: no handle to judge.
      if (/^[$%]\{/.test(text.slice(cursor + m.index + m[0].length))) continue;
      const handle = m[0].replace(/[.]+$/, '');
      mentions.push({ handle, offset: cursor + m.index, events: reach });
    }
    cursor = until;
  };
  for (const tag of text.matchAll(TAG)) {
    scan(tag.index);
    cursor = tag.index + tag[0].length;
    const [, sigil, name] = tag as unknown as [string, string, string];
    if (sigil === '/') {
      const open = stack.pop();
      if (open) close(open, tag.index);
      if (!open) {
        problems.push({ message: `{{/${name}}} closes no open block`, offset: tag.index });
      } else if (open.name !== name) {
        problems.push({
          message: `{{/${name}}} closes {{#${open.name}}}, which was opened first`,
          offset: tag.index,
        });
      }
      continue;
    }
    const own = STATE_CONDITIONS[name];
    if (sigil === '#' && own && own.every((e) => e.endsWith('_recovery'))) hasRecoveryBlock = true;
    const allowed = own === undefined ? ALL_EVENTS : sigil === '#' ? own : complement(own);
    const outer = stack.length === 0 ? new Set(ALL_EVENTS) : stack[stack.length - 1]!.events;
    stack.push({
      name,
      tag: tag[0],
      offset: tag.index,
      events: new Set(allowed.filter((e) => outer.has(e))),
    });
  }
  scan(text.length);
  for (const open of stack) {
    problems.push({ message: `{{#${open.name}}} is never closed`, offset: open.offset });
    close(open, text.length);
  }
  blocks.sort((a, b) => a.from - b.from);
  return { mentions, blocks, hasRecoveryBlock, problems };
}

function complement(events: readonly NotifyEvent[]): NotifyEvent[] {
  return ALL_EVENTS.filter((e) => !events.includes(e));
}

/** Whether `handle` starts with one of the configured paging prefixes (case-insensitive, as Datadog matches). */
export function isPagingHandle(handle: string, prefixes: readonly string[]): boolean {
  const h = handle.toLowerCase();
  return prefixes.some((p) => h.startsWith(p.toLowerCase()));
}

/** Handles that page a person when the monitor triggers (not only when it recovers). */
export function pagingMentions(
  analysis: MessageAnalysis,
  prefixes: readonly string[],
): HandleMention[] {
  return analysis.mentions.filter(
    (m) => isPagingHandle(m.handle, prefixes) && TRIGGER_EVENTS.some((e) => m.events.has(e)),
  );
}

/** The innermost block around `offset`, if any: the notifications its text is shown on. */
export function blockAt(analysis: MessageAnalysis, offset: number): MessageBlock | undefined {
  let found: MessageBlock | undefined;
  for (const b of analysis.blocks) if (b.from <= offset && offset < b.to) found = b;
  return found;
}
