// The Action's entry (bundled to dist/action.js): no logic here, see main.ts. `run()` never rejects.
import { run } from './main.js';

void run();
