// The config file as editors write it (JSONC: comments, trailing commas) and where a user runs
// dtogen from (a subfolder): the nearest dtogen.config.json or .jsonc up to the repository root.

import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runWorkflow } from '../../src/cli/workflow-command.js';
import { generate } from '../../src/generate.js';
import { findTarget } from '../../src/targets/index.js';
import { fixture } from '../support/paths.js';
import { makeTempDir } from '../support/temp.js';

const JSONC = `{
  // the Python client
  "outputs": [
    { "input": "test.json", "lang": "python", "out": "dtos.py", }, /* trailing commas too */
  ],
}
`;

function project(configName: string, text: string): string {
  const dir = makeTempDir('dtogen-config-');
  mkdirSync(path.join(dir, '.git'));
  mkdirSync(path.join(dir, 'src', 'deep'), { recursive: true });
  copyFileSync(fixture('metadata', 'test.json'), path.join(dir, 'test.json'));
  writeFileSync(path.join(dir, configName), text);
  return dir;
}

async function generateIn(cwd: string) {
  let stderr = '';
  const code = await runWorkflow({}, { stdout: () => true, stderr: (t) => (stderr += t) }, { date: new Date(0), timeoutMs: 1000 }, cwd);
  return { code, stderr };
}

describe('config files', () => {
  it.each(['dtogen.config.json', 'dtogen.config.jsonc'])('%s with comments and trailing commas, found from a subfolder', async (name) => {
    const dir = project(name, JSONC);
    const { code, stderr } = await generateIn(path.join(dir, 'src', 'deep'));
    expect(stderr).toMatch(/wrote/);
    expect(code).toBe(0);
    expect(readFileSync(path.join(dir, 'dtos.py'), 'utf8')).toContain('class CreateJwt(');
  });

  it('a syntax error in a commented config is located', async () => {
    const dir = project('dtogen.config.jsonc', '{\n  // outputs\n  "outputs": [ { "input" "test.json" } ]\n}\n');
    const { code, stderr } = await generateIn(dir);
    expect(code).toBe(1);
    expect(stderr.split('\n')[0]).toBe('dtogen.config.jsonc:3:26: not valid JSON: colon expected');
  });

  it('stops at the repository root', async () => {
    const outer = project('dtogen.config.json', JSONC);
    const inner = path.join(outer, 'src');
    mkdirSync(path.join(inner, '.git'));
    const { code, stderr } = await generateIn(inner);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^dtogen: no input given, and no dtogen\.config\.json \(or \.jsonc\) in .* or above it\n/);
  });
});

describe('language short names', () => {
  it('a config takes py, ts and tsd as the command line does, and writes what the full names write', async () => {
    const outputs = (langs: string[]) => JSON.stringify({ outputs: langs.map((lang, i) => ({ input: 'test.json', lang, out: `out${i}.${lang.startsWith('t') ? (lang.endsWith('d') ? 'd.ts' : 'ts') : 'py'}` })) });
    const short = project('dtogen.config.json', outputs(['py', 'ts', 'tsd']));
    const long = project('dtogen.config.json', outputs(['python', 'typescript', 'typescript-d']));
    for (const dir of [short, long]) expect((await generateIn(dir)).code).toBe(0);
    for (const file of ['out0.py', 'out1.ts', 'out2.d.ts']) {
      expect(readFileSync(path.join(short, file), 'utf8')).toBe(readFileSync(path.join(long, file), 'utf8'));
    }
  });

  it('findTarget and the library API take them too', async () => {
    expect(findTarget('py')?.id).toBe('python');
    expect(findTarget('ts')?.id).toBe('typescript');
    expect(findTarget('tsd')?.id).toBe('typescript-d');
    expect(findTarget('pyth')).toBeUndefined();
    const [viaAlias, viaId] = await Promise.all(['tsd', 'typescript-d'].map((lang) => generate({ input: fixture('metadata', 'test.json'), lang, date: new Date(0) })));
    expect(viaAlias?.diagnostics).toEqual([]);
    expect(viaAlias?.files).toEqual(viaId?.files);
  });

  it('a wrong name in a config is located, listing the known ones', async () => {
    const dir = project('dtogen.config.json', JSON.stringify({ outputs: [{ input: 'test.json', lang: 'pyt', out: 'dtos.py' }] }));
    const { code, stderr } = await generateIn(dir);
    expect(code).toBe(1);
    expect(stderr.split('\n')[0]).toBe("dtogen.config.json /outputs/0/lang: unknown language 'pyt' (known: python, swift, typescript, typescript-d, mjs, kotlin, java)");
  });
});
