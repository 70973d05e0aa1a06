// Free text inside Java and Kotlin comments and string literals. A description may hold anything;
// none of it may end a comment, open a nested one (Kotlin block comments nest), or become code:
// javac decodes `\u000a` escapes even inside comments, and Kotlin strings expand `$name`.

import { doubleQuotedBody, joinedLine } from '../../emit/text.js';

export interface JvmText {
  /** One line for inside a `/** … *\/` block (line breaks deleted, as ServiceStack's SafeComment does). */
  commentLine(text: string): string;
  /** The body of a double-quoted string literal. */
  stringBody(text: string): string;
  /** `Foo.class` or `Foo::class`. */
  classLiteral: string;
}

/** A run of backslashes before `u` doubled: javac no longer reads a Unicode escape there. */
const unicodeEscapesBroken = (text: string) => text.replace(/(\\+)(?=u)/g, '$1$1');

export const JAVA_TEXT: JvmText = {
  commentLine: (text) => unicodeEscapesBroken(joinedLine(text)).replace(/\*\//g, '*\\/'),
  stringBody: (text) => doubleQuotedBody(text),
  classLiteral: '.class',
};

export const KOTLIN_TEXT: JvmText = {
  commentLine: (text) => joinedLine(text).replace(/(?<=\*)(?=\/)|(?<=\/)(?=\*)/g, '\\'),
  stringBody: (text) => doubleQuotedBody(text).replace(/\$/g, '\\$'),
  classLiteral: '::class',
};

/** The lines of a description's doc comment; none without text. */
export function docComment(text: string | undefined, syntax: JvmText): string[] {
  if (text === undefined || text.trim() === '') return [];
  return ['/**', `* ${syntax.commentLine(text)}`, '*/'];
}
