// Samples stay small on any type graph: a deep chain of types that each use the next several times
// (and themselves) would make an exponentially large sample with the nesting limits alone.

import { describe, expect, it } from 'vitest';
import { loadText } from '../../src/loaders/index.js';
import { buildPage, renderPage } from '../../src/pages/index.js';
import { MAX_SAMPLE_NODES } from '../../src/pages/page-bounds.js';
import { SampleBuilder, type Sample } from '../../src/pages/sample.js';

const LEVELS = 60;

function wideDeepModel() {
  const types = Array.from({ length: LEVELS }, (_, i) => {
    const next = `Level${Math.min(i + 1, LEVELS - 1)}`;
    return {
      name: `Level${i}`,
      namespace: 'App',
      properties: [
        { name: 'Name', type: 'String' },
        { name: 'Left', type: next },
        { name: 'Right', type: next },
        { name: 'Children', type: 'List`1', genericArgs: [next] },
        { name: 'ByKey', type: 'Dictionary`2', genericArgs: ['String', next] },
        { name: 'Self', type: `Level${i}` },
      ],
    };
  });
  const document = {
    app: { jsTextCase: 'PascalCase' },
    api: { types, operations: [{ request: { name: 'GetTree', namespace: 'App', properties: [{ name: 'Root', type: 'Level0' }] }, response: { name: 'Level0', namespace: 'App' }, routes: [{ path: '/tree', verbs: 'POST' }] }] },
  };
  const loaded = loadText(JSON.stringify(document), 'wide-deep.json');
  expect(loaded.diagnostics).toEqual([]);
  return loaded.model!;
}

function countNodes(sample: Sample): number {
  switch (sample.kind) {
    case 'scalar':
      return 1;
    case 'list':
      return 1 + sample.items.reduce((n, s) => n + countNodes(s), 0);
    case 'map':
      return 1 + sample.entries.reduce((n, [k, v]) => n + countNodes(k) + countNodes(v), 0);
    case 'object':
      return 1 + sample.entries.reduce((n, [, v]) => n + countNodes(v), 0);
  }
}

describe('sample size', () => {
  const model = wideDeepModel();

  it(`holds at most ${MAX_SAMPLE_NODES} values, and fills the budget on a graph that needs more`, () => {
    const sample = new SampleBuilder(model).ofType({ kind: 'named', id: 'GetTree', args: [] })!;
    const nodes = countNodes(sample);
    expect(nodes).toBeLessThanOrEqual(MAX_SAMPLE_NODES);
    expect(nodes).toBeGreaterThan(MAX_SAMPLE_NODES / 2);
  });

  it('gives each sample of one builder its own budget', () => {
    const builder = new SampleBuilder(model);
    const first = countNodes(builder.ofType({ kind: 'named', id: 'GetTree', args: [] })!);
    expect(countNodes(builder.ofType({ kind: 'named', id: 'GetTree', args: [] })!)).toBe(first);
  });

  it('renders the page of an operation on that graph, small and quickly', async () => {
    const started = performance.now();
    const { view, diagnostics } = await buildPage({ model, op: 'GetTree', samples: 'json' });
    expect(diagnostics).toEqual([]);
    const text = renderPage(view!, 'text');
    expect(performance.now() - started).toBeLessThan(5_000);
    // Two samples (request and response) of at most MAX_SAMPLE_NODES values each, a few dozen bytes a value.
    expect(view!.samples.requestBody!.length + view!.samples.responseBody!.length).toBeLessThan(2 * MAX_SAMPLE_NODES * 40);
    expect(text).toContain('"Root":{"Name":"String","Left":{');
  });
});
