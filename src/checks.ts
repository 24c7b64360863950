import type { Check } from './check.js';
import { codeownersCheck } from './codeowners/check.js';
import { configCheck } from './config/check.js';
import { flagsCheck } from './flags/check.js';

/** Every check module, in report order. A new domain registers here and nowhere else. */
export const CHECKS: readonly Check[] = [configCheck, flagsCheck, codeownersCheck];
