import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, expect, it } from 'vitest';
import { startSmee } from '../../src/app/smee.js';

/**
 * WEBHOOK_PROXY_URL (development): smee-client relays a smee.io channel to the App's server. A channel
 * that cannot be reached when the App starts is a warning, never "cannot start": the App serves
 * deliveries sent to it directly all the same, and the client keeps trying the channel.
 */

// smee-client honours HTTP(S)_PROXY (read when it is first imported): these channels are local.
process.env.NO_PROXY = [process.env.NO_PROXY, '127.0.0.1'].filter(Boolean).join(',');

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

function recordingLog(): {
  lines: string[];
  info(m: string): void;
  warn(m: string): void;
  error(m: string): void;
} {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => lines.push(`info ${m}`),
    warn: (m) => lines.push(`warn ${m}`),
    error: (m) => lines.push(`error ${m}`),
  };
}

/** A port nothing listens on: bound once, then closed. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

it('warns, naming the channel, when it cannot connect, and lets the App start', async () => {
  const log = recordingLog();
  const source = `http://127.0.0.1:${await closedPort()}/channel-abc`;
  const proxy = await startSmee(log, source, 'http://127.0.0.1:3000/api/github/webhooks');
  closers.push(() => proxy.stop());
  expect(log.lines.filter((l) => l.startsWith('warn'))).toEqual([
    expect.stringMatching(
      new RegExp(
        `^warn WEBHOOK_PROXY_URL: cannot reach ${source.replace(/[.]/g, '\\.')} \\(.+\\); `,
      ),
    ),
  ]);
});

it('relays what the channel sends once connected, and stops relaying when stopped', async () => {
  const log = recordingLog();
  const received: string[] = [];
  const target = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      received.push(`${req.headers['x-github-event'] as string} ${body}`);
      res.end('ok');
    });
  });
  const channel = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    res.write('event: ready\ndata: {}\n\n');
    const message = { 'x-github-event': 'ping', body: { zen: 'Keep it logically awesome.' } };
    res.write(`data: ${JSON.stringify(message)}\n\n`);
  });
  for (const s of [target, channel]) {
    await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
    closers.push(
      () =>
        new Promise<void>((resolve) => {
          s.closeAllConnections();
          s.close(() => resolve());
        }),
    );
  }
  const portOf = (s: typeof target): number => (s.address() as AddressInfo).port;
  const proxy = await startSmee(
    log,
    `http://127.0.0.1:${portOf(channel)}/channel-abc`,
    `http://127.0.0.1:${portOf(target)}/api/github/webhooks`,
  );
  await expect.poll(() => received).toEqual(['ping {"zen":"Keep it logically awesome."}']);
  await proxy.stop();
  expect(log.lines.filter((l) => l.startsWith('warn') || l.startsWith('error'))).toEqual([]);
});
