// Preloaded (`node --import`) into the process under test: every outgoing socket is logged to
// OPS_STEWARD_E2E_NET_LOG, and anything but loopback is refused, so a test can prove that no request left
// the machine (the fake GitHub API listens on 127.0.0.1).
import { appendFileSync } from 'node:fs';
import net from 'node:net';
import process from 'node:process';

const logFile = process.env.OPS_STEWARD_E2E_NET_LOG;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);
const originalConnect = net.Socket.prototype.connect;

function target(args) {
  // net.connect() passes its normalised arguments as one array; direct calls pass (options | port | path, ...).
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  if (typeof first === 'object' && first !== null) {
    if (first.path) return { local: true, text: `pipe:${first.path}` };
    const host = first.host ?? 'localhost';
    return { local: LOOPBACK.has(host), text: `${host}:${first.port}` };
  }
  if (typeof first === 'string' && !/^\d+$/.test(first))
    return { local: true, text: `pipe:${first}` };
  const host = typeof args[1] === 'string' ? args[1] : 'localhost';
  return { local: LOOPBACK.has(host), text: `${host}:${first}` };
}

net.Socket.prototype.connect = function guardedConnect(...args) {
  const t = target(args);
  if (logFile) appendFileSync(logFile, `${t.local ? 'ALLOWED' : 'BLOCKED'} ${t.text}\n`);
  if (!t.local) {
    process.nextTick(() =>
      this.destroy(new Error(`network guard: blocked a connection to ${t.text}`)),
    );
    return this;
  }
  return originalConnect.apply(this, args);
};
