// What a language target is: a policy (what the plan needs to know about the language) and a pure
// view that renders a plan through the language's templates. Loading, options, selection,
// ordering, naming and writing are shared.

import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { TemplateSet } from '../emit/engine.js';
import type { GeneratedFile } from '../emit/files.js';
import type { DtoPlan } from '../plan/plan.js';
import type { TargetPolicy } from '../plan/policy.js';

export type { OptionDescriptor, OptionValue } from '../plan/options.js';

export interface TargetResult {
  files: GeneratedFile[];
  diagnostics: Diagnostic[];
}

export interface Target {
  /** The `--lang` name. */
  id: string;
  /** Other names `--lang` takes for it (`py`), as ServiceStack's tools spell them. */
  aliases?: readonly string[];
  displayName: string;
  /** The file name ServiceStack's tools save this language as. */
  defaultFileName: string;
  /** Folder under `templates/`. */
  templates: string;
  policy: TargetPolicy;
  render(plan: DtoPlan, templates: TemplateSet): TargetResult;
}
