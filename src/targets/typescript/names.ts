// TypeScript spellings of model names: the naming policy the plan applies.

import { isSafeIdentifier } from '../../model/identifiers.js';
import { singleQuotedBody } from '../../emit/text.js';
import type { NamingPolicy } from '../../plan/policy.js';
import { TS_RESERVED_TYPE_NAMES } from './reserved.js';

const escape = (name: string) => `${name}_`;

export const TYPESCRIPT_NAMING: NamingPolicy = {
  // TypeScript cannot declare two types of one name with different type-parameter counts:
  // `QueryDb`1` beside `QueryDb`2` is `QueryDb_1`, as ServiceStack spells it. A reserved word
  // takes a `_` suffix (the wire name, `getTypeName()`, keeps the metadata's spelling).
  withArity: (name, arity) => `${name}_${arity}`,
  reservedTypeNames: TS_RESERVED_TYPE_NAMES,
  escapeTypeName: escape,
  genericParam: (name) => (TS_RESERVED_TYPE_NAMES.has(name) ? escape(name) : name),
  // The property is its JSON key: a key that is not a plain identifier is quoted.
  propertyName: (p) => (isSafeIdentifier(p.wireName) ? p.wireName : `'${singleQuotedBody(p.wireName)}'`),
};
