// The usual checks on what TypeScript sources generate (the hand-written models in
// fixtures/typescript and ServiceStack's own dtos.ts files in ../shared/corpus): the Python imports
// with the real servicestack package, every request and response DTO builds and round-trips, and
// pyright finds no error (one run over every file); the Swift parses with tree-sitter-swift with no
// ERROR or MISSING node; the TypeScript type-checks under --strict next to @servicestack/client,
// with a module that sends every request through its JsonServiceClient, and with the one
// exception the TypeScript tests make for class DTOs (no property initializer).

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics/diagnostic.js';
import { generate } from '../../src/generate.js';
import { loadInput } from '../../src/loaders/index.js';
import type { MetadataModel } from '../../src/model/types.js';
import { HAS_PYTHON, runPython } from '../support/python.js';
import { pyrightErrors, runPyright, type PyrightReport } from '../support/pyright.js';
import { makeTempDir } from '../support/temp.js';
import { syntaxProblems } from '../swift/swift-parser.js';
import { classClient, declarationsClient } from '../typescript/support/clients.js';
import { typeCheck } from '../typescript/support/compile.js';
import { sendableRequests } from '../typescript/support/inputs.js';
import { ALL_SOURCES } from './sources.js';

const ROUND_TRIP = path.join(import.meta.dirname, '..', 'python', 'roundtrip.py');
/** TS2564 and TS2612: class properties without an initializer, as ServiceStack writes them. */
const NO_INITIALIZER: ReadonlySet<number> = new Set([2564, 2612]);

/**
 * The servicestack package cannot read a response whose generic library type has a quoted type
 * argument naming a class of the DTO module (`IReturn[QueryResponse["MessageQuery"]]`): its
 * from_json resolves the name in QueryResponse's own module, the package's. ServiceStack's own
 * dtos.py for that server writes the same line, so this is the package's limit, not the code's.
 */
const isLibraryForwardRefLimit = (failure: string) =>
  /^dtos_\d+\.QueryResponse \(response of MessageQuery\):[\s\S]*TypeError: Could not resolve ForwardRef\('MessageQuery'\)\s*$/.test(failure);

const models = new Map<string, MetadataModel>();

async function modelOf(file: string): Promise<MetadataModel> {
  let model = models.get(file);
  if (model) return model;
  const loaded = await loadInput(file);
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (!loaded.model || errors.length > 0) throw new Error(errors.map(formatDiagnostic).join('\n'));
  model = loaded.model;
  models.set(file, model);
  return model;
}

async function generated(file: string, lang: string): Promise<string> {
  const { files, diagnostics } = await generate({ model: await modelOf(file), lang, date: new Date(0) });
  expect(diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([]);
  return files.map((f) => f.content).join('');
}

describe.skipIf(!HAS_PYTHON)('Python from TypeScript sources', () => {
  let dir: string;
  let pyright: PyrightReport;
  let roundTrip: { checked: number; failures: string[] };
  let requests = 0;

  beforeAll(async () => {
    dir = makeTempDir('dtogen-ts-input-py-');
    const modules = [];
    for (const source of ALL_SOURCES) {
      const file = path.join(dir, `${source.label}.py`);
      writeFileSync(file, await generated(source.file, 'python'));
      const names = (await modelOf(source.file)).operations.map((o) => o.name);
      requests += names.length;
      modules.push({ path: file, requests: names, keys: {} });
    }
    writeFileSync(path.join(dir, 'spec.json'), JSON.stringify({ modules }));
    const [report] = await Promise.all([
      runPyright(dir),
      runPython(ROUND_TRIP, [path.join(dir, 'spec.json'), path.join(dir, 'result.json')]),
    ]);
    pyright = report;
    roundTrip = JSON.parse(readFileSync(path.join(dir, 'result.json'), 'utf8')) as typeof roundTrip;
  }, 240_000);

  it('imports with the servicestack package; every request and response DTO round-trips', () => {
    expect(roundTrip.failures.filter((f) => !isLibraryForwardRefLimit(f))).toEqual([]);
    expect(roundTrip.checked).toBeGreaterThanOrEqual(requests);
  });

  it('pyright reports no errors', () => {
    expect(pyright.summary.filesAnalyzed).toBe(ALL_SOURCES.length);
    expect(pyrightErrors(pyright)).toEqual([]);
  });
});

describe('Swift from TypeScript sources', () => {
  it.each(ALL_SOURCES)('$label parses with tree-sitter-swift', async ({ file }) => {
    const source = await generated(file, 'swift');
    expect(source).toMatch(/^public (class|protocol|enum) /m);
    expect(await syntaxProblems(source)).toEqual([]);
  });
});

describe('TypeScript from TypeScript sources', () => {
  it('typescript: every source, in one program, with a client module that sends each request', async () => {
    const files: Record<string, string> = {};
    for (const source of ALL_SOURCES) {
      files[`${source.label}.dtos.ts`] = await generated(source.file, 'typescript');
      files[`${source.label}.client.ts`] = classClient(`${source.label}.dtos`, sendableRequests(await modelOf(source.file)));
    }
    const diagnostics = typeCheck(files);
    expect(diagnostics.filter((d) => !(d.file.endsWith('.dtos.ts') && NO_INITIALIZER.has(d.code)))).toEqual([]);
  });

  // Declarations are global (a .d.ts without imports), so each file gets a program of its own.
  it.each(ALL_SOURCES)('typescript-d: $label has no diagnostic', async ({ file }) => {
    const client = declarationsClient(sendableRequests(await modelOf(file)));
    expect(typeCheck({ 'dtos.d.ts': await generated(file, 'typescript-d'), 'client.ts': client })).toEqual([]);
  });
});
