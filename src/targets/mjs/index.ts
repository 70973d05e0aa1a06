// `/types/mjs`: JavaScript ES module classes for `@servicestack/client`, with JSDoc types, needing
// no build step. ServiceStack writes them through its TypeScript generator: the same names,
// order and type expressions (in the JSDoc), so this target reuses the TypeScript target's.

import { diagnostic } from '../../diagnostics/diagnostic.js';
import type { TemplateSet } from '../../emit/engine.js';
import type { DtoPlan } from '../../plan/plan.js';
import type { Target, TargetResult } from '../target.js';
import { constructorFields } from '../typescript/index.js';
import { MAX_INIT_PARAMETERS, TooManyInitParameters } from './init-parameters.js';
import { MJS_NAMING } from './names.js';
import { MJS_OPTIONS } from './options.js';
import { buildMjsFile } from './view-model.js';

function render(plan: DtoPlan, templates: TemplateSet): TargetResult {
  const problems = constructorFields(plan, 'a JavaScript class');
  if (problems.length > 0) return { files: [], diagnostics: problems };
  let content: string;
  try {
    content = templates.render('file', buildMjsFile(plan));
  } catch (error) {
    if (!(error instanceof TooManyInitParameters)) throw error;
    const name = plan.names.get(error.decl.id) ?? error.decl.name;
    return { files: [], diagnostics: [diagnostic('too-many-init-parameters', { name, count: error.count, limit: MAX_INIT_PARAMETERS }, error.decl.source)] };
  }
  return { files: [{ path: 'dtos.mjs', content }], diagnostics: [] };
}

export const mjs: Target = {
  id: 'mjs',
  displayName: 'JavaScript',
  defaultFileName: 'dtos.mjs',
  templates: 'mjs',
  policy: {
    options: MJS_OPTIONS,
    libraryTypes: new Set(),
    pagesOmitServiceStackInterfaces: true,
    order: 'dependencies',
    naming: MJS_NAMING,
  },
  render,
};
