// The plan → the Java file's view model.

import type { HeaderLines } from '../../emit/header.js';
import type { DtoPlan } from '../../plan/plan.js';
import { JAVA_TEXT } from '../jvm/comments.js';
import { JvmDeclarations } from '../jvm/declarations.js';
import { jvmHeader } from '../jvm/header.js';
import { jvmImports } from '../jvm/imports.js';
import { JAVA_KEYWORDS } from '../jvm/reserved.js';
import { treatedAsStrings } from '../jvm/treat-as-strings.js';
import { JvmTypes } from '../jvm/type-expr.js';
import { JAVA_PRIMITIVES } from '../jvm/type-map.js';
import { JavaDeclarations, type JavaDeclVM } from './declarations.js';
import { JAVA_NAMING } from './names.js';

export interface JavaFileVM {
  header: HeaderLines | null;
  package: string | null;
  imports: string[];
  globalNamespace: string;
  declarations: JavaDeclVM[];
}

export function buildJavaFile(plan: DtoPlan): JavaFileVM {
  const { options } = plan;
  const types = new JvmTypes(plan, { primitives: JAVA_PRIMITIVES, bytes: 'byte[]', nullableArg: (inner) => inner, genericParam: JAVA_NAMING.genericParam }, treatedAsStrings(options));
  const declarations = new JavaDeclarations(new JvmDeclarations(plan, types, JAVA_TEXT, JAVA_KEYWORDS), {
    addPropertyAccessors: options.flag('AddPropertyAccessors'),
    settersReturnThis: options.flag('SettersReturnThis'),
  });
  const imports = jvmImports(plan, JAVA_KEYWORDS);
  const pkg = options.text('Package');
  return {
    header: jvmHeader(plan, imports, JAVA_TEXT),
    package: pkg === '' ? null : pkg,
    imports,
    globalNamespace: options.text('GlobalNamespace') || 'dtos',
    declarations: plan.declarations.map((d) => declarations.declaration(d)),
  };
}
