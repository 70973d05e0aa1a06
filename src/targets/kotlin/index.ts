import type { TargetPolicy } from '../../plan/policy.js';
import type { Target } from '../target.js';
import { JVM_LIBRARY_TYPES } from '../jvm/library.js';
import { treatedAsStrings } from '../jvm/treat-as-strings.js';
import { KOTLIN_NAMING } from './names.js';
import { KOTLIN_OPTIONS } from './options.js';
import { buildKotlinFile } from './view-model.js';

const policy: TargetPolicy = {
  options: KOTLIN_OPTIONS,
  libraryTypes: JVM_LIBRARY_TYPES,
  omittedNames: treatedAsStrings,
  // Requests, responses, then the other types, as ServiceStack writes them.
  order: 'requests-first',
  naming: KOTLIN_NAMING,
};

export const kotlin: Target = {
  id: 'kotlin',
  displayName: 'Kotlin',
  defaultFileName: 'dtos.kt',
  templates: 'kotlin',
  policy,
  render(plan, templates) {
    return { files: [{ path: 'dtos.kt', content: templates.render('file', buildKotlinFile(plan)) }], diagnostics: [] };
  },
};
