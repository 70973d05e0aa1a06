// Java and Kotlin spellings of model names: the naming policy the plan applies, one per keyword set.

import { propertyStyle, toPascalCase } from '../../model/casing.js';
import type { Property, TextCase } from '../../model/types.js';
import type { NamingPolicy } from '../../plan/policy.js';

/**
 * A property's field name (ServiceStack's GetPropertyName): its name in the server's JSON casing
 * (Gson matches field names to JSON keys), capitalised when that is a keyword (`Default`). `_`
 * has no capital, and Kotlin reserves every name of underscores alone: it is `_1`.
 */
export function fieldName(p: Property, textCase: TextCase, keywords: ReadonlySet<string>): string {
  const styled = propertyStyle(p.name, textCase);
  return keywords.has(styled) ? escapeUncapitalised(toPascalCase(styled), keywords) : styled;
}

function escapeUncapitalised(name: string, keywords: ReadonlySet<string>): string {
  return keywords.has(name) ? `${name}1` : name;
}

/** A type or generic parameter named like a keyword: `class_`, but `_1` for `_` (`__` is reserved in Kotlin). */
function escapeName(name: string): string {
  return /^_+$/.test(name) ? `${name}1` : `${name}_`;
}

/** The JSON key Gson must be told (`@SerializedName`) when the field name is not it. */
export function serializedName(p: Property, textCase: TextCase, keywords: ReadonlySet<string>): string | undefined {
  const styled = propertyStyle(p.name, textCase);
  return fieldName(p, textCase, keywords) !== styled && p.dataMember?.name === undefined ? styled : undefined;
}

export function jvmNaming(keywords: ReadonlySet<string>): NamingPolicy {
  const escape = (name: string) => (keywords.has(name) ? escapeName(name) : name);
  return {
    // Neither language overloads a name on generic arity: `QueryDb`2` beside `QueryDb`1` is `QueryDb_2`.
    withArity: (name, arity) => `${name}_${arity}`,
    reservedTypeNames: keywords,
    escapeTypeName: escapeName,
    genericParam: escape,
    propertyName: (p, textCase) => fieldName(p, textCase, keywords),
  };
}
