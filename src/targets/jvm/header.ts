// The `Options:` header of a JVM file. Its DefaultImports line shows the imports the file really
// has when the option is not set, as ServiceStack prints them (they depend on the model).

import { headerLines, type HeaderLines } from '../../emit/header.js';
import type { DtoPlan } from '../../plan/plan.js';
import type { JvmText } from './comments.js';

export function jvmHeader(plan: DtoPlan, imports: readonly string[], text: JvmText): HeaderLines | null {
  if (!plan.header) return null;
  const options = plan.header.options.map((o) => (o.key === 'DefaultImports' && !o.set ? { ...o, value: imports.join(',') } : o));
  // The header sits in a block comment: no value may end or nest it.
  return headerLines({ ...plan.header, options }, '//', text.commentLine);
}
