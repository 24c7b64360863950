import { Ajv } from 'ajv';
import type { Log } from 'sarif';
import { expect } from 'vitest';

/**
 * No SARIF 2.1.0 schema ships in node_modules, so this is the part of it (plus GitHub's ingestion rules) that
 * our output uses, written from the spec: closed objects catch misspelt keys, minimums catch line 0.
 */
const positive = { type: 'integer', minimum: 1 };
const message = {
  type: 'object',
  required: ['text'],
  additionalProperties: false,
  properties: { text: { type: 'string', minLength: 1 } },
};
const artifactLocation = {
  type: 'object',
  required: ['uri'],
  additionalProperties: false,
  properties: {
    uri: { type: 'string', format: 'uri-reference', minLength: 1 },
    uriBaseId: { type: 'string' },
    index: { type: 'integer', minimum: 0 },
  },
};
export const sarifSubsetSchema = {
  type: 'object',
  required: ['version', '$schema', 'runs'],
  additionalProperties: false,
  properties: {
    $schema: { type: 'string', format: 'uri' },
    version: { const: '2.1.0' },
    runs: {
      type: 'array',
      minItems: 1,
      maxItems: 1,
      items: {
        type: 'object',
        required: ['tool', 'results'],
        additionalProperties: false,
        properties: {
          tool: {
            type: 'object',
            required: ['driver'],
            additionalProperties: false,
            properties: {
              driver: {
                type: 'object',
                required: ['name', 'rules'],
                additionalProperties: false,
                properties: {
                  name: { const: 'ops-steward' },
                  version: { type: 'string', minLength: 1 },
                  informationUri: { type: 'string', format: 'uri' },
                  rules: {
                    type: 'array',
                    items: {
                      type: 'object',
                      required: ['id', 'shortDescription'],
                      additionalProperties: false,
                      properties: {
                        id: { type: 'string', minLength: 1 },
                        shortDescription: message,
                        // SARIF 2.1.0 §3.49.12: an absolute URI of the rule's documentation.
                        helpUri: { type: 'string', format: 'uri' },
                        defaultConfiguration: {
                          type: 'object',
                          additionalProperties: false,
                          properties: { level: { enum: ['none', 'note', 'warning', 'error'] } },
                        },
                        properties: { type: 'object' },
                      },
                    },
                  },
                },
              },
            },
          },
          artifacts: {
            type: 'array',
            items: {
              type: 'object',
              required: ['location'],
              additionalProperties: false,
              properties: { location: artifactLocation },
            },
          },
          results: {
            type: 'array',
            items: {
              type: 'object',
              required: [
                'ruleId',
                'ruleIndex',
                'level',
                'message',
                'locations',
                'partialFingerprints',
              ],
              additionalProperties: false,
              properties: {
                ruleId: { type: 'string' },
                ruleIndex: { type: 'integer', minimum: 0 },
                level: { enum: ['none', 'note', 'warning', 'error'] },
                message,
                // GitHub rejects the whole file when a result has no physical location.
                locations: {
                  type: 'array',
                  minItems: 1,
                  maxItems: 1,
                  items: {
                    type: 'object',
                    required: ['physicalLocation'],
                    additionalProperties: false,
                    properties: {
                      physicalLocation: {
                        type: 'object',
                        required: ['artifactLocation', 'region'],
                        additionalProperties: false,
                        properties: {
                          artifactLocation,
                          region: {
                            type: 'object',
                            required: ['startLine'],
                            additionalProperties: false,
                            properties: {
                              startLine: positive,
                              startColumn: positive,
                              endLine: positive,
                              endColumn: positive,
                            },
                          },
                        },
                      },
                    },
                  },
                },
                partialFingerprints: {
                  type: 'object',
                  required: ['primaryLocationLineHash'],
                  properties: {
                    primaryLocationLineHash: {
                      type: 'string',
                      pattern: '^[0-9a-f]{16}:[1-9][0-9]*$',
                    },
                  },
                  additionalProperties: { type: 'string' },
                },
                properties: { type: 'object' },
              },
            },
          },
        },
      },
    },
  },
};

const ajv = new Ajv({ allErrors: true, strict: true });
// Minimal format checks so `format` is enforced without pulling in ajv-formats.
ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:[^\s]*$/i);
ajv.addFormat('uri-reference', /^[^\s\\#?]*$/);
export const validateSarif = ajv.compile(sarifSubsetSchema);

export function expectValidSarif(log: Log): void {
  const ok = validateSarif(log);
  expect(validateSarif.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
}
