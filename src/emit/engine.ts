// The templates of one target, rendered with precomputed view models. The `.hbs` files under
// templates/ are the source; scripts/compile-templates.mjs turns them into string-building
// functions at build time (src/emit/compiled/), so rendering needs no template engine and no
// compile step at start-up. Each folder has its own partials, so they never leak between
// languages. Templates are strict (a missing view-model field is an error, not an empty string);
// code templates do no HTML escaping (the output is code, made safe by the view model), while
// templates named `*.html.hbs` escape every value.

import { fileURLToPath } from 'node:url';
import { compiledTemplates } from './compiled/index.js';

/** The `templates/` folder shipped with the package (two levels above both src/emit and dist/emit): the pages' assets. */
export const TEMPLATES_ROOT = fileURLToPath(new URL('../../templates/', import.meta.url));

export interface TemplateSet {
  /** Renders the template `templates/<folder>/<name>.hbs` with `view`. */
  render(name: string, view: object): string;
}

export function loadTemplates(folder: string): TemplateSet {
  const templates = compiledTemplates[folder];
  if (!templates) throw new Error(`no template folder '${folder}'`);
  return {
    render(name, view) {
      const template = templates[name];
      if (!template) throw new Error(`no template '${name}.hbs' in templates/${folder}`);
      return template(view);
    },
  };
}
