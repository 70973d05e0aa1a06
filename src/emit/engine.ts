// Handlebars templates of one target: compiled once per process, rendered with precomputed view
// models. Each target gets its own Handlebars environment, so partials and helpers never leak
// between languages. Templates are compiled strict (a missing view-model field is an error, not an
// empty string) and with only the built-in helpers. Code templates do no HTML escaping (the output
// is code, made safe by the view model); templates named `*.html.hbs` escape every value.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';

/** The `templates/` folder shipped with the package (two levels above both src/emit and dist/emit). */
export const TEMPLATES_ROOT = fileURLToPath(new URL('../../templates/', import.meta.url));

const COMPILE_OPTIONS: CompileOptions = { strict: true, noEscape: true, knownHelpersOnly: true };
const HTML_COMPILE_OPTIONS: CompileOptions = { strict: true, noEscape: false, knownHelpersOnly: true };

const optionsFor = (name: string) => (name.endsWith('.html') ? HTML_COMPILE_OPTIONS : COMPILE_OPTIONS);

export interface TemplateSet {
  /** Renders the template `templates/<folder>/<name>.hbs` with `view`. */
  render(name: string, view: object): string;
}

const cache = new Map<string, TemplateSet>();

export function loadTemplates(folder: string, root: string = TEMPLATES_ROOT): TemplateSet {
  const key = join(root, folder);
  let set = cache.get(key);
  if (!set) {
    set = compileFolder(key);
    cache.set(key, set);
  }
  return set;
}

/** Forgets compiled templates, so that the next run reads edited template files (watch mode). */
export function clearTemplateCache(): void {
  cache.clear();
}

function compileFolder(dir: string): TemplateSet {
  const env = Handlebars.create();
  const partialsDir = join(dir, 'partials');
  for (const file of hbsFiles(partialsDir)) {
    env.registerPartial(file.name, env.compile(readFileSync(join(partialsDir, file.file), 'utf8'), optionsFor(file.name)));
  }
  const templates = new Map<string, HandlebarsTemplateDelegate>();
  for (const file of hbsFiles(dir)) {
    templates.set(file.name, env.compile(readFileSync(join(dir, file.file), 'utf8'), optionsFor(file.name)));
  }
  return {
    render(name, view) {
      const template = templates.get(name);
      if (!template) throw new Error(`no template '${name}.hbs' in ${dir}`);
      return template(view);
    },
  };
}

function hbsFiles(dir: string): { name: string; file: string }[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries
    .filter((f) => f.endsWith('.hbs'))
    .sort()
    .map((file) => ({ name: file.slice(0, -'.hbs'.length), file }));
}
