// The `// @DataContract` and `// @DataMember(...)` comments ServiceStack's Swift and TypeScript
// generators write above classes and properties (AppendDataContract, AppendDataMember), with their
// arguments in its order and every string escaped. With AddDataContractAttributes a type or a
// property the metadata gives none gets a bare one; with AddIndexesToDataMembers every
// DataMember gets an Order, its position among the properties when the metadata has none.

import type { ClassDecl, DataMember } from '../model/types.js';
import type { ResolvedOptions } from '../plan/options.js';
import { doubleQuotedBody } from './text.js';

export interface DataContractSettings {
  /** AddDataContractAttributes. */
  addAttributes: boolean;
  /** AddIndexesToDataMembers. */
  addIndexes: boolean;
}

export function dataContractComment(contract: ClassDecl['dataContract'], settings: DataContractSettings): string[] {
  if (!contract) return settings.addAttributes ? ['// @DataContract()'] : [];
  const args = [
    ...(contract.name !== undefined ? [`Name="${doubleQuotedBody(contract.name)}"`] : []),
    ...(contract.namespace !== undefined ? [`Namespace="${doubleQuotedBody(contract.namespace)}"`] : []),
  ];
  return [`// @DataContract${args.length > 0 ? `(${args.join(', ')})` : ''}`];
}

/**
 * `// @DataMember(Name="x", Order=1, IsRequired=true, EmitDefaultValue=false)`, or bare.
 * @param index the property's position (from 1) among those the generator writes
 */
export function dataMemberComment(member: DataMember | undefined, index: number, settings: DataContractSettings): string[] {
  if (!member) {
    if (!settings.addAttributes) return [];
    return [settings.addIndexes ? `// @DataMember(Order=${index})` : '// @DataMember()'];
  }
  const order = member.order ?? (settings.addIndexes ? index : undefined);
  const args = [
    ...(member.name !== undefined ? [`Name="${doubleQuotedBody(member.name)}"`] : []),
    ...(order !== undefined ? [`Order=${order}`] : []),
    ...(member.isRequired !== undefined ? [`IsRequired=${member.isRequired}`] : []),
    ...(member.emitDefaultValue !== undefined ? [`EmitDefaultValue=${member.emitDefaultValue}`] : []),
  ];
  return [`// @DataMember${args.length > 0 ? `(${args.join(', ')})` : ''}`];
}

/** The two options, as a plan resolved them. */
export function dataContractSettings(options: ResolvedOptions): DataContractSettings {
  return { addAttributes: options.flag('AddDataContractAttributes'), addIndexes: options.flag('AddIndexesToDataMembers') };
}
