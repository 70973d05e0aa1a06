// Model → the TypeScript file's view model: which declarations, in which order, and every line
// they print. One builder serves both `/types/typescript` (classes) and `/types/typescript.d`
// (interfaces only); they differ only in the declarations' keywords and bodies.

import { optionsHeader, resolveOptions, type HeaderLines } from '../../emit/header.js';
import { blockCommentText } from '../../emit/text.js';
import { parseTypeList } from '../../model/passes/include.js';
import { orderByDependencies } from '../../model/passes/order.js';
import type { MetadataModel, TypeDecl, TypeRef } from '../../model/types.js';
import { isSafeIdentifier } from '../../model/identifiers.js';
import { isClass } from '../../model/walk.js';
import type { GenerateRequest, OptionDescriptor } from '../target.js';
import { Declarations, type RequestInfo, type TsDeclVM } from './declarations.js';
import { importLines } from './imports.js';
import { classNames } from './names.js';
import { TS_RESERVED_TYPE_NAMES } from './reserved.js';
import { requestInfos, responseIds } from './requests.js';
import { operationPageTypes, wholeFileTypes } from './selection.js';
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

export type BuiltFile = { body: TsBodyVM; file: Omit<TsFileVM, 'body'> };

export function buildTypeScriptFile(request: GenerateRequest, flavour: Flavour): BuiltFile {
  const { model, operation } = request;
  const options = resolveOptions(flavour.options, request.overrides);

  const wholeFile = operation === undefined;
  const requests = wholeFile ? requestInfos(model) : new Map<string, RequestInfo>();
  const selected = operation
    ? { types: operationPageTypes(model, operation), missingMarkers: [] }
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
      header: wholeFile ? insideBlockComment(optionsHeader(request, flavour.options, '//')) : null,
      imports: importLines(String(options.get('DefaultImports') ?? '')),
      namespace: namespace === undefined ? null : `${flavour.interfacesOnly ? 'declare' : 'export'} namespace ${namespace}`,
      trailingBlank: wholeFile,
    },
  };
}

/** The header sits in a block comment: no value (a BaseUrl from the metadata, an option) may end it. */
function insideBlockComment(header: HeaderLines): HeaderLines {
  return { info: header.info.map(blockCommentText), options: header.options.map(blockCommentText) };
}

function enumDefaults(model: MetadataModel, names: ReadonlyMap<string, string>): Map<string, string> {
  const defaults = new Map<string, string>();
  for (const t of model.types) {
    if (t.kind === 'enum' && t.members[0]) defaults.set(t.id, `${names.get(t.id) ?? t.name}.${t.members[0].name}`);
  }
  return defaults;
}

function extendsDictionary(t: TypeDecl): boolean {
  return isClass(t) && t.base?.kind === 'dictionary';
}

/** A dotted name of plain identifiers, or nothing: the option is free text. */
function safeNamespace(value: string): string | undefined {
  const parts = value.trim().split('.');
  return parts.every((p) => isSafeIdentifier(p) && !TS_RESERVED_TYPE_NAMES.has(p)) ? parts.join('.') : undefined;
}

function implicitVersion(value: unknown): { implicitVersion?: string } {
  return typeof value === 'string' && /^\d+$/.test(value.trim()) ? { implicitVersion: value.trim() } : {};
}

