import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../src/diagnostics/diagnostic.js';
import { loadInput } from '../src/loaders/index.js';
import { CORPUS, FIXTURES, HAS_CORPUS } from './support/paths.js';

const fixtureFiles = readdirSync(path.join(FIXTURES, 'metadata')).filter((f) => f.endsWith('.json'));

describe('metadata JSON loader: bundled fixtures', () => {
  it.each(fixtureFiles)('%s loads with no diagnostics', async (file) => {
    const result = await loadInput(path.join(FIXTURES, 'metadata', file));
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(result.model?.types.length).toBeGreaterThan(0);
    expect(result.model?.operations.length).toBeGreaterThan(0);
  });

  it('reads the test server: CreateJwt, its response and its base type', async () => {
    const { model } = await loadInput(path.join(FIXTURES, 'metadata', 'test.json'));
    const op = model?.operations.find((o) => o.name === 'CreateJwt');
    const byName = (name: string) => model?.types.find((t) => t.name === name);
    expect(op?.response).toEqual({ kind: 'named', id: byName('CreateJwtResponse')?.id, args: [] });
    const request = byName('CreateJwt');
    expect(request?.kind === 'class' ? request.base : undefined).toEqual({ kind: 'named', id: byName('AuthUserSession')?.id, args: [] });
  });
});

const corpusFiles = HAS_CORPUS
  ? readdirSync(CORPUS, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json')).sort()
  : [];

describe.skipIf(!HAS_CORPUS)('metadata JSON loader: real servers in ../shared/corpus', () => {
  it.each(corpusFiles)('%s loads with no errors', async (file) => {
    const result = await loadInput(path.join(CORPUS, file));
    const errors = result.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
    expect(errors).toEqual([]);
    expect(result.model?.types.length).toBeGreaterThan(10);
  });

  it('warns, with a pointer, where 6.61 metadata leaves a generic without arguments', async () => {
    const result = await loadInput(path.join(CORPUS, 'blazor-gallery', 'app.6.61.json'));
    expect(result.diagnostics.map((d) => `${d.location?.pointer}: ${d.message}`)).toEqual([
      "/api/types/14/properties/6/type: 'Nullable`1[]' has no generic arguments; its elements are typed as Object",
      "/api/types/14/properties/8/type: 'Nullable`1[]' has no generic arguments; its elements are typed as Object",
    ]);
  });
});

describe('metadata JSON loader: system types as responses', () => {
  const load = () => loadInput(path.join(FIXTURES, 'metadata', 'system-responses.json'));
  const responseOf = async (name: string) => (await load()).model?.operations.find((o) => o.name === name)?.response;

  it('declares none of them: String, Byte[], Stream, Object and Task<T> are .NET types', async () => {
    const { model, diagnostics } = await load();
    expect(diagnostics).toEqual([]);
    expect(model?.types.filter((t) => !t.isBuiltin).map((t) => t.id)).toEqual(['Item', 'GetText', 'GetBytes', 'GetStream', 'GetAnything', 'GetItemAsync', 'GetItem']);
  });

  it('reads them as references to system types', async () => {
    expect(await responseOf('GetText')).toEqual({ kind: 'primitive', name: 'String' });
    expect(await responseOf('GetBytes')).toEqual({ kind: 'list', container: 'Array', element: { kind: 'primitive', name: 'Byte' } });
    expect(await responseOf('GetStream')).toEqual({ kind: 'primitive', name: 'Stream' });
    expect(await responseOf('GetAnything')).toEqual({ kind: 'primitive', name: 'Object' });
  });

  it('reads an async service (Task<T>) as an operation without a declared response', async () => {
    const op = (await load()).model?.operations.find((o) => o.name === 'GetItemAsync');
    expect(op?.response).toBeUndefined();
    expect(op?.returnType).toBeUndefined();
  });
});

describe('metadata JSON loader: legacy and system types ServiceStack accepts', () => {
  const property = async (name: string) => {
    const { model, diagnostics } = await loadInput(path.join(FIXTURES, 'metadata', 'legacy-types.json'));
    expect(diagnostics).toEqual([]);
    const legacy = model?.types.find((t) => t.id === 'Legacy');
    return legacy?.kind === 'class' ? legacy.properties.find((p) => p.name === name)?.type : undefined;
  };
  const OBJECT = { kind: 'primitive', name: 'Object' };
  const STRING = { kind: 'primitive', name: 'String' };

  it('reads non-generic collections as untyped lists and dictionaries', async () => {
    expect(await property('Items')).toEqual({ kind: 'list', container: 'IEnumerable', element: OBJECT });
    expect(await property('Bag')).toEqual({ kind: 'dictionary', container: 'IDictionary', key: STRING, value: OBJECT });
    expect(await property('Ordered')).toEqual({ kind: 'dictionary', container: 'Dictionary', key: STRING, value: OBJECT });
    expect(await property('Labels')).toEqual({ kind: 'dictionary', container: 'Dictionary', key: STRING, value: STRING });
  });

  it('reads Nullable<struct> as a nullable struct, and IntPtr as a number', async () => {
    expect(await property('Point')).toEqual({ kind: 'nullable', of: { kind: 'opaque', name: 'MyPoint' } });
    expect(await property('Handle')).toEqual({ kind: 'primitive', name: 'Int64' });
  });

  it('keeps System.IO.Stream the system type beside a DTO named Stream', async () => {
    expect(await property('Body')).toEqual({ kind: 'primitive', name: 'Stream' });
    expect(await property('Feed')).toEqual({ kind: 'named', id: 'Stream', args: [] });
  });
});
