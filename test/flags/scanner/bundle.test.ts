import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, expect, it } from 'vitest';

const out = mkdtempSync(join(tmpdir(), 'ops-steward-scanner-bundle-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

// The CLI ships as an esbuild bundle: the worker entry is one more entry point written next to
// it as flags-scanner-worker.js. This builds that shape and runs it with plain node.
it('starts worker threads from an esbuild bundle and gets the same references', async () => {
  await build({
    entryPoints: {
      cli: 'test/fixtures/scanner/bundle-entry.ts',
      'flags-scanner-worker': 'src/flags/scanner/worker.ts',
    },
    outdir: out,
    bundle: true,
    // As scripts/build.mjs does: shared code (this scanner among it) lands in chunks/, one level
    // below the worker entry.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
    // ts-morph is CommonJS: give it require/__filename inside the ESM bundle.
    banner: {
      js: [
        "import { createRequire as __cr } from 'node:module';",
        "import { fileURLToPath as __fu } from 'node:url';",
        "import { dirname as __dn } from 'node:path';",
        'const require = __cr(import.meta.url);',
        'const __filename = __fu(import.meta.url);',
        'const __dirname = __dn(__filename);',
      ].join('\n'),
    },
  });
  const stdout = execFileSync(process.execPath, [join(out, 'cli.js')], {
    cwd: tmpdir(),
    encoding: 'utf8',
  });
  const { result, stats } = JSON.parse(stdout) as {
    result: { references: Array<{ key: string; via: string }> };
    stats: { workers: number; parsedFiles: number };
  };
  expect(stats.workers).toBe(2);
  expect(stats.parsedFiles).toBe(7);
  expect(
    result.references.filter((r) => r.key === 'shared-key' && r.via === 'constant'),
  ).toHaveLength(6);
  expect(result.references.filter((r) => r.via === 'literal')).toHaveLength(6);
}, 60_000);
