// pyright, the type checker, on the Python generated from the real OpenAPI documents of
// real-specs.test.ts (ReadMe's examples and Blockfrost's), in the project's standard mode with the
// real servicestack package. GitHub's document is left out: its 5.7 MB file takes pyright minutes
// and passes its limits ("code is too complex to analyze"); py_compile checks it in real-specs.
//
// Two findings are allowed, each matched narrowly:
// - reportIncompatibleVariableOverride on a member a class redeclares from its base: the document
//   narrows an inherited member (`allOf` of a base and a member of a narrower type, such as
//   WrapperCollection's `data` in each of Train Travel's responses), and a dataclass says so by
//   redeclaring the field. It runs and round-trips; pyright's objection is to narrowing a mutable
//   attribute, which is the document's design.
// - a class the document names like a name of `from servicestack import *` (petstore's
//   `uploadFile` operation is a request class `UploadFile`, beside the client's own UploadFile):
//   the module's class replaces the imported one, as ServiceStack's generator writes it too.
//   Listed by name, so that any other collision fails the test.

import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../src/generate.js';
import { HAS_PYTHON } from '../support/python.js';
import { pyrightErrors, runPyright, type PyrightDiagnostic, type PyrightReport } from '../support/pyright.js';
import { makeTempDir } from '../support/temp.js';

const require = createRequire(import.meta.url);
const examples = path.dirname(require.resolve('@readme/oas-examples/package.json'));
const SPECS: Record<string, string> = {
  petstore_3_0: path.join(examples, '3.0/json/petstore.json'),
  train_travel_3_1: path.join(examples, '3.1/json/train-travel.json'),
  schema_types_3_1: path.join(examples, '3.1/json/schema-types.json'),
  petstore_2_0: path.join(examples, '2.0/json/petstore.json'),
  blockfrost: path.join(path.dirname(require.resolve('@blockfrost/openapi/package.json')), 'openapi.yaml'),
};

/** Library names a document's class may replace (see above). */
const REPLACED_LIBRARY_NAMES = ['UploadFile'];

const allowed = (d: PyrightDiagnostic) =>
  (d.rule === 'reportIncompatibleVariableOverride' && /^"\w+" overrides symbol of same name in class "\w+"/.test(d.message)) ||
  (d.rule === 'reportAssignmentType' && REPLACED_LIBRARY_NAMES.some((name) => d.message.startsWith(`Import symbol "${name}" has type "type[servicestack.`)));

describe.skipIf(!HAS_PYTHON)('pyright on the Python of real OpenAPI documents', () => {
  let report: PyrightReport;

  beforeAll(async () => {
    const dir = makeTempDir('dtogen-openapi-pyright-');
    for (const [name, file] of Object.entries(SPECS)) {
      const result = await generate({ input: file, lang: 'python', date: new Date(0) });
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      writeFileSync(path.join(dir, `${name}.py`), result.files.map((f) => f.content).join(''));
    }
    report = await runPyright(dir);
    expect(report.summary.filesAnalyzed).toBe(Object.keys(SPECS).length);
  }, 240_000);

  it('reports no errors but the two allowed', () => {
    expect(pyrightErrors({ ...report, generalDiagnostics: report.generalDiagnostics.filter((d) => !allowed(d)) })).toEqual([]);
  });
});
