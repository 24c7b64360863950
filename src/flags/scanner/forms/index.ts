import type { ReferenceForm, SiteForm } from './form.js';
import { callForm } from './call.js';
import { jsxForm } from './jsx.js';
import { memberForm } from './member.js';

/** Every reference form, in the order their visitors run on a node. A new form is one line here. */
export const FORMS: readonly ReferenceForm[] = [callForm, jsxForm, memberForm];

export const FORM_BY_ID: Readonly<Record<SiteForm, ReferenceForm>> = {
  call: callForm,
  jsx: jsxForm,
  member: memberForm,
};

export type { Binding, FormContext, ReferenceForm, SiteForm } from './form.js';
