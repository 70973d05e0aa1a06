// StrictClasses: TypeScript classes a new project can use as they are. Every fixture and corpus
// document compiles with zero diagnostics under exactly the tsconfig `tsc --init` writes (made by
// the real `tsc --init` in a fresh folder, an ES module package), and under `erasableSyntaxOnly`
// (strip-types.test.ts runs them under Node 22's type stripping). The default layout is
// ServiceStack's, byte for byte (the goldens), and needs the two settings the README names.

import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { generate } from '../../src/generate.js';
import { fixture, ROOT } from '../support/paths.js';
import { makeTempDir } from '../support/temp.js';
import { CORPUS_INPUTS, FIXTURE_INPUTS } from './support/inputs.js';

const exec = promisify(execFile);
const TSC = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const INPUTS = [...FIXTURE_INPUTS, ...CORPUS_INPUTS];
const DATE = new Date('2026-01-02T03:04:05Z');

async function strictClasses(file: string, options: Record<string, unknown> = {}) {
  return generate({ input: file, lang: 'typescript', date: DATE, options: { StrictClasses: true, ...options } });
}

/** Runs tsc in `dir`; its diagnostics, one a line (empty when clean). */
async function tsc(dir: string, ...args: string[]): Promise<string> {
  try {
    await exec(process.execPath, [TSC, ...args], { cwd: dir, maxBuffer: 64 * 1024 * 1024 });
    return '';
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}

describe('StrictClasses', () => {
  let dir = '';
  beforeAll(async () => {
    dir = makeTempDir('dtogen-strict-');
    // What a user's fresh project has: package.json says ES modules, tsconfig is tsc --init's.
    writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n');
    expect(await tsc(dir, '--init')).toBe('');
    expect(readFileSync(path.join(dir, 'tsconfig.json'), 'utf8')).toMatch(/^\s*"strict": true,$/m);
    for (const input of INPUTS) {
      const result = await strictClasses(input.file);
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      writeFileSync(path.join(dir, `${input.name}.ts`), result.files.map((f) => f.content).join(''));
    }
    // The options that add members or change how properties are declared.
    // (On the fixtures that declare ResponseStatus, which AddResponseStatus refers to.)
    const options = { AddResponseStatus: true, AddImplicitVersion: '2', InitializeCollections: true };
    for (const input of FIXTURE_INPUTS.filter((i) => ['test', 'northwind-subset', 'techstacks'].includes(i.name))) {
      const result = await strictClasses(input.file, options);
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      writeFileSync(path.join(dir, `${input.name}.options.ts`), result.files.map((f) => f.content).join(''));
    }
  }, 120_000);

  it('compiles under the tsconfig tsc --init writes, with no diagnostic at all, as erasable syntax only', async () => {
    // erasableSyntaxOnly adds to the checks what type stripping refuses (enums, namespaces, parameter properties).
    expect(await tsc(dir, '-p', '.', '--noEmit', '--erasableSyntaxOnly')).toBe('');
  }, 120_000);

  it("the default layout needs what the README says: strictPropertyInitialization and useDefineForClassFields off", async () => {
    const plain = makeTempDir('dtogen-default-');
    writeFileSync(path.join(plain, 'package.json'), '{ "type": "module" }\n');
    expect(await tsc(plain, '--init')).toBe('');
    for (const input of INPUTS) {
      const result = await generate({ input: input.file, lang: 'typescript', date: DATE });
      writeFileSync(path.join(plain, `${input.name}.ts`), result.files.map((f) => f.content).join(''));
    }
    const codes = (await tsc(plain, '-p', '.', '--noEmit')).match(/error TS\d+/g) ?? [];
    expect(new Set(codes)).toEqual(new Set(['error TS2564', 'error TS2612']));
    expect(await tsc(plain, '-p', '.', '--noEmit', '--strictPropertyInitialization', 'false', '--useDefineForClassFields', 'false')).toBe('');
  }, 120_000);

  it('writes enums as const objects, definite properties and declared redeclarations', async () => {
    const text = (await strictClasses(fixture('metadata', 'northwind-subset.json'))).files[0]!.content;
    expect(text).toContain("export const BackgroundJobState =\n{\n    Queued: 'Queued',\n");
    expect(text).toContain('} as const;\nexport type BackgroundJobState = (typeof BackgroundJobState)[keyof typeof BackgroundJobState];\n');
    expect(text).toContain('    public declare id: number;\n');
    expect(text).toContain('    public refId!: string;\n');
    expect(text).toContain('    public parentId?: number;\n');
    expect(text).toContain('Object.assign(this, init); }');
    expect(text).not.toContain('as any');
    expect(text).not.toMatch(/\benum\b|\bnamespace\b/);
    expect(text).toContain('\nStrictClasses: True\n');
  });

  it('refuses a GlobalNamespace: type stripping has no namespaces', async () => {
    const result = await strictClasses(fixture('metadata', 'test.json'), { GlobalNamespace: 'Api' });
    expect(result.files).toEqual([]);
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      "option GlobalNamespace: expected no GlobalNamespace with StrictClasses (Node type stripping has no namespaces), found 'Api'",
    ]);
  });

  it('--strict-classes on the command line, and in a config file, as the header records it', async () => {
    const out = makeTempDir('dtogen-strict-cli-');
    const io = { stdout: () => {}, stderr: (t: string) => void (err += t) };
    let err = '';
    expect(await runCli(['generate', fixture('metadata', 'northwind-subset.json'), '--strict-classes', '-o', path.join(out, 'flag.ts'), '--date', '2026-01-02T03:04:05Z'], io)).toBe(0);
    const config = { outputs: [{ input: fixture('metadata', 'northwind-subset.json'), lang: 'typescript', out: 'config.ts', options: { StrictClasses: true } }] };
    // A folder of its own: a config run removes the generated files no output of it produces.
    const configDir = makeTempDir('dtogen-strict-config-');
    writeFileSync(path.join(configDir, 'dtogen.config.json'), JSON.stringify(config));
    expect(await runCli(['generate', '--config', path.join(configDir, 'dtogen.config.json')], io)).toBe(0);
    expect(err).toMatch(/^dtogen: wrote \S*config\.ts in \d+ ms\n$/);
    for (const file of [path.join(out, 'flag.ts'), path.join(configDir, 'config.ts')]) {
      const text = readFileSync(file, 'utf8');
      expect(text).toContain('\nStrictClasses: True\n');
      expect(text).toContain('} as const;\n');
    }
  });
});
