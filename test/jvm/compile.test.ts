// Every fixture and corpus metadata file generates Java and Kotlin that their real compilers
// accept against the real net.servicestack:client jar (with Gson): whole files with the default
// options and with the options that change the code (no accessors, void setters, implicit
// version, response status, initialised collections), and the hostile document of hostile.ts
// (text that tries to escape comments and strings must leave code that compiles). Each file
// gets a package of its own so that all of them compile in one javac run and one Kotlin compiler
// run (the Kotlin compiler is slow to start).

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/generate.js';
import { ALL_INPUTS } from '../support/inputs.js';
import { HAS_JVM, javac, kotlinc } from '../support/jvm.js';
import { makeTempDir } from '../support/temp.js';
import { HOSTILE_DOCUMENT } from './hostile.js';

const VARIANTS: Record<string, Record<string, string | boolean>> = {
  default: {},
  options: { AddPropertyAccessors: false, SettersReturnThis: false, AddImplicitVersion: '2', AddResponseStatus: true, InitializeCollections: true },
  plain: { AddDescriptionAsComments: false, AddReturnMarker: false, AddGsonImport: true },
};

const packageName = (label: string, variant: string) => `dtogen.${`${label}_${variant}`.replace(/[^A-Za-z0-9]/g, '_').toLowerCase()}`;

async function sources(lang: 'java' | 'kotlin', dir: string): Promise<string[]> {
  const files: string[] = [];
  const hostile = path.join(dir, 'hostile.json');
  writeFileSync(hostile, JSON.stringify(HOSTILE_DOCUMENT));
  for (const input of [...ALL_INPUTS, { label: 'hostile', file: hostile }]) {
    // The Kotlin compiler is slow: it takes the variants that change Kotlin code.
    for (const [variant, options] of Object.entries(VARIANTS).filter(([v]) => lang === 'java' || v !== 'plain')) {
      const only = lang === 'kotlin' ? Object.fromEntries(Object.entries(options).filter(([k]) => k !== 'AddPropertyAccessors' && k !== 'SettersReturnThis')) : options;
      const result = await generate({ input: input.file, lang, date: new Date(0), options: { ...only, Package: packageName(input.label, variant) } });
      expect(result.diagnostics.filter((d) => d.severity === 'error'), input.label).toEqual([]);
      const folder = path.join(dir, input.label, variant);
      mkdirSync(folder, { recursive: true });
      const file = path.join(folder, lang === 'java' ? 'dtos.java' : 'dtos.kt');
      writeFileSync(file, result.files.map((f) => f.content).join(''));
      files.push(file);
    }
  }
  return files;
}

describe.skipIf(!HAS_JVM)('generated Java and Kotlin compile against net.servicestack:client', () => {
  it('java: every input and variant in one javac run', async () => {
    const dir = makeTempDir('dtogen-java-');
    const files = await sources('java', dir);
    const result = await javac(files, path.join(dir, 'classes'));
    expect(result.output).toBe('');
    expect(result.ok).toBe(true);
  }, 600_000);

  it('kotlin: every input and variant in one compiler run', async () => {
    const dir = makeTempDir('dtogen-kotlin-');
    const files = await sources('kotlin', dir);
    const result = await kotlinc(files, path.join(dir, 'classes'));
    expect(result.output).toBe('');
    expect(result.ok).toBe(true);
  }, 600_000);
});
