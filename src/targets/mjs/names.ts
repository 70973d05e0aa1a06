// JavaScript spellings of model names: TypeScript's (ServiceStack's mjs generator names types
// through its TypeScript generator), and a few more names a module cannot give a class.

import type { NamingPolicy } from '../../plan/policy.js';
import { TS_RESERVED_TYPE_NAMES } from '../typescript/reserved.js';
import { TYPESCRIPT_NAMING } from '../typescript/names.js';

/**
 * `eval` and `arguments` cannot be bound in strict code; a class named `Object`, `Array` or
 * `Blob` would shadow the global that every constructor (`Object.assign`), array base and binary
 * response (`new Blob()`) of the file uses.
 */
const MJS_RESERVED_TYPE_NAMES: ReadonlySet<string> = new Set([...TS_RESERVED_TYPE_NAMES, 'eval', 'arguments', 'Object', 'Array', 'Blob']);

export const MJS_NAMING: NamingPolicy = {
  ...TYPESCRIPT_NAMING,
  reservedTypeNames: MJS_RESERVED_TYPE_NAMES,
};
