// Names a Python field or enum member cannot take as they are: the language's keywords
// (https://docs.python.org/3/reference/lexical_analysis.html#keywords) and the built-in types the
// annotations of the same class use (a field named `int` would shadow `int` below it). They get a
// `_` suffix; fields keep their wire name through `config(field_name=…)`.

export const PYTHON_KEYWORDS: ReadonlySet<string> = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
  'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
  'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

export const PYTHON_SHADOWED_TYPES: ReadonlySet<string> = new Set([
  'int', 'float', 'str', 'bool', 'bytes',
  // Modules the annotations and defaults use (`decimal.Decimal(0)`): a field named so would
  // hide the module from the rest of the class body.
  'decimal', 'datetime',
  // A dataclass's generated __init__ takes `self` first: a field of that name makes the class
  // unusable ("got multiple values for argument 'self'"), as in OpenAPI's `links.self`.
  'self',
]);

/**
 * Names a class or TypeVar cannot take: the keywords, the built-in types, and the names every
 * file imports (`from typing import *` and the rest of the default imports), which a class of the
 * same name would replace for the whole module.
 */
export const PYTHON_RESERVED_TYPE_NAMES: ReadonlySet<string> = new Set([
  ...PYTHON_KEYWORDS,
  ...PYTHON_SHADOWED_TYPES,
  'Any', 'Dict', 'List', 'Optional', 'Generic', 'TypeVar', 'Object', 'dataclass', 'field', 'dataclass_json', 'LetterCase',
  'Undefined', 'config', 'Enum', 'IntEnum',
]);
