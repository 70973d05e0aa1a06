import type { PrimitiveName } from '../../model/types.js';

/**
 * .NET system types → Java, as ServiceStack's JavaGenerator maps them (TypeAliases); Kotlin differs
 * in its integer name (see KOTLIN_PRIMITIVES). `Uri` and `Object`, which ServiceStack leaves as
 * they are, are `String` (a URI travels as text) and `Object`.
 */
export const JAVA_PRIMITIVES = {
  String: 'String',
  Boolean: 'Boolean',
  Char: 'String',
  SByte: 'Byte',
  Byte: 'Short',
  Int16: 'Short',
  Int32: 'Integer',
  Int64: 'Long',
  UInt16: 'Integer',
  UInt32: 'Long',
  UInt64: 'BigInteger',
  Single: 'Float',
  Double: 'Double',
  Decimal: 'BigDecimal',
  Guid: 'UUID',
  DateTime: 'Date',
  DateOnly: 'Date',
  DateTimeOffset: 'Date',
  // The client's TimeSpan reads and writes XSD durations.
  TimeSpan: 'TimeSpan',
  TimeOnly: 'TimeSpan',
  Type: 'Class',
  Uri: 'String',
  Object: 'Object',
  Stream: 'InputStream',
} as const satisfies Record<PrimitiveName, string>;

export const KOTLIN_PRIMITIVES = {
  ...JAVA_PRIMITIVES,
  Int32: 'Int',
  UInt16: 'Int',
  // Kotlin has no raw types.
  Type: 'Class<*>',
} as const satisfies Record<PrimitiveName, string>;
