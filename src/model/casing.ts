// Name casing, reproducing ServiceStack.Text's own rules so that generated
// names match what a ServiceStack server would produce (and what its JSON uses on the wire).

import type { TextCase } from './types.js';

/**
 * ServiceStack's `ToCamelCase`: lower-cases the leading run of capitals, keeping the last one of a
 * run that starts a new word (`IPAddress` → `ipAddress`, `UserID` → `userID`, `URL` → `url`).
 */
export function toCamelCase(name: string): string {
  // The leading run is found first and lower-cased at once: names are read by the hundred thousand.
  let run = 0;
  while (run < name.length && isUpper(name.charAt(run)) && (run === 0 || run === name.length - 1 || isUpper(name.charAt(run + 1)))) run++;
  return run === 0 ? name : name.slice(0, run).toLowerCase() + name.slice(run);
}

/**
 * ServiceStack's `PropertyStyle`: a property's name as the server's JSON spells it (its
 * JsConfig.TextCase), which TypeScript, Swift and the other typed clients use as is.
 */
export function propertyStyle(name: string, textCase: TextCase): string {
  if (textCase === 'PascalCase') return name;
  if (textCase === 'SnakeCase') return toLowercaseUnderscore(name);
  return toCamelCase(name);
}

/** ServiceStack's `ToPascalCase` for identifiers: the first letter upper-cased. */
export function toPascalCase(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * ServiceStack's `ToLowercaseUnderscore` (Python field names): camel-case first, then every capital
 * becomes `_` + its lower case (`ProviderOAuthAccess` → `provider_o_auth_access`).
 */
export function toLowercaseUnderscore(name: string): string {
  return toCamelCase(name).replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

function isUpper(c: string): boolean {
  return c >= 'A' && c <= 'Z';
}
