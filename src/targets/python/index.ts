import type { Target } from '../target.js';
import { PYTHON_OPTIONS } from './options.js';
import { buildPythonFile } from './view-model.js';

export const python: Target = {
  id: 'python',
  displayName: 'Python',
  defaultFileName: 'dtos.py',
  templates: 'python',
  options: PYTHON_OPTIONS,
  generate(request, { templates }) {
    return { files: [{ path: 'dtos.py', content: templates.render('file', buildPythonFile(request)) }], diagnostics: [] };
  },
};
