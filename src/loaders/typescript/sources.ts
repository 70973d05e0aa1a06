// Reads a TypeScript input (a file, or the files a glob matches) and every file it imports
// (relative imports only: packages such as @servicestack/client declare no DTOs), each through the
// same checked file read as any input, into one in-memory ts-morph project. Syntax errors are reported at file:line:col.

import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { Project, ts, type SourceFile } from 'ts-morph';
import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { readTextFile } from '../read-file.js';

export interface Sources {
  /** Present when every file was read and parsed without a syntax error. */
  files?: SourceFile[];
  /** How each file is named in diagnostics. */
  shown: Map<SourceFile, string>;
  diagnostics: Diagnostic[];
  /** Every file read: what watch mode follows. */
  inputs: string[];
}

/** How an import is written, extension-less or with the `.js` that ESM sources use for `.ts` files. */
const CANDIDATES = ['', '.ts', '.d.ts', '.mts', '.cts', '/index.ts', '/index.d.ts'];

/** Reads the entry files (one, or a glob's matches) and every file they import. */
export async function readSources(entries: readonly string[]): Promise<Sources> {
  const project = new Project({ useInMemoryFileSystem: true, compilerOptions: { target: ts.ScriptTarget.ES2022, noLib: true } });
  const diagnostics: Diagnostic[] = [];
  const inputs: string[] = [];
  const files: SourceFile[] = [];
  const shownNames = new Map<SourceFile, string>();
  const seen = new Set<string>();
  // Breadth first, each file once: imports that import each other end.
  const queue: { path: string; shown: string }[] = entries.map((entry) => ({ path: resolve(entry), shown: entry }));
  while (queue.length > 0) {
    const { path, shown } = queue.shift() as { path: string; shown: string };
    if (seen.has(path)) continue;
    seen.add(path);
    inputs.push(shown);
    const read = await readTextFile(path, shown);
    if (!read.ok) {
      diagnostics.push(read.diagnostic);
      continue;
    }
    const file = project.createSourceFile(path, read.text, { overwrite: true });
    shownNames.set(file, shown);
    files.push(file);
    for (const spec of relativeImports(file)) {
      const target = resolveImport(path, spec.text);
      if (target) queue.push({ path: target, shown: shownPath(shown, target) });
      else diagnostics.push(diagnostic('typescript-import', { specifier: spec.text }, at(file, shown, spec.pos)));
    }
  }
  const program = project.getProgram();
  for (const file of files) {
    const shown = shownNames.get(file) ?? file.getFilePath();
    for (const d of program.getSyntacticDiagnostics(file)) {
      const message = ts.flattenDiagnosticMessageText(d.compilerObject.messageText, ' ');
      diagnostics.push(diagnostic('typescript-syntax', { reason: message }, at(file, shown, d.getStart() ?? 0)));
    }
  }
  return diagnostics.some((d) => d.severity === 'error') ? { diagnostics, inputs, shown: shownNames } : { files, diagnostics, inputs, shown: shownNames };
}

/** `import … from './x'` and `export … from './x'`, with where each specifier is written. */
function relativeImports(file: SourceFile): { text: string; pos: number }[] {
  const out: { text: string; pos: number }[] = [];
  for (const d of [...file.getImportDeclarations(), ...file.getExportDeclarations()]) {
    const literal = d.getModuleSpecifier();
    const text = literal?.getLiteralValue();
    if (literal && text !== undefined && /^\.\.?(\/|$)/.test(text)) out.push({ text, pos: literal.getStart() });
  }
  return out;
}

function resolveImport(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  const stems = /\.(m|c)?js$/.test(base) ? [base.replace(/\.(m|c)?js$/, ''), base] : [base];
  for (const stem of stems) {
    for (const suffix of CANDIDATES) {
      const candidate = stem + suffix;
      if (/\.(c|m)?ts$/.test(candidate) && existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    }
  }
  return undefined;
}

/** An imported file named as the file importing it is: relative to the working folder, or absolute. */
function shownPath(importerShown: string, target: string): string {
  return isAbsolute(importerShown) ? target : relative(process.cwd(), target);
}

/** The compiler's cached line starts: ts-morph's own lookup scans the text on every call. */
export function at(file: SourceFile, shown: string, pos: number): { file: string; line: number; column: number } {
  const { line, character } = ts.getLineAndCharacterOfPosition(file.compilerNode, pos);
  return { file: shown, line: line + 1, column: character + 1 };
}
