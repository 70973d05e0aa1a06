// The static API reference: index.html listing every operation by tag, and one page per operation
// and view (Metadata, then each language), linked together by relative links so that it opens
// from the file system.

import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { loadTemplates } from '../emit/engine.js';
import type { GeneratedFile } from '../emit/files.js';
import type { MetadataModel, Operation } from '../model/types.js';
import type { SampleFormat } from './http-sample.js';
import { pageFileName } from './links.js';
import { buildPage, pageLanguages } from './page-model.js';
import { renderPage } from './render.js';

export interface IndexView {
  serviceName: string;
  operationCount: number;
  groups: { tag: string; anchor: string; operations: { name: string; href: string; description: string; routes: string[] }[] }[];
}

const UNTAGGED = 'Other';

export interface SiteOptions {
  samples?: SampleFormat;
  /** Called after each page: how many of the site's operation pages are done. */
  onProgress?: (done: number, total: number) => void;
}

export async function buildSite(model: MetadataModel, options: SiteOptions = {}): Promise<{ files: GeneratedFile[]; diagnostics: Diagnostic[] }> {
  const files: GeneratedFile[] = [{ path: 'index.html', content: loadTemplates('pages').render('index.html', indexView(model)) }];
  const diagnostics: Diagnostic[] = [];
  const views = [undefined, ...pageLanguages().map((l) => l.id)];
  const total = model.operations.length * views.length;
  let done = 0;
  for (const op of model.operations) {
    for (const lang of views) {
      const page = await buildPage({ model, op: op.name, ...(lang ? { lang } : {}), ...(options.samples ? { samples: options.samples } : {}) });
      diagnostics.push(...page.diagnostics);
      if (page.view) files.push({ path: pageFileName(op.name, lang), content: renderPage(page.view, 'html') });
      options.onProgress?.(++done, total);
    }
  }
  return { files: hasErrors(diagnostics) ? [] : files, diagnostics };
}

function indexView(model: MetadataModel): IndexView {
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
  return {
    serviceName: model.service.name ?? 'Services',
    operationCount: model.operations.length,
    groups: tags.map((tag, i) => ({
      tag,
      anchor: `tag-${i + 1}`,
      operations: (byTag.get(tag) ?? []).map((op) => ({
        name: op.name,
        href: pageFileName(op.name),
        description: op.description ?? '',
        routes: op.routes.map((r) => `${r.verbs.length === 0 ? 'All Verbs' : r.verbs.join(',')} ${r.path}`),
      })),
    })),
  };
}
