// `npm start`: Probot's server (webhooks, smee proxy, config from the environment / .env) around the app.
// Probot is not bundled (see scripts/build.mjs): it loads from node_modules at run time.
import { run } from 'probot';
import app from './app.js';

run(app).catch((error: unknown) => {
  process.stderr.write(
    `ops-steward app: cannot start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
});
