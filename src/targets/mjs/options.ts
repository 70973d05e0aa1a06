import { COMMON_OPTIONS, HIDDEN_OPTIONS } from '../../plan/common-options.js';
import { TYPESCRIPT_IMPORTS } from '../../plan/option-grammars.js';
import type { OptionDescriptor } from '../../plan/options.js';

/**
 * The options of ServiceStack's `/types/mjs`, in the order its header lists them. DefaultImports
 * is listed and kept, but, as ServiceStack's, a JavaScript module imports nothing.
 */
export const MJS_OPTIONS = [
  COMMON_OPTIONS.AddServiceStackTypes,
  { key: 'AddDocAnnotations', type: 'boolean', default: true, description: 'Write JSDoc type annotations (@type, @param, @typedef)' },
  COMMON_OPTIONS.AddDescriptionAsComments,
  COMMON_OPTIONS.IncludeTypes,
  COMMON_OPTIONS.ExcludeTypes,
  { key: 'DefaultImports', type: 'string', grammar: TYPESCRIPT_IMPORTS, default: '', description: 'Listed in the header; a JavaScript module imports nothing' },
  ...HIDDEN_OPTIONS,
] satisfies readonly OptionDescriptor[];
