// pyright, the type checker, finds no error in the whole Python files of every fixture and corpus
// server. (Operation-mode output is what a metadata page shows, library types included: it is
// read, not imported next to `from servicestack import *`.)

import { beforeAll, describe, expect, it } from 'vitest';
import { HAS_PYTHON } from '../support/python.js';
import { pyrightErrors, runPyright, type PyrightReport } from '../support/pyright.js';
import { writeWholePythonFiles } from './generated.js';

describe.skipIf(!HAS_PYTHON)('pyright on generated Python', () => {
  let report: PyrightReport;
  let fileCount = 0;

  beforeAll(async () => {
    const { dir, files } = await writeWholePythonFiles('dtogen-py-pyright-');
    fileCount = files.length;
    report = await runPyright(dir);
    expect(report.summary.filesAnalyzed).toBe(fileCount);
  }, 180_000);

  it('reports no errors', () => {
    expect(pyrightErrors(report)).toEqual([]);
  });
});
