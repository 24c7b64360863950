#!/usr/bin/env node
// The `ops-steward` binary: no logic here, see main.ts.
import { runCli } from './main.js';

const EXIT_INTERNAL = 3;

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  isTty: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  stderrIsTty: Boolean(process.stderr.isTTY),
  columns: process.stdout.isTTY ? process.stdout.columns : undefined,
  clock: () => performance.now(),
  setExitCode: () => undefined,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const debug = Boolean(process.env.OPS_STEWARD_DEBUG);
    const detail =
      error instanceof Error
        ? debug
          ? (error.stack ?? error.message)
          : error.message
        : String(error);
    process.stderr.write(
      `ops-steward: internal error: ${detail}\n${debug ? '' : 'Set OPS_STEWARD_DEBUG=1 for a stack trace, and please report it.\n'}`,
    );
    process.exitCode = EXIT_INTERNAL;
  },
);
