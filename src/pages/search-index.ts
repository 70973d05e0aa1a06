// The docs site's prebuilt index, one script every page loads: the sidebar (operations by tag, the
// types) and the search (over operation names, routes, tags and descriptions, type names and
// property names) are drawn from it in the browser. Metadata text travels as JSON string data and
// is put on the page as text, never as markup.

import type { MetadataModel } from '../model/types.js';
import { pageFileName } from './links.js';
import { pageLanguages } from './page-model.js';
import type { TypeIndex } from './type-sections.js';

export const SEARCH_INDEX = 'search-index.js';

export interface OperationGroup {
  tag: string;
  operations: MetadataModel['operations'];
}

export function searchIndex(model: MetadataModel, groups: readonly OperationGroup[], types: TypeIndex): string {
  const index = {
    views: pageLanguages().map((l) => ({ id: l.id, label: l.displayName })),
    groups: groups.map((g) => ({ tag: g.tag, operations: g.operations.map((op) => op.name) })),
    operations: model.operations.map((op) => ({
      name: op.name,
      href: pageFileName(op.name),
      routes: op.routes.map((r) => `${r.verbs.length === 0 ? 'ANY' : r.verbs.join(',')} ${r.path}`),
      description: op.description ?? '',
    })),
    types: types.decls.map((decl) => ({
      name: decl.name,
      namespace: decl.namespace ?? '',
      href: `types.html#${types.anchors.get(decl.id) as string}`,
      properties: decl.kind === 'enum' ? decl.members.map((m) => m.name) : decl.properties.map((p) => p.name),
    })),
  };
  return `// The search index and sidebar of this API reference.\nwindow.dtogenSite = ${JSON.stringify(index)};\n`;
}
