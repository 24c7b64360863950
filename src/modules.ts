import { codeownersModule } from './codeowners/module.js';
import { configModule } from './config/module.js';
import type { DomainModule } from './core/module.js';
import { flagsModule } from './flags/module.js';
import { oncallModule } from './oncall/module.js';
import { docsModule } from './docs/module.js';

/**
 * Every domain module, in report order. A new domain is its folder plus one line here; no surface
 * (CLI, SARIF, annotations, the Action, the App, the PR comment, the config schema) names a domain.
 */
export const MODULES: readonly DomainModule[] = [
  configModule,
  flagsModule,
  codeownersModule,
  oncallModule,
  docsModule,
];
