// Generator options set on the command line: printed uncommented in the header, and applied.

import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { generate } from '../../src/generate.js';
import { fixture } from '../support/paths.js';

const run = async (...flags: string[]) => {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['generate', fixture('metadata', 'test.json'), '-l', 'python', '--date', '2026-01-01', ...flags], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
};

describe('Python options', () => {
  it('AddResponseStatus, AddImplicitVersion and DataClass', async () => {
    const { code, stdout } = await run('--add-response-status', '--add-implicit-version', '2', '--data-class', 'frozen=True');
    expect(code).toBe(0);
    expect(stdout).toContain('\n#AddServiceStackTypes: True\nAddResponseStatus: True\nAddImplicitVersion: 2\n');
    expect(stdout).toContain('\nDataClass: frozen=True\n');
    expect(stdout).toContain(
      '\n@dataclass(frozen=True)\nclass CreateJwt(AuthUserSession, IReturn[CreateJwtResponse]):\n    version: int = 2\n    jwt_expiry: Optional[datetime.datetime] = None\n',
    );
    // CreateJwtResponse declares its own ResponseStatus, so it gains none.
    expect(stdout).toContain('class CreateJwtResponse:\n    token: Optional[str] = None\n    response_status: Optional[ResponseStatus] = None\n\n');
  });

  it('DefaultImports replaces the import block', async () => {
    const { stdout } = await run('--default-imports', 'datetime,typing:List/Optional,servicestack:*');
    expect(stdout).toContain('"""\n\nimport datetime\nfrom typing import List, Optional\nfrom servicestack import *\nObject = TypeVar');
  });

  it('a word after a boolean flag is a usage error, with nothing printed', async () => {
    expect(await run('--add-description-as-comments', 'perhaps')).toMatchObject({ code: 2, stdout: '' });
  });

  it('a malformed option value given to the library is named, with nothing generated', async () => {
    const result = await generate({ input: fixture('metadata', 'test.json'), lang: 'python', options: { AddResponseStatus: 'perhaps' } });
    expect(result.files).toEqual([]);
    expect(result.diagnostics.map((d) => d.message)).toEqual(["option AddResponseStatus: expected True or False, found 'perhaps'"]);
  });
});
