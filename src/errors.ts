/**
 * Bad input the user must fix (missing directory, unreadable or invalid config, bad date).
 * Front doors print the message without a stack: the CLI exits 2, the Action fails the step.
 */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
