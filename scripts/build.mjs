// One build for the three front doors. ESM with code splitting, so the TypeScript compiler that
// ts-morph carries is committed once (in a shared chunk), not once per entry. Then the generated
// files that are committed next to the bundles: the config's JSON Schema and the README's rule tables.
import { build } from 'esbuild';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// `node scripts/build.mjs [OUTDIR]`: dist/ by default; the CLI tests build the same bundle into a temp dir
// so they run what the sources build, not whatever dist/ was last committed as.
const outdir = process.argv[2] ?? 'dist';
await rm(outdir, { recursive: true, force: true });
// A bundle built elsewhere (the CLI tests' temp dir) leaves the committed sources alone. Generated
// first: the bundle includes a generated source (the config's precompiled validator).
if (outdir === 'dist') await generateFiles();

const banner = {
  // CommonJS dependencies (TypeScript among them) use require(), __filename and __dirname, which an
  // ESM module does not have: give every chunk its own.
  js: [
    "import { createRequire as __osCreateRequire } from 'node:module';",
    "import { fileURLToPath as __osFileURLToPath } from 'node:url';",
    'const require = __osCreateRequire(import.meta.url);',
    'const __filename = __osFileURLToPath(import.meta.url);',
    "const __dirname = __osFileURLToPath(new URL('.', import.meta.url));",
  ].join(' '),
};

/**
 * The flag scanner parses with the TypeScript compiler alone; only its type-checker pass needs
 * ts-morph. A source file whose only import from ts-morph is `ts` gets the compiler module ts-morph
 * itself loads (@ts-morph/common's copy, so the bundle still holds one TypeScript), in a chunk of its
 * own: a scan that never needs the checker compiles and runs ~4 MB less (ts-morph, its lib files).
 */
const compilerOnly = {
  name: 'ts-morph-compiler-only',
  setup(b) {
    b.onResolve({ filter: /^ts-morph$/ }, async (args) => {
      if (!args.importer.endsWith('.ts')) return undefined;
      const source = await readFile(args.importer, 'utf8');
      const imports = [
        ...source.matchAll(/^import\s+(type\s+)?\{([^}]*)\}\s+from\s+'ts-morph';/gm),
      ];
      const onlyTs =
        imports.length > 0 &&
        imports.every(([, type, names]) => type || /^\s*ts(\s+as\s+\w+)?\s*$/.test(names));
      return onlyTs ? { path: 'ts-morph-compiler', namespace: 'ts-morph-compiler' } : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'ts-morph-compiler' }, () => ({
      contents: "import ts from '@ts-morph/common/dist/typescript.js';\nexport { ts };\n",
      resolveDir: process.cwd(),
      loader: 'js',
    }));
  },
};

/**
 * The compiler itself is not bundled: it is copied to chunks/typescript.cjs and loaded with a V8 code
 * cache (src/flags/scanner/compiler-cache.ts), falling back to a plain `require` of the same file.
 * Both the compiler-only import above and ts-morph's own `require('./typescript')` land here, so
 * there is still one TypeScript.
 */
const COMPILER = 'node_modules/@ts-morph/common/dist/typescript.js';
const cachedCompiler = {
  name: 'cached-compiler',
  setup(b) {
    b.onResolve({ filter: /^@ts-morph\/common\/dist\/typescript\.js$/ }, () => ({
      path: 'typescript',
      namespace: 'cached-compiler',
    }));
    b.onResolve({ filter: /^\.\/typescript$/ }, (args) =>
      args.importer.includes(`${path.sep}@ts-morph${path.sep}common${path.sep}`)
        ? { path: 'typescript', namespace: 'cached-compiler' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'cached-compiler' }, () => ({
      // CommonJS, as the file it stands for; __dirname is the chunk's own (see the banner).
      contents: [
        `const { loadCommonJsCached } = require(${JSON.stringify(path.resolve('src/flags/scanner/compiler-cache.ts'))});`,
        "const { existsSync } = require('node:fs');",
        "const { join } = require('node:path');",
        "const file = [join(__dirname, 'typescript.cjs'), join(__dirname, 'chunks', 'typescript.cjs')].find((f) => existsSync(f));",
        'let ts;',
        'try { ts = loadCommonJsCached(file); } catch { ts = require(file); }',
        'module.exports = ts;',
      ].join('\n'),
      resolveDir: process.cwd(),
      loader: 'js',
    }));
  },
};

await build({
  entryPoints: {
    cli: 'src/cli/index.ts',
    action: 'src/action/index.ts',
    app: 'src/app/index.ts',
    // The flag scanner's parse worker: its own entry, so a worker thread never re-runs a front door.
    'flags-scanner-worker': 'src/flags/scanner/worker.ts',
    // The docs check's analysis worker, for the same reason.
    'docs-worker': 'src/docs/worker.ts',
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
  banner,
  plugins: [compilerOnly, cachedCompiler],
  legalComments: 'none',
  logLevel: 'warning',
});

await mkdir(path.join(outdir, 'chunks'), { recursive: true });
await copyFile(COMPILER, path.join(outdir, 'chunks', 'typescript.cjs'));

async function generateFiles() {
  // The generators import the module registry; bundle them to a temporary file and run them. The file sits
  // under node_modules/.cache so that its external imports resolve to this project's packages.
  await mkdir('node_modules/.cache', { recursive: true });
  const tmp = await mkdtemp(path.join('node_modules/.cache', 'ops-steward-gen-'));
  try {
    const out = path.join(tmp, 'generate.mjs');
    await build({
      entryPoints: ['scripts/generate.ts'],
      outfile: out,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      logLevel: 'warning',
    });
    const { generate } = await import(pathToFileURL(path.resolve(out)).href);
    for (const [file, render] of Object.entries(generate)) {
      const before = await readFile(file, 'utf8').catch(() => '');
      const after = await render(before);
      if (after !== before) await writeFile(file, after);
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
