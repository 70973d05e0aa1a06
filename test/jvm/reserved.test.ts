// Names Java and Kotlin cannot declare: `_` (a keyword in Java since 9; Kotlin reserves names of
// underscores alone) as a property, a type and a generic parameter. Renamed `_1`, the property
// keeps its JSON key with @SerializedName, and both compilers accept the file.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/generate.js';
import { loadText } from '../../src/loaders/index.js';
import { HAS_JVM, javac, kotlinc } from '../support/jvm.js';
import { makeTempDir } from '../support/temp.js';

const text = (name: string) => ({ name, type: 'String', namespace: 'System' });

const RESERVED_DOCUMENT = {
  app: { baseUrl: 'https://example.org' },
  api: {
    types: [
      { name: 'Holder', namespace: 'App', properties: [text('_'), text('Default'), { name: 'Box', type: '_', namespace: 'App' }] },
      { name: '_', namespace: 'App', properties: [text('A')] },
      { name: 'Wrapper`1', namespace: 'App', genericArgs: ['_'], properties: [{ name: 'Value', type: '_', namespace: 'App' }] },
    ],
    operations: [],
  },
};

async function generated(lang: 'java' | 'kotlin'): Promise<string> {
  const { model, diagnostics } = loadText(JSON.stringify(RESERVED_DOCUMENT), 'reserved.json');
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const result = await generate({ model: model!, lang, date: new Date(0), options: { Package: 'dtogen.reserved' } });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return result.files.map((f) => f.content).join('');
}

describe('JVM names that are not identifiers', () => {
  it('java: _ is _1, its JSON key kept', async () => {
    const source = await generated('java');
    expect(source).toContain('        @SerializedName("_") public String _1 = null;\n');
    expect(source).toContain('    public static class _1\n');
    expect(source).not.toMatch(/\b_\b(?!")/);
  });

  it('kotlin: _ is _1, its JSON key kept', async () => {
    const source = await generated('kotlin');
    expect(source).toContain('    @SerializedName("_") open var _1:String? = null\n');
    expect(source).toContain('open class _1\n');
    expect(source).not.toMatch(/\b_\b(?!")/);
  });

  it.skipIf(!HAS_JVM)('both compile', async () => {
    const dir = makeTempDir('dtogen-jvm-reserved-');
    for (const lang of ['java', 'kotlin'] as const) {
      const folder = path.join(dir, lang);
      mkdirSync(folder);
      const file = path.join(folder, lang === 'java' ? 'dtos.java' : 'dtos.kt');
      writeFileSync(file, await generated(lang));
      const result = await (lang === 'java' ? javac : kotlinc)([file], path.join(folder, 'classes'));
      expect(result.output).toBe('');
      expect(result.ok).toBe(true);
    }
  }, 600_000);
});
