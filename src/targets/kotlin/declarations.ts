// One declaration → the lines ServiceStack's Kotlin generator writes for it.

import type { ClassDecl, EnumDecl, TypeDecl } from '../../model/types.js';
import { typesById } from '../../model/walk.js';
import { propertyStyle } from '../../model/casing.js';
import type { PlannedDecl } from '../../plan/plan.js';
import { enumMembers, type JvmDeclarations } from '../jvm/declarations.js';
import { JVM_LIBRARY_TYPES } from '../jvm/library.js';

export type KotlinDeclVM = KotlinClassVM | KotlinEnumVM;

export interface KotlinMemberVM {
  /** ServiceStack leaves a blank line after a field with @DataMember or attributes. */
  blankBefore: boolean;
  lines: string[];
}

export interface KotlinClassVM {
  partial: 'class';
  annotations: string[];
  signature: string;
  members: KotlinMemberVM[];
}

export interface KotlinEnumVM {
  partial: 'enum';
  annotations: string[];
  signature: string;
  members: string[];
}

export class KotlinDeclarations {
  private readonly byId: ReadonlyMap<string, TypeDecl>;

  constructor(private readonly shared: JvmDeclarations) {
    this.byId = typesById(shared.plan.model);
  }

  declaration(planned: PlannedDecl): KotlinDeclVM {
    const decl = planned.decl;
    return decl.kind === 'enum' ? this.enumVM(planned, decl) : this.classVM(planned, decl);
  }

  private enumVM(planned: PlannedDecl, decl: EnumDecl): KotlinEnumVM {
    const { members, wide } = enumMembers(decl, (t) => this.shared.annotations.quoted(t));
    const valued = members.length > 0 && members.every((m) => m.value !== undefined);
    return {
      partial: 'enum',
      annotations: this.shared.typeAnnotations(planned),
      signature: `enum class ${planned.name}${valued ? `(val value:${wide ? 'Long' : 'Int'})` : ''}`,
      members: members.map((m) => (valued ? `${m.prefix}${m.name}(${m.value}),` : `${m.name},`)),
    };
  }

  private classVM(planned: PlannedDecl, decl: ClassDecl): KotlinClassVM {
    const s = this.shared;
    const isInterface = decl.kind === 'interface';
    const marker = s.returnMarker(planned, decl);
    const base = decl.base ? [`${s.types.expr(decl.base)}()`] : [];
    const supertypes = [...base, ...s.interfaces(marker, decl)];
    const typeName = s.typeName(planned);
    const members: KotlinMemberVM[] = [];
    let spaced = false;
    const push = (lines: string[], spacedAfter: boolean) => {
      members.push({ blankBefore: spaced, lines });
      spaced = spacedAfter;
    };
    const textCase = s.plan.model.service.textCase;
    if (planned.implicitVersion !== undefined) members.push({ blankBefore: false, lines: [`val ${propertyStyle('Version', textCase)}:Int = ${planned.implicitVersion}`] });
    const inherited = this.inheritedNames(decl);
    for (const pp of planned.properties) {
      const { lines, spaced: after } = s.propertyAnnotations(pp);
      const type = s.propertyType(pp.property.type);
      const modifier = inherited.has(pp.property.name) ? 'override ' : isInterface ? '' : 'open ';
      const declaration = pp.initialise && !isInterface
        ? `${modifier}var ${pp.name}:${type} = ${type === 'ByteArray' ? 'ByteArray(0)' : `${type}()`}`
        : `${modifier}var ${pp.name}:${type}?${isInterface ? '' : ' = null'}`;
      push([...lines, `${s.serializedPrefix(pp)}${declaration}`], after);
    }
    if (planned.addResponseStatus) push([`var ${propertyStyle('ResponseStatus', textCase)}:ResponseStatus? = null`], false);
    const response = s.responseType(marker);
    if (response) {
      const expression = response.generic ? `object : TypeToken<${response.type}>(){}.type` : `${response.type}::class.java`;
      members.push({
        blankBefore: false,
        // A companion object belongs to the class, not to its instantiations: `Name.responseType`, never `Name<T>.responseType`.
        lines: [`companion object { private val responseType = ${expression} }`, `override fun getResponseType(): Any? = ${planned.name}.responseType`],
      });
    }
    return {
      partial: 'class',
      annotations: s.typeAnnotations(planned),
      signature: `${isInterface ? 'interface' : 'open class'} ${typeName}${supertypes.length > 0 ? ` : ${supertypes.join(', ')}` : ''}`,
      members,
    };
  }

  /**
   * Properties a class must mark `override`: those its base classes or the interfaces the file
   * declares already have (ServiceStack reads them from the server's .NET types; here, from the
   * model). The client's own interfaces have no properties.
   */
  private inheritedNames(decl: ClassDecl): Set<string> {
    const names = new Set<string>();
    const seen = new Set<string>();
    const visit = (id: string, viaBase: boolean) => {
      if (seen.has(id)) return;
      seen.add(id);
      const t = this.byId.get(id);
      if (!t || t.kind === 'enum' || JVM_LIBRARY_TYPES.has(id)) return;
      if (t.kind === 'interface' || viaBase) for (const p of t.properties) names.add(p.name);
      walk(t);
    };
    const walk = (t: ClassDecl) => {
      if (t.base?.kind === 'named') visit(t.base.id, true);
      for (const i of t.implements) if (i.kind === 'named') visit(i.id, false);
    };
    walk(decl);
    return names;
  }
}
