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
import { loadHighlighter, type Highlighter } from './highlight.js';
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

/** The whole site in memory (a library call, tests); `dtogen docs` streams siteFiles instead. */
export async function buildSite(model: MetadataModel, options: SiteOptions = {}): Promise<{ files: GeneratedFile[]; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const files: GeneratedFile[] = [];
  try {
    for await (const file of siteFiles(model, diagnostics, options)) files.push(file);
  } catch (error) {
    if (!(error instanceof SiteFailed)) throw error;
  }
  return { files: hasErrors(diagnostics) ? [] : files, diagnostics };
}

/** Thrown by siteFiles when a page fails: its diagnostics are in the list the caller gave. */
export class SiteFailed extends Error {}

/**
 * The site's files one at a time, so that a writer can put each on disk and let it go: memory
 * stays that of one page whatever the model. Diagnostics go to `diagnostics`; after an error the
 * generator throws SiteFailed, so that nothing of a failed site is kept.
 */
export async function* siteFiles(model: MetadataModel, diagnostics: Diagnostic[], options: SiteOptions = {}): AsyncGenerator<GeneratedFile> {
  const templates = loadTemplates('pages');
  const highlight = await loadHighlighter();
  const types = typeIndex(model);
  const serviceName = model.service.name ?? 'Services';
  const frame = (title: string) => ({ title, serviceName });
  // Control characters are HTML parse errors: those metadata text carries are shown as escapes, as text pages do.
  const html = (template: string, view: object) => terminalText(templates.render(template, view));
  const groups = operationGroups(model);
  yield { path: 'index.html', content: html('index.html', { ...indexView(model, groups, types.decls.length), frame: frame(`${serviceName} · API reference`) }) };
  yield { path: TYPES_PAGE, content: html('types.html', { serviceName, sections: typeSections(model, types), frame: frame(`Types · ${serviceName}`) }) };
  yield { path: 'site.css', content: templates.render('site.css', {}) };
  yield { path: 'site.js', content: readFileSync(join(TEMPLATES_ROOT, 'pages', 'assets', 'site.js'), 'utf8') };
  yield { path: SEARCH_INDEX, content: searchIndex(model, groups, types) };
  const first = options.samples ?? 'json';
  const views = [undefined, ...pageLanguages().map((l) => l.id)];
  const total = model.operations.length * views.length;
  let done = 0;
  for (const op of model.operations) {
    const other = httpSamples(model, op, first === 'json' ? 'jsv' : 'json');
    // Every view of an operation shows the same samples: each is highlighted once, not once a view.
    const samplesOnce = onceEach(highlight);
    for (const lang of views) {
      const page = await buildPage({ model, op: op.name, ...(lang ? { lang } : {}), samples: first });
      diagnostics.push(...page.diagnostics);
      if (hasErrors(page.diagnostics)) throw new SiteFailed(op.name);
      if (page.view) {
        const article = articleView(page.view, { highlight: samplesOnce, hrefs: types.hrefs, moreSamples: [other] });
        yield { path: pageFileName(op.name, lang), content: html('site-page.html', { article, frame: frame(`${op.name} · ${serviceName}`) }) };
      }
      options.onProgress?.(++done, total);
    }
  }
}

/** The highlighter, remembering its results for one operation's pages. */
function onceEach(highlight: Highlighter): Highlighter {
  const done = new Map<string, string>();
  return (text, language) => {
    const key = `${language}\n${text}`;
    let html = done.get(key);
    if (html === undefined) done.set(key, (html = highlight(text, language)));
    return html;
  };
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
