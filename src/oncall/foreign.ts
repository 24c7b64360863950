import type { YamlPath } from '../yaml/source.js';

/** A schedule export of another tool, named in `oncall.files` as if it were an on-call file. */
export interface ForeignExport {
  tool: 'PagerDuty' | 'Opsgenie';
  /** `export`: one schedule, which the import reads; `listing`: several, each to be exported first. */
  kind: 'export' | 'listing';
  api: string;
  command: 'pagerduty' | 'opsgenie';
  /** Where its content starts, for the finding. */
  at: YamlPath;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * PagerDuty's `GET /schedules/{id}` (`{"schedule": {"schedule_layers": […]}}`, or the schedule itself) and
 * Opsgenie's `GET /v2/schedules/{id}?expand=rotation` (`{"data": {"rotations": […]}}`): their keys are none of
 * ours, so read as our format they would page nobody with only unknown-key warnings.
 */
export function foreignExport(data: unknown): ForeignExport | undefined {
  if (!isObject(data)) return undefined;
  const listed = Array.isArray(data.schedules) ? (data.schedules as unknown[]) : [];
  if (
    listed.some((s) => isObject(s) && (s.type === 'schedule' || Array.isArray(s.schedule_layers)))
  ) {
    return {
      tool: 'PagerDuty',
      kind: 'listing',
      api: 'GET /schedules',
      command: 'pagerduty',
      at: ['schedules'],
    };
  }
  const ogListed = Array.isArray(data.data) ? (data.data as unknown[]) : [];
  if (ogListed.some((s) => isObject(s) && typeof s.timezone === 'string' && 'ownerTeam' in s)) {
    return {
      tool: 'Opsgenie',
      kind: 'listing',
      api: 'GET /v2/schedules',
      command: 'opsgenie',
      at: ['data'],
    };
  }
  const pd = isObject(data.schedule) ? data.schedule : data;
  if (Array.isArray(pd.schedule_layers)) {
    return {
      tool: 'PagerDuty',
      kind: 'export',
      api: 'GET /schedules/{id}',
      command: 'pagerduty',
      at: pd === data ? [] : ['schedule'],
    };
  }
  const og = isObject(data.data) ? data.data : data;
  if (Array.isArray(og.rotations) && typeof og.timezone === 'string') {
    return {
      tool: 'Opsgenie',
      kind: 'export',
      api: 'GET /v2/schedules/{id}',
      command: 'opsgenie',
      at: og === data ? [] : ['data'],
    };
  }
  return undefined;
}
