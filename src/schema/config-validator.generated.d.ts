import type { ValidateFunction } from 'ajv';

/** sha256 of the composed config schema the validator was generated from (`schemaHash`). */
export declare const schemaHash: string;
/** ajv's standalone validator of that schema, compiled with `VALIDATOR_OPTIONS`. */
export declare const validate: ValidateFunction;
