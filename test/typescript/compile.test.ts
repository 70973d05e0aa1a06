// Every fixture and every corpus metadata file generates TypeScript that the real compiler
// accepts under --strict, next to the real @servicestack/client: both flavours, with and without
// --prettier. Beside each dtos.ts a small module sends every request with JsonServiceClient, so the
// request classes are checked against the client's own IReturn<T> and its send() signature.
//
// One exception, kept as narrow as it can be: the two diagnostics that ask for a property
// initializer, in class DTOs only. TS2564 ("has no initializer and is not definitely assigned")
// and TS2612 ("will overwrite the base property ... add an initializer", a subclass redeclaring a
// base property under ES2022 class fields). ServiceStack's classes are filled by
// `Object.assign(this, init)` in the constructor, which the compiler cannot see, and
// `public name: string;` is what ServiceStack writes: its own 8.91 files report both. Every other
// strict check applies, and declarations (typescript-d) and the client modules must have no
// diagnostic at all.

import { describe, expect, it } from 'vitest';
import { generate } from '../../src/generate.js';
import { classClient, declarationsClient } from './support/clients.js';
import { typeCheck, type CheckedDiagnostic } from './support/compile.js';
import { CORPUS_INPUTS, FIXTURE_INPUTS, loadModel, sendableRequests, type Input } from './support/inputs.js';

const NO_INITIALIZER: ReadonlySet<number> = new Set([2564, 2612]);
const INPUTS = [...FIXTURE_INPUTS, ...CORPUS_INPUTS];

async function generated(input: Input, lang: string, prettier: boolean): Promise<string> {
  const result = await generate({ input: input.file, lang, date: new Date('2026-01-02T03:04:05Z'), ...(prettier ? { format: 'prettier' as const } : {}) });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return result.files.map((f) => f.content).join('');
}

const inDtos = (d: CheckedDiagnostic) => d.file.endsWith('.dtos.ts');

describe('generated TypeScript compiles with tsc --strict and @servicestack/client', () => {
  it('typescript: every input, plain and --prettier, in one program', async () => {
    const files: Record<string, string> = {};
    for (const input of INPUTS) {
      const requests = sendableRequests(await loadModel(input.file));
      for (const prettier of [false, true]) {
        const name = `${input.name}${prettier ? '.prettier' : ''}`;
        files[`${name}.dtos.ts`] = await generated(input, 'typescript', prettier);
        files[`${name}.client.ts`] = classClient(`${name}.dtos`, requests);
      }
    }
    const diagnostics = typeCheck(files);
    expect(diagnostics.filter((d) => !(inDtos(d) && NO_INITIALIZER.has(d.code)))).toEqual([]);
    // The exception is only ever about properties of the generated classes.
    expect(diagnostics.every((d) => inDtos(d))).toBe(true);
  });

  // Declarations are global (a .d.ts without imports), so each file gets a program of its own.
  it.each(INPUTS.flatMap((input) => [false, true].map((prettier) => ({ input, prettier, label: `${input.name}${prettier ? ' --prettier' : ''}` }))))(
    'typescript-d: $label',
    async ({ input, prettier }) => {
      const requests = sendableRequests(await loadModel(input.file));
      const diagnostics = typeCheck({
        'dtos.d.ts': await generated(input, 'typescript-d', prettier),
        'client.ts': declarationsClient(requests),
      });
      expect(diagnostics).toEqual([]);
    },
  );
});
