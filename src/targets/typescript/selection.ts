// Which declarations a TypeScript file holds: a whole file's, after its options, or the ones an
// operation's metadata page shows.

import { filterTypes } from '../../model/passes/include.js';
import { operationTypes } from '../../model/passes/select.js';
import type { MetadataModel, Operation, TypeDecl } from '../../model/types.js';
import type { RequestInfo } from './declarations.js';

/** The error types metadata pages hide (ServiceStack's ShowResponseStatusInMetadataPages is off). */
const PAGE_HIDDEN: ReadonlySet<string> = new Set(['ResponseStatus', 'ResponseError']);

export const MARKERS = ['IReturn`1', 'IReturnVoid'] as const;

/** The request, the response and what they use, less the error types and ServiceStack's interfaces. */
export function operationPageTypes(model: MetadataModel, operation: Operation): TypeDecl[] {
  return operationTypes(model, operation).filter((t) => !PAGE_HIDDEN.has(t.id) && !isServiceStackInterface(t));
}

export interface WholeFileOptions {
  addServiceStackTypes: boolean;
  include: string[];
  exclude: string[];
}

/**
 * Every declaration, less what IncludeTypes/ExcludeTypes and AddServiceStackTypes leave out, plus
 * the interfaces that the kept types implement, so that the file stays complete. The IReturn
 * markers that a request needs and the metadata does not describe (`/types/metadata` leaves them
 * out) are reported for the file to declare itself.
 */
export function wholeFileTypes(
  model: MetadataModel,
  requests: ReadonlyMap<string, RequestInfo>,
  options: WholeFileOptions,
): { types: TypeDecl[]; missingMarkers: (typeof MARKERS)[number][] } {
  const candidates = options.addServiceStackTypes ? model.types : model.types.filter((t) => !isServiceStackType(t));
  const kept = new Set(filterTypes(model, candidates, options.include, options.exclude).map((t) => t.id));
  const excluded = new Set(options.exclude);
  const needed = new Set<string>();
  for (const t of model.types) {
    if (!kept.has(t.id) || t.kind === 'enum') continue;
    for (const i of t.implements) if (i.kind === 'named') needed.add(i.id);
    const marker = requests.get(t.id)?.marker;
    if (marker) needed.add(marker === 'void' ? 'IReturnVoid' : 'IReturn`1');
  }
  const declared = new Set(model.types.map((t) => t.id));
  for (const id of needed) if (declared.has(id) && !excluded.has(id)) kept.add(id);
  return {
    types: model.types.filter((t) => kept.has(t.id)),
    missingMarkers: MARKERS.filter((id) => needed.has(id) && !declared.has(id)),
  };
}

function isServiceStackType(t: TypeDecl): boolean {
  return t.namespace === 'ServiceStack' || (t.namespace?.startsWith('ServiceStack.') ?? false);
}

/** IReturn, IGet, IHasSessionId…: metadata pages show which a request implements, not their declarations. */
function isServiceStackInterface(t: TypeDecl): boolean {
  return t.kind === 'interface' && t.namespace === 'ServiceStack';
}
