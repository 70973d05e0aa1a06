// ServiceStack's own dtos.ts files (../shared/corpus, 5.133 to 8.91) read back: they load with no
// error, and `--lang typescript` from them gives their declarations again, declaration by
// declaration. An older file is first put into 8.91's spelling by the version differences
// listed in version-differences.ts (and in the README). What still differs is listed per file:
// what dtogen does on purpose (a type the file never declares, such as ConcurrentQueue<T>, is
// typed Object, as `any` is).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics/diagnostic.js';
import { generate } from '../../src/generate.js';
import { loadInput } from '../../src/loaders/index.js';
import type { MetadataModel } from '../../src/model/types.js';
import { CORPUS, HAS_CORPUS } from '../support/paths.js';
import { declarations, difference } from './declarations.js';
import { CORPUS_SOURCES } from './sources.js';
import { as891, differencesFor } from './version-differences.js';

const FILES = [
  { file: 'get-dtos-8.91/dtos.ts', differing: [] as string[] },
  // ApiKeyInfo: `KeyValuePair<string,string>` (8.91 writes no space there); CommandSummary:
  // ConcurrentQueue<number>, never declared, is Object; RequestLogEntry: `any` is Object.
  { file: 'northwind-auto-8.91/dtos.ts', differing: ['ApiKeyInfo', 'CommandSummary', 'RequestLogEntry'] },
  { file: 'blazor-gallery/dtos.6.61.ts', differing: [] },
  { file: 'test.servicestack.net/test.dtos.5.133.ts', differing: [] },
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
    const text = readFileSync(input, 'utf8');
    const version = /^Version: (\S+)$/m.exec(text)?.[1] ?? '';
    expect(version).not.toBe('');
    const versionDifferences = differencesFor(version);
    const original = declarations(text).map((d) => as891(d, versionDifferences)).filter((d) => d !== '');
    const { files } = await generate({ model, lang: 'typescript', date: new Date(0) });
    const regenerated = declarations(files[0]?.content ?? '');
    // Declaration by declaration: each of the original's has its namesake, equal to it.
    const byName = new Map(regenerated.map((d) => [nameOf(d), d]));
    const unequal = original.filter((d) => byName.get(nameOf(d)) !== d).map(nameOf);
    expect(unequal.sort()).toEqual([...differing].sort());
    const diff = difference(original, regenerated);
    expect([...new Set([...diff.missing, ...diff.extra].map(nameOf))].sort()).toEqual([...differing].sort());
  });

  it('covers every dtos.ts of the corpus', () => {
    expect(CORPUS_SOURCES.map((s) => path.relative(CORPUS, s.file)).sort()).toEqual(FILES.map((f) => f.file).sort());
  });

  it('every version difference is needed by some corpus file', async () => {
    const { VERSION_DIFFERENCES } = await import('./version-differences.js');
    const used = new Set<string>();
    for (const { file } of FILES) {
      const text = readFileSync(path.join(CORPUS, file), 'utf8');
      const version = /^Version: (\S+)$/m.exec(text)?.[1] ?? '';
      for (const v of differencesFor(version)) {
        if (declarations(text).some((d) => v.rewrite(d) !== d)) used.add(v.what);
      }
    }
    expect(VERSION_DIFFERENCES.map((v) => v.what).filter((w) => !used.has(w))).toEqual([]);
  });
});
