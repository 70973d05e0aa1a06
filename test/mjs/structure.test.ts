// Generated modules are ServiceStack's, declaration for declaration: metadata documents written
// for some of the types of two real servers (test/mjs/fixtures/get-dtos-subset.json for the
// get-dtos server, fixtures/metadata/northwind-subset.json for northwind) generate the
// declarations ServiceStack 8.91 wrote for them in those servers' dtos.mjs, byte for byte.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { declarations } from '../../scripts/conformance-lib.mjs';
import { generate } from '../../src/generate.js';
import { CORPUS, fixture, HAS_CORPUS, ROOT } from '../support/paths.js';

const parse = (source: string) => declarations(source, 'mjs');

const SERVERS = [
  {
    name: 'get-dtos',
    input: path.join(ROOT, 'test', 'mjs', 'fixtures', 'get-dtos-subset.json'),
    real: path.join(CORPUS, 'get-dtos-8.91', 'dtos.mjs'),
    date: '2025-11-02T18:59:14Z',
    declared: 25,
    // Every declaration of the subset, as ServiceStack wrote it.
    differing: [] as string[],
  },
  {
    name: 'northwind-auto',
    input: fixture('metadata', 'northwind-subset.json'),
    real: path.join(CORPUS, 'northwind-auto-8.91', 'dtos.mjs'),
    date: '2025-11-06T11:47:32Z',
    declared: 15,
    // BackgroundJob redeclares its base's `id`: ServiceStack lists it twice in the `init` type, dtogen once.
    differing: ['BackgroundJob'],
  },
];

if (!HAS_CORPUS && process.env.CI) {
  describe('mjs structure', () => {
    it('needs ../shared/corpus', () => {
      throw new Error(`the corpus is absent: ${CORPUS}`);
    });
  });
}

describe.skipIf(!HAS_CORPUS).each(SERVERS)('JavaScript modules match ServiceStack 8.91 ($name dtos.mjs)', async (server) => {
  const result = await generate({ input: server.input, lang: 'mjs', date: new Date(server.date) });
  const generated = result.files.map((f) => f.content).join('');
  const expectedSource = HAS_CORPUS ? readFileSync(server.real, 'utf8') : '';
  const ours = parse(generated);
  const real = parse(expectedSource);
  const names = [...ours.keys()];

  it('generates without diagnostics', () => {
    expect(result.diagnostics).toEqual([]);
  });

  it('declares every type of the subset, each one ServiceStack declares', () => {
    expect(names).toHaveLength(server.declared);
    expect(names.filter((n) => !real.has(n))).toEqual([]);
    const identical = names.filter((n) => ours.get(n)?.text === real.get(n)?.text);
    const sameMembers = names.filter((n) => ours.get(n)?.members.join() === real.get(n)?.members.join());
    console.log(`mjs ${server.name}: ${names.length} declarations, ${identical.length} identical, ${sameMembers.length} with the same members`);
    expect(sameMembers).toEqual(names);
  });

  it.each(names.filter((n) => !server.differing.includes(n)))('%s', (name) => {
    expect(ours.get(name)?.text).toBe(real.get(name)?.text);
  });

  it("declares the types in ServiceStack's order", () => {
    expect(names).toEqual([...real.keys()].filter((n) => ours.has(n)));
  });

  it('writes the same Options header and preamble, given the same date and server', () => {
    const preamble = (text: string) => text.slice(0, text.indexOf('"use strict";\n') + 14);
    expect(preamble(generated)).toBe(preamble(expectedSource));
    expect(generated.endsWith('}\n\n')).toBe(true);
  });
});
