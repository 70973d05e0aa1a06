// Comment text for Swift. Swift block comments nest, so inside a block comment both `*/` (which would end
// the comment) and `/*` (which would open a nested one and swallow the end) must be broken up;
// a backslash between a `*` and a `/` does both without changing how the text reads.

import { singleLine } from '../../emit/text.js';

// One line that can sit inside a block or doc comment without ending or nesting it.
export function blockCommentLine(text: string): string {
  return singleLine(text).replace(/(?<=\*)(?=\/)|(?<=\/)(?=\*)/g, '\\');
}

// The opening, `* text` and closing lines of a doc comment for a description; none for no text.
export function docComment(text: string | undefined): string[] {
  if (text === undefined || text.trim() === '') return [];
  return ['/**', `* ${blockCommentLine(text)}`, '*/'];
}
