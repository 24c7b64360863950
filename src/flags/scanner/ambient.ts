/**
 * A declaration that augments a global or another module (`declare global`, `declare module 'x'`):
 * what it declares is visible without an import. Shared by the scan, which reads such declaration
 * files for the pass by type, and that pass, which then looks beyond the registry's importers.
 */
export const AMBIENT_RE = /\bdeclare\s+(?:global\b|module\s+['"])/;
