// Model → the view of one operation page: every line the page templates print, precomputed.
// A page shows one operation: its service, tags, description, auth requirements and routes, then
// either its DTOs in one language or the parameter tables (the Metadata view), then HTTP samples.

import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { MetadataModel, Operation } from '../model/types.js';
import { findOperation, operationTypes } from '../model/passes/select.js';
import { findTarget, TARGETS } from '../targets/index.js';
import { renderTarget } from '../targets/render.js';
import { httpSamples, type HttpSamples, type SampleFormat } from './http-sample.js';
import { pageFileName } from './links.js';
import { MAX_PAGE_TYPES } from './page-bounds.js';
import { parameterTables, textRows, type ParameterTable } from './parameters.js';

export interface PageView {
  serviceName: string;
  operation: string;
  tags: string[];
  description: string | null;
  auth: string[];
  routes: { verbs: string; path: string; summary: string; notes: string }[];
  /** The DTO source in the chosen language; null on the Metadata view. */
  code: { language: string; className: string; text: string; caption: string } | null;
  /** Parameter tables, with their rows also laid out as aligned text lines. */
  tables: (ParameterTable & { textLines: string[] })[];
  samples: HttpSamples;
  /** Said when the operation uses more types than a page documents (MAX_PAGE_TYPES); null on every real service. */
  typesNote: string | null;
  /** Links to this operation's other views and back to the index (HTML pages). */
  nav: { label: string; href: string; current: boolean }[];
  indexHref: string;
}

export interface PageRequest {
  model: MetadataModel;
  op: string;
  /** A target id, or undefined for the Metadata view. */
  lang?: string;
  samples?: SampleFormat;
  /** The input the model came from, for messages. */
  source?: string;
}

/** The languages a page can show, in the order of the page's language links. */
export function pageLanguages(): { id: string; displayName: string }[] {
  return TARGETS.map((t) => ({ id: t.id, displayName: t.displayName }));
}

export async function buildPage(request: PageRequest): Promise<{ view?: PageView; diagnostics: Diagnostic[] }> {
  const { model } = request;
  const op = findOperation(model, request.op);
  if (!op) return { diagnostics: [diagnostic('unknown-operation', { name: request.op }, request.source !== undefined ? { file: request.source } : undefined)] };

  let code: PageView['code'] = null;
  if (request.lang !== undefined) {
    const target = findTarget(request.lang);
    if (!target) {
      return { diagnostics: [diagnostic('unknown-language', { name: request.lang, known: TARGETS.map((t) => t.id) })] };
    }
    const result = renderTarget(target, { model, operation: op, maxTypes: MAX_PAGE_TYPES });
    if (result.diagnostics.length > 0) return { diagnostics: result.diagnostics };
    code = {
      language: target.displayName,
      className: `language-${target.id}`,
      text: result.files.map((f) => f.content).join(''),
      caption: `${target.displayName} ${op.name} DTOs`,
    };
  }
  const tables = code ? [] : parameterTables(model, op).map((t) => ({ ...t, textLines: alignedLines(t) }));
  const view: PageView = {
    serviceName: model.service.name ?? 'Services',
    operation: op.name,
    tags: op.tags,
    description: op.description ?? null,
    auth: authLines(op),
    routes: op.routes.map((r) => ({ verbs: r.verbs.length === 0 ? 'All Verbs' : r.verbs.join(','), path: r.path, summary: r.summary ?? '', notes: r.notes ?? '' })),
    code,
    tables,
    samples: httpSamples(model, op, request.samples ?? 'jsv'),
    typesNote: typesNote(model, op),
    nav: [
      { label: 'Metadata', href: pageFileName(op.name), current: request.lang === undefined },
      ...pageLanguages().map((l) => ({ label: l.displayName, href: pageFileName(op.name, l.id), current: l.id === request.lang })),
    ],
    indexHref: 'index.html',
  };
  return { view, diagnostics: [] };
}

/** One type past the bound is enough to know the page leaves some out: the walk stays bounded. */
function typesNote(model: MetadataModel, op: Operation): string | null {
  if (operationTypes(model, op, MAX_PAGE_TYPES + 1).length <= MAX_PAGE_TYPES) return null;
  return `${op.name} uses more than ${MAX_PAGE_TYPES} types: this page documents the first ${MAX_PAGE_TYPES} it reaches.`;
}

function authLines(op: Operation): string[] {
  const a = op.auth;
  const lines: string[] = [];
  if (a.requiresAuth) lines.push('Requires Authentication');
  if (a.requiresApiKey) lines.push('Requires an API Key');
  if (a.requiredRoles.length > 0) lines.push(`Required roles: ${a.requiredRoles.join(', ')}`);
  if (a.requiresAnyRole.length > 0) lines.push(`Requires any of the roles: ${a.requiresAnyRole.join(', ')}`);
  if (a.requiredPermissions.length > 0) lines.push(`Required permissions: ${a.requiredPermissions.join(', ')}`);
  if (a.requiresAnyPermission.length > 0) lines.push(`Requires any of the permissions: ${a.requiresAnyPermission.join(', ')}`);
  return lines;
}

/** The header (when the table has one) and rows in columns two spaces apart, without trailing spaces. */
function alignedLines(table: ParameterTable): string[] {
  const lines = [...(table.columns.length > 0 ? [table.columns] : []), ...textRows(table)];
  const widths = (lines[0] ?? []).map((_, i) => Math.max(...lines.map((cells) => (cells[i] ?? '').length)));
  return lines.map((cells) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd(),
  );
}
