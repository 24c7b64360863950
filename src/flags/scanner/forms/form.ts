import type { ts } from 'ts-morph';
import type { KeyTransform } from '../../config.js';
import type { ReferenceVia } from '../../types.js';
import type { AccessorSet } from '../accessor-set.js';
import type { ModuleFacts } from '../facts.js';
import type { IrBuilder } from '../ir-builder.js';
import type { Site } from '../ir.js';
import type { Found } from '../scope.js';
import type { CompiledSpec } from '../spec.js';
import type * as Syntax from '../syntax.js';

/**
 * A reference form: one syntactic way code reads a flag (a call, a JSX attribute, a property of a
 * flags object). Like a lint rule, it is one file carrying everything about it — the accessor
 * entries that configure it and their JSON Schema, the prefilter's needles, the node visitors
 * that record its sites, and how its resolved keys are reported — and it is registered in
 * `forms/index.ts`. The walk, the resolver and the analysis know forms only through this shape.
 *
 * A form module imports TypeScript for its types only: the compiler (and the syntax helpers
 * built on it) arrive through the FormContext. Config validation and the analysis load every
 * form, and must not load the compiler, which only a parse needs (pool.ts imports it lazily).
 */
export interface ReferenceForm {
  readonly id: SiteForm;
  /** Keys of a `flags.accessors` entry that configure this form (`call`, `jsx`…). */
  readonly configKeys: readonly string[];
  /** This form's branches of the accessor entry's JSON Schema (listed in ACCESSOR_SCHEMAS too). */
  readonly accessorSchemas: readonly object[];
  /** Property names are identifiers: always map them back to declared keys (`newCheckout`). */
  readonly mapsPropertyNames: boolean;
  /** Strings one of which a file must contain for this form to find anything in it. */
  needles(accessors: AccessorSet): string[];
  /** Per-file visitors, by node kind; they record sites through `ctx.report`. */
  create(ctx: FormContext): FormVisitors;
  /** The accessor a site of this form reads through, or undefined (then it is no read). */
  bind(site: Site, accessors: AccessorSet, where: SiteWhere): Binding | undefined;
  /** How a resolved key is reported (`literal` read through a JSX attribute is `jsx`). */
  via(resolved: ReferenceVia, throughWrapper: boolean): ReferenceVia;
}

export type SiteForm = Site['form'];

export type FormVisitors = Partial<Record<ts.SyntaxKind, (node: ts.Node) => void>>;

/** What a site binds to: its label in reports, the key transform, which argument is the key. */
export interface Binding {
  label: string;
  transform: KeyTransform;
  argument: number;
  /** An SDK's alternative key position (`checkGate(user, 'gate')`). */
  fallbackArgument: number | null;
  /** The key is known from the binding itself (a registry member read by symbol). */
  key?: string;
}

/** Where a site's identifiers lead, across files (the analysis answers, lazily). */
export interface SiteWhere {
  /** The top-level declaration `site.ident` (or `site.receiver`'s export `site.name`) resolves to. */
  declaration(): { file: string; local: string } | undefined;
}

/** What one file's walk offers a form. */
export interface FormContext {
  /** The TypeScript compiler API (see the module comment for why it is handed in). */
  readonly ts: typeof ts;
  readonly syntax: typeof Syntax & { lookup(id: ts.Identifier): Found | undefined };
  readonly sf: ts.SourceFile;
  readonly spec: CompiledSpec;
  readonly ir: IrBuilder;
  readonly facts: ModuleFacts;
  report(site: Site): void;
  /** 1-based line and column of a node's first token. */
  loc(node: ts.Node): [number, number];
  /** A node's source text on one line, shortened for reports. */
  text(node: ts.Node): string;
}

/** Every accessor entry may carry a key transform. */
export const KEY_TRANSFORM_SCHEMA = {
  description:
    "How a property name maps to a flag key (the SDK exposes 'new-checkout' as 'newCheckout': camelCase).",
  enum: ['none', 'camelCase', 'snake_case', 'kebab-case', 'PascalCase', 'UPPER_SNAKE'],
} as const;

const NAME = { type: 'string', minLength: 1 } as const;

/** A non-empty string with a description: the accessor entries' name fields. */
export const named = <D extends string>(description: D) => ({ ...NAME, description }) as const;
