// --strict-classes output runs under Node 22's type stripping as it is: every fixture and corpus
// file is imported by one `node --experimental-strip-types` process, and a request is built,
// serialised and answered. Node 22 is this Node or the one scripts/setup-node22.sh installs (a
// loud skip without it, a failure in CI).

import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/generate.js';
import { NODE22 } from '../support/node22.js';
import { makeTempDir } from '../support/temp.js';
import { CORPUS_INPUTS, FIXTURE_INPUTS } from './support/inputs.js';

const exec = promisify(execFile);
const INPUTS = [...FIXTURE_INPUTS, ...CORPUS_INPUTS];

describe.skipIf(NODE22 === undefined)('StrictClasses under Node 22 type stripping', () => {
  it('imports every file, builds, serialises and answers a request', async () => {
    const dir = makeTempDir('dtogen-strip-types-');
    writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n');
    for (const input of INPUTS) {
      const result = await generate({ input: input.file, lang: 'typescript', date: new Date(0), options: { StrictClasses: true } });
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      writeFileSync(path.join(dir, `${input.name}.ts`), result.files.map((f) => f.content).join(''));
    }
    const script = [
      ...INPUTS.map((input, i) => `import * as m${i} from './${input.name}.ts';`),
      `const m = m${INPUTS.findIndex((i) => i.name === 'northwind-subset')};`,
      'const job = new m.BackgroundJob({ id: 3, refId: "r", state: m.BackgroundJobState.Failed });',
      'const query = new m.AdminQueryBackgroundJobs({ skip: 1 });',
      'console.log(JSON.stringify(job), query.getTypeName(), query.getMethod(), query.createResponse() instanceof m.QueryResponse);',
    ].join('\n');
    writeFileSync(path.join(dir, 'main.ts'), `${script}\n`);
    const { stdout } = await exec(NODE22!, ['--experimental-strip-types', '--no-warnings', 'main.ts'], { cwd: dir });
    expect(stdout).toBe('{"id":3,"refId":"r","state":"Failed"} AdminQueryBackgroundJobs GET true\n');
  }, 60_000);
});
