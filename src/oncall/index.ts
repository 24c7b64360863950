export { createOnCallDirectory } from './directory.js';
export { loadOnCall } from './load.js';
export type { LoadedOnCall } from './load.js';
export { mergeOnCallFiles, parseOnCall, parseOnCallFile, teamKey } from './parse.js';
export type { ParsedOnCall, ParsedOnCallFile } from './parse.js';
export { layerMemberAt, onCallLevelsAt, shiftIndexAt, whoIsOnCall } from './resolve.js';
export { instantOf, isValidTimeZone, parseDateTime, wallClockOf } from './tz.js';
export type { DateTimeValue } from './tz.js';
export type * from './types.js';
