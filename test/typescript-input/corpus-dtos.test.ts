// ServiceStack's own dtos.ts files (../shared/corpus, 5.133 to 8.91) read back: they load with no
// error, and `--lang typescript` from them gives their declarations again, declaration by
// declaration. What differs is listed per file: what dtogen does on purpose (a type the file
// never declares, such as ConcurrentQueue<T>, is typed Object, as `any` is), and older
// generators' layout (5.x/6.x spacing and member order), which only the 8.91 files are held to.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics/diagnostic.js';
import { generate } from '../../src/generate.js';
import { loadInput } from '../../src/loaders/index.js';
import type { MetadataModel } from '../../src/model/types.js';
import { CORPUS, HAS_CORPUS } from '../support/paths.js';
import { declarations, difference } from './declarations.js';

const FILES = [
  { file: 'get-dtos-8.91/dtos.ts', differing: [] as string[] },
  // ApiKeyInfo: `KeyValuePair<string,string>` (8.91 writes no space there); CommandSummary:
  // ConcurrentQueue<number>, never declared, is Object; RequestLogEntry: `any` is Object.
  { file: 'northwind-auto-8.91/dtos.ts', differing: ['ApiKeyInfo', 'CommandSummary', 'RequestLogEntry'] },
  { file: 'blazor-gallery/dtos.6.61.ts', differing: undefined },
  { file: 'test.servicestack.net/test.dtos.5.133.ts', differing: undefined },
];

const nameOf = (declaration: string) => /(?:class|interface|enum|type) (\w+)/.exec(declaration)?.[1] ?? declaration.slice(0, 40);

describe.skipIf(!HAS_CORPUS)("ServiceStack's dtos.ts read back", () => {
  if (!HAS_CORPUS && process.env.CI === 'true') throw new Error('../shared/corpus is required under CI');
  it.each(FILES)('$file', async ({ file, differing }) => {
    const input = path.join(CORPUS, file);
    const loaded = await loadInput(input);
    expect(loaded.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([]);
    const model = loaded.model as MetadataModel;
    for (const lang of ['python', 'swift', 'typescript']) {
      const { files, diagnostics } = await generate({ model, lang, date: new Date(0) });
      expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(files).toHaveLength(1);
    }
    if (differing === undefined) return;
    const { files } = await generate({ model, lang: 'typescript', date: new Date(0) });
    const diff = difference(declarations(readFileSync(input, 'utf8')), declarations(files[0]?.content ?? ''));
    const names = [...new Set([...diff.missing, ...diff.extra].map(nameOf))].sort();
    expect(names).toEqual([...differing].sort());
  });
});
