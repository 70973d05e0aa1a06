// The HTML of an operation page's content, from its view: text escaped (or highlighted) here, so
// that the templates print it as it is. A standalone page (`dtogen page --format html`) shows the
// view as it is; a docs-site page adds highlighting, type links and a second sample format.

import type { HttpSamples } from './http-sample.js';
import { escapeHtml, linkTypeNames, type TypeHrefs } from './html.js';
import type { Highlighter } from './highlight.js';
import type { PageView } from './page-model.js';
import type { PropertyLimits } from './parameters.js';

export interface ArticleView extends Omit<PageView, 'code' | 'tables' | 'samples'> {
  code: { className: string; html: string; caption: string } | null;
  tables: { titleHtml: string; columns: string[]; rows: { html: string }[][] }[];
  /** The sample formats, the first shown; the others one click away (docs site). */
  samples: ArticleSamples[];
  /** Several formats: the page has a switch between them. */
  sampleFormats: { format: string; label: string; pressed: boolean }[];
  /** A docs-site page: copy buttons and the site's script. */
  site: boolean;
}

export interface ArticleSamples {
  format: string;
  hidden: boolean;
  overrideHint: string;
  jsonpHint: string | null;
  title: string;
  requestHtml: string;
  responseHtml: string | null;
}

export interface ArticleDecorations {
  highlight: Highlighter;
  hrefs: TypeHrefs;
  /** Samples in another format, shown after the page's own. */
  moreSamples: HttpSamples[];
}

/** The column of a parameter table whose cells are type names. */
const TYPE_COLUMN = 'Data Type';
/** The column that also lists a property's allowable values and valid range. */
const DESCRIPTION_COLUMN = 'Description';

export function articleView(view: PageView, decorations?: ArticleDecorations): ArticleView {
  const links = (html: string) => (decorations ? linkTypeNames(html, decorations.hrefs) : html);
  const highlight = (text: string, language: string) => (decorations ? decorations.highlight(text, language) : escapeHtml(text));
  const all = [view.samples, ...(decorations?.moreSamples ?? [])];
  return {
    ...view,
    code: view.code && { className: view.code.className, caption: view.code.caption, html: links(highlight(view.code.text, view.code.className.replace(/^language-/, ''))) },
    tables: view.tables.map((t) => {
      const typeColumn = t.columns.indexOf(TYPE_COLUMN);
      const descriptionColumn = t.columns.indexOf(DESCRIPTION_COLUMN);
      const cellHtml = (cell: string, i: number, limits: PropertyLimits | null | undefined) =>
        i === typeColumn ? links(escapeHtml(cell)) : i === descriptionColumn ? escapeHtml(cell) + limitsHtml(limits) : escapeHtml(cell);
      return {
        titleHtml: links(escapeHtml(t.title)),
        columns: t.columns,
        rows: t.rows.map((row, r) => row.map((cell, i) => ({ html: cellHtml(cell, i, t.limits?.[r]) }))),
      };
    }),
    samples: all.map((s, i) => ({
      format: s.format,
      hidden: i > 0,
      overrideHint: s.overrideHint,
      jsonpHint: s.jsonpHint,
      title: s.title,
      requestHtml: message(s.requestLines, s.requestBody, s.format, highlight),
      responseHtml: s.responseLines && message(s.responseLines, s.responseBody, s.format, highlight),
    })),
    sampleFormats: all.length > 1 ? all.map((s, i) => ({ format: s.format, label: s.format.toUpperCase(), pressed: i === 0 })) : [],
    site: decorations !== undefined,
  };
}

/** ServiceStack's `<h4>Allowable Values</h4><ul><li>…</li></ul><h4>Valid Range: min - max</h4>`. */
function limitsHtml(limits: PropertyLimits | null | undefined): string {
  if (!limits) return '';
  const values = limits.allowableValues.length > 0 ? `<h4>Allowable Values</h4><ul>${limits.allowableValues.map((v) => `<li>${escapeHtml(v)}</li>`).join('')}</ul>` : '';
  return values + (limits.validRange !== null ? `<h4>${escapeHtml(limits.validRange)}</h4>` : '');
}

/** Headers as text, then the body highlighted as its format (JSV has no grammar: it stays text). */
function message(lines: string[], body: string | null, format: string, highlight: (text: string, language: string) => string): string {
  const head = escapeHtml(lines.join('\n'));
  return body === null ? head : `${head}\n\n${highlight(body, format)}`;
}
