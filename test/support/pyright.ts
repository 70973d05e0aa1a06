// pyright, the type checker, over a folder of generated Python files, as the project runs it: the
// venv's packages (the real servicestack), Python 3.11, standard mode, one run for many files.

import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './paths.js';

const PYRIGHT = path.join(ROOT, 'node_modules', 'pyright', 'index.js');

export interface PyrightDiagnostic {
  file: string;
  severity: 'error' | 'warning' | 'information';
  message: string;
  rule?: string;
  range: { start: { line: number; character: number } };
}

export interface PyrightReport {
  summary: { filesAnalyzed: number };
  generalDiagnostics: PyrightDiagnostic[];
}

/** Runs pyright once over every .py file of `dir`. */
export async function runPyright(dir: string): Promise<PyrightReport> {
  const config = path.join(dir, 'pyrightconfig.json');
  writeFileSync(config, JSON.stringify({ venvPath: ROOT, venv: '.venv', pythonVersion: '3.11', typeCheckingMode: 'standard' }));
  const { stdout } = await promisify(execFile)(process.execPath, [PYRIGHT, '--outputjson', '-p', config], {
    cwd: dir,
    maxBuffer: 64 * 1024 * 1024,
  }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
  return JSON.parse(stdout) as PyrightReport;
}

/**
 * dataclasses_json declares `letter_case: LetterCase`, but LetterCase's members are functions, so
 * `LetterCase.CAMEL` (in ServiceStack's decorator line, which dtogen keeps) is a function to a
 * type checker. This one diagnostic is about that library's annotation, not about generated code.
 */
const isLetterCaseAnnotationBug = (d: PyrightDiagnostic) =>
  d.rule === 'reportArgumentType' && d.message.includes('cannot be assigned to parameter "letter_case" of type "LetterCase | None"');

/** The errors that are the generated code's, as `file.py:line: message (rule)`. */
export function pyrightErrors(report: PyrightReport): string[] {
  return report.generalDiagnostics
    .filter((d) => d.severity === 'error' && !isLetterCaseAnnotationBug(d))
    .map((d) => `${path.basename(d.file)}:${d.range.start.line + 1}: ${d.message} (${d.rule ?? 'syntax'})`);
}
