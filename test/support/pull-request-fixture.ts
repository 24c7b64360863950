/**
 * One pull request the App, the Action and the redelivery tests all check: it adds two flag reads to
 * `src/checkout.ts`, one of `new-checkout` (declared in `flags.yml`) and one of `beta-search` (not declared,
 * so `flags/undeclared` on line 3 of the head).
 */
export const REGISTRY = `flags:
  new-checkout:
    owner: "@alice"
    created: 2026-11-20
    expires: 2026-12-20
    type: release
`;

/** `src/checkout.ts` at the head. */
export const CHECKOUT = `import { unleash } from './flags';
export const useNew = () => unleash.isEnabled('new-checkout');
export const search = () => unleash.isEnabled('beta-search');
`;

/** The file's diff: lines 2 and 3 are added. */
export const PATCH = `@@ -1 +1,3 @@
 import { unleash } from './flags';
+export const useNew = () => unleash.isEnabled('new-checkout');
+export const search = () => unleash.isEnabled('beta-search');`;
