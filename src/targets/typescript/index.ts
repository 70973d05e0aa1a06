// Two targets from one builder: `/types/typescript` (DTO classes the client sends) and
// `/types/typescript.d` (interface-only declarations).

import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { OptionDescriptor } from '../../plan/options.js';
import type { DtoPlan } from '../../plan/plan.js';
import type { TargetPolicy } from '../../plan/policy.js';
import type { TemplateSet } from '../../emit/engine.js';
import type { Target, TargetResult } from '../target.js';
import { TYPESCRIPT_NAMING } from './names.js';
import { TYPESCRIPT_D_OPTIONS, TYPESCRIPT_OPTIONS } from './options.js';
import { buildTypeScriptFile } from './view-model.js';

const policyWith = (options: readonly OptionDescriptor[]): TargetPolicy => ({
  options,
  // Nothing comes from a library: a file declares the interfaces and markers it uses.
  libraryTypes: new Set(),
  declaresUsedInterfaces: true,
  pagesOmitServiceStackInterfaces: true,
  order: 'dependencies',
  naming: TYPESCRIPT_NAMING,
});

function renderWith(declarationsOnly: boolean, fileName: string) {
  return (plan: DtoPlan, templates: TemplateSet): TargetResult => {
    // ExportAsTypes turns declarations into what /types/typescript writes (ServiceStack forces it on there).
    const interfacesOnly = declarationsOnly && !plan.options.flag('ExportAsTypes');
    const problems = interfacesOnly ? [] : [...constructorFields(plan, 'a TypeScript class'), ...strictNamespace(plan)];
    if (problems.length > 0) return { files: [], diagnostics: problems };
    const built = buildTypeScriptFile(plan, interfacesOnly);
    // The file template places the declarations on lines of their own.
    const body = templates.render('body', built.body).replace(/\n$/, '');
    const file = { ...built.file, body: built.file.namespace === null ? body : indent(body) };
    return { files: [{ path: fileName, content: templates.render('file', file) }], diagnostics: [] };
  };
}

/** A class cannot have a field named `constructor`, and a DTO's fields are its JSON keys. */
export function constructorFields(plan: DtoPlan, language: string): Diagnostic[] {
  return plan.declarations.flatMap((d) =>
    d.decl.kind === 'class'
      ? d.properties.filter((p) => p.property.wireName === 'constructor').map((p) => diagnostic('unsupported-name', { what: 'property', name: 'constructor', language }, p.property.source))
      : [],
  );
}

/** Namespaces are not erasable syntax: Node's type stripping refuses them, so strict classes cannot have one. */
function strictNamespace(plan: DtoPlan): Diagnostic[] {
  const namespace = plan.options.text('GlobalNamespace');
  if (!plan.options.flag('StrictClasses') || namespace === '') return [];
  const expected = 'no GlobalNamespace with StrictClasses (Node type stripping has no namespaces)';
  return [diagnostic('bad-option-value', { name: 'GlobalNamespace', value: namespace, expected }, plan.optionLocations?.get('GlobalNamespace'))];
}

/** Declarations inside a namespace: every non-blank line one level deeper. */
function indent(text: string): string {
  return text.replace(/^(?=.)/gm, '    ');
}

export const typescript: Target = {
  id: 'typescript',
  aliases: ['ts'],
  displayName: 'TypeScript',
  defaultFileName: 'dtos.ts',
  templates: 'typescript',
  policy: policyWith(TYPESCRIPT_OPTIONS),
  render: renderWith(false, 'dtos.ts'),
};

export const typescriptDeclarations: Target = {
  id: 'typescript-d',
  aliases: ['tsd'],
  displayName: 'TypeScript declarations',
  defaultFileName: 'dtos.d.ts',
  templates: 'typescript',
  policy: policyWith(TYPESCRIPT_D_OPTIONS),
  render: renderWith(true, 'dtos.d.ts'),
};
