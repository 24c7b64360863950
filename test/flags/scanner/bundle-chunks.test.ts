import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { cliBundlePath } from '../../support/cli.js';

/**
 * Startup cost of `flags scan`: the parse needs the TypeScript compiler, never ts-morph (4 MB more to
 * compile and run at every start); only the type checker's pass does. The compiler itself is a file
 * of its own, loaded with a V8 code cache (compiler-cache.test.ts). This follows the built CLI's
 * imports the way Node loads them: static imports always, a dynamic `import()` only where a scan of
 * a repository without code-declared registries takes it (the parser's chunk).
 */
it('loads the TypeScript compiler for a plain scan, and ts-morph only with the type checker', async () => {
  const cli = await cliBundlePath();
  const dir = path.dirname(cli);
  const chunks = path.join(dir, 'chunks');
  const names = await readdir(chunks);
  const text = new Map<string, string>();
  text.set(cli, await readFile(cli, 'utf8'));
  for (const name of names)
    text.set(path.join(chunks, name), await readFile(path.join(chunks, name), 'utf8'));

  const holds = (file: string, source: string): boolean => text.get(file)!.includes(`// ${source}`);
  const reached = (start: string, takeDynamic: (file: string) => boolean): Set<string> => {
    const seen = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const body = text.get(file)!;
      for (const [, rel] of body.matchAll(/(?:from |import )"(\.\/[^"]+)"/g))
        visit(path.resolve(path.dirname(file), rel!));
      for (const [, rel] of body.matchAll(/import\("(\.\/[^"]+)"\)/g)) {
        const target = path.resolve(path.dirname(file), rel!);
        if (takeDynamic(target)) visit(target);
      }
    };
    visit(start);
    return seen;
  };

  // A dynamic import loads a small entry chunk that re-exports from shared chunks: name it by what
  // its static imports hold.
  const loads = (source: string) => (target: string) =>
    [...reached(target, () => false)].some((f) => holds(f, source));
  const parser = loads('src/flags/scanner/extract.ts');
  const checker = loads('src/flags/scanner/checker.ts');
  const plainScan = reached(cli, parser);
  const withChecker = reached(cli, (f) => parser(f) || checker(f));
  const any = (files: Set<string>, source: string): boolean =>
    [...files].some((f) => holds(f, source));

  // The compiler is chunks/typescript.cjs, loaded through the code cache, and bundled nowhere.
  expect(any(plainScan, 'src/flags/scanner/compiler-cache.ts')).toBe(true);
  expect(any(new Set(text.keys()), 'node_modules/@ts-morph/common/dist/typescript.js')).toBe(false);
  expect(any(plainScan, 'node_modules/ts-morph/dist/ts-morph.js')).toBe(false);
  expect(any(withChecker, 'node_modules/ts-morph/dist/ts-morph.js')).toBe(true);
}, 120_000);
