import type { PrimitiveName } from '../../model/types.js';

/** .NET system types → TypeScript, as ServiceStack's TypeScriptGenerator maps them. */
export const TS_PRIMITIVES = {
  String: 'string',
  Boolean: 'boolean',
  // A char travels as a one-character string.
  Char: 'string',
  Byte: 'number',
  SByte: 'number',
  Int16: 'number',
  Int32: 'number',
  Int64: 'number',
  UInt16: 'number',
  UInt32: 'number',
  UInt64: 'number',
  Single: 'number',
  Double: 'number',
  Decimal: 'number',
  // Dates and durations travel as ISO 8601 / WCF strings.
  DateTime: 'string',
  DateTimeOffset: 'string',
  DateOnly: 'string',
  TimeSpan: 'string',
  TimeOnly: 'string',
  Guid: 'string',
  Uri: 'string',
  Type: 'string',
  Object: 'Object',
  // Binary bodies: a string inside a DTO, a Blob when it is the whole response.
  Stream: 'string',
} as const satisfies Record<PrimitiveName, string>;

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
