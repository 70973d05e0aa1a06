// Type names as the Metadata tab of a ServiceStack page spells them: C# (`string`, `DateTime?`,
// `List<string>`, `Dictionary<string, string>`).

import type { PrimitiveName, TypeDecl, TypeRef } from '../model/types.js';

const KEYWORDS: Partial<Record<PrimitiveName, string>> = {
  String: 'string',
  Boolean: 'bool',
  Char: 'char',
  Byte: 'byte',
  SByte: 'sbyte',
  Int16: 'short',
  Int32: 'int',
  Int64: 'long',
  UInt16: 'ushort',
  UInt32: 'uint',
  UInt64: 'ulong',
  Single: 'float',
  Double: 'double',
  Decimal: 'decimal',
  Object: 'object',
};

export function csharpType(ref: TypeRef, byId: ReadonlyMap<string, TypeDecl>): string {
  switch (ref.kind) {
    case 'primitive':
      return KEYWORDS[ref.name] ?? ref.name;
    case 'opaque':
      return ref.name;
    case 'param':
      return ref.name;
    case 'nullable':
      return `${csharpType(ref.of, byId)}?`;
    // C# has no unions: the value is any of them.
    case 'union':
      return 'object';
    case 'list':
      return ref.container === 'Array' ? `${csharpType(ref.element, byId)}[]` : `${ref.container}<${csharpType(ref.element, byId)}>`;
    case 'dictionary':
      return `${ref.container}<${csharpType(ref.key, byId)}, ${csharpType(ref.value, byId)}>`;
    case 'named': {
      const name = byId.get(ref.id)?.name ?? ref.id;
      return ref.args.length === 0 ? name : `${name}<${ref.args.map((a) => csharpType(a, byId)).join(', ')}>`;
    }
  }
}
