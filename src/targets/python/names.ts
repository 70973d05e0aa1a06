// Python spellings of model names, computed once per file.

import { toLowercaseUnderscore } from '../../model/casing.js';
import type { TypeDecl } from '../../model/types.js';
import { PYTHON_KEYWORDS, PYTHON_SHADOWED_TYPES } from './reserved.js';

/** Generic definitions whose arity ServiceStack always spells out (`QueryDb2[From, Into]`). */
export const ALWAYS_NUMBERED: ReadonlySet<string> = new Set(['QueryDb`2', 'QueryData`2']);

/**
 * Class names by declaration id. Python has no overloading on type arity, so when two declarations
 * share a name (`Result` and `Result`1`) the generic ones take their arity as a suffix.
 */
export function classNames(types: readonly TypeDecl[]): Map<string, string> {
  const arities = new Map<string, number>();
  for (const t of types) arities.set(t.name, (arities.get(t.name) ?? 0) + 1);
  const names = new Map<string, string>();
  for (const t of types) {
    const arity = t.kind === 'enum' ? 0 : t.genericParams.length;
    const clash = (arities.get(t.name) ?? 0) > 1 && arity > 0;
    names.set(t.id, ALWAYS_NUMBERED.has(t.id) || clash ? `${t.name}${arity}` : t.name);
  }
  return names;
}

/** `ProviderOAuthAccess` → `provider_o_auth_access`; reserved words get a `_` suffix. */
export function fieldName(name: string): { name: string; escaped: boolean } {
  const snake = toLowercaseUnderscore(name);
  return PYTHON_KEYWORDS.has(snake) || PYTHON_SHADOWED_TYPES.has(snake) ? { name: `${snake}_`, escaped: true } : { name: snake, escaped: false };
}

/**
 * ServiceStack's enum member style: names with `_` are upper-cased, names with lower-case letters
 * become SNAKE_CASE (`camelUPPER` → `CAMEL_U_P_P_E_R`, as ServiceStack spells it).
 */
export function enumMemberName(name: string): string {
  const upper = name.includes('_') || !/[a-z]/.test(name) ? name.toUpperCase() : toLowercaseUnderscore(name).toUpperCase();
  return PYTHON_KEYWORDS.has(upper.toLowerCase()) ? `${upper}_` : upper;
}
