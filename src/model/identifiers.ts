/**
 * A plain ASCII identifier: the only kind of name dtogen copies from metadata into code. Anything
 * else (spaces, quotes, operators, non-ASCII letters) is rejected by the loader, so no name taken
 * from metadata can change the meaning of generated code in any target language.
 */
export const SAFE_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function isSafeIdentifier(name: string): boolean {
  return SAFE_IDENTIFIER.test(name);
}

/** A dotted namespace such as `MyApp.ServiceModel`. */
export function isSafeNamespace(name: string): boolean {
  return name.split('.').every(isSafeIdentifier);
}
