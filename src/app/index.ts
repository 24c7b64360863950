// `npm start`: Probot's server (webhooks, smee proxy, config from the environment / .env) around the app.
// Probot is not bundled (see scripts/build.mjs): it loads from node_modules at run time.
import { ProbotOctokit, run } from 'probot';
import { appFromEnvironment } from './app.js';
import { requestBudget } from '../github/request-budget.js';

// The daily flag sweep runs in this process unless OPS_STEWARD_DAILY_SYNC=off (see schedule.ts), read
// once `.env` is loaded.
// Every installation client gives up on an unanswered GitHub request after 30 s (see request-budget.ts).
run(appFromEnvironment(), { Octokit: ProbotOctokit.plugin(requestBudget()) }).catch(
  (error: unknown) => {
    process.stderr.write(
      `ops-steward app: cannot start: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
