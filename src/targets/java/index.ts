import type { TargetPolicy } from '../../plan/policy.js';
import type { Target } from '../target.js';
import { JVM_LIBRARY_TYPES } from '../jvm/library.js';
import { treatedAsStrings } from '../jvm/treat-as-strings.js';
import { JAVA_NAMING } from './names.js';
import { JAVA_OPTIONS } from './options.js';
import { buildJavaFile } from './view-model.js';

const policy: TargetPolicy = {
  options: JAVA_OPTIONS,
  libraryTypes: JVM_LIBRARY_TYPES,
  omittedNames: treatedAsStrings,
  // Requests, responses, then the other types, as ServiceStack writes them.
  order: 'requests-first',
  naming: JAVA_NAMING,
};

export const java: Target = {
  id: 'java',
  displayName: 'Java',
  defaultFileName: 'dtos.java',
  templates: 'java',
  policy,
  render(plan, templates) {
    return { files: [{ path: 'dtos.java', content: templates.render('file', buildJavaFile(plan)) }], diagnostics: [] };
  },
};
