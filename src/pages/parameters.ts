// The Metadata tab of an operation page: one parameter table per type the operation uses (its
// request, the request's base types, the types their properties use, the response), and a
// Name/Value table per enum.

import type { EnumDecl, MetadataModel, Operation, TypeDecl } from '../model/types.js';
import { dependencyIds, depthFirst, forEachNamedId, typesById } from '../model/walk.js';
import { csharpType } from './csharp-type.js';

export interface ParameterTable {
  title: string;
  columns: string[];
  rows: string[][];
}

/** Error types ServiceStack leaves off pages (ShowResponseStatusInMetadataPages is off). */
const HIDDEN = new Set(['ResponseStatus', 'ResponseError']);

export function parameterTables(model: MetadataModel, op: Operation): ParameterTable[] {
  const byId = typesById(model);
  const tables: ParameterTable[] = [];
  for (const decl of pageTypes(op, byId)) {
    if (decl.kind === 'enum') {
      tables.push({
        title: `${decl.name} Enum:`,
        columns: ['Name', 'Value'],
        rows: decl.members.map((m, i) => [m.name, enumValueText(decl, i)]),
      });
      continue;
    }
    // A type without properties has nothing to tabulate (ServiceStack's pages show no table for it).
    if (decl.properties.length === 0) continue;
    const isRequest = decl.id === op.request;
    tables.push({
      title: `${decl.name} Parameters:`,
      columns: ['Name', 'Parameter', 'Data Type', 'Required', 'Description'],
      rows: decl.properties.map((p) => [
        p.name,
        p.paramType ?? (isRequest ? requestParameterKind(op, p.name) : 'form'),
        csharpType(p.type, byId),
        p.isRequired ? 'Yes' : 'No',
        p.description ?? '',
      ]),
    });
  }
  return tables;
}

/**
 * Request, base types and property types first, depth first, then the response's: what the page
 * documents. Implemented interfaces are markers, not documented types.
 */
function pageTypes(op: Operation, byId: ReadonlyMap<string, TypeDecl>): TypeDecl[] {
  const roots = [op.request];
  if (op.response) forEachNamedId(op.response, (id) => roots.push(id));
  const out: TypeDecl[] = [];
  depthFirst(
    roots,
    (id) => {
      const decl = byId.get(id);
      return decl ? dependencyIds(decl) : [];
    },
    {
      enter: (id) => {
        const decl = byId.get(id);
        if (!decl || HIDDEN.has(decl.id)) return false;
        out.push(decl);
        return true;
      },
    },
  );
  return out;
}

/** Where ServiceStack says a request property travels: in the path, the query string or the body. */
function requestParameterKind(op: Operation, name: string): string {
  if (op.routes.some((r) => r.path.toLowerCase().includes(`{${name.toLowerCase()}}`))) return 'path';
  const acceptsBody = op.routes.some((r) => r.verbs.includes('POST') || r.verbs.includes('PUT'));
  return acceptsBody ? 'body' : 'query';
}

/** The Value column of an enum's table: the member's [EnumMember(Value)], its number, else its name. */
export function enumValueText(decl: EnumDecl, index: number): string {
  const m = decl.members[index];
  if (!m) return '';
  return m.memberValue ?? String(m.value ?? (decl.isIntEnum ? index : m.name));
}
