import type { ValidateFunction } from 'ajv';

/** sha256 of schemas/oncall.schema.json as the validators were generated from it (`schemaHash`). */
export declare const schemaHash: string;
/** ajv's standalone validator of the whole on-call file, compiled with `VALIDATOR_OPTIONS`. */
export declare const validate: ValidateFunction;
/** The same schema's `definitions/schedule`. */
export declare const schedule: ValidateFunction;
/** The same schema's `definitions/policy`. */
export declare const policy: ValidateFunction;
