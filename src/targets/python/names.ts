// Python spellings of model names: the naming policy the plan applies.

import { toLowercaseUnderscore } from '../../model/casing.js';
import type { NamingPolicy } from '../../plan/policy.js';
import { PYTHON_KEYWORDS, PYTHON_RESERVED_TYPE_NAMES, PYTHON_SHADOWED_TYPES } from './reserved.js';

/** Generic definitions whose arity ServiceStack always spells out (`QueryDb2[From, Into]`). */
export const ALWAYS_NUMBERED: ReadonlySet<string> = new Set(['QueryDb`2', 'QueryData`2']);

const escape = (name: string) => `${name}_`;

export const PYTHON_NAMING: NamingPolicy = {
  // Python has no overloading on type arity: `Result` beside `Result`1` is `Result1`.
  withArity: (name, arity) => `${name}${arity}`,
  // The package's AutoQuery bases keep their names whatever else the document declares.
  fixedNames: new Map([
    ['QueryDb`1', 'QueryDb'],
    ['QueryData`1', 'QueryData'],
    ...[...ALWAYS_NUMBERED].map((id): [string, string] => [id, id.replace('`', '')]),
  ]),
  reservedTypeNames: PYTHON_RESERVED_TYPE_NAMES,
  escapeTypeName: escape,
  genericParam: (name) => (PYTHON_RESERVED_TYPE_NAMES.has(name) ? escape(name) : name),
  propertyName: (p) => fieldName(p.name).name,
};

/** `ProviderOAuthAccess` → `provider_o_auth_access`; reserved words get a `_` suffix. */
export function fieldName(name: string): { name: string; escaped: boolean } {
  const snake = toLowercaseUnderscore(name);
  return PYTHON_KEYWORDS.has(snake) || PYTHON_SHADOWED_TYPES.has(snake) ? { name: escape(snake), escaped: true } : { name: snake, escaped: false };
}

/** The words ServiceStack's PropertyStyle suffixes besides keywords: the Python types it maps to. */
const TYPE_WORDS: ReadonlySet<string> = new Set(['str', 'bool', 'int', 'float', 'bytes']);

/**
 * ServiceStack's enum member style (EnumNameFormat): names with `_` are upper-cased, names with
 * lower-case letters become SNAKE_CASE through PropertyStyle, which suffixes keywords and type words
 * (`Int` → `INT_`, `From` → `FROM_`, `camelUPPER` → `CAMEL_U_P_P_E_R`, as ServiceStack spells them).
 */
export function enumMemberName(name: string): string {
  if (!name.includes('_') && /[a-z]/.test(name)) {
    const snake = toLowercaseUnderscore(name);
    return (PYTHON_KEYWORDS.has(snake) || TYPE_WORDS.has(snake) ? escape(snake) : snake).toUpperCase();
  }
  const upper = name.toUpperCase();
  // Not ServiceStack's (it keeps these as they are), but a keyword can never name a member.
  return PYTHON_KEYWORDS.has(upper.toLowerCase()) ? escape(upper) : upper;
}

/**
 * The JSON key dataclasses_json's `LetterCase.CAMEL` gives a field (its stringcase `camelcase`):
 * a leading `-`, `_` or `.` dropped, the first letter lower-cased, and each `-`, `_`, `.` or space
 * before a lower-case letter or digit dropped with that character upper-cased.
 */
export function lettercaseCamel(name: string): string {
  const s = name.replace(/^[-_.]/, '');
  if (s === '') return s;
  return s.charAt(0).toLowerCase() + s.slice(1).replace(/[-_.\s]([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}
