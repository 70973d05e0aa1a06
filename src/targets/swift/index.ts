import type { OptionValue } from '../../plan/options.js';
import type { TargetPolicy } from '../../plan/policy.js';
import { unionFallbackWarnings } from '../../plan/union-fallback.js';
import type { Target } from '../target.js';
import { LIBRARY_CLASSES, LIBRARY_PROTOCOLS } from './library.js';
import { SWIFT_NAMING } from './names.js';
import { SWIFT_OPTIONS } from './options.js';
import { SWIFT_PRIMITIVES } from './type-map.js';
import { buildSwiftFile, treatedAsStrings } from './view-model.js';

/**
 * What metadata pages use: the server's defaults rather than `/types/swift`'s. Properties are not
 * made optional (only Nullable ones get `?`), and collections start empty, as the pages show.
 */
const OPERATION_DEFAULTS: ReadonlyMap<string, OptionValue> = new Map([
  ['MakePropertiesOptional', false],
  ['InitializeCollections', true],
]);

const policy: TargetPolicy = {
  options: SWIFT_OPTIONS,
  operationDefaults: OPERATION_DEFAULTS,
  libraryTypes: new Set([...LIBRARY_PROTOCOLS, ...LIBRARY_CLASSES]),
  // Metadata pages show the package's classes an operation uses, not its protocols.
  shownOnPages: LIBRARY_CLASSES,
  // TreatTypesAsStrings: such types are written as String, so never declared.
  omittedNames: treatedAsStrings,
  order: 'requests-first',
  naming: SWIFT_NAMING,
};

export const swift: Target = {
  id: 'swift',
  displayName: 'Swift',
  defaultFileName: 'dtos.swift',
  templates: 'swift',
  policy,
  render(plan, templates) {
    return { files: [{ path: 'dtos.swift', content: templates.render('file', buildSwiftFile(plan)) }], diagnostics: unionFallbackWarnings(plan, 'Swift', SWIFT_PRIMITIVES.Object) };
  },
};
