// pyright, the type checker, finds no error in the whole Python files of every fixture and corpus
// server. (Operation-mode output is what a metadata page shows, library types included: it is
// read, not imported next to `from servicestack import *`.)

import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.js';
import { HAS_PYTHON } from '../support/python.js';
import { writeWholePythonFiles } from './generated.js';

const PYRIGHT = path.join(ROOT, 'node_modules', 'pyright', 'index.js');

interface PyrightDiagnostic {
  file: string;
  severity: 'error' | 'warning' | 'information';
  message: string;
  rule?: string;
  range: { start: { line: number; character: number } };
}

/**
 * dataclasses_json declares `letter_case: LetterCase`, but LetterCase's members are functions, so
 * `LetterCase.CAMEL` (in ServiceStack's decorator line, which dtogen keeps) is a function to a
 * type checker. This one diagnostic is about that library's annotation, not about generated code.
 */
const isLetterCaseAnnotationBug = (d: PyrightDiagnostic) =>
  d.rule === 'reportArgumentType' && d.message.includes('cannot be assigned to parameter "letter_case" of type "LetterCase | None"');

describe.skipIf(!HAS_PYTHON)('pyright on generated Python', () => {
  let diagnostics: PyrightDiagnostic[];
  let fileCount = 0;

  beforeAll(async () => {
    const { dir, files } = await writeWholePythonFiles('dtogen-py-pyright-');
    fileCount = files.length;
    writeFileSync(
      path.join(dir, 'pyrightconfig.json'),
      JSON.stringify({ venvPath: ROOT, venv: '.venv', pythonVersion: '3.11', typeCheckingMode: 'standard' }),
    );
    const { stdout } = await promisify(execFile)(process.execPath, [PYRIGHT, '--outputjson', '-p', path.join(dir, 'pyrightconfig.json')], {
      cwd: dir,
      maxBuffer: 64 * 1024 * 1024,
    }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    const report = JSON.parse(stdout) as { summary: { filesAnalyzed: number }; generalDiagnostics: PyrightDiagnostic[] };
    expect(report.summary.filesAnalyzed).toBe(fileCount);
    diagnostics = report.generalDiagnostics;
  }, 180_000);

  it('reports no errors', () => {
    const errors = diagnostics
      .filter((d) => d.severity === 'error' && !isLetterCaseAnnotationBug(d))
      .map((d) => `${path.basename(d.file)}:${d.range.start.line + 1}: ${d.message} (${d.rule ?? 'syntax'})`);
    expect(errors).toEqual([]);
  });
});
