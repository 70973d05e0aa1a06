// The public API of the dtogen package: what the CLI itself is built on.

export { generate, languages, type GenerateOptions, type GenerateResult } from './generate.js';
export { loadInput, loadText, LOADERS, type Loader, type LoadOptions, type LoadResult } from './loaders/index.js';
export { formatDiagnostic, GenerateError, hasErrors, type Diagnostic, type DiagnosticCode } from './diagnostics/diagnostic.js';
export { writeFileAtomic, writeFilesAtomic, type GeneratedFile } from './emit/files.js';
export type * from './model/types.js';
export { validateModel } from './model/validate.js';
export { buildPlan, type DtoPlan, type PlannedDecl, type PlannedProperty, type PlanRequest } from './plan/plan.js';
export { parseOptions, type OptionDescriptor, type OptionEntry, type OptionValue } from './plan/options.js';
export type { TargetPolicy, NamingPolicy } from './plan/policy.js';
export type { Target } from './targets/target.js';
export { renderTarget, type RenderRequest } from './targets/render.js';
// Pages, the docs site, API diffs and updates.
export { buildPage, renderPage, pageLanguages, type PageRequest, type PageView, type PageFormat } from './pages/index.js';
export { buildSite } from './pages/site.js';
export { compareModels } from './diff/compare.js';
export { renderGithub as renderDiffGithub, renderJson as renderDiffJson, renderMarkdown as renderDiffMarkdown } from './diff/render.js';
export { updateFile, type UpdateOutcome, type UpdateSettings } from './workflow/update.js';
