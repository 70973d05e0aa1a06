// Words a Java or Kotlin name cannot be. ServiceStack's lists (JavaKeyWords, KotlinKeyWords),
// with the literals and reserved words they miss (`null`, `true`, `goto`, `typeof`…), which would
// not compile either. A property named like one is capitalised (`Default`), as ServiceStack does.

export const JAVA_KEYWORDS: ReadonlySet<string> = new Set([
  'abstract', 'assert', 'boolean', 'break', 'byte', 'case', 'catch', 'char', 'class', 'continue', 'default', 'do',
  'double', 'else', 'enum', 'extends', 'final', 'finally', 'float', 'for', 'if', 'implements', 'import', 'instanceof',
  'int', 'interface', 'long', 'native', 'new', 'package', 'private', 'protected', 'public', 'return', 'short', 'static',
  'strictfp', 'super', 'switch', 'synchronized', 'this', 'throw', 'throws', 'transient', 'try', 'void', 'volatile',
  'while',
  // Missing from ServiceStack's list.
  'const', 'goto', 'true', 'false', 'null', '_',
]);

export const KOTLIN_KEYWORDS: ReadonlySet<string> = new Set([
  ...JAVA_KEYWORDS,
  'annotation', 'as', 'by', 'companion', 'const', 'constructor', 'crossinline', 'data', 'dynamic', 'external', 'fun',
  'get', 'in', 'inner', 'internal', 'infix', 'inline', 'is', 'lateinit', 'noinline', 'object', 'open', 'operator',
  'out', 'reified', 'set', 'sealed', 'tailrec', 'trait', 'type', 'val', 'var', 'vararg', 'when', 'where',
  // Missing from ServiceStack's list.
  'typealias', 'typeof',
]);
