// Preloaded with `node --import` into the measured CLI when GNU time is not available: on exit it
// writes the process's own CPU time and peak RSS (worker threads included: they share the process)
// to $BENCH_RUSAGE_OUT. Only the first (outermost) main thread writes, so child processes that
// inherit the flag or the environment cannot overwrite the figure.
import { writeFileSync } from 'node:fs';
import process from 'node:process';
import { isMainThread } from 'node:worker_threads';

const out = process.env.BENCH_RUSAGE_OUT;
const owner = process.env.BENCH_RUSAGE_PID;
if (out && isMainThread && (owner === undefined || owner === String(process.pid))) {
  process.env.BENCH_RUSAGE_PID = String(process.pid);
  process.on('exit', (code) => {
    const r = process.resourceUsage();
    // resourceUsage(): CPU in microseconds, maxRSS in kilobytes (getrusage semantics).
    writeFileSync(
      out,
      JSON.stringify({
        userUs: r.userCPUTime,
        systemUs: r.systemCPUTime,
        maxRssKb: r.maxRSS,
        code,
      }),
    );
  });
}
