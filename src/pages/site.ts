// The static API reference: index.html listing every operation by tag, types.html with a section
// per type, and one page per operation and view (Metadata, then each language), linked together by
// relative links so that it opens from the file system or any static host. A small script
// (site.js) draws the sidebar and the search from a prebuilt index; everything else is done here:
// code highlighted, type names linked to their sections.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { terminalText } from '../diagnostics/terminal.js';
import { loadTemplates, TEMPLATES_ROOT } from '../emit/engine.js';
import type { GeneratedFile } from '../emit/files.js';
import type { MetadataModel, Operation } from '../model/types.js';
import { articleView } from './article.js';
import { loadHighlighter } from './highlight.js';
import { httpSamples, type SampleFormat } from './http-sample.js';
import { pageFileName } from './links.js';
import { buildPage, pageLanguages } from './page-model.js';
import { SEARCH_INDEX, searchIndex, type OperationGroup } from './search-index.js';
import { TYPES_PAGE, typeIndex, typeSections } from './type-sections.js';

export interface IndexView {
  serviceName: string;
  operationCount: number;
  typeCount: number;
  groups: { tag: string; anchor: string; operations: { name: string; href: string; description: string; routes: string[] }[] }[];
}

export interface SiteOptions {
  /** The samples a page shows first (default JSON); the other format is one click away. */
  samples?: SampleFormat;
  /** Called after each page: how many of the site's operation pages are done. */
  onProgress?: (done: number, total: number) => void;
}

const UNTAGGED = 'Other';
/** Files every site has besides its operation pages. */
export const SITE_FILES = ['index.html', TYPES_PAGE, 'site.css', 'site.js', SEARCH_INDEX];

export async function buildSite(model: MetadataModel, options: SiteOptions = {}): Promise<{ files: GeneratedFile[]; diagnostics: Diagnostic[] }> {
  const templates = loadTemplates('pages');
  const highlight = await loadHighlighter();
  const types = typeIndex(model);
  const serviceName = model.service.name ?? 'Services';
  const frame = (title: string) => ({ title, serviceName });
  // Control characters are HTML parse errors: those metadata text carries are shown as escapes, as text pages do.
  const html = (template: string, view: object) => terminalText(templates.render(template, view));
  const groups = operationGroups(model);
  const files: GeneratedFile[] = [
    { path: 'index.html', content: html('index.html', { ...indexView(model, groups, types.decls.length), frame: frame(`${serviceName} · API reference`) }) },
    { path: TYPES_PAGE, content: html('types.html', { serviceName, sections: typeSections(model, types), frame: frame(`Types · ${serviceName}`) }) },
    { path: 'site.css', content: templates.render('site.css', {}) },
    { path: 'site.js', content: readFileSync(join(TEMPLATES_ROOT, 'pages', 'assets', 'site.js'), 'utf8') },
    { path: SEARCH_INDEX, content: searchIndex(model, groups, types) },
  ];
  const diagnostics: Diagnostic[] = [];
  const first = options.samples ?? 'json';
  const views = [undefined, ...pageLanguages().map((l) => l.id)];
  const total = model.operations.length * views.length;
  let done = 0;
  for (const op of model.operations) {
    const other = httpSamples(model, op, first === 'json' ? 'jsv' : 'json');
    for (const lang of views) {
      const page = await buildPage({ model, op: op.name, ...(lang ? { lang } : {}), samples: first });
      diagnostics.push(...page.diagnostics);
      if (page.view) {
        const article = articleView(page.view, { highlight, hrefs: types.hrefs, moreSamples: [other] });
        files.push({ path: pageFileName(op.name, lang), content: html('site-page.html', { article, frame: frame(`${op.name} · ${serviceName}`) }) });
      }
      options.onProgress?.(++done, total);
    }
  }
  return { files: hasErrors(diagnostics) ? [] : files, diagnostics };
}

function operationGroups(model: MetadataModel): OperationGroup[] {
  const byTag = new Map<string, Operation[]>();
  for (const op of model.operations) {
    for (const tag of op.tags.length > 0 ? op.tags : [UNTAGGED]) {
      let list = byTag.get(tag);
      if (!list) byTag.set(tag, (list = []));
      list.push(op);
    }
  }
  // Tags alphabetically, untagged operations last.
  const tags = [...byTag.keys()].sort((a, b) => (a === UNTAGGED ? 1 : b === UNTAGGED ? -1 : a.localeCompare(b)));
  return tags.map((tag) => ({ tag, operations: byTag.get(tag) ?? [] }));
}

function indexView(model: MetadataModel, groups: readonly OperationGroup[], typeCount: number): IndexView {
  return {
    serviceName: model.service.name ?? 'Services',
    operationCount: model.operations.length,
    typeCount,
    groups: groups.map((group, i) => ({
      tag: group.tag,
      anchor: `tag-${i + 1}`,
      operations: group.operations.map((op) => ({
        name: op.name,
        href: pageFileName(op.name),
        description: op.description ?? '',
        routes: op.routes.map((r) => `${r.verbs.length === 0 ? 'All Verbs' : r.verbs.join(',')} ${r.path}`),
      })),
    })),
  };
}
