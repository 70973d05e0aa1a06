// One golden file per fixture, language and mode: the whole file (with its Options header), and
// each operation as its metadata page shows it; plus one whole file with every option set.

import path from 'node:path';
import { describe, it } from 'vitest';
import { generate, type GenerateOptions } from '../../src/generate.js';
import { expectGolden } from './support/golden.js';
import { FIXTURE_INPUTS, loadModel } from './support/inputs.js';

const GOLDEN = path.join(import.meta.dirname, 'golden');
const DATE = new Date('2026-01-02T03:04:05Z');
const LANGS = [
  { lang: 'typescript', extension: '.ts' },
  { lang: 'typescript-d', extension: '.d.ts' },
];

async function text(options: GenerateOptions): Promise<string> {
  const result = await generate({ date: DATE, ...options });
  if (result.diagnostics.length > 0) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  return result.files.map((f) => f.content).join('');
}

describe('TypeScript golden files', async () => {
  const cases: { name: string; options: GenerateOptions; file: string }[] = [];
  for (const input of FIXTURE_INPUTS) {
    const model = await loadModel(input.file);
    for (const { lang, extension } of LANGS) {
      cases.push({ name: `${input.name} ${lang}`, options: { input: input.file, lang }, file: `${input.name}.dtos${extension}` });
      for (const op of model.operations) {
        cases.push({ name: `${input.name} ${lang} --op ${op.name}`, options: { input: input.file, lang, op: op.name }, file: `${input.name}.${op.name}${extension}` });
      }
    }
  }
  const techstacks = FIXTURE_INPUTS.find((i) => i.name === 'techstacks');
  for (const { lang, extension } of techstacks ? LANGS : []) {
    const options = {
      GlobalNamespace: 'dtos',
      AddResponseStatus: true,
      AddImplicitVersion: '2',
      AddDescriptionAsComments: false,
      DefaultImports: 'JsonServiceClient:@servicestack/client',
    };
    cases.push({ name: `techstacks ${lang} with every option`, options: { input: techstacks?.file ?? '', lang, options }, file: `techstacks.options.dtos${extension}` });
  }

  it.each(cases)('$name', async ({ options, file }) => {
    await expectGolden(await text(options), path.join(GOLDEN, file));
  });
});
