// `npm start`: Probot's server (webhooks, smee proxy, config from the environment / .env) around the app.
// Probot is not bundled (see scripts/build.mjs): it loads from node_modules at run time.
import { run } from 'probot';
import { appFromEnvironment } from './app.js';

// The daily flag sweep runs in this process unless OPS_STEWARD_DAILY_SYNC=off (see schedule.ts), read
// once `.env` is loaded.
run(appFromEnvironment()).catch((error: unknown) => {
  process.stderr.write(
    `ops-steward app: cannot start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
});
