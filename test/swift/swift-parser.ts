// A Swift syntax check with tree-sitter-swift (the grammar's prebuilt WebAssembly build from the
// tree-sitter-wasms package, run by web-tree-sitter). No Swift compiler can be installed on these
// machines, so parsing with no ERROR or MISSING node is the stand-in for compiling. The parser is
// loaded lazily, once, by the tests that need it.

import { createRequire } from 'node:module';
import type ParserType from 'web-tree-sitter';
import { visitTree } from '../../scripts/tree-walk.mjs';

export interface SyntaxProblem {
  kind: 'ERROR' | 'MISSING';
  line: number;
  column: number;
  text: string;
}

let parser: Promise<ParserType> | undefined;

async function swiftParser(): Promise<ParserType> {
  const { default: Parser } = await import('web-tree-sitter');
  await Parser.init();
  const wasm = createRequire(import.meta.url).resolve('tree-sitter-wasms/out/tree-sitter-swift.wasm');
  const swift = await Parser.Language.load(wasm);
  const p = new Parser();
  p.setLanguage(swift);
  return p;
}

/** Every ERROR and MISSING node of `source`, with where it starts (1-based line). */
export async function syntaxProblems(source: string): Promise<SyntaxProblem[]> {
  parser ??= swiftParser();
  const tree = (await parser).parse(source);
  const problems: SyntaxProblem[] = [];
  visitTree(tree, (node) => {
    if (node.type === 'ERROR' || node.isMissing()) {
      problems.push({ kind: node.isMissing() ? 'MISSING' : 'ERROR', line: node.startPosition.row + 1, column: node.startPosition.column, text: node.text.slice(0, 80) });
    }
  });
  tree.delete();
  return problems;
}

/** The top-level declarations tree-sitter sees, by kind: shows that text did not turn into code. */
export async function topLevelKinds(source: string): Promise<string[]> {
  parser ??= swiftParser();
  const tree = (await parser).parse(source);
  const kinds = tree.rootNode.namedChildren.map((n) => n.type);
  tree.delete();
  return kinds;
}
