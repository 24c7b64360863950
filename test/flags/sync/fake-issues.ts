import { githubError, startFakeGitHub } from '../../support/fake-github.js';
import type { FakeGitHub, FakeResponse, RoutedRequest } from '../../support/fake-github.js';

/**
 * The issues, comments, labels and assignees of one repository, as routes on the shared stateful fake
 * GitHub (test/support/fake-github.ts). Faults can be injected per request to simulate a 500 or a
 * secondary rate limit in the middle of a sweep.
 */

export interface FakeIssue {
  number: number;
  state: 'open' | 'closed';
  state_reason: string | null;
  title: string;
  body: string;
  labels: string[];
  assignees: string[];
  closed_at: string | null;
  /** A person locked the conversation: GitHub then refuses the bot's comments (403), but edits still work. */
  locked?: boolean;
  /** Search finds the issue only once the fake has answered this many requests (its index lags). */
  searchableAfter?: number;
}

export interface Fault {
  method: string;
  path: RegExp;
  status: number;
  message: string;
  headers?: Record<string, string>;
  /** How many matching requests fail; then the fault is used up. */
  times: number;
  /** Matching requests let through before the first failure (default 0). */
  after?: number;
  /**
   * `before` (default): refused, nothing done. `after`: done, then the error is answered — GitHub
   * committed the write but the client hears a failure. `drop`: done, then the connection is dropped.
   */
  mode?: 'before' | 'after' | 'drop';
}

export interface IssuesState {
  issues: FakeIssue[];
  comments: Map<number, { id: number; body: string; user: string }[]>;
  labels: { name: string; color: string; description: string }[];
  /** Lower-case logins that can be assigned. */
  assignable: Set<string>;
  /** `org/slug` → member logins; absent → 404. */
  teams: Record<string, string[]>;
  faults: Fault[];
  /** Write requests that succeeded. */
  writes: number;
  clock: () => Date;
  /** Issues turned off in the repository's settings: every issues endpoint answers 410, as GitHub does. */
  issuesDisabled?: boolean;
  /**
   * How many requests pass before search finds a new issue (GitHub's index lags by seconds to a minute;
   * the listings do not). Default 0: found at once.
   */
  searchLag?: number;
  /** Requests answered so far (the clock of `searchLag`). */
  served?: number;
  /**
   * The token lacks push access: GitHub then drops assignees on create and edit without a word (201/200),
   * as its docs say ("Assignees are silently dropped otherwise").
   */
  dropsAssignees?: boolean;
  /**
   * Issues a person transferred to another repository, by their old number → the API URL they moved to:
   * GitHub answers every request to the old number with 301 and that `Location`.
   */
  moved?: Map<number, string>;
  /** Called before every request is answered: what people do on GitHub while a sweep runs. */
  onRequest?: (req: RoutedRequest, state: IssuesState) => void;
}

export function issuesState(overrides: Partial<IssuesState> = {}): IssuesState {
  return {
    issues: [],
    comments: new Map(),
    labels: [],
    assignable: new Set(),
    teams: {},
    faults: [],
    writes: 0,
    clock: () => new Date('2026-12-01T06:00:00Z'),
    ...overrides,
  };
}

export function issueJson(i: FakeIssue): Record<string, unknown> {
  return {
    number: i.number,
    state: i.state,
    state_reason: i.state_reason,
    title: i.title,
    body: i.body,
    labels: i.labels.map((name) => ({ name })),
    assignees: i.assignees.map((login) => ({ login })),
    closed_at: i.closed_at,
    locked: i.locked ?? false,
    html_url: `https://github.com/acme/shop/issues/${i.number}`,
  };
}

function fault(req: RoutedRequest, state: IssuesState): Fault | undefined {
  const f = state.faults.find(
    (x) => x.times > 0 && x.method === req.method && x.path.test(req.path),
  );
  if (!f) return undefined;
  if ((f.after ?? 0) > 0) {
    f.after = (f.after ?? 0) - 1;
    return undefined;
  }
  f.times--;
  return f;
}

function faultResponse(f: Fault): FakeResponse {
  if (f.mode === 'drop') return { destroy: true };
  const res = githubError(f.status, f.message);
  return f.headers ? { ...res, headers: f.headers } : res;
}

function page<T>(items: T[], req: RoutedRequest): T[] {
  const per = Number(req.query.per_page ?? 30);
  const p = Number(req.query.page ?? 1);
  return items.slice((p - 1) * per, p * per);
}

type Handler = (req: RoutedRequest, state: IssuesState) => FakeResponse;

function guarded(
  handler: Handler,
  write = false,
): (req: RoutedRequest, state: IssuesState) => FakeResponse {
  return (req, state) => {
    state.served = (state.served ?? 0) + 1;
    state.onRequest?.(req, state);
    if (state.issuesDisabled && /^\/repos\/[^/]+\/[^/]+\/issues(\/|$)/.test(req.path))
      return githubError(410, 'Issues are disabled for this repo');
    const number = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)(\/|$)/.exec(req.path)?.[1];
    const to = number === undefined ? undefined : state.moved?.get(Number(number));
    if (to !== undefined)
      return {
        status: 301,
        headers: { location: to },
        body: {
          message: 'Moved Permanently',
          url: to,
          documentation_url:
            'https://docs.github.com/rest/guides/best-practices-for-using-the-rest-api#follow-redirects',
        },
      };
    const f = fault(req, state);
    if (f && (f.mode ?? 'before') === 'before') return faultResponse(f);
    const res = handler(req, state);
    if (write && (res.status ?? 200) < 300) state.writes++;
    return f ? faultResponse(f) : res;
  };
}

/**
 * GitHub refuses a create or an edit naming a login that cannot be assigned in the repository (not a
 * collaborator, left the organisation) with 422 and one `errors[]` entry per login; nothing is written.
 */
function unassignable(state: IssuesState, logins: string[] | undefined): FakeResponse | undefined {
  if (state.dropsAssignees) return undefined;
  const bad = (logins ?? []).filter((a) => !state.assignable.has(a.toLowerCase()));
  if (bad.length === 0) return undefined;
  return {
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: bad.map((value) => ({
        value,
        resource: 'Issue',
        field: 'assignees',
        code: 'invalid',
      })),
      documentation_url: 'https://docs.github.com/rest/issues/issues#create-an-issue',
      status: '422',
    },
  };
}

function find(state: IssuesState, n: string): FakeIssue | undefined {
  return state.issues.find((i) => i.number === Number(n));
}

export function addIssueRoutes(fake: FakeGitHub<IssuesState>): FakeGitHub<IssuesState> {
  const repo = '/repos/:owner/:repo';
  return fake
    .route(
      'GET',
      `${repo}/issues`,
      guarded((req, s) => {
        const label = req.query.labels;
        const state = req.query.state ?? 'open';
        const list = s.issues
          .filter((i) => state === 'all' || i.state === state)
          .filter((i) => !label || i.labels.some((l) => l.toLowerCase() === label.toLowerCase()))
          .sort((a, b) => b.number - a.number);
        return { body: page(list, req).map(issueJson) };
      }),
    )
    .route(
      'GET',
      '/search/issues',
      guarded((req, s) => {
        const phrase = /"([^"]+)"/.exec(req.query.q ?? '')?.[1] ?? '';
        const items = s.issues
          .filter((i) => i.body.includes(phrase) && (i.searchableAfter ?? 0) <= (s.served ?? 0))
          .map(issueJson);
        return {
          body: { total_count: items.length, incomplete_results: false, items: page(items, req) },
        };
      }),
    )
    .route(
      'POST',
      `${repo}/issues`,
      guarded((req, s) => {
        const b = req.body as {
          title: string;
          body?: string;
          labels?: string[];
          assignees?: string[];
        };
        const invalid = unassignable(s, b.assignees);
        if (invalid) return invalid;
        const issue: FakeIssue = {
          number: s.issues.reduce((m, i) => Math.max(m, i.number), 0) + 1,
          state: 'open',
          state_reason: null,
          title: b.title,
          body: b.body ?? '',
          labels: b.labels ?? [],
          assignees: s.dropsAssignees ? [] : (b.assignees ?? []),
          closed_at: null,
          searchableAfter: (s.served ?? 0) + (s.searchLag ?? 0),
        };
        for (const l of issue.labels)
          if (!s.labels.some((x) => x.name.toLowerCase() === l.toLowerCase()))
            s.labels.push({ name: l, color: 'ededed', description: '' });
        s.issues.push(issue);
        return { status: 201, body: issueJson(issue) };
      }, true),
    )
    .route(
      'GET',
      `${repo}/issues/:number`,
      guarded((req, s) => {
        const issue = find(s, req.params.number!);
        return issue ? { body: issueJson(issue) } : githubError(404, 'Not Found');
      }),
    )
    .route(
      'PATCH',
      `${repo}/issues/:number`,
      guarded((req, s) => {
        const issue = find(s, req.params.number!);
        if (!issue) return githubError(404, 'Not Found');
        const b = req.body as Partial<{
          title: string;
          body: string;
          labels: string[];
          assignees: string[];
          state: 'open' | 'closed';
          state_reason: string;
        }>;
        const invalid = unassignable(s, b.assignees);
        if (invalid) return invalid;
        if (b.title !== undefined) issue.title = b.title;
        if (b.body !== undefined) issue.body = b.body;
        if (b.labels !== undefined) issue.labels = b.labels;
        if (b.assignees !== undefined && !s.dropsAssignees) issue.assignees = b.assignees;
        if (b.state !== undefined && b.state !== issue.state) {
          issue.state = b.state;
          issue.closed_at = b.state === 'closed' ? s.clock().toISOString() : null;
        }
        if (b.state_reason !== undefined) issue.state_reason = b.state_reason;
        return { body: issueJson(issue) };
      }, true),
    )
    .route(
      'GET',
      `${repo}/issues/:number/comments`,
      guarded((req, s) => ({
        body: page(s.comments.get(Number(req.params.number)) ?? [], req).map((c) => ({
          id: c.id,
          body: c.body,
          // GitHub's user object says what kind of account wrote it.
          user: { login: c.user, type: c.user.endsWith('[bot]') ? 'Bot' : 'User' },
        })),
      })),
    )
    .route(
      'POST',
      `${repo}/issues/:number/comments`,
      guarded((req, s) => {
        const n = Number(req.params.number);
        const target = find(s, String(n));
        if (!target) return githubError(404, 'Not Found');
        // As GitHub answers a bot (GITHUB_TOKEN or an App) on a locked conversation.
        if (target.locked)
          return {
            status: 403,
            body: {
              message: 'Unable to create comment because issue is locked.',
              documentation_url: 'https://docs.github.com/articles/locking-conversations/',
              status: '403',
            },
          };
        const list = s.comments.get(n) ?? [];
        const comment = {
          id: 1000 + [...s.comments.values()].flat().length,
          body: (req.body as { body: string }).body,
          user: 'ops-steward[bot]',
        };
        list.push(comment);
        s.comments.set(n, list);
        return { status: 201, body: comment };
      }, true),
    )
    .route(
      'GET',
      `${repo}/assignees/:login`,
      guarded((req, s) =>
        s.assignable.has(req.params.login!.toLowerCase())
          ? { status: 204 }
          : githubError(404, 'Not Found'),
      ),
    )
    .route(
      'GET',
      `${repo}/labels`,
      guarded((req, s) => ({ body: page(s.labels, req) })),
    )
    .route(
      'POST',
      `${repo}/labels`,
      guarded((req, s) => {
        const b = req.body as { name: string; color: string; description: string };
        if (s.labels.some((l) => l.name.toLowerCase() === b.name.toLowerCase()))
          return githubError(422, 'Validation Failed');
        s.labels.push(b);
        return { status: 201, body: b };
      }, true),
    )
    .route(
      'GET',
      `${repo}/labels/:name`,
      guarded((req, s) => {
        const label = s.labels.find((l) => l.name.toLowerCase() === req.params.name!.toLowerCase());
        return label ? { body: label } : githubError(404, 'Not Found');
      }),
    )
    .route(
      'PATCH',
      `${repo}/labels/:name`,
      guarded((req, s) => {
        const label = s.labels.find((l) => l.name.toLowerCase() === req.params.name!.toLowerCase());
        if (!label) return githubError(404, 'Not Found');
        const b = req.body as { description?: string };
        if (b.description !== undefined) label.description = b.description;
        return { body: label };
      }, true),
    )
    .route(
      'DELETE',
      `${repo}/labels/:name`,
      guarded((req, s) => {
        const i = s.labels.findIndex(
          (l) => l.name.toLowerCase() === req.params.name!.toLowerCase(),
        );
        if (i < 0) return githubError(404, 'Not Found');
        s.labels.splice(i, 1);
        return { status: 204 };
      }, true),
    )
    .route(
      'GET',
      '/orgs/:org/teams/:slug/members',
      guarded((req, s) => {
        const members = s.teams[`${req.params.org}/${req.params.slug}`];
        return members
          ? {
              body: page(
                members.map((login) => ({ login })),
                req,
              ),
            }
          : githubError(404, 'Not Found');
      }),
    );
}

export async function startIssuesFake(
  state: IssuesState = issuesState(),
): Promise<FakeGitHub<IssuesState>> {
  return addIssueRoutes(await startFakeGitHub({ state }));
}

/** What a person does in the web UI: close an issue, write below the marker. */
export function personCloses(state: IssuesState, number: number): void {
  const issue = state.issues.find((i) => i.number === number)!;
  issue.state = 'closed';
  issue.state_reason = 'completed';
  issue.closed_at = state.clock().toISOString();
}

/** What a person does with "Transfer issue": gone from here, the old number redirects to the new home. */
export function personTransfers(state: IssuesState, number: number, to: string): FakeIssue {
  const issue = state.issues.find((i) => i.number === number)!;
  state.issues = state.issues.filter((i) => i !== issue);
  state.moved ??= new Map();
  state.moved.set(number, to);
  return issue;
}

export function commentsOf(state: IssuesState, number: number): string[] {
  return (state.comments.get(number) ?? []).map((c) => c.body);
}
