// A page stays within its bounds on any type graph: 30 levels of types with 50 properties each,
// every level using the next several ways, give pages of bounded size, made quickly, with a note
// where a page leaves types out. The corpus never reaches a bound (corpus.test.ts keeps its pages).

import { describe, expect, it } from 'vitest';
import { loadText } from '../../src/loaders/index.js';
import { buildPage, renderPage } from '../../src/pages/index.js';
import { MAX_PAGE_TYPES } from '../../src/pages/page-bounds.js';
import { buildSite } from '../../src/pages/site.js';

const LEVELS = 30;
const PROPERTIES = 50;
/** The largest page the README promises for types of this size. */
const MAX_PAGE_BYTES = 2_500_000;

function deepWideModel() {
  const types = Array.from({ length: LEVELS }, (_, level) => {
    const next = `Level${Math.min(level + 1, LEVELS - 1)}`;
    const properties = Array.from({ length: PROPERTIES }, (_, p) => {
      switch (p % 5) {
        case 0:
          return { name: `Name${p}`, type: 'String' };
        case 1:
          return { name: `Child${p}`, type: next };
        case 2:
          return { name: `Children${p}`, type: 'List`1', genericArgs: [next] };
        case 3:
          return { name: `ByKey${p}`, type: 'Dictionary`2', genericArgs: ['String', next] };
        default:
          // A type of its own per property: the operation reaches far more types than a page shows.
          return { name: `Leaf${p}`, type: `Leaf${level}x${p}` };
      }
    });
    return { name: `Level${level}`, namespace: 'App', properties };
  });
  const leaves = Array.from({ length: LEVELS * PROPERTIES }, (_, i) => ({ name: `Leaf${Math.floor(i / PROPERTIES)}x${i % PROPERTIES}`, namespace: 'App', properties: [{ name: 'Value', type: 'Int32' }] }));
  const document = {
    app: { jsTextCase: 'PascalCase' },
    api: {
      types: [...types, ...leaves],
      operations: [{ request: { name: 'GetTree', namespace: 'App', properties: [{ name: 'Root', type: 'Level0' }] }, response: { name: 'Level0', namespace: 'App' }, routes: [{ path: '/tree', verbs: 'POST' }] }],
    },
  };
  const loaded = loadText(JSON.stringify(document), 'deep-wide.json');
  expect(loaded.diagnostics).toEqual([]);
  return loaded.model!;
}

describe('page bounds', () => {
  const model = deepWideModel();

  it(`documents at most ${MAX_PAGE_TYPES} types on a page, and says so`, async () => {
    const { view } = await buildPage({ model, op: 'GetTree', samples: 'json' });
    expect(view!.tables.length).toBeLessThanOrEqual(MAX_PAGE_TYPES);
    const text = renderPage(view!, 'text');
    expect(text).toContain(`GetTree uses more than ${MAX_PAGE_TYPES} types: this page documents the first ${MAX_PAGE_TYPES} it reaches.`);
    const python = await buildPage({ model, op: 'GetTree', lang: 'python', samples: 'json' });
    expect(python.view!.code!.text.match(/^class /gm)!.length).toBeLessThanOrEqual(MAX_PAGE_TYPES);
  });

  it(`gives every page of the site under ${MAX_PAGE_BYTES / 1e6} MB, quickly`, async () => {
    const started = performance.now();
    const site = await buildSite(model);
    expect(site.diagnostics).toEqual([]);
    expect(performance.now() - started).toBeLessThan(20_000);
    const pages = site.files.filter((f) => f.path.startsWith('GetTree.'));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(Buffer.byteLength(page.content), page.path).toBeLessThan(MAX_PAGE_BYTES);
  });
});
