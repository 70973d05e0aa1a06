// The public API of the dtogen package.

export { generate, languages, type GenerateOptions, type GenerateResult } from './generate.js';
export { loadInput, loadText, type LoadResult } from './loaders/index.js';
export { formatDiagnostic, GenerateError, hasErrors, type Diagnostic, type DiagnosticCode } from './diagnostics/diagnostic.js';
export type { GeneratedFile } from './emit/files.js';
export type * from './model/types.js';
export type { Target, OptionDescriptor, OptionValue } from './targets/target.js';
