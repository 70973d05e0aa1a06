// Every word a target language reserves, used as every kind of name a metadata document can give
// (type, request, property, enum member, generic parameter), must come out as code that the
// language accepts and that declares what the document declares: escaped, never copied as is. The
// word lists come from the languages themselves where they can (Python's keyword module, the
// TypeScript compiler's keyword tokens) and from The Swift Programming Language for Swift.

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../src/generate.js';
import { loadText } from '../../src/loaders/index.js';
import type { MetadataModel } from '../../src/model/types.js';
import { HAS_PYTHON, PYTHON } from '../support/python.js';
import { syntaxProblems } from '../swift/swift-parser.js';
import { STRICT, typeCheck } from '../typescript/support/compile.js';

const run = promisify(execFile);

/** "Keywords and Punctuation" of The Swift Programming Language (5.10), contextual ones included. */
const SWIFT_WORDS = [
  'associatedtype', 'borrowing', 'class', 'consuming', 'deinit', 'enum', 'extension', 'fileprivate', 'func', 'import', 'init',
  'inout', 'internal', 'let', 'nonisolated', 'open', 'operator', 'private', 'precedencegroup', 'protocol', 'public', 'rethrows',
  'static', 'struct', 'subscript', 'typealias', 'var', 'break', 'case', 'catch', 'continue', 'default', 'defer', 'do', 'else',
  'fallthrough', 'for', 'guard', 'if', 'in', 'repeat', 'return', 'throw', 'switch', 'where', 'while', 'Any', 'as', 'await',
  'false', 'is', 'nil', 'self', 'Self', 'super', 'throws', 'true', 'try', 'associativity', 'convenience', 'didSet', 'dynamic',
  'final', 'get', 'indirect', 'infix', 'lazy', 'left', 'mutating', 'none', 'nonmutating', 'optional', 'override', 'package',
  'postfix', 'precedence', 'prefix', 'Protocol', 'required', 'right', 'set', 'some', 'Type', 'unowned', 'weak', 'willSet', 'any',
];

function typeScriptWords(): string[] {
  const words: string[] = [];
  for (let kind = ts.SyntaxKind.FirstKeyword; kind <= ts.SyntaxKind.LastKeyword; kind++) {
    const text = ts.tokenToString(kind);
    if (text) words.push(text);
  }
  return words;
}

async function pythonWords(): Promise<string[]> {
  const { stdout } = await run(PYTHON, ['-c', 'import keyword; print(" ".join(keyword.kwlist + keyword.softkwlist))']);
  // `type` became a soft keyword in Python 3.12.
  return [...stdout.trim().split(' '), 'type'];
}

/**
 * One document naming everything after each word: a request `w` with a property `w` of type `w`,
 * an enum with the member `w`, and a generic type with the parameter `w`, used closed.
 */
function documentNaming(words: readonly string[]): string {
  const types: unknown[] = [];
  const uses: unknown[] = [];
  words.forEach((w, i) => {
    // A TypeScript class's fields are its JSON keys, and no class can declare one named
    // `constructor`: that name is refused (test/security/hostile.test.ts, 08).
    const properties = w === 'constructor' ? [] : [{ name: w, type: 'String', namespace: 'System' }];
    types.push({ name: w, namespace: 'Words', properties: [...properties, { name: 'Ref', type: w, namespace: 'Words' }] });
    types.push({ name: `Enum${i}`, namespace: 'Words', isEnum: true, enumNames: [w] });
    types.push({ name: `Box${i}\`1`, namespace: 'Words', isGenericTypeDef: true, genericArgs: [w], properties: [{ name: 'Value', type: w }] });
    uses.push({ name: `Box${i}`, type: `Box${i}\`1`, namespace: 'Words', genericArgs: ['String'] }, { name: `Enum${i}`, type: `Enum${i}`, namespace: 'Words' });
  });
  types.push({ name: 'Uses', namespace: 'Words', properties: uses });
  const operations = words.map((w) => ({ request: { name: w, namespace: 'Words' }, response: { name: 'Uses', namespace: 'Words' } }));
  return JSON.stringify({ app: { serviceName: 'Words', baseUrl: 'https://example.org' }, api: { namespaces: ['Words'], types, operations } });
}

async function generated(model: MetadataModel, lang: string): Promise<string> {
  const result = await generate({ model, lang, date: new Date(0) });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return result.files.map((f) => f.content).join('');
}

/** Compiles `source` with the venv's Python: 'ok', or the compiler's last line. */
function pythonCompiles(source: string): Promise<string> {
  return new Promise((resolve) => {
    const child = execFile(PYTHON, ['-c', 'import sys; compile(sys.stdin.read(), "words.py", "exec"); print("ok")'], (error, stdout, stderr) =>
      resolve(error ? (stderr.trim().split('\n').pop() ?? String(error)) : stdout.trim()),
    );
    child.stdin?.end(source);
  });
}

/** The declarations a file makes, by the patterns each language's layout uses. */
function declared(source: string, pattern: RegExp): string[] {
  return [...source.matchAll(pattern)].map((m) => m[1] as string);
}

let words: string[] = [];
let model: MetadataModel;

describe.skipIf(!HAS_PYTHON)('reserved words as every kind of name', () => {
  beforeAll(async () => {
    words = [...new Set([...(await pythonWords()), ...SWIFT_WORDS, ...typeScriptWords()])];
    const loaded = loadText(documentNaming(words), 'words.json');
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    model = loaded.model as MetadataModel;
  });

  it('the word lists are the languages\' own', () => {
    expect(words).toEqual(expect.arrayContaining(['match', 'case', '_', 'type', 'nonlocal', 'keyof', 'readonly', 'infer', 'unique', 'satisfies', 'some', 'Self', 'any']));
    expect(words.length).toBeGreaterThan(150);
  });

  it('python: compiles, and declares one class per type', async () => {
    const source = await generated(model, 'python');
    expect(await pythonCompiles(source)).toBe('ok');
    const classes = declared(source, /^class (\w+)/gm);
    expect(new Set(classes).size).toBe(classes.length);
    expect(classes).toHaveLength(words.length * 3 + 1);
  });

  it('typescript: type-checks, and declares one class or enum per type', async () => {
    const source = await generated(model, 'typescript');
    // ServiceStack's layout fills its classes through Object.assign (README: TypeScript).
    expect(typeCheck({ 'words.dtos.ts': source }, { ...STRICT, strictPropertyInitialization: false })).toEqual([]);
    const names = declared(source, /^export (?:class|enum) (\w+)/gm);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toHaveLength(words.length * 3 + 1);
  });

  it('typescript-d: type-checks, and declares one interface or type per type', async () => {
    const source = await generated(model, 'typescript-d');
    expect(typeCheck({ 'words.d.ts': source })).toEqual([]);
    // The file declares the request markers it uses (IReturn) besides the document's types.
    const names = declared(source, /^\s*(?:export )?(?:interface|type|enum) (\w+)/gm).filter((n) => n !== 'IReturn');
    expect(new Set(names).size).toBe(names.length);
    expect(names).toHaveLength(words.length * 3 + 1);
  });

  it('swift: parses, and declares one class or enum per type', async () => {
    const source = await generated(model, 'swift');
    expect(await syntaxProblems(source)).toEqual([]);
    const names = declared(source, /^public (?:class|enum) (`?\w+`?)/gm);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toHaveLength(words.length * 3 + 1);
  });
});
