// Generator options set on the command line: printed uncommented in the header, and applied.

import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { fixture } from '../support/paths.js';
import { declarationText, declaredNames } from './declarations.js';

const STRUCTURE = new URL('../fixtures/test-servicestack-types.json', import.meta.url).pathname;

const run = async (input: string, ...flags: string[]) => {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['generate', input, '-l', 'swift', '--date', '2026-01-01', ...flags], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
};

describe('Swift options', () => {
  it('MakePropertiesOptional, InitializeCollections, AddResponseStatus and AddImplicitVersion', async () => {
    const { code, stdout } = await run(
      fixture('metadata', 'test.json'),
      '--make-properties-optional', 'false', '--initialize-collections', 'true', '--add-response-status', '--add-implicit-version', '2',
    );
    expect(code).toBe(0);
    expect(stdout).toContain('\n//AddServiceStackTypes: True\nMakePropertiesOptional: False\n');
    expect(stdout).toContain('\nAddResponseStatus: True\nAddImplicitVersion: 2\n//AddDescriptionAsComments: True\nInitializeCollections: True\n');
    expect(declarationText(stdout, 'CreateJwt')).toContain(
      // S13: the version keeps its default and stays out of CodingKeys, as ServiceStack writes it.
      '    public var version:Int = 2\n    public var jwtExpiry:Date?\n\n    required public init(){ super.init() }\n\n    private enum CodingKeys : String, CodingKey {\n        case jwtExpiry\n    }\n',
    );
    expect(declarationText(stdout, 'AuthenticateResponse')).toContain('    // @DataMember(Order=9)\n    public var roles:[String] = []\n');
    // CreateJwtResponse declares its own ResponseStatus, so it gains none.
    expect(declarationText(stdout, 'CreateJwtResponse')).toBe(
      'public class CreateJwtResponse : Codable\n{\n    public var token:String\n    public var responseStatus:ResponseStatus\n\n    required public init(){}\n}',
    );
  });

  it('IncludeTypes and ExcludeTypes choose the declarations', async () => {
    expect(declaredNames((await run(fixture('metadata', 'test.json'), '--include-types', 'Authenticate.*')).stdout)).toEqual(['Authenticate', 'AuthenticateResponse']);
    expect(declaredNames((await run(fixture('metadata', 'test.json'), '--exclude-types', 'AuthUserSession,IAuthTokens')).stdout)).toEqual([
      'CreateJwt', 'Authenticate', 'CreateJwtResponse', 'AuthenticateResponse',
    ]);
  });

  it('AddServiceStackTypes false leaves out the ServiceStack namespace', async () => {
    expect(declaredNames((await run(fixture('metadata', 'test.json'), '--add-service-stack-types', 'false')).stdout)).toEqual(['CreateJwt', 'CreateJwtResponse']);
  });

  it('BaseClass, ExcludeGenericBaseTypes and TreatTypesAsStrings', async () => {
    const { code, stdout } = await run(STRUCTURE, '--base-class', 'DtoBase', '--exclude-generic-base-types', '--treat-types-as-strings', 'SubType');
    expect(code).toBe(0);
    expect(stdout).toContain('\nBaseClass: DtoBase\n');
    // ServiceStack leaves out a type with a generic base, with a comment in its place (S16).
    expect(stdout).toContain('\nimport ServiceStack\n//Excluded QueryItems : QueryDb<Item,Poco>\n\n');
    expect(stdout).toContain('\n}\n//Excluded HelloWithGenericInheritance : HelloBase<Poco>\n\n');
    // BaseClass stands where a type has no base, beside Codable (S15).
    expect(stdout).toContain('\npublic class Poco : DtoBase, Codable\n');
    expect(stdout).toContain('\npublic class HelloWithInheritance : HelloBase, IReturn\n');
    expect(stdout).toContain('    public var subType:String?\n');
    expect(declaredNames(stdout)).not.toContain('SubType');
  });

  it('DefaultImports replaces the imports', async () => {
    const { stdout } = await run(fixture('metadata', 'test.json'), '--default-imports', 'Foundation,MyKit.Models');
    expect(stdout).toContain('*/\n\nimport Foundation\nimport MyKit.Models\n\n// @Route("/jwt")\n');
  });

  it('a BaseClass that is not a class name is a usage error, with nothing printed', async () => {
    const { code, stdout, stderr } = await run(fixture('metadata', 'test.json'), '--base-class', 'X { }; class Y');
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toBe("dtogen: option BaseClass: expected a class name, found 'X { }; class Y'\nRun 'dtogen --help' for usage.\n");
  });
});
