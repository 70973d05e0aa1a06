// The types page of the docs site: one section per declared type (its namespace, base type,
// description and properties, or an enum's members), and where each section is, so that every
// page can link a type name to it.

import type { MetadataModel, TypeDecl } from '../model/types.js';
import { typesById } from '../model/walk.js';
import { csharpType } from './csharp-type.js';
import { enumValueText } from './parameters.js';
import { escapeHtml, linkTypeNames, type TypeHrefs } from './html.js';

export const TYPES_PAGE = 'types.html';

export interface TypeSection {
  anchor: string;
  name: string;
  namespace: string;
  description: string;
  baseHtml: string;
  columns: string[];
  rows: { html: string }[][];
}

export interface TypeIndex {
  /** The documented types in page order: by name, then namespace. */
  decls: TypeDecl[];
  anchors: ReadonlyMap<string, string>;
  /** `Name` → `types.html#t-Name`: the first type of a name, the input's own before library types. */
  hrefs: TypeHrefs;
}

export function typeIndex(model: MetadataModel): TypeIndex {
  const decls = [...model.types].sort((a, b) => compare(a.name, b.name) || compare(a.namespace ?? '', b.namespace ?? '') || compare(a.id, b.id));
  const anchors = new Map<string, string>();
  const used = new Set<string>();
  for (const decl of decls) {
    // Ids are identifiers with a generic arity and dots: safe in an id once the backtick goes.
    const base = `t-${decl.id.replace(/[^A-Za-z0-9_.-]/g, '-')}`;
    let anchor = base;
    for (let n = 2; used.has(anchor); n++) anchor = `${base}-${n}`;
    used.add(anchor);
    anchors.set(decl.id, anchor);
  }
  const hrefs = new Map<string, string>();
  for (const decl of [...decls.filter((d) => !d.isBuiltin), ...decls.filter((d) => d.isBuiltin)]) {
    if (!hrefs.has(decl.name)) hrefs.set(decl.name, `${TYPES_PAGE}#${anchors.get(decl.id) as string}`);
  }
  return { decls, anchors, hrefs };
}

export function typeSections(model: MetadataModel, index: TypeIndex): TypeSection[] {
  const byId = typesById(model);
  const linked = (text: string) => linkTypeNames(escapeHtml(text), index.hrefs);
  return index.decls.map((decl) => {
    const section = { anchor: index.anchors.get(decl.id) as string, name: decl.name, namespace: decl.namespace ?? '', description: decl.description ?? '' };
    if (decl.kind === 'enum') {
      // Members' descriptions get a column of their own, as on ServiceStack's enum tables.
      const described = decl.members.some((m) => m.description !== undefined);
      return {
        ...section,
        baseHtml: '',
        columns: ['Name', 'Value', ...(described ? ['Description'] : [])],
        rows: decl.members.map((m, i) => [m.name, enumValueText(decl, i), ...(described ? [m.description ?? ''] : [])].map((c) => ({ html: escapeHtml(c) }))),
      };
    }
    return {
      ...section,
      name: decl.genericParams.length > 0 ? `${decl.name}<${decl.genericParams.join(', ')}>` : decl.name,
      baseHtml: decl.base ? linked(csharpType(decl.base, byId)) : '',
      columns: ['Name', 'Data Type', 'Required', 'Description'],
      rows: decl.properties.map((p) => [{ html: escapeHtml(p.name) }, { html: linked(csharpType(p.type, byId)) }, { html: p.isRequired ? 'Yes' : 'No' }, { html: escapeHtml(p.description ?? '') }]),
    };
  });
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
