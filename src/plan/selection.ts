// Which declarations an output holds, as ServiceStack chooses them: a whole file's (every type,
// less what the language's library declares, what IncludeTypes/ExcludeTypes and
// AddServiceStackTypes leave out), or what an operation's metadata page shows (its request, its
// response and what they use, less the error types pages hide).

import { filterTypes, parseTypeList, unmatchedExcludes, unmatchedIncludes, type UnmatchedPattern } from '../model/passes/include.js';
import { operationTypes } from '../model/passes/select.js';
import type { MetadataModel, Operation, TypeDecl } from '../model/types.js';
import type { ResolvedOptions } from './options.js';
import type { TargetPolicy } from './policy.js';
import type { RequestPlan } from './requests.js';

/** The error types metadata pages hide (ServiceStack's ShowResponseStatusInMetadataPages is off). */
export const PAGE_HIDDEN: ReadonlySet<string> = new Set(['ResponseStatus', 'ResponseError']);

export const MARKER_IDS = ['IReturn`1', 'IReturnVoid'] as const;
export type MarkerId = (typeof MARKER_IDS)[number];

export interface Selection {
  types: TypeDecl[];
  /** IReturn markers the file's requests use that the model does not declare (declaring languages only). */
  missingMarkers: MarkerId[];
  /** IncludeTypes and ExcludeTypes patterns that select nothing in the model (whole files only). */
  unmatched: UnmatchedOption[];
}

export interface UnmatchedOption extends UnmatchedPattern {
  option: 'IncludeTypes' | 'ExcludeTypes';
}

/** An operation page's types: at most `limit` of those the operation reaches, the first reached. */
export function operationSelection(model: MetadataModel, operation: Operation, policy: TargetPolicy, limit = Infinity): Selection {
  const types = operationTypes(model, operation, limit).filter(
    (t) =>
      !PAGE_HIDDEN.has(t.id) &&
      !(policy.libraryTypes.has(t.id) && !policy.shownOnPages?.has(t.id)) &&
      !(policy.pagesOmitServiceStackInterfaces && t.kind === 'interface' && t.namespace === 'ServiceStack'),
  );
  return { types, missingMarkers: [], unmatched: [] };
}

export function wholeFileSelection(
  model: MetadataModel,
  options: ResolvedOptions,
  policy: TargetPolicy,
  requests: ReadonlyMap<string, RequestPlan>,
): Selection {
  const serviceStackTypes = options.value('AddServiceStackTypes') !== false;
  const omitted = policy.omittedNames?.(options);
  const candidates = model.types.filter(
    (t) => !policy.libraryTypes.has(t.id) && !omitted?.has(t.name) && (serviceStackTypes || !isServiceStackNamespace(t.namespace)),
  );
  const include = parseTypeList(options.text('IncludeTypes'));
  const exclude = parseTypeList(options.text('ExcludeTypes'));
  const kept = filterTypes(model, candidates, include, exclude);
  const unmatched: UnmatchedOption[] = [
    ...unmatchedIncludes(model, include).map((u) => ({ ...u, option: 'IncludeTypes' as const })),
    ...unmatchedExcludes(model, exclude).map((u) => ({ ...u, option: 'ExcludeTypes' as const })),
  ];
  if (!policy.declaresUsedInterfaces) return { types: kept, missingMarkers: [], unmatched };

  // The interfaces the kept types implement and the markers their requests use, so that the file
  // stands alone. Without AddServiceStackTypes, ServiceStack inserts none of its own (IReturn,
  // IGet, ICreateDb…): the user imports them (T16).
  const keptIds = new Set(kept.map((t) => t.id));
  const needed = new Set<string>();
  for (const t of kept) {
    if (t.kind === 'enum') continue;
    for (const i of t.implements) if (i.kind === 'named') needed.add(i.id);
    const marker = requests.get(t.id)?.marker;
    if (marker) needed.add(marker.kind === 'void' ? 'IReturnVoid' : 'IReturn`1');
  }
  const excluded = new Set(exclude);
  const byId = new Map(model.types.map((t) => [t.id, t]));
  for (const id of needed) {
    const t = byId.get(id);
    if (t && !excluded.has(id) && (serviceStackTypes || !isServiceStackNamespace(t.namespace))) keptIds.add(id);
  }
  return {
    types: model.types.filter((t) => keptIds.has(t.id)),
    missingMarkers: serviceStackTypes ? MARKER_IDS.filter((id) => needed.has(id) && !byId.has(id)) : [],
    unmatched,
  };
}

function isServiceStackNamespace(ns: string | undefined): boolean {
  return ns === 'ServiceStack' || (ns?.startsWith('ServiceStack.') ?? false);
}
