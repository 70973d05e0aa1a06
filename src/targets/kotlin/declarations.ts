// One declaration → the lines ServiceStack's Kotlin generator writes for it.

import type { ClassDecl, EnumDecl } from '../../model/types.js';
import { typesById } from '../../model/walk.js';
import { propertyStyle } from '../../model/casing.js';
import type { PlannedDecl } from '../../plan/plan.js';
import { enumMembers, type JvmDeclarations } from '../jvm/declarations.js';
import { JVM_LIBRARY_TYPES } from '../jvm/library.js';
import { InheritedNames } from './inherited-names.js';

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
  /** Properties a class must mark `override`: those its supertypes already declare (ServiceStack reads them from the server's .NET types; here, from the model). */
  private readonly inherited: InheritedNames;

  constructor(private readonly shared: JvmDeclarations) {
    this.inherited = new InheritedNames(typesById(shared.plan.model), (id) => JVM_LIBRARY_TYPES.has(id));
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
    for (const pp of planned.properties) {
      const { lines, spaced: after } = s.propertyAnnotations(pp);
      const type = s.propertyType(pp.property.type);
      const modifier = this.inherited.has(decl, pp.property.name) ? 'override ' : isInterface ? '' : 'open ';
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
}
