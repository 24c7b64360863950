/** `@Org/Team` and `@org/team` are the same owner to GitHub. */
export function normalizeOwner(owner: string): string {
  const o = owner.trim().toLowerCase();
  return o.startsWith('@') || o.includes('@') ? o : `@${o}`;
}
