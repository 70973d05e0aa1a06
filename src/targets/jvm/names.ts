// Java and Kotlin spellings of model names: the naming policy the plan applies, one per keyword set.

import { propertyStyle, toPascalCase } from '../../model/casing.js';
import type { Property, TextCase } from '../../model/types.js';
import type { NamingPolicy } from '../../plan/policy.js';

/**
 * A property's field name (ServiceStack's GetPropertyName): its name in the server's JSON casing
 * (Gson matches field names to JSON keys), capitalised when that is a keyword (`Default`).
 */
export function fieldName(p: Property, textCase: TextCase, keywords: ReadonlySet<string>): string {
  const styled = propertyStyle(p.name, textCase);
  return keywords.has(styled) ? toPascalCase(styled) : styled;
}

/** The JSON key Gson must be told (`@SerializedName`) when the field name is not it. */
export function serializedName(p: Property, textCase: TextCase, keywords: ReadonlySet<string>): string | undefined {
  const styled = propertyStyle(p.name, textCase);
  return fieldName(p, textCase, keywords) !== styled && p.dataMember?.name === undefined ? styled : undefined;
}

export function jvmNaming(keywords: ReadonlySet<string>): NamingPolicy {
  const escape = (name: string) => (keywords.has(name) ? `${name}_` : name);
  return {
    // Neither language overloads a name on generic arity: `QueryDb`2` beside `QueryDb`1` is `QueryDb_2`.
    withArity: (name, arity) => `${name}_${arity}`,
    reservedTypeNames: keywords,
    escapeTypeName: (name) => `${name}_`,
    genericParam: escape,
    propertyName: (p, textCase) => fieldName(p, textCase, keywords),
  };
}
