import type { Target } from '../target.js';
import { SWIFT_OPTIONS } from './options.js';
import { buildSwiftFile } from './view-model.js';

export const swift: Target = {
  id: 'swift',
  displayName: 'Swift',
  defaultFileName: 'dtos.swift',
  templates: 'swift',
  options: SWIFT_OPTIONS,
  generate(request, { templates }) {
    const built = buildSwiftFile(request);
    if ('diagnostics' in built) return { files: [], diagnostics: built.diagnostics };
    return { files: [{ path: 'dtos.swift', content: templates.render('file', built.view) }], diagnostics: [] };
  },
};
