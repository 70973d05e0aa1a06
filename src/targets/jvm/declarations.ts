// What Java and Kotlin declarations share: the request's return marker, the interfaces a class
// lists, the annotations above a property, and enum values.

import { toPascalCase } from '../../model/casing.js';
import type { ClassDecl, EnumDecl, TypeRef } from '../../model/types.js';
import type { DtoPlan, PlannedDecl, PlannedProperty } from '../../plan/plan.js';
import type { ReturnMarker } from '../../plan/requests.js';
import { JvmAnnotations } from './annotations.js';
import { docComment, type JvmText } from './comments.js';
import { RETURN_MARKERS } from './library.js';
import { serializedName } from './names.js';
import type { JvmTypes } from './type-expr.js';

export class JvmDeclarations {
  readonly annotations: JvmAnnotations;

  constructor(
    readonly plan: DtoPlan,
    readonly types: JvmTypes,
    readonly text: JvmText,
    readonly keywords: ReadonlySet<string>,
  ) {
    this.annotations = new JvmAnnotations(text);
  }

  /** Description, routes (whole files), attributes and @DataContract above a type. */
  typeAnnotations(planned: PlannedDecl): string[] {
    const decl = planned.decl;
    return [
      ...docComment(planned.description, this.text),
      ...this.annotations.lines(planned.attributes, this.plan.wholeFile ? (planned.request?.routes ?? []) : []),
      ...(decl.kind === 'interface' ? [] : this.annotations.dataContract(decl.dataContract)),
    ];
  }

  /** `Name<T>` of a declaration, as its own signature and its setters' return type write it. */
  typeName(planned: PlannedDecl): string {
    const decl = planned.decl;
    if (decl.kind === 'enum' || decl.genericParams.length === 0) return planned.name;
    return `${planned.name}<${decl.genericParams.map((p) => this.types.expr({ kind: 'param', name: p })).join(', ')}>`;
  }

  /** The marker a whole file's request implements: from its operation, else from what it implements. */
  returnMarker(planned: PlannedDecl, decl: ClassDecl): ReturnMarker | undefined {
    if (!this.plan.wholeFile) return undefined;
    if (planned.request?.marker) return planned.request.marker;
    const declared = decl.implements.find((i) => i.kind === 'named' && i.id === 'IReturn`1');
    if (declared?.kind === 'named' && declared.args[0]) return { kind: 'type', type: declared.args[0] };
    return decl.implements.some((i) => i.kind === 'named' && i.id === 'IReturnVoid') ? { kind: 'void' } : undefined;
  }

  /** `IReturn<T>` or `IReturnVoid`, then the interfaces the type declares. */
  interfaces(marker: ReturnMarker | undefined, decl: ClassDecl): string[] {
    const listed = decl.implements.filter((i) => !(i.kind === 'named' && RETURN_MARKERS.has(i.id))).map((i) => this.types.expr(i));
    return [...(marker ? [this.markerText(marker)] : []), ...listed];
  }

  markerText(marker: ReturnMarker): string {
    return marker.kind === 'void' ? 'IReturnVoid' : `IReturn<${this.types.arg(marker.type)}>`;
  }

  /** The response type a marker names: a class literal can only name it without type arguments. */
  responseType(marker: ReturnMarker | undefined): { generic: boolean; type: string } | undefined {
    if (marker?.kind !== 'type') return undefined;
    const type = this.types.arg(marker.type);
    return { generic: type.includes('<'), type };
  }

  /**
   * The lines above a field (its description, @DataMember, attributes) and whether ServiceStack
   * leaves a blank line after it: only @DataMember and attributes count, not the description.
   */
  propertyAnnotations(pp: PlannedProperty): { lines: string[]; spaced: boolean } {
    const dataMember = this.annotations.dataMember(pp.property.dataMember);
    const attributes = this.annotations.lines(pp.attributes);
    return { lines: [...docComment(pp.description, this.text), ...dataMember, ...attributes], spaced: dataMember.length + attributes.length > 0 };
  }

  /** `@SerializedName("default") ` before a field renamed from its JSON key (a keyword). */
  serializedPrefix(pp: PlannedProperty): string {
    const name = serializedName(pp.property, this.plan.model.service.textCase, this.keywords);
    return name === undefined ? '' : `${this.annotations.serializedName(name)} `;
  }

  propertyType(ref: TypeRef): string {
    return this.types.expr(ref);
  }
}

export interface EnumMemberText {
  name: string;
  /** The value, as a literal; absent for a member without one. */
  value?: string;
  /** [Flags] enums travel as numbers: `@SerializedName("1") `. */
  prefix: string;
}

/** An enum's members, PascalCase, with their values; `wide` when one needs more than 32 bits. */
export function enumMembers(decl: EnumDecl, quoted: (text: string) => string): { members: EnumMemberText[]; wide: boolean } {
  const asNumbers = decl.isFlags || decl.attributes.some((a) => a.name === 'Flags');
  let wide = false;
  const members = decl.members.map((m) => {
    const value = m.value === undefined ? undefined : String(m.value);
    if (value !== undefined && Math.abs(Number(value)) > 2 ** 31 - 1) wide = true;
    return { name: toPascalCase(m.name), ...(value !== undefined ? { value } : {}), prefix: asNumbers && value !== undefined ? `@SerializedName(${quoted(value)}) ` : '' };
  });
  return { members, wide };
}
