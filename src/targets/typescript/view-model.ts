// The plan → the TypeScript file's view model: every line it prints. One builder serves both
// `/types/typescript` (classes) and `/types/typescript.d` (interfaces only); they differ only in
// the declarations' keywords and bodies.

import { dataContractSettings } from '../../emit/data-contract.js';
import { headerLines, type HeaderLines } from '../../emit/header.js';
import { blockCommentText } from '../../emit/text.js';
import { isClass, typesById } from '../../model/walk.js';
import type { DtoPlan } from '../../plan/plan.js';
import { BaseProperties } from './base-properties.js';
import { Declarations, type TsDeclVM } from './declarations.js';
import { importLines } from './imports.js';
import { TypeExpressions } from './type-expr.js';

export interface TsFileVM {
  header: HeaderLines | null;
  imports: string[];
  /** `export namespace X` / `declare namespace X` (GlobalNamespace), wrapping the declarations. */
  namespace: string | null;
  /** The rendered declarations (indented when inside a namespace), without a final line break. */
  body: string;
  /** Whole files end with a blank line, as ServiceStack writes them. */
  trailingBlank: boolean;
}

export interface TsBodyVM {
  declarations: TsDeclVM[];
}

export type BuiltFile = { body: TsBodyVM; file: Omit<TsFileVM, 'body'> };

export function buildTypeScriptFile(plan: DtoPlan, interfacesOnly: boolean): BuiltFile {
  const { options } = plan;
  const namespace = options.text('GlobalNamespace');
  const types = new TypeExpressions(plan.names, (id) => enumDefault(plan, id), options.flag('ExportValueTypes'));
  const declarations = new Declarations(types, {
    interfacesOnly,
    inNamespace: namespace !== '',
    makePropertiesOptional: options.flag('MakePropertiesOptional'),
    dataContract: dataContractSettings(options),
    strictClasses: options.flag('StrictClasses'),
    baseProperties: new BaseProperties(typesById(plan.model)),
  });

  const vms: TsDeclVM[] = [
    // Above the declarations, inside the namespace when there is one, as ServiceStack places it.
    ...(options.flag('InsertTsNoCheck') ? [{ partial: 'line' as const, blankBefore: false, comments: [], line: '// @ts-nocheck' }] : []),
    ...plan.missingMarkers.map((id) => declarations.markerInterface(id)),
    ...(plan.declarations.some((d) => isClass(d.decl) && d.decl.base?.kind === 'dictionary') ? [declarations.dictionaryBase()] : []),
    ...plan.declarations.map((d) => declarations.of(d)),
  ];
  if (!plan.wholeFile && vms[0]) vms[0].blankBefore = false;

  return {
    body: { declarations: vms },
    file: {
      // The header sits in a block comment: no value (a BaseUrl from the metadata, an option) may end it.
      header: plan.header ? headerLines(plan.header, '//', blockCommentText) : null,
      imports: importLines(options.text('DefaultImports')),
      namespace: namespace === '' ? null : `${interfacesOnly ? 'declare' : 'export'} namespace ${namespace}`,
      trailingBlank: plan.wholeFile,
    },
  };
}

/** The first member of an enum (`Level.Low`): what an enum response starts from, since `new` cannot build one. */
export function enumDefault(plan: DtoPlan, id: string): string | undefined {
  const decl = typesById(plan.model).get(id);
  return decl?.kind === 'enum' && decl.members[0] ? `${plan.names.get(id) ?? decl.name}.${decl.members[0].name}` : undefined;
}
