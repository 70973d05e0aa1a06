// Every template, compiled at build time, renders what Handlebars renders from the same `.hbs`
// file and the same view: each view the targets and pages build for the bundled fixtures is
// rendered both ways.

import { readdirSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { templateFolders } from '../../scripts/compile-templates.mjs';
import { fixture } from '../support/paths.js';
import { referenceTemplates } from '../support/handlebars-reference.js';

interface Rendered {
  folder: string;
  name: string;
  view: object;
  output: string;
}
const rendered: Rendered[] = [];

vi.mock('../../src/emit/engine.js', async (importOriginal) => {
  const engine = await importOriginal<typeof import('../../src/emit/engine.js')>();
  return {
    ...engine,
    loadTemplates(folder: string) {
      const set = engine.loadTemplates(folder);
      return {
        render(name: string, view: object) {
          const output = set.render(name, view);
          rendered.push({ folder, name, view: structuredClone(view), output });
          return output;
        },
      };
    },
  };
});

const { generate, languages } = await import('../../src/generate.js');
const { loadInput } = await import('../../src/loaders/index.js');
const { buildPage, pageLanguages, renderPage } = await import('../../src/pages/index.js');
const { buildSite } = await import('../../src/pages/site.js');

const INPUTS = readdirSync(fixture('metadata')).filter((f) => f.endsWith('.json')).sort().map((f) => fixture('metadata', f));
const date = new Date('2026-01-02T00:00:00Z');

async function renderEverything(): Promise<void> {
  for (const input of INPUTS) {
    for (const lang of languages()) {
      await generate({ input, lang: lang.id, date });
      // Options a language does not have are an error there: only the views that render count.
      await generate({ input, lang: lang.id, date, options: { AddResponseStatus: true, ExportValueTypes: true } }).catch(() => undefined);
    }
  }
  const { model } = await loadInput(fixture('metadata', 'test.json'));
  for (const op of model!.operations.slice(0, 12)) {
    for (const lang of [undefined, ...pageLanguages().map((l) => l.id)]) {
      const page = await buildPage({ model: model!, op: op.name, ...(lang ? { lang } : {}) });
      renderPage(page.view!, 'html');
      renderPage(page.view!, 'text');
    }
  }
  await buildSite(model!);
}

describe('compiled templates', () => {
  it('render every view byte for byte as Handlebars does', { timeout: 120_000 }, async () => {
    await renderEverything();
    const differing = rendered.filter((r) => referenceTemplates(r.folder)(r.name, r.view) !== r.output);
    expect(differing.map((r) => `${r.folder}/${r.name}`)).toEqual([]);
    expect(rendered.length).toBeGreaterThan(100);
  });

  it('every template of every folder was among them', () => {
    const seen = new Set(rendered.map((r) => `${r.folder}/${r.name}`));
    const all = templateFolders().flatMap((f) => f.templates.map((t) => `${f.folder}/${t.name}`));
    expect(all.filter((t) => !seen.has(t))).toEqual([]);
  });
});

