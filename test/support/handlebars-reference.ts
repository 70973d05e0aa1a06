// The templates rendered by Handlebars itself, as dtogen did before they were compiled at build
// time: the reference the compiled templates must match byte for byte.

import { join } from 'node:path';
import Handlebars from 'handlebars';
import { templateFiles } from '../../scripts/compile-templates.mjs';
import { escapesHtml } from '../../scripts/template-compiler.mjs';
import { TEMPLATES_ROOT } from '../../src/emit/engine.js';

const optionsFor = (name: string): CompileOptions => ({ strict: true, noEscape: !escapesHtml(name), knownHelpersOnly: true });

export type ReferenceRender = (name: string, view: object) => string;

const cache = new Map<string, ReferenceRender>();

/** Handlebars' rendering of `templates/<folder>`, compiled with dtogen's options. */
export function referenceTemplates(folder: string): ReferenceRender {
  let render = cache.get(folder);
  if (render) return render;
  const env = Handlebars.create();
  const dir = join(TEMPLATES_ROOT, folder);
  for (const file of templateFiles(join(dir, 'partials'))) env.registerPartial(file.name, env.compile(file.source, optionsFor(file.name)));
  const templates = new Map(templateFiles(dir).map((file) => [file.name, env.compile(file.source, optionsFor(file.name))]));
  render = (name, view) => templates.get(name)!(view);
  cache.set(folder, render);
  return render;
}

/** Handlebars' rendering of one template source with its partials, for the compiler's own tests. */
export function referenceRender(name: string, source: string, partials: Record<string, string>, view: unknown): string {
  const env = Handlebars.create();
  for (const [partial, text] of Object.entries(partials)) env.registerPartial(partial, env.compile(text, optionsFor(partial)));
  return env.compile(source, optionsFor(name))(view);
}
