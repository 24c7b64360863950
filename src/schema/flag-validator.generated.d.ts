import type { ValidateFunction } from 'ajv';

/** sha256 of schemas/flags.schema.json, which the validator was generated from (`schemaHash`). */
export declare const schemaHash: string;
/** ajv's standalone validator of its `#/definitions/flag`, compiled with `FLAG_VALIDATOR_OPTIONS`. */
export declare const validate: ValidateFunction;
