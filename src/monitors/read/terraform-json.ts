import type { StructuredDoc } from './structured.js';
import { getIn, isRecord } from './values.js';

type Path = readonly (string | number)[];

/**
 * Terraform's JSON syntax (`*.tf.json`): `{"resource": {"datadog_monitor": {"name": {...}}}}`, and
 * `datadog_monitor_json` whose `monitor` is the API's JSON as a string. Seen as the monitors of a Datadog
 * export (`monitor_thresholds` standing for `options.thresholds`), each path placed where Terraform has it.
 */
export function terraformJsonMonitors(doc: StructuredDoc): StructuredDoc | undefined {
  const resources = getIn(doc.value, ['resource']);
  if (!isRecord(resources)) return undefined;
  const entries: { value: unknown; base: Path; place: (path: Path) => Path }[] = [];
  const monitors = getIn(resources, ['datadog_monitor']);
  for (const [name, body] of Object.entries(isRecord(monitors) ? monitors : {})) {
    const base = ['resource', 'datadog_monitor', name];
    if (!isRecord(body)) {
      entries.push({ value: body, base, place: () => base });
      continue;
    }
    const blocks = body.monitor_thresholds;
    const thresholds = Array.isArray(blocks) ? (blocks[0] as unknown) : blocks;
    const { monitor_thresholds: _thresholds, ...rest } = body;
    entries.push({
      value: {
        ...rest,
        options: { ...(isRecord(body.options) ? body.options : {}), thresholds },
      },
      base,
      place: (path) =>
        path[0] === 'options' && path[1] === 'thresholds'
          ? [...base, 'monitor_thresholds', ...(Array.isArray(blocks) ? [0] : []), ...path.slice(2)]
          : [...base, ...path],
    });
  }
  const json = getIn(resources, ['datadog_monitor_json']);
  for (const [name, body] of Object.entries(isRecord(json) ? json : {})) {
    const base = ['resource', 'datadog_monitor_json', name, 'monitor'];
    const text = getIn(body, ['monitor']);
    let value: unknown;
    try {
      value = typeof text === 'string' ? (JSON.parse(text) as unknown) : undefined;
    } catch {
      value = undefined;
    }
    // Inside a JSON string nothing has a line of its own: the string's position stands for all of it.
    entries.push({ value, base, place: () => base });
  }
  if (entries.length === 0) return undefined;
  const placed = (path: Path): Path => {
    const [index, ...rest] = path;
    const entry = typeof index === 'number' ? entries[index] : undefined;
    return entry ? entry.place(rest) : ['resource'];
  };
  return {
    value: entries.map((e) => e.value),
    at: (path, key) => doc.at(placed(path), key),
    lines: (path) => {
      const [index] = path;
      const entry = typeof index === 'number' ? entries[index] : undefined;
      return doc.lines(entry ? entry.base : ['resource']);
    },
  };
}
