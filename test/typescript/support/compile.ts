// Type-checks generated TypeScript in memory with the real compiler, next to the real
// @servicestack/client package: files live under a virtual folder inside the project, so that
// module resolution finds node_modules as an application's would. Parsed library files are
// cached across programs, which keeps one program per file set cheap.

import path from 'node:path';
import ts from 'typescript';
import { ROOT } from '../../support/paths.js';

/** `tsc --strict --noEmit` for a browser app (the client library uses fetch, Blob, Headers). */
export const STRICT: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  types: [],
  skipLibCheck: true,
};

const VIRTUAL_ROOT = path.join(ROOT, 'test-output', 'typecheck');
const cache = new Map<string, ts.SourceFile | undefined>();

export interface CheckedDiagnostic {
  file: string;
  line: number;
  code: number;
  message: string;
}

/** Type-checks `files` (name → source, names relative to one folder) together. */
export function typeCheck(files: Readonly<Record<string, string>>, options: ts.CompilerOptions = STRICT): CheckedDiagnostic[] {
  const virtual = new Map(Object.entries(files).map(([name, text]) => [path.join(VIRTUAL_ROOT, name), text]));
  const host = ts.createCompilerHost(options);
  const base = { fileExists: host.fileExists.bind(host), readFile: host.readFile.bind(host), getSourceFile: host.getSourceFile.bind(host) };
  host.fileExists = (f) => virtual.has(f) || base.fileExists(f);
  host.readFile = (f) => virtual.get(f) ?? base.readFile(f);
  const directoryExists = host.directoryExists?.bind(host);
  host.directoryExists = (d) => d === VIRTUAL_ROOT || (directoryExists?.(d) ?? false);
  host.getSourceFile = (f, language, onError) => {
    const text = virtual.get(f);
    if (text !== undefined) return ts.createSourceFile(f, text, language);
    if (!cache.has(f)) cache.set(f, base.getSourceFile(f, language, onError));
    return cache.get(f);
  };
  const program = ts.createProgram([...virtual.keys()], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const position = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
    return {
      file: d.file ? path.relative(VIRTUAL_ROOT, d.file.fileName) : '',
      line: (position?.line ?? -1) + 1,
      code: d.code,
      message: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
    };
  });
}
