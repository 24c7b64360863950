import type { ReferenceForm, SiteForm } from './form.js';
import { callAccessorSchema, callForm } from './call.js';
import { jsxAccessorSchema, jsxForm } from './jsx.js';
import { memberAccessorSchema, memberForm, objectFromAccessorSchema } from './member.js';
import { symbolForm } from './symbol.js';

/** Every reference form, in the order their visitors run on a node. A new form is one line here… */
export const FORMS: readonly ReferenceForm[] = [callForm, jsxForm, memberForm, symbolForm];

/**
 * …and its accessor entries one line here: the `flags.accessors` item schema (config.ts) is their
 * `oneOf`, kept as a tuple so the config's types are derived from it.
 */
export const ACCESSOR_SCHEMAS = [
  callAccessorSchema,
  jsxAccessorSchema,
  memberAccessorSchema,
  objectFromAccessorSchema,
] as const;

export const FORM_BY_ID: Readonly<Record<SiteForm, ReferenceForm>> = {
  call: callForm,
  jsx: jsxForm,
  member: memberForm,
  symbol: symbolForm,
};

export { KEY_TRANSFORM_SCHEMA } from './form.js';
export type { Binding, FormContext, ReferenceForm, SiteForm, SiteWhere } from './form.js';
