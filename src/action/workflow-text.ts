import type { ActionCore } from './core.js';

/**
 * The runner reads every line a step prints for workflow commands: `::name args::value` at the start of a
 * line (after leading spaces), and the legacy `##[name]` anywhere in it. Repository text (a flag key, a file
 * name, a config value) may hold a newline followed by such a command, so every message is passed through
 * here before it is printed: those markers are percent-encoded — the runner's own escape syntax, so the log
 * still reads `%3A:error …` rather than losing the text — and nothing else changes.
 */
export function escapeWorkflowCommands(text: string): string {
  return text
    .split(/(\r\n|\n|\r)/)
    .map((part) => part.replace(/^(\s*):/, '$1%3A').replace(/##\[/g, '##%5B'))
    .join('');
}

/**
 * `core` with every message escaped. @actions/core already escapes the data of `error`, `warning`, `notice`
 * and `debug` (they are commands themselves), but `info` is printed as is: routing all five through the one
 * function keeps the rule in one place and covers any core that escapes less.
 */
export function guardCore(core: ActionCore): ActionCore {
  return {
    getInput: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    setFailed: (message) => core.setFailed(escapeWorkflowCommands(message)),
    error: (message, properties) => core.error(escapeWorkflowCommands(message), properties),
    warning: (message, properties) => core.warning(escapeWorkflowCommands(message), properties),
    notice: (message, properties) => core.notice(escapeWorkflowCommands(message), properties),
    info: (message) => core.info(escapeWorkflowCommands(message)),
    debug: (message) => core.debug(escapeWorkflowCommands(message)),
    summary: core.summary,
  };
}
