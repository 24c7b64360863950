import type { RepoFiles } from '../repo/types.js';
import { readCodeRegistry, type CodeRegistry } from './code-registry.js';
import type { FlagsConfig } from './config.js';
import { readRequired } from '../repo/required.js';
import type { Finding } from '../findings.js';
import { parseRegistry, REGISTRY_MAX_BYTES, type ParsedRegistry } from './registry.js';
import { registrySources, yamlRegistryPath } from './registry-sources.js';
import type { DeclaredFlag } from './types.js';

export interface LoadedRegistries {
  /** The YAML registry messages name (and edits write to). */
  registryPath: string;
  /** False when no configured registry exists at all. */
  registryExists: boolean;
  /** Every source combined: code-declared keys carry their YAML entry's metadata. */
  registry: ParsedRegistry;
  codeRegistries: CodeRegistry[];
  /**
   * The first configured registry that exists but could not be used (unreadable, not YAML, a code
   * declaration that cannot be parsed), with the finding that says why; null when every one was read.
   * Then `registry.parsed` is false: no flag state is judged, and the sweep changes nothing.
   */
  unusable: { entry: string; finding: Finding } | null;
}

/**
 * Reads every `flags.registry` entry and combines them, in the configured order: a key declared
 * in code and in YAML is one flag, declared where the code declares it, with the YAML entry's
 * owner and dates; a key in one source only is declared there.
 */
export async function loadRegistries(
  files: RepoFiles,
  config: FlagsConfig,
): Promise<LoadedRegistries> {
  const sources = registrySources(config);
  let exists = false;
  let parsed = true;
  let unusable: LoadedRegistries['unusable'] = null;
  const findings: ParsedRegistry['findings'] = [];
  const yamlFlags = new Map<string, DeclaredFlag>();
  const yamlOrder: DeclaredFlag[] = [];
  for (const source of sources) {
    if (source.kind !== 'yaml') continue;
    const file = await readRequired(files, source.path, { maxBytes: REGISTRY_MAX_BYTES });
    if (file.kind === 'absent') continue;
    exists = true;
    if (file.kind === 'unreadable') {
      parsed = false;
      const finding = unreadableRegistry(source.path, file.reason);
      unusable ??= { entry: source.entry, finding };
      findings.push(finding);
      continue;
    }
    const r = parseRegistry(file.text, source.path, config);
    if (!r.parsed) {
      parsed = false;
      const first = r.findings.find((f) => f.severity === 'error') ?? r.findings[0];
      if (first) unusable ??= { entry: source.entry, finding: first };
    }
    findings.push(...r.findings);
    for (const f of r.flags) {
      if (yamlFlags.has(f.key)) continue;
      yamlFlags.set(f.key, f);
      yamlOrder.push(f);
    }
  }
  const codeRegistries: CodeRegistry[] = [];
  const codeFlags = new Map<string, DeclaredFlag[]>();
  for (const source of sources) {
    if (source.kind !== 'code') continue;
    const code = await readCodeRegistry(files, source, yamlFlags, config);
    findings.push(...code.findings);
    if (!code.registry) {
      // Its keys are unknown: every read of them would look undeclared, every issue of them gone.
      parsed = false;
      const first = code.findings[0];
      if (first) unusable ??= { entry: source.entry, finding: first };
      continue;
    }
    exists = true;
    codeRegistries.push(code.registry);
    codeFlags.set(
      source.entry,
      code.flags.map((f) => withMetadataFile(f, yamlFlags)),
    );
  }
  // A key declared in code is declared there; its YAML entry only says who and when.
  const inCode = new Set(codeRegistries.flatMap((r) => r.keys));
  const flags: DeclaredFlag[] = [];
  const placed = new Set<string>();
  const place = (f: DeclaredFlag): void => {
    if (placed.has(f.key)) return;
    placed.add(f.key);
    flags.push(f);
  };
  for (const source of sources) {
    if (source.kind === 'code') for (const f of codeFlags.get(source.entry) ?? []) place(f);
    else for (const f of yamlOrder) if (f.file === source.path && !inCode.has(f.key)) place(f);
  }
  return {
    registryPath: yamlRegistryPath(config),
    registryExists: exists,
    registry: { flags, findings, parsed },
    codeRegistries,
    unusable,
  };
}

/** A code-declared key whose owner and dates come from a YAML entry: edits of them go there. */
function withMetadataFile(
  flag: DeclaredFlag,
  yamlFlags: ReadonlyMap<string, DeclaredFlag>,
): DeclaredFlag {
  const yaml = yamlFlags.get(flag.key);
  return yaml ? { ...flag, metadataFile: yaml.file } : flag;
}

/**
 * It exists, so it is not "no registry": calling every flag undeclared (and the sweep closing their
 * issues) would be the worst possible reading of a file that is merely too big or a stray symlink.
 */
function unreadableRegistry(path: string, reason: string): Finding {
  return {
    ruleId: 'flags/registry-unreadable',
    severity: 'error',
    message: `the flag registry ${path} exists but could not be read (${reason.replace(/\.$/, '')}); no flag state is reported until it can be`,
    file: path,
  };
}
