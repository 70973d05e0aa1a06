// Two targets from one builder: `/types/typescript` (DTO classes the client sends) and
// `/types/typescript.d` (interface-only declarations).

import type { Target, TargetContext, TargetResult, GenerateRequest } from '../target.js';
import { TYPESCRIPT_D_OPTIONS, TYPESCRIPT_OPTIONS } from './options.js';
import { buildTypeScriptFile, type Flavour } from './view-model.js';

function generateWith(flavour: Flavour, fileName: string) {
  return (request: GenerateRequest, { templates }: TargetContext): TargetResult => {
    const built = buildTypeScriptFile(request, flavour);
    // The file template places the declarations on lines of their own.
    const body = templates.render('body', built.body).replace(/\n$/, '');
    const file = { ...built.file, body: built.file.namespace === null ? body : indent(body) };
    return { files: [{ path: fileName, content: templates.render('file', file) }], diagnostics: [] };
  };
}

/** Declarations inside a namespace: every non-blank line one level deeper. */
function indent(text: string): string {
  return text.replace(/^(?=.)/gm, '    ');
}

export const typescript: Target = {
  id: 'typescript',
  displayName: 'TypeScript',
  defaultFileName: 'dtos.ts',
  templates: 'typescript',
  options: TYPESCRIPT_OPTIONS,
  generate: generateWith({ interfacesOnly: false, options: TYPESCRIPT_OPTIONS }, 'dtos.ts'),
};

export const typescriptDeclarations: Target = {
  id: 'typescript-d',
  displayName: 'TypeScript declarations',
  defaultFileName: 'dtos.d.ts',
  templates: 'typescript',
  options: TYPESCRIPT_D_OPTIONS,
  generate: generateWith({ interfacesOnly: true, options: TYPESCRIPT_D_OPTIONS }, 'dtos.d.ts'),
};
