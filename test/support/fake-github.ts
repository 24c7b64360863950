import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small stateful fake of GitHub's REST API on 127.0.0.1, for whole-process tests where nock cannot reach
 * (a spawned `node dist/action.js`). Tests register routes (`GET /repos/:owner/:repo/issues`) whose handlers
 * read and mutate a shared `state`; every request is recorded, and anything without a route gets GitHub's
 * 404 body and is listed by `unmatched()`, so a test can assert nothing unexpected was called.
 */

export interface FakeRequest {
  method: string;
  /** Path without the query string, e.g. `/repos/acme/shop/issues`. */
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | undefined>;
  /** Parsed JSON body, the raw text when it is not JSON, or undefined when empty. */
  body: unknown;
}

export interface RoutedRequest extends FakeRequest {
  /** Values of the `:name` segments of the matched route. */
  params: Record<string, string>;
}

export interface FakeResponse {
  status?: number;
  /** Serialised as JSON unless it is a string. */
  body?: unknown;
  headers?: Record<string, string>;
  /** Drop the connection without answering (the request may or may not have been done). */
  destroy?: boolean;
}

export type FakeHandler<S> = (req: RoutedRequest, state: S) => FakeResponse | Promise<FakeResponse>;

export interface RecordedRequest extends FakeRequest {
  /** The route pattern that answered, or undefined when none matched. */
  route?: string;
  status: number;
}

export interface FakeGitHub<S> {
  /** Base URL to use as GITHUB_API_URL / Octokit `baseUrl`, e.g. `http://127.0.0.1:43121`. */
  readonly url: string;
  readonly state: S;
  /** Every request received, in order. */
  readonly requests: readonly RecordedRequest[];
  /** Adds a route; later routes win over earlier ones with the same pattern, so a test can override one. */
  route(method: string, pattern: string, handler: FakeHandler<S>): FakeGitHub<S>;
  /** Requests no route answered. */
  unmatched(): RecordedRequest[];
  close(): Promise<void>;
}

export interface FakeGitHubOptions<S> {
  state: S;
  routes?: ReadonlyArray<{ method: string; pattern: string; handler: FakeHandler<S> }>;
}

interface CompiledRoute<S> {
  method: string;
  pattern: string;
  regex: RegExp;
  names: string[];
  handler: FakeHandler<S>;
}

function compile<S>(method: string, pattern: string, handler: FakeHandler<S>): CompiledRoute<S> {
  const names: string[] = [];
  const source = pattern
    .split('/')
    .map((segment) => {
      if (segment.startsWith(':')) {
        names.push(segment.slice(1));
        return '([^/]+)';
      }
      return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return {
    method: method.toUpperCase(),
    pattern,
    regex: new RegExp(`^${source}/?$`),
    names,
    handler,
  };
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function send(res: ServerResponse, response: FakeResponse): number {
  if (response.destroy) {
    res.destroy();
    return 0;
  }
  const status = response.status ?? 200;
  const headers: Record<string, string> = { ...response.headers };
  let payload = '';
  if (response.body !== undefined) {
    payload = typeof response.body === 'string' ? response.body : JSON.stringify(response.body);
    headers['content-type'] ??=
      typeof response.body === 'string' ? 'text/plain' : 'application/json; charset=utf-8';
  }
  res.writeHead(status, headers);
  res.end(payload);
  return status;
}

/** GitHub's error body shape, so Octokit builds the same RequestError it would in production. */
export function githubError(status: number, message: string): FakeResponse {
  return {
    status,
    body: { message, documentation_url: 'https://docs.github.com/rest', status: String(status) },
  };
}

export async function startFakeGitHub<S>(options: FakeGitHubOptions<S>): Promise<FakeGitHub<S>> {
  const routes: CompiledRoute<S>[] = [];
  const requests: RecordedRequest[] = [];
  const state = options.state;

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const request: FakeRequest = {
      method: (req.method ?? 'GET').toUpperCase(),
      path: decodeURIComponent(url.pathname),
      query: Object.fromEntries(url.searchParams),
      headers: Object.fromEntries(
        Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v]),
      ),
      body: await readBody(req),
    };
    let matched: CompiledRoute<S> | undefined;
    let params: Record<string, string> = {};
    for (let i = routes.length - 1; i >= 0; i--) {
      const route = routes[i]!;
      if (route.method !== request.method) continue;
      const m = route.regex.exec(url.pathname);
      if (!m) continue;
      matched = route;
      params = Object.fromEntries(
        route.names.map((name, j) => [name, decodeURIComponent(m[j + 1] ?? '')]),
      );
      break;
    }
    let response: FakeResponse;
    if (!matched) {
      response = githubError(404, 'Not Found');
    } else {
      try {
        response = await matched.handler({ ...request, params }, state);
      } catch (error) {
        response = githubError(
          500,
          `fake handler failed: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
    requests.push({ ...request, route: matched?.pattern, status: response.status ?? 200 });
    send(res, response);
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  const fake: FakeGitHub<S> = {
    url: `http://127.0.0.1:${port}`,
    state,
    requests,
    route(method, pattern, handler) {
      routes.push(compile(method, pattern, handler));
      return fake;
    },
    unmatched: () => requests.filter((r) => r.route === undefined),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
  for (const r of options.routes ?? []) fake.route(r.method, r.pattern, r.handler);
  return fake;
}

/** One attempt of a webhook delivery, as `GET /app/hook/deliveries` lists it. */
export interface HookDelivery {
  id: number;
  guid: string;
  delivered_at: string;
  redelivery: boolean;
  duration: number;
  status: string;
  status_code: number;
  event: string;
  action: string | null;
  installation_id: number | null;
  repository_id: number | null;
}

export interface HookDeliveriesState {
  /** Every attempt, in the order GitHub made them (the listing shows them newest first). */
  deliveries: HookDelivery[];
  /** Answers to `POST …/attempts` by delivery id (a 422 for one too old); 202 otherwise. */
  redeliveryFaults: Map<number, FakeResponse>;
  /** Called for an accepted redelivery, e.g. to record the new attempt or send the webhook again. */
  onRedeliver?: (original: HookDelivery, state: HookDeliveriesState) => void | Promise<void>;
  /** The payload GitHub keeps with each delivery, by guid (`GET /app/hook/deliveries/{id}` returns it). */
  payloads: Map<string, unknown>;
}

export function hookDeliveriesState(deliveries: HookDelivery[] = []): HookDeliveriesState {
  return { deliveries, redeliveryFaults: new Map(), payloads: new Map() };
}

/**
 * GitHub's App webhook deliveries: the listing, newest first, paged by an opaque `cursor` in the Link
 * header's `next` URL (as GitHub does: no `page` numbers), and the redelivery request, 202 when accepted.
 */
export function addHookDeliveryRoutes<S extends HookDeliveriesState>(
  fake: FakeGitHub<S>,
  prefix = '',
): FakeGitHub<S> {
  return fake
    .route('GET', `${prefix}/app/hook/deliveries`, (req, state) => {
      const perPage = Math.min(Number(req.query.per_page ?? 30) || 30, 100);
      const newestFirst = [...state.deliveries].reverse();
      const start = req.query.cursor ? Number(req.query.cursor.replace(/^v1_/, '')) : 0;
      const page = newestFirst.slice(start, start + perPage);
      const headers: Record<string, string> = {};
      if (start + perPage < newestFirst.length)
        headers.link = `<${fake.url}${prefix}/app/hook/deliveries?per_page=${perPage}&cursor=v1_${start + perPage}>; rel="next"`;
      return { body: page, headers };
    })
    .route('GET', `${prefix}/app/hook/deliveries/:id`, (req, state) => {
      const found = state.deliveries.find((d) => d.id === Number(req.params.id));
      if (!found) return githubError(404, 'Not Found');
      // As GitHub answers it: the attempt, the request it sent (headers, parsed payload) and the answer.
      return {
        body: {
          ...found,
          url: `${fake.url}${prefix}/app/hook`,
          throttled_at: null,
          request: {
            headers: { 'X-GitHub-Delivery': found.guid, 'X-GitHub-Event': found.event },
            payload: state.payloads.get(found.guid) ?? null,
          },
          response: { headers: {}, payload: found.status_code === 202 ? 'still processing\n' : '' },
        },
      };
    })
    .route('POST', `${prefix}/app/hook/deliveries/:id/attempts`, async (req, state) => {
      const id = Number(req.params.id);
      const original = state.deliveries.find((d) => d.id === id);
      if (!original) return githubError(404, 'Not Found');
      const fault = state.redeliveryFaults.get(id);
      if (fault) return fault;
      await state.onRedeliver?.(original, state);
      return { status: 202, body: {} };
    });
}

/** The git blob SHA the fake gives a file's text (any stable hash does: only the fake reads it back). */
export function fakeBlobSha(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/**
 * One commit's tree and blobs the way openGitHubRepo reads them (`git/commits`, `git/trees?recursive`,
 * `git/blobs`), read from the state at each request, so a test can change the files between deliveries.
 */
export function addCommitTreeRoutes<S>(
  fake: FakeGitHub<S>,
  where: { owner: string; repo: string },
  commit: (state: S) => { sha: string; files: Record<string, string> },
): FakeGitHub<S> {
  const prefix = `/repos/${where.owner}/${where.repo}/git`;
  const treeOf = (sha: string): string => `tree-${sha}`;
  return fake
    .route('GET', `${prefix}/commits/:sha`, (req, state) => {
      const { sha } = commit(state);
      return req.params.sha === sha
        ? { body: { sha, tree: { sha: treeOf(sha) } } }
        : githubError(404, 'Not Found');
    })
    .route('GET', `${prefix}/trees/:sha`, (req, state) => {
      const { sha, files } = commit(state);
      if (req.params.sha !== treeOf(sha)) return githubError(404, 'Not Found');
      return {
        body: {
          truncated: false,
          tree: Object.entries(files).map(([path, text]) => ({
            path,
            mode: '100644',
            type: 'blob',
            sha: fakeBlobSha(text),
            size: Buffer.byteLength(text),
          })),
        },
      };
    })
    .route('GET', `${prefix}/blobs/:sha`, (req, state) => {
      const text = Object.values(commit(state).files).find(
        (t) => fakeBlobSha(t) === req.params.sha,
      );
      return text === undefined
        ? githubError(404, 'Not Found')
        : { body: { encoding: 'base64', content: Buffer.from(text).toString('base64') } };
    });
}
