import type { ModuleContext } from '../core/module.js';
import type { Finding } from '../findings.js';
import type { OnCallDirectory } from './escalation.js';
import { checkEscalationCoverage } from './escalation.js';
import { ownersOf } from './match.js';
import type { Codeowners } from './types.js';
import { compileGlobs, validateCodeowners } from './validate.js';
import type { OwnerVerifier } from './verify.js';
import { verifyOwners } from './verify.js';
import { codeownersSeverity } from './rules.js';

export interface CodeownersCheckOptions {
  /** Owner existence and write access (App/Action mode). Absent offline: one notice says so. */
  verifier?: OwnerVerifier;
  /**
   * GitHub's own verdict on the file (src/github/codeowners.ts), for the ref being checked. Where
   * GitHub reports a line, it replaces our error findings on that line: users see what GitHub does.
   */
  githubErrors?: (codeownersPath: string) => Promise<Finding[]>;
  /** The on-call directory: a team with a policy there has one. */
  directory?: OnCallDirectory;
}

/** The whole-repository check; front doors with API access lend a verifier and GitHub's verdict. */
export async function runCodeownersCheck(
  ctx: ModuleContext,
  opts: CodeownersCheckOptions,
): Promise<Finding[]> {
  const loaded = await ctx.facts.codeowners();
  const { codeowners } = loaded;
  if (!codeowners) return [...loaded.findings, ...(await missingFile(ctx))];

  const files = await allPaths(ctx);
  const config = ctx.config.codeowners;
  let findings: Finding[] = [
    ...loaded.findings,
    ...validateCodeowners(codeowners, { files, requireOwners: config.requireOwners }),
    ...checkEscalationCoverage(codeowners, files, config, opts.directory),
    ...(await verifyOwners(codeowners, opts.verifier)),
  ];
  if (opts.githubErrors) {
    const remote = await opts.githubErrors(codeowners.path);
    const lines = new Set(remote.filter((f) => f.file === codeowners.path).map((f) => f.line));
    findings = findings.filter(
      (f) => !(f.file === codeowners.path && f.severity === 'error' && lines.has(f.line)),
    );
    findings.push(...remote);
  }
  return withFileOwners(findings, codeowners);
}

/** Listed files plus the ones the reader skipped (binaries, large files): patterns match them too. */
async function allPaths(ctx: ModuleContext): Promise<string[]> {
  const listed = await ctx.files.list();
  const seen = new Set(listed);
  const out = [...listed];
  for (const n of ctx.files.notices()) {
    if (n.file !== undefined && !seen.has(n.file)) {
      seen.add(n.file);
      out.push(n.file);
    }
  }
  return out;
}

/** Whoever owns the CODEOWNERS file is who should fix findings in it. */
function withFileOwners(findings: Finding[], codeowners: Codeowners): Finding[] {
  const owners = ownersOf(codeowners, codeowners.path).owners;
  if (owners.length === 0) return findings;
  return findings.map((f) =>
    f.file === codeowners.path && f.owners === undefined ? { ...f, owners } : f,
  );
}

/**
 * No CODEOWNERS while `requireOwners` is configured: every required file is unowned. Silence here
 * would let a pull request that deletes CODEOWNERS pass the very policy it breaks.
 */
async function missingFile(ctx: ModuleContext): Promise<Finding[]> {
  const required = compileGlobs(ctx.config.codeowners.requireOwners);
  if (required.length === 0) return [];
  const unowned = (await allPaths(ctx)).filter((f) => required.some((g) => g.matches(f)));
  if (unowned.length === 0) return [];
  const globs = required.map((g) => `"${g.source}"`).join(', ');
  return [
    {
      ruleId: 'codeowners/missing-file',
      severity: codeownersSeverity('codeowners/missing-file'),
      message: `there is no CODEOWNERS file, but codeowners.requireOwners (${globs}) requires an owner for ${unowned.length} file${unowned.length === 1 ? '' : 's'} (e.g. ${unowned[0]}): add .github/CODEOWNERS`,
    },
  ];
}
