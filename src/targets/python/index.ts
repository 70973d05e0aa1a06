import type { TargetPolicy } from '../../plan/policy.js';
import type { Target } from '../target.js';
import { LIBRARY_DTOS, LIBRARY_INTERFACES } from './library.js';
import { PYTHON_NAMING } from './names.js';
import { PYTHON_OPTIONS } from './options.js';
import { buildPythonFile } from './view-model.js';

const policy: TargetPolicy = {
  options: PYTHON_OPTIONS,
  libraryTypes: new Set([...LIBRARY_INTERFACES, ...LIBRARY_DTOS]),
  // Metadata pages show the library's DTOs an operation uses, not its interfaces.
  shownOnPages: LIBRARY_DTOS,
  order: 'dependencies',
  // Python evaluates base classes when it defines a class: implemented interfaces come first too.
  interfacesAreBases: true,
  naming: PYTHON_NAMING,
};

export const python: Target = {
  id: 'python',
  aliases: ['py'],
  displayName: 'Python',
  defaultFileName: 'dtos.py',
  templates: 'python',
  policy,
  render(plan, templates) {
    return { files: [{ path: 'dtos.py', content: templates.render('file', buildPythonFile(plan)) }], diagnostics: [] };
  },
};
