// Types of tree-walk.mjs.
import type ParserType from 'web-tree-sitter';

export function visitTree(tree: ParserType.Tree, visit: (node: ParserType.SyntaxNode) => void): void;
