// Compares two metadata models as a client sees them: operations (with their routes, verbs and
// response), and the types the documents declare (with their base types, properties and enum
// members). Breaking: what an existing client relies on is gone or different (a removed
// operation, route, verb, type, property or enum member; a changed property, response or base
// type; an optional property made required, or a new required property on a request).

import type { ClassDecl, EnumDecl, MetadataModel, Operation, Property, Route, TypeDecl } from '../model/types.js';
import { SUBJECTS, type ApiChange, type ApiDiff, type ChangeKind, type Subject } from './api-change.js';
import { typeText } from './type-text.js';

export function compareModels(before: MetadataModel, after: MetadataModel): ApiDiff {
  const changes: ApiChange[] = [];
  const add = (kind: ChangeKind, subject: Subject, name: string, breaking: boolean, detail: string) =>
    changes.push({ kind, subject, name, breaking, detail });

  const oldOps = byKey(before.operations, (o) => o.name);
  const newOps = byKey(after.operations, (o) => o.name);
  for (const [name, op] of oldOps) {
    const next = newOps.get(name);
    if (!next) add('removed', 'operation', name, true, 'operation removed');
    else compareOperations(op, next, add);
  }
  for (const [name, op] of newOps) {
    if (!oldOps.has(name)) add('added', 'operation', name, false, op.routes.length > 0 ? `operation added: ${op.routes.map(routeText).join(', ')}` : 'operation added');
  }

  const requests = new Set(after.operations.map((o) => o.request));
  const oldTypes = byKey(declared(before), (t) => t.id);
  const newTypes = byKey(declared(after), (t) => t.id);
  for (const [id, type] of oldTypes) {
    const next = newTypes.get(id);
    if (!next) add('removed', 'type', type.name, true, `${type.kind} removed`);
    else compareTypes(type, next, requests.has(id), add);
  }
  for (const [id, type] of newTypes) {
    if (!oldTypes.has(id)) add('added', 'type', type.name, false, `${type.kind} added`);
  }

  changes.sort(byReportOrder);
  const breaking = changes.filter((c) => c.breaking).length;
  return { breaking, nonBreaking: changes.length - breaking, changes };
}

type Add = (kind: ChangeKind, subject: Subject, name: string, breaking: boolean, detail: string) => void;

function compareOperations(before: Operation, after: Operation, add: Add): void {
  const oldRoutes = byKey(before.routes, (r) => r.path);
  const newRoutes = byKey(after.routes, (r) => r.path);
  for (const [path, route] of oldRoutes) {
    const next = newRoutes.get(path);
    const name = `${before.name} ${path}`;
    if (!next) {
      add('removed', 'route', name, true, `route removed (${verbsText(route.verbs)})`);
      continue;
    }
    const narrowed = dropsVerbs(route.verbs, next.verbs);
    if (narrowed || dropsVerbs(next.verbs, route.verbs)) {
      add('changed', 'route', name, narrowed, `verbs changed from ${verbsText(route.verbs)} to ${verbsText(next.verbs)}`);
    }
  }
  for (const [path, route] of newRoutes) {
    if (!oldRoutes.has(path)) add('added', 'route', `${after.name} ${path}`, false, `route added (${verbsText(route.verbs)})`);
  }
  const oldResponse = before.response ? typeText(before.response) : 'nothing';
  const newResponse = after.response ? typeText(after.response) : 'nothing';
  if (oldResponse !== newResponse) add('changed', 'response', before.name, true, `response changed from ${oldResponse} to ${newResponse}`);
}

/** Whether `after` accepts fewer verbs than `before`; an empty list means every verb. */
function dropsVerbs(before: string[], after: string[]): boolean {
  if (after.length === 0) return false;
  return before.length === 0 || before.some((v) => !after.includes(v));
}

function compareTypes(before: TypeDecl, after: TypeDecl, isRequest: boolean, add: Add): void {
  if (before.kind !== after.kind) {
    add('changed', 'type', before.name, true, `changed from ${before.kind} to ${after.kind}`);
    return;
  }
  if (before.kind === 'enum') {
    compareEnums(before, after as EnumDecl, add);
    return;
  }
  const next = after as ClassDecl;
  const oldBase = before.base ? typeText(before.base) : 'none';
  const newBase = next.base ? typeText(next.base) : 'none';
  if (oldBase !== newBase) add('changed', 'base-type', before.name, true, `base type changed from ${oldBase} to ${newBase}`);
  const oldProps = byKey(before.properties, (p) => p.name);
  const newProps = byKey(next.properties, (p) => p.name);
  for (const [name, prop] of oldProps) {
    const other = newProps.get(name);
    const where = `${before.name}.${name}`;
    if (!other) add('removed', 'property', where, true, `property removed (was ${typeText(prop.type)})`);
    else compareProperties(where, prop, other, add);
  }
  for (const [name, prop] of newProps) {
    if (oldProps.has(name)) continue;
    const where = `${before.name}.${name}`;
    // A request that gains a required property rejects what existing clients send.
    if (prop.isRequired && isRequest) add('added', 'property', where, true, `required property added to a request (${typeText(prop.type)})`);
    else add('added', 'property', where, false, `property added (${typeText(prop.type)}${prop.isRequired ? ', required' : ''})`);
  }
}

function compareProperties(where: string, before: Property, after: Property, add: Add): void {
  const oldType = typeText(before.type);
  const newType = typeText(after.type);
  if (oldType !== newType) add('changed', 'property', where, true, `type changed from ${oldType} to ${newType}`);
  if (!before.isRequired && after.isRequired) add('changed', 'property', where, true, 'optional property made required');
  if (before.isRequired && !after.isRequired) add('changed', 'property', where, false, 'required property made optional');
}

function compareEnums(before: EnumDecl, after: EnumDecl, add: Add): void {
  const newNames = new Set(after.members.map((m) => m.name));
  const oldNames = new Set(before.members.map((m) => m.name));
  for (const m of before.members) if (!newNames.has(m.name)) add('removed', 'enum-member', `${before.name}.${m.name}`, true, 'enum member removed');
  for (const m of after.members) if (!oldNames.has(m.name)) add('added', 'enum-member', `${after.name}.${m.name}`, false, 'enum member added');
}

/** The types the document declares; ServiceStack's built-in definitions are the same on both sides. */
function declared(model: MetadataModel): TypeDecl[] {
  return model.types.filter((t) => !t.isBuiltin);
}

function byKey<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(key(item))) map.set(key(item), item);
  return map;
}

function routeText(route: Route): string {
  return route.verbs.length === 0 ? route.path : `${route.verbs.join(',')} ${route.path}`;
}

function verbsText(verbs: string[]): string {
  return verbs.length === 0 ? 'any verb' : verbs.join(', ');
}

/** Breaking first, then by subject, then by name (code-unit order: the same on every machine). */
function byReportOrder(a: ApiChange, b: ApiChange): number {
  if (a.breaking !== b.breaking) return a.breaking ? -1 : 1;
  const subject = SUBJECTS.indexOf(a.subject) - SUBJECTS.indexOf(b.subject);
  if (subject !== 0) return subject;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : a.detail < b.detail ? -1 : a.detail > b.detail ? 1 : 0;
}
