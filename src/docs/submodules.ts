/**
 * The folders `.gitmodules` declares: a submodule is one entry of the repository's tree (no files a
 * listing shows, on GitHub or in a clone whose submodules are not checked out), yet a link to it or
 * into it leads somewhere.
 */

/** `path = vendor/x` of each `[submodule "…"]` section, as git-config reads it (keys any case, values maybe quoted). */
export function submodulePaths(gitmodules: string): string[] {
  const out: string[] = [];
  let inSubmodule = false;
  for (const raw of gitmodules.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    if (line.startsWith('[')) {
      inSubmodule = /^\[\s*submodule\b/i.test(line);
      continue;
    }
    const m = /^path\s*=\s*(.*)$/i.exec(line);
    if (!inSubmodule || !m) continue;
    const value = unquote(withoutComment(m[1]!)).replace(/^\.\//, '').replace(/\/+$/, '');
    if (value !== '') out.push(value);
  }
  return out;
}

/** A `#` or `;` outside quotes starts a comment. */
function withoutComment(value: string): string {
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '\\') i++;
    else if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '#' || c === ';')) return value.slice(0, i).trim();
  }
  return value.trim();
}

function unquote(value: string): string {
  return value.replace(/\\(.)|"/g, (_, escaped: string | undefined) => escaped ?? '');
}

/** Whether `repoPath` is a submodule's folder or inside one. */
export function inSubmodule(repoPath: string, submodules: readonly string[]): boolean {
  return submodules.some((s) => repoPath === s || repoPath.startsWith(`${s}/`));
}
