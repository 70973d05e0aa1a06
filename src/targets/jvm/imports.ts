// The imports of a JVM file, by ServiceStack's rule: the client's defaults, Gson's packages when
// the file uses @SerializedName or TypeToken, and java.io.* when the model declares System.IO's
// Stream. A DefaultImports option replaces the whole list.

import { listItems } from '../../plan/option-grammars.js';
import type { DtoPlan } from '../../plan/plan.js';
import { propertyStyle } from '../../model/casing.js';

const BASE = ['java.math.*', 'java.util.*', 'java.io.InputStream', 'net.servicestack.client.*'];
const GSON = ['com.google.gson.annotations.*', 'com.google.gson.reflect.*'];

export function jvmImports(plan: DtoPlan, keywords: ReadonlySet<string>): string[] {
  const set = plan.options.text('DefaultImports');
  if (set !== '') return listItems(set);
  const stream = plan.model.types.some((t) => t.name === 'Stream' && t.namespace === 'System.IO');
  const gson = plan.options.flag('AddGsonImport') || usesGson(plan, keywords);
  return [...BASE, ...(gson ? GSON : []), ...(stream ? ['java.io.*'] : [])];
}

/**
 * ServiceStack's ReferencesGson: a field renamed from its JSON key (a keyword, a DataMember name:
 * @SerializedName) or a generic return type (TypeToken). Read from the file's own declarations, so
 * that a file that needs Gson always imports it.
 */
function usesGson(plan: DtoPlan, keywords: ReadonlySet<string>): boolean {
  const textCase = plan.model.service.textCase;
  return plan.declarations.some((d) => {
    if (d.decl.kind === 'enum') return d.decl.isFlags && d.decl.members.some((m) => m.value !== undefined);
    const marker = d.request?.marker;
    if (marker?.kind === 'type' && !(marker.type.kind === 'named' && marker.type.args.length === 0) && marker.type.kind !== 'primitive') return true;
    return d.properties.some((p) => keywords.has(propertyStyle(p.property.name, textCase)) || p.property.dataMember?.name !== undefined);
  });
}
