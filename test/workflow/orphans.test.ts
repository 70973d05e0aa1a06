// A new user renames an output in a three-output config: `--check` says what is out of date and
// that `generate` removes the old file; `generate` does, naming it, and touches nothing it does
// not own (a file without the generated header, a file outside the output folders, an input).

import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATE, dtogen, project, writeConfig } from './support.js';

const outputs = (pythonName: string) => ({
  outputs: [
    { input: 'meta/test.json', lang: 'python', out: `out/${pythonName}` },
    { input: 'meta/test.json', lang: 'typescript', out: 'out/test.ts' },
    { input: 'meta/techstacks.json', lang: 'python', out: 'out/techstacks.py' },
  ],
});

describe('orphaned outputs', () => {
  it('after an output is renamed, --check counts 3 outputs and the orphan apart, and generate removes it', async () => {
    const folder = project(outputs('test.py'));
    expect((await dtogen(folder, 'generate', '--date', DATE)).code).toBe(0);
    // Files dtogen does not own: the user's own beside the outputs, and a generated file elsewhere.
    writeFileSync(path.join(folder, 'out/helpers.py'), 'def helper():\n    pass\n');
    mkdirSync(path.join(folder, 'elsewhere'));
    copyFileSync(path.join(folder, 'out/test.py'), path.join(folder, 'elsewhere/test.py'));

    writeConfig(folder, outputs('client.py'));
    const check = await dtogen(folder, 'generate', '--check', '--date', DATE);
    expect(check.code).toBe(1);
    expect(check.stderr).toBe(
      "missing: out/client.py\norphaned: out/test.py\ndtogen: 1 of 3 output(s) out of date, 1 orphaned file(s); run 'dtogen generate' to update them and remove the orphaned file\n",
    );

    const run = await dtogen(folder, 'generate', '--date', DATE);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^dtogen: wrote out\/client\.py, removed out\/test\.py \(no output produces it\), 2 unchanged in \d+ ms\n$/);
    expect(existsSync(path.join(folder, 'out/test.py'))).toBe(false);
    expect(readFileSync(path.join(folder, 'out/helpers.py'), 'utf8')).toBe('def helper():\n    pass\n');
    expect(existsSync(path.join(folder, 'elsewhere/test.py'))).toBe(true);

    expect(await dtogen(folder, 'generate', '--check', '--date', DATE)).toEqual({ code: 0, stdout: '', stderr: 'dtogen: 3 output(s) up to date\n' });
    expect((await dtogen(folder, 'generate', '--date', DATE)).stderr).toMatch(/^dtogen: nothing to write, 3 unchanged in \d+ ms\n$/);
  });

  it('never removes a generated file that an output reads as its input', async () => {
    const folder = project({ outputs: [{ input: 'meta/test.json', lang: 'typescript', out: 'gen/dtos.ts' }] });
    expect((await dtogen(folder, 'generate', '--date', DATE)).code).toBe(0);
    // The generated TypeScript becomes the input of a Python output in the same folder.
    writeConfig(folder, { outputs: [{ input: 'gen/dtos.ts', lang: 'python', out: 'gen/dtos.py' }] });
    const run = await dtogen(folder, 'generate', '--date', DATE);
    expect(run.stderr).not.toContain('removed');
    expect(existsSync(path.join(folder, 'gen/dtos.ts'))).toBe(true);
    expect(existsSync(path.join(folder, 'gen/dtos.py'))).toBe(true);
  });
});
