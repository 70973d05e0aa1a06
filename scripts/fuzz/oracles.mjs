// What the fuzzer checks in a successful run's output: that it parses in its language, and the
// declarations and identifiers it holds. Each parser is the language's own or its tree-sitter
// grammar: Python's ast (one long-lived process), TypeScript's parser for TypeScript and
// JavaScript, tree-sitter for Swift, Kotlin, Java and HTML (no compiler runs per document: javac,
// kotlinc and swiftc are far too slow for thousands of files, and there is no swiftc here).

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { visitTree } from '../tree-walk.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');
const MARK = /pwned/i;

/** A parse result: `error` when the text does not parse, else what it declares and marked identifiers. */
// { error?: string, declared: string[], marked: string[] }

// ---- Python: one process answers every file, one JSON line each way.

export function pythonParser() {
  const venv = path.join(ROOT, '.venv', 'bin', 'python');
  const child = spawn(existsSync(venv) ? venv : 'python3', [path.join(HERE, 'parse_python.py')], { stdio: ['pipe', 'pipe', 'inherit'] });
  const waiting = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    const r = JSON.parse(line);
    waiting.shift()?.({ declared: r.declared ?? [], marked: r.marked ?? [], ...(r.error ? { error: r.error } : {}) });
  });
  child.on('exit', (code) => {
    for (const w of waiting.splice(0)) w({ error: `python exited with ${code}`, declared: [], marked: [] });
  });
  return {
    parse: (source) => new Promise((resolve) => {
      waiting.push(resolve);
      child.stdin.write(`${JSON.stringify(source)}\n`);
    }),
    pid: child.pid,
    close: () => child.stdin.end(),
  };
}

// ---- TypeScript and JavaScript: the compiler's parser (no type check).

const TS_DECLARATIONS = new Set([ts.SyntaxKind.ClassDeclaration, ts.SyntaxKind.InterfaceDeclaration, ts.SyntaxKind.EnumDeclaration, ts.SyntaxKind.TypeAliasDeclaration]);

export function parseTypeScript(source, fileName) {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true);
  const problems = file.parseDiagnostics;
  if (problems.length > 0) return { error: problems.slice(0, 3).map((d) => `${d.start}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`).join('; '), declared: [], marked: [] };
  const declared = [];
  const marked = [];
  const stack = [file];
  while (stack.length > 0) {
    const node = stack.pop();
    if (TS_DECLARATIONS.has(node.kind) && node.name) declared.push(node.name.text);
    if ((node.kind === ts.SyntaxKind.Identifier || node.kind === ts.SyntaxKind.PrivateIdentifier) && MARK.test(node.text)) marked.push(node.text);
    ts.forEachChild(node, (child) => {
      stack.push(child);
    });
  }
  return { declared, marked };
}

// ---- tree-sitter: Swift, Kotlin, Java, HTML.

const GRAMMARS = { swift: 'tree-sitter-swift.wasm', kotlin: 'tree-sitter-kotlin.wasm', java: 'tree-sitter-java.wasm', html: 'tree-sitter-html.wasm' };
// The nodes that declare a type, per grammar, and the child that names it.
const TYPE_DECLARATIONS = {
  swift: new Set(['class_declaration', 'protocol_declaration', 'typealias_declaration']),
  kotlin: new Set(['class_declaration', 'object_declaration', 'type_alias']),
  java: new Set(['class_declaration', 'interface_declaration', 'enum_declaration', 'record_declaration']),
  html: new Set(),
};

let treeSitter;

async function loadTreeSitter() {
  const { default: Parser } = await import('web-tree-sitter');
  await Parser.init();
  const require = createRequire(import.meta.url);
  const languages = {};
  for (const [id, file] of Object.entries(GRAMMARS)) languages[id] = await Parser.Language.load(require.resolve(`tree-sitter-wasms/out/${file}`));
  return { parser: new Parser(), languages };
}

/** Parses with a tree-sitter grammar: ERROR and MISSING nodes are syntax errors. */
export async function parseTreeSitter(language, source) {
  treeSitter ??= loadTreeSitter();
  const { parser, languages } = await treeSitter;
  parser.setLanguage(languages[language]);
  const tree = parser.parse(source);
  const errors = [];
  const declared = [];
  const marked = [];
  const elements = [];
  visitTree(tree, (node) => {
    if (node.type === 'ERROR' || node.isMissing()) {
      if (errors.length < 3) errors.push(`${node.startPosition.row + 1}:${node.startPosition.column + 1}: ${node.isMissing() ? `missing ${node.type}` : 'syntax error'} near ${JSON.stringify(node.text.slice(0, 60))}`);
    } else if (TYPE_DECLARATIONS[language].has(node.type)) {
      const name = node.childForFieldName('name') ?? node.namedChildren.find((c) => /identifier$/.test(c.type));
      if (name) declared.push(name.text.replace(/`/g, ''));
    } else if (/identifier$/.test(node.type) && MARK.test(node.text)) {
      marked.push(node.text);
    } else if (language === 'html' && (node.type === 'tag_name' || node.type === 'attribute_name')) {
      if (MARK.test(node.text) || /^on/i.test(node.text)) marked.push(node.text);
      if (node.type === 'tag_name') elements.push(node.text.toLowerCase());
    }
  });
  tree.delete();
  return { ...(errors.length > 0 ? { error: errors.join('; ') } : {}), declared, marked, elements };
}
