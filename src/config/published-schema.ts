import { MODULES } from '../modules.js';
import { configSchemaOf } from './schema.js';

/** `schemas/config.schema.json` as published (editor completion, yaml-language-server): the composed schema. */
export function publishedConfigSchema(): string {
  return `${JSON.stringify(configSchemaOf(MODULES), null, 2)}\n`;
}
