import type { PrimitiveName } from '../../model/types.js';

export interface PythonType {
  expr: string;
  /** The value a required field of this type starts with; none means `Optional[…] = None`. */
  default?: string;
}

/** .NET system types → Python, as ServiceStack's PythonGenerator maps them. */
export const PYTHON_PRIMITIVES = {
  String: { expr: 'str' },
  Boolean: { expr: 'bool', default: 'False' },
  // A char travels as a one-character string.
  Char: { expr: 'str' },
  Byte: { expr: 'int', default: '0' },
  SByte: { expr: 'int', default: '0' },
  Int16: { expr: 'int', default: '0' },
  Int32: { expr: 'int', default: '0' },
  Int64: { expr: 'int', default: '0' },
  UInt16: { expr: 'int', default: '0' },
  UInt32: { expr: 'int', default: '0' },
  UInt64: { expr: 'int', default: '0' },
  Single: { expr: 'float', default: '0.0' },
  Double: { expr: 'float', default: '0.0' },
  // ServiceStack writes `Decimal`, which `from marshmallow.fields import *` makes marshmallow's
  // field class: type checkers reject its decimal.Decimal(0) default.
  Decimal: { expr: 'decimal.Decimal', default: 'decimal.Decimal(0)' },
  DateTime: { expr: 'datetime.datetime', default: 'datetime.datetime(1, 1, 1)' },
  DateTimeOffset: { expr: 'datetime.datetime', default: 'datetime.datetime(1, 1, 1)' },
  DateOnly: { expr: 'datetime.datetime', default: 'datetime.datetime(1, 1, 1)' },
  TimeSpan: { expr: 'datetime.timedelta', default: 'datetime.timedelta()' },
  TimeOnly: { expr: 'datetime.timedelta', default: 'datetime.timedelta()' },
  // Sent as strings; no default, so required ones still start as None.
  Guid: { expr: 'str' },
  Uri: { expr: 'str' },
  Type: { expr: 'str' },
  // ServiceStack writes `Object` (the TypeVar its header declares), which type checkers reject
  // outside a generic class, and which operation pages use without declaring.
  Object: { expr: 'Any' },
  Stream: { expr: 'bytes' },
} as const satisfies Record<PrimitiveName, PythonType>;

/** Dictionary keys Python can keep; others are sent as strings. */
export const PYTHON_KEY_TYPES: ReadonlySet<string> = new Set(['str', 'int', 'bool']);
