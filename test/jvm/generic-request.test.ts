// A generic type that implements IReturn<T> (found by the fuzzer: a type named `Item5`2`): Kotlin's getResponseType
// reads the companion object through the bare class name, since `Search<T>.responseType` does not
// parse.

import { describe, expect, it } from 'vitest';
import { generate } from '../../src/generate.js';
import { loadText } from '../../src/loaders/index.js';
import { parseTreeSitter } from '../../scripts/fuzz/oracles.mjs';

const DOCUMENT = {
  api: {
    types: [
      { name: 'Search`1', namespace: 'App', genericArgs: ['T'], isGenericTypeDef: true, implements: [{ name: 'IReturn`1', namespace: 'ServiceStack', genericArgs: ['SearchResponse'] }], properties: [{ name: 'Query', type: 'T' }] },
      { name: 'SearchResponse', namespace: 'App', properties: [{ name: 'Total', type: 'Int32', namespace: 'System', isValueType: true }] },
    ],
    operations: [],
  },
};

describe('a generic request', () => {
  it('kotlin: the companion object is reached as Search.responseType', async () => {
    const { model } = loadText(JSON.stringify(DOCUMENT), 'generic-request.json');
    const result = await generate({ model: model!, lang: 'kotlin', date: new Date(0) });
    const kt = result.files.map((f) => f.content).join('');
    expect(kt).toContain('open class Search<T> : IReturn<SearchResponse>\n');
    expect(kt).toContain('    override fun getResponseType(): Any? = Search.responseType\n');
    expect((await parseTreeSitter('kotlin', kt)).error).toBeUndefined();
  });
});
