import { COMMON_OPTIONS, DATA_CONTRACT_OPTIONS } from '../../plan/common-options.js';
import { CLASS_NAME, SWIFT_IMPORTS, TYPE_LIST } from '../../plan/option-grammars.js';
import type { OptionDescriptor } from '../../plan/options.js';

/**
 * The options of ServiceStack's `/types/swift` (SwiftVersion 6.0), in the order its header lists
 * them. Whole files use these defaults; operation mode uses the server's own (see index.ts).
 */
export const SWIFT_OPTIONS = [
  { key: 'BaseClass', type: 'string', grammar: CLASS_NAME, default: '', description: 'Base class of every class that has none' },
  // Kept so that headers match ServiceStack's and `x`/`get-dtos` can send it back: Codable DTOs need no
  // model extensions, so ServiceStack ignores it since its Swift 4 generator, and so does dtogen.
  { key: 'AddModelExtensions', type: 'boolean', default: true, description: 'Accepted for compatibility; Codable DTOs need no extensions' },
  COMMON_OPTIONS.AddServiceStackTypes,
  { key: 'MakePropertiesOptional', type: 'boolean', default: true, description: 'Make every property optional (`?`)' },
  COMMON_OPTIONS.IncludeTypes,
  COMMON_OPTIONS.ExcludeTypes,
  { key: 'ExcludeGenericBaseTypes', type: 'boolean', default: false, description: 'Drop closed generic base classes (QueryDb<T>)' },
  COMMON_OPTIONS.AddResponseStatus,
  COMMON_OPTIONS.AddImplicitVersion,
  COMMON_OPTIONS.AddDescriptionAsComments,
  { key: 'InitializeCollections', type: 'boolean', default: false, description: 'Give every collection property an empty default' },
  { key: 'TreatTypesAsStrings', type: 'string', grammar: TYPE_LIST, default: '', description: 'Types sent as strings (comma-separated names)' },
  { key: 'DefaultImports', type: 'string', grammar: SWIFT_IMPORTS, default: 'Foundation,ServiceStack', description: 'Modules imported at the top of the file' },
  COMMON_OPTIONS.AddReturnMarker,
  COMMON_OPTIONS.ExportValueTypes,
  ...DATA_CONTRACT_OPTIONS,
] satisfies readonly OptionDescriptor[];
