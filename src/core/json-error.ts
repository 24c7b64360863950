/**
 * Where JSON.parse stopped, as a line and column of the text: V8 names an offset ("at position 37"),
 * newer versions the line and column too, and nothing at the end of the input. `reason` is the message
 * without the position, for messages that give the place themselves.
 */
export interface JsonSyntaxError {
  reason: string;
  line?: number;
  column?: number;
}

export function jsonSyntaxError(text: string, error: unknown): JsonSyntaxError {
  const message = error instanceof Error ? error.message : String(error);
  const reason = message
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/ \(line \d+ column \d+\)$/, '')
    // Node 20 quotes the text it stopped in: repository text stays out of the message.
    .replace(/, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, '');
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { reason, line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const at = /position (\d+)/.exec(message);
  const offset = at
    ? Number(at[1])
    : /end of JSON input/.test(message)
      ? text.trimEnd().length
      : undefined;
  if (offset === undefined) return { reason };
  const before = text.slice(0, offset);
  return {
    reason,
    line: before.split('\n').length,
    column: before.length - before.lastIndexOf('\n'),
  };
}
