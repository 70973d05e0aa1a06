import type { PrimitiveName } from '../../model/types.js';

/** .NET system types → Swift, as ServiceStack's SwiftTypeConverter maps them. */
export const SWIFT_PRIMITIVES = {
  String: 'String',
  Boolean: 'Bool',
  // A char travels as a one-character string.
  Char: 'String',
  Byte: 'UInt8',
  SByte: 'Int8',
  Int16: 'Int16',
  Int32: 'Int',
  Int64: 'Int',
  UInt16: 'UInt16',
  UInt32: 'UInt32',
  UInt64: 'UInt64',
  Single: 'Float',
  Double: 'Double',
  Decimal: 'Double',
  DateTime: 'Date',
  DateTimeOffset: 'Date',
  DateOnly: 'Date',
  // Durations: TimeInterval properties carry the ServiceStack package's @TimeSpan wrapper, which
  // reads and writes the XSD duration strings ServiceStack sends.
  TimeSpan: 'TimeInterval',
  TimeOnly: 'TimeInterval',
  Guid: 'String',
  Uri: 'String',
  Type: 'String',
  Object: 'String',
  Stream: 'Data',
} as const satisfies Record<PrimitiveName, string>;

export const TIME_INTERVAL = 'TimeInterval';
