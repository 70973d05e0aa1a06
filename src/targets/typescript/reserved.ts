// Names a TypeScript class, interface or enum cannot take: the reserved words of JavaScript's
// strict mode (modules are strict) and the names of TypeScript's built-in types. .NET allows most
// of them as type names (`var`, `function`, `number`); such types get a `_` suffix. The type
// operators (`keyof`, `readonly`, `infer`, `unique`) cannot stand alone as a type reference either. Property and
// enum member names need no escaping: any identifier, reserved or not, may name a member.

export const TS_RESERVED_TYPE_NAMES: ReadonlySet<string> = new Set([
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else', 'enum', 'export',
  'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'new', 'null', 'return', 'super',
  'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with', 'implements', 'interface', 'let',
  'package', 'private', 'protected', 'public', 'static', 'yield', 'await',
  'any', 'bigint', 'boolean', 'never', 'number', 'object', 'string', 'symbol', 'undefined', 'unknown',
  'infer', 'keyof', 'readonly', 'unique',
]);
