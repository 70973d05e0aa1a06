// Swift spellings of model names, computed once per file.

import { propertyStyle } from '../../model/casing.js';
import { isSafeIdentifier } from '../../model/identifiers.js';
import type { Property, TextCase, TypeDecl } from '../../model/types.js';
import { SWIFT_KEYWORDS } from './reserved.js';

/** Generic definitions the ServiceStack package names with their arity (`QueryDb2<From, Into>`). */
const TYPE_ALIASES: ReadonlyMap<string, string> = new Map([
  ['QueryDb`2', 'QueryDb2'],
  ['QueryData`2', 'QueryData2'],
]);

/** A keyword as a name is written in backticks. */
export function escapeKeyword(name: string): string {
  return SWIFT_KEYWORDS.has(name) ? `\`${name}\`` : name;
}

/**
 * Class names by declaration id. Swift cannot overload a name on generic arity, so when two
 * declarations share a name (`HelloBase` and `HelloBase`1`) each spells its arity: `HelloBase_1`.
 */
export function classNames(types: readonly TypeDecl[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const t of types) counts.set(t.name, (counts.get(t.name) ?? 0) + 1);
  const names = new Map<string, string>();
  for (const t of types) {
    const alias = TYPE_ALIASES.get(t.id);
    const clash = (counts.get(t.name) ?? 0) > 1 && t.id !== t.name;
    names.set(t.id, escapeKeyword(alias ?? (clash ? t.id.replace('`', '_') : t.name)));
  }
  return names;
}

/** The name of a library type the model may not declare (`QueryDb`2` → QueryDb2). */
export function libraryName(id: string): string {
  return TYPE_ALIASES.get(id) ?? id.replace(/`\d+$/, '');
}

/**
 * A property's Swift name, which is also its JSON key: the [DataMember(Name)] alias when it is a
 * plain identifier (the loader checks names but not aliases), else the name in the server's JSON
 * casing. `description` would clash with CustomStringConvertible, so ServiceStack writes
 * `Description`.
 */
export function propertyName(p: Property, textCase: TextCase): string {
  const name = p.alias !== undefined && isSafeIdentifier(p.alias) ? p.alias : propertyStyle(p.name, textCase);
  return escapeKeyword(name === 'description' ? 'Description' : name);
}
