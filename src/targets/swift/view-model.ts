// The plan → the Swift file's view model.

import { dataContractSettings } from '../../emit/data-contract.js';
import { headerLines, type HeaderLines } from '../../emit/header.js';
import { parseTypeList } from '../../model/passes/include.js';
import { listItems } from '../../plan/option-grammars.js';
import type { ResolvedOptions } from '../../plan/options.js';
import type { DtoPlan } from '../../plan/plan.js';
import { blockCommentLine } from './comments.js';
import { SwiftDeclarations, type SwiftDeclVM } from './declarations.js';

export interface SwiftFileVM {
  header: HeaderLines | null;
  imports: string[];
  declarations: SwiftDeclVM[];
  /** A blank line after the last declaration: pages, and whole files with AddModelExtensions. */
  blankAfter: boolean;
  /** AddModelExtensions appends an empty extensions block: one more blank line (S18). */
  finalBlankLine: boolean;
}

export function buildSwiftFile(plan: DtoPlan): SwiftFileVM {
  const { options } = plan;
  const baseClass = options.text('BaseClass');
  const declarations = new SwiftDeclarations(plan, {
    wholeFile: plan.wholeFile,
    makeOptional: options.flag('MakePropertiesOptional'),
    excludeGenericBaseTypes: options.flag('ExcludeGenericBaseTypes'),
    ...(baseClass !== '' ? { baseClass } : {}),
    treatAsStrings: treatedAsStrings(options),
    exportValueTypes: options.flag('ExportValueTypes'),
    dataContract: dataContractSettings(options),
  });
  return {
    // The header sits in a block comment: option values must neither end nor nest it.
    header: plan.header ? headerLines(plan.header, '//', blockCommentLine, ['SwiftVersion: 6.0']) : null,
    imports: importLines(options.text('DefaultImports')),
    declarations: plan.declarations.map((d) => declarations.declaration(d)),
    blankAfter: !plan.wholeFile || options.flag('AddModelExtensions'),
    finalBlankLine: plan.wholeFile && options.flag('AddModelExtensions'),
  };
}

/** TreatTypesAsStrings: the names of types written as `String`. */
export function treatedAsStrings(options: ResolvedOptions): Set<string> {
  return new Set(parseTypeList(options.text('TreatTypesAsStrings')));
}

/** `Foundation,ServiceStack` → `import Foundation`, `import ServiceStack` (the option's grammar has checked them). */
export function importLines(spec: string): string[] {
  return listItems(spec).map((module) => `import ${module}`);
}
