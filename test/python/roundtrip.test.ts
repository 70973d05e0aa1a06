// Whole Python files for every fixture and corpus server are real, working Python: imported with
// the real servicestack package, every request and response DTO built and round-tripped.

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { toCamelCase } from '../../src/model/casing.js';
import type { ClassDecl, MetadataModel } from '../../src/model/types.js';
import { typesById } from '../../src/model/walk.js';
import { HAS_PYTHON, runPython } from '../support/python.js';
import { writeWholePythonFiles } from './generated.js';

const HARNESS = path.join(import.meta.dirname, 'roundtrip.py');

/** The classes a generated file declares (the rest come from the servicestack package). */
function emittedNames(source: string): Set<string> {
  return new Set([...source.matchAll(/^class (\w+)/gm)].map((m) => m[1] as string));
}

/** Wire names of each emitted class's properties, its base classes' included, by class name. */
function wireKeys(model: MetadataModel, emitted: Set<string>): Record<string, string[]> {
  const byId = typesById(model);
  const nameCount = new Map<string, number>();
  for (const t of model.types) nameCount.set(t.name, (nameCount.get(t.name) ?? 0) + 1);
  const keys: Record<string, string[]> = {};
  for (const t of model.types) {
    if (t.kind === 'enum' || nameCount.get(t.name) !== 1 || !emitted.has(t.name)) continue;
    const names: string[] = [];
    for (let c: ClassDecl | undefined = t; c; ) {
      names.push(...c.properties.map((p) => p.dataMember?.name ?? toCamelCase(p.name)));
      const base: ClassDecl | undefined = c.base?.kind === 'named' ? (byId.get(c.base.id) as ClassDecl | undefined) : undefined;
      c = base;
    }
    keys[t.name] = names;
  }
  return keys;
}

describe.skipIf(!HAS_PYTHON)('whole Python files round-trip with the servicestack package', () => {
  let result: { checked: number; failures: string[] };
  let expectedChecks = 0;

  beforeAll(async () => {
    const { dir, files } = await writeWholePythonFiles('dtogen-py-roundtrip-');
    const modules = files.map(({ file, source, model }) => {
      const requests = model.operations.map((o) => o.name);
      expectedChecks += requests.length;
      return { path: file, requests, keys: wireKeys(model, emittedNames(source)) };
    });
    const spec = path.join(dir, 'spec.json');
    writeFileSync(spec, JSON.stringify({ modules }));
    const out = path.join(dir, 'result.json');
    await runPython(HARNESS, [spec, out]);
    result = JSON.parse(readFileSync(out, 'utf8')) as typeof result;
  }, 180_000);

  it('every DTO imports, builds and round-trips with camelCase keys', () => {
    expect(result.failures).toEqual([]);
    // Each request, plus each response that an IReturn marker names.
    expect(result.checked).toBeGreaterThanOrEqual(expectedChecks);
  });
});
