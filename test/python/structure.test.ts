// Structure against ServiceStack's own output: the Python dtogen writes for some of
// test.servicestack.net's types (test/fixtures/test-servicestack-types.json) must equal, class by
// class, ServiceStack's dtos.py for that server.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/generate.js';
import { CORPUS, HAS_CORPUS } from '../support/paths.js';

const REAL = path.join(CORPUS, 'test.servicestack.net', 'dtos.8.81.py');
const INPUT = fileURLToPath(new URL('../fixtures/test-servicestack-types.json', import.meta.url));

/**
 * Classes that differ on purpose. AllTypes: dtogen writes `decimal.Decimal` (and escapes the
 * field named `decimal`), where ServiceStack's `Decimal` is marshmallow's field class. Both:
 * the metadata document, written from the Swift file, does not mark their collections required,
 * which ServiceStack's metadata does for non-nullable collections.
 */
const DIFFERENT = new Set(['AllTypes', 'HelloBase1']);

/** `class Name…` blocks of a file, with the comments and decorators above them. */
function classes(source: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const block of source.split('\n\n\n')) {
    const name = /^class (\w+)/m.exec(block)?.[1];
    if (name) out.set(name, block.replace(/^\n+|\n+$/g, ''));
  }
  return out;
}

describe.skipIf(!HAS_CORPUS)("Python classes equal ServiceStack's for test.servicestack.net", async () => {
  const { files, diagnostics } = await generate({ input: INPUT, lang: 'python', date: new Date(0) });
  const generated = classes(files.map((f) => f.content).join(''));
  const real = HAS_CORPUS ? classes(readFileSync(REAL, 'utf8')) : new Map<string, string>();

  it('generates without diagnostics, and ServiceStack wrote every class it generates', () => {
    expect(diagnostics).toEqual([]);
    expect([...generated.keys()].filter((name) => !real.has(name))).toEqual([]);
    expect(generated.size).toBeGreaterThan(20);
  });

  it.each([...generated.keys()].filter((name) => !DIFFERENT.has(name)))('%s', (name) => {
    expect(generated.get(name)).toBe(real.get(name));
  });
});
