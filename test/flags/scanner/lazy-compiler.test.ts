import { build, type Metafile } from 'esbuild';
import { expect, it } from 'vitest';

/**
 * The TypeScript compiler (inside ts-morph) is only loaded when a file must be parsed: loading it
 * costs ~0.3 s of every CLI start, Action run and App event otherwise. Config validation and the
 * analysis import every reference form, so a form must never import it at run time.
 */
it('no front door reaches the TypeScript compiler through a static import', async () => {
  const doors = ['src/cli/index.ts', 'src/action/index.ts'];
  const result = await build({
    entryPoints: doors,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    outdir: 'out',
    write: false,
    metafile: true,
    external: ['probot'],
    logLevel: 'silent',
  });
  const outputs = result.metafile.outputs;
  const staticClosure = (entry: string): Set<string> => {
    const seen = new Set<string>();
    const todo = [entry];
    for (let f = todo.pop(); f !== undefined; f = todo.pop()) {
      if (seen.has(f)) continue;
      seen.add(f);
      for (const imp of (outputs[f] as Metafile['outputs'][string]).imports)
        if (imp.kind === 'import-statement' && !imp.external) todo.push(imp.path);
    }
    return seen;
  };
  const entries = Object.entries(outputs).filter(([, o]) => doors.includes(o.entryPoint ?? ''));
  expect(entries).toHaveLength(doors.length);
  for (const [file] of entries) {
    const inputs = [...staticClosure(file)].flatMap((f) => Object.keys(outputs[f]?.inputs ?? {}));
    expect(inputs.filter((i) => /node_modules\/(typescript|ts-morph)\//.test(i))).toEqual([]);
    // …while the forms are there (the flags config is built from them), and the parse behind a
    // dynamic import.
    expect(inputs).toContain('src/flags/scanner/forms/call.ts');
    expect(inputs).not.toContain('src/flags/scanner/extract.ts');
  }
}, 60_000);
