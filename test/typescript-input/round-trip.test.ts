// Round trip: metadata → dtos.ts (dtogen's TypeScript) → the TypeScript loader → Python, Swift and
// TypeScript must equal what the metadata generates directly, declaration by declaration, once
// the model is reduced to what a dtos.ts can carry. That reduction is the documented list:
//
// - number widths: every .NET number type is `number`, read back as Int32;
// - types that travel as strings (DateTime, DateTimeOffset, DateOnly, TimeSpan, TimeOnly, Guid,
//   Uri, Type, Char, undescribed structs, Stream and byte[] inside a DTO) are `string`, read back as String;
// - nullable type arguments (`List<int?>` is `number[]`), and .NET collection kinds (`T[]`, HashSet);
// - binary responses (Stream, byte[]) are `Blob`, read back as Stream;
// - .NET member names renamed by [DataMember(Name)]: dtos.ts has only the wire name;
// - the order of declarations (dtos.ts has its own), and with it which Python annotations are
//   quoted as references to classes further down; the header's BaseUrl and Input.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics/diagnostic.js';
import { generate } from '../../src/generate.js';
import { loadInput } from '../../src/loaders/index.js';
import type { MetadataModel, TypeRef } from '../../src/model/types.js';
import { ALL_INPUTS } from '../support/inputs.js';
import { declarations, difference } from './declarations.js';

const DATE = new Date('2026-01-01T00:00:00Z');
const LANGUAGES = ['python', 'swift', 'typescript'] as const;
const AS_STRING = new Set(['DateTime', 'DateTimeOffset', 'DateOnly', 'TimeSpan', 'TimeOnly', 'Guid', 'Uri', 'Type', 'Char', 'Stream']);
const NUMBERS = new Set(['Byte', 'SByte', 'Int16', 'Int64', 'UInt16', 'UInt32', 'UInt64', 'Single', 'Double', 'Decimal']);

function carried(ref: TypeRef): TypeRef {
  switch (ref.kind) {
    case 'primitive':
      if (AS_STRING.has(ref.name)) return { kind: 'primitive', name: 'String' };
      return NUMBERS.has(ref.name) ? { kind: 'primitive', name: 'Int32' } : ref;
    case 'opaque':
      return { kind: 'primitive', name: 'String' };
    case 'list':
      if (ref.element.kind === 'primitive' && ref.element.name === 'Byte') return { kind: 'primitive', name: 'String' };
      return { ...ref, container: 'List', element: inner(ref.element) };
    case 'dictionary':
      return { ...ref, container: 'Dictionary', key: inner(ref.key), value: inner(ref.value) };
    case 'nullable':
      return { kind: 'nullable', of: carried(ref.of) };
    case 'named':
      return { ...ref, args: ref.args.map(inner) };
    default:
      return ref;
  }
}

/** Inside a type argument only a property's `?` marks null: `(number | null)[]` is not written. */
const inner = (ref: TypeRef): TypeRef => carried(ref.kind === 'nullable' ? ref.of : ref);

const isString = (ref: TypeRef): boolean => ref.kind === 'primitive' && ref.name === 'String';
const binary = (ref: TypeRef): TypeRef =>
  (ref.kind === 'primitive' && ref.name === 'Stream') || (ref.kind === 'list' && ref.element.kind === 'primitive' && ref.element.name === 'Byte')
    ? { kind: 'primitive', name: 'Stream' }
    : carried(ref);

/** The model as a dtos.ts carries it (the list above), so that both sides can be compared exactly. */
function asTypeScriptCarriesIt(model: MetadataModel): MetadataModel {
  const copy = structuredClone(model);
  for (const t of copy.types) {
    if (t.kind === 'enum') continue;
    for (const p of t.properties) {
      if (p.alias !== undefined) {
        p.name = p.alias;
        delete p.alias;
      }
      p.type = carried(p.type);
      // A string is no value type: what decides Python's defaults.
      if (isString(p.type)) p.isValueType = false;
    }
  }
  for (const op of copy.operations) {
    if (op.response) op.response = binary(op.response);
    if (op.returnType) op.returnType = binary(op.returnType);
  }
  return copy;
}

async function loaded(file: string): Promise<MetadataModel> {
  const result = await loadInput(file);
  expect(result.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([]);
  return result.model as MetadataModel;
}

async function text(model: MetadataModel, lang: string): Promise<string> {
  const { files } = await generate({ model, lang, date: DATE });
  const content = files.map((f) => f.content).join('');
  return lang === 'python' ? unquoted(content) : content;
}

/** Python's `x: "list[Job]" = …` (a class further down) as `x: List[Job] = …`: which are quoted follows the order. */
function unquoted(python: string): string {
  return python.replace(/^(\s+\w+: )"([^"]*)"/gm, (_m, head: string, annotation: string) => head + annotation.replace(/\blist\[/g, 'List[').replace(/\bdict\[/g, 'Dict['));
}

describe('metadata → dtos.ts → the TypeScript loader', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dtogen-ts-round-trip-'));
  it.each(ALL_INPUTS)('$label: Python, Swift and TypeScript equal the direct output', async ({ label, file }) => {
    const original = await loaded(file);
    const dtos = path.join(dir, `${label}.ts`);
    writeFileSync(dtos, await text(original, 'typescript'));
    const back = await loaded(dtos);
    const reduced = asTypeScriptCarriesIt(original);
    for (const lang of LANGUAGES) {
      const diff = difference(declarations(await text(reduced, lang)), declarations(await text(back, lang)));
      expect({ lang, ...diff }).toEqual({ lang, missing: [], extra: [] });
    }
  });
});
