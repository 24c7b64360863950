import { withOwnership } from '../codeowners/enrich.js';
import type { Config } from '../config/types.js';
import type { DomainModule, ModuleContext, ModuleServices, RunFacts } from '../core/module.js';
import { sortFindings } from '../findings.js';
import type { Finding } from '../findings.js';
import { MODULES } from '../modules.js';
import { hideToolOutputs } from '../core/outputs.js';
import { withIgnore } from '../repo/filtered.js';
import type { RepoFiles } from '../repo/types.js';
import { adoptFindings } from './adoption.js';
import { createRunFacts } from './facts.js';
import { ruleIndexOf } from './rules.js';

export interface RunOptions {
  now: Date;
  configPath?: string;
  configDiagnostics?: readonly Finding[];
  /** Restrict to these module ids (still subject to `config.checks`). */
  only?: readonly string[];
  /** Override the registry (tests, and a door that adds nothing). Default: every registered module. */
  modules?: readonly DomainModule[];
  /** What a door with API access lends the modules. */
  services?: ModuleServices;
  /** `ignore`: report what the baseline would hide (`check --write-baseline`). Default `apply`. */
  baseline?: 'apply' | 'ignore';
}

export interface RunResult {
  findings: Finding[];
  /** Ids of the modules that ran, so a report can say what was (and was not) looked at. */
  ran: string[];
}

/** The context every module of one run shares: `config.ignore` applied once, facts read once. */
export function moduleContext(
  files: RepoFiles,
  config: Config,
  options: RunOptions,
): ModuleContext {
  const repo = hideToolOutputs(config.ignore.length > 0 ? withIgnore(files, config.ignore) : files);
  return {
    files: repo,
    config,
    configPath: options.configPath,
    configDiagnostics: options.configDiagnostics ?? [],
    now: options.now,
    facts: createRunFacts(repo, config),
    services: options.services ?? {},
  };
}

/** The registered modules this run selects, in registry order. */
export function selectModules(config: Config, options: RunOptions): DomainModule[] {
  return (options.modules ?? MODULES).filter(
    (m) => config.checks[m.id] !== false && (!options.only || options.only.includes(m.id)),
  );
}

/**
 * Runs every enabled module's check and returns their findings, routed to owners and sorted.
 * A check that throws becomes an error finding: a crashed check must never look like a clean one.
 */
export async function runChecks(
  files: RepoFiles,
  config: Config,
  options: RunOptions,
): Promise<RunResult> {
  const ctx = moduleContext(files, config, options);
  const findings: Finding[] = [];
  const ran: string[] = [];
  for (const module of selectModules(config, options)) {
    findings.push(...(await guarded(module, () => module.check(ctx))));
    ran.push(module.id);
  }
  findings.push(...ctx.files.notices());
  const finished = await finish(findings, ctx);
  const isRule = (id: string): boolean => ruleIndexOf(options.modules ?? MODULES).has(id);
  // Suppressions and the baseline (src/engine/adoption.ts); the baseline is read from the unfiltered files.
  const adopted = await adoptFindings(finished, files, {
    baseline: options.baseline,
    isRule,
    scope: ctx.files,
  });
  return { findings: adopted, ran };
}

/** One module's findings, or the error finding that says it crashed. */
export async function guarded(
  module: DomainModule,
  work: () => Promise<Finding[]>,
): Promise<Finding[]> {
  try {
    return await work();
  } catch (error) {
    return [
      {
        ruleId: `${module.id}/check-failed`,
        severity: 'error',
        message: `the ${module.title} check failed: ${error instanceof Error ? error.message : String(error)}`,
      },
    ];
  }
}

/** What every use case does last: `rules:` severities, owners and escalation, a stable order. */
export async function finish(findings: readonly Finding[], ctx: ModuleContext): Promise<Finding[]> {
  const adjusted = applyRuleSeverities(findings, ctx.config.rules);
  return sortFindings(await routeToOwners(adjusted, ctx.facts, ctx.config, ctx.now));
}

/** `rules: { "flags/orphaned": "notice" | "off" }` — the config's word on a rule's severity wins. */
export function applyRuleSeverities(
  findings: readonly Finding[],
  rules: Config['rules'],
): Finding[] {
  if (Object.keys(rules).length === 0) return [...findings];
  const out: Finding[] = [];
  for (const f of findings) {
    const level = Object.hasOwn(rules, f.ruleId) ? rules[f.ruleId] : undefined;
    if (level === 'off') continue;
    out.push(level === undefined || level === f.severity ? f : { ...f, severity: level });
  }
  return out;
}

/** Every finding names who acts on it and how to escalate, from CODEOWNERS, when the repository has one. */
async function routeToOwners(
  findings: Finding[],
  facts: RunFacts,
  config: Config,
  now: Date,
): Promise<Finding[]> {
  const { codeowners } = await facts.codeowners();
  if (!codeowners) return findings;
  const { directory } = await facts.onCall();
  return withOwnership(findings, codeowners, config.codeowners, directory, now);
}
