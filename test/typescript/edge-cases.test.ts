// Type mapping, response markers and hostile metadata text, on a small document written here:
// exact lines, and the whole file through the compiler.

import { describe, expect, it } from 'vitest';
import { generate } from '../../src/generate.js';
import { loadText } from '../../src/loaders/index.js';
import type { MetadataModel } from '../../src/model/types.js';
import { typeCheck } from './support/compile.js';

const S = 'System';
const SS = 'ServiceStack';
const prop = (name: string, type: string, extra: Record<string, unknown> = {}) => ({ name, type, namespace: S, ...extra });
const op = (request: Record<string, unknown>, extra: Record<string, unknown>) => ({ request: { namespace: 'Edge', implements: [], ...request }, actions: ['ANY'], ...extra });

const DOCUMENT = {
  app: { baseUrl: 'https://edge.example/*/alert(1)/*', serviceStackVersion: '8.91', jsTextCase: 'CamelCase' },
  api: {
    namespaces: [S, SS, 'Edge'],
    types: [
      {
        name: 'Quote',
        namespace: 'Edge',
        implements: [],
        isEnum: true,
        enumNames: ['Single', 'Double'],
        enumMemberValues: ["it's", 'say "hi"'],
      },
      { name: 'Tally', namespace: 'Edge', inherits: { name: 'Dictionary`2', namespace: S, genericArgs: ['String', 'Int32'] }, implements: [] },
      { name: 'Level', namespace: 'Edge', implements: [], isEnum: true, enumNames: ['Low', 'High'], enumValues: ['1', '10'] },
      {
        name: 'Hostile',
        namespace: 'Edge',
        implements: [],
        description: 'ends */ here\nand starts /* there',
        attributes: [{ name: 'Api', args: [{ name: 'Description', type: 'String', value: 'a "quoted"\nline' }] }],
        properties: [
          prop('Data', 'Byte[]'),
          prop('Counts', 'Dictionary`2', { genericArgs: ['Int32', 'String'] }),
          prop('Flags', 'Dictionary`2', { genericArgs: ['Boolean', 'Int64'] }),
          prop('Odd', 'String', { dataMember: { name: 'odd-name' } }),
          prop('Nested', 'List`1', { genericArgs: ['List<String>'] }),
          prop('Required', 'List`1', { genericArgs: ['Int32'], isRequired: true }),
          prop('Level', 'Level', { namespace: 'Edge', isValueType: true, isEnum: true }),
          prop('Quote', 'Nullable`1', { genericArgs: ['Quote'], isValueType: true }),
        ],
      },
    ],
    operations: [
      op({ name: 'StoreLines', inherits: { name: 'List`1', namespace: S, genericArgs: ['Level'] }, properties: [] }, { method: 'POST', returnType: { name: 'StoreLines', namespace: 'Edge' } }),

      op({ name: 'GetBytes', properties: [] }, { method: 'GET', returnType: { name: 'Byte[]', namespace: S } }),
      // As ServiceStack 6.x writes a QueryDb operation: the response only as a closed copy.
      op(
        { name: 'FindHostile', inherits: { name: 'QueryDb`1', namespace: SS, genericArgs: ['Hostile'] }, properties: [] },
        {
          method: 'GET',
          returnType: { name: 'QueryResponse`1', namespace: SS, genericArgs: ['Hostile'] },
          response: { name: 'QueryResponse`1', namespace: SS, genericArgs: ['Hostile'], properties: [prop('Results', 'List`1', { genericArgs: ['Hostile'] })] },
        },
      ),
      op({ name: 'GetText', properties: [] }, { method: 'GET', returnType: { name: 'String', namespace: S } }),
      op({ name: 'GetList', properties: [] }, { method: 'GET', returnType: { name: 'List`1', namespace: S, genericArgs: ['Hostile'] } }),
      op({ name: 'function', properties: [prop('var', 'String')] }, { method: 'POST', returnType: { name: 'Level', namespace: 'Edge' } }),
      op({ name: 'Forget', properties: [prop('Id', 'Int32', { isValueType: true })] }, { returnsVoid: true, method: 'DELETE', routes: [{ path: '/say "no"/{Id}', verbs: 'DELETE' }] }),
    ],
  },
};

function model(): MetadataModel {
  const loaded = loadText(JSON.stringify(DOCUMENT), 'edge.json');
  if (!loaded.model) throw new Error(loaded.diagnostics.map((d) => d.message).join('\n'));
  return loaded.model;
}

async function text(lang: string, options: Record<string, string | boolean> = {}, warnings: string[] = []): Promise<string> {
  const result = await generate({ model: model(), lang, options, date: new Date('2026-01-02T03:04:05Z') });
  expect(result.diagnostics.map((d) => d.message)).toEqual(warnings);
  return result.files.map((f) => f.content).join('');
}

const lines = (source: string) => source.split('\n');

describe('TypeScript edge cases', () => {
  it('maps binary, dictionary, nested list and enum properties', async () => {
    const out = lines(await text('typescript'));
    expect(out).toContain('    public data: string;');
    expect(out).toContain('    public counts: { [index:number]: string; };');
    expect(out).toContain('    public flags: { [index:string]: number; };');
    expect(out).toContain("    public 'odd-name': string;");
    expect(out).toContain('    public nested: string[][];');
    expect(out).toContain('    public required: number[] = [];');
    expect(out).toContain('    public level: Level;');
    expect(out).toContain('    public quote?: Quote;');
  });

  it('writes enum values as string literals that cannot be broken out of', async () => {
    const source = await text('typescript');
    expect(source).toContain("export enum Quote\n{\n    Single = 'it\\'s',\n    Double = 'say \"hi\"',\n}\n");
    expect(source).toContain('export enum Level\n{\n    Low = 1,\n    High = 10,\n}\n');
    const declarations = await text('typescript-d');
    expect(declarations).toContain('type Quote = "it\'s" | "say \\"hi\\"";\n');
    // Numbered, but sent by name (not isEnumInt): the union of its names, as ServiceStack writes it (T18).
    expect(declarations).toContain('type Level = "Low" | "High";\n');
  });

  it('keeps descriptions, attributes and routes inside their comments', async () => {
    const out = lines(await text('typescript'));
    expect(out).toContain('/** @description ends *\\/ here and starts /* there */');
    expect(out).toContain('// @Api(Description="a \\"quoted\\" line")');
    expect(out).toContain('// @Route("/say \\"no\\"/{Id}", "DELETE")');
  });

  it('types each response marker and the value createResponse() starts from', async () => {
    const source = await text('typescript');
    expect(source).toContain('export class GetBytes implements IReturn<Blob>\n');
    expect(source).toContain('    public createResponse() { return new Blob(); }\n');
    expect(source).toContain('export class GetText implements IReturn<string>\n');
    expect(source).toContain("    public createResponse() { return ''; }\n");
    expect(source).toContain('export class GetList implements IReturn<Hostile[]>\n');
    expect(source).toContain('    public createResponse() { return new Array<Hostile>(); }\n');
    expect(source).toContain('export class Forget implements IReturnVoid\n');
    expect(source).toContain("    public getMethod() { return 'DELETE'; }\n    public createResponse() {}\n");
  });

  it('keeps header values inside the header comment', async () => {
    const source = await text('typescript', { ExcludeTypes: 'Nothing*/' }, ["option ExcludeTypes: 'Nothing*/' matches no type in the metadata"]);
    expect(source).toContain('\nBaseUrl: https://edge.example/*\\/alert(1)/*\n');
    expect(source).toContain('\nExcludeTypes: Nothing*\\/\n//DefaultImports: \n*/\n');
  });

  it('renames types named by reserved words, keeping their wire name', async () => {
    const source = await text('typescript');
    expect(source).toContain("export class function_ implements IReturn<Level>\n{\n    public var: string;\n\n    public constructor(init?: Partial<function_>) { (Object as any).assign(this, init); }\n    public getTypeName() { return 'function'; }\n");
    // An enum response starts from its first member: `new` cannot build an enum.
    expect(source).toContain('    public createResponse() { return Level.Low; }\n');
  });

  it('gives types that extend .NET collections the bases ServiceStack gives them', async () => {
    const source = await text('typescript');
    expect(source).toContain('\n\nexport class Dictionary<T> { [Key: string]: T; }\n\n');
    expect(source).toContain('export class StoreLines extends Array<Level> implements IReturn<StoreLines>\n{\n\n    public constructor(init?: Partial<StoreLines>) { super(); (Object as any).assign(this, init); }\n');
    expect(source).toContain('export class Tally extends Dictionary<number>\n{\n\n    public constructor(init?: Partial<Tally>) { super(); (Object as any).assign(this, init); }\n}\n');
    const declarations = await text('typescript-d');
    expect(declarations).toContain('\n\ninterface Dictionary<T> { [Key: string]: T; }\n\n');
    expect(declarations).toContain('interface StoreLines extends Array<Level>, IReturn<StoreLines>\n{\n}\n');
  });

  it('declares the generic response that only an operation names', async () => {
    const source = await text('typescript');
    expect(source).toContain('\nexport class QueryResponse<T>\n{\n');
    expect(source).toContain('export class FindHostile extends QueryDb<Hostile> implements IReturn<QueryResponse<Hostile>>\n');
  });

  it('declares the marker interfaces that metadata without them needs', async () => {
    const source = await text('typescript');
    expect(source).toContain('\n\nexport interface IReturn<T>\n{\n    createResponse(): T;\n}\n\nexport interface IReturnVoid\n{\n    createResponse(): void;\n}\n');
  });

  it('compiles, both flavours, with only the initializer diagnostics of class DTOs', async () => {
    const classes = typeCheck({ 'edge.dtos.ts': await text('typescript') });
    expect(classes.filter((d) => d.code !== 2564)).toEqual([]);
    expect(typeCheck({ 'edge.d.ts': await text('typescript-d') })).toEqual([]);
  });

  it('refuses a GlobalNamespace that is not a dotted name, or that is a reserved word', async () => {
    for (const GlobalNamespace of ['x { } export const y = 1; namespace z', 'My.class']) {
      const result = await generate({ model: model(), lang: 'typescript', options: { GlobalNamespace } });
      expect(result.files).toEqual([]);
      expect(result.diagnostics.map((d) => d.message)).toEqual([`option GlobalNamespace: expected a dotted name such as MyApp.Dtos, found '${GlobalNamespace}'`]);
    }
    expect(await text('typescript', { GlobalNamespace: 'My.Dtos' })).toContain('\nexport namespace My.Dtos\n{\n');
  });

  it('refuses DefaultImports that are not Name/Name:module items, and writes well-formed ones', async () => {
    const result = await generate({ model: model(), lang: 'typescript', options: { DefaultImports: 'JsonServiceClient:@servicestack/client,evil";x:y' } });
    expect(result.files).toEqual([]);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['bad-option-value']);
    const source = await text('typescript', { DefaultImports: 'JsonServiceClient/ApiResult:@servicestack/client' });
    expect(lines(source).filter((l) => l.startsWith('import'))).toEqual(['import { JsonServiceClient, ApiResult } from "@servicestack/client";']);
  });
});
