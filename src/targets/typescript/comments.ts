// The `// @DataContract` and `// @DataMember(...)` comments ServiceStack writes above classes and
// properties, with their arguments in its order and every string escaped.

import { doubleQuotedBody } from '../../emit/text.js';
import type { ClassDecl, DataMember } from '../../model/types.js';

export function dataContractComment(contract: ClassDecl['dataContract']): string[] {
  if (!contract) return [];
  const args = [
    ...(contract.name !== undefined ? [`Name="${doubleQuotedBody(contract.name)}"`] : []),
    ...(contract.namespace !== undefined ? [`Namespace="${doubleQuotedBody(contract.namespace)}"`] : []),
  ];
  return [`// @DataContract${args.length > 0 ? `(${args.join(', ')})` : ''}`];
}

/** `// @DataMember(Name="x", Order=1, IsRequired=true, EmitDefaultValue=false)`, or bare. */
export function dataMemberComment(member: DataMember | undefined): string[] {
  if (!member) return [];
  const args = [
    ...(member.name !== undefined ? [`Name="${doubleQuotedBody(member.name)}"`] : []),
    ...(member.order !== undefined ? [`Order=${member.order}`] : []),
    ...(member.isRequired !== undefined ? [`IsRequired=${member.isRequired}`] : []),
    ...(member.emitDefaultValue !== undefined ? [`EmitDefaultValue=${member.emitDefaultValue}`] : []),
  ];
  return [`// @DataMember${args.length > 0 ? `(${args.join(', ')})` : ''}`];
}
