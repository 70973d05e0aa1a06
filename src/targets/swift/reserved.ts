// Swift's keywords (The Swift Programming Language, "Lexical Structure: Keywords and
// Punctuation"), and `any` (the existential keyword of Swift 5.6+): a name spelled like one is
// written in backticks (`default`), as ServiceStack does.

export const SWIFT_KEYWORDS: ReadonlySet<string> = new Set([
  // Declarations
  'associatedtype', 'borrowing', 'class', 'consuming', 'deinit', 'enum', 'extension', 'fileprivate', 'func', 'import',
  'init', 'inout', 'internal', 'let', 'nonisolated', 'open', 'operator', 'private', 'precedencegroup', 'protocol',
  'public', 'rethrows', 'static', 'struct', 'subscript', 'typealias', 'var',
  // Statements
  'break', 'case', 'catch', 'continue', 'default', 'defer', 'do', 'else', 'fallthrough', 'for', 'guard', 'if', 'in',
  'repeat', 'return', 'throw', 'switch', 'where', 'while',
  // Expressions and types
  'Any', 'any', 'as', 'await', 'false', 'is', 'nil', 'self', 'Self', 'super', 'throws', 'true', 'try',
]);

/**
 * Names backticks do not make declarable: the wildcard `_`, and `self` and `Self`, which Swift
 * refuses as the name of a property or type, escaped or not. Such a name gets a `_` suffix
 * (`self_`), as Python's `self` does, and a property keeps its JSON key in CodingKeys.
 */
export const SWIFT_UNDECLARABLE: ReadonlySet<string> = new Set(['_', 'self', 'Self']);

/** Member names that would clash with the metatype expressions `x.Type` and `x.Protocol`: in backticks. */
export const SWIFT_METATYPE_MEMBERS: ReadonlySet<string> = new Set(['Type', 'Protocol']);
