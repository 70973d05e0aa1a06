// --prettier: the output formatted with the prettier configuration that applies where the file is
// written, as prettier's own CLI would find it; without a configuration, prettier's defaults.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { generate } from '../../src/generate.js';
import { fixture } from '../support/paths.js';

const INPUT = fixture('metadata', 'test.json');
const DATE = new Date('2026-01-02T03:04:05Z');

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function folderWithConfig(config?: object): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'dtogen-prettier-'));
  folders.push(folder);
  if (config) writeFileSync(path.join(folder, '.prettierrc'), JSON.stringify(config));
  return folder;
}

async function formatted(lang: string, outputPath: string): Promise<string> {
  const result = await generate({ input: INPUT, lang, date: DATE, format: 'prettier', outputPath });
  expect(result.diagnostics).toEqual([]);
  return result.files.map((f) => f.content).join('');
}

describe('--prettier', () => {
  it("uses the .prettierrc of the output file's folder", async () => {
    const folder = folderWithConfig({ useTabs: true, semi: false, singleQuote: false });
    const source = await formatted('typescript', path.join(folder, 'dtos.ts'));
    expect(source).toContain('\nexport class ResponseError {\n\t// @DataMember(Order=1)\n\tpublic errorCode: string\n');
    expect(source).toContain('\n\tpublic getTypeName() {\n\t\treturn "Authenticate"\n\t}\n');
  });

  it("falls back to prettier's defaults where no configuration applies", async () => {
    const folder = folderWithConfig();
    const source = await formatted('typescript-d', path.join(folder, 'dtos.d.ts'));
    expect(source).toContain('\ninterface ResponseError {\n  // @DataMember(Order=1)\n  errorCode?: string;\n');
    // The header comment is kept as it is.
    expect(source.startsWith('/* Options:\nDate: 2026-01-02 03:04:05\n')).toBe(true);
  });

  it('leaves the output alone without the flag', async () => {
    const result = await generate({ input: INPUT, lang: 'typescript', date: DATE, outputPath: path.join(folderWithConfig({ useTabs: true }), 'dtos.ts') });
    expect(result.files[0]?.content).toContain('\nexport class ResponseError\n{\n    // @DataMember(Order=1)\n    public errorCode: string;\n');
  });

  it('formats what the CLI writes with -o', async () => {
    const folder = folderWithConfig({ tabWidth: 8 });
    const out = path.join(folder, 'dtos.ts');
    let stderr = '';
    const code = await runCli(['generate', INPUT, '--lang', 'typescript', '--prettier', '-o', out, '--date', '2026-01-02T03:04:05Z'], {
      stdout: () => undefined,
      stderr: (t) => (stderr += t),
    });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(readFileSync(out, 'utf8')).toContain('\nexport class ResponseError {\n        // @DataMember(Order=1)\n        public errorCode: string;\n');
  });

  it('refuses, as a usage error, a language prettier cannot format', async () => {
    let stderr = '';
    const code = await runCli(['generate', INPUT, '--lang', 'python', '--prettier'], { stdout: () => undefined, stderr: (t) => (stderr += t) });
    expect(code).toBe(2);
    expect(stderr).toBe("dtogen: --prettier formats TypeScript only (prettier cannot parse Python)\nRun 'dtogen generate --help' for usage.\n");
  });
});
