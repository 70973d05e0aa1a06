// TypeScript spellings of model names.

import { propertyStyle } from '../../model/casing.js';
import { singleQuotedBody } from '../../emit/text.js';
import { isSafeIdentifier } from '../../model/identifiers.js';
import type { Property, TextCase, TypeDecl } from '../../model/types.js';
import { TS_RESERVED_TYPE_NAMES } from './reserved.js';

/**
 * Class names by declaration id. TypeScript cannot declare two types of one name with different
 * type-parameter counts, so when names clash (`QueryDb`1`, `QueryDb`2`) each takes its arity as a
 * `_N` suffix, as ServiceStack spells them (`QueryDb_1`). A reserved word takes a `_` suffix
 * (the wire name, `getTypeName()`, keeps the metadata's spelling).
 */
export function classNames(types: readonly TypeDecl[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const t of types) counts.set(t.name, (counts.get(t.name) ?? 0) + 1);
  const names = new Map<string, string>();
  for (const t of types) {
    const arity = t.kind === 'enum' ? 0 : t.genericParams.length;
    const name = (counts.get(t.name) ?? 0) > 1 && arity > 0 ? `${t.name}_${arity}` : t.name;
    names.set(t.id, TS_RESERVED_TYPE_NAMES.has(name) ? `${name}_` : name);
  }
  return names;
}

/**
 * The property's wire name: its [DataMember(Name)] alias, else its name in the server's JSON
 * casing. An alias that is not a plain identifier is written as a quoted property name.
 */
export function propertyName(p: Property, textCase: TextCase): string {
  if (p.alias !== undefined) return isSafeIdentifier(p.alias) ? p.alias : `'${singleQuotedBody(p.alias)}'`;
  return propertyStyle(p.name, textCase);
}
