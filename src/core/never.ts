/**
 * The default branch of a switch that handles every member of a union: a new member is then a
 * compile error at each switch, not a silent fall-through.
 */
export function assertNever(value: never, what: string): never {
  throw new Error(`unexpected ${what}: ${JSON.stringify(value)}`);
}
