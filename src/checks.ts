import type { Check } from './check.js';
import { createCodeownersCheck } from './codeowners/check.js';
import type { CodeownersCheckOptions } from './codeowners/check.js';
import { configCheck } from './config/check.js';
import { flagsCheck } from './flags/check.js';

/**
 * What a front door with API access can lend the checks. Domain code only sees these interfaces;
 * `src/github/services.ts` builds them from an Octokit.
 */
export interface CheckServices {
  codeowners?: CodeownersCheckOptions;
}

/** Every check module, in report order. A new domain registers here and nowhere else. */
export function buildChecks(services: CheckServices = {}): Check[] {
  return [configCheck, flagsCheck, createCodeownersCheck(services.codeowners)];
}

/** The offline registry: the CLI, and the front doors when they have no token. */
export const CHECKS: readonly Check[] = buildChecks();
