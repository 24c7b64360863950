import { Command, CommanderError } from 'commander';
import { VERSION } from '../version.js';
import { registerCheckCommand } from './commands/check.js';
import { registerCodeownersCommands } from './commands/codeowners.js';
import { registerFlagsCommands } from './commands/flags.js';
import { registerDocsCommands } from './commands/docs.js';
import { registerInitCommand } from './commands/init.js';
import { registerOnCallCommands } from './commands/oncall.js';
import { InputError } from '../core/errors.js';
import { EXIT_USAGE } from './io.js';
import type { CliIo } from './io.js';

/**
 * Runs the CLI in-process and resolves to its exit code. Usage and config errors print a message
 * and a hint, never a stack trace.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode = 0;
  const scoped: CliIo = { ...io, setExitCode: (code) => (exitCode = code) };
  const program = buildProgram(scoped);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here too, with exit code 0.
      return error.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    if (error instanceof InputError) {
      io.stderr(`ops-steward: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

function buildProgram(io: CliIo): Command {
  const program = new Command('ops-steward')
    .description('Keeps operational hygiene honest: feature flags, CODEOWNERS, runbooks, on-call.')
    .version(VERSION, '-V, --version')
    .showSuggestionAfterError(true)
    .showHelpAfterError('(run "ops-steward --help" for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
    });
  registerInitCommand(program, io);
  registerCheckCommand(program, io);
  registerFlagsCommands(program, io);
  registerCodeownersCommands(program, io);
  registerOnCallCommands(program, io);
  registerDocsCommands(program, io);
  routeSubcommands(program, io, []);
  return program;
}

/** Subcommands inherit neither exitOverride nor output routing from the program: set both, at every depth. */
function routeSubcommands(parent: Command, io: CliIo, names: string[]): void {
  for (const sub of parent.commands) {
    const path = [...names, sub.name()];
    sub
      .exitOverride()
      .showSuggestionAfterError(true)
      .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
      .showHelpAfterError(`(run "ops-steward ${path.join(' ')} --help" for usage)`);
    routeSubcommands(sub, io, path);
  }
}
