// ServiceStack's rules that the plan applies for every language: collection initialisation and
// the options ServiceStack honours without listing them in the header.

import { describe, expect, it } from 'vitest';
import { generate, languages } from '../../src/generate.js';
import { loadText } from '../../src/loaders/index.js';
import type { MetadataModel } from '../../src/model/types.js';

const list = (name: string, extra: Record<string, unknown> = {}) => ({ name, type: 'List`1', genericArgs: ['String'], namespace: 'System.Collections.Generic', ...extra });

/** The model of a hand-made metadata document; `file` names it in diagnostics. */
function modelOf(file: string, document: unknown): MetadataModel {
  const loaded = loadText(JSON.stringify(document), file);
  if (!loaded.model) throw new Error(JSON.stringify(loaded.diagnostics));
  return loaded.model;
}

/** Generates a language of the model `make` builds, with no diagnostics. */
const generatedFrom = (make: () => MetadataModel) => async (lang: string, options: Record<string, string | boolean> = {}) => {
  const result = await generate({ model: make(), lang, options, date: new Date(0) });
  expect(result.diagnostics).toEqual([]);
  return result.files.map((f) => f.content).join('');
};

function model(): MetadataModel {
  return modelOf('parity.json', {
    api: {
      types: [{ name: 'Thing', namespace: 'App', properties: [{ name: 'Id', type: 'Int32', isValueType: true, namespace: 'System' }] }],
      operations: [
        {
          request: { name: 'SaveThing', namespace: 'App', properties: [list('Tags', { isRequired: true }), list('Notes'), { name: 'Seen', type: 'IEnumerable`1', genericArgs: ['String'], isRequired: true }] },
          response: { name: 'SaveThingResponse', namespace: 'App', properties: [] },
        },
        {
          request: {
            name: 'QueryThings', namespace: 'App', inherits: { name: 'QueryDb`1', namespace: 'ServiceStack', genericArgs: ['Thing'] },
            properties: [list('Ids', { isRequired: true })],
          },
          response: { name: 'QueryResponse`1', namespace: 'ServiceStack', genericArgs: ['Thing'] },
        },
      ],
    },
  });
}

const source = generatedFrom(model);

describe('collections start empty by one rule', () => {
  it('required concrete collections only, never interfaces, never on AutoQuery requests', async () => {
    const python = await source('python');
    expect(python).toContain('    tags: List[str] = field(default_factory=list)\n    notes: Optional[List[str]] = None\n    seen: Optional[List[str]] = None\n');
    expect(python).toContain('    ids: Optional[List[str]] = None\n');
    const typescript = await source('typescript');
    expect(typescript).toContain('    public tags: string[] = [];\n    public notes: string[];\n    public seen: string[];\n');
    expect(typescript).toContain('    public ids: string[];\n');
  });

  it('InitializeCollections (a hidden option in Python and TypeScript) starts every concrete collection empty', async () => {
    const python = await source('python', { InitializeCollections: true });
    expect(python).toContain('    notes: List[str] = field(default_factory=list)\n');
    expect(python).toContain('\nInitializeCollections: True\n');
    const typescript = await source('typescript', { InitializeCollections: true });
    expect(typescript).toContain('    public notes: string[] = [];\n');
    expect(typescript).toContain('    public ids: string[];\n');
  });

  it('hidden options print in the header only when set', async () => {
    for (const lang of languages().map((l) => l.id)) {
      expect(await source(lang)).not.toContain('AddReturnMarker');
    }
  });
});

describe('AddReturnMarker', () => {
  it('on (the default): a request is marked with its response type; off: only a declared return type', async () => {
    expect(await source('python')).toContain('class SaveThing(IReturn[SaveThingResponse]):');
    expect(await source('python', { AddReturnMarker: false })).toContain('class SaveThing:');
    expect(await source('typescript', { AddReturnMarker: false })).toContain('export class SaveThing\n');
    expect(await source('swift', { AddReturnMarker: 'false' })).toContain('public class SaveThing : Codable\n');
  });
});

describe('reference-parity rows', () => {
  it('T13: a request without a response still gets createResponse() {}', async () => {
    const typescript = await source('typescript', { AddReturnMarker: false });
    const saveThing = typescript.slice(typescript.indexOf('export class SaveThing\n'));
    expect(saveThing.slice(0, saveThing.indexOf('\n}'))).toContain("public getMethod() { return 'POST'; }\n    public createResponse() {}");
  });

  it('Pages, no routes: /{fmt}/reply/{Op} with a response, /{fmt}/oneway/{Op} without (OC:53-56)', async () => {
    const { httpSamples } = await import('../../src/pages/http-sample.js');
    const m = model();
    const op = (name: string) => m.operations.find((o) => o.name === name)!;
    expect(httpSamples(m, op('SaveThing'), 'json').requestLines[0]).toBe('POST /json/reply/SaveThing HTTP/1.1 ');
    expect(httpSamples(m, { ...op('SaveThing'), response: undefined }, 'jsv').requestLines[0]).toBe('POST /jsv/oneway/SaveThing HTTP/1.1 ');
  });

  it('Pages: a type without properties gets no table (BMH:298-299)', async () => {
    const { parameterTables } = await import('../../src/pages/parameters.js');
    const m = model();
    const titles = parameterTables(m, m.operations.find((o) => o.name === 'SaveThing')!).map((t) => t.title);
    expect(titles).toEqual(['SaveThing Parameters:']);
  });
});

describe('reference-parity rows (Swift, AddResponseStatus)', () => {
  it('S28: Int32/Int64 limits in attributes are spelled Int32.max, Int64.min', async () => {
    const text = JSON.stringify({ api: { types: [{ name: 'Limited', namespace: 'App', properties: [{
      name: 'Name', type: 'String', namespace: 'System',
      attributes: [{ name: 'StringLength', constructorArgs: [{ type: 'Int32', value: '2147483647' }] }, { name: 'Range', constructorArgs: [{ type: 'Int64', value: '-9223372036854775808' }, { type: 'Int64', value: '2147483647' }] }],
    }] }], operations: [] } });
    const { files } = await generate({ model: loadText(text, 'limits.json').model!, lang: 'swift', date: new Date(0) });
    expect(files[0]?.content).toContain('    // @StringLength(Int32.max)\n    // @Range(Int64.min, 2147483647)\n');
  });

  it('S14/P24: a request that is its own response gains no responseStatus', async () => {
    const text = JSON.stringify({ api: { types: [], operations: [
      { request: { name: 'Echo', namespace: 'App', properties: [] }, response: { name: 'Echo', namespace: 'App', properties: [] } },
    ] } });
    for (const lang of ['python', 'swift', 'typescript']) {
      const { files } = await generate({ model: loadText(text, 'echo.json').model!, lang, options: { AddResponseStatus: true }, date: new Date(0) });
      expect(files[0]?.content).not.toMatch(/response_?[sS]tatus/);
    }
  });
});

describe('reference-parity rows (Python)', () => {
  it('P17: enum members through PropertyStyle: type words and keywords take a _ suffix', async () => {
    const text = JSON.stringify({ api: { types: [{ name: 'Kind', namespace: 'App', isEnum: true, enumNames: ['Int', 'Str', 'Bytes', 'From', 'camelUPPER', 'Plain_Name', 'UPPER'] }], operations: [] } });
    const { files } = await generate({ model: loadText(text, 'kind.json').model!, lang: 'python', date: new Date(0) });
    expect(files[0]?.content).toContain(
      "    INT_ = 'Int'\n    STR_ = 'Str'\n    BYTES_ = 'Bytes'\n    FROM_ = 'From'\n    CAMEL_U_P_P_E_R = 'camelUPPER'\n    PLAIN_NAME = 'Plain_Name'\n    UPPER = 'UPPER'\n",
    );
  });
});

describe('reference-parity rows (Python GlobalNamespace)', () => {
  it('P4: GlobalNamespace is a # module line after the imports', async () => {
    const python = await source('python', { GlobalNamespace: 'dtos' });
    expect(python).toContain("\nObject = TypeVar('Object')\n\n# module dtos\n\n\n");
    expect(python).toContain('\nGlobalNamespace: dtos\n');
    expect(await source('python')).not.toContain('# module');
  });
});

/** A small document for the rows below: a struct, a DataContract type, typed attribute arguments, a generic interface. */
function rowsModel(): MetadataModel {
  return modelOf('rows.json', {
    api: {
      types: [
        {
          name: 'Thing', namespace: 'App',
          properties: [
            { name: 'When', type: 'DateTime', isValueType: true, namespace: 'System' },
            { name: 'Point', type: 'MyPoint', isValueType: true, namespace: 'App' },
            { name: 'Ref', type: 'Int32', isValueType: true, namespace: 'System', attributes: [
              { name: 'References', constructorArgs: [{ type: 'Type', value: 'typeof(App.Models.Coupon)' }] },
              { name: 'Meta', constructorArgs: [{ type: 'Level', value: 'Level.Low' }, { type: 'String', value: 'Level.Low' }] },
            ] },
          ],
        },
        { name: 'Contracted', namespace: 'App', dataContract: {}, properties: [
          { name: 'Name', type: 'String', namespace: 'System', dataMember: { name: 'nm' } },
          { name: 'Age', type: 'Int32', isValueType: true, namespace: 'System' },
        ] },
        { name: 'Level', namespace: 'App', isEnum: true, enumNames: ['Low', 'High'], enumValues: ['1', '2'] },
        { name: 'Perms', namespace: 'App', isEnum: true, isEnumInt: true, enumNames: ['Read', 'Write'], enumValues: ['1', '2'] },
        { name: 'Wire', namespace: 'App', isEnum: true, enumNames: ['One', 'Two'], enumMemberValues: ['value-one', 'value-two'] },
        { name: 'IHolder`1', namespace: 'App', isInterface: true, genericArgs: ['T'], properties: [{ name: 'Item', type: 'T' }] },
      ],
      operations: [
        {
          request: { name: 'QueryThings', namespace: 'App', inherits: { name: 'QueryDb`1', namespace: 'ServiceStack', genericArgs: ['Thing'] }, properties: [] },
          response: { name: 'QueryResponse`1', namespace: 'ServiceStack', genericArgs: ['Thing'] },
        },
        { request: { name: 'Ping', namespace: 'App', properties: [] }, response: { name: 'PingResponse', namespace: 'App', properties: [{ name: 'Pong', type: 'String', namespace: 'System' }] } },
      ],
    },
  });
}

const rows = generatedFrom(rowsModel);

/** The lines of one declaration, from its signature line to its closing brace. */
const block = (text: string, signature: string) => {
  const start = text.indexOf(`${signature}\n`);
  expect(start, signature).toBeGreaterThanOrEqual(0);
  return text.slice(start, text.indexOf('\n}', start) + 2);
};

describe('reference-parity rows: hidden options (C2)', () => {
  it('C2/C15: ExportValueTypes writes a struct by its name, in every language; printed in the header only when set', async () => {
    expect(await rows('python', { ExportValueTypes: true })).toContain('    point: Optional[MyPoint] = None\n');
    expect(await rows('swift', { ExportValueTypes: true })).toContain('    public var point:MyPoint?\n');
    expect(await rows('typescript', { ExportValueTypes: true })).toContain('    public point: MyPoint;\n');
    expect(await rows('typescript-d', { ExportValueTypes: true })).toContain('    point?: MyPoint;\n');
    expect(await rows('typescript', { ExportValueTypes: true })).toContain('\nExportValueTypes: True\n');
    for (const lang of ['python', 'swift', 'typescript']) expect(await rows(lang)).not.toMatch(/ExportValueTypes|MyPoint/);
  });

  it('C2: AddDataContractAttributes and AddIndexesToDataMembers (Swift, TypeScript) add the comments the metadata lacks', async () => {
    const options = { AddDataContractAttributes: true, AddIndexesToDataMembers: true, AddResponseStatus: true };
    const typescript = await rows('typescript', options);
    expect(block(typescript, '// @DataContract\nexport class Contracted')).toContain('    // @DataMember(Name="nm", Order=1)\n    public nm: string;\n\n    // @DataMember(Order=2)\n    public age: number;\n');
    expect(typescript).toContain('// @DataContract()\nexport class Thing\n');
    expect(typescript).toContain('// @DataContract()\nexport enum Level\n');
    expect(typescript).toContain('export interface IHolder<T>\n');
    expect(typescript).not.toContain('// @DataContract()\nexport interface');
    expect(block(typescript, 'export class PingResponse')).toContain('    // @DataMember(Order=1)\n    public pong: string;\n\n    // @DataMember(Order=2)\n    public responseStatus: ResponseStatus;\n');
    const swift = await rows('swift', { AddDataContractAttributes: true });
    expect(block(swift, 'public class Contracted : Codable')).toContain('    // @DataMember(Name="nm")\n    public nm:String?\n\n    // @DataMember()\n    public var age:Int?\n'.replace('public nm', 'public var nm'));
    expect(swift).toContain('// @DataContract()\npublic class Thing : Codable\n');
    expect(swift).toContain('\nAddDataContractAttributes: True\n');
    const plain = await rows('typescript');
    expect(plain).not.toMatch(/DataContract\(\)|DataMember\(\)|Name="nm", Order|AddDataContractAttributes|AddIndexesToDataMembers/);
    // Python leaves DataContract and DataMember out whatever the options say, as ServiceStack does.
    await expect(generate({ model: rowsModel(), lang: 'python', options: { AddDataContractAttributes: true }, date: new Date(0) })).resolves.toMatchObject({ diagnostics: [expect.objectContaining({ code: 'unknown-option' })] });
  });

  it('C2: Python MakePropertiesOptional (8.91) makes every field Optional[...] = None', async () => {
    const python = await rows('python', { MakePropertiesOptional: true });
    expect(python).toContain('class Thing:\n    when: Optional[datetime.datetime] = None\n');
    expect(python).toContain('    age: Optional[int] = None\n');
    expect(python).toContain('\nMakePropertiesOptional: True\n');
    expect(await rows('python')).toContain('    age: int = 0\n');
    expect(await rows('python')).not.toContain('MakePropertiesOptional');
  });
});

describe('reference-parity rows: attribute values', () => {
  it('P8/S29: typeof(X) arguments short and unquoted, enum values unquoted, in Python and Swift; TypeScript quotes them (T26)', async () => {
    expect(await rows('python')).toContain('    # @References(typeof(Coupon))\n    # @Meta(Level.Low, "Level.Low")\n');
    expect(await rows('swift')).toContain('    // @References(typeof(Coupon))\n    // @Meta(Level.Low, "Level.Low")\n');
    expect(await rows('typescript')).toContain('    // @References("typeof(App.Models.Coupon)")\n');
  });
});

describe('reference-parity rows: Swift', () => {
  it('S16: ExcludeGenericBaseTypes writes //Excluded in place of the type', async () => {
    const swift = await rows('swift', { ExcludeGenericBaseTypes: true });
    expect(swift).toContain('import ServiceStack\n//Excluded QueryThings : QueryDb<Thing>\n\npublic class Ping : IReturn, Codable\n');
    expect(swift).not.toContain('class QueryThings');
    expect(await rows('swift')).toContain('\npublic class QueryThings : QueryDb<Thing>\n');
  });

  it('S15: BaseClass joins Codable; only NSObject needs super.init(); no inherited coding', async () => {
    const nsobject = await rows('swift', { BaseClass: 'NSObject' });
    expect(block(nsobject, 'public class Thing : NSObject, Codable')).toContain('    required public init(){ super.init() }\n}');
    expect(block(nsobject, 'public class Thing : NSObject, Codable')).not.toContain('CodingKeys');
    const other = await rows('swift', { BaseClass: 'MyBase' });
    expect(block(other, 'public class Thing : MyBase, Codable')).toContain('    required public init(){}\n}');
    expect(other).toContain('public class QueryThings : QueryDb<Thing>\n');
  });

  it('S17: TreatTypesAsStrings takes built-in types too', async () => {
    expect(await rows('swift', { TreatTypesAsStrings: 'DateTime' })).toContain('    public var when:String?\n');
    expect(await rows('swift')).toContain('    public var when:Date?\n');
  });

  it('S26: a generic interface is a protocol with an associatedtype', async () => {
    expect(await rows('swift')).toContain('public protocol IHolder\n{\n    associatedtype T\n\n    var item:T? { get set }\n\n}\n');
  });

  it('S18: AddModelExtensions off drops the two blank lines that end the file', async () => {
    expect(await rows('swift')).toMatch(/\n}\n\n\n$/);
    expect(await rows('swift', { AddModelExtensions: false })).toMatch(/\n}\n$/);
  });
});

describe('reference-parity rows: TypeScript', () => {
  it('T18: .d.ts enums are unions of the names JSON carries, numbered ones too', async () => {
    const declarations = await rows('typescript-d');
    expect(declarations).toContain('\ntype Level = "Low" | "High";\n');
    // Departures: [EnumMember] values are what travels; enums sent as numbers stay enums.
    expect(declarations).toContain('\ntype Wire = "value-one" | "value-two";\n');
    expect(declarations).toContain('\ndeclare enum Perms\n{\n    Read = 1,\n    Write = 2,\n}\n');
    expect(await rows('typescript')).toContain("export enum Wire\n{\n    One = 'value-one',\n    Two = 'value-two',\n}\n");
  });

  it('T15 (departure): .d.ts IReturn keeps createResponse(), which the client infers the response type from', async () => {
    expect(await rows('typescript-d')).toContain('\ninterface IReturn<T>\n{\n    createResponse(): T;\n}\n');
  });

  it('T6: a DefaultImports item without ":" imports a module for its effects', async () => {
    const typescript = await rows('typescript', { DefaultImports: 'IReturn:@servicestack/client,./polyfills,"./setup.js"' });
    expect(typescript).toContain('\nimport { IReturn } from "@servicestack/client";\nimport "./polyfills";\nimport "./setup.js";\n');
  });

  it('T22/T23: .d.ts version and responseStatus are optional; .ts ones are not, whatever MakePropertiesOptional says', async () => {
    const options = { AddImplicitVersion: '2', AddResponseStatus: true };
    expect(await rows('typescript-d', options)).toContain('interface Ping extends IReturn<PingResponse>\n{\n    version?: number; //2\n}');
    expect(await rows('typescript-d', options)).toContain('    responseStatus?: ResponseStatus;\n');
    expect(await rows('typescript', { ...options, MakePropertiesOptional: true })).toContain('    public responseStatus: ResponseStatus;\n');
  });
});

/** A small document for the rows closed last: collection bases, a description-only property, a protocol with DataMember, session data. */
function lastRowsModel(): MetadataModel {
  return modelOf('last-rows.json', {
    api: {
      types: [
        { name: 'StringMap', namespace: 'App', inherits: { name: 'Dictionary`2', namespace: 'System.Collections.Generic', genericArgs: ['String', 'String'] }, properties: [] },
        { name: 'LevelMap', namespace: 'App', inherits: { name: 'Dictionary`2', namespace: 'System.Collections.Generic', genericArgs: ['Level', 'Int32'] }, properties: [] },
        { name: 'Level', namespace: 'App', isEnum: true, enumNames: ['Low', 'High'] },
        {
          name: 'Session', namespace: 'App',
          properties: [
            { name: 'Name', type: 'String', namespace: 'System', description: 'The name' },
            { name: 'Age', type: 'Int32', isValueType: true, namespace: 'System', attributes: [{ name: 'Required' }] },
            { name: 'Tag', type: 'String', namespace: 'System' },
            { name: 'ProviderOAuthAccess', type: 'List`1', genericArgs: ['String'], namespace: 'System.Collections.Generic' },
            { name: 'Last', type: 'String', namespace: 'System' },
          ],
        },
        { name: 'IHasName', namespace: 'App', isInterface: true, properties: [
          { name: 'Name', type: 'String', namespace: 'System', dataMember: { order: 1 } },
          { name: 'Other', type: 'String', namespace: 'System', description: 'Other text' },
          { name: 'Code', type: 'String', namespace: 'System' },
        ] },
      ],
      operations: [
        {
          request: { name: 'GetSession', namespace: 'App', implements: [{ name: 'IGet', namespace: 'ServiceStack' }], properties: [] },
          response: { name: 'GetSessionResponse', namespace: 'App', properties: [{ name: 'Result', type: 'Session', namespace: 'App' }] },
        },
      ],
    },
  });
}

const lastRows = generatedFrom(lastRowsModel);

describe('reference-parity rows: the last ones', () => {
  it('S30/T25: a blank line follows a property only after DataMember or attribute comments, not after a description alone', async () => {
    expect(await lastRows('swift')).toContain('    /**\n    * The name\n    */\n    public var name:String?\n    // @Required()\n    public var age:Int?\n\n    public var tag:String?\n');
    expect(await lastRows('typescript')).toContain('    /** @description The name */\n    public name: string;\n    // @Required()\n    public age: number;\n\n    public tag: string;\n');
  });

  it('S24: ProviderOAuthAccess is always left out in Swift, whatever its type', async () => {
    expect(await lastRows('swift')).toContain("    public var tag:String?\n    //providerOAuthAccess:[String] ignored. Swift doesn't support interface properties\n    public var last:String?\n");
    expect(await lastRows('python')).toContain('    provider_o_auth_access: Optional[List[str]] = None\n');
  });

  it('Swift protocol DataMember: protocol properties carry their DataMember comments and descriptions, laid out as a class\'s', async () => {
    expect(await lastRows('swift')).toContain(
      'public protocol IHasName\n{\n    // @DataMember(Order=1)\n    var name:String? { get set }\n\n    /**\n    * Other text\n    */\n    var other:String? { get set }\n    var code:String? { get set }\n\n}\n',
    );
  });

  it('P27: Python collection bases are Dict[K,V] without a space, the key as it is, and List[T]', async () => {
    const python = await lastRows('python');
    expect(python).toContain('class StringMap(Dict[str,str]):\n');
    expect(python).toContain('class LevelMap(Dict[Level,int]):\n');
    expect(python).toContain('    result: Optional[Session] = None\n');
  });

  it('P24 (departure): AddResponseStatus is Optional[ResponseStatus] = None, after the properties, on responses only', async () => {
    // ServiceStack writes `response_status: ResponseStatus = None`, which pyright rejects (None is not a ResponseStatus).
    const python = await lastRows('python', { AddResponseStatus: true });
    expect(block(python.replace(/\n\n\n/g, '\n}\n'), 'class GetSessionResponse:')).toContain('    result: Optional[Session] = None\n    response_status: Optional[ResponseStatus] = None\n');
    expect(python).toContain('class GetSession(IReturn[GetSessionResponse], IGet):\n    pass\n');
  });

  it('T16: AddServiceStackTypes False declares none of ServiceStack\'s interfaces and markers; requests still implement them', async () => {
    const typescript = await lastRows('typescript', { AddServiceStackTypes: false });
    expect(typescript).toContain('export class GetSession implements IReturn<GetSessionResponse>, IGet\n');
    expect(typescript).not.toMatch(/interface (IReturn|IGet)\b/);
    expect(await lastRows('typescript')).toMatch(/export interface IReturn<T>\n[\s\S]*export interface IGet\n/);
  });

  it('C2: ExportAsTypes on typescript-d writes what typescript writes, with properties optional', async () => {
    const exported = await lastRows('typescript-d', { ExportAsTypes: true });
    const classes = await lastRows('typescript', { MakePropertiesOptional: true });
    const body = (text: string) => text.slice(text.indexOf('*/'));
    expect(body(exported).replace('ExportAsTypes: True\n', '')).toBe(body(classes).replace('\nMakePropertiesOptional: True\n', '\n'));
    expect(exported).toContain('export class Session\n');
    expect(exported).toMatch(/\nExportAsTypes: True\n\*\//);
    expect(await lastRows('typescript-d')).toContain('\ninterface Session\n');
  });

  it('T2: InsertTsNoCheck (a server-side switch) writes // @ts-nocheck above the declarations, inside the namespace', async () => {
    const typescript = await lastRows('typescript', { InsertTsNoCheck: true });
    expect(typescript).toContain('\nInsertTsNoCheck: True\n*/\n\n// @ts-nocheck\n\nexport interface IReturn<T>\n');
    expect(await lastRows('typescript-d', { InsertTsNoCheck: true, GlobalNamespace: 'dtos' })).toContain('\ndeclare namespace dtos\n{\n    // @ts-nocheck\n\n    interface IReturn<T>\n');
    expect(await lastRows('typescript')).not.toMatch(/ts-nocheck|InsertTsNoCheck/);
  });

  it('T7 (departure): GlobalNamespace is a namespace: TypeScript flags `module X { … }` and asks for the namespace keyword', async () => {
    expect(await lastRows('typescript', { GlobalNamespace: 'dtos' })).toContain('\n\nexport namespace dtos\n{\n\n    export interface IReturn<T>\n');
    expect(await lastRows('typescript-d', { GlobalNamespace: 'dtos' })).toContain('\n\ndeclare namespace dtos\n{\n');
  });

  it('Python DefaultImports: a malformed item is refused, located, like every option value; nothing is dropped silently', async () => {
    for (const value of ['datetime,foo:', 'foo.:A', 'a..b', ':A', 'x,,y']) {
      const result = await generate({ model: lastRowsModel(), lang: 'python', options: { DefaultImports: value }, optionLocations: { DefaultImports: { file: 'dtogen.config.json', pointer: '/outputs/0/options/DefaultImports' } }, date: new Date(0) });
      expect(result.files, value).toEqual([]);
      expect(result.diagnostics.map((d) => [d.code, d.location?.file]), value).toEqual([['bad-option-value', 'dtogen.config.json']]);
    }
    expect(await lastRows('python', { DefaultImports: 'datetime,foo.bar:A/B' })).toContain('\nimport datetime\nfrom foo.bar import A, B\n');
  });
});
