// Every real metadata document in ../shared/corpus (and every bundled fixture) goes through every
// command without an error: it loads, generates in every language, renders every operation's page
// in every view and the docs site, and diffs against the other versions of the same server.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic, hasErrors } from '../src/diagnostics/diagnostic.js';
import { compareModels } from '../src/diff/compare.js';
import { renderMarkdown } from '../src/diff/render.js';
import { generate, languages } from '../src/generate.js';
import { loadInput } from '../src/loaders/index.js';
import type { MetadataModel } from '../src/model/types.js';
import { buildSite, SITE_FILES } from '../src/pages/site.js';
import { ALL_INPUTS, CORPUS_INPUTS } from './support/inputs.js';

const errors = (diagnostics: Parameters<typeof hasErrors>[0]) => diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);

async function load(file: string): Promise<MetadataModel> {
  const loaded = await loadInput(file);
  expect(errors(loaded.diagnostics)).toEqual([]);
  return loaded.model as MetadataModel;
}

describe('every input through every command', () => {
  it.each(ALL_INPUTS)('$label: generates in every language, whole file and per operation', async ({ file }) => {
    const model = await load(file);
    for (const lang of languages().map((l) => l.id)) {
      const whole = await generate({ model, lang, date: new Date(0) });
      expect(errors(whole.diagnostics)).toEqual([]);
      expect(whole.files.length).toBe(1);
      for (const op of model.operations) {
        const page = await generate({ model, lang, op: op.name });
        expect(errors(page.diagnostics), `${lang} --op ${op.name}`).toEqual([]);
      }
    }
  });

  it.each(ALL_INPUTS)('$label: renders the docs site, every operation in every view', async ({ file }) => {
    const model = await load(file);
    const site = await buildSite(model);
    expect(errors(site.diagnostics)).toEqual([]);
    expect(site.files.length).toBe(SITE_FILES.length + model.operations.length * (1 + languages().length));
  });

  it.skipIf(CORPUS_INPUTS.length === 0)('diffs each corpus server against its other versions', async () => {
    const byFolder = new Map<string, string[]>();
    for (const { file } of CORPUS_INPUTS) byFolder.set(path.dirname(file), [...(byFolder.get(path.dirname(file)) ?? []), file]);
    let pairs = 0;
    for (const files of byFolder.values()) {
      for (const before of files) {
        for (const after of files) {
          if (before === after) continue;
          const [a, b] = [await load(before), await load(after)];
          // Versions of one server differ; a version does not differ from itself.
          expect(compareModels(a, b).changes.length, `${before} → ${after}`).toBeGreaterThan(0);
          expect(compareModels(a, a).changes).toEqual([]);
          expect(renderMarkdown(compareModels(a, b))).toMatch(/^## API changes: \d+ breaking, \d+ non-breaking\n/);
          pairs++;
        }
      }
    }
    expect(pairs).toBeGreaterThan(0);
  });
});
