// Compares two metadata models as a client sees them: operations (with their routes, verbs and
// response), and the types the documents declare (with their base types, properties and enum
// members). Each change is judged by rules.ts for the way its data flows (data-flow.ts);
// descriptions of the same JSON are no change, and a removal paired with an addition of the
// same shape is a probable rename.

import type { ClassDecl, EnumDecl, MetadataModel, Operation, Property, Route, TypeDecl } from '../model/types.js';
import { SUBJECTS, type ApiChange, type ApiDiff, type ChangeKind, type Subject } from './api-change.js';
import { codeLines, type CodeLines, type CodeSite, type ReportLanguage } from './code-lines.js';
import { combinedFlow, dataFlow, type DataFlow } from './data-flow.js';
import { pairRenames, propertyShape, typeShape } from './renames.js';
import { judge, OPERATION_RULES, RULES, type Sides, type Verdict } from './rules.js';
import { refChange, typeText } from './type-text.js';
import { TARGETS } from '../targets/index.js';

export interface CompareOptions {
  /** The languages clients use: verdicts that depend on the language (enums) and the code lines shown. Default: every language, without code lines. */
  languages?: readonly ReportLanguage[];
}

interface Change {
  kind: ChangeKind;
  subject: Subject;
  name: string;
  detail: string;
  verdict: Verdict;
  direction: ApiChange['direction'];
  operation: string | undefined;
  site: CodeSite | undefined;
}

export function compareModels(before: MetadataModel, after: MetadataModel, options: CompareOptions = {}): ApiDiff {
  const flow = combinedFlow(dataFlow(before), dataFlow(after));
  const languages = options.languages?.map((l) => l.target.id) ?? TARGETS.map((t) => t.id);
  const found: Change[] = [];
  const comparison: Comparison = {
    flow,
    languages,
    renamed: new Map(),
    add: (change) => found.push(change),
  };

  // Types first: operations compare their responses through the type renames.
  compareTypeLists(before, after, comparison);
  compareOperationLists(before.operations, after.operations, comparison);

  const lines: CodeLines | undefined = options.languages ? codeLines(before, after, options.languages) : undefined;
  const changes = found.map((c): ApiChange => {
    const code = c.verdict.breaking && lines && c.site ? lines(c.site) : [];
    return {
      kind: c.kind,
      subject: c.subject,
      name: c.name,
      breaking: c.verdict.breaking,
      detail: c.detail,
      reason: c.verdict.reason,
      direction: c.direction,
      ...(c.operation !== undefined ? { operation: c.operation } : {}),
      ...(code.length > 0 ? { code } : {}),
    };
  });
  changes.sort(byReportOrder);
  const breaking = changes.filter((c) => c.breaking).length;
  return { breaking, nonBreaking: changes.length - breaking, changes };
}

interface Comparison {
  flow: DataFlow;
  languages: readonly string[];
  /** Probable type renames: old id → new id. */
  renamed: Map<string, string>;
  add: (change: Change) => void;
}

function compareOperationLists(before: readonly Operation[], after: readonly Operation[], cmp: Comparison): void {
  const oldOps = byKey(before, (o) => o.name);
  const newOps = byKey(after, (o) => o.name);
  const opChange = (kind: ChangeKind, subject: Subject, op: Operation, name: string, detail: string, verdict: Verdict, site?: CodeSite) =>
    cmp.add({ kind, subject, name, detail, verdict, direction: subject === 'response' ? 'response' : 'request', operation: op.name, site });
  for (const [name, op] of oldOps) {
    const next = newOps.get(name);
    if (!next) opChange('removed', 'operation', op, name, 'operation removed', OPERATION_RULES.removed());
    else compareOperations(op, next, cmp.renamed, opChange);
  }
  for (const [name, op] of newOps) {
    if (!oldOps.has(name)) opChange('added', 'operation', op, name, op.routes.length > 0 ? `operation added: ${op.routes.map(routeText).join(', ')}` : 'operation added', OPERATION_RULES.added());
  }
}

type OpChange = (kind: ChangeKind, subject: Subject, op: Operation, name: string, detail: string, verdict: Verdict, site?: CodeSite) => void;

function compareOperations(before: Operation, after: Operation, renamed: ReadonlyMap<string, string>, add: OpChange): void {
  const oldRoutes = byKey(before.routes, (r) => r.path);
  const newRoutes = byKey(after.routes, (r) => r.path);
  for (const [path, route] of oldRoutes) {
    const next = newRoutes.get(path);
    const name = `${before.name} ${path}`;
    // Generated code quotes the path in its Route attribute comment.
    const site = { typeId: after.request, text: `"${path}"` };
    if (!next) {
      add('removed', 'route', before, name, `route removed (${verbsText(route.verbs)})`, OPERATION_RULES.routeRemoved(), site);
      continue;
    }
    const dropped = droppedVerbs(route.verbs, next.verbs);
    if (dropped !== undefined || droppedVerbs(next.verbs, route.verbs) !== undefined) {
      const verdict = dropped !== undefined ? OPERATION_RULES.verbsNarrowed(dropped) : OPERATION_RULES.verbsWidened();
      add('changed', 'route', before, name, `verbs changed from ${verbsText(route.verbs)} to ${verbsText(next.verbs)}`, verdict, site);
    }
  }
  for (const [path, route] of newRoutes) {
    if (!oldRoutes.has(path)) add('added', 'route', after, `${after.name} ${path}`, `route added (${verbsText(route.verbs)})`, OPERATION_RULES.routeAdded());
  }
  const oldResponse = before.response ? typeText(before.response) : 'nothing';
  const newResponse = after.response ? typeText(after.response) : 'nothing';
  const same = before.response && after.response ? refChange(before.response, after.response, renamed) === 'same' : before.response === after.response;
  if (!same) {
    add('changed', 'response', before, before.name, `response changed from ${oldResponse} to ${newResponse}`, OPERATION_RULES.responseChanged(newResponse), { typeId: after.request });
  }
}

/** The verbs `after` no longer accepts (an empty list means every verb); undefined when none. */
function droppedVerbs(before: string[], after: string[]): string | undefined {
  if (after.length === 0) return undefined;
  if (before.length === 0) return 'other verbs';
  const dropped = before.filter((v) => !after.includes(v));
  return dropped.length === 0 ? undefined : dropped.join(', ');
}

function compareTypeLists(before: MetadataModel, after: MetadataModel, cmp: Comparison): void {
  const oldTypes = byKey(declared(before), (t) => t.id);
  const newTypes = byKey(declared(after), (t) => t.id);
  const requests = new Set([...before.operations, ...after.operations].map((o) => o.request));
  // A request's name is its operation's: renaming one is an operation removed and one added.
  const removed = [...oldTypes.values()].filter((t) => !newTypes.has(t.id));
  const added = [...newTypes.values()].filter((t) => !oldTypes.has(t.id));
  const renames = pairRenames(removed, added, (t) => (requests.has(t.id) ? undefined : typeShape(t)));
  for (const [from, to] of renames) cmp.renamed.set(from.id, to.id);
  const renamedTo = new Set([...renames.values()]);

  const typeChange = (kind: ChangeKind, subject: Subject, type: TypeDecl, name: string, detail: string, sides: Sides, site?: CodeSite) => {
    const direction = cmp.flow.direction(type.id);
    cmp.add({ kind, subject, name, detail, verdict: judge(direction, sides), direction, operation: cmp.flow.operation(type.id), site });
  };

  for (const [id, type] of oldTypes) {
    const next = newTypes.get(id);
    const renamedAs = renames.get(type);
    if (renamedAs) typeChange('renamed', 'type', type, type.name, `probable rename to ${renamedAs.name} (same ${type.kind === 'enum' ? 'members' : 'properties'})`, RULES.typeRenamed(type.name, renamedAs.name));
    else if (!next) typeChange('removed', 'type', type, type.name, `${type.kind} removed`, RULES.typeRemoved(), { typeId: id });
    else compareTypes(type, next, cmp, typeChange);
  }
  for (const [id, type] of newTypes) {
    if (!oldTypes.has(id) && !renamedTo.has(type)) typeChange('added', 'type', type, type.name, `${type.kind} added`, RULES.typeAdded());
  }
}

type TypeChange = (kind: ChangeKind, subject: Subject, type: TypeDecl, name: string, detail: string, sides: Sides, site?: CodeSite) => void;

function compareTypes(before: TypeDecl, after: TypeDecl, cmp: Comparison, add: TypeChange): void {
  if (before.kind !== after.kind) {
    add('changed', 'type', before, before.name, `changed from ${before.kind} to ${after.kind}`, RULES.kindChanged(), { typeId: before.id });
    return;
  }
  if (before.kind === 'enum') {
    compareEnums(before, after as EnumDecl, cmp, add);
    return;
  }
  const next = after as ClassDecl;
  const baseChange = before.base && next.base ? refChange(before.base, next.base, cmp.renamed) : before.base || next.base ? 'changed' : 'same';
  if (baseChange !== 'same') {
    const oldBase = before.base ? typeText(before.base) : 'none';
    const newBase = next.base ? typeText(next.base) : 'none';
    add('changed', 'base-type', before, before.name, `base type changed from ${oldBase} to ${newBase}`, RULES.baseChanged(), { typeId: before.id });
  }
  compareProperties(before, next, cmp, add);
}

function compareProperties(before: ClassDecl, after: ClassDecl, cmp: Comparison, add: TypeChange): void {
  const oldProps = byKey(before.properties, (p) => p.name);
  const newProps = byKey(after.properties, (p) => p.name);
  const removed = [...oldProps.values()].filter((p) => !newProps.has(p.name));
  const added = [...newProps.values()].filter((p) => !oldProps.has(p.name));
  const renames = pairRenames(removed, added, (p) => propertyShape(p, cmp.renamed));
  const renamedTo = new Set([...renames.values()]);
  const where = (p: Property) => `${before.name}.${p.name}`;
  const site = (p: Property): CodeSite => ({ typeId: before.id, member: p.name });

  for (const [name, prop] of oldProps) {
    const other = newProps.get(name);
    const renamedAs = renames.get(prop);
    if (renamedAs) add('renamed', 'property', before, where(prop), `probable rename to ${renamedAs.name} (${typeText(prop.type)})`, RULES.propertyRenamed(prop.name, renamedAs.name), site(prop));
    else if (!other) add('removed', 'property', before, where(prop), `property removed (was ${typeText(prop.type)})`, RULES.propertyRemoved(), site(prop));
    else compareProperty(before, prop, other, cmp, add);
  }
  for (const [name, prop] of newProps) {
    if (oldProps.has(name) || renamedTo.has(prop)) continue;
    const detail = `property added (${typeText(prop.type)}${prop.isRequired ? ', required' : ''})`;
    add('added', 'property', after, where(prop), detail, RULES.propertyAdded(prop.isRequired), site(prop));
  }
}

function compareProperty(type: ClassDecl, before: Property, after: Property, cmp: Comparison, add: TypeChange): void {
  const where = `${type.name}.${before.name}`;
  const site = { typeId: type.id, member: before.name };
  const oldType = typeText(before.type);
  const newType = typeText(after.type);
  const change = refChange(before.type, after.type, cmp.renamed);
  if (change === 'refined') add('refined', 'property', type, where, `type refined from ${oldType} to ${newType}`, RULES.refined(), site);
  else if (change === 'made-nullable') add('changed', 'property', type, where, `type changed from ${oldType} to ${newType}`, RULES.madeNullable(), site);
  else if (change === 'made-non-nullable') add('changed', 'property', type, where, `type changed from ${oldType} to ${newType}`, RULES.madeNonNullable(), site);
  else if (change === 'changed') add('changed', 'property', type, where, `type changed from ${oldType} to ${newType}`, RULES.typeChanged(newType), site);
  if (!before.isRequired && after.isRequired) add('changed', 'property', type, where, 'optional property made required', RULES.madeRequired(), site);
  if (before.isRequired && !after.isRequired) add('changed', 'property', type, where, 'required property made optional', RULES.madeOptional(), site);
}

function compareEnums(before: EnumDecl, after: EnumDecl, cmp: Comparison, add: TypeChange): void {
  const newNames = new Set(after.members.map((m) => m.name));
  const oldNames = new Set(before.members.map((m) => m.name));
  for (const m of before.members) {
    if (!newNames.has(m.name)) add('removed', 'enum-member', before, `${before.name}.${m.name}`, 'enum member removed', RULES.enumMemberRemoved(), { typeId: before.id, member: m.name });
  }
  for (const m of after.members) {
    if (!oldNames.has(m.name)) add('added', 'enum-member', after, `${after.name}.${m.name}`, 'enum member added', RULES.enumMemberAdded(cmp.languages), { typeId: after.id, member: m.name });
  }
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
