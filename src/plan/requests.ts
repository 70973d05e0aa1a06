// What ServiceStack's generators decide for a request type, the same in every language
// (ServiceStack's ImplementsFn of the Python, Swift and TypeScript generators): its return marker,
// the HTTP method a client sends it with, and its routes.

import type { MetadataModel, Operation, Route, TypeDecl, TypeRef } from '../model/types.js';
import { isClass, typesById } from '../model/walk.js';

/** `IReturn<T>` or `IReturnVoid`. */
export type ReturnMarker = { kind: 'type'; type: TypeRef } | { kind: 'void' };

export interface RequestPlan {
  operation: Operation;
  /** Absent when the operation declares no response (and AddReturnMarker is off, or nothing to mark). */
  marker?: ReturnMarker;
  /** The verb a client sends: the operation's, else its verb interface's, else POST. */
  method: string;
  routes: readonly Route[];
}

/**
 * The marker: IReturnVoid when the operation returns nothing, else `IReturn<returnType>`, else
 * `IReturn<response>`. With AddReturnMarker off, only a declared marker (void or returnType) counts.
 */
export function returnMarker(op: Operation, addReturnMarker: boolean): ReturnMarker | undefined {
  if (op.returnsVoid) return { kind: 'void' };
  if (op.returnType) return { kind: 'type', type: op.returnType };
  if (addReturnMarker && op.response) return { kind: 'type', type: op.response };
  return undefined;
}

const VERB_INTERFACES: ReadonlyMap<string, string> = new Map([
  ['IGet', 'GET'],
  ['IPost', 'POST'],
  ['IPut', 'PUT'],
  ['IDelete', 'DELETE'],
  ['IPatch', 'PATCH'],
]);

function preferredMethod(op: Operation, request: TypeDecl | undefined): string {
  if (op.method !== undefined && /^[A-Z]+$/.test(op.method)) return op.method;
  const verb = isClass(request) ? request.implements.find((i) => i.kind === 'named' && VERB_INTERFACES.has(i.id)) : undefined;
  return (verb?.kind === 'named' && VERB_INTERFACES.get(verb.id)) || 'POST';
}

/** Per model and AddReturnMarker: every language of a run plans the same requests. */
const REQUEST_PLANS = new WeakMap<readonly Operation[], ReadonlyMap<string, RequestPlan>[]>();

/** Every request of the model, by its type id; the first operation of a request wins. Built once per model. */
export function requestPlans(model: MetadataModel, addReturnMarker: boolean): ReadonlyMap<string, RequestPlan> {
  let built = REQUEST_PLANS.get(model.operations);
  if (!built) REQUEST_PLANS.set(model.operations, (built = []));
  const index = addReturnMarker ? 1 : 0;
  return (built[index] ??= planRequests(model, addReturnMarker));
}

function planRequests(model: MetadataModel, addReturnMarker: boolean): Map<string, RequestPlan> {
  const byId = typesById(model);
  const plans = new Map<string, RequestPlan>();
  for (const op of model.operations) {
    if (plans.has(op.request)) continue;
    const marker = returnMarker(op, addReturnMarker);
    plans.set(op.request, { operation: op, ...(marker ? { marker } : {}), method: preferredMethod(op, byId.get(op.request)), routes: op.routes });
  }
  return plans;
}

const RESPONSES = new WeakMap<readonly Operation[], ReadonlySet<string>>();

/** The response types of the operations (AddResponseStatus adds to them); built once per model. */
export function responseIds(model: MetadataModel): ReadonlySet<string> {
  let ids = RESPONSES.get(model.operations);
  if (!ids) {
    const found = new Set<string>();
    for (const op of model.operations) if (op.response?.kind === 'named') found.add(op.response.id);
    RESPONSES.set(model.operations, (ids = found));
  }
  return ids;
}
