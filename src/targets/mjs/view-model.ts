// The plan → the JavaScript module's view model: every line it prints. Interfaces have no
// JavaScript form and are left out; requests carry the methods the client calls.

import { headerLines, type HeaderLines } from '../../emit/header.js';
import { blockCommentText } from '../../emit/text.js';
import type { DtoPlan } from '../../plan/plan.js';
import { TypeExpressions } from '../typescript/type-expr.js';
import { enumDefault } from '../typescript/view-model.js';
import { Declarations, type MjsDeclVM } from './declarations.js';
import { InitParameters } from './init-parameters.js';

export interface MjsFileVM {
  header: HeaderLines | null;
  /** `"use strict";` and the final blank line: whole files only (a page shows the declarations). */
  wholeFile: boolean;
  declarations: MjsDeclVM[];
}

export function buildMjsFile(plan: DtoPlan): MjsFileVM {
  const types = new TypeExpressions(plan.names, (id) => enumDefault(plan, id));
  const declarations = new Declarations(types, new InitParameters(plan.model, types), { annotate: plan.options.flag('AddDocAnnotations') });
  return {
    // The header sits in a block comment: no value (a BaseUrl from the metadata, an option) may end it.
    header: plan.header ? headerLines(plan.header, '//', blockCommentText) : null,
    wholeFile: plan.wholeFile,
    declarations: plan.declarations.filter((d) => d.decl.kind !== 'interface').map((d) => declarations.of(d)),
  };
}
