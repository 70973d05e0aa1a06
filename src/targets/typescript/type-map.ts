import { NUMERIC_PRIMITIVES, type PrimitiveName } from '../../model/types.js';

/** `names` mapped to one type, keyed by those names, so that `satisfies` below sees every key. */
function as<const N extends PrimitiveName>(type: string, names: readonly N[]): Record<N, string> {
  return Object.fromEntries(names.map((n) => [n, type])) as Record<N, string>;
}

/** .NET system types → TypeScript, as ServiceStack's TypeScriptGenerator maps them. */
export const TS_PRIMITIVES = {
  ...as('number', NUMERIC_PRIMITIVES),
  // Text, a char (a one-character string), dates and durations (ISO 8601 / XSD strings), ids and
  // binary bodies (a string inside a DTO, a Blob as a whole response) all travel as strings.
  ...as('string', ['String', 'Char', 'DateTime', 'DateTimeOffset', 'DateOnly', 'TimeSpan', 'TimeOnly', 'Guid', 'Uri', 'Type', 'Stream']),
  Boolean: 'boolean',
  Object: 'Object',
} satisfies Record<PrimitiveName, string>;

/** Binary responses (`IReturn<byte[]>`, `IReturn<Stream>`) come back as a Blob. */
export const BINARY_RESPONSE = 'Blob';

/**
 * What `createResponse()` returns for response types that `new` cannot build
 * (`return new string()` is not valid): ServiceStack's default-value table.
 */
export const RESPONSE_DEFAULTS: ReadonlyMap<string, string> = new Map([
  ['string', "''"],
  ['number', '0'],
  ['boolean', 'false'],
  ['Object', '{}'],
]);
