// Swift spellings of model names: the naming policy the plan applies.

import { propertyStyle } from '../../model/casing.js';
import { isSafeIdentifier } from '../../model/identifiers.js';
import type { Property, TextCase } from '../../model/types.js';
import type { NamingPolicy } from '../../plan/policy.js';
import { SWIFT_KEYWORDS, SWIFT_METATYPE_MEMBERS, SWIFT_UNDECLARABLE } from './reserved.js';

/** The package's AutoQuery bases, named as it names them whatever else the document declares (`QueryDb2<From, Into>`). */
const TYPE_ALIASES: ReadonlyMap<string, string> = new Map([
  ['QueryDb`1', 'QueryDb'],
  ['QueryDb`2', 'QueryDb2'],
  ['QueryData`1', 'QueryData'],
  ['QueryData`2', 'QueryData2'],
]);

/** A keyword as a name is written in backticks; what backticks cannot declare gets a `_` suffix. */
export function escapeKeyword(name: string): string {
  if (SWIFT_UNDECLARABLE.has(name)) return `${name}_`;
  return SWIFT_KEYWORDS.has(name) ? `\`${name}\`` : name;
}

/** A property's name: a keyword's rules, and `Type` and `Protocol` in backticks. */
function escapeMember(name: string): string {
  return SWIFT_METATYPE_MEMBERS.has(name) ? `\`${name}\`` : escapeKeyword(name);
}

/** The name of a library type the model may not declare (`QueryDb`2` → QueryDb2). */
export function libraryName(id: string): string {
  return TYPE_ALIASES.get(id) ?? id.replace(/`\d+$/, '');
}

/**
 * A property's Swift name, which is also its JSON key: its wire name when that is a plain
 * identifier, else its name in the server's casing. `description` would clash with
 * CustomStringConvertible, so ServiceStack writes `Description`.
 */
function propertyName(p: Property, textCase: TextCase): string {
  const name = isSafeIdentifier(p.wireName) ? p.wireName : propertyStyle(p.name, textCase);
  return escapeMember(name === 'description' ? 'Description' : name);
}

export const SWIFT_NAMING: NamingPolicy = {
  // Swift cannot overload a name on generic arity: `HelloBase` beside `HelloBase`1` is `HelloBase_1`.
  withArity: (name, arity) => `${name}_${arity}`,
  fixedNames: TYPE_ALIASES,
  reservedTypeNames: new Set([...SWIFT_KEYWORDS, ...SWIFT_UNDECLARABLE]),
  escapeTypeName: escapeKeyword,
  genericParam: escapeKeyword,
  propertyName,
};
