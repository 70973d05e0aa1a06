// A constructor's JSDoc lists the properties of the class and all its bases: a chain too long for
// that is refused at the class, in one located error, instead of exhausting memory.

import { describe, expect, it } from 'vitest';
import { generate } from '../../src/generate.js';
import { loadText } from '../../src/loaders/index.js';
import { MAX_INIT_PARAMETERS } from '../../src/targets/mjs/init-parameters.js';
import { inheritanceChain } from '../support/chain.js';

describe('mjs constructor JSDoc bound', () => {
  it('a 200,000-deep chain is one located error; without JSDoc it generates', { timeout: 120_000 }, async () => {
    const { model } = loadText(inheritanceChain(200_000), 'chain.json');
    const refused = await generate({ model: model!, lang: 'mjs', date: new Date(0) });
    expect(refused.files).toEqual([]);
    expect(refused.diagnostics.map((d) => [d.code, d.location?.pointer])).toEqual([['too-many-init-parameters', `/api/types/${200_000 - MAX_INIT_PARAMETERS - 1}`]]);
    const plain = await generate({ model: model!, lang: 'mjs', date: new Date(0), options: { AddDocAnnotations: false } });
    expect(plain.diagnostics).toEqual([]);
    expect(plain.files[0]!.content).toContain('export class T0 extends T1 {');
  });

  it('a chain within the bound lists every property', async () => {
    const { model } = loadText(inheritanceChain(3), 'chain.json');
    const { files } = await generate({ model: model!, lang: 'mjs', date: new Date(0) });
    expect(files[0]!.content).toContain('/** @param {{p0?:string,p1?:string,p2?:string}} [init] */');
  });
});
