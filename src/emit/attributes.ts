// Attributes re-emitted as comments (`@Api(Description="Sign In")`), as ServiceStack's generators
// write them in every language. Values are printed as C# would spell them; anything not plainly a
// number or a boolean is printed as a quoted, escaped string, so attribute text cannot break out
// of the comment or the literal.

import type { Attribute, AttributeArg, Route } from '../model/types.js';
import { doubleQuotedBody } from './text.js';

const NUMERIC_TYPES = /^(S?Byte|U?Int(16|32|64)|Single|Double|Decimal)$/;

/** A language's own spelling of some argument values (Swift's `Int32.max`); undefined for the C# one. */
export type ArgSpelling = (arg: AttributeArg) => string | undefined;

/**
 * Python and Swift, whose type maps do not turn `Type` into a string, print `typeof(Coupon)`
 * (the short name, unquoted) and enum values (`Level.Low`) as they are (TypeValue in
 * ServiceStack's generators); TypeScript quotes both.
 */
export const UNQUOTED_SYMBOLS: ArgSpelling = (arg) => {
  if (arg.type === 'String') return undefined;
  const type = /^typeof\(([A-Za-z_][\w.+`]*)\)$/.exec(arg.value);
  if (type?.[1]) return `typeof(${type[1].slice(type[1].lastIndexOf('.') + 1)})`;
  // An enum value, or flags of one (`Perms.Read, Write`): names only, so nothing but names is unquoted.
  return /^[A-Z_a-z]\w*\.[A-Z_a-z]\w*(, [A-Z_a-z]\w*)*$/.test(arg.value) ? arg.value : undefined;
};

export function attributeText(attribute: Attribute, ...spellings: ArgSpelling[]): string {
  return `@${attribute.name}(${attribute.args.map((a) => argText(a, spellings)).join(', ')})`;
}

function argText(arg: AttributeArg, spellings: readonly ArgSpelling[]): string {
  let value: string | undefined;
  for (const spelling of spellings) value ??= spelling(arg);
  value ??= valueText(arg);
  return arg.name === undefined ? value : `${arg.name}=${value}`;
}

function valueText(arg: AttributeArg): string {
  if (NUMERIC_TYPES.test(arg.type) && /^-?\d+(\.\d+)?$/.test(arg.value)) return arg.value;
  if (arg.type === 'Boolean' && /^(true|false)$/i.test(arg.value)) return arg.value.toLowerCase();
  return `"${doubleQuotedBody(arg.value)}"`;
}

/** `@Route("/path", "GET,POST")`, as generators re-emit an operation's routes. */
export function routeText(route: Route): string {
  const verbs = route.verbs.length > 0 ? `, "${doubleQuotedBody(route.verbs.join(','))}"` : '';
  return `@Route("${doubleQuotedBody(route.path)}"${verbs})`;
}
