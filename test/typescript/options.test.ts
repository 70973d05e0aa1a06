// The header options of /types/typescript and /types/typescript.d, through the library and the
// command line: which declarations a file holds, and how its properties read.

import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { generate } from '../../src/generate.js';
import { fixture } from '../support/paths.js';

const TEST = fixture('metadata', 'test.json');
const NORTHWIND = fixture('metadata', 'northwind-subset.json');

async function text(input: string, lang: string, options: Record<string, string | boolean> = {}, op?: string): Promise<string> {
  const result = await generate({ input, lang, options, date: new Date('2026-01-02T03:04:05Z'), ...(op ? { op } : {}) });
  expect(result.diagnostics).toEqual([]);
  return result.files.map((f) => f.content).join('');
}

/** The declared names, in file order. */
const declared = (source: string) => [...source.matchAll(/^(?:export |declare )?(?:class|interface|enum|type) (\w+)/gm)].map((m) => m[1]);

describe('TypeScript options', () => {
  it('IncludeTypes Name.* keeps an operation, what it uses and the interfaces it implements', async () => {
    const source = await text(TEST, 'typescript', { IncludeTypes: 'Authenticate.*' });
    expect(source).toContain('\nIncludeTypes: Authenticate.*\n');
    expect(declared(source)).toEqual(['IReturn', 'IPost', 'IMeta', 'IHasSessionId', 'IHasBearerToken', 'ResponseError', 'ResponseStatus', 'AuthenticateResponse', 'Authenticate']);
  });

  it('ExcludeTypes leaves types out', async () => {
    const source = await text(TEST, 'typescript', { ExcludeTypes: 'CreateJwt,CreateJwtResponse' });
    expect(declared(source)).toEqual([
      'IReturn', 'IReturnVoid', 'IPost', 'IMeta', 'IHasSessionId', 'IHasBearerToken', 'ResponseError', 'ResponseStatus', 'IAuthTokens', 'AuthUserSession',
      'AuthenticateResponse', 'Authenticate',
    ]);
  });

  it('AddServiceStackTypes: False leaves out the ServiceStack namespace, its markers too, which the user imports (T16)', async () => {
    const source = await text(TEST, 'typescript', { AddServiceStackTypes: false });
    expect(declared(source)).toEqual(['CreateJwtResponse', 'CreateJwt']);
    expect(source).toContain('export class CreateJwt extends AuthUserSession implements IReturn<CreateJwtResponse>\n');
  });

  it('MakePropertiesOptional turns optional properties on for classes and off for declarations', async () => {
    const classes = await text(NORTHWIND, 'typescript', { MakePropertiesOptional: true });
    expect(classes).toContain('\nMakePropertiesOptional: True\n');
    expect(classes).toContain('\n    public id?: number;\n    public parentId?: number;\n    public refId?: string;\n');
    const declarations = await text(NORTHWIND, 'typescript-d', { MakePropertiesOptional: false });
    expect(declarations).toContain('\nMakePropertiesOptional: False\n');
    expect(declarations).toContain('\n    id: number;\n    parentId?: number;\n    refId: string;\n');
  });

  it('AddDescriptionAsComments: False drops the @description comments', async () => {
    const source = await text(TEST, 'typescript', { AddDescriptionAsComments: false });
    expect(source).not.toContain('@description');
    expect(source).toContain('\n// @Api(Description="Sign In")\n');
  });

  it('operation mode shows what the metadata page shows: no header, markers, routes or client methods', async () => {
    const source = await text(NORTHWIND, 'typescript', {}, 'AdminUpdateUser');
    expect(source.startsWith('// @DataContract\nexport class AdminUserBase\n')).toBe(true);
    expect(declared(source)).toEqual(['AdminUserBase', 'Property', 'AdminUserResponse', 'AdminUpdateUser']);
    expect(source).toContain('\nexport class AdminUpdateUser extends AdminUserBase implements IPut\n');
    expect(source).not.toMatch(/getTypeName|createResponse|@Route|Options:/);
    expect(source.endsWith('}\n')).toBe(true);
  });

  it('names an unknown operation', async () => {
    const result = await generate({ input: TEST, lang: 'typescript-d', op: 'Nope' });
    expect(result.diagnostics.map((d) => d.message)).toEqual(["no operation named 'Nope'"]);
    expect(result.files).toEqual([]);
  });
});

describe('dtogen generate --lang typescript / typescript-d', () => {
  const run = async (...argv: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
    return { code, stdout, stderr };
  };

  it('takes the option flags of the header', async () => {
    const { code, stdout, stderr } = await run('generate', TEST, '--lang', 'typescript-d', '--no-make-properties-optional', '--include-types', 'CreateJwt', '--date', '2026-01-02T03:04:05Z');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toContain('\nMakePropertiesOptional: False\n//AddServiceStackTypes: True\n');
    // A request brings its operation's return type along.
    expect(declared(stdout)).toEqual(['IReturn', 'CreateJwtResponse', 'CreateJwt']);
  });

  it('knows both languages', async () => {
    const { code, stderr } = await run('generate', TEST, '--lang', 'typescript-e');
    expect(code).toBe(2);
    // Other languages may be listed too.
    expect(stderr).toMatch(/^dtogen: --lang: unknown language 'typescript-e': expected .*typescript, typescript-d/);
  });
});
