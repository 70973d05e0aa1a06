// The plan → the Kotlin file's view model.

import type { HeaderLines } from '../../emit/header.js';
import type { DtoPlan } from '../../plan/plan.js';
import { KOTLIN_TEXT } from '../jvm/comments.js';
import { JvmDeclarations } from '../jvm/declarations.js';
import { jvmHeader } from '../jvm/header.js';
import { jvmImports } from '../jvm/imports.js';
import { KOTLIN_KEYWORDS } from '../jvm/reserved.js';
import { JvmTypes } from '../jvm/type-expr.js';
import { treatedAsStrings } from '../jvm/treat-as-strings.js';
import { KOTLIN_PRIMITIVES } from '../jvm/type-map.js';
import { KOTLIN_NAMING } from './names.js';
import { KotlinDeclarations, type KotlinDeclVM } from './declarations.js';

export interface KotlinFileVM {
  header: HeaderLines | null;
  package: string | null;
  imports: string[];
  declarations: KotlinDeclVM[];
}

export function buildKotlinFile(plan: DtoPlan): KotlinFileVM {
  const types = new JvmTypes(
    plan,
    { primitives: KOTLIN_PRIMITIVES, bytes: 'ByteArray', nullableArg: (inner) => `${inner}?`, genericParam: KOTLIN_NAMING.genericParam },
    treatedAsStrings(plan.options),
  );
  const declarations = new KotlinDeclarations(new JvmDeclarations(plan, types, KOTLIN_TEXT, KOTLIN_KEYWORDS));
  const imports = jvmImports(plan, KOTLIN_KEYWORDS);
  const pkg = plan.options.text('Package');
  return {
    header: jvmHeader(plan, imports, KOTLIN_TEXT),
    package: pkg === '' ? null : pkg,
    imports,
    declarations: plan.declarations.map((d) => declarations.declaration(d)),
  };
}
