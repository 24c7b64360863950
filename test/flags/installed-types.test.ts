import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { analyzeFlags } from '../../src/flags/check.js';
import { withIgnore } from '../../src/repo/filtered.js';
import { openLocalRepo } from '../../src/repo/local.js';
import { brief } from './scanner/helpers.js';
import { runFlags, registryAt } from './support.js';

/**
 * The pass by type reads the declaration files of installed packages that the files it types
 * import (resolved as TypeScript does: `types`, `typesVersions`, `exports`, `@types/…`), so a
 * request object typed by a web framework and augmented by the application carries the
 * registry's type. The packages below are written the way such typings are shaped, much smaller.
 */

const TAGS = '/** @owner @acme/api @created 2026-11-20 @expires 2026-12-15 @type release */';

const REGISTRY = [
  'export const FEATURE_FLAGS = {',
  `  ${TAGS}`,
  "  'fast-search': { description: 'Typesense-backed search' },",
  `  ${TAGS}`,
  "  'rate-limit-v2': { description: 'Sliding-window rate limiter' },",
  `  ${TAGS}`,
  "  'bulk-import': { description: 'Bulk import endpoint' },",
  `  ${TAGS}`,
  "  'csv-export': { description: 'CSV export' },",
  `  ${TAGS}`,
  "  'really-unused': { description: 'Nobody reads this' },",
  '} as const;',
  '',
  'export type FlagName = keyof typeof FEATURE_FLAGS;',
  'export type FlagSet = Readonly<Record<FlagName, boolean>>;',
  '',
].join('\n');

/** An express-like package whose types live in @types, split over a core package like the real ones. */
const EXPRESS_TYPES: Record<string, string> = {
  'node_modules/express/package.json':
    '{ "name": "express", "version": "4.21.2", "main": "index.js" }\n',
  'node_modules/express/index.js': "module.exports = require('./lib/express');\n",
  'node_modules/@types/express/package.json':
    '{ "name": "@types/express", "version": "4.17.21", "types": "index.d.ts" }\n',
  'node_modules/@types/express/index.d.ts': [
    '/// <reference types="node" />',
    'import * as core from "express-serve-static-core";',
    '',
    'declare function e(): core.Express;',
    '',
    'declare namespace e {',
    '    function Router(options?: RouterOptions): core.Router;',
    '    interface RouterOptions { caseSensitive?: boolean | undefined }',
    '    interface Request<P = core.ParamsDictionary> extends core.Request<P> {}',
    '    interface Response extends core.Response {}',
    '}',
    '',
    'export = e;',
    '',
  ].join('\n'),
  'node_modules/@types/express-serve-static-core/package.json':
    '{ "name": "@types/express-serve-static-core", "version": "4.19.6", "types": "index.d.ts" }\n',
  'node_modules/@types/express-serve-static-core/index.d.ts': [
    '/// <reference types="node" />',
    'import * as http from "http";',
    '',
    'declare global {',
    '    namespace Express {',
    '        interface Request {}',
    '        interface Response {}',
    '    }',
    '}',
    '',
    'export interface ParamsDictionary { [key: string]: string }',
    'export type RequestHandler = (req: Request, res: Response, next: () => void) => unknown;',
    '',
    'export interface Request<P = ParamsDictionary> extends http.IncomingMessage, Express.Request {',
    '    params: P;',
    '    query: Record<string, unknown>;',
    '}',
    'export interface Response extends http.ServerResponse, Express.Response {',
    '    json(body: unknown): this;',
    '}',
    'export interface Router {',
    '    get(path: string, ...handlers: RequestHandler[]): this;',
    '}',
    'export interface Express extends Router {',
    '    listen(port: number): void;',
    '}',
    '',
  ].join('\n'),
};

/** A package shipping its own types behind an `exports` map with a `types` condition. */
const FASTIFY_TYPES: Record<string, string> = {
  'node_modules/fastify/package.json': JSON.stringify(
    {
      name: 'fastify',
      version: '4.28.1',
      main: 'fastify.js',
      exports: {
        '.': { types: './types/fastify.d.ts', require: './fastify.js', import: './fastify.mjs' },
      },
    },
    null,
    2,
  ),
  'node_modules/fastify/types/fastify.d.ts': [
    "import { FastifyRequest } from './request';",
    "import { FastifyReply } from './reply';",
    '',
    'export interface RouteOptions {',
    '  handler(request: FastifyRequest, reply: FastifyReply): unknown;',
    '}',
    'export interface FastifyInstance {',
    '  post(path: string, handler: RouteOptions["handler"]): FastifyInstance;',
    '}',
    'declare function fastify(opts?: { logger?: boolean }): FastifyInstance;',
    '',
    "export type { FastifyRequest } from './request';",
    "export type { FastifyReply } from './reply';",
    'export default fastify;',
    '',
  ].join('\n'),
  'node_modules/fastify/types/request.d.ts': [
    'export interface FastifyRequest<Body = unknown> {',
    '  id: string;',
    '  body: Body;',
    '}',
    '',
  ].join('\n'),
  'node_modules/fastify/types/reply.d.ts': [
    'export interface FastifyReply {',
    '  code(statusCode: number): FastifyReply;',
    '  send(payload?: unknown): FastifyReply;',
    '}',
    '',
  ].join('\n'),
};

/** A package whose @types entry is chosen by `typesVersions`, with a generic context. */
const KOA_TYPES: Record<string, string> = {
  'node_modules/koa/package.json':
    '{ "name": "koa", "version": "2.15.3", "main": "lib/application.js" }\n',
  'node_modules/@types/koa/package.json': JSON.stringify(
    {
      name: '@types/koa',
      version: '2.15.0',
      types: 'index.d.ts',
      typesVersions: { '>=4.0': { '*': ['ts4.0/*'] } },
    },
    null,
    2,
  ),
  'node_modules/@types/koa/index.d.ts': 'export = Application;\ndeclare class Application {}\n',
  'node_modules/@types/koa/ts4.0/index.d.ts': [
    'declare class Application<StateT = Application.DefaultState> {',
    '  use(middleware: (ctx: Application.ParameterizedContext<StateT>, next: () => Promise<void>) => unknown): this;',
    '}',
    '',
    'declare namespace Application {',
    '  interface DefaultState {}',
    '  interface ParameterizedContext<StateT = DefaultState> {',
    '    state: StateT;',
    '    path: string;',
    '    body: unknown;',
    '  }',
    '}',
    '',
    'export = Application;',
    '',
  ].join('\n'),
};

const APP: Record<string, string> = {
  'src/flags/registry.ts': REGISTRY,
  'src/types/express.d.ts': [
    "import type { FlagSet } from '../flags/registry';",
    '',
    "declare module 'express-serve-static-core' {",
    '  interface Request {',
    '    /** Resolved once per request by the flags middleware. */',
    '    flags: FlagSet;',
    '  }',
    '}',
    '',
  ].join('\n'),
  'src/types/fastify.d.ts': [
    "import 'fastify';",
    "import type { FlagSet } from '../flags/registry';",
    '',
    "declare module 'fastify' {",
    '  interface FastifyRequest {',
    '    flags: FlagSet;',
    '  }',
    '}',
    '',
  ].join('\n'),
  'src/types/koa.d.ts': [
    "import type { FlagSet } from '../flags/registry';",
    '',
    "declare module 'koa' {",
    '  interface DefaultState {',
    '    flags: FlagSet;',
    '  }',
    '}',
    '',
  ].join('\n'),
  'src/routes/search.ts': [
    "import { Router, type Request, type Response } from 'express';",
    '',
    'export const searchRouter = Router();',
    '',
    "searchRouter.get('/search', (req: Request, res: Response) => {",
    "  if (req.flags['fast-search']) return res.json({ engine: 'typesense' });",
    "  return res.json({ engine: 'postgres' });",
    '});',
    '',
    "export function limiterFor(req: Request): 'sliding' | 'fixed' {",
    "  return req.flags['rate-limit-v2'] ? 'sliding' : 'fixed';",
    '}',
    '',
  ].join('\n'),
  'src/server/fastify.ts': [
    "import Fastify, { type FastifyRequest } from 'fastify';",
    '',
    'const app = Fastify({ logger: true });',
    '',
    "app.post('/imports', async (request: FastifyRequest, reply) => {",
    "  if (!request.flags['bulk-import']) return reply.code(404).send({ error: 'not found' });",
    '  return { queued: true };',
    '});',
    '',
    'export default app;',
    '',
  ].join('\n'),
  'src/server/koa.ts': [
    "import Koa from 'koa';",
    '',
    'const app = new Koa();',
    '',
    'app.use(async (ctx, next) => {',
    "  if (ctx.path === '/export.csv' && ctx.state.flags['csv-export']) {",
    "    ctx.body = 'id,name\\n';",
    '    return;',
    '  }',
    '  await next();',
    '});',
    '',
    'export default app;',
    '',
  ].join('\n'),
};

const ALL_FOUND = [
  'fast-search symbol FEATURE_FLAGS @src/routes/search.ts:6:7',
  'rate-limit-v2 symbol FEATURE_FLAGS @src/routes/search.ts:11:10',
  'bulk-import symbol FEATURE_FLAGS @src/server/fastify.ts:6:8',
  'csv-export symbol FEATURE_FLAGS @src/server/koa.ts:6:37',
];

describe('request objects typed by installed frameworks and augmented by the application', () => {
  it('Express (@types, core package), Fastify (exports map), Koa (typesVersions, contextual ctx)', async () => {
    const run = await runFlags(
      { ...APP, ...EXPRESS_TYPES, ...FASTIFY_TYPES, ...KOA_TYPES },
      registryAt('src/flags/registry.ts#FEATURE_FLAGS'),
    );
    expect(brief(run.analysis.scan.references)).toEqual(ALL_FOUND);
    expect(run.states).toEqual([
      'fast-search active',
      'rate-limit-v2 active',
      'bulk-import active',
      'csv-export active',
      'really-unused orphaned',
    ]);
    expect(run.analysis.scan.skipped).toBeUndefined();
  });

  it("flags.installedTypes: false reads only the repository's own types", async () => {
    const run = await runFlags(
      { ...APP, ...EXPRESS_TYPES, ...FASTIFY_TYPES, ...KOA_TYPES },
      (config) => {
        registryAt('src/flags/registry.ts#FEATURE_FLAGS')(config);
        config.flags.installedTypes = false;
      },
    );
    expect(run.analysis.scan.references).toEqual([]);
    expect(run.states.every((s) => s.endsWith(' orphaned'))).toBe(true);
  });

  it('without node_modules (a fresh clone before `npm ci`) nothing is invented and nothing crashes', async () => {
    const run = await runFlags(APP, registryAt('src/flags/registry.ts#FEATURE_FLAGS'));
    expect(run.analysis.scan.references).toEqual([]);
    expect(run.states.every((s) => s.endsWith(' orphaned'))).toBe(true);
    expect(run.analysis.scan.unresolved).toEqual([]);
  });
});

describe('installed types that need the standard library beyond ES5', () => {
  it('a store whose state type is unwrapped through `Map`/`Set` conditional types (Pinia over Vue)', async () => {
    const run = await runFlags(
      {
        'src/flags/registry.ts': REGISTRY,
        'node_modules/vue/package.json': JSON.stringify({
          name: 'vue',
          version: '3.5.13',
          types: './dist/vue.d.ts',
        }),
        // Re-exports its runtime: no package hop of its own.
        'node_modules/vue/dist/vue.d.ts': "export * from '@vue/reactivity';\n",
        'node_modules/@vue/reactivity/package.json': JSON.stringify({
          name: '@vue/reactivity',
          version: '3.5.13',
          types: 'dist/reactivity.d.ts',
        }),
        'node_modules/@vue/reactivity/dist/reactivity.d.ts': [
          'export interface Ref<T = any> { value: T }',
          'type BaseTypes = string | number | boolean;',
          'type CollectionTypes = Map<any, any> | Set<any> | WeakMap<any, any> | WeakSet<any>;',
          'export type UnwrapRef<T> = T extends Ref<infer V> ? UnwrapRefSimple<V> : UnwrapRefSimple<T>;',
          'export type UnwrapRefSimple<T> = T extends Function | BaseTypes | Ref | CollectionTypes',
          '  ? T',
          '  : T extends ReadonlyArray<any>',
          '    ? { [K in keyof T]: UnwrapRefSimple<T[K]> }',
          '    : T extends object',
          '      ? { [P in keyof T]: P extends symbol ? T[P] : UnwrapRef<T[P]> }',
          '      : T;',
          '',
        ].join('\n'),
        'node_modules/pinia/package.json': JSON.stringify({
          name: 'pinia',
          version: '2.3.0',
          types: 'dist/pinia.d.ts',
        }),
        'node_modules/pinia/dist/pinia.d.ts': [
          "import type { UnwrapRef } from 'vue';",
          '',
          'export type Store<Id extends string, S> = { $id: Id } & UnwrapRef<S>;',
          'export interface StoreDefinition<Id extends string, S> {',
          '  (): Store<Id, S>;',
          '}',
          'export declare function defineStore<Id extends string, S>(',
          '  id: Id,',
          '  options: { state: () => S },',
          '): StoreDefinition<Id, S>;',
          '',
        ].join('\n'),
        'src/stores/flags.ts': [
          "import { defineStore } from 'pinia';",
          "import type { FlagSet } from '../flags/registry';",
          '',
          "export const useFlagStore = defineStore('flags', {",
          '  state: (): { flags: FlagSet } => ({',
          '    flags: {',
          "      'fast-search': false,",
          "      'rate-limit-v2': false,",
          "      'bulk-import': false,",
          "      'csv-export': false,",
          "      'really-unused': false,",
          '    },',
          '  }),',
          '});',
          '',
        ].join('\n'),
        'src/search/results.ts': [
          "import { useFlagStore } from '../stores/flags';",
          '',
          'export function engine(): string {',
          "  return useFlagStore().flags['fast-search'] ? 'typesense' : 'postgres';",
          '}',
          '',
        ].join('\n'),
      },
      registryAt('src/flags/registry.ts#FEATURE_FLAGS'),
    );
    expect(brief(run.analysis.scan.references)).toEqual([
      'fast-search symbol FEATURE_FLAGS @src/search/results.ts:4:10',
    ]);
  });
});

describe('a working tree on disk, node_modules ignored by git', () => {
  const temps: string[] = [];
  afterEach(async () => {
    for (const dir of temps.splice(0)) await rm(dir, { recursive: true, force: true });
  });

  it('reads the installed types through the reader, also behind `ignore` globs', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'ops-steward-installed-'));
    temps.push(root);
    const tree = { ...APP, ...EXPRESS_TYPES, '.gitignore': 'node_modules/\n' };
    for (const [rel, text] of Object.entries(tree)) {
      const abs = path.join(root, ...rel.split('/'));
      await mkdir(path.dirname(abs), { recursive: true });
      await writeFile(abs, text);
    }
    execFileSync('git', ['init', '-q'], { cwd: root, stdio: 'ignore' });
    const config = defaultConfig();
    config.flags.registry = 'src/flags/registry.ts#FEATURE_FLAGS';
    const files = withIgnore(await openLocalRepo(root), ['dist', 'coverage']);
    const analysis = await analyzeFlags(files, config.flags);
    expect(brief(analysis.scan.references)).toEqual(ALL_FOUND.slice(0, 2));
  });

  it('pnpm’s layout: a linked package imports its dependencies from beside its real folder', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'ops-steward-pnpm-'));
    temps.push(root);
    // Only the direct dependency is linked at the top; the core package, which `Request` comes
    // from, sits next to it in the store, where the global `Express.Request` merges into it.
    const store = 'node_modules/.pnpm/@types+express@4.17.21/node_modules';
    const tree: Record<string, string> = {
      '.gitignore': 'node_modules/\n',
      'src/flags/registry.ts': REGISTRY,
      'src/types/express.d.ts': [
        "import type { FlagSet } from '../flags/registry';",
        '',
        'declare global {',
        '  namespace Express {',
        '    interface Request {',
        '      flags: FlagSet;',
        '    }',
        '  }',
        '}',
        '',
        'export {};',
        '',
      ].join('\n'),
      'src/routes/search.ts': APP['src/routes/search.ts'] as string,
    };
    for (const [rel, text] of Object.entries(EXPRESS_TYPES)) {
      if (rel.startsWith('node_modules/@types/'))
        tree[`${store}/${rel.slice('node_modules/'.length)}`] = text;
    }
    for (const [rel, text] of Object.entries(tree)) {
      const abs = path.join(root, ...rel.split('/'));
      await mkdir(path.dirname(abs), { recursive: true });
      await writeFile(abs, text);
    }
    await mkdir(path.join(root, 'node_modules', '@types'), { recursive: true });
    await symlink(
      path.join(root, ...store.split('/'), '@types', 'express'),
      path.join(root, 'node_modules', '@types', 'express'),
    );
    execFileSync('git', ['init', '-q'], { cwd: root, stdio: 'ignore' });
    const config = defaultConfig();
    config.flags.registry = 'src/flags/registry.ts#FEATURE_FLAGS';
    const analysis = await analyzeFlags(await openLocalRepo(root), config.flags);
    expect(brief(analysis.scan.references)).toEqual(ALL_FOUND.slice(0, 2));
  });
});
