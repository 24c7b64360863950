// assertNever lives in src/core/never.ts; this re-export keeps the scanner's imports (analyze.ts,
// resolve.ts, owned by the scanner lane) unchanged until they import it from core directly.
export { assertNever } from '../../core/never.js';
