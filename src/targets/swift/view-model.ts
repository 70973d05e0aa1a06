// Model → the Swift file's view model: which declarations, in which order, with which options.

import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { optionsHeader, type HeaderLines } from '../../emit/header.js';
import { isSafeIdentifier } from '../../model/identifiers.js';
import { filterTypes, parseTypeList } from '../../model/passes/include.js';
import { operationTypes } from '../../model/passes/select.js';
import type { TypeDecl } from '../../model/types.js';
import type { GenerateRequest, OptionValue } from '../target.js';
import { blockCommentLine } from './comments.js';
import { SwiftDeclarations, type SwiftDeclVM } from './declarations.js';
import { LIBRARY_CLASSES, LIBRARY_PROTOCOLS, PAGE_HIDDEN } from './library.js';
import { SWIFT_OPTIONS } from './options.js';
import { swiftFileOrder } from './order.js';

export interface SwiftFileVM {
  header: HeaderLines | null;
  imports: string[];
  declarations: SwiftDeclVM[];
  /** ServiceStack ends whole files with one more blank line than the code its pages show. */
  finalBlankLine: boolean;
}

/**
 * What metadata pages use: the server's defaults rather than `/types/swift`'s. Properties are not
 * made optional (only Nullable ones get `?`), and collections start empty, as the pages show.
 */
const OPERATION_DEFAULTS: ReadonlyMap<string, OptionValue> = new Map([
  ['MakePropertiesOptional', false],
  ['InitializeCollections', true],
]);

export type SwiftBuild = { view: SwiftFileVM } | { diagnostics: Diagnostic[] };

export function buildSwiftFile(request: GenerateRequest): SwiftBuild {
  const { model, operation } = request;
  const wholeFile = operation === undefined;

  const option = (key: (typeof SWIFT_OPTIONS)[number]['key']): OptionValue =>
    request.overrides.get(key) ?? (wholeFile ? undefined : OPERATION_DEFAULTS.get(key)) ?? SWIFT_OPTIONS.find((d) => d.key === key)!.default;
  const text = (key: Parameters<typeof option>[0]) => String(option(key)).trim();

  const baseClass = text('BaseClass');
  if (baseClass !== '' && !isSafeIdentifier(baseClass)) {
    return { diagnostics: [diagnostic('bad-option-value', { name: 'BaseClass', value: baseClass, expected: 'a class name' })] };
  }
  const version = text('AddImplicitVersion');
  if (version !== '' && !/^\d+$/.test(version)) {
    return { diagnostics: [diagnostic('bad-option-value', { name: 'AddImplicitVersion', value: version, expected: 'a whole number' })] };
  }
  const treatAsStrings = new Set(parseTypeList(text('TreatTypesAsStrings')));

  let candidates: TypeDecl[];
  if (operation) {
    candidates = operationTypes(model, operation).filter((t) => !LIBRARY_PROTOCOLS.has(t.id) && !PAGE_HIDDEN.has(t.id));
  } else {
    const serviceStackTypes = option('AddServiceStackTypes') !== false;
    const kept = model.types.filter(
      (t) =>
        !LIBRARY_PROTOCOLS.has(t.id) &&
        !LIBRARY_CLASSES.has(t.id) &&
        !treatAsStrings.has(t.name) &&
        (serviceStackTypes || !isServiceStackNamespace(t.namespace)),
    );
    candidates = swiftFileOrder(model, filterTypes(model, kept, parseTypeList(text('IncludeTypes')), parseTypeList(text('ExcludeTypes'))));
  }

  const declarations = new SwiftDeclarations(model, {
    wholeFile,
    describe: option('AddDescriptionAsComments') !== false,
    makeOptional: option('MakePropertiesOptional') === true,
    initCollections: option('InitializeCollections') === true,
    addResponseStatus: option('AddResponseStatus') === true,
    ...(version !== '' ? { implicitVersion: Number(version) } : {}),
    excludeGenericBaseTypes: option('ExcludeGenericBaseTypes') === true,
    ...(baseClass !== '' ? { baseClass } : {}),
    treatAsStrings,
    textCase: model.service.textCase,
  });
  return {
    view: {
      header: wholeFile ? safeHeader(optionsHeader(request, SWIFT_OPTIONS, '//', ['SwiftVersion: 6.0'])) : null,
      imports: importLines(text('DefaultImports')),
      declarations: candidates.map((t) => declarations.declaration(t)),
      finalBlankLine: wholeFile,
    },
  };
}

function isServiceStackNamespace(ns: string | undefined): boolean {
  return ns === 'ServiceStack' || (ns?.startsWith('ServiceStack.') ?? false);
}

// The header sits in a block comment: option values must neither end nor nest it.
function safeHeader(header: HeaderLines): HeaderLines {
  return { info: header.info.map(blockCommentLine), options: header.options.map(blockCommentLine) };
}

/** `Foundation,ServiceStack` → `import Foundation`, `import ServiceStack`; anything not a module name is skipped. */
export function importLines(spec: string): string[] {
  return spec
    .split(',')
    .map((s) => s.trim())
    .filter((s) => /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/.test(s))
    .map((s) => `import ${s}`);
}
