// One build for the three front doors. ESM with code splitting, so the TypeScript compiler that
// ts-morph carries is committed once (in a shared chunk), not once per entry.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';

// `node scripts/build.mjs [OUTDIR]`: dist/ by default; the CLI tests build the same bundle into a temp dir
// so they run what the sources build, not whatever dist/ was last committed as.
const outdir = process.argv[2] ?? 'dist';
await rm(outdir, { recursive: true, force: true });

await build({
  entryPoints: {
    cli: 'src/cli/index.ts',
    action: 'src/action/index.ts',
    app: 'src/app/index.ts',
    // The flag scanner's parse worker: its own entry, so a worker thread never re-runs a front door.
    'flags-scanner-worker': 'src/flags/scanner/worker.ts',
  },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  // Probot is a server framework with runtime plugin loading: the App runs from an installed package,
  // so it stays a real dependency instead of being bundled.
  external: ['probot'],
  // CommonJS dependencies (TypeScript among them) use require(), __filename and __dirname, which an
  // ESM module does not have: give every chunk its own.
  banner: {
    js: [
      "import { createRequire as __osCreateRequire } from 'node:module';",
      "import { fileURLToPath as __osFileURLToPath } from 'node:url';",
      'const require = __osCreateRequire(import.meta.url);',
      'const __filename = __osFileURLToPath(import.meta.url);',
      "const __dirname = __osFileURLToPath(new URL('.', import.meta.url));",
    ].join(' '),
  },
  legalComments: 'none',
  logLevel: 'warning',
});
