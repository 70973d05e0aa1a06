// What a whole file says about each request type: its IReturn marker, its verb and its routes.

import { routeText } from '../../emit/attributes.js';
import type { MetadataModel, Operation, TypeDecl } from '../../model/types.js';
import { isClass, typesById } from '../../model/walk.js';
import type { RequestInfo } from './declarations.js';

/** Request type id → its marker, verb and routes. */
export function requestInfos(model: MetadataModel): Map<string, RequestInfo> {
  const infos = new Map<string, RequestInfo>();
  const byId = typesById(model);
  for (const op of model.operations) {
    const marker = op.returnsVoid ? 'void' : (op.returnType ?? op.response);
    infos.set(op.request, {
      ...(marker ? { marker } : {}),
      method: preferredMethod(op, byId.get(op.request)),
      routes: op.routes.map((r) => `// ${routeText(r)}`),
    });
  }
  return infos;
}

const VERB_INTERFACES: Readonly<Record<string, string>> = { IGet: 'GET', IPost: 'POST', IPut: 'PUT', IDelete: 'DELETE', IPatch: 'PATCH' };

/** The verb the client sends: the operation's, else its verb interface's, else POST. */
function preferredMethod(op: Operation, request: TypeDecl | undefined): string {
  if (op.method !== undefined && /^[A-Z]+$/.test(op.method)) return op.method;
  const verb = isClass(request) ? request.implements.find((i) => i.kind === 'named' && VERB_INTERFACES[i.id]) : undefined;
  return verb?.kind === 'named' ? (VERB_INTERFACES[verb.id] ?? 'POST') : 'POST';
}

/** The response types of the operations (AddResponseStatus adds to them). */
export function responseIds(model: MetadataModel): Set<string> {
  const ids = new Set<string>();
  for (const op of model.operations) if (op.response?.kind === 'named') ids.add(op.response.id);
  return ids;
}
