// Model → the TypeScript file's view model: which declarations, in which order, and every line
// they print. One builder serves both `/types/typescript` (classes) and `/types/typescript.d`
// (interfaces only); they differ only in the declarations' keywords and bodies.

import { routeText } from '../../emit/attributes.js';
import { optionsHeader, resolveOptions, type HeaderLines } from '../../emit/header.js';
import { filterTypes, parseTypeList } from '../../model/passes/include.js';
import { orderByDependencies } from '../../model/passes/order.js';
import { findOperation, operationTypes } from '../../model/passes/select.js';
import type { ClassDecl, MetadataModel, Operation, TypeDecl, TypeRef } from '../../model/types.js';
import type { GenerateRequest, OptionDescriptor } from '../target.js';
import { Declarations, type RequestInfo, type TsDeclVM } from './declarations.js';
import { classNames } from './names.js';
import { TypeExpressions } from './type-expr.js';

export interface TsFileVM {
  header: HeaderLines | null;
  imports: string[];
  /** `export namespace X` / `declare namespace X` (GlobalNamespace), wrapping the declarations. */
  namespace: string | null;
  /** The rendered declarations (indented when inside a namespace), without a final line break. */
  body: string;
  /** Whole files end with a blank line, as ServiceStack writes them. */
  trailingBlank: boolean;
}

export interface TsBodyVM {
  declarations: TsDeclVM[];
}

export interface Flavour {
  interfacesOnly: boolean;
  options: readonly OptionDescriptor[];
}

/** The error types metadata pages hide (ServiceStack's ShowResponseStatusInMetadataPages is off). */
const PAGE_HIDDEN: ReadonlySet<string> = new Set(['ResponseStatus', 'ResponseError']);

const MARKERS = ['IReturn`1', 'IReturnVoid'] as const;

export type BuiltFile = { body: TsBodyVM; file: Omit<TsFileVM, 'body'> } | { unknownOperation: string };

export function buildTypeScriptFile(request: GenerateRequest, flavour: Flavour): BuiltFile {
  const { model } = request;
  const options = resolveOptions(flavour.options, request.overrides);
  const operation = request.op !== undefined ? findOperation(model, request.op) : undefined;
  if (request.op !== undefined && !operation) return { unknownOperation: request.op };

  const wholeFile = operation === undefined;
  const requests = wholeFile ? requestInfos(model) : new Map<string, RequestInfo>();
  const selected = operation
    ? { types: operationTypes(model, operation).filter((t) => !PAGE_HIDDEN.has(t.id) && !isServiceStackInterface(t)), missingMarkers: [] }
    : wholeFileTypes(model, requests, {
        addServiceStackTypes: options.get('AddServiceStackTypes') !== false,
        include: parseTypeList(String(options.get('IncludeTypes') ?? '')),
        exclude: parseTypeList(String(options.get('ExcludeTypes') ?? '')),
      });

  const namespace = safeNamespace(String(options.get('GlobalNamespace') ?? ''));
  const names = classNames(model.types);
  const types = new TypeExpressions(names, enumDefaults(model, names));
  const declarations = new Declarations(types, requests, {
    interfacesOnly: flavour.interfacesOnly,
    inNamespace: namespace !== undefined,
    describe: options.get('AddDescriptionAsComments') !== false,
    makePropertiesOptional: options.get('MakePropertiesOptional') === true,
    textCase: model.service.textCase,
    ...implicitVersion(options.get('AddImplicitVersion')),
    addResponseStatusTo: options.get('AddResponseStatus') === true && wholeFile ? responseIds(model) : new Set(),
  });

  const markers = new Map<string, TypeRef[]>();
  for (const [id, info] of requests) if (info.marker && info.marker !== 'void') markers.set(id, [info.marker]);
  const ordered = orderByDependencies(model, { types: selected.types, extraDependencies: markers });
  const vms: TsDeclVM[] = [
    ...selected.missingMarkers.map((id) => declarations.markerInterface(id)),
    ...(ordered.some(extendsDictionary) ? [declarations.dictionaryBase()] : []),
    ...ordered.map((t) => declarations.of(t)),
  ];
  if (!wholeFile && vms[0]) vms[0].blankBefore = false;

  return {
    body: { declarations: vms },
    file: {
      header: wholeFile ? optionsHeader(request, flavour.options, '//') : null,
      imports: importLines(String(options.get('DefaultImports') ?? '')),
      namespace: namespace === undefined ? null : `${flavour.interfacesOnly ? 'declare' : 'export'} namespace ${namespace}`,
      trailingBlank: wholeFile,
    },
  };
}

interface WholeFileOptions {
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
function wholeFileTypes(
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

/** Request type id → its marker, verb and routes. */
function requestInfos(model: MetadataModel): Map<string, RequestInfo> {
  const infos = new Map<string, RequestInfo>();
  for (const op of model.operations) {
    const marker = op.returnsVoid ? 'void' : (op.returnType ?? op.response);
    infos.set(op.request, {
      ...(marker ? { marker } : {}),
      method: preferredMethod(op, model),
      routes: op.routes.map((r) => `// ${routeText(r)}`),
    });
  }
  return infos;
}

const VERB_INTERFACES: Readonly<Record<string, string>> = { IGet: 'GET', IPost: 'POST', IPut: 'PUT', IDelete: 'DELETE', IPatch: 'PATCH' };

/** The verb the client sends: the operation's, else its verb interface's, else POST. */
function preferredMethod(op: Operation, model: MetadataModel): string {
  if (op.method !== undefined && /^[A-Z]+$/.test(op.method)) return op.method;
  const decl = model.types.find((t) => t.id === op.request);
  const verb = decl && decl.kind !== 'enum' ? decl.implements.find((i) => i.kind === 'named' && VERB_INTERFACES[i.id]) : undefined;
  return verb?.kind === 'named' ? (VERB_INTERFACES[verb.id] ?? 'POST') : 'POST';
}

function enumDefaults(model: MetadataModel, names: ReadonlyMap<string, string>): Map<string, string> {
  const defaults = new Map<string, string>();
  for (const t of model.types) {
    if (t.kind === 'enum' && t.members[0]) defaults.set(t.id, `${names.get(t.id) ?? t.name}.${t.members[0].name}`);
  }
  return defaults;
}

function responseIds(model: MetadataModel): Set<string> {
  const ids = new Set<string>();
  for (const op of model.operations) if (op.response?.kind === 'named') ids.add(op.response.id);
  return ids;
}

function isServiceStackType(t: TypeDecl): boolean {
  return t.namespace === 'ServiceStack' || (t.namespace?.startsWith('ServiceStack.') ?? false);
}

/** IReturn, IGet, IHasSessionId…: metadata pages show which a request implements, not their declarations. */
function isServiceStackInterface(t: TypeDecl): boolean {
  return t.kind === 'interface' && t.namespace === 'ServiceStack';
}

function extendsDictionary(t: TypeDecl): boolean {
  return t.kind !== 'enum' && (t as ClassDecl).base?.kind === 'dictionary';
}

/** A dotted identifier, or nothing: the option is free text. */
function safeNamespace(value: string): string | undefined {
  const trimmed = value.trim();
  return /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/.test(trimmed) ? trimmed : undefined;
}

function implicitVersion(value: unknown): { implicitVersion?: string } {
  return typeof value === 'string' && /^\d+$/.test(value.trim()) ? { implicitVersion: value.trim() } : {};
}

/** `A/B:module` → `import { A, B } from "module";` — items that are not plainly that are skipped. */
export function importLines(spec: string): string[] {
  return spec
    .split(',')
    .map((s) => s.trim())
    .filter((s) => /^[A-Za-z_$][\w$]*(\/[A-Za-z_$][\w$]*)*:[\w@./-]+$/.test(s))
    .map((s) => {
      const [names = '', module = ''] = s.split(':');
      return `import { ${names.split('/').join(', ')} } from "${module}";`;
    });
}
